package extract

import (
	"math/rand"
	"slices"
	"testing"
)

// TestSortMentions checks sortMentions, which skips lists already in
// order, against the stable sort it stands for: random lists with equal
// starts and equal spans, sorted ones among them.
func TestSortMentions(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	cmp := func(a, b *mention) int {
		if a.ti != b.ti {
			return a.ti - b.ti
		}
		return b.tj - a.tj
	}
	for round := 0; round < 5000; round++ {
		ms := make([]*mention, rng.Intn(9))
		for i := range ms {
			ti := rng.Intn(5)
			ms[i] = &mention{ti: ti, tj: ti + 1 + rng.Intn(3)}
		}
		if round%3 == 0 {
			slices.SortStableFunc(ms, cmp)
		}
		want := slices.Clone(ms)
		slices.SortStableFunc(want, cmp)
		got := slices.Clone(ms)
		sortMentions(got)
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("round %d: mention %d is %+v, want %+v", round, i, *got[i], *want[i])
			}
		}
	}
}
