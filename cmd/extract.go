package cmd

import (
	"fmt"
	"os"
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
	Input    string // text or jsonl
	Encoding string
	MaxBytes byteSize
	Truncate bool
	Quiet    bool
}

// NewCmdExtract builds `newsx extract`; runF replaces the run in tests.
func NewCmdExtract(ios *IOStreams, runF func(*ExtractOptions) error) *cobra.Command {
	opts := &ExtractOptions{IO: ios, MaxBytes: source.DefaultMaxBytes}
	c := &cobra.Command{
		Use:   "extract [flags] PATH...",
		Short: "Extract institutions, procedure counts, dates and cities from articles",
		Long: `Extract reads articles and writes one record per article: its language,
institutions, procedure counts, dates and cities, each with the matched text
and its offsets (Unicode code points of the decoded text).

PATH is a file, a folder (every *.txt, *.html and *.htm below it, in sorted
order, hidden ones skipped) or "-" for standard input. Text may be UTF-8 (with or without BOM),
UTF-16 with BOM, or a legacy encoding (Windows-1256, ISO-8859-6,
Windows-1251, KOI8-R, ISO-8859-5, Windows-1252/Latin-1), detected unless
--encoding names it; the record says which in "encoding". HTML pages are
reduced to their main text, with "title" and "published" when the page has
them.

With --input jsonl, each input line is an object {"id", "text", "published"}
and gives one record whose "source" is the id, in input order: newsx is then
a streaming mapper for batch engines (see the README).

Records come out in input order whatever the number of workers. An input
that cannot be read is reported on stderr with its reason; the other records
are still written and the exit code is 1. On a terminal, a progress line is
drawn on stderr for runs longer than a second (never with --quiet).`,
		Example: `  newsx extract articles/                      # JSON Lines, one record per line
  newsx extract -f yaml article.txt            # YAML documents, for reading
  newsx extract -f json a.txt b.html           # one JSON array
  cat article.txt | newsx extract -            # standard input
  newsx extract --encoding windows-1256 old/   # force a legacy encoding
  newsx extract --input jsonl - < batch.jsonl  # JSON Lines in, JSON Lines out
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
	c.Flags().StringVar(&opts.Input, "input", "text", "input kind: text (files, folders, HTML) or jsonl")
	c.Flags().StringVar(&opts.Encoding, "encoding", "", "decode inputs with this encoding instead of detecting it")
	c.Flags().Var(&opts.MaxBytes, "max-bytes", "skip inputs larger than this (10MB, 512KB...)")
	c.Flags().BoolVar(&opts.Truncate, "truncate", false, "cut inputs larger than --max-bytes instead of skipping them")
	c.Flags().BoolVarP(&opts.Quiet, "quiet", "q", false, "no progress line on stderr")
	return c
}

// readOptions checks the input flags shared by extract and detect.
func readOptions(input, encoding string, maxBytes byteSize, truncate bool) (source.Options, error) {
	o := source.Options{MaxBytes: int64(maxBytes), Truncate: truncate}
	switch input {
	case "text":
	case "jsonl":
		o.JSONL = true
	default:
		return o, usageError("--input: %q is not text or jsonl", input)
	}
	if encoding != "" {
		name, err := source.EncodingName(encoding)
		if err != nil {
			return o, usageError("--encoding: %v", err)
		}
		o.Encoding = name
	}
	return o, nil
}

func extractRun(opts *ExtractOptions) error {
	w, err := report.New(opts.Format, opts.IO.Out)
	if err != nil {
		return usageError("--format: %v", err)
	}
	if opts.Jobs < 1 {
		return usageError("--jobs must be at least 1")
	}
	ro, err := readOptions(opts.Input, opts.Encoding, opts.MaxBytes, opts.Truncate)
	if err != nil {
		return err
	}
	eng, err := loadEngine(opts.Patterns)
	if err != nil {
		return err
	}
	// one file: load only the models its script needs (a faster start);
	// anything else: load all before the workers share the detector
	start := eng.Warm
	if singleFile(opts.Args) {
		start, opts.Jobs = eng.Ready, 1
	}
	if err := start(); err != nil {
		return err
	}
	produce := func(yield func(source.Job) bool) { source.Jobs(opts.Args, opts.IO.In, ro, yield) }
	show := opts.IO.ErrTTY && !opts.Quiet
	prog := startProgress(opts.IO.ErrOut, show, countJobs(show && !ro.JSONL, opts.Args, ro))
	failed := 0
	var writeErr error
	ordered(produce, opts.Jobs, func(j source.Job) (warned[extract.Record], error) {
		a, err := source.Read(j, ro)
		if err != nil {
			return warned[extract.Record]{}, err
		}
		rec, err := eng.Extract(a.Source, a.Text)
		rec.Encoding, rec.Title, rec.Published, rec.Truncated = a.Encoding, a.Title, a.Published, a.Truncated
		return warned[extract.Record]{rec, a.Warning}, err
	}, func(r result[warned[extract.Record]]) {
		prog.add(1)
		if r.err != nil {
			failed++
			prog.clear()
			fmt.Fprintf(opts.IO.ErrOut, "newsx: %s: %v\n", r.job.Source, r.err)
			return
		}
		if r.value.warning != "" {
			prog.clear()
			printWarning(opts.IO.ErrOut, r.job.Source, r.value.warning)
		}
		if writeErr == nil {
			writeErr = w.Write(r.value.value)
		}
	})
	prog.finish()
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

// singleFile reports whether args name one regular file.
func singleFile(args []string) bool {
	if len(args) != 1 || args[0] == source.Stdin {
		return false
	}
	info, err := os.Stat(args[0])
	return err == nil && info.Mode().IsRegular()
}

// countJobs counts the inputs ahead of a run, for the progress line's ETA;
// 0 (unknown) when no progress is shown or inputs are streams.
func countJobs(enabled bool, args []string, ro source.Options) int {
	if !enabled {
		return 0
	}
	n := 0
	for _, a := range args {
		if a == source.Stdin {
			return 0
		}
	}
	source.Jobs(args, nil, ro, func(source.Job) bool { n++; return true })
	return n
}
