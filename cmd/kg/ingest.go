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
	x *extract.Extractor
	l *loader.Loader
}

func (g ingester) Ingest(ctx context.Context, in schema.ArticleInput) (schema.IngestResult, error) {
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
	for _, ac := range doc.Actors {
		res.Actors = append(res.Actors, ac.ID)
	}
	return res, nil
}
