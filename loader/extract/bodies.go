package extract

import (
	"slices"
	"strings"

	"github.com/geokg/kg/loader/extract/gazetteer"
	"github.com/geokg/kg/loader/facts"
)

// namedBodies makes a named body of a state an actor of its own: the generic
// name of a body (the pack's "bodies": "Kementerian Luar Negeri",
// "Angkatan Laut", "Foreign Ministry") with the state it belongs to
// ("Kementerian Luar Negeri Brasil", "Brazil's Foreign Ministry", "the
// Brazilian navy", "the Foreign Ministry of Brazil"). Its id is the
// state's code and the type ("bra-foreign-ministry"), the same as the
// gazetteer's bodies use ("rus-foreign-ministry" is in bodies.jsonl with
// its other names); its country is the state and its sector comes from
// common.json body_types. A body's generic name alone stays what the
// gazetteer says (in Indonesian, Indonesia's: "Kementerian Luar Negeri").
func (r *run) namedBodies(st *sentence, ms []*mention) []*mention {
	toks := st.toks
	p := r.p
	// The loop below acts only at a token with lxBodyState (bodyStateForms)
	// or one that may start a body's name (mayStart): where the sentence
	// has neither flag, it is skipped.
	from := 0
	if fb := p.bodies.fbit; fb != 0 && r.sentLx(st)&(fb|lxBodyState) == 0 {
		from = len(toks)
	}
	for i := from; i < len(toks); i++ {
		if forms := p.bodyStateForms(&toks[i]); forms != nil {
			var made bool
			if ms, i, made = r.bodyWithState(toks, ms, i, forms); made {
				continue
			}
		}
		if !p.bodies.mayStart(&toks[i]) {
			continue // no body's name starts here, nor a possessive body (lxBodyFirst below)
		}
		label, k, ok := p.bodyNameAt(toks, i)
		if !ok {
			if toks[i].lx&lxBodyFirst != 0 && toks[i].cap {
				ms = r.possessiveBody(toks, ms, i)
			}
			continue
		}
		if bt, ok := r.x.common.BodyTypes[label]; ok && bt.Regional {
			continue // regionalBodies, before the titles
		}
		if k == i+1 && i > 0 && (p.memberCounts[toks[i-1].low] || startsWithDigit(toks[i-1].low)) {
			continue // "seorang tentara Amerika": a soldier, the state stays
		}
		start, end := i, k
		var state *mention
		if sm := r.stateMentionAt(ms, k); sm != nil {
			state, end = sm, sm.tj // "Kementerian Luar Negeri Brasil"
		} else if sm := r.stateMentionAt(ms, k+1); sm != nil && p.bodyFillers[toks[k].low] && toks[k].cap {
			state, end = sm, sm.tj // "Kementerian Pertahanan Nasional Korea Selatan"
		} else if sm := r.stateMentionAt(ms, k+3); sm != nil && toks[k].raw == "(" && toks[k+2].raw == ")" && toks[k+1].cap {
			state, end = sm, sm.tj // "Kementerian Pertahanan (Kemhan) Jepang"
		} else if k+1 < len(toks) && toks[k].low == "of" {
			k2 := k + 1
			if k2 < len(toks) && toks[k2].low == "the" {
				k2++
			}
			if sm := r.stateMentionAt(ms, k2); sm != nil {
				state, end = sm, sm.tj // "the Ministry of Defence of Brazil"
			}
		} else if sm := r.stateMentionAt(ms, k+1); sm != nil && toks[k].low == "in" && strings.HasPrefix(sm.rule, "metonym:capital") && capitalBody(label) && i > 0 && toks[i-1].low == "the" {
			state, end = sm, sm.tj // "the foreign ministry in Beijing": a capital's ministry is its state's
		} else if sm := r.portfolioState(toks, ms, i, k); sm != nil {
			state, end = sm, sm.tj // "Kementerian Pertanian, Kehutanan, dan Perikanan Jepang"
		} else if n := r.bodyDescriptors(toks, i, k); n > 0 {
			if sm := r.stateMentionAt(ms, k+n); sm != nil {
				state, end = sm, sm.tj // "Polisi anti huru-hara Prancis", "Polisi perbatasan Israel"
			}
		}
		if state == nil && p.home != "" && k < len(toks) && toks[k].cap && toks[i].cap && allCap(toks[i+1:k]) {
			if sm := titleStateAt(ms, k); sm != nil && r.isStateMention(sm) && r.titleEndsAt(toks, i) {
				// "Ketua Parlemen Iran Mohammad Bagher Ghalibaf", "Panglima
				// Angkatan Bersenjata Sudan Jenderal …": the title took the
				// state after the body's generic name as its own; the
				// office names that state's body, as "Ketua Parlemen
				// Turki" does through the gazetteer's name. Written in lower
				// case the words describe the office ("Panglima militer
				// Pakistan"), and the state stays.
				state, end = sm, sm.tj
			}
		}
		if bm := mentionAt(ms, k); state == nil && p.home != "" && toks[i].cap && allCap(toks[i+1:k]) && bm != nil && !bm.person && bm.entry != nil && bm.entry.Sector != "" && bm.entry.Country != "" && bm.entry.Country != p.home && r.isState(bm.entry.Country) {
			// "Angkatan Laut Tentara Pembebasan Rakyat China": the generic
			// name before another state's named body is that state's; one
			// written in lower case is a description of the body after it
			// ("Badan intelijen Mossad": isr-mossad).
			var made bool
			if ms, made = r.stateBody(toks, ms, start, bm.tj, bm.entry.Country, label); made {
				i = bm.tj - 1
				continue
			}
		}
		if state == nil && i > 0 {
			j := i
			if toks[j-1].low == "'s" || toks[j-1].low == "’s" {
				j--
			}
			if (toks[j-1].low == "'" || toks[j-1].low == "’") && j > 1 && strings.HasSuffix(toks[j-2].low, "s") {
				j-- // "the Philippines' Foreign Ministry"
			}
			if pm := mentionEndingAt(ms, j); pm != nil && r.isStateMention(pm) {
				state, start = pm, pm.ti // "Brazil's Foreign Ministry", "Brazilian navy"
				if k < len(toks) && (toks[k].raw == "," || toks[k].lx&lxCoord != 0) && k-i > 2 && toks[i+1].low == "of" {
					end = r.portfolioEnd(toks, ms, k) // "China's Ministry of Industry and Information Technology"
				}
			} else if pm := titleStateEndingAt(ms, j); pm != nil && p.isTitle(toks, k) && r.isStateMention(pm) {
				// A title's state before a body's name that opens the
				// title ("Qatar's Foreign Ministry spokesman", "Sudan's
				// army chief"): the holder serves that state's body.
				state, start = pm, pm.ti
			}
			if state == nil && p.home == "" && p.possessives[toks[i-1].low] && toks[i-1].low != "my" && toks[i-1].low != "your" && allCap(toks[i:k]) {
				// "Putin told his Security Council": a generic name written
				// as a name after a possessive pronoun is the body of the
				// state of the nearest actor before it, when that actor has
				// one ("suspended its parliament" names no body).
				if sid := r.ownerState(ms, i-1); sid != "" {
					var made bool
					if ms, made = r.stateBody(toks, ms, i, k, sid, label); made {
						i = k - 1
						continue
					}
				}
			}
			if state == nil && p.home == "" && i > 1 && toks[i-1].lx&lxCoord != 0 {
				if pm := mentionEndingAt(ms, i-1); pm != nil && !pm.person && pm.entry != nil && pm.entry.Sector != "" && pm.entry.Kind != facts.KindState && r.isState(pm.entry.Country) {
					// "Japan's Foreign Ministry and Defense Ministry": a
					// generic name after a coordinator and a state's body
					// is that state's too.
					var made bool
					if ms, made = r.stateBody(toks, ms, i, k, pm.entry.Country, label); made {
						i = k - 1
						continue
					}
				}
			}
		}
		if state == nil && p.home == "" && r.datelineState != "" && !r.stateBefore(ms, i) && (k >= len(toks) || !toks[k].cap || toks[k].punct || p.isTitle(toks, k)) {
			// Without a home state, the generic name alone is the body of
			// the dateline's state when no state comes before it in the
			// sentence ("MOSCOW (Reuters) - The Foreign Ministry said":
			// rus-foreign-ministry), a title after it too ("JAKARTA -
			// Constitutional Court Chief Justice Suhartoyo").
			var made bool
			if ms, made = r.bareBody(toks, ms, i, k, r.datelineState, label, nil); made {
				i = k - 1
			}
			continue
		}
		if state == nil {
			// In the home language the generic name alone, capitalized and
			// not followed by more of a name, is the home state's body when
			// the gazetteer lists it ("Departemen Keuangan meminta"), when
			// all its words are capitalized ("Bank sentral" opening a
			// sentence is none).
			if p.home == "" || !toks[i].cap || k < len(toks) && toks[k].cap && !toks[k].punct && !nameStartsAt(covered(ms, k), toks, k) && !(p.headlineVerb(&toks[k]) && r.titleCasedSt(st)) || mentionAt(ms, i) != nil {
				continue // (in a headline a bare verb may follow: "Polisi Tangkap …")
			}
			var kb [64]byte
			if k < len(toks) && p.bodyCreateNot[string(appendLow(kb[:0], toks[i:k+1]))] {
				continue // "Tentara bayaran …": mercenaries, a kind of force, no body
			}
			if !allCap(toks[i+1 : k]) {
				continue // "Bank sentral diperkirakan …": a capital only where the sentence starts, a common noun
			}
			if k < len(toks) && !toks[k].cap && p.bodyUnnamedAfter[toks[k].low] {
				continue // "Militer negara itu", "Kepolisian setempat": whose, the sentence does not say
			}
			if r.buildingHeadBefore(toks, i) {
				continue // "di depan Gedung Mahkamah Konstitusi": the body's building, a place
			}
			hid := p.homeIDPrefix + label
			e, ok := r.x.gaz.Lookup(hid)
			if !ok {
				continue
			}
			a := r.actors[hid]
			if a == nil {
				a = r.actorOf(hid, e)
			}
			s, e2 := toks[i].s, toks[k-1].e
			ms = append(ms, r.newMention(mention{s: s, e: e2, ti: i, tj: k, id: hid, surface: r.text[s:e2], rule: "body", conf: 0.85, entry: a.entry}))
			sortMentions(ms)
			i = k - 1
			continue
		}
		var made bool
		if ms, made = r.stateBody(toks, ms, start, end, state.id, label); made {
			i = end - 1
		}
	}
	return r.foreignBodyOfficials(r.coordinatedBodies(toks, r.foreignOfficialsBodies(toks, r.foreignHomeBodies(toks, r.appositionStates(toks, r.ownStateInBody(toks, ms))))))
}

