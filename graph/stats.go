package graph

import ()

// Stats: what the graph holds.

var statsType = &nodeType{name: "Stats", fields: map[string]fieldFunc{
	"actors": func(*compiler, string, Selection) (string, decoder, error) {
		return "COUNT { (:Actor) }", identity, nil
	},
	"articles": func(*compiler, string, Selection) (string, decoder, error) {
		return "COUNT { (:Article) }", identity, nil
	},
	"events": func(*compiler, string, Selection) (string, decoder, error) {
		return "COUNT { (:Event) }", identity, nil
	},
	"stances": func(*compiler, string, Selection) (string, decoder, error) {
		return "COUNT { (:Stance) }", identity, nil
	},
	"evidence": func(*compiler, string, Selection) (string, decoder, error) {
		return "COUNT { (:Evidence) }", identity, nil
	},
	"actorsByKind": func(c *compiler, _ string, sel Selection) (string, decoder, error) {
		obj, dec, err := c.object(countType, "kc", sel.Fields)
		if err != nil {
			return "", nil, err
		}
		return "[kc IN kinds | " + obj + "]", listDecoder(dec), nil
	},
	"eventsByRoot": func(c *compiler, _ string, sel Selection) (string, decoder, error) {
		obj, dec, err := c.object(countType, "kc", sel.Fields)
		if err != nil {
			return "", nil, err
		}
		return "[kc IN roots | " + obj + "]", listDecoder(dec), nil
	},
	"lastPublished": func(*compiler, string, Selection) (string, decoder, error) {
		return "COLLECT { MATCH (a:Article) WHERE a.published IS NOT NULL RETURN a.published ORDER BY a.published DESC LIMIT 1 }[0]", identity, nil
	},
}}

var countType = &nodeType{name: "Count", fields: map[string]fieldFunc{
	"key": constExpr("%[1]s.key"), "count": constExpr("%[1]s.count"),
}}

func rootStats(c *compiler, sel Selection) (string, rootDecoder, error) {
	obj, dec, err := c.object(statsType, "", sel.Fields)
	if err != nil {
		return "", nil, err
	}
	// Aggregates live in CALLs (see tieRows), run only when selected.
	var pre string
	done := map[string]bool{}
	for _, f := range sel.Fields {
		if done[f.Field] {
			continue
		}
		done[f.Field] = true
		switch f.Field {
		case "actorsByKind":
			pre += "  CALL () { MATCH (a:Actor) WITH a.kind AS key, count(*) AS count ORDER BY count DESC, key RETURN collect({key: key, count: count}) AS kinds }\n"
		case "eventsByRoot":
			pre += "  CALL () { MATCH (e:Event) WITH e.root AS key, count(*) AS count ORDER BY key RETURN collect({key: key, count: count}) AS roots }\n"
		}
	}
	return pre + "  RETURN " + obj + " AS v", singleRow(dec), nil
}
