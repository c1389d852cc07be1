package graph_test

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/geokg/kg/graph"
	"github.com/geokg/kg/graph/graphtest"
)

func day(s string) *time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return &t
}

func ev(id, sentence string, conf float64) graph.Evidence {
	return graph.Evidence{ID: id, Sentence: sentence, Start: 0, End: len(sentence), Extractor: "test/1", Confidence: conf}
}

// sample is a small article: A is an ally of B, C attacks B.
func sample(articleID, published string, withAttack bool) graph.ArticleFacts {
	f := graph.ArticleFacts{
		Article: graph.Article{ID: articleID, URL: articleID, Source: "Test", Language: "en", Published: day(published)},
		Actors: []graph.Actor{
			{ID: "AAA", Name: "Aland", Kind: "state", Aliases: []string{"Negara A"}},
			{ID: "BBB", Name: "Beland", Kind: "state", Aliases: []string{"Belandia"}},
			{ID: "CCC", Name: "Ceeland", Kind: "state"},
			{ID: "bob", Name: "Bob Example", Kind: "person", Country: "BBB", Roles: []graph.Role{{Title: "head_of_state", Of: "BBB", Start: "2020"}}},
		},
		Mentions: []graph.Mention{{Actor: "AAA", Evidence: ev("m1", "Aland is an ally of Beland.", 0.9)}},
		Stances: []graph.Stance{{ID: "st-ab-" + articleID[:1], Source: "AAA", Target: "BBB", Relation: "ally", Kind: "explicit",
			Evidence: []graph.Evidence{ev("x-ab-"+articleID, "Aland is an ally of Beland.", 0.9)}}},
	}
	if withAttack {
		f.Events = append(f.Events, graph.Event{ID: "e-cb-" + articleID, Type: "attack", Cameo: "190", Root: "19", QuadClass: 4, Goldstein: -10,
			Source: "CCC", Target: "BBB", Date: "2023-06", Day: day("2023-06-01"), Status: "fact", Confidence: 0.8,
			Evidence: []graph.Evidence{ev("x-cb-"+articleID, "Ceeland attacked Beland.", 0.8)}})
		f.Stances = append(f.Stances, graph.Stance{ID: "st-cb", Source: "CCC", Target: "BBB", Relation: "hostile", Kind: "derived",
			Evidence: []graph.Evidence{ev("x-st-cb-"+articleID, "Ceeland attacked Beland.", 0.5)}})
	}
	return f
}

func TestWriteIsIdempotentAndAllAtOnce(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	r1, err := st.WriteArticle(ctx, sample("a1", "2023-06-25", true))
	if err != nil {
		t.Fatal(err)
	}
	if !r1.ArticleCreated || r1.ActorsCreated != 4 || r1.EventsCreated != 1 || r1.StancesCreated != 2 {
		t.Errorf("first write: %+v", r1)
	}
	c1, err := st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	r2, err := st.WriteArticle(ctx, sample("a1", "2023-06-25", true))
	if err != nil {
		t.Fatal(err)
	}
	if r2.ArticleCreated || r2.ActorsMerged != 4 || r2.EventsMerged != 1 || r2.EventsCreated != 0 || r2.EvidenceCreated != 0 {
		t.Errorf("second write should only merge: %+v", r2)
	}
	c2, err := st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(c1, c2) {
		t.Errorf("counts changed on re-write:\n before %v\n after  %v", c1, c2)
	}
	for label, want := range map[string]int64{"Article": 1, "Actor": 4, "Event": 1, "Stance": 2, "Evidence": 3} {
		if got := c2.Nodes[label]; got != want {
			t.Errorf("%s nodes = %d, want %d", label, got, want)
		}
	}
	if got := c2.Relationships["HOLDS_ROLE"]; got != 1 {
		t.Errorf("HOLDS_ROLE = %d, want 1", got)
	}
}

func TestRewriteReplacesWhatTheArticleSaid(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	if _, err := st.WriteArticle(ctx, sample("a1", "2023-06-25", true)); err != nil {
		t.Fatal(err)
	}
	// The same article, re-extracted, no longer reports the attack.
	r, err := st.WriteArticle(ctx, sample("a1", "2023-06-25", false))
	if err != nil {
		t.Fatal(err)
	}
	if r.EventsRemoved != 1 {
		t.Errorf("EventsRemoved = %d, want 1", r.EventsRemoved)
	}
	c, err := st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if c.Nodes["Event"] != 0 || c.Nodes["Stance"] != 1 || c.Nodes["Evidence"] != 1 {
		t.Errorf("after rewrite: events %d stances %d evidence %d, want 0, 1, 1",
			c.Nodes["Event"], c.Nodes["Stance"], c.Nodes["Evidence"])
	}
}

