// Package schema owns the analyst API: the GraphQL schema (graphql-go/graphql)
// with its types, the Date scalar and the mutations' resolvers, and the way
// queries are answered.
//
// graphql-go parses and validates documents, coerces variables, answers
// introspection and runs mutations. A query is planned once (plan.go: the
// operation chosen, fragments inlined, @skip and @include applied,
// arguments bound) into a tree that the cost model (cost.go), the compile
// to graph.Selections and the JSON writer (write.go) all read: one Cypher
// statement per operation, answered in the query's field order.
//
// It must not contain Cypher or know about HTTP: it calls the small Store
// and Ingester interfaces below, and the server package decides how
// requests arrive and whether they are authenticated. graph's errors are
// Go values; this package maps them to GraphQL error codes.
package schema

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/graphql-go/graphql"

	"github.com/geokg/kg/graph"
)

// Store is what the resolvers need from the graph.
type Store interface {
	Query(ctx context.Context, roots []graph.Selection) (map[string]any, error)
	DeleteArticle(ctx context.Context, idOrURL string) (graph.DeleteResult, error)
}

// ArticleInput is a raw article sent to ingestArticle.
type ArticleInput struct {
	Text      string
	URL       string
	Title     string
	Source    string
	Language  string
	Published *time.Time
	Format    string // "text", "markdown" or "html"; empty: guess
}

// IngestResult is what ingesting an article did.
type IngestResult struct {
	ArticleID string
	Actors    []string // IDs of the actors found
	Events    int
	Stances   int
	Write     graph.WriteResult
	Warnings  []string // what the extractor left out (a cap was reached)
}

// Ingester extracts facts from a raw article and writes them in one
// transaction. Nil disables ingestArticle.
type Ingester interface {
	Ingest(ctx context.Context, in ArticleInput) (IngestResult, error)
}

// Error is a GraphQL error with a machine-readable code in extensions.code.
type Error struct {
	Code    string
	Message string
}

func (e *Error) Error() string { return e.Message }

// Extensions implements graphql-go's gqlerrors.ExtendedError.
func (e *Error) Extensions() map[string]any { return map[string]any{"code": e.Code} }

