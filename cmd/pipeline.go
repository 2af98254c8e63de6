package cmd

import (
	"context"
	"sync"

	"github.com/newsx/newsx/source"
)

// outcome is what one job became.
type outcome[J, T any] struct {
	job   J
	value T
	err   error
}

// result is what one input (a file, a JSONL record) became.
type result[T any] = outcome[source.Job, T]

// ordered runs fn over the jobs that produce streams, with n workers, and
// hands results to emit in input order. At most 4n results wait for an
// earlier one, so memory stays flat however many inputs there are, and the
// output is the same whatever n is.
//
// When ctx is cancelled (a signal, or emit's output failed), no new job
// starts and emit is not called again: ordered returns between two
// records, without waiting for work in flight (a producer blocked on a
// terminal's stdin, a worker on a huge file) since its results would be
// dropped anyway.
//
// A job is an input to extract (source.Job) or a line of a record file.
func ordered[J, T any](ctx context.Context, produce func(yield func(J) bool), n int, fn func(J) (T, error), emit func(outcome[J, T])) {
	if n < 1 {
		n = 1
	}
	type task struct {
		job J
		out chan outcome[J, T]
	}
	tasks := make(chan task)
	queue := make(chan chan outcome[J, T], 4*n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for t := range tasks {
				v, err := fn(t.job)
				t.out <- outcome[J, T]{job: t.job, value: v, err: err}
			}
		}()
	}
	go func() {
		defer close(queue)
		defer close(tasks)
		produce(func(j J) bool {
			out := make(chan outcome[J, T], 1)
			select {
			case queue <- out:
			case <-ctx.Done():
				return false
			}
			select {
			case tasks <- task{job: j, out: out}:
				return true
			case <-ctx.Done():
				out <- outcome[J, T]{job: j, err: ctx.Err()}
				return false
			}
		})
	}()
	for {
		select {
		case <-ctx.Done():
			return
		case out, ok := <-queue:
			if !ok {
				wg.Wait()
				return
			}
			select {
			case r := <-out:
				if ctx.Err() != nil {
					return
				}
				emit(r)
			case <-ctx.Done():
				return
			}
		}
	}
}
