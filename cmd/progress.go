package cmd

import (
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"time"
)

// progress draws "done/total files, rate, ETA" on stderr while a run
// lasts more than a second, and leaves a one-line summary when it ends.
// It is drawn only when stderr is a terminal and --quiet is not given;
// stdout, which carries the records, is never touched.
type progress struct {
	w     io.Writer
	show  bool
	total int64        // 0 when unknown (streams)
	unit  string       // what is counted: "files" or "lines"
	width func() int   // terminal columns; the line never wraps
	done  atomic.Int64 // inputs finished
	start time.Time
	stop  chan struct{}
	wg    sync.WaitGroup
	mu    sync.Mutex // guards drawn and the terminal line
	drawn bool
}

// startProgress starts drawing on a terminal ios.ErrOut unless quiet, or
// returns a progress that draws nothing.
func startProgress(ios *IOStreams, quiet bool, total int, unit string) *progress {
	p := &progress{w: ios.ErrOut, show: ios.ErrTTY && !quiet, total: int64(total), unit: unit,
		width: ios.ErrWidth, start: time.Now(), stop: make(chan struct{})}
	if !p.show {
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

// settled counts one finished input and names its failure or warning on
// w, clearing the progress line first; it reports whether the input gave a
// result.
func (p *progress) settled(w io.Writer, source string, err error, warning string) bool {
	p.add(1)
	if err != nil {
		p.clear()
		reportFailure(w, source, err)
		return false
	}
	if warning != "" {
		p.clear()
		printWarning(w, source, warning)
	}
	return true
}

func (p *progress) draw(now time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	done := p.done.Load()
	elapsed := now.Sub(p.start).Seconds()
	rate := float64(done) / elapsed
	line := fmt.Sprintf("%d %s  %.0f/s", done, p.unit, rate)
	if p.total > 0 {
		eta := "?"
		if rate > 0 {
			eta = (time.Duration(float64(p.total-done)/rate) * time.Second).Round(time.Second).String()
		}
		line = fmt.Sprintf("%d/%d %s  %3.0f%%  %.0f/s  ETA %s", done, p.total, p.unit, 100*float64(done)/float64(p.total), rate, eta)
	}
	// the last column is left free: a full line wraps on some terminals
	if w := p.columns() - 1; len(line) > w {
		line = line[:max(w, 0)]
	}
	fmt.Fprintf(p.w, "\r\033[K%s", line)
	p.drawn = true
}

// columns is the terminal's width, 80 when unknown.
func (p *progress) columns() int {
	if p.width != nil {
		if w := p.width(); w > 0 {
			return w
		}
	}
	return 80
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

// finish stops drawing and clears the line. After a run of a second or
// more on a terminal it prints a summary: "1234 files, 1200 records,
// 34 errors in 5.2s".
func (p *progress) finish(records, errors int) { p.end(time.Now(), records, errors) }

func (p *progress) end(now time.Time, records, errors int) {
	close(p.stop)
	p.wg.Wait()
	p.clear()
	if elapsed := now.Sub(p.start); p.show && elapsed >= time.Second {
		fmt.Fprintf(p.w, "newsx: %d %s, %d records, %d errors in %s\n",
			p.done.Load(), p.unit, records, errors, elapsed.Round(100*time.Millisecond))
	}
}
