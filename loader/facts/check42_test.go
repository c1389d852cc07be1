package facts

import (
	"fmt"
	"math"
	"math/rand"
	"reflect"
	"strconv"
	"testing"
)

// plainIDs is the id set of checkPlain: a map, looked up before each add
// as Check did before the language-pack speed pass of stop 42.
type plainIDs map[string]bool

func (s plainIDs) has(id string) bool      { return s[id] }
func (s plainIDs) declared(id string) bool { return id == "" || s[id] }

// checkPlain is Check as it was before the speed pass of stop 42 (a look-up,
// then an add, for every actor's id), with a map for the id set.
func checkPlain(doc *Document) []FieldError {
	// Extractors call Check on every document they produce, so it builds no
	// strings unless something is wrong: paths are made by at() on error.
	var p []FieldError
	add := func(field, format string, args ...any) {
		p = append(p, FieldError{Field: field, Msg: fmt.Sprintf(format, args...)})
	}
	if doc.Format != Format {
		add("/format", "is %q, want %q", doc.Format, Format)
	}
	if doc.Article.URL == "" && doc.Article.ContentHash == "" {
		add("/article", "needs url or contentHash")
	}
	if doc.Article.Published != "" {
		if err := CheckDate(doc.Article.Published); err != nil {
			add("/article/published", "%v", err)
		}
	}
	actors := plainIDs{}
	// The lists are walked by index, not by value: a range over values
	// copies each actor, event, stance and evidence item (100 to 200 bytes)
	// of every document an extractor checks.
	for i := range doc.Actors {
		a := &doc.Actors[i]
		if actors.has(a.ID) {
			add(at("actors", i, "/id"), "actor %q is declared twice", a.ID)
		} else {
			actors[a.ID] = true
		}
		for j := range a.Roles {
			r := &a.Roles[j]
			if r.Start != "" && CheckDate(r.Start) != nil {
				add(at("actors", i, "/roles/"+strconv.Itoa(j)+"/start"), "%v", CheckDate(r.Start))
			}
			if r.End != "" && CheckDate(r.End) != nil {
				add(at("actors", i, "/roles/"+strconv.Itoa(j)+"/end"), "%v", CheckDate(r.End))
			}
		}
		if !evidenceOK(a.Mentions) {
			checkEvidence(add, "actors", i, "/mentions", a.Mentions)
		}
	}
	for i := range doc.Events {
		e := &doc.Events[i]
		if !actors.declared(e.Source) {
			add(at("events", i, "/source"), undeclared, e.Source)
		}
		if !actors.declared(e.Target) {
			add(at("events", i, "/target"), undeclared, e.Target)
		}
		if e.Source != "" && e.Source == e.Target {
			checkSameActor(add, i, e)
		}
		if want := QuadClassOf(e.Root()); want != 0 && e.QuadClass != want {
			add(at("events", i, "/quadClass"), "is %d but CAMEO root %s is quad class %d", e.QuadClass, e.Root(), want)
		}
		if math.IsNaN(e.Goldstein) {
			add(at("events", i, "/goldstein"), "is not a number")
		}
		if e.Date != "" {
			if err := CheckDate(e.Date); err != nil {
				add(at("events", i, "/date"), "%v", err)
			}
		}
		if !evidenceOK(e.Evidence) {
			checkEvidence(add, "events", i, "/evidence", e.Evidence)
		}
	}
	for i := range doc.Stances {
		s := &doc.Stances[i]
		if !actors.declared(s.Source) {
			add(at("stances", i, "/source"), undeclared, s.Source)
		}
		if !actors.declared(s.Target) {
			add(at("stances", i, "/target"), undeclared, s.Target)
		}
		if s.Source == s.Target {
			add(at("stances", i, "/target"), "is the same actor as source (%q)", s.Source)
		}
		if !evidenceOK(s.Evidence) {
			checkEvidence(add, "stances", i, "/evidence", s.Evidence)
		}
	}
	return p
}

