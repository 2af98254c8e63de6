package cmd

import (
	"encoding/json"
	"fmt"
	"runtime"

	"github.com/newsx/newsx/lang"
	"github.com/newsx/newsx/source"
	"github.com/spf13/cobra"
)

// DetectOptions holds the flags and streams of `newsx detect`.
type DetectOptions struct {
	IO       *IOStreams
	Args     []string
	JSON     bool
	Jobs     int
	Input    string
	Encoding string
	MaxBytes byteSize
	Truncate bool
}

// NewCmdDetect builds `newsx detect`.
func NewCmdDetect(ios *IOStreams, runF func(*DetectOptions) error) *cobra.Command {
	opts := &DetectOptions{IO: ios, MaxBytes: source.DefaultMaxBytes}
	c := &cobra.Command{
		Use:   "detect [flags] PATH...",
		Short: "Print the language and confidence of each article",
		Long: `Detect prints, for each article, its language as an ISO 639-1 code and
a confidence: the share (0 to 1) of the sampled text that reads as that
language. The language is the majority of three windows of letters taken
at the start, middle and end of the text. Languages other than French,
Arabic and Russian are reported by their own code; a text too short to
decide gets "und".`,
		Example: `  newsx detect articles/
  newsx detect --json article.txt | jq -r .language`,
		RunE: func(c *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageError("detect needs at least one PATH (a file, a folder or - for stdin)")
			}
			opts.Args = args
			if runF != nil {
				return runF(opts)
			}
			return detectRun(opts)
		},
	}
	c.Flags().BoolVar(&opts.JSON, "json", false, "one JSON object per line instead of a table")
	c.Flags().IntVarP(&opts.Jobs, "jobs", "j", runtime.NumCPU(), "number of workers")
	c.Flags().StringVar(&opts.Input, "input", "text", "input kind: text (files, folders, HTML) or jsonl")
	c.Flags().StringVar(&opts.Encoding, "encoding", "", "decode inputs with this encoding instead of detecting it")
	c.Flags().Var(&opts.MaxBytes, "max-bytes", "skip inputs larger than this (10MB, 512KB...)")
	c.Flags().BoolVar(&opts.Truncate, "truncate", false, "cut inputs larger than --max-bytes instead of skipping them")
	return c
}

func detectRun(opts *DetectOptions) error {
	ro, err := readOptions(opts.Input, opts.Encoding, opts.MaxBytes, opts.Truncate)
	if err != nil {
		return err
	}
	det := lang.NewDetector()
	det.Warm()
	failed := 0
	produce := func(yield func(source.Job) bool) { source.Jobs(opts.Args, opts.IO.In, ro, yield) }
	ordered(produce, opts.Jobs, func(j source.Job) (lang.Detection, error) {
		a, err := source.Read(j, ro)
		if err != nil {
			return lang.Detection{}, err
		}
		return det.Detect(a.Text), nil
	}, func(r result[lang.Detection]) {
		if r.err != nil {
			failed++
			fmt.Fprintf(opts.IO.ErrOut, "newsx: %s: %v\n", r.job.Source, r.err)
			return
		}
		if opts.JSON {
			b, _ := json.Marshal(map[string]any{"source": r.job.Source, "language": r.value.Code, "language_confidence": r.value.Confidence})
			fmt.Fprintf(opts.IO.Out, "%s\n", b)
			return
		}
		fmt.Fprintf(opts.IO.Out, "%s\t%.2f\t%s\n", r.value.Code, r.value.Confidence, r.job.Source)
	})
	if failed > 0 {
		return inputFailures(failed)
	}
	return nil
}
