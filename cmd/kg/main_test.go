package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/geokg/kg/graph/graphtest"
	"github.com/geokg/kg/loader"
	"github.com/geokg/kg/loader/extract"
	"github.com/geokg/kg/loader/facts"
	"github.com/geokg/kg/schema"
)

func runKG(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := realMain(context.Background(), args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestUsage(t *testing.T) {
	tests := []struct {
		args    []string
		code    int
		wantErr string
	}{
		{nil, 2, "usage: kg COMMAND"},
		{[]string{"help"}, 0, "usage: kg COMMAND"},
		{[]string{"frobnicate"}, 2, `unknown command "frobnicate"`},
		{[]string{"load"}, 2, "no input"},
		{[]string{"extract"}, 2, "no input"},
		{[]string{"load", "--no-such-flag", "x"}, 2, "no-such-flag"},
		{[]string{"load", "--neo4j-uri", "bolt://127.0.0.1:1", "does-not-exist.json"}, 1, "does-not-exist.json"},
	}
	for _, tt := range tests {
		code, _, stderr := runKG(t, tt.args...)
		if code != tt.code || !strings.Contains(stderr, tt.wantErr) {
			t.Errorf("kg %q: exit %d, stderr %q; want exit %d and %q", tt.args, code, stderr, tt.code, tt.wantErr)
		}
	}
}

func TestExtractPrintsFactsOfARawArticle(t *testing.T) {
	code, stdout, stderr := runKG(t, "extract", "../../testdata/articles/kompastv-2023-06-25-korut-wagner.id.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	v, err := facts.NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := v.Decode([]byte(stdout))
	if err != nil {
		t.Fatalf("kg extract printed an invalid facts document: %v", err)
	}
	found := false
	for _, s := range doc.Stances {
		if s.Source == "PRK" && s.Target == "RUS" && s.Relation == "ally" {
			found = true
		}
	}
	if !found {
		t.Errorf("no PRK ally RUS stance in %s", stdout)
	}
}

// kg load with a bad document: the others load, the bad one is named, exit 1.
func TestLoadReportsRejectionsAndExitsNonZero(t *testing.T) {
	cfg := graphtest.Config(t)
	graphtest.Store(t) // an empty database
	code, stdout, stderr := runKG(t, "load", "--neo4j-uri", cfg.URI, "--neo4j-user", cfg.User, "--neo4j-password", cfg.Password, "../../testdata/bad-facts")
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(stdout, "articles 2 loaded") || !strings.Contains(stdout, "batch-with-one-bad.jsonl: document 2 (line 2): /events/3/source") {
		t.Errorf("summary:\n%s", stdout)
	}
	if !strings.Contains(stderr, "3 document(s) rejected") {
		t.Errorf("stderr: %s", stderr)
	}
}

// ingestArticle extracts a raw article and loads it in one transaction; the
// allies query then finds North Korea with the sekutu sentence.
func TestIngestArticleMutation(t *testing.T) {
	st := graphtest.Store(t)
	v, err := facts.NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	sch, err := schema.New(st, ingester{x: x, l: loader.New(st, v, x, nil)})
	if err != nil {
		t.Fatal(err)
	}
	text := `PYONGYANG, KOMPAS.TV - Korea Utara mengungkapkan dukungannya kepada Presiden Rusia Vladimir Putin.
Pyongyang merupakan salah satu sekutu Rusia paling vocal dan konsisten.`
	do := func(q string, vars map[string]any, auth bool) map[string]any {
		res := sch.Do(schema.WithAuthenticated(context.Background(), auth), q, "", vars)
		b, _ := json.Marshal(res)
		var out map[string]any
		json.Unmarshal(b, &out)
		return out
	}
	const m = `mutation($in: ArticleInput!) { ingestArticle(input: $in) { articleId actors events stances articleCreated actorsCreated eventsCreated } }`
	in := map[string]any{"in": map[string]any{"text": text, "url": "https://example.org/nk", "source": "Test", "published": "2023-06-25"}}
	if out := do(m, in, false); !strings.Contains(js(out["errors"]), "UNAUTHENTICATED") {
		t.Fatalf("without a key: %s", js(out))
	}
	if c, _ := st.Counts(context.Background()); c.Nodes["Article"] != 0 {
		t.Fatal("an unauthenticated ingest wrote an article")
	}
	out := do(m, in, true)
	if out["errors"] != nil {
		t.Fatalf("ingest: %s", js(out["errors"]))
	}
	got := js(out["data"])
	for _, want := range []string{`"articleId":"https://example.org/nk"`, `"articleCreated":true`, `"PRK"`, `"RUS"`} {
		if !strings.Contains(got, want) {
			t.Errorf("ingest result %s lacks %s", got, want)
		}
	}
	allies := js(do(`{ allies(of: "Rusia", since: "2022-01-01") { actor { id } evidence { sentence } } }`, nil, false))
	if !strings.Contains(allies, `"PRK"`) || !strings.Contains(allies, "sekutu Rusia") {
		t.Errorf("after ingest, allies of Russia = %s", allies)
	}
	if out := do(m, map[string]any{"in": map[string]any{"text": "\x00\x01\x02binary"}}, true); !strings.Contains(js(out["errors"]), "BAD_USER_INPUT") {
		t.Errorf("binary text: %s", js(out))
	}
}

func js(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
