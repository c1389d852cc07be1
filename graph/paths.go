package graph

import (
	"fmt"
	"strings"
)

// hopPatterns are the variable-length relationship patterns path may use,
// by maximum number of hops. Variable-length bounds cannot be parameters in
// Cypher, so they come from this fixed table, never from the request. A hop
// between two actors is a fact node between them (event or stance, two
// relationships) or a role (one relationship).
var hopPatterns = map[int]string{
	1: "[:SOURCE|TARGET|FROM|TO|HOLDS_ROLE*..2]",
	2: "[:SOURCE|TARGET|FROM|TO|HOLDS_ROLE*..4]",
	3: "[:SOURCE|TARGET|FROM|TO|HOLDS_ROLE*..6]",
	4: "[:SOURCE|TARGET|FROM|TO|HOLDS_ROLE*..8]",
	5: "[:SOURCE|TARGET|FROM|TO|HOLDS_ROLE*..10]",
	6: "[:SOURCE|TARGET|FROM|TO|HOLDS_ROLE*..12]",
}

// MaxHops bounds path(maxHops).
const MaxHops = 6

// rootPath is path(from, to, maxHops, since, asOf): the shortest chain of facts
// linking two actors. The statement returns the path's nodes, each projected
// as the selection asks, and the titles of role relationships; the decoder
// groups them into hops.
func rootPath(c *compiler, sel Selection) (string, rootDecoder, error) {
	hops, err := argInt(sel, "maxHops", 4, 1, MaxHops)
	if err != nil {
		return "", nil, err
	}
	from, to := argString(sel, "from"), argString(sel, "to")
	pa, a := resolve(c, from)
	pb, b := resolve(c, to, a)
	p, n, r := c.fresh("p"), c.fresh("n"), c.fresh("r")
	// A fact is in the period when an event's day or a stance's last day
	// of counted evidence (its totals) is not before since.
	sinceP := c.param(dateParam(argDate(sel.Args, "since")))
	asOf := argDate(sel.Args, "asOf")
	asOfP := c.param(dateParam(asOf))
	eventLive := func(x string) string {
		live := fmt.Sprintf("(%[2]s IS NULL OR %[1]s.day >= %[2]s)", x, sinceP)
		if asOf != nil {
			live = "(" + live + " AND " + reportedBy(c, x, asOfP) + ")"
		}
		return live
	}
	// As of a day, a stance is in the period when it has counted evidence
	// between since and that day; otherwise when its last day is not
	// before since.
	stanceLive := func(x string) string {
		if asOf != nil {
			return stanceBetween(x, sinceP, asOfP)
		}
		return stanceSince(x, sinceP)
	}
	// The breadth-first search evaluates an all(… IN nodes(p)) predicate as
	// it goes; any other form (even "$since IS NULL OR all(…)") makes Neo4j
	// enumerate every path first, so the predicate is there only with since
	// or asOf.
	cond := ""
	if argDate(sel.Args, "since") != nil || asOf != nil {
		cond = fmt.Sprintf(" WHERE all(%[1]s IN nodes(%[2]s) WHERE NOT (%[1]s:Event OR %[1]s:Stance) OR (%[1]s:Event AND %[3]s) OR (%[1]s:Stance AND %[4]s))",
			n, p, eventLive(n), stanceLive(n))
	}
	// The shortest path is found in steps, each run only when the ones
	// before found nothing: a role between the two (one relationship), a
	// stance or an event between them (two; from the stance_pair and
	// event_pair indexes), and only then the breadth-first search, which
	// between two major states would expand hundreds of thousands of
	// events before meeting in the middle.
	direct := fmt.Sprintf(`  CALL (%[1]s, %[2]s) {
    OPTIONAL MATCH d = (%[1]s)-[:HOLDS_ROLE]-(%[2]s) WHERE %[1]s <> %[2]s
    RETURN d AS d1 LIMIT 1
  }
%[3]s%[4]s  CALL (%[1]s, %[2]s, d1, d2, d3) {
    UNWIND CASE WHEN d1 IS NULL AND d2 IS NULL AND d3 IS NULL AND %[1]s <> %[2]s THEN [%[1]s.id] ELSE [] END AS x
    MATCH %[5]s = shortestPath((%[1]s)-%[6]s-(%[2]s))%[7]s
    RETURN head(collect(%[5]s)) AS d4
  }
  WITH coalesce(d1, d2, d3, d4) AS %[5]s
`, a, b, directFact(a, b, "d2", "Stance", "FROM|TO", stanceLive("f"), "d1"),
		directFact(a, b, "d3", "Event", "SOURCE|TARGET", eventLive("f"), "d1", "d2"),
		p, hopPatterns[hops], cond)
	// Projections of actors (for actors, hops.from, hops.to) and of facts
	// (hops.event, hops.stance, hops.evidence), each compiled once.
	var actorSels, eventSels, stanceSels, evidenceSels []Selection
	for _, f := range sel.Fields {
		switch f.Field {
		case "actors":
			actorSels = append(actorSels, f.Fields...)
		case "hops":
			for _, g := range f.Fields {
				switch g.Field {
				case "from", "to":
					actorSels = append(actorSels, g.Fields...)
				case "event":
					eventSels = append(eventSels, g.Fields...)
				case "stance":
					stanceSels = append(stanceSels, g.Fields...)
				case "evidence":
					evidenceSels = append(evidenceSels, g.Fields...)
				}
			}
		}
	}
	actorSels, eventSels, stanceSels, evidenceSels = dedupe(actorSels), dedupe(eventSels), dedupe(stanceSels), dedupe(evidenceSels)
	actorObj, actorDec, err := c.object(actorType, n, actorSels)
	if err != nil {
		return "", nil, err
	}
	eventObj, eventDec, err := c.object(eventType, n, eventSels)
	if err != nil {
		return "", nil, err
	}
	stanceObj, stanceDec, err := c.object(stanceType, n, stanceSels)
	if err != nil {
		return "", nil, err
	}
	evPattern := "(%[1]s)-[:SUPPORTED_BY]->(%[2]s:Evidence)"
	if asOf != nil {
		// Only the evidence known as of the day is shown on a hop.
		evPattern += " WHERE %[2]s.date <= " + asOfP
	}
	evList, evDec, err := evidenceList(evPattern)(c, n, Selection{Fields: evidenceSels, Args: map[string]any{"first": 3}})
	if err != nil {
		return "", nil, err
	}
	q := fmt.Sprintf(`%[1]s%[2]s%[3]s  RETURN {path: CASE WHEN %[4]s IS NULL THEN null ELSE {
    nodes: [%[5]s IN nodes(%[4]s) | CASE
      WHEN %[5]s:Actor THEN {t: 'actor', a: %[6]s}
      WHEN %[5]s:Event THEN {t: 'event', f: %[7]s, type: %[5]s.type, date: %[5]s.date, ev: %[9]s}
      ELSE {t: 'stance', f: %[8]s, type: %[5]s.relation, ev: %[9]s} END],
    rels: [%[10]s IN relationships(%[4]s) | {type: type(%[10]s), title: %[10]s.title}]
  } END} AS v`, pa, pb, direct, p, n, actorObj, eventObj, stanceObj, evList, r)
	// The path is wrapped in a map: collect() would drop a null row, and no
	// row means an unknown actor.
	dec := func(in any) any {
		w, _ := in.(map[string]any)
		m, _ := w["path"].(map[string]any)
		if m == nil {
			return nil
		}
		return assemblePath(sel, m, actorDec, eventDec, stanceDec, evDec)
	}
	return q, needsActors([]string{from, to}, dec), nil
}

