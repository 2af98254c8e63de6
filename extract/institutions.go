package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/newsx/newsx/lang"
)

// instHit is one institution mention: tokens [start, end).
type instHit struct {
	start, end int
	kind       string
	acronym    string // an acronym given in parentheses, or the mention itself
}

// institutions finds names opened by a trigger noun ("clinique",
// "المستشفى", "больница") and extended by the pack's grammar, and
// acronyms; then brings the mentions of one organisation together.
func (d *doc) institutions() []Institution {
	var hits []instHit
	for i := 0; i < len(d.toks); i++ {
		if d.toks[i].Kind != lang.Word {
			continue
		}
		if ph, ok := d.l.Departments.At(d.toks, i); ok {
			i += len(ph.Keys) - 1
			continue
		}
		if ph, ok := d.l.Triggers.At(d.toks, i); ok {
			if h, ok := d.named(i, i+len(ph.Keys), ph.Value); ok {
				hits = append(hits, h)
				i = h.end - 1
			} else {
				i += len(ph.Keys) - 1
			}
			continue
		}
		if d.acronym(i) {
			j := i + 1
			for j < len(d.toks) && d.acronym(j) && d.toks[j-1].SpaceAfter {
				j++
			}
			hits = append(hits, instHit{start: i, end: j, kind: "organization", acronym: d.tokSpan(i, j).Text})
			i = j - 1
		}
	}
	return d.mergeInstitutions(hits)
}

// acronym reports whether token i is a capitalised abbreviation that names
// an organisation ("CNAS", "КазНИИОиР"), not a known non-institution.
func (d *doc) acronym(i int) bool {
	t := d.toks[i]
	if !d.l.Cased || t.Kind != lang.Word || t.Letters < 3 || t.Upper < 2 || t.Upper*3 < t.Letters*2-t.Letters/3 {
		return false
	}
	if d.l.NotAcronyms[t.Key] || roman(t.Key) || d.quoted(i) {
		return false
	}
	return true
}

func roman(s string) bool {
	return strings.Trim(s, "ivxlcdm") == ""
}

// quoted reports whether token i sits inside «...» or "..." on its line
// (event and brand names, not organisations).
func (d *doc) quoted(i int) bool {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		if d.toks[j].Kind == lang.Punct {
			switch d.toks[j].Key {
			case "«", "“", "\"":
				return true
			case "»", "”", ".", ",":
				return false
			}
		}
	}
	return false
}

// named extends a trigger at tokens [start, end) into a full name and says
// whether it names one organisation rather than a generic noun.
func (d *doc) named(start, end int, kind string) (instHit, bool) {
	l := d.l
	h := instHit{start: start, end: end, kind: kind}
	trig := d.toks[start]
	named := l.Cased && trig.Cap && !d.sentenceStart(start) && trig.Upper < trig.Letters
	if l.LeftAdjective {
		for j := start - 1; j >= 0; j-- {
			t := d.toks[j]
			if d.punct(j, "-") && d.glued(j-1) && d.glued(j) {
				continue
			}
			if t.Kind != lang.Word || l.InstStop[t.Key] {
				break
			}
			acr := d.acronym(j)
			if !acr && !d.adjective(t.Key) && !(t.Cap && !d.sentenceStart(j)) {
				break
			}
			if acr || (t.Cap && !d.sentenceStart(j)) {
				named = true
			}
			h.start = j
		}
	}
	trigAcronym := trig.Upper == trig.Letters && trig.Letters > 1
	last, words, afterJoin := end, 0, false
	for j := end; j < len(d.toks) && words < l.MaxWords; {
		t := d.toks[j]
		switch t.Kind {
		case lang.Punct:
			if c := d.closing(j); c > 0 {
				named, last, j = true, c+1, c+1
				continue
			}
			if (t.Key == "№" || t.Key == "#") && j+1 < len(d.toks) && d.toks[j+1].Kind == lang.Number {
				named, last, j = true, j+2, j+2
				continue
			}
			if t.Key == "-" && d.glued(j-1) && d.glued(j) && j+1 < len(d.toks) && d.toks[j+1].Kind == lang.Word {
				j++
				continue
			}
			if t.Key == "." && j > 0 && d.toks[j-1].Kind == lang.Word && (d.toks[j-1].Letters == 1 && d.toks[j-1].Cap || l.InstJoin[d.toks[j-1].Key]) {
				j++ // "им.", initials "Н."
				continue
			}
			if t.Key == "(" {
				if c := d.parenEnd(j); c > 0 {
					inner := d.toks[j+1 : c]
					if len(inner) == 1 && d.acronym(j+1) {
						h.acronym = d.tokSpan(j+1, j+2).Text
						named = true
						h.end = c + 1
						return h, true
					}
					if trigAcronym {
						j = c + 1 // "EPH (Etablissement public hospitalier) de ..."
						continue
					}
				}
			}
		case lang.Number:
			named, last, afterJoin = true, j+1, false
			j++
			if j < len(d.toks) && d.glued(j-1) && d.toks[j].Kind == lang.Word && d.toks[j].Letters <= 3 {
				last, j = j+1, j+1 // "1er"
			}
			words++
			continue
		case lang.Word:
			if l.InstStop[t.Key] {
				break
			}
			if l.InstJoin[t.Key] {
				afterJoin = true
				j++
				continue
			}
			ok := false
			switch {
			case !l.Cased:
				ok = true
				if !l.Generic[t.Key] {
					named = true
				}
			case t.Cap:
				ok, named = true, true
			case afterJoin || d.adjective(t.Key):
				ok = true
			}
			if !ok {
				break
			}
			afterJoin = false
			words++
			j++
			last = j
			continue
		}
		break
	}
	if h.end < last {
		h.end = last
	}
	return h, named
}

