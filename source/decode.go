package source

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/gogs/chardet"
	"golang.org/x/text/encoding/charmap"
)

// Encoding names reported in Article.Encoding.
const (
	EncUTF8        = "utf-8"
	EncUTF8BOM     = "utf-8-bom"
	EncUTF16LE     = "utf-16le"
	EncUTF16BE     = "utf-16be"
	EncWindows1256 = "windows-1256"
	EncISO8859_6   = "iso-8859-6"
	EncWindows1251 = "windows-1251"
	EncKOI8R       = "koi8-r"
	EncISO8859_5   = "iso-8859-5"
	EncWindows1252 = "windows-1252"
	EncISO8859_1   = "iso-8859-1"
)

// script is the writing system a legacy encoding is expected to carry.
type script int

const (
	latin script = iota
	arabic
	cyrillic
)

type legacy struct {
	name   string
	script script
	table  [256]rune
}

func newLegacy(name string, s script, cm *charmap.Charmap) *legacy {
	l := &legacy{name: name, script: s}
	for b := 0; b < 256; b++ {
		l.table[b] = cm.DecodeByte(byte(b))
	}
	return l
}

var (
	legacyByName = map[string]*legacy{}
	// candidates are tried in this order; on a tie the earlier one wins.
	candidates []*legacy
)

func init() {
	for _, l := range []*legacy{
		newLegacy(EncWindows1256, arabic, charmap.Windows1256),
		newLegacy(EncISO8859_6, arabic, charmap.ISO8859_6),
		newLegacy(EncWindows1251, cyrillic, charmap.Windows1251),
		newLegacy(EncKOI8R, cyrillic, charmap.KOI8R),
		newLegacy(EncISO8859_5, cyrillic, charmap.ISO8859_5),
		newLegacy(EncWindows1252, latin, charmap.Windows1252),
	} {
		legacyByName[l.name] = l
		candidates = append(candidates, l)
	}
	legacyByName[EncISO8859_1] = newLegacy(EncISO8859_1, latin, charmap.ISO8859_1)
}

// aliases maps a squeezed name (lower case, letters and digits only) to
// the canonical encoding name.
var aliases = map[string]string{
	"utf8": EncUTF8, "utf8bom": EncUTF8BOM, "utf8sig": EncUTF8BOM,
	"utf16le": EncUTF16LE, "utf16be": EncUTF16BE,
	"windows1256": EncWindows1256, "cp1256": EncWindows1256, "win1256": EncWindows1256, "xcp1256": EncWindows1256,
	"iso88596": EncISO8859_6, "arabic": EncISO8859_6, "isoir127": EncISO8859_6, "asmo708": EncISO8859_6, "ecma114": EncISO8859_6,
	"windows1251": EncWindows1251, "cp1251": EncWindows1251, "win1251": EncWindows1251, "xcp1251": EncWindows1251,
	"koi8r": EncKOI8R, "koi8": EncKOI8R, "cskoi8r": EncKOI8R,
	"iso88595": EncISO8859_5, "cyrillic": EncISO8859_5, "isoir144": EncISO8859_5,
	"windows1252": EncWindows1252, "cp1252": EncWindows1252, "win1252": EncWindows1252, "xcp1252": EncWindows1252,
	"iso88591": EncISO8859_1, "latin1": EncISO8859_1, "l1": EncISO8859_1, "cp819": EncISO8859_1, "isoir100": EncISO8859_1,
	"usascii": EncUTF8, "ascii": EncUTF8,
}

// EncodingName returns the canonical name of an encoding given by any of
// its usual names ("CP1256", "latin1", "KOI8-R", "utf8"...), or an error
// naming the encodings this package knows.
func EncodingName(name string) (string, error) {
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		if r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			b.WriteRune(r)
		}
	}
	if c, ok := aliases[b.String()]; ok {
		return c, nil
	}
	return "", fmt.Errorf("unknown encoding %q (known: utf-8, utf-8-bom, utf-16le, utf-16be, windows-1256, iso-8859-6, windows-1251, koi8-r, iso-8859-5, windows-1252, iso-8859-1)", name)
}

