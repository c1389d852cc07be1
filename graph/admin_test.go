package graph_test

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/geokg/kg/graph"
)

func TestWriteAdminCSV(t *testing.T) {
	dir := t.TempDir()
	day := time.Date(2019, 10, 24, 14, 30, 0, 0, time.UTC)
	lat := 1.5
	actors := []graph.Actor{{ID: "USA", Name: "United States", Kind: "state"}, {ID: "CHN", Name: "China", Kind: "state"}}
	ev := graph.ImportedEvent{ID: "gdelt:1", GdeltID: 1, Type: "meet", Cameo: "040", Root: "04", QuadClass: 1, Goldstein: 1,
		Source: "USA", SourceSector: "GOV", Target: "CHN", Date: "2019-10-23", Day: &day, NumMentions: 3, NumSources: 1,
		NumArticles: 2, GeoLat: &lat, Added: &day, URL: "https://a.example/1", Outlet: "a.example"}
	again := ev
	again.NumArticles = 5
	noTarget := ev
	noTarget.ID, noTarget.GdeltID, noTarget.Target = "gdelt:2", 2, ""
	mentions := []graph.ImportedMention{
		{Event: "gdelt:1", URL: "https://b.example/2", Outlet: "b.example", Published: &day},
		{Event: "gdelt:1", URL: "https://a.example/1", Outlet: "a.example"}, // its own article again
		{Event: "gdelt:9", URL: "https://c.example/3", Outlet: "c.example"}, // an event not imported
	}
	ai, err := graph.WriteAdminCSV(dir, graph.ImportBatch{Actors: actors, Events: []graph.ImportedEvent{ev, noTarget, again}, Mentions: mentions})
	if err != nil {
		t.Fatal(err)
	}
	rows := func(name string) [][]string {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		r, err := csv.NewReader(f).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		return r[1:]
	}
	tests := []struct {
		file string
		want [][]string
	}{
		{"targets.csv", [][]string{{"gdelt:1", "CHN", "TARGET"}}},
		{"sources.csv", [][]string{{"gdelt:2", "USA", "SOURCE"}, {"gdelt:1", "USA", "SOURCE"}}},
		{"articles.csv", [][]string{{"https://a.example/1", "Article", "https://a.example/1", "a.example", "2019-10-24"},
			{"https://b.example/2", "Article", "https://b.example/2", "b.example", "2019-10-24"}}},
		{"reported_in.csv", [][]string{{"gdelt:2", "https://a.example/1", "REPORTED_IN"}, {"gdelt:1", "https://a.example/1", "REPORTED_IN"},
			{"gdelt:1", "https://b.example/2", "REPORTED_IN"}}},
		{"actors.csv", [][]string{{"USA", "Actor", "United States", "state", "", "", "", "", ""}, {"CHN", "Actor", "China", "state", "", "", "", "", ""}}},
		{"names.csv", [][]string{{"usa", "Name"}, {"united states", "Name"}, {"chn", "Name"}, {"china", "Name"}}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			if got := rows(tt.file); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	t.Run("an event twice: the last row wins", func(t *testing.T) {
		evs := rows("events.csv")
		if len(evs) != 2 || evs[1][0] != "gdelt:1" || evs[1][20] != "5" || evs[1][11] != "GOV" {
			t.Errorf("events: %q", evs)
		}
	})
	t.Run("empty lists and strings are quoted, absent values are not", func(t *testing.T) {
		b, err := os.ReadFile(filepath.Join(dir, "actors.csv"))
		if err != nil {
			t.Fatal(err)
		}
		if want := "USA,Actor,United States,state,,,\"\",\"\",\"\"\n"; !strings.Contains(string(b), want) {
			t.Errorf("actors.csv:\n%s\nwant a line %q", b, want)
		}
	})
	t.Run("the arguments file", func(t *testing.T) {
		b, err := os.ReadFile(ai.ArgsFile)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(string(b)), "\n")
		if !reflect.DeepEqual(lines, ai.Args) || len(lines) != 12 || lines[0] != "--nodes="+filepath.Join(dir, "actors.csv") {
			t.Errorf("args file %q, args %q", lines, ai.Args)
		}
		if ai.Nodes != 2+4+2+2 || ai.Rels != 4+3+2+1 {
			t.Errorf("nodes %d, relationships %d", ai.Nodes, ai.Rels)
		}
	})
}
