package graph

import (
	"context"
	"fmt"
	"time"
)

// ExportNode is an actor as a row of an export (kg export).
type ExportNode struct {
	ID, Name, Kind, Country, Wikidata string
	Aliases                           []string
	Mentions                          int64
}

// ExportEdge is a stance as a row of an export: a relation between two
// actors with its totals over the period exported.
type ExportEdge struct {
	ID, Source, Target, Relation, Kind string
	Evidence                           int64   // pieces of counted evidence in the period
	Strength                           float64 // noisy-or of their confidences
	FirstSeen, LastSeen                string  // ISO days; empty when undated
}

// ExportPeriod bounds an export by the publication day of the evidence:
// since and until, and asOf (what the graph knew on that day), each
// optional. With none, the whole graph: every actor, every stance.
type ExportPeriod struct {
	Since, Until, AsOf *time.Time
}

func (p ExportPeriod) bounded() bool { return p.Since != nil || p.Until != nil || p.AsOf != nil }

func (p ExportPeriod) params() (map[string]any, error) {
	if p.Since != nil && p.Until != nil && p.Since.After(*p.Until) {
		return nil, badInput("since (%s) is after until (%s)", p.Since.Format("2006-01-02"), p.Until.Format("2006-01-02"))
	}
	return map[string]any{"since": dateParam(p.Since), "until": dateParam(asOfBound(p.Until, p.AsOf))}, nil
}

// exportNodes pages actors by ID. In a bounded period only actors with a
// stance that has counted evidence in it are exported, the endpoints of
// the edges exportEdges yields.
var exportNodes = `MATCH (a:Actor) WHERE a.id > $after
  AND ($all OR EXISTS { MATCH (a)<-[:FROM|TO]-(s:Stance) WHERE ` + stanceBetween("s", "$since", "$until") + ` })
WITH a ORDER BY a.id LIMIT $page
RETURN a.id AS id, a.name AS name, a.kind AS kind, coalesce(a.country, '') AS country, coalesce(a.wikidata, '') AS wikidata,
       coalesce(a.aliases, []) AS aliases, COUNT { (a)<-[:MENTIONS]-() } AS mentions`

// exportEdges pages stances by ID, with their totals over the period from
// the per-day totals (stanceTotals); a page may hold stances with nothing
// in the period, which the caller skips, so it also returns the last ID
// read.
var exportEdges = func() string {
	q, n, first, last := periodTotals("s", "ix", "$since", "$until")
	return `MATCH (s:Stance) WHERE s.id > $after
WITH s ORDER BY s.id LIMIT $page
WITH s, ` + periodDays("s", "$since", "$until") + ` AS ix
RETURN s.id AS id, s.source AS source, s.target AS target, s.relation AS relation, s.kind AS kind,
       ` + q + ` AS q, ` + n + ` AS n, ` + first + ` AS first, ` + last + ` AS last`
}()

// ExportNodes calls fn with every actor of the period, in ID order, reading
// page actors per statement: memory stays flat however large the graph.
func (s *Store) ExportNodes(ctx context.Context, p ExportPeriod, page int, fn func(ExportNode) error) error {
	params, err := p.params()
	if err != nil {
		return err
	}
	params["all"], params["page"], params["after"] = !p.bounded(), max(page, 1), ""
	for {
		recs, err := s.read(ctx, exportNodes, params)
		if err != nil {
			return fmt.Errorf("export actors after %q: %w", params["after"], err)
		}
		for _, r := range recs {
			m := r.AsMap()
			n := ExportNode{ID: str(m["id"]), Name: str(m["name"]), Kind: str(m["kind"]), Country: str(m["country"]), Wikidata: str(m["wikidata"])}
			if l, ok := m["aliases"].([]any); ok {
				for _, x := range l {
					n.Aliases = append(n.Aliases, str(x))
				}
			}
			n.Mentions, _ = m["mentions"].(int64)
			if err := fn(n); err != nil {
				return err
			}
			params["after"] = n.ID
		}
		if len(recs) < page {
			return nil
		}
	}
}

// ExportEdges calls fn with every stance that has counted evidence in the
// period (every stance when it is unbounded), in ID order, page stances per
// statement.
func (s *Store) ExportEdges(ctx context.Context, p ExportPeriod, page int, fn func(ExportEdge) error) error {
	params, err := p.params()
	if err != nil {
		return err
	}
	params["page"], params["after"] = max(page, 1), ""
	for {
		recs, err := s.read(ctx, exportEdges, params)
		if err != nil {
			return fmt.Errorf("export stances after %q: %w", params["after"], err)
		}
		for _, r := range recs {
			m := r.AsMap()
			params["after"] = str(m["id"])
			n, _ := m["n"].(int64)
			if n == 0 && p.bounded() {
				continue
			}
			q, _ := m["q"].(float64)
			e := ExportEdge{ID: str(m["id"]), Source: str(m["source"]), Target: str(m["target"]), Relation: str(m["relation"]),
				Kind: str(m["kind"]), Evidence: n, Strength: 1 - q, FirstSeen: day(m["first"]), LastSeen: day(m["last"])}
			if err := fn(e); err != nil {
				return err
			}
		}
		if len(recs) < page {
			return nil
		}
	}
}

// ExportCounts is how many actors and stances the graph holds: the upper
// bounds a progress bar shows.
func (s *Store) ExportCounts(ctx context.Context) (actors, stances int64, err error) {
	recs, err := s.read(ctx, "RETURN COUNT { (:Actor) } AS a, COUNT { (:Stance) } AS s", nil)
	if err != nil || len(recs) == 0 {
		return 0, 0, err
	}
	m := recs[0].AsMap()
	actors, _ = m["a"].(int64)
	stances, _ = m["s"].(int64)
	return actors, stances, nil
}

func day(v any) string {
	if d, ok := plain(v).(Date); ok {
		return d.String()
	}
	return ""
}
