package schema_test

import (
	"context"
	"strings"
	"testing"

	"github.com/geokg/kg/loader"
	"github.com/geokg/kg/loader/extract"
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

// An act inside one state (ISR/JUD → ISR/GOV, as GDELT's ISRJUD → ISRGOV),
// end to end: extracted from an article, loaded, and read back with both
// sectors; the two directions on one day stay two events; the state is
// never its own ally or adversary.
func TestEventsInsideOneState(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	v, err := facts.NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := "Israeli prosecutors indicted Benjamin Netanyahu on Thursday. " +
		"Netanyahu criticized Israeli judges. Israeli police arrested two Palestinians."
	doc, err := x.Article(ctx, extract.Input{Text: text, URL: "https://a.example/indictment", Lang: "en", Published: "2024-03-01"})
	if err != nil {
		t.Fatal(err)
	}
	l := loader.New(f.st, v, nil, nil)
	if _, err := l.Write(ctx, doc); err != nil {
		t.Fatal(err)
	}
	// Another article: the same two parts, both directions, one code, one
	// day. Sectors are part of such an event's identity.
	ev := func(srcSec, tgtSec, sentence string) facts.Event {
		return facts.Event{Type: "criticize_or_denounce", Cameo: "111", QuadClass: 3, Goldstein: -2, Source: "ISR", SourceSector: srcSec,
			Target: "ISR", TargetSector: tgtSec, Date: "2024-03-02", Status: "fact", Confidence: 0.8,
			Evidence: []facts.Evidence{{Sentence: sentence, Start: 0, End: len(sentence), Confidence: 0.8}}}
	}
	both := &facts.Document{Format: facts.Format,
		Article:   facts.Article{URL: "https://b.example/feud", Source: "B", Language: "en", Published: "2024-03-02"},
		Extractor: facts.Extractor{Name: "manual", Version: "1"},
		Actors:    []facts.Actor{{ID: "ISR", Name: "Israel", Kind: "state"}},
		Events:    []facts.Event{ev("JUD", "GOV", "Judges criticized the government."), ev("GOV", "JUD", "The government criticized the judges.")}}
	if w, err := l.Write(ctx, both); err != nil || w.EventsCreated != 2 {
		t.Fatalf("two directions inside one state: %+v %v, want 2 events created", w, err)
	}

	const q = `{ events(filter: {actor: "ISR", sectors: [JUD]}, first: 10) { edges { node {
		cameo date sourceSector targetSector source { id } target { id } } } } }`
	// "on Thursday" before Friday 1 March 2024 is 29 February.
	want := `{"events":{"edges":[` +
		`{"node":{"cameo":"111","date":"2024-03-02","source":{"id":"ISR"},"sourceSector":"JUD","target":{"id":"ISR"},"targetSector":"GOV"}},` +
		`{"node":{"cameo":"111","date":"2024-03-02","source":{"id":"ISR"},"sourceSector":"GOV","target":{"id":"ISR"},"targetSector":"JUD"}},` +
		`{"node":{"cameo":"111","date":"2024-03-01","source":{"id":"ISR"},"sourceSector":"GOV","target":{"id":"ISR"},"targetSector":"JUD"}},` +
		`{"node":{"cameo":"173","date":"2024-02-29","source":{"id":"ISR"},"sourceSector":"JUD","target":{"id":"ISR"},"targetSector":"GOV"}}]}}`
	if got := js(f.ok(t, q, nil)); got != want {
		t.Errorf("events of the Israeli judiciary:\n got  %s\n want %s", got, want)
	}
	for _, root := range []string{"allies", "adversaries"} {
		t.Run(root+" leave the state itself out", func(t *testing.T) {
			got := js(f.ok(t, `{ r: `+root+`(of: "ISR") { actor { id } } a: actor(id: "ISR") { n: `+root+` { actor { id } } } }`, nil))
			if strings.Contains(got, `"id":"ISR"`) {
				t.Errorf("ISR is its own tie: %s", got)
			}
			if root == "adversaries" && !strings.Contains(got, `"id":"PSE"`) {
				t.Errorf("adversaries of ISR lack PSE (police arrested Palestinians): %s", got)
			}
		})
	}
	t.Run("the actor's events list each event once", func(t *testing.T) {
		got := js(f.ok(t, `{ actor(id: "ISR") { events(first: 50) { cameo sourceSector targetSector target { id } } } }`, nil))
		if n := strings.Count(got, `"cameo"`); n != 5 {
			t.Errorf("%d events, want 5 (173 and 111 on the first, two 111 on the second, the arrest): %s", n, got)
		}
	})
	t.Run("the timeline counts each event once", func(t *testing.T) {
		got := js(f.ok(t, `{ timeline(actor: "ISR", bucket: YEAR) { start count hostile } }`, nil))
		if want := `{"timeline":[{"count":5,"hostile":5,"start":"2024-01-01"}]}`; got != want {
			t.Errorf("got  %s\nwant %s", got, want)
		}
	})
}
