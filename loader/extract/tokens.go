// Sentences and tokens: the units the rules read, with folded forms and
// lexical flags.

package extract

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geokg/kg/loader/extract/internal/ascii"
)

// sentence is a span of the article text that rules read as one unit.
type sentence struct {
	s, e    int  // byte offsets in the article text
	related bool // from a related-article line: mentions only
	lead    bool // within the first paragraph
	toks    []token
}

// token is a word or punctuation mark.
type token struct {
	s, e  int    // byte offsets in the article text
	low   string // folded (lower-case) form
	raw   string
	punct bool
	cap   bool // starts with an upper-case letter
	// trigClitic and trig are lexVal.clitic and .trig of low: the triggers
	// whose key the token is.
	trigClitic bool
	trig       int32
	lx         uint64 // lexical flags of low in the article's language pack (lx*)
	lx2        uint64 // word-list flags of low (l2*); never those of low without its marks
}

// tokenize splits a sentence into words and punctuation marks, reading the
// working copy (so that blanked boilerplate yields nothing).
func (c *cleaned) tokenize(st *sentence, buf []token) []token {
	text, work := c.text, c.work
	toks := buf
	i := st.s
	for i < st.e {
		if work[i] == ' ' {
			i++
			continue
		}
		// The common case first: runs of plain ASCII words (asciiWords).
		if i+16 <= len(work) {
			if i, toks = c.asciiWords(i, st.e, toks); i >= st.e {
				break
			}
		}
		r, n := rune(work[i]), 1
		if r < utf8.RuneSelf {
			if r == ' ' || r-'\t' <= '\r'-'\t' { // unicode.IsSpace, for ASCII
				i++
				continue
			}
		} else {
			r, n = utf8.DecodeRune(work[i:])
			if unicode.IsSpace(r) || r == utf8.RuneError && n <= 1 {
				i += max(n, 1)
				continue
			}
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			j := i + n
			for j < st.e {
				// The common case first: runs of ASCII word bytes, eight
				// at a time, without decoding.
				if j+8 <= st.e {
					if x := binary.LittleEndian.Uint64(work[j:]); x&ascii.Msb == 0 {
						k := bits.TrailingZeros64(^ascii.WordBytes(x)&ascii.Msb) / 8
						j += k
						if k == 8 {
							continue
						}
						// work[j] is an ASCII byte that is not a word byte
					}
				}
				var r2 rune
				var n2 int
				if c := work[j]; c < utf8.RuneSelf {
					if ascii.IsWord(c) {
						j++
						continue
					}
					r2, n2 = rune(c), 1 // neither a letter, a digit nor '_'
				} else {
					r2, n2 = utf8.DecodeRune(work[j:])
					if unicode.IsLetter(r2) || unicode.IsDigit(r2) || r2 == '_' {
						j += n2
						continue
					}
				}
				// Inner hyphen, apostrophe of "Jum'at", dots of "U.S." and
				// digit separators: keep inside the word.
				if (r2 == '-' || r2 == '.' || r2 == '/' || r2 == ',' || r2 == '\'' || r2 == '’') && j+n2 < st.e {
					r3, _ := utf8.DecodeRune(work[j+n2:])
					if (r2 == '\'' || r2 == '’') && (r3 == 's' || r3 == 'S') {
						// possessive 's ends the word
						if k := j + n2 + 1; k >= st.e || !isLetterAt(work, k) {
							break
						}
					}
					if r2 == ',' && !(unicode.IsDigit(r3) && isDigitBefore(work, j)) {
						break
					}
					if r2 == '/' && !(unicode.IsDigit(r3) && isDigitBefore(work, j)) {
						break
					}
					if r2 == '.' && !(unicode.IsLetter(r3) && utf8.RuneCount(work[i:j]) <= 3 || unicode.IsDigit(r3) && isDigitBefore(work, j)) {
						// "U.S." yes, "Kompas.tv" no
						break
					}
					if unicode.IsLetter(r3) || unicode.IsDigit(r3) {
						j += n2
						continue
					}
				}
				break
			}
			// A dotted acronym keeps its final dot: "U.S."
			if j < st.e && work[j] == '.' && bytes.IndexByte(work[i:j], '.') >= 0 && utf8.RuneCount(work[i:j]) <= 5 {
				j++
			}
			upper := 'A' <= text[i] && text[i] <= 'Z'
			if text[i] >= utf8.RuneSelf {
				cr, _ := utf8.DecodeRuneInString(text[i:])
				upper = unicode.IsUpper(cr)
			}
			low := c.ws[i:j]
			v := getSpan(c.p.lexT, work, i, j)
			lx2 := v.lx2 // the word's own lists only
			if v.lx == 0 && v.trig == 0 && hasMarks(work[i:j]) {
				// "Álvaro", "Jürgen": a word the packs do not hold is
				// looked up again without its marks, so a given name
				// written with its accents keeps its flags.
				if f := foldMarks(low); f != low {
					v = get(c.p.lexT, f)
				}
			}
			toks = append(toks, token{s: i, e: j, low: low, raw: text[i:j], cap: upper, lx: v.lx, lx2: lx2, trig: v.trig, trigClitic: v.clitic})
			i = j
			continue
		}
		if (r == '\'' || r == '’') && i+n < st.e && (work[i+n] == 's') && (i+n+1 >= st.e || !isLetterAt(work, i+n+1)) {
			toks = append(toks, token{s: i, e: i + n + 1, low: "'s", raw: text[i : i+n+1], punct: true, lx: c.p.lex["'s"], lx2: c.p.lex2["'s"]})
			i += n + 1
			continue
		}
		low := c.ws[i : i+n]
		v := getSpan(c.p.lexT, work, i, i+n)
		toks = append(toks, token{s: i, e: i + n, low: low, raw: text[i : i+n], punct: true, lx: v.lx, lx2: v.lx2, trig: v.trig, trigClitic: v.clitic})
		i += n
	}
	return toks
}

