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

	// a URL, an e-mail address or a file path holds no date the article
	// states; a date right beside one is still read
	{"fr", "La photo du bloc opératoire (/uploads/2025/02/22-3.jpg) a été diffusée par l'hôpital.", nil},
	{"fr", "Source : https://example.com/2024/10/06/article-title publié le 12 mars 2024.", []string{"2024-03-12"}},
	{"fr", "Voir image_2023-10-06.png et www.site.dz/2022/greffes-renales pour le bilan des greffes.", nil},
	{"fr", "Rendez-vous par courriel à greffes2024@chu-oran.dz, le service répond sous 48 heures.", nil},
	{"fr", "Le rapport du 12/03/2022 et le bilan de janvier/février/mars/avril 2024 le confirment.", []string{"2022-03-12", "2024-04"}},
	{"fr", "Le service a ouvert en 2023.Le bilan suit.", []string{"2023"}},
	{"ar", "نشرت الصورة على الرابط https://www.aps.dz/ar/sante/2024/03/12/zar3-kila يوم 14 مارس 2024.", []string{"2024-03-14"}},
	{"ar", "الصورة: /uploads/2023/10/06/chu-oran.jpg من أرشيف المستشفى.", nil},
	{"ar", "أجريت العملية يوم 6 تشرين الأول/أكتوبر 2023 بنجاح.", []string{"2023-10-06"}},
	{"ru", "Фото: https://ria.ru/2024/03/12/transplantaciya.html, опубликовано 14 марта 2024 года.", []string{"2024-03-14"}},
	{"ru", "Подробности на сайте minzdrav.gov.ru/news/2023/10/06 и в файле otchet_2022.pdf.", nil},
	{"ru", "Приказ от 12.03.2022 г. (файл prikaz.pdf) вступил в силу.", []string{"2022-03-12"}},

	// the year of a copyright notice is no date of the article
	{"fr", "© 2026 El Watan. Tous droits réservés.", nil},
	{"fr", "(c) 2025 Tous droits réservés. Le CHU de Blida a réalisé 12 greffes en 2024.", []string{"2024"}},
	{"fr", "Copyright 2019-2024 Santé Magazine, mis à jour le 3 janvier 2024.", []string{"2024-01-03"}},
	{"fr", "Copyright © 2023 Le Quotidien d'Oran", nil},
	{"ar", "جميع الحقوق محفوظة © 2025", nil},
	{"ar", "أجريت أول عملية زرع كبد في مارس 2024. جميع الحقوق محفوظة ©2025", []string{"2024-03"}},
	{"ru", "© 2025 РИА Новости", nil},
	{"ru", "(с) 2024 Минздрав России. Первая операция проведена в 2023 году.", []string{"2023"}},
}

func TestDates(t *testing.T) {
	for _, tt := range dateTests {
		got := docFor(t, tt.lang, tt.text).dates(nil, nil)
		var gs []string
		for _, d := range got {
			gs = append(gs, d.Value)
		}
		if fmt.Sprint(gs) != fmt.Sprint(tt.want) {
			t.Errorf("%s %q: got %v, want %v", tt.lang, tt.text, gs, tt.want)
		}
	}
}