func TestActorResolvesByIDAndAnyName(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	if _, err := st.WriteArticle(ctx, sample("a1", "2023-06-25", false)); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"BBB", "Beland", "beland", "BELANDIA", " belandia "} {
		out, err := st.Query(ctx, []graph.Selection{{Key: "a", Field: "actor", Args: map[string]any{"name": q}, Fields: f("id")}})
		if err != nil {
			t.Errorf("%q: %v", q, err)
			continue
		}
		if a, _ := out["a"].(map[string]any); a == nil || a["id"] != "BBB" {
			t.Errorf("%q resolved to %v, want BBB", q, out["a"])
		}
	}
	out, err := st.Query(ctx, []graph.Selection{{Key: "a", Field: "actor", Args: map[string]any{"name": "Atlantis"}, Fields: f("id")}})
	if err != nil || out["a"] != nil {
		t.Errorf("unknown actor: %v %v, want null", out["a"], err)
	}
}

func TestAlliesFiltersByPeriodAndRelation(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	if _, err := st.WriteArticle(ctx, sample("a1", "2021-03-01", true)); err != nil {
		t.Fatal(err)
	}
	if _, err := st.WriteArticle(ctx, sample("b2", "2023-06-25", true)); err != nil {
		t.Fatal(err)
	}
	allies := func(of string, args map[string]any) []any {
		t.Helper()
		a := map[string]any{"of": of}
		for k, v := range args {
			a[k] = v
		}
		out, err := st.Query(ctx, []graph.Selection{sel("x", "allies", a,
			sel("actor", "actor", nil, f("id")...), sel("explicit", "explicit", nil), sel("strength", "strength", nil),
			sel("evidence", "evidence", nil, append(f("sentence"), sel("article", "article", nil, f("id")...))...))})
		if err != nil {
			t.Fatal(err)
		}
		l, _ := out["x"].([]any)
		return l
	}
	tests := []struct {
		name         string
		args         map[string]any
		wantEvidence int
	}{
		{"all time", nil, 2},
		{"since 2022", map[string]any{"since": *day("2022-01-01")}, 1},
		{"until 2022", map[string]any{"until": *day("2022-01-01")}, 1},
		{"empty period", map[string]any{"since": *day("2024-01-01")}, 0},
		{"too weak", map[string]any{"minStrength": 0.999}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := allies("BBB", tt.args)
			if tt.wantEvidence == 0 {
				if len(got) != 0 {
					t.Fatalf("got %d allies, want none", len(got))
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("allies = %v, want only AAA (CCC is hostile)", got)
			}
			a := got[0].(map[string]any)
			if a["actor"].(map[string]any)["id"] != "AAA" {
				t.Fatalf("ally = %v, want AAA", a["actor"])
			}
			ev := a["evidence"].([]any)
			if len(ev) != tt.wantEvidence {
				t.Errorf("evidence = %d, want %d", len(ev), tt.wantEvidence)
			}
			s, _ := a["strength"].(float64)
			if a["explicit"] != true || s <= 0 || s > 1 {
				t.Errorf("explicit %v strength %v", a["explicit"], a["strength"])
			}
			e0 := ev[0].(map[string]any)
			if e0["sentence"] != "Aland is an ally of Beland." || e0["article"].(map[string]any)["id"] == "" {
				t.Errorf("evidence lacks its article or sentence: %v", e0)
			}
		})
	}
	// Allies are symmetric: B is an ally of A too.
	if got := allies("AAA", nil); len(got) != 1 || got[0].(map[string]any)["actor"].(map[string]any)["id"] != "BBB" {
		t.Errorf("allies of AAA = %v, want BBB", got)
	}
}

func TestMigrateIsIdempotent(t *testing.T) {
	st := graphtest.Store(t)
	for i := 0; i < 2; i++ {
		if err := st.Migrate(context.Background()); err != nil {
			t.Fatalf("migrate run %d: %v", i+1, err)
		}
	}
}

func TestNameKey(t *testing.T) {
	tests := map[string]string{
		"Kim Jong-un":     "kim jong un",
		"  KIM  JONG UN ": "kim jong un",
		"Erdoğan":         "erdogan",
		"U.S.":            "u s",
		"Côte d'Ivoire":   "cote d ivoire",
		"":                "",
	}
	for in, want := range tests {
		if got := graph.NameKey(in); got != want {
			t.Errorf("NameKey(%q) = %q, want %q", in, got, want)
		}
	}
}

func sel(key, field string, args map[string]any, fields ...graph.Selection) graph.Selection {
	return graph.Selection{Key: key, Field: field, Args: args, Fields: fields}
}

// f selects plain fields by name.
func f(names ...string) []graph.Selection {
	out := make([]graph.Selection, len(names))
	for i, n := range names {
		out[i] = graph.Selection{Key: n, Field: n}
	}
	return out
}
