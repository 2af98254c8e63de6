package extract

import (
	"strings"

	"github.com/newsx/newsx/lang"
)

// noticeYear reports whether the year at token i belongs to a notice that
// states no date of the article: it follows one of the pack's
// years.not_before phrases ("© 2025", "Copyright 2024", "(c) 2025"), or
// closes a span of years opened by such a year ("© 2019-2025").
func (d *doc) noticeYear(i int) bool {
	if _, ok := d.l.Years.NotBefore.Before(d.toks, i); ok {
		return true
	}
	if i < 2 || d.toks[i-1].Kind != lang.Punct || !strings.Contains("-–—/", d.toks[i-1].Key) {
		return false
	}
	if first := d.toks[i-2]; first.Kind != lang.Number || len(first.Key) != 4 {
		return false
	}
	_, ok := d.l.Years.NotBefore.Before(d.toks, i-2)
	return ok
}
