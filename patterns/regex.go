package patterns

import "gopkg.in/yaml.v3"

// Sourced is a scalar of a pack kept with where it was written (the loader
// sets File, decoding sets Line), so that an error about it names the file
// and the line: a regular expression that does not compile, a language code
// the detector does not know.
type Sourced struct {
	Src  string
	File string
	Line int
}

// Regex is a regular expression as written in a pack.
type Regex = Sourced

// IsoCode is a language code as written in a pack (`language`, `detect`,
// `guards`).
type IsoCode = Sourced

// UnmarshalYAML records the source line of the scalar.
func (s *Sourced) UnmarshalYAML(n *yaml.Node) error {
	s.Line = n.Line
	return n.Decode(&s.Src)
}

// errorf is an error about s, at its file and line.
func (s Sourced) errorf(msg string) error {
	return &Error{File: s.File, Line: s.Line, Msg: msg}
}
