// Package source turns command-line arguments into articles: it walks
// folders in a stable order, reads files and standard input, and rejects
// what is not text. It knows nothing of extraction.
//
// Jobs and Read are the reading API (job.go). Decode (decode.go) finds
// the encoding: names and charmaps (encodings.go), byte order marks,
// binary formats and HTML charsets (sniff.go), UTF-8 and UTF-16 checks
// (utf.go), legacy encodings scored by script (legacy.go). HTML main text
// (html.go), JSON Lines (jsonl.go).
package source

import (
	"errors"
	"io/fs"
	"strings"
)

// Stdin is the argument that names standard input.
const Stdin = "-"

func hasExt(p string, exts []string) bool {
	for _, e := range exts {
		if strings.HasSuffix(strings.ToLower(p), e) {
			return true
		}
	}
	return false
}

// reason shortens an OS error to its cause: the path is named by the caller.
func reason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