// dedupe keeps the first selection of each key: the same field asked for
// in two places is projected once.
func dedupe(sels []Selection) []Selection {
	seen := map[string]bool{}
	var out []Selection
	for _, s := range sels {
		if !seen[s.Key] {
			seen[s.Key] = true
			out = append(out, s)
		}
	}
	return out
}

// assemblePath turns the node list of a path into actors and hops. Nodes
// alternate actor, fact, actor...; two actors in a row are linked by a role.
func assemblePath(sel Selection, m map[string]any, actorDec, eventDec, stanceDec, evDec decoder) any {
	nodes, _ := m["nodes"].([]any)
	rels, _ := m["rels"].([]any)
	type step struct {
		kind string
		raw  map[string]any
	}
	var steps []step
	for _, x := range nodes {
		xm, _ := x.(map[string]any)
		t, _ := xm["t"].(string)
		steps = append(steps, step{t, xm})
	}
	var actors []any
	type hop struct {
		from, to any
		kind     string
		relation any
		date     any
		event    any
		stance   any
		evidence any
	}
	var hops []hop
	var last any
	for i := 0; i < len(steps); i++ {
		s := steps[i]
		if s.kind == "actor" {
			a := actorDec(s.raw["a"])
			if last != nil && i > 0 && steps[i-1].kind == "actor" {
				// Nodes and relationships alternate: rels[i-1] joins node
				// i-1 to node i.
				title := any(nil)
				if i-1 < len(rels) {
					rm, _ := rels[i-1].(map[string]any)
					title = rm["title"]
				}
				hops = append(hops, hop{from: last, to: a, kind: "role", relation: title, evidence: []any{}})
			}
			actors = append(actors, a)
			last = a
			continue
		}
		// A fact between the previous actor and the next one.
		var next any
		if i+1 < len(steps) {
			next = actorDec(steps[i+1].raw["a"])
		}
		h := hop{from: last, to: next, kind: s.kind, relation: s.raw["type"], date: s.raw["date"], evidence: evDec(s.raw["ev"])}
		if s.kind == "event" {
			h.event = eventDec(s.raw["f"])
		} else {
			h.stance = stanceDec(s.raw["f"])
		}
		hops = append(hops, h)
		if i+1 < len(steps) {
			actors = append(actors, next)
			last = next
			i++
		}
	}
	out := map[string]any{}
	for _, f := range sel.Fields {
		switch f.Field {
		case "length":
			out[f.Key] = len(hops)
		case "actors":
			out[f.Key] = subsets(actors, f.Fields)
		case "hops":
			list := make([]any, len(hops))
			for i, h := range hops {
				hm := map[string]any{}
				for _, g := range f.Fields {
					switch g.Field {
					case "from":
						am, _ := h.from.(map[string]any)
						hm[g.Key] = subset(am, g.Fields)
					case "to":
						am, _ := h.to.(map[string]any)
						hm[g.Key] = subset(am, g.Fields)
					case "kind":
						hm[g.Key] = h.kind
					case "relation":
						hm[g.Key] = h.relation
					case "date":
						hm[g.Key] = h.date
					case "event":
						hm[g.Key] = subsetOrNil(h.event, g.Fields)
					case "stance":
						hm[g.Key] = subsetOrNil(h.stance, g.Fields)
					case "evidence":
						l, _ := h.evidence.([]any)
						hm[g.Key] = subsets(l, g.Fields)
					}
				}
				list[i] = hm
			}
			out[f.Key] = list
		}
	}
	return out
}

