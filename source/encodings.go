// Encodings: the names newsx reports and accepts (EncodingName and its
// aliases), and the legacy single-byte charmaps it can decode, each with
// the script it is expected to carry.

package source

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

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
