package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/newsx/newsx/lang"
	"github.com/newsx/newsx/patterns"
)

// entity is an institution being assembled from its mentions.
type entity struct {
	inst     Institution
	keys     map[string]bool
	core     map[string]bool // the name proper: "ibn rochd" of "CHU Ibn Rochd de Casablanca"
	initials []string        // first letters of the content words of each mention
	best     int             // token count of the mention giving the name
	named    instHit         // that mention
	id       int             // order of appearance
}

// initials returns the first letters of a mention's content words:
// "Брестской центральной городской больницы" gives "бцгб".
func (d *doc) initials(h instHit) string {
	var b strings.Builder
	for i := h.start; i < h.end; i++ {
		t := d.toks[i]
		if t.Kind == lang.Word && !d.l.Inst.Connectors[t.Key] {
			r, _ := utf8.DecodeRuneInString(t.Key)
			b.WriteRune(r)
		}
	}
	return b.String()
}

// mergeInstitutions joins mentions of one organisation: one whose content
// words (compared by their first five letters, so inflections meet) are a
// subset of another's, or an acronym given for it.
func (d *doc) mergeInstitutions(hits []instHit, g *gazetteer) []Institution {
	idx := newEntityIndex()
	for _, h := range hits {
		m := d.span(d.toks[h.start].Start+h.cut, d.toks[h.end-1].End)
		keys := d.contentKeys(h)
		core := d.core(h, g)
		into := idx.find(h, keys, core)
		if into == nil {
			into = idx.add(&entity{keys: map[string]bool{}, inst: Institution{Kind: h.kind}})
		}
		into.inst.Mentions = append(into.inst.Mentions, m)
		initials := ""
		if h.kind != "organization" {
			initials = d.initials(h)
		}
		idx.absorb(into, keys, core, initials, h.kind != "organization")
		if h.acronym != "" && into.inst.Acronym == nil {
			a := h.acronym
			into.inst.Acronym = &a
		}
		if n := h.end - h.start; n > into.best || (into.inst.Kind == "organization" && h.kind != "organization") {
			into.best, into.named, into.inst.Name = n, h, d.canonicalName(h, m) // the mention keeps its text as written
			if h.kind != "organization" {
				into.inst.Kind = h.kind
			}
		}
	}
	out := make([]Institution, 0, len(idx.ents))
	for _, e := range idx.ents {
		e.inst.Key = d.hitKey(e.named)
		out = append(out, e.inst)
	}
	return out
}

// core returns the name proper of a hit: its capitalised words after the
// trigger, less the places in it. "hôpital Ibn Rochd" and "CHU Ibn Rochd
// de Casablanca" share it. Empty where the script has no capitals.
func (d *doc) core(h instHit, g *gazetteer) map[string]bool {
	keys := map[string]bool{}
	if !d.l.Cased || d.l.Inst.Grammar == patterns.LeftGrammar || h.kind == "organization" {
		return keys
	}
	for i := h.body; i < h.end; i++ {
		t := d.toks[i]
		if t.Kind != lang.Word || !t.Cap || t.Upper == t.Letters || d.l.Inst.Connectors[t.Key] {
			continue
		}
		if g != nil && len(g.lookup(t.Key)) > 0 {
			continue
		}
		keys[prefix5(t.Key)] = true
	}
	return keys
}

func (d *doc) contentKeys(h instHit) map[string]bool {
	keys := map[string]bool{}
	for i := h.start; i < h.end; i++ {
		t := d.toks[i]
		if t.Kind == lang.Punct || d.l.Inst.Connectors[t.Key] {
			continue
		}
		k := strings.TrimSuffix(t.Key, "'")
		if i == h.start && h.cut > 0 {
			k = k[h.cut:]
			if h.clitic.to != "" {
				k = h.clitic.key // "للمؤسسة" is "المؤسسة"
			}
		}
		if d.l.Inst.Grammar == patterns.DefiniteGrammar && i > h.start && d.l.Inst.Generic[k] {
			continue // "العيادة المختصة عبد الرحماني" is "العيادة المتخصصة محمد عبد الرحماني"
		}
		k = d.bareKey(k)
		if long, ok := d.l.Inst.Expansions[k]; ok {
			for _, w := range long {
				keys[prefix5(w)] = true
			}
			continue
		}
		keys[prefix5(k)] = true
	}
	return keys
}

// bareKey drops the definite article and an article complement of the
// definite grammar ("المعهد", "للكلى" are "معهد", "كلى"), so that the
// mentions of one name with and without them meet: "معهد الكلى" and
// "المعهد القومي للكلى", "مستشفى طرابلس الجامعي" and "المستشفى الجامعي
// طرابلس".
func (d *doc) bareKey(k string) string {
	if d.l.Inst.Grammar != patterns.DefiniteGrammar {
		return k
	}
	g := &d.l.Inst.Definite
	for _, a := range append([]string{g.Article}, g.ArticleComplements...) {
		if rest, ok := strings.CutPrefix(k, a); a != "" && ok && utf8.RuneCountInString(rest) >= 2 {
			return rest
		}
	}
	return k
}

// prefix5 keeps a word's first five letters, so inflected forms meet.
func prefix5(k string) string {
	if r := []rune(k); len(r) > 5 {
		return string(r[:5])
	}
	return k
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
