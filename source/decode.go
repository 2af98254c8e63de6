// Decoding: the entry point, Decode, which takes a forced encoding or
// finds one (byte order mark, then UTF-8, then the most plausible legacy
// encoding) and hands the bytes to the matching decoder.

package source

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
)

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
	if enc := bomEncoding(data); enc != "" {
		return decodeAs(data, enc, truncated)
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
	best := guessLegacy(data)
	if best == nil {
		return "", "", fmt.Errorf("not valid UTF-8 (invalid byte at offset %d), and no legacy encoding fits", bad)
	}
	return best.decode(data), best.name, nil
}
