package extract

import "github.com/newsx/newsx/lang"

// leftName extends a Russian-style name leftwards over the adjectives,
// capitalised words and acronyms before its trigger ("Республиканский
// научно-практический центр", "ВКО Многопрофильный центр").
func (d *doc) leftName(start int, named bool) (int, bool) {
	first, adjectives := start, 0
	for j := start - 1; j >= 0; j-- {
		if d.lineBreakBefore(j + 1) {
			break
		}
		if d.punct(j, "-") && j > 0 && d.glued(j-1) && d.glued(j) {
			continue
		}
		t := d.toks[j]
		if t.Kind != lang.Word || d.l.InstStop[t.Key] {
			break
		}
		compound := d.punct(j+1, "-") && d.glued(j)
		acr := d.acronym(j)
		capital := t.Cap && !d.sentenceStart(j)
		if !acr && !compound && !capital && !d.adjective(t.Key) {
			break
		}
		if acr || capital {
			named = true
		}
		if !acr {
			adjectives++
		}
		first = j
	}
	if !named && adjectives >= 2 && d.toks[first].Cap {
		named = true // "Республиканский специализированный центр ..." opening a sentence
	}
	return first, named
}
