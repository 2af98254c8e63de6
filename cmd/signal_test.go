package cmd_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// bigBatch writes n JSONL articles, every tenth one long (its record is
// large: hundreds of mentions), and returns the file.
func bigBatch(t *testing.T, n int) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "batch.jsonl")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	sentence := "Le 6 octobre 2023, l'hôpital d'Oran a réalisé dix opérations chirurgicales à Constantine. "
	for i := 0; i < n; i++ {
		text := sentence
		if i%10 == 0 {
			text = strings.Repeat(sentence, 200)
		}
		b, _ := json.Marshal(map[string]string{"id": fmt.Sprint(i), "text": text})
		w.Write(append(b, '\n'))
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	return p
}

// syncBuffer is a bytes.Buffer safe for a reader goroutine and the test.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// SIGINT and SIGTERM stop a run at a record boundary: the records written
// are whole, a JSON array is closed, and the exit code is 128+signal
// (issue 10, item 10).
func TestSignalStopsAtRecordBoundary(t *testing.T) {
	batch := bigBatch(t, 20000)
	for _, c := range []struct {
		sig    syscall.Signal
		format string
		code   int
	}{
		{syscall.SIGINT, "jsonl", 130},
		{syscall.SIGTERM, "jsonl", 143},
		{syscall.SIGINT, "json", 130},
		{syscall.SIGTERM, "yaml", 143},
	} {
		t.Run(fmt.Sprintf("%v/%s", c.sig, c.format), func(t *testing.T) {
			cmd := exec.Command(filepath.Join(binDir, "newsx"), "extract", "-f", c.format, "--input", "jsonl", batch)
			var out, errb syncBuffer
			cmd.Stdout, cmd.Stderr = &out, &errb
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			deadline := time.Now().Add(30 * time.Second)
			for len(out.String()) < 64<<10 && time.Now().Before(deadline) {
				time.Sleep(20 * time.Millisecond)
			}
			cmd.Process.Signal(c.sig)
			select {
			case <-done:
			case <-time.After(20 * time.Second):
				cmd.Process.Kill()
				<-done
				t.Fatal("still running 20 s after the signal")
			}
			if code := cmd.ProcessState.ExitCode(); code != c.code {
				t.Errorf("exit %d (%v), want %d; stderr %q", code, cmd.ProcessState, c.code, errb.String())
			}
			if !strings.Contains(errb.String(), "newsx: interrupted") {
				t.Errorf("stderr %q does not say the run was interrupted", errb.String())
			}
			stdout := out.String()
			n := 0
			switch c.format {
			case "json":
				var recs []map[string]any
				if err := json.Unmarshal([]byte(stdout), &recs); err != nil {
					t.Fatalf("not one JSON array: %v; ends %q", err, stdout[max(0, len(stdout)-200):])
				}
				n = len(recs)
			case "jsonl":
				if !strings.HasSuffix(stdout, "\n") {
					t.Fatalf("last record cut: ends %q", stdout[max(0, len(stdout)-200):])
				}
				for _, line := range strings.Split(strings.TrimSuffix(stdout, "\n"), "\n") {
					var m map[string]any
					if err := json.Unmarshal([]byte(line), &m); err != nil {
						t.Fatalf("record %d cut: %v", n, err)
					}
					n++
				}
			case "yaml":
				if !strings.HasSuffix(stdout, "\n") {
					t.Fatalf("last document cut: ends %q", stdout[max(0, len(stdout)-200):])
				}
				n = strings.Count(stdout, "\nsource: ") + 1
			}
			if n == 0 || n >= 20000 {
				t.Errorf("%d records written: the signal did not stop the run midway", n)
			}
		})
	}
}
