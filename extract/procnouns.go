package extract

import (
	"github.com/newsx/newsx/patterns"
	"regexp"
	"strings"

	"github.com/newsx/newsx/lang"
)

// What a count counts: the noun after it, a noun named earlier and tied by a
// subset word or a reverse phrase, or a noun that carries its own count.

// nounAfter looks for a procedure noun within the pack's gap after token
// j (right after it when tight).
func (d *doc) nounAfter(j int, tight bool) (int, bool) {
	gap, maxGap := 0, d.l.Proc.MaxGap
	if tight {
		maxGap = 0
	}
	for ; j < len(d.toks) && gap <= maxGap; j++ {
		t := d.toks[j]
		if t.Kind != lang.Word {
			if t.Kind == lang.Punct && (t.Key == "(" || t.Key == ")" || t.Key == "[" || t.Key == "]") && !tight {
				continue // "Quinze (15) greffes"
			}
			return 0, false
		}
		if _, _, isNum := d.numberWord(j); isNum {
			return 0, false
		}
		switch {
		case d.procNoun(t.Key):
			return j, true
		case d.head(t.Key):
			// "26 حالة زرع", "12 cas de greffe": the head counts what follows
			for k := j + 1; k < len(d.toks) && k <= j+2 && d.toks[k].Kind == lang.Word; k++ {
				if d.procNoun(d.toks[k].Key) {
					return k, true
				}
			}
			return 0, false
		case d.notCounted(t.Key):
			return 0, false
		case d.l.Proc.Skip[t.Key]:
		default:
			gap++
		}
	}
	return 0, false
}

// subset reports whether the number at tokens [first, last) is tied by a
// subset word to the procedure noun at token noun of the same sentence,
// and counts nothing else.
func (d *doc) subset(first, last, noun int) bool {
	marker, before := d.l.Proc.Subsets.Before(d.toks, first)
	// a subset word may open the next sentence: "... 1 100 трансплантаций.
	// В том числе 240 — детям."
	_, after := d.l.Proc.Subsets.At(d.toks, last)
	// or the count opens it, the subset word after it: "... операций.
	// Более 5 тысяч из них ..."
	opens := before && d.sentenceStart(first-len(marker.Keys)) || after && d.sentenceStart(first)
	if !d.sameSentence(noun, first) && !(opens && d.sentencesBetween(noun, first) == 1) {
		return false
	}
	// a list after a count goes on: "dont 86 en chirurgie, 11 en urologie",
	// "47 операций: 15 — плановых, 32 — экстренные"
	// (the item then goes on with a dash or a short preposition, not a
	// noun of its own: ", deux indications" is no count)
	list := first > 0 && (d.punct(first-1, ",") || d.punct(first-1, ":") || d.l.Numbers.Connectors[d.toks[first-1].Key] || d.l.Inst.Conjunctions[d.toks[first-1].Key]) &&
		last < len(d.toks) && (d.toks[last].Kind == lang.Punct || d.toks[last].Letters <= 3 && !d.toks[last].Cap)
	if !before && !after && !list {
		return false
	}
	for j := last; j < len(d.toks) && j <= last+d.l.Proc.MaxGap; j++ {
		t := d.toks[j]
		if t.Kind == lang.Punct && strings.Contains("—–:.!?;", t.Key) || d.l.Proc.ForWhom[t.Key] {
			break // "240 — детям", "60 chez des enfants": what follows says for whom
		}
		if t.Kind == lang.Number {
			break
		}
		if _, _, isNum := d.numberWord(j); isNum {
			break // "contre 29 un an plus tôt": the next figure starts another phrase
		}
		if t.Kind == lang.Word && d.notCounted(t.Key) && d.yearAt(j+1) {
			break // "dont 11 durant l'année 2011": a date follows
		}
		if t.Kind == lang.Word && (d.notCounted(t.Key) || d.procNoun(t.Key)) {
			return false
		}
	}
	return true
}

// reverseNoun finds a procedure noun named before (or, after a colon,
// just after) the number at tokens [first, last) by a reverse phrase of the
// same sentence: "le nombre de greffes varie entre 50 et 60", "58 : nombre
// de transplantations". The number must count nothing else itself.
func (d *doc) reverseNoun(first, last int) (int, bool) {
	if last < len(d.toks) && d.toks[last].Kind == lang.Word && !d.l.Proc.Skip[d.toks[last].Key] && d.notCounted(d.toks[last].Key) {
		return 0, false
	}
	nounOf := func(k int) (int, bool) {
		ph, ok := d.l.Proc.Reverse.At(d.toks, k)
		if !ok {
			return 0, false
		}
		for j := k + len(ph.Keys); j < len(d.toks) && j <= k+len(ph.Keys)+1; j++ {
			if d.toks[j].Kind == lang.Word && d.procNoun(d.toks[j].Key) {
				return j, true
			}
		}
		return 0, false
	}
	if d.punct(last, ":") {
		return nounOf(last + 1)
	}
	for k := first - 1; k >= 0 && k >= first-14; k-- {
		if !d.sameSentence(k, first) {
			return 0, false
		}
		if noun, ok := nounOf(k); ok {
			// nothing else counted between the noun and the number
			for j := noun + 1; j < first; j++ {
				if d.toks[j].Kind == lang.Number {
					return 0, false
				}
			}
			return noun, true
		}
	}
	return 0, false
}

