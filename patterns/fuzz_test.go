package patterns

import (
	"testing"
	"testing/fstest"
)

// FuzzLoad feeds arbitrary YAML to the pack loader and compiler: a bad pack
// must give an error, never a panic.
func FuzzLoad(f *testing.F) {
	for _, s := range []string{
		"language: xx\nnumbers:\n  words:\n    - {value: 1, words: [un]}\n",
		"procedures:\n  nouns: ['op(']\n",
		"dates:\n  - {regex: '{day} {month} {year}', precision: day}\nmonths:\n  - {number: 1, words: [janvier]}\n",
		"qualifiers:\n  about: [environ]\n",
		"language: es\ndetect: [es, qq]\nguards: [en]\nwarm_up: Los cirujanos\n",
		"detect: es\nguards: {a: b}\nwarm_up: [x]\n",
		"institutions:\n  grammar: leftward\n", "institutions:\n  grammar: [left]\n",
		"institutions:\n  grammar: definite\n  definite:\n    article: \"\u0640\"\n    prepositions: [\"\", x]\n",
		"[", "cities: 3",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data string) {
		fsys := fstest.MapFS{
			"xx/a.yaml":  &fstest.MapFile{Data: []byte(data)},
			"geo/a.yaml": &fstest.MapFile{Data: []byte(data)},
		}
		_, _ = Load(fsys)
	})
}

// FuzzGeoTSV: a table of places (geo/*.tsv) never panics, and every city
// it reads has a name, a country and coordinates in range.
func FuzzGeoTSV(f *testing.F) {
	for _, s := range []string{
		GeoTSVHeader + "\nBouda\tDZ\t27.8743\t-0.2939\t0\tBouda|بودة\n",
		"# c\n" + GeoTSVHeader + "\r\nA\tDZ\t0\t0\t12\t\n",
		GeoTSVHeader + "\nA\tDZ\tNaN\t0\t0\tA\n", "", "\t\t\t",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data string) {
		cities, err := parseGeoTSV("t.tsv", data)
		if err != nil {
			return
		}
		for _, c := range cities {
			if c.Name == "" || len(c.Country) != 2 || !(c.Lat >= -90 && c.Lat <= 90 && c.Lon >= -180 && c.Lon <= 180) {
				t.Fatalf("%q: city %+v", data, c)
			}
		}
	})
}
