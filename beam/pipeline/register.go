package pipeline

import (
	"context"
	"reflect"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/newsx/newsx/aggregate"
	"github.com/newsx/newsx/source"
)

func init() {
	beam.RegisterType(reflect.TypeOf((*source.Article)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*DeadLetter)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*aggregate.Fact)(nil)).Elem())
	beam.RegisterCoder(reflect.TypeOf((*aggregate.Aggregator)(nil)), encodeAggregator, decodeAggregator)
	register.DoFn4x0[context.Context, fileio.ReadableFile, func(source.Article), func(DeadLetter)](&readFn{})
	register.DoFn5x1[context.Context, source.Article, func(string), func(aggregate.Fact), func(DeadLetter), error](&extractFn{})
	register.DoFn1x2[string, int, string](&shardFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
	register.Function1x2(deadLetterJSON)
	register.Combiner3[*aggregate.Aggregator, aggregate.Fact, string](&statsFn{})
	register.Function2x0(nonEmpty)
	register.Emitter1[source.Article]()
	register.Emitter1[DeadLetter]()
	register.Emitter1[aggregate.Fact]()
	register.Emitter1[string]()
	register.Iter1[string]()
}
