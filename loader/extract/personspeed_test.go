package extract

import (
	"math/rand"
	"slices"
	"testing"
)

// The tests of this file check the fast paths of the person rules' speed
// pass (README, "Person rules speed pass of issue #12") against the plain
// code they replace, on the benchmark's articles and mutations of them.

// plainCapWords is the test the person rules made of every token before
// capWords: a capitalized word, no punctuation mark.
func plainCapWords(toks []token) []int32 {
	var out []int32
	for i := range toks {
		if toks[i].cap && !toks[i].punct {
			out = append(out, int32(i))
		}
	}
	return out
}

// TestCapWordsIndex checks capWords and loneCapWords against the plain
// filters on every sentence, in and out of order (their caches are per
// sentence), with and without scratch memory.
func TestCapWordsIndex(t *testing.T) {
	x := extractor(t)
	rng := rand.New(rand.NewSource(38))
	for _, text := range testTexts(t, 2) {
		for _, p := range x.packList {
			c := cleanFor(x, p, text)
			sts := make([]*sentence, len(c.sents))
			for i := range c.sents {
				c.sents[i].toks = c.tokenize(&c.sents[i], nil)
				sts[i] = &c.sents[i]
			}
			cached := &run{scratch: &scratch{}}
			bare := &run{}
			for k := 0; k < 3*len(sts); k++ {
				st := sts[k%len(sts)]
				if k >= len(sts) {
					st = sts[rng.Intn(len(sts))]
				}
				want := plainCapWords(st.toks)
				wantLone := plainLoneCapWords(st.toks)
				for _, r := range []*run{cached, bare} {
					if got := r.capWords(st); !slices.Equal(got, want) {
						t.Fatalf("capWords of %q = %v, want %v", text[st.s:st.e], got, want)
					}
					if got := r.loneCapWords(st); !slices.Equal(got, wantLone) {
						t.Fatalf("loneCapWords of %q = %v, want %v", text[st.s:st.e], got, wantLone)
					}
				}
			}
		}
	}
}

// plainLoneCapWords is the token filter loneCapWords replaces: a
// capitalized word with none right after it, nor right before it but at
// the sentence's first word.
func plainLoneCapWords(toks []token) []int32 {
	capWord := func(i int) bool { return i >= 0 && i < len(toks) && toks[i].cap && !toks[i].punct }
	var out []int32
	for i := range toks {
		if capWord(i) && !capWord(i+1) && !(i >= 2 && capWord(i-1)) {
			out = append(out, int32(i))
		}
	}
	return out
}

// TestIsAllUpperBytes checks isAllUpper, which reads ASCII byte by byte,
// against isAllUpperRunes, the loop over runes it replaced, on every word
// of the test texts and on random strings of troublesome runes.
func TestIsAllUpperBytes(t *testing.T) {
	x := extractor(t)
	check := func(s string) {
		if got, want := isAllUpper(s), isAllUpperRunes(s); got != want {
			t.Fatalf("isAllUpper(%q) = %v, want %v", s, got, want)
		}
	}
	for _, text := range testTexts(t, 2) {
		p := x.packList[0]
		c := cleanFor(x, p, text)
		for i := range c.sents {
			for _, tk := range c.tokenize(&c.sents[i], nil) {
				check(tk.raw)
				check(tk.low)
			}
		}
	}
	rng := rand.New(rand.NewSource(12))
	runes := []rune("aAzZ09-.'’ÀéÜßİıſKΩǅⅧⓐ\u00a0\xff")
	for n := 0; n < 200000; n++ {
		b := make([]byte, 0, 16)
		for k := rng.Intn(8); k > 0; k-- {
			if rng.Intn(10) == 0 {
				b = append(b, byte(0x80+rng.Intn(0x80))) // a stray byte: invalid UTF-8
				continue
			}
			b = append(b, string(runes[rng.Intn(len(runes))])...)
		}
		check(string(b))
	}
}
