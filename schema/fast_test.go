package schema_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/language/ast"
	"github.com/graphql-go/graphql/language/parser"
	"github.com/graphql-go/graphql/language/source"

	"github.com/geokg/kg/graph"
	"github.com/geokg/kg/schema"
)

// cannedStore answers every operation with the same response-shaped map
// (or error), as graph.Store would, and counts the statements it was asked.
type cannedStore struct {
	answer map[string]any
	err    error
	block  bool // wait for the context to end
	calls  atomic.Int64
}

func (s *cannedStore) Query(ctx context.Context, roots []graph.Selection) (map[string]any, error) {
	s.calls.Add(1)
	if s.block {
		<-ctx.Done()
		return nil, ctx.Err()
	}
	return s.answer, s.err
}

func (s *cannedStore) DeleteArticle(context.Context, string) (graph.DeleteResult, error) {
	return graph.DeleteResult{}, nil
}

// schemas builds the full schema over st and its shadow.
func schemas(t testing.TB, st schema.Store) (full, fast graphql.Schema) {
	t.Helper()
	full, err := schema.New(st, nil)
	if err != nil {
		t.Fatal(err)
	}
	fast, err = schema.Fast(full)
	if err != nil {
		t.Fatal(err)
	}
	return full, fast
}

func parse(t testing.TB, full graphql.Schema, query string) *ast.Document {
	t.Helper()
	doc, err := parser.Parse(parser.ParseParams{Source: source.NewSource(&source.Source{Body: []byte(query), Name: "GraphQL request"})})
	if err != nil {
		t.Fatalf("parse: %v\n%s", err, query)
	}
	if v := graphql.ValidateDocument(&full, doc, nil); !v.IsValid {
		t.Fatalf("invalid: %v\n%s", v.Errors, query)
	}
	return doc
}

// outcome is a result as the client sees it: data exactly as encoded, and
// the errors (message, path, locations, extensions), sorted because
// graphql-go resolves sibling fields in map order.
type outcome struct {
	data   string
	errors []string
}

func encode(res *graphql.Result) outcome {
	var o outcome
	var buf bytes.Buffer
	// The server copies Raw answers into its response as they are, so they
	// must already be what encoding/json writes: compact and HTML-safe.
	if m, ok := res.Data.(map[string]any); ok {
		for k, v := range m {
			if raw, ok := v.(json.RawMessage); ok {
				if b, err := json.Marshal(raw); err != nil || !bytes.Equal(b, raw) {
					o.data = fmt.Sprintf("raw answer %s is not as encoding/json writes it: %s (%v)", k, raw, err)
					return o
				}
			}
		}
	}
	enc := json.NewEncoder(&buf) // HTML escaping on, as the server's
	if err := enc.Encode(res.Data); err != nil {
		o.data = "encode error: " + err.Error()
	} else {
		o.data = strings.TrimSpace(buf.String())
	}
	for _, e := range res.Errors {
		b, _ := json.Marshal(e)
		o.errors = append(o.errors, string(b))
	}
	sort.Strings(o.errors)
	return o
}

func (o outcome) String() string {
	return fmt.Sprintf("data %s\nerrors %s", o.data, strings.Join(o.errors, "\n       "))
}

// route says how schema.Execute answered.
type route int

const (
	fastRoute     route = iota // the shadow answered
	fallbackRoute              // the shadow gave up and the full schema answered
	fullRoute                  // the full schema only (mutation, introspection)
)

func (r route) String() string { return [...]string{"fast", "fallback", "full"}[r] }

type run struct {
	out   outcome
	route route
	calls int64 // statements sent
}

// both executes doc with graphql.Execute on full and with schema.Execute,
// each with a fresh root value and a fresh count of statements.
func both(t *testing.T, st *cannedStore, full, fast graphql.Schema, doc *ast.Document, opName string, vars map[string]any) (want, got run) {
	t.Helper()
	params := func(root map[string]any) graphql.ExecuteParams {
		return graphql.ExecuteParams{Schema: full, Root: root, AST: doc, OperationName: opName, Args: vars, Context: context.Background()}
	}
	st.calls.Store(0)
	want.out = encode(graphql.Execute(params(map[string]any{})))
	want.calls = st.calls.Load()

	st.calls.Store(0)
	root := map[string]any{}
	got.out = encode(schema.Execute(full, fast, params(root)))
	got.calls = st.calls.Load()
	switch {
	case schema.NeedsFull(root):
		got.route = fallbackRoute
	case !schema.CanFast(doc, operationOf(doc, opName)):
		got.route = fullRoute
	}
	return want, got
}

