// Package graphtest connects tests to the real Neo4j that `make test`
// starts (scripts/neo4j), and empties it between tests.
//
// It must never be imported by non-test code. Integration tests are never
// skipped in CI: when NEO4J_URI is unset they fail if CI or KG_REQUIRE_NEO4J
// is set, and skip (with the reason) only on a developer's plain `go test`.
package graphtest

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/geokg/kg/graph"
)

// Config returns the Neo4j configuration from the environment, or stops the
// test as described in the package comment.
func Config(t testing.TB) graph.Config {
	t.Helper()
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		if os.Getenv("CI") != "" || os.Getenv("KG_REQUIRE_NEO4J") != "" {
			t.Fatal("NEO4J_URI is not set: integration tests need a real Neo4j (run `make test`, which starts one)")
		}
		t.Skip("NEO4J_URI is not set; `make test` starts a Neo4j and runs this test")
	}
	return graph.Config{URI: uri, User: os.Getenv("NEO4J_USER"), Password: os.Getenv("NEO4J_PASSWORD"), Database: os.Getenv("NEO4J_DATABASE")}
}

// Store opens the test database, migrates it and deletes every node, and
// closes it when the test ends. Tests that use it must not run in parallel
// with each other (`make test` runs packages one at a time with -p 1).
func Store(t testing.TB) *graph.Store {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	st, err := graph.Open(ctx, Config(t))
	if err != nil {
		t.Fatalf("open Neo4j: %v", err)
	}
	t.Cleanup(func() { st.Close(context.Background()) })
	if err := st.Migrate(ctx); err != nil {
		t.Fatalf("migrate: %v", err)
	}
	if err := st.DeleteEverything(ctx); err != nil {
		t.Fatalf("empty the database: %v", err)
	}
	return st
}
