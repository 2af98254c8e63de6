package extract

import (
	"sort"

	"github.com/newsx/newsx/lang"
	"github.com/newsx/newsx/patterns"
)

// scene is where a record's institutions, dates and cities stand in the
// article's tokens, read once for all its counts.
type scene struct {
	d    *doc
	rec  *Record
	sent []int32 // sentence of each token

	refs               []instRef          // named mentions and anaphors, by token
	prevPerf, nextPerf []int              // per ref: the nearest performer's ref at or before it, at or after it (-1: none)
	instCity           []int              // per institution: the city its name holds or is followed by, or -1
	instTypes          map[int][2]*string // per institution: the type its name gives, once read

	dates       []placedDate // date mentions, by token
	cities      []placedCity // city mentions, by token
	main        int          // the institution the article is about (mainPerformer), or -1
	articleCity int          // the city named most often where nobody came from and no other institution's name holds it, or -1
	dateline    int          // the city of a dateline ("ORAN -", "Москва, 5 мая"), or -1
	founding    int          // the date mention a founding phrase introduces ("créée en 2007"), or -1

	headline int8 // the first line is a headline: 1, not: -1, not read yet: 0

	count    int        // the count being read (facts' index)
	spans    []tokRange // every count's tokens
	marks    []int32    // clause marks (commas, colons) before each token
	prevWhen *string    // the when of the count before, and its sentence
	prevSent int32
	prevInst int  // the institution of the count before
	prevSet  bool // there is a count before

	nationwide    []int // tokens where a nationwide phrase starts
	sinceFounding []int // tokens where "depuis sa création" starts
	sinceThen     []int // tokens where "depuis lors" starts
	samePeriod    []int // tokens where "sur la même période" starts
	collective    []int // tokens where "les hôpitaux" starts
}

// instRef is a mention of institution inst at tokens [start, end), or an
// anaphor ("la clinique") that refers back to it.
type instRef struct {
	start, end int
	inst       int
	performer  bool
	anaphor    bool
	by         bool // after a word that says who did or hosted it ("au", "par", "في", a glued "ب")
}

// placedDate is a mention of rec.Dates[which] at tokens [start, end).
type placedDate struct {
	start, end, which int
	founded           bool   // introduced by a founding phrase
	compared          bool   // a point of comparison ("par rapport à 2022") or the day of a statement
	glue              string // a clitic glued before it ("و" of "ويونيو 2014")
	owner             int    // the count it belongs to (own), or -1
}

// placedCity is a mention of rec.Cities[which] at tokens [start, end).
type placedCity struct {
	start, end, which int
	at                bool // after a word that says where things were done
	away              bool // where people came from, or listed with such a city
	bound             int  // the institution whose name holds it or ends right before it, or -1
}

// searchReach bounds how many mentions on each side of a count are read
// for the nearest one, so that a hostile text stays linear.
const searchReach = 16

func (d *doc) scene(rec *Record) *scene {
	sc := &scene{d: d, rec: rec, sent: d.sentences(), dateline: -1, founding: -1, articleCity: -1, instTypes: map[int][2]*string{}}
	sc.placeInstitutions()
	sc.placeDates()
	sc.placeCities()
	f := &d.l.Facts
	for i := range d.toks {
		if d.toks[i].Kind != lang.Word {
			continue
		}
		if _, ok := f.Nationwide.At(d.toks, i); ok {
			sc.nationwide = append(sc.nationwide, i)
		}
		if _, ok := f.SinceFounding.At(d.toks, i); ok {
			sc.sinceFounding = append(sc.sinceFounding, i)
		}
		if _, ok := f.SinceThen.At(d.toks, i); ok {
			sc.sinceThen = append(sc.sinceThen, i)
		}
		if _, ok := f.SamePeriod.At(d.toks, i); ok {
			sc.samePeriod = append(sc.samePeriod, i)
		}
		if _, ok := f.Collective.At(d.toks, i); ok {
			sc.collective = append(sc.collective, i)
		}
	}
	return sc
}

func sortRefs(refs []instRef) {
	sort.SliceStable(refs, func(a, b int) bool { return refs[a].start < refs[b].start })
}

// placeDates places every date mention and finds the founding date.
func (sc *scene) placeDates() {
	d, f := sc.d, &sc.d.l.Facts
	for k, dt := range sc.rec.Dates {
		for _, m := range dt.Mentions {
			s, e := d.tokensOf(m)
			pd := placedDate{start: s, end: e, which: k, founded: sc.introduced(s, f.Founded), compared: sc.introduced(s, f.Compared, f.Stated) || sc.datesText(s, dt.Value)}
			if d.cpStart(s) < m.Start {
				pd.glue = lang.Key(d.gluedBefore(s, m.Start))
			}
			sc.dates = append(sc.dates, pd)
		}
	}
	sort.SliceStable(sc.dates, func(a, b int) bool { return sc.dates[a].start < sc.dates[b].start })
	for k, dt := range sc.dates {
		if dt.founded {
			sc.founding = k
			break
		}
	}
}

