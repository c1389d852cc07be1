package extract

import (
	"strings"

	"github.com/geokg/kg/loader/extract/gazetteer"
	"github.com/geokg/kg/loader/facts"
)

// Word forms built around a state's name (compound grid of issue #12):
// hyphenated words whose other half makes the state no actor ("pro-Rusia",
// "Russian-born"), combining forms that name a second state ("Sino-US"),
// routes between cities ("rute Jakarta-Tokyo") and national teams
// ("timnas Indonesia").

// phraseSet holds phrases of one to a few words (lower case) by their
// first word. The pack marks the first words with a lexical flag
// (lxTeamFirst for team_cues), so that a sentence is read without a map
// lookup a word.
type phraseSet struct {
	byFirst map[string][]phrase
}

// newPhraseSet builds the set of phrases ps.
func newPhraseSet(ps []string) phraseSet {
	s := phraseSet{byFirst: map[string][]phrase{}}
	for _, p := range ps {
		w := strings.Fields(strings.ToLower(p))
		if len(w) == 0 {
			continue
		}
		s.byFirst[w[0]] = append(s.byFirst[w[0]], phrase(w))
	}
	return s
}

// at reports whether one of the phrases starts at toks[i].
func (s phraseSet) at(toks []token, i int) bool {
	for _, p := range s.byFirst[toks[i].low] {
		if matchPhrase(toks, i, p) {
			return true
		}
	}
	return false
}

// compoundNotState reports whether the name at text[s:e], inside the
// token t, is joined by a hyphen to a word of compound_prefixes before it
// ("pro-Rusia", "anti-American", "se-Indonesia", "ke-Indonesia-an") or of
// compound_suffixes after it ("Russian-born"): the word is about a stance,
// a scope or a person's origin, and the state acts in none of them; or of
// territory_suffixes ("Russian-occupied"): the word names the place held.
func (r *run) compoundNotState(t, last *token, s, e int) bool {
	// A token's low is the folded text at the same offsets: no allocation.
	if s > t.s+1 && r.text[s-1] == '-' && r.p.compoundPrefixes[t.low[:s-1-t.s]] {
		return true
	}
	if e+1 < last.e && r.text[e] == '-' {
		suf := last.low[e+1-last.s:]
		if k := strings.IndexByte(suf, '-'); k >= 0 {
			suf = suf[:k]
		}
		return r.p.compoundSuffixes[suf] || r.p.territorySuffixes[suf]
	}
	return false
}

// territoryCompound reports whether the token t ends in a hyphen and a
// word of territory_suffixes ("Russian-occupied", "Israeli-annexed"):
// the name after it is the place held, no surname.
func (r *run) territoryCompound(t *token) bool {
	if n := len(t.low); n < 4 || t.low[n-1] != 'd' {
		return false // every territory_suffixes word ends in "d"
	}
	k := strings.LastIndexByte(t.low, '-')
	return k > 0 && r.p.territorySuffixes[t.low[k+1:]]
}

// combiningForm returns the state a combining form joined by a hyphen
// before the name at text[s:] of token t stands for ("Sino-US": CHN),
// with the form's end; "" when there is none.
func (r *run) combiningForm(t *token, s int) (string, int) {
	if s <= t.s+1 || r.text[s-1] != '-' {
		return "", 0
	}
	w := t.low[:s-1-t.s]
	if k := strings.LastIndexByte(w, '-'); k >= 0 {
		return "", 0 // "Indo-Sino-…": one form only, at the word's start
	}
	return r.x.common.CombiningForms[w], s - 1
}

// combiningMention makes the mention of the state a combining form names
// before a state's name, a demonym or a place in the same hyphenated token
// ("Sino" in "Sino-Jepang", "Sino-Afrika"), or nil.
func (r *run) combiningMention(toks []token, best gazetteer.Match, ti int) *mention {
	if best.Entry.Kind != facts.KindState && best.Entry.Kind != facts.KindPlace && best.Via != gazetteer.ViaDemonym {
		return nil // "Sino-Afrika": a continent is the other party too
	}
	id, end := r.combiningForm(&toks[ti], best.Start)
	if id == "" || id == best.Entry.ID {
		return nil
	}
	e, ok := r.x.gaz.Lookup(id)
	if !ok {
		return nil
	}
	s := toks[ti].s
	m := r.newMention(mention{s: s, e: end, ti: ti, tj: ti + 1, id: id, surface: r.text[s:end], rule: "compound:combining-form", conf: 0.9, entry: e})
	m.modifier = true
	return m
}

