package extract

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"testing"

	"github.com/geokg/kg/loader/facts"
)

// devItem is one hand-annotated sentence of testdata/devset/*.jsonl.
type devItem struct {
	Text   string   `json:"text"`
	Lang   string   `json:"lang"`
	Date   string   `json:"date"`
	Source string   `json:"source"`
	Actors []string `json:"actors"`
	Events []struct {
		Source string `json:"source"`
		Root   string `json:"root"`
		Target string `json:"target"`
	} `json:"events"`
}

func loadDevset(t testing.TB) []devItem {
	t.Helper()
	return loadDevsetFile(t, "testdata/devset/devset.jsonl")
}

func loadDevsetFile(t testing.TB, path string) []devItem {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []devItem
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		var it devItem
		if err := json.Unmarshal(sc.Bytes(), &it); err != nil {
			t.Fatalf("%s line %d: %v", path, n, err)
		}
		if it.Text == "" || it.Source == "" || (it.Lang != "id" && it.Lang != "en") {
			t.Fatalf("%s line %d: text, source and lang (id|en) are required", path, n)
		}
		out = append(out, it)
	}
	return out
}

type prf struct{ tp, fp, fn int }

func (c prf) p() float64 {
	if c.tp+c.fp == 0 {
		return 1
	}
	return float64(c.tp) / float64(c.tp+c.fp)
}

func (c prf) r() float64 {
	if c.tp+c.fn == 0 {
		return 1
	}
	return float64(c.tp) / float64(c.tp+c.fn)
}

func (c prf) String() string {
	return fmt.Sprintf("P=%.2f R=%.2f (tp=%d fp=%d fn=%d)", c.p(), c.r(), c.tp, c.fp, c.fn)
}

func score(c *prf, got, want map[string]bool) (fp, fn []string) {
	for k := range got {
		if want[k] {
			c.tp++
		} else {
			c.fp++
			fp = append(fp, k)
		}
	}
	for k := range want {
		if !got[k] {
			c.fn++
			fn = append(fn, k)
		}
	}
	sort.Strings(fp)
	sort.Strings(fn)
	return fp, fn
}

// TestDevSet reports precision and recall of actors and of (source, CAMEO
// root, target) triples over the hand-annotated development set, and fails
// when they fall below the floors (what the rules achieve, minus a margin).
func TestDevSet(t *testing.T) {
	actors, events := scoreDevset(t, "testdata/devset/devset.jsonl")
	// Floors: what the rules reach today minus a margin, so regressions fail.
	checkFloors(t, actors["all"], events["all"], 0.90, 0.90, 0.85, 0.80)
}

// TestHeldOut scores testdata/devset/heldout.jsonl: sentences written in the
// style of real Indonesian and English reporting and annotated before the
// extractor was run on them. It is reported apart from the development set,
// which the rules were tuned on; its floors are the figures reached minus 0.05.
func TestHeldOut(t *testing.T) {
	actors, events := scoreDevset(t, "testdata/devset/heldout.jsonl")
	checkFloors(t, actors["all"], events["all"], 0.95, 0.95, 0.85, 0.70)
}

func checkFloors(t *testing.T, actors, events *prf, ap, ar, ep, er float64) {
	t.Helper()
	floors := []struct {
		name string
		c    *prf
		p, r float64
	}{
		{"actors", actors, ap, ar},
		{"events", events, ep, er},
	}
	for _, f := range floors {
		if f.c.p() < f.p || f.c.r() < f.r {
			t.Errorf("%s: %v is below the floor P>=%.2f R>=%.2f", f.name, f.c, f.p, f.r)
		}
	}
}

func scoreDevset(t *testing.T, path string) (actors, events map[string]*prf) {
	t.Helper()
	x := extractor(t)
	items := loadDevsetFile(t, path)
	actors = map[string]*prf{"id": {}, "en": {}, "all": {}}
	events = map[string]*prf{"id": {}, "en": {}, "all": {}}
	count := map[string]int{}
	for i, it := range items {
		count[it.Lang]++
		doc, err := x.Article(context.Background(), Input{Text: it.Text, Lang: it.Lang, Published: it.Date})
		if err != nil {
			t.Fatalf("item %d: %v", i+1, err)
		}
		gotA, wantA := map[string]bool{}, map[string]bool{}
		// These sets were annotated when a named body of a state (a
		// ministry, the armed forces, a court) was folded into its state:
		// they are scored that way, a body counting as its state.
		fold := map[string]string{}
		for _, a := range doc.Actors {
			if isBodyKind(a.Kind) && a.Country != "" {
				fold[a.ID] = a.Country
			}
		}
		id := func(s string) string {
			if c, ok := fold[s]; ok {
				return c
			}
			return s
		}
		for _, a := range doc.Actors {
			gotA[id(a.ID)] = true
		}
		for _, a := range it.Actors {
			wantA[a] = true
		}
		gotE, wantE := map[string]bool{}, map[string]bool{}
		for _, e := range it.Events {
			wantE[e.Source+" "+e.Root+" "+e.Target] = true
		}
		for _, e := range doc.Events {
			if e.Target == "" || !realis(e.Status) {
				continue
			}
			// A reciprocal act (meet, agree, cooperate) is coded both ways;
			// the annotation names one direction.
			if src, tgt := id(e.Source), id(e.Target); reciprocalRoot(e.Root()) && wantE[tgt+" "+e.Root()+" "+src] && !wantE[src+" "+e.Root()+" "+tgt] {
				continue
			}
			gotE[id(e.Source)+" "+e.Root()+" "+id(e.Target)] = true
		}
		var c1, c2 prf
		afp, afn := score(&c1, gotA, wantA)
		efp, efn := score(&c2, gotE, wantE)
		for _, k := range []string{it.Lang, "all"} {
			actors[k].tp += c1.tp
			actors[k].fp += c1.fp
			actors[k].fn += c1.fn
			events[k].tp += c2.tp
			events[k].fp += c2.fp
			events[k].fn += c2.fn
		}
		if len(afp)+len(afn)+len(efp)+len(efn) > 0 {
			t.Logf("%2d %s %q\n     actors +%v -%v events +%v -%v", i+1, it.Lang, it.Text, afp, afn, efp, efn)
		}
	}
	if count["id"] < 30 || count["en"] < 30 {
		t.Errorf("%s has %d Indonesian and %d English sentences, want at least 30 each", path, count["id"], count["en"])
	}
	for _, k := range []string{"id", "en", "all"} {
		t.Logf("%-3s actors %v", k, actors[k])
		t.Logf("%-3s events %v", k, events[k])
	}
	return actors, events
}

// realis: the statuses that report an event as having happened, or as
// claimed or denied to have happened; planned, threatened and demanded
// events are not scored as events.
func realis(status string) bool {
	return status == "fact" || status == "alleged" || status == "disputed" || status == "denied"
}

func reciprocalRoot(root string) bool {
	return root == "03" || root == "04" || root == "05" || root == "06"
}

func isBodyKind(k string) bool {
	switch k {
	case facts.KindGovernment, facts.KindLegislature, facts.KindCourt, facts.KindMilitary, facts.KindAgency:
		return true
	}
	return false
}
