package patterns

import "testing"

// TestNominative reads the Russian pack's institutions.nominative: each
// form of a head noun gives its nominative and gender, and an adjective
// agreeing with it the ending that makes it nominative.
func TestNominative(t *testing.T) {
	b, err := Load(Embedded())
	if err != nil {
		t.Fatal(err)
	}
	nom := &b.Langs["ru"].Inst.Nominative
	nouns := []struct{ form, gender, nominative string }{
		{"больницы", "f", "больница"}, {"больнице", "f", "больница"}, {"больницу", "f", "больница"}, {"больницей", "f", "больница"},
		{"клиники", "f", "клиника"}, {"больница", "f", "больница"},
		{"академии", "f", "академия"}, {"организацией", "f", "организация"},
		{"центра", "m", "центр"}, {"центре", "m", "центр"}, {"центром", "m", "центр"}, {"онкоцентра", "m", "онкоцентр"}, {"центр", "m", "центр"},
		{"госпиталя", "m", "госпиталь"}, {"госпиталем", "m", "госпиталь"},
		{"министерства", "n", "министерство"}, {"министерстве", "n", "министерство"}, {"управлении", "n", "управление"},
		{"црб", "f", "црб"}, {"нмиц", "m", "нмиц"},
	}
	for _, tt := range nouns {
		g, e, ok := nom.Noun(tt.form)
		if got := tt.form[:len(tt.form)-len(e.From)] + e.To; !ok || g != tt.gender || got != tt.nominative {
			t.Errorf("Noun(%q) = %q %q %v, want %q %q", tt.form, g, got, ok, tt.gender, tt.nominative)
		}
	}
	for _, form := range []string{"больниц", "центры", "онкологии", "городской"} {
		if _, _, ok := nom.Noun(form); ok {
			t.Errorf("Noun(%q) found, want none (a plural, a complement, an adjective)", form)
		}
	}
	adjectives := []struct{ gender, form, nominative string }{
		{"f", "областной", "областная"}, {"f", "городскую", "городская"}, {"f", "клинической", "клиническая"},
		{"f", "общей", "общая"}, {"f", "верхней", "верхняя"},
		{"m", "многопрофильном", "многопрофильный"}, {"m", "национальным", "национальный"}, {"m", "медицинским", "медицинский"},
		{"m", "новосибирского", "новосибирский"}, {"m", "городского", "городской"}, {"m", "областном", "областной"},
		{"m", "краевому", "краевой"}, {"m", "синего", "синий"},
		{"n", "республиканском", "республиканское"}, {"n", "медицинским", "медицинское"}, {"n", "государственным", "государственное"},
		{"n", "общего", "общее"},
	}
	for _, tt := range adjectives {
		e, ok := nom.Adjective(tt.gender, tt.form)
		if got := tt.form[:len(tt.form)-len(e.From)] + e.To; !ok || got != tt.nominative {
			t.Errorf("Adjective(%s, %q) = %q %v, want %q", tt.gender, tt.form, got, ok, tt.nominative)
		}
	}
	for _, tt := range []struct{ gender, form string }{{"m", "городской"}, {"m", "многопрофильный"}, {"f", "областная"}, {"n", "городское"}, {"x", "областной"}} {
		if e, ok := nom.Adjective(tt.gender, tt.form); ok {
			t.Errorf("Adjective(%s, %q) = %v, want none (a nominative, or no such gender)", tt.gender, tt.form, e)
		}
	}
}