// newGraphQL builds graphql-go's schema: the types, the arguments and
// their defaults, and the resolvers of the mutations. Queries have none:
// Schema.Execute answers them from a Plan.
func newGraphQL(store Store, ingest Ingester, ext graphql.Extension) (graphql.Schema, error) {
	t := newTypes()
	r := &resolvers{store: store, ingest: ingest}
	actorArgs := graphql.FieldConfigArgument{
		"of":          {Type: graphql.NewNonNull(graphql.String), Description: "The actor: canonical ID (RUS) or any name or alias (Russia, Rusia)."},
		"since":       {Type: t.date, Description: "Only evidence from articles published on or after this day."},
		"until":       {Type: t.date, Description: "Only evidence from articles published on or before this day."},
		"minStrength": {Type: graphql.Float, DefaultValue: 0.0, Description: "Only ties at least this strong (0–1)."},
		"first":       {Type: graphql.Int, DefaultValue: graph.DefaultTieCount, Description: "At most this many (0–500)."},
		"asOf":        {Type: t.date, Description: "What the graph knew on this day: only evidence from articles published on or before it counts (strengths, counts, first and last seen are recomputed from it)."},
	}
	root := func(typ graphql.Output, desc string, args graphql.FieldConfigArgument) *graphql.Field {
		return &graphql.Field{Type: typ, Description: desc, Args: args}
	}
	query := graphql.NewObject(graphql.ObjectConfig{Name: "Query", Fields: graphql.Fields{
		"actor": root(t.actor, "One actor, by canonical ID or by any name or alias in any language. Null when there is none.", graphql.FieldConfigArgument{
			"id":   {Type: graphql.ID, Description: "Canonical ID: ISO 3166 alpha-3 for states (RUS); a lower-case slug (vladimir-putin) otherwise."},
			"name": {Type: graphql.String, Description: "A name or alias, in any language the sources use (Russia, Rusia)."},
		}),
		"actors": root(graphql.NewNonNull(t.actorConn), "Actors, a page at a time.", graphql.FieldConfigArgument{
			"filter": {Type: t.actorFilter},
			"sort":   {Type: t.actorSort, DefaultValue: "name"},
			"first":  {Type: graphql.Int, DefaultValue: graph.DefaultPageSize, Description: "Page size (0–500)."},
			"after":  {Type: graphql.String, Description: "Cursor: the endCursor of the previous page."},
		}),
		"allies":      root(listOf(t.ally), "Actors aligned with `of` — stated allies and partners, and actors whose reported actions are cooperative — strongest first, each with the sentences that say so. since and until bound the date of the articles.", actorArgs),
		"adversaries": root(listOf(t.ally), "Actors in a hostile relation with `of`, in either direction, strongest first, with the evidence.", actorArgs),
		"events": root(graphql.NewNonNull(t.eventConn), "Events, newest first, a page at a time.", graphql.FieldConfigArgument{
			"filter": {Type: t.eventFilter},
			"sort":   {Type: t.eventSort, DefaultValue: "newest"},
			"first":  {Type: graphql.Int, DefaultValue: graph.DefaultPageSize, Description: "Page size (0–500)."},
			"after":  {Type: graphql.String, Description: "Cursor: the endCursor of the previous page."},
		}),
		"timeline": root(listOf(t.timelineBucket), "An actor's events counted by day, week, month or year.", graphql.FieldConfigArgument{
			"actor":       {Type: graphql.NewNonNull(graphql.String)},
			"bucket":      {Type: t.bucket, DefaultValue: "month"},
			"since":       {Type: t.date},
			"until":       {Type: t.date},
			"asOf":        {Type: t.date, Description: "What the graph knew on this day: only events reported in articles published on or before it."},
			"types":       {Type: graphql.NewList(graphql.NewNonNull(graphql.String))},
			"roots":       {Type: graphql.NewList(graphql.NewNonNull(graphql.String))},
			"quadClasses": {Type: graphql.NewList(graphql.NewNonNull(graphql.Int))},
			"status":      {Type: graphql.NewList(graphql.NewNonNull(t.eventStatus))},
		}),
		"path": root(t.path, "The shortest chain of facts (events, stances, roles) linking two actors; null when there is none within maxHops.", graphql.FieldConfigArgument{
			"from":    {Type: graphql.NewNonNull(graphql.String)},
			"to":      {Type: graphql.NewNonNull(graphql.String)},
			"maxHops": {Type: graphql.Int, DefaultValue: graph.DefaultHops, Description: "1–6."},
			"since":   {Type: t.date, Description: "Only facts from this day on."},
			"asOf":    {Type: t.date, Description: "What the graph knew on this day: only events and stances with evidence from articles published on or before it, and only that evidence."},
		}),
		"neighborhood": root(graphql.NewNonNull(t.neighborhood), "The actors around one and the stances between them, ready for a graph view.", graphql.FieldConfigArgument{
			"actor": {Type: graphql.NewNonNull(graphql.String)},
			"depth": {Type: graphql.Int, DefaultValue: graph.DefaultDepth, Description: "Rings of neighbours, 1–3."},
			"since": {Type: t.date, Description: "Only stances with evidence from this day on."},
			"until": {Type: t.date, Description: "Only stances with evidence up to this day (article publication day)."},
			"asOf":  {Type: t.date, Description: "What the graph knew on this day: only evidence from articles published on or before it weighs the edges."},
			"limit": {Type: graphql.Int, DefaultValue: graph.DefaultNeighbors, Description: "At most this many actors (1–500)."},
		}),
		"search": root(listOf(t.searchHit), "Full-text search over actor names and aliases and article titles, best first.", graphql.FieldConfigArgument{
			"text":  {Type: graphql.NewNonNull(graphql.String)},
			"first": {Type: graphql.Int, DefaultValue: graph.DefaultPageSize},
		}),
		"article": root(t.article, "One article, by ID or URL. Null when there is none.", graphql.FieldConfigArgument{
			"id":  {Type: graphql.ID},
			"url": {Type: graphql.String},
		}),
		"stats": root(graphql.NewNonNull(t.stats), "What the graph holds.", nil),
	}})
	articleInput, ingestResult, deleteResult := mutationTypes(t.date)
	mutation := graphql.NewObject(graphql.ObjectConfig{Name: "Mutation", Fields: graphql.Fields{
		"ingestArticle": &graphql.Field{
			Type:        graphql.NewNonNull(ingestResult),
			Description: "Extract the facts of a raw article and load them in one transaction. Needs an API key.",
			Args:        graphql.FieldConfigArgument{"input": {Type: graphql.NewNonNull(articleInput)}},
			Resolve:     r.ingestArticle,
		},
		"deleteArticle": &graphql.Field{
			Type:        graphql.NewNonNull(deleteResult),
			Description: "Remove an article and every fact only it supported. Needs an API key.",
			Args:        graphql.FieldConfigArgument{"id": {Type: graphql.NewNonNull(graphql.ID), Description: "Article ID or URL."}},
			Resolve:     r.deleteArticle,
		},
	}})
	return graphql.NewSchema(graphql.SchemaConfig{Query: query, Mutation: mutation, Types: []graphql.Type{t.actorEdge, t.eventEdge},
		Extensions: []graphql.Extension{ext}})
}

