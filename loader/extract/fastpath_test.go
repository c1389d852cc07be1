package extract

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/geokg/kg/loader/extract/gazetteer"
	"github.com/geokg/kg/loader/facts"
)

// The tests of this file check the fast paths that keep Article quick
// (see README, Speed) against the straightforward code they replace, on
// the benchmark's articles and on random text full of the cases the fast
// paths treat apart: non-ASCII letters and spaces, case folding, marks,
// digits, short lines.

// mutate returns s with about one rune in ten replaced, removed or doubled,
// from a set of troublesome runes.
func mutate(rng *rand.Rand, s string) string {
	odd := []rune("-.,'’()\"“”_/:;!?… \t\n\v\f\rAaZz09ÀéÜßİıſKΩ\u00a0\u2014\u2013#*[]>")
	var b strings.Builder
	for _, r := range s {
		switch rng.Intn(30) {
		case 0:
			b.WriteRune(odd[rng.Intn(len(odd))])
		case 1:
		case 2:
			b.WriteRune(r)
			b.WriteRune(odd[rng.Intn(len(odd))])
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// testTexts is the benchmark's articles and mutations of them.
func testTexts(tb testing.TB, n int) []string {
	rng := rand.New(rand.NewSource(1))
	var out []string
	for _, in := range benchCorpus(tb, 32) {
		out = append(out, in.Text, strings.ToUpper(in.Text))
		for k := 0; k < n; k++ {
			out = append(out, mutate(rng, in.Text))
		}
	}
	return out
}

// cleanFor cleans text for pack p as an article's run does (folded, with
// the extractor's packs and boilerplate rules): the sentences the fast-path
// tests walk.
func cleanFor(x *Extractor, p *pack, text string) *cleaned {
	return clean(text, gazetteer.AppendFold(nil, text), nil, p, x.packList, x.boiler)
}

func TestTokenizeFastPaths(t *testing.T) {
	x := extractor(t)
	for _, text := range testTexts(t, 4) {
		for _, p := range x.packList {
			c := cleanFor(x, p, text)
			for i := range c.sents {
				got := c.tokenize(&c.sents[i], nil)
				want := c.tokenizeReference(&c.sents[i], nil)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("tokens of %q differ", text[c.sents[i].s:c.sents[i].e])
				}
			}
		}
	}
}

// TestASCIIWords checks tokenize, whose common case is read by
// asciiWords, against tokenizeReference on random text made for the edges
// of that case: words of the packs' vocabulary (hits of every length, in
// three cases) and random runs of ASCII word bytes of 1 to 18 bytes, with
// '_' first or inside, between every kind of separator (the joiners, the
// possessive, bytes outside ASCII, doubled spaces); tokenized as the
// sentences of clean and as random spans, ending within a word, a
// separator or sixteen bytes of the end of the text.
func TestASCIIWords(t *testing.T) {
	x := extractor(t)
	rng := rand.New(rand.NewSource(37))
	seps := []string{" ", " ", " ", "  ", "-", ".", ",", "/", "'", "’", "\n", "é", "(", ")", "\"", "”", ". ", ", ", "'s ", "’s ", "_", " \u00a0", "\t", " “", "…", "1", "-1", "-é", ".É", ",é", "/é", "'é", "-١", ",١", "/١", "._", "-_", "-क", ".क"}
	const wordBytes = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
	for _, p := range x.packList {
		var vocab []string
		for w := range p.lex {
			vocab = append(vocab, w)
		}
		for w := range p.lex2 {
			vocab = append(vocab, w)
		}
		slices.Sort(vocab)
		for n := 0; n < 3000; n++ {
			var b strings.Builder
			for k := rng.Intn(40); k >= 0; k-- {
				switch rng.Intn(3) {
				case 0:
					w := vocab[rng.Intn(len(vocab))]
					switch rng.Intn(3) {
					case 1:
						w = strings.ToUpper(w)
					case 2:
						r, size := utf8.DecodeRuneInString(w)
						w = string(unicode.ToUpper(r)) + w[size:]
					}
					b.WriteString(w)
				default:
					for m := 1 + rng.Intn(18); m > 0; m-- {
						b.WriteByte(wordBytes[rng.Intn(len(wordBytes))])
					}
				}
				b.WriteString(seps[rng.Intn(len(seps))])
			}
			text := b.String()
			c := cleanFor(x, p, text)
			spans := slices.Clone(c.sents)
			for k := 0; k < 8; k++ {
				s, e := rng.Intn(len(text)), rng.Intn(len(text)+1)
				if k == 0 {
					e = len(text) - rng.Intn(min(len(text), 17)+1)
				}
				for s > 0 && !utf8.RuneStart(text[s]) {
					s--
				}
				for e < len(text) && !utf8.RuneStart(text[e]) {
					e++
				}
				if s < e {
					spans = append(spans, sentence{s: s, e: e})
				}
			}
			for i := range spans {
				got := c.tokenize(&spans[i], nil)
				want := c.tokenizeReference(&spans[i], nil)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("%s: tokens of %q differ:\n got %+v\nwant %+v", p.lang, text[spans[i].s:spans[i].e], got, want)
				}
			}
		}
	}
}

// TestLexTable compares the tokenizer's word tables (lextable.go) with the
// maps they are built from, and the trigger set a token records with the
// look-ups matchTrigger made before (the key, else the key less a clitic).
func TestLexTable(t *testing.T) {
	x := extractor(t)
	for _, p := range x.packList {
		t.Run(p.lang, func(t *testing.T) {
			words := []string{"", "x", strings.Repeat("a", 70000)}
			for _, lex := range []map[string]uint64{p.lex, p.lex2} {
				for w := range lex {
					words = append(words, w, w+"x", w[:len(w)-1])
				}
			}
			for _, text := range testTexts(t, 1) {
				words = append(words, strings.Fields(strings.ToLower(text))...)
			}
			for _, w := range words {
				if got, want := get(p.lexT, w), p.lexRef(w); got != want {
					t.Fatalf("lexT[%q] = %+v, want %+v", w, got, want)
				}
				if got, want := get(p.lexT, []byte(w)), p.lexRef(w); got != want {
					t.Fatalf("lexT[[]byte(%q)] = %+v, want %+v", w, got, want)
				}
				// getSpan: the word at the end of a text, and inside one
				// (its bytes are read past its end).
				want := p.lexRef(w)
				for _, pad := range []string{"", "a", "abcdefgh"} {
					s := pad + w
					if got := getSpan(p.lexT, []byte(s), len(pad), len(s)); got != want {
						t.Fatalf("getSpan(%q at the end) = %+v, want %+v", w, got, want)
					}
					s = pad + w + " abcdefghijk"
					if got := getSpan(p.lexT, []byte(s), len(pad), len(pad)+len(w)); got != want {
						t.Fatalf("getSpan(%q inside) = %+v, want %+v", w, got, want)
					}
				}
			}
		})
	}
	for w, want := range x.vocab {
		if got := get(x.vocabT, w); got != want {
			t.Fatalf("vocabT[%q] = %b, want %b", w, got, want)
		}
	}
	for _, w := range []string{"", "zzzz", "qwertyuiop"} {
		if got := get(x.vocabT, w); got != x.vocab[w] {
			t.Fatalf("vocabT[%q] = %b, want %b", w, got, x.vocab[w])
		}
	}
}

// lexRef is the lexVal of w by the maps: its flags, and the trigger set of
// the word or of the word less a clitic.
func (p *pack) lexRef(w string) lexVal {
	v := lexVal{lx: p.lex[w], lx2: p.lex2[w]}
	if v.lx&lxTrigger == 0 {
		return v
	}
	ts, clitic := p.trigIdx[w], false
	if ts == nil {
		for _, c := range p.clitics {
			if strings.HasSuffix(w, c) && len(w) > len(c)+2 {
				if ts = p.trigIdx[w[:len(w)-len(c)]]; ts != nil {
					clitic = true
					break
				}
			}
		}
	}
	for i, s := range p.trigSets {
		if s == ts {
			v.trig, v.clitic = int32(i+1), clitic
		}
	}
	return v
}

// TestBoilerPrefilter compares boilerSet.kind, which skips the rules a
// line cannot match by its first byte and word, with trying every rule.
func TestBoilerPrefilter(t *testing.T) {
	x := extractor(t)
	lines := []string{"", " ", "Baca juga: x", "  BACA JUGA : x", "\tsimak juga: x", "ſimak juga: x", "Sumber : Antara",
		"Read more: x", "READ  MORE:", "Reporting by Staff; Editing by Desk", "Follow us on X for the latest news.",
		"Gabung ke Channel WhatsApp Kompas.com", "© 2023", "(Foto: Reuters)", "Kredit foto: AP", "Our standards: The Thomson",
		"Recommended: x", "related: y", "Related stories", "Photo: AP", "by: x", "By John", "Penulis: A", "pewarta: B",
		"Picture: x", "IMAGE : y", "File photo: z", "Sources: x", "Written by: x", "Sign up for x", "Subscribe now", "Sumber berita: x",
		"Dapatkan update berita terbaru di WhatsApp", "Download aplikasi x", "Also read: x", "See also: y", "More on this: z",
		"Additional reporting by x", "Writing by x", "Join our channel", "Like us on Facebook", "Share this", "Click here",
		"Get the latest", "President said", "Pictures: x", "Simak berita", "Penyunting: x", "Redaktur: x", "Kontributor: x",
		"Keterangan foto: x", "Ilustrasi: x", "Video: x", "Unduh aplikasi", "Ikuti kami di Instagram", "Bergabung di Telegram",
		"Follow us on WhatsApp", "Ikuti kami di GOOGLE NEWS", "ikuti UPDATE terbaru", "Gabung sekarang", "Simak Berita lainnya",
		"Simak video berikut", "(Foto: Antara)", "(FOTO : Reuters)", "Baca pula: x", "Berita Terkait: y", "Lihat juga", "Lihat  JUGA:",
		"Dapatkan berita terbaru", "Download the app on YouTube", "Follow us on X for the latest news.", "Unduh aplikasi ſ", "Follow Kompas.tv", "Ikuti kami di Inſtagram", "Simak \u212Aompas video"}
	// Every line above in upper case, and with one rune replaced, dropped
	// or doubled (ſ and K fold to s and k).
	rng := rand.New(rand.NewSource(2))
	for _, l := range lines[:len(lines):len(lines)] {
		lines = append(lines, strings.ToUpper(l))
		for k := 0; k < 20; k++ {
			lines = append(lines, mutate(rng, l))
		}
	}
	for _, text := range testTexts(t, 2) {
		lines = append(lines, strings.Split(text, "\n")...)
	}
	for _, line := range lines {
		want := ""
		for _, b := range x.boiler.rules {
			if b.re.MatchString(line) {
				want = b.kind
				break
			}
		}
		if got := x.boiler.kind(line); got != want {
			t.Errorf("kind(%q) = %q, want %q", line, got, want)
		}
	}
}

// TestAnchoredWords checks that the words a boilerplate line must start
// with are whole words where the pattern's literals allow, not the prefix
// the parser factors out ("p" of "photo|picture").
func TestAnchoredWords(t *testing.T) {
	tests := []struct {
		name, pattern string
		want          []string
	}{
		{"factored", `(?i)^\s*(photo|picture|image)\s*[:：]`, []string{"photo", "picture", "image"}},
		{"nested", `(?i)^\s*(read also|read more|related)\s*[:：]`, []string{"read also", "read more", "related"}},
		{"optional tail", `(?i)^\s*(source|sources)\s*[:：]`, []string{"source", "sources"}},
		{"then a class", `(?i)^\s*(baca|lihat)\s+juga`, []string{"baca", "lihat"}},
		{"not ASCII", `(?i)^\s*(copyright|©)`, nil},
		{"not anchored", `(?i)(photo|picture)`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := anchoredWords(tt.pattern)
			slices.Sort(got)
			want := slices.Clone(tt.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("anchoredWords(%q) = %q, want %q", tt.pattern, got, want)
			}
		})
	}
}

