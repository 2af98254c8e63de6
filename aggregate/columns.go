package aggregate

import (
	"bytes"
	"encoding/json"
	"strconv"
)

// Columns names the fields of a row grouped by the dims, as CSV headers
// and JSON keys: per dim its name (institution: "institution_key" and
// "institution", its name; city: "city", "lat", "lon"), then "total" (as
// Total.String writes it), "min", "max" (empty, or null, when unbounded),
// "lower_bound", "approximate", "facts", "reports".
func Columns(by []Dim) []string {
	var cols []string
	for _, d := range by {
		switch d {
		case ByInstitution:
			cols = append(cols, "institution_key", "institution")
		case ByCity:
			cols = append(cols, "city", "lat", "lon")
		default:
			cols = append(cols, string(d))
		}
	}
	return append(cols, "total", "min", "max", "lower_bound", "approximate", "facts", "reports")
}

// field is one value of a row: s, or null when unknown.
type field struct {
	s      string
	number bool // a JSON number or boolean, not a string
	null   bool
}

func (r Row) fields() []field {
	var fs []field
	str := func(s string) field { return field{s: s, null: s == ""} }
	num := func(s string) field { return field{s: s, number: true} }
	for i, d := range r.By {
		v := r.Values[i]
		switch d {
		case ByInstitution:
			fs = append(fs, str(v), str(r.Institution))
		case ByCity:
			if v == "" {
				fs = append(fs, str(v), str(""), str(""))
			} else {
				fs = append(fs, str(v), num(strconv.FormatFloat(r.Lat, 'f', -1, 64)), num(strconv.FormatFloat(r.Lon, 'f', -1, 64)))
			}
		default:
			fs = append(fs, str(v))
		}
	}
	maxField := num(strconv.FormatInt(r.Max, 10))
	if r.LowerBound() {
		maxField = field{null: true}
	}
	return append(fs, field{s: r.Total.String()}, num(strconv.FormatInt(r.Min, 10)), maxField,
		num(strconv.FormatBool(r.LowerBound())), num(strconv.FormatBool(r.Approximate())),
		num(strconv.FormatInt(r.Facts, 10)), num(strconv.FormatInt(r.Reports, 10)))
}

// Strings returns the row's fields in the order of Columns, as CSV writes
// them: an unknown value or an unbounded max is empty.
func (r Row) Strings() []string {
	fs := r.fields()
	out := make([]string, len(fs))
	for i, f := range fs {
		if !f.null {
			out[i] = f.s
		}
	}
	return out
}

// MarshalJSON writes the row as one object with the keys of Columns, in
// that order; an unknown value or an unbounded max is null.
func (r Row) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	fs := r.fields()
	b.WriteByte('{')
	for i, name := range Columns(r.By) {
		if i > 0 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(name)
		b.Write(k)
		b.WriteByte(':')
		f := fs[i]
		switch {
		case f.null:
			b.WriteString("null")
		case f.number:
			b.WriteString(f.s)
		default:
			v, err := json.Marshal(f.s)
			if err != nil {
				return nil, err
			}
			b.Write(v)
		}
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}
