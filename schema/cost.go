package schema

import (
	"math"
	"strconv"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/language/ast"
)

// The cost model. Every field costs 1, and a list multiplies the cost of
// what is selected under it by the number of items it is asked for. Which
// arguments say how many is the schema's own business: Sizes declares them
// per field, and a list with none of its own takes the size of the field
// right above it (a connection: actors(first: 20) { nodes { … } }), or
// else defaultListSize. Introspection fields cost 1.
//
// The server refuses an operation whose cost is over its limit before
// validating it (Schema.Cost, on the document, each fragment measured
// once: validation of a document that spreads fragments exponentially is
// itself the cost to avoid); a Plan carries the cost of each of its nodes
// by the same model.

// Sizes says, for each field that returns many items ("Type.field"),
// which of its arguments bound how many: the largest given (or default)
// value counts.
type Sizes map[string][]string

// defaultListSize is what a list field is assumed to return when it has no
// size argument and the field above gives none.
const defaultListSize = 10

// sizes are the analyst API's per-field costs.
func sizes() Sizes {
	first := []string{"first"}
	return Sizes{
		"Query.actors": first, "Query.events": first, "Query.allies": first, "Query.adversaries": first,
		"Query.search": first, "Query.neighborhood": {"depth", "limit"},
		"Actor.events": first, "Actor.allies": first, "Actor.adversaries": first, "Actor.articles": first,
		"Event.evidence": first, "Article.events": first, "Article.actors": first,
		"Stance.evidence": first, "Ally.evidence": first, "Ally.articles": first,
	}
}

type costModel struct {
	sizes  Sizes
	schema *graphql.Schema
}

func (m costModel) declared(parent graphql.Type, name string) []string {
	if parent == nil {
		return nil
	}
	return m.sizes[parent.Name()+"."+name]
}

// annotate sets the cost of n and its nodes; pageSize is the size of the
// field above when that field is not a list.
func (m costModel) annotate(n *Node, pageSize int) int {
	if n.kind == typenameField || n.Fields == nil {
		n.Cost = 1
		return 1
	}
	declared := m.declared(n.Parent, n.Name)
	size, sized := 0, false
	for _, a := range declared {
		if v, ok := toInt(n.Args[a]); ok {
			size, sized = max(size, v), true
		}
	}
	size = max(size, 1)
	sum := 0
	if !isList(n.Type) {
		if !sized {
			size = 0
		}
		for _, c := range n.Fields {
			sum = satAdd(sum, m.annotate(c, size))
		}
		n.Cost = satAdd(1, sum)
		return n.Cost
	}
	switch {
	case sized:
	case pageSize > 0 && len(declared) == 0:
		size = pageSize
	default:
		size = defaultListSize
	}
	for _, c := range n.Fields {
		sum = satAdd(sum, m.annotate(c, 0))
	}
	n.Cost = satAdd(1, satMul(sum, size))
	return n.Cost
}

// Cost estimates what executing op of doc with these variables costs, on
// a document not yet validated: unknown fields count as object fields,
// and each fragment is measured once per page size, so the walk is linear
// in the document and cannot loop.
func (s *Schema) Cost(doc *ast.Document, op *ast.OperationDefinition, vars map[string]any) int {
	c := &coster{m: s.costs, doc: doc, op: op, vars: vars, memo: map[string]int{}, inUse: map[string]bool{}}
	return c.set(rootType(s.costs.schema, op), op.SelectionSet, 0)
}

type coster struct {
	m     costModel
	doc   *ast.Document
	op    *ast.OperationDefinition
	vars  map[string]any
	memo  map[string]int
	inUse map[string]bool
}

func rootType(schema *graphql.Schema, op *ast.OperationDefinition) graphql.Type {
	var o *graphql.Object
	switch op.Operation {
	case ast.OperationTypeMutation:
		o = schema.MutationType()
	case ast.OperationTypeSubscription:
		o = schema.SubscriptionType()
	default:
		o = schema.QueryType()
	}
	if o == nil {
		return nil
	}
	return o
}

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
				t = c.m.schema.Type(nodeName(sel.TypeCondition.Name))
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
	if name == "__typename" || name == "__schema" || name == "__type" || f.SelectionSet == nil {
		return 1
	}
	def := fieldDef(parent, name)
	if def == nil {
		// Unknown to the schema: validation reports it; count it as an
		// object field.
		return satAdd(1, c.set(nil, f.SelectionSet, 0))
	}
	declared := c.m.declared(parent, name)
	size, sized := 0, false
	for _, a := range declared {
		if v, ok := c.argInt(f, def, a); ok {
			size, sized = max(size, v), true
		}
	}
	size = max(size, 1)
	if !isList(def.Type) {
		if !sized {
			size = 0
		}
		return satAdd(1, c.set(namedType(def.Type), f.SelectionSet, size))
	}
	switch {
	case sized:
	case pageSize > 0 && len(declared) == 0:
		size = pageSize
	default:
		size = defaultListSize
	}
	return satAdd(1, satMul(c.set(namedType(def.Type), f.SelectionSet, 0), size))
}

func (c *coster) fragment(name string, pageSize int) int {
	key := name + "\x00" + strconv.Itoa(pageSize)
	if n, ok := c.memo[key]; ok {
		return n
	}
	if c.inUse[name] {
		return 0
	}
	var def *ast.FragmentDefinition
	for _, d := range c.doc.Definitions {
		if f, ok := d.(*ast.FragmentDefinition); ok && nodeName(f.Name) == name {
			def = f
			break
		}
	}
	if def == nil || def.TypeCondition == nil {
		return 0
	}
	c.inUse[name] = true
	n := c.set(c.m.schema.Type(nodeName(def.TypeCondition.Name)), def.SelectionSet, pageSize)
	delete(c.inUse, name)
	c.memo[key] = n
	return n
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

func isList(t graphql.Type) bool {
	if nn, ok := t.(*graphql.NonNull); ok {
		t = nn.OfType
	}
	_, ok := t.(*graphql.List)
	return ok
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
