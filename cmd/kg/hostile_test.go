package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/geokg/kg/graph/graphtest"
	"github.com/geokg/kg/loader"
	"github.com/geokg/kg/loader/extract"
	"github.com/geokg/kg/loader/facts"
	"github.com/geokg/kg/schema"
)

// kg load on hostile and broken inputs: each is refused or cut visibly,
// naming the file, the place and the cap, and nothing of a refused input is
// stored.
func TestLoadHostileInputs(t *testing.T) {
	cfg := graphtest.Config(t)
	st := graphtest.Store(t)
	ctx := context.Background()
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	sentence := "Presiden Rusia Vladimir Putin bertemu Presiden China Xi Jinping di Moskow dan menyatakan Korea Utara adalah sekutu Rusia. "
	sample, err := os.ReadFile("../../testdata/facts/kompastv-2023-06-25-korut-wagner.json")
	if err != nil {
		t.Fatal(err)
	}
	// A facts document whose "format" comes after 200 KB of actors.
	var doc map[string]any
	if err := json.Unmarshal(sample, &doc); err != nil {
		t.Fatal(err)
	}
	actors := doc["actors"].([]any)
	for i := 0; i < 400; i++ {
		actors = append(actors, map[string]any{"id": "filler-" + strings.Repeat("x", 1+i%20) + "-" + itoa(i), "name": strings.Repeat("Filler name ", 40), "kind": "person"})
	}
	var late strings.Builder
	late.WriteString(`{"actors":`)
	b, _ := json.Marshal(actors)
	late.Write(b)
	for _, k := range []string{"article", "extractor", "events", "stances", "format"} {
		b, _ := json.Marshal(doc[k])
		late.WriteString(`,"` + k + `":`)
		late.Write(b)
	}
	late.WriteString("}")
	if late.Len() < 128<<10 || strings.Index(late.String(), `"format"`) < 128<<10 {
		t.Fatalf("the late-format document is %d bytes, format at %d", late.Len(), strings.Index(late.String(), `"format"`))
	}

	args := func(extra ...string) []string {
		return append([]string{"load", "--neo4j-uri", cfg.URI, "--neo4j-user", cfg.User, "--neo4j-password", cfg.Password}, extra...)
	}
	tests := []struct {
		name     string
		file     string
		content  string
		flags    []string
		code     int
		stdout   []string // in the summary
		articles int64    // in the graph afterwards
	}{
		{"huge repeated sentence is cut with a warning", "huge.txt", "---\nurl: https://example.org/huge\n---\n" + strings.Repeat(sentence, (2<<20)/len(sentence)), nil, 0,
			[]string{"articles 1 loaded (1 new", "1 with warnings", "warning: " + filepath.Join(dir, "huge.txt") + ": document 1 (line 1): truncated", "limit MaxMentions"}, 1},
		{"boilerplate-only article is refused", "links.txt", "Baca Juga: Putin Bertemu Kim Jong Un\nBaca juga: Wagner Mundur\nPenulis: Redaksi\n", nil, 1,
			[]string{"articles 0 loaded", "1 rejected", "links.txt: document 1 (line 1): article has no story text", "boilerplate"}, 0},
		{"empty article is refused", "empty.md", "---\ntitle: Nothing\n---\n\n", nil, 1, []string{"1 rejected", "empty.md: document 1 (line 1)", "empty"}, 0},
		{"bad date in front matter is refused", "baddate.md", "---\nurl: https://example.org/baddate\npublished: \"2023-13-45\"\n---\nRusia menyerang Ukraina pada Februari 2022.\n", nil, 1,
			[]string{"1 rejected", "baddate.md: document 1 (line 1): front matter field \"published\": \"2023-13-45\" is not a date"}, 0},
		{"invalid UTF-8 in a facts document is refused", "bad-utf8.jsonl", `{"format":"kg-facts/1","article":{"url":"https://example.org/u"},"extractor":{"name":"t","version":"1"},"actors":[]}` + "\n" + `{"format":"kg-facts/1","article":{"url":"https://example.org/v"},"extractor":{"name":"t","version":"1"},"actors":[{"id":"RUS","name":"Ru` + "\xff" + `ssia","kind":"state"}]}` + "\n", nil, 1,
			[]string{"articles 1 loaded", "bad-utf8.jsonl: document 2 (line 2): line 2: /actors/0/name: is not valid UTF-8"}, 1},
		{"NUL in a facts document is refused", "nul.json", `{"format":"kg-facts/1","article":{"url":"https://example.org/n","title":"a\u0000b"},"extractor":{"name":"t","version":"1"},"actors":[]}`, nil, 1,
			[]string{"nul.json: document 1 (line 1): line 1: /article/title: holds control character U+0000"}, 0},
		{"facts document over the evidence cap is refused", "sample.json", string(sample), []string{"--max-document-evidence", "10"}, 1,
			[]string{"sample.json: document 1 (line 1): /actors/", "more than the cap of 10", "MaxEvidence"}, 0},
		{"facts document with its format after 128 KiB is recognised", "late-format.json", late.String(), nil, 0, []string{"articles 1 loaded (1 new"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := st.DeleteEverything(ctx); err != nil {
				t.Fatal(err)
			}
			p := write(tt.file, tt.content)
			code, stdout, stderr := runKG(t, args(append(tt.flags, p)...)...)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr %s", code, tt.code, stderr)
			}
			for _, w := range tt.stdout {
				if !strings.Contains(stdout, w) {
					t.Errorf("summary lacks %q:\n%s", w, stdout)
				}
			}
			c, err := st.Counts(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if c.Nodes["Article"] != tt.articles {
				t.Errorf("%d articles stored, want %d", c.Nodes["Article"], tt.articles)
			}
			if tt.articles == 0 && len(c.Nodes) > 1 { // the Migration node stays
				t.Errorf("a refused input left %v", c.Nodes)
			}
			if lim := extract.DefaultLimits(); c.Nodes["Evidence"]+c.Relationships["MENTIONS"] > int64(lim.MaxMentions+2*lim.MaxEvidence+100) {
				t.Errorf("%d evidence and %d mentions stored: over the caps", c.Nodes["Evidence"], c.Relationships["MENTIONS"])
			}
		})
	}

	t.Run("an identical reload is reported unchanged", func(t *testing.T) {
		if err := st.DeleteEverything(ctx); err != nil {
			t.Fatal(err)
		}
		p := write("again.json", string(sample))
		if code, out, errOut := runKG(t, args(p)...); code != 0 || !strings.Contains(out, "(1 new, 0 updated, 0 unchanged)") {
			t.Fatalf("first load: exit %d\n%s%s", code, out, errOut)
		}
		if code, out, errOut := runKG(t, args(p)...); code != 0 || !strings.Contains(out, "(0 new, 0 updated, 1 unchanged)") {
			t.Errorf("reload: exit %d\n%s%s", code, out, errOut)
		}
	})
}

