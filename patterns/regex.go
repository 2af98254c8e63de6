package patterns

import "gopkg.in/yaml.v3"

// Regex is a regular expression as written in a pack, with where it was
// written so that a compile error can name the file and line.
type Regex struct {
	Src  string
	File string
	Line int
}

// UnmarshalYAML records the source line of the scalar.
func (r *Regex) UnmarshalYAML(n *yaml.Node) error {
	r.Line = n.Line
	return n.Decode(&r.Src)
}
