// Package server owns HTTP: the gorilla/mux router, the GraphQL endpoint
// (GraphQL over HTTP, https://graphql.github.io/graphql-over-http/draft/:
// GET and POST, content negotiation, status codes), the limits a document
// must pass before any resolver runs (size, tokens, selections, fragment
// cycles, depth, aliases, root fields, cost, introspection; guard.go checks
// them before graphql-go's validation), the cache of parsed and validated
// documents, the per-request time limit, the breaker that answers 503
// UNAVAILABLE at once while storage is down (breaker.go), API keys,
// request ids, Prometheus metrics, the offline GraphiQL playground and the
// health endpoints. README.md beside this file describes the request path.
//
// It must not contain Cypher, build the schema's types or decide what a
// user may do: it executes the schema.Schema it is given, tells resolvers
// through schema.WithAuthenticated whether the request carried a valid API
// key, and asks a Pinger whether storage answers. Errors that are not
// user errors reach clients as "internal error" and the log in full.
package server

import (
	"context"
	"crypto/rand"
	"embed"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strconv"
	"time"

	"github.com/gorilla/mux"

	"github.com/geokg/kg/schema"

	"github.com/geokg/kg/server/dashboard"
)

//go:embed playground
var playgroundFS embed.FS

// Config tunes the HTTP layer. Zero values mean the defaults given; for the
// Max* limits a negative value turns the limit off.
type Config struct {
	// Timeout bounds one GraphQL request, storage included (default 30s).
	// The context resolvers get is cancelled when it passes.
	Timeout time.Duration
	// Playground serves GraphiQL at "/". It needs Introspection.
	Playground bool
	// Introspection allows __schema and __type queries. Turn it off in
	// production when nobody needs the playground or code generation;
	// __typename stays allowed.
	Introspection bool
	// Metrics serves Prometheus metrics at /metrics.
	Metrics bool
	// APIKeys authenticate mutations: "Authorization: Bearer <key>".
	// Queries are public.
	APIKeys []string

	// MaxBodyBytes bounds a POST body (default 1 MiB).
	MaxBodyBytes int64
	// MaxQueryBytes bounds the query string, GET or POST (default 64 KiB).
	MaxQueryBytes int
	// MaxTokens bounds the lexical tokens of the query (default 4000),
	// counted before it is parsed.
	MaxTokens int
	// MaxFields bounds the selections written in the document (fields,
	// fragment spreads, inline fragments; default 500), counted before it
	// is validated.
	MaxFields int
	// MaxDepth bounds the nesting of fields (default 10).
	MaxDepth int
	// MaxAliases bounds the aliased fields of an operation (default 30).
	MaxAliases int
	// MaxRootFields bounds the top-level fields of an operation (default 10).
	MaxRootFields int
	// MaxCost bounds the estimated cost of an operation (default 50 000):
	// every field costs 1, and a list field multiplies what is selected
	// under it by its first, limit or depth argument, or by 10.
	MaxCost int
	// DocumentCacheSize is how many parsed and validated documents are kept
	// (default 1000; negative: none).
	DocumentCacheSize int
}

func (c Config) withDefaults() Config {
	if c.Timeout <= 0 {
		c.Timeout = 30 * time.Second
	}
	if c.MaxBodyBytes <= 0 {
		c.MaxBodyBytes = 1 << 20
	}
	def := func(v *int, d int) {
		if *v == 0 {
			*v = d
		}
	}
	def(&c.MaxQueryBytes, 64<<10)
	def(&c.MaxDepth, defaultMaxDepth)
	def(&c.MaxAliases, defaultMaxAliases)
	def(&c.MaxRootFields, defaultMaxRootFields)
	def(&c.MaxCost, defaultMaxCost)
	def(&c.MaxTokens, defaultMaxTokens)
	def(&c.MaxFields, defaultMaxFields)
	def(&c.DocumentCacheSize, 1000)
	return c
}

// Pinger reports whether storage answers; /readyz uses it.
type Pinger interface {
	Ping(ctx context.Context) error
}

