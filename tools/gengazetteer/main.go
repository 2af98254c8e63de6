// Command gengazetteer turns the GeoNames cities500 table into the compact
// gzipped TSV embedded by package patterns/geonames.
//
// Input: the raw 19-column GeoNames table (geonameid, name, asciiname,
// alternatenames, latitude, longitude, feature class, feature code, country
// code, cc2, admin1..admin4, population, elevation, dem, timezone,
// modification date), tab-separated, no header.
//
// Output: gzip(TSV) with a header line and the columns
//
//	geonameid name ascii country lat lon population feature names
//
// where names is the cleaned alternate names joined with '|'. Rows are
// sorted by geonameid and the gzip header carries no name or mtime, so the
// output is byte-identical across runs.
//
// Which places are kept is data: the "places" section of the policy file
// (tools/genindex/policy.yaml) gives a population threshold per group of
// countries and one for the rest; capitals and first/second-level admin
// seats are always kept.
//
// Usage:
//
//	go run ./tools/gengazetteer -policy tools/genindex/policy.yaml -in cities500.txt -out patterns/geonames/cities.tsv.gz
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"gopkg.in/yaml.v3"
)

// Header is the first line of the output file.
const Header = "geonameid\tname\tascii\tcountry\tlat\tlon\tpopulation\tfeature\tnames"

// Thresholds is the "places" section of the policy file: the population a
// place that is not a capital or an admin seat needs to be kept, by country.
type Thresholds struct {
	MinPopulation int `yaml:"min_population"`
	Groups        []struct {
		Name          string   `yaml:"name"`
		Countries     []string `yaml:"countries"`
		MinPopulation int      `yaml:"min_population"`
	} `yaml:"groups"`
}

// min returns the threshold for a country.
func (t *Thresholds) min(country string) int {
	for _, g := range t.Groups {
		if slices.Contains(g.Countries, country) {
			return g.MinPopulation
		}
	}
	return t.MinPopulation
}

// loadThresholds reads the "places" section of a policy file.
func loadThresholds(path string) (*Thresholds, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var doc struct {
		Places *Thresholds `yaml:"places"`
	}
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if doc.Places == nil || doc.Places.MinPopulation <= 0 {
		return nil, fmt.Errorf("%s: no places.min_population", path)
	}
	seen := map[string]bool{}
	for _, g := range doc.Places.Groups {
		if g.MinPopulation <= 0 {
			return nil, fmt.Errorf("%s: group %q: no min_population", path, g.Name)
		}
		for _, c := range g.Countries {
			if seen[c] {
				return nil, fmt.Errorf("%s: country %s in two groups", path, c)
			}
			seen[c] = true
		}
	}
	return doc.Places, nil
}

// minLetters is the minimum number of letters an alternate name must have.
const minLetters = 3

// seatCodes are the feature codes kept regardless of population.
var seatCodes = map[string]bool{"PPLC": true, "PPLA": true, "PPLA2": true}

// GeoNames column indexes.
const (
	colID        = 0
	colName      = 1
	colASCII     = 2
	colAltNames  = 3
	colLat       = 4
	colLon       = 5
	colFeature   = 7
	colCountry   = 8
	colPop       = 14
	numGeoFields = 19
)

type row struct {
	id                   int
	name, ascii, country string
	lat, lon             float64
	pop                  int
	feature              string
	names                []string
}

type stats struct {
	read, kept, namesIn, namesKept int
	dropped                        map[string]int // reason -> count of alternate names
}

func main() {
	in := flag.String("in", "", "GeoNames cities table (e.g. cities500.txt)")
	out := flag.String("out", "", "output gzipped TSV")
	policy := flag.String("policy", "tools/genindex/policy.yaml", "policy file whose \"places\" section gives the population thresholds")
	flag.Parse()
	if *in == "" || *out == "" {
		flag.Usage()
		os.Exit(2)
	}
	th, err := loadThresholds(*policy)
	if err == nil {
		err = run(*in, *out, th)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gengazetteer:", err)
		os.Exit(1)
	}
}

func run(inPath, outPath string, th *Thresholds) error {
	f, err := os.Open(inPath)
	if err != nil {
		return err
	}
	defer f.Close()
	rows, st, err := readTable(f, th)
	if err != nil {
		return fmt.Errorf("%s: %w", inPath, err)
	}
	var buf bytes.Buffer
	if err := writeTSV(&buf, rows); err != nil {
		return err
	}
	tmp := outPath + ".tmp"
	if err := os.WriteFile(tmp, buf.Bytes(), 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp, outPath); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "gengazetteer: read %d places, kept %d (population >= %d, or the threshold of the country's group, or PPLC/PPLA/PPLA2)\n",
		st.read, st.kept, th.MinPopulation)
	fmt.Fprintf(os.Stderr, "gengazetteer: alternate names of kept places: %d in, %d kept\n", st.namesIn, st.namesKept)
	reasons := make([]string, 0, len(st.dropped))
	for r := range st.dropped {
		reasons = append(reasons, r)
	}
	sort.Strings(reasons)
	for _, r := range reasons {
		fmt.Fprintf(os.Stderr, "gengazetteer:   dropped %-10s %d\n", r, st.dropped[r])
	}
	fmt.Fprintf(os.Stderr, "gengazetteer: wrote %s (%d bytes)\n", outPath, buf.Len())
	return nil
}