// adjective reports whether a word ends like an adjective of the pack.
func (d *doc) adjective(key string) bool {
	for _, s := range d.l.AdjSuffixes {
		if strings.HasSuffix(key, s) && utf8.RuneCountInString(key) > utf8.RuneCountInString(s)+2 {
			return true
		}
	}
	return false
}

// closing returns the index of the quote closing an opening quote at j.
func (d *doc) closing(j int) int {
	open := d.toks[j].Key
	want := map[string]string{"«": "»", "“": "”", "\"": "\""}[open]
	if want == "" {
		return 0
	}
	depth := 0
	for k := j + 1; k < len(d.toks) && k < j+20; k++ {
		switch d.toks[k].Key {
		case open:
			if open != want {
				depth++
			}
		case want:
			if depth == 0 {
				return k
			}
			depth--
		}
	}
	return 0
}

func (d *doc) parenEnd(j int) int {
	for k := j + 1; k < len(d.toks) && k < j+12; k++ {
		if d.punct(k, ")") {
			return k
		}
		if d.punct(k, "(") || d.punct(k, ".") {
			return 0
		}
	}
	return 0
}

// entity is an institution being assembled from its mentions.
type entity struct {
	inst Institution
	keys map[string]bool
	best int // token count of the mention giving the name
}

// mergeInstitutions joins mentions of one organisation: one whose content
// words (compared by their first five letters, so inflections meet) are a
// subset of another's, or an acronym given for it.
func (d *doc) mergeInstitutions(hits []instHit) []Institution {
	var ents []*entity
	for _, h := range hits {
		m := d.tokSpan(h.start, h.end)
		keys := d.contentKeys(h)
		var into *entity
		for _, e := range ents {
			if subset(keys, e.keys) || subset(e.keys, keys) {
				into = e
				break
			}
		}
		name := m.Text
		if h.acronym != "" && h.kind != "organization" {
			name = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(name), "("+h.acronym+")"))
		}
		if into == nil {
			into = &entity{keys: map[string]bool{}, inst: Institution{Kind: h.kind}}
			ents = append(ents, into)
		}
		into.inst.Mentions = append(into.inst.Mentions, m)
		for k := range keys {
			into.keys[k] = true
		}
		if h.acronym != "" && into.inst.Acronym == nil {
			a := h.acronym
			into.inst.Acronym = &a
		}
		if n := h.end - h.start; n > into.best || (into.inst.Kind == "organization" && h.kind != "organization") {
			into.best, into.inst.Name = n, name
			if h.kind != "organization" {
				into.inst.Kind = h.kind
			}
		}
	}
	out := make([]Institution, 0, len(ents))
	for _, e := range ents {
		out = append(out, e.inst)
	}
	return out
}

func (d *doc) contentKeys(h instHit) map[string]bool {
	keys := map[string]bool{}
	for i := h.start; i < h.end; i++ {
		t := d.toks[i]
		if t.Kind == lang.Punct || d.l.InstJoin[t.Key] {
			continue
		}
		k := strings.TrimSuffix(t.Key, "'")
		if r := []rune(k); len(r) > 5 {
			k = string(r[:5])
		}
		keys[k] = true
	}
	return keys
}

func subset(a, b map[string]bool) bool {
	if len(a) == 0 {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}
