package source

import (
	"path/filepath"
	"testing"
)

// BenchmarkRead is the read+decode stage: a file of each language, in
// UTF-8 and in a legacy encoding that has to be detected.
func BenchmarkRead(b *testing.B) {
	for _, name := range []string{"fr/article.txt", "fr/article.windows-1252.txt", "ar/article.txt", "ar/article.windows-1256.txt", "ru/article.txt", "ru/article.koi8-r.txt"} {
		p := filepath.Join("..", "testdata", "encodings", name)
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, err := Read(Job{Source: p, Path: p}, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
