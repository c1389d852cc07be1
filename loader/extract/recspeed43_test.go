package extract

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/geokg/kg/loader/extract/gazetteer"
	"github.com/geokg/kg/loader/facts"
)

// The actor records speed pass of stop 43: a question about a mention's
// actor makes its record from the entry the mention's match found
// (mentionActor, isStateMention) instead of looking the id up again, and
// partOf asks isStateRole, a walk of the state roles' list, instead of the
// map. These tests compare each shortcut with the plain version.

// readDoc reads text in pack p as Article does, with plain look-ups of
// every actor when plain is set, and gives the document and the run's
// count of records made from an entry a mention carried.
func readDoc(t *testing.T, x *Extractor, p *pack, text string, plain bool) (facts.Document, int) {
	t.Helper()
	r := x.newRun(context.Background(), text, p)
	r.scratch = newScratch().(*scratch)
	r.plainActors = plain
	var doc facts.Document
	if err := r.read(&doc); err != nil {
		t.Fatal(err)
	}
	// A record the shortcut could make from a mention's entry is one whose
	// entry is the gazetteer's own: count them, and check that each one's
	// entry is what the gazetteer gives for its id.
	fromGaz := 0
	for id, a := range r.actors {
		if a == nil || a.entry == nil {
			continue
		}
		if e, ok := x.gaz.Lookup(id); ok && e == a.entry {
			fromGaz++
		}
	}
	r.writeDocument(&doc)
	return doc, fromGaz
}

// TestMentionEntryShortcut43 reads the test texts in every pack twice,
// with the shortcut of actorMiss (a caller's entry spares the gazetteer's
// look-up) and with plain look-ups (run.plainActors), and wants the same
// documents: a mention carrying an entry other than the gazetteer's for
// its id (one a rule made up, before its record) would make a record the
// plain look-up does not, or another one.
func TestMentionEntryShortcut43(t *testing.T) {
	x := extractor(t)
	docs, records := 0, 0
	for _, text := range testTexts(t, 1) {
		for _, p := range x.packList {
			fast, n := readDoc(t, x, p, text, false)
			plain, _ := readDoc(t, x, p, text, true)
			if !reflect.DeepEqual(fast, plain) {
				t.Fatalf("%s text %.80q: the documents differ:\nshortcut %+v\nplain    %+v", p.lang, text, fast.Actors, plain.Actors)
			}
			docs++
			records += n
		}
	}
	if docs == 0 || records == 0 {
		t.Fatalf("%d documents, %d records of gazetteer entries: the test checks nothing", docs, records)
	}
}

// TestMentionEntryIsGazetteers43 checks the shortcut's premise directly:
// on the test texts, in every pack, each mention that findMentions and the
// passes after it give with an entry of its own id carries the
// gazetteer's entry of that id, or names an actor the article already
// has a record of (an entry a rule made up, given to the record first).
func TestMentionEntryIsGazetteers43(t *testing.T) {
	x := extractor(t)
	checked := 0
	for _, text := range testTexts(t, 1) {
		for _, p := range x.packList {
			r := x.newRun(context.Background(), text, p)
			r.scratch = newScratch().(*scratch)
			if err := r.read(&facts.Document{}); err != nil {
				t.Fatal(err)
			}
			for _, ms := range r.mentions.filled() {
				for i := range ms {
					m := &ms[i]
					if m.entry == nil || m.entry.ID != m.id {
						continue
					}
					e, ok := x.gaz.Lookup(m.id)
					if ok && e == m.entry {
						checked++
						continue
					}
					if a := r.actors[m.id]; a == nil || a.entry != m.entry {
						t.Fatalf("%s text %.60q: mention %q of %s carries an entry that is not the gazetteer's (%v) nor its record's", p.lang, text, m.surface, m.id, ok)
					}
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("no mention with a gazetteer entry: the test checks nothing")
	}
}

// TestStateRoleList43 compares isStateRole with the map stateRol on every
// role title of the gazetteer, the packs' title labels and a few others.
func TestStateRoleList43(t *testing.T) {
	x := extractor(t)
	titles := map[string]bool{"": true, "head": true, "head_of_stat": true, "head_of_states": true, "HEAD_OF_STATE": true}
	for s := range x.stateRol {
		titles[s] = true
		titles[strings.TrimSuffix(s, "e")] = true
	}
	x.gaz.Entries(func(e *gazetteer.Entry) bool {
		for _, ro := range e.Roles {
			titles[ro.Title] = true
		}
		return true
	})
	yes := 0
	for s := range titles {
		if got, want := x.isStateRole(s), x.stateRol[s]; got != want {
			t.Fatalf("isStateRole(%q) = %v, stateRol says %v", s, got, want)
		}
		if x.stateRol[s] {
			yes++
		}
	}
	if yes == 0 || len(titles) < 10 {
		t.Fatalf("%d titles, %d state roles: the test checks little", len(titles), yes)
	}
}
