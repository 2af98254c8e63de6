package cmd

import (
	"fmt"
	"runtime"
	"strings"

	"github.com/newsx/newsx/extract"
	"github.com/newsx/newsx/report"
	"github.com/newsx/newsx/source"
	"github.com/spf13/cobra"
)

// ExtractOptions holds the flags and streams of `newsx extract`.
type ExtractOptions struct {
	IO       *IOStreams
	Args     []string
	Format   string
	Jobs     int
	Patterns string
}

// NewCmdExtract builds `newsx extract`; runF replaces the run in tests.
func NewCmdExtract(ios *IOStreams, runF func(*ExtractOptions) error) *cobra.Command {
	opts := &ExtractOptions{IO: ios}
	c := &cobra.Command{
		Use:   "extract [flags] PATH...",
		Short: "Extract institutions, procedure counts, dates and cities from articles",
		Long: `Extract reads articles (UTF-8 text) and writes one record per article:
its language, institutions, procedure counts, dates and cities, each with
the matched text and its offsets (Unicode code points of the text).

PATH is a file, a folder (every *.txt below it, in sorted order) or "-" for
standard input. Records come out in input order whatever the number of
workers. An input that cannot be read is reported on stderr with its reason;
the other records are still written and the exit code is 1.`,
		Example: `  newsx extract articles/                      # JSON Lines, one record per line
  newsx extract -f yaml article.txt            # YAML documents, for reading
  newsx extract -f json a.txt b.txt            # one JSON array
  cat article.txt | newsx extract -            # standard input
  newsx extract articles/ | jq -r '.procedures[].count'`,
		RunE: func(c *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageError("extract needs at least one PATH (a file, a folder or - for stdin)")
			}
			opts.Args = args
			if runF != nil {
				return runF(opts)
			}
			return extractRun(opts)
		},
	}
	c.Flags().StringVarP(&opts.Format, "format", "f", "jsonl", "output format: "+strings.Join(report.Formats, ", "))
	c.Flags().IntVarP(&opts.Jobs, "jobs", "j", runtime.NumCPU(), "number of workers")
	c.Flags().StringVar(&opts.Patterns, "patterns", "", "load pattern packs from this folder instead of the built-in ones")
	return c
}

func extractRun(opts *ExtractOptions) error {
	w, err := report.New(opts.Format, opts.IO.Out)
	if err != nil {
		return usageError("--format: %v", err)
	}
	if opts.Jobs < 1 {
		return usageError("--jobs must be at least 1")
	}
	eng, err := loadEngine(opts.Patterns)
	if err != nil {
		return err
	}
	if err := eng.Warm(); err != nil {
		return err
	}
	inputs := source.Expand(opts.Args, []string{".txt"})
	failed := 0
	var writeErr error
	ordered(inputs, opts.Jobs, func(in source.Input) (extract.Record, error) {
		text, err := source.Read(in, opts.IO.In)
		if err != nil {
			return extract.Record{}, err
		}
		return eng.Extract(in.Path, text)
	}, func(r result[extract.Record]) {
		if r.err != nil {
			failed++
			fmt.Fprintf(opts.IO.ErrOut, "newsx: %s: %v\n", r.in.Path, r.err)
			return
		}
		if writeErr == nil {
			writeErr = w.Write(r.value)
		}
	})
	if err := w.Close(); writeErr == nil {
		writeErr = err
	}
	if writeErr != nil {
		return writeErr
	}
	if failed > 0 {
		return inputFailures(failed)
	}
	return nil
}
