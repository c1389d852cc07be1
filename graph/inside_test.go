package graph_test

import (
	"context"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/geokg/kg/graph"
	"github.com/geokg/kg/graph/graphtest"
)

// An event inside one state (ISR/JUD → ISR/GOV) is stored with one SOURCE
// and one TARGET relationship to the same actor and both sectors; a stance
// of an actor with itself is never stored, by WriteArticle or BulkWrite.
func TestInsideOneStateNoSelfTie(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	day := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	facts := func(url string) graph.ArticleFacts {
		ev := graph.Evidence{ID: "ev:" + url, Sentence: "Israeli prosecutors indicted the prime minister.", Start: 0, End: 49, Extractor: "t/1", Confidence: 0.9}
		return graph.ArticleFacts{
			Article: graph.Article{ID: url, URL: url, Published: &day, Extractor: "t/1"},
			Actors:  []graph.Actor{{ID: "ISR", Name: "Israel", Kind: "state"}},
			Events: []graph.Event{{ID: "event:" + url, Type: "arrest", Cameo: "173", Root: "17", QuadClass: 4, Goldstein: -5,
				Source: "ISR", Target: "ISR", SourceSector: "JUD", TargetSector: "GOV", Date: "2024-03-01", Day: &day,
				Status: "fact", Confidence: 0.9, Evidence: []graph.Evidence{ev}}},
			Stances: []graph.Stance{{ID: "stance:" + url, Source: "ISR", Target: "ISR", Relation: "hostile", Kind: "derived",
				Evidence: []graph.Evidence{{ID: "sev:" + url, Sentence: ev.Sentence, Start: 0, End: 49, Extractor: "t/1", Confidence: 0.4}}}},
		}
	}
	if _, err := st.WriteArticle(ctx, facts("https://a.example/1")); err != nil {
		t.Fatal(err)
	}
	if _, err := st.BulkWrite(ctx, graph.BulkBatch{Articles: []graph.ArticleFacts{facts("https://b.example/1")}}); err != nil {
		t.Fatal(err)
	}
	res, err := neo4j.ExecuteQuery(ctx, graph.Driver(st), `
MATCH (e:Event)
RETURN e.sourceSector AS ss, e.targetSector AS ts,
       COUNT { (e)-[:SOURCE]->(:Actor {id: 'ISR'}) } AS src, COUNT { (e)-[:TARGET]->(:Actor {id: 'ISR'}) } AS tgt,
       COUNT { (:Stance) } AS stances`, nil, neo4j.EagerResultTransformer)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Records) != 2 {
		t.Fatalf("%d events, want 2 (one per write path)", len(res.Records))
	}
	for _, r := range res.Records {
		m := r.AsMap()
		if m["ss"] != "JUD" || m["ts"] != "GOV" || m["src"] != int64(1) || m["tgt"] != int64(1) {
			t.Errorf("event %v: want JUD → GOV with one SOURCE and one TARGET to ISR", m)
		}
		if m["stances"] != int64(0) {
			t.Errorf("%v stances stored, want none (ISR with itself)", m["stances"])
		}
	}
}