// routeEnds reports whether the name matched at toks[ti:tj] lies in a
// hyphenated token that names a route's ends: a route noun of route_nouns
// before the route (maybe after one lower-case word between: "kereta cepat
// Jakarta-Bandung", "rute baru Jakarta-Tokyo"; the first end may have up
// to three words, "rute baru Kuala Lumpur-Lombok", precision grid 37) or
// after it ("the Jakarta-Bandung high-speed railway"), and a capital or a
// place among the matches ms that touch the hyphenated token (two states
// alone, "penerbangan Indonesia-Australia", stay the states).
func (r *run) routeEnds(toks []token, ti, tj int, ms []gazetteer.Match) bool {
	if len(r.p.routeNouns) == 0 {
		return false
	}
	h := -1 // the hyphenated token among the name's: "Jakarta-Tokyo", "Lumpur-Lombok"
	for k := ti; k < tj; k++ {
		if strings.Contains(toks[k].raw, "-") {
			h = k
			break
		}
	}
	if h < 0 {
		return false
	}
	b := h // the first word of the route's first end: "rute baru Kuala Lumpur-Jakarta"
	for b > 0 && b > h-3 && toks[b-1].cap && !toks[b-1].punct && !r.p.routeNouns[toks[b-1].low] {
		b--
	}
	if !r.routeNounNear(toks, b, h) {
		return false
	}
	t := &toks[h]
	for _, c := range ms {
		if c.Start < t.e && c.End > t.s && (c.Via == gazetteer.ViaCapital || c.Entry.Kind == facts.KindPlace) {
			return true
		}
	}
	return false
}

// routeNounNear reports whether a route noun stands right before toks[b]
// or after toks[h], maybe with one lower-case word between.
func (r *run) routeNounNear(toks []token, b, h int) bool {
	route := func(k int) bool { return k >= 0 && k < len(toks) && r.p.routeNouns[toks[k].low] }
	plain := func(k int) bool { return k >= 0 && k < len(toks) && !toks[k].cap && !toks[k].punct }
	return route(b-1) || plain(b-1) && route(b-2) || route(h+1) || plain(h+1) && route(h+2)
}

// teamStates drops the states named in a sentence about national teams
// (team_cues: "timnas", "tim nasional", "national team"): there a state's
// name is its team or the opponent ("Timnas Indonesia menang 2-0 atas
// Bahrain"), no state acting. Bodies, persons and organizations stay, and
// so does a state after a preposition of the venue (team_venue_preps:
// "Piala Dunia 2018 di Rusia"), a state located, and a state after a word
// of origin (origin_words: "Viktor Axelsen, pemain asal Denmark,", "pelatih
// asal Korea Selatan"): a person's nationality, no team.
// Each of the three tests needs a word that the sentence's flags tell of
// (a team cue's first word, a hyphen in a score, a match verb): where the
// sentence has none, the test is not run over its tokens.
func (r *run) teamStates(st *sentence, out []*mention) []*mention {
	toks := st.toks
	// (the sentence's flags first: without one of the three words no test
	// can hold, and the flags cost no loop over the mentions' strings)
	if r.sentLx(st)&lxTeamFirst == 0 && !r.sentHyphen(st) && r.sentLx2(st)&l2MatchVerb == 0 {
		return out
	}
	has := false
	for _, m := range out {
		if m.entry != nil && m.entry.Kind == facts.KindState || strings.HasPrefix(m.rule, "metonym:capital") || m.rule == viaRule(gazetteer.ViaDemonym) {
			has = true
			break
		}
	}
	if !has || !(r.sentLx(st)&lxTeamFirst != 0 && r.teamCueIn(toks)) && !(r.sentHyphen(st) && r.matchScoreIn(toks)) && !(r.sentLx2(st)&l2MatchVerb != 0 && r.sidesOfResult(toks, out)) {
		return out
	}
	keep := out[:0]
	for _, m := range out {
		if (m.entry != nil && m.entry.Kind == facts.KindState && m.id == m.entry.ID || strings.HasPrefix(m.rule, "metonym:capital") || m.rule == viaRule(gazetteer.ViaDemonym)) && !(m.ti > 0 && (r.p.teamVenuePreps[toks[m.ti-1].low] || r.p.originWords[toks[m.ti-1].low])) {
			continue
		}
		keep = append(keep, m)
	}
	return keep
}