// datesText reports whether the date at token i is the one the text opens
// on as its publication date (" date 2025-12-07 ..."): the day the article
// appeared, not one its counts belong to.
func (sc *scene) datesText(i int, value string) bool {
	return i <= 1 && value == sc.rec.Published
}

// introduced reports whether a phrase of one of the lists stands before
// the date at token i, with or without fillers between ("تأسست سنة 2007",
// "créée en l'an 2007", "par rapport à l'année 2022").
func (sc *scene) introduced(i int, lists ...*patterns.Phrases) bool {
	for _, p := range lists {
		for _, j := range []int{i, sc.skipFillers(i)} {
			if _, ok := p.Before(sc.d.toks, j); ok {
				return true
			}
		}
	}
	return false
}

// placeCities places every city mention, tells where it stands (after a
// word of facts.at or facts.away, inside or right after an institution's
// name) and finds the dateline and each institution's city.
func (sc *scene) placeCities() {
	d := sc.d
	f := &d.l.Facts
	for k, c := range sc.rec.Cities {
		for _, m := range c.Mentions {
			s, e := d.tokensOf(m)
			pc := placedCity{start: s, end: e, which: k, bound: -1}
			if d.cpStart(s) < m.Start { // a clitic glued to the city: "بوهران"
				_, pc.at = f.At.Single(lang.Key(d.gluedBefore(s, m.Start)))
			} else {
				_, pc.at = f.At.Before(d.toks, s)
				_, pc.away = f.Away.Before(d.toks, s)
			}
			sc.cities = append(sc.cities, pc)
		}
	}
	sort.SliceStable(sc.cities, func(a, b int) bool { return sc.cities[a].start < sc.cities[b].start })
	for k := 1; k < len(sc.cities); k++ { // "из Алматы, Астаны и Тбилиси"
		if p, c := sc.cities[k-1], &sc.cities[k]; p.away && sc.listed(p.end, c.start) {
			c.away = true
		}
	}
	sc.instCity = make([]int, len(sc.rec.Institutions))
	for i := range sc.instCity {
		sc.instCity[i] = -1
	}
	free := make([]int, len(sc.rec.Cities))
	for k := range sc.cities {
		c := &sc.cities[k]
		if r := sc.refBefore(c.start + 1); r >= 0 && sc.refs[r].start <= c.start && c.start <= sc.refs[r].end+2 && !sc.refs[r].anaphor {
			c.bound = sc.refs[r].inst
			if sc.instCity[c.bound] < 0 {
				sc.instCity[c.bound] = c.which
			}
		}
		if !c.away && c.bound < 0 {
			free[c.which]++
			if sc.articleCity < 0 || free[c.which] > free[sc.articleCity] {
				sc.articleCity = c.which
			}
		}
		if sc.dateline < 0 && c.start < 200 && sc.d.lineBreakBefore(c.start) && sc.datelineEnd(c.end) {
			sc.dateline = c.which
		}
	}
}

// listed reports whether tokens [a, b) hold only a comma or a conjunction:
// the second city of a list.
func (sc *scene) listed(a, b int) bool {
	if b-a > 2 {
		return false
	}
	for j := a; j < b; j++ {
		t := sc.d.toks[j]
		if !(t.Kind == lang.Punct && t.Key == ",") && !sc.d.l.Inst.Conjunctions[t.Key] {
			return false
		}
	}
	return true
}

// datelineEnd reports whether a dash, colon or comma follows a city that
// opens a line: "ORAN -", "Москва, 5 мая".
func (sc *scene) datelineEnd(e int) bool {
	for _, p := range []string{"-", "–", "—", ":", ","} {
		if sc.d.punct(e, p) {
			return true
		}
	}
	return false
}

// refBefore is the last ref that starts before token i, or -1.
func (sc *scene) refBefore(i int) int {
	return sort.Search(len(sc.refs), func(k int) bool { return sc.refs[k].start >= i }) - 1
}

func (sc *scene) perfAtOrBefore(k int) int {
	if k < 0 || k >= len(sc.refs) {
		return -1
	}
	return sc.prevPerf[k]
}

func (sc *scene) perfAtOrAfter(k int) int {
	if k < 0 || k >= len(sc.refs) {
		return -1
	}
	return sc.nextPerf[k]
}

// phraseIn returns where a phrase of the list at (token positions,
// sorted) stands in sentence s.
func (sc *scene) phraseIn(at []int, s int32) (int, bool) {
	k := sort.Search(len(at), func(k int) bool { return sc.sent[at[k]] >= s })
	if k < len(at) && sc.sent[at[k]] == s {
		return at[k], true
	}
	return 0, false
}

