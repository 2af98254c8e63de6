package cmd_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newsx/newsx/cmd"
)

var update = flag.Bool("update", false, "rewrite the stats golden files in testdata/stats")

// stats runs `newsx stats args...` in process and returns stdout, stderr
// and the exit code.
func stats(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	ios := &cmd.IOStreams{In: strings.NewReader(stdin), Out: &out, ErrOut: &errb}
	code := cmd.Main(ios, append([]string{"stats"}, args...))
	return out.String(), errb.String(), code
}

// hand is aggregate's three hand-written records (see
// aggregate/aggregate_test.go): totals below are computed by hand.
const hand = "../aggregate/testdata/hand.jsonl"

// TestStatsHandTotals: the CSV of the hand-written records, checked by
// hand. a.txt and b.txt report the same 12 kidney transplants of CHU
// d'Oran in 2023: one fact, 2 reports; with "more than 5" liver
// transplants the 2023 total is a lower bound (17+, no max); the range 10
// to 15 gives min 10, max 15; the 300 transplants of 2014/2023 stay under
// their period; "less than 7" gives 0 to 7; the two "3 operations" with
// neither institution nor date are two facts.
func TestStatsHandTotals(t *testing.T) {
	out, errs, code := stats(t, "", "-f", "csv", hand)
	if code != 0 || errs != "" {
		t.Fatalf("exit %d: %s", code, errs)
	}
	want := strings.Join([]string{
		"institution_key,institution,type,year,total,min,max,lower_bound,approximate,facts,reports",
		"chu oran,CHU d'Oran,surgery,2023,10-15,10,15,false,false,1,1",
		"chu oran,CHU d'Oran,transplant,2014/2023,300,300,300,false,false,1,1",
		"chu oran,CHU d'Oran,transplant,2023,17+,17,,true,false,2,3",
		"مركز استشفائي جامعي باتنه,المركز الاستشفائي الجامعي بباتنة,cardiac,2023,~20,20,20,false,true,1,1",
		"مركز استشفائي جامعي باتنه,المركز الاستشفائي الجامعي بباتنة,transplant,2024,0-7,0,7,false,false,1,1",
		",,surgery,,6,6,6,false,false,2,2",
	}, "\r\n") + "\r\n"
	if out != want {
		t.Errorf("got:\n%s\nwant:\n%s", out, want)
	}
	r := csv.NewReader(strings.NewReader(out))
	rows, err := r.ReadAll()
	if err != nil || len(rows) != 7 {
		t.Errorf("CSV does not read back: %v, %d rows", err, len(rows))
	}
}

// TestStatsFixturesByHand: two fixtures of testdata/gold, one of them
// syndicated (the same text under two names), extracted and totalled,
// against totals read off the texts by hand:
//   - Beirut: "vingt-cinq greffes ... entre janvier et septembre 2022",
//     "six ablations de la rate" and "41 poses de cathéters" on the same
//     period: 72 in 2022, three facts, each reported by both copies;
//     "entre 30 et 35 greffes" next year (no publication date: no year):
//     a range, 30 to 35.
//   - CNAS: "pas moins de 1 430 interventions" in 2022 (a lower bound),
//     "plus de 5.000 interventions" since March 2018 (its period, never a
//     year's), "réaliser 1 600 interventions en 2023".
func TestStatsFixturesByHand(t *testing.T) {
	dir := t.TempDir()
	for name, src := range map[string]string{
		"a.txt": "fr/fr_beyrouth_greffes_moelle_osseuse.txt",
		"b.txt": "fr/fr_beyrouth_greffes_moelle_osseuse.txt",
		"c.txt": "fr/fr_cnas_chirurgie_cardiaque_pediatrique_sans_ville.txt",
	} {
		data, err := os.ReadFile(filepath.Join("..", "testdata", "gold", src))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, errs, code := stats(t, "", "-f", "csv", "--by", "institution,year", dir)
	if code != 0 || errs != "" {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"caisse nationale assurances sociales travailleurs salaries,Caisse nationale des assurances sociales des travailleurs salariés (CNAS),2018-03/..,5000+,5000,,true,false,1,1\r\n",
		"caisse nationale assurances sociales travailleurs salaries,Caisse nationale des assurances sociales des travailleurs salariés (CNAS),2022,1430+,1430,,true,false,1,1\r\n",
		"caisse nationale assurances sociales travailleurs salaries,Caisse nationale des assurances sociales des travailleurs salariés (CNAS),2023,1600,1600,1600,false,false,1,1\r\n",
		"centre hospitalier universitaire notre dame cedres beyrouth,Centre hospitalier universitaire Notre-Dame-des-Cèdres de Beyrouth,2022,72,72,72,false,false,3,6\r\n",
		"centre hospitalier universitaire notre dame cedres beyrouth,Centre hospitalier universitaire Notre-Dame-des-Cèdres de Beyrouth,,30-35,30,35,false,false,1,2\r\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("no row %q in:\n%s", want, out)
		}
	}
}

