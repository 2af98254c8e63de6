package cmd

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestProgressLine(t *testing.T) {
	var buf bytes.Buffer
	p := startProgress(&IOStreams{ErrOut: &buf}, false, 10, "files")
	p.add(5)
	p.draw(p.start.Add(2 * time.Second))
	line := buf.String()
	for _, want := range []string{"5/10 files", "50%", "2/s", "ETA 2s"} {
		if !strings.Contains(line, want) {
			t.Errorf("progress line %q lacks %q", line, want)
		}
	}
	p.finish(5, 0)
	if !strings.HasSuffix(buf.String(), "\r\033[K") {
		t.Errorf("finish does not clear the line: %q", buf.String())
	}
	var quiet bytes.Buffer
	q := startProgress(&IOStreams{ErrOut: &quiet, ErrTTY: true}, true, 0, "files")
	q.add(3)
	q.finish(3, 0)
	if quiet.Len() != 0 {
		t.Errorf("a quiet progress wrote %q", quiet.String())
	}
}

// On a narrow terminal the line is cut to its width (less one column), so
// it never wraps and \r always returns to its start.
func TestProgressFitsTerminal(t *testing.T) {
	for _, cols := range []int{20, 5, 1} {
		var buf bytes.Buffer
		p := startProgress(&IOStreams{ErrOut: &buf, ErrWidth: func() int { return cols }}, false, 12345, "files")
		p.add(1234)
		p.draw(p.start.Add(3 * time.Second))
		line := strings.TrimPrefix(buf.String(), "\r\033[K")
		if len(line) > cols-1 {
			t.Errorf("%d columns: line %q is %d long", cols, line, len(line))
		}
		p.finish(0, 0)
	}
}

// A long run on a terminal ends with one summary line; a short one, or a
// quiet one, with nothing.
func TestProgressSummary(t *testing.T) {
	var buf bytes.Buffer
	p := startProgress(&IOStreams{ErrOut: &buf, ErrTTY: true}, false, 0, "files")
	p.add(12)
	p.end(p.start.Add(2500*time.Millisecond), 10, 2)
	if got := buf.String(); !strings.HasSuffix(got, "newsx: 12 files, 10 records, 2 errors in 2.5s\n") {
		t.Errorf("summary %q", got)
	}
	buf.Reset()
	p = startProgress(&IOStreams{ErrOut: &buf, ErrTTY: true}, false, 0, "files")
	p.end(p.start.Add(300*time.Millisecond), 1, 0)
	if buf.Len() != 0 {
		t.Errorf("a short run wrote %q", buf.String())
	}
}
