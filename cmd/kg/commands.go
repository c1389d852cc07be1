package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/geokg/kg/graph"
	"github.com/geokg/kg/loader"
	"github.com/geokg/kg/loader/extract"
	"github.com/geokg/kg/loader/facts"
	"github.com/geokg/kg/schema"
	"github.com/geokg/kg/server"
)

func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err.Error()}
	}
	return nil
}

func openStore(ctx context.Context, c Config) (*graph.Store, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	return graph.Open(ctx, c.Neo4j)
}

func runMigrate(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var c Config
	fs := flag.NewFlagSet("migrate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	c.neo4jFlags(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	st, err := openStore(ctx, c)
	if err != nil {
		return err
	}
	defer st.Close(context.Background())
	if err := st.Migrate(ctx); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "schema version %d: constraints and indexes are in place\n", graph.SchemaVersion)
	return nil
}

func runLoad(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var c Config
	fs := flag.NewFlagSet("load", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: kg load [flags] FILE|DIR|- ...\n\nLoads facts documents (.json, .jsonl with \"format\": \"kg-facts/1\") and raw articles\n(.txt, .md, .html, JSON Lines of {\"url\",\"text\"}), one transaction per article, or with\n--batch N, N articles per transaction (the bulk path: one existence check, then CREATE for\nwhat is not stored; same graph). Runs the migration first. Exit status 1 when any document was rejected.\n\nFlags:")
		fs.PrintDefaults()
	}
	c.neo4jFlags(fs)
	c.gazetteerFlag(fs)
	c.Caps.articleFlags(fs)
	c.Caps.factsFlags(fs)
	c.publishedFlag(fs)
	noMigrate := fs.Bool("no-migrate", false, "do not create constraints and indexes first")
	batch := fs.Int("batch", 1, "articles per transaction; above 1, the bulk path (a failed batch is retried article by article)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{"no input: name files, directories or - for stdin"}
	}
	log := newLogger(stderr, c.Verbose)
	files, err := loader.Inputs(fs.Args())
	if err != nil {
		return err
	}
	v, err := facts.NewValidator()
	if err != nil {
		return err
	}
	v = v.WithLimits(c.Caps.Facts)
	x, err := newExtractor(c)
	if err != nil {
		return err
	}
	st, err := openStore(ctx, c)
	if err != nil {
		return err
	}
	defer st.Close(context.Background())
	if !*noMigrate {
		if err := st.Migrate(ctx); err != nil {
			return err
		}
	}
	l := loader.New(st, v, x, log)
	l.Batch = *batch
	bar := progress(stderr, files)
	if bar != nil {
		l.Progress = func(n int64) { bar.Add64(n) }
	}
	sum, err := l.Load(ctx, files, os.Stdin)
	if bar != nil {
		bar.Finish()
		fmt.Fprintln(stderr)
	}
	fmt.Fprint(stdout, sum.String())
	if err != nil {
		return err
	}
	if len(sum.Rejected) > 0 {
		return fmt.Errorf("%d document(s) rejected; the others were loaded", len(sum.Rejected))
	}
	return nil
}

// progress returns a byte-count progress bar when stderr is a terminal and
// the input is large enough to be worth one, nil otherwise.
func progress(stderr io.Writer, files []string) *progressbar.ProgressBar {
	f, ok := stderr.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	var total int64
	for _, p := range files {
		if st, err := os.Stat(p); err == nil {
			total += st.Size()
		}
	}
	if total < 1<<20 {
		return nil
	}
	return progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(stderr), progressbar.OptionSetDescription("loading"),
		progressbar.OptionShowBytes(true), progressbar.OptionThrottle(200*time.Millisecond),
		progressbar.OptionShowCount(), progressbar.OptionSetPredictTime(true))
}

