// Command kgbench is the speed benchmark of the analyst API: it loads a
// generated graph into Neo4j (once per dataset), serves it with the real
// GraphQL server on loopback, and reports, for each query, throughput and
// p50/p99 latency through the server beside the same Cypher sent directly
// with the Go driver. See bench/README.md; scripts/bench runs it on its own
// Neo4j instance.
//
// It owns only its flags: the work is package bench's.
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
	"runtime/pprof"
	"strings"
	"syscall"
	"time"

	"github.com/geokg/kg/bench"
	"github.com/geokg/kg/bench/gen"
	"github.com/geokg/kg/graph"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "kgbench:", err)
		}
		os.Exit(1)
	}
}

func env(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var c bench.Config
	var queries, out string
	fs := flag.NewFlagSet("kgbench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.Neo4j.URI, "neo4j-uri", env("NEO4J_URI", ""), "Neo4j to load and query `(NEO4J_URI)`; scripts/bench starts its own")
	fs.StringVar(&c.Neo4j.User, "neo4j-user", env("NEO4J_USER", "neo4j"), "`user` (NEO4J_USER)")
	fs.StringVar(&c.Neo4j.Password, "neo4j-password", env("NEO4J_PASSWORD", ""), "`password` (NEO4J_PASSWORD)")
	fs.StringVar(&c.Neo4j.Database, "neo4j-database", env("NEO4J_DATABASE", ""), "`database` (NEO4J_DATABASE); empty: the server's default")
	fs.Uint64Var(&c.Gen.Seed, "seed", gen.Full().Seed, "generator seed")
	fs.IntVar(&c.Gen.Events, "events", gen.Full().Events, "events to generate (about 5 per article)")
	fs.IntVar(&c.Gen.Minors, "people", gen.Full().Minors, "persons, armed groups, organizations and media to generate")
	fs.IntVar(&c.BatchEvents, "batch", 10_000, "events per BulkWrite transaction")
	fs.IntVar(&c.Writers, "writers", 1, "concurrent BulkWrite transactions")
	fs.BoolVar(&c.Reload, "reload", false, "load even when the database already holds this dataset")
	fs.StringVar(&c.DataDir, "data-dir", "", "Neo4j data `directory` (databases/, transactions/) whose size to report")
	fs.BoolVar(&c.LoadOnly, "load-only", false, "load, report the load and stop")
	fs.IntVar(&c.Clients, "clients", 32, "concurrent clients")
	fs.DurationVar(&c.Warmup, "warmup", 5*time.Second, "unmeasured warm-up per query and mode")
	fs.DurationVar(&c.Duration, "duration", 30*time.Second, "measured time per query and mode (at most)")
	fs.IntVar(&c.MaxRequests, "requests", 100_000, "measured requests per query and mode (at most)")
	fs.IntVar(&c.Rounds, "rounds", 4, "alternating turns (ABBA) the measured time of each mode is split into")
	fs.IntVar(&c.Inputs, "inputs", 64, "distinct inputs (actors or pairs) per query")
	fs.BoolVar(&c.WithoutTop, "without-top", false, "leave the 10 most reported states and IGOs out of the inputs")
	fs.StringVar(&queries, "queries", "", "comma-separated queries to run: allies, events(between), neighborhood, actor, path (default all)")
	fs.DurationVar(&c.Timeout, "timeout", 30*time.Second, "time limit of one request")
	fs.StringVar(&out, "out", "", "also write the Markdown report to this `file`")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of this process (server, clients, driver) during the queries to `file`")
	verbose := fs.Bool("v", false, "log debug messages")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	if c.Clients < 1 || c.Inputs < 1 || c.BatchEvents < 1 {
		return errors.New("--clients, --inputs and --batch must be positive")
	}
	if queries != "" {
		c.Queries = strings.Split(queries, ",")
	}
	level := slog.LevelInfo
	if *verbose {
		level = slog.LevelDebug
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))

	g, err := gen.New(c.Gen)
	if err != nil {
		return err
	}
	openCtx, cancel := context.WithTimeout(ctx, 30*time.Second)
	st, err := graph.Open(openCtx, c.Neo4j)
	cancel()
	if err != nil {
		return err
	}
	defer st.Close(context.Background())
	if err := st.Migrate(ctx); err != nil {
		return err
	}
	load, err := bench.Load(ctx, st, g, c, log)
	if err != nil {
		return err
	}
	var reports []bench.QueryReport
	if !c.LoadOnly {
		serverLog := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelError}))
		b, err := bench.New(st, c, log, serverLog)
		if err != nil {
			return err
		}
		if *cpuProfile != "" {
			f, err := os.Create(*cpuProfile)
			if err != nil {
				return err
			}
			defer f.Close()
			if err := pprof.StartCPUProfile(f); err != nil {
				return err
			}
			defer pprof.StopCPUProfile()
		}
		reports, err = b.Run(ctx, g)
		shut, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		b.Close(shut)
		cancel()
		if err != nil {
			return err
		}
	}
	bench.WriteReport(stdout, c, load, reports)
	if out != "" {
		f, err := os.Create(out)
		if err != nil {
			return err
		}
		bench.WriteReport(f, c, load, reports)
		if err := f.Close(); err != nil {
			return err
		}
	}
	return nil
}
