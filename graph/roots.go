package graph

import (
	"fmt"
	"strings"
	"time"
)

// rootFields are the questions Query answers. Each compiles to the body of
// a subquery that returns its rows as v.
var rootFields map[string]rootFunc

func init() {
	rootFields = map[string]rootFunc{
		"actor":        rootActor,
		"actors":       rootActors,
		"allies":       rootTies(AllyRelations, AdversaryRelations),
		"adversaries":  rootTies(AdversaryRelations, AllyRelations),
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

// rootTies is allies / adversaries at the root. Ranking every tie of a
// major state means reading thousands of stances (USA has 15,000 in the
// benchmark graph), so it first ranks only candidates: the other actors of
// the actor's strongest ties of all time, explicit and derived, in either
// direction, read in order from the tie_out and tie_in indexes (tieRanks
// keeps tieW and tieEx on every stance). A tie's weight over any period,
// Σ −log(1 − c), is at most its weight of all time, and a tie explicit in a
// period is explicit of all time; so the weight of the last candidate read
// on a side bounds every tie not read. When the candidates' ranking is
// decided whatever those ties hold, it is the answer; otherwise the
// statement ranks every tie of the actor (the conditional CALL below), as
// it would have without candidates. Either way one statement, one ranking:
// explicit ties first, then by weight over the period (strength, 1 − Π(1 −
// c), in a form that does not round to 1 for a tie with much evidence),
// then by name. Evidence is read only for the rows returned.
func rootTies(relations, opposite []string) rootFunc {
	return func(c *compiler, sel Selection) (string, rootDecoder, error) {
		first, since, until, minStrength, err := tieArgs(sel)
		if err != nil {
			return "", nil, err
		}
		pre, a := resolve(c, argString(sel, "of"))
		row := c.fresh("row")
		obj, dec, err := c.object(allyType, row, sel.Fields)
		if err != nil {
			return "", nil, err
		}
		sinceP, untilP, minP, firstP := c.param(dateParam(since)), c.param(dateParam(until)), c.param(minStrength), c.param(first)
		allRels, mineRels := c.param(append(append([]string{}, relations...), opposite...)), c.param(relations)
		rank := func(b, st string) string {
			return tieRanking(c, b, st, a, allRels, mineRels, sinceP, untilP, minP, firstP)
		}
		tie := c.param(TieClass(relations[0]))
		mEx, mDerived := tieCandidates(first, true), tieCandidates(first, false)
		if c.tieCandidates > 0 {
			mEx, mDerived = c.tieCandidates, c.tieCandidates
		}
		ms := map[string]string{"true": c.param(mEx), "false": c.param(mDerived)}
		var seeks []string
		for _, side := range [][2]string{{"source", "target"}, {"target", "source"}} {
			for _, ex := range []string{"true", "false"} {
				s, k, m := c.fresh("s"), len(seeks), ms[ex]
				seeks = append(seeks, fmt.Sprintf(`CALL (%[1]s) {
        MATCH (%[2]s:Stance) WHERE %[2]s.%[3]s = %[1]s.id AND %[2]s.tie = %[5]s AND %[2]s.tieEx = %[6]s AND %[2]s.tieW IS NOT NULL
        WITH %[2]s ORDER BY %[2]s.%[3]s DESC, %[2]s.tie DESC, %[2]s.tieEx DESC, %[2]s.tieW DESC LIMIT %[7]s
        RETURN collect(%[2]s.%[4]s) AS ids%[8]d, CASE WHEN count(%[2]s) < %[7]s THEN -1.0 ELSE min(%[2]s.tieW) END AS bound%[8]d
      }`, a, s, side[0], side[1], tie, ex, m, k))
			}
		}
		b, st := c.fresh("b"), c.fresh("st")
		// An actor with no more stances than the candidates would read has
		// nothing to gain from them: rank all its ties at once.
		scan := mEx + mDerived
		if c.tieScanBelow != 0 {
			scan = max(c.tieScanBelow, 0)
		}
		cy := fmt.Sprintf(`%[1]s  CALL (%[2]s) {
    WITH %[2]s, COUNT { (%[2]s)<-[:FROM|TO]-() } AS deg
    OPTIONAL CALL (%[2]s, deg) {
      WITH %[2]s WHERE deg > %[14]s
      %[3]s
      WITH %[2]s, ids0 + ids1 + ids2 + ids3 AS ids,
           CASE WHEN bound0 > bound2 THEN bound0 ELSE bound2 END AS be, CASE WHEN bound1 > bound3 THEN bound1 ELSE bound3 END AS bd
      CALL (%[2]s, ids) {
        UNWIND ids AS bid
        WITH DISTINCT bid
        MATCH (%[4]s:Actor {id: bid})
        CALL (%[2]s, %[4]s) {
          MATCH (%[5]s:Stance {source: %[2]s.id, target: %[4]s.id}) RETURN %[5]s
          UNION
          MATCH (%[5]s:Stance {source: %[4]s.id, target: %[2]s.id}) RETURN %[5]s
        }
        %[6]s
      }
      WITH ranked AS cand, be, bd, last(ranked) AS k
      WHERE %[7]s = 0 OR (
             (be < 0 OR 1.0 - exp(-be) < %[8]s OR (size(cand) >= %[7]s AND k.explicit AND k.w > be * (1.0 + 1e-9) + 1e-9))
             AND (bd < 0 OR 1.0 - exp(-bd) < %[8]s OR (size(cand) >= %[7]s AND (k.explicit OR k.w > bd * (1.0 + 1e-9) + 1e-9))))
      RETURN cand
    }
    WITH %[2]s, cand, cand IS NOT NULL AS decided
    CALL (%[2]s, decided) {
      WITH %[2]s WHERE NOT decided
      MATCH (%[2]s)<-[:FROM|TO]-(%[5]s:Stance)-[:FROM|TO]->(%[4]s:Actor)
      %[9]s
    }
    UNWIND CASE WHEN decided THEN cand ELSE ranked END AS r
    WITH r.b AS %[10]s_b, r.sts AS %[10]s_sts, r.count AS %[10]s_count, r.firstSeen AS %[10]s_firstSeen, r.lastSeen AS %[10]s_lastSeen,
         r.strength AS %[10]s_strength, r.opposing AS %[10]s_opposing, r.relations AS %[10]s_relations, r.explicit AS %[10]s_explicit,
         %[11]s AS %[10]s_since, %[12]s AS %[10]s_until
    RETURN collect(%[13]s) AS ties
  }
  RETURN ties AS v`, pre, a, strings.Join(seeks, "\n      "), b, st,
			rank(b, st), firstP, minP, rank(b, st), row, sinceP, untilP, obj, c.param(scan))
		return cy, needsActor("of", listDecoder(dec)), nil
	}
}

// tieCandidates is how many of an actor's strongest ties of all time, of
// one kind and direction, rootTies reads for a page of first. Explicit ties
// are few (a major state has a hundred or two) and rank before all others,
// so reading all of them usually settles the question; derived ties are
// many, and the strongest of all time are the strongest of most periods.
func tieCandidates(first int, explicit bool) int {
	if explicit {
		return max(10*first, 500)
	}
	return first + first/2 + 10
}

// tieRanking ranks the rows (b, st) that come before it — another actor and
// a stance between it and actor a — as allies or adversaries of a (rootTies):
// each stance's totals over the period from its per-day totals
// (stanceTotals), grouped by the other actor, filtered and ranked, the
// first page collected as the list ranked. allRels and mineRels are the
// parameters holding the relations of both classes and of the class ranked.
func tieRanking(c *compiler, b, st, a, allRels, mineRels, since, until, minStrength, first string) string {
	ix, mine, q, n, w, fd, ld := c.fresh("ix"), c.fresh("mine"), c.fresh("q"), c.fresh("n"), c.fresh("w"), c.fresh("fd"), c.fresh("ld")
	qx, nx, fx, lx := periodTotals(st, ix, since, until)
	return fmt.Sprintf(`WITH %[1]s, %[2]s WHERE %[2]s.relation IN %[3]s AND %[1]s <> %[4]s
      WITH %[1]s, %[2]s, %[5]s AS %[6]s
      WITH %[1]s, %[2]s, %[2]s.relation IN %[7]s AS %[8]s, %[9]s AS %[10]s, %[11]s AS %[12]s, %[13]s AS %[14]s, %[15]s AS %[16]s, %[6]s
      WHERE %[12]s > 0
      WITH %[1]s, %[2]s, %[8]s, %[10]s, %[12]s, %[14]s, %[16]s, CASE WHEN %[10]s > 0 THEN -log(%[10]s) ELSE %[17]s END AS %[18]s
      WITH %[1]s, collect(CASE WHEN %[8]s THEN %[2]s END) AS sts,
           collect(CASE WHEN %[8]s THEN %[10]s END) AS qs, collect(CASE WHEN NOT %[8]s THEN %[10]s END) AS oqs,
           sum(CASE WHEN %[8]s THEN %[18]s ELSE 0.0 END) AS w,
           sum(CASE WHEN %[8]s THEN %[12]s ELSE 0 END) AS cnt,
           min(CASE WHEN %[8]s THEN %[14]s END) AS firstSeen, max(CASE WHEN %[8]s THEN %[16]s END) AS lastSeen
      WHERE size(sts) > 0
      WITH %[1]s, sts, cnt, firstSeen, lastSeen, round(w, 9) AS w,
           1.0 - reduce(x = 1.0, y IN qs | x * y) AS strength, 1.0 - reduce(x = 1.0, y IN oqs | x * y) AS opposing,
           any(s IN sts WHERE s.kind = 'explicit') AS explicit
      WHERE strength >= %[19]s AND (explicit OR strength > opposing)
      WITH * ORDER BY explicit DESC, w DESC, %[1]s.name
      LIMIT %[20]s
      RETURN collect({b: %[1]s, sts: sts, count: cnt, firstSeen: firstSeen, lastSeen: lastSeen, w: w, strength: strength,
                      opposing: opposing, relations: [s IN sts | s.relation], explicit: explicit}) AS ranked`,
		b, st, allRels, a,
		periodDays(st, since, until), ix, mineRels, mine, qx, q, nx, n, fx, fd, lx, ld,
		periodWeight(st, ix, since, until), w, minStrength, first)
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

// A connection is a Relay page: the match yields candidate nodes in n; the
// page is ordered by a sort key then id, and continues after a cursor.
type connectionSpec struct {
	t     *nodeType
	pre   string   // resolve preludes
	bound []string // variables the preludes bind
	match string   // MATCH ... with %[1]s for the node variable, no WHERE
	// from, when set, replaces "MATCH match": clauses ending in a WITH that
	// binds %[1]s and keeps the bound variables, for candidates that a
	// pattern would find slowly (the events between two actors).
	from    string
	conds   []string // filter conditions on %[1]s
	sortKey string   // expression over %[1]s
	keyKind string   // "date", "string" or "int": how cursor values come back
	desc    bool
	first   int
	after   string

	// fromWhere: from takes the conditions too, as %[2]s (" AND …", or
	// empty), and the page size as %[3]s, to apply them before it limits.
	fromWhere bool
}

func (c *compiler) connection(s connectionSpec, sel Selection) (string, decoder, error) {
	n, it, m := c.fresh("n"), c.fresh("it"), c.fresh("m")
	conds := make([]string, len(s.conds))
	for i, cond := range s.conds {
		conds[i] = fmt.Sprintf(cond, n)
	}
	key := fmt.Sprintf(s.sortKey, n)
	cmp, dir := ">", "ASC"
	if s.desc {
		cmp, dir = "<", "DESC"
	}
	all := conds
	if s.after != "" {
		cur, err := decodeCursor(s.after, 2)
		if err != nil {
			return "", nil, err
		}
		var k string
		switch s.keyKind {
		case "date":
			str, _ := cur[0].(string)
			if _, err := time.Parse("2006-01-02", str); err != nil {
				return "", nil, badInput("after: %q is not a cursor from this API", s.after)
			}
			k = "date(" + c.param(str) + ")"
		case "int":
			f, _ := cur[0].(float64)
			k = c.param(int64(f))
		default:
			str, _ := cur[0].(string)
			k = c.param(str)
		}
		id, _ := cur[1].(string)
		idp := c.param(id)
		all = append(append([]string{}, conds...), fmt.Sprintf("(%[1]s %[2]s %[3]s OR (%[1]s = %[3]s AND %[4]s.id %[2]s %[5]s))", key, cmp, k, n, idp))
	}
	obj, dec, err := c.object(s.t, m, sel.Fields)
	if err != nil {
		return "", nil, err
	}
	total := "null"
	if sel.Total {
		if s.from != "" && !s.fromWhere {
			total = fmt.Sprintf("COUNT { %s%s RETURN %s }", fmt.Sprintf(s.from, n), where(conds), n)
		} else {
			total = fmt.Sprintf("COUNT { MATCH %s%s }", fmt.Sprintf(s.match, n), where(conds))
		}
	}
	firstP := c.param(s.first)
	itemMap := "{key: " + it + ".key, item: " + obj + "}"
	from := "MATCH " + fmt.Sprintf(s.match, n)
	switch {
	case s.from != "" && s.fromWhere:
		and := ""
		if len(all) > 0 {
			and = " AND " + strings.Join(all, " AND ")
		}
		from = fmt.Sprintf(s.from, n, and, firstP)
	case s.from != "":
		from = fmt.Sprintf(s.from, n)
	}
	q := fmt.Sprintf(`%[1]s  CALL (%[2]s) {
    %[3]s%[4]s
    WITH DISTINCT %[5]s
    WITH %[5]s, %[6]s AS sk ORDER BY sk %[7]s, %[5]s.id %[7]s LIMIT %[8]s + 1
    RETURN collect({n: %[5]s, key: [sk, %[5]s.id]}) AS items
  }
  WITH %[12]sitems, size(items) > %[8]s AS more
  UNWIND CASE WHEN size(items) = 0 THEN [null] ELSE items[0..%[8]s] END AS %[9]s
  WITH %[12]smore, %[9]s, %[9]s.n AS %[10]s
  WITH %[12]smore, CASE WHEN %[9]s IS NULL THEN null ELSE %[11]s END AS item
  WITH %[12]smore, collect(item) AS page
  RETURN {more: more, page: page, total: %[13]s} AS v`,
		s.pre, strings.Join(s.bound, ", "), from, where(all), n, key, dir, firstP, it, m, itemMap,
		prefixList(s.bound), total)
	pageDec := func(in any) any {
		r, _ := in.(map[string]any)
		page, _ := r["page"].([]any)
		p := &Page{Items: make([]any, len(page)), Keys: make([]string, len(page)), After: s.after}
		p.More, _ = r["more"].(bool)
		if t, ok := r["total"].(int64); ok {
			p.Total, p.Counted = t, true
		}
		for i, x := range page {
			xm, _ := x.(map[string]any)
			if key, _ := xm["key"].([]any); len(key) == 2 {
				p.Keys[i] = encodeCursor([]any{cursorValue(key[0]), key[1]})
			}
			p.Items[i] = dec(xm["item"])
		}
		return p
	}
	return q, pageDec, nil
}

// Page is one page of a list read in order (actors, events): the items,
// each one's position, and whether more follow.
type Page struct {
	Items []any    // each item as the Selection's Fields project it
	Keys  []string // each item's position, opaque: pass one as the after argument to read on from that item
	More  bool     // more items follow the last one
	After string   // the position the page starts after ("" for the first page)
	// Total is the number of all matches, on every page, when the
	// Selection asked for it (Counted).
	Total   int64
	Counted bool
}

// subset picks the keys of one selection out of a merged projection.
func subset(m map[string]any, sels []Selection) map[string]any {
	out := make(map[string]any, len(sels))
	for _, s := range sels {
		out[s.Key] = m[s.Key]
	}
	return out
}

func cursorValue(v any) any {
	if d, ok := plain(v).(Date); ok {
		return d.String()
	}
	return v
}

func pageArgs(sel Selection) (int, string, error) {
	first, err := argInt(sel, "first", 20, 0, MaxPageSize)
	return first, argString(sel, "after"), err
}

func rootActors(c *compiler, sel Selection) (string, rootDecoder, error) {
	first, after, err := pageArgs(sel)
	if err != nil {
		return "", nil, err
	}
	f := argMap(sel, "filter")
	var conds []string
	if k := argStrings(f, "kinds"); len(k) > 0 {
		conds = append(conds, "%[1]s.kind IN "+c.param(k))
	}
	if k := argString(Selection{Args: f}, "country"); k != "" {
		conds = append(conds, "%[1]s.country = "+c.param(k))
	}
	if k := argString(Selection{Args: f}, "nameContains"); k != "" {
		conds = append(conds, "toLower(%[1]s.name) CONTAINS "+c.param(strings.ToLower(k)))
	}
	spec := connectionSpec{t: actorType, match: "(%[1]s:Actor)", conds: conds,
		sortKey: "%[1]s.name", keyKind: "string", first: first, after: after}
	if argString(sel, "sort") == "mentions" {
		spec.sortKey, spec.keyKind, spec.desc = "COUNT { (%[1]s)<-[:MENTIONS]-() }", "int", true
	}
	q, dec, err := c.connection(spec, sel)
	if err != nil {
		return "", nil, err
	}
	return q, singleRow(dec), nil
}

func rootEvents(c *compiler, sel Selection) (string, rootDecoder, error) {
	first, after, err := pageArgs(sel)
	if err != nil {
		return "", nil, err
	}
	f := argMap(sel, "filter")
	conds, err := eventFilter(c, "%[1]s", f)
	if err != nil {
		return "", nil, err
	}
	// eventFilter wrote the placeholder into parameters' conditions only as
	// a variable name; the Sprintf in connection fills it.
	spec := connectionSpec{t: eventType, conds: conds, sortKey: "coalesce(%[1]s.day, date('0001-01-01'))",
		keyKind: "date", desc: argString(sel, "sort") != "oldest", first: first, after: after}
	actor, between := argString(Selection{Args: f}, "actor"), argStrings(f, "between")
	var decode func(decoder) rootDecoder
	switch {
	case len(between) > 0:
		if len(between) != 2 {
			return "", nil, badInput("between takes exactly two actors, got %d", len(between))
		}
		pa, a := resolve(c, between[0])
		pb, b := resolve(c, between[1], a)
		spec.pre, spec.bound = pa+pb, []string{a, b}
		// An event is between a and b when one is its source and the other
		// its target: two seeks in the event_pair index, where the pattern
		// would expand every event of one of them (hundreds of thousands
		// for a major state).
		spec.from = fmt.Sprintf(`CALL (%[1]s, %[2]s) {
      MATCH (%%[1]s:Event {source: %[1]s.id, target: %[2]s.id}) RETURN %%[1]s
      UNION
      MATCH (%%[1]s:Event {source: %[2]s.id, target: %[1]s.id}) RETURN %%[1]s
    }
    WITH %[1]s, %[2]s, %%[1]s`, a, b)
		decode = func(d decoder) rootDecoder { return needsActors([]string{between[0], between[1]}, d) }
		if actor != "" {
			spec.conds = append(spec.conds, involves(c, "%[1]s", actor))
		}
	case actor != "":
		pa, a := resolve(c, actor)
		spec.pre, spec.bound = pa, []string{a}
		spec.match = "(" + a + ")<-[:SOURCE|TARGET]-(%[1]s:Event)"
		if spec.desc && !c.slowPaths {
			spec.from, spec.fromWhere = latestSeek(a), true
		}
		decode = func(d decoder) rootDecoder { return needsActors([]string{actor}, d) }
	default:
		spec.match = "(%[1]s:Event)"
		decode = singleRow
	}
	q, dec, err := c.connection(spec, sel)
	if err != nil {
		return "", nil, err
	}
	return q, decode(dec), nil
}

// needsActors decodes a root about actors named by arguments: zero rows
// means one of them does not exist.
func needsActors(keys []string, dec decoder) rootDecoder {
	return func(_ Selection, rows []any) (any, error) {
		if len(rows) == 0 {
			return nil, notFound("actor", keys...)
		}
		return dec(rows[0]), nil
	}
}

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
