package extract

import (
	"slices"
	"testing"
)

// instNames runs the institution matcher alone over text in the pack of
// code and returns the names it reports, in order.
func instNames(t *testing.T, code, text string) []string {
	t.Helper()
	e := engine(t)
	d := docFor(t, code, text)
	insts, _ := d.institutions(e.gaz, nil)
	var out []string
	for _, in := range insts {
		out = append(out, in.Name)
	}
	return out
}

// Words in capitals that are no abbreviation of an organisation: strings
// of a web address, page furniture and headlines on a line in capitals,
// currency codes; abbreviations in prose stay.
func TestAcronymForms(t *testing.T) {
	cases := []struct {
		code, text string
		want       []string
	}{
		{"ru", "https://news.example/peresadke?lang=ru&from=rss&stid=z-ZuIXvIm0Bt\nВрачи провели операцию.", nil},
		{"ru", "Сейчас читают\n\nDMCA", nil},
		{"ru", "Курс валют\nUSD 88.85\nEUR 96.10", nil},
		{"ru", "Операцию провели в КазНИИОиР.", []string{"КазНИИОиР"}},
		{"ru", "ФЛЕШ НОВОСТИ\nОперацию провели в НИИТиИО.", []string{"НИИТиИО"}},
		{"fr", "ABONNEZ-VOUS\nFLASH INFO\nLa CNAS a remboursé 40 opérations.", []string{"CNAS"}},
		{"fr", "Le taux est de 3 % en USD cette année.", nil},
	}
	for _, c := range cases {
		if got := instNames(t, c.code, c.text); !slices.Equal(got, c.want) {
			t.Errorf("%s %q: got %q, want %q", c.code, c.text, got, c.want)
		}
	}
}

