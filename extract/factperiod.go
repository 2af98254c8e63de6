package extract

import "fmt"

// period is the value of date mention k, or the interval it opens or
// closes: "de 2014 à 2023", "منذ سنة 2014 إلى غاية سنة 2023", "с 2014 по
// 2023 год" give "2014/2023"; "depuis 2007", "с 2014 года" give "2007/..".
func (sc *scene) period(k int) string {
	f := &sc.d.l.Facts
	value := func(k int) string { return sc.rec.Dates[sc.dates[k].which].Value }
	for _, j := range []int{k - 1, k + 1} { // both ends of one range: "du 10 au 14 juillet 2023"
		if j >= 0 && j < len(sc.dates) && sc.dates[j].start == sc.dates[k].start && sc.dates[j].which != sc.dates[k].which {
			lo, hi := value(min(j, k)), value(max(j, k))
			return min(lo, hi) + "/" + max(lo, hi)
		}
	}
	if k+1 < len(sc.dates) && sc.opens(k) && sc.joined(k, k+1) {
		return value(k) + "/" + value(k+1)
	}
	if k > 0 && sc.opens(k-1) && sc.joined(k-1, k) {
		return value(k-1) + "/" + value(k)
	}
	if ph, ok := f.Parts.Before(sc.d.toks, sc.skipFillers(sc.dates[k].start)); ok && len(value(k)) == 4 {
		y := value(k)
		return fmt.Sprintf("%s-%02d/%s-%02d", y, ph.Num/100, y, ph.Num%100)
	}
	if _, ok := f.Since.Before(sc.d.toks, sc.skipFillers(sc.dates[k].start)); ok {
		return value(k) + "/.."
	}
	return value(k)
}

// opens reports whether a word of facts.from stands before date mention k.
func (sc *scene) opens(k int) bool {
	_, ok := sc.d.l.Facts.From.Before(sc.d.toks, sc.skipFillers(sc.dates[k].start))
	return ok
}

// joined reports whether only a word of facts.to (and fillers) stands
// between date mentions a and b, of two different dates.
func (sc *scene) joined(a, b int) bool {
	da, db := sc.dates[a], sc.dates[b]
	if da.which == db.which || sc.sent[da.start] != sc.sent[db.start] {
		return false
	}
	f := &sc.d.l.Facts
	if db.glue != "" { // "ما بين دجنبر 2007 ويونيو 2014"
		_, ok := f.To.Single(db.glue)
		return ok && sc.skipFillers(db.start) == da.end
	}
	// the word between may also be a filler ("ونهاية سنة 2015")
	for j, n := db.start, 0; n < 4; n++ {
		if ph, ok := f.To.Before(sc.d.toks, j); ok && j-len(ph.Keys) == da.end {
			return true
		}
		ph, ok := f.Fillers.Before(sc.d.toks, j)
		if !ok {
			return false
		}
		j -= len(ph.Keys)
	}
	return false
}

// skipFillers returns where the fillers before token i start ("سنة",
// "l'année", "года"): words between a date and the word that places it.
func (sc *scene) skipFillers(i int) int {
	for n := 0; n < 3; n++ {
		ph, ok := sc.d.l.Facts.Fillers.Before(sc.d.toks, i)
		if !ok {
			break
		}
		i -= len(ph.Keys)
	}
	return i
}