// subsets applies subset to every map of a list.
func subsets(l []any, sels []Selection) []any {
	out := make([]any, len(l))
	for i, x := range l {
		m, _ := x.(map[string]any)
		out[i] = subset(m, sels)
	}
	return out
}

func subsetOrNil(v any, sels []Selection) any {
	m, ok := v.(map[string]any)
	if !ok || m == nil {
		return nil
	}
	return subset(m, sels)
}

var edgeType = &nodeType{name: "Edge", fields: map[string]fieldFunc{
	"source": constExpr("%[1]s.source"), "target": constExpr("%[1]s.target"),
	"relation": constExpr("%[1]s.relation"), "kind": constExpr("%[1]s.kind"),
	"weight": constExpr("%[1]s.weight"),
}}

// rootNeighborhood is neighborhood(actor, depth, since, limit): the actors
// around one, ring by ring, strongest ties first, and the stances between
// them, ready for a graph view.
func rootNeighborhood(c *compiler, sel Selection) (string, rootDecoder, error) {
	depth, err := argInt(sel, "depth", 1, 1, 3)
	if err != nil {
		return "", nil, err
	}
	limit, err := argInt(sel, "limit", 50, 1, MaxPageSize)
	if err != nil {
		return "", nil, err
	}
	sinceD, untilD := argDate(sel.Args, "since"), argDate(sel.Args, "until")
	if sinceD != nil && untilD != nil && sinceD.After(*untilD) {
		return "", nil, badInput("since (%s) is after until (%s)", sinceD.Format("2006-01-02"), untilD.Format("2006-01-02"))
	}
	// Edges are stances, weighed over their evidence's publication days:
	// asOf is one more upper bound on those days.
	untilD = asOfBound(untilD, argDate(sel.Args, "asOf"))
	pre, a := resolve(c, argString(sel, "actor"))
	since := c.param(dateParam(sinceD))
	until := "null"
	if untilD != nil {
		until = c.param(dateParam(untilD))
	}
	live := func(x string) string {
		if untilD != nil {
			return stanceBetween(x, since, until)
		}
		return stanceSince(x, since)
	}
	lim, dp := c.param(limit), c.param(depth)
	var nodeSels, edgeSels []Selection
	for _, f := range sel.Fields {
		switch f.Field {
		case "nodes":
			nodeSels = append(nodeSels, f.Fields...)
		case "edges":
			edgeSels = append(edgeSels, f.Fields...)
		}
	}
	n, ed := c.fresh("n"), c.fresh("ed")
	nodeObj, nodeDec, err := c.object(actorType, n, dedupe(nodeSels))
	if err != nil {
		return "", nil, err
	}
	edgeObj, edgeDec, err := c.object(edgeType, ed, dedupe(edgeSels))
	if err != nil {
		return "", nil, err
	}
	// Only lim nodes are shown, the actor first: a ring runs only while
	// there is room for it, so a well-connected actor, whose first ring
	// fills the view, does not pay for expanding the stances of its
	// neighbours (tens of thousands for a major state).
	ring := func(level int, prev string) string {
		return fmt.Sprintf(`  CALL (%[1]s, seen, %[4]s) {
    UNWIND CASE WHEN %[2]s >= %[3]d AND size(seen) < %[6]s THEN %[4]s ELSE [] END AS m
    MATCH (m)<-[:FROM|TO]-(s:Stance)-[:FROM|TO]->(x:Actor)
    WHERE NOT x IN seen AND %[5]s
    WITH x, count(s) AS w ORDER BY w DESC, x.id LIMIT %[6]s
    RETURN collect(x) AS l%[3]d
  }
  WITH %[1]s, seen + l%[3]d AS seen, l%[3]d
`, a, dp, level, prev, live("s"), lim)
	}
	// Edges are looked up pair by pair in the stance_pair index: at most
	// lim² seeks, where expanding each node's stances would read every
	// stance of every major state in view.
	_, weight, _, _ := periodTotals("s", periodDays("s", since, until), since, until)
	q := pre + "  WITH " + a + ", [" + a + "] AS seen, [" + a + "] AS l0\n" + ring(1, "l0") + ring(2, "l1") + ring(3, "l2") +
		fmt.Sprintf(`  WITH seen[0..%[1]s] AS ns
  RETURN {
    nodes: [%[2]s IN ns | %[3]s],
    edges: COLLECT {
      UNWIND ns AS x
      UNWIND ns AS y
      MATCH (s:Stance {source: x.id, target: y.id})
      WHERE x <> y
      WITH x, y, s, %[4]s AS weight
      WHERE weight > 0
      WITH {source: x.id, target: y.id, relation: s.relation, kind: s.kind, weight: weight} AS %[5]s
      RETURN %[6]s
    }
  } AS v`, lim, n, nodeObj, weight, ed, edgeObj)
	dec := func(in any) any {
		m, _ := in.(map[string]any)
		nodes, _ := listDecoder(nodeDec)(m["nodes"]).([]any)
		edges, _ := listDecoder(edgeDec)(m["edges"]).([]any)
		out := map[string]any{}
		for _, f := range sel.Fields {
			var src []any
			switch f.Field {
			case "nodes":
				src = nodes
			case "edges":
				src = edges
			default:
				continue
			}
			out[f.Key] = subsets(src, f.Fields)
		}
		return out
	}
	return q, needsActor("actor", dec), nil
}

