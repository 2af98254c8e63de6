package extract

import (
	"strings"

	"github.com/newsx/newsx/lang"
)

// facts ties each count (procedures' mentions, in text order, with their
// tokens) to the institution that performed it, the city where and when,
// as FORMAT.md "Facts" defines, then merges the mentions of one fact. It
// reads what the other matchers put in the record (institutions, dates
// and cities with their evidence) and the pack's facts words; an article
// without counts costs nothing.
func (d *doc) facts(ps []Procedure, spans []tokRange, rec *Record) []Procedure {
	if len(ps) == 0 {
		return []Procedure{}
	}
	sc := d.scene(rec)
	sc.own(spans)
	repeat := make([]bool, len(ps))
	head := make([]bool, len(ps))
	for i := range ps {
		sc.count = i
		sc.inheritType(ps, spans, i)
		sc.attribute(&ps[i], spans[i])
		_, repeat[i] = d.l.Facts.Repeats.Before(d.toks, spans[i].start)
		head[i] = sc.inHeadline(spans[i].start)
	}
	return mergeFacts(ps, repeat, head)
}

// headlineWords caps the words of a first line read as a headline.
const headlineWords = 25

// inHeadline reports whether token j is on the article's first line and
// that line is a headline: a blank line follows it and it holds at most
// headlineWords words.
func (sc *scene) inHeadline(j int) bool {
	d := sc.d
	if sc.sent[j] != 0 {
		return false
	}
	if sc.headline == 0 {
		sc.headline = -1
		end := 0
		for end < len(d.toks) && sc.sent[end] == 0 {
			end++
		}
		if end < len(d.toks) && end <= 2*headlineWords && strings.Count(d.t.Norm[d.toks[end-1].End:d.toks[end].Start], "\n") >= 2 {
			words := 0
			for k := 0; k < end; k++ {
				if d.toks[k].Kind == lang.Word {
					words++
				}
			}
			if words <= headlineWords {
				sc.headline = 1
			}
		}
	}
	return sc.headline > 0
}

// attribute sets count p's institution, city and when. A plain operation
// at a specialised institution is of its specialty ("dix opérations" at
// the "clinique de chirurgie cardiaque": cardiac).
func (sc *scene) attribute(p *Procedure, r tokRange) {
	inst := sc.institution(r)
	if inst >= 0 {
		p.Institution = &sc.rec.Institutions[inst].Name
		if typeRank(p.Type) >= typeRank(&surgery) {
			if t, o := sc.instType(inst); typeRank(t) < typeRank(&surgery) {
				p.Type, p.Organ = t, o
			}
		}
	}
	if c := sc.city(r, inst); c >= 0 {
		p.City = &sc.rec.Cities[c].Name
	}
	p.When = sc.when(r)
	sc.prevWhen, sc.prevSent, sc.prevInst, sc.prevSet = p.When, sc.sent[r.start], inst, true
}
