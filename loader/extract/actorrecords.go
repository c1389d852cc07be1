// The article's actors: records per actor id, their mentions as evidence,
// people and their roles, and the actor each takes part as (a head of state
// as the state).

package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/geokg/kg/loader/extract/gazetteer"
	"github.com/geokg/kg/loader/facts"
)

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
	used    bool   // a party to an event or stance (set by addEvent, addStance; read by writeDocument)
	first   string // lower-case first name part
	last    string // lower-case last name part
	norm    string // letters of the full name, lower case
	water   int8   // 0 not computed, 1 a water body, -1 not (see isWater)
	noState bool   // a person none of whose roles (so far) is a state role of a state: partOf's answer is its id (see partOf)
}

// slug is the id made of a name: lower-case letters and digits, a dash
// between runs; Latin letters lose their diacritics ("Juan Perón" is
// juan-peron, as the gazetteer writes it).
func slug(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			s = foldMarks(s)
			break
		}
	}
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
	a, ok := r.cached(id) // a is another id's record when ok is false
	if ok && a != nil {
		return a
	}
	return r.actorMiss(id, ok, nil)
}

// actorMiss is actor for an id the cache holds no record of; none is
// true when the cache says the article has none (no need to ask the map).
// e, when not nil and its id is id, is the gazetteer's entry of id, which
// the caller has at hand (the entry that a mention's match found): the
// record is made from it without a second look-up. Nearly every call
// ends in a new record, and most come from questions about a mention
// ("is it a state?", see mentionActor).
func (r *run) actorMiss(id string, none bool, e *gazetteer.Entry) *actorRec {
	if !none {
		if a := r.knownMiss(id); a != nil {
			return a
		}
	}
	if e == nil || e.ID != id || r.plainActors {
		var ok bool
		if e, ok = r.x.gaz.Lookup(id); !ok {
			return nil
		}
	}
	return r.newActor(id, e)
}

// actorOf is actor(id) for an id that names gazetteer entry e (or nil),
// which it does not have to look up again.
func (r *run) actorOf(id string, e *gazetteer.Entry) *actorRec {
	a, ok := r.cached(id)
	if ok && a != nil {
		return a
	}
	return r.actorMiss(id, ok, e)
}

// mentionActor is actor(m.id), from the entry m's match found. An entry a
// rule made up (madeStateBody, actorOrNew) is never used: a mention gets
// one only after its record is made, and the article's record of m.id is
// then found first. TestMentionEntryShortcut43 compares the documents with
// those of plain look-ups.
func (r *run) mentionActor(m *mention) *actorRec { return r.actorOf(m.id, m.entry) }

// isStateMention is isState(m.id), by mentionActor (whose call it makes
// itself: small enough to be inlined, as isState is).
func (r *run) isStateMention(m *mention) bool {
	a := r.actorOf(m.id, m.entry)
	return a != nil && a.a.Kind == facts.KindState
}

// actorOrNew is the actor of made.ID: the article's record, else the
// gazetteer's entry of that id, else a new record of made, the entry a
// rule made up for a name the gazetteer lacks ("PT Meta Epsi",
// "dprd-jawa-barat").
func (r *run) actorOrNew(made *gazetteer.Entry) *actorRec {
	if a := r.actors[made.ID]; a != nil {
		return a
	}
	if e, ok := r.x.gaz.Lookup(made.ID); ok {
		return r.actorOf(made.ID, e)
	}
	return r.newActor(made.ID, made)
}

// newActor creates the record of gazetteer entry e, named id. The record
// is filled in its arena slot: built on the stack and handed to ptr, its
// ~270 bytes were copied four times (entryActor's result, the literal,
// ptr's argument, the arena).
func (r *run) newActor(id string, e *gazetteer.Entry) *actorRec {
	a := r.actorRecs.slot()
	r.fillEntryActor(&a.a, e)
	a.entry, a.order, a.lastSi = e, len(r.order), -1
	if e.Kind == facts.KindPerson {
		a.setNameParts(r.x.personName(e))
	}
	r.setActor(id, a)
	r.order = append(r.order, id)
	r.addPerson(a)
	return a
}

