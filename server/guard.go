package server

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/graphql-go/graphql/gqlerrors"
	"github.com/graphql-go/graphql/language/ast"
	"github.com/graphql-go/graphql/language/lexer"
	"github.com/graphql-go/graphql/language/source"
)

// The guard: checks that run on a document before graphql-go's validation,
// cheapest first, so that a hostile document is refused in time linear in
// its size and never reaches a rule that cannot bound its own work.
// graphql-go v0.8.1's OverlappingFieldsCanBeMerged rule recurses without end
// on a fragment that spreads itself in the same selection set (a stack
// overflow, which kills the process: no recover catches it) and compares
// every pair of same-named fields (8,000 repeated fields cost seconds).
// The order is: query length (in the handler), tokens (lexing only), then,
// on the parsed document, fields, fragment cycles, depth, aliases and root
// fields (one walk), then cost (which needs the variables), then
// validation.

const (
	// defaultMaxTokens bounds the lexical tokens of a query (names,
	// punctuation, values). The standard introspection query has about 350.
	defaultMaxTokens = 4000
	// defaultMaxFields bounds the selections written in a document (fields,
	// fragment spreads and inline fragments, each counted where it is
	// written): the pairwise work of graphql-go's validation grows with
	// their square.
	defaultMaxFields = 500
	// maxValueDepth bounds the nesting of list and object values written in
	// the document (arguments, directive arguments, variable defaults).
	// graphql-go's ArgumentsOfCorrectType prints a nested value again at
	// every level it checks: 1,500 nested brackets cost 80 s of CPU.
	maxValueDepth = 16
)

// countTokens lexes query and returns its token count, stopping at max+1.
// A lexical error stops the count: the parser reports it.
func countTokens(query string, max int) int {
	lex := lexer.Lex(source.NewSource(&source.Source{Body: []byte(query)}))
	n := 0
	for n <= max {
		tok, err := lex(0)
		if err != nil || tok.Kind == lexer.EOF {
			break
		}
		n++
	}
	return n
}

// tokenError is the refusal of a query with more than max tokens.
func tokenError(max int) *limitError {
	return &limitError{code: codeTooComplex, limit: "tokens", value: max + 1, max: max,
		msg: fmt.Sprintf("the query has more than %d tokens, the limit", max)}
}

// guardDocument runs the checks on a parsed document that come before
// validation: selection count, fragment cycles, and the shape limits of
// every operation. Their errors are in graphql-go's form, with codes.
func (l limits) guardDocument(doc *ast.Document) []gqlerrors.FormattedError {
	frags := map[string]*ast.FragmentDefinition{}
	var c counter
	for _, def := range doc.Definitions {
		switch def := def.(type) {
		case *ast.OperationDefinition:
			for _, v := range def.VariableDefinitions {
				c.value(v.DefaultValue, 1)
			}
			c.directives(def.Directives)
			c.set(def.SelectionSet)
		case *ast.FragmentDefinition:
			if _, dup := frags[nodeName(def.Name)]; !dup {
				frags[nodeName(def.Name)] = def
			}
			c.directives(def.Directives)
			c.set(def.SelectionSet)
		}
	}
	if l.fields >= 0 && c.selections > l.fields {
		return []gqlerrors.FormattedError{formatLimit(&limitError{code: codeTooComplex, limit: "fields", value: c.selections, max: l.fields,
			msg: fmt.Sprintf("the document has %d selections (fields and fragments), more than the limit of %d", c.selections, l.fields)}, nil)}
	}
	if c.valueDepth > maxValueDepth {
		return []gqlerrors.FormattedError{formatLimit(&limitError{code: codeTooComplex, limit: "valueDepth", value: c.valueDepth, max: maxValueDepth,
			msg: fmt.Sprintf("an argument value nests lists or objects %d deep, more than the limit of %d", c.valueDepth, maxValueDepth)}, nil)}
	}
	if cycle, at := fragmentCycle(frags); cycle != nil {
		return []gqlerrors.FormattedError{formatLimit(&limitError{code: codeValidationFailed,
			msg: fmt.Sprintf("fragment cycle: %s; a fragment may not spread itself, directly or through other fragments", strings.Join(cycle, " → "))}, at)}
	}
	s := newShaper(doc)
	s.frags = frags
	var errs []gqlerrors.FormattedError
	for _, def := range doc.Definitions {
		op, ok := def.(*ast.OperationDefinition)
		if !ok {
			continue
		}
		for _, err := range l.checkShape(s.set(op.SelectionSet, false)) {
			errs = append(errs, formatLimit(err, op))
		}
	}
	return errs
}

