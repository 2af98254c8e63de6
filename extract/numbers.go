package extract

import (
	"strconv"
	"strings"

	"github.com/newsx/newsx/lang"
	"github.com/newsx/newsx/patterns"
)

// number is a number read from tokens [start, end).
type number struct {
	start, end int
	value      int64
	about      bool  // an approximate noun: "une centaine", "десяток"
	decimal    bool  // "1,5": not a count
	huge       bool  // past MaxCount: not a count, nor is any part of it
	alone      bool  // may stand alone as a count
	scale      int64 // the scale word it ends in ("15 тысяч": 1000), else 0
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
	return d.numberBelow(i, 0)
}

// numberBelow is numberAt for a number added after a join to one whose
// scale is limit (0: none): it joins a number of its own only to a smaller
// scale ("2 millions et 300 mille et 12"), so that the reading of a run of
// joins goes as deep as its scales, not as its length.
func (d *doc) numberBelow(i int, limit int64) (number, bool) {
	if i >= len(d.toks) {
		return number{}, false
	}
	if d.toks[i].Kind == lang.Number {
		return d.digitsAt(i, limit)
	}
	if d.toks[i].Kind != lang.Word {
		return number{}, false
	}
	if ph, ok := d.l.Numbers.Approximate.At(d.toks, i); ok {
		return number{start: i, end: i + len(ph.Keys), value: ph.Num, about: true, alone: true}, true
	}
	return d.wordsAt(i, limit)
}

// digitsAt reads "5.000", "1 200", "12,500", "100"; "1,5" is decimal,
// "2,3 millions" a count when the product is whole; a scale word after the
// digits multiplies ("3 آلاف"), and a join after it adds ("41 ألف و544").
func (d *doc) digitsAt(i int, limit int64) (number, bool) {
	if n, ok := d.scaledDecimalAt(i); ok {
		return n, true // "1,250 millions": a comma before a scale word is a decimal one
	}
	n := number{start: i, alone: true}
	digits, end := d.digitGroups(i)
	n.end = end
	v, err := strconv.ParseInt(digits, 10, 64)
	if err != nil {
		return number{}, false
	}
	n.value, n.huge = v, v > MaxCount
	if e := n.end; d.fraction(e - 1) {
		if scaled, ok := d.scaledDecimal(n, digits); ok {
			return scaled, true
		}
		if scaled, ok := d.rangeDecimal(n, digits, limit); ok {
			return scaled, true
		}
		n.decimal = true // any decimal but a scaled one is no count
	}
	if unit := d.scaleAfter(&n); unit > 0 && !n.huge {
		n.scale = unit
		d.joinAfter(&n, unit, limit)
	}
	if n.huge {
		n.value = 0
	}
	return n, true
}

// fraction reports whether a decimal comma or point and digits follow
// the digits of token e, all glued: "1,5", "2.3".
func (d *doc) fraction(e int) bool {
	t := d.toks
	return e+2 < len(t) && d.glued(e) && (d.punct(e+1, ",") || d.punct(e+1, ".")) && d.glued(e+1) && t[e+2].Kind == lang.Number
}

