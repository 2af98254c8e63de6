// Package source turns command-line arguments into articles: it walks
// folders in a stable order, reads files and standard input, and rejects
// what is not text. It knows nothing of extraction.
package source

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"
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

// MaxBytes is the largest input read whole.
const MaxBytes = 10 << 20

// Read returns the text of an input, or why it is not an article.
func Read(in Input, stdin io.Reader) (string, error) {
	if in.Err != nil {
		return "", in.Err
	}
	var data []byte
	var err error
	if in.Path == Stdin {
		data, err = io.ReadAll(io.LimitReader(stdin, MaxBytes+1))
	} else {
		data, err = readFile(in.Path)
	}
	if err != nil {
		return "", err
	}
	return Text(data)
}

func readFile(p string) ([]byte, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, reason(err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, reason(err)
	}
	if info.IsDir() {
		return nil, errors.New("is a directory")
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxBytes+1))
	if err != nil {
		return nil, reason(err)
	}
	return data, nil
}

// Text checks that data is a text article and returns it without a BOM.
func Text(data []byte) (string, error) {
	if len(data) > MaxBytes {
		return "", fmt.Errorf("larger than %d MB", MaxBytes>>20)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(data)) == 0 {
		return "", errors.New("empty file")
	}
	head := data
	if len(head) > 8192 {
		head = head[:8192]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return "", errors.New("binary file (NUL bytes), not a text article")
	}
	if !utf8.Valid(data) {
		return "", errors.New("not valid UTF-8 (a legacy encoding?)")
	}
	return string(data), nil
}
