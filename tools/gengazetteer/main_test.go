package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"reflect"
	"strings"
	"testing"
)

func TestKeepPlace(t *testing.T) {
	for _, tc := range []struct {
		pop  int
		code string
		want bool
	}{
		{15000, "PPL", true},
		{14999, "PPL", false},
		{0, "PPLC", true},
		{500, "PPLA", true},
		{500, "PPLA2", true},
		{500, "PPLA3", false},
		{0, "", false},
	} {
		if got := keepPlace(tc.pop, tc.code); got != tc.want {
			t.Errorf("keepPlace(%d, %q) = %v, want %v", tc.pop, tc.code, got, tc.want)
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
	"2485926\tOran\tOran\tORN,Oran,وهران,Оран\t35.69906\t-0.63588\tP\tPPLA\tDZ\t\t09\t\t\t\t645984\t\t\t\t2023-01-01\n"

func TestReadWrite(t *testing.T) {
	rows, st, err := readTable(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if st.read != 3 || st.kept != 2 {
		t.Errorf("read/kept = %d/%d, want 3/2", st.read, st.kept)
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
		"2485926\tOran\tOran\tDZ\t35.6991\t-0.6359\t645984\tPPLA\tOran|وهران|Оран\n" +
		"2502939\tBou Ismaïl\tBou Ismail\tDZ\t36.6426\t2.6901\t22411\tPPL\tBou Ismail|Бу-Исмаил\n"
	if string(out) != want {
		t.Errorf("output:\n%s\nwant:\n%s", out, want)
	}
}

func TestReadTableErrors(t *testing.T) {
	_, _, err := readTable(strings.NewReader(sample + "1\t2\t3\n"))
	if err == nil || !strings.Contains(err.Error(), "line 4") {
		t.Errorf("err = %v, want a line 4 error", err)
	}
}
