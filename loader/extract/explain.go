package extract

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/geokg/kg/loader/facts"
)

// Explain writes a human-readable account of a document: for every actor,
// event and stance, the sentence it comes from, the words that matched and
// the rule that fired.
func Explain(w io.Writer, doc *facts.Document) error {
	bw := bufio.NewWriter(w)
	a := doc.Article
	fmt.Fprintf(bw, "article %s (%s, %s, %s) by %s\n", a.ID(), orDash(a.Language), pubOrUnknown(a.Published), orDash(a.Source), doc.Extractor)
	if a.Dateline != "" {
		fmt.Fprintf(bw, "  dateline: %s\n", a.Dateline)
	}
	fmt.Fprintf(bw, "\nACTORS (%d)\n", len(doc.Actors))
	for _, ac := range doc.Actors {
		extra := ""
		if ac.Country != "" {
			extra = " country=" + ac.Country
		}
		for _, r := range ac.Roles {
			extra += fmt.Sprintf(" role=%s/%s", r.Title, orDash(r.Of))
		}
		fmt.Fprintf(bw, "- %s %q [%s]%s\n", ac.ID, ac.Name, ac.Kind, extra)
		for _, m := range ac.Mentions {
			explainEvidence(bw, m)
		}
	}
	fmt.Fprintf(bw, "\nEVENTS (%d)\n", len(doc.Events))
	for _, e := range doc.Events {
		tgt := e.Target
		if tgt == "" {
			tgt = "-"
		}
		src := e.Source
		if e.SourceSector != "" {
			src += "/" + e.SourceSector // "RUS/MIL": Russian troops
		}
		if e.TargetSector != "" {
			tgt += "/" + e.TargetSector
		}
		fmt.Fprintf(bw, "- %s -[%s %s q%d g%+.1f %s]-> %s  date=%s status=%s conf=%.2f\n", src, e.Cameo, e.Type, e.QuadClass, e.Goldstein, e.Plover, tgt, orDash(e.Date), e.Status, e.Confidence)
		for _, m := range e.Evidence {
			explainEvidence(bw, m)
		}
	}
	fmt.Fprintf(bw, "\nSTANCES (%d)\n", len(doc.Stances))
	for _, s := range doc.Stances {
		fmt.Fprintf(bw, "- %s -[%s, %s]-> %s  strength=%.2f\n", s.Source, s.Relation, s.Kind, s.Target, s.Strength)
		for _, m := range s.Evidence {
			explainEvidence(bw, m)
		}
	}
	return bw.Flush()
}

func explainEvidence(w io.Writer, e facts.Evidence) {
	rel := ""
	if e.Related {
		rel = " (related-article line)"
	}
	fmt.Fprintf(w, "    %q\n      bytes %d-%d  rule=%s  matched=[%s]  conf=%.2f%s\n", e.Sentence, e.Start, e.End, orDash(e.Rule), strings.Join(e.Matched, " | "), e.Confidence, rel)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// pubOrUnknown says so when an article's publication date is unknown.
func pubOrUnknown(s string) string {
	if s == "" {
		return "date unknown"
	}
	return s
}
