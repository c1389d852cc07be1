package server_test

import (
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/geokg/kg/server"
)

// validations reads kg_graphql_validations_total from /metrics: how many
// documents graphql-go has validated.
func validations(t *testing.T, url string) int {
	t.Helper()
	res, err := http.Get(url + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	m := regexp.MustCompile(`(?m)^kg_graphql_validations_total (\d+)`).FindSubmatch(body)
	if m == nil {
		t.Fatalf("/metrics has no kg_graphql_validations_total")
	}
	n, _ := strconv.Atoi(string(m[1]))
	return n
}

// TestHostileDocuments: documents made to crash, wedge or tire the server
// are refused with a clear code before graphql-go validates them. Before
// issue #10, the first three killed the process (graphql-go's
// OverlappingFieldsCanBeMerged rule recursed until the stack overflowed)
// and the repeated fields cost about a second of CPU each.
func TestHostileDocuments(t *testing.T) {
	srv, _, _ := newUnitServer(t, server.Config{Metrics: true})
	var deep, aliases, chain strings.Builder
	deep.WriteString("{ items { ")
	for range 400 {
		deep.WriteString("parent { ")
	}
	deep.WriteString("id" + strings.Repeat(" }", 401) + " }")
	aliases.WriteString("{ items { ")
	for i := range 400 {
		fmt.Fprintf(&aliases, "a%d: id ", i)
	}
	aliases.WriteString("} }")
	chain.WriteString("{ items { ...F0 } }\n")
	for i := range 60 {
		fmt.Fprintf(&chain, "fragment F%d on Item { ...F%d ...F%d }\n", i, i+1, i+1)
	}
	chain.WriteString("fragment F60 on Item { id }\n")
	tests := []struct {
		name, query string
		wantCode    string
		wantMsg     string
	}{
		{"fragment spreads itself in its own selection", "{ items { ...S } } fragment S on Item { id ...S }", "GRAPHQL_VALIDATION_FAILED", "fragment cycle: S → S"},
		{"issue #10's 63-byte query, on this schema", "{ page { ...S } } fragment S on Page { total ...S }", "GRAPHQL_VALIDATION_FAILED", "fragment cycle: S → S"},
		{"two fragments spread each other", "{ items { ...A } } fragment A on Item { id ...B } fragment B on Item { name ...A }", "GRAPHQL_VALIDATION_FAILED", "fragment cycle: A → B → A"},
		{"cycle through an inline fragment", "{ items { ...A } } fragment A on Item { ... on Item { id ...A } }", "GRAPHQL_VALIDATION_FAILED", "fragment cycle: A → A"},
		{"cycle through a nested field", "{ items { ...A } } fragment A on Item { parent { ...A } }", "GRAPHQL_VALIDATION_FAILED", "fragment cycle: A → A"},
		{"cycle of three in an unused fragment", "{ items { id } } fragment A on Item { ...B } fragment B on Item { ...C } fragment C on Item { id ...A }", "GRAPHQL_VALIDATION_FAILED", "fragment cycle: A → B → C → A"},
		{"8,000 repeated fields (56 KB)", "{ page { " + strings.Repeat("total ", 8000) + "} }", "QUERY_TOO_COMPLEX", "more than 4000 tokens"},
		{"1,000 repeated fields", "{ page { " + strings.Repeat("total ", 1000) + "} }", "QUERY_TOO_COMPLEX", "the document has 1001 selections"},
		{"too many tokens", "{ hello(name: \"x\") " + strings.Repeat("@skip(if: false) ", 1000) + "}", "QUERY_TOO_COMPLEX", "more than 4000 tokens"},
		{"400 levels of nesting", deep.String(), "QUERY_TOO_COMPLEX", "query depth 402 exceeds the limit of 10"},
		{"400 aliases", aliases.String(), "QUERY_TOO_COMPLEX", "query alias count 400 exceeds the limit of 30"},
		{"2^60 expansions of one fragment", chain.String(), "QUERY_TOO_COMPLEX", "query cost 2147483647"}, // each fragment is measured once
		// Before the guard: 80 s of CPU in ArgumentsOfCorrectType, and an answer echoing the value.
		{"1,500 nested list values", "{ hello(name: " + strings.Repeat("[", 1500) + strings.Repeat("]", 1500) + ") }", "QUERY_TOO_COMPLEX", "nests lists or objects 17 deep"},
		{"nested object values", "{ hello(name: " + strings.Repeat("{a: ", 40) + "1" + strings.Repeat("}", 40) + ") }", "QUERY_TOO_COMPLEX", "nests lists or objects 17 deep"},
		{"nested directive argument", "{ hello @skip(if: " + strings.Repeat("[", 40) + strings.Repeat("]", 40) + ") }", "QUERY_TOO_COMPLEX", "nests lists or objects 17 deep"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := validations(t, srv.URL)
			x := postQuery(t, srv, gqlResp, map[string]any{"query": tt.query})
			if tt.wantCode == "" {
				if x.status != 200 {
					t.Fatalf("got %d %.300s", x.status, x.body)
				}
				return
			}
			if x.status != 400 || x.code() != tt.wantCode || !strings.Contains(x.message(), tt.wantMsg) || x.hasData {
				t.Fatalf("got %d %q %q, want 400 %s %q", x.status, x.code(), x.message(), tt.wantCode, tt.wantMsg)
			}
			if after := validations(t, srv.URL); after != before {
				t.Errorf("graphql-go validated the document (%d validations); the guard must refuse it first", after-before)
			}
			if len(x.body) > 2000 {
				t.Errorf("the answer is %d bytes long: %.200s", len(x.body), x.body)
			}
		})
	}
	// The server still answers.
	if x := postQuery(t, srv, gqlResp, map[string]any{"query": "{ hello }"}); x.status != 200 {
		t.Fatalf("after the hostile documents: %d %s", x.status, x.body)
	}
}
