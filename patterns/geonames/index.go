package geonames

import (
	"bytes"
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// The lookup index written by tools/genindex: sorted lines, searched in
// place, so that nothing is parsed when the binary starts.
var (
	//go:embed names.idx
	namesIdx []byte
	//go:embed places.idx
	placesIdx []byte
)

// Index looks places up by folded name (lang.NameKey) in sorted,
// line-oriented data. It is safe for concurrent use.
type Index struct {
	names, places sortedLines
}

// EmbeddedIndex returns the index compiled into the binary.
func EmbeddedIndex() *Index {
	return &Index{names: sortedLines{data: namesIdx}, places: sortedLines{data: placesIdx}}
}

// NewIndex returns an index over names.idx and places.idx data.
func NewIndex(names, places []byte) *Index {
	return &Index{names: sortedLines{data: names}, places: sortedLines{data: places}}
}

// IDs returns the GeoNames ids of the places named key.
func (x *Index) IDs(key string) []int {
	line, ok := x.names.find(key)
	if !ok {
		return nil
	}
	var ids []int
	for _, s := range strings.Split(line, ",") {
		if id, err := strconv.Atoi(s); err == nil {
			ids = append(ids, id)
		}
	}
	return ids
}

// HasPrefix reports whether some name is key or starts with key and a space.
func (x *Index) HasPrefix(key string) bool {
	line := x.names.atOrAfter(key)
	if !strings.HasPrefix(line, key) || len(line) == len(key) {
		return false
	}
	c := line[len(key)]
	return c == '\t' || c == ' '
}

// Place returns the place with a GeoNames id.
func (x *Index) Place(id int) (Place, bool) {
	line, ok := x.places.find(fmt.Sprintf("%09d", id))
	if !ok {
		return Place{}, false
	}
	f := strings.Split(line, "\t")
	if len(f) != 7 {
		return Place{}, false
	}
	p := Place{ID: id, Name: f[0], ASCII: f[1], Country: f[2], Feature: f[6]}
	p.Lat, _ = strconv.ParseFloat(f[3], 64)
	p.Lon, _ = strconv.ParseFloat(f[4], 64)
	p.Population, _ = strconv.Atoi(f[5])
	return p, true
}

// FormatPlace writes the places.idx line of p.
func FormatPlace(p *Place) string {
	return fmt.Sprintf("%09d\t%s\t%s\t%s\t%.4f\t%.4f\t%d\t%s\n", p.ID, p.Name, p.ASCII, p.Country, p.Lat, p.Lon, p.Population, p.Feature)
}

// sortedLines is sorted "key\tvalue\n" lines with a lazily built table of
// line starts for binary search.
type sortedLines struct {
	data   []byte
	once   sync.Once
	starts []int32
}

func (s *sortedLines) index() {
	s.once.Do(func() {
		s.starts = make([]int32, 0, len(s.data)/24)
		for i := 0; i < len(s.data); {
			s.starts = append(s.starts, int32(i))
			j := bytes.IndexByte(s.data[i:], '\n')
			if j < 0 {
				break
			}
			i += j + 1
		}
	})
}

func (s *sortedLines) line(n int) string { return string(s.bytes(n)) }

// atOrAfter returns the first line not less than key, or "".
func (s *sortedLines) atOrAfter(key string) string {
	s.index()
	k := []byte(key)
	n := sort.Search(len(s.starts), func(i int) bool { return bytes.Compare(s.bytes(i), k) >= 0 })
	if n == len(s.starts) {
		return ""
	}
	return s.line(n)
}

func (s *sortedLines) bytes(n int) []byte {
	start := int(s.starts[n])
	end := len(s.data)
	if n+1 < len(s.starts) {
		end = int(s.starts[n+1]) - 1
	}
	return s.data[start:end]
}

// find returns the value of the line whose key is key.
func (s *sortedLines) find(key string) (string, bool) {
	line := s.atOrAfter(key + "\t")
	if rest, ok := strings.CutPrefix(line, key+"\t"); ok {
		return rest, true
	}
	return "", false
}
