package extract

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
	for i := range ps {
		sc.count = i
		sc.inheritType(ps, spans, i)
		sc.attribute(&ps[i], spans[i])
		_, repeat[i] = d.l.Facts.Repeats.Before(d.toks, spans[i].start)
	}
	return mergeFacts(ps, repeat)
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
