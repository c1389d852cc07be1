package graph_test

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/geokg/kg/bench/gen"
	"github.com/geokg/kg/graph"
	"github.com/geokg/kg/graph/graphtest"
)

// dump is the whole graph as sorted lines, every value with its type, the
// write timestamps left out: two dumps are equal when the graphs are equal.
func dump(t *testing.T, st *graph.Store) []string {
	t.Helper()
	ctx := context.Background()
	var out []string
	for _, q := range []string{
		`MATCH (n) WHERE NOT n:Migration RETURN labels(n) AS what, properties(n) AS props`,
		`MATCH (a)-[r]->(b) RETURN [type(r), coalesce(a.id, a.key), coalesce(b.id, b.key)] AS what, properties(r) AS props`,
	} {
		res, err := neo4j.ExecuteQuery(ctx, graph.Driver(st), q, nil, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(st.Database()))
		if err != nil {
			t.Fatalf("dump: %v", err)
		}
		for _, r := range res.Records {
			what, _ := r.Get("what")
			props, _ := r.Get("props")
			m := props.(map[string]any)
			delete(m, "createdAt")
			delete(m, "updatedAt")
			out = append(out, canonical(what)+" "+canonical(m))
		}
	}
	sort.Strings(out)
	return out
}

func canonical(v any) string {
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := make([]string, 0, len(keys))
		for _, k := range keys {
			parts = append(parts, k+"="+canonical(x[k]))
		}
		return "{" + strings.Join(parts, ",") + "}"
	case []any:
		parts := make([]string, 0, len(x))
		for _, e := range x {
			parts = append(parts, canonical(e))
		}
		return "[" + strings.Join(parts, ",") + "]"
	default:
		return fmt.Sprintf("%T(%v)", v, v)
	}
}

func diff(a, b []string) string {
	var out []string
	for _, x := range a {
		if !slices.Contains(b, x) {
			out = append(out, "- "+x)
		}
	}
	for _, x := range b {
		if !slices.Contains(a, x) {
			out = append(out, "+ "+x)
		}
	}
	if len(out) > 10 {
		out = append(out[:10], fmt.Sprintf("… %d more", len(out)-10))
	}
	return strings.Join(out, "\n")
}

func generated(t *testing.T, events int) (*gen.Generator, []graph.ArticleFacts) {
	t.Helper()
	g, err := gen.New(gen.Config{Seed: 3, Events: events, Minors: 400})
	if err != nil {
		t.Fatal(err)
	}
	var articles []graph.ArticleFacts
	for a := range g.Articles() {
		articles = append(articles, g.Declared(a))
	}
	return g, articles
}

