// Text cleaning and sentence splitting: the working copy of the text
// (captions and datelines blanked, offsets kept) and its sentences.

package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// markdownRe matches Markdown markup that is not text: link targets, images,
// emphasis and heading marks.
var markdownRe = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)|\]\([^)\s]*\)|^\s{0,3}(#{1,6}|>|[*+-])\s+|\*\*|__|\[`)

// cleaned is an article text prepared for the rules.
type cleaned struct {
	text     string // the article text, offsets refer to it
	work     []byte // folded copy of text with boilerplate blanked (same length)
	sents    []sentence
	dateline string
	// datelineStart and datelineEnd are the span of the dateline in text
	// (datelineEnd 0: none).
	datelineStart, datelineEnd int
	ws                         string // work as a string, set once blanking is done
	p                          *pack  // the article's language pack
	maxSent                    int    // longest sentence in bytes (Limits.MaxSentenceBytes)
	cut                        int    // how many runs longer than maxSent were cut
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
	return cleanInto(new(cleaned), text, work, sents, p, all, boiler, maxSent)
}

// cleanInto is cleanMax writing into c (a run's is in its scratch memory)
// and returning it.
func cleanInto(c *cleaned, text string, work []byte, sents []sentence, p *pack, all []*pack, boiler *boilerSet, maxSent int) *cleaned {
	*c = cleaned{text: text, work: work, sents: sents[:0], p: p, maxSent: maxSent}
	leadAt := leadLine(text, boiler)
	// (datelineAt is datelineRe's match, by hand)
	m, ok := datelineAt(text[:datelineCut(text)])
	if !ok && leadAt > 0 {
		// A dateline opens the lead, after a headline, a publication line
		// or share buttons ("Published: 14 November 2025\nSYDNEY, Nov 14
		// (Reuters) - …").
		sub := text[leadAt:]
		if m, ok = datelineAt(sub[:datelineCut(sub)]); ok {
			for k := range m {
				if m[k] >= 0 {
					m[k] += leadAt
				}
			}
		}
	}
	if ok && !(m[4] >= 0 && m[1] < len(text) && text[m[1]] >= 'a' && text[m[1]] <= 'z') {
		// (a name in title case and a dash before a lower-case word is the
		// sentence's subject and its apposition, not a dateline: "Sarah
		// Murdoch - seorang model - menikah …", "Tiririca- yang …")
		place := ""
		if m[2] >= 0 {
			place = text[m[2]:m[3]]
		} else if m[4] >= 0 {
			place = text[m[4]:m[5]]
		}
		c.dateline = titleCase(strings.TrimRight(place, ".,"))
		c.datelineStart, c.datelineEnd = m[0], m[1]
		blank(c.work, m[0], m[1])
	}
	// Whether any line can hold markup: one search of the text for each
	// byte, not one of each line (most articles have none).
	markup := containsAnyByte(text, markupBytes)
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
		if open := strings.IndexByte(line, '('); open >= 0 {
			for _, q := range all {
				for k, re := range q.inline {
					if !opensWith(line[open:], q.inlineWords[k]) {
						continue // no "(" before a word a match starts with
					}
					for _, m := range re.FindAllStringIndex(line, -1) {
						blank(c.work, start+m[0], start+m[1])
					}
				}
			}
		}
		trimmed := strings.TrimSpace(line)
		if markup && containsAnyByte(line, markupBytes) || strings.HasPrefix(trimmed, "- ") || strings.HasPrefix(trimmed, "+ ") {
			for _, m := range markdownRe.FindAllStringIndex(line, 50) {
				blank(c.work, start+m[0], start+m[1])
			}
		}
		switch kind {
		case "":
			if trimmed != "" {
				lead := lineNo == 0
				if leadAt > 0 {
					lead = start == leadAt
				}
				c.splitSentences(start, end, p, lead)
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

// leadLine returns the start of the article's lead when lines that hold
// no sentence come before it: a headline, a publication line, share
// buttons, a label ("Bagikan", "Kamis, 4 Desember 2025 | 19:20 WIB"). The
// lead is the first of the first few lines that ends as a sentence does
// (. ! ? or a closing quotation mark); 0 when it is the first line, or
// when no line of the head ends so (then the first line is the lead, as
// before).
func leadLine(text string, boiler *boilerSet) int {
	seen := 0
	for start, n := 0, 0; start < len(text) && n < 6; n++ {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		line := strings.TrimSpace(text[start:end])
		switch {
		case line == "":
		case len(line) < maxBoilerLine && boiler.kind(line) != "":
		case sentenceEnd(line):
			if seen == 0 {
				return 0
			}
			return start
		case len(line) > 120:
			return 0 // a paragraph without an end: read as before
		default:
			seen++
		}
		start = end + 1
	}
	return 0
}

// sentenceEnd reports whether a line ends as a sentence does.
func sentenceEnd(line string) bool {
	r, _ := utf8.DecodeLastRuneInString(line)
	switch r {
	case '.', '!', '?', '…', '"', '”', '’':
		return true
	}
	return false
}

// trimSpan narrows text[s:e] to exclude leading and trailing white space
// (unicode.IsSpace), decoding only bytes outside ASCII.
func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		if c := text[s]; c < utf8.RuneSelf {
			if !isSpaceASCII(c) {
				break
			}
			s++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[s:])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		if c := text[e-1]; c < utf8.RuneSelf {
			if !isSpaceASCII(c) {
				break
			}
			e--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

// isSpace is unicode.IsSpace without its call for an ASCII rune.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && isSpaceASCII(byte(r))
	}
	return unicode.IsSpace(r)
}

// isSpaceASCII is unicode.IsSpace for an ASCII byte: \t \n \v \f \r and
// the space.
func isSpaceASCII(c byte) bool {
	return c == ' ' || c-'\t' <= '\r'-'\t'
}

func isClosingQuote(r rune) bool {
	return r == '"' || r == '”' || r == '’' || r == '\'' || r == '»' || r == ')'
}

// splitSentences adds the sentences of the line text[start:end]. A sentence ends at
// . ! or ? (and any closing quotes) followed by white space and a word that
// can start a sentence, unless the word before the period is a known
// abbreviation, an initial or a dotted acronym (U.S., a.k.a.).
func (c *cleaned) splitSentences(start, end int, p *pack, lead bool) {
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
			if !isSpace(r2) {
				i = j
				continue
			}
		}
		// Next non-space rune must be able to start a sentence.
		k := j
		for k < end {
			r2, n2 := utf8.DecodeRuneInString(text[k:])
			if !isSpace(r2) {
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
		c.addSentence(s, j, lead)
		s = j
		i = j
	}
	c.addSentence(s, end, lead)
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

// markupBytes are the bytes of the Markdown markup that markdownRe finds
// (but for the list marks, which cleanInto tests apart).
const markupBytes = "[]*_#>"

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

func (c *cleaned) addSentence(s, e int, lead bool) {
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
// Letters and dots are read back from dot; an ASCII byte is classed
// without decoding (unicode.IsLetter is A–Z, a–z there). A word longer
// than the pack's longest abbreviation is not looked up, and the word
// without its final dots only when it had some: most words before a
// period are neither, and the map look-ups were most of the cost.
func (c *cleaned) abbrevBefore(dot, lineStart int, p *pack) bool {
	w := dot
	for w > lineStart {
		if b := c.text[w-1]; b < utf8.RuneSelf {
			if 'a' <= b|0x20 && b|0x20 <= 'z' || b == '.' {
				w--
				continue
			}
			break
		}
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
	if p.abbrevFirst.has(word[0]) {
		if len(word) <= p.abbrevMax && p.abbrev[word] {
			return true
		}
		if t := strings.TrimRight(word, "."); len(t) < len(word) && len(t) <= p.abbrevMax && p.abbrev[t] {
			return true
		}
	}
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r) // an initial: "George W. Bush"
	}
	return strings.Contains(word, ".") // U.S. a.k.a. U.N.
}
