package extract

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/newsx/newsx/patterns"
)

// TestHeapFlatOverDistinctArticles extracts hundreds of distinct articles,
// each with words of its own, and checks that the heap does not keep them:
// the engine's caches must copy their keys, which are slices of an
// article's text (100,000 such articles once peaked at 431 MB).
func TestHeapFlatOverDistinctArticles(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts 500 articles")
	}
	b, err := patterns.Load(patterns.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	e := New(b, engine(t).detector) // fresh caches
	if err := e.Warm(); err != nil {
		t.Fatal(err)
	}
	// Arabic words are their own keys (no case to fold), so a key is a
	// slice of the article's normalized text
	ar := strings.Repeat("أجرى الأطباء في المستشفى الجامعي بوهران خمس عمليات جراحية ناجحة سنة 2023. ", 200)
	article := func(i int) string {
		w := arabicName(i)
		return fmt.Sprintf("%s في %s و%s %d %s %s", ar, w, w, i%900+100, w, ar)
	}
	heap := func() uint64 {
		var m runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	const n = 500
	before := heap()
	for i := 1000; i < 1000+n; i++ {
		e.Extract("x", article(i))
	}
	grown := int64(heap()) - int64(before)
	runtime.KeepAlive(e) // the caches live as long as the engine
	size := len(article(0))
	t.Logf("%d articles of %d bytes: heap grew %d KB", n, size, grown/1024)
	if limit := int64(n * size / 10); grown > limit {
		t.Errorf("heap grew %d KB over %d distinct articles (limit %d KB): the engine keeps articles alive", grown/1024, n, limit/1024)
	}
}

// arabicName spells i in Arabic letters.
func arabicName(i int) string {
	letters := []rune("بتثجحخدذرزسشصضطظعغفقكلمنهوي")
	var b strings.Builder
	for j := 0; j < 5; j++ {
		b.WriteRune(letters[i%len(letters)])
		i /= len(letters)
	}
	return b.String()
}
