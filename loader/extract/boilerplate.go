// Boilerplate: lines dropped before reading (bylines, "Baca Juga:",
// promotions), matched by the packs' patterns with a cheap prefilter, and
// the dateline.

package extract

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geokg/kg/loader/extract/internal/ascii"
)

// datelineRe matches "PYONGYANG, KOMPAS.TV - ", "WASHINGTON (Reuters) - ",
// "KYIV, Ukraine (AP) — ", "Jakarta (ANTARA) - ", "Jakarta, Kompas.com - ",
// "Jakarta - " and datelines with the date ("JAKARTA, 25/6/2023 (ANTARA) -",
// "Jakarta, Senin (26/6/2023) -", "WASHINGTON, June 25, 2023 (Reuters) -")
// at the start of a text. It is the rule; the articles' path matches it
// by hand (datelineAt), and TestDatelineAt compares the two.
var datelineRe = regexp.MustCompile(`^\s*((?:[A-Z][A-Z.'’-]+)(?:\s+[A-Z][A-Z.'’-]+){0,3})(?:\s*,\s*[A-Za-z0-9][A-Za-z0-9./]*(?:,?\s+[A-Za-z0-9][A-Za-z0-9./]*){0,3})?(?:\s*\([A-Za-z0-9 ./]{2,30}\)){0,2}\s*[-–—]{1,2}\s+|^\s*([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(?:\s*,\s*[A-Za-z0-9][A-Za-z0-9./]*(?:,?\s+[A-Za-z0-9][A-Za-z0-9./]*){0,3})?(?:\s*\([A-Za-z0-9 ./]{2,30}\)){0,2}\s*[-–—]{1,2}\s+`)

// datelineWords bounds the words (runs of bytes other than \s, which is
// [\t\n\f\r ] in Go regexps) a match of datelineRe spans: at most 4 in
// capitals, a comma, 4 after it, twice 15 in the 30 characters between
// brackets and the 2 brackets, 1 of dashes: 42. With margin (keep it above
// the count when the pattern changes):
const datelineWords = 48

// datelineCut returns the start of word datelineWords+1 of text (or its
// end). Every match of datelineRe ends before it, after the white space
// that follows its last word, and a path of the regexp that reads on
// fails in the text as at the cut, so datelineRe finds the same match in
// text[:datelineCut(text)], and much faster: the regexp package
// backtracks over a short text but simulates the automaton over a long one.
func datelineCut(text string) int {
	words, inWord := 0, false
	for i := 0; i < len(text); i++ {
		// (one test for the bytes above the space, most of them, where a
		// switch on the five made five)
		if c := text[i]; c <= ' ' && isRegexpSpace(c) {
			inWord = false
		} else if !inWord {
			if words++; words > datelineWords {
				return i
			}
			inWord = true
		}
	}
	return len(text)
}

// isRegexpSpace tells whether c is \s in a Go regexp: [\t\n\f\r ] (no \v).
func isRegexpSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// datelineAt is datelineRe.FindStringSubmatchIndex(text) by hand (the
// regexp stays the rule, and TestDatelineAt compares the two): the
// regexp package walks a program of some hundred instructions for each
// byte of a dateline, about 11,000 instructions an article. It returns
// the match and its two groups (the place in capitals, the place in title
// case) as the regexp's six indices, and whether there is one.
//
// It tries the ways the pattern can take the text in the order a
// backtracking matcher does (leftmost-first, as package regexp chooses):
// the first branch before the second, and for a greedy repetition more
// before fewer, so that the first way that reaches the pattern's end is
// the regexp's match, its groups included.
func datelineAt(text string) ([6]int, bool) {
	m := datelineMatcher{s: text}
	for branch := 1; branch <= 2; branch++ {
		m.branch = branch
		m.m = [6]int{0, -1, -1, -1, -1, -1}
		// ^\s*: a name's first letter is no white space, so \s* takes it all
		for q := wsEnd(text, 0); q >= 0; q-- {
			m.m[2*branch] = q
			if m.word(q, 0) {
				return m.m, true
			}
		}
	}
	return [6]int{}, false
}

