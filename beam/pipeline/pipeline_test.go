package pipeline

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/newsx/newsx/aggregate"
)

// The tests run the pipeline on Prism, in process (ptest's default
// runner; -runner changes it).
func TestMain(m *testing.M) {
	ptest.Main(m)
}

// root is the main module's folder, the one above this module's.
func root(t *testing.T) string {
	t.Helper()
	r, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// cli is the newsx binary: $NEWSX_BIN (what `make beam-test` passes, the
// one `make build` made), else one built from the main module now.
func cli(t *testing.T) string {
	t.Helper()
	if bin := os.Getenv("NEWSX_BIN"); bin != "" {
		return bin
	}
	bin := filepath.Join(t.TempDir(), "newsx")
	build := exec.Command("go", "build", "-o", bin, "./cmd/newsx")
	build.Dir = root(t)
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/newsx: %v\n%s", err, out)
	}
	return bin
}

// extractCLI runs newsx extract and returns its record lines and its
// failures ("SOURCE: ERROR", from stderr's "newsx: SOURCE: ERROR").
func extractCLI(t *testing.T, bin string, args ...string) (records, failures []string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	c := exec.Command(bin, append([]string{"extract", "-q", "-j", "2"}, args...)...)
	c.Stdout, c.Stderr = &stdout, &stderr
	err := c.Run()
	if ee, ok := err.(*exec.ExitError); err != nil && (!ok || ee.ExitCode() != 1) {
		t.Fatalf("newsx extract %v: %v\n%s", args, err, stderr.String())
	}
	for _, l := range lines(stderr.String()) {
		if strings.Contains(l, ": warning: ") {
			continue
		}
		failures = append(failures, strings.TrimPrefix(l, "newsx: "))
	}
	return lines(stdout.String()), failures
}

