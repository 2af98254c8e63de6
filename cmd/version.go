package cmd

import (
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// Version is newsx's version. `make build` sets it from `git describe`:
//
//	go build -ldflags "-X github.com/newsx/newsx/cmd.Version=v1.2.0" ./cmd/newsx
//
// Left empty, it comes from the build info: the module version of a
// `go install`, else the commit the binary was built from.
var Version = ""

// version returns Version, or what the build info knows, or "devel".
func version() string {
	if Version != "" {
		return Version
	}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	rev, dirty := "", false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if rev == "" {
		return "devel"
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if dirty {
		rev += "-dirty"
	}
	return rev
}

// NewCmdVersion builds `newsx version`, which prints what `newsx --version`
// prints.
func NewCmdVersion(ios *IOStreams) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version of newsx",
		Args:  cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			out := newOutput(ios.Out)
			fmt.Fprintf(out, "newsx version %s\n", version())
			return out.check()
		},
	}
}