// asciiWords appends the tokens from i on, up to the first that the loop
// of tokenize must read itself, and returns where it stopped (i itself
// when that is the first). It reads the common cases without decoding and
// without calls:
//   - a word of under 16 bytes of ASCII lower-case letters and digits
//     (ascii.LowerAlnumBytes: work is folded, no 'A'–'Z'), ending inside
//     the sentence (before end) at an ASCII byte below 'A' (not '_',
//     which the loop would keep in the word): the loop would end the word
//     there when that byte is not one that may join two
//     words (the apostrophe, '-', '.', '/', ','), or when it is but the
//     byte after it (if inside the sentence) is an ASCII byte that is
//     neither a letter nor a digit ("word, " "word." "word-)"). The word
//     has no dotted acronym's dot to keep and, all ASCII, no marks to fold;
//   - a mark of punctuation that is an ASCII byte other than the
//     apostrophe (which may begin a possessive 's), '_' included (the
//     loop makes it a mark too);
//   - ASCII white space, skipped.
//
// The token, loaded as two little-endian words lo and hi (its bytes 0–7
// and 8–15, zero past its end), is looked up as getSpan does, from those
// registers; without the filter, which turns away few of these words (one
// in twenty on the benchmark's articles) for the instructions it takes.
//
// The loop calls nothing (Go's calls save no register, so a call anywhere
// in it spills its values on every pass): a token whose first byte in the
// text is outside ASCII (its case is the rune's) and a token that would
// grow the slice go back to tokenize, and a long word's tail is compared
// by tailIs, in registers.
func (c *cleaned) asciiWords(i, end int, toks []token) (int, []token) {
	work, t := c.work, c.p.lexT
	text, ws := c.text[:len(work)], c.ws[:len(work)] // the same length: fewer bounds checks
	// i < end and i+16 <= len(work), in one test:
	stop := min(end, len(work)-15)
	for i < stop {
		b := work[i : i+16 : i+16]
		lo := binary.LittleEndian.Uint64(b)
		c0 := byte(lo)
		if isSpaceASCII(c0) {
			i++
			continue
		}
		// The word's length n and the byte after it. LowerAlnumBytes is
		// exact below the first byte outside ASCII: a word that reaches one
		// either holds it (lo or hi has a top bit set) or ends at it (next
		// is not ASCII). One test of next (below 'A') turns away the
		// words that go on with '_' and those that end at a byte outside
		// ASCII (with the few that end at one of "[\\]^`{|}~").
		n := bits.TrailingZeros64(^ascii.LowerAlnumBytes(lo)&ascii.Msb) / 8
		var hi, next uint64
		punct := n == 0
		switch {
		case punct:
			// ('A'–'Z' would be a word; folded work has none)
			if c0 >= utf8.RuneSelf || c0 == '\'' || c0-'A' <= 'Z'-'A' {
				return i, toks
			}
			n, lo, next = 1, uint64(c0), 0
		case n < 8:
			next = lo >> (8 * n) & 0xff
			lo &= 1<<(8*n) - 1
		default:
			hi = binary.LittleEndian.Uint64(b[8:])
			k := bits.TrailingZeros64(^ascii.LowerAlnumBytes(hi)&ascii.Msb) / 8
			if k == 8 {
				return i, toks // 16 bytes or more
			}
			next = hi >> (8 * k) & 0xff
			hi &= 1<<(8*k) - 1
			n += k
		}
		j := i + n
		if !punct {
			if (lo|hi)&ascii.Msb != 0 || next >= 'A' || j >= end {
				return i, toks
			}
			if next < 64 && joiners>>next&1 != 0 && j+1 < end {
				if c2 := work[j+1]; c2 >= utf8.RuneSelf || c2 != '_' && ascii.IsWord(c2) {
					return i, toks
				}
			}
		}
		// The token, written in place (the literal of an append is built
		// apart and then copied) before the look-up, so that fewer values
		// are live across it. A first byte outside ASCII in the text (its
		// case is the rune's) and a full slice (whose append would call
		// growslice) go back to tokenize: no call in this loop, so that its
		// values stay in registers.
		tc := text[i]
		if tc >= utf8.RuneSelf || len(toks) == cap(toks) {
			return i, toks
		}
		toks = toks[:len(toks)+1]
		tk := &toks[len(toks)-1]
		tk.s, tk.e = i, j
		tk.low, tk.raw = ws[i:j], text[i:j]
		tk.punct, tk.cap = punct, !punct && tc-'A' <= 'Z'-'A'
		// The hash of wordHash, and the look-up of getSpan.
		h := uint64(n) * 0x9e3779b97f4a7c15
		rest := lo
		if n >= 8 {
			h = (h ^ lo) * 0xbf58476d1ce4e5b9
			h ^= h >> 29
			rest = hi
		}
		h = (h ^ rest) * 0x94d049bb133111eb
		h ^= h >> 31
		h *= 0xbf58476d1ce4e5b9
		h ^= h >> 29
		var v lexVal
		for k := h & t.mask; ; k = (k + 1) & t.mask {
			sl := &t.slots[k]
			if sl.n == 0 {
				break
			}
			// (The slot's head first, not its tag: the head tells most
			// words apart by itself, and the tag's register is spared. A
			// word of nine bytes or more compares its tail, hi, without
			// a call.)
			if sl.head == lo && int(sl.n) == n && (n <= 8 || tailIs(t.text, sl.off, hi, n-8)) {
				v = sl.val
				break
			}
		}
		tk.trigClitic, tk.trig = v.clitic, v.trig
		tk.lx, tk.lx2 = v.lx, v.lx2
		i = j
		if next == ' ' {
			i++
		}
	}
	return i, toks
}

