package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/geokg/kg/loader/facts"
)

// dateHit is a date expression found in a sentence.
type dateHit struct {
	value    string // ISO 8601 at the precision of the expression
	absolute bool
	since    bool
	// weak: a time that gives way to a date elsewhere in the sentence: one
	// told relative to another time or in another calendar ("a day
	// earlier", "10 Muharram"; value empty: unknown) or a duration up to
	// the article date ("selama tiga tahun").
	weak bool
	// future: a period told forward from the article date ("pekan
	// depan", "next month"), which may hold the article's own month.
	future bool
	words  string
}

// parseMetaDate reads an article date from metadata: ISO 8601 / RFC 3339,
// common feed layouts, or a written date in the article's languages.
func (x *Extractor) parseMetaDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", false
	}
	if len(s) == 10 && s[4] == '-' && s[7] == '-' {
		if t, err := time.Parse("2006-01-02", s); err == nil {
			return isoDay(t), true // (t.Format("2006-01-02"), from isoDate's table: every article's date)
		}
	}
	layouts := []string{time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04", "2006-01-02 15:04", "2006-01-02", "2006/01/02", time.RFC1123Z, time.RFC1123, time.RFC850, "Mon, 2 Jan 2006 15:04:05 -0700", "2006-01", "2006"}
	for _, l := range layouts {
		if t, err := time.Parse(l, s); err == nil {
			switch l {
			case "2006-01":
				return t.Format("2006-01"), true
			case "2006":
				return t.Format("2006"), true
			}
			return t.Format("2006-01-02"), true
		}
	}
	for _, p := range x.packList {
		toks := simpleTokens(s)
		for i := range toks {
			if h, _, ok := p.dateAt(toks, i, time.Time{}); ok && h.absolute {
				return h.value, true
			}
		}
	}
	return "", false
}

// lowerWord is s[i:j] in lower case: low[i:j] when low is s lowered
// (ASCII), else the word lowered on its own.
func lowerWord(s, low string, i, j int) string {
	if low != "" {
		return low[i:j]
	}
	return strings.ToLower(s[i:j])
}

// simpleTokens splits a short string into word tokens for date rules.
// An ASCII string is lowered once and sliced at its offsets; otherwise
// each word is lowered on its own, as lowering may change a rune's length
// ("İstanbul": İ is two bytes, its lower case three).
func simpleTokens(s string) []token {
	var out []token
	low := ""
	if isASCII(s) {
		low = strings.ToLower(s)
	}
	i := 0
	for i < len(s) {
		c := s[i]
		if c == ' ' || c == ',' || c == '(' || c == ')' || c == '\t' || c == '\n' {
			if c == ',' {
				out = append(out, token{s: i, e: i + 1, low: ",", raw: ",", punct: true})
			}
			i++
			continue
		}
		j := i
		for j < len(s) && !strings.ContainsRune(" ,()\t\n", rune(s[j])) {
			j++
		}
		out = append(out, token{s: i, e: j, low: lowerWord(s, low, i, j), raw: s[i:j], cap: s[i] >= 'A' && s[i] <= 'Z'})
		i = j
	}
	return out
}

// parseISO is facts.ParseDate (which has the fast path for YYYY-MM-DD).
func parseISO(s string) (time.Time, error) {
	return facts.ParseDate(s)
}

func validYear(y int) bool { return y >= 1900 && y <= 2100 }

// dayOrRange reads a day of the month, 1 to 31, or a range of two days
// ("24-25", "24–25") as its first day.
func dayOrRange(w string) (int, bool) {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return 0, false // (both ways below need a digit first: the cheap test before two cuts)
	}
	if d, ok := atoi(w); ok {
		return d, d >= 1 && d <= 31
	}
	a, b, ok := strings.Cut(w, "-")
	if !ok {
		a, b, ok = strings.Cut(w, "–")
	}
	if !ok {
		return 0, false
	}
	d, ok1 := atoi(a)
	e, ok2 := atoi(b)
	return d, ok1 && ok2 && d >= 1 && d < e && e <= 31
}

