// Actor mentions: gazetteer matches turned into mentions of a sentence, and
// the actor rules applied to them (see findMentions).

package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geokg/kg/loader/extract/gazetteer"
	"github.com/geokg/kg/loader/facts"
)

// mention is an actor named in a sentence.
type mention struct {
	s, e     int // byte offsets of the whole mention (with title, metonym)
	ti, tj   int // token span in the sentence
	id       string
	part     string // the actor that takes part in events (a head of state acts for the state)
	surface  string // the name as written (without title or metonym)
	rule     string
	conf     float64
	oblique  bool // after a preposition: not a subject
	locative bool // after a locative preposition ("di", "in")
	agent    bool // after "oleh" / "by"
	consumed bool // part of a larger mention (the state in a title): not a participant
	modifier bool // inside a compound word ("Iranian-made", "US-led"): not a party
	person   bool
	pronoun  bool
	entry    *gazetteer.Entry // the gazetteer entry named, when its id is id (see recordMention)
}

// newMention returns a pointer to a copy of m, allocated from an arena:
// the mentions of an article are many and small, live as long as the run,
// and their memory serves the next article (see scratch).
func (r *run) newMention(m mention) *mention { return r.mentions.ptr(m) }

// viaRule is the rule name of a gazetteer mention, without building the
// string for the common cases.
func viaRule(v gazetteer.Via) string {
	switch v {
	case gazetteer.ViaName:
		return "gazetteer:name"
	case gazetteer.ViaShort:
		return "gazetteer:short"
	case gazetteer.ViaDemonym:
		return "gazetteer:demonym"
	case gazetteer.ViaCapital:
		return "gazetteer:capital"
	}
	return "gazetteer:" + v.String()
}

// tokenSpan maps a byte span to the tokens it covers: the first token
// that ends after s (the binary search of sort.Search, without its calls
// through a closure), and the first that starts at or after e. The tokens
// before ti end by s, so they start before e when e >= s: the second is
// found by walking on from ti, a span being a few tokens long
// (TestTokenSpanWalk compares it with the search).
func tokenSpan(toks []token, s, e int) (int, int) {
	lo, hi := 0, len(toks)
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); toks[m].e > s {
			hi = m
		} else {
			lo = m + 1
		}
	}
	ti, tj := lo, lo
	if e < s {
		tj = 0
	}
	for tj < len(toks) && toks[tj].s < e {
		tj++
	}
	return ti, tj
}

// seatSuffixAt reports whether a seat_suffixes word ("-based") follows
// the text at byte offset e.
func (r *run) seatSuffixAt(e int) bool {
	for _, suf := range r.p.seatSuffixes {
		if len(r.text)-e >= len(suf) && strings.EqualFold(r.text[e:e+len(suf)], suf) {
			return true
		}
	}
	return false
}

// languageAt reports whether the demonym toks[ti:tj] is a language's name:
// a language_preps word before it and its phrase ending after it, or after
// one more capitalized word joined to it ("into Russian and Ukrainian.";
// not "in Russian custody" nor "in Ukrainian and Russian strikes"), or
// joined to a language's name of language_names after a language_preps
// word or "between" ("between Arabic and French during", "in French or
// Arabic on").
func (r *run) languageAt(toks []token, ti, tj int) bool {
	if ti == 0 {
		return false
	}
	if toks[ti-1].lx2&l2LanguagePrep == 0 {
		return ti >= 3 && toks[ti-1].lx&lxCoord != 0 && r.p.languageNames[toks[ti-2].low] && r.languageListOpens(&toks[ti-3])
	}
	if phraseEndAt(toks, tj) {
		return true
	}
	if tj+1 < len(toks) && toks[tj].lx&lxCoord != 0 && r.p.languageNames[toks[tj+1].low] {
		return true // "in French or Arabic on the website"
	}
	return toks[tj].lx&lxCoord != 0 && tj+1 < len(toks) && toks[tj+1].cap && phraseEndAt(toks, tj+2)
}

// languageListOpens reports whether t, before a language's name of
// language_names and "and" or "or", opens a list of languages: a word of
// language_preps or "between" ("switched between Arabic and French").
func (r *run) languageListOpens(t *token) bool {
	return t.lx&lxBetween != 0 || r.p.languagePreps[t.low]
}

// phraseEndAt reports whether a phrase ends before toks[j]: the sentence
// ends or a punctuation mark other than a hyphen or dash follows.
func phraseEndAt(toks []token, j int) bool {
	if j >= len(toks) {
		return true
	}
	return toks[j].punct && toks[j].raw != "-" && toks[j].raw != "–" && toks[j].raw != "—"
}

// matchPhrase reports whether toks[i:] starts with phrase p (folded words).
func matchPhrase(toks []token, i int, p phrase) bool {
	if i+len(p) > len(toks) {
		return false
	}
	for k, w := range p {
		if toks[i+k].low != w {
			return false
		}
	}
	return true
}

// buildingBefore reports whether a lower-case word of building_before
// comes right before toks[ti], maybe with "the" between ("outside the
// White House", "gerbang Gedung Putih").
func (r *run) buildingBefore(toks []token, ti int) bool {
	k := ti - 1
	if k >= 1 && toks[k].low == "the" {
		k--
	}
	return k >= 0 && !toks[k].cap && toks[k].lx2&l2BuildingBefore != 0
}

// buildingHeadBefore reports whether a capitalized facility_heads word
// for a building stands right before toks[ti] after a preposition of
// place ("di depan Gedung Mahkamah Konstitusi", "di RS Polri"): the
// body's name names its building.
func (r *run) buildingHeadBefore(toks []token, ti int) bool {
	k := ti - 1
	return k >= 1 && toks[k].cap && !toks[k].punct && toks[k].lx2&l2FacilityHead != 0 && r.p.facilityHeads[toks[k].low] && (toks[k-1].lx&lxLocative != 0 || toks[k-1].lx2&l2PlacePrep != 0 || r.p.spotWords[toks[k-1].low])
}

// seatInFacilityName reports whether the one word at toks[ti], a
// housed body's name that is no acronym (a seat's place: "Senayan"),
// ends a capitalized run of at most three words that a facility_heads
// word opens ("Stadion Madya Senayan", "Plaza Senayan"), or follows a
// place_nouns word in lower case ("kawasan Senayan"; precision grid 37).
func (r *run) seatInFacilityName(toks []token, ti int) bool {
	if ti == 0 {
		return false
	}
	if t := &toks[ti-1]; !t.cap && !t.punct {
		return r.p.placeNouns[t.low]
	}
	for k := ti - 1; k >= 0 && k >= ti-3; k-- {
		if toks[k].punct || !toks[k].cap {
			return false
		}
		if toks[k].lx2&l2FacilityHead != 0 && r.p.facilityHeads[toks[k].low] {
			return true
		}
	}
	return false
}

// seatAfterPrep reports whether toks[ti:tj] is a seat_names name of a
// body after a seat_preps preposition (maybe with "the" between) that no
// seat_holders word comes before ("bertemu di Kremlin", "a briefing at
// the Pentagon"; not "pejabat di Kremlin", "officials at the Pentagon").
func (r *run) seatAfterPrep(toks []token, ti, tj int) bool {
	p := r.p
	if len(p.seatNames) == 0 || ti == 0 {
		return false
	}
	k := ti - 1
	if toks[ti].low == "the" && ti+1 < tj {
		ti, k = ti+1, ti // "the Kremlin" as the gazetteer writes it
	}
	var arr [64]byte
	buf := arr[:0]
	for k := ti; k < tj; k++ {
		if k > ti {
			buf = append(buf, ' ')
		}
		buf = append(buf, toks[k].low...)
	}
	if !p.seatNames[string(buf)] {
		return false
	}
	if k > 0 && toks[k].low == "the" {
		k--
	}
	if !p.seatPreps[toks[k].low] {
		return false
	}
	if _, ok := p.titleAt(toks, tj); ok {
		return false // "according to Kremlin spokesman Dmitry Peskov": the body of an office
	}
	return k == 0 || !p.seatHolders[toks[k-1].low]
}

// orgCueAt reports whether an organization's cue of org_cues ("partai",
// "organisasi", "perusahaan") starts at toks[i].
func (r *run) orgCueAt(toks []token, i int) bool {
	l, ok := r.p.mediaCues.at(toks, i)
	return ok && l.label == "org"
}

// genericBodyWord reports whether toks[i] alone is a body's generic name
// of the pack's bodies ("Kongres", "Senat", "Parlemen").
func (r *run) genericBodyWord(toks []token, i int) bool {
	l, ok := r.p.bodies.at(toks, i)
	return ok && len(l.p) == 1
}

// genericBodySpan reports whether toks[ti:tj] is a body's generic name of
// the pack ("Polisi", "Angkatan Laut").
func (r *run) genericBodySpan(toks []token, ti, tj int) bool {
	l, ok := r.p.bodies.at(toks, ti)
	return ok && len(l.p) == tj-ti
}

// statesQuantifiedAt reports whether several states follow at toks[i]: a
// count or quantifier and "negara" ("sejumlah negara", "kedua negara",
// "berbagai negara") or "negara-negara"; or a word of body_unnamed_after
// ("setempat", "negara itu"), after which no state is named either.
func (r *run) statesQuantifiedAt(toks []token, i int) bool {
	if i >= len(toks) || toks[i].cap {
		return false
	}
	if toks[i].low == "negara-negara" || r.p.bodyUnnamedAfter[toks[i].low] {
		return true // "Polisi setempat", "Militer negara itu": no state named
	}
	q := toks[i].low
	if !r.p.memberCounts[q] && q != "kedua" && q != "berbagai" && q != "ketiga" {
		return false
	}
	return i+1 < len(toks) && (toks[i+1].low == "negara" || toks[i+1].low == "negara-negara")
}

// sentenceStart reports whether toks[ti] opens the sentence (after
// punctuation only: an opening quote, a dash).
func sentenceStart(toks []token, ti int) bool {
	for _, t := range toks[:ti] {
		if !t.punct {
			return false
		}
	}
	return true
}

// lowerRest reports whether the words of toks[ti+1:tj] are written in
// lower case and are common words of the language ("laut", "sentral",
// "luar negeri") or the rest of a body's generic name of the pack
// ("Mahkamah agung"): a body's name whose first word only is capitalized
// at a sentence's start.
func (r *run) lowerRest(toks []token, ti, tj int) bool {
	common := true
	for _, t := range toks[ti+1 : tj] {
		if t.punct || t.cap {
			return false
		}
		common = common && r.p.isCommonWord(t.low)
	}
	if common {
		return true
	}
	return r.genericBodySpan(toks, ti, tj)
}

// cityCommaBefore reports whether a state's name at toks[ti] follows a
// city of the gazetteer and a comma, and one of the name's other matches
// alts is a place in that city's country: "Atlanta, Georgia" and "Columbus,
// Georgia" name the US state, as wire copy writes a US city with its state,
// not the country Georgia. prev are the sentence's matches before alts.
func cityCommaBefore(toks []token, prev, alts []gazetteer.Match, ti int) bool {
	if ti < 2 || toks[ti-1].raw != "," || len(prev) == 0 {
		return false
	}
	city := prev[len(prev)-1]
	if city.Entry.Kind != facts.KindPlace || city.Entry.Country == "" {
		return false
	}
	if _, cj := tokenSpan(toks, city.Start, city.End); cj != ti-1 {
		return false
	}
	return placeReadingIn(alts, city.Entry.Country)
}

// placeReadingIn reports whether one of a name's matches alts is a place
// of the gazetteer in country: the reading a city before the name or the
// federation after it asks for.
func placeReadingIn(alts []gazetteer.Match, country string) bool {
	for _, c := range alts {
		if c.Entry.Kind == facts.KindPlace && c.Entry.Country == country {
			return true
		}
	}
	return false
}

// federationCommaAfter reports whether a state's name with other
// readings (alts), ending before token tj, is followed by a comma and the
// name of the state one of its place readings lies in ("di Georgia,
// Amerika Serikat", "in Georgia, USA"): the federation's state of that
// name, as "Atlanta, Georgia" names it. next are the matches after alts.
func federationCommaAfter(toks []token, alts, next []gazetteer.Match, tj int) bool {
	if tj+1 >= len(toks) || toks[tj].raw != "," || len(next) == 0 {
		return false
	}
	fed := next[0]
	if fed.Entry.Kind != facts.KindState {
		return false
	}
	if fi, _ := tokenSpan(toks, fed.Start, fed.End); fi != tj+1 {
		return false
	}
	return placeReadingIn(alts, fed.Entry.ID)
}

// namesakePlaceContext says whether a state's name that a place of
// another country shares (Georgia, the US state) names that place here:
// after a preposition of place (seat_preps), the sentence names another
// place of the place's country and nothing of the state's ("Voters in
// Georgia lined up outside polling stations in Atlanta"; not "Georgia's
// prime minister visited New York"), or the name follows an unknown capitalized word and a comma
// and ends a clause, the US way of writing a town and its state ("near
// Savannah, Georgia, creating 8,000 jobs"; not "Armenia, Georgia and
// Azerbaijan", "in Tbilisi, Georgia", whose first names are known). It
// runs only for a state's name with another entry of the same form.
func (r *run) namesakePlaceContext(toks []token, ms []gazetteer.Match, i, j, ti int) bool {
	state, place := ms[i].Entry.ID, ""
	for _, c := range ms[i:j] {
		if c.Entry.Kind == facts.KindState {
			state = c.Entry.ID
		} else if c.Entry.Kind == facts.KindPlace && c.Entry.Country != "" {
			place = c.Entry.Country
		}
	}
	if place == "" || place == state {
		return false
	}
	_, tj := tokenSpan(toks, ms[i].Start, ms[i].End)
	if ti >= 3 && toks[ti-1].raw == "," && toks[ti-2].cap && !toks[ti-2].punct && !toks[ti-3].cap && !toks[ti-3].punct &&
		(tj == len(toks) || toks[tj].raw == "," || toks[tj].raw == ".") && (i == 0 || ms[i-1].End <= toks[ti-2].s) {
		return true
	}
	if ti == 0 || !r.p.seatPreps[toks[ti-1].low] {
		return false
	}
	other := false
	for k := range ms {
		if k >= i && k < j {
			continue
		}
		e := ms[k].Entry
		if e.ID == state || e.Country == state {
			return false
		}
		if e.Kind == facts.KindPlace && e.Country == place && ms[k].Via != gazetteer.ViaCapital {
			other = true
		}
	}
	return other
}

