package server_test

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/graphql-go/graphql"

	"github.com/geokg/kg/schema"
	"github.com/geokg/kg/server"
)

// switchable is a storage that is up or down.
type switchable struct {
	down  atomic.Bool
	calls atomic.Int64 // resolver calls
	pings atomic.Int64
}

func (s *switchable) Ping(context.Context) error {
	s.pings.Add(1)
	if s.down.Load() {
		return errors.New("dial tcp 127.0.0.1:7687: connection refused")
	}
	return nil
}

// TestBreaker: once a request finds storage unavailable, the next ones
// are answered 503 UNAVAILABLE without reaching a resolver; introspection
// is still served; /readyz says so; a probe (at most one per interval)
// finds storage back, and requests reach it again.
func TestBreaker(t *testing.T) {
	st := &switchable{}
	query := graphql.NewObject(graphql.ObjectConfig{Name: "Query", Fields: graphql.Fields{
		"stored": {Type: graphql.String, Resolve: func(p graphql.ResolveParams) (any, error) {
			st.calls.Add(1)
			if st.down.Load() {
				return nil, &codedErr{"UNAVAILABLE", "the database is unavailable; try again shortly"}
			}
			return "yes", nil
		}},
	}})
	s, err := graphql.NewSchema(graphql.SchemaConfig{Query: query})
	if err != nil {
		t.Fatal(err)
	}
	logs := &logBuffer{}
	srv := httptest.NewServer(server.New(server.Config{}, schema.Wrap(s, nil), st, slog.New(slog.NewJSONHandler(logs, nil))))
	t.Cleanup(srv.Close)
	ask := func(q string) exchange { return postQuery(t, srv, gqlResp, map[string]any{"query": q}) }
	readyz := func() int {
		res, err := http.Get(srv.URL + "/readyz")
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res.StatusCode
	}

	if x := ask("{ stored }"); x.status != 200 || string(x.data) != `{"stored":"yes"}` {
		t.Fatalf("up: %d %s", x.status, x.body)
	}
	st.down.Store(true)
	x := ask("{ stored }")
	if x.status != 503 || x.code() != "UNAVAILABLE" || x.header.Get("Retry-After") == "" {
		t.Fatalf("first request after the outage: %d %q Retry-After %q", x.status, x.code(), x.header.Get("Retry-After"))
	}
	calls := st.calls.Load()
	for range 20 {
		if x := ask("{ stored }"); x.status != 503 || x.code() != "UNAVAILABLE" || x.header.Get("Retry-After") == "" {
			t.Fatalf("while down: %d %q", x.status, x.code())
		}
	}
	if got := st.calls.Load() - calls; got != 0 {
		t.Errorf("while down, %d requests reached the resolver; the breaker must answer them", got)
	}
	if x := ask("{ __typename }"); x.status != 200 {
		t.Errorf("introspection while down: %d %s", x.status, x.body)
	}
	if pings := st.pings.Load(); pings > 2 {
		t.Errorf("%d probes within an interval; at most one is due", pings)
	}
	if got := readyz(); got != 503 {
		t.Errorf("/readyz while down = %d", got)
	}

	st.down.Store(false)
	deadline := time.Now().Add(10 * time.Second)
	for {
		x := ask("{ stored }")
		if x.status == 200 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("not recovered 10 s after storage came back: %d %s", x.status, x.body)
		}
		time.Sleep(100 * time.Millisecond)
	}
	if got := readyz(); got != 200 {
		t.Errorf("/readyz after recovery = %d", got)
	}
	for _, want := range []string{"neo4j is unavailable", "neo4j is available again"} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("the log lacks %q", want)
		}
	}
}
