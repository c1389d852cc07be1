package schema

import (
	"time"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/language/ast"

	"github.com/geokg/kg/graph"
)

const dateLayout = "2006-01-02"

// newDateScalar is an ISO 8601 calendar day, "2023-06-25". Values that are
// not real days (2023-02-30) are rejected during validation, before
// anything runs.
func newDateScalar() *graphql.Scalar {
	return graphql.NewScalar(graphql.ScalarConfig{
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
			case graph.Date:
				return t.String()
			case string:
				return t
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
}

func parseDate(s string) any {
	t, err := time.Parse(dateLayout, s)
	if err != nil {
		return nil // graphql-go reports: Expected type "Date", found "...".
	}
	return t
}

func enum(name, desc string, values map[string]string) *graphql.Enum {
	cfg := graphql.EnumValueConfigMap{}
	for k, v := range values {
		cfg[k] = &graphql.EnumValueConfig{Value: v}
	}
	return graphql.NewEnum(graphql.EnumConfig{Name: name, Description: desc, Values: cfg})
}

func nonNull(t graphql.Output) graphql.Output { return graphql.NewNonNull(t) }
func listOf(t graphql.Output) graphql.Output {
	return graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(t)))
}

// field is a shorthand for a field: queries are answered from a Plan, so
// no field of the result types has a resolver (graphql-go's default one
// reads a mutation's result maps).
func field(t graphql.Output, desc string) *graphql.Field {
	return &graphql.Field{Type: t, Description: desc}
}

func fieldArgs(t graphql.Output, desc string, args graphql.FieldConfigArgument) *graphql.Field {
	return &graphql.Field{Type: t, Description: desc, Args: args}
}

// types is the schema's type set, built once by New.
type types struct {
	date                                                                               *graphql.Scalar
	actorKind, eventStatus, stanceKind, bucket, actorSort, eventSort, hopKind, hitKind *graphql.Enum
	sector                                                                             *graphql.Enum
	actorFilter, eventFilter                                                           *graphql.InputObject
	actor, role, event, article, evidence, ally, stance                                *graphql.Object
	pageInfo, actorConn, actorEdge, eventConn, eventEdge                               *graphql.Object
	timelineBucket, path, hop, neighborhood, edge, searchHit, stats, count             *graphql.Object
}

