package server_test

import (
	"context"
	"encoding/json"
	"net/url"
	"os"
	"os/exec"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// browserWait bounds each step of the browser test: start, page load, a
// query's result, a tab switch.
const browserWait = 60 * time.Second

// chromium returns the Chromium the browser test drives. Without one the test
// fails when CI or KG_REQUIRE_BROWSER is set, and is skipped otherwise.
func chromium(t *testing.T) string {
	t.Helper()
	path, err := exec.LookPath("chromium")
	if err == nil {
		return path
	}
	const msg = "Chromium is not installed (apt-get install chromium): the playground's browser test drives it headless"
	if os.Getenv("CI") != "" || os.Getenv("KG_REQUIRE_BROWSER") != "" {
		t.Fatal(msg + "; CI or KG_REQUIRE_BROWSER is set, so it must run")
	}
	t.Skip(msg)
	return ""
}

// pageLog records what the page did: every request it sent and every error it
// reported (uncaught exceptions, console.error, browser log errors such as
// Content-Security-Policy violations).
type pageLog struct {
	mu       sync.Mutex
	requests []string
	errors   []string
}

func (l *pageLog) listen(ev any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	switch ev := ev.(type) {
	case *network.EventRequestWillBeSent:
		l.requests = append(l.requests, ev.Request.URL)
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		msg := d.Text
		if d.Exception != nil && d.Exception.Description != "" {
			msg += " " + d.Exception.Description
		}
		l.errors = append(l.errors, "exception: "+msg)
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError {
			var args []string
			for _, a := range ev.Args {
				if a.Description != "" {
					args = append(args, a.Description)
				} else {
					args = append(args, string(a.Value))
				}
			}
			l.errors = append(l.errors, "console.error: "+strings.Join(args, " "))
		}
	case *cdplog.EventEntryAdded:
		// The page declares no icon, so Chromium asks this server for
		// /favicon.ico, which is not found: not the playground's error.
		favicon := ev.Entry.Source == cdplog.EntrySourceNetwork && strings.HasSuffix(ev.Entry.URL, "/favicon.ico")
		if ev.Entry.Level == cdplog.EntryLevelError && !favicon {
			l.errors = append(l.errors, string(ev.Entry.Source)+": "+ev.Entry.Text+" "+ev.Entry.URL)
		}
	}
}

func (l *pageLog) snapshot() (requests, errors []string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return slices.Clone(l.requests), slices.Clone(l.errors)
}

// editorValue is a JavaScript expression: the text of the CodeMirror editor
// inside the element that sel selects ("" until there is one). It reads the
// editor's value, not its DOM, which holds only the lines in view.
func editorValue(sel string) string {
	return `(() => { const e = document.querySelector(` + jsString(sel+" .CodeMirror") + `); return e && e.CodeMirror ? e.CodeMirror.getValue() : ""; })()`
}

// jsString is s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

type namedAlly struct {
	Actor struct {
		Name string `json:"name"`
	} `json:"actor"`
}

type tab struct {
	Title  string `json:"title"`
	Active bool   `json:"active"`
}

const tabsJS = `[...document.querySelectorAll('.graphiql-tab')].map(t => ({
	title: t.querySelector('.graphiql-tab-button').textContent,
	active: t.classList.contains('graphiql-tab-active'),
}))`

// browser is one test's headless Chromium: ctx is bound to it (each step
// and poll has its own browserWait), page records what the page did, and
// onFail, when set, runs before a failing step or poll ends the test (to
// take a screenshot).
type browser struct {
	t      *testing.T
	ctx    context.Context
	page   *pageLog
	onFail func(what string)
}

// startBrowser starts Chromium (exe) with a window width×900 pixels wide for
// at most total, the backstop for the whole session. It is stopped, and
// waited for, when the test ends, before its profile directory is removed.
func startBrowser(t *testing.T, exe string, width int, total time.Duration) *browser {
	t.Helper()
	root, cancelRoot := context.WithTimeout(context.Background(), total)
	t.Cleanup(cancelRoot)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(root,
		chromedp.ExecPath(exe),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.WindowSize(width, 900),
	)
	t.Cleanup(cancelAlloc) // stops Chromium and waits for it, before TempDir's cleanup
	b := &browser{t: t, page: &pageLog{}}
	ctx, cancel := chromedp.NewContext(allocCtx, chromedp.WithListener(b.page.listen))
	t.Cleanup(cancel)
	b.ctx = ctx
	// The first Do starts Chromium and binds it to ctx, not to a step's
	// timeout (root bounds it).
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start %s: %v", exe, err)
	}
	return b
}

// step runs actions under their own timeout; the browser outlives it.
func (b *browser) step(what string, actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	sctx, cancel := context.WithTimeout(b.ctx, browserWait)
	defer cancel()
	if err := chromedp.Do(sctx, actions...); err != nil {
		b.fail(what, err)
	}
}

// poll waits until expression evaluates to a non-empty string and returns it.
func (b *browser) poll(what, expression string) string {
	b.t.Helper()
	sctx, cancel := context.WithTimeout(b.ctx, browserWait)
	defer cancel()
	v, err := chromedp.Run(sctx, chromedp.Poll[string](expression, chromedp.WithPollingTimeout(browserWait)))
	if err != nil {
		b.fail(what, err)
	}
	return v
}

