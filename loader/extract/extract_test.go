package extract

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/geokg/kg/loader/facts"
)

var update = flag.Bool("update", false, "rewrite golden files")

var (
	sharedOnce sync.Once
	sharedX    *Extractor
	sharedErr  error
)

func extractor(t testing.TB) *Extractor {
	t.Helper()
	sharedOnce.Do(func() { sharedX, sharedErr = New(Options{DefaultLang: "en"}) })
	if sharedErr != nil {
		t.Fatal(sharedErr)
	}
	return sharedX
}

// articleActorIDs returns the ids of the actors x gives for text, one
// sentence written for a test, in language lang, under an article date of
// 2025-11-20.
func articleActorIDs(t *testing.T, x *Extractor, lang, text string) []string {
	t.Helper()
	doc, err := x.Article(context.Background(), Input{Text: text, Lang: lang, Published: "2025-11-20"})
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]string, 0, len(doc.Actors))
	for _, a := range doc.Actors {
		ids = append(ids, a.ID)
	}
	return ids
}

const canonical = "../../testdata/articles/kompastv-2023-06-25-korut-wagner.id.txt"

func canonicalDoc(t *testing.T) (*facts.Document, string) {
	t.Helper()
	raw, err := os.ReadFile(canonical)
	if err != nil {
		t.Fatal(err)
	}
	// The raw text has no metadata: its date is given as kg extract
	// --published would (the file's name says it).
	doc, err := extractor(t).Article(context.Background(), Input{Text: string(raw), Source: "KompasTV", Published: "2023-06-25"})
	if err != nil {
		t.Fatal(err)
	}
	return doc, string(raw)
}

// TestGolden compares the canonical article's document with the golden
// file (regenerate with go test ./loader/extract -update) and checks it
// validates against the facts schema.
func TestGolden(t *testing.T) {
	doc, _ := canonicalDoc(t)
	got, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	v, err := facts.NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := v.Decode(got); err != nil {
		t.Fatalf("document does not validate: %v", err)
	}
	golden := filepath.Join("testdata", "golden", "kompastv-2023-06-25-korut-wagner.json")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./loader/extract -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("document differs from %s; run go test ./loader/extract -update and review the diff", golden)
	}
}

