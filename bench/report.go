package bench

import (
	"fmt"
	"io"
	"runtime"
	"slices"
	"strings"
	"time"
)

// WriteReport writes the run as Markdown: the dataset, the load, and the
// table of queries, server beside direct.
func WriteReport(w io.Writer, c Config, load LoadReport, qs []QueryReport) {
	fmt.Fprintf(w, "Run of %s — %s, GOMAXPROCS %d, %d CPUs\n\n", time.Now().UTC().Format("2006-01-02 15:04 MST"),
		runtime.Version(), runtime.GOMAXPROCS(0), runtime.NumCPU())
	fmt.Fprintf(w, "Dataset `%s`\n\n", load.Fingerprint)
	fmt.Fprintln(w, "| nodes | count | relationships | count |\n| --- | ---: | --- | ---: |")
	labels, types := sortedKeys(load.Counts.Nodes), sortedKeys(load.Counts.Relationships)
	for i := range max(len(labels), len(types)) {
		var a, b string
		if i < len(labels) {
			a = fmt.Sprintf("%s | %d", labels[i], load.Counts.Nodes[labels[i]])
		} else {
			a = " | "
		}
		if i < len(types) {
			b = fmt.Sprintf("%s | %d", types[i], load.Counts.Relationships[types[i]])
		} else {
			b = " | "
		}
		fmt.Fprintf(w, "| %s | %s |\n", a, b)
	}
	fmt.Fprintln(w)
	took := (time.Duration(load.Seconds) * time.Second).String()
	if load.Skipped {
		fmt.Fprintf(w, "Load: by an earlier run, in %s (%d events/s)", took, int(load.EventsPerSecond()))
	} else {
		fmt.Fprintf(w, "Load: by this run, in %s (%d events/s, %d BulkWrite transactions of ~%d events)", took,
			int(load.EventsPerSecond()), load.Batches, c.BatchEvents)
	}
	if load.StoreBytes > 0 {
		fmt.Fprintf(w, "; store files %.2f GiB, transaction logs %.2f GiB", float64(load.StoreBytes)/(1<<30), float64(load.TxLogBytes)/(1<<30))
	}
	fmt.Fprint(w, ".\n\n")
	if len(qs) == 0 {
		return
	}
	mix := "a quarter of them among the 10 most reported states and IGOs"
	if c.WithoutTop {
		mix = "none of them among the 10 most reported states and IGOs (--without-top)"
	}
	fmt.Fprintf(w, "Each query: %d distinct inputs, %s; %s warm-up per mode, then measured for %s or %d requests (whichever first) per mode, in %d alternating turns (server, direct, direct, server, …), request timeout %s.\n\n",
		c.Inputs, mix, c.Warmup, c.Duration, c.MaxRequests, max(1, c.Rounds), c.Timeout)
	fmt.Fprintln(w, "| query | clients | server req/s | server p50 | server p99 | direct req/s | direct p50 | direct p99 | server/direct | errors (server/direct) | response | slow inputs |")
	fmt.Fprintln(w, "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
	for _, q := range qs {
		if q.Missing != "" {
			fmt.Fprintf(w, "| %s | — | not in the schema: %s | | | | | | | | | |\n", q.Query.Name, q.Missing)
			continue
		}
		fmt.Fprintf(w, "| %s | %d | %.1f | %s | %s | %.1f | %s | %s | %.0f%% | %d/%d | %s | %d |\n", q.Query.Name, q.Clients,
			q.Server.PerSecond(), ms(q.Server.Percentile(50)), ms(q.Server.Percentile(99)),
			q.Direct.PerSecond(), ms(q.Direct.Percentile(50)), ms(q.Direct.Percentile(99)),
			100*q.Ratio(), q.Server.Errors, q.Direct.Errors, bytesize(q.ResponseBytes), q.SlowInputs)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Latency percentiles are over the requests that succeeded; errors are timeouts or failures (see the log). Response: mean GraphQL response size. Slow inputs: inputs whose first request timed out.")
	fmt.Fprintln(w)
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000) }

func bytesize(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

func sortedKeys(m map[string]int64) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.SortFunc(out, func(a, b string) int { return strings.Compare(a, b) })
	return out
}
