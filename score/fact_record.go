package score

import "github.com/newsx/newsx/extract"

// Fact is what a record's procedure says about its count: type, organ,
// institution (the name of one of the record's institutions), city (the
// name of one of its cities) and when. nil is null.
type Fact struct {
	Type, Organ, Institution, City, When *string
}

// recordFact reads a record procedure's fact. Records carry no fact keys
// yet (issue 12), and a missing key is null: every attribute is nil until
// extract.Procedure gains them; then this is the one place to read them.
func recordFact(extract.Procedure) Fact { return Fact{} }
