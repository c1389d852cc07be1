package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/graphql-go/graphql"

	"github.com/geokg/kg/schema"
	"github.com/geokg/kg/server"
)

// testSchema is a tiny schema that exercises the HTTP layer without
// storage: user errors, internal errors, panics, a resolver that blocks
// until its context ends, lists with size arguments, and a mutation.
type testSchema struct {
	schema *schema.Schema
	// slowDone is closed when the slow resolver sees its context end.
	slowDone chan struct{}
	once     sync.Once
}

type codedErr struct{ code, msg string }

func (e *codedErr) Error() string              { return e.msg }
func (e *codedErr) Extensions() map[string]any { return map[string]any{"code": e.code} }

type hidingErr struct{ cause error }

func (e *hidingErr) Error() string { return "internal error" }
func (e *hidingErr) Unwrap() error { return e.cause }
func (e *hidingErr) Extensions() map[string]any {
	return map[string]any{"code": "INTERNAL_SERVER_ERROR"}
}

func newTestSchema(t *testing.T) *testSchema {
	t.Helper()
	ts := &testSchema{slowDone: make(chan struct{})}
	var item *graphql.Object
	item = graphql.NewObject(graphql.ObjectConfig{Name: "Item", Fields: graphql.FieldsThunk(func() graphql.Fields {
		return graphql.Fields{
			"id":   {Type: graphql.Int},
			"name": {Type: graphql.String},
			"children": {
				Type: graphql.NewList(item),
				Args: graphql.FieldConfigArgument{"limit": {Type: graphql.Int}},
				Resolve: func(p graphql.ResolveParams) (any, error) {
					return []map[string]any{{"id": 1, "name": "child"}}, nil
				},
			},
			"parent": {Type: item, Resolve: func(p graphql.ResolveParams) (any, error) {
				return map[string]any{"id": 0, "name": "parent"}, nil
			}},
		}
	})})
	page := graphql.NewObject(graphql.ObjectConfig{Name: "Page", Fields: graphql.Fields{
		"total": {Type: graphql.Int},
		"nodes": {Type: graphql.NewList(item)},
	}})
	query := graphql.NewObject(graphql.ObjectConfig{Name: "Query", Fields: graphql.Fields{
		"page": {
			Type: page,
			Args: graphql.FieldConfigArgument{"first": {Type: graphql.Int, DefaultValue: 20}},
			Resolve: func(p graphql.ResolveParams) (any, error) {
				return map[string]any{"total": 1, "nodes": []map[string]any{{"id": 1}}}, nil
			},
		},
		"hello": {
			Type: graphql.String,
			Args: graphql.FieldConfigArgument{"name": {Type: graphql.String, DefaultValue: "world"}},
			Resolve: func(p graphql.ResolveParams) (any, error) {
				return "hello " + p.Args["name"].(string), nil
			},
		},
		"notFound": {Type: graphql.String, Resolve: func(p graphql.ResolveParams) (any, error) {
			return nil, fmt.Errorf("looking it up: %w", &codedErr{"NOT_FOUND", "no actor has the ID \"XXX\""})
		}},
		"storageFails": {Type: graphql.String, Resolve: func(p graphql.ResolveParams) (any, error) {
			return nil, errors.New("Neo4jError: Neo.ClientError.Statement.SyntaxError (MATCH (a:Actor {id: $id}) RETURN a) at bolt://10.0.0.7:7687")
		}},
		"hiddenCause": {Type: graphql.String, Resolve: func(p graphql.ResolveParams) (any, error) {
			// As the schema package hides a storage failure: a coded
			// "internal error" wrapping the cause.
			return nil, &hidingErr{cause: errors.New("disk full at 10.0.0.7")}
		}},
		"panics": {Type: graphql.String, Resolve: func(p graphql.ResolveParams) (any, error) {
			panic("runtime detail at 10.0.0.7")
		}},
		"required": {Type: graphql.NewNonNull(graphql.String), Resolve: func(p graphql.ResolveParams) (any, error) {
			return nil, &codedErr{"NOT_FOUND", "nothing here"}
		}},
		"slow": {Type: graphql.String, Resolve: func(p graphql.ResolveParams) (any, error) {
			<-p.Context.Done()
			ts.once.Do(func() { close(ts.slowDone) })
			return nil, p.Context.Err()
		}},
		"authenticated": {Type: graphql.Boolean, Resolve: func(p graphql.ResolveParams) (any, error) {
			return schema.Authenticated(p.Context), nil
		}},
		"items": {
			Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(item))),
			Args: graphql.FieldConfigArgument{"first": {Type: graphql.Int, DefaultValue: 5}},
			Resolve: func(p graphql.ResolveParams) (any, error) {
				return []map[string]any{{"id": 1, "name": "one"}}, nil
			},
		},
	}})
	mutation := graphql.NewObject(graphql.ObjectConfig{Name: "Mutation", Fields: graphql.Fields{
		"rename": {
			Type: graphql.String,
			Args: graphql.FieldConfigArgument{"name": {Type: graphql.NewNonNull(graphql.String)}},
			Resolve: func(p graphql.ResolveParams) (any, error) {
				if !schema.Authenticated(p.Context) {
					return nil, &codedErr{"UNAUTHENTICATED", "renaming needs an API key"}
				}
				return p.Args["name"], nil
			},
		},
	}})
	s, err := graphql.NewSchema(graphql.SchemaConfig{Query: query, Mutation: mutation})
	if err != nil {
		t.Fatal(err)
	}
	// The schema's per-field costs: which arguments size its lists.
	ts.schema = schema.Wrap(s, schema.Sizes{"Query.items": {"first"}, "Query.page": {"first"}, "Item.children": {"limit"}})
	return ts
}

