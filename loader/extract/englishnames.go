package extract

// English wire conventions for persons the other rules do not read: a
// surname (or an unknown name of two or three words) alone where English
// capitals and the words around it mark a person ("Police arrested
// Hendricks on Tuesday", "The decision was criticised by Rasmussen",
// "Hendricks rejected the proposal"), and the party-and-state tag of an
// American legislator ("Sen. Marcus Whitfield (D-Calif.)", "Rep. X,
// R-Texas,"). The words come from lang/en.json (lone_names, party_tags) and
// lang/en.words.txt (the ordinary English words of SCOWL: a capitalized word
// that is one of them is no name here).

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geokg/kg/loader/extract/gazetteer"
	"github.com/geokg/kg/loader/facts"
)

// enWordsText is lang/en.words.txt: the ordinary English words, one a
// line, sorted (see its header).
//
//go:embed lang/en.words.txt
var enWordsText string

// englishWord reports whether low (lower case) is an ordinary English word.
// The list is searched in place (Extractor.enWords: the sorted lines of the
// embedded file), which keeps it at a fraction of a map's memory.
func (r *run) englishWord(low string) bool {
	if r.x.enWords.has(low) {
		return true
	}
	for i := 0; i < len(low); i++ {
		if low[i] >= utf8.RuneSelf {
			// "Bergström": the word without its marks (foldMarks
			// allocates, so only for a word that has some).
			if f := foldMarks(low); f != low {
				return r.x.enWords.has(f)
			}
			return false
		}
	}
	return false
}

// englishNamesJSON are the keys of lang/<code>.json the rules of this file
// read (embedded in packJSON).
type englishNamesJSON struct {
	// LoneNames: where a capitalized word that is no ordinary word is a
	// person's name by itself.
	LoneNames struct {
		// ObjectVerbs take a person as object ("arrested Hendricks").
		ObjectVerbs []string `json:"object_verbs"`
		// Preps before a person ("by", "with", "against"), each with the
		// words that must stand before it ("criticised by", "met with").
		Preps map[string][]string `json:"preps"`
		// ObjectAfter may follow a person as object ("arrested Hendricks on
		// Tuesday"); a lower-case word that is none of them makes the
		// capitalized word a modifier ("Fulani herders").
		ObjectAfter []string `json:"object_after"`
		// SubjectOpeners may stand before a subject inside a sentence
		// ("and", "but", "that", ",").
		SubjectOpeners []string `json:"subject_openers"`
		// SubjectVerbs are verbs of a human subject the trigger lists may
		// not hold ("rejected", "denied").
		SubjectVerbs []string `json:"subject_verbs"`
		// Possessed are nouns of a person after "'s" ("Lindqvist's lawyers").
		Possessed []string `json:"possessed"`
		// RegnalTitles stand before one name ("Queen Margrethe", "Pope
		// Leo"): the last word of each.
		RegnalTitles []string `json:"regnal_titles"`
		// GroupEndings end a word for a group of people ("Gazans",
		// "Londoners", "Rohingyas"): one such word alone is no name.
		GroupEndings []string `json:"group_endings"`
		// Not are capitalized words that are no person although no
		// ordinary word (feasts, faiths, brands, diseases).
		Not []string `json:"not"`
		// OrgPreps before a company's name ("shares in Quorvent"), each
		// with the words that must stand before it: the name there is an
		// organization's.
		OrgPreps map[string][]string `json:"org_preps"`
		// OrgWhichVerbs follow "X, which" when X is a company ("Talvaro,
		// which makes drones").
		OrgWhichVerbs []string `json:"org_which_verbs"`
		// NamedAfterTails end the name of a place, a work or a thing named
		// after a person ("John F. Kennedy International Airport", "the
		// Monroe Doctrine"): the person's name there names no one.
		NamedAfterTails []string `json:"named_after_tails"`
		// NamedAfterNouns are lower-case nouns after a person's name
		// that make it the name of the thing ("Charles de Gaulle
		// airport", "Ben Gurion airport"): news writes the noun of a
		// well-known airport or stadium in lower case.
		NamedAfterNouns []string `json:"named_after_nouns"`
	} `json:"lone_names"`
	// PartyTags: "(D-Calif.)", ", R-Texas,": the party letters and the
	// state names and abbreviations after the hyphen; the person is of
	// Country.
	PartyTags struct {
		Parties []string `json:"parties"`
		States  []string `json:"states"`
		Country string   `json:"country"`
	} `json:"party_tags"`
	// OrgNameStops are capitalized words that open a sentence before an
	// organization's name without being part of it ("Opposition
	// Democratic Party lawmakers", "Ruling Liberal Democratic Party").
	OrgNameStops []string `json:"org_name_stops"`
	// GenericOrgTails end an organization's name ("Civil Aviation
	// Authority") but make none of one ordinary word ("the Health
	// Department", "the Weather Bureau": an office not named).
	GenericOrgTails []string `json:"generic_org_tails"`
	// CivilOrgTails are the generic tails that end the names of civil
	// bodies, not of a state's offices, so a state's name before them is
	// part of an organization's name ("Sudan Doctors Network", "Kenya
	// Human Rights Commission" is not, as "U.S. Fish and Wildlife
	// Service" is a state's).
	CivilOrgTails []string `json:"civil_org_tails"`
}

