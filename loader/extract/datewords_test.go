package extract

import "testing"

// TestDateWords compares dateWordOf, the one look-up dateAt, countAgo,
// anchoredAt and otherCalendarAt make of a word, with the maps it
// gathers, for every key of each map and for words in none of them.
func TestDateWords(t *testing.T) {
	x := extractor(t)
	for _, p := range x.packList {
		words := []string{"", "xyzzy", "2023", "25", "the", "a", "dec.", "Dec"}
		for _, m := range []map[string]int{p.months, p.weekdays, p.relDays, p.countWords} {
			for w := range m {
				words = append(words, w)
			}
		}
		for _, s := range []set{p.dateFirst, p.relFirst, p.dw.otherCalendar, p.centuryWords} {
			for w := range s {
				words = append(words, w)
			}
		}
		for w := range p.relPeriods {
			words = append(words, w)
		}
		for w := range p.dw.unitCounts {
			words = append(words, w)
		}
		for w := range p.dw.anchored {
			words = append(words, w)
		}
		for _, w := range words {
			d := p.dateWordOf(w)
			month, isMonth := p.months[w]
			weekday, isWeekday := p.weekdays[w]
			relDay, isRelDay := p.relDays[w]
			count, isCount := p.countWords[w]
			relPeriod, isRelPeriod := p.relPeriods[w]
			unitCount, isUnitCount := p.dw.unitCounts[w]
			anchored := p.dw.anchored[w]
			if d.first != p.dateFirst[w] || d.month != month || d.isMonth != isMonth ||
				d.weekday != weekday || d.isWeekday != isWeekday || d.relDay != relDay || d.isRelDay != isRelDay ||
				d.count != count || d.isCount != isCount || d.relPeriod != relPeriod || d.isRelPeriod != isRelPeriod ||
				d.unitCount != unitCount || d.isUnitCount != isUnitCount || d.relFirst != p.relFirst[w] ||
				d.otherCalendar != p.dw.otherCalendar[w] || d.century != p.centuryWords[w] || len(d.anchored) != len(anchored) ||
				len(anchored) > 0 && &d.anchored[0] != &anchored[0] {
				t.Errorf("%s: dateWordOf(%q) = %+v, the maps say otherwise", p.lang, w, *d)
			}
		}
		if p.noDateWord.first || p.noDateWord.isMonth || p.noDateWord.anchored != nil {
			t.Errorf("%s: noDateWord = %+v, want all false", p.lang, p.noDateWord)
		}
	}
}
