package graph

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// DeleteResult counts what DeleteArticle removed.
type DeleteResult struct {
	Found           bool
	EventsDeleted   int
	EvidenceDeleted int
	StancesDeleted  int // stances no other article supports
	ActorsDeleted   int // actors nothing else mentions or involves
}

// DeleteArticle removes an article (by ID or URL) and every fact that only
// it supported, in one transaction: its evidence, its reports of events (an
// event goes only when no other article reports it), stances left
// without evidence, and actors no other article mentions or involves.
func (s *Store) DeleteArticle(ctx context.Context, idOrURL string) (DeleteResult, error) {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	res, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (DeleteResult, error) {
		var r DeleteResult
		s.statements.Add(1)
		rec, err := single(ctx, tx, `
OPTIONAL MATCH (ar:Article) WHERE ar.id = $id OR ar.url = $id
WITH ar LIMIT 1
RETURN ar.id AS id,
       COLLECT { MATCH (ar)<-[:REPORTED_IN]-(e:Event) WHERE e.gdeltId IS NULL RETURN e.id } AS events,
       COLLECT { MATCH (ar)<-[:IN]-(:Evidence)<-[:SUPPORTED_BY]-(st:Stance) RETURN DISTINCT st.id } AS stances,
       COLLECT { MATCH (ar)-[:MENTIONS]->(a:Actor) RETURN a.id
                 UNION MATCH (ar)<-[:REPORTED_IN]-(:Event)-[:SOURCE|TARGET]->(a:Actor) RETURN a.id
                 UNION MATCH (ar)<-[:IN]-(:Evidence)<-[:SUPPORTED_BY]-(:Stance)-[:FROM|TO]->(a:Actor) RETURN a.id } AS actors`,
			map[string]any{"id": idOrURL})
		if err != nil {
			return r, err
		}
		id, _ := rec.Get("id")
		if id == nil {
			return r, nil
		}
		r.Found = true
		stances, _ := rec.Get("stances")
		actors, _ := rec.Get("actors")
		events, _ := rec.Get("events")
		p := map[string]any{"id": id, "stances": stances, "stanceIds": stances, "actors": actors, "eventIds": events}
		steps := []struct {
			cypher string
			count  *int
		}{
			// An event other articles also report loses only this report
			// and its evidence, and gets its counts again.
			{`MATCH (:Article {id: $id})<-[r:REPORTED_IN]-(e:Event)
			  DELETE r
			  WITH DISTINCT e
			  WITH e, EXISTS { (e)-[:REPORTED_IN]->() } AS kept
			  CALL (e, kept) { WITH e WHERE NOT kept DETACH DELETE e }`, &r.EventsDeleted},
			{`MATCH (:Article {id: $id})<-[:IN]-(x:Evidence) DETACH DELETE x`, &r.EvidenceDeleted},
			{`MATCH (ar:Article {id: $id}) DETACH DELETE ar`, nil},
			{cypherEventCounts, nil},
			{cypherStanceTotals, nil}, // the tie totals of the stances left with less evidence
			{`UNWIND $stances AS sid MATCH (st:Stance {id: sid}) WHERE NOT (st)-[:SUPPORTED_BY]->() DETACH DELETE st`, &r.StancesDeleted},
			// Names first (they would be orphaned), then the actors.
			{`UNWIND $actors AS aid MATCH (a:Actor {id: aid})
			  WHERE NOT (a)<-[:MENTIONS|SOURCE|TARGET|FROM|TO]-()
			  MATCH (k:Name)-[:NAMES]->(a)
			  WHERE COUNT { (k)-[:NAMES]->() } = 1
			  DETACH DELETE k`, nil},
			{`UNWIND $actors AS aid MATCH (a:Actor {id: aid})
			  WHERE NOT (a)<-[:MENTIONS|SOURCE|TARGET|FROM|TO]-()
			  DETACH DELETE a`, &r.ActorsDeleted},
		}
		for i, st := range steps {
			s.statements.Add(1)
			c, err := run(ctx, tx, st.cypher, p)
			if err != nil {
				return r, fmt.Errorf("step %d: %w", i+1, err)
			}
			if st.count != nil {
				*st.count = c.NodesDeleted()
			}
		}
		return r, nil
	})
	if err != nil {
		return DeleteResult{}, classify(ctx, "delete article "+idOrURL, err)
	}
	return res, nil
}