// impliedAt reads a noun that carries its own count (Arabic duals: عمليتين).
func (d *doc) impliedAt(i int) (Procedure, bool) {
	v, ok := d.l.Proc.Implied[d.toks[i].Key]
	if !ok {
		for _, c := range d.unglued(i) {
			if v, ok = d.l.Proc.Implied[c.key]; ok {
				break
			}
		}
	}
	if !ok {
		return Procedure{}, false
	}
	m := d.tokSpan(i, i+1)
	typ, organ := d.procType(i, i)
	return Procedure{Count: v, Type: typ, Organ: organ, Qualifier: "exact", Procedure: m.Text, Text: m.Text,
		Start: m.Start, End: m.End, Mentions: []Mention{m}}, true
}

// procType says what the procedures of a count are, by the pack's type
// rules: the first rule with a phrase that starts between the count's
// first token and the pack's reach in words after the noun (for a noun named
// before the count, up to two words before the noun) gives the type and,
// for transplants, the organ. Neither is set when no rule applies.
func (d *doc) procType(first, noun int) (typ, organ *string) {
	start := first
	if noun < first {
		start = noun
		for k := noun - 1; k >= 0 && k >= noun-2 && d.toks[k].Kind == lang.Word; k-- {
			start = k
		}
	}
	var at []int // where a rule's words may start
	for j := start; j <= noun && j < len(d.toks); j++ {
		if d.toks[j].Kind == lang.Word {
			at = append(at, j)
		}
	}
	// the words after the noun stop at a number or a sign; quotes are
	// passed over: "opérations dites de “triple pontage"
	return d.typeAmong(d.wordsAfter(at, noun+1, typeQuotes))
}

// typeQuotes are passed over by the words after a noun; typeDashes, with
// dashes and colons, by the words after a part ("из них 700 — на
// открытом сердце").
const (
	typeQuotes = "\"“”«»„"
	typeDashes = typeQuotes + "—–-:"
)

// wordsAfter appends to at up to type_reach words from token j on, passing
// over the marks in pass and stopping at any other sign or a number.
func (d *doc) wordsAfter(at []int, j int, pass string) []int {
	for n := 0; j < len(d.toks) && n < d.l.Proc.TypeReach; j++ {
		if t := d.toks[j]; t.Kind != lang.Word {
			if t.Kind == lang.Punct && strings.Contains(pass, t.Key) {
				continue
			}
			break
		}
		at, n = append(at, j), n+1
	}
	return at
}

// typeAmong is the first type rule whose words start at one of the tokens
// at: the type and organ of the procedures they name, or nil.
func (d *doc) typeAmong(at []int) (typ, organ *string) {
	at = d.typeStarts(at)
	if len(at) == 0 {
		return nil, nil
	}
	for _, r := range d.l.Proc.Types {
		if d.typeWordsAmong(at, r.Unless) {
			continue
		}
		for _, j := range at {
			for _, ph := range r.Words {
				if d.typeWordsAt(j, ph) {
					t := r.Type
					typ = &t
					if r.Organ != "" {
						o := r.Organ
						organ = &o
					}
					return typ, organ
				}
			}
		}
	}
	return nil, nil
}

// typeWordsAt reports whether the words from token j match phrase ph, each
// word as it stands or with its clitics cut ("بالمنظار").
func (d *doc) typeWordsAt(j int, ph []*regexp.Regexp) bool {
	for k, re := range ph {
		i := j + k
		if i >= len(d.toks) || d.toks[i].Kind != lang.Word {
			return false
		}
		if re.MatchString(d.toks[i].Key) {
			continue
		}
		ok := false
		for _, c := range d.unglued(i) {
			if re.MatchString(c.key) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// typeWordsAmong reports whether one of the phrases starts at one of the
// tokens at.
func (d *doc) typeWordsAmong(at []int, phrases [][]*regexp.Regexp) bool {
	for _, ph := range phrases {
		for _, j := range at {
			if d.typeWordsAt(j, ph) {
				return true
			}
		}
	}
	return false
}

// typeStarts keeps the tokens of at that may start a type rule's phrase,
// as written or with a clitic cut: a prefilter before the rules' regexes.
func (d *doc) typeStarts(at []int) []int {
	out := at[:0:0]
	for _, j := range at {
		if d.l.Class(d.toks[j].Key)&patterns.TypeStartClass != 0 {
			out = append(out, j)
			continue
		}
		for _, c := range d.unglued(j) {
			if d.l.Class(c.key)&patterns.TypeStartClass != 0 {
				out = append(out, j)
				break
			}
		}
	}
	return out
}

// typeAfter is the type the words from token j on give, up to type_reach
// words, past a dash or a colon: the words after a count whose noun was
// named before it ("порядка 700 из них — на открытом сердце").
func (d *doc) typeAfter(j int) (typ, organ *string) {
	return d.typeAmong(d.wordsAfter(nil, j, typeDashes))
}

// yearAt reports whether token j is a bare year ("2011").
func (d *doc) yearAt(j int) bool {
	if j >= len(d.toks) || d.toks[j].Kind != lang.Number {
		return false
	}
	n, ok := d.numberAt(j)
	return ok && d.yearLike(n)
}
