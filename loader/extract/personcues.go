package extract

import "github.com/geokg/kg/loader/facts"

// Persons told by the words around an unknown name (fifth actors pass of
// issue #12): a classifier of persons after the name ("X adalah seorang
// pemain catur", "X, seorang model"), a verb only people are the subject
// of ("X menikah", "X dipenjarakan"), and names listed with a person
// ("Eddie A Arsyad, Ciho D Bangun dan Dirk Theuninck"). The words are
// data: person_cues and human_verbs in lang/<code>.json.

// personCueSubjects makes a person of the unknown name before a person
// cue or a human verb. Between the name and a cue may stand a comma, a
// dash, brackets, a relative word, a copula and "salah" ("adalah salah
// seorang", ", yang merupakan salah seorang"); a copula (and a
// former-word) before a title is a cue too ("Fairbanks adalah mantan
// Wakil Presiden", "Mayumi Thyme adalah karakter pendukung"); adverbs
// may stand before a human verb ("Amfitrion juga dikuburkan"). The name
// is read as a speaker's (speakerAt): one to three name words, not a
// known actor, not going on with a word that cannot be read, one word
// only where the language can tell names from ordinary words and not
// right after a noun.
func (r *run) personCueSubjects(si int, st *sentence, ms []*mention) []*mention {
	toks := st.toks
	p := r.p
	if len(p.personCues) == 0 && len(p.humanVerbs) == 0 || r.titleCasedSt(st) {
		return ms
	}
	for i := 1; i < len(toks); i++ {
		t := &toks[i]
		if t.lx&(lxPersonCue|lxTitle) == 0 {
			continue
		}
		k := i
		switch {
		case t.lx&lxPersonCue != 0 && p.groupLeaderIntros[t.low]:
			// "kelompok bersenjata pimpinan Undius Kogoya", "KKB pimpinan
			// Egianus Kogoya": a group's leader after a group word or an
			// armed group, never a body's leadership ("pimpinan DPR").
			if !r.groupBefore(toks, ms, i) {
				continue
			}
			n := i + 1
			if n < len(toks) && p.agent[toks[n].low] {
				n++ // "dipimpin oleh", "led by"
			}
			if n < len(toks) && toks[n].cap && !toks[n].punct && covered(ms, n) == nil {
				ms = r.namedAt(si, toks, n, ms)
			}
			continue
		case t.lx&lxPersonCue != 0 && p.nameIntros[t.low]:
			// "akrab disapa Ucok", "pria bernama Slamet Riyadi": the name
			// after; "bernama" also names things, so a word for a person
			// must stand before it when the word is also a person cue.
			if t.low == "bernama" && !p.personNouns[toks[i-1].low] {
				continue
			}
			if i+1 < len(toks) && toks[i+1].cap && !toks[i+1].punct && covered(ms, i+1) == nil {
				ms = r.namedAt(si, toks, i+1, ms)
			}
			continue
		case t.lx&lxPersonCue != 0 && (p.humanVerbs[t.low] || p.weakHumanVerbs[t.low]):
			for k > 1 && p.subjectAdverbs[toks[k-1].low] {
				k--
			}
			if p.weakHumanVerbs[t.low] && k >= 1 && (k < 2 || covered(ms, k-2) != nil || !r.isNameWord(&toks[k-2])) && r.holderByName(toks[k-1].low, true, false) == nil {
				continue // "Persib tersenyum": one name is a person only when it is an office holder's ("Mulyani berharap")
			}
		case t.lx&lxPersonCue != 0 && p.personCues[t.low]:
			k = r.cueGap(toks, k)
		default:
			if r.officeApposition(toks, i, ms) {
				if pm := r.appositionName(toks, i, ms); pm != nil {
					ms = append(ms, pm)
					sortMentions(ms)
				}
				continue
			}
			// "adalah (mantan) Wakil Presiden": a copula before a title
			j := i - 1
			if j > 0 && toks[j].lx2&l2Former != 0 {
				j--
			}
			if j < 1 || toks[j].lx2&l2Copula == 0 {
				continue
			}
			if l, ok := p.titleAt(toks, i); !ok || l.label == "honorific" {
				continue
			}
			k = r.cueGap(toks, j)
		}
		if k == 0 || !toks[k-1].cap || toks[k-1].punct || covered(ms, k-1) != nil {
			continue
		}
		ms = r.nameAt(si, toks, k, -1, true, false, ms)
	}
	return ms
}

// groupBefore reports whether a group stands right before the leader's
// word at toks[i]: a word of group_nouns, one or two words back ("kelompok
// pimpinan", "sindikat narkoba pimpinan", "a gang led by"), or an armed
// group's mention ("KKB pimpinan").
func (r *run) groupBefore(toks []token, ms []*mention, i int) bool {
	if g := covered(ms, i-1); g != nil && g.entry != nil && g.entry.Kind == facts.KindArmedGroup {
		return true
	}
	return r.p.groupNouns[toks[i-1].low] || i > 1 && !toks[i-1].cap && !toks[i-1].punct && r.p.groupNouns[toks[i-2].low]
}

