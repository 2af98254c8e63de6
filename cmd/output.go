package cmd

import (
	"errors"
	"io"
	"io/fs"
	"strings"
	"syscall"
)

// output is stdout as a command writes it: it remembers the first write
// error, and every later write fails at once. A full disk or a closed pipe
// must fail the run (exit 1), never end it with exit 0 and missing records.
type output struct {
	w   io.Writer
	err error
}

func newOutput(w io.Writer) *output { return &output{w: w} }

func (o *output) Write(p []byte) (int, error) {
	if o.err != nil {
		return 0, o.err
	}
	n, err := o.w.Write(p)
	if err != nil {
		o.err = err
	}
	return n, err
}

// check returns the exit error of a failed output, or nil.
func (o *output) check() error {
	if o.err == nil {
		return nil
	}
	return writeError(o.err)
}

// writeError says, on one line, that the output could not be written:
// "cannot write output: no space left on device".
func writeError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	var errno syscall.Errno
	if errors.As(err, &errno) {
		err = errno
	}
	return &exitError{code: ExitInput, msg: "cannot write output: " + err.Error()}
}

// fileWriteError is writeError for a file named by a flag: "cannot write
// r.html: is a directory".
func fileWriteError(name string, err error) error {
	e := writeError(err).(*exitError)
	e.msg = "cannot write " + displayName(name) + ": " + strings.TrimPrefix(e.msg, "cannot write output: ")
	return e
}
