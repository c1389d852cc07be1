package server

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"math"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/graphql-go/graphql"
)

func TestNegotiate(t *testing.T) {
	tests := []struct {
		accept []string
		want   string
	}{
		{nil, mediaJSON},
		{[]string{""}, mediaJSON},
		{[]string{"application/graphql-response+json"}, mediaGraphQLResponse},
		{[]string{"application/json"}, mediaJSON},
		{[]string{"*/*"}, mediaJSON},
		{[]string{"application/*"}, mediaJSON},
		{[]string{"application/json, application/graphql-response+json"}, mediaGraphQLResponse},
		{[]string{"application/json", "application/graphql-response+json"}, mediaGraphQLResponse}, // two header lines
		{[]string{"application/graphql-response+json;q=0.9, application/json"}, mediaJSON},
		{[]string{"application/graphql-response+json, application/json;q=0.9"}, mediaGraphQLResponse},
		{[]string{"application/graphql-response+json;q=0"}, ""},
		{[]string{"application/graphql-response+json;q=0, */*"}, mediaJSON},
		{[]string{"application/json;q=0, */*"}, mediaGraphQLResponse},
		{[]string{"APPLICATION/JSON"}, mediaJSON},
		{[]string{"application/json;q=2"}, ""}, // invalid q: range ignored
		{[]string{"application/json;q=x"}, ""},
		{[]string{"text/html, image/png"}, ""},
		{[]string{"garbage;;;"}, ""},
		{[]string{"application/json; charset=utf-8"}, mediaJSON},
		{[]string{"application/json; charset=UTF-16"}, ""},
	}
	for _, tt := range tests {
		h := http.Header{}
		for _, a := range tt.accept {
			h.Add("Accept", a)
		}
		if got := negotiate(h); got != tt.want {
			t.Errorf("Accept %q: %q, want %q", tt.accept, got, tt.want)
		}
	}
}

func TestToken68(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"abc", true},
		{"a-b._~+/c==", true},
		{"czNjcmV0LWtleQ==", true},
		{"", false},
		{"==", false},
		{"a b", false},
		{"a=b", false},
		{"ключ", false},
		{strings.Repeat("a", 4097), false},
	}
	for _, tt := range tests {
		if got := isToken68(tt.s); got != tt.want {
			t.Errorf("isToken68(%q) = %v", tt.s, got)
		}
	}
}

func TestRecoverPanics(t *testing.T) {
	var logs bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&logs, nil))
	h := withRequestID(log, recoverPanics(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Leak", "1")
		panic("secret detail: bolt://10.0.0.7:7687")
	})))
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodGet, "/x", nil)
	req.Header.Set("X-Request-Id", "panic-1")
	h.ServeHTTP(rec, req)
	if rec.Code != 500 || rec.Header().Get("X-Leak") != "" || rec.Header().Get("X-Request-Id") != "panic-1" {
		t.Errorf("%d %v", rec.Code, rec.Header())
	}
	var body response
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || len(body.Errors) != 1 || body.Errors[0].Message != "internal error" {
		t.Errorf("body %s", rec.Body)
	}
	if strings.Contains(rec.Body.String(), "10.0.0.7") {
		t.Errorf("body leaks the panic: %s", rec.Body)
	}
	if l := logs.String(); !strings.Contains(l, `"request_id":"panic-1"`) || !strings.Contains(l, "10.0.0.7") || !strings.Contains(l, "goroutine") {
		t.Errorf("log lacks the request id, panic or stack: %s", l)
	}

	// http.ErrAbortHandler is net/http's to handle.
	abort := recoverPanics(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { panic(http.ErrAbortHandler) }))
	defer func() {
		if p := recover(); p != http.ErrAbortHandler {
			t.Errorf("recovered %v, want http.ErrAbortHandler", p)
		}
	}()
	abort.ServeHTTP(httptest.NewRecorder(), req)
}

func TestDocumentCache(t *testing.T) {
	query := graphql.NewObject(graphql.ObjectConfig{Name: "Query", Fields: graphql.Fields{
		"a": {Type: graphql.String},
	}})
	s, err := graphql.NewSchema(graphql.SchemaConfig{Query: query})
	if err != nil {
		t.Fatal(err)
	}
	var hits, misses int
	d := newDocuments(&s, 2, limits{depth: -1, aliases: -1, rootFields: 1, cost: -1, tokens: -1, fields: -1}, true, func(hit bool) {
		if hit {
			hits++
		} else {
			misses++
		}
	})
	steps := []struct {
		query             string
		wantParse, wantOK bool
		wantLen           int
	}{
		{"{ a }", true, true, 1},
		{"{ a }", true, true, 1},  // hit
		{"{ b }", true, false, 1}, // invalid: not cached
		{"{ a", false, false, 1},  // syntax error: not cached
		{"{ __typename }", true, true, 2},
		{"{ x: a }", true, true, 2},    // evicts "{ a }"
		{"{ a b: a }", true, false, 2}, // over the root field limit: not cached
		{"{ a " + strings.Repeat(" ", maxCachedQueryBytes) + "}", true, true, 2}, // too big to cache
	}
	for i, st := range steps {
		doc, invalid, parseErr := d.get(st.query, nil)
		if (parseErr == nil) != st.wantParse || (parseErr == nil && doc == nil) {
			t.Fatalf("step %d: parse error %v", i, parseErr)
		}
		if st.wantParse && (len(invalid) == 0) != st.wantOK {
			t.Errorf("step %d: validation errors %v", i, invalid)
		}
		if d.cache.Len() != st.wantLen {
			t.Errorf("step %d: cache holds %d, want %d", i, d.cache.Len(), st.wantLen)
		}
	}
	if hits != 1 || misses != len(steps)-1 {
		t.Errorf("hits %d misses %d", hits, misses)
	}
	if d.cache.Contains("{ a }") {
		t.Error("the least recently used document was not evicted")
	}
}

