// The word tables the tokenizer and the language guess look every word up
// in: open addressing over one flat array, without pointers.

package extract

import (
	"encoding/binary"
	"sort"
)

// wordTable is a read-only hash table from words to values, built once
// from a map. Every token of every article is looked up in one (its
// lexical value), most of them in vain: a word turned away by the filter
// reads nothing else, and a word in the table is found in one slot that
// holds its first eight bytes and its value, so that a hit reads one cache
// line (and the word's other bytes, for a long one), where a Go map hashes
// with a seed, matches a control group and compares the key out of line.
// The longer words' bytes are kept in one array and the slots hold no
// pointer (for the value types used), so that the garbage collector has
// nothing to scan.
type wordTable[V any] struct {
	// filter has the bit filterKey(w) of every word w of the table: most
	// words of a text are in no list, and most of those are turned away
	// by it, which stays in the first-level cache, before any slot is
	// read.
	filter [1 << (filterBits - 6)]uint64
	slots  []wordSlot[V] // a power of two, at most half full
	text   []byte        // the words' bytes after the first eight, back to back
	mask   uint64
	// The empty word and words over 64 KB (none in the packs) are kept
	// apart, so that a slot's length fits 16 bits and 0 marks it empty.
	empty    V
	hasEmpty bool
	long     map[string]V
}

// vocabTable is the table of Extractor.vocab.
type vocabTable = wordTable[uint64]

// wordSlot is one word of wordTable: its first eight bytes (head, little
// endian, zero after a shorter word's end), its length, the top bits of
// its hash, where its other bytes are in text, and its value.
type wordSlot[V any] struct {
	head uint64
	off  uint32
	n    uint16 // 0: an empty slot
	tag  uint16
	val  V
}

// newWordTable builds the table of m (its words in sorted order, so that
// the layout does not depend on map iteration).
func newWordTable[V any](m map[string]V) *wordTable[V] {
	words := make([]string, 0, len(m))
	for w := range m {
		words = append(words, w)
	}
	sort.Strings(words)
	size := 16
	for size < 2*len(words) {
		size *= 2
	}
	t := &wordTable[V]{slots: make([]wordSlot[V], size), mask: uint64(size - 1)}
	for _, w := range words {
		switch {
		case w == "":
			t.empty, t.hasEmpty = m[w], true
			continue
		case len(w) > 0xffff:
			if t.long == nil {
				t.long = map[string]V{}
			}
			t.long[w] = m[w]
			continue
		}
		k := filterKey(w)
		t.filter[k/64] |= 1 << (k % 64)
		h := wordHash(w)
		i := h & t.mask
		for t.slots[i].n != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = wordSlot[V]{head: wordHead(w), off: uint32(len(t.text)), n: uint16(len(w)), tag: uint16(h >> 48), val: m[w]}
		if len(w) > 8 {
			t.text = append(t.text, w[8:]...)
		}
	}
	return t
}

// get returns the value of w (the zero value when w is not in the table).
func get[V any, S string | []byte](t *wordTable[V], w S) V {
	n := len(w)
	if n == 0 || n > 0xffff {
		if n == 0 {
			return t.empty
		}
		return t.long[string(w)]
	}
	if k := filterKey(w); t.filter[k/64]&(1<<(k%64)) == 0 {
		var zero V
		return zero
	}
	h := wordHash(w)
	tag := uint16(h >> 48)
	head := wordHead(w)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.n == 0 {
			var zero V
			return zero
		}
		if s.tag == tag && s.head == head && int(s.n) == n && (n <= 8 || string(t.text[s.off:s.off+uint32(n-8)]) == string(w[8:])) {
			return s.val
		}
	}
}

// getSpan is get(t, b[i:j]) for a word inside a longer text b (a token of
// the folded text): it reads the word eight bytes at a time, past its end
// where b goes on (and masks those bytes off), instead of byte by byte.
// The head and hash are those of wordHead and wordHash.
func getSpan[V any](t *wordTable[V], b []byte, i, j int) V {
	n := j - i
	if n <= 0 || n > 0xffff || j > len(b) {
		return get(t, b[i:j])
	}
	if k := filterKey(b[i:j]); t.filter[k/64]&(1<<(k%64)) == 0 {
		var zero V
		return zero
	}
	// The hash, as wordHash: full rounds, then the rest zero-padded.
	h := uint64(n) * 0x9e3779b97f4a7c15
	p := i
	for ; p+8 <= j; p += 8 {
		h = (h ^ binary.LittleEndian.Uint64(b[p:])) * 0xbf58476d1ce4e5b9
		h ^= h >> 29
	}
	var x uint64
	if r := j - p; r > 0 {
		if p+8 <= len(b) {
			x = binary.LittleEndian.Uint64(b[p:]) & (1<<(8*uint(r)) - 1)
		} else {
			for q, sh := p, 0; q < j; q, sh = q+1, sh+8 {
				x |= uint64(b[q]) << sh
			}
		}
	}
	h = (h ^ x) * 0x94d049bb133111eb
	h ^= h >> 31
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 29
	head := x // a word of under eight bytes is its own rest
	if n >= 8 {
		head = binary.LittleEndian.Uint64(b[i:])
	}
	tag := uint16(h >> 48)
	for k := h & t.mask; ; k = (k + 1) & t.mask {
		sl := &t.slots[k]
		if sl.n == 0 {
			var zero V
			return zero
		}
		if sl.tag == tag && sl.head == head && int(sl.n) == n && (n <= 8 || string(t.text[sl.off:sl.off+uint32(n-8)]) == string(b[i+8:j])) {
			return sl.val
		}
	}
}

// wordHead is the first eight bytes of w, little endian, zero after a
// shorter word's end.
func wordHead[S string | []byte](w S) uint64 {
	if len(w) >= 8 {
		return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
	}
	var x uint64
	for i := 0; i < len(w); i++ {
		x |= uint64(w[i]) << (8 * i)
	}
	return x
}

// filterBits is the size of filterKey (the filter takes 8 KB).
const filterBits = 16

// filterKey packs a few bits of a nonempty word's length, first two and
// last bytes: cheaper than a hash, and about as selective for the packs'
// words.
func filterKey[S string | []byte](w S) uint32 {
	n := len(w)
	k := uint32(n&15)<<12 | uint32(w[0]&31)<<7 | uint32(w[n-1]&15)
	if n > 1 {
		k |= uint32(w[1]&7) << 4
	}
	return k
}

// wordHash mixes a word eight bytes at a time (the packs' words are
// short: one or two rounds). It is not seeded: where the words sit comes
// from the packs, not from the input, and a word of the input only probes
// the slots up to the next empty one.
func wordHash[S string | []byte](w S) uint64 {
	h := uint64(len(w)) * 0x9e3779b97f4a7c15
	i := 0
	for ; i+8 <= len(w); i += 8 {
		x := uint64(w[i]) | uint64(w[i+1])<<8 | uint64(w[i+2])<<16 | uint64(w[i+3])<<24 |
			uint64(w[i+4])<<32 | uint64(w[i+5])<<40 | uint64(w[i+6])<<48 | uint64(w[i+7])<<56
		h = (h ^ x) * 0xbf58476d1ce4e5b9
		h ^= h >> 29
	}
	var x uint64
	for s := 0; i < len(w); i, s = i+1, s+8 {
		x |= uint64(w[i]) << s
	}
	h = (h ^ x) * 0x94d049bb133111eb
	h ^= h >> 31
	h *= 0xbf58476d1ce4e5b9
	return h ^ h>>29
}
