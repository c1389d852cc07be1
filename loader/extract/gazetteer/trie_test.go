package gazetteer

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// TestTrieWalk checks the trie's walks against the definition (every key
// that is a prefix of the text at s), on keys with shared prefixes, nodes
// with one, a few and many children (dense tables), repeated keys and
// bytes above 0x7f.
func TestTrieWalk(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	alphabets := map[string]string{
		"few letters": "ab",
		"many":        "abcdefghijklmnopqrstuvwxyz -.",
		"bytes":       "a\x00\xff\xc3\xa9 ",
	}
	for name, alpha := range alphabets {
		t.Run(name, func(t *testing.T) {
			var keys []string
			word := func(n int) string {
				var b strings.Builder
				for i := 0; i < n; i++ {
					b.WriteByte(alpha[rng.Intn(len(alpha))])
				}
				return b.String()
			}
			for i := 0; i < 400; i++ {
				keys = append(keys, word(1+rng.Intn(9)))
			}
			for i := range len(alpha) {
				// A node below the root with a child by every byte (a kidMap
				// where there are more than denseMin).
				keys = append(keys, alpha[:2]+alpha[i:i+1])
			}
			keys = append(keys, keys[3], keys[7]) // repeated keys: both indices
			tr := buildTrie(keys)
			for i := 0; i < 300; i++ {
				text := []byte(word(20))
				for s := range text {
					var want []cand
					for k := range keys {
						if strings.HasPrefix(string(text[s:]), keys[k]) {
							want = append(want, cand{s, s + len(keys[k]), k})
						}
					}
					slices.SortStableFunc(want, func(a, b cand) int { return a.e - b.e })
					got := tr.walk(text, s, nil)
					if !slices.Equal(got, want) {
						t.Fatalf("walk(%q, %d) = %v, want %v", text, s, got, want)
					}
				}
			}
			if len(tr.maps) == 0 && len(alpha) > denseMin {
				t.Errorf("no mapped node in a trie over %d bytes", len(alpha))
			}
			if len(tr.tables) == 0 && len(alpha) > denseMin {
				t.Errorf("no node with a table in a trie over %d bytes", len(alpha))
			}
		})
	}
}

// TestTrieWalkChains checks the walks down chains (chainMin) against the
// definition: long keys, so that most nodes below the top are links of
// chains, and texts that follow a key for a while (to its end, past it,
// or to a byte that differs), near the text's end too, where a chain is
// crossed a byte at a time.
func TestTrieWalkChains(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	const alpha = "abcdefgh ."
	word := func(n int) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteByte(alpha[rng.Intn(len(alpha))])
		}
		return b.String()
	}
	var keys []string
	for i := 0; i < 300; i++ {
		k := word(1 + rng.Intn(30))
		keys = append(keys, k)
		if i%3 == 0 {
			keys = append(keys, k+word(1+rng.Intn(12))) // a key inside a chain's end
		}
	}
	tr := buildTrie(keys)
	chains := 0
	for _, nd := range tr.nodes {
		if nd.nkid > chainMin && nd.nkid <= chainMin+8 {
			chains++
		}
	}
	if chains == 0 {
		t.Fatal("no chain in the trie")
	}
	for i := 0; i < 3000; i++ {
		k := keys[rng.Intn(len(keys))]
		text := word(rng.Intn(3)) + k[:rng.Intn(len(k)+1)]
		switch rng.Intn(3) {
		case 0:
			text += word(rng.Intn(20))
		case 1:
			text += k[len(text)%len(k):]
		}
		for s := range len(text) {
			var want []cand
			for k := range keys {
				if strings.HasPrefix(text[s:], keys[k]) {
					want = append(want, cand{s, s + len(keys[k]), k})
				}
			}
			slices.SortStableFunc(want, func(a, b cand) int { return a.e - b.e })
			if got := tr.walk([]byte(text), s, nil); !slices.Equal(got, want) {
				t.Fatalf("walk(%q, %d) = %v, want %v", text, s, got, want)
			}
		}
	}
}
