// Command kgimportbench is the import benchmark: it generates GDELT rows and
// loads them into an empty Neo4j the online way (`kg import gdelt`) and with
// LOAD CSV … IN TRANSACTIONS (the anchor), side by side in one run, and
// prints a Markdown table. The load DELETES EVERYTHING in the database.
// scripts/bench-import runs it on its own instance. See bench/README.md.
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
	"strings"
	"syscall"

	"github.com/geokg/kg/bench"
	"github.com/geokg/kg/graph"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	var c bench.ImportConfig
	var cfg graph.Config
	fs := flag.NewFlagSet("kgimportbench", flag.ExitOnError)
	fs.StringVar(&cfg.URI, "neo4j-uri", os.Getenv("NEO4J_URI"), "Neo4j to load (everything in it is deleted) `(NEO4J_URI)`")
	fs.StringVar(&cfg.User, "neo4j-user", "neo4j", "user")
	fs.StringVar(&cfg.Password, "neo4j-password", os.Getenv("NEO4J_PASSWORD"), "password")
	fs.IntVar(&c.Events, "events", 100_000, "GDELT rows to generate")
	fs.Uint64Var(&c.Seed, "seed", 1, "generator seed")
	fs.IntVar(&c.Batch, "batch", 5000, "events per transaction, both ways")
	fs.IntVar(&c.Rounds, "rounds", 2, "runs of each way, alternating")
	fs.StringVar(&c.ImportDir, "import-dir", "", "Neo4j's import `directory` (for LOAD CSV); empty: online import only")
	fs.StringVar(&c.WorkDir, "work-dir", "", "where the generated GDELT file goes (default a temporary directory)")
	fs.StringVar(&c.AdminDir, "admin-csv", "", "also write the graph as neo4j-admin import CSV files into this `directory` and print the arguments")
	fs.Parse(os.Args[1:])
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	st, err := graph.Open(ctx, cfg)
	if err != nil {
		fmt.Fprintln(os.Stderr, "kgimportbench:", err)
		os.Exit(1)
	}
	defer st.Close(context.Background())
	rep, err := bench.ImportBench(ctx, st, c, log)
	if err != nil {
		fmt.Fprintln(os.Stderr, "kgimportbench:", err)
		os.Exit(1)
	}
	fmt.Print(rep.Markdown())
	if c.AdminDir != "" {
		fmt.Fprintln(os.Stderr, "admin import arguments:")
		fmt.Println(strings.Join(rep.Admin.Args, " "))
	}
}
