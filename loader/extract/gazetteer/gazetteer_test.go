package gazetteer

import (
	"context"
	"errors"
	"strings"
	"testing"
)

func testGaz(t *testing.T) *Gazetteer {
	t.Helper()
	es, err := Read(context.Background(), strings.NewReader(`
# test entries
{"id":"USA","kind":"state","name":"United States","names":{"id":["Amerika Serikat"]},"short":["AS","US","U.S."],"demonyms":{"en":["American"]},"capitals":["Washington"]}
{"id":"RUS","kind":"state","name":"Russia","names":{"id":["Rusia"]},"demonyms":{"en":["Russian"]}}
{"id":"TUR","kind":"state","name":"Turkey","names":{"id":["Turki"]}}
{"id":"NZL","kind":"state","name":"New Zealand","names":{"id":["Selandia Baru"]}}
{"id":"venceremos","kind":"armed_group","name":"Venceremos","names":{"en":["We Will Win"]}}
{"id":"un","kind":"igo","name":"United Nations","names":{"id":["Perserikatan Bangsa-Bangsa"]},"short":["PBB","UN"]}
{"id":"un-general-assembly","kind":"igo","name":"UN General Assembly","names":{"id":["Majelis Umum PBB"]}}
{"id":"ZAF","kind":"state","name":"South Africa","short":["SA"]}
{"id":"jnim","kind":"armed_group","name":"Jama'at Nusrat al-Islam wal-Muslimin"}
{"id":"TTO","kind":"state","name":"Trinidad and Tobago","names":{"id":["Trinidad dan Tobago"]}}
{"id":"LCA","kind":"state","name":"Saint Lucia","names":{"en":["St Lucia"]}}
{"id":"procter-and-gamble","kind":"organization","name":"Procter and Gamble"}
{"id":"vladimir-putin","kind":"person","name":"Vladimir Putin","country":"RUS","short":["Putin"],"roles":[{"title":"head_of_state","of":"RUS","start":"2012-05-07"},{"title":"head_of_government","of":"RUS","start":"2008-05-08","end":"2012-05-07"}]}
`), "test.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	g, err := New(es)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestFind(t *testing.T) {
	g := testGaz(t)
	cases := []struct {
		text string
		want []string // "id:matched"
	}{
		{"Amerika Serikat (AS) menuduh Rusia.", []string{"USA:Amerika Serikat", "USA:AS", "RUS:Rusia"}},
		{"as soon as the US said", []string{"USA:US"}},   // "as" is not "AS"
		{"Kasus ASEAN dan Rusia", []string{"RUS:Rusia"}}, // not inside words
		{"the U.S. and Russian forces", []string{"USA:U.S.", "RUS:Russian"}},
		{"Americans and Russians", []string{"USA:Americans", "RUS:Russians"}}, // plural demonyms
		{"a turkey dinner in Turkey", []string{"TUR:Turkey"}},                 // capitalized forms need a capital
		{"Putin dan Vladimir Putin", []string{"vladimir-putin:Putin", "vladimir-putin:Vladimir Putin"}},
		{"RUSIA SERANG", []string{"RUS:RUSIA"}},                                                                     // headlines in capitals still name Russia
		{"We Will Win claimed it; we will win, they said", []string{"venceremos:We Will Win"}},                      // a titled name needs its capitals
		{"Selandia baru", []string{"NZL:Selandia baru"}},                                                            // one later word written small is a typo
		{"WE WILL WIN", []string{"venceremos:WE WILL WIN"}},                                                         // capitals throughout still do
		{"P.B.B. dan PBB", []string{"un:P.B.B.", "un:PBB"}},                                                         // three capitals, dotted or not
		{"Majelis Umum P.B.B. bersidang", []string{"un-general-assembly:Majelis Umum P.B.B."}},                      // inside a longer name too
		{"Petrobras S.A. dan U.N.", nil},                                                                            // two letters get no dots: a legal form
		{"Jamaat Nusrat al-Islam wal-Muslimin", []string{"jnim:Jamaat Nusrat al-Islam wal-Muslimin"}},               // an apostrophe left out
		{"Jama’at Nusrat al-Islam wal-Muslimin", []string{"jnim:Jama’at Nusrat al-Islam wal-Muslimin"}},             // or typographic
		{"Trinidad & Tobago dan Trinidad and Tobago", []string{"TTO:Trinidad & Tobago", "TTO:Trinidad and Tobago"}}, // a state's "and" also as "&"
		{"St. Lucia, St Lucia, Saint Lucia", []string{"LCA:St. Lucia", "LCA:St Lucia", "LCA:Saint Lucia"}},          // "Saint" as "St." or "St"
		{"Procter & Gamble", nil}, // an organization's "&" is its own name (the extractor's ampersand rule)
		{"", nil},
	}
	for _, c := range cases {
		ms := g.Find(c.text, []byte(Fold(c.text)), nil)
		var got []string
		for _, m := range ms {
			got = append(got, m.Entry.ID+":"+c.text[m.Start:m.End])
		}
		if strings.Join(got, ",") != strings.Join(c.want, ",") {
			t.Errorf("Find(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestFold(t *testing.T) {
	for _, s := range []string{"Türkiye İSTANBUL", "ÀÉÎ", "abc\xffDEF", "Ωμέγα"} {
		if f := Fold(s); len(f) != len(s) {
			t.Errorf("Fold(%q) changed the length: %q", s, f)
		}
	}
	if Fold("Korea UTARA") != "korea utara" {
		t.Error("Fold does not lower ASCII")
	}
}

func TestRolesOn(t *testing.T) {
	g := testGaz(t)
	e, _ := g.Lookup("vladimir-putin")
	for _, c := range []struct {
		date string
		want string
	}{{"2023-06-25", "head_of_state"}, {"2010", "head_of_government"}, {"2005-01-01", ""}, {"2012-05", "head_of_state"}} {
		var got []string
		for _, r := range e.RolesOn(c.date) {
			got = append(got, r.Title)
		}
		if c.want == "" && len(got) != 0 || c.want != "" && !strings.Contains(strings.Join(got, ","), c.want) {
			t.Errorf("RolesOn(%s) = %v, want %s", c.date, got, c.want)
		}
	}
}

func TestReadErrors(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{`{"id":"x","kind":"planet","name":"X"}`, "kind"},
		{`{"id":"","kind":"state","name":"X"}`, "missing id"},
		{`{"id":"x","kind":"state"}`, "missing name"},
		{`{"id":"x","kind":"state","name":"X","colour":"red"}`, "unknown field"},
		{`{"id":"x","kind":"person","name":"X","roles":[{"title":"t","start":"2023-02-30"}]}`, "not a valid"},
		{`not json`, "invalid"},
	} {
		_, err := Read(context.Background(), strings.NewReader("\n"+c.line+"\n"), "f.jsonl")
		var le *LineError
		if !errors.As(err, &le) || le.Line != 2 || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Read(%s) = %v, want a LineError on line 2 about %q", c.line, err, c.want)
		}
	}
}

func TestEmbedded(t *testing.T) {
	g, err := Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if g.Len() < 100 || len(Files()) == 0 {
		t.Fatalf("embedded gazetteer has %d entries in %v", g.Len(), Files())
	}
	for _, id := range []string{"PRK", "RUS", "USA", "vladimir-putin", "wagner-group", "united-nations"} {
		if _, ok := g.Lookup(id); !ok {
			t.Errorf("embedded gazetteer lacks %s", id)
		}
	}
}

// TestEmbeddedIDsOnce checks that no id has two entries in the embedded
// data files: New lets a later entry replace an earlier one (so that a
// user's file can), which inside the shipped data would silently drop one
// file's entry. Alias lines add names and do not count.
func TestEmbeddedIDsOnce(t *testing.T) {
	where := map[string]string{}
	for file, es := range embeddedEntries(t) {
		for _, e := range es {
			if e.Alias {
				continue
			}
			if w, ok := where[e.ID]; ok {
				t.Errorf("id %q has entries in %s and %s", e.ID, w, file)
				continue
			}
			where[e.ID] = file
		}
	}
}
