package patterns

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// The built-in tree: one folder per language and geo/, found by listing
// packs/, never by a list of codes.
//
//go:embed packs
var embedded embed.FS

// Embedded is the pattern tree compiled into the binary, the same shape as
// a --patterns folder: <code>/*.yaml per language and geo/*.yaml.
func Embedded() fs.FS {
	sub, err := fs.Sub(embedded, "packs")
	if err != nil {
		panic(err) // "packs" is a valid path: cannot happen
	}
	return sub
}

// Error is a pack error that names the file and line at fault.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

var yamlLine = regexp.MustCompile(`line (\d+): (.*)`)

// yamlError turns a yaml.v3 error into an Error naming file and line.
func yamlError(file string, err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	msg = strings.TrimPrefix(msg, "unmarshal errors:\n")
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		return &Error{File: file, Line: line, Msg: strings.TrimSpace(m[2])}
	}
	return &Error{File: file, Msg: strings.TrimSpace(msg)}
}

// decodeFile decodes one YAML file strictly: unknown keys are errors.
func decodeFile(fsys fs.FS, name string, v any) error {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return &Error{File: name, Msg: err.Error()}
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil && err.Error() != "EOF" {
		return yamlError(name, err)
	}
	return nil
}

// yamlFiles lists dir's *.yaml files in sorted order, but for its
// examples file, which is test data (examples.go).
func yamlFiles(fsys fs.FS, dir string) ([]string, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, &Error{File: dir, Msg: err.Error()}
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && e.Name() != ExamplesFile && (strings.HasSuffix(e.Name(), ".yaml") || strings.HasSuffix(e.Name(), ".yml")) {
			names = append(names, path.Join(dir, e.Name()))
		}
	}
	sort.Strings(names)
	return names, nil
}

// LoadPack reads every YAML file of a language folder and merges them. A key
// set in two files is an error.
func LoadPack(fsys fs.FS, dir string) (*Pack, error) {
	names, err := yamlFiles(fsys, dir)
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, &Error{File: dir, Msg: "no pattern files (*.yaml)"}
	}
	var out Pack
	owner := map[string]string{}
	for _, name := range names {
		var p Pack
		if err := decodeFile(fsys, name, &p); err != nil {
			return nil, err
		}
		p.setFile(name)
		if err := merge(&out, &p, name, owner); err != nil {
			return nil, err
		}
	}
	if out.Language.Src == "" {
		out.Language = IsoCode{Src: path.Base(dir), File: dir}
	}
	return &out, nil
}

// merge copies p's set fields into out, refusing a field set twice.
func merge(out, p *Pack, file string, owner map[string]string) error {
	ov, pv := reflect.ValueOf(out).Elem(), reflect.ValueOf(p).Elem()
	for i := 0; i < pv.NumField(); i++ {
		f := pv.Field(i)
		if f.IsZero() {
			continue
		}
		key := pv.Type().Field(i).Tag.Get("yaml")
		if prev, ok := owner[key]; ok {
			return &Error{File: file, Msg: fmt.Sprintf("key %q already set in %s", key, prev)}
		}
		owner[key] = file
		ov.Field(i).Set(f)
	}
	return nil
}

func (p *Pack) setFile(name string) {
	if p.Language.Src != "" {
		p.Language.File = name
	}
	for i := range p.Detect {
		p.Detect[i].File = name
	}
	for i := range p.Guards {
		p.Guards[i].File = name
	}
	for i := range p.Procedures.Nouns {
		p.Procedures.Nouns[i].File = name
	}
	for i := range p.Procedures.NotCounted {
		p.Procedures.NotCounted[i].File = name
	}
	for i := range p.Procedures.Heads {
		p.Procedures.Heads[i].File = name
	}
	for i := range p.Procedures.Types {
		for j := range p.Procedures.Types[i].Words {
			p.Procedures.Types[i].Words[j].File = name
		}
		for j := range p.Procedures.Types[i].Unless {
			p.Procedures.Types[i].Unless[j].File = name
		}
	}
	for i := range p.Dates {
		p.Dates[i].Regex.File = name
	}
	for i := range p.RelativeDates.Phrases {
		p.RelativeDates.Phrases[i].Unit.File = name
	}
	for i := range p.RelativeDates.Templates {
		p.RelativeDates.Templates[i].Regex.File = name
	}
	for _, list := range [][]Declension{p.Institutions.Nominative.Nouns, p.Institutions.Nominative.Adjectives} {
		for i := range list {
			list[i].Gender.File = name
		}
	}
}

// LoadGazetteer reads every YAML file of the geo folder, then its tables
// of places (geo/*.tsv).
func LoadGazetteer(fsys fs.FS, dir string) (*Gazetteer, error) {
	names, err := yamlFiles(fsys, dir)
	if err != nil {
		return nil, err
	}
	var out Gazetteer
	for _, name := range names {
		var g struct {
			Cities    []yaml.Node `yaml:"cities"`
			Countries []Country   `yaml:"countries"`
			Block     []string    `yaml:"block"`
		}
		if err := decodeFile(fsys, name, &g); err != nil {
			return nil, err
		}
		for _, n := range g.Cities {
			var c City
			if err := n.Decode(&c); err != nil {
				return nil, yamlError(name, err)
			}
			c.Line = n.Line
			if c.Name == "" || c.Country == "" {
				return nil, &Error{File: name, Line: n.Line, Msg: "a city needs name and country"}
			}
			out.Cities = append(out.Cities, c)
		}
		out.Countries = append(out.Countries, g.Countries...)
		out.Block = append(out.Block, g.Block...)
	}
	tsv, err := loadGeoTSV(fsys, dir)
	if err != nil {
		return nil, err
	}
	out.Cities = append(out.Cities, tsv...)
	return &out, nil
}