// datelineMatcher is the state of datelineAt: the text, the branch of
// datelineRe being tried (1: the place in capitals, 2: in title case) and
// the indices set so far.
type datelineMatcher struct {
	s      string
	branch int
	m      [6]int
}

// wsEnd returns the end of the run of \s ([\t\n\f\r ]) at p.
func wsEnd(s string, p int) int {
	for p < len(s) {
		switch s[p] {
		case ' ', '\t', '\n', '\f', '\r':
			p++
			continue
		}
		break
	}
	return p
}

// at3 tells whether s holds the three bytes of a rune from U+2000 to
// U+203F, "\xe2\x80" and last, at p.
func at3(s string, p int, last byte) bool {
	return p+2 < len(s) && s[p] == 0xe2 && s[p+1] == 0x80 && s[p+2] == last
}

// dashAt returns the width of [-–—] at p, 0 for none.
func dashAt(s string, p int) int {
	switch {
	case p < len(s) && s[p] == '-':
		return 1
	case at3(s, p, 0x93), at3(s, p, 0x94): // – —
		return 3
	}
	return 0
}

// word matches a word of the place, the k+1st, at p: [A-Z][A-Z.'’-]+
// (branch 1, up to four words) or [A-Z][a-z]+ (branch 2, up to three),
// then the rest of the pattern.
func (m *datelineMatcher) word(p, k int) bool {
	s := m.s
	if p >= len(s) || s[p] < 'A' || s[p] > 'Z' {
		return false
	}
	// The tail's run, then its ends from the longest to one rune: a ’
	// (e2 80 99) is its only rune outside ASCII, and its only one that
	// ends in 0x99.
	e := p + 1
	for e < len(s) {
		c := s[e]
		switch {
		case m.branch == 2:
			if c < 'a' || c > 'z' {
				return m.tail(p, e, k)
			}
		case c >= 'A' && c <= 'Z', c == '.', c == '\'', c == '-':
		case at3(s, e, 0x99):
			e += 2
		default:
			return m.tail(p, e, k)
		}
		e++
	}
	return m.tail(p, e, k)
}

// tail tries the ends of a word's tail, at p+1 to e, the longest first.
func (m *datelineMatcher) tail(p, e, k int) bool {
	for q := e; q > p+1; {
		if m.afterWord(q, k+1) {
			return true
		}
		if m.s[q-1] == 0x99 {
			q -= 3
		} else {
			q--
		}
	}
	return false
}

// afterWord goes on after k words of the place, at p: another word
// (\s+ and a word, greedy), else the end of the place's group and the
// rest.
func (m *datelineMatcher) afterWord(p, k int) bool {
	max := 4
	if m.branch == 2 {
		max = 3
	}
	if k < max {
		for q := wsEnd(m.s, p); q > p; q-- {
			if m.word(q, k) {
				return true
			}
		}
	}
	m.m[2*m.branch+1] = p
	return m.details(p)
}

// details matches the optional place or date details after the place,
// \s*,\s* and one to four words (greedy: with them first), then the rest.
func (m *datelineMatcher) details(p int) bool {
	s := m.s
	for q := wsEnd(s, p); q >= p; q-- {
		if q < len(s) && s[q] == ',' {
			for r := wsEnd(s, q+1); r >= q+1; r-- {
				if m.detailWord(r, 0) {
					return true
				}
			}
		}
	}
	return m.brackets(p, 0)
}

// detailWord matches the k+1st detail word at p,
// [A-Za-z0-9][A-Za-z0-9./]*, then the rest.
func (m *datelineMatcher) detailWord(p, k int) bool {
	s := m.s
	if p >= len(s) || !isAlnum(s[p]) {
		return false
	}
	e := p + 1
	for e < len(s) && (isAlnum(s[e]) || s[e] == '.' || s[e] == '/') {
		e++
	}
	for q := e; q > p; q-- {
		if m.afterDetail(q, k+1) {
			return true
		}
	}
	return false
}

