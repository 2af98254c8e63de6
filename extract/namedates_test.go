package extract

import (
	"fmt"
	"testing"
)

// A date inside an institution's name is the name's: the institution keeps
// its full name and no date is reported for it; dates beside it still are.
var nameDateTests = []struct {
	lang, text   string
	dates, names []string
}{
	{"fr", "Le 6 octobre 2023, le CHU 1er Novembre d'Oran a réalisé cinq greffes rénales.",
		[]string{"2023-10-06"}, []string{"CHU 1er Novembre d'Oran"}},
	{"fr", "Les chirurgiens de l'hôpital du 1er Novembre 1954 d'Oran ont opéré douze enfants.",
		nil, []string{"hôpital du 1er Novembre 1954 d'Oran"}},
	{"fr", "L'EHU 1er Novembre 1954 a accueilli la caravane de chirurgie pédiatrique le 12 mars 2024.",
		[]string{"2024-03-12"}, []string{"EHU 1er Novembre 1954"}},
	{"fr", "La clinique du 20 Août 1955 de Skikda a ouvert ses portes le 3 janvier 2024.",
		[]string{"2024-01-03"}, []string{"clinique du 20 Août 1955 de Skikda"}},
	{"fr", "Le CHU d'Oran a ouvert le 1er novembre 1954.", // a date in lowercase is a date
		[]string{"1954-11-01"}, []string{"CHU d'Oran"}},
	{"fr", "Le CHU Mustapha Pacha a réalisé 3 greffes en Novembre 2023.",
		[]string{"2023-11"}, []string{"CHU Mustapha Pacha"}},
	{"ar", "أجرى مستشفى أول نوفمبر 1954 بوهران خمس عمليات زرع كلى يوم 6 أكتوبر 2023.",
		[]string{"2023-10-06"}, []string{"مستشفى أول نوفمبر 1954 بوهران"}},
	{"ar", "استقبل مستشفى 20 أوت 1955 بسكيكدة قافلة طبية في مارس 2024.",
		[]string{"2024-03"}, []string{"مستشفى 20 أوت 1955 بسكيكدة"}},
	{"ar", "افتتح المستشفى الجامعي في نوفمبر 2023 مصلحة جديدة.",
		[]string{"2023-11"}, nil},
	{"ru", "Городская больница № 2 открылась 1 мая 1954 года.",
		[]string{"1954-05-01"}, []string{"Городская больница № 2"}},
}

func TestNameDates(t *testing.T) {
	e := engine(t)
	for _, tt := range nameDateTests {
		var rec Record
		docFor(t, tt.lang, tt.text).fill(&rec, e.gaz)
		var dates, names []string
		for _, d := range rec.Dates {
			dates = append(dates, d.Value)
		}
		for _, in := range rec.Institutions {
			names = append(names, in.Name)
		}
		if fmt.Sprint(dates) != fmt.Sprint(tt.dates) || fmt.Sprint(names) != fmt.Sprint(tt.names) {
			t.Errorf("%s %q:\n got dates %v, names %q\nwant dates %v, names %q", tt.lang, tt.text, dates, names, tt.dates, tt.names)
		}
	}
}
