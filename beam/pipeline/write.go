package pipeline

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
)

// ShardName is the name of shard i of n: PREFIX-00001-of-00004.jsonl.
func ShardName(prefix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, i, n)
}

// writeShards writes lines to n files, each line to the shard its hash
// picks: a record always lands in the same file, so a retried bundle
// rewrites the same file with the same lines. A shard that gets no line
// is not written.
func writeShards(s beam.Scope, prefix string, n int, lines beam.PCollection) {
	keyed := beam.ParDo(s, &shardFn{Shards: n}, lines)
	beam.ParDo0(s, &writeShardFn{Prefix: prefix, Shards: n}, beam.GroupByKey(s, keyed))
}

type shardFn struct {
	Shards int `json:"shards"`
}

func (fn *shardFn) ProcessElement(line string) (int, string) {
	h := fnv.New32a()
	h.Write([]byte(line))
	return int(h.Sum32() % uint32(fn.Shards)), line
}

type writeShardFn struct {
	Prefix string `json:"prefix"`
	Shards int    `json:"shards"`
}

func (fn *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) error {
	name := ShardName(fn.Prefix, shard, fn.Shards)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	fd, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(fd, 1<<20)
	var line string
	for lines(&line) {
		w.WriteString(line)
		if err := w.WriteByte('\n'); err != nil {
			fd.Close()
			return err
		}
	}
	if err := w.Flush(); err != nil {
		fd.Close()
		return err
	}
	return fd.Close()
}

// writeLines writes lines to one file (nothing is written when there is
// no line): dead letters and aggregates are small.
func writeLines(s beam.Scope, name string, lines beam.PCollection) {
	textio.Write(s, name, lines)
}

// deadLetterJSON is one dead letter's line.
func deadLetterJSON(d DeadLetter) (string, error) {
	b, err := json.Marshal(d)
	return string(b), err
}