// afterDetail goes on after k detail words at p: another (,?\s+ and a
// word, greedy, the comma first), else the brackets and the rest.
func (m *datelineMatcher) afterDetail(p, k int) bool {
	s := m.s
	if k < 4 {
		if p < len(s) && s[p] == ',' {
			for q := wsEnd(s, p+1); q > p+1; q-- {
				if m.detailWord(q, k) {
					return true
				}
			}
		}
		for q := wsEnd(s, p); q > p; q-- {
			if m.detailWord(q, k) {
				return true
			}
		}
	}
	return m.brackets(p, 0)
}

// brackets matches up to two brackets after k of them at p,
// \s*\([A-Za-z0-9 ./]{2,30}\) (greedy: one more first), then the dash.
func (m *datelineMatcher) brackets(p, k int) bool {
	s := m.s
	if k < 2 {
		for q := wsEnd(s, p); q >= p; q-- {
			if q >= len(s) || s[q] != '(' {
				continue
			}
			n := 0
			for q+1+n < len(s) && n < 30 && (isAlnum(s[q+1+n]) || s[q+1+n] == ' ' || s[q+1+n] == '.' || s[q+1+n] == '/') {
				n++
			}
			for ; n >= 2; n-- {
				if e := q + 1 + n; e < len(s) && s[e] == ')' && m.brackets(e+1, k+1) {
					return true
				}
			}
		}
	}
	return m.dash(p)
}

// dash matches the end of the pattern at p, \s*[-–—]{1,2}\s+, and sets
// the match's end.
func (m *datelineMatcher) dash(p int) bool {
	s := m.s
	for q := wsEnd(s, p); q >= p; q-- {
		d1 := dashAt(s, q)
		if d1 == 0 {
			continue
		}
		// two dashes before one, then \s+ (greedy: the pattern ends there)
		if d2 := dashAt(s, q+d1); d2 > 0 {
			if e := q + d1 + d2; wsEnd(s, e) > e {
				m.m[1] = wsEnd(s, e)
				return true
			}
		}
		if e := q + d1; wsEnd(s, e) > e {
			m.m[1] = wsEnd(s, e)
			return true
		}
	}
	return false
}

// isAlnum tells whether c is [A-Za-z0-9].
func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
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
	// per rule, lists of words of which a match holds one each, anywhere
	// (see requiredWords)
	required [][][]string
	near     []*nearRule // per rule, its matcher for ASCII lines (see newNearRule); nil: none
	seq      []*seqRule  // per rule, its other matcher for ASCII lines (see newSeqRule); nil: none
	// byFirst[c] are the indexes of the rules that a line whose first
	// byte is c may match (first nil or holding c), in order; noFirst
	// those whose first is nil, all an empty line may match. kind reads
	// these few, not every rule's first set.
	byFirst [256][]int
	noFirst []int
}

func newBoilerSet(all []*pack) *boilerSet {
	bs := &boilerSet{}
	for _, q := range all {
		for _, b := range q.boiler {
			bs.rules = append(bs.rules, b)
			bs.first = append(bs.first, anchoredFirst(b.re.String()))
			bs.words = append(bs.words, anchoredWords(b.re.String()))
			bs.required = append(bs.required, requiredWords(b.re.String()))
			bs.near = append(bs.near, newNearRule(b.re.String()))
			bs.seq = append(bs.seq, newSeqRule(b.re.String()))
		}
	}
	for i, f := range bs.first {
		if f == nil {
			bs.noFirst = append(bs.noFirst, i)
		}
		for c := range bs.byFirst {
			if f == nil || f[c] {
				bs.byFirst[c] = append(bs.byFirst[c], i)
			}
		}
	}
	return bs
}

