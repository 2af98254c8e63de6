package extract

import (
	"strconv"

	"github.com/newsx/newsx/lang"
	"github.com/newsx/newsx/patterns"
)

// number is a number read from tokens [start, end).
type number struct {
	start, end int
	value      int64
	about      bool // an approximate noun: "une centaine", "десяток"
	decimal    bool // "1,5": not a count
	huge       bool // past MaxCount: not a count, nor is any part of it
	alone      bool // may stand alone as a count
}

// MaxCount is the largest number read as a count (10^12). A figure above
// it counts nothing a hospital does, and every product and sum is checked
// against it so that "cent cent cent ..." or "999 999 999 999 999
// millions" cannot wrap around int64 into a negative count.
const MaxCount = 1_000_000_000_000

// mulCapped returns a*b, or false when it passes MaxCount (a, b >= 0).
func mulCapped(a, b int64) (int64, bool) {
	if a != 0 && b > MaxCount/a {
		return 0, false
	}
	return a * b, a*b <= MaxCount
}

// addCapped returns a+b, or false when it passes MaxCount (a, b >= 0).
func addCapped(a, b int64) (int64, bool) {
	return a + b, a <= MaxCount && b <= MaxCount && a+b <= MaxCount
}

// numberAt reads a number starting at token i: digits with thousands
// separators, number words, or an approximate noun.
func (d *doc) numberAt(i int) (number, bool) {
	if i >= len(d.toks) {
		return number{}, false
	}
	if d.toks[i].Kind == lang.Number {
		return d.digitsAt(i)
	}
	if d.toks[i].Kind != lang.Word {
		return number{}, false
	}
	if ph, ok := d.l.Numbers.Approximate.At(d.toks, i); ok {
		return number{start: i, end: i + len(ph.Keys), value: ph.Num, about: true, alone: true}, true
	}
	return d.wordsAt(i)
}

// digitsAt reads "5.000", "1 200", "12,500", "100"; "1,5" is decimal.
func (d *doc) digitsAt(i int) (number, bool) {
	t := d.toks
	n := number{start: i, alone: true}
	digits, end := d.digitGroups(i)
	n.end = end
	v, err := strconv.ParseInt(digits, 10, 64)
	if err != nil {
		return number{}, false
	}
	n.value, n.huge = v, v > MaxCount
	if e := n.end; e+1 < len(t) && d.glued(e-1) && (d.punct(e, ",") || d.punct(e, ".")) && d.glued(e) && t[e+1].Kind == lang.Number {
		if scaled, ok := d.scaledDecimal(n, digits); ok {
			return scaled, true
		}
		n.decimal = true // any decimal but a scaled one is no count
	}
	d.scaleAfter(&n)
	if n.huge {
		n.value = 0
	}
	return n, true
}

// digitGroups reads the digits at token i with their thousands groups:
// "5.000", "12,500", "1'200", "1 200" (one space). It returns the digits
// and the end token.
func (d *doc) digitGroups(i int) (string, int) {
	t := d.toks
	end := i + 1
	digits := t[i].Key
	// (at most 18 digits: int64; a longer run is no count and must not be
	// rescanned from every group)
	for j := end; len(digits) <= 15 && j < len(t) && len(t[i].Key) <= 3; {
		if t[j].Kind == lang.Number && len(t[j].Key) == 3 && d.gap(j-1) == " " {
			digits += t[j].Key
			end, j = j+1, j+1
			continue
		}
		sep := t[j]
		if j+1 < len(t) && sep.Kind == lang.Punct && (sep.Key == "." || sep.Key == "," || sep.Key == "'") &&
			d.glued(j-1) && d.glued(j) && t[j+1].Kind == lang.Number && len(t[j+1].Key) == 3 &&
			!(j+2 < len(t) && d.glued(j+1) && t[j+2].Kind == lang.Number) {
			digits += t[j+1].Key
			end, j = j+2, j+2
			continue
		}
		break
	}
	return digits, end
}

// scaledDecimal reads a decimal followed by a scale word: "1,3 тысячи" is
// 1300. It reports false for any other decimal.
func (d *doc) scaledDecimal(n number, digits string) (number, bool) {
	t := d.toks
	e := n.end
	frac := t[e+1].Key
	s, ok := d.l.Numbers.Words.At(t, e+2)
	if !ok || !d.l.Numbers.Info[s.Num].Scale || len(frac) > 3 {
		return n, false
	}
	f, _ := strconv.ParseFloat(digits+"."+frac, 64)
	n.end = e + 2 + len(s.Keys)
	if f = f*float64(d.l.Numbers.Info[s.Num].Value) + 0.5; f > MaxCount {
		return number{start: n.start, end: n.end, huge: true}, true
	}
	n.value = int64(f)
	return n, true
}

// scaleAfter multiplies a number by a scale word after it: "3 آلاف",
// "5 mille", "2 тыс.".
func (d *doc) scaleAfter(n *number) {
	t := d.toks
	s, ok := d.l.Numbers.Words.At(t, n.end)
	if !ok || !d.l.Numbers.Info[s.Num].Scale {
		return
	}
	n.end += len(s.Keys)
	if n.value, ok = mulCapped(n.value, d.l.Numbers.Info[s.Num].Value); !ok {
		n.huge = true
	}
	if d.punct(n.end, ".") && d.glued(n.end-1) && n.end+1 < len(t) && t[n.end+1].Kind == lang.Word && !t[n.end+1].Cap {
		n.end++ // "3 тыс. операций"
	}
}

// gap returns the text between tokens i and i+1.
func (d *doc) gap(i int) string {
	return d.t.Norm[d.toks[i].End:d.toks[i+1].Start]
}

// wordsAt reads a run of number words ("vingt-cinq", "خمسة وعشرين",
// "ста двадцати") and combines their values.
func (d *doc) wordsAt(i int) (number, bool) {
	var total, current int64
	n := number{start: i}
	j, last, any, alone, fits := i, i, false, false, true
	for j < len(d.toks) {
		ph, width, ok := d.numberWord(j)
		if !ok {
			if any && (d.l.Numbers.Connectors[d.toks[j].Key] || d.punct(j, "-")) {
				j++
				continue
			}
			break
		}
		info := d.l.Numbers.Info[ph.Num]
		switch {
		case !fits:
			// past MaxCount: read to the end of the run, so that no
			// part of it is read as a count of its own
		case info.Scale:
			if current == 0 {
				current = 1
			}
			var part int64
			if part, fits = mulCapped(current, info.Value); fits {
				total, fits = addCapped(total, part)
			}
			current = 0
		case info.Multiplier:
			if current == 0 {
				current = 1
			}
			current, fits = mulCapped(current, info.Value)
		default:
			current, fits = addCapped(current, info.Value)
		}
		alone = alone || info.Alone
		any = true
		j += width
		last = j
	}
	if !any {
		return number{}, false
	}
	v, ok := addCapped(total, current)
	if !fits || !ok {
		return number{start: i, end: last, huge: true}, true // "cent cent cent ..."
	}
	n.end, n.value, n.alone = last, v, alone
	return n, true
}

// numberWord matches a number word at token j, also behind a glued prefix
// such as Arabic "و" ("وعشرين").
func (d *doc) numberWord(j int) (patterns.Phrase, int, bool) {
	if ph, ok := d.l.Numbers.Words.At(d.toks, j); ok {
		return ph, len(ph.Keys), true
	}
	for _, c := range d.unglued(j) {
		if ph, ok := d.l.Numbers.Words.Single(c.key); ok {
			return ph, 1, true
		}
	}
	return patterns.Phrase{}, 0, false
}
