package schema

import (
	"fmt"
	"strings"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/language/ast"

	"github.com/geokg/kg/graph"
)

// selections turns the selection set of a field into graph.Selections:
// fragments are inlined, @skip and @include applied, arguments coerced with
// their defaults and variables. The document has been validated against
// the schema before any resolver runs, so names and types are known good.
func (b *selBuilder) selections(parent graphql.Type, set *ast.SelectionSet) ([]graph.Selection, error) {
	var out []graph.Selection
	if set == nil {
		return out, nil
	}
	obj, _ := graphql.GetNamed(parent).(*graphql.Object)
	for _, s := range set.Selections {
		switch s := s.(type) {
		case *ast.Field:
			if !b.included(s.Directives) {
				continue
			}
			name := s.Name.Value
			key := name
			if s.Alias != nil {
				key = s.Alias.Value
			}
			if strings.HasPrefix(name, "__") {
				// __typename, __schema and __type: graphql-go answers
				// them from the schema; nothing to fetch.
				continue
			}
			var def *graphql.FieldDefinition
			if obj != nil {
				def = obj.Fields()[name]
			}
			if def == nil {
				return nil, fmt.Errorf("schema: %s has no field %q", parent, name)
			}
			args, err := b.args(def.Args, s.Arguments)
			if err != nil {
				return nil, err
			}
			children, err := b.selections(def.Type, s.SelectionSet)
			if err != nil {
				return nil, err
			}
			sel := graph.Selection{Key: key, Field: name, Args: args, Fields: children}
			if isConnection(graphql.GetNamed(def.Type).String()) {
				b.shapes[key] = children
				sel.Fields, sel.Total = connectionItems(children)
			}
			out = merge(out, sel)
		case *ast.InlineFragment:
			if !b.included(s.Directives) {
				continue
			}
			children, err := b.selections(parent, s.SelectionSet)
			if err != nil {
				return nil, err
			}
			for _, c := range children {
				out = merge(out, c)
			}
		case *ast.FragmentSpread:
			if !b.included(s.Directives) {
				continue
			}
			name := s.Name.Value
			if b.visiting[name] {
				return nil, fmt.Errorf("schema: fragment %q spreads itself", name)
			}
			frag, ok := b.fragments[name].(*ast.FragmentDefinition)
			if !ok {
				return nil, fmt.Errorf("schema: unknown fragment %q", name)
			}
			b.visiting[name] = true
			children, err := b.selections(parent, frag.SelectionSet)
			delete(b.visiting, name)
			if err != nil {
				return nil, err
			}
			for _, c := range children {
				out = merge(out, c)
			}
		}
	}
	return out, nil
}

// merge adds s to the list, merging it into an earlier selection with the
// same response key (GraphQL's field merging: validation guarantees the two
// are the same field with the same arguments).
func merge(list []graph.Selection, s graph.Selection) []graph.Selection {
	for i := range list {
		if list[i].Key == s.Key {
			for _, c := range s.Fields {
				list[i].Fields = merge(list[i].Fields, c)
			}
			return list
		}
	}
	return append(list, s)
}

type selBuilder struct {
	vars      map[string]any
	fragments map[string]ast.Definition
	visiting  map[string]bool
	// shapes keeps the selections of the connections (by response key, at
	// the root) that relay shapes the graph's pages into.
	shapes map[string][]graph.Selection
}

func newSelBuilder(info graphql.ResolveInfo) *selBuilder {
	return &selBuilder{vars: info.VariableValues, fragments: info.Fragments, visiting: map[string]bool{}, shapes: map[string][]graph.Selection{}}
}

func (b *selBuilder) included(dirs []*ast.Directive) bool {
	for _, d := range dirs {
		var cond bool
		for _, a := range d.Arguments {
			if a.Name.Value == "if" {
				v, _ := b.value(a.Value, graphql.Boolean)
				cond, _ = v.(bool)
			}
		}
		switch d.Name.Value {
		case "skip":
			if cond {
				return false
			}
		case "include":
			if !cond {
				return false
			}
		}
	}
	return true
}

func (b *selBuilder) args(defs []*graphql.Argument, given []*ast.Argument) (map[string]any, error) {
	out := map[string]any{}
	for _, d := range defs {
		var node *ast.Argument
		for _, a := range given {
			if a.Name.Value == d.Name() {
				node = a
			}
		}
		if node == nil {
			if d.DefaultValue != nil {
				out[d.Name()] = d.DefaultValue
			}
			continue
		}
		v, err := b.value(node.Value, d.Type)
		if err != nil {
			return nil, fmt.Errorf("argument %s: %w", d.Name(), err)
		}
		if v != nil {
			out[d.Name()] = v
		}
	}
	return out, nil
}

// value coerces a literal or variable to the Go value of its input type.
func (b *selBuilder) value(v ast.Value, t graphql.Input) (any, error) {
	if vr, ok := v.(*ast.Variable); ok {
		return b.vars[vr.Name.Value], nil
	}
	switch t := t.(type) {
	case *graphql.NonNull:
		return b.value(v, t.OfType)
	case *graphql.List:
		l, ok := v.(*ast.ListValue)
		if !ok {
			x, err := b.value(v, t.OfType)
			return []any{x}, err
		}
		out := make([]any, 0, len(l.Values))
		for _, e := range l.Values {
			x, err := b.value(e, t.OfType)
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
			if given == nil {
				if f.DefaultValue != nil {
					out[name] = f.DefaultValue
				}
				continue
			}
			x, err := b.value(given, f.Type)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", name, err)
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
