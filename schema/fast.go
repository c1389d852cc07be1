package schema

// The fast path for queries. graphql-go completes an answer field by field:
// for every value it builds ResolveInfo, calls fromMap, serializes through
// interfaces and allocates a result map, then encoding/json walks those
// maps again. Our answers are already shaped like the response (the graph
// package keys them by response key), so that walk is pure overhead: on the
// allies benchmark it cost more CPU than the Cypher round trip.
//
// Fast builds a shadow of the schema whose root fields are an opaque Raw
// scalar. graphql-go still parses, validates, coerces variables and
// arguments, resolves the root fields (by calling the real schema's root
// resolver) and formats errors; below the root, the shadow writes the
// completed JSON itself, straight from the answer and the selection set.
// Whenever it meets something it cannot reproduce exactly it gives up and
// Execute runs the operation again on the real schema, which reads the
// answer already fetched instead of asking Neo4j again. Either way the
// response is byte for byte what graphql-go's would be: the shadow writes
// object keys sorted, as encoding/json writes graphql-go's result maps.

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/language/ast"

	"github.com/geokg/kg/graph"
)

// fullKey marks the per-request root value when the shadow gave up on an
// operation and it must run on the full schema.
const fullKey = "\x00kg.full"

// rawName is the shadow's scalar for completed root fields.
const rawName = "Raw"

// maxPooledBuffer keeps an unusually large answer's buffer out of the pool,
// so that the pool's memory stays bounded by typical answers.
const maxPooledBuffer = 1 << 20

// Fast returns the shadow of full (a schema built by New) that Execute runs
// queries on. Its Query type has full's name and root fields with the same
// arguments, each of type Raw (non-null where full's is): a field's value is
// its JSON, completed from the answer of full's root resolver against full's
// types. It has no mutations and must not be used for introspection: its
// __schema would describe the shadow (CanFast keeps those on full).
func Fast(full graphql.Schema) (graphql.Schema, error) {
	q := full.QueryType()
	if q == nil {
		return graphql.Schema{}, errors.New("schema: Fast: the schema has no query type")
	}
	s := &shadow{
		full:    full,
		query:   q,
		fromMap: reflect.ValueOf(fromMap).Pointer(),
		enums:   map[*graphql.Enum]map[string][]byte{},
	}
	s.bufs.New = func() any { b := make([]byte, 0, 32<<10); return &b }

	// Falling back is only cheap when the root resolver keeps the operation's
	// answer on the root value; any other resolver would run twice.
	root := reflect.ValueOf((&resolvers{}).root).Pointer()
	raw := graphql.NewScalar(graphql.ScalarConfig{
		Name:        rawName,
		Description: "A root field's value, completed as JSON.",
		Serialize:   func(v any) any { return v },
	})
	fields := graphql.Fields{}
	for name, def := range q.Fields() {
		if def.Resolve == nil || reflect.ValueOf(def.Resolve).Pointer() != root {
			return graphql.Schema{}, fmt.Errorf("schema: Fast: Query.%s is not resolved by this package's root resolver", name)
		}
		var typ graphql.Output = raw
		if _, ok := def.Type.(*graphql.NonNull); ok {
			typ = graphql.NewNonNull(raw)
		}
		args := graphql.FieldConfigArgument{}
		for _, a := range def.Args {
			args[a.Name()] = &graphql.ArgumentConfig{Type: a.Type, DefaultValue: a.DefaultValue, Description: a.Description()}
		}
		fields[name] = &graphql.Field{Type: typ, Args: args, Description: def.Description,
			DeprecationReason: def.DeprecationReason, Resolve: s.resolver(def)}
	}

	// Variables are coerced against the shadow: it needs every input type,
	// including those only nested fields take.
	var inputs []graphql.Type
	for name, t := range full.TypeMap() {
		if name == rawName {
			return graphql.Schema{}, fmt.Errorf("schema: Fast: the schema already has a type named %s", rawName)
		}
		if e, ok := t.(*graphql.Enum); ok {
			s.enums[e] = enumNames(e)
		}
		if strings.HasPrefix(name, "__") {
			continue
		}
		switch t.(type) {
		case *graphql.Scalar, *graphql.Enum, *graphql.InputObject:
			inputs = append(inputs, t)
		}
	}
	sort.Slice(inputs, func(i, j int) bool { return inputs[i].Name() < inputs[j].Name() })
	return graphql.NewSchema(graphql.SchemaConfig{
		Query: graphql.NewObject(graphql.ObjectConfig{Name: q.Name(), Description: q.Description(), Fields: fields}),
		Types: inputs,
	})
}

