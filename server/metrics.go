package server

import (
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// metrics are the server's Prometheus metrics, in a registry of its own (no
// global state). Label values come from small closed sets: the operation
// type, the HTTP status, an error code; never the query.
type metrics struct {
	reg      *prometheus.Registry
	requests *prometheus.CounterVec
	duration *prometheus.HistogramVec
	errors   *prometheus.CounterVec
	cache    *prometheus.CounterVec
	// validations counts the documents graphql-go validated: the work the
	// guard (guard.go) spares when it refuses a document first.
	validations prometheus.Counter
	// neo4jUp is 1 while storage answers, 0 while the breaker holds it
	// down; neo4jDown counts the outages.
	neo4jUp   prometheus.Gauge
	neo4jDown prometheus.Counter
}

func newMetrics() *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "kg", Subsystem: "graphql", Name: "requests_total",
			Help: "GraphQL requests by operation type (query, mutation, subscription, none) and HTTP status.",
		}, []string{"operation", "status"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Namespace: "kg", Subsystem: "graphql", Name: "request_duration_seconds",
			Help:    "Time to answer a GraphQL request, by operation type and HTTP status.",
			Buckets: []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60},
		}, []string{"operation", "status"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "kg", Subsystem: "graphql", Name: "errors_total",
			Help: "Errors in GraphQL responses, by extensions.code.",
		}, []string{"code"}),
		cache: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "kg", Subsystem: "graphql", Name: "document_cache_total",
			Help: "Look-ups in the cache of parsed and validated documents, by result (hit, miss).",
		}, []string{"result"}),
		validations: prometheus.NewCounter(prometheus.CounterOpts{
			Namespace: "kg", Subsystem: "graphql", Name: "validations_total",
			Help: "Documents validated by graphql-go (documents refused by the cheaper limits first, or found in the cache, are not).",
		}),
	}
	m.neo4jUp = prometheus.NewGauge(prometheus.GaugeOpts{
		Namespace: "kg", Subsystem: "neo4j", Name: "up",
		Help: "1 while Neo4j answers, 0 while it is known to be unavailable (requests then fail at once with UNAVAILABLE).",
	})
	m.neo4jDown = prometheus.NewCounter(prometheus.CounterOpts{
		Namespace: "kg", Subsystem: "neo4j", Name: "unavailable_total",
		Help: "Times Neo4j was found unavailable (outages seen by the server).",
	})
	m.reg.MustRegister(m.requests, m.duration, m.errors, m.cache, m.validations, m.neo4jUp, m.neo4jDown,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

func (m *metrics) observe(rep reply, elapsed time.Duration) {
	op := rep.op
	if op == "" {
		op = "none"
	}
	status := strconv.Itoa(rep.status)
	m.requests.WithLabelValues(op, status).Inc()
	m.duration.WithLabelValues(op, status).Observe(elapsed.Seconds())
	for _, e := range rep.body.Errors {
		code, _ := e.Extensions["code"].(string)
		m.errors.WithLabelValues(boundedCode(code)).Inc()
	}
}

func (m *metrics) cacheLookup(hit bool) {
	if hit {
		m.cache.WithLabelValues("hit").Inc()
	} else {
		m.cache.WithLabelValues("miss").Inc()
	}
}

// boundedCode keeps the code label's values few: codes are upper-case
// constants in the code, and anything else counts as OTHER.
func boundedCode(code string) string {
	if code == "" || len(code) > 40 {
		return "OTHER"
	}
	for i := 0; i < len(code); i++ {
		if c := code[i]; (c < 'A' || c > 'Z') && c != '_' {
			return "OTHER"
		}
	}
	return code
}
