package extract

import (
	"strings"
	"unicode/utf8"
)

// Word classes by affix: the pack's adjective, noun and genitive endings,
// the definite article, prefixes and suffixes.

// adjective reports whether a word ends like an adjective of the pack.
func (d *doc) adjective(key string) bool {
	return hasSuffix(key, d.l.Inst.AdjSuffixes) && !hasSuffix(key, d.l.Inst.NounSuffixes)
}

// genitive reports whether a word ends like a noun complement ("онкологии").
func (d *doc) genitive(key string) bool { return hasSuffix(key, d.l.Inst.GenitiveSuffixes) }

func hasSuffix(key string, suffixes []string) bool {
	for _, s := range suffixes {
		if strings.HasSuffix(key, s) && utf8.RuneCountInString(key) > utf8.RuneCountInString(s)+2 {
			return true
		}
	}
	return false
}

// minAffixed is the length in letters from which a word's glued prefix or
// possessive suffix is read as one: shorter words are taken whole.
const minAffixed = 4

// definite reports whether a word bears the pack's definite article.
func (d *doc) definite(key string) bool {
	a := d.l.Inst.Definite.Article
	return a != "" && strings.HasPrefix(key, a)
}

// hasPrefix reports whether key begins with one of prefixes.
func hasPrefix(key string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(key, p) {
			return true
		}
	}
	return false
}

// hasAnySuffix reports whether key ends with one of suffixes, however
// short the rest (hasSuffix wants three letters more).
func hasAnySuffix(key string, suffixes []string) bool {
	for _, s := range suffixes {
		if strings.HasSuffix(key, s) {
			return true
		}
	}
	return false
}
