package graph

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// Selection describes the shape of an answer: a field of a node type, its
// arguments and, for object fields, the fields wanted from it. Query
// compiles all of them into one Cypher statement, so a request costs one
// round trip however deeply it nests.
//
// Field names and argument names are checked against the fixed tables in
// this package; argument values only ever reach Cypher as parameters, and
// Keys never reach Cypher at all: results are keyed k0, k1... in Cypher and
// renamed when decoded.
type Selection struct {
	Key    string         // where the value goes in the result map (any name the caller chooses)
	Field  string         // which field ("name", "events", "allies")
	Args   map[string]any // argument values: string, int, float64, bool, time.Time, []any, map[string]any
	Fields []Selection    // for object and list-of-object fields; on a paged field (actors, events), the fields of each item
	// Total, on a paged field, also counts every match (Page.Total).
	Total bool
}

// MaxPageSize bounds every `first` and `limit` argument.
const MaxPageSize = 500

// compiler accumulates parameters and fresh variable names while a
// statement is built.
type compiler struct {
	params map[string]any
	vars   int
	// tieCandidates, when positive, replaces what rootTies reads per index
	// seek (tests use it to make small graphs stop early or not).
	tieCandidates int
	// tieScanBelow, when not zero, replaces the degree under which
	// rootTies ranks every tie without reading candidates first (negative:
	// always read candidates).
	tieScanBelow int
	// slowPaths, when set, answers the timeline and an actor's events by
	// reading every event of the actor, as before the event_out and
	// event_in seeks (tests compare the two).
	slowPaths bool
}

func newCompiler() *compiler { return &compiler{params: map[string]any{}} }

// param stores a value and returns its placeholder.
func (c *compiler) param(v any) string {
	name := "p" + strconv.Itoa(len(c.params))
	c.params[name] = v
	return "$" + name
}

// fresh returns a new Cypher variable name.
func (c *compiler) fresh(prefix string) string {
	c.vars++
	return prefix + strconv.Itoa(c.vars)
}

// decoder turns what Cypher returned for one field into the value the
// caller sees.
type decoder func(any) any

func identity(v any) any { return plain(v) }

// fieldFunc compiles one field of a node type, given the Cypher variable
// holding the node.
type fieldFunc func(c *compiler, v string, sel Selection) (string, decoder, error)

// nodeType is the field table of one kind of result object.
type nodeType struct {
	name   string
	fields map[string]fieldFunc
}

// object compiles the selected fields of a node held in variable v into a
// Cypher map literal {k0: ..., k1: ...} and its decoder.
func (c *compiler) object(t *nodeType, v string, sels []Selection) (string, decoder, error) {
	parts := make([]string, 0, len(sels))
	decs := make([]decoder, 0, len(sels))
	for i, sel := range sels {
		f, ok := t.fields[sel.Field]
		if !ok {
			return "", nil, fmt.Errorf("graph: %s has no field %q", t.name, sel.Field)
		}
		expr, dec, err := f(c, v, sel)
		if err != nil {
			return "", nil, err
		}
		parts = append(parts, "k"+strconv.Itoa(i)+": "+expr)
		decs = append(decs, dec)
	}
	if len(parts) == 0 {
		return "{}", func(any) any { return map[string]any{} }, nil
	}
	return "{" + strings.Join(parts, ", ") + "}", objectDecoder(sels, decs), nil
}

func objectDecoder(sels []Selection, decs []decoder) decoder {
	return func(in any) any {
		m, ok := in.(map[string]any)
		if !ok {
			return nil
		}
		out := make(map[string]any, len(sels))
		for i, sel := range sels {
			out[sel.Key] = decs[i](m["k"+strconv.Itoa(i)])
		}
		return out
	}
}

func listDecoder(elem decoder) decoder {
	return func(in any) any {
		l, ok := in.([]any)
		if !ok {
			return []any{}
		}
		out := make([]any, len(l))
		for i, x := range l {
			out[i] = elem(x)
		}
		return out
	}
}

// plain converts driver values into plain Go values: dates become
// time.Time, so callers need not know the driver.
func plain(v any) any {
	switch x := v.(type) {
	case dbtype.Date:
		return Date{x.Time()}
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = plain(e)
		}
		return out
	}
	return v
}

// prop is a field read straight from a node property.
func prop(name string) fieldFunc {
	return func(c *compiler, v string, _ Selection) (string, decoder, error) {
		return v + "." + name, identity, nil
	}
}

// constExpr is a field computed by a fixed Cypher expression over the node
// variable, written with %[1]s for the variable.
func constExpr(format string) fieldFunc {
	return func(c *compiler, v string, _ Selection) (string, decoder, error) {
		return fmt.Sprintf(format, v), identity, nil
	}
}

// Argument helpers. Values arrive already typed by the GraphQL layer; these
// check ranges and fill defaults.

func argString(sel Selection, name string) string {
	s, _ := sel.Args[name].(string)
	return s
}

