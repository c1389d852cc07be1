package server_test

import (
	"fmt"
	"net/http"
	"net/url"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestSoak is the long reliability run, off unless KG_SOAK names its
// duration (KG_SOAK=2m): 16 analyst clients ask the allies query for half
// of it alone, then for the other half beside 6 hostile clients that send
// issue #10's documents (the 56 KB query of 8,000 repeated fields and a
// large document refused for its cost) without pause. It logs the analysts'
// latency percentiles in both halves side by side, the hostile requests'
// refusal latencies, how many requests failed, and the peak RSS of the
// process (server and clients). Figures: server/README.md.
func TestSoak(t *testing.T) {
	d, err := time.ParseDuration(os.Getenv("KG_SOAK"))
	if err != nil || d <= 0 {
		t.Skip("KG_SOAK is not set (e.g. KG_SOAK=2m)")
	}
	srv, _ := newServer(t)
	target := func(q string) string { return srv.URL + "/graphql?" + url.Values{"query": {q}}.Encode() }
	// (Fragment cycles and nested values are left out: before issue #10
	// the first killed the process and the second cost 80 s each, so the
	// soak could not compare the two versions with them.)
	hostile := []string{
		target("{ stats { " + strings.Repeat("actors ", 8000) + "} }"),
		target("{ actors(first: 500) { nodes { allies { actor { id " + strings.Repeat("name ", 400) + "} } } } }"),
	}
	analyst := target(alliesQuery)
	get := func(u string) (int, time.Duration) {
		start := time.Now()
		req, _ := http.NewRequest(http.MethodGet, u, nil)
		req.Header.Set("Accept", gqlResp)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			return 0, time.Since(start)
		}
		var buf [4096]byte
		for {
			if _, err := res.Body.Read(buf[:]); err != nil {
				break
			}
		}
		res.Body.Close()
		return res.StatusCode, time.Since(start)
	}
	type phase struct {
		analyst, refusals []time.Duration
		failed, refusedOK atomic.Int64
	}
	run := func(p *phase, hostileClients int) {
		stop := time.Now().Add(d / 2)
		var mu sync.Mutex
		var wg sync.WaitGroup
		for range 16 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for time.Now().Before(stop) {
					status, took := get(analyst)
					if status != 200 {
						p.failed.Add(1)
					}
					mu.Lock()
					p.analyst = append(p.analyst, took)
					mu.Unlock()
				}
			}()
		}
		for i := range hostileClients {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for j := i; time.Now().Before(stop); j++ {
					status, took := get(hostile[j%len(hostile)])
					if status == 400 {
						p.refusedOK.Add(1)
					}
					mu.Lock()
					p.refusals = append(p.refusals, took)
					mu.Unlock()
				}
			}()
		}
		wg.Wait()
	}
	var alone, beside phase
	run(&alone, 0)
	run(&beside, 6)
	pct := func(ds []time.Duration, q float64) time.Duration {
		if len(ds) == 0 {
			return 0
		}
		s := slices.Clone(ds)
		slices.Sort(s)
		return s[min(len(s)-1, int(q*float64(len(s))))]
	}
	row := func(name string, ds []time.Duration) string {
		return fmt.Sprintf("| %s | %d | %s | %s | %s |", name, len(ds),
			pct(ds, 0.5).Round(10*time.Microsecond), pct(ds, 0.99).Round(10*time.Microsecond), pct(ds, 1).Round(10*time.Microsecond))
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	t.Logf("soak of %s (16 analyst clients; then 16 + 6 hostile clients)\n| requests | n | p50 | p99 | max |\n| --- | --- | --- | --- | --- |\n%s\n%s\n%s\nanalyst requests failed: %d alone, %d beside hostile clients; hostile requests refused with 400: %d of %d\npeak RSS %s; Go heap in use at the end %d MB",
		d, row("analyst, alone", alone.analyst), row("analyst, beside hostile clients", beside.analyst), row("hostile, refused", beside.refusals),
		alone.failed.Load(), beside.failed.Load(), beside.refusedOK.Load(), len(beside.refusals), peakRSS(), ms.HeapInuse>>20)
	if alone.failed.Load()+beside.failed.Load() > 0 {
		t.Errorf("analyst requests failed")
	}
	if beside.refusedOK.Load() != int64(len(beside.refusals)) {
		t.Errorf("hostile requests not refused with 400: %d of %d", int64(len(beside.refusals))-beside.refusedOK.Load(), len(beside.refusals))
	}
}

// peakRSS is VmHWM from /proc/self/status ("" elsewhere).
func peakRSS() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "unknown"
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			return strings.TrimSpace(strings.TrimPrefix(line, "VmHWM:"))
		}
	}
	return "unknown"
}
