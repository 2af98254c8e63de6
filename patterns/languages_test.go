package patterns

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestEmbeddedLanguages checks that the built-in packs name the detector's
// languages: each pack reads its own code and the union of guards is
// loaded beside them.
func TestEmbeddedLanguages(t *testing.T) {
	specs, err := Languages(Embedded())
	if err != nil {
		t.Fatal(err)
	}
	dirs, err := PackDirs(Embedded())
	if err != nil {
		t.Fatal(err)
	}
	if len(specs) != len(dirs) || len(specs) < 3 {
		t.Fatalf("%d specs for packs %v", len(specs), dirs)
	}
	guards := 0
	for i, s := range specs {
		if s.Code != dirs[i] || len(s.Detect) != 1 || s.Detect[0] != s.Code || s.WarmUp == "" {
			t.Errorf("pack %s: %+v", dirs[i], s)
		}
		guards += len(s.Guards)
	}
	if guards == 0 {
		t.Errorf("no guard languages")
	}
}

func TestLanguageErrorsNameFileAndLine(t *testing.T) {
	const warm = "warm_up: a sentence\n"
	tests := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"unknown language", map[string]string{"xx/lang.yaml": "# a comment\nlanguage: xx\nguards: [en]\n" + warm},
			`xx/lang.yaml:2: language "xx": the detector has no model for it`},
		{"unknown language from the folder", map[string]string{"xx/lang.yaml": "guards: [en]\n" + warm},
			`xx: language "xx": the detector has no model for it`},
		{"unknown detect", map[string]string{"pl/lang.yaml": "language: pl\ndetect: [pl, qq]\n" + warm},
			`pl/lang.yaml:2: language "qq"`},
		{"unknown guard", map[string]string{"pl/lang.yaml": "language: pl\nguards:\n  - en\n  - zz\n" + warm},
			`pl/lang.yaml:4: guards: "zz"`},
		{"no warm-up", map[string]string{"pl/lang.yaml": "language: pl\nguards: [en]\n"},
			"pl: no warm_up"},
		{"one language", map[string]string{"pl/lang.yaml": "language: pl\n" + warm},
			"pl: the detector needs two languages or more"},
		{"read by two packs", map[string]string{
			"es/lang.yaml": "language: es\nguards: [en]\n" + warm,
			"gl/lang.yaml": "language: gl\ndetect:\n  - es\n" + warm},
			`gl/lang.yaml:3: detect: "es" is already read as another pack's language (es/lang.yaml:1)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for name, data := range tt.files {
				fsys[name] = &fstest.MapFile{Data: []byte(data)}
			}
			for _, load := range []func() error{
				func() error { _, err := Load(fsys); return err },
				func() error { _, err := Languages(fsys); return err },
			} {
				err := load()
				if err == nil || !strings.Contains(err.Error(), tt.want) {
					t.Errorf("error %v, want one containing %q", err, tt.want)
				}
			}
		})
	}
}
