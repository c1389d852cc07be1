// The events phase: a matched trigger becomes events (passive, nominal,
// active and reciprocal forms), with status, date, sectors and evidence.

package extract

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/geokg/kg/loader/facts"
)

// findEvents codes the events of a sentence: every trigger form that
// matches at a token (longest first, see matchTrigger) is coded by
// codeTrigger.
func (r *run) findEvents(s *sentenceContext) {
	toks := s.toks
	s.lastTrig = -1
	s.scope = nil
	prevEnd := -1
	en := r.p.lang == "en"
	set := r.p.lang == "id" && headlinesMayStart(s.gate2) && r.headlineTriggers(s)
	if !set && !eventsMayStart(r.sentLx(s.st), r.sentLx2(s.st)) {
		return // no token is a trigger or a tell verb: the loop below would skip each
	}
	for i := 0; i < len(toks); i++ {
		// (the token's flags alone in the loop: most words are neither a
		// trigger nor a tell verb, and tellVerbAt is out of line)
		if !mayTrigger(&toks[i]) { // (matchTrigger's own first test, inlined)
			if toks[i].lx2&l2TellVerb != 0 {
				r.tellVerbAt(s, i, en)
			}
			continue
		}
		tr, te, clitic := r.matchTrigger(toks, s.ms, i, false)
		if tr == nil {
			if toks[i].lx2&l2TellVerb != 0 {
				r.tellVerbAt(s, i, en)
			}
			continue
		}
		if i == prevEnd && !tr.nominal && en && strings.HasSuffix(toks[i].low, "s") && !toks[i-1].punct {
			// Right after another trigger's words, an -s form is a noun of
			// its object: "supplied artillery shells to Russia".
			continue
		}
		prevEnd = te
		if m := covered(s.ms, i); m != nil && !m.pronoun {
			continue // part of a name ("Kantor Berita")
		}
		n := len(r.events)
		r.codeTrigger(s, tr, i, te, clitic)
		if len(r.events) == n && tr.gen {
			// A generated pattern that finds no parties does not hide a
			// hand trigger of the same word ("Talks between A and B").
			if tr2, te2, cl2 := r.matchTrigger(toks, s.ms, i, true); tr2 != nil {
				tr, te = tr2, te2
				r.codeTrigger(s, tr2, i, te2, cl2)
			}
		}
		s.lastTrig = i
		i = te - 1
	}
}

// eventsMayStart tells, from a sentence's flags or'ed together (sentLx,
// sentLx2), whether findEvents' loop may do anything at one of its tokens:
// a token it does not skip has the trigger flag (mayTrigger) or the tell
// verb flag. Most sentences of an article have neither, and their loop is
// skipped (the flags are computed once per sentence for the name rules).
func eventsMayStart(lx, lx2 uint64) bool {
	return lx&lxTrigger != 0 || lx2&l2TellVerb != 0
}

// headlinesMayStart tells, from a sentence's lx2 flags or'ed together
// (readGate), whether headlineTriggers may act: only at a bare headline
// verb (its loop's l2HeadlineVerb test). Most sentences have none and
// skip the call.
func headlinesMayStart(lx2 uint64) bool { return lx2&l2HeadlineVerb != 0 }

// tellVerbAt codes "A told B to <verb>" at a tell verb that starts no
// trigger (tellTo), for findEvents, which tests the token's flag first; the
// trigger after it is then the last one.
func (r *run) tellVerbAt(s *sentenceContext, i int, en bool) {
	if w := s.toks[i].low; en && len(w) >= 4 && (w[0] == 't' || w[0] == 'i') && r.p.tellVerbs[w] && r.tellTo(s, i) {
		s.lastTrig = i
	}
}

