package extract

import (
	"slices"
	"strings"

	"github.com/geokg/kg/loader/extract/gazetteer"
	"github.com/geokg/kg/loader/facts"
)

// organizations makes an organization of a name that its form marks as one
// (and a news outlet of a name after a word for one: "harian Le Parisien";
// a body of a state of a name after a body's head word: "Badan Gizi
// Nasional"): a
// legal or institutional head word ("PT Bakrie Telecom Tbk", "Partai
// Demokrat", "Universitas Indonesia"; the pack's org_create_heads) or tail
// word ("Toshiba Corp", "Encore Energy Ltd"; org_create_tails) with a run of
// capitalized words. States and places named inside the name are part of
// it ("PT Finanza Indonesia"). The id is a slug of the name (without a
// trailing "Tbk"); an organization with an Indonesian legal form (the
// pack's home_forms) belongs to the home state.
//
// Most of its rules start from a word of their own, and a sentence
// without one goes through them unchanged: those are called behind a
// test of the sentence's flags (g, see sentGate and the l2 bits of
// its gates), so that the call and its prologue are not paid for nothing.
func (r *run) organizations(st *sentence, g sentGate, ms []*mention) []*mention {
	if g.lx2&l2Committee != 0 { // a committee's tail
		ms = r.committees(st, ms)
	}
	if g.lx2&l2Bracket != 0 { // "(", "atau", "or" before the acronym
		ms = r.redefinedShorts(st, ms)
	}
	// orgForms's own test at each capitalized word (its first): a head or
	// tail word, an outlet's cue before the word, a field cue in the
	// sentence, "Pusat".
	if g.lx&(lxOrgWord|lxBodyHead|lxMediaLast) != 0 || g.lx2&(l2OrgCueHead|l2OrgFormStart) != 0 {
		ms = r.orgForms(st, ms)
	}
	// (appositionOrgs is not gated: its test of ", the <state>" looks the
	// state's record up, r.actor, which makes it, and the order in which
	// records are made is the order of the document's actors.)
	ms = r.appositionOrgs(st, ms)
	if g.lx2&l2Copula != 0 { // "X adalah maskapai …"
		ms = r.definedOrgs(st, ms)
	}
	ms = r.acronymBranches(st, ms)
	if g.lx2&l2Bracket != 0 { // the acronym in brackets
		ms = r.bracketDefinedOrgs(st, ms)
	}
	if g.lx2&l2Bracket != 0 || len(r.acronyms) > 0 { // a definition, or a use of one made before
		ms = r.definedAcronyms(st, ms)
	}
	if g.lx2&l2MemberLink != 0 { // "of", "'s" next to the acronym
		ms = r.memberAcronyms(st, ms)
	}
	ms = r.contextNames(ms)
	toks := st.toks
	for _, m := range ms {
		if m.entry == nil || m.entry.Kind != facts.KindMedia || m.ti == 0 {
			continue
		}
		k := m.ti - 1
		if k > 0 && toks[k].lx&lxDeterminer != 0 {
			k--
		}
		switch toks[k].low {
		case "told", "tell", "tells", "telling":
			m.oblique = true // "told LA Weekly that …": the outlet spoken to is no subject
		}
	}
	return ms
}

// orgForms makes the organizations of organizations.
func (r *run) orgForms(st *sentence, ms []*mention) []*mention {
	toks := st.toks
	p := r.p
	if len(p.orgCreateHeads) == 0 && len(p.orgCreateTails) == 0 && len(p.bodyCreateHeads) == 0 || r.titleCasedSt(st) {
		return ms
	}
	// Every form starts at a capitalized word (cap, not punct): the loop
	// walks the sentence's index of them (capWords) rather than testing
	// every token; after a name it goes on from the first one at or after
	// the name's end (capFrom), as the token loop went on from its end.
	cw := r.capWords(st)
	// fieldCued needs a word of org_cue_heads (l2OrgCueHead) before the
	// name: in a sentence without one it is not asked at every word.
	fieldCue := r.sentLx2(st)&l2OrgCueHead != 0
	for ci := 0; ci < len(cw); ci++ {
		i := int(cw[ci])
		t := &toks[i]
		// Most capitalized words open no form: no outlet's cue before them
		// (lxMediaLast), no field cue in the sentence, no organization's or
		// body's head word, no "Pusat" (studyCentre). The tests below would
		// come to continue for them; this one test says so first.
		if !fieldCue && t.lx&(lxOrgWord|lxBodyHead) == 0 && (i == 0 || toks[i-1].lx&lxMediaLast == 0) && t.low != "pusat" {
			continue
		}
		if t.low == "" {
			continue
		}
		media, cued := false, false
		from := i // where an outlet's name starts: after the state that qualifies it
		if i > 0 && toks[i-1].lx&lxMediaLast != 0 && (!toks[i-1].cap || i == 1 || i == 2 && toks[0].low == "the") {
			l, ok := p.mediaCues.endingAt(toks, i)
			if sm := r.stateMentionAt(ms, i); ok && l.label == "media" && sm != nil && sm.ti == i && (!toks[i-1].cap || i == len(l.p)) {
				// "surat kabar Israel Yedioth Ahronoth": the outlet's state,
				// then its unknown name (not a person's: "Israel" is no given
				// name here).
				if k := sm.tj; k < len(toks) && toks[k].cap && !toks[k].punct && covered(ms, k) == nil && !startsMention(ms, k) {
					media, from = true, k
				}
			} else if ok && (covered(ms, i) == nil && !startsMention(ms, i) || l.label != "source" && r.placeOpens(ms, i) != nil) && (!toks[i-1].cap || l.label == "source" || i == len(l.p) || i == len(l.p)+1 && toks[0].low == "the") { // (a capitalized cue opening the sentence: "The Daily Meridian reported")
				if l.label == "media" {
					media = true // "harian Le Parisien", "kantor berita Xinhua"
					if i == 2 && toks[0].low == "the" && toks[1].cap {
						from = 1 // "The Daily Meridian": a capitalized word for an outlet after "The" is its name's
					}
				} else if l.label == "source" {
					if id := r.sourceOutlet(toks, i); id != "" {
						ms = r.addOutlet(toks, i, id, ms) // "menurut Antara", "dilansir Tempo"
						continue
					}
				} else {
					cued = r.cuedOrgStart(toks, i) // "perusahaan penerbangan Japan Airlines", "klub Troyes"
				}
			}
		}
		if !media && !cued && fieldCue && i >= 2 && r.fieldCued(toks, i) && covered(ms, i) == nil && !startsMention(ms, i) {
			cued = r.cuedOrgStart(toks, i) // "raksasa ritel Walmart", "organisasi nirlaba Save the Children"
		}
		if !media && !cued && t.lx&(lxOrgWord|lxBodyHead) == 0 && !studyCentre(toks, i) {
			continue
		}
		start, end := -1, -1
		var body bodyHead
		isBody := false
		if t.lx&lxBodyHead != 0 {
			body, isBody = p.bodyCreateHeads[t.low]
		}
		if media {
			isBody = false
			if j := r.orgRun(toks, from, ms); j > from {
				start, end = from, j
			} else if l, ok := p.titleAt(toks, from); ok {
				// "harian Utusan Malaysia": after a word for an outlet, a
				// title's word is a word of its name.
				if j := r.orgRun(toks, from+len(l.p), ms); j > from+len(l.p) {
					start, end = from, j
				}
			}
		} else if cued {
			isBody = false
			if start, end = r.cuedOrgRun(toks, i, ms); start < 0 {
				continue
			}
		} else if isBody {
			if start, end = r.bodyRun(toks, i, ms); start < 0 {
				continue
			}
		} else if (p.orgCreateHeads[t.low] || studyCentre(toks, i)) && !r.midNameHead(toks, i, ms) && !r.headWithoutOf(toks, i) {
			if insideKnownName(ms, i) {
				continue // "Komisi Sekuritas dan Bursa AS": a head word inside a known body's name is that name's
			}
			if m := mentionAt(ms, i); m != nil || startsMention(ms, i) {
				// a known name ("Bank Dunia", "Bank Indonesia"), also as a
				// title's "of"; or a company whose name starts with a known
				// one's ("PT BNI Multifinance")
				if start, end = r.longerCompany(toks, i, m, ms); start < 0 {
					continue
				}
			} else {
				if i > 0 && p.workNouns[toks[i-1].low] && !r.makerBefore(toks, i-1) {
					continue // "Novel Laskar Pelangi", "film Perempuan Tanah Jahanam": a work's title, no organization
				}
				if i > 0 && wordsAround(toks, i, i, nil, p.documentBefore) {
					continue // "Sertifikat Bank Indonesia", "Obligasi Subordinasi Bank Mayapada": an instrument's or a document's name, whose body the gazetteer step left out
				}
				k := i + 1
				if k+1 < len(toks) && p.orgOf[toks[k].low] && toks[k+1].cap && !toks[k+1].punct {
					k++ // "Church of Scientology", "University of Oxford"
				} else if k+2 < len(toks) && p.orgOf[toks[k].low] && toks[k+1].low == "the" && toks[k+2].cap && !toks[k+2].punct {
					k += 2 // "Foundation for the Defense of Democracies"
				}
				if j := r.orgRun(toks, k, ms); j > k {
					start, end = i, r.holderAfterOrg(toks, i, k, j, ms)
					if end == j && k == i+2 {
						end = r.campusAfter(toks, i, end, ms) // "University of North Carolina at Greensboro"
					}
					if m := mentionEndingAt(ms, i); m != nil && !m.person && m.ti > 0 && toks[m.ti-1].low == "the" && r.x.common.ngoWords[t.low] && (r.isStateMention(m) || r.isPlace(m.id)) {
						start = m.ti // "the Philippine Institute for Coastal Resilience": the state opens the name
					}
				} else if km := mentionAt(ms, k); km != nil && k == i+1 {
					start, end = r.longerCompany(toks, i, km, ms) // "PT Meta Epsi": not the known "Meta"
				}
			}
		}
		if tl := strings.TrimSuffix(t.low, "."); start < 0 && !media && !cued && !isBody && (p.orgCreateTails[tl] || p.mediaTails[tl]) && i > 0 && (tl != "council" || r.freeCouncil(toks, i)) {
			// also a head word with no name after it: "of the Proletariat Political Institute."
			start, end, media = r.tailRun(toks, i, ms)
			var state *mention
			start, end, state = r.headOfTail(toks, start, end, ms) // "Brenner Institute for Peace Studies"; not "the Health Department"
			if state != nil {
				ms = r.stateTailBody(toks, start, end, state, ms)
				ci = capFrom(cw, max(i+1, end)) - 1
				continue
			}
		}
		if start < 0 || r.sectionLabel(toks, start, end) {
			continue // "WORLD NEWS", "BERITA DAERAH": a section's label alone on its line
		}
		if !isBody && !media && !cued && end > start+1 {
			if inner, ok := r.marketPlace(toks, start, end, ms); ok {
				if inner != nil && r.isStateMention(inner) {
					ms = slices.DeleteFunc(ms, func(m *mention) bool { return m == inner })
				}
				continue // "Bursa Tokyo ditutup menguat", "Bursa Wall Street": the place's market, no organization
			}
		}
		if start > 0 && p.programNouns[toks[start-1].low] && !isBody && !media && !cued {
			continue // "Program Sekolah Rakyat": a program's name, no organization
		}
		if end > start+1 && !isBody && !media && !cued && p.thingNouns[toks[start+1].low] && p.en.namedAfter[toks[start+1].low] {
			continue // "the Academy Award for Best Picture": a prize's word after the head word, no organization
		}
		if isBody && r.buildingHeadBefore(toks, start) {
			continue // "di depan Gedung Kementerian Ketenagakerjaan": the body's building, a place
		}
		if !isBody && !media && r.leagueAfterClubWord(toks, start, end) {
			continue // "Klub Liga Primer Inggris Leicester City", "klub Liga 1 Persib": the club's league, no club
		}
		name := r.text[toks[start].s:toks[end-1].e]
		id := r.orgID(toks[start:end])
		if id == "" || p.programNames[id] && !isBody && !media && !cued {
			continue // "Sekolah Rakyat mulai menerima siswa": a program's name alone, no organization
		}
		if cued {
			if cid := slug(toks[i-1].raw + " " + name); r.isKnownOrg(cid) {
				id = cid // "bank Mandiri": the known "Bank Mandiri"
			}
		}
		country, placeCountry := "", ""
		homeForm := p.homeForms[toks[start].low]
		if homeForm || isBody {
			country = p.home
		}
		for _, m := range ms {
			if m.ti < start || m.tj > end || m.person {
				continue
			}
			if r.isStateMention(m) {
				if homeForm && (m.rule == "gazetteer:capital" || m.rule == "metonym:capital") {
					continue // "PT Amman Mineral": a capital in a home company's name is no state of it
				}
				country = m.id // "Partai Komunis China", "Partai Demokrat AS": the state in the name
			} else if m.entry != nil && m.entry.Kind == facts.KindPlace && m.entry.Country != "" {
				placeCountry = m.entry.Country // "Universitas Negeri Semarang": the place in the name
			}
		}
		if country == "" {
			country = placeCountry
		}
		if sm := r.stateMentionAt(ms, i); from > i && sm != nil {
			country = sm.id // "surat kabar Israel Yedioth Ahronoth"
		}
		if country == "" && start > 1 && toks[start-1].low == "'s" {
			if sm := mentionEndingAt(ms, start-1); sm != nil && !sm.person && r.isStateMention(sm) {
				country = sm.id // "South Africa's National Prosecuting Authority"
			}
		}
		international, foreign := false, false
		if isBody && country == p.home {
			for k := start + 1; k < end; k++ {
				if p.bodyInternational[toks[k].low] {
					international = true // "Pengadilan Pidana Internasional": no body of the home state
				}
				foreign = foreign || p.bodyForeign[toks[k].low]
			}
		}
		if foreign && !international {
			continue // "Komisi Komunikasi Federal": another state's body, which the name does not say
		}
		kind, sector := facts.KindOrganization, ""
		if media {
			kind = facts.KindMedia
		}
		if isBody && international {
			kind, country = facts.KindIGO, ""
		} else if isBody {
			if country == "" {
				continue
			}
			kind, sector = body.kind, body.sector
			for k := start + 1; k < end; k++ {
				if h, ok := p.bodyKindWords[toks[k].low]; ok {
					kind, sector = h.kind, h.sector // "Dewan Legislatif Hong Kong": a legislature
					break
				}
			}
			id = strings.ToLower(country) + "-" + id // "idn-badan-gizi-nasional", as bodies.jsonl names them
		}
		if e, ok := r.x.gaz.Lookup(id); ok && e.Kind != kind {
			continue
		}
		if _, ok := r.x.gaz.Lookup(id); !ok && r.actors[id] == nil && end-start > 1 && kind == facts.KindOrganization {
			if full := r.longerOrg(id); full != "" {
				id = full // "PT Mitra" after "PT Mitra Inti Sejati Plantation": the company the article named in full
			}
		}
		a := r.actorOrNew(&gazetteer.Entry{ID: id, Kind: kind, Name: name, Country: country, Sector: sector})
		ms, _ = r.spanMention(toks, ms, start, end, id, "organization", 0.8, a.entry)
		ci = capFrom(cw, end) - 1
	}
	return ms
}

