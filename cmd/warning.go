package cmd

import (
	"fmt"
	"io"
)

// warned is what a worker made of one input, with the warning that reading
// it gave (source.Article.Warning): printed in input order, it does not
// change the exit code.
type warned[T any] struct {
	value   T
	warning string
}

// printWarning writes a warning about one input, if there is one.
func printWarning(w io.Writer, source, warning string) {
	if warning != "" {
		fmt.Fprintf(w, "newsx: %s: warning: %s\n", displayName(source), oneLine(warning))
	}
}
