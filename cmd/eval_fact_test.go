package cmd_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Gold counts that carry facts get a facts table, and --min-fact gates the
// overall all-attributes accuracy like --min-f1 gates fields: the record
// ties the count to the CHU, Constantine and 2023, so a gold that says
// 2022 makes the fact wrong.
func TestEvalMinFact(t *testing.T) {
	dir := t.TempDir()
	txt := "Le CHU de Constantine a réalisé 40 interventions chirurgicales en 2023.\n"
	gold := `language: fr
institutions:
  - aliases: ["CHU de Constantine"]
procedures:
  - count: 40
    qualifier: exact
    type: surgery
    institution: ["CHU de Constantine"]
    city: Constantine
    when: "WHEN"
dates:
  - value: "2023"
cities:
  - name: Constantine
    country: DZ
`
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(txt), 0o644); err != nil {
		t.Fatal(err)
	}
	write := func(when string) {
		if err := os.WriteFile(filepath.Join(dir, "a.gold.yaml"), []byte(strings.Replace(gold, "WHEN", when, 1)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("2023")
	out, stderr, code := run(t, nil, "eval", "--min-fact", "1", dir)
	if code != 0 || !strings.Contains(out, "1.00 1/1") {
		t.Errorf("eval --min-fact 1 with every attribute right: exit %d, stdout %q, stderr %q", code, out, stderr)
	}
	write("2022")
	out, stderr, code = run(t, nil, "eval", dir)
	if code != 0 || !strings.Contains(out, "institution") || !strings.Contains(out, "0/1") {
		t.Errorf("eval without --min-fact: exit %d, stdout %q, stderr %q", code, out, stderr)
	}
	_, stderr, code = run(t, nil, "eval", "--min-fact", "0.5", dir)
	if code != 1 || !strings.Contains(stderr, "fact accuracy 0.00 < 0.50") {
		t.Errorf("eval --min-fact 0.5: exit %d, stderr %q", code, stderr)
	}
	_, stderr, code = run(t, nil, "eval", "--min-fact-attr", "0.5", dir)
	if code != 1 || !strings.Contains(stderr, "fact when accuracy 0.000 (0/1) < 0.50") || strings.Contains(stderr, "fact type") {
		t.Errorf("eval --min-fact-attr 0.5: exit %d, stderr %q", code, stderr)
	}
	_, stderr, code = run(t, nil, "eval", "--min-fact", "2", dir)
	if code == 0 || !strings.Contains(stderr, "--min-fact") {
		t.Errorf("eval --min-fact 2: exit %d, stderr %q", code, stderr)
	}
}
