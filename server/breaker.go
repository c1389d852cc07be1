package server

import (
	"context"
	"log/slog"
	"strconv"
	"sync"
	"time"

	"github.com/graphql-go/graphql/language/ast"
)

// codeUnavailable: storage cannot be reached; the answer is 503 with
// Retry-After.
const codeUnavailable = "UNAVAILABLE"

// probeInterval is how often, while storage is known to be down, one
// Ping checks whether it is back (and the Retry-After of the 503s).
const probeInterval = 2 * time.Second

// breaker remembers that storage is down, so that requests fail at once
// with UNAVAILABLE instead of each waiting for the driver to give up, and
// finds out when it is back: while down, at most one Ping per
// probeInterval runs (in a goroutine that ends with it). It opens when an
// execution answers UNAVAILABLE or /readyz's Ping fails, and closes when
// a Ping or an execution succeeds.
type breaker struct {
	store   Pinger
	log     *slog.Logger
	metrics *metrics

	mu        sync.Mutex
	down      bool
	since     time.Time
	reason    string
	nextProbe time.Time
	probing   bool
}

func newBreaker(store Pinger, log *slog.Logger, m *metrics) *breaker {
	m.neo4jUp.Set(1)
	return &breaker{store: store, log: log, metrics: m}
}

// allow reports whether a request may go to storage; while storage is
// down it says no, and starts a probe when one is due.
func (b *breaker) allow() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.down {
		return true
	}
	if now := time.Now(); !b.probing && !now.Before(b.nextProbe) {
		b.probing = true
		b.nextProbe = now.Add(probeInterval)
		go b.probe()
	}
	return false
}

func (b *breaker) probe() {
	ctx, cancel := context.WithTimeout(context.Background(), probeInterval)
	defer cancel()
	err := b.store.Ping(ctx)
	b.mu.Lock()
	b.probing = false
	b.mu.Unlock()
	b.record(err)
}

// record notes the outcome of a Ping or an execution: nil means storage
// answered.
func (b *breaker) record(err error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch {
	case err == nil && b.down:
		b.down = false
		b.metrics.neo4jUp.Set(1)
		b.log.Info("neo4j is available again", "down_for", time.Since(b.since).Round(time.Millisecond))
	case err != nil && !b.down:
		b.down, b.since, b.reason = true, time.Now(), err.Error()
		b.nextProbe = b.since.Add(probeInterval)
		b.metrics.neo4jUp.Set(0)
		b.metrics.neo4jDown.Inc()
		b.log.Warn("neo4j is unavailable: requests that need it fail at once with UNAVAILABLE until a probe succeeds",
			"err", err, "probe_every", probeInterval)
	}
}

// state is whether storage is down, since when and why.
func (b *breaker) state() (down bool, since time.Time, reason string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.down, b.since, b.reason
}

// retryAfter is the Retry-After header of an UNAVAILABLE answer.
func retryAfter() string { return strconv.Itoa(int(probeInterval / time.Second)) }

// unavailable is the answer to a request refused while storage is down.
func unavailable(media, op string) reply {
	return reply{status: 503, media: media, op: op, header: map[string][]string{"Retry-After": {retryAfter()}},
		body: response{Data: nullData(), Errors: []gqlError{{
			Message:    "the database is unavailable; try again shortly",
			Extensions: map[string]any{"code": codeUnavailable},
		}}}}
}

// needsStorage reports whether op asks for anything but introspection
// (__typename, __schema, __type), which the server answers by itself.
func needsStorage(doc *ast.Document, op *ast.OperationDefinition) bool {
	return needsStorageIn(doc, op.SelectionSet, map[string]bool{})
}

func needsStorageIn(doc *ast.Document, set *ast.SelectionSet, seen map[string]bool) bool {
	if set == nil {
		return false
	}
	for _, sel := range set.Selections {
		switch sel := sel.(type) {
		case *ast.Field:
			if name := nodeName(sel.Name); name != "__typename" && !isIntrospection(name) {
				return true
			}
		case *ast.InlineFragment:
			if needsStorageIn(doc, sel.SelectionSet, seen) {
				return true
			}
		case *ast.FragmentSpread:
			name := nodeName(sel.Name)
			if seen[name] {
				continue
			}
			seen[name] = true
			if def := fragmentDef(doc, name); def != nil && needsStorageIn(doc, def.SelectionSet, seen) {
				return true
			}
		}
	}
	return false
}
