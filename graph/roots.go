package graph

import (
	"fmt"
	"strings"
)

// rootFields are the questions Query answers. Each compiles to the body of
// a subquery that returns its rows as v.
var rootFields map[string]rootFunc

func init() {
	rootFields = map[string]rootFunc{
		"actor":        rootActor,
		"actors":       rootActors,
		"allies":       rootTies(AllyRelations(), AdversaryRelations()),
		"adversaries":  rootTies(AdversaryRelations(), AllyRelations()),
		"events":       rootEvents,
		"timeline":     rootTimeline,
		"path":         rootPath,
		"neighborhood": rootNeighborhood,
		"search":       rootSearch,
		"article":      rootArticle,
		"stats":        rootStats,
	}
}

// resolve binds a fresh variable to the actor named key, by canonical ID or
// by any name or alias; when a name is shared, a state wins, then an
// international organization, then the most mentioned. It yields no row
// when there is no such actor. keep lists the variables already bound.
func resolve(c *compiler, key string, keep ...string) (string, string) {
	x, rk := c.fresh("a"), c.fresh("rk")
	cy := fmt.Sprintf(`  CALL () {
    MATCH (%[1]s:Actor {id: %[3]s}) RETURN %[1]s, 0 AS %[2]s
    UNION
    MATCH (:Name {key: %[4]s})-[:NAMES]->(%[1]s:Actor) RETURN %[1]s, 1 AS %[2]s
  }
  WITH %[5]s%[1]s ORDER BY %[2]s, CASE %[1]s.kind WHEN 'state' THEN 0 WHEN 'igo' THEN 1 ELSE 2 END,
       COUNT { (%[1]s)<-[:MENTIONS]-() } DESC, %[1]s.id
  LIMIT 1
`, x, rk, c.param(key), c.param(NameKey(key)), prefixList(keep))
	return cy, x
}

func prefixList(vars []string) string {
	if len(vars) == 0 {
		return ""
	}
	return strings.Join(vars, ", ") + ", "
}

func rootActor(c *compiler, sel Selection) (string, rootDecoder, error) {
	key := argString(sel, "id")
	if key == "" {
		key = argString(sel, "name")
	}
	if key == "" {
		return "", nil, badInput("actor needs an id or a name")
	}
	pre, a := resolve(c, key)
	obj, dec, err := c.object(actorType, a, sel.Fields)
	if err != nil {
		return "", nil, err
	}
	return pre + "  RETURN " + obj + " AS v", singleRow(dec), nil
}

func rootArticle(c *compiler, sel Selection) (string, rootDecoder, error) {
	key := argString(sel, "id")
	if key == "" {
		key = argString(sel, "url")
	}
	if key == "" {
		return "", nil, badInput("article needs an id or a url")
	}
	ar, by := c.fresh("ar"), c.fresh("by")
	obj, dec, err := c.object(articleType, ar, sel.Fields)
	if err != nil {
		return "", nil, err
	}
	k := c.param(key)
	return fmt.Sprintf(`  CALL () {
    MATCH (%[1]s:Article {id: %[2]s}) RETURN %[1]s, 0 AS %[3]s
    UNION
    MATCH (%[1]s:Article {url: %[2]s}) RETURN %[1]s, 1 AS %[3]s
  }
  WITH %[1]s ORDER BY %[3]s LIMIT 1
  RETURN %[4]s AS v`, ar, k, by, obj), singleRow(dec), nil
}