// TestRequiredWords checks the word lists a boilerplate line must hold
// somewhere: the literal alternatives among the pattern's parts.
func TestRequiredWords(t *testing.T) {
	tests := []struct {
		name, pattern string
		want          [][]string
	}{
		{"after a repetition", `(?i)^\s*(follow|ikuti)\b.{0,80}\b(whatsapp|google news)`, [][]string{{"whatsapp", "google news"}}},
		{"two parts", `(?i)^\s*(baca)\s+(juga|pula)\s+(ya)`, [][]string{{"juga", "pula"}, {"ya"}}},
		{"an empty alternative", `(?i)^\s*(baca)\s+(juga|)x`, [][]string{{"x"}}},
		{"only classes", `(?i)^\s*(sumber)\s*[:：]`, nil},
		{"not anchored", `(?i)(follow)\s+(us)`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := requiredWords(tt.pattern); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("requiredWords(%q) = %q, want %q", tt.pattern, got, tt.want)
			}
		})
	}
}

// TestDatelineCut checks that the dateline found in the first words of a
// text is the one found in the whole text, on random datelines.
func TestDatelineCut(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	pieces := []string{"WASHINGTON", "U.S.", "KYIV-", "A", "KOMPAS.com", "Reuters", "Jakarta", "Ukraine", "x9.", ",", "(", ")",
		"(Reuters)", "(AP)", "-", "--", "–", "—", "’", ".", "a b c", "Zz", "ANTARA", "25/6/2023", "(26/6/2023)", "25,", "2023", "Senin"}
	spaces := []string{" ", "  ", "\t", "\n", "\f", "\r", "\v", "\u00a0", ""}
	for k := 0; k < 30000; k++ {
		var b strings.Builder
		for i := rng.Intn(45); i > 0; i-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
			b.WriteString(spaces[rng.Intn(len(spaces))])
		}
		b.WriteString("Presiden Rusia bertemu.")
		s := b.String()
		full := datelineRe.FindStringSubmatchIndex(s)
		if cut := datelineRe.FindStringSubmatchIndex(s[:datelineCut(s)]); !reflect.DeepEqual(full, cut) {
			t.Fatalf("%q: dateline %v in the first words, %v in the text", s, cut, full)
		}
	}
}

func TestDateFormat(t *testing.T) {
	for d := time.Date(1899, 12, 1, 0, 0, 0, 0, time.UTC); d.Year() < 2102; d = d.AddDate(0, 0, 1) {
		if got, want := isoDay(d), d.Format("2006-01-02"); got != want {
			t.Fatalf("isoDay = %s, want %s", got, want)
		}
	}
	for y := 1895; y < 2105; y += 3 {
		for m := 0; m <= 13; m++ {
			for d := 0; d <= 32; d++ {
				got, ok := mkDate(y, m, d)
				tm := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
				valid := validYear(y) && m >= 1 && m <= 12 && d >= 1 && tm.Day() == d
				if ok != valid || ok && got != tm.Format("2006-01-02") {
					t.Fatalf("mkDate(%d, %d, %d) = %q, %v", y, m, d, got, ok)
				}
			}
		}
	}
}