// findMentions turns the gazetteer matches of a sentence into mentions and
// applies the actor rules: missions, titles, metonyms, capitals, merging
// of appositions, short names of people already named, pronouns.
func (r *run) findMentions(si int, st *sentence, ms []gazetteer.Match) []*mention {
	toks := st.toks
	l := matchLoop{st: st, ms: ms, out: r.outbuf[:0], skipEnd: -1, notActorEnd: -1, indonesian: r.p.lang == "id", hyphen: r.sentHyphen(st)}
	for i := 0; i < len(ms); {
		j := i + 1
		for j < len(ms) && ms[j].Start == ms[i].Start && ms[j].End == ms[i].End {
			j++
		}
		best := r.chooseMatch(ms[i:j])
		if j > i+1 && best.Entry.Kind == facts.KindState {
			best = r.federationReading(toks, ms, i, j, best) // "negara bagian Georgia": the state of a federation
		}
		i = j
		r.addMatch(&l, best)
	}
	out := l.out
	// Most rules below read words of one list or another, and a sentence
	// without such a word would go through them unchanged: those are
	// called behind a test of the sentence's flags (g, sentGate), so that
	// the call, its prologue and its frame are not paid for nothing.
	g := r.sentGate(st, l.hyphen)
	out = r.acronymBodies(toks, out)
	out = r.otherStatesBodyNames(toks, out)
	if r.p.home != "" {
		out = r.homeNamesAbroad(out)
	}
	out = r.clubCities(toks, out)
	out = r.placeSurnames(toks, out)
	out = r.sharedNameStates(toks, out)
	r.sentMs = out
	out = r.repeatedNames(si, st, out)
	if g.lx&lxMission != 0 {
		out = r.missions(st, out)
	}
	out = r.patronymPersons(st, out)
	out = r.regionalBodies(st, out)
	if g.lx2&l2PersonHead != 0 { // a person head's or kin word's complement
		out = r.headedPersons(st, out)
	}
	if g.lx&lxTitle != 0 { // a title's first word
		out = r.titledPersons(si, st, out)
	}
	out = r.namedBodies(st, out)
	out = r.organizations(st, g, out)
	out = r.ampersandOrgs(st, out)
	if g.lx&lxMetonymFirst != 0 && g.lx&lxMetonymLast != 0 {
		out = r.metonyms(st, out)
	}
	out = r.insideNames(st, out)
	out = r.regionInsideNames(st, out)
	if g.lx&lxSpeech != 0 || len(r.p.speechPassive) > 0 {
		out = r.speakers(si, st, out)
	}
	if g.lx2&l2Age != 0 { // an age: "Budi (45)"
		out = r.ageAppositions(st, out)
	}
	out = r.initialsPersons(st, out)
	if g.lx2&l2Opener != 0 {
		out = r.openerPersons(st, out)
	}
	out = r.givenNamePersons(si, st, out)
	out = r.initialPersons(st, out)
	if g.hyphen {
		out = r.hyphenNamePersons(si, st, out)
	}
	out = r.appositiveTitles(si, st, out)
	out = r.chamberTitles(st, out)
	if g.lx&lxTitle != 0 {
		out = r.occupationAppositions(st, out)
	}
	if g.lx2&l2PersonHead != 0 { // a kin word before the person
		out = r.kinAppositions(st, out)
	}
	out = r.partyAffiliations(st, out)
	out = r.singleGivenPersons(st, out)
	out = r.knownSurnames(st, out)
	out = r.singleSurnamePersons(st, out)
	out = r.surnameRunPersons(st, out)
	out = r.longerPersonNames(st, out)
	if g.lx&lxGiven != 0 {
		out = r.placeInsideNames(st, out)
	}
	if g.lx&(lxPersonCue|lxTitle) != 0 {
		out = r.personCueSubjects(si, st, out)
	}
	if g.lx2&l2Copula != 0 {
		out = r.copulaNames(si, st, out)
	}
	if g.lx&lxInitialsCue != 0 { // a person noun's
		out = r.personNounNames(si, st, out)
	}
	if g.lx2&l2Regnal != 0 { // a regnal number: "Louis XIV"
		out = r.regnalPersons(st, out)
	}
	if g.lx2&l2BirthOpener != 0 {
		out = r.bornClausePersons(st, out)
	}
	out = r.copulaSubjectNames(st, out)
	if g.lx2&l2EnumIntro != 0 {
		out = r.enumeratedPersons(st, out)
	}
	if g.lx&lxInitialsCue != 0 || g.lx2&l2PersonHead != 0 { // a person noun or a kin word after the comma
		out = r.appositionNounNames(st, out)
	}
	out = r.companionPersons(st, out)
	out = r.listedPersons(si, st, out)
	out = r.longerOrgNames(st, out)
	out = r.loneNames(st, out)
	out = r.partyTags(st, out)
	out = r.notNames(st, out)
	out = r.namedAfter(st, out)
	out = r.facilityNames(st, out)
	out = r.workTitles(st, out)
	if g.lx2&l2AliasWord != 0 {
		out = r.aliasPersons(st, out)
	}
	out = r.nicknamePersons(st, out)
	out = r.homeBodiesAbroad(st.toks, out)
	out = mergeAppositions(st, out)
	if g.lx&lxTeamFirst != 0 || g.hyphen || g.lx2&l2MatchVerb != 0 {
		out = r.teamStates(st, out)
	}
	out = r.orgStateBranches(toks, out)
	// Capitals after a locative preposition are places, not actors.
	for k, m := range out {
		if strings.HasPrefix(m.rule, "metonym:capital") && !m.locative && r.routeWithPlace(out, k) {
			m.locative = true // "the Jakarta-Bandung train": a route's end, a city
		}
	}
	keep := out[:0]
	for _, m := range out {
		r.noteSide(m) // a place too ("di Paris"): the article is about France
		if m.locative && strings.HasPrefix(m.rule, "metonym:capital") {
			if a := possessiveEnd(toks, m.tj); a == m.tj || a >= len(toks) || toks[a].lx&lxTrigger == 0 {
				continue
			}
			// "respond calmly to Beijing's protest": the capital owns an
			// act the noun after its "'s" names, so it is the government
			// ("flew to Beijing's airport" stays the city).
			m.locative = false
		}
		keep = append(keep, m)
	}
	out = keep
	out = r.headlineVerbPlaces(st, out)
	if r.capsSt(st) {
		out = r.capsPersons(out)
	}
	for _, m := range out {
		if m.ti > 0 {
			prev := toks[m.ti-1].lx
			if prev&lxAgent != 0 {
				m.agent, m.oblique = true, true
			} else if prev&lxLocative != 0 {
				m.locative, m.oblique = true, true
			} else if prev&(lxObjPrep|lxBetween) != 0 {
				m.oblique = true
			} else if m.ti >= 2 && toks[m.ti-2].lx&lxLocative != 0 && r.p.spotWords[toks[m.ti-1].low] {
				m.locative, m.oblique = true, true // "di depan Kedutaan Besar AS"
			} else if m.ti >= 2 && toks[m.ti-2].lx&(lxLocative|lxDeterminer) != 0 && r.territoryLocative(toks, m.ti-1) {
				m.locative, m.oblique = true, true // "from occupied Crimea", "in the occupied West Bank": where, not who
			}
		}
	}
	return out
}

// sentGate is what findMentions reads of a sentence once, for the tests
// it makes before its rules: the flags of its tokens or'ed together
// (sentLx, sentLx2) and whether one holds a hyphen (sentHyphen). Each
// test asks for the flag of a word the rule behind it starts from (its
// own first test, or the test its loop makes at every token): without
// it the rule would return the mentions as they are.
type sentGate struct {
	lx, lx2 uint64
	hyphen  bool
}

// sentGate returns the gate of st, whose sentHyphen is hyphen. With
// Extractor.everyRule (the tests') every flag is set, and findMentions
// calls every rule: TestSentGate compares the two.
func (r *run) sentGate(st *sentence, hyphen bool) sentGate {
	if r.x.everyRule {
		return sentGate{lx: ^uint64(0), lx2: ^uint64(0), hyphen: true}
	}
	return sentGate{lx: r.sentLx(st), lx2: r.sentLx2(st), hyphen: hyphen}
}

// matchLoop is what findMentions's per-match tests (addMatch) carry from
// one match of a sentence to the next: the mentions so far and the names
// skipped, which later tests read.
type matchLoop struct {
	st          *sentence
	ms          []gazetteer.Match // the sentence's matches
	out         []*mention        // the mentions so far
	skipID      string            // the entry of the last name skipped after a not_actor_after word
	skipEnd     int               // that name's end, -1 for none
	notActorEnd int               // the token after the last name skipped after a not_actor_after word, -1 for none
	indonesian  bool              // the pack is Indonesian
	hyphen      bool              // a token of the sentence holds a hyphen (sentHyphen): else none is reduplicated
}

// addMatch applies the actor rules of one match, the best reading of a
// span of the sentence's matches, and appends its mention (and a
// combining form's) to l.out unless a test drops it. It is the body of
// findMentions's per-match loop, a function of its own so that each drop
// is a return: as a loop's continue, each of the thirty drops moved the
// loop's state back into registers with code of its own.
func (r *run) addMatch(l *matchLoop, best gazetteer.Match) {
	st, ms := l.st, l.ms
	toks := st.toks
	// The kinds the tests below ask about, read once as bits: each
	// asking would load best.Entry.Kind again and compare strings.
	kind := kindOf(best.Entry.Kind)
	isState, isPerson, isOrg := kind&ekState != 0, kind&ekPerson != 0, kind&ekOrg != 0
	ti, tj := tokenSpan(toks, best.Start, best.End)
	if ti >= tj {
		return
	}
	// The name starts or ends inside a token ("pro-Rusia",
	// "Iranian-made", "Sino-US"): the rare case the compound tests
	// below need, tested once.
	inside := toks[tj-1].e > best.End || toks[ti].s < best.Start
	// The tests below drop a match that names no actor. Each kind's
	// or language's own tests are a function of their own, called
	// behind a test of the kind's bit, so that the code every match runs
	// through stays small (see matchVerdict).
	if tj == ti+1 && len(toks[ti].raw) <= 6 && toks[ti].cap && r.capsWordNotName(st, ti, best.Entry) {
		return // "THE WAR IS NOT OVER": in a sentence all in capitals an ordinary word is the word
	}
	if tj == ti+1 && l.indonesian && !isState && !isPerson && r.englishOnlyWord(best.Entry, toks[ti].low) {
		return // "Emirat Arab Bersatu": an Indonesian word is no name the gazetteer gives only in English
	}
	if kind&(ekHoused|ekAgency) != 0 {
		if v := r.buildingNotBody(toks, kind, ti, tj); v != keepMatch {
			if v&verdictSkip != 0 {
				l.skipID, l.skipEnd = best.Entry.ID, tj // "Gedung DPR/MPR": one building
			}
			return // "outside the White House", "bertemu di Kremlin": the building, a place
		}
	}
	if (isState || best.Via == gazetteer.ViaDemonym || best.Via == gazetteer.ViaCapital) && r.compoundNotActor(st, best, ti, tj, inside, ms) {
		return // "pro-Rusia", "Russian-born", "Chinese-American": a stance, an origin; "rute Jakarta-Tokyo": a route's ends, cities
	}
	if isPerson {
		e, drop := r.personNotNamed(toks, best, ti, tj, ms)
		if drop {
			return // "Ortega-Lopez", "Mohamed Ali said", "Komisi XI", "Raja Charles II": a longer name, a word, a number
		}
		if e != best.Entry {
			best.Entry = e // "Thaksin Chinnawat": CountryInfo's other spelling of Thaksin Shinawatra
			kind = kindOf(e.Kind)
			isState, isPerson, isOrg = kind&ekState != 0, kind&ekPerson != 0, kind&ekOrg != 0
		}
	} else if kind&ekHousedOrArmed != 0 && r.bodyNounNotName(toks, kind, ti, tj, l.indonesian) {
		return // "Angkatan laut sejumlah negara", "Kongres partai itu": the common noun, no state's body
	}
	id := best.Entry.ID
	rule := viaRule(best.Via)
	conf := 0.95
	if best.Via != gazetteer.ViaName {
		conf = 0.9
	}
	if (best.Via == gazetteer.ViaCapital || best.Via == gazetteer.ViaDemonym) && !isState && best.Entry.Country != "" {
		id = best.Entry.Country
	}
	if best.Via == gazetteer.ViaCapital {
		rule = "metonym:capital"
	}
	end := best.End
	if isOrg && tj < len(toks) && toks[tj].cap && r.legalFormAt(toks, tj) {
		tj++ // "PT Bank Mega Tbk": the legal form after a known company's name is part of it
		end = toks[tj-1].e
		inside = true // (the mention's last token now ends after the match, as the modifier test below has always read it)
	}
	// (filled in place: a mention is large, and building it to copy it
	// in, as newMention does, costs a copy per match)
	m := r.mentions.slot()
	m.s, m.e, m.ti, m.tj = best.Start, end, ti, tj
	m.id, m.surface, m.rule, m.conf = id, r.text[best.Start:end], rule, conf
	m.person, m.entry = isPerson, best.Entry
	if l.skipEnd >= 0 && (l.skipID == best.Entry.ID && (ti == l.skipEnd || ti == l.skipEnd+1 && toks[l.skipEnd].raw == "(") || ti == l.skipEnd+1 && toks[l.skipEnd].raw == "/") {
		l.skipEnd = tj
		return // "dolar Amerika Serikat (AS)": the short name of the name skipped; "Gedung DPR/MPR": one building
	}
	if ti > 0 && (toks[ti-1].lx&lxNotActor != 0 || ti >= 2 && (toks[ti-2].lx&lxNotActor != 0 || isState && toks[ti-1].cap)) {
		if v := r.notActorBefore(toks, best.End, ti, tj, isState, isOrg); v != keepMatch {
			if v&verdictList != 0 {
				l.notActorEnd = tj
			}
			if v&verdictSkip != 0 {
				l.skipID, l.skipEnd = best.Entry.ID, tj
			}
			return // "HUT ke-80 RI", "dolar AS", "Hari Kemerdekaan Republik Indonesia", "mobil listrik China": no actor
		}
	}
	// (notActorAfter needs a not_actor_before word's bit after the
	// name, or after one word more for a demonym: tested here first)
	if (isState || best.Via == gazetteer.ViaDemonym || best.Via == gazetteer.ViaCapital) && tj < len(toks) && (toks[tj].lx2&l2NotActorNext != 0 || best.Via == gazetteer.ViaDemonym && tj+1 < len(toks) && toks[tj+1].lx2&l2NotActorNext != 0) && r.notActorAfter(toks, best.Via, tj) {
		l.out = dropPairedThing(l.out, toks, ti) // "Thai and Vietnamese food": the first is a dish too
		return                                   // "Japanese yen", "Spanish flu", "Peking duck": a currency, a disease, a dish
	}
	if isState && best.Via != gazetteer.ViaDemonym && best.Via != gazetteer.ViaCapital {
		if r.stateNameNotState(st, l.out, best.Via, ti, tj) {
			return // "Korea Zinc", "Google Indonesia", "Indonesia coach", "laga melawan Irak": a company, a branch, a team
		}
	} else if best.Via == gazetteer.ViaDemonym {
		if l.indonesian && (tj < len(toks) && toks[tj].cap && !toks[tj].punct || ti > 1 && toks[ti-1].cap && !toks[ti-1].punct) {
			return // "novel Norwegian Wood", "Melinda French Gates": in Indonesian text an English demonym beside a capitalized word is inside an English name
		}
		if v := r.demonymNotState(toks, ti, tj); v != keepMatch {
			if v&verdictList != 0 {
				l.notActorEnd = tj
			}
			return // "Australian shares fell", "translated into Russian and Ukrainian": the market, the languages
		}
	}
	if (isState || best.Via == gazetteer.ViaCapital) && r.stateInName(toks, best, isState, ti, tj) {
		return // "Indeks MSCI Indonesia", "a UAE-based shipping company": an index's name, a company's seat
	}
	if currencyCodeAt(toks, tj) {
		return // "US$85", "HK$10": the letters of a currency's sign, not the state
	}
	if kind&(ekState|ekPerson|ekPlace) == 0 && r.namedThingAround(toks, kind, ti, tj) {
		return // "the Nikkei share average", "the FIFA World Cup", "the UN Charter": an index, a competition, a document
	}
	// (ordinaryAcronymAt's length test first, here: most matches are of
	// a length no ordinary acronym has, and skip the call)
	if r.p.ordinaryAcronyms != nil && r.p.ordinaryAcronymLens&(1<<min(best.End-best.Start, 63)) != 0 && r.ordinaryAcronymAt(toks, ti, tj, r.text[best.Start:best.End]) {
		return // "melunasi PBB", "BI Rate": the land tax, the policy rate, no actor
	}
	if isState && l.indonesian && regionOfStateAfter(toks, tj) {
		return // "Indonesia bagian timur": a region of the state, a place
	}
	if best.Via == gazetteer.ViaName && (tj < len(toks) && toks[tj].cap || ti > 0 && toks[ti-1].cap) && r.bareNameGoesOn(toks, ti, tj, best.Start, best.End) {
		return // "Dewan Keamanan Nasional", "Majelis Umum Gereja", "the Virginia General Assembly": another body's name, which holds the UN organ's bare name
	}
	if tj == ti+1 && l.hyphen && reduplicated(toks[ti].low) {
		return // "Puan-puan", "Raja-raja": a reduplicated word, a plural common noun, not the name
	}
	if !isState && !isPerson && r.buildingOrLawName(toks, best, kind, ti, tj) {
		return // "the revised TNI Law", "Museum Bank Indonesia", "Istana Buckingham", "di Gedung Putih": a law, a building
	}
	if l.notActorEnd >= 0 && ti == l.notActorEnd+1 && (toks[l.notActorEnd].lx&lxCoord != 0 || toks[l.notActorEnd].raw == ",") {
		l.notActorEnd = tj
		return // "bahasa Inggris dan Prancis": the second language too
	}
	if ti >= 3 && toks[ti-1].lx&lxCoord != 0 && toks[ti-2].cap && !toks[ti-2].punct && r.unknownAfterNotActorList(toks, ti-2) {
		l.notActorEnd = tj
		return // "vaksin Sinovac dan AstraZeneca": the second vaccine too, after a name no entry holds
	}
	if tj == ti+1 && isPerson && ti > 0 && (len(l.out) == 0 || l.out[len(l.out)-1].tj != ti) && r.otherPersonsName(st, ti) {
		return // "Romy Soekarno", "Melania Trump": another person's family name
	}
	if best.Via == gazetteer.ViaCapital && r.capitalPlace(st, l.out, ti, tj, best.End) {
		m.locative = true // "di Pyongyang", "London-based", "Tokyo Governor": the city, not the state acting
	}
	if inside {
		m.modifier = true // "Iranian-made", "pro-Russian"
		// (a combining form is joined to the name's token: inside too)
		if cm := r.combiningMention(toks, best, ti); cm != nil {
			l.out = append(l.out, cm) // "Sino-US relations": China too
		}
	}
	l.out = append(l.out, m)
}