// englishNames is englishNamesJSON compiled.
type englishNames struct {
	objectVerbs, objectAfter, subjectOpeners, subjectVerbs, possessed, not, regnal set
	preps, orgPreps                                                                map[string]set
	orgWhich, namedAfter, namedAfterNouns, orgNameStops                            set
	parties, tagStates                                                             set
	tagCountry                                                                     string
	groupEndings                                                                   []string
	genericOrgTails, civilOrgTails                                                 set
}

func compileEnglishNames(j englishNamesJSON) englishNames {
	l := j.LoneNames
	states := set{}
	for _, s := range j.PartyTags.States {
		states[strings.ToLower(strings.TrimSuffix(s, "."))] = true
	}
	preps, orgPreps := map[string]set{}, map[string]set{}
	for p, ws := range l.Preps {
		preps[strings.ToLower(p)] = mkset(ws)
	}
	for p, ws := range l.OrgPreps {
		orgPreps[strings.ToLower(p)] = mkset(ws)
	}
	return englishNames{
		objectVerbs: mkset(l.ObjectVerbs), objectAfter: mkset(l.ObjectAfter), preps: preps, subjectOpeners: mkset(l.SubjectOpeners),
		subjectVerbs: mkset(l.SubjectVerbs), possessed: mkset(l.Possessed), not: mkset(l.Not),
		genericOrgTails: mkset(j.GenericOrgTails), civilOrgTails: mkset(j.CivilOrgTails), orgPreps: orgPreps, orgWhich: mkset(l.OrgWhichVerbs), namedAfter: mkset(l.NamedAfterTails), namedAfterNouns: mkset(l.NamedAfterNouns), orgNameStops: mkset(j.OrgNameStops),
		groupEndings: l.GroupEndings, regnal: lastWords(l.RegnalTitles),
		parties: mkset(j.PartyTags.Parties), tagStates: states, tagCountry: j.PartyTags.Country,
	}
}

// lastWords is the set of the last words (lower case) of ws.
func lastWords(ws []string) set {
	s := set{}
	for _, w := range ws {
		if f := strings.Fields(strings.ToLower(w)); len(f) > 0 {
			s[f[len(f)-1]] = true
		}
	}
	return s
}

// loneNameWord reports whether t may be (part of) a name standing alone: a
// name word that is no ordinary English word, feast, faith, people or title.
func (r *run) loneNameWord(toks []token, i int) bool {
	t := &toks[i]
	if !t.cap || t.punct || !r.isNameWord(t) || r.p.isTitle(toks, i) {
		return false
	}
	low := t.low
	if k := indexApostrophe(t.raw); k >= 0 {
		_, n := utf8.DecodeRuneInString(t.raw[k:])
		if r, _ := utf8.DecodeRuneInString(t.raw[k+n:]); !unicode.IsUpper(r) {
			return false // "I'm", "Don't": a contraction; "O'Neill" is a name
		}
	}
	if t.lx&lxLoneNot != 0 && (r.p.en.not[low] || r.p.surnameNot[low] || r.p.ethnonyms[low] || r.p.givenNot[low]) || r.englishWord(low) {
		return false
	}
	if strings.Contains(low, "-") {
		words := true
		for part := range strings.SplitSeq(low, "-") {
			words = words && (part == "" || r.englishWord(part))
		}
		if words {
			return false // "Anti-war", "Pro-democracy": words, not a name
		}
	}
	return utf8.RuneCountInString(t.raw) >= 3
}

