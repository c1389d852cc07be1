package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geokg/kg/loader/extract/gazetteer"
	"github.com/geokg/kg/loader/facts"
)

// This file holds the person and name-boundary rules that need no title
// word: speakers of reported speech, and names of states inside longer
// names of organizations. Word lists come from the language packs
// (org_heads, org_tails, place_preps) and the common-word list.

// monthGiven reports whether toks[i], a month's name that is a given name
// too, is the given name: no number before or after it ("Jan Egeland",
// "April Ryan"; not "12 Jan 2023", "April 2023").
func (r *run) monthGiven(toks []token, i int) bool {
	t := &toks[i]
	if t.lx&lxGiven == 0 || !t.cap || i+1 >= len(toks) || startsWithDigit(toks[i+1].low) || i > 0 && startsWithDigit(toks[i-1].low) {
		return false
	}
	_, ok := r.p.months[t.low]
	return ok
}

// pluralWord reports whether w, in lower case, is the plural of an
// English word and no surname the census counts (lang/surnames.txt,
// surnames.ordinary.txt): "bulldogs", not "banks" or "hicks".
func (r *run) pluralWord(w string) bool {
	return len(w) > 4 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && !r.x.surnames.has(w) && !r.x.ordinarySurnames.has(w) && r.englishWord(w[:len(w)-1])
}

// wordGiven reports whether toks[i], a given name that is an ordinary
// word too (one of word_given), is the given name: a surname of
// lang/surnames.txt that is
// no ordinary word follows it, and no place's predicate follows the two
// ("Grace Okafor", "Hope Hicks"; not "Grace period", "Hope Springs is a
// town").
func (r *run) wordGiven(toks []token, i int) bool {
	t := &toks[i]
	if t.lx2&l2WordGiven == 0 || !t.cap || i+1 >= len(toks) || r.p.function[t.low] {
		return false // "Dan Sarah Murdoch": "dan" is "and"
	}
	if i > 0 && slices.Contains(r.x.common.WaterWords, t.low) && (toks[i-1].lx&lxLocative != 0 || toks[i-1].lx2&l2PlacePrep != 0) {
		return false // "menuju Laut Arab": after a preposition of place, a sea's name
	}
	n := &toks[i+1]
	return n.cap && r.x.surnames.has(n.low) && r.isNameWord(n) && !r.englishWord(n.low) && !r.placePredicateAfter(toks, i+2) // "Hope Springs is a town"
}

// isNameWord tells whether t can be part of a person's name: capitalized,
// not an acronym of more than one letter, not a stop word, title, month or
// weekday, and not an ordinary word.
func (r *run) isNameWord(t *token) bool {
	if !t.cap && arabicArticleName(t.raw) {
		return true // "al-Hayya", "el-Sisi"
	}
	if !t.cap || t.punct || r.p.nameStopAt(t) {
		return false
	}
	if n := utf8.RuneCountInString(t.raw); n < 2 || isAllUpper(t.raw) {
		return false
	}
	for i := 1; i < len(t.raw); i++ {
		if c := t.raw[i]; c >= '0' && c <= '9' {
			return false // "menjadi Rp46,83 triliun": an amount, a code; no name has a digit
		}
	}
	if strings.IndexByte(t.raw, '.') > 0 && r.p.postNominals[strings.TrimSuffix(t.low, ".")] {
		return false // a degree after a name ("dr. Meilinda Kusuma, Sp.A,", "Andi Pratama, S.H."): no name
	}
	if n := len(t.low); n >= 3 && n%2 == 1 && t.low[n/2] == '-' && t.low[:n/2] == t.low[n/2+1:] {
		return false // "Anak-anak", "Ibu-ibu": a plural by reduplication, no name
	}
	if t.lx&lxNameNot == 0 { // in none of the lists below
		return !r.p.derivedCommon(t.low) || r.p.nameWords[t.low] // "Tambunan" is no "tambun" + "-an"
	}
	if _, ok := r.p.months[t.low]; ok {
		return false
	}
	if _, ok := r.p.weekdays[t.low]; ok {
		return false
	}
	return (!r.p.isCommonWord(t.low) || r.p.nameWords[t.low]) && !r.p.function[t.low] && r.p.pronouns[t.low] == ""
}

// arabicArticleName reports whether w is a name written with the Arabic
// article in lower case and a hyphen: "al-Hayya", "el-Sisi", "ad-Din".
func arabicArticleName(w string) bool {
	if len(w) < 5 || w[2] != '-' || w[3] < 'A' || w[3] > 'Z' {
		return false
	}
	switch w[:2] {
	case "al", "el", "ad", "ar", "as", "at", "an", "az", "ud", "ul":
		return true
	}
	return false
}

// afterThingNoun reports whether a thing noun stands right before toks[i]
// or one lower-case word before it ("roket Ariane", "ponsel lipat Galaxy
// Z Fold", "bahasa pemrograman Java"): the name there is the thing's.
func (r *run) afterThingNoun(toks []token, i int) bool {
	if i < 1 {
		return false
	}
	prev := &toks[i-1]
	if prev.lx2&l2ThingNoun != 0 {
		return true
	}
	return i >= 2 && !prev.cap && !prev.punct && !r.p.function[prev.low] && toks[i-2].lx2&l2ThingNoun != 0
}

// particlesAt returns how many name particles in lower case (one or two:
// "de", "van der", "de la") stand at toks[j] before a name word, or 0.
func (r *run) particlesAt(toks []token, j int) int {
	n := 0
	for j+n < len(toks) && n < 2 && !toks[j+n].cap && toks[j+n].lx2&l2NameParticle != 0 {
		n++
	}
	if n == 0 || j+n >= len(toks) || !r.isNameWord(&toks[j+n]) {
		return 0
	}
	return n
}

// particlesBefore returns how many name particles in lower case (one or
// two) stand right before toks[k] after a name word, or 0.
func (r *run) particlesBefore(toks []token, k int) int {
	n := 0
	for k-n-1 >= 0 && n < 2 && !toks[k-n-1].cap && toks[k-n-1].lx2&l2NameParticle != 0 {
		n++
	}
	if n == 0 || k-n-1 < 0 || !r.isNameWord(&toks[k-n-1]) {
		return 0
	}
	return n
}

// speakers finds the unknown person who speaks: "kata Ai Ling Ngiam",
// "ujar Darmin", "menurut Santoso", "Sri Mulyani mengatakan", "said John
// Smith", "John Smith said". The name is one to three name words (one
// only where the language can tell names from ordinary words), not a
// known actor.
func (r *run) speakers(si int, st *sentence, ms []*mention) []*mention {
	toks := st.toks
	p := r.p
	if r.titleCasedSt(st) {
		return ms
	}
	// Without passive speech verbs (English) only a word with lxSpeech
	// starts a speaker, and most sentences have none: the flags of the
	// sentence skip the loop.
	passive := len(p.speechPassive) > 0
	if !passive && r.sentLx(st)&lxSpeech == 0 {
		return ms
	}
	for i := range toks {
		if toks[i].lx&lxSpeech == 0 {
			// passiveSpeaker's own first test, here, where it inlines: a
			// call per token that is no "di…" word costs more than the test.
			if w := toks[i].low; passive && len(w) >= 6 && w[0] == 'd' && w[1] == 'i' {
				ms = r.passiveSpeaker(si, toks, i, ms)
			}
			continue
		}
		if !p.speech[toks[i].low] {
			continue
		}
		// After the verb: "kata X", "said X"; not "menyebut X", "told X".
		if !p.speechObjectVerbs[toks[i].low] {
			k := i + 1
			if k < len(toks) && (toks[k].low == "to" || toks[k].low == "oleh") {
				k++ // "according to X"
			}
			n := len(ms)
			ms = r.speakerAt(si, toks, k, +1, ms)
			if len(ms) == n && k < len(toks) && !toks[k].cap && p.lang == "id" {
				ms = r.speakerAfterRole(si, toks, k, ms)
			}
		}
		// Before the verb: "X mengatakan", "X said".
		ms = r.speakerAt(si, toks, i, -1, ms)
		if i >= 2 && p.lang == "id" && toks[0].cap && !toks[i-1].cap && !toks[i-1].punct {
			ms = r.openingSpeaker(si, toks, i, ms)
		}
		if c := r.appositionOpening(toks, i); c > 0 {
			ms = r.speakerAt(si, toks, c, -1, ms) // "X, a seismologist at the university, said"
		}
	}
	return ms
}

// openingSpeaker reads the name that opens the sentence as the speaker
// of an active speech verb at toks[i] when only lower-case words of the
// same clause stand between them: adverbs ("Roekman juga mengatakan",
// "Roekman kemudian menambahkan") or a first predicate and "dan"
// ("Cavaille sangat marah dengan peristiwa tersebut dan mengatakan"). A
// relative ("yang"), a clause break ("bahwa", "karena", "saat"), another
// speech word, punctuation or a capitalized word on the way ends it, as
// more than openingSpeakerWords words do; a demonstrative right after the
// first word ("Naga tersebut mengatakan") makes it a noun, and a count
// ("Kedua pemimpin menegaskan") is none.
func (r *run) openingSpeaker(si int, toks []token, i int, ms []*mention) []*mention {
	const openingSpeakerWords = 12
	w := toks[i].low
	if len(w) < 5 || w[0] != 'm' || w[1] != 'e' || w == "menurut" {
		return ms // an active verb ("mengatakan"), not "menurut"
	}
	if w0 := toks[0].low; r.p.memberCounts[w0] || r.p.countWords[w0] > 0 || len(w0) > 2 && w0[:2] == "ke" && r.p.countWords[w0[2:]] > 0 {
		return ms // "Kedua pemimpin menegaskan", "Beberapa analis juga mengatakan": a count, not a name
	}
	e := 1
	for e < 3 && e < i && r.isNameWord(&toks[e]) {
		e++ // "Roekman Prawirasastra juga mengatakan"
	}
	if i-e > openingSpeakerWords || r.p.forceDefinite[toks[e].low] {
		return ms // "Naga tersebut mengatakan": a demonstrative follows a noun, not a name
	}
	for j := e; j < i; j++ {
		if t := &toks[j]; t.cap || t.punct || t.lx&(lxRelative|lxClauseBreak|lxComp|lxSpeech) != 0 {
			return ms
		}
	}
	return r.speakerAt(si, toks, e, -1, ms)
}

// appositionOpening returns the comma after the name that opens the
// sentence when only appositions in commas stand between it and the
// speech verb at toks[i] ("Hiroshi Tanabe, a seismologist at the
// university, said", "Ravi Menon, 52, who farms the land, said"), or -1;
// one name word only where the language tells names from ordinary words
// ("Sutrisno, peneliti senior BRIN, mengatakan").
// Each apposition opens with a lower-case word, an age or a possessive
// ("Congo's deputy mining minister"); a quotation,
// other punctuation or another speech verb on the way ends the search.
func (r *run) appositionOpening(toks []token, i int) int {
	if i < 4 || toks[i-1].raw != "," {
		return -1
	}
	for c := i - 2; c > 0 && c >= i-18; c-- {
		t := &toks[c]
		if t.lx&lxSpeech != 0 || t.punct && t.raw != "," && t.low != "'s" {
			return -1
		}
		if t.raw != "," {
			continue
		}
		if n := &toks[c+1]; n.cap && !startsWithDigit(n.low) && (c+2 >= i || toks[c+2].low != "'s") {
			return -1 // "Jakarta, Indonesia, said": a list or a place's state, no apposition; but "X, Congo's mining minister, said"
		}
		s := c
		for s > 0 && c-s < 3 && r.isNameWord(&toks[s-1]) {
			s--
		}
		if c-s == 1 && len(r.p.common) == 0 {
			return -1 // one word alone, where the language cannot tell names from words: "Abbas, a shopkeeper,"
		}
		if s < c && (s == 0 || toks[s-1].punct && toks[s-1].raw != ".") {
			return c // (not after an initial's dot: "John F. Hartley, a former analyst,")
		}
	}
	return -1
}

// passiveSpeaker reads the speaker after a passive speech verb at
// toks[i], with or without "oleh" ("dikatakan Teresia Wonda", "disampaikan
// oleh Kepala Dinas Rizal Effendi"). Only words that begin with "di" are
// looked up, so the common case costs two byte compares.
func (r *run) passiveSpeaker(si int, toks []token, i int, ms []*mention) []*mention {
	w := toks[i].low
	if len(w) < 6 || w[0] != 'd' || w[1] != 'i' || !r.p.speechPassive[w] {
		return ms
	}
	k := i + 1
	if k < len(toks) && toks[k].low == "oleh" {
		k++
	}
	return r.speakerAt(si, toks, k, +1, ms)
}

// speakerAt reads a name run that starts at k (dir +1) or ends before k
// (dir -1) and makes it a person.
func (r *run) speakerAt(si int, toks []token, k, dir int, ms []*mention) []*mention {
	return r.nameAt(si, toks, k, dir, false, false, ms)
}

// namedAt is speakerAt after a word that introduces an ordinary person's
// name ("bernama Joko", "Korban adalah Siti"): one name alone is that
// person's, not the office holder's of the day who shares it.
func (r *run) namedAt(si int, toks []token, k int, ms []*mention) []*mention {
	return r.nameAt(si, toks, k, +1, false, true, ms)
}

// nameAt is speakerAt; with afterComp, one name word may also follow a
// complementizer ("bahwa Fairbanks adalah mantan Wakil Presiden"): a
// person cue's subject, where a speech verb's would too often be an
// organization's short name. With plain the name is an ordinary
// person's (namedAt).
func (r *run) nameAt(si int, toks []token, k, dir int, afterComp, plain bool, ms []*mention) []*mention {
	var s, e int
	var pl *mention // a place read as the surname
	if dir > 0 {
		s, e = k, k
		for words := 0; e < len(toks) && words < 3; words++ {
			if n := r.particlesAt(toks, e); words > 0 && n > 0 && covered(ms, e+n) == nil {
				e += n // "kata Jan de Vries", "Hendrik van der Berg"
			} else if !r.isNameWord(&toks[e]) || covered(ms, e) != nil {
				break
			}
			e++
		}
		if e > s && e-s < 3 && toks[s].lx&lxGiven != 0 {
			if pl = r.placeSurname(toks, ms, e); pl != nil {
				e++ // "kata Ken Okinawa": a city's name after a given name is the surname
			}
		}
		if e < len(toks) && toks[e].cap && !toks[e].punct && covered(ms, e) == nil {
			return ms // the name goes on with a word we cannot read
		}
	} else {
		s, e = k, k
		if m := r.placeSurname(toks, ms, k-1); m != nil && k >= 2 && toks[k-2].lx&lxGiven != 0 && r.isNameWord(&toks[k-2]) && covered(ms, k-2) == nil {
			pl, s = m, s-1 // "Ken Okinawa mengatakan"
		}
		for words := 0; s > 0 && words < 3; words++ {
			if r.isNameWord(&toks[s-1]) && covered(ms, s-1) == nil {
				s--
				continue
			}
			if n := r.particlesBefore(toks, s); words > 0 && n > 0 && covered(ms, s-n-1) == nil {
				s -= n + 1 // "Hendrik van der Berg mengatakan"
				continue
			}
			break
		}
		if s > 0 && toks[s-1].cap && !toks[s-1].punct && covered(ms, s-1) == nil && !(s == 1 && r.sentenceOpener(&toks[0])) {
			return ms
		}
		if s == 1 && r.p.isTitle(toks, 0) {
			return ms // "Kepala Staf Gabungan mengatakan": the title's portfolio; the title rule reads its names
		}
		if e-s == 1 && s > 0 && !toks[s-1].punct && !r.p.coord[toks[s-1].low] && toks[s-1].lx2&l2Copula == 0 && !(afterComp && toks[s-1].lx&lxComp != 0) {
			return ms // "direksi Medco mengatakan": one word after a noun is not surely a name
		}
	}
	n := e - s
	if n == 0 {
		return ms
	}
	if _, ok := r.p.titleAt(toks, s); ok {
		return ms
	}
	if n == 1 && r.p.lang == "id" && !r.singleName(&toks[s], false) {
		return ms
	}
	if n == 1 && r.p.lang != "id" && !r.loneSurname(toks, s) {
		return ms
	}
	if n > 1 && len(r.p.common) == 0 && r.ordinaryRun(toks[s:e]) {
		return ms // "Rescue Workers said": capitalized ordinary words
	}
	if n > 1 && r.p.companyWords[toks[e-1].low] && toks[s].lx&lxGiven == 0 {
		w := toks[s].raw
		for _, g := range r.x.gaz.FindWhole(w, nil) {
			if g.Entry.Kind == facts.KindState && g.Via == gazetteer.ViaName {
				return ms // "Indonesia Steel said": a state's name and an industry's, a company
			}
		}
	}
	role := ""
	if plain {
		role = "occupation" // a person with no office: newPerson reads no office holder into one name
	}
	pm := r.personSpan(toks, s, e, role, "speaker", 0.8)
	if pm == nil {
		return ms
	}
	if pl != nil {
		ms = dropMention(ms, pl)
	}
	ms = append(ms, pm)
	sortMentions(ms)
	// "Gates dan Buffett mengatakan": a name coordinated before the speaker
	// speaks too, when nothing but the sentence start or punctuation is
	// before it.
	if dir < 0 && s >= 2 && r.p.coord[toks[s-1].low] {
		ce := s - 1
		cs := ce
		for cs > 0 && ce-cs < 3 && r.isNameWord(&toks[cs-1]) && covered(ms, cs-1) == nil {
			cs--
		}
		if cs < ce && (cs == 0 || toks[cs-1].punct) && (ce-cs > 1 || r.singleName(&toks[cs], false) && r.p.lang == "id") {
			if _, ok := r.p.titleAt(toks, cs); !ok {
				n := r.text[toks[cs].s:toks[ce-1].e]
				if pa := r.newPerson(n, "", ""); pa != nil {
					ms = append(ms, r.newMention(mention{s: toks[cs].s, e: toks[ce-1].e, ti: cs, tj: ce, id: pa.a.ID, surface: n, rule: "speaker", conf: 0.75, person: true}))
					sortMentions(ms)
				}
			}
		}
	}
	return ms
}

