package graph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// ArticleFacts is everything one article contributes to the graph. It is
// written as a unit: all of it or none of it.
type ArticleFacts struct {
	Article  Article
	Actors   []Actor
	Mentions []Mention
	Events   []Event
	Stances  []Stance
}

// Article is a news article, the source of every fact.
type Article struct {
	ID        string // URL, or "sha256:..." of the text when there is no URL
	URL       string
	Title     string
	Source    string
	Language  string
	Dateline  string
	Published *time.Time // the day the article appeared; nil when unknown
	Extractor string     // "name/version" of what produced its facts
}

// Actor is a state, person, organization, armed group, place...
type Actor struct {
	ID       string
	Name     string
	Kind     string
	Country  string
	Wikidata string
	Aliases  []string
	Roles    []Role
}

// Role is a position a person holds in a state or organization.
type Role struct {
	Title string
	Of    string // actor ID; empty when the text names no affiliation
	Start string // ISO date of any precision, or empty
	End   string
}

// Mention is a place in the article that names an actor.
type Mention struct {
	Actor string
	Evidence
}

// Event is who did what to whom, when, coded in CAMEO.
type Event struct {
	ID         string
	Type       string
	Cameo      string
	Root       string
	QuadClass  int
	Goldstein  float64
	Plover     string
	Source     string
	Target     string     // empty when the event has none
	Date       string     // as precise as known: YYYY-MM-DD, YYYY-MM or YYYY
	Day        *time.Time // Date as a day (first of month or year), for range filters
	Status     string
	Confidence float64
	Evidence   []Evidence

	// SourceSector and TargetSector are CAMEO agent codes (GOV, MIL, REB...)
	// of the part of the source or target that acted; empty for the whole.
	SourceSector, TargetSector string
}

// Stance is an alliance or lasting attitude of one actor towards another,
// shared by every article that supports it.
type Stance struct {
	ID       string
	Source   string
	Target   string
	Relation string // ally, partner, cooperative, hostile
	Kind     string // explicit, derived
	Evidence []Evidence
}

// Evidence is the sentence of an article that states a fact.
type Evidence struct {
	ID         string // stable: derived from the fact, the article and the offsets
	Sentence   string
	Start, End int
	Extractor  string
	Confidence float64
	Rule       string
	Matched    []string
	Related    bool // from a related-article line, not the story itself
}

// WriteResult counts what a write created and what it found already there.
type WriteResult struct {
	ArticleCreated bool
	// Unchanged: the article was already stored with exactly these facts
	// (same fingerprint), so nothing was written, updatedAt included.
	Unchanged                      bool
	ActorsCreated, ActorsMerged    int
	EventsCreated, EventsMerged    int
	EventsRemoved                  int // events of an earlier load of the article that it no longer reports
	StancesCreated, StancesMerged  int
	EvidenceCreated, EvidenceTotal int
}

// WriteArticle writes an article and its facts in one transaction. Writing
// the same facts again changes nothing; writing different facts for the same
// article replaces what that article said before (its events, evidence and
// mentions), and removes stances no article supports any more.
func (s *Store) WriteArticle(ctx context.Context, f ArticleFacts) (WriteResult, error) {
	p := writeParams(f)
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	res, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (WriteResult, error) {
		var r WriteResult
		s.statements.Add(int64(1 + len(writeSteps)))
		rec, err := single(ctx, tx, cypherExisting, p)
		if err != nil {
			return r, err
		}
		existing := func(k string) int { v, _ := rec.Get(k); n, _ := v.(int64); return int(n) }
		r.ArticleCreated = existing("articles") == 0
		if fp, _ := rec.Get("fingerprint"); fp != nil && fp == p["article"].(map[string]any)["fingerprint"] {
			// The same facts again: nothing to write, not even updatedAt.
			r.Unchanged = true
			r.ActorsMerged, r.EventsMerged, r.StancesMerged = len(f.Actors), len(f.Events), len(f.Stances)
			r.EvidenceTotal = len(p["evidence"].([]map[string]any))
			return r, nil
		}
		r.EventsRemoved = existing("removed")
		r.ActorsMerged = existing("actors")
		r.ActorsCreated = len(f.Actors) - r.ActorsMerged
		r.EventsMerged = existing("events")
		r.EventsCreated = len(f.Events) - r.EventsMerged
		r.StancesMerged = existing("stances")
		r.StancesCreated = len(f.Stances) - r.StancesMerged
		r.EvidenceTotal = len(p["evidence"].([]map[string]any))
		for _, step := range writeSteps {
			c, err := run(ctx, tx, step.cypher, p)
			if err != nil {
				return r, fmt.Errorf("%s: %w", step.name, err)
			}
			switch step.name {
			case "evidence":
				r.EvidenceCreated = c.NodesCreated()
			}
		}
		return r, nil
	})
	if err != nil {
		return WriteResult{}, classify(ctx, "write article "+f.Article.ID, err)
	}
	return res, nil
}