type pinger struct{}

func (pinger) Ping(context.Context) error { return nil }

// logBuffer collects the server's log lines.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *logBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *logBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func newUnitServer(t *testing.T, cfg server.Config) (*httptest.Server, *testSchema, *logBuffer) {
	t.Helper()
	ts := newTestSchema(t)
	logs := &logBuffer{}
	log := slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	srv := httptest.NewServer(server.New(cfg, ts.schema, pinger{}, log))
	t.Cleanup(srv.Close)
	return srv, ts, logs
}

type exchange struct {
	status int
	header http.Header
	body   []byte
	// decoded GraphQL response; hasData says whether "data" was present
	hasData bool
	data    json.RawMessage
	errors  []struct {
		Message    string         `json:"message"`
		Path       []any          `json:"path"`
		Extensions map[string]any `json:"extensions"`
	}
}

func (x exchange) code() string {
	if len(x.errors) == 0 {
		return ""
	}
	c, _ := x.errors[0].Extensions["code"].(string)
	return c
}

func (x exchange) message() string {
	if len(x.errors) == 0 {
		return ""
	}
	return x.errors[0].Message
}

func do(t *testing.T, req *http.Request) exchange {
	t.Helper()
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	x := exchange{status: res.StatusCode, header: res.Header, body: body}
	if req.Method != http.MethodHead && strings.Contains(res.Header.Get("Content-Type"), "json") {
		var raw map[string]json.RawMessage
		if err := json.Unmarshal(body, &raw); err != nil {
			t.Fatalf("response is not a JSON object: %v: %s", err, body)
		}
		x.data, x.hasData = raw["data"]
		if e, ok := raw["errors"]; ok {
			if err := json.Unmarshal(e, &x.errors); err != nil {
				t.Fatalf("errors: %v: %s", err, body)
			}
		}
	}
	return x
}

func postRaw(t *testing.T, srv *httptest.Server, ctype, accept, body string) exchange {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, srv.URL+"/graphql", strings.NewReader(body))
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	return do(t, req)
}

func postQuery(t *testing.T, srv *httptest.Server, accept string, params map[string]any) exchange {
	t.Helper()
	b, err := json.Marshal(params)
	if err != nil {
		t.Fatal(err)
	}
	return postRaw(t, srv, "application/json", accept, string(b))
}

func get(t *testing.T, srv *httptest.Server, accept string, params url.Values) exchange {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, srv.URL+"/graphql?"+params.Encode(), nil)
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	return do(t, req)
}

const (
	gqlResp = "application/graphql-response+json"
	appJSON = "application/json"
)

func TestMediaTypes(t *testing.T) {
	srv, _, _ := newUnitServer(t, server.Config{})
	body := `{"query":"{ hello }"}`
	tests := []struct {
		name, ctype, accept string
		wantStatus          int
		wantMedia           string
	}{
		{"graphql-response+json", appJSON, gqlResp, 200, gqlResp},
		{"json", appJSON, appJSON, 200, appJSON},
		{"no Accept: json (legacy clients)", appJSON, "", 200, appJSON},
		{"*/*: json", appJSON, "*/*", 200, appJSON},
		{"application/*: json", appJSON, "application/*", 200, appJSON},
		{"both: graphql-response+json", appJSON, gqlResp + ", " + appJSON, 200, gqlResp},
		{"recommended client header", appJSON, gqlResp + "; charset=utf-8, " + appJSON + "; charset=utf-8", 200, gqlResp},
		{"json preferred by q", appJSON, gqlResp + ";q=0.5, " + appJSON, 200, appJSON},
		{"browser", appJSON, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", 200, appJSON},
		{"json refused, wildcard left", appJSON, appJSON + ";q=0, */*", 200, gqlResp},
		{"nothing acceptable", appJSON, "text/html", 406, appJSON},
		{"json refused", appJSON, appJSON + ";q=0", 406, appJSON},
		{"other charset only", appJSON, appJSON + "; charset=iso-8859-1", 406, appJSON},
		{"request charset utf-8", appJSON + "; charset=UTF-8", appJSON, 200, appJSON},
		{"request charset latin-1", appJSON + "; charset=iso-8859-1", appJSON, 415, appJSON},
		{"no Content-Type", "", gqlResp, 415, gqlResp},
		{"text/plain", "text/plain", gqlResp, 415, gqlResp},
		{"graphql-response+json is not a request type", gqlResp, gqlResp, 415, gqlResp},
		{"form", "application/x-www-form-urlencoded", appJSON, 415, appJSON},
		{"malformed Content-Type", "application/json; charset", appJSON, 415, appJSON},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := postRaw(t, srv, tt.ctype, tt.accept, body)
			if x.status != tt.wantStatus {
				t.Errorf("status %d, want %d: %s", x.status, tt.wantStatus, x.body)
			}
			if ct := x.header.Get("Content-Type"); ct != tt.wantMedia+"; charset=utf-8" {
				t.Errorf("Content-Type %q, want %s; charset=utf-8", ct, tt.wantMedia)
			}
			if tt.wantStatus == 200 && string(x.data) != `{"hello":"hello world"}` {
				t.Errorf("data %s", x.data)
			}
			if tt.wantStatus != 200 && (x.hasData || x.code() == "") {
				t.Errorf("an HTTP error needs errors with a code and no data: %s", x.body)
			}
			if !strings.Contains(x.header.Get("Vary"), "Accept") {
				t.Errorf("Vary = %q, want Accept", x.header.Get("Vary"))
			}
		})
	}
}

