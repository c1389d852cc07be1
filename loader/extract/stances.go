// The stances phase: explicit alliance and partnership statements, and
// stances derived from the events (noisy-or of their weights).

package extract

import (
	"math"
	"strings"

	"github.com/geokg/kg/loader/facts"
)

// findStances finds explicit statements of alliance or partnership.
func (r *run) findStances(s *sentenceContext) {
	toks := s.toks
	p := r.p
	// mayStart and the clitic flag in one test of the token's flags: the
	// index's first-word flag (none when fbit is 0: any word may start a
	// phrase) or a word of a stance with a clitic.
	// (readSentence calls it only where the same test on the sentence's
	// flags or'ed together, stancesMayStart, holds: nearly every sentence
	// has neither flag and skips the call.)
	fbit := p.stances.fbit
	for i := 0; i < len(toks); i++ {
		if fbit != 0 && toks[i].lx&(fbit|lxStanceClitic) == 0 {
			continue // no stance phrase starts here (at would say so, after a call)
		}
		sw, found := p.stances.at(toks, i)
		if !found && toks[i].lx&lxStanceClitic != 0 {
			w := toks[i].low
			for _, c := range p.clitics {
				if strings.HasSuffix(w, c) {
					for _, x := range p.stances.first[w[:len(w)-len(c)]] {
						if len(x.p) == 1 {
							sw, found = x, true
						}
					}
				}
			}
		}
		if !found || covered(s.ms, i) != nil || r.negated(s, i) {
			continue
		}
		te := i + len(sw.p)
		var src, tgt []*mention
		conf := 0.9
		// "Russia's ally Belarus"
		if i > 0 && toks[i-1].low == "'s" {
			if m := mentionEndingAt(s.ms, i-1); m != nil {
				tgt = r.groups.one(m)
				if a := firstMentionIn(s.ms, te, te+2); a != nil {
					src = r.groups.one(a)
				}
			}
		}
		k := te
		if k < len(toks) && toks[k].lx&lxBetween != 0 {
			if a := firstMentionIn(s.ms, k+1, k+2); a != nil {
				g := r.groupFrom(s, a)
				if len(g) >= 2 {
					src, tgt = g, nil
				}
			}
		}
		if src == nil && tgt == nil {
			if k < len(toks) && (toks[k].low == "of" || toks[k].low == "dari" || toks[k].low == "bagi" || toks[k].low == "with" || toks[k].low == "dengan") {
				k++
			}
			if m := firstMentionIn(s.ms, k, k+2); m != nil {
				tgt = r.groups.one(m)
			}
			var inh bool
			src, inh = r.subject(s, i)
			if inh {
				conf = 0.8
			}
		}
		matched := r.strs.one(r.text[toks[i].s:toks[te-1].e])
		if tgt == nil && len(src) >= 2 {
			for a := range src {
				for b := range src {
					if a != b {
						r.addStance(s, src[a].part, src[b].part, sw.label, conf, matched)
					}
				}
			}
		}
		for _, sm := range src {
			for _, tm := range tgt {
				r.addStance(s, sm.part, tm.part, sw.label, conf, matched)
			}
		}
		i = te - 1
	}
}

func (r *run) addStance(s *sentenceContext, src, tgt, rel string, conf float64, matched []string) {
	if src == "" || tgt == "" || src == tgt {
		return
	}
	sa, ta := r.actor(src), r.actor(tgt)
	if sa == nil || ta == nil {
		return
	}
	st := s.st
	key := stanceKey{src, tgt, rel, facts.StanceExplicit}
	ev := facts.Evidence{Sentence: r.text[st.s:st.e], Start: st.s, End: st.e, Confidence: conf, Matched: matched, Rule: "stance:explicit"}
	if x := r.stance[key]; x != nil {
		x.Evidence = r.evs.appendTo(x.Evidence, ev)
		r.caps.evidence++
		x.Strength = round2(1 - (1-x.Strength)*(1-conf))
		return
	}
	x := r.stances.ptr(facts.Stance{Source: src, Target: tgt, Relation: rel, Kind: facts.StanceExplicit, Strength: conf, Evidence: r.evs.one(ev)})
	r.stance[key] = x
	r.caps.evidence++
	r.skeys, r.sptrs = append(r.skeys, key), append(r.sptrs, x)
	sa.used, ta.used = true, true
}