const cypherExisting = `
OPTIONAL MATCH (ar:Article {id: $article.id})
RETURN COUNT { MATCH (:Article {id: $article.id}) } AS articles, ar.fingerprint AS fingerprint,
       COUNT { MATCH (ar)<-[:REPORTED_IN]-(e:Event) WHERE e.gdeltId IS NULL AND NOT e.id IN $eventIds
               AND COUNT { (e)-[:REPORTED_IN]->() } = 1 } AS removed,
       size([id IN $actorIds WHERE EXISTS { MATCH (:Actor {id: id}) }]) AS actors,
       size([id IN $eventIds WHERE EXISTS { MATCH (:Event {id: id}) }]) AS events,
       size([id IN $stanceIds WHERE EXISTS { MATCH (:Stance {id: id}) }]) AS stances`

// The prune statements remove what earlier loads of articles said and the
// new loads do not: each row of $prune is {id, eventIds, evidenceIds}.
// WriteArticle passes one row, BulkWrite one per article. The index hints
// keep a plan cached while the database was empty from scanning every event
// or evidence node once the data has grown.
//
// An event is one happening, shared by every article that reports it
// (Event.ID has no article in it): pruning an article's event removes the
// article's REPORTED_IN and the evidence it gave, and the event itself only
// when no article reports it any more; the others get their counts again.
// Events imported from GDELT (gdeltId) are never pruned by an article load.
const (
	cypherPruneEvents = `
UNWIND $prune AS p
MATCH (ar:Article {id: p.id}) USING INDEX ar:Article(id)
MATCH (ar)<-[r:REPORTED_IN]-(e:Event)
WHERE e.gdeltId IS NULL AND NOT e.id IN p.eventIds
DELETE r
WITH DISTINCT e, ar
CALL (e, ar) {
  MATCH (e)-[:SUPPORTED_BY]->(x:Evidence)-[:IN]->(ar)
  DETACH DELETE x
}
WITH DISTINCT e
WITH e, EXISTS { (e)-[:REPORTED_IN]->() } AS kept
CALL (e, kept) {
  WITH e WHERE NOT kept
  DETACH DELETE e
}
WITH e WHERE kept
` + eventCounts
	cypherPruneEvidence = `
UNWIND $prune AS p
MATCH (ar:Article {id: p.id}) USING INDEX ar:Article(id)
MATCH (ar)<-[:IN]-(x:Evidence)
WHERE NOT x.id IN p.evidenceIds
OPTIONAL MATCH (st:Stance)-[:SUPPORTED_BY]->(x)
WITH x, collect(st) AS stances
DETACH DELETE x
WITH stances
UNWIND stances AS st
WITH DISTINCT st
` + stanceTotals + `
WITH collect(st) AS sts
UNWIND sts AS st
` + tieRanks + `
WITH st
WHERE NOT (st)-[:SUPPORTED_BY]->()
DETACH DELETE st`
	cypherPruneMentions = `
UNWIND $prune AS p
MATCH (ar:Article {id: p.id}) USING INDEX ar:Article(id)
MATCH (ar)-[m:MENTIONS]->()
DELETE m`
)

// stanceTotals recomputes, from its evidence, the per-day totals of the
// stance bound to st, which is what allies and adversaries read instead of
// the evidence. The strength of a tie over a period is the noisy-or of the
// period's evidence, 1 − Π(1 − cᵢ), and a product splits by day: a stance
// keeps, for each day with counted evidence (evidence from related-article
// lines never counts), the product of (1 − c) in days/dayQ and the count in
// dayN, ascending by day, and the same for evidence without a date in
// undatedQ/undatedN. A query multiplies the days of its period: a few list
// entries per stance instead of every piece of evidence. Every statement
// that adds or removes a stance's evidence runs this afterwards, so the
// totals never disagree with the evidence (graph_test checks them).
const stanceTotals = `CALL (st) {
  OPTIONAL MATCH (st)-[:SUPPORTED_BY]->(x:Evidence)
  WHERE NOT coalesce(x.related, false)
  WITH x.date AS day, collect(x.confidence) AS cs
  ORDER BY day
  WITH collect(CASE WHEN day IS NOT NULL THEN {d: day, q: reduce(p = 1.0, c IN cs | p * (1.0 - c)), n: size(cs)} END) AS dated,
       collect(CASE WHEN day IS NULL THEN {q: reduce(p = 1.0, c IN cs | p * (1.0 - c)), n: size(cs)} END) AS undated
  WITH dated, coalesce(undated[0].q, 1.0) AS undatedQ, coalesce(undated[0].n, 0) AS undatedN
  WITH dated, undatedQ, undatedN, reduce(w = -log(undatedQ), r IN dated | w - log(r.q)) AS w
  RETURN [r IN dated | r.d] AS days, [r IN dated | r.q] AS dayQ, [r IN dated | r.n] AS dayN, undatedQ, undatedN,
         CASE WHEN w > 1e300 THEN 1e300 ELSE w END AS allW, reduce(k = undatedN, r IN dated | k + r.n) AS allN
}
SET st.days = days, st.dayQ = dayQ, st.dayN = dayN, st.undatedQ = undatedQ, st.undatedN = undatedN,
    st.allW = allW, st.allN = allN`

