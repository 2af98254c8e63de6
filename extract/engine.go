package extract

import (
	"sync"

	"github.com/newsx/newsx/lang"
	"github.com/newsx/newsx/patterns"
	"github.com/newsx/newsx/patterns/geonames"
)

// Engine extracts records with compiled packs. It is safe for concurrent
// use: everything it holds is read-only once built.
type Engine struct {
	bundle   *patterns.Bundle
	detector *lang.Detector

	gazOnce sync.Once
	gaz     *gazetteer
	gazErr  error
}

// New returns an engine over compiled packs and a shared detector.
func New(b *patterns.Bundle, det *lang.Detector) *Engine {
	return &Engine{bundle: b, detector: det}
}

// Warm loads the language models and the gazetteer before workers start.
func (e *Engine) Warm() error {
	e.detector.Warm()
	_, err := e.gazetteer()
	return err
}

// Ready loads what one goroutine needs up front and leaves the language
// models to load lazily: the fastest start for a single article.
func (e *Engine) Ready() error {
	_, err := e.gazetteer()
	return err
}

func (e *Engine) gazetteer() (*gazetteer, error) {
	e.gazOnce.Do(func() {
		countries, err := geonames.Countries()
		if err != nil {
			e.gazErr = err
			return
		}
		e.gaz = newGazetteer(geonames.EmbeddedIndex(), e.bundle.Gazetteer, countries)
	})
	return e.gaz, e.gazErr
}

// Detect returns the language of text.
func (e *Engine) Detect(text string) lang.Detection {
	return e.detector.Detect(text)
}