// ordinaryRun reports whether every word of a capitalized run is an
// English ordinary word and no given name, and one of them is no census
// surname either ("Rescue Workers", "State Media"): no person's name,
// where "Brown Young" (two surnames) or "Grace Hunter" (a given name)
// may be.
func (r *run) ordinaryRun(ts []token) bool {
	surnameless := false
	for i := range ts {
		t := &ts[i]
		if t.lx&lxGiven != 0 || t.lx2&l2WordGiven != 0 || !r.englishWord(t.low) {
			return false
		}
		if !r.x.surnames.has(t.low) {
			surnameless = true
		}
	}
	return surnameless
}

// placeSurname returns the mention at toks[i] when it is the one-word
// name of a place (not a state, its capital or a person) followed by no
// other capitalized word: after a given name it is a surname ("Ken
// Okinawa", "Irawati Durban"), not the city.
func (r *run) placeSurname(toks []token, ms []*mention, i int) *mention {
	if i < 0 || i >= len(toks) {
		return nil
	}
	m := mentionAt(ms, i)
	if m == nil || m.person || m.tj != i+1 || m.entry == nil || m.entry.Kind != facts.KindPlace || m.entry.ID != m.id {
		return nil
	}
	if i+1 < len(toks) && toks[i+1].cap && !toks[i+1].punct {
		return nil
	}
	return m
}

// loneSurname reports whether one capitalized word next to a speech verb
// is a person's name in a language without a list of ordinary words
// (English): inside the sentence, where a capital marks a name (", Sanders
// said", "said Sanders"), or at its start when it is the surname of a
// person the gazetteer knows ("Sanders told reporters") or a surname of
// lang/surnames.txt that is no English word and no given name
// ("Kowalski said"). A word for a group ("Officials said", "Police told")
// is none.
func (r *run) loneSurname(toks []token, s int) bool {
	t := &toks[s]
	if isAllUpper(t.raw) || utf8.RuneCountInString(t.raw) < 3 {
		return false
	}
	if sec, _ := r.p.sectorWords(toks, s); sec != "" {
		return false
	}
	if nx := s + 1; nx < len(toks) && !toks[nx].punct && !r.p.function[toks[nx].low] && !r.p.speech[toks[nx].low] {
		return false // "say Iodine deficiency is": a word that goes on into a phrase is no name
	}
	return s > 1 || s == 1 && !toks[0].punct || len(r.x.bySurname[t.low]) > 0 || r.figureByName(t.low) != nil || r.x.surnames.has(t.low) && !r.englishWord(t.low) && !r.x.given[t.low]
}

// isTitle reports whether a title (or honorific) of the pack starts at
// toks[i].
func (p *pack) isTitle(toks []token, i int) bool {
	_, ok := p.titleAt(toks, i)
	return ok
}

// personSpan makes the mention of the person named by toks[s:e] (a new
// person of that name, or the one the gazetteer or the article holds; see
// newPerson, which role is passed to), with the rule that read it; nil
// when the name gives no person.
func (r *run) personSpan(toks []token, s, e int, role, rule string, conf float64) *mention {
	s = r.honorificTrim(toks, s, e)
	if s >= 2 && toks[s-1].raw == "." && toks[s-2].cap && r.p.givenAbbrevs[toks[s-2].low] && (s == 2 || toks[s-3].punct || !toks[s-3].cap) {
		s -= 2 // "Moh. Ali (40)", "Moch. Sholeh Hidayat": an abbreviated given name opens the name
	}
	name := r.text[toks[s].s:toks[e-1].e]
	person := r.newPerson(name, role, "")
	if person == nil {
		return nil
	}
	return r.newMention(mention{s: toks[s].s, e: toks[e-1].e, ti: s, tj: e, id: person.a.ID, surface: name, rule: rule, conf: conf, person: true})
}

// honorificTrim moves the start s of a person's name made of toks[s:e]
// past the honorifics it opens with, and past the rest of an honorific of
// several words that begins before it ("Tan Sri Mohd Rashid Omar", "Puan
// Sri Noraini Abdullah", "Dato' Sri Mohd Faizal Ramli": Sri is a given
// name too): an honorific is no part of the name, as after a title. At
// least one word of the name is left.
func (r *run) honorificTrim(toks []token, s, e int) int {
	for back := 3; back >= 1; back-- {
		if b := s - back; b >= 0 {
			if l, ok := r.p.titleAt(toks, b); ok && l.label == "honorific" && b+len(l.p) > s && b+len(l.p) < e {
				s = b + len(l.p)
				break
			}
		}
	}
	if s >= 2 && (toks[s-1].raw == "'" || toks[s-1].raw == "’") {
		// "Dato' Sri Mohd Faizal Ramli": the honorific "Dato Sri" with
		// the apostrophe of "Dato'" between its words.
		for b := max(0, s-3); b < s-1; b++ {
			tmp := append(append([]token{}, toks[b:s-1]...), toks[s:min(e, s+3)]...)
			if l, ok := r.p.titleAt(tmp, 0); ok && l.label == "honorific" && len(l.p) > s-1-b && b+len(l.p)+1 < e {
				s = b + len(l.p) + 1
				break
			}
		}
	}
	for s < e-1 {
		l, ok := r.p.titleAt(toks, s)
		if !ok || l.label != "honorific" || s+len(l.p) >= e {
			break
		}
		s += len(l.p)
	}
	for s < e-1 && toks[s].punct {
		s++ // the apostrophe of "Dato'"
	}
	return s
}

// sentenceOpener reports whether t, the first word of a sentence, is a
// function or ordinary word written with a capital only because it opens
// the sentence ("Dan Sarah Murdoch", "Namun Rooney"): not part of a name.
func (r *run) sentenceOpener(t *token) bool {
	return r.p.function[t.low] || r.p.coord[t.low] || r.p.isCommonWord(t.low) && t.lx&lxGiven == 0
}

// insideNames drops a state (or its capital or demonym) named inside a
// longer name of an organization, a thing or a people: after an organization's head word in
// the same run of capitalized words ("PT Pemeringkat Efek Indonesia",
// "Bursa Efek Jakarta", "Akademi Kerajaan Spanyol"), after a head of a
// thing's name or a word for a people ("Festival Filem Malaysia", "bangsa
// Jerman"), or before an
// organization's tail word or an ordinary capitalized word ("Japan
// Airlines", "Indonesia Investor Forum", "Indonesia Air Transport").
func (r *run) insideNames(st *sentence, ms []*mention) []*mention {
	toks := st.toks
	p := r.p
	if r.titleCasedSt(st) {
		return ms // a headline in title case: every word is capitalized
	}
	keep := ms[:0]
	for _, m := range ms {
		if bodyWord(m) && r.beforeNameWord(toks, m.tj, ms) {
			continue // "Kongres Pemuda Kedua", "Senat Mahasiswa": a one-word body's name heads a longer name
		}
		// A capital names its state, or an organization seated there
		// ("Brussels" for the EU): either is inside "Brussels Airlines".
		if m.person || m.consumed || m.entry == nil || m.rule != "metonym:capital" && (m.entry.Kind != facts.KindState && m.id != m.entry.Country || !r.isStateMention(m)) {
			keep = append(keep, m)
			continue
		}
		if !toks[m.ti].cap && !toks[m.ti].punct {
			keep = append(keep, m) // a metonym opening in lower case ("Televisi pemerintah Rusia"): no capitalized name holds it
			continue
		}
		inside := m.ti > 0 && toks[m.ti-1].lx&lxStateCtx != 0 && p.peopleWords[toks[m.ti-1].low] // "bangsa Jerman", "suku Kurdi"
		if !inside && m.ti >= 2 && !toks[m.ti-1].cap && toks[m.ti-2].cap && toks[m.ti-1].lx&lxCoord == 0 && toks[m.ti-1].lx2&l2OrgLink != 0 {
			if c := covered(ms, m.ti-2); c != nil && !c.person && r.kindOf(c.id) == facts.KindOrganization {
				inside = true // "Jurong Engineering Limited of Singapore"
			}
		}
		// Backwards through the capitalized run before the name.
		for j := m.ti - 1; !inside && j >= 0 && j >= m.ti-5; j-- {
			t := &toks[j]
			if t.punct || !t.cap && t.lx2&l2OrgLink == 0 {
				break
			}
			if c := covered(ms, j); c != nil {
				break // "the European Union and Japan": another name, not a head
			}
			if p.orgHeads[t.low] || t.lx&lxStateCtx != 0 && p.stateNameHeads[t.low] || j < m.ti-1 && toks[j+1].lx2&l2OrgLink != 0 && (r.x.common.legalForms[t.low] || p.orgTails[t.low]) {
				inside = true // "Football League Yunani", "Festival Film Berlin"
				break
			}
		}
		// A capital right after an unknown acronym (three to six capital
		// letters that no mention covers) and before no capitalized word
		// is the seat in an institution's name: "RSCM Jakarta", "UIN
		// Jakarta", "LBH Jakarta", no state ("Ketua ICMI London Muslimin
		// Anwar" is left to the rules that end a title before a name).
		if !inside && m.rule == "metonym:capital" && m.ti >= 1 && unknownAcronym(&toks[m.ti-1]) && covered(ms, m.ti-1) == nil && (m.tj >= len(toks) || !toks[m.tj].cap || toks[m.tj].punct) {
			inside = true
		}
		// A capital right after an ordinary capitalized word (no month or
		// weekday, no other mention; a title too) ends a
		// longer name: "Captain America", "Corporate America", "Good
		// Morning America"); the sentence's first word too unless it
		// only opens the sentence (capital_openers: "Only Washington can").
		if !inside && m.rule == "metonym:capital" && m.ti >= 1 && !(m.ti == 1 && p.capitalOpeners[toks[0].low]) && r.ordinaryCapBefore(toks, m.ti-1, ms) {
			inside = true
		}
		// Forwards: an organization's tail word or an ordinary capitalized
		// word; a region's word ("Austria Hilir").
		if !inside && r.placeTailAfter(toks, m.tj, ms) {
			inside = true // "the Panama Canal", "The Berlin Film Festival", "the Holland Tunnel"
		}
		if !inside && (r.beforeNameWord(toks, m.tj, ms) || m.tj < len(toks) && toks[m.tj].lx&lxStateCtx != 0 && toks[m.tj].cap && p.regionTails[toks[m.tj].low] && covered(ms, m.tj) == nil) {
			inside = true
		}
		if !inside {
			keep = append(keep, m)
		}
	}
	return keep
}

// ordinaryCapBefore reports whether toks[k] is an ordinary English word
// written with a capital inside a run of capitals: no month or weekday,
// no given name and no other mention.
func (r *run) ordinaryCapBefore(toks []token, k int, ms []*mention) bool {
	p := r.p
	t := &toks[k]
	if p.lang != "en" || !t.cap || t.punct || covered(ms, k) != nil || t.lx&lxGiven != 0 || !r.englishWord(t.low) || p.function[t.low] {
		return false
	}
	if t.lx&lxDateFirst != 0 {
		_, month := p.months[t.low]
		_, day := p.weekdays[t.low]
		if month || day {
			return false
		}
	}
	return true // a title too: "Captain America" is no state
}

// placeTailAfter reports whether the capitalized words from toks[k] on,
// at most three and no other mention, end in a word of named_after_tails
// (English): a state's or capital's name there begins the name of a
// place, a work or an event ("Panama Canal", "Berlin Film Festival").
func (r *run) placeTailAfter(toks []token, k int, ms []*mention) bool {
	en := &r.p.en
	if len(en.namedAfter) == 0 {
		return false
	}
	for j := k; j < len(toks) && j < k+3; j++ {
		if !toks[j].cap || toks[j].punct || covered(ms, j) != nil {
			return false
		}
		if en.namedAfter[toks[j].low] {
			return true
		}
	}
	return false
}

// beforeNameWord reports whether toks[k] continues a name begun before it:
// an organization's tail word or an ordinary capitalized word that is no
// month, weekday or title and no other mention ("Japan Airlines",
// "Kongres Pemuda").
func (r *run) beforeNameWord(toks []token, k int, ms []*mention) bool {
	p := r.p
	if k >= len(toks) || !toks[k].cap || toks[k].punct || covered(ms, k) != nil {
		return false
	}
	t := &toks[k]
	if t.lx&lxDateFirst != 0 {
		_, month := p.months[t.low]
		_, day := p.weekdays[t.low]
		if month || day {
			return false
		}
	}
	if !(p.orgTails[t.low] || p.isCommonWord(t.low) && !p.nameStopAt(t)) {
		// Two or three capitalized words that end with an organization's
		// tail word: "the Tokyo Stock Exchange", "Moscow State University".
		for j := k + 1; j < len(toks) && j < k+3 && toks[j].cap && !toks[j].punct && covered(ms, j) == nil; j++ {
			if tl := toks[j].low; p.orgTails[tl] || p.orgCreateTails[tl] {
				return true
			}
		}
		return false
	}
	_, ok := p.titleAt(toks, k)
	return !ok
}

// bodyWord reports whether m is a state's body named by one word of the
// gazetteer ("Kongres", "Senat", "Parlemen").
func bodyWord(m *mention) bool {
	if m.tj != m.ti+1 || m.person || m.consumed || m.entry == nil {
		return false
	}
	switch m.entry.Kind {
	case facts.KindLegislature, facts.KindCourt, facts.KindMilitary, facts.KindAgency, facts.KindGovernment:
		return m.rule == "gazetteer:name"
	}
	return false
}

// titleCased reports whether nearly all words of a sentence (85%) are capitalized
// (a headline in title case), where capitals say nothing about names.
// Headlines keep conjunctions and prepositions in lower case ("Jokowi dan
// Gibran", "Tarif untuk China", "Talks With Lavrov") and end without a
// full stop, so in a line without one those in lower case are not counted
// (headlineLower); a sentence of names with a full stop stays prose.
func titleCased(toks []token) bool {
	words, caps := 0, 0
	skip := uint64(0)
	stop := len(toks) > 0 && toks[len(toks)-1].raw == "."
	if !stop {
		skip = headlineLower
	}
	for i := range toks {
		if toks[i].punct || len(toks[i].low) < 3 || !toks[i].cap && toks[i].lx&skip != 0 {
			continue
		}
		words++
		if toks[i].cap {
			caps++
		} else if stop && len(toks[i].low) >= 4 && toks[i].lx&headlineLower == 0 {
			// "Christopher Landau, Wakil Menteri Luar Negeri AS, tiba di
			// Jakarta.": a sentence with a full stop and a content word in
			// lower case is prose, however many names it holds.
			return false
		}
	}
	return words >= 3 && caps*20 >= words*17
}

// headlineLower are the flags of the function words a title-cased
// headline leaves in lower case: conjunctions, prepositions, relatives
// and determiners.
const headlineLower = lxCoord | lxLocative | lxObjPrep | lxAgent | lxBetween | lxRelative | lxDeterminer

// capsSt reports whether st is written all in capitals (a headline's or
// a banner's): three words or more, none with a lower-case letter;
// computed once per sentence.
func (r *run) capsSt(st *sentence) bool {
	if r.capsFor != st {
		words, caps := 0, true
		for k := range st.toks {
			t := &st.toks[k]
			if t.punct {
				continue
			}
			words++
			if !isAllUpper(t.raw) {
				caps = false
				break
			}
		}
		r.capsFor, r.capsVal = st, caps && words >= 3
	}
	return r.capsVal
}

// capsWordNotName reports whether the one word toks[ti], written in
// capitals in a sentence written all in capitals, is an ordinary word of
// the language there, no actor's short form: "THE WAR IS NOT OVER" names
// no IS, "LET US NOT FORGET" neither Lashkar-e-Taiba nor the United
// States. The words of caps_names keep their actor ("CHINA, US AGREE"),
// except after a verb of caps_pronoun_before ("LET US"). The cheap tests
// come first: a short word in capitals, then the sentence, then the lists.
func (r *run) capsWordNotName(st *sentence, ti int, e *gazetteer.Entry) bool {
	t := &st.toks[ti]
	if !t.cap || len(t.raw) > 6 || !isAllUpper(t.raw) || !r.capsSt(st) {
		return false
	}
	if r.p.lang == "en" && !r.englishWord(t.low) || r.p.lang != "en" && !r.p.isCommonWord(t.low) {
		return false
	}
	if !acronymForm(e, t.raw) {
		return false // "CHINA", "TRUMP": a name written in capitals, no acronym
	}
	if !r.p.capsNames[t.low] {
		return true
	}
	return ti > 0 && r.p.capsPronounBefore[st.toks[ti-1].low]
}

