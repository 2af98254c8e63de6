// Package cmd is the newsx command line: a thin cobra layer over the
// extract, score and report packages.
package cmd

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime/pprof"
	"strings"

	"github.com/spf13/cobra"
)

// NewRootCmd builds the newsx command tree.
func NewRootCmd(ios *IOStreams) *cobra.Command {
	root := &cobra.Command{
		Use:   "newsx",
		Short: "Turn multilingual health news into structured facts",
		Long: `newsx reads health news articles in French, Arabic and Russian and writes
one structured record per article: institutions, procedure counts, dates and
cities, each with its evidence (matched text and code-point offsets). Each
count is a fact: what was done, by which institution, where and when.
newsx stats totals the facts of many articles (a table, CSV, JSON), and
newsx report draws them on one self-contained HTML page.

Exit codes: 0 all inputs processed, 1 some input failed (the others' records
are still written), the output could not be written, or eval under its
thresholds, 2 usage error or malformed pattern pack (nothing ran), 130 and 143
stopped by SIGINT (Ctrl-C) or SIGTERM at a record boundary.`,
		Version:       version(),
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetVersionTemplate("newsx version {{.Version}}\n")
	root.SetIn(ios.In)
	root.SetOut(ios.Out)
	root.SetErr(ios.ErrOut)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageError("%v (see %s --help)", err, c.CommandPath())
	})
	root.AddCommand(NewCmdExtract(ios, nil), NewCmdDetect(ios, nil), NewCmdEval(ios, nil), NewCmdStats(ios, nil), NewCmdReport(ios, nil), NewCmdVersion(ios))
	var profile string
	var stop func()
	root.PersistentFlags().StringVar(&profile, "cpuprofile", "", "write a CPU profile to this file (read it with go tool pprof)")
	root.PersistentPreRunE = func(c *cobra.Command, args []string) error {
		if profile == "" {
			return nil
		}
		f, err := os.Create(profile)
		if err != nil {
			return usageError("--cpuprofile: %v", err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		stop = func() { pprof.StopCPUProfile(); f.Close() }
		return nil
	}
	root.PersistentPostRun = func(c *cobra.Command, args []string) {
		if stop != nil {
			stop()
		}
	}
	return root
}

// Main runs newsx with args and returns the process exit code.
func Main(ios *IOStreams, args []string) int {
	ctx, stop := onSignals(context.Background())
	defer stop()
	// what cobra writes itself (help, --version) fails the run like records
	out := newOutput(ios.Out)
	wrapped := *ios
	wrapped.Out = out
	root := NewRootCmd(&wrapped)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	if out.err != nil {
		err = out.check() // one wording, whoever wrote
	}
	if err == nil {
		return ExitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if !ee.shown && ee.msg != "" {
			fmt.Fprintf(ios.ErrOut, "newsx: %s\n", oneLine(ee.msg))
		}
		return ee.code
	}
	if isUsage(err) {
		fmt.Fprintf(ios.ErrOut, "newsx: %s (see newsx --help)\n", oneLine(err.Error()))
		return ExitUsage
	}
	fmt.Fprintf(ios.ErrOut, "newsx: %s\n", oneLine(err.Error()))
	return ExitInput
}

// isUsage recognises cobra's own argument errors (unknown command...).
func isUsage(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand", "accepts ", "requires "} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}
