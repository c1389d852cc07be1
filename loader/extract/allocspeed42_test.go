package extract

import (
	"math/rand"
	"slices"
	"testing"
)

// TestArenaSlotZero checks what slot relies on: the room of every chunk
// past its length holds zero values, whatever the arena handed out
// before (values, windows, lists grown by appendTo, prepends) and over
// several articles (reset between them), so that each value slot hands
// out is zero as a new one would be.
func TestArenaSlotZero(t *testing.T) {
	var a arena[[3]int]
	rng := rand.New(rand.NewSource(42))
	v := [3]int{1, 2, 3}
	for round := range 6 {
		var lists [][][3]int
		n := rng.Intn(3000)
		if round == 3 {
			n = 20000 // more chunks than a reset arena keeps
		}
		for range n {
			k := rng.Intn(len(lists) + 1)
			switch {
			case rng.Intn(3) == 0:
				p := a.slot()
				if *p != [3]int{} {
					t.Fatalf("round %d: slot handed out %v", round, *p)
				}
				*p = v
			case k == len(lists):
				lists = append(lists, a.one(v))
			case rng.Intn(4) == 0:
				w := a.window(rng.Intn(arenaChunk) + 1)
				lists = append(lists, append(w, v))
			case rng.Intn(4) == 0:
				lists[k] = a.prepend(v, lists[k])
			case rng.Intn(3) == 0:
				lists[k] = a.appendTo(lists[k], v)
			default:
				*a.ptr(v) = v
			}
			// a caller appends to a list within its capacity
			if k < len(lists) && len(lists[k]) < cap(lists[k]) {
				lists[k] = append(lists[k], v)
			}
		}
		for _, c := range a.filled() {
			if slices.ContainsFunc(c[len(c):cap(c)], func(x [3]int) bool { return x != [3]int{} }) {
				t.Fatalf("round %d: a value past a chunk's length", round)
			}
		}
		a.reset()
	}
}

// TestArenaSlotValues checks that the values slot hands out are kept
// apart: each filled in place keeps its value while more are handed out.
func TestArenaSlotValues(t *testing.T) {
	var a arena[int]
	for round := range 3 {
		var ptrs []*int
		for v := range 1000 {
			p := a.slot()
			*p = v + 1
			ptrs = append(ptrs, p)
		}
		for i, p := range ptrs {
			if *p != i+1 {
				t.Fatalf("round %d: value %d is %d", round, i+1, *p)
			}
		}
		a.reset()
	}
}
