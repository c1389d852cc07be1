// Titles and honorifics before a name ("Presiden Rusia Vladimir Putin",
// "North Korea's Vice Foreign Minister Im Chon Il"): a role for a known
// person, or a new person.

package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geokg/kg/loader/extract/gazetteer"
	"github.com/geokg/kg/loader/facts"
)

// nameRun returns the end of a run of capitalized name words from k.
func (r *run) nameRun(toks []token, k int, ms []*mention) int {
	j, dots := k, 0
	for j < len(toks) && j-k-dots < 4 {
		t := &toks[j]
		if t.punct {
			if t.raw == "." && j > k && len(toks[j-1].raw) == 1 && toks[j-1].cap && j+1 < len(toks) && toks[j+1].cap && !toks[j+1].punct {
				j++ // the dot of an initial inside the name: "Philips J. Vermonte"
				dots++
				continue
			}
			break
		}
		if !t.cap {
			if j > k && arabicArticleName(t.raw) {
				j++ // "Khalil al-Hayya"
				continue
			}
			if j > k && j+1 < len(toks) && t.lx2&l2NameParticle != 0 { // "Erik ten Hag", "Rahmat bin Umar"
				if toks[j+1].cap {
					j++
					continue
				}
				if n := toks[j+1].low; (n == "der" || n == "den" || n == "la") && j+2 < len(toks) && toks[j+2].cap && !toks[j+2].punct {
					j += 2 // "Pieter van der Berg", "Ana de la Cruz"
					continue
				}
			}
			break
		}
		if r.p.nameStopAt(t) && !r.givenInsideName(toks, j, k) || isAllUpper(t.raw) && j == k && utf8.RuneCountInString(t.raw) > 1 && j+1 < len(toks) && !toks[j+1].cap {
			break
		}
		if m := covered(ms, j); m != nil && !m.person {
			if !r.cityInName(toks, j, k, m, ms) {
				break
			}
		}
		if l, ok := r.p.titleAt(toks, j); ok && !(j > k && r.p.nameCommon[t.low] && !isAllUpper(t.raw)) && !(j == k && j > 0 && len(l.p) == 1 && r.p.nameCommon[t.low] && r.p.isTitle(toks, j-1) && r.oneNameAfter(toks, j+1, ms)) {
			// (A word that ends names is no title inside one: "Rivaldi
			// Putra"; nor where it opens a name of two words right after
			// a title: "Penyanyi Putri Ariani".)
			break
		}
		j++
	}
	return j
}

// givenInsideName reports whether toks[j], a word that ends names
// (name_stop), is a given name inside the run of name words that began at
// k, with a name word after it: "Irjen Pol. Ribut Hari Wibowo" ("Hari",
// day, is a common given name); not after a name's first word alone when
// a day's or a date's word follows ("Prabowo Hari Ini", "Hari Senin").
func (r *run) givenInsideName(toks []token, j, k int) bool {
	return j > k && toks[j].lx&lxGiven != 0 && j+1 < len(toks) && toks[j+1].cap && !toks[j+1].punct && r.isNameWord(&toks[j+1])
}

// cityInName reports whether m, a one-word capital's mention at toks[j]
// right after the first word of a run of name words that began at k, is a
// word of the name: "Hotman Paris Hutapea". The first word must be a name
// word and not look like a derived noun of an office ("Perwakilan",
// "Kedutaan": pe-/ke- … -an), and a name word that no rule read must
// follow the capital and end the run.
func (r *run) cityInName(toks []token, j, k int, m *mention, ms []*mention) bool {
	if j == k+1 && m.ti == j && m.tj == j+1 && (m.rule == "metonym:capital" || m.entry != nil && m.entry.Kind == facts.KindState) && toks[k].lx&lxGiven != 0 && !r.p.givenNot[toks[k].low] &&
		(j+1 >= len(toks) || !toks[j+1].cap || toks[j+1].punct) {
		return true // "Jenderal George Washington", "pebasket Michael Jordan": a given name, then a capital's or a state's one word as the surname
	}
	if j != k+1 || m.ti != j || m.tj != j+1 || m.rule != "metonym:capital" || j+1 >= len(toks) || covered(ms, j+1) != nil || !r.isNameWord(&toks[j+1]) || !r.isNameWord(&toks[k]) {
		return false
	}
	if j+2 < len(toks) && toks[j+2].cap && !toks[j+2].punct {
		return false
	}
	w := toks[k].low
	return !(strings.HasSuffix(w, "an") && (strings.HasPrefix(w, "pe") || strings.HasPrefix(w, "ke")))
}

// allNameWords reports whether every token is a name word (isNameWord).
func (r *run) allNameWords(toks []token) bool {
	for i := range toks {
		if !r.isNameWord(&toks[i]) {
			return false
		}
	}
	return len(toks) > 0
}

// initialsState reports whether m, a state's short form in capitals of
// two or three letters ("AS", "RI"), is followed by a capitalized name
// word that no rule read: after an honorific, the initials of a name.
func (r *run) initialsState(toks []token, m *mention, ms []*mention) bool {
	k := m.ti
	if m.tj != k+1 || m.person || !r.isStateMention(m) || !isAllUpper(toks[k].raw) || len(toks[k].raw) > 3 || k+1 >= len(toks) {
		return false
	}
	t := &toks[k+1]
	return t.cap && !t.punct && !isAllUpper(t.raw) && covered(ms, k+1) == nil && !r.p.isCommonWord(t.low) && r.isNameWord(t)
}

// dropMention returns ms without m.
func dropMention(ms []*mention, m *mention) []*mention {
	for i, x := range ms {
		if x == m {
			return append(ms[:i], ms[i+1:]...)
		}
	}
	return ms
}

// officeNoun reports whether an Indonesian word has the shape of a noun
// derived with ke-/pe- … -an ("Kepresidenan", "Perwakilan", "Kedutaan"),
// which names an office or an institution, not a person.
func officeNoun(w string) bool {
	return len(w) >= 8 && strings.HasSuffix(w, "an") && (strings.HasPrefix(w, "pe") || strings.HasPrefix(w, "ke"))
}

// singleName tells whether one capitalized word after a title or an
// honorific is a name: not an acronym, not an ordinary word, and either the
// language has a list of ordinary words to check it against or an
// honorific introduces it ("Mr. Smith").
func (r *run) singleName(t *token, honorific bool) bool {
	if isAllUpper(t.raw) || utf8.RuneCountInString(t.raw) < 3 || r.p.isCommonWord(t.low) {
		return false
	}
	return honorific || len(r.p.common) > 0
}

// isAllUpper reports whether s has no lower-case letter. Most words it is
// asked about are plain ASCII and capitalized ("Jakarta"), so a loop over
// bytes answers at their second letter; the loop over runes reads only
// what is left from the first non-ASCII byte (TestIsAllUpperBytes
// compares it with that loop over the whole string).
func isAllUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return isAllUpperRunes(s[i:])
		}
		if 'a' <= c && c <= 'z' {
			return false // the only ASCII letters that are not upper case
		}
	}
	return true
}

// isAllUpperRunes is isAllUpper, rune by rune.
func isAllUpperRunes(s string) bool {
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'a' <= r && r <= 'z' {
				return false // the only ASCII letters that are not upper case
			}
			continue
		}
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// inTitle reports whether toks[j] is in the title part of a person's
// mention made by a title (before the name, which is the mention's
// surface): "PT Bank Mega" in "Direktur PT Bank Mega Tbk, Kostaman
// Thayib" is an organization of its own.
func inTitle(m *mention, toks []token, j int) bool {
	return m.person && strings.HasPrefix(m.rule, "title:") && toks[j].e <= m.e-len(m.surface)
}

// hasCommonWord reports whether one of the words is an ordinary word of
// the language that is not also a given name.
func (r *run) hasCommonWord(toks []token) bool {
	for i := range toks {
		if r.p.isCommonWord(toks[i].low) && toks[i].lx&lxGiven == 0 {
			return true
		}
	}
	return false
}

// nameStartsAt reports whether a title's person mention has its name
// start at toks[j].
func nameStartsAt(m *mention, toks []token, j int) bool {
	return m != nil && m.person && strings.HasPrefix(m.rule, "title:") && toks[j].s == m.e-len(m.surface)
}

// nextTitleStart returns the first index from i on whose token may start
// a phrase of ix (phraseIndex.mayStart), or len(toks). The loops over
// every token for a title call it rather than testing each token
// themselves: in this small loop the flag bit stays in a register, where
// in titledPersons' long body it was loaded again for every token.
func nextTitleStart(ix *phraseIndex, toks []token, i int) int {
	fbit := ix.fbit
	if fbit == 0 {
		return i // every token may start a phrase
	}
	for i < len(toks) && toks[i].lx&fbit == 0 {
		i++
	}
	return i
}

// titleStarts returns the indexes of st's tokens that may start a title
// (p.titles.mayStart: the titles' first-word flag), in order, computed once
// per sentence. titledPersons and occupationAppositions each walked every
// token of the sentence for them (nextTitleStart, its plain version, which
// TestTitleStarts compares it with); both now walk this list, filled by one
// such walk. The slice is the run's scratch memory: valid until the next
// call. The cached case inlines at the two callers; filling the cache is
// fillTitleStarts' (tsFor is set only there, so a run without scratch
// memory never takes the cached case).
func (r *run) titleStarts(st *sentence) []int32 {
	if r.tsFor == st && r.tsLen == len(st.toks) {
		return r.titleIdx
	}
	return r.fillTitleStarts(st)
}

// fillTitleStarts computes titleStarts(st) and caches it where the run has
// scratch memory.
//
//go:noinline
func (r *run) fillTitleStarts(st *sentence) []int32 {
	if r.scratch == nil { // a test's run without scratch memory: no cache
		return appendTitleStarts(nil, &r.p.titles, st.toks)
	}
	r.tsFor, r.tsLen = st, len(st.toks)
	r.titleIdx = appendTitleStarts(r.titleIdx[:0], &r.p.titles, st.toks)
	return r.titleIdx
}

// appendTitleStarts appends to buf the indexes i of toks that
// nextTitleStart(ix, toks, i) returns, in order.
func appendTitleStarts(buf []int32, ix *phraseIndex, toks []token) []int32 {
	for i := 0; ; i++ {
		if i = nextTitleStart(ix, toks, i); i >= len(toks) {
			return buf
		}
		buf = append(buf, int32(i))
	}
}

// titleAt matches a title ("Menteri Luar Negeri", "Prime Minister") at toks[i].
func (p *pack) titleAt(toks []token, i int) (labeled, bool) {
	return p.titles.at(toks, i)
}

// bodyOverTitle reports whether a body's generic name longer than the
// title of n words at toks[i] starts there: the words are the body's
// ("General Staff" is no General named Staff).
func (r *run) bodyOverTitle(toks []token, i, n int) bool {
	// (A longer phrase needs a word at toks[i+n]; and the index's flag
	// test, at's first, is made here so most calls pay no call of at.)
	if i+n >= len(toks) || toks[i].low == "" || !r.p.bodyFirst[toks[i].low[0]] || !r.p.bodies.mayStart(&toks[i]) {
		return false
	}
	l, ok := r.p.bodies.at(toks, i)
	return ok && len(l.p) > n
}

// loneQualifierAt reports whether toks[j] is one capitalized word standing
// alone (or with a short code in capitals: "Formula E"), no given name and
// no known person: after a plural determiner
// and an occupation's word it qualifies the group ("para pembalap
// MotoGP", "sejumlah pemain Persib"), since one name cannot be many.
func (r *run) loneQualifierAt(toks []token, j int, ms []*mention) bool {
	if j >= len(toks) || !toks[j].cap || toks[j].punct || toks[j].lx&lxGiven != 0 {
		return false
	}
	if j+1 < len(toks) && toks[j+1].cap && !toks[j+1].punct {
		if len(toks[j+1].raw) > 3 || !isAllUpper(toks[j+1].raw) || j+2 < len(toks) && toks[j+2].cap && !toks[j+2].punct {
			return false
		}
		// "para pebalap Formula E": a short code in capitals ends the name
	}
	m := covered(ms, j)
	return m == nil || !m.person
}

