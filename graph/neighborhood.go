package graph

import (
	"fmt"
)

// The neighborhood: the actors around one, ring by ring, and the stances
// between them.

var edgeType = &nodeType{name: "Edge", fields: map[string]fieldFunc{
	"source": constExpr("%[1]s.source"), "target": constExpr("%[1]s.target"),
	"relation": constExpr("%[1]s.relation"), "kind": constExpr("%[1]s.kind"),
	"weight": constExpr("%[1]s.weight"),
}}

// rootNeighborhood is neighborhood(actor, depth, since, limit): the actors
// around one, ring by ring, strongest ties first, and the stances between
// them, ready for a graph view.
func rootNeighborhood(c *compiler, sel Selection) (string, rootDecoder, error) {
	depth, err := argInt(sel, "depth", DefaultDepth, 1, 3)
	if err != nil {
		return "", nil, err
	}
	limit, err := argInt(sel, "limit", DefaultNeighbors, 1, MaxPageSize)
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
