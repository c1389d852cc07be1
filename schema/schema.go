// Package schema owns the GraphQL schema (graphql-go/graphql): its types,
// the custom Date scalar, and the resolvers that answer from the graph.
//
// It must not contain Cypher or know about HTTP: resolvers call the small
// Store interface below, which *graph.Store implements, and the server
// package decides how requests arrive.
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
	ResolveActor(ctx context.Context, idOrName string) (graph.ActorNode, error)
	Actors(ctx context.Context, f graph.ActorFilter) ([]graph.ActorNode, error)
	Allies(ctx context.Context, id string, p graph.Period) ([]graph.Ally, error)
}

// Error is a GraphQL error with a machine-readable code in extensions.code.
type Error struct {
	Code    string
	Message string
}

func (e *Error) Error() string { return e.Message }

// Extensions implements graphql-go's gqlerrors.ExtendedError.
func (e *Error) Extensions() map[string]any { return map[string]any{"code": e.Code} }

// New builds the schema over store.
func New(store Store) (graphql.Schema, error) {
	t := newTypes()
	r := resolvers{store: store}
	query := graphql.NewObject(graphql.ObjectConfig{
		Name: "Query",
		Fields: graphql.Fields{
			"actor": &graphql.Field{
				Type:        t.actor,
				Description: "One actor, by canonical ID (RUS, vladimir-putin) or by any name or alias in English or Indonesian (Russia, Rusia). Null when there is none.",
				Args: graphql.FieldConfigArgument{
					"id":   {Type: graphql.String, Description: "Canonical ID: ISO 3166 alpha-3 for states, a slug or Wikidata QID otherwise."},
					"name": {Type: graphql.String, Description: "A name or alias, in any language the sources use."},
				},
				Resolve: r.actor,
			},
			"actors": &graphql.Field{
				Type:        graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(t.actor))),
				Description: "Actors ordered by name.",
				Args: graphql.FieldConfigArgument{
					"kind":  {Type: graphql.String, Description: "Only actors of this kind: state, person, organization, igo, armed_group, media, mission, place, government."},
					"first": {Type: graphql.Int, DefaultValue: 100, Description: "At most this many (1–1000)."},
				},
				Resolve: r.actors,
			},
			"allies": &graphql.Field{
				Type:        graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(t.ally))),
				Description: "Actors aligned with `of` (stated allies and partners, and actors whose reported actions are cooperative), strongest first, each with the sentences that say so. `since` and `until` bound the date of the articles.",
				Args: graphql.FieldConfigArgument{
					"of":    {Type: graphql.NewNonNull(graphql.String), Description: "The actor: canonical ID or any name or alias."},
					"since": {Type: t.date, Description: "Only evidence from articles published on or after this day."},
					"until": {Type: t.date, Description: "Only evidence from articles published on or before this day."},
				},
				Resolve: r.allies,
			},
		},
	})
	return graphql.NewSchema(graphql.SchemaConfig{Query: query})
}

type resolvers struct{ store Store }

func (r resolvers) actor(p graphql.ResolveParams) (any, error) {
	id, _ := p.Args["id"].(string)
	name, _ := p.Args["name"].(string)
	key := id
	if key == "" {
		key = name
	}
	if key == "" {
		return nil, &Error{Code: "BAD_USER_INPUT", Message: "actor needs an id or a name"}
	}
	a, err := r.store.ResolveActor(p.Context, key)
	if errors.Is(err, graph.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, internal(err)
	}
	return a, nil
}

func (r resolvers) actors(p graphql.ResolveParams) (any, error) {
	first, _ := p.Args["first"].(int)
	if first < 1 || first > 1000 {
		return nil, &Error{Code: "BAD_USER_INPUT", Message: fmt.Sprintf("first must be between 1 and 1000, got %d", first)}
	}
	kind, _ := p.Args["kind"].(string)
	return r.store.Actors(p.Context, graph.ActorFilter{Kind: kind, Limit: first})
}

func (r resolvers) allies(p graphql.ResolveParams) (any, error) {
	of, _ := p.Args["of"].(string)
	per := graph.Period{Since: timeArg(p.Args["since"]), Until: timeArg(p.Args["until"])}
	if per.Since != nil && per.Until != nil && per.Since.After(*per.Until) {
		return nil, &Error{Code: "BAD_USER_INPUT", Message: fmt.Sprintf("since (%s) is after until (%s)",
			per.Since.Format(dateLayout), per.Until.Format(dateLayout))}
	}
	a, err := r.store.ResolveActor(p.Context, of)
	if errors.Is(err, graph.ErrNotFound) {
		return nil, &Error{Code: "NOT_FOUND", Message: fmt.Sprintf("no actor has the ID or name %q", of)}
	}
	if err != nil {
		return nil, internal(err)
	}
	allies, err := r.store.Allies(p.Context, a.ID, per)
	if err != nil {
		return nil, internal(err)
	}
	return allies, nil
}

// internal hides the cause of a storage failure from clients; the server
// logs the full error.
func internal(err error) error {
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return &Error{Code: "TIMEOUT", Message: "the query took too long and was cancelled"}
	}
	return &internalError{cause: err}
}

type internalError struct{ cause error }

func (e *internalError) Error() string { return "internal error" }
func (e *internalError) Unwrap() error { return e.cause }
func (e *internalError) Extensions() map[string]any {
	return map[string]any{"code": "INTERNAL_SERVER_ERROR"}
}

func timeArg(v any) *time.Time {
	t, ok := v.(time.Time)
	if !ok {
		return nil
	}
	return &t
}