// titleOpensNoName reports whether the title t at toks[i] opens no
// person's name for titledPersons: a known person reads it already, or
// the title's words are a word of an outlet's, a war's, a place's, an
// organization's or a body's name, a stock character, a name's inner word
// or a group's qualifier. These guards run for every title found and most
// pass; apart from the loop's long body they keep its hot path short for
// the instruction cache. (The comments on the guards' returns quote the
// phrases they skip.)
func (r *run) titleOpensNoName(toks []token, i int, t labeled, ms []*mention) bool {
	p := r.p
	if m := covered(ms, i); m != nil && !m.consumed && m.person {
		return true
	}
	if i > 0 && toks[i-1].lx&lxMediaLast != 0 && !toks[i-1].cap && toks[i-1].low != "media" {
		if l, ok := p.mediaCues.endingAt(toks, i); ok && l.label == "media" {
			return true // "harian Utusan Borneo": after a word for an outlet, a title's word starts the outlet's name
		}
	}
	if t.label == "honorific" && r.honorificNotOpening(toks, i, len(t.p), ms) {
		return true
	}
	// (The lexical tests first, then the maps: the tests have no side
	// effects, so their order changes no answer.)
	if len(t.p) == 1 && i > 0 && toks[i-1].lx&lxGiven != 0 && p.nameCommon[toks[i].low] && r.isNameWord(&toks[i-1]) && covered(ms, i-1) == nil {
		return true // a title's word that is a name word too, after a given name: "Yusuf Hakim Saragih", "Adi Putra Wijaya"
	}
	if len(t.p) == 1 && i+2 < len(toks) && toks[i+2].cap && r.givenWordOpens(toks, i) { // (it needs a capitalized word at toks[i+2])
		return true // "Putri Ayu Lestari melapor": a given name that is a title's word, then a name
	}
	if t.label == "occupation" && i > 0 {
		if toks[i-1].cap && p.orgCreateHeads[toks[i-1].low] && covered(ms, i-1) == nil {
			return true // "Asosiasi Petani Tebu Rakyat", "Serikat Pekerja Nasional": the occupation is a word of the organization's name
		}
		if p.pluralDets[toks[i-1].low] && r.loneQualifierAt(toks, i+len(t.p), ms) {
			return true // "para pembalap MotoGP": many of them; the word after names their field, no person
		}
	}
	if r.bodyOverTitle(toks, i, len(t.p)) {
		return true // "Poland's General Staff", "Prime Minister's Office": a body's generic name that opens with the title's words
	}
	return false
}

// honorificNotOpening reports whether the honorific of n words at toks[i]
// opens no person's name (titleOpensNoName's guards for honorifics, kept
// apart as only honorifics need them).
func (r *run) honorificNotOpening(toks []token, i, n int, ms []*mention) bool {
	p := r.p
	if r.honorificIdiom(toks, i, n) {
		return true // "Pak Ogah", "Bang Toyib": a stock character or common noun, no person
	}
	if i == 0 {
		return false
	}
	if toks[i-1].cap && p.warBefore[toks[i-1].low] {
		return true // "Perang Saudara Amerika": a word of a war's name (war_before), no honorific
	}
	if p.atPreps[toks[i-1].low] {
		return true // "di Datuk Keramat": after a preposition of place an honorific opens a place's name, no person
	}
	if r.isNameWord(&toks[i-1]) && covered(ms, i-1) == nil {
		if _, ok := p.titleAt(toks, i-1); !ok {
			return true // inside a name: "Yunus Haji Khoory", "Mohammad H Thamrin"
		}
	}
	return false
}

// apostropheHonorificEnd returns the end of an honorific at toks[i:k]
// followed by an apostrophe at toks[k] (titledPersons' rare case, apart
// from its loop): "Dato' Seri Wan Azmi Hassan" is the honorific "Dato
// Seri" with the apostrophe of "Dato'" between its words; "Dato' Rajesh
// Nair" has the name after it. Otherwise k.
func (r *run) apostropheHonorificEnd(toks []token, i, k int) int {
	tmp := append(append([]token{}, toks[i:k]...), toks[k+1:min(len(toks), k+4)]...)
	if l, ok := r.p.titleAt(tmp, 0); ok && l.label == "honorific" && len(l.p) > k-i {
		return i + len(l.p) + 1
	} else if toks[k+1].cap {
		return k + 1 // "Dato' Rajesh Nair"
	}
	return k
}

// rankSuffixEnd returns the end of a rank's title at toks[i:k] with the
// service, corps or retirement that follows it ("Brigjen TNI", "Irjen
// Pol.", "Komjen Pol. (Purn.)"), and whether a service or corps was read:
// the home state's officer. (titledPersons' loop calls it only for ranks.)
func (r *run) rankSuffixEnd(toks []token, i, k int) (int, bool) {
	p := r.p
	suffixed := false
	for k < len(toks) {
		if p.rankSuffixes[toks[k].low] && toks[k].cap {
			k++             // "Brigjen TNI", "Kolonel Inf": the rank's service or corps
			suffixed = true // the home state's officer
			continue
		}
		if toks[k].raw == "." && k > i && p.rankSuffixes[toks[k-1].low] {
			k++ // "Irjen Pol.", "Letjen TNI Purn."
			continue
		}
		if e := k + 2; toks[k].raw == "(" && e < len(toks) && toks[k+1].cap && p.rankSuffixes[toks[k+1].low] {
			if toks[e].raw == "." && e+1 < len(toks) {
				e++
			}
			if toks[e].raw == ")" {
				k, suffixed = e+1, true // "Komjen Pol. (Purn.)", "Kolonel (Purn)": retired
				continue
			}
		}
		break
	}
	return k, suffixed
}

// statesBodyAfter reads a state's body after "of"/"for" and the state's
// mention om that ends at toks[k] ("a spokesman for Egypt's Foreign
// Ministry, Tamim Khallaf,": the state's body, made later by namedBodies,
// then the holder's name in commas). It returns the mentions with the
// body's and the body's mention, or a nil mention. (titledPersons' rare
// case, apart from its loop.)
func (r *run) statesBodyAfter(toks []token, ms []*mention, om *mention, k int) ([]*mention, *mention) {
	if k+2 < len(toks) && toks[k].low == "'s" && r.isStateMention(om) {
		if l, ok := r.p.bodies.at(toks, k+1); ok && k+1+len(l.p) < len(toks) && toks[k+1+len(l.p)].low == "," {
			if ms2, ok := r.stateBody(toks, ms, om.ti, k+1+len(l.p), om.id, l.label); ok {
				if bm := mentionAt(ms2, om.ti); bm != nil {
					return ms2, bm
				}
			}
		}
	}
	return ms, nil
}

// memberFrom reads what follows "dari" at toks[k] after an office: the
// member's party or faction ("anggota DPR dari Fraksi PDIP Rieke Diah
// Pitaloka"; org true), or, with no branch yet and for an office, the
// region the holder is elected for, a place of one state, whose official
// the holder is ("Senator Demokrat dari Connecticut Chris Murphy",
// "Anggota Kongres dari Texas Greg Casar"; org false). It returns the
// mention and the index after it, or a nil mention. (titledPersons' rare
// case, apart from its loop.)
func (r *run) memberFrom(toks []token, k int, ms []*mention, role, branch string) (om *mention, k2 int, org bool) {
	om = mentionAt(ms, k+1)
	if om != nil {
		k2 = om.tj
	} else {
		om, k2 = r.unitThenBody(toks, k+1, ms)
	}
	if om != nil && !om.person && r.kindOf(om.id) == facts.KindOrganization {
		return om, k2, true
	}
	if om != nil && branch == "" && role != "occupation" && role != "honorific" && !om.person && om.entry != nil && om.entry.Kind == facts.KindPlace && om.entry.Country != "" && om.id == om.entry.ID {
		return om, k2, false
	}
	return nil, 0, false
}

