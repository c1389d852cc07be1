package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/geokg/kg/loader"
	"github.com/geokg/kg/loader/extract"
	"github.com/geokg/kg/schema"
)

// ingester runs the extractor and the loader for ingestArticle: the article
// is extracted, validated and written in one transaction.
type ingester struct {
	x        *extract.Extractor
	l        *loader.Loader
	maxBytes int // the text of one article (0: defaultMaxIngestBytes)
}

func (g ingester) Ingest(ctx context.Context, in schema.ArticleInput) (schema.IngestResult, error) {
	max := g.maxBytes
	if max <= 0 {
		max = defaultMaxIngestBytes
	}
	if len(in.Text) > max {
		// Refused before any work: the extractor's memory grows with the text.
		return schema.IngestResult{}, &schema.Error{Code: "BAD_USER_INPUT", Message: fmt.Sprintf(
			"article rejected: its text is %d bytes, more than the cap of %d bytes for ingestArticle (kg serve --max-ingest-bytes); load larger articles with kg load", len(in.Text), max)}
	}
	a := extract.Input{Text: in.Text, URL: in.URL, Title: in.Title, Source: in.Source, Lang: in.Language, Format: in.Format}
	if in.Published != nil {
		a.Published = in.Published.Format("2006-01-02")
	}
	doc, err := g.x.Article(ctx, a)
	if err != nil {
		if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
			return schema.IngestResult{}, err
		}
		// What the extractor rejects is the caller's input.
		return schema.IngestResult{}, &schema.Error{Code: "BAD_USER_INPUT", Message: fmt.Sprintf("article rejected: %v", err)}
	}
	w, err := g.l.Write(ctx, doc)
	if err != nil {
		return schema.IngestResult{}, err
	}
	res := schema.IngestResult{ArticleID: doc.Article.ID(), Events: len(doc.Events), Stances: len(doc.Stances), Write: w}
	if len(doc.Warnings) > 0 {
		res.Warnings = doc.Warnings
	}
	for _, ac := range doc.Actors {
		res.Actors = append(res.Actors, ac.ID)
	}
	return res, nil
}
