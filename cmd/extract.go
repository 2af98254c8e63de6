package cmd

import (
	"context"
	"os"
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
	Patterns string
	InputOptions

	ctx context.Context // cancelled by SIGINT or SIGTERM
}

// NewCmdExtract builds `newsx extract`; runF replaces the run in tests.
func NewCmdExtract(ios *IOStreams, runF func(*ExtractOptions) error) *cobra.Command {
	opts := &ExtractOptions{IO: ios, InputOptions: newInputOptions()}
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

Each procedure count is a fact: its "type" (and "organ" for transplants),
the "institution" that performed it (a name from "institutions"), the
"city" where (a name from "cities") and "when" (a date or an interval such
as "2014/2023" or "2007/.."), each null when the text does not say; two
mentions of one figure are one fact unless what was done differs, or both
who and when do.
Every institution has a "key" to join records across articles ("CHU d'Oran",
"chu d’oran" and "CHU Oran" are all "chu oran").

Relative dates ("l'an dernier", "le 25 avril dernier", "в прошлом году",
"العام الماضي") are dated from the record's "published" (an HTML page's, a
JSONL line's, or --published for inputs without one) and marked
"relative": true in "dates"; an article without a publication date has none.

Records come out in input order whatever the number of workers. An input
that cannot be read is reported on stderr on one line, its name quoted
("a\nb.txt") when it holds control characters or invalid UTF-8; the other
records are still written and the exit code is 1. Output that cannot be
written (a full disk) stops the run with exit 1.

Ctrl-C (SIGINT) or SIGTERM stops at a record boundary: the record being
written is finished, a JSON array is closed, and the exit code is 130 (SIGINT)
or 143 (SIGTERM). A second Ctrl-C kills at once.

On a terminal, a progress line is drawn on stderr for runs longer than a
second, and a summary line (inputs, records, errors, time) is left at the
end; --quiet turns both off.`,
		Example: `  newsx extract articles/                      # JSON Lines, one record per line
  newsx extract -f yaml article.txt            # YAML documents, for reading
  newsx extract -f json a.txt b.html           # one JSON array
  cat article.txt | newsx extract -            # standard input
  newsx extract --encoding windows-1256 old/   # force a legacy encoding
  newsx extract --input jsonl - < batch.jsonl  # JSON Lines in, JSON Lines out
  newsx extract --published 2024-05-02 a.txt   # "l'an dernier" in a.txt is 2023
  newsx extract articles/ | jq -r '.procedures[].count'`,
		RunE: func(c *cobra.Command, args []string) error {
			if err := checkPaths("extract", args); err != nil {
				return err
			}
			opts.Args, opts.ctx = args, c.Context()
			if runF != nil {
				return runF(opts)
			}
			return extractRun(opts)
		},
	}
	c.Flags().StringVarP(&opts.Format, "format", "f", "jsonl", "output format: "+strings.Join(report.Formats, ", ")+" (any case)")
	c.Flags().StringVar(&opts.Patterns, "patterns", "", "load pattern packs from this folder instead of the built-in ones")
	addInputFlags(c, &opts.InputOptions)
	addPublishedFlag(c, &opts.InputOptions)
	completeValues(c)
	return c
}

func extractRun(opts *ExtractOptions) error {
	out := newOutput(opts.IO.Out)
	w, err := report.New(opts.Format, out)
	if err != nil {
		return usageError("--format: %v", err)
	}
	ro, err := opts.readOptions()
	if err != nil {
		return err
	}
	eng, err := loadEngine(opts.Patterns, opts.IO.ErrOut)
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
	sig := orBackground(opts.ctx)
	ctx, cancel := context.WithCancel(sig)
	defer cancel()
	produce := func(yield func(source.Job) bool) { source.Jobs(opts.Args, opts.IO.In, ro, yield) }
	quiet := opts.Quiet || !opts.IO.ErrTTY
	prog := startProgress(opts.IO, quiet, countJobs(!quiet && !ro.JSONL, opts.Args, ro), unitOf(ro))
	failed, records := 0, 0
	var writeErr error
	ordered(ctx, produce, opts.Jobs, func(j source.Job) (extract.Result, error) {
		a, err := source.Read(j, ro)
		if err != nil {
			return extract.Result{}, err
		}
		return eng.Process(extract.Article(a)) // the same fields: a conversion, checked by the compiler
	}, func(r result[extract.Result]) {
		if !prog.settled(opts.IO.ErrOut, r.job.Source, r.err, r.value.Warning) {
			failed++
			return
		}
		if writeErr = w.Write(r.value.Record); writeErr != nil {
			cancel()
			return
		}
		records++
	})
	prog.finish(records, failed)
	if err := w.Close(); writeErr == nil {
		writeErr = err
	}
	if err := out.check(); err != nil {
		return err
	}
	if writeErr != nil {
		return writeErr
	}
	if err := interrupted(sig, records); err != nil {
		return err
	}
	if failed > 0 {
		return inputFailures(failed)
	}
	return nil
}

// unitOf names what the progress line counts.
func unitOf(ro source.Options) string {
	if ro.JSONL {
		return "lines"
	}
	return "files"
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
