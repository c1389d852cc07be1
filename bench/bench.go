// Package bench owns the speed benchmark of the analyst API. It loads a
// generated graph (bench/gen) into Neo4j with graph.Store.BulkWrite, serves
// it with the real GraphQL server in-process on loopback (schema.New and
// server.New, as `kg serve` does), and drives each query with concurrent
// clients twice, side by side in one run on the same Neo4j: through the
// server over HTTP, and, as the ceiling, the very Cypher statements and
// parameters the server sent (captured with graph.Store.Observe) sent
// directly with the Go driver. It reports throughput and latency
// percentiles of both and their ratio.
//
// It must not contain Cypher (package graph owns every statement; the
// ceiling replays what the server sent) nor send traffic anywhere but the
// loopback server it starts and the configured Neo4j. Every run is bounded
// in time and in requests.
package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/HdrHistogram/hdrhistogram-go"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/geokg/kg/bench/gen"
	"github.com/geokg/kg/graph"
	"github.com/geokg/kg/schema"
	"github.com/geokg/kg/server"
)

// Config is the whole benchmark's configuration; cmd/kgbench fills it
// from flags.
type Config struct {
	Neo4j graph.Config
	Gen   gen.Config
	// BatchEvents is the number of events per BulkWrite transaction.
	BatchEvents int
	// Writers is the number of concurrent BulkWrite transactions.
	Writers int
	// Reload loads the dataset even when the database already holds it.
	Reload bool
	// DataDir, when set, is the Neo4j data directory (holding databases/
	// and transactions/), whose sizes are reported.
	DataDir string
	// LoadOnly stops after loading.
	LoadOnly bool

	// Clients is the number of concurrent clients, for the server and for
	// the direct driver alike.
	Clients int
	// Warmup runs each query and mode unmeasured for this long first.
	Warmup time.Duration
	// Duration bounds each measured run; MaxRequests bounds its requests.
	Duration    time.Duration
	MaxRequests int
	// Rounds splits each measured run into this many alternating turns of
	// the two modes, in ABBA order (server, direct, direct, server, …), so
	// that a change in the machine's load during a run weighs on both
	// modes alike instead of on whichever ran at the time. 0 means 1.
	Rounds int
	// Inputs is the number of distinct inputs (actors or pairs) per query.
	Inputs int
	// WithoutTop leaves the ten most reported states and IGOs out of the
	// inputs.
	WithoutTop bool
	// Queries names the queries to run; empty means all.
	Queries []string
	// Timeout bounds one request, in the server and in the direct client.
	Timeout time.Duration
}

// Result is one measured run: a query in one mode.
type Result struct {
	Requests, Errors int64
	Elapsed          time.Duration
	Latency          *hdrhistogram.Histogram // microseconds
	FirstError       error
}

func emptyResult() Result { return Result{Latency: hdrhistogram.New(1, 60_000_000, 3)} }

// add merges another turn of the same query and mode into r.
func (r *Result) add(o Result) {
	r.Requests += o.Requests
	r.Errors += o.Errors
	r.Elapsed += o.Elapsed
	r.Latency.Merge(o.Latency)
	if r.FirstError == nil {
		r.FirstError = o.FirstError
	}
}

// PerSecond is the throughput.
func (r Result) PerSecond() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(r.Requests) / r.Elapsed.Seconds()
}

// Percentile returns a latency percentile.
func (r Result) Percentile(p float64) time.Duration {
	return time.Duration(r.Latency.ValueAtQuantile(p)) * time.Microsecond
}

// QueryReport is a query's two runs side by side.
type QueryReport struct {
	Query          Query
	Missing        string // why the query was not run (not in the schema yet)
	Clients        int
	Server, Direct Result
	Statements     int // Cypher statements per request
	ResponseBytes  int // mean GraphQL response size over the inputs that answered in time
	SlowInputs     int // inputs whose capturing request failed (timed out)
}

// Ratio is server throughput over direct throughput.
func (q QueryReport) Ratio() float64 {
	if q.Direct.PerSecond() == 0 {
		return 0
	}
	return q.Server.PerSecond() / q.Direct.PerSecond()
}