// capsPersons drops the persons the rules made of a sentence written all
// in capitals whose every name word is an ordinary word of the language:
// there every word is capitalized, so a title's or a verb's next words
// look like a name ("UN CHIEF URGES CEASEFIRE IN SUDAN" named a person
// "CEASEFIRE IN"). Known people stay ("PRESIDENT TRUMP").
func (r *run) capsPersons(ms []*mention) []*mention {
	out := ms[:0]
	for _, m := range ms {
		if m.person && m.entry == nil && r.ordinaryWords(m.surface) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// ordinaryWords reports whether every word of s is an ordinary word of
// the language (s is short: a name).
func (r *run) ordinaryWords(s string) bool {
	words := strings.Fields(strings.ToLower(s))
	for _, w := range words {
		if r.p.lang == "en" && !r.englishWord(w) || r.p.lang != "en" && !r.p.isCommonWord(w) {
			return false
		}
	}
	return len(words) > 0
}

// acronymForm reports whether e has a form spelled raw, up to case, with
// two capitals or more: an acronym or a short form ("IS", "US", "LeT"),
// not a name ("China").
func acronymForm(e *gazetteer.Entry, raw string) bool {
	if e == nil {
		return false
	}
	is := func(f string) bool {
		if len(f) != len(raw) || !strings.EqualFold(f, raw) {
			return false
		}
		n := 0
		for i := 0; i < len(f); i++ {
			if 'A' <= f[i] && f[i] <= 'Z' {
				n++
			}
		}
		return n >= 2
	}
	if slices.ContainsFunc(e.Short, is) {
		return true
	}
	for _, ns := range e.Names {
		if slices.ContainsFunc(ns, is) {
			return true
		}
	}
	return false
}

// capWords returns the indexes of st's capitalized words (cap and not
// punct), in order, computed once per sentence. The name rules that can
// only start at such a word (givenNamePersons, hyphenNamePersons,
// openerPersons; singleNamePersons and knownSurnames through
// loneCapWords; patronymPersons, whose patronym follows one, and
// surnameRunPersons, whose surname does) walk it instead of every token: most tokens are
// not capitalized words, and these rules ran, one after the other, over
// all tokens of the sentence, testing cap and punct of each 72-byte token
// (TestCapWordsIndex compares it with the plain filter).
// The slice is the run's scratch memory: valid until the next call.
// The cached case is small enough to inline at the rules that ask (about
// ten a sentence); filling the cache is fillCapWords' (cwFor is set only
// there, so a run without scratch memory never takes the cached case).
func (r *run) capWords(st *sentence) []int32 {
	if r.cwFor == st && r.cwLen == len(st.toks) {
		return r.capIdx
	}
	return r.fillCapWords(st)
}

// fillCapWords computes capWords(st) and caches it where the run has
// scratch memory.
//
//go:noinline
func (r *run) fillCapWords(st *sentence) []int32 {
	if r.scratch == nil { // a test's run without scratch memory: no cache
		return appendCapWords(nil, st.toks)
	}
	r.cwFor, r.cwLen = st, len(st.toks)
	r.capIdx = appendCapWords(r.capIdx[:0], st.toks)
	return r.capIdx
}

// loneCapWords returns the entries of capWords(st) that may stand alone
// among the capitalized words: no capitalized word right after, nor
// right before unless that one opens the sentence (i == 1, which the
// rules read themselves: "Namun Rooney"). singleNamePersons (twice) and
// knownSurnames read only such words, and their first test skips every
// other one; most capitalized words stand in runs of names. Cached per
// sentence like capWords (TestCapWordsIndex compares it with the plain
// filter).
func (r *run) loneCapWords(st *sentence) []int32 {
	if r.lnFor == st && r.lnLen == len(st.toks) {
		return r.loneIdx
	}
	return r.fillLoneCapWords(st)
}

// fillLoneCapWords computes loneCapWords(st) and caches it where the run
// has scratch memory.
//
//go:noinline
func (r *run) fillLoneCapWords(st *sentence) []int32 {
	cw := r.capWords(st)
	if r.scratch == nil { // a test's run without scratch memory: no cache
		return appendLoneCapWords(nil, cw)
	}
	r.lnFor, r.lnLen = st, len(st.toks)
	r.loneIdx = appendLoneCapWords(r.loneIdx[:0], cw)
	return r.loneIdx
}

// appendLoneCapWords appends to buf the entries i of cw (capWords, in
// order) with no i+1 in cw, and no i-1 where i >= 2.
func appendLoneCapWords(buf, cw []int32) []int32 {
	for k, i := range cw {
		if k+1 < len(cw) && cw[k+1] == i+1 || k > 0 && i >= 2 && cw[k-1] == i-1 {
			continue
		}
		buf = append(buf, i)
	}
	return buf
}

// appendCapWords appends to buf the indexes of the tokens that are
// capitalized words (cap and not punct).
func appendCapWords(buf []int32, toks []token) []int32 {
	for i := range toks {
		if toks[i].cap && !toks[i].punct {
			buf = append(buf, int32(i))
		}
	}
	return buf
}

// sentLx returns the lx flags of st's tokens or'ed together, computed once
// per sentence. A rule whose every match starts at a token with a flag
// (a title's or a body's first word: phraseIndex.fbit) tests the
// sentence's flags first and skips its loop over every token where no
// token has it, as in most sentences (TestSentLx compares it with the
// plain or).
func (r *run) sentLx(st *sentence) uint64 {
	if r.lxFor != st || r.lxLen != len(st.toks) {
		r.fillSentLx(st)
	}
	return r.lxAny
}

// sentLx2 is sentLx for the lx2 flags (a word list's bit: l2TitleCue).
func (r *run) sentLx2(st *sentence) uint64 {
	if r.lxFor != st || r.lxLen != len(st.toks) {
		r.fillSentLx(st)
	}
	return r.lx2Any
}

// sentHyphen reports whether a token of st holds a hyphen ("-"), computed
// once per sentence with its flags (sentLx). The rules that read only
// hyphenated words (an East Asian given name, "Ka-ki"; a match's score,
// "2-1"; two joined given names, "Jean-Jacques"; an Arabic article,
// "al-Maliki") skip their loop, or their tests at each word, in a
// sentence without one (TestSentLx compares it with the plain test).
func (r *run) sentHyphen(st *sentence) bool {
	if r.lxFor != st || r.lxLen != len(st.toks) {
		r.fillSentLx(st)
	}
	return r.lxHyphen
}

// fillSentLx computes the flags sentLx, sentLx2 and sentHyphen return for
// st. A token's raw is text[s:e], so one byte search over the text from
// the first token's start to the last one's end finds any hyphen of
// theirs (and maybe one of the blanked text between them, which makes a
// rule run, never skip).
//
//go:noinline
func (r *run) fillSentLx(st *sentence) {
	toks := st.toks
	r.lxFor, r.lxLen = st, len(toks)
	r.lxAny, r.lx2Any = orLx(toks)
	r.lxHyphen = len(toks) > 0 && strings.IndexByte(r.text[toks[0].s:toks[len(toks)-1].e], '-') >= 0
}

// orLx returns the lx and the lx2 flags of toks, each or'ed together.
func orLx(toks []token) (lx, lx2 uint64) {
	for i := range toks {
		lx |= toks[i].lx
		lx2 |= toks[i].lx2
	}
	return lx, lx2
}

// titleCasedSt is titleCased(st.toks), computed once per sentence.
func (r *run) titleCasedSt(st *sentence) bool {
	if r.tcFor != st {
		r.tcFor, r.tcVal = st, titleCased(st.toks)
	}
	return r.tcVal
}

// placeAfter reports whether a capital or city after toks[ti-1] is a
// place: after a preposition of place or direction ("ke Jakarta").
func (r *run) placeAfter(toks []token, ti int) bool {
	if ti > 1 && toks[ti-1].lx2&l2PlaceLink != 0 {
		ti-- // "dibandingkan dengan Tokyo", "ke arah Pyongyang"
	}
	if ti > 0 && (toks[ti-1].lx&lxLocative != 0 || toks[ti-1].lx2&l2PlacePrep != 0) {
		return true
	}
	// "di Kantor Presiden Jakarta": after a place's name that follows a
	// preposition of place, the capital says where that place is.
	j := ti - 1
	for j >= 0 && j >= ti-4 && toks[j].cap && !toks[j].punct {
		j--
	}
	return j < ti-1 && j >= 0 && !toks[j].cap && (toks[j].lx&lxLocative != 0 || toks[j].lx2&l2PlacePrep != 0)
}

// cityFacilityAfter reports whether the words from toks[k] (right after a
// capital's name) are a facility of the city: maybe 's, at most five
// capitalized words of the facility's name, then a word of city_facilities
// ("Beirut's Rafic Hariri International Airport", "Beirut port"). Such a
// capital says where the facility is; it is not the government acting.
func (r *run) cityFacilityAfter(toks []token, k int) bool {
	if len(r.p.cityFacilities) == 0 {
		return false
	}
	if k < len(toks) && (toks[k].low == "'s" || toks[k].low == "’s") {
		k++
	}
	for n := 0; k < len(toks) && n < 6; n, k = n+1, k+1 {
		if r.p.cityFacilities[toks[k].low] {
			return true
		}
		if !toks[k].cap || toks[k].punct {
			return false
		}
	}
	return false
}

// meetingAfter reports whether a word of capital_venue_nouns ("talks",
// "summit") is among the three tokens from toks[k], before any punctuation.
func (r *run) meetingAfter(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+3 && !toks[j].punct; j++ {
		if r.p.capitalVenueNouns[toks[j].low] {
			return true
		}
	}
	return false
}

// placePredicateAfter reports whether the words after a capital's name
// (toks[k:], past subject adverbs) say something of the city, not of the
// government: a place predicate ("dilanda", "terletak") or a copula with
// a place noun within four words ("adalah kota terpadat", "is the
// capital of"). A capital stands for its government only as the agent of
// a political act ("Pyongyang menegaskan").
func (r *run) placePredicateAfter(toks []token, k int) bool {
	p := r.p
	if len(p.placePredicates) == 0 && len(p.placeNouns) == 0 {
		return false
	}
	if k+1 < len(toks) && toks[k].lx&lxCoord != 0 && toks[k+1].cap && !toks[k+1].punct {
		for k++; k < len(toks) && toks[k].cap && !toks[k].punct; k++ {
		} // "Banda Neira atau Banda Naira adalah salah satu pulau": another name of it first
	}
	for k < len(toks) && p.subjectAdverbs[toks[k].low] && toks[k].lx2&l2Copula == 0 {
		k++
	}
	if k+1 < len(toks) && p.comparatives[toks[k].low] {
		k++ // "Tokyo lebih padat"
	}
	if k >= len(toks) {
		return false
	}
	if p.placePredicates[toks[k].low] {
		if p.hostPredicates[toks[k].low] && r.meetingAfter(toks, k+1) {
			return false // "Riyadh hosted talks between …": the host state
		}
		return !(k+2 < len(toks) && p.placePredicateNot[toks[k+1].low+" "+toks[k+2].low]) // not "berada di balik serangan"
	}
	if toks[k].lx2&l2Copula == 0 {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if p.placeNouns[toks[j].low] && !(j > k+1 && toks[j-1].lx&lxLocative != 0) {
			// (not a bare noun after a preposition, an idiom: "sanctions
			// on Havana remain in place")
			if j+1 < len(toks) && p.hostPredicates[toks[j+1].low] && r.meetingAfter(toks, j+2) {
				return false // "Riyadh menjadi tuan rumah perundingan …": the host state
			}
			return true
		}
		if toks[j].punct {
			break
		}
	}
	return false
}

// skipPortfolio moves past the ordinary capitalized words that complete a
// title ("Direktur Teknologi dan Operasional", "Menko Perekonomian",
// "Deputi Gubernur Senior"), in a language with a common-word list.
func (r *run) skipPortfolio(toks []token, k int, ms []*mention) int {
	if len(r.p.common) == 0 {
		return k
	}
	k0 := k
	for k < len(toks) {
		t := &toks[k]
		m := mentionAt(ms, k) // (read once for both tests: regionOfPortfolio changes no mention)
		if m != nil && k > k0 && r.regionOfPortfolio(m, ms) {
			k = m.tj // "Menteri Urusan Eropa Irlandia": a region the portfolio names, the state after it
			continue
		}
		if m != nil || r.p.orgHeads[t.low] || r.p.orgCreateHeads[t.low] {
			break // "Ketua Umum Partai Gerindra", "Kepala Badan Nasional ...": the body or party is the title's "of"
		}
		if t.cap && t.low != "" && r.p.bodyFirst[t.low[0]] {
			if _, ok := r.p.bodies.at(toks, k); ok {
				break // "Kepala Dinas Intelijen Korea Selatan": a body's generic name is the title's "of"
			}
		}
		if t.cap && r.p.isTitle(toks, k) {
			break // "juru bicara Kepala Staf Gabungan": another office, not a portfolio before a name
		}
		if r.givenWordOpens(toks, k) {
			break // "Penyanyi Bunga Citra Lestari": the name, no portfolio
		}
		if t.cap && !t.punct && !isAllUpper(t.raw) && (r.p.isCommonWord(t.low) || r.p.partyWords[t.low] || r.p.lang == "id" && officeNoun(t.low)) {
			k++ // "Menko Perekonomian", "Senator Demokrat", "Juru Bicara Kepresidenan"
			continue
		}
		if !t.cap && k == k0 && r.p.titleStateWords[t.low] && r.stateMentionAt(ms, k+1) != nil {
			k++ // "Juru bicara pemerintah Jerman Stefan Kornelius": the state's government, the state the office's
			continue
		}
		if !t.cap && k == k0 && k+2 < len(toks) && len(r.p.substateBefore) > 0 && !toks[k+1].cap && r.substateWordsAt(toks, k) {
			if m := mentionAt(ms, k+2); m != nil && !m.person {
				k += 2 // "Gubernur negara bagian Illinois JB Pritzker": the federation's state, then its office's holder
				continue
			}
		}
		if t.lx2&l2OrgLink != 0 && k > 0 && k+1 < len(toks) && toks[k-1].cap && toks[k+1].cap && r.p.isCommonWord(toks[k+1].low) {
			k++
			continue
		}
		break
	}
	return r.portfolioBeforeOrg(toks, k, ms)
}

// substateWordsAt reports whether toks[k] and toks[k+1] are words of
// substate_before ("negara bagian"), looked up without a string made.
func (r *run) substateWordsAt(toks []token, k int) bool {
	var buf [40]byte
	a, b := toks[k].low, toks[k+1].low
	if len(a)+len(b)+1 > len(buf) {
		return false
	}
	w := append(append(append(buf[:0], a...), ' '), b...)
	return r.p.substateBefore[string(w)]
}

// regionOfPortfolio reports whether m, after a portfolio's word, is a
// place of no one state (a continent or a region: "Eropa", "Timur
// Tengah") with a state's name right after it: the region is the
// portfolio's ("Menteri Urusan Eropa Irlandia"), the state the office's.
func (r *run) regionOfPortfolio(m *mention, ms []*mention) bool {
	return !m.person && m.entry != nil && m.entry.Kind == facts.KindPlace && m.entry.Country == "" && r.stateMentionAt(ms, m.tj) != nil
}

// portfolioBeforeOrg moves past up to four capitalized words (and the
// links between them) that are not ordinary words but stand between a
// title and an organization or a body: the office's unit or portfolio,
// often in English or a proper name ("Direktur Retail Banking PT Bank
// Mega", "Dirjen Bea dan Cukai Departemen Keuangan", "Direktur Jenderal
// Asia Pasifik dan Afrika Kementerian Luar Negeri"). The organization is
// a known actor that is not a person or a state, a body's generic name,
// or a run that starts with an organization's head word. It returns k
// unchanged when no organization follows.
func (r *run) portfolioBeforeOrg(toks []token, k int, ms []*mention) int {
	for j := k; j < len(toks) && j <= k+4; j++ {
		t := &toks[j]
		if j > k {
			if m := mentionAt(ms, j); m != nil {
				if kd := r.kindOf(m.id); m.person || kd == facts.KindState || kd == facts.KindPlace || m.entry != nil && m.entry.Kind == facts.KindPlace {
					return k
				}
				return j
			}
			if t.cap && (r.p.orgCreateHeads[t.low] || r.p.orgHeads[t.low]) && j+1 < len(toks) && toks[j+1].cap && !toks[j+1].punct {
				return j
			}
			if _, ok := r.p.bodies.at(toks, j); ok && t.cap {
				return j
			}
		}
		if t.lx2&l2OrgLink != 0 && j > k && j+1 < len(toks) && toks[j+1].cap {
			continue
		}
		if !t.cap || t.punct || covered(ms, j) != nil || isAllUpper(t.raw) {
			return k
		}
		if _, ok := r.p.titleAt(toks, j); ok {
			return k
		}
	}
	return k
}

// skipOrgName moves past an organization's name that starts with one of
// its head words and ends at a comma ("PT Mirantha Nuansa Ayu,"), so that
// the name after the comma is the title holder's. It returns k unchanged
// when there is no such name.
func (r *run) skipOrgName(toks []token, k int, ms []*mention) int {
	if k >= len(toks) || !toks[k].cap || !r.p.orgHeads[toks[k].low] { // (the lexical test before the map)
		return k
	}
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		t := &toks[j]
		if t.raw == "," || t.raw == "(" && skipParen(toks, j) > j {
			return j // "Dirut Bursa Efek Jakarta (BEJ), Erry Firmansyah"
		}
		if m := mentionAt(ms, j); m != nil && m.person {
			return j // "Ketua Umum Partai Gerindra Prabowo Subianto": a known person ends it
		}
		if t.punct || !t.cap && t.lx2&l2OrgLink == 0 {
			break
		}
	}
	return k
}

// skipParen moves past a short parenthetical apposition at k ("(BNPB)",
// "(Menlu)").
func skipParen(toks []token, k int) int {
	if k >= len(toks) || toks[k].raw != "(" {
		return k
	}
	for j := k + 1; j < len(toks) && j <= k+5; j++ {
		if toks[j].raw == ")" {
			return j + 1
		}
	}
	return k
}

// stampAfter reports whether a capital is followed by a comma and a
// weekday or a date: "di Jakarta, Selasa", "Jakarta, 25/6": where and when
// the news was given, a place.
func (r *run) stampAfter(toks []token, tj int) bool {
	if tj+1 >= len(toks) || toks[tj].raw != "," {
		return false
	}
	t := &toks[tj+1]
	if _, ok := r.p.weekdays[t.low]; ok {
		return true
	}
	if t.s >= len(r.text) || r.text[t.s] < '0' || r.text[t.s] > '9' {
		return false
	}
	// A date ("25/6", "25 Juni", "June 25"), not a count ("Kyiv, 12
	// orang tewas", "Rusia Serang Kyiv, 12 Tewas").
	if strings.ContainsAny(t.raw, "/-.") || tj+2 >= len(toks) || toks[tj+2].punct {
		return true
	}
	_, month := r.p.months[toks[tj+2].low]
	return month || len(t.raw) == 4
}

// heldOffice reports whether a person of the gazetteer held an office:
// a role whose title is not a sector (sector: "government" in the
// generated Phoenix people).
func heldOffice(e *gazetteer.Entry, sector map[string]bool) bool {
	for _, ro := range e.Roles {
		if !sector[ro.Title] {
			return true
		}
	}
	return false
}

// surnameIndex lists the gazetteer's people that keep selects by the last
// word (given: the first word) of their name and of each other name of
// two words or more ("Sri Mulyani Indrawati" and "Sri Mulyani": indrawati,
// mulyani; given: sri).
func surnameIndex(g *gazetteer.Gazetteer, c nameCustoms, keep func(*gazetteer.Entry) bool, given bool) map[string][]*gazetteer.Entry {
	idx := map[string][]*gazetteer.Entry{}
	put := func(e *gazetteer.Entry, w string) {
		for _, x := range idx[w] {
			if x == e {
				return
			}
		}
		idx[w] = append(idx[w], e)
	}
	add := func(e *gazetteer.Entry, name string) {
		n := nameParts(name)
		if n.last == "" || n.last == n.norm || !strings.Contains(strings.TrimSpace(name), " ") {
			return
		}
		w := n.first
		if !given {
			w = c.surnameKey(e, name, n)
			if w == "" || w == n.last && name != e.Name && w == nameParts(e.Name).first {
				return // "Mohamed Abdullahi Mohamed", another name of Farmaajo: his given name is no surname
			}
			if stem := articleStem(w); stem != "" {
				put(e, stem) // "Abdel Fattah el-Sisi": "Sisi"
			}
		}
		put(e, w)
	}
	eachPersonName(g, keep, add)
	return idx
}

// eachPersonName calls add with every name of the gazetteer's people
// that keep accepts: the entry's name, then its names in every language.
func eachPersonName(g *gazetteer.Gazetteer, keep func(*gazetteer.Entry) bool, add func(*gazetteer.Entry, string)) {
	g.Entries(func(e *gazetteer.Entry) bool {
		if e.Kind == facts.KindPerson && keep(e) {
			add(e, e.Name)
			for _, ns := range e.Names {
				for _, n := range ns {
					add(e, n)
				}
			}
		}
		return true
	})
}

// nameCands are the gazetteer's office holders a single name may stand
// for: by surname, and by given name those whom news names so. In a
// language that names its own people by their given name (Indonesian:
// "Menlu Retno", "Presiden Joko") that is any office holder after a title
// (titled: "Raja Felipe"), and alone the home state's and those of the
// patronymic and given-name states; English names only the latter by
// their given name ("Anwar said", "Abiy said"). A Spaniard is no "Pedro"
// alone; the others with the given name still make a surname ambiguous
// ("Hasan" alone is no Zulkifli Hasan where others are named Hasan).
func (r *run) nameCands(w string, given, titled bool) []*gazetteer.Entry {
	cands := r.x.bySurname[w]
	if len(cands) > 0 && !titled && r.commonHomeName(w) {
		cands = r.withoutHomeOfficials(cands) // "kata Nasir": a surname that is a common given name too
	}
	if !given {
		return cands
	}
	gs := r.x.byPatronymGiven[w]
	if r.p.lang == "id" {
		gs = r.x.byGiven[w]
		if len(cands) == 0 && !titled {
			var buf [4]*gazetteer.Entry
			own := buf[:0]
			for _, e := range gs {
				if e.Country == r.p.home && !leads(e) && r.commonHomeName(w) {
					continue // "kata Ferry": a common Indonesian given name alone is many people's, not the minister's
				}
				if e.Country == r.p.home || r.x.customs.givenFirst[e.Country] || r.x.patronymic[e.Country] {
					own = append(own, e)
				}
			}
			gs = own
		}
	}
	if len(gs) == 0 {
		return cands
	}
	if len(cands) == 0 {
		return gs
	}
	out := append([]*gazetteer.Entry(nil), cands...)
	for _, e := range gs {
		dup := false
		for _, x := range cands {
			dup = dup || x == e
		}
		if !dup {
			out = append(out, e)
		}
	}
	return out
}

// holderByName finds the one gazetteer person with this name (see
// nameCands) who held an office on the article's date (without a date: the
// only one who held an office since 2015): a speaker or an honorific's name
// that the article gives alone ("lanjut Mulyani", "kata Duterte") is the
// office holder the news means, where an unknown person would be a new
// actor. After an honorific alone a given name is too common to stand for
// an office holder ("Bapak Joko"): given is false there. A holder who
// never headed a state or a government gives way to nobody when one who
// did has the name too ("Khan").
func (r *run) holderByName(w string, given, titled bool) *gazetteer.Entry {
	cands := r.nameCands(w, given, titled)
	if len(cands) == 0 {
		return nil
	}
	ref, lo := r.refStr, ""
	if ref == "" {
		ref, lo = "9999", "2015"
	}
	var held, open [4]*gazetteer.Entry
	hits, stale := held[:0], open[:0]
	for _, e := range cands {
		on, known := false, false
		for _, ro := range e.Roles {
			if (ro.Start == "" || ro.Start <= ref) && (ro.End == "" || lo <= ro.End && (lo != "" || ref <= ro.End)) {
				on = true
				known = known || !r.x.customs.leftOpen(e, ro, ref)
			}
		}
		switch {
		case known:
			hits = append(hits, e)
		case on:
			stale = append(stale, e)
		}
	}
	if len(hits) == 0 {
		hits = stale // a term a dated source left open gives way to one known to go on ("Abbas" in 2024)
	}
	named := len(hits) > 1
	var head []*gazetteer.Entry
	if named && r.refStr == "" {
		head = headsOnly(hits, cands) // (before keep below reuses hits' array; one head is a new slice)
	}
	if named {
		// Two holders of the day: the one whose state the article names
		// ("Harris" beside the Democratic Party is Kamala Harris, not
		// Ireland's Simon Harris).
		keep := hits[:0]
		for _, e := range hits {
			if r.stateMentioned(e.Country) {
				keep = append(keep, e)
			}
		}
		hits = keep
	}
	if len(hits) != 1 && len(head) == 1 {
		hits = head // "Duterte" with no date: the former president, not his daughter the vice-president
	}
	if len(hits) != 1 {
		return nil
	}
	hit := hits[0]
	if r.refStr == "" && !headRole(hit) && len(r.x.byFame[w]) > 0 {
		return nil // "Sanders" with no date: no more the spokeswoman than the senator the gazetteer knows
	}
	if !headRole(hit) {
		for _, e := range cands {
			if e != hit && headRole(e) && (!named || r.stateMentioned(e.Country)) {
				return nil // "Khan" in 2023: not the ICC's prosecutor, where a prime minister had the name
			}
		}
	}
	return hit
}

// headsOnly keeps of hits, office holders with one name, the one who was
// ever a head of state or of government, when no other candidate of the
// name (cands) ever was: far the most prominent bearer ("Duterte": not
// "Castro", which three heads of state bore).
func headsOnly(hits, cands []*gazetteer.Entry) []*gazetteer.Entry {
	var head *gazetteer.Entry
	for _, e := range cands {
		if headRole(e) {
			if head != nil {
				return hits
			}
			head = e
		}
	}
	for _, e := range hits {
		if e == head {
			return []*gazetteer.Entry{head}
		}
	}
	return hits
}

// headRole reports whether e was ever a head of state or of government.
func headRole(e *gazetteer.Entry) bool {
	for _, ro := range e.Roles {
		if ro.Title == "head_of_state" || ro.Title == "head_of_government" {
			return true
		}
	}
	return false
}

// holderBySurname finds the one gazetteer person with this surname who
// held the title's office (of the title's state, when it names one): "PM
// Abe" is Shinzo Abe, "Presiden Macron" Emmanuel Macron. Office holders on
// the article's date are preferred; two or more candidates give none.
func (r *run) holderBySurname(surname, role string, of *mention) *gazetteer.Entry {
	e := r.holderAmong(r.nameCands(surname, true, true), role, of)
	if e != nil && r.p.lang != "id" && !r.holdsOn(e, role) {
		// A past holder with the surname gives way to the holder of the
		// day with the given name: "King Abdullah" in 2025 is Jordan's
		// Abdullah II, not Malaysia's former king "Sultan Abdullah".
		if g := r.holderAmong(r.x.byGiven[surname], role, of); g != nil && r.holdsOn(g, role) {
			return g
		}
	}
	if e != nil || of == nil || r.p.lang == "id" {
		return e
	}
	// "Jordan's King Abdullah": with the office's state named, a given
	// name too (nameCands gives them only in Indonesian).
	return r.holderAmong(r.x.byGiven[surname], role, of)
}

// holdsOn reports whether e holds the office role on the article's date
// (a date is known and one of e's terms of it spans it).
func (r *run) holdsOn(e *gazetteer.Entry, role string) bool {
	for _, ro := range e.Roles {
		if ro.Title == role && r.termOnRef(ro) {
			return true
		}
	}
	return false
}

// termOnRef reports whether the article's date is known and falls in the
// term ro (open where it gives no start or end).
func (r *run) termOnRef(ro gazetteer.Role) bool {
	return r.refStr != "" && (ro.Start == "" || ro.Start <= r.refStr) && (ro.End == "" || r.refStr <= ro.End)
}

// holderAmong is holderBySurname's choice among the candidates cands.
func (r *run) holderAmong(cands []*gazetteer.Entry, role string, of *mention) *gazetteer.Entry {
	if len(cands) == 0 {
		return nil
	}
	// A term a dated source left open counts on the day only where no
	// term known to go on does ("Raja Felipe" in 2024: not Mexico's Felipe
	// Calderón, whom CountryInfo leaves in office from 2006).
	if e := r.holderAmongOn(cands, role, of, true); e != nil {
		return e
	}
	return r.holderAmongOn(cands, role, of, false)
}

// holderAmongOn is holderAmong's choice; with known, a term a dated
// source left open is not held on the article's date (leftOpen).
func (r *run) holderAmongOn(cands []*gazetteer.Entry, role string, of *mention, known bool) *gazetteer.Entry {
	ofID := ""
	if of != nil {
		ofID = of.id
	}
	bodyHead := ofID != "" && r.x.common.bodyHeadRoles[role]
	var hit, dated *gazetteer.Entry
	n, nd := 0, 0
	// latest is the on-date holder whose term started last, if all on-date
	// holders held the same office (of): an older holder whose term the
	// dictionary left open (CountryInfo ends in 2012: "Lee Myung Bak",
	// head of state since 2008) gave way to the newer one.
	var latest *gazetteer.Entry
	latestStart, latestOf, sameOf := "", "", true
	for _, e := range cands {
		ok, onDate := false, false
		start, of := "", ""
		for _, ro := range e.Roles {
			if ro.Title != role && !(role == "head_of_state" && ro.Title == "head_of_government" && e.Country == "USA") && !(bodyHead && ro.Of == ofID && (ro.Title == "head" || ro.Title == "leader")) {
				continue // (the head of the title's body: "Gubernur BI Perry", "Governor" with the bank's "head")
			}
			if ofID != "" && ro.Of != ofID {
				continue
			}
			ok = true
			if r.termOnRef(ro) && !(known && r.x.customs.leftOpen(e, ro, r.refStr)) {
				onDate = true
				if ro.Start > start {
					start, of = ro.Start, ro.Of
				}
			}
		}
		if ok {
			hit, n = e, n+1
			if onDate {
				dated, nd = e, nd+1
				if nd > 1 && of != latestOf {
					sameOf = false
				}
				if start > latestStart {
					latest, latestStart, latestOf = e, start, of
				}
			}
		}
	}
	if nd == 1 {
		return dated
	}
	if nd > 1 && sameOf && latest != nil && latestOf != "" {
		return latest
	}
	if n == 1 {
		return hit
	}
	return nil
}

// ageAppositions finds people by the age news writes after a name:
// "Daniel Montalvo, 19, a member", "Budi (45), warga Bekasi". The name is
// a run of name words (two or more; one where the language can tell names
// from ordinary words) that no other rule read.
func (r *run) ageAppositions(st *sentence, ms []*mention) []*mention {
	toks := st.toks
	if r.titleCasedSt(st) {
		return ms
	}
	for i := 2; i+1 < len(toks); i++ {
		t := &toks[i]
		if !isAge(t.raw) {
			continue
		}
		open, shut := toks[i-1].raw, toks[i+1].raw
		last := open == "," && shut == "." && i+2 == len(toks) // "…, and Grace Wanjiru, 19.": the last of a list of ages
		if !(open == "," && shut == "," || open == "(" && shut == ")" || last) {
			continue
		}
		e := i - 1
		s := e
		for words := 0; s > 0 && words < 3; words++ {
			if r.isNameWord(&toks[s-1]) && covered(ms, s-1) == nil {
				s--
			} else if n := r.particlesBefore(toks, s); words > 0 && n > 0 && covered(ms, s-n-1) == nil {
				s -= n + 1 // "Leonardo da Silva Moreira, 27,"
			} else {
				break
			}
		}
		if s == e || s > 0 && toks[s-1].cap && !toks[s-1].punct {
			continue
		}
		if last && (e-s < 2 || s < 4 || !r.p.coord[toks[s-1].low] || !ageAfter(toks, s-4)) {
			continue // only after "and" that ends a list of names with ages ("…, 31, and Grace Wanjiru, 19.")
		}
		if e-s == 1 && (r.p.lang != "id" || !r.singleName(&toks[s], false)) {
			continue
		}
		if _, ok := r.p.titleAt(toks, s); ok {
			continue
		}
		pm := r.personSpan(toks, s, e, "occupation", "age", 0.75) // "Wahyu (25)": an ordinary person, no office holder named Wahyu
		if pm == nil {
			continue
		}
		ms = append(ms, pm)
		sortMentions(ms)
	}
	return ms
}

// isAge: one or two digits, 1 to 99, written without a leading zero.
func isAge(s string) bool {
	if len(s) == 0 || len(s) > 2 || s[0] < '1' || s[0] > '9' {
		return false
	}
	return len(s) == 1 || s[1] >= '0' && s[1] <= '9'
}

// givenNamePersons makes a person of an unknown name that starts with a
// known given name (lang/*.given.txt) and goes on with one to three more
// name words: "Alice Mak", "Siti Nurhaliza", "Claudia Mo Man-ching". The
// given name must not be an ordinary word of the language, the run must
// start the capitalized words (not inside a longer name or after a title
// another rule read), and no word of it may be an organization's word
// ("John Smith Foundation") or a known actor.
func (r *run) givenNamePersons(si int, st *sentence, ms []*mention) []*mention {
	toks := st.toks
	p := r.p
	if len(r.x.given) == 0 || r.titleCasedSt(st) {
		return ms
	}
	// arabicArticleName and hyphenGiven read a hyphen
	hy := r.sentHyphen(st)
	for _, ci := range r.capWords(st) { // the name starts at a capitalized word
		i := int(ci)
		if i+1 >= len(toks) {
			break
		}
		t := &toks[i]
		// Cheapest tests first: most capitalized words are not followed by
		// another capitalized word, a test cheaper than the given-name
		// look-ups (hyphenGiven, wordGiven).
		if (!toks[i+1].cap || toks[i+1].punct) && toks[i+1].lx2&l2NameParticle == 0 && !(hy && arabicArticleName(toks[i+1].raw)) || t.lx&lxGiven == 0 && !(hy && r.hyphenGiven(t.raw)) && !(t.lx2&l2WordGiven != 0 && r.wordGiven(toks, i)) || t.lx&lxLoneNot != 0 && p.givenNot[t.low] || !r.isNameWord(t) && !r.monthGiven(toks, i) && !(t.lx2&l2WordGiven != 0 && r.wordGiven(toks, i)) {
			continue
		}
		if c := covered(ms, i); c != nil {
			// A state's one-word name as the given name ("Jordan Spence",
			// "Chad Smith"): the name, when an unknown name word follows
			// that does not make a place or an organization of it ("Jordan
			// Valley"); a city's, when a census surname that is no word
			// follows ("Sydney Sweeney", not "Sydney Harbour").
			nx := &toks[i+1]
			if c.ti != i || c.tj != i+1 || c.person || c.entry == nil || c.entry.Kind != facts.KindState && !r.placeThenSurname(c, nx) || covered(ms, i+1) != nil ||
				!r.isNameWord(nx) || p.regionTails[nx.low] || p.orgTails[nx.low] || p.orgCreateTails[nx.low] || p.isTitle(toks, i+1) {
				continue
			}
			ms = dropMention(ms, c)
		}
		start := i
		for start >= 2 && toks[start-1].raw == "." && (len(toks[start-2].raw) == 1 || p.givenAbbrevs[toks[start-2].low]) && toks[start-2].cap {
			start -= 2 // initials or a short given name before it: "L. Ron Hubbard", "Moh. Saiful Anam"
		}
		if start > 0 && toks[start-1].cap && r.x.common.nameOpeners[toks[start-1].low] && covered(ms, start-1) == nil {
			start-- // "Abu Mohammed al-Julani"
		}
		if start > 0 && covered(ms, start-1) == nil && r.givenWordOpens(toks, start-1) {
			start-- // "Bunga Citra Lestari", "Cinta Laura Kiehl": a given name that is an ordinary word opens the name
		}
		if start > 0 && toks[start-1].cap && !toks[start-1].punct && !(start == 1 && p.lang != "id" && r.englishWord(toks[0].low) && toks[0].lx&lxGiven == 0) {
			if c := covered(ms, start-1); c == nil && r.isNameWord(&toks[start-1]) || c != nil && c.person {
				continue // inside a longer run of capitalized words, or a person's name another rule read
			}
		}
		if i > 0 && (p.orgCreateHeads[toks[i-1].low] || p.orgHeads[toks[i-1].low]) {
			continue
		}
		if start >= 2 && toks[start-2].lx2&l2Territory != 0 && p.territory[toks[start-2].low] && p.orgOf[toks[start-1].low] {
			continue // "the town of Adan Yabaal", "the village of Sam Ouandja": a place's name
		}
		j := i + 1
		var inPlace *mention // a place's one word inside the name: "Hotman Paris Hutapea"
		for j < len(toks) && j-i < 4 {
			if c := covered(ms, j); c != nil {
				if inPlace != nil || !r.placeInName(toks, c, j, ms) {
					break
				}
				inPlace = c
				j += 2
				continue
			}
			if r.isNameWord(&toks[j]) && !p.orgTails[toks[j].low] && !p.orgCreateTails[strings.TrimSuffix(toks[j].low, ".")] && !p.regionTails[toks[j].low] && !p.placePredicates[toks[j].low] {
				j++
				continue
			}
			if n := r.particlesAt(toks, j); n > 0 {
				j += n // "Miguel de Cervantes", "Lucia Fernandez de la Cruz"
				continue
			}
			if toks[j].raw == "." && p.givenAbbrevs[toks[j-1].low] && j+1 < len(toks) && r.isNameWord(&toks[j+1]) && covered(ms, j+1) == nil {
				j++ // a short given name inside: "Andi Muh. Arfah"
				continue
			}
			if p.lang == "id" && toks[j].cap && !toks[j].punct && !isAllUpper(toks[j].raw) && p.isCommonWord(toks[j].low) && !p.function[toks[j].low] && j+1 < len(toks) && r.isNameWord(&toks[j+1]) && covered(ms, j+1) == nil {
				j++ // an ordinary word inside an Indonesian name: "Budi Karya Sumadi"
				continue
			}
			if toks[j].cap && p.nameCommon[toks[j].low] && !isAllUpper(toks[j].raw) {
				j++ // one that ends names: "Aditya Perdana", "Rizky Putra"
				continue
			}
			break
		}
		for j > i+1 && toks[j-1].lx2&l2NameParticle != 0 {
			j--
		}
		if j == i+1 {
			// A state's one-word name as the surname ("Michael Jordan"):
			// the name, when no capitalized word follows and the given
			// name is no title ("Ratu Inggris").
			if c := covered(ms, j); c != nil && c.ti == j && c.tj == j+1 && !c.person && c.entry != nil && c.entry.Kind == facts.KindState &&
				(j+1 >= len(toks) || !toks[j+1].cap || toks[j+1].punct) && !p.isTitle(toks, i) {
				ms = dropMention(ms, c)
				j++
			}
		}
		if j < i+2 {
			continue
		}
		if j < len(toks) && toks[j].cap && !toks[j].punct && !(p.postNominals[toks[j].low] && isAllUpper(toks[j].raw)) {
			continue // the name goes on with a word we cannot read: an organization's or a place's ("James Wood KC" does not)
		}
		if p.lang == "en" && r.pluralWord(toks[j-1].low) {
			continue // "the Georgia Bulldogs", "Jordan Rivers": a team's or a thing's name
		}
		if _, ok := p.titleAt(toks, i); ok {
			continue
		}
		if r.stateNameAfterNotActor(toks, start, j) {
			continue // "dolar Hong Kong": the currency's state, skipped as no actor, is no person either
		}
		if inPlace != nil && inPlace.tj >= j {
			continue // the place ends the run: no surname after it
		}
		pm := r.personSpan(toks, start, j, "", "given-name", 0.75)
		if pm == nil {
			continue
		}
		if inPlace != nil {
			ms = dropMention(ms, inPlace)
		}
		ms = append(ms, pm)
		sortMentions(ms)
		i = j - 1
	}
	return ms
}

// placeInName reports whether the mention c at toks[j], inside a run of
// name words that a given name opens, is a city's or a place's one word
// that is part of the person's name (Indonesian): a name word of no
// actor, no ordinary word, follows it ("Hotman Paris Hutapea", "Ahmad
// Medan Siregar"). A state's name stays a state ("Budi Jepang" is no
// name run), and a region's or organization's tail word after it keeps
// the place ("Persija Jakarta Timur").
func (r *run) placeInName(toks []token, c *mention, j int, ms []*mention) bool {
	p := r.p
	if p.lang != "id" || c.ti != j || c.tj != j+1 || c.person || c.entry == nil || j+1 >= len(toks) {
		return false
	}
	if c.entry.Kind != facts.KindPlace && !strings.HasPrefix(c.rule, "metonym:capital") {
		return false
	}
	nx := &toks[j+1]
	return nx.cap && !nx.punct && !isAllUpper(nx.raw) && covered(ms, j+1) == nil && r.isNameWord(nx) && !p.isCommonWord(nx.low) &&
		!p.regionTails[nx.low] && !p.orgTails[nx.low] && !p.orgCreateTails[nx.low] && !p.placePredicates[nx.low]
}

// openerPersons makes a person of a name that opens with a phrase of the
// language's name_opener_phrases (Balinese birth-order and caste names:
// "I Wayan Sudarsana", "Ni Luh Putu Ariani", "Anak Agung Gede Rai";
// Chinese-Indonesian clan names in their old spelling: "Liem Hok Tjoan",
// "Oei Beng Hok") and goes on with one to four name words. The opener belongs to the name: a
// person another rule read in the words after it ("Wayan Sudarsana") is
// replaced by the whole name. No word of it may be another actor's.
func (r *run) openerPersons(st *sentence, ms []*mention) []*mention {
	toks := st.toks
	p := r.p
	if len(p.nameOpeners) == 0 || r.sentLx2(st)&l2Opener == 0 || r.titleCasedSt(st) {
		return ms // (openerLen is 0 at a word without l2Opener)
	}
	// next is the first token a new name may start at: the one after
	// the last name made (the plain loop skipped to it).
	next := 0
	for _, ci := range r.capWords(st) { // the name opens with a capitalized word
		i := int(ci)
		if i+1 >= len(toks) {
			break
		}
		if i < next {
			continue
		}
		k := p.openerLen(toks, i)
		if k == 0 || i > 0 && toks[i-1].cap && !toks[i-1].punct && !(i == 1 && r.sentenceOpener(&toks[0])) {
			continue
		}
		ok := true
		for q := i; q < i+k; q++ {
			if c := covered(ms, q); c != nil && (!c.person || c.entry != nil) {
				ok = false // another actor's word, or a known person's name ("Tan Malaka")
			}
		}
		j := i + k
		for ok && j < len(toks) && j-i-k < 4 && toks[j].cap && !toks[j].punct && !isAllUpper(toks[j].raw) {
			c := covered(ms, j)
			if c != nil && (!c.person || c.entry != nil) || p.orgTails[toks[j].low] || p.regionTails[toks[j].low] || c == nil && !r.isNameWord(&toks[j]) && !p.isCommonWord(toks[j].low) && !p.nameCommon[toks[j].low] {
				break
			}
			if c == nil && toks[j].lx&lxGiven == 0 && r.englishWord(toks[j].low) {
				break // an English word: "Lie Detector", "I Made Gallery"
			}
			j++
		}
		if !ok || j == i+k || j < len(toks) && toks[j].cap && !toks[j].punct {
			continue
		}
		pm := r.personSpan(toks, i, j, "", "name-opener", 0.8)
		if pm == nil {
			continue
		}
		for q := i; q < j; q++ {
			if c := covered(ms, q); c != nil {
				ms = dropMention(ms, c)
			}
		}
		ms = append(ms, pm)
		sortMentions(ms)
		next = j
	}
	return ms
}

// openerLen is the number of words of the longest name_opener_phrases
// phrase at toks[i] with a word after it, or 0.
func (p *pack) openerLen(toks []token, i int) int {
	if toks[i].lx2&l2Opener == 0 || !p.nameOpenerFirst[toks[i].raw] {
		return 0
	}
	for _, o := range p.nameOpeners {
		if i+len(o) < len(toks) && openerAt(toks, i, o) {
			return len(o)
		}
	}
	return 0
}

// openerAt reports whether the words of o, in their exact case, stand at
// toks[i:].
func openerAt(toks []token, i int, o []string) bool {
	for n, w := range o {
		if toks[i+n].raw != w {
			return false
		}
	}
	return true
}

// hyphenGiven reports whether w is a given name of two given names joined
// by a hyphen, each capitalized: "Jean-Jacques", "Anne-Marie", "Hans-Peter".
func (r *run) hyphenGiven(w string) bool {
	h := strings.IndexByte(w, '-')
	if h < 2 || h+3 > len(w) || w[h+1] < 'A' || w[h+1] > 'Z' {
		return false
	}
	return r.x.given[strings.ToLower(w[:h])] && r.x.given[strings.ToLower(w[h+1:])]
}

// hyphenNamePersons makes a person of an unknown East Asian name written
// surname first with a hyphenated given name whose second syllable is in
// lower case: "Kwok Ka-ki", "Lau Siu-lai", "Ri Son-gwon", "Moon Jae-in".
// The surname is one short capitalized name word that does not go on a
// longer capitalized run; a given name before it makes it the
// given-name rule's ("Alice Mak Mei-kuen").
func (r *run) hyphenNamePersons(si int, st *sentence, ms []*mention) []*mention {
	toks := st.toks
	if !r.sentHyphen(st) || r.titleCasedSt(st) {
		return ms // the given name is hyphenated (eastAsianGiven)
	}
	// next is the first token a new name may start at: the one after
	// the last name made (the plain loop skipped to it).
	next := 0
	for _, ci := range r.capWords(st) { // the surname is a capitalized word
		i := int(ci)
		if i+1 >= len(toks) {
			break
		}
		if i < next {
			continue
		}
		t, g := &toks[i], &toks[i+1]
		if !g.cap || len(t.raw) > 6 || !eastAsianGiven(g.raw) || covered(ms, i) != nil || covered(ms, i+1) != nil || !r.isNameWord(t) {
			continue
		}
		if i > 0 && toks[i-1].cap && !toks[i-1].punct {
			if c := covered(ms, i-1); c == nil && r.isNameWord(&toks[i-1]) || c != nil && c.person {
				continue
			}
		}
		if i+2 < len(toks) && toks[i+2].cap && !toks[i+2].punct && covered(ms, i+2) == nil {
			continue
		}
		pm := r.personSpan(toks, i, i+2, "", "hyphen-name", 0.75)
		if pm == nil {
			continue
		}
		ms = append(ms, pm)
		sortMentions(ms)
		next = i + 2
	}
	return ms
}

// eastAsianGiven reports whether w is a hyphenated given name of two
// syllables, the second in lower case: "Ka-ki", "Son-gwon", "Jae-in"; or,
// as sports copy writes Korean names, capitalized ("Joo-Ho", "Shin-Wook")
// when the first syllable is no Arabic article ("Al-Amri", "El-Din").
func eastAsianGiven(w string) bool {
	h := strings.IndexByte(w, '-')
	if h < 2 || h > 5 || len(w)-h-1 < 1 || len(w)-h-1 > 5 || strings.IndexByte(w[h+1:], '-') >= 0 {
		return false
	}
	capSecond := w[h+1] >= 'A' && w[h+1] <= 'Z' && len(w)-h-1 >= 2 && h > 2
	for i := 1; i < len(w); i++ {
		c := w[i]
		if i == h || i == h+1 && capSecond {
			continue
		}
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return w[0] >= 'A' && w[0] <= 'Z'
}

// patronymPersons makes one person of a name with a patronym, "Abu Bakar
// bin Umar", "Siti Aisyah binti Ahmad", "Khalid ibn Saeed" (or a Batak woman's marga after
// "br" or "boru": "Lamria boru Manurung"): the capitalized words before "bin"
// or "binti" (up to three, not a title) and those after it (up to three)
// are one name, whatever a gazetteer match inside it said (an armed group
// named "Abu Bakar", a state). A known person named so keeps their id.
func (r *run) patronymPersons(st *sentence, ms []*mention) []*mention {
	toks := st.toks
	// next is the first token a new patronym may be at: the one after the
	// last name made (the plain loop skipped to it).
	next := 1
	for _, ci := range r.capWords(st) { // the patronym follows a capitalized word
		i := int(ci) + 1
		if i+1 >= len(toks) {
			break
		}
		if i < next {
			continue
		}
		// (the first byte before the five compares: every patronym word
		// starts with "b" or "i")
		if l := len(toks[i].low); l < 2 || l > 5 || toks[i].low[0] != 'b' && toks[i].low[0] != 'i' || toks[i].low != "bin" && toks[i].low != "binti" && toks[i].low != "ibn" && toks[i].low != "br" && toks[i].low != "boru" || !toks[i+1].cap || toks[i+1].punct {
			continue
		}
		start := i
		for start > 0 && i-start < 3 {
			t := &toks[start-1]
			if !t.cap || t.punct || r.p.nameStopAt(t) {
				break
			}
			if _, ok := r.p.titleAt(toks, start-1); ok {
				break
			}
			if c := covered(ms, start-1); c != nil {
				if c.tj == i && c.ti >= i-3 {
					start = c.ti // a match right before "bin" is the given name ("Abu Bakar")
				}
				break // another name before it ("Ghana Kwame Bakar bin Osei")
			}
			start--
		}
		if start == i {
			continue
		}
		if c := covered(ms, start); c != nil && c.ti < start {
			continue // the words before belong to a longer name another rule read
		}
		end := i + 1
		for end < len(toks) && end-i <= 3 && (toks[end].cap && !toks[end].punct && !r.p.nameStopAt(&toks[end]) || arabicArticleName(toks[end].raw)) {
			end++
		}
		if c := covered(ms, end-1); c != nil && c.tj > end {
			continue
		}
		name := r.text[toks[start].s:toks[end-1].e]
		person := r.newPerson(name, "honorific", "")
		if person == nil {
			continue
		}
		keep := ms[:0]
		for _, m := range ms {
			if m.ti >= start && m.tj <= end {
				continue
			}
			keep = append(keep, m)
		}
		ms = append(keep, r.newMention(mention{s: toks[start].s, e: toks[end-1].e, ti: start, tj: end, id: person.a.ID, surface: name, rule: "patronym", conf: 0.8, person: true}))
		sortMentions(ms)
		next = end
	}
	return ms
}

// partyAffiliations gives a person named with the party or organization
// they belong to a "member" role of it: "John Kerr of the Labour Party",
// "Senator Bob Keane, of the Democratic Party,", "Budi Santoso dari
// Partai Golkar". The organization must be a known or created
// organization (not a state or a body: "Lars Jensen of Denmark" is the
// office's state, read by the title rule).
func (r *run) partyAffiliations(st *sentence, ms []*mention) []*mention {
	toks := st.toks
	for _, m := range ms {
		if !m.person || m.pronoun {
			continue
		}
		k := m.tj
		if k < len(toks) && toks[k].raw == "," {
			k++
		}
		if k >= len(toks) || toks[k].low != "of" && toks[k].low != "dari" {
			continue
		}
		k++
		if k < len(toks) && toks[k].low == "the" {
			k++
		}
		om := mentionAt(ms, k)
		if om == nil || om.person || r.kindOf(om.id) != facts.KindOrganization {
			continue
		}
		oa := r.mentionActor(om)
		if oa == nil || oa.a.Kind != facts.KindOrganization {
			continue
		}
		pa := r.mentionActor(m)
		if pa == nil || pa.a.Kind != facts.KindPerson {
			continue
		}
		r.addRole(pa, "member", oa.a.ID)
		if pa.a.Country == oa.a.ID {
			pa.a.Country = oa.a.Country // addRole takes the "of" as the country when there is none
		}
	}
	return ms
}

// headlineVerb reports whether t's word is the bare root of an event verb
// of the triggers or of headline_verbs, maybe with -kan or -i, as a
// headline writes it ("kecam", "resmikan", "kirim", "tinjau"): buildLex2
// flags those forms.
func (p *pack) headlineVerb(t *token) bool { return t.lx2&l2HeadlineVerb != 0 }

// placeListed reports whether the one word at toks[i] stands in a list
// between places: a place's or a state's mention right before it across a
// comma (or a coordinator) and another right after it across a comma or a
// coordinator; or it ends a list of places after a coordinator and a
// preposition of place or "between" before the list, no verb of a person
// after it ("between Paris and Venice", "from Lyon or Florence").
func (r *run) placeListed(toks []token, i int, ms []*mention) bool {
	isPlace := func(m *mention) bool { return m != nil && !m.person && (r.isPlace(m.id) || r.isStateMention(m)) }
	sep := func(t *token) bool { return t.raw == "," || t.lx&lxCoord != 0 }
	before := i >= 2 && sep(&toks[i-1]) && isPlace(mentionEndingAt(ms, i-1))
	if before && toks[i-1].lx&lxCoord != 0 && (i+1 == len(toks) || toks[i+1].raw == "." || !toks[i+1].cap && !toks[i+1].punct && toks[i+1].lx&lxSpeech == 0 && !r.p.humanVerbs[toks[i+1].low] && !r.verbAfter(toks, i+1)) {
		// the list after a preposition of place or "between": "He visited
		// London and Grace stayed home" is no list of places
		if pm := mentionEndingAt(ms, i-1); pm.ti > 0 && (toks[pm.ti-1].lx2&l2PlacePrep != 0 || toks[pm.ti-1].lx&(lxLocative|lxBetween) != 0) {
			return true
		}
	}
	if !before && i >= 3 && toks[i-1].lx&lxCoord != 0 && toks[i-2].cap && !toks[i-2].punct && covered(ms, i-2) == nil && (i+1 == len(toks) || toks[i+1].raw == "." || toks[i+1].raw == ",") {
		// "spotted off Broome and Darwin.": a name the gazetteer lacks
		// after a preposition of place (not "to", nor a verb: "spoke to
		// Smith and Emily", "visited Smith and Emily"), then "and" and a
		// given name that ends the clause, is a list of places.
		if prep := &toks[i-3]; prep.lx&(lxLocative|lxBetween) != 0 || prep.lx2&l2PlacePrep != 0 && !r.p.recipientPreps[prep.low] && !r.verbWord(prep.low) {
			return true
		}
	}
	j := i + 1
	for j < len(toks) && j < i+3 && sep(&toks[j]) {
		j++ // ", dan", ", and"
	}
	return before && j > i+1 && j < len(toks) && isPlace(mentionAt(ms, j))
}

// kinBefore reports whether a relative's word (kin_words) comes right
// before token i, or one lower-case word before it ("Istri Presiden",
// "putra sulung Presiden").
func (r *run) kinBefore(toks []token, i int) bool {
	p := r.p
	if i > 0 && p.kinWords[toks[i-1].low] {
		return true
	}
	return i > 1 && p.kinWords[toks[i-2].low] && !toks[i-1].cap && !toks[i-1].punct && !p.function[toks[i-1].low]
}

// kinAppositions makes a person of the name in commas after a person a
// relative's word introduces: "Istri Presiden Joko Widodo, Iriana,
// menghadiri …" names Iriana. The name is one to three name words after
// the comma, closed by a comma or the sentence's end; it gets no office.
func (r *run) kinAppositions(st *sentence, ms []*mention) []*mention {
	toks := st.toks
	if len(r.p.kinWords) == 0 {
		return ms
	}
	var add []*mention
	for _, m := range ms {
		k := m.tj + 1
		if !m.person || k >= len(toks) || toks[m.tj].raw != "," || !r.kinBefore(toks, m.ti) || covered(ms, k) != nil {
			continue
		}
		e := k
		for e < len(toks) && e-k < 3 && r.isNameWord(&toks[e]) && covered(ms, e) == nil {
			e++
		}
		if e == k || e < len(toks) && toks[e].raw != "," && toks[e].raw != "." {
			continue
		}
		if _, ok := r.p.titleAt(toks, k); ok {
			continue
		}
		if pm := r.personSpan(toks, k, e, "occupation", "person:kin", 0.7); pm != nil && pm.id != m.id {
			add = append(add, pm)
		}
	}
	if len(add) > 0 {
		ms = append(ms, add...)
		sortMentions(ms)
	}
	return ms
}

// occupationAppositions finds the unknown person an occupation introduces
// after its complement, in commas: "pengamat hubungan internasional dari
// Universitas Indonesia, Hikmahanto Juwana, menilai …", "an analyst at
// the Lowy Institute, Susannah Patton, said". The name is two or three
// name words right after the first comma within ten words of the
// occupation, followed by a comma, the sentence's end or a verb (or one
// name word closed by commas, where the language tells names from words).
func (r *run) occupationAppositions(st *sentence, ms []*mention) []*mention {
	toks := st.toks
	p := r.p
	if fb := p.titles.fbit; fb != 0 && r.sentLx(st)&fb == 0 {
		return ms // no token may start a title (titleStarts is empty), as in titledPersons
	}
	for _, ti := range r.titleStarts(st) {
		i := int(ti)
		l, ok := p.titleAt(toks, i)
		if !ok || l.label == "honorific" || l.label == "-" {
			continue // an office too: "Juru bicara kementerian itu, Legesse Tulu,"
		}
		for j := i + len(l.p); j < len(toks) && j <= i+10; j++ {
			t := &toks[j]
			if covered(ms, j) != nil && covered(ms, j).person || t.punct && t.raw != "," && t.raw != "(" && t.raw != ")" {
				break
			}
			if t.raw != "," {
				continue
			}
			s := j + 1
			e := s
			for e < len(toks) && e-s < 3 && r.isNameWord(&toks[e]) && covered(ms, e) == nil {
				e++
			}
			// One word is a name too when commas close it and the
			// language tells names from words ("Petani di Indramayu,
			// Karsim, mengatakan", "Ketua RT setempat, Sutrisno,").
			closedOne := e-s == 1 && e < len(toks) && toks[e].raw == "," && r.singleName(&toks[s], false)
			if (e-s >= 2 || closedOne) && (e == len(toks) || toks[e].punct || !toks[e].cap) {
				if _, ok := p.titleAt(toks, s); !ok {
					if pm := r.personSpan(toks, s, e, l.label, "occupation:apposition", 0.75); pm != nil {
						if a := r.actors[pm.id]; a != nil && a.entry == nil && a.a.Country == "" && p.home != "" && p.homeTitle(l.p) {
							a.a.Country = p.home // "Lurah Kampung Melayu, Setiawan,": an office of the home state
						}
						ms = append(ms, pm)
						sortMentions(ms)
					}
				}
			}
			break
		}
	}
	return ms
}

// isInitial reports whether t is a single upper-case letter: an initial
// of a name ("M. Akib Latuconsina", "Rozik B Soetjipto").
func isInitial(t *token) bool {
	return len(t.raw) == 1 && t.raw[0] >= 'A' && t.raw[0] <= 'Z'
}

// initialPersons makes a person of an unknown name written with an
// initial: an initial, with or without its dot, before one to three name
// words ("J. Pardede", "M. Akib Latuconsina") or between name words
// ("Rozik B Soetjipto", "Eddie A. Arsyad"). The run must stand alone
// among the capitalized words (not after an organization's or a street's
// head word, not going on with a word we cannot read), hold no known
// actor, and (in English, where "I" and "A" are words) every initial must
// carry its dot.
func (r *run) initialPersons(st *sentence, ms []*mention) []*mention {
	toks := st.toks
	p := r.p
	if r.titleCasedSt(st) {
		return ms
	}
	// An initial is a capital ASCII letter, so a capitalized word: the loop
	// walks capWords rather than every token. next is where the token loop
	// went on after a name it made (j).
	next := 0
	for _, ci := range r.capWords(st) {
		i := int(ci)
		if i+1 >= len(toks) {
			break
		}
		if i < next || !isInitial(&toks[i]) || covered(ms, i) != nil {
			continue
		}
		dotted := toks[i+1].raw == "."
		if !dotted && (p.lang != "id" || i == 0) {
			continue
		}
		// Name words before the initial ("Rozik B Soetjipto").
		start := i
		for start > 0 && i-start < 2 && covered(ms, start-1) == nil && r.isNameWord(&toks[start-1]) {
			start--
		}
		if !dotted && start == i {
			continue // an initial without its dot only inside a name: "Rozik B Soetjipto", not "seri A Premium"
		}
		if start == i && (i > 0 && isInitial(&toks[i-1]) || i > 1 && isInitial(&toks[i-2])) {
			continue // a list of letters: "terminal B, C dan D. Perjanjian …"
		}
		if start > 0 {
			pi := start - 1
			if toks[pi].raw == "." && pi > 0 {
				pi-- // "Jl. A. Yani"
			}
			prev := &toks[pi]
			if prev.cap && !prev.punct && pi == start-1 || p.orgHeads[prev.low] || p.orgCreateHeads[prev.low] || p.isBodyHead(prev.low) {
				continue // inside a longer name, or a street's or an organization's
			}
			if r.afterThingNoun(toks, pi+1) {
				continue // "ponsel lipat Galaxy Z Fold": a product's name
			}
		}
		// The initial(s) and the name words after it.
		j, words := i, 0
		for j < len(toks) && j-start < 6 {
			if isInitial(&toks[j]) && covered(ms, j) == nil {
				d := j+1 < len(toks) && toks[j+1].raw == "."
				if !d && p.lang != "id" {
					break
				}
				j++
				if d {
					j++
				}
				continue
			}
			if covered(ms, j) == nil && r.isNameWord(&toks[j]) {
				j++
				words++
				continue
			}
			break
		}
		if words == 0 || j < len(toks) && toks[j].cap && !toks[j].punct && !isShortNumber(toks[j].raw) {
			continue
		}
		if toks[j-1].raw == "." || isInitial(&toks[j-1]) {
			continue // the name must end with a name word
		}
		if _, ok := p.titleAt(toks, start); ok {
			continue
		}
		pm := r.personSpan(toks, start, j, "", "initial-name", 0.7)
		if pm == nil {
			continue
		}
		ms = append(ms, pm)
		sortMentions(ms)
		next = j
	}
	return ms
}

// singleGivenPersons makes a person of a known given name standing alone
// (lang/*.given.txt, never an ordinary word): "Tommy ditinggal sendiri",
// "meninggalkan Eduardo …, teman sekampus Mark". The word must stand
// alone among the capitalized words, be no title and no known actor, and
// not follow an organization's or a street's head word, a preposition of
// place ("di Florida") or come before a pronoun ("Mari kita").
func (r *run) singleGivenPersons(st *sentence, ms []*mention) []*mention {
	return r.singleNamePersons(st, ms, false)
}

// singleSurnamePersons is singleGivenPersons for a surname of
// lang/surnames.txt standing alone in a person's place ("Polisi menangkap
// Hendricks", "Hendrickson menolak tuduhan itu"; see loneSurnameWord), in
// a language with a list of ordinary words to tell names from words
// (Indonesian). It runs after knownSurnames, so a surname the gazetteer
// knows is that person: the office holder of the day or the one public
// figure with it, none when two or more known people share it ("Castro"),
// and the one known person with a surname the census does not count
// ("Stalin"; rareKnownSurname).
func (r *run) singleSurnamePersons(st *sentence, ms []*mention) []*mention {
	return r.singleNamePersons(st, ms, true)
}

// singleNamePersons makes persons of the given names (surnames false) or
// the surnames (true) standing alone.
func (r *run) singleNamePersons(st *sentence, ms []*mention, surnames bool) []*mention {
	toks := st.toks
	p := r.p
	if len(r.x.given) == 0 || r.titleCasedSt(st) || surnames && len(p.common) == 0 {
		return ms
	}
	for _, ci := range r.loneCapWords(st) { // the name is a capitalized word, alone (the test below)
		i := int(ci)
		t := &toks[i]
		// No capitalized word stands after a lone one, nor before one past
		// the second word (loneCapWords): only the sentence's first word
		// may stand before it ("Namun Rooney" is alone, "Jamrud Bahia" is
		// not).
		if i == 1 && toks[0].cap && !toks[0].punct && !(surnames && (toks[0].lx&(lxCoord|lxClauseBreak) != 0 || p.subjectAdverbs[toks[0].low])) {
			continue
		}
		if surnames == (t.lx&lxGiven != 0) || covered(ms, i) != nil {
			continue // a surname is no given name; a known actor is known
		}
		if t.lx&lxLoneNot != 0 && p.givenNot[t.low] || !r.isNameWord(t) || surnames && !r.loneSurnameWord(toks, i, ms) {
			continue
		}
		if !surnames && r.regimeSlot(toks, i) && r.headByName(t.low) != nil {
			continue // "rezim Mubarak": knownSurnames reads a leader's name there
		}
		if i > 0 {
			prev := &toks[i-1]
			if prev.cap && !prev.punct && i > 1 || p.orgHeads[prev.low] || p.orgCreateHeads[prev.low] || p.isBodyHead(prev.low) || prev.lx2&l2NameParticle != 0 {
				continue
			}
			if isNumberTok(prev) && i > 1 && toks[i-2].cap {
				continue // "Boeing 737 Max", "iPhone 16 Pro": a model's name
			}
			if p.saintWords[prev.low] || prev.raw == "." && i > 1 && p.saintWords[toks[i-2].low] {
				continue // "St. Martin", "St. Peter's Basilica": a saint's place or church
			}
			if r.placeListed(toks, i, ms) {
				continue // "New South Wales, Victoria, South Australia": a place among places
			}
			if prev.lx2&l2PlacePrep != 0 || prev.lx&lxLocative != 0 {
				continue // "di Florida", "ke Sydney": given names that are also places
			}
			if prev.raw == "&" && toks[i-2].cap {
				continue // "Tom & Jerry", "Romeo & Juliet": news joins persons with a word, an ampersand joins a work's or a firm's name
			}
			if p.thingNouns[prev.low] || p.thingTitles[prev.low] || p.peopleWords[prev.low] {
				continue // "penghargaan Oscar", "minyak mentah Brent", "model Claude": a thing's name; "bangsa Israel": a people
			}
			if prev.lx&lxNotActor != 0 && r.stateNameAfterNotActor(toks, i, i+1) {
				continue // "buatan India": the maker's state, skipped as no actor, is no person either
			}
			if !surnames && !prev.cap && !prev.punct && r.titlePlaceBeforeName(toks, i) {
				continue // "Kepala polisi Orlando, John Mina,": the title's city, its holder named after the comma
			}
			if p.lang == "en" && p.orgArticles[prev.low] && prev.low != "of" {
				continue // "the Brent benchmark", "a Jordan": English names no person with an article
			}
		}
		if i+1 < len(toks) {
			next := &toks[i+1]
			if next.cap && !next.punct || next.raw == "." && i+2 < len(toks) && toks[i+2].cap || next.lx2&l2NameParticle != 0 || next.raw == "-" || p.pronouns[next.low] != "" || arabicArticleName(next.raw) {
				continue
			}
			if next.raw == "&" && i+2 < len(toks) && toks[i+2].cap && !toks[i+2].punct {
				continue // "serial Tom & Jerry": the first of an ampersand's pair
			}
			if next.punct && quotedNickname(toks, i+1) {
				continue // "Jimmy \"Barbecue\" Cherizier": a nickname in quotes inside the name
			}
			if p.lang == "en" && p.thingNouns[next.low] {
				continue // "Brent crude", "Harvey storm": English puts the thing's name first
			}
			if startsWithDigit(next.raw) {
				continue // "its Luna 25 lander", "Artemis 2": a numbered name is a craft's, a model's, no person's
			}
			if p.lang == "en" && p.territory[next.low] {
				continue // "Russia's Samara region", "the Sumy oblast": a place's name before its kind of territory
			}
			if p.lang == "en" && i == 0 && p.possessives[next.low] {
				continue // "Mark your calendars": a verb of command opens the sentence
			}
			if p.givenWords[t.low] && (i == 0 || i == 1 && toks[0].punct) && !next.punct && next.lx&lxSpeech == 0 && !p.humanVerbs[next.low] && !p.weakHumanVerbs[next.low] {
				continue // "Budi pekerti", "Fajar menyingsing": a given name that is an ordinary word opens the sentence
			}
			if !surnames && p.lang == "en" && (i == 0 || i == 1 && toks[0].punct) && r.englishOpenerNoPerson(toks, i) {
				continue // "Frank discussions", "Florence banned", "Hilton said it would"
			}
		}
		if _, ok := p.titleAt(toks, i); ok {
			continue
		}
		if t.low != "" && p.bodyFirst[t.low[0]] {
			if _, ok := p.bodies.at(toks, i); ok {
				continue // "Senat", "Parlemen": a body's generic name
			}
		}
		if surnames && i > 0 && toks[i-1].raw == "-" {
			continue // "Baden - Powell": the end of a name with a hyphen
		}
		if surnames {
			// A surname of people the gazetteer knows is the office holder
			// of the day or the one public figure with it; of two or more
			// others, none ("Castro"); of one past office holder, that
			// person when the census does not count the surname
			// (rareKnownSurname: "Stalin"), else a new person: common
			// surnames are many people's ("Ruiz").
			e := r.holderByName(t.low, false, false)
			if e == nil {
				e = r.figureByName(t.low)
			}
			if e == nil {
				e = r.rareKnownSurname(t.low)
			}
			if e == nil && len(r.x.bySurname[t.low])+len(r.x.byFame[t.low]) > 1 {
				continue
			}
			if e != nil {
				if r.actorOf(e.ID, e) == nil {
					continue
				}
				ms = append(ms, r.newMention(mention{s: t.s, e: t.e, ti: i, tj: i + 1, id: e.ID, surface: t.raw, rule: "single-surname", conf: 0.6, person: true, entry: e}))
				sortMentions(ms)
				continue
			}
		}
		role := ""
		if !surnames && r.appositionAfter(toks, i) || surnames && (i > 0 && p.nameIntros[toks[i-1].low] || i+2 < len(toks) && toks[i+1].raw == "(" && startsWithDigit(toks[i+2].low)) {
			role = "occupation"
		}
		person := r.newPerson(t.raw, role, "")
		if person == nil {
			continue
		}
		rule := "single-given-name"
		if surnames {
			rule = "single-surname"
		}
		ms = append(ms, r.newMention(mention{s: t.s, e: t.e, ti: i, tj: i + 1, id: person.a.ID, surface: t.raw, rule: rule, conf: 0.6, person: true}))
		sortMentions(ms)
	}
	return ms
}

// quotedNickname reports whether toks[k] opens a quoted nickname of one to
// three capitalized words that a capitalized word follows, inside a
// person's name: "Jimmy \"Barbecue\" Cherizier", "Joaquin \"El Chapo\"
// Guzman".
func quotedNickname(toks []token, k int) bool {
	q := toks[k].raw
	if q != "\"" && q != "\u201c" {
		return false
	}
	j := k + 1
	for j < len(toks) && j-k <= 3 && toks[j].cap && !toks[j].punct {
		j++
	}
	if j == k+1 || j+1 >= len(toks) || toks[j].raw != "\"" && toks[j].raw != "\u201d" {
		return false
	}
	return toks[j+1].cap && !toks[j+1].punct
}

// makerBefore reports whether the word before the work noun at toks[w]
// names the work's maker ("pencipta lagu", "penulis buku", "penerbit
// buku", "sutradara film"): an agent noun (pe-), an occupation or a word
// for a person; the name after is then the maker's, no title.
func (r *run) makerBefore(toks []token, w int) bool {
	if w == 0 {
		return false
	}
	t := &toks[w-1]
	return strings.HasPrefix(t.low, "pe") || r.p.isOccupation(toks, w-1) || r.p.personNouns[t.low]
}

// workNounBefore returns the index of a work_nouns word right before
// toks[s], or before one word between that is a work's or a people's
// word ("lagu kebangsaan"), else -1.
func (r *run) workNounBefore(toks []token, s int) int {
	p := r.p
	if s >= 1 && p.workNouns[toks[s-1].low] {
		return s - 1
	}
	if s >= 2 && p.workNouns[toks[s-2].low] && (p.workNouns[toks[s-1].low] || p.peopleWords[toks[s-1].low]) {
		return s - 2
	}
	return -1
}

// surnameRunPersons makes a person of two capitalized name words that end
// with a surname of lang/surnames.txt ("Nnamdi Okafor", "Aylan Kurdi"),
// where the first word is no given name (givenNamePersons reads those),
// no title and no ordinary word, and the pair stands in a person's place
// (see loneSurnameWord) or after a word for a person ("jenazah", "ahli
// virologi" are not; "tersangka", "korban" are). Indonesian only, as for
// surnames alone.
func (r *run) surnameRunPersons(st *sentence, ms []*mention) []*mention {
	toks := st.toks
	p := r.p
	if len(p.common) == 0 || r.titleCasedSt(st) {
		return ms
	}
	// arabicArticleName reads a hyphen
	hy := r.sentHyphen(st)
	for _, ci := range r.capWords(st) { // the first word is a capitalized word
		i := int(ci) + 1
		if i >= len(toks) {
			break
		}
		t, f := &toks[i], &toks[i-1]
		arab := !t.cap && hy && arabicArticleName(t.raw) // "Nouri al-Maliki menolak"
		if !t.cap && !arab || t.punct || i+1 < len(toks) && toks[i+1].cap && !toks[i+1].punct {
			continue
		}
		if i >= 2 && toks[i-2].cap && !toks[i-2].punct && !(i == 2 && r.sentenceOpener(&toks[0])) {
			continue // a longer run
		}
		if f.lx&lxGiven != 0 || covered(ms, i) != nil || covered(ms, i-1) != nil || utf8.RuneCountInString(t.raw) < 4 || p.surnameNot[t.low] {
			continue
		}
		if !r.isNameWord(t) || !r.isNameWord(f) || !arab && !r.x.surnames.has(t.low) && !r.x.common.surnameEnding(t.low) {
			continue // ("Novak Djokovic melaju": a surname by its ending)
		}
		if p.orgHeads[f.low] || p.isBodyHead(f.low) || p.isTitle(toks, i-1) || p.placeNouns[f.low] || p.familyWords[f.low] || p.thingNouns[f.low] || p.namedAfterHeads[f.low] || p.nameStopAt(f) {
			continue
		}
		if i+1 < len(toks) && (toks[i+1].lx2&l2NameParticle != 0 || toks[i+1].raw == "-" || p.familyWords[toks[i+1].low]) {
			continue
		}
		if sec, _ := p.sectorWords(toks, i-1); sec != "" {
			continue // "Pasukan Kurdi", "Milisi Kurdi": a group's word (sectors.tsv) opening the sentence, no given name
		}
		if i >= 2 && (toks[i-2].raw == "-" || toks[i-2].lx2&l2PlacePrep != 0 || toks[i-2].lx&lxLocative != 0 || p.thingNouns[toks[i-2].low] || p.familyWords[toks[i-2].low]) {
			continue
		}
		if r.placePredicateAfter(toks, i+1) || listedWithThing(toks, i-1, i+1, ms) || r.x.common.nameArticles[f.low] || p.surnameNot[f.low] {
			continue // "Labuhan Bajo dan Bali", "Al Hilal akan"
		}
		if w := r.workNounBefore(toks, i-1); w >= 0 && !r.makerBefore(toks, w) {
			continue // "Lagu Indonesia Raya", "lagu kebangsaan Indonesia Raya": a work's title (precision grid 37); not after a maker's word, "pencipta lagu Michio Miyagi", "penulis buku"
		}
		slot := r.verbAfter(toks, i+1) || r.personSlotBefore(toks, i-1, ms) || i >= 2 && p.personNouns[toks[i-2].low] || i >= 2 && p.isOccupation(toks, i-2)
		if !slot {
			continue
		}
		pm := r.personSpan(toks, i-1, i+1, "", "surname-run", 0.6)
		if pm == nil {
			continue
		}
		ms = append(ms, pm)
		sortMentions(ms)
	}
	return ms
}

// rareKnownSurname finds the one person the gazetteer knows by this
// surname, in or out of office at any time, when the census does not
// count it among its surnames, common or ordinary words: "Stalin",
// "Nkurunziza" alone are those men, where "Ruiz" or "Hunt" alone may be
// anyone.
func (r *run) rareKnownSurname(w string) *gazetteer.Entry {
	cands := r.x.bySurname[w]
	if len(cands)+len(r.x.byFame[w]) != 1 || r.x.given[w] || r.x.surnames.has(w) || r.x.ordinarySurnames.has(w) {
		return nil
	}
	if len(cands) == 1 {
		return cands[0]
	}
	return r.x.byFame[w][0]
}

// loneSurnameWord reports whether toks[i], a capitalized word standing
// alone, may be read as a surname by singleSurnamePersons: a word of
// lang/surnames.txt or the rare surname of one known person
// (rareKnownSurname), in a language with a list of ordinary words, of four
// letters or more, and not surname_not. The census counts surnames that
// are also the names of places, companies and months elsewhere, so the
// word must not
//   - follow a word for a place or a family, or stand next to a number
//     ("kota Lodi", "keluarga Hendricks", "16 Rajab 1344"), or follow a
//     word of not_actor_after, after which a state's name is no state
//     either ("real Brasil", "bahasa Brasil": the census counts Brasil);
//   - come before what is said of a place ("Kalama adalah desa", "Aran
//     bermuara");
//   - be listed with a place or an organization ("Lombok dan Flores",
//     "Laredo, Texas"), or stand in brackets after one ("PT Pamapersada
//     Nusantara (Pama)");
//   - stand anywhere but before a verb, maybe after adverbs ("Rasmussen
//     menolak", "Jennings baru menjadi"; not "Genta angin"), or after a
//     verb or a preposition of a person ("menuduh Ruiz", "dengan Audy";
//     not "jamrud Bahia raksasa").
func (r *run) loneSurnameWord(toks []token, i int, ms []*mention) bool {
	p := r.p
	t := &toks[i]
	if len(p.common) == 0 || utf8.RuneCountInString(t.raw) < 4 || p.surnameNot[t.low] {
		return false
	}
	if i > 0 && (p.placeNouns[toks[i-1].low] || p.familyWords[toks[i-1].low] || p.notActor[toks[i-1].low] || isNumberTok(&toks[i-1])) {
		return false
	}
	if i+1 < len(toks) && (p.familyWords[toks[i+1].low] || isNumberTok(&toks[i+1])) {
		return false
	}
	if r.placePredicateAfter(toks, i+1) {
		return false
	}
	if !r.verbAfter(toks, i+1) && !r.personSlotBefore(toks, i, ms) {
		return false
	}
	if listedWithThing(toks, i, i+1, ms) {
		return false
	}
	return r.x.surnames.has(t.low) || r.rareKnownSurname(t.low) != nil // last: the search costs most
}

// listedWithThing reports whether the words toks[s:e] are listed with an
// actor that is no person, or stand in brackets after one: "Lombok, dan
// Flores", "NTB, Labuhan Bajo dan Bali", "Laredo, Texas", "PT
// Pamapersada Nusantara (Pama)".
func listedWithThing(toks []token, s, e int, ms []*mention) bool {
	thing := func(k int) bool {
		if k < 0 || k >= len(toks) {
			return false
		}
		m := covered(ms, k)
		return m != nil && !m.person
	}
	if j := s - 1; j >= 1 && (toks[j].lx&lxCoord != 0 || toks[j].raw == "(" || toks[j].raw == ",") {
		if toks[j].raw != "," && toks[j-1].raw == "," && j >= 2 {
			j--
		}
		if thing(j-1) && (toks[s-1].raw != "," || e < len(toks) && (toks[e].lx&lxCoord != 0 || toks[e].raw == ",")) {
			return true // a comma alone lists only where the list goes on: "Amerika Serikat, Jennings baru menjadi" is no list
		}
	}
	if j := e; j+1 < len(toks) && (toks[j].lx&lxCoord != 0 || toks[j].raw == ",") && thing(j+1) {
		return true
	}
	return false
}

// verbAfter reports whether a verb follows at k, maybe after adverbs: a
// speech verb, or a word in lower case with a verb's prefix ("menolak",
// "dianugerahi", "berusia", "terpilih"); a coordinating or relative word
// goes on with a subject too ("Fraser dan Navarro berspekulasi",
// "Vittoria yang baru berusia"), and so does any word after an adverb
// that only a subject takes ("Eisenhower tidak yakin", "Platz kemudian
// kembali").
func (r *run) verbAfter(toks []token, k int) bool {
	p := r.p
	k0 := k
	for k < len(toks) && p.subjectAdverbs[toks[k].low] && toks[k].lx2&l2Copula == 0 {
		k++
	}
	if k >= len(toks) || toks[k].punct || toks[k].cap {
		return false
	}
	w := toks[k].low
	if k > k0 || toks[k].lx&(lxSpeech|lxCoord|lxRelative) != 0 || p.humanVerbs[w] || p.bareVerbs[w] {
		return true // after an adverb of a subject, whatever is said of it: "Eisenhower tidak yakin"
	}
	return r.verbWord(w)
}

// personSlotBefore reports whether the word before toks[i] makes it an
// object or a second subject: a verb ("menuduh Ruiz", "mengalahkan
// Vettel"), a preposition of an object, an agent or a pair ("dengan
// Audy", "terhadap Constantine", "oleh Rasmussen"), an enumeration's
// word ("di antaranya Grace Natalie"), or a coordinating word after a
// person ("Tama dan Ambar").
func (r *run) personSlotBefore(toks []token, i int, ms []*mention) bool {
	if i == 0 {
		return false
	}
	prev := &toks[i-1]
	if prev.cap || prev.punct {
		return false
	}
	if prev.lx&(lxObjPrep|lxAgent|lxBetween|lxSpeech) != 0 || prev.lx2&l2EnumIntro != 0 {
		return true // (an enumeration's word: "di antaranya Grace Natalie", "yakni X")
	}
	if prev.lx&lxCoord != 0 {
		if i < 2 {
			return false
		}
		m := covered(ms, i-2)
		return m != nil && m.person
	}
	return r.verbWord(prev.low)
}

// verbWord reports whether w, a word in lower case, has a verb's prefix
// (verb_prefixes) and five letters or more.
func (r *run) verbWord(w string) bool {
	if len(w) < 5 {
		return false
	}
	for _, pre := range r.p.verbPrefixes {
		if strings.HasPrefix(w, pre) {
			return true
		}
	}
	return false
}

// isNumberTok reports whether t is written with digits ("16", "1344").
func isNumberTok(t *token) bool {
	return t.raw != "" && t.raw[0] >= '0' && t.raw[0] <= '9'
}

// regimeSlot reports whether toks[i] stands where a leader's name marks
// a time in power: after regime_before ("pemerintahan Thatcher") or
// before regime_after ("the Blair government").
func (r *run) regimeSlot(toks []token, i int) bool {
	return i > 0 && r.p.regimeBefore[toks[i-1].low] || i+1 < len(toks) && r.p.regimeAfter[toks[i+1].low]
}

// headByName finds the one gazetteer person with this name (see
// nameCands) who headed a state or a government at any time, or, of two
// or more, the one in office on the article's date: "the Clinton
// administration" is Bill Clinton's, "the Bush administration" nobody's
// without a date that tells the two presidents apart.
func (r *run) headByName(w string) *gazetteer.Entry {
	var hit, dated *gazetteer.Entry
	n, nd := 0, 0
	for _, e := range r.nameCands(w, true, true) {
		if !headRole(e) {
			continue
		}
		hit, n = e, n+1
		for _, ro := range e.Roles {
			if (ro.Title == "head_of_state" || ro.Title == "head_of_government") && r.termOnRef(ro) {
				dated, nd = e, nd+1
				break
			}
		}
	}
	switch {
	case n == 1:
		return hit
	case nd == 1:
		return dated
	}
	return nil
}

// knownSurnames makes a person of a surname standing alone that names one
// person the gazetteer knows: the office holder of the article's date (see
// holderByName; a foreign one only where the article names the state) or
// the one public figure with it (figureByName): "menuduh Gulen", "bertemu
// Kushner", "supporters of Navalny". The word stands alone among the
// capitalized words, is a name word and no title, has four letters or
// more, is no given name and no word of surname_not ("English", "Durham":
// a language, a town), and opens the sentence only before a word in lower
// case.
func (r *run) knownSurnames(st *sentence, ms []*mention) []*mention {
	toks := st.toks
	if r.titleCasedSt(st) {
		return ms
	}
	for _, ci := range r.loneCapWords(st) { // the surname is a capitalized word, alone (the test below)
		i := int(ci)
		t := &toks[i]
		// Alone among capitalized words (loneCapWords: only the sentence's
		// first word may stand before it); "The Blair government" opens a
		// sentence.
		if i == 1 && toks[0].cap && !toks[0].punct && !(r.p.orgArticles[toks[0].low] && r.regimeSlot(toks, i)) {
			continue
		}
		if i == 0 && (i+1 >= len(toks) || toks[i+1].punct && toks[i+1].low != "'s" && !r.officeAfter(toks, i)) || covered(ms, i) != nil || !r.isNameWord(t) || r.p.isTitle(toks, i) {
			continue
		}
		if i > 0 && (r.p.peopleWords[toks[i-1].low] || r.p.familyWords[toks[i-1].low]) || i+1 < len(toks) && r.p.familyWords[toks[i+1].low] {
			continue // "keluarga Gunawan", "marga Tanjung", "the Bush family": a family's or a clan's name
		}
		regime := r.regimeSlot(toks, i)
		if utf8.RuneCountInString(t.raw) < 4 || r.x.given[t.low] && !regime || r.p.surnameNot[t.low] {
			continue // "He", "Gunawan": a given name; "English", "Durham": a surname that is mostly something else
		}
		var e *gazetteer.Entry
		if regime {
			e = r.headByName(t.low) // "pemerintahan Thatcher", "the Blair government"
		}
		if e == nil {
			e = r.holderByName(t.low, false, false)
		}
		if e != nil && !regime && !r.stateNamed(e.Country) && !(headRole(e) && !r.x.sharedNames[e.Country] && r.foreignName(t.low) && !r.x.surnames.has(t.low) && !r.x.ordinarySurnames.has(t.low)) {
			e = nil // (a foreign head of state or government with a name no Indonesian bears and the census does not count needs no state: "Duterte berjanji")
		}
		if e == nil {
			e = r.figureByName(t.low)
		}
		if e == nil && !regime && !r.appositionAfter(toks, i) {
			e = r.customGiven(t.low) // "Yingluck melarikan diri": a Thai is named by the given name
		}
		if e == nil {
			continue
		}
		a := r.actorOf(e.ID, e)
		if a == nil {
			continue
		}
		ms = append(ms, r.newMention(mention{s: t.s, e: t.e, ti: i, tj: i + 1, id: e.ID, surface: t.raw, rule: "known-surname", conf: 0.7, person: true, entry: e}))
		sortMentions(ms)
	}
	return ms
}

// initialsPersons makes a person of the initials that Indonesian crime
// news gives a suspect or a victim after initials_intros ("tersangka
// berinisial AR (29)", "inisial RN dan BS"), or after a word for a person
// with an age in brackets or an alias after them ("tersangka AR (29)",
// "tersangka AS alias Ucok") or another pair of initials coordinated with
// them ("pelaku MF dan RH"), or anywhere before an age in brackets ("Polisi
// menyebut RI (38) sebagai otak …": a state has no age): one to four
// capital letters, with no other reading in the sentence but a state's
// ("berinisial AS" is no United States). A list goes on after a comma or a
// conjunction ("AS (30) dan RI (25)"). The id is the initials' slug.
func (r *run) initialsPersons(st *sentence, ms []*mention) []*mention {
	toks := st.toks
	if len(r.p.initialsIntros) == 0 || r.titleCasedSt(st) {
		return ms
	}
	if r.sentLx(st)&lxInitialsCue == 0 {
		// No word of initials_intros or person_nouns (each has
		// lxInitialsCue) in the sentence: only initials before an age make
		// a person (the last case below), and initials are a capitalized
		// word (initialsTok), so the loop walks capWords, not every token.
		for _, ci := range r.capWords(st) {
			if i := int(ci); i+1 < len(toks) && (toks[i+1].raw == "(" || toks[i+1].raw == ",") && r.initialsBeforeAge(toks, i) {
				ms = r.agedInitials(toks, ms, i)
			}
		}
		return ms
	}
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].lx&lxInitialsCue == 0 && toks[i+1].raw != "(" && toks[i+1].raw != "," {
			continue // (cheapest first: no cue word, no age after)
		}
		switch {
		case r.p.initialsIntros[toks[i].low]:
			ms = r.initialsList(toks, ms, i+1, 1)
		case r.p.personNouns[toks[i].low]:
			k := i + 1
			if k+1 < len(toks) && toks[k].raw == "," {
				k++ // "Korban, RI (17),"
			}
			if r.initialsAfterPersonNoun(toks, ms, k) {
				ms = r.initialsList(toks, ms, k, 2)
			}
		case r.initialsBeforeAge(toks, i):
			ms = r.agedInitials(toks, ms, i)
		}
	}
	return ms
}

