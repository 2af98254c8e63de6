package patterns

import (
	"reflect"
	"sort"
	"testing"
)

func TestRegexKeywords(t *testing.T) {
	for src, want := range map[string][]string{
		`(?P<day>[0-3]?[0-9])(?:er)?\.?\s+(?P<month>\p{L}+)\.?\s+(?:dernier|passe)`: {"dernier", "passe"},
		`(?P<month>\p{L}+)\.?\s+(?:прошлого|минувшего)\s+года`:                      {"минувшего", "прошлого"},
		`(?P<month>\p{L}+)\s+(?:الماضي|المنصرم|الفائت)`:                             {"الفائت", "الماضي", "المنصرم"},
		`(?P<month>\p{L}+) last year`:                                               {" last year"},
		`(?P<month>\p{L}+)\s+\p{L}+`:                                                nil,
		`(?P<month>\p{L}+)\s+(?:last)?`:                                             nil,
	} {
		got := regexKeywords(src)
		sort.Strings(got)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("regexKeywords(%q) = %q, want %q", src, got, want)
		}
	}
}

// Every relative template of the built-in packs has keywords: none would
// run it in every window around a month name.
func TestRelativeTemplatesHaveKeywords(t *testing.T) {
	b, err := Load(Embedded())
	if err != nil {
		t.Fatal(err)
	}
	for code, l := range b.Langs {
		for _, r := range l.Relative.Templates {
			if len(r.Keywords) == 0 {
				t.Errorf("%s: template %s has no keywords", code, r.Re)
			}
		}
	}
}