// matchVerdict is what one of findMentions's groups of per-match tests
// decided: keep the match (keepMatch, for the tests after the group) or
// drop it (dropMatch), maybe noting it as the name last skipped
// (verdictSkip: skipID and skipEnd, which a short name or a joined name
// after it reads, "dolar Amerika Serikat (AS)", "Gedung DPR/MPR") or as
// the end of a list of things (verdictList: notActorEnd, which the list's
// next name reads, "bahasa Inggris dan Prancis").
//
// The groups are functions of their own, each called behind a test of a
// kind's or a reading's bit, because findMentions's loop runs for every
// match of every sentence and its code was one body of some sixty tests
// (~20 KB): each sentence fetched most of it into the instruction cache
// again, most of it tests that applied to another kind. A group's tests
// keep their order, and addMatch applies the updates a verdict asks for
// before the next match, as the tests did in place. Two groups moved past
// tests that cannot change their outcome: the person's tests now follow
// the compound tests (both only drop a match, and change nothing), and the
// demonym's market test follows the state name's tests (which a demonym
// never runs).
type matchVerdict uint8

const (
	keepMatch   matchVerdict = 0
	dropMatch   matchVerdict = 1
	verdictSkip matchVerdict = 2 // with dropMatch: skipID, skipEnd = the entry, tj
	verdictList matchVerdict = 4 // with dropMatch: notActorEnd = tj
)

// federationReading returns the place reading among the readings
// ms[i:j] of one span whose best reading best is a state, when the words
// around the span say a federation's state of that name is meant ("negara
// bagian Georgia", "the state of Georgia", "di Georgia, Amerika Serikat",
// "Georgia's Secretary of State", "Gubernur Georgia"; "the state of
// Israel" stays Israel, which no place reading names); best otherwise.
// A rare case (a span of several readings), apart from the loop.
//
//go:noinline
func (r *run) federationReading(toks []token, ms []gazetteer.Match, i, j int, best gazetteer.Match) gazetteer.Match {
	if ti, tj := tokenSpan(toks, best.Start, best.End); ti >= 2 && r.p.substateBefore[toks[ti-2].low+" "+toks[ti-1].low] || r.substateOfficeAt(toks, tj) || r.regionOfficeEndsAt(toks, ti) || cityCommaBefore(toks, ms[:i], ms[i:j], ti) || federationCommaAfter(toks, ms[i:j], ms[j:], tj) || r.namesakePlaceContext(toks, ms, i, j, ti) {
		for _, c := range ms[i:j] {
			if c.Entry.Kind == facts.KindPlace {
				best = c
			}
		}
	}
	return best
}

// englishOnlyWord reports whether the one-word name low of entry e, which
// has no Indonesian name, is a common Indonesian word ("Emirat Arab
// Bersatu", "Kabinet Indonesia Bersatu": "Bersatu" is no name the
// gazetteer gives only in English). Indonesian text only.
//
//go:noinline
func (r *run) englishOnlyWord(e *gazetteer.Entry, low string) bool {
	return len(e.Names["id"]) == 0 && r.p.isCommonWord(low)
}

// buildingNotBody tests a housed body's or an agency's name at
// toks[ti:tj] (kind its bits) for the building or the seat's place it
// names instead of the body: after a building's word ("outside the White
// House", "gerbang Gedung Putih"), inside a facility's name ("Stadion
// Madya Senayan", "Istora Senayan"), after a building's head word or a
// locative preposition ("di depan Gedung Mahkamah Konstitusi", "bertemu
// di Kremlin", "at the Pentagon"; noted as skipped: "Gedung DPR/MPR" is
// one building).
//
//go:noinline
func (r *run) buildingNotBody(toks []token, kind entryKind, ti, tj int) matchVerdict {
	if kind&ekHoused != 0 && r.buildingBefore(toks, ti) {
		return dropMatch
	}
	if tj == ti+1 && kind&ekHoused != 0 && !isAllUpper(toks[ti].raw) && r.seatInFacilityName(toks, ti) {
		return dropMatch
	}
	if r.buildingHeadBefore(toks, ti) || r.seatAfterPrep(toks, ti, tj) {
		return dropMatch | verdictSkip
	}
	return keepMatch
}

// compoundNotActor tests the name of a state, a demonym or a capital at
// toks[ti:tj] (the match best; inside: it starts or ends inside a token)
// for a compound word or a route that holds it: a stance or an origin
// ("pro-Rusia", "Russian-born"), a people of two origins
// ("Chinese-American"), a route's ends ("rute Jakarta-Tokyo").
//
// routeEnds and diasporaCompound find nothing without a hyphen in a token
// of the name (the route's "Jakarta-Tokyo", the people's
// "Chinese-American"), so a sentence without one (sentHyphen, most) skips
// them; their order, and compoundNotState's first, are as they were.
//
//go:noinline
func (r *run) compoundNotActor(st *sentence, best gazetteer.Match, ti, tj int, inside bool, ms []gazetteer.Match) bool {
	toks := st.toks
	if inside && r.compoundNotState(&toks[ti], &toks[tj-1], best.Start, best.End) {
		return true
	}
	if !r.sentHyphen(st) {
		return false
	}
	return r.routeEnds(toks, ti, tj, ms) || best.Via == gazetteer.ViaDemonym && r.diasporaCompound(toks, ti, best.Start, best.End, ms)
}

// personNotNamed tests a person's match best at toks[ti:tj]: drop reports
// that it names no one, being part of a longer name ("Ortega-Lopez" is
// not Daniel Ortega's "Ortega"; "Mohamed Ali said": a name ends with no
// word in lower case, and Mohamed Ali Said is someone else), a Roman
// numeral ("Komisi XI" is not "Xi") or another monarch's name ("Raja
// Charles II" is not Charles III, whom "Raja Charles" names). Otherwise e
// is the entry to record: CountryInfo's other spelling of the person
// stands for the entry of the person's main spelling ("Thaksin Chinnawat":
// Thaksin Shinawatra), else best's entry.
//
//go:noinline
func (r *run) personNotNamed(toks []token, best gazetteer.Match, ti, tj int, ms []gazetteer.Match) (e *gazetteer.Entry, drop bool) {
	if hyphenJoined(r.text, best.Start, best.End) && !hyphenPair(r.text, best, ms) {
		return nil, true
	}
	if tj > ti+1 && !toks[tj-1].cap && !toks[tj-1].punct && !arabicArticleName(toks[tj-1].raw) {
		return nil, true
	}
	if tj == ti+1 && isRegnalNumber(toks[ti].raw) {
		return nil, true
	}
	if tj < len(toks) && isRegnalNumber(toks[tj].raw) && !slices.Contains(strings.Fields(best.Entry.Name), toks[tj].raw) {
		return nil, true
	}
	if e := r.x.sameAs[best.Entry]; e != nil {
		return e, false
	}
	return best.Entry, false
}

// bodyNounNotName tests the name of a housed or armed body or an agency
// at toks[ti:tj] (kind its bits) for the common noun it is written as: at
// a sentence's start, where only the first capital is the sentence's
// ("Angkatan laut sejumlah negara", "Bank sentral di banyak negara"), or,
// in Indonesian, a generic body's word before an organization's or a
// group's word ("Kongres partai itu", "Senat organisasi", "Kongres
// buruh": a party's, an organization's, a group's congress).
//
//go:noinline
func (r *run) bodyNounNotName(toks []token, kind entryKind, ti, tj int, indonesian bool) bool {
	if tj > ti+1 && sentenceStart(toks, ti) && r.lowerRest(toks, ti, tj) {
		return true
	}
	return tj == ti+1 && indonesian && tj < len(toks) && !toks[tj].cap && r.genericBodyWord(toks, ti) && (r.orgCueAt(toks, tj) || kind&ekLegislature != 0 && r.p.personNouns[toks[tj].low])
}

// legalFormAt reports whether toks[j] is a company's legal form ("Tbk",
// "Ltd."), which is part of a known company's name before it ("PT Bank
// Mega Tbk").
//
//go:noinline
func (r *run) legalFormAt(toks []token, j int) bool {
	return r.x.common.legalForms[strings.Trim(toks[j].low, ".")]
}

// notActorBefore tests the name at toks[ti:tj] (its match ending at byte
// end), after a word of not_actor_after or a capitalized word, for the
// thing it names: an anniversary's ("HUT ke-80 RI"), a currency or a
// product of not_actor_after ("dolar AS", noted as skipped and, after a
// list's word, as a list's end; not after a company's word, "produsen
// mobil Jepang Toyota", and a goods word keeps a state as a party to
// trade, "tarif terhadap produk Indonesia", unless it opens the sentence,
// "Produk Korea mendominasi pasar"), a day's ("Hari Kemerdekaan Republik
// Indonesia"), a war's ("dalam Perang Korea"), a thing's maker or origin
// ("mobil listrik China", "ponsel lipat Samsung"). findMentions calls it
// only when toks[ti-1] or toks[ti-2] is a not_actor_after word or a
// state follows a capitalized word: the tests' first conditions.
//
//go:noinline
func (r *run) notActorBefore(toks []token, end, ti, tj int, isState, isOrg bool) matchVerdict {
	if ti >= 2 && toks[ti-2].lx&lxNotActor != 0 && indonesianOrdinal(toks[ti-1].low) {
		return dropMatch
	}
	if toks[ti-1].lx&lxNotActor != 0 && !(ti >= 2 && r.p.orgCueHeads[toks[ti-2].low]) && !(isState && r.p.goodsWords[toks[ti-1].low] && ti > 1) {
		if r.p.notActorLists[toks[ti-1].low] {
			return dropMatch | verdictSkip | verdictList
		}
		return dropMatch | verdictSkip
	}
	if ti >= 2 {
		if toks[ti-1].cap {
			if toks[ti-2].cap && isState && !toks[ti-1].punct && wordsAround(toks, ti, tj, nil, r.p.dayBefore) {
				return dropMatch
			}
			if isState && len(r.p.warBefore) > 0 && r.warNameBefore(toks, ti, end) {
				return dropMatch
			}
		} else if toks[ti-2].lx&lxNotActor != 0 && (isState || isOrg) && r.thingModifierBefore(toks, ti) {
			return dropMatch | verdictSkip
		}
	}
	return keepMatch
}

