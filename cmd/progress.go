package cmd

import (
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"time"
)

// progress draws "done/total files, rate, ETA" on stderr while a run
// lasts more than a second. It is drawn only when stderr is a terminal and
// --quiet is not given; stdout, which carries the records, is never touched.
type progress struct {
	w     io.Writer
	total int64 // 0 when unknown (streams)
	done  atomic.Int64
	start time.Time
	stop  chan struct{}
	wg    sync.WaitGroup
	mu    sync.Mutex // guards drawn and the terminal line
	drawn bool
}

// startProgress starts drawing, or returns a progress that draws nothing.
func startProgress(w io.Writer, show bool, total int) *progress {
	p := &progress{w: w, total: int64(total), start: time.Now(), stop: make(chan struct{})}
	if !show {
		return p
	}
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		tick := time.NewTicker(200 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-p.stop:
				return
			case now := <-tick.C:
				if now.Sub(p.start) >= time.Second {
					p.draw(now)
				}
			}
		}
	}()
	return p
}

// add counts finished inputs.
func (p *progress) add(n int) { p.done.Add(int64(n)) }

func (p *progress) draw(now time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	done := p.done.Load()
	elapsed := now.Sub(p.start).Seconds()
	rate := float64(done) / elapsed
	line := fmt.Sprintf("%d files  %.0f/s", done, rate)
	if p.total > 0 {
		eta := "?"
		if rate > 0 {
			eta = (time.Duration(float64(p.total-done)/rate) * time.Second).Round(time.Second).String()
		}
		line = fmt.Sprintf("%d/%d files  %3.0f%%  %.0f/s  ETA %s", done, p.total, 100*float64(done)/float64(p.total), rate, eta)
	}
	fmt.Fprintf(p.w, "\r\033[K%s", line)
	p.drawn = true
}

// clear wipes a drawn line so that a message can be printed; the next tick
// draws it again.
func (p *progress) clear() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
		p.drawn = false
	}
}

// finish stops drawing and clears the line.
func (p *progress) finish() {
	close(p.stop)
	p.wg.Wait()
	p.clear()
}
