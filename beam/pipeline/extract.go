package pipeline

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"sync"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/newsx/newsx/aggregate"
	"github.com/newsx/newsx/extract"
	"github.com/newsx/newsx/lang"
	"github.com/newsx/newsx/patterns"
	"github.com/newsx/newsx/report"
	"github.com/newsx/newsx/source"
)

// extractFn runs the engine of `newsx extract` on each article. Setup
// takes the engine of its worker process: packs compiled and language
// models loaded once per process (engineFor), shared read-only by every
// DoFn instance and bundle, never per element.
type extractFn struct {
	Patterns string `json:"patterns"` // folder of packs on the workers; "" = built in

	eng *extract.Engine
}

func (fn *extractFn) Setup() error {
	eng, err := engineFor(fn.Patterns)
	fn.eng = eng
	return err
}

// ProcessElement writes the record's JSON exactly as `newsx extract -f
// jsonl` does (report's writer; the newline left to the file writer),
// and the record's facts for the aggregates.
func (fn *extractFn) ProcessElement(ctx context.Context, a source.Article, emit func(string), emitFacts func(aggregate.Fact), fail func(DeadLetter)) error {
	res, err := fn.eng.Process(extract.Article(a))
	if err != nil {
		fail(DeadLetter{Source: a.Source, Error: err.Error()})
		return nil
	}
	if res.Warning != "" {
		log.Warnf(ctx, "newsx: %s: warning: %s", a.Source, res.Warning)
	}
	var buf bytes.Buffer
	w, _ := report.New("jsonl", &buf)
	if err := w.Write(res.Record); err != nil {
		return fmt.Errorf("%s: %v", a.Source, err) // a record that cannot be encoded is a bug: fail the bundle
	}
	emit(string(bytes.TrimSuffix(buf.Bytes(), []byte("\n"))))
	for _, f := range factsOf(res.Record) {
		emitFacts(f)
	}
	return nil
}

// engines holds one engine per pattern folder in this process: a worker
// runs many DoFn instances (one per bundle thread), which share it.
var engines struct {
	sync.Mutex
	m map[string]*extract.Engine
}

// engineFor compiles the packs of dir (the built-in ones for "") and
// loads every language model, once per process, as `newsx extract` does
// before its workers start.
func engineFor(dir string) (*extract.Engine, error) {
	engines.Lock()
	defer engines.Unlock()
	if eng, ok := engines.m[dir]; ok {
		return eng, nil
	}
	fsys := patterns.Embedded()
	if dir != "" {
		info, err := os.Stat(dir)
		if err != nil {
			return nil, fmt.Errorf("--patterns: %v", err)
		}
		if !info.IsDir() {
			return nil, fmt.Errorf("--patterns %s: not a folder", dir)
		}
		fsys = os.DirFS(dir)
	}
	b, err := patterns.Load(fsys)
	if err != nil {
		return nil, fmt.Errorf("--patterns %s: %v", dir, err)
	}
	if len(b.Langs) == 0 {
		return nil, fmt.Errorf("--patterns %s: no pattern pack (a folder per language, like fr/)", dir)
	}
	det, err := lang.NewDetector(b.Languages)
	if err != nil {
		return nil, err
	}
	eng := extract.New(b, det)
	if err := eng.Warm(); err != nil {
		return nil, err
	}
	if engines.m == nil {
		engines.m = map[string]*extract.Engine{}
	}
	engines.m[dir] = eng
	return eng, nil
}