// Arabic: descriptive phrases after a trigger name no one body; a name
// ends before an adverb or a verb; the mentions of one name with and
// without the article meet.
func TestArabicDescriptions(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"استأجرت المؤسسة مستشفى كامل بمدينة العريش.", nil},
		{"تعزيز مكانته كمركز رائد عالميًا في مجال زراعة الأعضاء.", nil},
		{"ضمن أفضل 250 مؤسسة رعاية صحية أكاديمية لعام 2025.", nil},
		{"واستعرضت مديرة المستشفى الإحصائيات العامة للخدمات الطبية.", nil},
		{"مما يؤهل المعهد للبدء في برنامج الزراعة التبادلية.", nil},
		{"عرف المركز الاستشفائي ابن سينا حوالي 41 ألف عملية.", []string{"المركز الاستشفائي ابن سينا"}},
		// a verb ends a name: "the two performed together"
		{"إن مستشفى مصطفى باشا ومستشفى نفيسة حمود أجريا معا 96 عملية.", []string{"مستشفى مصطفى باشا", "مستشفى نفيسة حمود"}},
		{"أشار تقرير للمؤسسة الاستشفائية الجامعية لوهران إلى أن المؤسسة الاستشفائية الجامعية لوهران تتكفل بالمرضى.", []string{"المؤسسة الاستشفائية الجامعية لوهران"}},
		{"بالتنسيق مع المركز الوطني للنهوض بزرع الأعضاء.", []string{"المركز الوطني للنهوض بزرع الأعضاء"}},
		{"أجريت العمليات بالعيادة المتخصصة محمد عبد الرحماني. وتمت متابعتهم بالعيادة المختصة عبد الرحماني.", []string{"العيادة المتخصصة محمد عبد الرحماني"}},
		{"أشرف على قافلة جراحية بمستشفى مولاي علي الشريف إستفاد منها 35 مريضا.", []string{"مستشفى مولاي علي الشريف"}},
		{"بعد نقل الطبيب إلى مستشفى استشفائية أخرى.", nil},
		{"تم إنجاز ما مجموعه 148.268 تحليلا مخبريا.", nil},
		{"أجريت 1500 عملية بالمستشفى بسطيف.", nil},
		{"أجريت 10 عمليات بالمركز الاستشفائي الجامعي بوهران.", []string{"المركز الاستشفائي الجامعي بوهران"}},
		{"معهد الكلى يحقق إنجازا. وأجرى المعهد القومي للكلى في نفس اليوم عمليتين.", []string{"المعهد القومي للكلى"}},
	}
	for _, c := range cases {
		if got := instNames(t, "ar", c.text); !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// Russian: a first name after a name is a person, not part of it; a
// descriptive phrase opening a sentence names no body unless an official
// adjective is in it.
func TestRussianNameEnds(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"Как рассказал главный врач больницы Валерий Стрижелецкий, операции идут.", nil},
		{"Директор РНПЦ «Кардиология» Андрей Пристром рассказал о пересадках.", []string{"РНПЦ «Кардиология»"}},
		{"Операционным блоком ФГБУ «ФЦТОЭ» Минздрава России руководит хирург.", []string{"ФГБУ «ФЦТОЭ» Минздрава России"}},
		{"С момента открытия тульского онкоцентра прошел год.", []string{"тульский онкоцентр"}},
		{"В крупном медицинском центре провели 40 операций.", nil},
		{"Ведущая казахстанская кардиохирургическая клиника провела 86 операций.", nil},
		{"Республиканский специализированный центр провел 86 операций.", []string{"Республиканский специализированный центр"}},
		// a quoted name is whole: the day after it is the date's
		{"В ГБУЗ НСО «Городская больница № 34 имени В. Н. Сорокина» 6 октября провели операцию.", []string{"ГБУЗ НСО «Городская больница № 34 имени В. Н. Сорокина»"}},
		{"Главный врач Курильской ЦРБ Елена Мацишина рассказала.", []string{"Курильская ЦРБ"}},
		{"Врачи больницы Минска (ныне МНПЦ хирургии, трансплантологии и гематологии) провели операцию.", []string{"больница Минска", "МНПЦ хирургии, трансплантологии и гематологии"}},
	}
	for _, c := range cases {
		if got := instNames(t, "ru", c.text); !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// French: a capitalised trigger alone names no body (a region, a
// reference back); a title opens a person; a board is no institution.
func TestFrenchNameEnds(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"Pour la communauté hospitalo-universitaire du Centre et la région.", nil},
		{"Au service de néphrologie du Centre hospitalo universitaire Nedir Mohamed de Tizi-Ouzou.", []string{"Centre hospitalo universitaire Nedir Mohamed de Tizi-Ouzou"}},
		{"Une équipe du CHU d'Annaba, sous la direction du professeur Yahia Abdeslam, a opéré.", []string{"CHU d'Annaba"}},
		{"Jean Gravel, président du conseil d'administration de Transplant Québec.", []string{"Transplant Québec"}},
		{"Ces interventions, réalisées dans des hôpitaux de Tunis, Monastir et La Marsa.", nil},
		{"Opéré dans des hôpitaux universitaires Fattouma Bourguiba de Monastir.", []string{"hôpitaux universitaires Fattouma Bourguiba de Monastir"}},
		{"Le directeur du centre national pour la promotion de la transplantation d'organes (CNPTO) a parlé.", []string{"centre national pour la promotion de la transplantation d'organes (CNPTO)"}},
	}
	for _, c := range cases {
		if got := instNames(t, "fr", c.text); !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// Quoted names, with or without a space inside the quotes; a straight
// quote glued to the word before closes a quotation, and in a cased
// script a quoted name opens on a capital.
func TestQuotedNames(t *testing.T) {
	cases := []struct {
		code, text string
		want       []string
	}{
		{"ar", "انطلقت بالمستشفى الإقليمي \"السلامة \" حملة طبية.", []string{"المستشفى الإقليمي \"السلامة \""}},
		{"ar", "أجريت العملية في المؤسسة الاستشفائية \"محمد بوضياف\" أمس.", []string{"المؤسسة الاستشفائية \"محمد بوضياف\""}},
		{"ar", "نظمت جمعية \"نور للجميع\" قافلة طبية.", []string{"جمعية \"نور للجميع\""}},
		{"fr", "Il a été opéré à l'hôpital « Les Orangers » de Rabat.", []string{"hôpital « Les Orangers » de Rabat"}},
		{"fr", "\"Nous avons opéré au CHU de Bab El-Oued\", a souligné le professeur.", []string{"CHU de Bab El-Oued"}},
		{"fr", "Le centre \"pionnier en la matière\" a fêté ses 30 ans.", nil},
		{"ru", "Операцию провели в больнице «Мать и дитя».", []string{"больница «Мать и дитя»"}},
	}
	for _, c := range cases {
		if got := instNames(t, c.code, c.text); !slices.Equal(got, c.want) {
			t.Errorf("%s %q: got %q, want %q", c.code, c.text, got, c.want)
		}
	}
}

// A body named by its trigger and a place alone is the named body of its
// kind whose name holds the place, or else the only named one of its kind
// in the article: one hospital written two ways. Two named bodies and a
// third place keep three entities.
func TestPlaceNamesJoin(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"Le CHU Nedir-Mohamed a réalisé onze greffes. La greffe est devenue habituelle au CHU de Tizi Ouzou.", []string{"CHU Nedir-Mohamed"}},
		{"Au CHU Ibn Sina de Rabat, la greffe est la quatrième à l'hôpital de Rabat.", []string{"CHU Ibn Sina de Rabat"}},
		{"Le CHU Ibn Sina et le CHU Ibn Rochd ont opéré. Le CHU de Fès aussi.", []string{"CHU Ibn Sina", "CHU Ibn Rochd", "CHU de Fès"}},
		{"L'université Mouloud Mammeri a formé les médecins du CHU de Tizi Ouzou.", []string{"université Mouloud Mammeri", "CHU de Tizi Ouzou"}},
	}
	for _, c := range cases {
		if got := instNames(t, "fr", c.text); !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// Bodies the packs know by name alone (institutions.known), per language;
// written in small letters in a cased script they are words, not names.
func TestKnownBodies(t *testing.T) {
	cases := []struct {
		code, text string
		want       []string
	}{
		{"fr", "Selon Transplant Québec, 166 donneurs ont permis 480 greffes.", []string{"Transplant Québec"}},
		{"fr", "L'OMS recommande la greffe.", []string{"OMS"}},
		{"fr", "Les oms de la langue.", nil},
		{"ru", "При поддержке Россотрудничества врачи провели операции.", []string{"Россотрудничества"}},
		{"ar", "قدمت اليونيسف معدات طبية للمستشفى.", []string{"اليونيسف"}},
	}
	for _, c := range cases {
		if got := instNames(t, c.code, c.text); !slices.Equal(got, c.want) {
			t.Errorf("%s %q: got %q, want %q", c.code, c.text, got, c.want)
		}
	}
}