// codeTrigger codes the event of one matched trigger: its parties
// (passive agent, nominalization, active subject and object, coordination,
// quotation speaker), its status (hedges, modality, complements) and its
// date, and adds one event per pair of parties.
func (r *run) codeTrigger(s *sentenceContext, tr *trigger, t, te int, clitic bool) {
	toks := s.toks
	p := r.p
	if p.lang == "en" && r.directQuestion(s) {
		return // "Why did India strike Pakistan?" asserts no strike
	}
	if r.negated(s, t) || tr.ev == nil {
		return // negated, or a PETRARCH "---" pattern that codes nothing
	}
	var src, tgt []*mention
	conf := 0.9
	rule := ""
	passive := tr.passive
	reduced := false
	if tr.pp {
		passive = r.auxBefore(s, t)
		// A reduced relative: "talks hosted by Malaysia", "a ship seized
		// by Iran": passive without an auxiliary; the noun before is its
		// subject.
		if !passive && te < len(toks) && toks[te].lx&lxAgent != 0 && !hasDeterminer(toks[t+1:te]) {
			// (not "condemned the decision by Finland": the pattern's
			// object noun is what "by" follows)
			passive, reduced = true, true
		}
	}
	var converse *mention
	if tr.passiveOnly && !passive {
		// PETRARCH's passive-only code on an active verb is the converse
		// act: "Ukraine received tanks from Germany", "faced sanctions
		// from the EU": the actor after from/by acts on the subject.
		if converse = r.converseAgent(s, te); converse == nil {
			return
		}
	}
	switch {
	case converse != nil:
		rule = "active:converse"
		var inh bool
		if tgt, inh = r.subject(s, t); tgt == nil {
			return
		}
		if inh {
			conf = 0.8
		}
		src = r.groupFrom(s, converse)
	case passive:
		if rule, src, tgt, conf = r.passiveParties(s, tr, t, te, reduced); src == nil {
			return
		}
	case tr.nominal:
		rule, src, tgt, conf = r.nominalParties(s, tr, t, te, clitic)
		if src == nil {
			return
		}
	default:
		rule = "active"
		var inh bool
		if tr.part && t > 0 && toks[t-1].raw == "," && s.main != nil && s.main.tj < t && !s.quote[t] &&
			strings.HasSuffix(toks[t].low, "ing") {
			// A participial clause: "Israeli troops raided the camp,
			// killing 12 Palestinians" — the main clause's subject acts.
			src = r.groupFrom(s, s.main)
			conf, rule = 0.8, "active:participial"
		} else {
			src, inh = r.subject(s, t)
		}
		if src == nil && p.lang == "id" {
			// "Setelah bertemu Xi Jinping di Beijing, Presiden Prabowo
			// terbang ke Tokyo": the main clause's subject.
			if src = r.frontedClauseSubject(s, t); src != nil {
				conf, inh = 0.8, true
			}
		}
		if src == nil || !inh && r.negatedSubject(s, src) {
			return
		}
		if inh {
			conf = 0.8
			rule = "active:inherited-subject"
		}
		var loc bool
		objFrom := te
		if tr.gen {
			objFrom = t + 1 // a generated pattern's words may pass over the target
		} else if m := r.gapTarget(s, tr, t, te); m != nil {
			objFrom = m.ti // "dismissed Zelensky's peace plan", "encouraged South Korea to"
		} else if te > t+1 {
			if m := covered(s.ms, te-1); m != nil && m.ti > t && m.tj > te {
				// A group noun that ends the pattern starts its owner's
				// mention: "mengusir diplomat India" (v:usir diplomat) is
				// aimed at India, the group's state.
				objFrom = m.ti
			}
		}
		if _, opener := p.mod.openers.get(tr.ev.Root); opener || tr.nominal {
			tgt, loc = r.object(s, objFrom, tr.place, src)
		} else {
			// (a plan, demand or offer reaches into its content: "ready to
			// send troops to Ukraine")
			tgt, loc = r.objectUntil(s, objFrom, r.clauseEnd(s, objFrom), tr.place, src, true)
		}
		if len(tgt) == 0 && len(src) == 1 && !tr.notarget && !tr.recip {
			if m := r.contextGroup(s, te, src[0]); m != nil {
				tgt = r.groups.one(m)
				rule = r.joined.join(joinConcat, rule, "+context-group")
			}
		}
		if root := tr.ev.Root; len(tgt) > 0 && tgt[0].ti < te && (root == "06" || root == "07" || root == "15") && r.sectorOf(s, tgt[0]) != "" {
			// "send U.S. troops to fight cartels", "deployed Russian
			// warships to X": the group inside the pattern is what is
			// sent, not the target.
			tgt, loc = r.object(s, tgt[len(tgt)-1].tj, tr.place, src)
		}
		if len(tgt) == 0 && te > t+2 && len(tr.ev.Code) >= 3 && tr.ev.Code[:3] == "084" {
			// "returned 22 Ukrainian children to their families", "freed 84
			// Russian prisoners of war": those released are named inside
			// the pattern, and their state is the target.
			for _, m := range s.ms {
				if m.ti > t && m.tj < te && !m.oblique && (len(src) == 0 || m.part != src[0].part) {
					tgt = r.groups.one(m)
					break
				}
			}
		}
		if tr.gen && len(tr.toks) == 1 && len(tgt) > 0 && tgt[0].ti > te+4 && !r.verbPP(s, te, tgt[0].ti) {
			// A generated bare verb takes its object close by (PETRARCH's
			// target is the verb's own noun phrase), not an actor further on.
			tgt = nil
		}
		if len(tgt) > 0 && r.endsInPrep(tr) && !r.nextPhrase(s, te, tgt[0].ti) {
			// "spoke with reporters about China": the object of a trigger
			// ending in its preposition follows it (after a determiner and
			// a title at most), else there is none.
			tgt = nil
		}
		if tgt == nil && fromTargetRoot(tr.ev.Root) {
			// "welcomed the proposal from China", "met a delegation from
			// Japan", "rejected the offer by Iran": a verbal act is
			// directed at the author of its object.
			if m := r.converseAgent(s, te); m != nil && (!tr.gen || m.ti <= te+6) {
				tgt = r.groupFrom(s, m)
				rule = r.joined.join(joinConcat, rule, "+from")
			}
		}
		if tgt == nil && (tr.ev.Root == "11" || tr.ev.Root == "12") && r.lastForce != "" {
			if m := r.forceAnaphora(s, te, src); m != nil {
				tgt, rule = r.groups.one(m), r.joined.join(joinConcat, rule, "+anaphora:act")
			}
		}
		if tgt == nil && tr.ev.Root == "13" && te+1 < len(toks) && (toks[te].low == "if" || toks[te].low == "unless") {
			// "would retaliate if the Philippines continued": a
			// conditional threat is directed at the condition's subject.
			if m := firstMentionIn(s.ms, te+1, min(te+4, len(toks))); m != nil && !m.oblique {
				tgt = r.groupFrom(s, m)
			}
		}
		if tgt == nil && te < len(toks) && toks[te].lx&lxComp != 0 {
			if _, opener := r.p.mod.openers.get(tr.ev.Root); opener {
				// "demanded that the United States end ...": the addressee
				// is the complement's subject.
				a := te + 1
				if a < len(toks) && toks[a].lx&lxDeterminer != 0 && mentionAt(s.ms, a) == nil {
					a++
				}
				if m := firstMentionIn(s.ms, a, a+1); m != nil {
					tgt = r.groupTo(s, m)
				}
			}
		}
		if (loc || len(tgt) > 0 && r.locativeBefore(s, te, tgt[0])) && tr.recip && len(src) >= 2 {
			tgt = nil // "A and B clashed in C", "A dan B saling serang di perbatasan C": A and B are the parties
		} else if loc {
			conf *= 0.9
		}
	}
	if !tr.nominal && te == t+1 && toks[t].lx&lxLight != 0 && len(tgt) > 0 && r.actNounBetween(s, te, tgt[0].ti) {
		// "approved a new package of sanctions against Russia": the noun
		// is the act and codes it; the light verb alone that carries it
		// endorses no one ("expressed concern over ... tests" is a trigger
		// of its own words).
		return
	}
	// Territory: "wilayah Ukraina yang dikuasai Rusia, Donetsk dan Luhansk"
	if len(tgt) == 1 && tgt[0].ti > 0 && toks[tgt[0].ti-1].lx2&l2Territory != 0 && p.territory[toks[tgt[0].ti-1].low] {
		ce := len(toks)
		var places []*mention
		for _, m := range s.ms {
			if m.ti > tgt[0].tj && m.ti < ce && m.ti > 0 && toks[m.ti-1].raw == "," {
				if a := r.known(m.id); a != nil && a.a.Kind == facts.KindPlace {
					places = r.groupFrom(s, m)
					break
				}
			}
		}
		if places != nil {
			tgt = places
			rule = r.joined.join(joinConcat, rule, "+territory")
		}
	}
	ev := tr.ev
	typ := tr.typ
	if passive && tr.passiveEv != nil {
		ev, typ = tr.passiveEv, tr.passiveEv.Type
	}
	modal := ""
	content := r.contentStatus(s, s.scope, t)
	if content == "" {
		modal = r.modalBefore(s, t)
		if modal == "" && tr.nominal && strings.HasPrefix(rule, "nominal:") {
			// The modality of a noun's event is also its verb's: "will
			// send an additional $2 billion in military aid".
			if k := r.lightVerbBefore(s, t); k < t && s.toks[k].lx&lxPlanned != 0 {
				// "pledged $5 billion in economic aid": the light verb
				// itself is a promise; the aid is its intent (033).
				modal = "planned"
			} else if k < t {
				modal = r.modalBefore(s, k)
			}
		}
	}
	intent := tr.intent
	if intent == nil && modal == "planned" {
		intent = r.x.cameo[intentCode(ev.Code)]
		if intent == nil && ev.Root == "03" {
			intent = ev // "offered to host talks between A and B": already an intent
		}
	}
	if intent != nil && (r.futureBefore(s, t) || modal == "planned") {
		// "will meet", "offered to mediate": the intent (03x) is the fact.
		ev, typ = intent, intent.Type
		rule = r.joined.join(joinConcat, rule, "+intent")
		modal = ""
	} else if modal == "unreal" {
		return
	}
	if content == facts.StatusPlanned && threatCode(ev.Code) != "" && r.promiseOpener(s) {
		// A promise or vow of a hostile act is a threat: "berjanji akan
		// menyerang Israel", "vowed to attack Israel" (138, its content
		// threatened, not planned).
		content = facts.StatusThreatened
		s.scope.status = content
		for _, e := range r.events[s.scope.first:] {
			if e.sent == s.si && e.ev.Cameo[:2] == "03" {
				if c := r.x.cameo["130"]; c != nil {
					e.ev.Cameo, e.ev.Type, e.ev.QuadClass, e.ev.Goldstein, e.ev.Plover = c.Code, c.Type, c.Quad, c.Goldstein, c.Plover
				}
			}
		}
	}
	if content == facts.StatusPlanned && (intentCode(ev.Code) != "" || ev.Root == "03") && !r.openerCoded(s) {
		// A plan, promise or offer that names no party of its own ("Russia
		// plans to restore ties with Georgia", "Japan offered to host
		// talks between A and B") is its content's intent (03x), a fact,
		// as "will restore" is.
		if c := r.x.cameo[intentCode(ev.Code)]; c != nil {
			ev, typ = c, c.Type
		}
		content = ""
		rule = r.joined.join(joinConcat, rule, "+intent")
	}
	if content != "" && s.scope.status == facts.StatusThreatened && threatCode(ev.Code) != "" {
		// "threatened to attack": a threat of military force (138); "to
		// cut gas supplies": to reduce aid (1311); "to impose sanctions"
		// (1312), "to break relations" (1313), "to protest" (133).
		if c := r.x.cameo[threatCode(ev.Code)]; c != nil {
			for _, e := range r.events[s.scope.first:] {
				if e.sent == s.si && e.ev.Cameo[:2] == "13" {
					e.ev.Cameo, e.ev.Type, e.ev.Goldstein, e.ev.Plover = c.Code, c.Type, c.Goldstein, c.Plover
				}
			}
		}
	}
	if content == facts.StatusThreatened && ev.Root == "13" {
		// A threat inside a warning's scope is the threat itself, made:
		// "warned that it would strike Israel if attacked" (138, a fact).
		content = ""
	}
	if content == "" {
		if st, ok := r.p.mod.openers.get(ev.Root); ok {
			s.scopeBuf = scope{from: t, end: te, status: st, first: len(r.events)}
			s.scope = &s.scopeBuf
		}
	}
	// Mutual: "Rusia dan Ukraina saling tuding" goes both ways.
	if len(tgt) == 0 && len(src) >= 2 && t > 0 && p.mutual[toks[t-1].low] {
		matched := r.strs.one(r.text[toks[t-1].s:toks[te-1].e])
		for _, a := range src {
			for _, b := range src {
				if a.part != b.part {
					as, asec := r.participant(s, a)
					bs, bsec := r.participant(s, b)
					r.addEvent(s, ev, typ, as, bs, asec, bsec, "fact", conf, matched, r.joined.join(joinConcat, rule, "+mutual"), t)
				}
			}
		}
		return
	}
	// A place or a topic is not the other party of a coordinated subject's
	// mutual act: "Pakistan and India held talks on Kashmir".
	if len(tgt) > 0 && recipCode(ev.Code) && len(src) >= 2 && r.topicOrPlace(s, tgt) {
		tgt = nil
	}
	// Reciprocal with a coordinated subject and no object: "A dan B
	// bertemu", "A and B signed an agreement": each pair, both directions;
	// so for any act on "each other" ("A and B accused each other").
	eachOther := len(src) >= 2 && r.eachOther(s, te)
	if eachOther {
		tgt = nil
	}
	if len(tgt) == 0 && (recipCode(ev.Code) || eachOther) && len(src) >= 2 {
		matched := r.strs.one(r.text[toks[t].s:toks[te-1].e])
		st := r.status(s, t, te, content, modal)
		for _, a := range src {
			for _, b := range src {
				if a.part != b.part {
					as, asec := r.participant(s, a)
					bs, bsec := r.participant(s, b)
					r.addEvent(s, ev, typ, as, bs, asec, bsec, st, conf, matched, r.joined.join(joinConcat, rule, "+reciprocal"), t)
				}
			}
		}
		return
	}
	// Other mutual acts (clash, ceasefire) with a coordinated subject: A→B.
	if len(tgt) == 0 && tr.recip && len(src) >= 2 {
		if r.p.lang == "en" && te == t+1 && te < len(toks) && r.objectNoun(toks[te]) {
			// "Ethiopian forces and Eritrean troops fought Tigrayan
			// fighters": an object nobody could name, not each other.
			return
		}
		src, tgt = src[:1], src[1:2]
		rule = r.joined.join(joinConcat, rule, "+reciprocal")
	}
	objectless := len(tgt) == 0
	// A water body is a place things are fired into, not a party attacked
	// or threatened: "menembakkan rudal ke Laut Kuning".
	if len(tgt) > 0 && (ev.Code[:2] == "15" || ev.Code[:2] == "17" || ev.Code[:2] == "18" || ev.Code[:2] == "19" || ev.Code[:2] == "20") {
		tgt = r.dropWater(tgt) // ("seized a cargo ship in the Red Sea")
	}
	if len(tgt) > 0 && ev.Code[:2] == "13" {
		// "threatened to close the Strait of Hormuz if the United States
		// attacked": a strait is no party; the condition's subject is.
		if tgt = r.dropWater(tgt); len(tgt) == 0 {
			tgt = r.conditionSubject(s, te)
		}
	}
	// Military aid or cooperation sent into a sea is no aid to anyone: "sent
	// warships to the Taiwan Strait" is a show of force (150), a posture
	// with no target (the water is no party, as above).
	noTarget := tr.notarget
	if len(tgt) > 0 && (ev.Code[:2] == "06" || ev.Code[:2] == "07") && r.allWater(tgt) {
		if c := r.x.cameo["150"]; c != nil {
			ev, typ, tgt, noTarget = c, c.Type, nil, true
			rule = r.joined.join(joinConcat, rule, "+sea")
		}
	}
	status := r.status(s, t, te, content, modal)
	matched := r.strs.one(r.text[toks[t].s:toks[te-1].e])
	for _, sm := range src {
		sp, ssec := r.participant(s, sm)
		if len(tgt) == 0 {
			target := ""
			c := conf
			if tr.home {
				// (not a territory's sovereign: "Authorities in Puerto Rico
				// imposed a curfew" acts on no one else)
				if a := r.known(sm.id); a != nil && a.a.Kind != facts.KindState && a.a.Country != "" && a.a.Country != sm.part {
					if r.actor(a.a.Country) != nil {
						target = a.a.Country
						c *= 0.85
					}
				}
			}
			if target == "" && !noTarget {
				if objectless && r.p.lang == "en" {
					r.reportedAttack(s, ev, sm, ssec, status, matched, t)
				}
				continue
			}
			r.addEvent(s, ev, typ, sp, target, ssec, "", status, c, matched, rule, t)
			continue
		}
		for _, tm := range tgt {
			tp, tsec := r.participant(s, tm)
			if sp == tp {
				if sm.ti < t && s.lastTrig >= r.clauseStart(s, t) {
					// Inside one state, the source must be the verb's own
					// subject, with no other verb of its clause before it:
					// one after an earlier verb is that verb's object, one
					// before it that verb's subject ("summoned a Chinese
					// diplomat to protest what it called actions by China's
					// coast guard" is no act of China on itself).
					continue
				}
				if !distinctSectors(ssec, tsec) {
					// An office holder acting for the state is its
					// government: "Israeli prosecutors indicted (Prime
					// Minister) Netanyahu" is ISR/JUD → ISR/GOV, as CAMEO
					// codes it.
					ssec, tsec = cmp.Or(ssec, r.officeSector(sm)), cmp.Or(tsec, r.officeSector(tm))
				}
			}
			r.addEvent(s, ev, typ, sp, tp, ssec, tsec, status, conf, matched, rule, t)
		}
	}
}

