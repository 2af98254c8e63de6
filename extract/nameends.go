package extract

import (
	"github.com/newsx/newsx/lang"
)

// What ends a name after its trigger: another trigger ahead, a person's
// name, a place glued to a locative, an acronym in parentheses.

// triggerWithin reports whether a trigger opens within n words from j,
// over adjectives only.
func (d *doc) triggerWithin(j, n int) bool {
	for k := j; k < len(d.toks) && k < j+n; k++ {
		if _, _, ok := d.phraseAt(d.l.Inst.Triggers, k); ok {
			return true
		}
		if d.toks[k].Kind != lang.Word || !d.adjective(d.toks[k].Key) {
			return false
		}
	}
	return false
}

// personAhead reports whether tokens j, j+1 are a first name and a surname
// (by the pack's surname endings): "Елена Мацишина", "Денис Ефимов".
func (d *doc) personAhead(j int) bool {
	if len(d.l.Inst.SurnameSuffixes) == 0 && len(d.l.Inst.GivenNames) == 0 || j+1 >= len(d.toks) {
		return false
	}
	a, b := d.toks[j], d.toks[j+1]
	if a.Kind != lang.Word || b.Kind != lang.Word || !a.Cap || !b.Cap || a.Upper == a.Letters || b.Upper == b.Letters || !a.SpaceAfter {
		return false
	}
	surname := hasSuffix(b.Key, d.l.Inst.SurnameSuffixes)
	if !surname && j+3 < len(d.toks) && d.punct(j+2, "-") && d.glued(j+1) && d.glued(j+2) {
		surname = hasSuffix(d.toks[j+3].Key, d.l.Inst.SurnameSuffixes) // "Руммо-Левченко"
	}
	return surname && !d.adjective(a.Key) || d.l.Inst.GivenNames[a.Key]
}

// placeAfter reports whether token j is a gazetteer place glued to a
// locative clitic ("بوهران"), and where it ends.
func (d *doc) placeAfter(j int, g *gazetteer) (int, bool) {
	if g == nil {
		return 0, false
	}
	for _, c := range d.unglued(j) {
		if !d.l.City.Locative[c.from] {
			continue
		}
		// the longest place from here: "بتيزي وزو" is Tizi Ouzou, not Tizi
		end, key := 0, c.key
		for k := j; ; {
			if len(g.lookup(key)) > 0 {
				end = k + 1
			}
			k++
			if k >= len(d.toks) || k-j >= g.maxWords || d.toks[k].Kind != lang.Word || !d.toks[k-1].SpaceAfter {
				break
			}
			if key += " " + d.toks[k].Key; !g.known(key) {
				break
			}
		}
		if end > 0 {
			return end, true
		}
	}
	return 0, false
}

// acronymAhead looks past up to three lowercase words at j for an acronym
// in parentheses, which closes a full name: it returns the end of "(ACR)".
func (d *doc) acronymAhead(j int, g *gazetteer) int {
	for k := j; k < len(d.toks) && k < j+6; k++ {
		t := d.toks[k]
		if t.Kind == lang.Punct {
			if t.Key == "(" {
				if c := d.parenEnd(k); c > 0 && d.shortName(k+1, c, g) {
					return c + 1
				}
			}
			if t.Key == "-" && d.glued(k-1) && d.glued(k) {
				continue // "maladie-invalidité"
			}
			return 0
		}
		if t.Kind != lang.Word || t.Cap || d.l.Inst.Stop[t.Key] {
			return 0
		}
	}
	return 0
}