// TestCanonicalArticle asserts what a careful analyst reads out of the
// canonical article (testdata/expected/*.expected.md).
func TestCanonicalArticle(t *testing.T) {
	doc, text := canonicalDoc(t)
	if p := facts.Check(doc); len(p) > 0 {
		t.Fatalf("facts.Check: %v", p)
	}
	if doc.Extractor.Name != Name || doc.Extractor.Version != Version {
		t.Errorf("extractor = %v", doc.Extractor)
	}
	a := doc.Article
	if a.Language != "id" || a.Published != "2023-06-25" || a.Dateline != "Pyongyang" {
		t.Errorf("article = %+v, want id, 2023-06-25, Pyongyang", a)
	}
	actors := map[string]facts.Actor{}
	for _, ac := range doc.Actors {
		actors[ac.ID] = ac
	}
	// Every actor of the analyst's table, linked to the canonical entity.
	for _, want := range []struct{ id, kind, surface string }{
		{"PRK", "state", "Korea Utara"}, {"PRK", "state", "Pyongyang"}, {"PRK", "state", "DPRK"}, {"PRK", "state", "rezim Kim Jong-un"},
		{"RUS", "state", "Rusia"}, {"RUS", "state", "Pemerintah Rusia"}, {"RUS", "state", "kepemimpinan Rusia"},
		{"vladimir-putin", "person", "Putin"}, {"kim-jong-un", "person", "Kim Jong-un"},
		{"wagner-group", "armed_group", "Wagner"}, {"yevgeny-prigozhin", "person", "Prigozhin"},
		{"kcna", "media", "KCNA"}, {"im-chon-il", "person", "Im Chon-il"}, {"im-chon-il", "person", "Im Chong-il"}, {"im-chon-il", "person", "Im"},
		{"alexander-matsegora", "person", "Matsegora"}, {"UKR", "state", "Ukraina"}, {"USA", "state", "Amerika Serikat (AS)"},
		{"united-nations", "igo", "PBB"}, {"donetsk", "place", "Donetsk"}, {"luhansk", "place", "Luhansk"},
		{"rostov-on-don", "place", "Rostov"}, {"BLR", "state", "Belarusia"}, {"nk-news", "media", "NK News"},
	} {
		ac, ok := actors[want.id]
		if !ok {
			t.Errorf("actor %s missing", want.id)
			continue
		}
		if ac.Kind != want.kind {
			t.Errorf("actor %s kind = %s, want %s", want.id, ac.Kind, want.kind)
		}
		found := false
		for _, m := range ac.Mentions {
			for _, w := range m.Matched {
				if strings.Contains(w, want.surface) {
					found = true
				}
			}
			if text[m.Start:m.End] != m.Sentence {
				t.Errorf("actor %s: evidence offsets %d-%d do not hold the sentence", want.id, m.Start, m.End)
			}
		}
		if !found {
			t.Errorf("actor %s: no mention matched %q", want.id, want.surface)
		}
	}
	var mission bool
	for _, ac := range doc.Actors {
		if ac.Kind == facts.KindMission && ac.Country == "RUS" {
			mission = true
		}
	}
	if !mission {
		t.Error("no mission actor for Kedutaan Besar Rusia di Pyongyang")
	}
	putinHoS := false
	for _, r := range actors["vladimir-putin"].Roles {
		if r.Title == "head_of_state" && r.Of == "RUS" && r.Start <= "2023" && r.End == "" {
			putinHoS = true
		}
	}
	if !putinHoS {
		t.Errorf("Putin roles = %v, want head_of_state of RUS in 2023", actors["vladimir-putin"].Roles)
	}
	if ac := actors["im-chon-il"]; ac.Country != "PRK" || len(ac.Roles) == 0 || ac.Roles[0].Title != "vice_foreign_minister" {
		t.Errorf("Im Chon-il = %+v", ac)
	}
	if ac := actors["alexander-matsegora"]; ac.Country != "RUS" || len(ac.Roles) == 0 || ac.Roles[0].Title != "ambassador" {
		t.Errorf("Matsegora = %+v", ac)
	}
	// BLR is named only in a "Baca Juga" line: a related, low-confidence mention.
	for _, m := range actors["BLR"].Mentions {
		if !m.Related || m.Confidence > 0.5 {
			t.Errorf("BLR mention %+v should be related and low-confidence", m)
		}
	}

	// The analyst's 14 events: source (any of), CAMEO root, target (any of).
	type ev struct {
		n        int
		src      []string
		root     string
		tgt      []string
		sentence string
	}
	events := []ev{
		{1, []string{"PRK"}, "05", []string{"RUS", "vladimir-putin"}, "Korea Utara mengungkapkan dukungannya"},
		{2, []string{"wagner-group", "yevgeny-prigozhin"}, "19", []string{"RUS"}, ""},
		{3, []string{"im-chon-il", "alexander-matsegora"}, "04", []string{"alexander-matsegora", "im-chon-il"}, "pertemuan antara"},
		{4, []string{"PRK"}, "03", []string{"RUS", "vladimir-putin"}, "DPRK akan dengan kuat mendukung"},
		{5, []string{"PRK", "RUS"}, "05", []string{"RUS", "PRK"}, "memperkuat hubungan"},
		{6, []string{"RUS", "vladimir-putin"}, "19", []string{"UKR"}, "menginvasi Ukraina"},
		{7, []string{"PRK"}, "05", []string{"RUS"}, "membela aksi Rusia"},
		{8, []string{"PRK"}, "05", []string{"donetsk", "luhansk"}, "mengakui wilayah"},
		{9, []string{"USA"}, "11", []string{"PRK"}, "dituduh oleh"},
		{10, []string{"PRK"}, "07", []string{"wagner-group"}, "menjual roket"},
		{11, []string{"yevgeny-prigozhin", "wagner-group"}, "11", []string{"RUS"}, "menuduh kepemimpinan"},
		{12, []string{"wagner-group", "yevgeny-prigozhin"}, "19", []string{"rostov-on-don"}, "menduduki markas"},
		{13, []string{"RUS", "yevgeny-prigozhin"}, "05", []string{"yevgeny-prigozhin", "RUS"}, "tercapai kesepakatan"},
		{14, []string{"kcna"}, "01", []string{"PRK"}, ""},
	}
	in := func(s string, xs []string) bool {
		for _, x := range xs {
			if x == s {
				return true
			}
		}
		return false
	}
	found := 0
	for _, w := range events {
		ok := false
		for _, e := range doc.Events {
			if e.Root() == w.root && in(e.Source, w.src) && in(e.Target, w.tgt) {
				for _, evd := range e.Evidence {
					if w.sentence == "" || strings.Contains(evd.Sentence, w.sentence) {
						ok = true
					}
				}
			}
		}
		if ok {
			found++
		} else {
			t.Logf("event %d (%v %s %v) not found", w.n, w.src, w.root, w.tgt)
		}
	}
	t.Logf("%d of 14 analyst events found", found)
	if found < 12 {
		t.Errorf("found %d of the 14 analyst events, want at least 12", found)
	}
	for _, e := range doc.Events {
		if e.Source == "PRK" && e.Target == "wagner-group" && e.Root() == "07" && e.Status != facts.StatusDisputed {
			t.Errorf("arms sale to Wagner has status %s, want disputed (no evidence was found)", e.Status)
		}
		if e.Source == "USA" && e.Root() == "11" && e.Status != facts.StatusFact {
			t.Errorf("the US accusation itself is reported as %s, want fact", e.Status)
		}
		for _, evd := range e.Evidence {
			if evd.Confidence <= 0 || evd.Confidence > 1 {
				t.Errorf("event %s evidence confidence %v", e.Type, evd.Confidence)
			}
			if text[evd.Start:evd.End] != evd.Sentence {
				t.Errorf("event %s: offsets do not hold the sentence", e.Type)
			}
			for _, bad := range []string{"Baca Juga", "Gabung ke Channel", "Sumber :"} {
				if strings.Contains(evd.Sentence, bad) {
					t.Errorf("event %s has boilerplate evidence %q", e.Type, evd.Sentence)
				}
			}
		}
	}
	// The explicit alliance.
	ally := false
	for _, s := range doc.Stances {
		for _, evd := range s.Evidence {
			for _, bad := range []string{"Baca Juga", "Gabung ke Channel", "Sumber :"} {
				if strings.Contains(evd.Sentence, bad) {
					t.Errorf("stance has boilerplate evidence %q", evd.Sentence)
				}
			}
		}
		if s.Source == "PRK" && s.Target == "RUS" && s.Relation == facts.RelationAlly && s.Kind == facts.StanceExplicit {
			for _, evd := range s.Evidence {
				if evd.Sentence == "Pyongyang merupakan salah satu sekutu Rusia paling vocal dan konsisten." {
					ally = true
				}
			}
		}
		if s.Relation == facts.RelationAlly && s.Target == "RUS" && s.Source != "PRK" {
			t.Errorf("%s is reported an ally of Russia", s.Source)
		}
		if s.Strength < 0 || s.Strength > 1 {
			t.Errorf("stance strength %v", s.Strength)
		}
	}
	if !ally {
		t.Error("no explicit PRK→RUS ally stance with the 'sekutu Rusia' sentence")
	}
}

