// Command kg is the knowledge-graph server's one binary:
//
//	kg migrate                 create Neo4j constraints and indexes (idempotent)
//	kg load FILE|DIR|- ...     load facts documents or raw articles, one transaction per article
//	kg import gdelt FILE|DIR|URL-LIST ...  import GDELT event (and mentions) files
//	kg extract FILE|DIR|- ...  print the facts the extractor reads out of raw articles
//	kg serve                   serve GraphQL at /graphql, the playground at / and the dashboard at /dashboard
//	kg query [DOCUMENT]        run a GraphQL document (server or in-process) and write JSON, CSV or NDJSON
//	kg export                  write a neighborhood, a period or the whole graph as GraphML, GEXF or CSV
//
// Configuration comes from flags, which default to the environment:
// NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE, KG_ADDR.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
)

// command runs one subcommand with its own arguments.
type command struct {
	run   func(ctx context.Context, args []string, stdout, stderr io.Writer) error
	usage string
}

func commands() map[string]command {
	return map[string]command{
		"migrate": {runMigrate, "create Neo4j constraints and indexes (idempotent)"},
		"load":    {runLoad, "load facts documents or raw articles: kg load FILE|DIR|- ..."},
		"import":  {runImport, "import GDELT event files: kg import gdelt FILE|DIR|URL-LIST ..."},
		"extract": {runExtract, "print facts read out of raw articles: kg extract FILE|DIR|- ..."},
		"serve":   {runServe, "serve GraphQL at /graphql, the playground at / and the dashboard at /dashboard"},
		"query":   {runQuery, "run a GraphQL document and write JSON, CSV or NDJSON: kg query [--url URL] [--var k=v] DOC"},
		"export":  {runExport, "write actors and stances as GraphML, GEXF or CSV: kg export [--actor A] [--since D] --format F"},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(realMain(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

func realMain(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	cmds := commands()
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr, cmds)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := cmds[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "kg: unknown command %q\n\n", args[0])
		usage(stderr, cmds)
		return 2
	}
	if err := c.run(ctx, args[1:], stdout, stderr); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		var ue usageError
		if errors.As(err, &ue) {
			fmt.Fprintf(stderr, "kg %s: %v\n", args[0], err)
			return 2
		}
		fmt.Fprintf(stderr, "kg %s: %v\n", args[0], err)
		return 1
	}
	return 0
}

func usage(w io.Writer, cmds map[string]command) {
	fmt.Fprintln(w, "usage: kg COMMAND [flags] [args]")
	fmt.Fprintln(w)
	for _, name := range []string{"migrate", "load", "import", "extract", "serve", "query", "export"} {
		fmt.Fprintf(w, "  %-8s %s\n", name, cmds[name].usage)
	}
	fmt.Fprintln(w, "\nRun 'kg COMMAND -h' for its flags. Neo4j is reached through NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD.")
}

// usageError is a mistake in the command line (exit status 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func newLogger(w io.Writer, verbose bool) *slog.Logger {
	level := slog.LevelInfo
	if verbose {
		level = slog.LevelDebug
	}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: level}))
}