// titledPersons finds "Title [of State/Org] [to State] [,] Name" and links or
// creates the person, with the role the title gives.
func (r *run) titledPersons(si int, st *sentence, ms []*mention) []*mention {
	toks := st.toks
	p := r.p
	if fb := p.titles.fbit; fb != 0 && r.sentLx(st)&fb == 0 {
		return ms // no token may start a title (the loop's nextTitleStart finds none)
	}
	var pend labeled
	pendEnd := -1
	for _, ti := range r.titleStarts(st) { // the tokens nextTitleStart would stop at, in order
		i := int(ti)
		t, ok := p.titleAt(toks, i)
		if !ok {
			continue
		}
		if r.titleOpensNoName(toks, i, t, ms) {
			continue
		}
		start := i
		k := i + len(t.p)
		if t.label == "honorific" && k+1 < len(toks) && (toks[k].raw == "'" || toks[k].raw == "’") {
			// "Dato' Seri Wan Azmi Hassan": the honorific "Dato Seri" with
			// the apostrophe of "Dato'" between its words.
			k = r.apostropheHonorificEnd(toks, i, k)
		}
		suffixed := false
		if rank := r.x.common.rankRoles[t.label]; rank || t.label != "honorific" && t.label != "occupation" {
			if rank {
				k, suffixed = r.rankSuffixEnd(toks, i, k)
			}
			// A name inside a rank is the rank's ("AKP" is no party, the
			// "TNI" of "Jenderal TNI" no mention of the armed forces), and
			// so is a company's inside an office's title ("Kasi Intel").
			for j := 0; j < len(ms); j++ {
				if m := ms[j]; m.ti >= i && m.tj <= k && !m.person && (rank || m.entry != nil && m.entry.Kind == facts.KindOrganization) {
					ms = append(ms[:j], ms[j+1:]...)
					j--
				}
			}
		}
		if t.label == "honorific" && len(t.p) > 1 {
			// A name inside an honorific of several words is the
			// honorific's ("Toh Puan" is no Puan Maharani).
			for j := 0; j < len(ms); j++ {
				if m := ms[j]; m.ti >= i && m.tj <= k {
					ms = append(ms[:j], ms[j+1:]...)
					j--
				}
			}
		}
		role := t.label
		var carried *labeled // the title right before this one, which found no name ("Juru bicara Presiden, X")
		if pendEnd == i && pend.label != "" {
			c := pend
			carried = &c
		}
		pend, pendEnd = t, k
		// The mention that ends right before the title, read once for the
		// mark of a past office and for the English order below ("Russian
		// President"): nothing in between changes the list or marks a
		// mention consumed (TestTitleEndMention).
		endM := mentionEndingAt(ms, i)
		if r.formerBefore(toks, endM, i) {
			role = "former_" + role
		}
		for j := i + 1; j < k; j++ {
			if toks[j].low != "" && p.bodyFirst[toks[j].low[0]] {
				if l, ok := p.bodies.at(toks, j); ok && j+len(l.p) > k {
					k = j // "Kepala Dinas Intelijen Korea Selatan": a body's generic name begins inside the title
					break
				}
			}
		}
		k0 := k
		if role != "honorific" {
			k = r.skipPortfolio(toks, k, ms) // an honorific has no portfolio: "Dr. Amal Haddad"
		}
		if p.home == "" && k == k0 && strings.HasSuffix(role, "minister") {
			k = r.englishPortfolio(toks, k, ms) // "Coordinating Minister for Human Development and Culture Pratikno"
		}
		if role == "occupation" && k == k0+1 && p.nameCommon[toks[k0].low] && r.oneNameAfter(toks, k, ms) {
			k = k0 // "Komika Bintang Emon": a word frequent in names, then one name word, opens the name
		}
		portfolio := k > k0
		if role == "occupation" && k == k0 {
			k = r.skipFieldWords(toks, k, ms)
		}
		var of *mention
		var innerBuf [8]*mention // (on the stack: a title holds a few mentions)
		inner := innerBuf[:0]
		branch := "" // the state of an organization's branch the title names
		if cm := covered(ms, k); cm != nil && !cm.person && !cm.consumed && cm.ti > i && cm.ti < k {
			// "Wali Kota Surabaya Eri Cahyadi": the place's name ("Kota
			// Surabaya") begins inside the title.
			of, k = cm, cm.tj
			inner = append(inner, cm)
		}
		// English: "Russian President", "North Korea's Vice Foreign Minister", "Wagner leader"
		if pm := endM; pm != nil && !pm.person {
			of, start = pm, pm.ti
			inner = append(inner, pm)
		} else if i > 0 && toks[i-1].low == "'s" {
			if pm := mentionEndingAt(ms, i-1); pm != nil && !pm.person {
				of, start = pm, pm.ti
				inner = append(inner, pm)
			}
		} else if i > 3 && toks[i-1].raw == ")" && toks[i-3].raw == "(" {
			// "Nahdlatul Ulama (NU) chairman Yahya Cholil Staquf": the
			// organization with its acronym in brackets.
			if pm := mentionEndingAt(ms, i-3); pm != nil && !pm.person {
				of, start = pm, pm.ti
				inner = append(inner, pm)
				if am := mentionAt(ms, i-2); am != nil && am.id == pm.id {
					inner = append(inner, am)
				}
			}
		} else if pm, s := r.stateBeforeQualifier(toks, i, t.label, ms); pm != nil {
			// "Argentine Security Minister Patricia Bullrich", "Mozambican
			// opposition leader Venancio Mondlane": a portfolio or a
			// qualifier between the state and the title.
			of, start = pm, s
			inner = append(inner, pm)
		} else if cm := covered(ms, i); cm != nil && !cm.person && cm.ti < i && cm.tj <= k && cm.entry != nil && cm.entry.Sector != "" {
			// "Indonesian Foreign Ministry spokesman Rolliansyah Soemirat":
			// the body's name runs into the title's words.
			of, start = cm, cm.ti
			inner = append(inner, cm)
		}
		if of == nil && carried != nil && carried.label != "honorific" {
			// "East Java Police spokesman Sr. Comr. Jules Abraham Abast":
			// the body before the title that found no name is the office's.
			if cs := i - len(carried.p); cs > 0 {
				if pm := mentionEndingAt(ms, cs); pm != nil && !pm.person && pm.entry != nil && pm.entry.Sector != "" {
					of, start = pm, pm.ti
					inner = append(inner, pm)
				}
			}
		}
		if role == "honorific" && of == nil {
			kk := k
			if kk < len(toks) && toks[kk].raw == "." {
				kk++ // "Drs. AS Setiadi"
			}
			if sm := mentionAt(ms, kk); sm != nil && r.initialsState(toks, sm, ms) {
				ms = dropMention(ms, sm) // "Drs. AS Setiadi": the initials of a name, not the state
			}
		}
		if m := mentionAt(ms, k); of == nil && m != nil && !m.person && role != "honorific" && !portfolio && r.stateOrPlace(m.id) {
			if s := r.orgTailThenHolder(toks, k, ms); s > 0 {
				// "Peneliti Jakarta Policy Institute Rangga Wiratama": the
				// city opens the organization's name; no "of" of the title.
				if om := r.officeOrgMention(toks, k, s, ""); om != nil {
					ms = withOfficeOrg(ms, om)
					of, k = om, s
					inner = append(inner, om)
				}
			}
		}
		if of == nil && role == "occupation" && k+1 < len(toks) && p.originWords[toks[k].low] {
			// "Penyanyi asal Amerika Serikat Taylor Swift": the state the
			// person comes from, then the name.
			if om := mentionAt(ms, k+1); om != nil && !om.person && om.tj < len(toks) && toks[om.tj].cap && !toks[om.tj].punct && r.isStateMention(om) {
				of, k = om, om.tj
				inner = append(inner, om)
			}
		}
		if of == nil && role == "occupation" && !portfolio {
			if cm, ms2 := r.clubAfterOccupation(toks, i, k, ms); cm != nil {
				ms, of, k = ms2, cm, cm.tj
				inner = append(inner, cm)
			}
		}
		if of == nil {
			if k < len(toks) && (toks[k].low == "of" || toks[k].low == "the" || toks[k].low == "for" && p.lang == "en") {
				k2 := k + 1
				if k2 < len(toks) && toks[k2].low == "the" {
					k2++
				}
				if om := mentionAt(ms, k2); om != nil && !om.person {
					of, k = om, om.tj
					inner = append(inner, om)
					if ms2, bm := r.statesBodyAfter(toks, ms, om, k); bm != nil {
						replaceMention(inner, om, bm)
						ms, of, k = ms2, bm, bm.tj
					}
				}
			} else if om := mentionAt(ms, k); om != nil && !om.person && (role == "occupation" || role == "honorific" || p.home == "" && r.x.common.rankRoles[t.label]) && r.placeAsGiven(toks, om) {
				// "Aktris Kenya Moore", "Gelandang Jordan Henderson", "Lance Cpl.
				// Jordan Miles" (an English rank names no state's officer
				// by a state's name alone): the given name, no state.
				ms = dropMention(ms, om)
			} else if om != nil && !om.person {
				of, k = om, om.tj
				inner = append(inner, om)
			}
		}
		if of != nil && of.ti > i && of.id != p.home {
			// "Juru bicara Kementerian Luar Negeri Venezuela Carlos
			// Perez": the home body named inside the title, then a state,
			// is that state's body. (isState last: it makes the record.)
			if bm := mentionEndingAt(ms, of.ti); bm != nil && bm.ti > i && r.isHomeBody(bm) && r.isStateMention(of) {
				if ms2, nb, ok := r.foreignBody(toks, ms, bm, of, of.id); ok {
					replaceMention(inner, of, nb)
					ms, of = ms2, nb
				}
			}
		}
		if k < len(toks) && toks[k].lx2&l2StateOf != 0 && p.stateOf[toks[k].low] {
			k2 := k + 1
			if k2 < len(toks) && toks[k2].low == "the" {
				k2++ // "Ambassador to the United States"
			}
			if om := mentionAt(ms, k2); om != nil && !om.person {
				k = om.tj
				inner = append(inner, om)
			}
		}
		if pm := r.postAfter(toks, k, ms); pm != nil && of != nil && r.isStateMention(of) { // (isState last: it makes the record)
			k = pm.tj // "Konsul Jenderal RI di Jeddah Yusron Ambary": the post, then the holder
			inner = append(inner, pm)
		}
		if of == nil {
			if om, k2 := r.unitThenBody(toks, k, ms); om != nil {
				of, k = om, k2 // "Ketua Fraksi PKS Jazuli Juwaini", "Anggota Komisi I DPR TB Hasanuddin"
				inner = append(inner, om)
			}
		}
		if of != nil && k+1 < len(toks) && toks[k].cap && of.tj == k {
			if lm := mentionAt(ms, k); lm != nil && !lm.person && r.kindOf(lm.id) == facts.KindLegislature && r.kindOf(of.id) == facts.KindOrganization {
				k = lm.tj // "Ketua Fraksi PKS DPR Jazuli Juwaini": the faction's party, then its house
				inner = append(inner, lm)
			}
		}
		if k > i && k+2 < len(toks) && toks[k].low == "dari" && toks[k+1].cap {
			// "anggota DPR dari Fraksi PDIP Rieke Diah Pitaloka",
			// "Senator Demokrat dari Connecticut Chris Murphy".
			if om, k2, org := r.memberFrom(toks, k, ms, role, branch); om != nil {
				k = k2
				inner = append(inner, om)
				if !org {
					branch = om.entry.Country
				} else if of == nil {
					of = om
				}
			}
		}
		if of != nil && r.kindOf(of.id) != facts.KindState {
			if sm := r.stateMentionAt(ms, k); sm != nil && sm.id != p.home && r.isHomeBody(of) {
				// "Juru bicara Kemlu Venezuela Carlos Perez": the home
				// body's short name and a state are that state's body.
				if ms2, bm, ok := r.foreignBody(toks, ms, of, sm, sm.id); ok {
					replaceMention(inner, of, bm)
					ms, of, k = ms2, bm, bm.tj
				}
			} else if sm != nil {
				// "Amnesty International Indonesia Usman Hamid": the
				// organization's branch in a state, whose name is the
				// branch's and names no state; the holder is of that state.
				k = sm.tj
				ms = dropMention(ms, sm)
				branch = sm.id
			} else if pm := mentionAt(ms, k); pm != nil && !pm.person && pm.entry != nil && pm.entry.Kind == facts.KindPlace && r.kindOf(of.id) == facts.KindOrganization {
				k = pm.tj // "Direktur Walhi Kalimantan Tengah Bayu Herinata": the organization's branch in a region
				inner = append(inner, pm)
			}
		}
		if of == nil && k < len(toks) && toks[k].cap {
			if l, ok := p.bodies.at(toks, k); ok {
				// "Dirjen Bea dan Cukai Departemen Keuangan Anwar Suprijadi":
				// a body's generic name (and its state) between the title
				// and the name; namedBodies makes the body.
				if bm := mentionAt(ms, k); bm != nil && !bm.person && bm.tj > k+len(l.p) {
					k = bm.tj // "Kepala Dinas Kesehatan Jawa Tengah Yunita …": a regional body with its region
				} else {
					k += len(l.p)
					if sm := r.stateMentionAt(ms, k); sm != nil {
						k = sm.tj
					}
				}
			}
		}
		if of == nil && role != "honorific" && !portfolio {
			if om, s := r.officeOrgThenHolder(toks, k, ms); om != nil {
				// "Ketua Paguyuban Petani Garut Ujang Suhendar", "Konsultan
				// politik Pollmark Indonesia Eep Saefulloh Fatah": an
				// unknown organization's name, then the holder's.
				ms = withOfficeOrg(ms, om)
				of, k = om, s
				inner = append(inner, om)
			}
		}
		if of == nil {
			k = r.skipOrgName(toks, k, ms) // "Direktur Utama PT Mirantha Nuansa Ayu, Henry Sulysto"
			k = r.skipNamedAfter(toks, k)  // "Dosen UIN Sunan Kalijaga, Siti Fatimah": the institution, then the name in commas
		}
		if of != nil && k+1 < len(toks) && isAllUpper(toks[k].raw) {
			if am := mentionAt(ms, k); am != nil && am.id == of.id && am.ti == k && am.tj == k+1 {
				k++ // "Direktur Utama PT Bursa Efek Surabaya BES Bastian Purnama": the organization's acronym after its name, no brackets
			}
		}
		k = skipParen(toks, k) // "Kepala Badan Nasional Penanggulangan Bencana (BNPB) Suharyanto"
		regionNamed := false   // the region's name was read: one word after it is the holder's
		if r.x.common.regionRoles[strings.TrimPrefix(role, "former_")] {
			k = skipUnitNumber(toks, k) // "Ketua RT 05 Sukarman", "Ketua RT 03/RW 07 Sukarman"
			k0 := k
			k = r.skipPlaceNamed(toks, k) // "Lurah Kampung Melayu Suprapto"
			regionNamed = k > k0
		}
		if role != "honorific" && k > i && k < len(toks) && toks[k].cap && (p.titles.fbit == 0 || toks[k].lx&p.titles.fbit != 0) && covered(ms, k) == nil {
			k = r.honorificsAfterOffice(toks, k) // "Bupati Bekasi Ir. H. Ade Kuswara Kunang": the degrees, then the holder's name
		}
		if k < len(toks) && toks[k].raw == "." && k > i && !strings.HasSuffix(toks[k-1].raw, ".") {
			k++ // "Ny. Siti", "Dr. Ahmad": the abbreviation's dot
		}
		commaName := false // "Menteri Negara BUMN, Sugiharto,": the name in commas after the office
		if of == nil && k > i && k+1 < len(toks) && toks[k+1].low == "," && isAllUpper(toks[k].raw) && !toks[k].punct && utf8.RuneCountInString(toks[k].raw) > 1 && covered(ms, k) == nil {
			k++ // the office's unknown acronym before the comma ("BUMN", "IATA")
		}
		if k < len(toks) && toks[k].low == "," {
			k++
			commaName = true
		}
		if k >= len(toks) {
			continue
		}
		if commaName && r.kinBefore(toks, start) {
			role = "occupation" // "Putra sulung Presiden, Gibran": the holder's relative, a person with no office
		}
		honorific := role == "honorific" || role == "occupation" // a person, but no office
		var person *actorRec
		var end int
		known := false
		pm := mentionAt(ms, k)
		if pm != nil && pm.person && (pm.tj == k+1 || honorific && pm.ti == k && pm.tj == k+2) && r.surnameAfter(toks, pm.tj, ms) {
			// ("Habib Zainal Abidin Assegaf": after an honorific, a known
			// two-word name and one more name word are someone else's.)
			// "guru besar ITB Wiranto Arismunandar": a known person's one
			// name, then another name word, is someone else's name.
			ms = dropMention(ms, pm)
			pm = nil
		}
		if (pm == nil || !pm.person) && !r.x.common.spouseRoles[role] {
			pm = r.personAfterPortfolio(toks, k, ms)
			if pm != nil {
				k = pm.ti // "Menko Polkam Budi Gunawan": an unknown portfolio word before a known person
			}
		}
		if pm != nil && pm.person {
			known = true
			if r.namesakeAbroad(pm, of, role) {
				// "Colombian Defence Minister Pedro Sanchez": a known
				// person's name on another state's office holder.
				person, end = r.namesake(pm.id, r.text[toks[pm.ti].s:toks[pm.tj-1].e]), pm.tj
			} else {
				person, end = r.mentionActor(pm), pm.tj
				if person == nil {
					person = r.actors[pm.id]
				}
			}
		} else {
			end = r.nameRun(toks, k, ms)
			if end > k && p.warBefore[toks[k].low] {
				end = k // "menurut para sejarawan, Perang Irak …": a war's name (war_before), no name
			}
			if r.headlineVerbAt(toks, k, ms) && (end-k == 1 || r.titleCasedSt(st)) {
				end = k // "Menteri Kecam Aksi …", "Bupati Tinjau Jembatan …": the headline's verb, no name
			}
			if p.lang == "id" && end-k > 1 && r.titleCasedSt(st) {
				// A headline capitalizes its verbs and nouns: the name ends
				// at the first event or speech verb or ordinary word
				// ("Menlu Retno Kecam Serangan …").
				for j := k + 1; j < end; j++ {
					if (toks[j].lx&(lxTrigger|lxSpeech) != 0 || p.headlineVerb(&toks[j]) || p.isCommonWord(toks[j].low)) && toks[j].lx&lxGiven == 0 && !p.nameCommon[toks[j].low] {
						end = j
						break
					}
				}
			}
			if end == k && role == "honorific" && toks[k].cap && r.p.months[toks[k].low] != 0 && (k+1 == len(toks) || !toks[k+1].cap && !startsWithDigit(toks[k+1].low)) {
				end = k + 1 // "Mrs May", "Nyonya Juni": after an honorific a month's name is a surname
			}
			if end-k >= 3 && isAllUpper(toks[k].raw) && utf8.RuneCountInString(toks[k].raw) > 1 {
				k++ // "Rektor UGM Ova Emilia": an unknown acronym before a name is the office's body
				end = r.nameRun(toks, k, ms)
			} else if of == nil && end-k >= 3 && role != "honorific" && r.x.common.regionRoles[strings.TrimPrefix(role, "former_")] {
				if om, s := r.officeOrg(toks, k, end, ms); om != nil {
					// "Camat Cisarua Ahmad Rifai": the unknown words before
					// the given name are the office's region, no organization.
					k = s
					end = r.nameRun(toks, k, ms)
				} else if toks[k].lx&lxGiven == 0 && !portfolio {
					k++ // "Kades Tegalwaru Ujang Suparman": one word of a village's name, then the holder's
					end = r.nameRun(toks, k, ms)
				}
			} else if p.lang == "id" && of == nil && end-k == 2 && role != "honorific" && !portfolio && r.x.common.regionRoles[strings.TrimPrefix(role, "former_")] &&
				toks[k].lx&lxGiven == 0 && (toks[k+1].lx&lxGiven != 0 || localHeadRole(role)) && !p.isCommonWord(toks[k].low) && !p.nameCommon[toks[k].low] {
				// "Kades Tegalrejo Sumarno": a word that is no given name,
				// then a given name alone: the village, then its head. A
				// village's or a district's head is named with the place
				// (few are written by two names alone), so after such a
				// title the second word need be no listed given name
				// ("Camat Ngaglik Subagya").
				k++
				end = r.nameRun(toks, k, ms)
			} else if of == nil && end-k >= 3 && role != "honorific" && !strings.HasSuffix(role, "minister") && !r.x.common.rankRoles[role] {
				// (A rank names no organization either: "Brig. Gen.
				// Trunoyudo Wisnu Andiko".)
				// (A minister's title names the portfolio: "Menteri Hukum
				// Supratman Andi Agtas" has no organization before the name.)
				if om, s := r.officeOrg(toks, k, end, ms); om != nil {
					// "Direktur Toba Pulp Firman Mulya Nauli", "analis Pefindo
					// Ronald Hertanto": unknown words before a given name are
					// the organization of the office.
					ms = append(ms, om)
					sortMentions(ms)
					of, k = om, s
					inner = append(inner, om)
					end = r.nameRun(toks, k, ms)
				}
			}
			if end == k+1 && role != "-" && !honorific {
				if e := r.holderBySurname(toks[k].low, role, of); e != nil {
					known = true
					person = r.actorOf(e.ID, e) // "PM Abe", "Presiden Macron"
				}
			}
		}
		if !known && !commaName && end == k+1 && end+2 < len(toks) && toks[end].raw == "," && r.x.common.regionRoles[strings.TrimPrefix(role, "former_")] && toks[end+1].cap && covered(ms, end+1) == nil && !p.isCommonWord(toks[end+1].low) {
			// "Kepala Desa Karangrejo, Suwarno,": one word after the
			// office of a region is the region, the name in commas after
			// it the holder.
			if e := r.nameRun(toks, end+1, ms); e > end+1 && e < len(toks) && toks[e].raw == "," {
				k, end = end+1, e
			}
		}
		if !known && !commaName && end == k+1 && r.officeThenName(toks, end, ms) {
			// "Direktur Utama IATA, Roekman Prawirasastra": the one word
			// before the comma is the office's organization, the name
			// in the apposition after it is the person.
			k = end + 1
			end = r.nameRun(toks, k, ms)
		}
		if !known {
			// "Raja Thailand Maha Vajiralongkorn": after an office of a
			// state, an ordinary word may open a name of name words.
			named := end-k >= 2 && of != nil && r.kindOf(of.id) == facts.KindState && r.allNameWords(toks[k+1:end])
			// After an honorific too: "Dr. Amal Haddad".
			named = named || honorific && end-k >= 2 && r.allNameWords(toks[k+1:end])
			named = named || r.givenWordOpens(toks, k) // "Penyanyi Bunga Citra Lestari"
			if end == k && r.givenWordAfterRegion(toks, k, role, ms) {
				// "Wakil Bupati Garut Putri Karlina": the given word, a
				// title's word too, opens the name after the region.
				if e := r.nameRun(toks, k+1, ms); e == k+2 {
					end, named = e, true
				}
			}
			if end == k || p.isCommon(toks[k].low) && !(end-k >= 2 && (toks[k].lx&lxGiven != 0 || p.openerLen(toks, k) > 0)) && !named {
				continue // a title needs a name, not a common word ("Kepala Desa", "Presiden Direktur")
			}
			if r.namedAfterTailAt(toks, end) {
				continue // "King Abdulaziz International Airport", "Queen Alia International Airport": a place named after the title's holder
			}
			if end-k == 1 && (p.ethnonyms[toks[k].low] || officeNoun(toks[k].low)) {
				continue // "warga Kurdi Suriah": a people; "Juru Bicara Kepresidenan": an office's noun, not a name
			}
			if s, _ := p.sectorWords(toks, k); s != "" && p.lang == "id" {
				continue // "Pemimpin Oposisi Venezuela": a group noun, not a name
			}
			if p.allRegionWords(toks[k:end]) {
				continue // "Wakapolda Nusa Tenggara": the office's region, not a name
			}
			if p.orgHeads[toks[k].low] || p.orgCreateHeads[toks[k].low] {
				continue // an organization's name, not a person's ("Dirut Bursa Efek …")
			}
			if end-k >= 2 && (p.orgTails[toks[end-1].low] || p.orgCreateTails[toks[end-1].low]) {
				continue // "analis Crisis Group": an organization's tail word ends it
			}
			if end+1 < len(toks) && p.coord[toks[end].low] && r.hasCommonWord(toks[k:end]) {
				if _, ok := p.titleAt(toks, end+1); ok {
					continue // "Wakil Presiden Hubungan Investor dan Sekretaris Perusahaan X": a portfolio before a second title
				}
			}
			if r.portfolioGoesOn(toks, k, end, ms) {
				continue // "Menteri Agraria dan Tata Ruang (ATR) Nusron Wahid": a portfolio's words before "dan", no name
			}
			if p.lang == "id" && (toks[k].lx&(lxTrigger|lxSpeech) != 0 || p.isCommonWord(toks[k].low) && !(end-k >= 2 && (toks[k].lx&lxGiven != 0 || p.openerLen(toks, k) > 0)) && !named && !(end-k == 1 && dottedHonorificName(p, t, toks, k)) || r.headlineVerbAt(toks, k, ms) && r.titleCasedSt(st)) {
				continue // a headline's capitalized verb ("Menlu Kanada Mengunjungi Jakarta") or a derived word
			}
			if end-k == 1 && end < len(toks) && toks[end].cap {
				if _, ok := p.titleAt(toks, end); ok {
					continue // "Kapolda Metro Jaya Irjen Karyoto": the word before a rank ends the office's region
				}
			}
			if p.lang == "id" && end-k >= 2 && end-k <= 3 && end < len(toks) && toks[end].cap && !honorific {
				if l, ok := p.titleAt(toks, end); ok && r.x.common.rankRoles[l.label] && (toks[k].lx&lxGiven == 0 || r.nameAfterRank(toks, end, l)) {
					// "Kapolsek Tanjung Priok Kompol Muhammad Fajar": words that open with no given name before a rank are the office's area;
					// so are words a given name opens before a rank and the rank holder's own name ("Pangdam Iskandar Muda Mayjen TNI Niko Fahrizal": a command named after a hero)
					continue
				}
			}
			closed := commaName && end < len(toks) && toks[end].raw == "," // "Menteri Negara BUMN, Sugiharto,"
			if portfolio && of == nil && role == "occupation" && !closed && p.placeNouns[toks[k-1].low] {
				continue // "warga Perumahan Griya Asri": after a place noun, the place's name, not a resident's
			}
			if role == "occupation" && of == nil && !portfolio && !closed && toks[k-1].lx2&l2PlacePrep != 0 && toks[k].lx&lxGiven == 0 && !(end < len(toks) && toks[end].raw == "(") {
				continue // "Warga Tanjung Priok mengeluhkan": after a word for a resident, a name no given name opens is the place's
			}
			if end-k == 1 && of == nil && portfolio && !closed && !regionNamed && !r.regionThenName(toks, k, role, ms) {
				continue // "Kepala Desa Sukamaju": after a title and its common words, one word is more likely a place
			}
			if p.lang == "en" && role == "occupation" && carried == nil && r.allEnglishWords(toks[k:end]) {
				continue // "Witness Protection Program": after an occupation, capitalized ordinary words name a thing
			}
			aged := role == "occupation" && end-k == 1 && ageAfter(toks, end) && !isAllUpper(toks[k].raw) && !(p.lang == "en" && r.englishWord(toks[k].low))
			if end-k == 1 && !strings.ContainsAny(toks[k].raw, "-") && of == nil && !(r.singleName(&toks[k], role == "honorific") || dottedHonorificName(p, t, toks, k) && !isAllUpper(toks[k].raw)) && !closed && !r.englishOneName(&toks[k], role, carried) && !aged {
				continue // a single word without an "of" is too weak, unless the language can tell names from words
			}
			if end-k == 1 && of == nil && !closed && p.thingTitles[toks[k-1].low] {
				continue // "model Claude terbaru": after a title's word that also names a kind of thing, one word is the thing's name
			}
			if end-k == 1 && of == nil && !closed && !toks[k-1].cap && p.realmTitles[toks[k-1].low] && toks[k].lx&lxGiven == 0 {
				continue // "menjadi raja Iolkos": after a monarch's title in lower case (the common noun), one word that is no given name is the realm
			}
			if end-k == 1 && of == nil && !closed && toks[k].lx&lxGiven == 0 && r.x.common.companyRoles[strings.TrimPrefix(role, "former_")] {
				continue // "Presiden Direktur Astra": after a company's office one word that is no given name is the company's
			}
			if end < len(toks) && toks[end].raw == "&" {
				continue // "Direktur Medco E&P Indonesia": a word of a name joined by "&", no person
			}
			if end-k == 1 && len(strings.TrimSuffix(toks[k].raw, ".")) == 1 {
				continue // "Gen Z protesters": "Gen" and a letter name a generation; one letter alone is no one's name
			}
			name := r.text[toks[k].s:toks[end-1].e]
			ofID := ""
			if of != nil {
				ofID = of.id
			}
			if role == "-" {
				continue // without a role, an unknown name is not enough to create a person
			}
			if role == "honorific" && end-k == 1 && (ageAfter(toks, end) || r.appositionAfter(toks, k)) {
				role = "occupation" // "Haji Mustafa, 72,": one name described as an ordinary person is no known figure's
			}
			person = r.newPerson(name, role, ofID)
			if person != nil && of == nil && p.home != "" && person.a.Country == "" && p.homeTitle(t.p) {
				person.a.Country = p.home // "Gubernur Ridwan Kamil": an office of the home state
			}
		}
		if person == nil {
			continue
		}
		if of == nil && end+1 < len(toks) && (toks[end].low == "of" || toks[end].low == "dari") {
			// "Prime Minister Lars Jensen of Denmark": the office's state after the name
			if om := mentionAt(ms, end+1); om != nil && !om.person && om.entry != nil && om.entry.Kind == facts.KindState {
				of = om
				inner = append(inner, om)
			}
		}
		ofID, country := "", ""
		if of != nil {
			ofID = of.id
			if oa := r.mentionActor(of); oa != nil && of.rule != "club-after-occupation" { // a club's players and coaches come from anywhere
				if oa.a.Kind == facts.KindState {
					country = oa.a.ID
				} else {
					country = oa.a.Country
				}
			}
		}
		if carried != nil && carried.label != "-" && carried.label != "honorific" && carried.label != "occupation" {
			// "Juru bicara Presiden, X" is the spokesperson, not the
			// president; "Kapolri Jenderal X" is both chief and general.
			r.addRole(person, carried.label, "")
			if r.x.stateRol[role] {
				role = "-"
			}
		}
		if role != "-" && !honorific { // "-": a word that introduces a name but gives no role ("counterpart"); honorifics give none either
			r.addRole(person, role, ofID)
		}
		if country == "" {
			country = branch
		}
		if person.a.Country == "" || person.a.Country == ofID && country != ofID {
			person.a.Country = country
		}
		if person.a.Country == "" && !known && p.home != "" && (suffixed || p.homeTitle(t.p) || carried != nil && p.homeTitle(carried.p) || (portfolio && strings.HasSuffix(role, "minister") || of == nil && (commaName || carried != nil) && r.x.stateRol[strings.TrimPrefix(t.label, "former_")]) && !r.namesForeignState(ms)) {
			// "Lurah Kampung Melayu, Setiawan": an office of the home state,
			// whatever its region; "Menteri Sosial Saifullah Yusuf": a
			// minister's portfolio with no state in the sentence;
			// "Juru bicara Presiden, Adita Irawati": the home state's
			// president's spokesperson, named after the office with no
			// state in the sentence.
			person.a.Country = p.home
		}
		if person.a.Country == "" && !known && p.home == "" && of == nil && r.datelineState != "" && r.datelineOffice(role, carried) && !r.namesStateBut(ms, r.datelineState) {
			// "JAKARTA (Reuters) - Trade Minister Budi Santoso said": in a
			// language with no home state, an unknown holder of a state's
			// office under a dateline, in a sentence that names no other
			// state, is an official of the dateline's state.
			person.a.Country = r.datelineState
		}
		for _, m := range inner {
			m.consumed = true
		}
		// Drop the name mention the person already had; one mention spans all.
		keep := ms[:0]
		for _, m := range ms {
			if m.ti >= k && m.tj <= end && (m.person || m.rule == "metonym:capital" && m.tj < end) {
				continue
			}
			if m.ti > k && m.tj == end && m.tj-m.ti == 1 && toks[k].lx&lxGiven != 0 && !m.person && (m.rule == "metonym:capital" || m.entry != nil && m.entry.Kind == facts.KindState) {
				continue // "Jenderal George Washington": the capital or the state is the surname (cityInName)
			}
			keep = append(keep, m)
		}
		ms = keep
		surface := r.text[toks[k].s:toks[end-1].e]
		// The office the title names is the one the person acts in here:
		// "Presiden Dewan Eropa Donald Tusk" and "Sekjen NATO Jens
		// Stoltenberg" act as themselves, officials of an organization,
		// not for the state they once led.
		part := ""
		if role != "-" && !honorific && ofID != "" && !r.isState(ofID) && r.kindOf(ofID) == facts.KindIGO {
			part = person.a.ID
		}
		ms = append(ms, r.newMention(mention{s: toks[start].s, e: toks[end-1].e, ti: start, tj: end, id: person.a.ID, part: part, surface: surface, rule: r.joined.join(joinConcat, "title:", role), conf: 0.9, person: true}))
		sortMentions(ms)
		i = end - 1
	}
	return ms
}

