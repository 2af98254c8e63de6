package htmlreport

// The page's data, inlined as one JSON object. Keys are short because a
// page of 10,000 articles carries tens of thousands of facts; lists refer
// to one another by index.

// Total is a sum of counts at a given grouping: Min and Max differ when a
// range ("between 10 and 15") was added; Lower means some count was a lower
// bound ("more than 600"), so the true total may be higher; Upper, some
// count an upper bound ("up to 40"). Facts counts the facts summed.
type Total struct {
	Min   int64 `json:"n"`
	Max   int64 `json:"x"`
	Lower bool  `json:"l,omitempty"`
	Upper bool  `json:"u,omitempty"`
	Facts int   `json:"f"`
}

// Add adds o to t.
func (t *Total) Add(o Total) {
	t.Min += o.Min
	t.Max += o.Max
	t.Lower = t.Lower || o.Lower
	t.Upper = t.Upper || o.Upper
	t.Facts += o.Facts
}

// ByType is a total per procedure type ("" for facts without a type).
type ByType map[string]*Total

func (b ByType) add(typ string, t Total) {
	cur := b[typ]
	if cur == nil {
		cur = &Total{}
		b[typ] = cur
	}
	cur.Add(t)
}

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
	Years    map[string]ByType `json:"years"`   // "2023": totals of facts dated within that year
	Months   map[string]ByType `json:"months"`  // "2023-06": facts dated within that month
	Periods  ByType            `json:"periods"` // facts over an interval (2014/2023): not added to one year
	Undated  ByType            `json:"undated"` // facts the text ties to no date
	Unplaced ByType            `json:"unplaced"`
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

// FactJS is one fact, counted once however many articles reported it.
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
	Name     string `json:"name"`
	Key      string `json:"key"`
	Kind     string `json:"kind,omitempty"`
	Cities   []int  `json:"cities"` // indexes in Cities
	Articles int    `json:"articles"`
	Totals   ByType `json:"totals"`
}

// CityJS is one city where facts were placed.
type CityJS struct {
	Name     string  `json:"name"`
	Country  string  `json:"country"`
	Lat      float64 `json:"lat"`
	Lon      float64 `json:"lon"`
	Articles int     `json:"articles"`
	Totals   ByType  `json:"totals"`
}

// TypeOrder is FORMAT.md's list of procedure types, the legend's order.
var TypeOrder = []string{"transplant", "cardiac", "cesarean", "joint_replacement", "endoscopic", "surgery", "other"}
