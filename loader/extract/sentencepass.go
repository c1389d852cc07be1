// The sentence pass: clause boundaries, quotations, pronouns, the main
// subject, hedges and denials of one sentence, then its events and stances.

package extract

import (
	"github.com/geokg/kg/loader/facts"
)

// boolsN returns (*buf)[:n] cleared, growing the buffer as needed.
func boolsN(buf *[]bool, n int) []bool {
	if cap(*buf) < n {
		*buf = make([]bool, n, n+n/2)
	}
	b := (*buf)[:n]
	clear(b)
	return b
}

// clauseBools returns the sentence's first two lists of n bools, bound
// and quote, cleared: both are held in *buf, so that one clear readies
// them (the per-sentence reset cleared each buffer on its own).
func clauseBools(buf *[]bool, n int) (bound, quote []bool) {
	b := boolsN(buf, 2*n)
	return b[:n:n], b[n:]
}

// boolsCopy is boolsN(buf, len(src)) with src copied into it, without the
// clear that the copy would write over.
func boolsCopy(buf *[]bool, src []bool) []bool {
	n := len(src)
	if cap(*buf) < n {
		*buf = make([]bool, n, n+n/2)
	}
	b := (*buf)[:n]
	copy(b, src)
	return b
}

// commaBound tells whether the comma toks[i] ends a clause: before a
// coordinating or relative word, or before an attribution ("…, South
// Korea's military said", "…, kata militer Korea Selatan"), which is not
// part of the clause before it. (Out of readSentence's first pass: few
// tokens are commas.)
func commaBound(toks []token, i int) bool {
	if i+1 < len(toks) && toks[i+1].lx&(lxCoord|lxRelative) != 0 {
		return true
	}
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		if toks[k].lx&lxSpeech != 0 {
			return true
		}
		if toks[k].punct && toks[k].low != "'s" {
			break
		}
	}
	return false
}

// sentenceContext is what the rules know of the sentence being read
// (readSentence): its tokens, participants, clause boundaries, quotation
// marks, hedges and denials.
type sentenceContext struct {
	si       int
	st       *sentence
	toks     []token
	ms       []*mention // participants (not consumed), in order
	bound    []bool     // clause boundaries for objects
	sbound   []bool     // and for subjects: also "dan"/"and" before a verb phrase
	main     *mention
	speaker  string
	quote    []bool // token inside a quotation
	date     string // the date of events told outside quotations
	dated    bool
	dateAbs  bool   // s.date was written as a date, not told from the article's
	dateFut  bool   // s.date is a period told forward ("pekan depan", "next month")
	dateQ    string // and of events told inside one
	datedQ   bool
	lastTrig int      // token index of the last trigger seen, -1 before the first
	hedges   [][2]int // start and end of each hedge phrase
	denial   int      // token index of the first denial phrase, -1 when none
	scope    *scope   // the last demand, appeal, threat or offer (modality.go)
	gate2    uint64   // the lx2 flags of the tokens or'ed together (readGate), for findEvents
	scopeBuf scope
}

// sentenceDate is the date of the events of a sentence whose trigger is
// toks[t], computed once for triggers outside quotations and once for
// those inside: a date inside a quotation dates only what the quotation
// tells ("Russia attacked Ukraine, the minister said, “like February
// 2022”" is not dated February 2022); what a quotation tells takes its
// own date, else the sentence's.
func (r *run) sentenceDate(s *sentenceContext, t int) string {
	if t >= 0 && t < len(s.quote) && s.quote[t] {
		if !s.datedQ {
			s.datedQ = true
			if h, ok := r.p.sentenceDate(s.toks, r.ref, s.quote, true); ok {
				s.dateQ = h.value
			} else {
				s.dateQ = r.sentenceDate(s, -1)
			}
		}
		return s.dateQ
	}
	if !s.dated {
		s.dated = true
		if h, ok := r.p.sentenceDate(s.toks, r.ref, s.quote, false); ok {
			s.date, s.dateAbs, s.dateFut = h.value, h.absolute, h.future
		} else if s.st.lead && r.refStr != "" {
			s.date = r.refStr
		}
	}
	return s.date
}

