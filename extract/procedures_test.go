package extract

import (
	"fmt"
	"testing"
)

// want is "count[-max] qualifier" per procedure, in order; "" for none.
var procedureTests = []struct {
	lang, text string
	want       []string
}{
	// French
	{"fr", "Dix opérations chirurgicales ont été réalisées.", []string{"10 exact"}},
	{"fr", "La clinique a réalisé vingt-cinq interventions.", []string{"25 exact"}},
	{"fr", "On compte deux cent cinquante greffes rénales.", []string{"250 exact"}},
	{"fr", "Il a officié plus de 5.000 opérations.", []string{"5000 more_than"}},
	{"fr", "L'hôpital a pratiqué 1 200 césariennes.", []string{"1200 exact"}},
	{"fr", "Elle réalise entre 4 et 5 interventions de reconstruction.", []string{"4-5 range"}},
	{"fr", "De 10 à 15 interventions sont programmées.", []string{"10-15 range"}},
	{"fr", "Près de 300 greffes ont eu lieu.", []string{"300 about"}},
	{"fr", "Une trentaine d'opérations ont été menées.", []string{"30 about"}},
	{"fr", "Au moins 18 circoncisions et moins de dix amygdalectomies.", []string{"18 at_least", "10 less_than"}},
	{"fr", "Quatre-vingt-dix opérations en un mois.", []string{"90 exact"}},
	{"fr", "Soixante-dix-sept greffes de cornée.", []string{"77 exact"}},
	{"fr", "Mille prostatectomies assistées par robot, contre environ 650 en 2018.", []string{"1000 exact", "650 about"}},
	{"fr", "Quinze (15) greffes rénales ont été effectuées.", []string{"15 exact"}},
	{"fr", "40 médecins et chirurgiens ont participé.", nil},
	{"fr", "La clinique compte 42 chambres et cinq blocs opératoires.", nil},
	{"fr", "Le coût dépasse 1 500 dinars par opération.", nil},
	{"fr", "Une intervention a eu lieu chaque semaine.", nil},
	{"fr", "La 5000ème greffe a été célébrée.", nil},
	{"fr", "En 2023 opérations et consultations ont augmenté.", nil},
	{"fr", "Le nombre de greffes de rein varie entre 50 et 60 par an.", []string{"50-60 range"}},
	{"fr", "58 : nombre de transplantations rénales réalisées.", []string{"58 exact"}},
	{"fr", "Le nombre de médecins atteint 40.", nil},
	{"fr", "25 greffes par an et par million d'habitants.", nil},
	// counts past MaxCount are no counts: they once wrapped around int64
	{"fr", "cent cent cent cent cent cent cent cent cent cent cent cent cent opérations", nil},
	{"fr", "999 999 999 999 999 millions d'opérations", nil},
	{"fr", "1 000 000 000 000 opérations", []string{"1000000000000 exact"}},
	{"ar", "مئة مئة مئة مئة مئة مئة مئة مئة مئة مئة مئة مئة مئة عملية", nil},
	{"ru", "999 999 999 999 999 тысяч операций", nil},
	{"ru", "Министерство планирует увеличить число трансплантаций почки до 70.", []string{"70 at_most"}},
	{"ar", "بلغ عدد العمليات الجراحية في المستشفى 1283 خلال السنة.", []string{"1283 exact"}},
	// Arabic
	{"ar", "تم تسجيل ما يفوق 100عملية جراحية.", []string{"100 more_than"}},
	{"ar", "تم اجراء 25 عملية لتصحيح التشوه الخلقي.", []string{"25 exact"}},
	{"ar", "أجرى الفريق ١٣٥٠ عملية جراحية.", []string{"1350 exact"}},
	{"ar", "أجريت خمس عمليات جراحية ناجحة.", []string{"5 exact"}},
	{"ar", "أجرى المستشفى خمسة وعشرين عملية.", []string{"25 exact"}},
	{"ar", "أجريت حوالي 40 عملية زرع كلى.", []string{"40 about"}},
	{"ar", "أجرى الأطباء ما بين 10 و15 عملية يوميا.", []string{"10-15 range"}},
	{"ar", "تم إجراء ما لا يقل عن 60 عملية.", []string{"60 at_least"}},
	{"ar", "أجرى الجراحون عمليتين لزرع الكبد.", []string{"2 exact"}},
	{"ar", "أجرى المركز ثلاثمائة عملية خلال السنة.", []string{"300 exact"}},
	{"ar", "قرابة ألف عملية أجريت في 2023.", []string{"1000 about"}},
	{"ar", "شارك 30 طبيبا في الحملة.", nil},
	{"ar", "يضم المستشفى 250 سريرا وتسع غرف عمليات.", nil},
	{"ar", "تتراوح أعمارهم ما بين 16 و20سنة.", nil},
	// Russian
	{"ru", "Хирурги провели 13 операций.", []string{"13 exact"}},
	{"ru", "Выполнено более двенадцати операций.", []string{"12 more_than"}},
	{"ru", "Провели около ста двадцати вмешательств.", []string{"120 about"}},
	{"ru", "Центр выполнил пятьсот трансплантаций.", []string{"500 exact"}},
	{"ru", "За год выполнено 1 200 операций.", []string{"1200 exact"}},
	{"ru", "Проведено от 40 до 50 пересадок почки.", []string{"40-50 range"}},
	{"ru", "Не менее 30 хирургических вмешательств.", []string{"30 at_least"}},
	{"ru", "Свыше 3 тыс. операций, порядка 700 из них на открытом сердце.", []string{"3000 more_than", "700 about"}},
	{"ru", "Выполнено двести пятьдесят операций.", []string{"250 exact"}},
	{"ru", "Я отработал 13 лет в Онкоцентре.", nil},
	{"ru", "На конференцию приехали около 30 врачей.", nil},
	{"ru", "Больница располагает 420 койками и 18 операционными.", nil},
}

func TestProcedures(t *testing.T) {
	for _, tt := range procedureTests {
		got, _ := docFor(t, tt.lang, tt.text).procedures()
		var gs []string
		for _, p := range got {
			s := fmt.Sprint(p.Count)
			if p.CountMax != nil {
				s += fmt.Sprintf("-%d", *p.CountMax)
			}
			gs = append(gs, s+" "+p.Qualifier)
		}
		if fmt.Sprint(gs) != fmt.Sprint(tt.want) {
			t.Errorf("%s %q: got %v, want %v", tt.lang, tt.text, gs, tt.want)
		}
	}
}

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