// entryActor is e.Actor() with the roles in r.roles: most actors of an
// article do not go into the document, and writeDocument copies the roles
// of those that do. TestEntryActor compares the two.
func (r *run) entryActor(e *gazetteer.Entry) facts.Actor {
	var a facts.Actor
	r.fillEntryActor(&a, e)
	return a
}

// fillEntryActor sets a, a zero Actor, to entryActor(e) in place.
func (r *run) fillEntryActor(a *facts.Actor, e *gazetteer.Entry) {
	a.ID, a.Name, a.Kind, a.Country, a.Wikidata = e.ID, e.Name, e.Kind, e.Country, e.Wikidata
	if len(e.Roles) > 0 {
		roles := r.roles.window(len(e.Roles))
		for _, ro := range e.Roles {
			roles = append(roles, facts.Role{Title: ro.Title, Of: ro.Of, Start: ro.Start, End: ro.End})
		}
		a.Roles = roles
	}
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
			for w := range strings.FieldsSeq(a.entry.Name) { // (the words of ToLower(Name) are those of Name lowered)
				for _, ww := range r.x.common.WaterWords {
					if lowerIs(w, ww) {
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
	if r.p.lang == "id" {
		// Names in the old Indonesian spelling ("Soeharto", "Soesilo"):
		// the gazetteer's person under the modern spelling.
		if alt := slug(modernSpelling(name)); alt != id {
			if e, ok := r.x.gaz.Lookup(alt); ok && e.Kind == facts.KindPerson {
				return r.actorOf(alt, e)
			}
		}
	}
	if f := strings.Fields(name); len(f) == 2 {
		// "Takaichi Sanae": a name of a state whose press writes the
		// family name first, in the gazetteer's order the other way round.
		if e, ok := r.x.gaz.Lookup(slug(f[1] + " " + f[0])); ok && e.Kind == facts.KindPerson && r.x.customs.reversed[e.Country] {
			return r.actorOf(e.ID, e)
		}
	}
	if e := r.x.variants.find(id); e != nil && !(of != "" && r.isState(of) && e.Country != of) && !r.listedSpelling(name) {
		if a := r.actorOf(e.ID, e); a != nil {
			return a // "Husni Mubarak": another spelling of a known person's name
		}
	}
	if low := strings.ToLower(name); !strings.ContainsAny(name, " -") && !(role == "occupation" && r.x.given[low]) {
		// A given name described as an ordinary person ("Marcos, a
		// waiter", "Anwar, petani di Desa Cibodas") names no office
		// holder and no figure.
		plain := role == "honorific" || role == "occupation"
		otherState := func(e *gazetteer.Entry) bool { return of != "" && r.isState(of) && e.Country != of } // "Saudi Crown Prince Mohammed" is no UN official named Mohammed
		if e := r.holderByName(low, !plain, role != ""); e != nil && !(plain && r.p.home != "" && e.Country == r.p.home) && (r.stateNamed(e.Country) || !plain && !r.x.sharedNames[e.Country] && r.foreignName(low)) && !otherState(e) && (role != "" || r.givenNamedAbroad(low, e.Country)) && !(plain && r.commonSurnameAbroad(low, e.Country)) {
			// A surname alone: the office holder of the day. Not after an
			// honorific when the holder is of the language's home state:
			// there one name is a name, not a family name ("Tn. Gunawan").
			return r.actorOf(e.ID, e)
		}
		if e := r.figureByName(low); e != nil && !(plain && r.p.home != "" && e.Country == r.p.home) && !otherState(e) && !(plain && r.commonSurnameAbroad(low, e.Country)) {
			return r.actorOf(e.ID, e)
		}
		if e := r.customGiven(low); e != nil && !plain && !otherState(e) {
			return r.actorOf(e.ID, e) // "Thaksin kembali ke Thailand": a Thai is named by the given name
		}
		if !plain && !r.x.given[low] {
			if e := r.rareKnownSurname(low); e != nil && !otherState(e) {
				return r.actorOf(e.ID, e) // "Jakobsdóttir menyebut": the one known person with a surname the census does not count
			}
		}
		if role == "" && len(r.x.bySurname[low])+len(r.x.byFame[low]) > 1 && r.namesakesOfOneState(low) {
			return nil // "Clinton said": two known people of one state bear the surname, and neither is meant above
		}
	}
	a := r.actorRecs.ptr(actorRec{a: facts.Actor{ID: id, Name: name, Kind: facts.KindPerson}, order: len(r.order), lastSi: -1})
	a.setName(name)
	r.setActor(id, a)
	r.order = append(r.order, id)
	r.addPerson(a)
	return a
}

// namesakesOfOneState reports whether the known people (office holders
// and public figures) who bear the lone surname low, two or more, are all
// of one state, and the word is no frequent surname and no common given
// name of the home language: a political family's name ("Clinton",
// "Sharif", "Duterte"), which alone names one of them, not a new person.
// "Smith", "Rasmussen" (frequent) or "Hussein" (an Iraqi's, a Sudanese's,
// a Somali's) may be anyone's.
func (r *run) namesakesOfOneState(low string) bool {
	if r.x.frequentSurnames[low] || r.x.homeGiven[low] {
		return false
	}
	c := ""
	for _, es := range [2][]*gazetteer.Entry{r.x.bySurname[low], r.x.byFame[low]} {
		for _, e := range es {
			if e.Country == "" || c != "" && e.Country != c {
				return false
			}
			c = e.Country
		}
	}
	return c != ""
}

// figureByName finds the one public figure of the gazetteer (byFame) with
// this surname, when no office holder has it and it is no given name:
// "kata Zuckerberg" is Mark Zuckerberg, where "kata Haris" stays unknown.
func (r *run) figureByName(w string) *gazetteer.Entry {
	cands := r.x.byFame[w]
	if len(cands) != 1 || len(r.x.bySurname[w]) > 0 || r.x.given[w] {
		return nil
	}
	return cands[0]
}

// stateNamed reports whether a one-word name may stand for an office
// holder of state c: in the home language, a foreign holder only when the
// article so far or the sentence names that state or something of it
// (stateMentioned: "kata Haris" in an Indonesian report is not Bosnia's
// Haris Silajdzic; "kata Anwar" after "Malaysia" is Anwar Ibrahim, "Abbas
// mengecam … di Tepi Barat" Mahmoud Abbas).
func (r *run) stateNamed(c string) bool {
	return c == "" || r.p.home == "" || c == r.p.home || r.stateMentioned(c)
}

// givenNamedAbroad reports whether a lone name that is also a frequent
// English given name may stand for state c's office holder in a language
// with no home state (English): only when the article names c. "Thomas'
// sister" is no Grenadian prime minister, "Martin said" no Taoiseach
// outside a story about Ireland; "Starmer said" and "Marcos said" need no
// state.
func (r *run) givenNamedAbroad(low, c string) bool {
	return r.p.home != "" || !r.x.frequentGiven[low] || r.stateMentioned(c)
}

// commonSurnameAbroad reports whether a lone surname after an honorific
// or an occupation is one borne by many (lang/surnames.frequent.txt) and
// the article does not name state c, the known person's: "Mrs. Tan, 67,
// told reporters in Singapore" is no American chief executive, "Mr.
// Patel said" no FBI director, where "Mr. Modi" is India's prime
// minister anywhere.
func (r *run) commonSurnameAbroad(low, c string) bool {
	return r.x.frequentSurnames[low] && (c == "" || !r.stateMentioned(c))
}

// foreignName reports whether a lone name (lower case) cannot be one of
// the home language's own people's: no given name of any list and no
// ordinary word ("Bessent", "Karki"). A foreign office holder with such
// a name needs no state named beside it, unless the holder's state is
// one whose names the home people share (shared_name_states: "Ansari"
// alone may be an Indonesian official, not Qatar's spokesman; see
// stateNamed).
func (r *run) foreignName(low string) bool {
	return !r.x.given[low] && !r.p.isCommonWord(low) && !r.p.nameWords[low]
}

// addPerson keeps r.people: the people among the article's actors that
// have a name to match, in the order of r.order.
func (r *run) addPerson(a *actorRec) {
	if a.a.Kind == facts.KindPerson && a.norm != "" {
		r.people = append(r.people, a)
	}
}

func (r *run) addRole(a *actorRec, role, of string) {
	for _, x := range a.a.Roles {
		if x.Title == role && (x.Of == of || of == "") {
			return
		}
	}
	a.a.Roles = r.roles.appendTo(a.a.Roles, facts.Role{Title: role, Of: of})
	a.noState = false // (the new role may be a state role: partOf looks again)
	if a.a.Country == "" && of != "" {
		a.a.Country = of
	}
}

// recordMention adds the evidence of a mention to its actor, and returns the
// actor (nil for a pronoun or an unknown id).
func (r *run) recordMention(si int, m *mention) *actorRec {
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

// partOf is partFor for the record of an actor. Most people hold no state
// role: the first call finds that out by the roles' map look-ups and sets
// a.noState, and the later calls (one per mention and event) return the id
// at once; addRole clears the flag.
func (r *run) partOf(a *actorRec, date string) string {
	id := a.a.ID
	if a.a.Kind != facts.KindPerson || a.noState {
		return id
	}
	state := false // (some role is a state role of a state)
	for _, role := range a.a.Roles {
		if !r.x.isStateRole(role.Title) || role.Of == "" {
			continue
		}
		state = true
		if date != "" && !gazetteer.InTerm(date, role.Start, role.End) {
			continue
		}
		if r.actor(role.Of) != nil {
			return role.Of
		}
	}
	a.noState = !state
	return id
}

// isStateRole is stateRol[title] by a walk of the list it is made of
// (common.json's state_roles: two titles): comparing a title with two
// strings, most often by their lengths alone, is cheaper than hashing it,
// and partOf asks about each role of a head of state or government at
// each of its events. TestStateRoleList43 compares the two.
func (x *Extractor) isStateRole(title string) bool {
	for _, s := range x.common.StateRoles {
		if s == title {
			return true
		}
	}
	return false
}

func (r *run) isState(id string) bool {
	a := r.actor(id)
	return a != nil && a.a.Kind == facts.KindState
}

// oldSpelling maps the letter groups of the Indonesian spelling before 1972
// that names keep ("Soeharto", "Djoko", "Tjahjo", "Sjafrie") to the modern
// ones.
var oldSpelling = strings.NewReplacer("oe", "u", "Oe", "U", "dj", "j", "Dj", "J", "tj", "c", "Tj", "C", "sj", "sy", "Sj", "Sy")

func modernSpelling(name string) string { return oldSpelling.Replace(name) }

// foldMarks drops the combining marks of a name decomposed to NFD
// (golang.org/x/text/unicode/norm): "é" is "e", "ū" is "u"; letters with no
// decomposition ("ø", "ß") stay.
func foldMarks(s string) string {
	d := norm.NFD.String(s)
	var b strings.Builder
	b.Grow(len(d))
	for _, r := range d {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(strokeFold(r))
		}
	}
	return b.String()
}

// strokeFold is the plain letter of a letter NFD does not decompose (a
// stroke or a missing dot: Turkish ı, Polish ł, Danish ø, Croatian đ), so
// that "Yıldırım" and "Wiśniewska" fold as "Yildirim" and "Wisniewska".
func strokeFold(r rune) rune {
	switch r {
	case 'ı':
		return 'i'
	case 'ł':
		return 'l'
	case 'Ł':
		return 'L'
	case 'ø':
		return 'o'
	case 'Ø':
		return 'O'
	case 'đ':
		return 'd'
	case 'Đ':
		return 'D'
	case 'ħ':
		return 'h'
	}
	return r
}

// listedSpelling reports whether every word of a name of two words or more
// is a given name or a census surname of the lists (surnames.txt,
// surnames.ordinary.txt): the name is spelled as
// written, another person's and no variant of a known one ("Mark Bell" is
// no Marko Bello, "Michael Brown" no Michael Browne).
func (r *run) listedSpelling(name string) bool {
	words := strings.Fields(strings.ToLower(name))
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		if !r.x.given[w] && !r.x.surnames.has(w) && !r.x.ordinarySurnames.has(w) {
			return false
		}
	}
	return true
}
