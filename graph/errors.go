package graph

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// The errors of this package are Go values: callers tell them apart with
// errors.Is and errors.As and decide what to show (the schema package maps
// them to its own error codes). None of them names a protocol.

// ErrUnavailable is wrapped by the errors of statements that could not
// reach Neo4j: the connection was refused or lost, no connection could be
// had within the driver's budget (Config.ConnectTimeout, AcquireTimeout,
// RetryBudget), or the database said it is unavailable. It is not a
// statement that ran long: that ends with the caller's context error.
// Callers may try again later.
var ErrUnavailable = errors.New("graph: Neo4j is unavailable")

// ErrSearchSyntax is wrapped by the error of a full-text search whose text
// the index cannot parse as a query (words that are all operators, such as
// "AND OR NOT"). It is a problem with the question, not with the graph.
var ErrSearchSyntax = errors.New("graph: the search text is not a valid full-text query")

// ErrNotFound is what a NotFoundError is: errors.Is(err, ErrNotFound) holds
// for every one.
var ErrNotFound = errors.New("graph: not found")

// NotFoundError says that a question names something the graph does not
// hold: an actor by ID or name.
type NotFoundError struct {
	What string   // "actor"
	Keys []string // the IDs or names asked for; one of them is unknown
}

func (e *NotFoundError) Error() string {
	q := make([]string, len(e.Keys))
	for i, k := range e.Keys {
		q[i] = strconv.Quote(k)
	}
	return "no " + e.What + " has the ID or name " + strings.Join(q, " or ")
}

// Is makes every NotFoundError match ErrNotFound.
func (e *NotFoundError) Is(target error) bool { return target == ErrNotFound }

// BadInputError is a question the graph cannot answer as asked: a page too
// large, a period that ends before it starts, a position (after) this
// package did not hand out. Its message is meant for whoever asked.
type BadInputError struct {
	Message string
}

func (e *BadInputError) Error() string { return e.Message }

func badInput(format string, args ...any) error {
	return &BadInputError{Message: fmt.Sprintf(format, args...)}
}

func notFound(what string, keys ...string) error {
	return &NotFoundError{What: what, Keys: keys}
}

// SelectionError is the error of one root selection of a Query; the other
// selections may have answered.
type SelectionError struct {
	Key string // the Selection's Key
	Err error
}

func (e *SelectionError) Error() string { return e.Key + ": " + e.Err.Error() }
func (e *SelectionError) Unwrap() error { return e.Err }
