package loader_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/geokg/kg/graph"
	"github.com/geokg/kg/graph/graphtest"
	"github.com/geokg/kg/loader/facts"
)

// happening is what the tests read back of an Event.
type happening struct {
	cameo, status                        string
	articles, sources, mentions, reports int64
	sector                               string
}

// read runs a read query on the test database (tests only: the loader
// itself never sees Cypher).
func read(t *testing.T, cypher string) []*neo4j.Record {
	t.Helper()
	c := graphtest.Config(t)
	auth := neo4j.NoAuth()
	if c.Password != "" && c.Password != "unused" {
		auth = neo4j.BasicAuth(c.User, c.Password, "")
	}
	d, err := neo4j.NewDriverWithContext(c.URI, auth)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close(context.Background())
	res, err := neo4j.ExecuteQuery(context.Background(), d, cypher, nil, neo4j.EagerResultTransformer)
	if err != nil {
		t.Fatal(err)
	}
	return res.Records
}

func happenings(t *testing.T, _ *graph.Store) []happening {
	t.Helper()
	var out []happening
	for _, r := range read(t, `MATCH (e:Event)
RETURN e.cameo AS c, e.status AS s, e.numArticles AS na, e.numSources AS ns, e.numMentions AS nm,
       COUNT { (e)-[:REPORTED_IN]->() } AS nr, coalesce(e.sourceSector, '') AS sec
ORDER BY c, s`) {
		m := r.AsMap()
		out = append(out, happening{cameo: m["c"].(string), status: m["s"].(string), articles: m["na"].(int64),
			sources: m["ns"].(int64), mentions: m["nm"].(int64), reports: m["nr"].(int64), sector: m["sec"].(string)})
	}
	return out
}

func articleTimes(t *testing.T, _ *graph.Store) []string {
	t.Helper()
	var out []string
	for _, r := range read(t, `MATCH (a:Article) RETURN a.id AS id, toString(a.createdAt) AS c, toString(a.updatedAt) AS u ORDER BY id`) {
		out = append(out, fmt.Sprint(r.Values...))
	}
	return out
}

func writeDoc(t *testing.T, d *facts.Document) string {
	t.Helper()
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "doc.json")
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// report is a one-event document: outlet reports that PRK met RUS on day,
// with the given status and CAMEO code.
func report(url, outlet, cameo, status, day string, extra ...facts.Event) *facts.Document {
	ev := func(cameo, status string) facts.Event {
		return facts.Event{Type: "meet", Cameo: cameo, QuadClass: 1, Goldstein: 1, Source: "PRK", Target: "RUS",
			SourceSector: "GOV", Date: day, Status: status, Confidence: 0.8,
			Evidence: []facts.Evidence{{Sentence: "North Korea met Russia.", Start: 0, End: 23, Confidence: 0.8}}}
	}
	d := &facts.Document{Format: facts.Format,
		Article:   facts.Article{URL: url, Source: outlet, Language: "en", Published: day},
		Extractor: facts.Extractor{Name: "manual", Version: "1"},
		Actors:    []facts.Actor{{ID: "PRK", Name: "North Korea", Kind: "state"}, {ID: "RUS", Name: "Russia", Kind: "state"}},
		Events:    append([]facts.Event{ev(cameo, status)}, extra...),
	}
	return d
}

func TestOneEventPerHappening(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	l := newLoader(t, st)
	a := report("https://a.example/1", "Outlet A", "040", "fact", "2023-09-13")
	b := report("https://b.example/1", "Outlet B", "040", "fact", "2023-09-13")
	c := report("https://c.example/1", "Outlet B", "040", "fact", "2023-09-13")
	for _, d := range []*facts.Document{a, b, c} {
		if _, err := l.Write(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	got := happenings(t, st)
	want := []happening{{cameo: "040", status: "fact", articles: 3, sources: 2, mentions: 3, reports: 3, sector: "GOV"}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("three articles reporting one meeting:\n got  %+v\n want %+v", got, want)
	}

	t.Run("deleting one article removes only its report", func(t *testing.T) {
		r, err := st.DeleteArticle(ctx, "https://a.example/1")
		if err != nil || !r.Found || r.EventsDeleted != 0 || r.EvidenceDeleted != 1 {
			t.Fatalf("delete: %+v %v", r, err)
		}
		got := happenings(t, st)
		want := []happening{{cameo: "040", status: "fact", articles: 2, sources: 1, mentions: 2, reports: 2, sector: "GOV"}}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("after deleting one of three:\n got  %+v\n want %+v", got, want)
		}
	})
	t.Run("re-loading an article that no longer reports it", func(t *testing.T) {
		c2 := report("https://c.example/1", "Outlet B", "042", "fact", "2023-09-13")
		if _, err := l.Write(ctx, c2); err != nil {
			t.Fatal(err)
		}
		got := happenings(t, st)
		want := []happening{
			{cameo: "040", status: "fact", articles: 1, sources: 1, mentions: 1, reports: 1, sector: "GOV"},
			{cameo: "042", status: "fact", articles: 1, sources: 1, mentions: 1, reports: 1, sector: "GOV"},
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("after re-loading c:\n got  %+v\n want %+v", got, want)
		}
	})
	t.Run("the event goes with its last report", func(t *testing.T) {
		r, err := st.DeleteArticle(ctx, "https://b.example/1")
		if err != nil || r.EventsDeleted != 1 {
			t.Fatalf("delete: %+v %v", r, err)
		}
		got := happenings(t, st)
		want := []happening{{cameo: "042", status: "fact", articles: 1, sources: 1, mentions: 1, reports: 1, sector: "GOV"}}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("after deleting b:\n got  %+v\n want %+v", got, want)
		}
	})
}