// readSentence reads one sentence that is not a related-article line:
// quotations, pronouns, the speaker, the main subject, hedges and denials,
// then its events and explicit stances; and updates the discourse state
// (last subject, last speaker) for the next sentence.
func (r *run) readSentence(si int, st *sentence, all []*mention) {
	toks := st.toks
	s := &r.sentCtx
	// Cleared in place and then filled: a literal assigned to *s was built
	// on the stack and copied in, twice the stores of a clear.
	*s = sentenceContext{}
	s.si, s.st, s.toks, s.ms, s.hedges = si, st, toks, r.msbuf[:0], r.hbuf[:0]
	for _, m := range all {
		if !m.consumed {
			s.ms = append(s.ms, m)
		}
	}
	// The first pass over the tokens: clause boundaries (bound: for each
	// token, whether it ends a clause), quotations and pronouns. A
	// pronoun's mention covers its token alone, so the pronouns before a
	// token do not change what covered finds, and personBefore skips
	// pronouns.
	s.bound, s.quote = clauseBools(&r.bbuf, len(toks))
	in := false
	for i := range toks {
		t := &toks[i]
		if t.punct { // (one switch on the mark, not a test and then a switch)
			switch t.raw {
			case "“":
				s.bound[i] = true
				in = true
				continue
			case "”":
				s.bound[i] = true
				in = false
				continue
			case "\"":
				s.bound[i] = true
				in = !in
				continue
			case ";", ":":
				s.bound[i] = true
			case ",":
				s.bound[i] = commaBound(toks, i)
			}
			s.quote[i] = in
			continue
		}
		s.quote[i] = in
		// a word: one test of its bits (most words are none of these)
		if t.lx&(lxClauseBreak|lxRelative|lxPronoun) == 0 {
			continue
		}
		if t.lx&(lxClauseBreak|lxRelative) != 0 {
			s.bound[i] = true
		}
		if t.lx&lxPronoun != 0 && covered(s.ms, i) == nil {
			r.pronoun(s, i)
		}
	}
	sortMentions(s.ms)
	// A name behind a preposition and a determiner ("filed a case at the
	// International Court of Justice accusing Israel") is no subject
	// either.
	for _, m := range s.ms {
		if !m.oblique && m.ti > 1 && toks[m.ti-1].lx&lxDeterminer != 0 && toks[m.ti-2].lx&(lxObjPrep|lxLocative|lxAgent) != 0 {
			m.oblique = true
		}
	}
	// The second pass: clause boundaries for subjects (sbound: also
	// "dan"/"and" before a verb phrase), hedges and denials (which read
	// the tokens alone: before the speaker, who reads neither).
	s.sbound = boolsCopy(&r.sbbuf, s.bound)
	s.denial = -1
	for i := range toks {
		t := &toks[i]
		if !t.punct && t.lx&lxCoord != 0 && i+1 < len(toks) && mentionAt(s.ms, i+1) == nil && !toks[i+1].punct {
			s.sbound[i] = true
		}
	}
	// The sentence's flags or'ed together (readGate), tested before the
	// passes that can only act at a word of one flag: most sentences have
	// no hedge or denial word and no reporting verb, and skip those passes.
	g, g2 := r.readGate(st)
	s.gate2 = g2
	if r.hedgesMayStart(g) {
		for i := range toks {
			t := &toks[i]
			if r.p.hedges.mayStart(t) || r.p.denials.mayStart(t) {
				r.hedgeAt(s, i)
			}
		}
	}
	// speaker: found at a reporting verb (lxSpeech) alone
	if g&lxSpeech != 0 {
		s.speaker = r.speaker(s)
	}
	if s.speaker != "" {
		for i := range toks {
			t := &toks[i]
			if t.lx&lxPronoun != 0 && r.p.pronouns[t.low] == "self" && !t.punct && covered(s.ms, i) == nil {
				s.ms = append(s.ms, r.newMention(mention{s: t.s, e: t.e, ti: i, tj: i + 1, id: s.speaker, part: s.speaker, rule: "anaphora:speaker", conf: 0.7, pronoun: true}))
			}
		}
		sortMentions(s.ms)
	}
	// main subject: the first participant not after a preposition
	for _, m := range s.ms {
		if !m.oblique && !s.quote[m.ti] {
			s.main = m
			break
		}
	}
	if s.main == nil {
		for _, m := range s.ms {
			if !m.oblique {
				s.main = m
				break
			}
		}
	}
	r.findEvents(s)
	if r.stancesMayStart(g) {
		r.findStances(s)
	}
	if s.speaker != "" {
		r.lastSpeaker = s.speaker
		if hasQuote(s) {
			r.statement(s)
		}
	}
	if s.main != nil {
		id := s.main.part
		r.lastAny = id
		if a := r.known(s.main.id); a != nil && a.a.Kind == facts.KindPerson && s.main.part == s.main.id {
			r.lastSg = id
		} else if !s.main.pronoun {
			r.lastPl = id
		} else if a := r.known(id); a != nil && a.a.Kind != facts.KindPerson {
			r.lastPl = id
		}
	}
	// Last, the lists' memory for the next sentence (no defer: its closure cost
	// more than the rest of this tail; after a panic, which abandons the
	// article, the buffers are merely not kept).
	r.msbuf, r.hbuf = s.ms[:0], s.hedges[:0]
}

