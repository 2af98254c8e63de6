package lang

import (
	"fmt"
	"sync"

	"github.com/pemistahl/lingua-go"
)

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

// Detector wraps one shared lingua detector over the languages the packs
// name (see Spec). Models load lazily, only those of the scripts a text
// uses: a one-article run loads a third of them. Before sharing the
// detector between goroutines, call Warm, which loads every model
// (concurrent lazy loading races inside lingua).
type Detector struct {
	once     sync.Once
	warmOnce sync.Once
	d        lingua.LanguageDetector

	languages []lingua.Language
	// targets maps each pack's detector languages to the pack's code:
	// those win close calls against guards (see choice) and are reported
	// as the pack.
	targets map[lingua.Language]string
	warmUps []string
}

// NewDetector returns a detector over the packs' languages; models load
// on first use. It refuses an unknown ISO code, a language claimed by two
// packs and fewer than two languages in all (lingua needs two); the pack
// loader refuses them first, naming the file and line.
func NewDetector(specs []Spec) (*Detector, error) {
	d := &Detector{targets: map[lingua.Language]string{}}
	seen := map[lingua.Language]bool{}
	add := func(iso string) (lingua.Language, error) {
		l := language(iso)
		if l == lingua.Unknown {
			return l, fmt.Errorf("language %q: no detector model for this ISO 639-1 code", iso)
		}
		if !seen[l] {
			seen[l] = true
			d.languages = append(d.languages, l)
		}
		return l, nil
	}
	for _, s := range specs {
		for _, iso := range s.Detect {
			l, err := add(iso)
			if err != nil {
				return nil, err
			}
			if prev, ok := d.targets[l]; ok && prev != s.Code {
				return nil, fmt.Errorf("language %q is read by two packs, %s and %s", iso, prev, s.Code)
			}
			d.targets[l] = s.Code
		}
		if s.WarmUp != "" {
			d.warmUps = append(d.warmUps, s.WarmUp)
		}
	}
	for _, s := range specs {
		for _, iso := range s.Guards {
			if _, err := add(iso); err != nil {
				return nil, err
			}
		}
	}
	if len(d.languages) < 2 {
		return nil, fmt.Errorf("the detector needs two languages or more, the packs name %d", len(d.languages))
	}
	return d, nil
}

func (d *Detector) build() {
	d.once.Do(func() {
		d.d = lingua.NewLanguageDetectorBuilder().
			FromLanguages(d.languages...).
			WithLowAccuracyMode().
			Build()
	})
}

// Warm loads every model: each pack's warm-up sentence loads the models of
// its script. Call it once before sharing the detector.
func (d *Detector) Warm() {
	d.build()
	d.warmOnce.Do(func() {
		for _, w := range d.warmUps {
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
		if d.decided(votes, len(wins)) {
			break
		}
	}
	best, ok := d.majority(votes)
	if !ok {
		return Detection{Code: Undetermined}
	}
	code, ok := d.targets[best]
	if !ok {
		code = isoCode(best)
	}
	return Detection{Code: code, Confidence: round2(confidence(votes, best))}
}

// targetShare is the confidence at which a pack's language beats a guard.
const targetShare = 0.25

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }
