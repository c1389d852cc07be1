package graph

import (
	"fmt"
)

// The timeline: an actor's events counted by day, week, month or year
// (eventseek.go reads them from the event indexes).

var bucketUnits = map[string]string{"day": "day", "week": "week", "month": "month", "year": "year"}

var bucketType = &nodeType{name: "TimelineBucket", fields: map[string]fieldFunc{
	"start": constExpr("%[1]s.start"), "count": constExpr("%[1]s.count"),
	"cooperative": constExpr("%[1]s.cooperative"), "hostile": constExpr("%[1]s.hostile"),
	"goldsteinMean": constExpr("%[1]s.goldsteinMean"),
}}

func rootTimeline(c *compiler, sel Selection) (string, rootDecoder, error) {
	unit, ok := bucketUnits[argString(sel, "bucket")]
	if !ok {
		unit = "month"
	}
	pre, a := resolve(c, argString(sel, "actor"))
	e, bk := c.fresh("e"), c.fresh("bk")
	conds, err := eventFilter(c, e, sel.Args)
	if err != nil {
		return "", nil, err
	}
	conds = append(conds, e+".day IS NOT NULL")
	obj, dec, err := c.object(bucketType, bk, sel.Fields)
	if err != nil {
		return "", nil, err
	}
	if !c.slowPaths && timelineFromIndex(sel.Args) {
		return timelineSeek(c, pre, a, e, bk, unit, sel, obj), needsActor("actor", listDecoder(dec)), nil
	}
	// Aggregates live in a CALL: see tieRows.
	return fmt.Sprintf(`%[1]s  CALL (%[2]s) {
    MATCH (%[2]s)<-[:SOURCE|TARGET]-(%[3]s:Event)%[4]s
    WITH DISTINCT %[3]s
    WITH date.truncate(%[5]s, %[3]s.day) AS start, %[3]s
    WITH start, count(%[3]s) AS n,
         sum(CASE WHEN %[3]s.quadClass <= 2 THEN 1 ELSE 0 END) AS coop,
         sum(CASE WHEN %[3]s.quadClass >= 3 THEN 1 ELSE 0 END) AS hostile,
         avg(%[3]s.goldstein) AS g
    ORDER BY start
    RETURN collect({start: start, count: n, cooperative: coop, hostile: hostile, goldsteinMean: g}) AS buckets
  }
  RETURN [%[6]s IN buckets | %[7]s] AS v`, pre, a, e, where(conds), c.param(unit), bk, obj), needsActor("actor", listDecoder(dec)), nil
}