// cueGap walks back from k over what may stand between a name and the
// cue at k: copulas, "salah", relative words and punctuation gaps.
func (r *run) cueGap(toks []token, k int) int {
	p := r.p
	for k > 0 && (toks[k-1].lx2&l2Copula != 0 || toks[k-1].low == "salah" || p.relative[toks[k-1].low] || isCueGap(toks[k-1].raw)) {
		k--
	}
	return k
}

// isCueGap reports whether s is punctuation that may stand between a name
// and the classifier after it: a comma, a dash, a bracket.
func isCueGap(s string) bool {
	switch s {
	case ",", "-", "–", "—", "(", ")", "()":
		return true
	}
	return false
}

// listedPersons makes persons of the unknown names listed with a person:
// a run of two or three name words joined to a person's mention by a
// coordinating word (on either side) or following it after a comma and
// going on with the list (a comma or a coordinating word after it; a
// name in commas alone is an apposition: "One Rohingya, Muhammad Amin,"),
// and ending at a comma, a coordinating word, other punctuation, a
// lower-case word or the sentence's end ("Mohammad Hassan Omran, Abdullah Nasser Al Suwaidi,
// Yunus Haji Khoory dan Ahmad Sari Al Mazroui"). Each new person can
// carry the list on.
func (r *run) listedPersons(si int, st *sentence, ms []*mention) []*mention {
	toks := st.toks
	if r.titleCasedSt(st) {
		return ms
	}
	for n := 0; n < len(ms); n++ {
		m := ms[n]
		if !m.person || m.pronoun {
			continue
		}
		// After the person: ", X" or "dan X".
		if k := m.tj; k+1 < len(toks) && (toks[k].raw == "," || toks[k].lx2&l2Coord != 0) {
			if toks[k].raw == "," && k+2 < len(toks) && toks[k+1].lx2&l2Coord != 0 {
				k++ // ", dan X"
			}
			if pm := r.listedName(si, toks, k+1, ms); pm != nil && (toks[k].raw != "," || pm.tj < len(toks) && (toks[pm.tj].raw == "," || r.p.coord[toks[pm.tj].low])) {
				ms = append(ms, pm)
				sortMentions(ms)
				n = -1 // start again: the new person may carry the list on
				continue
			}
		}
		// A list of one-word names: "nasib Maya, Naomy dan Ryan", "antara
		// Hafizah, Samsul dan Bambang": a lone name word listed next to a
		// person named by one given name is a person too.
		if m.tj-m.ti == 1 && (m.rule == "single-given-name" || m.rule == "listed-single-name") {
			if pm := r.listedSingle(toks, m, ms); pm != nil {
				ms = append(ms, pm)
				sortMentions(ms)
				n = -1
				continue
			}
		}
		// "Cameron and Tyler Winklevoss", "Bill and Melinda Gates": a given
		// name alone before a coordinated given name and surname shares
		// the surname (not in Indonesian, where most people have no
		// family name: "Tommy dan Siti Wulandari").
		if k := m.ti - 1; r.p.lang != "id" && k >= 1 && m.tj-m.ti >= 2 && toks[m.ti].lx&lxGiven != 0 && toks[k].lx2&l2Coord != 0 {
			g := mentionEndingAt(ms, k)
			gt := &toks[k-1]
			if (g != nil && g.person && g.tj-g.ti == 1 && g.rule == "single-given-name" || g == nil && covered(ms, k-1) == nil && gt.cap && gt.lx&lxGiven != 0 && !r.p.givenNot[gt.low] && r.isNameWord(gt)) && !(k >= 2 && toks[k-2].cap && !toks[k-2].punct) {
				name := gt.raw + " " + r.text[toks[m.ti+1].s:toks[m.tj-1].e]
				if person := r.newPerson(name, "", ""); person != nil {
					if g != nil {
						g.id, g.rule = person.a.ID, "shared-surname"
					} else {
						ms = append(ms, r.newMention(mention{s: gt.s, e: gt.e, ti: k - 1, tj: k, id: person.a.ID, surface: gt.raw, rule: "shared-surname", conf: 0.7, person: true}))
						sortMentions(ms)
						n = -1
						continue
					}
				}
			}
		}
		// Before the person: "X dan Y" where Y is the person.
		if k := m.ti - 1; k >= 2 && toks[k].lx2&l2Coord != 0 {
			s := k
			for s > 0 && k-s < 3 && covered(ms, s-1) == nil && r.isNameWord(&toks[s-1]) {
				s--
			}
			if k-s >= 2 && (s == 0 || !toks[s-1].cap || toks[s-1].punct) {
				if pm := r.listedName(si, toks, s, ms); pm != nil && pm.tj == k {
					ms = append(ms, pm)
					sortMentions(ms)
					n = -1
				}
			}
		}
	}
	return ms
}

