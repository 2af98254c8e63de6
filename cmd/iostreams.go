package cmd

import (
	"io"
	"os"
	"strconv"

	"golang.org/x/term"
)

// IOStreams is where a command reads and writes; tests pass buffers.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer
	// ErrTTY is true when ErrOut is a terminal (progress is shown only then).
	ErrTTY bool
	// ErrWidth returns the terminal's width in columns, 0 when unknown.
	ErrWidth func() int
	// OutTTY is true when Out is a terminal (stats writes a table then).
	OutTTY bool
}

// System returns the process's standard streams.
func System() *IOStreams {
	fd := int(os.Stderr.Fd())
	return &IOStreams{In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr,
		ErrTTY: term.IsTerminal(fd), ErrWidth: func() int { return termWidth(fd) },
		OutTTY: term.IsTerminal(int(os.Stdout.Fd()))}
}

// termWidth asks the terminal (it may have been resized), then $COLUMNS;
// 0 when neither says.
func termWidth(fd int) int {
	if w, _, err := term.GetSize(fd); err == nil && w > 0 {
		return w
	}
	if w, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && w > 0 {
		return w
	}
	return 0
}
