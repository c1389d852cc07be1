package extract

import (
	"strings"
	"testing"
)

// TestEventCodingFastPaths41 compares the fast paths of the event coding
// speed pass of stop 41 with the plain versions, on the benchmark's
// articles and mutations of them, for every pack: candidates, which skips
// dedupSorted when only the set's always list was appended, must give a
// list in order without repeats (what dedupSorted makes of it); the one
// mask of findStances must agree with mayStart and the clitic flag at
// every token; and derivedKey must be equal for equal triples (it only
// filters deriveStances' scan, which compares the strings).
func TestEventCodingFastPaths41(t *testing.T) {
	x := extractor(t)
	lists := 0
	for _, text := range testTexts(t, 1) {
		for _, p := range x.packList {
			c := cleanFor(x, p, text)
			for si := range c.sents {
				toks := c.tokenize(&c.sents[si], nil)
				for i := range toks {
					tk := &toks[i]
					fbit := p.stances.fbit
					fast := !(fbit != 0 && tk.lx&(fbit|lxStanceClitic) == 0)
					plain := p.stances.mayStart(tk) || tk.lx&lxStanceClitic != 0
					if fast != plain {
						t.Fatalf("stance start test at %q: %v, want %v", tk.low, fast, plain)
					}
					if !mayTrigger(tk) {
						continue
					}
					got := p.trigSets[tk.trig-1].candidates(p, toks, i, nil)
					want := dedupSorted(append([]int(nil), got...))
					if len(got) != len(want) {
						t.Fatalf("candidates at %q: %v, not in order or with repeats", tk.low, got)
					}
					for j := range got {
						if got[j] != want[j] {
							t.Fatalf("candidates at %q: %v, want %v", tk.low, got, want)
						}
					}
					lists++
				}
			}
		}
	}
	if lists == 0 {
		t.Fatal("no trigger word in the test texts")
	}
	words := []string{"", "RUS", "UKR", "hamas", "retno-marsudi", "ISR/GOV", "a", "ab"}
	for _, a := range words {
		for _, b := range words {
			for _, rel := range []string{"cooperative", "hostile"} {
				if derivedKey(a, b, rel) != derivedKey(strings.Clone(a), strings.Clone(b), strings.Clone(rel)) {
					t.Fatalf("derivedKey(%q, %q, %q) differs between copies", a, b, rel)
				}
			}
		}
	}
}
