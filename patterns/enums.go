package patterns

import (
	"fmt"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// Kinds are the institution kinds a trigger may give (the record's
// institutions[].kind; "organization" is kept for names known only by an
// acronym, which no trigger opens).
var Kinds = []string{"hospital", "clinic", "centre", "university", "institute", "fund", "group", "insurer"}

// QualifierNames are the qualifiers a count may carry (the record's
// procedures[].qualifier; "exact" and "range" come from the count itself).
var QualifierNames = []string{"exact", "more_than", "at_least", "about", "less_than", "at_most", "range"}

// Kind is a trigger's institution kind, checked against Kinds when the
// pack is read: a typo is refused with its line, never written to records.
type Kind string

// UnmarshalYAML reads a kind and refuses any other word; the loader adds
// the file to the line.
func (k *Kind) UnmarshalYAML(n *yaml.Node) error {
	var s string
	if err := n.Decode(&s); err != nil {
		return err
	}
	if !slices.Contains(Kinds, s) {
		return fmt.Errorf("line %d: kind %q is not one of %s", n.Line, s, strings.Join(Kinds, ", "))
	}
	*k = Kind(s)
	return nil
}

// UnmarshalYAML reads the qualifiers' phrases, refusing a qualifier that
// is not one of QualifierNames with the line of its key.
func (q *Qualifiers) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			key := n.Content[i]
			if !slices.Contains(QualifierNames, key.Value) {
				return fmt.Errorf("line %d: qualifier %q is not one of %s", key.Line, key.Value, strings.Join(QualifierNames, ", "))
			}
		}
	}
	var m map[string][]string
	if err := n.Decode(&m); err != nil {
		return err
	}
	*q = m
	return nil
}

// ProcedureTypes are the types a procedure may have (the record's
// procedures[].type), in the order that decides between two that apply:
// the first wins.
var ProcedureTypes = []string{"transplant", "cardiac", "cesarean", "joint_replacement", "endoscopic", "surgery", "other"}

// Organs are the organs a transplant may have (procedures[].organ).
var Organs = []string{"kidney", "liver", "heart", "lung", "pancreas", "cornea", "bone_marrow", "skin", "other"}

// ProcType is a type rule's type, checked against ProcedureTypes when the
// pack is read.
type ProcType string

// UnmarshalYAML reads a procedure type and refuses any other word.
func (t *ProcType) UnmarshalYAML(n *yaml.Node) error {
	if !slices.Contains(ProcedureTypes, n.Value) {
		return fmt.Errorf("line %d: type %q is not one of %s", n.Line, n.Value, strings.Join(ProcedureTypes, ", "))
	}
	*t = ProcType(n.Value)
	return nil
}

// Organ is a type rule's organ, checked against Organs when the pack is
// read.
type Organ string

// UnmarshalYAML reads an organ and refuses any other word.
func (o *Organ) UnmarshalYAML(n *yaml.Node) error {
	if !slices.Contains(Organs, n.Value) {
		return fmt.Errorf("line %d: organ %q is not one of %s", n.Line, n.Value, strings.Join(Organs, ", "))
	}
	*o = Organ(n.Value)
	return nil
}
