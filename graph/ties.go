package graph

import (
	"fmt"
	"strings"
	"time"
)

// Ties: allies and adversaries, at the root (ranked from candidates read
// in index order) and nested (Actor.allies), over a period from the
// stances' per-day totals.

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
		cy := fill(`{{prelude}}  CALL ({{actor}}) {
    WITH {{actor}}, COUNT { ({{actor}})<-[:FROM|TO]-() } AS deg
    OPTIONAL CALL ({{actor}}, deg) {
      WITH {{actor}} WHERE deg > {{scanBelow}}
      {{seeks}}
      WITH {{actor}}, ids0 + ids1 + ids2 + ids3 AS ids,
           CASE WHEN bound0 > bound2 THEN bound0 ELSE bound2 END AS be, CASE WHEN bound1 > bound3 THEN bound1 ELSE bound3 END AS bd
      CALL ({{actor}}, ids) {
        UNWIND ids AS bid
        WITH DISTINCT bid
        MATCH ({{b}}:Actor {id: bid})
        CALL ({{actor}}, {{b}}) {
          MATCH ({{st}}:Stance {source: {{actor}}.id, target: {{b}}.id}) RETURN {{st}}
          UNION
          MATCH ({{st}}:Stance {source: {{b}}.id, target: {{actor}}.id}) RETURN {{st}}
        }
        {{rankCandidates}}
      }
      WITH ranked AS cand, be, bd, last(ranked) AS k
      WHERE {{first}} = 0 OR (
             (be < 0 OR 1.0 - exp(-be) < {{minStrength}} OR (size(cand) >= {{first}} AND k.explicit AND k.w > be * (1.0 + 1e-9) + 1e-9))
             AND (bd < 0 OR 1.0 - exp(-bd) < {{minStrength}} OR (size(cand) >= {{first}} AND (k.explicit OR k.w > bd * (1.0 + 1e-9) + 1e-9))))
      RETURN cand
    }
    WITH {{actor}}, cand, cand IS NOT NULL AS decided
    CALL ({{actor}}, decided) {
      WITH {{actor}} WHERE NOT decided
      MATCH ({{actor}})<-[:FROM|TO]-({{st}}:Stance)-[:FROM|TO]->({{b}}:Actor)
      {{rankAll}}
    }
    UNWIND CASE WHEN decided THEN cand ELSE ranked END AS r
    WITH r.b AS {{row}}_b, r.sts AS {{row}}_sts, r.count AS {{row}}_count, r.firstSeen AS {{row}}_firstSeen, r.lastSeen AS {{row}}_lastSeen,
         r.strength AS {{row}}_strength, r.opposing AS {{row}}_opposing, r.relations AS {{row}}_relations, r.explicit AS {{row}}_explicit,
         {{since}} AS {{row}}_since, {{until}} AS {{row}}_until
    RETURN collect({{obj}}) AS ties
  }
  RETURN ties AS v`, parts{
			"prelude":        pre,
			"actor":          a,
			"seeks":          strings.Join(seeks, "\n      "),
			"b":              b,
			"st":             st,
			"rankCandidates": rank(b, st),
			"first":          firstP,
			"minStrength":    minP,
			"rankAll":        rank(b, st),
			"row":            row,
			"since":          sinceP,
			"until":          untilP,
			"obj":            obj,
			"scanBelow":      c.param(scan),
		})
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
	return fill(`WITH {{b}}, {{st}} WHERE {{st}}.relation IN {{allRels}} AND {{b}} <> {{actor}}
      WITH {{b}}, {{st}}, {{days}} AS {{ix}}
      WITH {{b}}, {{st}}, {{st}}.relation IN {{mineRels}} AS {{mine}}, {{qExpr}} AS {{q}}, {{nExpr}} AS {{n}}, {{firstExpr}} AS {{firstDay}}, {{lastExpr}} AS {{lastDay}}, {{ix}}
      WHERE {{n}} > 0
      WITH {{b}}, {{st}}, {{mine}}, {{q}}, {{n}}, {{firstDay}}, {{lastDay}}, CASE WHEN {{q}} > 0 THEN -log({{q}}) ELSE {{weightExpr}} END AS {{w}}
      WITH {{b}}, collect(CASE WHEN {{mine}} THEN {{st}} END) AS sts,
           collect(CASE WHEN {{mine}} THEN {{q}} END) AS qs, collect(CASE WHEN NOT {{mine}} THEN {{q}} END) AS oqs,
           sum(CASE WHEN {{mine}} THEN {{w}} ELSE 0.0 END) AS w,
           sum(CASE WHEN {{mine}} THEN {{n}} ELSE 0 END) AS cnt,
           min(CASE WHEN {{mine}} THEN {{firstDay}} END) AS firstSeen, max(CASE WHEN {{mine}} THEN {{lastDay}} END) AS lastSeen
      WHERE size(sts) > 0
      WITH {{b}}, sts, cnt, firstSeen, lastSeen, round(w, 9) AS w,
           1.0 - reduce(x = 1.0, y IN qs | x * y) AS strength, 1.0 - reduce(x = 1.0, y IN oqs | x * y) AS opposing,
           any(s IN sts WHERE s.kind = 'explicit') AS explicit
      WHERE strength >= {{minStrength}} AND (explicit OR strength > opposing)
      WITH * ORDER BY explicit DESC, w DESC, {{b}}.name
      LIMIT {{first}}
      RETURN collect({b: {{b}}, sts: sts, count: cnt, firstSeen: firstSeen, lastSeen: lastSeen, w: w, strength: strength,
                      opposing: opposing, relations: [s IN sts | s.relation], explicit: explicit}) AS ranked`, parts{
		"b":           b,
		"st":          st,
		"allRels":     allRels,
		"actor":       a,
		"days":        periodDays(st, since, until),
		"ix":          ix,
		"mineRels":    mineRels,
		"mine":        mine,
		"qExpr":       qx,
		"q":           q,
		"nExpr":       nx,
		"n":           n,
		"firstExpr":   fx,
		"firstDay":    fd,
		"lastExpr":    lx,
		"lastDay":     ld,
		"weightExpr":  periodWeight(st, ix, since, until),
		"w":           w,
		"minStrength": minStrength,
		"first":       first,
	})
}

