// Spelling variants of known people's names: the transliterations news
// writes of one Arabic, Persian or Slavic name ("Muammar Khadafi" for
// Muammar Gaddafi, "Husni Mubarak", "Basyar al-Assad", "Volodimir
// Zelensky").

package extract

import (
	"strings"

	"github.com/geokg/kg/loader/extract/gazetteer"
)

// variantIndex maps the consonant skeleton of a person's name (see
// nameSkeleton) to the known people with a name of that skeleton.
type variantIndex map[string][]variantName

// variantName is one name of a known person, as a slug.
type variantName struct {
	slug  string
	entry *gazetteer.Entry
}

// newVariantIndex indexes the names of two words or more of the people
// keep accepts.
func newVariantIndex(g *gazetteer.Gazetteer, keep func(*gazetteer.Entry) bool) variantIndex {
	idx := variantIndex{}
	add := func(e *gazetteer.Entry, name string) {
		s := slug(name)
		if !strings.Contains(s, "-") {
			return
		}
		k := nameSkeleton(s)
		for _, v := range idx[k] {
			if v.slug == s {
				return
			}
		}
		idx[k] = append(idx[k], variantName{s, e})
	}
	eachPersonName(g, keep, add)
	return idx
}

// find returns the one known person a name the gazetteer does not hold is
// a spelling of: a name with the same skeleton and the same words, each
// at most one letter away, two in a word of seven letters or more:
// "Husni Mubarak" is Hosni Mubarak and "Muammar Khadafi" Muammar
// Gaddafi, where "Ali Hassan" is no "Ali Hussein", "Horace Cheung" no
// "Horace Chang" and "Michael Murillo" no "Michael Morell". Two people
// with such a name give none. s is the name's slug.
func (idx variantIndex) find(s string) *gazetteer.Entry {
	if len(idx) == 0 || !strings.Contains(s, "-") {
		return nil
	}
	var hit *gazetteer.Entry
	for _, v := range idx[nameSkeleton(s)] {
		if !closeWords(v.slug, s) {
			continue
		}
		if hit != nil && hit != v.entry {
			return nil
		}
		hit = v.entry
	}
	return hit
}

// closeWords reports whether two slugs have as many words and each word
// of b is at most one letter from a's, two in a word of seven or more.
func closeWords(a, b string) bool {
	if strings.Count(a, "-") != strings.Count(b, "-") {
		return false
	}
	for a != "" {
		wa, ra, _ := strings.Cut(a, "-")
		wb, rb, _ := strings.Cut(b, "-")
		limit := 1
		if len(wb) >= 7 {
			limit = 2
		}
		if wa != wb && (editDistance(wa, wb) > limit || romanLetters(wa) || romanLetters(wb)) {
			return false // "Charles II" is no Charles III
		}
		a, b = ra, rb
	}
	return true
}

// skeletonDigraphs are the letter pairs transliterations write for one
// sound, replaced before vowels are dropped.
var skeletonDigraphs = strings.NewReplacer("kh", "k", "gh", "g", "dh", "d", "th", "t", "sh", "s", "sy", "s", "ph", "f", "ck", "k", "ou", "u")

// nameSkeleton is the consonant skeleton of a slug's words, which
// transliterations of one name share: digraphs for one sound made one
// letter, k, q, c and g one letter, vowels dropped after the first letter
// (any first vowel one mark), a final h after a vowel and doubled
// letters dropped: "muammar-khadafi", "muammar-gaddafi" and
// "moammar-qadhafi" are all "*mr kdf".
func nameSkeleton(s string) string {
	var b strings.Builder
	for i, w := range strings.Split(skeletonDigraphs.Replace(s), "-") {
		if i > 0 {
			b.WriteByte(' ')
		}
		if n := len(w); n > 1 && w[n-1] == 'h' && isVowelByte(w[n-2]) {
			w = w[:n-1] // "Usamah", "Osama"
		}
		var last byte
		for j := 0; j < len(w); j++ {
			c := w[j]
			switch {
			case j == 0 && isVowelByte(c):
				c = '*'
			case isVowelByte(c):
				continue
			case c == 'q' || c == 'c' || c == 'g':
				c = 'k'
			}
			if c != last {
				b.WriteByte(c)
			}
			last = c
		}
	}
	return b.String()
}

// romanLetters reports whether a lower-case word is made of the letters
// of Roman numerals only ("ii", "viii"; also "li", "mi"): such words must
// be equal, as a regnal number tells monarchs apart.
func romanLetters(w string) bool {
	return w != "" && strings.Trim(w, "ivxlcdm") == ""
}

func isVowelByte(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// editDistance is the Levenshtein distance of two ASCII strings.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
