package extract

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/geokg/kg/loader/extract/gazetteer"
)

// cpuTime is the user+system CPU time of the process: on a shared machine
// it measures the work done, where wall time also counts waiting for a core.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// benchCorpus builds n realistic ~3 KB articles, deterministically, from the
// devset sentences with a dateline and the boilerplate news sites add.
func benchCorpus(tb testing.TB, n int) []Input {
	items := loadDevset(tb)
	byLang := map[string][]devItem{}
	for _, it := range items {
		byLang[it.Lang] = append(byLang[it.Lang], it)
	}
	var out []Input
	for k := 0; k < n; k++ {
		lang := "id"
		if k%2 == 1 {
			lang = "en"
		}
		src := byLang[lang]
		var b strings.Builder
		if lang == "id" {
			b.WriteString("JAKARTA, KOMPAS.com - ")
		} else {
			b.WriteString("WASHINGTON (Reuters) - ")
		}
		for j := 0; b.Len() < 3000; j++ {
			it := src[(k*7+j*3)%len(src)]
			b.WriteString(it.Text)
			if j%3 == 2 {
				b.WriteString("\n")
				if j == 5 {
					if lang == "id" {
						b.WriteString("Baca Juga: " + src[(k+j)%len(src)].Text + "\n")
					} else {
						b.WriteString("Read more: " + src[(k+j)%len(src)].Text + "\n")
					}
				}
			} else {
				b.WriteString(" ")
			}
		}
		if lang == "id" {
			b.WriteString("\nSumber : Antara\nGabung ke Channel WhatsApp Kompas.com untuk update berita terbaru dan terpercaya.\n")
		} else {
			b.WriteString("\nReporting by Staff; Editing by Desk\nFollow us on X for the latest news.\n")
		}
		out = append(out, Input{Text: b.String(), Published: "2023-10-01"})
	}
	return out
}

// BenchmarkArticle extracts ~3 KB articles one after another (language
// detected, not given). Run with -cpu 1 for the one-core figure.
func BenchmarkArticle(b *testing.B) {
	benchArticles(b, extractor(b))
}

// BenchmarkArticleGrown is BenchmarkArticle with the gazetteer grown by
// 20,000 people (grownGazetteer), about the size the dictionaries are
// growing to: what a larger trie and more names cost per article.
func BenchmarkArticleGrown(b *testing.B) {
	file := filepath.Join(b.TempDir(), "grown.jsonl")
	if err := grownGazetteer(file, 20000); err != nil {
		b.Fatal(err)
	}
	x, err := New(Options{DefaultLang: "en", Gazetteers: []string{file}})
	if err != nil {
		b.Fatal(err)
	}
	benchArticles(b, x)
}

// grownGazetteer writes n people to file, deterministically: the first word
// of one embedded entry's name and the last word of another, with a middle
// name in a second form.
func grownGazetteer(file string, n int) error {
	g, err := gazetteer.Load(context.Background())
	if err != nil {
		return err
	}
	var firsts, lasts []string
	g.Entries(func(e *gazetteer.Entry) bool {
		if w := strings.Fields(e.Name); len(w) >= 2 {
			firsts, lasts = append(firsts, w[0]), append(lasts, w[len(w)-1])
		}
		return true
	})
	rng := rand.New(rand.NewSource(1))
	var out strings.Builder
	enc := json.NewEncoder(&out)
	for i := 0; i < n; i++ {
		first, last := firsts[rng.Intn(len(firsts))], lasts[rng.Intn(len(lasts))]
		e := gazetteer.Entry{
			ID: fmt.Sprintf("grown-%d", i), Kind: "person", Name: first + " " + last,
			Names: map[string][]string{"en": {first + " " + lasts[rng.Intn(len(lasts))] + " " + last}},
		}
		if err := enc.Encode(e); err != nil {
			return err
		}
	}
	return os.WriteFile(file, []byte(out.String()), 0o644)
}

func benchArticles(b *testing.B, x *Extractor) {
	corpus := benchCorpus(b, 64)
	var bytes int64
	for _, in := range corpus {
		bytes += int64(len(in.Text))
	}
	b.SetBytes(bytes / int64(len(corpus)))
	b.ReportAllocs()
	b.ResetTimer()
	ctx := context.Background()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		if _, err := x.Article(ctx, corpus[i%len(corpus)]); err != nil {
			b.Fatal(err)
		}
	}
	cpu := cpuTime() - cpu0
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
	b.ReportMetric(float64(b.N)/cpu.Seconds(), "articles/cpu-s")
}

// BenchmarkStream extracts b.N of the ~3 KB articles from one JSON Lines
// stream (x.Extract), as kg extract and kg load read a batch, and reports
// the live heap after a collection at the first and the last tenth of the
// stream and its maximum (MB-live-*): memory is flat when they agree.
// Run with -benchtime 20000x or more for a long stream.
func BenchmarkStream(b *testing.B) {
	x := extractor(b)
	corpus := benchCorpus(b, 64)
	lines := make([][]byte, len(corpus))
	for i, in := range corpus {
		raw, err := json.Marshal(map[string]string{"url": "https://example.com/a", "text": in.Text, "published": in.Published})
		if err != nil {
			b.Fatal(err)
		}
		lines[i] = append(raw, '\n')
	}
	n := b.N
	pr, pw := io.Pipe()
	go func() {
		for i := 0; i < n; i++ {
			if _, err := pw.Write(lines[i%len(lines)]); err != nil {
				return
			}
		}
		pw.Close()
	}()
	every := max(n/10, 1)
	var first, last, peak uint64
	var ms runtime.MemStats
	live := func() uint64 {
		b.StopTimer()
		defer b.StartTimer()
		runtime.GC()
		runtime.ReadMemStats(&ms)
		return ms.HeapAlloc
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	count := 0
	for it := range x.Extract(context.Background(), "stream.jsonl", pr) {
		if it.Err != nil {
			b.Fatal(it.Err)
		}
		count++
		if count%every == 0 {
			cpuGC := cpuTime()
			h := live()
			cpu0 += cpuTime() - cpuGC // the measuring collection is not the stream's work
			if first == 0 {
				first = h
			}
			last, peak = h, max(peak, h)
		}
	}
	cpu := cpuTime() - cpu0
	if count != n {
		b.Fatalf("read %d articles, want %d", count, n)
	}
	b.ReportMetric(float64(n)/cpu.Seconds(), "articles/cpu-s")
	b.ReportMetric(float64(first)/(1<<20), "MB-live-first")
	b.ReportMetric(float64(last)/(1<<20), "MB-live-last")
	b.ReportMetric(float64(peak)/(1<<20), "MB-live-max")
}

func BenchmarkNew(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := New(Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