func TestDeterministic(t *testing.T) {
	a, _ := canonicalDoc(t)
	b, _ := canonicalDoc(t)
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	if !bytes.Equal(ja, jb) {
		t.Error("two runs on the same article differ")
	}
}

func TestConcurrent(t *testing.T) {
	raw, err := os.ReadFile(canonical)
	if err != nil {
		t.Fatal(err)
	}
	x := extractor(t)
	want, _ := x.Article(context.Background(), Input{Text: string(raw)})
	wj, _ := json.Marshal(want)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d, err := x.Article(context.Background(), Input{Text: string(raw)})
			if err != nil {
				t.Error(err)
				return
			}
			if j, _ := json.Marshal(d); !bytes.Equal(j, wj) {
				t.Error("concurrent run differs")
			}
		}()
	}
	wg.Wait()
}

func TestRoleByDate(t *testing.T) {
	x := extractor(t)
	text := "Putin menginvasi Ukraina pada Februari 2022."
	d, err := x.Article(context.Background(), Input{Text: text, Lang: "id", Published: "2023-06-25"})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Events) == 0 || d.Events[0].Source != "RUS" {
		t.Errorf("Putin as head of state in 2023 should act for RUS: %+v", d.Events)
	}
	// Before his term the same words are the person.
	d, err = x.Article(context.Background(), Input{Text: "Putin mengunjungi Ukraina.", Lang: "id", Published: "1999-01-01"})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range d.Events {
		if e.Source == "RUS" {
			t.Errorf("in 1999 Putin was not head of state: %+v", e)
		}
	}
}

