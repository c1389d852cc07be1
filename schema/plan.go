package schema

import (
	"fmt"
	"strconv"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/language/ast"

	"github.com/geokg/kg/graph"
)

// A Plan is one validated operation, planned once: its operation chosen,
// fragments inlined, @skip and @include applied, variables coerced and
// every argument bound (defaults included), as a tree of Nodes in the
// query's field order. The cost, the compile to graph.Selections and the
// JSON writer all read that one tree.
type Plan struct {
	doc  *ast.Document
	op   *ast.OperationDefinition
	vars map[string]any // coerced by graphql-go
	// Roots are the root fields of a query, in the query's order; nil for a
	// mutation, which graphql-go executes.
	Roots []*Node
	// introspection are the root fields graphql-go answers from the schema
	// (__schema, __type).
	introspection []*ast.Field
}

// Cost is the plan's cost by the schema's per-field costs (cost.go).
func (p *Plan) Cost() int {
	total := 0
	for _, n := range p.Roots {
		total = satAdd(total, n.Cost)
	}
	return total
}

// Node is one response key of an object's selection.
type Node struct {
	Key    string            // the response key: the alias, or the field name
	Name   string            // the field's name ("allies", "__typename")
	Parent *graphql.Object   // the type the field belongs to
	Type   graphql.Output    // the field's type; nil for __typename
	Args   map[string]any    // every argument, coerced, defaults bound
	Fields []*Node           // the selection of an object type, in the query's order
	Cost   int               // this field and what it selects (cost.go)
	asts   []*ast.Field      // every occurrence, for the locations of errors
	store  string            // the key of its value in what the graph returns
	kind   nodeKind          // how the writer reads it
	enum   map[string][]byte // for enum fields: JSON names by value
}

type nodeKind int

const (
	plainField         nodeKind = iota
	typenameField               // __typename: the parent's name
	pageField                   // a connection: the graph answers a *graph.Page
	introspectionField          // __schema or __type at the root: graphql-go answers it
)

// planner walks a validated document once.
type planner struct {
	s         *Schema
	vars      map[string]any
	fragments map[string]*ast.FragmentDefinition
}

// plan plans op of doc with the coerced variables vars.
func (s *Schema) plan(doc *ast.Document, op *ast.OperationDefinition, vars map[string]any) (*Plan, error) {
	p := &Plan{doc: doc, op: op, vars: vars}
	if op.Operation != ast.OperationTypeQuery {
		return p, nil
	}
	pl := &planner{s: s, vars: vars, fragments: map[string]*ast.FragmentDefinition{}}
	for _, d := range doc.Definitions {
		if f, ok := d.(*ast.FragmentDefinition); ok && f.Name != nil {
			pl.fragments[f.Name.Value] = f
		}
	}
	query := s.gql.QueryType()
	keys, byKey := pl.collect(query, []*ast.SelectionSet{op.SelectionSet})
	for _, k := range keys {
		asts := byKey[k]
		if name := asts[0].Name.Value; name == "__schema" || name == "__type" {
			p.introspection = append(p.introspection, asts...)
			p.Roots = append(p.Roots, &Node{Key: k, Name: name, Parent: query, asts: asts, kind: introspectionField, Cost: 1})
			continue
		}
		n, err := pl.node(query, k, asts)
		if err != nil {
			return nil, err
		}
		s.costs.annotate(n, 0)
		p.Roots = append(p.Roots, n)
	}
	return p, nil
}

