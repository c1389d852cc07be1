package extract

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"testing"
)

// The Wikinews development set (testdata/wikinews/README.md): English news
// sentences annotated before the extractor was run on them.

type wikiItem struct {
	N       int    `json:"n"`
	Article string `json:"article"`
	Split   string `json:"split"`
	Date    string `json:"date"`
	Text    string `json:"text"`
	Events  []struct {
		Source, Root, Target, Status string
	} `json:"events"`
}

func scoreWikinews(t *testing.T, split string) (c prf, falseSents, n int) {
	t.Helper()
	f, err := os.Open("testdata/wikinews/wikinews.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	x := extractor(t)
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		var it wikiItem
		if err := json.Unmarshal(sc.Bytes(), &it); err != nil {
			t.Fatalf("wikinews.jsonl:%d: %v", line, err)
		}
		if it.Split != split {
			continue
		}
		n++
		doc, err := x.Article(context.Background(), Input{Text: it.Text, Lang: "en", Published: it.Date})
		if err != nil {
			t.Fatalf("wikinews.jsonl:%d: %v", line, err)
		}
		got, want := map[string]bool{}, map[string]bool{}
		for _, e := range it.Events {
			want[e.Source+" "+e.Root+" "+e.Target] = true
		}
		for _, e := range doc.Events {
			if e.Target == "" || !realis(e.Status) {
				continue
			}
			if reciprocalRoot(e.Root()) && want[e.Target+" "+e.Root()+" "+e.Source] && !want[e.Source+" "+e.Root()+" "+e.Target] {
				continue
			}
			got[e.Source+" "+e.Root()+" "+e.Target] = true
		}
		var one prf
		fp, fn := score(&one, got, want)
		c.tp += one.tp
		c.fp += one.fp
		c.fn += one.fn
		if len(want) == 0 && len(got) > 0 {
			falseSents++
		}
		if len(fp)+len(fn) > 0 {
			t.Logf("%3d %q\n     +%v -%v", it.N, it.Text, fp, fn)
		}
	}
	f1 := 0.0
	if p, r := c.p(), c.r(); p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	t.Logf("wikinews %s: %d sentences; events %v F1=%.2f; sentences without an event given one: %d", split, n, c, f1, falseSents)
	return c, falseSents, n
}

// TestWikinews scores the development split; floors from its first run.
func TestWikinews(t *testing.T) {
	c, falseSents, n := scoreWikinews(t, "dev")
	if n < 200 {
		t.Fatalf("%d dev sentences, want 237", n)
	}
	if c.p() < wikiFloorP || c.r() < wikiFloorR || float64(falseSents)/float64(n) > wikiCeilFalse {
		t.Errorf("below the floors: P>=%.2f R>=%.2f, false-event sentences <= %.2f", wikiFloorP, wikiFloorR, wikiCeilFalse)
	}
}

// TestWikinewsUnseen scores the unseen split, never used to tune. Its first
// run (extractor 1.2.0 as committed at about 17:41 UTC on 2026-12-04, after the
// rule changes of issue #11) gave P=1.00 R=0.00 (tp=0 fp=0 fn=7) and no
// sentence without an event given one. With 7 annotated events and none
// found, precision is 0 or 1 on a single event, so the gate is on what the
// split can measure: at most 5% of its sentences given a false event; P and
// R are reported. (After the actors work was merged, one statement quoted
// from a news agency about a named body counts as a false event: 1 of 83.)
func TestWikinewsUnseen(t *testing.T) {
	_, falseSents, n := scoreWikinews(t, "unseen")
	if n < 80 {
		t.Fatalf("%d unseen sentences, want 83", n)
	}
	if float64(falseSents)/float64(n) > 0.05 {
		t.Errorf("above the ceiling: false-event sentences <= 0.05")
	}
}

// Floors from the first honest run of the dev split (extractor 1.2.0 before
// any change made on this set: P=0.14 R=0.08, tp=1 fp=6 fn=11, 1 of 237
// sentences without an event given one). Most missed events involve actors
// the gazetteer does not know (Church of Scientology, British Red Cross,
// Freedom Magazine) or the state behind a body ("the Home Office").
const (
	wikiFloorP    = 0.10
	wikiFloorR    = 0.05
	wikiCeilFalse = 0.03
)
