package gazetteer

import (
	"context"
	"io/fs"
	"path"
	"slices"
	"testing"

	"github.com/geokg/kg/loader/facts"
)

// TestPeopleLeaders checks the hand-compiled leaders file (checkPeopleFile);
// a leader's party need not be an entry.
func TestPeopleLeaders(t *testing.T) {
	checkPeopleFile(t, "data/people_leaders.jsonl", 300, false)
}

// TestPeopleFigures checks the hand-compiled file of people news names
// beyond the office holders (people_figures.jsonl) as TestPeopleLeaders
// does the leaders file, and more strictly: every role's `of` is a known
// entry (a party a leader leads too), its title one of the README's, and
// its dates valid.
func TestPeopleFigures(t *testing.T) {
	checkPeopleFile(t, "data/people_figures.jsonl", 250, true)
}

// roleTitles are the role titles gazetteer/data/README.md lists.
var roleTitles = []string{
	"head_of_state", "head_of_government", "foreign_minister", "defense_minister",
	"vice_foreign_minister", "ambassador", "leader", "spokesperson", "vice_president",
	"coordinating_minister", "finance_minister", "interior_minister", "minister",
	"police_chief", "military_commander", "chief_of_staff", "speaker_of_parliament",
	"governor", "chief_justice", "head", "deputy_leader", "commissioner", "envoy", "prosecutor",
}

// checkPeopleFile checks a hand-compiled file of people: it is embedded and
// holds at least `least` entries, each a person of a known state with a source,
// whose roles name a state or a known organization (with strict, also a
// leader's party, a listed title and valid dates), and none repeats an id
// or a name of another data file, so that no file's entry silently
// replaces or shadows another's and the converters, which skip what the
// hand-written files already name, make the same output.
func checkPeopleFile(t *testing.T, file string, least int, strict bool) {
	t.Helper()
	if !slices.Contains(Files(), path.Base(file)) {
		t.Fatalf("%s is not embedded: %v", file, Files())
	}
	own := embeddedEntries(t)
	mine := own[file]
	if len(mine) < least {
		t.Fatalf("%s has %d entries, want at least %d", file, len(mine), least)
	}
	ids, forms := map[string]string{}, map[string]string{}
	for n, es := range own {
		if n == file {
			continue
		}
		for _, e := range es {
			ids[e.ID] = n
			for _, s := range e.forms() {
				forms[Fold(s)] = n + " " + e.ID
			}
		}
	}
	g, err := Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	for _, e := range mine {
		t.Run(e.ID, func(t *testing.T) {
			if n, ok := ids[e.ID]; ok {
				t.Errorf("id also in %s", n)
			}
			for _, s := range e.forms() {
				if o, ok := forms[Fold(s)]; ok {
					t.Errorf("name %q also in %s", s, o)
				}
				if o, ok := seen[Fold(s)]; ok && o != e.ID {
					t.Errorf("name %q also %s", s, o)
				}
				seen[Fold(s)] = e.ID
			}
			if e.Kind != "person" || e.Source == "" {
				t.Errorf("kind %q source %q, want a person with a source", e.Kind, e.Source)
			}
			if c, ok := g.Lookup(e.Country); !ok || c.Kind != "state" {
				t.Errorf("country %q is no state", e.Country)
			}
			for _, r := range e.Roles {
				o, ok := g.Lookup(r.Of)
				if !ok && (strict || r.Title != "leader") {
					t.Errorf("role %s of unknown %q", r.Title, r.Of)
				}
				if ok && o.Kind == "person" {
					t.Errorf("role %s of a person %q", r.Title, r.Of)
				}
				if strict && !slices.Contains(roleTitles, r.Title) {
					t.Errorf("role title %q is not one of the README's", r.Title)
				}
				for _, d := range []string{r.Start, r.End} {
					if d == "" {
						continue
					}
					if err := facts.CheckDate(d); err != nil {
						t.Errorf("role %s: %v", r.Title, err)
					}
				}
				if r.Start != "" && r.End != "" && !InTerm(r.Start, "", r.End) {
					t.Errorf("role %s ends %s before it starts %s", r.Title, r.End, r.Start)
				}
			}
		})
	}
}

// forms lists the names an entry is matched by.
func (e *Entry) forms() []string {
	out := append([]string{e.Name}, e.Short...)
	for _, ns := range e.Names {
		out = append(out, ns...)
	}
	return out
}

// embeddedEntries reads every embedded data file: its entries by the
// file's path ("data/people.jsonl").
func embeddedEntries(t *testing.T) map[string][]Entry {
	t.Helper()
	own := map[string][]Entry{}
	names, err := fs.Glob(embedded, "data/*.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		f, err := embedded.Open(n)
		if err != nil {
			t.Fatal(err)
		}
		es, err := Read(context.Background(), f, n)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		own[n] = es
	}
	return own
}
