package cmd

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/newsx/newsx/lang"
	"github.com/newsx/newsx/source"
	"github.com/spf13/cobra"
)

// DetectOptions holds the flags and streams of `newsx detect`.
type DetectOptions struct {
	IO   *IOStreams
	Args []string
	JSON bool
	InputOptions

	ctx context.Context // cancelled by SIGINT or SIGTERM
}

// NewCmdDetect builds `newsx detect`.
func NewCmdDetect(ios *IOStreams, runF func(*DetectOptions) error) *cobra.Command {
	opts := &DetectOptions{IO: ios, InputOptions: newInputOptions()}
	c := &cobra.Command{
		Use:   "detect [flags] PATH...",
		Short: "Print the language and confidence of each article",
		Long: `Detect prints, for each article, its language as an ISO 639-1 code and
a confidence: the share (0 to 1) of the sampled text that reads as that
language. The language is the majority of three windows of letters taken
at the start, middle and end of the text. Languages other than French,
Arabic and Russian are reported by their own code; a text too short to
decide gets "und".

The table is "language<TAB>confidence<TAB>source", one line per article; a
source holding control characters or invalid UTF-8 is quoted ("a\tb.txt").
Bad inputs, write errors, signals, the progress line and the exit codes
work as in "newsx extract".`,
		Example: `  newsx detect articles/
  newsx detect --json article.txt | jq -r .language`,
		RunE: func(c *cobra.Command, args []string) error {
			if err := checkPaths("detect", args); err != nil {
				return err
			}
			opts.Args, opts.ctx = args, c.Context()
			if runF != nil {
				return runF(opts)
			}
			return detectRun(opts)
		},
	}
	c.Flags().BoolVar(&opts.JSON, "json", false, "one JSON object per line instead of a table")
	addInputFlags(c, &opts.InputOptions)
	completeValues(c)
	return c
}

func detectRun(opts *DetectOptions) error {
	ro, err := opts.readOptions()
	if err != nil {
		return err
	}
	det, err := builtinDetector()
	if err != nil {
		return err
	}
	det.Warm()
	sig := orBackground(opts.ctx)
	ctx, cancel := context.WithCancel(sig)
	defer cancel()
	out := newOutput(opts.IO.Out)
	quiet := opts.Quiet || !opts.IO.ErrTTY
	prog := startProgress(opts.IO, quiet, countJobs(!quiet && !ro.JSONL, opts.Args, ro), unitOf(ro))
	failed, records := 0, 0
	produce := func(yield func(source.Job) bool) { source.Jobs(opts.Args, opts.IO.In, ro, yield) }
	ordered(ctx, produce, opts.Jobs, func(j source.Job) (warned[lang.Detection], error) {
		a, err := source.Read(j, ro)
		if err != nil {
			return warned[lang.Detection]{}, err
		}
		return warned[lang.Detection]{det.Detect(a.Text), a.Warning}, nil
	}, func(r result[warned[lang.Detection]]) {
		if !prog.settled(opts.IO.ErrOut, r.job.Source, r.err, r.value.warning) {
			failed++
			return
		}
		d := r.value.value
		if opts.JSON {
			b, _ := json.Marshal(map[string]any{"source": r.job.Source, "language": d.Code, "language_confidence": d.Confidence})
			fmt.Fprintf(out, "%s\n", b)
		} else {
			fmt.Fprintf(out, "%s\t%.2f\t%s\n", d.Code, d.Confidence, displayName(r.job.Source))
		}
		if out.err != nil {
			cancel()
			return
		}
		records++
	})
	prog.finish(records, failed)
	if err := out.check(); err != nil {
		return err
	}
	if err := interrupted(sig, records); err != nil {
		return err
	}
	if failed > 0 {
		return inputFailures(failed)
	}
	return nil
}
