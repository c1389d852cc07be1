package gazetteer

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const aliasEntries = `{"id":"mnlf","kind":"armed_group","name":"Moro National Liberation Front"}
{"id":"united-nations","kind":"igo","name":"United Nations","short":["UN"]}
`

const aliasLines = `{"id":"mnlf","alias":true,"names":{"id":["Front Pembebasan Nasional Moro"]},"short":["MNLF"],"source":"test"}
{"id":"united-nations","alias":true,"names":{"id":["Perserikatan Bangsa-Bangsa"]},"short":["PBB","UN"],"source":"test"}
`

// TestAlias: alias lines add their forms to the entry with their id, before
// or after it, in one file or another.
func TestAlias(t *testing.T) {
	for _, c := range []struct {
		name  string
		files []string // read in this order
	}{
		{"entries first", []string{aliasEntries, aliasLines}},
		{"aliases first", []string{aliasLines, aliasEntries}},
		{"one file, aliases first", []string{aliasLines + aliasEntries}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var es []Entry
			for i, f := range c.files {
				r, err := Read(context.Background(), strings.NewReader(f), "f"+string(rune('0'+i))+".jsonl")
				if err != nil {
					t.Fatal(err)
				}
				es = append(es, r...)
			}
			g, err := New(es)
			if err != nil {
				t.Fatal(err)
			}
			if g.Len() != 2 {
				t.Errorf("Len = %d, want 2 (alias lines are no entries)", g.Len())
			}
			for _, tc := range []struct{ text, want string }{
				{"Front Pembebasan Nasional Moro (MNLF) menyerang", "mnlf:Front Pembebasan Nasional Moro,mnlf:MNLF"},
				{"Sekjen PBB dan Perserikatan Bangsa-Bangsa", "united-nations:PBB,united-nations:Perserikatan Bangsa-Bangsa"},
				{"the Moro National Liberation Front and the UN", "mnlf:Moro National Liberation Front,united-nations:UN"},
			} {
				var got []string
				for _, m := range g.Find(tc.text, []byte(Fold(tc.text)), nil) {
					got = append(got, m.Entry.ID+":"+tc.text[m.Start:m.End])
				}
				if strings.Join(got, ",") != tc.want {
					t.Errorf("Find(%q) = %v, want %s", tc.text, got, tc.want)
				}
			}
			e, _ := g.Lookup("united-nations")
			if strings.Join(e.Short, ",") != "UN,PBB" || e.Name != "United Nations" || e.Kind != "igo" {
				t.Errorf("merged entry = %+v, want the entry with short UN,PBB (each once)", e)
			}
		})
	}
}

func TestAliasErrors(t *testing.T) {
	for _, c := range []struct {
		name, line, want string
		inRead           bool // Read reports it, else New
	}{
		{"unknown id", `{"id":"nowhere","alias":true,"names":{"id":["Di Mana"]}}`, `alias of unknown id "nowhere"`, false},
		{"no names", `{"id":"mnlf","alias":true,"source":"x"}`, "has no names", true},
		{"empty names", `{"id":"mnlf","alias":true,"names":{"id":[" "]},"short":[]}`, "has no names", true},
		{"with a kind", `{"id":"mnlf","alias":true,"kind":"armed_group","names":{"id":["X Y"]}}`, "only id, names", true},
		{"with roles", `{"id":"mnlf","alias":true,"short":["XY"],"roles":[{"title":"leader"}]}`, "only id, names", true},
		{"no id", `{"alias":true,"short":["XY"]}`, "missing id", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			es, err := Read(context.Background(), strings.NewReader(aliasEntries+"\n"+c.line+"\n"), "user.jsonl")
			if err == nil && !c.inRead {
				_, err = New(es)
			} else if err == nil {
				t.Fatalf("Read accepted %s", c.line)
			}
			var le *LineError
			if !errors.As(err, &le) || le.File != "user.jsonl" || le.Line != 4 || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error = %v, want user.jsonl:4 about %q", err, c.want)
			}
		})
	}
}

// TestLoadAlias: a user's file can carry alias lines for built-in entries,
// and the embedded aliases.jsonl names only known entries (Load fails else).
func TestLoadAlias(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "mine.jsonl")
	if err := os.WriteFile(f, []byte(`{"id":"united-nations","alias":true,"names":{"id":["Organisasi Bangsa Bangsa Sedunia"]}}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	g, err := Load(context.Background(), f)
	if err != nil {
		t.Fatal(err)
	}
	text := "kata Organisasi Bangsa Bangsa Sedunia"
	ms := g.Find(text, []byte(Fold(text)), nil)
	if len(ms) != 1 || ms[0].Entry.ID != "united-nations" {
		t.Errorf("Find(%q) = %v, want united-nations", text, ms)
	}
	if e, _ := g.Lookup("united-nations"); e == nil || len(e.Short) == 0 {
		t.Errorf("the built-in entry lost its forms: %+v", e)
	}
	// data/aliases.jsonl names generated and hand-written entries.
	for _, c := range []struct{ text, want string }{
		{"Front Pembebasan Nasional Moro", "moro-national-liberation-front"},
		{"Komisaris Tinggi PBB untuk Pengungsi", "unhcr"},
		{"pasukan penjaga perdamaian PBB", "un-department-of-peacekeeping-operations"},
		{"Organisasi Perburuhan Internasional", "international-labour-organization"},
	} {
		t.Run(c.text, func(t *testing.T) {
			ms := g.Find(c.text, []byte(Fold(c.text)), nil)
			if len(ms) != 1 || ms[0].Entry.ID != c.want || ms[0].End != len(c.text) {
				t.Errorf("Find(%q) = %v, want %s", c.text, ms, c.want)
			}
		})
	}
}
