package report

import (
	"io"

	"github.com/newsx/newsx/extract"
	"gopkg.in/yaml.v3"
)

// yamlDocs writes one YAML document per record, for reading. No record is
// an empty stream (yaml.v3 refuses to close an encoder that wrote nothing).
type yamlDocs struct {
	enc   *yaml.Encoder
	count int
}

func newYAML(w io.Writer) *yamlDocs {
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	return &yamlDocs{enc: enc}
}

func (y *yamlDocs) Write(rec extract.Record) error {
	y.count++
	return y.enc.Encode(rec)
}

func (y *yamlDocs) Close() error {
	if y.count == 0 {
		return nil
	}
	return y.enc.Close()
}
