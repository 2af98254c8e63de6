package aggregate

import (
	"strings"

	"github.com/newsx/newsx/extract"
)

// Fact is one procedure count of one record, with what the record says
// about it resolved: the institution's key and name, the city's country
// and coordinates, the year and month of its date, and the evidence. An
// empty string is an unknown (null in the record).
type Fact struct {
	InstitutionKey string `json:"institution_key,omitempty"` // the record's institutions[] key, folded for joining across articles
	Institution    string `json:"institution,omitempty"`     // its name, as the record gives it
	Type           string `json:"type,omitempty"`            // transplant, cardiac, cesarean, ...
	Organ          string `json:"organ,omitempty"`           // transplants only
	City           string `json:"city,omitempty"`
	Country        string `json:"country,omitempty"` // ISO 3166-1 alpha-2 of the city
	// Lat and Lon are the city's coordinates; meaningful only with a City.
	Lat  float64 `json:"lat,omitempty"`
	Lon  float64 `json:"lon,omitempty"`
	When string  `json:"when,omitempty"` // ISO 8601 date or interval: "2023", "2024-06", "2014/2023", "2007/.."
	// Year and Month are the group values of When (see Dim): the calendar
	// year ("2023") or month ("2023-06") that holds it, or When itself
	// when it spans more ("2014/2023"; a "2023" count's Month is "2023").
	Year  string `json:"year,omitempty"`
	Month string `json:"month,omitempty"`

	Count     int64  `json:"count"`
	CountMax  int64  `json:"count_max,omitempty"` // a range's upper end, 0 otherwise
	Qualifier string `json:"qualifier"`           // exact, more_than, at_least, about, less_than, at_most, range

	// The article: its record's source, language and publication date.
	Source    string `json:"source"`
	Language  string `json:"language,omitempty"`
	Published string `json:"published,omitempty"`
	// Index is the count's position in the record's procedures[].
	Index int `json:"index"`
	// The evidence: the first mention (Text, Start, End, code points of
	// the article) and all of them.
	Text     string            `json:"text"`
	Start    int               `json:"start"`
	End      int               `json:"end"`
	Mentions []extract.Mention `json:"mentions,omitempty"`
}

// Flatten returns the facts of one record, one per procedures[] entry in
// its order. The institution and city are looked up by name among the
// record's institutions[] and cities[]; an institution the record does
// not list gets its name in lower case as key, a city no country.
func Flatten(rec extract.Record) []Fact {
	facts := make([]Fact, 0, len(rec.Procedures))
	for i, p := range rec.Procedures {
		f := Fact{
			Type: str(p.Type), Organ: str(p.Organ), Institution: str(p.Institution),
			City: str(p.City), When: str(p.When),
			Count: p.Count, Qualifier: p.Qualifier,
			Source: rec.Source, Language: rec.Language, Published: rec.Published,
			Index: i, Text: p.Text, Start: p.Start, End: p.End, Mentions: p.Mentions,
		}
		if p.CountMax != nil {
			f.CountMax = *p.CountMax
		}
		if f.Institution != "" {
			for _, in := range rec.Institutions {
				if in.Name == f.Institution {
					f.InstitutionKey = in.Key
					break
				}
			}
			if f.InstitutionKey == "" {
				f.InstitutionKey = strings.ToLower(f.Institution)
			}
		}
		if f.City != "" {
			for _, c := range rec.Cities {
				if c.Name == f.City {
					f.Country, f.Lat, f.Lon = c.Country, c.Lat, c.Lon
					break
				}
			}
		}
		f.Year, f.Month = periodValue(f.When, 4), periodValue(f.When, 7)
		facts = append(facts, f)
	}
	return facts
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
