package gazetteer

import (
	"bytes"
	"context"
	"math/rand"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The tests of this file check Find's fast paths (marked word starts,
// eight bytes at a time) against the straightforward definitions.

// referenceFind is Find by its definition: every folded form at every
// position, then the same selection.
func referenceFind(g *Gazetteer, text string, folded []byte) []Match {
	var cands []cand
	for s := 0; s < len(folded); s++ {
		for k, key := range g.testKeys() {
			if bytes.HasPrefix(folded[s:], []byte(key)) {
				cands = append(cands, cand{s, s + len(key), k})
			}
		}
	}
	slices.SortStableFunc(cands, func(a, b cand) int {
		if a.s != b.s {
			return a.s - b.s
		}
		return b.e - a.e
	})
	var out []Match
	last := 0
	for _, c := range cands {
		if c.s < last || !boundary(text, c.s, c.e) {
			continue
		}
		found := false
		for _, f := range g.formsOf(c.k) {
			exact := g.exactOf(&f)
			if f.caseExact && text[c.s:c.e] != exact || f.upper && !startsUpper(text[c.s:c.e]) || f.titled && !sameCapitals(exact, text[c.s:c.e]) {
				continue
			}
			out = append(out, Match{Start: c.s, End: c.e, Entry: &g.entries[f.entry], Via: f.via})
			found = true
		}
		if found {
			last = c.e
		}
	}
	return out
}

func TestFindReference(t *testing.T) {
	const entries = `
{"id":"USA","kind":"state","name":"United States","names":{"id":["Amerika Serikat"]},"short":["AS","US","U.S."],"demonyms":{"en":["American"]},"capitals":["Washington"]}
{"id":"PRK","kind":"state","name":"North Korea","names":{"id":["Korea Utara"]},"short":["DPRK"]}
{"id":"kim-jong-un","kind":"person","name":"Kim Jong Un","names":{"id":["Kim Jong-un"]},"short":["Kim"]}
{"id":"kim-group","kind":"armed_group","name":"Kim Group","names":{"id":["kelompok kim", "kelompok"]}}
{"id":"opec","kind":"organization","name":"OPEC+","short":["OPEC"]}
{"id":"cck","kind":"place","name":"Kepulauan Cocos (Keeling)","short":["Cocos"]}
{"id":"TUR","kind":"state","name":"Türkiye","names":{"en":["Turkey"]},"capitals":["Ankara"]}
{"id":"un","kind":"organization","name":"United Nations","short":["UN","PBB","U.N."]}
`
	// A form that starts with punctuation makes Find walk from every
	// byte that could start one; without, it walks from word starts only
	// (walkWords).
	for _, c := range []struct {
		name, extra string
		punct       bool
	}{
		{"word starts", `{"id":"x-corp","kind":"organization","name":"X Corp","short":["x_1"]}`, false},
		{"punctuation starts", `{"id":"x-corp","kind":"organization","name":"-X Corp","short":["_x", "x_1"]}`, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			es, err := Read(context.Background(), strings.NewReader(entries+c.extra+"\n"), "test.jsonl")
			if err != nil {
				t.Fatal(err)
			}
			g, err := New(es)
			if err != nil {
				t.Fatal(err)
			}
			if g.punctStart != c.punct {
				t.Fatalf("punctStart = %v, want %v", g.punctStart, c.punct)
			}
			findReference(t, g)
		})
	}
}

