package extract

import (
	"strings"
	"testing"
)

// TestSortedWordsHas checks the search by four-byte heads against a map of
// every line of the embedded lists: each word is found, and its prefixes,
// its extensions and its neighbours' mixtures are found only when they are
// lines themselves (four-byte heads shared by many words, words of four
// bytes that start longer ones).
func TestSortedWordsHas(t *testing.T) {
	for _, c := range []struct {
		name, text string
	}{
		{"surnames", surnamesText},
		{"ordinary surnames", ordinarySurnamesText},
		{"English words", enWordsText},
	} {
		t.Run(c.name, func(t *testing.T) {
			l := newSortedWords(c.text)
			in := make(map[string]bool, len(l.offs))
			for k := range l.offs {
				in[l.at(k)] = true
			}
			bad := 0
			check := func(w string) {
				if got := l.has(w); got != in[w] && bad < 10 {
					bad++
					t.Errorf("has(%q) = %v, want %v", w, got, in[w])
				}
			}
			for k := range l.offs {
				w := l.at(k)
				check(w)
				check(w + "a")
				check(w + "zz")
				for n := 0; n < len(w); n++ {
					check(w[:n])
				}
			}
			if len(in) < 4000 {
				t.Errorf("%d words, want 4,000 or more", len(in))
			}
		})
	}
}

// TestIndexApostrophe checks indexApostrophe against strings.IndexAny.
func TestIndexApostrophe(t *testing.T) {
	for _, c := range []struct{ name, s string }{
		{"none", "Hendricks"},
		{"straight", "O'Neill"},
		{"curly", "O’Neill"},
		{"curly first", "D’Amato's"},
		{"straight first", "D'Amato’s"},
		{"empty", ""},
		{"marks before", "Jürgen’s"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got, want := indexApostrophe(c.s), strings.IndexAny(c.s, "'’"); got != want {
				t.Errorf("indexApostrophe(%q) = %d, want %d", c.s, got, want)
			}
		})
	}
}

// TestIsAllUpper checks isAllUpper's ASCII path against the letter test
// it stands for.
func TestIsAllUpper(t *testing.T) {
	for _, c := range []struct {
		name, s string
		want    bool
	}{
		{"acronym", "NATO", true},
		{"dotted", "U.S.", true},
		{"digits", "G20", true},
		{"name", "Hendricks", false},
		{"lower", "said", false},
		{"accented capitals", "ÉLYSÉE", true},
		{"accented lower", "ÉLYSéE", false},
		{"no letter", "2023", true},
		{"empty", "", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := isAllUpper(c.s); got != c.want {
				t.Errorf("isAllUpper(%q) = %v, want %v", c.s, got, c.want)
			}
		})
	}
}
