package schema_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"sort"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/graphql-go/graphql"

	"github.com/geokg/kg/graph"
	"github.com/geokg/kg/schema"
)

// cannedStore answers every operation with the same answer (or error), as
// graph.Store would, and counts the statements it was asked.
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

func newSchema(t testing.TB, st schema.Store) *schema.Schema {
	t.Helper()
	s, err := schema.New(st, nil)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// outcome is a result as the client sees it: data exactly as encoded, and
// the errors (message, path, locations, extensions), sorted.
type outcome struct {
	data   string
	errors []string
}

func encode(res *graphql.Result) outcome {
	var o outcome
	var buf bytes.Buffer
	// The server copies the answer into its response as it is, so it must
	// already be what encoding/json writes: compact and HTML-safe.
	if raw, ok := res.Data.(json.RawMessage); ok {
		if b, err := json.Marshal(raw); err != nil || !bytes.Equal(b, raw) {
			o.data = fmt.Sprintf("the answer %s is not as encoding/json writes it (%v)", raw, err)
			return o
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

// The writer's answers to canned graph answers: the data in the query's
// field order, leaves as graphql-go's scalars serialize them, nulls
// propagated per the specification, with the errors graphql-go gives for
// the same answers (schema/README.md lists what differs from graphql-go's
// own completion: the order of keys).
func TestWriter(t *testing.T) {
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
		want   string   // the data, as the server sends it
		errors []string // the errors, sorted
	}{
		{
			name:  "aliases",
			query: `{ a: allies(of: "RUS") { who: actor { key: id n: name } s: strength } b: allies(of: "PRK") { actor { id } } }`,
			answer: map[string]any{
				"a": []any{map[string]any{"who": map[string]any{"key": "PRK", "n": "North Korea"}, "s": 0.9}},
				"b": []any{map[string]any{"actor": map[string]any{"id": "RUS"}}},
			},
			want: `{"a":[{"who":{"key":"PRK","n":"North Korea"},"s":0.9}],"b":[{"actor":{"id":"RUS"}}]}`,
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
			want: `{"allies":[{"actor":{"id":"PRK","name":"North Korea"},"strength":0.5,"evidence":[{"sentence":"s","start":7,"article":{"id":"a1"}}]}]}`,
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
			want: `{"allies":[{"actor":{"name":"North Korea","country":null},"firstSeen":"2022-02-01","lastSeen":"2023-06-25"}]}`,
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
			want:   `{"__typename":"Query","t":"Query","allies":[{"__typename":"Ally","actor":{"kind":"Actor","id":"PRK"}}]}`,
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
			want: `{"actor":{"kind":"ARMED_GROUP"},"events":{"nodes":[{"status":"ALLEGED"},{"status":"FACT"}]},"neighborhood":{"edges":[{"kind":"DERIVED"}]},"search":[{"kind":"ARTICLE"}],"path":{"hops":[{"kind":"ROLE"}]}}`,
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
			want: `{"allies":[{"firstSeen":"2022-02-24","lastSeen":"2023-06-25","evidence":[{"date":"2023-06-25","article":{"published":null}},{"date":null,"article":{"published":"1999-12-31"}},{"date":"1999-12-31","article":{"published":"1999-12-31"}}]},{"firstSeen":"2023-06-26","lastSeen":"2023-06-25","evidence":[]}],"stats":{"lastPublished":"2024-01-01"}}`,
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
			want: `{"allies":[{"strength":0,"opposingStrength":-0},{"strength":1e-7,"opposingStrength":1e+21},{"strength":0.1,"opposingStrength":100000000000000000000},{"strength":12345678901234567000,"opposingStrength":9007199254740992},{"strength":5e-324,"opposingStrength":1.7976931348623157e+308},{"strength":0.000001,"opposingStrength":-2.5e-9},{"strength":3,"opposingStrength":0.1}],"timeline":[{"goldsteinMean":null},{"goldsteinMean":-3.3333333333333335}],"search":[{"score":0.3333333333333333}]}`,
		},
		{
			name:  "ints",
			query: `{ stats { actors articles events stances evidence eventsByRoot { key count } } }`,
			answer: map[string]any{"stats": map[string]any{
				"actors": int64(0), "articles": int64(-1), "events": int64(math.MaxInt32), "stances": int64(math.MinInt32),
				"evidence": 7.9, "eventsByRoot": []any{map[string]any{"key": "19", "count": int32(3)}, map[string]any{"key": nil, "count": uint8(1)}},
			}},
			want: `{"stats":{"actors":0,"articles":-1,"events":2147483647,"stances":-2147483648,"evidence":7,"eventsByRoot":[{"key":"19","count":3},{"key":null,"count":1}]}}`,
		},
		{
			name:  "strings",
			query: `{ allies(of: "RUS") { actor { id name aliases } evidence { sentence matched } } }`,
			answer: map[string]any{"allies": []any{map[string]any{
				"actor":    map[string]any{"id": "x\"y", "name": nasty, "aliases": []any{"", "Корея", "\u2028", "\xff\xfe"}},
				"evidence": []any{map[string]any{"sentence": nasty + nasty, "matched": []any{"sekutu", "ally\n"}}},
			}}},
			want: `{"allies":[{"actor":{"id":"x\"y","name":"quote \" backslash \\ slash / nul \u0000 \u0001 bs \b ff \f nl \n cr \r tab \t us \u001f del  bad \ufffd \ufffd\ufffd end \ufffd ls \u2028 ps \u2029 html \u003cb\u003e\u0026amp;\u003c/b\u003e ünïcödé Кирилл 漢字 🇰🇵 􏿿","aliases":["","Корея","\u2028","\ufffd\ufffd"]},"evidence":[{"sentence":"quote \" backslash \\ slash / nul \u0000 \u0001 bs \b ff \f nl \n cr \r tab \t us \u001f del  bad \ufffd \ufffd\ufffd end \ufffd ls \u2028 ps \u2029 html \u003cb\u003e\u0026amp;\u003c/b\u003e ünïcödé Кирилл 漢字 🇰🇵 􏿿quote \" backslash \\ slash / nul \u0000 \u0001 bs \b ff \f nl \n cr \r tab \t us \u001f del  bad \ufffd \ufffd\ufffd end \ufffd ls \u2028 ps \u2029 html \u003cb\u003e\u0026amp;\u003c/b\u003e ünïcödé Кирилл 漢字 🇰🇵 􏿿","matched":["sekutu","ally\n"]}]}]}`,
		},
		{
			name:  "serialized by graphql-go's scalars",
			query: `{ allies(of: "RUS") { actor { id name country } explicit evidenceCount } }`,
			answer: map[string]any{"allies": []any{
				map[string]any{"actor": map[string]any{"id": int64(42), "name": []any{1, "two"}, "country": true}, "explicit": "false", "evidenceCount": "12"},
				map[string]any{"actor": map[string]any{"id": 1.5, "name": time.Duration(90e9), "country": nil}, "explicit": int64(2), "evidenceCount": float64(7.9)},
			}},
			want: `{"allies":[{"actor":{"id":"42","name":"[1 two]","country":"true"},"explicit":false,"evidenceCount":12},{"actor":{"id":"1.5","name":"1m30s","country":null},"explicit":true,"evidenceCount":7}]}`,
		},
		{
			name:  "null in nullable positions",
			query: `{ actor(id: "X") { id } path(from: "A", to: "B") { length } article(id: "a") { id title url published events { id } } stats { actors }}`,
			answer: map[string]any{
				"actor": nil, "path": nil, "stats": map[string]any{"actors": int64(1)},
				"article": map[string]any{"id": "a", "title": nil, "url": nil, "published": nil, "events": []any{}},
			},
			want: `{"actor":null,"path":null,"article":{"id":"a","title":null,"url":null,"published":null,"events":[]},"stats":{"actors":1}}`,
		},
		{
			name:  "missing keys, empty and nil lists, a nil map",
			query: `{ allies(of: "RUS") { actor { id country } relations stances { id } } actor(id: "X") { country wikidata } }`,
			answer: map[string]any{
				"allies": []any{map[string]any{"actor": map[string]any{"id": "PRK"}, "relations": []any(nil), "stances": []any{}}},
				"actor":  map[string]any(nil), // an object whose fields are all null
			},
			want: `{"allies":[{"actor":{"id":"PRK","country":null},"relations":[],"stances":[]}],"actor":{"country":null,"wikidata":null}}`,
		},
		{
			name:   "a nil map where a field promises a value",
			query:  `{ actors { totalCount nodes { id } } }`,
			answer: map[string]any{"actors": &graph.Page{Total: 1, Counted: true, Items: []any{map[string]any(nil)}, Keys: []string{"c1"}}},
			want:   `null`,
			errors: []string{`{"message":"Cannot return null for non-nullable field Actor.id.","locations":[{"line":1,"column":31}],"path":["actors","nodes",0,"id"]}`},
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
			want:   `{"actor":null,"stats":{"actors":3}}`,
			errors: []string{`{"message":"Cannot return null for non-nullable field Actor.name.","locations":[{"line":1,"column":47}],"path":["actor","roles",1,"of","name"]}`},
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
			want:   `null`,
			errors: []string{`{"message":"Cannot return null for non-nullable field Evidence.article.","locations":[{"line":1,"column":56}],"path":["allies",1,"evidence",1,"article"]}`},
		},
		{
			name:   "an error for one root field, data for the other",
			query:  `{ path(from: "PRK", to: "Atlantis") { length } stats { actors } }`,
			answer: map[string]any{"stats": map[string]any{"actors": int64(18)}},
			err:    &graph.SelectionError{Key: "path", Err: &graph.NotFoundError{What: "actor", Keys: []string{"Atlantis"}}},
			want:   `{"path":null,"stats":{"actors":18}}`,
			errors: []string{`{"message":"no actor has the ID or name \"Atlantis\"","locations":[{"line":1,"column":3}],"path":["path"],"extensions":{"code":"NOT_FOUND"}}`},
		},
		{
			name:   "errors for two root fields, one non-null",
			query:  `{ path(from: "PRK", to: "Atlantis") { length } events(first: 9999) { totalCount } stats { actors } }`,
			answer: map[string]any{"stats": map[string]any{"actors": int64(18)}},
			err: errors.Join(
				&graph.SelectionError{Key: "path", Err: &graph.NotFoundError{What: "actor", Keys: []string{"Atlantis"}}},
				&graph.SelectionError{Key: "events", Err: &graph.BadInputError{Message: "first must be between 0 and 500"}}),
			want:   `null`,
			errors: []string{`{"message":"first must be between 0 and 500","locations":[{"line":1,"column":48}],"path":["events"],"extensions":{"code":"BAD_USER_INPUT"}}`, `{"message":"no actor has the ID or name \"Atlantis\"","locations":[{"line":1,"column":3}],"path":["path"],"extensions":{"code":"NOT_FOUND"}}`},
		},
		{
			name:   "a storage failure",
			query:  `{ path(from: "A", to: "B") { length } actor(id: "X") { id } }`,
			err:    errors.New("neo4j: connection reset"),
			want:   `{"path":null,"actor":null}`,
			errors: []string{`{"message":"internal error","locations":[{"line":1,"column":39}],"path":["actor"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}`, `{"message":"internal error","locations":[{"line":1,"column":3}],"path":["path"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}`},
		},
		{
			name:  "a Go type graphql-go completes by reflection",
			query: `{ allies(of: "RUS") { actor { id aliases } relations } }`,
			answer: map[string]any{"allies": []any{map[string]any{
				"actor": map[string]any{"id": "PRK", "aliases": []string{"Korea Utara", "DPRK"}}, "relations": []any{"ally"},
			}}},
			want: `{"allies":[{"actor":{"id":"PRK","aliases":["Korea Utara","DPRK"]},"relations":["ally"]}]}`,
		},
		{
			name:   "an object that is not a map",
			query:  `{ actor(id: "PRK") { id country } stats { actors } }`,
			answer: map[string]any{"actor": struct{ ID string }{"PRK"}, "stats": map[string]any{"actors": int64(1)}},
			want:   `{"actor":null,"stats":{"actors":1}}`,
			errors: []string{`{"message":"schema: the graph's answer is not an object where the schema has one","locations":[{"line":1,"column":3}],"path":["actor"]}`},
		},
		{
			name:   "a string pointer",
			query:  `{ actor(id: "PRK") { id country wikidata } }`,
			answer: map[string]any{"actor": map[string]any{"id": "PRK", "country": ptr("KOR"), "wikidata": (*string)(nil)}},
			want:   `{"actor":{"id":"PRK","country":"KOR","wikidata":null}}`,
		},
		{
			name:   "an unknown enum value",
			query:  `{ actor(id: "PRK") { id kind } }`,
			answer: map[string]any{"actor": map[string]any{"id": "PRK", "kind": "empire"}},
			want:   `{"actor":null}`,
			errors: []string{`{"message":"Cannot return null for non-nullable field Actor.kind.","locations":[{"line":1,"column":25}],"path":["actor","kind"]}`},
		},
		{
			name:   "an int out of 32 bits",
			query:  `{ stats { actors events } }`,
			answer: map[string]any{"stats": map[string]any{"actors": int64(1), "events": int64(math.MaxInt32) + 1}},
			want:   `null`,
			errors: []string{`{"message":"Cannot return null for non-nullable field Stats.events.","locations":[{"line":1,"column":18}],"path":["stats","events"]}`},
		},
		{
			name:   "NaN",
			query:  `{ timeline(actor: "PRK") { start goldsteinMean } }`,
			answer: map[string]any{"timeline": []any{map[string]any{"start": "2023-06-01", "goldsteinMean": math.NaN()}}},
			want:   `{"timeline":[{"start":"2023-06-01","goldsteinMean":null}]}`,
		},
		{
			name:   "infinity",
			query:  `{ timeline(actor: "PRK") { start goldsteinMean } }`,
			answer: map[string]any{"timeline": []any{map[string]any{"start": "2023-06-01", "goldsteinMean": math.Inf(1)}}},
			want:   `{"timeline":[{"start":"2023-06-01","goldsteinMean":null}]}`,
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
			want: `{"events":{"totalCount":4},"timeline":[],"allies":[{"evidence":[{"sentence":"s"}],"actor":{"events":[{"id":"e1"}]}}]}`,
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
			want:  `{"__schema":{"mutationType":{"name":"Mutation"},"queryType":{"name":"Query"}},"__type":null}`,
		},
		{
			name:   "introspection beside data fields",
			query:  `{ stats { actors } __type(name: "Ally") { name } __schema { queryType { name } } }`,
			answer: map[string]any{"stats": map[string]any{"actors": int64(1)}},
			want:   `{"stats":{"actors":1},"__type":{"name":"Ally"},"__schema":{"queryType":{"name":"Query"}}}`,
		},
		{
			name:   "introspection in a skipped fragment runs on the full schema",
			query:  `{ ...I @skip(if: true) stats { actors } } fragment I on Query { __type(name: "Ally") { name } }`,
			answer: map[string]any{"stats": map[string]any{"actors": int64(1)}},
			want:   `{"stats":{"actors":1}}`,
		},
		{
			name:   "mutations run on the full schema",
			query:  `mutation { deleteArticle(id: "x") { articleId } }`,
			want:   `null`,
			errors: []string{`{"message":"this mutation needs an API key: send Authorization: Bearer \u003ckey\u003e","locations":[{"line":1,"column":12}],"path":["deleteArticle"],"extensions":{"code":"UNAUTHENTICATED"}}`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := &cannedStore{answer: tt.answer, err: tt.err}
			s := newSchema(t, st)
			got := encode(s.Do(context.Background(), tt.query, tt.op, tt.vars))
			if os.Getenv("PLAN14_GEN") != "" {
				b, _ := json.Marshal(map[string]any{"name": tt.name, "data": got.data, "errors": got.errors})
				fmt.Println("GEN " + string(b))
			}
			if got.data != tt.want {
				t.Errorf("data\n%s\nwant\n%s", got.data, tt.want)
			}
			if strings.Join(got.errors, "\n") != strings.Join(tt.errors, "\n") {
				t.Errorf("errors\n%s\nwant\n%s", strings.Join(got.errors, "\n"), strings.Join(tt.errors, "\n"))
			}
			if n := st.calls.Load(); n > 1 {
				t.Errorf("asked the store %d times", n)
			}
		})
	}
}
func ptr[T any](v T) *T { return &v }

// The writer agrees with encoding/json on every float it is given and
// every string, byte by byte, HTML escaping included.
func TestWriterLeavesMatchEncodingJSON(t *testing.T) {
	floats := []float64{0, 1, -1, 0.1, 0.2, 1.0 / 3, 1e-6, 9.999999e-7, 1e-7, 1e20, 1e21, 123456789e13, 1 << 53, 1<<53 + 2,
		math.MaxFloat64, math.SmallestNonzeroFloat64, -math.SmallestNonzeroFloat64, 12345678901234567890, 2.5e-9, 1e-100, 0.5e-6}
	strs := []string{"", "a", "\x00", "\x1f", " ", "\x7f", "\u0080", "\u2027\u2028\u2029\u202a", "\xed\xa0\x80", "\xf4\x90\x80\x80",
		"\xe2\x80", "\xe2", "<script>&</script>", "'single'", "tab\tend", "é", "\U0001F600", "\\u2028", "a\xffb\xc3"}
	var answers []any
	var want strings.Builder
	want.WriteString(`{"search":[`)
	hit := func(score float64, s string) {
		answers = append(answers, map[string]any{"score": score, "kind": "actor", "actor": map[string]any{"id": s, "name": s}})
		if len(answers) > 1 {
			want.WriteByte(',')
		}
		f, _ := json.Marshal(score)
		id, _ := json.Marshal(s)
		fmt.Fprintf(&want, `{"score":%s,"kind":"ACTOR","actor":{"id":%s,"name":%s}}`, f, id, id)
	}
	for _, f := range floats {
		hit(f, "f")
	}
	for _, s := range strs {
		hit(0, s)
	}
	want.WriteString(`]}`)
	st := &cannedStore{answer: map[string]any{"search": answers}}
	got := encode(newSchema(t, st).Do(context.Background(), `{ search(text: "x") { score kind actor { id name } } }`, "", nil))
	if got.data != want.String() || len(got.errors) > 0 {
		t.Errorf("schema:\n%s\nencoding/json:\n%s", got, want.String())
	}
}

// Introspection, mutations and queries that mix introspection with data:
// graphql-go answers __schema and __type, the plan the rest, in one
// statement at most.
func TestIntrospectionBesideData(t *testing.T) {
	tests := []struct {
		query string
		op    string
		calls int64
		want  string
	}{
		{`{ stats { actors } }`, "", 1, `{"stats":{"actors":1}}`},
		{`query Q { __typename stats { actors } }`, "", 1, `{"__typename":"Query","stats":{"actors":1}}`},
		{`query A { stats { actors } } query B { __schema { queryType { name } } }`, "A", 1, `{"stats":{"actors":1}}`},
		{`query A { stats { actors } } query B { __schema { queryType { name } } }`, "B", 0, `{"__schema":{"queryType":{"name":"Query"}}}`},
		{`{ __type(name: "Ally") { name } }`, "", 0, `{"__type":{"name":"Ally"}}`},
		{`{ ... on Query { __type(name: "Ally") { name } } stats { actors } }`, "", 1, `{"__type":{"name":"Ally"},"stats":{"actors":1}}`},
		{`{ ... @skip(if: true) { __schema { queryType { name } } } stats { actors } }`, "", 1, `{"stats":{"actors":1}}`},
		{`{ ...A } fragment A on Query { ...B } fragment B on Query { __schema { queryType { name } } }`, "", 0, `{"__schema":{"queryType":{"name":"Query"}}}`},
		{`{ ...A ...A } fragment A on Query { stats { actors } }`, "", 1, `{"stats":{"actors":1}}`},
		{`{ allies(of: "RUS") { __schema: actor { id } } }`, "", 1, `{"allies":[{"__schema":{"id":"PRK"}}]}`}, // an alias below the root
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			st := &cannedStore{answer: map[string]any{"stats": map[string]any{"actors": int64(1)},
				"allies": []any{map[string]any{"__schema": map[string]any{"id": "PRK"}}}}}
			got := encode(newSchema(t, st).Do(context.Background(), tt.query, tt.op, nil))
			if got.data != tt.want || len(got.errors) > 0 {
				t.Errorf("%s\nwant %s", got, tt.want)
			}
			if n := st.calls.Load(); n != tt.calls {
				t.Errorf("asked the store %d times, want %d", n, tt.calls)
			}
		})
	}
}

// When the context ends while the store is working, Execute returns as
// graphql.Execute does, and does not ask again.
func TestTimeout(t *testing.T) {
	st := &cannedStore{block: true}
	s := newSchema(t, st)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	res := s.Do(ctx, `{ stats { actors } actor(id: "X") { id } }`, "", nil)
	if len(res.Errors) == 0 || res.Data != nil {
		t.Fatalf("no error: %+v", res)
	}
	if msg := res.Errors[0].Message; !strings.Contains(msg, "deadline") && !strings.Contains(msg, "took too long") {
		t.Errorf("error %q, want the timeout", msg)
	}
	if n := st.calls.Load(); n != 1 {
		t.Errorf("the store was asked %d times", n)
	}
}

// Requests share the schema (its buffer pool, its enum tables) but nothing
// else: concurrent executions give the same answer (run with -race).
func TestConcurrent(t *testing.T) {
	st := &cannedStore{answer: map[string]any{
		"allies": []any{ally("PRK", "North Korea", 0.9, 3), ally("BLR", "Belarus", 0.5, 2)},
		"actor":  map[string]any{"id": "RUS", "kind": "state"},
	}}
	s := newSchema(t, st)
	const q = `{ allies(of: "RUS") { actor { id name } strength evidence { sentence article { id published } } } actor(id: "RUS") { id kind } }`
	want := encode(s.Do(context.Background(), q, "", nil))
	if !strings.Contains(want.data, `"published":"2023-06-25"`) || len(want.errors) > 0 {
		t.Fatalf("answer %s", want)
	}
	errs := make(chan string, 8)
	for range 8 {
		go func() {
			msg := ""
			for range 20 {
				if got := encode(s.Do(context.Background(), q, "", nil)); got.String() != want.String() {
					msg = got.String()
				}
			}
			errs <- msg
		}()
	}
	for range 8 {
		if msg := <-errs; msg != "" {
			t.Errorf("concurrent:\n%s\nalone:\n%s", msg, want)
		}
	}
}

// BenchmarkExecute plans and writes an allies answer (50 allies, 10
// sentences each: about 3,000 fields) from a canned store: what the
// schema costs beside the statement; encode adds what the server does next.
func BenchmarkExecute(b *testing.B) {
	allies := make([]any, 50)
	for i := range allies {
		allies[i] = ally(fmt.Sprintf("A%02d", i), fmt.Sprintf("Actor number %d", i), 1-float64(i)/100, 10)
	}
	s := newSchema(b, &cannedStore{answer: map[string]any{"allies": allies}})
	const q = `{ allies(of: "Rusia", since: "2022-01-01") { actor { id name } strength evidence { sentence article { id published } } } }`
	if res := s.Do(context.Background(), q, "", nil); len(res.Errors) > 0 {
		b.Fatal(res.Errors)
	}
	for _, withEncode := range []bool{false, true} {
		name := "execute"
		if withEncode {
			name += "+encode"
		}
		b.Run(name, func(b *testing.B) {
			var buf bytes.Buffer
			for b.Loop() {
				res := s.Do(context.Background(), q, "", nil)
				if len(res.Errors) > 0 {
					b.Fatal(res.Errors)
				}
				if withEncode {
					buf.Reset()
					if err := json.NewEncoder(&buf).Encode(res); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

var _ = errors.New
