package extract

import (
	"strings"
	"testing"
)

// TestFacts checks, per language, what each count is tied to: the
// institution (a word of its name, "" for null), the city and when. Each
// row is one mechanism of facts.yaml: the subject or a locative in the
// count's sentence, a name after the count with a "by" word, an anaphor,
// a department, a team, a country-wide figure, a city people came from,
// intervals, "since", founding, parts of a year, comparisons, the count
// before.
func TestFacts(t *testing.T) {
	e := engine(t)
	tests := []struct {
		name, text string
		count      int64
		inst, city string // a word of the institution's name; the city's canonical name
		when       string
	}{
		{"fr subject", "Le CHU de Constantine a réalisé 40 greffes rénales en 2023.", 40, "Constantine", "Constantine", "2023"},
		{"fr locative after", "En juin 2024, 25 opérations ont été réalisées au CHU d'Oran.", 25, "Oran", "Oran", "2024-06"},
		{"fr not a destination", "L'hôpital Ibn Sina de Rabat a accueilli la campagne. Trente cures de hernies ont été pratiquées, les cas lourds étant orientés vers l'hôpital d'enfants de Casablanca.", 30, "Sina", "Rabat", ""},
		{"fr anaphor", "La clinique Al Amal de Sfax a ouvert un bloc neuf. La clinique a réalisé 12 opérations de la cataracte de 2014 à 2023.", 12, "Amal", "Sfax", "2014/2023"},
		{"fr department", "Le service de chirurgie de l'hôpital Mustapha d'Alger accueille les enfants. Le service a pratiqué 18 interventions depuis 2019.", 18, "Mustapha", "Algiers", "2019/.."},
		{"fr team", "Le CHU de Sétif a reçu un robot. L'équipe médicale a effectué 9 opérations durant le premier semestre 2024.", 9, "Sétif", "Sétif", "2024-01/2024-06"},
		{"fr founding", "La clinique Al Kawtar de Fès, créée en 2007, emploie cent personnes. Depuis sa création, la clinique a effectué plus de 5.000 opérations.", 5000, "Kawtar", "Fès", "2007/.."},
		{"fr nationwide", "Le CHU de Tlemcen a ouvert un service. Au niveau national, 300 greffes rénales ont été réalisées.", 300, "", "", ""},
		{"fr comparison", "Le CHU de Sfax a réalisé 64 greffes de cornée en 2024, contre 48 en 2023.", 64, "Sfax", "Sfax", "2024"},
		{"ar locative", "تم إجراء 25 عملية جراحية بمستشفى ابن سينا بالرباط خلال شهر مارس 2023.", 25, "سينا", "Rabat", "2023-03"},
		{"ar interval", "فمنذ سنة 2014 إلى غاية سنة 2023 أجرت المؤسسة الاستشفائية أول نوفمبر 25 عملية لتصحيح التشوه.", 25, "نوفمبر", "", "2014/2023"},
		{"ar anaphor", "افتتح المستشفى الجامعي بوهران جناحا جديدا. وأجرى المستشفى 40 عملية زرع كلى منذ 2018.", 40, "وهران", "Oran", "2018/.."},
		{"ar nationwide", "أجرى المستشفى الجامعي بقسنطينة عمليات عديدة. وعلى المستوى الوطني تم إجراء 350 عملية زرع كلى.", 350, "", "", ""},
		{"fr collective", "Selon un rapport de l'INAMI, les hôpitaux belges ont pratiqué mille prostatectomies en 2023.", 1000, "", "", "2023"},
		{"fr date of a list", "Le CHU de Sfax a pratiqué 420 implantations et deux cents angioplasties au cours de l'année 2021.", 420, "Sfax", "Sfax", "2021"},
		{"ar date owned by the nearer count", "أجرى المستشفى الجامعي بوهران أكثر من مائة عملية زرع قوقعة منذ عام 2017، إلى جانب نحو ألف عملية في جراحة الأطفال.", 1000, "وهران", "Oran", ""},
		{"ru source", "По данным Минздрава, в городской больнице Омска провели 300 операций в 2023 году.", 300, "больниц", "Omsk", "2023"},
		{"ru anaphor", "Областная клиническая больница Тюмени получила новый ангиограф. В 2023 году в больнице провели 700 операций на сердце.", 700, "больниц", "Tyumen", "2023"},
		{"ru team", "В Республиканской больнице Казани открыли новый блок. Хирурги выполнили 45 лапароскопических операций за первое полугодие 2024 года.", 45, "больниц", "Kazan", "2024-01/2024-06"},
		{"ar department", "استقبلت مصلحة الجراحة بالمستشفى الجامعي بوهران مرضى من عدة ولايات. وأجرت المصلحة 60 عملية منذ سنة 2020.", 60, "وهران", "Oran", "2020/.."},
		{"ar relative date without publication", "أجرى المستشفى الجامعي بوهران خلال العام الماضي 40 عملية زرع كلى.", 40, "وهران", "Oran", ""},
		{"ru locative", "В областной клинической больнице Тюмени в 2023 году провели 120 операций на сердце.", 120, "больниц", "Tyumen", "2023"},
		{"ru interval", "С 2014 по 2023 год специалисты краевой больницы Красноярска выполнили 900 операций.", 900, "больниц", "Krasnoyarsk", "2014/2023"},
		{"ru away", "Специалисты Онкоцентра, а также приглашенные врачи из Алматы, Астаны и Тбилиси провели 13 операций.", 13, "Онкоцентр", "", ""},
		{"ru part of year", "За девять месяцев 2024 года в Карагандинском онкологическом центре провели 1800 операций.", 1800, "центр", "", "2024-01/2024-09"},
		{"ru comparison", "В городской больнице № 4 Омска за год провели 950 операций, на 15 больше, чем в 2022 году.", 950, "больниц", "Omsk", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := e.Process(Article{Source: "t", Text: tt.text})
			if err != nil {
				t.Fatal(err)
			}
			var p *Procedure
			for i := range res.Record.Procedures {
				if res.Record.Procedures[i].Count == tt.count {
					p = &res.Record.Procedures[i]
				}
			}
			if p == nil {
				t.Fatalf("no count %d in %+v", tt.count, res.Record.Procedures)
			}
			if got := str(p.Institution); tt.inst == "" && got != "" || !strings.Contains(got, tt.inst) {
				t.Errorf("institution %q, want one with %q", got, tt.inst)
			}
			if got := str(p.City); got != tt.city {
				t.Errorf("city %q, want %q", got, tt.city)
			}
			if got := str(p.When); got != tt.when {
				t.Errorf("when %q, want %q", got, tt.when)
			}
		})
	}
}

