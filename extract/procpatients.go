package extract

import (
	"regexp"
	"strings"

	"github.com/newsx/newsx/lang"
)

// Counts whose noun is no procedure noun: patients operated ("opéré 40
// patients", "прооперировано 56 пациентов", "خضع 640 شخصا لعمليات") and
// organs transplanted ("пересажены: 12 сердец, 32 почки").

// patientReach is how many tokens around a count of patients the words
// that say they were operated may stand.
const patientReach = 8

// patientCount reads the number at tokens [first, last) as a count of
// patients operated: a patient noun after it within the pack's gap, and
// in its clause an operated word, an underwent word with a procedure noun
// after the patients, or a procedure noun named just before without a
// count of its own ("interventions à cœur ouvert sur 18 enfants"). It
// returns the patient noun and the token that says they were operated.
func (s *procScan) patientCount(first, last int) (pat, sig int, ok bool) {
	d := s.d
	pat = d.patientAfter(last)
	if pat < 0 {
		return 0, 0, false
	}
	underwent, underwentAt := false, -1
	// before the count: "opéré 40 patients", "خضع ... 640 شخصا", "interventions ... sur 18 enfants"
	for k := first - 1; k >= 0 && k >= first-patientReach && d.sameSentence(k, first); k-- {
		t := d.toks[k]
		if s.counted[k] {
			break // the words before belong to the count before
		}
		if t.Kind == lang.Punct {
			if strings.Contains(quotes, t.Key) {
				continue
			}
			break
		}
		if t.Kind != lang.Word {
			continue // a date between: "خضع من 2 إلى 7 ماي 63 مريضا"
		}
		switch {
		case d.wordIs(k, d.l.Proc.Operated) && k >= first-4:
			return pat, k, true
		case d.wordIs(k, d.l.Proc.Underwent):
			underwent, underwentAt = true, k
		case underwentAt > k && (d.operationAt(k) || d.organAt(k) != ""):
			return pat, k, true // "Донорскую печень получили 52 человека"
		case k < first-1 && d.l.Proc.ForWhom[d.toks[first-1].Key] && d.operationAt(k) && !d.numbersBetween(k, first-1):
			return pat, k, true // the procedure noun has no count: the patients are its
		}
	}
	// after the patients: "ont été opérés", "ont bénéficié d'une transplantation", "خضعوا لعمليات"
	for k, reach := pat+1, pat+patientReach; k < len(d.toks) && k <= reach; k++ {
		t := d.toks[k]
		if t.Kind == lang.Punct && strings.Contains(quotes, t.Key) {
			continue
		}
		if _, _, isNum := d.numberWord(k); isNum || t.Kind == lang.Number {
			n, ok := d.numberAt(k)
			if !ok {
				break
			}
			if !n.alone && n.end == k+1 {
				continue // "ont bénéficié d'une greffe"
			}
			if _, counts := d.nounAfter(n.end, false); counts || d.patientAfter(n.end) >= 0 || n.end <= k {
				break // another count: what follows is its
			}
			// "de moins de 10 kilos ont été opérés", "تتراوح أعمارهم بين 1
			// و6 سنوات استفادوا من عمليات": the figure and its unit cost nothing
			reach += n.end - k
			k = n.end - 1
			if n.end < len(d.toks) && d.toks[n.end].Kind == lang.Word && d.notCounted(d.toks[n.end].Key) {
				k, reach = k+1, reach+1
			}
			continue
		}
		if t.Kind != lang.Word {
			break
		}
		switch {
		case d.wordIs(k, d.l.Proc.Operated):
			return pat, k, true
		case d.wordIs(k, d.l.Proc.Underwent):
			underwent = true
		case d.procNounAt(k):
			if underwent && d.operationAt(k) {
				return pat, k, true
			}
			return 0, 0, false // "40 patients en attente de greffe"
		case d.notCounted(t.Key):
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// quotes are the signs passed over around a count of patients.
const quotes = "\"“”«»„"

// patientAfter finds a patient noun within the pack's gap after token j,
// or -1.
func (d *doc) patientAfter(j int) int {
	for gap := 0; j < len(d.toks) && gap <= d.l.Proc.MaxGap; j++ {
		t := d.toks[j]
		if t.Kind != lang.Word {
			return -1
		}
		if _, _, isNum := d.numberWord(j); isNum {
			return -1
		}
		switch {
		case d.wordIs(j, d.l.Proc.Patients):
			return j
		case d.procNoun(t.Key) || d.notCounted(t.Key):
			return -1
		case d.l.Proc.Skip[t.Key]:
		default:
			gap++
		}
	}
	return -1
}

// wordIs reports whether token k, as written or with its clitics cut,
// matches re.
func (d *doc) wordIs(k int, re *regexp.Regexp) bool {
	if d.toks[k].Kind != lang.Word {
		return false
	}
	if re.MatchString(d.toks[k].Key) {
		return true
	}
	for _, c := range d.unglued(k) {
		if re.MatchString(c.key) {
			return true
		}
	}
	return false
}

// procNounAt reports whether token k is a procedure noun, as written or
// with its clitics cut ("لعمليات").
func (d *doc) procNounAt(k int) bool {
	if d.toks[k].Kind != lang.Word {
		return false
	}
	if d.procNoun(d.toks[k].Key) {
		return true
	}
	for _, c := range d.unglued(k) {
		if d.procNoun(c.key) {
			return true
		}
	}
	return false
}

// numbersBetween reports whether a number stands between tokens a and b.
func (d *doc) numbersBetween(a, b int) bool {
	for j := a + 1; j < b; j++ {
		if d.toks[j].Kind == lang.Number {
			return true
		}
		if _, _, isNum := d.numberWord(j); isNum {
			return true
		}
	}
	return false
}

// organCount reads the number at tokens [first, last) as a count of
// organs transplanted: an organ noun right after it (over skip words),
// and before it in the sentence a grafted word, or a list of counts it
// goes on from that opens with a transplant ("140 трансплантаций почек и
// 35 печени"). It returns the organ noun and its organ.
func (s *procScan) organCount(first, last int) (int, string, bool) {
	d := s.d
	noun, organ := -1, ""
	for j := last; j < len(d.toks) && j <= last+d.l.Proc.MaxGap && noun < 0; j++ {
		if d.toks[j].Kind != lang.Word {
			break
		}
		for _, o := range d.l.Proc.Organs {
			if d.wordIs(j, o.Words) {
				noun, organ = j, o.Organ
				break
			}
		}
		if noun < 0 && !d.l.Proc.Skip[d.toks[j].Key] {
			break
		}
	}
	if noun < 0 {
		return 0, "", false
	}
	for k := first - 1; k >= 0 && k >= first-3*patientReach && d.sameSentence(k, first); k-- {
		if d.wordIs(k, d.l.Proc.Grafted) {
			return noun, organ, true
		}
	}
	// a list item after a transplant count of the same sentence
	if n := len(s.out); n > 0 && first > 0 && (d.punct(first-1, ",") || d.l.Numbers.Connectors[d.toks[first-1].Key] || d.l.Inst.Conjunctions[d.toks[first-1].Key]) {
		prev := s.spans[n-1]
		if p := s.out[n-1]; p.Type != nil && *p.Type == "transplant" && d.sameSentence(prev.start, first) && prev.end <= first && first-prev.end <= 4 {
			return noun, organ, true
		}
	}
	return 0, "", false
}

// organAt is the organ of the organ noun at token k, or "".
func (d *doc) organAt(k int) string {
	for _, o := range d.l.Proc.Organs {
		if d.wordIs(k, o.Words) {
			return o.Organ
		}
	}
	return ""
}

// operationAt reports whether token k is a procedure noun of an operation:
// patients examined or dialysed ("فحوصات", type other) are no count.
func (d *doc) operationAt(k int) bool {
	if !d.procNounAt(k) {
		return false
	}
	typ, _ := d.procType(k, k)
	return typ == nil || *typ != "other"
}