// capFrom returns the position in cw (capWords: token indexes, ascending)
// of the first capitalized word at or after token j, or len(cw).
func capFrom(cw []int32, j int) int {
	k, _ := slices.BinarySearch(cw, int32(j))
	return k
}

// stateTailBody makes the body of a state that toks[start:end] names: the
// state's name or demonym (state), name words and a generic tail of a
// state's offices, perhaps with "of" and more words ("the Nigerian Civil
// Aviation Authority", "U.S. Department of Agriculture"). Its id is the
// state's code and the slug of the words after the state, as bodies.jsonl
// names bodies; a tribunal is a court, anything else an agency. A known
// entry of that id of another kind makes none.
func (r *run) stateTailBody(toks []token, start, end int, state *mention, ms []*mention) []*mention {
	rest := r.orgID(toks[state.tj:end])
	if rest == "" {
		return ms
	}
	id := strings.ToLower(state.id) + "-" + rest
	kind := facts.KindAgency
	if strings.TrimSuffix(toks[end-1].low, ".") == "tribunal" || strings.HasSuffix(rest, "-tribunal") {
		kind = facts.KindCourt
	}
	if e, ok := r.x.gaz.Lookup(id); ok && e.Kind != kind {
		return ms
	}
	name := r.text[toks[start].s:toks[end-1].e]
	a := r.actorOrNew(&gazetteer.Entry{ID: id, Kind: kind, Name: name, Country: state.id, Sector: kindSector(kind)})
	ms, _ = r.spanMention(toks, ms, start, end, id, "body:named", 0.8, a.entry)
	return ms
}

// headWithoutOf reports whether toks[i] is a head that starts a name only
// before "of" or "for" (org_create_heads_of: "Center for Digital
// Society") and no such word follows it ("Civic Center Aliansi").
func (r *run) headWithoutOf(toks []token, i int) bool {
	return r.p.orgCreateHeadsOf[toks[i].low] && (i+1 >= len(toks) || !r.p.orgOf[toks[i+1].low])
}

// midNameHead reports whether the word at i, both a head and a tail of an
// organization's name (org_create_heads and org_create_tails:
// "University", "Institute"), follows a capitalized name word that no
// mention covers: it ends a name ("Imperial College London", "Clemson
// University Genomics Institute", "National Rifle Association of
// America") rather than starting one.
func (r *run) midNameHead(toks []token, i int, ms []*mention) bool {
	if i == 0 || !r.p.orgCreateTails[toks[i].low] {
		return false
	}
	b := &toks[i-1]
	if !b.cap || b.punct || covered(ms, i-1) != nil || i == 1 && r.openingWord(toks) {
		return false
	}
	if _, ok := r.p.titles.endingAt(toks, i); ok {
		return false // a title before it: "Peneliti Center for …"
	}
	return r.isNameWordLoose(b)
}

// tailRun returns the name that ends with the organization's or outlet's
// tail word at i ("Toshiba Corp", "Encore Energy Ltd", "Detroit Daily
// News"): up to four capitalized name words before it, and the legal forms
// after it; media reports an outlet's tail. It returns -1, -1 when there is
// none.
func (r *run) tailRun(toks []token, i int, ms []*mention) (start, end int, media bool) {
	p := r.p
	tl := strings.TrimSuffix(toks[i].low, ".")
	media = p.mediaTails[tl] && !p.orgCreateTails[tl]
	s := i
	linked := false
	if !media && !p.orgTails[tl] && i > 1 && toks[i-1].lx2&l2OrgLink != 0 && !toks[i-1].cap && toks[i-2].cap && !toks[i-2].punct && covered(ms, i-1) == nil {
		s, linked = i-1, true // a firm's partners after its names: "Haryanto Sahari dan Rekan", "Smith & Co"
	}
	for s > 0 && i-s < 5 && toks[s-1].cap && !toks[s-1].punct && r.isNameWordLoose(&toks[s-1]) && !(linked && r.p.isCommon(toks[s-1].low)) {
		m := covered(ms, s-1)
		if m == nil {
			s--
			continue
		}
		place := r.isStateMention(m) || r.isPlace(m.id)
		if m.person || i-m.ti > 4 || !place && m.tj >= i {
			break // a person; a known name right before the tail ("Toshiba Corp" is Toshiba)
		}
		if place && (m.ti == 0 || !toks[m.ti-1].cap || toks[m.ti-1].low == "the") && r.x.common.ngoWords[tl] && !m.person && m.tj < i {
			s = m.ti // "the Kenya Land Rights Coalition", "Arctic Drilling Watch said": the state or region opens a civil group's name and is no actor of its own
			break
		}
		if place && (m.ti == 0 || !toks[m.ti-1].cap || toks[m.ti-1].punct) {
			if r.isPlace(m.id) && r.x.common.legalForms[strings.Trim(toks[r.legalChain(toks, i+1)-1].low, ".")] && m.tj < i {
				s = m.ti // a region or city opening a company's name before its legal form ("Jiangsu Liantong Sampoerna Printing Co. Ltd.")
			}
			break // a state or place only inside the name ("First Durango Singapore Pte Ltd")
		}
		s = m.ti // a known company at the start of a longer one ("Sampoerna Packaging Asia Pte. Ltd.")
	}
	if linked && s == i-1 {
		return -1, -1, media
	}
	stateOwner := s > 1 && toks[s-1].low == "'s" && r.stateEndingAt(ms, s-1) // "South Africa's National Prosecuting Authority": the state's own
	if !media && !linked && !r.x.common.legalForms[tl] && s < i && (toks[s].lx&lxGiven != 0 && r.stateMentionAt(ms, s) == nil || s > 0 && toks[s-1].low == "'s" && !stateOwner) {
		return -1, -1, media // a word of a group, not a legal form, after a given name ("Harold Winterbottom Foundation") or a possessive ("Merkel's Christian Democrats"): a person's group, or a description
	}
	e := r.legalChain(toks, i+1)                                                                                                                                                                    // "Co. Ltd.", "Pte. Ltd.", "Sdn Bhd"
	if s < i && (s == 0 || !toks[s-1].cap && toks[s-1].raw != ")" || linked && r.p.isCommon(toks[s-1].low) || s == 1 && r.openingWord(toks)) && (e >= len(toks) || !toks[e].cap || toks[e].punct) { // not "… (ANZ) Banking Group", not "Renewable Energy Development"
		return s, e, media
	}
	return -1, -1, media
}

// stateEndingAt reports whether a mention of a state ends at token j.
func (r *run) stateEndingAt(ms []*mention, j int) bool {
	m := mentionEndingAt(ms, j)
	return m != nil && !m.person && r.isStateMention(m)
}

