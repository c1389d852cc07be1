// Source and target of an event: clauses, coordination ("A dan B", "A, B
// and C"), appositions, the subject before a trigger and the object after it.

package extract

import (
	"strings"

	"github.com/geokg/kg/loader/facts"
)

func (r *run) clauseStart(s *sentenceContext, t int) int {
	for k := t - 1; k >= 0; k-- {
		if s.sbound[k] {
			return k + 1
		}
	}
	return 0
}

func (r *run) clauseEnd(s *sentenceContext, t int) int {
	for k := t; k < len(s.toks); k++ {
		if s.bound[k] {
			return k
		}
	}
	return len(s.toks)
}

func (r *run) coordGap(t token) bool {
	return t.raw == "," || t.lx&(lxCoord|lxDeterminer) != 0
}

func (r *run) hasCoord(ts []token) bool {
	for i := range ts {
		t := &ts[i]
		if t.raw == "," || t.lx&lxCoord != 0 {
			return true
		}
	}
	return false
}

// pairBefore finds a pair phrase ("the two sides", "kedua negara") in
// toks[from:to] and returns the two parties it stands for: the sentence's
// subject and the next party named after it.
func (r *run) pairBefore(s *sentenceContext, from, to int) []*mention {
	if s.main == nil || len(r.p.pairs.first) == 0 {
		return nil
	}
	for i := from; i < to; i++ {
		if s.toks[i].punct || r.p.pairs.first[s.toks[i].low] == nil {
			continue
		}
		if _, ok := r.p.pairs.at(s.toks, i); !ok || s.main.tj > i {
			continue
		}
		for _, m := range s.ms {
			if m.ti >= s.main.tj && m.tj <= i && m.part != s.main.part && !m.oblique && !m.locative && !m.modifier {
				return r.groups.two(s.main, m)
			}
		}
		return nil
	}
	return nil
}

// appositionHead finds the name an apposition that ends with m belongs to:
// "Kim Yo Jong, adik pemimpin Korea Utara Kim Jong Un, memperingatkan",
// "Kim Yo Jong, the sister of leader Kim Jong Un, said". The apposition
// starts after a comma with a word that is not a name.
func (r *run) appositionHead(s *sentenceContext, m *mention, cs int) *mention {
	toks := s.toks
	if m.tj >= len(toks) || toks[m.tj].raw != "," {
		return nil
	}
	for k := m.ti - 1; k > cs && k >= m.ti-8; k-- {
		if !toks[k].punct {
			continue
		}
		if toks[k].raw != "," || mentionAt(s.ms, k+1) != nil {
			return nil
		}
		if h := mentionEndingAt(s.ms, k); h != nil && !h.oblique && !h.modifier && h.ti >= cs {
			return h
		}
		return nil
	}
	return nil
}

// appositionBefore tells whether the clause break at b follows a noun
// phrase set off by a comma after the main clause ("X met Y in Riyadh, the
// first such talks since ..."): a comma followed by a determiner.
func (r *run) appositionBefore(s *sentenceContext, b int) bool {
	from := 0
	if s.main != nil {
		from = s.main.tj
	}
	for k := b - 1; k > from; k-- {
		if s.toks[k].raw == "," && s.toks[k+1].lx&lxDeterminer != 0 {
			return true
		}
	}
	return false
}

// group returns the coordination ("A dan B", "A, B and C") that m heads or ends.
func (r *run) groupFrom(s *sentenceContext, m *mention) []*mention {
	g := r.groups.one(m)
	cur := m
	for {
		k := cur.tj
		for k < len(s.toks) && r.coordGap(s.toks[k]) && k-cur.tj < 3 {
			k++
		}
		if k == cur.tj || !r.hasCoord(s.toks[cur.tj:k]) || r.speechComma(s, cur.tj, k) {
			return g
		}
		nx := firstMentionIn(s.ms, k, k+1)
		if nx == nil || r.kindClass(nx.part) != r.kindClass(cur.part) {
			return g
		}
		g = append(g, nx)
		cur = nx
	}
}

