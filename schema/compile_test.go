package schema_test

import (
	"context"
	"sort"
	"strings"
	"testing"

	"github.com/graphql-go/graphql"

	"github.com/geokg/kg/graph"
	"github.com/geokg/kg/schema"
)

// compileStore compiles what it is asked with graph.Compile and answers
// nothing.
type compileStore struct{ errs []error }

func (s *compileStore) Query(_ context.Context, roots []graph.Selection) (map[string]any, error) {
	if _, _, err := graph.Compile(roots); err != nil {
		s.errs = append(s.errs, err)
	}
	return map[string]any{}, nil
}

func (s *compileStore) DeleteArticle(context.Context, string) (graph.DeleteResult, error) {
	return graph.DeleteResult{}, nil
}

// Every field of every type the schema shows, nested three deep under
// every root field, is a field the graph knows how to read: the names the
// schema and the graph share are checked here, without a database, rather
// than found wrong at run time.
func TestEveryFieldCompiles(t *testing.T) {
	st := &compileStore{}
	s, err := schema.New(st, nil)
	if err != nil {
		t.Fatal(err)
	}
	args := map[string]string{
		"actor": `(id: "RUS")`, "allies": `(of: "RUS")`, "adversaries": `(of: "RUS")`, "timeline": `(actor: "RUS")`,
		"path": `(from: "RUS", to: "PRK")`, "neighborhood": `(actor: "RUS")`, "search": `(text: "Korea")`, "article": `(id: "a")`,
	}
	query := s.GraphQL().QueryType()
	names := make([]string, 0, len(query.Fields()))
	for name := range query.Fields() {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			st.errs = nil
			f := query.Fields()[name]
			q := "{ " + name + args[name] + selectAll(f.Type, 3) + " }"
			res := s.Do(context.Background(), q, "", nil)
			for _, e := range res.Errors {
				if strings.Contains(e.Message, "Cannot query") || strings.Contains(e.Message, "Unknown") {
					t.Fatalf("%s: %s", q, e.Message)
				}
			}
			for _, err := range st.errs {
				t.Errorf("%s\ngraph: %v", q, err)
			}
		})
	}
}

// selectAll is a selection set of every field of t's named type, objects
// down to depth levels (an object further down selects __typename).
func selectAll(t graphql.Type, depth int) string {
	obj, ok := graphql.GetNamed(t).(*graphql.Object)
	if !ok {
		return ""
	}
	if depth == 0 {
		return " { __typename }"
	}
	names := make([]string, 0, len(obj.Fields()))
	for name := range obj.Fields() {
		names = append(names, name)
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString(" {")
	for _, name := range names {
		b.WriteString(" " + name + selectAll(obj.Fields()[name].Type, depth-1))
	}
	b.WriteString(" }")
	return b.String()
}