// titleStateEndingAt is the state mention ending at token tj that a
// title took as its state (consumed), or nil.
func titleStateEndingAt(ms []*mention, tj int) *mention {
	for _, m := range ms {
		if m.tj == tj && m.consumed && !m.person {
			return m
		}
	}
	return nil
}

// titleStateAt is the state mention starting at token ti that a title
// took as its state (consumed), or nil.
func titleStateAt(ms []*mention, ti int) *mention {
	for _, m := range ms {
		if m.ti == ti && m.consumed && !m.person {
			return m
		}
	}
	return nil
}

// stateBefore reports whether a mention of a state ends at or before
// token i.
func (r *run) stateBefore(ms []*mention, i int) bool {
	for _, m := range ms {
		if m.tj <= i && !m.person && r.isStateMention(m) {
			return true
		}
	}
	return false
}

// allCap reports whether every word of toks is capitalized.
func allCap(toks []token) bool {
	for i := range toks {
		if !toks[i].cap && !toks[i].punct {
			return false
		}
	}
	return true
}

// homeBodiesAbroad reads a home body named only by its generic name
// ("Polisi", "Tentara", "Kementerian Luar Negeri", "Mahkamah Konstitusi")
// as another state's when the text is about that state: the sentence
// names a state or a place of another state and nothing of the home
// state, or names neither and the article before it did so. When the
// sentence names one other state, the body is that state's body of the
// same type ("Presiden Korea Selatan ... Mahkamah Konstitusi
// mengukuhkan": kor-constitutional-court); when it names several, or only
// the article before did, which body it is the text does not say, and
// there is none ("Polisi di Koln menangkap dua orang" is Germany's police,
// not Indonesia's). A home body's own name ("Polri", "TNI", "DPR") stays
// the home state's. It runs after the other rules, so that none of them
// reads the generic name as a name of its own ("Kementerian Pertahanan"
// as a body made by its head word).
func (r *run) homeBodiesAbroad(toks []token, ms []*mention) []*mention {
	ctx, sid := 0, "" // ctx 0 not computed; 1 abroad; -1 home or unknown
	for idx := 0; idx < len(ms); idx++ {
		m := ms[idx]
		if m.consumed || !r.isHomeBody(m) {
			continue
		}
		if l, ok := r.p.bodies.at(toks, m.ti); !ok || len(l.p) != m.tj-m.ti {
			continue // not the generic name alone
		}
		if m.tj-m.ti == 1 && !r.p.isCommonWord(toks[m.ti].low) {
			continue // a home short form ("Kemenhan", "Kemlu"): another state's only with its name after it ("Kemlu Jepang")
		}
		if r.homeOfficial(ms, m) {
			continue // "Juru bicara Kementerian Luar Negeri Rolliansyah Soemirat …": the body of a home official's title is the home state's
		}
		if r.statesQuantifiedAt(toks, m.tj) {
			ms = dropMention(ms, m)
			idx--
			continue // "Polisi sejumlah negara", "Angkatan Laut kedua negara": the bodies of several states, none of them named
		}
		if ctx == 0 {
			ctx, sid, _ = r.abroad(toks, ms, m.ti)
		}
		if ctx < 0 {
			continue
		}
		if sid != "" {
			if id, a := r.foreignBodyActor(m.entry, m.surface, sid); a != nil {
				ms, _ = r.spanMention(toks, ms, m.ti, m.tj, id, "body", 0.8, a.entry)
				continue
			}
		}
		ms = dropMention(ms, m)
		idx--
	}
	return r.bareBodiesAbroad(toks, ms)
}

// bareBodiesAbroad makes another state's body of a generic body's name
// that the home state has no body of ("Majelis Nasional", "Senat"),
// standing alone, capitalized and not followed by more of a name, when the
// sentence is about one other state as homeBodiesAbroad reads it
// ("Presiden Korea Selatan Yoon dimakzulkan oleh Majelis Nasional":
// kor-parliament). Without such a state the name stays no actor.
func (r *run) bareBodiesAbroad(toks []token, ms []*mention) []*mention {
	p := r.p
	if p.home == "" {
		return r.bareBodiesOfLeader(toks, ms)
	}
	ctx, sid, after := 0, "", ""
	for i := 0; i < len(toks); i++ {
		// bodyNameAt's own first test, here, where it inlines: most
		// capitalized words start no body's name, and the call was made
		// at every one of them.
		if !toks[i].cap || !p.bodies.mayStart(&toks[i]) {
			continue
		}
		label, k, ok := p.bodyNameAt(toks, i)
		if !ok {
			continue
		}
		if bt, ok := r.x.common.BodyTypes[label]; !ok || bt.Regional || !allCap(toks[i+1:k]) || k < len(toks) && toks[k].cap && !toks[k].punct {
			continue
		}
		if i > 0 && (p.memberCounts[toks[i-1].low] || startsWithDigit(toks[i-1].low)) {
			continue // "seorang tentara": a member, no body
		}
		other, overlaps := r.genericBodyAt(toks, ms, i, k)
		if overlaps {
			continue
		}
		if _, ok := r.x.gaz.Lookup(p.homeIDPrefix + label); ok && other == nil {
			continue // the home state has one: namedBodies and the loop above read it
		}
		if ctx == 0 {
			ctx, sid, after = r.abroad(toks, ms, i)
		}
		if sid == "" && after != "" && other == nil && (i == 0 || !p.facilityHeads[toks[i-1].low]) {
			// No state before the body: the one state of the places where
			// the event happens after it ("Polisi Federal menangkap … di
			// Brasilia"), for a name no gazetteer body holds and the home
			// state has no body of, not a building's ("Gedung Parlemen di
			// Canberra", "gedung Kongres di Buenos Aires").
			var made bool
			if ms, made = r.bareBody(toks, ms, i, k, after, label, nil); made {
				i = k - 1
			}
			continue
		}
		if ctx < 0 || sid == "" || other != nil && other.entry.Country == sid {
			continue
		}
		var made bool
		if ms, made = r.bareBody(toks, ms, i, k, sid, label, other); made {
			i = k - 1
		}
	}
	return ms
}

// bareBodiesOfLeader is bareBodiesAbroad for a language with no home
// state (English): a generic body's name alone ("the Constitutional
// Court", "the Senate", "police") is the body of the one state the
// sentence's people belong to, when one of them holds an office of it
// ("Thai Prime Minister Paetongtarn Shinawatra was suspended by the
// Constitutional Court": tha-constitutional-court; "Erdogan said the
// Constitutional Court …"). Any
// other state named in the sentence, or a person of another state, leaves
// the name no actor ("Russian forces shelled Kharkiv, police said": whose
// police, the sentence does not say).
func (r *run) bareBodiesOfLeader(toks []token, ms []*mention) []*mention {
	p := r.p
	sid, titled := "", false
	// An opening place ("In Brazil, the Supreme Court …", "In Nairobi,
	// police …"): the scene's state, as a title's would be.
	if len(toks) > 3 && toks[0].low == "in" {
		if sid = r.openingPlaceState(toks, ms); sid != "" {
			titled = true
		}
	}
	from, limit := len(toks), len(toks) // bodies between the first mention giving the state and another state's
	named := false                      // the sentence names a state or a person of one
	for _, m := range ms {
		id := ""
		switch {
		case r.isStateMention(m):
			id = m.id
			titled = titled || m.consumed && inPerson(ms, m)
		case m.person:
			if a := r.actors[m.id]; a != nil {
				id = a.a.Country
				for _, ro := range a.a.Roles {
					titled = titled || id != "" && ro.Of == id // "Erdogan", "Brazil's former president Jair Bolsonaro": an office of the state
					if !titled && id != "" && ro.Of != "" {
						if e, ok := r.x.gaz.Lookup(ro.Of); ok && e.Country == id && e.Kind != facts.KindPlace && e.Sector != "" {
							titled = true // "House Speaker Puan Maharani": an office of a body of the state
						}
					}
				}
			}
		default:
			continue
		}
		if id == "" {
			continue
		}
		named = true
		if sid != "" && id != sid {
			// Another state's: a body before it is still the first
			// state's ("Erdogan said the Foreign Ministry had summoned
			// the Dutch ambassador"), none after it; nor does the
			// sentence tell later ones whose bodies they name.
			limit = m.ti
			r.leaderMany = true
			break
		}
		if from > m.ti {
			from = m.ti
		}
		sid = id
	}
	if !named && sid == "" {
		// A sentence naming no state: the state of the sentences before,
		// while they all named the same one and one of its office
		// holders ("Senate Majority Leader John Thune … . The House is
		// expected …").
		if r.leaderMany || r.leaderState == "" {
			return ms
		}
		sid, titled, from = r.leaderState, true, 0
	} else if limit == len(toks) && sid != "" {
		switch {
		case r.leaderState != "" && r.leaderState != sid:
			r.leaderMany = true
		case titled:
			r.leaderState = sid
		}
	}
	if sid == "" || !titled {
		return ms
	}
	if limit == len(toks) {
		from = 0 // one state: wherever the body stands
	}
	for i := from; i < limit; i++ {
		if !p.bodies.mayStart(&toks[i]) {
			continue // (bodyNameAt's first test, inlined here)
		}
		label, k, ok := p.bodyNameAt(toks, i)
		if !ok || k > limit {
			continue
		}
		if bt, ok := r.x.common.BodyTypes[label]; !ok || bt.Regional || k < len(toks) && (toks[k].cap && !toks[k].punct || toks[k].low == "of" && k+1 < len(toks) && (toks[k+1].cap || toks[k+1].low == "the")) {
			continue // "the Supreme Court Justice", "the Ministry of Defence of Brazil": a longer name, namedBodies' ("Congress of blocking" is none)
		}
		if i > 0 && (toks[i-1].cap && !toks[i-1].punct && i > 1 || toks[i-1].low == "'s" || toks[i-1].low == "’s") {
			continue // "the Texas Supreme Court", "Punjab police": someone else's body
		}
		other, overlaps := r.genericBodyAt(toks, ms, i, k)
		if overlaps || other != nil && other.entry.Country == sid {
			continue
		}
		var made bool
		if ms, made = r.bareBody(toks, ms, i, k, sid, label, other); made {
			i = k - 1
		}
	}
	return ms
}