// collect is the specification's CollectFields over several selection sets
// of one object type (the occurrences of one response key): response keys
// in the order they first appear, with every field node of each.
func (pl *planner) collect(obj *graphql.Object, sets []*ast.SelectionSet) ([]string, map[string][]*ast.Field) {
	var keys []string
	byKey := map[string][]*ast.Field{}
	visited := map[string]bool{}
	var walk func(set *ast.SelectionSet)
	walk = func(set *ast.SelectionSet) {
		if set == nil {
			return
		}
		for _, sel := range set.Selections {
			switch s := sel.(type) {
			case *ast.Field:
				if !pl.included(s.Directives) {
					continue
				}
				key := s.Name.Value
				if s.Alias != nil && s.Alias.Value != "" {
					key = s.Alias.Value
				}
				if _, seen := byKey[key]; !seen {
					keys = append(keys, key)
				}
				byKey[key] = append(byKey[key], s)
			case *ast.InlineFragment:
				if pl.included(s.Directives) && pl.matches(obj, s.TypeCondition) {
					walk(s.SelectionSet)
				}
			case *ast.FragmentSpread:
				name := s.Name.Value
				if visited[name] || !pl.included(s.Directives) {
					continue
				}
				visited[name] = true
				if f, ok := pl.fragments[name]; ok && pl.matches(obj, f.TypeCondition) {
					walk(f.SelectionSet)
				}
			}
		}
	}
	for _, set := range sets {
		walk(set)
	}
	return keys, byKey
}

// matches: the schema has object types only, so a fragment applies when
// it names the type or none.
func (pl *planner) matches(obj *graphql.Object, cond *ast.Named) bool {
	return cond == nil || cond.Name == nil || cond.Name.Value == obj.Name()
}

// node plans the response key k of obj, asked for by asts.
func (pl *planner) node(obj *graphql.Object, k string, asts []*ast.Field) (*Node, error) {
	name := asts[0].Name.Value
	n := &Node{Key: k, Name: name, Parent: obj, asts: asts, store: k, Cost: 1}
	if name == "__typename" {
		n.kind = typenameField
		return n, nil
	}
	def := obj.Fields()[name]
	if def == nil {
		return nil, fmt.Errorf("schema: %s has no field %q", obj.Name(), name)
	}
	n.Type = def.Type
	args, err := pl.args(def.Args, asts[0].Arguments)
	if err != nil {
		return nil, err
	}
	n.Args = args
	switch t := graphql.GetNamed(def.Type).(type) {
	case *graphql.Enum:
		n.enum = pl.s.enums[t]
	case *graphql.Object:
		sets := make([]*ast.SelectionSet, len(asts))
		for i, a := range asts {
			sets[i] = a.SelectionSet
		}
		keys, byKey := pl.collect(t, sets)
		for _, ck := range keys {
			c, err := pl.node(t, ck, byKey[ck])
			if err != nil {
				return nil, err
			}
			n.Fields = append(n.Fields, c)
		}
		if isConnection(t.Name()) {
			n.kind = pageField
			storeItems(n)
		}
	}
	return n, nil
}

// storeItems names where the graph answers the item fields of connection
// n: each edges { node } and nodes of it is a part, and the fields of parts
// after the first are stored under their own keys, so that two parts may
// give one response key to different fields.
func storeItems(n *Node) {
	part := 0
	for _, c := range n.Fields {
		var items []*Node
		switch c.Name {
		case "nodes":
			items = c.Fields
		case "edges":
			for _, e := range c.Fields {
				if e.Name == "node" {
					items = append(items, e.Fields...)
				}
			}
		default:
			continue
		}
		if part > 0 {
			for _, it := range items {
				it.store = strconv.Itoa(part) + "." + it.Key
			}
		}
		part++
	}
}

// included is graphql-go's shouldIncludeNode: @skip wins over @include.
func (pl *planner) included(dirs []*ast.Directive) bool {
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
		if b, ok := pl.condition(skip); ok && b {
			return false
		}
	}
	if include != nil {
		if b, ok := pl.condition(include); ok && !b {
			return false
		}
	}
	return true
}

func (pl *planner) condition(d *ast.Directive) (value, ok bool) {
	for _, a := range d.Arguments {
		if a == nil || a.Name == nil || a.Name.Value != "if" {
			continue
		}
		switch v := a.Value.(type) {
		case *ast.Variable:
			b, ok := pl.vars[v.Name.Value].(bool)
			return b, ok
		case *ast.BooleanValue:
			return v.Value, true
		}
	}
	return false, false
}

