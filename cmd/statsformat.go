package cmd

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"io"
	"strconv"
	"strings"
	"unicode"

	"github.com/newsx/newsx/aggregate"
	"golang.org/x/text/width"
)

// rowWriters write stats rows, one per format.
var rowWriters = map[string]func(io.Writer, []aggregate.Dim, []aggregate.Row) error{
	"table": writeTable,
	"csv":   writeCSV,
	"json":  writeJSONRows,
	"jsonl": writeJSONLRows,
}

// writeCSV writes RFC 4180 CSV: a header row (aggregate.Columns), CRLF
// line ends, fields quoted when they must be, UTF-8 without BOM.
func writeCSV(w io.Writer, by []aggregate.Dim, rows []aggregate.Row) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	cw.Write(aggregate.Columns(by))
	for _, r := range rows {
		cw.Write(r.Strings())
	}
	cw.Flush()
	return cw.Error()
}

// writeJSONRows writes one JSON array of rows, a row per line.
func writeJSONRows(w io.Writer, by []aggregate.Dim, rows []aggregate.Row) error {
	bw := bufio.NewWriter(w)
	if len(rows) == 0 {
		bw.WriteString("[]\n")
		return bw.Flush()
	}
	for i, r := range rows {
		sep := ",\n  "
		if i == 0 {
			sep = "[\n  "
		}
		bw.WriteString(sep)
		if err := encodeRow(bw, r); err != nil {
			return err
		}
	}
	bw.WriteString("\n]\n")
	return bw.Flush()
}

// writeJSONLRows writes a JSON row per line.
func writeJSONLRows(w io.Writer, by []aggregate.Dim, rows []aggregate.Row) error {
	bw := bufio.NewWriter(w)
	for _, r := range rows {
		if err := encodeRow(bw, r); err != nil {
			return err
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// encodeRow writes a row's JSON without escaping <, > and & (names hold
// them) and without a newline.
func encodeRow(w *bufio.Writer, r aggregate.Row) error {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		return err
	}
	_, err := w.WriteString(strings.TrimSuffix(b.String(), "\n"))
	return err
}

// maxCell is the widest a table's text cell gets, in columns; longer
// names are cut with "…" (CSV and JSON keep them whole).
const maxCell = 48

// writeTable writes rows aligned as gh does: upper-case headers, columns
// two spaces apart, numbers right-aligned. Widths count terminal columns
// (runes; Arabic marks none, East Asian wide letters two), not bytes.
func writeTable(w io.Writer, by []aggregate.Dim, rows []aggregate.Row) error {
	header := make([]string, 0, len(by)+3)
	for _, d := range by {
		header = append(header, strings.ToUpper(string(d)))
	}
	header = append(header, "TOTAL", "FACTS", "REPORTS")
	cells := [][]string{header}
	for _, r := range rows {
		line := make([]string, 0, len(header))
		for i, d := range by {
			v := r.Values[i]
			if d == aggregate.ByInstitution && r.Institution != "" {
				v = r.Institution
			}
			if v == "" {
				v = "-"
			}
			line = append(line, cut(v, maxCell))
		}
		line = append(line, r.Total.String(), strconv.FormatInt(r.Facts, 10), strconv.FormatInt(r.Reports, 10))
		cells = append(cells, line)
	}
	widths := make([]int, len(header))
	for _, line := range cells {
		for i, c := range line {
			widths[i] = max(widths[i], cellWidth(c))
		}
	}
	bw := bufio.NewWriter(w)
	for _, line := range cells {
		var b strings.Builder
		for i, c := range line {
			pad := strings.Repeat(" ", widths[i]-cellWidth(c))
			if i >= len(by) { // numbers: right-aligned
				b.WriteString(pad + c)
			} else {
				b.WriteString(c + pad)
			}
			if i < len(line)-1 {
				b.WriteString("  ")
			}
		}
		bw.WriteString(strings.TrimRight(b.String(), " ") + "\n")
	}
	return bw.Flush()
}

// cellWidth is how many terminal columns s takes: a rune is one column,
// none for combining marks and format characters (Arabic tashkeel,
// zero-width joiners, bidi marks), two for East Asian wide ones.
func cellWidth(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		case isWide(r):
			n += 2
		default:
			n++
		}
	}
	return n
}

func isWide(r rune) bool {
	k := width.LookupRune(r).Kind()
	return k == width.EastAsianWide || k == width.EastAsianFullwidth
}

// cut shortens s to at most n columns, ending it with "…".
func cut(s string, n int) string {
	if cellWidth(s) <= n {
		return s
	}
	var b strings.Builder
	w := 0
	for _, r := range s {
		rw := cellWidth(string(r))
		if w+rw > n-1 {
			break
		}
		b.WriteRune(r)
		w += rw
	}
	return strings.TrimRight(b.String(), " ") + "…"
}