func operationOf(doc *ast.Document, name string) *ast.OperationDefinition {
	for _, d := range doc.Definitions {
		if op, ok := d.(*ast.OperationDefinition); ok && (name == "" || op.Name != nil && op.Name.Value == name) {
			return op
		}
	}
	return nil
}

// ally is an Ally answer; evidence holds n sentences.
func ally(id, name string, strength float64, n int) map[string]any {
	ev := make([]any, n)
	for i := range ev {
		ev[i] = map[string]any{
			"sentence": fmt.Sprintf("Sentence %d about %s.", i, name),
			"article":  map[string]any{"id": fmt.Sprintf("https://example.org/%s/%d", id, i), "published": graph.DateOf(time.Date(2023, 6, 25-i, 0, 0, 0, 0, time.UTC))},
		}
	}
	return map[string]any{
		"actor":    map[string]any{"id": id, "name": name},
		"strength": strength,
		"evidence": ev,
	}
}

func TestFastMatchesGraphQLGo(t *testing.T) {
	late := time.Date(2023, 6, 25, 23, 0, 0, 0, time.UTC)
	nasty := "quote \" backslash \\ slash / nul \x00 \x01 bs \b ff \f nl \n cr \r tab \t us \x1f del \x7f" +
		" bad \xff \xe2\x82 end \xc0 ls \u2028 ps \u2029 html <b>&amp;</b> ünïcödé Кирилл 漢字 🇰🇵 \U0010FFFF"
	tests := []struct {
		name   string
		query  string
		op     string
		vars   map[string]any
		answer map[string]any
		err    error
		route  route
		want   string // a fragment of the expected data, so that agreeing on nothing fails
	}{
		{
			name:  "aliases",
			query: `{ a: allies(of: "RUS") { who: actor { key: id n: name } s: strength } b: allies(of: "PRK") { actor { id } } }`,
			answer: map[string]any{
				"a": []any{map[string]any{"who": map[string]any{"key": "PRK", "n": "North Korea"}, "s": 0.9}},
				"b": []any{map[string]any{"actor": map[string]any{"id": "RUS"}}},
			},
			want: `"a":[{"s":0.9,"who":{"key":"PRK","n":"North Korea"}}]`,
		},
		{
			name:  "repeated keys merged",
			query: `{ allies(of: "RUS") { actor { id } actor { name id } strength strength } stats { actors } stats { events } }`,
			answer: map[string]any{
				"allies": []any{map[string]any{"actor": map[string]any{"id": "PRK", "name": "North Korea"}, "strength": 1.0}},
				"stats":  map[string]any{"actors": int64(18), "events": int64(15)},
			},
			want: `{"allies":[{"actor":{"id":"PRK","name":"North Korea"},"strength":1}],"stats":{"actors":18,"events":15}}`,
		},
		{
			name: "fragments named and inline, nested",
			query: `query { ...Q }
				fragment Q on Query { allies(of: "RUS") { ...A ... on Ally { evidence { ... on Evidence { sentence ...Ev } ...Ev } } ...A } }
				fragment A on Ally { actor { ...Act } strength }
				fragment Act on Actor { id ... { name } }
				fragment Ev on Evidence { start article { ...Art } }
				fragment Art on Article { id }`,
			answer: map[string]any{"allies": []any{map[string]any{
				"actor": map[string]any{"id": "PRK", "name": "North Korea"}, "strength": 0.5,
				"evidence": []any{map[string]any{"sentence": "s", "start": int64(7), "article": map[string]any{"id": "a1"}}},
			}}},
			want: `"evidence":[{"article":{"id":"a1"},"sentence":"s","start":7}]`,
		},
		{
			name: "skip and include with variables",
			query: `query($yes: Boolean!, $no: Boolean!) { allies(of: "RUS") {
				actor { id @skip(if: $yes) name @include(if: $yes) kind @skip(if: $no) @include(if: $no) country @skip(if: false) @include(if: true) }
				strength @include(if: $no) explicit @skip(if: true)
				... on Ally @skip(if: $yes) { evidenceCount }
				... on Ally @include(if: $yes) { firstSeen }
				...F @skip(if: $yes) ...F @include(if: $yes) } }
				fragment F on Ally { lastSeen }`,
			vars: map[string]any{"yes": true, "no": false},
			answer: map[string]any{"allies": []any{map[string]any{
				"actor":    map[string]any{"id": "PRK", "name": "North Korea", "kind": "state", "country": nil},
				"strength": 0.5, "explicit": true, "evidenceCount": int64(3), "firstSeen": "2022-02-01", "lastSeen": "2023-06-25",
			}}},
			want: `{"allies":[{"actor":{"country":null,"name":"North Korea"},"firstSeen":"2022-02-01","lastSeen":"2023-06-25"}]}`,
		},
		{
			name:  "skip and include with the other variables",
			query: `query($yes: Boolean!, $no: Boolean!) { allies(of: "RUS") { actor { id @skip(if: $yes) name @include(if: $yes) } strength @include(if: $no) } }`,
			vars:  map[string]any{"yes": false, "no": true},
			answer: map[string]any{"allies": []any{map[string]any{
				"actor": map[string]any{"id": "PRK", "name": "North Korea"}, "strength": 0.5,
			}}},
			want: `{"allies":[{"actor":{"id":"PRK"},"strength":0.5}]}`,
		},
		{
			name:   "typename at the root and nested",
			query:  `{ __typename t: __typename allies(of: "RUS") { __typename actor { kind: __typename id } } }`,
			answer: map[string]any{"allies": []any{map[string]any{"actor": map[string]any{"id": "PRK"}}}},
			want:   `{"__typename":"Query","allies":[{"__typename":"Ally","actor":{"id":"PRK","kind":"Actor"}}],"t":"Query"}`,
		},
		{
			name: "enums",
			query: `{ actor(id: "PRK") { kind } events { nodes { status } } neighborhood(actor: "RUS") { edges { kind } }
				search(text: "x") { kind } path(from: "A", to: "B") { hops { kind } } }`,
			answer: map[string]any{
				"actor":        map[string]any{"kind": "armed_group"},
				"events":       &graph.Page{Items: []any{map[string]any{"status": "alleged"}, map[string]any{"status": "fact"}}, Keys: []string{"c1", "c2"}},
				"neighborhood": map[string]any{"edges": []any{map[string]any{"kind": "derived"}}},
				"search":       []any{map[string]any{"kind": "article"}},
				"path":         map[string]any{"hops": []any{map[string]any{"kind": "role"}}},
			},
			want: `"actor":{"kind":"ARMED_GROUP"},"events":{"nodes":[{"status":"ALLEGED"},{"status":"FACT"}]}`,
		},
		{
			name:  "dates",
			query: `{ allies(of: "RUS") { firstSeen lastSeen evidence { date article { published } } } stats { lastPublished } }`,
			answer: map[string]any{
				"allies": []any{map[string]any{
					"firstSeen": graph.DateOf(time.Date(2022, 2, 24, 0, 0, 0, 0, time.UTC)),
					"lastSeen":  time.Date(2023, 6, 25, 13, 0, 0, 0, time.FixedZone("WIB", 7*3600)),
					"evidence": []any{
						map[string]any{"date": "2023-06-25", "article": map[string]any{"published": nil}},
						map[string]any{"date": nil, "article": map[string]any{"published": graph.DateOf(time.Date(1999, 12, 31, 0, 0, 0, 0, time.UTC))}},
						map[string]any{"date": graph.DateOf(time.Date(1999, 12, 31, 0, 0, 0, 0, time.UTC)), "article": map[string]any{"published": graph.DateOf(time.Date(1999, 12, 31, 0, 0, 0, 0, time.UTC))}},
					},
				}, map[string]any{ // one instant, two days
					"firstSeen": late.In(time.FixedZone("WIB", 7*3600)), "lastSeen": late, "evidence": []any{},
				}},
				"stats": map[string]any{"lastPublished": graph.DateOf(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))},
			},
			want: `{"evidence":[],"firstSeen":"2023-06-26","lastSeen":"2023-06-25"}`,
		},
		{
			name:  "floats",
			query: `{ allies(of: "RUS") { strength opposingStrength } timeline(actor: "PRK") { goldsteinMean } search(text: "x") { score } }`,
			answer: map[string]any{
				"allies": []any{
					map[string]any{"strength": 0.0, "opposingStrength": math.Copysign(0, -1)},
					map[string]any{"strength": 1e-7, "opposingStrength": 1e21},
					map[string]any{"strength": 0.1, "opposingStrength": 1e20},
					map[string]any{"strength": 12345678901234567890.0, "opposingStrength": 9007199254740993.0},
					map[string]any{"strength": 5e-324, "opposingStrength": math.MaxFloat64},
					map[string]any{"strength": 0.000001, "opposingStrength": -2.5e-9},
					map[string]any{"strength": int64(3), "opposingStrength": float32(0.1)},
				},
				"timeline": []any{map[string]any{"goldsteinMean": nil}, map[string]any{"goldsteinMean": -3.3333333333333335}},
				"search":   []any{map[string]any{"score": 1.0 / 3}},
			},
			want: `{"opposingStrength":1e+21,"strength":1e-7}`,
		},
		{
			name:  "ints",
			query: `{ stats { actors articles events stances evidence eventsByRoot { key count } } }`,
			answer: map[string]any{"stats": map[string]any{
				"actors": int64(0), "articles": int64(-1), "events": int64(math.MaxInt32), "stances": int64(math.MinInt32),
				"evidence": 7.9, "eventsByRoot": []any{map[string]any{"key": "19", "count": int32(3)}, map[string]any{"key": nil, "count": uint8(1)}},
			}},
			want: `"events":2147483647`,
		},
		{
			name:  "strings",
			query: `{ allies(of: "RUS") { actor { id name aliases } evidence { sentence matched } } }`,
			answer: map[string]any{"allies": []any{map[string]any{
				"actor":    map[string]any{"id": "x\"y", "name": nasty, "aliases": []any{"", "Корея", "\u2028", "\xff\xfe"}},
				"evidence": []any{map[string]any{"sentence": nasty + nasty, "matched": []any{"sekutu", "ally\n"}}},
			}}},
			want: `"id":"x\"y"`,
		},
		{
			name:  "serialized by graphql-go's scalars",
			query: `{ allies(of: "RUS") { actor { id name country } explicit evidenceCount } }`,
			answer: map[string]any{"allies": []any{
				map[string]any{"actor": map[string]any{"id": int64(42), "name": []any{1, "two"}, "country": true}, "explicit": "false", "evidenceCount": "12"},
				map[string]any{"actor": map[string]any{"id": 1.5, "name": time.Duration(90e9), "country": nil}, "explicit": int64(2), "evidenceCount": float64(7.9)},
			}},
			want: `"actor":{"country":"true","id":"42","name":"[1 two]"},"evidenceCount":12,"explicit":false`,
		},
		{
			name:  "null in nullable positions",
			query: `{ actor(id: "X") { id } path(from: "A", to: "B") { length } article(id: "a") { id title url published events { id } } stats { actors }}`,
			answer: map[string]any{
				"actor": nil, "path": nil, "stats": map[string]any{"actors": int64(1)},
				"article": map[string]any{"id": "a", "title": nil, "url": nil, "published": nil, "events": []any{}},
			},
			want: `{"actor":null,"article":{"events":[],"id":"a","published":null,"title":null,"url":null},"path":null,"stats":{"actors":1}}`,
		},
		{
			name:  "missing keys, empty and nil lists, a nil map",
			query: `{ allies(of: "RUS") { actor { id country } relations stances { id } } actor(id: "X") { country wikidata } }`,
			answer: map[string]any{
				"allies": []any{map[string]any{"actor": map[string]any{"id": "PRK"}, "relations": []any(nil), "stances": []any{}}},
				"actor":  map[string]any(nil), // an object whose fields are all null
			},
			want: `{"actor":{"country":null,"wikidata":null},"allies":[{"actor":{"country":null,"id":"PRK"},"relations":[],"stances":[]}]}`,
		},
		{
			name:   "a nil map where a field promises a value",
			query:  `{ actors { totalCount nodes { id } } }`,
			answer: map[string]any{"actors": &graph.Page{Total: 1, Counted: true, Items: []any{map[string]any(nil)}, Keys: []string{"c1"}}},
			route:  fallbackRoute,
			want:   `null`,
		},
		{
			name:  "null where the schema promises a value, deep in a list, bubbling to a nullable root",
			query: `{ actor(id: "RUS") { id roles { title of { id name } } } stats { actors } }`,
			answer: map[string]any{
				"actor": map[string]any{"id": "RUS", "roles": []any{
					map[string]any{"title": "member", "of": map[string]any{"id": "CSTO", "name": "CSTO"}},
					map[string]any{"title": "member", "of": map[string]any{"id": "SCO", "name": nil}},
				}},
				"stats": map[string]any{"actors": int64(3)},
			},
			route: fallbackRoute,
			want:  `{"actor":null,"stats":{"actors":3}}`,
		},
		{
			name:  "null where the schema promises a value, bubbling to the data",
			query: `{ allies(of: "RUS") { actor { id } evidence { sentence article { id } } } }`,
			answer: map[string]any{"allies": []any{
				ally("PRK", "North Korea", 0.9, 3),
				map[string]any{"actor": map[string]any{"id": "BLR"}, "evidence": []any{
					map[string]any{"sentence": "a", "article": map[string]any{"id": "1"}},
					map[string]any{"sentence": "b", "article": nil},
				}},
			}},
			route: fallbackRoute,
			want:  `null`,
		},
		{
			name:   "an error for one root field, data for the other",
			query:  `{ path(from: "PRK", to: "Atlantis") { length } stats { actors } }`,
			answer: map[string]any{"stats": map[string]any{"actors": int64(18)}},
			err:    &graph.SelectionError{Key: "path", Err: &graph.NotFoundError{What: "actor", Keys: []string{"Atlantis"}}},
			want:   `{"path":null,"stats":{"actors":18}}`,
		},
		{
			name:   "errors for two root fields, one non-null",
			query:  `{ path(from: "PRK", to: "Atlantis") { length } events(first: 9999) { totalCount } stats { actors } }`,
			answer: map[string]any{"stats": map[string]any{"actors": int64(18)}},
			err: errors.Join(
				&graph.SelectionError{Key: "path", Err: &graph.NotFoundError{What: "actor", Keys: []string{"Atlantis"}}},
				&graph.SelectionError{Key: "events", Err: &graph.BadInputError{Message: "first must be between 0 and 500"}}),
			want: `null`,
		},
		{
			name:  "a storage failure",
			query: `{ path(from: "A", to: "B") { length } actor(id: "X") { id } }`,
			err:   errors.New("neo4j: connection reset"),
			want:  `{"actor":null,"path":null}`,
		},
		{
			name:  "a Go type graphql-go completes by reflection",
			query: `{ allies(of: "RUS") { actor { id aliases } relations } }`,
			answer: map[string]any{"allies": []any{map[string]any{
				"actor": map[string]any{"id": "PRK", "aliases": []string{"Korea Utara", "DPRK"}}, "relations": []any{"ally"},
			}}},
			route: fallbackRoute,
			want:  `"aliases":["Korea Utara","DPRK"]`,
		},
		{
			name:   "an object that is not a map",
			query:  `{ actor(id: "PRK") { id country } stats { actors } }`,
			answer: map[string]any{"actor": struct{ ID string }{"PRK"}, "stats": map[string]any{"actors": int64(1)}},
			route:  fallbackRoute,
			want:   `"stats":{"actors":1}`,
		},
		{
			name:   "a string pointer",
			query:  `{ actor(id: "PRK") { id country wikidata } }`,
			answer: map[string]any{"actor": map[string]any{"id": "PRK", "country": ptr("KOR"), "wikidata": (*string)(nil)}},
			route:  fallbackRoute,
			want:   `{"actor":{"country":"KOR","id":"PRK","wikidata":null}}`,
		},
		{
			name:   "an unknown enum value",
			query:  `{ actor(id: "PRK") { id kind } }`,
			answer: map[string]any{"actor": map[string]any{"id": "PRK", "kind": "empire"}},
			route:  fallbackRoute,
			want:   `{"actor":null}`,
		},
		{
			name:   "an int out of 32 bits",
			query:  `{ stats { actors events } }`,
			answer: map[string]any{"stats": map[string]any{"actors": int64(1), "events": int64(math.MaxInt32) + 1}},
			route:  fallbackRoute,
			want:   `null`,
		},
		{
			name:   "NaN",
			query:  `{ timeline(actor: "PRK") { start goldsteinMean } }`,
			answer: map[string]any{"timeline": []any{map[string]any{"start": "2023-06-01", "goldsteinMean": math.NaN()}}},
			route:  fallbackRoute,
			want:   `{"timeline":[{"goldsteinMean":null,"start":"2023-06-01"}]}`,
		},
		{
			name:   "infinity",
			query:  `{ timeline(actor: "PRK") { start goldsteinMean } }`,
			answer: map[string]any{"timeline": []any{map[string]any{"start": "2023-06-01", "goldsteinMean": math.Inf(1)}}},
			route:  fallbackRoute,
			want:   `encode error`,
		},
		{
			name: "variables of input types, at the root and nested",
			query: `query($f: EventFilter, $n: Int, $d: Date, $s: [EventStatus!], $sort: EventSort) {
				events(filter: $f, first: $n, sort: $sort) { totalCount } timeline(actor: "PRK", since: $d, status: $s) { count }
				allies(of: "RUS", since: $d) { evidence(first: $n) { sentence } actor { events(filter: $f, sort: $sort) { id } } } }`,
			vars: map[string]any{"f": map[string]any{"actor": "PRK", "status": []any{"ALLEGED"}}, "n": 2, "d": "2022-01-01", "s": []any{"FACT"}, "sort": "DATE_ASC"},
			answer: map[string]any{
				"events":   &graph.Page{Total: 4, Counted: true},
				"timeline": []any{},
				"allies":   []any{map[string]any{"evidence": []any{map[string]any{"sentence": "s"}}, "actor": map[string]any{"events": []any{map[string]any{"id": "e1"}}}}},
			},
			want: `"events":{"totalCount":4}`,
		},
		{
			name:   "operation name",
			query:  `query A { stats { actors } } query B { stats { events } }`,
			op:     "B",
			answer: map[string]any{"stats": map[string]any{"actors": int64(1), "events": int64(2)}},
			want:   `{"stats":{"events":2}}`,
		},
		{
			name:  "introspection runs on the full schema",
			query: `{ __schema { queryType { name } mutationType { name } } __type(name: "Raw") { name } }`,
			route: fullRoute,
			want:  `{"__schema":{"mutationType":{"name":"Mutation"},"queryType":{"name":"Query"}},"__type":null}`,
		},
		{
			name:   "introspection beside data fields",
			query:  `{ stats { actors } __type(name: "Ally") { name } __schema { queryType { name } } }`,
			answer: map[string]any{"stats": map[string]any{"actors": int64(1)}},
			route:  fullRoute,
			want:   `{"__schema":{"queryType":{"name":"Query"}},"__type":{"name":"Ally"},"stats":{"actors":1}}`,
		},
		{
			name:   "introspection in a skipped fragment runs on the full schema",
			query:  `{ ...I @skip(if: true) stats { actors } } fragment I on Query { __type(name: "Ally") { name } }`,
			answer: map[string]any{"stats": map[string]any{"actors": int64(1)}},
			route:  fullRoute,
			want:   `{"stats":{"actors":1}}`,
		},
		{
			name:  "mutations run on the full schema",
			query: `mutation { deleteArticle(id: "x") { articleId } }`,
			route: fullRoute,
			want:  `null`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := &cannedStore{answer: tt.answer, err: tt.err}
			full, fast := schemas(t, st)
			doc := parse(t, full, tt.query)
			want, got := both(t, st, full, fast, doc, tt.op, tt.vars)
			if got.out.String() != want.out.String() {
				t.Errorf("schema.Execute:\n%s\ngraphql.Execute:\n%s", got.out, want.out)
			}
			if got.route != tt.route {
				t.Errorf("answered on the %s path, want %s", got.route, tt.route)
			}
			if got.calls != want.calls {
				t.Errorf("schema.Execute asked the store %d times, graphql.Execute %d", got.calls, want.calls)
			}
			if !strings.Contains(want.out.data, tt.want) {
				t.Errorf("data %s lacks %s", want.out.data, tt.want)
			}
		})
	}
}

