package extract

import (
	"strings"
	"time"
)

// dateWordsJSON are the keys of lang/<code>.json that the date rules of
// this file read (the second date grid, dategrid2_test.go).
type dateWordsJSON struct {
	// AgoUnits are the units after a count ("dua pekan lalu", "three
	// months ago"): d, w, m or y.
	AgoUnits map[string]string `json:"ago_units"`
	// AgoWords after a count and a unit date back from the article date
	// ("lalu", "yang lalu", "ago"); AnchoredWords date from another time
	// the text told before ("dua hari kemudian", "a day earlier"), which
	// this reader does not track: the date is unknown.
	AgoWords      []string `json:"ago_words"`
	AnchoredWords []string `json:"anchored_words"`
	// UnitCounts are one word for a count and a unit ("sehari": "1d").
	UnitCounts map[string]string `json:"unit_counts"`
	// Anchored are phrases of a time told relative to another one ("the
	// previous day", "keesokan harinya"): the date is unknown.
	Anchored []string `json:"anchored"`
	// YearPreps are the words before a year or a month alone that make it
	// the time of the event ("awal 2024", "in late November", "dari 2014").
	YearPreps []string `json:"year_preps"`
	// DurationPreps before a count and a unit, with a word of RecentWords
	// before the count or after the unit, make a duration up to the
	// article date ("selama dua hari terakhir", "dalam 24 jam terakhir",
	// "for the past two days"). Without one it is no time of the event:
	// "dipenjara selama lima tahun", "jailed for ten years", "dalam 24
	// jam" (within the next day). A duration dates the event at the
	// precision that holds all of it unless the sentence has a date.
	DurationPreps []string `json:"duration_preps"`
	RecentWords   []string `json:"recent_words"`
	// DurationFillers may stand between the preposition and the count
	// ("for the past two days").
	DurationFillers []string `json:"duration_fillers"`
	// RangeWords join two months of a range ("Januari dan Maret 2024").
	RangeWords []string `json:"range_words"`
	// OtherCalendar are words of the Hijri and Javanese calendars and of
	// feasts dated by them ("Muharram", "Suro", "Ramadan", "Eid"); after a
	// number or a word of CalendarPreps they name a time this reader does
	// not convert: the date is unknown, not the article's.
	OtherCalendar []string `json:"other_calendar"`
	CalendarPreps []string `json:"calendar_preps"`
	// PastWeekday are the words that put a weekday in the past ("last
	// Thursday", "Kamis lalu"): in an article of that weekday they name
	// the day a week before, not the article's day.
	PastWeekday []string `json:"past_weekday"`
}

// dateWords is dateWordsJSON compiled.
type dateWords struct {
	agoUnits      map[string]byte
	agoWords      [][]string
	anchoredWords set
	unitCounts    map[string]string
	anchored      map[string][][]string // by first word
	yearPreps     set
	durationPreps set
	recentWords   set
	fillers       set
	rangeWords    set
	otherCalendar set
	calendarPreps set
	pastWeekday   set
}

func compileDateWords(j dateWordsJSON) dateWords {
	d := dateWords{agoUnits: map[string]byte{}, anchored: map[string][][]string{}, anchoredWords: mkset(j.AnchoredWords), unitCounts: j.UnitCounts,
		yearPreps:     mkset(j.YearPreps),
		durationPreps: mkset(j.DurationPreps), recentWords: mkset(j.RecentWords), fillers: mkset(j.DurationFillers), rangeWords: mkset(j.RangeWords), otherCalendar: mkset(j.OtherCalendar), calendarPreps: mkset(j.CalendarPreps), pastWeekday: mkset(j.PastWeekday)}
	for k, v := range j.AgoUnits {
		if v != "" {
			d.agoUnits[k] = v[0]
		}
	}
	for _, a := range j.AgoWords {
		d.agoWords = append(d.agoWords, strings.Fields(strings.ToLower(a)))
	}
	for _, a := range j.Anchored {
		if f := strings.Fields(strings.ToLower(a)); len(f) > 0 {
			d.anchored[f[0]] = append(d.anchored[f[0]], f)
		}
	}
	return d
}

// firstWords are the words that can start the expressions of this file,
// for the pack's dateFirst set.
func (d *dateWords) firstWords() []string {
	var out []string
	for k := range d.unitCounts {
		out = append(out, k)
	}
	for k := range d.anchored {
		out = append(out, k)
	}
	for k := range d.otherCalendar {
		out = append(out, k)
	}
	return out
}

