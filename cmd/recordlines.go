package cmd

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/newsx/newsx/extract"
)

// jsonLines reports whether the input's first line, as far as sniff
// buffered it, is one whole JSON object: records as newsx extract writes
// them by default, one per line, which decodeLines reads with all
// workers. It reads nothing more.
func jsonLines(br *bufio.Reader) bool {
	head, _ := br.Peek(br.Buffered())
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	line, _, _ := bytes.Cut(head, []byte("\n"))
	line = bytes.TrimSpace(line)
	return len(line) > 0 && line[0] == '{' && json.Valid(line)
}

// recordLine is one line of a record file and its number.
type recordLine struct {
	n    int
	line []byte
}

// decodeLines reads JSON Lines of records with r.Jobs workers: decoding
// JSON is most of the time stats takes on records (one core reads 20 to 30
// MB/s). Records are yielded in input order; a bad line is named on
// stderr (file:line) and skipped.
func (r *RecordReader) decodeLines(ctx context.Context, name string, br *bufio.Reader, yield func(extract.Record) bool) bool {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var readErr error
	produce := func(job func(recordLine) bool) {
		for num := 1; ; num++ {
			line, err := br.ReadBytes('\n')
			if num == 1 {
				line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
			}
			if len(bytes.TrimSpace(line)) > 0 && !job(recordLine{n: num, line: line}) {
				return
			}
			if err != nil {
				if err != io.EOF {
					readErr = err
				}
				return
			}
		}
	}
	decode := func(l recordLine) (extract.Record, error) {
		var rec extract.Record
		err := unmarshalRecord(l.line, &rec, r.SkipMentions)
		return rec, err
	}
	prog, done := r.progress("lines")
	defer done()
	stopped := false
	// a signal (or yield's stop) returns at once, without waiting for the
	// reader, which may be blocked on a terminal or a pipe: it and the
	// workers end when their next send sees ctx done, or at EOF
	ordered(ctx, produce, r.Jobs, decode, func(d outcome[recordLine, extract.Record]) {
		prog.add(1)
		switch {
		case d.err != nil:
			prog.clear()
			r.lineFailure(name, d.job.n, d.err)
		case d.value.Language == "" || d.value.Procedures == nil:
			prog.clear()
			r.lineFailure(name, d.job.n, errNotRecord)
		default:
			r.count++
			if !yield(d.value) {
				stopped = true
				cancel() // ends the reader and the workers
			}
		}
	})
	if stopped {
		return false
	}
	if ctx.Err() == nil && readErr != nil {
		r.failed++
		reportFailure(r.IO.ErrOut, name, readErr)
	}
	return true // at the end, or a signal: Read stops
}

// errNotRecord is a JSON value in a record file that is not a record.
var errNotRecord = errors.New(`not a record (no "language" or "procedures")`)

// lineFailure names a bad line of a record file: "file:N: reason".
func (r *RecordReader) lineFailure(name string, n int, err error) {
	r.failed++
	reportFailure(r.IO.ErrOut, fmt.Sprintf("%s:%d", name, n), err)
}