func TestSplitFastPaths(t *testing.T) {
	x := extractor(t)
	for _, text := range testTexts(t, 4) {
		for _, line := range strings.Split(text, "\n") {
			for _, p := range x.packList {
				got, want := &cleaned{text: line}, &cleaned{text: line}
				got.splitSentences(0, len(line), p, true)
				want.splitReference(0, len(line), p, true)
				if !reflect.DeepEqual(got.sents, want.sents) {
					t.Fatalf("sentences of %q differ", line)
				}
			}
		}
	}
}

// TestArena checks that slices from an arena never overwrite each other,
// and that reset clears what the arena held.
func TestArena(t *testing.T) {
	var a arena[int]
	var lists, want [][]int // want: the lists made with append
	rng := rand.New(rand.NewSource(4))
	for n := 0; n < 3000; n++ {
		switch k := rng.Intn(len(lists) + 1); {
		case k == len(lists):
			lists, want = append(lists, a.one(n)), append(want, []int{n})
		case rng.Intn(3) == 0:
			lists[k], want[k] = a.appendTo(lists[k], n), append(want[k], n)
		case rng.Intn(2) == 0:
			lists[k], want[k] = a.prepend(n, lists[k]), append([]int{n}, want[k]...)
		default:
			lists, want = append(lists, a.two(n, 1e6+n)), append(want, []int{n, 1e6 + n})
		}
		*a.ptr(-1) = -2 // a pointer's value must not land in a list
	}
	for k := range lists {
		if !slices.Equal(lists[k], want[k]) {
			t.Fatalf("list %d = %v, want %v", k, lists[k], want[k])
		}
	}
	seen := map[int]bool{}
	for _, l := range lists {
		for _, v := range l {
			if seen[v] || v < 0 {
				t.Fatalf("value %d twice or from a pointer", v)
			}
			seen[v] = true
		}
	}
	a.reset()
	for _, c := range a.chunks {
		if len(c) != 0 || slices.ContainsFunc(c[:cap(c)], func(v int) bool { return v != 0 }) {
			t.Fatal("reset left values")
		}
	}
}

// splitReference is splitSentences without its fast paths (as of 1.1.0).
func (c *cleaned) splitReference(start, end int, p *pack, lead bool) {
	text := c.text
	s := start
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += n
			continue
		}
		j := i + n
		for j < end {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if r2 == '.' || r2 == '!' || r2 == '?' || isClosingQuote(r2) {
				j += n2
				continue
			}
			break
		}
		if j < end {
			r2, _ := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsSpace(r2) {
				i = j
				continue
			}
		}
		// Next non-space rune must be able to start a sentence.
		k := j
		for k < end {
			r2, n2 := utf8.DecodeRuneInString(text[k:])
			if !unicode.IsSpace(r2) {
				break
			}
			k += n2
		}
		if k < end {
			r2, _ := utf8.DecodeRuneInString(text[k:])
			if !(unicode.IsUpper(r2) || unicode.IsDigit(r2) || strings.ContainsRune("\"“‘'(«[", r2)) {
				i = j
				continue
			}
		}
		if r == '.' && c.abbrevBefore(i, start, p) {
			i = j
			continue
		}
		c.addSentence(s, j, lead)
		s = j
		i = j
	}
	c.addSentence(s, end, lead)
}

