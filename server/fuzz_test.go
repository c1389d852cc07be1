package server_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/geokg/kg/internal/kgtest"
	"github.com/geokg/kg/server"
)

// goTypeName matches what Go prints of its own types and values, which
// must never reach an error message.
var goTypeName = regexp.MustCompile(`interface ?\{\}|map\[[a-z]|\[\][a-z*]|\b(float64|int64|int32)\b|\*?\b(graph|schema|server|ast|neo4j|gqlerrors|json)\.[A-Z]`)

// fuzzHandler is the handler as the server ships it (default limits), on
// the real schema and the sample facts when NEO4J_URI names a Neo4j (as in
// `make test`), else on the unit tests' schema, which exercises the same
// parsing, guard and validation.
func fuzzHandler(f *testing.F) http.Handler {
	cfg := server.Config{Introspection: true, Timeout: 10 * time.Second}
	if os.Getenv("NEO4J_URI") == "" && os.Getenv("CI") == "" && os.Getenv("KG_REQUIRE_NEO4J") == "" {
		f.Log("NEO4J_URI is not set: fuzzing the request path on the unit tests' schema")
		ts := newTestSchema(&testing.T{})
		return server.New(cfg, ts.schema, pinger{}, nil)
	}
	st, sch := kgtest.Sample(f)
	return server.New(cfg, sch, st, nil)
}

// FuzzGraphQL sends arbitrary documents, variables and operation names,
// by GET and POST, through the whole request path. Whatever comes in, the
// process must not crash (a stack overflow would end the fuzzer), and the
// answer must be well-formed JSON whose errors are coded, short, free of
// Go type names, and never INTERNAL_SERVER_ERROR. The seed corpus is in
// testdata/fuzz/FuzzGraphQL (real and hostile documents); `go test` runs it
// as a test. Fuzz: nice go test ./server -run '^$' -fuzz FuzzGraphQL -fuzztime 10m -parallel 1
func FuzzGraphQL(f *testing.F) {
	h := fuzzHandler(f)
	f.Add(false, "{ hello }", "", "")
	f.Add(true, "query Q($n: String) { hello(name: $n) }", `{"n": "x"}`, "Q")
	f.Fuzz(func(t *testing.T, get bool, query, variables, opName string) {
		var req *http.Request
		if get {
			v := url.Values{"query": {query}}
			if variables != "" {
				v.Set("variables", variables)
			}
			if opName != "" {
				v.Set("operationName", opName)
			}
			req = httptest.NewRequest(http.MethodGet, "/graphql?"+v.Encode(), nil)
		} else {
			body := map[string]any{"query": query, "operationName": opName}
			var vars map[string]any
			if json.Unmarshal([]byte(variables), &vars) == nil {
				body["variables"] = vars
			}
			b, _ := json.Marshal(body)
			req = httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(string(b)))
			req.Header.Set("Content-Type", "application/json")
		}
		req.Header.Set("Accept", gqlResp)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code >= 500 {
			t.Fatalf("status %d: %.500s", w.Code, w.Body.String())
		}
		var res struct {
			Data   json.RawMessage `json:"data"`
			Errors []struct {
				Message    string         `json:"message"`
				Extensions map[string]any `json:"extensions"`
			} `json:"errors"`
		}
		if err := json.Unmarshal(w.Body.Bytes(), &res); err != nil {
			t.Fatalf("the answer is not JSON: %v: %.500s", err, w.Body.String())
		}
		for _, e := range res.Errors {
			code, _ := e.Extensions["code"].(string)
			switch {
			case code == "":
				t.Errorf("error without a code: %.300q", e.Message)
			case code == "INTERNAL_SERVER_ERROR" || code == "TIMEOUT":
				t.Errorf("%s for a request: %.300q", code, e.Message)
			case len(e.Message) > 500:
				t.Errorf("error message of %d bytes: %.300q", len(e.Message), e.Message)
			case goTypeName.MatchString(e.Message):
				t.Errorf("error message shows a Go type: %.300q", e.Message)
			}
		}
	})
}
