package gazetteer

import (
	"context"
	"strings"
	"testing"
)

// BenchmarkFind measures the Aho–Corasick pass of the embedded gazetteer
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
