package bench

import (
	"cmp"
	"context"
	"fmt"
	"log/slog"
	"maps"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/geokg/kg/bench/gen"
	"github.com/geokg/kg/graph"
)

// ArticleLoadConfig configures the article-path load benchmark: the online
// loader (`kg load`'s graph.Store.BulkWrite, which writes what WriteArticle
// writes) against LOAD CSV … IN TRANSACTIONS of the same rows with the
// same statements (graph.WriteBulkCSV), on the same Neo4j, one after the
// other in one run.
type ArticleLoadConfig struct {
	Events, People int
	Seed           uint64
	Batch          int // events per BulkWrite transaction; LOAD CSV rows per transaction
	// ImportDir is Neo4j's import directory, where the CSV files go.
	ImportDir string
	Rounds    int // each way runs this many times, alternating (ABBA…)
	// Warmup loads each way once, unmeasured, before the measured rounds:
	// the first load after Neo4j starts runs cold (JIT, page cache) and
	// would weigh on whichever way comes first.
	Warmup bool
}

// ArticleLoadRun is one timed load and the graph it left.
type ArticleLoadRun struct {
	Way         string // "BulkWrite" or "LOAD CSV"
	Seconds     float64
	Events      int
	Counts      graph.Counts
	Fingerprint string // graph.Store.Fingerprint's hash: every node, relationship and property
	Steps       map[string]time.Duration
}

// Rate is events per second.
func (r ArticleLoadRun) Rate() float64 { return float64(r.Events) / r.Seconds }

// ArticleLoadReport is the benchmark's result.
type ArticleLoadReport struct {
	Config   ArticleLoadConfig
	Articles int
	Events   int
	Files    []graph.BulkCSVStep
	Runs     []ArticleLoadRun
}

// ArticleLoadBench generates the dataset (kgbench's generator), writes it as
// CSV files for the anchor (not timed), then loads it into the emptied
// database both ways, Rounds times each in alternating order, and reads the
// graph's fingerprint after each load: the two ways must leave the same
// graph, property for property (write times aside).
func ArticleLoadBench(ctx context.Context, st *graph.Store, c ArticleLoadConfig, log *slog.Logger) (ArticleLoadReport, error) {
	rep := ArticleLoadReport{Config: c}
	if c.Rounds <= 0 {
		c.Rounds = 1
	}
	if c.ImportDir == "" {
		return rep, fmt.Errorf("bench: the article load benchmark needs Neo4j's import directory")
	}
	g, err := gen.New(gen.Config{Seed: c.Seed, Events: c.Events, Minors: c.People})
	if err != nil {
		return rep, err
	}
	var batches []graph.BulkBatch
	for b := range g.Batches(c.Batch) {
		batches = append(batches, b)
		rep.Articles += len(b.Articles)
		for _, a := range b.Articles {
			rep.Events += len(a.Events)
		}
	}
	files, err := graph.WriteBulkCSV(c.ImportDir, batches)
	if err != nil {
		return rep, err
	}
	rep.Files = files.Steps
	defer func() {
		for _, f := range files.Steps {
			os.Remove(c.ImportDir + "/" + f.File)
		}
	}()
	fresh := func() error {
		if err := st.DeleteEverything(ctx); err != nil {
			return err
		}
		return st.Migrate(ctx)
	}
	online := func() (ArticleLoadRun, error) {
		run := ArticleLoadRun{Way: "BulkWrite", Events: rep.Events, Steps: map[string]time.Duration{}}
		t0 := time.Now()
		// BulkLoad: each batch's rows are built while the one before is
		// written, as kg load and kgbench write.
		err := st.BulkLoad(ctx, slices.Values(batches), func(_ *graph.PreparedBulk, res graph.BulkResult) {
			for k, d := range res.Steps {
				run.Steps[k] += d
			}
		})
		run.Seconds = time.Since(t0).Seconds()
		return run, err
	}
	loadCSV := func() (ArticleLoadRun, error) {
		run := ArticleLoadRun{Way: "LOAD CSV", Events: rep.Events}
		t0 := time.Now()
		steps, err := st.LoadBulkCSV(ctx, files, "file:///", c.Batch)
		run.Seconds, run.Steps = time.Since(t0).Seconds(), steps
		return run, err
	}
	ways := []func() (ArticleLoadRun, error){online, loadCSV}
	if c.Warmup {
		for _, way := range ways {
			if err := fresh(); err != nil {
				return rep, err
			}
			run, err := way()
			if err != nil {
				return rep, fmt.Errorf("bench: warm-up %s: %w", run.Way, err)
			}
			log.Info("article load bench warm-up (not measured)", "way", run.Way, "seconds", fmt.Sprintf("%.1f", run.Seconds))
		}
	}
	for round := 0; round < c.Rounds; round++ {
		order := ways
		if round%2 == 1 {
			order = []func() (ArticleLoadRun, error){loadCSV, online}
		}
		for _, way := range order {
			if err := fresh(); err != nil {
				return rep, err
			}
			run, err := way()
			if err != nil {
				return rep, fmt.Errorf("bench: %s: %w", run.Way, err)
			}
			fp, err := st.Fingerprint(ctx)
			if err != nil {
				return rep, err
			}
			run.Counts, run.Fingerprint = fp.Counts, fp.Hash
			log.Info("article load bench", "way", run.Way, "events", run.Events, "seconds", fmt.Sprintf("%.1f", run.Seconds),
				"events/s", fmt.Sprintf("%.0f", run.Rate()), "fingerprint", run.Fingerprint)
			rep.Runs = append(rep.Runs, run)
		}
	}
	return rep, nil
}

