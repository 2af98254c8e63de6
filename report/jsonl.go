package report

import (
	"encoding/json"
	"io"

	"github.com/newsx/newsx/extract"
)

// jsonl writes one JSON object per line: what jq and batch jobs read.
type jsonl struct{ enc *json.Encoder }

func newJSONL(w io.Writer) *jsonl {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return &jsonl{enc: enc}
}

func (j *jsonl) Write(rec extract.Record) error { return j.enc.Encode(rec) }
func (j *jsonl) Close() error                   { return nil }
