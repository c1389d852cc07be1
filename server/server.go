// Package server owns HTTP: the gorilla/mux router, the GraphQL endpoint
// (GraphQL over HTTP: GET and POST, JSON in and out), the offline GraphiQL
// playground and the health endpoints.
//
// It must not contain Cypher or build the schema's types: it executes the
// graphql.Schema it is given and asks a Pinger whether storage answers.
package server

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"log/slog"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/gorilla/mux"
	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/gqlerrors"
)

//go:embed playground
var playgroundFS embed.FS

// Config tunes the HTTP layer.
type Config struct {
	// Timeout bounds one GraphQL request, storage included.
	Timeout time.Duration
	// Playground serves GraphiQL at "/". Turn it off in production if wanted.
	Playground bool
	// MaxBodyBytes bounds a request body.
	MaxBodyBytes int64
}

// Pinger reports whether storage answers; /readyz uses it.
type Pinger interface {
	Ping(ctx context.Context) error
}

// New returns the server's handler.
func New(cfg Config, schema graphql.Schema, store Pinger, log *slog.Logger) http.Handler {
	if cfg.Timeout <= 0 {
		cfg.Timeout = 30 * time.Second
	}
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = 1 << 20
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	h := &handler{cfg: cfg, schema: schema, store: store, log: log}
	r := mux.NewRouter()
	r.HandleFunc("/graphql", h.graphql)
	r.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "ok\n")
	}).Methods(http.MethodGet, http.MethodHead)
	r.HandleFunc("/readyz", h.ready).Methods(http.MethodGet, http.MethodHead)
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
	return r
}

type handler struct {
	cfg    Config
	schema graphql.Schema
	store  Pinger
	log    *slog.Logger
}

func (h *handler) ready(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
	defer cancel()
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	if err := h.store.Ping(ctx); err != nil {
		h.log.Warn("not ready", "err", err)
		w.WriteHeader(http.StatusServiceUnavailable)
		io.WriteString(w, "neo4j unavailable\n")
		return
	}
	io.WriteString(w, "ready\n")
}

// request is a GraphQL-over-HTTP request.
type request struct {
	Query         string         `json:"query"`
	Variables     map[string]any `json:"variables"`
	OperationName string         `json:"operationName"`
	Extensions    map[string]any `json:"extensions"`
}

const (
	mediaGraphQLResponse = "application/graphql-response+json"
	mediaJSON            = "application/json"
)

func (h *handler) graphql(w http.ResponseWriter, r *http.Request) {
	media := negotiate(r.Header.Get("Accept"))
	if media == "" {
		httpError(w, http.StatusNotAcceptable, "accept application/graphql-response+json or application/json")
		return
	}
	var req request
	switch r.Method {
	case http.MethodGet, http.MethodHead:
		q := r.URL.Query()
		req.Query = q.Get("query")
		req.OperationName = q.Get("operationName")
		if v := q.Get("variables"); v != "" {
			if err := json.Unmarshal([]byte(v), &req.Variables); err != nil {
				httpError(w, http.StatusBadRequest, "variables is not a JSON object: "+err.Error())
				return
			}
		}
	case http.MethodPost:
		ct, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
		if err != nil || ct != mediaJSON {
			httpError(w, http.StatusUnsupportedMediaType, "POST bodies must be application/json")
			return
		}
		dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, h.cfg.MaxBodyBytes))
		dec.UseNumber()
		if err := dec.Decode(&req); err != nil {
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				httpError(w, http.StatusRequestEntityTooLarge, "request body too large")
				return
			}
			httpError(w, http.StatusBadRequest, "request body is not a GraphQL request (JSON with a query string): "+err.Error())
			return
		}
	default:
		w.Header().Set("Allow", "GET, POST")
		httpError(w, http.StatusMethodNotAllowed, "use GET or POST")
		return
	}
	if strings.TrimSpace(req.Query) == "" {
		httpError(w, http.StatusBadRequest, "missing query")
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), h.cfg.Timeout)
	defer cancel()
	res := graphql.Do(graphql.Params{
		Schema:         h.schema,
		RequestString:  req.Query,
		VariableValues: req.Variables,
		OperationName:  req.OperationName,
		Context:        ctx,
	})
	status := http.StatusOK
	if res.Data == nil && len(res.Errors) > 0 && media == mediaGraphQLResponse {
		// The request did not reach execution (syntax or validation error).
		status = http.StatusBadRequest
	}
	for _, e := range res.Errors {
		h.logError(r, e)
	}
	w.Header().Set("Content-Type", media+"; charset=utf-8")
	w.WriteHeader(status)
	if r.Method == http.MethodHead {
		return
	}
	if err := json.NewEncoder(w).Encode(res); err != nil {
		h.log.Debug("write response", "err", err)
	}
}

func (h *handler) logError(r *http.Request, e gqlerrors.FormattedError) {
	orig := e.OriginalError()
	var ge *gqlerrors.Error
	if errors.As(orig, &ge) && ge.OriginalError != nil {
		orig = ge.OriginalError
	}
	if u := errors.Unwrap(orig); u != nil && orig.Error() == "internal error" {
		h.log.Error("graphql resolver failed", "path", e.Path, "err", u, "remote", r.RemoteAddr)
	}
}

// negotiate picks the response media type from an Accept header:
// application/graphql-response+json when the client accepts it, otherwise
// application/json (also when Accept is absent, for legacy clients).
func negotiate(accept string) string {
	if strings.TrimSpace(accept) == "" {
		return mediaJSON
	}
	best, bestQ := "", -1.0
	for _, part := range strings.Split(accept, ",") {
		mt, params, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		q := 1.0
		if v, ok := params["q"]; ok {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				continue
			}
			q = f
		}
		var cand string
		switch mt {
		case mediaGraphQLResponse:
			cand = mediaGraphQLResponse
		case mediaJSON, "application/*", "*/*":
			cand = mediaJSON
		default:
			continue
		}
		if q > bestQ || (q == bestQ && cand == mediaGraphQLResponse) {
			if q > 0 {
				best, bestQ = cand, q
			}
		}
	}
	return best
}

func httpError(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", mediaJSON+"; charset=utf-8")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"errors": []map[string]string{{"message": msg}}})
}

func cacheFor(h http.Handler, d time.Duration) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age="+strconv.Itoa(int(d.Seconds())))
		h.ServeHTTP(w, r)
	})
}
