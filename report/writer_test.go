package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/newsx/newsx/extract"
	"gopkg.in/yaml.v3"
)

func write(t *testing.T, format string, recs ...extract.Record) string {
	t.Helper()
	var buf bytes.Buffer
	w, err := New(format, &buf)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		if err := w.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestWriters(t *testing.T) {
	a := extract.Record{Source: "a.txt", Language: "fr", Cities: []extract.City{{Name: "Fès", Country: "MA"}}}
	b := extract.Record{Source: "b.txt", Language: "ar"}

	lines := strings.Split(strings.TrimSpace(write(t, "jsonl", a, b)), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], `"name":"Fès"`) {
		t.Errorf("jsonl: %q", lines)
	}
	var arr []extract.Record
	if err := json.Unmarshal([]byte(write(t, "json", a, b)), &arr); err != nil || len(arr) != 2 || arr[1].Language != "ar" {
		t.Errorf("json array: %v %+v", err, arr)
	}
	if err := json.Unmarshal([]byte(write(t, "json")), &arr); err != nil || len(arr) != 0 {
		t.Errorf("empty json array: %v", err)
	}
	dec := yaml.NewDecoder(strings.NewReader(write(t, "yaml", a, b)))
	n := 0
	for {
		var m map[string]any
		if dec.Decode(&m) != nil {
			break
		}
		n++
	}
	if n != 2 {
		t.Errorf("yaml: %d documents", n)
	}
	for _, f := range Formats {
		if out := write(t, f); out != map[string]string{"json": "[]\n"}[f] {
			t.Errorf("%s of no record: %q", f, out)
		}
	}
	if _, err := New("JSON", &bytes.Buffer{}); err != nil {
		t.Errorf("upper-case format: %v", err)
	}
	if _, err := New("xml", &bytes.Buffer{}); err == nil {
		t.Error("unknown format accepted")
	}
}