// actorTies is Actor.allies / Actor.adversaries with the same arguments as
// the root fields.
func actorTies(relations, opposite []string) fieldFunc {
	return func(c *compiler, v string, sel Selection) (string, decoder, error) {
		return tieRows(c, v, relations, opposite, sel)
	}
}

// tieArgs checks the arguments allies and adversaries take, at the root and
// nested.
func tieArgs(sel Selection) (first int, since, until *time.Time, minStrength float64, err error) {
	if first, err = argInt(sel, "first", DefaultTieCount, 0, MaxPageSize); err != nil {
		return
	}
	since, until = argDate(sel.Args, "since"), argDate(sel.Args, "until")
	if since != nil && until != nil && since.After(*until) {
		err = badInput("since (%s) is after until (%s)", since.Format("2006-01-02"), until.Format("2006-01-02"))
		return
	}
	// asOf bounds the publication day of the evidence, as until does here:
	// what the graph knew then is the evidence of articles published by then.
	until = asOfBound(until, argDate(sel.Args, "asOf"))
	minStrength = argFloat(sel, "minStrength", 0)
	if minStrength < 0 || minStrength > 1 {
		err = badInput("minStrength must be between 0 and 1, got %g", minStrength)
	}
	return
}

// tieRows is the COLLECT subquery behind allies and adversaries of the
// actor in variable a: one row per other actor, with the stances and the
// evidence of the period, strongest first. Strength is the noisy-or of the
// evidence confidences, 1 - Π(1 - c), read from the stances' per-day totals
// (stanceTotals); related-article evidence never counts.
//
// A tie stated in so many words (an explicit stance) always counts. A tie
// derived from reported events counts only when it outweighs the opposite
// tie between the same two actors in the period: a mutineer who signs a deal
// with the government he rebelled against is not its ally.
//
// Ties are ranked as rootTies ranks them: explicit first, then by weight
// over the period, then by name. The root fields compute the same rows
// with aggregation (rootTies); here,
// inside a map literal, Neo4j 5.26 accepts no aggregation functions, so the
// other actors are DISTINCT rows and each one's stances a nested COLLECT.
func tieRows(c *compiler, a string, relations, opposite []string, sel Selection) (string, decoder, error) {
	first, since, until, minStrength, err := tieArgs(sel)
	if err != nil {
		return "", nil, err
	}
	row := c.fresh("row")
	obj, dec, err := c.object(allyType, row, sel.Fields)
	if err != nil {
		return "", nil, err
	}
	st, b, s2, p, t := c.fresh("st"), c.fresh("b"), c.fresh("st"), c.fresh("p"), c.fresh("t")
	rels, sinceP, untilP := c.param(relations), c.param(dateParam(since)), c.param(dateParam(until))
	q, n, firstDay, lastDay := periodTotals(p+".s", p+".ix", sinceP, untilP)
	cy := fill(`COLLECT {
    MATCH ({{actor}})<-[:FROM|TO]-({{st}}:Stance)-[:FROM|TO]->({{b}}:Actor)
    WHERE {{st}}.relation IN {{allRels}} AND {{b}} <> {{actor}}
    WITH DISTINCT {{b}}
    WITH {{b}}, [{{s2}} IN COLLECT { MATCH ({{actor}})<-[:FROM|TO]-({{s2}}:Stance)-[:FROM|TO]->({{b}}) WHERE {{s2}}.relation IN {{allRels}} RETURN DISTINCT {{s2}} }
                 | {s: {{s2}}, ix: {{days}}}] AS ps
    WITH {{b}}, [{{p}} IN ps | {s: {{p}}.s, ix: {{p}}.ix, mine: {{p}}.s.relation IN {{mineRels}}, q: {{q}}, n: {{n}}, first: {{firstDay}}, last: {{lastDay}}}] AS ts
    WITH {{b}}, [{{t}} IN ts | {{t}} {.*, w: CASE WHEN {{t}}.q > 0 THEN -log({{t}}.q) ELSE {{weight}} END}] AS ts
    WITH {{b}}, [{{t}} IN ts WHERE {{t}}.mine AND {{t}}.n > 0] AS mine, [{{t}} IN ts WHERE NOT {{t}}.mine AND {{t}}.n > 0] AS opp
    WHERE size(mine) > 0
    WITH {{b}} AS {{row}}_b, [{{t}} IN mine | {{t}}.s] AS {{row}}_sts,
         reduce(k = 0, {{t}} IN mine | k + {{t}}.n) AS {{row}}_count,
         reduce(m = null, {{t}} IN mine | CASE WHEN m IS NULL OR {{t}}.first < m THEN {{t}}.first ELSE m END) AS {{row}}_firstSeen,
         reduce(m = null, {{t}} IN mine | CASE WHEN m IS NULL OR {{t}}.last > m THEN {{t}}.last ELSE m END) AS {{row}}_lastSeen,
         1.0 - reduce(x = 1.0, {{t}} IN mine | x * {{t}}.q) AS {{row}}_strength,
         1.0 - reduce(x = 1.0, {{t}} IN opp | x * {{t}}.q) AS {{row}}_opposing,
         [{{t}} IN mine | {{t}}.s.relation] AS {{row}}_relations,
         any({{t}} IN mine WHERE {{t}}.s.kind = 'explicit') AS {{row}}_explicit,
         round(reduce(x = 0.0, {{t}} IN mine | x + {{t}}.w), 9) AS {{row}}_w,
         {{since}} AS {{row}}_since, {{until}} AS {{row}}_until
    WHERE {{row}}_strength >= {{minStrength}} AND ({{row}}_explicit OR {{row}}_strength > {{row}}_opposing)
    WITH * ORDER BY {{row}}_explicit DESC, {{row}}_w DESC, {{row}}_b.name
    LIMIT {{first}}
    RETURN {{obj}}
  }`, parts{
		"actor":       a,
		"st":          st,
		"b":           b,
		"allRels":     c.param(append(append([]string{}, relations...), opposite...)),
		"s2":          s2,
		"days":        periodDays(s2, sinceP, untilP),
		"p":           p,
		"mineRels":    rels,
		"q":           q,
		"n":           n,
		"firstDay":    firstDay,
		"lastDay":     lastDay,
		"t":           t,
		"row":         row,
		"since":       sinceP,
		"until":       untilP,
		"minStrength": c.param(minStrength),
		"first":       c.param(first),
		"obj":         obj,
		"weight":      periodWeight(t+".s", t+".ix", sinceP, untilP),
	})
	return cy, listDecoder(dec), nil
}