// openingPlaceState is the state of the place or state an English
// sentence opens with after "In" and before a comma ("In Brazil,", "In
// the Philippines,", "In Nairobi,"), or "".
func (r *run) openingPlaceState(toks []token, ms []*mention) string {
	j := 1
	if toks[j].low == "the" {
		j++
	}
	if !toks[j].cap {
		return ""
	}
	m := mentionAt(ms, j)
	if m == nil || m.person || m.entry == nil || m.tj >= len(toks) || toks[m.tj].raw != "," {
		return ""
	}
	if r.isStateMention(m) {
		return m.id
	}
	if m.entry.Kind == facts.KindPlace && r.isState(m.entry.Country) {
		return m.entry.Country
	}
	return ""
}

// bodyNameAt reads a body's generic name of the pack (bodies) at toks[i]:
// its type and the token after it.
func (p *pack) bodyNameAt(toks []token, i int) (label string, k int, ok bool) {
	if w := toks[i].low; w == "" || !p.bodies.mayStart(&toks[i]) || !p.bodyFirst[w[0]] {
		return "", 0, false
	}
	l, ok := p.bodies.at(toks, i)
	if !ok {
		return "", 0, false
	}
	return l.label, i + len(l.p), true
}

// genericBodyAt looks at the mentions over the generic body name
// toks[i:k]: a gazetteer body of some state known by that generic name
// alone ("Congress", "House of Representatives": the American ones) is
// returned as other, which the sentence's own state may replace; any
// other mention there overlaps, and the name is left to it. The gazetteer
// body may have taken a metonym word after the name ("National Guard
// troops": metonyms), which stays outside the generic name.
func (r *run) genericBodyAt(toks []token, ms []*mention, i, k int) (other *mention, overlaps bool) {
	for _, m := range ms {
		if m.ti >= k || m.tj <= i {
			continue
		}
		if other == nil && m.ti == i && (m.tj == k || m.tj > k && r.metonymSpan(toks, k, m.tj)) && !m.person && !m.consumed && m.entry != nil && m.entry.Country != "" && m.entry.Sector != "" && m.entry.Kind != facts.KindState {
			other = m
			continue
		}
		return nil, true
	}
	return other, false
}

// metonymSpan reports whether toks[i:j] is one of the pack's metonym
// words ("troops", "forces"), which metonyms adds to the name before it.
func (r *run) metonymSpan(toks []token, i, j int) bool {
	l, ok := r.p.metonyms.at(toks, i)
	return ok && i+len(l.p) == j
}

// bareBody makes toks[i:k], a body's generic name alone (label its type),
// the body of state sid: the gazetteer's body where the state's name joined
// to the generic name names one (namedStateBody: "Majelis Nasional" in
// France's story is "Majelis Nasional Prancis", fra-national-assembly; "the
// House of Representatives" under a JAKARTA dateline is idn-dpr), else
// the state's body of that type (stateBody). A gazetteer body of another
// state read from the generic name (other: "Presiden Brasil … Kongres" is
// not the American congress) gives way.
func (r *run) bareBody(toks []token, ms []*mention, i, k int, sid, label string, other *mention) ([]*mention, bool) {
	if other != nil {
		if states := r.x.common.BodyTypes[label].States; len(states) > 0 && !slices.Contains(states, sid) {
			return ms, false // sid has no such body: the name is other's
		}
		ms = dropMention(ms, other)
	}
	if e := r.namedStateBody(r.text[toks[i].s:toks[k-1].e], sid); e != nil {
		a := r.actors[e.ID]
		if a == nil {
			a = r.actorOf(e.ID, e)
		}
		ms, _ = r.spanMention(toks, ms, i, k, e.ID, "body", 0.85, a.entry)
		return ms, true
	}
	return r.stateBody(toks, ms, i, k, sid, label)
}

// namedStateBody is the gazetteer's body of state sid named by the
// generic name with one of the state's names or short forms in the pack's
// language, the way the language joins them ("Majelis Nasional" +
// "Prancis", "Dewan Perwakilan Rakyat" + "AS"; "House of
// Representatives": "Indonesian House of Representatives",
// "Indonesia's …", "… of Indonesia", "U.S. …"), or nil.
func (r *run) namedStateBody(generic, sid string) *gazetteer.Entry {
	se, ok := r.x.gaz.Lookup(sid)
	if !ok || generic == "" {
		return nil
	}
	// The names are written one after another into one buffer, ends[k]
	// the end of the k-th, and looked up as pieces of one string: one
	// allocation for all of them, the matches in a buffer of the run.
	b, ends := r.nsbText[:0], r.nsbEnds[:0]
	en := r.p.lang == "en"
	for _, n := range se.Names[r.p.lang] {
		if en {
			b = append(append(append(b, n...), "'s "...), generic...)
			ends = append(ends, len(b))
			b = append(append(append(b, generic...), " of "...), n...)
		} else {
			b = append(append(append(b, generic...), ' '), n...)
		}
		ends = append(ends, len(b))
	}
	for _, d := range se.Demonyms[r.p.lang] {
		b = append(append(append(b, d...), ' '), generic...)
		ends = append(ends, len(b))
	}
	for _, sh := range se.Short {
		if en {
			b = append(append(append(b, sh...), ' '), generic...) // "U.S. House of Representatives"
		} else {
			b = append(append(append(b, generic...), ' '), sh...) // "Dewan Perwakilan Rakyat AS"
		}
		ends = append(ends, len(b))
	}
	r.nsbText, r.nsbEnds = b, ends
	all := string(b)
	start := 0
	for _, end := range ends {
		text := all[start:end]
		start = end
		r.nsbMatches = r.x.gaz.FindWhole(text, r.nsbMatches[:0])
		for _, m := range r.nsbMatches {
			if m.Entry.Country == sid && m.Entry.Kind != facts.KindState && m.Entry.Kind != facts.KindPlace {
				return m.Entry
			}
		}
	}
	return nil
}

// homeOfficial reports whether m lies inside the title of a person of
// the home state (homeTitles gave the country).
func (r *run) homeOfficial(ms []*mention, m *mention) bool {
	for _, pm := range ms {
		if pm.person && pm.ti <= m.ti && m.tj <= pm.tj && pm != m {
			if a := r.actors[pm.id]; a != nil && a.a.Country == r.p.home {
				return true
			}
		}
	}
	return false
}

// abroad returns 1 when the sentence's mentions ms name a state, a place
// or a body of a state other than the home state and none of the home
// state, or name neither and the article's sentences before did so; else
// -1. After the body (token at) another state counts only as where the
// event happens (placeOfEvent: "Polisi mengatakan tersangka ditangkap di
// London"); any other there is the object's and says nothing of whose
// body it is. With 1 it returns the other state's id when, before token at, the
// sentence names exactly one state as a title's state ("Presiden Korea
// Selatan Yoon ... Mahkamah Konstitusi") or after a preposition of place
// ("Di Jerman, polisi ..."): the state a body's name is about. A state
// named any other way may be the object's ("Polisi menangkap warga
// Malaysia", "Kementerian Luar Negeri memanggil duta besar Australia").
func (r *run) abroad(toks []token, ms []*mention, at int) (int, string, string) {
	foreign, own := false, false
	sid, many := "", false
	after, afterMany := "", false // the states of the places of the event after the body
	for _, m := range ms {
		if r.isHomeBody(m) {
			continue // the generic names being judged
		}
		sd, st := r.sideState(m)
		switch sd {
		case 1:
			if m.ti >= at && !r.placeOfEvent(toks, m.ti) {
				continue // "memanggil duta besar Australia", "mengecam serangan Israel": the object's state
			}
			foreign = true
			if m.tj > at {
				if m.ti >= at {
					afterMany = afterMany || after != "" && after != st
					after = st
				}
				continue
			}
			if r.isStateMention(m) && !(m.consumed && inPerson(ms, m) || !m.consumed && m.ti > 0 && toks[m.ti-1].lx&lxLocative != 0) {
				continue // "warga Malaysia" before the body: whose body, the state does not say
			}
			if m.entry != nil && m.entry.Kind == facts.KindPlace && !(m.ti > 0 && toks[m.ti-1].lx&lxLocative != 0) {
				continue // a place only after a preposition of place ("Di Ankara, …")
			}
			// A state as a title's or after a preposition of place, a
			// person of the state ("Erdogan menuduh Mahkamah
			// Konstitusi"), a seat or body of its government ("Kremlin
			// menyatakan Kementerian Luar Negeri") or a place of it after
			// a preposition of place before the body.
			many = many || sid != "" && sid != st
			sid = st
		case -1:
			own = true
		}
	}
	if many {
		sid = ""
	}
	if !foreign && !own {
		foreign, own = r.abroadSeen, r.homeSeen
		if foreign && !own {
			sid = r.datelineState // "TOKYO - Kementerian Pertahanan": Japan's
			if sid == "" && !r.abroadMany {
				sid = r.abroadState // "Presiden Turki … . Bank Sentral memangkas …": Turkey's
			}
		}
	}
	if foreign && !own {
		if afterMany || sid != "" || many {
			after = ""
		}
		return 1, sid, after
	}
	return -1, "", ""
}

