package gen

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"slices"
	"testing"
	"time"
)

var small = Config{Seed: 7, Events: 20_000, Minors: 3_000}

func digest(t testing.TB, g *Generator, articles int) string {
	t.Helper()
	h := sha256.New()
	enc := json.NewEncoder(h)
	if err := enc.Encode(g.Actors()); err != nil {
		t.Fatal(err)
	}
	n := 0
	for a := range g.Articles() {
		if err := enc.Encode(a); err != nil {
			t.Fatal(err)
		}
		if n++; n == articles {
			break
		}
	}
	return fmt.Sprintf("%x", h.Sum(nil))
}

func mustNew(t testing.TB, c Config) *Generator {
	t.Helper()
	g, err := New(c)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestSameSeedSameGraph(t *testing.T) {
	a := digest(t, mustNew(t, small), 500)
	if b := digest(t, mustNew(t, small), 500); a != b {
		t.Errorf("two generators with one config differ: %s vs %s", a, b)
	}
	g := mustNew(t, small)
	if b := digest(t, g, 500); a != b {
		t.Errorf("re-iterating differs")
	}
	other := small
	other.Seed++
	if c := digest(t, mustNew(t, other), 500); a == c {
		t.Errorf("another seed gives the same graph")
	}
	if small.Fingerprint() == other.Fingerprint() {
		t.Errorf("fingerprints of different seeds are equal: %s", small.Fingerprint())
	}
}

func TestCameoTable(t *testing.T) {
	codes := map[string]bool{}
	for _, c := range cameo {
		if codes[c.Code] {
			t.Errorf("code %s twice", c.Code)
		}
		codes[c.Code] = true
		if r := c.Root(); r < "01" || r > "20" {
			t.Errorf("%s: root %s out of 01–20", c.Code, r)
		}
		if q := quadOfRoot(c.Root()); c.Quad != q {
			t.Errorf("%s: quad class %d, root %s says %d", c.Code, c.Quad, c.Root(), q)
		}
		if c.Goldstein < -10 || c.Goldstein > 10 || c.Phrase == "" || c.Type == "" {
			t.Errorf("%s: bad row %+v", c.Code, c)
		}
	}
	for _, w := range append(append([]weighted{}, coopRoots...), conflictRoots...) {
		found := false
		for _, c := range cameo {
			found = found || c.Root() == w.Key
		}
		if !found {
			t.Errorf("root %s has a weight but no code", w.Key)
		}
	}
	for code := range untargeted {
		if !codes[code] {
			t.Errorf("untargeted code %s is not in the table", code)
		}
	}
}

// TestGraphIsRealistic checks a small graph against what the benchmark's
// issue asks of the full one, in proportion.
func TestGraphIsRealistic(t *testing.T) {
	g := mustNew(t, small)
	states, kinds := 0, map[string]int{}
	ids := map[string]bool{}
	for _, a := range g.Actors() {
		kinds[a.Kind]++
		if a.Kind == "state" {
			states++
			if len(a.ID) != 3 {
				t.Errorf("state %s: ID is not alpha-3", a.ID)
			}
		} else if a.Kind != "igo" && a.Country == "" {
			t.Errorf("%s %s has no country", a.Kind, a.ID)
		}
		if ids[a.ID] {
			t.Errorf("actor ID %s twice", a.ID)
		}
		ids[a.ID] = true
	}
	if states < 200 || kinds["igo"] < 10 {
		t.Errorf("%d states and %d IGOs, want ≥ 200 and ≥ 10", states, kinds["igo"])
	}
	for _, k := range []string{"person", "armed_group", "organization", "media"} {
		if kinds[k] < small.Minors/20 {
			t.Errorf("only %d actors of kind %s", kinds[k], k)
		}
	}
	from, to := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC)
	var articles, events, withTop5, explicit, derived int
	roots := map[string]int{}
	top5 := map[string]bool{"USA": true, "CHN": true, "RUS": true, "UKR": true, "GBR": true}
	eventIDs := map[string]bool{}
	years := map[int]int{}
	for a := range g.Articles() {
		articles++
		p := *a.Article.Published
		if p.Before(from) || p.After(to) {
			t.Fatalf("article %s published %s, outside 2015–2024", a.Article.ID, p)
		}
		years[p.Year()]++
		if len(a.Mentions) == 0 {
			t.Errorf("article %s mentions nobody", a.Article.ID)
		}
		for _, e := range a.Events {
			events++
			roots[e.Root]++
			if eventIDs[e.ID] {
				t.Fatalf("event ID %s twice", e.ID)
			}
			eventIDs[e.ID] = true
			if e.QuadClass != quadOfRoot(e.Root) || e.Cameo[:2] != e.Root {
				t.Errorf("event %s: cameo %s root %s quad %d", e.ID, e.Cameo, e.Root, e.QuadClass)
			}
			if len(e.Evidence) != 1 || e.Evidence[0].ID == "" || e.Evidence[0].Sentence == "" {
				t.Fatalf("event %s: evidence %+v", e.ID, e.Evidence)
			}
			if e.Day == nil || e.Day.After(p) {
				t.Errorf("event %s on %v, after its article (%s)", e.ID, e.Day, p)
			}
			if top5[e.Source] || top5[e.Target] {
				withTop5++
			}
		}
		for _, s := range a.Stances {
			if len(s.Evidence) == 0 {
				t.Errorf("stance %s has no evidence", s.ID)
			}
			if s.Kind == "explicit" {
				explicit++
			} else {
				derived++
			}
		}
	}
	if events != small.Events {
		t.Errorf("%d events, want %d", events, small.Events)
	}
	if per := float64(events) / float64(articles); per < 4.5 || per > 5.5 {
		t.Errorf("%.2f events per article, want about 5", per)
	}
	if share := float64(withTop5) / float64(events); share < 0.5 {
		t.Errorf("the five most reported states are in %.0f%% of events, want most", 100*share)
	}
	if len(roots) != 20 {
		t.Errorf("%d CAMEO roots used, want all 20: %v", len(roots), roots)
	}
	if roots["04"] < roots["20"]*10 {
		t.Errorf("consultations (%d) should be far more common than mass violence (%d)", roots["04"], roots["20"])
	}
	if len(years) != 10 || years[2024] <= years[2015] {
		t.Errorf("articles per year %v: want all ten years, growing", years)
	}
	if explicit == 0 || derived < articles/2 {
		t.Errorf("%d explicit and %d derived stance statements in %d articles", explicit, derived, articles)
	}
}

