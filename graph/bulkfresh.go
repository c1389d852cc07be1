package graph

import (
	"context"
	"fmt"
	"iter"
	"strings"
	"time"
	"unicode/utf16"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// PreparedBulk is a BulkBatch with its rows built (PrepareBulk): the work
// in Go that does not depend on what the database holds, which BulkLoad
// does for the next batch while the current one is written.
type PreparedBulk struct {
	articles             []preparedArticle
	actors, names, roles []map[string]any // of BulkBatch.Actors
	// The batch's distinct IDs, in batch order, for the existence check.
	articleIDs, eventIDs, stanceIDs []string
	// Articles and Events count the batch's articles and events.
	Articles, Events int
}

type preparedArticle struct {
	id, fingerprint string
	published       string // YYYY-MM-DD, or "" when unknown
	source          any    // the Article's source property: nil or a string
	p               map[string]any
	isEvent         map[string]bool // the article's event IDs: which evidence supports an event
}

// PrepareBulk builds a batch's rows: every article's as WriteArticle
// builds them (writeParams, the article's fingerprint).
func PrepareBulk(b BulkBatch) *PreparedBulk {
	pb := &PreparedBulk{Articles: len(b.Articles)}
	if len(b.Actors) > 0 {
		p := writeParams(ArticleFacts{Actors: b.Actors})
		pb.actors, pb.names, pb.roles = p["actors"].([]map[string]any), p["names"].([]map[string]any), p["roles"].([]map[string]any)
	}
	seenEvent, seenStance := map[string]bool{}, map[string]bool{}
	for _, f := range b.Articles {
		p := writeParams(f)
		a := p["article"].(map[string]any)
		pa := preparedArticle{id: f.Article.ID, fingerprint: a["fingerprint"].(string), source: a["source"], p: p,
			isEvent: make(map[string]bool, len(f.Events))}
		if f.Article.Published != nil {
			pa.published = f.Article.Published.Format("2006-01-02")
		}
		pb.articleIDs = append(pb.articleIDs, f.Article.ID)
		for _, e := range f.Events {
			pa.isEvent[e.ID] = true
			if !seenEvent[e.ID] {
				seenEvent[e.ID] = true
				pb.eventIDs = append(pb.eventIDs, e.ID)
			}
		}
		for _, st := range f.Stances {
			if !seenStance[st.ID] {
				seenStance[st.ID] = true
				pb.stanceIDs = append(pb.stanceIDs, st.ID)
			}
		}
		pb.Events += len(f.Events)
		pb.articles = append(pb.articles, pa)
	}
	return pb
}

// BulkWrite writes a batch in one managed write transaction, a fixed number
// of UNWIND statements whatever its size. The graph it leaves is the one
// WriteArticle leaves when called on every article of the batch in turn:
// the same labels, relationship types, property names and property types
// (its rows are built by the same code), the same idempotence (writing a
// batch twice changes nothing) and the same replacement of what an earlier
// load of an article said. Only WriteResult's per-article figures are not
// computed.
//
// One statement first finds which of the batch's articles, events and
// stances are stored. What is not (everything, on a fresh load) is
// CREATEd with its relationships, without MERGE's locks and checks, and
// the counts of a new event (numArticles, numSources, numMentions, its
// confidence and first article) are computed here from the batch, which
// holds all its reports; what is stored takes the MERGE statements of
// bulkSteps (those LOAD CSV runs in the benchmark), and the prune
// statements run only for articles stored before. bulk_test checks that
// the graph is WriteArticle's, on a fresh database and over an existing
// one.
func (s *Store) BulkWrite(ctx context.Context, b BulkBatch) (BulkResult, error) {
	return s.WriteBulk(ctx, PrepareBulk(b))
}

// BulkLoad writes batch after batch with WriteBulk, preparing the next
// batch (PrepareBulk, and whatever produces it: batches is read from
// another goroutine) while the current one is written. done, when not nil,
// is told each batch's result. It stops at the first error.
func (s *Store) BulkLoad(ctx context.Context, batches iter.Seq[BulkBatch], done func(*PreparedBulk, BulkResult)) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	ready := make(chan *PreparedBulk, 1)
	go func() {
		defer close(ready)
		for b := range batches {
			select {
			case ready <- PrepareBulk(b):
			case <-ctx.Done():
				return
			}
		}
	}()
	defer func() {
		cancel()
		for range ready { // let the preparing goroutine end
		}
	}()
	for pb := range ready {
		r, err := s.WriteBulk(ctx, pb)
		if err != nil {
			return err
		}
		if done != nil {
			done(pb, r)
		}
	}
	return ctx.Err()
}