// periodDays is the list of indexes of stance st's days (stanceTotals) that
// fall in the period between the date expressions since and until, either
// of which may be null.
func periodDays(st, since, until string) string {
	return fmt.Sprintf("[i IN range(0, size(coalesce(%[1]s.days, [])) - 1) WHERE (%[2]s IS NULL OR %[1]s.days[i] >= %[2]s) AND (%[3]s IS NULL OR %[1]s.days[i] <= %[3]s)]",
		st, since, until)
}

// periodTotals are stance st's totals over the days ix (periodDays): the
// product of (1 - c), the number of pieces of evidence, the first and the
// last day. Evidence without a date counts only when the period is
// unbounded, as a date filter on the evidence itself would have it.
func periodTotals(st, ix, since, until string) (q, n, first, last string) {
	all := fmt.Sprintf("(%s IS NULL AND %s IS NULL)", since, until)
	q = fmt.Sprintf("reduce(x = CASE WHEN %[3]s THEN coalesce(%[1]s.undatedQ, 1.0) ELSE 1.0 END, i IN %[2]s | x * %[1]s.dayQ[i])", st, ix, all)
	n = fmt.Sprintf("reduce(k = CASE WHEN %[3]s THEN coalesce(%[1]s.undatedN, 0) ELSE 0 END, i IN %[2]s | k + %[1]s.dayN[i])", st, ix, all)
	first = fmt.Sprintf("%s.days[head(%s)]", st, ix)
	last = fmt.Sprintf("%s.days[last(%s)]", st, ix)
	return q, n, first, last
}

