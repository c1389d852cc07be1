package schema

import (
	"time"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/language/ast"

	"github.com/geokg/kg/graph"
)

const dateLayout = "2006-01-02"

// typeSet holds the schema's object types, built once per schema.
type typeSet struct {
	date                           *graphql.Scalar
	actor, article, evidence, ally *graphql.Object
}

// dateScalar is an ISO 8601 calendar day, "2023-06-25". Values that are not
// real days (2023-02-30) are rejected during validation.
var dateScalar = graphql.NewScalar(graphql.ScalarConfig{
	Name:        "Date",
	Description: "A calendar day in ISO 8601 form: YYYY-MM-DD.",
	Serialize: func(v any) any {
		switch t := v.(type) {
		case time.Time:
			return t.Format(dateLayout)
		case *time.Time:
			if t == nil {
				return nil
			}
			return t.Format(dateLayout)
		}
		return nil
	},
	ParseValue: func(v any) any {
		s, ok := v.(string)
		if !ok {
			return nil
		}
		return parseDate(s)
	},
	ParseLiteral: func(v ast.Value) any {
		s, ok := v.(*ast.StringValue)
		if !ok {
			return nil
		}
		return parseDate(s.Value)
	},
})

func parseDate(s string) any {
	t, err := time.Parse(dateLayout, s)
	if err != nil {
		return nil // graphql-go reports: Expected type "Date", found "..."
	}
	return t
}