func ptr[T any](v T) *T { return &v }

// The JSON writer agrees with encoding/json on every float it is given and
// every string, byte by byte, HTML escaping included.
func TestFastLeavesMatchEncodingJSON(t *testing.T) {
	floats := []float64{0, 1, -1, 0.1, 0.2, 1.0 / 3, 1e-6, 9.999999e-7, 1e-7, 1e20, 1e21, 123456789e13, 1 << 53, 1<<53 + 2,
		math.MaxFloat64, math.SmallestNonzeroFloat64, -math.SmallestNonzeroFloat64, 12345678901234567890, 2.5e-9, 1e-100, 0.5e-6}
	strs := []string{"", "a", "\x00", "\x1f", " ", "\x7f", "\u0080", "\u2027\u2028\u2029\u202a", "\xed\xa0\x80", "\xf4\x90\x80\x80",
		"\xe2\x80", "\xe2", "<script>&</script>", "'single'", "tab\tend", "é", "\U0001F600", "\\u2028", "a\xffb\xc3"}
	var answers []any
	for _, f := range floats {
		answers = append(answers, map[string]any{"score": f, "kind": "actor", "actor": map[string]any{"id": "f", "name": "f"}})
	}
	for _, s := range strs {
		answers = append(answers, map[string]any{"score": 0.0, "kind": "actor", "actor": map[string]any{"id": s, "name": s}})
	}
	st := &cannedStore{answer: map[string]any{"search": answers}}
	full, fast := schemas(t, st)
	doc := parse(t, full, `{ search(text: "x") { score kind actor { id name } } }`)
	want, got := both(t, st, full, fast, doc, "", nil)
	if got.route != fastRoute {
		t.Fatalf("answered on the %s path", got.route)
	}
	if got.out.data != want.out.data {
		t.Errorf("schema.Execute:\n%s\ngraphql.Execute:\n%s", got.out.data, want.out.data)
	}
}

