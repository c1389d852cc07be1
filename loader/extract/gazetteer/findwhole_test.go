package gazetteer

import (
	"context"
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// TestFindWhole compares FindWhole with the matches of Find that span the
// whole text, on every written form of the embedded gazetteer as written,
// in lower and upper case and with its first letter changed in case, on
// forms joined with words the way phrases are built ("Indonesia's House
// of Representatives"), with a word too many, and on random texts.
func TestFindWhole(t *testing.T) {
	g, err := Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for k := range g.numKeys() {
		for _, f := range g.formsOf(k) {
			s := g.exactOf(&f)
			texts = append(texts, s, strings.ToLower(s), strings.ToUpper(s), strings.ToUpper(s[:1])+s[1:], strings.ToLower(s[:1])+s[1:],
				s+"'s House of Representatives", "House of Representatives of "+s, s+" x", "x "+s, s+".", " "+s)
		}
	}
	rng := rand.New(rand.NewSource(7))
	words := []string{"Indonesia", "Amerika Serikat", "Joko Widodo", "the", "PBB", "U.S.", "Türkiye", "al-Assad", "x", "Presiden", "Korea", "Utara", "as", "assad", "2024", "_", " ", "'s"}
	texts = append(texts, randomTexts(rng, words, 20000)...)
	whole := 0
	for _, text := range texts {
		var want []Match
		for _, m := range g.Find(text, []byte(Fold(text)), nil) {
			if m.Start == 0 && m.End == len(text) {
				want = append(want, m)
			}
		}
		whole += len(want)
		if got := g.FindWhole(text, nil); !slices.Equal(got, want) {
			t.Fatalf("FindWhole(%q) = %v, Find's whole matches %v", text, got, want)
		}
	}
	if whole < g.numKeys() {
		t.Errorf("only %d whole matches in %d texts", whole, len(texts))
	}
}
