package cmd

import (
	"sync"

	"github.com/newsx/newsx/source"
)

// result is what one input became.
type result[T any] struct {
	in    source.Input
	value T
	err   error
}

// ordered runs fn over inputs with n workers and hands results to emit in
// input order. At most window results wait for an earlier one, so memory
// stays flat however many inputs there are.
func ordered[T any](inputs []source.Input, n int, fn func(source.Input) (T, error), emit func(result[T])) {
	if n < 1 {
		n = 1
	}
	window := 4 * n
	type job struct {
		in  source.Input
		out chan result[T]
	}
	jobs := make(chan job)
	queue := make(chan chan result[T], window)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				v, err := fn(j.in)
				j.out <- result[T]{in: j.in, value: v, err: err}
			}
		}()
	}
	go func() {
		for _, in := range inputs {
			out := make(chan result[T], 1)
			queue <- out
			jobs <- job{in: in, out: out}
		}
		close(jobs)
		close(queue)
	}()
	for out := range queue {
		emit(<-out)
	}
	wg.Wait()
}
