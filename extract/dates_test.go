package extract

import (
	"fmt"
	"testing"
)

var dateTests = []struct {
	lang, text string
	want       []string
}{
	{"fr", "Depuis le mois d'avril 2011, la clinique opère.", []string{"2011-04"}},
	{"fr", "Le 6 octobre 2023, l'hôpital a ouvert.", []string{"2023-10-06"}},
	{"fr", "Le 1er juin 2022 marque le début.", []string{"2022-06-01"}},
	{"fr", "Le rapport du 12/03/2022 le confirme.", []string{"2022-03-12"}},
	{"fr", "Créée en 2007, la clinique a grandi.", []string{"2007"}},
	{"fr", "Le 31 février 2023 n'existe pas.", []string{"2023-02"}},
	{"fr", "Il y a 2000 médecins et 30 ans d'expérience.", nil},
	{"fr", "L'an dernier, les opérations ont doublé.", nil},
	{"ar", "منذ سنة 2014 إلى غاية سنة 2023 تم إجراء العمليات.", []string{"2014", "2023"}},
	{"ar", "افتتح المستشفى في 6 أكتوبر 2023.", []string{"2023-10-06"}},
	{"ar", "بدأ البرنامج في أبريل 2011.", []string{"2011-04"}},
	{"ar", "انطلقت الحملة في 10 جويلية 2023.", []string{"2023-07-10"}},
	{"ar", "عقد الاجتماع يوم 12 تشرين الثاني 2025.", []string{"2025-11-12"}},
	{"ar", "صدر القرار بتاريخ ٢٠/١٢/٢٠١٦.", []string{"2016-12-20"}},
	{"ar", "يضم المستشفى 2000 سرير.", nil},
	{"ru", "6 октября 2023 года центр открылся.", []string{"2023-10-06"}},
	{"ru", "В апреле 2011 года прошла первая операция.", []string{"2011-04"}},
	{"ru", "В 2019 году выполнено больше операций.", []string{"2019"}},
	{"ru", "Приказ от 12.03.2022 вступил в силу.", []string{"2022-03-12"}},
	{"ru", "Я отработал 13 лет, а больница существует 65 лет.", nil},
}

func TestDates(t *testing.T) {
	for _, tt := range dateTests {
		got := docFor(t, tt.lang, tt.text).dates()
		var gs []string
		for _, d := range got {
			gs = append(gs, d.Value)
		}
		if fmt.Sprint(gs) != fmt.Sprint(tt.want) {
			t.Errorf("%s %q: got %v, want %v", tt.lang, tt.text, gs, tt.want)
		}
	}
}
