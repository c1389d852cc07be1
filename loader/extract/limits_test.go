package extract

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/geokg/kg/loader/extract/gazetteer"
	"github.com/geokg/kg/loader/facts"
)

// evidenceCounts are the evidence items of a document by kind.
func evidenceCounts(d *facts.Document) (mentions, events, explicit, derived int) {
	for _, a := range d.Actors {
		mentions += len(a.Mentions)
	}
	for _, e := range d.Events {
		events += len(e.Evidence)
	}
	for _, s := range d.Stances {
		if s.Kind == facts.StanceExplicit {
			explicit += len(s.Evidence)
		} else {
			derived += len(s.Evidence)
		}
	}
	return
}

// manyActors is a text of n sentences, each naming different states of the
// gazetteer: thousands of actor mentions.
func manyActors(t *testing.T, x *Extractor, n int) string {
	t.Helper()
	var names []string
	x.Gazetteer().Entries(func(e *gazetteer.Entry) bool {
		if e.Kind == facts.KindState && !strings.ContainsAny(e.Name, ".,()") {
			names = append(names, e.Name)
		}
		return true
	})
	if len(names) < 50 {
		t.Fatalf("only %d states in the gazetteer", len(names))
	}
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "%s, %s and %s signed a treaty with %s. ", names[i%len(names)], names[(i+7)%len(names)], names[(i+13)%len(names)], names[(i+29)%len(names)])
	}
	return b.String()
}

// Pathological articles are cut at a cap, and the document says where and
// which; the document stays within the caps and valid.
func TestPathologicalArticlesAreCutVisibly(t *testing.T) {
	x := extractor(t)
	sentence := "Presiden Rusia Vladimir Putin bertemu Presiden China Xi Jinping di Moskow dan menyatakan Korea Utara adalah sekutu Rusia. "
	lim := DefaultLimits()
	v, err := facts.NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		text string
		want []string // in the warnings
	}{
		{"huge repeated sentence", strings.Repeat(sentence, (2<<20)/len(sentence)), []string{"truncated", "limit MaxMentions", "nothing after it was read"}},
		{"one giant sentence without punctuation", strings.Repeat("Rusia dan China bekerja sama dengan Korea Utara ", 20000), []string{"without a sentence end were cut", "limit MaxSentenceBytes", "truncated", "limit MaxEvidence"}},
		{"thousands of actor mentions", manyActors(t, x, 2000), []string{"truncated", "limit MaxMentions"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := x.Article(context.Background(), Input{Text: tt.text, URL: "https://example.org/hostile"})
			if err != nil {
				t.Fatal(err)
			}
			w := strings.Join(doc.Warnings, "\n")
			for _, s := range tt.want {
				if !strings.Contains(w, s) {
					t.Errorf("warnings %q lack %q", doc.Warnings, s)
				}
			}
			m, ev, ex, der := evidenceCounts(doc)
			// A cap is checked before each sentence: one sentence may go past it.
			if m > lim.MaxMentions+50 || ev+ex > lim.MaxEvidence+50 || der > ev {
				t.Errorf("document holds %d mentions, %d event and %d explicit stance evidence, %d derived: over the caps", m, ev, ex, der)
			}
			if err := facts.DefaultLimits().CheckLimits(doc); err != nil {
				t.Errorf("the extractor wrote a document over the facts caps: %v", err)
			}
			if p := facts.Check(doc); len(p) > 0 {
				t.Errorf("invalid document: %v", p)
			}
			raw, _ := json.Marshal(doc)
			if len(raw) > 4<<20 {
				t.Errorf("document is %d bytes", len(raw))
			}
			if _, err := v.Decode(raw); err != nil {
				t.Errorf("the validator refuses the document: %.300v", err)
			}
		})
	}
}

