package graph

import (
	"fmt"
	"slices"
	"strings"
)

// The field tables of the result types. Each field compiles to a Cypher
// expression over the variable holding its node; nested lists are COLLECT
// subqueries, so the whole answer is one statement.

var (
	actorType    = &nodeType{name: "Actor"}
	eventType    = &nodeType{name: "Event"}
	articleType  = &nodeType{name: "Article"}
	evidenceType = &nodeType{name: "Evidence"}
	allyType     = &nodeType{name: "Ally"}
	roleType     = &nodeType{name: "Role"}
	stanceType   = &nodeType{name: "Stance"}
)

// The tables refer to each other, so they are filled in init.
func init() {
	actorType.fields = map[string]fieldFunc{
		"id": prop("id"), "name": prop("name"), "kind": prop("kind"), "country": prop("country"),
		"wikidata":     prop("wikidata"),
		"aliases":      constExpr("coalesce(%[1]s.aliases, [])"),
		"titles":       constExpr("coalesce(%[1]s.titles, [])"),
		"mentionCount": constExpr("COUNT { (%[1]s)<-[:MENTIONS]-() }"),
		"roles":        actorRoles,
		"events":       actorEvents,
		"allies":       actorTies(AllyRelations(), AdversaryRelations()),
		"adversaries":  actorTies(AdversaryRelations(), AllyRelations()),
		"articles":     actorArticles,
	}
	// A role is a relationship r_h from the person to h_of; fields are
	// compiled with v = h.
	roleType.fields = map[string]fieldFunc{
		"title": constExpr("r_%[1]s.title"), "start": constExpr("r_%[1]s.start"), "end": constExpr("r_%[1]s.end"),
		"of": func(c *compiler, v string, sel Selection) (string, decoder, error) {
			return c.object(actorType, v+"_of", sel.Fields)
		},
	}
	eventType.fields = map[string]fieldFunc{
		"id": prop("id"), "type": prop("type"), "cameo": prop("cameo"), "root": prop("root"),
		"quadClass": prop("quadClass"), "goldstein": prop("goldstein"), "plover": prop("plover"),
		"date": prop("date"), "day": prop("day"), "status": prop("status"), "confidence": prop("confidence"),
		"sourceSector": prop("sourceSector"), "targetSector": prop("targetSector"),
		// How widely it was reported: kept on the event by every write
		// (eventCounts in write.go; GDELT's own figures for imported
		// events), counted here for events written before they existed.
		"numArticles": constExpr("coalesce(%[1]s.numArticles, COUNT { (%[1]s)-[:REPORTED_IN]->() })"),
		"numSources":  constExpr("coalesce(%[1]s.numSources, COUNT { (%[1]s)-[:REPORTED_IN]->() })"),
		"numMentions": constExpr("coalesce(%[1]s.numMentions, COUNT { (%[1]s)-[:SUPPORTED_BY]->() })"),
		"avgTone":     prop("avgTone"),
		"place":       prop("geoName"),
		"source":      relatedOne(actorType, "(%[1]s)-[:SOURCE]->(%[2]s:Actor)"),
		"target":      relatedOne(actorType, "(%[1]s)-[:TARGET]->(%[2]s:Actor)"),
		"article":     relatedOne(articleType, "(%[1]s)-[:REPORTED_IN]->(%[2]s:Article)"),
		"evidence":    evidenceList("(%[1]s)-[:SUPPORTED_BY]->(%[2]s:Evidence)"),
	}
	articleType.fields = map[string]fieldFunc{
		"id": prop("id"), "url": prop("url"), "title": prop("title"), "source": prop("source"),
		"language": prop("language"), "dateline": prop("dateline"), "published": prop("published"),
		"extractor": prop("extractor"),
		"events":    articleEvents,
		"actors":    articleActors,
	}
	evidenceType.fields = map[string]fieldFunc{
		"sentence": prop("sentence"), "start": prop("start"), "end": prop("end"), "extractor": prop("extractor"),
		"confidence": prop("confidence"), "rule": prop("rule"), "date": prop("date"),
		"related": constExpr("coalesce(%[1]s.related, false)"),
		"matched": constExpr("coalesce(%[1]s.matched, [])"),
		"article": relatedOne(articleType, "(%[1]s)-[:IN]->(%[2]s:Article)"),
	}
	stanceType.fields = map[string]fieldFunc{
		"id": prop("id"), "relation": prop("relation"), "kind": prop("kind"),
		"source":   relatedOne(actorType, "(%[1]s)-[:FROM]->(%[2]s:Actor)"),
		"target":   relatedOne(actorType, "(%[1]s)-[:TO]->(%[2]s:Actor)"),
		"evidence": evidenceList("(%[1]s)-[:SUPPORTED_BY]->(%[2]s:Evidence)"),
	}
	// An Ally row is computed by tieRows or rootTies into variables named
	// after the row: v_b the other actor, v_sts its stances, v_since and
	// v_until the period, and the aggregates. Patterns need variables, not
	// map entries.
	allyType.fields = map[string]fieldFunc{
		"actor": func(c *compiler, v string, sel Selection) (string, decoder, error) {
			return c.object(actorType, v+"_b", sel.Fields)
		},
		"relations": constExpr("%[1]s_relations"), "explicit": constExpr("%[1]s_explicit"),
		"strength": constExpr("%[1]s_strength"), "firstSeen": constExpr("%[1]s_firstSeen"),
		"lastSeen": constExpr("%[1]s_lastSeen"), "evidenceCount": constExpr("%[1]s_count"),
		"opposingStrength": constExpr("%[1]s_opposing"),
		"articles": func(c *compiler, v string, sel Selection) (string, decoder, error) {
			// The articles of the period's evidence, newest first.
			return nestedList(c, articleType, sel, DefaultPageSize, func(ar string) (string, string, error) {
				x := c.fresh("x")
				return tieEvidence(v, c.fresh("s"), x) + fmt.Sprintf(" MATCH (%s)-[:IN]->(%s:Article)", x, ar),
					"coalesce(" + ar + ".published, date('0001-01-01')) DESC, " + ar + ".id", nil
			})
		},
		"stances": func(c *compiler, v string, sel Selection) (string, decoder, error) {
			s := c.fresh("st")
			obj, dec, err := c.object(stanceType, s, sel.Fields)
			if err != nil {
				return "", nil, err
			}
			return fmt.Sprintf("[%s IN %s_sts | %s]", s, v, obj), listDecoder(dec), nil
		},
		"evidence": func(c *compiler, v string, sel Selection) (string, decoder, error) {
			// The period's evidence, newest first, surest first within a day.
			return nestedList(c, evidenceType, sel, DefaultEvidenceCount, func(x string) (string, string, error) {
				return tieEvidence(v, c.fresh("s"), x),
					"coalesce(" + x + ".date, date('0001-01-01')) DESC, " + x + ".confidence DESC, " + x + ".id", nil
			})
		},
	}
}