// initialsBeforeAge reports whether toks[i] is initials before an age,
// not inside a capitalized name: "AS (34), warga …", "AS, 34, and his
// wife".
func (r *run) initialsBeforeAge(toks []token, i int) bool {
	return initialsTok(&toks[i], 2) && ageAfter(toks, i+1) && (i == 0 || !toks[i-1].cap || toks[i-1].punct)
}

// agedInitials makes the person of the initials before an age at toks[i]
// (initialsBeforeAge), unless a mention other than a state's covers them:
// a state has no age.
func (r *run) agedInitials(toks []token, ms []*mention, i int) []*mention {
	if m := covered(ms, i); m == nil || m.entry != nil && m.entry.Kind == facts.KindState {
		ms = r.initialsList(toks, ms, i, 2)
	}
	return ms
}

// initialsAfterPersonNoun reports whether the initials at toks[k], after a
// word for a person, name a person: an age in brackets or an alias follows
// ("tersangka AR (29)", "AS alias Ucok"), or, where the initials have no
// other reading, a conjunction and more initials ("pelaku MF dan RH"; not
// "warga AS dan UE").
func (r *run) initialsAfterPersonNoun(toks []token, ms []*mention, k int) bool {
	if k+1 >= len(toks) || !initialsTok(&toks[k], 2) {
		return false
	}
	if toks[k+1].low == "alias" || ageAt(toks, k+1) {
		return true
	}
	if k > 0 && r.p.initialsNouns[toks[k-1].low] && utf8.RuneCountInString(toks[k].raw) <= 3 && covered(ms, k) == nil && !toks[k+1].cap && !toks[k+1].punct {
		return true // "Tersangka AK mengaku": after a suspect's word, initials that name nothing else, then a verb
	}
	return k+2 < len(toks) && r.p.coord[toks[k+1].low] && initialsTok(&toks[k+2], 2) && covered(ms, k) == nil && covered(ms, k+2) == nil
}

