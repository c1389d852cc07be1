// Package ascii classifies ASCII bytes eight at a time (SWAR: "SIMD within
// a register"), for the loops of package extract and its gazetteer that
// read every byte of an article: folding, marking word starts, tokenizing.
// Each function is exact; the tests compare it with package unicode.
package ascii

// Lsb and Msb have the lowest (highest) bit of each of eight bytes set.
const (
	Lsb = 0x0101_0101_0101_0101
	Msb = 0x8080_8080_8080_8080
)

// The ASCII word bytes (letters, digits, '_') as bit sets: bytes 0–63
// ('0'–'9') and 64–127 ('A'–'Z', '_', 'a'–'z').
const (
	wordLo = 0x03ff_0000_0000_0000
	wordHi = 0x07ff_fffe_87ff_fffe
)

// IsWord reports whether the ASCII byte c is a letter, a digit or '_'
// (unicode.IsLetter, unicode.IsDigit), without branches.
func IsWord(c byte) bool {
	set := uint64(wordLo)
	if c >= 64 {
		set = wordHi
	}
	return set>>(c&63)&1 != 0
}

// WordBytes returns, for eight ASCII bytes x (no byte with its top bit
// set; little endian), 0x80 in each byte that IsWord and 0 in the others.
// A range test adds to every byte a constant that carries into its top bit
// exactly from the range's bound up; as the bytes are below 0x80, no sum
// carries into the next byte. A byte equal to '_' is one whose xor with '_'
// is 0.
func WordBytes(x uint64) uint64 {
	lower := x | 0x20*Lsb // letters to 'a'–'z', and nothing else into that range
	letters := (lower + (0x80-'a')*Lsb) &^ (lower + (0x80-'z'-1)*Lsb)
	digits := (x + (0x80-'0')*Lsb) &^ (x + (0x80-'9'-1)*Lsb)
	t := x ^ '_'*Lsb
	underscores := ^(t&(0x7f*Lsb) + 0x7f*Lsb | t)
	return (letters | digits | underscores) & Msb
}

// LowerAlnumBytes returns, for eight ASCII bytes x, 0x80 in each byte that
// is 'a'–'z' or '0'–'9' and 0 in the others: WordBytes for folded text
// (no 'A'–'Z'), less '_', in half its instructions and constants, for the
// tokenizer's loop over words, where a word that meets a '_' goes the slow
// way anyway.
func LowerAlnumBytes(x uint64) uint64 {
	letters := (x + (0x80-'a')*Lsb) &^ (x + (0x80-'z'-1)*Lsb)
	digits := (x + (0x80-'0')*Lsb) &^ (x + (0x80-'9'-1)*Lsb)
	return (letters | digits) & Msb
}

// Lower returns eight ASCII bytes x with 'A'–'Z' lowered, the others kept
// (the same carry-free range test as WordBytes; 0x80>>2 is the case bit).
func Lower(x uint64) uint64 {
	upper := (x + (0x80-'A')*Lsb) &^ (x + (0x80-'Z'-1)*Lsb) & Msb
	return x | upper>>2
}