func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var c Config
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	c.neo4jFlags(fs)
	fs.StringVar(&c.Addr, "addr", env("KG_ADDR", ":8080"), "listen address `(KG_ADDR)`")
	fs.DurationVar(&c.Timeout, "timeout", 30*time.Second, "per-request time limit, Neo4j query included")
	c.gazetteerFlag(fs)
	fs.BoolVar(&c.Playground, "playground", env("KG_PLAYGROUND", "true") == "true", "serve the GraphiQL playground at / `(KG_PLAYGROUND)`")
	fs.BoolVar(&c.Introspection, "introspection", env("KG_INTROSPECTION", "true") == "true", "allow __schema and __type queries; the playground needs them `(KG_INTROSPECTION)`")
	fs.BoolVar(&c.Metrics, "metrics", env("KG_METRICS", "false") == "true", "serve Prometheus metrics at /metrics `(KG_METRICS)`")
	fs.Func("api-key", "an API key that may run mutations (Authorization: Bearer KEY); repeatable `(KG_API_KEYS, comma-separated)`", func(s string) error {
		c.APIKeys = append(c.APIKeys, s)
		return nil
	})
	for _, k := range strings.Split(env("KG_API_KEYS", ""), ",") {
		if k = strings.TrimSpace(k); k != "" {
			c.APIKeys = append(c.APIKeys, k)
		}
	}
	fs.IntVar(&c.Limits.Depth, "max-depth", 0, "deepest field nesting a query may have (0: default 10, negative: no limit)")
	fs.IntVar(&c.Limits.Aliases, "max-aliases", 0, "most aliases a query may use (0: default 30)")
	fs.IntVar(&c.Limits.RootFields, "max-root-fields", 0, "most top-level fields a query may ask for (0: default 10)")
	fs.IntVar(&c.Limits.Cost, "max-cost", 0, "highest estimated cost a query may have (0: default 50000)")
	fs.IntVar(&c.Limits.QueryBytes, "max-query-bytes", 0, "longest query text (0: default 64 KiB)")
	fs.IntVar(&c.Limits.Tokens, "max-tokens", 0, "most lexical tokens a query may have, counted before parsing (0: default 4000)")
	fs.IntVar(&c.Limits.Fields, "max-fields", 0, "most selections (fields, fragment spreads, inline fragments) a document may write, counted before validation (0: default 500)")
	c.Caps.articleFlags(fs)
	c.Caps.ingestFlags(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	log := newLogger(stderr, c.Verbose)
	st, err := openStore(ctx, c)
	if err != nil {
		return err
	}
	defer st.Close(context.Background())
	if err := st.Migrate(ctx); err != nil {
		return err
	}
	v, err := facts.NewValidator()
	if err != nil {
		return err
	}
	x, err := extract.New(extract.Options{Gazetteers: c.Gazetteers, Limits: c.Caps.Article})
	if err != nil {
		return err
	}
	sch, err := schema.New(st, ingester{x: x, l: loader.New(st, v, x, log), maxBytes: c.Caps.MaxIngestBytes})
	if err != nil {
		return fmt.Errorf("build schema: %w", err)
	}
	srv := &http.Server{
		Addr: c.Addr,
		Handler: server.New(server.Config{
			Timeout: c.Timeout, Playground: c.Playground, Introspection: c.Introspection, Metrics: c.Metrics,
			APIKeys: c.APIKeys, MaxDepth: c.Limits.Depth, MaxAliases: c.Limits.Aliases, MaxRootFields: c.Limits.RootFields,
			MaxCost: c.Limits.Cost, MaxQueryBytes: c.Limits.QueryBytes, MaxTokens: c.Limits.Tokens, MaxFields: c.Limits.Fields,
		}, sch, st, log),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      c.Timeout + 10*time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	ln, err := net.Listen("tcp", c.Addr)
	if err != nil {
		return err
	}
	log.Info("serving", "graphql", "http://"+displayAddr(ln.Addr())+"/graphql", "playground", c.Playground, "neo4j", c.Neo4j.URI)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down")
	shut, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return srv.Shutdown(shut)
}

func displayAddr(a net.Addr) string {
	if t, ok := a.(*net.TCPAddr); ok && t.IP.IsUnspecified() {
		return fmt.Sprintf("localhost:%d", t.Port)
	}
	return a.String()
}