// cypherBulkExisting finds which of a batch's articles (with their
// fingerprints), events and stances are stored.
const cypherBulkExisting = `
CALL { UNWIND $articles AS id MATCH (ar:Article {id: id}) USING INDEX ar:Article(id) RETURN collect([id, ar.fingerprint]) AS articles }
CALL { UNWIND $events AS id MATCH (e:Event {id: id}) USING INDEX e:Event(id) RETURN collect(id) AS events }
CALL { UNWIND $stances AS id MATCH (st:Stance {id: id}) USING INDEX st:Stance(id) RETURN collect(id) AS stances }
RETURN articles, events, stances`

// WriteBulk writes a prepared batch in one transaction (see BulkWrite).
func (s *Store) WriteBulk(ctx context.Context, pb *PreparedBulk) (BulkResult, error) {
	start := time.Now()
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	res, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (BulkResult, error) {
		r := BulkResult{Steps: make(map[string]time.Duration, len(writeBulkSteps)+2)}
		t0 := time.Now()
		rec, err := single(ctx, tx, cypherBulkExisting, map[string]any{
			"articles": strs(pb.articleIDs), "events": strs(pb.eventIDs), "stances": strs(pb.stanceIDs)})
		if err != nil {
			return r, fmt.Errorf("existing: %w", err)
		}
		r.Steps["existing"] = time.Since(t0)
		var st stored
		st.articles = map[string]any{}
		v, _ := rec.Get("articles")
		for _, row := range v.([]any) {
			pair := row.([]any)
			st.articles[pair[0].(string)] = pair[1]
		}
		st.events, st.stances = idSet(rec, "events"), idSet(rec, "stances")
		p := pb.rows(st, &r)
		for _, step := range writeBulkSteps {
			rows := p[step.rows]
			if n, ok := rows.([]map[string]any); ok && len(n) == 0 {
				continue
			}
			if n, ok := rows.([]string); ok && len(n) == 0 {
				continue
			}
			if n, ok := rows.([]any); ok && len(n) == 0 {
				continue
			}
			t0 := time.Now()
			c, err := run(ctx, tx, step.cypher, map[string]any{step.rows: rows})
			if err != nil {
				return r, fmt.Errorf("%s: %w", step.name, err)
			}
			r.Steps[step.name] = time.Since(t0)
			r.add(c)
			if strings.HasSuffix(step.name, " evidence") { // they create Evidence nodes only
				r.EvidenceCreated += c.NodesCreated()
			}
		}
		return r, nil
	})
	if err != nil {
		return BulkResult{}, classify(ctx, fmt.Sprintf("bulk write of %d articles", len(pb.articles)), err)
	}
	// The rest of the time: beginning the transaction, partitioning the
	// rows, and above all the commit.
	outside := time.Since(start)
	for _, d := range res.Steps {
		outside -= d
	}
	res.Steps["(commit and client)"] = outside
	return res, nil
}

// stored is what the existence check found.
type stored struct {
	articles        map[string]any // ID → fingerprint
	events, stances map[string]bool
}

func idSet(rec *neo4j.Record, key string) map[string]bool {
	v, _ := rec.Get(key)
	list, _ := v.([]any)
	m := make(map[string]bool, len(list))
	for _, id := range list {
		m[id.(string)] = true
	}
	return m
}

