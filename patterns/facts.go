package patterns

import (
	"strings"

	"github.com/newsx/newsx/lang"
)

// Facts says how a count is tied to who performed it, where and when: the
// words around institutions, places and dates that the engine reads. Kinds
// of institutions and the words are pack data; the engine only knows that
// a nearer mention in the count's sentence beats a farther one.
type Facts struct {
	// Performers are the institution kinds that perform procedures
	// (hospital, clinic, centre): preferred over the bodies that are only
	// credited with them (a fund, a ministry, a university).
	Performers []Kind `yaml:"performers"`
	// Anaphors are words before a trigger noun named no further ("la
	// clinique", "cette structure") that make it refer back to the last
	// institution of its kind.
	Anaphors []string `yaml:"anaphors"`
	// BareAnaphors: any trigger noun named no further refers back
	// (languages without articles: "в центре"; Arabic's definite nouns).
	BareAnaphors bool `yaml:"bare_anaphors"`
	// Teams are words for the people who operate ("l'équipe médicale",
	// "الطاقم الطبي", "хирурги"): they refer back to the last institution
	// named that performs procedures.
	Teams []string `yaml:"teams"`
	// By are words before an institution that say it did or hosted what is
	// counted ("au", "par", "au niveau de", "في", a glued "ب", "в", "на
	// базе"): a name after a count stands for it only after one of them
	// ("40 opérations ... au CHU de Batna"; not "orientés vers l'hôpital").
	By []string `yaml:"by"`
	// SameKind, around a count, make its procedures those of the count
	// before ("около двухсот таких операций", "96 عملية من هذا المجموع",
	// "opérations de ce type").
	SameKind []string `yaml:"same_kind"`
	// ManyOrgans, after a transplant count, say it is of several organs
	// ("пересадок различных органов", "greffes d'organes"): it takes no
	// organ from the transplant count before it.
	ManyOrgans []string `yaml:"many_organs"`
	// Sources, before an institution, make it where a figure comes from,
	// not who did it ("selon le ministère", "по данным Минздрава", "حسب
	// وزارة الصحة"): it is never a count's institution.
	Sources []string `yaml:"sources"`
	// Repeats, right before a count, make it a figure given before ("ces
	// dix interventions", "эти 13 операций"): the same fact, whatever else
	// its sentence names.
	Repeats []string `yaml:"repeats"`
	// Besides, right before a count, add another item to a list ("ainsi
	// que 80 opérations", "إضافة إلى 80 عملية", "а также 80 операций"): a
	// count after one never goes on with the kind of the count before it.
	Besides []string `yaml:"besides"`
	// Nationwide phrases make a count the whole country's, tied to no
	// institution ("au niveau national", "по стране", "على المستوى الوطني").
	Nationwide []string `yaml:"nationwide"`
	// At are words before a city that say where procedures were done ("à",
	// "في", "в"; an Arabic clitic glued to the city too: "بوهران").
	At []string `yaml:"at"`
	// Collective phrases name many bodies at once ("les hôpitaux belges",
	// "المستشفيات", "больницы региона"): a count they stand before, with no
	// institution named between, is tied to none.
	Collective []string `yaml:"collective"`
	// Away are words before a city that say where people came from, not
	// where procedures were done ("venus de", "из", "القادمين من").
	Away []string `yaml:"away"`
	// Since, before a date, opens a period that runs on ("depuis 2007":
	// 2007/..).
	Since []string `yaml:"since"`
	// From and To enclose an interval's first date ("de", "с", "منذ") and
	// stand between its two dates ("à", "по", "إلى غاية"): 2014/2023.
	From []string `yaml:"from"`
	To   []string `yaml:"to"`
	// Fillers may stand between those words and a date ("l'année",
	// "سنة", "года").
	Fillers []string `yaml:"fillers"`
	// Founded, before a date, gives the institution's founding ("création
	// en 2007", "основан в"); SinceFounding in a count's sentence makes
	// its period run from that date on ("depuis sa création").
	Founded       []string `yaml:"founded"`
	SinceFounding []string `yaml:"since_founding"`
	// SinceThen in a count's sentence makes its period run from the last
	// date before it ("Depuis, 7.000 greffes", "с тех пор"): "1986-06-20/..".
	SinceThen []string `yaml:"since_then"`
	// SamePeriod in a count's sentence gives it the period of the sentences
	// before ("sur la même période", "за год", "خلال نفس الفترة").
	SamePeriod []string `yaml:"same_period"`
	// Compared, before a date, make it a point of comparison, not the
	// count's date ("vs 2022", "чем в 2020 году", "مقارنة بسنة 2016").
	Compared []string `yaml:"compared"`
	// Stated, before a date, make it the day something was said or
	// published ("communiqué du 15 janvier", "بيان صدر في"): no count's
	// date.
	Stated []string `yaml:"stated"`
	// Parts of a year, before a year, make the count's period those months
	// ("premier semestre 2024": 2024-01/2024-06; "за девять месяцев 2024
	// года": 2024-01/2024-09).
	Parts []YearPart `yaml:"parts"`
}

