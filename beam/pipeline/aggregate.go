package pipeline

import (
	"encoding/json"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/stats"
	"github.com/newsx/newsx/extract"
)

// Fact is one procedure count (interim, until the aggregate package).
type Fact struct {
	Group string
	Count int64
}

func factsOf(rec extract.Record) []Fact {
	var out []Fact
	for _, p := range rec.Procedures {
		inst, typ, when := "", "", ""
		if p.Institution != nil {
			inst = *p.Institution
		}
		if p.Type != nil {
			typ = *p.Type
		}
		if p.When != nil && len(*p.When) >= 4 {
			when = (*p.When)[:4]
		}
		out = append(out, Fact{Group: strings.Join([]string{inst, typ, when}, "\t"), Count: p.Count})
	}
	return out
}

func factKV(f Fact) (string, int64) { return f.Group, f.Count }

func aggregate(s beam.Scope, facts beam.PCollection) beam.PCollection {
	sums := stats.SumPerKey(s, beam.ParDo(s, factKV, facts))
	return beam.ParDo(s, sumJSON, sums)
}

func sumJSON(k string, v int64) (string, error) {
	b, err := json.Marshal(map[string]any{"group": k, "count": v})
	return string(b), err
}
