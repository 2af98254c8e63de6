package extract

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzExtract runs the whole one-text path (detection, every matcher) on
// arbitrary text: it must not panic, and every mention must slice back out.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"À la clinique de Bou Ismaïl, dix opérations chirurgicales ont été réalisées le 6 octobre 2023.",
		"تم اجراء 25 عملية لتصحيح التشوه الخلقي بالمستشفى الجامعي بوهران في ١٠ أكتوبر ٢٠٢٣",
		"Врачи из Санкт-Петербурга провели 13 операций в ВКО Многопрофильном центре 6 октября 2023 года.",
		"entre 4 et 5 interventions (CNAS) «ГКБ № 1» 5.000 1 200 ١٠٠عملية",
		"", "\u200f\u0640ـ", "Fe\u0300s l’Ariana",
	} {
		f.Add(s)
	}
	e := engine(f)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		rec, err := e.Extract("fuzz", text)
		if err != nil {
			t.Fatal(err)
		}
		checkOffsets(t, text, rec)
	})
}

// fuzzPacks fuzzes check on a document of each pack built from the input,
// skipping detection, so that every pack sees every input.
func fuzzPacks(f *testing.F, seeds []string, check func(t *testing.T, code, text string, d *doc)) {
	for _, s := range seeds {
		f.Add(s)
	}
	e := engine(f)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		for _, code := range []string{"fr", "ar", "ru"} {
			d := newDoc(e.bundle.Langs[code], text)
			check(t, code, text, d)
		}
	})
}

// FuzzMatchers runs every matcher of every pack: no panic, and every
// mention slices back out of the text.
func FuzzMatchers(f *testing.F) {
	seeds := []string{"vingt-cinq opérations", "خمسة وعشرين عملية", "ста двадцати операций", "12/03/2022", "1 200,5", "от 4 до 5"}
	fuzzPacks(f, seeds, func(t *testing.T, code, text string, d *doc) {
		var rec Record
		d.fill(&rec, engine(t).gaz)
		checkOffsets(t, text, rec)
	})
}

// FuzzNumbers reads a number at every token with each pack: what it reads
// must start there and lie within the text.
func FuzzNumbers(f *testing.F) {
	seeds := []string{"quatre-vingt-dix-sept", "deux mille trois cent", "خمسة وعشرين", "ثلاثمائة وخمسين", "ста двадцати", "1 200,5", "5.000.000", "٣ آلاف", "1,3 тысячи",
		"41 ألف و544", "ألف و447", "2 millions et 300 mille et 12", "18 тысяч и 500", "1 000 000 000 000 mille et 999", "1,000000000005 milliard",
		"2 millions 300 000", "1 млн 200 тыс. 500", "от 1,5 до 2,5 до 3 тысяч", "ثلاثة وخمسة آلاف"}
	fuzzPacks(f, seeds, func(t *testing.T, code, text string, d *doc) {
		for i := range d.toks {
			if n, ok := d.numberAt(i); ok && (n.start != i || n.end <= n.start || n.end > len(d.toks) || n.value < 0 || n.value > MaxCount) {
				t.Fatalf("%s %q: number %+v at token %d", code, text, n, i)
			}
		}
	})
}

// FuzzDates normalizes dates found in arbitrary text: every value must be
// a valid ISO 8601 date at year, month or day precision. Relative dates are
// read against a fixed publication date and against the text's first line
// read as one (publishedDate parses what HTML pages and JSON Lines give).
func FuzzDates(f *testing.F) {
	seeds := []string{"le 31 février 2023", "6 تشرين الثاني/نوفمبر 2023", "с января по июнь 2023 года", "29/02/2024", "du 3 au 7 février 2024",
		"2024-03-01\nle 29 février dernier, l'an dernier et hier", "Thu, 02 May 2024 10:00:00 +0200\nв прошлом году, 29 февраля прошлого года", "0001-01-01\nالعام الماضي و25 أبريل الماضي"}
	fixed := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	fuzzPacks(f, seeds, func(t *testing.T, code, text string, d *doc) {
		first, _, _ := strings.Cut(text, "\n")
		pub, ok := publishedDate(first)
		if ok != !pub.IsZero() {
			t.Fatalf("%q: published %v, %v", first, pub, ok)
		}
		for _, p := range []time.Time{{}, fixed, pub} {
			for _, dt := range d.dates(nil, nil, p) {
				if !validISO(dt.Value) || dt.Relative && p.IsZero() {
					t.Fatalf("%s %q published %v: date %+v", code, text, p, dt)
				}
			}
		}
	})
}

func validISO(v string) bool {
	for _, layout := range []string{"2006", "2006-01", "2006-01-02"} {
		if _, err := time.Parse(layout, v); err == nil {
			return true
		}
	}
	return false
}
