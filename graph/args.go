package graph

import (
	"time"
)

// Arguments: values arrive already typed by the caller; these read them,
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

// How many items a list returns when the question does not say: the one
// place these defaults live (the schema shows them as the defaults of its
// arguments).
const (
	DefaultPageSize      = 20 // a page of actors or events; an actor's or an article's events; an actor's or a tie's articles; search hits
	DefaultTieCount      = 50 // allies and adversaries
	DefaultEvidenceCount = 10 // the evidence of an event, a stance or a tie
	DefaultMentioned     = 50 // the actors an article mentions
	DefaultNeighbors     = 50 // the actors of a neighborhood
	DefaultDepth         = 1  // the rings of a neighborhood
	DefaultHops          = 4  // the longest path sought
)
