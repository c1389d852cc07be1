package server_test

import (
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/geokg/kg/graph"
	"github.com/geokg/kg/graph/graphtest"
	"github.com/geokg/kg/internal/kgtest"
	"github.com/geokg/kg/schema"
	"github.com/geokg/kg/server"
)

// outageInstance is the Neo4j instance the outage test starts, stops and
// starts again (scripts/neo4j), apart from the one the other tests share.
const outageInstance = "outage"

func neo4jScript(t *testing.T, args ...string) string {
	t.Helper()
	cmd := exec.Command("../scripts/neo4j", args...)
	cmd.Env = append(os.Environ(), "NEO4J_HEAP=512m", "NEO4J_PAGECACHE=64m")
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("scripts/neo4j %s: %v", strings.Join(args, " "), err)
	}
	return strings.TrimSpace(string(out))
}

// TestNeo4jOutage: while Neo4j is down, requests answer 503 UNAVAILABLE
// with Retry-After at once (not after the request timeout, with TIMEOUT, as
// before issue #10), /readyz and /metrics say so, and the server recovers
// by itself when Neo4j is back on the same port.
func TestNeo4jOutage(t *testing.T) {
	graphtest.Config(t) // skips or fails as the other integration tests do
	neo4jScript(t, "wipe", outageInstance)
	uri := neo4jScript(t, "start", outageInstance)
	t.Cleanup(func() { neo4jScript(t, "wipe", outageInstance) })

	ctx := context.Background()
	st, err := graph.Open(ctx, graph.Config{URI: uri})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close(ctx) })
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	kgtest.Load(t, st)
	sch, err := schema.New(st, nil)
	if err != nil {
		t.Fatal(err)
	}
	const timeout = 30 * time.Second
	logs := &logBuffer{}
	log := slog.New(slog.NewJSONHandler(logs, nil))
	srv := httptest.NewServer(server.New(server.Config{Timeout: timeout, Metrics: true}, sch, st, log))
	t.Cleanup(srv.Close)

	type answer struct {
		status     int
		code       string
		retryAfter string
		took       time.Duration
	}
	ask := func(t *testing.T) answer {
		start := time.Now()
		x := postQuery(t, srv, gqlResp, map[string]any{"query": alliesQuery})
		return answer{x.status, x.code(), x.header.Get("Retry-After"), time.Since(start)}
	}
	// clients asks the query from n clients, m times each.
	clients := func(t *testing.T, n, m int) []answer {
		var mu sync.Mutex
		var all []answer
		var wg sync.WaitGroup
		for range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for range m {
					a := ask(t)
					mu.Lock()
					all = append(all, a)
					mu.Unlock()
				}
			}()
		}
		wg.Wait()
		return all
	}
	ready := func() int {
		res, err := http.Get(srv.URL + "/readyz")
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res.StatusCode
	}
	metric := func(name string) string {
		res, err := http.Get(srv.URL + "/metrics")
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		for _, line := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(line, name+" ") {
				return strings.TrimPrefix(line, name+" ")
			}
		}
		return ""
	}

	// A freshly started Neo4j answers its first statements slowly (the
	// JVM warms up; tens of seconds on a busy machine): wait for one answer.
	waitForAnswer := func(t *testing.T, what string) {
		start := time.Now()
		for {
			a := ask(t)
			if a.status == 200 && a.code == "" {
				t.Logf("%s: answered %s after Neo4j started", what, time.Since(start).Round(time.Millisecond))
				return
			}
			if time.Since(start) > 3*time.Minute {
				t.Fatalf("%s: no answer 3 minutes after Neo4j started: %+v", what, a)
			}
			if testing.Verbose() {
				t.Logf("%s, %s: %+v", what, time.Since(start).Round(time.Millisecond), a)
			}
			time.Sleep(200 * time.Millisecond)
		}
	}
	waitForAnswer(t, "warm-up")
	for _, a := range clients(t, 8, 3) {
		if a.status != 200 || a.code != "" {
			t.Fatalf("before the outage: %+v", a)
		}
	}

	neo4jScript(t, "stop", outageInstance)
	t.Run("down", func(t *testing.T) {
		answers := clients(t, 8, 5)
		var slowest time.Duration
		for _, a := range answers {
			slowest = max(slowest, a.took)
		}
		t.Logf("%d answers while Neo4j was down, the slowest in %s", len(answers), slowest.Round(time.Millisecond))
		for i, a := range answers {
			if a.status != 503 || a.code != "UNAVAILABLE" || a.retryAfter == "" {
				t.Errorf("answer %d: %+v, want 503 UNAVAILABLE with Retry-After", i, a)
			}
			// The driver's budget (about a second of retries) is the most
			// any request may wait; the breaker answers the rest at once.
			if a.took >= timeout/3 {
				t.Errorf("answer %d took %s: it waited for the request timeout", i, a.took)
			}
		}
		if got := ready(); got != 503 {
			t.Errorf("/readyz = %d, want 503", got)
		}
		if got := metric("kg_neo4j_up"); got != "0" {
			t.Errorf("kg_neo4j_up = %q, want 0", got)
		}
		if !strings.Contains(logs.String(), "neo4j is unavailable") {
			t.Errorf("the log does not say Neo4j is unavailable:\n%.2000s", logs.String())
		}
	})

	// While another process holds its port, the instance does not start
	// elsewhere: scripts/neo4j says so and fails.
	t.Run("port taken", func(t *testing.T) {
		ln, err := net.Listen("tcp", strings.TrimPrefix(uri, "bolt://"))
		if err != nil {
			t.Fatal(err)
		}
		defer ln.Close()
		cmd := exec.Command("../scripts/neo4j", "start", outageInstance)
		out, err := cmd.CombinedOutput()
		if err == nil || !strings.Contains(string(out), "another process now holds") {
			t.Errorf("start with the port taken: err %v, output %s", err, out)
		}
	})

	// Back on the same port: the server, whose URI is fixed, recovers.
	if again := neo4jScript(t, "start", outageInstance); again != uri {
		t.Fatalf("restarted on %s, was %s", again, uri)
	}
	t.Run("recovers", func(t *testing.T) {
		// The first requests may end in TIMEOUT while Neo4j warms up again;
		// the server itself needs nothing.
		waitForAnswer(t, "recovery")
		for _, a := range clients(t, 8, 3) {
			if a.status != 200 || a.code != "" {
				t.Errorf("after recovery: %+v", a)
			}
		}
		if got := ready(); got != 200 {
			t.Errorf("/readyz = %d, want 200", got)
		}
		if got := metric("kg_neo4j_up"); got != "1" {
			t.Errorf("kg_neo4j_up = %q, want 1", got)
		}
		if got := metric("kg_neo4j_unavailable_total"); got != "1" {
			t.Errorf("kg_neo4j_unavailable_total = %q, want 1", got)
		}
		if !strings.Contains(logs.String(), "neo4j is available again") {
			t.Error("the log does not say Neo4j is back")
		}
	})
}