// kind tells which boilerplate rule of any language pack a line matches
// ("" for none): the first in pack order.
func (bs *boilerSet) kind(line string) string {
	rest := strings.TrimLeft(line, "\t\n\f\r ") // what \s* skips
	asciiLine := 0                              // 1: line is ASCII, -1: it is not, 0: not yet known
	cand := bs.noFirst                          // (the rules whose first set admits line[0])
	if line != "" {
		cand = bs.byFirst[line[0]]
	}
	for _, i := range cand {
		b := &bs.rules[i]
		if ws := bs.words[i]; ws != nil && !startsWithAny(rest, ws) {
			continue
		}
		near, seq := bs.near[i], bs.seq[i]
		if asciiLine == 0 && (len(bs.required[i]) > 0 || near != nil || seq != nil) {
			asciiLine = -1
			if isASCII(line) {
				asciiLine = 1
			}
		}
		if asciiLine == 1 {
			// (a line with a non-ASCII byte may hold a rune that folds
			// to an ASCII letter: "ſ", "K"; the regexp decides it)
			if !requiredIn(line, bs.required[i]) {
				continue
			}
			if near != nil {
				if near.match(line) {
					return b.kind
				}
				continue
			}
			if seq != nil {
				if seq.match(line) {
					return b.kind
				}
				continue
			}
		}
		if b.re.MatchString(line) {
			return b.kind
		}
	}
	return ""
}

