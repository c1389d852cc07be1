// Package loader reads facts documents (and, through an Extractor, raw
// articles) from files, directories and stdin, and writes each article to the
// graph in one transaction. A bad document is rejected whole, with the file,
// document and field that are wrong, and the others still load; loading the
// same input twice leaves the graph as it was.
//
// It must not contain Cypher or know about HTTP: it maps facts documents onto
// the graph package's types and calls its Writer.
package loader

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/geokg/kg/graph"
	"github.com/geokg/kg/loader/facts"
)

// Writer stores one article's facts atomically. *graph.Store implements it.
type Writer interface {
	WriteArticle(ctx context.Context, f graph.ArticleFacts) (graph.WriteResult, error)
}

// BulkWriter writes many articles in one transaction, leaving the graph
// WriteArticle leaves for each in turn. *graph.Store implements it.
type BulkWriter interface {
	BulkWrite(ctx context.Context, b graph.BulkBatch) (graph.BulkResult, error)
}

// Extractor turns raw articles (text, Markdown, HTML, JSON Lines of
// {"url","text"}) into facts documents.
type Extractor interface {
	Extract(ctx context.Context, file string, r io.Reader) iter.Seq[facts.Item]
}

// Loader loads files into the graph.
type Loader struct {
	w   Writer
	v   *facts.Validator
	x   Extractor // nil: raw articles are rejected
	log *slog.Logger
	// Progress, when set, is told how many bytes of input have been read.
	Progress func(read int64)
	// Batch, above 1 when the Writer is a BulkWriter, is how many articles
	// Load writes per transaction (graph.Store.BulkWrite), instead of one
	// transaction per article. A batch that fails is written again article
	// by article, so that only a bad article is rejected. The summary then
	// counts the actors an article declares as merged, and events removed
	// from reloaded articles are not counted.
	Batch   int
	pending []pendingArticle
}

// pendingArticle is an article waiting for its batch to be written.
type pendingArticle struct {
	facts    graph.ArticleFacts
	where    string
	warnings []string
	fused    int
}

// New returns a Loader writing to w. x may be nil, in which case only facts
// documents are accepted.
func New(w Writer, v *facts.Validator, x Extractor, log *slog.Logger) *Loader {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Loader{w: w, v: v, x: x, log: log}
}

// Rejection is a document or file that was not loaded, and why.
type Rejection struct {
	Where string // "file: document N (line L)", or the file
	Err   error
}

// Summary is what a load did.
type Summary struct {
	Files                       int
	Articles                    int // loaded
	ArticlesCreated             int
	ActorsCreated, ActorsMerged int
	EventsCreated, EventsMerged int
	EventsRemoved               int
	// EventsFused counts events of a document that reported the same
	// happening as another event of it (loader.EventID) and were merged.
	EventsFused                    int
	StancesCreated, StancesMerged  int
	EvidenceCreated, EvidenceTotal int
	// Unchanged counts the loaded articles that were already in the graph
	// and gained, lost or created nothing (an identical reload).
	Unchanged int
	Rejected  []Rejection
	// Warnings are what loaded documents say was left out of them
	// (facts.Document.Warnings: an extractor cap was reached), one per
	// warning; Warned counts the documents.
	Warnings []Warning
	Warned   int
	// Stopped is why the load ended before the last input (the context was
	// cancelled, Neo4j became unreachable); empty when every input was read.
	Stopped string
}

// Warning is a loaded document that says what was left out of it.
type Warning struct {
	Where string
	Msg   string
}

func (s *Summary) add(r graph.WriteResult) {
	s.Articles++
	if r.ArticleCreated {
		s.ArticlesCreated++
	} else if r.ActorsCreated+r.EventsCreated+r.EventsRemoved+r.StancesCreated+r.EvidenceCreated == 0 {
		s.Unchanged++
	}
	s.ActorsCreated += r.ActorsCreated
	s.ActorsMerged += r.ActorsMerged
	s.EventsCreated += r.EventsCreated
	s.EventsMerged += r.EventsMerged
	s.EventsRemoved += r.EventsRemoved
	s.StancesCreated += r.StancesCreated
	s.StancesMerged += r.StancesMerged
	s.EvidenceCreated += r.EvidenceCreated
	s.EvidenceTotal += r.EvidenceTotal
}

