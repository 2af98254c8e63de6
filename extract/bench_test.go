package extract

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// articles returns the fixture articles of one language (2-4 KB each).
func articles(b testing.TB, code string) []string {
	b.Helper()
	paths, _ := filepath.Glob(filepath.Join("../testdata/gold", code, "*.txt"))
	var out []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, string(data))
	}
	if len(out) == 0 {
		b.Fatalf("no %s articles", code)
	}
	return out
}

func perSecond(b *testing.B) {
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// perArticle benchmarks f over each language's articles, in articles/s.
func perArticle(b *testing.B, f func(e *Engine, text string)) {
	for _, code := range []string{"fr", "ar", "ru"} {
		b.Run(code, func(b *testing.B) {
			e, texts := engine(b), articles(b, code)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				f(e, texts[i%len(texts)])
			}
			perSecond(b)
		})
	}
}

// BenchmarkExtract is one article end to end in memory: detection,
// normalization, every matcher, record building.
func BenchmarkExtract(b *testing.B) {
	perArticle(b, func(e *Engine, text string) { e.Extract("bench", text) })
}

// BenchmarkDetect is language detection alone on the same articles: the
// figure end to end is compared with.
func BenchmarkDetect(b *testing.B) {
	perArticle(b, func(e *Engine, text string) { e.Detect(text) })
}

// BenchmarkStages times each stage on its own, per language.
func BenchmarkStages(b *testing.B) {
	for _, code := range []string{"fr", "ar", "ru"} {
		e, texts := engine(b), articles(b, code)
		l := e.bundle.Langs[code]
		stage := func(name string, f func(text string)) {
			b.Run(code+"/"+name, func(b *testing.B) {
				b.ReportAllocs()
				for i := 0; i < b.N; i++ {
					f(texts[i%len(texts)])
				}
			})
		}
		stage("normalize", func(t string) { newDoc(l, t) })
		stage("procedures", func(t string) { newDoc(l, t).procedures() })
		stage("dates", func(t string) { newDoc(l, t).dates(nil, nil, time.Time{}) })
		pub := time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC) // relative dates read too
		stage("dates_published", func(t string) { newDoc(l, t).dates(nil, nil, pub) })
		stage("institutions", func(t string) { newDoc(l, t).institutions(e.gaz, nil) })
		stage("cities", func(t string) { newDoc(l, t).cities(e.gaz, nil) })
		rec, _ := e.Extract("bench", texts[0])
		stage("encode", func(string) { json.NewEncoder(io.Discard).Encode(rec) })
	}
}
