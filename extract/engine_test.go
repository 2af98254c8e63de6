package extract

import (
	"sync"
	"testing"

	"github.com/newsx/newsx/lang"
	"github.com/newsx/newsx/patterns"
)

var (
	testOnce   sync.Once
	testEngine *Engine
	testErr    error
)

// engine returns one engine over the embedded packs, shared by the tests.
func engine(t testing.TB) *Engine {
	t.Helper()
	testOnce.Do(func() {
		b, err := patterns.Load(patterns.Embedded())
		if err != nil {
			testErr = err
			return
		}
		det, err := lang.NewDetector(b.Languages)
		if err != nil {
			testErr = err
			return
		}
		testEngine = New(b, det)
		testErr = testEngine.Warm()
	})
	if testErr != nil {
		t.Fatal(testErr)
	}
	return testEngine
}

// docFor builds a doc of text in a given language, skipping detection.
func docFor(t testing.TB, code, text string) *doc {
	t.Helper()
	e := engine(t)
	d := newDoc(e.bundle.Langs[code], text)
	return d
}
