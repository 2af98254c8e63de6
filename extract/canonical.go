package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsx/newsx/lang"
	"github.com/newsx/newsx/patterns"
)

// An institution's name is canonical, so that one organisation gets the
// same name, and the same key, in every article: no clitic glued before it,
// its head in the nominative. Its mentions stay as written.

// canonicalName is the record's name for hit h, whose mention is m: the
// mention without a clitic glued to its first word ("وللمستشفى الجامعي" ->
// "المستشفى الجامعي", the pack's clitics), with its head noun and the
// adjectives before it in the nominative ("областной больницы" ->
// "областная больница", institutions.nominative), and without the acronym
// it defines ("(CNAS)").
func (d *doc) canonicalName(h instHit, m Mention) string {
	name := m.Text
	if h.clitic.from != "" {
		rest := d.span(d.toks[h.start].Start+len(h.clitic.from), d.toks[h.end-1].End)
		name = h.clitic.to + rest.Text
	} else {
		name = d.nominative(h, m)
	}
	name = lang.Visible(name)
	if h.acronym != "" && h.kind != "organization" {
		name = strings.Join(strings.Fields(strings.Replace(name, "("+h.acronym+")", "", 1)), " ")
	}
	return name
}

// tokenEnding is an ending to rewrite on token tok.
type tokenEnding struct {
	tok    int
	ending patterns.Ending
}

// nominativeEndings finds the head noun of hit h, the first word of the
// trigger (or of the words an acronym spells) that is a form of one of the
// pack's nominative nouns, and returns the endings that put it and the
// adjectives before it in the nominative of its gender, in token order.
// Words after the head (its genitive complement), acronyms and words no
// ending fits are left out.
func (d *doc) nominativeEndings(h instHit) []tokenEnding {
	nom := &d.l.Inst.Nominative
	head, gender, ending := -1, "", patterns.Ending{}
	for k := max(h.trig, h.start); k < h.body && k < h.end; k++ {
		if t := d.toks[k]; t.Kind == lang.Word {
			if g, e, ok := nom.Noun(t.Key); ok {
				head, gender, ending = k, g, e
				break
			}
		} else if !d.punct(k, "-") {
			break
		}
	}
	if head < 0 {
		return nil
	}
	var out []tokenEnding
	for k := h.start; k < head; k++ {
		t := d.toks[k]
		if t.Kind != lang.Word || t.Letters > 1 && t.Letters <= 5 && t.Upper == t.Letters {
			continue // punctuation, acronyms ("ВКО"; a word in capitals is longer: "ОБЛАСТНОЙ")
		}
		if e, ok := nom.Adjective(gender, t.Key); ok {
			out = append(out, tokenEnding{k, e})
		}
	}
	if ending.From != "" || ending.To != "" {
		out = append(out, tokenEnding{head, ending})
	}
	return out
}

// nominative returns the mention's text with the endings of
// nominativeEndings rewritten, each in the case of the letters it replaces.
func (d *doc) nominative(h instHit, m Mention) string {
	endings := d.nominativeEndings(h)
	if len(endings) == 0 {
		return m.Text
	}
	r := []rune(m.Text)
	var b strings.Builder
	at := 0
	for _, te := range endings {
		t, e := d.toks[te.tok], te.ending
		word := d.t.Norm[t.Start:t.End]
		cut := len(word)
		for n := utf8.RuneCountInString(e.From); n > 0 && cut > 0; n-- {
			_, size := utf8.DecodeLastRuneInString(word[:cut])
			cut -= size
		}
		to := e.To
		if last, _ := utf8.DecodeLastRuneInString(word); unicode.IsUpper(last) {
			to = strings.ToUpper(to)
		}
		sp := d.span(t.Start+cut, t.End)
		s, end := sp.Start-m.Start, sp.End-m.Start
		if s < at || end > len(r) || s > end {
			return m.Text // not in the mention: leave it as written
		}
		b.WriteString(string(r[at:s]))
		b.WriteString(to)
		at = end
	}
	b.WriteString(string(r[at:]))
	return b.String()
}