// notActorAfter reports whether a word of not_actor_before follows the
// name of a state, a demonym or a capital (read via) that ends before
// toks[tj], or follows one lower-case word after a demonym: "Japanese
// yen", "Spanish flu", "Peking duck" name a currency, a disease, a dish
// ("Japan won" is the verb: a currency follows a demonym only).
//
//go:noinline
func (r *run) notActorAfter(toks []token, via gazetteer.Via, tj int) bool {
	return (r.p.notActorNext(toks, tj) || via == gazetteer.ViaDemonym && tj+1 < len(toks) && !toks[tj].cap && !toks[tj].punct && r.p.notActorNext(toks, tj+1) && toks[tj].lx&(lxCoord|lxNotActor) == 0) && !(via != gazetteer.ViaDemonym && r.p.en.subjectVerbs[toks[tj].low])
}

// dropPairedThing drops out's last mention when it is a state's name or
// a demonym joined by "and" or "or" to the name at toks[ti], which names a
// thing ("Thai and Vietnamese food": the first is a dish too).
//
//go:noinline
func dropPairedThing(out []*mention, toks []token, ti int) []*mention {
	if n := len(out); n > 0 && out[n-1].tj+1 == ti && toks[ti-1].lx&lxCoord != 0 && (out[n-1].entry != nil && out[n-1].entry.Kind == facts.KindState || out[n-1].rule == viaRule(gazetteer.ViaDemonym)) {
		return out[:n-1]
	}
	return out
}

// stateNameNotState tests a state's name or short name (read via) at
// toks[ti:tj] for a company's name ("Korea Zinc", "Korea Electric
// Power"), a company's branch in the state ("Google Indonesia", "Samsung
// Electronics Indonesia"), a national team's role ("Indonesia coach
// Patrick Kluivert", "kapten Jepang") or a side of a match ("laga
// melawan Irak", "laga Indonesia melawan Arab Saudi"): no state acting.
//
//go:noinline
func (r *run) stateNameNotState(st *sentence, out []*mention, via gazetteer.Via, ti, tj int) bool {
	toks := st.toks
	if tj < len(toks) && toks[tj].cap && !toks[tj].punct && r.p.companyWords[toks[tj].low] && !r.titleCasedSt(st) {
		return true
	}
	if ti > 0 && toks[ti-1].cap && !toks[ti-1].punct && via == gazetteer.ViaName && r.companyBranchBefore(out, toks, ti, tj) {
		return true
	}
	if tj < len(toks) && toks[tj].lx2&l2TeamRole != 0 && r.p.teamRoleAfter[toks[tj].low] || ti > 0 && toks[ti-1].lx2&l2TeamRole != 0 && r.p.teamRoleBefore[toks[ti-1].low] {
		return true
	}
	return r.matchSide(toks, ti, tj)
}

// demonymNotState tests a demonym at toks[ti:tj] for a market or a
// company's part ("Australian shares fell", "its British unit") or a
// language ("translated into Russian and Ukrainian": noted as a list's
// end, for the list's next language).
//
//go:noinline
func (r *run) demonymNotState(toks []token, ti, tj int) matchVerdict {
	if r.marketOrUnit(toks, ti, tj) {
		return dropMatch
	}
	if r.languageAt(toks, ti, tj) {
		return dropMatch | verdictList
	}
	return keepMatch
}

// stateInName tests the name of a state or a capital at toks[ti:tj] (the
// match best) for a market index's name that holds it ("Indeks MSCI
// Indonesia", "Jakarta Composite Index") or a company's seat joined to it
// ("a UAE-based shipping company", as "London-based" is; a state's name
// only, isState and not a capital).
//
//go:noinline
func (r *run) stateInName(toks []token, best gazetteer.Match, isState bool, ti, tj int) bool {
	if r.inIndexName(toks, ti, tj) {
		return true
	}
	return best.End < len(r.text) && r.text[best.End] == '-' && isState && best.Via != gazetteer.ViaCapital && r.seatSuffixAt(best.End)
}

// namedThingAround tests the name of an organization, a medium or a body
// at toks[ti:tj] (kind its bits; no state, person or place) for the name
// of a thing named after it: a market index ("the Nikkei share average",
// "The Straits Times Index"), a competition ("the FIFA World Cup", "Piala
// Dunia FIFA"), a document ("the UN Charter", "Piagam PBB").
//
//go:noinline
func (r *run) namedThingAround(toks []token, kind entryKind, ti, tj int) bool {
	if kind&(ekOrg|ekMedia) != 0 && r.indexAfter(toks, tj) {
		return true
	}
	if kind&ekOrg != 0 && r.competitionAround(toks, ti, tj) {
		return true
	}
	return r.documentAround(toks, ti, tj)
}

// buildingOrLawName tests the name of a body, a place or an organization
// at toks[ti:tj] (the match best, kind its bits; no state, no person) for
// a law's name ("the revised TNI Law") or a building's: one the body's
// name ends ("Museum Bank Indonesia", "RS Polri menerima"), a named
// building whose head word alone names a housed body ("Istana
// Buckingham", "Istana Maimun"; "Istana membantah" stays the body), a
// government's building after a locative ("di depan Istana Merdeka", "di
// Gedung Putih"; "di Kantor Presiden" stays the office).
//
//go:noinline
func (r *run) buildingOrLawName(toks []token, best gazetteer.Match, kind entryKind, ti, tj int) bool {
	if lawNamedAfter(toks, ti, tj) {
		return true
	}
	if ti > 0 && toks[ti-1].cap && best.Entry.Sector != "" && r.inFacilityName(toks, ti) {
		return true
	}
	if tj == ti+1 && tj < len(toks) && toks[tj].cap && !toks[tj].punct && best.Via == gazetteer.ViaName && kind&ekHoused != 0 && toks[ti].lx2&l2FacilityHead != 0 && r.p.facilityHeads[toks[ti].low] {
		return true
	}
	return kind&ekGovernment != 0 && best.Via == gazetteer.ViaName && toks[ti].lx2&l2FacilityHead != 0 && r.p.facilityHeads[toks[ti].low] && r.placeAfter(toks, ti)
}

// otherPersonsName reports whether the one-word person's name toks[ti]
// follows another person's given name ("Romy Soekarno", "Melania Trump":
// another person's family name), outside a title-cased sentence.
//
//go:noinline
func (r *run) otherPersonsName(st *sentence, ti int) bool {
	return r.otherGivenName(st.toks, ti-1) && !r.titleCasedSt(st)
}

// capitalPlace reports whether a capital's name at toks[ti:tj], ending at
// byte end, names the city (a place) and not its state's government
// acting: the tests of findMentions for ViaCapital matches only, apart
// from its per-match loop so that the loop's code stays small for the
// other matches. The list's last capital before it ("dari Paris hingga
// Berlin.") may be marked a place here too.
func (r *run) capitalPlace(st *sentence, out []*mention, ti, tj, end int) bool {
	toks := st.toks
	if r.placeAfter(toks, ti) && !r.groupCapital(toks, ti) && !r.recipientCapital(toks, ti) || r.stampAfter(toks, tj) {
		return true // "di Pyongyang": a place, not the state acting
	}
	if r.seatSuffixAt(end) {
		return true // "London-based Amnesty International": the organization's seat
	}
	if r.placePredicateAfter(toks, tj) {
		return true // "Tokyo adalah kota terpadat", "London dilanda hujan": the city, not its government
	}
	if r.cityPoliceBefore(toks, ti) {
		return true // "Kepala Kepolisian Paris", "Kepolisian Moskow": the city's police, not the state's
	}
	if r.regionOfficeAt(toks, tj) {
		return true // "Tokyo Governor Yuriko Koike", "London Mayor Sadiq Khan": the city's office, not the state's
	}
	if r.disasterAfter(toks, tj) {
		return true // "Mexico City was hit by an earthquake", "Kabul diguncang gempa": the city
	}
	if tj < len(toks) && r.p.capitalDocumentNouns[toks[tj].low] {
		return true // "the Doha framework", "the Minsk agreements": an accord named after the city
	}
	if tj < len(toks) && ti > 0 && toks[ti-1].lx&lxDeterminer != 0 && r.p.capitalVenueNouns[toks[tj].low] {
		return true // "the Riyadh talks", "the Doha negotiations": a meeting named after the city that hosts it
	}
	if ti > 1 && toks[ti-1].low == "on" && r.p.marchVerbs[toks[ti-2].low] {
		return true // "marched on Islamabad", "would march on Kinshasa": the city made for
	}
	if ti > 0 && r.p.capitalVenueBefore[toks[ti-1].low] && (tj == len(toks) || toks[tj].lx&lxCoord == 0) {
		return true // "Perundingan Doha", "KTT Jeddah": the host city ("pertemuan Jakarta dan Beijing" stays two states)
	}
	if ti > 0 && r.p.extentPreps[toks[ti-1].low] && (tj == len(toks) || toks[tj].punct || toks[tj].lx&lxCoord != 0) {
		// "terasa hingga Bangkok.": the place reached ("hingga Washington setuju" stays the state)
		if n := len(out); n > 0 && out[n-1].tj == ti-1 && out[n-1].ti > 0 && strings.HasPrefix(out[n-1].rule, "metonym:capital") && r.p.routePreps[toks[out[n-1].ti-1].low] {
			out[n-1].locative = true // "dari Paris hingga Berlin.": the range's start too
		}
		return true
	}
	if r.routeEndBefore(toks, ti) {
		return true // "flights between Jakarta and Tokyo", "trains from Beijing": a route's end, a city
	}
	if r.disasterBefore(toks, ti) {
		return true // "A magnitude 6.2 earthquake shook Tokyo", "Typhoon Kalmaegi battered Manila": the city
	}
	if ti > 0 && (toks[ti-1].lx2&l2PlaceObjectVerb != 0 && r.p.placeObjectVerbs[toks[ti-1].low] || r.cityNounBefore(toks, ti)) {
		return true // "Banjir melanda Jakarta", "Snow blanketed Washington", "kualitas udara Jakarta": the city, not its government
	}
	if tj < len(toks) && !toks[tj].cap && r.p.cityPeopleAfter[toks[tj].low] {
		return true // "Beijing residents", "Tokyo commuters": the city's people, not its government
	}
	if r.cityFacilityAfter(toks, tj) {
		return true // "Beirut's Rafic Hariri International Airport", "Beirut port": the city's facility
	}
	if r.venueThenCity(toks, ti, tj) {
		return true // "di Stadion Gelora Bung Karno, Jakarta", "at Istora Senayan, Jakarta": the venue's city
	}
	if len(out) > 0 && out[len(out)-1].locative && ti == out[len(out)-1].tj+1 && ti >= 1 && (toks[ti-1].lx&lxCoord != 0 || toks[ti-1].raw == ",") {
		return true // "in Berlin, Paris and Madrid": the list's other capitals too
	}
	return false
}

// territoryLocative reports whether toks[k] is a word of
// territory_suffixes, alone or joined to a demonym ("occupied",
// "Russian-occupied"), after a locative preposition and maybe a
// determiner ("from occupied Crimea", "in the Israeli-occupied Golan
// Heights"): the name after it is where, no party (conflict grid 39).
func (r *run) territoryLocative(toks []token, k int) bool {
	j := k - 1
	if toks[j].lx&lxDeterminer != 0 && j > 0 {
		j--
	}
	// (every territory_suffixes word ends in "d": a byte test before the maps)
	l := toks[k].low
	return toks[j].lx&lxLocative != 0 && len(l) > 3 && l[len(l)-1] == 'd' && (r.p.territorySuffixes[l] || r.territoryCompound(&toks[k]))
}

// substateOfficeAt says whether an office of a federation's state starts
// at token k, maybe after 's: a region's office among the titles
// ("Governor") or a phrase of substate_offices in either case ("Secretary
// of State", "Georgia's governor", "Georgia election officials").
func (r *run) substateOfficeAt(toks []token, k int) bool {
	if k < len(toks) && (toks[k].low == "'s" || toks[k].low == "’s") {
		k++
	}
	if k >= len(toks) || toks[k].punct {
		return false
	}
	if toks[k].cap && r.regionOfficeAt(toks, k) {
		return true
	}
	w := toks[k].low
	for n := 1; n <= 3 && k+n <= len(toks); n++ {
		if n > 1 {
			w += " " + toks[k+n-1].low
		}
		if r.p.substateOffices[w] {
			return true
		}
	}
	return false
}

// regionOfficeEndsAt says whether a region's office ends right before
// token i ("Gubernur Georgia Brian Kemp": the US state's governor).
func (r *run) regionOfficeEndsAt(toks []token, i int) bool {
	for j := max(0, i-4); j < i; j++ {
		if t, ok := r.p.titleAt(toks, j); ok && j+len(t.p) == i {
			return r.x.common.regionRoles[t.label]
		}
	}
	return false
}