// initialsList makes persons of the initials from toks[k] on, each of at
// least minLen letters, across commas and conjunctions and past an age in
// brackets ("berinisial RH (27) dan MF (31)"). A mention of one token that
// is no person there (a state's short form) gives way.
func (r *run) initialsList(toks []token, ms []*mention, k, minLen int) []*mention {
	for k < len(toks) && initialsTok(&toks[k], minLen) {
		if m := covered(ms, k); m != nil {
			if m.person || m.ti != k || m.tj != k+1 {
				break
			}
			ms = dropMention(ms, m) // "berinisial AS": the initials, not the state
		}
		if pm := r.personSpan(toks, k, k+1, "occupation", "person:initials", 0.7); pm != nil {
			ms = append(ms, pm)
			sortMentions(ms)
		}
		nx := k + 1
		if ageAt(toks, nx) {
			nx += 3 // an age in brackets: "berinisial RH (27) dan MF (31)"
		}
		if nx+1 >= len(toks) || toks[nx].raw != "," && !r.p.coord[toks[nx].low] {
			break // "berinisial AR dan BS", "AR, BS"
		}
		k = nx + 1
		if toks[nx].raw == "," && k+1 < len(toks) && r.p.coord[toks[k].low] {
			k++ // "AS, RI, dan UEA"
		}
	}
	return ms
}

