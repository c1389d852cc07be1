package extract

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/geokg/kg/loader/facts"
)

func collect(t *testing.T, file, input string) []facts.Item {
	t.Helper()
	var out []facts.Item
	for it := range extractor(t).Extract(context.Background(), file, strings.NewReader(input)) {
		out = append(out, it)
	}
	return out
}

func TestExtractFormats(t *testing.T) {
	html := `<!DOCTYPE html><html lang="en"><head><title>Russia attacks Ukraine</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2022-02-24T06:00:00Z">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Russia attacks Ukraine","datePublished":"2022-02-24T06:00:00Z"}</script>
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Russia attacks Ukraine</h1>
<p>Russia invaded Ukraine on Thursday, launching the biggest attack on a European state since 1945. The United States condemned Russia and imposed sanctions on Moscow.</p>
<p>Ukraine said Russian forces attacked from the north, east and south, and that its army was fighting back across the country.</p>
<p>Read more: Putin says Russia will not attack Belarus</p>
</article><footer>Follow us on Twitter</footer></body></html>`
	cases := []struct {
		name, file, input string
		docs              int
		errs              int
		check             func(t *testing.T, items []facts.Item)
	}{
		{"text with front matter", "a.md", "---\nurl: https://example.org/a\ntitle: Korea Utara\npublished: 2023-06-25\nlang: id\n---\nKorea Utara mengecam Amerika Serikat.\n", 1, 0, func(t *testing.T, items []facts.Item) {
			d := items[0].Doc
			if d.Article.URL != "https://example.org/a" || d.Article.Published != "2023-06-25" || d.Article.Language != "id" {
				t.Errorf("article = %+v", d.Article)
			}
			if len(d.Events) != 1 || d.Events[0].Evidence[0].Start != 0 {
				t.Errorf("events = %+v (offsets are after the front matter)", d.Events)
			}
		}},
		{"html", "page.html", html, 1, 0, func(t *testing.T, items []facts.Item) {
			d := items[0].Doc
			if d.Article.Title != "Russia attacks Ukraine" || d.Article.Published != "2022-02-24" || d.Article.Language != "en" {
				t.Errorf("article = %+v", d.Article)
			}
			var invade bool
			for _, e := range d.Events {
				if e.Source == "RUS" && e.Target == "UKR" && e.Root() == "19" {
					invade = true
				}
				for _, ev := range e.Evidence {
					if strings.Contains(ev.Sentence, "Read more") || strings.Contains(ev.Sentence, "Follow us") {
						t.Errorf("boilerplate as evidence: %q", ev.Sentence)
					}
				}
			}
			if !invade {
				t.Errorf("no RUS→UKR 19 event in %+v", d.Events)
			}
		}},
		{"jsonl with bad lines", "batch.jsonl", `{"url":"u1","text":"Russia attacked Ukraine.","lang":"en"}
# a comment
{"url":"u2","text":42}
not json

{"url":"u3","text":""}
{"url":"u4","text":"Korea Utara mengecam AS.","published":"2023-06-25"}
`, 2, 3, func(t *testing.T, items []facts.Item) {
			want := []struct {
				ok   bool
				doc  int
				line int
				msg  string
			}{{true, 1, 1, ""}, {false, 2, 3, `"text"`}, {false, 3, 4, "JSON"}, {false, 4, 6, `"text"`}, {true, 5, 7, ""}}
			if len(items) != len(want) {
				t.Fatalf("%d items", len(items))
			}
			for i, w := range want {
				it := items[i]
				if (it.Err == nil) != w.ok || it.Loc.Doc != w.doc || it.Loc.Line != w.line {
					t.Errorf("item %d: loc %v err %v, want doc %d line %d ok=%v", i, it.Loc, it.Err, w.doc, w.line, w.ok)
				}
				if it.Err != nil {
					var de *facts.DocError
					if !errors.As(it.Err, &de) || !strings.Contains(it.Err.Error(), w.msg) || !strings.Contains(it.Err.Error(), "batch.jsonl") {
						t.Errorf("item %d: error %q should be a DocError naming the file and %s", i, it.Err, w.msg)
					}
				}
			}
			if items[4].Doc.Article.Language != "id" {
				t.Errorf("language of item 5 = %q, want detected id", items[4].Doc.Article.Language)
			}
		}},
		{"json array", "batch.json", `[{"url":"a","text":"Russia attacked Ukraine."},{"url":"b","text":"China condemned Japan."}]`, 2, 0, nil},
		{"stdin sniffs jsonl", "-", `{"url":"a","text":"Russia attacked Ukraine."}` + "\n", 1, 0, nil},
		{"stdin sniffs html", "-", html, 1, 0, nil},
		{"stdin sniffs text", "-", "Russia attacked Ukraine.", 1, 0, nil},
		{"empty file", "empty.txt", "", 0, 1, nil},
		{"binary", "x.txt", "\x00\x01\x02garbage\x00", 0, 1, nil},
		{"invalid utf-8", "x.txt", "Russia \xff\xfe attacked", 0, 1, nil},
		{"truncated json array", "x.json", `[{"url":"a","text":"Russia attacked Ukraine."},{"url":`, 1, 1, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			items := collect(t, c.file, c.input)
			docs, errs := 0, 0
			for _, it := range items {
				if it.Err != nil {
					errs++
					if it.Loc.File != c.file {
						t.Errorf("error location %v does not name %s", it.Loc, c.file)
					}
					continue
				}
				docs++
				if p := facts.Check(it.Doc); len(p) > 0 {
					t.Errorf("invalid document: %v", p)
				}
			}
			if docs != c.docs || errs != c.errs {
				t.Fatalf("docs=%d errs=%d, want %d and %d: %+v", docs, errs, c.docs, c.errs, items)
			}
			if c.check != nil {
				c.check(t, items)
			}
		})
	}
}

