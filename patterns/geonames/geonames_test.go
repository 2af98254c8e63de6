package geonames

import (
	"bytes"
	"compress/gzip"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

func gz(t testing.TB, s string) *bytes.Reader {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	zw.Close()
	return bytes.NewReader(b.Bytes())
}

func TestParse(t *testing.T) {
	in := Header + "\n" +
		"2485926\tOran\tOran\tDZ\t35.6991\t-0.6359\t645984\tPPLA\tOran|وهران|Оран\n" +
		"2502939\tBou Ismaïl\tBou Ismail\tDZ\t36.6426\t2.6901\t22411\tPPL\t\n"
	got, err := Parse(gz(t, in))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("got %d places, want 2", len(got))
	}
	p := got[0]
	if p.ID != 2485926 || p.Name != "Oran" || p.ASCII != "Oran" || p.Country != "DZ" ||
		p.Lat != 35.6991 || p.Lon != -0.6359 || p.Population != 645984 || p.Feature != "PPLA" ||
		!slices.Equal(p.Names, []string{"Oran", "وهران", "Оран"}) {
		t.Errorf("got %+v", p)
	}
	if got[1].Names != nil {
		t.Errorf("empty names column: got %q, want nil", got[1].Names)
	}
}

func TestParseErrors(t *testing.T) {
	row := "1\tA\tA\tDZ\t1.0\t2.0\t3\tPPL\tx\n"
	for _, tc := range []struct{ in, want string }{
		{"", "line 1: missing header"},
		{"id\tname\n" + row, "line 1: unexpected header"},
		{Header + "\n" + row + "1\tA\tA\tDZ\t1.0\t2.0\t3\tPPL\n", "line 3: 8 fields, want 9"},
		{Header + "\n" + row + row + "x\tA\tA\tDZ\t1.0\t2.0\t3\tPPL\t\n", "line 4: geonameid"},
		{Header + "\n" + "1\tA\tA\tDZ\tnorth\t2.0\t3\tPPL\t\n", "line 2: lat"},
		{Header + "\n" + "1\tA\tA\tDZ\t1.0\t2.0\tmany\tPPL\t\n", "line 2: population"},
		{Header + "\n" + "1\t\tA\tDZ\t1.0\t2.0\t3\tPPL\t\n", "line 2: empty name"},
	} {
		_, err := Parse(gz(t, tc.in))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Parse(%q): err = %v, want %q", tc.in, err, tc.want)
		}
	}
	if _, err := Parse(strings.NewReader("not gzip")); err == nil {
		t.Error("Parse(non-gzip): want error")
	}
}

func TestEmbedded(t *testing.T) {
	places, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	if len(places) < 40000 {
		t.Errorf("only %d places", len(places))
	}
	again, _ := Embedded()
	if &again[0] != &places[0] {
		t.Error("Embedded returned a different slice on the second call")
	}
	if !slices.IsSortedFunc(places, func(a, b Place) int { return a.ID - b.ID }) {
		t.Error("places not sorted by ID")
	}
	var oran *Place
	for i := range places {
		if places[i].Name == "Oran" && places[i].Country == "DZ" {
			oran = &places[i]
		}
	}
	if oran == nil {
		t.Fatal("Oran DZ not found")
	}
	for _, n := range []string{"وهران", "Оран"} {
		if !slices.Contains(oran.Names, n) {
			t.Errorf("Oran DZ lacks %q: %q", n, oran.Names)
		}
	}
	if slices.Contains(oran.Names, "ORN") {
		t.Error("Oran DZ still has the code ORN")
	}
}

// TestEmbeddedCost logs the parse time and heap retained by the parsed data.
func TestEmbeddedCost(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	places, err := Parse(bytes.NewReader(citiesGz))
	elapsed := time.Since(start)
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	t.Logf("parsed %d places in %v; heap retained %.1f MiB (HeapAlloc %.1f MiB total)",
		len(places), elapsed, float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), float64(after.HeapAlloc)/(1<<20))
	runtime.KeepAlive(places)
}

func BenchmarkEmbedded(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(bytes.NewReader(citiesGz)); err != nil {
			b.Fatal(err)
		}
	}
}

func TestCountries(t *testing.T) {
	cs, err := Countries()
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) < 80 {
		t.Errorf("only %d countries", len(cs))
	}
	byCode := map[string]Country{}
	for _, c := range cs {
		byCode[c.Code] = c
		dup := map[string]bool{}
		for _, n := range c.Names {
			if dup[n] {
				t.Errorf("%s: duplicate name %q", c.Code, n)
			}
			dup[n] = true
			if n != strings.TrimSpace(n) {
				t.Errorf("%s: name %q has surrounding space", c.Code, n)
			}
		}
	}
	for code, want := range map[string][]string{
		"DZ": {"Algeria", "Algérie", "l'Algérie", "الجزائر", "Алжир", "Алжира", "Алжире"},
		"MA": {"Morocco", "Maroc", "le Maroc", "المغرب", "Марокко"},
		"TN": {"la Tunisie", "تونس", "Тунисе"},
		"RU": {"Russia", "la Russie", "روسيا", "Россия", "России", "Россию", "Россией"},
		"KZ": {"Kazakhstan", "كازاخستان", "Казахстан", "Казахстана", "Казахстане"},
		"US": {"États-Unis", "США", "الولايات المتحدة"},
		"EG": {"Egypt", "مصر", "Египте"},
	} {
		c, ok := byCode[code]
		if !ok {
			t.Errorf("missing %s", code)
			continue
		}
		for _, n := range want {
			if !slices.Contains(c.Names, n) {
				t.Errorf("%s lacks %q", code, n)
			}
		}
	}
}

func TestParseCountriesErrors(t *testing.T) {
	for _, in := range []string{
		"countries: [{code: dz, names: [x]}]",
		"countries: [{code: DZA, names: [x]}]",
		"countries: [{code: DZ, names: []}]",
		"countries: [{code: DZ, names: [x]}, {code: DZ, names: [y]}]",
		"countries: [{code: DZ, names: ['']}]",
		"countries: {",
	} {
		if _, err := parseCountries([]byte(in)); err == nil {
			t.Errorf("parseCountries(%q): want error", in)
		}
	}
}
