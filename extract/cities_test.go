package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// Each sentence has at most one city mention; id is the GeoNames id it must
// resolve to, 0 for none.
var cityTests = []struct {
	lang, text string
	id         int
}{
	// French: elision, articles, hyphens, lookalike common words
	{"fr", "Le patient a été transféré à Oran hier.", 2485926},
	{"fr", "Les chirurgiens d'Annaba ont opéré dix enfants.", 2506999},
	{"fr", "Une caravane médicale est arrivée à Constantine.", 2501152},
	{"fr", "La clinique de Bou Ismaïl a rouvert.", 2502939},
	{"fr", "Il est diplômé de l'université de Dresde.", 2935022},
	{"fr", "Le congrès s'est tenu au Caire en mai.", 360630},
	{"fr", "Un hôpital de l'Ariana a accueilli la caravane.", 2473247},
	{"fr", "Ils viennent de Saint-Pétersbourg pour former les équipes.", 498817},
	{"fr", "Le CHU de Tizi-Ouzou a réalisé trois greffes.", 2475744},
	{"fr", "L'équipe de Sidi Bel Abbès a participé.", 2481007},
	{"fr", "Les médecins de Fès ont fait le déplacement.", 2548885},
	{"fr", "Une délégation de Casablanca était présente.", 2553604},
	{"fr", "La conférence a eu lieu à Genève.", 2660646},
	{"fr", "Les spécialistes venus de Montréal ont salué le travail.", 6077243},
	{"fr", "Selon le ministre, le programme continue.", 0},
	{"fr", "Une équipe médicale a opéré vingt enfants.", 0},
	{"fr", "Après plusieurs tours de discussion, l'accord a été signé.", 0},
	{"fr", "Le budget sera voté en mars prochain.", 0},
	{"fr", "Le code orange a été déclenché au service des urgences.", 0},
	{"fr", "Les élus du Québec ont voté le budget de la santé.", 0},
	{"fr", "L'Algérie a investi dans la santé.", 0},
	{"fr", "Le docteur Habib Raziq dirige l'équipe.", 0},
	{"fr", "Le centre de référence accueille les malades.", 0},
	{"fr", "Le patient habite rue Pasteur depuis dix ans.", 0},
	// Arabic: clitics, article, context, lookalikes
	{"ar", "تم نقل المريض إلى مستشفى بوهران أمس.", 2485926},
	{"ar", "وصل الفريق الطبي إلى وهران صباحا.", 2485926},
	{"ar", "شارك أطباء من الجزائر العاصمة وبقسنطينة.", 2501152},
	{"ar", "أجريت العملية بالقاهرة الأسبوع الماضي.", 360630},
	{"ar", "افتتح المستشفى الجديد في الرياض.", 108410},
	{"ar", "وصل وفد طبي من عنابة إلى المستشفى.", 2506999},
	{"ar", "عقد المؤتمر في بيروت بحضور الأطباء.", 276781},
	{"ar", "استقبل المستشفى مرضى من مراكش.", 2542997},
	{"ar", "نظمت القافلة الطبية بمدينة فاس.", 2548885},
	{"ar", "عاد الفريق إلى تونس العاصمة بعد الحملة.", 2464470},
	{"ar", "أجريت العملية في الدار البيضاء بنجاح.", 2553604},
	{"ar", "وصل المرضى من الموصل لتلقي العلاج.", 99072},
	{"ar", "سافر الجراحون إلى موسكو للتدريب.", 524901},
	{"ar", "شارك أطباء من سطيف في الحملة.", 2481700},
	{"ar", "تطورت الجراحة في الجزائر خلال السنة الماضية.", 0},
	{"ar", "استخدم الأطباء تقنية حديثة في العملية.", 0},
	{"ar", "في إطار البرنامج الوطني تم إجراء العمليات.", 0},
	{"ar", "أجريت عملية قيصرية للمريضة.", 0},
	{"ar", "زارت الجدة حفيدها في المستشفى.", 0},
	{"ar", "سافر الأطباء إلى لبنان للمشاركة في المؤتمر.", 0},
	{"ar", "تم تكريم الطاقم الطبي في الحفل السنوي.", 0},
	// Russian: cases, hyphenated and multiword names, lookalikes
	{"ru", "Врачи из Санкт-Петербурга провели операции.", 498817},
	{"ru", "Конференция прошла в Нижнем Новгороде.", 520555},
	{"ru", "Специалисты из Ташкента приехали на форум.", 1512569},
	{"ru", "Хирурги из Алматы провели мастер-класс.", 1526384},
	{"ru", "Делегация из Астаны посетила центр.", 1526273},
	{"ru", "Операцию провели в Новосибирске.", 1496747},
	{"ru", "Пациента доставили в Екатеринбург.", 1486209},
	{"ru", "Врачи в Москве освоили новую методику.", 524901},
	{"ru", "Форум прошел в Казани в октябре.", 551487},
	{"ru", "Бригада из Минска приехала на помощь.", 625144},
	{"ru", "Специалисты из Ростова-на-Дону поделились опытом.", 501175},
	{"ru", "Американский госпиталь в Тбилиси принял пациентов.", 611717},
	{"ru", "Делегация из Гомеля прибыла утром.", 627907},
	{"ru", "Хирурги из Нижнего Новгорода провели мастер-класс.", 520555},
	{"ru", "Врачи приехали из Коканда и Карши.", 1512979},
	{"ru", "Врач Давид Николеишвили рассказал о результатах.", 0},
	{"ru", "Новый корпус построен на улице Пушкина.", 0},
	{"ru", "Мир стал свидетелем нового достижения медицины.", 0},
	{"ru", "На гербе изображен двуглавый орел.", 0},
	{"ru", "Клиника работает в Татарстане много лет.", 0},
	{"ru", "Россия увеличила число трансплантаций.", 0},
}

