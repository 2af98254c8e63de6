package cmd

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/newsx/newsx/extract"
	"github.com/newsx/newsx/source"
)

// recordsHelp says, for --help, how commands that read records tell them
// from articles.
const recordsHelp = `PATH is a record file, an article, a folder of articles, or "-" for standard
input. A file (or stdin) is read as records when it is JSON whose first
object has "language" and "procedures" keys: JSON Lines as newsx extract
writes them, a JSON array (extract -f json) or pretty-printed objects. JSON
whose first object has "text" is JSON Lines of articles {"id", "text",
"published"}, extracted first. Anything else, and every folder, is read as
articles (*.txt, *.html, *.htm below a folder; *.jsonl, *.ndjson with --input
jsonl) and extracted first as newsx extract would, with the same flags (-j,
--encoding, --max-bytes, --published...).`

// RecordReader yields the records of inputs that are records already
// (what `newsx extract` wrote) or articles, which it extracts first with
// the pipeline of `newsx extract`. stats and report read their inputs
// through it.
type RecordReader struct {
	IO       *IOStreams
	Patterns string // --patterns, for articles
	InputOptions
	// Text, when set, is given each extracted article's decoded text just
	// before its record is yielded (a record read as a record has none):
	// report shows the sentence around each fact from it.
	Text func(text string)

	eng    *extract.Engine // loaded at the first article
	err    error           // what stopped the run (loading the engine)
	failed int
	count  int

	// SkipMentions leaves out the mentions lists of records read from
	// files (each procedure keeps its first: text, start, end): decoding
	// them is most of the time on records. Records extracted here keep
	// theirs.
	SkipMentions bool
}

// inputKind is what an input holds.
type inputKind int

const (
	kindArticle  inputKind = iota // text or HTML
	kindRecords                   // JSON records
	kindJSONLine                  // JSON Lines of articles
)

// Read calls yield with each record of args, in input order, until yield
// returns false or ctx is cancelled. Inputs that cannot be read are named
// on stderr, one line each, and counted in Failed; the error returned is
// one that stops the run (bad flags, a malformed pattern pack).
func (r *RecordReader) Read(ctx context.Context, args []string, yield func(extract.Record) bool) error {
	ctx = orBackground(ctx)
	ro, err := r.readOptions()
	if err != nil {
		return err
	}
	for _, a := range args {
		if ctx.Err() != nil {
			break
		}
		if !r.input(ctx, a, ro, yield) {
			break
		}
	}
	return r.err
}

// input reads one argument; false stops the run.
func (r *RecordReader) input(ctx context.Context, a string, ro source.Options, yield func(extract.Record) bool) bool {
	rd := r.IO.In
	if a != source.Stdin {
		info, err := os.Stat(a)
		if err != nil || info.IsDir() {
			// a folder of articles; or missing: source says why, as extract does
			return r.extract(ctx, []string{a}, nil, ro, yield)
		}
		f, err := os.Open(a)
		if err != nil {
			return r.extract(ctx, []string{a}, nil, ro, yield)
		}
		defer f.Close()
		rd = f
	}
	br := bufio.NewReaderSize(rd, 1<<20)
	sniffed := make(chan inputKind, 1)
	go func() { sniffed <- sniff(br) }()
	var kind inputKind
	select {
	case kind = <-sniffed:
	case <-ctx.Done(): // a signal while stdin (a terminal, a pipe) gives nothing
		return false
	}
	if kind == kindRecords {
		if jsonLines(br) {
			return r.decodeLines(ctx, a, br, yield)
		}
		return r.decode(ctx, a, br, yield)
	}
	ro.JSONL = kind == kindJSONLine
	if a == source.Stdin || !isRegular(a) {
		// stdin or a FIFO: extract from what was peeked at, not read again
		return r.extract(ctx, []string{source.Stdin}, br, ro, yield)
	}
	return r.extract(ctx, []string{a}, nil, ro, yield)
}

// Failed returns how many inputs could not be read.
func (r *RecordReader) Failed() int { return r.failed }

// Records returns how many records were yielded.
func (r *RecordReader) Records() int { return r.count }

func isRegular(p string) bool {
	info, err := os.Stat(p)
	return err == nil && info.Mode().IsRegular()
}

// sniff tells records from articles by the first JSON value of the input
// (up to 1 MB of it): an object with "language" and "procedures", or an
// array whose first element is one, is records; an object with "text" is
// JSON Lines of articles; anything else (not JSON) is an article. It reads
// no more than it needs (a pipe may hold one record and stay open).
func sniff(br *bufio.Reader) inputKind {
	const limit = 1 << 20
	for n := 1; ; {
		_, err := br.Peek(n) // blocks until n bytes, or the end
		head, _ := br.Peek(min(br.Buffered(), limit))
		if kind, ok := classify(head, err != nil || len(head) >= limit); ok {
			return kind
		}
		n = len(head) + 1
	}
}

