package patterns

import (
	"strings"
	"testing"
	"testing/fstest"
)

// An examples file beside a pack's files is not read as one: its keys
// would be unknown pack keys.
func TestLoadSkipsExamples(t *testing.T) {
	fsys := fstest.MapFS{
		"xx/lang.yaml":     {Data: []byte("language: xx\n")},
		"xx/examples.yaml": {Data: []byte("- text: Dix opérations.\n  procedures: [10 exact]\n")},
	}
	p, err := LoadPack(fsys, "xx")
	if err != nil {
		t.Fatalf("LoadPack read examples.yaml: %v", err)
	}
	if p.Language.Src != "xx" {
		t.Errorf("language = %q", p.Language.Src)
	}
	if _, err := LoadPack(fstest.MapFS{"xx/examples.yaml": fsys["xx/examples.yaml"]}, "xx"); err == nil {
		t.Errorf("a folder of examples alone loaded as a pack")
	}
}

func TestLoadExamples(t *testing.T) {
	fsys := fstest.MapFS{"xx/examples.yaml": {Data: []byte(
		"# a comment\n" +
			"- text: Dix opérations.\n  procedures: [10 exact]\n" +
			"- text: Rien.\n  procedures: []\n  dates: []\n" +
			"- text: Le CHU d'Oran.\n  institutions: [CHU d'Oran]\n  known_bad: why\n")}}
	exs, err := LoadExamples(fsys, "xx")
	if err != nil {
		t.Fatal(err)
	}
	if len(exs) != 3 {
		t.Fatalf("got %d examples", len(exs))
	}
	if exs[0].Line != 2 || exs[1].Line != 4 || exs[2].Line != 7 {
		t.Errorf("lines %d %d %d, want 2 4 7", exs[0].Line, exs[1].Line, exs[2].Line)
	}
	if exs[0].Procedures == nil || (*exs[0].Procedures)[0] != "10 exact" || exs[0].Dates != nil {
		t.Errorf("example 1: %+v", exs[0])
	}
	if exs[1].Procedures == nil || len(*exs[1].Procedures) != 0 {
		t.Errorf("an empty list must assert none: %+v", exs[1])
	}
	if exs[2].KnownBad != "why" {
		t.Errorf("known_bad = %q", exs[2].KnownBad)
	}
	if exs, err := LoadExamples(fsys, "yy"); err != nil || exs != nil {
		t.Errorf("a folder without examples: %v, %v", exs, err)
	}
}

func TestLoadExamplesErrorsNameFileAndLine(t *testing.T) {
	for _, tt := range []struct{ data, want string }{
		{"- text: a\n  procedures: []\n- text: b\n  procedure: [1 exact]\n", "xx/examples.yaml:4: field procedure not found"},
		{"- text: a\n  procedures: []\n- text: b\n", "xx/examples.yaml:3: an example asserts nothing"},
		{"- procedures: []\n", "xx/examples.yaml:1: an example needs text"},
	} {
		_, err := LoadExamples(fstest.MapFS{"xx/examples.yaml": {Data: []byte(tt.data)}}, "xx")
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%q: got %v, want %q", tt.data, err, tt.want)
		}
	}
}
