// Spelling variants of known people's names: the transliterations news
// writes of one Arabic, Persian or Slavic name ("Muammar Khadafi" for
// Muammar Gaddafi, "Husni Mubarak", "Basyar al-Assad", "Volodimir
// Zelensky").

package extract

import (
	"sort"
	"strings"

	"github.com/geokg/kg/loader/extract/gazetteer"
)

// variantIndex maps the consonant skeleton of a person's name (see
// nameSkeleton) to the known people with a name of that skeleton. It lives
// as long as the Extractor: its names are offsets into one string and
// their people indices into one list, so that the garbage collector
// follows one pointer a skeleton (its key) instead of three a name.
type variantIndex struct {
	bySkeleton map[string]ixSpan // skeleton → names[lo:hi]
	names      []variantName
	slugs      string             // the names' slugs, back to back
	entries    []*gazetteer.Entry // the people, in the order first named
}

// variantName is one name of a known person, as a slug:
// slugs[lo:hi] names entries[entry].
type variantName struct {
	lo, hi, entry int32
}

// newVariantIndex indexes the names of two words or more of the people
// keep accepts.
func newVariantIndex(g *gazetteer.Gazetteer, keep func(*gazetteer.Entry) bool) variantIndex {
	type name struct {
		slug  string
		entry *gazetteer.Entry
	}
	byKey := map[string][]name{}
	add := func(e *gazetteer.Entry, n string) {
		s := slug(n)
		if !strings.Contains(s, "-") {
			return
		}
		k := nameSkeleton(s)
		for _, v := range byKey[k] {
			if v.slug == s {
				return
			}
		}
		byKey[k] = append(byKey[k], name{s, e})
	}
	eachPersonName(g, keep, add)
	// Laid out by skeleton in sorted order (each skeleton's names in the
	// order added, which find's answer does not depend on).
	keys := make([]string, 0, len(byKey))
	n := 0
	for k, ns := range byKey {
		keys = append(keys, k)
		n += len(ns)
	}
	sort.Strings(keys)
	idx := variantIndex{bySkeleton: make(map[string]ixSpan, len(keys)), names: make([]variantName, 0, n)}
	var slugs strings.Builder
	entry := map[*gazetteer.Entry]int32{}
	for _, k := range keys {
		lo := len(idx.names)
		for _, v := range byKey[k] {
			i, ok := entry[v.entry]
			if !ok {
				i = int32(len(idx.entries))
				entry[v.entry] = i
				idx.entries = append(idx.entries, v.entry)
			}
			at := int32(slugs.Len())
			slugs.WriteString(v.slug)
			idx.names = append(idx.names, variantName{at, int32(slugs.Len()), i})
		}
		idx.bySkeleton[k] = ixSpan{int32(lo), int32(len(idx.names))}
	}
	idx.slugs = slugs.String()
	return idx
}

// find returns the one known person a name the gazetteer does not hold is
// a spelling of: a name with the same skeleton and the same words, each
// at most one letter away, two in a word of seven letters or more:
// "Husni Mubarak" is Hosni Mubarak and "Muammar Khadafi" Muammar
// Gaddafi, where "Ali Hassan" is no "Ali Hussein", "Horace Cheung" no
// "Horace Chang" and "Michael Murillo" no "Michael Morell". Two people
// with such a name give none. s is the name's slug.
func (idx *variantIndex) find(s string) *gazetteer.Entry {
	if len(idx.bySkeleton) == 0 || !strings.Contains(s, "-") {
		return nil
	}
	sp, ok := idx.bySkeleton[nameSkeleton(s)]
	if !ok {
		return nil
	}
	hit := int32(-1)
	for _, v := range idx.names[sp.lo:sp.hi] {
		if !closeWords(idx.slugs[v.lo:v.hi], s) {
			continue
		}
		if hit >= 0 && hit != v.entry {
			return nil
		}
		hit = v.entry
	}
	if hit < 0 {
		return nil
	}
	return idx.entries[hit]
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