func TestMalformedRequests(t *testing.T) {
	srv, _, _ := newUnitServer(t, server.Config{MaxBodyBytes: 1 << 10})
	tests := []struct {
		name, body string
		wantStatus int
		wantCode   string
	}{
		{"not JSON", `{ "not a JSON`, 400, "BAD_REQUEST"},
		{"empty body", ``, 400, "BAD_REQUEST"},
		{"JSON array", `[{"query":"{ hello }"}]`, 400, "BAD_REQUEST"},
		{"JSON null", `null`, 400, "BAD_REQUEST"},
		{"trailing garbage", `{"query":"{ hello }"} x`, 400, "BAD_REQUEST"},
		{"no query", `{"qeury":"{ hello }"}`, 400, "BAD_REQUEST"},
		{"QUERY is not query", `{"QUERY":"{ hello }"}`, 400, "BAD_REQUEST"},
		{"null query", `{"query":null}`, 400, "BAD_REQUEST"},
		{"blank query", `{"query":"  "}`, 400, "BAD_REQUEST"},
		{"query is a number", `{"query":0}`, 400, "BAD_REQUEST"},
		{"query is an object", `{"query":{"obj":"ect"}}`, 400, "BAD_REQUEST"},
		{"query is false", `{"query":false}`, 400, "BAD_REQUEST"},
		{"query is an array", `{"query":["{ hello }"]}`, 400, "BAD_REQUEST"},
		{"operationName is a number", `{"query":"{ hello }","operationName":0}`, 400, "BAD_REQUEST"},
		{"operationName is an object", `{"query":"{ hello }","operationName":{}}`, 400, "BAD_REQUEST"},
		{"variables is a string", `{"query":"{ hello }","variables":"{}"}`, 400, "BAD_REQUEST"},
		{"variables is an array", `{"query":"{ hello }","variables":[7]}`, 400, "BAD_REQUEST"},
		{"variables is false", `{"query":"{ hello }","variables":false}`, 400, "BAD_REQUEST"},
		{"extensions is a number", `{"query":"{ hello }","extensions":0}`, 400, "BAD_REQUEST"},
		{"extensions is an array", `{"query":"{ hello }","extensions":["array"]}`, 400, "BAD_REQUEST"},
		{"body too large", `{"query":"{ hello }","extensions":{"pad":"` + strings.Repeat("x", 2<<10) + `"}}`, 413, "PAYLOAD_TOO_LARGE"},
		{"null parameters", `{"query":"{ hello }","operationName":null,"variables":null,"extensions":null}`, 200, ""},
		{"extensions object", `{"query":"{ hello }","extensions":{"some":"value"}}`, 200, ""},
		{"unknown parameters are ignored", `{"query":"{ hello }","future":1}`, 200, ""},
	}
	for _, tt := range tests {
		for _, accept := range []string{gqlResp, appJSON} {
			t.Run(tt.name+" "+accept, func(t *testing.T) {
				x := postRaw(t, srv, appJSON, accept, tt.body)
				if x.status != tt.wantStatus || x.code() != tt.wantCode {
					t.Errorf("got %d %q, want %d %q: %s", x.status, x.code(), tt.wantStatus, tt.wantCode, x.body)
				}
				if tt.wantStatus != 200 && x.hasData {
					t.Errorf("data in a rejected request: %s", x.body)
				}
			})
		}
	}
}

func TestMethods(t *testing.T) {
	srv, _, _ := newUnitServer(t, server.Config{})
	for _, m := range []string{http.MethodPut, http.MethodDelete, http.MethodPatch, http.MethodHead, http.MethodOptions} {
		t.Run(m, func(t *testing.T) {
			req, _ := http.NewRequest(m, srv.URL+"/graphql?query=%7Bhello%7D", strings.NewReader(`{"query":"{ hello }"}`))
			req.Header.Set("Content-Type", appJSON)
			x := do(t, req)
			if x.status != 405 || x.header.Get("Allow") != "GET, POST" {
				t.Errorf("%s: %d Allow %q", m, x.status, x.header.Get("Allow"))
			}
		})
	}
}

