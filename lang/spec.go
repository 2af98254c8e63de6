package lang

import (
	"strings"

	"github.com/pemistahl/lingua-go"
)

// Spec is what one pattern pack tells the detector (its lang.yaml, see
// patterns/README.md). The detector loads the Detect languages of every
// pack and the union of their Guards, and holds no list of its own.
type Spec struct {
	// Code is the pack's language, reported for a text in any of Detect.
	Code string
	// Detect are the ISO 639-1 codes of the detector languages read as
	// Code (lingua's codes: "fr", "es", "pl").
	Detect []string
	// Guards are ISO 639-1 codes loaded beside the packs' languages so
	// that a text in one is reported as itself (an English text as "en")
	// instead of being forced into the nearest pack. A guard that is also
	// some pack's Detect language is that pack's.
	Guards []string
	// WarmUp is a sentence in the pack's language. Warm reads it to load
	// the models of its script (every loaded language written in it)
	// before workers share the detector.
	WarmUp string
}

// Known reports whether the detector has a model for an ISO 639-1 code,
// so that a pack naming it can be read as itself.
func Known(iso string) bool { return language(iso) != lingua.Unknown }

// language is lingua's language for an ISO 639-1 code, or lingua.Unknown.
func language(iso string) lingua.Language {
	code := lingua.GetIsoCode639_1FromValue(strings.TrimSpace(iso))
	if code == lingua.UnknownIsoCode639_1 {
		return lingua.Unknown
	}
	return lingua.GetLanguageFromIsoCode639_1(code)
}

// isoCode is the code a guard language is reported as.
func isoCode(l lingua.Language) string {
	return strings.ToLower(l.IsoCode639_1().String())
}