// args binds the arguments of a field: given ones coerced, the others'
// defaults.
func (pl *planner) args(defs []*graphql.Argument, given []*ast.Argument) (map[string]any, error) {
	out := make(map[string]any, len(defs))
	for _, d := range defs {
		var node *ast.Argument
		for _, a := range given {
			if a.Name.Value == d.Name() {
				node = a
			}
		}
		var v any
		if node != nil {
			var err error
			if v, err = pl.value(node.Value, d.Type); err != nil {
				return nil, fmt.Errorf("argument %s: %w", d.Name(), err)
			}
		}
		if v == nil {
			v = d.DefaultValue
		}
		if v != nil {
			out[d.Name()] = v
		}
	}
	return out, nil
}

// value coerces a literal or variable to the Go value of its input type.
func (pl *planner) value(v ast.Value, t graphql.Input) (any, error) {
	if vr, ok := v.(*ast.Variable); ok {
		return pl.vars[vr.Name.Value], nil
	}
	switch t := t.(type) {
	case *graphql.NonNull:
		return pl.value(v, t.OfType)
	case *graphql.List:
		l, ok := v.(*ast.ListValue)
		if !ok {
			x, err := pl.value(v, t.OfType)
			return []any{x}, err
		}
		out := make([]any, 0, len(l.Values))
		for _, e := range l.Values {
			x, err := pl.value(e, t.OfType)
			if err != nil {
				return nil, err
			}
			out = append(out, x)
		}
		return out, nil
	case *graphql.InputObject:
		o, ok := v.(*ast.ObjectValue)
		if !ok {
			return nil, fmt.Errorf("expected an object for %s", t.Name())
		}
		out := map[string]any{}
		for name, f := range t.Fields() {
			var given ast.Value
			for _, of := range o.Fields {
				if of.Name.Value == name {
					given = of.Value
				}
			}
			var x any
			if given != nil {
				var err error
				if x, err = pl.value(given, f.Type); err != nil {
					return nil, fmt.Errorf("%s: %w", name, err)
				}
			}
			if x == nil {
				x = f.DefaultValue
			}
			if x != nil {
				out[name] = x
			}
		}
		return out, nil
	case *graphql.Scalar:
		x := t.ParseLiteral(v)
		if x == nil {
			return nil, fmt.Errorf("invalid %s value", t.Name())
		}
		return x, nil
	case *graphql.Enum:
		x := t.ParseLiteral(v)
		if x == nil {
			return nil, fmt.Errorf("invalid %s value", t.Name())
		}
		return x, nil
	}
	return nil, fmt.Errorf("unsupported input type %v", t)
}

// selections compiles the plan's roots to what the graph reads: one
// graph.Selection per root field (__typename needs no storage), keyed by
// where the writer looks for each value.
func (p *Plan) selections() []graph.Selection {
	out := make([]graph.Selection, 0, len(p.Roots))
	for _, n := range p.Roots {
		if n.kind == plainField || n.kind == pageField {
			out = append(out, n.selection())
		}
	}
	return out
}

func (n *Node) selection() graph.Selection {
	sel := graph.Selection{Key: n.store, Field: n.Name, Args: n.Args}
	if n.kind == pageField {
		for _, c := range n.Fields {
			switch c.Name {
			case "totalCount":
				sel.Total = true
			case "nodes":
				sel.Fields = appendSelections(sel.Fields, c.Fields)
			case "edges":
				for _, e := range c.Fields {
					if e.Name == "node" {
						sel.Fields = appendSelections(sel.Fields, e.Fields)
					}
				}
			}
		}
		return sel
	}
	sel.Fields = appendSelections(nil, n.Fields)
	return sel
}

func appendSelections(out []graph.Selection, nodes []*Node) []graph.Selection {
	for _, c := range nodes {
		if c.kind != typenameField {
			out = append(out, c.selection())
		}
	}
	return out
}
