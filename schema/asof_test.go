package schema_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/geokg/kg/loader"
	"github.com/geokg/kg/loader/facts"
)

// TestAsOf asks what the graph knew on a past day. Beside the sample
// article (published 2023-06-25, North Korea a "sekutu" of Russia with
// confidence 0.95), an earlier one (2022-03-01) states the same tie with
// confidence 0.5 and reports one event of 2022-02-28: as of a day between
// the two, only the earlier article counts, in every root and nested field,
// alone and with since/until.
func TestAsOf(t *testing.T) {
	f := newFixture(t)
	v, err := facts.NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	sum, err := loader.New(f.st, v, nil, nil).Load(context.Background(), []string{"testdata/asof"}, nil)
	if err != nil || len(sum.Rejected) > 0 {
		t.Fatalf("load: %v %v", err, sum.Rejected)
	}
	const early = "Korea Utara adalah sekutu Rusia sejak lama."
	tests := []struct {
		name, query string
		want        []string // substrings of the JSON answer
		not         []string // must not appear
	}{
		{"allies of all time", `{ allies(of: "RUS") { actor { id } strength evidenceCount firstSeen lastSeen evidence { sentence } } }`,
			[]string{`"id":"PRK"`, `"strength":0.99991`, `"firstSeen":"2022-03-01"`, `"lastSeen":"2023-06-25"`, early, "sekutu Rusia paling vocal"}, nil},
		{"allies as of between the articles", `{ allies(of: "RUS", asOf: "2022-06-01") { actor { id } strength evidenceCount firstSeen lastSeen evidence { sentence } } }`,
			[]string{`"id":"PRK"`, `"strength":0.5`, `"evidenceCount":1`, `"firstSeen":"2022-03-01"`, `"lastSeen":"2022-03-01"`, early}, []string{"2023-06-25", "paling vocal"}},
		{"allies as of before both", `{ allies(of: "RUS", asOf: "2022-02-01") { actor { id } } }`,
			[]string{`"allies":[]`}, nil},
		{"allies asOf with since inside", `{ allies(of: "RUS", since: "2022-01-01", asOf: "2022-06-01") { actor { id } strength } }`,
			[]string{`"id":"PRK"`, `"strength":0.5`}, nil},
		{"allies asOf with since after it", `{ allies(of: "RUS", since: "2022-04-01", asOf: "2023-01-01") { actor { id } } }`,
			[]string{`"allies":[]`}, nil},
		{"allies asOf later than until", `{ allies(of: "RUS", until: "2022-06-01", asOf: "2024-01-01") { actor { id } strength } }`,
			[]string{`"strength":0.5`}, nil},
		{"nested allies and events", `{ actor(id: "RUS") { allies(asOf: "2022-06-01") { actor { id } strength evidence { sentence } }
			events(filter: {asOf: "2022-06-01"}) { date evidence { sentence } } } }`,
			[]string{`"strength":0.5`, `"date":"2022-02-28"`, early}, []string{"2023-06-25", "paling vocal"}},
		{"nested allies of all time", `{ actor(id: "RUS") { allies { strength } } }`,
			[]string{`"strength":0.99991`}, nil},
		{"events as of", `{ events(filter: {actor: "RUS", asOf: "2022-06-01"}) { totalCount edges { node { date } } } }`,
			[]string{`"totalCount":1`, `"date":"2022-02-28"`}, nil},
		{"events as of with since", `{ events(filter: {actor: "RUS", since: "2022-03-01", asOf: "2022-06-01"}) { totalCount } }`,
			[]string{`"totalCount":0`}, nil},
		{"events between as of", `{ events(filter: {between: ["PRK", "RUS"], asOf: "2022-06-01"}) { totalCount } }`,
			[]string{`"totalCount":1`}, nil},
		{"timeline as of", `{ timeline(actor: "RUS", asOf: "2022-06-01") { start count cooperative } }`,
			[]string{`"timeline":[{"cooperative":1,"count":1,"start":"2022-02-01"}]`}, nil},
		{"neighborhood as of", `{ neighborhood(actor: "RUS", asOf: "2022-06-01") { nodes { id } edges { source target relation weight } } }`,
			[]string{`"nodes":[{"id":"RUS"},{"id":"PRK"}]`, `"edges":[{"relation":"ally","source":"PRK","target":"RUS","weight":1}]`}, nil},
		{"neighborhood until", `{ neighborhood(actor: "RUS", until: "2022-06-01") { nodes { id } } }`,
			[]string{`"nodes":[{"id":"RUS"},{"id":"PRK"}]`}, nil},
		{"path as of", `{ path(from: "PRK", to: "RUS", asOf: "2022-06-01") { length hops { kind evidence { sentence } } } }`,
			[]string{`"length":1`, early}, []string{"paling vocal", "mengungkapkan"}},
		{"path as of before the facts", `{ path(from: "PRK", to: "wagner-group", asOf: "2022-06-01") { length } }`,
			[]string{`"path":null`}, nil},
		{"path of all time", `{ path(from: "PRK", to: "wagner-group") { length } }`,
			[]string{`"length":`}, []string{`"path":null`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := f.do(t, tt.query, nil, false)
			if len(res.Errors) > 0 {
				t.Fatalf("errors: %+v", res.Errors)
			}
			if res.statements != 1 {
				t.Errorf("%d statements, want 1", res.statements)
			}
			b, _ := json.Marshal(res.Data)
			got := string(b)
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("answer lacks %s:\n%s", w, got)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(got, w) {
					t.Errorf("answer has %s:\n%s", w, got)
				}
			}
		})
	}
}