// placeOfEvent reports whether the mention at toks[i] names where the
// event happens: after at_preps, maybe with up to two lower-case words
// between ("di London", "di perbatasan Suriah", "di ibu kota Suriah").
func (r *run) placeOfEvent(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if r.p.atPreps[toks[k].low] {
			return true
		}
		if toks[k].cap || toks[k].punct || r.p.function[toks[k].low] {
			return false
		}
	}
	return false
}

// inPerson reports whether m lies inside a person's mention ("Presiden
// Korea Selatan Yoon Suk Yeol"; not "warga Malaysia").
func inPerson(ms []*mention, m *mention) bool {
	for _, p := range ms {
		if p.person && p.ti <= m.ti && m.tj <= p.tj {
			return true
		}
	}
	return false
}

// sideState returns -1 when m names the home state or something of it,
// 1 when it names another state, a place or a body of one, or a person of
// another state ("Obama", "Erdogan": the gazetteer's or a title's
// state), with that state's id, else 0. A state's name inside a title
// counts ("Perdana Menteri Thailand ... dicopot oleh Mahkamah Konstitusi"
// is about Thailand).
func (r *run) sideState(m *mention) (int, string) {
	if r.p.home == "" {
		return 0, ""
	}
	if m.person {
		c := ""
		if m.entry != nil {
			c = m.entry.Country // the gazetteer's person
		}
		if c == "" {
			if a := r.actors[m.id]; a != nil {
				c = a.a.Country // a title's state
			}
		}
		if c == "" {
			return 0, ""
		}
		if c == r.p.home {
			return -1, ""
		} else if r.isState(c) {
			return 1, c
		}
		return 0, ""
	}
	if m.entry == nil || m.consumed && !r.isStateMention(m) {
		return 0, ""
	}
	if r.isStateMention(m) {
		if m.id == r.p.home {
			return -1, ""
		}
		return 1, m.id
	}
	switch c := m.entry.Country; {
	case c == "":
		return 0, ""
	case c == r.p.home:
		return -1, ""
	}
	switch m.entry.Kind {
	case facts.KindPlace, facts.KindGovernment, facts.KindLegislature, facts.KindCourt, facts.KindMilitary, facts.KindAgency:
		return 1, m.entry.Country
	}
	return 0, ""
}

// noteDateline records the side of the dateline's place for the
// sentences after it, as noteSide does for a sentence's mentions: "TOKYO,
// KOMPAS.com - Kementerian Pertahanan mengatakan ..." is Japan's ministry,
// "JAKARTA - Kementerian Luar Negeri memanggil duta besar Australia"
// Indonesia's.
func (r *run) noteDateline() {
	if r.c.dateline == "" {
		return
	}
	r.dlFold = gazetteer.AppendFold(r.dlFold[:0], r.c.dateline)
	r.matches = r.x.gaz.Find(r.c.dateline, r.dlFold, r.matches[:0]) // the sentences' buffer, free before the first sentence
	for _, m := range r.matches {
		if m.Start != 0 || m.End != len(r.c.dateline) {
			continue
		}
		sid := m.Entry.ID
		if m.Entry.Kind == facts.KindPlace {
			sid = m.Entry.Country
		} else if m.Entry.Kind != facts.KindState {
			continue
		}
		if se, ok := r.x.gaz.Lookup(sid); !ok || se.Kind != facts.KindState {
			continue // a place of a territory the gazetteer has no state for
		}
		r.datelineState = sid
		switch {
		case r.p.home == "":
		case sid == r.p.home:
			r.homeSeen = true
		default:
			r.abroadSeen = true
		}
		return
	}
}

// noteSide records the side of a sentence's final mention m for the
// sentences after it (abroad).
func (r *run) noteSide(m *mention) {
	switch sd, st := r.sideState(m); sd {
	case 1:
		r.abroadSeen = true
		if r.abroadState != "" && r.abroadState != st {
			r.abroadMany = true
		}
		r.abroadState = st
	case -1:
		r.homeSeen = true
	}
}

// coordinatedBodies makes a state after a body of a state and a
// coordinator the body of the same type of that state ("Angkatan Laut AS
// dan Jepang": usa-navy and jpn-navy; "Kementerian Luar Negeri Tiongkok
// dan Rusia"): the bodies whose id is their state's code and a body type.
func (r *run) coordinatedBodies(toks []token, ms []*mention) []*mention {
	for idx := 0; idx < len(ms); idx++ {
		m := ms[idx]
		e := m.entry
		// The conjunction after the body first (coordinatedState's first
		// test, with the flag every coord word has): most bodies have none,
		// and the tests of the id and the look-up of its type were made in
		// vain.
		if m.person || m.consumed || e == nil || m.tj+1 >= len(toks) || toks[m.tj].lx&lxCoord == 0 || e.Country == "" || m.id != e.ID {
			continue
		}
		n := len(e.Country)
		if len(e.ID) <= n+1 || e.ID[n] != '-' || !strings.EqualFold(e.ID[:n], e.Country) {
			continue // "usa-navy": the state's code and a type
		}
		typ := e.ID[n+1:]
		if bt, ok := r.x.common.BodyTypes[typ]; !ok || bt.Regional {
			continue
		}
		sm := r.coordinatedState(toks, ms, m.tj, e.Country)
		if sm == nil {
			continue
		}
		if sm.id == r.p.home {
			if _, ok := r.x.gaz.Lookup(r.p.homeIDPrefix + typ); !ok {
				continue // the home state's bodies have their own ids (idn-dpr)
			}
		}
		ms, _ = r.stateBody(toks, ms, sm.ti, sm.tj, sm.id, typ)
		idx = -1 // the list changed; start again (bodies are few)
	}
	return ms
}

// stateBody makes toks[start:end], a body's generic name of type label
// and the mention of state sid, one mention of that state's body
// (sid-label: from the gazetteer, or made with the type's kind and
// sector). It returns false when label is no body type.
func (r *run) stateBody(toks []token, ms []*mention, start, end int, sid, label string) ([]*mention, bool) {
	bt, ok := r.x.common.BodyTypes[label]
	if !ok {
		return ms, false
	}
	id := r.bodyTypeID(sid, label)
	a := r.actors[id]
	if a == nil {
		if e, ok := r.x.gaz.Lookup(id); ok {
			a = r.actorOf(id, e)
		} else if pm := r.appositionBody(toks, ms, start, sid, bt.Kind); pm != nil {
			ms, _ = r.spanMention(toks, ms, start, end, pm.id, "body:apposition", 0.9, pm.entry)
			return ms, true
		} else {
			a = r.madeStateBody(id, sid, r.actor(sid).a.Name, bt.Name, bt.Kind, bt.Sector)
		}
	}
	// The body's words and the state's mention become one mention.
	ms, _ = r.spanMention(toks, ms, start, end, id, "body", 0.9, a.entry)
	return ms, true
}

// appositionBody is the named body of state sid and kind that a comma
// right before toks[start] follows, or nil: a generic name the gazetteer
// lacks in an apposition after it says what that body is ("The Rajya
// Sabha, India's upper house,": ind-parliament, no made ind-senate).
func (r *run) appositionBody(toks []token, ms []*mention, start int, sid, kind string) *mention {
	if start < 2 || toks[start-1].raw != "," {
		return nil
	}
	pm := mentionEndingAt(ms, start-1)
	if pm == nil || pm.person || pm.entry == nil || pm.entry.Country != sid || pm.entry.Kind != kind {
		return nil
	}
	return pm
}

// madeStateBody is a new actor for body id of state sid that the
// gazetteer lacks, named "<name> of <state>" ("Army of Pakistan") with the
// given kind and sector: stateBody and foreignBodyActor make their bodies
// here, so both name them the same way.
func (r *run) madeStateBody(id, sid, stateName, name, kind, sector string) *actorRec {
	return r.newActor(id, r.made.ptr(gazetteer.Entry{ID: id, Kind: kind, Name: name + " of " + stateName, Country: sid, Sector: sector}))
}

// ownerState is the state of the nearest mention that ends at or before
// toks[j] and is no place: a state itself, or a person's or a body's
// state; "" when that mention has none ("The EU said its …").
func (r *run) ownerState(ms []*mention, j int) string {
	var near *mention
	for _, m := range ms {
		if m.tj <= j && (near == nil || m.tj > near.tj) && !m.locative && (m.entry == nil || m.entry.Kind != facts.KindPlace) {
			near = m
		}
	}
	switch {
	case near == nil:
		return ""
	case r.isStateMention(near):
		return near.id
	case near.entry != nil && r.isState(near.entry.Country):
		return near.entry.Country
	}
	if a := r.known(near.id); a != nil && r.isState(a.a.Country) {
		return a.a.Country // a person a title made ("Russian President Vladimir Putin")
	}
	return ""
}