// initialsTok reports whether t is initials: minLen to four capital
// letters (not a number: "berinisial RI, 38,").
func initialsTok(t *token, minLen int) bool {
	n := utf8.RuneCountInString(t.raw)
	if n < minLen || n > 4 || t.punct {
		return false
	}
	for _, c := range t.raw {
		if !unicode.IsUpper(c) {
			return false
		}
	}
	return true
}

// ageAfter reports whether toks[k:] opens with an age in brackets or in
// commas: "(29)", ", 29,".
func ageAfter(toks []token, k int) bool {
	return ageAt(toks, k) || k+2 < len(toks) && toks[k].raw == "," && isAge(toks[k+1].raw) && toks[k+2].raw == ","
}

// ageAt reports whether toks[k:] opens with an age in brackets: "(29)".
func ageAt(toks []token, k int) bool {
	return k+2 < len(toks) && toks[k].raw == "(" && isAge(toks[k+1].raw) && toks[k+2].raw == ")"
}

// titlePlaceBeforeName reports whether the lone capitalized word toks[i]
// ends a title whose holder is named after a comma: a title or an
// occupation up to three lower-case words before it, and two capitalized
// words after the comma ("Kepala polisi Orlando, John Mina, mengatakan",
// "Kepala polisi sipil Rio, Fernando Veloso,"). Translated English news
// writes "Orlando police chief John Mina" so; the word is the place of the
// office, no person of its own.
func (r *run) titlePlaceBeforeName(toks []token, i int) bool {
	if i+3 >= len(toks) || toks[i+1].raw != "," || !toks[i+2].cap || toks[i+2].punct || !toks[i+3].cap || toks[i+3].punct {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		t := &toks[j]
		if t.punct {
			return false
		}
		if _, ok := r.p.titleAt(toks, j); ok {
			return true
		}
		if t.cap {
			return false
		}
	}
	return false
}

