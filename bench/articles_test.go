package bench_test

import (
	"context"
	"log/slog"
	"strings"
	"testing"

	"github.com/geokg/kg/bench"
	"github.com/geokg/kg/graph/graphtest"
)

// TestArticleLoadBenchLeavesTheSameGraph runs the article-path benchmark at
// a small size: BulkWrite and LOAD CSV of the same rows must leave the same
// graph, property for property (stance totals and event counts included).
func TestArticleLoadBenchLeavesTheSameGraph(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	dir, err := st.ImportDirectory(ctx)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := bench.ArticleLoadBench(ctx, st, bench.ArticleLoadConfig{
		Events: 400, People: 200, Seed: 3, Batch: 150, ImportDir: dir, Rounds: 1,
	}, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Runs) != 2 || rep.Runs[0].Way != "BulkWrite" || rep.Runs[1].Way != "LOAD CSV" {
		t.Fatalf("runs: %+v", rep.Runs)
	}
	for _, run := range rep.Runs {
		if run.Counts.Nodes["Event"] != int64(rep.Events) || run.Counts.Nodes["Stance"] == 0 || run.Counts.Relationships["SUPPORTED_BY"] == 0 {
			t.Errorf("%s left %v", run.Way, run.Counts)
		}
	}
	if !rep.Identical() {
		t.Errorf("BulkWrite and LOAD CSV left different graphs: %s vs %s", rep.Runs[0].Fingerprint, rep.Runs[1].Fingerprint)
	}
	if md := rep.Markdown(); !strings.Contains(md, "same graph every run") || !strings.Contains(md, "| stance totals |") {
		t.Errorf("report:\n%s", md)
	}
}
