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

// Extract builds the record of one article. A language without a pack gets
// its code and empty lists.
func (e *Engine) Extract(source, text string) (Record, error) {
	rec := empty(source)
	det := e.detector.Detect(text)
	rec.Language, rec.LanguageConfidence = det.Code, det.Confidence
	l, ok := e.bundle.Langs[det.Code]
	if !ok {
		return rec, nil
	}
	g, err := e.gazetteer()
	if err != nil {
		return rec, err
	}
	d := newDoc(l, text)
	if rec.ScannedTo = d.scannedTo(); rec.ScannedTo > 0 {
		rec.Truncated = true
	}
	d.fill(&rec, g)
	return rec, nil
}

// fill runs the matchers in their order, each taking what an earlier one
// found as an argument:
//
//  1. procedures, which returns the tokens its counts cover (counted);
//  2. institutions, which leaves the bytes of its mentions in d.names;
//  3. dates, which skips counted numbers ("2023 greffes" is no year) and
//     dates within names ("hôpital du 1er Novembre 1954" is a name);
//  4. cities, on their own.
func (d *doc) fill(rec *Record, g *gazetteer) {
	procedures, counted := d.procedures()
	rec.Procedures = procedures
	rec.Institutions = d.institutions(g)
	rec.Dates = d.dates(counted, d.names)
	rec.Cities = d.cities(g)
}
