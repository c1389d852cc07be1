package server

import (
	"fmt"
	"math"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/language/ast"
)

// limits bounds what one document may ask for: its shape here (depth,
// aliases, root fields), its size in guard.go, and its cost, which the
// schema computes from its own per-field costs (schema.Schema.Cost). A
// value below zero turns a limit off; New replaces zeros with the defaults.
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
)

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

// satAdd saturates at math.MaxInt32 instead of overflowing: a
// document can multiply list sizes far beyond any int.
func satAdd(a, b int) int {
	if a > math.MaxInt32-b {
		return math.MaxInt32
	}
	return a + b
}