// passiveParties finds the parties of a passive trigger (codeTrigger's
// passive case, apart so that the common active path is smaller): the
// agent after "by"/"oleh" (or right after an Indonesian verb) is the
// source, the subject the target; reduced is a reduced relative ("talks
// hosted by Malaysia"). No source: src is nil.
func (r *run) passiveParties(s *sentenceContext, tr *trigger, t, te int, reduced bool) (string, []*mention, []*mention, float64) {
	toks := s.toks
	p := r.p
	rule := "passive"
	var src, tgt []*mention
	conf := 0.9
	k := te
	for k < len(toks) && k < te+3 && toks[k].lx&lxAgent == 0 && !s.bound[k] {
		k++
	}
	if k < len(toks) && toks[k].lx&lxAgent != 0 {
		a := k + 1
		if a < len(toks) && toks[a].lx&lxDeterminer != 0 && mentionAt(s.ms, a) == nil {
			a++ // "accused by the United Nations"
		}
		if m := r.mentionAfterGroup(s, a); m != nil {
			src = r.groupFrom(s, m)
			rule = "passive:agent"
		} else if m := r.fromAfter(s, a); m != nil {
			// "was hit by missiles launched from Iran", "diserang oleh
			// ratusan drone yang diluncurkan dari Iran": who sent the
			// agent.
			src = r.groupFrom(s, m)
			rule = "passive:agent-from"
		}
	} else if p.lang == "id" {
		// "diserang Iran", "ditahan aparat Rusia": the agent right
		// after the verb, maybe after a group noun.
		m := r.mentionAfterGroup(s, te)
		if m == nil && r.bareAdverb(s, te) {
			// "ditembak jatuh militer Polandia", "dikecam keras Turki"
			m = r.mentionAfterGroup(s, te+1)
		}
		if m != nil && !m.oblique {
			src = r.groupFrom(s, m)
			rule = "passive:bare-agent"
		}
	}
	if src == nil {
		// "was ordered to appear before the anti-graft bureau": the
		// authority appeared before acts on the subject.
		if m := r.appearBefore(s, te); m != nil {
			src = r.groups.one(m)
			rule = "passive:appear-before"
		}
	}
	if src == nil {
		return "", nil, nil, 0
	}
	if reduced {
		if m := r.reducedSubject(s, t); m != nil {
			tgt = r.groupTo(s, m)
		}
		return rule, src, tgt, conf
	}
	var inh bool
	tgt, inh = r.subject(s, t)
	if tgt == nil && p.lang == "id" && fromTargetRoot(tr.ev.Root) {
		// "Usulan gencatan senjata dari AS ditolak oleh Hamas": a
		// verbal act on a subject from someone is aimed at its author.
		if m := r.subjectAuthor(s, t); m != nil {
			tgt, rule = r.groupFrom(s, m), r.joined.join(joinConcat, rule, "+author")
		}
	}
	if tgt == nil && tr.place {
		// "A hospital in Gaza was struck by Israeli missiles", "Sebuah
		// rumah sakit di Gaza dibom oleh militer Israel": the place of
		// the passive subject is hit.
		if m := r.subjectPlace(s, t); m != nil {
			tgt, rule = r.groupFrom(s, m), r.joined.join(joinConcat, rule, "+place")
		}
	}
	if inh {
		conf = 0.8
	}
	return rule, src, tgt, conf
}

// subjectPlace is a place after a locative preposition inside the
// subject of the verb at t, in its clause ("A hospital in Gaza was
// struck"), for a trigger whose target may be a place.
func (r *run) subjectPlace(s *sentenceContext, t int) *mention {
	cs := r.clauseStart(s, t)
	for _, m := range s.ms {
		if m.ti >= cs && m.tj <= t && m.locative && !m.modifier && (r.kindClass(m.part) == "place" || r.isStateMention(m)) {
			return m
		}
	}
	return nil
}

