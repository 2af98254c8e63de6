package cmd_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// run runs the built binary and returns stdout, stderr and the exit code.
func run(t *testing.T, stdin []byte, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(filepath.Join(binDir, "newsx"), args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin)
	}
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), errb.String(), code
}

// record decodes one JSON record into a map without the named fields.
func record(t *testing.T, line string, drop ...string) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal([]byte(line), &m); err != nil {
		t.Fatalf("%v: %q", err, line)
	}
	for _, k := range drop {
		delete(m, k)
	}
	return m
}

// Every encoded copy of an article gives the UTF-8 original's record, but
// for "source" and "encoding".
func TestEncodingsGiveSameRecords(t *testing.T) {
	for _, lang := range []string{"fr", "ar", "ru"} {
		dir := filepath.Join("..", "testdata", "encodings", lang)
		want, _, code := run(t, nil, "extract", filepath.Join(dir, "article.txt"))
		if code != 0 {
			t.Fatalf("%s original: exit %d", lang, code)
		}
		wantRec := record(t, want, "source", "encoding")
		if len(wantRec["procedures"].([]any))+len(wantRec["cities"].([]any)) == 0 {
			t.Errorf("%s original gives no procedure and no city: the test would prove little", lang)
		}
		copies, _ := filepath.Glob(filepath.Join(dir, "article.*.txt"))
		if len(copies) < 3 {
			t.Fatalf("%s: only %d encoded copies", lang, len(copies))
		}
		for _, p := range copies {
			got, stderr, code := run(t, nil, "extract", p)
			if code != 0 {
				t.Errorf("%s: exit %d: %s", p, code, stderr)
				continue
			}
			enc := record(t, got)["encoding"]
			wantEnc := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(p), "article."), ".txt")
			if !strings.HasPrefix(wantEnc, enc.(string)) && !(wantEnc == "windows-1252" && enc == "iso-8859-1") {
				t.Errorf("%s: encoding %v", p, enc)
			}
			gotJSON, _ := json.Marshal(record(t, got, "source", "encoding"))
			wantJSON, _ := json.Marshal(wantRec)
			if !bytes.Equal(gotJSON, wantJSON) {
				t.Errorf("%s: record differs from the UTF-8 original\n got %s\nwant %s", p, gotJSON, wantJSON)
			}
		}
	}
}

// entities lists what a record found, offsets aside.
func entities(t *testing.T, line string) string {
	m := record(t, line)
	var parts []string
	for _, f := range []struct{ field, key string }{{"institutions", "name"}, {"procedures", "count"}, {"dates", "value"}, {"cities", "name"}} {
		for _, x := range m[f.field].([]any) {
			parts = append(parts, f.field+"="+strings.TrimSpace(strings.ReplaceAll(jsonString(x.(map[string]any)[f.key]), "\n", " ")))
		}
	}
	sort.Strings(parts)
	return strings.Join(parts, "; ")
}

func jsonString(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// A saved page with nav, ads and footer gives the entities of its article.
func TestHTMLGivesArticleEntities(t *testing.T) {
	for _, lang := range []string{"fr", "ar", "ru"} {
		page, stderr, code := run(t, nil, "extract", filepath.Join("..", "testdata", "html", lang+".html"))
		plain, _, code2 := run(t, nil, "extract", filepath.Join("..", "testdata", "html", lang+".txt"))
		if code != 0 || code2 != 0 {
			t.Fatalf("%s: exit %d/%d: %s", lang, code, code2, stderr)
		}
		if got, want := entities(t, page), entities(t, plain); got != want || want == "" {
			t.Errorf("%s: page gives\n  %s\nplain text gives\n  %s", lang, got, want)
		}
		if r := record(t, page); r["title"] == nil || r["published"] == nil {
			t.Errorf("%s: page title %v, published %v", lang, r["title"], r["published"])
		}
	}
}

// A 50 MB single-line file is skipped with a message (over the default
// 10 MB), and with --truncate read in part; the next file's record is
// still written.
func TestHugeFile(t *testing.T) {
	dir := t.TempDir()
	line := bytes.Repeat([]byte("Dix opérations chirurgicales à Oran. "), 50<<20/38)
	if err := os.WriteFile(filepath.Join(dir, "a_huge.txt"), line, 0o644); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "b_small.txt"), []byte("Dix opérations chirurgicales ont été réalisées à Oran."), 0o644)
	out, stderr, code := run(t, nil, "extract", dir)
	if code != 1 || !strings.Contains(stderr, "a_huge.txt: larger than 10 MB") || strings.Count(out, "\n") != 1 || !strings.Contains(out, "b_small.txt") {
		t.Errorf("exit %d, stderr %q, %d records", code, stderr, strings.Count(out, "\n"))
	}
	out, _, code = run(t, nil, "extract", "--truncate", "--max-bytes", "1MB", filepath.Join(dir, "a_huge.txt"))
	if code != 0 || !strings.Contains(out, `"truncated":true`) || !strings.Contains(out, `"count":10`) {
		t.Errorf("--truncate: exit %d, record %.200s", code, out)
	}
}

// A file name that is not UTF-8 is written in "source" with its bad bytes
// as \xNN, not as U+FFFD: the record can be traced back to its file.
func TestNonUTF8FileName(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "caf\xe9.txt")
	if err := os.WriteFile(name, []byte("Dix opérations chirurgicales à Oran."), 0o644); err != nil {
		t.Skipf("file system refuses non-UTF-8 names: %v", err)
	}
	out, stderr, code := run(t, nil, "extract", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if got, want := record(t, out)["source"], dir+`/caf\xe9.txt`; got != want {
		t.Errorf("source = %q, want %q", got, want)
	}
	out, _, _ = run(t, nil, "detect", "--json", name)
	if got, want := record(t, out)["source"], dir+`/caf\xe9.txt`; got != want {
		t.Errorf("detect source = %q, want %q", got, want)
	}
}
