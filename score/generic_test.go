package score

import (
	"os"
	"testing"
)

func TestNameDiceDistinctiveWords(t *testing.T) {
	for _, tc := range []struct {
		a, b  string
		match bool
	}{
		{"hôpital universitaire Farhat Hached", "hôpital universitaire Fattouma Bourguiba", false},
		{"CHU de Batna", "centre hospitalo-universitaire de Batna", true},
		{"Clinique Al Kawtar de Fès", "clinique Al Kawtar", true},
		{"Онкоцентра", "Онкоцентр", true},
		{"областной больницы", "областная больница", true}, // nothing else: compared whole
		{"областной больницы", "городская больница", false},
		{"ГКБ имени Боткина", "ГКБ имени Пирогова", false},
		{"مستشفى الجامعي مصطفى باشا", "المستشفى الجامعي نفيسة حمود", false},
		{"المؤسسة الاستشفائية الجامعية وهران", "المؤسسة الإستشفائية وهران", true},
		{"CHU", "CHU Mustapha", true}, // generic only: compared whole, 2/3
	} {
		got := nameDice(tc.a, tc.b) >= 0.6
		if got != tc.match {
			t.Errorf("nameDice(%q, %q) = %.2f, match %v, want %v", tc.a, tc.b, nameDice(tc.a, tc.b), got, tc.match)
		}
	}
}

func TestGenericWordsEmbedded(t *testing.T) {
	for _, w := range []string{"hopit", "unive", "chu", "مستشف", "جامعي", "больн", "de"} {
		if !genericWords[w] {
			t.Errorf("%q not on the embedded generic list", w)
		}
	}
}

// The embedded word list is a copy of the gold list: when ../shared sits
// beside the checkout (as in CI), the two must be the same.
func TestGenericWordsMatchGold(t *testing.T) {
	gold, err := os.ReadFile("../../shared/gold/generic-words.txt")
	if err != nil {
		t.Skip("../shared/gold not beside the checkout")
	}
	if string(gold) != genericWordsText {
		t.Error("score/generic-words.txt differs from ../shared/gold/generic-words.txt: copy it again")
	}
}
