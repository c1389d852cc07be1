package extract

import (
	"context"
	"reflect"
	"slices"
	"testing"

	"github.com/geokg/kg/loader/facts"
)

// TestEventCodingFastPaths42 checks the fast paths of the event coding
// pass of stop 42 against the plain versions, on the test texts, in every
// pack:
//   - findEvents and findStances skip a sentence by its flags or'ed
//     together (eventsMayStart, the stance index's first-word and clitic
//     flags): wherever a token passes the loop's own test, the sentence's
//     flags must say so;
//   - phraseIndex.firstList, a wordTable of spans, gives ix.first[w] for
//     every key of every index and for every word of the texts.
func TestEventCodingFastPaths42(t *testing.T) {
	x := extractor(t)
	sentences, words := 0, 0
	for _, p := range x.packList {
		for _, ix := range packIndexes(p) {
			for w, want := range ix.first {
				if got := ix.firstList(w); !reflect.DeepEqual(got, want) {
					t.Fatalf("firstList(%q) = %v, want %v", w, got, want)
				}
			}
			for _, w := range []string{"", "a", "zzzzzzzzzzzzzzzzzz", "ministerr"} {
				if got, want := ix.firstList(w), ix.first[w]; len(got) != len(want) {
					t.Fatalf("firstList(%q) = %v, want %v", w, got, want)
				}
			}
		}
	}
	for _, text := range testTexts(t, 1) {
		for _, p := range x.packList {
			c := cleanFor(x, p, text)
			fbit := p.stances.fbit
			for si := range c.sents {
				toks := c.tokenize(&c.sents[si], nil)
				lx, lx2 := orLx(toks)
				events, stances := false, false
				for i := range toks {
					tk := &toks[i]
					if mayTrigger(tk) || tk.lx2&l2TellVerb != 0 {
						events = true
					}
					if !(fbit != 0 && tk.lx&(fbit|lxStanceClitic) == 0) {
						stances = true
					}
					for _, ix := range packIndexes(p) {
						if got, want := ix.firstList(tk.low), ix.first[tk.low]; !reflect.DeepEqual(got, want) && len(got)+len(want) > 0 {
							t.Fatalf("firstList(%q) = %v, want %v", tk.low, got, want)
						}
						words++
					}
				}
				if events && !eventsMayStart(lx, lx2) {
					t.Fatalf("eventsMayStart skips %q, which has a trigger or a tell verb", text[c.sents[si].s:c.sents[si].e])
				}
				if stances && fbit != 0 && lx&(fbit|lxStanceClitic) == 0 {
					t.Fatalf("findStances' sentence test skips %q, which may start a stance", text[c.sents[si].s:c.sents[si].e])
				}
				sentences++
			}
		}
	}
	if sentences == 0 || words == 0 {
		t.Fatal("no sentence in the test texts")
	}
}

// packIndexes lists a pack's phrase indexes (as TestPhraseIndexAt does).
func packIndexes(p *pack) []*phraseIndex {
	return []*phraseIndex{&p.hedges, &p.denials, &p.stances, &p.titles, &p.metonyms, &p.missions, &p.pairs, &p.bodies, &p.mediaCues, &p.regionBodies}
}

// TestHeadlineTriggersSetReport checks that headlineTriggers reports a
// trigger it gives a headline's bare verb: findEvents reads the sentence's
// flags, computed before, and would skip these headlines without it (their
// bare verbs have no trigger flag of their own; "Rusia Serang Kyiv" does).
func TestHeadlineTriggersSetReport(t *testing.T) {
	x := extractor(t)
	for _, h := range []struct{ text, src, tgt string }{
		{"China Kecam Jepang", "CHN", "JPN"},
		{"Trump Ancam Iran", "USA", "IRN"},
		{"Indonesia Kutuk Israel", "IDN", "ISR"},
	} {
		doc, err := x.Article(context.Background(), Input{Text: h.text, Lang: "id", Published: "2025-12-01"})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.ContainsFunc(doc.Events, func(e facts.Event) bool { return e.Source == h.src && e.Target == h.tgt }) {
			t.Errorf("no %s → %s event in the headline %q: %+v", h.src, h.tgt, h.text, doc.Events)
		}
	}
}
