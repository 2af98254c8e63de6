package cmd_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Gold counts that carry facts get a facts table, and --min-fact gates the
// overall all-attributes accuracy like --min-f1 gates fields. Records carry
// no facts yet, so a gold fact that is not all null is wrong.
func TestEvalMinFact(t *testing.T) {
	dir := t.TempDir()
	txt := "Le CHU de Batna a réalisé 40 interventions chirurgicales en 2023.\n"
	gold := `language: fr
institutions:
  - aliases: ["CHU de Batna"]
procedures:
  - count: 40
    qualifier: exact
    type: surgery
    institution: ["CHU de Batna"]
    city: Batna
    when: "2023"
dates:
  - value: "2023"
cities:
  - name: Batna
    country: DZ
`
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(txt), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "a.gold.yaml"), []byte(gold), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, code := run(t, nil, "eval", dir)
	if code != 0 || !strings.Contains(out, "institution") || !strings.Contains(out, "0/1") {
		t.Errorf("eval without --min-fact: exit %d, stdout %q, stderr %q", code, out, stderr)
	}
	_, stderr, code = run(t, nil, "eval", "--min-fact", "0.5", dir)
	if code != 1 || !strings.Contains(stderr, "fact accuracy 0.00 < 0.50") {
		t.Errorf("eval --min-fact 0.5: exit %d, stderr %q", code, stderr)
	}
	_, stderr, code = run(t, nil, "eval", "--min-fact", "2", dir)
	if code == 0 || !strings.Contains(stderr, "--min-fact") {
		t.Errorf("eval --min-fact 2: exit %d, stderr %q", code, stderr)
	}
}
