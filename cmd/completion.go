package cmd

import (
	"github.com/newsx/newsx/report"
	"github.com/spf13/cobra"
)

// encodings are the canonical names --encoding accepts (source.EncodingName
// also takes their usual aliases: cp1256, latin1, utf8...).
var encodings = []string{"utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1256", "iso-8859-6",
	"windows-1251", "koi8-r", "iso-8859-5", "windows-1252", "iso-8859-1"}

// inputKinds are the values of --input.
var inputKinds = []string{"text", "jsonl"}

// completeValues registers shell completion for the flags of c that take
// one of a few values (`newsx completion bash` and the like use them).
func completeValues(c *cobra.Command) {
	values := map[string][]string{"format": report.Formats, "input": inputKinds, "encoding": encodings}
	for name, v := range values {
		if c.Flags().Lookup(name) != nil {
			c.RegisterFlagCompletionFunc(name, cobra.FixedCompletions(v, cobra.ShellCompDirectiveNoFileComp))
		}
	}
	// a number: nothing to offer; a pattern tree: folders only
	if c.Flags().Lookup("jobs") != nil {
		c.RegisterFlagCompletionFunc("jobs", cobra.NoFileCompletions)
	}
	if c.Flags().Lookup("patterns") != nil {
		c.MarkFlagDirname("patterns")
	}
}