// sidesOfResult reports whether a state's name in out and a capitalized
// word stand on the two sides of a phrase of match_verbs ("England lost
// to Spain", "New Zealand thrashed Australia", "Ireland beat Scotland"):
// the two sides of a match's result, teams without a score. Not where a
// side is a player (a person's name, or a possessive after the state's:
// "beat China's Shi Yuqi"), nor in a race to a goal, "to" and a verb
// after the second side ("India beat China to become ...").
func (r *run) sidesOfResult(toks []token, out []*mention) bool {
	// (the flag l2MatchVerb rules out almost every word before the map)
	side := func(k int) bool { // a capitalized word that is no player's name
		if k < 0 || k >= len(toks) || !toks[k].cap || toks[k].punct {
			return false
		}
		s := covered(out, k)
		return s == nil || !s.person
	}
	race := func(k int) bool { // "to become": after the second side
		for k < len(toks) && toks[k].cap && !toks[k].punct {
			k++
		}
		return k+1 < len(toks) && toks[k].low == "to" && !toks[k+1].cap && !toks[k+1].punct
	}
	for _, m := range out {
		if m.entry == nil || m.entry.Kind != facts.KindState || m.id != m.entry.ID || m.tj < len(toks) && toks[m.tj].lx2&l2Possessive != 0 && r.p.possessives[toks[m.tj].low] {
			continue
		}
		// the phrase (one or two words) ends right before the state's name
		for n := 1; n <= 2 && m.ti-n >= 1; n++ {
			k := m.ti - n
			if toks[k].lx2&l2MatchVerb == 0 || toks[k].cap || toks[k].punct || !side(k-1) || race(m.tj) {
				continue
			}
			for _, p := range r.p.matchVerbs.byFirst[toks[k].low] {
				if len(p) == n && matchPhrase(toks, k, p) {
					return true
				}
			}
		}
		// or starts right after it
		if k := m.tj; k < len(toks) && toks[k].lx2&l2MatchVerb != 0 && !toks[k].cap {
			for _, p := range r.p.matchVerbs.byFirst[toks[k].low] {
				if j := k + len(p); matchPhrase(toks, k, p) && side(j) && !(j+1 < len(toks) && toks[j+1].lx2&l2Possessive != 0 && r.p.possessives[toks[j+1].low]) && !race(j) {
					return true
				}
			}
		}
	}
	return false
}

// matchScoreIn reports whether toks hold a match's score ("1-0", "2-2":
// two numbers of at most two digits, 20 or less, joined by a hyphen, no
// percentage and no capitalized word after it, as a month's name follows
// a range of days: "10-12 Juni") and a word of match_words ("kalah",
// "beat").
func (r *run) matchScoreIn(toks []token) bool {
	if len(r.p.matchWords) == 0 {
		return false
	}
	// The score first: a byte test rules out almost every sentence before
	// any word is looked up.
	score := false
	for i := range toks {
		t := &toks[i]
		if len(t.raw) >= 3 && t.raw[0] >= '0' && t.raw[0] <= '9' && isMatchScore(t.raw) &&
			!(i+1 < len(toks) && (toks[i+1].raw == "%" || toks[i+1].cap || toks[i+1].low == "persen" || toks[i+1].low == "percent")) {
			score = true
			break
		}
	}
	if !score {
		return false
	}
	for i := range toks {
		if r.p.matchWords[toks[i].low] {
			return true
		}
	}
	return false
}

// isMatchScore reports whether s is two numbers of one or two digits, 20
// or less, joined by a hyphen ("0-6", "2-1").
func isMatchScore(s string) bool {
	a, b, ok := strings.Cut(s, "-")
	if !ok {
		return false
	}
	small := func(x string) bool {
		if len(x) == 0 || len(x) > 2 {
			return false
		}
		n := 0
		for _, c := range []byte(x) {
			if c < '0' || c > '9' {
				return false
			}
			n = n*10 + int(c-'0')
		}
		return n <= 20
	}
	return small(a) && small(b)
}

