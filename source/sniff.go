// Sniffing: what the first bytes say before any decoding — a byte order
// mark, the signature of a binary format, an HTML page and the charset it
// declares.

package source

import (
	"bytes"
	"regexp"
	"unicode/utf8"
)

var (
	bomUTF8    = []byte("\xef\xbb\xbf")
	bomUTF16LE = []byte("\xff\xfe")
	bomUTF16BE = []byte("\xfe\xff")
)

// bomEncoding names the encoding a byte order mark at the start of data
// announces, or "".
func bomEncoding(data []byte) string {
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		return EncUTF8BOM
	case bytes.HasPrefix(data, bomUTF16LE):
		return EncUTF16LE
	case bytes.HasPrefix(data, bomUTF16BE):
		return EncUTF16BE
	}
	return ""
}

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

// IsHTML says whether the start of data looks like an HTML document.
func IsHTML(data []byte) bool {
	data = bytes.TrimPrefix(data, bomUTF8)
	if len(data) > 1024 {
		data = data[:1024]
	}
	data = bytes.ToLower(bytes.TrimLeft(data, " \t\r\n\f"))
	for bytes.HasPrefix(data, []byte("<!--")) {
		end := bytes.Index(data, []byte("-->"))
		if end < 0 {
			return false
		}
		data = bytes.TrimLeft(data[end+3:], " \t\r\n\f")
	}
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<meta ", "<title>", "<?xml"} {
		if bytes.HasPrefix(data, []byte(p)) {
			return p != "<?xml" || bytes.Contains(data, []byte("<html"))
		}
	}
	return false
}

var metaCharset = regexp.MustCompile(`(?i)<meta\s[^>]*charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)`)

// declaredCharset returns the encoding named by a <meta charset> or
// <meta http-equiv="Content-Type"> in the head of an HTML page, or "".
func declaredCharset(data []byte) string {
	if len(data) > 4096 {
		data = data[:4096]
	}
	m := metaCharset.FindSubmatch(data)
	if m == nil {
		return ""
	}
	name, err := EncodingName(string(m[1]))
	if err != nil {
		return ""
	}
	return name
}

// decodeHTML decodes the bytes of an HTML page, honouring its declared
// charset: a byte order mark wins, then <meta charset>, then detection.
// A page declared in a legacy encoding whose bytes hold valid multi-byte
// UTF-8 is UTF-8 (a common mislabel); one declared UTF-8 whose bytes are
// not is detected.
func decodeHTML(data []byte, forced string, truncated bool) (string, string, error) {
	if forced != "" || bomEncoding(data) != "" {
		return Decode(data, forced, truncated)
	}
	decl := declaredCharset(data)
	switch {
	case decl == "" || decl == EncUTF8 || decl == EncUTF8BOM || decl == EncUTF16LE || decl == EncUTF16BE:
		// A page that says UTF-16 but has no BOM is ASCII-compatible here.
		return Decode(data, "", truncated)
	case utf8.Valid(data) && !isASCII(data):
		return Decode(data, EncUTF8, truncated)
	}
	return Decode(data, decl, truncated)
}

func isASCII(data []byte) bool {
	for _, c := range data {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