// bodyTypeID is the id of state sid's body of type typ (common.json
// body_types): the gazetteer body the type lists for the state (ids), else
// the state's code and the type ("jpn-defense-ministry").
func (r *run) bodyTypeID(sid, typ string) string {
	if id := r.x.common.BodyTypes[typ].IDs[sid]; id != "" {
		return id
	}
	return r.joined.join(joinBodyID, sid, typ)
}

// possessiveBody makes a body's generic name whose last word carries the
// possessive -nya ("Rusia, melalui Kementerian Pertahanannya") the body
// of that type of the first state the sentence named before it, the
// subject the -nya refers to (stateBody: rus-defense-ministry); with no
// state before it, nothing.
func (r *run) possessiveBody(toks []token, ms []*mention, i int) []*mention {
	if r.p.lang != "id" || !toks[i].cap || toks[i].low == "" || !r.p.bodyFirst[toks[i].low[0]] {
		return ms
	}
	ls := r.p.bodies.first[toks[i].low]
	if len(ls) == 0 || covered(ms, i) != nil {
		return ms
	}
	for _, l := range ls {
		n := len(l.p)
		if n < 2 || i+n > len(toks) {
			continue
		}
		if last, w := toks[i+n-1].low, l.p[n-1]; len(last) != len(w)+3 || !strings.HasSuffix(last, "nya") || last[:len(w)] != w || !matchPhrase(toks, i+1, l.p[1:n-1]) {
			continue // (the last word with the clitic, compared without building it; the first is the list's key)
		}
		for _, m := range ms {
			if m.tj <= i && !m.person && m.entry != nil && m.entry.Kind == facts.KindState {
				ms, _ = r.stateBody(toks, ms, i, i+n, m.id, l.label)
				return ms
			}
		}
		return ms
	}
	return ms
}

// coordinatedState is the mention of a state other than sid after a
// coordinator at toks[end] that ends a body's name ("Angkatan Laut AS dan
// Jepang", "Kementerian Luar Negeri Tiongkok dan Rusia": the second state
// shares the body's generic name), or nil: not when a body's name,
// "'s" or a capitalized word follows the state ("dan Jepang Selatan", "dan
// Angkatan Laut Jepang").
func (r *run) coordinatedState(toks []token, ms []*mention, end int, sid string) *mention {
	if end+1 >= len(toks) || toks[end].lx2&l2Coord == 0 {
		return nil
	}
	sm := r.stateMentionAt(ms, end+1)
	if sm == nil || sm.id == sid {
		return nil
	}
	if k := sm.tj; k < len(toks) {
		if toks[k].low == "'s" || toks[k].cap && !toks[k].punct {
			return nil
		}
		if _, ok := r.p.bodies.at(toks, k); ok {
			return nil
		}
	}
	return sm
}

// bodyWithState makes a form of the pack's bodies_with_state at toks[i]
// followed by a state's mention that body of the state ("AL Australia",
// "pasukan keamanan Pakistan"; not after a number or a word for members:
// "dua pasukan keamanan Israel"). It returns the index of the last token
// it used and whether it made a body; alone such a form is nothing.
func (r *run) bodyWithState(toks []token, ms []*mention, i int, forms []stateBodyForm) ([]*mention, int, bool) {
	if i > 0 && (r.p.memberCounts[toks[i-1].low] || startsWithDigit(toks[i-1].low)) {
		return ms, i, false
	}
	for fi := range forms {
		f := &forms[fi]
		if !f.at(toks, i) {
			continue
		}
		k := i + len(f.words)
		if m := covered(ms, i); m != nil && (m.ti < i || m.tj > k) && !(m.person && r.titledHomeBody(toks, i, k, f)) {
			return ms, i, false // inside a longer name
		}
		sm := r.stateMentionAt(ms, k)
		if sm == nil {
			// "Ketua MA Sunarto", "Juru Bicara MA Yanto": after an office's
			// title and before a name, the form is the home state's body.
			if r.titledHomeBody(toks, i, k, f) {
				var made bool
				if ms, made = r.stateBody(toks, ms, i, k, r.p.home, f.typ); made {
					return ms, k - 1, true
				}
			}
			return ms, i, false
		}
		if sm.id == r.p.home {
			// The home state's own bodies have their own ids ("DPR
			// Indonesia" is idn-dpr, not a made idn-parliament).
			if _, ok := r.x.gaz.Lookup(r.p.homeIDPrefix + f.typ); !ok {
				return ms, i, false
			}
		}
		end := sm.tj
		var made bool
		if ms, made = r.stateBody(toks, ms, i, end, sm.id, f.typ); made {
			return ms, end - 1, true
		}
		return ms, i, false
	}
	return ms, i, false
}

// titledHomeBody says whether the bodies_with_state form f at toks[i:k]
// stands between the last word of an office's title (home_body_title_before)
// and a capitalized word, and the home state has that body: "Ketua MA
// Sunarto" is the Supreme Court's chair.
func (r *run) titledHomeBody(toks []token, i, k int, f *stateBodyForm) bool {
	if i == 0 || k >= len(toks) || !toks[k].cap || toks[k].punct || !r.p.homeBodyTitleBefore[toks[i-1].low] {
		return false
	}
	_, ok := r.x.gaz.Lookup(r.p.homeIDPrefix + f.typ)
	return ok
}

// ownStateInBody makes a known body's own state, named right after it or
// before it, part of the body's name: "Duma Negara Rusia", "Kongres
// Nasional Rakyat Tiongkok", "Russia's State Duma", "the Russian State
// Duma" name the body alone, as "Kementerian Luar Negeri Rusia" does. An
// armed group's home state is read the same way ("Yemen's Houthis",
// "Houthi Yaman", "Pasukan Mobilisasi Populer Irak"): the state only says
// where the group is from and is no actor beside it, unless the group is
// named as the state's rulers ("Afghanistan's Taliban government",
// "pemerintahan Taliban Afghanistan": regime words), when the state acts.
func (r *run) ownStateInBody(toks []token, ms []*mention) []*mention {
	for idx := 0; idx < len(ms); idx++ {
		m := ms[idx]
		if m.person || m.consumed || m.entry == nil || m.entry.Country == "" || kindSector(m.entry.Kind) == "" && m.entry.Kind != facts.KindArmedGroup || m.id != m.entry.ID {
			continue
		}
		if m.entry.Kind == facts.KindArmedGroup && r.rulingGroup(toks, m) {
			continue
		}
		start, end := m.ti, m.tj
		if sm := mentionAt(ms, m.tj); sm != nil && sm.id == m.entry.Country && !sm.consumed && !sm.person {
			end = sm.tj
		} else {
			j := m.ti
			if j > 0 && (toks[j-1].low == "'s" || toks[j-1].low == "’s") {
				j--
			}
			if pm := mentionEndingAt(ms, j); pm != nil && pm.id == m.entry.Country && !pm.consumed && !pm.person {
				start = pm.ti
			}
		}
		if start == m.ti && end == m.tj {
			continue
		}
		ms, _ = r.spanMention(toks, ms, start, end, m.id, m.rule, m.conf, m.entry)
		idx = -1 // the list changed; start again (bodies are few)
	}
	return ms
}

// appositionStates: a state's possessive that opens an apposition after a
// named group or body of that state only says what it is ("The Gulf Clan,
// Colombia's biggest drug-trafficking group,", "The National Unity
// Government, Myanmar's shadow administration,"): the state is no actor
// beside it, as "Yemen's Houthis" names the group alone (ownStateInBody)
// and "The Bundesbank, Germany's central bank," the bank alone. The
// apposition is the possessive (or a word and "of" before it: "one of
// Myanmar's strongest ethnic armed groups"), one to six lower-case words
// (hyphens between them) and a comma; a group of another state keeps the
// state ("Hamas, Israel's enemy,"), and so does an organization whose
// apposition ends in no word for a group or a public body ("Safaricom,
// Kenya's largest telecommunications company,": a firm's state is an actor,
// as grid 42 has it). The state's mention is dropped, unless its word is
// also a given name ("Kenya", "Jordan"), which a person rule would read.
func (r *run) appositionStates(toks []token, ms []*mention) []*mention {
	for idx := 0; idx < len(ms); idx++ {
		m := ms[idx]
		if m.tj+4 >= len(toks) || toks[m.tj].raw != "," || m.person || m.consumed || m.entry == nil || m.entry.Country == "" || m.id != m.entry.ID || m.entry.Kind == facts.KindState || m.entry.Kind == facts.KindPlace {
			continue // (the comma first: most mentions have none after them)
		}
		sm := mentionAt(ms, m.tj+1)
		if sm == nil && !toks[m.tj+1].cap && r.p.orgOf[toks[m.tj+2].low] {
			sm = mentionAt(ms, m.tj+3) // "The Arakan Army, one of Myanmar's strongest ethnic armed groups,"
		}
		if sm == nil || sm.person || sm.id != m.entry.Country || sm.tj+1 >= len(toks) || toks[sm.tj].low != "'s" && toks[sm.tj].low != "’s" {
			continue
		}
		k := sm.tj + 1
		for k < len(toks) && k-sm.tj <= 7 && !toks[k].cap && (!toks[k].punct || toks[k].raw == "-") {
			k++
		}
		if k == sm.tj+1 || k >= len(toks) || toks[k].raw != "," || toks[k-1].raw == "-" {
			continue
		}
		if kindSector(m.entry.Kind) == "" && m.entry.Kind != facts.KindArmedGroup && !r.p.groupNouns[toks[k-1].low] && !r.p.en.genericOrgTails[toks[k-1].low] {
			continue // "Safaricom, Kenya's largest telecommunications company,": a firm's state stays (grid 42)
		}
		if toks[sm.ti].lx&lxGiven != 0 {
			continue // "Kenya", "Jordan", "Chad": a given name, which the person rules would read once the state is gone
		}
		ms = dropMention(ms, sm)
	}
	return ms
}

