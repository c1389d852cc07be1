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
	entry    *gazetteer.Entry // the gazetteer entry named, when its id is id (see record)
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

// actorRec is an actor being built for the document.
type actorRec struct {
	a       facts.Actor
	entry   *gazetteer.Entry
	order   int
	aliases []string
	lastSi  int    // sentence of the last mention (record is called in sentence order), -1 before the first
	firstM  int32  // index in run.ments of the first mention
	lastM   int32  // and of the last
	nM      int    // the number of mentions
	used    bool   // a party to an event or stance (set by addEvent, addStance; read by finish)
	first   string // lower-case first name part
	last    string // lower-case last name part
	norm    string // letters of the full name, lower case
	water   int8   // 0 not computed, 1 a water body, -1 not (see isWater)
}

func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	return b.String()
}

func normName(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// actor returns the record of an actor, creating it from the gazetteer.
func (r *run) actor(id string) *actorRec {
	if a, ok := r.actors[id]; ok {
		return a
	}
	e, ok := r.x.gaz.Lookup(id)
	if !ok {
		return nil
	}
	return r.newActor(id, e)
}

// actorOf is actor(id) for an id that names gazetteer entry e (or nil),
// which it does not have to look up again.
func (r *run) actorOf(id string, e *gazetteer.Entry) *actorRec {
	if a, ok := r.actors[id]; ok {
		return a
	}
	if e == nil || e.ID != id {
		return r.actor(id)
	}
	return r.newActor(id, e)
}

// newActor creates the record of gazetteer entry e, named id.
func (r *run) newActor(id string, e *gazetteer.Entry) *actorRec {
	a := r.actorRecs.ptr(actorRec{a: e.Actor(), entry: e, order: len(r.order), lastSi: -1})
	if e.Kind == facts.KindPerson {
		a.setNameParts(r.x.personName(e))
	}
	r.actors[id] = a
	r.order = append(r.order, id)
	r.addPerson(a)
	return a
}

// isWater tells whether id is a water body (a place whose gazetteer name
// has a water word of lang/common.json: "Sea of Japan", "Laut Kuning").
func (r *run) isWater(id string) bool {
	a := r.actor(id)
	if a == nil || a.entry == nil {
		return false
	}
	if a.water == 0 {
		a.water = -1
		if a.entry.Kind == facts.KindPlace {
		words:
			for _, w := range strings.Fields(strings.ToLower(a.entry.Name)) {
				for _, ww := range r.x.common.WaterWords {
					if w == ww {
						a.water = 1
						break words
					}
				}
			}
		}
	}
	return a.water == 1
}

func (a *actorRec) setName(name string) { a.setNameParts(nameParts(name)) }

func (a *actorRec) setNameParts(n personName) { a.first, a.last, a.norm = n.first, n.last, n.norm }

// personName is what coreference compares of a person's name.
type personName struct {
	first string // lower-case first name part
	last  string // lower-case last name part
	norm  string // letters of the full name, lower case
}

func nameParts(name string) personName {
	parts := strings.Fields(name)
	if len(parts) == 0 {
		return personName{}
	}
	return personName{first: strings.ToLower(parts[0]), last: strings.ToLower(parts[len(parts)-1]), norm: normName(name)}
}

// newPerson creates a person the gazetteer does not know, from a title.
func (r *run) newPerson(name, role, of string) *actorRec {
	id := slug(name)
	if id == "" {
		return nil
	}
	if a := r.actors[id]; a != nil {
		return a
	}
	if e, ok := r.x.gaz.Lookup(id); ok && e.Kind == facts.KindPerson {
		return r.actor(id)
	}
	if _, ok := r.x.gaz.Lookup(id); ok {
		return nil // the slug names something else
	}
	if !strings.ContainsAny(name, " -") {
		if e := r.holderByName(strings.ToLower(name), role != "honorific" && role != "occupation"); e != nil {
			return r.actorOf(e.ID, e) // a surname alone: the office holder of the day
		}
	}
	a := r.actorRecs.ptr(actorRec{a: facts.Actor{ID: id, Name: name, Kind: facts.KindPerson}, order: len(r.order), lastSi: -1})
	a.setName(name)
	r.actors[id] = a
	r.order = append(r.order, id)
	r.addPerson(a)
	return a
}

// addPerson keeps r.people: the people among the article's actors that
// have a name to match, in the order of r.order.
func (r *run) addPerson(a *actorRec) {
	if a.a.Kind == facts.KindPerson && a.norm != "" {
		r.people = append(r.people, a)
	}
}

func (a *actorRec) addRole(role, of string) {
	for _, x := range a.a.Roles {
		if x.Title == role && (x.Of == of || of == "") {
			return
		}
	}
	a.a.Roles = append(a.a.Roles, facts.Role{Title: role, Of: of})
	if a.a.Country == "" && of != "" {
		a.a.Country = of
	}
}

// record adds the evidence of a mention to its actor, and returns the
// actor (nil for a pronoun or an unknown id).
func (r *run) record(si int, m *mention) *actorRec {
	if m.pronoun {
		return nil
	}
	a := r.actorOf(m.id, m.entry)
	if a == nil {
		return nil
	}
	st := &r.c.sents[si]
	conf := m.conf
	if st.related {
		conf = r.x.common.RelatedConfidence
	}
	matched := r.text[m.s:m.e]
	if m.surface != "" && m.surface != a.a.Name && !contains(a.aliases, m.surface) {
		a.aliases = r.strs.appendTo(a.aliases, m.surface)
	}
	if a.lastSi == si {
		ev := &r.ments[a.lastM].ev
		if !contains(ev.Matched, matched) {
			ev.Matched = r.strs.appendTo(ev.Matched, matched)
		}
		if conf > ev.Confidence {
			ev.Confidence = conf
		}
		return a
	}
	a.lastSi = si
	i := int32(len(r.ments))
	r.ments = append(r.ments, mentionEv{ev: facts.Evidence{
		Sentence: r.text[st.s:st.e], Start: st.s, End: st.e,
		Confidence: conf, Matched: r.strs.one(matched), Rule: m.rule, Related: st.related,
	}, next: -1})
	if a.nM == 0 {
		a.firstM = i
	} else {
		r.ments[a.lastM].next = i
	}
	a.lastM = i
	a.nM++
	return a
}

// fillMentions copies the mentions of the actors that go into the document
// from run.ments into one array, each actor's in order.
func (r *run) fillMentions(out []*actorRec) {
	n := 0
	for _, a := range out {
		n += a.nM
	}
	if n == 0 {
		return
	}
	all := make([]facts.Evidence, 0, n)
	for _, a := range out {
		if a.nM == 0 {
			continue
		}
		start := len(all)
		for i := a.firstM; i >= 0; i = r.ments[i].next {
			all = append(all, r.ments[i].ev)
		}
		a.a.Mentions = all[start:len(all):len(all)]
	}
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// partFor is the actor that takes part in events for id on date: a person
// holding a state role (head of state or government) acts for the state.
func (r *run) partFor(id, date string) string {
	if a := r.actors[id]; a != nil {
		return r.partOf(a, date)
	}
	return id
}

// partOf is partFor for the record of an actor.
func (r *run) partOf(a *actorRec, date string) string {
	id := a.a.ID
	if a.a.Kind != facts.KindPerson {
		return id
	}
	for _, role := range a.a.Roles {
		if !r.x.stateRol[role.Title] || role.Of == "" {
			continue
		}
		if date != "" && !gazetteer.InTerm(date, role.Start, role.End) {
			continue
		}
		if r.actor(role.Of) != nil {
			return role.Of
		}
	}
	return id
}

// tokenSpan maps a byte span to the tokens it covers: the first token
// that ends after s, and the first that starts at or after e (the binary
// searches of sort.Search, without its calls through a closure).
func tokenSpan(toks []token, s, e int) (int, int) {
	lo, hi := 0, len(toks)
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); toks[m].e > s {
			hi = m
		} else {
			lo = m + 1
		}
	}
	ti := lo
	lo, hi = 0, len(toks)
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); toks[m].s >= e {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return ti, lo
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

// findMentions turns the gazetteer matches of a sentence into mentions and
// applies the actor rules: missions, titles, metonyms, capitals, merging
// of appositions, short names of people already named, pronouns.
func (r *run) findMentions(si int, st *sentence, ms []gazetteer.Match) []*mention {
	toks := st.toks
	out := r.outbuf[:0]
	for i := 0; i < len(ms); {
		j := i + 1
		for j < len(ms) && ms[j].Start == ms[i].Start && ms[j].End == ms[i].End {
			j++
		}
		best := r.choose(ms[i:j])
		i = j
		ti, tj := tokenSpan(toks, best.Start, best.End)
		if ti >= tj {
			continue
		}
		id := best.Entry.ID
		rule := viaRule(best.Via)
		conf := 0.95
		if best.Via != gazetteer.ViaName {
			conf = 0.9
		}
		if (best.Via == gazetteer.ViaCapital || best.Via == gazetteer.ViaDemonym) && best.Entry.Kind != facts.KindState && best.Entry.Country != "" {
			id = best.Entry.Country
		}
		if best.Via == gazetteer.ViaCapital {
			rule = "metonym:capital"
		}
		m := r.newMention(mention{s: best.Start, e: best.End, ti: ti, tj: tj, id: id, surface: r.text[best.Start:best.End], rule: rule, conf: conf, person: best.Entry.Kind == facts.KindPerson, entry: best.Entry})
		if ti > 0 && toks[ti-1].lx&lxNotActor != 0 {
			continue // "dolar AS": a currency, not the state
		}
		if best.Via == gazetteer.ViaCapital && (r.placeAfter(toks, ti) && !r.groupCapital(toks, ti) || r.stampAfter(toks, tj)) {
			m.locative = true // "di Pyongyang": a place, not the state acting
		}
		if toks[tj-1].e > best.End || toks[ti].s < best.Start {
			m.modifier = true // "Iranian-made", "pro-Russian"
		}
		out = append(out, m)
	}
	out = r.dynamicNames(si, st, out)
	out = r.missions(st, out)
	out = r.titles(si, st, out)
	out = r.bodies(st, out)
	out = r.orgs(st, out)
	out = r.metonyms(st, out)
	out = r.insideNames(st, out)
	out = r.speakers(si, st, out)
	out = r.ageAppositions(st, out)
	out = mergeAppositions(st, out)
	// Capitals after a locative preposition are places, not actors.
	keep := out[:0]
	for _, m := range out {
		if m.locative && strings.HasPrefix(m.rule, "metonym:capital") {
			continue
		}
		keep = append(keep, m)
	}
	out = keep
	for _, m := range out {
		if m.ti > 0 {
			prev := toks[m.ti-1].lx
			if prev&lxAgent != 0 {
				m.agent, m.oblique = true, true
			} else if prev&lxLocative != 0 {
				m.locative, m.oblique = true, true
			} else if prev&(lxObjPrep|lxBetween) != 0 {
				m.oblique = true
			}
		}
	}
	return out
}

// choose picks one of several entries named by the same words: one already
// in the article, else by kind priority.
func (r *run) choose(ms []gazetteer.Match) gazetteer.Match {
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
		if rank < bestRank {
			best, bestRank = m, rank
		}
	}
	return best
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

func sortMentions(ms []*mention) {
	slices.SortStableFunc(ms, func(a, b *mention) int {
		if a.ti != b.ti {
			return a.ti - b.ti
		}
		return b.tj - a.tj
	})
}

// nameRun returns the end of a run of capitalized name words from k.
func (r *run) nameRun(toks []token, k int, ms []*mention) int {
	j := k
	for j < len(toks) && j-k < 4 {
		t := &toks[j]
		if t.punct {
			break
		}
		if !t.cap {
			if j > k && j+1 < len(toks) && toks[j+1].cap && (t.low == "bin" || t.low == "al" || t.low == "van" || t.low == "von" || t.low == "de" || t.low == "der" || t.low == "el") {
				j++
				continue
			}
			break
		}
		if t.lx&lxNameStop != 0 && r.p.nameStop[t.raw] || isAllUpper(t.raw) && j == k && utf8.RuneCountInString(t.raw) > 1 && j+1 < len(toks) && !toks[j+1].cap {
			break
		}
		if m := covered(ms, j); m != nil && !m.person {
			break
		}
		if _, ok := r.p.titleAt(toks, j); ok {
			break
		}
		j++
	}
	return j
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

func isAllUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// titleAt matches a title ("Menteri Luar Negeri", "Prime Minister") at toks[i].
func (p *pack) titleAt(toks []token, i int) (labeled, bool) {
	return p.titles.at(toks, i)
}

// titles finds "Title [of State/Org] [to State] [,] Name" and links or
// creates the person, with the role the title gives.
func (r *run) titles(si int, st *sentence, ms []*mention) []*mention {
	toks := st.toks
	p := r.p
	for i := 0; i < len(toks); i++ {
		if !p.titles.mayStart(&toks[i]) {
			continue
		}
		t, ok := p.titleAt(toks, i)
		if !ok {
			continue
		}
		if m := covered(ms, i); m != nil && !m.consumed && m.person {
			continue
		}
		start := i
		k := i + len(t.p)
		role := t.label
		if i > 0 && p.former[toks[i-1].low] {
			role = "former_" + role
		}
		k0 := k
		k = r.skipPortfolio(toks, k, ms)
		portfolio := k > k0
		var of *mention
		var inner []*mention
		if cm := covered(ms, k); cm != nil && !cm.person && !cm.consumed && cm.ti > i && cm.ti < k {
			// "Wali Kota Surabaya Eri Cahyadi": the place's name ("Kota
			// Surabaya") begins inside the title.
			of, k = cm, cm.tj
			inner = append(inner, cm)
		}
		// English: "Russian President", "North Korea's Vice Foreign Minister", "Wagner leader"
		if pm := mentionEndingAt(ms, i); pm != nil && !pm.person {
			of, start = pm, pm.ti
			inner = append(inner, pm)
		} else if i > 0 && toks[i-1].low == "'s" {
			if pm := mentionEndingAt(ms, i-1); pm != nil && !pm.person {
				of, start = pm, pm.ti
				inner = append(inner, pm)
			}
		}
		if of == nil {
			if k < len(toks) && (toks[k].low == "of" || toks[k].low == "the") {
				k2 := k + 1
				if k2 < len(toks) && toks[k2].low == "the" {
					k2++
				}
				if om := mentionAt(ms, k2); om != nil && !om.person {
					of, k = om, om.tj
					inner = append(inner, om)
				}
			} else if om := mentionAt(ms, k); om != nil && !om.person {
				of, k = om, om.tj
				inner = append(inner, om)
			}
		}
		if k < len(toks) && p.stateOf[toks[k].low] {
			k2 := k + 1
			if k2 < len(toks) && toks[k2].low == "the" {
				k2++ // "Ambassador to the United States"
			}
			if om := mentionAt(ms, k2); om != nil && !om.person {
				k = om.tj
				inner = append(inner, om)
			}
		}
		if of == nil {
			k = r.skipOrgName(toks, k, ms) // "Direktur Utama PT Mirantha Nuansa Ayu, Henry Sulysto"
		}
		k = skipParen(toks, k) // "Kepala Badan Nasional Penanggulangan Bencana (BNPB) Suharyanto"
		if k < len(toks) && toks[k].raw == "." && k > i && !strings.HasSuffix(toks[k-1].raw, ".") {
			k++ // "Ny. Siti", "Dr. Ahmad": the abbreviation's dot
		}
		if k < len(toks) && toks[k].low == "," {
			k++
		}
		if k >= len(toks) {
			continue
		}
		honorific := role == "honorific" || role == "occupation" // a person, but no office
		var person *actorRec
		var end int
		known := false
		if pm := mentionAt(ms, k); pm != nil && pm.person {
			known = true
			person, end = r.actor(pm.id), pm.tj
			if person == nil {
				person = r.actors[pm.id]
			}
		} else {
			end = r.nameRun(toks, k, ms)
			if end-k >= 3 && isAllUpper(toks[k].raw) && utf8.RuneCountInString(toks[k].raw) > 1 {
				k++ // "Rektor UGM Ova Emilia": an unknown acronym before a name is the office's body
			}
			if end == k+1 && role != "-" && !honorific {
				if e := r.holderBySurname(toks[k].low, role, of); e != nil {
					known = true
					person = r.actorOf(e.ID, e) // "PM Abe", "Presiden Macron"
				}
			}
		}
		if !known {
			if end == k || p.isCommon(toks[k].low) {
				continue // a title needs a name, not a common word ("Kepala Desa", "Presiden Direktur")
			}
			if p.lang == "id" && (toks[k].lx&(lxTrigger|lxSpeech) != 0 || p.isCommonWord(toks[k].low)) {
				continue // a headline's capitalized verb ("Menlu Kanada Mengunjungi Jakarta") or a derived word
			}
			if end-k == 1 && of == nil && portfolio {
				continue // "Kepala Desa Sukamaju": after a title and its common words, one word is more likely a place
			}
			if end-k == 1 && !strings.ContainsAny(toks[k].raw, "-") && of == nil && !r.singleName(&toks[k], role == "honorific") {
				continue // a single word without an "of" is too weak, unless the language can tell names from words
			}
			name := r.text[toks[k].s:toks[end-1].e]
			ofID := ""
			if of != nil {
				ofID = of.id
			}
			if role == "-" {
				continue // without a role, an unknown name is not enough to create a person
			}
			person = r.newPerson(name, role, ofID)
			if person != nil && of == nil && p.home != "" && person.a.Country == "" && p.homeTitles[strings.ToLower(strings.Join(t.p, " "))] {
				person.a.Country = p.home // "Gubernur Ridwan Kamil": an office of the home state
			}
		}
		if person == nil {
			continue
		}
		ofID, country := "", ""
		if of != nil {
			ofID = of.id
			if oa := r.actor(of.id); oa != nil {
				if oa.a.Kind == facts.KindState {
					country = oa.a.ID
				} else {
					country = oa.a.Country
				}
			}
		}
		if role != "-" && !honorific { // "-": a word that introduces a name but gives no role ("counterpart"); honorifics give none either
			person.addRole(role, ofID)
		}
		if person.a.Country == "" || person.a.Country == ofID && country != ofID {
			person.a.Country = country
		}
		for _, m := range inner {
			m.consumed = true
		}
		// Drop the name mention the person already had; one mention spans all.
		keep := ms[:0]
		for _, m := range ms {
			if m.ti >= k && m.tj <= end && m.person {
				continue
			}
			keep = append(keep, m)
		}
		ms = keep
		surface := r.text[toks[k].s:toks[end-1].e]
		ms = append(ms, r.newMention(mention{s: toks[start].s, e: toks[end-1].e, ti: start, tj: end, id: person.a.ID, surface: surface, rule: "title:" + role, conf: 0.9, person: true}))
		sortMentions(ms)
		i = end - 1
	}
	return ms
}

// missions finds "Kedutaan Besar Rusia di Pyongyang", "Russian embassy in
// Seoul", "Embassy of Japan in Jakarta".
func (r *run) missions(st *sentence, ms []*mention) []*mention {
	toks := st.toks
	p := r.p
	for i := 0; i < len(toks); i++ {
		if !p.missions.mayStart(&toks[i]) {
			continue
		}
		ml, ok := p.missions.at(toks, i)
		if !ok {
			continue
		}
		mp := ml.p
		k := i + len(mp)
		start := i
		var of, in *mention
		if pm := mentionEndingAt(ms, i); pm != nil && r.isState(pm.id) {
			of, start = pm, pm.ti
		} else {
			if k < len(toks) && toks[k].low == "of" {
				k++
			}
			if om := mentionAt(ms, k); om != nil && r.isState(om.id) {
				of, k = om, om.tj
			}
		}
		if of == nil {
			continue
		}
		if k < len(toks) && p.missionIn[toks[k].low] {
			if im := mentionAt(ms, k+1); im != nil && r.isState(im.id) {
				in, k = im, im.tj
			}
		}
		oa := r.actor(of.id)
		id := "embassy-" + strings.ToLower(of.id)
		name := "Embassy of " + oa.a.Name
		if in != nil && in.id != of.id {
			id += "-" + strings.ToLower(in.id)
			name += " in " + in.surface
		}
		a := r.actors[id]
		if a == nil {
			if _, ok := r.x.gaz.Lookup(id); ok {
				a = r.actor(id)
			} else {
				a = r.actorRecs.ptr(actorRec{a: facts.Actor{ID: id, Name: name, Kind: facts.KindMission, Country: of.id}, order: len(r.order), lastSi: -1})
				r.actors[id] = a
				r.order = append(r.order, id)
			}
		}
		of.consumed = true
		if in != nil {
			in.consumed = true
		}
		e := toks[k-1].e
		ms = append(ms, r.newMention(mention{s: toks[start].s, e: e, ti: start, tj: k, id: id, surface: r.text[toks[start].s:e], rule: "mission", conf: 0.9}))
		sortMentions(ms)
		i = k - 1
	}
	return ms
}

func (r *run) isState(id string) bool {
	a := r.actor(id)
	return a != nil && a.a.Kind == facts.KindState
}

// metonyms extends "pemerintah Rusia", "the Russian military",
// "rezim Kim Jong-un": the words before a name that make it the state or
// its government. A head of state named this way stands for the state.
func (r *run) metonyms(st *sentence, ms []*mention) []*mention {
	toks := st.toks
	for _, m := range ms {
		if m.consumed || m.ti == 0 {
			continue
		}
		if l, ok := r.p.metonyms.endingAt(toks, m.ti); ok {
			x := l.p
			i := m.ti - len(x)
			if c := covered(ms, i); c != nil {
				continue
			}
			m.ti, m.s = i, toks[i].s
			if m.person {
				m.rule = "metonym:" + strings.Join(x, " ")
				m.person = false
				m.part = "@state" // resolved to the person's state below
			} else if !strings.HasPrefix(m.rule, "metonym") {
				m.rule = "metonym:" + strings.Join(x, " ")
			}
		}
	}
	// English: "the Russian military" — a demonym before a metonym word.
	for _, m := range ms {
		if m.consumed || m.tj >= len(toks) || m.person {
			continue
		}
		k := m.tj
		if k < len(toks) && toks[k].low == "'s" {
			k++ // "Sudan's army"
		}
		if l, ok := r.p.metonyms.at(toks, k); ok && covered(ms, k) == nil {
			m.tj = k + len(l.p)
			m.e = toks[m.tj-1].e
		}
	}
	return ms
}

// mergeAppositions joins "Amerika Serikat (AS)" and "Kantor Berita Korea
// Utara, KCNA": the same actor named twice with only punctuation between.
func mergeAppositions(st *sentence, ms []*mention) []*mention {
	toks := st.toks
	out := ms[:0]
	for _, m := range ms {
		if n := len(out); n > 0 {
			prev := out[n-1]
			if prev.id == m.id && !prev.consumed && !m.consumed && m.ti >= prev.tj && m.ti-prev.tj <= 2 {
				ok := true
				for k := prev.tj; k < m.ti; k++ {
					if !toks[k].punct || !strings.Contains("(,", toks[k].raw) {
						ok = false
					}
				}
				if ok {
					prev.tj, prev.e = m.tj, m.e
					if m.tj < len(toks) && toks[m.tj].raw == ")" {
						prev.tj, prev.e = m.tj+1, toks[m.tj].e
					}
					continue
				}
			}
		}
		out = append(out, m)
	}
	return out
}

// dynamicNames finds later mentions of people named earlier in the article:
// a surname or given name alone ("Matsegora", "Im") or a spelling variant
// ("Im Chong-il" for "Im Chon-il").
func (r *run) dynamicNames(si int, st *sentence, ms []*mention) []*mention {
	toks := st.toks
	people := r.people
	if len(people) == 0 {
		return ms
	}
	for i := 0; i < len(toks); i++ {
		if !toks[i].cap || toks[i].punct || covered(ms, i) != nil || toks[i].lx&lxNameStop != 0 && r.p.nameStop[toks[i].raw] {
			continue
		}
		if _, ok := r.p.titleAt(toks, i); ok {
			continue
		}
		j := r.nameRun(toks, i, ms)
		if j <= i {
			continue
		}
		var hit *actorRec
		if j-i == 1 {
			w := toks[i].low
			n := 0
			for _, a := range people {
				if a.last == w || a.first == w && len(strings.Fields(a.a.Name)) > 1 {
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
			i = j - 1
			continue
		}
		ms = append(ms, r.newMention(mention{s: toks[i].s, e: toks[j-1].e, ti: i, tj: j, id: hit.a.ID, surface: r.text[toks[i].s:toks[j-1].e], rule: "coreference:name", conf: 0.8, person: true}))
		i = j - 1
	}
	sortMentions(ms)
	return ms
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
