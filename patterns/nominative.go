package patterns

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/newsx/newsx/lang"
)

// LangNominative is institutions.nominative: compiled.
type LangNominative struct {
	nouns      map[string]nounForm   // every form of a head noun, by key
	adjectives map[string]adjEndings // by gender
}

// nounForm is one form of a head noun: its gender and the ending that
// makes it nominative (none for the nominative itself).
type nounForm struct {
	gender string
	ending Ending
}

// adjEndings are the endings of the adjectives agreeing with one gender.
type adjEndings struct {
	endings []Ending // longest From first
	words   []string // nominatives the endings do not give
}

// Noun reports whether key is a form of a head noun, with the noun's
// gender and the ending that makes it nominative (From and To empty for
// the nominative itself).
func (n *LangNominative) Noun(key string) (gender string, e Ending, ok bool) {
	f, ok := n.nouns[key]
	return f.gender, f.ending, ok
}

// Adjective returns the ending that puts key, an adjective agreeing with
// a head of gender, in the nominative: the longest of the gender's endings
// that ends it, unless what is left would be shorter than two letters.
// When the result differs from one of the gender's words only in the
// letters the ending wrote, To is that word's ("городского" -> "городской").
func (n *LangNominative) Adjective(gender, key string) (Ending, bool) {
	a, ok := n.adjectives[gender]
	if !ok {
		return Ending{}, false
	}
	for _, e := range a.endings {
		kept, found := strings.CutSuffix(key, e.From)
		if !found || utf8.RuneCountInString(kept) < 2 {
			continue
		}
		size := utf8.RuneCountInString(e.To)
		for _, w := range a.words {
			if rest, ok := strings.CutPrefix(w, kept); ok && utf8.RuneCountInString(rest) == size {
				return Ending{From: e.From, To: rest}, true
			}
		}
		return e, true
	}
	return Ending{}, false
}

// compileNominative indexes the forms of the head nouns and orders the
// adjective endings. A noun that does not end in the To of one of its
// endings, an empty From, a form given by two nouns with different
// nominatives and adjectives of a gender no noun has are refused with the
// line of their gender.
func compileNominative(p Nominative) (LangNominative, error) {
	out := LangNominative{nouns: map[string]nounForm{}, adjectives: map[string]adjEndings{}}
	genders := map[string]bool{}
	for _, d := range p.Nouns {
		if d.Gender.Src == "" {
			return out, d.Gender.errorf("institutions.nominative.nouns: a gender is required")
		}
		genders[d.Gender.Src] = true
		endings, err := nominativeEndings(d, "nouns")
		if err != nil {
			return out, err
		}
		for _, w := range d.Words {
			w = lang.Key(w)
			if err := out.addNoun(d.Gender, w, nounForm{gender: d.Gender.Src}); err != nil {
				return out, err
			}
			for _, e := range endings {
				stem, ok := strings.CutSuffix(w, e.To)
				if !ok {
					return out, d.Gender.errorf("institutions.nominative.nouns: " + w + " does not end in " + e.To + " (ending " + e.From + " -> " + e.To + ")")
				}
				if err := out.addNoun(d.Gender, stem+e.From, nounForm{gender: d.Gender.Src, ending: e}); err != nil {
					return out, err
				}
			}
		}
	}
	for _, d := range p.Adjectives {
		if !genders[d.Gender.Src] {
			return out, d.Gender.errorf("institutions.nominative.adjectives: gender " + d.Gender.Src + " is the gender of no noun")
		}
		endings, err := nominativeEndings(d, "adjectives")
		if err != nil {
			return out, err
		}
		a := out.adjectives[d.Gender.Src]
		a.endings = append(a.endings, endings...)
		a.words = append(a.words, keys("", d.Words)...)
		sort.SliceStable(a.endings, func(i, j int) bool {
			return utf8.RuneCountInString(a.endings[i].From) > utf8.RuneCountInString(a.endings[j].From)
		})
		out.adjectives[d.Gender.Src] = a
	}
	return out, nil
}

func nominativeEndings(d Declension, list string) ([]Ending, error) {
	out := make([]Ending, len(d.Endings))
	for i, e := range d.Endings {
		out[i] = Ending{From: lang.Key(e.From), To: lang.Key(e.To)}
		if out[i].From == "" {
			return nil, d.Gender.errorf("institutions.nominative." + list + ": an ending with an empty from")
		}
	}
	return out, nil
}

func (n *LangNominative) addNoun(g Gender, form string, f nounForm) error {
	if prev, ok := n.nouns[form]; ok && (prev.gender != f.gender || nominativeOf(form, prev.ending) != nominativeOf(form, f.ending)) {
		return g.errorf("institutions.nominative.nouns: " + form + " is a form of " + nominativeOf(form, prev.ending) + " and of " + nominativeOf(form, f.ending))
	}
	if _, ok := n.nouns[form]; !ok {
		n.nouns[form] = f
	}
	return nil
}

func nominativeOf(form string, e Ending) string {
	return strings.TrimSuffix(form, e.From) + e.To
}