func TestGET(t *testing.T) {
	srv, _, _ := newUnitServer(t, server.Config{})
	q := func(kv ...string) url.Values {
		v := url.Values{}
		for i := 0; i < len(kv); i += 2 {
			v.Set(kv[i], kv[i+1])
		}
		return v
	}
	tests := []struct {
		name       string
		accept     string
		params     url.Values
		wantStatus int
		wantCode   string
		wantData   string
		wantAllow  string
	}{
		{"query", "", q("query", "{ hello }"), 200, "", `{"hello":"hello world"}`, ""},
		{"variables", gqlResp, q("query", "query Q($n: String) { hello(name: $n) }", "variables", `{"n":"GET"}`), 200, "", `{"hello":"hello GET"}`, ""},
		{"operationName", gqlResp, q("query", "query A { a: hello } query B { b: hello }", "operationName", "B"), 200, "", `{"b":"hello world"}`, ""},
		{"empty operationName is none", appJSON, q("query", "{ hello }", "operationName", ""), 200, "", `{"hello":"hello world"}`, ""},
		{"extensions", appJSON, q("query", "{ hello }", "extensions", `{"a":1}`), 200, "", `{"hello":"hello world"}`, ""},
		{"variables not JSON", appJSON, q("query", "{ hello }", "variables", `{nope`), 400, "BAD_REQUEST", "", ""},
		{"variables an array", appJSON, q("query", "{ hello }", "variables", `[1]`), 400, "BAD_REQUEST", "", ""},
		{"extensions a string", appJSON, q("query", "{ hello }", "extensions", `"x"`), 400, "BAD_REQUEST", "", ""},
		{"no query", appJSON, q("operationName", "A"), 400, "BAD_REQUEST", "", ""},
		{"mutation", gqlResp, q("query", `mutation { rename(name: "x") }`), 405, "METHOD_NOT_ALLOWED", "", "POST"},
		{"mutation, json", appJSON, q("query", `mutation { rename(name: "x") }`), 405, "METHOD_NOT_ALLOWED", "", "POST"},
		{"mutation chosen by operationName", gqlResp, q("query", `query Q { hello } mutation M { rename(name: "x") }`, "operationName", "M"), 405, "METHOD_NOT_ALLOWED", "", "POST"},
		{"query chosen beside a mutation", gqlResp, q("query", `query Q { hello } mutation M { rename(name: "x") }`, "operationName", "Q"), 200, "", `{"hello":"hello world"}`, ""},
		{"invalid mutation", gqlResp, q("query", `mutation { nope }`), 405, "METHOD_NOT_ALLOWED", "", "POST"},
		{"subscription", gqlResp, q("query", `subscription { hello }`), 405, "METHOD_NOT_ALLOWED", "", "POST"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := get(t, srv, tt.accept, tt.params)
			if x.status != tt.wantStatus || x.code() != tt.wantCode {
				t.Fatalf("got %d %q, want %d %q: %s", x.status, x.code(), tt.wantStatus, tt.wantCode, x.body)
			}
			if tt.wantData != "" && string(x.data) != tt.wantData {
				t.Errorf("data %s, want %s", x.data, tt.wantData)
			}
			if got := x.header.Get("Allow"); got != tt.wantAllow {
				t.Errorf("Allow %q, want %q", got, tt.wantAllow)
			}
		})
	}
	// A GET mutation must not run.
	srv2, _, _ := newUnitServer(t, server.Config{APIKeys: []string{"k"}})
	req, _ := http.NewRequest(http.MethodGet, srv2.URL+"/graphql?"+q("query", `mutation { rename(name: "x") }`).Encode(), nil)
	req.Header.Set("Authorization", "Bearer k")
	if x := do(t, req); x.status != 405 || x.hasData {
		t.Errorf("GET mutation with a key: %d %s", x.status, x.body)
	}
}

// Request errors (the document does not parse or validate, no operation
// can be chosen, variables do not coerce) never have data: 400 with
// application/graphql-response+json, 200 with application/json.
func TestRequestErrors(t *testing.T) {
	srv, _, _ := newUnitServer(t, server.Config{})
	tests := []struct {
		name     string
		params   map[string]any
		wantCode string
		wantMsg  string
	}{
		{"syntax", map[string]any{"query": "{"}, "GRAPHQL_PARSE_FAILED", "Syntax Error"},
		{"unknown field", map[string]any{"query": "{ nope }"}, "GRAPHQL_VALIDATION_FAILED", `Cannot query field "nope"`},
		{"unknown operation", map[string]any{"query": "query A { hello }", "operationName": "B"}, "OPERATION_RESOLUTION_FAILURE", `no operation named "B"`},
		{"which operation", map[string]any{"query": "query A { hello } query B { hello }"}, "OPERATION_RESOLUTION_FAILURE", "operationName must say"},
		{"subscription", map[string]any{"query": "subscription { hello }"}, "OPERATION_RESOLUTION_FAILURE", "does not support subscription operations"},
		{"variable coercion", map[string]any{"query": "query Q($n: Int!) { items(first: $n) { id } }", "variables": map[string]any{"n": "many"}}, "BAD_USER_INPUT", `"$n"`},
		{"null for a non-null variable", map[string]any{"query": "query Q($n: Int!) { items(first: $n) { id } }", "variables": map[string]any{"n": nil}}, "BAD_USER_INPUT", `"$n"`},
		{"missing variable", map[string]any{"query": "query Q($n: String!) { hello(name: $n) }"}, "BAD_USER_INPUT", `"$n"`},
		{"query too large", map[string]any{"query": "{ hello " + strings.Repeat(" ", 70<<10) + "}"}, "QUERY_TOO_LARGE", "more than the limit of 65536"},
	}
	for _, tt := range tests {
		for _, media := range []string{gqlResp, appJSON} {
			t.Run(tt.name+" "+media, func(t *testing.T) {
				x := postQuery(t, srv, media, tt.params)
				want := 200
				if media == gqlResp {
					want = 400
				}
				if x.status != want || x.code() != tt.wantCode || !strings.Contains(x.message(), tt.wantMsg) {
					t.Errorf("got %d %q %q, want %d %q %q", x.status, x.code(), x.message(), want, tt.wantCode, tt.wantMsg)
				}
				if x.hasData {
					t.Errorf("a request error has no data entry: %s", x.body)
				}
			})
		}
	}
}