// AllyRelations are the stance relations that make two actors allies:
// stated (ally, partner) or derived from cooperative events. A new slice
// each call: callers may keep or change it.
func AllyRelations() []string { return slices.Clone(allyRelations[:]) }

// AdversaryRelations are the stance relations that make two actors
// adversaries (a new slice each call).
func AdversaryRelations() []string { return slices.Clone(adversaryRelations[:]) }

// The relations of both classes; arrays, read only.
var (
	allyRelations      = [...]string{"ally", "partner", "cooperative"}
	adversaryRelations = [...]string{"hostile"}
)

// TieClass is the class of a stance relation that allies and adversaries
// rank together, stored on every Stance as tie: "ally" for AllyRelations,
// "hostile" for AdversaryRelations, the relation itself otherwise.
func TieClass(relation string) string {
	switch {
	case slices.Contains(allyRelations[:], relation):
		return "ally"
	case slices.Contains(adversaryRelations[:], relation):
		return "hostile"
	}
	return relation
}

// relatedOne is a single related node found by a pattern from the node;
// pattern uses %[1]s for the node and %[2]s for the related one.
func relatedOne(t *nodeType, pattern string) fieldFunc {
	return func(c *compiler, v string, sel Selection) (string, decoder, error) {
		o := c.fresh("o")
		obj, dec, err := c.object(t, o, sel.Fields)
		if err != nil {
			return "", nil, err
		}
		return fmt.Sprintf("head(COLLECT { MATCH "+pattern+" RETURN %[3]s LIMIT 1 })", v, o, obj), dec, nil
	}
}

