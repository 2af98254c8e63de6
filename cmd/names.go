package cmd

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// unsafeRune reports a rune that must not reach a terminal as it is:
// control characters (newlines, tabs, ESC, C1 controls), which could forge
// a line or drive the terminal, and the bidi embeddings, overrides and
// isolates, which reorder the rest of the line.
func unsafeRune(r rune) bool {
	return unicode.IsControl(r) || r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069
}

// needsQuote reports whether s holds an unsafe rune or invalid UTF-8.
func needsQuote(s string) bool {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || unsafeRune(r) {
			return true
		}
		i += size
	}
	return false
}

// displayName is how a file name or a JSONL id is printed: as it is, or
// Go-quoted ("a\nb", "c\xff") when it holds a control character or
// invalid UTF-8, so that one bad input is always one line.
func displayName(s string) string {
	if needsQuote(s) {
		return strconv.Quote(s)
	}
	return s
}

// oneLine escapes the unsafe runes and invalid bytes of a message (an
// error that quotes a path or a symlink target, say) and leaves the rest.
func oneLine(s string) string {
	if !needsQuote(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case unsafeRune(r):
			q := strconv.QuoteRuneToASCII(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// reportFailure prints the one line that names a bad input and its reason.
func reportFailure(w io.Writer, source string, err error) {
	fmt.Fprintf(w, "newsx: %s: %s\n", displayName(source), oneLine(err.Error()))
}