// appositionAfter reports whether the lone name toks[i] is described as an
// ordinary person: by a lower-case apposition ("Dedi, salah satu warga,
// mengaku …", "Marcos, a waiter in Lisbon"), an age in brackets ("Wahyu
// (25)") or a word that introduces a name ("saksi bernama Joko"). Such a
// name is not the office holder of the day with it.
func (r *run) appositionAfter(toks []token, i int) bool {
	p := r.p
	if i+2 < len(toks) && toks[i+1].raw == "," && !toks[i+2].cap && !toks[i+2].punct && !startsWithDigit(toks[i+2].low) && !p.relative[toks[i+2].low] {
		return !r.officeIn(toks, i+2)
	}
	return i > 0 && p.nameIntros[toks[i-1].low] || i+2 < len(toks) && toks[i+1].raw == "(" && startsWithDigit(toks[i+2].low)
}

// officeAfter reports whether the name toks[i] is followed by an
// apposition in commas that names an office ("Abhisit, a former prime
// minister, criticised"): the name is a person's even where it opens the
// sentence before a comma.
func (r *run) officeAfter(toks []token, i int) bool {
	return i+2 < len(toks) && toks[i+1].raw == "," && !toks[i+2].cap && r.officeIn(toks, i+2)
}

// officeIn reports whether the apposition from toks[k] to its comma names
// an office ("Abhisit, a former prime minister,"): it describes a holder,
// not an ordinary person. It looks at six words at most.
func (r *run) officeIn(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+6 && toks[j].raw != ","; j++ {
		if t, ok := r.p.titleAt(toks, j); ok && t.label != "occupation" && t.label != "honorific" {
			return true
		}
	}
	return false
}

