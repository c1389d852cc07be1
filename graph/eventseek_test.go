package graph_test

import (
	"context"
	"fmt"
	"math"
	"reflect"
	"slices"
	"testing"

	"github.com/geokg/kg/graph"
	"github.com/geokg/kg/graph/graphtest"
)

// TestEventSeeksAnswerAsTheRelationshipsDo: the timeline and an actor's
// events read from the event_out and event_in indexes give the answers
// the SOURCE and TARGET relationships give, on generated articles written
// one by one, with events reported by several articles, undated events and
// events of an actor with itself, after some articles are deleted and some
// loaded again.
func TestEventSeeksAnswerAsTheRelationshipsDo(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	g, articles := generated(t, 250)
	// Copies: the same events reported by another article (one event per
	// happening), new undated events, and events of an actor with itself.
	var extra []graph.ArticleFacts
	k := len(articles) / 2
	for i, a := range articles[:k] {
		c := a
		c.Article.ID, c.Article.URL = a.Article.ID+"-again", a.Article.URL+"-again"
		c.Mentions, c.Stances, c.Events = nil, nil, nil
		for j, e := range a.Events {
			switch i % 3 {
			case 0: // new undated events, some of an actor with itself
				e.ID = fmt.Sprintf("%s-undated-%d", e.ID, j)
				e.Day, e.Date = nil, ""
				if j%2 == 0 {
					e.Target = e.Source
				}
			case 2: // new dated events of an actor with itself
				e.ID = fmt.Sprintf("%s-self-%d", e.ID, j)
				e.Target = e.Source
			}
			var xs []graph.Evidence
			for _, x := range e.Evidence {
				x.ID += "-again"
				xs = append(xs, x)
			}
			e.Evidence = xs
			c.Events = append(c.Events, e)
		}
		extra = append(extra, g.Declared(c))
	}
	for _, a := range append(append([]graph.ArticleFacts{}, articles...), extra...) {
		if _, err := st.WriteArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	// Delete some originals (their copies keep the events), some copies,
	// and load a few of them again.
	for i := 0; i+1 < k; i += 4 {
		for _, id := range []string{articles[i].Article.ID, extra[i+1].Article.ID} {
			if _, err := st.DeleteArticle(ctx, id); err != nil {
				t.Fatal(err)
			}
		}
	}
	for i := 0; i < k; i += 8 {
		if _, err := st.WriteArticle(ctx, articles[i]); err != nil {
			t.Fatal(err)
		}
	}

	answer := func(t *testing.T, slow bool, s graph.Selection) any {
		t.Helper()
		graph.SetSlowPaths(st, slow)
		defer graph.SetSlowPaths(st, false)
		out, err := st.Query(ctx, []graph.Selection{s})
		if err != nil {
			t.Fatalf("%v: %v", s.Args, err)
		}
		return out["x"]
	}
	// The actors in most events, and a few in one or two.
	seen := map[string]int{}
	var actors []string
	for _, a := range articles {
		for _, e := range a.Events {
			for _, id := range []string{e.Source, e.Target} {
				if id != "" {
					if seen[id] == 0 {
						actors = append(actors, id)
					}
					seen[id]++
				}
			}
		}
	}
	slices.SortStableFunc(actors, func(a, b string) int { return seen[b] - seen[a] })
	actors = append(actors[:5], actors[len(actors)-3:]...)
	bucket := f("start", "count", "cooperative", "hostile", "goldsteinMean")
	periods := []map[string]any{{}, {"since": *day("2018-03-01")}, {"until": *day("2016-12-31")},
		{"since": *day("2017-01-15"), "until": *day("2019-06-30")}, {"until": *day("1990-01-01")}}
	for _, who := range actors {
		for _, b := range []string{"day", "month", "year"} {
			for i, p := range periods {
				t.Run(fmt.Sprintf("timeline %s %s period %d", who, b, i), func(t *testing.T) {
					args := map[string]any{"actor": who, "bucket": b}
					for k, v := range p {
						args[k] = v
					}
					s := sel("x", "timeline", args, bucket...)
					want, got := answer(t, true, s), answer(t, false, s)
					wl, _ := want.([]any)
					if (i == 0 && len(wl) == 0) || (i == len(periods)-1 && (wl == nil || len(wl) > 0)) {
						t.Fatalf("%d buckets for %s", len(wl), who)
					}
					if !sameBuckets(want, got) {
						t.Errorf("seek %v\nwant %v", got, want)
					}
				})
			}
		}
		filters := []map[string]any{{}, {"since": *day("2018-03-01")}, {"quadClasses": []any{4}},
			{"asOf": *day("2019-01-01")}, {"until": *day("2015-01-01")}}
		for i, fl := range filters {
			t.Run(fmt.Sprintf("events %s filter %d", who, i), func(t *testing.T) {
				after := ""
				for page := 0; page < 4; page++ {
					filter := map[string]any{"actor": who}
					for k, v := range fl {
						filter[k] = v
					}
					args := map[string]any{"filter": filter, "first": 7}
					if after != "" {
						args["after"] = after
					}
					s := sel("x", "events", args, f("id", "date", "quadClass")...)
					s.Total = true
					want, got := answer(t, true, s), answer(t, false, s)
					if !reflect.DeepEqual(want, got) {
						t.Fatalf("page %d: seek %v\nwant %v", page, got, want)
					}
					pg, _ := want.(*graph.Page)
					if !pg.More {
						break
					}
					after = pg.Keys[len(pg.Keys)-1]
				}
			})
		}
	}
	// The undated events come last, after every dated one, on both paths.
	t.Run("undated events are read", func(t *testing.T) {
		who := extra[3].Events[0].Source
		s := sel("x", "events", map[string]any{"filter": map[string]any{"actor": who, "until": *day("1990-01-01")}, "first": 500})
		s.Total = true
		n := answer(t, false, s).(*graph.Page).Total
		if n != 0 {
			t.Fatalf("%d events before 1990, want none", n)
		}
		s = sel("x", "events", map[string]any{"filter": map[string]any{"actor": who}, "first": 500}, f("id", "date")...)
		want, got := answer(t, true, s), answer(t, false, s)
		if !reflect.DeepEqual(want, got) {
			t.Fatalf("seek %v\nwant %v", got, want)
		}
		nodes := got.(*graph.Page).Items
		if len(nodes) == 0 || nodes[len(nodes)-1].(map[string]any)["date"] != nil {
			t.Fatalf("the last of %d events of %s is dated, want an undated one", len(nodes), who)
		}
	})
}

// sameBuckets: the same buckets, counts equal, Goldstein means equal but
// for the last bits (the seek adds the scores in another order).
func sameBuckets(want, got any) bool {
	wl, _ := want.([]any)
	gl, _ := got.([]any)
	if len(wl) != len(gl) {
		return false
	}
	for i := range wl {
		w, _ := wl[i].(map[string]any)
		g, _ := gl[i].(map[string]any)
		for k, v := range w {
			if k == "goldsteinMean" {
				a, _ := v.(float64)
				b, ok := g[k].(float64)
				if !ok || math.Abs(a-b) > 1e-9*math.Max(1, math.Abs(a)) {
					return false
				}
				continue
			}
			if !reflect.DeepEqual(v, g[k]) {
				return false
			}
		}
		if len(w) != len(g) {
			return false
		}
	}
	return true
}
