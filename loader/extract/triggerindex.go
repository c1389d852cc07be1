package extract

import (
	"sort"
	"strings"
)

// trigSet is the triggers of one key word, longest first, with an index by
// the word each must see next, so that a verb with hundreds of generated
// patterns ("call", "launch") tries only those whose next word is in the
// window after it.
type trigSet struct {
	all    []*trigger
	always []int             // triggers with nothing after the key, or a class next
	byNext map[string]ixSpan // first following word → indices into all (in ixs)
	// nextBits has the bit nextBit(w) of each word w of byNext: a word
	// whose bit is clear has no list, and candidates skips its look-up.
	nextBits [8]uint64
	// byPrev: triggers with words before the key and nothing after it, by
	// the last word before ("<police v:arrest": "police").
	byPrev map[string]ixSpan
	// prevBits is nextBits for the words of byPrev.
	prevBits [8]uint64
	// ixs holds the index lists of byNext and byPrev back to back (the
	// pack's sets share one array).
	ixs []int
}

// ixSpan is an index list of a trigSet's byNext or byPrev: ixs[lo:hi].
// The maps' values hold no pointer, so that the garbage collector, which
// marks the pack's tens of thousands of such lists on every cycle,
// follows none from them.
type ixSpan struct{ lo, hi int32 }

// windowAfter is how many tokens after the key a pattern's first word may
// be (see matchRest: a "~word" may come up to five words later).
const windowAfter = 6

