package extract

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"github.com/geokg/kg/loader/facts"
)

// Sectors: which part of a state acted. "Russian troops", "pasukan Rusia",
// "Syrian rebels", "the Russian Defence Ministry" are coded as the state with
// a CAMEO agent code as sector (MIL, REB, GOV, ...), as CAMEO does.
//
// Tables (word or phrase, lower case → sector): lang/<code>.sectors.tsv by
// hand, then lang/<code>.agents.tsv generated from PETRARCH2's agents
// dictionary; the first table to name a phrase wins.

func (p *pack) loadSectors(code string) error {
	p.sectors = map[string]string{}
	p.sectorFirst, p.sectorMulti = set{}, set{}
	for _, name := range []string{"lang/" + code + ".sectors.tsv", "lang/" + code + ".agents.tsv"} {
		raw, err := dataFS.ReadFile(name)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return err
		}
		for i, t := range strings.Split(string(raw), "\n") {
			if t == "" || t[0] == '#' {
				continue
			}
			f := strings.Split(t, "\t")
			if len(f) != 2 || len(f[1]) != 3 || strings.ToUpper(f[1]) != f[1] {
				return fmt.Errorf("%s:%d: want words<TAB>SECTOR (three capitals)", name, i+1)
			}
			ws := strings.Fields(strings.ToLower(f[0]))
			k := strings.Join(ws, " ")
			if _, ok := p.sectors[k]; !ok {
				p.sectors[k] = f[1]
				p.sectorFirst[ws[0]] = true
				if len(ws) > 1 {
					p.sectorMulti[ws[0]] = true
				}
			}
		}
	}
	return nil
}

// sectorWords returns the sector of the group noun phrase starting at token
// i (up to three words, longest first) and the number of its tokens.
func (p *pack) sectorWords(toks []token, i int) (string, int) {
	if i < 0 || i >= len(toks) || toks[i].punct || toks[i].lx&lxSectorFirst == 0 {
		return "", 0
	}
	// A key of two or three words needs a first word that starts one
	// (lxSectorMulti) and a second word that is the second of one
	// (l2SectorSecond): without both bits no longer key is built.
	multi := toks[i].lx&lxSectorMulti != 0 && i+1 < len(toks) && toks[i+1].lx2&l2SectorSecond != 0
	var buf [64]byte
	for n := min(3, len(toks)-i); n >= 2 && multi; n-- {
		k := buf[:0]
		for j := 0; j < n; j++ {
			if j > 0 {
				k = append(k, ' ')
			}
			k = append(k, toks[i+j].low...)
		}
		if s, ok := p.sectors[string(k)]; ok { // no allocation for the look-up
			return s, n
		}
	}
	if s, ok := p.sectors[toks[i].low]; ok {
		return s, 1
	}
	return "", 0
}

// kindSector is the sector of a named body by its kind.
func kindSector(kind string) string {
	switch kind {
	case facts.KindMilitary:
		return "MIL"
	case facts.KindCourt:
		return "JUD"
	case facts.KindLegislature:
		return "LEG"
	case facts.KindGovernment, facts.KindAgency:
		return "GOV"
	}
	return ""
}

// sectorOf says which part of its state a mention stands for: a named body
// (its sector), a nationality or country followed by a group noun ("Russian
// troops", "Sudan's army"), or a group noun before it in Indonesian
// ("pasukan Rusia", "pemberontak Suriah"). Empty: the actor as a whole.
func (r *run) sectorOf(s *sentenceContext, m *mention) string {
	if m == nil {
		return ""
	}
	a := r.actor(m.part)
	if _, sec, _ := r.bodyStateOf(a, m.part); sec != "" {
		return sec
	}
	return r.stateSector(s, m, a)
}

