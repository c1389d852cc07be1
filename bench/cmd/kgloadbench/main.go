// Command kgloadbench is the article-path load benchmark: it generates
// kgbench's dataset and loads it into an empty Neo4j with the online loader
// (graph.Store.BulkWrite, `kg load`'s bulk path) and with LOAD CSV … IN
// TRANSACTIONS of the same rows and statements (the anchor), side by side
// in one run, checks that both leave the same graph, and prints a Markdown
// report. The load DELETES EVERYTHING in the database. scripts/bench-load
// runs it on its own instance. See bench/README.md.
//
// It owns only its flags: the work is package bench's.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/geokg/kg/bench"
	"github.com/geokg/kg/graph"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	var c bench.ArticleLoadConfig
	var cfg graph.Config
	fs := flag.NewFlagSet("kgloadbench", flag.ExitOnError)
	fs.StringVar(&cfg.URI, "neo4j-uri", os.Getenv("NEO4J_URI"), "Neo4j to load (everything in it is deleted) `(NEO4J_URI)`")
	fs.StringVar(&cfg.User, "neo4j-user", "neo4j", "user")
	fs.StringVar(&cfg.Password, "neo4j-password", os.Getenv("NEO4J_PASSWORD"), "password")
	fs.IntVar(&c.Events, "events", 20_000, "events to generate")
	fs.IntVar(&c.People, "people", 5_000, "people and groups to generate")
	fs.Uint64Var(&c.Seed, "seed", 1, "generator seed")
	fs.IntVar(&c.Batch, "batch", 5000, "events per BulkWrite transaction, rows per LOAD CSV transaction")
	fs.IntVar(&c.Rounds, "rounds", 2, "runs of each way, alternating (ABBA)")
	fs.BoolVar(&c.Warmup, "warmup", true, "load each way once, unmeasured, before the measured rounds")
	fs.StringVar(&c.ImportDir, "import-dir", "", "Neo4j's import `directory` (required)")
	fs.Parse(os.Args[1:])
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	st, err := graph.Open(ctx, cfg)
	if err != nil {
		fmt.Fprintln(os.Stderr, "kgloadbench:", err)
		os.Exit(1)
	}
	defer st.Close(context.Background())
	rep, err := bench.ArticleLoadBench(ctx, st, c, log)
	if len(rep.Runs) > 0 {
		fmt.Print(rep.Markdown())
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "kgloadbench:", err)
		os.Exit(1)
	}
	if !rep.Identical() {
		fmt.Fprintln(os.Stderr, "kgloadbench: the two ways left different graphs")
		os.Exit(1)
	}
}
