package lang

import (
	"strings"
	"testing"
)

// Articles written for these tests (health news, a few sentences each).
const (
	articleFR = "Le centre hospitalier universitaire de Constantine a réalisé quarante-deux greffes de rein depuis le début de l'année, a annoncé mardi sa direction. " +
		"Selon le chef du service de néphrologie, l'équipe a également pris en charge une vingtaine d'enfants venus des wilayas voisines. " +
		"Les patients greffés sont suivis pendant plusieurs mois par des médecins et des infirmières formés à cette prise en charge. " +
		"L'établissement espère doubler son activité l'an prochain grâce à un nouveau bloc opératoire, financé par le ministère de la santé. " +
		"En attendant, la liste d'attente compte encore plus de trois cents malades, dont beaucoup sont sous dialyse depuis des années."

	articleAR = "أعلنت إدارة المستشفى الجامعي بمدينة وهران عن إجراء ثلاثين عملية زرع كلى منذ بداية السنة الجارية. " +
		"وأوضح رئيس مصلحة أمراض الكلى أن الفريق الطبي تكفل أيضا بعدد من الأطفال القادمين من الولايات المجاورة. " +
		"ويخضع المرضى بعد العملية لمتابعة دقيقة تستمر عدة أشهر يشرف عليها أطباء وممرضون مختصون. " +
		"وتأمل المؤسسة في مضاعفة نشاطها خلال العام المقبل بفضل جناح جراحي جديد تموله وزارة الصحة. " +
		"وفي انتظار ذلك، ما زالت قائمة الانتظار تضم أكثر من مئتي مريض يخضع أغلبهم لتصفية الدم منذ سنوات."

	// articleARVocalized is vocalized by hand: a haraka, sukun, shadda or
	// tanwin on every letter that takes one.
	articleARVocalized = "أَعْلَنَتْ إِدَارَةُ المُسْتَشْفَى الجَامِعِيِّ عَنْ إِجْرَاءِ ثَلَاثِينَ عَمَلِيَّةَ زَرْعِ كُلًى مُنْذُ بِدَايَةِ السَّنَةِ. " +
		"وَأَوْضَحَ رَئِيسُ المَصْلَحَةِ أَنَّ الفَرِيقَ الطِّبِّيَّ تَكَفَّلَ بِعَدَدٍ مِنَ الأَطْفَالِ القَادِمِينَ مِنَ الوِلَايَاتِ المُجَاوِرَةِ. " +
		"وَيَخْضَعُ المَرْضَى لِمُتَابَعَةٍ دَقِيقَةٍ تَسْتَمِرُّ عِدَّةَ أَشْهُرٍ يُشْرِفُ عَلَيْهَا أَطِبَّاءُ وَمُمَرِّضُونَ مُخْتَصُّونَ. " +
		"وَتَأْمُلُ المُؤَسَّسَةُ فِي مُضَاعَفَةِ نَشَاطِهَا خِلَالَ العَامِ المُقْبِلِ بِفَضْلِ جَنَاحٍ جِرَاحِيٍّ جَدِيدٍ."

	articleRU = "Хирурги областной клинической больницы Екатеринбурга провели в этом году более ста пересадок почки, сообщила пресс-служба учреждения. " +
		"По словам заведующего отделением трансплантации, врачи впервые оперировали детей из соседних регионов. " +
		"После операции пациенты несколько месяцев находятся под наблюдением нефрологов и медицинских сестёр. " +
		"В следующем году больница рассчитывает открыть новую операционную, которую оплатит министерство здравоохранения. " +
		"Пока же в листе ожидания остаются почти триста человек, многие из них годами живут на диализе."

	articleEN = "Surgeons at the regional teaching hospital carried out more than forty kidney transplants this year, the hospital said on Tuesday. " +
		"According to the head of the nephrology department, the team also treated children referred from neighbouring provinces. " +
		"Patients are followed for several months after surgery by doctors and specialist nurses. " +
		"The hospital hopes to double its activity next year thanks to a new operating theatre funded by the health ministry. " +
		"Meanwhile, more than three hundred people remain on the waiting list, many of them on dialysis for years."

	articleES = "Los cirujanos del hospital universitario realizaron más de cuarenta trasplantes de riñón este año, informó el martes la dirección del centro. " +
		"Según el jefe del servicio de nefrología, el equipo también atendió a niños llegados de las provincias vecinas. " +
		"Los pacientes reciben seguimiento durante varios meses por parte de médicos y enfermeras especializadas. " +
		"El hospital espera duplicar su actividad el próximo año gracias a un nuevo quirófano financiado por el ministerio de sanidad. " +
		"Mientras tanto, más de trescientas personas siguen en lista de espera, muchas de ellas en diálisis desde hace años."

	articleUK = "Хірурги обласної клінічної лікарні цього року провели понад сорок пересадок нирки, повідомила пресслужба закладу. " +
		"За словами завідувача відділення трансплантації, лікарі вперше оперували дітей із сусідніх областей. " +
		"Після операції пацієнти кілька місяців перебувають під наглядом нефрологів і медичних сестер. " +
		"Наступного року лікарня сподівається відкрити нову операційну, яку профінансує міністерство охорони здоров'я. " +
		"Тим часом у черзі на пересадку залишаються майже триста людей, багато з яких роками живуть на діалізі."

	articleFA = "جراحان بیمارستان دانشگاهی امسال بیش از چهل پیوند کلیه انجام دادند، این خبر را روز سه‌شنبه مدیریت بیمارستان اعلام کرد. " +
		"به گفته رئیس بخش نفرولوژی، این تیم همچنین کودکانی را که از استان‌های همسایه آمده بودند درمان کرده است. " +
		"بیماران پس از عمل چند ماه زیر نظر پزشکان و پرستاران متخصص قرار می‌گیرند. " +
		"بیمارستان امیدوار است سال آینده با یک اتاق عمل جدید که وزارت بهداشت هزینه آن را می‌پردازد فعالیت خود را دو برابر کند. " +
		"در این میان، بیش از سیصد نفر همچنان در فهرست انتظار هستند و بسیاری از آنها سال‌هاست دیالیز می‌شوند."

	// cookieNotice and metadata are English page furniture that scrapers
	// leave before an article (about 300 characters each).
	cookieNotice = "We use cookies and similar technologies to improve your experience on our website, to analyse traffic and to show you personalised content and advertising. " +
		"By clicking Accept all you agree to the storing of cookies on your device. You can change your preferences at any time in the privacy settings.\n\n"

	metadataHeader = "Published by the regional news desk. Last updated on Tuesday. Share this article on social media or send it by email to a friend. " +
		"Related topics: health, hospitals, surgery, transplants. Reading time: three minutes. Subscribe to our newsletter for the latest updates from the region.\n\n"
)

