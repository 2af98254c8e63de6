package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/newsx/newsx/lang"
	"github.com/newsx/newsx/patterns"
)

// doc is one article being matched: its normalized text, tokens and pack.
type doc struct {
	l    *patterns.Lang
	t    *lang.Text
	toks []lang.Token
	stop int // byte of t.Norm where the tokens stop (len(t.Norm): none cut)

	notInstitution map[string]bool // acronyms defined for something else
	sentence       []int32         // sentence number of each token, computed on first use
	cps            []int           // code point where each token starts, computed on first use
	caps           []int8          // per token: 1 on a line written in capitals, 2 not, 0 not yet known

	clitics     [][]clitic // unglued readings per token, computed on first use
	cliticsDone []bool
}

// MaxTokens bounds the tokens read from one article (words, numbers and
// marks): about 6 MB of prose. Matching stops there, so that an article's
// memory has a fixed ceiling whatever its text (10 MB of "&amp;" is 6
// million tokens); the record says where (Record.ScannedTo).
const MaxTokens = 1 << 20

func newDoc(l *patterns.Lang, text string) *doc {
	t := lang.Normalize(text)
	toks, stop := lang.TokenizeMax(t.Norm, MaxTokens)
	return &doc{l: l, t: t, toks: toks, stop: stop}
}

// scannedTo is the code point offset where matching stopped, or 0 when it
// read the whole text.
func (d *doc) scannedTo() int {
	if d.stop == len(d.t.Norm) {
		return 0
	}
	_, start, _ := d.t.Evidence(d.stop, d.stop)
	return start
}

// clitic is a reading of a word with a glued clitic cut: the rest as it is
// looked up, and how many bytes of the word the clitic takes.
type clitic struct {
	key  string
	from string // the clitic as written
	to   string // what it is rewritten to ("لل" -> "ال")
	cut  int
}

// unglued lists the readings of token i's key with a clitic cut, per the
// pack ("وبقسنطينة" -> "بقسنطينة", "قسنطينة"; "للمستشفى" -> "المستشفى").
func (d *doc) unglued(i int) []clitic {
	if len(d.l.Clitics) == 0 {
		return nil
	}
	if d.clitics == nil {
		d.clitics = make([][]clitic, len(d.toks))
		d.cliticsDone = make([]bool, len(d.toks))
	}
	if !d.cliticsDone[i] {
		d.clitics[i], d.cliticsDone[i] = d.cutClitics(i), true
	}
	return d.clitics[i]
}

func (d *doc) cutClitics(i int) []clitic {
	key := d.toks[i].Key
	var out []clitic
	for _, c := range d.l.Clitics {
		if rest, ok := strings.CutPrefix(key, c.From); ok && utf8.RuneCountInString(rest) >= 2 {
			out = append(out, clitic{key: c.To + rest, from: c.From, to: c.To, cut: len(c.From) - len(c.To)})
		}
	}
	return out
}

// span returns the evidence for normalized bytes [bs, be).
func (d *doc) span(bs, be int) Mention {
	text, s, e := d.t.Evidence(bs, be)
	return Mention{Text: text, Start: s, End: e}
}

// tokSpan returns the evidence for tokens [i, j).
func (d *doc) tokSpan(i, j int) Mention {
	return d.span(d.toks[i].Start, d.toks[j-1].End)
}

// glued reports whether tokens i and i+1 touch (no space between).
func (d *doc) glued(i int) bool {
	return i+1 < len(d.toks) && !d.toks[i].SpaceAfter
}

func (d *doc) punct(i int, s string) bool {
	return i >= 0 && i < len(d.toks) && d.toks[i].Kind == lang.Punct && d.toks[i].Key == s
}

// sentenceStart reports whether token i opens a sentence or a line.
func (d *doc) sentenceStart(i int) bool {
	for stop := i - 8; i > 0 && i > stop; {
		p := d.toks[i-1]
		if p.Kind != lang.Punct {
			return d.lineBreakBefore(i)
		}
		switch p.Key {
		case ".", "!", "?", "…", ":", "—", "–", "\"", "«", "“", "(", "-":
			return true
		}
		i--
	}
	return true
}

func (d *doc) lineBreakBefore(i int) bool {
	if i == 0 {
		return true
	}
	gap := d.t.Norm[d.toks[i-1].End:d.toks[i].Start]
	for _, c := range gap {
		if c == '\n' {
			return true
		}
	}
	return false
}

// procNoun, notCounted and head classify a word by the pack's whole-word
// regexes (cached per language).
func (d *doc) procNoun(key string) bool   { return d.l.Class(key)&patterns.ProcNounClass != 0 }
func (d *doc) notCounted(key string) bool { return d.l.Class(key)&patterns.NotCountedClass != 0 }
func (d *doc) head(key string) bool       { return d.l.Class(key)&patterns.HeadClass != 0 }