var (
	bomUTF8    = []byte("\xef\xbb\xbf")
	bomUTF16LE = []byte("\xff\xfe")
	bomUTF16BE = []byte("\xfe\xff")
)

// magics are the signatures of common binary formats found in article
// folders by mistake.
var magics = []struct {
	prefix, what string
}{
	{"\x89PNG\r\n\x1a\n", "PNG image"},
	{"\xff\xd8\xff", "JPEG image"},
	{"GIF87a", "GIF image"},
	{"GIF89a", "GIF image"},
	{"%PDF", "PDF document"},
	{"PK\x03\x04", "ZIP archive"},
	{"\x1f\x8b", "gzip archive"},
}

// Binary says why data is not text ("PNG image", "NUL bytes"), or "".
func Binary(data []byte) string {
	for _, m := range magics {
		if bytes.HasPrefix(data, []byte(m.prefix)) {
			return m.what
		}
	}
	if bytes.HasPrefix(data, bomUTF16LE) || bytes.HasPrefix(data, bomUTF16BE) {
		return ""
	}
	head := data
	if len(head) > 8192 {
		head = head[:8192]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return "NUL bytes"
	}
	return ""
}

// Decode turns the bytes of an article into text and names their encoding.
// encoding forces an encoding by name ("" detects it). truncated says that
// data was cut short on purpose, so an incomplete last character is
// dropped instead of being an error. The text is returned as decoded: no
// normalization, no line-ending change; only a byte order mark is removed.
func Decode(data []byte, encoding string, truncated bool) (text, enc string, err error) {
	if what := Binary(data); what != "" {
		return "", "", fmt.Errorf("binary file (%s), not a text article", what)
	}
	if encoding != "" {
		enc, err = EncodingName(encoding)
		if err != nil {
			return "", "", err
		}
		text, enc, err = decodeAs(data, enc, truncated)
	} else {
		text, enc, err = detect(data, truncated)
	}
	if err != nil {
		return "", "", err
	}
	if strings.TrimSpace(text) == "" {
		return "", "", errors.New("empty file")
	}
	return text, enc, nil
}

// decodeAs decodes data with a forced encoding.
func decodeAs(data []byte, enc string, truncated bool) (string, string, error) {
	switch enc {
	case EncUTF8, EncUTF8BOM:
		if bytes.HasPrefix(data, bomUTF8) {
			data, enc = data[len(bomUTF8):], EncUTF8BOM
		} else {
			enc = EncUTF8
		}
		if truncated {
			data = trimPartialUTF8(data)
		}
		if i := invalidUTF8(data); i >= 0 {
			return "", "", fmt.Errorf("not valid UTF-8 (invalid byte at offset %d)", i)
		}
		return string(data), enc, nil
	case EncUTF16LE, EncUTF16BE:
		be := enc == EncUTF16BE
		if be {
			data = bytes.TrimPrefix(data, bomUTF16BE)
		} else {
			data = bytes.TrimPrefix(data, bomUTF16LE)
		}
		s, err := decodeUTF16(data, be, truncated)
		return s, enc, err
	}
	l := legacyByName[enc]
	return l.decode(data), enc, nil
}

