package extract

import (
	"math/rand"
	"slices"
	"testing"
)

// TestArenaRounds checks the arena over several articles (reset between
// them): the chunk being filled is kept in a field of its own (arena.c),
// so the lists of a round must not overwrite each other, and reset must
// leave no value behind and start again at the first chunk, whatever
// chunk the round stopped in.
func TestArenaRounds(t *testing.T) {
	var a arena[int]
	rng := rand.New(rand.NewSource(41))
	for round := range 6 {
		var lists, want [][]int
		var ptrs []*int
		n := rng.Intn(3000)
		if round == 3 {
			n = 20000 // more chunks than a reset arena keeps
		}
		for v := 1; v <= n; v++ {
			switch k := rng.Intn(len(lists) + 1); {
			case k == len(lists):
				lists, want = append(lists, a.one(v)), append(want, []int{v})
			case rng.Intn(4) == 0:
				w := a.window(rng.Intn(arenaChunk) + 1)
				w = append(w, v)
				lists, want = append(lists, w), append(want, []int{v})
			case rng.Intn(3) == 0:
				lists[k], want[k] = a.appendTo(lists[k], v), append(want[k], v)
			default:
				p := a.ptr(v)
				ptrs = append(ptrs, p)
				lists, want = append(lists, []int{*p}), append(want, []int{v})
			}
		}
		for k := range lists {
			if !slices.Equal(lists[k], want[k]) {
				t.Fatalf("round %d: list %d = %v, want %v", round, k, lists[k], want[k])
			}
		}
		for _, p := range ptrs {
			if *p <= 0 || *p > n {
				t.Fatalf("round %d: a pointer's value was overwritten: %d", round, *p)
			}
		}
		a.reset()
		if len(a.chunks) > maxArenaChunks {
			t.Fatalf("round %d: reset kept %d chunks", round, len(a.chunks))
		}
		for _, c := range a.filled() {
			if len(c) != 0 || slices.ContainsFunc(c[:cap(c)], func(v int) bool { return v != 0 }) {
				t.Fatalf("round %d: reset left values", round)
			}
		}
		if len(a.chunks) > 0 && (a.cur != 0 || cap(a.c) != cap(a.chunks[0]) || len(a.c) != 0) {
			t.Fatalf("round %d: reset does not start again at the first chunk", round)
		}
	}
}

// TestArenaFilled checks that filled counts every value ptr handed out,
// the chunk being filled included (documentActors walks it).
func TestArenaFilled(t *testing.T) {
	var a arena[int]
	for round := range 3 {
		n := []int{5, 700, 130}[round]
		for v := range n {
			*a.ptr(v + 1) += 0
		}
		k := 0
		for _, c := range a.filled() {
			for _, v := range c {
				k++
				if v != k {
					t.Fatalf("round %d: value %d is %d", round, k, v)
				}
			}
		}
		if k != n {
			t.Fatalf("round %d: filled holds %d values, want %d", round, k, n)
		}
		a.reset()
	}
}