// sameOrigin checks that every request the page sent went to origin (or
// stayed in the page: data and blob URLs), so that it works offline, and
// that the paths in want were among them.
func sameOrigin(t *testing.T, requests []string, origin *url.URL, want ...string) {
	t.Helper()
	seen := map[string]bool{}
	for _, r := range requests {
		u, err := url.Parse(r)
		if err != nil {
			t.Errorf("request to %q: %v", r, err)
			continue
		}
		switch {
		case u.Scheme == "data" || u.Scheme == "blob":
			// In the page; no network.
		case (u.Scheme == "http" || u.Scheme == "https") && u.Host == origin.Host:
			seen[u.Path] = true
		default:
			t.Errorf("the page requested %s: not this server (%s)", r, origin.Host)
		}
	}
	for _, p := range want {
		if !seen[p] {
			t.Errorf("requests seen: %q; want %s from %s", requests, p, origin.Host)
		}
	}
}

func (b *browser) fail(what string, err error) {
	b.t.Helper()
	if b.onFail != nil {
		b.onFail(what)
	}
	_, errs := b.page.snapshot()
	b.t.Fatalf("%s: %v (page errors: %q)", what, err, errs)
}

// The playground as an analyst uses it, in a real headless Chromium: it opens
// with the saved examples, allies first and active; running that shows North
// Korea; every example is one click away; and the page fetches nothing from
// any host but this server, so it works offline.
func TestPlaygroundInBrowser(t *testing.T) {
	exe := chromium(t)
	srv, _ := newServer(t)
	origin, err := url.Parse(srv.URL)
	if err != nil {
		t.Fatal(err)
	}

	b := startBrowser(t, exe, 1280, 4*browserWait)
	ctx, page, step, poll := b.ctx, b.page, b.step, b.poll
	defer func() {
		if !t.Failed() {
			return
		}
		sctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		png, err := chromedp.Run(sctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Logf("no screenshot: %v", err)
			return
		}
		f, err := os.CreateTemp("", "kg-playground-*.png")
		if err == nil {
			_, err = f.Write(png)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
		}
		if err != nil {
			t.Logf("no screenshot: %v", err)
			return
		}
		t.Logf("screenshot of the page: %s", f.Name())
	}()

	step("open the playground", chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(chromedp.CSS(".graphiql-execute-button")))
	query := poll("the query editor holds the allies query", `(() => { const v = `+editorValue(".graphiql-query-editor")+`; return v.includes("allies(") ? v : null; })()`)
	if !strings.Contains(query, `allies(of: "Rusia", since: "2022-01-01")`) {
		t.Errorf("the playground opens with\n%s\nwant the allies of Russia since 2022", query)
	}

	// Run it, as a user does, and read the result pane.
	step("run the allies query", chromedp.Click(chromedp.CSS(".graphiql-execute-button")))
	result := poll("a result in the result pane", `(() => { const v = `+editorValue(".result-window")+`; return v.trim() ? v : null; })()`)
	var res struct {
		Data struct {
			Allies []namedAlly `json:"allies"`
		} `json:"data"`
		Errors []json.RawMessage `json:"errors"`
	}
	if err := json.Unmarshal([]byte(result), &res); err != nil {
		t.Fatalf("the result pane holds no GraphQL response (%v):\n%s", err, result)
	}
	if len(res.Errors) > 0 || !slices.ContainsFunc(res.Data.Allies, func(a namedAlly) bool { return a.Actor.Name == "North Korea" }) {
		t.Errorf("the result pane does not name North Korea as an ally of Russia:\n%s", result)
	}

	// The saved examples, one tab each, allies first and active.
	sctx, cancelTabs := context.WithTimeout(ctx, browserWait)
	tabs, err := chromedp.Run(sctx, chromedp.Evaluate[[]tab](tabsJS))
	cancelTabs()
	if err != nil {
		t.Fatal(err)
	}
	wantTabs := []tab{{"Allies", true}, {"Timeline", false}, {"Path", false}, {"Neighborhood", false}, {"Search", false}}
	if !slices.Equal(tabs, wantTabs) {
		t.Errorf("tabs = %+v, want %+v", tabs, wantTabs)
		tabs = nil // no tabs to click through
	}

	// Every example is one click away, opening with its one-line comment.
	for _, tt := range []struct{ title, query string }{
		{"Timeline", `timeline(actor: "PRK", bucket: MONTH)`},
		{"Path", `path(from: "PRK", to: "wagner-group", maxHops: 4)`},
		{"Neighborhood", `neighborhood(actor: "RUS", depth: 2, limit: 50)`},
		{"Search", `search(text: "Wagner")`},
		{"Allies", `allies(of: "Rusia", since: "2022-01-01")`},
	} {
		if tabs == nil {
			break
		}
		button := chromedp.JSPath(`[...document.querySelectorAll('.graphiql-tab-button')].find(b => b.textContent === ` + jsString(tt.title) + `)`)
		step("open the "+tt.title+" tab", chromedp.Click(button))
		got := poll("the "+tt.title+" tab's query", `(() => { const v = `+editorValue(".graphiql-query-editor")+`; return v.includes(`+jsString("query "+tt.title+" ")+`) ? v : null; })()`)
		if !strings.Contains(got, tt.query) {
			t.Errorf("%s tab holds\n%s\nwant %s", tt.title, got, tt.query)
		}
		if first, _, _ := strings.Cut(got, "\n"); !strings.HasPrefix(first, "# ") {
			t.Errorf("%s tab starts with %q, want a comment saying what it asks", tt.title, first)
		}
	}

	// Offline: every request went to this server; and there were requests.
	requests, pageErrors := page.snapshot()
	sameOrigin(t, requests, origin, "/playground/assets/graphiql.min.js", "/graphql")
	for _, e := range pageErrors {
		t.Errorf("the page reported an error: %s", e)
	}
}
