package extract

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

// relDates renders a record's dates as "value" or "value~" when relative.
func relDates(ds []Date) []string {
	out := []string{}
	for _, d := range ds {
		v := d.Value
		if d.Relative {
			v += "~"
		}
		out = append(out, v)
	}
	return out
}

// TestRelativeDates runs each phrase kind of each pack: offsets in years,
// months and days, day and month without a year ("le 25 avril dernier"),
// and the same texts without a publication date, where they give nothing.
func TestRelativeDates(t *testing.T) {
	e := engine(t)
	const pub = "2024-05-02"
	for _, c := range []struct {
		code, text, published string
		want                  []string // "~": relative
	}{
		// French
		{"fr", "L'an dernier, le CHU a réalisé 40 greffes.", pub, []string{"2023~"}},
		{"fr", "Au cours de l’année dernière, puis cette année encore.", pub, []string{"2023~", "2024~"}},
		{"fr", "Le mois dernier, dix opérations.", pub, []string{"2024-04~"}},
		{"fr", "Hier, l'équipe a opéré ; avant-hier aussi.", pub, []string{"2024-05-01~", "2024-04-30~"}},
		{"fr", "L'opération a eu lieu le 25 avril dernier.", pub, []string{"2024-04-25~"}},
		{"fr", "L'opération a eu lieu le 25 mai dernier.", pub, []string{"2023-05-25~"}},
		{"fr", "Le 2 mai dernier, en mars dernier.", pub, []string{"2024-05-02~", "2024-03~"}},
		{"fr", "Le 29 février dernier.", "2025-06-01", []string{"2024-02-29~"}},
		{"fr", "La semaine passée, trois greffes.", pub, []string{}},
		{"fr", "En 2023, l'an dernier, 40 greffes.", pub, []string{"2023"}}, // stated outright once: not relative
		{"fr", "Publié le 11 mars 2024 ; hier, cinq greffes.", "2024-03-11T08:30:00+01:00", []string{"2024-03-11", "2024-03-10~"}},
		{"fr", "Le 25 avril dernier, l'an dernier, hier.", "", []string{}},
		{"fr", "Le 25 avril dernier, l'an dernier, hier.", "autrefois", []string{}},
		// Russian
		{"ru", "В прошлом году в центре провели 120 операций.", pub, []string{"2023~"}},
		{"ru", "По итогам прошлого года и в этом году.", pub, []string{"2023~", "2024~"}},
		{"ru", "В позапрошлом году было меньше.", pub, []string{"2022~"}},
		{"ru", "В прошлом месяце хирурги выполнили 12 пересадок.", pub, []string{"2024-04~"}},
		{"ru", "Вчера врачи провели операцию, позавчера — ещё одну.", pub, []string{"2024-05-01~", "2024-04-30~"}},
		{"ru", "Операция состоялась 25 апреля прошлого года.", pub, []string{"2023-04-25~"}},
		{"ru", "В мае прошлого года и в марте этого года.", pub, []string{"2023-05~", "2024-03~"}},
		{"ru", "На прошлой неделе провели три операции.", pub, []string{}},
		{"ru", "В прошлом году, 25 апреля прошлого года, вчера.", "", []string{}},
		// Arabic
		{"ar", "أجرى المستشفى الجامعي خلال العام الماضي 40 عملية زرع.", pub, []string{"2023~"}},
		{"ar", "خلال السنة الماضية وهذا العام.", pub, []string{"2023~", "2024~"}},
		{"ar", "للعام الماضي أرقام مشجعة.", pub, []string{"2023~"}},
		{"ar", "في الشهر الماضي أجريت 12 عملية.", pub, []string{"2024-04~"}},
		{"ar", "أجريت العملية أمس، وأول أمس عملية أخرى.", pub, []string{"2024-05-01~", "2024-04-30~"}},
		{"ar", "أجريت العملية يوم 25 أبريل الماضي.", pub, []string{"2024-04-25~"}},
		{"ar", "أجريت العملية في شهر مارس الماضي.", pub, []string{"2024-03~"}},
		{"ar", "في مارس من العام الماضي وفي 25 أبريل من هذا العام.", pub, []string{"2023-03~", "2024-04-25~"}},
		{"ar", "الأسبوع الماضي أجريت ثلاث عمليات.", pub, []string{}},
		{"ar", "العام الماضي و25 أبريل الماضي وأمس.", "", []string{}},
	} {
		t.Run(c.code+"/"+slug(c.text)+"/"+c.published, func(t *testing.T) {
			d := newDoc(e.bundle.Langs[c.code], c.text)
			rec := Record{Published: c.published}
			d.fill(&rec, e.gaz)
			checkOffsets(t, c.text, rec)
			if got := relDates(rec.Dates); !reflect.DeepEqual(got, c.want) {
				t.Errorf("%q published %q: dates %v, want %v", c.text, c.published, got, c.want)
			}
		})
	}
}

// TestRelativeDateEvidence: the phrase is the evidence, clitic included.
func TestRelativeDateEvidence(t *testing.T) {
	e := engine(t)
	for _, c := range []struct{ code, text, want string }{
		{"fr", "Le 25 avril dernier, dix greffes.", "25 avril dernier"},
		{"fr", "Comme l’an dernier, dix greffes.", "l’an dernier"},
		{"ru", "В мае прошлого года.", "мае прошлого года"},
		{"ar", "وأمس أجريت عملية.", "وأمس"},
	} {
		rec := Record{Published: "2024-05-02"}
		newDoc(e.bundle.Langs[c.code], c.text).fill(&rec, e.gaz)
		if len(rec.Dates) != 1 || rec.Dates[0].Text != c.want {
			t.Errorf("%q: dates %+v, want one with text %q", c.text, rec.Dates, c.want)
		}
	}
}

func TestPublishedDate(t *testing.T) {
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	for in, want := range map[string]time.Time{
		"2024-05-02":                      day(2024, 5, 2),
		" 2024/05/02 ":                    day(2024, 5, 2),
		"2024-03-11T08:30:00+01:00":       day(2024, 3, 11),
		"2024-03-11 23:30":                day(2024, 3, 11),
		"Thu, 02 May 2024 10:00:00 +0200": day(2024, 5, 2),
		"Thu, 02 May 2024 10:00:00 GMT":   day(2024, 5, 2),
		"2024-02-30":                      {},
		"2024-13-01":                      {},
		"0001-01-01":                      {},
		"20240502":                        {},
		"2024-05-02x":                     {},
		"hier":                            {},
		"":                                {},
	} {
		got, ok := publishedDate(in)
		if !got.Equal(want) || ok == want.IsZero() {
			t.Errorf("publishedDate(%q) = %v, %v; want %v", in, got, ok, want)
		}
	}
}

// TestRelativeDatesProcess: Process resolves against the article's date.
func TestRelativeDatesProcess(t *testing.T) {
	e := engine(t)
	text := "Le CHU de Tizi-Ouzou a réalisé l'an dernier quarante greffes rénales, dont dix le 25 avril dernier, selon son directeur."
	res, err := e.Process(Article{Source: "a", Text: text, Published: "2024-05-02"})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(relDates(res.Record.Dates), " "); got != "2023~ 2024-04-25~" {
		t.Errorf("dates %s", got)
	}
	res, _ = e.Process(Article{Source: "a", Text: text})
	if len(res.Record.Dates) != 0 {
		t.Errorf("without published: %+v", res.Record.Dates)
	}
}
