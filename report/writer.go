// Package report writes records: one writer per output format behind one
// interface, as gitleaks' report package does.
package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/newsx/newsx/extract"
)

// Writer writes records in one format. Close ends the output.
type Writer interface {
	Write(rec extract.Record) error
	Close() error
}

// Formats lists the names New accepts.
var Formats = []string{"jsonl", "json", "yaml"}

// New returns the writer for a format name, in any case ("JSON" is "json").
func New(format string, w io.Writer) (Writer, error) {
	switch strings.ToLower(format) {
	case "jsonl":
		return newJSONL(w), nil
	case "json":
		return newJSON(w), nil
	case "yaml":
		return newYAML(w), nil
	}
	return nil, fmt.Errorf("unknown format %q (want jsonl, json or yaml)", format)
}