// indexTriggers builds p.trigIdx and p.trigSets from p.triggers (after
// sorting).
func (p *pack) indexTriggers() {
	p.trigIdx = make(map[string]*trigSet, len(p.triggers))
	keys := make([]string, 0, len(p.triggers))
	for k := range p.triggers {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	p.trigSets = make([]*trigSet, 0, len(keys))
	// The index lists by word of each set, while they are built.
	byNext := make([]map[string][]int, len(keys))
	byPrev := make([]map[string][]int, len(keys))
	// The sets are one array (one object for the garbage collector).
	sets := make([]trigSet, len(keys))
	for si, k := range keys {
		ts := p.triggers[k]
		s := &sets[si]
		s.all = ts
		if len(ts) > 4 {
			byNext[si] = map[string][]int{}
		}
		for i, tr := range ts {
			if byNext[si] != nil && len(tr.pre) > 0 && (len(tr.toks) < 2 || tr.toks[1].word == "" && tr.toks[1].class == "") {
				if byPrev[si] == nil {
					byPrev[si] = map[string][]int{}
				}
				w := tr.pre[len(tr.pre)-1].word
				byPrev[si][w] = append(byPrev[si][w], i)
				setBit(&s.prevBits, w)
				continue
			}
			if byNext[si] == nil || len(tr.toks) < 2 || tr.toks[1].word == "" {
				s.always = append(s.always, i)
				continue
			}
			w := tr.toks[1].word
			byNext[si][w] = append(byNext[si][w], i)
			setBit(&s.nextBits, w)
		}
		p.trigIdx[k] = s
		p.trigSets = append(p.trigSets, s)
		for _, tr := range ts {
			for j := range tr.toks {
				if c := tr.toks[j].class; c != "" {
					tr.toks[j].classBit = p.classBit(c)
				}
			}
		}
	}
	// The index lists, tens of thousands of short ones, moved into one
	// array (the garbage collector marks one object, not one per list).
	n := 0
	for si, s := range p.trigSets {
		n += len(s.always)
		for _, ix := range byNext[si] {
			n += len(ix)
		}
		for _, ix := range byPrev[si] {
			n += len(ix)
		}
	}
	all := make([]int, 0, n)
	move := func(ix []int) []int {
		if ix == nil {
			return nil
		}
		all = append(all, ix...)
		return all[len(all)-len(ix) : len(all) : len(all)]
	}
	span := func(m map[string][]int) map[string]ixSpan {
		if m == nil {
			return nil
		}
		sm := make(map[string]ixSpan, len(m))
		for w, ix := range m {
			lo := len(all)
			all = append(all, ix...)
			sm[w] = ixSpan{int32(lo), int32(len(all))}
		}
		return sm
	}
	for si, s := range p.trigSets {
		s.always = move(s.always)
		s.byNext = span(byNext[si])
		s.byPrev = span(byPrev[si])
	}
	for _, s := range p.trigSets {
		s.ixs = all
	}
}

// candidates appends to buf, in the set's order, the indices of the
// triggers that may match at token i.
func (s *trigSet) candidates(p *pack, toks []token, i int, buf []int) []int {
	if s.byNext == nil {
		for j := range s.all {
			buf = append(buf, j)
		}
		return buf
	}
	start := len(buf)
	buf = append(buf, s.always...)
	if s.byPrev != nil {
		// (matchBefore looks at most four words back)
		for k := i - 1; k >= 0 && k >= i-4 && !toks[k].punct; k-- {
			if toks[k].lx&lxTrigPrev == 0 {
				continue // no set has its word or its singular
			}
			w := toks[k].low
			if hasBit(&s.prevBits, len(w), w) {
				buf = s.appendIx(buf, s.byPrev[w])
			}
			if mayBePlural(w) && maySingular(&s.prevBits, w) {
				buf = s.appendIx(buf, bySingular(s.byPrev, w))
			}
		}
	}
	for k := i + 1; k < len(toks) && k <= i+windowAfter; k++ {
		if toks[k].punct && toks[k].low != "'s" { // as matchRest: a possessive is no break
			break
		}
		if toks[k].lx&lxTrigNext == 0 {
			continue // no set has its word, its singular or its stem
		}
		w := toks[k].low
		if hasBit(&s.nextBits, len(w), w) {
			buf = s.appendIx(buf, s.byNext[w])
		}
		if mayBePlural(w) && maySingular(&s.nextBits, w) {
			buf = s.appendIx(buf, bySingular(s.byNext, w))
		}
		for _, c := range p.clitics {
			// (the stem's bit before its look-up: most stems of a word
			// that ends like a clitic are no key of this set)
			if n := len(w) - len(c); n > 0 && hasBit(&s.nextBits, n, w) && strings.HasSuffix(w, c) {
				buf = s.appendIx(buf, s.byNext[w[:n]])
			}
		}
	}
	if start > 0 || len(buf) > len(s.always) {
		// (s.always alone is in order and has no repeats: most words
		// after a key have no list, and the sort is skipped)
		buf = dedupSorted(buf)
	}
	return buf
}

// appendIx appends the index list sp to buf.
func (s *trigSet) appendIx(buf []int, sp ixSpan) []int {
	return append(buf, s.ixs[sp.lo:sp.hi]...)
}

// nextBit is the bit of w in trigSet.nextBits: its length (mod 16) and
// the low five bits of its first byte, which tell apart most of the words
// that follow one key word in its patterns, for a test far cheaper than
// the map look-up.
func nextBit(w string) uint {
	if len(w) == 0 {
		return 0
	}
	return lenBit(len(w), w[0])
}

// lenBit is nextBit of a word of n bytes (n > 0) that starts with first.
func lenBit(n int, first byte) uint {
	return uint(n&15)<<5 | uint(first&31)
}

// setBit sets w's bit (nextBit) in bits.
func setBit(bits *[8]uint64, w string) {
	b := nextBit(w)
	bits[b>>6] |= 1 << (b & 63)
}

// hasBit: bits has the bit of a word of n bytes (n > 0) that starts as w
// does: w itself (n = len(w)), its singular or its stem before a clitic,
// which keep its first byte. A clear bit means no such key: candidates
// tests it before each map look-up, most of which would find nothing.
func hasBit(bits *[8]uint64, n int, w string) bool {
	if len(w) == 0 {
		return true // (no bit: the look-up decides)
	}
	b := lenBit(n, w[0])
	return bits[b>>6]>>(b&63)&1 != 0
}

// maySingular: bits may have w's singular (false when w has none), by its
// length (singularLen) and first byte, without building it.
func maySingular(bits *[8]uint64, w string) bool {
	n := singularLen(w)
	return n > 0 && hasBit(bits, n, w)
}

// singularLen is len(singular(w)), 0 when w has no singular: two bytes
// shorter for "-ies" ("parties" → "party") and "-ses", "-xes", "-hes"
// ("taxes" → "tax"), one for another "-s" but "-ss" ("talks" → "talk").
// Its cases are singular's, in its order.
func singularLen(w string) int {
	n := len(w)
	switch {
	case n < 3 || w[n-1] != 's':
		return 0
	case n > 4 && w[n-3:] == "ies":
		return n - 2
	case n > 3 && w[n-2] == 'e' && (w[n-3] == 's' || w[n-3] == 'x' || w[n-3] == 'h'):
		return n - 2
	case w[n-2] != 's':
		return n - 1
	}
	return 0
}

// singular undoes a regular English plural ("talks" → "talk", "ties" → "tie",
// "parties" → "party"); "" when w does not end like one. Only for look-ups:
// a pattern's word ("~negotiation") also matches its plural, as PETRARCH's
// dictionaries assume.
func singular(w string) string {
	if len(w) < 3 || w[len(w)-1] != 's' {
		return "" // the cheap test first: every case below ends in "s"
	}
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 3 && strings.HasSuffix(w, "es") && strings.ContainsRune("sxh", rune(w[len(w)-3])):
		return w[:len(w)-2]
	case len(w) > 2 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return ""
}

// mayBePlural is singular's first test, inlined where it is called
// for every word: every plural it undoes ends in "s".
func mayBePlural(w string) bool {
	return len(w) >= 3 && w[len(w)-1] == 's'
}

// bySingular is m[singular(w)] when w has a singular, else the zero value. The
// singular of an "-ies" plural, which singular builds ("parties" →
// "party"), is put together in a stack buffer, which the look-up does not
// copy: no string is made.
func bySingular[V any](m map[string]V, w string) V {
	if n := len(w); n > 4 && strings.HasSuffix(w, "ies") { // (singular's first case)
		var b [48]byte
		return m[string(append(append(b[:0], w[:n-3]...), 'y'))]
	}
	if sg := singular(w); sg != "" {
		return m[sg]
	}
	var none V
	return none
}

// pluralOf: w is a regular plural of word.
func pluralOf(w, word string) bool {
	return len(w) > len(word) && singular(w) == word
}

// dedupSorted sorts a short list of indices and drops repeats.
func dedupSorted(b []int) []int {
	for a := 1; a < len(b); a++ {
		for c := a; c > 0 && b[c-1] > b[c]; c-- {
			b[c-1], b[c] = b[c], b[c-1]
		}
	}
	n := 0
	for i, v := range b {
		if i == 0 || v != b[n-1] {
			b[n] = v
			n++
		}
	}
	return b[:n]
}
