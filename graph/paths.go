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
	hops, err := argInt(sel, "maxHops", DefaultHops, 1, MaxHops)
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
			out[f.Key] = int64(len(hops))
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
