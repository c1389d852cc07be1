package extract

import (
	"testing"
	"time"
)

// TestIsoDays checks isoDate's table against the plain formatting for
// every slot of the table and a few years either side of it.
func TestIsoDays(t *testing.T) {
	for y := isoFirstYear - 3; y < isoFirstYear+isoYears+3; y++ {
		for m := 1; m <= 12; m++ {
			for d := 1; d <= 31; d++ {
				if got, want := isoDate(y, m, d), isoDatePlain(y, m, d); got != want {
					t.Fatalf("isoDate(%d, %d, %d) = %q, want %q", y, m, d, got, want)
				}
			}
		}
	}
	for _, y := range []int{0, 7, 987, 1969, 2070, 9999} {
		if got, want := isoDate(y, 1, 1), isoDatePlain(y, 1, 1); got != want {
			t.Fatalf("isoDate(%d, 1, 1) = %q, want %q", y, got, want)
		}
	}
}

// TestIsoDayParsed checks parseMetaDate's fast path: isoDay of a parsed
// YYYY-MM-DD is what t.Format("2006-01-02") wrote, signed years too.
func TestIsoDayParsed(t *testing.T) {
	for _, s := range []string{"2024-02-29", "1969-12-31", "1970-01-01", "2069-12-31", "2070-01-01", "0000-01-01", "9999-12-31", "+024-01-01", "-024-01-01", "0987-06-15"} {
		tm, err := time.Parse("2006-01-02", s)
		if err != nil {
			continue
		}
		if got, want := isoDay(tm), tm.Format("2006-01-02"); got != want {
			t.Errorf("isoDay(%q) = %q, want %q", s, got, want)
		}
	}
}
