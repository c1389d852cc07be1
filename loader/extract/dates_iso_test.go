package extract

import "testing"

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
