package graph

import (
	"context"
	"errors"
	"fmt"
	"net"
	"reflect"
	"strings"
	"syscall"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// classify wraps err, the error of a statement, with ErrUnavailable or
// ErrSearchSyntax when it is one of those, keeping the driver's error for
// the log.
func classify(ctx context.Context, what string, err error) error {
	switch {
	case ctx.Err() != nil && errors.Is(err, ctx.Err()):
		return fmt.Errorf("graph: %s: %w", what, err)
	case ctx.Err() != nil:
		// The driver gave up because the caller did: the context's error
		// says why (deadline or cancellation), the driver's says how.
		return fmt.Errorf("graph: %s: %w (%w)", what, ctx.Err(), err)
	case isUnavailable(err):
		return fmt.Errorf("%w: %s: %w", ErrUnavailable, what, err)
	case isSearchSyntax(err):
		return fmt.Errorf("%w: %s: %w", ErrSearchSyntax, what, err)
	}
	return fmt.Errorf("graph: %s: %w", what, err)
}

// isUnavailable reports whether err says Neo4j could not be reached.
func isUnavailable(err error) bool {
	if err == nil {
		return false
	}
	var ce *neo4j.ConnectivityError
	if errors.As(err, &ce) {
		return true
	}
	var limit *neo4j.TransactionExecutionLimit
	if errors.As(err, &limit) {
		// The driver's retries ran out: unavailable if the last attempt
		// (or any) could not connect.
		for _, e := range limit.Errors {
			if isUnavailable(e) {
				return true
			}
		}
		return false
	}
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) {
		return ne.Code == "Neo.TransientError.General.DatabaseUnavailable" ||
			ne.Code == "Neo.ClientError.Cluster.NotALeader" ||
			ne.Code == "Neo.TransientError.Database.DatabaseUnavailable"
	}
	var op *net.OpError
	if errors.As(err, &op) || errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) {
		return true
	}
	// The pool's errors are of unexported types without Unwrap: a timeout
	// waiting for a connection, a closed pool, no server to connect to.
	switch reflect.TypeOf(err).String() {
	case "*errorutil.PoolTimeout", "*errorutil.PoolClosed", "*errorutil.PoolOutOfServers", "*errorutil.PoolFull":
		return true
	}
	if u := errors.Unwrap(err); u != nil {
		return isUnavailable(u)
	}
	return false
}

// isSearchSyntax reports whether err is the full-text index refusing its
// query text (Lucene's ParseException, through the procedure call).
func isSearchSyntax(err error) bool {
	var ne *neo4j.Neo4jError
	if !errors.As(err, &ne) {
		return false
	}
	return ne.Code == "Neo.ClientError.Procedure.ProcedureCallFailed" &&
		strings.Contains(ne.Msg, "db.index.fulltext.queryNodes") &&
		(strings.Contains(ne.Msg, "ParseException") || strings.Contains(ne.Msg, "Cannot parse"))
}