// officeThenName reports whether a comma at toks[c] is followed by an
// unknown run of two to four name words that ends the apposition (a
// comma, the end, or a word in lower case): "…, Roekman Prawirasastra di".
func (r *run) officeThenName(toks []token, c int, ms []*mention) bool {
	if c+2 >= len(toks) || toks[c].raw != "," || !toks[c+1].cap || toks[c+1].punct || covered(ms, c+1) != nil || r.p.isCommonWord(toks[c+1].low) {
		return false
	}
	e := r.nameRun(toks, c+1, ms)
	if e == c+2 && ageAt(toks, e) && len(r.p.common) > 0 && r.isNameWord(&toks[c+1]) {
		return true // "Nelayan Tambaklorok, Kasturi (56),": one name word with an age in the apposition
	}
	return e-c-1 >= 2 && (e == len(toks) || toks[e].punct || !toks[e].cap) && !r.p.coord[toks[e-1].low]
}

// appositiveTitles finds a name followed by its office in commas: "Kwame
// Mensah, the foreign minister of Ghana,", "Maria Santos, Ghana's foreign
// minister", "Kwame Mensah, Menteri Luar Negeri Ghana,". The name is a
// known person or a run of two or three name words; the office's state
// (or organization) stands before the title (a demonym, a genitive) or
// after it ("of Ghana", "Ghana"). The person gets the role and the country.
func (r *run) appositiveTitles(si int, st *sentence, ms []*mention) []*mention {
	toks := st.toks
	p := r.p
	if r.titleCasedSt(st) {
		return ms
	}
	for c := 1; c+1 < len(toks); c++ {
		if toks[c].raw != "," {
			continue
		}
		// The name before the comma.
		var pm *mention
		s := c
		if m := mentionEndingAt(ms, c); m != nil && m.person {
			pm, s = m, m.ti
		} else {
			for s > 0 && c-s < 3 && r.isNameWord(&toks[s-1]) && covered(ms, s-1) == nil {
				s--
			}
			if c-s < 2 || s > 0 && toks[s-1].cap && !toks[s-1].punct && covered(ms, s-1) == nil {
				continue
			}
			if _, ok := p.titleAt(toks, s); ok || p.allRegionWords(toks[s+1:c]) {
				continue // "Irpolda Sumut, Wakapolda …": a list of offices, not a name
			}
		}
		// The office after it.
		k := c + 1
		if k < len(toks) && (toks[k].low == "the" || toks[k].low == "a" || toks[k].low == "an") {
			k++
		}
		var of *mention
		if om := mentionAt(ms, k); om != nil && !om.person && om.entry != nil {
			of, k = om, om.tj
			if k < len(toks) && toks[k].low == "'s" {
				k++
			}
		}
		t, ok := p.titleAt(toks, k)
		if !ok && of == nil && k == c+2 && p.lang == "en" && k+1 < len(toks) && !toks[k].cap && !toks[k].punct && toks[k].lx2&l2Former == 0 {
			if t, ok = p.titleAt(toks, k+1); ok {
				k++ // "Ahmed Yusuf, a senior official at …": one word before the title
			}
		}
		if !ok || t.label == "honorific" || t.label == "-" {
			continue
		}
		staff := t.label == "occupation"
		if staff && (of != nil || p.lang != "en") {
			continue
		}
		k += len(t.p)
		if of == nil {
			k2 := k
			if k2 < len(toks) && (toks[k2].low == "of" || toks[k2].low == "for" || staff && (toks[k2].low == "at" || toks[k2].low == "in")) {
				k2++
				if k2 < len(toks) && toks[k2].low == "the" {
					k2++
				}
			}
			if om := mentionAt(ms, k2); om != nil && !om.person && om.entry != nil {
				if om.tj < len(toks) && toks[om.tj].cap && !toks[om.tj].punct {
					continue // "the president of the Philippine Red Cross": a longer name's office
				}
				of = om
			}
		}
		if of == nil && p.lang == "en" {
			continue // "John Smith, a spokesman": no office of a state named
		}
		if staff {
			// "Ahmed Yusuf, an official at Somalia's finance ministry,":
			// a post in a state's body gives the person its state, no
			// office; a company's or a state's own name gives nothing.
			if k2 := of.tj; !stateBodyKind(of.entry.Kind) || of.entry.Country == "" || k2 >= len(toks) || toks[k2].raw != "," {
				continue
			}
			var person *actorRec
			if pm != nil {
				if person = r.mentionActor(pm); person == nil {
					person = r.actors[pm.id]
				}
			} else {
				person = r.newPerson(r.text[toks[s].s:toks[c-1].e], "occupation", "")
			}
			if person == nil {
				continue
			}
			if person.a.Country == "" {
				person.a.Country = of.entry.Country
			}
			if pm != nil {
				continue
			}
			ms = append(ms, r.newMention(mention{s: toks[s].s, e: toks[c-1].e, ti: s, tj: c, id: person.a.ID, surface: r.text[toks[s].s:toks[c-1].e], rule: "apposition:staff", conf: 0.8, person: true}))
			sortMentions(ms)
			continue
		}
		role := t.label
		var person *actorRec
		if pm != nil {
			person = r.mentionActor(pm)
			if person == nil {
				person = r.actors[pm.id]
			}
		} else {
			person = r.newPerson(r.text[toks[s].s:toks[c-1].e], role, "")
		}
		if person == nil {
			continue
		}
		ofID, country := "", ""
		if of != nil {
			ofID = of.id
			if of.entry.Kind == facts.KindState {
				country = of.id
			} else {
				country = of.entry.Country
			}
		}
		r.addRole(person, role, ofID)
		if person.a.Country == "" || person.a.Country == ofID && country != ofID {
			person.a.Country = country // addRole took an organization's id for the country
		}
		if person.a.Country == "" && of == nil && p.home != "" && p.homeTitle(t.p) && !r.namesForeignState(ms) {
			person.a.Country = p.home // "Teuku Faizasyah, juru bicara Kementerian Luar Negeri,": an office of the home state, as before a name
		}
		if pm == nil {
			ms = append(ms, r.newMention(mention{s: toks[s].s, e: toks[c-1].e, ti: s, tj: c, id: person.a.ID, surface: r.text[toks[s].s:toks[c-1].e], rule: r.joined.join(joinConcat, "apposition:", role), conf: 0.85, person: true}))
			sortMentions(ms)
		}
	}
	return ms
}

