package lang

import "strings"

// Visible returns s without the invisible controls that folding drops
// (zero-width spaces and joiners, bidi marks, soft hyphens, BOM): a name
// shown to a reader or grouped across articles must not carry them.
func Visible(s string) string {
	if strings.IndexFunc(s, invisible) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if invisible(r) {
			return -1
		}
		return r
	}, s)
}
