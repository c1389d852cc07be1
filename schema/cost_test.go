package schema_test

import (
	"testing"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/language/ast"
	"github.com/graphql-go/graphql/language/parser"
	"github.com/graphql-go/graphql/language/source"

	"github.com/geokg/kg/schema"
)

// The cost of documents by the per-field costs of a schema (Sizes): the
// same numbers the server used to compute from argument names.
func TestCost(t *testing.T) {
	var item *graphql.Object
	item = graphql.NewObject(graphql.ObjectConfig{Name: "Item", Fields: graphql.FieldsThunk(func() graphql.Fields {
		return graphql.Fields{
			"id":       {Type: graphql.Int},
			"tags":     {Type: graphql.NewList(graphql.String)},
			"children": {Type: graphql.NewList(item), Args: graphql.FieldConfigArgument{"limit": {Type: graphql.Int}}},
			"ring":     {Type: graphql.NewList(item), Args: graphql.FieldConfigArgument{"depth": {Type: graphql.Int, DefaultValue: 2}, "limit": {Type: graphql.Int, DefaultValue: 30}}},
		}
	})})
	page := graphql.NewObject(graphql.ObjectConfig{Name: "Page", Fields: graphql.Fields{
		"total": {Type: graphql.Int},
		"nodes": {Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(item)))},
		"more":  {Type: graphql.NewList(item), Args: graphql.FieldConfigArgument{"first": {Type: graphql.Int}}},
	}})
	query := graphql.NewObject(graphql.ObjectConfig{Name: "Query", Fields: graphql.Fields{
		"item":  {Type: item},
		"items": {Type: graphql.NewList(item)},
		"page":  {Type: page, Args: graphql.FieldConfigArgument{"first": {Type: graphql.Int, DefaultValue: 20}}},
	}})
	gs, err := graphql.NewSchema(graphql.SchemaConfig{Query: query})
	if err != nil {
		t.Fatal(err)
	}
	s := schema.Wrap(gs, schema.Sizes{"Item.children": {"limit"}, "Item.ring": {"depth", "limit"}, "Page.more": {"first"}, "Query.page": {"first"}})
	tests := []struct {
		query string
		vars  map[string]any
		want  int
	}{
		{"{ __typename }", nil, 1},
		{"{ item { id } }", nil, 2},
		{"{ item { tags } }", nil, 2},                              // a list of scalars is a leaf
		{"{ items { id } }", nil, 11},                              // default list size 10
		{"{ items { children { id } } }", nil, 1 + 10*(1+10)},      // nested defaults multiply
		{"{ item { children(limit: 3) { id } } }", nil, 1 + 1 + 3}, // literal
		{"{ item { children(limit: 0) { id } } }", nil, 3},         // at least 1
		{"{ item { ring { id } } }", nil, 1 + 1 + 30},              // schema defaults; the largest wins
		{"{ item { ring(depth: 3, limit: 5) { id } } }", nil, 1 + 1 + 5},
		{"query Q($n: Int) { item { children(limit: $n) { id } } }", map[string]any{"n": 7.0}, 1 + 1 + 7},
		{"query Q($n: Int = 4) { item { children(limit: $n) { id } } }", nil, 1 + 1 + 4},
		{"query Q($n: Int) { item { children(limit: $n) { id } } }", nil, 1 + 1 + 10}, // no value: as if absent
		{"{ page { total nodes { id } } }", nil, 1 + 1 + 1 + 20},                      // connection default 20
		{"{ page(first: 3) { nodes { id } } }", nil, 1 + 1 + 3},
		{"{ page(first: 3) { more { id } } }", nil, 1 + 1 + 10},                     // more has its own size argument
		{"{ page(first: 3) { nodes { children { id } } } }", nil, 1 + 1 + 3*(1+10)}, // only the lists right under it
		{"{ item { ... on Item { children(limit: 2) { id } } } }", nil, 1 + 1 + 2},
		{"{ item { ...F } } fragment F on Item { children(limit: 2) { ...G } } fragment G on Item { id tags }", nil, 1 + 1 + 2*2},
		{"{ page(first: 3) { ...P } } fragment P on Page { nodes { id } }", nil, 1 + 1 + 3},
		{"{ a: page(first: 3) { ...P } b: page(first: 5) { ...P } } fragment P on Page { nodes { id } }", nil, (1 + 1 + 3) + (1 + 1 + 5)},
		{"{ __schema { types { fields { name } } } }", nil, 1},                            // introspection: bounded otherwise
		{"{ nope { id } }", nil, 2},                                                       // unknown field: validation reports it
		{"{ item { ...A } } fragment A on Item { children { ...A } }", nil, 1 + 1 + 10*0}, // a cycle stops
	}
	for _, tt := range tests {
		doc, err := parser.Parse(parser.ParseParams{Source: source.NewSource(&source.Source{Body: []byte(tt.query)})})
		if err != nil {
			t.Fatalf("%s: %v", tt.query, err)
		}
		op := doc.Definitions[0].(*ast.OperationDefinition)
		if got := s.Cost(doc, op, tt.vars); got != tt.want {
			t.Errorf("%s: cost %d, want %d", tt.query, got, tt.want)
		}
	}
}

// Every list of the analyst API that takes a page size has it declared in
// its per-field costs, and a plan costs what the document does.
func TestAnalystAPICosts(t *testing.T) {
	s, err := schema.New(&cannedStore{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for name, typ := range s.GraphQL().TypeMap() {
		obj, ok := typ.(*graphql.Object)
		if !ok || len(name) > 1 && name[:2] == "__" {
			continue
		}
		for fname, f := range obj.Fields() {
			for _, a := range f.Args {
				if a.Name() == "first" || a.Name() == "limit" {
					if !schema.DeclaresSize(s, name+"."+fname, a.Name()) {
						t.Errorf("%s.%s(%s) has no declared cost", name, fname, a.Name())
					}
				}
			}
		}
	}
	for _, tt := range []struct {
		query string
		want  int
	}{
		{`{ allies(of: "RUS") { actor { id } evidence { sentence } } }`, 1 + 50*(1+1+1+10*1)},
		{`{ events(first: 5) { totalCount edges { cursor node { id evidence(first: 2) { sentence } } } } }`, 1 + 1 + 1 + 5*(1+1+1+(1+2))},
		{`{ neighborhood(actor: "RUS", depth: 2) { nodes { id } } }`, 1 + 1 + 50},
	} {
		doc, err := parser.Parse(parser.ParseParams{Source: source.NewSource(&source.Source{Body: []byte(tt.query)})})
		if err != nil {
			t.Fatal(err)
		}
		op := doc.Definitions[0].(*ast.OperationDefinition)
		if got := s.Cost(doc, op, nil); got != tt.want {
			t.Errorf("%s: cost %d, want %d", tt.query, got, tt.want)
		}
		if got := schema.PlanCost(t, s, doc); got != tt.want {
			t.Errorf("%s: the plan costs %d, want %d", tt.query, got, tt.want)
		}
	}
}