// definedOrgs reads a sentence that defines the name it opens with as an
// organization or an outlet: the capitalized run at its start, a copula,
// at most three article words, and a word for one (org_cues,
// media_cues): "Berjaya Air adalah maskapai penerbangan …", "Le Mans
// Union Club 72 merupakan sebuah klub sepak bola …", "Hitwise is a
// company …". The run must be no known name, start with no given name or
// title, and hold no person; a state or place inside it is part of it.
func (r *run) definedOrgs(st *sentence, ms []*mention) []*mention {
	toks := st.toks
	p := r.p
	if len(toks) < 4 || !toks[0].cap || toks[0].punct || r.titleCasedSt(st) {
		return ms
	}
	j := 0
	for j < len(toks) && j < 6 && !toks[j].punct && (toks[j].cap || j > 0 && isShortNumber(toks[j].raw)) {
		j++
	}
	if j == 0 || j+2 >= len(toks) || toks[j].lx2&l2Copula == 0 {
		return ms
	}
	k := j + 1
	for n := 0; n < 3 && k < len(toks) && p.orgArticles[toks[k].low]; n++ {
		k++
	}
	l, ok := p.mediaCues.at(toks, k)
	if !ok || l.label == "source" {
		return ms
	}
	if toks[0].lx&lxGiven != 0 || p.function[toks[0].low] || j == 1 && p.isCommon(toks[0].low) || toks[0].lx&lxPronoun != 0 {
		return ms
	}
	if _, ok := p.titleAt(toks, 0); ok {
		return ms
	}
	for _, m := range ms {
		if m.ti < j && (m.person || m.ti == 0 && !(m == r.placeOpens(ms, 0) && m.tj < j) || !r.isStateMention(m) && !r.isPlace(m.id)) {
			return ms // a known name or a person opens the sentence; a city may open a longer name ("Le Mans Union Club 72")
		}
	}
	id := r.orgID(toks[:j])
	if id == "" {
		return ms
	}
	kind := facts.KindOrganization
	if l.label == "media" {
		kind = facts.KindMedia
	}
	if e, ok := r.x.gaz.Lookup(id); ok && e.Kind != kind {
		return ms
	}
	country := ""
	for _, m := range ms {
		if m.ti < j && r.isStateMention(m) {
			country = m.id
		}
	}
	a := r.actorOrNew(&gazetteer.Entry{ID: id, Kind: kind, Name: r.text[toks[0].s:toks[j-1].e], Country: country})
	keep := ms[:0]
	for _, m := range ms {
		if m.tj <= j && !m.person {
			continue
		}
		keep = append(keep, m)
	}
	ms = keep
	s, e := toks[0].s, toks[j-1].e
	ms = append(ms, r.newMention(mention{s: s, e: e, ti: 0, tj: j, id: id, surface: r.text[s:e], rule: "organization:defined", conf: 0.75, entry: a.entry}))
	sortMentions(ms)
	return ms
}

// acronymBranches makes an organization's branch of an unknown acronym
// of three to six capitals right before a foreign capital's name that
// ends the capitalized run ("ICMI London", "PPI Tokyo"): the capital is
// where the branch sits, not its state acting. The id is the slug of both
// words; its country is left unknown (the organization's home is not the
// city's state).
func (r *run) acronymBranches(st *sentence, ms []*mention) []*mention {
	toks := st.toks
	for n := 0; n < len(ms); n++ {
		m := ms[n]
		k := m.ti - 1
		// (the rule before the id: most rules fail the prefix on their
		// length, where every state's id has the home state's length)
		if m.person || k < 0 || !strings.HasPrefix(m.rule, "metonym:capital") || m.id == r.p.home || m.tj < len(toks) && toks[m.tj].cap && !toks[m.tj].punct {
			continue
		}
		t := &toks[k]
		if l := len(t.raw); l < 3 || l > 6 || !isAllUpper(t.raw) || !isLetters(t.raw) || isRoman(t.raw) || covered(ms, k) != nil || k > 1 && toks[k-1].cap && !toks[k-1].punct && !r.p.isCommon(toks[k-1].low) {
			continue
		}
		if _, ok := r.p.titleAt(toks, k); ok {
			continue
		}
		id := r.orgID(toks[k:m.tj])
		if id == "" {
			continue
		}
		if e, ok := r.x.gaz.Lookup(id); ok && e.Kind != facts.KindOrganization {
			continue
		}
		a := r.actorOrNew(&gazetteer.Entry{ID: id, Kind: facts.KindOrganization, Name: r.text[t.s:toks[m.tj-1].e]})
		s, e := t.s, toks[m.tj-1].e
		ms[n] = r.newMention(mention{s: s, e: e, ti: k, tj: m.tj, id: id, surface: r.text[s:e], rule: "organization:branch", conf: 0.7, entry: a.entry})
	}
	return ms
}

// redefinedShorts drops the mention of a gazetteer entry by its short
// name when the text defines the acronym as another capitalized name right
// before it, after "atau" / "or" or in brackets: "Obligasi Negara Ritel
// atau ORI" is no Ombudsman (ORI), "Retail Government Bonds (ORI)" neither.
// The acronym's letters are read in order in the name, the first at the
// start of a word of it (the test of Schwartz and Hearst), and no word of
// the name is a mention of the same entry ("Ombudsman Republik Indonesia
// (ORI)" keeps it); bracketDefinedOrgs may then make an organization of
// the name.
func (r *run) redefinedShorts(st *sentence, ms []*mention) []*mention {
	toks := st.toks
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if m.tj != m.ti+1 || m.ti < 2 || m.entry == nil || m.rule != "gazetteer:short" {
			continue
		}
		a := toks[m.ti].raw
		if len(a) < 2 || len(a) > 8 || !isAllUpper(a) || !isLetters(a) {
			continue
		}
		k := m.ti - 1
		if bracket := toks[k].raw == "("; !(bracket && m.tj < len(toks) && toks[m.tj].raw == ")" || !bracket && (toks[k].low == "atau" || toks[k].low == "or")) {
			continue
		}
		s := k
		for s > 0 && k-s < 8 && toks[s-1].cap && !toks[s-1].punct {
			s--
		}
		if k-s < 2 || !lettersInOrder(a, toks[s:k]) {
			continue
		}
		same := false
		for _, o := range ms {
			if o != m && o.id == m.id && o.tj > s && o.ti < k {
				same = true
				break
			}
		}
		if !same {
			ms = dropMention(ms, m)
			i--
		}
	}
	return ms
}

// lettersInOrder reports whether the letters of the acronym a are read in order
// in the words ws, the first at the start of a word ("ORI" in "Obligasi
// Negara Ritel", "SUN" in "Surat Utang Negara").
func lettersInOrder(a string, ws []token) bool {
	j := 0
	for w := range ws {
		low := ws[w].low
		for c := 0; c < len(low) && j < len(a); c++ {
			if j == 0 && c > 0 {
				break // the first letter starts a word
			}
			if low[c] == a[j]|0x20 {
				j++
			}
		}
	}
	return j == len(a)
}

// bracketDefinedOrgs makes an organization of an unknown capitalized name
// when the acronym of its words' initials follows it in brackets:
// "Hizbut Tahrir Indonesia (HTI)", "Persatuan Islam Tionghoa Indonesia
// (PITI)", "Pusat Kajian Kebijakan Publik (PKKP)". The name needs an
// organization's head word or a word that is no ordinary word of the
// language ("Neraca Pembayaran Indonesia (NPI)" is a statistic), or a verb
// of speech or of people after it (see below). A name
// with no state or place inside needs more, as capitalized statistics,
// programmes, laws and kinds of body are defined the same way ("Badan
// Usaha Milik Negara (BUMN)", "Badan Layanan Umum (BLU)"): a head or tail
// word that makes an organization of unknown words (org_create_heads,
// org_create_tails) with a word that is no ordinary word, or a verb
// of speech, of people or of a verbal event right after the brackets
// ("Sentra Advokasi Perempuan (SAP) mengecam …"). The state is part of
// the name, not an actor; later bare uses of the acronym name the
// organization (definedAcronyms).
func (r *run) bracketDefinedOrgs(st *sentence, ms []*mention) []*mention {
	toks := st.toks
	// The acronym is of ASCII capitals (isAllUpper, isLetters), so a
	// capitalized word: the loop walks capWords for the bracket before one
	// rather than every token for a bracket (most sentences have none).
	// next is where the token loop went on after a name it made (b+3).
	next := 2
	for _, ci := range r.capWords(st) {
		b := int(ci) - 1
		if b < next || b+2 >= len(toks) || toks[b].raw != "(" || toks[b+2].raw != ")" {
			continue
		}
		a := &toks[b+1]
		n := len(a.raw)
		if n < 2 || n > 8 || !isAllUpper(a.raw) || !isLetters(a.raw) || covered(ms, b+1) != nil {
			continue
		}
		s, words := b, 0
		for s > 0 && words < n {
			t := &toks[s-1]
			if t.cap && !t.punct {
				words++
				s--
				continue
			}
			if !t.cap && t.lx2&l2OrgLink != 0 && s-1 > 0 && words > 0 {
				s-- // "Komite Nasional Pemuda dan Mahasiswa Indonesia"
				continue
			}
			break
		}
		if words != n || s > 0 && toks[s-1].cap && !toks[s-1].punct && !(s == 1 && r.sentenceOpener(&toks[0])) {
			continue // other initials, or a longer name
		}
		j, initials := 0, true
		for k := s; k < b; k++ {
			if toks[k].cap {
				if toks[k].raw[0] != a.raw[j] {
					initials = false
					break
				}
				j++
			}
		}
		if !initials {
			continue
		}
		place, other := "", false
		for _, m := range ms {
			if m.tj <= s || m.ti >= b {
				continue
			}
			if m.ti < s || m.tj > b || m.person || !r.isStateMention(m) && !r.isPlace(m.id) {
				other = true
				break
			}
			if place == "" || r.isStateMention(m) {
				place = m.id
			}
		}
		if other {
			continue
		}
		if s > 0 && r.p.thingNouns[toks[s-1].low] && !r.p.orgCueHeads[toks[s-1].low] {
			continue // "minyak West Texas Intermediate (WTI)": a thing's name, not an organization's
		}
		head := r.p.orgCreateHeads[toks[s].low] || r.p.orgHeads[toks[s].low]
		acts := toks[s].lx&lxGiven == 0 && r.actsAfter(toks, b+3)
		// unusual: a word that is no ordinary word of the language; without
		// a place inside, no derived or reduplicated one either ("Badan
		// Layanan Umum", "Taman Kanak-Kanak").
		unusual := false
		for k := s; k < b && !unusual; k++ {
			unusual = toks[k].cap && covered(ms, k) == nil && !r.p.isCommonWord(toks[k].low) && (place != "" || r.isNameWord(&toks[k]))
		}
		if !head && !acts && !unusual {
			continue // "Neraca Pembayaran Indonesia (NPI)": ordinary words name a statistic or an event, no organization
		}
		if place == "" && !acts && !((r.p.orgCreateHeads[toks[s].low] || r.p.orgCreateTails[toks[b-1].low]) && unusual) {
			continue // "Gross Domestic Product (GDP)", "Badan Usaha Milik Negara (BUMN)", "Joko Susilo (JS)": a statistic, a kind of body, a person's initials
		}
		id := r.orgID(toks[s:b])
		if id == "" {
			continue
		}
		if e, ok := r.x.gaz.Lookup(id); ok && e.Kind != facts.KindOrganization {
			continue
		}
		country := ""
		if r.isState(place) {
			country = place
		}
		ac := r.actorOrNew(&gazetteer.Entry{ID: id, Kind: facts.KindOrganization, Name: r.text[toks[s].s:toks[b-1].e], Country: country})
		ms, _ = r.spanMention(toks, ms, s, b+3, id, "organization:acronym", 0.8, ac.entry)
		r.acronyms = append(r.acronyms, acronymDef{a.raw, ac.entry})
		next = b + 3
	}
	return ms
}

