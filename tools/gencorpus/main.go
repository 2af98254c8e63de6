// Command gencorpus writes a reproducible benchmark corpus: N articles of
// about 3 KB, each made of sentences drawn (with a fixed seed) from the
// fixture articles of one language. prose's sentence segmenter cuts the
// fixtures into sentences.
//
//	go run ./tools/gencorpus -n 10000 -out /tmp/corpus
package main

import (
	"flag"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/jdkato/prose/v2"
)

func main() {
	n := flag.Int("n", 1000, "number of articles to write")
	out := flag.String("out", "corpus", "output folder")
	src := flag.String("src", "testdata/gold", "folder of fixture articles, one subfolder per language")
	size := flag.Int("size", 3000, "approximate article size in bytes")
	seed := flag.Int64("seed", 1, "random seed: the same seed writes the same corpus")
	flag.Parse()
	if err := run(*n, *out, *src, *size, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
}

func run(n int, out, src string, size int, seed int64) error {
	pools, err := sentences(src)
	if err != nil {
		return err
	}
	langs := make([]string, 0, len(pools))
	for l := range pools {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	if len(langs) == 0 {
		return fmt.Errorf("no articles under %s", src)
	}
	r := rand.New(rand.NewSource(seed))
	for i := 0; i < n; i++ {
		lang := langs[i%len(langs)]
		pool := pools[lang]
		var b strings.Builder
		for b.Len() < size {
			b.WriteString(pool[r.Intn(len(pool))])
			b.WriteString(" ")
		}
		dir := filepath.Join(out, fmt.Sprintf("%03d", i/1000))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		name := filepath.Join(dir, fmt.Sprintf("%06d_%s.txt", i, lang))
		if err := os.WriteFile(name, []byte(strings.TrimSpace(b.String())+"\n"), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// sentences segments every *.txt under src/<lang>/ into sentences.
func sentences(src string) (map[string][]string, error) {
	files, err := filepath.Glob(filepath.Join(src, "*", "*.txt"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	pools := map[string][]string{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		doc, err := prose.NewDocument(string(data),
			prose.WithTokenization(false), prose.WithTagging(false), prose.WithExtraction(false))
		if err != nil {
			return nil, err
		}
		lang := filepath.Base(filepath.Dir(f))
		for _, s := range doc.Sentences() {
			if t := strings.TrimSpace(s.Text); t != "" {
				pools[lang] = append(pools[lang], t)
			}
		}
	}
	return pools, nil
}
