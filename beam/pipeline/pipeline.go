// Package pipeline is newsx as an Apache Beam pipeline: it reads articles
// by glob with Beam's file IO, runs the engine of `newsx extract` in a
// DoFn, and writes the records as sharded JSON Lines, the inputs that
// failed to a dead-letter file, and the aggregates of `newsx stats`
// computed with Beam combiners.
//
// It is a thin layer: reading is source's (ReadFrom, JSONLJobs, Read),
// extraction extract's, the JSON of a record report's, the aggregates
// aggregate's. The engine knows nothing of Beam.
//
//	matches ─ read ─┬─ articles ─ reshuffle ─ extract ─┬─ records ─ shard ─ write
//	                └─ dead letters ◀──────────────────┼─ dead letters ─ write
//	                                                   └─ facts ─ combine ─ write
package pipeline

import (
	"fmt"
	"slices"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // local paths; gcs and s3 are the binary's choice
	"github.com/newsx/newsx/aggregate"
	"github.com/newsx/newsx/source"
)

// Config is what a run reads, how, and where it writes.
type Config struct {
	Globs    []string // inputs: local paths, gs://, s3:// (the SDK's file systems); * and ? match
	JSONL    bool     // inputs are JSON Lines of {"id", "text", "published"}
	Encoding string   // force this encoding (see source.EncodingName); "" = detect
	MaxBytes int64    // largest input or JSONL line; 0 = source.DefaultMaxBytes
	Truncate bool     // cut larger inputs instead of sending them to the dead letters

	// Published is the publication date (YYYY-MM-DD) of inputs without one.
	Published string
	// Patterns is a folder of pattern packs every worker can read; "" =
	// the packs built into the binary.
	Patterns string

	Output     string // records: Output-SSSSS-of-NNNNN.jsonl
	Shards     int    // how many record files; 0 = DefaultShards
	DeadLetter string // failed inputs, one {"source", "error"} per line
	Stats      string // the aggregates, as `newsx stats -f jsonl` writes them

	// By is what the aggregates group by (`newsx stats --by`); nil =
	// aggregate.DefaultBy (institution, type, year), empty = one row.
	By []aggregate.Dim
	// Filter keeps the facts the aggregates add up, as `newsx stats
	// --type, --country, --since, --until` do.
	Filter aggregate.Filter
}

// DefaultShards is the number of record files when Config.Shards is 0.
const DefaultShards = 4

// readOptions is the source.Options of c.
func (c Config) readOptions() source.Options {
	return source.Options{Encoding: c.Encoding, MaxBytes: c.MaxBytes, Truncate: c.Truncate,
		JSONL: c.JSONL, Published: c.Published}
}

// Check refuses a configuration no run can use, before a pipeline is
// built (a worker would fail on it much later).
func (c Config) Check() error {
	if len(c.Globs) == 0 {
		return fmt.Errorf("no input: give at least one file or glob")
	}
	if c.Encoding != "" {
		if _, err := source.EncodingName(c.Encoding); err != nil {
			return fmt.Errorf("--encoding: %v", err)
		}
	}
	if c.MaxBytes < 0 || c.MaxBytes > 1<<30 {
		return fmt.Errorf("--max-bytes: %d is not between 1 byte and 1GB", c.MaxBytes)
	}
	if c.Shards < 0 {
		return fmt.Errorf("--shards: %d is negative", c.Shards)
	}
	f := c.Filter
	f.Types, f.Countries = slices.Clone(f.Types), slices.Clone(f.Countries)
	if err := f.Normalize(); err != nil {
		return fmt.Errorf("aggregates' filter: %v", err)
	}
	if c.Output == "" {
		return fmt.Errorf("--output: a path prefix for the record files is needed")
	}
	return nil
}

// Collections are a pipeline's results before they are written.
type Collections struct {
	Records     beam.PCollection // string: one record's JSON, as `newsx extract -f jsonl` writes it, without the newline
	DeadLetters beam.PCollection // DeadLetter
	Stats       beam.PCollection // string: the aggregates' JSON (one element)
}

// Build adds the reading, extraction and aggregation to s.
func Build(s beam.Scope, c Config) Collections {
	s = s.Scope("newsx")
	if c.Encoding != "" {
		c.Encoding, _ = source.EncodingName(c.Encoding)
	}
	globs := beam.CreateList(s, c.Globs)
	// A glob that matches nothing fails the run at once: it is a usage
	// error, not a bad input.
	files := fileio.ReadMatches(s, fileio.MatchAll(s, globs, fileio.MatchEmptyDisallow()), fileio.ReadUncompressed())
	files = beam.Reshuffle(s, files)
	articles, readFailed := beam.ParDo2(s, &readFn{Options: c.readOptions()}, files)
	// One JSONL file is many articles: spread them over the workers.
	articles = beam.Reshuffle(s, articles)
	by := c.By
	if by == nil {
		by = aggregate.DefaultBy
	}
	records, facts, extractFailed := beam.ParDo3(s, &extractFn{Patterns: c.Patterns}, articles)
	return Collections{
		Records:     records,
		DeadLetters: beam.Flatten(s, readFailed, extractFailed),
		Stats:       totals(s, by, c.Filter, facts),
	}
}

// Write adds the writers of cols to s.
func Write(s beam.Scope, c Config, cols Collections) {
	shards := c.Shards
	if shards == 0 {
		shards = DefaultShards
	}
	writeShards(s.Scope("records"), c.Output, shards, cols.Records)
	if c.DeadLetter != "" {
		writeLines(s.Scope("dead letters"), c.DeadLetter, beam.ParDo(s, deadLetterJSON, cols.DeadLetters))
	}
	if c.Stats != "" {
		writeLines(s.Scope("stats"), c.Stats, cols.Stats)
	}
}
