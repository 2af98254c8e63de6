package score

import "gopkg.in/yaml.v3"

// FactKeys are a gold procedure's fact attributes, as FORMAT.md's "Facts"
// section names them.
var FactKeys = []string{"type", "organ", "institution", "city", "when"}

// GoldProcedure is one gold count and, optionally, the fact it states: what
// was done, by whom, where and when. A fact key absent from the gold file
// is not scored; an explicit null is, and only null is right against it.
type GoldProcedure struct {
	Count       int64    `yaml:"count"`
	CountMax    *int64   `yaml:"count_max"`
	Qualifier   string   `yaml:"qualifier"`
	Optional    bool     `yaml:"optional"`
	Type        *string  `yaml:"type"`
	Organ       *string  `yaml:"organ"`
	Institution []string `yaml:"institution"` // aliases; nil is null
	City        *string  `yaml:"city"`
	When        *string  `yaml:"when"`
	// Keys holds the fact keys the gold entry carries, null or not.
	Keys map[string]bool `yaml:"-"`
}

// UnmarshalYAML decodes the entry and notes which fact keys it carries:
// yaml leaves an explicit null and an absent key alike, the map tells them
// apart.
func (p *GoldProcedure) UnmarshalYAML(n *yaml.Node) error {
	type plain GoldProcedure
	if err := n.Decode((*plain)(p)); err != nil {
		return err
	}
	var keys map[string]yaml.Node
	if err := n.Decode(&keys); err != nil {
		return err
	}
	p.Keys = map[string]bool{}
	for _, k := range FactKeys {
		if _, ok := keys[k]; ok {
			p.Keys[k] = true
		}
	}
	return nil
}
