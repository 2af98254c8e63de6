package extract

import (
	"fmt"
	"strings"
	"testing"
	"unicode"

	"github.com/newsx/newsx/patterns"
)

// TestExamples runs every example of the built-in packs
// (patterns/packs/<code>/examples.yaml) through the matchers in the
// folder's language, skipping detection: each list an example gives must
// be what the record holds, in order. Examples marked known_bad are
// skipped while they fail and counted.
func TestExamples(t *testing.T) {
	e := engine(t)
	fsys := patterns.Embedded()
	dirs, err := patterns.PackDirs(fsys)
	if err != nil {
		t.Fatal(err)
	}
	// rows counts the examples that give each list, per folder
	total, knownBad, rows := 0, 0, map[string]map[string]int{}
	for _, dir := range dirs {
		exs, err := patterns.LoadExamples(fsys, dir)
		if err != nil {
			t.Fatal(err)
		}
		l, ok := e.bundle.Langs[dir]
		if !ok && len(exs) > 0 {
			t.Fatalf("%s/%s: no pack of language %q (a folder with examples must be named by its language)", dir, patterns.ExamplesFile, dir)
		}
		rows[dir] = map[string]int{}
		for _, ex := range exs {
			total++
			for key, want := range exampleLists(ex) {
				if want != nil {
					rows[dir][key]++
				}
			}
		}
		t.Run(dir, func(t *testing.T) {
			for _, ex := range exs {
				t.Run(slug(ex.Text), func(t *testing.T) {
					d := newDoc(l, ex.Text)
					rec := Record{Published: ex.Published}
					d.fill(&rec, e.gaz)
					diff := exampleDiff(ex, rec)
					switch {
					case ex.KnownBad != "" && diff == "":
						t.Errorf("%s passes now: remove its known_bad (%s)", where(dir, ex), ex.KnownBad)
					case ex.KnownBad != "":
						knownBad++
						t.Skipf("%s known_bad: %s (- want, + got)\n%s", where(dir, ex), ex.KnownBad, diff)
					case diff != "":
						t.Errorf("%s %q (- want, + got)\n%s", where(dir, ex), ex.Text, diff)
					}
				})
			}
		})
	}
	t.Logf("%d examples, %d known_bad skipped; examples per list: %v", total, knownBad, rows)
	cities := 0
	for dir, n := range rows {
		cities += n["cities"]
		if len(n) > 0 && n["institutions"] < 15 {
			t.Errorf("%s/%s: %d examples give institutions, want 15 or more", dir, patterns.ExamplesFile, n["institutions"])
		}
	}
	if cities < 60 {
		t.Errorf("%d examples give cities, want 60 or more", cities)
	}
}

// where names an example's file and line, from the module's root.
func where(dir string, ex patterns.Example) string {
	return fmt.Sprintf("patterns/packs/%s/%s:%d", dir, patterns.ExamplesFile, ex.Line)
}

// exampleDiff compares each list an example gives with the record's, and
// returns a diff of those that differ ("" when all agree).
func exampleDiff(ex patterns.Example, rec Record) string {
	got := recordLists(rec)
	var b strings.Builder
	for _, key := range listKeys {
		want := exampleLists(ex)[key]
		if want == nil {
			continue
		}
		if d := listDiff(*want, got[key]); d != "" {
			fmt.Fprintf(&b, "%s:\n%s", key, d)
		}
	}
	return b.String()
}

// listKeys are the lists of an example, in the order diffs are printed.
var listKeys = []string{"procedures", "dates", "cities", "institutions"}

// exampleLists are the lists an example gives, by key (nil: not given).
func exampleLists(ex patterns.Example) map[string]*[]string {
	return map[string]*[]string{"procedures": ex.Procedures, "dates": ex.Dates,
		"cities": ex.Cities, "institutions": ex.Institutions}
}

// recordLists writes a record's lists as examples.yaml does.
func recordLists(rec Record) map[string][]string {
	out := map[string][]string{}
	for _, p := range rec.Procedures {
		s := fmt.Sprint(p.Count)
		if p.CountMax != nil {
			s += fmt.Sprintf("-%d", *p.CountMax)
		}
		out["procedures"] = append(out["procedures"], s+" "+p.Qualifier)
	}
	for _, d := range rec.Dates {
		if d.Relative {
			out["dates"] = append(out["dates"], d.Value+" relative")
			continue
		}
		out["dates"] = append(out["dates"], d.Value)
	}
	for _, c := range rec.Cities {
		out["cities"] = append(out["cities"], c.Name+"/"+c.Country)
	}
	for _, in := range rec.Institutions {
		out["institutions"] = append(out["institutions"], in.Name)
	}
	return out
}

// slug names an example's subtest by its first words.
func slug(text string) string {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	return strings.Join(words[:min(len(words), 4)], "_")
}