func lines(s string) []string {
	s = strings.TrimSuffix(s, "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

// run builds and runs the pipeline of c on Prism and returns what it wrote:
// every shard's lines, the dead letters as "SOURCE: ERROR", and the stats
// file's lines.
func run(t *testing.T, c Config) (records, failures, stats []string) {
	t.Helper()
	p, s := beam.NewPipelineWithRoot()
	Write(s, c, Build(s, c))
	if err := ptest.Run(p); err != nil {
		t.Fatalf("pipeline: %v", err)
	}
	shards, err := filepath.Glob(c.Output + "-*-of-*.jsonl")
	if err != nil || len(shards) == 0 {
		t.Fatalf("no record shard: %v", err)
	}
	for _, f := range shards {
		records = append(records, readLines(t, f)...)
	}
	for _, l := range readLines(t, c.DeadLetter) {
		var d DeadLetter
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Fatalf("dead letter %q: %v", l, err)
		}
		failures = append(failures, d.Source+": "+d.Error)
	}
	return records, failures, readLines(t, c.Stats)
}

// readLines reads a file's lines; a file not written has none.
func readLines(t *testing.T, name string) []string {
	t.Helper()
	data, err := os.ReadFile(name)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	return lines(string(data))
}

// sameSet fails unless got and want hold the same lines, as many times.
func sameSet(t *testing.T, what string, got, want []string) {
	t.Helper()
	g, w := slices.Clone(got), slices.Clone(want)
	slices.Sort(g)
	slices.Sort(w)
	if slices.Equal(g, w) {
		return
	}
	var missing, extra []string
	for _, l := range w {
		if _, ok := slices.BinarySearch(g, l); !ok {
			missing = append(missing, l)
		}
	}
	for _, l := range g {
		if _, ok := slices.BinarySearch(w, l); !ok {
			extra = append(extra, l)
		}
	}
	t.Errorf("%s: %d lines, newsx extract %d; %d missing, %d extra\nmissing: %.400q\nextra: %.400q",
		what, len(g), len(w), len(missing), len(extra), missing, extra)
}

// corpus writes 300 generated articles (tools/gencorpus) and the bad
// inputs into dir, and returns the globs of text inputs: the fixtures,
// the generated articles and the bad files.
func corpus(t *testing.T, dir string) []string {
	t.Helper()
	gen := exec.Command("go", "run", "./tools/gencorpus", "-n", "300", "-out", filepath.Join(dir, "gen"))
	gen.Dir = root(t)
	if out, err := gen.CombinedOutput(); err != nil {
		t.Fatalf("gencorpus: %v\n%s", err, out)
	}
	bad := filepath.Join(dir, "bad")
	must(t, os.MkdirAll(bad, 0o755))
	for name, data := range map[string]string{
		"image.txt":   "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
		"broken.txt":  "Trois greffes rénales au CHU d'Oran en 2019, \xff puis cinq autres.",
		"empty.txt":   " \n\n",
		"legacy.txt":  "Cinq op\xe9rations \xe0 l'h\xf4pital de S\xe9tif en d\xe9cembre 2019, selon le directeur.",
		"page.html":   "<html><head><title>Greffes</title></head><body><article><p>Le CHU de Tizi Ouzou a r\u00e9alis\u00e9 douze greffes r\u00e9nales en 2023.</p></article></body></html>",
		"zipped.txt":  "PK\x03\x04\x14\x00\x00\x00",
		"nul-pad.txt": "abc\x00\x00\x00def",
	} {
		must(t, os.WriteFile(filepath.Join(bad, name), []byte(data), 0o644))
	}
	gold := filepath.Join(root(t), "testdata", "gold")
	return []string{filepath.Join(gold, "*", "*.txt"), filepath.Join(dir, "gen", "*", "*.txt"), filepath.Join(bad, "*")}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// The pipeline writes the records newsx extract writes, byte for byte,
// and sends what newsx extract reports as unreadable to the dead letters,
// with the same reason.
func TestPipelineIsExtract(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the pipeline on Prism")
	}
	bin := cli(t)
	dir := t.TempDir()
	globs := corpus(t, dir)
	out := filepath.Join(dir, "out")
	c := Config{Globs: globs, Output: filepath.Join(out, "records"), Shards: 3,
		DeadLetter: filepath.Join(out, "failed.jsonl"), Stats: filepath.Join(out, "stats.json")}
	records, failures, stats := run(t, c)

	var paths []string
	for _, g := range globs {
		m, err := filepath.Glob(g)
		must(t, err)
		paths = append(paths, m...)
	}
	want, wantFailures := extractCLI(t, bin, paths...)
	if len(want) < 300 || len(wantFailures) < 4 {
		t.Fatalf("newsx extract gave %d records and %d failures", len(want), len(wantFailures))
	}
	t.Logf("%d records, %d dead letters, %d stats lines", len(records), len(failures), len(stats))
	sameSet(t, "records", records, want)
	sameSet(t, "dead letters", failures, wantFailures)
	for _, name := range []string{"image.txt", "broken.txt", "zipped.txt"} {
		if !slices.ContainsFunc(failures, func(f string) bool { return strings.Contains(f, name+": ") }) {
			t.Errorf("%s is not in the dead letters: %q", name, failures)
		}
	}
	checkStats(t, bin, want, stats, 100)
}

// JSON Lines: one record per good line, named by its id (or file:line),
// and every bad line (not JSON, not UTF-8, no text) in the dead letters.
func TestPipelineJSONL(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the pipeline on Prism")
	}
	bin := cli(t)
	dir := t.TempDir()
	corpus(t, dir)
	texts, err := filepath.Glob(filepath.Join(dir, "gen", "*", "*.txt"))
	must(t, err)
	var b bytes.Buffer
	for i, p := range texts[:60] {
		data, err := os.ReadFile(p)
		must(t, err)
		obj := map[string]any{"id": fmt.Sprintf("gen-%d", i), "text": string(data)}
		switch i % 3 {
		case 1:
			obj["published"] = "2024-05-02"
		case 2:
			delete(obj, "id") // source is file:line
		}
		line, err := json.Marshal(obj)
		must(t, err)
		b.Write(line)
		b.WriteByte('\n')
		switch i {
		case 10:
			b.WriteString("not json at all\n")
		case 20:
			b.WriteString("{\"id\": \"latin\", \"text\": \"op\xe9rations\"}\n")
		case 30:
			b.WriteString("{\"id\": \"no-text\"}\n")
		}
	}
	in := filepath.Join(dir, "batch.jsonl")
	must(t, os.WriteFile(in, b.Bytes(), 0o644))
	out := filepath.Join(dir, "out")
	c := Config{Globs: []string{in}, JSONL: true, Published: "2023-01-15", Output: filepath.Join(out, "records"),
		DeadLetter: filepath.Join(out, "failed.jsonl"), Stats: filepath.Join(out, "stats.json")}
	// the aggregates of transplants since 2010, by organ and city
	c.By = []aggregate.Dim{aggregate.ByOrgan, aggregate.ByCity}
	c.Filter = aggregate.Filter{Types: []string{"transplant"}, Since: "2010"}
	records, failures, stats := run(t, c)
	want, wantFailures := extractCLI(t, bin, "--input", "jsonl", "--published", "2023-01-15", in)
	if len(want) != 60 || len(wantFailures) != 3 {
		t.Fatalf("newsx extract gave %d records and %d failures", len(want), len(wantFailures))
	}
	sameSet(t, "records", records, want)
	sameSet(t, "dead letters", failures, wantFailures)
	checkStats(t, bin, want, stats, 2, "--by", "organ,city", "--type", "transplant", "--since", "2010")
}