// Field errors: user errors reach the client as they are; anything else
// becomes "internal error", with the cause in the log under the request id.
func TestFieldErrors(t *testing.T) {
	srv, _, logs := newUnitServer(t, server.Config{})
	tests := []struct {
		name, query, wantData, wantCode, wantMsg, wantLog string
	}{
		{"user error, wrapped", "{ hello notFound }", `{"hello":"hello world","notFound":null}`, "NOT_FOUND", `no actor has the ID "XXX"`, ""},
		{"storage error", "{ storageFails }", `{"storageFails":null}`, "INTERNAL_SERVER_ERROR", "internal error", "Neo.ClientError.Statement.SyntaxError"},
		{"internal error hiding its cause", "{ hiddenCause }", `{"hiddenCause":null}`, "INTERNAL_SERVER_ERROR", "internal error", "disk full at 10.0.0.7"},
		{"panic", "{ panics }", `{"panics":null}`, "INTERNAL_SERVER_ERROR", "internal error", "runtime detail"},
		{"non-null root field", "{ required }", `null`, "NOT_FOUND", "nothing here", ""},
	}
	for _, tt := range tests {
		for _, media := range []string{gqlResp, appJSON} {
			t.Run(tt.name+" "+media, func(t *testing.T) {
				req, _ := http.NewRequest(http.MethodPost, srv.URL+"/graphql", strings.NewReader(`{"query":`+quote(tt.query)+`}`))
				req.Header.Set("Content-Type", appJSON)
				req.Header.Set("Accept", media)
				req.Header.Set("X-Request-Id", "req-"+strings.ReplaceAll(tt.name, " ", "-"))
				x := do(t, req)
				if x.status != 200 || !x.hasData || string(x.data) != tt.wantData {
					t.Fatalf("got %d data %s, want 200 %s", x.status, x.data, tt.wantData)
				}
				if x.code() != tt.wantCode || x.message() != tt.wantMsg || len(x.errors[0].Path) == 0 {
					t.Errorf("error %+v, want %q %q with a path", x.errors, tt.wantCode, tt.wantMsg)
				}
				for _, secret := range []string{"MATCH", "bolt://", "10.0.0.7", "Neo4j", "goroutine"} {
					if strings.Contains(string(x.body), secret) {
						t.Errorf("response leaks %q: %s", secret, x.body)
					}
				}
				if tt.wantLog != "" {
					line := logLine(logs.String(), "req-"+strings.ReplaceAll(tt.name, " ", "-"), tt.wantLog)
					if line == "" {
						t.Errorf("no log line with the request id and %q in:\n%s", tt.wantLog, logs)
					}
				}
			})
		}
	}
}

