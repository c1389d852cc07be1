package server

import (
	"fmt"
	"math"
	"strconv"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/gqlerrors"
	"github.com/graphql-go/graphql/language/ast"
	"github.com/graphql-go/graphql/language/kinds"
	"github.com/graphql-go/graphql/language/visitor"
)

// limits bounds what one document may ask for. A value below zero turns a
// limit off; New replaces zeros with the defaults.
type limits struct {
	depth, aliases, rootFields, cost int
	// tokens and fields bound the document itself (see guard.go).
	tokens, fields int
}

const (
	defaultMaxDepth      = 10
	defaultMaxAliases    = 30
	defaultMaxRootFields = 10
	defaultMaxCost       = 50_000
	// defaultListSize is what a list field is assumed to return when none of
	// its arguments (first, limit, depth) says.
	defaultListSize = 10
	// maxIntrospectionLists bounds how deeply the list fields of an
	// introspection query (fields, interfaces, possibleTypes, inputFields)
	// may nest, as graphql-js's MaxIntrospectionDepthRule does: the standard
	// introspection query nests them once, while nesting them further is
	// the classic way to make a tiny introspection query enormous.
	maxIntrospectionLists = 3
)

// Introspection subtrees (__schema, __type) are exempt from the depth and
// cost limits: the standard introspection query that GraphiQL and code
// generators send is deeper than any analyst query (ofType chains), and its
// size is bounded by the schema. maxIntrospectionLists bounds them instead.
func isIntrospection(name string) bool { return name == "__schema" || name == "__type" }

// limitError is a document rejected by a limit; it carries its code to
// graphql-go's formatted errors through gqlerrors.ExtendedError.
type limitError struct {
	code, limit, msg string
	value, max       int
}

func (e *limitError) Error() string { return e.msg }

func (e *limitError) Extensions() map[string]any {
	ext := map[string]any{"code": e.code}
	if e.limit != "" {
		ext["limit"] = e.limit
		ext["value"] = e.value
		ext["max"] = e.max
	}
	return ext
}

func tooComplex(limit, what string, value, max int) *limitError {
	return &limitError{
		code: codeTooComplex, limit: limit, value: value, max: max,
		msg: fmt.Sprintf("query %s %d exceeds the limit of %d", what, value, max),
	}
}

// shape is what the static limits measure of a selection set, fragments
// expanded.
type shape struct {
	depth   int // nesting of fields, introspection subtrees counting 1
	aliases int // aliased fields
	fields  int // fields directly in the set (the root fields, at the root)
	lists   int // nesting of introspection list fields, inside __schema/__type
}

// shaper measures selection sets, each fragment once: a fragment's shape
// does not depend on where it is spread, so the walk is linear in the
// document even when fragments are spread many times, and it stops at a
// fragment it is already inside (validation rejects such cycles; the walk
// must not loop before it does).
type shaper struct {
	doc   *ast.Document
	frags map[string]*ast.FragmentDefinition // by name; nil: search doc
	memo  map[string]shape
	inUse map[string]bool
}

func newShaper(doc *ast.Document) *shaper {
	return &shaper{doc: doc, memo: map[string]shape{}, inUse: map[string]bool{}}
}

func (s *shaper) set(set *ast.SelectionSet, inIntrospection bool) shape {
	var out shape
	if set == nil {
		return out
	}
	for _, sel := range set.Selections {
		var sub shape
		switch sel := sel.(type) {
		case *ast.Field:
			name := nodeName(sel.Name)
			intro := inIntrospection || isIntrospection(name)
			child := s.set(sel.SelectionSet, intro)
			sub.fields = 1
			sub.aliases = child.aliases
			if sel.Alias != nil {
				sub.aliases = satAdd(sub.aliases, 1)
			}
			switch {
			case intro:
				sub.depth = 1
			case sel.SelectionSet != nil:
				sub.depth = satAdd(child.depth, 1)
			default:
				sub.depth = 1
			}
			sub.lists = child.lists
			if inIntrospection && isIntrospectionList(name) {
				sub.lists = satAdd(sub.lists, 1)
			}
		case *ast.InlineFragment:
			sub = s.set(sel.SelectionSet, inIntrospection)
		case *ast.FragmentSpread:
			sub = s.fragment(nodeName(sel.Name), inIntrospection)
		}
		out.depth = max(out.depth, sub.depth)
		out.lists = max(out.lists, sub.lists)
		out.aliases = satAdd(out.aliases, sub.aliases)
		out.fields = satAdd(out.fields, sub.fields)
	}
	return out
}

func (s *shaper) fragment(name string, inIntrospection bool) shape {
	key := name
	if inIntrospection {
		key = "\x00" + name // measured differently inside introspection
	}
	if sh, ok := s.memo[key]; ok {
		return sh
	}
	if s.inUse[key] {
		return shape{}
	}
	def := s.frags[name]
	if s.frags == nil {
		def = fragmentDef(s.doc, name)
	}
	if def == nil {
		return shape{}
	}
	s.inUse[key] = true
	sh := s.set(def.SelectionSet, inIntrospection)
	delete(s.inUse, key)
	s.memo[key] = sh
	return sh
}

