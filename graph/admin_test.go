package graph_test

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"reflect"
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
	ai, err := graph.WriteAdminCSV(dir, actors, []graph.ImportedEvent{ev, noTarget, again})
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
		{"articles.csv", [][]string{{"https://a.example/1", "Article", "https://a.example/1", "a.example", "2019-10-24"}}},
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
	if len(ai.Args) != 11 {
		t.Errorf("args: %q", ai.Args)
	}
}