// enumNames maps the string values of e to their JSON names, as
// e.Serialize would name them. It also fills graphql-go's own lazy lookup
// table now, before requests race to fill it.
func enumNames(e *graphql.Enum) map[string][]byte {
	e.Serialize(nil)
	out := map[string][]byte{}
	for _, v := range e.Values() {
		if s, ok := v.Value.(string); ok {
			out[s] = appendString(nil, v.Name)
		}
	}
	return out
}

// NeedsFull reports whether the shadow gave up on the operation executed
// with root as root value: it must run again on the full schema.
func NeedsFull(root map[string]any) bool {
	full, _ := root[fullKey].(bool)
	return full
}

// CanFast reports whether op may run on the shadow: a query whose root
// selection never asks for __schema or __type, through fragments or not,
// whatever its directives say.
func CanFast(doc *ast.Document, op *ast.OperationDefinition) bool {
	if doc == nil || op == nil || op.Operation != ast.OperationTypeQuery {
		return false
	}
	frags := map[string]*ast.FragmentDefinition{}
	for _, d := range doc.Definitions {
		if f, ok := d.(*ast.FragmentDefinition); ok && f.Name != nil {
			frags[f.Name.Value] = f
		}
	}
	return !mayIntrospect(op.SelectionSet, frags, map[string]bool{})
}

// mayIntrospect is true when set selects __schema or __type, or spreads a
// fragment that is not in the document.
func mayIntrospect(set *ast.SelectionSet, frags map[string]*ast.FragmentDefinition, seen map[string]bool) bool {
	if set == nil {
		return false
	}
	for _, sel := range set.Selections {
		switch s := sel.(type) {
		case *ast.Field:
			if s.Name != nil && (s.Name.Value == "__schema" || s.Name.Value == "__type") {
				return true
			}
		case *ast.InlineFragment:
			if mayIntrospect(s.SelectionSet, frags, seen) {
				return true
			}
		case *ast.FragmentSpread:
			if s.Name == nil {
				return true
			}
			if seen[s.Name.Value] {
				continue
			}
			seen[s.Name.Value] = true
			f, ok := frags[s.Name.Value]
			if !ok || mayIntrospect(f.SelectionSet, frags, seen) {
				return true
			}
		}
	}
	return false
}

// Execute runs p (its Schema is ignored) on fast when CanFast allows and
// fast is set (a zero Schema is not), and on full otherwise or when the
// shadow gave up. p.Root must be a fresh map[string]any for the fast path;
// the second run uses the same one, so the answer is not fetched twice.
func Execute(full, fast graphql.Schema, p graphql.ExecuteParams) *graphql.Result {
	root, _ := p.Root.(map[string]any)
	if fast.QueryType() == nil || root == nil || !CanFast(p.AST, executedOperation(p.AST, p.OperationName)) {
		p.Schema = full
		return graphql.Execute(p)
	}
	p.Schema = fast
	res := graphql.Execute(p)
	if res.Data == nil && !anyPath(res) {
		// Nothing ran (variables did not coerce), or graphql.Execute
		// stopped waiting when the context ended: its resolvers may still
		// be using root, which must then not be read. Either way the full
		// schema would answer the same.
		return res
	}
	if !NeedsFull(root) {
		return res
	}
	p.Schema = full
	return graphql.Execute(p)
}

func anyPath(res *graphql.Result) bool {
	for _, e := range res.Errors {
		if len(e.Path) > 0 {
			return true
		}
	}
	return false
}

// executedOperation is the operation graphql.Execute picks, or nil when it
// would fail to pick one.
func executedOperation(doc *ast.Document, name string) *ast.OperationDefinition {
	if doc == nil {
		return nil
	}
	var op *ast.OperationDefinition
	for _, d := range doc.Definitions {
		switch d := d.(type) {
		case *ast.OperationDefinition:
			if name == "" && op != nil {
				return nil
			}
			if name == "" || d.Name != nil && d.Name.Value == name {
				op = d
			}
		case *ast.FragmentDefinition:
		default:
			return nil
		}
	}
	return op
}

