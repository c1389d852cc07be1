package extract

import (
	"errors"
	"fmt"
	"math/bits"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/geokg/kg/loader/extract/gazetteer"
	"github.com/geokg/kg/loader/extract/internal/ascii"
)

// Limits bound the work and memory one article may cost. An article over
// MaxBytes is refused; an article that reaches MaxMentions or MaxEvidence is
// read up to the sentence where it does, and its document says so in
// Warnings (the loader and kg extract report them), so that what is cut is
// never cut silently. Zero fields take the defaults of DefaultLimits.
type Limits struct {
	// MaxBytes bounds an article's text or HTML page (default 5 MiB).
	MaxBytes int
	// MaxSentenceBytes bounds a sentence: a longer run without a sentence
	// end (a table, a list, hostile input) is cut into pieces of at most
	// this size, and the document says how many were cut (default 1500).
	MaxSentenceBytes int
	// MaxMentions bounds the actor mentions recorded for an article
	// (default 1000).
	MaxMentions int
	// MaxEvidence bounds the evidence of events and explicit stances of an
	// article (default 1000). Each derived stance repeats the evidence of
	// the events it is derived from, so a document holds at most
	// MaxMentions + 2×MaxEvidence evidence items, plus those of the one
	// sentence at which a cap is reached.
	MaxEvidence int
}

// DefaultLimits are far above what real news needs (a long article of
// 50 KB has a few hundred sentences and mentions) and far below what
// hostile input would cost.
func DefaultLimits() Limits {
	return Limits{MaxBytes: MaxArticleSize, MaxSentenceBytes: maxSentence, MaxMentions: 1000, MaxEvidence: 1000}
}

// WithDefaults fills the zero fields of l from DefaultLimits.
func (l Limits) WithDefaults() Limits {
	d := DefaultLimits()
	def := func(v *int, dv int) {
		if *v <= 0 {
			*v = dv
		}
	}
	def(&l.MaxBytes, d.MaxBytes)
	def(&l.MaxSentenceBytes, d.MaxSentenceBytes)
	def(&l.MaxMentions, d.MaxMentions)
	def(&l.MaxEvidence, d.MaxEvidence)
	return l
}

// ErrNoContent is an article with no story text: empty, or nothing but
// boilerplate (related-article links, bylines, promotions, navigation).
var ErrNoContent = errors.New("article has no story text")

// SizeError is an article larger than Limits.MaxBytes. It matches
// ErrTooLarge with errors.Is.
type SizeError struct {
	Size, Max int // Size is a lower bound when the input was not read to its end
}

func (e *SizeError) Error() string {
	return fmt.Sprintf("article is %d bytes or more, more than the cap of %d (limit MaxBytes)", e.Size, e.Max)
}

// Is makes errors.Is(err, ErrTooLarge) true.
func (e *SizeError) Is(target error) bool { return target == ErrTooLarge }

// capState is what a run knows about the caps: where it stopped and why.
type capState struct {
	stoppedAt int    // the sentence at which a cap was reached, -1 for none
	why       string // which cap
	// evidence counts the pieces of event and explicit-stance evidence
	// found so far, kept where they are appended (addEvent, addStance) so
	// that capReached need not re-sum every event's evidence before each
	// sentence (a cost quadratic in the article's events). Only those two
	// append during the sentence loop; denials and derived stances come
	// after it, when the cap is no longer checked.
	evidence int
}

// checkContent refuses an article whose sentences are all related-article
// lines (or that has none once boilerplate is removed).
func (r *run) checkContent() error {
	for i := range r.c.sents {
		if !r.c.sents[i].related {
			return nil
		}
	}
	lines := strings.Count(strings.TrimSpace(r.text), "\n") + 1
	return fmt.Errorf("%w: all of its %d line(s) are boilerplate (related-article links, bylines, promotions, navigation) or blank", ErrNoContent, lines)
}

// capReached reports whether the article has reached a cap before sentence
// si, and remembers where and which.
func (r *run) capReached(si int) bool {
	if r.caps.stoppedAt >= 0 {
		return true
	}
	lim := r.x.limits
	if n := len(r.ments); n >= lim.MaxMentions {
		r.caps.stoppedAt, r.caps.why = si, fmt.Sprintf("the cap of %d actor mentions (limit MaxMentions)", lim.MaxMentions)
		return true
	}
	if r.caps.evidence >= lim.MaxEvidence {
		r.caps.stoppedAt, r.caps.why = si, fmt.Sprintf("the cap of %d pieces of event and stance evidence (limit MaxEvidence)", lim.MaxEvidence)
		return true
	}
	return false
}

// warnings are the document's account of what the caps cut.
func (r *run) warnings() []string {
	var w []string
	if n := r.c.cut; n > 0 {
		w = append(w, fmt.Sprintf("%d run(s) of text longer than %d bytes without a sentence end were cut into sentences of at most %d bytes (limit MaxSentenceBytes)", n, r.x.limits.MaxSentenceBytes, r.x.limits.MaxSentenceBytes))
	}
	if si := r.caps.stoppedAt; si >= 0 {
		at := r.c.sents[si].s
		w = append(w, fmt.Sprintf("truncated: the article reached %s at sentence %d of %d (byte %d of %d); nothing after it was read", r.caps.why, si+1, len(r.c.sents), at, len(r.text)))
	}
	return w
}

