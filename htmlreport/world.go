package htmlreport

import (
	_ "embed"
	"strings"
)

// worldTSV is Natural Earth's countries at 1:110m, one line per country:
// "id<TAB>name<TAB>SVG path" in tenths of a degree, x = longitude and
// y = -latitude (tools/genworld writes it; see NOTICE).
//
//go:embed world.tsv
var worldTSV string

// Country is one outline of the map.
type Country struct {
	Name string
	Path string // SVG path data, in map units (tenths of a degree)
}

// WorldScale is the number of map units per degree.
const WorldScale = 10

// World returns the country outlines.
func World() []Country {
	var cs []Country
	for _, line := range strings.Split(strings.TrimSpace(worldTSV), "\n") {
		f := strings.SplitN(line, "\t", 3)
		if len(f) == 3 {
			cs = append(cs, Country{Name: f[1], Path: f[2]})
		}
	}
	return cs
}
