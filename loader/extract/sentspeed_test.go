package extract

import (
	"math/rand"
	"slices"
	"testing"
	"time"
)

// TestSortMentions compares sortMentions with sortMentionsReference
// (slices.SortStableFunc) on random lists with many ties, short and long:
// the same mentions in the same order, equal ones included.
func TestSortMentions(t *testing.T) {
	rng := rand.New(rand.NewSource(12))
	for n := 0; n < 3000; n++ {
		size := rng.Intn(8)
		if n%10 == 0 {
			size = rng.Intn(40)
		}
		ms := make([]*mention, size)
		for i := range ms {
			ti := rng.Intn(6)
			ms[i] = &mention{ti: ti, tj: ti + 1 + rng.Intn(3)}
		}
		if n%3 == 0 { // mostly in order, as in the extractor
			sortMentionsReference(ms)
			if size > 1 {
				k := rng.Intn(size)
				ms[k], ms[size-1] = ms[size-1], ms[k]
			}
		}
		want := slices.Clone(ms)
		sortMentionsReference(want)
		sortMentions(ms)
		for i := range ms {
			if ms[i] != want[i] {
				t.Fatalf("list %d: position %d differs", n, i)
			}
		}
	}
}

// TestIsoDayShift compares isoDayShift with isoDay(addDays(…)) for every
// shift from −40 to 40 days (beyond the calendar way's ±28 too) from
// every day of 1899–2101 and the ends of the years isoDay formats, at
// several times of day, in UTC and in another zone.
func TestIsoDayShift(t *testing.T) {
	zone := time.FixedZone("WIB", 7*3600)
	var refs []time.Time
	for d := time.Date(1899, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() < 2102; d = d.AddDate(0, 0, 1) {
		refs = append(refs, d, d.Add(23*time.Hour+59*time.Minute))
	}
	refs = append(refs, time.Date(0, 1, 3, 0, 0, 0, 0, time.UTC), time.Date(9999, 12, 29, 0, 0, 0, 0, time.UTC),
		time.Date(2024, 3, 1, 1, 0, 0, 0, zone), time.Date(2024, 2, 29, 23, 0, 0, 0, zone), time.Time{})
	for _, ref := range refs {
		for n := -40; n <= 40; n++ {
			if got, want := isoDayShift(ref, n), isoDay(addDays(ref, n)); got != want {
				t.Fatalf("isoDayShift(%v, %d) = %s, want %s", ref, n, got, want)
			}
		}
	}
}