// chamberTitles makes a legislature's chamber an actor where its word
// (committee_chambers) opens the office of a titled holder of a known
// state: "Senate Majority Leader John Thune", "House Speaker Mike Johnson"
// name usa-senate and usa-house, the chamber of the holder's state that
// the gazetteer holds (its id the state's code and the word). Up to two
// capitalized words stand between the chamber's word and the title; a
// capitalized word before it makes a longer name ("White House press
// secretary").
func (r *run) chamberTitles(st *sentence, ms []*mention) []*mention {
	p := r.p
	if len(p.committeeChambers) == 0 {
		return ms
	}
	toks := st.toks
	n := len(ms)
	for i := 0; i < n; i++ {
		m := ms[i]
		if !m.person || m.ti == 0 || !strings.HasPrefix(m.rule, "title:") {
			continue
		}
		k := m.ti - 1
		for k > 0 && m.ti-k < 3 && toks[k].cap && !toks[k].punct && !p.committeeChambers[toks[k].low] && covered(ms, k) == nil {
			k--
		}
		if !toks[k].cap || !p.committeeChambers[toks[k].low] || covered(ms, k) != nil {
			ms = r.bodyTitle(toks, ms, m)
			continue
		}
		if k > 0 && toks[k-1].cap && !toks[k-1].punct && !(k == 1 && r.sentenceOpener(&toks[0])) {
			continue
		}
		a := r.mentionActor(m)
		if a == nil {
			a = r.actors[m.id]
		}
		if a == nil || a.a.Country == "" {
			continue
		}
		e, ok := r.x.gaz.Lookup(strings.ToLower(a.a.Country) + "-" + toks[k].low)
		if !ok || e.Kind != facts.KindLegislature {
			continue
		}
		t := &toks[k]
		ms = append(ms, r.newMention(mention{s: t.s, e: t.e, ti: k, tj: k + 1, id: e.ID, surface: t.raw, rule: "chamber:title", conf: 0.85, entry: e}))
	}
	if len(ms) > n {
		sortMentions(ms)
	}
	return ms
}

// bodyTitle makes a state's body an actor where its generic name (the
// pack's "bodies") ends right before the title of a holder of a known
// state: "Reserve Bank Governor Lesetja Kganyago" and "Central bank
// Governor Fatih Karahan" name zaf-central-bank and tur-central-bank,
// "Foreign Ministry spokeswoman Maria Zakharova" rus-foreign-ministry —
// the body of the holder's state that the gazetteer holds (its id the
// state's code and the type). The name starts at most three words before
// the title, no mention covers it, and a capitalized word before it (not
// a sentence's opener) makes a longer name.
func (r *run) bodyTitle(toks []token, ms []*mention, m *mention) []*mention {
	p := r.p
	for i := m.ti - 1; i >= 0 && m.ti-i <= 3; i-- {
		if !p.bodies.mayStart(&toks[i]) {
			continue
		}
		label, k, ok := p.bodyNameAt(toks, i)
		if !ok || k != m.ti {
			continue
		}
		if i > 0 && toks[i-1].cap && !toks[i-1].punct && !(i == 1 && r.sentenceOpener(&toks[0])) {
			return ms
		}
		for j := i; j < k; j++ {
			if covered(ms, j) != nil {
				return ms
			}
		}
		a := r.mentionActor(m)
		if a == nil {
			a = r.actors[m.id]
		}
		if a == nil || a.a.Country == "" {
			return ms
		}
		e, ok := r.x.gaz.Lookup(strings.ToLower(a.a.Country) + "-" + label)
		if !ok || !stateBodyKind(e.Kind) || e.Country != a.a.Country {
			return ms
		}
		return append(ms, r.newMention(mention{s: toks[i].s, e: toks[k-1].e, ti: i, tj: k, id: e.ID, surface: r.text[toks[i].s:toks[k-1].e], rule: "body:title", conf: 0.85, entry: e}))
	}
	return ms
}

// stateBodyKind reports whether k is the kind of a state's body: a
// legislature, court, armed force, agency or government.
func stateBodyKind(k string) bool {
	switch k {
	case facts.KindLegislature, facts.KindCourt, facts.KindMilitary, facts.KindAgency, facts.KindGovernment:
		return true
	}
	return false
}

// officeOrg splits a run of capitalized words after a title, toks[k:end],
// at its first given name (lang/*.given.txt) after the first word: the
// words before it are the organization of the office, made an actor of
// its own, and s is where the holder's name starts. No split when the
// first word is itself a given name or a word of the run is a known
// actor, an acronym or an ordinary word.
func (r *run) officeOrg(toks []token, k, end int, ms []*mention) (*mention, int) {
	if toks[k].lx&lxGiven != 0 {
		return nil, 0
	}
	for s := k + 1; s < end; s++ {
		t := &toks[s-1]
		if covered(ms, s-1) != nil || isAllUpper(t.raw) || (r.p.isCommonWord(t.low) || officeNoun(t.low)) && s-1 == k {
			return nil, 0 // (nor an office's noun: "Juru Bicara Kepresidenan Bambang Susilo")
		}
		if toks[s].lx&lxGiven == 0 || !r.isNameWord(&toks[s]) || covered(ms, s) != nil {
			continue
		}
		if s+1 >= len(toks) || !r.isNameWord(&toks[s+1]) {
			return nil, 0 // a given name alone may be the organization's last word
		}
		id := r.orgID(toks[k:s])
		if id == "" {
			return nil, 0
		}
		if _, ok := r.x.gaz.Lookup(id); ok {
			return nil, 0
		}
		a := r.actors[id]
		if a == nil {
			name := r.text[toks[k].s:toks[s-1].e]
			a = r.newActor(id, &gazetteer.Entry{ID: id, Kind: facts.KindOrganization, Name: name})
		}
		m := r.newMention(mention{s: toks[k].s, e: toks[s-1].e, ti: k, tj: s, id: id, surface: r.text[toks[k].s:toks[s-1].e], rule: "organization:office", conf: 0.7, entry: a.entry})
		return m, s
	}
	return nil, 0
}