// withControls puts control after every character of s.
func withControls(s string, control rune) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(r)
		b.WriteRune(control)
	}
	return b.String()
}

// vocalize puts a haraka, sukun or shadda on every Arabic letter of s.
func vocalize(s string) string {
	marks := []string{"\u064e", "\u0650", "\u064f", "\u0652", "\u0651\u064e", "\u064b"}
	var b strings.Builder
	i := 0
	for _, r := range s {
		b.WriteRune(r)
		if r >= 0x0621 && r <= 0x064a {
			b.WriteString(marks[i%len(marks)])
			i++
		}
	}
	return b.String()
}

// numberTable is 40 lines of a numeric table.
func numberTable() string {
	var b strings.Builder
	for i := 0; i < 40; i++ {
		b.WriteString("12 | 345 | 6.7\n")
	}
	return b.String()
}

// hardDetections are inputs the matchers handle but a detector reading
// only the first 300 characters gets wrong.
var hardDetections = []struct{ name, text, want string }{
	{"vocalized arabic", articleARVocalized, "ar"},
	{"tashkeel on every letter, ar", vocalize(articleAR), "ar"},
	{"rtl mark after every char, fa", withControls(articleFA, '\u200f'), "fa"},
	{"zero width space after every char, fr", withControls(articleFR, '\u200b'), "fr"},
	{"rtl mark after every char, ar", withControls(articleAR, '\u200f'), "ar"},
	{"rtl embedding after every char, ru", withControls(articleRU, '\u202b'), "ru"},
	{"300 leading spaces, fr", strings.Repeat(" ", 300) + articleFR, "fr"},
	{"400 leading spaces and newlines, ar", strings.Repeat(" \n", 200) + articleAR, "ar"},
	{"table of numbers, ru", numberTable() + articleRU, "ru"},
	{"table of numbers, fr", numberTable() + articleFR, "fr"},
	{"english cookie notice, fr", cookieNotice + articleFR, "fr"},
	{"english cookie notice, ru", cookieNotice + articleRU, "ru"},
	{"english metadata, fr", metadataHeader + articleFR, "fr"},
	{"english metadata, ru", metadataHeader + articleRU, "ru"},
}

