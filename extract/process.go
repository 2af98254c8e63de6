package extract

import "fmt"

// Process runs the whole pipeline on one article: detect its language,
// normalize and tokenize the text with that language's pack, run the
// matchers (fill), and resolve the record: the reader's facts (encoding,
// title, date, truncation) and the warning that goes with it. A language
// without a pack gets its code and empty lists. The error is the
// gazetteer's, when it cannot load (Warm and Ready report it first).
func (e *Engine) Process(a Article) (Result, error) {
	rec := empty(a.Source)
	rec.Encoding, rec.Title, rec.Published, rec.Truncated = a.Encoding, a.Title, a.Published, a.Truncated
	det := e.detector.Detect(a.Text)
	rec.Language, rec.LanguageConfidence = det.Code, det.Confidence
	res := Result{Record: rec, Warning: a.Warning}
	l, ok := e.bundle.Langs[det.Code]
	if !ok {
		return res, nil
	}
	g, err := e.gazetteer()
	if err != nil {
		return res, err
	}
	d := newDoc(l, a.Text)
	d.fill(&res.Record, g)
	if to := d.scannedTo(); to > 0 {
		res.Record.ScannedTo, res.Record.Truncated = to, true
		if res.Warning == "" {
			res.Warning = fmt.Sprintf("matched up to character %d only: the text holds over %d words and marks", to, MaxTokens)
		}
	}
	return res, nil
}

// Extract is Process for a bare text: the record of text called source.
func (e *Engine) Extract(source, text string) (Record, error) {
	res, err := e.Process(Article{Source: source, Text: text})
	return res.Record, err
}

// fill runs the matchers in their order, each taking what an earlier one
// found as an argument:
//
//  1. procedures, which returns each count's tokens and the tokens its
//     counts cover (counted);
//  2. institutions, which returns the bytes of its mentions (names);
//  3. dates, which skips counted numbers ("2023 greffes" is no year) and
//     dates within names ("hôpital du 1er Novembre 1954" is a name), and
//     resolves relative ones ("l'an dernier") against rec.Published;
//  4. cities, which read a common word inside a name as its place
//     ("CHRU de Tours");
//  5. facts, which ties each count to its institution, city and date
//     among those found, and merges the mentions of one fact.
func (d *doc) fill(rec *Record, g *gazetteer) {
	counts, spans, counted := d.procedures()
	insts, names := d.institutions(g, counted)
	rec.Institutions = insts
	pub, _ := publishedDate(rec.Published)
	rec.Dates = d.dates(counted, names, pub)
	rec.Cities = d.cities(g, names)
	rec.Procedures = d.facts(counts, spans, rec)
}