// atoi reads a number of up to four digits (strconv.Atoi would allocate
// an error for each of the many words that are none), digit by digit:
// what strconv.Atoi reads of such a number.
func atoi(s string) (int, bool) {
	if len(s) > 4 || !allDigits(s) {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// addDays is t.AddDate(0, 0, n), by a sum where t is in UTC (the
// article's date is): a UTC day is always 24 hours, and AddDate splits
// the time into its date and clock and joins them again.
func addDays(t time.Time, n int) time.Time {
	if t.Location() == time.UTC {
		return t.Add(time.Duration(n) * 24 * time.Hour)
	}
	return t.AddDate(0, 0, n)
}

func mkDate(y, m, d int) (string, bool) {
	if !validYear(y) || m < 1 || m > 12 || d < 1 || d > facts.DaysIn(y, m) {
		return "", false
	}
	return isoDate(y, m, d), true
}

// dayOnOrBefore is day d of month m in the year of ref, or of the year
// before when that day comes after ref ("25 Juni" or "(25/6)" in an
// article of January is last June's). ok says whether the day exists in
// ref's year; the year before's may not (29 February), and then the value
// is empty.
func dayOnOrBefore(ref time.Time, m, d int) (string, bool) {
	v, ok := mkDate(ref.Year(), m, d)
	// v > isoDay(ref), without writing ref: the years are the same.
	if _, rm, rd := ref.Date(); ok && (m > int(rm) || m == int(rm) && d > rd) {
		v, _ = mkDate(ref.Year()-1, m, d)
	}
	return v, ok
}

// isoDate formats a valid date of years 0–9999 as YYYY-MM-DD, as
// time.Time.Format("2006-01-02") does, without its cost. A date of the
// years of isoDays is a substring of it, so no string is allocated: an
// article's dates ("kemarin", "Senin", "25 Juni") are most of the
// allocations of a date-bearing article otherwise (TestIsoDays).
func isoDate(y, m, d int) string {
	if k := y - isoFirstYear; uint(k) < isoYears && uint(m-1) < 12 && uint(d-1) < 31 {
		o := ((k*12+m-1)*31 + d - 1) * 10
		return isoDays[o : o+10]
	}
	return isoDatePlain(y, m, d)
}

// isoFirstYear and isoYears are the years isoDays holds: those of
// articles and of the dates told in them, about 370 KB of text.
const isoFirstYear, isoYears = 1970, 100

// isoDays is isoDatePlain of every year of isoFirstYear on (isoYears),
// month and day 1–31 (days a month lacks too, so the table is plain
// arithmetic), 10 bytes each, one after another. It is built once when
// the package is loaded and never changed: the substrings isoDate hands
// out stay valid for ever, whatever the runs do afterwards.
var isoDays = buildIsoDays()

func buildIsoDays() string {
	b := make([]byte, 0, isoYears*12*31*10)
	for y := isoFirstYear; y < isoFirstYear+isoYears; y++ {
		for m := 1; m <= 12; m++ {
			for d := 1; d <= 31; d++ {
				b = append(b, isoDatePlain(y, m, d)...)
			}
		}
	}
	return string(b)
}

// isoDatePlain is isoDate by formatting, for a date outside isoDays.
func isoDatePlain(y, m, d int) string {
	b := [10]byte{
		byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + m/10), byte('0' + m%10), '-',
		byte('0' + d/10), byte('0' + d%10),
	}
	return string(b[:])
}

// isoDayShift is isoDay(addDays(t, n)), by the calendar from t's date for
// a shift of at most 28 days either way (a weekday's date, "kemarin",
// "lusa"; TestIsoDayShift): a UTC day is 24 hours, so the day n days on
// is the date's day plus n, carried into the month before or after.
// Time.Add and a second Time.Date cost about as much as the first.
func isoDayShift(t time.Time, n int) string {
	if t.Location() != time.UTC || n < -28 || n > 28 {
		return isoDay(addDays(t, n))
	}
	y, mo, d := t.Date()
	m := int(mo)
	d += n
	if d < 1 {
		if m--; m < 1 {
			m, y = 12, y-1
		}
		d += facts.DaysIn(y, m)
	} else if dim := facts.DaysIn(y, m); d > dim {
		d -= dim
		if m++; m > 12 {
			m, y = 1, y+1
		}
	}
	if y < 0 || y > 9999 {
		return isoDay(addDays(t, n))
	}
	return isoDate(y, m, d)
}

// isoDay is t.Format("2006-01-02").
func isoDay(t time.Time) string {
	y, m, d := t.Date()
	if y < 0 || y > 9999 {
		return t.Format("2006-01-02")
	}
	return isoDate(y, int(m), d)
}

// dateAt reads a date expression starting at toks[i]; ref is the article
// date (zero when unknown) against which relative expressions resolve. It
// returns the hit and the number of tokens it spans.
func (p *pack) dateAt(toks []token, i int, ref time.Time) (dateHit, int, bool) {
	return p.dateAtWord(toks, i, ref, nil)
}

// dateAtWord is dateAt with lw, the record of toks[i].low, when the
// caller has it (sentenceDate, which asked pastEra first), else nil.
func (p *pack) dateAtWord(toks []token, i int, ref time.Time, lw *dateWord) (dateHit, int, bool) {
	t := &toks[i]        // (not a copy of the token)
	flagged := lw != nil // (sentenceDate's tokens, whose lexical flags are set; lw is set below)
	if t.punct {
		return dateHit{}, 0, false
	}
	w := t.low
	if hasYearTail(w) {
		if y, ok := p.yearAfterPrefix(w); ok {
			return dateHit{value: y, absolute: true, words: t.raw}, 1, true // "mid-2024"
		}
	}
	if n := len(w); n > 2 && n <= 6 && w[n-1] == '.' && p.months[w[:n-1]] != 0 {
		w = w[:n-1] // "Dec." in a dateline
	}
	// One look-up for all the maps of w; lw is the record of t.low,
	// which anchoredAt, otherCalendarAt and countAgo read ("dec." where w
	// is "dec").
	var dw *dateWord
	switch {
	case w == t.low && lw != nil:
		dw = lw
	case w == t.low:
		dw = p.dateWordOf(w)
		lw = dw
	default:
		dw = p.dateWordOf(w)
		if lw == nil {
			lw = p.dateWordOf(t.low)
		}
	}
	if w == "" || (w[0] < '0' || w[0] > '9') && !dw.first {
		return dateHit{}, 0, false
	}
	// 25/6/2023 or 6/25/2023 (English, when the first number cannot be a month).
	slashes := 0 // (a loop: the words are short, strings.Count's call costs more)
	for k := 0; k < len(w); k++ {
		if w[k] == '/' {
			slashes++
		}
	}
	if slashes == 2 {
		parts := strings.Split(w, "/")
		a, ok1 := atoi(parts[0])
		b, ok2 := atoi(parts[1])
		y, ok3 := atoi(parts[2])
		if ok1 && ok2 && ok3 {
			if y < 100 {
				y += 2000
			}
			d, m := a, b
			if p.lang == "en" && a <= 12 && b > 12 {
				d, m = b, a
			}
			if v, ok := mkDate(y, m, d); ok {
				return dateHit{value: v, absolute: true, words: t.raw}, 1, true
			}
		}
		return dateHit{}, 0, false
	}
	// "Selasa (30/4)": a day and a month in brackets, of the article's
	// year (of the year before when that would be after the article).
	if slashes == 1 && i > 0 && toks[i-1].raw == "(" && i+1 < len(toks) && toks[i+1].raw == ")" {
		a, b, _ := strings.Cut(w, "/")
		d, ok1 := atoi(a)
		m, ok2 := atoi(b)
		if p.lang == "en" && d <= 12 && m > 12 {
			d, m = m, d
		}
		if !ok1 || !ok2 || m < 1 || m > 12 {
			return dateHit{}, 0, false
		}
		if ref.IsZero() {
			return dateHit{}, 1, false
		}
		v, ok := dayOnOrBefore(ref, m, d)
		if !ok || v == "" {
			return dateHit{}, 0, false
		}
		return dateHit{value: v, words: t.raw}, 1, true
	}
	// 2023-06-25
	if len(w) == 10 && w[4] == '-' && w[7] == '-' {
		if tt, err := time.Parse("2006-01-02", w); err == nil {
			return dateHit{value: isoDay(tt), absolute: true, words: t.raw}, 1, true
		}
	}
	next := func(k int) (token, bool) {
		if i+k < len(toks) {
			return toks[i+k], true
		}
		return token{}, false
	}
	// 25 Juni 2023, 25 June 2023, 25 Juni; a range of days is its first
	// ("24-25 Juni 2023": the 24th)
	if d, ok := dayOrRange(w); ok {
		if mt, ok := next(1); ok {
			if m, ok := p.months[mt.low]; ok {
				if yt, ok := next(2); ok {
					if y, ok := atoi(yt.low); ok && validYear(y) {
						if v, ok := mkDate(y, m, d); ok {
							return dateHit{value: v, absolute: true, words: t.raw + " " + mt.raw + " " + yt.raw}, 3, true
						}
					}
				}
				if !ref.IsZero() {
					if v, ok := dayOnOrBefore(ref, m, d); ok {
						return dateHit{value: v, words: t.raw + " " + mt.raw}, 2, true
					}
				}
			}
		}
	}
	// Month names: "June 25, 2023", "Februari 2022", "June 25".
	if m, ok := dw.month, dw.isMonth; ok && (t.cap || len(w) > 3) {
		// Short forms ("mar", "may", "des") only when capitalized.
		if len(w) <= 3 && !t.cap {
			return dateHit{}, 0, false
		}
		if w == "may" && !t.cap {
			return dateHit{}, 0, false
		}
		dot := 0 // "Dec. 3": the abbreviation's dot
		if dt, ok := next(1); ok && dt.raw == "." && len(w) <= 4 && t.cap {
			dot = 1
		}
		if dt, ok := next(1 + dot); ok {
			if d, ok := dayOrRange(strings.TrimSuffix(dt.low, ",")); ok {
				k := 2 + dot
				if ct, ok := next(k); ok && ct.low == "," {
					k++
				}
				if yt, ok := next(k); ok {
					if y, ok := atoi(yt.low); ok && validYear(y) {
						if v, ok := mkDate(y, m, d); ok {
							return dateHit{value: v, absolute: true, words: t.raw + " " + dt.raw + ", " + yt.raw}, k + 1, true
						}
					}
				}
				if !ref.IsZero() && t.cap {
					if v, ok := dayOnOrBefore(ref, m, d); ok && v != "" {
						return dateHit{value: v, words: t.raw + " " + dt.raw}, 2 + dot, true
					}
				}
			}
			if y, ok := atoi(dt.low); ok && validYear(y) && len(dt.low) == 4 {
				return dateHit{value: fmt.Sprintf("%04d-%02d", y, m), absolute: true, words: t.raw + " " + dt.raw}, 2 + dot, true
			}
		}
		if h, n, ok := p.monthAlone(toks, i, m, ref); ok || n > 0 {
			return h, n, ok
		}
	}
	if h, n, ok := p.relativeAt(toks, i, ref, w, dw, lw, flagged); ok || n > 0 {
		return h, n, ok
	}
	// A weekday ("Minggu", "on Sunday"): the last such day on or before
	// the article date. Capitalized only: "minggu" is also "week".
	if wd, ok := dw.weekday, dw.isWeekday; ok && t.cap {
		if i+1 < len(toks) && toks[i+1].raw == "(" {
			return dateHit{}, 0, false // "Minggu (25/6/2023)": the date in brackets wins
		}
		// The key in a stack buffer, as above; of flagged tokens, only
		// when the third word is a key's second word (l2RelSecond).
		var kb [48]byte
		if i+2 < len(toks) && (!flagged || toks[i+2].lx2&l2RelSecond != 0) && p.relPeriods[string(append(append(append(kb[:0], toks[i+1].low...), ' '), toks[i+2].low...))] == "-1w" {
			// "Kamis pekan lalu", "Thursday last week": that day of the
			// week (Monday to Sunday) before the article's.
			if ref.IsZero() {
				return dateHit{}, 3, false
			}
			last := ref.AddDate(0, 0, -7)
			monday := last.AddDate(0, 0, -(int(last.Weekday())+6)%7)
			return dateHit{value: isoDay(monday.AddDate(0, 0, (wd+6)%7)), words: joinRaw(toks[i : i+3])}, 3, true
		}
		if ref.IsZero() {
			return dateHit{}, 1, false
		}
		back := (int(ref.Weekday()) - wd + 7) % 7
		if back == 0 && (i > 0 && p.dw.pastWeekday[toks[i-1].low] || i+1 < len(toks) && p.dw.pastWeekday[toks[i+1].low]) {
			back = 7 // "last Thursday" in a Thursday's article
		}
		return dateHit{value: isoDayShift(ref, -back), words: t.raw}, 1, true
	}
	// "tahun 2022", "in 2022", "sejak 2022"
	if y, ok := atoi(w); ok && len(w) == 4 && validYear(y) && i > 0 {
		prev := toks[i-1].low
		if p.yearWords[prev] || p.since[prev] || p.dw.yearPreps[prev] {
			return dateHit{value: w, absolute: true, words: t.raw}, 1, true
		}
	}
	if y, ok := p.oldYear(toks, i); ok {
		return dateHit{value: strconv.Itoa(y), absolute: true, words: t.raw}, 1, true
	}
	return dateHit{}, 0, false
}

// relativeAt is the part of dateAtWord that reads a time told relative
// to the article's or to another time at toks[i] (w is the word, maybe
// without the dot of "Dec.", dw its record, lw the record of toks[i].low):
// anchored phrases, another calendar, relative periods and days, counts
// ago. Every hit or span it returns ends dateAtWord (ok or n > 0).
// sentenceDate calls it alone for a word of dateWord.wordOnly, which
// nothing else of dateAtWord reads. flagged is dateAtWord's: the tokens
// carry their lexical flags (sentenceDate's do, dateAt's do not).
func (p *pack) relativeAt(toks []token, i int, ref time.Time, w string, dw, lw *dateWord, flagged bool) (dateHit, int, bool) {
	t := &toks[i]
	// Times told from another time or in another calendar ("a day
	// earlier", "keesokan harinya", "10 Muharram").
	if h, n, ok := p.anchoredAt(toks, i, lw); ok {
		return h, n, ok
	}
	if h, n, ok := p.otherCalendarAt(toks, i, lw); ok {
		return h, n, ok
	}
	// Relative periods and days ("pekan lalu", "last week", "kemarin").
	if per, ok := dw.relPeriod, dw.isRelPeriod; ok { // one word: "overnight"
		if ref.IsZero() {
			return dateHit{}, 1, false
		}
		return dateHit{value: shift(ref, per), future: per[0] >= '1' && per[0] <= '9', words: t.raw}, 1, true
	}
	// A token of sentenceDate (flagged) has its lexical flags: one that is
	// no key's second word (l2RelSecond) is no two-word key's, and the
	// maps are not read. dateAt's tokens (simpleTokens) have no flags, so
	// for them the maps are read.
	if i+1 < len(toks) && dw.relFirst && (!flagged || toks[i+1].lx2&l2RelSecond != 0) && !(dw.isWeekday && t.cap && i > 0) { // (a capitalized weekday inside the sentence is the day: "menyerang Minggu lalu" is last Sunday)
		// The two words as a key in a stack buffer: a map look-up with
		// string(two) builds no string.
		var kb [48]byte
		two := append(append(append(kb[:0], w...), ' '), toks[i+1].low...)
		if per, ok := p.relPeriods[string(two)]; ok {
			if ref.IsZero() {
				return dateHit{}, 2, false
			}
			return dateHit{value: shift(ref, per), future: per[0] >= '1' && per[0] <= '9', words: t.raw + " " + toks[i+1].raw}, 2, true
		}
		if off, ok := p.relDays[string(two)]; ok {
			if ref.IsZero() {
				return dateHit{}, 2, false
			}
			return dateHit{value: isoDayShift(ref, off), words: t.raw + " " + toks[i+1].raw}, 2, true
		}
	}
	// A count of days, weeks, months or years ago ("dua hari lalu", "3
	// weeks ago"), or after another time ("two days later"). (countAgo
	// reads only a unit count, a count word or a number of up to two
	// digits: its first tests, before the call.)
	if lw.isUnitCount || lw.isCount || len(t.low) <= 2 && allDigits(t.low) {
		if h, n, ok := p.countAgo(toks, i, ref, lw); ok || n > 0 {
			return h, n, ok
		}
	}
	if off, ok := dw.relDay, dw.isRelDay; ok {
		if ref.IsZero() {
			return dateHit{}, 1, false
		}
		return dateHit{value: isoDayShift(ref, off), words: t.raw}, 1, true
	}
	return dateHit{}, 0, false
}

// oldYear reads a year before 1900 at toks[i], which validYear leaves to
// counts: "pada 1628", "in 1804", "tahun 1755 membagi", or a range of
// such years by its first ("perang 1870-1871"). A lone number needs a
// year word before it, or "pada"/"in"/"since" before it and nothing
// after it that a count would have (a lower-case noun: "in 1500
// villages"); "of" before it is a count's ("a force of 1500").
func (p *pack) oldYear(toks []token, i int) (int, bool) {
	w := toks[i].low
	if w == "" || w[0] != '1' || len(w) != 4 && len(w) != 9 && len(w) != 11 {
		return 0, false // (no year from 1000 to 1899, nor a range of two: before atoi, whose errors allocate)
	}
	if a, b, ok := cutRange(w); ok {
		if len(a) != 4 || len(b) != 4 {
			return 0, false
		}
		y, ok1 := atoi(a)
		z, ok2 := atoi(b)
		return y, ok1 && ok2 && y >= 1000 && y < 1900 && z > y && z < 1900
	}
	y, ok := atoi(w)
	if !ok || len(w) != 4 || y < 1000 || y >= 1900 || i == 0 {
		return 0, false
	}
	prev := toks[i-1].low
	if p.yearWords[prev] {
		return y, true
	}
	if !p.since[prev] && prev != "in" && prev != "pada" {
		return 0, false
	}
	if i+1 == len(toks) {
		return y, true
	}
	n := toks[i+1]
	return y, n.punct || n.cap || p.coord[n.low] || p.clauseBreaks[n.low]
}

// cutRange splits "1870-1871" or "1870–1871" at its dash.
func cutRange(w string) (string, string, bool) {
	if a, b, ok := strings.Cut(w, "-"); ok {
		return a, b, true
	}
	return strings.Cut(w, "–")
}

// pastEra reports whether toks[i] names a century or a decade that ended
// before the article's year ("abad ke-19", "the 19th century", "awal
// 1990-an", "the 1990s"): the sentence is set in a time with no date of
// its own, and its events take neither the article's date nor a year
// read from the decade. Without an article date nothing is past, and an
// era after "sejak"/"since" within three words ("the worst since the
// early 1990s") measures today's event against the past.
// lw is the record of toks[i].low.
func (p *pack) pastEra(toks []token, i int, ref time.Time, lw *dateWord) bool {
	if ref.IsZero() || !p.eraAt(toks, i, ref, lw) {
		return false
	}
	for k := max(0, i-3); k < i; k++ {
		if p.since[toks[k].low] {
			return false
		}
	}
	return true
}

// eraAt reports whether toks[i] names a century or a decade that ended
// before the year of ref. (The year is read only for a century or a
// decade: most tokens asked about are neither.)
// lw is the record of toks[i].low.
func (p *pack) eraAt(toks []token, i int, ref time.Time, lw *dateWord) bool {
	w := toks[i].low
	if w == "" {
		return false
	}
	next := ""
	if i+1 < len(toks) {
		next = toks[i+1].low
	}
	if lw.century { // "abad ke-19", "abad 19"
		num := strings.TrimPrefix(next, "ke-")
		if num == "" || num[0] < '0' || num[0] > '9' {
			return false // "abad ini"
		}
		n, ok := atoi(num)
		return ok && n >= 1 && n*100 < ref.Year()
	}
	if w[0] < '0' || w[0] > '9' {
		return false
	}
	if p.centuryWords[next] && len(w) > 2 { // "19th century"
		n, ok := atoi(w[:len(w)-2])
		return ok && n >= 1 && isOrdinalSuffix(w[len(w)-2:]) && n*100 < ref.Year()
	}
	for _, suf := range p.decadeSuffixes {
		d, ok := strings.CutSuffix(w, suf)
		if !ok || len(d) != 4 || d[3] != '0' {
			continue
		}
		if y, ok := atoi(d); ok && y+9 < ref.Year() {
			return true
		}
	}
	return false
}

// isOrdinalSuffix reports whether s ends an English ordinal number.
func isOrdinalSuffix(s string) bool {
	return s == "st" || s == "nd" || s == "rd" || s == "th"
}

// shift is a relative period ("-1w", "0m", "1y", "0e" for the weekend,
// "0n" for the night before) from ref, at the finest precision that holds
// all of it: a week is Monday to Sunday, this week only up to ref; ""
// (unknown) when it spans a new year.
func shift(ref time.Time, per string) string {
	if len(per) < 2 {
		return isoDay(ref)
	}
	n, _ := strconv.Atoi(per[:len(per)-1])
	switch per[len(per)-1] {
	case 'w':
		if n == 0 {
			return weekValue(ref, ref)
		}
		return weekValue(ref.AddDate(0, 0, 7*n), time.Time{})
	case 'm':
		return time.Date(ref.Year(), ref.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC).Format("2006-01")
	case 'y':
		return strconv.Itoa(ref.Year() + n)
	case 'e':
		return weekendValue(ref, n)
	case 'n':
		return spanValue(ref.AddDate(0, 0, -1), ref)
	}
	return isoDay(ref)
}

// nextDateWord is the index of the first token of toks from i on that
// sentenceDate passes to its rules, or len(toks): what dateAt rejects
// first, without its map look-up, is a word that is not a number and
// cannot start a date (toks are sentence tokens, whose lexical flags are
// set). Most tokens are such; a loop of its own, with no call in it,
// keeps its index in a register (sentenceDate's loop, with calls, kept
// it on the stack).
//
//go:noinline
func nextDateWord(toks []token, i int) int {
	for ; i < len(toks); i++ {
		t := &toks[i]
		w := t.low
		if w == "" {
			continue
		}
		// (the punctuation mark last: few tokens get that far)
		if (w[0]-'0' <= 9 || t.lx&lxDateFirst != 0 || hasYearTail(w)) && !t.punct {
			return i
		}
	}
	return i
}

// sentenceDate returns the first date expression of a sentence among the
// tokens whose quote flag is in (all of them when quote is nil); a
// century or decade of the past (pastEra) is one without a value.
func (p *pack) sentenceDate(toks []token, ref time.Time, quote []bool, in bool) (dateHit, bool) {
	var weak, since dateHit
	unresolved := false
	for i := 0; i < len(toks); i++ {
		if i = nextDateWord(toks, i); i == len(toks) {
			break
		}
		if quote != nil && i < len(quote) && quote[i] != in {
			continue
		}
		lw := &p.noDateWord // (pastEra's and dateAt's look-up, for a word that has a record)
		if toks[i].lx2&l2DateWord != 0 {
			lw = p.dateWordOf(toks[i].low)
		}
		var h dateHit
		var n int
		var ok bool
		if lw.wordOnly {
			// "the", "a", "dua", "kemarin": only relativeAt reads them
			// (and pastEra does not).
			h, n, ok = p.relativeAt(toks, i, ref, toks[i].low, lw, lw, true)
		} else {
			// pastEra is false for a word that starts with no digit and
			// is no century word (eraAt's first tests).
			if w0 := toks[i].low[0]; (lw.century || w0 >= '0' && w0 <= '9') && p.pastEra(toks, i, ref, lw) {
				return dateHit{words: toks[i].raw}, true
			}
			h, n, ok = p.dateAtWord(toks, i, ref, lw)
		}
		if ok && h.weak {
			// Told from another time, or a duration: only when no date
			// follows ("sehari sebelumnya, Kamis (4/12/2025)").
			if !weak.weak {
				weak = h
			}
			i += n - 1
			continue
		}
		if ok && i > 0 && toks[i-1].lx2&l2Since != 0 && p.since[toks[i-1].low] { // (the flag before the look-up: sentence tokens have theirs)
			// "sejak 2019", "since 2008": the start of a state or a
			// span, the event's date only when the sentence has no other
			// ("Indonesia, yang menjadi anggota Dewan HAM sejak 2019,
			// mengecam Israel kemarin" is dated kemarin).
			if !since.since {
				h.since = true
				since = h
			}
			i += n - 1
			continue
		}
		if ok && since.since && p.dw.rangeWords[toks[i-1].low] {
			// "sejak 2014 hingga Februari 2022": the span's end, not
			// another time.
			i += n - 1
			continue
		}
		if ok {
			return h, true
		}
		if n > 0 {
			// A relative date with no day to tell it from (an article
			// dated by its year alone): the sentence's date is unknown,
			// not the article's.
			unresolved = unresolved || ref.IsZero()
			i += n - 1
		}
	}
	if since.since && !unresolved {
		return since, true
	}
	if !weak.weak && unresolved {
		return dateHit{weak: true}, true
	}
	return weak, weak.weak
}

// publicationDate sets the article's date and the reference date of
// relative expressions. The publication date comes only from metadata
// (Input.Published, or Options.Published for articles without), the
// dateline ("JAKARTA, 25/6/2023 (ANTARA) -") or a publication line near
// the top: a line that holds nothing but a date, with an optional label
// and time ("Friday, August 21, 2015", "Senin, 26 Juni 2023 10:15 WIB",
// "Published: 2023-06-25"). A year or a month alone does not date an
// article, nor does any date in a sentence. Otherwise the date is unknown
// (Published stays empty) and relative dates are not resolved.
func (r *run) publicationDate(doc *facts.Document) {
	if doc.Article.Published == "" {
		if d, ok := r.datelineDate(); ok {
			doc.Article.Published = d
		} else if d, ok := r.publicationLine(); ok {
			doc.Article.Published = d
		}
	}
	if doc.Article.Published == "" {
		return
	}
	if t, err := parseISO(doc.Article.Published); err == nil {
		r.refStr = doc.Article.Published
		if len(r.refStr) > 10 {
			r.refStr = r.refStr[:10]
		}
		if len(r.refStr) == 10 {
			// A year or a month alone ("2025") dates the article at that
			// precision, but no relative date resolves against it: the
			// day before 1 January is not "kemarin" of an article of 2025.
			r.ref = t
		}
	}
}

// datelineDate reads a full date (day, month and year) in the dateline.
func (r *run) datelineDate() (string, bool) {
	if r.c.datelineEnd == 0 {
		return "", false
	}
	return r.fullDate(r.text[r.c.datelineStart:r.c.datelineEnd])
}

// publicationLine looks at the first lines of the text for a line that is
// only a full date (see publicationDate). A line labelled as an update
// ("Updated: …", "Diperbarui …") gives way to a publication line after it.
func (r *run) publicationLine() (string, bool) {
	text := r.text
	updated := ""
	for n, start := 0, 0; n < 6 && start < len(text); n++ {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		// (Markdown emphasis and heading marks around the line do not
		// count: "*Diterbitkan Senin, 1 Des 2025 10:00 WIB*".)
		line := strings.Trim(strings.TrimSpace(text[start:end]), "*_#> ")
		start = end + 1
		if line == "" || len(line) > 80 {
			continue
		}
		d, ok := r.fullDate(line)
		if !ok || !r.onlyWhen(line) {
			continue
		}
		if !r.updateLine(line) {
			return d, true
		}
		if updated == "" {
			updated = d
		}
	}
	return updated, updated != ""
}

// onlyWhen reports whether every word of a line but its date is a weekday,
// a month, a number, a time or a label, or, first, the outlet's web
// address ("Kompas.com - 05/12/2025, 08:15 WIB"): the line says nothing
// but when.
func (r *run) onlyWhen(line string) bool {
	for k, t := range simpleTokens(line) {
		w := strings.Trim(t.low, ":|.-–—")
		if t.punct || w == "" || w[0] >= '0' && w[0] <= '9' || r.x.common.pubLabels[w] || r.p.months[w] != 0 || r.p.dateFirst[w] {
			continue
		}
		if _, ok := r.p.weekdays[w]; ok {
			continue
		}
		if k == 0 && webAddress(w) || r.weekdayAbbreviation(w) {
			continue
		}
		return false
	}
	return true
}

// weekdayAbbreviation reports whether w is the first three or more letters
// of a weekday's name ("sat", "thu"), which only a publication line may
// stand for the weekday ("The Sun" in a sentence is no Sunday).
func (r *run) weekdayAbbreviation(w string) bool {
	if len(w) < 3 {
		return false
	}
	for name := range r.p.weekdays {
		if strings.HasPrefix(name, w) {
			return true
		}
	}
	return false
}

// updateLine reports whether a publication line opens with an update
// label ("Updated", "Last updated", "Diperbarui").
func (r *run) updateLine(line string) bool {
	for _, t := range simpleTokens(line) {
		w := strings.Trim(t.low, ":|.-–—")
		if w == "" || t.punct {
			continue
		}
		if r.x.common.updateLabels[w] {
			return true
		}
		if !r.x.common.pubLabels[w] {
			return false
		}
	}
	return false
}

// webAddress reports whether w is a host name ending in a top-level domain
// of letters ("kompas.com", "tempo.co", "cnnindonesia.com").
func webAddress(w string) bool {
	k := strings.LastIndexByte(w, '.')
	if k <= 0 || len(w)-k-1 < 2 || len(w)-k-1 > 4 {
		return false
	}
	for _, c := range w[k+1:] {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// fullDate returns the first date of s that names a day (YYYY-MM-DD).
func (r *run) fullDate(s string) (string, bool) {
	toks := simpleTokens(s)
	for i := range toks {
		h, _, ok := r.p.dateAt(toks, i, time.Time{})
		if ok && h.absolute && len(h.value) == 10 {
			return h.value, true
		}
	}
	return "", false
}

// afterDay reports whether date (YYYY, YYYY-MM or YYYY-MM-DD) lies wholly
// after the day ref (YYYY-MM-DD); false when either is unknown.
func afterDay(date, ref string) bool {
	if date == "" || ref == "" {
		return false
	}
	k := min(len(date), len(ref))
	return date[:k] > ref[:k]
}