// nestedList compiles a list field: a COLLECT subquery that matches nodes
// of type t into a fresh variable, keeps the first `first` in order and
// projects each. match gets the variable and returns the clauses that bind
// it (MATCH ... WHERE ...) and the ORDER BY expressions.
func nestedList(c *compiler, t *nodeType, sel Selection, defFirst int, match func(x string) (pattern, order string, err error)) (string, decoder, error) {
	first, err := argInt(sel, "first", defFirst, 0, MaxPageSize)
	if err != nil {
		return "", nil, err
	}
	x := c.fresh("n")
	pattern, order, err := match(x)
	if err != nil {
		return "", nil, err
	}
	obj, dec, err := c.object(t, x, sel.Fields)
	if err != nil {
		return "", nil, err
	}
	return fmt.Sprintf("COLLECT { %s WITH DISTINCT %s ORDER BY %s LIMIT %s RETURN %s }",
		pattern, x, order, c.param(first), obj), listDecoder(dec), nil
}

// evidenceList is the evidence of a fact, most confident first; pattern
// uses %[1]s for the fact and %[2]s for the evidence.
func evidenceList(pattern string) fieldFunc {
	return func(c *compiler, v string, sel Selection) (string, decoder, error) {
		return nestedList(c, evidenceType, sel, DefaultEvidenceCount, func(x string) (string, string, error) {
			return "MATCH " + fmt.Sprintf(pattern, v, x), x + ".confidence DESC, " + x + ".start", nil
		})
	}
}

func actorRoles(c *compiler, v string, sel Selection) (string, decoder, error) {
	h := c.fresh("h")
	o := h + "_of"
	obj, dec, err := c.object(roleType, h, sel.Fields)
	if err != nil {
		return "", nil, err
	}
	// Roles are relationships; project each into a map holding the organization.
	return fmt.Sprintf("COLLECT { MATCH (%[1]s)-[r_%[2]s:HOLDS_ROLE]->(%[3]s:Actor) WITH r_%[2]s, %[3]s ORDER BY r_%[2]s.start RETURN %[4]s }",
		v, h, o, obj), listDecoder(dec), nil
}

// eventFilter compiles the filter arguments shared by every list of events
// into WHERE conditions on event variable e. It does not handle actor and
// between, which decide where the match starts.
func eventFilter(c *compiler, e string, f map[string]any) ([]string, error) {
	var conds []string
	if l := argStrings(f, "types"); len(l) > 0 {
		conds = append(conds, e+".type IN "+c.param(l))
	}
	if l := argStrings(f, "roots"); len(l) > 0 {
		for _, r := range l {
			if len(r) != 2 || r < "01" || r > "20" {
				return nil, badInput("roots: %q is not a CAMEO root code 01–20", r)
			}
		}
		conds = append(conds, e+".root IN "+c.param(l))
	}
	if l := argInts(f, "quadClasses"); len(l) > 0 {
		for _, q := range l {
			if q < 1 || q > 4 {
				return nil, badInput("quadClasses: %d is not a quad class 1–4", q)
			}
		}
		conds = append(conds, e+".quadClass IN "+c.param(l))
	}
	if l := argStrings(f, "status"); len(l) > 0 {
		conds = append(conds, e+".status IN "+c.param(l))
	}
	if l := argStrings(f, "sectors"); len(l) > 0 {
		conds = append(conds, sectorCond(c, e, argString(Selection{Args: f}, "actor"), l))
	}
	since, until := argDate(f, "since"), argDate(f, "until")
	if since != nil && until != nil && since.After(*until) {
		return nil, badInput("since (%s) is after until (%s)", since.Format("2006-01-02"), until.Format("2006-01-02"))
	}
	if since != nil {
		conds = append(conds, e+".day >= "+c.param(dateParam(since)))
	}
	if until != nil {
		conds = append(conds, e+".day <= "+c.param(dateParam(until)))
	}
	if asOf := argDate(f, "asOf"); asOf != nil {
		conds = append(conds, reportedBy(c, e, c.param(dateParam(asOf))))
	}
	return conds, nil
}

