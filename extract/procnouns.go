package extract

import (
	"strings"

	"github.com/newsx/newsx/lang"
)

// What a count counts: the noun after it, a noun named earlier and tied by a
// subset word or a reverse phrase, or a noun that carries its own count.

// nounAfter looks for a procedure noun within the pack's gap after token
// j (right after it when tight).
func (d *doc) nounAfter(j int, tight bool) (int, bool) {
	gap, maxGap := 0, d.l.Proc.MaxGap
	if tight {
		maxGap = 0
	}
	for ; j < len(d.toks) && gap <= maxGap; j++ {
		t := d.toks[j]
		if t.Kind != lang.Word {
			if t.Kind == lang.Punct && (t.Key == "(" || t.Key == ")") && !tight {
				continue // "Quinze (15) greffes"
			}
			return 0, false
		}
		if _, _, isNum := d.numberWord(j); isNum {
			return 0, false
		}
		switch {
		case d.procNoun(t.Key):
			return j, true
		case d.head(t.Key):
			// "26 حالة زرع", "12 cas de greffe": the head counts what follows
			for k := j + 1; k < len(d.toks) && k <= j+2 && d.toks[k].Kind == lang.Word; k++ {
				if d.procNoun(d.toks[k].Key) {
					return k, true
				}
			}
			return 0, false
		case d.notCounted(t.Key):
			return 0, false
		case d.l.Proc.Skip[t.Key]:
		default:
			gap++
		}
	}
	return 0, false
}

// subset reports whether the number at tokens [first, last) is tied by a
// subset word to the procedure noun at token noun of the same sentence,
// and counts nothing else.
func (d *doc) subset(first, last, noun int) bool {
	marker, before := d.l.Proc.Subsets.Before(d.toks, first)
	// a subset word may open the next sentence: "... 1 100 трансплантаций.
	// В том числе 240 — детям."
	if !d.sameSentence(noun, first) && !(before && d.sentenceStart(first-len(marker.Keys)) && d.sentencesBetween(noun, first) == 1) {
		return false
	}
	_, after := d.l.Proc.Subsets.At(d.toks, last)
	// a list after a count goes on: "dont 86 en chirurgie, 11 en urologie",
	// "47 операций: 15 — плановых, 32 — экстренные"
	// (the item then goes on with a dash or a short preposition, not a
	// noun of its own: ", deux indications" is no count)
	list := first > 0 && (d.punct(first-1, ",") || d.punct(first-1, ":") || d.l.Numbers.Connectors[d.toks[first-1].Key] || d.l.Inst.Conjunctions[d.toks[first-1].Key]) &&
		last < len(d.toks) && (d.toks[last].Kind == lang.Punct || d.toks[last].Letters <= 3 && !d.toks[last].Cap)
	if !before && !after && !list {
		return false
	}
	for j := last; j < len(d.toks) && j <= last+d.l.Proc.MaxGap; j++ {
		t := d.toks[j]
		if t.Kind == lang.Punct && strings.Contains("—–:.!?;", t.Key) || d.l.Proc.ForWhom[t.Key] {
			break // "240 — детям", "60 chez des enfants": what follows says for whom
		}
		if t.Kind == lang.Number {
			break
		}
		if _, _, isNum := d.numberWord(j); isNum {
			break // "contre 29 un an plus tôt": the next figure starts another phrase
		}
		if t.Kind == lang.Word && (d.notCounted(t.Key) || d.procNoun(t.Key)) {
			return false
		}
	}
	return true
}

// reverseNoun finds a procedure noun named before (or, after a colon,
// just after) the number at tokens [first, last) by a reverse phrase of the
// same sentence: "le nombre de greffes varie entre 50 et 60", "58 : nombre
// de transplantations". The number must count nothing else itself.
func (d *doc) reverseNoun(first, last int) (int, bool) {
	if last < len(d.toks) && d.toks[last].Kind == lang.Word && !d.l.Proc.Skip[d.toks[last].Key] && d.notCounted(d.toks[last].Key) {
		return 0, false
	}
	nounOf := func(k int) (int, bool) {
		ph, ok := d.l.Proc.Reverse.At(d.toks, k)
		if !ok {
			return 0, false
		}
		for j := k + len(ph.Keys); j < len(d.toks) && j <= k+len(ph.Keys)+1; j++ {
			if d.toks[j].Kind == lang.Word && d.procNoun(d.toks[j].Key) {
				return j, true
			}
		}
		return 0, false
	}
	if d.punct(last, ":") {
		return nounOf(last + 1)
	}
	for k := first - 1; k >= 0 && k >= first-14; k-- {
		if !d.sameSentence(k, first) {
			return 0, false
		}
		if noun, ok := nounOf(k); ok {
			// nothing else counted between the noun and the number
			for j := noun + 1; j < first; j++ {
				if d.toks[j].Kind == lang.Number {
					return 0, false
				}
			}
			return noun, true
		}
	}
	return 0, false
}

// impliedAt reads a noun that carries its own count (Arabic duals: عمليتين).
func (d *doc) impliedAt(i int) (Procedure, bool) {
	v, ok := d.l.Proc.Implied[d.toks[i].Key]
	if !ok {
		for _, c := range d.unglued(i) {
			if v, ok = d.l.Proc.Implied[c.key]; ok {
				break
			}
		}
	}
	if !ok {
		return Procedure{}, false
	}
	m := d.tokSpan(i, i+1)
	return Procedure{Count: v, Qualifier: "exact", Procedure: m.Text, Text: m.Text,
		Start: m.Start, End: m.End, Mentions: []Mention{m}}, true
}
