package cmd_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

var binDir string

// TestMain builds the real newsx binary once; the scripts run it.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "newsx-cli")
	if err != nil {
		panic(err)
	}
	build := exec.Command("go", "build", "-o", filepath.Join(dir, "newsx"), "./newsx")
	build.Stdout, build.Stderr = os.Stdout, os.Stderr
	if err := build.Run(); err != nil {
		panic(err)
	}
	binDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// TestCLI runs testdata/script/*.txtar: each calls the built binary and
// checks stdout, stderr and the exit code. $PACKS is the built-in pattern
// tree and $TESTPACKS the test packs (testdata/packs), for scripts that
// build a --patterns tree from them.
func TestCLI(t *testing.T) {
	packs, err := filepath.Abs("../patterns/packs")
	if err != nil {
		t.Fatal(err)
	}
	testPacks, err := filepath.Abs("../testdata/packs")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("PATH", binDir+string(os.PathListSeparator)+env.Getenv("PATH"))
			env.Setenv("PACKS", packs)
			env.Setenv("TESTPACKS", testPacks)
			return nil
		},
		Condition: func(cond string) (bool, error) {
			if cond == "root" {
				return os.Geteuid() == 0, nil
			}
			return false, nil
		},
	})
}
