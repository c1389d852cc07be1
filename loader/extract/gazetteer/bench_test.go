package gazetteer

import (
	"context"
	"runtime"
	"strings"
	"testing"
)

// BenchmarkFind measures the matching pass (trie walks from word starts) of the embedded gazetteer
// over ~2.8 KB of news text.
func BenchmarkFind(b *testing.B) {
	g, err := Load(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat("Korea Utara mengungkapkan dukungannya kepada Presiden Rusia Vladimir Putin, atas upaya kudeta paramiliter Wagner. ", 25)
	f := []byte(Fold(text))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if len(g.Find(text, f, nil)) == 0 {
			b.Fatal("no match")
		}
	}
}

// BenchmarkLoad measures building the embedded gazetteer (reading the
// JSON Lines, indexing the forms, building the trie) and reports the live
// heap it keeps (MB-heap), the number of entries and of folded forms.
func BenchmarkLoad(b *testing.B) {
	var g *Gazetteer
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for i := 0; i < b.N; i++ {
		var err error
		if g, err = Load(context.Background()); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "MB-heap")
	b.ReportMetric(float64(g.Len()), "entries")
	b.ReportMetric(float64(len(g.keys)), "forms")
	runtime.KeepAlive(g)
}
