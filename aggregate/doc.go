// Package aggregate turns records into totals: it flattens each record's
// procedure counts into facts, counts a fact reported by several articles
// once, and sums facts by group (institution, type, organ, city, country,
// year, month, language, source) with honest bounds.
//
// The pieces, each usable alone (a batch engine keys facts by Key and
// merges partial Aggregators):
//
//   - Flatten turns one extract.Record into its Facts, one per
//     procedures[] entry, with the institution's key, the city's country
//     and coordinates, and the evidence.
//   - Fact.Key is the deduplication key: the same institution key, type,
//     organ, count (and count_max) and when are one fact, however many
//     articles report it. A fact with neither institution nor when is tied
//     to nothing another article could confirm: its key holds its article
//     and position, so it is never merged with another article's.
//   - Total sums facts with bounds: Min and Max, Max unbounded when a
//     "more_than" or "at_least" count is in it, "about" counts marked
//     approximate, "less_than" and "at_most" counts adding 0 to Min and
//     the figure to Max, a range its two ends.
//   - Aggregator holds the distinct facts seen (Add, AddFact), merges with
//     another (Merge, commutative and associative: Beam combiners), is
//     encoded with encoding/json, and gives the Rows.
//
// Time: a fact's year (or month) is the calendar year (month) its when
// lies in. A count over a longer interval ("2014/2023", "2007/..", a
// "2023" count grouped by month) is not added to one year's total: its
// group value is the interval itself, so it is reported under its period.
//
// Memory grows with the distinct facts (about 100 bytes each, for
// deduplication) and the groups, never with the records or their
// evidence: records stream through Add.
package aggregate
