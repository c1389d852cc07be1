package graph

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// ErrNotFound is returned when an actor or article does not exist.
var ErrNotFound = errors.New("not found")

// ActorNode is an actor as stored.
type ActorNode struct {
	ID       string
	Name     string
	Kind     string
	Country  string
	Wikidata string
	Aliases  []string
	Titles   []string
}

// ArticleNode is an article as stored.
type ArticleNode struct {
	ID        string
	URL       string
	Title     string
	Source    string
	Language  string
	Dateline  string
	Published *time.Time
}

// EvidenceNode is a stored piece of evidence with its article.
type EvidenceNode struct {
	Sentence   string
	Start, End int
	Extractor  string
	Confidence float64
	Rule       string
	Matched    []string
	Date       *time.Time
	Article    ArticleNode
}

// Ally is an actor aligned with the one asked about, with the stances that
// say so and every piece of evidence for them in the period asked about.
type Ally struct {
	Actor     ActorNode
	Relations []string // ally, partner, cooperative
	Explicit  bool     // some source states the alignment in so many words
	// Strength is the noisy-or of the evidence confidences: 1 - Π(1 - c).
	// One confident sentence gives a strong tie; many weak ones add up.
	Strength  float64
	FirstSeen *time.Time
	LastSeen  *time.Time
	Evidence  []EvidenceNode
}

// Period bounds the evidence considered, by the date of the article that
// states it. Nil bounds are open.
type Period struct {
	Since, Until *time.Time
}

// AllyRelations are the stance relations that make two actors allies.
var AllyRelations = []string{"ally", "partner", "cooperative"}

// ResolveActor finds an actor by canonical ID ("RUS") or by any name or
// alias in any language ("Russia", "Rusia"). When a name is shared, states
// come before other kinds, then the actor with the most mentions.
func (s *Store) ResolveActor(ctx context.Context, idOrName string) (ActorNode, error) {
	recs, err := s.read(ctx, cypherResolve, map[string]any{"id": idOrName, "key": NameKey(idOrName)})
	if err != nil {
		return ActorNode{}, err
	}
	if len(recs) == 0 {
		return ActorNode{}, fmt.Errorf("actor %q: %w", idOrName, ErrNotFound)
	}
	a, _ := recs[0].Get("a")
	return actorFrom(a), nil
}

const cypherResolve = `
CALL {
  MATCH (a:Actor {id: $id}) RETURN a, 0 AS rank
  UNION
  MATCH (:Name {key: $key})-[:NAMES]->(a:Actor) RETURN a, 1 AS rank
}
WITH a, rank
ORDER BY rank, CASE a.kind WHEN 'state' THEN 0 WHEN 'igo' THEN 1 ELSE 2 END,
         COUNT { (a)<-[:MENTIONS]-() } DESC, a.id
LIMIT 1
RETURN a {.*} AS a`

// ActorFilter narrows Actors.
type ActorFilter struct {
	Kind  string // empty: any kind
	Limit int
}

// Actors lists actors ordered by name.
func (s *Store) Actors(ctx context.Context, f ActorFilter) ([]ActorNode, error) {
	if f.Limit <= 0 || f.Limit > 1000 {
		f.Limit = 100
	}
	recs, err := s.read(ctx, `
MATCH (a:Actor) WHERE $kind IS NULL OR a.kind = $kind
RETURN a {.*} AS a ORDER BY a.name, a.id LIMIT $limit`,
		map[string]any{"kind": nilIfEmpty(f.Kind), "limit": f.Limit})
	if err != nil {
		return nil, err
	}
	out := make([]ActorNode, 0, len(recs))
	for _, r := range recs {
		a, _ := r.Get("a")
		out = append(out, actorFrom(a))
	}
	return out, nil
}

// Allies returns the actors aligned with actor id (see AllyRelations), in
// either direction, ranked by strength, with the evidence from the period.
// Evidence from related-article lines never counts.
func (s *Store) Allies(ctx context.Context, id string, p Period) ([]Ally, error) {
	recs, err := s.read(ctx, cypherAllies, map[string]any{
		"id": id, "relations": AllyRelations, "since": dateParam(p.Since), "until": dateParam(p.Until),
	})
	if err != nil {
		return nil, err
	}
	out := make([]Ally, 0, len(recs))
	for _, r := range recs {
		m := r.AsMap()
		al := Ally{
			Actor:     actorFrom(m["actor"]),
			Relations: strList(m["relations"]),
			Explicit:  m["explicit"] == true,
			Strength:  toFloat(m["strength"]),
			FirstSeen: toTime(m["firstSeen"]),
			LastSeen:  toTime(m["lastSeen"]),
		}
		for _, x := range m["evidence"].([]any) {
			al.Evidence = append(al.Evidence, evidenceFrom(x))
		}
		out = append(out, al)
	}
	return out, nil
}