// shadow is what the shadow's resolvers share.
type shadow struct {
	full    graphql.Schema
	query   *graphql.Object
	fromMap uintptr                             // code pointer of fromMap
	enums   map[*graphql.Enum]map[string][]byte // read-only after Fast
	bufs    sync.Pool                           // *[]byte scratch for completion
}

// resolver is the shadow's resolver for the root field def of full.
func (s *shadow) resolver(def *graphql.FieldDefinition) graphql.FieldResolveFn {
	return func(p graphql.ResolveParams) (any, error) {
		root, _ := p.Info.RootValue.(map[string]any)
		if root == nil {
			return nil, errors.New("schema: the fast schema needs a map as root value")
		}
		if NeedsFull(root) {
			return nil, nil // the operation runs again on full anyway
		}
		fp := p
		fp.Info.ParentType = s.query
		fp.Info.Schema = s.full
		fp.Info.ReturnType = def.Type
		v, err := def.Resolve(fp)
		if err != nil {
			return nil, err
		}
		out, ok := s.complete(p.Info, def.Type, v)
		if !ok {
			root[fullKey] = true
			return nil, nil
		}
		if out == nil {
			return nil, nil
		}
		return out, nil
	}
}

// complete returns v completed as a value of typ for the field of info, as
// JSON, or nil for null; false when the shadow cannot reproduce what
// graphql-go would do.
func (s *shadow) complete(info graphql.ResolveInfo, typ graphql.Output, v any) (out json.RawMessage, ok bool) {
	bp := s.bufs.Get().(*[]byte)
	c := completer{s: s, vars: info.VariableValues, frags: info.Fragments, buf: (*bp)[:0]}
	defer func() {
		if r := recover(); r != nil {
			// A serializer panicked: graphql-go turns that into a field
			// error, which the full schema will report.
			out, ok = nil, false
		}
		if cap(c.buf) <= maxPooledBuffer {
			*bp = c.buf[:0]
			s.bufs.Put(bp)
		}
	}()
	if v == nil {
		_, nonNull := typ.(*graphql.NonNull)
		return nil, !nonNull
	}
	f := &fieldPlan{asts: info.FieldASTs, typ: typ}
	if !c.value(typ, f, v) {
		return nil, false
	}
	out = make(json.RawMessage, len(c.buf))
	copy(out, c.buf)
	return out, true
}

// completer writes one root field's JSON. It follows graphql-go's
// executor (collectFields, shouldIncludeNode, doesFragmentConditionMatch,
// completeValue), with two differences that do not show in the response:
// the selection of an object is collected once per field rather than once
// per value, and objects are written with their keys sorted, as
// encoding/json writes graphql-go's result maps.
type completer struct {
	s     *shadow
	vars  map[string]any
	frags map[string]ast.Definition
	buf   []byte
	// memo keeps what other scalars than the built-in ones wrote for
	// temporal values: an answer repeats the same few days (one article's
	// sentences all have its date), and formatting one costs allocations.
	memo map[memoKey][]byte
}

type memoKey struct {
	t *graphql.Scalar
	v any // graph.Date or time.Time: comparable, and equal values serialize equally
}

// fieldPlan is a response key of an object's selection.
type fieldPlan struct {
	key    string
	prefix []byte // "key":
	asts   []*ast.Field
	typ    graphql.Output
	// typename is the JSON of the parent type's name for __typename, nil
	// otherwise.
	typename []byte
	// other: the field is not resolved by fromMap; give up on reaching it.
	other bool
	enum  map[string][]byte // the names of typ's enum, if it is one
	sub   *objectPlan       // typ's object selection, collected on first use
}

// objectPlan is the collected selection of an object type.
type objectPlan struct {
	fields []*fieldPlan // by response key
	// unsure: collecting needed something graphql-go does and this does
	// not (an abstract type condition, an unknown type, IsTypeOf).
	unsure bool
}