// TestStatsFormats: the same totals in every format, and records on stdin.
func TestStatsFormats(t *testing.T) {
	data, err := os.ReadFile(hand)
	if err != nil {
		t.Fatal(err)
	}
	out, _, code := stats(t, string(data), "--by", "year", "-f", "jsonl", "-")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 4 || lines[1] != `{"year":"2023","total":"~47+","min":47,"max":null,"lower_bound":true,"approximate":true,"facts":4,"reports":5}` {
		t.Errorf("jsonl:\n%s", out)
	}
	out, _, _ = stats(t, "", "--by", "year", "-f", "json", hand)
	var rows []map[string]any
	if err := json.Unmarshal([]byte(out), &rows); err != nil || len(rows) != 4 || rows[3]["year"] != nil {
		t.Errorf("json: %v\n%s", err, out)
	}
	out, _, _ = stats(t, "", "--by", "year,type", "-f", "table", "--type", "transplant", hand)
	want := `YEAR       TYPE        TOTAL  FACTS  REPORTS
2014/2023  transplant    300      1        1
2023       transplant    17+      2        3
2024       transplant    0-7      1        1
`
	if out != want {
		t.Errorf("table:\n%s\nwant:\n%s", out, want)
	}
}

// TestStatsTableWidth: columns are aligned by what a terminal shows, not
// by bytes: Arabic and Cyrillic names take one column a letter.
func TestStatsTableWidth(t *testing.T) {
	out, _, _ := stats(t, "", "--by", "institution", "-f", "table", hand)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	col := -1
	for _, l := range lines {
		runes := []rune(l)
		// every line ends at the same column (REPORTS is right-aligned)
		if col < 0 {
			col = len(runes)
		} else if len(runes) != col {
			t.Errorf("line %q is %d runes wide, want %d", l, len(runes), col)
		}
	}
}

func TestStatsUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"--by", "hospital", hand}, {"--type", "dialysis", hand}, {"--country", "Algeria", hand},
		{"--since", "2023-13", hand}, {"--since", "2024", "--until", "2023", hand}, {"-f", "xml", hand}, {},
	} {
		_, errs, code := stats(t, "", args...)
		if code != 2 || strings.Count(errs, "\n") != 1 {
			t.Errorf("%q: exit %d, stderr %q; want exit 2 and one line", args, code, errs)
		}
	}
}

