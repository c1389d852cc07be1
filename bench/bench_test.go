package bench

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/geokg/kg/bench/gen"
	"github.com/geokg/kg/graph/graphtest"
)

func TestDriveStopsAtTheRequestCount(t *testing.T) {
	b := &Bench{cfg: Config{Clients: 8, Timeout: time.Second}}
	var calls atomic.Int64
	res := b.drive(context.Background(), func(context.Context, *bytes.Buffer, int64) error {
		calls.Add(1)
		time.Sleep(time.Millisecond)
		return nil
	}, time.Minute, 200)
	if res.Requests != 200 || calls.Load() != 200 || res.Errors != 0 {
		t.Errorf("%d requests measured, %d made, %d errors; want 200, 200, 0", res.Requests, calls.Load(), res.Errors)
	}
	if res.Elapsed > 10*time.Second {
		t.Errorf("200 requests of 1 ms from 8 clients took %s", res.Elapsed)
	}
	if p := res.Percentile(50); p < time.Millisecond || p > time.Second {
		t.Errorf("p50 = %s, want about 1 ms", p)
	}
}

func TestDriveStopsAtTheDeadlineAndCountsErrors(t *testing.T) {
	b := &Bench{cfg: Config{Clients: 4, Timeout: time.Second}}
	boom := errors.New("boom")
	res := b.drive(context.Background(), func(_ context.Context, _ *bytes.Buffer, n int64) error {
		time.Sleep(2 * time.Millisecond)
		if n%2 == 1 {
			return boom
		}
		return nil
	}, 300*time.Millisecond, 1<<40)
	if res.Elapsed < 300*time.Millisecond || res.Elapsed > 3*time.Second {
		t.Errorf("a 300 ms run took %s", res.Elapsed)
	}
	if res.Requests == 0 || res.Errors == 0 || !errors.Is(res.FirstError, boom) {
		t.Errorf("%d requests, %d errors (first %v): want both counted", res.Requests, res.Errors, res.FirstError)
	}
	if d := res.Requests - res.Errors; d < -4 || d > 4 {
		t.Errorf("%d successes and %d errors: every other request failed, the counts should match", res.Requests, res.Errors)
	}
}

func TestRecorderKeepsOnlyWhileArmed(t *testing.T) {
	var r recorder
	r.observe("before", nil)
	r.start()
	r.observe("during", map[string]any{"a": 1})
	got := r.stop()
	r.observe("after", nil)
	if len(got) != 1 || got[0].cypher != "during" || got[0].params["a"] != 1 {
		t.Errorf("recorded %+v, want only the statement sent while armed", got)
	}
}

func TestSelectQueries(t *testing.T) {
	all, err := selectQueries(nil)
	if err != nil || len(all) != len(Queries()) || len(all) != 5 {
		t.Fatalf("all queries: %d, %v", len(all), err)
	}
	two, err := selectQueries([]string{"path", "allies"})
	if err != nil || len(two) != 2 || two[0].Name != "allies" || two[1].Name != "path" {
		t.Errorf("selected %v, %v; want allies, path", two, err)
	}
	if _, err := selectQueries([]string{"nope"}); err == nil {
		t.Error("an unknown query name is accepted")
	}
}

// TestBenchmarkEndToEnd loads a tiny generated graph and runs every query
// through the server and directly for a moment: the harness works against
// the real server and Neo4j, and both modes answer without errors.
func TestBenchmarkEndToEnd(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	c := Config{
		Gen: gen.Config{Seed: 2, Events: 2000, Minors: 300}, BatchEvents: 500, Writers: 1,
		Clients: 4, Warmup: 100 * time.Millisecond, Duration: 500 * time.Millisecond, MaxRequests: 50,
		Inputs: 8, Timeout: 10 * time.Second,
	}
	g, err := gen.New(c.Gen)
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	load, err := Load(ctx, st, g, c, log)
	if err != nil {
		t.Fatal(err)
	}
	if load.Skipped || load.Counts.Nodes["Event"] != 2000 || load.Counts.Relationships["SUPPORTED_BY"] < 2000 {
		t.Fatalf("load: %+v", load)
	}
	again, err := Load(ctx, st, g, c, log)
	if err != nil || !again.Skipped {
		t.Errorf("the second load of the same dataset was not skipped: %+v, %v", again, err)
	}
	b, err := New(st, c, log, log)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close(ctx)
	reports, err := b.Run(ctx, g)
	if err != nil {
		t.Fatal(err)
	}
	if len(reports) != len(Queries()) {
		t.Fatalf("%d reports for %d queries", len(reports), len(Queries()))
	}
	for _, r := range reports {
		if r.Missing != "" {
			t.Errorf("%s: %s", r.Query.Name, r.Missing)
			continue
		}
		if r.Server.Requests == 0 || r.Direct.Requests == 0 || r.Server.Errors+r.Direct.Errors > 0 || r.Statements == 0 {
			t.Errorf("%s: server %d requests (%d errors: %v), direct %d (%d errors: %v), %d statements", r.Query.Name,
				r.Server.Requests, r.Server.Errors, r.Server.FirstError, r.Direct.Requests, r.Direct.Errors, r.Direct.FirstError, r.Statements)
		}
	}
	var out strings.Builder
	WriteReport(&out, c, load, reports)
	for _, want := range []string{"| allies | 4 |", "| path | 4 |", "Event | 2000", Queries()[1].Name} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the report lacks %q:\n%s", want, out.String())
		}
	}
}

func TestResultAddMergesTurns(t *testing.T) {
	r := emptyResult()
	for _, lat := range [][]int64{{1000, 2000}, {3000}} {
		turn := emptyResult()
		for _, l := range lat {
			turn.Latency.RecordValue(l)
		}
		turn.Requests, turn.Elapsed = int64(len(lat)), time.Second
		r.add(turn)
	}
	if r.Requests != 3 || r.Elapsed != 2*time.Second || r.Latency.TotalCount() != 3 || r.PerSecond() != 1.5 {
		t.Errorf("merged: %d requests in %s, %d latencies, %.2f/s; want 3 in 2s, 3, 1.50", r.Requests, r.Elapsed, r.Latency.TotalCount(), r.PerSecond())
	}
	if p := r.Percentile(100); p < 2900*time.Microsecond {
		t.Errorf("max latency %s, want the 3 ms of the second turn", p)
	}
}
