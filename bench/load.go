package bench

import (
	"cmp"
	"context"
	"fmt"
	"io/fs"
	"log/slog"
	"maps"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/geokg/kg/bench/gen"
	"github.com/geokg/kg/graph"
)

// DatasetID names the benchmark's dataset record in the database.
const DatasetID = "kg-bench"

// LoadReport says what the database holds and how long loading it took.
type LoadReport struct {
	Fingerprint string
	Skipped     bool    // the database already held this dataset
	Seconds     float64 // of this load, or of the load that left the data
	Events      int     // written by this load
	Batches     int
	Counts      graph.Counts
	// Steps is the time the load spent in each BulkWrite statement.
	Steps map[string]time.Duration
	// StoreBytes and TxLogBytes are the sizes on disk of the store files
	// and of the transaction logs, when the data directory is known. Right
	// after a load much of the data is only in the logs and the page cache
	// (scripts/bench reports the sizes again after Neo4j has stopped).
	StoreBytes, TxLogBytes int64
}

// EventsPerSecond is the load rate.
func (r LoadReport) EventsPerSecond() float64 {
	if r.Seconds == 0 {
		return 0
	}
	return float64(r.Counts.Nodes["Event"]) / r.Seconds
}

// Load makes the database hold the generated dataset: nothing is done when
// its dataset record says it already holds the same one (unless reload);
// otherwise everything is deleted and the graph is generated and written
// with BulkWrite, generation running ahead of the writes, and the record is
// written last, so that an interrupted load is never taken for a complete
// one.
func Load(ctx context.Context, st *graph.Store, g *gen.Generator, c Config, log *slog.Logger) (LoadReport, error) {
	fp := g.Config().Fingerprint()
	rep := LoadReport{Fingerprint: fp}
	ds, ok, err := st.DatasetRecord(ctx, DatasetID)
	if err != nil {
		return rep, err
	}
	if ok && ds.Fingerprint == fp && !c.Reload {
		log.Info("the database already holds this dataset; not loading", "dataset", fp, "loadSeconds", ds.LoadSeconds)
		rep.Skipped, rep.Seconds = true, ds.LoadSeconds
		return rep, rep.finish(ctx, st, c)
	}
	if ok {
		log.Info("the database holds another dataset; deleting it", "had", ds.Fingerprint)
	}
	if err := st.ClearDataset(ctx, DatasetID); err != nil {
		return rep, err
	}
	t0 := time.Now()
	if err := st.DeleteEverything(ctx); err != nil {
		return rep, err
	}
	if d := time.Since(t0); d > time.Second {
		log.Info("deleted the previous data", "took", d.Round(time.Second))
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// The generator builds each batch's rows (graph.PrepareBulk) while the
	// writers write the batches before it.
	batches := make(chan *graph.PreparedBulk, 2)
	go func() {
		defer close(batches)
		for b := range g.Batches(c.BatchEvents) {
			select {
			case batches <- graph.PrepareBulk(b):
			case <-ctx.Done():
				return
			}
		}
	}()
	start := time.Now()
	var (
		mu       sync.Mutex
		last     = start
		firstErr error
		wg       sync.WaitGroup
	)
	rep.Steps = map[string]time.Duration{}
	for range max(1, c.Writers) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range batches {
				n := b.Events
				res, err := st.WriteBulk(ctx, b)
				mu.Lock()
				if err != nil {
					if firstErr == nil {
						firstErr = fmt.Errorf("bench: load batch %d: %w", rep.Batches+1, err)
					}
					mu.Unlock()
					cancel()
					return
				}
				rep.Batches++
				rep.Events += n
				for k, d := range res.Steps {
					rep.Steps[k] += d
				}
				if time.Since(last) >= 30*time.Second {
					last = time.Now()
					el := time.Since(start)
					log.Info("loading", "events", rep.Events, "of", g.Config().Events, "elapsed", el.Round(time.Second),
						"eventsPerSecond", int(float64(rep.Events)/el.Seconds()))
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if firstErr != nil {
		return rep, firstErr
	}
	if err := ctx.Err(); err != nil {
		return rep, err
	}
	rep.Seconds = time.Since(start).Seconds()
	log.Info("loaded", "events", rep.Events, "batches", rep.Batches, "seconds", int(rep.Seconds))
	for _, k := range slices.SortedFunc(maps.Keys(rep.Steps), func(a, b string) int { return cmp.Compare(rep.Steps[b], rep.Steps[a]) }) {
		log.Info("load time by statement", "step", k, "seconds", rep.Steps[k].Round(100*time.Millisecond).Seconds())
	}
	if err := st.SetDataset(ctx, graph.Dataset{ID: DatasetID, Fingerprint: fp, LoadSeconds: rep.Seconds}); err != nil {
		return rep, err
	}
	return rep, rep.finish(ctx, st, c)
}

func (r *LoadReport) finish(ctx context.Context, st *graph.Store, c Config) error {
	var err error
	if r.Counts, err = st.Counts(ctx); err != nil {
		return fmt.Errorf("bench: count: %w", err)
	}
	if c.DataDir != "" {
		db := c.Neo4j.Database
		if db == "" {
			db = "neo4j"
		}
		r.StoreBytes = dirSize(filepath.Join(c.DataDir, "databases", db))
		r.TxLogBytes = dirSize(filepath.Join(c.DataDir, "transactions", db))
	}
	return nil
}

func dirSize(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, err := d.Info(); err == nil {
				n += info.Size()
			}
		}
		return nil
	})
	return n
}
