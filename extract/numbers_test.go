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

// Counts written with a scale word: digits times the scale, a join and a
// smaller number added, a decimal times the scale when the product is whole.
var scaleTests = []struct {
	lang, text string
	want       int64
}{
	{"ar", "41 ألف و544", 41544}, {"ar", "6 آلاف و361", 6361}, {"ar", "ألف و447", 1447}, {"ar", "وألف و447", 1447},
	{"ar", "16 ألفاً و676", 16676}, {"ar", "32 ألفا و734", 32734}, {"ar", "10 آلاف و216", 10216}, {"ar", "24 ألف", 24000},
	{"ar", "5 آلاف", 5000}, {"ar", "600 ألف", 600000}, {"ar", "2.3 مليون", 2300000}, {"ar", "3 آلاف وخمسمائة", 3500},
	{"ar", "ألفين و300", 2300}, {"ar", "10 آلاف و 216", 10216}, {"ar", "1.5 مليار", 1500000000}, {"ar", "مليونين", 2000000},
	{"fr", "2,3 millions", 2300000}, {"fr", "1,25 million", 1250000}, {"fr", "1,250 millions", 1250000},
	{"fr", "14\u202f326", 14326}, {"fr", "14\u00a0326", 14326}, {"fr", "1\u202f214\u202f326", 1214326},
	{"fr", "2 millions et 300 000", 2300000}, {"fr", "2 millions et 300 mille", 2300000}, {"fr", "3 milliards", 3000000000},
	{"fr", "cinq mille", 5000}, {"fr", "mille et un", 1001},
	{"ru", "18 тысяч", 18000}, {"ru", "163 тысячи", 163000}, {"ru", "1,6 тысячи", 1600}, {"ru", "6 тыс", 6000},
	{"ru", "12,5 тысяч", 12500}, {"ru", "18 тысяч и 500", 18500}, {"ru", "18 тысяч 500", 18500}, {"ru", "1 млн 200 тыс", 1200000},
	{"fr", "2 millions 300 000", 2300000}, {"fr", "2 millions 50 000", 2050000}, {"ru", "2 миллионами", 2000000}, {"ru", "1,2 млн", 1200000},
}

func TestScaledNumbers(t *testing.T) {
	for _, tt := range scaleTests {
		d := docFor(t, tt.lang, tt.text)
		n, ok := d.numberAt(0)
		if !ok || n.value != tt.want || n.end != len(d.toks) || n.decimal || n.huge {
			t.Errorf("%s %q: got %d (ok %v, decimal %v, huge %v, %d of %d tokens), want %d",
				tt.lang, tt.text, n.value, ok, n.decimal, n.huge, n.end, len(d.toks), tt.want)
		}
	}
}

// A join does not add a number that is not smaller than the scale before
// it: a range, or two counts.
func TestScaleJoinsStop(t *testing.T) {
	for _, tt := range []struct {
		lang, text string
		want       int64
		end        int // tokens read
	}{
		{"ar", "3 آلاف و4 آلاف", 3000, 2},
		{"ar", "ألف و1500", 1000, 1},
		{"ar", "3 آلاف و5000", 3000, 2},
		{"fr", "2 millions et 3 millions", 2000000, 2},
		{"fr", "mille et 2,5", 1000, 1},
		{"ru", "18 тысяч и 40 %", 18000, 2},
		{"ru", "5 и 6", 5, 1},
		{"ru", "5 тысяч 2023", 5000, 2},
		{"fr", "3 mille 25", 3000, 2},
		{"fr", "3 millions, 300 000", 3000000, 2},
	} {
		d := docFor(t, tt.lang, tt.text)
		n, ok := d.numberAt(0)
		if !ok || n.value != tt.want || n.end != tt.end {
			t.Errorf("%s %q: got %d over %d tokens (ok %v), want %d over %d", tt.lang, tt.text, n.value, n.end, ok, tt.want, tt.end)
		}
	}
}