// tokenizeReference is tokenize without its fast paths (as of 1.1.0).
func (c *cleaned) tokenizeReference(st *sentence, buf []token) []token {
	text, work := c.text, c.work
	toks := buf
	i := st.s
	for i < st.e {
		r, n := utf8.DecodeRune(work[i:])
		if unicode.IsSpace(r) || r == utf8.RuneError && n <= 1 {
			i += max(n, 1)
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			j := i + n
			for j < st.e {
				r2, n2 := utf8.DecodeRune(work[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || r2 == '_' {
					j += n2
					continue
				}
				// Inner hyphen, apostrophe of "Jum'at", dots of "U.S." and
				// digit separators: keep inside the word.
				if (r2 == '-' || r2 == '.' || r2 == '/' || r2 == ',' || r2 == '\'' || r2 == '’') && j+n2 < st.e {
					r3, _ := utf8.DecodeRune(work[j+n2:])
					if (r2 == '\'' || r2 == '’') && (r3 == 's' || r3 == 'S') {
						// possessive 's ends the word
						if k := j + n2 + 1; k >= st.e || !isLetterAt(work, k) {
							break
						}
					}
					if r2 == ',' && !(unicode.IsDigit(r3) && isDigitBefore(work, j)) {
						break
					}
					if r2 == '/' && !(unicode.IsDigit(r3) && isDigitBefore(work, j)) {
						break
					}
					if r2 == '.' && !(unicode.IsLetter(r3) && utf8.RuneCount(work[i:j]) <= 3 || unicode.IsDigit(r3) && isDigitBefore(work, j)) {
						// "U.S." yes, "Kompas.tv" no
						break
					}
					if unicode.IsLetter(r3) || unicode.IsDigit(r3) {
						j += n2
						continue
					}
				}
				break
			}
			// A dotted acronym keeps its final dot: "U.S."
			if j < st.e && work[j] == '.' && strings.Contains(string(work[i:j]), ".") && utf8.RuneCount(work[i:j]) <= 5 {
				j++
			}
			cr, _ := utf8.DecodeRuneInString(text[i:])
			low := c.ws[i:j]
			v := c.p.lexRef(low)
			lx2 := v.lx2
			if v.lx == 0 && v.trig == 0 {
				if f := foldMarks(low); f != low {
					v = c.p.lexRef(f) // "Álvaro" as "alvaro"
				}
			}
			toks = append(toks, token{s: i, e: j, low: low, raw: text[i:j], cap: unicode.IsUpper(cr), lx: v.lx, lx2: lx2, trig: v.trig, trigClitic: v.clitic})
			i = j
			continue
		}
		if (r == '\'' || r == '’') && i+n < st.e && (work[i+n] == 's') && (i+n+1 >= st.e || !isLetterAt(work, i+n+1)) {
			toks = append(toks, token{s: i, e: i + n + 1, low: "'s", raw: text[i : i+n+1], punct: true, lx: c.p.lex["'s"], lx2: c.p.lex2["'s"]})
			i += n + 1
			continue
		}
		low := c.ws[i : i+n]
		v := c.p.lexRef(low)
		toks = append(toks, token{s: i, e: i + n, low: low, raw: text[i : i+n], punct: true, lx: v.lx, lx2: v.lx2, trig: v.trig, trigClitic: v.clitic})
		i += n
	}
	return toks
}

// TestLexFlags checks the flags that stand for map look-ups in the rules
// against the maps: the word lists, the classes of trigger patterns, and
// lxTrigNext, which must be set on every word trigSet.candidates would
// find in some set's byNext (itself, its singular or its stem before a
// clitic).
func TestLexFlags(t *testing.T) {
	x := extractor(t)
	for _, p := range x.packList {
		t.Run(p.lang, func(t *testing.T) {
			words := []string{"troops", "forces", "talks", "parties", "agreement", "its", "and"}
			for w := range p.lex {
				words = append(words, w, w+"s", w+"es", w+"nya")
			}
			for _, text := range testTexts(t, 1) {
				words = append(words, strings.Fields(strings.ToLower(text))...)
			}
			sets := []struct {
				name string
				s    set
				bit  uint64
			}{
				{"coord", p.coord, lxCoord}, {"sectorFirst", p.sectorFirst, lxSectorFirst},
				{"unreal", p.mod.unreal, lxUnreal}, {"planned", p.mod.planned, lxPlanned}, {"comp", p.mod.comp, lxComp},
			}
			for name, ix := range map[string]*phraseIndex{
				"hedges": &p.hedges, "denials": &p.denials, "stances": &p.stances, "titles": &p.titles,
				"metonyms": &p.metonyms, "missions": &p.missions, "bodies": &p.bodies, "pairs": &p.pairs,
			} {
				if ix.fbit == 0 {
					t.Fatalf("phrase index %s has no flag for its first words", name)
				}
				firsts := set{}
				for w := range ix.first {
					firsts[w] = true
				}
				sets = append(sets, struct {
					name string
					s    set
					bit  uint64
				}{"first words of " + name, firsts, ix.fbit})
			}
			for name, s := range p.classes {
				bit := p.classBit(name)
				if bit == 0 {
					t.Fatalf("class %s has no flag", name)
				}
				sets = append(sets, struct {
					name string
					s    set
					bit  uint64
				}{"class " + name, s, bit})
			}
			next := set{} // the words of every set's byNext
			for _, s := range p.trigSets {
				for w, ix := range s.byNext {
					next[w] = next[w] || ix.hi > ix.lo
				}
			}
			nexts := 0
			for _, w := range words {
				lx := get(p.lexT, w).lx
				for _, s := range sets {
					if lx&s.bit != 0 != s.s[w] {
						t.Fatalf("%q: %s flag %v, in the list %v", w, s.name, lx&s.bit != 0, s.s[w])
					}
				}
				found := next[w] || next[singular(w)]
				for _, c := range p.clitics {
					if strings.HasSuffix(w, c) && len(w) > len(c) {
						found = found || next[w[:len(w)-len(c)]]
					}
				}
				if found && lx&lxTrigNext == 0 {
					t.Fatalf("%q is a next word of a trigger set without lxTrigNext", w)
				}
				if found {
					nexts++
				}
			}
			if nexts == 0 {
				t.Fatal("no next word of a trigger set among the words")
			}
		})
	}
}

// TestNearRule checks the hand matcher of the promotion pattern's shape
// (nearRule) against the regexp: the shipped patterns that have the shape
// and synthetic ones, on random ASCII lines made of their words in any
// case, word and non-word bytes, white space and newlines, and on the
// lines of the test texts.
func TestNearRule(t *testing.T) {
	x := extractor(t)
	patterns := []string{
		`(?i)^\s*(follow|ikuti)\b.{0,5}\b(whatsapp|google news|x)`,
		`(?i)^\s*(a|ab_1)\b.{0,0}\b(b|c9)`,
		`(?i)^\s*(dapat|download|d)\b.{0,12}\b(update|up)`,
	}
	shipped := 0
	for _, b := range x.boiler.rules {
		if newNearRule(b.re.String()) != nil {
			patterns = append(patterns, b.re.String())
			shipped++
		}
	}
	if shipped == 0 {
		t.Fatal("no shipped boilerplate pattern has the nearRule shape: the test reads nothing of the packs")
	}
	for _, p := range []string{`(?i)^\s*(follow)\b.{0,80}(whatsapp)`, `(?i)^\s*(follow)\b.{1,80}\b(whatsapp)`,
		`(?i)^\s*(follow)\b.*\b(whatsapp)`, `(?i)^\s*(follow )\b.{0,80}\b(whatsapp)`, `^\s*(follow)\b.{0,80}\b(whatsapp)`,
		`(?i)^\s*(follow)\b.{0,80}\b(whatsapp)x`, `(?i)\s*(follow)\b.{0,80}\b(whatsapp)`, `(?is)^\s*(follow)\b.{0,80}\b(whatsapp)`} {
		if newNearRule(p) != nil {
			t.Errorf("newNearRule(%q) is not nil", p)
		}
	}
	rng := rand.New(rand.NewSource(3))
	for _, p := range patterns {
		re := regexp.MustCompile(p)
		m := newNearRule(p)
		if m == nil {
			t.Fatalf("newNearRule(%q) = nil", p)
		}
		var parts []string
		for _, w := range append(slices.Clone(m.first), m.second...) {
			parts = append(parts, w, strings.ToUpper(w), w[:len(w)/2+1])
		}
		parts = append(parts, " ", "  ", "\t", "\n", ".", "-", "_", "x", "Z", "9", "ke", "Channel", "://", "\r\n")
		lines := strings.Split(strings.Join(testTexts(t, 1), "\n"), "\n")
		lines = append(lines, mixedCaseLines(rng, parts, 200000, 12)...)
		sameOnASCII(t, "nearRule", p, lines, m.match, re)
	}
}

// TestContainsFold checks the search of a required word against a plain
// search of the lower-cased line.
func TestContainsFold(t *testing.T) {
	rng := rand.New(rand.NewSource(4))
	words := []string{"whatsapp", "google news", "juga", "a", "aa", "x_1", "update", "up", "9"}
	alphabet := "aAwWhHuUpPjJgG _.9x1XsS\t"
	for n := 0; n < 200000; n++ {
		b := make([]byte, rng.Intn(40))
		for i := range b {
			b[i] = alphabet[rng.Intn(len(alphabet))]
		}
		line := string(b)
		if rng.Intn(3) == 0 {
			w := words[rng.Intn(len(words))]
			at := rng.Intn(len(line) + 1)
			line = line[:at] + strings.ToUpper(w[:len(w)/2]) + w[len(w)/2:] + line[at:]
		}
		for _, w := range words {
			if got, want := containsFold(line, w), strings.Contains(strings.ToLower(line), w); got != want {
				t.Fatalf("containsFold(%q, %q) = %v, want %v", line, w, got, want)
			}
		}
	}
}

// abbrevBeforeReference is abbrevBefore before its fast paths: every rune
// decoded, both map look-ups made.
func (c *cleaned) abbrevBeforeReference(dot, lineStart int, p *pack) bool {
	w := dot
	for w > lineStart {
		r, n := utf8.DecodeLastRuneInString(c.text[:w])
		if unicode.IsLetter(r) || r == '.' {
			w -= n
			continue
		}
		break
	}
	word := c.text[w:dot]
	if word == "" {
		return false
	}
	if p.abbrev[word] || p.abbrev[strings.TrimRight(word, ".")] {
		return true
	}
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r)
	}
	return strings.Contains(word, ".")
}

