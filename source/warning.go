package source

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

// forcedWarning says why a forced encoding is likely wrong for data, or
// "": data that is valid UTF-8, and not plain ASCII, decoded as anything
// but UTF-8 comes out as mojibake (Arabic read as windows-1256 from its
// UTF-8 bytes). The article is still decoded as asked.
func forcedWarning(data []byte, encoding string, truncated bool) string {
	if encoding == "" {
		return ""
	}
	enc, err := EncodingName(encoding)
	if err != nil || enc == EncUTF8 || enc == EncUTF8BOM {
		return ""
	}
	body := bytes.TrimPrefix(data, bomUTF8)
	if truncated {
		body = trimPartialUTF8(body)
	}
	if !nonASCII(body) || !utf8.Valid(body) {
		return ""
	}
	return fmt.Sprintf("valid UTF-8 decoded as %s as --encoding asks: the text is likely garbled (without --encoding it is detected)", enc)
}

func nonASCII(data []byte) bool {
	for _, c := range data {
		if c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}