// writeBulkSteps run in order in WriteBulk's transaction; rows names the
// one parameter each is sent. The steps of bulkSteps (MERGE) take what is
// stored already, the others (CREATE) what is not.
var writeBulkSteps = []struct{ name, rows, cypher string }{
	{"new articles", "newArticles", `
UNWIND $newArticles AS a
CREATE (ar:Article)
SET ar = a, ar.createdAt = datetime(), ar.updatedAt = datetime()`},
	bulkStep("articles"),
	bulkStep("prune events"),
	bulkStep("prune evidence"),
	bulkStep("prune mentions"),
	bulkStep("actors"),
	bulkStep("names"),
	bulkStep("roles"),
	bulkStep("mentions"),
	// A new event's row is a list (newEventColumns), read by position: no
	// map keys to decode per row. Its reports are [article, confidence].
	{"new events", "newEvents", `
UNWIND $newEvents AS e
CREATE (ev:Event {id: e[0], type: e[1], cameo: e[2], root: e[3], quadClass: e[4], goldstein: e[5], plover: e[6],
  source: e[7], target: e[8], sourceSector: e[9], targetSector: e[10], date: e[11], day: e[12], status: e[13],
  confidence: e[14], article: e[15], numArticles: e[16], numSources: e[17], numMentions: e[18]})
WITH ev, e
CALL (ev, e) {
  UNWIND e[19] AS r
  MATCH (ar:Article {id: r[0]}) USING INDEX ar:Article(id)
  CREATE (ev)-[:REPORTED_IN {confidence: r[1]}]->(ar)
}
WITH ev, e
MATCH (src:Actor {id: e[7]}) USING INDEX src:Actor(id)
CREATE (ev)-[:SOURCE]->(src)
WITH ev, e
OPTIONAL MATCH (tgt:Actor {id: e[8]}) USING INDEX tgt:Actor(id)
FOREACH (t IN CASE WHEN tgt IS NULL THEN [] ELSE [tgt] END | CREATE (ev)-[:TARGET]->(t))`},
	bulkStep("events"),
	{"new stances", "newStances", `
UNWIND $newStances AS s
CREATE (st:Stance {id: s[0], relation: s[1], kind: s[2], source: s[3], target: s[4], tie: s[5]})
WITH st, s
MATCH (a:Actor {id: s[3]}) USING INDEX a:Actor(id)
MATCH (b:Actor {id: s[4]}) USING INDEX b:Actor(id)
CREATE (st)-[:FROM]->(a), (st)-[:TO]->(b)`},
	bulkStep("stances"),
	{"new event evidence", "newEventEvidence", cypherNewEvidence("newEventEvidence", "Event")},
	{"new stance evidence", "newStanceEvidence", cypherNewEvidence("newStanceEvidence", "Stance")},
	bulkStep("event evidence"),
	bulkStep("stance evidence"),
	bulkStep("event counts"),
	bulkStep("stance totals"),
}

// cypherNewEvidence creates evidence of articles not stored before (its ID
// has the article in it, so it cannot be stored either): a row is a list
// in newEvidenceColumns order, its last item the IDs of the facts (label)
// it supports.
func cypherNewEvidence(param, label string) string {
	return `
UNWIND $` + param + ` AS x
MATCH (ar:Article {id: x[1]}) USING INDEX ar:Article(id)
CREATE (n:Evidence {id: x[0], article: x[1], sentence: x[2], start: x[3], end: x[4], extractor: x[5], confidence: x[6],
  rule: x[7], matched: x[8], related: x[9], date: x[10]})
CREATE (n)-[:IN]->(ar)
WITH n, x
UNWIND x[11] AS fid
MATCH (f:` + label + ` {id: fid}) USING INDEX f:` + label + `(id)
CREATE (f)-[:SUPPORTED_BY]->(n)`
}

var (
	newEventColumns    = []string{"type", "cameo", "root", "quadClass", "goldstein", "plover", "source", "target", "sourceSector", "targetSector", "date", "day", "status", "confidence", "article", "numArticles", "numSources", "numMentions"}
	newEvidenceColumns = []string{"article", "sentence", "start", "end", "extractor", "confidence", "rule", "matched", "related", "date"}
)

// bulkStep is the step of bulkSteps with this name, its parameter the one
// that holds its rows.
func bulkStep(name string) struct{ name, rows, cypher string } {
	for _, s := range bulkSteps {
		if s.name == name {
			return struct{ name, rows, cypher string }{s.name, s.rows, s.cypher}
		}
	}
	panic("graph: no bulk step " + name)
}

// newEvent gathers the rows of an event not stored before, from every
// article of the batch that reports it, in batch order.
type newEvent struct {
	props    map[string]any // the first row's, sectors from the first row that has them
	reports  []string       // article IDs, distinct, in order
	conf     map[string]any // article → the last row's confidence
	evidence map[string]bool
}