// plainDetections must keep their answer.
var plainDetections = []struct{ name, text, want string }{
	{"french", articleFR, "fr"},
	{"arabic", articleAR, "ar"},
	{"russian", articleRU, "ru"},
	{"english stays english", articleEN, "en"},
	{"english with cookie notice", cookieNotice + articleEN, "en"},
	{"spanish", articleES, "es"},
	{"ukrainian", articleUK, "uk"},
	{"persian", articleFA, "fa"},
	{"too short", "Santé : 3 cas.", "und"},
	{"only numbers and marks", strings.Repeat("12 | 345 | 6.7\n", 40) + "ـــ َ ُ ِ", "und"},
}

func TestDetectHardInputs(t *testing.T) {
	d := packDetector(t)
	right := 0
	for _, tt := range hardDetections {
		got := d.Detect(tt.text)
		if got.Code == tt.want {
			right++
		} else {
			t.Errorf("%s: got %s (%.2f), want %s", tt.name, got.Code, got.Confidence, tt.want)
		}
	}
	t.Logf("hard inputs: %d/%d right", right, len(hardDetections))
}

func TestDetectPlainInputs(t *testing.T) {
	d := packDetector(t)
	for _, tt := range plainDetections {
		if got := d.Detect(tt.text); got.Code != tt.want {
			t.Errorf("%s: got %s (%.2f), want %s", tt.name, got.Code, got.Confidence, tt.want)
		}
	}
}

// TestDetectConfidence checks that confidence separates a clear answer
// from a mixed text or a language none of the models knows well.
func TestDetectConfidence(t *testing.T) {
	d := packDetector(t)
	clear := []string{articleFR, articleAR, articleRU, withControls(articleRU, '\u200b'), vocalize(articleAR)}
	for _, text := range clear {
		if got := d.Detect(text); got.Confidence < 0.95 {
			t.Errorf("%.30q: confidence %.2f, want >= 0.95 for a clean article", text, got.Confidence)
		}
	}
	lower := []struct{ name, text, want string }{
		{"english header, fr", cookieNotice + articleFR, "fr"},
		{"english header, ru", metadataHeader + articleRU, "ru"},
		{"english footer, fr", articleFR + "\n\n" + cookieNotice, "fr"},
		// Swedish is not loaded: English and German share the text.
		{"swedish", "Kliniken i Stockholm genomförde tio operationer förra veckan med gott resultat för patienterna.", "en"},
	}
	for _, tt := range lower {
		got := d.Detect(tt.text)
		if got.Code != tt.want || got.Confidence > 0.8 {
			t.Errorf("%s: got %s (%.2f), want %s under 0.80", tt.name, got.Code, got.Confidence, tt.want)
		}
	}
}

// TestSamplesBounded checks that the detector reads a bounded sample of a
// long text, spread over it.
func TestSamplesBounded(t *testing.T) {
	text := strings.Repeat(articleFR+" ", 200)
	wins := samples(text, sampleLetters(text))
	if len(wins) != windowCount {
		t.Fatalf("%d windows, want %d", len(wins), windowCount)
	}
	for _, w := range wins {
		if n := sampleLetters(w); n < windowLetters || n > windowLetters+30 {
			t.Errorf("window of %d letters, want about %d: %q", n, windowLetters, w)
		}
	}
	if got := letterText("Le\u200b 12 | 34 َوَزَارَةُ ـــ l'an 2023..."); got != "Le وزارة l an" {
		t.Errorf("letterText = %q", got)
	}
}