// eventCounts recomputes, for the event bound to e, how widely it was
// reported, as GDELT counts it: numArticles the articles that report it,
// numSources their distinct outlets (an article without a source counts as
// its own), numMentions its pieces of evidence (at least one per article).
// Its confidence is the highest of the reporting articles' (kept on
// REPORTED_IN), and article the first of them by publication day, then ID.
// Every write that adds or removes a report of an event runs it.
const eventCounts = `CALL (e) {
  MATCH (e)-[r:REPORTED_IN]->(a:Article)
  WITH r, a ORDER BY a.published, a.id
  RETURN count(a) AS na, count(DISTINCT coalesce(a.source, a.id)) AS ns, max(r.confidence) AS conf, collect(a.id)[0] AS first
}
WITH e, na, ns, conf, first, COUNT { (e)-[:SUPPORTED_BY]->() } AS nx
SET e.numArticles = na, e.numSources = ns, e.numMentions = CASE WHEN nx > na THEN nx ELSE na END,
    e.confidence = coalesce(conf, e.confidence), e.article = first`

// cypherEventCounts runs eventCounts for the events in $eventIds.
const cypherEventCounts = `
UNWIND $eventIds AS eid
MATCH (e:Event {id: eid}) USING INDEX e:Event(id)
WITH DISTINCT e
` + eventCounts

// tieRanks recomputes, for the pair of actors of the stance bound to st,
// what the allies and adversaries ranking needs to stop early (rootTies):
// on every stance of the pair, in either direction, whose relation is of
// st's class (tie: ally or hostile), tieW is the weight of all their
// counted evidence, Σ −log(1 − c) = Σ allW, and tieEx whether one of them
// is explicit and has evidence. Any period's weight of the pair is at most
// tieW (weights are never negative), and a pair explicit in a period has
// tieEx. It reads the stances' allW and allN, so it runs after stanceTotals
// has finished for every stance of the statement.
const tieRanks = `CALL (st) {
  CALL (st) {
    MATCH (o:Stance {source: st.source, target: st.target}) WHERE o.tie = st.tie RETURN o
    UNION
    MATCH (o:Stance {source: st.target, target: st.source}) WHERE o.tie = st.tie RETURN o
  }
  WITH collect(o) AS os, sum(coalesce(o.allW, 0.0)) AS w,
       max(CASE WHEN o.kind = 'explicit' AND o.allN > 0 THEN 1 ELSE 0 END) = 1 AS ex
  UNWIND os AS o
  SET o.tieW = CASE WHEN w > 1e300 THEN 1e300 ELSE w END, o.tieEx = ex
}`

// cypherStanceTotals runs stanceTotals for the stances in $stanceIds, then
// tieRanks for their pairs: once per pair and tie class (tieRanks sets the
// same figures on every stance of the pair and class, whichever of them it
// starts from), not once per stance.
// The collect waits for every stance's totals before the pairs' ranks are
// computed from them.
const cypherStanceTotals = `
UNWIND $stanceIds AS sid
MATCH (st:Stance {id: sid}) USING INDEX st:Stance(id)
` + stanceTotals + `
WITH collect(DISTINCT st) AS sts
UNWIND sts AS st
WITH st.tie AS tie, CASE WHEN st.source < st.target THEN [st.source, st.target] ELSE [st.target, st.source] END AS pair,
     collect(st)[0] AS st
` + tieRanks

