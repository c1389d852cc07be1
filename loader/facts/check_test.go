package facts

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"
)

// dateInputs are strings CheckDate and dayParts are compared on: every
// day, month and year form around the edges of the calendar, the other
// forms ParseDate takes, and random strings of the lengths dayParts reads.
func dateInputs() []string {
	var in []string
	for _, y := range []int{0, 1, 4, 99, 100, 400, 1582, 1900, 1999, 2000, 2023, 2024, 2100, 2400, 9999} {
		in = append(in, fmt.Sprintf("%04d", y))
		for m := 0; m <= 13; m++ {
			in = append(in, fmt.Sprintf("%04d-%02d", y, m), fmt.Sprintf("%04d/%02d", y, m))
			for d := 0; d <= 32; d++ {
				in = append(in, fmt.Sprintf("%04d-%02d-%02d", y, m, d), fmt.Sprintf("%04d-%02d-%02dT10:00:00Z", y, m, d))
			}
		}
	}
	in = append(in, "", "2", "202", "20233", "2023-1", "2023-1-01", "2023/06/25", "2023-06/25", "2023_06", "２０２３",
		"2023-0a", "2023-06-2x", "+023", "-023", "2023-06-25 10:00:00", "2023-06-25T10:00", "2023-06-25T10:00Z",
		"2023-06-25T25:00:00Z", "2023-06-25T23:30:00+07:00", "2023-06-25T10:00:00.123456789Z", ":023", "2023-:6", "2023-06-/5")
	const alphabet = "0123456789-/:T Z+./\x00\xff"
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		n := []int{4, 7, 10, 16, 19, 20}[r.IntN(6)]
		b := make([]byte, n)
		for i := range b {
			if r.IntN(3) == 0 {
				b[i] = alphabet[r.IntN(len(alphabet))]
			} else {
				b[i] = "2023-06-25T10:00:00Z"[i]
			}
		}
		in = append(in, string(b))
	}
	return in
}

// TestCheckDateFastPath checks CheckDate, which accepts days, months and
// years without ParseDate, against ParseDate itself (what it was): the
// same verdict and the same error for every input.
func TestCheckDateFastPath(t *testing.T) {
	layout := map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}
	for _, s := range dateInputs() {
		_, want := ParseDate(s)
		if got := CheckDate(s); (got == nil) != (want == nil) || got != nil && got.Error() != want.Error() {
			t.Errorf("CheckDate(%q) = %v, ParseDate: %v", s, got, want)
		}
		y, m, d, ok := dayParts(s)
		tm, err := time.Parse(layout[len(s)], s)
		if layout[len(s)] == "" {
			err = fmt.Errorf("no layout of length %d", len(s))
		}
		if ok != (err == nil) || ok && (tm.Year() != y || int(tm.Month()) != m || tm.Day() != d) {
			t.Errorf("dayParts(%q) = %d, %d, %d, %v; time.Parse: %v, %v", s, y, m, d, ok, tm, err)
		}
	}
}

// BenchmarkCheck checks a document of the size extractors write: 50 actors
// with roles and mentions, 40 events and 35 stances.
func BenchmarkCheck(b *testing.B) {
	doc := &Document{Format: Format, Article: Article{ContentHash: "sha256:0", Published: "2024-03-01"}}
	ev := []Evidence{{Sentence: "s", Start: 0, End: 10, Confidence: 0.9}, {Sentence: "t", Start: 20, End: 30, Confidence: 0.9}}
	for i := range 50 {
		id := fmt.Sprintf("actor-%d", i)
		if i%3 == 0 {
			id = fmt.Sprintf("S%02d", i)
		}
		doc.Actors = append(doc.Actors, Actor{ID: id, Name: id, Kind: KindPerson, Mentions: ev,
			Roles: []Role{{Title: "minister", Start: "2019-10-23", End: "2024-10-20"}}})
	}
	for i := range 40 {
		doc.Events = append(doc.Events, Event{Type: "t", Cameo: "051", QuadClass: 1, Source: doc.Actors[i].ID,
			Target: doc.Actors[(i+7)%50].ID, Date: "2024-02", Status: StatusFact, Evidence: ev})
	}
	for i := range 35 {
		doc.Stances = append(doc.Stances, Stance{Source: doc.Actors[i].ID, Target: doc.Actors[i+1].ID,
			Relation: RelationAlly, Kind: StanceExplicit, Strength: 0.5, Evidence: ev})
	}
	if p := Check(doc); len(p) > 0 {
		b.Fatal(p)
	}
	b.ReportAllocs()
	for b.Loop() {
		Check(doc)
	}
}
