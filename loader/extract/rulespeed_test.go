package extract

import (
	"sort"
	"testing"

	"github.com/geokg/kg/loader/extract/gazetteer"
)

// TestTokenSpanWalk compares tokenSpan, which walks to the span's end from
// its first token, with the two searches of sort.Search it stands for, on
// every span of one to six tokens (and their byte offsets inside tokens)
// of the benchmark's sentences and mutations of them.
func TestTokenSpanWalk(t *testing.T) {
	x := extractor(t)
	p := x.packList[0]
	for _, text := range testTexts(t, 1) {
		c := clean(text, gazetteer.AppendFold(nil, text), nil, p, x.packList, x.boiler)
		for i := range c.sents {
			toks := c.tokenize(&c.sents[i], nil)
			for a := range toks {
				for b := a; b < len(toks) && b < a+6; b++ {
					for _, span := range [][2]int{{toks[a].s, toks[b].e}, {toks[a].s + 1, toks[b].e - 1}, {toks[a].e, toks[b].s}} {
						s, e := span[0], span[1]
						wi := sort.Search(len(toks), func(m int) bool { return toks[m].e > s })
						wj := sort.Search(len(toks), func(m int) bool { return toks[m].s >= e })
						if gi, gj := tokenSpan(toks, s, e); gi != wi || gj != wj {
							t.Fatalf("tokenSpan(%d, %d) = %d, %d, want %d, %d", s, e, gi, gj, wi, wj)
						}
					}
				}
			}
		}
	}
}
