package htmlreport

import (
	"regexp"
	"slices"

	"github.com/newsx/newsx/aggregate"
	"github.com/newsx/newsx/extract"
)

// Builder gathers records and makes the page's Data. Totals come from
// package aggregate, grouped as the page shows them (institution, city,
// year and month, each by type), so they are the totals of newsx stats;
// the Builder itself keeps each distinct fact's reports, for the evidence.
type Builder struct {
	data     Data
	aggs     map[string]*aggregate.Aggregator // by the dim grouped with type
	snippets map[Snippet]int
	facts    map[string]int // aggregate.Fact.Key -> index in reps
	reps     []factReports
}

// factReports is one distinct fact: the report standing for it and every
// article's evidence.
type factReports struct {
	rep      aggregate.Fact
	rank     uint64
	qual     string   // the most precise qualifier of its reports
	evidence [][2]int // article, snippet
}

// groupings are what the page totals, each by type too.
var groupings = []aggregate.Dim{aggregate.ByInstitution, aggregate.ByCity, aggregate.ByYear, aggregate.ByMonth, ""}

// NewBuilder starts a page titled title.
func NewBuilder(title string) *Builder {
	b := &Builder{data: Data{Title: title}, aggs: map[string]*aggregate.Aggregator{},
		snippets: map[Snippet]int{}, facts: map[string]int{}}
	for _, d := range groupings {
		by := []aggregate.Dim{aggregate.ByType}
		if d != "" {
			by = []aggregate.Dim{d, aggregate.ByType}
		}
		a, err := aggregate.New(by, aggregate.Filter{})
		if err != nil {
			panic(err) // fixed, valid dims
		}
		b.aggs[string(d)] = a
	}
	return b
}

// Add adds one record. text is its article's decoded text when withText
// (offsets index its code points); else facts show their matched words.
func (b *Builder) Add(r extract.Record, text string, withText bool) {
	for _, a := range b.aggs {
		a.Add(r)
	}
	art := len(b.data.Articles)
	b.data.Articles = append(b.data.Articles, ArticleJS{Source: r.Source, Language: r.Language, Date: r.Published, Title: r.Title, Text: withText})
	if withText {
		b.data.WithText = true
	}
	var runes []rune
	if withText && len(r.Procedures) > 0 {
		runes = []rune(text)
	}
	// a key twice in one record is one report, as aggregate counts it
	for _, f := range aggregate.Distinct(aggregate.Flatten(r)) {
		key := f.Key()
		ev := Snippet{Match: f.Text}
		if withText {
			ev = snippet(runes, f.Start, f.End, f.Text)
		}
		si, ok := b.snippets[ev]
		if !ok {
			si = len(b.data.Snippets)
			b.snippets[ev] = si
			b.data.Snippets = append(b.data.Snippets, [3]string{ev.Before, ev.Match, ev.After})
		}
		rk := f.Rank() // the report aggregate lets stand for the fact
		fi, ok := b.facts[key]
		if !ok {
			fi = len(b.reps)
			b.facts[key] = fi
			b.reps = append(b.reps, factReports{rep: f, rank: rk, qual: f.Qualifier})
		}
		fr := &b.reps[fi]
		if rk < fr.rank {
			fr.rep, fr.rank = f, rk
		}
		fr.qual = aggregate.PreferQualifier(fr.qual, f.Qualifier)
		fr.evidence = append(fr.evidence, [2]int{art, si})
	}
}

var (
	isYear  = regexp.MustCompile(`^\d{4}$`)
	isMonth = regexp.MustCompile(`^\d{4}-\d{2}$`)
)

