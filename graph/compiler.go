package graph

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// The compiler: parameters, fresh variables, and the projection of a
// node's selected fields into a Cypher map literal and its decoder.

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