func newTypes() *types {
	t := &types{date: newDateScalar()}
	t.actorKind = enum("ActorKind", "What an actor is.", map[string]string{
		"STATE": "state", "PERSON": "person", "ORGANIZATION": "organization", "IGO": "igo",
		"ARMED_GROUP": "armed_group", "MEDIA": "media", "MISSION": "mission", "PLACE": "place", "GOVERNMENT": "government",
		"LEGISLATURE": "legislature", "COURT": "court", "MILITARY": "military", "AGENCY": "agency",
	})
	t.eventStatus = enum("EventStatus", "How the text reports an event.", map[string]string{
		"FACT": "fact", "ALLEGED": "alleged", "DISPUTED": "disputed", "DENIED": "denied",
		"THREATENED": "threatened", "PLANNED": "planned", "DEMANDED": "demanded",
	})
	t.sector = enum("Sector", "CAMEO agent code: which part of an actor acted (GOV government, MIL military, REB rebels...).", sectorValues())
	t.stanceKind = enum("StanceKind", "Stated in so many words, or derived from reported events.", map[string]string{
		"EXPLICIT": "explicit", "DERIVED": "derived",
	})
	t.bucket = enum("Bucket", "Width of a timeline bucket.", map[string]string{"DAY": "day", "WEEK": "week", "MONTH": "month", "YEAR": "year"})
	t.actorSort = enum("ActorSort", "Order of actors.", map[string]string{"NAME": "name", "MENTIONS": "mentions"})
	t.eventSort = enum("EventSort", "Order of events.", map[string]string{"DATE_DESC": "newest", "DATE_ASC": "oldest"})
	t.hopKind = enum("HopKind", "What links two actors on a path.", map[string]string{"EVENT": "event", "STANCE": "stance", "ROLE": "role"})
	t.hitKind = enum("SearchKind", "What a search hit is.", map[string]string{"ACTOR": "actor", "ARTICLE": "article"})

	t.actorFilter = graphql.NewInputObject(graphql.InputObjectConfig{Name: "ActorFilter", Fields: graphql.InputObjectConfigFieldMap{
		"kinds":        {Type: graphql.NewList(graphql.NewNonNull(t.actorKind)), Description: "Only these kinds."},
		"country":      {Type: graphql.String, Description: "Only actors of this state (ISO alpha-3)."},
		"nameContains": {Type: graphql.String, Description: "Case-insensitive substring of the name."},
	}})
	t.eventFilter = graphql.NewInputObject(graphql.InputObjectConfig{Name: "EventFilter", Fields: graphql.InputObjectConfigFieldMap{
		"actor":       {Type: graphql.String, Description: "Events with this actor as source or target (ID or any name)."},
		"between":     {Type: graphql.NewList(graphql.NewNonNull(graphql.String)), Description: "Two actors: events between them, either direction."},
		"types":       {Type: graphql.NewList(graphql.NewNonNull(graphql.String)), Description: "Event type labels (express_support, invade...)."},
		"roots":       {Type: graphql.NewList(graphql.NewNonNull(graphql.String)), Description: "CAMEO root codes, 01–20."},
		"quadClasses": {Type: graphql.NewList(graphql.NewNonNull(graphql.Int)), Description: "1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."},
		"since":       {Type: t.date, Description: "Events on or after this day."},
		"until":       {Type: t.date, Description: "Events on or before this day."},
		"asOf":        {Type: t.date, Description: "What the graph knew on this day: only events reported in articles published on or before it."},
		"status":      {Type: graphql.NewList(graphql.NewNonNull(t.eventStatus))},
		"sectors":     {Type: graphql.NewList(graphql.NewNonNull(t.sector)), Description: "Events whose source or target acted through one of these sectors; with actor, that actor's side (actor: \"RUS\", sectors: [MIL] is the Russian military)."},
	}})
	period := func(extra graphql.FieldConfigArgument) graphql.FieldConfigArgument {
		a := graphql.FieldConfigArgument{
			"since":       {Type: t.date, Description: "Only evidence from articles published on or after this day."},
			"until":       {Type: t.date, Description: "Only evidence from articles published on or before this day."},
			"minStrength": {Type: graphql.Float, DefaultValue: 0.0, Description: "Only ties at least this strong (0–1)."},
			"first":       {Type: graphql.Int, DefaultValue: graph.DefaultTieCount, Description: "At most this many (0–500)."},
			"asOf":        {Type: t.date, Description: "What the graph knew on this day: only evidence from articles published on or before it counts."},
		}
		for k, v := range extra {
			a[k] = v
		}
		return a
	}
	eventListArgs := graphql.FieldConfigArgument{
		"filter": {Type: t.eventFilter},
		"sort":   {Type: t.eventSort, DefaultValue: "newest"},
		"first":  {Type: graphql.Int, DefaultValue: graph.DefaultPageSize, Description: "At most this many (0–500)."},
	}
	firstArg := func(def int) graphql.FieldConfigArgument {
		return graphql.FieldConfigArgument{"first": {Type: graphql.Int, DefaultValue: def, Description: "At most this many (0–500)."}}
	}

	t.actor = graphql.NewObject(graphql.ObjectConfig{Name: "Actor", Description: "A state, person, organization, armed group, media outlet or place.",
		Fields: graphql.FieldsThunk(func() graphql.Fields {
			return graphql.Fields{
				"id":           field(nonNull(graphql.ID), "Canonical ID: ISO 3166 alpha-3 for states (RUS); a lower-case slug (vladimir-putin) otherwise."),
				"name":         field(nonNull(graphql.String), "English name."),
				"kind":         field(nonNull(t.actorKind), ""),
				"country":      field(graphql.String, "ISO alpha-3 of the state the actor belongs to."),
				"wikidata":     field(graphql.String, "Wikidata QID, when known."),
				"aliases":      field(listOf(graphql.String), "Other names, in every language seen."),
				"titles":       field(listOf(graphql.String), "Roles the actor has held (head_of_state, ambassador...)."),
				"mentionCount": field(nonNull(graphql.Int), "How many times articles mention the actor."),
				"roles":        field(listOf(t.role), "Positions held, with the state or organization and the term."),
				"events":       fieldArgs(listOf(t.event), "Events with this actor as source or target, newest first.", eventListArgs),
				"allies":       fieldArgs(listOf(t.ally), "Actors aligned with this one; see Query.allies.", period(nil)),
				"adversaries":  fieldArgs(listOf(t.ally), "Actors hostile to or from this one; see Query.adversaries.", period(nil)),
				"articles": fieldArgs(listOf(t.article), "Articles that mention the actor, newest first.", graphql.FieldConfigArgument{
					"since": {Type: t.date}, "until": {Type: t.date},
					"first": {Type: graphql.Int, DefaultValue: graph.DefaultPageSize},
				}),
			}
		})})
	t.role = graphql.NewObject(graphql.ObjectConfig{Name: "Role", Fields: graphql.FieldsThunk(func() graphql.Fields {
		return graphql.Fields{
			"title": field(nonNull(graphql.String), "head_of_state, head_of_government, foreign_minister, ambassador, leader..."),
			"of":    field(nonNull(t.actor), "The state or organization."),
			"start": field(graphql.String, "Start of the term, ISO 8601 of any precision."),
			"end":   field(graphql.String, "End of the term; null while in office."),
		}
	})})
	t.event = graphql.NewObject(graphql.ObjectConfig{Name: "Event", Description: "Who did what to whom, when, coded in CAMEO with PLOVER beside it.",
		Fields: graphql.FieldsThunk(func() graphql.Fields {
			return graphql.Fields{
				"id":           field(nonNull(graphql.ID), ""),
				"type":         field(nonNull(graphql.String), "Readable label: express_support, invade, accuse..."),
				"cameo":        field(nonNull(graphql.String), "CAMEO event code."),
				"root":         field(nonNull(graphql.String), "CAMEO root code, 01–20."),
				"quadClass":    field(nonNull(graphql.Int), "1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."),
				"goldstein":    field(nonNull(graphql.Float), "Goldstein scale, −10 (most hostile) to +10."),
				"plover":       field(graphql.String, "PLOVER event type."),
				"date":         field(graphql.String, "When it happened, as precisely as reported: YYYY-MM-DD, YYYY-MM or YYYY."),
				"day":          field(t.date, "The date as a day (first of the month or year when less precise)."),
				"status":       field(nonNull(t.eventStatus), ""),
				"confidence":   field(nonNull(graphql.Float), ""),
				"sourceSector": field(graphql.String, "CAMEO agent code of the part of the source that acted (GOV, MIL, REB...); null: the actor as a whole."),
				"targetSector": field(graphql.String, "CAMEO agent code of the part of the target acted on; null: the actor as a whole."),
				"numArticles":  field(nonNull(graphql.Int), "How many articles report this happening (GDELT's NumArticles for imported events)."),
				"numSources":   field(nonNull(graphql.Int), "How many distinct outlets report it."),
				"numMentions":  field(nonNull(graphql.Int), "How many times it is mentioned: sentences of evidence, at least one per article."),
				"avgTone":      field(graphql.Float, "GDELT's average tone of the reporting articles (imported events only)."),
				"place":        field(graphql.String, "Where it happened, as GDELT geocodes it (imported events only)."),
				"source":       field(nonNull(t.actor), ""),
				"target":       field(t.actor, ""),
				"article":      field(nonNull(t.article), "The first article that reports it (by publication day); numArticles says how many do."),
				"evidence":     fieldArgs(listOf(t.evidence), "The sentences that report it, most confident first.", firstArg(graph.DefaultEvidenceCount)),
			}
		})})
	t.article = graphql.NewObject(graphql.ObjectConfig{Name: "Article", Description: "A news article: the source of facts.",
		Fields: graphql.FieldsThunk(func() graphql.Fields {
			return graphql.Fields{
				"id":        field(nonNull(graphql.ID), "The URL, or sha256:… of the text when there is none."),
				"url":       field(graphql.String, ""),
				"title":     field(graphql.String, ""),
				"source":    field(graphql.String, "The outlet."),
				"language":  field(graphql.String, "ISO 639-1 code."),
				"dateline":  field(graphql.String, ""),
				"published": field(t.date, ""),
				"extractor": field(graphql.String, "What produced its facts: name/version."),
				"events":    fieldArgs(listOf(t.event), "The events it reports.", eventListArgs),
				"actors":    fieldArgs(listOf(t.actor), "The actors it mentions.", firstArg(graph.DefaultMentioned)),
			}
		})})
	t.evidence = graphql.NewObject(graphql.ObjectConfig{Name: "Evidence", Description: "The sentence of an article that states a fact.",
		Fields: graphql.FieldsThunk(func() graphql.Fields {
			return graphql.Fields{
				"sentence":   field(nonNull(graphql.String), ""),
				"start":      field(nonNull(graphql.Int), "Byte offset of the sentence in the article text."),
				"end":        field(nonNull(graphql.Int), ""),
				"extractor":  field(nonNull(graphql.String), "What produced the fact: name/version."),
				"confidence": field(nonNull(graphql.Float), ""),
				"rule":       field(graphql.String, "The extraction rule."),
				"matched":    field(listOf(graphql.String), "The words that triggered the fact."),
				"related":    field(nonNull(graphql.Boolean), "From a related-article line, not the story."),
				"date":       field(t.date, "The day of the article."),
				"article":    field(nonNull(t.article), ""),
			}
		})})
	t.stance = graphql.NewObject(graphql.ObjectConfig{Name: "Stance", Description: "An alliance or lasting attitude of one actor towards another.",
		Fields: graphql.FieldsThunk(func() graphql.Fields {
			return graphql.Fields{
				"id":       field(nonNull(graphql.ID), ""),
				"relation": field(nonNull(graphql.String), "ally, partner, cooperative or hostile."),
				"kind":     field(nonNull(t.stanceKind), ""),
				"source":   field(nonNull(t.actor), ""),
				"target":   field(nonNull(t.actor), ""),
				"evidence": fieldArgs(listOf(t.evidence), "", firstArg(graph.DefaultEvidenceCount)),
			}
		})})
	t.ally = graphql.NewObject(graphql.ObjectConfig{Name: "Ally", Description: "An actor tied to the one asked about, with the evidence of the period.",
		Fields: graphql.FieldsThunk(func() graphql.Fields {
			return graphql.Fields{
				"actor":            field(nonNull(t.actor), ""),
				"relations":        field(listOf(graphql.String), "ally, partner (stated), cooperative or hostile (from reported actions)."),
				"explicit":         field(nonNull(graphql.Boolean), "True when a source states the tie in so many words."),
				"strength":         field(nonNull(graphql.Float), "0–1: the noisy-or of the evidence confidences, 1 − Π(1 − c)."),
				"firstSeen":        field(t.date, ""),
				"lastSeen":         field(t.date, ""),
				"evidenceCount":    field(nonNull(graphql.Int), ""),
				"opposingStrength": field(nonNull(graphql.Float), "Strength of the opposite tie between the same two actors in the period (hostile for allies, cooperative for adversaries). A tie derived from events is listed only when it is stronger than this; a stated one always is."),
				"stances":          field(listOf(t.stance), ""),
				"evidence":         fieldArgs(listOf(t.evidence), "Newest first.", firstArg(graph.DefaultEvidenceCount)),
				"articles":         fieldArgs(listOf(t.article), "The articles that support the tie in the period, newest first.", firstArg(graph.DefaultPageSize)),
			}
		})})
	t.pageInfo = graphql.NewObject(graphql.ObjectConfig{Name: "PageInfo", Fields: graphql.Fields{
		"hasNextPage":     field(nonNull(graphql.Boolean), ""),
		"hasPreviousPage": field(nonNull(graphql.Boolean), ""),
		"startCursor":     field(graphql.String, ""),
		"endCursor":       field(graphql.String, ""),
	}})
	conn := func(name string, node *graphql.Object) (*graphql.Object, *graphql.Object) {
		edge := graphql.NewObject(graphql.ObjectConfig{Name: name + "Edge", Fields: graphql.Fields{
			"cursor": field(nonNull(graphql.String), ""),
			"node":   field(nonNull(node), ""),
		}})
		c := graphql.NewObject(graphql.ObjectConfig{Name: name + "Connection", Fields: graphql.Fields{
			"totalCount": field(nonNull(graphql.Int), "All matches, on every page."),
			"edges":      field(listOf(edge), ""),
			"nodes":      field(listOf(node), "The nodes of edges, for clients that need no cursors."),
			"pageInfo":   field(nonNull(t.pageInfo), ""),
		}})
		return c, edge
	}
	t.actorConn, t.actorEdge = conn("Actor", t.actor)
	t.eventConn, t.eventEdge = conn("Event", t.event)
	t.timelineBucket = graphql.NewObject(graphql.ObjectConfig{Name: "TimelineBucket", Fields: graphql.Fields{
		"start":         field(nonNull(t.date), "First day of the bucket."),
		"count":         field(nonNull(graphql.Int), "Events in the bucket."),
		"cooperative":   field(nonNull(graphql.Int), "Of which quad class 1–2."),
		"hostile":       field(nonNull(graphql.Int), "Of which quad class 3–4."),
		"goldsteinMean": field(graphql.Float, ""),
	}})
	t.hop = graphql.NewObject(graphql.ObjectConfig{Name: "Hop", Description: "One link of a path, with the fact behind it.", Fields: graphql.Fields{
		"from":     field(nonNull(t.actor), ""),
		"to":       field(nonNull(t.actor), ""),
		"kind":     field(nonNull(t.hopKind), ""),
		"relation": field(graphql.String, "Event type, stance relation or role title."),
		"date":     field(graphql.String, ""),
		"event":    field(t.event, ""),
		"stance":   field(t.stance, ""),
		"evidence": field(listOf(t.evidence), "Up to three sentences."),
	}})
	t.path = graphql.NewObject(graphql.ObjectConfig{Name: "Path", Fields: graphql.Fields{
		"length": field(nonNull(graphql.Int), "Number of hops."),
		"actors": field(listOf(t.actor), "From the first actor to the last."),
		"hops":   field(listOf(t.hop), ""),
	}})
	t.edge = graphql.NewObject(graphql.ObjectConfig{Name: "Edge", Description: "A stance between two actors, for graph views.", Fields: graphql.Fields{
		"source":   field(nonNull(graphql.ID), "Actor ID."),
		"target":   field(nonNull(graphql.ID), "Actor ID."),
		"relation": field(nonNull(graphql.String), ""),
		"kind":     field(nonNull(t.stanceKind), ""),
		"weight":   field(nonNull(graphql.Int), "Pieces of evidence in the period (evidence from related-article lines never counts)."),
	}})
	t.neighborhood = graphql.NewObject(graphql.ObjectConfig{Name: "Neighborhood", Fields: graphql.Fields{
		"nodes": field(listOf(t.actor), "The actor first, then ring by ring, strongest ties first."),
		"edges": field(listOf(t.edge), ""),
	}})
	t.searchHit = graphql.NewObject(graphql.ObjectConfig{Name: "SearchHit", Fields: graphql.Fields{
		"score":   field(nonNull(graphql.Float), ""),
		"kind":    field(nonNull(t.hitKind), ""),
		"actor":   field(t.actor, ""),
		"article": field(t.article, ""),
	}})
	t.count = graphql.NewObject(graphql.ObjectConfig{Name: "Count", Fields: graphql.Fields{
		"key":   field(graphql.String, ""),
		"count": field(nonNull(graphql.Int), ""),
	}})
	t.stats = graphql.NewObject(graphql.ObjectConfig{Name: "Stats", Fields: graphql.Fields{
		"actors":        field(nonNull(graphql.Int), ""),
		"articles":      field(nonNull(graphql.Int), ""),
		"events":        field(nonNull(graphql.Int), ""),
		"stances":       field(nonNull(graphql.Int), ""),
		"evidence":      field(nonNull(graphql.Int), ""),
		"lastPublished": field(t.date, "The newest article's day."),
		"actorsByKind":  field(listOf(t.count), ""),
		"eventsByRoot":  field(listOf(t.count), "Events by CAMEO root code."),
	}})
	return t
}