func logLine(logs, requestID, want string) string {
	for _, line := range strings.Split(logs, "\n") {
		if strings.Contains(line, `"request_id":"`+requestID+`"`) && strings.Contains(line, want) {
			return line
		}
	}
	return ""
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func TestLimits(t *testing.T) {
	srv, _, _ := newUnitServer(t, server.Config{Introspection: true})
	deep := func(n int) string { // n levels of fields
		return "{ items { " + strings.Repeat("parent { ", n-2) + "id" + strings.Repeat(" }", n-2) + " } }"
	}
	aliases := func(n int) string {
		var b strings.Builder
		b.WriteString("{ items { ")
		for i := range n {
			fmt.Fprintf(&b, "a%d: id ", i)
		}
		return b.String() + "} }"
	}
	roots := func(n int) string {
		return "{ " + strings.Repeat("__typename ", n) + "}"
	}
	introspection, err := os.ReadFile("testdata/introspection.graphql")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		query     string
		variables map[string]any
		wantMsg   string // "" when the query passes
	}{
		{"depth 10", deep(10), nil, ""},
		{"depth 11", deep(11), nil, "query depth 11 exceeds the limit of 10"},
		{"depth through named fragments", "{ items { ...P } } fragment P on Item { parent { ...Q } } fragment Q on Item { parent { parent { parent { parent { parent { parent { parent { parent { id } } } } } } } } }", nil, "query depth 11 exceeds the limit of 10"},
		{"depth through inline fragments", "{ items { ... on Item { parent { ... { parent { parent { parent { parent { parent { parent { parent { parent { id } } } } } } } } } } } } }", nil, "query depth 11 exceeds the limit of 10"},
		{"30 aliases", aliases(30), nil, ""},
		{"31 aliases", aliases(31), nil, "query alias count 31 exceeds the limit of 30"},
		{"aliases through a fragment spread twice", "{ items { ...A } x: items { ...A } } fragment A on Item { a: id b: id c: id d: id e: id f: id g: id h: id i: id j: id k: id l: id m: id n: id o: id }", nil, "query alias count 31 exceeds the limit of 30"},
		{"10 root fields", roots(10), nil, ""},
		{"11 root fields", roots(11), nil, "query root field count 11 exceeds the limit of 10"},
		{"root fields through a fragment", "{ hello ...R } fragment R on Query { a: hello b: hello c: hello d: hello e: hello f: hello g: hello h: hello i: hello j: hello }", nil, "query root field count 11 exceeds the limit of 10"},
		// items(first: N) { children(limit: M) { id } }: 1 + N × (1 + M × 1)
		{"cost within", "{ items(first: 100) { children(limit: 100) { id } } }", nil, ""},
		{"cost over", "{ items(first: 1000) { children(limit: 100) { id } } }", nil, "query cost 101001 exceeds the limit of 50000"},
		{"cost of default list size", "{ items { children { children { children { children { id } } } } } }", nil, "query cost 55556 exceeds the limit of 50000"},
		{"cost from a variable", "query Q($n: Int) { items(first: $n) { children(limit: 100) { id } } }", map[string]any{"n": 1000}, "query cost 101001 exceeds the limit of 50000"},
		{"cost from a small variable", "query Q($n: Int) { items(first: $n) { children(limit: 100) { id } } }", map[string]any{"n": 2}, ""},
		{"cost from a variable's default", "query Q($n: Int = 1000) { items(first: $n) { children(limit: 100) { id } } }", nil, "query cost 101001 exceeds the limit of 50000"},
		{"cost through fragments", "{ items(first: 1000) { ...C } } fragment C on Item { ... on Item { children(limit: 100) { id } } }", nil, "query cost 101001 exceeds the limit of 50000"},
		// page(first: N) { nodes { … } }: the connection's size applies to its lists
		{"connection within", "{ page(first: 100) { total nodes { children(limit: 100) { id } } } }", nil, ""},
		{"connection over", "{ page(first: 1000) { total nodes { children(limit: 100) { id } } } }", nil, "query cost 101003 exceeds the limit of 50000"},
		{"connection through a fragment", "{ page(first: 1000) { ...P } } fragment P on Page { nodes { children(limit: 100) { id } } }", nil, "query cost 101002 exceeds the limit of 50000"},
		{"cost does not overflow", "{ items(first: 2147483647) { children(limit: 2147483647) { children(limit: 2147483647) { id } } } }", nil, "query cost 2147483647 exceeds the limit of 50000"},
		{"standard introspection query", string(introspection), nil, ""},
		{"introspection nesting", "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }", nil, "introspection query nests 3 list fields"},
		{"introspection nesting through fragments", "{ __type(name: \"Item\") { ...F } } fragment F on __Type { fields { type { interfaces { fields { name } possibleTypes { name } } } } }", nil, "introspection query nests 3 list fields"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := postQuery(t, srv, gqlResp, map[string]any{"query": tt.query, "variables": tt.variables})
			if tt.wantMsg == "" {
				if x.status != 200 || len(x.errors) > 0 {
					t.Fatalf("rejected: %d %s", x.status, x.body)
				}
				return
			}
			if x.status != 400 || x.code() != "QUERY_TOO_COMPLEX" || !strings.Contains(x.message(), tt.wantMsg) || x.hasData {
				t.Fatalf("got %d %q %q, want 400 QUERY_TOO_COMPLEX %q", x.status, x.code(), x.message(), tt.wantMsg)
			}
		})
	}
}

func TestLimitsConfigurable(t *testing.T) {
	query := "{ a: items { parent { id } } b: hello }"
	tests := []struct {
		name    string
		cfg     server.Config
		wantMsg string
	}{
		{"defaults", server.Config{}, ""},
		{"depth", server.Config{MaxDepth: 2}, "query depth 3 exceeds the limit of 2"},
		{"aliases", server.Config{MaxAliases: 1}, "query alias count 2 exceeds the limit of 1"},
		{"root fields", server.Config{MaxRootFields: 1}, "query root field count 2 exceeds the limit of 1"},
		{"cost", server.Config{MaxCost: 10}, "query cost 12 exceeds the limit of 10"},
		{"off", server.Config{MaxDepth: -1, MaxAliases: -1, MaxRootFields: -1, MaxCost: -1}, ""},
		{"query length", server.Config{MaxQueryBytes: 10}, "the query is 39 bytes long, more than the limit of 10"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv, _, _ := newUnitServer(t, tt.cfg)
			x := postQuery(t, srv, gqlResp, map[string]any{"query": query})
			if tt.wantMsg == "" {
				if x.status != 200 || len(x.errors) > 0 {
					t.Fatalf("rejected: %d %s", x.status, x.body)
				}
				return
			}
			if x.status != 400 || x.message() != tt.wantMsg {
				t.Fatalf("got %d %q, want 400 %q", x.status, x.message(), tt.wantMsg)
			}
		})
	}
	// MaxDepth 0 is the default, not zero.
	srv, _, _ := newUnitServer(t, server.Config{MaxDepth: -1})
	deep := "{ items { " + strings.Repeat("parent { ", 30) + "id" + strings.Repeat(" }", 30) + " } }"
	if x := postQuery(t, srv, gqlResp, map[string]any{"query": deep}); x.status != 200 {
		t.Errorf("MaxDepth -1 rejects depth 32: %s", x.body)
	}
}

// Validation rejects fragment cycles, and the limit walks must not loop or
// blow up before it does, nor on fragments spread exponentially often.
func TestFragmentsCannotHang(t *testing.T) {
	srv, _, _ := newUnitServer(t, server.Config{})
	var b strings.Builder
	b.WriteString("{ items { ...F0 } }\n")
	for i := range 40 {
		fmt.Fprintf(&b, "fragment F%d on Item { parent { ...F%d } x%d: parent { ...F%d } }\n", i, i+1, i, i+1)
	}
	b.WriteString("fragment F40 on Item { id }\n")
	tests := []struct{ name, query, wantCode string }{
		{"self cycle", "{ items { ...A } } fragment A on Item { parent { ...A } }", "GRAPHQL_VALIDATION_FAILED"},
		{"mutual cycle", "{ items { ...A } } fragment A on Item { parent { ...B } } fragment B on Item { children { ...A } }", "GRAPHQL_VALIDATION_FAILED"},
		{"2^40 expansions", b.String(), "QUERY_TOO_COMPLEX"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			done := make(chan exchange, 1)
			go func() { done <- postQuery(t, srv, gqlResp, map[string]any{"query": tt.query}) }()
			select {
			case x := <-done:
				if x.status != 400 || x.code() != tt.wantCode {
					t.Errorf("got %d %q, want 400 %s: %.300s", x.status, x.code(), tt.wantCode, x.body)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("no answer in 10s")
			}
		})
	}
}

