// Command genworld turns Natural Earth's country outlines, as the TopoJSON
// of the npm package world-atlas (countries-110m.json), into the compact
// file the HTML report draws its map from (htmlreport/world.tsv): one line
// per country, "id<TAB>name<TAB>SVG path".
//
// The path is in an equirectangular projection, x = longitude and y =
// -latitude, quantised to 1/Scale of a degree (Scale 10: about 11 km,
// finer than the 1:110m source shows) and written with relative moves, so
// that the whole world takes some 60 KB. `make world` runs it; `make build`
// only reads the committed result.
//
//	go run ./tools/genworld -in countries-110m.json -out htmlreport/world.tsv
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
)

// Scale is the number of map units per degree.
const Scale = 10

func main() {
	in := flag.String("in", "", "world-atlas countries TopoJSON (countries-110m.json)")
	out := flag.String("out", "htmlreport/world.tsv", "output file")
	flag.Parse()
	if err := run(*in, *out); err != nil {
		fmt.Fprintln(os.Stderr, "genworld:", err)
		os.Exit(1)
	}
}

type topology struct {
	Type      string `json:"type"`
	Transform *struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Arcs    [][][2]float64 `json:"arcs"`
	Objects struct {
		Countries struct {
			Geometries []geometry `json:"geometries"`
		} `json:"countries"`
	} `json:"objects"`
}

type geometry struct {
	Type       string          `json:"type"`
	ID         string          `json:"id"`
	Arcs       json.RawMessage `json:"arcs"`
	Properties struct {
		Name string `json:"name"`
	} `json:"properties"`
}

func run(in, out string) error {
	if in == "" {
		return fmt.Errorf("-in is required")
	}
	data, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	var t topology
	if err := json.Unmarshal(data, &t); err != nil {
		return fmt.Errorf("%s: %v", in, err)
	}
	if t.Type != "Topology" || len(t.Objects.Countries.Geometries) == 0 {
		return fmt.Errorf("%s: not a world-atlas topology with countries", in)
	}
	arcs := decodeArcs(t)
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	if err := write(w, t.Objects.Countries.Geometries, arcs); err != nil {
		f.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// decodeArcs undoes TopoJSON's quantisation and delta coding: each arc
// becomes absolute longitude/latitude pairs.
func decodeArcs(t topology) [][][2]float64 {
	arcs := make([][][2]float64, len(t.Arcs))
	for i, a := range t.Arcs {
		pts := make([][2]float64, len(a))
		var x, y float64
		for j, p := range a {
			if t.Transform != nil {
				x, y = x+p[0], y+p[1]
				pts[j] = [2]float64{x*t.Transform.Scale[0] + t.Transform.Translate[0], y*t.Transform.Scale[1] + t.Transform.Translate[1]}
			} else {
				pts[j] = p
			}
		}
		arcs[i] = pts
	}
	return arcs
}

// ring joins the arcs of one ring; a negative index ~i is arc i reversed.
// Each arc's first point repeats the last one of the arc before it.
func ring(idx []int, arcs [][][2]float64) [][2]float64 {
	var pts [][2]float64
	for _, i := range idx {
		a := arcs[i^(i>>31)]
		seq := make([][2]float64, len(a))
		copy(seq, a)
		if i < 0 {
			for l, r := 0, len(seq)-1; l < r; l, r = l+1, r-1 {
				seq[l], seq[r] = seq[r], seq[l]
			}
		}
		if len(pts) > 0 {
			seq = seq[1:]
		}
		pts = append(pts, seq...)
	}
	return pts
}

func write(w io.Writer, geoms []geometry, arcs [][][2]float64) error {
	sort.SliceStable(geoms, func(i, j int) bool { return geoms[i].Properties.Name < geoms[j].Properties.Name })
	for _, g := range geoms {
		var polys [][][]int
		switch g.Type {
		case "Polygon":
			var p [][]int
			if err := json.Unmarshal(g.Arcs, &p); err != nil {
				return err
			}
			polys = [][][]int{p}
		case "MultiPolygon":
			if err := json.Unmarshal(g.Arcs, &polys); err != nil {
				return err
			}
		default:
			continue // a country with no outline at this scale
		}
		var d strings.Builder
		for _, poly := range polys {
			for _, r := range poly {
				writeRing(&d, ring(r, arcs))
			}
		}
		if d.Len() == 0 {
			continue
		}
		id := g.ID
		if id == "" {
			id = "-"
		}
		name := strings.NewReplacer("\t", " ", "\n", " ").Replace(g.Properties.Name)
		if _, err := fmt.Fprintf(w, "%s\t%s\t%s\n", id, name, d.String()); err != nil {
			return err
		}
	}
	return nil
}

// writeRing writes one closed ring as "M x y l dx dy ... z", in whole map
// units, dropping points that quantise onto the one before; a ring that
// shrinks below a triangle is left out.
func writeRing(d *strings.Builder, pts [][2]float64) {
	var q [][2]int
	for _, p := range pts {
		x, y := round(p[0]*Scale), round(-p[1]*Scale)
		if n := len(q); n > 0 && q[n-1] == [2]int{x, y} {
			continue
		}
		q = append(q, [2]int{x, y})
	}
	if len(q) > 1 && q[0] == q[len(q)-1] {
		q = q[:len(q)-1]
	}
	if len(q) < 3 {
		return
	}
	d.WriteString("M" + strconv.Itoa(q[0][0]) + " " + strconv.Itoa(q[0][1]) + "l")
	for i := 1; i < len(q); i++ {
		dx, dy := q[i][0]-q[i-1][0], q[i][1]-q[i-1][1]
		if i > 1 && dx >= 0 {
			d.WriteByte(' ')
		}
		d.WriteString(strconv.Itoa(dx))
		if dy >= 0 {
			d.WriteByte(' ')
		}
		d.WriteString(strconv.Itoa(dy))
	}
	d.WriteByte('z')
}

func round(f float64) int {
	if f < 0 {
		return -int(-f + 0.5)
	}
	return int(f + 0.5)
}
