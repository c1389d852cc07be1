package gazetteer

import (
	"bufio"
	"context"
	"encoding/json"
	"math/rand"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestMayMatch checks the filter of the walks (trie.mayMatch) and
// trie.walkWord against the plain walk: on the news texts of ../testdata,
// their blanked and cased variants and random texts, every walk the filter
// skips finds only candidates that fail Find's boundary check, walkWord
// finds walk's candidates less some that fail it, and Find gives the same
// matches with the filter as with every head let through.
func TestMayMatch(t *testing.T) {
	g, err := Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, file := range []string{"../testdata/wikinews/wikinews.jsonl", "../testdata/devset/devset.jsonl", "../testdata/devset/heldout.jsonl", "../testdata/devset/wire.jsonl"} {
		f, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var rec struct{ Text string }
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
				t.Fatal(err)
			}
			texts = append(texts, rec.Text, strings.ToUpper(rec.Text), strings.ToLower(rec.Text))
		}
		f.Close()
	}
	rng := rand.New(rand.NewSource(5))
	words := []string{"Indonesia", "Amerika Serikat", "Joko Widodo", "the", "PBB", "U.S.", "Türkiye", "al-Assad", "x", "Presiden", "Korea", "Utara", "as", "assad", "2024", "_"}
	texts = append(texts, randomTexts(rng, words, 20000)...)
	var folds [][]byte
	for i, text := range texts {
		folded := []byte(Fold(text))
		if i%2 == 1 && len(folded) > 0 {
			// Blank a region with spaces, as the extractor does.
			s := rng.Intn(len(folded))
			e := s + rng.Intn(len(folded)-s+1)
			for k := s; k < e; k++ {
				folded[k] = ' '
			}
		}
		folds = append(folds, folded)
	}
	skipped := 0
	for i, text := range texts {
		folded := folds[i]
		for s := range folded {
			tr := g.trieAt(text, s)
			// walkWord (where mayMatch says yes): walk's candidates, in
			// its order, less some that fail the boundary check.
			all := tr.walk(folded, s, nil)
			var got []cand
			if tr.mayMatch(folded, s) {
				got = tr.walkWord(folded, s, nil)
			}
			k := 0
			for _, c := range all {
				if k < len(got) && got[k] == c {
					k++
				} else if boundary(text, c.s, c.e) {
					t.Fatalf("walkWord(%q, %d) = %v lacks %q, which passes the boundary check", folded, s, got, folded[c.s:c.e])
				}
			}
			if k < len(got) {
				t.Fatalf("walkWord(%q, %d) = %v, not in walk's %v", folded, s, got, all)
			}
			if tr.mayMatch(folded, s) {
				continue
			}
			skipped++
			for _, c := range tr.walk(folded, s, nil) {
				if boundary(text, c.s, c.e) {
					t.Fatalf("mayMatch(%q, %d) = false, but %q passes the boundary check", folded, s, folded[c.s:c.e])
				}
			}
		}
	}
	if skipped < len(texts) {
		t.Errorf("only %d walks skipped in %d texts", skipped, len(texts))
	}
	var filtered [][]Match
	for i, text := range texts {
		filtered = append(filtered, g.Find(text, folds[i], nil))
	}
	// Every head let through: the plain walks.
	for _, tr := range []*trie{g.trie, g.lowTrie} {
		for i := range tr.heads {
			tr.heads[i] = ^uint64(0)
		}
	}
	for i, text := range texts {
		if got, want := filtered[i], g.Find(text, folds[i], nil); !slices.Equal(got, want) {
			t.Fatalf("Find(%q) with mayMatch = %v, without = %v", text, got, want)
		}
	}
}
