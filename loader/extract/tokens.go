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
