package extract

import (
	"strings"
	"testing"
)

// TestEventCodingFastPaths compares the fast paths of the event coding
// speed pass of stop 40 with the plain versions: wordOrPlural with
// "w == word || pluralOf(w, word)" on every pattern word against the
// pack's words, their plurals and the test texts' words; the nextBits of
// every trigger set, which must have the bit of each word of its byNext
// (else candidates would skip a list); and partiesKey, which must be equal
// for equal triples (it is a function of the strings, so this is a check
// that it reads nothing else).
func TestEventCodingFastPaths(t *testing.T) {
	x := extractor(t)
	for _, p := range x.packList {
		t.Run(p.lang, func(t *testing.T) {
			words := []string{"", "s", "es", "ies", "talks", "parties", "party", "boxes", "box", "'s"}
			for w := range p.lex {
				words = append(words, w, w+"s", w+"es", w[:len(w)-1]+"ies")
			}
			for _, text := range testTexts(t, 1) {
				words = append(words, strings.Fields(strings.ToLower(text))...)
			}
			pattern := map[string]bool{"": true, "party": true, "box": true}
			for _, s := range p.trigSets {
				for _, tr := range s.all {
					for _, tp := range tr.toks {
						pattern[tp.word] = true
					}
					for _, tp := range tr.pre {
						pattern[tp.word] = true
					}
				}
				for w := range s.byNext {
					if b := nextBit(w); s.nextBits[b>>6]>>(b&63)&1 == 0 {
						t.Fatalf("next word %q of a trigger set has no bit in nextBits", w)
					}
				}
			}
			n := 0
			for word := range pattern {
				for _, w := range words {
					if got, want := wordOrPlural(w, word), w == word || pluralOf(w, word); got != want {
						t.Fatalf("wordOrPlural(%q, %q) = %v, want %v", w, word, got, want)
					}
					n++
				}
				if n > 5_000_000 {
					break
				}
			}
			for _, a := range words[:min(len(words), 300)] {
				for _, b := range words[:min(len(words), 300)] {
					k := partiesKey(a, b, "fact")
					if k != partiesKey(strings.Clone(a), strings.Clone(b), strings.Clone("fact")) {
						t.Fatalf("partiesKey(%q, %q) differs between copies", a, b)
					}
				}
			}
		})
	}
}
