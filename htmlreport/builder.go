package htmlreport

import (
	"sort"
	"strconv"
	"strings"

	"github.com/newsx/newsx/extract"
)

// Builder gathers records and makes the page's Data.
type Builder struct {
	data     Data
	snippets map[Snippet]int
	facts    map[string]int // dedup key -> index in data.Facts
	factArts []map[int]bool // per fact: its articles
	insts    map[string]int // institution key -> index
	instArts []map[int]bool
	instCity []map[int]bool
	cities   map[string]int // name + country -> index
	cityArts []map[int]bool
}

// NewBuilder starts a page titled title.
func NewBuilder(title string) *Builder {
	return &Builder{
		data:     Data{Title: title, Years: map[string]ByType{}, Months: map[string]ByType{}, Periods: ByType{}, Undated: ByType{}, Unplaced: ByType{}},
		snippets: map[Snippet]int{}, facts: map[string]int{}, insts: map[string]int{}, cities: map[string]int{},
	}
}

// Add adds one record. text is its article's decoded text when withText
// (offsets index its code points); else facts show their matched words.
func (b *Builder) Add(r extract.Record, text string, withText bool) {
	art := len(b.data.Articles)
	b.data.Articles = append(b.data.Articles, ArticleJS{Source: r.Source, Language: r.Language, Date: r.Published, Title: r.Title, Text: withText})
	if withText {
		b.data.WithText = true
	}
	var runes []rune
	if withText && len(r.Procedures) > 0 {
		runes = []rune(text)
	}
	for _, p := range r.Procedures {
		ev := Snippet{Match: p.Text}
		if withText {
			ev = snippet(runes, p.Start, p.End, p.Text)
		}
		si, ok := b.snippets[ev]
		if !ok {
			si = len(b.data.Snippets)
			b.snippets[ev] = si
			b.data.Snippets = append(b.data.Snippets, [3]string{ev.Before, ev.Match, ev.After})
		}
		inst, city := b.institution(r, p.Institution), b.city(r, p.City)
		key := factKey(r, p, inst, b)
		fi, seen := b.facts[key]
		if !seen {
			fi = len(b.data.Facts)
			b.facts[key] = fi
			b.data.Facts = append(b.data.Facts, FactJS{Count: p.Count, CountMax: deref(p.CountMax), Qualifier: p.Qualifier,
				Type: deref(p.Type), Organ: deref(p.Organ), Inst: inst, City: city, When: deref(p.When)})
			b.factArts = append(b.factArts, map[int]bool{})
		}
		f := &b.data.Facts[fi]
		if !b.factArts[fi][art] {
			b.factArts[fi][art] = true
			f.Evidence = append(f.Evidence, [2]int{art, si})
		}
		if f.Inst >= 0 {
			b.instArts[f.Inst][art] = true
			if f.City >= 0 {
				b.instCity[f.Inst][f.City] = true
			}
		}
		if f.City >= 0 {
			b.cityArts[f.City][art] = true
		}
	}
}

// factKey is the dedup rule: the same institution key, type, organ,
// count (and range end) and when are one fact, whichever article says it.
// A fact that names no institution is only merged within its article.
func factKey(r extract.Record, p extract.Procedure, inst int, b *Builder) string {
	k := []string{"", deref(p.Type), deref(p.Organ), strconv.FormatInt(p.Count, 10), strconv.FormatInt(deref(p.CountMax), 10), deref(p.When)}
	if inst >= 0 {
		k[0] = "i:" + b.data.Insts[inst].Key
	} else {
		k[0] = "s:" + r.Source
	}
	return strings.Join(k, "\x00")
}

// institution returns the index of the record's institution named name,
// adding it on first sight; -1 for none.
func (b *Builder) institution(r extract.Record, name *string) int {
	if name == nil {
		return -1
	}
	key, kind := *name, ""
	for _, in := range r.Institutions {
		if in.Name == *name {
			key, kind = in.Key, in.Kind
			break
		}
	}
	if i, ok := b.insts[key]; ok {
		return i
	}
	i := len(b.data.Insts)
	b.insts[key] = i
	b.data.Insts = append(b.data.Insts, InstJS{Name: *name, Key: key, Kind: kind, Totals: ByType{}})
	b.instArts = append(b.instArts, map[int]bool{})
	b.instCity = append(b.instCity, map[int]bool{})
	return i
}

// city returns the index of the record's city named name; -1 for none or
// for a city without coordinates.
func (b *Builder) city(r extract.Record, name *string) int {
	if name == nil {
		return -1
	}
	for _, c := range r.Cities {
		if c.Name != *name {
			continue
		}
		key := c.Name + "\x00" + c.Country
		if i, ok := b.cities[key]; ok {
			return i
		}
		i := len(b.data.Cities)
		b.cities[key] = i
		b.data.Cities = append(b.data.Cities, CityJS{Name: c.Name, Country: c.Country, Lat: c.Lat, Lon: c.Lon, Totals: ByType{}})
		b.cityArts = append(b.cityArts, map[int]bool{})
		return i
	}
	return -1
}

// totalOf is what one fact adds to a total.
func totalOf(f FactJS) Total {
	t := Total{Min: f.Count, Max: f.Count, Facts: 1}
	switch f.Qualifier {
	case "range":
		if f.CountMax > f.Count {
			t.Max = f.CountMax
		}
	case "more_than", "at_least":
		t.Lower = true
	case "less_than", "at_most":
		t.Upper = true
	}
	return t
}

// Data totals every group and returns what the page shows.
func (b *Builder) Data() *Data {
	d := &b.data
	d.Dups = 0
	for i := range d.Insts {
		d.Insts[i].Totals = ByType{}
	}
	for i := range d.Cities {
		d.Cities[i].Totals = ByType{}
	}
	d.Years, d.Months, d.Periods, d.Undated, d.Unplaced = map[string]ByType{}, map[string]ByType{}, ByType{}, ByType{}, ByType{}
	types := map[string]bool{}
	for _, f := range d.Facts {
		t := totalOf(f)
		types[f.Type] = true
		if len(f.Evidence) > 1 {
			d.Dups++
		}
		if f.Inst >= 0 {
			d.Insts[f.Inst].Totals.add(f.Type, t)
		}
		if f.City >= 0 {
			d.Cities[f.City].Totals.add(f.Type, t)
		} else {
			d.Unplaced.add(f.Type, t)
		}
		switch {
		case f.When == "":
			d.Undated.add(f.Type, t)
		case strings.Contains(f.When, "/"):
			d.Periods.add(f.Type, t)
		default:
			y := f.When[:min(4, len(f.When))]
			if d.Years[y] == nil {
				d.Years[y] = ByType{}
			}
			d.Years[y].add(f.Type, t)
			if len(f.When) >= 7 {
				m := f.When[:7]
				if d.Months[m] == nil {
					d.Months[m] = ByType{}
				}
				d.Months[m].add(f.Type, t)
			}
		}
	}
	d.Types = d.Types[:0]
	for _, t := range TypeOrder {
		if types[t] {
			d.Types = append(d.Types, t)
			delete(types, t)
		}
	}
	var rest []string
	for t := range types {
		rest = append(rest, t)
	}
	sort.Strings(rest)
	d.Types = append(d.Types, rest...)
	for i := range d.Insts {
		d.Insts[i].Articles = len(b.instArts[i])
		d.Insts[i].Cities = sortedKeys(b.instCity[i])
	}
	for i := range d.Cities {
		d.Cities[i].Articles = len(b.cityArts[i])
	}
	return d
}

func sortedKeys(m map[int]bool) []int {
	out := make([]int, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Ints(out)
	return out
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}
