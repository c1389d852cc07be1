package gazetteer

import (
	"context"
	"io/fs"
	"path"
	"slices"
	"testing"
)

// TestPeopleLeaders checks the hand-compiled leaders file: it is embedded,
// each of its entries is a person of a known state whose roles name a
// state or a known organization (or a party, for a leader), and none
// repeats an id or a name of another data file, so that no file's entry
// silently replaces or shadows another's and the converters, which skip
// what the hand-written files already name, make the same output.
func TestPeopleLeaders(t *testing.T) {
	const file = "data/people_leaders.jsonl"
	if !slices.Contains(Files(), path.Base(file)) {
		t.Fatalf("%s is not embedded: %v", file, Files())
	}
	ctx := context.Background()
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
		es, err := Read(ctx, f, n)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		own[n] = es
	}
	mine := own[file]
	if len(mine) < 300 {
		t.Fatalf("%s has %d entries, want at least 300", file, len(mine))
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
	g, err := Load(ctx)
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
				if !ok && r.Title != "leader" {
					t.Errorf("role %s of unknown %q", r.Title, r.Of)
				}
				if ok && o.Kind == "person" {
					t.Errorf("role %s of a person %q", r.Title, r.Of)
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
