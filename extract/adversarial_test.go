package extract

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"
)

// adversarial writes about size bytes of French text that floods one
// matcher: thousands of distinct dates, counts, institutions or places,
// the inputs that made a "keep" or merge step quadratic; for facts, all of
// them in one sentence.
func adversarial(matcher string, size int) string {
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		switch matcher {
		case "dates", "keep-dates":
			fmt.Fprintf(&b, "le %d octobre %d, le %02d/%02d/%d et en %d. ", i%28+1, 1950+i%70, i%28+1, i%12+1, 1950+i%70, 1950+(i+7)%70)
		case "procedures":
			fmt.Fprintf(&b, "%d opérations, entre %d et %d interventions et plus de %d greffes. ", i, i, i+5, i+1)
		case "institutions":
			fmt.Fprintf(&b, "l'hôpital %s, la clinique %s (C%s) et le CHU %s. ", fakeName(i), fakeName(i+1), strings.ToUpper(fakeName(i)[1:3]), fakeName(i+2))
		case "cities":
			fmt.Fprintf(&b, "à Oran, d'Annaba, à %s, puis à Constantine et à Sétif. ", fakeName(i))
		case "facts": // one endless sentence: every count, name, date and phrase in it
			fmt.Fprintf(&b, "le CHU %s a réalisé %d opérations en %d au niveau national, la clinique a pratiqué %d greffes à Oran depuis sa création, dont %d sur la même période, ",
				fakeName(i), i+10, 1950+i%70, i+11, i+3)
		}
	}
	return b.String()
}

// fakeName spells i as a capitalised five-letter word.
func fakeName(i int) string {
	var b strings.Builder
	b.WriteByte(byte('A' + i%26))
	for j := 0; j < 4; j++ {
		i /= 26
		b.WriteByte(byte('a' + i%26))
	}
	return b.String()
}

// matchers are the stages timed; "keep-dates" is the step that keeps the
// longest of overlapping dates alone, whose quadratic cost the regexes
// around it hid at these sizes.
var matchers = []string{"dates", "keep-dates", "procedures", "institutions", "cities", "facts"}

// runMatcher runs one matcher on a fresh document and returns the time it
// took (the document's normalization aside).
func runMatcher(e *Engine, matcher, text string) time.Duration {
	d := newDoc(e.bundle.Langs["fr"], text)
	if matcher == "facts" {
		counts, spans, counted := d.procedures()
		rec := empty("x")
		rec.Institutions, _ = d.institutions(e.gaz, counted)
		rec.Dates = d.dates(counted, nil, time.Time{})
		rec.Cities = d.cities(e.gaz, nil)
		start := time.Now()
		d.facts(counts, spans, &rec)
		return time.Since(start)
	}
	if matcher == "keep-dates" {
		hits := d.dateHits(nil)
		start := time.Now()
		d.keepDates(hits)
		return time.Since(start)
	}
	start := time.Now()
	switch matcher {
	case "dates":
		d.dates(nil, nil, time.Time{})
	case "procedures":
		d.procedures()
	case "institutions":
		d.institutions(e.gaz, nil)
	case "cities":
		d.cities(e.gaz, nil)
	}
	return time.Since(start)
}

// TestMatchersScaleLinearly runs each matcher on a flood of distinct items
// and on one eight times as long: linear work takes about 8x the time,
// quadratic work 64x. The bound (24x) leaves room for a noisy machine
// (garbage collection, caches, other jobs): the fastest of five runs is
// compared, and a ratio over the bound is measured once more.
func TestMatchersScaleLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	e := engine(t)
	fastest := func(matcher, text string) time.Duration {
		best := time.Duration(1 << 62)
		for range 5 {
			runtime.GC()
			best = min(best, runMatcher(e, matcher, text))
		}
		return best
	}
	for _, m := range matchers {
		t.Run(m, func(t *testing.T) {
			small, large := fastest(m, adversarial(m, 100_000)), fastest(m, adversarial(m, 800_000))
			ratio := float64(large) / float64(small)
			t.Logf("100 KB %v, 800 KB %v: x%.1f", small, large, ratio)
			if ratio > 24 { // measure again: a busy machine can stall one run
				small, large = fastest(m, adversarial(m, 100_000)), fastest(m, adversarial(m, 800_000))
				ratio = float64(large) / float64(small)
				t.Logf("again: 100 KB %v, 800 KB %v: x%.1f", small, large, ratio)
			}
			if ratio > 24 {
				t.Errorf("8x the input took %.1fx the time (%v -> %v): superlinear", ratio, small, large)
			}
		})
	}
}

// BenchmarkAdversarial is each matcher on 5 MB of distinct items.
func BenchmarkAdversarial(b *testing.B) {
	e := engine(b)
	for _, m := range matchers {
		text := adversarial(m, 5_000_000)
		b.Run(m, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				runMatcher(e, m, text)
			}
		})
	}
}