func TestCanFast(t *testing.T) {
	tests := []struct {
		query string
		op    string
		want  bool
	}{
		{`{ stats { actors } }`, "", true},
		{`query Q { __typename stats { actors } }`, "", true},
		{`query A { stats { actors } } query B { __schema { types { name } } }`, "A", true},
		{`query A { stats { actors } } query B { __schema { types { name } } }`, "B", false},
		{`mutation { deleteArticle(id: "x") { articleId } }`, "", false},
		{`subscription { stats { actors } }`, "", false},
		{`{ __schema { queryType { name } } }`, "", false},
		{`{ __type(name: "Ally") { name } }`, "", false},
		{`{ ... on Query { __type(name: "Ally") { name } } }`, "", false},
		{`{ ... @skip(if: true) { __schema { queryType { name } } } }`, "", false},
		{`{ ...A } fragment A on Query { ...B } fragment B on Query { __schema { queryType { name } } }`, "", false},
		{`{ ...A ...A } fragment A on Query { stats { actors } }`, "", true},
		{`{ ...Missing }`, "", false},
		{`{ allies(of: "RUS") { __schema: actor { id } } }`, "", true}, // an alias below the root
	}
	for _, tt := range tests {
		doc, err := parser.Parse(parser.ParseParams{Source: source.NewSource(&source.Source{Body: []byte(tt.query)})})
		if err != nil {
			t.Fatal(err)
		}
		if got := schema.CanFast(doc, operationOf(doc, tt.op)); got != tt.want {
			t.Errorf("CanFast(%s, %q) = %v, want %v", tt.query, tt.op, got, tt.want)
		}
	}
	if schema.CanFast(nil, nil) {
		t.Error("CanFast(nil, nil)")
	}
}