// Caps are configurable, and a real article stays well inside the defaults.
func TestLimitsAreConfigurable(t *testing.T) {
	x, err := New(Options{Limits: Limits{MaxMentions: 5, MaxSentenceBytes: 200}})
	if err != nil {
		t.Fatal(err)
	}
	doc, err := x.Article(context.Background(), Input{Text: manyActors(t, x, 20)})
	if err != nil {
		t.Fatal(err)
	}
	if m, _, _, _ := evidenceCounts(doc); m > 5+4 || !strings.Contains(strings.Join(doc.Warnings, " "), "cap of 5 actor mentions") {
		t.Errorf("%d mentions, warnings %q", m, doc.Warnings)
	}
	long := strings.Repeat("kata ", 100) + "Rusia menyerang Ukraina."
	doc, err = x.Article(context.Background(), Input{Text: long})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(strings.Join(doc.Warnings, " "), "longer than 200 bytes") {
		t.Errorf("warnings %q", doc.Warnings)
	}

	small, err := New(Options{Limits: Limits{MaxBytes: 100}})
	if err != nil {
		t.Fatal(err)
	}
	_, err = small.Article(context.Background(), Input{Text: strings.Repeat("Rusia menyerang Ukraina. ", 10)})
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "cap of 100") || !strings.Contains(err.Error(), "MaxBytes") {
		t.Errorf("over MaxBytes: %v", err)
	}
	var n int
	for it := range small.Extract(context.Background(), "big.txt", strings.NewReader(strings.Repeat("x ", 100))) {
		n++
		if it.Err == nil || !strings.Contains(it.Err.Error(), "big.txt: document 1 (line 1): article is 101 bytes or more, more than the cap of 100") {
			t.Errorf("stream over MaxBytes: %v", it.Err)
		}
	}
	if n != 1 {
		t.Errorf("%d items", n)
	}

	sample, err := os.ReadFile("../../testdata/articles/kompastv-2023-06-25-korut-wagner.id.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc, err = extractor(t).Article(context.Background(), Input{Text: string(sample)})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Warnings) > 0 {
		t.Errorf("the sample article got warnings: %q", doc.Warnings)
	}
}

// A boilerplate-only or empty article is refused: nothing to store.
func TestNoStoryTextIsRefused(t *testing.T) {
	x := extractor(t)
	tests := []struct{ name, text string }{
		{"related links only", "Baca Juga: Putin Bertemu Kim Jong Un\nBaca juga: Wagner Mundur dari Rostov\n"},
		{"byline and links", "Penulis: Redaksi\nEditor: Budi\nBaca Juga: Rusia dan Korea Utara\n"},
		{"english related and follow", "Read also: Russia and China sign a deal\nFollow us on Twitter for more news\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := x.Article(context.Background(), Input{Text: tt.text})
			if !errors.Is(err, ErrNoContent) || !strings.Contains(err.Error(), "boilerplate") {
				t.Errorf("err = %v, want ErrNoContent naming boilerplate", err)
			}
		})
	}
	doc, err := x.Article(context.Background(), Input{Text: "Baca Juga: Putin Bertemu Kim\nRusia menyerang Ukraina pada Februari 2022.\n"})
	if err != nil || doc == nil {
		t.Errorf("a story with a related link refused: %v", err)
	}
}

// A date in the metadata that is not a date is an error naming where it
// was given, never silently dropped.
func TestBadMetadataDatesAreErrors(t *testing.T) {
	x := extractor(t)
	body := "Rusia menyerang Ukraina pada Februari 2022.\n"
	html := func(meta string) string {
		return `<html><head><meta property="article:published_time" content="` + meta + `"><title>T</title></head><body><article><p>` + strings.Repeat(body, 5) + `</p></article></body></html>`
	}
	tests := []struct {
		name, file, input string
		want              []string // in the error; nil: no error
	}{
		{"front matter published", "a.md", "---\ntitle: T\npublished: \"2023-13-45\"\n---\n" + body, []string{"a.md: document 1 (line 1)", `front matter field "published"`, `"2023-13-45" is not a date`}},
		{"front matter date", "a.txt", "---\ndate: 2023-02-30\n---\n" + body, []string{`front matter field "date"`, "2023-02-30"}},
		{"JSON Lines record", "b.jsonl", `{"url":"u1","text":"` + strings.TrimSpace(body) + `","published":"2023-06-25"}` + "\n" + `{"url":"u2","text":"` + strings.TrimSpace(body) + `","published":"kemarin"}` + "\n", []string{"b.jsonl: document 2 (line 2)", `field "published"`, `"kemarin" is not a date`}},
		{"HTML meta", "c.html", html("2023-13-45T10:00:00Z"), []string{"c.html: document 1 (line 1)", "HTML metadata", "published time"}},
		{"good front matter", "d.md", "---\npublished: 2023-06-25\n---\n" + body, nil},
		{"written date", "e.md", "---\npublished: 25 Juni 2023\n---\n" + body, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var errs []string
			for it := range x.Extract(context.Background(), tt.file, strings.NewReader(tt.input)) {
				if it.Err != nil {
					errs = append(errs, it.Err.Error())
				} else if it.Doc.Article.Published == "" {
					t.Errorf("%s: loaded without its date", it.Loc)
				}
			}
			if tt.want == nil {
				if len(errs) > 0 {
					t.Errorf("errors: %q", errs)
				}
				return
			}
			if len(errs) != 1 {
				t.Fatalf("errors %q, want one", errs)
			}
			for _, w := range tt.want {
				if !strings.Contains(errs[0], w) {
					t.Errorf("error %q lacks %q", errs[0], w)
				}
			}
		})
	}
}

