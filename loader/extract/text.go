package extract

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"regexp"
	"regexp/syntax"
	"slices"
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
	cap   bool   // starts with an upper-case letter
	lx    uint64 // lexical flags of low in the article's language pack (lx*)
}

// datelineRe matches "PYONGYANG, KOMPAS.TV - ", "WASHINGTON (Reuters) - ",
// "KYIV, Ukraine (AP) — ", "Jakarta (ANTARA) - ", "Jakarta, Kompas.com - " and
// "Jakarta - " at the start of a text.
var datelineRe = regexp.MustCompile(`^\s*((?:[A-Z][A-Z.'’-]+)(?:\s+[A-Z][A-Z.'’-]+){0,3})(?:\s*,\s*[A-Za-z][A-Za-z0-9.]*(?:\s+[A-Za-z][A-Za-z0-9.]*){0,2})?\s*(?:\([A-Za-z .]{2,30}\))?\s*[-–—]{1,2}\s+|^\s*([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(?:\s*,\s*[A-Za-z][A-Za-z0-9.]*(?:\s+[A-Za-z][A-Za-z0-9.]*){0,2})?\s*(?:\([A-Za-z .]{2,30}\))?\s*[-–—]{1,2}\s+`)

// datelineWords bounds the words (runs of bytes other than \s, which is
// [\t\n\f\r ] in Go regexps) a match of datelineRe spans: at most 4 in
// capitals, a comma, 3 after it, 15 in the 30 characters between brackets
// and the 2 brackets, 1 of dashes: 26. With margin (keep it above the
// count when the pattern changes):
const datelineWords = 32

// datelineCut returns the start of word datelineWords+1 of text (or its
// end). Every match of datelineRe ends before it, after the white space
// that follows its last word, and a path of the regexp that reads on
// fails in the text as at the cut, so datelineRe finds the same match in
// text[:datelineCut(text)], and much faster: the regexp package
// backtracks over a short text but simulates the automaton over a long one.
func datelineCut(text string) int {
	words, inWord := 0, false
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case ' ', '\t', '\n', '\f', '\r':
			inWord = false
		default:
			if !inWord {
				if words++; words > datelineWords {
					return i
				}
				inWord = true
			}
		}
	}
	return len(text)
}

// markdownRe matches Markdown markup that is not text: link targets, images,
// emphasis and heading marks.
var markdownRe = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)|\]\([^)\s]*\)|^\s{0,3}(#{1,6}|>|[*+-])\s+|\*\*|__|\[`)

// cleaned is an article text prepared for the rules.
type cleaned struct {
	text     string // the article text, offsets refer to it
	work     []byte // folded copy of text with boilerplate blanked (same length)
	sents    []sentence
	dateline string
	// datelineEnd is the end of the dateline in text (0: none).
	datelineEnd int
	ws          string // work as a string, set once blanking is done
	p           *pack  // the article's language pack
	maxSent     int    // longest sentence in bytes (Limits.MaxSentenceBytes)
	cut         int    // how many runs longer than maxSent were cut
}

func blank(b []byte, s, e int) {
	for i := s; i < e; i++ {
		if b[i] != '\n' {
			b[i] = ' '
		}
	}
}

// clean splits text into lines, drops boilerplate, blanks the dateline and
// splits the rest into sentences. work must hold gazetteer.Fold(text); it is
// blanked in place. Sentences are appended to sents[:0] (a buffer kept by
// the caller). all are all the language packs: the boilerplate of every
// language is removed whatever the article language.
func clean(text string, work []byte, sents []sentence, p *pack, all []*pack, boiler *boilerSet) *cleaned {
	return cleanMax(text, work, sents, p, all, boiler, maxSentence)
}

// cleanMax is clean with sentences of at most maxSent bytes.
func cleanMax(text string, work []byte, sents []sentence, p *pack, all []*pack, boiler *boilerSet, maxSent int) *cleaned {
	c := &cleaned{text: text, work: work, sents: sents[:0], p: p, maxSent: maxSent}
	if m := datelineRe.FindStringSubmatchIndex(text[:datelineCut(text)]); m != nil {
		place := ""
		if m[2] >= 0 {
			place = text[m[2]:m[3]]
		} else if m[4] >= 0 {
			place = text[m[4]:m[5]]
		}
		c.dateline = titleCase(strings.TrimRight(place, ".,"))
		c.datelineEnd = m[1]
		blank(c.work, m[0], m[1])
	}
	lineNo := 0
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		line := text[start:end]
		kind := ""
		if len(line) < maxBoilerLine {
			kind = boiler.kind(line)
		}
		for _, q := range all {
			if strings.IndexByte(line, '(') < 0 {
				break
			}
			for _, re := range q.inline {
				for _, m := range re.FindAllStringIndex(line, -1) {
					blank(c.work, start+m[0], start+m[1])
				}
			}
		}
		if containsAnyByte(line, "[]*_#>") || strings.HasPrefix(strings.TrimSpace(line), "- ") || strings.HasPrefix(strings.TrimSpace(line), "+ ") {
			for _, m := range markdownRe.FindAllStringIndex(line, 50) {
				blank(c.work, start+m[0], start+m[1])
			}
		}
		switch kind {
		case "":
			if strings.TrimSpace(line) != "" {
				c.split(start, end, p, lineNo == 0)
				lineNo++
			}
		case "related":
			s, e := trimSpan(text, start, end)
			if e > s {
				c.sents = append(c.sents, sentence{s: s, e: e, related: true})
			}
		default:
			blank(c.work, start, end)
		}
		start = end + 1
	}
	c.ws = string(c.work)
	return c
}

