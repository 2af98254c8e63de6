package cmd_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// BenchmarkCLI runs the built binary over a generated corpus of 3 KB
// articles: `newsx extract DIR > file` end to end (walk, read, detect,
// match, encode, write, 2 workers on this machine) against `newsx detect`
// on the same corpus, which is the cost of language detection alone.
// NEWSX_BENCH_N sets the corpus size (default 10000, the size the targets
// are set for).
func BenchmarkCLI(b *testing.B) {
	n := os.Getenv("NEWSX_BENCH_N")
	if n == "" {
		n = "10000"
	}
	corpus := b.TempDir()
	gen := exec.Command("go", "run", "./tools/gencorpus", "-n", n, "-out", corpus)
	gen.Dir = ".."
	if out, err := gen.CombinedOutput(); err != nil {
		b.Fatalf("gencorpus: %v\n%s", err, out)
	}
	files, _ := filepath.Glob(filepath.Join(corpus, "*", "*.txt"))
	bin := filepath.Join(binDir, "newsx")
	for _, verb := range []string{"extract", "detect"} {
		b.Run(verb, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				out, err := os.Create(filepath.Join(b.TempDir(), "out"))
				if err != nil {
					b.Fatal(err)
				}
				cmd := exec.Command(bin, verb, corpus)
				cmd.Stdout = out
				if err := cmd.Run(); err != nil {
					b.Fatal(err)
				}
				out.Close()
			}
			b.ReportMetric(float64(len(files)*b.N)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}
