package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// testThresholds keeps places of 15,000 and more, and in DZ of 1,000 and more.
func testThresholds(t *testing.T) *Thresholds {
	t.Helper()
	path := filepath.Join(t.TempDir(), "policy.yaml")
	doc := "places:\n  min_population: 15000\n  groups:\n    - {name: home, countries: [DZ, TN], min_population: 1000}\n"
	if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	th, err := loadThresholds(path)
	if err != nil {
		t.Fatal(err)
	}
	return th
}

func TestKeepPlace(t *testing.T) {
	th := testThresholds(t)
	for _, tc := range []struct {
		pop     int
		code    string
		country string
		want    bool
	}{
		{15000, "PPL", "FR", true},
		{14999, "PPL", "FR", false},
		{0, "PPLC", "FR", true},
		{500, "PPLA", "FR", true},
		{500, "PPLA2", "FR", true},
		{500, "PPLA3", "FR", false},
		{0, "", "FR", false},
		{1000, "PPL", "DZ", true},
		{999, "PPL", "TN", false},
		{500, "PPLA3", "DZ", false},
	} {
		if got := keepPlace(tc.pop, tc.code, th.min(tc.country)); got != tc.want {
			t.Errorf("keepPlace(%d, %q) in %s = %v, want %v", tc.pop, tc.code, tc.country, got, tc.want)
		}
	}
}

// The repository's policy parses and lowers the threshold for the home
// countries of the articles, not elsewhere.
func TestRepositoryPolicy(t *testing.T) {
	th, err := loadThresholds("../genindex/policy.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if th.MinPopulation != 15000 {
		t.Errorf("default threshold %d, want 15000", th.MinPopulation)
	}
	for _, c := range []string{"DZ", "MA", "TN", "RU"} {
		if m := th.min(c); m >= th.MinPopulation {
			t.Errorf("threshold in %s is %d, want below the default", c, m)
		}
	}
	if m := th.min("US"); m != th.MinPopulation {
		t.Errorf("threshold in US is %d, want the default", m)
	}
}

func TestLoadThresholdsErrors(t *testing.T) {
	for _, doc := range []string{
		"policy: []\n",
		"places:\n  min_population: 15000\n  groups:\n    - {name: a, countries: [DZ], min_population: 0}\n",
		"places:\n  min_population: 15000\n  groups:\n    - {name: a, countries: [DZ], min_population: 10}\n    - {name: b, countries: [DZ], min_population: 10}\n",
	} {
		path := filepath.Join(t.TempDir(), "p.yaml")
		os.WriteFile(path, []byte(doc), 0o644)
		if _, err := loadThresholds(path); err == nil {
			t.Errorf("loadThresholds(%q): no error", doc)
		}
	}
}

func TestRejectName(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"Oran", ""},
		{"Orán", ""},
		{"وهران", ""},
		{"Оран", ""},
		{"Оран қаласы", ""}, // Kazakh letters are Cyrillic
		{"Санкт-Петербург", ""},
		{"Ora", ""}, // 3 letters: kept
		{"Bou Ismaïl", ""},
		{"l'Aïn", ""},
		{"ORN", "allcaps"},
		{"TSE", "allcaps"},
		{"NQZ", "allcaps"},
		{"ОРАН", "allcaps"},
		{"Or", "short"},
		{"A.B", "short"},
		{"25 de Mayo", "digit"},
		{"Zürich (Kreis 4)", "digit"},
		{"ولاية ٢", "digit"}, // Arabic-Indic digit
		{"https://en.wikipedia.org/wiki/Rakops", "url"},
		{"www.example.com", "url"},
		{"Οράν", "script"},
		{"אוראן", "script"},
		{"オラン", "script"},
		{"Тиранæ", "script"}, // mixed Cyrillic + Latin
		{"Cabul - کابل", "script"},
		{"a|b|c", "separator"},
	} {
		if got := rejectName(tc.name); got != tc.want {
			t.Errorf("rejectName(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestCleanNames(t *testing.T) {
	got, dropped := cleanNames("Aran,ORN,Ora,Oran, Oran ,whran  aljzayr,Οράν,وهران,Оран,Or,Oran")
	want := []string{"Aran", "Ora", "Oran", "whran aljzayr", "وهران", "Оран"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("cleanNames kept %q, want %q", got, want)
	}
	wantDropped := map[string]int{"allcaps": 1, "duplicate": 2, "script": 1, "short": 1}
	if !reflect.DeepEqual(dropped, wantDropped) {
		t.Errorf("cleanNames dropped %v, want %v", dropped, wantDropped)
	}
	if got, _ := cleanNames(""); got != nil {
		t.Errorf("cleanNames(\"\") = %q, want nil", got)
	}
}

const sample = "2502939\tBou Ismaïl\tBou Ismail\tBou Ismail,Бу-Исмаил\t36.64262\t2.69007\tP\tPPL\tDZ\t\t42\t\t\t\t22411\t\t40\tAfrica/Algiers\t2023-01-01\n" +
	"1\tHamlet\tHamlet\tHameau\t1\t2\tP\tPPL\tFR\t\t\t\t\t\t100\t\t\t\t2023-01-01\n" +
	"3\tVillage\tVillage\tDouar\t1\t2\tP\tPPL\tFR\t\t\t\t\t\t5000\t\t\t\t2023-01-01\n" +
	"4\tTabursuq\tTabursuq\tTeboursouk\t36.4572\t9.2484\tP\tPPL\tTN\t\t\t\t\t\t12727\t\t\t\t2023-01-01\n" +
	"2485926\tOran\tOran\tORN,Oran,وهران,Оран\t35.69906\t-0.63588\tP\tPPLA\tDZ\t\t09\t\t\t\t645984\t\t\t\t2023-01-01\n"

func TestReadWrite(t *testing.T) {
	rows, st, err := readTable(strings.NewReader(sample), testThresholds(t))
	if err != nil {
		t.Fatal(err)
	}
	if st.read != 5 || st.kept != 3 {
		t.Errorf("read/kept = %d/%d, want 5/3", st.read, st.kept)
	}
	var a, b bytes.Buffer
	if err := writeTSV(&a, rows); err != nil {
		t.Fatal(err)
	}
	if err := writeTSV(&b, rows); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("output not deterministic")
	}
	zr, err := gzip.NewReader(&a)
	if err != nil {
		t.Fatal(err)
	}
	if !zr.ModTime.IsZero() || zr.Name != "" {
		t.Errorf("gzip header has ModTime %v Name %q", zr.ModTime, zr.Name)
	}
	out, _ := io.ReadAll(zr)
	want := Header + "\n" +
		"4\tTabursuq\tTabursuq\tTN\t36.4572\t9.2484\t12727\tPPL\tTeboursouk\n" +
		"2485926\tOran\tOran\tDZ\t35.6991\t-0.6359\t645984\tPPLA\tOran|وهران|Оран\n" +
		"2502939\tBou Ismaïl\tBou Ismail\tDZ\t36.6426\t2.6901\t22411\tPPL\tBou Ismail|Бу-Исмаил\n"
	if string(out) != want {
		t.Errorf("output:\n%s\nwant:\n%s", out, want)
	}
}

func TestReadTableErrors(t *testing.T) {
	_, _, err := readTable(strings.NewReader(sample+"1\t2\t3\n"), testThresholds(t))
	if err == nil || !strings.Contains(err.Error(), "line 6") {
		t.Errorf("err = %v, want a line 4 error", err)
	}
}
