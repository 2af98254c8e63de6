package lang

import (
	"strings"
	"sync"

	"github.com/pemistahl/lingua-go"
)

// Target languages: the ones newsx has pattern packs for.
var Targets = []string{"fr", "ar", "ru"}

// guards are loaded beside the targets so that a text in another language is
// reported as such instead of being forced into the nearest target (with only
// fr/ar/ru loaded, any Latin-script text comes back French).
//
// Every guard costs time on each article and models at start (a
// one-article run loads every model of its script): the guards are the
// languages news from the region also comes in.
var guards = []lingua.Language{
	lingua.English, lingua.Spanish, lingua.Italian, lingua.Portuguese, lingua.German,
	lingua.Dutch, lingua.Turkish,
	lingua.Ukrainian, lingua.Belarusian, lingua.Bulgarian, lingua.Kazakh,
	lingua.Persian, lingua.Urdu,
}

// Undetermined is the ISO 639 code for a text whose language cannot be decided.
const Undetermined = "und"

// minLetters is the fewest letters a text needs for a decision.
const minLetters = 12

// Detection is a detector's verdict on one text.
type Detection struct {
	Code string // ISO 639-1, or "und"
	// Confidence is 0..1: the share of the sampled text that reads as
	// Code, the mean of lingua's value for Code over the windows read (see
	// confidence in vote.go). 0 with "und".
	Confidence float64
}

// Detector wraps one shared lingua detector. Models load lazily, only
// those of the scripts a text uses: a one-article run loads a third of
// them. Before sharing the detector between goroutines, call Warm, which
// loads every model (concurrent lazy loading races inside lingua).
type Detector struct {
	once     sync.Once
	warmOnce sync.Once
	d        lingua.LanguageDetector
}

// NewDetector returns a detector; models load on first use.
func NewDetector() *Detector { return &Detector{} }

func (d *Detector) build() {
	d.once.Do(func() {
		langs := append([]lingua.Language{lingua.French, lingua.Arabic, lingua.Russian}, guards...)
		d.d = lingua.NewLanguageDetectorBuilder().
			FromLanguages(langs...).
			WithLowAccuracyMode().
			Build()
	})
}

// warmers are texts in each script, to load every model at once.
var warmers = []string{
	"Les chirurgiens de l'hôpital ont réalisé dix opérations avec succès.",
	"Врачи областной больницы провели тринадцать сложных операций.",
	"أجرى الأطباء في المستشفى الجامعي خمس عمليات جراحية ناجحة.",
}

// Warm loads every model. Call it once before sharing the detector.
func (d *Detector) Warm() {
	d.build()
	d.warmOnce.Do(func() {
		for _, w := range warmers {
			d.d.ComputeLanguageConfidenceValues(w)
		}
	})
}

// Detect returns the language of text: the majority of the windows
// samples takes from it (see sample.go), with a confidence that says how
// much of the text reads as that language (see confidence).
func (d *Detector) Detect(text string) Detection {
	letters := sampleLetters(text)
	if letters < minLetters {
		return Detection{Code: Undetermined}
	}
	d.build()
	wins := samples(text, letters)
	// The first and last windows are read first: when they agree they
	// hold a majority and the middle one cannot change the answer, so a
	// clean article costs two detector calls; a header or footer in
	// another language makes them disagree and the middle one decides.
	votes := make([][]lingua.ConfidenceValue, 0, len(wins))
	for _, i := range readOrder(len(wins)) {
		votes = append(votes, d.d.ComputeLanguageConfidenceValues(wins[i]))
		if decided(votes, len(wins)) {
			break
		}
	}
	best, ok := majority(votes)
	if !ok {
		return Detection{Code: Undetermined}
	}
	code := strings.ToLower(best.IsoCode639_1().String())
	return Detection{Code: code, Confidence: round2(confidence(votes, best))}
}

// targetShare is the confidence at which a target language beats a guard.
const targetShare = 0.25

func isTarget(l lingua.Language) bool {
	return l == lingua.French || l == lingua.Arabic || l == lingua.Russian
}

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }
