package lang

import (
	"os"
	"path/filepath"
	"testing"

	"gopkg.in/yaml.v3"
)

// NewDetector would be an import cycle away from patterns.Languages: the
// tests read the language keys of the built-in packs' lang.yaml directly,
// so that they detect with the languages newsx ships.
func packSpecs(t testing.TB) []Spec {
	t.Helper()
	files, err := filepath.Glob("../patterns/packs/*/lang.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no packs: %v", err)
	}
	var specs []Spec
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var p struct {
			Language string   `yaml:"language"`
			Detect   []string `yaml:"detect"`
			Guards   []string `yaml:"guards"`
			WarmUp   string   `yaml:"warm_up"`
		}
		if err := yaml.Unmarshal(data, &p); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		specs = append(specs, Spec{Code: p.Language, Detect: p.Detect, Guards: p.Guards, WarmUp: p.WarmUp})
	}
	return specs
}

// packDetector is a detector over the built-in packs' languages.
func packDetector(t testing.TB) *Detector {
	t.Helper()
	d, err := NewDetector(packSpecs(t))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestNewDetectorRefuses(t *testing.T) {
	tests := []struct {
		name  string
		specs []Spec
	}{
		{"unknown code", []Spec{{Code: "xx", Detect: []string{"xx"}, Guards: []string{"en"}}}},
		{"unknown guard", []Spec{{Code: "fr", Detect: []string{"fr"}, Guards: []string{"zz"}}}},
		{"one language", []Spec{{Code: "fr", Detect: []string{"fr"}}}},
		{"claimed twice", []Spec{{Code: "fr", Detect: []string{"fr"}}, {Code: "fx", Detect: []string{"fr", "en"}}}},
	}
	for _, tt := range tests {
		if _, err := NewDetector(tt.specs); err == nil {
			t.Errorf("%s: NewDetector accepted %v", tt.name, tt.specs)
		}
	}
}

// TestDetectReportsPackCode checks that a detector language is reported
// as the pack that reads it, and that a guard made a pack's language is a
// target (it wins close calls).
func TestDetectReportsPackCode(t *testing.T) {
	d, err := NewDetector([]Spec{
		{Code: "fr", Detect: []string{"fr"}, Guards: []string{"en", "es"}},
		{Code: "castellano", Detect: []string{"es"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	text := "El hospital realizó diez operaciones quirúrgicas complejas con éxito esta semana."
	if got := d.Detect(text).Code; got != "castellano" {
		t.Errorf("Detect = %s, want castellano", got)
	}
	if _, ok := d.targets[language("es")]; !ok {
		t.Errorf("es is not a target")
	}
}
