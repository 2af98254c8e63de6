package patterns

import "gopkg.in/yaml.v3"

// IsoCode is a language code as written in a pack (`language`, `detect`,
// `guards`), with where it was written so that a code the detector does
// not know can be refused naming the file and line.
type IsoCode struct {
	Src  string
	File string
	Line int
}

// UnmarshalYAML records the source line of the scalar.
func (c *IsoCode) UnmarshalYAML(n *yaml.Node) error {
	c.Line = n.Line
	return n.Decode(&c.Src)
}

func (c IsoCode) errorf(msg string) error {
	return &Error{File: c.File, Line: c.Line, Msg: msg}
}