func (r *run) groupTo(s *sentenceContext, m *mention) []*mention {
	g := r.groups.one(m)
	cur := m
	for {
		k := cur.ti - 1
		j := k
		for j >= 0 && r.coordGap(s.toks[j]) && k-j < 3 {
			j--
		}
		if j == k || j < 0 || !r.hasCoord(s.toks[j+1:k+1]) || r.speechComma(s, j+1, k+1) {
			break
		}
		var pv *mention
		for _, x := range s.ms {
			if x.tj == j+1 {
				pv = x
			}
		}
		if pv == nil || pv.oblique && !m.oblique && !r.groupOf(s, pv.ti) && !r.groupIn(s, pv.ti) || r.kindClass(pv.part) != r.kindClass(cur.part) {
			break
		}
		g = r.groups.prepend(pv, g)
		cur = pv
	}
	return g
}

// kindClass groups actor kinds for coordination: "Rusia, Donetsk dan
// Luhansk" is a state and an apposition of places, not three parties.
func (r *run) kindClass(id string) string {
	a := r.known(id)
	if a == nil {
		return ""
	}
	switch a.a.Kind {
	case facts.KindPlace:
		return "place"
	case facts.KindPerson:
		return "person"
	}
	return "actor"
}

// subject finds the actor(s) doing what the word at t says.
func (r *run) subject(s *sentenceContext, t int) ([]*mention, bool) {
	cs := r.clauseStart(s, t)
	// In a relative clause ("wilayah Ukraina yang dikuasai", "Putin, who
	// invaded") the subject is the antecedent.
	if cs > 0 && s.toks[cs-1].lx&lxRelative != 0 && !s.quote[t] {
		rel := cs - 1
		if rel > 0 && s.toks[rel-1].raw == "," {
			rel--
		}
		m := mentionEndingAt(s.ms, rel)
		if m == nil && rel > 0 && s.toks[rel-1].raw == ")" {
			// "Tentara Pembebasan Baloch (BLA) yang membajak": the name
			// before the parenthesis.
			for k := rel - 2; k >= 0 && k >= rel-8; k-- {
				if s.toks[k].raw == "(" {
					if m = mentionEndingAt(s.ms, k); m == nil {
						m = mentionEndingAt(s.ms, rel-1)
					}
					break
				}
			}
		}
		if m != nil && rel == cs-1 && m.locative && r.kindClass(m.id) == "place" {
			m = nil // "the bombings in Kerman that killed": the relative clause is the bombings', not the place's
		}
		if m != nil {
			hasOwn := false
			for _, x := range s.ms {
				if x.ti >= cs && x.tj <= t && !x.oblique {
					hasOwn = true
				}
			}
			// "Hamas, which controls Gaza, fired rockets": the relative
			// clause closed with a comma before the verb, whose subject
			// is the antecedent.
			closed := false
			for k := t - 1; k > cs; k-- {
				if s.toks[k].raw == "," {
					closed = true
					break
				}
				if s.toks[k].punct || covered(s.ms, k) != nil {
					break
				}
			}
			if !hasOwn || closed {
				return r.groups.one(m), false
			}
		}
	}
	for j := len(s.ms) - 1; j >= 0; j-- {
		m := s.ms[j]
		if m.tj > t || m.ti < cs {
			continue
		}
		if m.oblique || m.modifier || s.quote[m.ti] != s.quote[t] {
			continue
		}
		if h := r.appositionHead(s, m, cs); h != nil {
			m = h
		}
		if t > 0 && s.toks[t-1].low == "to" && r.kindClass(m.part) == "place" && s.main != nil && s.main != m &&
			s.main.tj <= t && r.kindClass(s.main.part) != "place" && !s.main.oblique {
			// An infinitive of purpose after a place the verb acted on
			// ("opened the Rafah crossing to allow aid into Gaza"): the
			// clause's subject acts, not the place.
			return r.groupFrom(s, s.main), true
		}
		return r.groupTo(s, m), false
	}
	if g := r.pairBefore(s, cs, t); g != nil {
		return g, false
	}
	// "The foreign ministers of China and Japan met": the actors after a
	// group noun and "of" are the subject (sectorOf gives the sector).
	for j := len(s.ms) - 1; j >= 0; j-- {
		m := s.ms[j]
		if m.tj > t || m.ti < cs {
			continue
		}
		if g := r.groupTo(s, m); r.groupOf(s, g[0].ti) || r.groupIn(s, g[0].ti) || r.crowdOf(s, g[0].ti) {
			return g, false // "Soldiers from Gondor", "Prosecutors in Israel", "Thousands of Pakistanis"
		}
		break // only the nearest actor before the verb and its coordination
	}
	if s.main != nil && s.main.tj <= t && !(s.quote[t] && !s.quote[s.main.ti]) {
		// "The foreign ministers of A and B met ... and agreed": the
		// whole group after "<group noun> of".
		if g := r.groupTo(s, s.main); len(g) > 1 && (r.groupOf(s, g[0].ti) || r.groupIn(s, g[0].ti)) {
			return g, true
		}
		return r.groupFrom(s, s.main), true
	}
	if s.quote[t] && s.speaker != "" {
		return r.groups.one(r.newMention(mention{id: s.speaker, part: s.speaker, rule: "speaker"})), true
	}
	return nil, false
}