// disasterAfter says whether a disaster verb follows token k, maybe after
// an auxiliary and a copula, with a disaster's name up to six words after
// it in the same clause ("was hit by a magnitude 6 earthquake",
// "diguncang gempa"): the capital before is the city struck.
func (r *run) disasterAfter(toks []token, k int) bool {
	p := r.p
	if len(p.disasterVerbs) == 0 {
		return false
	}
	for n := 0; n < 2 && k < len(toks) && (toks[k].lx2&l2Copula != 0 || toks[k].lx&lxAux != 0 && p.aux[toks[k].low]); n++ {
		k++ // "was hit", "has been paralyzed"
	}
	if k >= len(toks) || toks[k].lx2&l2DisasterVerb == 0 || !p.disasterVerbs[toks[k].low] {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+6 && !toks[j].punct; j++ {
		if p.disasterNouns[toks[j].low] {
			return true
		}
	}
	return false
}

// marketOrUnit reports whether the demonym at toks[ti:tj] names a market
// or where a company's part is, not the state: right before a word of
// market_nouns ("Australian shares fell", "Indian shares ended higher"),
// or between a possessive and a word of subsidiary_nouns ("its British
// unit", "their Nigerian subsidiary").
func (r *run) marketOrUnit(toks []token, ti, tj int) bool {
	if tj >= len(toks) || toks[tj].cap {
		return false
	}
	if toks[tj].lx2&l2MarketNoun != 0 {
		return true
	}
	return ti > 0 && toks[ti-1].lx2&l2Possessive != 0 && r.p.possessives[toks[ti-1].low] && r.p.subsidiaryNouns[toks[tj].low]
}

// routeEndBefore reports whether the capital at toks[ti] follows a route
// noun (route_nouns), maybe with one lower-case word after it, and a
// route preposition (route_preps: "between", "from", "linking",
// "connecting", "antara", "dari"; "rute baru antara Jakarta dan Canberra"):
// "flights between Jakarta and Tokyo", "direct trains from Beijing", "the
// highway linking Nairobi and Mombasa", "the rail line linking Jakarta and
// Bandung" (a route noun before "line") name the cities a route joins, not
// their governments ("talks between Washington and Beijing" stay states).
// The capital after "and" is a place by the list rule.
func (r *run) routeEndBefore(toks []token, ti int) bool {
	if ti < 2 || len(r.p.routeNouns) == 0 {
		return false
	}
	if !r.p.routePreps[toks[ti-1].low] {
		return false
	}
	if w := toks[ti-2].low; (w == "line" || w == "lines") && ti >= 3 {
		return r.p.routeNouns[toks[ti-3].low] // "the rail line linking Jakarta and Bandung"
	}
	if r.p.routeNouns[toks[ti-2].low] {
		return true
	}
	b := &toks[ti-2] // one lower-case word between: "rute baru antara Jakarta dan Canberra"
	return ti >= 3 && !b.cap && !b.punct && !(b.lx2&l2Function != 0 && r.p.function[b.low]) && r.p.routeNouns[toks[ti-3].low]
}

// disasterBefore reports whether the capital at toks[ti] ends the object
// of a disaster verb (disaster_verbs, place_object_verbs) whose subject is
// a disaster (disaster_nouns within six words before the verb): the verb
// at most six words before the capital, no punctuation, conjunction or
// clause break between. "A magnitude 6.2 earthquake shook Tokyo", "Heavy
// rain flooded dozens of neighbourhoods in Jakarta" name the city, as
// "Tokyo was hit by an earthquake" does (disasterAfter); "Russian
// missiles struck Kyiv" has no disaster.
func (r *run) disasterBefore(toks []token, ti int) bool {
	p := r.p
	if ti < 2 || len(p.disasterNouns) == 0 {
		return false
	}
	for v := ti - 1; v >= 1 && v >= ti-6; v-- {
		t := &toks[v]
		if t.punct || t.lx&(lxCoord|lxClauseBreak) != 0 {
			return false
		}
		if t.lx2&(l2DisasterVerb|l2PlaceObjectVerb) == 0 {
			continue
		}
		for j := v - 1; j >= 0 && j >= v-6 && !toks[j].punct; j-- {
			if p.disasterNouns[toks[j].low] {
				return true
			}
		}
		return false
	}
	return false
}

// acronymBodies gives a body's name the entry of the acronym in brackets
// right after it when the name is a generic body's name alone and the
// acronym names a body of the same kind of another state: "the House of Representatives (DPR)" is Indonesia's House, not
// the American one the gazetteer knows by the name alone.
func (r *run) acronymBodies(toks []token, ms []*mention) []*mention {
	for n := 0; n+1 < len(ms); n++ {
		m, a := ms[n], ms[n+1]
		// (the token test first: most neighbours are not one token apart,
		// and it costs no string comparison)
		if m.tj+1 != a.ti || m.person || a.person || m.entry == nil || a.entry == nil || m.id != m.entry.ID || a.id != a.entry.ID || m.id == a.id {
			continue
		}
		if toks[m.tj].raw != "(" || a.tj >= len(toks) || toks[a.tj].raw != ")" {
			continue
		}
		if m.entry.Kind != a.entry.Kind || m.entry.Sector == "" || a.entry.Sector == "" || a.entry.Country == "" || m.entry.Country == a.entry.Country {
			continue
		}
		if l, ok := r.p.bodies.at(toks, m.ti); (!ok || len(l.p) != m.tj-m.ti) && r.namedStateBody(m.surface, a.entry.Country) != a.entry {
			// a name with its state ("Kementerian Luar Negeri Jepang
			// (Kemlu)"), not the generic name alone, nor a name the other
			// body has with its state ("the Joint Chiefs of Staff (JCS)":
			// "South Korea's Joint Chiefs of Staff")
			continue
		}
		m.id, m.entry = a.id, a.entry
	}
	return ms
}

// otherStatesBodyNames drops a known body of one state whose name comes
// right before another state's name: the name is that state's body, not
// the first state's ("Dewan Negara China" is China's State Council where
// the gazetteer knows "Dewan Negara" as Malaysia's senate). The state
// stays; without an entry for its body nothing more is guessed. A
// capital is no state's name here ("KBRI Tokyo" is Indonesia's embassy).
func (r *run) otherStatesBodyNames(toks []token, ms []*mention) []*mention {
	for n := 0; n+1 < len(ms); n++ {
		b, sm := ms[n], ms[n+1]
		if sm.ti != b.tj || b.person || b.entry == nil || b.id != b.entry.ID || b.entry.Country == "" || b.entry.Sector == "" || sm.consumed { // (the neighbour test first: the cheapest, and it fails most)
			continue
		}
		switch b.entry.Kind {
		case facts.KindGovernment, facts.KindLegislature, facts.KindCourt, facts.KindMilitary, facts.KindAgency:
		default:
			continue
		}
		if !r.isStateMention(sm) || sm.id == b.entry.Country || b.entry.Country == r.p.home || !(sm.rule == "gazetteer:name" || sm.rule == "gazetteer:short") {
			continue // (the home state's bodies and generic names: the body rules read them with the other state)
		}
		if l, ok := r.p.bodies.at(toks, b.ti); ok && len(l.p) == b.tj-b.ti {
			continue
		}
		ms = append(ms[:n], ms[n+1:]...)
		n--
	}
	return r.intlBodyNames(toks, r.possessedOtherBodies(toks, ms))
}

// intlBodyNames drops the home state's body named by a generic name of the
// pack right before an international organization's name ("Angkatan Laut
// NATO", "Kementerian Luar Negeri Uni Eropa"): the body is the
// organization's, not the home state's: the organization's mention takes
// the body's words.
func (r *run) intlBodyNames(toks []token, ms []*mention) []*mention {
	for n := 0; n+1 < len(ms); n++ {
		b, om := ms[n], ms[n+1]
		if om.ti != b.tj || b.person || b.entry == nil || b.entry.Country != r.p.home || om.entry == nil || om.entry.Kind != facts.KindIGO { // (the neighbour test first)
			continue
		}
		switch b.entry.Kind {
		case facts.KindGovernment, facts.KindLegislature, facts.KindCourt, facts.KindMilitary, facts.KindAgency:
		default:
			continue
		}
		if l, ok := r.p.bodies.at(toks, b.ti); !ok || len(l.p) != b.tj-b.ti {
			continue
		}
		om.ti, om.s = b.ti, b.s // the organization's mention takes the body's words
		ms = append(ms[:n], ms[n+1:]...)
		n--
	}
	return ms
}

// possessedOtherBodies drops a known body of one state named right after
// another state's possessive ("Canada's House of Commons": the gazetteer
// knows the House of Commons as Britain's): the possessive says whose body
// it is. The state stays; without an entry for its body nothing more is
// guessed, as in otherStatesBodyNames.
func (r *run) possessedOtherBodies(toks []token, ms []*mention) []*mention {
	for n := 1; n < len(ms); n++ {
		sm, b := ms[n-1], ms[n]
		if sm.tj+1 != b.ti || b.person || b.entry == nil || b.id != b.entry.ID || b.entry.Country == "" || b.entry.Sector == "" || !isPossessive(toks[sm.tj].raw) { // (the neighbour test first)
			continue
		}
		switch b.entry.Kind {
		case facts.KindGovernment, facts.KindLegislature, facts.KindCourt, facts.KindMilitary, facts.KindAgency:
		default:
			continue
		}
		if sm.person || !r.isStateMention(sm) || sm.id == b.entry.Country || b.entry.Country == r.p.home {
			continue
		}
		ms = append(ms[:n], ms[n+1:]...)
		n--
	}
	return ms
}

// isPossessive says whether a token is the English possessive ("'s", "'",
// with a typographic apostrophe too).
func isPossessive(raw string) bool {
	switch raw {
	case "'s", "\u2019s", "'", "\u2019":
		return true
	}
	return false
}

// clubCities reads a city's name after a word for a club (club_words,
// maybe with two lower-case words between: "klub sepak bola Barcelona"),
// or in a sentence that reports a match's score and is not after a
// locative preposition ("Manchester United beat Liverpool 2-1", "kalah
// 1-2 dari Liverpool"; not "… 2-1 in Liverpool"), as the club the gazetteer knows by the city's
// name joined to a club's form: the bare city stays a place elsewhere.
func (r *run) clubCities(toks []token, ms []*mention) []*mention {
	if len(r.p.clubWords) == 0 {
		return ms
	}
	match := -1 // matchScoreIn, read once when a place is met
	for _, m := range ms {
		if m.person || m.entry == nil || m.entry.Kind != facts.KindPlace {
			continue
		}
		k := m.ti - 1
		for n := 0; n < 2 && k > 0 && !toks[k].cap && !toks[k].punct && toks[k].lx2&l2ClubWord == 0; n++ {
			k--
		}
		if k < 0 || toks[k].lx2&l2ClubWord == 0 {
			if m.locative || m.ti > 0 && toks[m.ti-1].lx&lxLocative != 0 {
				continue
			}
			if match < 0 {
				match = 0
				if r.matchScoreIn(toks) {
					match = 1
				}
			}
			if match == 0 {
				continue
			}
		}
		name := r.text[m.s:m.e]
		for _, f := range r.x.common.ClubForms {
			text := f[0] + name + f[1]
			if e := r.wholeEntry(text, facts.KindOrganization); e != nil {
				m.id, m.entry, m.rule = e.ID, e, "club"
				break
			}
		}
	}
	return ms
}

// wholeEntry is the gazetteer's entry of that kind whose name is all of
// text, or nil.
func (r *run) wholeEntry(text string, kind string) *gazetteer.Entry {
	for _, gm := range r.x.gaz.FindWhole(text, nil) {
		if string(gm.Entry.Kind) == kind {
			return gm.Entry
		}
	}
	return nil
}

// placeSurnames drops the one-word place a known given name stands right
// before, when no other capitalized word follows it: "Hiroshi Miyagi",
// "Kenji Ishikawa", "Carlos Bahia" are people, the place's name their
// surname. A name the gazetteer holds in full (a two-word place, a
// person) is matched whole before this and is no one-word place.
func (r *run) placeSurnames(toks []token, ms []*mention) []*mention {
	for n := 0; n < len(ms); n++ {
		m := ms[n]
		g := m.ti - 1
		if m.person || m.entry == nil || m.entry.Kind != facts.KindPlace || m.id != m.entry.ID || m.tj-m.ti != 1 || g < 0 {
			continue
		}
		gt := &toks[g]
		if !gt.cap || gt.punct || r.p.givenNot[gt.low] || covered(ms, g) != nil || !r.isNameWord(gt) || r.territoryCompound(gt) {
			continue // ("Russian-occupied Kherson": the place held, no surname)
		}
		if gt.lx&lxGiven == 0 && (utf8.RuneCountInString(gt.raw) < 3 || r.p.isCommonWord(gt.low) || r.englishWord(gt.low) || g == 0 && len(toks) > 1 && toks[1].lx&lxGiven != 0) {
			continue // no given name, and an ordinary word ("Gempa Ishikawa"); an unknown word ("Hiroshi Miyagi") is one
		}
		if _, ok := r.p.titleAt(toks, g); ok {
			continue
		}
		if m.tj < len(toks) && toks[m.tj].cap && !toks[m.tj].punct {
			continue // "Maria Bahia Santos": some longer name
		}
		if g > 0 && (toks[g-1].lx&lxLocative != 0 || !toks[g-1].cap && toks[g-1].lx2&l2PlacePrep != 0) {
			continue // "di Santa Cruz": after a place's preposition, a place (not after a title: "Gubernur Kenji Ishikawa")
		}
		if g > 0 && toks[g-1].cap && !toks[g-1].punct && !(g == 1 && r.sentenceOpener(&toks[0])) {
			if !r.titleEndsAt(toks, g) {
				continue // "Orang-orang Saleh Surabaya": a longer name's words (not a title's: "Pelatih Carlos Bahia")
			}
		}
		ms = append(ms[:n], ms[n+1:]...)
		n--
	}
	return ms
}

// regionOfficeAt reports whether a title of a region's office (region_roles:
// governor, mayor, regent) starts at toks[j], or after a possessive and
// at most two words that qualify it ("London's mayor", "London's first
// Muslim mayor": the city's office, as "London Mayor" is).
func (r *run) regionOfficeAt(toks []token, j int) bool {
	if r.regionOfficeTitle(toks, j) {
		return true
	}
	if j >= len(toks) || toks[j].low != "'s" {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+3; k++ {
		if r.regionOfficeTitle(toks, k) {
			return true
		}
		if toks[k].punct || toks[k].lx2&l2Function != 0 && r.p.function[toks[k].low] {
			return false
		}
	}
	return false
}

// regionOfficeTitle reports whether a title of a region's office starts
// at toks[j].
func (r *run) regionOfficeTitle(toks []token, j int) bool {
	if j >= len(toks) || !r.p.titles.mayStart(&toks[j]) {
		return false
	}
	l, ok := r.p.titleAt(toks, j)
	return ok && r.x.common.regionRoles[l.label]
}

// cityPoliceBefore reports whether a police body's generic name or a
// police chief's title ends right before toks[j]: a capital there names
// the city's police ("Kepolisian Paris", "Kepala Kepolisian Paris"), as
// a state's name there names the state's.
func (r *run) cityPoliceBefore(toks []token, j int) bool {
	if l, ok := r.p.bodies.endingAt(toks, j); ok && l.label == "police" {
		return true
	}
	l, ok := r.p.titles.endingAt(toks, j)
	return ok && l.label == "police_chief"
}

// indexAfter reports whether a word of index_words follows toks[j-1],
// maybe after a number or one lower-case word ("Nikkei 225 index",
// "Nikkei share average").
func (r *run) indexAfter(toks []token, j int) bool {
	if len(r.p.indexWords) == 0 {
		return false
	}
	for k := j; k < len(toks) && k <= j+1; k++ {
		if toks[k].lx2&l2IndexWord != 0 {
			return true
		}
		if toks[k].punct || toks[k].cap && !startsWithDigit(toks[k].low) {
			return false
		}
	}
	return false
}

// currencyCodeAt reports whether toks[j] is a dollar sign written right
// after the name before it, with no space: "US$", "HK$", "S$", "A$" are
// the signs of currencies, and the letters before the sign name no actor.
func currencyCodeAt(toks []token, j int) bool {
	return j > 0 && j < len(toks) && toks[j].raw == "$" && toks[j].s == toks[j-1].e
}

// inIndexName reports whether the name at toks[ti:tj] stands inside a
// market index's name: a run of capitalized words, at most three on either
// side, that ends in a word of index_words after it ("Korea Composite
// Stock Price Index", "Jakarta Composite Index") or begins with one before
// it ("Indeks MSCI Indonesia"). A state named there is the index's market,
// not an actor.
func (r *run) inIndexName(toks []token, ti, tj int) bool {
	if len(r.p.indexWords) == 0 {
		return false
	}
	for k := tj; k < len(toks) && k < tj+4; k++ {
		if !toks[k].cap || toks[k].punct {
			break
		}
		if toks[k].lx2&l2IndexWord != 0 {
			return true
		}
	}
	for k := ti - 1; k >= 0 && k >= ti-3; k-- {
		if !toks[k].cap || toks[k].punct {
			break
		}
		if toks[k].lx2&l2IndexWord != 0 {
			return true
		}
	}
	return false
}

// routeWithPlace reports whether the capital out[k] is joined by a hyphen
// to a place that is no capital and no state ("Jakarta-Bandung",
// "Beijing-Shanghai"): the two ends of a route or a region, cities. Two
// capitals so joined stay their states ("Moskow-Kyiv").
func (r *run) routeWithPlace(out []*mention, k int) bool {
	m := out[k]
	isPlace := func(o *mention) bool {
		return o.entry != nil && o.entry.Kind == facts.KindPlace && !strings.HasPrefix(o.rule, "metonym:capital")
	}
	if k+1 < len(out) && m.e < len(r.text) && r.text[m.e] == '-' && out[k+1].s == m.e+1 && isPlace(out[k+1]) {
		return true
	}
	return k > 0 && m.s > 0 && r.text[m.s-1] == '-' && out[k-1].e == m.s-1 && isPlace(out[k-1])
}

// chooseMatch picks one of several entries named by the same words: one already
// in the article, else by kind priority, and of one kind the home state's
// (the pack's home: Indonesian text), else the first.
func (r *run) chooseMatch(ms []gazetteer.Match) gazetteer.Match {
	if len(ms) == 1 {
		return ms[0]
	}
	for _, m := range ms {
		if _, ok := r.actors[m.Entry.ID]; ok {
			return m
		}
	}
	best, bestRank := ms[0], 1<<30
	for _, m := range ms {
		rank := len(r.x.common.KindPriority)
		for k, kind := range r.x.common.KindPriority {
			if kind == m.Entry.Kind {
				rank = k
				break
			}
		}
		if rank < bestRank || rank == bestRank && r.p.home != "" && m.Entry.Country == r.p.home && best.Entry.Country != r.p.home {
			best, bestRank = m, rank // of two of a kind, the home state's: "Center for Strategic and International Studies" in Indonesian text is Jakarta's
		}
	}
	return best
}

// entryKind is a gazetteer entry's kind as a bit, found once per match
// (kindOf) so that findMentions tests a set of kinds with one AND instead
// of comparing the kind's string again in each test.
type entryKind uint16

const (
	ekState entryKind = 1 << iota
	ekPerson
	ekOrg
	ekMedia
	ekPlace
	ekGovernment
	ekLegislature
	ekCourt
	ekMilitary
	ekAgency

	// ekHoused is a body that a building houses (a government office, a
	// legislature, a court), whose name news also gives the building.
	ekHoused = ekGovernment | ekLegislature | ekCourt
	// ekHousedOrArmed is a state's body: a government, a legislature, a
	// court, armed forces or an agency.
	ekHousedOrArmed = ekHoused | ekMilitary | ekAgency
)

// kindOf returns the bit of kind k, 0 for the kinds findMentions does not
// test (TestKindOf compares it with the string tests).
func kindOf(k string) entryKind {
	switch k {
	case facts.KindState:
		return ekState
	case facts.KindPerson:
		return ekPerson
	case facts.KindOrganization:
		return ekOrg
	case facts.KindMedia:
		return ekMedia
	case facts.KindPlace:
		return ekPlace
	case facts.KindGovernment:
		return ekGovernment
	case facts.KindLegislature:
		return ekLegislature
	case facts.KindCourt:
		return ekCourt
	case facts.KindMilitary:
		return ekMilitary
	case facts.KindAgency:
		return ekAgency
	}
	return 0
}

func covered(ms []*mention, ti int) *mention {
	for _, m := range ms {
		if ti >= m.ti && ti < m.tj {
			return m
		}
	}
	return nil
}

func mentionAt(ms []*mention, ti int) *mention {
	for _, m := range ms {
		if m.ti == ti && !m.consumed {
			return m
		}
	}
	return nil
}

func mentionEndingAt(ms []*mention, tj int) *mention {
	for _, m := range ms {
		if m.tj == tj && !m.consumed {
			return m
		}
	}
	return nil
}

// sortMentions orders mentions by their first token, the longer first
// at the same token, keeping the order of equal ones. A stable order is
// unique, so any stable sort gives slices.SortStableFunc's result
// (sortMentionsReference, TestSortMentions): most calls (about a hundred
// an article) find the list already in order or one mention out of place,
// and the insertion sort below tests that with no call of a comparison
// function.
func sortMentions(ms []*mention) {
	if len(ms) > 20 { // (insertion sort's quadratic cost; SortStableFunc's own cut)
		sortMentionsReference(ms)
		return
	}
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && mentionBefore(ms[j], ms[j-1]); j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// mentionBefore tells whether a comes strictly before b in sortMentions'
// order.
func mentionBefore(a, b *mention) bool {
	return a.ti < b.ti || a.ti == b.ti && a.tj > b.tj
}

// sortMentionsReference is sortMentions by slices.SortStableFunc.
func sortMentionsReference(ms []*mention) {
	slices.SortStableFunc(ms, func(a, b *mention) int {
		if a.ti != b.ti {
			return a.ti - b.ti
		}
		return b.tj - a.tj
	})
}

// otherGivenName tells whether toks[k], right before a one-word person
// name of the gazetteer, is an unknown name word that makes the two words
// another person's name: capitalized, not an ordinary or function word,
// not a title or honorific, and not part of a gazetteer name.
func (r *run) otherGivenName(toks []token, k int) bool {
	t := &toks[k]
	if !t.cap || t.punct || !r.isNameWord(t) || k == 0 && t.lx&lxGiven == 0 {
		return false // a sentence's first word is capitalized anyway: only a given name counts there
	}
	if _, ok := r.p.titleAt(toks, k); ok {
		return false
	}
	if r.p.lang == "en" && t.lx&lxGiven == 0 && r.englishWord(t.low) {
		return false // "Minister for Human Development and Culture Pratikno": an English word, a portfolio's
	}
	if k > 0 {
		if _, ok := r.p.titles.endingAt(toks, k+1); ok {
			return false // the last word of a title ("Menteri Luar Negeri Retno")
		}
	}
	return true
}

// hyphenJoined reports whether text[s:e] is joined by a hyphen to a
// capitalized word after it or a letter before it: part of a longer,
// hyphenated name.
func hyphenJoined(text string, s, e int) bool {
	if e+1 < len(text) && text[e] == '-' && text[e+1] >= 'A' && text[e+1] <= 'Z' {
		return true
	}
	if s < 2 || text[s-1] != '-' {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:s-1])
	return unicode.IsLetter(r)
}

// hyphenPair reports whether the person match m and another person's
// match are the two halves of a word "A-B": news writes a ticket or a
// summit so ("pasangan Prabowo-Gibran", "KTT Trump-Kim"), and both are
// named. A half that is no known person's name ("Ortega-Lopez") makes a
// longer name of one person, which hyphenJoined keeps out.
func hyphenPair(text string, m gazetteer.Match, ms []gazetteer.Match) bool {
	switch {
	case m.End < len(text) && text[m.End] == '-' && wordEdgeBefore(text, m.Start):
		return personMatchAt(ms, m, m.End+1, -1, text)
	case m.Start >= 1 && text[m.Start-1] == '-' && wordEdgeAfter(text, m.End):
		return personMatchAt(ms, m, -1, m.Start-1, text)
	}
	return false
}

// personMatchAt reports whether ms holds a person match other than m
// that starts at start (with a word's edge after it) or ends at end (with
// a word's edge before it); -1 leaves that side open.
func personMatchAt(ms []gazetteer.Match, m gazetteer.Match, start, end int, text string) bool {
	for _, c := range ms {
		if c.Entry.Kind != facts.KindPerson || c.Entry == m.Entry {
			continue
		}
		if start >= 0 && c.Start == start && wordEdgeAfter(text, c.End) || end >= 0 && c.End == end && wordEdgeBefore(text, c.Start) {
			return true
		}
	}
	return false
}

// wordEdgeBefore reports whether no letter, digit or hyphen stands right
// before byte s of text.
func wordEdgeBefore(text string, s int) bool {
	if s == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:s])
	return r != '-' && !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// wordEdgeAfter reports whether no letter, digit or hyphen stands at byte
// e of text.
func wordEdgeAfter(text string, e int) bool {
	if e >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[e:])
	return r != '-' && !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// bodyNamedBefore reports whether a known body's name of two or more
// words that a facility head opens ends right before the person m
// ("Penasihat Gedung Putih Kellyanne Conway": the White House, then its
// adviser): the head opens the body's name, not a name given after the
// person, so facilityNames keeps the person. Read only after
// namedAfterHead held.
func bodyNamedBefore(toks []token, ms []*mention, m *mention) bool {
	for _, o := range ms {
		if o.tj == m.ti && !o.person && o.tj-o.ti >= 2 && o.entry != nil && o.entry.Kind != facts.KindPlace && toks[o.ti].lx2&l2FacilityHead != 0 {
			return true
		}
	}
	return false
}

// facilityThenTitle reports whether the person m's mention opens with a
// known facility's or place's name of two or more words that a facility
// head or thing noun opens and a title follows inside the mention
// ("Kapolresta Bandara Soekarno-Hatta Kombes Ronald Sipayung": the rank's
// office is the airport's, the name comes after the rank): the head opens
// the office's place, not a name given after the person, so facilityNames
// keeps the person.
func (r *run) facilityThenTitle(toks []token, ms []*mention, m *mention) bool {
	for _, o := range ms {
		if o.ti == m.ti && o.tj < m.tj && !o.person && o.tj-o.ti >= 2 && o.entry != nil && r.titleEnd(toks, o.tj) < m.tj {
			return true
		}
	}
	return false
}

// titleEnd returns the end of a title (with a rank's service or corps:
// "Kombes Pol.") at toks[a], or len(toks) where none starts.
func (r *run) titleEnd(toks []token, a int) int {
	if a >= len(toks) || !toks[a].cap {
		return len(toks)
	}
	t, ok := r.p.titleAt(toks, a)
	if !ok {
		return len(toks)
	}
	e := a + len(t.p)
	if r.x.common.rankRoles[t.label] {
		e, _ = r.rankSuffixEnd(toks, a, e)
	}
	return e
}

// facilityNames drops a person whose name is inside the name of a place,
// a building, a vessel or a work named after the person (namedAfterHead),
// or begins with a thing_nouns word ("Piala Thomas", "Virus Zika"), or
// follows a ship's noun of vessel_nouns ("the carrier Charles de Gaulle"); and a
// company before a model number (a product). English names of that kind
// end in a word after the name ("Queen Elizabeth Hospital"): namedAfter
// reads them.
func (r *run) facilityNames(st *sentence, ms []*mention) []*mention {
	p, toks := r.p, st.toks
	keep := ms[:0]
	for _, m := range ms {
		if m.person && (r.namedAfterHead(toks, m.ti) && !bodyNamedBefore(toks, ms, m) || toks[m.ti].lx2&l2ThingNoun != 0 && p.thingNouns[toks[m.ti].low]) && !r.facilityThenTitle(toks, ms, m) {
			continue // "Jalan Jenderal Sudirman", "Queen Elizabeth Hospital", "Piala Thomas"
		}
		if m.person && r.afterVesselNoun(toks, m.ti) {
			continue // "the aircraft carrier Charles de Gaulle", "the destroyer Admiral Grigorovich": a ship
		}
		if m.entry != nil && m.entry.Kind == facts.KindOrganization && m.tj < len(toks) {
			if r.modelAfter(toks, m.tj) {
				continue // "Boeing 737 MAX", "Airbus A350": a product
			}
			if r.lineModelAfter(toks, m.tj, ms) {
				continue // "Samsung Galaxy S24", "Google Pixel 9": a product line's model
			}
			if (r.p.lang == "id" || m.ti > 0 && toks[m.ti-1].lx&lxDeterminer != 0) && r.modelNameAfter(st, m.tj, ms) {
				continue // "Toyota Avanza masih menjadi mobil terlaris", "a Toyota Corolla was": a maker's model, a product
			}
		}
		keep = append(keep, m)
	}
	return keep
}

// afterVesselNoun reports whether a lower-case ship's noun of vessel_nouns
// stands right before the capitalized toks[ti], or before one capitalized
// word before it ("the destroyer Admiral Grigorovich"): the name is the
// ship's. A title in lower case between ("the destroyer captain John
// Phillips") keeps the person.
func (r *run) afterVesselNoun(toks []token, ti int) bool {
	if ti == 0 || !toks[ti].cap {
		return false
	}
	k := ti - 1
	if toks[k].cap && !toks[k].punct && k > 0 {
		k--
	}
	return toks[k].lx2&l2VesselNoun != 0 && !toks[k].cap && r.p.vesselNouns[toks[k].low]
}

// workTitles drops every mention inside a title in quotation marks that
// follows a word of work_nouns, maybe with one lower-case word between
// ("Lagu “Indonesia Raya”", "Drama musikal “Laskar Pelangi”", "The song
// “Jolene”"): the title of a work names no actor. The title ends at the
// closing mark, at most eight words on.
func (r *run) workTitles(st *sentence, ms []*mention) []*mention {
	p, toks := r.p, st.toks
	if len(p.workNouns) == 0 || len(ms) == 0 {
		return ms
	}
	// read once, not per token; and no loop where no token of the sentence
	// is a title cue (l2TitleCue), as in most sentences
	cued := len(p.titleCues) > 0 && r.sentLx2(st)&l2TitleCue != 0
	for i := 0; cued && i+1 < len(toks); i++ {
		if toks[i].lx2&l2TitleCue == 0 || !toks[i+1].cap || toks[i+1].punct {
			continue
		}
		end := i + 1
		for end+1 < len(toks) && end+1 <= i+8 && toks[end+1].cap && !toks[end+1].punct {
			end++
		}
		keep := ms[:0]
		for _, m := range ms {
			if m.ti > i && m.tj <= end+1 {
				continue // "album baru berjudul Tutur Batin": the title names no actor
			}
			keep = append(keep, m)
		}
		ms = keep
		i = end
	}
	for i := 1; i < len(toks); i++ {
		if !toks[i].punct || !isOpenQuote(toks[i].raw) {
			continue
		}
		h := i - 1
		if !p.workNouns[toks[h].low] && h > 0 && !toks[h].cap && !toks[h].punct && p.workNouns[toks[h-1].low] {
			h-- // "drama musikal “…”"
		}
		if !p.workNouns[toks[h].low] || toks[h].punct {
			continue
		}
		end := -1
		for k := i + 1; k < len(toks) && k <= i+9; k++ {
			if isCloseQuote(toks[k].raw) {
				end = k
				break
			}
		}
		if end < 0 {
			continue
		}
		keep := ms[:0]
		for _, m := range ms {
			if m.ti > i && m.tj <= end {
				continue
			}
			keep = append(keep, m)
		}
		ms = keep
		i = end
	}
	return ms
}

func isOpenQuote(w string) bool  { return w == "“" || w == "\"" || w == "‘" || w == "«" }
func isCloseQuote(w string) bool { return w == "”" || w == "\"" || w == "’" || w == "»" }

// modelAfter reports whether toks[j] reads as a product's model after a
// company's name: letters and digits ("A350", "S24"), or a number before
// a capitalized word ("737 MAX"). A number before a common word is a
// figure ("BRI 17 persen").
func (r *run) modelAfter(toks []token, j int) bool {
	if j >= len(toks) {
		return false
	}
	w := toks[j].raw
	if k := strings.IndexFunc(w, unicode.IsDigit); k > 0 && currency(w[:k]) {
		return false // "Google Rp202,5 miliar": an amount after the company, no model
	}
	digits, letters := 0, 0
	for _, c := range w {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case unicode.IsLetter(c):
			letters++
		}
	}
	if digits == 0 {
		return false
	}
	if letters > 0 {
		return unicode.IsUpper(rune(w[0])) // "A350s", not "2,3juta"
	}
	if digits == 3 && len(w) == 3 && (j+1 == len(toks) || toks[j+1].punct && toks[j+1].raw != "%" || toks[j+1].lx&(lxCoord|lxObjPrep) != 0) {
		return true // "mengoperasikan Boeing 777 untuk penerbangan haji": a model of three digits before a preposition
	}
	return digits == len(w) && j+1 < len(toks) && toks[j+1].cap && !toks[j+1].punct && toks[j+1].raw == strings.ToUpper(toks[j+1].raw)
}

