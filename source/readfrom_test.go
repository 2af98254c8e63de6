package source

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// ReadFrom on a file's bytes gives the article Read gives on the file,
// errors included; JSONLJobs gives the jobs a JSONL walk gives.
func TestReadFromIsRead(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt":     "Cinq opérations à Sétif en 2019.",
		"p.html":    "<html><head><title>T</title><meta property=\"article:published_time\" content=\"2024-05-02\"></head><body><article><p>Trois greffes à Oran.</p></article></body></html>",
		"img.txt":   "\x89PNG\r\n\x1a\n\x00\x00",
		"empty.txt": "\n\n",
		"big.txt":   strings.Repeat("Sétif ", 300),
		"cp.txt":    "Cinq op\xe9rations \xe0 S\xe9tif, d\xe9cembre 2019, l'h\xf4pital de la ville.",
	})
	for _, opts := range []Options{{}, {MaxBytes: 1000}, {MaxBytes: 1000, Truncate: true, Published: "2024-01-01"}} {
		for _, name := range []string{"a.txt", "p.html", "img.txt", "empty.txt", "big.txt", "cp.txt"} {
			p := filepath.Join(dir, name)
			want, werr := Read(Job{Source: sourceName(p), Path: p}, opts)
			f, err := os.Open(p)
			must(t, err)
			info, err := f.Stat()
			must(t, err)
			got, gerr := ReadFrom(p, f, info.Size(), opts)
			f.Close()
			if !reflect.DeepEqual(got, want) || errString(gerr) != errString(werr) {
				t.Errorf("%s %+v:\nReadFrom %+v, %v\nRead     %+v, %v", name, opts, got, gerr, want, werr)
			}
		}
	}

	data := "{\"id\": 1, \"text\": \"Trois greffes\"}\n\nnot json\n{\"text\": \"x\", \"published\": \"2020-01-02\"}\n"
	p := filepath.Join(dir, "b.jsonl")
	writeFiles(t, dir, map[string]string{"b.jsonl": data})
	walked := collect([]string{p}, nil, Options{JSONL: true})
	var streamed []Job
	JSONLJobs(strings.NewReader(data), p, Options{}, func(j Job) bool { streamed = append(streamed, j); return true })
	if !reflect.DeepEqual(describe(dir, streamed), describe(dir, walked)) || len(streamed) != 3 {
		t.Errorf("JSONLJobs:\n%s\nwalk:\n%s", describe(dir, streamed), describe(dir, walked))
	}
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
