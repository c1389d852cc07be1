package server

import (
	"fmt"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/gqlerrors"
	"github.com/graphql-go/graphql/language/ast"
	"github.com/graphql-go/graphql/language/kinds"
	"github.com/graphql-go/graphql/language/parser"
	"github.com/graphql-go/graphql/language/source"
	"github.com/graphql-go/graphql/language/visitor"
	lru "github.com/hashicorp/golang-lru/v2"
)

// maxCachedQueryBytes keeps large documents out of the cache, so that its
// memory stays bounded by DocumentCacheSize × a few tens of kilobytes.
const maxCachedQueryBytes = 8 << 10

// documents parses and validates GraphQL documents, and remembers the ones
// that passed (an LRU keyed by the query string) so that a query asked again
// goes straight to execution. Cached documents are shared by concurrent
// requests: nothing may modify them.
type documents struct {
	schema *graphql.Schema
	rules  []graphql.ValidationRuleFn
	limits limits
	cache  *lru.Cache[string, *ast.Document] // nil: no caching
	stats  func(hit bool)
	// validated, when set, counts the documents graphql-go validates.
	validated func()
}

func newDocuments(schema *graphql.Schema, size int, lim limits, introspection bool, stats func(hit bool)) *documents {
	rules := specifiedRules()
	if !introspection {
		rules = append(rules, introspectionOffRule)
	}
	d := &documents{schema: schema, rules: rules, limits: lim, stats: stats}
	if size > 0 {
		d.cache, _ = lru.New[string, *ast.Document](size) // errs only when size <= 0
	}
	return d
}

// specifiedRules are graphql-go's validation rules with its check of
// fragment spreads mended. graphql-go v0.8.1 compares an inline fragment
// without a type condition with the field's wrapped type ([Ally!]!) rather
// than its named type, and so rejects valid queries such as
// allies { ... @include(if: $x) { strength } }. Such a fragment has the type
// of its parent by definition, so it can always be spread there; fragments
// with a type condition, and named ones, keep graphql-go's check.
func specifiedRules() []graphql.ValidationRuleFn {
	// graphql.SpecifiedRules, in its order, with the mended rule in place
	// of graphql.PossibleFragmentSpreadsRule (TestSpecifiedRules checks
	// that the list stays as long as graphql-go's).
	return []graphql.ValidationRuleFn{
		graphql.ArgumentsOfCorrectTypeRule,
		graphql.DefaultValuesOfCorrectTypeRule,
		graphql.FieldsOnCorrectTypeRule,
		graphql.FragmentsOnCompositeTypesRule,
		graphql.KnownArgumentNamesRule,
		graphql.KnownDirectivesRule,
		graphql.KnownFragmentNamesRule,
		graphql.KnownTypeNamesRule,
		graphql.LoneAnonymousOperationRule,
		graphql.NoFragmentCyclesRule,
		graphql.NoUndefinedVariablesRule,
		graphql.NoUnusedFragmentsRule,
		graphql.NoUnusedVariablesRule,
		graphql.OverlappingFieldsCanBeMergedRule,
		possibleFragmentSpreadsRule,
		graphql.ProvidedNonNullArgumentsRule,
		graphql.ScalarLeafsRule,
		graphql.UniqueArgumentNamesRule,
		graphql.UniqueFragmentNamesRule,
		graphql.UniqueInputFieldNamesRule,
		graphql.UniqueOperationNamesRule,
		graphql.UniqueVariableNamesRule,
		graphql.VariablesAreInputTypesRule,
		graphql.VariablesInAllowedPositionRule,
	}
}

func possibleFragmentSpreadsRule(vc *graphql.ValidationContext) *graphql.ValidationRuleInstance {
	in := graphql.PossibleFragmentSpreadsRule(vc)
	inline := in.VisitorOpts.KindFuncMap[kinds.InlineFragment]
	check := inline.Kind
	inline.Kind = func(p visitor.VisitFuncParams) (string, any) {
		if f, ok := p.Node.(*ast.InlineFragment); ok && f.TypeCondition == nil {
			return visitor.ActionNoChange, nil
		}
		return check(p)
	}
	in.VisitorOpts.KindFuncMap[kinds.InlineFragment] = inline
	return in
}

// get returns the document of query. A syntax error is parseErr. A document
// that parses but fails the guard (guard.go), check or validation comes back
// with their errors, so that the caller can still see which operation it
// asks for; a query refused before parsing (too many tokens) comes back
// with a nil document and its error in invalid. check (may be nil) runs on
// every document that passed the guard, cached or not, before validation:
// the handler checks the cost there, which depends on the variables.
func (d *documents) get(query string, check func(*ast.Document) []gqlerrors.FormattedError) (doc *ast.Document, invalid []gqlerrors.FormattedError, parseErr *gqlerrors.FormattedError) {
	if d.cache != nil {
		if doc, ok := d.cache.Get(query); ok {
			d.stats(true)
			if check != nil {
				return doc, check(doc), nil
			}
			return doc, nil, nil
		}
		d.stats(false)
	}
	if max := d.limits.tokens; max >= 0 && countTokens(query, max) > max {
		return nil, []gqlerrors.FormattedError{formatLimit(tokenError(max), nil)}, nil
	}
	doc, err := parser.Parse(parser.ParseParams{Source: source.NewSource(&source.Source{
		Body: []byte(query),
		Name: "GraphQL request",
	})})
	if err != nil {
		fe := gqlerrors.FormatError(err)
		return nil, nil, &fe
	}
	if errs := d.limits.guardDocument(doc); len(errs) > 0 {
		return doc, errs, nil
	}
	if check != nil {
		if errs := check(doc); len(errs) > 0 {
			return doc, errs, nil
		}
	}
	if d.validated != nil {
		d.validated()
	}
	res := graphql.ValidateDocument(d.schema, doc, d.rules)
	if !res.IsValid {
		return doc, res.Errors, nil
	}
	if d.cache != nil && len(query) <= maxCachedQueryBytes {
		d.cache.Add(query, doc)
	}
	return doc, nil, nil
}

// operation picks the operation to execute, as GraphQL's GetOperation does.
func operation(doc *ast.Document, name string) (*ast.OperationDefinition, error) {
	var found *ast.OperationDefinition
	n := 0
	for _, def := range doc.Definitions {
		op, ok := def.(*ast.OperationDefinition)
		if !ok {
			continue
		}
		n++
		if name == "" {
			found = op
		} else if nodeName(op.Name) == name {
			return op, nil
		}
	}
	switch {
	case name != "":
		return nil, fmt.Errorf("the document has no operation named %q", name)
	case n == 0:
		return nil, fmt.Errorf("the document has no operation")
	case n > 1:
		return nil, fmt.Errorf("the document has %d operations: operationName must say which to execute", n)
	}
	return found, nil
}