// classify decides what an input holds from its first bytes; ok is false
// when they are too few to say and more may come (final is false).
func classify(head []byte, final bool) (kind inputKind, ok bool) {
	bom := []byte("\xef\xbb\xbf")
	if !final && len(head) < len(bom) && bytes.HasPrefix(bom, head) {
		return 0, false
	}
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(head, bom), " \t\r\n")
	if len(trimmed) == 0 {
		return kindArticle, final
	}
	if trimmed[0] != '{' && trimmed[0] != '[' {
		return kindArticle, true
	}
	dec := json.NewDecoder(bytes.NewReader(trimmed))
	if trimmed[0] == '[' {
		dec.Token()
	}
	var probe struct {
		Language   *string         `json:"language"`
		Procedures json.RawMessage `json:"procedures"`
		Text       *string         `json:"text"`
	}
	err := dec.Decode(&probe)
	truncated := errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF)
	if truncated && !final {
		return 0, false
	}
	var syntax *json.SyntaxError
	switch {
	case err == nil && probe.Language != nil && probe.Procedures != nil:
		return kindRecords, true
	case err == nil && trimmed[0] == '{' && probe.Text != nil:
		return kindJSONLine, true
	case err != nil && len(head) >= 1<<20 && (truncated || errors.As(err, &syntax)) &&
		bytes.Contains(head, []byte(`"language_confidence":`)):
		return kindRecords, true // a first record over 1 MB
	case err == nil && trimmed[0] == '{':
		return kindJSONLine, true // JSON, not a record: JSONL's own messages say what is missing
	}
	return kindArticle, true
}

// decoded is one value of a record file, decoded.
type decoded struct {
	n   int // value number
	rec extract.Record
	err error
}

// decode reads records from JSON: objects one after another (JSON Lines,
// pretty-printed) or in arrays. A value that is not a record is named on
// stderr and skipped; a syntax error ends the input. A signal returns at
// once, even while the input (a pipe) blocks.
func (r *RecordReader) decode(ctx context.Context, name string, br *bufio.Reader, yield func(extract.Record) bool) bool {
	prog, done := r.progress("values")
	defer done()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	values := make(chan decoded, 16)
	go func() {
		defer close(values)
		send := func(d decoded) bool {
			select {
			case values <- d:
				return true
			case <-ctx.Done():
				return false
			}
		}
		dec := json.NewDecoder(br)
		n, depth := 0, 0
		for {
			if !dec.More() {
				_, err := dec.Token() // the end, or the ] of an array
				switch {
				case depth > 0:
					depth--
				case err == io.EOF:
					return
				case err != nil:
					send(decoded{n: n + 1, err: err})
					return
				}
				continue
			}
			if depth == 0 && next(dec) == '[' { // an array of records
				dec.Token()
				depth++
				continue
			}
			n++
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				send(decoded{n: n, err: err})
				return
			}
			d := decoded{n: n}
			d.err = unmarshalRecord(raw, &d.rec, r.SkipMentions)
			if !send(d) {
				return
			}
		}
	}()
	for {
		select {
		case <-ctx.Done():
			return true // a signal: Read stops
		case d, ok := <-values:
			if !ok {
				return true
			}
			prog.add(1)
			switch {
			case d.err != nil:
				prog.clear()
				r.failed++
				reportFailure(r.IO.ErrOut, name, fmt.Errorf("record %d: %v", d.n, d.err))
			case d.rec.Language == "" || d.rec.Procedures == nil:
				prog.clear()
				r.failed++
				reportFailure(r.IO.ErrOut, name, fmt.Errorf("record %d: %v", d.n, errNotRecord))
			default:
				r.count++
				if !yield(d.rec) {
					return false
				}
			}
		}
	}
}

// extracted is an article's result and its decoded text.
type extracted struct {
	extract.Result
	text string
}

// next is the first byte of the decoder's next value (More has read it).
func next(dec *json.Decoder) byte {
	br := bufio.NewReader(dec.Buffered())
	for {
		c, err := br.ReadByte()
		if err != nil {
			return 0
		}
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return c
		}
	}
}

// extract runs the pipeline of `newsx extract` over args (stdin: what "-"
// reads) and yields the records; false when yield stopped or the engine
// could not be loaded (r.err).
func (r *RecordReader) extract(ctx context.Context, args []string, stdin io.Reader, ro source.Options, yield func(extract.Record) bool) bool {
	if r.eng == nil {
		eng, err := loadEngine(r.Patterns, r.IO.ErrOut)
		if err == nil {
			err = eng.Warm()
		}
		if err != nil {
			r.err = err
			return false
		}
		r.eng = eng
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	produce := func(y func(source.Job) bool) { source.Jobs(args, stdin, ro, y) }
	quiet := r.Quiet || !r.IO.ErrTTY
	prog := startProgress(r.IO, quiet, countJobs(!quiet && !ro.JSONL && stdin == nil, args, ro), unitOf(ro))
	stopped, records, failed := false, 0, 0
	ordered(ctx, produce, r.Jobs, func(j source.Job) (extracted, error) {
		a, err := source.Read(j, ro)
		if err != nil {
			return extracted{}, err
		}
		res, err := r.eng.Process(extract.Article(a))
		if r.Text == nil {
			a.Text = "" // no one reads it: do not keep it queued
		}
		return extracted{res, a.Text}, err
	}, func(res result[extracted]) {
		if !prog.settled(r.IO.ErrOut, res.job.Source, res.err, res.value.Warning) {
			failed++
			return
		}
		records++
		if r.Text != nil {
			r.Text(res.value.text)
		}
		if !yield(res.value.Record) {
			stopped = true
			cancel()
		}
	})
	prog.finish(records, failed)
	r.failed += failed
	r.count += records
	return !stopped
}

// progress starts the progress line of a record file (on a terminal,
// unless --quiet): what it counts, then records and errors; done ends it.
func (r *RecordReader) progress(unit string) (*progress, func()) {
	prog := startProgress(r.IO, r.Quiet || !r.IO.ErrTTY, 0, unit)
	records, failed := r.count, r.failed
	return prog, func() { prog.finish(r.count-records, r.failed-failed) }
}
