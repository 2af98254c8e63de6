package extract

// Article is what Process reads: a decoded text and what reading it told.
// Its fields are those of source.Article, name for name and in the same
// order, so that cmd hands one over with a type conversion
// (extract.Article(a)) and the compiler checks that the two stay alike;
// extract does not import source, which reads files, folders, encodings,
// HTML and JSON Lines.
type Article struct {
	Source    string // what the record is called: a path, "-" or a JSON Lines id
	Text      string // the decoded text: offsets index its code points
	Encoding  string // how the input was decoded, "" when not from bytes
	Title     string // an HTML page's title, if any
	Published string // an HTML page's or JSON Lines record's date, as given
	Truncated bool   // the input was cut to its size limit
	Warning   string // a problem reading it that did not stop it, or ""
}

// Result is what Process makes of an article: its record, and a warning
// for stderr that leaves the record valid, or "": the reader's
// (Article.Warning) or, failing that, the engine's when it matched only
// the start of the text (Record.ScannedTo).
type Result struct {
	Record  Record
	Warning string
}
