package server

import (
	"fmt"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/gqlerrors"
	"github.com/graphql-go/graphql/language/ast"
	"github.com/graphql-go/graphql/language/kinds"
	"github.com/graphql-go/graphql/language/visitor"
)

// Introspection: the switch that turns it off (Config.Introspection) and
// the bound on how deeply an introspection query may nest its lists.

const (
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

func isIntrospectionList(name string) bool {
	switch name {
	case "fields", "interfaces", "possibleTypes", "inputFields":
		return true
	}
	return false
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
