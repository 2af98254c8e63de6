package extract

import (
	"runtime"
	"strings"
	"testing"
)

// TestPunctuationMemory extracts from texts made of punctuation, the input
// that once cost 200 bytes of memory per byte of text (10 MB of "-" peaked
// at 2.1 GB): runs of marks are one token past a few, and an article holds
// at most MaxTokens tokens, so what one article allocates stays within a
// small multiple of its size.
func TestPunctuationMemory(t *testing.T) {
	e := engine(t)
	const size = 4 << 20
	for _, unit := range []string{"-", "/", ".", "(", "- ", "&amp;", "،", "—"} {
		// French at both ends, so that the detector's windows read French
		text := "Les chirurgiens de l'hôpital ont réalisé dix opérations. " + strings.Repeat(unit, size/len(unit)) +
			" Les patients se portent bien, selon le chef du service."
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		rec, err := e.Extract("punct", text)
		runtime.ReadMemStats(&after)
		if err != nil || rec.Language != "fr" || len(rec.Procedures) != 1 {
			t.Errorf("%q: %v, %s, %d procedures", unit, err, rec.Language, len(rec.Procedures))
		}
		perByte := float64(after.TotalAlloc-before.TotalAlloc) / float64(len(text))
		t.Logf("%q: %.1f bytes allocated per byte of text", unit, perByte)
		if perByte > 40 {
			t.Errorf("%q: %.0f bytes allocated per byte of text (limit 40)", unit, perByte)
		}
	}
}