// rows partitions the prepared rows by what is stored: each statement of
// writeBulkSteps gets its own parameter.
// It counts in r what the batch's articles were and what their facts are.
func (pb *PreparedBulk) rows(st stored, r *BulkResult) map[string]any {
	var (
		newArticles, articles, prune, actors, names, roles, mentions []map[string]any
		events, stances, eventEvidence, stanceEvidence               []map[string]any
		newStances, newEventEvidence, newStanceEvidence              []any
		eventIDs, stanceIDs                                          []string
	)
	actors = append(actors, pb.actors...)
	names = append(names, pb.names...)
	roles = append(roles, pb.roles...)
	fresh := map[string]*newEvent{}
	var freshOrder []string
	seenEvent, seenStance, seenNewStance := map[string]bool{}, map[string]bool{}, map[string]bool{}
	meta := map[string]*preparedArticle{}
	for i := range pb.articles {
		pa := &pb.articles[i]
		fp, found := st.articles[pa.id]
		if found && fp == pa.fingerprint {
			r.ArticlesUnchanged++
			continue // stored with the same facts: nothing to write
		}
		if found {
			r.ArticlesUpdated++
		} else {
			r.ArticlesNew++
		}
		meta[pa.id] = pa
		p := pa.p
		if found {
			articles = append(articles, p["article"].(map[string]any))
			prune = append(prune, p["prune"].([]map[string]any)...)
		} else {
			newArticles = append(newArticles, p["article"].(map[string]any))
		}
		actors = append(actors, p["actors"].([]map[string]any)...)
		names = append(names, p["names"].([]map[string]any)...)
		roles = append(roles, p["roles"].([]map[string]any)...)
		for _, m := range p["mentions"].([]map[string]any) {
			m["article"] = pa.id
			mentions = append(mentions, m)
		}
		for _, e := range p["events"].([]map[string]any) {
			id := e["id"].(string)
			if st.events[id] {
				r.EventsMerged++
				events = append(events, e)
				if !seenEvent[id] {
					seenEvent[id] = true
					eventIDs = append(eventIDs, id)
				}
				continue
			}
			props := e["props"].(map[string]any)
			ne := fresh[id]
			// Counted as WriteArticle counts, article after article: the
			// first to report it created it.
			if ne == nil {
				r.EventsCreated++
			} else if _, again := ne.conf[pa.id]; !again {
				r.EventsMerged++
			}
			if ne == nil {
				cp := make(map[string]any, len(props)+3)
				for k, v := range props {
					cp[k] = v
				}
				ne = &newEvent{props: cp, conf: map[string]any{}, evidence: map[string]bool{}}
				fresh[id] = ne
				freshOrder = append(freshOrder, id)
			} else {
				// ON MATCH: the sectors the event lacked.
				for _, k := range []string{"sourceSector", "targetSector"} {
					if ne.props[k] == nil {
						ne.props[k] = props[k]
					}
				}
			}
			if _, ok := ne.conf[pa.id]; !ok {
				ne.reports = append(ne.reports, pa.id)
			}
			ne.conf[pa.id] = props["confidence"]
		}
		for _, s := range p["stances"].([]map[string]any) {
			id := s["id"].(string)
			if !seenStance[id] {
				seenStance[id] = true
				stanceIDs = append(stanceIDs, id)
			}
			if st.stances[id] {
				r.StancesMerged++
				stances = append(stances, s)
			} else if seenNewStance[id] {
				r.StancesMerged++
			} else {
				r.StancesCreated++
				seenNewStance[id] = true
				newStances = append(newStances, []any{id, s["relation"], s["kind"], s["source"], s["target"], s["tie"]})
			}
		}
		// Evidence: MERGEd for an article stored before (an earlier load
		// may have written the same IDs), CREATEd otherwise, once per ID
		// (the last row's properties, as SET += leaves them).
		at := map[string]int{}
		r.EvidenceTotal += len(p["evidence"].([]map[string]any))
		for _, x := range p["evidence"].([]map[string]any) {
			fact := x["fact"].(string)
			if ne := fresh[fact]; ne != nil {
				ne.evidence[x["id"].(string)] = true
			}
			if found {
				if pa.isEvent[fact] {
					eventEvidence = append(eventEvidence, x)
				} else {
					stanceEvidence = append(stanceEvidence, x)
				}
				continue
			}
			id := x["id"].(string)
			props := x["props"].(map[string]any)
			row := make([]any, 0, len(newEvidenceColumns)+2)
			row = append(row, id)
			for _, k := range newEvidenceColumns {
				row = append(row, props[k])
			}
			key := "s"
			if pa.isEvent[fact] {
				key = "e"
			}
			if i, ok := at[key+id]; ok {
				var list []any
				if key == "e" {
					list = newEventEvidence
				} else {
					list = newStanceEvidence
				}
				old := list[i].([]any)
				facts := old[len(old)-1].([]string)
				if !contains(facts, fact) {
					facts = append(facts, fact)
				}
				list[i] = append(row, facts)
				continue
			}
			row = append(row, []string{fact})
			if key == "e" {
				at[key+id] = len(newEventEvidence)
				newEventEvidence = append(newEventEvidence, row)
			} else {
				at[key+id] = len(newStanceEvidence)
				newStanceEvidence = append(newStanceEvidence, row)
			}
		}
	}
	newEvents := make([]any, 0, len(freshOrder))
	for _, id := range freshOrder {
		ne := fresh[id]
		newEvents = append(newEvents, ne.row(id, meta))
	}
	return map[string]any{
		"newArticles": orEmpty(newArticles), "articles": orEmpty(articles), "prune": orEmpty(prune),
		"actors": orEmpty(actors), "names": orEmpty(names), "roles": orEmpty(roles), "mentions": orEmpty(mentions),
		"newEvents": newEvents, "events": orEmpty(events), "newStances": anys(newStances), "stances": orEmpty(stances),
		"newEventEvidence": anys(newEventEvidence), "newStanceEvidence": anys(newStanceEvidence),
		"eventEvidence": orEmpty(eventEvidence), "stanceEvidence": orEmpty(stanceEvidence),
		"eventIds": strs(eventIDs), "stanceIds": strs(stanceIDs),
	}
}

