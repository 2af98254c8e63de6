package main

import (
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsx/newsx/patterns"
)

func TestTitle(t *testing.T) {
	for in, want := range map[string]string{
		"BIR MOURAD RAIS": "Bir Mourad Rais",
		"EL  M'GHAIR":     "El M'Ghair",
		"SIDI-AMAR":       "Sidi-Amar",
	} {
		if got := title(in); got != want {
			t.Errorf("title(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCommonWord(t *testing.T) {
	words := map[string]bool{"قلعة": true, "أربعاء": true}
	for name, want := range map[string]bool{"القلعة": true, "الأربعاء": true, "شرشال": false, "بني قلعة": false} {
		if got := commonWord(words, name); got != want {
			t.Errorf("commonWord(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestRun: a commune GeoNames lacks is written with its province seat's
// coordinates; one whose name the gazetteer has is left out, or gives the
// GeoNames place its Arabic name; a common word loses its Arabic name.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if strings.HasSuffix(name, ".gz") {
			f, err := os.Create(p)
			if err != nil {
				t.Fatal(err)
			}
			zw := gzip.NewWriter(f)
			zw.Write([]byte(data))
			zw.Close()
			f.Close()
			return p
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	leblad := write("w.json", `[{"mattricule": 16, "name": "Alger", "name_en": "Algiers", "name_ar": "الجزائر", "dairats": [
	  {"baladyiats": [{"code": 1, "name": "BEN AKNOUN", "name_ar": "ابن عكنون"}, {"code": 2, "name": "ALGER", "name_ar": "الجزائر"},
	   {"code": 3, "name": "KALAA", "name_ar": "القلعة"}, {"code": 4, "name": "JERADA", "name_ar": "جرادة"}]}]}]`)
	lex := make([]string, 1200)
	for i := range lex {
		lex[i] = "كلمة" + strings.Repeat("ا", i)
	}
	lexicon := write("ar.dic", "1201\nقلعة/1\n"+strings.Join(lex, "\n")+"\n")
	gaz := write("c.tsv.gz", "geonameid\tname\tascii\tcountry\tlat\tlon\tpopulation\tfeature\tnames\n"+
		"2507480\tAlgiers\tAlgiers\tDZ\t36.7323\t3.0875\t1977663\tPPLC\tAlger|الجزائر\n"+
		"9\tJerada\tJerada\tDZ\t34.3\t-2.1\t43696\tPPLA3\tDjerada\n")
	overlay := write("o.yaml", "cities: []\n")
	out := filepath.Join(dir, "out.tsv")
	if err := run(leblad, lexicon, gaz, overlay, out); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	got := string(data)
	for _, want := range []string{
		patterns.GeoTSVHeader + "\n",
		"Ben Aknoun\tDZ\t36.7323\t3.0875\t0\tBen Aknoun|ابن عكنون\n",
		"Kalaa\tDZ\t36.7323\t3.0875\t0\tKalaa\n",
		"Jerada\tDZ\t0\t0\t9\tجرادة\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "\nAlger\t") {
		t.Errorf("the capital, which GeoNames has, is written:\n%s", got)
	}
}