// dateWord is what the maps that dateAt reads a word up in hold of one
// word. Most words dateAt is asked about are in dateFirst and start no
// date ("the", "a", "that", "dua", "hari": first words of longer
// expressions and counts), and dateAt read each of them in up to ten maps
// (months, weekdays, relative periods and days, anchored, other calendar,
// unit counts, counts; eraAt: centuries); one record per word answers
// them all with one look-up (TestDateWords compares it with the maps).
type dateWord struct {
	first                                 bool // dateFirst
	month, weekday, relDay, count         int
	isMonth, isWeekday, isRelDay, isCount bool
	relPeriod, unitCount                  string
	isRelPeriod, isUnitCount              bool
	relFirst, otherCalendar, century      bool
	anchored                              [][]string
	// wordOnly: a word of dateFirst that only relativeAt reads (no
	// number, month, weekday or century: "the", "a", "two", "dua",
	// "kemarin"), so sentenceDate asks relativeAt alone, without pastEra
	// and the rest of dateAtWord: such words are about half of the ~29
	// words an article that sentenceDate passes on (see wordOnlyWord).
	wordOnly bool
	// anchoredNext has wordBit of the second word of every phrase of
	// anchored (all bits for a phrase of one word): anchoredAt compares
	// the phrases only when the next token's bit is set. "the" has nine
	// phrases and is followed by one of their second words about once
	// in ten.
	anchoredNext uint64
}

// wordBit is one of 64 bits for w, from its length and first byte.
func wordBit(w string) uint64 {
	if w == "" {
		return 1
	}
	return 1 << ((uint(len(w))*8 + uint(w[0])) & 63)
}

// newDateWords builds the record of every key of the maps dateWord
// gathers.
func (p *pack) newDateWords() map[string]*dateWord {
	out := map[string]*dateWord{}
	at := func(w string) *dateWord {
		d := out[w]
		if d == nil {
			d = &dateWord{}
			out[w] = d
		}
		return d
	}
	for w := range p.dateFirst {
		at(w).first = true
	}
	for w, m := range p.months {
		at(w).month, at(w).isMonth = m, true
	}
	for w, d := range p.weekdays {
		at(w).weekday, at(w).isWeekday = d, true
	}
	for w, off := range p.relDays {
		at(w).relDay, at(w).isRelDay = off, true
	}
	for w, c := range p.countWords {
		at(w).count, at(w).isCount = c, true
	}
	for w, per := range p.relPeriods {
		at(w).relPeriod, at(w).isRelPeriod = per, true
	}
	for w, cu := range p.dw.unitCounts {
		at(w).unitCount, at(w).isUnitCount = cu, true
	}
	for w := range p.relFirst {
		at(w).relFirst = true
	}
	for w := range p.dw.otherCalendar {
		at(w).otherCalendar = true
	}
	for w := range p.centuryWords {
		at(w).century = true
	}
	for w, seqs := range p.dw.anchored {
		at(w).anchored = seqs
	}
	for w, d := range out {
		d.wordOnly = wordOnlyWord(w, d)
		for _, seq := range d.anchored {
			if len(seq) < 2 {
				d.anchoredNext = ^uint64(0)
			} else {
				d.anchoredNext |= wordBit(seq[1])
			}
		}
	}
	return out
}

// wordOnlyWord reports whether dateAtWord reads at a word with record d
// nothing but what relativeAt reads: the word is of dateFirst (else
// dateAtWord reads nothing), starts with no digit (dayOrRange, the ISO
// date, years and pastEra's decades read only those), has no slash (a
// slashed word ends dateAtWord) nor a final dot ("Dec.") nor a year tail
// ("mid-2024"), and is no month, weekday or century word (pastEra).
// TestSentenceDateFastPaths42 compares the fast path with dateAtWord.
func wordOnlyWord(w string, d *dateWord) bool {
	if w == "" || w[0] >= '0' && w[0] <= '9' || strings.ContainsAny(w, "/.") || hasYearTail(w) {
		return false
	}
	return d.first && !d.isMonth && !d.isWeekday && !d.century
}

// dateWordOf is the record of w (p.noDateWord, all false, when it has
// none).
func (p *pack) dateWordOf(w string) *dateWord {
	if d := p.dateWords[w]; d != nil {
		return d
	}
	return &p.noDateWord
}