// row is the new event's row, with what eventCounts would compute from
// its reports (all of them in the batch): numArticles the reporting
// articles, numSources their distinct outlets (an article without a source
// counts as its own), numMentions its pieces of evidence (at least one per
// article), confidence the highest of the reports', article the first
// reporting article by publication day (unknown last), then ID.
func (ne *newEvent) row(id string, meta map[string]*preparedArticle) []any {
	outlets := map[any]bool{}
	var first *preparedArticle
	var conf any
	for _, a := range ne.reports {
		pa := meta[a]
		if pa.source != nil {
			outlets[pa.source] = true
		} else {
			outlets["\x00"+pa.id] = true
		}
		if first == nil || articleBefore(pa, first) {
			first = pa
		}
		if c, ok := ne.conf[a].(float64); ok {
			if cur, ok := conf.(float64); !ok || c > cur {
				conf = c
			}
		}
	}
	p := ne.props
	p["numArticles"] = len(ne.reports)
	p["numSources"] = len(outlets)
	p["numMentions"] = max(len(ne.evidence), len(ne.reports))
	if conf != nil {
		p["confidence"] = conf
	}
	p["article"] = first.id
	row := make([]any, 0, len(newEventColumns)+2)
	row = append(row, id)
	for _, k := range newEventColumns {
		row = append(row, p[k])
	}
	reports := make([]any, len(ne.reports))
	for i, a := range ne.reports {
		reports[i] = []any{a, ne.conf[a]}
	}
	return append(row, reports)
}

// articleBefore orders articles as ORDER BY a.published, a.id does:
// unknown days last, then IDs as Cypher compares strings (UTF-16 code
// units).
func articleBefore(a, b *preparedArticle) bool {
	if a.published != b.published {
		if a.published == "" || b.published == "" {
			return b.published == ""
		}
		return a.published < b.published
	}
	return cypherLess(a.id, b.id)
}

func cypherLess(a, b string) bool {
	ascii := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				return false
			}
		}
		return true
	}
	if ascii(a) && ascii(b) {
		return a < b
	}
	x, y := utf16.Encode([]rune(a)), utf16.Encode([]rune(b))
	for i := 0; i < len(x) && i < len(y); i++ {
		if x[i] != y[i] {
			return x[i] < y[i]
		}
	}
	return len(x) < len(y)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func anys(l []any) []any {
	if l == nil {
		return []any{}
	}
	return l
}