// Data totals every group and returns what the page shows.
func (b *Builder) Data() *Data {
	d := &b.data
	// lists are never null in the JSON: an empty page draws as one
	d.Insts, d.Cities, d.Facts = []InstJS{}, []CityJS{}, make([]FactJS, 0, len(b.reps))
	if d.Articles == nil {
		d.Articles = []ArticleJS{}
	}
	if d.Snippets == nil {
		d.Snippets = [][3]string{}
	}
	if d.Inputs == nil {
		d.Inputs = []string{}
	}
	d.Years, d.Months = map[string]ByType{}, map[string]ByType{}
	d.Periods, d.Undated, d.Unplaced, d.NoInst, d.All = ByType{}, ByType{}, ByType{}, ByType{}, ByType{}
	add := func(m ByType, typ string, t aggregate.Total) {
		cur := m[typ]
		cur.Merge(t)
		m[typ] = cur
	}
	insts, cities := map[string]int{}, map[string]int{}
	for _, r := range b.aggs[string(aggregate.ByInstitution)].Rows() {
		key, typ := r.Values[0], r.Values[1]
		if key == "" {
			add(d.NoInst, typ, r.Total)
			continue
		}
		i, ok := insts[key]
		if !ok {
			i = len(d.Insts)
			insts[key] = i
			d.Insts = append(d.Insts, InstJS{Name: r.Institution, Key: key, Totals: ByType{}})
		}
		add(d.Insts[i].Totals, typ, r.Total)
	}
	for _, r := range b.aggs[string(aggregate.ByCity)].Rows() {
		name, typ := r.Values[0], r.Values[1]
		if name == "" {
			add(d.Unplaced, typ, r.Total)
			continue
		}
		i, ok := cities[name]
		if !ok {
			i = len(d.Cities)
			cities[name] = i
			d.Cities = append(d.Cities, CityJS{Name: name, Country: r.Country, Lat: r.Lat, Lon: r.Lon, Totals: ByType{}})
		}
		add(d.Cities[i].Totals, typ, r.Total)
	}
	for _, r := range b.aggs[string(aggregate.ByYear)].Rows() {
		year, typ := r.Values[0], r.Values[1]
		switch {
		case year == "":
			add(d.Undated, typ, r.Total)
		case isYear.MatchString(year):
			if d.Years[year] == nil {
				d.Years[year] = ByType{}
			}
			add(d.Years[year], typ, r.Total)
		default:
			add(d.Periods, typ, r.Total)
		}
	}
	for _, r := range b.aggs[string(aggregate.ByMonth)].Rows() {
		if month, typ := r.Values[0], r.Values[1]; isMonth.MatchString(month) {
			if d.Months[month] == nil {
				d.Months[month] = ByType{}
			}
			add(d.Months[month], typ, r.Total)
		}
	}
	types := map[string]bool{}
	for _, r := range b.aggs[""].Rows() {
		add(d.All, r.Values[0], r.Total)
		types[r.Values[0]] = true
	}
	d.Types = []string{}
	for _, t := range aggregate.Types {
		if types[t] {
			d.Types = append(d.Types, t)
		}
	}
	if types[""] {
		d.Types = append(d.Types, "")
	}
	instArts := make([]map[int]bool, len(d.Insts))
	instCities := make([]map[int]bool, len(d.Insts))
	cityArts := make([]map[int]bool, len(d.Cities))
	d.Dups = 0
	for _, fr := range b.reps {
		f := fr.rep
		fj := FactJS{Count: f.Count, CountMax: f.CountMax, Qualifier: f.Qualifier, Type: f.Type, Organ: f.Organ,
			Inst: -1, City: -1, When: f.When, Evidence: fr.evidence}
		fj.Qualifier = fr.qual
		if fj.Qualifier != aggregate.Range || fj.CountMax <= fj.Count {
			fj.CountMax = 0
		}
		if i, ok := insts[f.InstitutionKey]; ok {
			fj.Inst = i
		}
		if c, ok := cities[f.City]; ok {
			fj.City = c
		}
		if len(fr.evidence) > 1 {
			d.Dups++
		}
		for _, ev := range fr.evidence {
			if fj.Inst >= 0 {
				mark(&instArts[fj.Inst], ev[0])
			}
			if fj.City >= 0 {
				mark(&cityArts[fj.City], ev[0])
			}
		}
		if fj.Inst >= 0 && fj.City >= 0 {
			mark(&instCities[fj.Inst], fj.City)
		}
		d.Facts = append(d.Facts, fj)
	}
	for i := range d.Insts {
		d.Insts[i].Articles = len(instArts[i])
		d.Insts[i].Cities = sortedKeys(instCities[i])
	}
	for i := range d.Cities {
		d.Cities[i].Articles = len(cityArts[i])
	}
	return d
}

func mark(m *map[int]bool, k int) {
	if *m == nil {
		*m = map[int]bool{}
	}
	(*m)[k] = true
}

func sortedKeys(m map[int]bool) []int {
	out := make([]int, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
