package cmd

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

// signalError is the cause of a run cancelled by a signal.
type signalError struct{ sig syscall.Signal }

func (e signalError) Error() string { return "interrupted by " + signalName(e.sig) }

func signalName(s syscall.Signal) string {
	switch s {
	case syscall.SIGINT:
		return "SIGINT"
	case syscall.SIGTERM:
		return "SIGTERM"
	}
	return s.String()
}

// onSignals returns a context cancelled at the first SIGINT or SIGTERM, so
// that a run stops at a record boundary instead of being killed in the
// middle of one. A second signal kills the process as usual. stop releases
// the handler.
func onSignals(parent context.Context) (ctx context.Context, stop func()) {
	ctx, cancel := context.WithCancelCause(parent)
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	go func() {
		select {
		case s := <-ch:
			signal.Reset(os.Interrupt, syscall.SIGTERM)
			cancel(signalError{s.(syscall.Signal)})
		case <-ctx.Done():
		}
	}()
	return ctx, func() { signal.Stop(ch); cancel(nil) }
}

// interrupted returns the exit error of a run stopped by a signal (exit
// 128 + the signal's number: 130 for SIGINT, 143 for SIGTERM), or nil.
func interrupted(ctx context.Context, records int) error {
	var se signalError
	if ctx == nil || !errors.As(context.Cause(ctx), &se) {
		return nil
	}
	return &exitError{code: 128 + int(se.sig),
		msg: fmt.Sprintf("interrupted by %s: stopped after %d whole record(s)", signalName(se.sig), records)}
}

// orBackground is ctx, or a context never cancelled when a test built the
// options without one.
func orBackground(ctx context.Context) context.Context {
	if ctx == nil {
		return context.Background()
	}
	return ctx
}
