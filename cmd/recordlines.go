package cmd

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"

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

// decoded is one line of a record file, decoded.
type decoded struct {
	n   int // line number
	rec extract.Record
	err error
}

// decodeLines reads JSON Lines of records with r.Jobs workers: decoding
// JSON is most of the time stats takes on records (one core reads 20 to 30
// MB/s). Records are yielded in input order; a bad line is named on
// stderr (file:line) and skipped.
func (r *RecordReader) decodeLines(ctx context.Context, name string, br *bufio.Reader, yield func(extract.Record) bool) bool {
	n := max(r.Jobs, 1)
	type task struct {
		n    int
		line []byte
		out  chan decoded
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	tasks := make(chan task)
	queue := make(chan chan decoded, 4*n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for t := range tasks {
				d := decoded{n: t.n}
				d.err = unmarshalRecord(t.line, &d.rec, r.SkipMentions)
				t.out <- d
			}
		}()
	}
	var readErr error
	go func() {
		defer close(queue)
		defer close(tasks)
		for num := 1; ; num++ {
			line, err := br.ReadBytes('\n')
			if num == 1 {
				line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
			}
			if len(bytes.TrimSpace(line)) > 0 {
				out := make(chan decoded, 1)
				select {
				case queue <- out:
				case <-ctx.Done():
					return
				}
				select {
				case tasks <- task{n: num, line: line, out: out}:
				case <-ctx.Done():
					out <- decoded{n: num, err: ctx.Err()}
					return
				}
			}
			if err != nil {
				if err != io.EOF {
					readErr = err
				}
				return
			}
		}
	}()
	prog, done := r.progress("lines")
	defer done()
	// a signal (or yield's stop) returns at once, without waiting for the
	// reader, which may be blocked on a terminal or a pipe: it and the
	// workers end when their next send sees ctx done, or at EOF
	for {
		var d decoded
		select {
		case <-ctx.Done():
			return true // a signal: Read stops
		case out, ok := <-queue:
			if !ok {
				wg.Wait()
				if readErr != nil {
					r.failed++
					reportFailure(r.IO.ErrOut, name, readErr)
				}
				return true
			}
			select {
			case <-ctx.Done():
				return true
			case d = <-out:
			}
		}
		prog.add(1)
		switch {
		case d.err != nil:
			prog.clear()
			r.lineFailure(name, d.n, d.err)
		case d.rec.Language == "" || d.rec.Procedures == nil:
			prog.clear()
			r.lineFailure(name, d.n, errNotRecord)
		default:
			r.count++
			if !yield(d.rec) {
				return false // the deferred cancel ends the reader and the workers
			}
		}
	}
}

// errNotRecord is a JSON value in a record file that is not a record.
var errNotRecord = errors.New(`not a record (no "language" or "procedures")`)

// lineFailure names a bad line of a record file: "file:N: reason".
func (r *RecordReader) lineFailure(name string, n int, err error) {
	r.failed++
	reportFailure(r.IO.ErrOut, fmt.Sprintf("%s:%d", name, n), err)
}