// maxBoilerLine: boilerplate lines ("Baca Juga: <headline>", bylines,
// promotions) are short; longer lines are story paragraphs and are not
// tested against the patterns.
const maxBoilerLine = 240

// boilerSet is the boilerplate rules of all language packs, in order. A
// rule anchored at the start of the text (all of the shipped ones: "^\s*(baca|lihat)…")
// can only match a line whose first byte it can start with; that set is
// computed from the pattern once, so that most lines are tested against
// few of the rules.
type boilerSet struct {
	rules []boilerRule
	first []*[256]bool // per rule, the bytes a match can start with; nil: any
	words [][]string   // per rule, the words a match starts with (see anchoredWords); nil: any
}

func newBoilerSet(all []*pack) *boilerSet {
	bs := &boilerSet{}
	for _, q := range all {
		for _, b := range q.boiler {
			bs.rules = append(bs.rules, b)
			bs.first = append(bs.first, anchoredFirst(b.re.String()))
			bs.words = append(bs.words, anchoredWords(b.re.String()))
		}
	}
	return bs
}

// kind tells which boilerplate rule of any language pack a line matches
// ("" for none): the first in pack order.
func (bs *boilerSet) kind(line string) string {
	rest := strings.TrimLeft(line, "\t\n\f\r ") // what \s* skips
	for i, b := range bs.rules {
		if f := bs.first[i]; f != nil && (line == "" || !f[line[0]]) {
			continue
		}
		if ws := bs.words[i]; ws != nil && !startsWithAny(rest, ws) {
			continue
		}
		if b.re.MatchString(line) {
			return b.kind
		}
	}
	return ""
}

// anchoredWords returns, for a pattern of the shape ^\s*(?i)(word|word…)…
// (the shipped boilerplate patterns), the ASCII words, in lower case, one
// of which a match must start with after the white space; otherwise nil.
// The words are literal prefixes of the alternatives, as the parser
// factors them ("re" for "read more|related").
func anchoredWords(pattern string) []string {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	re = re.Simplify()
	if re.Op != syntax.OpConcat || len(re.Sub) < 3 || re.Sub[0].Op != syntax.OpBeginText || !isSpaceStar(re.Sub[1]) {
		return nil
	}
	ws, ok := literalPrefixes(re.Sub[2])
	if !ok {
		return nil
	}
	return ws
}

// isSpaceStar tells whether re is \s*: [\t\n\f\r ]*.
func isSpaceStar(re *syntax.Regexp) bool {
	if re.Op != syntax.OpStar || re.Sub[0].Op != syntax.OpCharClass {
		return false
	}
	ranges := []rune{'\t', '\n', '\f', '\r', ' ', ' '} // [\t-\n], [\f-\r], [ - ]
	return slices.Equal(re.Sub[0].Rune, ranges)
}

// literalPrefixes returns lower-case ASCII words one of which every match
// of re starts with, case-insensitively, and whether it could tell. Words
// must start with a letter: \s* before them cannot take their first byte.
func literalPrefixes(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase == 0 || len(re.Rune) == 0 {
			return nil, false
		}
		w := strings.ToLower(string(re.Rune))
		for i := 0; i < len(w); i++ {
			if w[i] >= utf8.RuneSelf {
				return nil, false
			}
		}
		if !unicode.IsLetter(rune(w[0])) {
			return nil, false
		}
		return []string{w}, true
	case syntax.OpCapture:
		return literalPrefixes(re.Sub[0])
	case syntax.OpConcat:
		if len(re.Sub) == 0 {
			return nil, false
		}
		return literalPrefixes(re.Sub[0])
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			ws, ok := literalPrefixes(sub)
			if !ok {
				return nil, false
			}
			out = append(out, ws...)
		}
		return out, true
	}
	return nil, false
}