// ingestArticle refuses a text over its cap before any work, and reports
// what a cap cut from a pathological article under it.
func TestIngestArticleCaps(t *testing.T) {
	st := graphtest.Store(t)
	v, err := facts.NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	sch, err := schema.New(st, ingester{x: x, l: loader.New(st, v, x, nil), maxBytes: 200 << 10})
	if err != nil {
		t.Fatal(err)
	}
	do := func(text string) map[string]any {
		res := sch.Do(schema.WithAuthenticated(context.Background(), true), `mutation($in: ArticleInput!) { ingestArticle(input: $in) { articleId warnings } }`, "",
			map[string]any{"in": map[string]any{"text": text, "url": "https://example.org/ingest-cap"}})
		b, _ := json.Marshal(res)
		var out map[string]any
		json.Unmarshal(b, &out)
		return out
	}
	sentence := "Presiden Rusia Vladimir Putin bertemu Presiden China Xi Jinping di Moskow dan menyatakan Korea Utara adalah sekutu Rusia. "
	out := do(strings.Repeat(sentence, (1<<20)/len(sentence)))
	if e := js(out["errors"]); !strings.Contains(e, "BAD_USER_INPUT") || !strings.Contains(e, "more than the cap of 204800 bytes for ingestArticle") {
		t.Errorf("1 MB article: %s", js(out))
	}
	if c, _ := st.Counts(context.Background()); c.Nodes["Article"] != 0 {
		t.Error("a refused ingest wrote an article")
	}
	out = do(strings.Repeat(sentence, (190<<10)/len(sentence)))
	if out["errors"] != nil || !strings.Contains(js(out["data"]), "truncated") || !strings.Contains(js(out["data"]), "MaxMentions") {
		t.Errorf("190 KB article: %s", js(out))
	}
}
