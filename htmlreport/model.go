package htmlreport

import "github.com/newsx/newsx/aggregate"

// The page's data, inlined as one JSON object. Keys are short because a
// page of 10,000 articles carries tens of thousands of facts; lists refer
// to one another by index.

// ByType is a group's totals per procedure type ("" for facts without a
// type), as package aggregate sums them (the totals of newsx stats): the
// page adds the types a reader keeps shown.
type ByType map[string]aggregate.Total

// Data is everything the page shows.
type Data struct {
	Title     string   `json:"title"`
	Generated string   `json:"generated"`
	Inputs    []string `json:"inputs"`
	// WithText: some articles were read (not only their records), so
	// their facts show the sentence around the matched words.
	WithText bool              `json:"withText"`
	Types    []string          `json:"types"` // procedure types present, in the order of FORMAT.md
	Articles []ArticleJS       `json:"articles"`
	Snippets [][3]string       `json:"snippets"` // before, match, after
	Facts    []FactJS          `json:"facts"`
	Insts    []InstJS          `json:"insts"`
	Cities   []CityJS          `json:"cities"`
	Years    map[string]ByType `json:"years"`    // "2023": totals of facts dated within that year
	Months   map[string]ByType `json:"months"`   // "2023-06": facts dated within that month
	Periods  ByType            `json:"periods"`  // facts over a longer interval (2014/2023, 2007/..): not added to one year
	Undated  ByType            `json:"undated"`  // facts the text ties to no date
	Unplaced ByType            `json:"unplaced"` // facts in no city
	NoInst   ByType            `json:"noInst"`   // facts of no institution
	All      ByType            `json:"all"`      // every fact
	// Dups: facts that more than one article reported, counted once.
	Dups int `json:"dups"`
}

// ArticleJS is one article: source, language, date ("" when unknown),
// title ("" when none), and whether its text was read.
type ArticleJS struct {
	Source   string `json:"s"`
	Language string `json:"l"`
	Date     string `json:"d,omitempty"`
	Title    string `json:"t,omitempty"`
	Text     bool   `json:"x,omitempty"`
}

// FactJS is one fact, counted once however many articles reported it
// (aggregate.Fact.Key): its values are those of the report that
// aggregate lets stand for it, its qualifier the most precise reported.
type FactJS struct {
	Count     int64  `json:"n"`
	CountMax  int64  `json:"x,omitempty"` // ranges only
	Qualifier string `json:"q"`
	Type      string `json:"t,omitempty"`
	Organ     string `json:"o,omitempty"`
	Inst      int    `json:"i"` // index in Insts, -1 for none
	City      int    `json:"c"` // index in Cities, -1 for none
	When      string `json:"w,omitempty"`
	// Evidence: [article index, snippet index], one per article reporting it.
	Evidence [][2]int `json:"e"`
}

// InstJS is one institution (by key), with its totals per type.
type InstJS struct {
	Name     string `json:"name"` // the name most reported for the key
	Key      string `json:"key"`
	Cities   []int  `json:"cities"` // indexes in Cities
	Articles int    `json:"articles"`
	Totals   ByType `json:"totals"`
}

// CityJS is one city (by name, as stats groups) where facts were placed.
type CityJS struct {
	Name     string  `json:"name"`
	Country  string  `json:"country"`
	Lat      float64 `json:"lat"`
	Lon      float64 `json:"lon"`
	Articles int     `json:"articles"`
	Totals   ByType  `json:"totals"`
}
