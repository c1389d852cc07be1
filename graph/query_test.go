package graph_test

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/geokg/kg/graph"
	"github.com/geokg/kg/graph/graphtest"
	"github.com/geokg/kg/loader"
	"github.com/geokg/kg/loader/facts"
)

// loadSample loads the hand-written facts of the canonical article.
func loadSample(t *testing.T) *graph.Store {
	t.Helper()
	st := graphtest.Store(t)
	v, err := facts.NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	sum, err := loader.New(st, v, nil, nil).Load(context.Background(), []string{"../testdata/facts"}, nil)
	if err != nil || len(sum.Rejected) > 0 {
		t.Fatalf("load: %v %v", err, sum.Rejected)
	}
	return st
}

func sel(key, field string, args map[string]any, fields ...graph.Selection) graph.Selection {
	return graph.Selection{Key: key, Field: field, Args: args, Fields: fields}
}

func f(names ...string) []graph.Selection {
	out := make([]graph.Selection, len(names))
	for i, n := range names {
		out[i] = graph.Selection{Key: n, Field: n}
	}
	return out
}

func TestScratchAllRoots(t *testing.T) {
	st := loadSample(t)
	ctx := context.Background()
	roots := []graph.Selection{
		sel("a", "actor", map[string]any{"name": "Korut"}, append(f("id", "name", "aliases", "mentionCount"),
			sel("roles", "roles", nil, append(f("title", "start"), sel("of", "of", nil, f("id")...))...),
			sel("ev", "events", map[string]any{"first": 3, "filter": map[string]any{"actor": "Rusia"}}, append(f("id", "cameo", "date"), sel("source", "source", nil, f("id")...), sel("evidence", "evidence", nil, f("sentence")...))...),
			sel("allies", "allies", nil, sel("actor", "actor", nil, f("name")...), sel("strength", "strength", nil)),
		)...),
		sel("acts", "actors", map[string]any{"first": 3, "filter": map[string]any{"kinds": []any{"state"}}}, sel("totalCount", "totalCount", nil), sel("edges", "edges", nil, sel("cursor", "cursor", nil), sel("node", "node", nil, f("id")...)), sel("pageInfo", "pageInfo", nil, f("hasNextPage", "endCursor")...)),
		sel("ev", "events", map[string]any{"first": 2, "filter": map[string]any{"between": []any{"PRK", "Rusia"}}}, sel("totalCount", "totalCount", nil), sel("nodes", "nodes", nil, f("id", "type", "day")...), sel("pageInfo", "pageInfo", nil, f("hasNextPage", "endCursor")...)),
		sel("tl", "timeline", map[string]any{"actor": "PRK", "bucket": "MONTH"}, f("start", "count", "cooperative", "hostile")...),
		sel("path", "path", map[string]any{"from": "PRK", "to": "yevgeny-prigozhin", "maxHops": 4}, sel("actors", "actors", nil, f("id")...), sel("hops", "hops", nil, append(f("kind", "relation"), sel("from", "from", nil, f("id")...), sel("to", "to", nil, f("id")...), sel("evidence", "evidence", nil, f("sentence")...))...)),
		sel("nb", "neighborhood", map[string]any{"actor": "RUS", "depth": 2}, sel("nodes", "nodes", nil, f("id")...), sel("edges", "edges", nil, f("source", "target", "relation", "weight")...)),
		sel("s", "search", map[string]any{"text": "Wagner"}, sel("score", "score", nil), sel("actor", "actor", nil, f("id")...), sel("article", "article", nil, f("id")...)),
		sel("st", "stats", nil, append(f("actors", "events", "articles", "lastPublished"), sel("byKind", "actorsByKind", nil, f("key", "count")...))...),
		sel("adv", "adversaries", map[string]any{"of": "RUS"}, sel("actor", "actor", nil, f("id")...)),
	}
	before := st.Statements()
	out, err := st.Query(ctx, roots)
	if err != nil {
		t.Fatal(err)
	}
	if n := st.Statements() - before; n != 1 {
		t.Errorf("%d statements", n)
	}
	b, _ := json.MarshalIndent(out, "", " ")
	t.Log(string(b))
}