// joiners is the set of the ASCII bytes below 64 that may keep two words
// in one token (see tokenize): the apostrophe, ',', '-', '.', '/'.
const joiners = 1<<'\'' | 1<<',' | 1<<'-' | 1<<'.' | 1<<'/'

// tailIs reports whether the k bytes (1 to 7) of text at off are those of
// x, little-endian with zeros above them: asciiWords's comparison of a long
// word's bytes after its first eight, in registers where text has eight
// bytes from off, byte by byte at its end.
func tailIs(text []byte, off uint32, x uint64, k int) bool {
	o := int(off)
	if o+8 <= len(text) {
		return binary.LittleEndian.Uint64(text[o:])&(1<<(8*k)-1) == x
	}
	for q := range k {
		if text[o+q] != byte(x>>(8*q)) {
			return false
		}
	}
	return true
}

func isLetterAt(b []byte, i int) bool {
	r, _ := utf8.DecodeRune(b[i:])
	return unicode.IsLetter(r)
}

func isDigitBefore(b []byte, i int) bool {
	if i == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRune(b[:i])
	return unicode.IsDigit(r)
}

// hasMarks reports whether a word has a byte outside ASCII, where a letter
// with a mark may be.
func hasMarks(w []byte) bool {
	for _, c := range w {
		if c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// indexApostrophe is strings.IndexAny(s, "'’") without its search of
// every rune of s in the set: the first ' or ’ of s, or -1.
func indexApostrophe(s string) int {
	k := strings.IndexByte(s, '\'')
	if k2 := strings.Index(s, "’"); k2 >= 0 && (k < 0 || k2 < k) {
		return k2
	}
	return k
}