// companionPersons makes a person of the one to three name words no
// mention covers right before a companion word ("Ajeng dkk", "Budi
// Santoso dkk": he or she and companions), after a word that is no name's.
func (r *run) companionPersons(st *sentence, ms []*mention) []*mention {
	p := r.p
	if len(p.companionWords) == 0 {
		return ms
	}
	toks := st.toks
	for i := 1; i < len(toks); i++ {
		if toks[i].cap || !companionWord(p.companionWords, toks[i].low) || r.titleCasedSt(st) {
			continue
		}
		s := i
		for s > 0 && i-s < 3 && covered(ms, s-1) == nil && r.isNameWord(&toks[s-1]) {
			s--
		}
		if s == 0 && i > 1 && toks[0].lx&lxGiven == 0 {
			s = 1 // "Akankah Ajeng dkk": the sentence's first word, capitalized as such, opens no name but a given name
		}
		if s == i || i-s == 3 && s > 0 && r.isNameWord(&toks[s-1]) {
			continue
		}
		if _, ok := p.titleAt(toks, s); ok || p.orgHeads[toks[s].low] || p.orgCreateHeads[toks[s].low] || p.allRegionWords(toks[s:i]) {
			continue
		}
		if pm := r.personSpan(toks, s, i, "", "companion-name", 0.6); pm != nil {
			ms = append(ms, pm)
			sortMentions(ms)
		}
	}
	return ms
}

// companionWord reports whether low is one of the companion words ws.
func companionWord(ws []string, low string) bool {
	for _, w := range ws {
		if low == w {
			return true
		}
	}
	return false
}

// listedSingle reads a one-word list item next to the one-word person m:
// after it (", X" going on with the list, "dan X" or ", dan X" ending at
// a list's or a sentence's end) or before it ("X, " or "X dan " after a
// lower-case word or a comma, m going on with the list). The word must
// be a name word no mention covers, no title, organization's head or
// region word. It returns the new person's mention, or nil.
func (r *run) listedSingle(toks []token, m *mention, ms []*mention) *mention {
	p := r.p
	sep := func(k int) bool { return k >= 0 && k < len(toks) && (toks[k].raw == "," || toks[k].lx2&l2Coord != 0) }
	listEnd := func(k int) bool {
		return k >= len(toks) || sep(k) || toks[k].raw == "." || toks[k].raw == "?" || toks[k].raw == "!" || toks[k].raw == ";"
	}
	ok := func(c int) bool {
		if c < 1 || c >= len(toks) || covered(ms, c) != nil || !r.isNameWord(&toks[c]) || isInitial(&toks[c]) {
			return false
		}
		if _, t := p.titleAt(toks, c); t {
			return false
		}
		return !(p.orgHeads[toks[c].low] || p.orgCreateHeads[toks[c].low] || p.orgTails[toks[c].low] || p.orgCreateTails[toks[c].low] || p.allRegionWords(toks[c:c+1]))
	}
	c := -1
	if k := m.tj; sep(k) {
		if toks[k].raw == "," && k+1 < len(toks) && toks[k+1].lx2&l2Coord != 0 {
			k++
		}
		if x := k + 1; ok(x) && (sep(x+1) || toks[k].raw != "," && listEnd(x+1)) {
			c = x
		}
	}
	if k := m.ti - 1; c < 0 && sep(k) && sep(m.tj) {
		x := k - 1
		if toks[k].lx2&l2Coord != 0 && x >= 0 && toks[x].raw == "," {
			x--
		}
		if ok(x) && (toks[x-1].raw == "," || toks[x-1].lx2&l2Coord != 0 || !toks[x-1].cap && !toks[x-1].punct) {
			c = x
		}
	}
	if c < 0 {
		return nil
	}
	return r.personSpan(toks, c, c+1, "", "listed-single-name", 0.6)
}

// listedName reads a list item that starts at k: two or three name words
// (no title, no organization's head, no region words only) followed by a
// list's end. It returns the new person's mention, or nil.
func (r *run) listedName(si int, toks []token, k int, ms []*mention) *mention {
	p := r.p
	e := k
	words := 0
	for e < len(toks) && e-k < 4 && covered(ms, e) == nil {
		if r.isNameWord(&toks[e]) {
			words++
		} else if !(e > k && isInitial(&toks[e]) && e+1 < len(toks) && r.isNameWord(&toks[e+1])) {
			break // an initial only inside the name: "Ciho D Bangun"
		}
		e++
	}
	if words < 2 || e-k > 3 {
		return nil
	}
	if e < len(toks) && toks[e].cap && !toks[e].punct {
		return nil // the name goes on with a word we cannot read
	}
	if _, ok := p.titleAt(toks, k); ok {
		return nil
	}
	if p.orgHeads[toks[k].low] || p.orgCreateHeads[toks[k].low] || p.orgTails[toks[e-1].low] || p.orgCreateTails[toks[e-1].low] || p.allRegionWords(toks[k:e]) {
		return nil
	}
	return r.personSpan(toks, k, e, "", "listed-name", 0.7)
}

