package extract

import "github.com/newsx/newsx/lang"

// deptReach is how many words a department may stand before the name of
// its institution: "le service de chirurgie pédiatrique de l'hôpital X".
const deptReach = 10

// placeInstitutions places every mention of the record's institutions,
// then the words that refer back to one:
//   - a trigger noun named no further, after a word of facts.anaphors (or
//     any, with bare_anaphors): the last institution of its kind ("la
//     clinique", "المؤسسة", "в центре");
//   - a department named no further ("le service", "المصلحة"): the
//     institution of the last department named with one;
//   - a team (facts.teams: "l'équipe médicale", "الطاقم الطبي", "хирурги"):
//     the last institution named that performs procedures.
func (sc *scene) placeInstitutions() {
	d := sc.d
	f := &d.l.Facts
	named := make([]bool, len(d.toks)+1)
	for i, inst := range sc.rec.Institutions {
		perf := f.Performers[inst.Kind]
		for _, m := range inst.Mentions {
			s, e := d.tokensOf(m)
			if _, src := f.Sources.Before(d.toks, s); src {
				for k := s; k < e; k++ {
					named[k] = true // "по данным Минздрава": a source, not who did it
				}
				continue
			}
			sc.refs = append(sc.refs, instRef{start: s, end: e, inst: i, performer: perf, by: sc.marked(s, m.Start)})
			for k := s; k < e; k++ {
				named[k] = true
			}
		}
	}
	sortRefs(sc.refs)
	sc.main = sc.mainPerformer()
	var more []instRef
	refer := func(i, n int, c clitic, r instRef) {
		by := sc.byBefore(i) || c.from != "" && sc.byGlued(c.from)
		more = append(more, instRef{start: i, end: i + n, inst: r.inst, performer: r.performer, anaphor: true, by: by})
	}
	last := map[string]instRef{} // the named ref of each kind before token i named most often so far, the latest of equals
	seen := make([]int, len(sc.rec.Institutions))
	var lastPerf, lastDept *instRef
	next := 0
	for i := 0; i < len(d.toks); i++ {
		for ; next < len(sc.refs) && sc.refs[next].start < i; next++ {
			r := sc.refs[next]
			seen[r.inst]++
			kind := sc.rec.Institutions[r.inst].Kind
			if l, ok := last[kind]; !ok || seen[r.inst] >= seen[l.inst] {
				last[kind] = r
			}
			if r.performer {
				lastPerf = &sc.refs[next]
			}
		}
		if named[i] || d.toks[i].Kind != lang.Word {
			continue
		}
		det := func() bool {
			_, ok := f.Anaphors.Before(d.toks, i)
			return ok || f.BareAnaphors
		}
		if ph, cut, ok := d.phraseAt(d.l.Inst.Departments, i); ok {
			end := i + len(ph.Keys)
			if next < len(sc.refs) && sc.refs[next].start-end <= deptReach && sc.sent[sc.refs[next].start] == sc.sent[i] {
				lastDept = &sc.refs[next]
			} else if lastDept != nil && det() {
				refer(i, len(ph.Keys), cut, *lastDept)
			}
			i = end - 1
			continue
		}
		if ph, cut, ok := d.phraseAt(f.Teams, i); ok {
			if lastPerf != nil {
				refer(i, len(ph.Keys), cut, *lastPerf)
			}
			i += len(ph.Keys) - 1
			continue
		}
		if ph, cut, ok := d.phraseAt(d.l.Inst.Triggers, i); ok {
			if r, ok := last[ph.Value]; ok && det() {
				refer(i, len(ph.Keys), cut, r)
			}
			i += len(ph.Keys) - 1
		}
	}
	sc.refs = append(sc.refs, more...)
	sortRefs(sc.refs)
	n := len(sc.refs)
	sc.prevPerf, sc.nextPerf = make([]int, n), make([]int, n)
	prev := -1
	for k, r := range sc.refs {
		if r.performer {
			prev = k
		}
		sc.prevPerf[k] = prev
	}
	prev = -1
	for k := n - 1; k >= 0; k-- {
		if sc.refs[k].performer {
			prev = k
		}
		sc.nextPerf[k] = prev
	}
}

// marked reports whether a word of facts.by stands before a mention that
// starts at token s, code point cp: before the token, or glued to it.
func (sc *scene) marked(s, cp int) bool {
	if sc.d.cpStart(s) < cp {
		return sc.byGlued(sc.d.gluedBefore(s, cp))
	}
	return sc.byBefore(s)
}

func (sc *scene) byBefore(i int) bool {
	_, ok := sc.d.l.Facts.By.Before(sc.d.toks, i)
	return ok
}

func (sc *scene) byGlued(clitic string) bool {
	_, ok := sc.d.l.Facts.By.Single(lang.Key(clitic))
	return ok
}

// mainPerformer is the institution the article is about, among those that
// perform procedures: the one named most often, the first named of equals;
// or -1.
func (sc *scene) mainPerformer() int {
	n := make([]int, len(sc.rec.Institutions))
	main := -1
	for _, r := range sc.refs {
		if r.performer {
			n[r.inst]++
			if main < 0 || n[r.inst] > n[main] {
				main = r.inst
			}
		}
	}
	return main
}