// rulingGroup says whether an armed group's name stands beside a word for
// a regime ("the Taliban government", "rezim Houthi"): the group rules, and
// its state named beside it is the state.
func (r *run) rulingGroup(toks []token, m *mention) bool {
	return m.ti > 0 && r.p.regimeBefore[toks[m.ti-1].low] || m.tj < len(toks) && r.p.regimeAfter[toks[m.tj].low]
}

// foreignHomeBodies: in the home language a body's bare name is the home
// state's ("Kementerian Kesehatan" is idn-health-ministry); followed by
// another state ("Kementerian Kesehatan Lebanon") it is that state's body
// of the same type (lbn-health-ministry), with the same kind and sector.
func (r *run) foreignHomeBodies(toks []token, ms []*mention) []*mention {
	home := r.p.home
	if home == "" {
		return ms
	}
	for idx := 0; idx < len(ms); idx++ {
		m := ms[idx]
		if m.consumed || !r.isHomeBody(m) {
			continue
		}
		sm := r.stateMentionAt(ms, m.tj)
		sid := ""
		if sm != nil {
			sid = sm.id
		} else if pm := mentionAt(ms, m.tj); pm != nil && !pm.person && !pm.consumed && pm.entry != nil && pm.entry.Kind == facts.KindPlace && pm.entry.Country != "" {
			// "Kementerian Kesehatan Gaza": a place of another state
			// names the body of that state's government there.
			sm, sid = pm, pm.entry.Country
		}
		if sm == nil || sid == home {
			continue
		}
		var ok bool
		if ms, _, ok = r.foreignBody(toks, ms, m, sm, sid); !ok {
			continue
		}
		idx = -1 // the list changed; start again (bodies are few)
	}
	return ms
}

// isHomeBody reports whether m names a body of the home state that has
// a sector (idn-foreign-ministry), which another state's name after it
// makes that state's body.
func (r *run) isHomeBody(m *mention) bool {
	e := m.entry
	// The sector first: states, places and persons, most of the mentions,
	// have none, and the test spares them the compare of the country.
	return !m.person && e != nil && e.Sector != "" && r.p.home != "" && e.Country == r.p.home && strings.HasPrefix(e.ID, r.p.homeIDPrefix)
}

// homeNamesAbroad reads a home legislature's or court's bare name ("DPR",
// "Mahkamah Agung") as the other state's body of that name when the
// article has named that body by the same words and its state ("DPR AS",
// "Mahkamah Agung AS") and the sentence names neither the home state nor
// one of its people the gazetteer knows: translated wire copy names the House once
// in full, then writes "DPR" alone ("Ketua DPR AS Mike Johnson mengatakan
// DPR akan memberikan suara ..."). Only legislatures and courts: a
// ministry's bare name in a report on another state is as often the home
// ministry answering it ("Kemlu Rusia ... Kemlu menanggapi").
func (r *run) homeNamesAbroad(out []*mention) []*mention {
	home := false // a home legislature's or court's name in the sentence
	for _, m := range out {
		e := m.entry
		if e == nil || e.Sector == "" || m.person || (e.Kind != facts.KindLegislature && e.Kind != facts.KindCourt) || m.id != e.ID {
			continue // (states and persons have no sector: the cheap test first)
		}
		if e.Country == r.p.home {
			home = true
		} else if e.Country != "" && r.nAbroad < len(r.abroadBodies) && strings.IndexByte(m.surface, ' ') > 0 {
			r.abroadBodies[r.nAbroad] = m
			r.nAbroad++
		}
	}
	if !home || r.nAbroad == 0 {
		return out
	}
	for _, m := range out {
		if m.id == r.p.home || m.person && m.entry != nil && m.entry.Country == r.p.home {
			return out // the home state or one of its people named: "DPR" is its own
		}
	}
	for _, m := range out {
		if m.person || m.entry == nil || m.entry.Country != r.p.home || m.id != m.entry.ID || !r.isHomeBody(m) {
			continue
		}
		for _, f := range r.abroadBodies[:r.nAbroad] {
			if f.entry.Kind == m.entry.Kind && len(f.surface) > len(m.surface) && f.surface[len(m.surface)] == ' ' && strings.HasPrefix(f.surface, m.surface) {
				m.id, m.entry = f.id, f.entry // "DPR" after "DPR AS": usa-house
				break
			}
		}
	}
	return out
}

// foreignBody makes the home body m followed by the mention sm of state
// sid ("Kementerian Kesehatan Lebanon") the body of the same type of that
// state (lbn-health-ministry): one mention from m to sm in place of the
// mentions inside. It returns false when sid is not in the gazetteer.
func (r *run) foreignBody(toks []token, ms []*mention, m, sm *mention, sid string) ([]*mention, *mention, bool) {
	id, a := r.foreignBodyActor(m.entry, m.surface, sid)
	if a == nil {
		return ms, nil, false
	}
	ms, nm := r.spanMention(toks, ms, m.ti, sm.tj, id, "body", 0.9, a.entry)
	return ms, nm, true
}

// foreignBodyActor returns the body of state sid of the same type as the
// home body e ("idn-foreign-ministry" and RUS: "rus-foreign-ministry"),
// from the gazetteer or made; nil when sid is unknown. When the gazetteer
// has no body of that id, the home body's name as written (generic) with
// another of the state's names may still name one of its bodies
// (namedStateBody: "Dewan Perwakilan Rakyat Amerika Serikat" is the
// gazetteer's "Dewan Perwakilan Rakyat AS", usa-house, not a made
// usa-parliament).
func (r *run) foreignBodyActor(e *gazetteer.Entry, generic, sid string) (string, *actorRec) {
	home, prefix := r.p.home, r.p.homeIDPrefix
	se, ok := r.x.gaz.Lookup(sid)
	if !ok {
		return "", nil
	}
	typ := strings.TrimPrefix(e.ID, prefix)
	if t := r.p.homeBodyTypes[e.ID]; t != "" {
		typ = t // "KPU Malaysia": mys-election-commission
	}
	id := r.bodyTypeID(sid, typ)
	a := r.actors[id]
	if a == nil {
		if ge, ok := r.x.gaz.Lookup(id); ok {
			a = r.actorOf(id, ge)
		} else if ne := r.namedStateBody(generic, sid); ne != nil {
			if a = r.actors[ne.ID]; a == nil {
				a = r.actorOf(ne.ID, ne)
			}
			return ne.ID, a
		} else if bt, ok := r.x.common.BodyTypes[typ]; ok && bt.Name != "" {
			// the type's own name, as stateBody names it ("Army of
			// Pakistan"), not the home body's ("Indonesian Army")
			a = r.madeStateBody(id, sid, se.Name, bt.Name, e.Kind, e.Sector)
		} else {
			name := e.Name
			if ha := r.actor(home); ha != nil {
				name = strings.TrimSuffix(e.Name, " of "+ha.a.Name)
			}
			if name == e.Name {
				name = e.Name + ","
			}
			a = r.madeStateBody(id, sid, se.Name, name, e.Kind, e.Sector)
		}
	}
	return id, a
}

// appositiveOffice reports whether body m is named in the title of an
// apposition to person pm: the name, a comma, then a title whose words
// reach into m or end right before it ("Maria Zakharova, juru bicara
// Kementerian Luar Negeri,", "John Kirby, spokesman for the State Department").
func (r *run) appositiveOffice(toks []token, pm, m *mention) bool {
	k := pm.tj
	if k+1 >= m.ti || toks[k].raw != "," {
		return false
	}
	t, ok := r.p.titleAt(toks, k+1)
	return ok && k+1+len(t.p) >= m.ti && k+1+len(t.p) <= m.tj
}

// foreignOfficialsBodies: the home body's name in the title of a known
// person of another state is that state's body ("Juru bicara Kementerian
// Luar Negeri Maria Zakharova" speaks for Russia's foreign ministry,
// "juru bicara Departemen Luar Negeri John Kirby" for the State
// Department): the person's title names the body he serves.
func (r *run) foreignOfficialsBodies(toks []token, ms []*mention) []*mention {
	home := r.p.home
	if home == "" {
		return ms
	}
	for _, m := range ms {
		if !r.isHomeBody(m) {
			continue
		}
		country := ""
		for _, pm := range ms {
			if !pm.person || !(pm.ti <= m.ti && pm.tj > m.tj || pm.ti == m.tj || r.appositiveOffice(toks, pm, m)) {
				continue
			}
			if pm.entry != nil {
				country = pm.entry.Country
			} else if a := r.actors[pm.id]; a != nil {
				country = a.a.Country
			}
			break
		}
		if country == "" || country == home || !r.isState(country) {
			continue
		}
		if id, a := r.foreignBodyActor(m.entry, m.surface, country); a != nil {
			m.id, m.entry = id, a.entry
		}
	}
	return ms
}

// foreignBodyOfficials gives a person the gazetteer does not know, whose
// title holds or follows a named body of another state, that body's state
// ("Gubernur Bank Sentral Kolombia Leonardo Villar", "Colombia's central
// bank governor Leonardo Villar": COL), where the title left the person
// with no state or the home state (a home title such as "Gubernur"). The
// body is made after the titles, so the title could not take it as its
// "of". Known people keep their own country.
func (r *run) foreignBodyOfficials(ms []*mention) []*mention {
	home := r.p.home
	if !hasSectorMention(ms) {
		return ms // no body that could give a state: the look-ups of the persons' records are spared
	}
	for _, pm := range ms {
		if !pm.person || pm.entry != nil {
			continue
		}
		a := r.actors[pm.id]
		if a == nil || a.entry != nil || a.a.Country != "" && a.a.Country != home {
			continue
		}
		for _, m := range ms {
			if m.person || m.entry == nil || m.entry.Sector == "" || !(pm.ti <= m.ti && m.tj < pm.tj || m.tj == pm.ti) {
				continue
			}
			if c := m.entry.Country; c != "" && c != home && m.entry.Kind != facts.KindState && r.isState(c) {
				a.a.Country = c
				break
			}
		}
	}
	return ms
}