// stanceSince is true when stance st has counted evidence on or after the
// date expression since (always when since is null): its last day, from its
// tie totals (stanceTotals), is not before since.
func stanceSince(st, since string) string {
	return fmt.Sprintf("(%[2]s IS NULL OR coalesce(%[1]s.days[-1] >= %[2]s, false))", st, since)
}

// stanceBetween is true when stance st has counted evidence on a day
// between the date expressions since and until (either may be null), from
// its tie totals (stanceTotals).
func stanceBetween(st, since, until string) string {
	return fmt.Sprintf("any(d IN coalesce(%[1]s.days, []) WHERE (%[2]s IS NULL OR d >= %[2]s) AND (%[3]s IS NULL OR d <= %[3]s))", st, since, until)
}

// directFact is a step of rootPath: when none of the paths in prev was
// found, a path a–fact–b through a fact node with this label between the
// two actors, one direction then the other (the stance_pair and event_pair
// indexes on source and target), in the period (live, over f), as the
// path variable name; null when there is none.
func directFact(a, b, name, label, rels, live string, prev ...string) string {
	none := ""
	for _, v := range prev {
		none += v + " IS NULL AND "
	}
	return fmt.Sprintf(`  CALL (%[1]s, %[2]s, %[3]s) {
    UNWIND CASE WHEN %[4]s%[1]s <> %[2]s THEN [%[1]s.id] ELSE [] END AS x
    CALL (%[1]s, %[2]s) {
      MATCH (f:%[5]s {source: %[1]s.id, target: %[2]s.id}) RETURN f
      UNION
      MATCH (f:%[5]s {source: %[2]s.id, target: %[1]s.id}) RETURN f
    }
    WITH %[1]s, %[2]s, f WHERE %[6]s
    MATCH d = (%[1]s)<-[:%[7]s]-(f)-[:%[7]s]->(%[2]s)
    WITH d LIMIT 1
    RETURN head(collect(d)) AS %[8]s
  }
`, a, b, strings.Join(prev, ", "), none, label, live, rels, name)
}

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
	first, err := argInt(sel, "first", 20, 1, MaxPageSize)
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
