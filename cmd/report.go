package cmd

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/newsx/newsx/extract"
	"github.com/newsx/newsx/htmlreport"
	"github.com/spf13/cobra"
)

// ReportOptions holds the flags and streams of `newsx report`.
type ReportOptions struct {
	IO       *IOStreams
	Args     []string
	Output   string
	Title    string
	Patterns string
	InputOptions

	ctx context.Context
	now func() time.Time
}

// NewCmdReport builds `newsx report`; runF replaces the run in tests.
func NewCmdReport(ios *IOStreams, runF func(*ReportOptions) error) *cobra.Command {
	opts := &ReportOptions{IO: ios, InputOptions: newInputOptions(), now: time.Now}
	c := &cobra.Command{
		Use:   "report [flags] -o FILE.html PATH...",
		Short: "Write one HTML page of the facts: map, timeline, institutions, evidence",
		Long: `Report reads records or articles and writes one self-contained HTML page:
a map with a marker per city sized by its total and coloured by procedure
type, a timeline of totals by year or month, a sortable and filterable table
of institutions, and for every fact its evidence: the sentence with the
matched words highlighted, the article's source, language and date.

The page needs no network: its data, script, style and map (Natural Earth
country outlines) are inlined, so it opens from a USB stick. A fact reported
by several articles (same institution key, type, organ, count and date) is
counted once, as newsx stats counts it, and lists every article.

` + recordsHelp + `

Facts read from articles show their sentence; facts read from records show
only their matched words (records do not carry the article's text), and the
page says so.

-o - writes the page to standard output; otherwise the file is written
whole or not at all.`,
		Example: `  newsx report -o report.html articles/
  newsx extract articles/ > r.jsonl && newsx report -o report.html r.jsonl
  newsx report -o report.html --title "Transplants, 2023" fr/ ar/`,
		RunE: func(c *cobra.Command, args []string) error {
			if err := checkPaths("report", args); err != nil {
				return err
			}
			if opts.Output == "" {
				return usageError("report needs -o FILE.html (or -o - for standard output)")
			}
			opts.Args, opts.ctx = args, c.Context()
			if runF != nil {
				return runF(opts)
			}
			return reportRun(opts)
		},
	}
	c.Flags().StringVarP(&opts.Output, "output", "o", "", "write the page to this file (- for standard output)")
	c.MarkFlagFilename("output", "html", "htm")
	c.Flags().StringVar(&opts.Title, "title", "newsx report", "the page's title")
	c.Flags().StringVar(&opts.Patterns, "patterns", "", "load pattern packs from this folder instead of the built-in ones")
	addInputFlags(c, &opts.InputOptions)
	addPublishedFlag(c, &opts.InputOptions)
	completeValues(c)
	return c
}

func reportRun(opts *ReportOptions) error {
	if _, err := opts.readOptions(); err != nil {
		return err
	}
	b := htmlreport.NewBuilder(opts.Title)
	sig := orBackground(opts.ctx)
	var text string
	var withText bool
	rr := &RecordReader{IO: opts.IO, Patterns: opts.Patterns, InputOptions: opts.InputOptions,
		Text: func(t string) { text, withText = t, true }}
	if err := rr.Read(sig, opts.Args, func(rec extract.Record) bool {
		b.Add(rec, text, withText)
		text, withText = "", false
		return true
	}); err != nil {
		return err
	}
	// a run stopped by a signal writes no page: it would be partial; nor
	// does one whose every input failed: an empty page passes for a report
	if err := interrupted(sig, rr.Records()); err != nil {
		return err
	}
	if rr.Records() == 0 && rr.Failed() > 0 {
		return inputFailures(rr.Failed())
	}
	d := b.Data()
	d.Generated = opts.now().UTC().Format("2006-01-02 15:04 UTC")
	d.Inputs = opts.Args
	if err := writePage(opts, d); err != nil {
		return err
	}
	if rr.Failed() > 0 {
		return inputFailures(rr.Failed())
	}
	return nil
}

// writePage writes the page to -o: through a temporary file renamed at
// the end, so that a failed run leaves no half page (and an old report
// stays whole). A symlink is followed (the file it names is replaced, the
// link kept); a device or named pipe (/dev/stdout, /dev/full, a FIFO) is
// written in place, never replaced by a file.
func writePage(opts *ReportOptions, d *htmlreport.Data) error {
	if opts.Output == "-" {
		out := newOutput(opts.IO.Out)
		w := bufio.NewWriter(out)
		err := htmlreport.Write(w, d)
		if err == nil {
			err = w.Flush()
		}
		if cerr := out.check(); cerr != nil {
			return cerr // a full disk or closed pipe: one line, exit 1
		}
		return err
	}
	target, mode := linkTarget(opts.Output), os.FileMode(0o644)
	if info, err := os.Stat(target); err == nil {
		if !info.Mode().IsRegular() {
			return writeInPlace(opts.Output, target, d)
		}
		mode = info.Mode().Perm()
	}
	f, err := os.CreateTemp(filepath.Dir(target), ".newsx-report-*.html")
	if err != nil {
		return fileWriteError(opts.Output, err)
	}
	defer os.Remove(f.Name())
	w := bufio.NewWriter(f)
	err = htmlreport.Write(w, d)
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), mode)
	}
	if err == nil {
		err = os.Rename(f.Name(), target)
	}
	if err != nil {
		return fileWriteError(opts.Output, err)
	}
	if opts.IO.ErrTTY && !opts.Quiet {
		fmt.Fprintf(opts.IO.ErrOut, "newsx: wrote %s (%d articles, %d facts)\n", opts.Output, len(d.Articles), len(d.Facts))
	}
	return nil
}

// writeInPlace writes the page to a file that is not a regular one (a
// device, a named pipe), opened as it is.
func writeInPlace(output, name string, d *htmlreport.Data) error {
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_TRUNC, 0)
	if err != nil {
		return fileWriteError(output, err)
	}
	out := newOutput(f)
	w := bufio.NewWriter(out)
	err = htmlreport.Write(w, d)
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if cerr := out.check(); cerr != nil {
		return cerr
	}
	if err != nil {
		return writeError(err)
	}
	return nil
}

// linkTarget returns the file a symlink names, even one that does not
// exist yet; any other name as it is.
func linkTarget(name string) string {
	li, err := os.Lstat(name)
	if err != nil || li.Mode()&os.ModeSymlink == 0 {
		return name
	}
	if real, err := filepath.EvalSymlinks(name); err == nil {
		return real
	}
	dest, err := os.Readlink(name)
	if err != nil {
		return name
	}
	if !filepath.IsAbs(dest) {
		dest = filepath.Join(filepath.Dir(name), dest)
	}
	return dest
}
