package schema_test

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// Planned queries answer without errors, in one statement, on the sample
// facts in Neo4j: the playground's queries and deeper ones than the schema
// tests ask, with every field of every type, fragments, aliases,
// directives and __typename.
func TestPlannedQueriesOnNeo4j(t *testing.T) {
	f := newFixture(t)
	type query struct {
		name, query string
		vars        map[string]any
	}
	queries := []query{
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
			r := f.do(t, q.query, q.vars, false)
			if len(r.Errors) > 0 || len(r.Data) == 0 {
				t.Errorf("errors %+v, data %v", r.Errors, r.Data)
			}
			if r.statements != 1 {
				t.Errorf("sent %d Cypher statements, want 1", r.statements)
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
