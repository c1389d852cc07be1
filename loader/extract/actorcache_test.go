package extract

import (
	"context"
	"fmt"
	"testing"
)

// TestActorCache checks known and actor against the article's map: ids
// that share a slot, ids not in the map (asked about before and after
// they get a record), an empty id, and a cache cleared between articles.
func TestActorCache(t *testing.T) {
	x := extractor(t)
	r := x.newRun(context.Background(), "", x.packList[0])
	r.scratch = x.scratch.Get().(*scratch)
	var c actorCache
	twin := "" // an id in the slot of "RUS"
	for k := 0; k < 26*26*26 && twin == ""; k++ {
		if id := fmt.Sprintf("%c%c%c", 'A'+k/676, 'A'+k/26%26, 'A'+k%26); id != "RUS" && c.slot(id) == c.slot("RUS") {
			twin = id
		}
	}
	if twin == "" {
		t.Fatal("the test wants two ids in one slot")
	}
	ids := []string{"RUS", "UKR", "USA", twin, "vladimir-putin", "un", "nato", "", "R", "joko-widodo", "jusuf-kalla"}
	check := func(round int) {
		t.Helper()
		for _, id := range ids {
			if got, want := r.known(id), r.actors[id]; got != want {
				t.Fatalf("round %d: known(%q) = %p, want %p", round, id, got, want)
			}
			if got := r.actor(id); got != r.actors[id] {
				t.Fatalf("round %d: actor(%q) = %p, want %p", round, id, got, r.actors[id])
			}
		}
	}
	for i, id := range ids {
		if i%2 == 0 {
			// Records go in through setActor, as every record of an
			// article does (knownMiss relies on it: an empty slot has
			// no record; see TestKnownEmptySlot43).
			r.setActor(id, &actorRec{order: i})
		}
	}
	for round := 0; round < 3; round++ {
		check(round)
	}
	for i, id := range ids {
		if i%2 == 1 {
			r.setActor(id, &actorRec{order: i}) // after known said it had none
		}
	}
	for round := 3; round < 6; round++ {
		check(round)
	}
	r.scratch.release(&x.scratch)
	for _, s := range r.acache {
		if s.a != nil || s.id != "" {
			t.Fatalf("cache keeps %q after the article", s.id)
		}
	}
}
