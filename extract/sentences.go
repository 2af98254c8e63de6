package extract

import "github.com/newsx/newsx/lang"

// Sentences, numbered once per document: a subset word, a reverse phrase
// and a noun must stand in the sentence of their count.

// sentencesBetween counts sentence ends between tokens a < b.
func (d *doc) sentencesBetween(a, b int) int {
	s := d.sentences()
	return int(s[min(b, len(s)-1)] - s[a])
}

// sameSentence reports whether no sentence end lies between tokens a < b.
func (d *doc) sameSentence(a, b int) bool { return d.sentencesBetween(a, b) == 0 }

// inNumber reports whether token j is a mark inside a number: "5.000",
// "2.3" (digits glued on both sides).
func (d *doc) inNumber(j int) bool {
	return j > 0 && j+1 < len(d.toks) && d.glued(j-1) && d.glued(j) &&
		d.toks[j-1].Kind == lang.Number && d.toks[j+1].Kind == lang.Number
}

// sentences numbers the sentence of every token, once per document: a
// sentence ends at ". ! ? ;" (not the point of "5.000") and at line
// breaks.
func (d *doc) sentences() []int32 {
	if d.sentence == nil {
		d.sentence = make([]int32, len(d.toks)+1)
		n := int32(0)
		for j := range d.toks {
			if t := d.toks[j]; j > 0 && d.lineBreakBefore(j) || t.Kind == lang.Punct && (t.Key == "." && !d.inNumber(j) || t.Key == "!" || t.Key == "?" || t.Key == ";") {
				n++
			}
			d.sentence[j] = n
		}
		d.sentence[len(d.toks)] = n
	}
	return d.sentence
}