// nominalParties finds the parties of an event named by a noun: "pertemuan antara
// A dan B", "mengungkapkan dukungannya kepada B", "kudeta Wagner",
// "Russia's invasion of Ukraine", "serangan oleh A".
func (r *run) nominalParties(s *sentenceContext, tr *trigger, t, te int, clitic bool) (string, []*mention, []*mention, float64) {
	toks := s.toks
	p := r.p
	k := te
	if k < len(toks) && (toks[k].low == "tersebut" || toks[k].low == "itu") {
		k++
	}
	// between (also after words of onset: "clashes broke out between")
	kb := k
	for n := 0; n < 2 && kb < len(toks) && p.onsetWords[toks[kb].low]; n++ {
		kb++
	}
	if kb < len(toks) && toks[kb].lx&lxBetween != 0 {
		a0 := kb + 1
		if a0 < len(toks) && toks[a0].lx&lxDeterminer != 0 && mentionAt(s.ms, a0) == nil {
			a0++
		}
		if a0+2 < len(toks) && r.groupOf(s, a0+2) {
			a0 += 2 // "between the presidents of Kenya and Somalia"
		}
		if a := r.mentionAfterGroup(s, a0); a != nil {
			j := a.tj
			if j < len(toks) && p.betweenAnd[toks[j].low] {
				if j+1 < len(toks) && toks[j+1].lx&lxDeterminer != 0 && mentionAt(s.ms, j+1) == nil {
					j++ // "between Iran and the United States"
				}
				if j+3 < len(toks) && r.groupOf(s, j+3) {
					j += 2 // "between the presidents of Kenya and the presidents of Somalia"
				}
				if b := r.mentionAfterGroup(s, j+1); b != nil {
					return "nominal:between", r.groups.one(a), r.groups.one(b), 0.85
				}
			}
		}
	}
	// light verb before: "mengungkapkan dukungannya", "imposed sanctions", "launched an attack"
	for k := t - 1; k >= 0 && k >= t-6; k-- {
		if toks[k].lx2&l2ComplementPrep != 0 {
			break // "launched a probe into the incursion": the probe's, not launched
		}
		if toks[k].lx&lxLight != 0 {
			if r.negated(s, k) {
				return "", nil, nil, 0
			}
			if toks[k].lx2&l2Receive != 0 {
				// "Ukraine received military aid from Germany",
				// "menerima bantuan dari Jepang": the giver acts on the
				// receiver.
				m := r.converseAgent(s, te)
				tgt, inh := r.subject(s, k)
				if m == nil || tgt == nil {
					return "", nil, nil, 0
				}
				c := 0.8
				if inh {
					c = 0.7
				}
				return "nominal:received", r.groupFrom(s, m), tgt, c
			}
			src, inh := r.subject(s, k)
			if src == nil {
				break
			}
			tgt, _ := r.object(s, te, tr.place, src)
			if len(tgt) > 0 && tr.recip && len(src) >= 2 && r.eventPlaceAfter(s, te, tgt[0]) {
				tgt = nil // "A dan B terlibat pertempuran di Kashmir": A and B are the parties
			}
			if len(tgt) > 0 && r.ownerOfNoun(s, te, tgt[0], src) {
				// "menegaskan dukungan penuh Indonesia kepada Palestina":
				// the state right after the noun is its owner, the
				// source's own.
				tgt, _ = r.object(s, tgt[len(tgt)-1].tj, tr.place, src)
			}
			c := 0.85
			if inh {
				c = 0.75
			}
			return "nominal:light-verb", src, tgt, c
		}
		if toks[k].punct && !currency(toks[k].raw) || covered(s.ms, k) != nil {
			break // (an amount is no break: "approved a $1 billion arms sale")
		}
	}
	// possessive clitic: "dukungannya kepada X"
	if clitic {
		if s.main != nil && s.main.tj <= t && s.quote[s.main.ti] == s.quote[t] {
			src := r.groupFrom(s, s.main)
			tgt, _ := r.object(s, te, tr.place, src)
			return "nominal:possessive", src, tgt, 0.75
		}
		if src, _ := r.subject(s, t); src != nil {
			tgt, _ := r.object(s, te, tr.place, src)
			return "nominal:possessive", src, tgt, 0.75
		}
	}
	// English possessive determiner: "Gondor and Osgiliath delayed their
	// meeting", "Biden defended his talks with Putin": the clause's subject.
	if p.lang == "en" && t > 0 && toks[t-1].lx2&l2Possessive != 0 && p.possessives[toks[t-1].low] && !s.quote[t] {
		if src, inh := r.subject(s, t-1); src != nil {
			tgt, _ := r.object(s, te, tr.place, src)
			c := 0.75
			if inh {
				c = 0.7
			}
			return "nominal:possessive", src, tgt, c
		}
	}
	// English pre-nominal: "Russia's invasion", "U.S. sanctions", "Israeli airstrikes"
	if p.lang == "en" {
		j := t
		if j > 0 && toks[j-1].low == "'s" {
			j--
		}
		if m := mentionEndingAt(s.ms, j); m != nil && !m.modifier {
			src := r.groups.one(m)
			tgt, _ := r.object(s, te, tr.place, src)
			return "nominal:prenominal", src, tgt, 0.75
		}
	}
	// A reaction from someone: "drawing sharp criticism from European
	// Union leaders", "condemnation from Beijing": they react to the
	// clause's subject.
	if p.lang == "en" && k+1 < len(toks) && toks[k].low == "from" && reactionRoot(tr.ev.Root) {
		a := k + 1
		if toks[a].lx&lxDeterminer != 0 && mentionAt(s.ms, a) == nil {
			a++
		}
		if m := firstMentionIn(s.ms, a, a+1); m != nil {
			if s.main != nil && s.main.tj <= t && s.main.part != m.part {
				return "nominal:reaction-from", r.groupFrom(s, m), r.groupFrom(s, s.main), 0.7
			}
		}
	}
	// Indonesian passive light verb after the noun that opens the clause:
	// "Bantuan kemanusiaan untuk Sudan dikirim oleh Arab Saudi", "Sanksi
	// baru terhadap Rusia dijatuhkan oleh Uni Eropa".
	// (Not when the noun's owner follows it: "Kecaman Turki atas ...
	// disampaikan Menlu Hakan Fidan" is Turkey's.)
	if owner := r.mentionAfterGroup(s, k); p.lang == "id" && t <= r.clauseStart(s, t)+1 && (owner == nil || owner.oblique) {
		for j := k; j < len(toks) && j < te+7 && !toks[j].punct; j++ {
			if j+1 < len(toks) && r.passiveLight(toks[j].low) {
				// (the agent after oleh, or right after the verb: "serangan
				// yang dilancarkan Rusia ke Kharkiv")
				var m *mention
				if toks[j+1].lx&lxAgent != 0 {
					m = firstMentionIn(s.ms, j+2, j+4)
				} else if m = r.mentionAfterGroup(s, j+1); m != nil && m.oblique {
					m = nil
				}
				if m != nil {
					src := r.groupFrom(s, m)
					tgt, _ := r.objectUntil(s, te, j, tr.place, src, false)
					if tgt == nil {
						tgt, _ = r.object(s, src[len(src)-1].tj, tr.place, src) // "diberikan oleh Jepang kepada Filipina"
					}
					return "nominal:passive-light", src, tgt, 0.75
				}
				break
			}
		}
	}
	// The agent after the noun's object: "the arrest of a Chinese engineer
	// by German police", "sanctions on Russia by the European Union": the
	// object phrase (a few words, no punctuation, no clause break)
	// ends at "by", and the actor after it acts on the object.
	if p.lang == "en" && k < len(toks) && toks[k].lx&lxObjPrep != 0 {
		if src, tgt := r.agentAfterObject(s, k); src != nil {
			return "nominal:object-agent", src, tgt, 0.7
		}
	}
	// agent phrase: "serangan oleh Rusia", "an attack by Russia"
	if k < len(toks) && toks[k].lx&lxAgent != 0 {
		if m := firstMentionIn(s.ms, k+1, k+2); m != nil {
			var tgt []*mention
			if s.lastTrig < r.clauseStart(s, t) {
				// Not when the noun is another event's object: "X
				// condemned an attack by Y" is no attack on X.
				tgt, _ = r.subject(s, t)
			}
			if tgt == nil {
				tgt, _ = r.object(s, m.tj, tr.place, r.groups.one(m))
			}
			return "nominal:agent", r.groups.one(m), tgt, 0.75
		}
	}
	// Indonesian genitive agent: "kudeta Wagner", "serangan Israel ke Gaza"
	if p.lang == "id" {
		if m := r.mentionAfterGroup(s, k); m != nil && !m.oblique {
			src := r.groupFrom(s, m)
			if t > 0 && r.passiveLight(toks[t-1].low) {
				// "Rusia dijatuhi sanksi Uni Eropa": after a passive light
				// verb the noun's owner is the agent, the subject the target.
				if tgt, _ := r.subject(s, t-1); tgt != nil {
					return "nominal:passive-genitive", src, tgt, 0.7
				}
			}
			tgt, _ := r.object(s, src[len(src)-1].tj, tr.place, src)
			return "nominal:genitive", src, tgt, 0.7
		}
		// "pertemuan (tahunan) kedua pemimpin": the pair named before.
		if g := r.pairBefore(s, k, min(k+2, len(toks))); g != nil {
			return "nominal:genitive-pair", g, nil, 0.7
		}
	}
	// The doer named after a verb of doing: "the attack on its embassy was
	// carried out by Iran", "serangan itu dilakukan oleh kelompok bersenjata".
	if m, dk := r.deedAgent(s, te); m != nil {
		src := r.groupFrom(s, m)
		tgt, _ := r.objectUntil(s, k, dk, tr.place, src, false)
		return "nominal:deed-agent", src, tgt, 0.7
	}
	// The cause of another act, after its object: "criticised Washington
	// over the latest arms sale to Taiwan", "sanctioned U.S. companies over
	// arms sales to Taiwan": the object is the noun's author.
	if m := r.causeObject(s, t); m != nil {
		src := r.groupTo(s, m)
		if tgt, _ := r.object(s, te, tr.place, src); tgt != nil {
			return "nominal:cause-of", src, tgt, 0.65
		}
	}
	// Last resort: the clause's subject acts on the actor the noun is
	// directed at ("the EU agreed a package of sanctions against Russia"),
	// unless another event word comes first in the clause ("imposed
	// sanctions on Russia over its invasion of Ukraine").
	if k < len(toks) && toks[k].lx&lxObjPrep != 0 && s.lastTrig < r.clauseStart(s, t) {
		if tgt, _ := r.object(s, k, tr.place, nil); tgt != nil {
			// After a clause break or in a relative clause the noun is not
			// the sentence subject's act ("..., the first talks since the
			// invasion of Ukraine", "a resolution that would have renewed
			// sanctions against North Korea").
			cs := r.clauseStart(s, t)
			sub := cs > 0 && !s.toks[cs-1].punct && (s.toks[cs-1].lx&lxRelative != 0 ||
				s.toks[cs-1].lx&lxClauseBreak != 0 && r.appositionBefore(s, cs-1))
			if src, inh := r.subject(s, t); src != nil && !(inh && sub) && !r.reportedAct(s, src, t) {
				return "nominal:subject", src, tgt, 0.6
			}
		}
	}
	return "", nil, nil, 0
}

