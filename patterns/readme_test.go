package patterns

// README.md documents the keys of a pack; this test holds it to the pack
// structs of pack.go so that the two cannot drift: every key a pack file
// may hold is documented, and every key documented is one a pack may hold.

import (
	"os"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

func TestREADMEDocumentsPackKeys(t *testing.T) {
	data, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, sec := range []struct {
		heading string
		typ     reflect.Type
	}{
		{"## A language folder", reflect.TypeFor[Pack]()},
		{"## The geo folder", reflect.TypeFor[Gazetteer]()},
		{"## Examples", reflect.TypeFor[Example]()},
	} {
		t.Run(strings.TrimPrefix(sec.heading, "## "), func(t *testing.T) {
			keys := map[string]bool{} // path -> is a leaf
			yamlKeys(sec.typ, "", keys)
			docs := documentedKeys(t, string(data), sec.heading)
			var missing []string
			for k, leaf := range keys {
				if _, ok := docs[k]; leaf && !ok {
					missing = append(missing, k)
				}
			}
			sort.Strings(missing)
			for _, k := range missing {
				t.Errorf("README.md does not document %s (a YAML key of %s): add it to the table under %q", k, sec.typ.Name(), sec.heading)
			}
			for k, line := range docs {
				if _, ok := keys[k]; !ok {
					t.Errorf("README.md:%d documents %s, which is no YAML key of %s (pack.go)", line, k, sec.typ.Name())
				}
			}
		})
	}
}

var unmarshaler = reflect.TypeFor[yaml.Unmarshaler]()

// fieldsOf returns the struct whose fields are YAML keys of a value of
// type t (t itself, or the item type of a list or pointer), or nil when t
// is a leaf: a scalar, a map (its keys are free) or a type that decodes
// itself.
func fieldsOf(t reflect.Type) reflect.Type {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Array {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct || reflect.PointerTo(t).Implements(unmarshaler) {
		return nil
	}
	return t
}

// yamlKeys adds to keys the dotted path of every YAML key below t (the
// fields of list items are paths below the list: clitics.from), each
// marked whether it is a leaf, as yaml.v3 names them.
func yamlKeys(t reflect.Type, prefix string, keys map[string]bool) {
	st := fieldsOf(t)
	if st == nil {
		return
	}
	for i := 0; i < st.NumField(); i++ {
		f := st.Field(i)
		if !f.IsExported() {
			continue
		}
		name, opts, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if name == "-" {
			continue
		}
		if strings.Contains(","+opts+",", ",inline,") {
			yamlKeys(f.Type, prefix, keys)
			continue
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		path := name
		if prefix != "" {
			path = prefix + "." + name
		}
		keys[path] = fieldsOf(f.Type) == nil
		yamlKeys(f.Type, path, keys)
	}
}

var (
	backticked = regexp.MustCompile("`[^`]*`")
	keyPath    = regexp.MustCompile(`^[a-z0-9_]+(\.[a-z0-9_]+)*$`)
)

// documentedKeys reads the key table under heading and returns each key
// path it documents with its line in README.md. A row's first cell holds
// its keys in backticks, separated by commas: the first is a full dotted
// path (procedures.max_gap), a later one without a dot is a sibling of the
// first (skip: procedures.skip). A second cell that opens with a
// backticked list in braces ({from, to} or {from: ب, to: ""}) names the
// fields of each item of the row's one key.
func documentedKeys(t *testing.T, readme, heading string) map[string]int {
	t.Helper()
	lines := strings.Split(readme, "\n")
	start := -1
	for i, l := range lines {
		if strings.TrimSpace(l) == heading {
			start = i + 1
			break
		}
	}
	if start < 0 {
		t.Fatalf("README.md has no %q section", heading)
	}
	docs := map[string]int{}
	add := func(path string, line int) {
		if !keyPath.MatchString(path) {
			t.Errorf("README.md:%d: %q is not a key path", line, path)
			return
		}
		if prev, ok := docs[path]; ok {
			t.Errorf("README.md:%d: %s is documented again (first at line %d)", line, path, prev)
			return
		}
		docs[path] = line
	}
	for i := start; i < len(lines) && !strings.HasPrefix(lines[i], "## "); i++ {
		row, line := strings.TrimSpace(lines[i]), i+1
		if !strings.HasPrefix(row, "|") {
			continue
		}
		keyCell, what, ok := strings.Cut(strings.Trim(row, "|"), "|")
		keyCell = strings.TrimSpace(keyCell)
		if !ok || keyCell == "key" || strings.HasPrefix(keyCell, "---") {
			continue
		}
		if rest := strings.Trim(backticked.ReplaceAllString(keyCell, ""), ", "); rest != "" {
			t.Errorf("README.md:%d: key cell %q holds text that is not a key in backticks: %q", line, keyCell, rest)
		}
		names := backticked.FindAllString(keyCell, -1)
		if len(names) == 0 {
			t.Errorf("README.md:%d: row names no key", line)
			continue
		}
		first := strings.Trim(names[0], "`")
		parent := ""
		if j := strings.LastIndex(first, "."); j >= 0 {
			parent = first[:j+1]
		}
		for _, n := range names {
			n = strings.Trim(n, "`")
			if !strings.Contains(n, ".") {
				n = parent + n
			}
			add(n, line)
		}
		what = strings.TrimSpace(what)
		if !strings.HasPrefix(what, "`{") {
			continue
		}
		if len(names) != 1 {
			t.Errorf("README.md:%d: a list of item fields needs a row of one key", line)
			continue
		}
		end := strings.Index(what[1:], "`")
		if end < 0 {
			t.Errorf("README.md:%d: unclosed backtick", line)
			continue
		}
		list := strings.TrimSuffix(strings.TrimPrefix(what[1:end+1], "{"), "}")
		for _, field := range strings.Split(list, ",") {
			k, _, _ := strings.Cut(field, ":")
			add(first+"."+strings.TrimSpace(k), line)
		}
	}
	return docs
}

func TestDocumentedKeysReadsTheTableForm(t *testing.T) {
	readme := "# x\n\n## S\n\n| key | what |\n|---|---|\n" +
		"| `a` | `{from: b, to: \"\"}`: items |\n" +
		"| `p.x`, `y`, `q.z` | siblings; `{not, keys}` |\n" +
		"| `d` | `{regex, precision}` templates; `{day}` |\n\n## T\n| `other` | no |\n"
	got := documentedKeys(t, readme, "## S")
	want := map[string]int{"a": 7, "a.from": 7, "a.to": 7, "p.x": 8, "p.y": 8, "q.z": 8, "d": 9, "d.regex": 9, "d.precision": 9}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("documentedKeys = %v, want %v", got, want)
	}
}
