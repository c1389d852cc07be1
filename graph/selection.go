package graph

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
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

// Query answers every root selection of one question with one
// Cypher statement and returns the results keyed by Selection.Key.
//
// The values are this package's, never the driver's: nil, string, bool,
// int64, float64, Date, time.Time, []any of values, map[string]any keyed by
// the Fields' Keys, and *Page for a paged field (schema's
// TestAnswersHoldOnlyPlainValues checks every field against a real store).
func (s *Store) Query(ctx context.Context, roots []Selection) (map[string]any, error) {
	c := newCompiler()
	c.tieCandidates = s.tieCandidates
	c.tieScanBelow = s.tieScanBelow
	c.slowPaths = s.slowPaths
	cypher, decs, err := c.statement(roots)
	if err != nil || cypher == "" {
		return map[string]any{}, err
	}
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

// Compile is the statement and parameters Query would send for roots,
// without sending it: callers check that their selections name fields and
// arguments this package knows, without a database.
func Compile(roots []Selection) (cypher string, params map[string]any, err error) {
	c := newCompiler()
	cypher, _, err = c.statement(roots)
	return cypher, c.params, err
}

// statement compiles roots into one statement ("" for none) and the
// decoders of its results r0, r1...
func (c *compiler) statement(roots []Selection) (string, []rootDecoder, error) {
	var (
		calls []string
		decs  []rootDecoder
	)
	for i, sel := range roots {
		r, ok := rootFields[sel.Field]
		if !ok {
			return "", nil, fmt.Errorf("graph: no root field %q", sel.Field)
		}
		body, dec, err := r(c, sel)
		if err != nil {
			return "", nil, err
		}
		calls = append(calls, fmt.Sprintf("CALL {\n  CALL {\n%s\n  }\n  RETURN collect(v) AS r%d\n}", body, i))
		decs = append(decs, dec)
	}
	if len(calls) == 0 {
		return "", nil, nil
	}
	ret := make([]string, len(roots))
	for i := range roots {
		ret[i] = "r" + strconv.Itoa(i)
	}
	return strings.Join(calls, "\n") + "\nRETURN " + strings.Join(ret, ", "), decs, nil
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
