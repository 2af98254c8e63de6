package source

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// record is one JSONL article.
type record struct {
	text, published string
}

// jsonlJobs streams the lines of r (named name: a path or "-") as jobs: one
// per non-empty line, read with a bounded buffer (a line longer than
// MaxBytes is a job error, and is skipped without being held in memory).
// A valid line {"id": ..., "text": "...", "published": ...} gives a job
// whose Source is the id (a string, or a number written plainly), or
// "name:N" without one; a bad line gives a job with Source "name:N" and
// Err naming the reason; its Source is "file:N". It returns false when
// yield asked to stop.
func jsonlJobs(r io.Reader, name string, opts Options, yield func(Job) bool) bool {
	limit := opts.maxBytes()
	br := bufio.NewReaderSize(r, 256<<10)
	var line []byte
	lines, good := 0, 0 // non-blank lines, and those that gave an article
	for n := 1; ; n++ {
		line = line[:0]
		tooLong := false
		var err error
		for {
			chunk, e := br.ReadSlice('\n')
			if !tooLong {
				if int64(len(line)+len(chunk)) > limit+2 { // room for "\r\n"
					tooLong, line = true, nil
				} else {
					line = append(line, chunk...)
				}
			}
			if e == bufio.ErrBufferFull {
				continue
			}
			err = e
			break
		}
		if err != nil && err != io.EOF {
			return yield(Job{Source: sourceName(name), Path: name, Err: reason(err)})
		}
		content := bytes.TrimRight(line, "\r\n")
		if n == 1 {
			content = bytes.TrimPrefix(content, bomUTF8)
		}
		at := fmt.Sprintf("%s:%d", sourceName(name), n)
		switch {
		case tooLong || int64(len(content)) > limit:
			lines++
			if !yield(Job{Source: at, Path: name, Line: n, Err: fmt.Errorf("line larger than %s (use --max-bytes)", sizeLabel(limit))}) {
				return false
			}
		case len(bytes.TrimSpace(content)) > 0:
			lines++
			j := parseRecord(content, name, n)
			if j.Source == "" {
				j.Source = at
			}
			if j.Err == nil {
				good++
			}
			if !yield(j) {
				return false
			}
			if good == 0 && lines == notJSONLines {
				// a text file given as JSON Lines: one message, not one per line
				return yield(Job{Source: sourceName(name), Path: name,
					Err: fmt.Errorf("not JSON Lines: its first %d lines give no article; the rest is skipped (is --input jsonl meant?)", notJSONLines)})
			}
		}
		if err == io.EOF {
			if lines == 0 {
				return yield(Job{Source: sourceName(name), Path: name, Err: errNoLines})
			}
			return true
		}
	}
}

// notJSONLines is how many bad lines open an input before the rest of it
// is skipped as no JSON Lines at all.
const notJSONLines = 5

// errNoLines is an input with no line to read: a batch that is empty is
// said, not passed over in silence.
var errNoLines = errors.New("no JSON lines (the input is empty or blank)")

// parseRecord reads one JSONL line.
func parseRecord(line []byte, name string, n int) Job {
	j := Job{Path: name, Line: n}
	fail := func(format string, args ...any) Job {
		j.Source = fmt.Sprintf("%s:%d", sourceName(name), n)
		j.Err = fmt.Errorf(format, args...) // Source already says file:line
		return j
	}
	// encoding/json would replace invalid bytes by U+FFFD one by one,
	// shifting offsets away from what other readers compute: reject them,
	// as in a text file. (Escaped lone surrogates, "\ud800", do become
	// U+FFFD: one code point for one, so offsets still agree.)
	if i := invalidUTF8(line); i >= 0 {
		return fail("not valid UTF-8 (invalid byte at column %d)", i+1)
	}
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return fail("invalid JSON: %s", jsonReason(err))
	}
	if dec.More() {
		return fail("invalid JSON: more than one value on the line")
	}
	if _, err := dec.Token(); err != io.EOF {
		return fail("invalid JSON: more than one value on the line")
	}
	obj, ok := v.(map[string]any)
	if !ok {
		return fail("not a JSON object")
	}
	switch id := obj["id"].(type) {
	case nil:
	case string:
		j.Source = id
	case json.Number:
		j.Source = plainNumber(id)
	default:
		return fail(`"id" is not a string or a number`)
	}
	t, present := obj["text"]
	if !present {
		return fail(`no "text" field`)
	}
	text, ok := t.(string)
	if !ok {
		return fail(`"text" is not a string`)
	}
	var published string
	switch p := obj["published"].(type) {
	case nil:
	case string:
		published = p
	case json.Number:
		published = plainNumber(p)
	default:
		return fail(`"published" is not a string`)
	}
	j.rec = &record{text: text, published: published}
	return j
}

// plainNumber writes a JSON number without exponent or trailing ".0".
func plainNumber(n json.Number) string {
	s := n.String()
	if _, err := strconv.ParseInt(s, 10, 64); err == nil {
		return s
	}
	if strings.ContainsAny(s, "eE.") {
		if f, err := strconv.ParseFloat(s, 64); err == nil {
			return strconv.FormatFloat(f, 'f', -1, 64)
		}
	}
	return s
}

func jsonReason(err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("%s (column %d)", se.Error(), se.Offset)
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return "unexpected end of line"
	}
	return err.Error()
}