// teamCueIn reports whether a phrase of team_cues occurs in toks.
func (r *run) teamCueIn(toks []token) bool {
	for i := range toks {
		if toks[i].lx&lxTeamFirst != 0 && r.p.teamCues.at(toks, i) {
			return true
		}
	}
	return false
}

// diasporaCompound reports whether the demonym matched at text[s:e] is a
// half of a token "Demonym-Demonym" whose second half is a word of
// diaspora_demonyms and whose first half is a demonym too ("Chinese-American
// scientists"): a people of two origins, neither state acting, unless a
// word of relation_nouns follows the token ("Russian-American relations").
// Any second half will do, and a combining form for the first, when a
// word of diaspora_nouns follows the token ("the Chinese-Indonesian
// community", "the Indo-Fijian community"; not "Indo-Pakistani tensions").
func (r *run) diasporaCompound(toks []token, ti int, s, e int, ms []gazetteer.Match) bool {
	t := &toks[ti]
	k := strings.IndexByte(t.raw, '-')
	people := ti+1 < len(toks) && r.p.diasporaNouns[toks[ti+1].low]
	if k <= 0 || strings.Count(t.raw, "-") != 1 || !r.p.diasporaDemonyms[t.low[k+1:]] && !people {
		return false
	}
	if ti+1 < len(toks) && r.p.relationNouns[toks[ti+1].low] {
		return false
	}
	if !(s == t.s && e == t.s+k || s == t.s+k+1 && e == t.e) {
		return false
	}
	if id, _ := r.combiningForm(t, t.s+k+1); people && s == t.s+k+1 && id != "" {
		return true // "the Indo-Fijian community": a combining form before the demonym
	}
	for _, c := range ms {
		if c.Start == t.s && c.End == t.s+k && c.Via == gazetteer.ViaDemonym {
			return true
		}
	}
	// the second half, after a first the gazetteer does not match alone
	// ("Korean", which two states share): a capitalized word of letters
	return s == t.s+k+1 && t.cap && k >= 4 && isLetters(t.raw[:k])
}

// sharedNameStates adds the state a coordination names by sharing the
// other state's words: "North and South Korea" names North Korea too,
// "Korea Utara dan Selatan" South Korea too. The first word of the
// English pair, or the last of the Indonesian one, stands alone before
// or after a word of coord; joined to the rest of the state's name it
// must be a state's whole name in the gazetteer ("East and West
// Germany" is two states only where the gazetteer holds both).
func (r *run) sharedNameStates(toks []token, ms []*mention) []*mention {
	n := len(ms)
	for _, m := range ms[:n] {
		if m.tj-m.ti < 2 || m.person || m.entry == nil || m.entry.Kind != facts.KindState || m.s != toks[m.ti].s { // (the length test before the string comparison)
			continue
		}
		w, name := -1, ""
		if r.p.lang == "id" {
			// "Korea Utara dan Selatan": the last word is shared out
			if w = m.tj + 1; w >= len(toks) || toks[m.tj].lx&lxCoord == 0 || w+1 < len(toks) && toks[w+1].cap && !toks[w+1].punct {
				continue
			}
			name = r.text[m.s:toks[m.tj-1].s] + toks[w].raw
		} else {
			// "North and South Korea": the first word is shared out
			if w = m.ti - 2; w < 0 || toks[m.ti-1].lx&lxCoord == 0 || w > 0 && toks[w-1].cap && !toks[w-1].punct && !sentenceStart(toks, w-1) {
				continue
			}
			name = toks[w].raw + r.text[toks[m.ti].e:m.e]
		}
		if t := &toks[w]; !t.cap || t.punct || covered(ms, w) != nil {
			continue
		}
		e := r.wholeEntry(name, facts.KindState)
		if e == nil || e == m.entry {
			continue
		}
		t := &toks[w]
		ms = append(ms, r.newMention(mention{s: t.s, e: t.e, ti: w, tj: w + 1, id: e.ID, surface: t.raw, rule: "coordination:shared-name", conf: 0.85, entry: e, oblique: m.oblique, locative: m.locative, agent: m.agent}))
	}
	return ms
}
