package lang

import "github.com/pemistahl/lingua-go"

// A text's language is the majority vote of its windows (see sample.go);
// its confidence is how much of what was read reads as that language.

// choice is one window's language, or false when the window reads as none
// of the loaded languages.
func (d *Detector) choice(vals []lingua.ConfidenceValue) (lingua.Language, bool) {
	if len(vals) == 0 || vals[0].Value() == 0 {
		return lingua.Unknown, false
	}
	// On short texts guard languages steal close calls ("Хирурги провели 13
	// операций." reads 52% Macedonian, 48% Russian): a target language with
	// a real share wins over a guard.
	for _, v := range vals {
		if v.Value() < targetShare {
			break
		}
		if _, ok := d.targets[v.Language()]; ok {
			return v.Language(), true
		}
	}
	return vals[0].Language(), true
}

// readOrder is the order windows are read in: first, last, then the
// ones between.
func readOrder(n int) []int {
	order := []int{0}
	if n > 1 {
		order = append(order, n-1)
	}
	for i := 1; i < n-1; i++ {
		order = append(order, i)
	}
	return order
}

// decided reports whether one language already holds a strict majority of
// the n windows, whatever the unread ones say.
func (d *Detector) decided(votes [][]lingua.ConfidenceValue, n int) bool {
	count := map[lingua.Language]int{}
	for _, vals := range votes {
		if l, ok := d.choice(vals); ok {
			count[l]++
			if 2*count[l] > n {
				return true
			}
		}
	}
	return false
}

// majority returns the language most windows chose; a tie goes to the
// language with the higher confidence summed over all windows. ok is false
// when most windows read as no language.
func (d *Detector) majority(votes [][]lingua.ConfidenceValue) (best lingua.Language, ok bool) {
	count := map[lingua.Language]int{}
	none := 0
	for _, vals := range votes {
		if l, ok := d.choice(vals); ok {
			count[l]++
		} else {
			none++
		}
	}
	bestN, bestSum := 0, 0.0
	for l, n := range count {
		sum := confidence(votes, l)
		if n > bestN || (n == bestN && (sum > bestSum || (sum == bestSum && l < best))) {
			best, bestN, bestSum = l, n, sum
		}
	}
	return best, bestN > 0 && bestN >= none
}

// confidence is the mean, over the windows read, of lingua's confidence
// value for language l (the values of one window sum to 1): 0..1, the
// share of the sampled text that reads as l. Windows that agree and read
// clearly give 1 (lingua is sure on 80 letters of a clean article); a
// window in another language (an English cookie notice before a French
// article) gives about 0 and costs its share of the windows (three windows:
// 0.67); a close call inside a window (a language lingua has no model for,
// a short mixed text) gives that window's split. When the first and last
// windows agree the middle one is not read, so text in another language in
// the middle only of an article does not lower it.
func confidence(votes [][]lingua.ConfidenceValue, l lingua.Language) float64 {
	sum := 0.0
	for _, vals := range votes {
		for _, v := range vals {
			if v.Language() == l {
				sum += v.Value()
				break
			}
		}
	}
	return sum / float64(len(votes))
}