// formatLimit is err as graphql-go formats a validation error, located at
// node when there is one.
func formatLimit(err *limitError, node ast.Node) gqlerrors.FormattedError {
	var nodes []ast.Node
	if node != nil {
		nodes = []ast.Node{node}
	}
	return gqlerrors.FormatError(gqlerrors.NewError(err.msg, nodes, "", nil, []int{}, err))
}

// counter counts the selections written in a document, at every depth,
// and measures the nesting of the values written in it.
type counter struct {
	selections int
	valueDepth int
}

func (c *counter) set(set *ast.SelectionSet) {
	if set == nil {
		return
	}
	c.selections = satAdd(c.selections, len(set.Selections))
	for _, sel := range set.Selections {
		switch sel := sel.(type) {
		case *ast.Field:
			for _, a := range sel.Arguments {
				c.value(a.Value, 1)
			}
			c.directives(sel.Directives)
			c.set(sel.SelectionSet)
		case *ast.InlineFragment:
			c.directives(sel.Directives)
			c.set(sel.SelectionSet)
		case *ast.FragmentSpread:
			c.directives(sel.Directives)
		}
	}
}

func (c *counter) directives(dirs []*ast.Directive) {
	for _, d := range dirs {
		for _, a := range d.Arguments {
			c.value(a.Value, 1)
		}
	}
}

// value records the nesting of v, which sits depth levels deep; it stops
// descending past the limit.
func (c *counter) value(v ast.Value, depth int) {
	if v == nil {
		return
	}
	c.valueDepth = max(c.valueDepth, depth)
	if depth > maxValueDepth {
		return
	}
	switch v := v.(type) {
	case *ast.ListValue:
		for _, item := range v.Values {
			c.value(item, depth+1)
		}
	case *ast.ObjectValue:
		for _, f := range v.Fields {
			c.value(f.Value, depth+1)
		}
	}
}

// spreads appends the names of the fragments spread anywhere in set.
func spreads(set *ast.SelectionSet, out []string) []string {
	if set == nil {
		return out
	}
	for _, sel := range set.Selections {
		switch sel := sel.(type) {
		case *ast.Field:
			out = spreads(sel.SelectionSet, out)
		case *ast.InlineFragment:
			out = spreads(sel.SelectionSet, out)
		case *ast.FragmentSpread:
			out = append(out, nodeName(sel.Name))
		}
	}
	return out
}

// fragmentCycle finds a fragment that spreads itself, directly or through
// other fragments, at any depth (the specification's "fragment spreads must
// not form cycles"), and returns the cycle's names and the fragment where
// it starts; nil when there is none. It visits each fragment once.
func fragmentCycle(frags map[string]*ast.FragmentDefinition) ([]string, ast.Node) {
	const (
		unseen = iota
		onPath
		done
	)
	state := make(map[string]int, len(frags))
	edges := make(map[string][]string, len(frags))
	for name, def := range frags {
		edges[name] = spreads(def.SelectionSet, nil)
	}
	var path []string
	var visit func(name string) []string
	visit = func(name string) []string {
		switch state[name] {
		case onPath:
			for i, p := range path {
				if p == name {
					return append(append([]string(nil), path[i:]...), name)
				}
			}
		case done:
			return nil
		}
		if _, ok := frags[name]; !ok {
			return nil // unknown fragment: validation reports it
		}
		state[name] = onPath
		path = append(path, name)
		for _, next := range edges[name] {
			if c := visit(next); c != nil {
				return c
			}
		}
		path = path[:len(path)-1]
		state[name] = done
		return nil
	}
	// In name order, so that the same document gets the same message.
	for _, name := range slices.Sorted(maps.Keys(frags)) {
		if c := visit(name); c != nil {
			return c, frags[c[0]]
		}
	}
	return nil, nil
}
