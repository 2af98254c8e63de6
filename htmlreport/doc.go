// Package htmlreport writes the analyst's page of `newsx report`: one
// self-contained HTML file (data, script, style and map inlined; nothing
// is fetched) with a map of cities, a timeline, a table of institutions
// and, for every fact, its evidence.
//
// The record writers (JSON, JSON Lines, YAML) are package report; this one
// is apart because it does not stream: it gathers every fact first.
//
// A Builder is fed records, with their article's text when the caller has
// it (then each fact shows the sentence it was read from) or without (then
// only the matched words). Totals and deduplication are the caller's: the
// page draws what it is given, so that it says what `newsx stats` says.
package htmlreport
