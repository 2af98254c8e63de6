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
