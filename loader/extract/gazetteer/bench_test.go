package gazetteer

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
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
	b.ReportMetric(float64(g.numKeys()), "forms")
	runtime.KeepAlive(g)
}

// BenchmarkFindNews measures the matching pass over real news text (the
// Wikinews sentences of ../testdata, in ~3 KB pieces, cycled: varied words,
// so that the trie is read as in the extractor, not from one sentence in
// the cache), with the embedded gazetteer and with it grown by 20,000
// entries (growGazetteer), as the dictionaries will grow.
func BenchmarkFindNews(b *testing.B) {
	f, err := os.Open("../testdata/wikinews/wikinews.jsonl")
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var texts []string
	var cur strings.Builder
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var rec struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			b.Fatal(err)
		}
		cur.WriteString(rec.Text + " ")
		if cur.Len() >= 3000 {
			texts = append(texts, cur.String())
			cur.Reset()
		}
	}
	if len(texts) == 0 {
		b.Fatal("no text")
	}
	base, err := Load(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	var entries []Entry
	base.Entries(func(e *Entry) bool { entries = append(entries, *e); return true })
	grown, err := New(append(entries, growGazetteer(entries, 20000)...))
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		g    *Gazetteer
	}{{"embedded", base}, {"grown", grown}} {
		b.Run(c.name, func(b *testing.B) {
			folded := make([][]byte, len(texts))
			var n int64
			for i, t := range texts {
				folded[i] = []byte(Fold(t))
				n += int64(len(t))
			}
			b.SetBytes(n / int64(len(texts)))
			var dst []Match
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				k := i % len(texts)
				dst = c.g.Find(texts[k], folded[k], dst[:0])
			}
			b.ReportMetric(float64(c.g.numKeys()), "forms")
		})
	}
}

// growGazetteer makes n people from the words of the entries' names: a
// first word of one and a last word of another, with a short form, in the
// proportions of a large person dictionary (deterministic).
func growGazetteer(entries []Entry, n int) []Entry {
	var firsts, lasts []string
	for _, e := range entries {
		if w := strings.Fields(e.Name); len(w) >= 2 {
			firsts, lasts = append(firsts, w[0]), append(lasts, w[len(w)-1])
		}
	}
	rng := rand.New(rand.NewSource(1))
	out := make([]Entry, n)
	for i := range out {
		first, last := firsts[rng.Intn(len(firsts))], lasts[rng.Intn(len(lasts))]
		out[i] = Entry{
			ID: fmt.Sprintf("grown-%d", i), Kind: "person", Name: first + " " + last,
			Names: map[string][]string{"en": {first + " " + lasts[rng.Intn(len(lasts))] + " " + last}},
		}
	}
	return out
}