func TestCities(t *testing.T) {
	e := engine(t)
	for _, tt := range cityTests {
		d := docFor(t, tt.lang, tt.text)
		got := d.cities(e.gaz)
		switch {
		case tt.id == 0 && len(got) > 0:
			t.Errorf("%s %q: got %s (%s, %d) %q, want no city", tt.lang, tt.text, got[0].Name, got[0].Country, got[0].GeonamesID, got[0].Mentions[0].Text)
		case tt.id != 0 && len(got) == 0:
			t.Errorf("%s %q: no city, want GeoNames %d", tt.lang, tt.text, tt.id)
		case tt.id != 0 && got[len(got)-1].GeonamesID != tt.id && got[0].GeonamesID != tt.id:
			t.Errorf("%s %q: got %s (%s, %d), want GeoNames %d", tt.lang, tt.text, got[0].Name, got[0].Country, got[0].GeonamesID, tt.id)
		}
	}
	if len(cityTests) < 60 {
		t.Errorf("only %d city mentions tested", len(cityTests))
	}
}

// Mentions carry the text and code-point offsets of the article.
func TestCityMentionOffsets(t *testing.T) {
	e := engine(t)
	text := "وصل الفريق الطبي بوهران"
	got := docFor(t, "ar", text).cities(e.gaz)
	if len(got) != 1 {
		t.Fatalf("got %d cities", len(got))
	}
	m := got[0].Mentions[0]
	if string([]rune(text)[m.Start:m.End]) != m.Text || m.Text != "وهران" {
		t.Errorf("mention %+v does not slice back to وهران", m)
	}
}

// Our city-free articles (three per language, full of lookalike words:
// Tours, mars, orange, الوادي, جدة, Орёл, мир) yield no city at all.
func TestCityFreeArticles(t *testing.T) {
	e := engine(t)
	var files []string
	for _, pat := range []string{"*sans_ville*", "*bila_mudun*", "*bez_gorodov*"} {
		m, _ := filepath.Glob(filepath.Join("../testdata/gold/*", pat+".txt"))
		files = append(files, m...)
	}
	if len(files) < 9 {
		t.Fatalf("only %d city-free articles", len(files))
	}
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		rec, err := e.Extract(f, string(text))
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range rec.Cities {
			t.Errorf("%s: city %s (%s) from %q", filepath.Base(f), c.Name, c.Country, c.Mentions[0].Text)
		}
	}
}
