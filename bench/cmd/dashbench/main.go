// Command dashbench measures the analyst dashboard in headless Chromium:
// how long an actor page takes to render — its one GraphQL request, the
// answer, the DOM and the chart — on whatever graph the Neo4j holds (load
// one with kgbench --load-only). It serves that Neo4j with the real server
// in-process, opens /dashboard/#/actor/ID for each actor a few times, and
// prints the figures as a Markdown table.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/geokg/kg/bench"
	"github.com/geokg/kg/graph"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "dashbench:", err)
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
	var cfg graph.Config
	fs := flag.NewFlagSet("dashbench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&cfg.URI, "neo4j-uri", env("NEO4J_URI", ""), "Neo4j `(NEO4J_URI)`")
	fs.StringVar(&cfg.User, "neo4j-user", env("NEO4J_USER", "neo4j"), "`user` (NEO4J_USER)")
	fs.StringVar(&cfg.Password, "neo4j-password", env("NEO4J_PASSWORD", ""), "`password` (NEO4J_PASSWORD)")
	actors := fs.String("actors", "USA,CHN,RUS,UKR,GBR", "comma-separated actor IDs whose pages to open")
	runs := fs.Int("runs", 5, "page loads per actor (the first is reported apart: cold caches)")
	page := fs.String("page", "actor", "page to open: actor or network")
	if err := fs.Parse(args); err != nil {
		return err
	}
	exe, err := exec.LookPath("chromium")
	if err != nil {
		return fmt.Errorf("chromium: %w", err)
	}
	openCtx, cancel := context.WithTimeout(ctx, 30*time.Second)
	st, err := graph.Open(openCtx, cfg)
	cancel()
	if err != nil {
		return err
	}
	defer st.Close(context.Background())
	srv, err := bench.StartServer(st, 30*time.Second, slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelError})))
	if err != nil {
		return err
	}
	defer srv.Close(context.Background())
	base := strings.TrimSuffix(srv.URL, "/graphql")

	allocCtx, cancelAlloc := chromedp.NewExecAllocator(ctx, chromedp.ExecPath(exe), chromedp.Flag("headless", true),
		chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.WindowSize(1366, 900),
		chromedp.UserDataDir(os.TempDir()+"/dashbench-chromium"))
	defer cancelAlloc()
	bctx, cancelB := chromedp.NewContext(allocCtx)
	defer cancelB()
	if err := chromedp.Do(bctx); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "| %s page | cold: render / since navigation | warm (median of %d): render / since navigation | warm max render |\n| --- | --- | --- | --- |\n", *page, *runs-1)
	for _, id := range strings.Split(*actors, ",") {
		var renders, navs []int
		for i := 0; i < *runs; i++ {
			sctx, cancel := context.WithTimeout(bctx, 60*time.Second)
			err := chromedp.Do(sctx, chromedp.Navigate(base+"/dashboard/?run="+strconv.Itoa(i)+"#/"+*page+"/"+id), chromedp.WaitReady("main"))
			if err != nil {
				cancel()
				return err
			}
			v, err := chromedp.Run(sctx, chromedp.Poll[string](`(() => { const m = document.querySelector('main');
				return m && m.dataset.ready && m.dataset.ready.startsWith('#/`+*page+`/') ? m.dataset.renderMs + ' ' + m.dataset.sinceNavigationMs + ' ' + performance.getEntriesByType('resource').filter(e => e.name.endsWith('/graphql')).map(e => Math.round(e.duration)).join(',') + ' ' + (document.querySelector('main .error') ? 'error: ' + document.querySelector('main .error').textContent : 'ok') : null; })()`,
				chromedp.WithPollingTimeout(60*time.Second), chromedp.WithPollingInterval(100*time.Millisecond)))
			cancel()
			if err != nil {
				return fmt.Errorf("%s: %w", id, err)
			}
			f := strings.SplitN(v, " ", 4)
			if len(f) != 4 || f[3] != "ok" {
				return fmt.Errorf("%s: the page shows an error: %s", id, v)
			}
			fmt.Fprintf(stderr, "%s run %d: render %s ms, GraphQL requests %s ms\n", id, i, f[0], f[2])
			r, _ := strconv.Atoi(f[0])
			n, _ := strconv.Atoi(f[1])
			renders, navs = append(renders, r), append(navs, n)
		}
		warmR, warmN := slices.Clone(renders[1:]), slices.Clone(navs[1:])
		slices.Sort(warmR)
		slices.Sort(warmN)
		med := func(l []int) int {
			if len(l) == 0 {
				return 0
			}
			return l[len(l)/2]
		}
		fmt.Fprintf(stdout, "| %s | %d ms / %d ms | %d ms / %d ms | %d ms |\n", id, renders[0], navs[0], med(warmR), med(warmN), slices.Max(append([]int{0}, warmR...)))
	}
	return nil
}
