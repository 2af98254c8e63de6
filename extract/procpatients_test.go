package extract

import (
	"fmt"
	"slices"
	"testing"
)

// TestPatientAndOrganCounts checks counts whose noun is no procedure noun,
// per language: patients operated (procedures.patients, operated,
// underwent) and organs transplanted (procedures.organs, grafted). Each
// count is "count type[/organ]"; patients examined or consulted are none.
func TestPatientAndOrganCounts(t *testing.T) {
	e := engine(t)
	tests := []struct {
		text string
		want []string
	}{
		// fr
		{"Le chirurgien a opéré 40 patients à l'hôpital de Blida.", []string{"40 surgery"}},
		{"Trois enfants ont été opérés hier au CHU d'Oran.", []string{"3 surgery"}},
		{"Trois enfants de moins de 10 kilos ont été opérés avec succès.", []string{"3 surgery"}},
		{"Dix patients ont reçu 12 greffes rénales et ont été opérés au CHU.", []string{"12 transplant/kidney"}},
		{"Par ailleurs, 16 enfants souffrant de la même maladie ont été opérés avec succès.", []string{"16 surgery"}},
		{"497 personnes ont bénéficié d'une transplantation au Québec en 2018.", []string{"497 transplant"}},
		{"L'équipe a effectué des interventions chirurgicales à cœur ouvert sur 18 enfants.", []string{"18 cardiac"}},
		{"Au total, 200 patients ont été examinés par les médecins de la caravane.", nil},
		{"Le laboratoire a réalisé 11 335 examens biologiques et 17 518 consultations.", []string{"11335 other"}},
		{"Quelque 300 patients ont bénéficié de consultations gratuites.", nil},
		{"Pas moins de 40 patients sont en attente d'une greffe rénale.", nil},
		{"Le service a réalisé 12 greffes sur 10 patients cette année.", []string{"12 transplant"}},
		{"Le nombre de greffes de rein est passé de 29 en 2012 à 37 en 2013 pour se situer à 36 en 2014.", []string{"29 transplant/kidney", "37 transplant/kidney", "36 transplant/kidney"}},
		{"Le CHU a réalisé 12 greffes en 2023, avec 3 médecins en 2024.", []string{"12 transplant"}},
		// ru
		{"За неделю прооперировано 56 пациентов в областной больнице.", []string{"56 surgery"}},
		{"Десять пациентов перенесли операцию на сердце в этом месяце.", []string{"10 cardiac"}},
		{"Пациентам были пересажены: 12 сердец, 32 почки и 19 печеней.", []string{"12 transplant/heart", "32 transplant/kidney", "19 transplant/liver"}},
		{"В столице планируется провести 140 трансплантаций почек и 35 печени.", []string{"140 transplant/kidney", "35 transplant/liver"}},
		{"За неделю врачи осмотрели 56 пациентов в областной больнице.", nil},
		{"Донорскую печень получили 52 человека (в 2023 — 42, в 2024 — 47).", []string{"52 transplant/liver", "42 transplant/liver", "47 transplant/liver"}},
		{"У 3 пациентов почки не работали.", nil},
		// ar
		{"وقد استفاد 30 مريضا من عمليات جراحية بالمستشفى الجامعي.", []string{"30 surgery"}},
		{"أين خضع 640 شخص لعمليات جراحية في المصلحة.", []string{"640 surgery"}},
		{"حملة طبية جراحية لفائدة 100 مريض خضعوا لعمليات جراحية على مستوى إزالة الحصى.", []string{"100 surgery"}},
		{"أجرى فريق طبي فرنسي عمليات جراحية دقيقة لفائدة 18 طفلا مصابا بتشوهات قلبية.", []string{"18 cardiac"}},
		{"وقد تم هذا العام زراعة 20 كبداً لمرضى من الكويت.", []string{"20 transplant/liver"}},
		{"وتم التكفل ب11 طفلا تتراوح أعمارهم بين 1 و6 سنوات استفادوا من عمليات جراحية ناجحة.", []string{"11 surgery"}},
		{"بلغ عدد الولادات 5129 طفلا خلال عام 2014 منها [1109] قيصرية.", []string{"1109 cesarean"}},
		{"سجلت 40 متبرعاً، حيث استفدنا من 70 كلية، و20 كبداً و6 قلوب.", []string{"70 transplant/kidney", "20 transplant/liver", "6 transplant/heart"}},
		{"استفاد 300 مريض من فحوصات طبية مجانية في القافلة.", nil},
		{"استقبل المستشفى 70 مريضا يعانون من أمراض الكلية.", nil},
	}
	for _, tt := range tests {
		res, err := e.Process(Article{Source: "t", Text: tt.text})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range res.Record.Procedures {
			s := fmt.Sprintf("%d %s", p.Count, deref(p.Type))
			if p.Organ != nil {
				s += "/" + *p.Organ
			}
			got = append(got, s)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