// TestAbbrevBefore checks abbrevBefore against its reference at every
// period of the test texts and of texts made of the packs' abbreviations.
func TestAbbrevBefore(t *testing.T) {
	x := extractor(t)
	rng := rand.New(rand.NewSource(5))
	texts := testTexts(t, 2)
	for _, p := range x.packList {
		var b strings.Builder
		for a := range p.abbrev {
			for k := 0; k < 3; k++ {
				b.WriteString(mutate(rng, a+"."))
				b.WriteString([]string{" ", "..", ".Ab", "é.", "\n", "x"}[rng.Intn(6)])
			}
		}
		texts = append(texts, b.String(), "Jl. No. U.S. a.k.a. Dr.. É. é. ſ. K. .. . Mayjenx. Letjen.. approx..")
	}
	n := 0
	for _, text := range texts {
		c := &cleaned{text: text}
		for _, p := range x.packList {
			lineStart := 0
			for i := 0; i < len(text); i++ {
				if text[i] == '\n' {
					lineStart = i + 1
				}
				if text[i] != '.' {
					continue
				}
				n++
				if got, want := c.abbrevBefore(i, lineStart, p), c.abbrevBeforeReference(i, lineStart, p); got != want {
					t.Fatalf("abbrevBefore(%q) = %v, want %v", text[lineStart:i+1], got, want)
				}
			}
		}
	}
	if n < 10000 {
		t.Fatalf("only %d periods", n)
	}
}

// TestInlinePrefilter checks that an inline pattern is skipped only on
// lines where it matches nothing: the test texts' lines, and random lines
// of brackets, the patterns' words in any case (with ſ and K, which fold
// to ASCII) and punctuation.
func TestInlinePrefilter(t *testing.T) {
	x := extractor(t)
	if got := inlineWords(`(?i)\((foto|dok)\s*[:：.][^)]{0,200}\)`); !slices.Equal(got, []string{"foto", "dok"}) {
		t.Errorf("inlineWords = %q", got)
	}
	for _, p := range []string{`(?i)(foto|dok)\s*:`, `(?i)\(\s*(foto|dok)`, `(?i)\(?(foto)`} {
		if got := inlineWords(p); got != nil {
			t.Errorf("inlineWords(%q) = %q, want nil", p, got)
		}
	}
	rng := rand.New(rand.NewSource(6))
	lines := strings.Split(strings.Join(testTexts(t, 2), "\n"), "\n")
	parts := []string{"(", "(", ")", " ", ":", "：", "/", ".", "x", "ſ", "\u212A", "(Reuters)", "(AS)", "Foto", "FOTO", "ap", "photo"}
	shipped := 0
	for _, p := range x.packList {
		for k := range p.inline {
			if p.inlineWords[k] == nil {
				t.Errorf("lang %s: inline pattern %q has no prefilter words", p.lang, p.inline[k])
			}
			shipped++
			for _, w := range p.inlineWords[k] {
				parts = append(parts, w, strings.ToUpper(w), w[:len(w)/2])
			}
		}
	}
	if shipped == 0 {
		t.Fatal("no inline patterns")
	}
	for n := 0; n < 100000; n++ {
		var b strings.Builder
		for k := rng.Intn(10); k >= 0; k-- {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		lines = append(lines, b.String())
	}
	for _, line := range lines {
		open := strings.IndexByte(line, '(')
		if open < 0 {
			continue
		}
		for _, p := range x.packList {
			for k, re := range p.inline {
				if !opensWith(line[open:], p.inlineWords[k]) && re.MatchString(line) {
					t.Fatalf("%q matches %q, but the prefilter skips it", re, line)
				}
			}
		}
	}
}

// TestTrimSpan checks trimSpan against trimming by unicode.IsSpace on
// every span of short random strings.
func TestTrimSpan(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	alphabet := []rune(" \t\n\v\f\r\x00\x08\x0e\x1fax.\u0085\u00a0\u2003\u3000é")
	for n := 0; n < 20000; n++ {
		rs := make([]rune, rng.Intn(8))
		for i := range rs {
			rs[i] = alphabet[rng.Intn(len(alphabet))]
		}
		text := string(rs)
		if rng.Intn(8) == 0 {
			text += "\xff"
		}
		for s := 0; s <= len(text); s++ {
			for e := s; e <= len(text); e++ {
				gs, ge := trimSpan(text, s, e)
				ws, we := s, e
				for ws < we {
					r, k := utf8.DecodeRuneInString(text[ws:])
					if !unicode.IsSpace(r) {
						break
					}
					ws += k
				}
				for we > ws {
					r, k := utf8.DecodeLastRuneInString(text[:we])
					if !unicode.IsSpace(r) {
						break
					}
					we -= k
				}
				if gs != ws || ge != we {
					t.Fatalf("trimSpan(%q, %d, %d) = %d, %d, want %d, %d", text, s, e, gs, ge, ws, we)
				}
			}
		}
	}
}

// quickLangReference is quickLang as before its word look-up read eight
// bytes at once: lowered byte by byte, looked up with get.
func (x *Extractor) quickLangReference(text string) string {
	counts := make([]int, len(x.packList))
	words := 0
	i := 0
	for i < len(text) && words < 80 {
		for i < len(text) && !isASCIILetter(text[i]) {
			i++
		}
		j := i
		for j < len(text) && isASCIILetter(text[j]) {
			j++
		}
		if j == i {
			break
		}
		w := text[i:j]
		if len(w) <= 8 {
			var buf [8]byte
			for k := 0; k < len(w); k++ {
				c := w[k]
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf[k] = c
			}
			if bits := get(x.vocabT, buf[:len(w)]); bits != 0 {
				for k := range x.packList {
					if bits&(1<<k) != 0 {
						counts[k]++
					}
				}
			}
		}
		words++
		i = j
	}
	best, second := -1, 0
	for k, c := range counts {
		if best < 0 || c > counts[best] {
			if best >= 0 {
				second = max(second, counts[best])
			}
			best = k
		} else {
			second = max(second, c)
		}
	}
	if best >= 0 && counts[best] >= 4 && counts[best] >= 4*second {
		return x.packList[best].lang
	}
	if words < 12 && best >= 0 && counts[best] > second {
		return x.packList[best].lang
	}
	return ""
}

// TestQuickLang checks quickLang against its reference on the test texts,
// their first words (short texts, ends of text within eight bytes of a
// word) and words next to bytes outside ASCII.
func TestQuickLang(t *testing.T) {
	x := extractor(t)
	rng := rand.New(rand.NewSource(8))
	texts := testTexts(t, 3)
	for _, text := range texts[:len(texts):len(texts)] {
		for k := 0; k < 5; k++ {
			texts = append(texts, text[:rng.Intn(min(len(text), 80)+1)])
		}
	}
	texts = append(texts, "yang dan di é", "the of and\xff\xfe\xfd\xfc\xfb\xfa\xf9\xf8", "DAN YANG", "a", "")
	for _, text := range texts {
		if got, want := x.quickLang(text), x.quickLangReference(text); got != want {
			t.Fatalf("quickLang(%q) = %q, want %q", text, got, want)
		}
	}
	for r := rune(-1); r < 0x3100; r++ {
		if isSpace(r) != unicode.IsSpace(r) {
			t.Fatalf("isSpace(%U) = %v", r, isSpace(r))
		}
	}
}

// TestDocumentActorsFastPath checks writeDocument's walk of the actor
// arena against the walk of r.order through the actors' map, after the
// whole article is read, on the benchmark's articles in their language's
// pack and in the others.
func TestDocumentActorsFastPath(t *testing.T) {
	x := extractor(t)
	checked := 0
	for _, in := range benchCorpus(t, 32) {
		for _, p := range x.packList {
			r := x.newRun(context.Background(), in.Text, p)
			r.scratch = newScratch().(*scratch)
			if err := r.read(&facts.Document{}); err != nil {
				t.Fatal(err)
			}
			fast, plain := r.documentActors(nil), r.documentActorsByMap(nil)
			if !slices.Equal(fast, plain) {
				t.Fatalf("%s text %.60q: the arena walk gives %d actors, the map walk %d", p.lang, in.Text, len(fast), len(plain))
			}
			checked += len(fast)
		}
	}
	if checked == 0 {
		t.Fatal("no actors written: the test checks nothing")
	}
}

// TestEntryActor checks newActor's copy of an entry (entryActor, roles in
// the run's arena) against the gazetteer's Entry.Actor, on every entry.
func TestEntryActor(t *testing.T) {
	x := extractor(t)
	r := x.newRun(context.Background(), "", x.packList[0])
	r.scratch = newScratch().(*scratch)
	n := 0
	x.gaz.Entries(func(e *gazetteer.Entry) bool {
		if got, want := r.entryActor(e), e.Actor(); !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: entryActor %+v, Entry.Actor %+v", e.ID, got, want)
		}
		n++
		return true
	})
	if n == 0 {
		t.Fatal("no entries: the test checks nothing")
	}
}