// regnalPersons makes a person of a name with a regnal number: one or two
// name words, the first a known given name, and a Roman numeral up to XIX
// ("Frederick I", "Louis XIV"; "Ratu Elizabeth II" is the title rule's). The run must stand
// alone among the capitalized words (an ordinary word before the numeral
// makes it a war's, a class's or a commission's: "Perang Dunia II",
// "Kelas XII", "Komisi XI"), and the numeral must end the run.
func (r *run) regnalPersons(st *sentence, ms []*mention) []*mention {
	toks := st.toks
	if r.titleCasedSt(st) {
		return ms
	}
	for i := 1; i < len(toks); i++ {
		t := &toks[i]
		if !t.cap || t.punct || len(t.raw) > 4 || !isRegnalNumber(t.raw) || !toks[i-1].cap || toks[i-1].punct || covered(ms, i) != nil {
			continue
		}
		if i+1 < len(toks) && toks[i+1].cap && !toks[i+1].punct {
			continue
		}
		s := i
		for s > 0 && i-s < 2 && covered(ms, s-1) == nil && r.isNameWord(&toks[s-1]) {
			s--
		}
		if s == i || s > 0 && toks[s-1].cap && !toks[s-1].punct && !(s == 1 && r.sentenceOpener(&toks[0])) {
			continue // a title before it is the title rule's ("Ratu Elizabeth II")
		}
		if toks[s].lx&lxGiven == 0 || r.p.givenNot[toks[s].low] {
			continue // "Kelas XII", "Piala Dunia II": the name must start with a known given name
		}
		if t.raw == "I" && r.p.lang != "id" {
			continue // "Prompted I": the English pronoun
		}
		if r.p.orgHeads[toks[s].low] || r.p.orgCreateHeads[toks[s].low] || r.p.orgTails[toks[i-1].low] || r.p.orgCreateTails[toks[i-1].low] {
			continue
		}
		if _, ok := r.p.titleAt(toks, s); ok {
			continue
		}
		pm := r.personSpan(toks, s, i+1, "", "regnal-name", 0.7)
		if pm == nil {
			continue
		}
		ms = append(ms, pm)
		sortMentions(ms)
	}
	return ms
}

// isRegnalNumber reports whether s is a Roman numeral from I to XIX, as
// regnal names carry them ("Louis XIV").
func isRegnalNumber(s string) bool {
	switch s {
	case "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
		"XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX":
		return true
	}
	return false
}

// longerPersonNames makes a new person of a longer name that begins with
// a one-word name of a known person: "Abdullah Nasser Al Suwaidi" is not
// King Abdullah. Two or three more name words (or particles inside:
// "Al", "bin"; one is enough after a given name: "Hassan Karimi") must
// follow the known word, and the run must stand alone among the
// capitalized words.
func (r *run) longerPersonNames(st *sentence, ms []*mention) []*mention {
	toks := st.toks
	if r.titleCasedSt(st) {
		return ms
	}
	for n, m := range ms {
		if !m.person || m.entry == nil || m.tj != m.ti+1 || m.tj+1 >= len(toks) || !toks[m.tj].cap || toks[m.tj].punct {
			continue
		}
		if m.ti > 0 && toks[m.ti-1].cap && !toks[m.ti-1].punct && !(m.ti == 1 && r.sentenceOpener(&toks[0])) {
			continue
		}
		j, words := m.tj, 0
		for j < len(toks) && j-m.tj < 4 && covered(ms, j) == nil {
			if r.isNameWord(&toks[j]) {
				words++
				j++
				continue
			}
			if toks[j].lx2&l2NameParticle != 0 && j+1 < len(toks) && r.isNameWord(&toks[j+1]) {
				j++
				continue
			}
			break
		}
		// One more word is enough after a given name: "Hassan Karimi" is
		// not King Hassan.
		least := 2
		if toks[m.ti].lx&lxGiven != 0 && !r.p.givenNot[toks[m.ti].low] {
			least = 1
		}
		if words < least || j < len(toks) && toks[j].cap && !toks[j].punct {
			continue
		}
		if _, ok := r.p.titleAt(toks, m.tj); ok {
			continue
		}
		pm := r.personSpan(toks, m.ti, j, "", "longer-name", 0.7)
		if pm == nil {
			continue
		}
		ms[n] = pm
	}
	return ms
}