func (r *run) addEvent(s *sentenceContext, ev *cameoEntry, typ, src, tgt, srcSec, tgtSec, status string, conf float64, matched []string, rule string, t int) {
	// Every path to an event codes a named body as its state with its
	// sector (participant does it for the parties of a trigger; speech and
	// other rules come here with the body's own id).
	// sa and ta follow src and tgt: the records of an article are never
	// replaced, so the record found once is the one r.actor would find again.
	sa := r.actor(src)
	if st, sec, ca := r.bodyStateOf(sa, src); st != "" {
		src, srcSec, sa = st, cmp.Or(srcSec, sec), ca
	}
	ta := r.actor(tgt)
	if st, sec, ca := r.bodyStateOf(ta, tgt); st != "" {
		tgt, tgtSec, ta = st, cmp.Or(tgtSec, sec), ca
	}
	if a := sa; a != nil && a.a.Kind == facts.KindPlace && a.a.Country != "" && placeSpeaks(ev.Root) {
		// A city that states, appeals, demands, accuses, rejects or
		// threatens speaks for its state, as PETRARCH's country
		// dictionaries code a city ("Khartoum accused Abu Dhabi": SDN). Not
		// in other acts, where a place named as the doer is a team's, a
		// past dynasty's or the city's own ("England beat", "Kesultanan
		// Mataram menyerang", "The Qing dynasty ceded Hong Kong").
		if ca := r.actor(a.a.Country); ca != nil {
			src, sa = a.a.Country, ca
		}
	}
	if src == "" || src == tgt && !distinctSectors(srcSec, tgtSec) {
		// An act inside one actor is an event only between two distinct
		// parts of it ("Israeli prosecutors indicted the prime minister":
		// ISR/JUD → ISR/GOV), as the facts contract wants.
		return
	}
	if sa == nil {
		return
	}
	if tgt == "" {
		ta = nil
	} else if ta == nil {
		return
	}
	st := s.st
	date := r.sentenceDate(s, t)
	if status == "fact" && (afterDay(date, r.refStr) || s.dateFut && date == s.date) {
		// A fact is not dated after its article. A year or a month alone
		// named as such ("target rampung pada 2030", "a deadline of
		// 2027") is a target or a deadline, not the act's time: the act
		// is dated as if the sentence had no date. An intent (03) is told
		// then: "dijadwalkan bertemu … pada Senin (8/12/2025)" in an
		// article of 5 December is an intent (036), not a meeting on the
		// 8th. Any other act on a later day or in a period told forward
		// from the article's ("tahun depan", "pekan depan": which may hold
		// the article's own month) is planned.
		switch {
		case s.dateAbs && len(date) < len("2006-01-02"):
			date = ""
			if s.st.lead {
				date = r.refStr
			}
		case ev.Root == "03":
			date = ""
		default:
			status = facts.StatusPlanned
		}
	}
	conf = math.Round(conf*100) / 100
	evd := facts.Evidence{Sentence: r.text[st.s:st.e], Start: st.s, End: st.e, Confidence: conf, Matched: matched, Rule: rule}
	key := partiesKey(src, tgt, status)
	keys, b := r.evKeys, evKeyBit(key)
	if r.evKeyBits[b>>6]>>(b&63)&1 == 0 {
		keys = nil // no event has this key: most events are new
	}
	for i, k := range keys { // (the keys in a row of their own: no event is read for another key)
		if k != key {
			continue // another source, target or status: neither case below
		}
		o := r.events[i]
		x := &o.ev
		if o.sent == s.si && x.Source == src && x.Target == tgt && x.Status == status && x.Cameo != ev.Code &&
			len(x.Cameo) >= 3 && strings.HasPrefix(ev.Code, x.Cameo[:2]) {
			// One act told twice in a sentence ("pledged support": 030 and
			// 032): the specific code wins over its root's general one.
			switch {
			case ev.Code == ev.Code[:2]+"0":
				return
			case x.Cameo == x.Cameo[:2]+"0":
				x.Type, x.Cameo, x.QuadClass, x.Goldstein, x.Plover = typ, ev.Code, ev.Quad, ev.Goldstein, ev.Plover
				return
			}
		}
		if x.Source == src && x.Target == tgt && x.Cameo == ev.Code && x.Date == date && x.Status == status {
			// (a planned or denied act and the act itself are two claims)
			if o.sent == s.si {
				return
			}
			x.Evidence = r.evs.appendTo(x.Evidence, evd)
			r.caps.evidence++
			x.Confidence = math.Max(x.Confidence, conf)
			return
		}
	}
	// (filled in place: an event is some thirty words, which building it
	// and then copying it into the arena would move twice)
	rec := r.eventRecs.slot()
	rec.sent, rec.trigger = s.si, t
	e := &rec.ev
	e.Type, e.Cameo, e.QuadClass, e.Goldstein, e.Plover = typ, ev.Code, ev.Quad, ev.Goldstein, ev.Plover
	e.Source, e.Target, e.SourceSector, e.TargetSector = src, tgt, srcSec, tgtSec
	e.Date, e.Status, e.Confidence = date, status, conf
	e.Evidence = r.evs.one(evd)
	r.caps.evidence++
	r.events = append(r.events, rec)
	if (ev.Root == "18" || ev.Root == "19" || ev.Root == "20") && status == facts.StatusFact {
		r.lastForce = src
	}
	r.evKeys = append(r.evKeys, key)
	r.evKeyBits[b>>6] |= 1 << (b & 63)
	sa.used = true
	if ta != nil {
		ta.used = true
	}
}

// partiesKey is a key of an event's source, target and status, which
// addEvent compares before the strings: r.evKeys keeps them, beside
// r.events, from addEvent until applyDenials, after the last addEvent,
// changes a status. The key is a function of the three strings, so equal
// triples have equal keys and it only filters: both of addEvent's cases
// compare the strings themselves. It reads four bytes of each (length,
// first, middle, last byte), not every byte as FNV did (~200 instructions
// a call): the ids are short ("RUS", "hamas", "retno-marsudi") and a
// rare collision costs one string compare.
func partiesKey(src, tgt, status string) uint32 {
	return (idKey(src)*0x9e3779b1^idKey(tgt))*0x85ebca77 ^ idKey(status)
}

// evKeyBit is the bit of key in run.evKeyBits: its top byte, which the
// multiplications in partiesKey mix from all the bytes it read.
func evKeyBit(key uint32) uint32 { return key >> 24 }

// idKey packs the length and the first, middle and last bytes of s.
func idKey(s string) uint32 {
	n := len(s)
	if n == 0 {
		return 0
	}
	return uint32(n)<<24 | uint32(s[0])<<16 | uint32(s[n/2])<<8 | uint32(s[n-1])
}

// allWater: every mention is a water body (a sea, a strait, a gulf).
func (r *run) allWater(ms []*mention) bool {
	for _, m := range ms {
		if !r.isWater(m.part) {
			return false
		}
	}
	return len(ms) > 0
}

// promiseOpener: the open scope was opened by a promise, vow or other
// intent (root 03) of the sentence.
func (r *run) promiseOpener(s *sentenceContext) bool {
	if s.scope == nil {
		return false
	}
	for _, e := range r.events[s.scope.first:] {
		if e.sent == s.si && e.trigger == s.scope.from && e.ev.Cameo[:2] == "03" {
			return true
		}
	}
	return false
}

// openerCoded: the open scope's opening trigger coded an event of its own.
func (r *run) openerCoded(s *sentenceContext) bool {
	if s.scope == nil {
		return false
	}
	for _, e := range r.events[s.scope.first:] {
		if e.sent == s.si && e.trigger == s.scope.from {
			return true
		}
	}
	return false
}

// distinctSectors: both sectors are known and differ, so that an event
// whose source is its target still names two parties (CAMEO's USAGOV →
// USAJUD).
func distinctSectors(a, b string) bool { return a != "" && b != "" && a != b }

