package cmd

import (
	"strings"
	"time"

	"github.com/newsx/newsx/source"
	"github.com/spf13/cobra"
)

// InputOptions holds the input flags that extract and detect share,
// declared once by addInputFlags and embedded in both commands' options.
type InputOptions struct {
	Jobs     int
	Input    string // text or jsonl
	Encoding string
	MaxBytes byteSize
	Truncate bool
	Quiet    bool
	// Published is the publication date (YYYY-MM-DD) of inputs that give
	// none; extract only (addPublishedFlag): detect reads no dates.
	Published string
}

// newInputOptions returns the defaults the flags show.
func newInputOptions() InputOptions {
	return InputOptions{MaxBytes: source.DefaultMaxBytes, Jobs: defaultJobs()}
}

// addInputFlags registers the input flags on c.
func addInputFlags(c *cobra.Command, o *InputOptions) {
	c.Flags().VarP((*jobCount)(&o.Jobs), "jobs", "j", jobsUsage)
	c.Flags().StringVar(&o.Input, "input", "text", "input kind: text (files, folders, HTML) or jsonl")
	c.Flags().StringVar(&o.Encoding, "encoding", "", "decode inputs with this encoding instead of detecting it")
	c.Flags().Var(&o.MaxBytes, "max-bytes", "skip inputs larger than this, 1B to 1GB (10MB, 512KB...)")
	c.Flags().BoolVar(&o.Truncate, "truncate", false, "cut inputs larger than --max-bytes instead of skipping them")
	c.Flags().BoolVarP(&o.Quiet, "quiet", "q", false, "no progress or summary line on stderr")
}

// publishedUsage teaches what --published is for.
// The backquoted word is the value's name in --help.
const publishedUsage = "publication date `YYYY-MM-DD` of inputs that give none (plain text; an HTML\n" +
	"page's date or a JSONL line's \"published\" wins): relative dates (\"l'an dernier\",\n" +
	"\"le 25 avril dernier\", \"вчера\", \"العام الماضي\") are resolved against it and marked\n" +
	"\"relative\": true; without a date they are left out"

// addPublishedFlag registers --published on c.
func addPublishedFlag(c *cobra.Command, o *InputOptions) {
	c.Flags().StringVar(&o.Published, "published", "", publishedUsage)
}

// readOptions checks the input flags and turns them into source's.
func (o *InputOptions) readOptions() (source.Options, error) {
	ro := source.Options{MaxBytes: int64(o.MaxBytes), Truncate: o.Truncate}
	switch strings.ToLower(o.Input) {
	case "text":
	case "jsonl":
		ro.JSONL = true
	default:
		return ro, usageError("--input: %q is not text or jsonl", o.Input)
	}
	if o.Encoding != "" {
		name, err := source.EncodingName(o.Encoding)
		if err != nil {
			return ro, usageError("--encoding: %v", err)
		}
		ro.Encoding = name
	}
	if o.Published != "" {
		d, err := time.Parse(time.DateOnly, o.Published)
		if err != nil || d.Year() < 1000 {
			return ro, usageError("--published: %q is not a date YYYY-MM-DD (2024-05-02)", o.Published)
		}
		ro.Published = o.Published
	}
	return ro, nil
}

// checkPaths refuses a command line without PATH, or naming standard input
// twice (it can be read once).
func checkPaths(command string, args []string) error {
	if len(args) == 0 {
		return usageError("%s needs at least one PATH (a file, a folder or - for stdin)", command)
	}
	seen := false
	for _, a := range args {
		if a == source.Stdin {
			if seen {
				return usageError("%s: - (standard input) is named twice; it can be read once", command)
			}
			seen = true
		}
	}
	return nil
}
