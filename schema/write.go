package schema

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/gqlerrors"

	"github.com/geokg/kg/graph"
)

// The writer writes a query's answer as JSON straight from the plan and
// what the graph returned: keys in the query's field order (as the
// GraphQL specification says responses are ordered), leaves serialized as
// graphql-go's scalars would and written as encoding/json writes them
// (HTML-safe), so that the server copies the bytes into its response as
// they are. A null where the schema promises a value is an error at that
// field, and the null propagates to the nearest nullable field above it,
// up to the data itself (the specification's "Handling Field Errors").

// writer is one response's JSON.
type writer struct {
	buf  []byte
	errs []gqlerrors.FormattedError
	path []any
	// memo keeps what scalars other than the built-in ones wrote for
	// dates: an answer repeats the same few days (one article's sentences
	// all have its date), and formatting one costs allocations.
	memo map[memoKey][]byte
}

type memoKey struct {
	t *graphql.Scalar
	v any // graph.Date or time.Time: comparable, equal values serialize equally
}

// errNotAnObject is the error of a value the writer cannot show as the
// object its field promises; clients see "internal error".
var errNotAnObject = errors.New("schema: the graph's answer is not an object where the schema has one")

// fail records the error of node n at the current path.
func (w *writer) fail(n *Node, err error) {
	path := make([]any, len(w.path))
	copy(path, w.path)
	w.errs = append(w.errs, gqlerrors.FormatError(graphql.NewLocatedErrorWithPath(err, graphql.FieldASTsToNodeASTs(n.asts), path)))
}

// object writes the fields of nodes from m, keyed by each node's store
// key (a nil map: every field is null); false when a field that may not
// be null is, and so the object itself must be.
func (w *writer) object(parent *graphql.Object, nodes []*Node, m map[string]any) bool {
	w.buf = append(w.buf, '{')
	for i, n := range nodes {
		if i > 0 {
			w.buf = append(w.buf, ',')
		}
		w.buf = appendString(w.buf, n.Key)
		w.buf = append(w.buf, ':')
		if n.kind == typenameField {
			w.buf = appendString(w.buf, parent.Name())
			continue
		}
		w.path = append(w.path, n.Key)
		ok := w.field(n, n.Type, m[n.store])
		w.path = w.path[:len(w.path)-1]
		if !ok {
			return false
		}
	}
	w.buf = append(w.buf, '}')
	return true
}

// status is how writing a value went.
type status int

const (
	written status = iota
	null           // the value is null: nothing written
	failed         // something below that may not be null is, and its error is recorded: the value must be null
)

// field writes v as a value of type t of node n; false when it is null and
// t is non-null (the caller's value becomes null). A nullable value that
// is null or fails below is written as null.
func (w *writer) field(n *Node, t graphql.Output, v any) bool {
	start := len(w.buf)
	if nn, ok := t.(*graphql.NonNull); ok {
		switch w.value(n, nn.OfType, v) {
		case written:
			return true
		case null:
			w.fail(n, fmt.Errorf("Cannot return null for non-nullable field %s.%s.", n.Parent.Name(), n.Name))
		}
		w.buf = w.buf[:start]
		return false
	}
	if w.value(n, t, v) != written {
		w.buf = append(w.buf[:start], "null"...)
	}
	return true
}

// value writes v as a value of the nullable type t.
func (w *writer) value(n *Node, t graphql.Output, v any) status {
	if v == nil {
		return null
	}
	switch t := t.(type) {
	case *graphql.List:
		return w.list(n, t, v)
	case *graphql.Object:
		if n.kind == pageField {
			p, ok := v.(*graph.Page)
			if !ok {
				w.fail(n, errNotAnObject)
				return failed
			}
			v = pageValues(n, p)
		}
		m, ok := v.(map[string]any)
		if !ok {
			w.fail(n, errNotAnObject)
			return failed
		}
		if !w.object(t, n.Fields, m) {
			return failed
		}
		return written
	case *graphql.Enum:
		if s, ok := v.(string); ok {
			if name, ok := n.enum[s]; ok {
				w.buf = append(w.buf, name...)
				return written
			}
		}
		if w.leaf(t.Serialize(v)) {
			return written
		}
		return null
	case *graphql.Scalar:
		if w.scalar(t, v) {
			return written
		}
		return null
	}
	return null
}

func (w *writer) list(n *Node, t *graphql.List, v any) status {
	w.buf = append(w.buf, '[')
	item := func(i int, x any) bool {
		if i > 0 {
			w.buf = append(w.buf, ',')
		}
		w.path = append(w.path, i)
		ok := w.field(n, t.OfType, x)
		w.path = w.path[:len(w.path)-1]
		return ok
	}
	switch l := v.(type) {
	case []any:
		for i, x := range l {
			if !item(i, x) {
				return failed
			}
		}
	case []string:
		for i, x := range l {
			if !item(i, x) {
				return failed
			}
		}
	case []map[string]any:
		for i, x := range l {
			if !item(i, x) {
				return failed
			}
		}
	default:
		w.fail(n, fmt.Errorf("schema: the graph's answer for %s.%s is a %T, not a list", n.Parent.Name(), n.Name, v))
		return failed
	}
	w.buf = append(w.buf, ']')
	return written
}