// Fast shadows only schemas whose root resolver keeps the operation's
// answer: with any other, the fallback would run resolvers twice.
func TestFastNeedsTheRootResolver(t *testing.T) {
	q := graphql.NewObject(graphql.ObjectConfig{Name: "Query", Fields: graphql.Fields{
		"n": {Type: graphql.Int, Resolve: func(graphql.ResolveParams) (any, error) { return 1, nil }},
	}})
	s, err := graphql.NewSchema(graphql.SchemaConfig{Query: q})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := schema.Fast(s); err == nil {
		t.Error("Fast accepted a schema with another root resolver")
	}
	// Execute with a zero fast schema runs on the full one.
	res := schema.Execute(s, graphql.Schema{}, graphql.ExecuteParams{Root: map[string]any{}, AST: parse(t, s, `{ n }`)})
	if got := encode(res).data; got != `{"n":1}` {
		t.Errorf("Execute without a fast schema: %s", got)
	}
}

// When the context ends while the store is working, schema.Execute returns
// like graphql.Execute does and does not run the operation again.
func TestFastTimeout(t *testing.T) {
	st := &cannedStore{block: true}
	full, fast := schemas(t, st)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	res := schema.Execute(full, fast, graphql.ExecuteParams{Root: map[string]any{}, Context: ctx,
		AST: parse(t, full, `{ stats { actors } actor(id: "X") { id } }`)})
	if len(res.Errors) == 0 {
		t.Fatalf("no error: %+v", res)
	}
	if msg := res.Errors[0].Message; !strings.Contains(msg, "deadline") && !strings.Contains(msg, "took too long") {
		t.Errorf("error %q, want the timeout", msg)
	}
	if n := st.calls.Load(); n != 1 {
		t.Errorf("the store was asked %d times", n)
	}
}