// isASCII tells whether s has no byte outside ASCII. It reads eight
// bytes at a time (boilerSet.kind asks it of whole lines).
func isASCII(s string) bool {
	for len(s) >= 8 {
		// (the compiler makes one load of the eight)
		x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		if x&ascii.Msb != 0 {
			return false
		}
		s = s[8:]
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// nearRule is a boilerplate pattern of the shape
// ^\s*(?i)(first words)\b.{0,within}\b(second words) (the promotion line
// "Gabung ke Channel WhatsApp …"), matched by hand on an ASCII line: the
// regexp package explores every length of .{0,80} with every second word,
// about 20,000 instructions a line, where this reads the few word starts.
// Every word is lower-case ASCII that starts and ends with a word byte
// (letter, digit, '_'), as newNearRule checks.
type nearRule struct {
	first, second []string
	within        int
}

// newNearRule returns the nearRule of a pattern of that shape, or nil.
func newNearRule(pattern string) *nearRule {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil || re.Op != syntax.OpConcat || len(re.Sub) != 7 {
		return nil
	}
	s := re.Sub
	if s[0].Op != syntax.OpBeginText || !isSpaceStar(s[1]) || s[3].Op != syntax.OpWordBoundary ||
		s[4].Op != syntax.OpRepeat || s[4].Min != 0 || s[4].Max < 0 || s[4].Sub[0].Op != syntax.OpAnyCharNotNL ||
		s[5].Op != syntax.OpWordBoundary {
		return nil
	}
	first, exact, ok := literalStarts(s[2])
	if !ok || !exact || !wordEnds(first) {
		return nil
	}
	second, exact, ok := literalStarts(s[6])
	if !ok || !exact || !wordEnds(second) {
		return nil
	}
	return &nearRule{first: first, second: second, within: s[4].Max}
}

// wordEnds tells whether every word is non-empty ASCII that starts and
// ends with a word byte.
func wordEnds(ws []string) bool {
	for _, w := range ws {
		if w == "" || !isASCII(w) || !ascii.IsWord(w[0]) || !ascii.IsWord(w[len(w)-1]) {
			return false
		}
	}
	return len(ws) > 0
}

// match tells whether the pattern matches the ASCII line. \s* takes all
// the leading white space (a first word cannot start with any); a first
// word follows, then a word boundary: as the word ends with a word byte,
// the line ends or a non-word byte follows. Then within at most within
// bytes (runes, in ASCII) without a newline, a second word starts after
// a non-word byte (the boundary before it).
func (m *nearRule) match(line string) bool {
	p0 := len(line) - len(strings.TrimLeft(line, "\t\n\f\r "))
	for _, a := range m.first {
		p1 := p0 + len(a)
		if p1 > len(line) || !asciiHasPrefixFold(line[p0:], a) || p1 < len(line) && ascii.IsWord(line[p1]) {
			continue
		}
		for p2 := p1; p2 <= p1+m.within && p2 < len(line); p2++ {
			if p2 > p1 && line[p2-1] == '\n' {
				break
			}
			if ascii.IsWord(line[p2-1]) {
				continue
			}
			for _, b := range m.second {
				if len(b) <= len(line)-p2 && asciiHasPrefixFold(line[p2:], b) {
					return true
				}
			}
		}
	}
	return false
}

// inlineWords returns, for an inline pattern of the shape (?i)\((word|word…)…
// (the shipped captions "(Foto: …)", "(Photo: …)"), the lower-case ASCII
// words one of which a match starts with after its "(" (as
// literalPrefixes); otherwise nil.
func inlineWords(pattern string) []string {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	re = re.Simplify()
	if re.Op != syntax.OpConcat || len(re.Sub) < 2 || re.Sub[0].Op != syntax.OpLiteral || string(re.Sub[0].Rune) != "(" {
		return nil
	}
	ws, ok := literalPrefixes(re.Sub[1])
	if !ok {
		return nil
	}
	return ws
}

// opensWith tells whether s may hold a "(" followed by one of the words
// (may, as startsWithAny tells), so that an inline pattern whose matches
// start so (inlineWords) is run only on a line where one can: most lines
// with a bracket hold "(Reuters)" or "(AS)", not a caption. Nil words:
// any line may.
func opensWith(s string, words []string) bool {
	if words == nil {
		return true
	}
	for {
		k := strings.IndexByte(s, '(')
		if k < 0 {
			return false
		}
		s = s[k+1:]
		if startsWithAny(s, words) {
			return true
		}
	}
}

// anchoredConcat parses pattern and returns it simplified when it is a
// concatenation of at least minParts parts that begins with ^ outside
// multi-line mode (a match only at the start of the text), else nil: the
// shape the filters and seqRule of this file start from.
func anchoredConcat(pattern string, minParts int) *syntax.Regexp {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	re = re.Simplify()
	if re.Op != syntax.OpConcat || len(re.Sub) < minParts || re.Sub[0].Op != syntax.OpBeginText {
		return nil
	}
	return re
}

// anchoredWords returns, for a pattern of the shape ^\s*(?i)(word|word…)…
// (the shipped boilerplate patterns), the ASCII words, in lower case, one
// of which a match must start with after the white space; otherwise nil.
// The words are literal prefixes of the alternatives, as the parser
// factors them ("re" for "read more|related").
func anchoredWords(pattern string) []string {
	re := anchoredConcat(pattern, 3)
	if re == nil || !isSpaceStar(re.Sub[1]) {
		return nil
	}
	ws, ok := literalPrefixes(re.Sub[2])
	if !ok {
		return nil
	}
	return ws
}

// requiredWords returns, for an anchored pattern (^…, a concatenation),
// the word lists of its parts after the first three (^, \s* and the words
// of anchoredWords) that are literal words or alternatives of them: a match
// holds one word of each list somewhere ("whatsapp|telegram|…" after
// ".{0,80}" in a promotion line). Parts that are not (a class, a
// repetition, a boundary) and lists with an empty word add nothing.
func requiredWords(pattern string) [][]string {
	re := anchoredConcat(pattern, 4)
	if re == nil {
		return nil
	}
	var out [][]string
next:
	for _, sub := range re.Sub[3:] {
		ws, _, ok := literalStarts(sub)
		if !ok || len(ws) == 0 {
			continue
		}
		for _, w := range ws {
			if w == "" {
				continue next
			}
		}
		out = append(out, ws)
	}
	return out
}

// requiredIn tells whether the ASCII line holds one word of each list,
// ignoring case.
func requiredIn(line string, required [][]string) bool {
lists:
	for _, ws := range required {
		for _, w := range ws {
			if containsFold(line, w) {
				continue lists
			}
		}
		return false
	}
	return true
}

// containsFold tells whether the ASCII line holds the lower-case word w,
// ignoring case. The places where w may start are found by a vectorized
// search for its first byte in either case (strings.IndexByte), not by
// comparing w at every byte of the line.
func containsFold(line, w string) bool {
	if w == "" {
		return true
	}
	if len(w) > len(line) {
		return false
	}
	lo, up := w[0], w[0]
	if 'a' <= lo && lo <= 'z' {
		up = lo - ('a' - 'A')
	}
	head := line[:len(line)-len(w)+1] // where w can start
	atLo, atUp := -1, -1              // the next lo and up at or after p (len(head): none)
	for p := 0; p < len(head); {
		if atLo < p {
			atLo = len(head)
			if k := strings.IndexByte(head[p:], lo); k >= 0 {
				atLo = p + k
			}
		}
		if atUp < p {
			atUp = len(head)
			if k := strings.IndexByte(head[p:], up); k >= 0 {
				atUp = p + k
			}
		}
		p = min(atLo, atUp)
		if p == len(head) {
			return false
		}
		if asciiHasPrefixFold(line[p+1:], w[1:]) {
			return true
		}
		p++
	}
	return false
}

// asciiHasPrefixFold tells whether ASCII s starts with the lower-case word
// w, ignoring case.
func asciiHasPrefixFold(s, w string) bool {
	for i := 0; i < len(w); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
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
// They are as long as the literal text of the pattern allows: the parser
// factors "photo|picture" into p(?:hoto|icture), and the words are "photo"
// and "picture", not "p" (which every line starting with "President"
// would pass).
func literalPrefixes(re *syntax.Regexp) ([]string, bool) {
	ws, _, ok := literalStarts(re)
	if !ok || len(ws) == 0 {
		return nil, false
	}
	for _, w := range ws {
		if w == "" || !unicode.IsLetter(rune(w[0])) {
			return nil, false
		}
	}
	return ws, true
}

// maxLiteralStarts bounds the words literalStarts makes of a concatenation
// of alternatives (their product).
const maxLiteralStarts = 64

// literalStarts returns lower-case ASCII strings one of which every match
// of re starts with, ignoring case, whether every match is one of them
// exactly (exact), and whether it could tell (ok). A literal folded to
// ASCII from another rune ("ſ", "K") is a non-ASCII byte of the text,
// which startsWithAny counts as a possible match.
func literalStarts(re *syntax.Regexp) (ws []string, exact, ok bool) {
	switch re.Op {
	case syntax.OpEmptyMatch:
		return []string{""}, true, true
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase == 0 || len(re.Rune) == 0 {
			return nil, false, false
		}
		w := strings.ToLower(string(re.Rune))
		for i := 0; i < len(w); i++ {
			if w[i] >= utf8.RuneSelf {
				return nil, false, false
			}
		}
		return []string{w}, true, true
	case syntax.OpCapture:
		return literalStarts(re.Sub[0])
	case syntax.OpConcat:
		if len(re.Sub) == 0 {
			return nil, false, false
		}
		ws, exact, ok := literalStarts(re.Sub[0])
		if !ok || !exact || len(re.Sub) == 1 {
			return ws, exact && len(re.Sub) == 1, ok
		}
		rest := re.Sub[1]
		if len(re.Sub) > 2 {
			rest = &syntax.Regexp{Op: syntax.OpConcat, Flags: re.Flags, Sub: re.Sub[1:]}
		}
		tails, tailExact, tailOK := literalStarts(rest)
		if !tailOK || len(ws)*len(tails) > maxLiteralStarts {
			return ws, false, true // the first part's words alone
		}
		var out []string
		for _, w := range ws {
			for _, t := range tails {
				out = append(out, w+t)
			}
		}
		return out, tailExact, true
	case syntax.OpAlternate:
		var out []string
		exact := true
		for _, sub := range re.Sub {
			ws, e, ok := literalStarts(sub)
			if !ok {
				return nil, false, false
			}
			out = append(out, ws...)
			exact = exact && e
		}
		return out, exact, true
	}
	return nil, false, false
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
	re := anchoredConcat(pattern, 2)
	if re == nil {
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

// seqRule is an anchored boilerplate pattern made of a row of simple
// parts (the shipped "^\s*(baca|lihat)\s+(juga|pula)\s*[:：]", "^\s*(reporting
// by|writing by)\b", "^\s*(copyright|©|all rights reserved)"), matched by hand
// on an ASCII line: the regexp package clears and walks its backtracking
// state for every line that passes the prefilters, about 2,800
// instructions a line, where this compares a few bytes. A part is a set of
// words (ignoring case), a repetition of one byte of a set, a word
// boundary or the end of the text; match tries every way the parts can
// take the line, so it tells what MatchString tells (on ASCII: kind
// leaves any other line to the regexp).
type seqRule struct {
	parts []seqPart
}

// seqPart is one part of a seqRule: words (one of them, lower-case,
// compared ignoring ASCII case; a word with a byte outside ASCII never
// matches an ASCII line), else a repetition of min to max (-1: any number)
// bytes of set, else an assertion (op: syntax.OpWordBoundary,
// OpNoWordBoundary or OpEndText).
type seqPart struct {
	words    []string
	set      *[128]bool
	min, max int
	op       syntax.Op
}

// newSeqRule returns the seqRule of an anchored pattern (^ outside
// multi-line mode, then a concatenation of parts newSeqPart reads), or nil.
func newSeqRule(pattern string) *seqRule {
	re := anchoredConcat(pattern, 2)
	if re == nil {
		return nil
	}
	m := &seqRule{}
	for _, sub := range re.Sub[1:] {
		p, ok := newSeqPart(sub)
		if !ok {
			return nil
		}
		m.parts = append(m.parts, p)
	}
	return m
}

// newSeqPart reads one part of a seqRule.
func newSeqPart(re *syntax.Regexp) (seqPart, bool) {
	switch re.Op {
	case syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpEndText:
		return seqPart{op: re.Op}, true
	case syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat:
		if re.Flags&syntax.NonGreedy != 0 {
			// (no matter for MatchString, which asks for any match; refused
			// all the same, to keep the shapes read few)
			return seqPart{}, false
		}
		set, ok := byteSet(re.Sub[0])
		if !ok {
			if ws, ok := seqWords(re); ok && len(ws) > 0 {
				return seqPart{words: ws}, true // (an optional word: "(b|bc)?")
			}
			return seqPart{}, false
		}
		p := seqPart{set: set}
		switch re.Op {
		case syntax.OpStar:
			p.min, p.max = 0, -1
		case syntax.OpPlus:
			p.min, p.max = 1, -1
		case syntax.OpQuest:
			p.min, p.max = 0, 1
		default:
			p.min, p.max = re.Min, re.Max
		}
		return p, true
	}
	if set, ok := byteSet(re); ok {
		return seqPart{set: set, min: 1, max: 1}, true
	}
	ws, ok := seqWords(re)
	if !ok || len(ws) == 0 {
		return seqPart{}, false
	}
	return seqPart{words: ws}, true
}

// byteSet returns the ASCII bytes one rune of re (a class, one literal
// rune, or any rune but a newline) matches on an ASCII line, and whether
// re is one of those. A rune outside ASCII that folds to one inside it
// ("ſ" to "s", "K" to "k") is refused.
func byteSet(re *syntax.Regexp) (*[128]bool, bool) {
	var set [128]bool
	add := func(lo, hi rune) bool {
		for r := lo; r <= hi && r < utf8.RuneSelf; r++ {
			set[r] = true
		}
		return true
	}
	switch re.Op {
	case syntax.OpAnyCharNotNL:
		add(0, utf8.RuneSelf-1)
		set['\n'] = false
		return &set, true
	case syntax.OpAnyChar:
		add(0, utf8.RuneSelf-1)
		return &set, true
	case syntax.OpCharClass:
		// (the parser has added the folds of a class under (?i) to it)
		for i := 0; i+1 < len(re.Rune); i += 2 {
			add(re.Rune[i], re.Rune[i+1])
		}
		return &set, true
	case syntax.OpLiteral:
		if len(re.Rune) != 1 {
			return nil, false
		}
		for _, r := range foldOrbit(re.Rune[0], re.Flags&syntax.FoldCase != 0) {
			if r >= utf8.RuneSelf {
				continue
			}
			set[r] = true
		}
		if re.Rune[0] >= utf8.RuneSelf && re.Flags&syntax.FoldCase != 0 && foldsToASCII(re.Rune[0]) {
			return nil, false
		}
		return &set, true
	}
	return nil, false
}

// foldOrbit returns r and, when fold, the runes it matches ignoring case.
func foldOrbit(r rune, fold bool) []rune {
	out := []rune{r}
	if fold {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			out = append(out, f)
		}
	}
	return out
}

// foldsToASCII tells whether r, outside ASCII, matches an ASCII rune
// ignoring case ("ſ", "K").
func foldsToASCII(r rune) bool {
	for _, f := range foldOrbit(r, true) {
		if f < utf8.RuneSelf {
			return true
		}
	}
	return false
}

// seqWords returns the words a part made of case-folded literals,
// alternatives and concatenations of them matches exactly, in lower case,
// and whether it is such a part. ASCII letters must be folded ((?i)); a
// rune outside ASCII must fold to none inside it: such a word never
// matches an ASCII line.
func seqWords(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpEmptyMatch:
		return []string{""}, true
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			if r >= utf8.RuneSelf && foldsToASCII(r) {
				return nil, false
			}
			if r < utf8.RuneSelf && unicode.IsLetter(r) && re.Flags&syntax.FoldCase == 0 {
				return nil, false
			}
		}
		w := []byte(string(re.Rune))
		for i, c := range w {
			if 'A' <= c && c <= 'Z' {
				w[i] = c + 'a' - 'A'
			}
		}
		return []string{string(w)}, true
	case syntax.OpCapture:
		return seqWords(re.Sub[0])
	case syntax.OpQuest:
		if re.Flags&syntax.NonGreedy != 0 {
			return nil, false
		}
		ws, ok := seqWords(re.Sub[0])
		return append(ws, ""), ok
	case syntax.OpCharClass:
		// (a class the parser factored out of alternatives: "sumber|sumbu";
		// its ASCII letters must come in both cases, as (?i) makes them)
		set, _ := byteSet(re)
		var out []string
		for c := 0; c < utf8.RuneSelf; c++ {
			if !set[c] {
				continue
			}
			lo, up := byte(c), byte(c)
			if 'a' <= c && c <= 'z' {
				up = byte(c) - ('a' - 'A')
			} else if 'A' <= c && c <= 'Z' {
				lo = byte(c) + ('a' - 'A')
			}
			if !set[lo] || !set[up] {
				return nil, false
			}
			if c == int(lo) {
				out = append(out, string(rune(lo)))
			}
		}
		if len(out) > 16 {
			return nil, false
		}
		return out, true
	case syntax.OpConcat:
		out := []string{""}
		for _, sub := range re.Sub {
			ws, ok := seqWords(sub)
			if !ok || len(out)*len(ws) > maxLiteralStarts {
				return nil, false
			}
			var next []string
			for _, a := range out {
				for _, b := range ws {
					next = append(next, a+b)
				}
			}
			out = next
		}
		return out, true
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			ws, ok := seqWords(sub)
			if !ok {
				return nil, false
			}
			out = append(out, ws...)
		}
		return out, true
	}
	return nil, false
}

// match tells whether the pattern matches the ASCII line (at its start).
func (m *seqRule) match(line string) bool {
	return m.matchAt(line, 0, 0)
}

// matchAt tells whether parts[k:] match line from pos on, trying every
// word and every length of a repetition, the longest first.
func (m *seqRule) matchAt(line string, k, pos int) bool {
	if k == len(m.parts) {
		return true
	}
	p := &m.parts[k]
	switch {
	case p.words != nil:
		for _, w := range p.words {
			if len(w) <= len(line)-pos && asciiHasPrefixFold(line[pos:], w) && m.matchAt(line, k+1, pos+len(w)) {
				return true
			}
		}
		return false
	case p.set != nil:
		n := 0
		for pos+n < len(line) && (p.max < 0 || n < p.max) && p.set[line[pos+n]] {
			n++
		}
		for ; n >= p.min; n-- {
			if m.matchAt(line, k+1, pos+n) {
				return true
			}
		}
		return false
	case p.op == syntax.OpEndText:
		return pos == len(line) && m.matchAt(line, k+1, pos)
	default: // a word boundary, or none
		before := pos > 0 && ascii.IsWord(line[pos-1])
		after := pos < len(line) && ascii.IsWord(line[pos])
		if (before != after) != (p.op == syntax.OpWordBoundary) {
			return false
		}
		return m.matchAt(line, k+1, pos)
	}
}