// officeOrgThenHolder reads an unknown organization's name after a title
// at toks[k] that the holder's name follows: one made from a head word
// that holderAfterOrg ends ("Universitas Jember Suparjo"), one that ends
// with an organization's tail word (orgTailThenHolder: "Mirae Asset
// Sekuritas Handy Yunianto"), or one to four capitalized words that end
// with a state's or a place's name and two or three name words after it
// that end the run ("Masyarakat Transportasi Indonesia Tory Damantoro":
// the state's name is the organization's). It returns the organization's
// new mention and where the name starts.
func (r *run) officeOrgThenHolder(toks []token, k int, ms []*mention) (*mention, int) {
	p := r.p
	if k >= len(toks) || !toks[k].cap || toks[k].punct || covered(ms, k) != nil || isAllUpper(toks[k].raw) && !p.orgCreateHeads[toks[k].low] {
		return nil, 0 // (an acronym that is an organization's head word goes on: "Direktur RSUD Cibinong Wahyu …")
	}
	s, country := 0, ""
	if s = r.orgTailThenHolder(toks, k, ms); s > 0 {
		// "Ekonom Samuel Sekuritas Tan Siew Lan": a tail word makes the
		// run an organization's name, even from a given name.
	} else if toks[k].lx&lxGiven != 0 {
		return nil, 0
	} else if p.orgCreateHeads[toks[k].low] && !r.headWithoutOf(toks, k) {
		k2 := k + 1
		if k2+1 < len(toks) && p.orgOf[toks[k2].low] && toks[k2+1].cap && !toks[k2+1].punct {
			k2++
		}
		j := r.orgRun(toks, k2, ms)
		if j <= k2 {
			return nil, 0
		}
		if s = r.holderAfterOrg(toks, k, k2, j, ms); s == j && !r.givenHolderAt(toks, j, ms) {
			return nil, 0 // (the run stopped at a given name: "Direktur RSUD Cibinong Wahyu Eko Widiharso")
		}
	} else {
		j := k
		for j < len(toks) && j-k < 4 && toks[j].cap && !toks[j].punct && covered(ms, j) == nil && !isAllUpper(toks[j].raw) {
			if _, ok := p.titleAt(toks, j); ok {
				return nil, 0
			}
			j++
		}
		sm := mentionAt(ms, j)
		if j == k || sm == nil || sm.person || !r.stateOrPlace(sm.id) || r.nameRun(toks, k, ms) > j {
			return nil, 0 // (a city's name inside a person's: "Hotman Paris Hutapea")
		}
		s = sm.tj
		e := r.nameRun(toks, s, ms)
		if e-s < 2 || e-s > 3 || e < len(toks) && toks[e].cap && !toks[e].punct || !r.holderWords(toks[s:e], ms, s) {
			return nil, 0
		}
		if r.kindOf(sm.id) == facts.KindState {
			country = sm.id
		}
	}
	if om := r.officeOrgMention(toks, k, s, country); om != nil {
		return om, s
	}
	return nil, 0
}

// orgTailThenHolder reads capitalized words after a title at toks[k] up
// to an organization's tail word ("Institute", "Sekuritas", "Research";
// a city's or a state's name may open them), then two or three name words
// that end the run: "Analis Mirae Asset Sekuritas Handy Yunianto",
// "Peneliti Jakarta Policy Institute Rangga Wiratama". It returns where
// the name starts, 0 when there is no such run.
func (r *run) orgTailThenHolder(toks []token, k int, ms []*mention) int {
	p := r.p
	j := k
	if m := mentionAt(ms, k); m != nil {
		if m.person || !r.stateOrPlace(m.id) {
			return 0
		}
		j = m.tj
	}
	for ; j < len(toks) && j-k < 5; j++ {
		t := &toks[j]
		if !t.cap || t.punct || covered(ms, j) != nil {
			return 0
		}
		if _, ok := p.titleAt(toks, j); ok {
			return 0
		}
		if tl := strings.TrimSuffix(t.low, "."); j > k && (p.orgTails[tl] || p.orgCreateTails[tl] || wordWithDigits(t.raw)) { // (a word with digits ends a name too: "Satgas Covid-19")
			s := j + 1
			e := r.nameRun(toks, s, ms)
			if e-s >= 2 && e-s <= 3 && (e == len(toks) || !toks[e].cap || toks[e].punct) && r.holderWords(toks[s:e], ms, s) {
				return s
			}
			return 0
		}
	}
	return 0
}

// officeOrgMention makes toks[k:s], the unknown organization of an office,
// an actor (or finds the gazetteer's organization of that name) and
// returns its mention; nil when the name gives no id or names another
// kind of actor.
func (r *run) officeOrgMention(toks []token, k, s int, country string) *mention {
	id := r.orgID(toks[k:s])
	if id == "" {
		return nil
	}
	a := r.actors[id]
	if e, ok := r.x.gaz.Lookup(id); ok {
		if e.Kind != facts.KindOrganization {
			return nil
		}
		if a == nil {
			a = r.actorOf(id, e)
		}
	} else if a == nil {
		a = r.newActor(id, &gazetteer.Entry{ID: id, Kind: facts.KindOrganization, Name: r.text[toks[k].s:toks[s-1].e], Country: country})
	}
	return r.newMention(mention{s: toks[k].s, e: toks[s-1].e, ti: k, tj: s, id: id, surface: r.text[toks[k].s:toks[s-1].e], rule: "organization:office", conf: 0.7, entry: a.entry})
}

// withOfficeOrg puts an office's organization's mention in ms, in place of
// the mentions inside it that are no person's: a state's or a place's name
// in it is the organization's ("Pusat Kajian Maritim Indonesia").
func withOfficeOrg(ms []*mention, om *mention) []*mention {
	keep := ms[:0]
	for _, m := range ms {
		if m.person || m.ti < om.ti || m.tj > om.tj {
			keep = append(keep, m)
		}
	}
	ms = append(keep, om)
	sortMentions(ms)
	return ms
}

// surnameAfter reports whether toks[j] is a name word no mention covers,
// no ordinary word, title, weekday or month, that ends the capitalized
// run: a surname after a one-word name.
func (r *run) surnameAfter(toks []token, j int, ms []*mention) bool {
	if j >= len(toks) || j+1 < len(toks) && toks[j+1].cap && !toks[j+1].punct {
		return false
	}
	t := &toks[j]
	if !r.isNameWord(t) || covered(ms, j) != nil || r.p.isCommonWord(t.low) || r.p.months[t.low] != 0 {
		return false
	}
	if _, ok := r.p.weekdays[t.low]; ok {
		return false
	}
	_, ok := r.p.titleAt(toks, j)
	return !ok
}

// personAfterPortfolio is the known person whose mention starts one or two
// capitalized words after k, those words being neither known actors nor
// punctuation: the unknown portfolio or unit of a title ("Menko Polkam
// Budi Gunawan"). Nil when there is none.
func (r *run) personAfterPortfolio(toks []token, k int, ms []*mention) *mention {
	for s := k + 1; s <= k+2 && s < len(toks); s++ {
		t := &toks[s-1]
		if !t.cap || t.punct || covered(ms, s-1) != nil {
			return nil
		}
		if _, ok := r.p.titleAt(toks, s-1); ok {
			return nil // a rank or another title: its own rule ("Panglima TNI Jenderal Agus Subiyanto")
		}
		if pm := mentionAt(ms, s); pm != nil {
			if pm.person {
				return pm
			}
			return nil
		}
	}
	return nil
}

// unitThenBody skips the unit words of an office (capitalized words and
// roman numerals: "Fraksi", "Komisi I", "Bidang Hukum", at most three)
// before a known body or organization, and returns its mention and the
// index after it: "Ketua Fraksi PKS Jazuli Juwaini", "Anggota Komisi I DPR
// TB Hasanuddin". Nil when no such mention follows.
func (r *run) unitThenBody(toks []token, k0 int, ms []*mention) (*mention, int) {
	for j := k0; j < len(toks) && j <= k0+3; j++ {
		if om := mentionAt(ms, j); om != nil {
			if k := r.kindOf(om.id); j == k0 || om.person || k == facts.KindState || k == facts.KindPlace {
				return nil, 0
			}
			return om, om.tj
		}
		t := &toks[j]
		if t.punct || !t.cap || covered(ms, j) != nil {
			return nil, 0
		}
		if _, ok := r.p.titleAt(toks, j); ok {
			return nil, 0
		}
	}
	return nil, 0
}

// kindOf is the kind of the actor id names, without making a record of it
// (records are made in the order the document lists its actors).
func (r *run) kindOf(id string) string {
	if a := r.known(id); a != nil {
		return a.a.Kind
	}
	if e, ok := r.x.gaz.Lookup(id); ok {
		return e.Kind
	}
	return ""
}

// portfolioGoesOn reports whether the unknown name toks[k:end] after an
// Indonesian title is rather the first part of a portfolio that goes on
// after a coordinator with a capitalized ordinary word that is no title
// ("Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
// "Menteri Agraria dan Tata Ruang"): no word of it is a given name.
func (r *run) portfolioGoesOn(toks []token, k, end int, ms []*mention) bool {
	p := r.p
	if p.lang != "id" || end+1 >= len(toks) || !p.coord[toks[end].low] {
		return false
	}
	n := &toks[end+1]
	if !n.cap || n.punct || n.lx&lxGiven != 0 || !p.isCommonWord(n.low) || covered(ms, end+1) != nil {
		return false
	}
	if _, ok := p.titleAt(toks, end+1); ok {
		return false // "Bupati Sutrisno dan Wakil Bupati …": a second title, after a name
	}
	for j := k; j < end; j++ {
		if toks[j].lx&lxGiven != 0 {
			return false
		}
	}
	return true
}

// postAfter finds the place of a state's office abroad after a title and
// its state: at_preps and a place, a capital or a state ("Duta Besar RI
// di Tokyo", "Konsul Jenderal RI di Jeddah", "Dubes RI di Malaysia").
// The holder's name follows it.
func (r *run) postAfter(toks []token, k int, ms []*mention) *mention {
	if k+1 >= len(toks) || toks[k].cap || !r.p.atPreps[toks[k].low] {
		return nil
	}
	if pm := mentionAt(ms, k+1); pm != nil && !pm.person && (r.isPlace(pm.id) || pm.rule == "metonym:capital" || pm.entry != nil && pm.entry.Kind == facts.KindState) {
		return pm
	}
	return nil
}

// replaceMention puts m2 where m stands in list (a title's inner mentions
// when two of them became one body).
func replaceMention(list []*mention, m, m2 *mention) {
	for n, x := range list {
		if x == m {
			list[n] = m2
		}
	}
}

// fieldWord reports whether t may say the field of an occupation or an
// organization before a name ("virologi", "ritel", "think tank"): a word
// in lower case that is no function word, verb, preposition of place,
// nor coordinating, clause, speech or relative word. skipFieldWords and
// fieldCued add their own exclusions.
func (r *run) fieldWord(t *token) bool {
	return !t.cap && !t.punct && t.lx2&l2Function == 0 && t.lx&(lxCoord|lxClauseBreak|lxSpeech|lxRelative) == 0 && !r.verbWord(t.low) && t.lx2&l2PlacePrep == 0
}

// clubAfterOccupation returns the club named by its city's one word
// (clubCity) at toks[k], right after the occupation's title at toks[i],
// with the holder's name after it: "Pelatih Chelsea Jose Mourinho", "Bek
// Chelsea John Terry", "Penyerang Barcelona asal Argentina Lionel Messi".
// Translated sports news keeps the English order (club, then name); the
// city alone, elsewhere, stays the city. A word for a person ("warga
// Liverpool") opens no club; a club word that is a given name needs a
// name of two words after it ("Aktris Chelsea Islan" is one person). The city's place mention, if any, is dropped.
func (r *run) clubAfterOccupation(toks []token, i, k int, ms []*mention) (*mention, []*mention) {
	if k+1 >= len(toks) || len(r.x.clubCity) == 0 || !toks[k].cap || toks[k].punct || r.p.personNouns[toks[i].low] {
		return nil, ms
	}
	n := &toks[k+1]
	if !(n.cap && !n.punct || r.p.originWords[n.low]) {
		return nil, ms
	}
	e := r.x.clubCity[toks[k].low]
	if e == nil {
		return nil, ms
	}
	if toks[k].lx&lxGiven != 0 && !(n.cap && k+2 < len(toks) && toks[k+2].cap && !toks[k+2].punct) {
		return nil, ms // "Aktris Chelsea Islan": a given name, then one name word, is the person's
	}
	if om := covered(ms, k); om != nil {
		if om.person || om.ti != k || om.tj != k+1 || om.entry == nil || om.entry.Kind != facts.KindPlace {
			return nil, ms
		}
		ms = dropMention(ms, om)
	}
	if r.actorOf(e.ID, e) == nil {
		return nil, ms
	}
	cm := r.newMention(mention{s: toks[k].s, e: toks[k].e, ti: k, tj: k + 1, id: e.ID, surface: toks[k].raw, rule: "club-after-occupation", conf: 0.7, entry: e})
	ms = append(ms, cm)
	sortMentions(ms)
	return cm, ms
}