// Identical says whether every run left the same graph (fingerprint).
func (r ArticleLoadReport) Identical() bool {
	for _, run := range r.Runs {
		if run.Fingerprint != r.Runs[0].Fingerprint {
			return false
		}
	}
	return len(r.Runs) > 0
}

// Markdown renders the report: every run, the mean rate of each way and
// their ratio, whether the graphs agree, and where each way's time went.
func (r ArticleLoadReport) Markdown() string {
	var b strings.Builder
	warm := "no warm-up"
	if r.Config.Warmup {
		warm = "after one unmeasured load each way"
	}
	fmt.Fprintf(&b, "%d events in %d articles generated (seed %d, %d people and groups); %d events per BulkWrite transaction, %d rows per LOAD CSV transaction; %s.\n\n",
		r.Events, r.Articles, r.Config.Seed, r.Config.People, r.Config.Batch, r.Config.Batch, warm)
	b.WriteString("| run | way | seconds | events/s | Event | Evidence | Stance | Article | relationships | fingerprint |\n| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n")
	sum, secs := map[string]float64{}, map[string]float64{}
	n := map[string]int{}
	for i, run := range r.Runs {
		rels := int64(0)
		for _, v := range run.Counts.Relationships {
			rels += v
		}
		fmt.Fprintf(&b, "| %d | %s | %.1f | %.0f | %d | %d | %d | %d | %d | %.12s |\n", i+1, run.Way, run.Seconds, run.Rate(),
			run.Counts.Nodes["Event"], run.Counts.Nodes["Evidence"], run.Counts.Nodes["Stance"], run.Counts.Nodes["Article"], rels, run.Fingerprint)
		sum[run.Way] += run.Rate()
		secs[run.Way] += run.Seconds
		n[run.Way]++
	}
	on, csv := sum["BulkWrite"]/float64(max(1, n["BulkWrite"])), sum["LOAD CSV"]/float64(max(1, n["LOAD CSV"]))
	if csv > 0 {
		fmt.Fprintf(&b, "\nmean: BulkWrite %.0f events/s, LOAD CSV %.0f events/s: **%.2f×** LOAD CSV\n", on, csv, on/csv)
		// By total time: what a user waits for, all turns of a way together.
		if secs["BulkWrite"] > 0 && n["BulkWrite"] > 0 && n["LOAD CSV"] > 0 {
			fmt.Fprintf(&b, "total time: BulkWrite %.1f s, LOAD CSV %.1f s over %d turns each: **%.2f×** LOAD CSV\n", secs["BulkWrite"],
				secs["LOAD CSV"], n["BulkWrite"], (secs["LOAD CSV"]/float64(n["LOAD CSV"]))/(secs["BulkWrite"]/float64(n["BulkWrite"])))
		}
	}
	fmt.Fprintf(&b, "same graph every run (fingerprint of every node, relationship and property): %v\n\n", r.Identical())
	b.WriteString("| statement | rows | BulkWrite s (mean) | LOAD CSV s (mean) |\n| --- | ---: | ---: | ---: |\n")
	steps := map[string][2]time.Duration{}
	for _, run := range r.Runs {
		for k, d := range run.Steps {
			v := steps[k]
			if run.Way == "BulkWrite" {
				v[0] += d
			} else {
				v[1] += d
			}
			steps[k] = v
		}
	}
	rows := map[string]int{}
	for _, f := range r.Files {
		rows[f.Name] = f.Rows
	}
	for _, k := range slices.SortedFunc(maps.Keys(steps), func(a, b string) int { return cmp.Compare(steps[b][0], steps[a][0]) }) {
		fmt.Fprintf(&b, "| %s | %d | %.1f | %.1f |\n", k, rows[k], steps[k][0].Seconds()/float64(max(1, n["BulkWrite"])),
			steps[k][1].Seconds()/float64(max(1, n["LOAD CSV"])))
	}
	return b.String()
}
