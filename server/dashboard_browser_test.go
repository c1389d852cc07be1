package server_test

import (
	"context"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// screenshotDir is where the dashboard test writes its screenshots, for a
// developer to look at: .cache/screenshots (git-ignored) unless
// KG_SCREENSHOTS names another folder. The README shows the ones in
// docs/screenshots, refreshed with
// KG_SCREENSHOTS=$PWD/docs/screenshots scripts/test -- -run TestDashboardInBrowser ./server
// so that an ordinary test run never rewrites committed files.
func screenshotDir() string {
	if dir := os.Getenv("KG_SCREENSHOTS"); dir != "" {
		return dir
	}
	return filepath.Join("..", ".cache", "screenshots")
}

// The dashboard as an analyst uses it, in headless Chromium, on the sample
// article: search "Rusia", open Russia, see North Korea among its allies
// with the "sekutu" sentence and the timeline's bars, open the network and
// see it drawn, open the path between North Korea and Wagner Group. Each
// page is captured (see screenshotDir); every request goes to this server.
func TestDashboardInBrowser(t *testing.T) {
	exe := chromium(t)
	srv, _ := newServer(t)
	origin, err := url.Parse(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	b := startBrowser(t, exe, 1366, 6*browserWait)
	ctx, page, step, poll := b.ctx, b.page, b.step, b.poll
	b.onFail = func(what string) { shot(t, ctx, "failed-"+strings.ReplaceAll(what, " ", "-")) }
	if err := os.MkdirAll(screenshotDir(), 0o755); err != nil {
		t.Fatal(err)
	}

	// Search with autocomplete.
	step("open the dashboard", chromedp.Navigate(srv.URL+"/dashboard"), chromedp.WaitVisible(chromedp.CSS("#q")))
	step("type Rusia", chromedp.SendKeys(chromedp.CSS("#q"), "Rusia"))
	poll("Russia among the suggestions", `[...document.querySelectorAll('#ac-list .ac-item')].some(e => e.textContent.startsWith('Russia')) ? 'ok' : null`)
	shot(t, ctx, "search")
	step("open Russia", chromedp.Click(chromedp.JSPath(`[...document.querySelectorAll('#ac-list .ac-item')].find(e => e.textContent.startsWith('Russia'))`)))

	// The actor page.
	hash := poll("the actor page of Russia", `location.hash.startsWith('#/actor/RUS') && document.querySelector('#actor-name') ? location.hash : null`)
	name := poll("the actor's name", `document.querySelector('#actor-name').textContent`)
	if name != "Russia" {
		t.Errorf("actor page %s shows %q, want Russia", hash, name)
	}
	ally := poll("North Korea among the allies", `(() => { const r = document.querySelector('#allies .tie-row[data-actor="PRK"]'); return r ? r.textContent : null; })()`)
	if !strings.Contains(ally, "North Korea") || !strings.Contains(ally, "sekutu") {
		t.Errorf("the allies row of North Korea reads %q, want the name and the \"sekutu\" sentence", ally)
	}
	bars := poll("the timeline's bars", `(() => { const n = document.querySelectorAll('#timeline .tl-bar').length; return n ? String(n) : null; })()`)
	if n, _ := strconv.Atoi(bars); n < 1 {
		t.Errorf("timeline bars: %s", bars)
	}
	evs := poll("the latest events", `(() => { const n = document.querySelectorAll('#events .ev').length; return n ? String(n) : null; })()`)
	if n, _ := strconv.Atoi(evs); n < 1 {
		t.Errorf("latest events: %s", evs)
	}
	shot(t, ctx, "actor")

	// The network around Russia.
	step("open the network", chromedp.Click(chromedp.JSPath(`[...document.querySelectorAll('.actor-head a')].find(a => a.textContent.startsWith('Network'))`)))
	nodes := poll("the network drawn", `(() => { const c = document.querySelector('#cy'); return c && c.dataset.nodes && c.querySelector('canvas') ? c.dataset.nodes + ' ' + c.dataset.edges : null; })()`)
	var nn, ne int
	if f := strings.Fields(nodes); len(f) == 2 {
		nn, _ = strconv.Atoi(f[0])
		ne, _ = strconv.Atoi(f[1])
	}
	if nn < 3 || ne < 2 {
		t.Errorf("the network has %d nodes and %d edges, want Russia, its allies and adversaries", nn, ne)
	}
	step("let the layout settle", chromedp.Sleep(500*time.Millisecond))
	shot(t, ctx, "network")

	// Between two actors: the path with its evidence.
	step("open the path page", chromedp.Navigate(srv.URL+"/dashboard/#/between/PRK/wagner-group"))
	hops := poll("the path's hops", `(() => { const n = document.querySelectorAll('#path .hop').length; return n ? String(n) : null; })()`)
	if n, _ := strconv.Atoi(hops); n < 1 {
		t.Errorf("path hops: %s", hops)
	}
	poll("evidence on a hop", `document.querySelector('#path .hop .sentence') ? 'ok' : null`)
	shot(t, ctx, "between")

	// As of a day before the sample article, Russia had no allies: the
	// period selector holds the day and the page says so.
	step("open Russia as of 2023-01-01", chromedp.Navigate(srv.URL+"/dashboard/#/actor/RUS?asOf=2023-01-01"))
	none := poll("no allies as of 2023-01-01", `(() => { const e = document.querySelector('#allies .empty'); return e && document.querySelector('#period [name=asOf]').value === '2023-01-01' ? e.textContent : null; })()`)
	if none != "No allies in this period." {
		t.Errorf("allies as of 2023-01-01: %q", none)
	}

	// Errors are shown on the page: an unknown actor.
	step("open an unknown actor", chromedp.Navigate(srv.URL+"/dashboard/#/actor/no-such-actor"))
	msg := poll("the error shown", `(() => { const e = document.querySelector('main .error'); return e ? e.textContent : null; })()`)
	if !strings.Contains(msg, "no-such-actor") {
		t.Errorf("the error for an unknown actor reads %q", msg)
	}

	requests, pageErrors := page.snapshot()
	sameOrigin(t, requests, origin, "/dashboard/assets/cytoscape.min.js", "/graphql")
	for _, e := range pageErrors {
		t.Errorf("the page reported an error: %s", e)
	}
}

// shot writes the page as it is to name.png in screenshotDir.
func shot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	sctx, cancel := context.WithTimeout(ctx, browserWait)
	defer cancel()
	// Quality 100 is a PNG.
	png, err := chromedp.Run(sctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Errorf("screenshot %s: %v", name, err)
		return
	}
	p := filepath.Join(screenshotDir(), name+".png")
	if err := os.WriteFile(p, png, 0o644); err != nil {
		t.Errorf("screenshot %s: %v", name, err)
		return
	}
	t.Logf("screenshot: %s", p)
}
