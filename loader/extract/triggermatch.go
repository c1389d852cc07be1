// Matching trigger forms (lang/<code>.triggers.tsv) on the tokens of a
// sentence: the longest form first, clitics stripped, gaps and blanks.

package extract

import (
	"strings"
)

// demonymNoun: the word at i follows a determiner and a state's demonym
// ("an Israeli strike", "a Russian attack"): a noun, not the verb of the
// demonym's state as a subject.
func demonymNoun(toks []token, ms []*mention, i int) bool {
	if i < 2 || toks[i-2].lx&lxDeterminer == 0 {
		return false
	}
	m := mentionAt(ms, i-1)
	return m != nil && m.tj == i && m.rule == "gazetteer:demonym"
}

// openingPlural: an -s form that opens the sentence, alone or after one
// word that is no name, determiner, auxiliary or pronoun ("Clashes
// between …", "Deadly clashes broke out between …"), is a plural noun: a
// verb's -s form needs a subject before it.
func openingPlural(toks []token, ms []*mention, i int) bool {
	if ms == nil || i > 1 || !strings.HasSuffix(toks[i].low, "s") {
		return false
	}
	if i == 0 {
		return true
	}
	w := &toks[0]
	return !w.punct && w.lx&(lxDeterminer|lxAux|lxPronoun) == 0 && covered(ms, 0) == nil
}

// mayTrigger reports whether a trigger may start at t: a word with a
// trigger set. It is small enough to inline, so that findEvents tests
// each token before it calls matchTrigger (most tokens start none).
func mayTrigger(t *token) bool {
	return t.trig != 0 && !t.punct && t.lx&lxTrigger != 0 // (the rarest first)
}

// matchTrigger finds the longest trigger at toks[i]; ms, the sentence's
// mentions (nil where none are known), tell a demonym before it.
func (r *run) matchTrigger(toks []token, ms []*mention, i int, handOnly bool) (*trigger, int, bool) {
	t := &toks[i]
	if !mayTrigger(t) {
		return nil, 0, false
	}
	// The token's trigger set, its own or its stem's before a clitic
	// (lexVals, when the pack was loaded).
	ts, clitic := r.p.trigSets[t.trig-1], t.trigClitic
	// (into the run's buffer: a local array would be cleared at each call)
	cands := ts.candidates(r.p, toks, i, r.cands[:0])
	r.cands = cands
	if len(cands) == 0 {
		return nil, 0, false // (before the word's readings below: no form to weigh them)
	}
	// A participle after a determiner is an adjective or a noun ("the
	// occupied West Bank", "the killing of"): not a verb; so is an English
	// past participle between a locative preposition and a name ("in
	// occupied Zaporizhzhia", "from annexed Crimea"; "from attacking
	// Israel" stays the verb).
	adj := i > 0 && (toks[i-1].lx&lxDeterminer != 0 || toks[i-1].lx&lxLocative != 0 && r.p.lang == "en" && i+1 < len(toks) && toks[i+1].cap && !toks[i+1].punct && !strings.HasSuffix(t.low, "ing"))
	noun := r.p.lang == "en" && (r.nounSlot(toks, i) || demonymNoun(toks, ms, i) || openingPlural(toks, ms, i))
	// A hand form that is both a verb and a noun ("attack", "fighting")
	// is read as the noun in a noun slot ("condemned the attack on
	// Israel": Germany did not attack) and as the verb after an
	// auxiliary ("are fighting Eritrean forces").
	// A gerund after a preposition takes an object ("accused Russia of
	// shelling the plant"): it stays a verb.
	ing := strings.HasSuffix(t.low, "ing")
	progressive := r.p.lang == "en" && i > 0 && toks[i-1].lx&lxAux != 0 && ing
	preferNoun := noun && !(ing && toks[i-1].lx&lxDeterminer == 0 && toks[i-1].low != "'s")
	// A verb that starts a group noun ("the M23 rebel group", "protest
	// leaders") is part of the noun: no verb trigger.
	group := false
	if r.p.lang == "en" && t.lx&lxSectorMulti != 0 && i+1 < len(toks) {
		// (sectorWords tries two or three words only under those two
		// tests: without them it finds one word at most, and no group)
		_, n := r.p.sectorWords(toks, i)
		group = n >= 2
	}
	var best *trigger
	bestEnd := 0
	for _, ci := range cands {
		tr := ts.all[ci]
		if tr.part && adj || group && !tr.nominal {
			continue
		}
		if tr.gen && (handOnly || noun && !tr.nominal) {
			continue // "Sweden's bid", "a charge", "artillery shells": nouns
		}
		if best != nil && (tr.gen || tr.nominal == best.nominal) {
			continue
		}
		end, ok := matchRest(r.p, toks, i+1, tr.toks[1:])
		if !ok || len(tr.pre) > 0 && !matchBefore(toks, i, tr.pre) {
			continue
		}
		if c := tr.toks[len(tr.toks)-1].class; c != "" && covered(ms, end-1) != nil {
			// A form's closing class word that opens an actor's name is
			// the object, not the form's: "mengancam menyerang militer
			// Amerika Serikat" is no "mengancam {force}".
			continue
		}
		if best != nil {
			if end >= bestEnd {
				return tr, end, clitic
			}
			continue
		}
		if tr.gen || !(preferNoun && !tr.nominal || progressive && tr.nominal) {
			return tr, end, clitic
		}
		best, bestEnd = tr, end
	}
	if best != nil {
		return best, bestEnd, clitic
	}
	return nil, 0, false
}

