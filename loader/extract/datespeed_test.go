package extract

import (
	"math/rand"
	"strconv"
	"testing"
	"time"
)

// TestAddDays compares addDays, a sum of hours in UTC, with AddDate, in
// UTC and in a zone with summer time (where it takes AddDate).
func TestAddDays(t *testing.T) {
	zones := []*time.Location{time.UTC, time.FixedZone("X", 7*3600)}
	if ny, err := time.LoadLocation("America/New_York"); err == nil {
		zones = append(zones, ny)
	}
	rng := rand.New(rand.NewSource(6))
	for _, loc := range zones {
		for k := 0; k < 20000; k++ {
			d := time.Date(1900+rng.Intn(200), time.Month(1+rng.Intn(12)), 1+rng.Intn(31), rng.Intn(24), rng.Intn(60), 0, 0, loc)
			n := rng.Intn(800) - 400
			if got, want := addDays(d, n), d.AddDate(0, 0, n); !got.Equal(want) || isoDay(got) != isoDay(want) {
				t.Fatalf("addDays(%v, %d) = %v, want %v", d, n, got, want)
			}
		}
	}
	// The article's date as the run parses it.
	ref, err := time.Parse("2006-01-02", "2024-03-01")
	if err != nil {
		t.Fatal(err)
	}
	for n := -800; n <= 800; n++ {
		if got, want := isoDay(addDays(ref, n)), isoDay(ref.AddDate(0, 0, n)); got != want {
			t.Fatalf("addDays(2024-03-01, %d) = %s, want %s", n, got, want)
		}
	}
}

// TestAtoi compares atoi, which adds up the digits, with strconv.Atoi on
// the words it reads (up to four digits) and some it refuses.
func TestAtoi(t *testing.T) {
	words := []string{"", "0", "00", "0012", "9999", "10000", "-1", "+1", "1a", "a1", "١٢", " 1", "12345"}
	for n := 0; n < 10000; n++ {
		words = append(words, strconv.Itoa(n))
	}
	for _, w := range words {
		got, ok := atoi(w)
		want, err := strconv.Atoi(w)
		wantOK := err == nil && len(w) <= 4 && allDigits(w)
		if ok != wantOK || ok && got != want {
			t.Errorf("atoi(%q) = %d, %v; want %d, %v", w, got, ok, want, wantOK)
		}
	}
}

// TestDayOrRangeFirstDigit checks dayOrRange's first test: a word that
// does not start with a digit is no day nor range of days.
func TestDayOrRangeFirstDigit(t *testing.T) {
	for _, w := range []string{"", "-", "-5", "–5", "a-5", "x12", "24-25", "24–25", "5", "31", "32", "0", "1-31", "3-3"} {
		d, ok := dayOrRange(w)
		// the rule itself, read without the first test
		wd, wok := 0, false
		if n, err := strconv.Atoi(w); err == nil && len(w) <= 4 && allDigits(w) {
			wd, wok = n, n >= 1 && n <= 31
		} else {
			for _, dash := range []string{"-", "–"} {
				if a, b, found := cutOnce(w, dash); found {
					x, ok1 := atoi(a)
					y, ok2 := atoi(b)
					wd, wok = x, ok1 && ok2 && x >= 1 && x < y && y <= 31
					break
				}
			}
		}
		if ok != wok || ok && d != wd {
			t.Errorf("dayOrRange(%q) = %d, %v; want %d, %v", w, d, ok, wd, wok)
		}
	}
}

func cutOnce(s, sep string) (string, string, bool) {
	for i := 0; i+len(sep) <= len(s); i++ {
		if s[i:i+len(sep)] == sep {
			return s[:i], s[i+len(sep):], true
		}
	}
	return s, "", false
}