// converseAgent: the actor behind "from" or "by" in the clause after a
// passive-only trigger ending at te, at most eight words on.
func (r *run) converseAgent(s *sentenceContext, te int) *mention {
	toks := s.toks
	for k := te; k < len(toks) && k < te+8; k++ {
		tk := &toks[k]
		if tk.punct || tk.lx&lxClauseBreak != 0 && r.p.clauseBreaks[tk.low] || tk.lx&lxComp != 0 {
			return nil
		}
		if covered(s.ms, k) != nil {
			return nil // another actor first: "received Leopard tanks" passes, "received Zelensky" does not
		}
		if r.p.lang == "id" && tk.lx&lxRelative != 0 && k+2 < len(toks) && len(toks[k+1].low) > 4 && strings.HasPrefix(toks[k+1].low, "di") {
			// "menolak usulan gencatan senjata yang diajukan Mesir": the
			// agent of a passive relative clause on the object is its author.
			a := k + 2
			if toks[a].lx&lxAgent != 0 {
				a++
			}
			if m := r.mentionAfterGroup(s, a); m != nil && !r.audience(s, m) {
				return m
			}
			return nil
		}
		if tk.lx2&l2SourcePrep != 0 && r.p.sourcePreps[tk.low] || tk.lx&lxAgent != 0 {
			a := k + 1
			if a < len(toks) && toks[a].lx&lxDeterminer != 0 && mentionAt(s.ms, a) == nil {
				a++
			}
			if m := r.mentionAfterGroup(s, a); m != nil && !r.audience(s, m) {
				return m
			}
			return nil
		}
	}
	return nil
}

// fromTargetRoot: roots of verbal acts (appeal, intent, consult, support,
// demand, disapprove, reject, threaten, protest) whose target may be the
// author of their object ("welcomed the offer from X").
func fromTargetRoot(root string) bool {
	switch root {
	case "02", "03", "04", "05", "10", "11", "12", "13", "14":
		return true
	}
	return false
}

// mentionAfterGroup: the actor starting at token a, or after a group noun
// there ("oleh kapal penjaga pantai China", "kunjungan Menteri Luar Negeri
// Jepang", "antara Menlu Indonesia dan Menlu Australia"); the group noun
// gives its sector (sectorOf).
func (r *run) mentionAfterGroup(s *sentenceContext, a int) *mention {
	if m := firstMentionIn(s.ms, a, a+1); m != nil {
		return m
	}
	for n := 0; n < 2; n++ { // "kapal penjaga pantai": two group nouns
		_, w := r.p.sectorWords(s.toks, a)
		if w == 0 {
			return nil
		}
		a += w
		if m := firstMentionIn(s.ms, a, a+1); m != nil {
			return m
		}
	}
	return nil
}

// fromAfter: in the agent phrase starting at a, the actor behind
// "from"/"dari" or inside it after "of" or a modifier, at most eight words
// on, with no punctuation or clause break before it.
func (r *run) fromAfter(s *sentenceContext, a int) *mention {
	toks := s.toks
	for k := a; k < len(toks) && k < a+8; k++ {
		tk := &toks[k]
		if tk.punct || r.p.clauseBreaks[tk.low] || tk.lx&lxComp != 0 {
			return nil
		}
		if m := covered(s.ms, k); m != nil {
			// "by a wave of Russian missile strikes": an actor inside the
			// agent's noun phrase, not behind another preposition.
			// Or behind a second "by" inside it: "by a missile fired by
			// Russian forces".
			if k > a && m.ti == k && (toks[k-1].low == "of" || toks[k-1].lx&(lxObjPrep|lxLocative|lxAgent) == 0 ||
				k-1 > a && toks[k-1].lx&lxAgent != 0) {
				return m
			}
			return nil
		}
		if r.p.sourcePreps[tk.low] {
			b := k + 1
			if b < len(toks) && toks[b].lx&lxDeterminer != 0 && mentionAt(s.ms, b) == nil {
				b++
			}
			return firstMentionIn(s.ms, b, b+1)
		}
	}
	return nil
}

// causeObject: the event noun at t follows a cause preposition (with at
// most three modifiers between: "over the latest"), and the preposition
// follows the object of the clause's previous trigger; that object.
func (r *run) causeObject(s *sentenceContext, t int) *mention {
	toks := s.toks
	cs := r.clauseStart(s, t)
	if s.lastTrig < cs {
		return nil
	}
	for q := t - 1; q > s.lastTrig && q >= t-4; q-- {
		tk := &toks[q]
		if tk.punct || covered(s.ms, q) != nil {
			return nil
		}
		if tk.lx2&l2CausePrep != 0 {
			m := mentionEndingAt(s.ms, q)
			for j := q - 1; m == nil && j > s.lastTrig && j >= q-3; j-- {
				// "U.S. defence companies over": the state of the group
				if _, n := r.p.sectorWords(toks, j); n > 0 && j+n == q {
					m = mentionEndingAt(s.ms, j)
				}
			}
			if m == nil || m.ti <= s.lastTrig || m.oblique || m.locative {
				return nil
			}
			// (the previous trigger matched again only here, where an
			// object was found: most nouns follow no cause preposition)
			if tr, _, _ := r.matchTrigger(toks, s.ms, s.lastTrig, false); tr != nil && tr.passive {
				return nil // "Israel dikecam Turki atas serangan ke Qatar": Turki is the agent, not the object
			}
			return m
		}
	}
	return nil
}

// currency: a currency sign, part of an amount.
func currency(raw string) bool {
	switch raw {
	case "$", "€", "£", "¥", "US$", "Rp":
		return true
	}
	return false
}

// hasDeterminer: a determiner among ts.
func hasDeterminer(ts []token) bool {
	for i := range ts {
		if ts[i].lx&lxDeterminer != 0 {
			return true
		}
	}
	return false
}

// tellTo codes "A told B to <verb>" (English; the caller checks the verb
// is one of the pack's tell_verbs) as A's demand on B (100) and
// opens its scope, so the infinitive's act is demanded, not a fact:
// "Russia told the United States to stop supplying weapons to Ukraine".
// "told reporters he would travel to China" (no infinitive right after
// the object) and an outlet told ("told Reuters") are no demand.
func (r *run) tellTo(s *sentenceContext, i int) bool {
	toks := s.toks
	if r.negated(s, i) {
		return false
	}
	a := i + 1
	if a < len(toks) && toks[a].lx&lxDeterminer != 0 && mentionAt(s.ms, a) == nil {
		a++
	}
	m := firstMentionIn(s.ms, a, a+1)
	if m == nil || r.audience(s, m) {
		return false
	}
	tgt := r.groupFrom(s, m)
	end := tgt[len(tgt)-1].tj
	if end+1 >= len(toks) || toks[end].low != "to" || toks[end+1].punct || covered(s.ms, end+1) != nil ||
		toks[end+1].lx&lxDeterminer != 0 {
		return false
	}
	src, inh := r.subject(s, i)
	if len(src) == 0 || r.modalBefore(s, i) == "unreal" {
		return false
	}
	ev := r.x.cameo["100"]
	if ev == nil {
		return false
	}
	conf := 0.85
	if inh {
		conf = 0.75
	}
	status := r.status(s, i, i+1, r.contentStatus(s, s.scope, i), "")
	first := len(r.events)
	matched := r.strs.one(r.text[toks[i].s:toks[end].e])
	for _, sm := range src {
		sp, ssec := r.participant(s, sm)
		for _, tm := range tgt {
			tp, tsec := r.participant(s, tm)
			r.addEvent(s, ev, ev.Type, sp, tp, ssec, tsec, status, conf, matched, "active:tell-to", i)
		}
	}
	s.scopeBuf = scope{from: i, end: end, status: facts.StatusDemanded, first: first}
	s.scope = &s.scopeBuf
	return true
}

// conditionSubject: the subject of the first "if"/"unless" clause after te
// (at most three words on), or nil.
func (r *run) conditionSubject(s *sentenceContext, te int) []*mention {
	toks := s.toks
	for k := te; k+1 < len(toks); k++ {
		if w := toks[k].low; w == "if" || w == "unless" {
			a := k + 1
			if toks[a].lx&lxDeterminer != 0 && mentionAt(s.ms, a) == nil {
				a++
			}
			if m := firstMentionIn(s.ms, a, min(a+3, len(toks))); m != nil && !m.oblique {
				return r.groupFrom(s, m)
			}
			return nil
		}
	}
	return nil
}

// gapTarget is the actor inside the words a hand form's gap passed over
// that the act is aimed at: the owner of its thing ("v:dismiss ~plan" on
// "dismissed Zelensky's peace plan") or the addressee right after the verb
// and before the gap's word or "with" ("v:encourage ~to" on "encouraged
// South Korea to", "v:threaten {force}" on "threatened Burundi with
// military action"). Nil when the form skips no words or no such actor is
// inside: a group inside ("sent Russian troops into") is what the act
// moves, no target.
func (r *run) gapTarget(s *sentenceContext, tr *trigger, t, te int) *mention {
	if !skipsWords(tr) {
		return nil
	}
	for _, m := range s.ms {
		if m.ti <= t || m.tj >= te {
			continue
		}
		next := s.toks[m.tj].low
		if next == "'s" || (next == "with" || gapWord(tr, next)) && r.addresseeAt(s, t, m) {
			return m
		}
	}
	return nil
}