const cypherAllies = `
MATCH (a:Actor {id: $id})<-[:FROM|TO]-(st:Stance)-[:FROM|TO]->(b:Actor)
WHERE st.relation IN $relations AND b <> a
MATCH (st)-[:SUPPORTED_BY]->(x:Evidence)-[:IN]->(ar:Article)
WHERE NOT x.related
  AND ($since IS NULL OR x.date >= $since)
  AND ($until IS NULL OR x.date <= $until)
WITH b, st, x, ar
ORDER BY x.date DESC, x.confidence DESC
WITH b,
     collect(DISTINCT st.relation) AS relations,
     max(CASE WHEN st.kind = 'explicit' THEN 1 ELSE 0 END) = 1 AS explicit,
     collect(x.confidence) AS confidences,
     min(x.date) AS firstSeen, max(x.date) AS lastSeen,
     collect(x {.sentence, .start, .end, .extractor, .confidence, .rule, .matched, .date,
                article: ar {.id, .url, .title, .source, .language, .dateline, .published}}) AS evidence
WITH b, relations, explicit, firstSeen, lastSeen, evidence,
     1.0 - reduce(p = 1.0, c IN confidences | p * (1.0 - c)) AS strength
RETURN b {.*} AS actor, relations, explicit, strength, firstSeen, lastSeen, evidence
ORDER BY explicit DESC, strength DESC, actor.name`

// Counts is how many of each kind of node and relationship the database holds.
type Counts struct {
	Nodes         map[string]int64
	Relationships map[string]int64
}

// Counts counts nodes by label and relationships by type; tests and the
// loader's summary use it to show that a re-run changed nothing.
func (s *Store) Counts(ctx context.Context) (Counts, error) {
	c := Counts{Nodes: map[string]int64{}, Relationships: map[string]int64{}}
	recs, err := s.read(ctx, `
CALL { MATCH (n) UNWIND labels(n) AS k RETURN 'node' AS what, k, count(*) AS n
       UNION ALL
       MATCH ()-[r]->() RETURN 'rel' AS what, type(r) AS k, count(*) AS n }
RETURN what, k, n`, nil)
	if err != nil {
		return c, err
	}
	for _, r := range recs {
		m := r.AsMap()
		if m["what"] == "node" {
			c.Nodes[m["k"].(string)] = m["n"].(int64)
		} else {
			c.Relationships[m["k"].(string)] = m["n"].(int64)
		}
	}
	return c, nil
}

func actorFrom(v any) ActorNode {
	m, _ := v.(map[string]any)
	return ActorNode{
		ID: str(m["id"]), Name: str(m["name"]), Kind: str(m["kind"]), Country: str(m["country"]),
		Wikidata: str(m["wikidata"]), Aliases: strList(m["aliases"]), Titles: strList(m["titles"]),
	}
}

func articleFrom(v any) ArticleNode {
	m, _ := v.(map[string]any)
	return ArticleNode{
		ID: str(m["id"]), URL: str(m["url"]), Title: str(m["title"]), Source: str(m["source"]),
		Language: str(m["language"]), Dateline: str(m["dateline"]), Published: toTime(m["published"]),
	}
}

func evidenceFrom(v any) EvidenceNode {
	m, _ := v.(map[string]any)
	start, _ := m["start"].(int64)
	end, _ := m["end"].(int64)
	return EvidenceNode{
		Sentence: str(m["sentence"]), Start: int(start), End: int(end), Extractor: str(m["extractor"]),
		Confidence: toFloat(m["confidence"]), Rule: str(m["rule"]), Matched: strList(m["matched"]),
		Date: toTime(m["date"]), Article: articleFrom(m["article"]),
	}
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

func strList(v any) []string {
	l, _ := v.([]any)
	out := make([]string, 0, len(l))
	for _, x := range l {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func toFloat(v any) float64 {
	switch x := v.(type) {
	case float64:
		return x
	case int64:
		return float64(x)
	}
	return 0
}

func toTime(v any) *time.Time {
	switch x := v.(type) {
	case dbtype.Date:
		t := x.Time()
		return &t
	case time.Time:
		return &x
	case neo4j.LocalDateTime:
		t := x.Time()
		return &t
	}
	return nil
}

// ArticleExists reports whether an article with this ID or URL is stored.
func (s *Store) ArticleExists(ctx context.Context, idOrURL string) (bool, error) {
	recs, err := s.read(ctx, `
RETURN EXISTS { MATCH (a:Article {id: $id}) } OR EXISTS { MATCH (a:Article {url: $id}) } AS found`,
		map[string]any{"id": idOrURL})
	if err != nil {
		return false, err
	}
	found, _ := recs[0].Get("found")
	return found == true, nil
}