// sectorCond is a condition: event e has a source or target sector in
// sectors; with an actor k (ID or any name), the sector of k's side: k as
// source with a source sector in the list, or as target with a target
// sector in it ("Russian military": actor RUS, sector MIL).
func sectorCond(c *compiler, e, k string, sectors []string) string {
	ps := c.param(sectors)
	if k == "" {
		return fmt.Sprintf("(%[1]s.sourceSector IN %[2]s OR %[1]s.targetSector IN %[2]s)", e, ps)
	}
	o := c.fresh("o")
	is := fmt.Sprintf("(%[1]s.id = %[2]s OR EXISTS { MATCH (:Name {key: %[3]s})-[:NAMES]->(%[1]s) })", o, c.param(k), c.param(NameKey(k)))
	return fmt.Sprintf("((%[1]s.sourceSector IN %[2]s AND EXISTS { MATCH (%[1]s)-[:SOURCE]->(%[3]s:Actor) WHERE %[4]s })"+
		" OR (%[1]s.targetSector IN %[2]s AND EXISTS { MATCH (%[1]s)-[:TARGET]->(%[3]s:Actor) WHERE %[4]s }))", e, ps, o, is)
}

// involves is a condition: event e has the actor named k (ID or any name)
// as source or target.
func involves(c *compiler, e, k string) string {
	o := c.fresh("o")
	return fmt.Sprintf("EXISTS { MATCH (%[1]s)-[:SOURCE|TARGET]->(%[2]s:Actor) WHERE %[2]s.id = %[3]s OR EXISTS { MATCH (:Name {key: %[4]s})-[:NAMES]->(%[2]s) } }",
		e, o, c.param(k), c.param(NameKey(k)))
}

func where(conds []string) string {
	if len(conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(conds, " AND ")
}

// actorEvents is Actor.events(filter, first): the actor's events, newest
// first; filter.actor or filter.between narrow them to events that also
// involve those actors.
func actorEvents(c *compiler, v string, sel Selection) (string, decoder, error) {
	return nestedEvents(c, fmt.Sprintf("(%s)<-[:SOURCE|TARGET]-(%%s:Event)", v), sel)
}

// articleEvents is Article.events(filter, first).
func articleEvents(c *compiler, v string, sel Selection) (string, decoder, error) {
	return nestedEvents(c, fmt.Sprintf("(%s)<-[:REPORTED_IN]-(%%s:Event)", v), sel)
}

func nestedEvents(c *compiler, pattern string, sel Selection) (string, decoder, error) {
	return nestedList(c, eventType, sel, DefaultPageSize, func(e string) (string, string, error) {
		f := argMap(sel, "filter")
		conds, err := eventFilter(c, e, f)
		if err != nil {
			return "", "", err
		}
		if k := argString(Selection{Args: f}, "actor"); k != "" {
			conds = append(conds, involves(c, e, k))
		}
		for _, k := range argStrings(f, "between") {
			conds = append(conds, involves(c, e, k))
		}
		// Undated events sort as the oldest.
		day := "coalesce(" + e + ".day, date('0001-01-01'))"
		order := day + " DESC, " + e + ".id DESC"
		if argString(sel, "sort") == "oldest" {
			order = day + " ASC, " + e + ".id ASC"
		}
		return "MATCH " + fmt.Sprintf(pattern, e) + where(conds), order, nil
	})
}

// articleActors is Article.actors(first): the actors it mentions, by name.
func articleActors(c *compiler, v string, sel Selection) (string, decoder, error) {
	return nestedList(c, actorType, sel, DefaultMentioned, func(a string) (string, string, error) {
		return fmt.Sprintf("MATCH (%s)-[:MENTIONS]->(%s:Actor)", v, a), a + ".name, " + a + ".id", nil
	})
}

// actorArticles is Actor.articles(since, until, first): articles that
// mention the actor, newest first.
func actorArticles(c *compiler, v string, sel Selection) (string, decoder, error) {
	return nestedList(c, articleType, sel, DefaultPageSize, func(ar string) (string, string, error) {
		var conds []string
		if d := argDate(sel.Args, "since"); d != nil {
			conds = append(conds, ar+".published >= "+c.param(dateParam(d)))
		}
		if d := argDate(sel.Args, "until"); d != nil {
			conds = append(conds, ar+".published <= "+c.param(dateParam(d)))
		}
		return fmt.Sprintf("MATCH (%s)<-[:MENTIONS]-(%s:Article)", v, ar) + where(conds), ar + ".published DESC, " + ar + ".id", nil
	})
}

// reportedBy is a condition: event e was reported in an article published
// on or before the date expression asOf (an event belongs to one article;
// an article without a publication day is not known as of any day).
func reportedBy(c *compiler, e, asOf string) string {
	ar := c.fresh("ar")
	return fmt.Sprintf("EXISTS { MATCH (%[1]s)-[:REPORTED_IN]->(%[2]s:Article) WHERE %[2]s.published <= %[3]s }", e, ar, asOf)
}