// An article longer than findWindowAll is scanned for gazetteer names a
// window of sentences at a time: every name inside a sentence is found as
// a scan of the whole text finds it.
func TestFindWindowsAgreeWithWholeText(t *testing.T) {
	x := extractor(t)
	sample, err := os.ReadFile("../../testdata/articles/kompastv-2023-06-25-korut-wagner.id.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Repeat(string(sample)+"\n", findWindowAll/len(sample)*2)
	if len(text) <= findWindowAll {
		t.Fatalf("text of %d bytes is not windowed", len(text))
	}
	r := x.newRun(context.Background(), text, x.packFor("id"))
	r.scratch = newScratch().(*scratch)
	r.work = gazetteer.AppendFold(nil, text)
	r.c = cleanMax(text, r.work, nil, r.p, x.packList, x.boiler, maxSentence)
	inSentence := func(ms []gazetteer.Match) map[gazetteer.Match]bool {
		out := map[gazetteer.Match]bool{}
		for _, m := range ms {
			for _, st := range r.c.sents { // small enough to search
				if m.Start >= st.s && m.End <= st.e {
					out[m] = true
					break
				}
			}
		}
		return out
	}
	whole := inSentence(x.gaz.Find(text, r.c.work, nil))
	var windowed []gazetteer.Match
	windows := 0
	for si := 0; si < len(r.c.sents); windows++ {
		ms, end := r.findWindow(si)
		if end <= si {
			t.Fatalf("window from sentence %d ends at %d", si, end)
		}
		windowed = append(windowed, ms...)
		si = end
	}
	if windows < 4 {
		t.Errorf("%d windows", windows)
	}
	got := inSentence(windowed)
	if len(whole) == 0 || len(got) != len(whole) {
		t.Fatalf("windows found %d names in sentences, the whole text %d", len(got), len(whole))
	}
	for m := range whole {
		if !got[m] {
			t.Errorf("windows miss %q at %d", text[m.Start:m.End], m.Start)
		}
	}
}

// What the extractor writes always passes the facts validator, clean-text
// rule included: control characters in an article are blanked, offsets
// keep their meaning, and a URL with control characters is refused.
func TestExtractedDocumentsAreClean(t *testing.T) {
	x := extractor(t)
	v, err := facts.NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		in   Input
		err  string // "" for a document
	}{
		{"form feed and escape in the text", Input{Text: "Rusia\x0c menyerang \x1b[1mUkraina\x1b[0m pada Februari 2022.\nKorea Utara adalah sekutu Rusia.\x07"}, ""},
		{"C1 control in the text", Input{Text: "Rusia menyerang\u0085Ukraina pada Februari 2022. Korea Utara sekutu Rusia."}, ""},
		{"controls in title and source", Input{Text: "Rusia menyerang Ukraina.", Title: "Perang\tdi\nUkraina\x01", Source: "Kompas\x7fTV"}, ""},
		{"control in the URL", Input{Text: "Rusia menyerang Ukraina.", URL: "https://example.org/a\x01b"}, `field "url"`},
		{"space in the URL", Input{Text: "Rusia menyerang Ukraina.", URL: "https://example.org/a b"}, `field "url"`},
		{"language that is no code", Input{Text: "---\nlang: 0\n---\nRusia menyerang Ukraina."}, `field "lang": "0" is not a language code`},
		{"language with an underscore", Input{Text: "Rusia menyerang Ukraina.", Lang: "id_ID"}, ""},
		{"HTML lang attribute that is no code", Input{Text: `<html lang="bahasa indonesia"><body><article><p>Rusia menyerang Ukraina pada Februari 2022. Korea Utara adalah sekutu Rusia.</p></article></body></html>`, Format: "html"}, ""},
		{"long title", Input{Text: "Rusia menyerang Ukraina.", Title: strings.Repeat("Judul ", 300)}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := x.Article(context.Background(), tt.in)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			raw, err := json.Marshal(doc)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := v.Decode(raw); err != nil {
				t.Errorf("the validator refuses the extractor's document: %v", err)
			}
			if strings.HasPrefix(tt.in.Title, "Judul") && (len(doc.Article.Title) > 1000 || !strings.Contains(strings.Join(doc.Warnings, " "), "title was 1799 characters long")) {
				t.Errorf("long title: %d bytes, warnings %q", len(doc.Article.Title), doc.Warnings)
			}
			text := scrub(tt.in.Text, true)
			if tt.in.Format == "html" { // offsets are in the rendered text
				return
			}
			for _, a := range doc.Actors {
				for _, m := range a.Mentions {
					if text[m.Start:m.End] != m.Sentence {
						t.Errorf("offsets %d..%d give %q, sentence %q", m.Start, m.End, text[m.Start:m.End], m.Sentence)
					}
				}
			}
		})
	}
}

