package patterns

import (
	"errors"
	"io/fs"
	"path"

	"gopkg.in/yaml.v3"
)

// ExamplesFile is the file of a language folder that holds its examples:
// sentences and what the engine must extract from them, as gitleaks keeps
// true and false positives beside each rule. It is test data, never part
// of the pack: the loader skips it.
const ExamplesFile = "examples.yaml"

// Example is one sentence of an examples file and what it yields. A list
// asserts exactly its items, in order; an empty list asserts none; a
// missing key (nil) asserts nothing.
type Example struct {
	Text         string    `yaml:"text"`
	Procedures   *[]string `yaml:"procedures"`   // "10 exact", "4-5 range"
	Dates        *[]string `yaml:"dates"`        // ISO values: "2023-10-06", "2011-04"
	Cities       *[]string `yaml:"cities"`       // "Name/CC" as resolved: "Oran/DZ"
	Institutions *[]string `yaml:"institutions"` // names as reported
	// Published is the article's publication date (2024-05-02): relative
	// dates are resolved against it and listed as "2023 relative".
	Published string `yaml:"published"`
	// KnownBad says why the engine gets this example wrong today: the
	// lists hold the right answer, and the example is skipped until it
	// passes.
	KnownBad string `yaml:"known_bad"`
	Line     int    `yaml:"-"` // where the example opens in its file
}

// LoadExamples reads dir's examples file, strictly (an unknown key is an
// error naming file and line). A folder without one has no examples.
func LoadExamples(fsys fs.FS, dir string) ([]Example, error) {
	name := path.Join(dir, ExamplesFile)
	if _, err := fs.Stat(fsys, name); errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	var out []Example
	if err := decodeFile(fsys, name, &out); err != nil {
		return nil, err
	}
	var nodes []yaml.Node // the same list again, for the line of each item
	if err := decodeFile(fsys, name, &nodes); err != nil {
		return nil, err
	}
	for i := range out {
		out[i].Line = nodes[i].Line
		ex := out[i]
		if ex.Text == "" {
			return nil, &Error{File: name, Line: ex.Line, Msg: "an example needs text"}
		}
		if ex.Procedures == nil && ex.Dates == nil && ex.Cities == nil && ex.Institutions == nil {
			return nil, &Error{File: name, Line: ex.Line, Msg: "an example asserts nothing: give procedures, dates, cities or institutions"}
		}
	}
	return out, nil
}