// value appends v completed as t; false: give up.
func (c *completer) value(t graphql.Output, f *fieldPlan, v any) bool {
	nonNull := false
	if nn, ok := t.(*graphql.NonNull); ok {
		t, nonNull = nn.OfType, true
	}
	if v == nil {
		if nonNull {
			// graphql-go reports an error and nulls the nearest nullable
			// parent.
			return false
		}
		c.buf = append(c.buf, "null"...)
		return true
	}
	switch t := t.(type) {
	case *graphql.List:
		l, ok := v.([]any)
		if !ok {
			return false
		}
		c.buf = append(c.buf, '[')
		for i, x := range l {
			if i > 0 {
				c.buf = append(c.buf, ',')
			}
			if !c.value(t.OfType, f, x) {
				return false
			}
		}
		c.buf = append(c.buf, ']')
		return true
	case *graphql.Scalar:
		return c.scalar(t, v)
	case *graphql.Enum:
		if s, ok := v.(string); ok && f.enum != nil {
			if name, ok := f.enum[s]; ok {
				c.buf = append(c.buf, name...)
				return true
			}
			return false // Serialize gives nil
		}
		return c.leaf(t.Serialize(v))
	case *graphql.Object:
		m, ok := v.(map[string]any)
		if !ok {
			return false
		}
		return c.object(t, f, m)
	}
	return false // an abstract type
}

// object appends m completed as an obj with f's selection.
func (c *completer) object(obj *graphql.Object, f *fieldPlan, m map[string]any) bool {
	if f.sub == nil {
		f.sub = c.plan(obj, f.asts)
	}
	p := f.sub
	if p.unsure {
		return false
	}
	c.buf = append(c.buf, '{')
	for i, g := range p.fields {
		if i > 0 {
			c.buf = append(c.buf, ',')
		}
		c.buf = append(c.buf, g.prefix...)
		if g.typename != nil {
			c.buf = append(c.buf, g.typename...)
			continue
		}
		if g.other || !c.value(g.typ, g, m[g.key]) {
			return false
		}
	}
	c.buf = append(c.buf, '}')
	return true
}

// plan collects the selection of obj in asts, as completeObjectValue does
// for every value.
func (c *completer) plan(obj *graphql.Object, asts []*ast.Field) *objectPlan {
	p := &objectPlan{}
	if obj.IsTypeOf != nil || obj == c.s.full.QueryType() {
		p.unsure = true
		return p
	}
	byKey := map[string][]*ast.Field{}
	visited := map[string]bool{}
	for _, a := range asts {
		if a != nil && a.SelectionSet != nil {
			c.collect(p, obj, a.SelectionSet, byKey, visited)
		}
	}
	defs := obj.Fields()
	for key, asts := range byKey {
		name := ""
		if asts[0].Name != nil {
			name = asts[0].Name.Value
		}
		g := &fieldPlan{key: key, prefix: append(appendString(nil, key), ':'), asts: asts}
		if name == "__typename" {
			g.typename = appendString(nil, obj.Name())
		} else {
			def := defs[name]
			if def == nil {
				continue // graphql-go leaves out fields it does not know
			}
			g.typ = def.Type
			g.other = def.Resolve == nil || reflect.ValueOf(def.Resolve).Pointer() != c.s.fromMap
			if e, ok := graphql.GetNamed(def.Type).(*graphql.Enum); ok {
				g.enum = c.s.enums[e]
			}
		}
		p.fields = append(p.fields, g)
	}
	sort.Slice(p.fields, func(i, j int) bool { return p.fields[i].key < p.fields[j].key })
	return p
}

// collect is graphql-go's collectFields for the object type obj.
func (c *completer) collect(p *objectPlan, obj *graphql.Object, set *ast.SelectionSet, fields map[string][]*ast.Field, visited map[string]bool) {
	if set == nil {
		return
	}
	for _, sel := range set.Selections {
		switch s := sel.(type) {
		case *ast.Field:
			if !c.included(s.Directives) {
				continue
			}
			key := ""
			if s.Alias != nil && s.Alias.Value != "" {
				key = s.Alias.Value
			} else if s.Name != nil {
				key = s.Name.Value
			}
			fields[key] = append(fields[key], s)
		case *ast.InlineFragment:
			if !c.included(s.Directives) || !c.matches(p, obj, s.TypeCondition) {
				continue
			}
			c.collect(p, obj, s.SelectionSet, fields, visited)
		case *ast.FragmentSpread:
			name := ""
			if s.Name != nil {
				name = s.Name.Value
			}
			if visited[name] || !c.included(s.Directives) {
				continue
			}
			visited[name] = true
			f, ok := c.frags[name].(*ast.FragmentDefinition)
			if !ok || !c.matches(p, obj, f.TypeCondition) {
				continue
			}
			c.collect(p, obj, f.SelectionSet, fields, visited)
		}
	}
}