// loneNames finds a name of one to three capitalized words that are no
// ordinary English words, that no other rule read, where the words around it
// make it a person: the object of a verb that takes a person or after
// "by", "with", "against"; or a subject (opening the sentence or a clause)
// before a verb, an auxiliary or "'s" and a person's noun.
func (r *run) loneNames(st *sentence, ms []*mention) []*mention {
	toks := st.toks
	en := &r.p.en
	if len(en.objectVerbs) == 0 || r.titleCasedSt(st) {
		return ms
	}
	for i := 0; i < len(toks); i++ {
		// The token tests and covered are the cheap part of loneNameWord's
		// answer (which reads the word lists): a token they reject, as most
		// are, costs no look-up.
		if !toks[i].cap || toks[i].punct || covered(ms, i) != nil {
			continue
		}
		if toks[i].lx2&l2OrdinaryCompany != 0 {
			var made bool
			if ms, made = r.ordinaryCompanyAt(toks, i, ms); made {
				continue // "acquired by Amazon", "Meta said"
			}
		}
		if !r.loneNameWord(toks, i) {
			continue
		}
		if i > 0 && toks[i-1].cap && !toks[i-1].punct && !(en.regnal[toks[i-1].low] && (i == 1 || !toks[i-2].cap)) && !r.officeBefore(toks, i) {
			continue // inside a longer capitalized run
		}
		j := i + 1
		for j < len(toks) && j < i+3 && r.loneNameWord(toks, j) && covered(ms, j) == nil {
			j++
		}
		if j < len(toks) && toks[j].cap && !toks[j].punct {
			i = j
			continue // a longer run: an organization's, a place's or a work's name
		}
		if j == i+1 && r.groupWord(toks[i].low) {
			continue
		}
		if r.loneOrgCue(toks, i, j) {
			// "Nordvalk has denied …, saying its ships", "Talvaro, which
			// makes drones", "shares in Quorvent": a company's name.
			name := r.text[toks[i].s:toks[j-1].e]
			id := slug(name)
			a := r.actors[id]
			if a == nil {
				if e, ok := r.x.gaz.Lookup(id); ok {
					if e.Kind == facts.KindOrganization {
						a = r.actorOf(id, e)
					}
				} else {
					a = r.newActor(id, &gazetteer.Entry{ID: id, Kind: facts.KindOrganization, Name: name})
				}
			}
			if a != nil && a.a.Kind == facts.KindOrganization {
				ms = append(ms, r.newMention(mention{s: toks[i].s, e: toks[j-1].e, ti: i, tj: j, id: id, surface: name, rule: "organization:lone-name", conf: 0.6, entry: a.entry}))
				sortMentions(ms)
			}
		} else if r.loneNameContext(toks, i, j, ms) {
			if a := r.personByLast(toks[i].low); a != nil && j == i+1 {
				// A surname alone of a person the article named in full.
				ms = append(ms, r.newMention(mention{s: toks[i].s, e: toks[i].e, ti: i, tj: j, id: a.a.ID, surface: toks[i].raw, rule: "coreference:name", conf: 0.75, person: true}))
				sortMentions(ms)
			} else if m := r.personSpan(toks, i, j, r.loneRole(toks, i, j), "lone-name", 0.65); m != nil {
				ms = append(ms, m)
				sortMentions(ms)
			}
		}
		i = j - 1
	}
	return ms
}

