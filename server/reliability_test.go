package server_test

import (
	"strings"
	"testing"
)

// TestHostileQueriesOnNeo4j: what reaches storage with hostile input
// answers with a clear, short user error (issue #10): search text the
// full-text index cannot parse was INTERNAL_SERVER_ERROR, and a 100 KB
// cursor gave a 100 KB error message.
func TestHostileQueriesOnNeo4j(t *testing.T) {
	srv, _ := newServer(t)
	huge := strings.Repeat("QUFB", 25_000) // 100 KB of base64
	tests := []struct {
		name, query string
		vars        map[string]any
		wantCode    string
		wantMsg     string
	}{
		{"search text of operators only", `{ search(text: "AND OR NOT") { kind } }`, nil, "BAD_USER_INPUT", "not a valid full-text query"},
		{"search text of one operator", `{ search(text: "NOT") { kind } }`, nil, "BAD_USER_INPUT", "not a valid full-text query"},
		// In variables: the query text itself is limited to 64 KiB.
		{"100 KB cursor", `query Q($c: String) { actors(after: $c) { totalCount } }`, map[string]any{"c": huge}, "BAD_USER_INPUT", "is not a cursor from this API"},
		{"100 KB actor name", `query Q($a: String!) { allies(of: $a) { actor { id } } }`, map[string]any{"a": huge}, "NOT_FOUND", "no actor has the ID or name"},
		{"100 KB value of the wrong type", `query Q($n: Int) { actors(first: $n) { totalCount } }`, map[string]any{"n": huge}, "BAD_USER_INPUT", "got invalid value"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := postQuery(t, srv, appJSON, map[string]any{"query": tt.query, "variables": tt.vars})
			if x.status != 200 || len(x.errors) == 0 {
				t.Fatalf("got %d %.300s", x.status, x.body)
			}
			if x.code() != tt.wantCode || !strings.Contains(x.message(), tt.wantMsg) {
				t.Errorf("got %s %q, want %s %q", x.code(), x.message(), tt.wantCode, tt.wantMsg)
			}
			if len(x.body) > 1000 {
				t.Errorf("the answer is %d bytes long: %.200s…", len(x.body), x.body)
			}
		})
	}
	// Searching for words still works.
	if status, res := post(t, srv, `{ search(text: "wagner") { kind } }`); status != 200 || len(res.Errors) > 0 {
		t.Errorf("search after the hostile ones: %d %+v", status, res.Errors)
	}
}