// pageValues shapes a page as the connection node n asks, keyed by the
// store keys of n's nodes: totalCount, pageInfo, nodes, edges { cursor
// node } (the items of each part are stored under that part's keys: see
// storeItems).
func pageValues(n *Node, p *graph.Page) map[string]any {
	out := make(map[string]any, len(n.Fields))
	for _, c := range n.Fields {
		switch c.Name {
		case "totalCount":
			if p.Counted {
				out[c.store] = p.Total
			}
		case "pageInfo":
			pi := make(map[string]any, len(c.Fields))
			for _, g := range c.Fields {
				switch g.Name {
				case "hasNextPage":
					pi[g.store] = p.More
				case "hasPreviousPage":
					pi[g.store] = p.After != ""
				case "startCursor":
					if len(p.Keys) > 0 {
						pi[g.store] = p.Keys[0]
					}
				case "endCursor":
					if len(p.Keys) > 0 {
						pi[g.store] = p.Keys[len(p.Keys)-1]
					}
				}
			}
			out[c.store] = pi
		case "nodes":
			out[c.store] = p.Items
		case "edges":
			edges := make([]any, len(p.Items))
			for i, it := range p.Items {
				e := make(map[string]any, len(c.Fields))
				for _, g := range c.Fields {
					switch g.Name {
					case "cursor":
						if i < len(p.Keys) {
							e[g.store] = p.Keys[i]
						}
					case "node":
						e[g.store] = it
					}
				}
				edges[i] = e
			}
			out[c.store] = edges
		}
	}
	return out
}

// scalar writes v serialized by t; false when t makes it null. The usual
// cases of the built-in scalars are written directly: they are what their
// Serialize returns.
func (w *writer) scalar(t *graphql.Scalar, v any) bool {
	if p, ok := v.(*string); ok {
		if p == nil {
			return false
		}
		v = *p
	}
	switch t {
	case graphql.String, graphql.ID:
		if s, ok := v.(string); ok {
			w.buf = appendString(w.buf, s)
			return true
		}
	case graphql.Int:
		// coerceInt: 32-bit values only.
		switch x := v.(type) {
		case int64:
			if x < math.MinInt32 || x > math.MaxInt32 {
				return false
			}
			w.buf = strconv.AppendInt(w.buf, x, 10)
			return true
		case int:
			if x < math.MinInt32 || x > math.MaxInt32 {
				return false
			}
			w.buf = strconv.AppendInt(w.buf, int64(x), 10)
			return true
		}
	case graphql.Float:
		if x, ok := v.(float64); ok {
			return w.float(x, 64)
		}
	case graphql.Boolean:
		if x, ok := v.(bool); ok {
			w.buf = strconv.AppendBool(w.buf, x)
			return true
		}
	default:
		switch v.(type) {
		case graph.Date, time.Time:
			k := memoKey{t, v}
			if b, ok := w.memo[k]; ok {
				w.buf = append(w.buf, b...)
				return true
			}
			start := len(w.buf)
			if !w.leaf(t.Serialize(v)) {
				return false
			}
			if w.memo == nil {
				w.memo = map[memoKey][]byte{}
			}
			w.memo[k] = append([]byte(nil), w.buf[start:]...)
			return true
		}
	}
	return w.leaf(t.Serialize(v))
}

// leaf appends a serialized value as encoding/json would; false for nil
// (graphql-go makes it null, or an error when non-null) and for types it
// does not know.
func (c *writer) leaf(v any) bool {
	switch x := v.(type) {
	case string:
		c.buf = appendString(c.buf, x)
	case bool:
		c.buf = strconv.AppendBool(c.buf, x)
	case int:
		c.buf = strconv.AppendInt(c.buf, int64(x), 10)
	case int8:
		c.buf = strconv.AppendInt(c.buf, int64(x), 10)
	case int16:
		c.buf = strconv.AppendInt(c.buf, int64(x), 10)
	case int32:
		c.buf = strconv.AppendInt(c.buf, int64(x), 10)
	case int64:
		c.buf = strconv.AppendInt(c.buf, x, 10)
	case uint:
		c.buf = strconv.AppendUint(c.buf, uint64(x), 10)
	case uint8:
		c.buf = strconv.AppendUint(c.buf, uint64(x), 10)
	case uint16:
		c.buf = strconv.AppendUint(c.buf, uint64(x), 10)
	case uint32:
		c.buf = strconv.AppendUint(c.buf, uint64(x), 10)
	case uint64:
		c.buf = strconv.AppendUint(c.buf, x, 10)
	case float64:
		return c.float(x, 64)
	case float32:
		return c.float(float64(x), 32)
	default:
		return false
	}
	return true
}

// float appends f as encoding/json writes a float of that many bits; false
// for NaN (graphql-go makes it null) and infinities (encoding/json fails).
func (c *writer) float(f float64, bits int) bool {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return false
	}
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 {
		if bits == 64 && (abs < 1e-6 || abs >= 1e21) || bits == 32 && (float32(abs) < 1e-6 || float32(abs) >= 1e21) {
			format = 'e'
		}
	}
	b := strconv.AppendFloat(c.buf, f, format, -1, bits)
	if format == 'e' {
		// e-09 is written e-9.
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	c.buf = b
	return true
}

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string exactly as encoding/json writes
// it by default: invalid UTF-8 becomes \ufffd; U+2028 and U+2029 are
// escaped, and so are <, > and & (HTML-safe), so that the server can copy
// the Raw answer into its response as it is instead of having
// encoding/json scan it again.
func appendString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		if b := s[i]; b < utf8.RuneSelf {
			if b >= 0x20 && b != '"' && b != '\\' && b != '<' && b != '>' && b != '&' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[b>>4], hexDigits[b&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
