package graph_test

import (
	"context"
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/geokg/kg/graph"
	"github.com/geokg/kg/graph/graphtest"
)

// checkTotals compares every stance's stored per-day totals with totals
// computed here from its evidence, and returns how many stances have more
// than one day and how many have undated evidence, so that a test can tell
// it checked something.
func checkTotals(t *testing.T, st *graph.Store, when string) (multiDay, undated int) {
	t.Helper()
	ctx := context.Background()
	res, err := neo4j.ExecuteQuery(ctx, graph.Driver(st), `
MATCH (st:Stance)
RETURN st.id AS id, st.days AS days, st.dayQ AS dayQ, st.dayN AS dayN, st.undatedQ AS undatedQ, st.undatedN AS undatedN,
       st.allW AS allW, st.allN AS allN, st.tie AS tie, st.tieW AS tieW, st.tieEx AS tieEx,
       st.source AS source, st.target AS target, st.relation AS relation, st.kind AS kind,
       [(st)-[:SUPPORTED_BY]->(x:Evidence) | {date: x.date, c: x.confidence, related: coalesce(x.related, false)}] AS evs`,
		nil, neo4j.EagerResultTransformer)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Records) == 0 {
		t.Fatalf("%s: no stances", when)
	}
	// The pair ranks (tieW, tieEx): per unordered pair and tie class, the
	// weight of all the evidence and whether an explicit stance has some.
	type pairKey struct{ a, b, tie string }
	pairW, pairEx := map[pairKey]float64{}, map[pairKey]bool{}
	keyOf := func(m map[string]any) pairKey {
		a, b := m["source"].(string), m["target"].(string)
		if b < a {
			a, b = b, a
		}
		return pairKey{a, b, graph.TieClass(m["relation"].(string))}
	}
	for _, r := range res.Records {
		m := r.AsMap()
		k := keyOf(m)
		w, n := 0.0, 0
		for _, e := range m["evs"].([]any) {
			if x := e.(map[string]any); !x["related"].(bool) {
				w, n = w-math.Log(1-x["c"].(float64)), n+1
			}
		}
		pairW[k] += w
		pairEx[k] = pairEx[k] || (m["kind"] == "explicit" && n > 0)
		if gw, _ := m["allW"].(float64); math.Abs(gw-w) > 1e-9*(1+w) || m["allN"] != int64(n) {
			t.Errorf("%s: stance %v: all-time weight %v count %v, want %v %v", when, m["id"], m["allW"], m["allN"], w, n)
		}
		if m["tie"] != k.tie {
			t.Errorf("%s: stance %v (%v): tie class %v, want %v", when, m["id"], m["relation"], m["tie"], k.tie)
		}
	}
	for _, r := range res.Records {
		m := r.AsMap()
		k := keyOf(m)
		if gw, _ := m["tieW"].(float64); math.Abs(gw-pairW[k]) > 1e-9*(1+pairW[k]) || m["tieEx"] != pairEx[k] {
			t.Errorf("%s: stance %v of pair %v: tieW %v tieEx %v, want %v %v", when, m["id"], k, m["tieW"], m["tieEx"], pairW[k], pairEx[k])
		}
	}
	for _, r := range res.Records {
		m := r.AsMap()
		q, n := map[string]float64{}, map[string]int64{}
		uq, un := 1.0, int64(0)
		for _, e := range m["evs"].([]any) {
			x := e.(map[string]any)
			if x["related"].(bool) {
				continue
			}
			c := x["c"].(float64)
			d, ok := x["date"].(dbtype.Date)
			if !ok {
				uq, un = uq*(1-c), un+1
				continue
			}
			k := d.Time().Format("2006-01-02")
			if _, seen := q[k]; !seen {
				q[k] = 1
			}
			q[k], n[k] = q[k]*(1-c), n[k]+1
		}
		wantDays := make([]string, 0, len(q))
		for k := range q {
			wantDays = append(wantDays, k)
		}
		slices.Sort(wantDays)
		var gotDays []string
		days, _ := m["days"].([]any)
		for _, d := range days {
			gotDays = append(gotDays, d.(dbtype.Date).Time().Format("2006-01-02"))
		}
		id := m["id"]
		if !slices.Equal(gotDays, wantDays) && !(len(gotDays) == 0 && len(wantDays) == 0) {
			t.Errorf("%s: stance %v: days %v, want %v", when, id, gotDays, wantDays)
			continue
		}
		dayQ, _ := m["dayQ"].([]any)
		dayN, _ := m["dayN"].([]any)
		if len(dayQ) != len(wantDays) || len(dayN) != len(wantDays) {
			t.Errorf("%s: stance %v: %d day products and %d counts for %d days", when, id, len(dayQ), len(dayN), len(wantDays))
			continue
		}
		for i, k := range wantDays {
			if math.Abs(dayQ[i].(float64)-q[k]) > 1e-12 || dayN[i].(int64) != n[k] {
				t.Errorf("%s: stance %v, %s: product %v count %v, want %v %v", when, id, k, dayQ[i], dayN[i], q[k], n[k])
			}
		}
		gq, _ := m["undatedQ"].(float64)
		gn, _ := m["undatedN"].(int64)
		if math.Abs(gq-uq) > 1e-12 || gn != un {
			t.Errorf("%s: stance %v: undated product %v count %v, want %v %v", when, id, m["undatedQ"], m["undatedN"], uq, un)
		}
		if len(wantDays) > 1 {
			multiDay++
		}
		if un > 0 {
			undated++
		}
	}
	return multiDay, undated
}