// String is the human summary printed at the end of a load.
func (s Summary) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "files %d; articles %d loaded (%d new, %d updated, %d unchanged), %d with warnings, %d rejected\n",
		s.Files, s.Articles, s.ArticlesCreated, s.Articles-s.ArticlesCreated-s.Unchanged, s.Unchanged, s.Warned, len(s.Rejected))
	fmt.Fprintf(&b, "actors %d created, %d merged; events %d created, %d merged, %d removed; "+
		"stances %d created, %d merged; evidence %d written (%d new)\n",
		s.ActorsCreated, s.ActorsMerged, s.EventsCreated, s.EventsMerged, s.EventsRemoved,
		s.StancesCreated, s.StancesMerged, s.EvidenceTotal, s.EvidenceCreated)
	for _, w := range s.Warnings {
		fmt.Fprintf(&b, "warning: %s: %s\n", w.Where, w.Msg)
	}
	if s.EventsFused > 0 {
		fmt.Fprintf(&b, "%d event(s) merged into another event of the same document (same source, CAMEO code, target, status and date)\n", s.EventsFused)
	}
	for _, r := range s.Rejected {
		fmt.Fprintf(&b, "rejected: %v\n", r.Err)
	}
	if s.Stopped != "" {
		fmt.Fprintf(&b, "stopped: %s; the inputs after it were not read\n", s.Stopped)
	}
	return b.String()
}

// Inputs expands paths into the files to load: a directory is walked for
// .json, .jsonl, .txt, .md, .markdown, .html and .htm files, in name order;
// "-" is standard input. A path that does not exist is an error.
func Inputs(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		if p == "-" {
			out = append(out, p)
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("loader: %w", err)
		}
		if !st.IsDir() {
			out = append(out, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && path != p && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			if !d.IsDir() && loadable(path) {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("loader: walk %s: %w", p, err)
		}
		sort.Strings(found)
		out = append(out, found...)
	}
	return out, nil
}

func loadable(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".json", ".jsonl", ".ndjson", ".txt", ".md", ".markdown", ".html", ".htm":
		return true
	}
	return false
}

// Load loads every input path (see Inputs). It returns an error only when it
// cannot go on (the context is cancelled, the graph is unreachable); rejected
// documents are listed in the summary.
func (l *Loader) Load(ctx context.Context, paths []string, stdin io.Reader) (Summary, error) {
	var sum Summary
	files, err := Inputs(paths)
	if err != nil {
		return sum, err
	}
	l.pending = nil
	for _, f := range files {
		if err := l.loadFile(ctx, f, stdin, &sum); err != nil {
			sum.Stopped = err.Error()
			return sum, err
		}
	}
	if err := l.flush(ctx, &sum); err != nil {
		sum.Stopped = err.Error()
		return sum, err
	}
	return sum, nil
}

// bulk is the BulkWriter Load batches articles for, or nil.
func (l *Loader) bulk() BulkWriter {
	if l.Batch <= 1 {
		return nil
	}
	bw, _ := l.w.(BulkWriter)
	return bw
}

// flush writes the pending articles in one BulkWrite; when it fails for
// another reason than the context or Neo4j's absence, article by article.
func (l *Loader) flush(ctx context.Context, sum *Summary) error {
	batch := l.pending
	l.pending = nil
	if len(batch) == 0 {
		return nil
	}
	b := graph.BulkBatch{Articles: make([]graph.ArticleFacts, len(batch))}
	for i, p := range batch {
		b.Articles[i] = p.facts
	}
	r, err := l.bulk().BulkWrite(ctx, b)
	if err != nil {
		if ctx.Err() != nil || isUnavailable(err) {
			return fmt.Errorf("loader: %s: %w", batch[0].where, err)
		}
		l.log.Warn("a batch failed; writing its articles one by one", "first", batch[0].where, "articles", len(batch), "err", err)
		for _, p := range batch {
			if err := l.writeOne(ctx, p, sum); err != nil {
				return err
			}
		}
		return nil
	}
	sum.Articles += len(batch)
	sum.ArticlesCreated += r.ArticlesNew
	sum.Unchanged += r.ArticlesUnchanged
	sum.EventsCreated += r.EventsCreated
	sum.EventsMerged += r.EventsMerged
	sum.StancesCreated += r.StancesCreated
	sum.StancesMerged += r.StancesMerged
	sum.EvidenceTotal += r.EvidenceTotal
	sum.EvidenceCreated += r.EvidenceCreated
	for _, p := range batch {
		sum.ActorsMerged += len(p.facts.Actors)
		l.loaded(p, sum)
	}
	return nil
}

// writeOne writes one article in its own transaction.
func (l *Loader) writeOne(ctx context.Context, p pendingArticle, sum *Summary) error {
	res, err := l.w.WriteArticle(ctx, p.facts)
	if err != nil {
		if ctx.Err() != nil || isUnavailable(err) {
			return fmt.Errorf("loader: %s: %w", p.where, err)
		}
		// The transaction rolled back: nothing of this document was written.
		sum.Rejected = append(sum.Rejected, Rejection{Where: p.where, Err: fmt.Errorf("%s: %w", p.where, err)})
		return nil
	}
	sum.add(res)
	l.loaded(p, sum)
	return nil
}

