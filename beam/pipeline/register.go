package pipeline

import (
	"context"
	"reflect"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/newsx/newsx/source"
)

func init() {
	beam.RegisterType(reflect.TypeOf((*source.Article)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*DeadLetter)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*Fact)(nil)).Elem())
	register.DoFn4x0[context.Context, fileio.ReadableFile, func(source.Article), func(DeadLetter)](&readFn{})
	register.DoFn5x1[context.Context, source.Article, func(string), func(Fact), func(DeadLetter), error](&extractFn{})
	register.DoFn1x2[string, int, string](&shardFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
	register.Function1x2(deadLetterJSON)
	register.Function1x2(factKV)
	register.Function2x2(sumJSON)
	register.Emitter1[source.Article]()
	register.Emitter1[DeadLetter]()
	register.Emitter1[Fact]()
	register.Emitter1[string]()
	register.Iter1[string]()
}