// unknownAfterNotActorList reports whether the capitalized run that ends
// at toks[k] (at most four words) follows a not_actor_lists word ("vaksin
// Sinovac"): a name of the list's kind that no entry holds, which the
// names coordinated after it join.
func (r *run) unknownAfterNotActorList(toks []token, k int) bool {
	for b := k; b > 0 && b > k-4; b-- {
		prev := toks[b-1]
		if prev.lx&lxNotActor != 0 && r.p.notActorLists[prev.low] {
			return true // (also capitalized, opening the sentence: "Vaksin Sinovac")
		}
		if !prev.cap || prev.punct {
			return false
		}
	}
	return false
}

// thingModifierBefore reports whether toks[ti-2], a not_actor_after word,
// is a thing_nouns word (no goods_words one: "produk Indonesia" may be the
// state as a party to trade) and toks[ti-1] a lower-case content word
// between it and the name: the name is the thing's maker or origin
// ("mobil listrik China", "ponsel lipat Samsung"). A preposition, a
// conjunction, an origin word ("mobil asal China") or another cue word
// between ends the thing.
func (r *run) thingModifierBefore(toks []token, ti int) bool {
	w := toks[ti-1]
	if w.cap || w.punct || w.lx&(lxCoord|lxRelative|lxObjPrep|lxLocative|lxAgent|lxBetween|lxNotActor|lxNegation|lxFuture|lxAux|lxDeterminer|lxDateFirst|lxSpeech) != 0 || w.lx2&l2PlacePrep != 0 {
		return false
	}
	if tj := ti + 1; tj < len(toks) && toks[tj].cap && !toks[tj].punct || ti >= 3 && r.p.orgCueHeads[toks[ti-3].low] {
		return false // "Produsen mobil listrik China BYD": the maker's state before its name
	}
	h := toks[ti-2].low
	return r.p.thingNouns[h] && !r.p.goodsWords[h] && !r.p.originWords[w.low]
}

