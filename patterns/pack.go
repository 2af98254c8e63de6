// Package patterns holds the language packs (YAML data embedded in the
// binary), their loader and their compiler. A pack is data: adding a trigger
// word, a number word, a month or a city never needs a Go change.
package patterns

// Pack is one language's pattern data as written in YAML. A language folder
// may split it over several files; their top-level keys are merged.
type Pack struct {
	Language IsoCode `yaml:"language"` // the pack's code, reported in records (default: the folder's name)
	// Detect are the detector's languages read as this pack's (lingua's
	// ISO 639-1 codes; default: Language).
	Detect []IsoCode `yaml:"detect"`
	// Guards are languages loaded beside the packs' so that a text in one
	// is reported as itself, not forced into the nearest pack.
	Guards []IsoCode `yaml:"guards"`
	// WarmUp is a sentence in the language: read once before workers
	// start, it loads the detector models of its script.
	WarmUp string `yaml:"warm_up"`

	Cased        bool         `yaml:"cased"`   // the script has capital letters (Latin, Cyrillic): names are capitalised
	Clitics      []Ending     `yaml:"clitics"` // letters glued before a word ("و", "ب"), cut or rewritten
	Numbers      Numbers      `yaml:"numbers"`
	Qualifiers   Qualifiers   `yaml:"qualifiers"`
	Ranges       Ranges       `yaml:"ranges"`
	Procedures   Procedures   `yaml:"procedures"`
	Months       []Month      `yaml:"months"`
	Dates        []DateRule   `yaml:"dates"`
	Years        Years        `yaml:"years"`
	Institutions Institutions `yaml:"institutions"`
	CityRules    CityRules    `yaml:"city_rules"`
	Facts        Facts        `yaml:"facts"`

	// RelativeDates are dates stated from the publication date ("l'an
	// dernier", "le 25 avril dernier"), read only when there is one.
	RelativeDates RelativeDates `yaml:"relative_dates"`
}

// Numbers lists the language's number words.
type Numbers struct {
	Words       []NumberWord `yaml:"words"`
	Connectors  []string     `yaml:"connectors"`  // words allowed between number words ("et", "و")
	Joins       []string     `yaml:"joins"`       // words that add a number after a scale word to it ("6 آلاف و361")
	Approximate []NumberWord `yaml:"approximate"` // "une centaine de" = about 100
}

// NumberWord gives the value of a set of word forms.
type NumberWord struct {
	Value      int64    `yaml:"value"`
	Words      []string `yaml:"words"`
	Multiplier bool     `yaml:"multiplier"` // multiplies what precedes (cent, مائة)
	Scale      bool     `yaml:"scale"`      // closes a group (mille, тысяча)
	Alone      *bool    `yaml:"alone"`      // false: never a count by itself ("un", "une")
}

// Qualifiers maps a qualifier to the phrases that express it before a number.
type Qualifiers map[string][]string

// Ranges describes "entre 4 et 5", "من 4 إلى 5", "от 4 до 5".
type Ranges struct {
	Openers    []string `yaml:"openers"`
	Connectors []string `yaml:"connectors"`
}

