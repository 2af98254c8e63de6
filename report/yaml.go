package report

import (
	"io"

	"github.com/newsx/newsx/extract"
	"gopkg.in/yaml.v3"
)

// yamlDocs writes one YAML document per record, for reading.
type yamlDocs struct{ enc *yaml.Encoder }

func newYAML(w io.Writer) *yamlDocs {
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	return &yamlDocs{enc: enc}
}

func (y *yamlDocs) Write(rec extract.Record) error { return y.enc.Encode(rec) }
func (y *yamlDocs) Close() error                   { return y.enc.Close() }
