package patterns

import (
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"
)

// Grammar is how an institution name grows around its trigger noun: the
// pack's institutions.grammar. The zero value is RightGrammar.
type Grammar int

const (
	// RightGrammar: the name follows its trigger, over capitalised words,
	// adjectives and complements opened by a connector ("hôpital Ibn
	// Rochd de Casablanca").
	RightGrammar Grammar = iota
	// LeftGrammar: adjectives stand before the trigger and are taken leftwards,
	// genitive complements follow it ("Городская клиническая больница",
	// "центр онкологии и хирургии").
	LeftGrammar
	// DefiniteGrammar: no capitals to go by; the name runs on over words that bear
	// the definite article (adjectives, complements) and over bare proper
	// names, and ends on a word with another glued prefix (a preposition,
	// a verb's) or a possessive: the words of institutions.definite.
	DefiniteGrammar
)

var grammarNames = []string{RightGrammar: "right", LeftGrammar: "left", DefiniteGrammar: "definite"}

func (g Grammar) String() string {
	if int(g) < len(grammarNames) {
		return grammarNames[g]
	}
	return fmt.Sprintf("Grammar(%d)", int(g))
}

// UnmarshalYAML reads a grammar by name and refuses any other word; the
// error names the line, and the loader adds the file.
func (g *Grammar) UnmarshalYAML(n *yaml.Node) error {
	var s string
	if err := n.Decode(&s); err != nil {
		return err
	}
	for i, name := range grammarNames {
		if s == name {
			*g = Grammar(i)
			return nil
		}
	}
	return fmt.Errorf("line %d: grammar %q is not right, left or definite", n.Line, s)
}

// Affixes are prefixes or suffixes of the definite grammar as written in a
// pack. An empty one would begin or end every word: it is refused with its
// line.
type Affixes []string

// UnmarshalYAML reads a list of affixes, refusing an empty one.
func (a *Affixes) UnmarshalYAML(n *yaml.Node) error {
	var list []string
	if err := n.Decode(&list); err != nil {
		return err
	}
	for i, s := range list {
		if strings.TrimSpace(s) == "" {
			return fmt.Errorf("line %d: an empty affix", n.Content[i].Line)
		}
	}
	*a = list
	return nil
}
