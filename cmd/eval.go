package cmd

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsx/newsx/extract"
	"github.com/newsx/newsx/score"
	"github.com/newsx/newsx/source"
	"github.com/spf13/cobra"
)

// EvalOptions holds the flags and streams of `newsx eval`.
type EvalOptions struct {
	IO       *IOStreams
	Args     []string
	MinF1    float64
	MinLang  float64
	MinFact  float64
	MinAttr  float64
	Patterns string
	Jobs     int
	Verbose  bool

	ctx context.Context // cancelled by SIGINT or SIGTERM
}

// NewCmdEval builds `newsx eval`.
func NewCmdEval(ios *IOStreams, runF func(*EvalOptions) error) *cobra.Command {
	opts := &EvalOptions{IO: ios, Jobs: min(2, maxJobs)}
	c := &cobra.Command{
		Use:   "eval [flags] DIR...",
		Short: "Score extraction against gold annotations (P/R/F1 per field and language)",
		Long: `Eval finds every NAME.gold.yaml below DIR, extracts NAME.txt beside it and
scores the record field by field as ../shared/gold/FORMAT.md defines:
precision, recall and F1 per field and language, summed over articles, plus
language accuracy and qualifier accuracy over matched procedure counts.
Where gold counts carry facts (type, organ, institution, city, when), a
second table gives each attribute's accuracy over the matched counts, and
of all of them together.

With --min-f1, --min-lang, --min-fact or --min-fact-attr, eval exits 1
when a field, the language, the facts or one fact attribute fall under the
threshold: this is how CI holds the line.`,
		Example: `  newsx eval ../shared/gold/seeds
  newsx eval --min-f1 0.85 --min-lang 1 testdata/gold
  newsx eval -v testdata/gold/ru     # also list each article's misses`,
		RunE: func(c *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageError("eval needs at least one DIR holding *.gold.yaml files")
			}
			opts.Args, opts.ctx = args, c.Context()
			if runF != nil {
				return runF(opts)
			}
			return evalRun(opts)
		},
	}
	c.Flags().Float64Var(&opts.MinF1, "min-f1", 0, "exit 1 if any field's F1 is below this")
	c.Flags().Float64Var(&opts.MinLang, "min-lang", 0, "exit 1 if language accuracy is below this")
	c.Flags().Float64Var(&opts.MinFact, "min-fact", 0, "exit 1 if the overall accuracy of facts (all attributes right) is below this")
	c.Flags().Float64Var(&opts.MinAttr, "min-fact-attr", 0, "exit 1 if one fact attribute's accuracy (type, institution, city or when, over all languages) is below this")
	c.Flags().StringVar(&opts.Patterns, "patterns", "", "load pattern packs from this folder instead of the built-in ones")
	c.Flags().VarP((*jobCount)(&opts.Jobs), "jobs", "j", jobsUsage)
	c.Flags().BoolVarP(&opts.Verbose, "verbose", "v", false, "print each article's scores")
	return c
}

type scored struct {
	article score.Article
	rec     extract.Record
}

func evalRun(opts *EvalOptions) error {
	eng, err := loadEngine(opts.Patterns, opts.IO.ErrOut)
	if err != nil {
		return err
	}
	if err := eng.Warm(); err != nil {
		return err
	}
	if opts.MinF1 < 0 || opts.MinF1 > 1 || opts.MinLang < 0 || opts.MinLang > 1 || opts.MinFact < 0 || opts.MinFact > 1 || opts.MinAttr < 0 || opts.MinAttr > 1 {
		return usageError("--min-f1, --min-lang, --min-fact and --min-fact-attr are between 0 and 1")
	}
	var jobs []source.Job
	for _, a := range opts.Args {
		if _, err := os.Stat(a); err != nil {
			return usageError("%s: %v", displayName(a), errors.Unwrap(err))
		}
	}
	source.Jobs(opts.Args, nil, source.Options{Exts: []string{".gold.yaml"}}, func(j source.Job) bool {
		if errors.Is(j.Err, source.ErrNoArticles) {
			return true // a folder without gold files: the check below says so
		}
		jobs = append(jobs, j)
		return true
	})
	if len(jobs) == 0 {
		names := make([]string, len(opts.Args))
		for i, a := range opts.Args {
			names[i] = displayName(a)
		}
		return usageError("no *.gold.yaml files under %s", strings.Join(names, " "))
	}
	produce := func(yield func(source.Job) bool) {
		for _, j := range jobs {
			if !yield(j) {
				return
			}
		}
	}
	sig := orBackground(opts.ctx)
	ctx, cancel := context.WithCancel(sig)
	defer cancel()
	out := newOutput(opts.IO.Out)
	sum := score.NewSummary()
	failed, scoredN := 0, 0
	ordered(ctx, produce, opts.Jobs, func(j source.Job) (scored, error) {
		if j.Err != nil {
			return scored{}, j.Err
		}
		g, err := score.ReadGold(j.Path)
		if err != nil {
			return scored{}, err
		}
		a, err := goldArticle(j.Path, g)
		if err != nil {
			return scored{}, err
		}
		res, err := eng.Process(a)
		if err != nil {
			return scored{}, err
		}
		return scored{article: score.Compare(res.Record, g), rec: res.Record}, nil
	}, func(r result[scored]) {
		if r.err != nil {
			failed++
			reportFailure(opts.IO.ErrOut, r.job.Source, r.err)
			return
		}
		sum.Add(r.value.article)
		scoredN++
		if opts.Verbose {
			a := r.value.article
			fmt.Fprintf(out, "%s [%s]", displayName(filepath.Base(r.job.Source)), r.value.rec.Language)
			for _, f := range score.Fields {
				c := a.Fields[f]
				fmt.Fprintf(out, " %s %d/%d/%d", f[:4], c.TP, c.FP, c.FN)
			}
			fmt.Fprintln(out)
			for _, m := range a.Misses {
				fmt.Fprintf(out, "    %s\n", oneLine(m))
			}
			if out.err != nil {
				cancel()
			}
		}
	})
	if err := interrupted(sig, scoredN); err != nil {
		return err
	}
	sum.Write(out)
	if err := out.check(); err != nil {
		return err
	}
	if failed > 0 {
		return inputFailures(failed)
	}
	bad := sum.Failures(opts.MinF1, opts.MinLang)
	if f := sum.FactFailure(opts.MinFact); f != "" {
		bad = append(bad, f)
	}
	bad = append(bad, sum.FactAttrFailures(opts.MinAttr)...)
	if len(bad) > 0 {
		for _, b := range bad {
			fmt.Fprintf(opts.IO.ErrOut, "newsx: eval: %s\n", b)
		}
		return &exitError{code: ExitInput, msg: "eval under threshold", shown: true}
	}
	return nil
}

// goldArticle reads the NAME.txt beside a NAME.gold.yaml as the article to
// extract; the gold's `published`, when given, is its publication date (a
// plain text carries none), so relative dates resolve as the annotator did.
func goldArticle(goldPath string, g *score.Gold) (extract.Article, error) {
	txt := strings.TrimSuffix(goldPath, ".gold.yaml") + ".txt"
	a, err := source.Read(source.Job{Source: txt, Path: txt}, source.Options{})
	if err != nil {
		return extract.Article{}, fmt.Errorf("%s: %w", displayName(txt), err)
	}
	if g.Published != "" {
		a.Published = g.Published
	}
	return extract.Article(a), nil
}
