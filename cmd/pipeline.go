package cmd

import (
	"context"
	"sync"

	"github.com/newsx/newsx/source"
)

// result is what one job became.
type result[T any] struct {
	job   source.Job
	value T
	err   error
}

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
func ordered[T any](ctx context.Context, produce func(yield func(source.Job) bool), n int, fn func(source.Job) (T, error), emit func(result[T])) {
	if n < 1 {
		n = 1
	}
	type task struct {
		job source.Job
		out chan result[T]
	}
	tasks := make(chan task)
	queue := make(chan chan result[T], 4*n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for t := range tasks {
				v, err := fn(t.job)
				t.out <- result[T]{job: t.job, value: v, err: err}
			}
		}()
	}
	go func() {
		defer close(queue)
		defer close(tasks)
		produce(func(j source.Job) bool {
			out := make(chan result[T], 1)
			select {
			case queue <- out:
			case <-ctx.Done():
				return false
			}
			select {
			case tasks <- task{job: j, out: out}:
				return true
			case <-ctx.Done():
				out <- result[T]{job: j, err: ctx.Err()}
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