func isIntrospectionList(name string) bool {
	switch name {
	case "fields", "interfaces", "possibleTypes", "inputFields":
		return true
	}
	return false
}

func (l limits) checkShape(sh shape) []*limitError {
	var errs []*limitError
	if l.depth >= 0 && sh.depth > l.depth {
		errs = append(errs, tooComplex("depth", "depth", sh.depth, l.depth))
	}
	if l.aliases >= 0 && sh.aliases > l.aliases {
		errs = append(errs, tooComplex("aliases", "alias count", sh.aliases, l.aliases))
	}
	if l.rootFields >= 0 && sh.fields > l.rootFields {
		errs = append(errs, tooComplex("rootFields", "root field count", sh.fields, l.rootFields))
	}
	if sh.lists >= maxIntrospectionLists {
		errs = append(errs, &limitError{code: codeTooComplex, limit: "introspectionDepth", value: sh.lists, max: maxIntrospectionLists - 1,
			msg: fmt.Sprintf("introspection query nests %d list fields (fields, interfaces, possibleTypes, inputFields); at most %d are allowed", sh.lists, maxIntrospectionLists-1)})
	}
	return errs
}

// introspectionOffRule rejects __schema and __type wherever they appear
// (__typename stays allowed).
func introspectionOffRule(vc *graphql.ValidationContext) *graphql.ValidationRuleInstance {
	return &graphql.ValidationRuleInstance{VisitorOpts: &visitor.VisitorOptions{
		KindFuncMap: map[string]visitor.NamedVisitFuncs{
			kinds.Field: {Kind: func(p visitor.VisitFuncParams) (string, any) {
				if f, ok := p.Node.(*ast.Field); ok && isIntrospection(nodeName(f.Name)) {
					err := &limitError{code: codeIntrospectionDisabled,
						msg: fmt.Sprintf("introspection is disabled on this server: %s cannot be queried", nodeName(f.Name))}
					vc.ReportError(gqlerrors.NewError(err.msg, []ast.Node{f}, "", nil, []int{}, err))
				}
				return visitor.ActionNoChange, nil
			}},
		},
	}}
}

// coster estimates what executing an operation costs: every field costs 1,
// and a list field multiplies the cost of what is selected under it by the
// number of items it is asked for: its first, limit or depth argument
// (literal, variable or default), or else that of the field right above it
// when the list has no such argument of its own (a connection:
// actors(first: 20) { nodes { … } }), or else defaultListSize.
// Introspection subtrees cost 1. Like shaper, it measures each fragment
// once (per page size) and cannot loop.
type coster struct {
	schema *graphql.Schema
	doc    *ast.Document
	op     *ast.OperationDefinition
	vars   map[string]any
	memo   map[string]int
	inUse  map[string]bool
}

// operationCost is the cost estimate of op with these variables.
func operationCost(schema *graphql.Schema, doc *ast.Document, op *ast.OperationDefinition, vars map[string]any) int {
	c := &coster{schema: schema, doc: doc, op: op, vars: vars, memo: map[string]int{}, inUse: map[string]bool{}}
	return c.set(rootType(schema, op), op.SelectionSet, 0)
}

func rootType(schema *graphql.Schema, op *ast.OperationDefinition) graphql.Type {
	switch op.Operation {
	case ast.OperationTypeMutation:
		return nilIfNil(schema.MutationType())
	case ast.OperationTypeSubscription:
		return nilIfNil(schema.SubscriptionType())
	}
	return nilIfNil(schema.QueryType())
}

// nilIfNil turns a nil *graphql.Object into a nil graphql.Type.
func nilIfNil(o *graphql.Object) graphql.Type {
	if o == nil {
		return nil
	}
	return o
}

// set is the cost of a selection set on parent; pageSize is the size
// argument of the field that selects it when that field is not a list
// itself, which the lists right under it then use.
func (c *coster) set(parent graphql.Type, set *ast.SelectionSet, pageSize int) int {
	total := 0
	if set == nil {
		return 0
	}
	for _, sel := range set.Selections {
		switch sel := sel.(type) {
		case *ast.Field:
			total = satAdd(total, c.field(parent, sel, pageSize))
		case *ast.InlineFragment:
			t := parent
			if sel.TypeCondition != nil {
				t = c.schema.Type(nodeName(sel.TypeCondition.Name))
			}
			total = satAdd(total, c.set(t, sel.SelectionSet, pageSize))
		case *ast.FragmentSpread:
			total = satAdd(total, c.fragment(nodeName(sel.Name), pageSize))
		}
	}
	return total
}

func (c *coster) field(parent graphql.Type, f *ast.Field, pageSize int) int {
	name := nodeName(f.Name)
	if name == "__typename" || isIntrospection(name) || f.SelectionSet == nil {
		return 1
	}
	def := fieldDef(parent, name)
	if def == nil {
		// Unknown to the schema: validation reports it; count it as an
		// object field.
		return satAdd(1, c.set(nil, f.SelectionSet, 0))
	}
	size, sized := c.size(f, def)
	if !isList(def.Type) {
		if !sized {
			size = 0
		}
		return satAdd(1, c.set(namedType(def.Type), f.SelectionSet, size))
	}
	switch {
	case sized:
	case pageSize > 0 && !declaresSize(def):
		size = pageSize
	default:
		size = defaultListSize
	}
	return satAdd(1, satMul(c.set(namedType(def.Type), f.SelectionSet, 0), size))
}