// TestCheckAgainstPlain compares Check with checkPlain on 5,000 random
// documents of 0 to 300 actors (past the table Check keeps on the stack)
// whose ids repeat, are empty or differ only in their middle bytes, whose
// events and stances refer to declared, undeclared and empty ids, to their
// own source, with and without sectors, with bad dates, codes, evidence
// and goldstein: the same problems, in the same order, with the same words.
func TestCheckAgainstPlain(t *testing.T) {
	rng := rand.New(rand.NewSource(42))
	ids := []string{"", "RUS", "UKR", "USA", "IDN", "joko-widodo", "joko-wadodo", "dprd-jawa-barat", "dprd-jawa-timur", "Q7747", "x", "xx", "a-b", "a-c"}
	for n := 0; n < 150; n++ {
		ids = append(ids, "actor-"+strconv.Itoa(n))
	}
	pick := func() string {
		if rng.Intn(8) == 0 {
			return "undeclared-" + strconv.Itoa(rng.Intn(5))
		}
		return ids[rng.Intn(len(ids))]
	}
	dates := []string{"", "2024", "2024-02", "2024-02-29", "2023-02-29", "2024-13", "20x4", "2024-02-01T10:00:00Z"}
	sectors := []string{"", "GOV", "MIL"}
	ev := func() []Evidence {
		out := make([]Evidence, rng.Intn(3))
		for i := range out {
			out[i] = Evidence{Start: rng.Intn(10), End: rng.Intn(12)}
		}
		return out
	}
	problems := 0
	for iter := 0; iter < 5000; iter++ {
		doc := &Document{Format: Format, Article: Article{URL: "u", Published: dates[rng.Intn(len(dates))]}}
		if rng.Intn(50) == 0 {
			doc.Format, doc.Article.URL = "other", ""
		}
		na := rng.Intn(60)
		if rng.Intn(20) == 0 {
			na = 100 + rng.Intn(200)
		}
		for i := 0; i < na; i++ {
			a := Actor{ID: ids[rng.Intn(len(ids))], Mentions: ev()}
			if rng.Intn(3) != 0 {
				a.ID = "actor-" + strconv.Itoa(i) // mostly distinct
			}
			if rng.Intn(4) == 0 {
				a.Roles = []Role{{Start: dates[rng.Intn(len(dates))], End: dates[rng.Intn(len(dates))]}}
			}
			doc.Actors = append(doc.Actors, a)
		}
		for i := rng.Intn(50); i > 0; i-- {
			e := Event{Source: pick(), Target: pick(), Cameo: fmt.Sprintf("%02d%d", rng.Intn(23), rng.Intn(10)), QuadClass: rng.Intn(5),
				SourceSector: sectors[rng.Intn(3)], TargetSector: sectors[rng.Intn(3)], Date: dates[rng.Intn(len(dates))], Evidence: ev()}
			if rng.Intn(5) == 0 {
				e.Target = e.Source
			}
			if rng.Intn(30) == 0 {
				e.Goldstein = math.NaN()
			}
			doc.Events = append(doc.Events, e)
		}
		for i := rng.Intn(40); i > 0; i-- {
			s := Stance{Source: pick(), Target: pick(), Evidence: ev()}
			if rng.Intn(5) == 0 {
				s.Target = s.Source
			}
			doc.Stances = append(doc.Stances, s)
		}
		got, want := Check(doc), checkPlain(doc)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("document %d: Check gives\n%v\nplain gives\n%v", iter, got, want)
		}
		problems += len(want)
	}
	if problems == 0 {
		t.Fatal("no document had a problem: the test tests nothing")
	}
}

// TestIDSetInsert checks insert against a map on ids that repeat: true
// for an id not yet in the set, false after, and has agrees.
func TestIDSetInsert(t *testing.T) {
	for _, n := range []int{0, 1, 7, 8, 127, 128, 129, 300} {
		actors := make([]Actor, n)
		for i := range actors {
			actors[i].ID = fmt.Sprintf("id-%d", i*7%(n/2+1))
			if i%11 == 0 {
				actors[i].ID = ""
			}
		}
		var buf [256]int32
		set := newIDSet(actors, buf[:])
		ref := map[string]bool{}
		for i, a := range actors {
			if got := set.insert(i); got == ref[a.ID] {
				t.Fatalf("%d actors: insert(%d) of %q = %v, in the set before: %v", n, i, a.ID, got, ref[a.ID])
			}
			ref[a.ID] = true
			if !set.has(a.ID) {
				t.Fatalf("%d actors: %q not in the set after insert", n, a.ID)
			}
		}
	}
}

// quadClassPlain is QuadClassOf as it was before the speed pass of stop 42.
func quadClassPlain(root string) int {
	if len(root) != 2 || root[0] < '0' || root[0] > '2' || root[1] < '0' || root[1] > '9' {
		return 0
	}
	switch n := int(root[0]-'0')*10 + int(root[1]-'0'); {
	case n >= 1 && n <= 5:
		return 1
	case n >= 6 && n <= 8:
		return 2
	case n >= 9 && n <= 13:
		return 3
	case n >= 14 && n <= 20:
		return 4
	}
	return 0
}

// TestQuadClassTable compares QuadClassOf with quadClassPlain on every
// string of two bytes and on strings of other lengths.
func TestQuadClassTable(t *testing.T) {
	check := func(s string) {
		if got, want := QuadClassOf(s), quadClassPlain(s); got != want {
			t.Fatalf("QuadClassOf(%q) = %d, want %d", s, got, want)
		}
	}
	for a := 0; a < 256; a++ {
		for b := 0; b < 256; b++ {
			check(string([]byte{byte(a), byte(b)}))
		}
	}
	for _, s := range []string{"", "0", "1", "05", "051", "20", "21", "200", "1a", "-1"} {
		check(s)
	}
}