// stateSector is sectorOf for a mention that is no named body of a state,
// whose part's record is a (nil for none): participant, which has asked
// bodyStateOf already, calls it without asking again.
func (r *run) stateSector(s *sentenceContext, m *mention, a *actorRec) string {
	if a == nil || a.a.Kind != facts.KindState {
		return "" // sectors are parts of a state
	}
	toks := s.toks
	if r.p.lang == "id" {
		// "pasukan Rusia", "kepemimpinan militer Rusia", "tentara bayaran":
		// the group noun nearest before the name, inside the mention (a
		// metonym) or just before it.
		for k := m.tj - 2; k >= 0 && k >= m.ti-3; k-- {
			sec, n := r.p.sectorWords(toks, k)
			if sec == "" {
				continue
			}
			if k >= m.ti && k+n < m.tj || k < m.ti && k+n == m.ti {
				return sec
			}
		}
		return ""
	}
	// A mention that spans its group noun ("the Russian military" read as
	// the state): the noun is inside it.
	for k := m.ti + 1; k < m.tj; k++ {
		if sec, n := r.p.sectorWords(toks, k); sec != "" && k+n == m.tj {
			return sec
		}
	}
	if r.groupOf(s, m.ti) || r.groupIn(s, m.ti) || r.groupInPlace(s, m.ti) {
		sec, _ := r.p.sectorWords(toks, m.ti-2)
		return sec
	}
	if m.ti > 0 && (toks[m.ti-1].lx&lxCoord != 0 || toks[m.ti-1].raw == ",") {
		// "the ministers of China and Japan": Japan too.
		if g := r.groupTo(s, m); g[0] != m && (r.groupOf(s, g[0].ti) || r.groupIn(s, g[0].ti)) {
			sec, _ := r.p.sectorWords(toks, g[0].ti-2)
			return sec
		}
	}
	j := m.tj
	if j < len(toks) && toks[j].low == "'s" {
		j++
	}
	if sec, _ := r.p.sectorWords(toks, j); sec != "" {
		return sec
	}
	// "Chinese and Indian troops", "British, French and German
	// ministers": the group noun after the last of a run of names
	// joined by "and" or commas is each one's. Commas alone make no run:
	// in "Backed by Turkey, Syrian rebels attacked" the rebels are
	// Syria's only.
	coord := false
	for n := 0; n < 6 && j+1 < len(toks) && (toks[j].lx&lxCoord != 0 || toks[j].raw == ","); n++ {
		k := j + 1
		coord = coord || toks[j].lx&lxCoord != 0
		if toks[k].lx&lxCoord != 0 {
			k++ // ", and"
			coord = true
		}
		next := covered(s.ms, k)
		if next == nil || next.ti != k {
			break
		}
		for k := next.ti + 1; k < next.tj; k++ {
			if sec, n := r.p.sectorWords(toks, k); sec != "" && k+n == next.tj && coord {
				return sec // "Indian troops" read as one mention
			}
		}
		j = next.tj
		if sec, _ := r.p.sectorWords(toks, j); sec != "" && coord {
			return sec
		}
	}
	return ""
}

// bodyStateOf: a named body (government, legislature, court, military,
// agency) with a country takes part in events as its state, with its sector
// (the entry's, else by kind); for anything else state is empty. a is the
// record of id (r.actor(id), nil for none), and the state's record comes
// back too (nil when state is empty): participant and addEvent go on with
// the records they hold, where looking the ids up again cost a string hash
// or compare each time.
func (r *run) bodyStateOf(a *actorRec, id string) (state, sector string, sa *actorRec) {
	if a == nil || a.a.Country == "" || a.a.Country == id {
		return "", "", nil
	}
	sec := kindSector(a.a.Kind)
	if sec == "" {
		return "", "", nil
	}
	if a.entry != nil && a.entry.Sector != "" {
		sec = a.entry.Sector
	}
	if sa = r.actor(a.a.Country); sa == nil {
		return "", "", nil
	}
	return a.a.Country, sec, sa
}

// participant is the actor ID and sector an event records for a mention.
// (bodyStateOf gives a state and a sector together or neither, so when it
// gives none, sectorOf's own question would get none either.)
func (r *run) participant(s *sentenceContext, m *mention) (string, string) {
	a := r.actor(m.part)
	if st, sec, _ := r.bodyStateOf(a, m.part); st != "" {
		return st, sec
	}
	return m.part, r.stateSector(s, m, a)
}

// officeSector is the sector of a person who takes part in events as their
// state (a head of state or government on the article's date, state_roles):
// GOV, as CAMEO codes a head of government. It is used only where it tells
// two parts of one state apart; elsewhere the office holder is the state as
// a whole, as before.
func (r *run) officeSector(m *mention) string {
	if m == nil || m.part == m.id {
		return ""
	}
	if a := r.known(m.id); a != nil && a.a.Kind == facts.KindPerson {
		return "GOV"
	}
	return ""
}

// twoParts: mentions a and b of one actor name two distinct parts of it
// ("Israeli prosecutors" and "Prime Minister Netanyahu": JUD and GOV), so
// that one may act on the other.
func (r *run) twoParts(s *sentenceContext, a, b *mention) bool {
	_, as := r.participant(s, a)
	_, bs := r.participant(s, b)
	return distinctSectors(cmp.Or(as, r.officeSector(a)), cmp.Or(bs, r.officeSector(b)))
}

