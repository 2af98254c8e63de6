package cmd

import "fmt"

// Exit codes.
const (
	ExitOK    = 0 // every input gave a record
	ExitInput = 1 // some input could not be read, or eval missed its thresholds
	ExitUsage = 2 // bad flags or arguments, or a malformed pattern pack: nothing ran
	// 128 + signal (130 SIGINT, 143 SIGTERM): stopped at a record boundary
)

// exitError carries an exit code and the one line Main prints, unless
// shown says the details were printed already (one line per bad input).
type exitError struct {
	code  int
	msg   string
	shown bool
}

func (e *exitError) Error() string { return e.msg }

func usageError(format string, a ...any) error {
	return &exitError{code: ExitUsage, msg: fmt.Sprintf(format, a...)}
}

// inputFailures is returned when some inputs failed but the others' records
// were written; each failure was reported on stderr as it happened.
func inputFailures(n int) error {
	return &exitError{code: ExitInput, msg: fmt.Sprintf("%d input(s) could not be processed", n), shown: true}
}