func TestFullSizeActors(t *testing.T) {
	g := mustNew(t, Full())
	if n := len(g.Actors()); n < 50_200 {
		t.Errorf("%d actors, want ≥ 200 states and organizations and ≥ 50,000 people and groups", n)
	}
	if n := g.AllyPairs(); n < 2000 || n > 10_000 {
		t.Errorf("%d explicit alliances, want a few thousand", n)
	}
}

func TestDeclaredIncludesRoleHolders(t *testing.T) {
	g := mustNew(t, small)
	byID := map[string]bool{}
	for a := range g.Articles() {
		d := g.Declared(a)
		clear(byID)
		for _, ac := range d.Actors {
			byID[ac.ID] = true
		}
		for _, ac := range d.Actors {
			for _, r := range ac.Roles {
				if !byID[r.Of] {
					t.Fatalf("article %s: %s holds a role in %s, which is not declared", a.Article.ID, ac.ID, r.Of)
				}
			}
		}
		for _, e := range d.Events {
			if !byID[e.Source] {
				t.Fatalf("article %s: event source %s not declared", a.Article.ID, e.Source)
			}
		}
	}
}

func TestBatchesCoverEverything(t *testing.T) {
	c := small
	c.Events = 3000
	g := mustNew(t, c)
	actors, events, batches := 0, 0, 0
	for b := range g.Batches(1000) {
		batches++
		actors += len(b.Actors)
		n := 0
		for _, a := range b.Articles {
			n += len(a.Events)
		}
		if n > 1000+20 {
			t.Errorf("batch of %d events, want about 1000", n)
		}
		events += n
	}
	if actors != len(g.Actors()) || events != 3000 || batches < 4 {
		t.Errorf("batches hold %d actors, %d events in %d batches; want %d, 3000, ≥ 4", actors, events, batches, len(g.Actors()))
	}
}

func TestQueryInputs(t *testing.T) {
	g := mustNew(t, small)
	top := map[string]bool{}
	for _, id := range topMajors[:10] {
		top[id] = true
	}
	with, without := 0, 0
	for _, id := range g.QueryActors(64, true) {
		if top[id] {
			with++
		}
	}
	for _, id := range g.QueryActors(64, false) {
		if top[id] {
			without++
		}
	}
	pairsWithout := 0
	for _, p := range g.QueryPairs(64, false) {
		if p[0] == p[1] {
			t.Errorf("pair of %s with itself", p[0])
		}
		if top[p[0]] || top[p[1]] {
			pairsWithout++
		}
	}
	if with != 16 || without != 0 || pairsWithout != 0 {
		t.Errorf("top-10 actors among 64 inputs: %d with, %d and %d (pairs) without; want 16, 0, 0", with, without, pairsWithout)
	}
	if a, b := g.QueryActors(8, true), g.QueryActors(8, true); !slices.Equal(a, b) {
		t.Errorf("inputs differ between calls: %v, %v", a, b)
	}
}

func BenchmarkArticles(b *testing.B) {
	g := mustNew(b, Config{Seed: 1, Events: 1 << 62, Minors: Full().Minors})
	events := 0
	b.ResetTimer()
	n := 0
	for a := range g.Articles() {
		events += len(a.Events)
		if n++; n >= b.N {
			break
		}
	}
	b.ReportMetric(float64(events)/b.Elapsed().Seconds(), "events/s")
}
