package loader_test

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/geokg/kg/graph"
	"github.com/geokg/kg/graph/graphtest"
	"github.com/geokg/kg/loader"
	"github.com/geokg/kg/loader/facts"
)

func newLoader(t *testing.T, st *graph.Store) *loader.Loader {
	t.Helper()
	v, err := facts.NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	return loader.New(st, v, nil, nil)
}

func TestLoadTwiceLeavesSameCounts(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	l := newLoader(t, st)
	s1, err := l.Load(ctx, []string{"../testdata/facts"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if s1.Articles != 1 || len(s1.Rejected) != 0 || s1.EventsCreated < 14 || s1.ActorsCreated < 17 {
		t.Fatalf("first load: %+v", s1)
	}
	c1, err := st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	s2, err := l.Load(ctx, []string{"../testdata/facts"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if s2.ArticlesCreated != 0 || s2.EventsCreated != 0 || s2.ActorsCreated != 0 || s2.StancesCreated != 0 || s2.EvidenceCreated != 0 {
		t.Errorf("second load created something: %+v", s2)
	}
	c2, err := st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(c1, c2) {
		t.Errorf("counts differ after second load:\n first  %v\n second %v", c1, c2)
	}
}

func TestBadDocumentsAreRejectedWholeAndOthersLoad(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	sum, err := newLoader(t, st).Load(ctx, []string{"../testdata/bad-facts"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Articles != 2 {
		t.Errorf("loaded %d articles, want 2 (batch documents 1 and 3)", sum.Articles)
	}
	want := []struct{ where, field string }{
		{"batch-with-one-bad.jsonl: document 2 (line 2)", "/events/3/source"},
		{"missing-confidence.json: document 1 (line 1)", "/events/0/evidence/0"},
		{"not-json.json: document 1 (line 1)", "not valid JSON"},
	}
	if len(sum.Rejected) != len(want) {
		t.Fatalf("rejected %d, want %d: %v", len(sum.Rejected), len(want), sum.Rejected)
	}
	for i, w := range want {
		msg := sum.Rejected[i].Err.Error()
		if !strings.Contains(msg, w.where) || !strings.Contains(msg, w.field) {
			t.Errorf("rejection %d = %q, want it to name %q and %q", i, msg, w.where, w.field)
		}
	}
	if !strings.Contains(sum.Rejected[1].Err.Error(), "confidence") {
		t.Errorf("missing field not named: %v", sum.Rejected[1].Err)
	}
	// Nothing of a rejected document is in the graph.
	c, err := st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if c.Nodes["Article"] != 2 {
		t.Errorf("%d articles in the graph, want 2", c.Nodes["Article"])
	}
	for _, bad := range []string{"https://example.org/batch/2", "https://example.org/bad/missing-confidence"} {
		n, err := st.ArticleExists(ctx, bad)
		if err != nil {
			t.Fatal(err)
		}
		if n {
			t.Errorf("rejected article %s was written", bad)
		}
	}
}

func TestRawArticleWithoutExtractorIsRejectedClearly(t *testing.T) {
	st := graphtest.Store(t)
	sum, err := newLoader(t, st).Load(context.Background(), []string{"../testdata/articles/kompastv-2023-06-25-korut-wagner.id.txt"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Rejected) != 1 || !strings.Contains(sum.Rejected[0].Err.Error(), "kompastv-2023-06-25-korut-wagner.id.txt") {
		t.Fatalf("want one rejection naming the file, got %v", sum.Rejected)
	}
}

func TestInputsWalksDirectoriesInOrder(t *testing.T) {
	files, err := loader.Inputs([]string{"../testdata/bad-facts", "-"})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"../testdata/bad-facts/batch-with-one-bad.jsonl", "../testdata/bad-facts/missing-confidence.json", "../testdata/bad-facts/not-json.json", "-"}
	if !reflect.DeepEqual(files, want) {
		t.Errorf("Inputs = %q, want %q", files, want)
	}
	if _, err := loader.Inputs([]string{"../testdata/no-such-dir"}); err == nil {
		t.Error("missing path accepted")
	}
}