// writeSteps run in order inside the article's transaction.
var writeSteps = []struct{ name, cypher string }{
	{"article", `
MERGE (ar:Article {id: $article.id})
ON CREATE SET ar.createdAt = datetime()
SET ar += $article, ar.updatedAt = datetime()`},
	{"prune events", cypherPruneEvents},
	{"prune evidence", cypherPruneEvidence},
	{"prune mentions", cypherPruneMentions},
	{"actors", `
UNWIND $actors AS a
MERGE (n:Actor {id: a.id})
ON CREATE SET n.name = a.name, n.kind = a.kind, n.createdAt = datetime()
SET n.country = coalesce(n.country, a.country),
    n.wikidata = coalesce(n.wikidata, a.wikidata),
    n.aliases = reduce(acc = coalesce(n.aliases, []), x IN a.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    n.titles = reduce(acc = coalesce(n.titles, []), x IN a.titles | CASE WHEN x IN acc THEN acc ELSE acc + x END)
SET n.aliasText = reduce(s = '', x IN n.aliases | s + x + ' ; ')`},
	{"names", `
UNWIND $names AS r
MATCH (n:Actor {id: r.actor})
MERGE (k:Name {key: r.key})
MERGE (k)-[:NAMES]->(n)`},
	{"roles", `
UNWIND $roles AS r
MATCH (p:Actor {id: r.actor})
MATCH (o:Actor {id: r.of})
MERGE (p)-[h:HOLDS_ROLE {title: r.title, start: r.start}]->(o)
SET h.end = r.end`},
	{"mentions", `
MATCH (ar:Article {id: $article.id})
UNWIND $mentions AS m
MATCH (n:Actor {id: m.actor})
CREATE (ar)-[r:MENTIONS]->(n)
SET r = m.props`},
	{"events", `
MATCH (ar:Article {id: $article.id})
UNWIND $events AS e
MERGE (ev:Event {id: e.id})
ON CREATE SET ev += e.props
ON MATCH SET ev.sourceSector = coalesce(ev.sourceSector, e.props.sourceSector),
             ev.targetSector = coalesce(ev.targetSector, e.props.targetSector)
MERGE (ev)-[rep:REPORTED_IN]->(ar)
SET rep.confidence = e.props.confidence
WITH ev, e
MATCH (src:Actor {id: e.source})
MERGE (ev)-[:SOURCE]->(src)
WITH ev, e
OPTIONAL MATCH (tgt:Actor {id: e.target})
FOREACH (t IN CASE WHEN tgt IS NULL THEN [] ELSE [tgt] END | MERGE (ev)-[:TARGET]->(t))`},
	{"stances", `
UNWIND $stances AS s
MERGE (st:Stance {id: s.id})
ON CREATE SET st.relation = s.relation, st.kind = s.kind, st.source = s.source, st.target = s.target, st.tie = s.tie
WITH st, s
MATCH (a:Actor {id: s.source})
MATCH (b:Actor {id: s.target})
MERGE (st)-[:FROM]->(a)
MERGE (st)-[:TO]->(b)`},
	{"evidence", `
MATCH (ar:Article {id: $article.id})
UNWIND $evidence AS x
MERGE (n:Evidence {id: x.id})
SET n += x.props
MERGE (n)-[:IN]->(ar)
WITH n, x
OPTIONAL MATCH (e:Event {id: x.fact})
OPTIONAL MATCH (s:Stance {id: x.fact})
WITH n, coalesce(e, s) AS f
WHERE f IS NOT NULL
MERGE (f)-[:SUPPORTED_BY]->(n)`},
	{"event counts", cypherEventCounts},
	{"stance totals", cypherStanceTotals},
}

