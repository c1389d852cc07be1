package extract

import (
	"testing"
)

// TestTailIs compares tailIs, asciiWords's comparison of a long word's
// bytes after its first eight, with the string comparison of getSpan, for
// every long word of every pack's table (those at the end of its text
// included) against itself and against its tail with one byte changed.
func TestTailIs(t *testing.T) {
	x := extractor(t)
	for _, p := range x.packList {
		tb := p.lexT
		for _, sl := range tb.slots {
			n := int(sl.n)
			if n <= 8 || n > 15 {
				continue
			}
			k := n - 8
			tail := tb.text[sl.off : int(sl.off)+k]
			for b := -1; b < k; b++ {
				w := []byte(string(tail))
				if b >= 0 {
					w[b] ^= 0x20
				}
				var x uint64
				for q := k - 1; q >= 0; q-- {
					x = x<<8 | uint64(w[q])
				}
				if got, want := tailIs(tb.text, sl.off, x, k), string(w) == string(tail); got != want {
					t.Fatalf("%s: tailIs(%q, %q) = %v, want %v", p.lang, tail, w, got, want)
				}
			}
		}
	}
}

// BenchmarkTokenize tokenizes the sentences of the benchmark's articles
// (cleaned once): the text phase alone, for profiles of it.
func BenchmarkTokenize(b *testing.B) {
	x := extractor(b)
	var cs []*cleaned
	for k, in := range benchCorpus(b, 40) {
		p := x.packFor("id")
		if k%2 == 1 {
			p = x.packFor("en")
		}
		cs = append(cs, cleanFor(x, p, in.Text))
	}
	var buf []token
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		c := cs[n%len(cs)]
		for i := range c.sents {
			buf = c.tokenize(&c.sents[i], buf[:0])
		}
	}
}