// Procedures describes what counts as a procedure noun.
type Procedures struct {
	Nouns      []Regex          `yaml:"nouns"`       // whole-token regexes
	NotCounted []Regex          `yaml:"not_counted"` // nouns that make a number something else
	Implied    map[string]int64 `yaml:"implied"`     // nouns that carry their count (dual forms)
	Heads      []Regex          `yaml:"heads"`       // nouns that count procedures when one follows ("حالة زرع", "cas de greffe")
	MaxGap     int              `yaml:"max_gap"`     // words allowed between number and noun
	Skip       []string         `yaml:"skip"`        // words always allowed in the gap ("de")
	// Subsets introduce further counts of the same procedures in the same
	// sentence with the noun left out: "dont 40", "из них 700", "منها 12".
	Subsets []string `yaml:"subsets"`
	// Rates after a count make it a rate per population ("par million").
	Rates []string `yaml:"rates"`
	// Differences make a count a change, not procedures done: phrases right
	// before it ("увеличилось на", "une hausse de", "بزيادة") or right
	// after its noun ("на восемь тысяч операций меньше", "de plus que").
	Differences struct {
		Before []string `yaml:"before"`
		After  []string `yaml:"after"`
	} `yaml:"differences"`
	// Reverse phrases put the procedure noun before its count: "le nombre
	// de greffes a atteint 60", "число трансплантаций до 70", "58 : nombre
	// de transplantations".
	Reverse []string `yaml:"reverse"`
	// ForWhom are prepositions after an elided count that name the patients
	// ("60 chez des enfants", "у детей"), not what is counted.
	ForWhom []string `yaml:"for_whom"`
	// Elided marks a count whose noun was left out, by what follows it:
	// "3 700 ont été réalisées" after a sentence about interventions.
	Elided []string `yaml:"elided"`
	// Types say what a count's procedures are: the first rule (in the
	// order of ProcedureTypes, a rule with an organ before one without)
	// whose words are found around the noun gives the type and organ.
	Types []TypeRule `yaml:"types"`
	// TypeReach is how many words after the noun a type rule's words may
	// start at ("عمليات جراحية بالمنظار", "greffes de rein").
	TypeReach int `yaml:"type_reach"`
	// Pronouns, within two words before a count with no noun, refer it
	// to the procedures named last, in its sentence or the one before:
	// "в 2008-м их выполнено девять".
	Pronouns []string `yaml:"pronouns"`
	// Patients are whole-word regexes of nouns of people treated
	// ("patients", "enfants", "مريضا", "пациентов"): a count of them is a
	// count of procedures when its clause says they were operated.
	Patients []Regex `yaml:"patients"`
	// Operated are words that say by themselves that the patients counted
	// were operated ("opérés", "прооперировано").
	Operated []Regex `yaml:"operated"`
	// Underwent are words that say the patients counted underwent the
	// procedures a noun of Nouns names after them ("ont bénéficié d'une"
	// greffe, "خضع" ... "لعمليات", "перенесли" операцию).
	Underwent []Regex `yaml:"underwent"`
	// Organs are nouns of organs that, counted where Grafted words stand
	// before them in the sentence, count transplants of that organ
	// ("пересажены: 12 сердец, 32 почки", "زراعة 20 كبدا").
	Organs []OrganWords `yaml:"organs"`
	// Grafted are whole-word regexes of words that make organs counted
	// after them transplants ("пересажены", "زراعة", "متبرعا").
	Grafted []Regex `yaml:"grafted"`
}

// OrganWords is one entry of procedures.organs: an organ and the
// whole-word regexes of its nouns.
type OrganWords struct {
	Organ Organ   `yaml:"organ"`
	Words []Regex `yaml:"words"`
}

// TypeRule is one entry of procedures.types: a procedure type, an organ
// (transplants only) and its words, each a phrase of whole-word regexes
// separated by spaces ("greffes? de reins?", "زرع (ال)?كلي").
type TypeRule struct {
	Type  ProcType `yaml:"type"`
	Organ Organ    `yaml:"organ"`
	Words []Regex  `yaml:"words"`
	// Unless are phrases that, found where the rule looks, keep it from
	// applying: "زرع دعامات" (implanting braces) is no transplant.
	Unless []Regex `yaml:"unless"`
}

// Month lists the forms of one month.
type Month struct {
	Number int      `yaml:"number"`
	Words  []string `yaml:"words"`
}

// DateRule is a regex template. {day}, {month}, {monthnum} and {year} expand
// to named groups; precision is what the match states: day, month or year.
type DateRule struct {
	Regex     Regex  `yaml:"regex"`
	Precision string `yaml:"precision"`
}

// RelativeDates are the phrases and templates of dates the text states
// from its publication date: "l'an dernier", "в прошлом месяце", "أمس",
// "le 25 avril dernier". An article without a publication date has none.
type RelativeDates struct {
	Phrases   []RelativePhrase   `yaml:"phrases"`
	Templates []RelativeTemplate `yaml:"templates"`
}

// RelativePhrase is words that name the publication date moved by Offset
// units: "l'an dernier" is {unit: year, offset: -1}, "hier" {unit: day,
// offset: -1}. The date has the unit's precision.
type RelativePhrase struct {
	Unit   Sourced  `yaml:"unit"`   // year, month or day
	Offset int      `yaml:"offset"` // units from the publication date: -1 the one before, 0 the same
	Words  []string `yaml:"words"`
}

// RelativeTemplate is a date template with {month} (and {day}) but no
// {year}: "{day} {month} dernier". Its year is the publication year plus
// Year when given ("25 апреля прошлого года": -1), else that of the latest
// such date on or before the publication date.
type RelativeTemplate struct {
	Regex     Regex  `yaml:"regex"`
	Precision string `yaml:"precision"` // day or month
	Year      *int   `yaml:"year"`
}

// Years bounds bare four-digit numbers read as years.
type Years struct {
	Min    int      `yaml:"min"`
	Max    int      `yaml:"max"`
	After  []string `yaml:"after"`  // words after a year that confirm it ("году", "г")
	Before []string `yaml:"before"` // words before a year that introduce it ("en", "في", "в")
	// BareMin: a bare year below it needs a word of Before ("تأسس عام 1827")
	BareMin int `yaml:"bare_min"`
	// NotBefore are words and symbols that, right before a year, make it no
	// date the article states: a copyright notice ("©", "copyright", "(c)").
	NotBefore []string `yaml:"not_before"`
}

