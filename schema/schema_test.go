package schema_test

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/geokg/kg/graph"
	"github.com/geokg/kg/internal/kgtest"
	"github.com/geokg/kg/schema"
)

type fixture struct {
	st  *graph.Store
	sch *schema.Schema
}

// newFixture loads the hand-written facts of the canonical article into the
// test Neo4j (kgtest.Sample).
func newFixture(t *testing.T) *fixture {
	t.Helper()
	st, sch := kgtest.Sample(t)
	return &fixture{st: st, sch: sch}
}

type result struct {
	Data   map[string]any
	Errors []struct {
		Message    string
		Extensions map[string]any
	}
	statements int64
	raw        string // the response as encoded
}

// do parses, validates and executes a request as the server does
// (schema.Schema.Do), and counts the Cypher statements it sent. The data
// of a query must be JSON as encoding/json writes it (the server copies
// it into its response as it is).
func (f *fixture) do(t *testing.T, query string, vars map[string]any, authenticated bool) result {
	t.Helper()
	ctx := schema.WithAuthenticated(context.Background(), authenticated)
	before := f.st.Statements()
	res := f.sch.Do(ctx, query, "", vars)
	statements := f.st.Statements() - before
	if raw, ok := res.Data.(json.RawMessage); ok {
		var v any
		if err := json.Unmarshal(raw, &v); err != nil {
			t.Fatalf("%s\nthe data is not JSON: %v\n%s", query, err, raw)
		}
		if b, err := json.Marshal(raw); err != nil || !bytes.Equal(b, raw) {
			t.Errorf("%s\nthe data is not as encoding/json writes it: %s", query, raw)
		}
	}
	b, _ := json.Marshal(res)
	var out result
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	out.statements = statements
	out.raw = string(b)
	return out
}

func (f *fixture) ok(t *testing.T, query string, vars map[string]any) map[string]any {
	t.Helper()
	r := f.do(t, query, vars, false)
	if len(r.Errors) > 0 {
		t.Fatalf("%s\nerrors: %+v", query, r.Errors)
	}
	return r.Data
}

