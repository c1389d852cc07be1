package schema

import (
	"context"
	"slices"
	"testing"

	"github.com/graphql-go/graphql/language/ast"
)

// DeclaresSize reports whether arg of field ("Type.field") is one of the
// field's declared size arguments.
func DeclaresSize(s *Schema, field, arg string) bool {
	return slices.Contains(s.costs.sizes[field], arg)
}

// PlanCost plans the document's only operation and returns its cost.
func PlanCost(t testing.TB, s *Schema, doc *ast.Document) int {
	t.Helper()
	op := chooseOperation(doc, "")
	vars, errs := s.coerce(context.Background(), op, nil)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	p, err := s.plan(doc, op, vars)
	if err != nil {
		t.Fatal(err)
	}
	return p.Cost()
}