// TestStatsGolden totals the fixtures' records (testdata/golden, which
// `go test ./extract -run Golden -update` rewrites when the engine
// changes) plus a syndicated copy of one of them under another name, and
// compares every format with testdata/stats. After a deliberate change,
// run `go test ./cmd -run StatsGolden -update` and review the diff.
func TestStatsGolden(t *testing.T) {
	records, _ := filepath.Glob("../testdata/golden/*.json")
	if len(records) == 0 {
		t.Fatal("no golden records")
	}
	// the syndicated copy: the same record from another source
	data, err := os.ReadFile("../testdata/golden/fr_chu_tizi_ouzou_greffes_renales.json")
	if err != nil {
		t.Fatal(err)
	}
	var rec map[string]any
	if err := json.Unmarshal(data, &rec); err != nil {
		t.Fatal(err)
	}
	rec["source"] = "syndicated/fr_chu_tizi_ouzou_greffes_renales.txt"
	copyData, _ := json.Marshal(rec)
	syndicated := filepath.Join(t.TempDir(), "syndicated.jsonl")
	if err := os.WriteFile(syndicated, append(copyData, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	args := append(records, syndicated)
	for _, tc := range []struct{ name, flags string }{
		{"default.csv", "-f csv"},
		{"default.txt", "-f table"},
		{"country_type.txt", "-f table --by country,type"},
		{"city_year.json", "-f json --by city,year"},
		{"transplant_organ_month.csv", "-f csv --by organ,month --type transplant"},
		{"language_source.txt", "-f table --by language,source --since 2023 --until 2023"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, errs, code := stats(t, "", append(strings.Fields(tc.flags), args...)...)
			if code != 0 || errs != "" {
				t.Fatalf("exit %d: %s", code, errs)
			}
			golden := filepath.Join("testdata/stats", tc.name)
			if *update {
				if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if out != string(want) {
				t.Errorf("stats %s differs from %s; run `go test ./cmd -run StatsGolden -update` and review the diff", tc.flags, golden)
			}
		})
	}
}

// TestStatsDefaultFormat: a table on a terminal, CSV otherwise.
func TestStatsDefaultFormat(t *testing.T) {
	for _, tty := range []bool{true, false} {
		var out bytes.Buffer
		ios := &cmd.IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &bytes.Buffer{}, OutTTY: tty}
		if code := cmd.Main(ios, []string{"stats", "--by", "type", hand}); code != 0 {
			t.Fatalf("exit %d", code)
		}
		header, _, _ := strings.Cut(out.String(), "\n")
		want := "type,total,min,max,lower_bound,approximate,facts,reports\r"
		if tty {
			want = "TYPE        TOTAL  FACTS  REPORTS"
		}
		if header != want {
			t.Errorf("terminal %v: header %q, want %q", tty, header, want)
		}
	}
}

// TestStatsOptions: flags land in StatsOptions (the run is replaced).
func TestStatsOptions(t *testing.T) {
	var got *cmd.StatsOptions
	c := cmd.NewCmdStats(&cmd.IOStreams{In: strings.NewReader(""), Out: &bytes.Buffer{}, ErrOut: &bytes.Buffer{}},
		func(o *cmd.StatsOptions) error { got = o; return nil })
	c.SetArgs([]string{"--by", "country,month", "--type", "transplant,cardiac", "--country", "DZ", "--country", "MA",
		"--since", "2020", "--until", "2023-06", "-f", "JSON", "-j", "3", "r.jsonl", "dir"})
	if err := c.Execute(); err != nil {
		t.Fatal(err)
	}
	if got.By != "country,month" || strings.Join(got.Types, "|") != "transplant|cardiac" || strings.Join(got.Countries, "|") != "DZ|MA" ||
		got.Since != "2020" || got.Until != "2023-06" || got.Format != "JSON" || got.Jobs != 3 || strings.Join(got.Args, "|") != "r.jsonl|dir" {
		t.Errorf("options: %+v", got)
	}
}

// TestStatsSignal: SIGINT while stats waits on a pipe that stays open
// (records have come, more may) stops at once with exit 130, and no
// partial totals are written.
func TestStatsSignal(t *testing.T) {
	data, err := os.ReadFile(hand)
	if err != nil {
		t.Fatal(err)
	}
	c := exec.Command(filepath.Join(binDir, "newsx"), "stats", "-f", "csv", "-")
	stdin, err := c.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	defer stdin.Close()
	var out, errb syncBuffer
	c.Stdout, c.Stderr = &out, &errb
	if err := c.Start(); err != nil {
		t.Fatal(err)
	}
	stdin.Write(data)
	time.Sleep(500 * time.Millisecond) // the records are read; the pipe stays open
	c.Process.Signal(syscall.SIGINT)
	done := make(chan error, 1)
	go func() { done <- c.Wait() }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		c.Process.Kill()
		t.Fatal("stats did not stop on SIGINT")
	}
	if code := c.ProcessState.ExitCode(); code != 130 {
		t.Errorf("exit %d, want 130; stderr %q", code, errb.String())
	}
	if out.String() != "" || !strings.Contains(errb.String(), "interrupted by SIGINT") {
		t.Errorf("stdout %q, stderr %q", out.String(), errb.String())
	}
}