// loaded records what a written document says was left out of it.
func (l *Loader) loaded(p pendingArticle, sum *Summary) {
	if len(p.warnings) > 0 {
		sum.Warned++
	}
	for _, w := range p.warnings {
		sum.Warnings = append(sum.Warnings, Warning{Where: p.where, Msg: w})
		l.log.Warn("loaded with a warning", "where", p.where, "warning", w)
	}
	sum.EventsFused += p.fused
	l.log.Debug("loaded", "where", p.where, "article", p.facts.Article.ID)
}

func (l *Loader) loadFile(ctx context.Context, file string, stdin io.Reader, sum *Summary) error {
	sum.Files++
	var r io.Reader = stdin
	if file != "-" {
		fh, err := os.Open(file)
		if err != nil {
			sum.Rejected = append(sum.Rejected, Rejection{Where: file, Err: err})
			return nil
		}
		defer fh.Close()
		r = fh
	}
	if l.Progress != nil {
		r = &countingReader{r: r, report: l.Progress}
	}
	items, err := l.items(ctx, file, r)
	if err != nil {
		sum.Rejected = append(sum.Rejected, Rejection{Where: file, Err: fmt.Errorf("%s: %w", file, err)})
		return nil
	}
	for it := range items {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("loader: %s: %w", it.Loc, err)
		}
		if it.Err != nil {
			sum.Rejected = append(sum.Rejected, Rejection{Where: it.Loc.String(), Err: it.Err})
			l.log.Warn("rejected", "where", it.Loc.String(), "err", it.Err)
			continue
		}
		// Extracted documents did not pass through the validator: they are
		// held to the same caps as facts files.
		if err := l.limits().CheckLimits(it.Doc); err != nil {
			sum.Rejected = append(sum.Rejected, Rejection{Where: it.Loc.String(), Err: &facts.DocError{Loc: it.Loc, Err: err}})
			l.log.Warn("rejected", "where", it.Loc.String(), "err", err)
			continue
		}
		af, fused := convert(it.Doc)
		p := pendingArticle{facts: af, where: it.Loc.String(), warnings: it.Doc.Warnings, fused: fused}
		if l.bulk() == nil {
			if err := l.writeOne(ctx, p, sum); err != nil {
				return err
			}
			continue
		}
		// An article must not appear twice in one batch.
		for _, q := range l.pending {
			if q.facts.Article.ID == af.Article.ID {
				if err := l.flush(ctx, sum); err != nil {
					return err
				}
				break
			}
		}
		l.pending = append(l.pending, p)
		if len(l.pending) >= l.Batch {
			if err := l.flush(ctx, sum); err != nil {
				return err
			}
		}
	}
	return nil
}

// items picks the reader for a file: facts documents are recognised by their
// "format" field, everything else goes to the extractor.
func (l *Loader) items(ctx context.Context, file string, r io.Reader) (iter.Seq[facts.Item], error) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(64 << 10)
	ext := strings.ToLower(filepath.Ext(file))
	isJSON := ext == ".json" || ext == ".jsonl" || ext == ".ndjson"
	if file == "-" {
		t := bytes.TrimLeft(head, " \t\r\n\ufeff")
		isJSON = len(t) > 0 && (t[0] == '{' || t[0] == '[')
	}
	if isJSON {
		// The "format" field may come after a long article text: read the
		// first document's keys, as far as it takes (within one document's
		// size limit), not just the first 64 KiB.
		isFacts, rr := sniffFacts(br, l.limits().MaxDocumentBytes+1)
		if isFacts {
			jsonl := ext == ".jsonl" || ext == ".ndjson" || (file == "-" && bytes.HasPrefix(bytes.TrimLeft(head, " \t\r\n\ufeff"), []byte("{")))
			return l.v.Read(rr, file, jsonl), nil
		}
		if l.x == nil {
			return nil, errors.New(`not a facts document (no "format": "kg-facts/1") and no extractor is configured for raw articles`)
		}
		return l.x.Extract(ctx, file, rr), nil
	}
	if l.x == nil {
		return nil, errors.New(`not a facts document (no "format": "kg-facts/1") and no extractor is configured for raw articles`)
	}
	return l.x.Extract(ctx, file, br), nil
}

type countingReader struct {
	r      io.Reader
	report func(int64)
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	if n > 0 {
		c.report(int64(n))
	}
	return n, err
}

func (l *Loader) limits() facts.Limits {
	if l.v == nil {
		return facts.DefaultLimits()
	}
	return l.v.Limits()
}

// Write writes one validated facts document in one transaction: the unit
// that ingestArticle and Load share.
func (l *Loader) Write(ctx context.Context, d *facts.Document) (graph.WriteResult, error) {
	if err := l.limits().CheckLimits(d); err != nil {
		return graph.WriteResult{}, err
	}
	if problems := facts.Check(d); len(problems) > 0 {
		return graph.WriteResult{}, &facts.ValidationError{Problems: problems}
	}
	return l.w.WriteArticle(ctx, Convert(d))
}
