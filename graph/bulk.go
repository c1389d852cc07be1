package graph

import (
	"context"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// BulkBatch is many articles written in one transaction by BulkWrite: the
// path for generated data (benchmarks) and large imports, where one
// transaction per article would take hours.
type BulkBatch struct {
	// Actors are merged first, exactly as an article's actors are, so that
	// articles of this and later batches may refer to them without
	// declaring them again.
	Actors []Actor
	// Articles are written as WriteArticle writes each of them. An article
	// must not appear twice in one batch.
	Articles []ArticleFacts
}

// BulkResult counts what one BulkWrite changed.
type BulkResult struct {
	NodesCreated, NodesDeleted                 int
	RelationshipsCreated, RelationshipsDeleted int
	PropertiesSet                              int
	// What the batch's articles were: not stored before, stored with other
	// facts (replaced), stored with the same facts (skipped whole).
	ArticlesNew, ArticlesUpdated, ArticlesUnchanged int
	// Events and stances of the written articles that were not stored
	// before (created) or were (merged), each counted once per article.
	EventsCreated, EventsMerged, StancesCreated, StancesMerged int
	EvidenceTotal                                              int // pieces of evidence written
	EvidenceCreated                                            int // Evidence nodes created
	// Steps is the time each statement took, by step name, for finding
	// where a load spends its time.
	Steps map[string]time.Duration
}

func (r *BulkResult) add(c neo4j.Counters) {
	r.NodesCreated += c.NodesCreated()
	r.NodesDeleted += c.NodesDeleted()
	r.RelationshipsCreated += c.RelationshipsCreated()
	r.RelationshipsDeleted += c.RelationshipsDeleted()
	r.PropertiesSet += c.PropertiesSet()
}

// bulkSteps are writeSteps over the rows of many articles, with MERGE
// semantics: each row names its article. BulkWrite runs them for what is
// stored already (writeBulkSteps), the benchmark's LOAD CSV anchor for
// everything (WriteBulkCSV). rows names the parameter whose emptiness makes
// a step pointless.
//
// Every lookup by ID says USING INDEX: right after the database is emptied,
// its statistics say there are no events, and the planner would otherwise
// start from a label scan of Event (estimated empty) for each of thousands
// of rows, a plan that stays cached while the label fills up (it made a
// 30,000-event load take minutes instead of seconds).
var bulkSteps = []struct {
	name, rows, cypher string
	params             []string
}{
	{"articles", "articles", `
UNWIND $articles AS a
MERGE (ar:Article {id: a.id})
ON CREATE SET ar.createdAt = datetime()
SET ar += a, ar.updatedAt = datetime()`, []string{"articles"}},
	{"prune events", "prune", cypherPruneEvents, []string{"prune"}},
	{"prune evidence", "prune", cypherPruneEvidence, []string{"prune"}},
	{"prune mentions", "prune", cypherPruneMentions, []string{"prune"}},
	{"actors", "actors", writeStep("actors"), []string{"actors"}},
	{"names", "names", `
UNWIND $names AS r
MATCH (n:Actor {id: r.actor}) USING INDEX n:Actor(id)
MERGE (k:Name {key: r.key})
MERGE (k)-[:NAMES]->(n)`, []string{"names"}},
	{"roles", "roles", `
UNWIND $roles AS r
MATCH (p:Actor {id: r.actor}) USING INDEX p:Actor(id)
MATCH (o:Actor {id: r.of}) USING INDEX o:Actor(id)
MERGE (p)-[h:HOLDS_ROLE {title: r.title, start: r.start}]->(o)
SET h.end = r.end`, []string{"roles"}},
	{"mentions", "mentions", `
UNWIND $mentions AS m
MATCH (ar:Article {id: m.article}) USING INDEX ar:Article(id)
MATCH (n:Actor {id: m.actor}) USING INDEX n:Actor(id)
CREATE (ar)-[r:MENTIONS]->(n)
SET r = m.props`, []string{"mentions"}},
	{"events", "events", `
UNWIND $events AS e
MATCH (ar:Article {id: e.props.article}) USING INDEX ar:Article(id)
MERGE (ev:Event {id: e.id})
ON CREATE SET ev += e.props
ON MATCH SET ev.sourceSector = coalesce(ev.sourceSector, e.props.sourceSector),
             ev.targetSector = coalesce(ev.targetSector, e.props.targetSector)
MERGE (ev)-[rep:REPORTED_IN]->(ar)
SET rep.confidence = e.props.confidence
WITH ev, e
MATCH (src:Actor {id: e.source}) USING INDEX src:Actor(id)
MERGE (ev)-[:SOURCE]->(src)
WITH ev, e
OPTIONAL MATCH (tgt:Actor {id: e.target}) USING INDEX tgt:Actor(id)
FOREACH (t IN CASE WHEN tgt IS NULL THEN [] ELSE [tgt] END | MERGE (ev)-[:TARGET]->(t))`, []string{"events"}},
	{"stances", "stances", `
UNWIND $stances AS s
MERGE (st:Stance {id: s.id})
ON CREATE SET st.relation = s.relation, st.kind = s.kind, st.source = s.source, st.target = s.target, st.tie = s.tie
WITH st, s
MATCH (a:Actor {id: s.source}) USING INDEX a:Actor(id)
MATCH (b:Actor {id: s.target}) USING INDEX b:Actor(id)
MERGE (st)-[:FROM]->(a)
MERGE (st)-[:TO]->(b)`, []string{"stances"}},
	// Evidence is split by what it supports, so that each row needs one
	// index lookup for its fact instead of two.
	{"event evidence", "eventEvidence", `
UNWIND $eventEvidence AS x
MATCH (ar:Article {id: x.props.article}) USING INDEX ar:Article(id)
MERGE (n:Evidence {id: x.id})
SET n += x.props
MERGE (n)-[:IN]->(ar)
WITH n, x
MATCH (f:Event {id: x.fact}) USING INDEX f:Event(id)
MERGE (f)-[:SUPPORTED_BY]->(n)`, []string{"eventEvidence"}},
	{"stance evidence", "stanceEvidence", `
UNWIND $stanceEvidence AS x
MATCH (ar:Article {id: x.props.article}) USING INDEX ar:Article(id)
MERGE (n:Evidence {id: x.id})
SET n += x.props
MERGE (n)-[:IN]->(ar)
WITH n, x
MATCH (f:Stance {id: x.fact}) USING INDEX f:Stance(id)
MERGE (f)-[:SUPPORTED_BY]->(n)`, []string{"stanceEvidence"}},
	{"event counts", "eventIds", cypherEventCounts, []string{"eventIds"}},
	{"stance totals", "stanceIds", cypherStanceTotals, []string{"stanceIds"}},
}

// writeStep returns the Cypher of a WriteArticle step that already works
// on rows alone and needs no index hint (it only MERGEs by ID), so that
// both paths share it.
func writeStep(name string) string {
	for _, s := range writeSteps {
		if s.name == name {
			return s.cypher
		}
	}
	panic("graph: no write step " + name)
}

// bulkParams flattens a batch into the parameter rows of bulkSteps, each
// row built by writeParams, the code that builds WriteArticle's.
//
// existing maps the IDs of the batch's articles already stored to their
// fingerprints: an article with the same fingerprint is left out (it says
// nothing new), and only existing articles get prune rows.
func bulkParams(b BulkBatch, existing map[string]any) map[string]any {
	var (
		articles, prune, actors, names, roles, mentions, events, stances []map[string]any
		eventEvidence, stanceEvidence                                    []map[string]any
		stanceIDs, eventIDs                                              []string
		seenStance, seenEvent                                            = map[string]bool{}, map[string]bool{}
	)
	if len(b.Actors) > 0 {
		p := writeParams(ArticleFacts{Actors: b.Actors})
		actors = append(actors, p["actors"].([]map[string]any)...)
		names = append(names, p["names"].([]map[string]any)...)
		roles = append(roles, p["roles"].([]map[string]any)...)
	}
	for _, f := range b.Articles {
		p := writeParams(f)
		id := f.Article.ID
		fp, found := existing[id]
		if found && fp == p["article"].(map[string]any)["fingerprint"] {
			continue
		}
		articles = append(articles, p["article"].(map[string]any))
		if found {
			prune = append(prune, p["prune"].([]map[string]any)...)
		}
		actors = append(actors, p["actors"].([]map[string]any)...)
		names = append(names, p["names"].([]map[string]any)...)
		roles = append(roles, p["roles"].([]map[string]any)...)
		for _, m := range p["mentions"].([]map[string]any) {
			m["article"] = id
			mentions = append(mentions, m)
		}
		events = append(events, p["events"].([]map[string]any)...)
		stances = append(stances, p["stances"].([]map[string]any)...)
		for _, st := range f.Stances {
			if !seenStance[st.ID] {
				seenStance[st.ID] = true
				stanceIDs = append(stanceIDs, st.ID)
			}
		}
		isEvent := make(map[string]bool, len(f.Events))
		for _, e := range f.Events {
			isEvent[e.ID] = true
			if !seenEvent[e.ID] {
				seenEvent[e.ID] = true
				eventIDs = append(eventIDs, e.ID)
			}
		}
		for _, x := range p["evidence"].([]map[string]any) {
			if isEvent[x["fact"].(string)] {
				eventEvidence = append(eventEvidence, x)
			} else {
				stanceEvidence = append(stanceEvidence, x)
			}
		}
	}
	return map[string]any{
		"articles": orEmpty(articles), "prune": orEmpty(prune), "actors": orEmpty(actors),
		"names": orEmpty(names), "roles": orEmpty(roles), "mentions": orEmpty(mentions),
		"events": orEmpty(events), "stances": orEmpty(stances),
		"eventEvidence": orEmpty(eventEvidence), "stanceEvidence": orEmpty(stanceEvidence),
		"stanceIds": strs(stanceIDs), "eventIds": strs(eventIDs),
	}
}

// Dataset is the record a bulk loader leaves of what it loaded, so that a
// later run can tell whether the database already holds the same data.
type Dataset struct {
	ID          string // which loader: "kg-bench"
	Fingerprint string // what was loaded: generator version, seed and sizes
	LoadSeconds float64
}

// SetDataset records (or replaces) the dataset record with d.ID. It is a
// (:Dataset {id}) node outside the graph model: no query reads it.
func (s *Store) SetDataset(ctx context.Context, d Dataset) error {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	_, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (neo4j.Counters, error) {
		return run(ctx, tx, `
MERGE (d:Dataset {id: $id})
SET d.fingerprint = $fingerprint, d.loadSeconds = $loadSeconds, d.at = datetime()`,
			map[string]any{"id": d.ID, "fingerprint": d.Fingerprint, "loadSeconds": d.LoadSeconds})
	})
	if err != nil {
		return fmt.Errorf("graph: record dataset %s: %w", d.ID, err)
	}
	return nil
}

// DatasetRecord returns the dataset record with this ID, and false when
// there is none.
func (s *Store) DatasetRecord(ctx context.Context, id string) (Dataset, bool, error) {
	recs, err := s.read(ctx, `
MATCH (d:Dataset {id: $id})
RETURN d.fingerprint AS fingerprint, d.loadSeconds AS loadSeconds`, map[string]any{"id": id})
	if err != nil {
		return Dataset{}, false, err
	}
	if len(recs) == 0 {
		return Dataset{}, false, nil
	}
	m := recs[0].AsMap()
	return Dataset{ID: id, Fingerprint: str(m["fingerprint"]), LoadSeconds: toFloat(m["loadSeconds"])}, true, nil
}

// ClearDataset removes the dataset record, before a load replaces the data
// it describes, so that an interrupted load is never taken for a complete one.
func (s *Store) ClearDataset(ctx context.Context, id string) error {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	_, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (neo4j.Counters, error) {
		return run(ctx, tx, `MATCH (d:Dataset {id: $id}) DELETE d`, map[string]any{"id": id})
	})
	if err != nil {
		return fmt.Errorf("graph: clear dataset %s: %w", id, err)
	}
	return nil
}
