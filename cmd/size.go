package cmd

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// maxSize bounds --max-bytes. An input is read whole into memory and
// decoded, so the limit is what one article may cost; no news article
// comes near 1 GB, and larger values once overflowed (17179869184GB
// wrapped to 0, the default).
const maxSize = 1 << 30

// byteSize is a flag value like "10MB", "512KB", "1GB" or "1048576",
// from 1 byte to maxSize.
type byteSize int64

func (s *byteSize) String() string {
	switch n := int64(*s); {
	case n > 0 && n%(1<<30) == 0:
		return fmt.Sprintf("%dGB", n>>30)
	case n > 0 && n%(1<<20) == 0:
		return fmt.Sprintf("%dMB", n>>20)
	case n > 0 && n%(1<<10) == 0:
		return fmt.Sprintf("%dKB", n>>10)
	}
	return strconv.FormatInt(int64(*s), 10)
}

func (s *byteSize) Set(v string) error {
	units := []struct {
		suffix string
		mult   int64
	}{{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1}}
	t := strings.ToUpper(strings.TrimSpace(v))
	mult := int64(1)
	for _, u := range units {
		if rest, ok := strings.CutSuffix(t, u.suffix); ok {
			t, mult = strings.TrimSpace(rest), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	switch {
	case err != nil && !isRange(err):
		return fmt.Errorf("%q is not a size (like 10MB, 512KB or 1048576)", v)
	case err == nil && n <= 0 || strings.HasPrefix(t, "-"):
		return fmt.Errorf("%q: the size must be greater than 0", v)
	case err != nil || n > maxSize/mult:
		return fmt.Errorf("%q is too large: the size is at most 1GB", v)
	}
	*s = byteSize(n * mult)
	return nil
}

func (s *byteSize) Type() string { return "size" }

// isRange reports a number too large for its type.
func isRange(err error) bool { return errors.Is(err, strconv.ErrRange) }
