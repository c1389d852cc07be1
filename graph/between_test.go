package graph_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/geokg/kg/graph"
	"github.com/geokg/kg/graph/graphtest"
)

// TestEventsBetweenOnBulkData pages through events(filter: {between}) for
// the pair of actors with the most generated events, with and without a
// period, and compares every page and totalCount with the generated facts:
// events whose source is one of the two and whose target is the other.
func TestEventsBetweenOnBulkData(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	g, articles := generated(t, 2000)
	if _, err := st.BulkWrite(ctx, graph.BulkBatch{Actors: g.Actors(), Articles: articles}); err != nil {
		t.Fatal(err)
	}
	type pair struct{ a, b string }
	byPair := map[pair][]graph.Event{}
	for _, f := range articles {
		for _, e := range f.Events {
			if e.Target == "" || e.Target == e.Source {
				continue
			}
			p := pair{min(e.Source, e.Target), max(e.Source, e.Target)}
			byPair[p] = append(byPair[p], e)
		}
	}
	var top pair
	for p, evs := range byPair {
		if len(evs) > len(byPair[top]) || (len(evs) == len(byPair[top]) && p.a+p.b < top.a+top.b) {
			top = p
		}
	}
	if len(byPair[top]) < 15 {
		t.Fatalf("the busiest pair %v has %d events: too few to page through", top, len(byPair[top]))
	}
	since := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name   string
		since  *time.Time
		actors []any
	}{
		{"all time", nil, []any{top.a, top.b}},
		{"since 2020, the other way round", &since, []any{top.b, top.a}},
	} {
		var want []string
		for _, e := range byPair[top] {
			if tc.since == nil || (e.Day != nil && !e.Day.Before(*tc.since)) {
				want = append(want, e.ID)
			}
		}
		filter := map[string]any{"between": tc.actors}
		if tc.since != nil {
			filter["since"] = *tc.since
		}
		var got []string
		after := ""
		for page := 0; page < 100; page++ {
			args := map[string]any{"filter": filter, "first": 7}
			if after != "" {
				args["after"] = after
			}
			s := sel("x", "events", args, f("id")...)
			s.Total = true
			out, err := st.Query(ctx, []graph.Selection{s})
			if err != nil {
				t.Fatalf("%s: %v", tc.name, err)
			}
			pg := out["x"].(*graph.Page)
			if !pg.Counted || pg.Total != int64(len(want)) {
				t.Errorf("%s: total %v (counted %v), want %d", tc.name, pg.Total, pg.Counted, len(want))
			}
			for _, n := range pg.Items {
				got = append(got, n.(map[string]any)["id"].(string))
			}
			if !pg.More {
				break
			}
			after = pg.Keys[len(pg.Keys)-1]
		}
		if len(got) != len(want) {
			t.Errorf("%s: %d events over all pages, want %d", tc.name, len(got), len(want))
		}
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s: events differ from the generated ones between %s and %s", tc.name, top.a, top.b)
		}
		if len(slices.Compact(got)) != len(got) {
			t.Errorf("%s: an event appears on two pages", tc.name)
		}
	}
}
