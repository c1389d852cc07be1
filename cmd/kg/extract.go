package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/geokg/kg/loader"
	"github.com/geokg/kg/loader/extract"
)

// newExtractor builds the extractor for raw articles, with the extra
// gazetteer files of the configuration.
func newExtractor(c Config) (loader.Extractor, error) {
	x, err := extract.New(extract.Options{Gazetteers: c.Gazetteers, Limits: c.Caps.Article, Published: c.Published})
	if err != nil {
		return nil, err
	}
	return x, nil
}

// runExtract is kg extract [--pretty] [--explain] [--gazetteer FILE] FILE...:
// it prints the facts document of every article read from the files,
// directories or standard input ("-"), one JSON document per line (indented
// with --pretty, or as a human-readable account with --explain). Bad inputs
// are reported on stderr with file, document and line; the good ones are
// still printed and the exit status is non-zero at the end.
func runExtract(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var c Config
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: kg extract [flags] FILE|DIR|- ...\n\nReads raw articles (.txt, .md with optional front matter, .html, .jsonl/.json batches of\n{\"url\",\"text\",\"title\",\"published\",\"lang\"}) and prints one facts document (kg-facts/1) per article.\nExit status 1 when any article was rejected; the others are still printed.\n\nFlags:")
		fs.PrintDefaults()
	}
	c.gazetteerFlag(fs)
	c.Caps.articleFlags(fs)
	c.publishedFlag(fs)
	pretty := fs.Bool("pretty", false, "indent the JSON output")
	explain := fs.Bool("explain", false, "print, for every fact, the sentence, the matched words and the rule instead of JSON")
	lang := fs.String("lang", "", "language of articles that do not say (id or en); detected when empty")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{"no input: name files, directories or - for stdin"}
	}
	files, err := loader.Inputs(fs.Args())
	if err != nil {
		return err
	}
	opts := extract.Options{Gazetteers: c.Gazetteers, DefaultLang: *lang, Limits: c.Caps.Article, Published: c.Published}
	x, err := extract.New(opts)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	if *pretty {
		enc.SetIndent("", "  ")
	}
	var docs, bad int
	for _, file := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		var r io.Reader = os.Stdin
		if file != "-" {
			f, err := os.Open(file)
			if err != nil {
				fmt.Fprintf(stderr, "kg extract: %v\n", err)
				bad++
				continue
			}
			r = f
			defer f.Close()
		}
		for it := range x.Extract(ctx, file, r) {
			if it.Err != nil {
				bad++
				fmt.Fprintf(stderr, "kg extract: %v\n", it.Err)
				continue
			}
			docs++
			for _, w := range it.Doc.Warnings {
				fmt.Fprintf(stderr, "kg extract: warning: %s: %s\n", it.Loc, w)
			}
			if *explain {
				if err := extract.Explain(stdout, it.Doc); err != nil {
					return err
				}
				fmt.Fprintln(stdout)
				continue
			}
			if err := enc.Encode(it.Doc); err != nil {
				return fmt.Errorf("kg extract: write: %w", err)
			}
		}
	}
	if bad > 0 {
		return fmt.Errorf("%d input(s) rejected, %d document(s) extracted", bad, docs)
	}
	return nil
}