// spanMention makes toks[start:end] one mention of id in place of the
// mentions inside it that are not persons ("Kementerian Luar Negeri" and
// "Brasil" become one body; a person named inside stays), keeping ms in
// order.
func (r *run) spanMention(toks []token, ms []*mention, start, end int, id, rule string, conf float64, entry *gazetteer.Entry) ([]*mention, *mention) {
	keep := ms[:0]
	for _, x := range ms {
		if x.ti >= start && x.tj <= end && !x.person {
			continue
		}
		keep = append(keep, x)
	}
	ms = keep
	s, e := toks[start].s, toks[end-1].e
	nm := r.newMention(mention{s: s, e: e, ti: start, tj: end, id: id, surface: r.text[s:e], rule: rule, conf: conf, entry: entry})
	ms = append(ms, nm)
	sortMentions(ms)
	return ms, nm
}

// stateMentionAt is the mention of a state that starts at token k and is
// not part of another (a title's state), or nil.
func (r *run) stateMentionAt(ms []*mention, k int) *mention {
	if m := mentionAt(ms, k); m != nil && !m.consumed && r.isStateMention(m) {
		return m
	}
	return nil
}

// regionalBody makes a sub-national body of the home state an actor: the
// body's word (toks[i:k], "DPRD", "Pemprov", "Polda", "Pengadilan
// Negeri") and the region's capitalized name after it, up to four words
// ("DPRD Jawa Barat", "Polda Metro Jaya", "Pengadilan Negeri Jakarta
// Selatan"). Its id is the type and the region's slug (dprd-jawa-barat),
// its country the home state; a place matched inside the name is part of
// it. Without a region after it, or in text where the language has no
// home state, nothing is made.
func (r *run) regionalBody(toks []token, i, k int, label string, ms []*mention) []*mention {
	p := r.p
	if p.home == "" || !toks[i].cap {
		return ms
	}
	if m := covered(ms, i); m != nil && (m.ti < i || m.tj > k) {
		return ms // inside a longer known name
	}
	end, limit := k, 4
	if k+2 < len(toks) && toks[k+1].raw == "/" && toks[k+2].cap && (startsWithDigit(toks[k].low) || isRoman(toks[k].raw)) {
		end, limit = k+2, 6 // "Kodam III/Siliwangi", "Korem 172/Praja Wira Yakthi": the command's number and name
	}
	for end < len(toks) && end-k < limit {
		t := &toks[end]
		if !t.cap || t.punct {
			break
		}
		if _, ok := p.weekdays[t.low]; ok {
			break
		}
		if _, ok := p.months[t.low]; ok {
			break
		}
		if _, ok := p.titleAt(toks, end); ok {
			break
		}
		if m := covered(ms, end); m != nil && (m.person || m.ti <= i || r.kindOf(m.id) != facts.KindPlace && r.kindOf(m.id) != facts.KindState) {
			break
		}
		end++
	}
	if end == k {
		return ms
	}
	if m := covered(ms, k); m != nil && m.entry != nil && m.entry.Kind == facts.KindState && !strings.Contains(m.rule, "capital") {
		if st := r.x.common.BodyTypes[label].StateType; st != "" && m.ti == k && m.id != p.home {
			ms, _ = r.stateBody(toks, ms, i, m.tj, m.id, st) // "Pengadilan Tinggi Malaysia": mys-high-court
		}
		return ms // "KPU Malaysia", "KPU Indonesia": a state's body, not a region's (homeBodiesAbroad, the gazetteer)
	}
	// A known place followed by a given name ends the region's name
	// ("DPRD Jawa Barat Budi ...").
	if m := covered(ms, k); m != nil && m.tj < end && toks[m.tj].lx&lxGiven != 0 {
		end = m.tj
	}
	if limit == 4 && r.titleEndsNear(toks, i) {
		// After an office's title the body's region is followed by the
		// holder's name: the region is a known place and the region
		// words after it ("Ketua DPRD Jawa Barat Buky Wibawa", "Hakim PN
		// Surabaya Erintuah Damanik"); other words after the body are the
		// holder's name, with no region ("Ketua KPU Mochammad Afifuddin").
		if m := covered(ms, k); m != nil && m.ti == k && m.tj < end && !m.person {
			end = m.tj
			for end < len(toks) && end-k < 4 && toks[end].cap && (p.regionWords[toks[end].low] || p.regionTails[toks[end].low]) {
				end++
			}
		} else if m == nil && !p.allRegionWords(toks[k:end]) {
			return ms
		}
	}
	if k-i > 1 && covered(ms, k) == nil && covered(ms, k-1) == nil {
		// A spelled-out body ("Pemerintah kota Delhi") needs a known
		// region; the home language's short forms ("Polda Metro Jaya",
		// "Kodam Jaya") name the home state's bodies whatever follows.
		return ms
	}
	country := p.home
	for j := k; j < end; j++ {
		// "Pemerintah kota Delhi": a region of another state is that state's.
		if m := covered(ms, j); m != nil && m.entry != nil {
			if r.kindOf(m.id) == facts.KindState {
				country = m.id
			} else if m.entry.Country != "" {
				country = m.entry.Country
			}
			break
		}
	}
	region := r.text[toks[k].s:toks[end-1].e]
	rs := r.regionSlug(toks, k, end, region, ms)
	if label == "pemda" {
		// "Pemda DIY", "Pemda Kabupaten Cianjur": a regional government is
		// the province's, the regency's or the city's as its region says;
		// "Pemda Bogor" says none of them.
		switch {
		case toks[k].low == "kabupaten" && end-k > 1:
			label, rs = "pemkab", slug(r.text[toks[k+1].s:toks[end-1].e])
		case toks[k].low == "kota" && end-k > 1:
			label, rs = "pemkot", slug(r.text[toks[k+1].s:toks[end-1].e])
		case r.provinceAt(ms, k, end):
			label = "pemprov" // a known province, however written
		case covered(ms, k) == nil && r.provinceNamed(region) != "":
			// "Pemda Papua", "Pemda Aceh": a one-word province's bare name,
			// not yet a mention when the bodies are found
			label, rs = "pemprov", r.provinceNamed(region)
		default:
			return ms
		}
	}
	id := label + "-" + rs
	bt := r.x.common.BodyTypes[label]
	a := r.actorOrNew(&gazetteer.Entry{ID: id, Kind: bt.Kind, Name: r.text[toks[i].s:toks[end-1].e], Country: country, Sector: bt.Sector})
	keep := ms[:0]
	for _, m := range ms {
		if m.ti >= i && m.tj <= end && !m.person {
			continue
		}
		keep = append(keep, m)
	}
	ms = keep
	s, e := toks[i].s, toks[end-1].e
	ms = append(ms, r.newMention(mention{s: s, e: e, ti: i, tj: end, id: id, surface: r.text[s:e], rule: "body:regional", conf: 0.85, entry: a.entry}))
	sortMentions(ms)
	return ms
}

// regionSlug is the region part of a regional body's id: the id of the
// home province when the region's words are one known province, however
// written ("Pemprov Jatim", "Pemprov Jawa Timur", "KPU Provinsi Jawa
// Timur" and the English "East Java provincial government" are one body,
// pemprov-jawa-timur); else the slug of the words as written ("Pemkab
// Bogor", "BPBD Kabupaten Cianjur": a regency's or a city's name keeps
// its level word, or its absence, as the text gives it).
func (r *run) regionSlug(toks []token, k, end int, region string, ms []*mention) string {
	m := covered(ms, k)
	if m == nil || m.person || m.ti != k || m.tj != end || m.entry == nil || m.entry.Kind != facts.KindPlace || m.entry.Country != r.p.home {
		return slug(region)
	}
	if strings.HasPrefix(m.entry.ID, "kabupaten-") || strings.HasPrefix(m.entry.ID, "kota-") {
		return slug(region)
	}
	return m.entry.ID
}

// provinceAt reports whether toks[k:end] are one known province of the
// home state ("Jawa Barat", "Jabar"), not a regency or a city.
func (r *run) provinceAt(ms []*mention, k, end int) bool {
	m := covered(ms, k)
	if m == nil || m.person || m.ti != k || m.tj != end || m.entry == nil || m.entry.Kind != facts.KindPlace || m.entry.Country != r.p.home {
		return false
	}
	return !strings.HasPrefix(m.entry.ID, "kabupaten-") && !strings.HasPrefix(m.entry.ID, "kota-")
}

// provinceNamed is the id of the home state's province whose name is
// region as written ("Papua": papua), found by its "Provinsi <name>"
// form, which the gazetteer gives the provinces only; else "".
func (r *run) provinceNamed(region string) string {
	e, ok := r.x.gaz.Lookup(slug(region))
	if !ok || e.Kind != facts.KindPlace || e.Country != r.p.home {
		return ""
	}
	for _, n := range e.Names[r.p.lang] {
		if len(n) == len("Provinsi ")+len(region) && strings.HasPrefix(n, "Provinsi ") && n[len("Provinsi "):] == region {
			return e.ID
		}
	}
	return ""
}