// Requests share the shadow (its buffer pool, its enum tables) but nothing
// else: concurrent executions give the same answer (run with -race).
func TestFastConcurrent(t *testing.T) {
	st := &cannedStore{answer: map[string]any{
		"allies": []any{ally("PRK", "North Korea", 0.9, 3), ally("BLR", "Belarus", 0.5, 2)},
		"actor":  map[string]any{"id": "RUS", "kind": "state"},
	}}
	full, fast := schemas(t, st)
	doc := parse(t, full, `{ allies(of: "RUS") { actor { id name } strength evidence { sentence article { id published } } } actor(id: "RUS") { id kind } }`)
	want := encode(graphql.Execute(graphql.ExecuteParams{Schema: full, Root: map[string]any{}, AST: doc}))
	errs := make(chan string, 8)
	for range 8 {
		go func() {
			msg := ""
			for range 20 {
				if got := encode(schema.Execute(full, fast, graphql.ExecuteParams{Root: map[string]any{}, AST: doc})); got.String() != want.String() {
					msg = got.String()
				}
			}
			errs <- msg
		}()
	}
	for range 8 {
		if msg := <-errs; msg != "" {
			t.Errorf("schema.Execute:\n%s\ngraphql.Execute:\n%s", msg, want)
		}
	}
}

