package cmd

import (
	"bufio"
	"io"
	"testing"
	"time"
)

// TestSniffReadsWhatItNeeds: sniff decides from the first value as soon
// as it has come, in pieces, while the pipe stays open; and it does not
// decide on a piece of a first value.
func TestSniffReadsWhatItNeeds(t *testing.T) {
	for _, tc := range []struct {
		pieces []string
		want   inputKind
	}{
		{[]string{`{"source":"a","lang`, `uage":"fr","procedures":[]}`, "\n"}, kindRecords},
		{[]string{"[\n  {\n    \"source\": \"a\",\n", `    "language": "fr", "procedures": []`, "}"}, kindRecords},
		{[]string{`{"id": 1, "te`, `xt": "Le CHU d'Oran..."}`}, kindJSONLine},
		{[]string{"\xef", "\xbb\xbfLe CHU"}, kindArticle},
		{[]string{"  \n", "Le CHU d'Oran a réalisé 12 greffes."}, kindArticle},
		{[]string{"{Mise à jour} Le CHU..."}, kindArticle},
	} {
		pr, pw := io.Pipe()
		go func() {
			for _, p := range tc.pieces {
				pw.Write([]byte(p))
				time.Sleep(10 * time.Millisecond)
			}
			// the pipe stays open: sniff must not wait for its end
		}()
		got := make(chan inputKind, 1)
		go func() { got <- sniff(bufio.NewReaderSize(pr, 1<<20)) }()
		select {
		case k := <-got:
			if k != tc.want {
				t.Errorf("%q: kind %d, want %d", tc.pieces, k, tc.want)
			}
		case <-time.After(5 * time.Second):
			t.Errorf("%q: sniff waits for more than the first value", tc.pieces)
		}
		pw.Close()
	}
}
