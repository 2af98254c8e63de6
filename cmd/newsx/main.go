// Command newsx turns folders of multilingual health news into structured
// facts. See `newsx --help`.
package main

import (
	"os"

	"github.com/newsx/newsx/cmd"
)

func main() {
	os.Exit(cmd.Main(cmd.System(), os.Args[1:]))
}
