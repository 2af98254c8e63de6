package main

import (
	"os"
	"path/filepath"
	"testing"
)

// A square country of two arcs, one walked backwards, quantised by a
// transform: the path is the square in tenths of a degree, y pointing down;
// a geometry without outline is left out.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.json")
	topo := `{"type":"Topology","transform":{"scale":[0.5,0.5],"translate":[-10,20]},
"arcs":[[[0,0],[4,0],[0,4]],[[0,0],[0,4],[4,0]]],
"objects":{"countries":{"type":"GeometryCollection","geometries":[
 {"type":"Polygon","arcs":[[0,-2]],"id":"999","properties":{"name":"Square"}},
 {"type":"GeometryCollection","id":"000","properties":{"name":"Nothing"}}]}}}`
	if err := os.WriteFile(in, []byte(topo), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "world.tsv")
	if err := run(in, out); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	// arc 0 runs (-10,20) (-8,20) (-8,22); arc 1, (-10,20) (-10,22) (-8,22),
	// is walked backwards; the closing point is dropped ("z" closes).
	want := "999\tSquare\tM-100 -200l20 0 0-20-20 0z\n"
	if string(got) != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
