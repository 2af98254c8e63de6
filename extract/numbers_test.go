package extract

import "testing"

var numberTests = []struct {
	lang, text string
	want       int64
}{
	{"fr", "dix", 10}, {"fr", "vingt-cinq", 25}, {"fr", "vingt et un", 21}, {"fr", "cinq cents", 500},
	{"fr", "deux mille trois cent quarante", 2340}, {"fr", "quatre-vingt-dix-neuf", 99}, {"fr", "soixante-dix", 70},
	{"fr", "5.000", 5000}, {"fr", "1 200", 1200}, {"fr", "12,500", 12500}, {"fr", "100", 100},
	{"ar", "خمس", 5}, {"ar", "عشرين", 20}, {"ar", "ثلاث", 3}, {"ar", "خمسة وعشرين", 25}, {"ar", "مائة وخمسين", 150},
	{"ar", "ثلاثمائة", 300}, {"ar", "ألفين", 2000}, {"ar", "٣ آلاف", 3000}, {"ar", "١٠٠", 100}, {"ar", "ثلاث مائة", 300},
	{"ru", "тринадцать", 13}, {"ru", "двенадцати", 12}, {"ru", "ста двадцати", 120}, {"ru", "двести пятьдесят", 250},
	{"ru", "две тысячи пятьсот", 2500}, {"ru", "тысячи", 1000}, {"ru", "сорока двух", 42}, {"ru", "3 тыс", 3000},
}

func TestNumbers(t *testing.T) {
	for _, tt := range numberTests {
		d := docFor(t, tt.lang, tt.text)
		n, ok := d.numberAt(0)
		if !ok || n.value != tt.want || n.end != len(d.toks) {
			t.Errorf("%s %q: got %d (ok %v, %d of %d tokens), want %d", tt.lang, tt.text, n.value, ok, n.end, len(d.toks), tt.want)
		}
	}
	for _, text := range []string{"1,5", "2,75"} {
		if n, ok := docFor(t, "fr", text).numberAt(0); ok && !n.decimal {
			t.Errorf("%q read as the integer %d", text, n.value)
		}
	}
}