// countAgo reads a count, a unit and an ago or anchored word at toks[i]
// ("tiga bulan lalu", "two weeks ago", "sehari sebelumnya", "a day
// earlier"). A time dated from the article date resolves against ref; one
// dated from another time (anchored) is unknown.
// dw is the record of toks[i].low.
func (p *pack) countAgo(toks []token, i int, ref time.Time, dw *dateWord) (dateHit, int, bool) {
	w := toks[i].low
	n, unit, j := 0, byte(0), i+1
	if cu, ok := dw.unitCount, dw.isUnitCount; ok && len(cu) >= 2 {
		n, _ = atoi(cu[:len(cu)-1])
		unit = cu[len(cu)-1]
	} else {
		c, ok := dw.count, dw.isCount
		if !ok {
			if len(w) > 2 || !allDigits(w) {
				return dateHit{}, 0, false
			}
			c, _ = atoi(w)
		}
		if j >= len(toks) {
			return dateHit{}, 0, false
		}
		u, ok := p.dw.agoUnits[toks[j].low]
		if !ok {
			return dateHit{}, 0, false
		}
		n, unit, j = c, u, j+1
	}
	if n <= 0 {
		return dateHit{}, 0, false
	}
	if h, span, ok := p.duration(toks, i, j, n, unit, ref); ok {
		return h, span, true
	}
	if j >= len(toks) {
		return dateHit{}, 0, false
	}
	if p.dw.anchoredWords[toks[j].low] {
		return dateHit{weak: true}, j + 1 - i, true
	}
	for _, seq := range p.dw.agoWords {
		if !matchPhrase(toks, j, seq) {
			continue
		}
		span := j + len(seq) - i
		if ref.IsZero() {
			return dateHit{}, span, false
		}
		return dateHit{value: agoValue(ref, n, unit), words: joinRaw(toks[i : i+span])}, span, true
	}
	return dateHit{}, 0, false
}

// duration reads a count and a unit at toks[i:j] as a duration up to ref
// ("dalam 24 jam terakhir", "for the past two days"; see DurationPreps):
// a weak hit, which a date elsewhere in the sentence overrides, at the
// precision that holds the whole span (unknown without ref).
func (p *pack) duration(toks []token, i, j, n int, unit byte, ref time.Time) (dateHit, int, bool) {
	recent, k := false, i-1
	for k >= 0 && (p.dw.recentWords[toks[k].low] || p.dw.fillers[toks[k].low]) {
		recent = recent || p.dw.recentWords[toks[k].low]
		k--
	}
	span := j - i
	if j < len(toks) && p.dw.recentWords[toks[j].low] {
		recent = true
		span++
	}
	if k < 0 || !recent || !p.dw.durationPreps[toks[k].low] {
		return dateHit{}, 0, false
	}
	if ref.IsZero() {
		return dateHit{weak: true}, span, true
	}
	var from time.Time
	switch unit {
	case 'h':
		from = ref.AddDate(0, 0, -(n+23)/24)
	case 'w':
		from = ref.AddDate(0, 0, -7*n)
	case 'm':
		from = ref.AddDate(0, -n, 0)
	case 'y':
		from = ref.AddDate(-n, 0, 0)
	default:
		from = ref.AddDate(0, 0, -n)
	}
	return dateHit{value: spanValue(from, ref), weak: true, words: joinRaw(toks[k : i+span])}, span, true
}

// agoValue is the time n units before ref at the unit's precision; n weeks
// ago is the week (Monday to Sunday) that holds that day, at the finest
// precision that holds the whole week.
func agoValue(ref time.Time, n int, unit byte) string {
	switch unit {
	case 'w':
		return weekValue(ref.AddDate(0, 0, -7*n), time.Time{})
	case 'm':
		return time.Date(ref.Year(), ref.Month()-time.Month(n), 1, 0, 0, 0, 0, time.UTC).Format("2006-01")
	case 'y':
		return itoa4(ref.Year() - n)
	case 'h':
		return spanValue(ref.AddDate(0, 0, -(n+23)/24), ref)
	}
	return isoDay(ref.AddDate(0, 0, -n))
}

// itoa4 writes year y with four digits ("0987").
func itoa4(y int) string { return isoDate(y, 1, 1)[:4] }

// anchoredAt reads a phrase of a time told relative to another one at
// toks[i] ("the previous day").
// dw is the record of toks[i].low.
// Every phrase of dw.anchored starts with toks[i].low (dw is its record,
// keyed by the phrases' first word), so only the words after the first
// are compared.
func (p *pack) anchoredAt(toks []token, i int, dw *dateWord) (dateHit, int, bool) {
	if i+1 < len(toks) && dw.anchoredNext&wordBit(toks[i+1].low) == 0 {
		return dateHit{}, 0, false // (no phrase's second word: most words after "the")
	}
	for _, seq := range dw.anchored {
		if matchAfterFirst(toks, i, seq) {
			return dateHit{weak: true}, len(seq), true
		}
	}
	return dateHit{}, 0, false
}

// matchAfterFirst is matchPhrase for a phrase whose first word is known
// to be toks[i].low.
func matchAfterFirst(toks []token, i int, seq []string) bool {
	if i+len(seq) > len(toks) {
		return false
	}
	for k := 1; k < len(seq); k++ {
		if toks[i+k].low != seq[k] {
			return false
		}
	}
	return true
}

