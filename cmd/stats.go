package cmd

import (
	"context"
	"strings"

	"github.com/newsx/newsx/aggregate"
	"github.com/newsx/newsx/extract"
	"github.com/spf13/cobra"
)

// StatsOptions holds the flags and streams of `newsx stats`.
type StatsOptions struct {
	IO        *IOStreams
	Args      []string
	By        string   // comma list of aggregate.Dims
	Types     []string // --type
	Countries []string // --country
	Since     string
	Until     string
	Format    string // table, csv, json, jsonl; "" is table on a terminal, else csv
	Patterns  string
	InputOptions

	ctx context.Context // cancelled by SIGINT or SIGTERM
}

// statsFormats are the values of stats -f.
var statsFormats = []string{"table", "csv", "json", "jsonl"}

// NewCmdStats builds `newsx stats`; runF replaces the run in tests.
func NewCmdStats(ios *IOStreams, runF func(*StatsOptions) error) *cobra.Command {
	opts := &StatsOptions{IO: ios, InputOptions: newInputOptions()}
	c := &cobra.Command{
		Use:   "stats [flags] PATH...",
		Short: "Total procedure counts by institution, type, place and time",
		Long: `Stats sums the facts of records (each procedure count with its type, organ,
institution, city and date) by group, and writes one row per group.

` + recordsHelp + `

Groups (--by, comma-separated, in the order given; default
institution,type,year): institution (by its key, so that "CHU d'Oran" and
"CHU Oran" are one; the row shows its most reported name), type, organ, city,
country, year, month, language, source; --by "" gives one row, the grand
total. A count over a longer period than the group's year or month
("2014/2023", "depuis 2007": "2007/..", a yearly count grouped by month) is
not added to one year's total: it gets a row of its own period. Without year or month in --by, counts over overlapping
periods add up (a "since 2009" count and a 2021 count of the same hospital).

The same fact reported by several articles (syndicated news: the same
institution key, type, organ, count and date) is counted once; "reports"
says how many articles reported the row's facts. A count with neither
institution nor date is each article's own, never merged.

Totals are honest: "min" adds each count's least value and "max" its
greatest; "more than 100" and "at least 100" add 100 to min and leave max
unbounded (the total is a lower bound, written "2300+" in a table); a range
"10 to 15" adds 10 and 15; "less than 20" and "at most 20" add 0 and 20;
"about 100" adds 100 and marks the total approximate ("~1200").

--since and --until (YYYY, YYYY-MM or YYYY-MM-DD) keep the counts whose
whole period lies within them: --since 2020 leaves out a count over
2014/2023 and every count without a date.

Formats: table (aligned, the default on a terminal), csv (RFC 4180: header
row, UTF-8 without BOM, CRLF line ends; the default when stdout is not a
terminal, so that "newsx stats r.jsonl > totals.csv" is a spreadsheet),
json (one array of rows), jsonl (a row per line). Unknown values are empty
in CSV, null in JSON, "-" in a table.

Memory grows with the groups and the distinct facts (about 100 bytes each),
never with the articles' text: records stream through.`,
		Example: `  newsx stats articles/                          # extract, then total (a table on a terminal)
  newsx extract articles/ > r.jsonl && newsx stats r.jsonl
  newsx stats --by institution,type,year -f csv articles/ > totals.csv
  newsx stats --by country,organ --type transplant -f json r.jsonl
  newsx stats --by month --since 2023 --until 2023-12 --country DZ r.jsonl`,
		RunE: func(c *cobra.Command, args []string) error {
			if err := checkPaths("stats", args); err != nil {
				return err
			}
			opts.Args, opts.ctx = args, c.Context()
			if runF != nil {
				return runF(opts)
			}
			return statsRun(opts)
		},
	}
	c.Flags().StringVar(&opts.By, "by", joinDims(aggregate.DefaultBy), "group by these, comma-separated: "+joinDims(aggregate.Dims))
	c.Flags().StringSliceVar(&opts.Types, "type", nil, "keep these procedure types only: "+strings.Join(aggregate.Types, ", "))
	c.Flags().StringSliceVar(&opts.Countries, "country", nil, "keep counts in these countries only (ISO codes: DZ,MA); a count without a city has no country")
	c.Flags().StringVar(&opts.Since, "since", "", "keep counts whose period starts on or after this `date` (YYYY, YYYY-MM, YYYY-MM-DD)")
	c.Flags().StringVar(&opts.Until, "until", "", "keep counts whose period ends on or before this `date`")
	c.Flags().StringVarP(&opts.Format, "format", "f", "", "output format: "+strings.Join(statsFormats, ", ")+" (default: table on a terminal, else csv)")
	c.Flags().StringVar(&opts.Patterns, "patterns", "", "load pattern packs from this folder instead of the built-in ones (for articles)")
	addInputFlags(c, &opts.InputOptions)
	addPublishedFlag(c, &opts.InputOptions)
	completeStats(c)
	return c
}

