package extract

import (
	"context"
	"testing"
)

// TestActorCache checks known against the article's map: ids that share a
// slot, ids not in the map, an empty id, and a cache cleared between
// articles.
func TestActorCache(t *testing.T) {
	x := extractor(t)
	r := x.newRun(context.Background(), "", x.packList[0])
	r.scratch = x.scratch.Get().(*scratch)
	ids := []string{"RUS", "UKR", "USA", "RQS", "vladimir-putin", "un", "nato", "", "R"}
	var c actorCache
	if c.slot("RUS") != c.slot("RQS") {
		t.Fatal("the test wants two ids in one slot")
	}
	for i, id := range ids {
		if i%2 == 0 {
			r.actors[id] = &actorRec{order: i}
		}
	}
	for round := 0; round < 3; round++ {
		for _, id := range ids {
			if got, want := r.known(id), r.actors[id]; got != want {
				t.Fatalf("round %d: known(%q) = %p, want %p", round, id, got, want)
			}
		}
	}
	r.scratch.release(&x.scratch)
	for _, s := range r.acache {
		if s.a != nil || s.id != "" {
			t.Fatalf("cache keeps %q after the article", s.id)
		}
	}
}