// actsAfter reports whether the word at k is a verb of speech, of a
// person's life, or an active verb of a verbal event ("mengecam",
// "mendesak", "urged": CAMEO quad classes 1 and 3): a name before it acts,
// as a statistic or a programme does not.
func (r *run) actsAfter(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	w := &toks[k]
	if w.lx&lxSpeech != 0 || r.p.humanVerbs[w.low] {
		return true
	}
	tr, _, _ := r.matchTrigger(toks, nil, k, false)
	return tr != nil && !tr.nominal && !tr.passive && !tr.pp && tr.ev != nil && (tr.ev.Quad == 1 || tr.ev.Quad == 3)
}

// acronymDef is an acronym the article defined in brackets right after
// a name ("PT Salim Ivomas Pratama (SIMP)"): later bare uses of it name
// the same actor.
type acronymDef struct {
	acr   string
	entry *gazetteer.Entry
}

// definedAcronyms reads the acronyms defined in the sentence and the uses
// of those defined before. A definition is an all-caps word of two to
// eight letters in brackets right after the mention of an organization,
// body or outlet (known or made by a rule), that no other actor's name
// covers and whose first letter is that of the name (a legal form such as
// "PT" left out): "Raja Garuda Mas (RGM)", "PT Bank Negara Indonesia Tbk
// (BBNI)"; the mention then takes the brackets in. A short name in title
// case defines one too when it has three to ten letters, is no ordinary
// word and is made of the name's letters in order: "PT Pamapersada
// Nusantara (Pama)". The first definition of an acronym in an article
// holds. A later word that no mention covers and that the article defined
// is a mention of that actor ("… pinjaman BNIMF", "Pama akan membantu").
// An acronym after a name of another kind (a person, a state, a statute:
// "Neraca Pembayaran Indonesia (NPI)") defines nothing.
func (r *run) definedAcronyms(st *sentence, ms []*mention) []*mention {
	toks := st.toks
	for _, m := range ms {
		// (the word after the mention before the compare of the ids: most
		// mentions are followed by a word in lower case)
		if m.person || m.consumed || m.entry == nil || m.tj >= len(toks) || !toks[m.tj].punct && !toks[m.tj].cap || m.entry.ID != m.id {
			continue
		}
		k := m.tj
		for k < len(toks) && k-m.tj < 3 && (toks[k].raw == "." || toks[k].cap && r.x.common.legalForms[strings.Trim(toks[k].low, ".")]) {
			k++ // "PT Bank Negara Indonesia Persero Tbk. (BBNI)"
		}
		if k+2 >= len(toks) || toks[k].raw != "(" || toks[k+2].raw != ")" {
			continue
		}
		switch m.entry.Kind {
		case facts.KindPerson, facts.KindState, facts.KindPlace:
			continue
		}
		a := &toks[k+1]
		upper := isAllUpper(a.raw)
		if n := len(a.raw); n < 2 || n > 10 || upper && n > 8 || !isLetters(a.raw) {
			continue
		}
		if covered(ms, k+1) != nil {
			continue // a known acronym ("Bursa Efek Jakarta (BEJ)") or another actor's
		}
		f := m.ti
		for f+1 < m.tj && r.x.common.legalForms[toks[f].low] {
			f++ // "PT Salim Ivomas Pratama (SIMP)"
		}
		if toks[f].raw == "" || toks[f].raw[0] != a.raw[0] {
			continue
		}
		if !upper && (len(a.raw) < 3 || !r.isNameWord(a) || !lettersWithin(a.low, toks[f:m.tj])) {
			continue // a short name must be made of the name's letters: "PT Pamapersada Nusantara (Pama)"
		}
		known := false
		for _, d := range r.acronyms {
			if d.acr == a.raw {
				known = true
				break
			}
		}
		if !known {
			r.acronyms = append(r.acronyms, acronymDef{a.raw, m.entry})
		}
		m.tj, m.e = k+3, toks[k+2].e // the legal forms and the brackets are part of the mention
		m.surface = r.text[m.s:m.e]
	}
	if len(r.acronyms) == 0 {
		return ms
	}
	added := false
	for k := range toks {
		t := &toks[k]
		if !t.cap || t.punct || len(t.raw) < 2 || len(t.raw) > 10 {
			continue
		}
		for _, d := range r.acronyms {
			if d.acr != t.raw {
				continue
			}
			if covered(ms, k) == nil {
				ms = append(ms, r.newMention(mention{s: t.s, e: t.e, ti: k, tj: k + 1, id: d.entry.ID, surface: t.raw, rule: "organization:acronym", conf: 0.8, entry: d.entry}))
				added = true
			}
			break
		}
	}
	if added {
		sortMentions(ms)
	}
	return ms
}

// memberAcronyms makes an organization of an unknown acronym that a
// person belongs to: right after the person and a link of the pack's
// org_of ("Ann Lee of NCWA", "Tom Ray of the KPU") or before a possessive
// and the person ("KPU's Tom Ray"). The acronym is two to six capital
// letters, not a roman numeral, that no mention covers; its id is its
// slug.
func (r *run) memberAcronyms(st *sentence, ms []*mention) []*mention {
	toks := st.toks
	if len(r.p.orgOf) == 0 {
		return ms
	}
	added := false
	// An acronym of ASCII capitals (isAllUpper, isLetters) is a
	// capitalized word, not punctuation: the loop walks capWords, not
	// every token.
	for _, ck := range r.capWords(st) {
		k := int(ck)
		t := &toks[k]
		// t.raw[1] an ASCII capital first: isAllUpper and isLetters need
		// it, and it rules out most capitalized words without a call.
		if n := len(t.raw); n < 2 || n > 6 || t.raw[1] < 'A' || t.raw[1] > 'Z' || !isAllUpper(t.raw) || !isLetters(t.raw) || isRoman(t.raw) || covered(ms, k) != nil {
			continue
		}
		if k+1 < len(toks) && toks[k+1].cap && !toks[k+1].punct {
			continue // an acronym that starts a longer name ("KPU Jakarta")
		}
		member := false
		b := k - 1
		if b > 0 && toks[b].lx&lxDeterminer != 0 {
			b--
		}
		if b > 1 && r.p.orgOf[toks[b].low] {
			if m := covered(ms, b-1); m != nil && m.person && m.tj == b {
				member = true // "Ann Lee of NCWA"
			} else if m == nil && r.givenNameRun(toks, b-1, ms) {
				member = true
			}
		}
		if !member && k+2 < len(toks) && toks[k+1].low == "'s" {
			if m := mentionAt(ms, k+2); m != nil && m.person {
				member = true // "NCWA's Ann Lee"
			} else if m == nil && k+3 < len(toks) && toks[k+2].lx&lxGiven != 0 && toks[k+3].cap && !toks[k+3].punct && covered(ms, k+3) == nil {
				member = true
			}
		}
		if !member {
			continue
		}
		id := slug(t.raw)
		if e, ok := r.x.gaz.Lookup(id); ok && e.Kind != facts.KindOrganization {
			continue
		}
		if full := r.initialsOrg(t.raw); full != "" {
			id = full // "Michael Tien of NPP" after "New People Party": the name the article gave
		}
		a := r.actorOrNew(&gazetteer.Entry{ID: id, Kind: facts.KindOrganization, Name: t.raw})
		ms = append(ms, r.newMention(mention{s: t.s, e: t.e, ti: k, tj: k + 1, id: id, surface: t.raw, rule: "organization:member", conf: 0.7, entry: a.entry}))
		added = true
	}
	if added {
		sortMentions(ms)
	}
	return ms
}

// longerOrg returns the id of the organization the article already named
// whose id starts with the words of id ("pt-mitra-inti-sejati-plantation"
// for "pt-mitra"): a shortening of that name; the smallest id if several
// do, "" if none.
func (r *run) longerOrg(id string) string {
	best := ""
	for k, a := range r.actors {
		if a.nM == 0 || a.a.Kind != facts.KindOrganization || !strings.HasPrefix(k, id+"-") || best != "" && k > best {
			continue
		}
		best = k
	}
	return best
}

// initialsOrg returns the id of the organization the article already
// named whose name's capitalized words have the initials acr ("New
// People Party" for "NPP"); the smallest id if several do, "" if none.
func (r *run) initialsOrg(acr string) string {
	best := ""
	for id, a := range r.actors {
		if a.nM == 0 || a.a.Kind != facts.KindOrganization || a.entry == nil || best != "" && id > best {
			continue
		}
		var b strings.Builder
		for _, w := range strings.Fields(a.entry.Name) {
			if c := w[0]; c >= 'A' && c <= 'Z' {
				b.WriteByte(c)
			}
		}
		if b.String() == acr {
			best = id
		}
	}
	return best
}

// givenNameRun reports whether the capitalized words that end at e (two
// or three, no mention covering them) start with a given name: a
// person's name the person rules have not read yet ("Ann Lee").
func (r *run) givenNameRun(toks []token, e int, ms []*mention) bool {
	for s := e; s >= 0 && e-s < 3; s-- {
		t := &toks[s]
		if !t.cap || t.punct || covered(ms, s) != nil || isAllUpper(t.raw) {
			return false
		}
		if s < e && t.lx&lxGiven != 0 {
			return true
		}
	}
	return false
}

// isLetters: only ASCII letters.
// lettersWithin reports whether the letters of short appear in order in
// the words of name, lower-cased: "pama" in "Pamapersada Nusantara",
// "kemlu" in "Kementerian Luar Negeri".
func lettersWithin(short string, name []token) bool {
	i := 0
	for _, t := range name {
		for j := 0; j < len(t.low) && i < len(short); j++ {
			if t.low[j] == short[i] {
				i++
			}
		}
	}
	return i == len(short)
}

