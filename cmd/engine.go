package cmd

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"sort"
	"strings"

	"github.com/newsx/newsx/extract"
	"github.com/newsx/newsx/lang"
	"github.com/newsx/newsx/patterns"
)

// loadEngine compiles the embedded packs, or those of dir when given. A
// dir that holds no pack (a folder of articles, or one language's folder
// instead of the tree above it) is a usage error; a tree without some
// built-in language is run, with a notice on errOut naming what it serves.
func loadEngine(dir string, errOut io.Writer) (*extract.Engine, error) {
	fsys := patterns.Embedded()
	if dir != "" {
		info, err := os.Stat(dir)
		if err != nil {
			return nil, usageError("--patterns: %v", err)
		}
		if !info.IsDir() {
			return nil, usageError("--patterns %s: not a folder (give the folder that holds the language packs)", displayName(dir))
		}
		fsys = os.DirFS(dir)
	}
	b, err := patterns.Load(fsys)
	if err != nil {
		if dir != "" { // pack errors name files inside the tree
			return nil, usageError("--patterns %s: %v", displayName(dir), err)
		}
		return nil, &exitError{code: ExitUsage, msg: err.Error()}
	}
	if dir != "" {
		if err := checkPacks(dir, fsys, b, errOut); err != nil {
			return nil, err
		}
	}
	det, err := lang.NewDetector(b.Languages)
	if err != nil {
		return nil, &exitError{code: ExitUsage, msg: err.Error()}
	}
	return extract.New(b, det), nil
}

// builtinDetector is the detector of the embedded packs, for `newsx detect`.
func builtinDetector() (*lang.Detector, error) {
	specs, err := patterns.Languages(patterns.Embedded())
	if err != nil {
		return nil, err
	}
	return lang.NewDetector(specs)
}

// checkPacks refuses a pattern tree without any language pack and says
// which built-in languages (the embedded pack folders, named by their
// code) a partial tree leaves out.
func checkPacks(dir string, fsys fs.FS, b *patterns.Bundle, errOut io.Writer) error {
	name := displayName(dir)
	if len(b.Langs) == 0 {
		hint := ""
		if _, err := fs.Stat(fsys, "lang.yaml"); err == nil {
			hint = fmt.Sprintf("; %s is itself a language pack: give the folder above it", name)
		}
		return usageError("--patterns %s: no pattern pack (a folder per language, like fr/, holding lang.yaml and other *.yaml files)%s", name, hint)
	}
	var served, missing []string
	for code := range b.Langs {
		served = append(served, code)
	}
	sort.Strings(served)
	builtin, err := patterns.PackDirs(patterns.Embedded())
	if err != nil {
		return err
	}
	for _, code := range builtin {
		if !slices.Contains(served, code) {
			missing = append(missing, code)
		}
	}
	if len(missing) > 0 {
		fmt.Fprintf(errOut, "newsx: --patterns %s: packs for %s only (no %s)\n",
			name, strings.Join(served, ", "), strings.Join(missing, ", "))
	}
	return nil
}
