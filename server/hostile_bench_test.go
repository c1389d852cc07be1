package server_test

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/geokg/kg/server"
)

// The documents the hostile-request benchmarks send: issue #10's 56 KB
// query of 8,000 repeated fields, and a large document refused for its cost.
var (
	repeatedFields = "{ page { " + strings.Repeat("total ", 8000) + "} }"
	costlyLarge    = "{ items(first: 1000) { children(limit: 100) { " + strings.Repeat("id ", 5000) + "} } }"
)

func benchRefusal(b *testing.B, query string) {
	ts := newTestSchema(&testing.T{})
	h := server.New(server.Config{}, ts.schema, pinger{}, nil)
	target := "/graphql?" + url.Values{"query": {query}}.Encode()
	b.SetBytes(int64(len(query)))
	b.ReportAllocs()
	refused := 0
	for b.Loop() {
		req := httptest.NewRequest(http.MethodGet, target, nil)
		req.Header.Set("Accept", gqlResp)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if strings.Contains(w.Body.String(), `"errors"`) {
			refused++
		}
	}
	// 1 when every request was refused (before issue #10, the repeated
	// fields were validated at length, then executed).
	b.ReportMetric(float64(refused)/float64(b.N), "refused/op")
}

// BenchmarkRefuseRepeatedFields: time to answer the 56 KB query of 8,000
// repeated fields (before issue #10: graphql-go validated it, quadratically).
func BenchmarkRefuseRepeatedFields(b *testing.B) { benchRefusal(b, repeatedFields) }

// BenchmarkRefuseCostlyLarge: time to refuse a large document whose cost is
// over the limit (before issue #10: refused after full validation).
func BenchmarkRefuseCostlyLarge(b *testing.B) { benchRefusal(b, costlyLarge) }