// skipFieldWords moves past the one to three words in lower case
// that say an occupation's field ("Ahli virologi Hiroshi Nishiura",
// "Pengamat militer Tomasz Wroblak", "saksi mata Budi", "pakar hukum tata
// negara Bivitri Susanti") when one to three
// unknown name words follow them and end the capitalized run; function
// words, verbs and clause words end the field.
// Only in a language with a list of ordinary words.
func (r *run) skipFieldWords(toks []token, k int, ms []*mention) int {
	p := r.p
	if len(p.common) == 0 {
		return k
	}
	// The field ends at the office's institution: "Pengamat militer
	// Universitas Padjadjaran Muradi", "Koordinator divisi hukum ICW X"
	// (a metonym's or a body's word is the field's here).
	j := k
	for j < len(toks) && j-k < 3 && r.fieldWord(&toks[j]) && !p.orgFieldNot[toks[j].low] {
		j++
	}
	if j > k && j < len(toks) && (r.institutionAt(ms, j) || toks[j].cap && p.orgCreateHeads[toks[j].low] && covered(ms, j) == nil || r.orgTailThenHolder(toks, j, ms) > 0) {
		return j // (or an unknown one's head or tail word: "Pengamat pertanian Universitas Jember Suparjo", "Ekonom senior Samuel Sekuritas Tan Siew Lan")
	}
	if a := j + 1; j > k && a < len(toks) && p.atPreps[toks[j].low] && !toks[j].cap && (r.institutionAt(ms, a) || toks[a].cap && p.orgCreateHeads[toks[a].low] && covered(ms, a) == nil || r.orgTailThenHolder(toks, a, ms) > 0) {
		return a // "Analis senior di Crisis Group Dareen Khalifa": the institution after a preposition of place, as translations write "at"
	}
	fieldEnd := j // the first loop's end: past it a word is no field's word, or a fourth
	j = k
	for j < len(toks) && j-k < 3 {
		t := &toks[j]
		if j >= fieldEnd {
			break // "insinyur asal Kerala": an origin, not a field (the first loop's test, not made again)
		}
		if p.disasterNouns[t.low] && j+1 < len(toks) && toks[j+1].cap && toks[j+1].lx&lxGiven == 0 && covered(ms, j+1) == nil {
			return k // "korban gempa Bawean", "pengungsi erupsi Lewotobi": the disaster's place or mountain after it, no name ("ahli gempa Danny Hilman", "korban banjir Siti Aminah": a given name is one)
		}
		if t.lx&lxMetonymFirst != 0 && (j == k || j+1 >= len(toks) || covered(ms, j+1) != nil || !r.isNameWord(&toks[j+1])) {
			break // "juru bicara pemerintah Filipina": the state's word; but "pakar hukum tata negara Bivitri Susanti": a word of the field
		}
		if p.thingNouns[t.low] && j+2 < len(toks) && toks[j+1].cap && !toks[j+1].punct && r.givenNameRunAt(toks, j+2, ms) {
			j += 2 // "Ekonom peraih Nobel Joseph Stiglitz": the prize's name, then the person's
			break
		}
		if (p.orgHeads[t.low] || p.thingNouns[t.low]) && r.givenNameRunAt(toks, j+1, ms) {
			j++ // "pemain timnas Jay Idzes", "kapten kapal Budi Santoso": a given name opens the person's name after the field
			break
		}
		if p.placeNouns[t.low] || p.orgHeads[t.low] || p.isBodyHead(t.low) || p.thingNouns[t.low] || p.peopleWords[t.low] {
			break // "pejabat pemerintah kota Delhi", "pemilik jurnal X": the field is a place's or a body's
		}
		j++
	}
	if j == k || j >= len(toks) {
		return k
	}
	if m := covered(ms, j); m != nil {
		if m.ti == j && !m.person && r.isStateMention(m) && r.unknownNameEnds(toks, m.tj, ms) {
			return j // "Politikus sayap kanan Belanda Geert Wilders": the field's state, then an unknown name
		}
		return k // "adik pemimpin Korea Utara Kim Jong Un": a known actor after the field is the title's own
	}
	if !r.unknownNameEnds(toks, j, ms) {
		return k // "pemilik jurnal Asia Literary Review Ilyas Khan": a longer run is some other name
	}
	return j
}

// skipUnitNumber moves past the number of a neighbourhood unit after its
// office's title, and a second unit's name and number after a slash
// ("RT 05", "RT 03/RW 07"), when a capitalized word follows: the holder's
// name.
func skipUnitNumber(toks []token, k int) int {
	j := k
	if j < len(toks) && startsWithDigit(toks[j].low) {
		j++
		if j+2 < len(toks) && toks[j].raw == "/" && toks[j+1].cap && startsWithDigit(toks[j+2].low) {
			j += 3
		}
	}
	if j == k || j >= len(toks) || !toks[j].cap || toks[j].punct {
		return k
	}
	return j
}

// skipPlaceNamed moves past a region that a place noun opens after a
// region's office, the noun the title's own or a capitalized word after
// it ("Lurah Kampung Melayu Suprapto", "Kepala Desa Sukamaju Warsono",
// "Kepala Desa Cibodas Barat Heru Susanto"), to the holder's name: of two
// capitalized words, the second; of more, the first given name past the
// place's first word. Otherwise it stays where it was.
func (r *run) skipPlaceNamed(toks []token, k int) int {
	if k >= len(toks) || k == 0 {
		return k
	}
	s := k // the place's first name word
	if toks[k].cap && r.p.placeNouns[toks[k].low] {
		s = k + 1
	} else if !r.p.placeNouns[toks[k-1].low] {
		return k
	}
	e := s
	for e < len(toks) && e-s < 5 && toks[e].cap && !toks[e].punct {
		e++
	}
	switch n := e - s; {
	case n < 2:
		return k
	case n == 2:
		if t := &toks[s+1]; r.p.isCommonWord(t.low) && t.lx&lxGiven == 0 || r.p.regionWords[t.low] {
			return k // "Desa Cibodas Barat": the place's name goes on
		}
		if toks[s].lx&lxGiven != 0 || hyphenGiven(toks[s+1].raw) {
			// "Wali Kota Ray Nagin": a given name opens the holder's name;
			// "Wali Kota Hau Lung-bin": an East Asian given name closes it
			return k
		}
		return s + 1
	}
	for j := s + 1; j < e-1; j++ {
		if toks[j].lx&lxGiven != 0 {
			return j
		}
	}
	return k
}

// givenHolderAt reports whether an office holder's name of two or three
// name words that a given name opens starts at toks[j] and ends the
// capitalized run: where an organization's name that a head word opened
// stopped ("Direktur RSUD Cibinong Wahyu Eko Widiharso").
func (r *run) givenHolderAt(toks []token, j int, ms []*mention) bool {
	if j >= len(toks) || toks[j].lx&lxGiven == 0 {
		return false
	}
	e := r.nameRun(toks, j, ms)
	if e-j < 2 || e-j > 3 || e < len(toks) && toks[e].cap && !toks[e].punct {
		return false
	}
	return r.holderWords(toks[j:e], ms, j)
}

// givenWordAfterRegion reports whether the ordinary word at toks[k] that
// is also a given name (given_words: Putri, Bayu, Intan), after a
// region's office and its known place, opens the holder's name followed
// by a name word ("Wakil Bupati Garut Putri Karlina"): the place has
// ended the region, so the words after it are the name.
func (r *run) givenWordAfterRegion(toks []token, k int, role string, ms []*mention) bool {
	if k == 0 || k+1 >= len(toks) || !toks[k].cap || !r.p.givenWords[toks[k].low] || !r.isNameWord(&toks[k+1]) {
		return false
	}
	if !r.x.common.regionRoles[strings.TrimPrefix(role, "former_")] {
		return false
	}
	m := covered(ms, k-1)
	return m != nil && !m.person && m.tj == k && m.entry != nil && m.entry.Kind == facts.KindPlace && m.entry.Country == r.p.home
}

// regionThenName reports whether the portfolio words before toks[k],
// after the title of a region's office (region_roles), end with a known
// place of the home state, so that the one word at k is the holder's
// name, not more of the place's ("Wali Kota Batu Nurochman", "Bupati
// Tanah Laut Rahmat", where the region's name is an ordinary word; but
// "Kepala Desa Sukamaju" names no one).
func (r *run) regionThenName(toks []token, k int, role string, ms []*mention) bool {
	if k == 0 || !r.x.common.regionRoles[strings.TrimPrefix(role, "former_")] || r.p.isCommonWord(toks[k].low) {
		return false
	}
	m := covered(ms, k-1)
	return m != nil && !m.person && m.tj == k && m.entry != nil && m.entry.Kind == facts.KindPlace && m.entry.Country == r.p.home
}

// givenNameRunAt reports whether an unknown name of two or three name
// words that a given name opens starts at toks[j] and ends the run of
// capitalized words: after a field word that names a team or a thing
// ("timnas", "kapal") it is a person's name, not the team's or the
// thing's ("Nature", "Asia Literary Review" open with no given name).
// In Indonesian the given name may stand alone when a word in lower case,
// a comma or a bracket follows ("Sopir truk Supriyadi selamat", "kapten
// kapal Darto (50)"): Javanese names are often one word.
func (r *run) givenNameRunAt(toks []token, j int, ms []*mention) bool {
	if j+1 >= len(toks) || toks[j].lx&lxGiven == 0 {
		return false
	}
	if nx := &toks[j+1]; !nx.cap && r.p.lang == "id" && (!nx.punct || nx.raw == "," || nx.raw == "(") {
		return covered(ms, j) == nil && r.isNameWord(&toks[j])
	}
	if !r.isNameWord(&toks[j+1]) || covered(ms, j+1) != nil {
		return false
	}
	return r.unknownNameEnds(toks, j, ms)
}

// unknownNameEnds reports whether one to three name words no mention
// covers start at toks[j] and end the run of capitalized words.
func (r *run) unknownNameEnds(toks []token, j int, ms []*mention) bool {
	n := 0
	for j+n < len(toks) && r.isNameWord(&toks[j+n]) && covered(ms, j+n) == nil {
		n++
	}
	return n > 0 && n <= 3 && !(j+n < len(toks) && toks[j+n].cap && !toks[j+n].punct)
}

// institutionAt reports whether a mention of an organization, a body or
// another actor that is no person, state or place starts at toks[j]: the
// institution of an office after its field ("Peneliti senior CSIS").
func (r *run) institutionAt(ms []*mention, j int) bool {
	m := covered(ms, j)
	if m == nil || m.ti != j || m.person {
		return false
	}
	kind := r.kindOf(m.id)
	return kind != "" && kind != facts.KindState && kind != facts.KindPlace
}

// namesForeignState reports whether ms names a state other than the
// language's home state.
func (r *run) namesForeignState(ms []*mention) bool {
	for _, m := range ms {
		if !m.person && m.id != r.p.home && r.isStateMention(m) {
			return true
		}
	}
	return false
}

// datelineOffice reports whether a title's role (or the role carried over
// from a title before it) is an office of a state: a rank, a region's
// office, a minister's or another of common.json's office_roles.
func (r *run) datelineOffice(role string, carried *labeled) bool {
	c := r.x.common
	is := func(ro string) bool {
		ro = strings.TrimPrefix(ro, "former_")
		return strings.HasSuffix(ro, "minister") || c.officeRoles[ro] || c.rankRoles[ro] || c.regionRoles[ro]
	}
	return is(role) || carried != nil && is(carried.label)
}

// namesStateBut reports whether a mention of ms other than a person's
// names a state other than sid.
func (r *run) namesStateBut(ms []*mention, sid string) bool {
	for _, m := range ms {
		if !m.person && m.id != sid && r.isStateMention(m) {
			return true
		}
	}
	return false
}

// englishPortfolio moves past a minister's portfolio after "for" or "of"
// in English ("Coordinating Minister for Human Development and Culture
// Pratikno", "Minister of Education Stefania Giannini"): capitalized
// English words and the links between them, up to a word that is no
// English word or is a given name, which begins the holder's name. After
// "of" a known name (a state's: "Prime Minister of Turkey") is no
// portfolio. It returns k unchanged when no name follows.
func (r *run) englishPortfolio(toks []token, k int, ms []*mention) int {
	if k >= len(toks) || toks[k].low != "for" && (toks[k].low != "of" || k+1 < len(toks) && covered(ms, k+1) != nil) {
		return k
	}
	j, last := k+1, k
	for j < len(toks) {
		t := &toks[j]
		if t.cap && !t.punct && t.lx&lxGiven == 0 && r.englishWord(t.low) {
			j++
			last = j
			continue
		}
		if (t.lx2&l2OrgLink != 0 || t.raw == ",") && last == j && j+1 < len(toks) && toks[j+1].cap {
			j++
			continue
		}
		break
	}
	if last <= k+1 || last >= len(toks) || !toks[last].cap || toks[last].punct {
		return k
	}
	return last
}

