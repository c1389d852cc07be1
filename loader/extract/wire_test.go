package extract

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/geokg/kg/loader/facts"
)

// The wire development set (testdata/devset/wire.jsonl): 80 English
// one-sentence news items in the style of Reuters, AP, AFP, Al Jazeera and
// BBC, annotated with actors and events (source, CAMEO root, target,
// status) before the extractor was run on them; 60 dev, 20 unseen (every
// fourth item), the unseen part run only at the end of a pass. It is scored
// the way CAMEO codes actors: a person, a named body or a place that belongs
// to a state takes part as that state ("Chinese Foreign Minister Wang Yi" is
// CHN, "Kyiv" is UKR); armed groups, international organizations and other
// organizations as themselves. Measures: directed (source, target) dyads of
// what the sentence asserts (planned, threatened and demanded content is
// not an event), the CAMEO root on the dyads found, and the share of
// sentences with an annotated event where none was found.

type wireItem struct {
	N      int      `json:"n"`
	Split  string   `json:"split"`
	Text   string   `json:"text"`
	Lang   string   `json:"lang"`
	Date   string   `json:"date"`
	Source string   `json:"source"`
	Actors []string `json:"actors"`
	Events []struct {
		Source, Root, Target, Status string
	} `json:"events"`
}

type wireScore struct {
	dyads, actors     prf
	rootHit, rootSeen int // dyads found whose root is right / dyads found
	noEvent, withGold int // sentences with an annotated event and none found / with one
	n                 int
}