func round2(f float64) float64 { return math.Round(f*100) / 100 }

// deriveStances aggregates events per (source, target) into derived stances:
// strength = 1 - Π(1 - w), w = confidence × |Goldstein|/10 × status weight.
func (r *run) deriveStances() {
	// The weight of the last status looked up: nearly all events are
	// facts, so one map look-up serves them all.
	lastStatus, lastWeight, weighed := "", 0.0, false
	// The same for the evidence rule of an event type (derivedRule, a map
	// look-up): neighbouring events are often of one type.
	lastType, lastRule, ruled := "", "", false
	// The derived stances are found by a hash of their source, target and
	// relation (derivedKey) in a row of their own, r.dkeys, beside their
	// records r.sptrs[first:], not in the map r.stance: a scan of the few
	// dozen hashes of an article costs less than hashing the four strings
	// of a stanceKey for the map, and no one else looks a derived stance up
	// (addStance, which reads the map, looks up explicit ones, before).
	first := len(r.sptrs)
	r.dkeys = r.dkeys[:0]
	// The bit evKeyBit(h) of every hash in r.dkeys: most events make a new
	// stance, whose hash has no bit yet, and skip the scan.
	var bits [4]uint64
	for _, e := range r.events {
		ev := &e.ev
		if ev.Target == "" || ev.Target == ev.Source {
			// An act inside one state (ISR/JUD → ISR/GOV) is no tie: an
			// actor is never its own ally or adversary.
			continue
		}
		if ev.Goldstein == 0 {
			continue // w below is 0 whatever the status (010, 020, ...): the cheap test first
		}
		rel := facts.RelationCooperative
		if ev.QuadClass >= 3 {
			rel = facts.RelationHostile
		}
		if !weighed || ev.Status != lastStatus {
			lastStatus, lastWeight, weighed = ev.Status, r.x.common.StatusWeight[ev.Status], true
		}
		w := ev.Confidence * math.Abs(ev.Goldstein) / 10 * lastWeight
		if w <= 0 {
			continue
		}
		evd := ev.Evidence[0]
		evd.Confidence = round2(w)
		if !ruled || ev.Type != lastType {
			lastType, lastRule, ruled = ev.Type, r.x.derivedRule(ev.Type), true
		}
		evd.Rule = lastRule
		h := derivedKey(ev.Source, ev.Target, rel)
		b := evKeyBit(h)
		if bits[b>>6]>>(b&63)&1 != 0 {
			if x := r.derived(first, h, ev.Source, ev.Target, rel); x != nil {
				x.Strength = 1 - (1-x.Strength)*(1-w)
				x.Evidence = r.evs.appendTo(x.Evidence, evd)
				continue
			}
		}
		bits[b>>6] |= 1 << (b & 63)
		x := r.stances.ptr(facts.Stance{Source: ev.Source, Target: ev.Target, Relation: rel, Kind: facts.StanceDerived, Strength: w, Evidence: r.evs.one(evd)})
		r.skeys, r.sptrs = append(r.skeys, stanceKey{ev.Source, ev.Target, rel, facts.StanceDerived}), append(r.sptrs, x)
		r.dkeys = append(r.dkeys, h)
	}
}

// derivedKey keys a derived stance's source, target and relation for
// deriveStances' scan of r.dkeys: partiesKey's four bytes of each string,
// not every byte (FNV-1a did that); it only filters, as derived compares
// the strings of a stance whose key is equal. The two relations differ in
// length, so idKey tells them apart.
func derivedKey(src, tgt, rel string) uint32 {
	return partiesKey(src, tgt, rel)
}

// derived returns the derived stance of source, target and relation
// whose derivedKey is h, among those deriveStances made so far
// (r.sptrs[first:], their hashes in r.dkeys), or nil.
func (r *run) derived(first int, h uint32, src, tgt, rel string) *facts.Stance {
	for j, k := range r.dkeys {
		if k != h {
			continue
		}
		if x := r.sptrs[first+j]; x.Source == src && x.Target == tgt && x.Relation == rel {
			return x
		}
	}
	return nil
}
