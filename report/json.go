package report

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/newsx/newsx/extract"
)

// jsonArray writes one JSON array, streaming its elements.
type jsonArray struct {
	w     io.Writer
	count int
}

func newJSON(w io.Writer) *jsonArray { return &jsonArray{w: w} }

func (j *jsonArray) Write(rec extract.Record) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("  ", "  ")
	if err := enc.Encode(rec); err != nil {
		return err
	}
	sep := ",\n  "
	if j.count == 0 {
		sep = "[\n  "
	}
	j.count++
	_, err := io.WriteString(j.w, sep+string(bytes.TrimRight(buf.Bytes(), "\n")))
	return err
}

func (j *jsonArray) Close() error {
	end := "\n]\n"
	if j.count == 0 {
		end = "[]\n"
	}
	_, err := io.WriteString(j.w, end)
	return err
}
