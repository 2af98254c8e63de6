package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// locators marks the bytes of the normalized text that belong to a URL, an
// e-mail address or a file path: runs without spaces such as
// "https://example.com/2024/10/06/title", "www.site.dz/2022/",
// "/uploads/2025/02/22-3.jpg" or "image_2023-10-06.png". The digits in them
// are a site's layout, not dates the article states. The rule is the shape
// of the run, never a list of sites.
func (d *doc) locators() bitmap {
	s := d.t.Norm
	marks := newBitmap(len(s))
	for i := 0; i < len(s); {
		k := strings.IndexAny(s[i:], "/@.")
		if k < 0 {
			break
		}
		i += k
		if s[i] == '.' && (i+1 == len(s) || s[i+1] <= ' ') {
			i++ // a full stop
			continue
		}
		start, end := runAround(s, i)
		if isLocator(s[start:end]) {
			marks.set(start, end)
		}
		i = end // each run is read once
	}
	return marks
}

// runAround returns the run without spaces around byte i of s.
func runAround(s string, i int) (int, int) {
	start := i
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:start])
		if unicode.IsSpace(r) {
			break
		}
		start -= size
	}
	end := i
	for end < len(s) {
		r, size := utf8.DecodeRuneInString(s[end:])
		if unicode.IsSpace(r) {
			break
		}
		end += size
	}
	return start, end
}

// isLocator reports whether a run of text without spaces is a URL, an
// e-mail address or a file path.
func isLocator(run string) bool {
	run = strings.TrimLeft(run, `([{<«"'“‘`)
	run = strings.TrimRight(run, `.,;:!?)]}>»"'”’…`)
	if !strings.ContainsAny(run, "/@.") {
		return false
	}
	lower := strings.ToLower(run)
	switch {
	case strings.Contains(lower, "://"), strings.HasPrefix(lower, "www."):
		return true
	case isEmail(lower):
		return true
	}
	if host, _, ok := strings.Cut(lower, "/"); ok && isHost(host) {
		return true // "site.dz/2022/..."
	}
	return isPath(lower) || isFileName(run)
}

// isEmail reports "name@host.tld".
func isEmail(s string) bool {
	at := strings.IndexByte(s, '@')
	return at > 0 && isHost(s[at+1:])
}

// isHost reports a domain name: dotted labels of ASCII letters, digits and
// hyphens, the last one two letters or more ("site.dz", "chu-oran.gov.dz").
func isHost(s string) bool {
	dots := 0
	tld := 0 // letters of the label being read; -1 once it holds a digit or "-"
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '.' {
			if i == 0 || s[i-1] == '.' {
				return false // an empty label
			}
			if i < len(s) {
				dots, tld = dots+1, 0
			}
			continue
		}
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			if tld >= 0 {
				tld++
			}
		case c >= '0' && c <= '9', c == '-':
			tld = -1
		default:
			return false
		}
	}
	return dots >= 1 && tld >= 2
}

// isPath reports a path: two slashes after a leading "/" (three without
// one), ASCII letters and digits: "/uploads/2025/02/",
// "wp-content/uploads/2025/02/22". A date "12/03/2022" has no letters,
// "الأول/أكتوبر" or "et/ou" too few slashes, "janvier/février/mars/avril"
// no digits.
func isPath(s string) bool {
	need := 3
	if strings.HasPrefix(s, "/") || strings.HasPrefix(s, "./") || strings.HasPrefix(s, "~/") {
		need = 2
	}
	return strings.Count(s, "/") >= need && hasASCIILetter(s) && strings.ContainsAny(s, "0123456789")
}

// isFileName reports a name ending in a lowercase extension of two to five
// ASCII letters and digits, whose base holds a letter, "_" or "-":
// "image_2023-10-06.png", "22-3.jpg". A sentence glued to the next one
// ("en 2023.Le", "2023.le") is not one: its base is a bare number.
func isFileName(s string) bool {
	dot := strings.LastIndexByte(s, '.')
	if dot <= 0 {
		return false
	}
	base, ext := s[:dot], s[dot+1:]
	if len(ext) < 2 || len(ext) > 5 || ext[0] < 'a' || ext[0] > 'z' ||
		strings.Trim(ext, "abcdefghijklmnopqrstuvwxyz0123456789") != "" {
		return false
	}
	return hasASCIILetter(base) || strings.ContainsAny(base, "_-/")
}

func hasASCIILetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}
