package patterns

import (
	"io/fs"
	"path"

	"github.com/newsx/newsx/lang"
)

// Bundle is everything the extractor needs: one compiled pack per language,
// what the language detector is built from, and the gazetteer.
type Bundle struct {
	Langs     map[string]*Lang
	Languages []lang.Spec // one per pack, in folder order
	Gazetteer *Gazetteer
}

// Load reads and compiles every language folder and the geo folder of fsys.
func Load(fsys fs.FS) (*Bundle, error) {
	b := &Bundle{Langs: map[string]*Lang{}, Gazetteer: &Gazetteer{}}
	if g, err := fs.Stat(fsys, GeoDir); err == nil && g.IsDir() {
		if b.Gazetteer, err = LoadGazetteer(fsys, GeoDir); err != nil {
			return nil, err
		}
	}
	packs, dirs, err := loadPacks(fsys)
	if err != nil {
		return nil, err
	}
	for i, p := range packs {
		l, err := Compile(p)
		if err != nil {
			if pe, ok := err.(*Error); ok && pe.File == p.Language.Src {
				pe.File = path.Join(dirs[i], "*.yaml")
			}
			return nil, err
		}
		b.Langs[l.Code] = l
	}
	if b.Languages, err = specs(packs, dirs); err != nil {
		return nil, err
	}
	return b, nil
}