func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// bodyRun reads the name of a body of a state that starts with the head
// word at i ("Badan Gizi Nasional", "Dewan Ketahanan Nasional"): the
// capitalized run after it (orgRun), not a known name, not an acronym or a
// numeral ("Komisi XI DPR": a commission of a known body), not a state or a
// place alone ("Badan Amerika"), not a unit of a known body or
// organization that follows ("Komisi Tinggi PBB"), not one of the pack's
// body_create_not (a prefix of the name), not the expansion of a known
// acronym in brackets after it. It returns -1, -1 when there is none.
func (r *run) bodyRun(toks []token, i int, ms []*mention) (int, int) {
	if mentionAt(ms, i) != nil || startsMention(ms, i) || covered(ms, i) != nil || i+1 >= len(toks) {
		return -1, -1
	}
	k := i + 1
	if _, ok := r.p.bodyCreateHeads[toks[i].low+" "+toks[k].low]; ok && k+1 < len(toks) {
		k++ // a head of two words: "Direktorat Jenderal"
	}
	n := &toks[k]
	if !n.cap || n.punct || isAllUpper(n.raw) || covered(ms, k) != nil && !r.provinceFormAt(toks, ms, k) {
		return -1, -1
	}
	j := r.orgRun(toks, k, ms)
	if j <= k {
		return -1, -1
	}
	if j < len(toks) {
		if m := covered(ms, j); m != nil && !m.person && !r.isStateMention(m) && !r.isPlace(m.id) {
			return -1, -1
		}
	}
	if j+2 < len(toks) && toks[j].raw == "(" {
		if m := covered(ms, j+1); m != nil && !m.person {
			return -1, -1 // "Badan Perencana Pembangunan Nasional (Bappenas)": the known acronym names it
		}
	}
	for k := i + 1; k < j; k++ {
		if r.p.possessiveWord(toks[k].low) {
			return -1, -1 // "melalui Kementerian Luar Negerinya": its ministry, the state of another word's; no name
		}
	}
	if len(r.p.bodyCreateNot) > 0 {
		var b strings.Builder
		b.WriteString(toks[i].low)
		for k := i + 1; k < j; k++ {
			b.WriteByte(' ')
			b.WriteString(toks[k].low)
			if r.p.bodyCreateNot[b.String()] {
				return -1, -1 // "Badan Usaha …", "Badan Layanan Umum": a kind of body, not one
			}
		}
	}
	return i, j
}

// provinceFormAt reports whether a place's "Provinsi <name>" form starts
// at toks[k] ("Inspektorat Provinsi Jawa Barat"): the province is a word
// of the body's name, as a place after the head word is.
func (r *run) provinceFormAt(toks []token, ms []*mention, k int) bool {
	m := mentionAt(ms, k)
	return toks[k].low == "provinsi" && m != nil && !m.person && m.tj > k+1 && r.isPlace(m.id)
}

// startsMention reports whether any mention, consumed or not, starts at ti.
func startsMention(ms []*mention, ti int) bool {
	for _, m := range ms {
		if m.ti == ti {
			return true
		}
	}
	return false
}

// orgRun returns the end of the capitalized run of an organization's name
// from k: capitalized words (states and places included), links between
// them, a final legal form ("Tbk"), a short number before a capitalized
// word ("SMAN 3 Jakarta"); it stops before a given name and a name word
// that follow a state or a place (a person after the name).
func (r *run) orgRun(toks []token, k int, ms []*mention) int {
	j := k
	for j < len(toks) && j-k < 7 {
		t := &toks[j]
		if t.punct {
			break
		}
		if j > k && wordWithDigits(toks[j-1].raw) && r.isNameWord(t) && covered(ms, j) == nil {
			break // "Satgas Covid-19 Wiku Adisasmito": a name's word with digits ends it before a person's name
		}
		if isShortNumber(t.raw) && j+1 < len(toks) && toks[j+1].cap && !toks[j+1].punct {
			j++ // "SMA Negeri 1 Bandung", "SMAN 3 Jakarta"
			continue
		}
		if j > k && t.lx&lxGiven != 0 && j+1 < len(toks) && toks[j+1].cap && !toks[j+1].punct && covered(ms, j) == nil {
			if m := covered(ms, j-1); m != nil && !m.person && (r.isStateMention(m) || r.isPlace(m.id)) {
				break // "Universitas Indonesia Aditya Perdana": a person's name after the name ends with a state
			}
		}
		if !t.cap {
			if t.lx2&l2OrgLink != 0 && j+1 < len(toks) && toks[j+1].cap && j > k && !r.p.orgCreateHeads[toks[j+1].low] && !r.p.isBodyHead(toks[j+1].low) {
				j++
				continue
			}
			break
		}
		if l, ok := r.p.titleAt(toks, j); ok && l.label != "occupation" {
			break // an occupation is a word of the name: "Ikatan Dokter Indonesia", "Partai Buruh"
		}
		if r.p.nameStopAt(t) && !r.p.orgCreateHeads[t.low] && !r.p.orgHeads[t.low] && !r.numberedPlace(toks, j, ms) && !r.featureInName(toks, j, k) && !r.geoNounEndsName(toks, j, k) {
			if !(j == k && j+1 < len(toks) && (toks[j+1].cap || isShortNumber(toks[j+1].raw)) && !toks[j+1].punct && !isAllUpper(t.raw)) {
				break // a stop word goes on a name only as its first word: "SMA Negeri 1 Bandung"
			}
		}
		if isAllUpper(t.raw) && len(t.raw) > 1 && !(j > k && r.stateMentionAt(ms, j) != nil) {
			if j == k && isRoman(t.raw) {
				return j // "Forum II", "Komisi XI": a numbered edition or unit, no name
			}
			if j == k {
				if n := j + 1; n < len(toks) && toks[n].cap && !toks[n].punct && !isAllUpper(toks[n].raw) && !r.x.common.legalForms[strings.Trim(toks[n].low, ".")] && toks[n].lx&lxGiven == 0 && covered(ms, n) == nil {
					j++ // "PT BNI Multifinance": the acronym starts the name
					continue
				}
				return j + 1 // "PT PKG": the name is the acronym
			}
			break // "Bank Pembangunan Asia ADB": the acronym is an apposition
		}
		if m := covered(ms, j); m != nil && !inTitle(m, toks, j) && (m.person || !r.isStateMention(m) && !r.isPlace(m.id)) {
			break
		}
		if _, ok := r.p.weekdays[t.low]; ok {
			break
		}
		if _, ok := r.p.months[t.low]; ok {
			break
		}
		j++
	}
	return j
}

// campusAfter goes on with an English university's name "University of
// X" (toks[i] the head word, toks[end-1] its last word) over "at" and the
// capitalized name of its campus's place ("University of North Carolina
// at Chapel Hill", "University of Texas at Austin"): a place the gazetteer
// knows, or up to two words no mention covers, before a word in lower case
// or punctuation. It returns end when no campus follows.
func (r *run) campusAfter(toks []token, i, end int, ms []*mention) int {
	if r.p.home != "" || toks[i].low != "university" || end+1 >= len(toks) || toks[end].low != "at" || !toks[end+1].cap || toks[end+1].punct {
		return end
	}
	j := end + 1
	if m := mentionAt(ms, j); m != nil {
		if m.person || !r.isPlace(m.id) {
			return end
		}
		j = m.tj
	} else {
		for j < len(toks) && j-end <= 2 && toks[j].cap && !toks[j].punct && covered(ms, j) == nil && r.isNameWordLoose(&toks[j]) {
			j++
		}
	}
	if j-end > 3 || j < len(toks) && toks[j].cap && !toks[j].punct {
		return end
	}
	return j
}

// holderAfterOrg ends an organization's name made from its head word
// (toks[i], the name's words toks[k:j]) where the name of the holder of
// the office before it begins: after a title (and its field), the run
// "Universitas Jember Suparjo" is the university, then the holder, when
// the run goes on after a place's or a state's name with one to three
// name words, or after one word at least with a given name and one or
// two more name words ("Universitas Griffith Dicky Budiman"), or after a
// tail word of organizations' names with two or three. It returns
// j when the run has no such holder.
func (r *run) holderAfterOrg(toks []token, i, k, j int, ms []*mention) int {
	if j-k < 2 || j < len(toks) && toks[j].cap && !toks[j].punct || !r.titleBefore(toks, i) {
		return j
	}
	for s := k + 1; s < j; s++ {
		n := j - s
		if n > 3 || !r.holderWords(toks[s:j], ms, s) {
			continue
		}
		if m := covered(ms, s-1); m != nil && m.tj == s && !m.person && r.stateOrPlace(m.id) {
			return s // "Ketua Paguyuban Petani Garut Ujang Suhendar"
		}
		if n >= 2 && toks[s].lx&lxGiven != 0 && covered(ms, s-1) == nil {
			return s // "Dosen Universitas Cenderawasih Yulius Wenda"
		}
		if tl := strings.TrimSuffix(toks[s-1].low, "."); n >= 2 && (r.p.orgTails[tl] || r.p.orgCreateTails[tl]) && covered(ms, s-1) == nil {
			return s // "Peneliti Center for Maritime Security Studies Darmawan Putra": a tail word ends the name
		}
	}
	return j
}

// holderWords reports whether toks (at index s of the sentence) are name
// words no mention covers and no organization's head or tail word (a word
// that ends names may end them: "Darmawan Putra").
func (r *run) holderWords(toks []token, ms []*mention, s int) bool {
	for n := range toks {
		t := &toks[n]
		ends := n > 0 && t.cap && !t.punct && r.p.nameCommon[t.low] // "Darmawan Putra"
		if !r.isNameWord(t) && !ends || covered(ms, s+n) != nil || r.p.isCommonWord(t.low) && t.lx&lxGiven == 0 && !ends {
			return false
		}
		if r.p.orgHeads[t.low] || r.p.orgCreateHeads[t.low] || r.p.orgTails[t.low] || r.p.orgCreateTails[t.low] {
			return false
		}
		if _, ok := r.p.titleAt(toks, n); ok && !ends {
			return false
		}
	}
	return true
}

// stateOrPlace reports whether id is a state's or a place's, without
// making a record of it (see kindOf).
func (r *run) stateOrPlace(id string) bool {
	k := r.kindOf(id)
	return k == facts.KindState || k == facts.KindPlace
}

// titleBefore reports whether a title ends right before toks[i], or a
// title and one to three words of its field in lower case: "Pengamat
// pertanian Universitas Jember", maybe with a preposition of place or
// source (at_preps, source_preps) before the institution, as
// translations write "professor of economics at Harvard University" and
// "the Democratic candidate": "Profesor ekonomi di Universitas Harvard",
// "Calon presiden dari Partai Demokrat".
func (r *run) titleBefore(toks []token, i int) bool {
	if i > 1 && (r.p.atPreps[toks[i-1].low] || r.p.sourcePreps[toks[i-1].low]) && !toks[i-1].cap {
		i-- // "di Universitas Harvard", "Calon presiden dari Partai Demokrat"
	}
	for e := i; e > 0 && i-e <= 3; e-- {
		if _, ok := r.p.titles.endingAt(toks, e); ok {
			return true
		}
		if !r.fieldWord(&toks[e-1]) {
			return false
		}
	}
	return false
}

// featureInName reports whether the stop word at j, inside an
// organization's name that began at k, is a lake's, a mountain's, a
// river's or an island's word (both a place noun and a thing noun) before
// that feature's capitalized name: "Lembaga Studi Danau Toba", "Yayasan
// Ekosistem Gunung Leuser".
func (r *run) featureInName(toks []token, j, k int) bool {
	return j > k && j+1 < len(toks) && toks[j+1].cap && !toks[j+1].punct && r.p.placeNouns[toks[j].low] && r.p.thingNouns[toks[j].low]
}

// geoNounEndsName reports whether the stop word at j is a noun of a place
// or of the sea that ends an organization's name of at least one word
// before it, the next word starting no name: "Himpunan Pembudidaya Rumput
// Laut", "Jaringan Kerja Rakyat Miskin Kota", "Forum Nelayan Pesisir".
func (r *run) geoNounEndsName(toks []token, j, k int) bool {
	if j < k+1 || !(r.p.placeNouns[toks[j].low] || r.x.common.seaNouns[toks[j].low]) {
		return false
	}
	return r.x.common.seaNouns[toks[j].low] || j+1 >= len(toks) || toks[j+1].punct || !toks[j+1].cap
}

