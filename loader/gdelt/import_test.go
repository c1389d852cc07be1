package gdelt_test

import (
	"bufio"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/geokg/kg/graph"
	"github.com/geokg/kg/graph/graphtest"
	"github.com/geokg/kg/loader/gdelt"
)

const (
	sample  = "../../testdata/gdelt/20191024143000.export.CSV"
	zipped  = "../../testdata/gdelt/20190121220000.export.CSV.zip"
	samples = "../../testdata/gdelt"
)

func importer(t *testing.T, st *graph.Store, batch int) *gdelt.Importer {
	t.Helper()
	im, err := gdelt.New(context.Background(), st, gdelt.Options{Batch: batch})
	if err != nil {
		t.Fatal(err)
	}
	return im
}

// read runs a query on the test database (tests only; the subtest that
// leaves stale ends writes with it too).
func read(t *testing.T, cypher string, params map[string]any) []map[string]any {
	t.Helper()
	c := graphtest.Config(t)
	d, err := neo4j.NewDriverWithContext(c.URI, neo4j.NoAuth())
	if c.Password != "" && c.Password != "unused" {
		d, err = neo4j.NewDriverWithContext(c.URI, neo4j.BasicAuth(c.User, c.Password, ""))
	}
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close(context.Background())
	res, err := neo4j.ExecuteQuery(context.Background(), d, cypher, params, neo4j.EagerResultTransformer)
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]any
	for _, r := range res.Records {
		out = append(out, r.AsMap())
	}
	return out
}

// dump is every node's labels and properties and every relationship, in a
// stable order: what "changes nothing" compares.
func dump(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, r := range read(t, `MATCH (n) RETURN labels(n) AS l, properties(n) AS p`, nil) {
		out = append(out, fmt.Sprint(r["l"], r["p"]))
	}
	for _, r := range read(t, `MATCH (a)-[r]->(b) RETURN coalesce(a.id, a.key) AS a, type(r) AS t, coalesce(b.id, b.key) AS b, properties(r) AS p`, nil) {
		out = append(out, fmt.Sprint(r["a"], r["t"], r["b"], r["p"]))
	}
	sort.Strings(out)
	return out
}

