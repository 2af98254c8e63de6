package pipeline

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsx/newsx/aggregate"
)

// checkStats compares the pipeline's aggregates with those of `newsx
// stats -f jsonl` (with flags) over the records of newsx extract: the
// same rows, at least minRows of them, in the same order, byte for byte.
func checkStats(t *testing.T, bin string, records, stats []string, minRows int, flags ...string) {
	t.Helper()
	in := filepath.Join(t.TempDir(), "records.jsonl")
	must(t, os.WriteFile(in, []byte(strings.Join(records, "\n")+"\n"), 0o644))
	var stdout, stderr bytes.Buffer
	c := exec.Command(bin, append(append([]string{"stats", "-q", "-f", "jsonl"}, flags...), in)...)
	c.Stdout, c.Stderr = &stdout, &stderr
	if err := c.Run(); err != nil {
		t.Fatalf("newsx stats: %v\n%s", err, stderr.String())
	}
	want := lines(stdout.String())
	if len(want) < minRows {
		t.Fatalf("newsx stats gave %d rows", len(want))
	}
	if strings.Join(stats, "\n") != strings.Join(want, "\n") {
		sameSet(t, "stats rows", stats, want)
		t.Errorf("stats: %d rows, newsx stats %d (or not in its order)", len(stats), len(want))
	}
}

// The combiner gives the same rows however the facts are split into
// partial aggregates, shipped through the accumulator's coder and merged:
// what a runner does with bundles on several workers.
func TestStatsFnMerges(t *testing.T) {
	eng, err := engineFor("")
	must(t, err)
	paths, err := filepath.Glob(filepath.Join(root(t), "testdata", "gold", "*", "*.txt"))
	must(t, err)
	var facts []aggregate.Fact
	for _, p := range paths {
		data, err := os.ReadFile(p)
		must(t, err)
		rec, err := eng.Extract(p, string(data))
		must(t, err)
		facts = append(facts, factsOf(rec)...)
	}
	// the first record's facts again, as if syndicated on another worker
	facts = append(facts, facts[:3]...)
	fn := &statsFn{By: []string{"institution", "type", "year"}}
	whole, err := fn.CreateAccumulator()
	must(t, err)
	for _, f := range facts {
		whole = fn.AddInput(whole, f)
	}
	want, err := fn.ExtractOutput(whole)
	must(t, err)
	if strings.Count(want, "\n") < 10 {
		t.Fatalf("%d rows only", strings.Count(want, "\n")+1)
	}
	var parts []*aggregate.Aggregator
	for i := 0; i < 3; i++ {
		a, err := fn.CreateAccumulator()
		must(t, err)
		for j := i; j < len(facts); j += 3 {
			a = fn.AddInput(a, facts[j])
		}
		data, err := encodeAggregator(a)
		must(t, err)
		b, err := decodeAggregator(data)
		must(t, err)
		parts = append(parts, b)
	}
	merged, err := fn.MergeAccumulators(parts[2], parts[0])
	must(t, err)
	merged, err = fn.MergeAccumulators(merged, parts[1])
	must(t, err)
	got, err := fn.ExtractOutput(merged)
	must(t, err)
	if got != want {
		t.Errorf("merged parts:\n%s\nall at once:\n%s", got, want)
	}
}
