package schema

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/gqlerrors"
	"github.com/graphql-go/graphql/language/ast"
	"github.com/graphql-go/graphql/language/parser"
	"github.com/graphql-go/graphql/language/source"

	"github.com/geokg/kg/graph"
)

// Schema is the analyst API. graphql-go parses and validates documents
// against it (GraphQL), coerces variables, answers introspection and runs
// mutations; queries are planned once (Plan) and answered with one graph
// statement, written as JSON in the query's field order.
type Schema struct {
	gql   graphql.Schema
	store Store // nil: graphql-go executes every operation (Wrap)
	costs costModel
	enums map[*graphql.Enum]map[string][]byte // JSON names of enum values, read-only
	bufs  sync.Pool                           // *[]byte scratch for the writer
}

// maxPooledBuffer keeps an unusually large answer's buffer out of the pool,
// so that the pool's memory stays bounded by typical answers.
const maxPooledBuffer = 1 << 20

// New builds the schema over store. ingest may be nil.
func New(store Store, ingest Ingester) (*Schema, error) {
	gql, err := newGraphQL(store, ingest, variables{})
	if err != nil {
		return nil, err
	}
	s := wrap(gql, sizes())
	s.store = store
	return s, nil
}

// Wrap makes a Schema of a graphql-go schema whose resolvers answer every
// field (tests of the server use it): graphql-go executes its operations,
// and sizes are its per-field costs.
func Wrap(gql graphql.Schema, sizes Sizes) *Schema { return wrap(gql, sizes) }

func wrap(gql graphql.Schema, sizes Sizes) *Schema {
	s := &Schema{gql: gql, enums: map[*graphql.Enum]map[string][]byte{}}
	s.costs = costModel{sizes: sizes, schema: &s.gql}
	for _, t := range gql.TypeMap() {
		if e, ok := t.(*graphql.Enum); ok {
			s.enums[e] = enumNames(e)
		}
	}
	s.bufs.New = func() any { b := make([]byte, 0, 32<<10); return &b }
	return s
}

// GraphQL is graphql-go's schema, to validate documents against.
func (s *Schema) GraphQL() *graphql.Schema { return &s.gql }

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

// Request is one validated operation to execute.
type Request struct {
	Doc           *ast.Document
	OperationName string
	Variables     map[string]any
}

// Execute runs the request. A query's Data is its whole data object as
// JSON (json.RawMessage), written in the query's field order; a mutation's
// is graphql-go's result. As with graphql.Execute, a result with errors
// but no data and no error paths is a request error (the variables do not
// coerce) or an execution cut short by ctx.
func (s *Schema) Execute(ctx context.Context, req Request) *graphql.Result {
	op := chooseOperation(req.Doc, req.OperationName)
	if s.store == nil || op == nil || op.Operation != ast.OperationTypeQuery {
		return graphql.Execute(graphql.ExecuteParams{Schema: s.gql, AST: req.Doc, OperationName: req.OperationName,
			Args: req.Variables, Context: ctx, Root: map[string]any{}})
	}
	vars, errs := s.coerce(ctx, op, req.Variables)
	if len(errs) > 0 {
		return &graphql.Result{Errors: errs}
	}
	p, err := s.plan(req.Doc, op, vars)
	if err != nil {
		return &graphql.Result{Errors: []gqlerrors.FormattedError{gqlerrors.FormatError(err)}}
	}
	return s.run(ctx, p)
}

// run answers a planned query: one graph statement, then the writer.
func (s *Schema) run(ctx context.Context, p *Plan) *graphql.Result {
	var (
		answer map[string]any
		err    error
	)
	if sels := p.selections(); len(sels) > 0 {
		answer, err = s.store.Query(ctx, sels)
		if ctx.Err() != nil {
			// As graphql.Execute does when the context ends.
			return &graphql.Result{Errors: []gqlerrors.FormattedError{gqlerrors.FormatError(ctx.Err())}}
		}
	}
	var intro map[string]any
	var introErrs []gqlerrors.FormattedError
	if len(p.introspection) > 0 {
		intro, introErrs = s.introspect(ctx, p)
	}

	bp := s.bufs.Get().(*[]byte)
	w := &writer{buf: (*bp)[:0]}
	defer func() {
		if cap(w.buf) <= maxPooledBuffer {
			*bp = w.buf[:0]
			s.bufs.Put(bp)
		}
	}()
	query := s.gql.QueryType()
	w.buf = append(w.buf, '{')
	ok := true
	first := true
	comma := func() {
		if !first {
			w.buf = append(w.buf, ',')
		}
		first = false
	}
	for _, n := range p.Roots {
		comma()
		w.buf = appendString(w.buf, n.Key)
		w.buf = append(w.buf, ':')
		switch n.kind {
		case typenameField:
			w.buf = appendString(w.buf, query.Name())
			continue
		case introspectionField:
			b, merr := json.Marshal(intro[n.Key])
			if merr != nil {
				b = []byte("null")
			}
			w.buf = append(w.buf, b...)
			continue
		}
		w.path = append(w.path[:0], n.Key)
		if ferr := rootError(err, n.store); ferr != nil {
			w.fail(n, userFacing(ferr))
			if _, nonNull := n.Type.(*graphql.NonNull); nonNull {
				ok = false
			} else {
				w.buf = append(w.buf, "null"...)
			}
			continue
		}
		if !w.field(n, n.Type, answer[n.store]) {
			ok = false
		}
	}
	w.buf = append(w.buf, '}')
	res := &graphql.Result{Errors: append(w.errs, introErrs...)}
	if ok {
		res.Data = json.RawMessage(append([]byte(nil), w.buf...))
	}
	return res
}