// otherCalendarAt reads a word of another calendar after a number or a
// calendar preposition ("10 Muharram", "bulan Ramadan", "during Ramadan").
// dw is the record of toks[i].low.
func (p *pack) otherCalendarAt(toks []token, i int, dw *dateWord) (dateHit, int, bool) {
	if !dw.otherCalendar || i == 0 {
		return dateHit{}, 0, false
	}
	prev := toks[i-1].low
	if allDigits(prev) || p.dw.calendarPreps[prev] || p.dw.yearPreps[prev] {
		return dateHit{weak: true}, 1, true
	}
	return dateHit{}, 0, false
}

// monthAlone reads a month without a day or a year after a year
// preposition or before an ago word ("pada Desember", "Oktober lalu", "in
// late November"): the last such month on or before ref; a range of months
// that ends with a year is that year ("antara Januari dan Maret 2024").
func (p *pack) monthAlone(toks []token, i, m int, ref time.Time) (dateHit, int, bool) {
	if i == 0 || !toks[i].cap {
		return dateHit{}, 0, false
	}
	if i+1 < len(toks) && toks[i+1].cap && p.months[toks[i+1].low] == 0 {
		return dateHit{}, 0, false // a given name before a surname: "from April Ryan"
	}
	after := false
	for _, seq := range p.dw.agoWords {
		after = after || matchPhrase(toks, i+1, seq)
	}
	if !p.dw.yearPreps[toks[i-1].low] && !after {
		return dateHit{}, 0, false
	}
	if i+3 < len(toks) && p.dw.rangeWords[toks[i+1].low] && p.months[toks[i+2].low] != 0 {
		if y, ok := atoi(toks[i+3].low); ok && validYear(y) && len(toks[i+3].low) == 4 {
			return dateHit{value: toks[i+3].low, absolute: true, words: joinRaw(toks[i : i+4])}, 4, true
		}
	}
	if ref.IsZero() {
		return dateHit{}, 1, false
	}
	y := ref.Year()
	if time.Month(m) > ref.Month() {
		y--
	}
	return dateHit{value: isoDate(y, m, 1)[:7], words: toks[i].raw}, 1, true
}

// yearAfterPrefix reads a year joined to a year preposition ("mid-2024").
func (p *pack) yearAfterPrefix(w string) (string, bool) {
	pre, y, ok := strings.Cut(w, "-")
	if !ok || len(y) != 4 || !p.dw.yearPreps[pre] {
		return "", false
	}
	if n, ok := atoi(y); allDigits(y) && ok && validYear(n) {
		return y, true
	}
	return "", false
}

// hasYearTail is a cheap test for words like "mid-2024" that sentenceDate
// passes to dateAt although they start with no date word.
func hasYearTail(w string) bool {
	n := len(w)
	return n > 5 && w[n-5] == '-' && w[n-1] >= '0' && w[n-1] <= '9' && w[n-4] >= '0' && w[n-4] <= '9'
}

// weekValue is the week (Monday to Sunday) that holds day, up to end when
// end is set (this week, so far), at the finest precision that holds it
// all.
func weekValue(day, end time.Time) string {
	start := day.AddDate(0, 0, -(int(day.Weekday())+6)%7)
	stop := start.AddDate(0, 0, 6)
	if !end.IsZero() && end.Before(stop) {
		stop = end
	}
	return spanValue(start, stop)
}

// weekendValue is the last weekend (Saturday and Sunday) on or before ref,
// or the next one after it when n > 0.
func weekendValue(ref time.Time, n int) string {
	sat := ref.AddDate(0, 0, -(int(ref.Weekday())+1)%7)
	if n > 0 {
		sat = sat.AddDate(0, 0, 7)
	}
	sun := sat.AddDate(0, 0, 1)
	if n <= 0 && sun.After(ref) {
		sun = ref
	}
	return spanValue(sat, sun)
}

// spanValue is the finest ISO 8601 precision that holds both days: the day,
// the month, the year, or "" (unknown) across a new year.
func spanValue(a, b time.Time) string {
	y1, m1, d1 := a.Date()
	y2, m2, d2 := b.Date()
	switch {
	case y1 != y2:
		return ""
	case m1 != m2:
		return itoa4(y1)
	case d1 != d2:
		return isoDate(y1, int(m1), 1)[:7]
	}
	return isoDate(y1, int(m1), d1)
}

// allDigits reports whether w is a non-empty run of ASCII digits (atoi
// allocates an error for anything else).
func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

func joinRaw(toks []token) string {
	var b strings.Builder
	for k, t := range toks {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.raw)
	}
	return b.String()
}