// TestEncodeLikeJSONEncoder: the response writer copies Raw answers as they
// are and must otherwise write what json.Encoder writes, byte for byte.
func TestEncodeLikeJSONEncoder(t *testing.T) {
	raw := json.RawMessage(`{"a":"x \u003cb\u003e","n":[1,2.5,null]}`)
	errs := []gqlError{{Message: "no actor <x> & co", Path: []any{"b", 0}, Extensions: map[string]any{"code": "NOT_FOUND"}}}
	for _, tc := range []struct {
		name string
		body response
	}{
		{"raw answers", response{Data: map[string]any{"b": raw, "a": raw}}},
		{"raw and plain answers with errors", response{Errors: errs, Data: map[string]any{"z": raw, "y": nil, "x": map[string]any{"s": "<&>", "f": 1e21}, "w": json.RawMessage(nil)}}},
		{"no data", response{Errors: errs}},
		{"null data", response{Errors: errs, Data: nullData()}},
		{"nil map", response{Data: map[string]any(nil)}},
		{"empty map", response{Data: map[string]any{}}},
		// A query's whole answer, as the schema writes it: copied as it
		// is, keys in the query's order.
		{"raw data in query order", response{Data: json.RawMessage(`{"z":1,"a":{"y":"\u003c","b":[true,null]}}`)}},
		{"raw data with errors", response{Errors: errs, Data: json.RawMessage(`{"b":null,"a":1}`)}},
	} {
		var got, want bytes.Buffer
		if err := encode(&got, tc.body); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if err := json.NewEncoder(&want).Encode(tc.body); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if got.String() != want.String() {
			t.Errorf("%s:\n got %s\nwant %s", tc.name, got.String(), want.String())
		}
	}
	// A value JSON cannot hold fails as it does with json.Encoder.
	if err := encode(&bytes.Buffer{}, response{Data: map[string]any{"x": math.Inf(1)}}); err == nil {
		t.Error("encoding +Inf: no error")
	}
}

func TestExcerpt(t *testing.T) {
	long := strings.Repeat("x", 100_000)
	tests := []struct{ name, in, want string }{
		{"short", `no actor has the ID or name "Rusia"`, `no actor has the ID or name "Rusia"`},
		{"long quoted", `after: "` + long + `" is not a cursor from this API`, `after: "` + strings.Repeat("x", 32) + `…" is not a cursor from this API`},
		{"escaped quote inside", `name "a\"` + strings.Repeat("b", 60) + `" end`, `name "a\"` + strings.Repeat("b", 29) + `…" end`},
		{"unquoted and long", "value " + long, "value " + strings.Repeat("x", maxMessageBytes-4-6) + "…"},
		{"multi-byte", `"` + strings.Repeat("é", 40) + `"`, `"` + strings.Repeat("é", 16) + `…"`},
		{"Go map value", "Variable \"$n\" got invalid value {\"a\":1}.\nExpected type \"Int\", found \"map[a:1]\".", "Variable \"$n\" got invalid value {\"a\":1}.\nExpected type \"Int\", found an object."},
		{"Go slice value", "Expected type \"Int\", found \"[1 map[b:2]]\".", "Expected type \"Int\", found a list."},
		{"no trailing backslash", `"` + strings.Repeat("a", 31) + `\n` + strings.Repeat("a", 20) + `"`, `"` + strings.Repeat("a", 31) + `…"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := excerpt(tt.in)
			if got != tt.want {
				t.Errorf("excerpt = %.120q…, want %.120q…", got, tt.want)
			}
			if len(got) > maxMessageBytes || !utf8.ValidString(got) {
				t.Errorf("excerpt is %d bytes or not UTF-8", len(got))
			}
		})
	}
}

// The server validates with every rule graphql-go specifies, one of them
// mended: the list must grow when graphql-go's does.
func TestSpecifiedRules(t *testing.T) {
	if got, want := len(specifiedRules()), len(graphql.SpecifiedRules); got != want {
		t.Errorf("%d validation rules, graphql-go specifies %d", got, want)
	}
}