type resolvers struct {
	store  Store
	ingest Ingester
}

// userFacing keeps errors about the question and hides the rest.
func userFacing(err error) error {
	var bad *graph.BadInputError
	if errors.As(err, &bad) {
		return &Error{Code: "BAD_USER_INPUT", Message: bad.Message}
	}
	var nf *graph.NotFoundError
	if errors.As(err, &nf) {
		return &Error{Code: "NOT_FOUND", Message: nf.Error()}
	}
	var se *Error
	if errors.As(err, &se) {
		return se
	}
	return internal(err)
}

// internal hides the cause of a storage failure from clients; the server
// logs it. Storage that cannot be reached is UNAVAILABLE (the server
// answers 503), a statement cut short by the deadline is TIMEOUT, and a
// search text the full-text index cannot parse is BAD_USER_INPUT.
func internal(err error) error {
	switch {
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled):
		return &causedError{coded: Error{Code: "TIMEOUT", Message: "the query took too long and was cancelled"}, cause: err}
	case errors.Is(err, graph.ErrUnavailable):
		return &causedError{coded: Error{Code: "UNAVAILABLE", Message: "the database is unavailable; try again shortly"}, cause: err}
	case errors.Is(err, graph.ErrSearchSyntax):
		return &causedError{coded: Error{Code: "BAD_USER_INPUT", Message: "search: the text is not a valid full-text query (it may consist only of operators such as AND, OR, NOT); search for words"}, cause: err}
	}
	return &internalError{cause: err}
}

// causedError is a coded error for the client that keeps its cause for
// the server's log.
type causedError struct {
	coded Error
	cause error
}

func (e *causedError) Error() string              { return e.coded.Message }
func (e *causedError) Extensions() map[string]any { return e.coded.Extensions() }
func (e *causedError) Unwrap() error              { return e.cause }

type internalError struct{ cause error }

func (e *internalError) Error() string { return "internal error" }
func (e *internalError) Unwrap() error { return e.cause }
func (e *internalError) Extensions() map[string]any {
	return map[string]any{"code": "INTERNAL_SERVER_ERROR"}
}

var unauthenticated = &Error{Code: "UNAUTHENTICATED", Message: "this mutation needs an API key: send Authorization: Bearer <key>"}

func (r *resolvers) ingestArticle(p graphql.ResolveParams) (any, error) {
	if !Authenticated(p.Context) {
		return nil, unauthenticated
	}
	if r.ingest == nil {
		return nil, &Error{Code: "NOT_IMPLEMENTED", Message: "this server has no extractor configured"}
	}
	in, _ := p.Args["input"].(map[string]any)
	a := ArticleInput{}
	a.Text, _ = in["text"].(string)
	a.URL, _ = in["url"].(string)
	a.Title, _ = in["title"].(string)
	a.Source, _ = in["source"].(string)
	a.Language, _ = in["language"].(string)
	a.Format, _ = in["format"].(string)
	if t, ok := in["published"].(time.Time); ok {
		a.Published = &t
	}
	if a.Text == "" {
		return nil, &Error{Code: "BAD_USER_INPUT", Message: "input.text is empty"}
	}
	res, err := r.ingest.Ingest(p.Context, a)
	if err != nil {
		var ue *Error
		if errors.As(err, &ue) {
			return nil, ue
		}
		return nil, internal(err)
	}
	w := res.Write
	return map[string]any{
		"articleId": res.ArticleID, "actors": res.Actors, "events": res.Events, "stances": res.Stances,
		"articleCreated": w.ArticleCreated, "actorsCreated": w.ActorsCreated, "actorsMerged": w.ActorsMerged,
		"eventsCreated": w.EventsCreated, "eventsMerged": w.EventsMerged, "eventsRemoved": w.EventsRemoved,
		"stancesCreated": w.StancesCreated, "stancesMerged": w.StancesMerged, "evidenceCreated": w.EvidenceCreated,
		"warnings": append([]string{}, res.Warnings...),
	}, nil
}

