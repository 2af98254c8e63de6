// Command newsx-beam is `newsx extract` and `newsx stats` as an Apache
// Beam pipeline: the same records, byte for byte, on Prism (the SDK's
// local runner), Dataflow, or Flink and Spark through a job server.
//
//	newsx-beam --runner prism --output out/records --dead-letter out/failed.jsonl \
//	    --stats out/stats.json 'articles/*/*.txt'
//
// Beam's own flags (--runner, --endpoint, --environment_type, --project,
// --region, --temp_location, --staging_location, ...) are taken as the SDK
// defines them. See the README.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
	"github.com/newsx/newsx/aggregate"
	"github.com/newsx/newsx/beam/pipeline"
	"github.com/newsx/newsx/source"
)

var (
	input      = flag.String("input", "text", "input kind: text (text and HTML files) or jsonl ({\"id\",\"text\",\"published\"} per line)")
	encoding   = flag.String("encoding", "", "decode inputs with this encoding instead of detecting it")
	maxBytes   = flag.String("max-bytes", "10MB", "largest input (or JSONL line), 1B to 1GB; larger ones go to the dead letters")
	truncate   = flag.Bool("truncate", false, "cut inputs larger than --max-bytes instead")
	published  = flag.String("published", "", "publication date `YYYY-MM-DD` of inputs that give none")
	patterns   = flag.String("patterns", "", "folder of pattern packs, readable on every worker (default: the built-in packs)")
	output     = flag.String("output", "", "records: `PREFIX`-SSSSS-of-NNNNN.jsonl (local, gs:// or s3://)")
	shards     = flag.Int("shards", pipeline.DefaultShards, "number of record files")
	deadLetter = flag.String("dead-letter", "", "`FILE` of inputs that gave no record, one {\"source\",\"error\"} per line")
	stats      = flag.String("stats", "", "`FILE` of the aggregates, as newsx stats -f jsonl writes them (one row per line)")
	types      = flag.String("type", "", "aggregates: keep these procedure types only, comma-separated: "+strings.Join(aggregate.Types, ", "))
	countries  = flag.String("country", "", "aggregates: keep counts in these countries only (ISO 3166-1 alpha-2, comma-separated)")
	since      = flag.String("since", "", "aggregates: keep counts whose period lies on or after `YYYY[-MM[-DD]]`")
	until      = flag.String("until", "", "aggregates: keep counts whose period lies on or before `YYYY[-MM[-DD]]`")
	by         = flag.String("by", joinDims(aggregate.DefaultBy), "group the aggregates by these, comma-separated: "+joinDims(aggregate.Dims)+` ("" = one row)`)
)

func main() {
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: newsx-beam [flags] GLOB...\n\n"+
			"Reads the files GLOB matches (local, gs://, s3://; * and ? match), writes the\n"+
			"records of `newsx extract -f jsonl`, the failed inputs and the aggregates.\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	beam.Init() // a worker started by a runner serves here and never returns
	// As in newsx: collecting a quarter as often saves 10-15% of CPU for
	// a steady stream of short-lived records. GOGC overrides.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	c, err := config()
	if err == nil {
		err = c.Check()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "newsx-beam:", err)
		os.Exit(2)
	}
	p, s := beam.NewPipelineWithRoot()
	pipeline.Write(s, c, pipeline.Build(s, c))
	start := time.Now()
	if err := beamx.Run(context.Background(), p); err != nil {
		fmt.Fprintln(os.Stderr, "newsx-beam:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "newsx-beam: done in %.1fs\n", time.Since(start).Seconds())
}

func config() (pipeline.Config, error) {
	c := pipeline.Config{Globs: flag.Args(), Encoding: *encoding, Truncate: *truncate,
		Published: *published, Patterns: *patterns, Output: *output, Shards: *shards,
		DeadLetter: *deadLetter, Stats: *stats}
	switch strings.ToLower(*input) {
	case "text":
	case "jsonl":
		c.JSONL = true
	default:
		return c, fmt.Errorf("--input: %q is not text or jsonl", *input)
	}
	dims, err := aggregate.ParseDims(*by)
	if err != nil {
		return c, fmt.Errorf("--by: %v", err)
	}
	c.By = append([]aggregate.Dim{}, dims...) // --by "": one row, not the default
	c.Filter = aggregate.Filter{Types: list(*types), Countries: list(*countries), Since: *since, Until: *until}
	n, err := parseSize(*maxBytes)
	if err != nil {
		return c, fmt.Errorf("--max-bytes: %v", err)
	}
	c.MaxBytes = n
	if c.Published != "" {
		if d, err := time.Parse(time.DateOnly, c.Published); err != nil || d.Year() < 1000 {
			return c, fmt.Errorf("--published: %q is not a date YYYY-MM-DD (2024-05-02)", c.Published)
		}
	}
	if c.Encoding != "" {
		if _, err := source.EncodingName(c.Encoding); err != nil {
			return c, fmt.Errorf("--encoding: %v", err)
		}
	}
	return c, nil
}

// list splits a comma-separated flag value.
func list(s string) []string {
	var out []string
	for _, v := range strings.Split(s, ",") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

func joinDims(dims []aggregate.Dim) string {
	s := make([]string, len(dims))
	for i, d := range dims {
		s[i] = string(d)
	}
	return strings.Join(s, ",")
}

// parseSize reads "10MB", "512KB", "1GB" or a number of bytes, as newsx's
// --max-bytes does.
func parseSize(v string) (int64, error) {
	t := strings.ToUpper(strings.TrimSpace(v))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1}} {
		if rest, ok := strings.CutSuffix(t, u.suffix); ok {
			t, mult = strings.TrimSpace(rest), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n <= 0 || n > (1<<30)/mult {
		return 0, fmt.Errorf("%q is not a size from 1 byte to 1GB (like 10MB, 512KB or 1048576)", v)
	}
	return n * mult, nil
}