func TestIntrospectionSwitch(t *testing.T) {
	tests := []struct {
		name, query string
		on          bool
		wantCode    string
	}{
		{"__schema off", "{ __schema { queryType { name } } }", false, "INTROSPECTION_DISABLED"},
		{"__type off", `{ __type(name: "Item") { name } }`, false, "INTROSPECTION_DISABLED"},
		{"__schema in a fragment off", "{ ...S } fragment S on Query { __schema { queryType { name } } }", false, "INTROSPECTION_DISABLED"},
		{"__typename off", "{ __typename items { __typename } }", false, ""},
		{"__schema on", "{ __schema { queryType { name } } }", true, ""},
		{"__type on", `{ __type(name: "Item") { name } }`, true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv, _, _ := newUnitServer(t, server.Config{Introspection: tt.on})
			for _, media := range []string{gqlResp, appJSON} {
				x := postQuery(t, srv, media, map[string]any{"query": tt.query})
				if x.code() != tt.wantCode {
					t.Fatalf("%s: code %q, want %q: %s", media, x.code(), tt.wantCode, x.body)
				}
				if tt.wantCode != "" && (!strings.Contains(x.message(), "introspection is disabled") || x.hasData) {
					t.Errorf("%s: %s", media, x.body)
				}
			}
		})
	}
}

// The time limit cancels the context resolvers (and so Neo4j queries) run
// under, and the client gets a TIMEOUT error promptly.
func TestTimeoutCancelsResolvers(t *testing.T) {
	for _, media := range []string{gqlResp, appJSON} {
		t.Run(media, func(t *testing.T) {
			srv, ts, logs := newUnitServer(t, server.Config{Timeout: 100 * time.Millisecond})
			start := time.Now()
			x := postQuery(t, srv, media, map[string]any{"query": "{ slow }"})
			if elapsed := time.Since(start); elapsed > 5*time.Second {
				t.Errorf("answered after %s", elapsed)
			}
			select {
			case <-ts.slowDone:
			case <-time.After(5 * time.Second):
				t.Fatal("the resolver's context was not cancelled")
			}
			if x.status != 200 || x.code() != "TIMEOUT" || !strings.Contains(x.message(), "longer than 100ms") {
				t.Errorf("got %d %q %q", x.status, x.code(), x.message())
			}
			if !strings.Contains(logs.String(), "timed out") {
				t.Errorf("timeout not logged:\n%s", logs)
			}
		})
	}
}

func TestAPIKeys(t *testing.T) {
	srv, _, _ := newUnitServer(t, server.Config{APIKeys: []string{"s3cret-key", "other.key"}})
	tests := []struct {
		name       string
		auth       []string
		query      string
		wantStatus int
		wantData   string
		wantCode   string
	}{
		{"no header, query", nil, "{ authenticated }", 200, `{"authenticated":false}`, ""},
		{"right key", []string{"Bearer s3cret-key"}, "{ authenticated }", 200, `{"authenticated":true}`, ""},
		{"second key", []string{"Bearer other.key"}, "{ authenticated }", 200, `{"authenticated":true}`, ""},
		{"scheme is case-insensitive", []string{"bearer s3cret-key"}, "{ authenticated }", 200, `{"authenticated":true}`, ""},
		{"wrong key, query", []string{"Bearer nope"}, "{ authenticated }", 200, `{"authenticated":false}`, ""},
		{"prefix of a key", []string{"Bearer s3cret"}, "{ authenticated }", 200, `{"authenticated":false}`, ""},
		{"right key, mutation", []string{"Bearer s3cret-key"}, `mutation { rename(name: "x") }`, 200, `{"rename":"x"}`, ""},
		{"wrong key, mutation", []string{"Bearer nope"}, `mutation { rename(name: "x") }`, 200, `{"rename":null}`, "UNAUTHENTICATED"},
		{"Basic", []string{"Basic czNjcmV0LWtleQ=="}, "{ authenticated }", 401, "", "UNAUTHENTICATED"},
		{"Bearer without a key", []string{"Bearer"}, "{ authenticated }", 401, "", "UNAUTHENTICATED"},
		{"Bearer and spaces", []string{"Bearer   "}, "{ authenticated }", 401, "", "UNAUTHENTICATED"},
		{"key with a space", []string{"Bearer s3cret key"}, "{ authenticated }", 401, "", "UNAUTHENTICATED"},
		{"two headers", []string{"Bearer s3cret-key", "Bearer other.key"}, "{ authenticated }", 401, "", "UNAUTHENTICATED"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest(http.MethodPost, srv.URL+"/graphql", strings.NewReader(`{"query":`+quote(tt.query)+`}`))
			req.Header.Set("Content-Type", appJSON)
			req.Header.Set("Accept", gqlResp)
			for _, a := range tt.auth {
				req.Header.Add("Authorization", a)
			}
			x := do(t, req)
			if x.status != tt.wantStatus || x.code() != tt.wantCode || (tt.wantData != "" && string(x.data) != tt.wantData) {
				t.Errorf("got %d %q %s, want %d %q %s", x.status, x.code(), x.data, tt.wantStatus, tt.wantCode, tt.wantData)
			}
			if wa := x.header.Get("WWW-Authenticate"); (x.status == 401) != strings.HasPrefix(wa, "Bearer") {
				t.Errorf("status %d with WWW-Authenticate %q", x.status, wa)
			}
		})
	}
}

