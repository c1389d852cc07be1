package main

import (
	"flag"

	"github.com/geokg/kg/loader/extract"
	"github.com/geokg/kg/loader/facts"
)

// defaultMaxIngestBytes bounds the text of one ingestArticle: five times a
// long news article (~50 KB), far below what would let one request hold
// hundreds of megabytes.
const defaultMaxIngestBytes = 256 << 10

// Caps bound the work one article or one facts document may cost; they are
// part of Config. Zero values take the package defaults (extract.DefaultLimits,
// facts.DefaultLimits).
type Caps struct {
	Article        extract.Limits // what the extractor reads out of one article
	Facts          facts.Limits   // what one facts document may hold
	MaxIngestBytes int            // the text of one ingestArticle
}

// articleFlags registers the extractor's caps.
func (c *Caps) articleFlags(fs *flag.FlagSet) {
	d := extract.DefaultLimits()
	fs.IntVar(&c.Article.MaxBytes, "max-article-bytes", 0, "largest raw article (text or HTML) in bytes; larger ones are refused (0: default "+kib(d.MaxBytes)+")")
	fs.IntVar(&c.Article.MaxSentenceBytes, "max-sentence-bytes", 0, "longest sentence in bytes; longer runs are cut, with a warning (0: default "+itoa(d.MaxSentenceBytes)+")")
	fs.IntVar(&c.Article.MaxMentions, "max-mentions", 0, "most actor mentions read from one article; the rest of the article is cut, with a warning (0: default "+itoa(d.MaxMentions)+")")
	fs.IntVar(&c.Article.MaxEvidence, "max-evidence", 0, "most event and stance evidence read from one article; the rest is cut, with a warning (0: default "+itoa(d.MaxEvidence)+")")
}

// factsFlags registers the caps of facts documents.
func (c *Caps) factsFlags(fs *flag.FlagSet) {
	d := facts.DefaultLimits()
	fs.IntVar(&c.Facts.MaxDocumentBytes, "max-document-bytes", 0, "largest facts document (one JSON Lines line) in bytes; larger ones are refused (0: default "+kib(d.MaxDocumentBytes)+")")
	fs.IntVar(&c.Facts.MaxEvidence, "max-document-evidence", 0, "most evidence items (mentions, event and stance evidence) in one facts document (0: default "+itoa(d.MaxEvidence)+")")
	fs.IntVar(&c.Facts.MaxActors, "max-document-actors", 0, "most actors in one facts document (0: default "+itoa(d.MaxActors)+")")
	fs.IntVar(&c.Facts.MaxEvents, "max-document-events", 0, "most events in one facts document (0: default "+itoa(d.MaxEvents)+")")
	fs.IntVar(&c.Facts.MaxStances, "max-document-stances", 0, "most stances in one facts document (0: default "+itoa(d.MaxStances)+")")
}

// ingestFlags registers the cap of ingestArticle.
func (c *Caps) ingestFlags(fs *flag.FlagSet) {
	fs.IntVar(&c.MaxIngestBytes, "max-ingest-bytes", 0, "largest article text ingestArticle accepts, in bytes (0: default "+kib(defaultMaxIngestBytes)+")")
}

func itoa(n int) string {
	const digits = "0123456789"
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{digits[n%10]}, b...)
	}
	return string(b)
}

func kib(n int) string {
	if n%(1<<20) == 0 {
		return itoa(n>>20) + " MiB"
	}
	if n%(1<<10) == 0 {
		return itoa(n>>10) + " KiB"
	}
	return itoa(n)
}
