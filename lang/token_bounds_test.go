package lang

import (
	"strings"
	"testing"
)

// A run of marks is one token past maxPunctRun, and TokenizeMax stops at
// its bound, saying where.
func TestTokenizeBounds(t *testing.T) {
	toks := Tokenize(strings.Repeat("-", 1000) + " mot")
	if len(toks) != 9 || toks[7].End != 1000 || toks[8].Key != "mot" {
		t.Errorf("a run of 1000 marks: %d tokens, want 8 and a word", len(toks))
	}
	toks, stop := TokenizeMax("un deux trois quatre", 3)
	if len(toks) != 2 || stop != len("un deux ") {
		t.Errorf("TokenizeMax 3: %d tokens, stop %d", len(toks), stop)
	}
	if _, stop := TokenizeMax("un deux", 10); stop != len("un deux") {
		t.Errorf("whole text: stop %d", stop)
	}
}
