package source

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestJSONL(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.jsonl": "\xef\xbb\xbf" + `{"id": "fr-1", "text": "Dix opérations à Sétif.", "published": "2024-03-11"}` + "\r\n" +
			"\n" +
			`{"id": 42, "text": "Пять операций."}` + "\n" +
			`{"id": 1e3, "text": "x"}` + "\n" +
			`{"id": 12345678901234567890, "text": "x"}` + "\n" +
			`{"text": "sans id"}` + "\n" +
			`[1, 2]` + "\n" +
			`{"id": "no-text"}` + "\n" +
			`{"id": "num-text", "text": 5}` + "\n" +
			`{"id": "broken", "text": "x"` + "\n" +
			`{"id": {"a": 1}, "text": "x"}` + "\n" +
			`{"id": "two", "text": "x"} {"id": "three"}` + "\n" +
			`{"id": "empty", "text": "  "}` + "\n" +
			`{"id": "last", "text": "sans fin de ligne"}`,
		"sub/b.ndjson": `{"id": "b1", "text": "x"}` + "\n",
		"sub/c.txt":    "not walked in JSONL mode",
	})
	jobs := collect([]string{dir, "-"}, strings.NewReader(`{"id": "in1", "text": "stdin"}`+"\n"+`nope`+"\n"), Options{JSONL: true})
	a := filepath.Join(dir, "a.jsonl")
	got := describe(dir, jobs)
	want := strings.Join([]string{
		"fr-1",
		"42",
		"1000",
		"12345678901234567890",
		"a.jsonl:6",
		"a.jsonl:7 (not a JSON object)",
		`a.jsonl:8 (no "text" field)`,
		`a.jsonl:9 ("text" is not a string)`,
		"a.jsonl:10 (invalid JSON: unexpected end of line)",
		`a.jsonl:11 ("id" is not a string or a number)`,
		"a.jsonl:12 (invalid JSON: more than one value on the line)",
		"empty",
		"last",
		"b1",
		"in1",
		"-:2 (invalid JSON: invalid character 'o' in literal null (expecting 'u') (column 2))",
	}, "\n")
	if got != want {
		t.Errorf("jobs =\n%s\nwant\n%s", got, want)
	}
	art, err := Read(jobs[0], Options{})
	if err != nil || art.Source != "fr-1" || art.Text != "Dix opérations à Sétif." || art.Published != "2024-03-11" || art.Encoding != "utf-8" {
		t.Errorf("record 1: %+v %v", art, err)
	}
	if jobs[0].Line != 1 || jobs[1].Line != 3 || jobs[0].Path != a {
		t.Errorf("lines %d %d path %s", jobs[0].Line, jobs[1].Line, jobs[0].Path)
	}
	if _, err := Read(jobs[11], Options{}); err == nil || err.Error() != "empty text" {
		t.Errorf("empty text: %v", err)
	}
	if _, err := Read(jobs[6], Options{}); err == nil || jobs[6].Source != a+":8" || err.Error() != `no "text" field` {
		t.Errorf("bad line %s: %v", jobs[6].Source, err)
	}
}

// Invalid UTF-8 in a line is rejected with the line and the byte column,
// as in a text file: replacing it rune by rune would shift every offset
// after it away from what Python computes. The other lines still give
// records.
func TestJSONLInvalidUTF8(t *testing.T) {
	in := `{"id": "ok1", "text": "Dix opérations."}` + "\n" +
		"{\"id\": \"bad\", \"text\": \"Dix op\xe9rations \xd0\"}\n" +
		"{\"id\": \"bad-\xff\", \"text\": \"x\"}\n" +
		`{"id": "ok2", "text": "x"}` + "\n"
	got := describe("", collect([]string{"-"}, strings.NewReader(in), Options{JSONL: true}))
	want := strings.Join([]string{
		"ok1",
		"-:2 (not valid UTF-8 (invalid byte at column 30))",
		"-:3 (not valid UTF-8 (invalid byte at column 13))",
		"ok2",
	}, "\n")
	if got != want {
		t.Errorf("jobs =\n%s\nwant\n%s", got, want)
	}
}