// Institutions drives the trigger-noun recognizer.
type Institutions struct {
	Grammar  Grammar   `yaml:"grammar"` // how a name grows around its trigger: right, left or definite
	Definite Definite  `yaml:"definite"`
	Triggers []Trigger `yaml:"triggers"`
	// Known bodies named without a trigger noun ("Eurotransplant", "l'OMS",
	// "Росздравнадзор"): each word names one body of its kind.
	Known            []Trigger `yaml:"known"`
	Departments      []string  `yaml:"departments"`       // "service", "مصلحة": not institutions
	Connectors       []string  `yaml:"connectors"`        // words inside a name ("de", "du", "и")
	Stop             []string  `yaml:"stop"`              // words that end a name
	Generic          []string  `yaml:"generic"`           // words that alone do not make a name specific
	AdjSuffixes      []string  `yaml:"adj_suffixes"`      // endings of adjectives that extend a name
	GenitiveSuffixes []string  `yaml:"genitive_suffixes"` // endings of nouns that extend a name rightwards ("онкологии")
	NounSuffixes     []string  `yaml:"noun_suffixes"`     // endings that make a word a noun, not an adjective ("-ние")
	Open             []string  `yaml:"open"`              // words after which any word belongs to the name ("имени")
	Conjunctions     []string  `yaml:"conjunctions"`      // "et", "и", "و": a trigger after one opens a new name
	Continuers       []string  `yaml:"continuers"`        // "de", "du": may carry a name past a comma or an acronym
	NameStarts       []string  `yaml:"name_starts"`       // uncased scripts: beginnings of name words that look like clitics ("بو")
	SurnameSuffixes  []string  `yaml:"surname_suffixes"`  // endings of surnames: a first name and a surname end a name
	GivenNames       []string  `yaml:"given_names"`       // first names: one before a capitalised word is a person, who ends a name
	Official         []string  `yaml:"official"`          // adjectives of public bodies ("national", "республиканский"): with a complement, a name
	SelfNamed        []string  `yaml:"self_named"`        // triggers that name one body with any complement ("ministère de la santé")
	Articles         []string  `yaml:"articles"`          // connectors that are articles: inside a name only after another connector ("de la")
	AfterAnd         []string  `yaml:"after_and"`         // endings of a complement after a conjunction ("центр трансплантации и гемодиализа")
	// Expansions spell out short words for merging mentions ("Минздрав" =
	// "Министерство здравоохранения").
	Expansions  map[string]string `yaml:"expansions"`
	NotAcronyms []string          `yaml:"not_acronyms"` // capitalised tokens that are not institutions
	MaxWords    int               `yaml:"max_words"`
	// Nominative puts a name in the nominative (the record's name; its
	// mentions stay as written): "областной больницы" -> "областная больница".
	Nominative Nominative `yaml:"nominative"`
	// PlaceAdjectives tell an adjective made from a place name, which
	// names a body as a capital does ("тульского онкоцентра").
	PlaceAdjectives PlaceAdjectives `yaml:"place_adjectives"`
}

// Nominative tells how a name's head noun and the adjectives before it
// are put in the nominative singular. The head is the first word of the
// name that is a form of one of Nouns; the adjectives before it take the
// endings of Adjectives for the head's gender. The words after the head
// (a genitive complement: "центра онкологии и хирургии") stay as written.
type Nominative struct {
	Nouns      []Declension `yaml:"nouns"`
	Adjectives []Declension `yaml:"adjectives"`
}

// Declension is words of one gender that decline alike.
//
// In nouns, Words are head nouns in the nominative and Endings give their
// other forms: {from: ы, to: а} reads "больницы" as "больница". A word
// without Endings (an acronym: "ЦРБ") only gives its gender.
//
// In adjectives, Endings rewrite an adjective agreeing with a head of
// Gender, the longest From that ends it first ({from: ого, to: ый});
// Words are nominatives the endings do not give ("городской", where
// {from: кого, to: кий} gives "городский"): a result that differs from one
// of them only in the letters the ending wrote takes that word.
type Declension struct {
	Gender  Gender   `yaml:"gender"`
	Endings []Ending `yaml:"endings"`
	Words   []string `yaml:"words"`
}

// Gender is a label of the pack's own (m, f, n) that ties a noun to the
// endings of the adjectives agreeing with it.
type Gender = Sourced

