package geonames

import (
	_ "embed"
	"fmt"

	"gopkg.in/yaml.v3"
)

//go:embed countries.yaml
var countriesYAML []byte

// Country is a country with its names in English, French, Arabic and Russian
// (including common inflected and article forms).
type Country struct {
	Code  string   `yaml:"code"`  // ISO 3166-1 alpha-2
	Names []string `yaml:"names"` // all surface forms, no particular order
}

// Countries parses the embedded countries.yaml. Each call returns a fresh
// slice.
func Countries() ([]Country, error) {
	return parseCountries(countriesYAML)
}

func parseCountries(data []byte) ([]Country, error) {
	var doc struct {
		Countries []Country `yaml:"countries"`
	}
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("geonames: countries.yaml: %w", err)
	}
	seen := map[string]bool{}
	for i, c := range doc.Countries {
		if len(c.Code) != 2 || c.Code[0] < 'A' || c.Code[0] > 'Z' || c.Code[1] < 'A' || c.Code[1] > 'Z' {
			return nil, fmt.Errorf("geonames: countries.yaml: entry %d: bad code %q", i+1, c.Code)
		}
		if seen[c.Code] {
			return nil, fmt.Errorf("geonames: countries.yaml: duplicate code %s", c.Code)
		}
		seen[c.Code] = true
		if len(c.Names) == 0 {
			return nil, fmt.Errorf("geonames: countries.yaml: %s has no names", c.Code)
		}
		for _, n := range c.Names {
			if n == "" {
				return nil, fmt.Errorf("geonames: countries.yaml: %s has an empty name", c.Code)
			}
		}
	}
	return doc.Countries, nil
}
