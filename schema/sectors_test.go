package schema_test

import (
	"context"
	"testing"

	"github.com/geokg/kg/loader"
	"github.com/geokg/kg/loader/facts"
)

// Events carry their participants' sectors and how widely they were
// reported, and events(filter: {actor, sectors}) picks the actor's side.
func TestEventSectorsAndReportCounts(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	v, err := facts.NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	l := loader.New(f.st, v, nil, nil)
	doc := func(url, outlet string, events ...facts.Event) *facts.Document {
		return &facts.Document{Format: facts.Format,
			Article:   facts.Article{URL: url, Source: outlet, Language: "en", Published: "2023-07-01"},
			Extractor: facts.Extractor{Name: "manual", Version: "1"},
			Actors:    []facts.Actor{{ID: "RUS", Name: "Russia", Kind: "state"}, {ID: "UKR", Name: "Ukraine", Kind: "state"}},
			Events:    events}
	}
	ev := func(src, srcSector, tgt, tgtSector, cameo, sentence string) facts.Event {
		return facts.Event{Type: "fight", Cameo: cameo, QuadClass: 4, Goldstein: -10, Source: src, SourceSector: srcSector,
			Target: tgt, TargetSector: tgtSector, Date: "2023-07-01", Status: "fact", Confidence: 0.9,
			Evidence: []facts.Evidence{{Sentence: sentence, Start: 0, End: len(sentence), Confidence: 0.9}}}
	}
	attack := ev("RUS", "MIL", "UKR", "", "190", "Russian troops attacked Ukraine.")
	shelled := ev("UKR", "MIL", "RUS", "GOV", "195", "Ukrainian forces struck a Russian ministry.")
	for _, d := range []*facts.Document{
		doc("https://a.example/war", "A", attack, shelled),
		doc("https://b.example/war", "B", attack),
	} {
		if _, err := l.Write(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	const q = `query($s: [Sector!]) { events(filter: {actor: "RUS", sectors: $s}, first: 10) { edges { node {
		cameo sourceSector targetSector numArticles numSources numMentions source { id } target { id } } } } }`
	tests := []struct {
		name    string
		sectors []any
		want    string
	}{
		{"the Russian military", []any{"MIL"},
			`{"events":{"edges":[{"node":{"cameo":"190","numArticles":2,"numMentions":2,"numSources":2,"source":{"id":"RUS"},"sourceSector":"MIL","target":{"id":"UKR"},"targetSector":null}}]}}`},
		{"the Russian government", []any{"GOV"},
			`{"events":{"edges":[{"node":{"cameo":"195","numArticles":1,"numMentions":1,"numSources":1,"source":{"id":"UKR"},"sourceSector":"MIL","target":{"id":"RUS"},"targetSector":"GOV"}}]}}`},
		{"Russian rebels", []any{"REB"}, `{"events":{"edges":[]}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := js(f.ok(t, q, map[string]any{"s": tt.sectors})); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
	t.Run("an unknown sector is refused", func(t *testing.T) {
		r := f.do(t, `{ events(filter: {sectors: [XYZ]}) { edges { node { id } } } }`, nil, false)
		if len(r.Errors) == 0 {
			t.Errorf("no error for sector XYZ")
		}
	})
}