// hitKey is the key of the canonical name of hit h, read off the tokens
// of the article (already folded and lowercased as lang.Key folds): the
// words of canonicalName, as instKey reads them.
func (d *doc) hitKey(h instHit) string {
	endings := d.nominativeEndings(h)
	words := make([]string, 0, h.end-h.start)
	for k := h.start; k < h.end; k++ {
		t := d.toks[k]
		if d.punct(k, "(") {
			k = d.acronymInParens(k, h)
			continue
		}
		if t.Kind == lang.Punct {
			continue
		}
		w := t.Key
		if k == h.start && h.clitic.from != "" {
			w = h.clitic.key
		}
		for len(endings) > 0 && endings[0].tok < k {
			endings = endings[1:]
		}
		if len(endings) > 0 && endings[0].tok == k {
			w = strings.TrimSuffix(w, endings[0].ending.From) + endings[0].ending.To
		}
		words = append(words, strings.TrimSuffix(w, "'"))
	}
	return d.keyOf(words)
}

// acronymInParens returns the token of the ")" that closes an acronym
// opened at token k of hit h ("(CNAS)", "(CHU-MP)", or the acronym the
// name defines: "(ТФОМС НСО)"), or k when none does.
func (d *doc) acronymInParens(k int, h instHit) int {
	for j := k + 2; j < h.end && j <= k+12; j++ {
		if d.punct(j, ")") {
			bs, be := d.toks[k+1].Start, d.toks[j-1].End
			if acronymWord(d.t.Norm[bs:be]) || h.acronym != "" && h.kind != "organization" && d.span(bs, be).Text == h.acronym {
				return j
			}
			return k
		}
	}
	return k
}

// instKey folds a name into the institution's key, the same in every
// article that names it: the name without an acronym in parentheses
// ("Régie de l'assurance maladie du Québec (RAMQ)": an acronym joined to a
// full name shares its key), its words as lang.NameWords folds them (case,
// accents, Arabic letter variants, typographic apostrophes: the fold of
// matching), then keyOf. The record's key is read off the article's
// tokens instead (hitKey), which gives the same.
func (d *doc) instKey(name string) string {
	return d.keyOf(lang.NameWords(withoutAcronyms(name)))
}

// keyOf joins the folded words of a name into its key, less the pack's
// connectors and articles ("CHU d'Oran", "CHU Oran" and "chu d’oran" are
// "chu oran") and less the definite article glued to a word ("المستشفى
// الجامعي" is "مستشفي جامعي"); single letters in a row are one word
// ("C.H.U" is "chu", "А. Н." is "ан").
func (d *doc) keyOf(words []string) string {
	inst := &d.l.Inst
	article := inst.Definite.Article
	out := make([]string, 0, len(words))
	letters := false // the last word of out is made of single letters
	for _, w := range words {
		if inst.Connectors[w] || inst.Connectors[w+"'"] || inst.Articles[w] || inst.Articles[w+"'"] {
			continue
		}
		if rest, ok := strings.CutPrefix(w, article); ok && article != "" && utf8.RuneCountInString(rest) >= 2 {
			w = rest
		}
		letter := utf8.RuneCountInString(w) == 1
		if n := len(out); n > 0 && letter && letters {
			out[n-1] += w // letters of a dotted acronym or of initials: "C.H.U", "А.Н."
			continue
		}
		letters = letter
		out = append(out, w)
	}
	if len(out) == 0 { // a name of connectors only: keep them
		out = words
	}
	return strings.Join(out, " ")
}

// withoutAcronyms removes the acronyms in parentheses from a name: "(X)"
// where X is one word in capitals ("(CNAM)", "(НМИЦ)", "(CHU-MP)").
func withoutAcronyms(name string) string {
	for from := 0; ; {
		open := strings.IndexByte(name[from:], '(')
		if open < 0 {
			return name
		}
		open += from
		end := strings.IndexByte(name[open:], ')')
		if end < 0 {
			return name
		}
		end += open
		if inner := name[open+1 : end]; acronymWord(inner) {
			name = name[:open] + name[end+1:]
			from = open
		} else {
			from = open + 1
		}
	}
}

// acronymWord reports whether s is one word of capitals (hyphens, dots
// and digits allowed), with two letters or more.
func acronymWord(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		case r == '-' || r == '.' || r == '&' || unicode.IsDigit(r):
		default:
			return false
		}
	}
	return letters >= 2
}
