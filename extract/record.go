package extract

// Record is everything extracted from one article. Field names are a
// contract: ../shared/gold/FORMAT.md scores them.
type Record struct {
	Source             string        `json:"source" yaml:"source"`
	Language           string        `json:"language" yaml:"language"`
	LanguageConfidence float64       `json:"language_confidence" yaml:"language_confidence"`
	Encoding           string        `json:"encoding,omitempty" yaml:"encoding,omitempty"`     // how the input was decoded
	Title              string        `json:"title,omitempty" yaml:"title,omitempty"`           // an HTML page's title
	Published          string        `json:"published,omitempty" yaml:"published,omitempty"`   // an HTML page's or JSONL record's date, or the date a text opens on
	Truncated          bool          `json:"truncated,omitempty" yaml:"truncated,omitempty"`   // cut to --max-bytes by --truncate, or matched up to ScannedTo only
	ScannedTo          int           `json:"scanned_to,omitempty" yaml:"scanned_to,omitempty"` // code point where matching stopped: the article holds over MaxTokens tokens
	Institutions       []Institution `json:"institutions" yaml:"institutions"`
	Procedures         []Procedure   `json:"procedures" yaml:"procedures"`
	Dates              []Date        `json:"dates" yaml:"dates"`
	Cities             []City        `json:"cities" yaml:"cities"`
}

// Mention is evidence: the text matched and its offsets in Unicode code
// points of the decoded article, so that text == article[start:end].
type Mention struct {
	Text  string `json:"text" yaml:"text"`
	Start int    `json:"start" yaml:"start"`
	End   int    `json:"end" yaml:"end"`
}

// Institution is one organisation, with every mention of it.
type Institution struct {
	Name     string    `json:"name" yaml:"name"`
	Key      string    `json:"key" yaml:"key"` // the name folded: the same in every article that names it
	Kind     string    `json:"kind" yaml:"kind"`
	Acronym  *string   `json:"acronym" yaml:"acronym"`
	Mentions []Mention `json:"mentions" yaml:"mentions"`
}

// Procedure is one count of procedures.
type Procedure struct {
	Count     int64   `json:"count" yaml:"count"`
	CountMax  *int64  `json:"count_max" yaml:"count_max"`
	Qualifier string  `json:"qualifier" yaml:"qualifier"`
	Procedure string  `json:"procedure" yaml:"procedure"`
	Type      *string `json:"type" yaml:"type"`   // the pack's procedures.types, or null
	Organ     *string `json:"organ" yaml:"organ"` // transplants only, else null
	// The fact: the name of the record's institution that performed them
	// (or is credited with them), the name of the record's city where,
	// and when (ISO 8601 date or interval "2014/2023", "2007/.."); each
	// null when the text does not say.
	Institution *string   `json:"institution" yaml:"institution"`
	City        *string   `json:"city" yaml:"city"`
	When        *string   `json:"when" yaml:"when"`
	Text        string    `json:"text" yaml:"text"`
	Start       int       `json:"start" yaml:"start"`
	End         int       `json:"end" yaml:"end"`
	Mentions    []Mention `json:"mentions" yaml:"mentions"`
}

// Date is one absolute date, ISO 8601 at the precision the text states.
type Date struct {
	Value    string    `json:"value" yaml:"value"`
	Text     string    `json:"text" yaml:"text"`
	Start    int       `json:"start" yaml:"start"`
	End      int       `json:"end" yaml:"end"`
	Mentions []Mention `json:"mentions" yaml:"mentions"`
	// Relative: resolved against the publication date ("l'an dernier"),
	// never stated outright by any of its mentions.
	Relative bool `json:"relative,omitempty" yaml:"relative,omitempty"`
}

// City is one place, resolved in the gazetteer.
type City struct {
	Name       string    `json:"name" yaml:"name"`
	Country    string    `json:"country" yaml:"country"`
	Lat        float64   `json:"lat" yaml:"lat"`
	Lon        float64   `json:"lon" yaml:"lon"`
	GeonamesID int       `json:"geonames_id,omitempty" yaml:"geonames_id,omitempty"`
	Mentions   []Mention `json:"mentions" yaml:"mentions"`
}

// empty returns a record with empty (not null) lists.
func empty(source string) Record {
	return Record{Source: source, Institutions: []Institution{}, Procedures: []Procedure{},
		Dates: []Date{}, Cities: []City{}}
}