// freeCouncil reports whether "Council" at i ends the name of a council
// that is no organ of a state or city: at least two capitalized words
// before it, the last not a word of government ("Pacific Fisheries
// Council", "West African Farmers Council"; not "the Legislative
// Council", "the National Security Council", "Student Council").
func (r *run) freeCouncil(toks []token, i int) bool {
	if i < 2 || !toks[i-1].cap || toks[i-1].punct || !toks[i-2].cap || toks[i-2].punct {
		return false
	}
	for _, w := range []string{toks[i-1].low, toks[i-2].low} {
		if r.x.common.governmentCouncilWords[w] {
			return false
		}
	}
	return true
}

// studyCentre reports whether the word at i is "Pusat" heading a centre of
// study or research ("Pusat Studi Bencana Pesisir", "Pusat Kajian Energi
// Bersih"): "Pusat" alone heads no new name ("Pusat Kota").
func studyCentre(toks []token, i int) bool {
	if toks[i].low != "pusat" || i+2 >= len(toks) || !toks[i+1].cap || !toks[i+2].cap || toks[i+2].punct {
		return false
	}
	switch toks[i+1].low {
	case "studi", "kajian", "penelitian", "riset", "pengkajian":
		return true
	}
	return false
}

// numberedPlace reports whether the word at j starts a place's mention
// right after a short number: the city or regency of a numbered school
// ("SMAN 2 Kota Ternate", "SDN 3 Kabupaten Bogor"), part of its name.
func (r *run) numberedPlace(toks []token, j int, ms []*mention) bool {
	if j == 0 || !isShortNumber(toks[j-1].raw) {
		return false
	}
	m := mentionAt(ms, j)
	return m != nil && !m.person && r.isPlace(m.id)
}

// isKnownOrg: id is an organization of the gazetteer.
func (r *run) isKnownOrg(id string) bool {
	e, ok := r.x.gaz.Lookup(id)
	return ok && e.Kind == facts.KindOrganization
}

func (r *run) isPlace(id string) bool {
	a := r.actor(id)
	return a != nil && a.a.Kind == facts.KindPlace
}

// isNameWordLoose: a capitalized word that may stand in an organization's
// name before its tail word (not a stop word or a title).
func (r *run) isNameWordLoose(t *token) bool {
	return !r.p.nameStopAt(t) && r.p.function[t.low] == false
}

// orgID is the slug of an organization's name without a trailing legal
// form (common.json legal_forms): "PT Astra Agro Lestari Tbk" is
// pt-astra-agro-lestari, as the name is usually written.
func (r *run) orgID(toks []token) string {
	s, e := 0, len(toks)
	for e > s+1 && r.x.common.legalForms[strings.Trim(toks[e-1].low, ".")] {
		e--
	}
	if s == e {
		return ""
	}
	var b strings.Builder
	for _, t := range toks[s:e] {
		b.WriteString(t.raw)
		b.WriteByte(' ')
	}
	return slug(b.String())
}

// legalChain returns the end of the legal forms that follow a company's
// name's tail word at k ("Hyundai Merchant Marine Co. Ltd.": the "Ltd."
// after "Co."; "Pte Ltd", "Sdn. Bhd."): capitalized legal forms, each with
// its dot.
func (r *run) legalChain(toks []token, k int) int {
	for k < len(toks) {
		t := &toks[k]
		if t.raw == "." && k+1 < len(toks) && toks[k+1].cap && r.x.common.legalForms[strings.Trim(toks[k+1].low, ".")] {
			k++ // "Co" "." "Ltd": a dot tokenized apart
			continue
		}
		if !t.cap || t.punct || !r.x.common.legalForms[strings.Trim(t.low, ".")] {
			break
		}
		k++
	}
	return k
}

// longerCompany returns the name of a company that starts with the
// known company m at i, written with the home legal form ("PT BNI
// Multifinance", "PT BNI Life Insurance" after the known "PT BNI"), or
// with the legal form at i before it ("PT Meta Epsi"): the
// capitalized run after m, not a legal form, an acronym, a given name or
// another mention. It returns -1, -1 when there is none.
func (r *run) longerCompany(toks []token, i int, m *mention, ms []*mention) (int, int) {
	if m == nil || !r.p.homeForms[toks[i].low] || m.person || m.consumed || m.tj >= len(toks) || !r.isKnownOrg(m.id) {
		return -1, -1
	}
	n := &toks[m.tj]
	if !n.cap || n.punct || r.x.common.legalForms[strings.Trim(n.low, ".")] || isAllUpper(n.raw) || n.lx&lxGiven != 0 {
		return -1, -1
	}
	if c := covered(ms, m.tj); c != nil && (c.person || !r.isStateMention(c) && !r.isPlace(c.id)) {
		return -1, -1 // a state or a place goes on the name: "PT Google Indonesia"
	}
	j := r.orgRun(toks, m.tj, ms)
	if j <= m.tj {
		return -1, -1
	}
	return i, j
}

// openingWord: the sentence's first word is a function word, an ordinary
// word or a cue ("Menurut Gulf News", "Dalam Jakarta Post"), capitalized
// only because it opens the sentence.
func (r *run) openingWord(toks []token) bool {
	if len(toks) < 2 {
		return false
	}
	if r.p.function[toks[0].low] || r.p.isCommon(toks[0].low) {
		return true
	}
	_, ok := r.p.mediaCues.endingAt(toks, 1)
	return ok
}

// sourceOutlet returns the id of the known outlet named by the one
// capitalized word at i after a word that introduces a source
// (media_source_cues: "menurut", "dilansir", "according to"): a word the
// gazetteer's names miss because it is an ordinary word too ("Antara",
// "Tempo", "Detik") and that is the id of an outlet. "" if there is none.
func (r *run) sourceOutlet(toks []token, i int) string {
	t := &toks[i]
	if t.punct || i+1 < len(toks) && toks[i+1].cap && !toks[i+1].punct {
		return ""
	}
	e, ok := r.x.gaz.Lookup(t.low)
	if !ok || e.Kind != facts.KindMedia {
		return ""
	}
	return e.ID
}

// addOutlet adds a mention of the known outlet id at token i.
func (r *run) addOutlet(toks []token, i int, id string, ms []*mention) []*mention {
	a := r.actors[id]
	if a == nil {
		e, _ := r.x.gaz.Lookup(id)
		a = r.actorOf(id, e)
	}
	s, e := toks[i].s, toks[i].e
	ms = append(ms, r.newMention(mention{s: s, e: e, ti: i, tj: i + 1, id: id, surface: r.text[s:e], rule: "media:source", conf: 0.85, entry: a.entry}))
	sortMentions(ms)
	return ms
}

// cuedOrgRun returns the name after a word for an organization at i
// ("perusahaan Conocophilips AS", "klub Troyes"): the organization's run
// (orgRun) without a state or place at its end (the organization's
// country, "Conocophilips AS"); not one ordinary word ("perusahaan
// Tersebut"). It returns -1, -1 when there is none.
func (r *run) cuedOrgRun(toks []token, i int, ms []*mention) (int, int) {
	j := r.orgRun(toks, i, ms)
	for j > i+1 {
		m := covered(ms, j-1)
		if m == nil || m.person || !r.isStateMention(m) && !r.isPlace(m.id) || m.ti <= i || r.p.orgOf[toks[m.ti-1].low] {
			break // "Comic Corps of Canada": a state after "of" is a word of the name
		}
		j = m.ti
	}
	if j <= i || j == i+1 && r.p.isCommon(toks[i].low) {
		return -1, -1
	}
	if m := covered(ms, i); m != nil && (m != r.placeOpens(ms, i) || j <= m.tj) {
		return -1, -1 // a known name; a city alone ("klub Barcelona") stays the city
	}
	if j+1 < len(toks) && !toks[j].cap && !toks[j].punct && (r.p.orgOf[toks[j].low] || toks[j].low == "the") && toks[j+1].cap && !toks[j+1].punct && covered(ms, j+1) == nil {
		if k := r.orgRun(toks, j+1, ms); k > j+1 {
			j = k // "Save the Children", "Bank of America": an English name goes on after "the" or "of"
		} else {
			return -1, -1
		}
	}
	return i, j
}

// fieldCued reports whether the capitalized word at i follows a word for
// an organization (org_cue_heads: "raksasa", "perusahaan", "organisasi")
// and one or two words in lower case that say its field ("raksasa ritel
// Walmart", "perusahaan rintisan Nordvalk Robotics", "lembaga think tank
// Brookings Institution"). Function words, verbs and clause words are no
// field.
func (r *run) fieldCued(toks []token, i int) bool {
	p := r.p
	if len(p.orgCueHeads) == 0 {
		return false
	}
	for j := i - 1; j >= 1 && j >= i-2; j-- {
		t := &toks[j]
		if !r.fieldWord(t) || t.lx&(lxBetween|lxObjPrep|lxAgent) != 0 || p.orgFieldNot[t.low] {
			return false // "perusahaan investasi asal Kepulauan Seychelles": its origin, not its name
		}
		if h := &toks[j-1]; h.lx2&l2OrgCueHead != 0 && p.orgCueHeads[h.low] && (!h.cap || j-1 == 0) {
			return true
		}
	}
	return false
}

// placeOpens returns the mention at toks[i] when it is a place's (a city,
// not a state or its capital) that may open a longer name after a word
// for an organization or an outlet ("klub Wolverhampton Wanderers",
// "harian Manchester Evening News").
func (r *run) placeOpens(ms []*mention, i int) *mention {
	m := mentionAt(ms, i)
	if m == nil || m.person || m.entry == nil || m.entry.Kind != facts.KindPlace || m.entry.ID != m.id {
		return nil
	}
	return m
}

// cuedOrgStart reports whether the capitalized word at i, right after a
// word for an organization (org_cues: "perusahaan", "klub", "the
// company"), may start its name: not an organization's or body's head
// word (that rule reads it), not a title or a given name (a person), not
// a word of org_cue_not ("perusahaan BUMN", "partai Islam"), not a month
// or weekday.
func (r *run) cuedOrgStart(toks []token, i int) bool {
	t := &toks[i]
	p := r.p
	if t.punct || p.orgCueNot[t.low] || p.orgCreateHeads[t.low] || p.isBodyHead(t.low) || t.lx&lxGiven != 0 {
		return false
	}
	if _, ok := p.titleAt(toks, i); ok {
		return false
	}
	if _, ok := p.months[t.low]; ok {
		return false
	}
	_, ok := p.weekdays[t.low]
	return !ok
}

// wordWithDigits reports whether w mixes letters and digits ("Covid-19",
// "G20"), unlike a plain number.
func wordWithDigits(w string) bool {
	letters, digits := false, false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9':
			digits = true
		case c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z':
			letters = true
		}
	}
	return letters && digits
}

// isRoman: a roman numeral of the letters I, V, X, L ("II", "XIV").
func isRoman(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 'I', 'V', 'X', 'L':
		default:
			return false
		}
	}
	return true
}

