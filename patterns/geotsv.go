package patterns

import (
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
)

// GeoTSVHeader is the first line of a geo/*.tsv file: places, one a line,
// as in the YAML overlay (a geonames_id adds the names to that GeoNames
// place, 0 makes a new place), their names separated by '|'. A table loads
// fast where thousands of YAML entries would cost tens of milliseconds at
// every start (packs/geo/dz-communes.tsv, made by tools/gencommunes).
const GeoTSVHeader = "name\tcountry\tlat\tlon\tgeonames_id\tnames"

// loadGeoTSV reads every geo/*.tsv file of dir as cities.
func loadGeoTSV(fsys fs.FS, dir string) ([]City, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, &Error{File: dir, Msg: err.Error()}
	}
	var files []string
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".tsv") {
			files = append(files, path.Join(dir, e.Name()))
		}
	}
	sort.Strings(files)
	var out []City
	for _, name := range files {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, &Error{File: name, Msg: err.Error()}
		}
		cities, err := parseGeoTSV(name, string(data))
		if err != nil {
			return nil, err
		}
		out = append(out, cities...)
	}
	return out, nil
}

// parseGeoTSV reads one table: the header, then name, country (ISO 3166
// alpha-2), lat, lon, geonames_id and names, tab-separated. Lines starting
// with '#' are comments.
func parseGeoTSV(file, data string) ([]City, error) {
	var out []City
	header := false
	for i, line := range strings.Split(data, "\n") {
		line = strings.TrimSuffix(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !header {
			if line != GeoTSVHeader {
				return nil, &Error{File: file, Line: i + 1, Msg: "the first line is not the header " + strconv.Quote(GeoTSVHeader)}
			}
			header = true
			continue
		}
		fs := strings.Split(line, "\t")
		if len(fs) != 6 {
			return nil, &Error{File: file, Line: i + 1, Msg: strconv.Itoa(len(fs)) + " fields, want 6"}
		}
		id, err := strconv.Atoi(fs[4])
		if err != nil || id < 0 {
			return nil, &Error{File: file, Line: i + 1, Msg: "bad geonames_id " + strconv.Quote(fs[4])}
		}
		lat, err1 := strconv.ParseFloat(fs[2], 64)
		lon, err2 := strconv.ParseFloat(fs[3], 64)
		if err1 != nil || err2 != nil || !(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180) { // NaN too
			return nil, &Error{File: file, Line: i + 1, Msg: "bad coordinates " + strconv.Quote(fs[2]+" "+fs[3])}
		}
		if fs[0] == "" || len(fs[1]) != 2 {
			return nil, &Error{File: file, Line: i + 1, Msg: "a city needs name and country"}
		}
		c := City{Name: fs[0], Country: fs[1], Lat: lat, Lon: lon, ID: id, Line: i + 1}
		for _, n := range strings.Split(fs[5], "|") {
			if n = strings.TrimSpace(n); n != "" {
				c.Names = append(c.Names, n)
			}
		}
		out = append(out, c)
	}
	return out, nil
}