func newTypes() typeSet {
	var t typeSet
	t.date = dateScalar
	nonNullString := graphql.NewNonNull(graphql.String)
	stringList := graphql.NewNonNull(graphql.NewList(nonNullString))
	t.actor = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Actor",
		Description: "A state, person, organization, armed group, media outlet or place.",
		Fields: graphql.Fields{
			"id":       {Type: graphql.NewNonNull(graphql.ID), Description: "Canonical ID: ISO 3166 alpha-3 for states (RUS), a slug or Wikidata QID otherwise.", Resolve: actorField(func(a graph.ActorNode) any { return a.ID })},
			"name":     {Type: nonNullString, Resolve: actorField(func(a graph.ActorNode) any { return a.Name })},
			"kind":     {Type: nonNullString, Description: "state, person, organization, igo, armed_group, media, mission, place or government.", Resolve: actorField(func(a graph.ActorNode) any { return a.Kind })},
			"country":  {Type: graphql.String, Description: "Alpha-3 of the state the actor belongs to.", Resolve: actorField(func(a graph.ActorNode) any { return orNil(a.Country) })},
			"wikidata": {Type: graphql.String, Description: "Wikidata QID, when known.", Resolve: actorField(func(a graph.ActorNode) any { return orNil(a.Wikidata) })},
			"aliases":  {Type: stringList, Description: "Other names, in every language seen.", Resolve: actorField(func(a graph.ActorNode) any { return a.Aliases })},
			"titles":   {Type: stringList, Description: "Roles the actor has held (head_of_state, ambassador...).", Resolve: actorField(func(a graph.ActorNode) any { return a.Titles })},
		},
	})
	t.article = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Article",
		Description: "A news article: the source of facts.",
		Fields: graphql.Fields{
			"id":        {Type: graphql.NewNonNull(graphql.ID), Description: "The URL, or sha256:… of the text when there is none.", Resolve: articleField(func(a graph.ArticleNode) any { return a.ID })},
			"url":       {Type: graphql.String, Resolve: articleField(func(a graph.ArticleNode) any { return orNil(a.URL) })},
			"title":     {Type: graphql.String, Resolve: articleField(func(a graph.ArticleNode) any { return orNil(a.Title) })},
			"source":    {Type: graphql.String, Description: "The outlet.", Resolve: articleField(func(a graph.ArticleNode) any { return orNil(a.Source) })},
			"language":  {Type: graphql.String, Description: "ISO 639-1 code.", Resolve: articleField(func(a graph.ArticleNode) any { return orNil(a.Language) })},
			"dateline":  {Type: graphql.String, Resolve: articleField(func(a graph.ArticleNode) any { return orNil(a.Dateline) })},
			"published": {Type: dateScalar, Resolve: articleField(func(a graph.ArticleNode) any { return a.Published })},
		},
	})
	t.evidence = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Evidence",
		Description: "The sentence of an article that states a fact.",
		Fields: graphql.Fields{
			"sentence":   {Type: nonNullString, Resolve: evidenceField(func(e graph.EvidenceNode) any { return e.Sentence })},
			"start":      {Type: graphql.NewNonNull(graphql.Int), Description: "Byte offset of the sentence in the article text.", Resolve: evidenceField(func(e graph.EvidenceNode) any { return e.Start })},
			"end":        {Type: graphql.NewNonNull(graphql.Int), Resolve: evidenceField(func(e graph.EvidenceNode) any { return e.End })},
			"extractor":  {Type: nonNullString, Description: "What produced the fact: name/version.", Resolve: evidenceField(func(e graph.EvidenceNode) any { return e.Extractor })},
			"confidence": {Type: graphql.NewNonNull(graphql.Float), Resolve: evidenceField(func(e graph.EvidenceNode) any { return e.Confidence })},
			"rule":       {Type: graphql.String, Resolve: evidenceField(func(e graph.EvidenceNode) any { return orNil(e.Rule) })},
			"matched":    {Type: stringList, Description: "The words that triggered the fact.", Resolve: evidenceField(func(e graph.EvidenceNode) any { return e.Matched })},
			"date":       {Type: dateScalar, Description: "The day of the article.", Resolve: evidenceField(func(e graph.EvidenceNode) any { return e.Date })},
			"article":    {Type: graphql.NewNonNull(t.article), Resolve: evidenceField(func(e graph.EvidenceNode) any { return e.Article })},
		},
	})
	t.ally = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Ally",
		Description: "An actor aligned with the one asked about.",
		Fields: graphql.Fields{
			"actor":     {Type: graphql.NewNonNull(t.actor), Resolve: allyField(func(a graph.Ally) any { return a.Actor })},
			"relations": {Type: stringList, Description: "ally, partner (stated) or cooperative (from reported actions).", Resolve: allyField(func(a graph.Ally) any { return a.Relations })},
			"explicit":  {Type: graphql.NewNonNull(graphql.Boolean), Description: "True when a source states the alignment in so many words.", Resolve: allyField(func(a graph.Ally) any { return a.Explicit })},
			"strength":  {Type: graphql.NewNonNull(graphql.Float), Description: "0–1: the noisy-or of the evidence confidences, 1 − Π(1 − c).", Resolve: allyField(func(a graph.Ally) any { return a.Strength })},
			"firstSeen": {Type: dateScalar, Resolve: allyField(func(a graph.Ally) any { return a.FirstSeen })},
			"lastSeen":  {Type: dateScalar, Resolve: allyField(func(a graph.Ally) any { return a.LastSeen })},
			"evidence":  {Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(t.evidence))), Description: "Newest first.", Resolve: allyField(func(a graph.Ally) any { return a.Evidence })},
		},
	})
	return t
}

func orNil(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func actorField(f func(graph.ActorNode) any) graphql.FieldResolveFn {
	return func(p graphql.ResolveParams) (any, error) { return f(p.Source.(graph.ActorNode)), nil }
}

func articleField(f func(graph.ArticleNode) any) graphql.FieldResolveFn {
	return func(p graphql.ResolveParams) (any, error) { return f(p.Source.(graph.ArticleNode)), nil }
}

func evidenceField(f func(graph.EvidenceNode) any) graphql.FieldResolveFn {
	return func(p graphql.ResolveParams) (any, error) { return f(p.Source.(graph.EvidenceNode)), nil }
}

func allyField(f func(graph.Ally) any) graphql.FieldResolveFn {
	return func(p graphql.ResolveParams) (any, error) { return f(p.Source.(graph.Ally)), nil }
}
