// Package graph owns everything Neo4j: the driver, the schema migration, the
// Cypher that writes an article's facts and the Cypher that answers queries.
// Its types are the graph model (see README.md beside this file).
//
// It must not know about HTTP, GraphQL or the facts document format: callers
// hand it graph types and get graph types back. Every value reaches Cypher as
// a parameter; no statement is ever built from user input.
package graph

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"time"
	"unicode"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
	"golang.org/x/text/unicode/norm"
)

// Config says how to reach Neo4j.
type Config struct {
	// URI is bolt://, neo4j:// (routing: clusters and Aura), or their +s/+ssc forms.
	URI      string
	User     string
	Password string
	// Database is the database name; empty means the server's default.
	Database string

	// The driver's budget for reaching Neo4j, separate from any caller's
	// deadline, so that an outage is known in about a second instead of
	// looking like a slow query. Zero means the default given.
	//
	// ConnectTimeout bounds opening one connection (default 1s).
	ConnectTimeout time.Duration
	// AcquireTimeout bounds waiting for a connection from the pool,
	// connecting included (default 2s).
	AcquireTimeout time.Duration
	// RetryBudget bounds the retries of a statement on transient and
	// connection errors (default 1s): reads retry within it by themselves
	// (Store.read), writes through the driver (MaxTransactionRetryTime).
	RetryBudget time.Duration
}

func (c Config) withDefaults() Config {
	if c.ConnectTimeout <= 0 {
		c.ConnectTimeout = time.Second
	}
	if c.AcquireTimeout <= 0 {
		c.AcquireTimeout = 2 * time.Second
	}
	if c.RetryBudget <= 0 {
		c.RetryBudget = time.Second
	}
	return c
}

// Store is a connection pool to one Neo4j database. It is safe for
// concurrent use; create one per process.
type Store struct {
	driver neo4j.DriverWithContext
	db     string
	// statements counts the Cypher statements sent, for the one-statement-
	// per-request test and for metrics.
	statements atomic.Int64
	// observe, when set, sees every read statement before it is sent
	// (benchmarks replay them directly against the driver).
	observe func(cypher string, params map[string]any)
	// tieCandidates and tieScanBelow: see compiler.
	tieCandidates int
	slowPaths     bool // see compiler
	tieScanBelow  int
	// retryBudget bounds read's retries (Config.RetryBudget).
	retryBudget time.Duration
	cfg         Config // as opened, defaults filled in
}

// Statements returns how many Cypher statements this Store has sent.
func (s *Store) Statements() int64 { return s.statements.Load() }

// Observe registers f to see every read statement and its parameters before
// it is sent. Call it before the Store is shared; benchmarks and tests use it.
func (s *Store) Observe(f func(cypher string, params map[string]any)) { s.observe = f }

// Config is the configuration s was opened with, defaults filled in
// (benchmarks open a driver of their own to the same database with it).
func (s *Store) Config() Config { return s.cfg }

// Database returns the configured database name ("" for the default).
func (s *Store) Database() string { return s.db }

// Open connects to Neo4j and checks that it answers.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	if cfg.URI == "" {
		return nil, errors.New("graph: no Neo4j URI configured (set NEO4J_URI or --neo4j-uri)")
	}
	cfg = cfg.withDefaults()
	auth := neo4j.NoAuth()
	if cfg.User != "" {
		auth = neo4j.BasicAuth(cfg.User, cfg.Password, "")
	}
	d, err := neo4j.NewDriverWithContext(cfg.URI, auth, func(c *config.Config) {
		c.MaxConnectionPoolSize = 100
		c.ConnectionAcquisitionTimeout = cfg.AcquireTimeout
		c.SocketConnectTimeout = cfg.ConnectTimeout
		c.MaxTransactionRetryTime = cfg.RetryBudget
	})
	if err != nil {
		return nil, fmt.Errorf("graph: driver for %s: %w", cfg.URI, err)
	}
	s := &Store{driver: d, db: cfg.Database, retryBudget: cfg.RetryBudget, cfg: cfg}
	if err := s.Ping(ctx); err != nil {
		_ = d.Close(ctx)
		return nil, err
	}
	return s, nil
}

// Close releases every connection.
func (s *Store) Close(ctx context.Context) error { return s.driver.Close(ctx) }

// Ping reports whether Neo4j answers; when it does not, the error wraps
// ErrUnavailable (or the context's error).
func (s *Store) Ping(ctx context.Context) error {
	if err := s.driver.VerifyConnectivity(ctx); err != nil {
		if ctx.Err() == nil {
			return fmt.Errorf("%w: Neo4j does not answer: %w", ErrUnavailable, err)
		}
		return fmt.Errorf("graph: Neo4j does not answer: %w (%w)", ctx.Err(), err)
	}
	return nil
}

func (s *Store) session(ctx context.Context, mode neo4j.AccessMode) neo4j.SessionWithContext {
	return s.driver.NewSession(ctx, neo4j.SessionConfig{AccessMode: mode, DatabaseName: s.db})
}

// read runs one query in a read transaction (routed to a reader on a
// cluster) and returns its records. It retries on transient and
// connection errors itself, quickly (50 ms, then doubling) and within
// Config.RetryBudget, rather than through the driver's managed
// transactions, whose first retry waits one to three seconds: an outage
// is known in well under a second, and a stale pooled connection costs
// one immediate retry.
func (s *Store) read(ctx context.Context, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	if s.observe != nil {
		s.observe(cypher, params)
	}
	start, delay := time.Now(), 50*time.Millisecond
	for {
		recs, err := s.readOnce(ctx, cypher, params)
		if err == nil {
			return recs, nil
		}
		if ctx.Err() != nil || !(neo4j.IsRetryable(err) || isUnavailable(err)) || time.Since(start)+delay > s.retryBudget {
			return nil, classify(ctx, "read", err)
		}
		select {
		case <-ctx.Done():
			return nil, classify(ctx, "read", err)
		case <-time.After(delay):
		}
		delay *= 2
	}
}

func (s *Store) readOnce(ctx context.Context, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer sess.Close(ctx)
	tx, err := sess.BeginTransaction(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Close(ctx) // rolls back unless committed
	s.statements.Add(1)
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		return nil, err
	}
	return recs, tx.Commit(ctx)
}

// NameKey is the form in which actor names and aliases are stored and looked
// up: Unicode-normalized, lower case, without diacritics, with runs of spaces,
// hyphens and dots folded, so that "Kim Jong-un", "kim jong un" and
// "KIM JONG UN" meet, and "Rusia" finds Russia through its Indonesian alias.
func NameKey(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue // combining marks: é → e
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return b.String()
}

// ParseDay parses YYYY-MM-DD.
func ParseDay(s string) (time.Time, error) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not a date of the form YYYY-MM-DD", s)
	}
	return t, nil
}

// DeleteEverything removes every node and relationship, in batches so that a
// large database does not need one huge transaction. Tests and benchmarks
// use it; nothing else should.
func (s *Store) DeleteEverything(ctx context.Context) error {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, `MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`, nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return fmt.Errorf("graph: delete everything: %w", err)
	}
	return nil
}
