package pipeline

import (
	"encoding/json"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/newsx/newsx/aggregate"
	"github.com/newsx/newsx/extract"
)

// factsOf is what one record adds to the aggregates: its facts, each
// dedup key once (aggregate.Distinct over aggregate.Flatten: the two calls
// Aggregator.Add makes), without the evidence the totals do not read
// (mentions and text), which would only weigh on the shuffle.
func factsOf(rec extract.Record) []aggregate.Fact {
	facts := aggregate.Distinct(aggregate.Flatten(rec))
	for i := range facts {
		facts[i].Mentions, facts[i].Text = nil, ""
	}
	return facts
}

// totals sums the facts with statsFn, a combiner over
// aggregate.Aggregator: each worker adds the facts of its bundles to its
// own partial aggregate, the partial aggregates are shipped encoded and
// merged (a fact reported in several articles, on several workers, is one
// fact), and the result is the rows of `newsx stats -f jsonl`, one string
// (no string when there is no row).
func totals(s beam.Scope, by []aggregate.Dim, filter aggregate.Filter, facts beam.PCollection) beam.PCollection {
	names := make([]string, len(by))
	for i, d := range by {
		names[i] = string(d)
	}
	rows := beam.Combine(s, &statsFn{By: names, Filter: filter}, facts)
	return beam.ParDo(s, nonEmpty, rows)
}

// statsFn is the CombineFn of the aggregates.
type statsFn struct {
	By     []string         `json:"by"` // aggregate.Dims
	Filter aggregate.Filter `json:"filter"`
}

func (fn *statsFn) CreateAccumulator() (*aggregate.Aggregator, error) {
	by := make([]aggregate.Dim, len(fn.By))
	for i, d := range fn.By {
		by[i] = aggregate.Dim(d)
	}
	return aggregate.New(by, fn.Filter)
}

func (fn *statsFn) AddInput(a *aggregate.Aggregator, f aggregate.Fact) *aggregate.Aggregator {
	a.AddFact(f)
	return a
}

func (fn *statsFn) MergeAccumulators(a, b *aggregate.Aggregator) (*aggregate.Aggregator, error) {
	return a, a.Merge(b)
}

// ExtractOutput writes the rows as `newsx stats -f jsonl` does: a row per
// line, <, > and & unescaped.
func (fn *statsFn) ExtractOutput(a *aggregate.Aggregator) (string, error) {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	for _, r := range a.Rows() {
		if err := enc.Encode(r); err != nil {
			return "", err
		}
	}
	return strings.TrimSuffix(b.String(), "\n"), nil
}

// encodeAggregator and decodeAggregator are the coder of the combiner's
// accumulator: the JSON the aggregate package gives it.
func encodeAggregator(a *aggregate.Aggregator) ([]byte, error) { return json.Marshal(a) }

func decodeAggregator(data []byte) (*aggregate.Aggregator, error) {
	a := &aggregate.Aggregator{}
	return a, json.Unmarshal(data, a)
}

func nonEmpty(s string, emit func(string)) {
	if s != "" {
		emit(s)
	}
}
