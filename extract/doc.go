// Package extract runs compiled pattern packs (package patterns) over an
// article and builds its record: language, institutions, procedure counts,
// dates and cities, each with its evidence in code points of the text. It
// knows nothing of files, encodings or flags: package source reads an
// article, cmd converts it to an Article and writes the Result.
//
// # The pipeline
//
// Engine.Process is the one call (process.go):
//
//  1. detect: the detector of the loaded packs names the language
//     (package lang); a language without a pack stops here, with its code
//     and empty lists.
//  2. normalize: the pack's language folds and tokenizes the text into a
//     doc (document.go), at most MaxTokens tokens; past that the record
//     says where matching stopped (Record.ScannedTo).
//  3. match: doc.fill runs the matchers in this order, and only there:
//     procedure counts (procedures.go, numbers.go), institutions
//     (institutions.go, acronyms.go, merge.go), dates (dates.go,
//     namedates.go, notices.go, locators.go; reldates.go dates "l'an
//     dernier" from the record's published value), cities (cities.go,
//     gazetteer.go).
//  4. resolve: the record takes the reader's facts (encoding, title,
//     published, truncation), and the Result a warning when matching
//     stopped early.
//
// # Hand-offs between matchers
//
// A matcher's output that a later one needs is passed to it by fill as an
// argument, never read from the doc behind its back:
//
//   - procedures returns counted, the tokens of its counts; dates reads no
//     bare year there ("2023 greffes").
//   - institutions returns names, the bytes of its mentions; dates
//     drops the dates inside them ("CHU 1er Novembre 1954 d'Oran").
//   - institutions and cities both take the gazetteer: a name may end on
//     a place ("مستشفى بوهران"), and a word that is a place is no acronym.
//
// Within one matcher, resolution is the matcher's own: the mentions of one
// organisation merge into one Institution (merge.go), named by its
// canonical name and key (canonical.go), overlapping dates
// keep the longest, and a city name resolves to one place, in a country
// the article mentions or else the most populous (cities.go).
package extract