// New returns the server's handler.
func New(cfg Config, sch *schema.Schema, store Pinger, log *slog.Logger) http.Handler {
	cfg = cfg.withDefaults()
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if cfg.Playground && !cfg.Introspection {
		log.Warn("the playground is served but introspection is off: it will not know the schema")
	}
	m := newMetrics()
	lim := limits{depth: cfg.MaxDepth, aliases: cfg.MaxAliases, rootFields: cfg.MaxRootFields, cost: cfg.MaxCost,
		tokens: cfg.MaxTokens, fields: cfg.MaxFields}
	gh := &graphqlHandler{
		cfg:     cfg,
		schema:  sch,
		docs:    newDocuments(sch.GraphQL(), cfg.DocumentCacheSize, lim, cfg.Introspection, m.cacheLookup),
		keys:    newKeyring(cfg.APIKeys),
		limits:  lim,
		metrics: m,
	}

	gh.docs.validated = m.validations.Inc
	gh.breaker = newBreaker(store, log, m)

	r := mux.NewRouter()
	r.MethodNotAllowedHandler = http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		// Every route but /graphql is GET and HEAD.
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	})
	r.Handle("/graphql", gh)
	r.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "ok\n")
	}).Methods(http.MethodGet, http.MethodHead)
	r.Handle("/readyz", readyHandler{store, gh.breaker}).Methods(http.MethodGet, http.MethodHead)
	if cfg.Metrics {
		r.Handle("/metrics", m.handler()).Methods(http.MethodGet, http.MethodHead)
	}
	// The analysts' dashboard asks /graphql what any client may ask.
	r.PathPrefix("/dashboard").Handler(dashboard.Handler()).Methods(http.MethodGet, http.MethodHead)
	if cfg.Playground {
		sub, _ := fs.Sub(playgroundFS, "playground")
		static := http.StripPrefix("/playground/", http.FileServer(http.FS(sub)))
		r.PathPrefix("/playground/").Handler(cacheFor(static, time.Hour)).Methods(http.MethodGet, http.MethodHead)
		r.Handle("/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			page, _ := fs.ReadFile(playgroundFS, "playground/index.html")
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Header().Set("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; img-src 'self' data:")
			w.Write(page)
		})).Methods(http.MethodGet, http.MethodHead)
	}
	return withRequestID(log, recoverPanics(r))
}

// readyHandler answers /readyz: 200 "ready" when Neo4j answers a Ping,
// else 503 "neo4j unavailable" with how long it has been, and Retry-After.
// Its Ping also opens or closes the breaker.
type readyHandler struct {
	store   Pinger
	breaker *breaker
}

func (h readyHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
	defer cancel()
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	err := h.store.Ping(ctx)
	if r.Context().Err() == nil {
		h.breaker.record(err)
	}
	if err != nil {
		logger(r.Context()).Warn("not ready", "err", err)
		_, since, _ := h.breaker.state()
		w.Header().Set("Retry-After", retryAfter())
		w.WriteHeader(http.StatusServiceUnavailable)
		if since.IsZero() {
			io.WriteString(w, "neo4j unavailable\n")
		} else {
			fmt.Fprintf(w, "neo4j unavailable for %s\n", time.Since(since).Round(time.Second))
		}
		return
	}
	io.WriteString(w, "ready\n")
}

func cacheFor(h http.Handler, d time.Duration) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age="+strconv.Itoa(int(d.Seconds())))
		h.ServeHTTP(w, r)
	})
}

// requestIDHeader carries the request id both ways: a client's or proxy's
// id is kept when it is sane, otherwise the server makes one.
const requestIDHeader = "X-Request-Id"

type loggerKey struct{}

// logger is the request's logger, which names the request id.
func logger(ctx context.Context) *slog.Logger {
	if l, ok := ctx.Value(loggerKey{}).(*slog.Logger); ok {
		return l
	}
	return slog.New(slog.DiscardHandler)
}

func withRequestID(log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get(requestIDHeader)
		if !saneRequestID(id) {
			id = rand.Text()
		}
		w.Header().Set(requestIDHeader, id)
		w.Header().Set("X-Content-Type-Options", "nosniff")
		ctx := context.WithValue(r.Context(), loggerKey{}, log.With("request_id", id))
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// saneRequestID accepts 1 to 128 letters, digits and -_.:/+= (UUIDs, W3C
// trace ids, base64 ids), nothing that could forge log lines or headers.
func saneRequestID(id string) bool {
	if id == "" || len(id) > 128 {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		case c == '-' || c == '_' || c == '.' || c == ':' || c == '/' || c == '+' || c == '=':
		default:
			return false
		}
	}
	return true
}

// recoverPanics turns a panic in a handler into a 500 with a generic body,
// and logs it with its stack. (Panics inside resolvers never get here:
// graphql-go turns them into field errors, which become "internal error".)
func recoverPanics(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rw := &statusWriter{ResponseWriter: w}
		defer func() {
			p := recover()
			if p == nil {
				return
			}
			if p == http.ErrAbortHandler {
				panic(p)
			}
			logger(r.Context()).Error("handler panicked", "panic", p, "method", r.Method, "path", r.URL.Path, "stack", string(debug.Stack()))
			if rw.wrote {
				return // too late for a status; the client sees a cut response
			}
			h := w.Header()
			for k := range h {
				if k != requestIDHeader {
					delete(h, k)
				}
			}
			h.Set("Content-Type", mediaJSON+"; charset=utf-8")
			h.Set("X-Content-Type-Options", "nosniff")
			w.WriteHeader(http.StatusInternalServerError)
			json.NewEncoder(w).Encode(errorResponse(codeInternal, "internal error"))
		}()
		next.ServeHTTP(rw, r)
	})
}

// statusWriter remembers whether the response has started.
type statusWriter struct {
	http.ResponseWriter
	wrote bool
}

func (w *statusWriter) WriteHeader(code int) {
	w.wrote = true
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	w.wrote = true
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