// nearest is the item of a sorted list of n spans nearest to the count at
// r in its sentence that ok accepts, or -1; an item before wins a tie.
func (sc *scene) nearest(n int, span func(int) (int, int), r tokRange, ok func(int) bool) int {
	s := sc.sent[r.start]
	after := sort.Search(n, func(k int) bool { a, _ := span(k); return a >= r.start })
	best, dist := -1, 0
	for k := after - 1; k >= 0 && k >= after-searchReach; k-- {
		a, e := span(k)
		if sc.sent[a] != s {
			break
		}
		if ok(k) {
			best, dist = k, r.start-e
			break
		}
	}
	for k := after; k < n && k < after+searchReach; k++ {
		a, _ := span(k)
		if sc.sent[a] != s {
			break
		}
		if ok(k) {
			if best < 0 || a-r.end < dist {
				best = k
			}
			break
		}
	}
	return best
}

// nearestCity is the city of the count's sentence nearest to it that ok
// accepts, or -1.
func (sc *scene) nearestCity(r tokRange, ok func(placedCity) bool) int {
	k := sc.nearest(len(sc.cities), func(j int) (int, int) { return sc.cities[j].start, sc.cities[j].end }, r,
		func(j int) bool { return ok(sc.cities[j]) })
	if k < 0 {
		return -1
	}
	return sc.cities[k].which
}

// instType is the procedure type an institution's name gives ("clinique
// de chirurgie cardiaque": cardiac), read on its fullest mention.
func (sc *scene) instType(inst int) (typ, organ *string) {
	if t, ok := sc.instTypes[inst]; ok {
		return t[0], t[1]
	}
	defer func() { sc.instTypes[inst] = [2]*string{typ, organ} }()
	m := sc.rec.Institutions[inst].Mentions[0]
	for _, o := range sc.rec.Institutions[inst].Mentions[1:] { // the fullest: "EHS" says less than its name
		if o.End-o.Start > m.End-m.Start {
			m = o
		}
	}
	s, e := sc.d.tokensOf(m)
	var at []int
	for j := s; j < e; j++ {
		if sc.d.toks[j].Kind == lang.Word {
			at = append(at, j)
		}
	}
	return sc.d.typeAmong(at)
}

// clauseCost is what crossing a comma or a colon adds to the distance
// between a date and a count: "أكثر من مائة عملية منذ عام 2017، إلى جانب
// نحو ألف عملية" gives 2017 to the hundred, not the thousand.
const clauseCost = 12

// own gives each date mention to the count of its sentence it stands
// nearest to, a comma or a colon between them counting as clauseCost
// words, so that one date is not read for two counts ("X opérations en
// 2022 et Y en 2023").
func (sc *scene) own(spans []tokRange) {
	d := sc.d
	sc.spans = spans
	marks := make([]int32, len(d.toks)+1) // clause marks before each token
	sc.marks = marks
	for i, t := range d.toks {
		marks[i+1] = marks[i]
		if t.Kind == lang.Punct && (t.Key == "," || t.Key == "،" || t.Key == ":" || t.Key == "—" || t.Key == "–" || t.Key == "(" || t.Key == ")") {
			marks[i+1]++
		}
	}
	cost := func(a, b int) int { return b - a + clauseCost*int(marks[b]-marks[a]) }
	for j := range sc.dates {
		dt := &sc.dates[j]
		dt.owner = -1
		s := sc.sent[dt.start]
		best := 0
		after := sort.Search(len(spans), func(k int) bool { return spans[k].start >= dt.start })
		if k := after - 1; k >= 0 && sc.sent[spans[k].start] == s {
			dt.owner, best = k, cost(min(spans[k].end, dt.start), dt.start)
		}
		if k := after; k < len(spans) && sc.sent[spans[k].start] == s {
			if c := cost(dt.end, spans[k].start); dt.owner < 0 || c < best {
				dt.owner = k
			}
		}
	}
}

// alone reports whether no other count stands between the count at r and
// token p: a phrase there ("depuis sa création") is the count's.
func (sc *scene) alone(r tokRange, p int) bool {
	lo, hi := min(p, r.start), max(p, r.end)
	k := sort.Search(len(sc.spans), func(k int) bool { return sc.spans[k].start >= lo })
	for ; k < len(sc.spans) && sc.spans[k].start < hi; k++ {
		if sc.spans[k] != r {
			return false
		}
	}
	return true
}

// collectiveBefore returns the last "les hôpitaux" before token i.
func (sc *scene) collectiveBefore(i int) (int, bool) {
	k := sort.SearchInts(sc.collective, i) - 1
	if k < 0 {
		return 0, false
	}
	return sc.collective[k], true
}
