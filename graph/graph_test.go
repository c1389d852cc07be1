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

func TestResolveActorByIDAndAnyName(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	if _, err := st.WriteArticle(ctx, sample("a1", "2023-06-25", false)); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"BBB", "Beland", "beland", "BELANDIA", " belandia "} {
		a, err := st.ResolveActor(ctx, q)
		if err != nil {
			t.Errorf("%q: %v", q, err)
			continue
		}
		if a.ID != "BBB" {
			t.Errorf("%q resolved to %s, want BBB", q, a.ID)
		}
	}
	if _, err := st.ResolveActor(ctx, "Atlantis"); err == nil {
		t.Error("unknown actor resolved")
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
	tests := []struct {
		name         string
		p            graph.Period
		wantEvidence int
	}{
		{"all time", graph.Period{}, 2},
		{"since 2022", graph.Period{Since: day("2022-01-01")}, 1},
		{"until 2022", graph.Period{Until: day("2022-01-01")}, 1},
		{"empty period", graph.Period{Since: day("2024-01-01")}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			allies, err := st.Allies(ctx, "BBB", tt.p)
			if err != nil {
				t.Fatal(err)
			}
			if tt.wantEvidence == 0 {
				if len(allies) != 0 {
					t.Fatalf("got %d allies, want none", len(allies))
				}
				return
			}
			if len(allies) != 1 || allies[0].Actor.ID != "AAA" {
				t.Fatalf("allies = %+v, want only AAA (CCC is hostile)", allies)
			}
			a := allies[0]
			if len(a.Evidence) != tt.wantEvidence {
				t.Errorf("evidence = %d, want %d", len(a.Evidence), tt.wantEvidence)
			}
			if !a.Explicit || a.Strength <= 0 || a.Strength > 1 {
				t.Errorf("explicit %v strength %v", a.Explicit, a.Strength)
			}
			if a.Evidence[0].Article.ID == "" || a.Evidence[0].Sentence != "Aland is an ally of Beland." {
				t.Errorf("evidence lacks its article or sentence: %+v", a.Evidence[0])
			}
		})
	}
	// Allies are symmetric: B is an ally of A too.
	allies, err := st.Allies(ctx, "AAA", graph.Period{})
	if err != nil {
		t.Fatal(err)
	}
	if len(allies) != 1 || allies[0].Actor.ID != "BBB" {
		t.Errorf("allies of AAA = %+v, want BBB", allies)
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
