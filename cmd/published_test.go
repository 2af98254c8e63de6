package cmd_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// datesOf renders the dates of a JSON record as "value" or "value~" when
// relative, and its published value.
func datesOf(t *testing.T, line string) (string, []string) {
	t.Helper()
	rec := record(t, line)
	var out []string
	for _, d := range rec["dates"].([]any) {
		m := d.(map[string]any)
		v := m["value"].(string)
		if m["relative"] == true {
			v += "~"
		}
		out = append(out, v)
	}
	pub, _ := rec["published"].(string)
	return pub, out
}

// --published dates the relative phrases of inputs without a date of their
// own; an HTML page's or a JSONL line's date wins; a bad value is a usage
// error (exit 2) before anything runs.
func TestPublishedFlag(t *testing.T) {
	dir := t.TempDir()
	txt := filepath.Join(dir, "a.txt")
	text := "L'an dernier, le CHU a réalisé quarante greffes, dont dix le 25 avril dernier et deux hier."
	if err := os.WriteFile(txt, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	check := func(name, line, wantPub, wantDates string) {
		t.Helper()
		pub, dates := datesOf(t, line)
		if pub != wantPub || strings.Join(dates, " ") != wantDates {
			t.Errorf("%s: published %q, dates %v; want %q, %s", name, pub, dates, wantPub, wantDates)
		}
	}

	out, stderr, code := run(t, nil, "extract", "--published", "2024-05-02", txt)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	check("text with --published", out, "2024-05-02", "2023~ 2024-04-25~ 2024-05-01~")

	out, _, _ = run(t, nil, "extract", txt)
	check("text without --published", out, "", "")

	jsonl := `{"id": "own", "text": "L'an dernier, dix greffes.", "published": "2023-01-10"}` + "\n" +
		`{"id": "none", "text": "L'an dernier, dix greffes."}` + "\n"
	out, stderr, code = run(t, []byte(jsonl), "extract", "--input", "jsonl", "--published", "2024-05-02", "-")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != 2 {
		t.Fatalf("jsonl: exit %d, %d records: %s", code, len(lines), stderr)
	}
	check("jsonl line with its own date", lines[0], "2023-01-10", "2022~")
	check("jsonl line without", lines[1], "2024-05-02", "2023~")

	out, _, _ = run(t, nil, "extract", "--published", "2020-01-01", filepath.Join("..", "testdata", "html", "fr.html"))
	if pub, _ := datesOf(t, out); pub != "2024-03-11T08:30:00+01:00" {
		t.Errorf("html: published %q, want the page's own", pub)
	}

	for _, bad := range []string{"2024-5-2", "2024-02-30", "02/05/2024", "hier", "0999-01-01"} {
		out, stderr, code := run(t, nil, "extract", "--published", bad, txt)
		if code != 2 || out != "" || !strings.Contains(stderr, `--published: "`+bad+`" is not a date YYYY-MM-DD`) {
			t.Errorf("--published %s: exit %d, stdout %q, stderr %q; want exit 2 and a usage error", bad, code, out, stderr)
		}
	}
}