// A decimal times a scale is a count only when the product is whole.
func TestScaledDecimalsNotWhole(t *testing.T) {
	for _, tt := range []struct{ lang, text string }{
		{"ru", "1,2345 тысячи"}, {"fr", "2,0005 mille"}, {"fr", "1,5"}, {"ar", "2.3"},
	} {
		if n, ok := docFor(t, tt.lang, tt.text).numberAt(0); ok && !n.decimal {
			t.Errorf("%s %q read as the count %d", tt.lang, tt.text, n.value)
		}
	}
}

func TestWholePart(t *testing.T) {
	for _, tt := range []struct {
		frac  string
		scale int64
		want  int64
		ok    bool
	}{
		{"", 1000, 0, true}, {"5", 1000, 500, true}, {"25", 1000000, 250000, true}, {"2345", 1000, 0, false},
		{"5", 2000, 1000, true}, {"999999999999", 1000000000000, 999999999999, true}, {"1234567890123", 1000, 0, false},
	} {
		got, ok := wholePart(tt.frac, tt.scale)
		if got != tt.want || ok != tt.ok {
			t.Errorf("wholePart(%q, %d) = %d, %v; want %d, %v", tt.frac, tt.scale, got, ok, tt.want, tt.ok)
		}
	}
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

// A scale word after a range's second number is the first's too, when the
// first has none and stays the smaller; two number words of one order
// joined by a connector are a range's ends, not a sum.
func TestScaledRanges(t *testing.T) {
	for _, tt := range []struct {
		lang, text string
		lo, hi     int64
	}{
		{"fr", "entre 2 et 3 millions", 2000000, 3000000},
		{"fr", "entre 10 et 15 mille", 10000, 15000},
		{"fr", "entre 500 et 2 mille", 500, 2000},
		{"fr", "entre deux et trois mille", 2000, 3000},
		{"fr", "entre 2 millions et 3 millions", 2000000, 3000000},
		{"ru", "от 10 до 15 тысяч", 10000, 15000},
		{"ru", "10-15 тыс", 10000, 15000},
		{"ar", "بين 3 و5 آلاف", 3000, 5000},
		{"ar", "بين ثلاثة وخمسة آلاف", 3000, 5000},
		{"ar", "بين عشرين وثلاثين", 20, 30},
		{"ar", "بين 3 آلاف و4 آلاف", 3000, 4000},
		{"ru", "от 1,5 до 2 тысяч", 1500, 2000},
		{"fr", "entre 1,5 et 2 millions", 1500000, 2000000},
	} {
		d := docFor(t, tt.lang, tt.text)
		n, ok := d.numberAt(0) // "10-15 тыс"
		if !ok {
			n, ok = d.numberAt(1) // after the opener
		}
		if !ok {
			t.Errorf("%s %q: no number", tt.lang, tt.text)
			continue
		}
		p, first, last, ok := d.countSpan(n)
		if !ok || p.Count != tt.lo || p.CountMax == nil || *p.CountMax != tt.hi || first != 0 || last != len(d.toks) {
			t.Errorf("%s %q: got %+v over [%d, %d) (ok %v), want %d-%d", tt.lang, tt.text, p, first, last, ok, tt.lo, tt.hi)
		}
	}
	for _, tt := range []struct {
		lang, text string
		want       int64
	}{
		{"fr", "vingt et un", 21}, {"fr", "soixante et onze", 71}, {"fr", "cent vingt et un", 121},
		{"ar", "خمسة وعشرين", 25}, {"ar", "مائتين وخمسين", 250}, {"ar", "ألف ومائة", 1100},
	} {
		if n, ok := docFor(t, tt.lang, tt.text).numberAt(0); !ok || n.value != tt.want {
			t.Errorf("%s %q: got %d, want %d", tt.lang, tt.text, n.value, tt.want)
		}
	}
}
