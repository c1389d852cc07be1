package graph

import (
	"fmt"
	"strings"
)

// Search: full text over actor names and aliases and article titles.

// luceneSpecial are the characters of Lucene's query syntax. Search text is
// a phrase of words, not a query language: they are escaped.
const luceneSpecial = `+-&|!(){}[]^"~*?:\/`

func luceneQuery(text string) string {
	var words []string
	for _, w := range strings.Fields(text) {
		var b strings.Builder
		for _, r := range w {
			if strings.ContainsRune(luceneSpecial, r) {
				b.WriteByte('\\')
			}
			b.WriteRune(r)
		}
		words = append(words, b.String())
	}
	return strings.Join(words, " ")
}

// rootSearch is search(text, first): full-text over actor names and
// aliases and article titles, best first.
func rootSearch(c *compiler, sel Selection) (string, rootDecoder, error) {
	text := strings.TrimSpace(argString(sel, "text"))
	if text == "" {
		return "", nil, badInput("search text is empty")
	}
	if len(text) > 200 {
		return "", nil, badInput("search text is longer than 200 characters")
	}
	first, err := argInt(sel, "first", DefaultPageSize, 1, MaxPageSize)
	if err != nil {
		return "", nil, err
	}
	var actorSels, articleSels []Selection
	for _, f := range sel.Fields {
		switch f.Field {
		case "actor":
			actorSels = append(actorSels, f.Fields...)
		case "article":
			articleSels = append(articleSels, f.Fields...)
		}
	}
	hit := c.fresh("hit")
	actorObj, actorDec, err := c.object(actorType, hit, dedupe(actorSels))
	if err != nil {
		return "", nil, err
	}
	articleObj, articleDec, err := c.object(articleType, hit, dedupe(articleSels))
	if err != nil {
		return "", nil, err
	}
	q, lim := c.param(luceneQuery(text)), c.param(first)
	body := fmt.Sprintf(`  CALL () {
    CALL db.index.fulltext.queryNodes('actor_text', %[1]s, {limit: %[2]s}) YIELD node, score
    RETURN node, score, 'actor' AS kind
    UNION ALL
    CALL db.index.fulltext.queryNodes('article_text', %[1]s, {limit: %[2]s}) YIELD node, score
    RETURN node, score, 'article' AS kind
  }
  WITH node AS %[3]s, score, kind ORDER BY score DESC LIMIT %[2]s
  RETURN {score: score, kind: kind,
          actor: CASE WHEN kind = 'actor' THEN %[4]s END,
          article: CASE WHEN kind = 'article' THEN %[5]s END} AS v`, q, lim, hit, actorObj, articleObj)
	dec := func(_ Selection, rows []any) (any, error) {
		out := make([]any, len(rows))
		for i, r := range rows {
			rm, _ := r.(map[string]any)
			h := map[string]any{}
			for _, f := range sel.Fields {
				switch f.Field {
				case "score":
					h[f.Key] = rm["score"]
				case "kind":
					h[f.Key] = rm["kind"]
				case "actor":
					h[f.Key] = subsetOrNil(actorDec(rm["actor"]), f.Fields)
				case "article":
					h[f.Key] = subsetOrNil(articleDec(rm["article"]), f.Fields)
				}
			}
			out[i] = h
		}
		return out, nil
	}
	return body, dec, nil
}