// isShortNumber: one to three digits ("1", "88").
func isShortNumber(s string) bool {
	if len(s) == 0 || len(s) > 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// committees makes a legislature's committee of a chamber's word
// (committee_chambers: "House", "Senate"), one to three capitalized words
// no mention covers, and a committee's tail (committee_tails): "the House
// Judiciary Committee", "the Senate Foreign Relations Committee". The id is
// the slug of the name, the kind a legislature's, with no state: the
// chamber's word alone does not say whose. A committee a mention already
// covers ("the International Olympic Committee") is left as it is.
func (r *run) committees(st *sentence, ms []*mention) []*mention {
	p := r.p
	if len(p.committeeTails) == 0 || r.titleCasedSt(st) {
		return ms
	}
	toks := st.toks
	for i := 2; i < len(toks); i++ {
		t := &toks[i]
		if !t.cap || t.punct || len(t.low) < 9 || !p.committeeTails[t.low] || covered(ms, i) != nil {
			continue
		}
		s := i - 1
		for s > 0 && i-s <= 3 && toks[s].cap && !toks[s].punct && !p.committeeChambers[toks[s].low] && covered(ms, s) == nil {
			s--
		}
		if s == i-1 || !toks[s].cap || !p.committeeChambers[toks[s].low] || covered(ms, s) != nil {
			continue
		}
		if s > 0 && toks[s-1].cap && !toks[s-1].punct && !(s == 1 && r.sentenceOpener(&toks[0])) {
			continue // "the U.S. House …": a longer name
		}
		id := r.orgID(toks[s : i+1])
		a := r.actorOrNew(&gazetteer.Entry{ID: id, Kind: facts.KindLegislature, Name: r.text[toks[s].s:t.e], Sector: kindSector(facts.KindLegislature)})
		ms, _ = r.spanMention(toks, ms, s, i+1, a.a.ID, "committee", 0.8, a.entry)
	}
	return ms
}

// contextNames gives a name several actors share (the pack's
// context_names: "Partai Demokrat") to the one whose state the sentence
// names, itself or by one of its people ("kandidat presiden dari Partai
// Demokrat Hillary Clinton" is the US party).
func (r *run) contextNames(ms []*mention) []*mention {
	if len(r.p.contextNames) == 0 {
		return ms
	}
	for _, m := range ms {
		if m.person {
			continue // (a name a title's run took in is still the party's: "anggota Kongres dari Partai Demokrat Alexandria Ocasio-Cortez")
		}
		if id, e := r.contextActor(m.surface, ms); e != nil {
			if a := r.actorOf(id, e); a != nil {
				m.id, m.entry = id, a.entry
			}
		}
	}
	return ms
}

// contextActor is the actor a shared name (context_names) stands for in
// the sentence (ms): the first of its actors whose state the sentence
// names; no entry when the name is shared by none or no state is named.
func (r *run) contextActor(surface string, ms []*mention) (string, *gazetteer.Entry) {
	if n := len(surface); n >= 64 || r.p.contextLens&(1<<n) == 0 {
		return "", nil // no shared name is that long
	}
	for _, cn := range r.p.contextOfLen(len(surface)) { // no lower-cased copy of every surface
		if !strings.EqualFold(cn.name, surface) {
			continue
		}
		for _, id := range cn.ids {
			if e, ok := r.x.gaz.Lookup(id); ok && e.Country != "" && r.inContext(e.Country, ms) {
				return id, e
			}
		}
		return "", nil
	}
	return "", nil
}

// contextOfLen returns the names of context_names of n bytes (n < 64), in
// the order of their names: the only ones a surface of n bytes can be, so
// contextActor compares no name of another length (it walked them all).
func (p *pack) contextOfLen(n int) []contextName {
	return p.contextNames[p.contextFrom[n]:p.contextFrom[n+1]]
}

// inContext reports whether state c is named in the sentence (ms), itself
// or by an actor of it (a person, a body). The sentence, not the article:
// an Indonesian report that named the United States earlier still means
// Indonesia's Partai Demokrat in a sentence of its own.
func (r *run) inContext(c string, ms []*mention) bool {
	for _, m := range ms {
		if m.id == c || m.entry != nil && m.entry.Country == c {
			return true
		}
		if a := r.actors[m.id]; a != nil && a.a.Country == c {
			return true
		}
	}
	return false
}

// ampersandOrgs makes an organization of capitalized words joined by
// "&": "Procter & Gamble", "Ernst & Young", "Yayasan Bill & Melinda
// Gates". News joins people's names with a word ("dan", "and"), so an
// ampersand between names marks a firm's or a foundation's name. Up to
// four capitalized words stand on each side; a known actor's mention that
// covers the whole span keeps it ("Bill & Melinda Gates Foundation"), and
// known names inside the span are part of the organization's name
// ("Johnson & Johnson Indonesia").
func (r *run) ampersandOrgs(st *sentence, ms []*mention) []*mention {
	toks := st.toks
	// Most sentences have no "&": one byte search of the sentence's text
	// (each token's raw is r.text[s:e]) skips the token loop below, which
	// tested every token's raw.
	if len(toks) < 3 || strings.IndexByte(r.text[toks[0].s:toks[len(toks)-1].e], '&') < 0 {
		return ms
	}
	if r.titleCasedSt(st) {
		return ms
	}
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].raw != "&" || !r.ampWord(&toks[i-1]) || !r.ampWord(&toks[i+1]) {
			continue
		}
		s := i - 1
		for s > 0 && i-s < 4 && r.ampWord(&toks[s-1]) {
			s--
		}
		e := i + 2
		for e < len(toks) && e-i <= 4 && r.ampWord(&toks[e]) {
			if toks[e].lx&lxGiven != 0 && covered(ms, e) == nil && e+1 < len(toks) && r.isNameWord(&toks[e+1]) {
				break // "Medco E&P Indonesia Ronald Gunawan": a person's name after the organization's
			}
			e++
		}
		if m := covered(ms, i); m != nil && m.ti <= s && m.tj >= e || startsMention(ms, i) {
			continue // a known name spans it
		}
		if m := covered(ms, s); m != nil && m.ti < s || covered(ms, e-1) != nil && covered(ms, e-1).tj > e {
			continue // a known name crosses the span's edge
		}
		if toks[s].lx2&l2IndexWord != 0 || e < len(toks) && (toks[e].raw[0] >= '0' && toks[e].raw[0] <= '9' || toks[e].raw == "/") {
			continue // "Indeks S&P 500", "The S&P 500 closed", "the S&P/ASX 200": a market index's name
		}
		if r.sectionLabel(toks, s, e) {
			continue // "HUKUM & KRIMINAL", "Arts & Culture": a section's label
		}
		if w := r.workNounBefore(toks, s); w >= 0 && !r.makerBefore(toks, w) || s+1 < i && r.p.workNouns[toks[s].low] && !r.makerBefore(toks, s) {
			continue // "serial animasi Upin & Ipin", "Film Romeo & Juliet": a work's title
		}
		if t, ok := r.p.titleAt(toks, s); ok {
			s += len(t.p) // "Presiden Direktur Procter & Gamble": a title before it
		}
		id := r.orgID(toks[s:e])
		if id == "" || s >= i {
			continue
		}
		a := r.actorOrNew(&gazetteer.Entry{ID: id, Kind: facts.KindOrganization, Name: r.text[toks[s].s:toks[e-1].e]})
		if a == nil {
			continue
		}
		ms, _ = r.spanMention(toks, ms, s, e, id, "organization:ampersand", 0.75, a.entry)
		i = e - 1
	}
	return ms
}

// sectionLabel reports whether the words toks[s:e] (maybe joined by "&")
// are the whole line and all ordinary words: a news site's section label
// ("HUKUM & KRIMINAL", "Sains & Teknologi", "WORLD NEWS"), no organization
// or outlet. A company's name of ordinary words stands in a sentence, not
// alone on its line.
func (r *run) sectionLabel(toks []token, s, e int) bool {
	if s > 0 || e < len(toks) && !(e+1 == len(toks) && toks[e].punct) {
		return false
	}
	for k := s; k < e; k++ {
		if toks[k].raw != "&" && !r.ordinaryWord(toks[k].low) {
			return false
		}
	}
	return true
}

// ordinaryWord reports whether low is an ordinary word of the article's
// language: the English word list, or the common words of another pack.
func (r *run) ordinaryWord(low string) bool {
	if r.p.lang == "en" {
		return r.englishWord(low)
	}
	return r.p.isCommonWord(low)
}

// ampWord reports whether t may be a word of a name joined by "&": a
// capitalized word, no punctuation and no function word.
func (r *run) ampWord(t *token) bool {
	return t.cap && !t.punct && !r.p.function[t.low]
}

// orgStateBranches reads a known organization's name with a state's name
// right after it that ends the capitalized run. After an international
// organization of the gazetteer with no country (Greenpeace, Amnesty,
// HRW, MSF, …) the state names the organization's national section, not
// the state acting, and is dropped ("Greenpeace Indonesia membentangkan
// spanduk", "Amnesty International Indonesia said"). In Indonesian, after
// a home organization's name a foreign state makes the whole run that
// state's organization of the same generic name ("Partai Buruh Norwegia"
// is no Partai Buruh). A state with 's ("Amnesty Indonesia's report") or
// before another capitalized word is left alone.
func (r *run) orgStateBranches(toks []token, ms []*mention) []*mention {
	indonesian := len(r.p.en.objectVerbs) == 0
	for n := 0; n+1 < len(ms); n++ {
		m := ms[n]
		if m.person || m.entry == nil || m.entry.Kind != facts.KindOrganization {
			continue
		}
		// The state's mention may come after a titled person's that
		// starts at it too ("Human Rights Watch Indonesia researcher
		// Andreas Harsono").
		var sm *mention
		for k := n + 1; k < len(ms) && ms[k].ti <= m.tj; k++ {
			if x := ms[k]; x.ti == m.tj && !x.person && r.kindOf(x.id) == facts.KindState {
				sm = x
				break
			}
		}
		if sm == nil {
			continue
		}
		if j := sm.tj; j < len(toks) && (toks[j].low == "'s" || toks[j].low == "’s" || toks[j].cap && !toks[j].punct) {
			continue
		}
		switch {
		case m.entry.Country == "" && sm.rule == "gazetteer:name":
			ms = dropMention(ms, sm)
		case indonesian && m.entry.Country == r.p.home && sm.id != r.p.home && m.rule == "gazetteer:name" && !m.consumed:
			id := r.orgID(toks[m.ti:sm.tj])
			if id == "" {
				continue
			}
			if e, ok := r.x.gaz.Lookup(id); ok && e.Kind != facts.KindOrganization {
				continue
			}
			name := r.text[toks[m.ti].s:toks[sm.tj-1].e]
			a := r.actorOrNew(&gazetteer.Entry{ID: id, Kind: facts.KindOrganization, Name: name, Country: sm.id})
			ms[n] = r.newMention(mention{s: m.s, e: toks[sm.tj-1].e, ti: m.ti, tj: sm.tj, id: id, surface: name, rule: "organization:of-state", conf: 0.7, entry: a.entry})
			ms = dropMention(ms, sm)
		}
	}
	return ms
}