// scaledDecimalAt reads digits, a decimal comma or point, digits and a
// scale word at token i ("2,3 millions", "1,250 millions", "12,5 тысяч"),
// before the comma or point can be read as a thousands separator.
func (d *doc) scaledDecimalAt(i int) (number, bool) {
	if !d.fraction(i) {
		return number{}, false
	}
	return d.scaledDecimal(number{start: i, end: i + 1, alone: true}, d.toks[i].Key)
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

// scaledDecimal reads the fraction after number n (its digits) and a
// scale word after it: "1,3 тысячи" is 1300. It reports false when no
// scale word follows or the product is not whole ("1,2345 тысячи").
func (d *doc) scaledDecimal(n number, digits string) (number, bool) {
	t := d.toks
	e := n.end
	s, ok := d.l.Numbers.Words.At(t, e+2)
	if !ok || !d.l.Numbers.Info[s.Num].Scale {
		return n, false
	}
	whole, err1 := strconv.ParseInt(digits, 10, 64)
	frac := strings.TrimRight(t[e+1].Key, "0")
	part, ok := wholePart(frac, d.l.Numbers.Info[s.Num].Value)
	if err1 != nil || !ok {
		return n, false
	}
	n.end = e + 2 + len(s.Keys)
	v, fits := mulCapped(whole, d.l.Numbers.Info[s.Num].Value)
	if fits {
		v, fits = addCapped(v, part)
	}
	if !fits {
		return number{start: n.start, end: n.end, huge: true}, true
	}
	n.value, n.scale = v, d.l.Numbers.Info[s.Num].Value
	return n, true
}

// rangeDecimal reads a decimal that opens a range whose second number
// ends in a scale word, which is the decimal's too: "от 1,5 до 2 тысяч",
// "entre 1,5 et 2 millions" (1500, 1500000). Only at the top of a reading
// (limit 0), so that a run of such ranges is not read again from each one.
func (d *doc) rangeDecimal(n number, digits string, limit int64) (number, bool) {
	e := n.end + 2 // after the fraction
	if limit != 0 || e >= len(d.toks) {
		return n, false
	}
	join, ok := d.l.Ranges.Connectors.At(d.toks, e)
	if !ok {
		return n, false
	}
	h, ok := d.numberBelow(e+len(join.Keys), 1)
	if !ok || h.decimal || h.huge || h.scale == 0 {
		return n, false
	}
	whole, err := strconv.ParseInt(digits, 10, 64)
	part, ok := wholePart(strings.TrimRight(d.toks[n.end+1].Key, "0"), h.scale)
	if err != nil || !ok {
		return n, false
	}
	v, fits := mulCapped(whole, h.scale)
	if fits {
		v, fits = addCapped(v, part)
	}
	if !fits || v >= h.value {
		return n, false
	}
	n.value, n.end = v, e
	return n, true
}

// wholePart returns 0.frac times scale, or false when that is not whole
// (frac holds decimal digits without trailing zeros).
func wholePart(frac string, scale int64) (int64, bool) {
	if frac == "" {
		return 0, true
	}
	if len(frac) > 12 || scale <= 0 {
		return 0, false
	}
	f, err := strconv.ParseInt(frac, 10, 64)
	if err != nil {
		return 0, false
	}
	p := int64(1)
	for range len(frac) {
		p *= 10
	}
	g := gcd(scale, p)
	if f%(p/g) != 0 {
		return 0, false
	}
	return f / (p / g) * (scale / g), true // < g*(scale/g) = scale: no overflow
}

// digitWidth returns how many digits number n is written with.
func (d *doc) digitWidth(n number) int {
	w := 0
	for k := n.start; k < n.end; k++ {
		if d.toks[k].Kind == lang.Number {
			w += len(d.toks[k].Key)
		}
	}
	return w
}

// zeros returns how many zeros end v (v > 0): 3 for 1000.
func zeros(v int64) int {
	z := 0
	for v > 0 && v%10 == 0 {
		v, z = v/10, z+1
	}
	return z
}

// gcd returns the greatest common divisor of a and b (> 0).
func gcd(a, b int64) int64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// scaleAfter multiplies a number by a scale word after it: "3 آلاف",
// "5 mille", "2 тыс.". It returns the scale's value, 0 without one.
func (d *doc) scaleAfter(n *number) int64 {
	t := d.toks
	s, ok := d.l.Numbers.Words.At(t, n.end)
	if !ok || !d.l.Numbers.Info[s.Num].Scale {
		return 0
	}
	unit := d.l.Numbers.Info[s.Num].Value
	n.end += len(s.Keys)
	if n.value, ok = mulCapped(n.value, unit); !ok {
		n.huge = true
	}
	if d.punct(n.end, ".") && d.glued(n.end-1) && n.end+1 < len(t) && t[n.end+1].Kind == lang.Word && !t[n.end+1].Cap {
		n.end++ // "3 тыс. операций"
	}
	return unit
}

// joinAfter adds to n, a number that ends in a scale word of value unit
// (read after a join to a scale limit > unit, or 0), a number after a
// join word that is smaller than unit: "41 ألف و544",
// "ألف و447", "6 آلاف وخمسمائة", "2 millions et 300 000". A number that is
// not smaller ("بين 3 آلاف و4 آلاف": a range) is left alone.
func (d *doc) joinAfter(n *number, unit, limit int64) {
	t := d.toks
	j := n.end
	if j >= len(t) || n.decimal || (limit > 0 && unit >= limit) {
		return
	}
	var add number
	var ok bool
	switch {
	case d.l.Numbers.Joins[t[j].Key] && j+1 < len(t):
		add, ok = d.numberBelow(j+1, unit) // "و544", "et 300", "и 500"
	case t[j].Kind == lang.Word && d.gluedTo(j, d.l.Numbers.Joins):
		add, ok = d.wordsAt(j, unit) // "وخمسمائة"
	case t[j].Kind == lang.Number && !d.glued(j-1):
		// "2 millions 300 000", "1 млн 200 тыс.", "18 тысяч 500": without
		// a join, only digits with a scale word of their own or in
		// thousands groups, or as many digits as the scale has zeros
		add, ok = d.numberBelow(j, unit)
		ok = ok && (add.scale > 0 || add.end-add.start > 1 || d.digitWidth(add) == zeros(unit))
	}
	if !ok || add.decimal || add.huge || add.about || add.value <= 0 || add.value >= unit {
		return
	}
	if d.percent(add.end) {
		return
	}
	n.value, n.end, n.scale = n.value+add.value, add.end, 0 // both < MaxCount: no overflow
	if n.value > MaxCount {
		n.value, n.huge = 0, true
	}
}

// gluedTo reports whether token j is a number word behind a glued word of
// set ("وخمسمائة"), and not itself a number word.
func (d *doc) gluedTo(j int, set patterns.Set) bool {
	if _, ok := d.l.Numbers.Words.At(d.toks, j); ok {
		return false
	}
	for _, c := range d.unglued(j) {
		if _, ok := d.l.Numbers.Words.Single(c.key); ok && set[c.from] {
			return true
		}
	}
	return false
}

// gap returns the text between tokens i and i+1.
func (d *doc) gap(i int) string {
	return d.t.Norm[d.toks[i].End:d.toks[i+1].Start]
}

// wordsAt reads a run of number words ("vingt-cinq", "خمسة وعشرين",
// "ста двадцати") and combines their values.
func (d *doc) wordsAt(i int, limit int64) (number, bool) {
	var total, current, unit int64
	var scale bool  // the last word read is a scale word
	var joined bool // a connector stands before the word read
	var prev int64  // the value of the last plain word read
	n := number{start: i}
	j, last, any, alone, fits := i, i, false, false, true
	for j < len(d.toks) {
		ph, width, ok := d.numberWord(j)
		if !ok {
			if any && (d.l.Numbers.Connectors[d.toks[j].Key] || d.punct(j, "-")) {
				joined = joined || d.l.Numbers.Connectors[d.toks[j].Key]
				j++
				continue
			}
			break
		}
		info := d.l.Numbers.Info[ph.Num]
		joined = any && (joined || d.gluedTo(j, d.l.Numbers.Connectors))
		if joined && prev > 0 && !info.Scale && !info.Multiplier && order(info.Value) == order(prev) {
			break // "deux et trois", "ثلاثة وخمسة": two numbers, a range's ends
		}
		joined, prev = false, info.Value
		if info.Scale || info.Multiplier {
			prev = 0
		}
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
		unit, scale = 0, info.Scale
		switch {
		case info.Scale:
			unit = info.Value
		case info.Value >= 1000:
			unit = thousands(info.Value) // "ألفين" (2000): a join may add to it
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
	if scale {
		n.scale = unit // "deux mille", not "deux mille trois"
	}
	if unit > 0 {
		d.joinAfter(&n, unit, limit) // "ألف و447"
	}
	return n, true
}

// order classes a plain number word: units, teens, tens, hundreds, other.
// Words of one order joined by a connector ("deux et trois") add nothing.
func order(v int64) int {
	switch {
	case v < 10:
		return 1
	case v < 20:
		return 2
	case v < 100:
		return 3
	case v < 1000:
		return 4
	}
	return 5
}

// thousands returns the largest power of 1000 not above v (v >= 1000).
func thousands(v int64) int64 {
	p := int64(1000)
	for p <= v/1000 {
		p *= 1000
	}
	return p
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