func (s wireScore) f1() float64 {
	p, r := s.dyads.p(), s.dyads.r()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (s wireScore) rootAcc() float64 {
	if s.rootSeen == 0 {
		return 0
	}
	return float64(s.rootHit) / float64(s.rootSeen)
}

func (s wireScore) noEventShare() float64 {
	if s.withGold == 0 {
		return 0
	}
	return float64(s.noEvent) / float64(s.withGold)
}

func scoreWire(t *testing.T, split string) wireScore {
	t.Helper()
	f, err := os.Open("testdata/devset/wire.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	x := extractor(t)
	var s wireScore
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		var it wireItem
		if err := json.Unmarshal(sc.Bytes(), &it); err != nil {
			t.Fatalf("wire.jsonl:%d: %v", line, err)
		}
		if it.Text == "" || it.Source == "" || it.Lang != "en" || (it.Split != "dev" && it.Split != "unseen") {
			t.Fatalf("wire.jsonl:%d: text, source, lang en and split dev|unseen are required", line)
		}
		if it.Split != split {
			continue
		}
		s.n++
		doc, err := x.Article(context.Background(), Input{Text: it.Text, Lang: it.Lang, Published: it.Date})
		if err != nil {
			t.Fatalf("wire.jsonl:%d: %v", line, err)
		}
		// CAMEO's reading of actors: what belongs to a state is the state.
		state := map[string]string{}
		for _, a := range doc.Actors {
			if a.Country != "" && (isBodyKind(a.Kind) || a.Kind == facts.KindPerson || a.Kind == facts.KindPlace) {
				state[a.ID] = a.Country
			}
		}
		fold := func(id string) string {
			if c, ok := state[id]; ok {
				return c
			}
			return id
		}
		gotA, wantA := map[string]bool{}, map[string]bool{}
		for _, a := range doc.Actors {
			if !isBodyKind(a.Kind) {
				gotA[a.ID] = true
			} else if a.Country != "" {
				gotA[a.Country] = true
			}
		}
		for _, a := range it.Actors {
			wantA[a] = true
		}
		score(&s.actors, gotA, wantA)

		wantRoots := map[string]map[string]bool{} // dyad → roots
		for _, e := range it.Events {
			if !realis(e.Status) {
				continue
			}
			d := e.Source + ">" + e.Target
			if wantRoots[d] == nil {
				wantRoots[d] = map[string]bool{}
			}
			wantRoots[d][e.Root] = true
		}
		gotRoots := map[string]map[string]bool{}
		for _, e := range doc.Events {
			if e.Target == "" || !realis(e.Status) {
				continue
			}
			src, tgt := fold(e.Source), fold(e.Target)
			if src == tgt && e.SourceSector == "" {
				continue
			}
			d := src + ">" + tgt
			// A reciprocal act is coded both ways; the annotation names one.
			if reciprocalRoot(e.Root()) && wantRoots[tgt+">"+src] != nil && wantRoots[d] == nil {
				continue
			}
			if gotRoots[d] == nil {
				gotRoots[d] = map[string]bool{}
			}
			gotRoots[d][e.Root()] = true
		}
		var one prf
		fp, fn := score(&one, dyadSet(gotRoots), dyadSet(wantRoots))
		s.dyads.tp += one.tp
		s.dyads.fp += one.fp
		s.dyads.fn += one.fn
		var wrongRoot []string
		for d, want := range wantRoots {
			got := gotRoots[d]
			if got == nil {
				continue
			}
			s.rootSeen++
			hit := false
			for r := range got {
				hit = hit || want[r]
			}
			if hit {
				s.rootHit++
			} else {
				wrongRoot = append(wrongRoot, d+" "+strings.Join(sortedKeys(got), ",")+"≠"+strings.Join(sortedKeys(want), ","))
			}
		}
		if len(wantRoots) > 0 {
			s.withGold++
			if len(gotRoots) == 0 {
				s.noEvent++
			}
		}
		if len(fp)+len(fn)+len(wrongRoot) > 0 {
			t.Logf("%2d %q\n     dyads +%v -%v roots %v", it.N, it.Text, fp, fn, wrongRoot)
		}
	}
	t.Logf("wire %s: %d sentences; dyads %v F1=%.2f; root right on %d/%d found dyads (%.2f); no event found in %d/%d sentences with one (%.2f); actors %v",
		split, s.n, s.dyads, s.f1(), s.rootHit, s.rootSeen, s.rootAcc(), s.noEvent, s.withGold, s.noEventShare(), s.actors)
	return s
}

func dyadSet(m map[string]map[string]bool) map[string]bool {
	out := make(map[string]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// wireFloor: the floors of one split of the wire set.
type wireFloor struct {
	p, r, root, noEvent float64
}

func checkWire(t *testing.T, s wireScore, n int, fl wireFloor) {
	t.Helper()
	if s.n != n {
		t.Fatalf("%d sentences, want %d", s.n, n)
	}
	if s.dyads.p() < fl.p || s.dyads.r() < fl.r || s.rootAcc() < fl.root || s.noEventShare() > fl.noEvent {
		t.Errorf("below the floors: dyads P>=%.2f R>=%.2f, root on found dyads >=%.2f, no event found <=%.2f",
			fl.p, fl.r, fl.root, fl.noEvent)
	}
}

// TestWireDev scores the 60 dev items of the wire set. Floors: the first
// honest run (extractor 1.5.0 at 5105aaf, before any rule change of the
// fourth events pass: dyads P=0.85 R=0.78 F1=0.81, root right on 40/45
// found dyads, no event found in 10/53 sentences with one) minus 0.05.
func TestWireDev(t *testing.T) {
	checkWire(t, scoreWire(t, "dev"), 60, wireFloor{p: 0.80, r: 0.73, root: 0.84, noEvent: 0.24})
}

// TestWireUnseen scores the 20 unseen items, run only at the end of a pass.
// First honest run (extractor 1.5.0 at 5105aaf, run at the end of the
// fourth events pass): dyads P=0.77 R=0.57 F1=0.65 (tp=17 fp=5 fn=13),
// root right on 17/17 found dyads, no event found in 3/17 sentences with
// one; the pass's rules, run once after it: the same dyads, no event in
// 4/17. Floors: about one item's worth below the first run.
func TestWireUnseen(t *testing.T) {
	checkWire(t, scoreWire(t, "unseen"), 20, wireFloor{p: 0.70, r: 0.50, root: 0.90, noEvent: 0.30})
}