// detect finds the encoding of data: byte order mark, then UTF-8, then the
// most plausible legacy encoding.
func detect(data []byte, truncated bool) (string, string, error) {
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		return decodeAs(data, EncUTF8BOM, truncated)
	case bytes.HasPrefix(data, bomUTF16LE):
		return decodeAs(data, EncUTF16LE, truncated)
	case bytes.HasPrefix(data, bomUTF16BE):
		return decodeAs(data, EncUTF16BE, truncated)
	}
	body := data
	if truncated {
		body = trimPartialUTF8(data)
	}
	bad := invalidUTF8(body)
	if bad < 0 {
		return string(body), EncUTF8, nil
	}
	if mostlyUTF8(body) {
		return "", "", fmt.Errorf("not valid UTF-8 (invalid byte at offset %d)", bad)
	}
	sample := data
	if len(sample) > 64<<10 {
		sample = sample[:64<<10]
	}
	hint := chardetHint(sample)
	var best *legacy
	bestScore := 0.0
	for _, l := range candidates {
		s := l.plausibility(sample)
		if l.name == hint || (hint == EncISO8859_1 && l.name == EncWindows1252) {
			s += 0.02 // chardet is only a hint: it breaks near-ties
		}
		if s > bestScore {
			best, bestScore = l, s
		}
	}
	if best == nil || bestScore < 0.6 {
		return "", "", fmt.Errorf("not valid UTF-8 (invalid byte at offset %d), and no legacy encoding fits", bad)
	}
	if best.name == EncWindows1252 && !hasC1(data) {
		// The same bytes mean the same text in ISO-8859-1: name the smaller set.
		best = legacyByName[EncISO8859_1]
	}
	return best.decode(data), best.name, nil
}

// chardetHint returns chardet's best guess among our encodings, or "".
func chardetHint(sample []byte) string {
	res, err := chardet.NewTextDetector().DetectBest(sample)
	if err != nil || res == nil {
		return ""
	}
	if n, err := EncodingName(res.Charset); err == nil {
		return n
	}
	return ""
}

func hasC1(data []byte) bool {
	for _, b := range data {
		if b >= 0x80 && b <= 0x9f {
			return true
		}
	}
	return false
}

func (l *legacy) decode(data []byte) string {
	var b strings.Builder
	b.Grow(len(data) + len(data)/2)
	for _, c := range data {
		if c < utf8.RuneSelf {
			b.WriteByte(c)
		} else {
			b.WriteRune(l.table[c])
		}
	}
	return b.String()
}

// invalidUTF8 returns the offset of the first invalid byte, or -1.
func invalidUTF8(data []byte) int {
	if utf8.Valid(data) {
		return -1
	}
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

// trimPartialUTF8 drops an incomplete UTF-8 sequence at the end of data.
func trimPartialUTF8(data []byte) []byte {
	for k := 1; k <= 3 && k <= len(data); k++ {
		c := data[len(data)-k]
		if c < 0x80 {
			return data
		}
		if c >= 0xc0 { // a lead byte: is its sequence complete?
			if !utf8.FullRune(data[len(data)-k:]) {
				return data[:len(data)-k]
			}
			return data
		}
	}
	return data
}

// mostlyUTF8 says that data is UTF-8 with a few broken bytes rather than a
// legacy encoding: most of its non-ASCII bytes form valid sequences.
func mostlyUTF8(data []byte) bool {
	valid, invalid := 0, 0
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			invalid++
		} else {
			valid++
		}
		i += n
	}
	return valid >= 3 && valid >= 4*invalid
}

func decodeUTF16(data []byte, be, truncated bool) (string, error) {
	if len(data)%2 == 1 {
		if !truncated {
			return "", errors.New("not valid UTF-16 (odd number of bytes)")
		}
		data = data[:len(data)-1]
	}
	u := make([]uint16, len(data)/2)
	for i := range u {
		if be {
			u[i] = uint16(data[2*i])<<8 | uint16(data[2*i+1])
		} else {
			u[i] = uint16(data[2*i+1])<<8 | uint16(data[2*i])
		}
	}
	if truncated && len(u) > 0 && utf16.IsSurrogate(rune(u[len(u)-1])) && u[len(u)-1] < 0xdc00 {
		u = u[:len(u)-1]
	}
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch {
		case c >= 0xd800 && c < 0xdc00:
			if i+1 >= len(u) || u[i+1] < 0xdc00 || u[i+1] >= 0xe000 {
				return "", fmt.Errorf("not valid UTF-16 (unpaired surrogate at offset %d)", 2*i)
			}
			i++
		case c >= 0xdc00 && c < 0xe000:
			return "", fmt.Errorf("not valid UTF-16 (unpaired surrogate at offset %d)", 2*i)
		}
	}
	return string(utf16.Decode(u)), nil
}