// startsWithAny tells whether s may start with one of the lower-case ASCII
// words, ignoring case. A non-ASCII byte where a word is compared may fold
// to ASCII ("ſ" to "s", "K" to "k"), so it counts as a possible match.
func startsWithAny(s string, words []string) bool {
next:
	for _, w := range words {
		for i := 0; i < len(w); i++ {
			if i >= len(s) {
				continue next
			}
			c := s[i]
			if c >= utf8.RuneSelf {
				return true
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != w[i] {
				continue next
			}
		}
		return true
	}
	return false
}

// anchoredFirst returns, for a pattern that can only match at the start
// of the text (it begins with ^ outside multi-line mode) and cannot match
// the empty string, the set of bytes a match can start with; otherwise nil.
func anchoredFirst(pattern string) *[256]bool {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	re = re.Simplify()
	if re.Op != syntax.OpConcat || len(re.Sub) < 2 || re.Sub[0].Op != syntax.OpBeginText {
		return nil
	}
	var set [256]bool
	if nullable := firstBytes(re, &set); nullable {
		return nil
	}
	return &set
}

// firstBytes adds to set the bytes a match of re can start with and
// reports whether re can match the empty string. Where it cannot tell,
// it adds every byte.
func firstBytes(re *syntax.Regexp, set *[256]bool) (nullable bool) {
	all := func() bool {
		for i := range set {
			set[i] = true
		}
		return true
	}
	addRune := func(r rune) {
		if r >= utf8.RuneSelf {
			for i := utf8.RuneSelf; i < 256; i++ {
				set[i] = true
			}
			return
		}
		set[r] = true
	}
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return true
		}
		r := re.Rune[0]
		addRune(r)
		if re.Flags&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				addRune(f)
			}
		}
		return false
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			for r := lo; r <= hi && r < utf8.RuneSelf; r++ {
				set[r] = true
			}
			if hi >= utf8.RuneSelf {
				addRune(utf8.RuneSelf)
			}
		}
		return false
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		all()
		return false
	case syntax.OpCapture:
		return firstBytes(re.Sub[0], set)
	case syntax.OpStar, syntax.OpQuest:
		firstBytes(re.Sub[0], set)
		return true
	case syntax.OpPlus:
		return firstBytes(re.Sub[0], set)
	case syntax.OpRepeat:
		n := firstBytes(re.Sub[0], set)
		return n || re.Min == 0
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			if !firstBytes(sub, set) {
				return false
			}
		}
		return true
	case syntax.OpAlternate:
		n := false
		for _, sub := range re.Sub {
			if firstBytes(sub, set) {
				n = true
			}
		}
		return n
	}
	return all()
}

