package extract

import "sort"

// institution is the record's institution that performed the count at r,
// or -1. In the count's sentence: the nearest institution before it that
// performs procedures; else one after it said to have done or hosted them
// ("... ont été réalisées au CHU de Batna"); else a body of any kind
// before it, or after it with such a word (a fund credited with them:
// "financées par la Caisse"). Many bodies named by a plural before it
// ("les hôpitaux belges", "المؤسسات الاستشفائية") tie it to none, and so
// do a nationwide phrase and a figure that goes on from one tied to none.
// Else the article's main performer (named most often), else the nearest
// body named.
func (sc *scene) institution(r tokRange) int {
	s := sc.sent[r.start]
	k := sc.refBefore(r.start)
	here := func(j int) bool { return j >= 0 && j < len(sc.refs) && sc.sent[sc.refs[j].start] == s }
	c, many := sc.collectiveBefore(r.start)
	many = many && sc.sent[c] == s
	if j := sc.perfAtOrBefore(k); here(j) && !(many && sc.refs[j].start < c) {
		return sc.refs[j].inst
	}
	if j := sc.after(k+1, s, true); j >= 0 {
		return sc.refs[j].inst
	}
	if here(k) && !(many && sc.refs[k].start < c) {
		return sc.refs[k].inst
	}
	if j := sc.after(k+1, s, false); j >= 0 {
		return sc.refs[j].inst // "... ont été financées par la Caisse"
	}
	if many {
		return -1 // "les hôpitaux belges ont pratiqué mille prostatectomies"
	}
	if sc.nationwideFor(r) {
		return -1
	}
	if sc.prevSet && s-sc.prevSent <= inheritReach && sc.prevInst < 0 {
		return -1 // a figure that goes on from one tied to no institution
	}
	if sc.main >= 0 {
		return sc.main
	}
	for _, j := range []int{sc.perfAtOrBefore(k), sc.perfAtOrAfter(k + 1), k, k + 1} {
		if j >= 0 && j < len(sc.refs) {
			return sc.refs[j].inst
		}
	}
	return -1
}

// after is the first ref from k on in sentence s that a word of facts.by
// introduces (and that performs procedures, if perf), or -1.
func (sc *scene) after(k int, s int32, perf bool) int {
	for j := k; j < len(sc.refs) && j < k+searchReach && sc.sent[sc.refs[j].start] == s; j++ {
		if sc.refs[j].by && (sc.refs[j].performer || !perf) {
			return j
		}
	}
	return -1
}

// wide reports whether the count at r is the country's or many bodies':
// its sentence has a nationwide phrase, or a collective one before it.
func (sc *scene) wide(r tokRange) bool {
	if sc.nationwideFor(r) {
		return true
	}
	c, ok := sc.collectiveBefore(r.start)
	return ok && sc.sent[c] == sc.sent[r.start] && sc.alone(r, c)
}

// nationwideFor reports whether a nationwide phrase of the count's
// sentence is its own: no other count stands between them.
func (sc *scene) nationwideFor(r tokRange) bool {
	s := sc.sent[r.start]
	k := sort.SearchInts(sc.nationwide, r.start) // only the nearest on each side can be alone with it
	for _, j := range []int{k - 1, k} {
		if j >= 0 && j < len(sc.nationwide) && sc.sent[sc.nationwide[j]] == s && sc.alone(r, sc.nationwide[j]) {
			return true
		}
	}
	return false
}