// placeInsideNames makes one person of a known given name, a one-word
// demonym or capital and a name word: "Melinda French Gates", "Hotman
// Paris Hutapea" when the first word is a given name. The three words
// must stand alone among the capitalized words.
func (r *run) placeInsideNames(st *sentence, ms []*mention) []*mention {
	toks := st.toks
	if len(r.x.given) == 0 || r.sentLx(st)&lxGiven == 0 || r.titleCasedSt(st) {
		return ms // (the first word is a given name: lxGiven)
	}
	for n := 0; n < len(ms); n++ {
		m := ms[n]
		j := m.ti
		if m.person || m.tj != j+1 || j < 1 || j+1 >= len(toks) || m.rule != "gazetteer:demonym" && m.rule != "metonym:capital" {
			continue
		}
		g, s := &toks[j-1], &toks[j+1]
		if !g.cap || g.punct || g.lx&lxGiven == 0 || r.p.givenNot[g.low] || covered(ms, j-1) != nil || covered(ms, j+1) != nil || !r.isNameWord(g) || !r.isNameWord(s) {
			continue
		}
		if j >= 2 && toks[j-2].cap && !toks[j-2].punct && !(j == 2 && r.sentenceOpener(&toks[0])) || j+2 < len(toks) && toks[j+2].cap && !toks[j+2].punct {
			continue
		}
		if _, ok := r.p.titleAt(toks, j-1); ok {
			continue
		}
		pm := r.personSpan(toks, j-1, j+2, "", "given-name", 0.7)
		if pm == nil {
			continue
		}
		ms[n] = pm
		sortMentions(ms)
	}
	return ms
}

// copulaNames makes a person of the unknown name after a copula whose
// subject is a word for a person or an occupation: "Orang lainnya ialah
// Adlai Stevenson", "Korban adalah Siti Aminah", "Pelatihnya adalah …".
// The word must stand at most three words before the copula with no
// punctuation between; the name is read as a speaker's after a verb.
func (r *run) copulaNames(si int, st *sentence, ms []*mention) []*mention {
	toks := st.toks
	p := r.p
	if len(p.personNouns) == 0 || r.titleCasedSt(st) {
		return ms
	}
	for i := 1; i+1 < len(toks); i++ {
		if !toks[i+1].cap || toks[i+1].punct || toks[i].cap || toks[i].lx2&l2Copula == 0 || covered(ms, i+1) != nil {
			continue
		}
		subj := false
		for j := i - 1; j >= 0 && j >= i-3 && !toks[j].punct; j-- {
			w := toks[j].low
			if p.personNouns[w] || toks[j].lx&lxTitle != 0 && p.isOccupation(toks, j) {
				subj = true
				break
			}
		}
		if subj {
			ms = r.namedAt(si, toks, i+1, ms)
		}
	}
	return ms
}

// personNounNames makes a person of the unknown name right after a word
// for one person ("tersangka Salah Abdeslam", "pria Omar Mateen"): two or
// three capitalized words that no other rule read, not going on with
// another capitalized word. The first may be an ordinary word when a
// name word follows it ("Salah Abdeslam": a capital inside the sentence
// marks a name). A capitalized word for a person inside a sentence heads
// a name ("Pemuda Demokratis Lambrakis"). Words for a people ("orang", "warga" before "Jepang") and the
// counting "seorang" are no such word: a people's name follows them.
func (r *run) personNounNames(si int, st *sentence, ms []*mention) []*mention {
	toks := st.toks
	p := r.p
	if len(p.personNouns) == 0 || r.titleCasedSt(st) {
		return ms
	}
	for i := 0; i+1 < len(toks); i++ {
		t := &toks[i]
		if nx := &toks[i+1]; !nx.cap || nx.punct || t.punct || t.cap && i > 0 {
			continue // cheapest first: most words are not followed by a capitalized one
		}
		if t.lx&lxInitialsCue == 0 || !p.personNouns[t.low] || p.peopleWords[t.low] || p.personCues[t.low] || t.low == "warga" || covered(ms, i) != nil {
			continue
		}
		s := i + 1
		if !toks[s].cap || toks[s].punct || covered(ms, s) != nil || p.isTitle(toks, s) {
			continue
		}
		if p.nameStopAt(&toks[s]) {
			continue // "Pedagang Pasar Senen": a market, a village or a street after the word, no name
		}
		e := s
		names := 0
		for e < len(toks) && e-s < 3 && toks[e].cap && !toks[e].punct && !isAllUpper(toks[e].raw) && covered(ms, e) == nil {
			if r.isNameWord(&toks[e]) {
				names++
			} else if e > s {
				break // an ordinary word after the name: "Salah Abdeslam Tiba" is no name
			}
			e++
		}
		if names == 0 || e < len(toks) && toks[e].cap && !toks[e].punct {
			continue
		}
		if e-s < 2 {
			continue // one word: a name given alone is read by the given-name rules
		}
		pm := r.personSpan(toks, s, e, "", "person-noun", 0.75)
		if pm == nil {
			continue
		}
		ms = append(ms, pm)
		sortMentions(ms)
		i = e - 1
	}
	return ms
}