func str(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// TestFactsMerge: one figure said twice is one fact; the same figure for
// two different facts is two.
func TestFactsMerge(t *testing.T) {
	e := engine(t)
	for _, tt := range []struct {
		text string
		n    int
	}{
		{"Le CHU de Batna a réalisé dix opérations en 2023. Le succès de ces dix interventions est salué.", 1},
		{"Le CHU de Batna a réalisé 10 greffes rénales en 2022. Le CHU d'Oran a réalisé 10 greffes hépatiques en 2023.", 2},
		{"В 2022 году больница Омска провела 10 пересадок почки. В 2023 году больница Омска провела 10 пересадок печени.", 2},
		{"Le CHU de Batna a réalisé 10 greffes rénales en 2022. Le CHU d'Oran a réalisé 10 greffes rénales en 2023.", 2},
		{"Trois greffes à Tunis. Le CHU de Tunis a réalisé trois greffes le 22 mars 2025.", 1},
		{"أجرى المستشفى الجامعي بوهران 100 عملية. وتم تسجيل 100 عملية جراحية بالمنظار في 2023.", 1},
	} {
		res, err := e.Process(Article{Source: "t", Text: tt.text})
		if err != nil {
			t.Fatal(err)
		}
		if got := len(res.Record.Procedures); got != tt.n {
			t.Errorf("%q: %d facts, want %d: %+v", tt.text, got, tt.n, res.Record.Procedures)
		}
	}
}

// TestFactsRelativeWhen: a relative date is a count's when once the
// publication date dates it, per language; without one the when is null.
func TestFactsRelativeWhen(t *testing.T) {
	e := engine(t)
	for _, tt := range []struct{ text, published, when string }{
		{"L'an dernier, le CHU de Constantine a réalisé 40 greffes rénales.", "2024-05-02", "2023"},
		{"В прошлом году в областной больнице Тюмени провели 120 операций.", "2024-05-02", "2023"},
		{"أجرى المستشفى الجامعي بوهران خلال العام الماضي 40 عملية زرع كلى.", "2024-05-02", "2023"},
		{"L'an dernier, le CHU de Constantine a réalisé 40 greffes rénales.", "", ""},
	} {
		res, err := e.Process(Article{Source: "t", Text: tt.text, Published: tt.published})
		if err != nil {
			t.Fatal(err)
		}
		ps := res.Record.Procedures
		if len(ps) != 1 {
			t.Fatalf("%q: %d facts", tt.text, len(ps))
		}
		if got := str(ps[0].When); got != tt.when {
			t.Errorf("%q published %q: when %q, want %q", tt.text, tt.published, got, tt.when)
		}
	}
}

// TestFactsHeadline: a figure of the headline said again in the text is
// one fact, tied to who, where and when by the text, per language.
func TestFactsHeadline(t *testing.T) {
	e := engine(t)
	for _, tt := range []struct{ text, inst string }{
		{"412 greffes rénales l'an passé\n\nSelon l'agence, les hôpitaux du pays ont réalisé 412 greffes rénales. Le CHU de Batna en a fait 58.", ""},
		{"412 عملية زرع كلى خلال العام الماضي\n\nأجرت المؤسسات الاستشفائية عبر الوطن 412 عملية زرع كلى. وأجرى المستشفى الجامعي بباتنة 58 عملية.", ""},
		{"В Омске провели 120 операций на сердце\n\nВ областной больнице Омска за год провели 120 операций на сердце.", "больниц"},
	} {
		res, err := e.Process(Article{Source: "t", Text: tt.text})
		if err != nil {
			t.Fatal(err)
		}
		ps := res.Record.Procedures
		if len(ps) == 0 || len(ps[0].Mentions) != 2 {
			t.Fatalf("%q: %+v, want the headline's figure and its repeat as one fact", tt.text, ps)
		}
		got := ""
		if ps[0].Institution != nil {
			got = *ps[0].Institution
		}
		if tt.inst == "" && got != "" || tt.inst != "" && !strings.Contains(got, tt.inst) {
			t.Errorf("%q: institution %q, want %q", tt.text, got, tt.inst)
		}
	}
}

// TestFactsTextDate: the date a text opens on is the day it appeared
// (source gives it as the publication date), not the count's when.
func TestFactsTextDate(t *testing.T) {
	e := engine(t)
	for _, tt := range []struct{ text, when string }{
		{" date 2025-12-07 В Красноярской краевой больнице сделали 63 операции в уходящем 2025 году.", "2025"},
		{" date 2025-12-07 Le CHU d'Oran a réalisé 63 greffes en 2025.", "2025"},
		{" date 2025-12-07 أجرى المستشفى الجامعي بوهران 63 عملية خلال سنة 2025.", "2025"},
	} {
		res, err := e.Process(Article{Source: "t", Text: tt.text, Published: "2025-12-07"})
		if err != nil {
			t.Fatal(err)
		}
		ps := res.Record.Procedures
		if len(ps) != 1 || ps[0].When == nil || *ps[0].When != tt.when {
			t.Errorf("%q: %+v, want one count of %s", tt.text, ps, tt.when)
		}
	}
}
