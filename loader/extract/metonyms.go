// Missions ("the Russian embassy in Seoul"), metonyms ("pemerintah Rusia",
// "rezim Kim Jong-un") and appositions ("Amerika Serikat (AS)").

package extract

import (
	"slices"
	"strings"

	"github.com/geokg/kg/loader/extract/gazetteer"
	"github.com/geokg/kg/loader/facts"
)

// missions finds "Kedutaan Besar Rusia di Pyongyang", "Russian embassy in
// Seoul", "Embassy of Japan in Jakarta".
//
// The loop below acts only at a token that may start a mission's phrase
// (the flag lxMission, p.missions.fbit): a sentence none of whose tokens
// has it (sentLx), most, has none to find, and is not walked.
func (r *run) missions(st *sentence, ms []*mention) []*mention {
	toks := st.toks
	p := r.p
	if fbit := p.missions.fbit; fbit != 0 && r.sentLx(st)&fbit == 0 {
		return ms
	}
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
		ofID := ""
		if p.home != "" && p.homeMissions[toks[i].low] && len(mp) == 1 {
			// "KBRI London", "KJRI di Jeddah": the home state's mission, in the
			// state the place after it stands in.
			ofID = p.home
			k2 := k
			if k2 < len(toks) && p.missionIn[toks[k2].low] {
				k2++
			}
			if im := mentionAt(ms, k2); im != nil && im.id != p.home && (r.isStateMention(im) || im.entry != nil && im.entry.Country != "" && im.entry.Country != p.home) {
				in, k = im, im.tj
			}
		} else if pm := mentionEndingAt(ms, i); pm != nil && r.isStateMention(pm) {
			of, start = pm, pm.ti
		} else {
			if k < len(toks) && toks[k].low == "of" {
				k++
			}
			if om := mentionAt(ms, k); om != nil && r.isStateMention(om) {
				of, k = om, om.tj
			}
		}
		if of != nil {
			ofID = of.id
		}
		if ofID == "" {
			continue
		}
		if in == nil && k+4 < len(toks) && toks[k].raw == "(" && toks[k+2].raw == ")" && p.missionIn[toks[k+3].low] {
			k += 3 // "Kedutaan Besar Republik Indonesia (KBRI) di Tokyo": the acronym in brackets, then where
		}
		if in == nil && k < len(toks) && p.missionIn[toks[k].low] {
			if im := mentionAt(ms, k+1); im != nil && (r.isStateMention(im) || im.entry != nil && im.entry.Kind == facts.KindPlace && im.entry.Country != "" && im.entry.Country != ofID) {
				in, k = im, im.tj // "Konsulat Jenderal RI di Jeddah": in the state of the city
			}
		}
		oa := r.actor(ofID)
		if oa == nil {
			continue
		}
		id := "embassy-" + strings.ToLower(ofID)
		name := "Embassy of " + oa.a.Name
		if in != nil && in.id != ofID {
			inID := in.id
			if !r.isState(inID) {
				inID = in.entry.Country // "KJRI Jeddah": the state of the city
			}
			id += "-" + strings.ToLower(inID)
			name += " in " + in.surface
		}
		a := r.actors[id]
		if a == nil {
			if _, ok := r.x.gaz.Lookup(id); ok {
				a = r.actor(id)
			} else {
				a = r.actorRecs.ptr(actorRec{a: facts.Actor{ID: id, Name: name, Kind: facts.KindMission, Country: ofID}, order: len(r.order), lastSi: -1})
				r.setActor(id, a)
				r.order = append(r.order, id)
			}
		}
		if of != nil {
			of.consumed = true
		}
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

// metonyms extends "pemerintah Rusia", "the Russian military",
// "rezim Kim Jong-un": the words before a name that make it the state or
// its government. A head of state named this way stands for the state.
//
// Both loops below act only at a whole metonym phrase, whose first word
// has the flag lxMetonymFirst and whose last word lxMetonymLast (buildLex):
// a sentence without both flags, most, has none to find.
func (r *run) metonyms(st *sentence, ms []*mention) []*mention {
	toks := st.toks
	if ix := &r.p.metonyms; ix.fbit != 0 && ix.lbit != 0 {
		if lx := r.sentLx(st); lx&ix.fbit == 0 || lx&ix.lbit == 0 {
			return ms
		}
	}
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
			if m.person && i > 0 && toks[i].cap && toks[i-1].cap && !toks[i-1].punct {
				continue // the word ends a longer name before the person's: "Guru Besar Hukum Tata Negara UI Prof. Satya Arinanto"
			}
			if m.person && i > 0 {
				if g := mentionEndingAt(ms, i); g != nil && !g.person && g.entry != nil && g.entry.Kind == facts.KindArmedGroup {
					continue // "Houthi military spokesman Yahya Saree": an armed group's spokesman speaks for no state
				}
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
	// English: "the Russian military" — a demonym before a metonym word;
	// "the Trump administration" — a leader before a word for the
	// government (regime_after and a metonym word) is the state, as
	// "pemerintahan Trump" is.
	for _, m := range ms {
		if m.consumed || m.tj >= len(toks) {
			continue
		}
		if m.person {
			if l, ok := r.p.metonyms.at(toks, m.tj); ok && len(l.p) == 1 && r.p.regimeAfter[l.p[0]] && covered(ms, m.tj) == nil {
				w := l.p[0]
				m.rule = "metonym:" + w
				m.person = false
				m.part = "@state"
				m.tj, m.e = m.tj+1, toks[m.tj].e
			}
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
	if len(ms) < 2 {
		return ms // each case joins a mention to the one before it
	}
	toks := st.toks
	out := ms[:0]
	for _, m := range ms {
		if n := len(out); n > 0 {
			prev := out[n-1]
			// capThenName, "di Moskow, Rusia": a capital then its state's
			// own name; the state named apart stays an actor when the
			// capital is a place. (The token tests come first, as most
			// neighbours are not that close, then the ids; the rules'
			// strings last.)
			if m.ti >= prev.tj && m.ti-prev.tj <= 2 && !prev.consumed && !m.consumed && prev.id == m.id && !capThenName(prev, m) {
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
		// (acronymOf's first test, one word right after prev, is the cheap one)
		if n := len(out); n > 0 && m.ti == out[n-1].tj+1 && m.tj == m.ti+1 && out[n-1].id != m.id && !out[n-1].consumed && !m.consumed && acronymOf(toks, out[n-1], m) {
			prev := out[n-1]
			prev.tj, prev.e = m.tj+1, toks[m.tj].e
			continue // "Sudanese Armed Forces (SAF)": the writer's short name, not Singapore's SAF
		}
		if n := len(out); n > 0 && m.ti == out[n-1].tj+1 && out[n-1].locative && out[n-1].rule == "metonym:capital" && out[n-1].id == m.id {
			m.locative, m.oblique = true, true // "di Muscat, Oman": the state of a place, itself where, not who
		}
		out = append(out, m)
	}
	return out
}

// capThenName reports whether prev is a capital's mention and m is not:
// "di Moskow, Rusia" (see mergeAppositions).
func capThenName(prev, m *mention) bool {
	return prev.rule == "metonym:capital" && m.rule != "metonym:capital"
}

// acronymOf reports whether m, one all-capital word in brackets right
// after prev, spells the initials of prev's capitalized words ("Sudanese
// Armed Forces (SAF)", "The National Unity Government (NUG)") or is one of
// the names the gazetteer gives prev's entry: the short name the writer
// gives prev, not the gazetteer's other actor with that acronym
// (Singapore's armed forces are the SAF too).
func acronymOf(toks []token, prev, m *mention) bool {
	if m.tj != m.ti+1 || m.ti != prev.tj+1 || m.tj >= len(toks) || toks[prev.tj].raw != "(" || toks[m.tj].raw != ")" {
		return false
	}
	acr := toks[m.ti].raw
	if len(acr) < 2 || strings.ToUpper(acr) != acr {
		return false
	}
	if namedAs(prev.entry, acr) {
		return true // "Reporters Without Borders (RSF)": one of its own names, shared with Sudan's RSF
	}
	initials := make([]byte, 0, len(acr))
	for k := prev.ti; k < prev.tj; k++ {
		if t := &toks[k]; t.cap && !t.punct && t.low != "the" {
			initials = append(initials, t.raw[0])
		}
	}
	return string(initials) == acr
}

// namedAs reports whether e has the form name among its short names or
// its names in any language.
func namedAs(e *gazetteer.Entry, name string) bool {
	if e == nil {
		return false
	}
	if slices.Contains(e.Short, name) {
		return true
	}
	for _, ns := range e.Names {
		if slices.Contains(ns, name) {
			return true
		}
	}
	return false
}