// TestHasControl checks the byte scan of scrub against the rune loop it
// replaces, on every pair of bytes after an ASCII letter and on random
// strings (valid UTF-8 or not).
func TestHasControl(t *testing.T) {
	slow := func(s string, text bool) bool {
		for _, r := range s {
			if isControl(r) && !(text && (r == '\t' || r == '\n' || r == '\r')) {
				return true
			}
		}
		return false
	}
	var in []string
	for a := 0; a < 256; a++ {
		for b := 0; b < 256; b++ {
			in = append(in, string([]byte{'x', byte(a), byte(b)}))
		}
	}
	// every byte at every place of a printable run (the eight-byte scan),
	// and 0xC2 before every byte
	for v := 0; v < 256; v++ {
		for pos := 0; pos < 17; pos++ {
			b := []byte("abcdefghij klmnopq")
			b[pos] = byte(v)
			in = append(in, string(b))
			b[pos+1] = byte(v)
			b[pos] = 0xc2
			in = append(in, string(b))
		}
	}
	rnd := rand.New(rand.NewSource(1))
	alphabet := []byte{'a', ' ', '\t', '\n', '\r', 0x01, 0x7f, 0xc2, 0x80, 0x9f, 0xa0, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0xff}
	for k := 0; k < 20000; k++ {
		b := make([]byte, rnd.Intn(24))
		for i := range b {
			b[i] = alphabet[rnd.Intn(len(alphabet))]
		}
		in = append(in, string(b))
	}
	for _, text := range []bool{false, true} {
		for _, s := range in {
			if got, want := hasControl(s, text), slow(s, text); got != want {
				t.Fatalf("hasControl(%q, %v) = %v, want %v", s, text, got, want)
			}
		}
	}
}

// TestScanText compares scanText's one pass with the checks it replaces
// (strings.IndexByte for NUL, utf8.ValidString, hasControl of a text) on
// every pair of bytes after fifteen ASCII letters (so that the pair meets
// the sixteen-byte loop's edge) and on random strings, valid UTF-8 or not.
func TestScanText(t *testing.T) {
	var in []string
	for a := 0; a < 256; a++ {
		for b := 0; b < 256; b += 3 {
			for _, pre := range []string{"", "abcdefghijklmno", "abcdefghijklmnopqrstuvwxyz012345678"} {
				in = append(in, pre+string([]byte{byte(a), byte(b)})+"xyz", pre+string([]byte{byte(a), byte(b)}))
			}
		}
	}
	rnd := rand.New(rand.NewSource(2))
	alphabet := []byte{'a', ' ', '~', '\t', '\n', '\r', 0, 0x01, 0x1f, 0x7f, 0xc2, 0x80, 0x9f, 0xa0, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0xff, 0xed, 0xc0}
	for k := 0; k < 30000; k++ {
		b := make([]byte, rnd.Intn(48))
		for i := range b {
			b[i] = 'a' + byte(rnd.Intn(26))
			if rnd.Intn(6) == 0 {
				b[i] = alphabet[rnd.Intn(len(alphabet))]
			}
		}
		in = append(in, string(b))
	}
	for _, s := range in {
		want := textScan{nul: strings.IndexByte(s, 0) >= 0, invalid: !utf8.ValidString(s), control: hasControl(s, true)}
		if got := scanText(s); got != want {
			t.Fatalf("scanText(%q) = %+v, want %+v", s, got, want)
		}
	}
}
