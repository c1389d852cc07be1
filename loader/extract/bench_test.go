package extract

import (
	"context"
	"strings"
	"syscall"
	"testing"
	"time"
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
	x := extractor(b)
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

func BenchmarkNew(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := New(Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
