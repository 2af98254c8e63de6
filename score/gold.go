// Package score compares extracted records with gold annotations, field by
// field, as ../shared/gold/FORMAT.md defines.
package score

import (
	"fmt"
	"os"

	"gopkg.in/yaml.v3"
)

// Gold is one article's annotation.
type Gold struct {
	Language string `yaml:"language"`
	// Published is the article's publication date ("YYYY-MM-DD"), for
	// texts that carry none: eval hands it to the extraction, which
	// resolves relative dates ("l'an dernier") against it. Optional.
	Published    string `yaml:"published"`
	Institutions []struct {
		Aliases  []string `yaml:"aliases"`
		Optional bool     `yaml:"optional"`
	} `yaml:"institutions"`
	Procedures []GoldProcedure `yaml:"procedures"`
	Dates      []struct {
		Value    string `yaml:"value"`
		Optional bool   `yaml:"optional"`
	} `yaml:"dates"`
	Cities []struct {
		Name     string   `yaml:"name"`
		Country  string   `yaml:"country"`
		Aliases  []string `yaml:"aliases"`
		Optional bool     `yaml:"optional"`
	} `yaml:"cities"`
}

// ReadGold reads a NAME.gold.yaml file.
func ReadGold(path string) (*Gold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var g Gold
	if err := yaml.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &g, nil
}
