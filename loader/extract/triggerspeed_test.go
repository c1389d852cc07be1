package extract

import (
	"slices"
	"strings"
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

// TestPurposeFlag checks the flags tested before a look-up in a word
// list (l2Purpose in modalBefore, l2Territory in codeTrigger, l2TellVerb
// in findEvents, l2Since and l2DateWord in sentenceDate) against the lists: set on
// every word of one, on no other.
func TestPurposeFlag(t *testing.T) {
	x := extractor(t)
	for _, p := range x.packList {
		words := []string{"to", "untuk", "guna", "demi", "To", "untuknya", "in"}
		for w := range p.mod.purpose {
			words = append(words, w)
		}
		for _, text := range testTexts(t, 1) {
			words = append(words, strings.Fields(strings.ToLower(text))...)
		}
		if len(p.mod.purpose) == 0 {
			t.Fatalf("%s: no purpose words: the test reads nothing", p.lang)
		}
		for _, f := range []struct {
			name string
			s    set
			bit  uint64
		}{{"modality.purpose", p.mod.purpose, l2Purpose}, {"territory", p.territory, l2Territory},
			{"tell_verbs", p.tellVerbs, l2TellVerb}, {"since", p.since, l2Since}, {"dateWords", dateWordKeys(p), l2DateWord}} {
			for w := range f.s {
				words = append(words, w)
			}
			for _, w := range words {
				if got := get(p.lexT, w).lx2&f.bit != 0; got != f.s[w] {
					t.Fatalf("%s: %q: flag of %s %v, in the list %v", p.lang, w, f.name, got, f.s[w])
				}
			}
		}
	}
}

// dateWordKeys is the set of the words that have a record in dateWords.
func dateWordKeys(p *pack) set {
	s := set{}
	for w := range p.dateWords {
		s[w] = true
	}
	return s
}