// modelNameAfter reports whether toks[j], right after a company's name,
// is one capitalized word in lower and upper case that no other mention
// covers, no title, date word, company word or legal form, followed by a
// lower-case word (not a mark: "Mitsubishi Corporation Mitsubishi, salah
// satu perusahaan" repeats the name), in a sentence not written in
// title case: the company's model ("Toyota Avanza masih", "BYD Seal
// laris"), a product, no actor.
func (r *run) modelNameAfter(st *sentence, j int, ms []*mention) bool {
	toks := st.toks
	if j+1 >= len(toks) || !toks[j].cap || toks[j].punct || toks[j+1].cap || toks[j+1].punct {
		return false
	}
	t := toks[j]
	if t.lx&(lxDateFirst|lxCoord|lxAgent|lxLocative) != 0 || t.raw == strings.ToUpper(t.raw) || !unicode.IsUpper(rune(t.raw[0])) {
		return false // "Pertamina Senin", "BCA KCP": a date, an acronym
	}
	for _, c := range t.raw {
		if !unicode.IsLetter(c) {
			return false // "Google Rp202,5 miliar": an amount
		}
	}
	if covered(ms, j) != nil || r.p.companyWords[t.low] || r.x.common.legalForms[strings.Trim(t.low, ".")] || r.titleCasedSt(st) {
		return false
	}
	if _, ok := r.p.titleAt(toks, j); ok {
		return false
	}
	// "Huawei Indonesia", "Tesla Malaysia": the branch's state, a known name
	return len(r.x.gaz.FindWhole(t.raw, nil)) == 0
}

// lineModelAfter reports whether toks[j] is one capitalized word that no
// other mention covers and no title starts, followed by a model
// (modelAfter): a company's product line and model ("Galaxy S24").
func (r *run) lineModelAfter(toks []token, j int, ms []*mention) bool {
	if j+1 >= len(toks) || !toks[j].cap || toks[j].punct || covered(ms, j) != nil {
		return false
	}
	if _, ok := r.p.titleAt(toks, j); ok {
		return false
	}
	return r.modelAfter(toks, j+1)
}

// namedAfterHead reports whether the person's name at toks[ti] stands
// in the name of a thing named after the person, by the word before it:
// a facility_heads word opening the name or up to four capitalized words
// before it ("Jalan Jenderal Sudirman", "Bandara Sultan Iskandar Muda"),
// or a named_after_heads word right before it, maybe with one lower-case
// word between ("Laporan Mueller", "kapal induk Charles de Gaulle", "USS
// Carney"; "Masjid Sultan Ahmed": the title is part of the name). Titles
// written short and initials right before the name are passed over first
// ("RSUP Prof. Dr. R. D. Kandou", "Universitas Prof. Dr. Moestopo"; not a
// name before them: "RSUD Dr. Soetomo dr. Joni Wahyuhadi").
func (r *run) namedAfterHead(toks []token, ti int) bool {
	p := r.p
	if toks[ti].lx2&l2FacilityHead != 0 && p.facilityHeads[toks[ti].low] && ti+1 < len(toks) && toks[ti+1].cap && !toks[ti+1].punct {
		return true // (the head opens the name; alone it is no facility: "berinisial RS (34)")
	}
	b := ti
	for b >= 2 && toks[b-1].punct && toks[b-1].raw == "." && toks[b-2].cap && (p.abbrev[toks[b-2].raw] || len(toks[b-2].raw) == 1) {
		b -= 2 // titles written short and initials right before: "RSUP Prof. Dr. R. D. Kandou", "Universitas Prof. Dr. Moestopo"
	}
	for k := b - 1; k >= 0 && k >= b-4; k-- {
		if toks[k].lx2&l2FacilityHead != 0 && p.facilityHeads[toks[k].low] {
			return true
		}
		if !toks[k].cap || toks[k].punct {
			break
		}
	}
	if b == 0 || len(p.namedAfterHeads) == 0 {
		return false
	}
	if b < ti && toks[b].lx2&l2NamedAfterHead != 0 && p.namedAfterHeads[toks[b].low] {
		return true // "Jl. Prof. Dr. Satrio": a head written short, passed over with the titles
	}
	h := b - 1
	if h >= 1 && toks[h].raw == "." && toks[h-1].lx2&l2NamedAfterHead != 0 && p.namedAfterHeads[toks[h-1].low] {
		h-- // "Jl. Dr. Satrio": a head written short, with its dot
	}
	// (the flags rule out most words before the maps: see buildLex2)
	if w := toks[h].low; h > 0 && !toks[h].cap && !toks[h].punct && toks[h-1].lx2&l2NamedAfterHead != 0 && !(toks[h].lx2&l2Function != 0 && p.function[w]) && !(toks[h].lx2&l2NamedAfterHead != 0 && p.namedAfterHeads[w]) && p.namedAfterHeads[toks[h-1].low] && !(toks[h].lx&lxObjPrep != 0 && p.objPreps[w]) && !(toks[h].lx&lxAgent != 0 && p.agent[w]) && !p.topicPreps[w] && !(toks[h].lx2&l2PlacePrep != 0 && p.placePreps[w]) {
		h-- // "kapal induk", "bandara internasional"; not a preposition: "laporan terhadap Rahmawati Kusuma" is a report against her
	}
	return toks[h].lx2&l2NamedAfterHead != 0 && p.namedAfterHeads[toks[h].low] && !toks[h].punct
}

// competitionAround reports whether the words of a competition's name
// (competition_after, competition_before: up to three words) follow
// toks[tj-1] or end right before toks[ti]: an organization's name there
// names the competition ("the FIFA World Cup", "Piala Dunia FIFA").
func (r *run) competitionAround(toks []token, ti, tj int) bool {
	return wordsAround(toks, ti, tj, r.p.competitionAfter, r.p.competitionBefore)
}

// warNameBefore reports whether the capitalized words of a war's name
// (war_before: one or two words) end right before the state's name at
// toks[ti], the first of them neither the sentence's first word nor after a
// capitalized one (an office's name: "Menteri Perang AS"), and no hyphen
// joins the state's name (ending at byte end) to another: the state names
// the war ("dalam Perang Korea", "Perang Saudara Amerika"), no actor; "Perang
// Rusia-Ukraina" and a sentence that opens "Perang Rusia" keep the states.
func (r *run) warNameBefore(toks []token, ti, end int) bool {
	if end < len(r.text) && r.text[end] == '-' {
		return false
	}
	var arr [48]byte
	for n := 1; n <= 2 && ti-n > 0; n++ {
		k := ti - n
		if !toks[k].cap || toks[k].punct {
			return false
		}
		buf := arr[:0]
		for m := k; m < ti; m++ {
			if m > k {
				buf = append(buf, ' ')
			}
			buf = append(buf, toks[m].low...)
		}
		if r.p.warBefore[string(buf)] {
			return !sentenceStart(toks, k) && !toks[k-1].cap // not "Menteri Perang AS": an office's name
		}
	}
	return false
}

// inFacilityName reports whether a capitalized facility head
// (facility_heads) opens the name that a state body's name at toks[ti]
// ends, with at most two capitalized words between ("Museum Bank
// Indonesia", "Gedung Bank Indonesia dijaga", "RS Polri menerima"): a
// building's name, unless a preposition of place comes before the head.
func (r *run) inFacilityName(toks []token, ti int) bool {
	for k := ti - 1; k >= 0 && k >= ti-3; k-- {
		t := &toks[k]
		if !t.cap || t.punct {
			return false
		}
		if t.lx2&l2FacilityHead != 0 && r.p.facilityHeads[t.low] {
			// after a preposition of place the building is where the body acts: "diperiksa di Gedung Merah Putih KPK" keeps KPK
			return k == 0 || toks[k-1].lx&lxLocative == 0 && toks[k-1].lx2&l2PlacePrep == 0 && !r.p.spotWords[toks[k-1].low]
		}
	}
	return false
}

// documentAround reports whether the words of a founding document's name
// (document_after, document_before) follow toks[tj-1] or end right before
// toks[ti]: an organization's name there names its document ("the UN
// Charter", "Piagam PBB"), no actor.
func (r *run) documentAround(toks []token, ti, tj int) bool {
	return wordsAround(toks, ti, tj, r.p.documentAfter, r.p.documentBefore)
}

// companyBranchBefore reports whether the state's name at toks[ti:tj]
// ends a company's or an outlet's name that a known one opens, with at
// most two capitalized words between ("Google Indonesia", "Hyundai
// Motor Indonesia", "BBC Indonesia"; precision grid 37): the company's
// branch in that state. The state must end the capitalized run, and the
// name must not open with a generic head ("Partai Buruh Irlandia" is
// Ireland's party, the state its own).
func (r *run) companyBranchBefore(out []*mention, toks []token, ti, tj int) bool {
	if tj < len(toks) && toks[tj].cap && !toks[tj].punct {
		return false
	}
	for n := len(out) - 1; n >= 0; n-- {
		m := out[n]
		if m.tj > ti {
			continue
		}
		if m.tj < ti-2 || m.person || m.entry == nil || m.entry.Kind != facts.KindOrganization && m.entry.Kind != facts.KindMedia {
			return false
		}
		if h := toks[m.ti].low; r.p.orgHeads[h] || r.p.orgCreateHeads[h] {
			return false
		}
		for k := m.tj; k < ti; k++ {
			if !toks[k].cap || toks[k].punct {
				return false
			}
		}
		return true
	}
	return false
}

// ordinaryAcronymAt reports whether the acronym written matched at
// toks[ti:tj] is one of ordinary_acronyms with one of its words right
// before it or right after it ("membayar PBB", "PBB-P2", "BI Rate"), or
// one of its before-only words right before it ("menaikkan PBB"), or one
// of its words past a coordinator or before a parenthesis around it.
func (r *run) ordinaryAcronymAt(toks []token, ti, tj int, written string) bool {
	// (asked of every gazetteer match of the pack's language: a match of a
	// length no acronym has is none of them, without hashing it)
	if r.p.ordinaryAcronymLens&(1<<min(len(written), 63)) == 0 {
		return false
	}
	words, ok := r.p.ordinaryAcronyms[written]
	if !ok {
		return false
	}
	if ti > 0 && (words[toks[ti-1].low] || r.p.ordinaryAcronymsBefore[written][toks[ti-1].low]) || tj < len(toks) && words[toks[tj].low] {
		return true
	}
	// one token with the acronym and a word after a hyphen: "PBB-P2", "BI-Rate"
	if t := toks[tj-1].low; tj == ti+1 && len(t) > len(written)+1 && t[len(written)] == '-' && strings.EqualFold(t[:len(written)], written) {
		return words[t[len(written)+1:]]
	}
	// one of its words past a coordinator ("PPN dan PBB", "PBB dan
	// BPHTB"), or the acronym in parentheses after its written-out name,
	// whose words are the pack's ("Pajak Bumi dan Bangunan (PBB)")
	if ti > 1 && (toks[ti-1].lx&lxCoord != 0 || toks[ti-1].raw == ",") && words[toks[ti-2].low] || tj+1 < len(toks) && toks[tj].lx&lxCoord != 0 && words[toks[tj+1].low] {
		return true
	}
	if ti > 1 && toks[ti-1].raw == "(" {
		for k := ti - 2; k >= 0 && k >= ti-6 && !toks[k].punct; k-- {
			if words[toks[k].low] {
				return true
			}
		}
	}
	return false
}

