package schema_test

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/geokg/kg/graph"
	"github.com/geokg/kg/internal/kgtest"
	"github.com/geokg/kg/schema"
)

// checkingStore answers from the real store and records every value of
// every answer whose Go type is not one graph promises (see plainValue).
type checkingStore struct {
	*graph.Store
	bad    []string
	leaves int // non-nil values that are not lists, maps or pages
}

func (s *checkingStore) Query(ctx context.Context, roots []graph.Selection) (map[string]any, error) {
	out, err := s.Store.Query(ctx, roots)
	for k, v := range out {
		s.bad = append(s.bad, plainValue(k, v, &s.leaves)...)
	}
	return out, err
}

// plainValue lists the paths under v that hold anything but the values
// graph's answers are made of: nil, strings, booleans, int64, float64,
// graph.Date, time.Time, lists and maps of those, and *graph.Page. A
// driver type (neo4j.Date, a node, a point) showing up here would make
// schema depend on the driver's types, which graph must hide.
func plainValue(path string, v any, leaves *int) []string {
	switch x := v.(type) {
	case nil:
		return nil
	case string, bool, int64, float64, graph.Date, time.Time:
		*leaves++
		return nil
	case []any:
		var bad []string
		for i, e := range x {
			bad = append(bad, plainValue(fmt.Sprintf("%s[%d]", path, i), e, leaves)...)
		}
		return bad
	case map[string]any:
		var bad []string
		for k, e := range x {
			bad = append(bad, plainValue(path+"."+k, e, leaves)...)
		}
		return bad
	case *graph.Page:
		if x == nil {
			return nil
		}
		return plainValue(path+".items", x.Items, leaves)
	}
	return []string{fmt.Sprintf("%s: %T", path, v)}
}

// Every root field, with every field nested three deep, answered by the
// real store over the sample facts, holds only plain values: what graph
// returns is in its own terms, never the driver's.
func TestAnswersHoldOnlyPlainValues(t *testing.T) {
	st, _ := kgtest.Sample(t)
	cs := &checkingStore{Store: st}
	s, err := schema.New(cs, nil)
	if err != nil {
		t.Fatal(err)
	}
	// The article's id is the loader's to choose: ask for it.
	res := s.Do(context.Background(), `{ events(first: 1) { nodes { article { id } } } }`, "", nil)
	articleID := gjsonString(t, res.Data, "events", "nodes", 0, "article", "id")
	args := map[string]string{
		"actor": `(id: "PRK")`, "allies": `(of: "PRK")`, "adversaries": `(of: "UKR")`, "timeline": `(actor: "PRK")`,
		"path": `(from: "PRK", to: "UKR")`, "neighborhood": `(actor: "PRK")`, "search": `(text: "Korea")`,
		"article": fmt.Sprintf(`(id: %q)`, articleID),
	}
	query := s.GraphQL().QueryType()
	names := make([]string, 0, len(query.Fields()))
	for name := range query.Fields() {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			cs.bad, cs.leaves = nil, 0
			q := "{ " + name + args[name] + selectAll(query.Fields()[name].Type, 3) + " }"
			res := s.Do(context.Background(), q, "", nil)
			for _, e := range res.Errors {
				t.Errorf("%s: %s", name, e.Message)
			}
			if cs.leaves == 0 {
				t.Fatalf("%s: the answer holds no value to check", name)
			}
			if len(cs.bad) > 0 {
				t.Errorf("%s: values of types graph must not return:\n%s", name, strings.Join(cs.bad, "\n"))
			}
		})
	}
}

// gjsonString follows path (map keys and list indexes) through data as
// encoded JSON and returns the string at its end.
func gjsonString(t *testing.T, data any, path ...any) string {
	t.Helper()
	b, err := json.Marshal(data)
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	for _, p := range path {
		switch k := p.(type) {
		case string:
			m, _ := v.(map[string]any)
			v = m[k]
		case int:
			l, _ := v.([]any)
			if k >= len(l) {
				t.Fatalf("no item %d at %v in %s", k, path, b)
			}
			v = l[k]
		}
	}
	str, ok := v.(string)
	if !ok || str == "" {
		t.Fatalf("no string at %v in %s", path, b)
	}
	return str
}
