package bench

import (
	"fmt"

	"github.com/geokg/kg/bench/gen"
)

// Query is one analyst question the benchmark asks, with the variables of
// each of its inputs. The list is data: a new query is one more entry.
type Query struct {
	Name    string
	GraphQL string
	// Inputs returns n sets of variables, drawn from the generated graph:
	// popular and unpopular actors, so that caches do not make it trivial;
	// with withTop false, without the ten most reported states and IGOs.
	Inputs func(g *gen.Generator, n int, withTop bool) []map[string]any
}

func oneActor(g *gen.Generator, n int, withTop bool) []map[string]any {
	out := make([]map[string]any, 0, n)
	for _, a := range g.QueryActors(n, withTop) {
		out = append(out, map[string]any{"a": a})
	}
	return out
}

func twoActors(g *gen.Generator, n int, withTop bool) []map[string]any {
	out := make([]map[string]any, 0, n)
	for _, p := range g.QueryPairs(n, withTop) {
		out = append(out, map[string]any{"a": p[0], "b": p[1]})
	}
	return out
}

// Queries returns the questions of the benchmark's issue, verbatim (a
// new slice each call).
func Queries() []Query {
	return []Query{
		{
			Name:    "allies",
			GraphQL: `query($a: String!) { allies(of: $a, since: "2020-01-01") { actor { id name } strength evidence { sentence article { id published } } } }`,
			Inputs:  oneActor,
		},
		{
			Name:    "events(between)",
			GraphQL: `query($a: String!, $b: String!) { events(filter: {between: [$a, $b], since: "2019-01-01"}, first: 20) { totalCount edges { node { id cameo date source { id } target { id } } } } }`,
			Inputs:  twoActors,
		},
		{
			Name:    "neighborhood",
			GraphQL: `query($a: String!) { neighborhood(actor: $a, depth: 2, limit: 50) { nodes { id name } edges { source target relation weight } } }`,
			Inputs:  oneActor,
		},
		{
			// The floor: the cheapest request there is, an actor by ID. What it
			// costs is the stack's (HTTP, GraphQL, Bolt, a Neo4j index seek).
			Name:    "actor",
			GraphQL: `query($a: ID!) { actor(id: $a) { id name kind } }`,
			Inputs:  oneActor,
		},
		{
			Name:    "path",
			GraphQL: `query($a: String!, $b: String!) { path(from: $a, to: $b, maxHops: 4) { actors { id } hops { relation } } }`,
			Inputs:  twoActors,
		},
	}
}

// selectQueries returns the queries named, in the order of Queries; all
// of them when names is empty.
func selectQueries(names []string) ([]Query, error) {
	if len(names) == 0 {
		return Queries(), nil
	}
	want := map[string]bool{}
	for _, n := range names {
		want[n] = true
	}
	var out []Query
	for _, q := range Queries() {
		if want[q.Name] {
			out = append(out, q)
			delete(want, q.Name)
		}
	}
	for n := range want {
		return nil, fmt.Errorf("bench: no query %q (have allies, events(between), neighborhood, actor, path)", n)
	}
	return out, nil
}