// object finds what the word ending at te acts on, within its clause,
// skipping the actors in not (the source: "dolar AS" after "AS mengirim").
// A place after a locative preposition is the object only when place is set.
func (r *run) object(s *sentenceContext, te int, place bool, not []*mention) ([]*mention, bool) {
	return r.objectUntil(s, te, r.clauseEnd(s, te), place, not, false)
}

// objectEnds: the object of the verb ending at te ends at token k, before
// ce: a reason ("in response to"), a participle clause after a comma
// (", prompting North Korea to warn"), a verb phrase after "and"
// ("welcomed the release and thanked Qatar", "condemned the attack and
// said …") or, with content, an
// infinitive with an event of its own.
func (r *run) objectEnds(s *sentenceContext, k, te, ce int, content bool) bool {
	toks := s.toks
	if reasonPhrase(toks, k) {
		return true
	}
	if r.p.lang == "id" && k > te && !toks[k].cap && toks[k-1].lx&lxRelative == 0 && r.passiveLight(toks[k].low) {
		// "serangan Israel ke Doha disampaikan Hakan Fidan": the passive
		// verb of the clause ends the noun's object (not a relative's:
		// "usulan yang diajukan Mesir").
		return true
	}
	if r.p.lang != "en" || k+1 >= ce {
		return false
	}
	t, next := &toks[k], &toks[k+1]
	switch {
	case t.raw == ",":
		// (a relative clause set off by commas ends at its comma: "Russia,
		// which denies targeting civilians, struck ... Dnipro")
		return strings.HasSuffix(next.low, "ing") && covered(s.ms, k+1) == nil || r.insideRelative(s, te-1, k+1)
	case k > te && t.lx&lxCoord != 0:
		// (also a verb of reporting: "condemned the attack and said he
		// would convene leaders of the Group of Seven")
		return (next.lx&lxTrigger != 0 && !strings.HasSuffix(next.low, "s") || r.p.report[next.low]) && covered(s.ms, k+1) == nil
	case content && t.low == "to":
		return next.lx&lxTrigger != 0 && covered(s.ms, k+1) == nil
	}
	return false
}

// reasonPhrase: "in response to", "in retaliation for", "in reaction to"
// at k open the reason of an act, whose actors are not its object
// ("deploy troops to its eastern flank in response to Russia's
// aggression").
func reasonPhrase(toks []token, k int) bool {
	if k+1 >= len(toks) || toks[k].low != "in" {
		return false
	}
	switch toks[k+1].low {
	case "response", "retaliation", "reaction", "revenge":
		return true
	}
	return false
}