// skipsWords: the form has a gap ("~plan") or a class ("{force}") that may
// pass over words after its key word.
func skipsWords(tr *trigger) bool {
	for _, tp := range tr.toks {
		if tp.gap || tp.class != "" {
			return true
		}
	}
	return false
}

// gapWord: w is the word of one of the form's gaps.
func gapWord(tr *trigger, w string) bool {
	for _, tp := range tr.toks {
		if tp.gap && tp.word == w {
			return true
		}
	}
	return false
}

// addresseeAt: the mention m comes right after the verb at t, at most
// after a determiner ("urged the Philippines to").
func (r *run) addresseeAt(s *sentenceContext, t int, m *mention) bool {
	return m.ti == t+1 || m.ti == t+2 && s.toks[t+1].lx&lxDeterminer != 0
}

// lightVerbBefore: the light verb at most eight words before the noun at
// t, with no punctuation but a currency sign between; t when none.
func (r *run) lightVerbBefore(s *sentenceContext, t int) int {
	toks := s.toks
	for k := t - 1; k >= 0 && k >= t-8; k-- {
		if toks[k].lx&lxLight != 0 {
			return k
		}
		if toks[k].punct && !currency(toks[k].raw) {
			break
		}
	}
	return t
}

// objectNoun: t, right after a verb, starts a noun phrase (an object):
// not punctuation, a function word, a preposition, an adverb in -ly, a
// weekday or a month.
func (r *run) objectNoun(t token) bool {
	if _, day := r.p.weekdays[t.low]; day || t.punct || r.p.function[t.low] || t.lx&(lxObjPrep|lxLocative|lxCoord) != 0 || strings.HasSuffix(t.low, "ly") {
		return false
	}
	if _, month := r.p.months[t.low]; month {
		return false
	}
	switch t.low {
	case "again", "overnight", "today", "yesterday", "on", "in", "near", "along", "across", "for", "since", "after":
		return false
	}
	return true
}

// negatedSubject: a negation stands right before one of the subject's
// actors, or before its determiner ("No Russian troops crossed"): nobody
// did it. (Not "neither … nor", which PETRARCH codes as the opposite act,
// "Neither A nor B boycotted" an easing, 081.)
func (r *run) negatedSubject(s *sentenceContext, src []*mention) bool {
	for _, m := range src {
		k := m.ti - 1
		if k > 0 && s.toks[k].lx&lxDeterminer != 0 && mentionAt(s.ms, k) == nil {
			k--
		}
		if k >= 0 && s.toks[k].lx&lxNegation != 0 {
			return true
		}
	}
	return false
}

// eachOther: the words at k are a reciprocal object of the pack
// ("each other", "one another", "satu sama lain").
func (r *run) eachOther(s *sentenceContext, k int) bool {
	toks := s.toks
	if len(r.p.reciprocalObjects) == 0 || k+1 >= len(toks) {
		return false
	}
	w := toks[k].low + " " + toks[k+1].low
	if r.p.reciprocalObjects[w] {
		return true
	}
	return k+2 < len(toks) && r.p.reciprocalObjects[w+" "+toks[k+2].low]
}

// auxBefore: an auxiliary at most three words before the participle at t
// makes it passive, unless a relative word or an actor comes between: in
// the cleft "It was Iran that supplied the drones" the auxiliary is the
// cleft's and the verb is active.
func (r *run) auxBefore(s *sentenceContext, t int) bool {
	aux := false
	for k := max(0, t-3); k < t; k++ {
		switch {
		case s.toks[k].lx&lxAux != 0:
			aux = true
		case aux && (s.toks[k].lx&lxRelative != 0 || covered(s.ms, k) != nil):
			aux = false
		}
	}
	return aux
}

// reducedSubject is the noun a reduced relative at toks[t] describes: the
// mention right before it ("a ship seized by Iran"), after its group noun
// ("Syrian troops backed by Russia") or before a comma ("Syrian government
// forces, backed by Russia,"), or nil.
func (r *run) reducedSubject(s *sentenceContext, t int) *mention {
	if t == 0 {
		return r.frontedSubject(s, t)
	}
	end := t
	if end > 0 && s.toks[end-1].raw == "," {
		end--
	}
	if m := mentionEndingAt(s.ms, end); m != nil {
		return nonOblique(m)
	}
	for _, m := range s.ms {
		if m.tj < end && m.tj >= end-2 && !m.consumed {
			if _, w := r.p.sectorWords(s.toks, m.tj); w > 0 && m.tj+w == end {
				return nonOblique(m)
			}
		}
	}
	return nil
}

// frontedSubject is the noun a participle phrase opening the sentence
// describes: the first actor after the comma that closes the phrase
// ("Backed by Turkey, Syrian rebels attacked"), or nil.
func (r *run) frontedSubject(s *sentenceContext, t int) *mention {
	toks := s.toks
	for k := t + 1; k < len(toks) && k < t+10; k++ {
		if toks[k].raw != "," {
			if toks[k].punct {
				return nil
			}
			continue
		}
		a := k + 1
		if a < len(toks) && toks[a].lx&lxDeterminer != 0 && mentionAt(s.ms, a) == nil {
			a++ // "Backed by Iran, the Houthis"
		}
		if m := mentionAt(s.ms, a); m != nil {
			return nonOblique(m)
		}
		return nil
	}
	return nil
}

func nonOblique(m *mention) *mention {
	if m.oblique {
		return nil
	}
	return m
}

// deedAgent finds the doer of the act named by a noun ending at te, named
// after a verb of doing further on ("the attack on its embassy was carried
// out by Iran", "serangan ke pos polisi dilakukan oleh KKB"), and where that
// verb starts. English wants the agent word; Indonesian may leave it out
// ("dilakukan KKB").
func (r *run) deedAgent(s *sentenceContext, te int) (*mention, int) {
	toks := s.toks
	for k := te; k < len(toks) && k < te+12; k++ {
		if toks[k].punct || toks[k].lx&lxSpeech != 0 {
			return nil, 0
		}
		for _, w := range r.p.deeds {
			if !matchPhrase(toks, k, w) {
				continue
			}
			a := k + len(w)
			if a < len(toks) && toks[a].lx&lxAgent != 0 {
				a++
			} else if r.p.lang != "id" {
				continue
			}
			if a < len(toks) && toks[a].lx&lxDeterminer != 0 && mentionAt(s.ms, a) == nil {
				a++
			}
			if m := firstMentionIn(s.ms, a, a+1); m != nil {
				return m, k
			}
			return nil, 0
		}
	}
	return nil, 0
}

// reportedAct reports whether the subject src only reports the act at t:
// a verb of reporting stands between them ("Kyiv said the attack on
// Kharkiv killed four"), so the act is not the subject's — unless a
// pronoun after the verb takes the speaker back into what is reported
// ("Trump said he had a good phone call with Putin").
func (r *run) reportedAct(s *sentenceContext, src []*mention, t int) bool {
	if len(src) == 0 {
		return false
	}
	reported := false
	for k := src[len(src)-1].tj; k < t; k++ {
		w := s.toks[k].low
		if r.p.report[w] {
			reported = true
		} else if _, pron := r.p.pronouns[w]; pron && reported {
			return false
		}
	}
	return reported
}

// actNounBetween reports whether an event noun starts in toks[from:to]
// ("a new package of sanctions" before "against Russia").
func (r *run) actNounBetween(s *sentenceContext, from, to int) bool {
	for k := from; k < to; k++ {
		if tr, _, _ := r.matchTrigger(s.toks, s.ms, k, false); tr != nil && tr.nominal && tr.ev != nil {
			return true
		}
	}
	return false
}

// ownerOfNoun tells whether m, the first object of an Indonesian event noun
// ending at te, is the noun's owner and the source's own state: no
// preposition before it, at most one word (penuh, resmi) between, and the
// state of a person among the sources ("Sugiono menegaskan dukungan penuh
// Indonesia kepada Palestina").
func (r *run) ownerOfNoun(s *sentenceContext, te int, m *mention, src []*mention) bool {
	if r.p.lang != "id" || m.oblique || m.ti > te+1 || m.entry == nil || m.entry.Kind != facts.KindState {
		return false
	}
	for _, n := range src {
		if n.part == m.part {
			return true
		}
		if a := r.known(n.part); a != nil && a.a.Kind == facts.KindPerson && a.a.Country == m.part {
			return true
		}
	}
	return false
}

// eventPlaceAfter: m, after the event noun ending at te, is a place named
// after a locative preposition, with only unnamed words between ("di
// Garis Kontrol Kashmir").
func (r *run) eventPlaceAfter(s *sentenceContext, te int, m *mention) bool {
	if m.locative {
		return true
	}
	return r.kindClass(m.part) == "place" && r.locativeBefore(s, te, m)
}

