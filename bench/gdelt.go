package bench

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"log/slog"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/geokg/kg/graph"
	"github.com/geokg/kg/loader/extract/gazetteer"
	"github.com/geokg/kg/loader/gdelt"
)

// ImportConfig configures the import benchmark: the online importer
// (`kg import gdelt`, graph.Store.ImportEvents) against LOAD CSV … IN
// TRANSACTIONS with the same MERGE semantics, on the same Neo4j and the same
// rows, one after the other in one run.
type ImportConfig struct {
	Events int    // GDELT rows to generate
	Seed   uint64 // generator seed
	Batch  int    // events per transaction, both ways
	// ImportDir is Neo4j's import directory (server.directories.import),
	// where the LOAD CSV file is written; empty skips LOAD CSV.
	ImportDir string
	// WorkDir receives the generated GDELT file; empty: a temporary one.
	WorkDir string
	Rounds  int // each way runs this many times, alternating (ABBA…)
	// AdminDir, when set, receives the same graph as CSV files for
	// neo4j-admin database import (graph.WriteAdminCSV); scripts/bench-import
	// runs that import on the stopped instance: the ceiling.
	AdminDir string
}

// ImportRun is one timed load.
type ImportRun struct {
	Way     string // "kg import gdelt" or "LOAD CSV"
	Seconds float64
	Events  int
	Counts  graph.Counts
}

// Rate is events per second.
func (r ImportRun) Rate() float64 { return float64(r.Events) / r.Seconds }

// ImportReport is the import benchmark's result.
type ImportReport struct {
	Config ImportConfig
	Rows   int // rows generated
	Events int // rows with an identifiable source (the rest are skipped both ways)
	Runs   []ImportRun
	Admin  graph.AdminImport // when Config.AdminDir is set
}

