package loader

import (
	"errors"
	"strconv"
	"time"

	"github.com/geokg/kg/graph"
	"github.com/geokg/kg/loader/facts"
)

// Convert maps a validated facts document onto the graph model, computing
// the stable identifiers: events by the happening they report (EventID),
// stances by (source, relation, kind, target), evidence by (fact, article,
// offsets).
func Convert(d *facts.Document) graph.ArticleFacts {
	f, _ := convert(d)
	return f
}

// EventID is the identity of the happening an event reports: its source,
// CAMEO code, target, status and date. Two articles that report the same
// happening yield the same ID, and the graph keeps one Event with evidence
// from each (graph/README.md, "One event per happening"). The date is
// compared as written, at its own precision: a day fuses with the same day,
// a month with the same month. An event without a date is never fused with
// another article's: its article is part of its identity.
//
// Sectors are not part of it ("Russian troops attacked" and "Russia
// attacked" are one happening), except for an act inside one actor (source
// == target, which the facts contract allows only with two different
// sectors): there the sectors say who acted on whom, and ISR/JUD → ISR/GOV
// ("prosecutors indicted the prime minister") must not fuse with ISR/GOV →
// ISR/JUD. Events between two actors keep the IDs they always had.
func EventID(e facts.Event, articleID string) string {
	src, tgt := e.Source, e.Target
	if src != "" && src == tgt {
		src, tgt = src+"/"+e.SourceSector, tgt+"/"+e.TargetSector
	}
	if e.Date == "" {
		return facts.Hash("happening", src, e.Cameo, tgt, e.Status, "", articleID)
	}
	return facts.Hash("happening", src, e.Cameo, tgt, e.Status, e.Date)
}

// convert is Convert, also counting the events of the document that report
// the same happening as an earlier one of it and were merged into it (their
// evidence joined).
func convert(d *facts.Document) (graph.ArticleFacts, int) {
	fused := 0
	aid := d.Article.ID()
	extractor := d.Extractor.String()
	out := graph.ArticleFacts{Article: graph.Article{
		ID: aid, URL: d.Article.URL, Title: d.Article.Title, Source: d.Article.Source,
		Language: d.Article.Language, Dateline: d.Article.Dateline, Extractor: extractor,
		Published: day(d.Article.Published),
	}}
	evidence := func(fact string, ev []facts.Evidence) []graph.Evidence {
		out := make([]graph.Evidence, 0, len(ev))
		for _, e := range ev {
			out = append(out, graph.Evidence{
				ID:       facts.Hash("evidence", fact, aid, strconv.Itoa(e.Start), strconv.Itoa(e.End)),
				Sentence: e.Sentence, Start: e.Start, End: e.End, Extractor: extractor,
				Confidence: e.Confidence, Rule: e.Rule, Matched: e.Matched, Related: e.Related,
			})
		}
		return out
	}
	for _, a := range d.Actors {
		ga := graph.Actor{ID: a.ID, Name: a.Name, Kind: a.Kind, Country: a.Country, Wikidata: a.Wikidata, Aliases: a.Aliases}
		for _, r := range a.Roles {
			ga.Roles = append(ga.Roles, graph.Role{Title: r.Title, Of: r.Of, Start: r.Start, End: r.End})
		}
		out.Actors = append(out.Actors, ga)
		for _, m := range evidence("mention:"+a.ID, a.Mentions) {
			out.Mentions = append(out.Mentions, graph.Mention{Actor: a.ID, Evidence: m})
		}
	}
	byID := map[string]int{}
	for _, e := range d.Events {
		id := EventID(e, aid)
		if i, ok := byID[id]; ok {
			// The same happening twice in one article: one event, the
			// evidence of both, the higher confidence, the sectors known.
			fused++
			g := &out.Events[i]
			seen := map[string]bool{}
			for _, x := range g.Evidence {
				seen[x.ID] = true
			}
			for _, x := range evidence(id, e.Evidence) {
				if !seen[x.ID] {
					seen[x.ID] = true
					g.Evidence = append(g.Evidence, x)
				}
			}
			g.Confidence = max(g.Confidence, e.Confidence)
			if g.SourceSector == "" {
				g.SourceSector = e.SourceSector
			}
			if g.TargetSector == "" {
				g.TargetSector = e.TargetSector
			}
			continue
		}
		byID[id] = len(out.Events)
		out.Events = append(out.Events, graph.Event{
			ID: id, Type: e.Type, Cameo: e.Cameo, Root: e.Root(), QuadClass: e.QuadClass,
			Goldstein: e.Goldstein, Plover: e.Plover, Source: e.Source, Target: e.Target,
			SourceSector: e.SourceSector, TargetSector: e.TargetSector,
			Date: e.Date, Day: day(e.Date), Status: e.Status, Confidence: e.Confidence,
			Evidence: evidence(id, e.Evidence),
		})
	}
	for _, s := range d.Stances {
		id := s.ID()
		out.Stances = append(out.Stances, graph.Stance{
			ID: id, Source: s.Source, Target: s.Target, Relation: s.Relation, Kind: s.Kind,
			Evidence: evidence(id, s.Evidence),
		})
	}
	return out, fused
}

func day(s string) *time.Time {
	if s == "" {
		return nil
	}
	t, err := facts.ParseDate(s)
	if err != nil {
		return nil // validated documents never get here
	}
	d := t
	return &d
}

// isUnavailable reports whether err means Neo4j cannot be reached at all, so
// that going on with the next document is pointless.
func isUnavailable(err error) bool {
	return errors.Is(err, graph.ErrUnavailable)
}