func joinDims(dims []aggregate.Dim) string {
	s := make([]string, len(dims))
	for i, d := range dims {
		s[i] = string(d)
	}
	return strings.Join(s, ",")
}

// completeStats registers shell completion for stats' flags.
func completeStats(c *cobra.Command) {
	dims := make([]string, len(aggregate.Dims))
	for i, d := range aggregate.Dims {
		dims[i] = string(d)
	}
	for name, v := range map[string][]string{"format": statsFormats, "input": inputKinds, "encoding": encodings,
		"type": aggregate.Types, "by": dims} {
		c.RegisterFlagCompletionFunc(name, cobra.FixedCompletions(v, cobra.ShellCompDirectiveNoFileComp))
	}
	c.RegisterFlagCompletionFunc("jobs", cobra.NoFileCompletions)
	c.MarkFlagDirname("patterns")
}

// aggregator checks the grouping and filter flags.
func (o *StatsOptions) aggregator() (*aggregate.Aggregator, error) {
	by, err := aggregate.ParseDims(o.By)
	if err != nil {
		return nil, usageError("--by: %v", err)
	}
	a, err := aggregate.New(by, aggregate.Filter{Types: o.Types, Countries: o.Countries, Since: o.Since, Until: o.Until})
	if err != nil {
		return nil, usageError("%s", flagError(err.Error()))
	}
	return a, nil
}

// flagError names the flag of a filter error ("since: ..." is --since).
func flagError(msg string) string {
	for _, p := range []struct{ prefix, flag string }{
		{"unknown type", "--type: "}, {"country", "--country: "}, {"since", "--"}, {"until", "--"},
	} {
		if strings.HasPrefix(msg, p.prefix) {
			return p.flag + msg
		}
	}
	return msg
}

func statsRun(opts *StatsOptions) error {
	a, err := opts.aggregator()
	if err != nil {
		return err
	}
	format := strings.ToLower(opts.Format)
	if format == "" {
		format = "csv"
		if opts.IO.OutTTY {
			format = "table"
		}
	}
	write, ok := rowWriters[format]
	if !ok {
		return usageError("--format: unknown format %q (want %s)", opts.Format, strings.Join(statsFormats, ", "))
	}
	if _, err := opts.readOptions(); err != nil {
		return err
	}
	sig := orBackground(opts.ctx)
	rr := &RecordReader{IO: opts.IO, Patterns: opts.Patterns, InputOptions: opts.InputOptions, SkipMentions: true}
	if err := rr.Read(sig, opts.Args, func(rec extract.Record) bool {
		a.Add(rec)
		return true
	}); err != nil {
		return err
	}
	// a run stopped by a signal writes no totals: they would be partial
	if err := interrupted(sig, rr.Records()); err != nil {
		return err
	}
	out := newOutput(opts.IO.Out)
	if err := write(out, a.By(), a.Rows()); err != nil {
		if err := out.check(); err != nil {
			return err
		}
		return err
	}
	if err := out.check(); err != nil {
		return err
	}
	if rr.Failed() > 0 {
		return inputFailures(rr.Failed())
	}
	return nil
}