// TestBulkWriteWritesWhatWriteArticleWrites: the same generated articles,
// written one transaction per article and in two bulk batches, give the
// same graph, node for node, property for property, type for type.
func TestBulkWriteWritesWhatWriteArticleWrites(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	_, articles := generated(t, 400)
	for _, a := range articles {
		if _, err := st.WriteArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	want := dump(t, st)
	c1, err := st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.DeleteEverything(ctx); err != nil {
		t.Fatal(err)
	}
	half := len(articles) / 2
	for _, b := range []graph.BulkBatch{{Articles: articles[:half]}, {Articles: articles[half:]}} {
		if _, err := st.BulkWrite(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	got := dump(t, st)
	if len(want) < 1000 {
		t.Fatalf("only %d nodes and relationships: the sample is too small to compare", len(want))
	}
	if d := diff(want, got); d != "" {
		t.Errorf("BulkWrite wrote a different graph than WriteArticle (- WriteArticle only, + BulkWrite only):\n%s", d)
	}
	c2, err := st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, label := range []string{"Article", "Actor", "Event", "Evidence", "Stance", "Name"} {
		if c1.Nodes[label] == 0 || c1.Nodes[label] != c2.Nodes[label] {
			t.Errorf("%s: %d nodes after WriteArticle, %d after BulkWrite", label, c1.Nodes[label], c2.Nodes[label])
		}
	}
	for _, rel := range []string{"SOURCE", "TARGET", "REPORTED_IN", "SUPPORTED_BY", "IN", "FROM", "TO", "MENTIONS", "NAMES", "HOLDS_ROLE"} {
		if c1.Relationships[rel] == 0 || c1.Relationships[rel] != c2.Relationships[rel] {
			t.Errorf("%s: %d relationships after WriteArticle, %d after BulkWrite", rel, c1.Relationships[rel], c2.Relationships[rel])
		}
	}
}

func TestBulkWriteIsIdempotent(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	g, articles := generated(t, 300)
	b := graph.BulkBatch{Actors: g.Actors()[:50], Articles: articles}
	r1, err := st.BulkWrite(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	first := dump(t, st)
	r2, err := st.BulkWrite(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	if d := diff(first, dump(t, st)); d != "" {
		t.Errorf("writing a batch twice changed the graph:\n%s", d)
	}
	if r1.NodesCreated < 600 || r2.NodesCreated != 0 {
		t.Errorf("nodes created: %d by the first write, %d by the second; want many, then none", r1.NodesCreated, r2.NodesCreated)
	}
}

// TestBulkWriteReplacesWhatTheArticleSaid: like WriteArticle, a bulk write
// of an article already loaded replaces its events and evidence.
func TestBulkWriteReplacesWhatTheArticleSaid(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	if _, err := st.WriteArticle(ctx, sample("a1", "2023-06-25", true)); err != nil {
		t.Fatal(err)
	}
	r, err := st.BulkWrite(ctx, graph.BulkBatch{Articles: []graph.ArticleFacts{sample("a1", "2023-06-25", false)}})
	if err != nil {
		t.Fatal(err)
	}
	c, err := st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if r.NodesDeleted != 4 || c.Nodes["Event"] != 0 || c.Nodes["Stance"] != 1 || c.Nodes["Evidence"] != 1 {
		t.Errorf("after bulk rewrite: %d nodes deleted; events %d stances %d evidence %d, want 4 deleted (event, its evidence, the stance and its evidence); 0, 1, 1",
			r.NodesDeleted, c.Nodes["Event"], c.Nodes["Stance"], c.Nodes["Evidence"])
	}
}

// TestTieRankingOnBulkData checks the order of allies and adversaries at the
// root against a ranking computed here from the generated facts — explicit
// ties first, then by weight Σ −log(1 − c) over the period, then by name —
// for pages, periods and thresholds, with rootTies reading from one to all
// of the strongest ties per index seek: whether it answers from those
// candidates or ranks every tie, the answer must be the same. The graph is
// loaded the way the benchmark loads it (BulkWrite, batch after batch), and
// the strengths and the evidence of USA's allies are checked too.
func TestTieRankingOnBulkData(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	g, err := gen.New(gen.Config{Seed: 7, Events: 3000, Minors: 500})
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]string{}
	for _, a := range g.Actors() {
		names[a.ID] = a.Name
	}
	type fact struct {
		source, target, relation string
		explicit                 bool
		day                      *time.Time
		c                        float64
	}
	var facts []fact
	for b := range g.Batches(1000) {
		if _, err := st.BulkWrite(ctx, b); err != nil {
			t.Fatal(err)
		}
		for _, a := range b.Articles {
			for _, s := range a.Stances {
				for _, x := range s.Evidence {
					if !x.Related {
						facts = append(facts, fact{s.Source, s.Target, s.Relation, s.Kind == "explicit", a.Article.Published, x.Confidence})
					}
				}
			}
		}
	}
	type tie struct {
		id                 string
		explicit           bool
		w, strength, other float64
		n                  int // pieces of evidence of the class ranked
	}
	rank := func(who string, relations, opposite []string, since, until *time.Time, minStrength float64) []tie {
		ties := map[string]*tie{}
		for _, f := range facts {
			mine, opp := slices.Contains(relations, f.relation), slices.Contains(opposite, f.relation)
			if (!mine && !opp) || (f.source != who && f.target != who) || f.source == f.target || f.day == nil ||
				(since != nil && f.day.Before(*since)) || (until != nil && f.day.After(*until)) {
				continue
			}
			other := f.source
			if other == who {
				other = f.target
			}
			x := ties[other]
			if x == nil {
				x = &tie{id: other, strength: 1, other: 1}
				ties[other] = x
			}
			if mine {
				x.w -= math.Log(1 - f.c)
				x.strength *= 1 - f.c
				x.explicit = x.explicit || f.explicit
				x.n++
			} else {
				x.other *= 1 - f.c
			}
		}
		var out []tie
		for _, x := range ties {
			x.strength, x.other = 1-x.strength, 1-x.other
			if x.n > 0 && x.strength >= minStrength && (x.explicit || x.strength > x.other) {
				out = append(out, *x)
			}
		}
		sort.Slice(out, func(i, j int) bool {
			a, b := out[i], out[j]
			if a.explicit != b.explicit {
				return a.explicit
			}
			if math.Abs(a.w-b.w) > 1e-6 {
				return a.w > b.w
			}
			return names[a.id] < names[b.id]
		})
		return out
	}
	periods := []struct{ since, until *time.Time }{{nil, nil}, {day("2020-01-01"), nil}, {nil, day("2019-12-31")}, {day("2018-01-01"), day("2021-06-30")}}
	checked := 0
	for _, who := range []string{"USA", "RUS"} {
		for _, field := range []string{"allies", "adversaries"} {
			relations, opposite := graph.AllyRelations(), graph.AdversaryRelations()
			if field == "adversaries" {
				relations, opposite = opposite, relations
			}
			for _, p := range periods {
				for _, minStrength := range []float64{0, 0.95} {
					all := rank(who, relations, opposite, p.since, p.until, minStrength)
					for _, first := range []int{1, 5, 20} {
						want := all[:min(first, len(all))]
						// Candidates first with 1, 4 or the default number per
						// seek, and the default route, which for actors this
						// small ranks every tie at once.
						for _, n := range []struct{ candidates, scanBelow int }{{1, -1}, {4, -1}, {0, -1}, {0, 0}} {
							graph.SetTieCandidates(st, n.candidates)
							graph.SetTieScanBelow(st, n.scanBelow)
							args := map[string]any{"of": who, "first": first, "minStrength": minStrength}
							if p.since != nil {
								args["since"] = *p.since
							}
							if p.until != nil {
								args["until"] = *p.until
							}
							out, err := st.Query(ctx, []graph.Selection{sel("x", field, args,
								graph.Selection{Key: "actor", Field: "actor", Fields: f("id")}, graph.Selection{Key: "strength", Field: "strength"})})
							if err != nil {
								t.Fatal(err)
							}
							rows, _ := out["x"].([]any)
							name := fmt.Sprintf("%s of %s, %v…%v, minStrength %v, first %d, %+v", field, who, p.since, p.until, minStrength, first, n)
							if len(rows) != len(want) {
								t.Errorf("%s: %d ties, want %d", name, len(rows), len(want))
								continue
							}
							checked++
							for i, r := range rows {
								rm := r.(map[string]any)
								id := rm["actor"].(map[string]any)["id"].(string)
								// Ties of equal weight may come in either order
								// here; the name decides it there.
								x := want[i]
								if id != x.id {
									j := slices.IndexFunc(all, func(y tie) bool { return y.id == id })
									if j < 0 || all[j].explicit != x.explicit || math.Abs(all[j].w-x.w) > 1e-6 {
										t.Errorf("%s: #%d is %s, want %s (%+v)", name, i+1, id, x.id, x)
										break
									}
								}
								if s := rm["strength"].(float64); math.Abs(s-x.strength) > 1e-9 && id == x.id {
									t.Errorf("%s: %s strength %v, want %v", name, id, s, x.strength)
								}
							}
						}
					}
				}
			}
		}
	}
	if checked < 350 {
		t.Errorf("only %d rankings checked", checked)
	}

	// Every ally of USA since 2020, on one page, with all its evidence: the
	// same allies, the same strengths, as many pieces of evidence as the
	// facts hold, each dated in the period and from an article.
	since := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	all := rank("USA", graph.AllyRelations(), graph.AdversaryRelations(), &since, nil, 0)
	if len(all) < 5 {
		t.Fatalf("the generated graph gives USA only %d allies: too few to test", len(all))
	}
	want := map[string]tie{}
	for _, x := range all {
		want[x.id] = x
	}
	out, err := st.Query(ctx, []graph.Selection{sel("x", "allies", map[string]any{"of": "USA", "since": since, "first": graph.MaxPageSize},
		graph.Selection{Key: "actor", Field: "actor", Fields: f("id")},
		graph.Selection{Key: "strength", Field: "strength"},
		graph.Selection{Key: "evidence", Field: "evidence", Args: map[string]any{"first": graph.MaxPageSize}, Fields: []graph.Selection{
			{Key: "date", Field: "date"}, {Key: "article", Field: "article", Fields: f("id")}}})})
	if err != nil {
		t.Fatal(err)
	}
	allies, _ := out["x"].([]any)
	got := map[string]bool{}
	for _, x := range allies {
		al := x.(map[string]any)
		id := al["actor"].(map[string]any)["id"].(string)
		strength, _ := al["strength"].(float64)
		evidence, _ := al["evidence"].([]any)
		got[id] = true
		w, ok := want[id]
		if !ok {
			t.Errorf("%s is returned as an ally of USA, but no generated evidence since 2020 says so", id)
			continue
		}
		if math.Abs(strength-w.strength) > 1e-9 || len(evidence) != w.n {
			t.Errorf("%s: strength %.6f from %d evidence, want %.6f from %d", id, strength, len(evidence), w.strength, w.n)
		}
		for _, e := range evidence {
			em := e.(map[string]any)
			d, ok := em["date"].(graph.Date)
			if !ok || d.Time().Before(since) || em["article"].(map[string]any)["id"] == "" {
				t.Errorf("%s: evidence %+v is not dated since 2020 or has no article", id, em)
			}
		}
	}
	for id := range want {
		if !got[id] {
			t.Errorf("%s is an ally of USA in the generated facts but not in allies", id)
		}
	}
}

// TestBulkWriteOverAStoredGraph: a batch mixing articles stored before
// (some changed, some not) with new ones, where new articles report events
// already stored and events that other articles of the batch report too
// (one event per happening), leaves the graph that WriteArticle leaves
// writing the same articles in turn. BulkWrite CREATEs what is not stored
// and computes new events' counts itself: this is where it could differ.
func TestBulkWriteOverAStoredGraph(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	_, articles := generated(t, 400)
	half := len(articles) / 2
	var batch []graph.ArticleFacts
	for j := 0; j < half; j += 5 {
		a := articles[j]
		if j%10 == 0 && len(a.Events) > 0 {
			a.Events = a.Events[:len(a.Events)-1] // changed: an event less
		}
		batch = append(batch, a) // the others are stored unchanged
	}
	shared := 0
	for i := half; i < len(articles); i++ {
		a := articles[i]
		var from graph.ArticleFacts
		switch i % 3 {
		case 0:
			from = articles[i-1] // also in the batch (or stored, for the first)
		case 1:
			from = articles[i-half] // stored
		}
		if len(from.Events) > 0 {
			e := from.Events[0]
			e.Confidence = 0.5 + float64(i%5)/10
			if i%2 == 0 {
				e.SourceSector = ""
			} else {
				e.SourceSector = "GOV"
			}
			e.Evidence = nil
			for _, x := range from.Events[0].Evidence {
				x.ID += "/" + a.Article.ID
				e.Evidence = append(e.Evidence, x)
			}
			a.Events = append(append([]graph.Event{}, a.Events...), e)
			a.Actors = append(append([]graph.Actor{}, a.Actors...), from.Actors...)
			if i%6 == 0 {
				a.Article.Source = from.Article.Source // two reports, one outlet
			}
			if i%4 == 0 {
				a.Article.Published = nil // an unknown day comes last
			}
			shared++
		}
		batch = append(batch, a)
	}
	for _, a := range articles[:half] {
		if _, err := st.WriteArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	stored := dump(t, st)
	for _, a := range batch {
		if _, err := st.WriteArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	want := dump(t, st)
	if err := st.DeleteEverything(ctx); err != nil {
		t.Fatal(err)
	}
	for _, a := range articles[:half] {
		if _, err := st.WriteArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	if d := diff(stored, dump(t, st)); d != "" {
		t.Fatalf("the stored half differs between two loads:\n%s", d)
	}
	mid := len(batch) / 2
	for _, b := range []graph.BulkBatch{{Articles: batch[:mid]}, {Articles: batch[mid:]}} {
		if _, err := st.BulkWrite(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	got := dump(t, st)
	if shared < 20 || len(want) < 1000 {
		t.Fatalf("%d shared events, %d nodes and relationships: the sample is too small", shared, len(want))
	}
	if d := diff(want, got); d != "" {
		t.Errorf("BulkWrite over a stored graph wrote a different graph than WriteArticle (- WriteArticle only, + BulkWrite only):\n%s", d)
	}
	multi := 0
	for _, line := range got {
		if strings.Contains(line, "numArticles=int64(2)") || strings.Contains(line, "numArticles=int64(3)") {
			multi++
		}
	}
	if multi < 10 {
		t.Errorf("only %d events reported by several articles", multi)
	}
}

// TestBulkLoadPipelines: BulkLoad writes every batch, in order, and leaves
// the graph BulkWrite leaves.
func TestBulkLoadPipelines(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	g, articles := generated(t, 300)
	var batches []graph.BulkBatch
	for i := 0; i < len(articles); i += 20 {
		batches = append(batches, graph.BulkBatch{Articles: articles[i:min(i+20, len(articles))]})
	}
	batches[0].Actors = g.Actors()[:50]
	for _, b := range batches {
		if _, err := st.BulkWrite(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	want := dump(t, st)
	if err := st.DeleteEverything(ctx); err != nil {
		t.Fatal(err)
	}
	n, events := 0, 0
	err := st.BulkLoad(ctx, slices.Values(batches), func(pb *graph.PreparedBulk, r graph.BulkResult) {
		n++
		events += pb.Events
	})
	if err != nil {
		t.Fatal(err)
	}
	if d := diff(want, dump(t, st)); d != "" || n != len(batches) || events < 300 {
		t.Errorf("BulkLoad: %d batches of %d, %d events; graph differs:\n%s", n, len(batches), events, d)
	}
}