// groupOf: the mention starting at token i follows "<group noun> of" ("the
// foreign ministers of China", "leaders of France").
func (r *run) groupOf(s *sentenceContext, i int) bool {
	if r.p.lang != "en" || i < 2 || s.toks[i-1].low != "of" {
		return false
	}
	sec, n := r.p.sectorWords(s.toks, i-2)
	return sec != "" && n == 1
}

// groupInPlace: the mention starting at token i is a place inside a state
// after "<group noun> in" ("arrested protesters in Istanbul"): the group
// is the object of the act and the place says whose it is, as a capital
// does for groupIn. Only objects use it; a subject so placed stays a place.
func (r *run) groupInPlace(s *sentenceContext, i int) bool {
	if r.p.lang != "en" || i < 2 || s.toks[i-1].low != "in" {
		return false
	}
	m := mentionAt(s.ms, i)
	if m == nil {
		return false
	}
	if a := r.known(m.part); a == nil || a.a.Kind != facts.KindPlace || a.a.Country == "" {
		return false
	}
	sec, n := r.p.sectorWords(s.toks, i-2)
	return sec != "" && n == 1
}

// groupIn: the mention starting at token i follows "<group noun> in" or
// "<group noun> from" ("Soldiers from Gondor", "prosecutors in Israel",
// "lawmakers in France and Germany"): the state's group.
func (r *run) groupIn(s *sentenceContext, i int) bool {
	if r.p.lang != "en" || i < 2 {
		return false
	}
	if w := s.toks[i-1].low; w != "in" && w != "from" {
		return false
	}
	m := mentionAt(s.ms, i)
	if m == nil {
		return false
	}
	if a := r.known(m.part); a == nil || a.a.Kind != facts.KindState {
		return false
	}
	sec, n := r.p.sectorWords(s.toks, i-2)
	return sec != "" && n == 1
}

// groupCapital: a capital after "<group noun> in/from" stands for its state
// ("a court in Moscow", "officials in Washington"): the group's state, not
// when a word of building_before stands before the group noun ("outside
// a court in Islamabad" is the building, a place); and
// in any language a capital after a reaction noun and the source
// preposition ("condemnation from Beijing", "peringatan keras dari
// Beijing", reaction_nouns and source_preps), one adjective between, or
// after an envoy noun ("duta besarnya dari Washington", envoy_nouns).
func (r *run) groupCapital(toks []token, ti int) bool {
	if ti < 2 {
		return false
	}
	if r.p.sourcePreps[toks[ti-1].low] {
		source := func(w string) bool { return r.p.reactionNouns[w] || r.p.envoyNouns[w] }
		if source(toks[ti-2].low) || ti >= 3 && !toks[ti-2].cap && source(toks[ti-3].low) {
			return true // "condemnation from Beijing": Beijing's reaction; "duta besarnya dari Washington": the state it was posted to
		}
	}
	if r.p.lang != "en" {
		return false
	}
	if w := toks[ti-1].low; w != "in" && w != "from" {
		return false
	}
	sec, n := r.p.sectorWords(toks, ti-2)
	if sec == "" || n != 1 {
		return false
	}
	k := ti - 3
	if k >= 0 && r.p.determiners[toks[k].low] {
		k--
	}
	return k < 0 || toks[k].lx2&l2BuildingBefore == 0 // "outside a court in Islamabad": the building, a place
}

// contextGroup reads a definite group noun with no state after a verb
// ("The Rapid Support Forces accused the army of bombing", "Venezuela's
// opposition accused the government of rigging the election") as the
// group of the source's own state, as CAMEO coders read it from context:
// SDN/MIL, VEN/GOV. English only; k is the token after the trigger. The
// noun phrase must end at the group noun (not "the army chief").
func (r *run) contextGroup(s *sentenceContext, k int, src *mention) *mention {
	toks := s.toks
	if r.p.lang != "en" || k+1 >= len(toks) || toks[k].low != "the" || covered(s.ms, k+1) != nil {
		return nil
	}
	sec, n := r.p.sectorWords(toks, k+1)
	if sec == "" {
		return nil
	}
	e := k + 1 + n
	if e < len(toks) && !toks[e].punct && !r.p.function[toks[e].low] && toks[e].lx&(lxObjPrep|lxLocative) == 0 {
		return nil
	}
	a := r.known(src.part)
	if a == nil {
		return nil
	}
	state := a.a.Country
	if a.a.Kind == facts.KindState {
		state = a.a.ID
	}
	if state == "" || r.actor(state) == nil {
		return nil
	}
	return r.newMention(mention{s: toks[k].s, e: toks[e-1].e, ti: k, tj: e, id: state, part: state, rule: "context-group", conf: 0.7})
}