func TestImportSampleTwiceChangesNothing(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	inputs, err := gdelt.Inputs([]string{samples})
	if err != nil {
		t.Fatal(err)
	}
	if len(inputs) != 2 {
		t.Fatalf("inputs = %v, want the export and the zip", inputs)
	}
	s1, err := importer(t, st, 700).Import(ctx, inputs)
	if err != nil {
		t.Fatal(err)
	}
	if s1.Rows != 3740 || s1.BadRows != 0 || s1.Events == 0 || s1.EventsCreated != s1.Events ||
		s1.Events+s1.Unattributed != s1.Rows {
		t.Fatalf("first import: %+v", s1)
	}
	// Before bare roles took their geocoded state and regions their region
	// actor, 1,583 of the 3,740 rows were skipped; now 441 are (314 of them
	// have no Actor1 at all) and 1,084 events take their state from GDELT's
	// geocoding.
	if s1.Unattributed != 441 || s1.Geocoded != 1084 || s1.Skipped[gdelt.SkipNoActor] != 314 {
		t.Errorf("skipped %d rows, %d events by geocoding: %v", s1.Unattributed, s1.Geocoded, s1.Skipped)
	}
	reasons := 0
	for r, n := range s1.Skipped {
		reasons += n
		if !strings.HasPrefix(r, "no Actor1") && !strings.HasPrefix(r, "Actor1 ") {
			t.Errorf("skip reason %q", r)
		}
	}
	if reasons != s1.Unattributed || s1.Skipped[gdelt.SkipNoActor] == 0 || s1.Skipped[gdelt.SkipNoState] == 0 {
		t.Errorf("skipped by reason %v, %d in all", s1.Skipped, s1.Unattributed)
	}
	if out := s1.String(); !strings.Contains(out, "skipped: ") || !strings.Contains(out, gdelt.SkipNoActor) {
		t.Errorf("the summary does not list the reasons:\n%s", out)
	}
	n := read(t, `MATCH (e:Event) WHERE e.gdeltId IS NOT NULL RETURN count(e) AS n`, nil)[0]["n"].(int64)
	if int(n) != s1.Events {
		t.Errorf("%d events in the graph, %d imported", n, s1.Events)
	}
	before := dump(t)
	s2, err := importer(t, st, 700).Import(ctx, inputs)
	if err != nil {
		t.Fatal(err)
	}
	if s2.EventsCreated != 0 || s2.ArticlesCreated != 0 || s2.Events != s1.Events {
		t.Errorf("second import created something: %+v", s2)
	}
	if after := dump(t); !reflect.DeepEqual(before, after) {
		t.Errorf("the second import changed the graph (%d → %d lines)", len(before), len(after))
	}

	t.Run("inside one state: two sectors or no target", func(t *testing.T) {
		// PHLGOV → PHLJUD and back are events inside one state with both
		// sectors; USAGOV → USA and the like have no target, never a
		// self-loop (as the facts contract has it).
		got := read(t, `MATCH (e:Event) WHERE e.id IN ['gdelt:881992308', 'gdelt:881992312']
MATCH (e)-[:SOURCE]->(s:Actor) MATCH (e)-[:TARGET]->(o:Actor)
RETURN e.id AS id, s.id + '/' + e.sourceSector + ' -> ' + o.id + '/' + e.targetSector AS dyad ORDER BY id`, nil)
		if len(got) != 2 || got[0]["dyad"] != "PHL/GOV -> PHL/JUD" || got[1]["dyad"] != "PHL/JUD -> PHL/GOV" {
			t.Errorf("PHLGOV ↔ PHLJUD: %v", got)
		}
		bad := read(t, `MATCH (e:Event) WHERE e.gdeltId IS NOT NULL AND e.source = e.target
  AND (e.sourceSector IS NULL OR e.targetSector IS NULL OR e.sourceSector = e.targetSector) RETURN e.id AS id LIMIT 5`, nil)
		if len(bad) > 0 {
			t.Errorf("events of an actor with itself without two sectors: %v", bad)
		}
		loops := read(t, `MATCH (e:Event)-[:SOURCE]->(a:Actor)<-[:TARGET]-(e) WHERE e.gdeltId IS NOT NULL
  AND (e.sourceSector IS NULL OR e.targetSector IS NULL OR e.sourceSector = e.targetSector) RETURN count(e) AS n`, nil)
		if n := loops[0]["n"].(int64); n != 0 {
			t.Errorf("%d self-loops without two sectors", n)
		}
		if s1.SameActor == 0 || !strings.Contains(s1.String(), "without a target") {
			t.Errorf("the summary counts no event whose Actor2 was Actor1's actor: %d\n%s", s1.SameActor, s1.String())
		}
	})
	t.Run("a state's government and its target", func(t *testing.T) {
		// Row 59 of the 2019-10-24 file: USAGOV (Type1Code GOV) meets CHN.
		got := read(t, `MATCH (e:Event {id: 'gdelt:881990890'})
RETURN e.source AS s, e.sourceSector AS ss, e.target AS tg, e.targetSector AS ts, e.cameo AS c, e.root AS r,
       e.quadClass AS q, e.date AS d, e.numArticles > 0 AS counted, e.type AS type,
       COUNT { (e)-[:REPORTED_IN]->(:Article) } AS articles,
       COUNT { (e)-[:SOURCE]->(:Actor {id: 'USA'}) } AS src, COUNT { (e)-[:TARGET]->(:Actor {id: 'CHN'}) } AS tgt`, nil)
		want := []map[string]any{{"s": "USA", "ss": "GOV", "tg": "CHN", "ts": nil, "c": "040", "r": "04", "q": int64(1),
			"d": "2019-10-23", "counted": true, "type": "meet", "articles": int64(1), "src": int64(1), "tgt": int64(1)}}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("got  %v\nwant %v", got, want)
		}
	})
	t.Run("a bare GOV geocoded to the US, at a lower confidence", func(t *testing.T) {
		// GLOBALEVENTID 881991661: Actor1Code GOV, no country, Actor1Geo_CountryCode US.
		got := read(t, `MATCH (e:Event {id: 'gdelt:881991661'})-[:SOURCE]->(a:Actor)
RETURN a.id AS id, e.sourceSector AS ss, e.confidence AS c`, nil)
		want := []map[string]any{{"id": "USA", "ss": "GOV", "c": gdelt.GeoConfidence}}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("got %v, want %v", got, want)
		}
		all := read(t, `MATCH (e:Event) WHERE e.confidence < 1 RETURN count(e) AS n`, nil)[0]["n"].(int64)
		if int(all) != s1.Geocoded {
			t.Errorf("%d events below confidence 1, %d geocoded", all, s1.Geocoded)
		}
	})
	t.Run("Africa is a region actor", func(t *testing.T) {
		got := read(t, `MATCH (e:Event {id: 'gdelt:881991065'})-[:SOURCE]->(a:Actor)
RETURN a.id AS id, a.kind AS kind, e.confidence AS c`, nil)
		want := []map[string]any{{"id": "africa", "kind": "place", "c": 1.0}}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("got %v, want %v", got, want)
		}
	})
	t.Run("the World Bank is an IGO actor", func(t *testing.T) {
		got := read(t, `MATCH (e:Event {id: 'gdelt:881991112'})-[:TARGET]->(a:Actor) RETURN a.id AS id, a.kind AS kind`, nil)
		want := []map[string]any{{"id": "world-bank", "kind": "igo"}}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("got %v, want %v", got, want)
		}
	})
	t.Run("a re-import drops the ends an older reading left", func(t *testing.T) {
		// Before 1.5.0, USAGOV → USA was stored as a self-loop; a change of
		// the actor tables may give a row another Actor1. Leave both kinds
		// of stale end on stored events, import the same files again, and
		// the graph must be the one the first import wrote.
		read(t, `MATCH (e:Event) WHERE e.gdeltId IS NOT NULL AND e.target IS NULL
WITH e LIMIT 20 MATCH (e)-[:SOURCE]->(a:Actor) SET e.target = a.id MERGE (e)-[:TARGET]->(a)`, nil)
		read(t, `MATCH (e:Event {id: 'gdelt:881990890'}) MATCH (x:Actor) WHERE NOT x.id IN ['USA', 'CHN']
WITH e, x LIMIT 1 MERGE (e)-[:SOURCE]->(x)`, nil)
		if stale := dump(t); reflect.DeepEqual(before, stale) {
			t.Fatal("the stale ends were not written: the test would prove nothing")
		}
		if _, err := importer(t, st, 700).Import(ctx, inputs); err != nil {
			t.Fatal(err)
		}
		if after := dump(t); !reflect.DeepEqual(before, after) {
			t.Errorf("the re-import left the graph different from the first import's (%d → %d lines)", len(before), len(after))
		}
	})
}