// TestDocumentOwnsItsLists checks that a document keeps none of the run's
// reused memory (ownLists): the JSON of each of the benchmark's documents
// is the same after the extractor has read every other article.
func TestDocumentOwnsItsLists(t *testing.T) {
	x := extractor(t)
	corpus := benchCorpus(t, 16)
	docs := make([]*facts.Document, len(corpus))
	before := make([][]byte, len(corpus))
	for i, in := range corpus {
		doc, err := x.Article(context.Background(), in)
		if err != nil {
			t.Fatal(err)
		}
		docs[i] = doc
		if before[i], err = json.Marshal(doc); err != nil {
			t.Fatal(err)
		}
	}
	for _, in := range corpus { // once more, over the memory of the first pass
		if _, err := x.Article(context.Background(), in); err != nil {
			t.Fatal(err)
		}
	}
	for i, doc := range docs {
		after, err := json.Marshal(doc)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(before[i], after) {
			t.Fatalf("document %d changed after later articles were read:\n%s\n%s", i, before[i], after)
		}
	}
}

// TestNamedStateBody checks namedStateBody, which writes the names it
// looks up into one buffer, against the plain version that builds each
// name as a string, for every state and a few bodies' generic names in
// every pack.
func TestNamedStateBody(t *testing.T) {
	x := extractor(t)
	plain := func(r *run, generic, sid string) *gazetteer.Entry {
		se, ok := r.x.gaz.Lookup(sid)
		if !ok || generic == "" {
			return nil
		}
		var texts []string
		for _, n := range se.Names[r.p.lang] {
			if r.p.lang == "en" {
				texts = append(texts, n+"'s "+generic, generic+" of "+n)
			} else {
				texts = append(texts, generic+" "+n)
			}
		}
		for _, d := range se.Demonyms[r.p.lang] {
			texts = append(texts, d+" "+generic)
		}
		for _, sh := range se.Short {
			if r.p.lang == "en" {
				texts = append(texts, sh+" "+generic)
			} else {
				texts = append(texts, generic+" "+sh)
			}
		}
		for _, text := range texts {
			for _, m := range r.x.gaz.Find(text, gazetteer.AppendFold(nil, text), nil) {
				if m.Start == 0 && m.End == len(text) && m.Entry.Country == sid && m.Entry.Kind != facts.KindState && m.Entry.Kind != facts.KindPlace {
					return m.Entry
				}
			}
		}
		return nil
	}
	generics := []string{"", "House of Representatives", "National Assembly", "Parliament", "Ministry of Defense",
		"Foreign Ministry", "Dewan Perwakilan Rakyat", "Majelis Nasional", "Kementerian Luar Negeri", "Senate", "Congress", "parlemen"}
	var states []string
	x.gaz.Entries(func(e *gazetteer.Entry) bool {
		if e.Kind == facts.KindState {
			states = append(states, e.ID)
		}
		return true
	})
	found := 0
	for _, p := range x.packList {
		r := x.newRun(context.Background(), "", p)
		r.scratch = newScratch().(*scratch)
		for _, sid := range append(states, "no-such-state") {
			for _, g := range generics {
				got, want := r.namedStateBody(g, sid), plain(r, g, sid)
				if got != want {
					t.Fatalf("%s %q %s: namedStateBody %v, plain %v", p.lang, g, sid, got, want)
				}
				if got != nil {
					found++
				}
			}
		}
	}
	if found == 0 {
		t.Fatal("no body found: the test checks little")
	}
	t.Logf("%d bodies found", found)
}

// TestWordsWithoutLists checks middleName, manyFields and lowerIs, which
// walk a name's words without strings.Fields' list and compare them
// without strings.ToLower's copy, against those, on names of the
// gazetteer and words with letters that change length in lower case.
func TestWordsWithoutLists(t *testing.T) {
	x := extractor(t)
	names := []string{"", " ", "A", "a b", "  Mochamad  Fajar\tGemilang ", "İbrahim İSMAİL Kaya", "K\u212Aelvin X Y", "Ab\xffc De Fg", "George Walker Bush"}
	x.gaz.Entries(func(e *gazetteer.Entry) bool {
		if e.Kind == facts.KindPerson || e.Kind == facts.KindPlace {
			names = append(names, e.Name)
		}
		return len(names) < 20000
	})
	plainMiddle := func(name, w string) bool {
		f := strings.Fields(name)
		for i := 1; i+1 < len(f); i++ {
			if strings.ToLower(f[i]) == w {
				return true
			}
		}
		return false
	}
	for _, name := range names {
		if got, want := manyFields(name), len(strings.Fields(name)) > 1; got != want {
			t.Fatalf("manyFields(%q) = %v", name, got)
		}
		for _, f := range strings.Fields(name) {
			for _, w := range []string{strings.ToLower(f), f, "walker", "i̇smai̇l", "kelvin", "x"} {
				if got, want := middleName(name, w), plainMiddle(name, w); got != want {
					t.Fatalf("middleName(%q, %q) = %v", name, w, got)
				}
				if got, want := lowerIs(f, w), strings.ToLower(f) == w; got != want {
					t.Fatalf("lowerIs(%q, %q) = %v", f, w, got)
				}
			}
		}
	}
}

// TestDayOnOrBefore checks dayOnOrBefore, which compares the month and
// day with ref's, against the comparison of the written dates it replaces.
func TestDayOnOrBefore(t *testing.T) {
	plain := func(ref time.Time, m, d int) (string, bool) {
		v, ok := mkDate(ref.Year(), m, d)
		if ok && v > isoDay(ref) {
			v, _ = mkDate(ref.Year()-1, m, d)
		}
		return v, ok
	}
	for _, ref := range []time.Time{
		time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC), time.Date(2025, 1, 1, 23, 0, 0, 0, time.UTC),
		time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC), time.Date(2025, 6, 15, 0, 0, 0, 0, time.UTC),
		time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(1899, 12, 31, 0, 0, 0, 0, time.UTC),
		time.Date(2100, 7, 4, 0, 0, 0, 0, time.UTC), time.Date(2101, 7, 4, 0, 0, 0, 0, time.UTC),
		time.Date(12000, 7, 4, 0, 0, 0, 0, time.UTC), time.Date(-5, 7, 4, 0, 0, 0, 0, time.UTC),
	} {
		for m := -1; m <= 13; m++ {
			for d := -1; d <= 32; d++ {
				v, ok := dayOnOrBefore(ref, m, d)
				pv, pok := plain(ref, m, d)
				if v != pv || ok != pok {
					t.Fatalf("dayOnOrBefore(%s, %d, %d) = %q %v, want %q %v", ref, m, d, v, ok, pv, pok)
				}
			}
		}
	}
}