// TestPublicationDate: the publication date comes from metadata, the
// dateline, a publication line or Options.Published, never from a date in
// a sentence; without one, relative dates stay unresolved.
func TestPublicationDate(t *testing.T) {
	x := extractor(t)
	withFlag, err := New(Options{Published: "2024-01-10"})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, text, lang, meta string
		x                      *Extractor
		published, event       string
	}{
		{"flag", "Russia attacked Ukraine yesterday.", "en", "", withFlag, "2024-01-10", "2024-01-09"},
		{"metadata wins over the flag", "Russia attacked Ukraine yesterday.", "en", "2023-05-02", withFlag, "2023-05-02", "2023-05-01"},
		{"unknown", "Russia attacked Ukraine yesterday.", "en", "", x, "", ""},
		{"a year in the text is not the date", "Pada 2022 Rusia menyerang Ukraina.", "id", "", x, "", "2022"},
		{"a date in a sentence is not the date", "Rusia menyerang Ukraina pada Senin (24/2/2022), kata pejabat.", "id", "", x, "", "2022-02-24"},
		{"publication line", "Tensions in the east\n\nFriday, August 21, 2015\n\nRussia attacked Ukraine yesterday.", "en", "", x, "2015-08-21", "2015-08-20"},
		{"dateline with a date", "JAKARTA, 25/6/2023 (ANTARA) - Rusia menyerang Ukraina kemarin.", "id", "", x, "2023-06-25", "2023-06-24"},
		{"dateline with a weekday and a date in brackets", "Jakarta, Senin (26/6/2023) - Rusia menyerang Ukraina kemarin.", "id", "", x, "2023-06-26", "2023-06-25"},
		{"dateline with an English date", "WASHINGTON, June 25, 2023 (Reuters) - Russia attacked Ukraine yesterday.", "en", "", x, "2023-06-25", "2023-06-24"},
		{"dateline with a spelled-out date", "Jakarta, 25 Juni 2023 - Rusia menyerang Ukraina kemarin.", "id", "", x, "2023-06-25", "2023-06-24"},
		{"dateline without a date", "JAKARTA, KOMPAS.com - Rusia menyerang Ukraina kemarin.", "id", "", x, "", ""},
		{"labelled publication line", "Diterbitkan: Senin, 26 Juni 2023 10:15 WIB\nRusia menyerang Ukraina kemarin.", "id", "", x, "2023-06-26", "2023-06-25"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := c.x.Article(context.Background(), Input{Text: c.text, Lang: c.lang, Published: c.meta})
			if err != nil {
				t.Fatal(err)
			}
			if d.Article.Published != c.published {
				t.Errorf("published = %q, want %q", d.Article.Published, c.published)
			}
			if len(d.Events) != 1 || d.Events[0].Date != c.event {
				t.Errorf("events = %+v, want one dated %q", d.Events, c.event)
			}
		})
	}
}