// lines returns the first n lines of a file.
func lines(t *testing.T, path string, n int) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() && len(out) < n {
		out = append(out, sc.Text())
	}
	return out
}

func TestBadRowsAreReportedAndSkipped(t *testing.T) {
	st := graphtest.Store(t)
	rows := lines(t, sample, 60)
	set := func(row string, col int, v string) string {
		f := strings.Split(row, "\t")
		f[col-1] = v
		return strings.Join(f, "\t")
	}
	rows[9] = strings.Join(strings.Split(rows[9], "\t")[:40], "\t") // line 10: 40 columns
	rows[19] = set(rows[19], 30, "7")                               // line 20: QuadClass 7
	rows[29] = set(rows[29], 2, "2019-10-23")                       // line 30: SQLDATE in the wrong format
	rows[39] = set(rows[39], 57, "north")                           // line 40: ActionGeo_Lat
	path := filepath.Join(t.TempDir(), "20191024143000.export.CSV")
	if err := os.WriteFile(path, []byte(strings.Join(rows, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	sum, err := importer(t, st, 0).Import(context.Background(), []string{path})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range sum.Bad {
		got = append(got, strings.TrimPrefix(b.String(), path))
	}
	want := []string{
		":10: want 61 columns (GDELT 2.0) or 58 (GDELT 1.0), have 40",
		`:20: column 30 (QuadClass): "7" is not a quad class 1–4`,
		`:30: column 2 (SQLDATE): "2019-10-23" is not a date YYYYMMDD`,
		`:40: column 57 (ActionGeo_Lat): "north" is not a latitude`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("bad rows:\n got  %q\n want %q", got, want)
	}
	if sum.BadRows != 4 || sum.Rows != 60 || sum.Events+sum.Unattributed != 56 {
		t.Errorf("summary: %+v", sum)
	}
	if !strings.Contains(sum.String(), "4 bad rows skipped") {
		t.Errorf("summary text does not say how many bad rows: %s", sum.String())
	}
	n := read(t, `MATCH (e:Event) RETURN count(e) AS n`, nil)[0]["n"].(int64)
	if int(n) != sum.Events {
		t.Errorf("%d events stored, %d imported", n, sum.Events)
	}
}

func TestURLListAndMentions(t *testing.T) {
	st := graphtest.Store(t)
	ctx := context.Background()
	zipBytes, err := os.ReadFile(zipped)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/gdeltv2/20190121220000.export.CSV.zip" {
			http.NotFound(w, r)
			return
		}
		w.Write(zipBytes)
	}))
	defer srv.Close()
	dir := t.TempDir()
	// A mentions file: two more articles report an event of the sample
	// (row 59: USAGOV meets CHN).
	first := "881990890"
	mentions := fmt.Sprintf("%[1]s\t20191024143000\t20191024150000\t1\tone.example\thttps://one.example/a\t1\t-1\t-1\t-1\t1\t50\t1000\t-1.5\t\t\n"+
		"%[1]s\t20191024143000\t20191024151500\t1\ttwo.example\thttps://two.example/b\t1\t-1\t-1\t-1\t1\t50\t1000\t-1.5\t\t\n"+
		"bad\t20191024143000\t20191024151500\t1\ttwo.example\thttps://two.example/b\t1\t-1\t-1\t-1\t1\t50\t1000\t-1.5\t\t\n", first)
	mpath := filepath.Join(dir, "20191024143000.mentions.CSV")
	if err := os.WriteFile(mpath, []byte(mentions), 0o644); err != nil {
		t.Fatal(err)
	}
	abs, _ := filepath.Abs(sample)
	list := filepath.Join(dir, "files.txt")
	// masterfilelist style (size hash url), a plain URL, a path; mentions listed first.
	body := "# GDELT files\n" + mpath + "\n" +
		"109078 0123abcd " + srv.URL + "/gdeltv2/20190121220000.export.CSV.zip\n" + abs + "\n"
	if err := os.WriteFile(list, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	inputs, err := gdelt.Inputs([]string{list})
	if err != nil {
		t.Fatal(err)
	}
	if len(inputs) != 3 || inputs[2] != mpath {
		t.Fatalf("inputs = %q: want the two event files, then the mentions", inputs)
	}
	sum, err := importer(t, st, 0).Import(ctx, inputs)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Files != 3 || sum.Rows != 3740+3 || sum.Mentions != 2 || sum.BadRows != 1 {
		t.Fatalf("summary: %+v", sum)
	}
	got := read(t, `MATCH (e:Event {id: $id})-[:REPORTED_IN]->(a:Article) RETURN a.id AS id, a.source AS source ORDER BY id`,
		map[string]any{"id": "gdelt:" + first})
	if len(got) != 3 || got[0]["id"] != "https://one.example/a" || got[1]["source"] != "two.example" || got[2]["source"] != "dailyforex.com" {
		t.Errorf("articles of the event: %v", got)
	}
}