func argInt(sel Selection, name string, def, min, max int) (int, error) {
	v, ok := sel.Args[name]
	if !ok || v == nil {
		return def, nil
	}
	var n int
	switch x := v.(type) {
	case int:
		n = x
	case int64:
		n = int(x)
	case float64:
		n = int(x)
	default:
		return 0, badInput("%s must be an integer", name)
	}
	if n < min || n > max {
		return 0, badInput("%s must be between %d and %d, got %d", name, min, max, n)
	}
	return n, nil
}

func argFloat(sel Selection, name string, def float64) float64 {
	switch x := sel.Args[name].(type) {
	case float64:
		return x
	case int:
		return float64(x)
	}
	return def
}

func argDate(m map[string]any, name string) *time.Time {
	switch x := m[name].(type) {
	case time.Time:
		return &x
	case *time.Time:
		return x
	}
	return nil
}

func argStrings(m map[string]any, name string) []string {
	var out []string
	switch x := m[name].(type) {
	case []any:
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
	case []string:
		out = x
	case string:
		out = []string{x}
	}
	return out
}

func argInts(m map[string]any, name string) []int {
	var out []int
	switch x := m[name].(type) {
	case []any:
		for _, e := range x {
			switch n := e.(type) {
			case int:
				out = append(out, n)
			case int64:
				out = append(out, int(n))
			}
		}
	case []int:
		out = x
	}
	return out
}

func argMap(sel Selection, name string) map[string]any {
	m, _ := sel.Args[name].(map[string]any)
	if m == nil {
		return map[string]any{}
	}
	return m
}

// Cursors are opaque to clients: base64 of the JSON of the sort key of the
// last item of a page. Pagination is by key, not offset, so pages stay
// stable while data is added.

func encodeCursor(key []any) string {
	b, _ := json.Marshal(key)
	return base64.RawURLEncoding.EncodeToString(b)
}

func decodeCursor(s string, n int) ([]any, error) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	var key []any
	if err == nil {
		err = json.Unmarshal(b, &key)
	}
	if err != nil || len(key) != n {
		return nil, badInput("after: %q is not a cursor from this API", s)
	}
	return key, nil
}

// Query answers every root selection of one GraphQL operation with one
// Cypher statement and returns the results keyed by Selection.Key.
func (s *Store) Query(ctx context.Context, roots []Selection) (map[string]any, error) {
	c := newCompiler()
	c.tieCandidates = s.tieCandidates
	c.tieScanBelow = s.tieScanBelow
	c.slowPaths = s.slowPaths
	var (
		calls []string
		decs  []rootDecoder
	)
	for i, sel := range roots {
		r, ok := rootFields[sel.Field]
		if !ok {
			return nil, fmt.Errorf("graph: no root field %q", sel.Field)
		}
		body, dec, err := r(c, sel)
		if err != nil {
			return nil, err
		}
		calls = append(calls, fmt.Sprintf("CALL {\n  CALL {\n%s\n  }\n  RETURN collect(v) AS r%d\n}", body, i))
		decs = append(decs, dec)
	}
	if len(calls) == 0 {
		return map[string]any{}, nil
	}
	ret := make([]string, len(roots))
	for i := range roots {
		ret[i] = "r" + strconv.Itoa(i)
	}
	cypher := strings.Join(calls, "\n") + "\nRETURN " + strings.Join(ret, ", ")
	recs, err := s.read(ctx, cypher, c.params)
	if err != nil {
		return nil, err
	}
	if len(recs) != 1 {
		return nil, fmt.Errorf("graph: query returned %d rows, want 1", len(recs))
	}
	out := make(map[string]any, len(roots))
	var errs []error
	for i, sel := range roots {
		raw, _ := recs[0].Get("r" + strconv.Itoa(i))
		list, _ := raw.([]any)
		v, err := decs[i](sel, list)
		if err != nil {
			errs = append(errs, &SelectionError{Key: sel.Key, Err: err})
			continue
		}
		out[sel.Key] = v
	}
	return out, errors.Join(errs...)
}

// rootFunc compiles a root field into a subquery body that ends in
// "RETURN ... AS v" and yields no row when the field's actor is unknown.
type rootFunc func(c *compiler, sel Selection) (string, rootDecoder, error)

// rootDecoder turns the collected rows of a root subquery into its value.
type rootDecoder func(sel Selection, rows []any) (any, error)

// singleRow decodes a root that yields at most one row; zero rows is null.
func singleRow(dec decoder) rootDecoder {
	return func(_ Selection, rows []any) (any, error) {
		if len(rows) == 0 {
			return nil, nil
		}
		return dec(rows[0]), nil
	}
}

// needsActor decodes a root that is about an actor named by an argument:
// zero rows means that actor does not exist.
func needsActor(arg string, dec decoder) rootDecoder {
	return func(sel Selection, rows []any) (any, error) {
		if len(rows) == 0 {
			return nil, notFound("actor", argString(sel, arg))
		}
		return dec(rows[0]), nil
	}
}
