// Package source turns command-line arguments into articles: it walks
// folders in a stable order, reads files and standard input, and rejects
// what is not text. It knows nothing of extraction.
//
// Jobs and Read are the reading API (job.go): legacy encodings
// (decode.go), HTML main text (html.go), JSON Lines (jsonl.go). Expand
// lists files by extension, for gold annotation folders.
package source

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Stdin is the argument that names standard input.
const Stdin = "-"

// Input is one article to read: a file path, or "-" for standard input.
type Input struct {
	Path string
	Err  error // set when the input could not even be listed
}

// Expand lists the inputs named by args: files as given, folders walked
// recursively for *.txt files in sorted order. A path that cannot be read
// becomes an Input carrying its error, so the caller reports it in place.
func Expand(args []string, exts []string) []Input {
	var out []Input
	for _, a := range args {
		if a == Stdin {
			out = append(out, Input{Path: Stdin})
			continue
		}
		info, err := os.Stat(a)
		if err != nil {
			out = append(out, Input{Path: a, Err: reason(err)})
			continue
		}
		if !info.IsDir() {
			out = append(out, Input{Path: a})
			continue
		}
		out = append(out, walk(a, exts)...)
	}
	return out
}

func walk(root string, exts []string) []Input {
	var out []Input
	_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			out = append(out, Input{Path: p, Err: reason(err)})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !hasExt(p, exts) {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			if _, err := os.Stat(p); err != nil {
				out = append(out, Input{Path: p, Err: reason(err)})
				return nil
			}
		}
		out = append(out, Input{Path: p})
		return nil
	})
	sort.SliceStable(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out
}

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
