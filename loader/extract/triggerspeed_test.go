package extract

import (
	"slices"
	"testing"
)

// TestSingularLookups compares bySingular, which does not build the
// singular of an "-ies" plural, and its first test mayBePlural, with
// singular itself.
func TestSingularLookups(t *testing.T) {
	words := []string{"", "s", "ss", "ies", "ties", "tie", "ty", "party", "parties", "partie", "partys", "countries", "country",
		"talks", "talk", "boxes", "box", "wishes", "wish", "bus", "buses", "glass", "class", "allies", "ally", "pies", "pie", "py",
		"aies", "ay", "ies", "xyzies", "xyzy", "xyzie", "y", "news", "new", "series", "sery", "serie"}
	m := map[string][]int{}
	for i, w := range words {
		m[w] = []int{i}
	}
	for _, w := range words {
		var want []int
		if sg := singular(w); sg != "" {
			want = m[sg]
		}
		if got := bySingular(m, w); !slices.Equal(got, want) {
			t.Errorf("bySingular(%q) = %v, want %v", w, got, want)
		}
		if singular(w) != "" && !mayBePlural(w) {
			t.Errorf("mayBePlural(%q) is false, but its singular is %q", w, singular(w))
		}
	}
}