// rootError is the error of the root selection keyed key in the graph's
// error err: its own SelectionError, or an error of the whole statement.
func rootError(err error, key string) error {
	if err == nil {
		return nil
	}
	errs := []error{err}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	}
	for _, e := range errs {
		var se *graph.SelectionError
		if errors.As(e, &se) && se.Key != key {
			continue
		}
		return e
	}
	return nil
}

// introspect has graphql-go answer the root introspection fields of p
// from the schema (nothing else of the operation runs).
func (s *Schema) introspect(ctx context.Context, p *Plan) (map[string]any, []gqlerrors.FormattedError) {
	sel := &ast.SelectionSet{Kind: "SelectionSet"}
	for _, f := range p.introspection {
		sel.Selections = append(sel.Selections, f)
	}
	op := &ast.OperationDefinition{Kind: "OperationDefinition", Operation: ast.OperationTypeQuery,
		VariableDefinitions: p.op.VariableDefinitions, SelectionSet: sel}
	doc := &ast.Document{Kind: "Document", Definitions: []ast.Node{op}}
	for _, d := range p.doc.Definitions {
		if f, ok := d.(*ast.FragmentDefinition); ok {
			doc.Definitions = append(doc.Definitions, f)
		}
	}
	res := graphql.Execute(graphql.ExecuteParams{Schema: s.gql, AST: doc, Args: p.vars, Context: ctx})
	m, _ := res.Data.(map[string]any)
	return m, res.Errors
}

// chooseOperation is the operation graphql-go would execute, or nil.
func chooseOperation(doc *ast.Document, name string) *ast.OperationDefinition {
	if doc == nil {
		return nil
	}
	var op *ast.OperationDefinition
	for _, d := range doc.Definitions {
		o, ok := d.(*ast.OperationDefinition)
		if !ok {
			continue
		}
		if name == "" {
			if op != nil {
				return nil
			}
			op = o
		} else if o.Name != nil && o.Name.Value == name {
			return o
		}
	}
	return op
}

// coerce has graphql-go coerce the variables of op, as it would to
// execute it, and returns them; or its errors (a request error).
func (s *Schema) coerce(ctx context.Context, op *ast.OperationDefinition, given map[string]any) (map[string]any, []gqlerrors.FormattedError) {
	if len(op.VariableDefinitions) == 0 {
		return map[string]any{}, nil
	}
	probe := &ast.OperationDefinition{Kind: "OperationDefinition", Operation: ast.OperationTypeQuery,
		VariableDefinitions: op.VariableDefinitions,
		SelectionSet: &ast.SelectionSet{Kind: "SelectionSet", Selections: []ast.Selection{
			&ast.Field{Kind: "Field", Name: &ast.Name{Kind: "Name", Value: "__typename"}},
		}}}
	var got map[string]any
	res := graphql.Execute(graphql.ExecuteParams{Schema: s.gql, AST: &ast.Document{Kind: "Document", Definitions: []ast.Node{probe}},
		Args: given, Context: context.WithValue(ctx, variablesKey{}, &got)})
	if len(res.Errors) > 0 {
		return nil, res.Errors
	}
	if got == nil {
		return nil, []gqlerrors.FormattedError{gqlerrors.FormatError(fmt.Errorf("schema: the variables were not coerced"))}
	}
	return got, nil
}

// variables is the graphql-go extension through which coerce reads the
// variables graphql-go coerced: when the context asks (variablesKey), the
// first field resolved hands them over. Otherwise it does nothing.
type variables struct{}

type variablesKey struct{}

func (variables) Init(ctx context.Context, _ *graphql.Params) context.Context { return ctx }
func (variables) Name() string                                                { return "kg.variables" }
func (variables) ParseDidStart(ctx context.Context) (context.Context, graphql.ParseFinishFunc) {
	return ctx, func(error) {}
}
func (variables) ValidationDidStart(ctx context.Context) (context.Context, graphql.ValidationFinishFunc) {
	return ctx, func([]gqlerrors.FormattedError) {}
}
func (variables) ExecutionDidStart(ctx context.Context) (context.Context, graphql.ExecutionFinishFunc) {
	return ctx, func(*graphql.Result) {}
}
func (variables) ResolveFieldDidStart(ctx context.Context, info *graphql.ResolveInfo) (context.Context, graphql.ResolveFieldFinishFunc) {
	if p, ok := ctx.Value(variablesKey{}).(*map[string]any); ok && *p == nil {
		*p = info.VariableValues
	}
	return ctx, func(any, error) {}
}
func (variables) HasResult() bool               { return false }
func (variables) GetResult(context.Context) any { return nil }

// Do parses, validates and executes one request, as graphql.Do does: for
// tests and tools; the server validates with its own rules and limits, and
// caches documents.
func (s *Schema) Do(ctx context.Context, query, operationName string, vars map[string]any) *graphql.Result {
	doc, err := parser.Parse(parser.ParseParams{Source: source.NewSource(&source.Source{Body: []byte(query), Name: "GraphQL request"})})
	if err != nil {
		return &graphql.Result{Errors: []gqlerrors.FormattedError{gqlerrors.FormatError(err)}}
	}
	if v := graphql.ValidateDocument(&s.gql, doc, nil); !v.IsValid {
		return &graphql.Result{Errors: v.Errors}
	}
	return s.Execute(ctx, Request{Doc: doc, OperationName: operationName, Variables: vars})
}
