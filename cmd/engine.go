package cmd

import (
	"os"

	"github.com/newsx/newsx/extract"
	"github.com/newsx/newsx/lang"
	"github.com/newsx/newsx/patterns"
)

// loadEngine compiles the embedded packs, or those of dir when given.
func loadEngine(dir string) (*extract.Engine, error) {
	fsys := patterns.Embedded()
	if dir != "" {
		if _, err := os.Stat(dir); err != nil {
			return nil, usageError("--patterns: %v", err)
		}
		fsys = os.DirFS(dir)
	}
	b, err := patterns.Load(fsys)
	if err != nil {
		return nil, &exitError{code: ExitUsage, msg: err.Error()}
	}
	return extract.New(b, lang.NewDetector()), nil
}