// fragment is the cost of a named fragment's selection set; it depends on
// the page size it is spread under, hence the memo key.
func (c *coster) fragment(name string, pageSize int) int {
	key := name + "\x00" + strconv.Itoa(pageSize)
	if n, ok := c.memo[key]; ok {
		return n
	}
	if c.inUse[name] {
		return 0
	}
	def := fragmentDef(c.doc, name)
	if def == nil || def.TypeCondition == nil {
		return 0
	}
	c.inUse[name] = true
	n := c.set(c.schema.Type(nodeName(def.TypeCondition.Name)), def.SelectionSet, pageSize)
	delete(c.inUse, name)
	c.memo[key] = n
	return n
}

// declaresSize reports whether the field has a first, limit or depth
// argument, given or not.
func declaresSize(def *graphql.FieldDefinition) bool {
	for _, a := range def.Args {
		if isSizeArg(a.Name()) {
			return true
		}
	}
	return false
}

// isSizeArg reports whether an argument says how many items a list field
// returns.
func isSizeArg(name string) bool {
	return name == "first" || name == "limit" || name == "depth"
}

// size is the largest of the field's first, limit and depth arguments (at
// least 1), if it has any.
func (c *coster) size(f *ast.Field, def *graphql.FieldDefinition) (int, bool) {
	size, found := 0, false
	for _, name := range [...]string{"first", "limit", "depth"} {
		if v, ok := c.argInt(f, def, name); ok {
			size, found = max(size, v), true
		}
	}
	return max(size, 1), found
}

// argInt is the integer value of argument name of field f: the literal, the
// variable's value or its default, or the argument's default in the schema.
func (c *coster) argInt(f *ast.Field, def *graphql.FieldDefinition, name string) (int, bool) {
	for _, a := range f.Arguments {
		if nodeName(a.Name) != name {
			continue
		}
		switch v := a.Value.(type) {
		case *ast.IntValue:
			return toInt(v.Value)
		case *ast.Variable:
			vname := nodeName(v.Name)
			if val, ok := c.vars[vname]; ok && val != nil {
				return toInt(val)
			}
			for _, vd := range c.op.VariableDefinitions {
				if vd.Variable != nil && nodeName(vd.Variable.Name) == vname {
					if iv, ok := vd.DefaultValue.(*ast.IntValue); ok {
						return toInt(iv.Value)
					}
				}
			}
		}
		break
	}
	for _, a := range def.Args {
		if a.Name() == name && a.DefaultValue != nil {
			return toInt(a.DefaultValue)
		}
	}
	return 0, false
}

func toInt(v any) (int, bool) {
	switch v := v.(type) {
	case int:
		return v, true
	case int32:
		return int(v), true
	case int64:
		return clampInt(float64(v)), true
	case float64:
		return clampInt(v), true
	case string:
		if f, err := strconv.ParseFloat(v, 64); err == nil {
			return clampInt(f), true
		}
	}
	return 0, false
}

func clampInt(f float64) int {
	switch {
	case math.IsNaN(f):
		return 0
	case f >= math.MaxInt32:
		return math.MaxInt32
	case f <= math.MinInt32:
		return math.MinInt32
	}
	return int(f)
}

func fieldDef(parent graphql.Type, name string) *graphql.FieldDefinition {
	var fields graphql.FieldDefinitionMap
	switch t := parent.(type) {
	case *graphql.Object:
		fields = t.Fields()
	case *graphql.Interface:
		fields = t.Fields()
	default:
		return nil
	}
	return fields[name]
}

func namedType(t graphql.Type) graphql.Type {
	for {
		switch w := t.(type) {
		case *graphql.NonNull:
			t = w.OfType
		case *graphql.List:
			t = w.OfType
		default:
			return t
		}
	}
}

func isList(t graphql.Type) bool {
	if nn, ok := t.(*graphql.NonNull); ok {
		t = nn.OfType
	}
	_, ok := t.(*graphql.List)
	return ok
}

func fragmentDef(doc *ast.Document, name string) *ast.FragmentDefinition {
	for _, def := range doc.Definitions {
		if f, ok := def.(*ast.FragmentDefinition); ok && nodeName(f.Name) == name {
			return f
		}
	}
	return nil
}

func nodeName(n *ast.Name) string {
	if n == nil {
		return ""
	}
	return n.Value
}

// satAdd and satMul saturate at math.MaxInt32 instead of overflowing: a
// document can multiply list sizes far beyond any int.
func satAdd(a, b int) int {
	if a > math.MaxInt32-b {
		return math.MaxInt32
	}
	return a + b
}

func satMul(a, b int) int {
	if a == 0 || b == 0 {
		return 0
	}
	if a > math.MaxInt32/b {
		return math.MaxInt32
	}
	return a * b
}
