package score

import "github.com/newsx/newsx/extract"

// Fact is what a record's procedure says about its count: type, organ,
// institution (the name of one of the record's institutions), city (the
// name of one of its cities) and when. nil is null.
type Fact struct {
	Type, Organ, Institution, City, When *string
}

// recordFact reads a record procedure's fact: the one place to read them.
func recordFact(p extract.Procedure) Fact {
	return Fact{Type: p.Type, Organ: p.Organ, Institution: p.Institution, City: p.City, When: p.When}
}
