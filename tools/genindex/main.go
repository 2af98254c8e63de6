// Command genindex writes the gazetteer lookup index embedded by package
// patterns/geonames from the GeoNames table (cities.tsv.gz): names.idx maps
// every trusted name, folded as lang.NameKey folds text, to GeoNames ids;
// places.idx holds each place by zero-padded id. Both are sorted, so the
// binary looks names up by binary search and loads nothing at start.
//
//	go run ./tools/genindex -policy tools/genindex/policy.yaml -dir patterns/geonames
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/newsx/newsx/lang"
	"github.com/newsx/newsx/patterns/geonames"
	"gopkg.in/yaml.v3"
)

// Policy decides which alternate names of one script are trusted.
type Policy struct {
	Script  string   `yaml:"script"`
	Home    []string `yaml:"home"`
	HomeMin int      `yaml:"home_min_population"`
	Min     int      `yaml:"min_population"`
	// HomeSeats are feature codes ("PPLA": a province's seat) whose
	// alternate names are trusted in the home countries at any population.
	HomeSeats []string `yaml:"home_seats"`
}

func main() {
	policyPath := flag.String("policy", "tools/genindex/policy.yaml", "name policy per script")
	dir := flag.String("dir", "patterns/geonames", "folder of cities.tsv.gz, where the index is written")
	flag.Parse()
	if err := run(*policyPath, *dir); err != nil {
		fmt.Fprintln(os.Stderr, "genindex:", err)
		os.Exit(1)
	}
}

func run(policyPath, dir string) error {
	data, err := os.ReadFile(policyPath)
	if err != nil {
		return err
	}
	var doc struct {
		Policy []Policy `yaml:"policy"`
	}
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return fmt.Errorf("%s: %w", policyPath, err)
	}
	policy := map[string][]Policy{}
	for _, p := range doc.Policy {
		policy[p.Script] = append(policy[p.Script], p)
	}
	f, err := os.Open(filepath.Join(dir, "cities.tsv.gz"))
	if err != nil {
		return err
	}
	defer f.Close()
	places, err := geonames.Parse(f)
	if err != nil {
		return err
	}
	names, rows := index(places, policy)
	if err := os.WriteFile(filepath.Join(dir, "names.idx"), []byte(strings.Join(names, "")), 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "places.idx"), []byte(strings.Join(rows, "")), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "genindex: %d places, %d names\n", len(rows), len(names))
	return nil
}

// index returns the sorted lines of names.idx and places.idx.
func index(places []geonames.Place, policy map[string][]Policy) ([]string, []string) {
	ids := map[string][]int{}
	var rows []string
	for i := range places {
		p := &places[i]
		rows = append(rows, geonames.FormatPlace(p))
		add := func(name string) {
			k := lang.NameKey(name)
			if len([]rune(k)) < 3 || slices.Contains(ids[k], p.ID) {
				return
			}
			ids[k] = append(ids[k], p.ID)
		}
		add(p.Name)
		add(p.ASCII)
		for _, n := range p.Names {
			if trusted(policy, p, n) {
				add(n)
			}
		}
	}
	names := make([]string, 0, len(ids))
	for k, v := range ids {
		sort.Ints(v)
		s := make([]string, len(v))
		for i, id := range v {
			s[i] = fmt.Sprint(id)
		}
		names = append(names, k+"\t"+strings.Join(s, ",")+"\n")
	}
	sort.Strings(names)
	sort.Strings(rows)
	return names, rows
}

// trusted applies the policy to an alternate name of p: the first entry of
// the name's script whose home holds p's country gives the threshold, else
// the first entry's min_population.
func trusted(policy map[string][]Policy, p *geonames.Place, name string) bool {
	pols, ok := policy[script(name)]
	if !ok || p.Feature == "PPLC" {
		return true
	}
	for _, pol := range pols {
		if slices.Contains(pol.Home, p.Country) {
			return p.Population >= pol.HomeMin || slices.Contains(pol.HomeSeats, p.Feature)
		}
	}
	return p.Population >= pols[0].Min
}

// script names the writing system of a name by its first letter.
func script(name string) string {
	for _, r := range name {
		switch {
		case unicode.Is(unicode.Arabic, r):
			return "arabic"
		case unicode.Is(unicode.Cyrillic, r):
			return "cyrillic"
		case unicode.Is(unicode.Latin, r):
			return "latin"
		}
	}
	return ""
}