// js renders a value for substring assertions.
func js(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// One Cypher statement per GraphQL operation, however deeply it nests and
// however many root fields it has.
func TestOneStatementPerOperation(t *testing.T) {
	f := newFixture(t)
	queries := map[string]string{
		"allies with nested evidence and articles": `{ allies(of: "Rusia", since: "2022-01-01") {
			actor { id name events(first: 5) { cameo target { name } evidence { sentence article { id } } } }
			stances { relation source { id } target { id } }
			evidence(first: 3) { sentence article { id published events { id } } } } }`,
		"actor with everything nested": `{ actor(name: "Korea Utara") { id roles { title of { id } }
			allies { actor { id adversaries { actor { id } } } }
			events(filter: {roots: ["05"]}) { source { id } target { id } article { id actors { id } } }
			articles { id events { id } } } }`,
		"connection with filters and fragments": `query($a: String!) { events(filter: {between: [$a, "RUS"], quadClasses: [1, 2]}, first: 2) {
			totalCount edges { cursor node { ...E } } pageInfo { hasNextPage endCursor } } }
			fragment E on Event { id cameo source { name } evidence { sentence } }`,
		"several root fields": `{ a: allies(of: "RUS") { actor { id } } b: adversaries(of: "RUS") { actor { id } }
			stats { actors events } search(text: "Wagner") { actor { id } }
			timeline(actor: "PRK") { start count } neighborhood(actor: "RUS", depth: 2) { nodes { id } edges { source } }
			path(from: "PRK", to: "yevgeny-prigozhin") { length hops { kind from { id } to { id } evidence { sentence } } } }`,
	}
	for name, q := range queries {
		t.Run(name, func(t *testing.T) {
			r := f.do(t, q, map[string]any{"a": "PRK"}, false)
			if len(r.Errors) > 0 {
				t.Fatalf("errors: %+v", r.Errors)
			}
			if r.statements != 1 {
				t.Errorf("sent %d Cypher statements, want exactly 1", r.statements)
			}
		})
	}
}

func TestAlliesAndAdversaries(t *testing.T) {
	f := newFixture(t)
	d := f.ok(t, `{ allies(of: "Russia") { actor { id } explicit relations strength firstSeen lastSeen evidenceCount
		evidence(first: 1) { sentence } articles { published } } adversaries(of: "Rusia") { actor { id } relations } }`, nil)
	allies := d["allies"].([]any)
	if len(allies) != 1 {
		t.Fatalf("allies of Russia = %s, want North Korea only", js(allies))
	}
	nk := allies[0].(map[string]any)
	if js(nk["actor"]) != `{"id":"PRK"}` || nk["explicit"] != true || nk["firstSeen"] != "2023-06-25" || nk["evidenceCount"].(float64) != 5 {
		t.Errorf("North Korea = %s", js(nk))
	}
	// The explicit "sekutu" sentence is the most confident, so it comes first.
	if ev := nk["evidence"].([]any); len(ev) != 1 || !strings.Contains(js(ev), "sekutu Rusia") {
		t.Errorf("first evidence = %s, want the sekutu sentence", js(ev))
	}
	if got := js(nk["articles"]); got != `[{"published":"2023-06-25"}]` {
		t.Errorf("articles of the tie = %s, want the one article", got)
	}
	adv := js(d["adversaries"])
	for _, want := range []string{"UKR", "wagner-group"} {
		if !strings.Contains(adv, want) {
			t.Errorf("adversaries of Russia %s lack %s", adv, want)
		}
	}
	if strings.Contains(adv, "PRK") {
		t.Errorf("North Korea is listed as an adversary of Russia: %s", adv)
	}
}

func TestEventsBetweenTimelinePathNeighborhoodSearch(t *testing.T) {
	f := newFixture(t)
	d := f.ok(t, `{
		events(filter: {between: ["Korea Utara", "RUS"]}, first: 10) { totalCount nodes { type cameo quadClass source { id } target { id } day } }
		hostile: events(filter: {actor: "wagner-group", quadClasses: [3, 4]}) { totalCount }
		alleged: events(filter: {status: [DISPUTED]}) { nodes { type source { id } target { id } } }
		timeline(actor: "PRK", bucket: MONTH) { start count cooperative hostile }
		path(from: "PRK", to: "yevgeny-prigozhin", maxHops: 3) { length actors { id } hops { kind relation from { id } to { id } } }
		neighborhood(actor: "RUS", depth: 1) { nodes { id } edges { source target relation weight } }
		search(text: "wagner") { kind actor { id } }
		stats { actors articles events stances eventsByRoot { key count } }
	}`, nil)
	ev := d["events"].(map[string]any)
	if ev["totalCount"].(float64) != 4 {
		t.Errorf("events between North Korea and Russia = %s, want 4", js(ev))
	}
	for _, n := range ev["nodes"].([]any) {
		if s := js(n); !strings.Contains(s, `"PRK"`) || !strings.Contains(s, `"RUS"`) {
			t.Errorf("event %s is not between PRK and RUS", s)
		}
	}
	if got := d["hostile"].(map[string]any)["totalCount"].(float64); got != 2 {
		t.Errorf("hostile events involving Wagner = %v, want 2 (the coup and the seizure; the alleged arms sale is cooperative)", got)
	}
	if got := js(d["alleged"]); !strings.Contains(got, "provide_military_aid") {
		t.Errorf("disputed events = %s, want the alleged arms sale", got)
	}
	tl := js(d["timeline"])
	if tl != `[{"cooperative":1,"count":1,"hostile":0,"start":"2022-02-01"},{"cooperative":3,"count":3,"hostile":0,"start":"2023-06-01"}]` {
		t.Errorf("timeline = %s", tl)
	}
	p := d["path"].(map[string]any)
	if p["length"].(float64) != 2 || js(p["actors"]) != `[{"id":"PRK"},{"id":"wagner-group"},{"id":"yevgeny-prigozhin"}]` {
		t.Errorf("path = %s", js(p))
	}
	if hops := js(p["hops"]); !strings.Contains(hops, `"kind":"EVENT"`) || !strings.Contains(hops, `"kind":"ROLE","relation":"leader"`) {
		t.Errorf("hops = %s", hops)
	}
	nb := js(d["neighborhood"])
	for _, want := range []string{`{"id":"RUS"}`, `{"id":"PRK"}`, `{"id":"UKR"}`, `{"id":"wagner-group"}`, `"relation":"ally"`} {
		if !strings.Contains(nb, want) {
			t.Errorf("neighborhood of Russia %s lacks %s", nb, want)
		}
	}
	if hits := d["search"].([]any); len(hits) == 0 || js(hits[0]) != `{"actor":{"id":"wagner-group"},"kind":"ACTOR"}` {
		t.Errorf("search wagner = %s", js(hits))
	}
	if st := js(d["stats"]); !strings.Contains(st, `"actors":18`) || !strings.Contains(st, `"events":15`) || !strings.Contains(st, `{"count":3,"key":"19"}`) {
		t.Errorf("stats = %s", st)
	}
}

func TestEdgeCases(t *testing.T) {
	f := newFixture(t)
	tests := []struct {
		name, query, code, msg string
		data                   string // expected data when no error
	}{
		{"unknown actor", `{ allies(of: "Atlantis") { actor { id } } }`, "NOT_FOUND", `"Atlantis"`, ""},
		{"unknown actor in between", `{ events(filter: {between: ["PRK", "Atlantis"]}) { totalCount } }`, "NOT_FOUND", `"Atlantis"`, ""},
		{"unknown actor is null", `{ actor(name: "Atlantis") { id } }`, "", "", `{"actor":null}`},
		{"empty period", `{ allies(of: "RUS", since: "2024-01-01") { actor { id } } }`, "", "", `{"allies":[]}`},
		{"since after until", `{ allies(of: "RUS", since: "2023-01-01", until: "2022-01-01") { actor { id } } }`, "BAD_USER_INPUT", "after until", ""},
		{"since after until in events", `{ events(filter: {since: "2023-01-01", until: "2022-01-01"}) { totalCount } }`, "BAD_USER_INPUT", "after until", ""},
		{"page too large", `{ actors(first: 100000) { totalCount } }`, "BAD_USER_INPUT", "between 0 and 500", ""},
		{"bad cursor", `{ actors(after: "bm9wZQ") { totalCount } }`, "BAD_USER_INPUT", "not a cursor", ""},
		{"bad root code", `{ events(filter: {roots: ["99"]}) { totalCount } }`, "BAD_USER_INPUT", "CAMEO root", ""},
		{"bad date", `{ allies(of: "RUS", since: "2023-02-30") { actor { id } } }`, "", "Date", ""},
		{"no path within one hop", `{ path(from: "USA", to: "rostov-on-don", maxHops: 1) { length } }`, "", "", `{"path":null}`},
		{"search syntax is not a query language", `{ search(text: "wagner AND (") { actor { id } } }`, "", "", `{"search":[{"actor":{"id":"wagner-group"}}]}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := f.do(t, tt.query, nil, false)
			if tt.msg == "" {
				if len(r.Errors) > 0 {
					t.Fatalf("errors: %+v", r.Errors)
				}
				if got := js(r.Data); got != tt.data {
					t.Errorf("data = %s, want %s", got, tt.data)
				}
				return
			}
			if len(r.Errors) == 0 {
				t.Fatalf("no error; data %s", js(r.Data))
			}
			e := r.Errors[0]
			if !strings.Contains(e.Message, tt.msg) || (tt.code != "" && e.Extensions["code"] != tt.code) {
				t.Errorf("error %q %v, want %q with code %s", e.Message, e.Extensions, tt.msg, tt.code)
			}
		})
	}
}

// Walking every page returns every actor once, in order, and the page after
// the last is empty.
func TestPaginationWithCursors(t *testing.T) {
	f := newFixture(t)
	all := f.ok(t, `{ actors(first: 500) { totalCount nodes { id } } }`, nil)["actors"].(map[string]any)
	want := all["nodes"].([]any)
	if int(all["totalCount"].(float64)) != len(want) || len(want) != 18 {
		t.Fatalf("all actors: %s", js(all))
	}
	var got []any
	after := ""
	for page := 0; page < 20; page++ {
		d := f.ok(t, `query($after: String) { actors(first: 5, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`,
			map[string]any{"after": after})["actors"].(map[string]any)
		for _, e := range d["edges"].([]any) {
			got = append(got, e.(map[string]any)["node"])
		}
		pi := d["pageInfo"].(map[string]any)
		if (after != "") != pi["hasPreviousPage"].(bool) {
			t.Errorf("page %d: hasPreviousPage %v", page, pi["hasPreviousPage"])
		}
		if !pi["hasNextPage"].(bool) {
			// Beyond the end: an empty page, no next.
			end := f.ok(t, `query($after: String) { actors(first: 5, after: $after) { edges { cursor } pageInfo { hasNextPage endCursor } } }`,
				map[string]any{"after": pi["endCursor"]})["actors"]
			if js(end) != `{"edges":[],"pageInfo":{"endCursor":null,"hasNextPage":false}}` {
				t.Errorf("page beyond the end = %s", js(end))
			}
			break
		}
		after = pi["endCursor"].(string)
	}
	if js(got) != js(want) {
		t.Errorf("pages give\n %s\nwant\n %s", js(got), js(want))
	}
	// Events, newest first, by cursor.
	first := f.ok(t, `{ events(first: 3) { edges { node { day } } pageInfo { endCursor } } }`, nil)["events"].(map[string]any)
	cur := first["pageInfo"].(map[string]any)["endCursor"]
	next := f.ok(t, `query($c: String) { events(first: 20, after: $c) { nodes { day } } }`, map[string]any{"c": cur})["events"].(map[string]any)
	if n := len(next["nodes"].([]any)); n != 12 {
		t.Errorf("events after the first page: %d, want 12", n)
	}
}

func TestDeleteArticleNeedsAKeyAndRemovesOnlyItsFacts(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	id := f.ok(t, `{ events(first: 1) { nodes { article { id } } } }`, nil)["events"].(map[string]any)["nodes"].([]any)[0].(map[string]any)["article"].(map[string]any)["id"].(string)
	before, err := f.st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	const del = `mutation($id: ID!) { deleteArticle(id: $id) { eventsDeleted stancesDeleted actorsDeleted } }`
	r := f.do(t, del, map[string]any{"id": id}, false)
	if len(r.Errors) == 0 || r.Errors[0].Extensions["code"] != "UNAUTHENTICATED" {
		t.Fatalf("delete without a key: %+v", r.Errors)
	}
	after, err := f.st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if js(before) != js(after) {
		t.Fatal("an unauthenticated delete changed the graph")
	}
	r = f.do(t, del, map[string]any{"id": id}, true)
	if len(r.Errors) > 0 {
		t.Fatalf("delete: %+v", r.Errors)
	}
	if got := js(r.Data); got != `{"deleteArticle":{"actorsDeleted":18,"eventsDeleted":15,"stancesDeleted":5}}` {
		t.Errorf("delete = %s", got)
	}
	c, err := f.st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, label := range []string{"Article", "Event", "Evidence", "Stance", "Actor", "Name"} {
		if c.Nodes[label] != 0 {
			t.Errorf("%d %s nodes left after deleting the only article", c.Nodes[label], label)
		}
	}
	r = f.do(t, del, map[string]any{"id": id}, true)
	if len(r.Errors) == 0 || r.Errors[0].Extensions["code"] != "NOT_FOUND" {
		t.Errorf("deleting again: %+v", r.Errors)
	}
}