// metaDate reads the article date of a's metadata. A date that is given but
// is not one is an error naming where it was given, never dropped.
func (x *Extractor) metaDate(a Input) (string, error) {
	if strings.TrimSpace(a.Published) == "" {
		return "", nil
	}
	if d, ok := x.parseMetaDate(a.Published); ok && validMetaDate(a.Published, d) {
		return d, nil
	}
	from := a.publishedFrom
	if from == "" {
		from = `field "published"`
	}
	return "", fmt.Errorf("%s: %q is not a date (want ISO 8601 such as 2023-06-25, an RFC 1123 date, or a written date such as 25 Juni 2023)", from, a.Published)
}

// validMetaDate refuses what parseMetaDate reads out of a date-like value
// that is not a date: "2023-13-45" holds the year 2023, but it is not
// "2023".
func validMetaDate(s, d string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 4 || s[0] < '0' || s[0] > '9' {
		return true // a written date ("25 Juni 2023", "Sun, 25 Jun 2023 …")
	}
	// Numeric: it must be a real calendar date in full, as far as its digits go.
	digits := 0
	for i := 0; i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '-' || s[i] == '/'); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			digits++
		}
	}
	got := strings.Count(d, "") - 1 - strings.Count(d, "-")
	return got >= min(digits, 8)
}

// tokenizeTo tokenizes the sentences before n that are not yet, into the
// run's token array. Earlier sentences keep their tokens when the array
// grows (they hold the old backing array).
func (r *run) tokenizeTo(n int) {
	n = min(n, len(r.c.sents))
	for ; r.tokDone < n; r.tokDone++ {
		st := &r.c.sents[r.tokDone]
		start := len(r.toks)
		r.toks = r.c.tokenize(st, r.toks)
		st.toks = r.toks[start:len(r.toks):len(r.toks)]
	}
}

// Gazetteer matches are found for the whole text of an article up to
// findWindowAll bytes; a longer article is scanned findWindow bytes of
// whole sentences at a time, as the run reaches them, so that the memory
// of the scan does not grow with the article and an article stopped by a
// cap is not scanned past that point.
const (
	findWindowAll = 256 << 10
	findWindow    = 64 << 10
)

// findWindow returns the gazetteer matches (offsets in the article text) of
// the sentences from si up to the returned end.
func (r *run) findWindow(si int) ([]gazetteer.Match, int) {
	sents := r.c.sents
	if len(r.text) <= findWindowAll {
		r.matches = r.x.gaz.Find(r.text, r.c.work, r.matches[:0])
		return r.matches, len(sents)
	}
	a := sents[si].s
	k := si + 1
	for k < len(sents) && sents[k].e-a <= findWindow {
		k++
	}
	b := sents[k-1].e
	ms := r.x.gaz.Find(r.text[a:b], r.c.work[a:b], r.matches[:0])
	for i := range ms {
		ms[i].Start += a
		ms[i].End += a
	}
	r.matches = ms
	return ms, k
}

// scrubControls makes an article's text fit the facts format's clean-text
// rule (package facts refuses control characters): in the text, every
// control character but tab, newline and carriage return becomes a space
// (as many bytes as it had, so that offsets keep their meaning); in the
// title and source every one does. A URL holding control characters or
// spaces is refused: it cannot be an address. textControl tells whether the text has a control character to scrub
// (hasControl(a.Text, true)): Article has read it in scanText's pass, with
// the checks of checkText.
func scrubControls(a Input, textControl bool) (Input, error) {
	for i, r := range a.URL {
		if isControl(r) || r == ' ' && strings.TrimSpace(a.URL[i:]) != "" && strings.TrimSpace(a.URL[:i]) != "" {
			return a, fmt.Errorf("field \"url\": %q holds %U at byte %d; an address has no control characters or spaces", a.URL, r, i)
		}
	}
	if n := utf8.RuneCountInString(a.URL); n > maxURL {
		return a, fmt.Errorf("field \"url\": the address is %d characters long, more than the %d the facts format allows", n, maxURL)
	}
	a.Lang = strings.ReplaceAll(strings.TrimSpace(a.Lang), "_", "-")
	if l := a.Lang; l != "" && !langRe.MatchString(strings.ToLower(l)) {
		return a, fmt.Errorf("field \"lang\": %q is not a language code (ISO 639-1 such as id or en, or a BCP 47 tag such as en-GB)", a.Lang)
	}
	if textControl {
		a.Text = scrubRunes(a.Text, true)
	}
	a.Title = scrub(a.Title, false)
	a.Source = scrub(a.Source, false)
	a.Title, a.metaWarnings = cutMeta("title", a.Title, maxTitle, a.metaWarnings)
	a.Source, a.metaWarnings = cutMeta("source", a.Source, maxSource, a.metaWarnings)
	return a, nil
}