// isOccupation reports whether an occupation's title starts at toks[j].
func (p *pack) isOccupation(toks []token, j int) bool {
	l, ok := p.titleAt(toks, j)
	return ok && l.label == "occupation"
}

// officeApposition reports whether the title or occupation at toks[i]
// opens an apposition after a name: a comma (and maybe a former-word)
// before it, "Tendai Moyo, petani di Masvingo,", "Wafula Chebukati,
// mantan ketua komisi pemilu Kenya,". Honorifics open none, unless an
// article makes them an occupation ("a professor").
func (r *run) officeApposition(toks []token, i int, ms []*mention) bool {
	if r.appositionComma(toks, i, ms) < 2 {
		return false
	}
	l, ok := r.p.titleAt(toks, i)
	if ok && l.label == "honorific" {
		// "Hiroshi Tanabe, a professor at Kyoto University,": after an
		// article a lower-case honorific is the person's occupation.
		return !toks[i].cap && toks[i-1].lx&lxDeterminer != 0
	}
	return ok
}

// appositionComma returns the comma that opens an apposition whose title
// is at toks[i], or -1: right before the title, maybe with a former-word
// between ("Wafula Chebukati, mantan ketua"), or before an English
// article and up to two lower-case modifiers ("Priya Sharma, an analyst",
// "…, a senior fellow", "…, a former minister"), or a state's demonym
// read already ("Demis Hassabis, a British computer scientist,") or a
// people's language name, which no state owns ("Satyajit Ray, the Bengali
// filmmaker,").
func (r *run) appositionComma(toks []token, i int, ms []*mention) int {
	p := r.p
	j := i - 1
	if j > 0 && toks[j].lx2&l2Former != 0 {
		j--
	}
	if j >= 0 && toks[j].raw == "," {
		return j
	}
	k := i - 1
	for n := 0; n < 2 && k > 0 && (!toks[k].cap || stateWordAt(ms, k) || p.languageNames[toks[k].low]) && !toks[k].punct && toks[k].lx&lxDeterminer == 0 && !(toks[k].lx2&l2Function != 0 && p.function[toks[k].low]); n++ {
		k--
	}
	if k > 0 && toks[k].lx&lxDeterminer != 0 && toks[k-1].raw == "," {
		return k - 1
	}
	return -1
}

// stateWordAt reports whether toks[k] alone is a state's mention (a
// demonym or a state's name used as a modifier: "a British computer
// scientist", "an Indian-born Canadian astrophysicist").
func stateWordAt(ms []*mention, k int) bool {
	c := covered(ms, k)
	return c != nil && c.ti == k && c.tj == k+1 && c.entry != nil && c.entry.Kind == facts.KindState
}

// copulaSubjectNames makes a person of the two to four unknown name words
// that open a sentence before a copula, an article, up to three modifiers
// (lower-case words or states' demonyms) and an occupation: "Chimamanda
// Ngozi Adichie is a Nigerian novelist", "Priya Raman (born 1985) is an
// Indian-born Canadian astrophysicist". A bracket of up to eight words may
// stand between the name and the copula. The sentence's first word is
// tested first (a capital no mention holds).
func (r *run) copulaSubjectNames(st *sentence, ms []*mention) []*mention {
	toks := st.toks
	if len(toks) < 6 || !toks[0].cap || toks[0].punct || !toks[1].cap || toks[1].punct {
		return ms // (a name of two words at least: most sentences open otherwise)
	}
	c := 2 // the copula, found by its flag before any look-up
	for c < len(toks) && c < 15 && toks[c].lx2&l2Copula == 0 {
		c++
	}
	if c+2 >= len(toks) || toks[c].lx2&l2Copula == 0 || toks[c+1].lx&lxDeterminer == 0 || covered(ms, 0) != nil {
		return ms
	}
	e := 0
	for e < c && e < 4 && r.isNameWord(&toks[e]) && covered(ms, e) == nil {
		e++
	}
	if e < 2 || e < c && (toks[e].raw != "(" || toks[c-1].raw != ")" || c-e > 10) {
		return ms
	}
	k := c + 2
	for n := 0; n < 3 && k < len(toks); n++ {
		if _, ok := r.p.titleAt(toks, k); ok {
			break
		}
		if toks[k].punct || toks[k].cap && !stateWordAt(ms, k) && !r.p.languageNames[toks[k].low] {
			return ms
		}
		k++
	}
	if k >= len(toks) || !r.p.isOccupation(toks, k) {
		return ms
	}
	if pm := r.personSpan(toks, 0, e, "", "copula-subject", 0.7); pm != nil {
		ms = append(ms, pm)
		sortMentions(ms)
	}
	return ms
}