// titleEndsAt reports whether a title of the pack ends right before
// token i ("Ketua DPRD", "Kepala Pelaksana BPBD") or goes on over it.
func (r *run) titleEndsAt(toks []token, i int) bool {
	for j := max(0, i-4); j < i; j++ {
		// Ending right before it, or going on over its first word
		// ("Kepala Dinas" over "Dinas Kesehatan Jawa Tengah").
		if t, ok := r.p.titleAt(toks, j); ok && j+len(t.p) >= i {
			return true
		}
	}
	return false
}

// titleEndsNear reports whether a title ends right before token i or
// before one or two lower-case words that qualify it ("Hakim tunggal
// praperadilan PN Jakarta Selatan Djuyamto", "Kepala bidang humas Polda
// Jawa Timur"): the body then names the holder's office, and a name
// follows its region.
func (r *run) titleEndsNear(toks []token, i int) bool {
	for j := i; j >= 0 && j >= i-2; j-- {
		if r.titleEndsAt(toks, j) {
			return true
		}
		if j > 0 && (toks[j-1].cap || toks[j-1].punct) {
			return false
		}
	}
	return false
}

// regionalBodies finds the home state's sub-national bodies (see
// regionalBody) before the title rules run, so that "Ketua DPRD DKI
// Jakarta Prasetyo Edi Marsudi" is the chair of dprd-dki-jakarta.
func (r *run) regionalBodies(st *sentence, ms []*mention) []*mention {
	toks := st.toks
	p := r.p
	if p.home == "" {
		return r.regionBodiesAfter(toks, ms)
	}
	for i := 0; i < len(toks); i++ {
		// mayStart is at's own first test, made here: most capitalized
		// words start no body, and the call returning nothing cost more.
		if w := toks[i].low; w == "" || !p.bodyFirst[w[0]] || !toks[i].cap || !p.bodies.mayStart(&toks[i]) {
			continue
		}
		l, ok := p.bodies.at(toks, i)
		if !ok {
			continue
		}
		if bt, ok := r.x.common.BodyTypes[l.label]; ok && bt.Regional && r.buildingHeadBefore(toks, i) {
			continue // "di depan Gedung DPRD Jawa Timur": the body's building; the region stays a place
		}
		if bt, ok := r.x.common.BodyTypes[l.label]; ok && bt.Regional {
			ms = r.regionalBody(toks, i, i+len(l.p), l.label, ms)
		}
	}
	return ms
}

// regionBodiesAfter is regionalBody for a language with no home state,
// where the body's words follow the region's name (the pack's
// region_bodies): "East Java Police" is polda-jawa-timur, "the West Java
// provincial government" pemprov-jawa-barat, "Bogor Police" polres-bogor,
// the ids the home language's regional bodies have. The region is a known
// place of the state whose pack has the body type; its level (a regency's
// or a city's id begins "kabupaten-" or "kota-", else a province's) picks
// the type.
func (r *run) regionBodiesAfter(toks []token, ms []*mention) []*mention {
	for n := 0; n < len(ms); n++ {
		m := ms[n]
		if m.person || m.entry == nil || m.entry.Kind != facts.KindPlace || m.id != m.entry.ID || m.tj >= len(toks) {
			continue
		}
		l, ok := r.p.regionBodies.at(toks, m.tj)
		if !ok {
			continue
		}
		k := m.tj + len(l.p)
		if k < len(toks) && toks[k].cap && !toks[k].punct && covered(ms, k) == nil {
			if _, ok := r.p.titleAt(toks, k); !ok {
				continue // "East Java Police Academy": a longer name
			}
		}
		types := strings.Split(l.label, "|")
		level, region := 0, m.id
		if s, ok := strings.CutPrefix(m.id, "kabupaten-"); ok {
			level, region = 1, s
		} else if s, ok := strings.CutPrefix(m.id, "kota-"); ok {
			level, region = 2, s
		}
		if len(types) != 3 {
			continue
		}
		if types[level] == "" {
			// "Bandung city government": the words name the level, and
			// a regency and a city share the name (kabupaten-bandung,
			// kota-bandung); the body is the other one's.
			other, prefix := 2, "kota-"
			if level == 2 {
				other, prefix = 1, "kabupaten-"
			}
			if level == 0 || types[other] == "" {
				continue
			}
			if _, ok := r.x.gaz.Lookup(prefix + region); !ok {
				continue
			}
			level = other
		}
		label := types[level]
		bt, ok := r.x.common.BodyTypes[label]
		if !ok || r.x.regionalHome[label] == "" || r.x.regionalHome[label] != m.entry.Country {
			continue
		}
		id := label + "-" + region
		a := r.actorOrNew(&gazetteer.Entry{ID: id, Kind: bt.Kind, Name: r.text[toks[m.ti].s:toks[k-1].e], Country: m.entry.Country, Sector: bt.Sector})
		ti := m.ti
		ms = dropMention(ms, m)
		s, e := toks[ti].s, toks[k-1].e
		ms = append(ms, r.newMention(mention{s: s, e: e, ti: ti, tj: k, id: id, surface: r.text[s:e], rule: "body:regional", conf: 0.85, entry: a.entry}))
		sortMentions(ms)
		n = -1 // the list changed: look again from the start (the new mention is no place)
	}
	return ms
}

// startsWithDigit reports whether w is (or begins as) a number: "12", "3,5".
func startsWithDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// bodyDescriptors counts the lower-case words (and the hyphens between
// them) that describe a body named by its generic name toks[i:k] before
// a state's name, at most three: "Polisi anti huru-hara Prancis",
// "Polisi perbatasan Israel" are that state's police. Function words,
// verbs and prepositions end them ("Polisi menangkap warga Prancis"), and
// a kind of force that is no body is none ("tentara bayaran Rusia":
// body_create_not). It returns 0 when there are none.
func (r *run) bodyDescriptors(toks []token, i, k int) int {
	if r.p.home == "" {
		return 0
	}
	n := 0
	for j := k; j < len(toks) && n < 3; j++ {
		t := &toks[j]
		if t.raw == "-" && n > 0 {
			continue
		}
		if !r.fieldWord(t) || r.p.peopleWords[t.low] || r.p.placeNouns[t.low] {
			break
		}
		n++
	}
	var kb [64]byte
	if n == 0 || r.p.bodyCreateNot[string(appendLow(kb[:0], toks[i:k+1]))] {
		return 0
	}
	end := k
	for c := 0; c < n; end++ {
		if toks[end].raw != "-" {
			c++
		}
	}
	return end - k
}

// portfolioState is the mention of the state right after the rest of a
// ministry's portfolio (portfolioEnd) that follows the generic name
// toks[i:k] in the home language ("Kementerian Pertanian, Kehutanan, dan
// Perikanan Jepang" is Japan's agriculture ministry, not Indonesia's and
// Japan), or nil.
func (r *run) portfolioState(toks []token, ms []*mention, i, k int) *mention {
	if r.p.home == "" || k >= len(toks) || toks[k].raw != "," && toks[k].lx&lxCoord == 0 {
		return nil
	}
	if _, ok := r.p.bodyCreateHeads[toks[i].low]; !ok {
		return nil // ("Kementerian", "Departemen": a ministry's portfolio goes on)
	}
	if end := r.portfolioEnd(toks, ms, k); end > k {
		return r.stateMentionAt(ms, end)
	}
	return nil
}

// portfolioEnd reads the rest of a ministry's portfolio after its generic
// name, which ends before toks[k]: capitalized words separated by commas,
// the last after a coordinator (", Kehutanan, dan Perikanan", ", Food and
// Rural Affairs", "and Information Technology"), at most three words an
// item, none of them a mention, a title or the start of a body's name
// ("the Foreign Ministry and Defence Ministry", "Kementerian Keuangan dan
// Bank Indonesia" list two bodies). It returns the token after the list,
// or k when there is none.
func (r *run) portfolioEnd(toks []token, ms []*mention, k int) int {
	j := k
	for items := 0; j < len(toks) && items < 6; items++ {
		last := false
		switch {
		case toks[j].raw == ",":
			j++
			if j < len(toks) && toks[j].lx&lxCoord != 0 {
				j, last = j+1, true
			}
		case toks[j].lx&lxCoord != 0:
			j, last = j+1, true
		default:
			return k
		}
		n := 0
		for ; j < len(toks) && n < 3 && toks[j].cap && !toks[j].punct; j, n = j+1, n+1 {
			if m := covered(ms, j); m != nil && last && n > 0 {
				break // "dan Perikanan Jepang": the state after the list
			} else if m != nil || r.p.isTitle(toks, j) {
				return k
			}
			if _, _, ok := r.p.bodyNameAt(toks, j); ok {
				return k
			}
		}
		if n == 0 {
			return k
		}
		if last {
			return j
		}
	}
	return k
}

// appendLow appends the folded words of toks joined by spaces to dst: a
// map look-up of string(appendLow(buf[:0], toks)) with a buffer on the
// stack writes no string.
func appendLow(dst []byte, toks []token) []byte {
	for k := range toks {
		if k > 0 {
			dst = append(dst, ' ')
		}
		dst = append(dst, toks[k].low...)
	}
	return dst
}

// capitalBody reports whether a body of this type named with its capital
// ("the foreign ministry in Beijing", "the parliament in Kyiv") is the
// state's: a ministry, the parliament or the central bank, not the
// police or an army posted there.
func capitalBody(label string) bool {
	return strings.HasSuffix(label, "-ministry") || label == "parliament" || label == "central-bank"
}

// hasSectorMention reports whether a mention of ms other than a person's
// has an entry with a sector (a body): foreignBodyOfficials reads no
// person's record in a sentence without one.
func hasSectorMention(ms []*mention) bool {
	for _, m := range ms {
		if !m.person && m.entry != nil && m.entry.Sector != "" {
			return true
		}
	}
	return false
}