// cutMeta trims v, the value of metadata field name, and cuts it to limit
// characters, with a warning appended to warns when it cuts. (A function
// of its own rather than a loop over the fields' addresses, which would
// move scrubControls' Input to the heap.)
func cutMeta(name, v string, limit int, warns []string) (string, []string) {
	v = strings.TrimSpace(v)
	if n := utf8.RuneCountInString(v); n > limit {
		cut := 0
		for range limit {
			_, size := utf8.DecodeRuneInString(v[cut:])
			cut += size
		}
		v = v[:cut]
		warns = append(warns, fmt.Sprintf("the %s was %d characters long and is cut to the %d the facts format allows", name, n, limit))
	}
	return v, warns
}

// The facts format's bounds on metadata (facts.schema.json).
const (
	maxURL    = 2048
	maxTitle  = 1000
	maxSource = 200
)

// langRe is the facts format's pattern of a language code.
var langRe = regexp.MustCompile(`^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$`)

func isControl(r rune) bool { return r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f }

// hasControl tells whether s has a rune scrub replaces, reading bytes: a
// C0 control or DEL is one byte, and a C1 control (U+0080–U+009F) is 0xC2
// and a byte 0x80–0x9F, a pair that always decodes as that rune (0xC2
// only starts a rune, never continues one).
func hasControl(s string, text bool) bool {
	for i := 0; i < len(s); i++ {
		// Eight printable ASCII bytes (0x20–0x7e) at once: none below
		// 0x20, none from 0x7f.
		for i+8 <= len(s) {
			w := s[i : i+8] // one bounds check: the loads below combine into one
			x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
				uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
			if (x-0x20*ascii.Lsb)&^x&ascii.Msb != 0 || (x+0x01*ascii.Lsb)&ascii.Msb|x&ascii.Msb != 0 {
				break
			}
			i += 8
		}
		if i >= len(s) {
			break
		}
		switch c := s[i]; {
		case c >= 0x20 && c < 0x7f:
		case c < 0x20:
			if !(text && (c == '\t' || c == '\n' || c == '\r')) {
				return true
			}
		case c == 0x7f:
			return true
		case c == 0xc2:
			if i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9f {
				return true
			}
		}
	}
	return false
}

func scrub(s string, text bool) string {
	if !hasControl(s, text) {
		return s
	}
	return scrubRunes(s, text)
}

// scrubRunes is scrub of a string that has a control character to replace.
func scrubRunes(s string, text bool) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if isControl(r) && !(text && (r == '\t' || r == '\n' || r == '\r')) {
			n := 1
			if r >= 0x80 {
				n = 2 // U+0080–U+009F take two bytes in UTF-8
			}
			b.WriteString("  "[:n])
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// textScan is what scanText finds in an article's text in one pass: a
// NUL byte (checkText's ErrBinary), bytes that are not UTF-8 (ErrUTF8),
// and a control character that scrub replaces in a text (hasControl(s,
// true)).
type textScan struct {
	nul, invalid, control bool
}

// scanText reads s once for checkText and scrub, where strings.IndexByte,
// utf8.ValidString and hasControl read it three times: sixteen bytes at a
// time while they are printable ASCII (0x20–0x7e: no NUL, valid, no
// control), and rune by rune from the first byte that is not (a line's
// end, a byte outside ASCII).
func scanText(s string) textScan {
	var f textScan
	for i := 0; i < len(s); {
		for i+16 <= len(s) {
			w := s[i : i+16] // one bounds check: the loads below combine into two
			x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
				uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
			y := uint64(w[8]) | uint64(w[9])<<8 | uint64(w[10])<<16 | uint64(w[11])<<24 |
				uint64(w[12])<<32 | uint64(w[13])<<40 | uint64(w[14])<<48 | uint64(w[15])<<56
			mx, my := notPrintable(x)&ascii.Msb, notPrintable(y)&ascii.Msb
			if mx|my == 0 {
				i += 16
				continue
			}
			// Past the printable bytes before the first that is not (its
			// mark is exact: see notPrintable), to read it below.
			if mx != 0 {
				i += bits.TrailingZeros64(mx) / 8
			} else {
				i += 8 + bits.TrailingZeros64(my)/8
			}
			break
		}
		if i >= len(s) {
			break
		}
		switch c := s[i]; {
		case c >= 0x20 && c < 0x7f:
			i++
		case c < utf8.RuneSelf:
			f.nul = f.nul || c == 0
			f.control = f.control || c == 0x7f || c < 0x20 && c != '\t' && c != '\n' && c != '\r'
			i++
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 {
				f.invalid = true
			} else if r <= 0x9f {
				f.control = true // a C1 control (U+0080–U+009F)
			}
			i += n
		}
	}
	return f
}

// notPrintable has the top bit set in the lowest byte of x (little endian)
// that is not printable ASCII (below 0x20, or 0x7f and up), if any, and
// none when all eight are: x−0x20 sets it below 0x20, x+1 from 0x7f, x
// itself from 0x80. The bytes below the lowest such byte are printable, so
// no borrow or carry reaches it. (Bytes above it may be marked wrongly;
// callers read only the lowest mark.)
func notPrintable(x uint64) uint64 {
	return (x - 0x20*ascii.Lsb) | (x + ascii.Lsb) | x
}
