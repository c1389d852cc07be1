package graph

import "fmt"

// An actor's events through the event_out and event_in indexes rather than
// its SOURCE and TARGET relationships. A major state is in tens of
// thousands of events (USA in 60,033 on a fifth of the benchmark graph);
// following its relationships reads every one of those events from the
// store. The two indexes hold, per event, the actor on that side, the day,
// the ID, the quad class and the Goldstein score: the timeline is counted
// from the index entries alone, and an actor's latest events are the first
// entries of two ordered seeks.
//
// Every writer (WriteArticle, BulkWrite, ImportEvents, the LOAD CSV and
// neo4j-admin imports) sets an event's source and target properties to the
// IDs of the actors its SOURCE and TARGET relationships lead to, and
// always sets its ID, quad class and Goldstein score, so the seeks find
// exactly the events the relationships do (as events(filter: {between})
// already relies on with event_pair). An event without a day is in neither
// index: the timeline leaves those out anyway, and the latest events fall
// back to the relationships for them only when the dated events do not
// fill the page.

// eventSeek is the MATCH … WHERE of one index seek: events with actor a on
// side ("source" or "target"); every indexed property is named so that the
// planner can use the composite index.
func eventSeek(e, a, side string) string {
	return fmt.Sprintf(`MATCH (%[1]s:Event) USING INDEX %[1]s:Event(%[3]s, day, id, quadClass, goldstein)
      WHERE %[1]s.%[3]s = %[2]s.id AND %[1]s.day IS NOT NULL AND %[1]s.id IS NOT NULL AND %[1]s.quadClass IS NOT NULL AND %[1]s.goldstein IS NOT NULL`, e, a, side)
}

// timelineFromIndex reports whether the timeline's arguments can be served
// by the seeks: a period at most. The other filters (types, roots, quad
// classes, status, sectors) and asOf, which reads the articles reporting
// each event, take the relationships.
func timelineFromIndex(args map[string]any) bool {
	for k, v := range args {
		switch k {
		case "actor", "bucket", "since", "until":
		default:
			if v != nil {
				return false
			}
		}
	}
	return true
}

// timelineSeek is the timeline of actor a (bound by the prelude pre) from
// the index entries: the events of each day counted first, then the days of
// each bucket, so that date.truncate runs once per day, not per event. An
// event of a with itself is in both indexes: the target side leaves out
// the few the event_pair index finds with a on both sides, so that no
// DISTINCT over every entry is needed. The Goldstein mean is the sum of
// the bucket's scores over its count, as avg(); the order of the additions
// differs from the relationship path, so the last bits of the mean may too.
func timelineSeek(c *compiler, pre, a, e, bk, unit string, sel Selection, obj string) string {
	var period string
	if since := argDate(sel.Args, "since"); since != nil {
		period += " AND " + e + ".day >= " + c.param(dateParam(since))
	}
	if until := argDate(sel.Args, "until"); until != nil {
		period += " AND " + e + ".day <= " + c.param(dateParam(until))
	}
	self, x := c.fresh("self"), c.fresh("x")
	return fmt.Sprintf(`%[1]s  CALL (%[2]s) {
    WITH %[2]s, COLLECT { MATCH (%[11]s:Event {source: %[2]s.id, target: %[2]s.id}) RETURN %[11]s.id } AS %[10]s
    CALL (%[2]s, %[10]s) {
      %[3]s%[4]s
      RETURN %[5]s.day AS day, %[5]s.quadClass AS q, %[5]s.goldstein AS g
      UNION ALL
      %[6]s%[4]s AND NOT %[5]s.id IN %[10]s
      RETURN %[5]s.day AS day, %[5]s.quadClass AS q, %[5]s.goldstein AS g
    }
    WITH day, count(*) AS n,
         sum(CASE WHEN q <= 2 THEN 1 ELSE 0 END) AS coop,
         sum(CASE WHEN q >= 3 THEN 1 ELSE 0 END) AS hostile,
         collect(g) AS gs
    WITH date.truncate(%[7]s, day) AS start, n, coop, hostile, gs
    WITH start, sum(n) AS n, sum(coop) AS coop, sum(hostile) AS hostile, collect(gs) AS gss
    ORDER BY start
    RETURN collect({start: start, count: n, cooperative: coop, hostile: hostile,
                    goldsteinMean: reduce(s = 0.0, l IN gss | reduce(t = s, x IN l | t + x)) / n}) AS buckets
  }
  RETURN [%[8]s IN buckets | %[9]s] AS v`, pre, a, eventSeek(e, a, "source"), period, e, eventSeek(e, a, "target"),
		c.param(unit), bk, obj, self, x)
}

// latestSeek is the from of an actor's events, newest first (a connection
// with fromWhere): the first page+1 dated events on each side in index
// order with the filter applied, and the undated events (last in that
// order) only when those do not fill the page. (Each CALL ends in an
// aggregation so that it yields a row even when it finds no event.)
func latestSeek(a string) string {
	return fmt.Sprintf(`CALL (%[1]s) {
      CALL (%[1]s) {
        %[2]s%%[2]s
        WITH %%[1]s ORDER BY %%[1]s.source DESC, %%[1]s.day DESC, %%[1]s.id DESC LIMIT %%[3]s + 1
        RETURN %%[1]s
        UNION
        %[3]s%%[2]s
        WITH %%[1]s ORDER BY %%[1]s.target DESC, %%[1]s.day DESC, %%[1]s.id DESC LIMIT %%[3]s + 1
        RETURN %%[1]s
      }
      RETURN collect(%%[1]s) AS dated
    }
    CALL (%[1]s, dated) {
      WITH %[1]s WHERE size(dated) <= %%[3]s
      MATCH (%[1]s)<-[:SOURCE|TARGET]-(%%[1]s:Event) WHERE %%[1]s.day IS NULL%%[2]s
      RETURN collect(DISTINCT %%[1]s) AS undated
    }
    UNWIND dated + undated AS %%[1]s
    WITH %[1]s, %%[1]s`, a, eventSeek("%[1]s", a, "source"), eventSeek("%[1]s", a, "target"))
}