func TestHostileInputs(t *testing.T) {
	x := extractor(t)
	deep := strings.Repeat("<div>", 100000) + "Russia attacked Ukraine." + strings.Repeat("</div>", 100000)
	cases := []struct {
		name  string
		in    Input
		isErr error // nil: any outcome but a panic or hang
	}{
		{"empty", Input{Text: ""}, ErrEmpty},
		{"spaces", Input{Text: " \n\t "}, ErrEmpty},
		{"binary", Input{Text: "\x00\x00\x00"}, ErrBinary},
		{"invalid utf-8", Input{Text: "a\xffb"}, ErrUTF8},
		{"too large", Input{Text: strings.Repeat("a", MaxArticleSize+1)}, ErrTooLarge},
		{"deep html", Input{Text: deep, Format: "html"}, nil},
		{"long word", Input{Text: strings.Repeat("x", 1<<20)}, nil},
		{"many periods", Input{Text: strings.Repeat(". ", 100000)}, nil},
		{"many capitals", Input{Text: strings.Repeat("Presiden Menteri Duta Besar ", 20000)}, nil},
		{"many names", Input{Text: strings.Repeat("Russia and Ukraine and China attacked ", 20000)}, nil},
		{"quotes", Input{Text: strings.Repeat("“\"”", 50000)}, nil},
		{"front matter only", Input{Text: "---\ntitle: x\n---\n"}, ErrEmpty},
		{"unterminated front matter", Input{Text: "---\ntitle: x\nRussia attacked Ukraine."}, nil},
		{"html no body", Input{Text: "<html></html>", Format: "html"}, ErrEmpty},
		{"bad format", Input{Text: "x", Format: "pdf"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			done := make(chan struct{})
			var doc *facts.Document
			var err error
			go func() {
				defer close(done)
				doc, err = x.Article(ctx, c.in)
			}()
			select {
			case <-done:
			case <-time.After(30 * time.Second):
				t.Fatal("hang")
			}
			if c.isErr != nil && !errors.Is(err, c.isErr) {
				t.Fatalf("err = %v, want %v", err, c.isErr)
			}
			if err == nil {
				if p := facts.Check(doc); len(p) > 0 {
					t.Fatalf("invalid document: %v", p)
				}
			}
		})
	}
}

// TestLargeStream feeds 50 MB and more through Extract: a 50 MB text file is
// refused with a clear error; a large JSON Lines stream is read with a heap
// that stays bounded whatever its length.
func TestLargeStream(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	x := extractor(t)
	// 50 MB single text article.
	big := io.LimitReader(repeatReader("Russia attacked Ukraine. "), 50<<20)
	n := 0
	for it := range x.Extract(context.Background(), "big.txt", big) {
		n++
		if !errors.Is(it.Err, ErrTooLarge) {
			t.Errorf("50 MB text: %v, want ErrTooLarge", it.Err)
		}
	}
	if n != 1 {
		t.Errorf("50 MB text gave %d items", n)
	}
	// A 6 MB JSONL line between good ones: an error for that line, the others read.
	var b bytes.Buffer
	b.WriteString(`{"url":"a","text":"Russia attacked Ukraine."}` + "\n")
	b.WriteString(`{"url":"b","text":"` + strings.Repeat("x", 6<<20) + `"}` + "\n")
	b.WriteString(`{"url":"c","text":"China condemned Japan."}` + "\n")
	var got []string
	for it := range x.Extract(context.Background(), "b.jsonl", &b) {
		if it.Err != nil {
			got = append(got, fmt.Sprintf("err@%d", it.Loc.Line))
		} else {
			got = append(got, it.Doc.Article.URL)
		}
	}
	if strings.Join(got, ",") != "a,err@2,c" {
		t.Errorf("got %v, want a, an error on line 2, c", got)
	}
	// Heap stays flat over a long stream.
	pr, pw := io.Pipe()
	const records = 6000
	go func() {
		line := []byte(`{"url":"u","text":"` + strings.Repeat("Russia attacked Ukraine on Monday, officials said. ", 60) + `"}` + "\n")
		for i := 0; i < records; i++ {
			if _, err := pw.Write(line); err != nil {
				return
			}
		}
		pw.Close()
	}()
	// The heap before the stream holds the extractor's dictionaries (the
	// gazetteer's 30,000 entries above all, which BenchmarkLoad reports);
	// flat means the stream adds no more than a few articles' worth.
	var maxHeap uint64
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	before := ms.HeapAlloc
	count := 0
	for it := range x.Extract(context.Background(), "stream.jsonl", pr) {
		if it.Err != nil {
			t.Fatal(it.Err)
		}
		count++
		if count%500 == 0 {
			runtime.GC()
			runtime.ReadMemStats(&ms)
			maxHeap = max(maxHeap, ms.HeapAlloc)
		}
	}
	if count != records {
		t.Fatalf("read %d records, want %d", count, records)
	}
	t.Logf("%d records (%d MB), live heap %d MB before, at most %d MB while streaming", records, records*3/1000, before>>20, maxHeap>>20)
	if maxHeap > before+16<<20 {
		t.Errorf("max heap %d MB while streaming, %d MB before; memory is not flat", maxHeap>>20, before>>20)
	}
	if maxHeap > 96<<20 {
		t.Errorf("max heap %d MB while streaming: the dictionaries grew past what the extractor may hold", maxHeap>>20)
	}
}

type repeat struct {
	s string
	i int
}

func repeatReader(s string) io.Reader { return &repeat{s: s} }

func (r *repeat) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		c := copy(p[n:], r.s[r.i:])
		n += c
		r.i = (r.i + c) % len(r.s)
	}
	return n, nil
}