// readTable parses the GeoNames table, keeping places accepted by keepPlace.
func readTable(r io.Reader, th *Thresholds) ([]row, stats, error) {
	st := stats{dropped: map[string]int{}}
	var rows []row
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if text == "" {
			continue
		}
		fs := strings.Split(text, "\t")
		if len(fs) != numGeoFields {
			return nil, st, fmt.Errorf("line %d: %d fields, want %d", line, len(fs), numGeoFields)
		}
		st.read++
		pop := 0
		if p := fs[colPop]; p != "" {
			var err error
			if pop, err = strconv.Atoi(p); err != nil {
				return nil, st, fmt.Errorf("line %d: population: %w", line, err)
			}
		}
		if !keepPlace(pop, fs[colFeature], th.min(fs[colCountry])) {
			continue
		}
		id, err := strconv.Atoi(fs[colID])
		if err != nil {
			return nil, st, fmt.Errorf("line %d: geonameid: %w", line, err)
		}
		lat, err := strconv.ParseFloat(fs[colLat], 64)
		if err != nil {
			return nil, st, fmt.Errorf("line %d: latitude: %w", line, err)
		}
		lon, err := strconv.ParseFloat(fs[colLon], 64)
		if err != nil {
			return nil, st, fmt.Errorf("line %d: longitude: %w", line, err)
		}
		for _, col := range []int{colName, colASCII, colCountry, colFeature} {
			if strings.ContainsAny(fs[col], "|\t") {
				return nil, st, fmt.Errorf("line %d: column %d contains a separator", line, col+1)
			}
		}
		names, dropped := cleanNames(fs[colAltNames])
		st.namesIn += len(names)
		for reason, n := range dropped {
			st.namesIn += n
			st.dropped[reason] += n
		}
		st.namesKept += len(names)
		st.kept++
		rows = append(rows, row{
			id: id, name: fs[colName], ascii: fs[colASCII], country: fs[colCountry],
			lat: lat, lon: lon, pop: pop, feature: fs[colFeature], names: names,
		})
	}
	if err := sc.Err(); err != nil {
		return nil, st, fmt.Errorf("line %d: %w", line+1, err)
	}
	if len(rows) == 0 {
		return nil, st, errors.New("no places kept")
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].id < rows[j].id })
	return rows, st, nil
}

// writeTSV writes the rows as a deterministic gzipped TSV.
func writeTSV(w io.Writer, rows []row) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	zw.ModTime = time.Time{} // zero: no timestamp in the header
	zw.Name = ""
	bw := bufio.NewWriter(zw)
	bw.WriteString(Header)
	bw.WriteByte('\n')
	for _, r := range rows {
		bw.WriteString(strconv.Itoa(r.id))
		for _, s := range []string{
			r.name, r.ascii, r.country,
			strconv.FormatFloat(r.lat, 'f', 4, 64),
			strconv.FormatFloat(r.lon, 'f', 4, 64),
			strconv.Itoa(r.pop), r.feature, strings.Join(r.names, "|"),
		} {
			bw.WriteByte('\t')
			bw.WriteString(s)
		}
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// keepPlace reports whether a place reaches min or is an admin seat.
func keepPlace(population int, featureCode string, min int) bool {
	return population >= min || seatCodes[featureCode]
}

// cleanNames splits a comma-separated GeoNames alternatenames field and
// returns the names worth keeping, in input order, plus drop counts by reason.
func cleanNames(field string) (kept []string, dropped map[string]int) {
	dropped = map[string]int{}
	if field == "" {
		return nil, dropped
	}
	seen := map[string]bool{}
	for _, raw := range strings.Split(field, ",") {
		name := strings.Join(strings.Fields(raw), " ")
		if name == "" {
			continue
		}
		if reason := rejectName(name); reason != "" {
			dropped[reason]++
			continue
		}
		if seen[name] {
			dropped["duplicate"]++
			continue
		}
		seen[name] = true
		kept = append(kept, name)
	}
	return kept, dropped
}

// rejectName returns why an alternate name is dropped, or "" to keep it.
// The name is expected to be whitespace-normalised.
func rejectName(name string) string {
	lower := strings.ToLower(name)
	if strings.Contains(lower, "://") || strings.HasPrefix(lower, "www.") ||
		strings.Contains(lower, "wikipedia.org") {
		return "url"
	}
	if strings.ContainsAny(name, "|\t") {
		return "separator"
	}
	var letters, upper, lowerCase int
	var script *unicode.RangeTable
	for _, c := range name {
		switch {
		case unicode.IsDigit(c) || unicode.IsNumber(c):
			return "digit"
		case unicode.IsLetter(c):
			letters++
			if unicode.IsUpper(c) {
				upper++
			} else if unicode.IsLower(c) {
				lowerCase++
			}
			s := scriptOf(c)
			if s == nil {
				return "script"
			}
			if script != nil && s != script {
				return "script" // mixed scripts: usually junk
			}
			script = s
		}
	}
	if letters < minLetters {
		return "short"
	}
	if upper >= 2 && lowerCase == 0 {
		return "allcaps"
	}
	return ""
}

// scriptOf returns the Latin, Arabic or Cyrillic table containing c, or nil.
func scriptOf(c rune) *unicode.RangeTable {
	for _, t := range []*unicode.RangeTable{unicode.Latin, unicode.Arabic, unicode.Cyrillic} {
		if unicode.Is(t, c) {
			return t
		}
	}
	return nil
}