// Definite holds the affixes that the definite grammar reads a word by
// (Arabic): whether it bears the article, a glued preposition, a verb's
// prefix or a possessive. A prefix or suffix of Prepositions, VerbPrefixes
// or Possessives counts on words of four letters or more only.
type Definite struct {
	Article string `yaml:"article"` // "ال": adjectives and complements of a name bear it
	// ArticleComplements are the article with a glued preposition that
	// makes a complement of the name ("لل": "للأطفال").
	ArticleComplements Affixes `yaml:"article_complements"`
	// ArticleClitics are the article with a glued preposition or
	// conjunction that ends the name ("بال", "وال": "بالتنسيق").
	ArticleClitics Affixes `yaml:"article_clitics"`
	// Complements are prepositions that, glued to a word before a word with
	// the article, make a complement of the name ("ل": "لزراعة الأعضاء").
	Complements Affixes `yaml:"complements"`
	// Prepositions are prepositions and conjunctions glued to a noun, which
	// end the name ("بنسبة", "لعام").
	Prepositions Affixes `yaml:"prepositions"`
	// PersonLetters are the Prepositions that, inside a person's name,
	// are read as the first letter of a name ("ك": "كاظم").
	PersonLetters Affixes `yaml:"person_letters"`
	VerbPrefixes  Affixes `yaml:"verb_prefixes"` // prefixes of imperfect verbs, which end a name ("ي": "يستقبل")
	Possessives   Affixes `yaml:"possessives"`   // possessive suffixes, which end a name ("ها": "حملتها")
	// Plurals are plural suffixes ("ات"): a word with the article and one
	// right after a definite trigger is a noun, the object of a verb, not
	// an adjective of the name ("المستشفى الإحصائيات").
	Plurals Affixes `yaml:"plurals"`
	// Objects are prepositions that, glued to a word right after a
	// complement and before a word with the article, carry the
	// complement's object ("ب": "للنهوض بزرع الأعضاء").
	Objects Affixes `yaml:"objects"`
	// WrittenPossessives are possessive suffixes told apart only as
	// written, before folding ("ه", which "ة" folds to): a trigger written
	// with one is a noun with a pronoun, no name ("ما مجموعه 148": its total).
	WrittenPossessives Affixes `yaml:"written_possessives"`
}

// Trigger is a noun (or noun phrase) that opens an institution name.
type Trigger struct {
	Kind  Kind     `yaml:"kind"`
	Words []string `yaml:"words"`
}

// CityRules tells how city names appear inflected or prefixed.
type CityRules struct {
	Locative []string `yaml:"locative"`  // words before a place name ("à", "في", "в")
	NotAfter []string `yaml:"not_after"` // words after which a name is a street or a person ("rue", "улица", "имени")
	Regions  []string `yaml:"regions"`   // words after which a name is a province ("wilaya", "محافظة", "область")
	// SmallPopulation: places under it need a locative word or clitic
	// before them, or a city context word, to be read as places.
	SmallPopulation int      `yaml:"small_population"`
	Endings         []Ending `yaml:"endings"`  // case endings to undo ("а" -> "")
	Stop            []string `yaml:"stop"`     // words never read as cities alone
	Context         []string `yaml:"context"`  // words that make an ambiguous country name a city
	Articles        []string `yaml:"articles"` // lowercase articles that open a name ("la Marsa")
}

// Ending rewrites a word ending to recover a nominative.
// PlaceAdjectives: an adjective ending in one of Endings whose stem, with
// one of Stems rewritten at its end, is a place of the gazetteer
// ("тульского": "туль" -> "тула").
type PlaceAdjectives struct {
	Endings []string `yaml:"endings"`
	Stems   []Ending `yaml:"stems"`
}

type Ending struct {
	From string `yaml:"from"`
	To   string `yaml:"to"`
}

// Gazetteer is the shared city list (patterns/packs/geo).
type Gazetteer struct {
	Cities    []City    `yaml:"cities"`
	Countries []Country `yaml:"countries"`
	Block     []string  `yaml:"block"` // names never read as cities
}

// City is one place with all its names.
type City struct {
	Name    string   `yaml:"name"`
	Country string   `yaml:"country"`
	Lat     float64  `yaml:"lat"`
	Lon     float64  `yaml:"lon"`
	Names   []string `yaml:"names"`
	// ID is the GeoNames id when the entry adds names to a GeoNames place.
	ID         int `yaml:"geonames_id"`
	Population int `yaml:"population"`
	Line       int `yaml:"-"`
}

// Country is a country and its names, used to tell countries from cities.
type Country struct {
	Code  string   `yaml:"code"`
	Names []string `yaml:"names"`
}
