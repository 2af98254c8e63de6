package pipeline

import (
	"context"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/newsx/newsx/source"
)

// DeadLetter is an input that gave no record, and why: what `newsx
// extract` names on stderr ("newsx: SOURCE: ERROR").
type DeadLetter struct {
	Source string `json:"source"`
	Error  string `json:"error"`
}

// readFn turns a matched file into articles: one for a text or HTML file,
// one per line for JSON Lines, with the CLI's limits, decoding and checks
// (source.ReadFrom, source.JSONLJobs). What cannot be read (binary data,
// bad encoding, a file over the size limit, a JSONL line that is not
// JSON) goes to the dead letters; the run goes on.
type readFn struct {
	Options source.Options `json:"options"`
}

func (fn *readFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emit func(source.Article), fail func(DeadLetter)) {
	path := f.Metadata.Path
	rc, err := f.Open(ctx)
	if err != nil {
		// named and shortened as source names a file it cannot read
		a, err := source.ReadFrom(path, failing{err}, -1, fn.Options)
		fail(DeadLetter{Source: a.Source, Error: err.Error()})
		return
	}
	defer rc.Close()
	if !fn.Options.JSONL {
		a, err := source.ReadFrom(path, rc, f.Metadata.Size, fn.Options)
		if err != nil {
			fail(DeadLetter{Source: a.Source, Error: err.Error()})
			return
		}
		emit(a)
		return
	}
	source.JSONLJobs(rc, path, fn.Options, func(j source.Job) bool {
		a, err := source.Read(j, fn.Options)
		if err != nil {
			fail(DeadLetter{Source: j.Source, Error: err.Error()})
		} else {
			emit(a)
		}
		return true
	})
}

// failing is a reader of a file that could not be opened.
type failing struct{ err error }

func (r failing) Read([]byte) (int, error) { return 0, r.err }
