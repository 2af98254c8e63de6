package cmd_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/newsx/newsx/htmlreport"
)

// pageData reads the data a report inlines.
func pageData(t *testing.T, page string) htmlreport.Data {
	t.Helper()
	html, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?s)<script type="application/json" id="data">(.*?)</script>`).FindSubmatch(html)
	if m == nil {
		t.Fatal("no data in the page")
	}
	var d htmlreport.Data
	if err := json.Unmarshal(m[1], &d); err != nil {
		t.Fatal(err)
	}
	return d
}

// statsRow is one row of `newsx stats -f json`.
type statsRow struct {
	Key     string `json:"institution_key"`
	City    string `json:"city"`
	Year    string `json:"year"`
	Min     int64  `json:"min"`
	Max     *int64 `json:"max"`
	Lower   bool   `json:"lower_bound"`
	Approx  bool   `json:"approximate"`
	Facts   int64  `json:"facts"`
	Reports int64  `json:"reports"`
}

// The page's totals are newsx stats' totals: per institution, per city and
// per year (each summed over the types the page keeps apart), on the
// fixtures plus a syndicated copy of one article (counted once).
func TestReportTotalsAreStats(t *testing.T) {
	dir := t.TempDir()
	arts := filepath.Join(dir, "articles")
	if err := os.CopyFS(arts, os.DirFS("../testdata/gold")); err != nil {
		t.Fatal(err)
	}
	orig, err := os.ReadFile("../testdata/gold/fr/fr_sfax_greffes_cornee.txt")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(arts, "fr", "zz_syndicated_copy.txt"), orig, 0o644); err != nil {
		t.Fatal(err)
	}
	newsx := filepath.Join(binDir, "newsx")
	page := filepath.Join(dir, "report.html")
	if out, err := exec.Command(newsx, "report", "-o", page, arts).CombinedOutput(); err != nil {
		t.Fatalf("report: %v\n%s", err, out)
	}
	d := pageData(t, page)
	if d.Dups == 0 {
		t.Errorf("the syndicated copy's facts are not counted once")
	}
	stats := func(by string) []statsRow {
		out, err := exec.Command(newsx, "stats", "--by", by, "-f", "json", arts).Output()
		if err != nil {
			t.Fatalf("stats --by %s: %v", by, err)
		}
		var rows []statsRow
		if err := json.Unmarshal(out, &rows); err != nil {
			t.Fatal(err)
		}
		return rows
	}
	check := func(what, name string, page htmlreport.ByType, r statsRow) {
		t.Helper()
		var min, max, open, about, facts, reports int64
		for _, v := range page {
			min, max, open, about, facts, reports = min+v.Min, max+v.Max, open+v.Open, about+v.About, facts+v.Facts, reports+v.Reports
		}
		if min != r.Min || (open > 0) != r.Lower || (about > 0) != r.Approx || facts != r.Facts || reports != r.Reports ||
			(r.Max != nil && *r.Max != max) || (r.Max == nil && open == 0) {
			t.Errorf("%s %q: page min %d max %d open %d about %d facts %d reports %d; stats %+v", what, name, min, max, open, about, facts, reports, r)
		}
	}
	insts := map[string]htmlreport.InstJS{}
	for _, in := range d.Insts {
		insts[in.Key] = in
	}
	rows := stats("institution")
	for _, r := range rows {
		if r.Key == "" {
			check("no institution", "", d.NoInst, r)
			continue
		}
		check("institution", r.Key, insts[r.Key].Totals, r)
	}
	if len(rows) != len(d.Insts)+1 {
		t.Errorf("stats has %d institution rows, the page %d institutions (+1 for none)", len(rows), len(d.Insts))
	}
	cities := map[string]htmlreport.CityJS{}
	for _, c := range d.Cities {
		cities[c.Name] = c
	}
	for _, r := range stats("city") {
		if r.City == "" {
			check("no city", "", d.Unplaced, r)
			continue
		}
		check("city", r.City, cities[r.City].Totals, r)
	}
	for _, r := range stats("year") {
		switch {
		case r.Year == "":
			check("undated", "", d.Undated, r)
		case len(r.Year) == 4:
			check("year", r.Year, d.Years[r.Year], r)
		}
	}
}
