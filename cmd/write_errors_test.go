package cmd_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// runToFull runs the built binary with stdout on /dev/full, where every
// write fails with ENOSPC.
func runToFull(t *testing.T, args ...string) (string, int) {
	t.Helper()
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full")
	}
	defer full.Close()
	cmd := exec.Command(filepath.Join(binDir, "newsx"), args...)
	var errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = full, &errb
	err = cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return errb.String(), code
}

// Output that cannot be written fails every command: exit 1 and one line
// saying so, never a silent success (issue 10, item 6).
func TestWriteErrorsFail(t *testing.T) {
	article := filepath.Join("..", "testdata", "gold", "fr")
	for _, args := range [][]string{
		{"extract", article},
		{"extract", "-f", "json", article},
		{"extract", "-f", "yaml", article},
		{"detect", article},
		{"detect", "--json", article},
		{"eval", article},
		{"eval", "-v", article},
		{"version"},
		{"--version"},
		{"--help"},
		{"extract", "--help"},
		{"completion", "bash"},
	} {
		stderr, code := runToFull(t, args...)
		lines := strings.Split(strings.TrimRight(stderr, "\n"), "\n")
		if code != 1 || len(lines) != 1 || !strings.Contains(stderr, "no space left on device") {
			t.Errorf("newsx %s > /dev/full: exit %d, stderr %q", strings.Join(args, " "), code, stderr)
		}
	}
}
