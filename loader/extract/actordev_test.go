package extract

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/geokg/kg/loader/facts"
)

// actorItem is one annotated text of testdata/devset/ud and
// testdata/devset/wikinews: a sentence (text) or an article (file).
type actorItem struct {
	Text   string `json:"text"`
	File   string `json:"file"`
	Lang   string `json:"lang"`
	Date   string `json:"date"`
	Source string `json:"source"`
	Actors []struct {
		ID      string `json:"id"`
		Kind    string `json:"kind"`
		Country string `json:"country"`
	} `json:"actors"`
}

// actorScore is the outcome of one set: precision and recall of actor ids
// overall and per gold kind, and how many texts without an actor got one.
type actorScore struct {
	all         prf
	byKind      map[string]*prf
	empty, lent int // texts without a gold actor; of those, texts given one
}

func scoreActors(t *testing.T, path string) *actorScore {
	t.Helper()
	x := extractor(t)
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	s := &actorScore{byKind: map[string]*prf{}}
	for n := 1; sc.Scan(); n++ {
		var it actorItem
		if err := json.Unmarshal(sc.Bytes(), &it); err != nil {
			t.Fatalf("%s:%d: %v", path, n, err)
		}
		text := it.Text
		if it.File != "" {
			b, err := os.ReadFile(filepath.Join(filepath.Dir(path), it.File))
			if err != nil {
				t.Fatal(err)
			}
			text = string(b)
		}
		doc, err := x.Article(context.Background(), Input{Text: text, Lang: it.Lang, Published: it.Date})
		if err != nil {
			t.Fatalf("%s:%d: %v", path, n, err)
		}
		want, kind := map[string]bool{}, map[string]string{}
		for _, a := range it.Actors {
			want[a.ID], kind[a.ID] = true, a.Kind
		}
		got := map[string]bool{}
		gotKind := map[string]string{}
		for _, a := range doc.Actors {
			if a.Kind == facts.KindPlace {
				continue // places are not annotated
			}
			got[a.ID], gotKind[a.ID] = true, a.Kind
		}
		var c prf
		fp, fn := score(&c, got, want)
		s.all.tp += c.tp
		s.all.fp += c.fp
		s.all.fn += c.fn
		for id := range want {
			k := s.byKind[kind[id]]
			if k == nil {
				k = &prf{}
				s.byKind[kind[id]] = k
			}
			if got[id] {
				k.tp++
			} else {
				k.fn++
			}
		}
		for _, id := range fp {
			k := s.byKind[gotKind[id]]
			if k == nil {
				k = &prf{}
				s.byKind[gotKind[id]] = k
			}
			k.fp++
		}
		if len(want) == 0 {
			s.empty++
			if len(got) > 0 {
				s.lent++
			}
		}
		if len(fp)+len(fn) > 0 && testing.Verbose() {
			what := it.Text
			if it.File != "" {
				what = it.File
			}
			t.Logf("%3d %q\n     +%v -%v", n, what, fp, fn)
		}
	}
	kinds := make([]string, 0, len(s.byKind))
	for k := range s.byKind {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	var b strings.Builder
	for _, k := range kinds {
		b.WriteString("\n    " + k + " " + s.byKind[k].String())
	}
	t.Logf("%s: actors %v; texts without an actor given one: %d/%d; by kind:%s", filepath.Base(path), s.all, s.lent, s.empty, b.String())
	return s
}

// TestActorDevSet scores actor recognition on the UD Indonesian sentences
// and the English Wikinews articles (testdata/README.md). Floors: the first
// honest run (annotations committed before the extractor ran on the texts)
// minus a margin; raise them as the rules improve.
func TestActorDevSet(t *testing.T) {
	for _, c := range []struct {
		path         string
		p, r         float64
		persons      float64 // recall floor for persons
		maxLentEmpty int
	}{
		// First honest run (extractor 1.1.0 plus the gazetteer and title
		// rules of 1.2.0 in progress): id P=0.73 R=0.30, persons R=0.09,
		// 1 of 90 actor-less sentences given one; en P=0.90 R=0.27,
		// persons R=0.08. Floors: those minus a margin. Raised to the
		// figures of the second actors pass (people since 2015, a surname
		// alone as the office holder of the day, home bodies by their
		// generic name): id P=0.82 R=0.58, persons R=0.42; en P=0.90
		// R=0.39, persons R=0.28. Raised again for 1.3.0 (issue #12: the
		// Phoenix people and organizations, given names, appositive
		// offices, named bodies, companies): id P=0.84 R=0.68, persons
		// R=0.59; en P=0.94 R=0.71, persons R=0.90. Raised for the second
		// pass of issue #12 (honorifics, patronyms, regional bodies, the
		// office's organization before a given name, occupations with a
		// complement): id P=0.85 R=0.71, persons R=0.67.
		// Raised for the third pass (offices of companies and agencies,
		// portfolios before a body, old ministry names, foreign holders
		// only when their state is named): P=0.86 R=0.72, persons R=0.68.
		// Raised for the fourth pass (bodies by head word, listed companies
		// and stock codes, given names alone, initials, outlets after a word
		// for one): P=0.86 R=0.78, persons R=0.73.
		{"testdata/devset/ud/csui-test.dev.jsonl", 0.84, 0.75, 0.69, 2},
		// Raised for the fifth pass (organizations: cues, legal forms,
		// outlets, defined acronyms): en R=0.77; CSUI train R=0.75.
		{"testdata/devset/wikinews/dev.jsonl", 0.90, 0.72, 0.82, 0},
		// UD Indonesian CSUI train, 180 dev sentences (third pass of
		// issue #12), first honest run (extractor 1.4.0): P=0.73 R=0.62,
		// persons P=0.66 R=0.62, organizations R=0.44, 1 of 50 actor-less
		// sentences given one. Floors: those minus a margin. Raised to
		// the end of the third pass: P=0.79 R=0.67, persons P=0.79 R=0.71.
		// Raised to the end of the fourth pass: P=0.79 R=0.72, persons R=0.74.
		{"testdata/devset/ud/csui-train.dev.jsonl", 0.76, 0.71, 0.70, 2},
		// UD Indonesian GSD, 151 dev sentences (fourth pass of issue #12),
		// first honest run (extractor 1.5.0): P=0.72 R=0.33, persons
		// P=0.52 R=0.17, organizations R=0.07, 8 of 70 actor-less sentences
		// given one. Floors: those minus a margin. Raised to the end of the
		// fourth pass: P=0.87 R=0.52, persons R=0.44, 3 of 70 given one.
		{"testdata/devset/ud/gsd-devtest.dev.jsonl", 0.84, 0.49, 0.40, 4},
		// UD Indonesian CSUI and GSD sentences chosen for the words of
		// international news, 137 dev (intl pass of issue #12), first
		// honest run (extractor 1.7.0): P=0.78 R=0.65, persons P=0.78
		// R=0.46, organizations R=0.39, 1 of 51 actor-less sentences given
		// one. Floors: those minus a margin. Raised to the end of the intl
		// pass: P=0.85 R=0.68, persons P=0.79 R=0.51, 0 of 51 given one.
		{"testdata/devset/ud/intl.dev.jsonl", 0.81, 0.64, 0.46, 1},
		// UD Indonesian CSUI train continued, 120 dev sentences
		// (csui-train39 pass of issue #12), first honest run (extractor
		// 1.18.0 as merged): P=0.84 R=0.81, persons P=0.78 R=0.76,
		// organizations R=0.74, 4 of 34 actor-less sentences given one.
		// Floors: those minus a margin. Raised to the end of the pass
		// (2007-era listed companies and the Jakarta and Surabaya stock
		// exchanges, Pemda of a one-word province, instruments named
		// after a body; 3 annotation errors fixed): P=0.94 R=0.93, persons
		// P=0.94 R=0.91, 2 of 34 given one.
		{"testdata/devset/ud/csui-train39.dev.jsonl", 0.91, 0.90, 0.88, 3},
		// UD Indonesian CSUI test, the 64 sentences after the first 300 that
		// no other set holds, 48 dev (csuitest39 pass of issue #12), first
		// honest run (extractor 1.18.0): P=0.88 R=0.72 (tp=21 fp=3 fn=8),
		// persons P=0.67 R=0.50, organizations R=0.69, 1 of 30 actor-less
		// sentences given one. Floors: those minus a margin. One annotation
		// fixed after (Mirantha, the csui-test set's PT Mirantha Nuansa Ayu;
		// first run against it R=0.70). Raised to the end of the pass (a
		// short the text defines as another name, the organization's bare
		// acronym between office and holder, Incorporated/Films/Pictures/
		// Studios, BKF, BEJ, BES): P=0.96 R=0.87, persons R=0.75, 0 of 29.
		{"testdata/devset/ud/csui-test39.dev.jsonl", 0.92, 0.83, 0.70, 1},
		// UD Indonesian CSUI train, the last 92 sentences no other set
		// holds, 69 dev (csui-end pass of issue #12): first honest run
		// (extractor 1.18.0): P=0.77 R=0.73, persons P=0.65 R=0.72,
		// organizations R=0.64, 1 of 17 actor-less sentences given one.
		// Floors: those minus a margin. Raised to the end of the pass
		// (gazetteer: the Jakarta and Surabaya exchanges, five listed
		// companies, Miranda Goeltom, J. K. Rowling; no digit in a name
		// word): P=0.86 R=0.83, persons P=0.80 R=0.89, 0 of 17 given one.
		{"testdata/devset/ud/csui-end39.dev.jsonl", 0.83, 0.80, 0.85, 1},
		// UD Indonesian CSUI, the 107 sentences no earlier set holds, 81 dev
		// (csui43 pass of issue #12; none has a capitalized word after the
		// first, so 76 of 81 have no actor and 5 have one person each):
		// first honest run (Version 1.22.0 as merged at stop 43): P=0.50
		// R=0.40 (tp=2 fp=2 fn=3), 0 of 76 actor-less sentences given one.
		// Floors set from the end of the pass (the name that opens a
		// sentence speaks through adverbs or a first predicate: Cavaille):
		// P=0.60 R=0.60, 0 of 76; each actor is 0.2 of recall here.
		{"testdata/devset/ud/csui43.dev.jsonl", 0.55, 0.55, 0.55, 1},
		// Wikinews actors pass 39 of issue #12: the 12 dev articles of the
		// 16 Wikinews articles dev.jsonl does not hold (testdata/README.md),
		// first honest run (Version 1.18.0): P=0.81 R=0.64 (tp=151 fp=36
		// fn=84), persons P=0.85 R=0.76, agencies R=0.21, media R=0.41,
		// organizations R=0.44; no actor-less article. Floors: those minus
		// a margin. Five annotations were then corrected to the written
		// conventions (the same code gives P=0.82 R=0.66 on them). Raised
		// to the end of the pass (outlets, platforms and bodies with a
		// source; European given names; "Minister of <portfolio>";
		// campuses; museums; credit labels; Korean capitalized syllables):
		// P=0.88 R=0.77, persons P=0.90 R=0.83.
		{"testdata/devset/wikinews/dev39.jsonl", 0.86, 0.75, 0.81, 0},
		// UD Indonesian GSD, 206 sentences no other set held, chosen for a
		// capitalized word not at the start (TestGSD43Selection), 155 dev
		// (gsd43 pass of issue #12): first honest run (base d67e29a):
		// P=0.75 R=0.53 (tp=85 fp=28 fn=75), persons P=0.77 R=0.51,
		// organizations R=0.30, 5 of 63 actor-less sentences given one.
		// Floors: those minus a margin. Five plain annotation errors were
		// then corrected (honorifics in ids; BAN's gazetteer id): the same
		// code gives P=0.80 R=0.56 on them. End of the pass (lower-case
		// "raja X" a realm, lists of one-word names, "X dkk", a street
		// written "Jl." before titles, eight gazetteer lines): P=0.84
		// R=0.64, persons P=0.89 R=0.63, 4 of 63 given one.
		{"testdata/devset/ud/gsd43.dev.jsonl", 0.72, 0.50, 0.48, 6},
	} {
		t.Run(strings.TrimSuffix(filepath.Base(c.path), ".jsonl"), func(t *testing.T) {
			s := scoreActors(t, c.path)
			if s.all.p() < c.p || s.all.r() < c.r {
				t.Errorf("actors %v below the floor P>=%.2f R>=%.2f", s.all, c.p, c.r)
			}
			if k := s.byKind[facts.KindPerson]; k != nil && k.r() < c.persons {
				t.Errorf("persons %v below the recall floor %.2f", k, c.persons)
			}
			if s.lent > c.maxLentEmpty {
				t.Errorf("%d texts without an actor were given one (at most %d)", s.lent, c.maxLentEmpty)
			}
		})
	}
}

// TestActorUnseen scores the quarter of the sets kept aside (run once, at
// the end of the work that built the rules, for an honest figure).
func TestActorUnseen(t *testing.T) {
	for _, path := range []string{"testdata/devset/ud/csui-test.unseen.jsonl", "testdata/devset/wikinews/unseen.jsonl", "testdata/devset/ud/csui-train.unseen.jsonl", "testdata/devset/ud/gsd-devtest.unseen.jsonl", "testdata/devset/ud/intl.unseen.jsonl", "testdata/devset/ud/csui-train39.unseen.jsonl", "testdata/devset/ud/csui-test39.unseen.jsonl", "testdata/devset/ud/csui-end39.unseen.jsonl", "testdata/devset/ud/csui43.unseen.jsonl", "testdata/devset/wikinews/unseen39.jsonl", "testdata/devset/ud/gsd43.unseen.jsonl"} {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".jsonl"), func(t *testing.T) {
			scoreActors(t, path)
		})
	}
}