// TestJoins checks the joins a run keeps against the strings written
// anew, over more pairs than it has slots (so slots are replaced).
func TestJoins(t *testing.T) {
	var j joins
	rng := rand.New(rand.NewSource(1))
	parts := []string{"", "title:", "apposition:", "president", "former_minister", "+intent", "+reciprocal", "RUS", "Jpn", "İTA", "defense_ministry", "verb:attack"}
	for range 5000 {
		a, b := parts[rng.Intn(len(parts))], parts[rng.Intn(len(parts))]
		if got := j.join(joinConcat, a, b); got != a+b {
			t.Fatalf("join(concat, %q, %q) = %q", a, b, got)
		}
		if got, want := j.join(joinBodyID, a, b), strings.ToLower(a)+"-"+b; got != want {
			t.Fatalf("join(bodyID, %q, %q) = %q, want %q", a, b, got, want)
		}
	}
}

// atReference is phraseIndex.at comparing every word of each phrase,
// the first (the list's key) too.
func (ix *phraseIndex) atReference(toks []token, i int) (labeled, bool) {
	if i >= len(toks) || !ix.mayStart(&toks[i]) {
		return labeled{}, false
	}
	for _, l := range ix.first[toks[i].low] {
		if matchPhrase(toks, i, l.p) {
			return l, true
		}
	}
	return labeled{}, false
}

// endingAtReference is phraseIndex.endingAt comparing every word of each
// phrase, the last (the list's key) too.
func (ix *phraseIndex) endingAtReference(toks []token, end int) (labeled, bool) {
	if end <= 0 || end > len(toks) || ix.lbit != 0 && toks[end-1].lx&ix.lbit == 0 {
		return labeled{}, false
	}
	for _, l := range ix.last[toks[end-1].low] {
		if i := end - len(l.p); i >= 0 && matchPhrase(toks, i, l.p) {
			return l, true
		}
	}
	return labeled{}, false
}

// TestPhraseIndexAt checks at and endingAt, which skip the word that is
// the key of the list they read, against the versions that compare every
// word, on the benchmark's articles and mutations of them, for every
// phrase index of every pack, at every token.
func TestPhraseIndexAt(t *testing.T) {
	x := extractor(t)
	hits := 0
	for _, text := range testTexts(t, 1) {
		for _, p := range x.packList {
			c := cleanFor(x, p, text)
			ixs := []*phraseIndex{&p.hedges, &p.denials, &p.stances, &p.titles, &p.metonyms, &p.missions, &p.pairs, &p.bodies, &p.mediaCues, &p.regionBodies}
			for si := range c.sents {
				toks := c.tokenize(&c.sents[si], nil)
				for _, ix := range ixs {
					for i := 0; i <= len(toks); i++ {
						got, ok := ix.at(toks, i)
						want, wok := ix.atReference(toks, i)
						if ok != wok || !reflect.DeepEqual(got, want) {
							t.Fatalf("at(%q, %d) = %v %v, want %v %v", text[c.sents[si].s:c.sents[si].e], i, got, ok, want, wok)
						}
						if ok {
							hits++
						}
						got, ok = ix.endingAt(toks, i)
						want, wok = ix.endingAtReference(toks, i)
						if ok != wok || !reflect.DeepEqual(got, want) {
							t.Fatalf("endingAt(%q, %d) = %v %v, want %v %v", text[c.sents[si].s:c.sents[si].e], i, got, ok, want, wok)
						}
						if ok {
							hits++
						}
					}
				}
			}
		}
	}
	if hits == 0 {
		t.Fatal("no phrase found: the test compared only misses")
	}
}

// TestRootStatuses compares the modality openers' array (rootStatuses.get)
// with the map of each pack's modality file, for every root and for strings
// that are no root.
func TestRootStatuses(t *testing.T) {
	x := extractor(t)
	for _, p := range x.packList {
		raw, err := dataFS.ReadFile("lang/" + p.lang + ".modality.json")
		if err != nil {
			t.Fatal(err)
		}
		var j modalityJSON
		if err := json.Unmarshal(raw, &j); err != nil {
			t.Fatal(err)
		}
		if len(j.Openers) == 0 {
			t.Fatalf("%s: no openers", p.lang)
		}
		keys := []string{"", "0", "1", "001", "ab", "1a", "a1", "/0", "0:", "99", "00"}
		for i := 0; i < 100; i++ {
			keys = append(keys, fmt.Sprintf("%02d", i))
		}
		for k := range j.Openers {
			keys = append(keys, k, k+"0", k[:1])
		}
		for _, k := range keys {
			want, wantOK := j.Openers[k]
			if got, ok := p.mod.openers.get(k); got != want || ok != wantOK {
				t.Errorf("%s: openers.get(%q) = %q, %v; the file says %q, %v", p.lang, k, got, ok, want, wantOK)
			}
		}
	}
}

// TestOrdinaryAcronymLens checks the length filter of ordinaryAcronymAt:
// every key of ordinary_acronyms passes it, so it rules out only strings
// that are no key.
func TestOrdinaryAcronymLens(t *testing.T) {
	x := extractor(t)
	n := 0
	for _, p := range x.packList {
		for a := range p.ordinaryAcronyms {
			n++
			if p.ordinaryAcronymLens&(1<<min(len(a), 63)) == 0 {
				t.Errorf("%s: ordinary acronym %q is ruled out by its length", p.lang, a)
			}
		}
	}
	if n == 0 {
		t.Fatal("no ordinary acronyms")
	}
}

// TestSeqRule checks the hand matcher of anchored rows of simple parts
// (seqRule) against the regexp: every shipped boilerplate pattern but the
// promotion line's (nearRule's) and synthetic ones, on random ASCII
// lines made of their words in any case, bytes around them, white space
// and newlines, and on the lines of the test texts.
func TestSeqRule(t *testing.T) {
	x := extractor(t)
	patterns := []string{
		`(?i)^\s*(source|sources|sumbu)\s*[:：]`,
		`(?i)^\s*(a|ab|abc)\s+(b|bc)?\s*[:：]\s*$`,
		`(?i)^\s*(a|b)\B`,
		`(?i)^\s*(x|y)\b`,
		`(?i)^\s*(x|y)[a-c]{2,3}(z|zz)`,
		`(?i)^\s*\(?(foto|sumber foto)\s*[:：][^)]*\)?\s*$`,
		`(?i)^\s*([ab]c|d)e`,
		`^\s*-+\s*(?i:end)`,
		`(?i)^\s*(©|k)x`,
		`(?i)^\s*(ſimak|\x{212A}ab)\b`, // (the parser folds "ſ" and "K" to "S" and "K")
	}
	shipped := 0
	for i, b := range x.boiler.rules {
		if x.boiler.seq[i] != nil {
			patterns = append(patterns, b.re.String())
			shipped++
		} else if x.boiler.near[i] == nil {
			t.Errorf("boilerplate %q has neither a seqRule nor a nearRule: its ASCII lines go to the regexp", b.re)
		}
	}
	if shipped == 0 {
		t.Fatal("no shipped boilerplate pattern has the seqRule shape: the test reads nothing of the packs")
	}
	// Shapes it must refuse: not anchored, case-sensitive letters, a
	// repetition of more than one rune, a lazy one.
	for _, p := range []string{`(?i)\s*(follow)`, `^\s*(follow)`,
		`(?i)^\s*(ab)+`, `(?i)^\s*(a)\s*?:`, `(?im)^\s*(follow)`} {
		if newSeqRule(p) != nil {
			t.Errorf("newSeqRule(%q) is not nil", p)
		}
	}
	rng := rand.New(rand.NewSource(5))
	texts := strings.Split(strings.Join(testTexts(t, 1), "\n"), "\n")
	for _, p := range patterns {
		re := regexp.MustCompile(p)
		m := newSeqRule(p)
		if m == nil {
			t.Fatalf("newSeqRule(%q) = nil", p)
		}
		var parts []string
		for _, sp := range m.parts {
			for _, w := range sp.words {
				if w != "" {
					parts = append(parts, w, strings.ToUpper(w), w[:len(w)/2+1])
				}
			}
		}
		parts = append(parts, " ", "  ", "\t", "\n", ".", "-", "_", "x", "Z", "9", ":", "(", ")", "a", "bc", "e", "\r\n", "Antara")
		lines := append(slices.Clone(texts), mixedCaseLines(rng, parts, 100000, 10)...)
		sameOnASCII(t, "seqRule", p, lines, m.match, re)
	}
}

