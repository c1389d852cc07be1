package schema

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/language/parser"
	"github.com/graphql-go/graphql/language/source"

	"github.com/geokg/kg/graph"
)

type answerStore map[string]any

func (s answerStore) Query(context.Context, []graph.Selection) (map[string]any, error) { return s, nil }
func (s answerStore) DeleteArticle(context.Context, string) (graph.DeleteResult, error) {
	return graph.DeleteResult{}, nil
}

// What New's schema never has, a schema built with this package's root
// resolver may: fields with their own resolver, fragments on interfaces.
// The shadow gives those to graphql-go. (Fields of interface type the root
// resolver cannot fetch at all: selBuilder knows only object types.)
func TestFastGivesUpOnWhatItDoesNotKnow(t *testing.T) {
	named := graphql.NewInterface(graphql.InterfaceConfig{Name: "Named", Fields: graphql.Fields{"name": {Type: graphql.String}}})
	var person *graphql.Object
	named.ResolveType = func(graphql.ResolveTypeParams) *graphql.Object { return person }
	person = graphql.NewObject(graphql.ObjectConfig{Name: "Person", Interfaces: []*graphql.Interface{named}, Fields: graphql.Fields{
		"name":     field(graphql.String, ""),
		"age":      field(graphql.Int, ""),
		"greeting": {Type: graphql.String, Resolve: func(graphql.ResolveParams) (any, error) { return "hello", nil }},
	}})
	answer := answerStore{
		"person": map[string]any{"name": "Ada", "age": int64(36)},
	}
	r := &resolvers{store: answer}
	query := graphql.NewObject(graphql.ObjectConfig{Name: "Query", Fields: graphql.Fields{
		"person": {Type: person, Resolve: r.root},
	}})
	full, err := graphql.NewSchema(graphql.SchemaConfig{Query: query, Types: []graphql.Type{person}})
	if err != nil {
		t.Fatal(err)
	}
	fast, err := Fast(full)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		query, want string
		fallback    bool
	}{
		{`{ person { name age } }`, `{"person":{"age":36,"name":"Ada"}}`, false},
		{`{ person { name greeting } }`, `{"person":{"greeting":"hello","name":"Ada"}}`, true},
		{`{ person { age ... on Named { name } } }`, `{"person":{"age":36,"name":"Ada"}}`, true},
	}
	for _, tt := range tests {
		doc, err := parser.Parse(parser.ParseParams{Source: source.NewSource(&source.Source{Body: []byte(tt.query)})})
		if err != nil {
			t.Fatal(err)
		}
		if v := graphql.ValidateDocument(&full, doc, nil); !v.IsValid {
			t.Fatalf("%s: %v", tt.query, v.Errors)
		}
		root := map[string]any{}
		res := Execute(full, fast, graphql.ExecuteParams{Root: root, AST: doc})
		ref := graphql.Execute(graphql.ExecuteParams{Schema: full, Root: map[string]any{}, AST: doc})
		got, _ := json.Marshal(res)
		want, _ := json.Marshal(ref)
		if string(got) != string(want) || string(want) != `{"data":`+tt.want+`}` {
			t.Errorf("%s:\nschema.Execute  %s\ngraphql.Execute %s\nwant            %s", tt.query, got, want, tt.want)
		}
		if NeedsFull(root) != tt.fallback {
			t.Errorf("%s: fell back %v, want %v", tt.query, NeedsFull(root), tt.fallback)
		}
	}
}