// periodWeight is stance st's weight over the days ix (periodDays),
// Σ −log(1 − c), for when the product of periodTotals has rounded to zero:
// the sum of the days' −log(dayQ). Ranking by weight keeps ties with much
// evidence apart after their strength has rounded to 1.
func periodWeight(st, ix, since, until string) string {
	all := fmt.Sprintf("(%s IS NULL AND %s IS NULL)", since, until)
	return fmt.Sprintf("reduce(x = CASE WHEN %[3]s THEN -log(coalesce(%[1]s.undatedQ, 1.0)) ELSE 0.0 END, i IN %[2]s | x - log(%[1]s.dayQ[i]))", st, ix, all)
}

// tieEvidence is the pattern of the counted evidence of tie row v (tieRows,
// rootTies) in its period, binding x; s is a fresh variable.
func tieEvidence(v, s, x string) string {
	return fmt.Sprintf(`UNWIND %[1]s_sts AS %[2]s MATCH (%[2]s)-[:SUPPORTED_BY]->(%[3]s:Evidence)
      WHERE NOT coalesce(%[3]s.related, false) AND (%[1]s_since IS NULL OR %[3]s.date >= %[1]s_since) AND (%[1]s_until IS NULL OR %[3]s.date <= %[1]s_until)`,
		v, s, x)
}

// asOfBound is the last day of a period over evidence dates (until) once
// the request asks what the graph knew as of a day: the earlier of the two.
func asOfBound(until, asOf *time.Time) *time.Time {
	if asOf != nil && (until == nil || asOf.Before(*until)) {
		return asOf
	}
	return until
}