// wordsAround reports whether up to three words of after follow
// toks[tj-1], or up to three words of before end right before toks[ti],
// without punctuation between. The sets are the pack's competition_*,
// document_* and day_before lists: a key of after starts with a word that
// has l2AroundFirst, a key of before ends with one that has l2AroundLast,
// so two tokens without them (most) are answered by their bits.
func wordsAround(toks []token, ti, tj int, after, before set) bool {
	if (len(after) == 0 || tj >= len(toks) || toks[tj].lx2&l2AroundFirst == 0) &&
		(len(before) == 0 || ti <= 0 || toks[ti-1].lx2&l2AroundLast == 0) {
		return false
	}
	var arr [96]byte // the words joined by a space, without allocating: map look-ups by string(buf) copy nothing
	buf := arr[:0]
	for k := tj; len(after) > 0 && k < len(toks) && k < tj+3 && !toks[k].punct; k++ {
		if k > tj {
			buf = append(buf, ' ')
		}
		buf = append(buf, toks[k].low...)
		if after[string(buf)] {
			return true
		}
	}
	for n := 1; len(before) > 0 && n <= 3 && ti-n >= 0 && !toks[ti-n].punct; n++ {
		buf = buf[:0]
		for k := ti - n; k < ti; k++ {
			if k > ti-n {
				buf = append(buf, ' ')
			}
			buf = append(buf, toks[k].low...)
		}
		if before[string(buf)] {
			return true
		}
	}
	return false
}

// venueThenCity reports whether the capital at toks[ti:tj] follows a comma
// after a venue's capitalized name that a locative preposition opens, and
// ends the clause: the capital is the venue's city, no government ("digelar
// di Stadion Utama, Jakarta.", "held at Istora Senayan, Jakarta, on
// Saturday").
func (r *run) venueThenCity(toks []token, ti, tj int) bool {
	if ti < 3 || toks[ti-1].raw != "," || tj < len(toks) && !toks[tj].punct {
		return false
	}
	k := ti - 2
	for n := 0; k >= 0 && n < 6 && toks[k].cap && !toks[k].punct; n++ {
		k--
	}
	if k == ti-2 || k < 0 {
		return false
	}
	if toks[k].low == "the" && k > 0 {
		k--
	}
	return toks[k].lx&lxLocative != 0 || toks[k].lx2&l2PlacePrep != 0
}

// cityNounBefore reports whether a city noun (city_nouns: "udara",
// "suhu", "banjir", "pilkada") stands right before toks[ti], or one more
// lower-case word before it ("suhu rata-rata Jakarta", "polusi udara
// Jakarta"): the capital there is the city, not its government. The noun
// may be capitalized, as a headline or a local election's name writes it
// ("Banjir Jakarta", "Pilkada Jakarta").
func (r *run) cityNounBefore(toks []token, ti int) bool {
	city := func(t *token) bool { return r.p.cityNouns[t.low] }
	if ti < 1 {
		return false
	}
	prev := &toks[ti-1]
	if city(prev) {
		return true
	}
	return ti >= 2 && !prev.cap && !prev.punct && !(prev.lx2&l2Function != 0 && r.p.function[prev.low]) && city(&toks[ti-2])
}

// recipientCapital reports whether the capital at toks[ti] follows a
// recipient preposition ("to") in the clause of a verb of handing over
// (transfer_verbs), at most eight words back and no punctuation between:
// "allies would keep supplying air defence systems to Kyiv" names the
// state that receives them, as "to Ukraine" would; so does a capital
// right after a verb of addressing (address_verbs) and "to": "Jakarta has
// protested to Beijing".
func (r *run) recipientCapital(toks []token, ti int) bool {
	if ti < 2 || !r.p.recipientPreps[toks[ti-1].low] {
		return false
	}
	if r.p.addressVerbs[toks[ti-2].low] {
		return true // "Jakarta has protested to Beijing": the state addressed
	}
	for k := ti - 2; k >= 0 && k >= ti-9; k-- {
		t := &toks[k]
		if t.punct || t.lx&lxClauseBreak != 0 {
			return false
		}
		if r.p.transferVerbs[t.low] {
			return true
		}
	}
	return false
}

// matchSide reports whether the name at toks[ti:tj] is a side of a match:
// right after a word of versus_words with a match noun at most three words
// before that ("laga melawan Irak", "the match against Japan"), or right
// between a match noun and a word of versus_words ("laga Indonesia melawan
// Arab Saudi"), or owning a match noun before one ("Indonesia's match
// against Bahrain").
func (r *run) matchSide(toks []token, ti, tj int) bool {
	p := r.p
	if len(p.versusWords) == 0 {
		return false
	}
	if ti == 0 {
		k := possessiveEnd(toks, tj)
		return k > tj && k+1 < len(toks) && toks[k].lx2&l2MatchNoun != 0 && toks[k+1].lx2&l2Versus != 0
	}
	if toks[ti-1].lx2&l2MatchNoun != 0 && tj < len(toks) && toks[tj].lx2&l2Versus != 0 {
		return true
	}
	if k := possessiveEnd(toks, tj); k > tj && k+1 < len(toks) && toks[k].lx2&l2MatchNoun != 0 && toks[k+1].lx2&l2Versus != 0 {
		return true // "Indonesia's match against Bahrain"
	}
	if toks[ti-1].lx2&l2Versus == 0 {
		return false
	}
	for k := ti - 2; k >= 0 && k >= ti-5; k-- {
		if toks[k].punct {
			return false
		}
		if toks[k].lx2&l2MatchNoun != 0 {
			return true
		}
	}
	return false
}

// possessiveEnd returns the index after a possessive "'s" at toks[j] (one
// token, or an apostrophe and "s"), or j when there is none.
func possessiveEnd(toks []token, j int) int {
	switch {
	case j < len(toks) && (toks[j].low == "'s" || toks[j].low == "’s"):
		return j + 1
	case j+1 < len(toks) && (toks[j].raw == "'" || toks[j].raw == "’") && toks[j+1].low == "s":
		return j + 2
	}
	return j
}

// indonesianOrdinal reports whether w is an Indonesian ordinal number
// written with digits ("ke-80"), as it stands between an anniversary's
// word and the name whose anniversary it is ("HUT ke-80 RI").
func indonesianOrdinal(w string) bool {
	n := strings.TrimPrefix(w, "ke-")
	return n != w && n != "" && n[0] >= '0' && n[0] <= '9'
}

// lawNamedAfter reports whether the one-word name of a body toks[ti:tj]
// ("TNI", "Polri") names a law or a bill: "law" (in any case) or a lower-case
// "bill" follows it
// ("the TNI Law", "the KPK bill"), but not "law enforcement", "law
// school" or "law firm", whose acronym is the body, nor a longer name.
func lawNamedAfter(toks []token, ti, tj int) bool {
	if tj != ti+1 || tj >= len(toks) || len(toks[ti].raw) < 2 {
		return false
	}
	if w := toks[tj].low; w != "law" && toks[tj].raw != "bill" {
		return false // "Administrator NASA Bill Nelson": a capitalized "Bill" may open a name
	}
	if tj+1 < len(toks) && toks[tj+1].cap && !toks[tj+1].punct {
		return false // "the UN Law Commission": a longer name
	}
	if tj+1 < len(toks) {
		switch toks[tj+1].low {
		case "enforcement", "school", "schools", "firm", "firms", "professor", "student", "students", "officers", "officer":
			return false
		}
	}
	return true
}

// reduplicated reports whether w is an Indonesian reduplicated word
// ("puan-puan", "raja-raja"): a plural common noun, no name.
func reduplicated(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && a != "" && a == b
}

// regionOfStateAfter reports whether "bagian" and a compass direction
// follow a state's name in Indonesian ("Indonesia bagian timur", "Eropa
// bagian barat"): the name is then a region of the state, no actor.
func regionOfStateAfter(toks []token, tj int) bool {
	if tj+1 >= len(toks) || toks[tj].low != "bagian" {
		return false
	}
	switch toks[tj+1].low {
	case "utara", "selatan", "timur", "barat", "tengah", "tenggara":
		return true
	}
	return false
}

// headlineVerbPlaces drops from ms a town of one word named like a
// headline's bare verb between two actors in an Indonesian headline (title
// case, or no closing stop): "Rusia Serang Kyiv" is Russia attacking, not
// Kabupaten Serang.
func (r *run) headlineVerbPlaces(st *sentence, ms []*mention) []*mention {
	toks := st.toks
	if r.p.lang != "id" || len(toks) < 3 || toks[len(toks)-1].raw == "." && !r.titleCasedSt(st) {
		return ms
	}
	for k := 1; k+1 < len(ms); k++ {
		m := ms[k]
		if m.tj != m.ti+1 || m.entry == nil || m.entry.Kind != facts.KindPlace || !r.p.headlineVerb(&toks[m.ti]) {
			continue
		}
		if ms[k-1].tj == m.ti && ms[k+1].ti == m.tj && !ms[k-1].pronoun {
			return append(ms[:k:k], ms[k+1:]...)
		}
	}
	return ms
}

// bareNameGoesOn reports whether text[start:end] (toks[ti:tj]) is one of
// the pack's bare_names (names of common words that name their entry only
// alone) inside a longer name: a capitalized word right after it or right
// before it that is no function word nor a date's ("Dewan Keamanan
// Nasional", "the Virginia General Assembly"; not "Dewan Keamanan Jumat
// lalu", nor a title's word after it, nor a sentence's first word).
func (r *run) bareNameGoesOn(toks []token, ti, tj, start, end int) bool {
	surface := r.text[start:end]
	for _, n := range r.p.bareNames {
		if len(n) != len(surface) || !strings.EqualFold(n, surface) {
			continue
		}
		nameWord := func(t *token) bool {
			return t.cap && !t.punct && !(t.lx2&l2Function != 0 && r.p.function[t.low]) && r.p.dateWords[t.low] == nil
		}
		if tj < len(toks) && nameWord(&toks[tj]) {
			if _, ok := r.p.titleAt(toks, tj); !ok {
				return true // (a title after it is its holder's: "General Assembly President Annalena Baerbock")
			}
		}
		return ti > 1 && nameWord(&toks[ti-1])
	}
	return false
}

// regionInsideNames drops, in Indonesian, a one-word name of a region or
// a city that is part of a longer name (grid 39 of issue #12): after a
// capitalized facility_heads word ("Jalan Surabaya", "Terminal Lebak",
// "Kampung Pati"), right after a club's or a company's name of the same
// state ("Arema Malang"), or after a word in lower case and before an
// unknown capitalized word that no other mention holds and that is no
// ordinary word, given name, title, date word, region tail or acronym
// ("di Lebak Bulus", "di Bandung Convention Center"; "warga Lebak,
// Banten" and "Bupati Lebak Hasbi Jayabaya" keep the regency). It also
// drops a state's name that ran into a name before it opened by a
// state_name_heads word, where the last word of that name and the state's
// make the state's full name ("Liga Arab Saudi": "Liga Arab" and "Saudi"
// are the Saudi league, neither the Arab League nor the state).
func (r *run) regionInsideNames(st *sentence, ms []*mention) []*mention {
	if r.p.lang != "id" || len(ms) == 0 {
		return ms
	}
	toks := st.toks
	keep := ms[:0]
	for _, m := range ms {
		if m.person || m.entry == nil || m.ti == 0 && m.tj >= len(toks) {
			keep = append(keep, m)
			continue
		}
		var prev *mention // the mention kept last, when it ends right before m
		if n := len(keep); n > 0 && keep[n-1].tj == m.ti && !keep[n-1].person && keep[n-1].entry != nil {
			prev = keep[n-1]
		}
		switch m.entry.Kind {
		case facts.KindPlace:
			if m.tj == m.ti+1 && toks[m.ti].cap && r.regionInName(st, ms, m, prev) {
				continue
			}
		case facts.KindState:
			if prev != nil && prev.tj-prev.ti >= 2 && toks[m.ti].cap && r.stateRunsInto(toks, m, prev) {
				keep = keep[:len(keep)-1]
				continue
			}
		}
		keep = append(keep, m)
	}
	return keep
}

// regionInName reports whether the one-word place m is part of a longer
// name (regionInsideNames); prev is the mention right before it, or nil.
// Before an unknown capitalized word the place must follow a preposition
// or a noun of place ("di Lebak Bulus", "kawasan Lebak Bulus"), where the
// longer name is no person's, or that word must be an organization's
// tail ("Malut United"); elsewhere the two words may be a person's name
// or a place the gazetteer lacks ("mempromosikan Labuan Bajo").
func (r *run) regionInName(st *sentence, ms []*mention, m, prev *mention) bool {
	toks := st.toks
	p := r.p
	var t *token
	if m.ti > 0 {
		t = &toks[m.ti-1]
		if t.cap && !t.punct {
			if t.lx2&l2FacilityHead != 0 && p.facilityHeads[t.low] || p.placeNameHeads[t.low] {
				return true // "Jalan Surabaya", "Stasiun Bandung", "Pasar Gresik"
			}
			return prev != nil && prev.entry.Kind == facts.KindOrganization && prev.entry.Country != "" && prev.entry.Country == m.entry.Country // "Arema Malang"
		}
	}
	if m.tj >= len(toks) {
		return false
	}
	nx := &toks[m.tj]
	if !nx.cap || nx.punct || nx.lx&(lxGiven|lxDateFirst|lxStateCtx|lxTitle) != 0 || isAllUpper(nx.raw) {
		return false
	}
	if !p.orgTails[nx.low] && !p.orgCreateTails[nx.low] && (t == nil || t.lx&lxLocative == 0 && t.lx2&l2PlacePrep == 0 && !p.placeNouns[t.low]) {
		return false
	}
	return !p.isCommonWord(nx.low) && covered(ms, m.tj) == nil && !r.titleCasedSt(st) // "di Lebak Bulus"
}

// stateRunsInto reports whether the state m follows prev, a name opened by
// a state_name_heads word, whose last word and m make a name of m's state
// ("Liga Arab" and "Saudi").
func (r *run) stateRunsInto(toks []token, m, prev *mention) bool {
	h := &toks[prev.ti]
	if h.lx&lxStateCtx == 0 || !r.p.stateNameHeads[h.low] {
		return false
	}
	return r.wholeEntry(r.text[toks[prev.tj-1].s:m.e], facts.KindState) == m.entry
}