func TestRequestID(t *testing.T) {
	srv, _, logs := newUnitServer(t, server.Config{})
	tests := []struct {
		name, incoming string
		keep           bool
	}{
		{"uuid kept", "3f2b1c9e-8d4a-4f7e-9c1b-2a6d5e8f0b1c", true},
		{"trace id kept", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", true},
		{"none: generated", "", false},
		{"spaces: replaced", "a b", false},
		{"log forging: replaced", "x\" injected=\"1", false},
		{"too long: replaced", strings.Repeat("a", 129), false},
	}
	seen := map[string]bool{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest(http.MethodPost, srv.URL+"/graphql", strings.NewReader(`{"query":"{ storageFails }"}`))
			req.Header.Set("Content-Type", appJSON)
			if tt.incoming != "" {
				req.Header.Set("X-Request-Id", tt.incoming)
			}
			x := do(t, req)
			id := x.header.Get("X-Request-Id")
			if tt.keep && id != tt.incoming {
				t.Errorf("X-Request-Id %q, want %q", id, tt.incoming)
			}
			if !tt.keep && (id == "" || id == tt.incoming || seen[id]) {
				t.Errorf("X-Request-Id %q is not a fresh id", id)
			}
			seen[id] = true
			if logLine(logs.String(), id, "storageFails") == "" {
				t.Errorf("the error log does not name request %s", id)
			}
		})
	}
}

func TestMetrics(t *testing.T) {
	srv, _, _ := newUnitServer(t, server.Config{Metrics: true})
	postQuery(t, srv, gqlResp, map[string]any{"query": "{ hello }"})
	postQuery(t, srv, gqlResp, map[string]any{"query": "{ hello }"})
	postQuery(t, srv, gqlResp, map[string]any{"query": "{ nope }"})
	postQuery(t, srv, gqlResp, map[string]any{"query": "{ storageFails }"})
	res, err := http.Get(srv.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	for _, want := range []string{
		`kg_graphql_requests_total{operation="query",status="200"} 3`,
		`kg_graphql_requests_total{operation="query",status="400"} 1`,
		`kg_graphql_request_duration_seconds_count{operation="query",status="200"} 3`,
		`kg_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"} 1`,
		`kg_graphql_errors_total{code="INTERNAL_SERVER_ERROR"} 1`,
		`kg_graphql_document_cache_total{result="hit"} 1`,
		`kg_graphql_document_cache_total{result="miss"} 3`,
		`go_goroutines`,
	} {
		if !strings.Contains(string(body), want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	// Off unless asked for.
	srv2, _, _ := newUnitServer(t, server.Config{})
	res, err = http.Get(srv2.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 404 {
		t.Errorf("/metrics without Config.Metrics = %d, want 404", res.StatusCode)
	}
}

// Many requests at once share cached documents (run with -race).
func TestConcurrentRequestsShareDocuments(t *testing.T) {
	srv, _, _ := newUnitServer(t, server.Config{})
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for i := range 64 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			name := fmt.Sprintf("n%d", i%4)
			body, _ := json.Marshal(map[string]any{
				"query":     "query Q($n: String) { hello(name: $n) items { id children { name } } }",
				"variables": map[string]any{"n": name},
			})
			res, err := http.Post(srv.URL+"/graphql", appJSON, bytes.NewReader(body))
			if err != nil {
				errs <- err.Error()
				return
			}
			b, _ := io.ReadAll(res.Body)
			res.Body.Close()
			if res.StatusCode != 200 || !strings.Contains(string(b), `"hello `+name+`"`) {
				errs <- fmt.Sprintf("%d %s", res.StatusCode, b)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestOtherRoutes(t *testing.T) {
	srv, _, _ := newUnitServer(t, server.Config{Playground: true, Introspection: true})
	tests := []struct {
		method, path string
		want         int
		wantAllow    string
	}{
		{http.MethodGet, "/healthz", 200, ""},
		{http.MethodHead, "/healthz", 200, ""},
		{http.MethodGet, "/readyz", 200, ""},
		{http.MethodPost, "/healthz", 405, "GET, HEAD"},
		{http.MethodGet, "/", 200, ""},
		{http.MethodGet, "/nope", 404, ""},
	}
	for _, tt := range tests {
		req, _ := http.NewRequest(tt.method, srv.URL+tt.path, nil)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != tt.want || res.Header.Get("Allow") != tt.wantAllow {
			t.Errorf("%s %s = %d Allow %q, want %d %q", tt.method, tt.path, res.StatusCode, res.Header.Get("Allow"), tt.want, tt.wantAllow)
		}
		if res.Header.Get("X-Request-Id") == "" || res.Header.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s %s: headers %v", tt.method, tt.path, res.Header)
		}
	}
}