// BenchmarkComplete compares graphql-go's completion of an allies answer
// (50 allies, 10 sentences each: about 3,000 fields) with the shadow's, with
// the same fake store: the difference is completion alone. The encode
// variants add what the server does next, encoding the response.
func BenchmarkComplete(b *testing.B) {
	allies := make([]any, 50)
	for i := range allies {
		allies[i] = ally(fmt.Sprintf("A%02d", i), fmt.Sprintf("Actor number %d", i), 1-float64(i)/100, 10)
	}
	st := &cannedStore{answer: map[string]any{"allies": allies}}
	full, fast := schemas(b, st)
	doc := parse(b, full, `{ allies(of: "Rusia", since: "2022-01-01") { actor { id name } strength evidence { sentence article { id published } } } }`)
	paths := []struct {
		name string
		exec func(graphql.ExecuteParams) *graphql.Result
	}{
		{"full", graphql.Execute},
		{"fast", func(p graphql.ExecuteParams) *graphql.Result { return schema.Execute(full, fast, p) }},
	}
	root := map[string]any{}
	if res := schema.Execute(full, fast, graphql.ExecuteParams{Root: root, AST: doc}); len(res.Errors) > 0 || schema.NeedsFull(root) {
		b.Fatalf("the fast path fell back or failed: %v", res.Errors)
	}
	for _, withEncode := range []bool{false, true} {
		for _, p := range paths {
			name := p.name
			if withEncode {
				name += "+encode"
			}
			b.Run(name, func(b *testing.B) {
				var buf bytes.Buffer
				n := 0
				for b.Loop() {
					res := p.exec(graphql.ExecuteParams{Schema: full, Root: map[string]any{}, AST: doc, Context: context.Background()})
					if len(res.Errors) > 0 {
						b.Fatal(res.Errors)
					}
					if withEncode {
						buf.Reset()
						if err := json.NewEncoder(&buf).Encode(res); err != nil {
							b.Fatal(err)
						}
						n = buf.Len()
					}
				}
				if withEncode {
					b.ReportMetric(float64(n), "B/response")
				}
			})
		}
	}
}
