package cmd

import (
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
func ordered[T any](produce func(yield func(source.Job) bool), n int, fn func(source.Job) (T, error), emit func(result[T])) {
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
		produce(func(j source.Job) bool {
			out := make(chan result[T], 1)
			queue <- out
			tasks <- task{job: j, out: out}
			return true
		})
		close(tasks)
		close(queue)
	}()
	for out := range queue {
		emit(<-out)
	}
	wg.Wait()
}