// captureTimeout bounds the request that captures an input's Cypher: its
// statement is recorded before it is sent, so a slower input is kept all
// the same (and fails in both measured runs alike).
const captureTimeout = 5 * time.Second

// statement is one captured Cypher statement with its parameters.
type statement struct {
	cypher string
	params map[string]any
}

// recorder keeps the statements the store sends while it is armed.
type recorder struct {
	armed atomic.Bool
	mu    sync.Mutex
	got   []statement
}

func (r *recorder) observe(cypher string, params map[string]any) {
	if !r.armed.Load() {
		return
	}
	r.mu.Lock()
	r.got = append(r.got, statement{cypher, params})
	r.mu.Unlock()
}

func (r *recorder) start() {
	r.mu.Lock()
	r.got = nil
	r.mu.Unlock()
	r.armed.Store(true)
}

func (r *recorder) stop() []statement {
	r.armed.Store(false)
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.got
}

// Server is the real GraphQL server, in-process on a loopback port.
type Server struct {
	URL  string
	http *http.Server
}

// StartServer serves st as `kg serve` does, on 127.0.0.1 and a free port.
func StartServer(st *graph.Store, timeout time.Duration, log *slog.Logger) (*Server, error) {
	sch, err := schema.New(st, nil)
	if err != nil {
		return nil, fmt.Errorf("bench: build schema: %w", err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	srv := &http.Server{
		Handler:           server.New(server.Config{Timeout: timeout}, sch, st, log),
		ReadHeaderTimeout: 10 * time.Second,
		WriteTimeout:      timeout + 10*time.Second,
	}
	go srv.Serve(ln)
	return &Server{URL: "http://" + ln.Addr().String() + "/graphql", http: srv}, nil
}

// Close stops the server.
func (s *Server) Close(ctx context.Context) error { return s.http.Shutdown(ctx) }

// Bench drives queries against a server and directly against its store.
type Bench struct {
	cfg    Config
	store  *graph.Store
	driver neo4j.DriverWithContext // the direct mode's own driver, configured as the store's
	rec    *recorder
	srv    *Server
	client *http.Client
	log    *slog.Logger
}

// New prepares a benchmark over st: it registers the statement recorder
// (before st is shared) and starts the server, which logs to serverLog
// (every timed-out request is a warning there: give it a logger of level
// error under load).
func New(st *graph.Store, c Config, log, serverLog *slog.Logger) (*Bench, error) {
	rec := &recorder{}
	st.Observe(rec.observe)
	srv, err := StartServer(st, c.Timeout, serverLog)
	if err != nil {
		return nil, err
	}
	client := &http.Client{Transport: &http.Transport{
		MaxIdleConns: c.Clients * 2, MaxIdleConnsPerHost: c.Clients * 2, MaxConnsPerHost: c.Clients * 2,
		DisableCompression: true, IdleConnTimeout: time.Minute,
	}, Timeout: c.Timeout + 5*time.Second}
	// The direct mode's driver: to the store's database, configured as
	// graph.Open configures the store's.
	sc := st.Config()
	auth := neo4j.NoAuth()
	if sc.User != "" {
		auth = neo4j.BasicAuth(sc.User, sc.Password, "")
	}
	d, err := neo4j.NewDriverWithContext(sc.URI, auth, func(dc *config.Config) {
		dc.MaxConnectionPoolSize = 100
		dc.ConnectionAcquisitionTimeout = sc.AcquireTimeout
		dc.SocketConnectTimeout = sc.ConnectTimeout
		dc.MaxTransactionRetryTime = sc.RetryBudget
	})
	if err != nil {
		srv.Close(context.Background())
		return nil, fmt.Errorf("bench: driver for %s: %w", sc.URI, err)
	}
	return &Bench{cfg: c, store: st, driver: d, rec: rec, srv: srv, client: client, log: log}, nil
}

// Close stops the server and closes the direct mode's driver.
func (b *Bench) Close(ctx context.Context) error {
	return errors.Join(b.srv.Close(ctx), b.driver.Close(ctx))
}

// Run measures every configured query.
func (b *Bench) Run(ctx context.Context, g *gen.Generator) ([]QueryReport, error) {
	qs, err := selectQueries(b.cfg.Queries)
	if err != nil {
		return nil, err
	}
	var out []QueryReport
	for _, q := range qs {
		r, err := b.runQuery(ctx, g, q)
		if err != nil {
			return out, err
		}
		out = append(out, r)
	}
	return out, nil
}

// graphQLResponse is what the benchmark reads of a response when it checks one.
type graphQLResponse struct {
	Data   map[string]any `json:"data"`
	Errors []struct {
		Message string `json:"message"`
	} `json:"errors"`
}

func (b *Bench) runQuery(ctx context.Context, g *gen.Generator, q Query) (QueryReport, error) {
	rep := QueryReport{Query: q, Clients: b.cfg.Clients}
	inputs := q.Inputs(g, b.cfg.Inputs, !b.cfg.WithoutTop)
	bodies := make([][]byte, len(inputs))
	stmts := make([][]statement, len(inputs))
	// One request per input, the statements it sends recorded: they are
	// the ceiling's requests.
	var size int
	for i, vars := range inputs {
		body, err := json.Marshal(map[string]any{"query": q.GraphQL, "variables": vars})
		if err != nil {
			return rep, err
		}
		bodies[i] = body
		b.rec.start()
		rctx, cancel := context.WithTimeout(ctx, min(b.cfg.Timeout, captureTimeout))
		resp, err := b.post(rctx, body, nil)
		cancel()
		stmts[i] = b.rec.stop()
		if err != nil || bytes.Contains(resp, []byte(`"code":"TIMEOUT"`)) {
			// Too slow: its statement was recorded before it was sent, so
			// the input stays in both runs, where it fails the same way.
			if len(stmts[i]) == 0 {
				return rep, fmt.Errorf("bench: %s %v: %w", q.Name, vars, err)
			}
			rep.SlowInputs++
			b.log.Warn("request failed while capturing its Cypher; kept", "query", q.Name, "vars", vars, "err", err)
			continue
		}
		var gr graphQLResponse
		if err := json.Unmarshal(resp, &gr); err != nil {
			return rep, fmt.Errorf("bench: %s %v: response is not JSON: %w", q.Name, vars, err)
		}
		if len(gr.Errors) > 0 {
			msg := gr.Errors[0].Message
			if strings.Contains(msg, "Cannot query field") || strings.Contains(msg, "Unknown argument") {
				rep.Missing = msg
				b.log.Warn("query not in the schema; skipped", "query", q.Name, "error", msg)
				return rep, nil
			}
			return rep, fmt.Errorf("bench: %s %v: %s", q.Name, vars, msg)
		}
		if len(stmts[i]) == 0 {
			return rep, fmt.Errorf("bench: %s %v: the server sent no Cypher statement", q.Name, vars)
		}
		size += len(resp)
	}
	if answered := len(inputs) - rep.SlowInputs; answered > 0 {
		rep.ResponseBytes = size / answered
	}
	rep.Statements = len(stmts[0])

	viaServer := func(ctx context.Context, buf *bytes.Buffer, n int64) error {
		resp, err := b.post(ctx, bodies[n%int64(len(bodies))], buf)
		if err == nil && bytes.Contains(resp, []byte(`"errors":[`)) {
			err = fmt.Errorf("GraphQL errors: %.300s", resp)
		}
		return err
	}
	direct := func(ctx context.Context, _ *bytes.Buffer, n int64) error {
		for _, s := range stmts[n%int64(len(stmts))] {
			_, err := neo4j.ExecuteQuery(ctx, b.driver, s.cypher, s.params, neo4j.EagerResultTransformer,
				neo4j.ExecuteQueryWithDatabase(b.store.Database()), neo4j.ExecuteQueryWithReadersRouting(),
				neo4j.ExecuteQueryWithoutBookmarkManager())
			if err != nil {
				return err
			}
		}
		return nil
	}
	b.log.Info("warming up", "query", q.Name, "inputs", len(inputs), "statements", rep.Statements, "meanResponseBytes", rep.ResponseBytes)
	b.drive(ctx, viaServer, b.cfg.Warmup, 1<<62)
	b.drive(ctx, direct, b.cfg.Warmup, 1<<62)
	rounds := max(1, b.cfg.Rounds)
	turn, turnMax := b.cfg.Duration/time.Duration(rounds), max(1, int64(b.cfg.MaxRequests)/int64(rounds))
	rep.Server, rep.Direct = emptyResult(), emptyResult()
	for i := range rounds {
		if i%2 == 0 {
			rep.Server.add(b.drive(ctx, viaServer, turn, turnMax))
			rep.Direct.add(b.drive(ctx, direct, turn, turnMax))
		} else {
			rep.Direct.add(b.drive(ctx, direct, turn, turnMax))
			rep.Server.add(b.drive(ctx, viaServer, turn, turnMax))
		}
	}
	for _, r := range []struct {
		mode string
		res  Result
	}{{"server", rep.Server}, {"direct", rep.Direct}} {
		b.log.Info("measured", "query", q.Name, "mode", r.mode, "requests", r.res.Requests, "errors", r.res.Errors,
			"perSecond", fmt.Sprintf("%.1f", r.res.PerSecond()), "p50", r.res.Percentile(50), "p99", r.res.Percentile(99))
		if r.res.FirstError != nil {
			b.log.Warn("request failed", "query", q.Name, "mode", r.mode, "err", r.res.FirstError)
		}
	}
	return rep, ctx.Err()
}

// post sends one GraphQL request and returns the response body (read into
// buf when it is not nil). A status other than 200 is an error.
func (b *Bench) post(ctx context.Context, body []byte, buf *bytes.Buffer) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, b.srv.URL, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	resp, err := b.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if buf == nil {
		buf = &bytes.Buffer{}
	}
	buf.Reset()
	if _, err := io.Copy(buf, resp.Body); err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("HTTP %d: %.300s", resp.StatusCode, buf.Bytes())
	}
	return buf.Bytes(), nil
}