func titleCase(s string) string {
	var b strings.Builder
	up := true
	for _, r := range s {
		if up {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		up = r == ' ' || r == '-'
	}
	return b.String()
}

func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

func isClosingQuote(r rune) bool {
	return r == '"' || r == '”' || r == '’' || r == '\'' || r == '»' || r == ')'
}

// split adds the sentences of the line text[start:end]. A sentence ends at
// . ! or ? (and any closing quotes) followed by white space and a word that
// can start a sentence, unless the word before the period is a known
// abbreviation, an initial or a dotted acronym (U.S., a.k.a.).
func (c *cleaned) split(start, end int, p *pack, lead bool) {
	text := c.text
	s := start
	i := start
	ends := endScan{text: text, end: end, at: [4]int{-1, -1, -1, -1}}
	for i < end {
		if i = ends.next(i); i == end {
			break
		}
		r, n := utf8.DecodeRuneInString(text[i:]) // '.', '!', '?' or '…'
		j := i + n
		for j < end {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if r2 == '.' || r2 == '!' || r2 == '?' || isClosingQuote(r2) {
				j += n2
				continue
			}
			break
		}
		if j < end {
			r2, _ := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsSpace(r2) {
				i = j
				continue
			}
		}
		// Next non-space rune must be able to start a sentence.
		k := j
		for k < end {
			r2, n2 := utf8.DecodeRuneInString(text[k:])
			if !unicode.IsSpace(r2) {
				break
			}
			k += n2
		}
		if k < end {
			r2, _ := utf8.DecodeRuneInString(text[k:])
			if !(unicode.IsUpper(r2) || unicode.IsDigit(r2) || strings.ContainsRune("\"“‘'(«[", r2)) {
				i = j
				continue
			}
		}
		if r == '.' && c.abbrevBefore(i, start, p) {
			i = j
			continue
		}
		c.add(s, j, lead)
		s = j
		i = j
	}
	c.add(s, end, lead)
}

// endScan finds the runes that can end a sentence (. ! ? …) in
// text[:end] with a vectorized search for each (strings.IndexByte), not
// by decoding every rune: at is the next position of each, end for none.
type endScan struct {
	text string
	end  int
	at   [4]int
}

// next returns the position of the first of the runes at or after i.
func (e *endScan) next(i int) int {
	p := e.end
	for k := range e.at {
		if e.at[k] < i {
			var n int
			if k < 3 {
				n = strings.IndexByte(e.text[i:e.end], ".!?"[k])
			} else {
				n = strings.Index(e.text[i:e.end], "…")
			}
			e.at[k] = e.end
			if n >= 0 {
				e.at[k] = i + n
			}
		}
		p = min(p, e.at[k])
	}
	return p
}

// containsAnyByte is strings.ContainsAny for ASCII chars, by a vectorized
// search for each byte: faster when the bytes are rare, as markup is.
func containsAnyByte(s, chars string) bool {
	for i := 0; i < len(chars); i++ {
		if strings.IndexByte(s, chars[i]) >= 0 {
			return true
		}
	}
	return false
}

// maxSentence bounds a sentence in bytes: longer runs without a sentence end
// (tables, lists, hostile input) are cut at a space, so that rules that look
// across a sentence stay cheap.
const maxSentence = 1500

func (c *cleaned) add(s, e int, lead bool) {
	if c.maxSent <= 0 {
		c.maxSent = maxSentence
	}
	for piece := 0; ; piece++ {
		ss, se := trimSpan(c.text, s, e)
		if se <= ss {
			return
		}
		if se-ss <= c.maxSent {
			c.sents = append(c.sents, sentence{s: ss, e: se, lead: lead})
			return
		}
		if piece == 0 {
			c.cut++
		}
		cut := ss + c.maxSent
		for cut > ss && !utf8.RuneStart(c.text[cut]) {
			cut--
		}
		if sp := strings.LastIndexByte(c.text[ss:cut], ' '); sp > c.maxSent/2 {
			cut = ss + sp
		}
		c.sents = append(c.sents, sentence{s: ss, e: cut, lead: lead})
		s = cut
	}
}

// abbrevBefore reports whether the period at dot ends an abbreviation.
func (c *cleaned) abbrevBefore(dot, lineStart int, p *pack) bool {
	w := dot
	for w > lineStart {
		r, n := utf8.DecodeLastRuneInString(c.text[:w])
		if unicode.IsLetter(r) || r == '.' {
			w -= n
			continue
		}
		break
	}
	word := c.text[w:dot]
	if word == "" {
		return false
	}
	if p.abbrev[word] || p.abbrev[strings.TrimRight(word, ".")] {
		return true
	}
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r) // an initial: "George W. Bush"
	}
	return strings.Contains(word, ".") // U.S. a.k.a. U.N.
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
						if k := bits.TrailingZeros64(^ascii.WordBytes(x)&ascii.Msb) / 8; k > 0 {
							j += k
							continue
						}
					}
				}
				if c := work[j]; c < utf8.RuneSelf && ascii.IsWord(c) {
					j++
					continue
				}
				r2, n2 := utf8.DecodeRune(work[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || r2 == '_' {
					j += n2
					continue
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
			toks = append(toks, token{s: i, e: j, low: low, raw: text[i:j], cap: upper, lx: c.p.lexOf(low)})
			i = j
			continue
		}
		if (r == '\'' || r == '’') && i+n < st.e && (work[i+n] == 's') && (i+n+1 >= st.e || !isLetterAt(work, i+n+1)) {
			toks = append(toks, token{s: i, e: i + n + 1, low: "'s", raw: text[i : i+n+1], punct: true, lx: c.p.lex["'s"]})
			i += n + 1
			continue
		}
		low := c.ws[i : i+n]
		toks = append(toks, token{s: i, e: i + n, low: low, raw: text[i : i+n], punct: true, lx: c.p.lexOf(low)})
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
