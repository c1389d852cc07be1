// Package kgtest is the fixture the integration tests of schema, server
// and cmd share: a fresh store with the sample facts (testdata/facts)
// loaded, and the schema built over it.
//
// It must never be imported by non-test code. Like graph/graphtest, which
// it builds on, it fails a test when Neo4j is required and absent.
package kgtest

import (
	"context"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/geokg/kg/graph"
	"github.com/geokg/kg/graph/graphtest"
	"github.com/geokg/kg/loader"
	"github.com/geokg/kg/loader/facts"
	"github.com/geokg/kg/schema"
)

// SampleFacts is the directory of the sample facts, wherever the test runs.
func SampleFacts() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "testdata", "facts")
}

// Load loads the sample facts into st.
func Load(t testing.TB, st *graph.Store) {
	t.Helper()
	v, err := facts.NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	sum, err := loader.New(st, v, nil, nil).Load(context.Background(), []string{SampleFacts()}, nil)
	if err != nil || len(sum.Rejected) > 0 {
		t.Fatalf("load the sample facts: %v %v", err, sum.Rejected)
	}
}

// Sample empties the test database (graphtest.Store), loads the sample
// facts and builds the schema over the store, without an ingester.
func Sample(t testing.TB) (*graph.Store, *schema.Schema) {
	t.Helper()
	st := graphtest.Store(t)
	Load(t, st)
	sch, err := schema.New(st, nil)
	if err != nil {
		t.Fatalf("build the schema: %v", err)
	}
	return st, sch
}
