package cmd

import (
	"fmt"
	"runtime"
	"strconv"
)

// maxJobs bounds -j: each worker holds an article, its record and a slot
// of the reorder window, and past a few workers per core nothing runs
// faster. -j 10000000 once tried to allocate 24 GB.
const maxJobs = 256

// jobCount is the -j flag: a number of workers from 1 to maxJobs.
type jobCount int

// defaultJobs is the number of CPUs, within the bounds of -j.
func defaultJobs() int { return min(runtime.NumCPU(), maxJobs) }

func (j *jobCount) String() string { return strconv.Itoa(int(*j)) }
func (j *jobCount) Type() string   { return "int" }

func (j *jobCount) Set(v string) error {
	n, err := strconv.Atoi(v)
	if err != nil && !isRange(err) {
		return fmt.Errorf("%q is not a number", v)
	}
	if err != nil || n < 1 || n > maxJobs {
		return fmt.Errorf("the number of workers is between 1 and %d", maxJobs)
	}
	*j = jobCount(n)
	return nil
}

// jobsUsage is the help text of -j (pflag adds the default).
var jobsUsage = fmt.Sprintf("number of workers, 1 to %d", maxJobs)