// TestStanceTotalsFollowTheEvidence: the per-day totals and the pair ranks
// that allies and adversaries read stay equal to what the evidence says through every kind
// of write — bulk loads, single articles, re-loads that drop evidence,
// deletions — and Migrate computes them for stances written without them.
func TestStanceTotalsFollowTheEvidence(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	g, articles := generated(t, 600)
	if _, err := st.BulkWrite(ctx, graph.BulkBatch{Actors: g.Actors(), Articles: articles}); err != nil {
		t.Fatal(err)
	}
	if multi, _ := checkTotals(t, st, "after a bulk write"); multi == 0 {
		t.Fatal("no stance has evidence on more than one day: the generated data tests nothing")
	}

	// An undated article, then the same stance from a dated one.
	undated := sample("u1", "2023-06-25", true)
	undated.Article.Published = nil
	for _, f := range []graph.ArticleFacts{undated, sample("d1", "2023-07-01", true), sample("d2", "2023-07-01", false)} {
		if _, err := st.WriteArticle(ctx, f); err != nil {
			t.Fatal(err)
		}
	}
	if _, n := checkTotals(t, st, "after single articles"); n == 0 {
		t.Fatal("no stance has undated evidence")
	}

	// Re-load articles with half their stance evidence gone and the rest
	// less sure: the totals of the stances they touched must follow.
	var changed int
	for _, f := range articles {
		if len(f.Stances) == 0 || changed == 20 {
			continue
		}
		changed++
		f.Stances = slices.Clone(f.Stances)
		for i := range f.Stances {
			s := &f.Stances[i]
			s.Evidence = slices.Clone(s.Evidence)
			for j := range s.Evidence {
				s.Evidence[j].Confidence /= 2
			}
		}
		f.Stances = f.Stances[:len(f.Stances)/2]
		if _, err := st.WriteArticle(ctx, f); err != nil {
			t.Fatal(err)
		}
	}
	if changed < 10 {
		t.Fatalf("only %d generated articles state a stance", changed)
	}
	checkTotals(t, st, "after re-loads")

	// Delete articles that support stances.
	deleted := 0
	for _, f := range articles[len(articles)/2:] {
		if len(f.Stances) > 0 && deleted < 10 {
			if _, err := st.DeleteArticle(ctx, f.Article.ID); err != nil {
				t.Fatal(err)
			}
			deleted++
		}
	}
	if _, err := st.DeleteArticle(ctx, "d1"); err != nil {
		t.Fatal(err)
	}
	checkTotals(t, st, "after deletions")

	// A database written before the totals existed.
	if _, err := neo4j.ExecuteQuery(ctx, graph.Driver(st), `MATCH (st:Stance) REMOVE st.days, st.dayQ, st.dayN, st.undatedQ, st.undatedN, st.allW, st.allN, st.tie, st.tieW, st.tieEx`,
		nil, neo4j.EagerResultTransformer); err != nil {
		t.Fatal(err)
	}
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	checkTotals(t, st, "after Migrate")
}

// TestAlliesOverPeriodsFromTotals asks for allies over periods that start
// and end inside the days of the evidence, and compares strength, count and
// first and last day with the noisy-or of the evidence in each period.
func TestAlliesOverPeriodsFromTotals(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	confs := map[string]float64{"2021-03-01": 0.5, "2021-03-02": 0.3, "2022-01-15": 0.6, "2023-12-31": 0.2}
	for d, c := range confs {
		f := sample("p"+d, d, false)
		f.Stances[0].ID = "st-ab"
		f.Stances[0].Evidence[0].Confidence = c
		if _, err := st.WriteArticle(ctx, f); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct{ since, until string }{
		{"", ""}, {"2021-03-02", ""}, {"", "2021-03-01"}, {"2021-03-02", "2022-01-15"}, {"2022-01-16", "2023-12-30"}, {"2024-01-01", ""},
	} {
		args := map[string]any{"of": "AAA"}
		var want []string
		for d := range confs {
			if (tc.since == "" || d >= tc.since) && (tc.until == "" || d <= tc.until) {
				want = append(want, d)
			}
		}
		slices.Sort(want)
		if tc.since != "" {
			args["since"] = *day(tc.since)
		}
		if tc.until != "" {
			args["until"] = *day(tc.until)
		}
		name := fmt.Sprintf("since %q until %q", tc.since, tc.until)
		out, err := st.Query(ctx, []graph.Selection{sel("x", "allies", args, f("strength", "evidenceCount", "firstSeen", "lastSeen")...)})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		rows, _ := out["x"].([]any)
		if len(want) == 0 {
			if len(rows) != 0 {
				t.Errorf("%s: %v, want no ally", name, rows)
			}
			continue
		}
		if len(rows) != 1 {
			t.Errorf("%s: %d allies, want 1", name, len(rows))
			continue
		}
		p := 1.0
		for _, d := range want {
			p *= 1 - confs[d]
		}
		r := rows[0].(map[string]any)
		first, _ := r["firstSeen"].(graph.Date)
		last, _ := r["lastSeen"].(graph.Date)
		if math.Abs(r["strength"].(float64)-(1-p)) > 1e-12 || r["evidenceCount"] != int64(len(want)) ||
			first.String() != want[0] || last.String() != want[len(want)-1] {
			t.Errorf("%s: %v, want strength %v from %d evidence, %s … %s", name, r, 1-p, len(want), want[0], want[len(want)-1])
		}
	}
}