// loneNameContext reports whether the words around toks[i:j] make it a
// person (see loneNames).
func (r *run) loneNameContext(toks []token, i, j int, ms []*mention) bool {
	en := &r.p.en
	p := r.p
	if i > 0 && en.regnal[toks[i-1].low] && toks[i-1].cap && j == i+1 {
		return true // "Queen Margrethe": a sovereign's one name
	}
	if j == i+1 && r.officeBefore(toks, i) {
		return true // "President Kovalenko", "Gen. Brackenridge": an office and a surname
	}
	if j == i+1 && j+1 < len(toks) && toks[j].raw == "," && toks[j+1].low == "who" && r.x.surnames.has(toks[i].low) {
		return true // "Whitaker, who took office in January": a census surname (not "Scientology, who")
	}
	// Object: after a verb that takes a person, or "by", "with", "against",
	// and before the end, a mark or a lower-case word.
	if i > 0 && en.objectVerbs[toks[i-1].low] || i > 1 && en.preps[toks[i-1].low][toks[i-2].low] {
		switch {
		case j == len(toks) || toks[j].punct && toks[j].low != "'s":
			return true
		case toks[j].low == "'s":
			return j+1 < len(toks) && en.possessed[toks[j+1].low] // "criticised by Hendricks's lawyers"
		case !toks[j].cap:
			return en.objectAfter[toks[j].low] || p.months[toks[j].low] != 0 // not "killed Fulani herders"
		}
	}
	// Subject: at the start of the sentence (after a quote mark) or of a
	// clause, before a verb.
	start := i == 0 || i == 1 && toks[0].punct && strings.ContainsAny(toks[0].raw, "\"“'‘")
	// census: one word of the census surnames, which may also open a
	// clause after a speech verb ("Prosecutors say Ivanova transferred").
	census := func() bool { return j == i+1 && r.x.surnames.has(toks[i].low) }
	if !start && !(i > 0 && en.subjectOpeners[toks[i-1].low]) && !(i > 0 && p.speech[toks[i-1].low] && !toks[i-1].cap && census()) {
		return false
	}
	k := j
	if k+1 < len(toks) && toks[k].lx&lxCoord != 0 {
		// "Kiir and Machar agreed": a person or another lone name after
		// "and" shares the verb.
		if m := mentionAt(ms, k+1); m != nil && m.person {
			k = m.tj
		} else if r.loneNameWord(toks, k+1) && covered(ms, k+1) == nil && (k+2 == len(toks) || !toks[k+2].cap || toks[k+2].punct) {
			k += 2
		} else {
			return false
		}
	}
	if k < len(toks) && toks[k].low == "'s" {
		return k+1 < len(toks) && en.possessed[toks[k+1].low] // "Lindqvist's lawyers"
	}
	for k < len(toks) && p.subjectAdverbs[toks[k].low] && toks[k].lx2&l2Copula == 0 && toks[k].lx&lxAux == 0 {
		k++
	}
	if k >= len(toks) || r.placePredicateAfter(toks, k) {
		return false
	}
	w := &toks[k]
	if p.speech[w.low] || w.lx&lxSpeech != 0 {
		return false // a speaker: the speech rules read it
	}
	if en.subjectVerbs[w.low] || p.humanVerbs[w.low] {
		return true
	}
	if !w.cap && !w.punct && strings.HasSuffix(w.low, "ed") && !p.function[w.low] && census() && !itsFirst(toks, k) {
		return true // "Ivanova transferred": a surname before a past verb (not "Kellogg raised its outlook")
	}
	if w.lx&lxAux != 0 || w.low == "will" || w.low == "would" || w.low == "did" {
		// "Okoro has denied", "Okoro will travel": an auxiliary before a
		// verb of a human subject; after a form of "be" only a verb done
		// to a person ("Okoro was arrested", not "Columbia was lost").
		if k+1 < len(toks) {
			n := toks[k+1].low
			if w.lx2&l2Copula != 0 || w.low == "been" || w.low == "being" || w.low == "be" {
				return p.humanVerbs[n] || en.objectVerbs[n]
			}
			return (en.subjectVerbs[n] || p.humanVerbs[n] || strings.HasSuffix(n, "ed") && !toks[k+1].cap && census()) && !p.speech[n]
		}
	}
	return false
}

