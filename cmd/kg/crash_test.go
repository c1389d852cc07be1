package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/geokg/kg/graph"
	"github.com/geokg/kg/graph/graphtest"
	"github.com/geokg/kg/loader"
	"github.com/geokg/kg/loader/extract"
	"github.com/geokg/kg/loader/facts"
)

// crashCorpus writes a multi-article input: raw articles made from the
// sample article's paragraphs (each a different selection, URL and date),
// and facts documents. It returns the directory and how many articles it
// holds.
func crashCorpus(t *testing.T) (string, int) {
	t.Helper()
	text, err := os.ReadFile("../../testdata/articles/kompastv-2023-06-25-korut-wagner.id.txt")
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(strings.TrimSpace(string(text)), "\n")
	dir := t.TempDir()
	var raw strings.Builder
	const rawN = 10
	for i := range rawN {
		var sel []string
		for j, p := range paras {
			if j == 0 || (j+i)%4 != 0 { // keep the lead; drop a different quarter each time
				sel = append(sel, p)
			}
		}
		rec := map[string]string{
			"url":       fmt.Sprintf("https://example.org/crash/%02d", i),
			"text":      strings.Join(sel, "\n"),
			"published": fmt.Sprintf("2023-06-%02d", 1+i%28),
			"source":    "KompasTV",
		}
		b, _ := json.Marshal(rec)
		raw.Write(b)
		raw.WriteByte('\n')
	}
	if err := os.WriteFile(filepath.Join(dir, "a-articles.jsonl"), []byte(raw.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	sample, err := os.ReadFile("../../testdata/facts/kompastv-2023-06-25-korut-wagner.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(sample, &doc); err != nil {
		t.Fatal(err)
	}
	var fl strings.Builder
	const factsN = 4
	for i := range factsN {
		art := doc["article"].(map[string]any)
		delete(art, "contentHash")
		art["url"] = fmt.Sprintf("https://example.org/crash-facts/%d", i)
		b, _ := json.Marshal(doc)
		fl.Write(b)
		fl.WriteByte('\n')
	}
	if err := os.WriteFile(filepath.Join(dir, "b-facts.jsonl"), []byte(fl.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, rawN + factsN
}

// buildKG builds the kg binary for tests that run it as a process.
func buildKG(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "kg")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("go build: %v", err)
	}
	return bin
}

// loadProcess runs `kg load -v dir`; with killAfter > 0 it sends SIGKILL as
// soon as killAfter articles are reported loaded, while the next one is on
// its way. It returns how many were reported loaded and whether the process
// was killed.
func loadProcess(t *testing.T, bin string, cfg graph.Config, dir string, killAfter int) (loaded int, killed bool) {
	t.Helper()
	cmd := exec.Command(bin, "load", "-v", "--neo4j-uri", cfg.URI, "--neo4j-user", cfg.User, "--neo4j-password", cfg.Password, dir)
	if cfg.Database != "" {
		cmd.Args = append(cmd.Args, "--neo4j-database", cfg.Database)
	}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stdout strings.Builder
	cmd.Stdout = &stdout
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(stderr)
	var log []string
	for sc.Scan() {
		line := sc.Text()
		log = append(log, line)
		if strings.Contains(line, "msg=loaded") {
			loaded++
			if killAfter > 0 && loaded == killAfter {
				if err := cmd.Process.Signal(syscall.SIGKILL); err != nil && !errors.Is(err, os.ErrProcessDone) {
					t.Fatal(err)
				}
				killed = true
			}
		}
	}
	err = cmd.Wait()
	if killed {
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
			if err == nil {
				// The load ended before the signal came: this test read
				// its log lines late (a busy machine). The caller runs
				// it again.
				return loaded, false
			}
			t.Fatalf("kg load was not killed and failed: %v\n%s", err, strings.Join(log, "\n"))
		}
		return loaded, true
	}
	if err != nil {
		t.Fatalf("kg load: %v\n%s\n%s", err, stdout.String(), strings.Join(log, "\n"))
	}
	return loaded, false
}

// TestLoadSurvivesKill kills `kg load` (SIGKILL) at several points of a
// multi-article load, and cancels the loader's context in the middle of a
// write, then re-runs the load: the graph must be the one a clean load into
// an empty database gives, label for label, property for property.
func TestLoadSurvivesKill(t *testing.T) {
	cfg := graphtest.Config(t)
	st := graphtest.Store(t)
	ctx := context.Background()
	dir, total := crashCorpus(t)
	bin := buildKG(t)

	if n, _ := loadProcess(t, bin, cfg, dir, 0); n != total {
		t.Fatalf("clean load loaded %d articles, want %d", n, total)
	}
	want, err := st.Fingerprint(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want.Counts.Nodes["Article"] != int64(total) || want.Counts.Nodes["Event"] == 0 || want.Counts.Relationships["MENTIONS"] == 0 && len(want.Counts.Relationships) < 3 {
		t.Fatalf("clean load gave %+v", want.Counts)
	}
	check := func(t *testing.T) {
		t.Helper()
		got, err := st.Fingerprint(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got.Counts, want.Counts) {
			t.Errorf("counts after the re-run differ from a clean load:\n got  %v\n want %v", got.Counts, want.Counts)
		}
		if got.Hash != want.Hash {
			t.Errorf("property hash after the re-run differs from a clean load:\n%s", rowDiff(got.Rows, want.Rows))
		}
	}

	for _, at := range []int{1, total / 2, total - 2} {
		t.Run(fmt.Sprintf("SIGKILL after %d of %d articles", at, total), func(t *testing.T) {
			// A load that ends before the kill reaches it is run again,
			// up to three times: the kill must land at that point once.
			killed := false
			for try := 0; try < 3 && !killed; try++ {
				if err := st.DeleteEverything(ctx); err != nil {
					t.Fatal(err)
				}
				_, killed = loadProcess(t, bin, cfg, dir, at)
			}
			if !killed {
				t.Fatalf("kg load finished before the kill after %d articles three times", at)
			}
			c, err := st.Counts(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if n := c.Nodes["Article"]; n < int64(at) || n >= int64(total) {
				t.Errorf("after the kill %d articles are stored; want at least the %d reported and fewer than %d", n, at, total)
			}
			loadProcess(t, bin, cfg, dir, 0)
			check(t)
		})
	}

	t.Run("context cancelled during a write", func(t *testing.T) {
		if err := st.DeleteEverything(ctx); err != nil {
			t.Fatal(err)
		}
		if err := st.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		v, err := facts.NewValidator()
		if err != nil {
			t.Fatal(err)
		}
		x, err := extract.New(extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		cctx, cancel := context.WithCancel(ctx)
		defer cancel()
		w := &cancellingWriter{w: st, after: int32(total / 2), cancel: cancel}
		sum, err := loader.New(w, v, x, nil).Load(cctx, []string{dir}, nil)
		if err == nil || sum.Stopped == "" || !strings.Contains(sum.String(), "stopped: ") {
			t.Fatalf("a cancelled load returned %v; summary:\n%s", err, sum)
		}
		if sum.Articles != total/2 {
			t.Errorf("summary says %d articles loaded, want %d", sum.Articles, total/2)
		}
		if _, err := loader.New(st, v, x, nil).Load(ctx, []string{dir}, nil); err != nil {
			t.Fatal(err)
		}
		check(t)
	})
}

// rowDiff shows the first rows only one of two fingerprints has.
func rowDiff(got, want []string) string {
	in := func(rows []string) map[string]bool {
		m := map[string]bool{}
		for _, r := range rows {
			m[r] = true
		}
		return m
	}
	g, w := in(got), in(want)
	var b strings.Builder
	n := 0
	for _, r := range got {
		if !w[r] && n < 5 {
			fmt.Fprintf(&b, " only after the re-run: %.400s\n", r)
			n++
		}
	}
	n = 0
	for _, r := range want {
		if !g[r] && n < 5 {
			fmt.Fprintf(&b, " only in the clean load: %.400s\n", r)
			n++
		}
	}
	return b.String()
}

// cancellingWriter cancels the context in the middle of write number after+1,
// once the transaction has begun.
type cancellingWriter struct {
	w      loader.Writer
	n      atomic.Int32
	after  int32
	cancel context.CancelFunc
}

func (c *cancellingWriter) WriteArticle(ctx context.Context, f graph.ArticleFacts) (graph.WriteResult, error) {
	if c.n.Add(1) == c.after+1 {
		go func() {
			time.Sleep(5 * time.Millisecond)
			c.cancel()
		}()
	}
	return c.w.WriteArticle(ctx, f)
}