func TestEventsDistinctInCodeOrStatusStayDistinct(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	l := newLoader(t, st)
	day := "2023-09-13"
	base := report("https://a.example/2", "Outlet A", "040", "fact", day)
	other := base.Events[0]
	other.Status = "alleged"
	code := base.Events[0]
	code.Cameo = "043"
	same := base.Events[0]
	same.Evidence = []facts.Evidence{{Sentence: "They met again.", Start: 24, End: 39, Confidence: 0.7}}
	base.Events = append(base.Events, other, code, same)
	w, err := l.Write(ctx, base)
	if err != nil {
		t.Fatal(err)
	}
	if w.EventsCreated != 3 {
		t.Errorf("events created = %d, want 3 (fact 040, alleged 040, fact 043; the fourth is the first again)", w.EventsCreated)
	}
	got := happenings(t, st)
	want := []happening{
		{cameo: "040", status: "alleged", articles: 1, sources: 1, mentions: 1, reports: 1, sector: "GOV"},
		{cameo: "040", status: "fact", articles: 1, sources: 1, mentions: 2, reports: 1, sector: "GOV"},
		{cameo: "043", status: "fact", articles: 1, sources: 1, mentions: 1, reports: 1, sector: "GOV"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got  %+v\n want %+v", got, want)
	}
	// The loader's summary says what was merged.
	sum, err := l.Load(ctx, []string{writeDoc(t, base)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.EventsFused != 1 || sum.EventsCreated+sum.EventsMerged != 3 {
		t.Errorf("summary: fused %d, created %d, merged %d; want 1 fused of 4, 3 events", sum.EventsFused, sum.EventsCreated, sum.EventsMerged)
	}
}

func TestIdenticalReloadChangesNothing(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	l := newLoader(t, st)
	if _, err := l.Load(ctx, []string{"../testdata/facts"}, nil); err != nil {
		t.Fatal(err)
	}
	before := articleTimes(t, st)
	s2, err := l.Load(ctx, []string{"../testdata/facts"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if s2.Articles != 1 || len(s2.Rejected) != 0 {
		t.Fatalf("reload: %+v", s2)
	}
	if after := articleTimes(t, st); !reflect.DeepEqual(before, after) {
		t.Errorf("reload changed the article's times: %v → %v", before, after)
	}
}

// TestBatchedLoadLeavesTheSameGraph: Load with Batch (graph.Store.BulkWrite,
// several articles per transaction) leaves the graph and the summary that
// one transaction per article leaves: reports of one happening from several
// articles, an article loaded twice in a row with other facts (its batch is
// written before the second), a rejected document; a reload is unchanged.
func TestBatchedLoadLeavesTheSameGraph(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	dir := t.TempDir()
	bad := report("https://d.example/1", "Outlet D", "040", "fact", "2023-09-13")
	bad.Events[0].Source = "NOBODY"
	docs := []*facts.Document{
		report("https://a.example/1", "Outlet A", "040", "fact", "2023-09-13"),
		report("https://b.example/1", "Outlet B", "040", "fact", "2023-09-13"),
		report("https://c.example/1", "Outlet B", "040", "fact", "2023-09-14"),
		bad,
		report("https://c.example/1", "Outlet B", "042", "fact", "2023-09-13"),
		report("https://e.example/1", "", "040", "fact", "2023-09-12"),
	}
	for i, d := range docs {
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%d.json", i)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	inputs := []string{dir, "../testdata/facts"}
	one := newLoader(t, st)
	want, err := one.Load(ctx, inputs, nil)
	if err != nil {
		t.Fatal(err)
	}
	wantFP, err := st.Fingerprint(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, batch := range []int{2, 100} {
		t.Run(fmt.Sprintf("batch %d", batch), func(t *testing.T) {
			if err := st.DeleteEverything(ctx); err != nil {
				t.Fatal(err)
			}
			l := newLoader(t, st)
			l.Batch = batch
			got, err := l.Load(ctx, inputs, nil)
			if err != nil {
				t.Fatal(err)
			}
			fp, err := st.Fingerprint(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if fp.Hash != wantFP.Hash {
				t.Errorf("the batched load left another graph: %v, want %v", fp.Counts, wantFP.Counts)
			}
			if got.Articles != want.Articles || got.ArticlesCreated != want.ArticlesCreated || len(got.Rejected) != 1 ||
				len(want.Rejected) != 1 || got.EventsCreated != want.EventsCreated || got.EventsMerged != want.EventsMerged ||
				got.EvidenceTotal != want.EvidenceTotal || got.Unchanged != want.Unchanged {
				t.Errorf("summary\n got  %+v\n want %+v", got, want)
			}
			again, err := l.Load(ctx, inputs, nil)
			// c.example/1 is loaded twice with other facts: both of its
			// loads replace; the others are unchanged.
			if err != nil || again.Unchanged != again.Articles-2 || again.Articles != want.Articles {
				t.Errorf("reload: %+v %v", again, err)
			}
		})
	}
}
