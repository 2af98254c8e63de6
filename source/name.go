package source

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// sourceName is how a path is called in records and messages: valid UTF-8
// as is, each byte that is not UTF-8 written \xNN (lower-case hex), so that
// a name in a legacy encoding stays traceable instead of becoming U+FFFD. A
// backslash is doubled only where it would otherwise read as an escape
// (before "x" and two hex digits, or before another escape), so the bytes
// can always be recovered and ordinary names are unchanged.
func sourceName(p string) string {
	if utf8.ValidString(p) && !strings.Contains(p, `\`) {
		return p
	}
	var b strings.Builder
	for i := 0; i < len(p); {
		r, n := utf8.DecodeRuneInString(p[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b.WriteString(`\x`)
			b.WriteString(strconv.FormatUint(uint64(p[i])|0x100, 16)[1:])
		case r == '\\' && escapeAhead(p[i+1:]):
			b.WriteString(`\\`)
		default:
			b.WriteString(p[i : i+n])
		}
		i += n
	}
	return b.String()
}

// escapeAhead says whether s, following a backslash, would make it read as
// the start of an escape once written.
func escapeAhead(s string) bool {
	if s == "" {
		return false
	}
	if s[0] == '\\' {
		return true
	}
	if r, n := utf8.DecodeRuneInString(s); r == utf8.RuneError && n == 1 {
		return true // written \xNN
	}
	return len(s) >= 3 && s[0] == 'x' && isHex(s[1]) && isHex(s[2])
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c|0x20 && c|0x20 <= 'f'
}

// quoteName quotes a name embedded in an error message (strconv.Quote) when
// it is not plain printable UTF-8, so that it cannot break the line or
// reach the terminal as control sequences.
func quoteName(p string) string {
	for _, r := range p {
		if r == utf8.RuneError || !unicode.IsPrint(r) {
			return strconv.Quote(p)
		}
	}
	return p
}
