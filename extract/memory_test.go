package extract

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/newsx/newsx/patterns"
)

// TestHeapFlatOverDistinctArticles extracts thousands of distinct articles,
// each with words of its own, and checks that the heap does not keep them:
// the engine's caches must copy their keys, which are slices of an
// article's text (100,000 such articles once peaked at 431 MB).
func TestHeapFlatOverDistinctArticles(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts 3,000 articles")
	}
	b, err := patterns.Load(patterns.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	e := New(b, engine(t).detector) // fresh caches
	if err := e.Warm(); err != nil {
		t.Fatal(err)
	}
	fr := strings.Repeat("Les chirurgiens de l'hôpital ont réalisé dix opérations à Oran en 2023. ", 20)
	ar := strings.Repeat("أجرى الأطباء في المستشفى الجامعي بوهران خمس عمليات جراحية ناجحة سنة 2023. ", 20)
	article := func(i int) string {
		if i%2 == 0 {
			w := strings.ToLower(fakeName(i))
			return fmt.Sprintf("%s à %s, 2024 %s, %d %s : %s", fr, fakeName(i), w, i%900+100, w, fr)
		}
		w := arabicName(i)
		return fmt.Sprintf("%s في %s و%s %d %s %s", ar, w, w, i%900+100, w, ar)
	}
	heap := func() uint64 {
		var m runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	for i := range 200 { // caches and models warm
		e.Extract("warm", article(i))
	}
	const n = 3000
	before := heap()
	for i := 1000; i < 1000+n; i++ {
		e.Extract("x", article(i))
	}
	grown := int64(heap()) - int64(before)
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
