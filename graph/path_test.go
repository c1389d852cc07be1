package graph_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/geokg/kg/graph"
	"github.com/geokg/kg/graph/graphtest"
)

// TestPathSteps covers each way path finds the shortest connection — a
// role, a stance or an event directly between the two, a longer chain —
// and what keeps it from finding one: a period, maxHops, the same actor
// twice, an actor with no facts.
func TestPathSteps(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	actors := []graph.Actor{
		{ID: "AAA", Name: "Aland", Kind: "state"}, {ID: "BBB", Name: "Beland", Kind: "state"},
		{ID: "CCC", Name: "Ceeland", Kind: "state"}, {ID: "DDD", Name: "Deeland", Kind: "state"},
		{ID: "EEE", Name: "Eeland", Kind: "state"},
		{ID: "bob", Name: "Bob Example", Kind: "person", Roles: []graph.Role{{Title: "head_of_state", Of: "BBB", Start: "2020"}}},
	}
	event := func(id, src, tgt, d string) graph.Event {
		return graph.Event{ID: id, Type: "attack", Cameo: "190", Root: "19", QuadClass: 4, Goldstein: -10, Source: src, Target: tgt,
			Date: d, Day: day(d), Status: "fact", Confidence: 0.8, Evidence: []graph.Evidence{ev("x-"+id, src+" attacked "+tgt+".", 0.8)}}
	}
	for _, f := range []graph.ArticleFacts{
		{Article: graph.Article{ID: "old", Published: day("2019-01-01")}, Actors: actors,
			Mentions: []graph.Mention{{Actor: "EEE", Evidence: ev("m-e", "Eeland said nothing.", 0.9)}},
			Stances: []graph.Stance{{ID: "st-ab", Source: "AAA", Target: "BBB", Relation: "ally", Kind: "explicit",
				Evidence: []graph.Evidence{ev("x-ab", "Aland is an ally of Beland.", 0.9)}}},
			Events: []graph.Event{event("e-cb", "CCC", "BBB", "2019-01-01")}},
		{Article: graph.Article{ID: "new", Published: day("2023-01-01")}, Actors: actors[:4],
			Events: []graph.Event{event("e-dc", "DDD", "CCC", "2023-01-01")}},
	} {
		if _, err := st.WriteArticle(ctx, f); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		name string
		args map[string]any
		want string // hops as KIND(relation):from-to, or "none"
	}{
		{"a role", map[string]any{"from": "bob", "to": "BBB"}, "role(head_of_state):bob-BBB"},
		{"a stance", map[string]any{"from": "AAA", "to": "BBB"}, "stance(ally):AAA-BBB"},
		{"an event, against its direction", map[string]any{"from": "BBB", "to": "CCC"}, "event(attack):BBB-CCC"},
		{"a chain", map[string]any{"from": "AAA", "to": "DDD"}, "stance(ally):AAA-BBB event(attack):BBB-CCC event(attack):CCC-DDD"},
		{"a chain through a role", map[string]any{"from": "bob", "to": "CCC"}, "role(head_of_state):bob-BBB event(attack):BBB-CCC"},
		{"a chain too long for maxHops", map[string]any{"from": "AAA", "to": "DDD", "maxHops": 2}, "none"},
		{"a fact before the period", map[string]any{"from": "AAA", "to": "BBB", "since": *day("2020-01-01")}, "none"},
		{"a fact in the period", map[string]any{"from": "CCC", "to": "DDD", "since": *day("2020-01-01")}, "event(attack):CCC-DDD"},
		{"the same actor", map[string]any{"from": "AAA", "to": "Aland"}, "none"},
		{"an actor with no facts", map[string]any{"from": "AAA", "to": "EEE"}, "none"},
	} {
		out, err := st.Query(ctx, []graph.Selection{sel("p", "path", tc.args,
			graph.Selection{Key: "length", Field: "length"},
			sel("hops", "hops", nil, graph.Selection{Key: "kind", Field: "kind"}, graph.Selection{Key: "relation", Field: "relation"},
				sel("from", "from", nil, f("id")...), sel("to", "to", nil, f("id")...)))})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		got := "none"
		if p, ok := out["p"].(map[string]any); ok && p != nil {
			got = ""
			hops, _ := p["hops"].([]any)
			for i, h := range hops {
				hm := h.(map[string]any)
				if i > 0 {
					got += " "
				}
				got += fmt.Sprintf("%v(%v):%v-%v", hm["kind"], hm["relation"], hm["from"].(map[string]any)["id"], hm["to"].(map[string]any)["id"])
			}
			if p["length"] != int64(len(hops)) {
				t.Errorf("%s: length %v for %d hops", tc.name, p["length"], len(hops))
			}
		}
		if got != tc.want {
			t.Errorf("%s: path %s, want %s", tc.name, got, tc.want)
		}
	}
}