func writeParams(f ArticleFacts) map[string]any {
	a := f.Article
	article := map[string]any{
		"id": a.ID, "url": nilIfEmpty(a.URL), "title": nilIfEmpty(a.Title), "source": nilIfEmpty(a.Source),
		"language": nilIfEmpty(a.Language), "dateline": nilIfEmpty(a.Dateline), "published": dateParam(a.Published),
		"extractor": nilIfEmpty(a.Extractor), "fingerprint": FactsFingerprint(f),
	}
	var (
		actors, names, roles, mentions, events, stances, evidence []map[string]any
		actorIDs, eventIDs, stanceIDs, evidenceIDs                []string
	)
	evidenceProps := func(fact string, x Evidence) {
		evidenceIDs = append(evidenceIDs, x.ID)
		evidence = append(evidence, map[string]any{"id": x.ID, "fact": fact, "props": map[string]any{
			"sentence": x.Sentence, "start": x.Start, "end": x.End, "extractor": x.Extractor,
			"confidence": x.Confidence, "rule": nilIfEmpty(x.Rule), "matched": x.Matched, "related": x.Related,
			"date": dateParam(a.Published), "article": a.ID,
		}})
	}
	for _, ac := range f.Actors {
		actorIDs = append(actorIDs, ac.ID)
		var titles []string
		for _, r := range ac.Roles {
			titles = append(titles, r.Title)
			if r.Of != "" {
				roles = append(roles, map[string]any{"actor": ac.ID, "of": r.Of, "title": r.Title, "start": r.Start, "end": nilIfEmpty(r.End)})
			}
		}
		aliases := append([]string{}, ac.Aliases...)
		if aliases == nil {
			aliases = []string{}
		}
		if titles == nil {
			titles = []string{}
		}
		actors = append(actors, map[string]any{
			"id": ac.ID, "name": ac.Name, "kind": ac.Kind, "country": nilIfEmpty(ac.Country),
			"wikidata": nilIfEmpty(ac.Wikidata), "aliases": aliases, "titles": titles,
		})
		seen := map[string]bool{}
		for _, n := range append([]string{ac.ID, ac.Name}, ac.Aliases...) {
			if k := NameKey(n); k != "" && !seen[k] {
				seen[k] = true
				names = append(names, map[string]any{"actor": ac.ID, "key": k})
			}
		}
	}
	for _, m := range f.Mentions {
		mentions = append(mentions, map[string]any{"actor": m.Actor, "props": map[string]any{
			"sentence": m.Sentence, "start": m.Start, "end": m.End, "confidence": m.Confidence,
			"related": m.Related, "extractor": m.Extractor,
		}})
	}
	for _, e := range f.Events {
		eventIDs = append(eventIDs, e.ID)
		events = append(events, map[string]any{"id": e.ID, "source": e.Source, "target": e.Target, "props": map[string]any{
			"type": e.Type, "cameo": e.Cameo, "root": e.Root, "quadClass": e.QuadClass, "goldstein": e.Goldstein,
			"plover": nilIfEmpty(e.Plover), "source": e.Source, "target": nilIfEmpty(e.Target),
			"sourceSector": nilIfEmpty(e.SourceSector), "targetSector": nilIfEmpty(e.TargetSector),
			"date": nilIfEmpty(e.Date), "day": dateParam(e.Day), "status": e.Status, "confidence": e.Confidence,
			"article": a.ID,
		}})
		for _, x := range e.Evidence {
			evidenceProps(e.ID, x)
		}
	}
	for _, st := range f.Stances {
		if st.Source == st.Target {
			// No actor is allied with or hostile to itself: an event inside
			// one state (ISR/JUD → ISR/GOV) is an event, never a tie. The
			// facts contract refuses such stances; a caller's are dropped.
			continue
		}
		stanceIDs = append(stanceIDs, st.ID)
		stances = append(stances, map[string]any{"id": st.ID, "source": st.Source, "target": st.Target, "relation": st.Relation, "kind": st.Kind, "tie": TieClass(st.Relation)})
		for _, x := range st.Evidence {
			evidenceProps(st.ID, x)
		}
	}
	return map[string]any{
		"article": article, "actors": orEmpty(actors), "names": orEmpty(names), "roles": orEmpty(roles),
		"mentions": orEmpty(mentions), "events": orEmpty(events), "stances": orEmpty(stances),
		"evidence": orEmpty(evidence), "actorIds": strs(actorIDs), "eventIds": strs(eventIDs),
		"stanceIds": strs(stanceIDs), "evidenceIds": strs(evidenceIDs),
		"prune": []map[string]any{{"id": a.ID, "eventIds": strs(eventIDs), "evidenceIds": strs(evidenceIDs)}},
	}
}

// FactsFingerprint is a hash of everything an article's load writes: an article
// stored with the same fingerprint already says exactly this, and writing it
// again is skipped (its updatedAt included).
func FactsFingerprint(f ArticleFacts) string {
	b, err := json.Marshal(f)
	if err != nil {
		panic("graph: fingerprint: " + err.Error()) // plain data: cannot fail
	}
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:16])
}

func orEmpty(m []map[string]any) []map[string]any {
	if m == nil {
		return []map[string]any{}
	}
	return m
}

func strs(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func run(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, p map[string]any) (neo4j.Counters, error) {
	res, err := tx.Run(ctx, cypher, p)
	if err != nil {
		return nil, err
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		return nil, err
	}
	return sum.Counters(), nil
}

func single(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, p map[string]any) (*neo4j.Record, error) {
	res, err := tx.Run(ctx, cypher, p)
	if err != nil {
		return nil, err
	}
	return res.Single(ctx)
}
