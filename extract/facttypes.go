package extract

// inheritType gives count i the type of the counts before it where its
// own words say less: a part or a comparison ("таких операций", "من هذا
// المجموع", "dont 12", "contre 650") takes the procedures of the latest
// precise count before it, and a transplant without an organ the organ of
// the transplant count just before it ("12 greffes rénales ... dont 5
// greffes à partir de donneurs vivants"), within inheritReach; a bare
// count goes on with the precise count before it (continues). A count a
// list word adds ("ainsi que", facts.besides) keeps its own words.
func (sc *scene) inheritType(ps []Procedure, spans []tokRange, i int) {
	near := func(j int) bool { return sc.sent[spans[i].start]-sc.sent[spans[j].start] <= inheritReach }
	if _, ok := sc.d.l.Facts.Besides.Before(sc.d.toks, spans[i].start); ok {
		return // "ainsi que 300 opérations": another item of a list
	}
	if typeRank(ps[i].Type) >= typeRank(&surgery) && (sc.sameKind(spans[i]) || sc.subset(spans[i])) ||
		i > 0 && sc.continues(ps, spans, i) {
		for j := i - 1; j >= 0 && near(j); j-- {
			if typeRank(ps[j].Type) < typeRank(&surgery) {
				ps[i].Type, ps[i].Organ = ps[j].Type, ps[j].Organ
				break
			}
		}
	}
	if i > 0 && isTransplant(ps[i].Type) && ps[i].Organ == nil && isTransplant(ps[i-1].Type) && ps[i-1].Organ != nil && near(i-1) &&
		!sc.manyOrgans(spans[i]) {
		ps[i].Organ = ps[i-1].Organ
	}
}

// sameKind reports whether a word of facts.same_kind stands around the
// count at r: from three words before it to three after.
func (sc *scene) sameKind(r tokRange) bool {
	for j := max(r.start-3, 0); j < r.end+3 && j < len(sc.d.toks); j++ {
		if _, ok := sc.d.l.Facts.SameKind.At(sc.d.toks, j); ok {
			return true
		}
	}
	return false
}

// manyOrgans reports whether a word of facts.many_organs follows the
// count at r within three words ("двести пятьдесят пересадок различных
// органов").
func (sc *scene) manyOrgans(r tokRange) bool {
	for j := r.end; j < r.end+3 && j < len(sc.d.toks); j++ {
		if _, ok := sc.d.l.Facts.ManyOrgans.At(sc.d.toks, j); ok {
			return true
		}
	}
	return false
}

// subset reports whether a subset word ("dont", "из них", "منها") stands
// right before the count at r, or one word before it.
func (sc *scene) subset(r tokRange) bool {
	for j := r.start; j >= 0 && j >= r.start-1; j-- {
		if _, ok := sc.d.l.Proc.Subsets.Before(sc.d.toks, j); ok {
			return true
		}
	}
	return false
}

func isTransplant(t *string) bool { return t != nil && *t == "transplant" }

// continues reports whether count i goes on with the kind of the count
// before it: its words are one generic noun ("58 عملية", "14 عملية") and
// it follows a precise count in the same sentence with no other procedure
// named between them, or only procedures of that count's type ("4 عمليات
// زرع كلى ... عدد عمليات الزرع ... 37 عملية").
func (sc *scene) continues(ps []Procedure, spans []tokRange, i int) bool {
	d, prev := sc.d, ps[i-1]
	if ps[i].Type == nil || *ps[i].Type != surgery || typeRank(prev.Type) >= typeRank(&surgery) ||
		sc.sent[spans[i].start] != sc.sent[spans[i-1].start] {
		return false
	}
	if t, _ := d.typeAfter(spans[i].end); t != nil {
		return false // "5 عمليات جراحية": surgery said outright
	}
	for k := spans[i-1].end; k < spans[i].start; k++ {
		if d.procNounAt(k) {
			if t, _ := d.typeAfter(k); t == nil || *t != *prev.Type {
				return false
			}
		}
	}
	return true
}
