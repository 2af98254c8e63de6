// UTF decoding: checks of UTF-8 (first invalid byte, a sequence cut at the
// end, broken UTF-8 told from a legacy encoding) and UTF-16 decoding with
// its surrogate checks.

package source

import (
	"errors"
	"fmt"
	"unicode/utf16"
	"unicode/utf8"
)

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
