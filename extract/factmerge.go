package extract

import (
	"slices"

	"github.com/newsx/newsx/patterns"
)

// mergeFacts keeps one entry per fact, with every mention: an article
// repeats its figures ("dix opérations ... ces dix interventions"). Two
// mentions are one fact when their counts are equal and their type agrees,
// and their institution or their when (sameFact), an unknown one agreeing
// with any and plain
// "surgery" with a more precise type (a repeated figure may say more: "100
// عملية ... 100 عملية بالمنظار"). The same number for two different facts
// stays two entries; a figure said again ("ces dix interventions", repeat)
// is the latest fact of its count. A mention is compared with the latest entries of its
// count only (mergeWindow), so that a hostile text of one figure stays
// linear.
//
// A figure of the headline (head) said again in the text is tied to who,
// where and when by the text: the headline has no sentence around it.
func mergeFacts(ps []Procedure, repeat, head []bool) []Procedure {
	out := []Procedure{}
	byCount := map[[2]int64][]int{}
	headOnly := []bool{} // per entry: every mention so far is the headline's
	for i, p := range ps {
		k := countKey(p)
		idx := byCount[k]
		merged := false
		for n := len(idx) - 1; n >= 0 && n >= len(idx)-mergeWindow; n-- {
			fromHead := headOnly[idx[n]] && !head[i] && typesAgree(out[idx[n]].Type, p.Type)
			if repeat[i] || fromHead || sameFact(out[idx[n]], p) {
				if f := &out[idx[n]]; fromHead {
					f.Institution, f.City, f.When = p.Institution, p.City, p.When
				}
				headOnly[idx[n]] = headOnly[idx[n]] && head[i]
				absorb(&out[idx[n]], p)
				merged = true
				break
			}
		}
		if !merged {
			byCount[k] = append(idx, len(out))
			out = append(out, p)
			headOnly = append(headOnly, head[i])
		}
	}
	return out
}

const mergeWindow = 8

func countKey(p Procedure) [2]int64 {
	var hi int64 = -1
	if p.CountMax != nil {
		hi = *p.CountMax
	}
	return [2]int64{p.Count, hi}
}

// sameFact reports whether two mentions of one count agree: their types
// (and organs) do, and their institution or their when. A figure said in a
// headline and again in the text often gets a different date or body from
// its surroundings; two facts differ in what was done, or in both who and
// when.
func sameFact(a, b Procedure) bool {
	return typesAgree(a.Type, b.Type) && (a.Type == nil || b.Type == nil || *a.Type != "transplant" || agree(a.Organ, b.Organ)) &&
		(agree(a.Institution, b.Institution) || agree(a.When, b.When))
}

// agree: equal, or one unknown.
func agree(a, b *string) bool { return a == nil || b == nil || *a == *b }

// typesAgree: agree, or one is plain surgery and the other a kind of
// operation (any type listed before surgery; "other" is none).
func typesAgree(a, b *string) bool {
	if agree(a, b) {
		return true
	}
	s := typeRank(&surgery)
	return *a == surgery && typeRank(b) < s || *b == surgery && typeRank(a) < s
}

var surgery = "surgery"

// absorb adds mention p to fact f: its evidence, and what it says that f
// did not.
func absorb(f *Procedure, p Procedure) {
	f.Mentions = append(f.Mentions, p.Mentions...)
	if typeRank(p.Type) < typeRank(f.Type) {
		f.Type, f.Organ = p.Type, p.Organ
	} else if typeRank(p.Type) == typeRank(f.Type) && f.Organ == nil {
		f.Organ = p.Organ
	}
	if f.Qualifier == "exact" {
		f.Qualifier = p.Qualifier
	}
	if f.Institution == nil {
		f.Institution, f.City = p.Institution, p.City
	}
	if f.City == nil {
		f.City = p.City
	}
	if f.When == nil {
		f.When = p.When
	}
}

// typeRank orders types as the closed list does (the first that applies
// wins); no type comes last.
func typeRank(t *string) int {
	if t == nil {
		return len(patterns.ProcedureTypes)
	}
	return slices.Index(patterns.ProcedureTypes, *t)
}