// placeThenSurname reports whether c, a place's one-word name that is a
// given name, goes on to nx, a census surname (lang/surnames.txt) that is
// no given name and no ordinary English word: "Sydney Sweeney", "Paris
// Hilton", not "Sydney Harbour" or "Victoria Park".
func (r *run) placeThenSurname(c *mention, nx *token) bool {
	return c.entry.Kind == facts.KindPlace && nx.lx&lxGiven == 0 && r.x.surnames.has(nx.low) && !r.englishWord(nx.low)
}

// englishOpenerNoPerson reports whether toks[i], a given name alone that
// opens an English sentence, is no person: English news names a person
// by the full name or the surname, so a lone given name there is a person
// only before a speech verb or a verb of a human subject; otherwise it is
// a word, a city or a company that is also a given name ("Frank
// discussions continued", "Florence banned rentals", "Victoria recorded
// its hottest day"). Before a speech verb, "it" after the verb says the
// speaker is a company ("Hilton said it would open 100 hotels"). Only a
// given name that is also a census surname or an English word is read so:
// a given name of a state whose news names people by it ("Thaksin
// returned", namingcustoms.go) is no surname there.
func (r *run) englishOpenerNoPerson(toks []token, i int) bool {
	if w := toks[i].low; i+1 >= len(toks) || !r.x.surnames.has(w) && !r.x.ordinarySurnames.has(w) && !r.englishWord(w) {
		return false
	}
	next := &toks[i+1]
	if next.punct || next.cap {
		return false
	}
	if next.lx&lxSpeech != 0 {
		return i+2 < len(toks) && toks[i+2].low == "it"
	}
	if r.p.en.subjectVerbs[next.low] {
		return false // "Gloria joined", "Mohamed wrote": verbs of people (lone_names.subject_verbs)
	}
	if next.lx&lxAux != 0 {
		// "Gloria was finally taken to hospital": a passive of a person
		for k := i + 2; k < len(toks) && k <= i+3; k++ {
			if w := toks[k].low; !toks[k].punct && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || r.p.humanVerbs[w]) {
				return false
			}
		}
	}
	return !r.p.humanVerbs[next.low] && !r.p.weakHumanVerbs[next.low]
}

// givenWordOpens reports whether toks[k], a capitalized given name that
// is an ordinary word too (given_words: "Bunga", "Cinta", "Putri"),
// opens a person's name: a given name (of lang/*.given.txt or another of
// given_words) and another name word follow ("Bunga Citra Lestari",
// "Putri Ayu Lestari", "Cinta Laura Kiehl"). One name word after it is not enough: "Gunung Agung" is
// a volcano, "Putri Diana" a princess.
func (r *run) givenWordOpens(toks []token, k int) bool {
	if k+2 >= len(toks) || !toks[k].cap || !r.p.givenWords[toks[k].low] {
		return false
	}
	g, n := &toks[k+1], &toks[k+2]
	return (g.lx&lxGiven != 0 && r.isNameWord(g) || g.cap && r.p.givenWords[g.low]) && n.cap && !n.punct && (r.isNameWord(n) || r.p.givenWords[n.low])
}

// commonHomeName reports whether a lone name w is a common given name of
// the home language (lang/id.given.txt) in an article that does not speak
// of the home state: many people's name, not its office holders' ("kata
// Ferry"; but "Retno menegaskan dukungan Indonesia").
func (r *run) commonHomeName(w string) bool {
	return r.p.home != "" && r.x.homeGiven[w] && !r.stateMentioned(r.p.home)
}

// withoutHomeOfficials is es without the home state's office holders who
// never led it (see leads); es itself when there are none.
func (r *run) withoutHomeOfficials(es []*gazetteer.Entry) []*gazetteer.Entry {
	var out []*gazetteer.Entry
	for k, e := range es {
		if e.Country == r.p.home && !leads(e) {
			if out == nil {
				out = append(make([]*gazetteer.Entry, 0, len(es)), es[:k]...)
			}
			continue
		}
		if out != nil {
			out = append(out, e)
		}
	}
	if out == nil {
		return es
	}
	return out
}

// leads reports whether e ever headed a state or a government or was its
// deputy (head_of_state, head_of_government, vice_president): the few
// whom news names by a common given name alone ("Gibran mengatakan").
func leads(e *gazetteer.Entry) bool {
	for _, ro := range e.Roles {
		switch ro.Title {
		case "head_of_state", "head_of_government", "vice_president":
			return true
		}
	}
	return false
}

// aliasPersons reads a name, a word of alias_words and the alias the person
// goes by ("Budi alias Gendut", "Joni Saputra alias Jon (28)"): the
// capitalized words before are a person's name where no other rule read
// them, and the alias after is no actor of its own (it is that person).
func (r *run) aliasPersons(st *sentence, ms []*mention) []*mention {
	toks := st.toks
	if len(r.p.aliasWords) == 0 || r.titleCasedSt(st) {
		return ms
	}
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].cap || !toks[i+1].cap || !toks[i-1].cap || toks[i-1].punct || toks[i].lx2&l2AliasWord == 0 {
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].cap && !toks[j].punct && j < i+4 {
			j++
		}
		for k := i + 1; k < j; k++ {
			if m := covered(ms, k); m != nil && m.person && m.ti > i && m.tj <= j {
				ms = dropMention(ms, m) // "alias Jon": the same person
			}
		}
		if covered(ms, i-1) != nil {
			continue
		}
		s := i - 1
		for s > 0 && i-s < 4 && toks[s-1].cap && !toks[s-1].punct && covered(ms, s-1) == nil && !r.p.personNouns[toks[s-1].low] && !r.sentenceOpener(&toks[s-1]) {
			s--
		}
		if r.p.personNouns[toks[s].low] || r.sentenceOpener(&toks[s]) && toks[s].lx&lxGiven == 0 {
			s++
		}
		if s < i {
			if pm := r.personSpan(toks, s, i, "occupation", "person:alias", 0.7); pm != nil {
				ms = append(ms, pm)
				sortMentions(ms)
			}
		}
	}
	return ms
}

// stateNameAfterNotActor reports whether toks[i:j], right after a
// not_actor_after word ("dolar", "bahasa"), is the whole name of a state or
// a place in the gazetteer ("dolar Hong Kong"): the mention rules skipped
// it as no actor, and it is no person's name either.
func (r *run) stateNameAfterNotActor(toks []token, i, j int) bool {
	if i == 0 || toks[i-1].lx&lxNotActor == 0 {
		return false
	}
	text := r.text[toks[i].s:toks[j-1].e]
	for _, m := range r.x.gaz.FindWhole(text, nil) {
		if m.Entry.Kind == facts.KindState || m.Entry.Kind == facts.KindPlace {
			return true
		}
	}
	return false
}

// nicknamePersons drops a person whose name follows a nickname_adverbs
// word and a name_intros word ("akrab disapa Iwan") a few words after
// another person's name: the nickname of that person ("Muhammad Ridwan,
// yang akrab disapa Iwan"), no one else. A nickname with no name before
// it stays the person's only name ("pria yang akrab disapa Ucok").
func (r *run) nicknamePersons(st *sentence, ms []*mention) []*mention {
	if len(r.p.nicknameAdverbs) == 0 {
		return ms
	}
	toks := st.toks
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if !m.person || m.ti < 3 || toks[m.ti-1].lx&lxPersonCue == 0 || !r.p.nameIntros[toks[m.ti-1].low] || !r.p.nicknameAdverbs[toks[m.ti-2].low] {
			continue
		}
		named := false
		for _, o := range ms[:i] {
			if o.person && o.tj <= m.ti-2 && o.tj+4 >= m.ti-2 {
				named = true
				break
			}
		}
		if !named {
			ms, named = r.nicknamedRun(st, ms, m.ti-2)
		}
		if named {
			ms = dropMention(ms, m)
			i--
		}
	}
	return ms
}

// nicknamedRun makes a person of the capitalized name words that end,
// maybe with a comma and a relative word, right before the nickname
// adverb at toks[a] ("Sutrisno Budiharjo, yang biasa dipanggil Tris"),
// where no rule read them: two to four name words that open the sentence
// or follow a lower-case word. It reports whether it made one.
func (r *run) nicknamedRun(st *sentence, ms []*mention, a int) ([]*mention, bool) {
	toks := st.toks
	e := a
	if e > 0 && toks[e-1].lx&lxRelative != 0 {
		e--
	}
	if e > 0 && toks[e-1].raw == "," {
		e--
	}
	s := e
	for s > 0 && e-s < 4 && toks[s-1].cap && !toks[s-1].punct && covered(ms, s-1) == nil && r.isNameWord(&toks[s-1]) {
		s--
	}
	if e-s < 2 || s > 0 && toks[s-1].cap {
		return ms, false
	}
	if pm := r.personSpan(toks, s, e, "occupation", "person:nickname", 0.7); pm != nil {
		ms = append(ms, pm)
		sortMentions(ms)
		return ms, true
	}
	return ms, false
}

// speakerAfterRole reads the speaker named after a lower-case phrase of
// the speaker's role right after an Indonesian speech verb ("kata anggota
// tim Rodaba Noori kepada pers", "ujar warga desa itu, Maria Goreti"): a
// word for a person or an occupation at toks[k], at most two more
// lower-case words (no function words but "itu"; the role one word only
// before a comma), then two or three name words that end the clause
// (punctuation, "kepada", the sentence's end). One name word alone stays unread: after a noun it is
// too often a place's or a body's.
func (r *run) speakerAfterRole(si int, toks []token, k int, ms []*mention) []*mention {
	p := r.p
	if !p.personNouns[toks[k].low] && toks[k].lx&lxTitle == 0 {
		return ms
	}
	if toks[k].lx&lxTitle != 0 && !p.personNouns[toks[k].low] && !p.isOccupation(toks, k) {
		return ms
	}
	j := k + 1
	for j < len(toks) && j <= k+2 && !toks[j].cap && !toks[j].punct && (!p.function[toks[j].low] || toks[j].low == "itu") {
		j++
	}
	comma := j < len(toks) && toks[j].raw == ","
	if j == k+1 && !comma {
		return ms // "kata warga Sungai Lilin": one word, then a place's name as often as a person's
	}
	if comma {
		j++
	}
	e := j
	for e < len(toks) && e-j < 3 && r.isNameWord(&toks[e]) && covered(ms, e) == nil {
		e++
	}
	if e-j < 2 || e < len(toks) && !toks[e].punct && toks[e].low != "kepada" {
		return ms
	}
	return r.speakerAt(si, toks, j, +1, ms)
}

// unknownAcronym reports whether t is written as an acronym of three to
// six ASCII capital letters (an institution's short name: "RSCM", "UIN").
func unknownAcronym(t *token) bool {
	if !t.cap || t.punct || len(t.raw) < 3 || len(t.raw) > 6 {
		return false
	}
	for i := 0; i < len(t.raw); i++ {
		if c := t.raw[i]; c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}
