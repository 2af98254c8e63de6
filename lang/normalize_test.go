package lang

import "testing"

func TestNormalizeKeepsOffsets(t *testing.T) {
	tests := []struct {
		name, code, text, norm, want string // want: the original text of the span of norm
	}{
		{"arabic diacritics and tatweel", "ar", "عمليَّة جراحـــية", "عمليه جراحيه", "عمليَّة جراحـــية"},
		{"arabic-indic digits", "ar", "تم إجراء ١٠٠ عملية", "100", "١٠٠"},
		{"maghreb letters", "ar", "بالڨصرين", "بالقصرين", "بالڨصرين"},
		{"alef variants", "ar", "أكثر من إجراء", "اكثر من اجراء", "أكثر من إجراء"},
		{"french accents", "fr", "Établissement hospitalier", "Etablissement", "Établissement"},
		{"typographic apostrophe", "fr", "l’Ariana", "l'Ariana", "l’Ariana"},
		{"russian yo", "ru", "Орёл", "Орел", "Орёл"},
		{"zero width dropped", "fr", "Or\u200ban", "Oran", "Or\u200ban"},
		{"decomposed accent", "fr", "Fe\u0300s", "Fes", "Fe\u0300s"},
		{"arabic presentation forms", "ar", "\ufe8e\ufee0\ufea0\ufeb0\ufe8d\ufe8b\ufeae", "الجزائر", "\ufe8e\ufee0\ufea0\ufeb0\ufe8d\ufe8b\ufeae"},
		{"lam-alef ligature", "ar", "\ufefbكثر من", "لاكثر", "\ufefbكثر"},
		{"bidi marks inside a word", "ar", "وه\u200fران", "وهران", "وه\u200fران"},
		{"tanween on the last letter", "ar", "خمس عملياتٍ جراحية", "خمس عمليات", "خمس عملياتٍ"},
		{"vocalized last word", "ar", "مستشفى الشِّفَاءِ الجامعي", "مستشفي الشفاء", "مستشفى الشِّفَاءِ"},
		{"decomposed accent at the end", "fr", "cafe\u0301 noir", "cafe", "cafe\u0301"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := Normalize(tt.text)
			i := indexOf(x.Norm, tt.norm)
			if i < 0 {
				t.Fatalf("normalized %q does not contain %q", x.Norm, tt.norm)
			}
			got, s, e := x.Evidence(i, i+len(tt.norm))
			if got != tt.want {
				t.Errorf("span of %q maps to %q, want %q", tt.norm, got, tt.want)
			}
			if got := string([]rune(tt.text)[s:e]); got != tt.want {
				t.Errorf("code-point offsets [%d,%d) give %q, want %q", s, e, got, tt.want)
			}
		})
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func TestTokenize(t *testing.T) {
	toks := Tokenize("d'Annaba, 100عملية Санкт-Петербурга")
	var keys []string
	for _, tk := range toks {
		keys = append(keys, tk.Key)
	}
	want := []string{"d'", "annaba", ",", "100", "عملية", "санкт", "-", "петербурга"}
	if len(keys) != len(want) {
		t.Fatalf("keys = %q, want %q", keys, want)
	}
	for i := range want {
		if keys[i] != want[i] {
			t.Errorf("token %d = %q, want %q", i, keys[i], want[i])
		}
	}
	if !toks[1].Cap || toks[0].Cap {
		t.Errorf("capitalisation: %+v %+v", toks[0], toks[1])
	}
	if toks[3].Kind != Number || toks[4].Kind != Word || toks[4].SpaceAfter != true {
		t.Errorf("glued digits not split: %+v %+v", toks[3], toks[4])
	}
}

func TestVisible(t *testing.T) {
	for in, want := range map[string]string{
		"CHU\u200b de\u00ad Tizi\u200f Ouzou": "CHU de Tizi Ouzou",
		"مستشفى\u200c ابن سينا":               "مستشفى ابن سينا",
		"hôpital Ibn Sina":                    "hôpital Ibn Sina",
	} {
		if got := Visible(in); got != want {
			t.Errorf("Visible(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCodePointsAgreesWithEvidence: CodePoints counts once what Evidence
// gives one offset at a time, with expanded and dropped letters.
func TestCodePointsAgreesWithEvidence(t *testing.T) {
	for _, s := range []string{"Le CHU d’Oran a réalisé 40 greffes", "ﻻ عَمَلِيَّاتٍ ١٠٠ في وهران", "больница № 34 провела", ""} {
		tx := Normalize(s)
		var offs []int
		for b := range tx.Norm {
			offs = append(offs, b)
		}
		got := tx.CodePoints(offs)
		for i, b := range offs {
			if _, want, _ := tx.Evidence(b, b); got[i] != want {
				t.Errorf("%q: byte %d at code point %d, Evidence says %d", s, b, got[i], want)
			}
		}
	}
}