// appositionOrgs makes an organization of a capitalized name that an
// apposition calls a group, or that follows a group's word and "called"
// or "named": "Haki Mashinani, a Nairobi-based rights group,", "Ember
// Ridge, a London-based energy think tank,", "a group called Mothers
// Against Landmines". The words between the article and the group's word
// are only its describing words (no "of", "for", "at": "X, a member of a
// rights group" is a person); a name that holds a known actor other than a
// state or place is left alone.
func (r *run) appositionOrgs(st *sentence, ms []*mention) []*mention {
	if r.p.lang != "en" {
		return ms // English cues ("a", "called")
	}
	toks := st.toks
	for c := 1; c+2 < len(toks); c++ {
		switch {
		case toks[c].raw == "," && (toks[c+1].low == "a" || toks[c+1].low == "an" || toks[c+1].low == "the" && r.seatAfter(ms, c+2)) && r.groupAfter(toks, c+2):
			e, s := c, c
			for s > 0 && e-s < 5 && toks[s-1].cap && !toks[s-1].punct {
				s--
			}
			the := s < e && toks[s].low == "the"
			if the {
				s++
			}
			if s < e && (s == 0 || !toks[s-1].cap || the && s == 1) { // (also after the sentence's "The": "The Kestrel Foundation, a Paris-based charity,")
				n := len(ms)
				if ms = r.appositionOrg(toks, ms, s, e); len(ms) > n || mentionAt(ms, s) != nil {
					r.seatCountry(ms, s, c+2) // "the Lowy Institute, a Sydney-based think tank": Australian
				}
			}
		case (toks[c].low == "at" || toks[c].low == "for") && r.x.common.staffNouns[toks[c-1].low] && (toks[c+1].cap || toks[c+1].low == "the"):
			ms = r.staffOrg(toks, ms, c+1) // "analysts at Capital Economics", "a spokesperson for the Sunrise Movement"
		case (toks[c].low == "called" || toks[c].low == "named") && r.x.common.apposGroupWords[toks[c-1].low] && toks[c+1].cap && !toks[c+1].punct:
			if j := r.orgRun(toks, c+1, ms); j > c+1 {
				ms = r.appositionOrg(toks, ms, c+1, j)
			}
		}
	}
	return ms
}

// appositionOrg makes toks[s:e] an organization unless a known actor other
// than a state or a place is named inside it or it is known as another kind.
func (r *run) appositionOrg(toks []token, ms []*mention, s, e int) []*mention {
	if toks[s].lx&lxGiven != 0 || toks[s].lx&lxPronoun != 0 || r.p.function[toks[s].low] {
		return ms
	}
	for _, m := range ms {
		if m.ti < e && m.tj > s && (m.person || !r.isStateMention(m) && !r.isPlace(m.id) || m.ti < s || m.tj > e) {
			return ms
		}
	}
	id := r.orgID(toks[s:e])
	if id == "" {
		return ms
	}
	if en, ok := r.x.gaz.Lookup(id); ok && en.Kind != facts.KindOrganization {
		return ms
	}
	a := r.actorOrNew(&gazetteer.Entry{ID: id, Kind: facts.KindOrganization, Name: r.text[toks[s].s:toks[e-1].e]})
	ms, _ = r.spanMention(toks, ms, s, e, id, "organization:apposition", 0.7, a.entry)
	return ms
}

// groupAfter reports whether a group's word (appos_group_words) follows at k
// after at most five describing words, none of them a preposition,
// conjunction or relative word; or a firm's word (appos_firm_words) that
// ends the apposition ("a prediction market company,").
func (r *run) groupAfter(toks []token, k int) bool {
	for n := 0; k < len(toks) && n < 6; k, n = k+1, n+1 {
		t := &toks[k]
		if t.punct && t.raw != "-" {
			return false
		}
		if r.x.common.apposGroupWords[t.low] {
			return k+1 >= len(toks) || toks[k+1].punct || !toks[k+1].cap && toks[k+1].low != "of"
		}
		if r.x.common.apposFirmWords[t.low] && (k+1 >= len(toks) || toks[k+1].punct && toks[k+1].raw != "-") {
			return true
		}
		switch t.low {
		case "of", "for", "with", "at", "in", "on", "from", "by", "and", "or", "who", "which", "that", "to", "member", "leader", "head", "founder", "spokesman", "spokeswoman", "spokesperson", "director", "lawyer", "activist":
			return false
		}
	}
	return false
}

// seatAfter reports whether a place's or a state's name with a seat
// suffix ("Sydney-based") starts at token k.
func (r *run) seatAfter(ms []*mention, k int) bool {
	m := mentionAt(ms, k)
	return m != nil && !m.person && (r.isStateMention(m) || r.isPlace(m.id)) && r.seatSuffixAt(m.e)
}

// seatCountry gives the new organization at toks[s] the state of the seat
// its apposition names from token k on ("Airwars, a London-based
// monitoring group": GBR), when it has none.
func (r *run) seatCountry(ms []*mention, s, k int) {
	om := mentionAt(ms, s)
	if om == nil || om.entry == nil || om.entry.Country != "" {
		return
	}
	a := r.actors[om.id]
	if a == nil || a.a.Country != "" {
		return
	}
	for _, m := range ms {
		if m.ti < k || m.ti > k+3 || m.person || !r.seatSuffixAt(m.e) {
			continue
		}
		c := m.id
		if !r.isState(c) {
			if e := m.entry; e != nil && e.Kind == facts.KindPlace {
				c = e.Country
			} else {
				continue
			}
		}
		if c != "" {
			a.a.Country = c
			return
		}
	}
}

// staffOrg makes the capitalized name at toks[k] (after "the") an
// organization after a word for its people and "at" or "for" (staff_nouns:
// "researchers at the Kiel Institute for the World Economy", "officials at
// Kalshi"), unless it is a known actor, a place or a state alone, a
// person's name or a title's or a body's word.
func (r *run) staffOrg(toks []token, ms []*mention, k int) []*mention {
	if toks[k].low == "the" {
		k++
	}
	if k >= len(toks) || !toks[k].cap || toks[k].punct || toks[k].lx&(lxGiven|lxBodyHead) != 0 {
		return ms
	}
	if _, ok := r.p.titleAt(toks, k); ok {
		return ms // "a spokesperson for President …"
	}
	j := r.orgRun(toks, k, ms)
	for j+2 < len(toks) && toks[j].lx2&l2OrgLink != 0 && toks[j+1].low == "the" && toks[j+2].cap && !toks[j+2].punct {
		n := r.orgRun(toks, j+2, ms) // "for the World Economy"
		if n == j+2 {
			break
		}
		j = n
	}
	if j <= k || j < len(toks) && (toks[j].raw == "-" || toks[j].cap && !toks[j].punct) || j == k+1 && isAllUpper(toks[k].raw) {
		return ms // "officials at the KLRB": an unknown acronym alone names no actor; "officials at Heathrow Airport": the name goes on past the run
	}
	if m := mentionAt(ms, k); m != nil && m.tj >= j {
		return ms // a known name, a place or a state alone: "officials at Washington"
	}
	if j == k+1 && (r.x.surnames.has(toks[k].low) || r.x.common.surnameEnding(toks[k].low) || len(r.x.bySurname[toks[k].low]) > 0) {
		return ms // "a spokesman for Hendricks", "a spokeswoman for Kovalenko": a surname alone is more likely a person's
	}
	return r.appositionOrg(toks, ms, k, j)
}

// insideKnownName reports whether toks[i] is a word after the first of a
// known name other than a state's, also of one a title's run took in
// ("Ketua Umum Partai Persatuan Pembangunan Mardiono": "Persatuan" opens no
// organization of its own).
func insideKnownName(ms []*mention, i int) bool {
	for _, m := range ms {
		if m.ti < i && i < m.tj && m.entry != nil {
			return true
		}
	}
	return false
}

// ordinaryCompanyAt makes the company of the short name at toks[i] that is
// an ordinary word (ordinary_company_names: "Amazon", "Meta"; the token's
// l2OrdinaryCompany flag), which the gazetteer gives only in longer forms,
// where the words around it make it a company: after "by" after a verb
// of buying or owning (company_by_verbs: "acquired by Amazon"), or
// opening the sentence before a verb a company does there
// (company_subject_verbs, maybe after auxiliaries: "Meta said", "Amazon
// was founded by"). "the Amazon", "Amazon rainforest" and "The Amazon
// flooded" stay the river's. loneNames calls it on the capitalized words
// no mention covers; it reports whether it made a mention.
func (r *run) ordinaryCompanyAt(toks []token, i int, ms []*mention) ([]*mention, bool) {
	p := r.p
	t := &toks[i]
	if i+1 >= len(toks) || toks[i+1].cap && !toks[i+1].punct {
		return ms, false // (a longer capitalized name: "Amazon Web Services")
	}
	by := i >= 2 && toks[i-1].lx&lxAgent != 0 && p.companyByVerbs[toks[i-2].low]
	if i != 0 && !by {
		return ms, false
	}
	id, ok := p.ordinaryCompanies[t.raw]
	if !ok {
		return ms, false
	}
	if !by {
		v := i + 1
		for v+1 < len(toks) && toks[v].lx&lxAux != 0 {
			v++
		}
		if !p.companySubjectVerbs[toks[v].low] {
			return ms, false
		}
	}
	a := r.actors[id]
	if a == nil {
		e, ok := r.x.gaz.Lookup(id)
		if !ok {
			return ms, false
		}
		a = r.actorOf(id, e)
	}
	if a == nil {
		return ms, false
	}
	ms = append(ms, r.newMention(mention{s: t.s, e: t.e, ti: i, tj: i + 1, id: id, surface: t.raw, rule: "organization:ordinary-name", conf: 0.7, entry: a.entry}))
	sortMentions(ms)
	return ms, true
}

// marketPlace reports whether toks[start], a word of market_heads, is
// followed up to end by nothing but the name of a state, a city or a
// region: that place's market ("Bursa Tokyo", "Bursa Asia"), which names
// no organization. inner is the place's mention where the sentence has
// one (a region after a head word has none: it is read as a form).
func (r *run) marketPlace(toks []token, start, end int, ms []*mention) (inner *mention, ok bool) {
	if !r.p.marketHeads[toks[start].low] {
		return nil, false
	}
	if m := mentionAt(ms, start+1); m != nil {
		return m, m.tj == end && !m.person && (m.entry != nil && m.entry.Kind == facts.KindPlace || r.isStateMention(m))
	}
	var buf [4]gazetteer.Match
	for _, g := range r.x.gaz.FindWhole(r.text[toks[start+1].s:toks[end-1].e], buf[:0]) {
		if g.Entry.Kind == facts.KindPlace || g.Entry.Kind == facts.KindState {
			return nil, true
		}
	}
	return nil, false
}

// leagueAfterClubWord reports whether the organization's name from
// toks[start] to toks[end] is a league's after a club word: "Klub Liga
// Primer Inggris" (the head word in the name) or "klub Liga 1" (the cue
// before it). The club's own name follows; the league names no club.
func (r *run) leagueAfterClubWord(toks []token, start, end int) bool {
	first := start
	if r.p.clubWords[toks[start].low] {
		first = start + 1
	} else if start == 0 || !r.p.clubWords[toks[start-1].low] {
		return false
	}
	return first < end && toks[first].low == "liga"
}