// readGate is what readSentence reads of st once, for the tests it makes
// before its passes: the lx and the lx2 flags of st's tokens, each or'ed
// together (sentLx, sentLx2, computed once per sentence for the name
// rules). With Extractor.everyRule (the tests') every flag is set and
// every pass is called: TestSentGate compares the two.
func (r *run) readGate(st *sentence) (lx, lx2 uint64) {
	if r.x.everyRule {
		return ^uint64(0), ^uint64(0)
	}
	return r.sentLx(st), r.sentLx2(st)
}

// hedgesMayStart tells, from a sentence's readGate, whether a hedge or a
// denial may start at one of its tokens: a token where neither index's
// mayStart holds is one where hedgeAt finds nothing.
func (r *run) hedgesMayStart(g uint64) bool {
	hb, db := r.p.hedges.fbit, r.p.denials.fbit
	return hb == 0 || db == 0 || g&(hb|db) != 0
}

// stancesMayStart tells, from a sentence's readGate, whether findStances
// may find a stance: its loop skips every token with neither the stance
// index's first-word flag nor the clitic flag (when the index has a
// first-word flag; without one any word may start a phrase).
func (r *run) stancesMayStart(g uint64) bool {
	fbit := r.p.stances.fbit
	return fbit == 0 || g&(fbit|lxStanceClitic) != 0
}

// hedgeAt reads a hedge or a denial that may start at toks[i]
// (readSentence's second pass, the rare case out of its loop).
func (r *run) hedgeAt(s *sentenceContext, i int) {
	toks := s.toks
	if h, ok := r.p.hedges.at(toks, i); ok && !r.admission(toks, i+len(h.p)) {
		s.hedges = append(s.hedges, [2]int{i, i + len(h.p)})
	}
	if s.denial < 0 {
		if _, ok := r.p.denials.at(toks, i); ok {
			s.denial = i
		}
	}
}

// pronoun reads toks[i], a word of the pronoun flag that no mention
// covers: a mention of whom it refers to, appended to s.ms (readSentence's
// first pass, the rare case out of its loop).
func (r *run) pronoun(s *sentenceContext, i int) {
	toks := s.toks
	t := &toks[i]
	kind, ok := r.p.pronouns[t.low]
	if !ok {
		return
	}
	var id string
	part := ""
	switch kind {
	case "sg":
		// A person the sentence named before it first ("Joe Biden
		// condemned the attack and said he would convene …": not the
		// state the sentence before was about).
		if pm := personBefore(s.ms, i); pm != nil {
			id, part = pm.id, pm.part
			break
		}
		id = r.lastSg
		if id == "" {
			id = r.lastAny
		}
	case "pl":
		id = r.lastPl
		if id == "" {
			id = r.lastAny
		}
	case "any":
		id = r.lastAny
	case "self":
		return // resolved to the speaker below
	}
	if id == "" {
		return
	}
	if part == "" {
		part = id
	}
	m := r.newMention(mention{s: t.s, e: t.e, ti: i, tj: i + 1, id: id, part: part, rule: anaphoraRule(kind), conf: 0.7, pronoun: true})
	if i > 0 && toks[i-1].lx&(lxObjPrep|lxLocative) != 0 {
		m.oblique = true
	}
	s.ms = append(s.ms, m)
}

func anaphoraRule(kind string) string {
	switch kind {
	case "sg":
		return "anaphora:sg"
	case "pl":
		return "anaphora:pl"
	case "any":
		return "anaphora:any"
	}
	return "anaphora:" + kind
}

// personBefore is the last person the mentions ms name before token i, no
// pronoun, or nil.
func personBefore(ms []*mention, i int) *mention {
	var last *mention
	for _, m := range ms {
		if m.person && !m.pronoun && m.tj <= i && (last == nil || m.tj > last.tj) {
			last = m
		}
	}
	return last
}
