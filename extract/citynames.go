package extract

import (
	"strings"

	"github.com/newsx/newsx/lang"
)

// Reading a window of words as place names: the window, and its lookup keys
// as written, with a clitic cut and with case endings undone.

// lookup is one way of reading a window of words as a name.
type lookup struct {
	key    string
	clitic string // the clitic cut from the first word, if any
	cut    int
}

// window returns the indexes of up to n words from token i, joined by
// spaces or glued hyphens ("Saint-Pétersbourg", "Ростова-на-Дону"), or
// glued after an apostrophe ("M'Sila", which GeoNames keys "m sila").
func (d *doc) window(i, n int) []int {
	words := []int{i}
	j := i
	for len(words) < n {
		switch {
		case (d.toks[j].SpaceAfter || strings.HasSuffix(d.toks[j].Key, "'")) && j+1 < len(d.toks) && d.toks[j+1].Kind == lang.Word && !d.lineBreakBefore(j+1):
			j++
		case d.glued(j) && j+2 < len(d.toks) && d.punct(j+1, "-") && d.glued(j+1) && d.toks[j+2].Kind == lang.Word:
			j += 2
		default:
			return words
		}
		words = append(words, j)
	}
	return words
}

// variants returns, for each length n of the window at idx, the lookup
// keys of its first n words that the gazetteer knows a name or a name's
// beginning for: as written, with a clitic cut from the first word, and
// with case endings undone. Each level extends the one before, so unknown
// beginnings are dropped at once.
func (d *doc) variants(g *gazetteer, idx []int) [][]lookup {
	var levels [][]lookup
	var prev []lookup
	for n, i := range idx {
		key := strings.TrimSuffix(d.toks[i].Key, "'")
		forms := []string{key}
		for _, e := range d.l.City.Endings {
			if stem, ok := strings.CutSuffix(key, e.From); ok && len(stem) >= 4 {
				forms = append(forms, stem+e.To)
			}
		}
		var next []lookup
		if n == 0 {
			for _, f := range forms {
				next = append(next, lookup{key: f})
			}
			for _, c := range d.unglued(i) {
				if len([]rune(c.key)) >= 3 {
					next = append(next, lookup{key: c.key, clitic: c.from, cut: c.cut})
				}
			}
		} else {
			for _, lk := range prev {
				for _, f := range forms {
					next = append(next, lookup{key: lk.key + " " + f, clitic: lk.clitic, cut: lk.cut})
				}
			}
		}
		var known []lookup
		for _, lk := range next {
			if g.known(lk.key) {
				known = append(known, lk)
			}
		}
		if len(known) == 0 {
			break
		}
		levels = append(levels, known)
		prev = known
	}
	return levels
}
