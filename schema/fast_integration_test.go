package schema_test

import (
	"context"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/language/parser"
	"github.com/graphql-go/graphql/language/source"

	"github.com/geokg/kg/schema"
)

// The shadow gives the same data and errors as graphql-go, on the sample
// facts in Neo4j, for every query the schema tests and the playground ask
// and a few deeper ones; it answers each without falling back, in one
// statement.
func TestFastMatchesGraphQLGoOnNeo4j(t *testing.T) {
	f := newFixture(t)
	fast, err := schema.Fast(f.sch)
	if err != nil {
		t.Fatal(err)
	}
	type query struct {
		name, query string
		vars        map[string]any
		invalid     bool // fails validation: nothing executes
	}
	queries := []query{
		// schema_test.go
		{name: "allies with nested evidence and articles", query: `{ allies(of: "Rusia", since: "2022-01-01") {
			actor { id name events(first: 5) { cameo target { name } evidence { sentence article { id } } } }
			stances { relation source { id } target { id } }
			evidence(first: 3) { sentence article { id published events { id } } } } }`},
		{name: "actor with everything nested", query: `{ actor(name: "Korea Utara") { id roles { title of { id } }
			allies { actor { id adversaries { actor { id } } } }
			events(filter: {roots: ["05"]}) { source { id } target { id } article { id actors { id } } }
			articles { id events { id } } } }`},
		{name: "connection with filters and fragments", query: `query($a: String!) { events(filter: {between: [$a, "RUS"], quadClasses: [1, 2]}, first: 2) {
			totalCount edges { cursor node { ...E } } pageInfo { hasNextPage endCursor } } }
			fragment E on Event { id cameo source { name } evidence { sentence } }`, vars: map[string]any{"a": "PRK"}},
		{name: "several root fields", query: `{ a: allies(of: "RUS") { actor { id } } b: adversaries(of: "RUS") { actor { id } }
			stats { actors events } search(text: "Wagner") { actor { id } }
			timeline(actor: "PRK") { start count } neighborhood(actor: "RUS", depth: 2) { nodes { id } edges { source } }
			path(from: "PRK", to: "yevgeny-prigozhin") { length hops { kind from { id } to { id } evidence { sentence } } } }`},
		{name: "allies and adversaries", query: `{ allies(of: "Russia") { actor { id } explicit relations strength firstSeen lastSeen evidenceCount
			evidence(first: 1) { sentence } articles { published } } adversaries(of: "Rusia") { actor { id } relations } }`},
		{name: "events between, timeline, path, neighborhood, search", query: `{
			events(filter: {between: ["Korea Utara", "RUS"]}, first: 10) { totalCount nodes { type cameo quadClass source { id } target { id } day } }
			hostile: events(filter: {actor: "wagner-group", quadClasses: [3, 4]}) { totalCount }
			alleged: events(filter: {status: [DISPUTED]}) { nodes { type source { id } target { id } } }
			timeline(actor: "PRK", bucket: MONTH) { start count cooperative hostile }
			path(from: "PRK", to: "yevgeny-prigozhin", maxHops: 3) { length actors { id } hops { kind relation from { id } to { id } } }
			neighborhood(actor: "RUS", depth: 1) { nodes { id } edges { source target relation weight } }
			search(text: "wagner") { kind actor { id } }
			stats { actors articles events stances eventsByRoot { key count } } }`},
		{name: "unknown actor", query: `{ allies(of: "Atlantis") { actor { id } } }`},
		{name: "unknown actor in between", query: `{ events(filter: {between: ["PRK", "Atlantis"]}) { totalCount } }`},
		{name: "unknown actor is null", query: `{ actor(name: "Atlantis") { id } }`},
		{name: "empty period", query: `{ allies(of: "RUS", since: "2024-01-01") { actor { id } } }`},
		{name: "since after until", query: `{ allies(of: "RUS", since: "2023-01-01", until: "2022-01-01") { actor { id } } }`},
		{name: "since after until in events", query: `{ events(filter: {since: "2023-01-01", until: "2022-01-01"}) { totalCount } }`},
		{name: "page too large", query: `{ actors(first: 100000) { totalCount } }`},
		{name: "bad cursor", query: `{ actors(after: "bm9wZQ") { totalCount } }`},
		{name: "bad root code", query: `{ events(filter: {roots: ["99"]}) { totalCount } }`},
		{name: "bad date", query: `{ allies(of: "RUS", since: "2023-02-30") { actor { id } } }`, invalid: true},
		{name: "no path within one hop", query: `{ path(from: "USA", to: "rostov-on-don", maxHops: 1) { length } }`},
		{name: "search syntax is not a query language", query: `{ search(text: "wagner AND (") { actor { id } } }`},
		{name: "all actors", query: `{ actors(first: 500) { totalCount nodes { id } } }`},
		{name: "a page of actors", query: `query($after: String) { actors(first: 5, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`,
			vars: map[string]any{"after": ""}},
		{name: "first events", query: `{ events(first: 3) { edges { node { day } } pageInfo { endCursor } } }`},
		{name: "events after no cursor", query: `query($c: String) { events(first: 20, after: $c) { nodes { day } } }`, vars: map[string]any{"c": nil}},
		{name: "an event's article", query: `{ events(first: 1) { nodes { article { id } } } }`},

		// Deeper.
		{name: "everything about allies, with fragments and __typename", query: `{ allies(of: "RUS") { __typename
			actor { __typename ...ActorFields roles { title of { ...ActorFields } start end } }
			stances { id relation kind source { id } target { id } evidence(first: 2) { ...EvidenceFields } }
			evidence { ...EvidenceFields article { events(first: 3) { ...EventFields } actors(first: 5) { ...ActorFields } } }
			articles { ...ArticleFields } relations explicit strength firstSeen lastSeen evidenceCount opposingStrength } }
			fragment ActorFields on Actor { id name kind country wikidata aliases titles mentionCount }
			fragment ArticleFields on Article { id url title source language dateline published extractor }
			fragment EvidenceFields on Evidence { sentence start end extractor confidence rule matched related date article { ...ArticleFields } }
			fragment EventFields on Event { id type cameo root quadClass goldstein plover date day status confidence
				source { id } target { id } article { id } evidence(first: 1) { sentence } }`},
		{name: "aliases, directives and variables", query: `query($yes: Boolean!, $no: Boolean!, $since: Date, $n: Int) {
			a: adversaries(of: "RUS", since: $since) { who: actor { id n: name @include(if: $yes) k: kind @skip(if: $yes) }
				s: strength opposingStrength evidenceCount firstSeen lastSeen explicit relations
				... on Ally @include(if: $no) { evidence { sentence } } ... on Ally @skip(if: $no) { e: evidence(first: $n) { sentence date } } }
			b: actor(id: "PRK") { id adversaries { actor { id } } allies(minStrength: 0.5) { actor { id } strength }
				events(first: 3, sort: DATE_ASC) { id day source { name } } articles(first: 2) { id published } } }`,
			vars: map[string]any{"yes": true, "no": false, "since": "2022-01-01", "n": 2}},
		{name: "connections in full", query: `{ events(first: 50) { totalCount
			edges { cursor node { id type cameo root quadClass goldstein plover date day status confidence source { id name } target { id name } article { id title } evidence { sentence matched related } } }
			nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }
			actors(first: 50, sort: MENTIONS) { totalCount nodes { id mentionCount kind } } }`},
		{name: "stats, neighborhood, search", query: `{ stats { actors articles events stances evidence lastPublished actorsByKind { key count } eventsByRoot { key count } }
			neighborhood(actor: "RUS", depth: 3, limit: 100) { nodes { id name kind } edges { source target relation kind weight } }
			search(text: "Korea") { score kind actor { id name } article { id title published } } }`},
		{name: "a long path with its facts", query: `{ path(from: "PRK", to: "UKR", maxHops: 6) { length actors { id }
			hops { from { id } to { id } kind relation date event { id type source { id } article { id } }
				stance { id relation kind source { id } target { id } evidence { sentence } } evidence { sentence date article { id } } } } }`},
		{name: "timelines", query: `{ timeline(actor: "RUS", bucket: YEAR) { start count cooperative hostile goldsteinMean }
			w: timeline(actor: "PRK", bucket: WEEK, quadClasses: [1, 2]) { start count } }`},
		{name: "an article that is not there", query: `{ article(url: "https://example.org/nope") { id } stats { articles } }`},
	}
	examples := playgroundExamples(t)
	for i, q := range examples {
		queries = append(queries, query{name: "playground example " + strconv.Itoa(i+1), query: q})
	}

	for _, q := range queries {
		t.Run(q.name, func(t *testing.T) {
			doc, err := parser.Parse(parser.ParseParams{Source: source.NewSource(&source.Source{Body: []byte(q.query), Name: "GraphQL request"})})
			if err != nil {
				t.Fatal(err)
			}
			if v := graphql.ValidateDocument(&f.sch, doc, nil); v.IsValid == q.invalid {
				t.Fatalf("valid: %v, want %v: %v", v.IsValid, !q.invalid, v.Errors)
			} else if q.invalid {
				return
			}
			params := func(root map[string]any) graphql.ExecuteParams {
				return graphql.ExecuteParams{Schema: f.sch, Root: root, AST: doc, Args: q.vars, Context: context.Background()}
			}
			before := f.st.Statements()
			want := encode(graphql.Execute(params(map[string]any{})))
			fullStatements := f.st.Statements() - before

			root := map[string]any{}
			before = f.st.Statements()
			got := encode(schema.Execute(f.sch, fast, params(root)))
			fastStatements := f.st.Statements() - before

			if got.String() != want.String() {
				t.Errorf("schema.Execute:\n%s\ngraphql.Execute:\n%s", got, want)
			}
			if schema.NeedsFull(root) {
				t.Error("the shadow gave up")
			}
			if fastStatements != fullStatements || len(want.errors) == 0 && fastStatements != 1 {
				t.Errorf("schema.Execute sent %d Cypher statements, graphql.Execute %d: want the same, 1 when there is no error", fastStatements, fullStatements)
			}
			if want.data == "null" || want.data == "" {
				t.Logf("no data: %s", want)
			}
		})
	}
}

// playgroundExamples reads the saved example queries out of the
// playground's script: each is lines('…', '…', …).
func playgroundExamples(t *testing.T) []string {
	t.Helper()
	js, err := os.ReadFile("../server/playground/playground.js")
	if err != nil {
		t.Fatal(err)
	}
	body := string(js)
	start := strings.Index(body, "var examples = [")
	end := strings.Index(body, "];")
	if start < 0 || end < start {
		t.Fatal("playground.js: no examples array")
	}
	quoted := regexp.MustCompile(`'((?:[^'\\]|\\.)*)'`)
	var out []string
	for _, call := range strings.Split(body[start:end], "lines(")[1:] {
		var lines []string
		for _, m := range quoted.FindAllStringSubmatch(call, -1) {
			lines = append(lines, strings.NewReplacer(`\'`, `'`, `\\`, `\`).Replace(m[1]))
		}
		out = append(out, strings.Join(append(lines, ""), "\n"))
	}
	if len(out) == 0 || !strings.Contains(out[0], "allies(") {
		t.Fatalf("playground.js: examples %q, want the allies query first", out)
	}
	return out
}
