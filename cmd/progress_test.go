package cmd

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestProgressLine(t *testing.T) {
	var buf bytes.Buffer
	p := startProgress(&buf, false, 10)
	p.add(5)
	p.draw(p.start.Add(2 * time.Second))
	line := buf.String()
	for _, want := range []string{"5/10 files", "50%", "2/s", "ETA 2s"} {
		if !strings.Contains(line, want) {
			t.Errorf("progress line %q lacks %q", line, want)
		}
	}
	p.finish()
	if !strings.HasSuffix(buf.String(), "\r\033[K") {
		t.Errorf("finish does not clear the line: %q", buf.String())
	}
	var quiet bytes.Buffer
	q := startProgress(&quiet, false, 0)
	q.add(3)
	q.finish()
	if quiet.Len() != 0 {
		t.Errorf("a hidden progress wrote %q", quiet.String())
	}
}
