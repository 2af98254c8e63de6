package extract

import (
	"slices"
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
	for _, e := range d.joinPlaceNames(idx.ents, g) {
		e.inst.Key = d.hitKey(e.named)
		out = append(out, e.inst)
	}
	return out
}

// joinPlaceNames folds an entity named by its trigger and places alone
// ("CHU de Tizi Ouzou", "hôpital de Rabat") into the named entity of its
// kind whose name holds those places, or else the only named entity of
// its kind in the article ("CHU Nedir-Mohamed"): one body, written two
// ways. Scripts without capitals tell no name proper and are left as they
// are, and so are articles of more than linearMax bodies.
func (d *doc) joinPlaceNames(ents []*entity, g *gazetteer) []*entity {
	if !d.l.Cased || len(ents) > linearMax {
		return ents
	}
	places := make([]map[string]bool, len(ents)) // per entity, read once
	for i, e := range ents {
		places[i] = d.placeKeys(e, g)
	}
	out := ents[:0:0]
	joined := false
	for i, e := range ents {
		if len(places[i]) == 0 || e.inst.Kind == "organization" {
			out = append(out, e)
			continue
		}
		var into, only *entity // the named one holding the places; the last named one
		named := 0
		for j, o := range ents {
			if j == i || o.inst.Kind != e.inst.Kind || len(o.core) == 0 || places[j] != nil {
				continue
			}
			named, only = named+1, o
			if into == nil && subset(places[i], o.keys) {
				into = o
			}
		}
		if into == nil && named == 1 {
			into = only
		}
		if into == nil {
			out = append(out, e)
			continue
		}
		into.inst.Mentions = append(into.inst.Mentions, e.inst.Mentions...)
		joined = true
	}
	if joined {
		for _, e := range out {
			slices.SortFunc(e.inst.Mentions, func(a, b Mention) int { return a.Start - b.Start })
		}
	}
	return out
}

// placeKeys returns the keys of the place an entity's naming mention holds
// after its trigger; nil when the words there are not one place.
func (d *doc) placeKeys(e *entity, g *gazetteer) map[string]bool {
	if g == nil {
		return nil
	}
	h := e.named
	keys := map[string]bool{}
	var words []string
	for i := h.body; i < h.end; i++ {
		t := d.toks[i]
		if t.Kind == lang.Punct || d.l.Inst.Connectors[t.Key] || d.l.City.Articles[t.Key] {
			continue
		}
		if t.Kind != lang.Word || !t.Cap {
			return nil
		}
		keys[prefix5(t.Key)] = true
		words = append(words, strings.TrimSuffix(t.Key, "'"))
	}
	// the words after the trigger read as one place ("Tizi Ouzou")
	if len(words) == 0 || len(g.lookup(strings.Join(words, " "))) == 0 {
		return nil
	}
	return keys
}

// core returns the name proper of a hit: its capitalised words after the
// trigger, less the places a locative puts in it. "hôpital Ibn Rochd" and "CHU Ibn Rochd
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
		// a place after a locative ("de Casablanca"), not a name's word
		// that is also a place somewhere ("Ibn Sina")
		if g != nil && i > h.body && d.l.City.Locative[d.toks[i-1].Key] && len(g.lookup(t.Key)) > 0 {
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