// findReference compares Find with referenceFind on random texts made of
// g's forms and separators.
func findReference(t *testing.T, g *Gazetteer) {
	var forms []string
	g.Entries(func(e *Entry) bool {
		forms = append(forms, e.Name)
		forms = append(forms, e.Short...)
		for _, ns := range e.Names {
			forms = append(forms, ns...)
		}
		return true
	})
	seps := []string{" ", " ", "  ", ", ", ".", "-", "(", ")", "’s ", "\n", "_", "a", "s ", "\u00a0", "é", "\x00", "\x01"}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		if rng.Intn(2) == 0 {
			b.WriteString(seps[rng.Intn(len(seps))]) // a word start at 1, 2 or 3
		}
		for i := rng.Intn(12); i > 0; i-- {
			f := forms[rng.Intn(len(forms))]
			switch rng.Intn(4) {
			case 0:
				f = strings.ToLower(f)
			case 1:
				f = strings.ToUpper(f)
			}
			b.WriteString(f)
			b.WriteString(seps[rng.Intn(len(seps))])
		}
		text := b.String()
		folded := []byte(Fold(text))
		if got, want := g.Find(text, folded, nil), referenceFind(g, text, folded); !reflect.DeepEqual(got, want) {
			t.Fatalf("Find(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestMarkWords compares markWords with marking rune by rune.
func TestMarkWords(t *testing.T) {
	slow := func(s []byte) []byte {
		dst := append([]byte{wordMark}, s...)
		prevWord := false
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRune(s[i:])
			word := isWordRune(r)
			if word && !prevWord {
				dst[i] = mark(s[i])
			}
			prevWord = word
			i += n
		}
		return dst
	}
	rng := rand.New(rand.NewSource(2))
	alpha := []rune("aAzZ@[`{09/: _-.'^~\x00\x01\x7f\tÀéÜß’\u00a0")
	for n := 0; n < 100000; n++ {
		var b []byte
		for i := rng.Intn(40); i > 0; i-- {
			b = utf8.AppendRune(b, alpha[rng.Intn(len(alpha))])
		}
		if got, want := markWords(nil, b), slow(b); !bytes.Equal(got, want) {
			t.Fatalf("markWords(%q) = %q, want %q", b, got, want)
		}
	}
}

// randomTexts returns n texts of up to 29 pieces drawn with rng: a word of
// words, an invalid UTF-8 byte, or a rune among letters, marks, spaces,
// punctuation and digits (the walks' tests run on them).
func randomTexts(rng *rand.Rand, words []string, n int) []string {
	alpha := []rune("aAzZ@[`{09/: _-.'^~\x7f\t\nÀéÜß’\u00a0\u2014")
	texts := make([]string, n)
	for k := range texts {
		var b []byte
		for i := rng.Intn(30); i > 0; i-- {
			switch rng.Intn(4) {
			case 0:
				b = append(b, words[rng.Intn(len(words))]...)
			case 1:
				b = append(b, 0xff) // invalid UTF-8
			default:
				b = utf8.AppendRune(b, alpha[rng.Intn(len(alpha))])
			}
		}
		texts[k] = string(b)
	}
	return texts
}

// TestWalkStarts compares the walks from word starts without the marked
// copy (walkStarts) with those from its marks (markWords, walkWords), on
// the embedded gazetteer and random texts of letters, marks, spaces,
// punctuation, invalid UTF-8 and, in some, marks (where walkStarts must
// give up).
func TestWalkStarts(t *testing.T) {
	g, err := Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(3))
	words := []string{"Indonesia", "Amerika Serikat", "Joko Widodo", "the", "PBB", "U.S.", "Türkiye", "al-Assad", "x"}
	for k, text := range randomTexts(rng, words, 20000) {
		if k%10 == 0 && len(text) > 0 {
			i := rng.Intn(len(text))
			text = text[:i] + string(rune(wordMark+rng.Intn(4))) + text[i:]
		}
		folded := []byte(Fold(text))
		if len(folded) != len(text) {
			continue
		}
		hasMark := bytes.IndexFunc(folded, func(r rune) bool { return r < wordMark+4 }) >= 0
		got, _, ok := g.walkStarts(text, folded, nil, nil)
		if ok == hasMark {
			t.Fatalf("walkStarts(%q) says %v for a text with mark %v", text, ok, hasMark)
		}
		if want := g.walkWords(text, markWords(nil, folded), folded, nil); ok && !slices.Equal(got, want) {
			t.Fatalf("walkStarts(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestAppendFold compares AppendFold with folding rune by rune.
func TestAppendFold(t *testing.T) {
	slow := func(s string) string {
		var b []byte
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRuneInString(s[i:])
			if l := unicode.ToLower(r); (r != utf8.RuneError || n > 1) && utf8.RuneLen(l) == n {
				b = utf8.AppendRune(b, l)
			} else {
				b = append(b, s[i:i+n]...)
			}
			i += n
		}
		return string(b)
	}
	rng := rand.New(rand.NewSource(3))
	alpha := []rune("aAzZ@[`{09 _-.ÀéÜßİıſKΩ\u00a0\x7f")
	for n := 0; n < 100000; n++ {
		var b []byte
		for i := rng.Intn(40); i > 0; i-- {
			if rng.Intn(10) == 0 {
				b = append(b, byte(rng.Intn(256)))
			} else {
				b = utf8.AppendRune(b, alpha[rng.Intn(len(alpha))])
			}
		}
		if got, want := Fold(string(b)), slow(string(b)); got != want {
			t.Fatalf("Fold(%q) = %q, want %q", b, got, want)
		}
	}
}

// TestBoundary compares boundary, which decodes only non-ASCII bytes, with
// decoding the runes on both sides, at every span of random texts.
func TestBoundary(t *testing.T) {
	slow := func(text string, s, e int) bool {
		if s > 0 {
			if r, _ := utf8.DecodeLastRuneInString(text[:s]); isWordRune(r) {
				return false
			}
		}
		if e < len(text) {
			if r, _ := utf8.DecodeRuneInString(text[e:]); isWordRune(r) {
				return false
			}
		}
		return true
	}
	rng := rand.New(rand.NewSource(5))
	alpha := []string{"a", "Z", "0", "_", " ", ".", "-", "é", "ß", "\u00a0", "’", "\xff", "\xc3", "Ω", "\t"}
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for i := rng.Intn(8); i > 0; i-- {
			b.WriteString(alpha[rng.Intn(len(alpha))])
		}
		text := b.String()
		for s := 0; s <= len(text); s++ {
			for e := s; e <= len(text); e++ {
				if got, want := boundary(text, s, e), slow(text, s, e); got != want {
					t.Fatalf("boundary(%q, %d, %d) = %v, want %v", text, s, e, got, want)
				}
			}
		}
	}
}