// JSON escapes of lone surrogates (\ud800) are taken as U+FFFD: one code
// point, as Python's one lone surrogate, so offsets after it still agree.
func TestJSONLLoneSurrogate(t *testing.T) {
	in := `{"id": "s", "text": "a\ud800b\udc00\ud83d\ude00c\ud83d"}`
	jobs := collect([]string{"-"}, strings.NewReader(in), Options{JSONL: true})
	a, err := Read(jobs[0], Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Python: json.loads(in)["text"] == "a\ud800b\udc00\U0001f600c\ud83d", len 7
	if want := "a\ufffdb\ufffd\U0001f600c\ufffd"; a.Text != want || utf8.RuneCountInString(a.Text) != 7 {
		t.Errorf("text = %+q, want %+q (7 code points)", a.Text, want)
	}
}

// A line longer than MaxBytes is one error job; it is not held in memory
// and the lines after it are still read.
func TestJSONLLongLine(t *testing.T) {
	p := filepath.Join(t.TempDir(), "big.jsonl")
	f, err := os.Create(p)
	must(t, err)
	f.WriteString(`{"id": "big", "text": "`)
	chunk := bytes.Repeat([]byte("a"), 1<<20)
	for i := 0; i < 50; i++ {
		f.Write(chunk)
	}
	f.WriteString(`"}` + "\n" + `{"id": "small", "text": "x"}` + "\n")
	must(t, f.Close())

	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	jobs := collect([]string{p}, nil, Options{JSONL: true, MaxBytes: 1 << 20})
	runtime.ReadMemStats(&after)
	got := describe("", jobs)
	want := p + ":1 (line larger than 1 MB (use --max-bytes))\nsmall"
	if got != want {
		t.Errorf("jobs =\n%s\nwant\n%s", got, want)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 8<<20 {
		t.Errorf("allocated %d bytes reading a 50 MB line with a 1 MB limit", alloc)
	}
}

func FuzzJSONL(f *testing.F) {
	for _, s := range []string{
		`{"id": 1, "text": "x"}` + "\n" + `{"id": "b", "text": "y", "published": "2024"}`,
		"", "\n \n", "a\nb\nc\nd\ne\nf\n", "\n\n[1]\n", `{"text": 5}`, `{"id": 1.5e300, "text": ""}`, "\xef\xbb\xbf{}", `{"id":"a","text":"\u0000"}`, "{\"text\":\"\xff\"}\r\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		lines := bytes.Count(data, []byte("\n")) + 1
		n := 0
		Jobs([]string{"-"}, bytes.NewReader(data), Options{JSONL: true, MaxBytes: 256}, func(j Job) bool {
			if j.Source == "" {
				t.Errorf("job without a source")
			}
			if j.Line == 0 { // the whole input: empty, or no JSON Lines at all
				if j.Err == nil || j.Source != "-" {
					t.Errorf("whole-input job %q: err %v", j.Source, j.Err)
				}
				return true
			}
			n++ // a job per line at most
			if j.Line < 1 || j.Line > lines {
				t.Errorf("line %d of %d", j.Line, lines)
			}
			if (j.Err == nil) == (j.rec == nil) {
				t.Errorf("job %q: err %v, record %v", j.Source, j.Err, j.rec)
			}
			if j.Err != nil && !strings.HasSuffix(j.Source, fmt.Sprintf(":%d", j.Line)) {
				t.Errorf("error source %q does not name line %d", j.Source, j.Line)
			}
			Read(j, Options{})
			return true
		})
		if n > lines {
			t.Errorf("%d jobs from %d lines", n, lines)
		}
	})
}

// An empty or blank JSON Lines input is said, not passed over; a text file
// read as JSON Lines gives one message after its first bad lines, not one
// per line.
func TestJSONLEmptyAndNotJSON(t *testing.T) {
	for _, in := range []string{"", "\n\n  \n"} {
		jobs := collect([]string{"-"}, strings.NewReader(in), Options{JSONL: true})
		if len(jobs) != 1 || !errors.Is(jobs[0].Err, errNoLines) || jobs[0].Source != "-" {
			t.Errorf("%q: %s", in, describe("", jobs))
		}
	}
	text := strings.Repeat("Les chirurgiens ont réalisé dix opérations.\n", 50)
	jobs := collect([]string{"-"}, strings.NewReader(text), Options{JSONL: true})
	last := jobs[len(jobs)-1]
	if len(jobs) != notJSONLines+1 || last.Err == nil || !strings.Contains(last.Err.Error(), "not JSON Lines") {
		t.Errorf("a text read as JSON Lines gave %d jobs: %s", len(jobs), describe("", jobs))
	}
	// bad lines after a good one are each reported
	mixed := `{"id": "a", "text": "x"}` + "\n" + strings.Repeat("not json\n", 8)
	if jobs := collect([]string{"-"}, strings.NewReader(mixed), Options{JSONL: true}); len(jobs) != 9 {
		t.Errorf("mixed input gave %d jobs, want 9", len(jobs))
	}
}