// appositionName makes a person of the two or three unknown name words
// before the comma of an office's apposition (officeApposition), when
// they open the sentence or follow punctuation: a place or a date before
// such a comma stands after a preposition ("Di Masvingo Selatan, petani
// mengatakan") and is no name here.
func (r *run) appositionName(toks []token, i int, ms []*mention) *mention {
	e := r.appositionComma(toks, i, ms)
	if e < 0 {
		return nil
	}
	s := e
	for s > 0 && e-s < 3 && r.isNameWord(&toks[s-1]) && covered(ms, s-1) == nil {
		s--
	}
	if e-s < 2 || s > 0 && !toks[s-1].punct {
		return nil
	}
	if _, ok := r.p.titleAt(toks, s); ok {
		return nil
	}
	return r.personSpan(toks, s, e, "", "apposition", 0.7)
}

// bornClausePersons makes a person of the name right after a fronted
// clause of birth that opens the sentence (birth_openers: "Lahir di Ambon
// pada 1975, Johanis Latuconsina memulai karier sebagai wartawan"): only a
// person is born, so one to four name words after the clause's first
// comma (within twelve words) that no other actor holds, that end the
// capitalized run and stand before a word in lower case or a comma are
// the person born (one word only when it is a given name). A place after the comma ("Lahir di Karanganyar, Jawa Tengah,")
// is covered already and stops the rule. One look at the sentence's first
// word before anything else.
func (r *run) bornClausePersons(st *sentence, ms []*mention) []*mention {
	toks := st.toks
	p := r.p
	if len(toks) < 5 || !toks[0].cap || toks[0].lx2&l2BirthOpener == 0 {
		return ms
	}
	c := 1
	for c < len(toks) && c < 12 && toks[c].raw != "," {
		c++
	}
	s := c + 1
	if c >= len(toks) || toks[c].raw != "," || s >= len(toks) {
		return ms
	}
	if _, ok := p.titleAt(toks, s); ok {
		return ms // "Lahir di Solo, Presiden …": the titled rules read it
	}
	e := s
	for e < len(toks) && e-s < 4 && covered(ms, e) == nil && r.isNameWord(&toks[e]) {
		e++
	}
	if e == s || e >= len(toks) || toks[e].cap && !toks[e].punct || toks[e].punct && toks[e].raw != "," || e-s == 1 && toks[s].lx&lxGiven == 0 {
		return ms // (one word only when it is a given name: "Lahir di Jepang, Pokemon menjadi waralaba")
	}
	if pm := r.personSpan(toks, s, e, "", "born-clause", 0.7); pm != nil {
		ms = append(ms, pm)
		sortMentions(ms)
	}
	return ms
}

// enumeratedPersons makes persons of the names a word for persons
// enumerates after an enumeration word (enumeration_intros): "Tiga korban,
// yakni Suratmi, Paiman, dan Wagiyo, dirawat": one to three name words
// each (one where the language tells names from words), an age in
// brackets after each allowed, joined by commas and coordinating words.
func (r *run) enumeratedPersons(st *sentence, ms []*mention) []*mention {
	toks := st.toks
	p := r.p
	if len(p.enumIntros) == 0 || r.titleCasedSt(st) {
		return ms
	}
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].cap || toks[i].lx2&l2EnumIntro == 0 {
			continue
		}
		h := i - 1
		if toks[h].raw == "," && h > 0 {
			h--
		}
		if !p.personNouns[toks[h].low] {
			continue
		}
		for k := i + 1; k < len(toks); {
			s, e := k, k
			if c := covered(ms, s); c != nil {
				if !c.person || c.ti != s {
					break
				}
				e = c.tj // a person read already: the list goes on after it
			} else {
				for e < len(toks) && e-s < 3 && covered(ms, e) == nil && r.isNameWord(&toks[e]) {
					e++
				}
				if e == s || e-s == 1 && !r.singleName(&toks[s], false) || e < len(toks) && toks[e].cap && !toks[e].punct {
					break
				}
				pm := r.personSpan(toks, s, e, "", "enumerated", 0.7)
				if pm == nil {
					break
				}
				ms = append(ms, pm)
				sortMentions(ms)
			}
			if e+2 < len(toks) && toks[e].raw == "(" && isAge(toks[e+1].raw) && toks[e+2].raw == ")" {
				e += 3 // "Sarno (45)"
			}
			if e+1 >= len(toks) || toks[e].raw != "," && toks[e].lx2&l2Coord == 0 {
				break
			}
			k = e + 1
			if toks[e].raw == "," && toks[k].lx2&l2Coord != 0 && k+1 < len(toks) {
				k++ // ", dan"
			}
		}
	}
	return ms
}