// TestDatelineAt compares datelineAt, the dateline matched by hand, with
// datelineRe on random datelines (pieces of datelines, bytes near them,
// white space of every kind, dashes, brackets up to and past their 30
// characters, long words), on the first words of the test texts and of
// the benchmark's articles, and on their tails.
func TestDatelineAt(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	pieces := []string{"WASHINGTON", "U.S.", "KYIV-", "A", "KOMPAS.com", "Reuters", "Jakarta", "Ukraine", "x9.", ",", "(", ")",
		"(Reuters)", "(AP)", "-", "--", "---", "–", "—", "–—", "’", "O’BRIEN", "D'A", ".", "a b c", "Zz", "ANTARA", "25/6/2023",
		"(26/6/2023)", "25,", "2023", "Senin", "Ab", "AB", "aB", "(ab)", "(a)", "(" + strings.Repeat("a", 29) + ")",
		"(" + strings.Repeat("b ", 15) + ")", "(" + strings.Repeat("c", 31) + ")", strings.Repeat("Q", 80), "Q" + strings.Repeat("q", 70),
		"\xe2\x80", "\xe2\x80\x99", "\xff", "é", "A-", "A--", "-A", "/", "a/b.c", "X,Y", ",,", "(ab))", "((ab)"}
	spaces := []string{" ", " ", " ", "  ", "\t", "\n", "\f", "\r", "\v", "\u00a0", "", ""}
	pick := func(xs []string) string { return xs[rng.Intn(len(xs))] }
	places := []string{"WASHINGTON", "KYIV", "NEW YORK", "U.S.", "O’BRIEN", "PORT-AU-PRINCE", "A B C D E", "Jakarta", "Kota Baru",
		"Jakarta Pusat Utara Selatan", "Tiririca", "Sarah Murdoch", "JAKARTA-", "X", "Xy"}
	details := []string{"", ", KOMPAS.com", ", Ukraine", ", June 25, 2023", ", 25/6/2023", " , Senin", ", a b c d e", ",x,y z", ", .x"}
	brackets := []string{"", " (Reuters)", "(AP)", " (ANTARA) (26/6/2023)", " (a)", " (ab) (cd) (ef)", " (Reuters"}
	dashes := []string{" - ", " -- ", "- ", " — ", "–\t", " --- ", " -", "-", " —– "}
	var texts []string
	for k := 0; k < 100000; k++ {
		text := pick(spaces) + pick(places) + pick(details) + pick(brackets) + pick(dashes) + pick(pieces) + " " + pick(pieces)
		if rng.Intn(3) == 0 { // one byte dropped or doubled
			i := rng.Intn(len(text))
			if rng.Intn(2) == 0 {
				text = text[:i] + text[i+1:]
			} else {
				text = text[:i+1] + text[i:]
			}
		}
		texts = append(texts, text)
	}
	for k := 0; k < 200000; k++ {
		var b strings.Builder
		for i := rng.Intn(14); i > 0; i-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
			b.WriteString(spaces[rng.Intn(len(spaces))])
		}
		if rng.Intn(2) == 0 {
			b.WriteString("Presiden Rusia bertemu.")
		}
		texts = append(texts, b.String())
	}
	for _, in := range benchCorpus(t, 50) {
		texts = append(texts, in.Text)
	}
	for _, text := range testTexts(t, 1) {
		texts = append(texts, text)
		if k := strings.IndexByte(text, '\n'); k >= 0 {
			texts = append(texts, text[k+1:])
		}
	}
	matched := 0
	for _, s := range texts {
		s = s[:datelineCut(s)]
		want := datelineRe.FindStringSubmatchIndex(s)
		got, ok := datelineAt(s)
		if ok != (want != nil) || ok && !slices.Equal(got[:], want) {
			t.Fatalf("%q: datelineAt %v %v, datelineRe %v", s, got, ok, want)
		}
		if ok {
			matched++
		}
	}
	if matched < len(texts)/20 {
		t.Fatalf("only %d of %d texts have a dateline: the test tries too few", matched, len(texts))
	}
}

// mixedCaseLines returns n random lines of parts, each of one to most
// pieces, a quarter of the pieces with random letters in upper case: the
// lines the hand matchers of anchored patterns are compared on.
func mixedCaseLines(rng *rand.Rand, parts []string, n, most int) []string {
	lines := make([]string, 0, n)
	for ; n > 0; n-- {
		var b strings.Builder
		for k := rng.Intn(most); k >= 0; k-- {
			s := parts[rng.Intn(len(parts))]
			if rng.Intn(4) == 0 { // mixed case
				bs := []byte(s)
				for i := range bs {
					if rng.Intn(2) == 0 {
						bs[i] = byte(unicode.ToUpper(rune(bs[i])))
					}
				}
				s = string(bs)
			}
			b.WriteString(s)
		}
		lines = append(lines, b.String())
	}
	return lines
}

// sameOnASCII fails when the hand matcher match (named name) and the
// regexp re of pattern disagree on an ASCII line of lines: the matchers
// serve ASCII lines only, the regexp the others.
func sameOnASCII(t *testing.T, name, pattern string, lines []string, match func(string) bool, re *regexp.Regexp) {
	t.Helper()
	for _, line := range lines {
		if !isASCII(line) {
			continue
		}
		if got, want := match(line), re.MatchString(line); got != want {
			t.Fatalf("%q on %q: %s %v, regexp %v", pattern, line, name, got, want)
		}
	}
}

// forSentences calls f on every sentence of testTexts(t, n), cleaned for
// every language pack and tokenized, with a run that has scratch memory
// (as an article's run has): the walk of the speed passes' equivalence
// tests, which check a shortcut against the plain test on each sentence.
func forSentences(t *testing.T, n int, f func(r *run, st *sentence)) {
	t.Helper()
	x := extractor(t)
	for _, text := range testTexts(t, n) {
		for _, p := range x.packList {
			c := cleanFor(x, p, text)
			r := &run{x: x, text: text, p: p, scratch: &scratch{}}
			for k := range c.sents {
				st := &c.sents[k]
				if st.toks == nil {
					st.toks = c.tokenize(st, nil)
				}
				f(r, st)
			}
		}
	}
}