// YearPart is the months [From, To] of a year that words name.
type YearPart struct {
	From  int      `yaml:"from"`
	To    int      `yaml:"to"`
	Words []string `yaml:"words"`
}

// LangFacts is facts: compiled; the phrases also with clitics glued.
type LangFacts struct {
	Performers    map[string]bool
	Anaphors      *Phrases
	BareAnaphors  bool
	Teams         *Phrases
	By            *Phrases
	Repeats       *Phrases
	Besides       *Phrases
	Sources       *Phrases
	Stated        *Phrases
	SameKind      *Phrases
	ManyOrgans    *Phrases
	Nationwide    *Phrases
	Collective    *Phrases
	At            *Phrases
	Away          *Phrases
	Since         *Phrases
	From          *Phrases
	To            *Phrases
	Fillers       *Phrases
	Founded       *Phrases
	SinceFounding *Phrases
	SinceThen     *Phrases
	SamePeriod    *Phrases
	Compared      *Phrases
	Parts         *Phrases // Num is from*100+to
}

func compileFacts(c string, f Facts, clitics []Ending) LangFacts {
	with := func(words []string) *Phrases {
		var out []Phrase
		for _, w := range words {
			out = append(out, glued(clitics, Phrase{Keys: elidedKeys(w)})...)
		}
		return NewPhrases(out)
	}
	l := LangFacts{Performers: map[string]bool{}, BareAnaphors: f.BareAnaphors,
		Anaphors: with(f.Anaphors), Teams: with(f.Teams), By: with(f.By), Repeats: with(f.Repeats), Besides: with(f.Besides), Sources: with(f.Sources), Stated: with(f.Stated), SameKind: with(f.SameKind), ManyOrgans: with(f.ManyOrgans), Nationwide: with(f.Nationwide), Collective: with(f.Collective), At: with(f.At), Away: with(f.Away),
		Since: with(f.Since), From: with(f.From), To: with(f.To), Fillers: with(f.Fillers),
		Founded: with(f.Founded), SinceFounding: with(f.SinceFounding), SinceThen: with(f.SinceThen), SamePeriod: with(f.SamePeriod), Compared: with(f.Compared)}
	var parts []Phrase
	for _, p := range f.Parts {
		for _, ph := range phrases(c, p.Words, "") {
			ph.Num = int64(p.From*100 + p.To)
			parts = append(parts, glued(clitics, ph)...)
		}
	}
	l.Parts = NewPhrases(parts)
	for _, k := range f.Performers {
		l.Performers[string(k)] = true
	}
	return l
}

// elidedKeys returns the token keys of a phrase; one that ends with an
// elided article keeps it as the token the text has ("le mois d'" is "le",
// "mois", "d'", as in "le mois d'avril"), where a bare final apostrophe
// would be a mark of its own.
func elidedKeys(w string) []string {
	if strings.HasSuffix(w, "'") || strings.HasSuffix(w, "’") {
		k := lang.Keys(w + "x")
		return k[:len(k)-1]
	}
	return lang.Keys(w)
}