// wordOrPlural: w is word or a regular plural of it. Its first tests,
// inlined where matchRest's gap scans up to six words for each pattern, are
// those that both cases need (a word at least as long, the same first byte;
// a plural ends in "s"), so that most words are refused without a call.
func wordOrPlural(w, word string) bool {
	if len(word) == 0 {
		return w == word || pluralOf(w, word) // (no pattern word is empty)
	}
	if len(w) < len(word) || w[0] != word[0] {
		return false // (a plural's singular keeps its first byte)
	}
	return w == word || w[len(w)-1] == 's' && pluralOf(w, word)
}

func matchRest(p *pack, toks []token, i int, rest []tokPat) (int, bool) {
	for j := range rest {
		tp := &rest[j] // (by pointer: no copy of the pattern's five words per pattern)
		if tp.gap {
			found := false
			// A possessive's "'s" is no break: "dismissed Zelensky's peace plan".
			word := tp.word
			end := min(len(toks), i+windowAfter)
			for k := i; k < end && (!toks[k].punct || toks[k].low == "'s"); k++ {
				// (wordOrPlural's own first test, here where it is inlined:
				// most words are refused by it, without a call)
				if w := toks[k].low; (len(word) == 0 || len(w) >= len(word) && w[0] == word[0]) && wordOrPlural(w, word) {
					i, found = k+1, true
					break
				}
			}
			if !found {
				return 0, false
			}
			continue
		}
		if tp.class != "" {
			found := false
			for k := i; k < len(toks) && k < i+4; k++ {
				if tp.classBit != 0 && toks[k].lx&tp.classBit != 0 || tp.classBit == 0 && p.classes[tp.class][toks[k].low] {
					i, found = k+1, true
					break
				}
			}
			if !found {
				return 0, false
			}
			continue
		}
		if i >= len(toks) {
			return 0, false
		}
		w := toks[i].low
		if w != tp.word {
			// A clitic form is the word and a clitic after it: longer and
			// starting with it (most words are not, and the clitics are
			// not tried).
			if len(w) <= len(tp.word) || w[:len(tp.word)] != tp.word {
				return 0, false
			}
			ok := false
			for _, c := range p.clitics {
				if strings.HasSuffix(w, c) && w[:len(w)-len(c)] == tp.word {
					ok = true
				}
			}
			if !ok {
				return 0, false
			}
		}
		i++
	}
	return i, true
}

// matchBefore: the phrase pre ends at most three words before toks[i], with
// no punctuation between ("Israeli warplanes on Tuesday bombed"); each word
// matches itself or its plural.
func matchBefore(toks []token, i int, pre []tokPat) bool {
	n := len(pre)
	for end := i - 1; end >= 0 && end >= i-4; end-- {
		if toks[end].punct {
			return false
		}
		if end-n+1 < 0 {
			return false
		}
		ok := true
		for j := 0; j < n && ok; j++ {
			w, word := toks[end-n+1+j].low, pre[j].word
			ok = w == word || len(w) > len(word) && w[0] == word[0] && pluralOf(w, word)
		}
		if ok {
			return true
		}
	}
	return false
}
