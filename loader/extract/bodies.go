package extract

import (
	"strings"

	"github.com/geokg/kg/loader/extract/gazetteer"
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
	for i := 0; i < len(toks); i++ {
		if w := toks[i].low; w == "" || !p.bodyFirst[w[0]] {
			continue
		}
		l, ok := p.bodies.at(toks, i)
		if !ok {
			continue
		}
		k := i + len(l.p)
		start, end := i, k
		var state *mention
		if sm := r.stateMentionAt(ms, k); sm != nil {
			state, end = sm, sm.tj // "Kementerian Luar Negeri Brasil"
		} else if k+1 < len(toks) && toks[k].low == "of" {
			k2 := k + 1
			if k2 < len(toks) && toks[k2].low == "the" {
				k2++
			}
			if sm := r.stateMentionAt(ms, k2); sm != nil {
				state, end = sm, sm.tj // "the Ministry of Defence of Brazil"
			}
		}
		if state == nil && i > 0 {
			j := i
			if toks[j-1].low == "'s" || toks[j-1].low == "’s" {
				j--
			}
			if pm := mentionEndingAt(ms, j); pm != nil && !pm.consumed && r.isState(pm.id) {
				state, start = pm, pm.ti // "Brazil's Foreign Ministry", "Brazilian navy"
			}
		}
		if state == nil {
			// In the home language the generic name alone, capitalized and
			// not followed by more of a name, is the home state's body when
			// the gazetteer lists it ("Departemen Keuangan meminta").
			if p.home == "" || !toks[i].cap || k < len(toks) && toks[k].cap && !toks[k].punct || mentionAt(ms, i) != nil {
				continue
			}
			hid := strings.ToLower(p.home) + "-" + l.label
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
		bt, ok := r.x.common.BodyTypes[l.label]
		if !ok {
			continue
		}
		id := strings.ToLower(state.id) + "-" + l.label
		a := r.actors[id]
		if a == nil {
			if e, ok := r.x.gaz.Lookup(id); ok {
				a = r.actorOf(id, e)
			} else {
				sa := r.actor(state.id)
				e := &gazetteer.Entry{ID: id, Kind: bt.Kind, Name: bt.Name + " of " + sa.a.Name, Country: state.id, Sector: bt.Sector}
				a = r.newActor(id, e)
			}
		}
		// The body's words and the state's mention become one mention.
		keep := ms[:0]
		for _, m := range ms {
			if m.ti >= start && m.tj <= end && !m.person {
				continue
			}
			keep = append(keep, m)
		}
		ms = keep
		s, e := toks[start].s, toks[end-1].e
		ms = append(ms, r.newMention(mention{s: s, e: e, ti: start, tj: end, id: id, surface: r.text[s:e], rule: "body", conf: 0.9, entry: a.entry}))
		sortMentions(ms)
		i = end - 1
	}
	return r.foreignHomeBodies(toks, ms)
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
	prefix := strings.ToLower(home) + "-"
	for idx := 0; idx < len(ms); idx++ {
		m := ms[idx]
		e := m.entry
		if m.person || m.consumed || e == nil || e.Country != home || e.Sector == "" || !strings.HasPrefix(e.ID, prefix) {
			continue
		}
		sm := r.stateMentionAt(ms, m.tj)
		if sm == nil || sm.id == home {
			continue
		}
		id := strings.ToLower(sm.id) + "-" + strings.TrimPrefix(e.ID, prefix)
		a := r.actors[id]
		if a == nil {
			if ge, ok := r.x.gaz.Lookup(id); ok {
				a = r.actorOf(id, ge)
			} else {
				sa := r.actor(sm.id)
				name := e.Name
				if ha := r.actor(home); ha != nil {
					name = strings.TrimSuffix(e.Name, " of "+ha.a.Name)
				}
				if name == e.Name {
					name = e.Name + ","
				}
				a = r.newActor(id, &gazetteer.Entry{ID: id, Kind: e.Kind, Name: name + " of " + sa.a.Name, Country: sm.id, Sector: e.Sector})
			}
		}
		start, end := m.ti, sm.tj
		keep := ms[:0]
		for _, x := range ms {
			if x.ti >= start && x.tj <= end && !x.person {
				continue
			}
			keep = append(keep, x)
		}
		ms = keep
		s, en := toks[start].s, toks[end-1].e
		ms = append(ms, r.newMention(mention{s: s, e: en, ti: start, tj: end, id: id, surface: r.text[s:en], rule: "body", conf: 0.9, entry: a.entry}))
		sortMentions(ms)
		idx = -1 // the list changed; start again (bodies are few)
	}
	return ms
}

// stateMentionAt is the mention of a state that starts at token k and is
// not part of another (a title's state), or nil.
func (r *run) stateMentionAt(ms []*mention, k int) *mention {
	if m := mentionAt(ms, k); m != nil && !m.consumed && r.isState(m.id) {
		return m
	}
	return nil
}