// WriteGdeltRows writes n synthetic GDELT 2.0 export rows (61 columns):
// states drawn by a Zipf law over the gazetteer's states, sectors about half
// of the time, CAMEO codes from the importer's table, dates over 2015–2024,
// about five events per article URL. Deterministic for a seed.
func WriteGdeltRows(w io.Writer, n int, seed uint64, states []string, codes []string) error {
	r := rand.New(rand.NewPCG(seed, 0x6764656c74))
	zipf := rand.NewZipf(r, 1.3, 1, uint64(len(states)-1))
	sectors := []string{"GOV", "MIL", "COP", "JUD", "LEG", "BUS", "MED", "REB", "OPP", "EDU"}
	bw := bufio.NewWriterSize(w, 1<<20)
	start := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	article := 0
	for i := 0; i < n; i++ {
		if i == 0 || r.IntN(5) == 0 {
			article++
		}
		day := start.AddDate(0, 0, r.IntN(3650))
		f := make([]string, 61)
		f[0] = fmt.Sprint(1_000_000_000 + i)
		f[1] = day.Format("20060102")
		f[2], f[3] = day.Format("200601"), day.Format("2006")
		f[4] = fmt.Sprintf("%.4f", float64(day.Year())+float64(day.YearDay())/365)
		actor := func(at int) {
			c := states[zipf.Uint64()]
			code, sector := c, ""
			if r.IntN(2) == 0 {
				sector = sectors[r.IntN(len(sectors))]
				code += sector
			}
			f[at], f[at+1], f[at+2], f[at+7] = code, strings.ToUpper(c), c, sector
		}
		actor(5)
		if r.IntN(5) != 0 {
			actor(15)
		}
		f[25] = "1"
		code := codes[r.IntN(len(codes))]
		f[26], f[27], f[28] = code, code[:3], code[:2]
		root := int(code[0]-'0')*10 + int(code[1]-'0')
		quad := 1
		switch {
		case root >= 14:
			quad = 4
		case root >= 9:
			quad = 3
		case root >= 6:
			quad = 2
		}
		f[29] = fmt.Sprint(quad)
		f[30] = fmt.Sprintf("%.1f", math.Round((r.Float64()*20-10)*10)/10)
		arts := 1 + r.IntN(10)
		f[31], f[32], f[33] = fmt.Sprint(arts+r.IntN(5)), fmt.Sprint(1+r.IntN(arts)), fmt.Sprint(arts)
		f[34] = fmt.Sprintf("%.4f", r.Float64()*20-10)
		f[51], f[52], f[53] = "1", "Somewhere, "+f[7], f[7][:min(2, len(f[7]))]
		f[56], f[57] = fmt.Sprintf("%.4f", r.Float64()*180-90), fmt.Sprintf("%.4f", r.Float64()*360-180)
		f[59] = day.Add(time.Duration(r.IntN(86400)) * time.Second).Format("20060102150405")
		f[60] = fmt.Sprintf("https://outlet%d.example/%s/story-%d", article%40, day.Format("2006/01/02"), article)
		if _, err := bw.WriteString(strings.Join(f, "\t") + "\n"); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// collector is a gdelt.Writer that keeps what it is given.
type collector struct {
	actors []graph.Actor
	events []graph.ImportedEvent
}

func (c *collector) ImportEvents(_ context.Context, b graph.ImportBatch) (graph.ImportResult, error) {
	c.actors = append(c.actors, b.Actors...)
	c.events = append(c.events, b.Events...)
	return graph.ImportResult{}, nil
}

// ImportBench generates the rows, then loads them into the empty database
// the two ways, Rounds times each in alternating order, emptying it before
// each load, and checks that both ways leave the same counts.
func ImportBench(ctx context.Context, st *graph.Store, c ImportConfig, log *slog.Logger) (ImportReport, error) {
	rep := ImportReport{Config: c, Rows: c.Events}
	if c.Rounds <= 0 {
		c.Rounds = 1
	}
	gaz, err := gazetteer.Load(ctx)
	if err != nil {
		return rep, err
	}
	var states []string
	gaz.Entries(func(e *gazetteer.Entry) bool {
		if e.Kind == "state" && len(e.ID) == 3 {
			states = append(states, e.ID)
		}
		return true
	})
	codes := gdelt.CameoCodes()
	dir := c.WorkDir
	if dir == "" {
		if dir, err = os.MkdirTemp("", "kg-import-bench-"); err != nil {
			return rep, err
		}
		defer os.RemoveAll(dir)
	}
	file := filepath.Join(dir, "bench.export.CSV")
	fh, err := os.Create(file)
	if err != nil {
		return rep, err
	}
	if err := WriteGdeltRows(fh, c.Events, c.Seed, states, codes); err != nil {
		fh.Close()
		return rep, err
	}
	if err := fh.Close(); err != nil {
		return rep, err
	}
	// The rows LOAD CSV gets are the importer's own, mapped (actors, CAMEO
	// labels), so that both ways write the same graph.
	var col collector
	im, err := gdelt.New(ctx, &col, gdelt.Options{Batch: c.Batch, Gazetteer: gaz})
	if err != nil {
		return rep, err
	}
	sum, err := im.Import(ctx, []string{file})
	if err != nil {
		return rep, err
	}
	rep.Events = sum.Events
	csvName := "kg-import-bench.csv"
	if c.ImportDir != "" {
		out, err := os.Create(filepath.Join(c.ImportDir, csvName))
		if err != nil {
			return rep, err
		}
		werr := graph.WriteEventsCSV(bufio.NewWriterSize(out, 1<<20), col.events)
		if cerr := out.Close(); werr == nil {
			werr = cerr
		}
		if werr != nil {
			return rep, werr
		}
		defer os.Remove(filepath.Join(c.ImportDir, csvName))
	}
	if c.AdminDir != "" {
		if rep.Admin, err = graph.WriteAdminCSV(c.AdminDir, graph.ImportBatch{Actors: col.actors, Events: col.events}); err != nil {
			return rep, err
		}
	}
	fresh := func() error {
		if err := st.DeleteEverything(ctx); err != nil {
			return err
		}
		return st.Migrate(ctx)
	}
	online := func() (ImportRun, error) {
		im, err := gdelt.New(ctx, st, gdelt.Options{Batch: c.Batch, Gazetteer: gaz})
		if err != nil {
			return ImportRun{}, err
		}
		t0 := time.Now()
		s, err := im.Import(ctx, []string{file})
		return ImportRun{Way: "kg import gdelt", Seconds: time.Since(t0).Seconds(), Events: s.Events}, err
	}
	loadCSV := func() (ImportRun, error) {
		// Actors first, as the importer's first batch writes them (they
		// are a few hundred; not timed).
		if _, err := st.ImportEvents(ctx, graph.ImportBatch{Actors: col.actors}); err != nil {
			return ImportRun{}, err
		}
		t0 := time.Now()
		_, err := st.LoadCSVEvents(ctx, "file:///"+csvName, c.Batch)
		return ImportRun{Way: "LOAD CSV", Seconds: time.Since(t0).Seconds(), Events: len(col.events)}, err
	}
	ways := []func() (ImportRun, error){online}
	if c.ImportDir != "" {
		ways = append(ways, loadCSV)
	}
	for round := 0; round < c.Rounds; round++ {
		order := ways
		if round%2 == 1 && len(ways) == 2 {
			order = []func() (ImportRun, error){ways[1], ways[0]}
		}
		for _, way := range order {
			if err := fresh(); err != nil {
				return rep, err
			}
			run, err := way()
			if err != nil {
				return rep, err
			}
			if run.Counts, err = st.Counts(ctx); err != nil {
				return rep, err
			}
			log.Info("import bench", "way", run.Way, "events", run.Events, "seconds", fmt.Sprintf("%.1f", run.Seconds),
				"events/s", fmt.Sprintf("%.0f", run.Rate()))
			rep.Runs = append(rep.Runs, run)
		}
	}
	return rep, nil
}

// Markdown renders the report: every run, then the mean rate of each way
// and their ratio, and whether the graphs' counts agree.
func (r ImportReport) Markdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d GDELT rows generated (seed %d), %d with an identifiable Actor1 loaded; %d events per transaction.\n\n",
		r.Rows, r.Config.Seed, r.Events, r.Config.Batch)
	b.WriteString("| run | way | seconds | events/s | Event nodes | Article nodes | relationships |\n| ---: | --- | ---: | ---: | ---: | ---: | ---: |\n")
	sum := map[string]float64{}
	n := map[string]int{}
	for i, run := range r.Runs {
		rels := int64(0)
		for _, v := range run.Counts.Relationships {
			rels += v
		}
		fmt.Fprintf(&b, "| %d | %s | %.1f | %.0f | %d | %d | %d |\n", i+1, run.Way, run.Seconds, run.Rate(),
			run.Counts.Nodes["Event"], run.Counts.Nodes["Article"], rels)
		sum[run.Way] += run.Rate()
		n[run.Way]++
	}
	on, csv := sum["kg import gdelt"]/float64(max(1, n["kg import gdelt"])), sum["LOAD CSV"]/float64(max(1, n["LOAD CSV"]))
	if csv > 0 {
		fmt.Fprintf(&b, "\nmean: kg import gdelt %.0f events/s, LOAD CSV %.0f events/s: **%.2f×** LOAD CSV\n", on, csv, on/csv)
	}
	same := true
	for _, run := range r.Runs[1:] {
		if fmt.Sprint(run.Counts) != fmt.Sprint(r.Runs[0].Counts) {
			same = false
		}
	}
	fmt.Fprintf(&b, "same node and relationship counts every run: %v\n", same)
	return b.String()
}