// headedPersons makes a person of the unknown name after a word whose
// complement is a person (person_heads: "jenazah Tukiyem", "kediaman
// Sudarmaji") or a word for a relative before the relative's name in
// commas (kin_words: "putra Sutrisno, Adi Nugroho," names Sutrisno too): one to three name words that end the
// capitalized run, one only where the language tells names from words,
// and not a name that opens with a phrase of name_opener_phrases ("Anak
// Agung Gede Rai").
func (r *run) headedPersons(st *sentence, ms []*mention) []*mention {
	toks := st.toks
	p := r.p
	if len(p.personHeads) == 0 || len(p.common) == 0 || r.titleCasedSt(st) {
		return ms
	}
	for i := 0; i+1 < len(toks); i++ {
		h := &toks[i]
		if h.lx2&l2PersonHead == 0 || h.cap && i > 0 || covered(ms, i) != nil {
			continue
		}
		opener := p.openerLen(toks, i) > 0
		s, e := i+1, i+1
		for e < len(toks) && e-s < 3 && covered(ms, e) == nil && r.isNameWord(&toks[e]) {
			e++
		}
		if opener || e == s || e-s == 1 && !r.singleName(&toks[s], false) || e < len(toks) && toks[e].cap && !toks[e].punct {
			continue
		}
		if !p.personHeads[h.low] && !(e+1 < len(toks) && toks[e].raw == "," && toks[e+1].cap && r.isNameWord(&toks[e+1])) {
			continue // a relative's name is sure only before the apposition that names the kin: "putra Sutrisno, Adi Nugroho," ("anak Betawi" is a people's)
		}
		if _, ok := p.titleAt(toks, s); ok {
			continue
		}
		pm := r.personSpan(toks, s, e, "", "headed", 0.7)
		if pm == nil {
			continue
		}
		ms = append(ms, pm)
		sortMentions(ms)
		i = e - 1
	}
	return ms
}

// appositionNounNames makes a person of the unknown name before a comma
// and a lower-case word for a person or a relative that describes it
// ("kepada Ngatini, janda lansia", "oleh Jumadi, penjaga kebun"): one to
// three name words that start the capitalized run, one only where the
// language tells names from words, opening the sentence or after a verb,
// a preposition of the object or the agent, a coordinating word or a
// speech verb (not after a noun: "kasus Kanjuruhan, korban"; not after a
// preposition of place: "di Sukamaju, warga setempat"). Words for a
// people ("orang") are no such word.
func (r *run) appositionNounNames(st *sentence, ms []*mention) []*mention {
	toks := st.toks
	p := r.p
	if len(p.common) == 0 || r.titleCasedSt(st) {
		return ms
	}
	for i := 1; i+1 < len(toks); i++ {
		n := &toks[i+1]
		if toks[i].raw != "," || n.cap || !p.personNouns[n.low] && !p.kinWords[n.low] || p.peopleWords[n.low] {
			continue
		}
		if i+2 < len(toks) && (r.verbWord(toks[i+2].low) || p.subjectAdverbs[toks[i+2].low]) {
			continue // the word is the next clause's subject: "Kepada Allah, warga memanjatkan doa"
		}
		s := i
		for s > 0 && i-s < 3 && covered(ms, s-1) == nil && r.isNameWord(&toks[s-1]) {
			s--
		}
		if s == i || i-s == 1 && !r.singleName(&toks[s], false) || s > 0 && toks[s-1].cap && !toks[s-1].punct && !(s == 1 && r.sentenceOpener(&toks[0])) {
			continue
		}
		if s > 0 && (toks[s-1].lx2&l2PlacePrep != 0 || toks[s-1].lx&lxLocative != 0) {
			continue
		}
		if s > 0 && !(s == 1 && r.sentenceOpener(&toks[0])) && !toks[s-1].punct {
			// Only where a person stands: after a verb, a preposition of
			// the object or the agent, a coordinating word or a speech verb
			// ("kepada Ngatini,", "oleh Jumadi,"), not after a noun it
			// would name a thing of ("kasus Kanjuruhan,").
			if w := toks[s-1].low; toks[s-1].cap || !(p.objPreps[w] || p.agent[w] || p.coord[w] || p.speech[w] || r.verbWord(w)) {
				continue
			}
		}
		if _, ok := p.titleAt(toks, s); ok {
			continue
		}
		role := ""
		if i-s == 1 {
			role = "occupation" // "Somchai, sopir taksi di Bangkok,": one name described as an ordinary person
		}
		pm := r.personSpan(toks, s, i, role, "apposition-noun", 0.7)
		if pm == nil {
			continue
		}
		ms = append(ms, pm)
		sortMentions(ms)
	}
	return ms
}