func (r *resolvers) deleteArticle(p graphql.ResolveParams) (any, error) {
	if !Authenticated(p.Context) {
		return nil, unauthenticated
	}
	id, _ := p.Args["id"].(string)
	res, err := r.store.DeleteArticle(p.Context, id)
	if err != nil {
		return nil, internal(err)
	}
	if !res.Found {
		return nil, &Error{Code: "NOT_FOUND", Message: fmt.Sprintf("no article has the ID or URL %q", id)}
	}
	return map[string]any{
		"articleId": id, "eventsDeleted": res.EventsDeleted, "evidenceDeleted": res.EvidenceDeleted,
		"stancesDeleted": res.StancesDeleted, "actorsDeleted": res.ActorsDeleted,
	}, nil
}

func mutationTypes(date *graphql.Scalar) (articleInput *graphql.InputObject, ingestResult, deleteResult *graphql.Object) {
	articleInput = graphql.NewInputObject(graphql.InputObjectConfig{
		Name: "ArticleInput", Description: "A raw news article.",
		Fields: graphql.InputObjectConfigFieldMap{
			"text":      {Type: graphql.NewNonNull(graphql.String), Description: "The article: plain text, Markdown or HTML."},
			"url":       {Type: graphql.String, Description: "Its address; the article's ID. Without it the ID is the hash of the text."},
			"title":     {Type: graphql.String},
			"source":    {Type: graphql.String, Description: "The outlet."},
			"language":  {Type: graphql.String, Description: "ISO 639-1 code; detected when absent."},
			"published": {Type: date, Description: "Publication day; read from the text when absent."},
			"format":    {Type: graphql.String, Description: "text, markdown or html; guessed when absent."},
		},
	})

	ingestResult = graphql.NewObject(graphql.ObjectConfig{Name: "IngestResult", Fields: graphql.Fields{
		"articleId":       field(nonNull(graphql.ID), ""),
		"actors":          field(listOf(graphql.ID), "IDs of the actors found."),
		"events":          field(nonNull(graphql.Int), "Events found."),
		"stances":         field(nonNull(graphql.Int), "Stances found."),
		"articleCreated":  field(nonNull(graphql.Boolean), "False when the article was already loaded and has been replaced."),
		"actorsCreated":   field(nonNull(graphql.Int), ""),
		"actorsMerged":    field(nonNull(graphql.Int), ""),
		"eventsCreated":   field(nonNull(graphql.Int), ""),
		"eventsMerged":    field(nonNull(graphql.Int), ""),
		"eventsRemoved":   field(nonNull(graphql.Int), "Events an earlier load of the article reported and this one does not."),
		"stancesCreated":  field(nonNull(graphql.Int), ""),
		"stancesMerged":   field(nonNull(graphql.Int), ""),
		"evidenceCreated": field(nonNull(graphql.Int), ""),
		"warnings":        field(listOf(graphql.String), "What was left out of the article: the sentences after a cap of the extractor was reached. Empty when nothing was."),
	}})

	deleteResult = graphql.NewObject(graphql.ObjectConfig{Name: "DeleteResult", Fields: graphql.Fields{
		"articleId":       field(nonNull(graphql.ID), ""),
		"eventsDeleted":   field(nonNull(graphql.Int), ""),
		"evidenceDeleted": field(nonNull(graphql.Int), ""),
		"stancesDeleted":  field(nonNull(graphql.Int), "Stances no other article supports."),
		"actorsDeleted":   field(nonNull(graphql.Int), "Actors nothing else mentions or involves."),
	}})
	return articleInput, ingestResult, deleteResult
}
