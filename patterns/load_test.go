package patterns

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/newsx/newsx/lang"
)

func TestEmbeddedPacksCompile(t *testing.T) {
	b, err := Load(Embedded())
	if err != nil {
		t.Fatal(err)
	}
	for _, code := range []string{"fr", "ar", "ru"} {
		l, ok := b.Langs[code]
		if !ok {
			t.Fatalf("no %s pack", code)
		}
		if len(l.Numbers.Info) == 0 || len(l.Months) == 0 || len(l.Dates) == 0 {
			t.Errorf("%s pack lacks numbers, months or dates", code)
		}
	}
	if len(b.Gazetteer.Cities) == 0 {
		t.Errorf("geo overlay lacks cities")
	}
}

func TestLoadErrorsNameFileAndLine(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"bad yaml", map[string]string{"xx/a.yaml": "language: xx\nnumbers:\n  words: [\n"}, "xx/a.yaml:"},
		{"unknown key", map[string]string{"xx/a.yaml": "language: xx\n\nnumbrs: {}\n"}, "xx/a.yaml:3: field numbrs not found"},
		{"bad regex", map[string]string{"xx/a.yaml": "language: xx\nprocedures:\n  nouns:\n    - 'op(eration'\n"}, "xx/a.yaml:4: bad regex"},
		{"bad date regex", map[string]string{"xx/a.yaml": "language: xx\ndates:\n  - {regex: '{year}(', precision: year}\n"}, "xx/a.yaml:3: bad regex"},
		{"bad precision", map[string]string{"xx/a.yaml": "language: xx\ndates:\n  - {regex: '{year}', precision: week}\n"}, "xx/a.yaml:3: precision"},
		{"bad relative unit", map[string]string{"xx/a.yaml": "language: xx\nrelative_dates:\n  phrases:\n    - {unit: week, offset: -1, words: [last week]}\n"}, "xx/a.yaml:4: unit \"week\" is not year, month or day"},
		{"relative phrase without words", map[string]string{"xx/a.yaml": "language: xx\nrelative_dates:\n  phrases:\n    - {unit: year, offset: -1}\n"}, "xx/a.yaml:4: a relative phrase needs words"},
		{"relative template with a year", map[string]string{"xx/a.yaml": "language: xx\nrelative_dates:\n  templates:\n    - {regex: '{month} {year}', precision: month}\n"}, "xx/a.yaml:4: a relative template has no {year}"},
		{"relative template without a month", map[string]string{"xx/a.yaml": "language: xx\nrelative_dates:\n  templates:\n    - {regex: '{day}/{monthnum} last', precision: day}\n"}, "xx/a.yaml:4: a relative template needs {month}"},
		{"relative template precision", map[string]string{"xx/a.yaml": "language: xx\nrelative_dates:\n  templates:\n    - {regex: '{month} last', precision: year}\n"}, "xx/a.yaml:4: precision \"year\" is not day or month"},
		{"relative template without a day", map[string]string{"xx/a.yaml": "language: xx\nrelative_dates:\n  templates:\n    - {regex: '{month} last', precision: day}\n"}, "xx/a.yaml:4: precision day needs {day}"},
		{"bad relative regex", map[string]string{"xx/a.yaml": "language: xx\nrelative_dates:\n  templates:\n    - {regex: '{month} (last', precision: month}\n"}, "xx/a.yaml:4: bad regex"},
		{"key in two files", map[string]string{"xx/a.yaml": "language: xx\n", "xx/b.yaml": "language: yy\n"}, "xx/b.yaml: key \"language\" already set in xx/a.yaml"},
		{"unknown grammar", map[string]string{"xx/a.yaml": "language: xx\ninstitutions:\n  grammar: leftward\n"}, "xx/a.yaml:3: grammar \"leftward\" is not right, left or definite"},
		{"empty affix", map[string]string{"xx/a.yaml": "language: xx\ninstitutions:\n  definite:\n    prepositions: [\"\"]\n"}, "xx/a.yaml:4: an empty affix"},
		{"bad qualifier", map[string]string{"xx/a.yaml": "language: xx\nqualifiers:\n  about: [vers]\n  roughly: [vers]\n"}, "xx/a.yaml:4: qualifier \"roughly\" is not one of"},
		{"bad procedure type", map[string]string{"xx/a.yaml": "language: xx\nprocedures:\n  types:\n    - {type: surgery, words: [op]}\n    - {type: surgical, words: [chir]}\n"}, "xx/a.yaml:5: type \"surgical\" is not one of"},
		{"bad type regex", map[string]string{"xx/a.yaml": "language: xx\nprocedures:\n  types:\n    - {type: surgery, words: ['op(']}\n"}, "xx/a.yaml:4: bad regex"},
		{"bad organ", map[string]string{"xx/a.yaml": "language: xx\nprocedures:\n  types:\n    - {type: transplant, organ: kidny, words: [greffe]}\n"}, "xx/a.yaml:4: organ \"kidny\" is not one of"},
		{"bad trigger kind", map[string]string{"xx/a.yaml": "language: xx\ninstitutions:\n  triggers:\n    - kind: hospital\n      words: [hôpital]\n    - kind: hopsital\n      words: [clinique]\n"}, "xx/a.yaml:6: kind \"hopsital\" is not one of hospital, clinic"},
		{"nominative noun without its ending", map[string]string{"xx/a.yaml": "language: xx\ninstitutions:\n  nominative:\n    nouns:\n      - gender: f\n        endings: [{from: ы, to: а}]\n        words: [больница, центр]\n"}, "xx/a.yaml:5: institutions.nominative.nouns: центр does not end in а"},
		{"nominative form of two nouns", map[string]string{"xx/a.yaml": "language: xx\ninstitutions:\n  nominative:\n    nouns:\n      - gender: m\n        endings: [{from: а, to: \"\"}]\n        words: [центр]\n      - gender: f\n        words: [центра]\n"}, "xx/a.yaml:8: institutions.nominative.nouns: центра is a form of центр and of центра"},
		{"nominative adjectives of no noun's gender", map[string]string{"xx/a.yaml": "language: xx\ninstitutions:\n  nominative:\n    nouns:\n      - gender: f\n        words: [больница]\n    adjectives:\n      - gender: fem\n        endings: [{from: ой, to: ая}]\n"}, "xx/a.yaml:8: institutions.nominative.adjectives: gender fem is the gender of no noun"},
		{"nominative empty ending", map[string]string{"xx/a.yaml": "language: xx\ninstitutions:\n  nominative:\n    nouns:\n      - gender: f\n        endings: [{from: \"\", to: а}]\n        words: [больница]\n"}, "xx/a.yaml:5: institutions.nominative.nouns: an ending with an empty from"},
		{"empty folder", map[string]string{"xx/readme.txt": "nothing"}, "xx: no pattern files"},
		{"city without country", map[string]string{"geo/c.yaml": "cities:\n  - name: X\n    names: [X]\n"}, "geo/c.yaml:2: a city needs name and country"},
		{"place table without its header", map[string]string{"geo/c.yaml": "block: [x]\n", "geo/t.tsv": "# places\nname\tcountry\n"}, "geo/t.tsv:2: the first line is not the header"},
		{"place table row short", map[string]string{"geo/c.yaml": "block: [x]\n", "geo/t.tsv": GeoTSVHeader + "\nBouda\tDZ\t27.8\n"}, "geo/t.tsv:2: 3 fields, want 6"},
		{"place table coordinates", map[string]string{"geo/c.yaml": "block: [x]\n", "geo/t.tsv": GeoTSVHeader + "\nBouda\tDZ\t127.8\t0\t0\tBouda\n"}, "geo/t.tsv:2: bad coordinates"},
		{"place table id", map[string]string{"geo/c.yaml": "block: [x]\n", "geo/t.tsv": GeoTSVHeader + "\nBouda\tDZ\t27.8\t0\tx\tBouda\n"}, "geo/t.tsv:2: bad geonames_id"},
		{"place table country", map[string]string{"geo/c.yaml": "block: [x]\n", "geo/t.tsv": GeoTSVHeader + "\nBouda\tAlgeria\t27.8\t0\t0\tBouda\n"}, "geo/t.tsv:2: a city needs name and country"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for name, data := range tt.files {
				fsys[name] = &fstest.MapFile{Data: []byte(data)}
			}
			_, err := Load(fsys)
			if err == nil {
				t.Fatalf("Load succeeded, want error containing %q", tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
		})
	}
}

func TestPhrases(t *testing.T) {
	b, err := Load(Embedded())
	if err != nil {
		t.Fatal(err)
	}
	fr := b.Langs["fr"]
	for phrase, want := range map[string]string{"plus de": "more_than", "pas moins de": "at_least", "près de": "about", "moins de": "less_than"} {
		keys := lang.Keys(phrase)
		toks := tokens(append(keys, "10"))
		q, ok := fr.Qualifiers.Before(toks, len(toks)-1)
		if !ok || q.Value != want {
			t.Errorf("qualifier before 10 in %q = %q, %v; want %s", phrase, q.Value, ok, want)
		}
	}
}
