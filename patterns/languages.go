package patterns

import (
	"fmt"
	"io/fs"
	"sort"
	"strings"

	"github.com/newsx/newsx/lang"
)

// The detector's languages come from the packs: each names the detector
// languages read as itself (`detect`, by default its `language`), the guard
// languages loaded beside it (`guards`) and a sentence that loads its
// script's models (`warm_up`). lang builds the detector from them.

// GeoDir is the folder of a pattern tree that holds the gazetteer overlay;
// every other folder is a language pack, but hidden ones (.git).
const GeoDir = "geo"

// PackDirs lists the language folders of a pattern tree, sorted.
func PackDirs(fsys fs.FS) ([]string, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, err
	}
	var dirs []string
	for _, e := range entries {
		name := e.Name()
		if !e.IsDir() || name == GeoDir || strings.HasPrefix(name, ".") {
			continue
		}
		dirs = append(dirs, name)
	}
	sort.Strings(dirs)
	return dirs, nil
}

// Languages reads what the detector needs from every pack of fsys, without
// compiling the packs (`newsx detect` runs no matcher).
func Languages(fsys fs.FS) ([]lang.Spec, error) {
	packs, dirs, err := loadPacks(fsys)
	if err != nil {
		return nil, err
	}
	return specs(packs, dirs)
}

// loadPacks reads, without compiling, every language pack of fsys, with
// the folders they come from.
func loadPacks(fsys fs.FS) ([]*Pack, []string, error) {
	dirs, err := PackDirs(fsys)
	if err != nil {
		return nil, nil, err
	}
	packs := make([]*Pack, 0, len(dirs))
	for _, dir := range dirs {
		p, err := LoadPack(fsys, dir)
		if err != nil {
			return nil, nil, err
		}
		packs = append(packs, p)
	}
	return packs, dirs, nil
}

// specs checks the language keys of packs (read from dirs) and returns
// them for the detector. A tree without packs gives none.
func specs(packs []*Pack, dirs []string) ([]lang.Spec, error) {
	var out []lang.Spec
	owner := map[string]IsoCode{} // detector language -> where a pack claimed it
	total := map[string]bool{}
	for i, p := range packs {
		s, err := spec(p, dirs[i])
		if err != nil {
			return nil, err
		}
		for _, c := range detectCodes(p) {
			key := strings.ToLower(c.Src)
			if prev, ok := owner[key]; ok {
				return nil, c.errorf(fmt.Sprintf("detect: %q is already read as another pack's language (%s:%d)", c.Src, prev.File, prev.Line))
			}
			owner[key] = c
			total[key] = true
		}
		for _, g := range s.Guards {
			total[strings.ToLower(g)] = true
		}
		out = append(out, s)
	}
	if len(packs) > 0 && len(total) < 2 {
		return nil, &Error{File: dirs[0], Msg: "the detector needs two languages or more: name guards (languages reported as themselves, as guards: [en]) or add a pack"}
	}
	return out, nil
}

// spec checks one pack's language keys: every code must be one the
// detector can return, and the pack needs a warm-up sentence.
func spec(p *Pack, dir string) (lang.Spec, error) {
	s := lang.Spec{Code: p.Language.Src, WarmUp: strings.TrimSpace(p.WarmUp)}
	for _, c := range detectCodes(p) {
		if !lang.Known(c.Src) {
			return s, c.errorf(fmt.Sprintf("language %q: the detector has no model for it (name lingua's ISO 639-1 code with detect:)", c.Src))
		}
		s.Detect = append(s.Detect, c.Src)
	}
	for _, c := range p.Guards {
		if !lang.Known(c.Src) {
			return s, c.errorf(fmt.Sprintf("guards: %q: the detector has no model for it (lingua's ISO 639-1 codes)", c.Src))
		}
		s.Guards = append(s.Guards, c.Src)
	}
	if s.WarmUp == "" {
		return s, &Error{File: dir, Msg: "no warm_up: a sentence in the language, read once to load its script's models before workers share the detector"}
	}
	return s, nil
}

// detectCodes are the detector languages read as p's language.
func detectCodes(p *Pack) []IsoCode {
	if len(p.Detect) == 0 {
		return []IsoCode{p.Language}
	}
	return p.Detect
}
