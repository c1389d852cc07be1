// Coreference: a later surname, given name or spelling variant of a person
// named earlier in the article.

package extract

import (
	"strings"
	"unicode/utf8"
)

// repeatedNames finds later mentions of people named earlier in the article:
// a surname or given name alone ("Matsegora", "Im"; in the home language
// any word of the name: middleName) or a spelling variant
// ("Im Chong-il" for "Im Chon-il").
func (r *run) repeatedNames(si int, st *sentence, ms []*mention) []*mention {
	toks := st.toks
	people := r.people // (as they were when the sentence began)
	if len(people) == 0 {
		return ms
	}
	if r.sentHyphen(st) {
		// An Arabic article's name ("al-Hamadi") starts in lower case: every
		// token may start a name.
		for i := 0; i < len(toks); i++ {
			if !toks[i].cap && !arabicArticleName(toks[i].raw) || toks[i].punct {
				continue
			}
			ms, i = r.repeatedNameAt(toks, i, ms, people)
		}
	} else {
		// Without a hyphen in the sentence (sentHyphen) no word is an Arabic
		// article's name, and a name starts only at a capitalized word:
		// capWords, in order, as the loop above would visit them. next is
		// where that loop would go on after a name.
		next := 0
		for _, ci := range r.capWords(st) {
			if i := int(ci); i >= next {
				ms, i = r.repeatedNameAt(toks, i, ms, people)
				next = i + 1
			}
		}
	}
	sortMentions(ms)
	return ms
}

// repeatedNameAt is repeatedNames at toks[i], a capitalized word (or an
// Arabic article's name): it appends the mention of a person named earlier
// whose name starts there, if any, and returns the index of the last token
// it read as a name (i where it read none).
func (r *run) repeatedNameAt(toks []token, i int, ms []*mention, people []*actorRec) ([]*mention, int) {
	if r.p.nameStopAt(&toks[i]) {
		return ms, i
	}
	if m := covered(ms, i); m != nil {
		if m.ti == i && m.tj == i+1 && m.person && m.entry != nil {
			ms = r.namesakeBefore(ms, m, toks[i].low) // "Eduardo Bolsonaro … Bolsonaro said"
		}
		return ms, i
	}
	if _, ok := r.p.titleAt(toks, i); ok {
		return ms, i
	}
	j := r.nameRun(toks, i, ms)
	if j <= i && arabicArticleName(toks[i].raw) {
		j = i + 1 // "al-Hamadi" alone
	}
	if j <= i {
		return ms, i
	}
	var hit *actorRec
	if j-i == 1 {
		w := toks[i].low
		n := 0
		for _, a := range people {
			if a.last == w || a.first == w && manyFields(a.a.Name) || r.p.home != "" && middleName(a.a.Name, w) {
				hit = a
				n++
			}
		}
		if n != 1 {
			hit = nil
		}
	} else {
		norm := normName(r.text[toks[i].s:toks[j-1].e])
		for _, a := range people {
			if a.norm == norm || len(norm) >= 6 && levenshtein1(a.norm, norm) {
				hit = a
				break
			}
		}
	}
	if hit == nil {
		return ms, j - 1
	}
	ms = append(ms, r.newMention(mention{s: toks[i].s, e: toks[j-1].e, ti: i, tj: j, id: hit.a.ID, surface: r.text[toks[i].s:toks[j-1].e], rule: "coreference:name", conf: 0.8, person: true}))
	return ms, j - 1
}

// namesakeBefore gives the gazetteer's person m, matched by one word that
// is a surname alone ("Bolsonaro"), to the one person named earlier in the
// article whose last name it is when that is someone else and m holds no
// office on the article's date: "Eduardo Bolsonaro moved to the United
// States. Bolsonaro said …" in 2025 is Eduardo, not his father, out of
// office since 2023. An office holder of the day keeps the name (news
// calls a relative by the given name), and so does m with no date, m
// named in the article too, or two namesakes.
func (r *run) namesakeBefore(ms []*mention, m *mention, w string) []*mention {
	if r.refStr == "" {
		return ms
	}
	for _, ro := range m.entry.Roles {
		if r.termOnRef(ro) {
			return ms // "Ivanka Trump joined her father. Trump said …" in 2018: the president keeps his name
		}
	}
	var hit *actorRec
	for _, a := range r.people {
		if a.a.ID == m.id {
			return ms
		}
		if a.last == w {
			if hit != nil {
				return ms
			}
			hit = a
		}
	}
	if hit == nil {
		return ms
	}
	*m = mention{s: m.s, e: m.e, ti: m.ti, tj: m.tj, id: hit.a.ID, surface: m.surface, rule: "coreference:name", conf: 0.8, person: true}
	return ms
}

// middleName reports whether w (lower case) is a word of name other than
// its first and last: in the home language (Indonesian) names have no
// family name, and news calls a person by any word of theirs ("Mochamad
// Fajar Gemilang ... Fajar menambahkan").
func middleName(name, w string) bool {
	// The words one by one (no list of them): word i-1 is a middle word
	// when word i (i >= 2) follows it.
	i, prev := 0, ""
	for f := range strings.FieldsSeq(name) {
		if i >= 2 && lowerIs(prev, w) {
			return true
		}
		prev = f
		i++
	}
	return false
}

// manyFields is len(strings.Fields(s)) > 1, without the list.
func manyFields(s string) bool {
	n := 0
	for range strings.FieldsSeq(s) {
		if n++; n > 1 {
			return true
		}
	}
	return false
}

// lowerIs is strings.ToLower(s) == low without a lower-case copy of an
// ASCII s.
func lowerIs(s, low string) bool {
	if len(s) != len(low) {
		if isASCII(s) {
			return false
		}
		return strings.ToLower(s) == low
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(s) == low
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != low[i] {
			return false
		}
	}
	return true
}

// levenshtein1 reports whether a and b differ by at most one edit.
func levenshtein1(a, b string) bool {
	if a == b {
		return true
	}
	la, lb := len(a), len(b)
	if la-lb > 1 || lb-la > 1 {
		return false
	}
	i := 0
	for i < la && i < lb && a[i] == b[i] {
		i++
	}
	switch {
	case la == lb:
		return a[i+1:] == b[i+1:]
	case la > lb:
		return a[i+1:] == b[i:]
	default:
		return a[i:] == b[i+1:]
	}
}
