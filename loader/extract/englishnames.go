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
	} `json:"lone_names"`
	// PartyTags: "(D-Calif.)", ", R-Texas,": the party letters and the
	// state names and abbreviations after the hyphen; the person is of
	// Country.
	PartyTags struct {
		Parties []string `json:"parties"`
		States  []string `json:"states"`
		Country string   `json:"country"`
	} `json:"party_tags"`
	// GenericOrgTails end an organization's name ("Civil Aviation
	// Authority") but make none of one ordinary word ("the Health
	// Department", "the Weather Bureau": an office not named).
	GenericOrgTails []string `json:"generic_org_tails"`
}

// englishNames is englishNamesJSON compiled.
type englishNames struct {
	objectVerbs, objectAfter, subjectOpeners, subjectVerbs, possessed, not, regnal set
	preps                                                                          map[string]set
	parties, tagStates                                                             set
	tagCountry                                                                     string
	groupEndings                                                                   []string
	genericOrgTails                                                                set
}

func compileEnglishNames(j englishNamesJSON) englishNames {
	l := j.LoneNames
	states := set{}
	for _, s := range j.PartyTags.States {
		states[strings.ToLower(strings.TrimSuffix(s, "."))] = true
	}
	preps := map[string]set{}
	for p, ws := range l.Preps {
		preps[strings.ToLower(p)] = mkset(ws)
	}
	return englishNames{
		objectVerbs: mkset(l.ObjectVerbs), objectAfter: mkset(l.ObjectAfter), preps: preps, subjectOpeners: mkset(l.SubjectOpeners),
		subjectVerbs: mkset(l.SubjectVerbs), possessed: mkset(l.Possessed), not: mkset(l.Not),
		genericOrgTails: mkset(j.GenericOrgTails),
		groupEndings:    l.GroupEndings, regnal: lastWords(l.RegnalTitles),
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
		if !r.loneNameWord(toks, i) || covered(ms, i) != nil {
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
		if r.loneNameContext(toks, i, j, ms) {
			if a := r.personByLast(toks[i].low); a != nil && j == i+1 {
				// A surname alone of a person the article named in full.
				ms = append(ms, r.newMention(mention{s: toks[i].s, e: toks[i].e, ti: i, tj: j, id: a.a.ID, surface: toks[i].raw, rule: "coreference:name", conf: 0.75, person: true}))
				sortMentions(ms)
			} else if m := r.personSpan(toks, i, j, "", "lone-name", 0.65); m != nil {
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
	if !start && !(i > 0 && en.subjectOpeners[toks[i-1].low]) {
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
	for k < len(toks) && p.subjectAdverbs[toks[k].low] && !p.copulas[toks[k].low] && toks[k].lx&lxAux == 0 {
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
	if w.lx&lxAux != 0 || w.low == "will" || w.low == "would" || w.low == "did" {
		// "Okoro has denied", "Okoro will travel": an auxiliary before a
		// verb of a human subject; after a form of "be" only a verb done
		// to a person ("Okoro was arrested", not "Columbia was lost").
		if k+1 < len(toks) {
			n := toks[k+1].low
			if p.copulas[w.low] || w.low == "been" || w.low == "being" || w.low == "be" {
				return p.humanVerbs[n] || en.objectVerbs[n]
			}
			return (en.subjectVerbs[n] || p.humanVerbs[n]) && !p.speech[n]
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
// tail after one ordinary word or a state makes no name (-1, -1).
func (r *run) headOfTail(toks []token, start, end int, ms []*mention) (int, int) {
	p := r.p
	if start >= 0 && p.en.genericOrgTails[strings.TrimSuffix(toks[end-1].low, ".")] {
		if end-start == 2 && r.englishWord(toks[start].low) {
			return -1, -1 // "the Health Department": no name
		}
		if m := covered(ms, start); m != nil && !m.person && r.isState(m.id) {
			return -1, -1 // "U.S. Department of Agriculture": a state's body, for the body rules
		}
	}
	if start < 0 || end+1 >= len(toks) || !p.orgCreateHeads[toks[end-1].low] && !p.orgCreateTails[toks[end-1].low] || !p.orgOf[toks[end].low] || !toks[end+1].cap || toks[end+1].punct {
		return start, end
	}
	j := r.orgRun(toks, end+1, ms)
	for k := end + 1; k < j; k++ {
		if covered(ms, k) != nil || toks[k].lx&lxGiven != 0 || r.p.en.not[toks[k].low] {
			return start, end // "Association of America", "Institute of Ghana": a state, a place or a known name after it
		}
	}
	return start, max(j, end)
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
