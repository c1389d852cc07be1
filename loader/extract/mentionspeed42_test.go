package extract

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/geokg/kg/loader/extract/gazetteer"
)

// TestMentionSkips42 checks the shortcuts of the mention and actor-record
// speed pass of stop 42 against the plain tests, on every sentence of the
// test texts in every pack: the sentence's hyphen flag before
// reduplicated, routeEnds and diasporaCompound (each needs a hyphen in a
// token's raw or low); the missions' first-word flag (no token of a
// sentence without it starts a mission); and the lexical bits read before
// the map look-ups of mentions.go (a word of each map has its bit).
func TestMentionSkips42(t *testing.T) {
	forSentences(t, 2, func(r *run, st *sentence) {
		text, p := r.text, r.p
		toks := st.toks
		hyphen, lx := r.sentHyphen(st), r.sentLx(st)
		for i := range toks {
			tk := &toks[i]
			if !hyphen && (reduplicated(tk.low) || strings.Contains(tk.raw, "-") || strings.Contains(tk.low, "-")) {
				t.Fatalf("%q: no hyphen, but token %q has one", text[st.s:st.e], tk.raw)
			}
			if fbit := p.missions.fbit; fbit != 0 && lx&fbit == 0 {
				if _, ok := p.missions.at(toks, i); ok || p.missions.mayStart(tk) {
					t.Fatalf("%q: no mission's flag, but a mission starts at %q", text[st.s:st.e], tk.raw)
				}
			}
			for _, b := range []struct {
				name string
				in   bool
				bit  bool
			}{
				{"thing_nouns", p.thingNouns[tk.low], tk.lx2&l2ThingNoun != 0},
				{"facility_heads", p.facilityHeads[tk.low], tk.lx2&l2FacilityHead != 0},
				{"function", p.function[tk.low], tk.lx2&l2Function != 0},
				{"aux", p.aux[tk.low], tk.lx&lxAux != 0},
				{"disaster_verbs", p.disasterVerbs[tk.low], tk.lx2&l2DisasterVerb != 0},
				{"place_object_verbs", p.placeObjectVerbs[tk.low], tk.lx2&l2PlaceObjectVerb != 0},
			} {
				if b.in && !b.bit {
					t.Fatalf("%s word %q without its bit", b.name, tk.raw)
				}
			}
		}
	})
}

// TestNewActorInPlace checks that newActor, which fills its record in the
// arena, makes the record the literal of the plain version made: the
// entry's actor (Entry.Actor), the entry, the order and no mention yet;
// and that the record is the one known and actor then return.
func TestNewActorInPlace(t *testing.T) {
	x := extractor(t)
	r := x.newRun(context.Background(), "", x.packList[0])
	r.scratch = newScratch().(*scratch)
	n := 0
	x.gaz.Entries(func(e *gazetteer.Entry) bool {
		if n >= 3000 {
			return false
		}
		if r.known(e.ID) != nil {
			return true
		}
		a := r.newActor(e.ID, e)
		if !reflect.DeepEqual(a.a, e.Actor()) || a.entry != e || a.order != n || a.lastSi != -1 || a.nM != 0 || len(a.aliases) != 0 {
			t.Fatalf("%s: newActor made %+v", e.ID, *a)
		}
		if r.known(e.ID) != a || r.actor(e.ID) != a {
			t.Fatalf("%s: the new record is not the one looked up", e.ID)
		}
		n++
		return true
	})
	if n == 0 {
		t.Fatal("no entries: the test checks nothing")
	}
}

// TestActorSlotRange checks that the cache's slot, without a mask, is
// within the cache for ids of every length and byte.
func TestActorSlotRange(t *testing.T) {
	var c actorCache
	for n := 1; n < 40; n++ {
		for b := 0; b < 256; b++ {
			id := strings.Repeat(string([]byte{byte(b)}), n)
			if s := c.slot(id); s < 0 || s >= len(c) {
				t.Fatalf("slot(%q) = %d", id, s)
			}
		}
	}
}