// locativeBefore reports whether a locative preposition stands between
// token te and the mention m, with no punctuation and no other mention
// after it ("di perbatasan Lebanon", "in the Gaza Strip"): m is where,
// maybe after a noun of place.
func (r *run) locativeBefore(s *sentenceContext, te int, m *mention) bool {
	for k := m.ti - 1; k >= te; k-- {
		if s.toks[k].lx&lxLocative != 0 {
			return true
		}
		if s.toks[k].punct || covered(s.ms, k) != nil {
			return false
		}
	}
	return false
}

// passiveLight: w is the di- passive of an Indonesian light verb
// ("dikirim", "dijatuhkan", "diberikan": mengirim, menjatuhkan,
// memberikan).
func (r *run) passiveLight(w string) bool {
	if len(w) <= 4 || !strings.HasPrefix(w, "di") {
		return false
	}
	if r.p.light[meN(w[2:])] {
		return true
	}
	// "dijatuhi", "dikenai": the -i passive of a light verb in -kan
	// (menjatuhkan, mengenakan).
	root, ok := strings.CutSuffix(w[2:], "i")
	return ok && len(root) > 2 && r.p.light[meN(root)+"kan"]
}

// headlineTriggers gives a title-cased Indonesian headline's bare verbs
// the triggers of their meN- forms: a headline drops the prefix ("Rusia
// Serang Kyiv", "China Kecam Jepang", "Trump Ancam Tarif …" read as
// menyerang, mengecam, mengancam). The bare word must be capitalized,
// right after an actor (the headline's subject), named by no mention and
// no trigger of its own. It reports whether it gave a token a trigger
// (findEvents' sentence flags, read before, then miss it).
func (r *run) headlineTriggers(s *sentenceContext) bool {
	toks := s.toks
	if len(toks) < 3 {
		return false
	}
	set := false
	headline := false // known only once a bare verb is found: most sentences have none
	for i := 1; i < len(toks); i++ {
		t := &toks[i]
		if !t.cap || t.punct || t.lx&lxGiven != 0 || !r.p.headlineVerb(t) {
			continue
		}
		if !headline {
			if toks[len(toks)-1].raw == "." && !titleCased(toks) {
				return false // a headline: title-cased, or with no closing stop
			}
			headline = true
		}
		if m := mentionEndingAt(s.ms, i); m == nil || m.pronoun {
			continue
		}
		if m := covered(s.ms, i); m != nil {
			// A town named like the verb ("Serang") is the verb between two
			// actors: "Rusia Serang Kyiv".
			if m.ti != i || m.tj != i+1 || r.kindClass(m.part) != "place" || mentionAt(s.ms, i+1) == nil {
				continue
			}
			s.ms = slices.DeleteFunc(slices.Clone(s.ms), func(x *mention) bool { return x == m })
		}
		if t.trig != 0 {
			continue
		}
		form := meN(t.low)
		if root, ok := strings.CutSuffix(t.low, "kan"); ok && !r.p.verbRoots[t.low] {
			form = meN(root) + "kan"
		} else if root, ok := strings.CutSuffix(t.low, "i"); ok && len(root) > 3 && !r.p.verbRoots[t.low] {
			form = meN(root) + "i"
		}
		v := get(r.p.lexT, form)
		if v.trig == 0 {
			continue
		}
		t.trig, t.trigClitic, t.lx = v.trig, v.clitic, t.lx|lxTrigger
		set = true
	}
	return set
}

// bareAdverb reports whether toks[k], right after an Indonesian passive
// verb, is one plain lower-case word that may stand between the verb and
// its bare agent ("jatuh", "keras", "aparat" before a name): no function
// word, preposition, conjunction, auxiliary or punctuation.
func (r *run) bareAdverb(s *sentenceContext, k int) bool {
	if k+1 >= len(s.toks) {
		return false
	}
	t := &s.toks[k]
	const stop = lxClauseBreak | lxCoord | lxRelative | lxSpeech | lxObjPrep | lxLocative | lxAgent | lxBetween |
		lxNegation | lxFuture | lxAux | lxDeterminer | lxComp | lxTrigger
	return !t.punct && !t.cap && t.lx&stop == 0 && !r.p.function[t.low] && !r.p.sourcePreps[t.low] &&
		covered(s.ms, k) == nil && !allDigits(t.low)
}

// subjectAuthor: the actor after "dari" in the subject of the Indonesian
// passive verb at t, from its clause's start ("Permintaan ekstradisi dari
// Indonesia ditolak Singapura").
func (r *run) subjectAuthor(s *sentenceContext, t int) *mention {
	for k := r.clauseStart(s, t); k+1 < t; k++ {
		if s.toks[k].punct {
			return nil
		}
		if r.p.sourcePreps[s.toks[k].low] {
			if m := firstMentionIn(s.ms, k+1, k+2); m != nil && m.tj <= t {
				return m
			}
		}
	}
	return nil
}

// frontedClauseSubject: the verb at t opens an Indonesian time clause that
// fronts the sentence with no subject of its own ("Setelah bertemu Xi
// Jinping di Beijing, Presiden Prabowo ..."); its subject is the one after
// the comma that closes that clause.
func (r *run) frontedClauseSubject(s *sentenceContext, t int) []*mention {
	toks := s.toks
	if t < 1 || t > 2 || toks[0].lx&lxClauseBreak == 0 || firstMentionIn(s.ms, 0, t) != nil {
		return nil
	}
	for k := t + 1; k < len(toks); k++ {
		if toks[k].raw == "," {
			if m := r.mentionAfterGroup(s, k+1); m != nil && !m.oblique && !m.locative {
				return r.groupFrom(s, m)
			}
			return nil
		}
		if toks[k].punct || toks[k].lx&(lxClauseBreak|lxRelative|lxSpeech) != 0 {
			return nil
		}
	}
	return nil
}

// agentAfterObject: after the object preposition at k of an event noun,
// the object phrase of at most six words ending at "by" and the actor
// after "by" ("of a Greek tanker by Iran"): the source and the targets.
func (r *run) agentAfterObject(s *sentenceContext, k int) ([]*mention, []*mention) {
	toks := s.toks
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		if toks[j].punct || toks[j].lx&(lxRelative|lxClauseBreak) != 0 {
			return nil, nil
		}
		if toks[j].lx&lxAgent == 0 {
			continue
		}
		a := j + 1
		if a < len(toks) && toks[a].lx&lxDeterminer != 0 && mentionAt(s.ms, a) == nil {
			a++ // "by the European Union"
		}
		m := r.mentionAfterGroup(s, a)
		if m == nil {
			return nil, nil
		}
		src := r.groupFrom(s, m)
		var tgt []*mention
		for _, o := range s.ms {
			if o.ti > k && o.tj <= j && !o.pronoun {
				tgt = append(tgt, o)
			}
		}
		return src, tgt
	}
	return nil, nil
}

// directQuestion: the sentence is a direct question, opened by a question
// word or an inverted auxiliary and closed by a question mark; it asserts
// no act ("Why did India strike Pakistan?", "Will China attack Taiwan?").
func (r *run) directQuestion(s *sentenceContext) bool {
	toks := s.toks
	i, j := 0, len(toks)-1
	for i < len(toks) && toks[i].punct {
		i++
	}
	for j >= 0 && toks[j].punct && toks[j].raw != "?" {
		j--
	}
	return i < j && toks[j].raw == "?" && r.x.common.questionOpeners[toks[i].low]
}

// placeSpeaks reports whether root is a CAMEO root of words a government
// says: statements (01), appeals (02), demands (10), disapproval (11),
// rejection (12) and threats (13).
func placeSpeaks(root string) bool {
	switch root {
	case "01", "02", "10", "11", "12", "13":
		return true
	}
	return false
}

// forceAnaphora: the object right after a verbal act ending at te is a
// definite act of force ("condemned the attack", "mengecam serangan
// tersebut"): the act the article reported last, whose doer the verbal act
// is aimed at. A mention of that doer at the noun, or nil (no such act
// before, or the source is its doer).
func (r *run) forceAnaphora(s *sentenceContext, te int, src []*mention) *mention {
	toks := s.toks
	n := -1
	switch {
	case r.p.lang == "en" && te+1 < len(toks) && toks[te].low == "the" && r.p.forceNouns[toks[te+1].low]:
		n = te + 1 // "the attack"
	case r.p.lang != "en" && te+1 < len(toks) && r.p.forceNouns[toks[te].low] && r.p.forceDefinite[toks[te+1].low]:
		n = te // "serangan itu"
	}
	if n < 0 {
		return nil
	}
	// after is the first word past the noun phrase: the noun in English
	// ("the attack | on Kyiv"), the noun and its determiner in Indonesian
	// ("serangan itu | terhadap Kyiv").
	after := n + 1
	if r.p.lang != "en" {
		after = n + 2
	}
	if covered(s.ms, after) != nil || after < len(toks) && toks[after].lx&(lxObjPrep|lxLocative) != 0 {
		return nil // "the attack on Kyiv": the phrase names its own parties
	}
	for _, m := range src {
		if m.part == r.lastForce {
			return nil
		}
	}
	return r.newMention(mention{s: toks[n].s, e: toks[n].e, ti: n, tj: n + 1, id: r.lastForce, part: r.lastForce, rule: "anaphora:act", conf: 0.6, pronoun: true})
}
