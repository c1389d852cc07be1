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

// TestOpener compares modality.opener, which reads a root of two digits
// from arrays, with the map of openers, in every pack.
func TestOpener(t *testing.T) {
	x := extractor(t)
	roots := []string{"", "0", "1", "001", "0a", "a0", "/0", ":0", "0:", "ab"}
	for a := '0'; a <= '9'; a++ {
		for b := '0'; b <= '9'; b++ {
			roots = append(roots, string([]rune{a, b}))
		}
	}
	n := 0
	for _, p := range x.packList {
		for root := range p.mod.openers {
			roots = append(roots, root)
		}
		for _, root := range roots {
			st, ok := p.mod.opener(root)
			wst, wok := p.mod.openers[root]
			if st != wst || ok != wok {
				t.Errorf("%s: opener(%q) = %q, %v; want %q, %v", p.lang, root, st, ok, wst, wok)
			}
			if ok {
				n++
			}
		}
	}
	if n == 0 {
		t.Fatal("no pack has openers: the test reads nothing")
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