// englishOneName reports whether one word after a state's office (no
// rank) in English is its holder's one-word name ("Chief Justice
// Suhartoyo", "Senator Sanders"): a word of four letters or more, not all
// capitals, that is no English word, or one that is also a census surname
// (English has no common-word list for singleName).
func (r *run) englishOneName(t *token, role string, carried *labeled) bool {
	if r.p.lang != "en" || isAllUpper(t.raw) || utf8.RuneCountInString(t.raw) < 4 || r.englishWord(t.low) && (!r.x.ordinarySurnames.has(t.low) || r.x.common.questionOpeners[t.low]) {
		return false // (an English word that is also a census surname is the surname after an office, "Senator Warren", "Governor Dean"; an auxiliary is none: "The Prime Minister Will Visit")
	}
	c := r.x.common
	is := func(ro string) bool {
		ro = strings.TrimPrefix(ro, "former_")
		return strings.HasSuffix(ro, "minister") || c.officeRoles[ro] || c.regionRoles[ro] || c.oneNameRoles[ro]
	}
	return is(role) || carried != nil && is(carried.label) // not a rank: "Admiral Kuznetsov", "Captain America" are a ship and a hero
}

// placeAsGiven reports whether m, the one-word name of a state or a place
// after an occupation or an honorific, is the given name of the person the
// title names: the word is a given name (lang/*.given.txt) and one census
// surname (lang/surnames.txt), also one that is a given name too, ends
// the name after it ("Aktris Kenya Moore", "Gelandang Jordan Henderson",
// "Aktris Sydney Sweeney", "Pemain basket Chad Williams"), a
// generational suffix at most after it ("Cuba Gooding Jr."). Two name words after it name the state's person ("Aktris
// Korea Selatan Song Hye-kyo", "Pebalap Italia Valentino Rossi"), so the
// one surname is what tells the two apart.
func (r *run) placeAsGiven(toks []token, m *mention) bool {
	i := m.ti
	if m.tj != i+1 || m.entry == nil || m.entry.Kind != facts.KindState && m.entry.Kind != facts.KindPlace || toks[i].lx&lxGiven == 0 || i+1 >= len(toks) {
		return false
	}
	n := &toks[i+1]
	if !r.x.surnames.has(n.low) || !r.isNameWord(n) || i+2 < len(toks) && toks[i+2].cap && !toks[i+2].punct && !generationSuffix(toks[i+2].low) {
		return false
	}
	return true
}

// formerBefore reports whether the title at toks[i] is marked as a past
// office: "former", "mantan" right before it, or before the state's name
// or demonym that opens it ("former Italian prime minister Matteo Renzi").
// m is the mention that ends at toks[i] (mentionEndingAt), or nil:
// titledPersons reads it once for this and its English order.
func (r *run) formerBefore(toks []token, m *mention, i int) bool {
	if i > 0 && toks[i-1].lx2&l2Former != 0 {
		return true
	}
	if m != nil && m.ti > 0 && r.isStateMention(m) {
		return toks[m.ti-1].lx2&l2Former != 0
	}
	return false
}

// headlineVerbAt reports whether toks[k], the first word after a title in
// Indonesian, is a capitalized bare verb of a headline (headlineVerb:
// "Menteri Kecam Aksi Perundungan", "Ketua RT Sesalkan Lambannya …"),
// which opens no name: headlines drop the prefix that would mark the verb
// in running text. A given name or a known name's first word stays a name
// ("Bupati Puji …" is left to the name rules).
func (r *run) headlineVerbAt(toks []token, k int, ms []*mention) bool {
	t := &toks[k]
	return r.p.lang == "id" && t.cap && !t.punct && t.lx&lxGiven == 0 && !r.p.nameCommon[t.low] && covered(ms, k) == nil && r.p.headlineVerb(t)
}

// generationSuffix reports whether w is a generational suffix that may end
// a person's name after the surname ("Cuba Gooding Jr.").
func generationSuffix(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "jr", "sr", "ii", "iii", "iv":
		return true
	}
	return false
}

// allEnglishWords reports whether every word of ts is an ordinary English
// word and no given name: "Protection Program", not "Grace Wanjiru".
func (r *run) allEnglishWords(ts []token) bool {
	for i := range ts {
		if ts[i].lx&lxGiven != 0 || !r.englishWord(ts[i].low) {
			return false
		}
	}
	return len(ts) > 0
}

// namedAfterTailAt reports whether the capitalized words from toks[k]
// (at most three, the first of them maybe "International") reach a word
// of named_after_tails: the name before them is a place's named after a
// person ("King Abdulaziz International Airport"), no person's.
func (r *run) namedAfterTailAt(toks []token, k int) bool {
	for n := 0; k < len(toks) && n < 3 && toks[k].cap && !toks[k].punct; k, n = k+1, n+1 {
		if toks[k].lx2&l2NamedAfter != 0 { // en.namedAfter, exactly (TestLex2Exact43)
			return true
		}
	}
	return false
}

// honorificIdiom reports whether the honorific of n tokens at i, with the
// one or two words after it, is a phrase of honorific_not ("Pak Ogah",
// "Bang Toyib"), a common noun or stock character that names no person.
func (r *run) honorificIdiom(toks []token, i, n int) bool {
	if len(r.p.honorificNot) == 0 {
		return false
	}
	for k := i + n + 1; k <= min(len(toks), i+n+2); k++ {
		var kb [64]byte
		if r.p.honorificNot[string(appendLow(kb[:0], toks[i:k]))] {
			return true
		}
	}
	return false
}

// localHeadRole reports whether role is the office of a village's or a
// district's head (Kades, Lurah, Camat), who is written with the place's
// name before the holder's.
func localHeadRole(role string) bool {
	role = strings.TrimPrefix(role, "former_")
	return role == "village_head" || role == "district_head"
}

// skipNamedAfter moves past an institution named after a person that
// stands between a title and the name in commas after it: a word of
// named_after_heads and the capitalized words after it, then a comma and a
// capitalized word ("Dosen UIN Sunan Kalijaga, Siti Fatimah Azzahra,"). The
// person the institution is named after is no name of the title's.
func (r *run) skipNamedAfter(toks []token, k int) int {
	if k+3 >= len(toks) || !toks[k].cap || !toks[k+1].cap || toks[k+1].punct || !r.p.namedAfterHeads[toks[k].low] {
		return k
	}
	j := k + 1
	for j < len(toks) && toks[j].cap && !toks[j].punct {
		j++
	}
	if j+1 < len(toks) && toks[j].raw == "," && toks[j+1].cap && !toks[j+1].punct {
		return j
	}
	return k
}

// oneNameAfter reports whether toks[k] is one name word that no rule read,
// and the last capitalized word of its run ("Komika Bintang Emon
// mengkritik").
func (r *run) oneNameAfter(toks []token, k int, ms []*mention) bool {
	if k >= len(toks) || !toks[k].cap || toks[k].punct || isAllUpper(toks[k].raw) || covered(ms, k) != nil || r.p.isCommonWord(toks[k].low) || !r.isNameWord(&toks[k]) {
		return false
	}
	return k+1 == len(toks) || !toks[k+1].cap || toks[k+1].punct
}

// stateBeforeQualifier returns the mention of a state (or another
// non-person actor) that ends one or two words before the English title at
// i, and where the title's phrase starts, when the words between are a
// portfolio (capitalized ordinary words: "Argentine Security Minister",
// "Bolivia's Government Minister") or title_qualifiers ("Mozambican
// opposition leader"). Not before an honorific or an occupation ("Russia
// Today reporter"), nor over a verb in lower case ("Ukraine warned
// Minister …").
func (r *run) stateBeforeQualifier(toks []token, i int, label string, ms []*mention) (*mention, int) {
	if r.p.lang != "en" || i < 2 || label == "honorific" || label == "occupation" {
		return nil, 0
	}
	j := i
	for n := 0; n < 2 && j > 0; n++ {
		t := &toks[j-1]
		if t.punct || t.low == "" || covered(ms, j-1) != nil {
			break
		}
		if t.cap && t.lx&lxGiven == 0 && r.englishWord(t.low) || !t.cap && r.p.titleQualifiers[t.low] {
			j--
			continue
		}
		break
	}
	if j == i || j == 0 {
		return r.stateBeforeBody(toks, i, ms)
	}
	e := j
	if toks[j-1].low == "'s" {
		e = j - 1
	}
	pm := mentionEndingAt(ms, e)
	if pm == nil || pm.person {
		return nil, 0
	}
	return pm, pm.ti
}

// stateBeforeBody returns the state before a state's generic body name
// in lower case that ends where the title at i begins ("Russian defence
// ministry spokesman Igor Konashenkov", "Sudanese army spokesman Nabil
// Abdallah"): the holder serves that state's body, which namedBodies
// makes later (conflict grid 39).
func (r *run) stateBeforeBody(toks []token, i int, ms []*mention) (*mention, int) {
	for s := i - 1; s > 0 && s >= i-3; s-- {
		t := &toks[s]
		if t.punct || t.cap {
			break
		}
		if t.lx&lxBodyFirst == 0 {
			continue
		}
		if l, ok := r.p.bodies.at(toks, s); ok && s+len(l.p) == i {
			if pm := mentionEndingAt(ms, s); pm != nil && !pm.person && r.isStateMention(pm) {
				return pm, pm.ti
			}
		}
	}
	return nil, 0
}

// namesakeAbroad reports whether the known person of mention pm, named
// after a title of role whose state is of, is a namesake: the gazetteer's
// person is of another state and held no office of of ("Colombian Defence
// Minister Pedro Sanchez" is no Spanish prime minister). Only an office
// (no honorific, occupation or bare introducing word) names the state.
func (r *run) namesakeAbroad(pm, of *mention, role string) bool {
	if of == nil || pm.entry == nil || pm.entry.Kind != facts.KindPerson || pm.entry.Country == "" || pm.entry.Country == of.id {
		return false
	}
	if role == "honorific" || role == "occupation" || role == "-" || !r.isStateMention(of) {
		return false
	}
	for _, ro := range pm.entry.Roles {
		if ro.Of == of.id {
			return false
		}
	}
	return true
}

// namesake makes id's record a person the gazetteer does not hold, named
// name: the known person's entry, roles and state are not this one's.
func (r *run) namesake(id, name string) *actorRec {
	a := r.known(id)
	fresh := a == nil
	if fresh {
		a = r.actorRecs.ptr(actorRec{order: len(r.order), lastSi: -1})
		r.setActor(id, a)
		r.order = append(r.order, id)
	}
	a.entry, a.aliases = nil, nil
	a.a = facts.Actor{ID: id, Name: name, Kind: facts.KindPerson}
	a.setName(name)
	if fresh {
		r.addPerson(a)
	}
	return a
}

// hyphenGiven reports whether w is a hyphenated given name written the
// East Asian way, a capitalized syllable, a hyphen and a syllable in lower
// case ("Lung-bin", "Cheuk-yan", "Jae-myung"), whose surname is the word
// before it.
func hyphenGiven(w string) bool {
	i := strings.IndexByte(w, '-')
	return i > 0 && i+1 < len(w) && w[i+1] >= 'a' && w[i+1] <= 'z' && w[0] >= 'A' && w[0] <= 'Z'
}

// dottedHonorificName reports whether the capitalized word at k, after an
// honorific written as a dotted abbreviation ("Dr.", "Prof.", "Ir."), is a
// name although it could be derived from a common root: "Dr. Terawan"
// (ter- + awan), "Dr. Permana" (per- + mana). Only a derived word counts:
// a root of the common list itself stays no name, as before; and only
// after the dotted form: an undotted title or an honorific word
// ("Bapak Pembangunan", "Presiden Terpilih") opens idioms and offices as
// often as names.
func dottedHonorificName(p *pack, t labeled, toks []token, k int) bool {
	return t.label == "honorific" && k > 0 && toks[k-1].raw == "." && !p.common[toks[k].low]
}

// honorificsAfterOffice returns the index after the honorifics and degrees
// (with their dots) written at toks[k] between an office's title and its
// holder's name ("Bupati Bekasi Ir. H. Ade Kuswara Kunang", "Rektor UI
// Prof. Dr. Ari Kuncoro"), or k when none is there. The name is the
// office's holder's, not only an honorific's; an honorific is taken only
// when a capitalized word follows it, at most four of them.
func (r *run) honorificsAfterOffice(toks []token, k int) int {
	for n := 0; n < 4 && k < len(toks); n++ {
		l, ok := r.p.titleAt(toks, k)
		if !ok || l.label != "honorific" {
			break
		}
		e := k + len(l.p)
		if e < len(toks) && toks[e].raw == "." {
			e++
		}
		if e >= len(toks) || !toks[e].cap || toks[e].punct {
			break
		}
		k = e
	}
	return k
}

// nameAfterRank reports whether the rank l at toks[i] (with its service or
// corps: "Mayjen TNI") is followed by a capitalized word that is no
// ordinary word: the rank holder's own name, so that words before the rank
// are not a second name.
func (r *run) nameAfterRank(toks []token, i int, l labeled) bool {
	e, _ := r.rankSuffixEnd(toks, i, i+len(l.p))
	return e < len(toks) && toks[e].cap && !toks[e].punct && !r.p.isCommonWord(toks[e].low)
}