// Frequent letters of the expected languages.
const (
	russianFrequent = "оеаинтс"
	arabicFrequent  = "اليمونر"
)

// plausibility scores in [0, 1] how much data decoded with l looks like
// text in l's script. Only non-ASCII bytes count, as every candidate
// decodes ASCII alike. A decoded character is plausible when it is a
// letter of the expected script in a word of the expected make-up (Latin
// accents sit inside mostly ASCII words; Arabic and Cyrillic words are
// made of non-ASCII letters only), or common typographic punctuation. The
// share of plausible characters is then weighted by how much the letters
// look like the language: frequent letters for Arabic and Russian, and
// lower case for Russian (KOI8-R read as windows-1251 is mostly capitals).
func (l *legacy) plausibility(data []byte) float64 {
	var high, good, letters, lower, frequent int
	for start := 0; start < len(data); {
		// Cut a word: a run of bytes decoding to letters or marks.
		end := start
		ascii, other := 0, 0
		for end < len(data) {
			c := data[end]
			r := rune(c)
			if c >= utf8.RuneSelf {
				r = l.table[c]
			}
			if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
				break
			}
			if c < utf8.RuneSelf {
				ascii++
			} else {
				other++
			}
			end++
		}
		if end == start { // not a letter
			c := data[start]
			if c >= utf8.RuneSelf {
				high++
				if typographic(l.table[c], l.script) {
					good++
				}
			}
			start++
			continue
		}
		prev := rune(0)
		for i := start; i < end; i++ {
			c := data[i]
			if c < utf8.RuneSelf {
				prev = rune(c)
				continue
			}
			high++
			r := l.table[c]
			ok := false
			switch l.script {
			case latin:
				ok = unicode.Is(unicode.Latin, r) && ascii+1 >= other &&
					(!unicode.IsUpper(r) || i == start || !unicode.IsLower(prev))
			case arabic:
				ok = unicode.Is(unicode.Arabic, r) && ascii == 0 &&
					(!unicode.Is(unicode.Mn, r) || unicode.IsLetter(prev))
				if ok && unicode.IsLetter(r) {
					letters++
					if strings.ContainsRune(arabicFrequent, r) {
						frequent++
					}
				}
			case cyrillic:
				ok = unicode.Is(unicode.Cyrillic, r) && ascii*4 <= other
				if ok {
					letters++
					if unicode.IsLower(r) {
						lower++
						if strings.ContainsRune(russianFrequent, r) {
							frequent++
						}
					}
				}
			}
			if ok {
				good++
			}
			prev = r
		}
		start = end
	}
	if high == 0 {
		return 0
	}
	score := float64(good) / float64(high)
	ratio := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return float64(a) / float64(b)
	}
	switch l.script {
	case arabic:
		// Arabic prose: ا ل ي م و ن ر make up about half of the letters.
		score *= 0.5 + 0.5*min(1, ratio(frequent, letters)/0.35)
	case cyrillic:
		// Russian prose: ~90% lower case, о е а и н т с about half of it.
		score *= 0.5*min(1, ratio(lower, letters)/0.75) + 0.5*min(1, ratio(frequent, lower)/0.35)
	}
	return score
}

// typographic says whether r is punctuation that articles in this script
// commonly use outside words.
func typographic(r rune, s script) bool {
	switch r {
	case '«', '»', '‘', '’', '“', '”', '„', '…', '–', '—', '°', '€', '\u00a0', '·', '•', '№', '×':
		return true
	case '،', '؛', '؟', 'ـ':
		return s == arabic
	}
	if s == arabic && unicode.Is(unicode.Arabic, r) && unicode.IsDigit(r) {
		return true
	}
	return false
}