// drive runs request from the configured number of clients until d has
// passed or max requests have started, and measures each request. A
// client starts no request after the deadline; the run ends when the last
// one returns.
func (b *Bench) drive(ctx context.Context, request func(context.Context, *bytes.Buffer, int64) error, d time.Duration, max int64) Result {
	if d <= 0 || max <= 0 {
		return emptyResult()
	}
	var (
		next     atomic.Int64
		errs     atomic.Int64
		firstErr error
		errOnce  sync.Once
		wg       sync.WaitGroup
	)
	hists := make([]*hdrhistogram.Histogram, b.cfg.Clients)
	start := time.Now()
	deadline := start.Add(d)
	for c := range b.cfg.Clients {
		hists[c] = hdrhistogram.New(1, 60_000_000, 3)
		wg.Add(1)
		go func(h *hdrhistogram.Histogram) {
			defer wg.Done()
			var buf bytes.Buffer
			for ctx.Err() == nil && time.Now().Before(deadline) {
				n := next.Add(1) - 1
				if n >= max {
					return
				}
				rctx, cancel := context.WithTimeout(ctx, b.cfg.Timeout)
				t0 := time.Now()
				err := request(rctx, &buf, n)
				lat := time.Since(t0)
				cancel()
				if err != nil {
					errs.Add(1)
					errOnce.Do(func() { firstErr = err })
					continue
				}
				h.RecordValue(max64(1, lat.Microseconds()))
			}
		}(hists[c])
	}
	wg.Wait()
	res := Result{Elapsed: time.Since(start), Latency: hdrhistogram.New(1, 60_000_000, 3), Errors: errs.Load(), FirstError: firstErr}
	for _, h := range hists {
		res.Latency.Merge(h)
	}
	res.Requests = res.Latency.TotalCount()
	if errors.Is(ctx.Err(), context.Canceled) {
		res.FirstError = ctx.Err()
	}
	return res
}

func max64(a, b int64) int64 {
	if a > b {
		return a
	}
	return b
}