// groupWord reports whether w ends as a word for a group of people does.
func (r *run) groupWord(w string) bool {
	for _, e := range r.p.en.groupEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// officeBefore reports whether a capitalized title ends right before toks[i]
// ("Prime Minister", "Gen."), or a lower-case office after a word for its
// body or side ("Hamas commander", "rebel leader"), not after an article ("the Admiral
// Kuznetsov": a ship's name).
func (r *run) officeBefore(toks []token, i int) bool {
	l, ok := r.p.titles.endingAt(toks, i)
	if !ok || l.label == "occupation" || l.label == "-" {
		return false
	}
	s := i - len(l.p)
	article := s > 0 && (r.p.determiners[toks[s-1].low] || toks[s-1].low == "the")
	if !toks[s].cap {
		// A lower-case office needs a word for its body, state or side
		// before it: "opposition leader X", "Hamas commander X", "the
		// rebel leader X"; not "the leader X".
		return l.label != "honorific" && s > 0 && !toks[s-1].punct && !article
	}
	return !article
}

// personByLast returns the one person of the article whose last name is w.
func (r *run) personByLast(w string) *actorRec {
	var hit *actorRec
	for _, a := range r.people {
		if a.last == w {
			if hit != nil {
				return nil
			}
			hit = a
		}
	}
	return hit
}

// partyTags reads the party-and-state tag after an American legislator's
// name, "(D-Calif.)" or ", R-Texas,": the person is of the tag's country,
// and the state inside the tag is no actor of its own.
func (r *run) partyTags(st *sentence, ms []*mention) []*mention {
	toks := st.toks
	en := &r.p.en
	if len(en.parties) == 0 {
		return ms
	}
	var drop []*mention
	for _, m := range ms {
		if !m.person || m.tj+1 >= len(toks) || toks[m.tj].raw != "(" && toks[m.tj].raw != "," {
			continue
		}
		k := m.tj + 1
		party, rest, ok := strings.Cut(toks[k].raw, "-")
		if !ok || !en.parties[strings.ToLower(party)] {
			continue
		}
		// The state: the rest of the token and the capitalized words after
		// it, up to the closing mark.
		name := strings.ToLower(strings.TrimSuffix(rest, "."))
		e := k + 1
		for e < len(toks) && e < k+3 && toks[e].cap && !toks[e].punct && !en.tagStates[name] {
			name += " " + strings.ToLower(strings.TrimSuffix(toks[e].raw, "."))
			e++
		}
		if !en.tagStates[name] {
			continue
		}
		if e < len(toks) && toks[e].raw == "." {
			e++
		}
		if e < len(toks) && toks[e].raw != ")" && toks[e].raw != "," && !toks[e].punct {
			continue
		}
		if a := r.actors[m.id]; a != nil && a.a.Country == "" {
			a.a.Country = en.tagCountry
		}
		for _, o := range ms {
			if o != m && o.ti >= k && o.tj <= e && !o.person {
				drop = append(drop, o) // the state inside the tag is no actor here
			}
		}
	}
	for _, o := range drop {
		ms = dropMention(ms, o)
	}
	return ms
}

// headOfTail extends an organization toks[start:end] that a tail word ends
// over "of"/"for" and the capitalized words after it when that word heads
// names too ("Brenner Institute for Peace Studies", "National Association
// of Dairy Farmers"); a state after it is no part of the name. A generic
// tail after one ordinary word makes no name (-1, -1). A generic tail of
// a state's offices after a state's name or demonym and name words is that
// state's body: state is its mention ("U.S. Department of Agriculture",
// "the Nigerian Civil Aviation Authority"); a state right before the tail
// makes none ("the U.S. Commission": unnamed).
func (r *run) headOfTail(toks []token, start, end int, ms []*mention) (s, e int, state *mention) {
	p := r.p
	if start >= 0 && p.en.genericOrgTails[strings.TrimSuffix(toks[end-1].low, ".")] {
		if end-start == 2 && r.englishWord(toks[start].low) {
			return -1, -1, nil // "the Health Department": no name
		}
		if m := covered(ms, start); m != nil && !m.person && r.isStateMention(m) && (m.tj == end-1 || !p.en.civilOrgTails[strings.TrimSuffix(toks[end-1].low, ".")]) {
			if m.ti != start || m.tj == end-1 && (end+1 >= len(toks) || !p.orgOf[toks[end].low]) {
				return -1, -1, nil
			}
			state = m // "U.S. Department of Agriculture": a state's body ("Sudan Doctors Network" is no state's)
		}
	}
	a := end + 1 // the name's first word after "of"/"for"
	if a+1 < len(toks) && toks[a].low == "the" && toks[a+1].cap && !toks[a+1].punct {
		a++ // "Institute for the Study of War", "Kiel Institute for the World Economy"
	}
	if start < 0 || a >= len(toks) || !p.orgCreateHeads[toks[end-1].low] && !p.orgCreateTails[toks[end-1].low] || !p.orgOf[toks[end].low] || !toks[a].cap || toks[a].punct {
		if state != nil && state.tj == end-1 {
			return -1, -1, nil
		}
		return start, end, state
	}
	j := r.orgRun(toks, a, ms)
	for k := a; k < j; k++ {
		if covered(ms, k) != nil || toks[k].lx&lxGiven != 0 || r.p.en.not[toks[k].low] {
			if state != nil && state.tj == end-1 {
				return -1, -1, nil
			}
			return start, end, state // "Association of America", "Institute of Ghana": a state, a place or a known name after it
		}
	}
	if j == a {
		return start, end, state
	}
	return start, max(j, end), state
}

// notNames drops a person of one word no gazetteer entry names that
// lone_names.not says is no name ("Easter celebrations drew thousands":
// Easter is a given name too).
func (r *run) notNames(st *sentence, ms []*mention) []*mention {
	en := &r.p.en
	if len(en.not) == 0 {
		return ms
	}
	keep := ms[:0]
	for _, m := range ms {
		if m.person && m.entry == nil && m.tj == m.ti+1 && en.not[st.toks[m.ti].low] {
			continue
		}
		keep = append(keep, m)
	}
	return keep
}

// longerOrgNames reads a known organization's name that capitalized words
// no other rule read go on before as the longer name of another
// organization: "Social Democratic Party" is not the US "Democratic
// Party", "Progressive Conservative Party" not the British "Conservative
// Party" (org_name_stops end the run: "Opposition Democratic Party
// lawmakers"). After a state's possessive or demonym ("Germany's Social
// Democratic Party", "Japan's ruling Liberal Democratic Party", "Italy's
// Democratic Party") the name is that state's party: the gazetteer is asked
// for it with the state's name (orgOfState); otherwise it is a new
// organization of that state.
func (r *run) longerOrgNames(st *sentence, ms []*mention) []*mention {
	toks := st.toks
	p := r.p
	if len(p.en.objectVerbs) == 0 || r.titleCasedSt(st) {
		return ms // English only: Indonesian names put the state and the kind after
	}
	for mi := 0; mi < len(ms); mi++ {
		m := ms[mi]
		if m.person || m.entry == nil || m.entry.Kind != facts.KindOrganization || m.ti == 0 || m.consumed || m.tj-m.ti < 2 || !p.orgCreateTails[toks[m.tj-1].low] {
			continue // a name of two words or more that ends as an organization's does ("Democratic Party")
		}
		s := m.ti
		for s > 0 {
			t := &toks[s-1]
			if !t.cap || t.punct || covered(ms, s-1) != nil || p.function[t.low] || p.determiners[t.low] || t.lx&lxGiven != 0 || p.isTitle(toks, s-1) || p.subjectAdverbs[t.low] || p.en.orgNameStops[t.low] {
				break
			}
			s--
		}
		// The state before the name: "Germany's", "German", with up to two
		// lower-case words between ("Japan's ruling").
		var state *actorRec
		j := s
		for k := 0; k < 2 && j > 0 && !toks[j-1].cap && !toks[j-1].punct && !p.function[toks[j-1].low]; k++ {
			j--
		}
		if j > 0 && toks[j-1].low == "'s" {
			j--
		}
		if sm := mentionEndingAt(ms, j); sm != nil && r.isStateMention(sm) {
			state = r.mentionActor(sm)
		}
		if s == m.ti && (state == nil || m.entry.Country == "" || m.entry.Country == state.a.ID) {
			continue
		}
		name := r.text[toks[s].s:toks[m.tj-1].e]
		id := slug(name)
		var e *gazetteer.Entry
		if state != nil {
			if e = r.orgOfState(name, state.a.Name); e != nil {
				id = e.ID
			}
		}
		if e == nil && state == nil {
			// A name several parties share ("Liberal Democratic Party") is
			// the one of the state the sentence names.
			if cid, ce := r.contextActor(name, ms); ce != nil {
				id, e = cid, ce
			}
		}
		if e == nil {
			if ge, ok := r.x.gaz.Lookup(id); ok {
				if ge.Kind != facts.KindOrganization || state != nil && ge.Country != "" && ge.Country != state.a.ID {
					continue
				}
				e = ge
			}
		}
		a := r.actors[id]
		switch {
		case a != nil:
		case e != nil:
			a = r.actorOf(id, e)
		default:
			c := ""
			if state != nil {
				c = state.a.ID
			}
			a = r.newActor(id, &gazetteer.Entry{ID: id, Kind: facts.KindOrganization, Name: name, Country: c})
		}
		ms = dropMention(ms, m)
		ms = append(ms, r.newMention(mention{s: toks[s].s, e: toks[m.tj-1].e, ti: s, tj: m.tj, id: id, surface: name, rule: "organization:longer-name", conf: 0.8, entry: a.entry}))
		sortMentions(ms)
		mi = -1 // the list changed: start again (each pass reads one name)
	}
	return ms
}

// orgOfState finds the organization of the gazetteer that name (a party's
// or another organization's name) of the state called stateName is: under
// one of the forms "<name> of <state>", "<state> <name>", "<state>'s
// <name>", or with the id "<name>-<state>" ("democratic-party-italy").
func (r *run) orgOfState(name, stateName string) *gazetteer.Entry {
	for _, full := range [...]string{name + " of " + stateName, stateName + " " + name, stateName + "'s " + name} {
		for _, g := range r.x.gaz.FindWhole(full, nil) {
			if g.Entry.Kind == facts.KindOrganization {
				return g.Entry
			}
		}
	}
	if e, ok := r.x.gaz.Lookup(slug(name + " " + stateName)); ok && e.Kind == facts.KindOrganization {
		return e
	}
	return nil
}

// loneOrgCue reports whether the words around toks[i:j], a name that no
// other rule read, make it a company's: after "shares in" (org_preps),
// before ", which makes" (org_which_verbs), or opening the sentence when
// the first personal pronoun after it, within ten words, is "its"
// ("Nordvalk has denied the allegations, saying its ships …"); not a given
// name or a census surname, which are people's.
func (r *run) loneOrgCue(toks []token, i, j int) bool {
	en := &r.p.en
	if i > 1 && en.orgPreps[toks[i-1].low][toks[i-2].low] {
		return true
	}
	if j+2 < len(toks) && toks[j].raw == "," && toks[j+1].low == "which" && en.orgWhich[toks[j+2].low] {
		return true
	}
	start := i == 0 || i == 1 && toks[0].punct && strings.ContainsAny(toks[0].raw, "\"“'‘")
	if !start || toks[i].lx&lxGiven != 0 || j >= len(toks) {
		return false
	}
	v := j // the verb: said, or one of a human subject ("has denied"), not "Starliner returned"
	for v+1 < len(toks) && (toks[v].lx&lxAux != 0 || r.p.subjectAdverbs[toks[v].low]) {
		v++
	}
	if w := toks[v].low; !r.p.speech[w] && !en.subjectVerbs[w] && !r.p.humanVerbs[w] {
		return false
	}
	return itsFirst(toks, j) && !(j == i+1 && r.x.surnames.has(toks[i].low))
}

// itsFirst reports whether the first personal pronoun within ten words
// from toks[j] is "its".
func itsFirst(toks []token, j int) bool {
	for k := j; k < len(toks) && k < j+10; k++ {
		switch toks[k].low {
		case "its":
			return true
		case "he", "his", "him", "she", "her", "they", "their", "i", "we", "our", "my":
			return false
		}
	}
	return false
}

// namedAfter drops a person whose name goes on, in capitalized words, to
// a word that ends the name of a place, a work or a thing named after a
// person (named_after_tails: "John F. Kennedy International Airport",
// "the Ronald Reagan Building", "George Washington Bridge", "the Monroe
// Doctrine"), or whose own last word is one (a given name's run read it),
// or that stands on either side of the "v." of a court case ("Roe v. Wade"):
// not when that word is a census surname too ("Stuart Hall"), no "the"
// stands before the name, the name has two words ("Guy Fawkes Night" has
// three) and the words before it name no known person. A name no
// gazetteer entry holds before a lower-case word of not_actor_before that
// is no currency (not_actor_after: "Djokovic won") is a dish's or a
// drink's ("Earl Grey tea"). A known person's name right before an
// organization's tail word of the pack ("Trump Organization", "Trump
// Group") names a company. The court case and the company hold in every
// language (an Indonesian sentence writes "Roe v. Wade" as English does);
// named_after_tails are the English pack's, and the Indonesian pack's the
// English tails Indonesian text borrows ("Habibie Prize").
func (r *run) namedAfter(st *sentence, ms []*mention) []*mention {
	toks := st.toks
	if r.titleCasedSt(st) {
		return ms
	}
	keep := ms[:0]
	for _, m := range ms {
		if m.person && r.namedAfterTail(toks, m) {
			continue
		}
		keep = append(keep, m)
	}
	return keep
}

// orgTailAfter reports whether a gazetteer person's name m is followed
// right away by a capitalized tail word of organizations' names of the
// pack (org_tails, org_create_tails): the words name a company called
// after the person ("Trump Organization", "Trump Group"), not the person.
func (r *run) orgTailAfter(toks []token, m *mention) bool {
	k := m.tj
	if m.entry == nil || k >= len(toks) || !toks[k].cap || toks[k].punct {
		return false
	}
	return r.p.orgTails[toks[k].low] || r.p.orgCreateTails[strings.TrimSuffix(toks[k].low, ".")]
}

func (r *run) namedAfterTail(toks []token, m *mention) bool {
	versus := func(k int) bool {
		if k <= 0 || k >= len(toks) {
			return false
		}
		if toks[k].raw == "." {
			k-- // "v" "." as the tokenizer splits it
		}
		w := strings.TrimSuffix(toks[k].low, ".")
		return (w == "v" || w == "vs") && k > 0 && toks[k-1].cap
	}
	if versus(m.ti-1) || versus(m.tj) {
		return true // "Roe v. Wade": a court case's name
	}
	if r.orgTailAfter(toks, m) {
		return true // "Trump Organization", "Trump Group": a company named after a known person
	}
	// the words after the name, "'s" among them ("St. Peter's Square")
	for k := m.tj; k < len(toks) && k < m.tj+4 && (toks[k].cap && !toks[k].punct || toks[k].low == "'s" || toks[k].low == "’s"); k++ {
		if toks[k].lx2&l2NamedAfter != 0 { // en.namedAfter, exactly
			return true
		}
	}
	if m.tj < len(toks) && !toks[m.tj].cap && toks[m.tj].lx2&l2NamedAfterNoun != 0 { // en.namedAfterNouns
		return true // "Charles de Gaulle airport": the noun in lower case
	}
	if m.entry == nil && m.tj < len(toks) && !toks[m.tj].cap && r.p.notActorBefore[toks[m.tj].low] && toks[m.tj].lx&lxNotActor == 0 {
		return true // "Earl Grey tea", "Caesar salad": a dish or a drink named after a person
	}
	last := toks[m.tj-1].low
	if m.tj-m.ti < 2 || toks[m.tj-1].lx2&l2NamedAfter == 0 {
		return false
	}
	if m.ti > 0 && toks[m.ti-1].low == "the" || m.tj-m.ti >= 3 || !r.x.ordinarySurnames.has(last) && !r.x.surnames.has(last) {
		return true // "the George Washington Bridge"
	}
	e, ok := r.x.gaz.Lookup(slug(r.text[toks[m.ti].s:toks[m.tj-2].e]))
	return ok && e.Kind == facts.KindPerson
}

// loneRole is the role of a lone name of one word described as an ordinary
// person ("arrested Somchai, a 45-year-old taxi driver": see
// appositionAfter): no office holder or known person with that given name.
func (r *run) loneRole(toks []token, i, j int) string {
	if j == i+1 && r.appositionAfter(toks, i) {
		return "occupation"
	}
	return ""
}