// matches is graphql-go's doesFragmentConditionMatch for object types; an
// abstract or unknown condition makes p unsure.
func (c *completer) matches(p *objectPlan, obj *graphql.Object, cond *ast.Named) bool {
	if cond == nil {
		return true
	}
	name := ""
	if cond.Name != nil {
		name = cond.Name.Value
	}
	t := c.s.full.Type(name)
	switch {
	case t == nil:
		p.unsure = true // graphql-go fails on it
		return false
	case t == graphql.Type(obj) || t.Name() == obj.Name():
		return true
	}
	switch t.(type) {
	case *graphql.Interface, *graphql.Union:
		p.unsure = true
	}
	return false
}

// included is graphql-go's shouldIncludeNode: the last @skip and the last
// @include count, a missing or non-boolean condition includes.
func (c *completer) included(dirs []*ast.Directive) bool {
	var skip, include *ast.Directive
	for _, d := range dirs {
		if d == nil || d.Name == nil {
			continue
		}
		switch d.Name.Value {
		case "skip":
			skip = d
		case "include":
			include = d
		}
	}
	if skip != nil {
		if b, ok := c.condition(skip); ok && b {
			return false
		}
	}
	if include != nil {
		if b, ok := c.condition(include); ok && !b {
			return false
		}
	}
	return true
}

// condition is the if argument of d, when it is a boolean.
func (c *completer) condition(d *ast.Directive) (value, ok bool) {
	var v ast.Value
	for _, a := range d.Arguments {
		if a != nil && a.Name != nil && a.Name.Value == "if" {
			v = a.Value
		}
	}
	switch v := v.(type) {
	case *ast.Variable:
		if v.Name == nil || c.vars == nil {
			return false, false
		}
		b, ok := c.vars[v.Name.Value].(bool)
		return b, ok
	case *ast.BooleanValue:
		return v.Value, true
	}
	return false, false
}

// scalar appends v serialized by t. The usual cases of the built-in scalars
// are written directly: they are what their Serialize returns.
func (c *completer) scalar(t *graphql.Scalar, v any) bool {
	switch t {
	case graphql.String, graphql.ID:
		// coerceString: fmt.Sprintf("%v", s) is s.
		if s, ok := v.(string); ok {
			c.buf = appendString(c.buf, s)
			return true
		}
	case graphql.Int:
		// coerceInt: 32-bit values only.
		switch x := v.(type) {
		case int64:
			if x < math.MinInt32 || x > math.MaxInt32 {
				return false
			}
			c.buf = strconv.AppendInt(c.buf, x, 10)
			return true
		case int:
			if x < math.MinInt32 || x > math.MaxInt32 {
				return false
			}
			c.buf = strconv.AppendInt(c.buf, int64(x), 10)
			return true
		}
	case graphql.Float:
		if x, ok := v.(float64); ok {
			return c.float(x, 64)
		}
	case graphql.Boolean:
		if x, ok := v.(bool); ok {
			c.buf = strconv.AppendBool(c.buf, x)
			return true
		}
	default:
		switch v.(type) {
		case graph.Date, time.Time:
			k := memoKey{t, v}
			if b, ok := c.memo[k]; ok {
				c.buf = append(c.buf, b...)
				return true
			}
			start := len(c.buf)
			if !c.leaf(t.Serialize(v)) {
				return false
			}
			if c.memo == nil {
				c.memo = map[memoKey][]byte{}
			}
			c.memo[k] = append([]byte(nil), c.buf[start:]...)
			return true
		}
	}
	return c.leaf(t.Serialize(v))
}

// leaf appends a serialized value as encoding/json would; false for nil
// (graphql-go makes it null, or an error when non-null) and for types it
// does not know.
func (c *completer) leaf(v any) bool {
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
func (c *completer) float(f float64, bits int) bool {
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
