package graph

import (
	"context"
)

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

func str(v any) string {
	s, _ := v.(string)
	return s
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
