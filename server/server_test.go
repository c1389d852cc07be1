package server_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/geokg/kg/graph"
	"github.com/geokg/kg/internal/kgtest"
	"github.com/geokg/kg/server"
)

// newServer loads the sample facts into the test Neo4j and serves them.
func newServer(t *testing.T) (*httptest.Server, *graph.Store) {
	t.Helper()
	st, sch := kgtest.Sample(t)
	srv := httptest.NewServer(server.New(server.Config{Playground: true, Introspection: true}, sch, st, nil))
	t.Cleanup(srv.Close)
	return srv, st
}

type gqlResponse struct {
	Data   map[string]json.RawMessage `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

func post(t *testing.T, srv *httptest.Server, query string) (int, gqlResponse) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query})
	res, err := http.Post(srv.URL+"/graphql", "application/json", strings.NewReader(string(body)))
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var out gqlResponse
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		t.Fatalf("decode response: %v", err)
	}
	return res.StatusCode, out
}

const alliesQuery = `{ allies(of: "Rusia", since: "2022-01-01") { actor { id name } explicit evidence { sentence article { id url published } } } }`

type ally struct {
	Actor    struct{ ID, Name string }
	Explicit bool
	Evidence []struct {
		Sentence string
		Article  struct {
			ID        string
			URL       *string
			Published string
		}
	}
}

// The question the project exists for, asked as a user asks it.
func TestAlliesOfRussiaSince2022(t *testing.T) {
	srv, _ := newServer(t)
	status, res := post(t, srv, alliesQuery)
	if status != http.StatusOK || len(res.Errors) > 0 {
		t.Fatalf("status %d errors %v", status, res.Errors)
	}
	var allies []ally
	if err := json.Unmarshal(res.Data["allies"], &allies); err != nil {
		t.Fatal(err)
	}
	byName := map[string]ally{}
	for _, a := range allies {
		byName[a.Actor.Name] = a
	}
	nk, ok := byName["North Korea"]
	if !ok {
		t.Fatalf("North Korea missing from allies of Russia: %+v", allies)
	}
	const sekutu = "Pyongyang merupakan salah satu sekutu Rusia paling vocal dan konsisten."
	found := false
	for _, e := range nk.Evidence {
		if e.Sentence == sekutu && e.Article.Published == "2023-06-25" && e.Article.ID != "" {
			found = true
		}
	}
	if !found || !nk.Explicit {
		t.Errorf("North Korea lacks the explicit %q evidence: %+v", sekutu, nk)
	}
	for _, not := range []string{"Ukraine", "United States", "Wagner Group"} {
		if _, ok := byName[not]; ok {
			t.Errorf("%s returned as an ally of Russia", not)
		}
	}
	// The same question by ID and by English name; nothing before 2022... and
	// nothing after the article; through fragments, an inline one without a
	// type condition among them (graphql-go's own rule rejects it in a list).
	for _, q := range []string{
		`{ allies(of: "RUS") { actor { name } } }`,
		`{ allies(of: "Russia", since: "2022-01-01", until: "2023-12-31") { actor { name } } }`,
		`{ allies(of: "RUS") { ... { actor { name } } ... on Ally { strength } } }`,
		`query($x: Boolean = true) { allies(of: "RUS") { ... @include(if: $x) { actor { ...N } } } } fragment N on Actor { name }`,
	} {
		_, res := post(t, srv, q)
		if len(res.Errors) > 0 || !strings.Contains(string(res.Data["allies"]), "North Korea") {
			t.Errorf("%s: %s %v", q, res.Data["allies"], res.Errors)
		}
	}
	_, res = post(t, srv, `{ allies(of: "RUS", since: "2024-01-01") { actor { name } } }`)
	if string(res.Data["allies"]) != "[]" {
		t.Errorf("allies since 2024 = %s, want []", res.Data["allies"])
	}
}

func TestQueryErrors(t *testing.T) {
	srv, _ := newServer(t)
	tests := []struct {
		name, query, wantMsg, wantCode string
	}{
		{"unknown actor", `{ allies(of: "Atlantis") { actor { name } } }`, `"Atlantis"`, "NOT_FOUND"},
		{"since after until", `{ allies(of: "RUS", since: "2023-01-01", until: "2022-01-01") { actor { name } } }`, "since (2023-01-01) is after until (2022-01-01)", "BAD_USER_INPUT"},
		{"bad date", `{ allies(of: "RUS", since: "2023-02-30") { actor { name } } }`, "Date", ""},
		{"actor needs a key", `{ actor { name } }`, "id or a name", "BAD_USER_INPUT"},
		{"syntax error", `{ allies(of: `, "Syntax Error", ""},
		{"fragment of another type", `{ allies(of: "RUS") { ... on Actor { name } } }`, `can never be of type "Actor"`, ""},
		{"introspection beside data", `{ __type(name: "Ally") { name } allies(of: "Atlantis") { strength } }`, `"Atlantis"`, "NOT_FOUND"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, res := post(t, srv, tt.query)
			if len(res.Errors) == 0 {
				t.Fatal("no error")
			}
			if !strings.Contains(res.Errors[0].Message, tt.wantMsg) {
				t.Errorf("message %q does not contain %q", res.Errors[0].Message, tt.wantMsg)
			}
			if tt.wantCode != "" && res.Errors[0].Extensions["code"] != tt.wantCode {
				t.Errorf("code = %v, want %s", res.Errors[0].Extensions["code"], tt.wantCode)
			}
		})
	}
}

func TestActorByIDOrName(t *testing.T) {
	srv, _ := newServer(t)
	for _, q := range []string{`{ actor(id: "PRK") { id name kind aliases } }`, `{ actor(name: "Korea Utara") { id name kind aliases } }`, `{ actor(name: "korut") { id name kind aliases } }`} {
		_, res := post(t, srv, q)
		if len(res.Errors) > 0 || !strings.Contains(string(res.Data["actor"]), `"id":"PRK"`) {
			t.Errorf("%s: %s %v", q, res.Data["actor"], res.Errors)
		}
	}
	_, res := post(t, srv, `{ actor(name: "Atlantis") { id } }`)
	if string(res.Data["actor"]) != "null" {
		t.Errorf("unknown actor = %s, want null", res.Data["actor"])
	}
	_, res = post(t, srv, `{ actors(filter: {kinds: [PERSON]}, first: 100) { nodes { id } } }`)
	if !strings.Contains(string(res.Data["actors"]), "vladimir-putin") || strings.Contains(string(res.Data["actors"]), `"RUS"`) {
		t.Errorf("actors(filter: {kinds: [PERSON]}) = %s %v", res.Data["actors"], res.Errors)
	}
}

func TestHTTPConventions(t *testing.T) {
	srv, st := newServer(t)
	// GET with the query in the URL.
	res, err := http.Get(srv.URL + "/graphql?query=" + url.QueryEscape(`{ actor(id: "RUS") { name } }`))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || !strings.Contains(string(body), `"Russia"`) || !strings.HasPrefix(res.Header.Get("Content-Type"), "application/json") {
		t.Errorf("GET: %d %s %s", res.StatusCode, res.Header.Get("Content-Type"), body)
	}
	// The GraphQL response media type when asked for, with 400 for invalid documents.
	req, _ := http.NewRequest(http.MethodPost, srv.URL+"/graphql", strings.NewReader(`{"query":"{ nope }"}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/graphql-response+json")
	res, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 400 || !strings.HasPrefix(res.Header.Get("Content-Type"), "application/graphql-response+json") {
		t.Errorf("invalid query with graphql-response+json: %d %s", res.StatusCode, res.Header.Get("Content-Type"))
	}
	// Other methods and bodies.
	for _, c := range []struct {
		method, ctype, body string
		want                int
	}{
		{http.MethodPut, "application/json", `{"query":"{ actors { id } }"}`, 405},
		{http.MethodPost, "text/plain", `{ actors { id } }`, 415},
		{http.MethodPost, "application/json", `not json`, 400},
		{http.MethodPost, "application/json", `{"query":""}`, 400},
	} {
		req, _ := http.NewRequest(c.method, srv.URL+"/graphql", strings.NewReader(c.body))
		req.Header.Set("Content-Type", c.ctype)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != c.want {
			t.Errorf("%s %s %q: status %d, want %d", c.method, c.ctype, c.body, res.StatusCode, c.want)
		}
	}
	// Health and readiness.
	for path, want := range map[string]int{"/healthz": 200, "/readyz": 200} {
		res, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != want {
			t.Errorf("%s = %d, want %d", path, res.StatusCode, want)
		}
	}
	// Not ready once Neo4j is gone.
	st.Close(context.Background())
	res, err = http.Get(srv.URL + "/readyz")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("/readyz without Neo4j = %d, want 503", res.StatusCode)
	}
}

// The playground works offline: every asset the page loads is served by this
// binary, and none is fetched from elsewhere.
func TestPlaygroundIsSelfContained(t *testing.T) {
	srv, _ := newServer(t)
	res, err := http.Get(srv.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || !strings.Contains(string(page), "graphiql") {
		t.Fatalf("GET / = %d", res.StatusCode)
	}
	refs := regexp.MustCompile(`(?:src|href)="([^"]+)"`).FindAllStringSubmatch(string(page), -1)
	if len(refs) < 5 {
		t.Fatalf("page references only %d assets", len(refs))
	}
	for _, m := range refs {
		ref := m[1]
		if strings.HasPrefix(ref, "data:") {
			continue // inline, fetched from nowhere
		}
		if !strings.HasPrefix(ref, "/") || strings.HasPrefix(ref, "//") {
			t.Errorf("asset %q is not served by this server", ref)
			continue
		}
		res, err := http.Get(srv.URL + ref)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != 200 || len(body) == 0 {
			t.Errorf("%s = %d (%d bytes)", ref, res.StatusCode, len(body))
		}
		if strings.HasSuffix(ref, "playground.js") && !strings.Contains(string(body), `allies(of: "Rusia", since: "2022-01-01")`) {
			t.Error("playground does not open with the allies query")
		}
	}
}