// objectUntil is object with the clause ending at ce. With content set
// (English), the object also ends before an infinitive with an event of its
// own, its content ("approved a plan to take control of X": X is the
// plan's, not the approval's).
func (r *run) objectUntil(s *sentenceContext, te, ce int, place bool, not []*mention, content bool) ([]*mention, bool) {
	scanned := te // tokens before it hold no end of the object
	var loc *mention
	var locEnd []*mention
	skip := -1 // mentions before it are a skipped agent and its coordination
outer:
	for _, m := range s.ms {
		if m.ti < te || m.ti >= ce || m.modifier || m.ti < skip {
			continue
		}
		for ; scanned < m.ti; scanned++ {
			if r.objectEnds(s, scanned, te, ce, content) {
				ce = scanned
				break
			}
		}
		if m.ti >= ce {
			break
		}
		for _, n := range not {
			if n.part == m.part && !r.twoParts(s, n, m) {
				continue outer
			}
		}
		if m.locative && !r.groupIn(s, m.ti) && !r.groupInPlace(s, m.ti) && !r.origin(s, m.ti) {
			// (not "arrested protesters in Nairobi": the state's group;
			// nor "in Istanbul": the group of a place in a state)
			if loc == nil {
				loc = m
				locEnd = r.groupFrom(s, m)
			}
			continue
		}
		if inGroup(locEnd, m) {
			continue // "struck targets in Syria and Lebanon": the place's coordination
		}
		if r.audience(s, m) {
			continue // "complained to the Associated Press about ..."
		}
		if m.agent && m.ti >= te+2 && strings.HasSuffix(s.toks[m.ti-2].low, "ed") && !r.weaponOwner(s, m.ti-2) {
			// The agent of a participle after the trigger: "agreed to a
			// ceasefire brokered by Qatar and Egypt".
			g := r.groupFrom(s, m)
			skip = g[len(g)-1].tj
			continue
		}
		return r.groupFrom(s, m), false
	}
	if loc != nil && place {
		return r.groupFrom(s, loc), true
	}
	return nil, false
}

// origin: the mention at i follows "<origin noun> from" ("tariffs on
// imports from India", "banned goods from Russia"): the act hits the
// origin, which is the object, not a place.
func (r *run) origin(s *sentenceContext, i int) bool {
	if i < 2 || !r.p.originNouns[s.toks[i-2].low] {
		return false
	}
	w := s.toks[i-1].low
	return r.p.lang == "en" && w == "from" || r.p.lang == "id" && w == "dari" // "tarif atas produk impor dari Indonesia"
}

// weaponOwner: the participle at k follows a weapon's noun ("shot down 50
// drones launched by Russia", "intercepted missiles fired by Iran"), so
// its agent owns what the act is aimed at and is the object.
func (r *run) weaponOwner(s *sentenceContext, k int) bool {
	return k > 0 && r.p.classes["missile"][s.toks[k-1].low]
}

// dropWater removes water bodies from ms, in place.
func (r *run) dropWater(ms []*mention) []*mention {
	n := 0
	for _, m := range ms {
		if !r.isWater(m.part) {
			ms[n] = m
			n++
		}
	}
	return ms[:n]
}

// inGroup: m is one of g.
func inGroup(g []*mention, m *mention) bool {
	for _, x := range g {
		if x == m {
			return true
		}
	}
	return false
}

// crowdOf: the mention starting at token i follows "<crowd count> of"
// ("Thousands of Pakistanis protested", "Hundreds of Indonesians
// demonstrated"): the crowd is that people, so the people are the subject.
func (r *run) crowdOf(s *sentenceContext, i int) bool {
	return i >= 2 && s.toks[i-1].low == "of" && r.p.crowdCounts[s.toks[i-2].low]
}
