// The run of one article: its state and pooled scratch memory, the loop over
// sentences (gazetteer matches, actor mentions, sentence pass) and the
// document it writes (actors, events, stances).

package extract

import (
	"context"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/geokg/kg/loader/extract/gazetteer"
	"github.com/geokg/kg/loader/facts"
)

// run is the state of extracting one article.
type run struct {
	// tcFor, tcVal cache titleCased for the sentence being read (persons.go).
	tcFor *sentence
	tcVal bool
	// capsFor, capsVal cache capsSt for the sentence being read (persons.go).
	capsFor *sentence
	capsVal bool
	// cwFor, cwLen name the sentence whose capitalized words capIdx holds
	// (capWords, persons.go).
	cwFor *sentence
	cwLen int
	// lnFor, lnLen name the sentence whose lone capitalized words loneIdx
	// holds (loneCapWords, persons.go).
	lnFor *sentence
	lnLen int
	// tsFor, tsLen name the sentence whose possible title starts titleIdx
	// holds (titleStarts, titles.go).
	tsFor *sentence
	tsLen int
	// lxFor, lxLen name the sentence whose tokens' lx and lx2 flags lxAny
	// and lx2Any hold, or'ed together (sentLx, persons.go).
	lxFor    *sentence
	lxLen    int
	lxAny    uint64
	lx2Any   uint64
	lxHyphen bool // a token of lxFor holds a hyphen (sentHyphen)
	x        *Extractor
	ctx      context.Context
	text     string
	p        *pack
	c        *cleaned
	ref      time.Time
	refStr   string

	// scratch reused from sentence to sentence
	sentCtx sentenceContext // the sentence being read (readSentence)
	*scratch

	caps    capState // where a cap of Limits stopped the run (limits.go)
	tokDone int      // sentences before it are tokenized (tokenizeTo)

	// discourse state, actor IDs of participants
	lastSg, lastPl, lastAny, lastSpeaker string
	lastForce                            string // the source of the last act of force (roots 18-20) reported as a fact, not alleged (forceAnaphora)

	// abroadBodies are the legislatures and courts of other states the article
	// named by the home body's name and the state ("DPR AS", "Mahkamah
	// Agung AS"), the first few (homeNamesAbroad).
	abroadBodies [4]*mention
	nAbroad      int

	// plainActors makes actorMiss look every id up in the gazetteer, even
	// one whose entry its caller has at hand: the plain version of that
	// shortcut, for TestMentionEntryShortcut43 (always false otherwise).
	plainActors bool
}

// scratch is the working memory of a run that does not outlive it, kept
// in the Extractor's pool between articles.
type scratch struct {
	toks          []token // one backing array for the tokens of every sentence
	work          []byte  // the folded, blanked copy of the text (cleaned.work)
	sents         []sentence
	matches       []gazetteer.Match
	bbuf, sbbuf   []bool // a sentence's bound and quote (clauseBools), its sbound
	msbuf, outbuf []*mention
	sentMs        []*mention // the gazetteer's mentions in the sentence being read (stateNamed)
	hbuf          [][2]int
	cands         []int      // the candidate triggers at a token (matchTrigger)
	capIdx        []int32    // the capitalized words of the sentence cwFor (capWords)
	loneIdx       []int32    // the lone capitalized words of the sentence lnFor (loneCapWords)
	titleIdx      []int32    // the tokens of the sentence tsFor that may start a title (titleStarts)
	acache        actorCache // recent records of actors (see known)

	// The article's actors, events and stances while they are found. The
	// document gets copies of the actor, event and stance values, never
	// pointers to them (their slices point into the run's arenas, not
	// here), so all of this is reused for the next article.
	actors    map[string]*actorRec
	order     []string
	people    []*actorRec // the people in actors, in order (see addPerson)
	ments     []mentionEv // every actor's mentions, linked per actor (see recordMention)
	outActors []*actorRec // the actors that go into the document (writeDocument)
	events    []*eventRec
	evKeys    []uint32 // evKeys[i] is partiesKey of events[i] (addEvent), until writeDocument sorts them
	// evKeyBits has the bit evKeyBit(k) of every key k appended to evKeys: a
	// key whose bit is clear is in no event, and addEvent skips its scan.
	evKeyBits [4]uint64
	stance    map[stanceKey]*facts.Stance
	skeys     []stanceKey
	sptrs     []*facts.Stance // sptrs[i] is stance[skeys[i]], but for the derived stances (deriveStances), which are not in stance
	dkeys     []uint32        // the derivedKey of each derived stance, in order (deriveStances)
	mentions  arena[mention]
	actorRecs arena[actorRec]
	eventRecs arena[eventRec]
	stances   arena[facts.Stance]
	groups    arena[*mention] // participant lists (groupFrom, subject, ...)
	// Short lists of evidence (events', stances'), of words
	// (Evidence.Matched, aliases) and of roles while the article is read;
	// writeDocument copies the document's into memory of its own
	// (docMem), so that these are reused for the next article.
	evs      arena[facts.Evidence]
	strs     arena[string]
	roles    arena[facts.Role]
	made     arena[gazetteer.Entry] // entries rules made for bodies of states (stateBody)
	acronyms []acronymDef           // acronyms the article defined (definedAcronyms)
	// namedStateBody's names of a body and their look-up.
	nsbText    []byte
	nsbEnds    []int
	nsbMatches []gazetteer.Match

	// The sides of the article's sentences read so far (noteSides): a
	// state, place or body of a state other than the home state named,
	// and one of the home state named.
	abroadSeen, homeSeen bool
	// abroadState is the other state they named (a state, or the state
	// of a place, body or person), abroadMany whether they named more
	// than one.
	abroadState string
	abroadMany  bool
	// leaderState is, in a language with no home state, the one state
	// the sentences read so far named with an office holder of it
	// (bareBodiesOfLeader); leaderMany whether they named another.
	leaderState string
	leaderMany  bool
	// datelineState is the state of the dateline's place ("TOKYO,
	// KOMPAS.com -": JPN), or "".
	datelineState string
	dlFold        []byte // the dateline folded, for its gazetteer lookup (kept between articles)

	// joined are strings the run made of two others (see joins).
	joined joins
	// cl is the article cleaned (run.c).
	cl cleaned
	// run is the run of the article being read (Extractor.process): its
	// struct is reused, as the rest of this memory is.
	run run
}

// mentionEv is one piece of mention evidence of an actor. The evidence of
// all actors is kept in one list (scratch.ments), each actor's linked by
// next, and copied into one array for the document at the end (writeDocument):
// one allocation for all the mentions instead of a growing slice per actor.
type mentionEv struct {
	ev   facts.Evidence
	next int32 // index of the actor's next mention, -1 for none
}

func newScratch() any {
	return &scratch{actors: map[string]*actorRec{}, stance: map[stanceKey]*facts.Stance{}}
}

// maxPooledTokens bounds the token array kept for the next article (a
// 5 MB article must not pin its tokens for the life of the process).
const maxPooledTokens = 1 << 15

// maxPooledActors bounds the actor and stance maps kept for the next
// article: clearing a map costs as much as its largest size.
const maxPooledActors = 1 << 10

// release clears sc and returns it to pool.
func (sc *scratch) release(pool *sync.Pool) {
	// toks, sents, ments and skeys only grow by append within an article
	// (and start it at [:0]), so their elements past len are zero already:
	// clearing [:len] drops every reference. Clearing [:cap] cost a
	// token array sized for the largest article pooled, each article.
	clear(sc.toks) // drop the references to the article text
	clear(sc.sents)
	clear(sc.msbuf[:cap(sc.msbuf)])
	clear(sc.outbuf[:cap(sc.outbuf)])
	clear(sc.order[:cap(sc.order)])
	clear(sc.people[:cap(sc.people)])
	clear(sc.outActors[:cap(sc.outActors)])
	clear(sc.ments)
	clear(sc.events[:cap(sc.events)])
	clear(sc.skeys)
	clear(sc.sptrs[:cap(sc.sptrs)])
	sc.toks, sc.sents, sc.msbuf, sc.outbuf = sc.toks[:0], sc.sents[:0], sc.msbuf[:0], sc.outbuf[:0]
	sc.order, sc.people, sc.ments, sc.events, sc.skeys = sc.order[:0], sc.people[:0], sc.ments[:0], sc.events[:0], sc.skeys[:0]
	sc.evKeys, sc.evKeyBits = sc.evKeys[:0], [4]uint64{}
	sc.sptrs = sc.sptrs[:0]
	sc.outActors = sc.outActors[:0]
	clear(sc.acronyms[:cap(sc.acronyms)])
	sc.acronyms = sc.acronyms[:0]
	sc.abroadSeen, sc.homeSeen, sc.datelineState = false, false, ""
	sc.abroadState, sc.abroadMany = "", false
	sc.leaderState, sc.leaderMany = "", false
	sc.cl = cleaned{}
	sc.matches = sc.matches[:0]
	if cap(sc.toks) > maxPooledTokens {
		sc.toks = nil
	}
	if cap(sc.work) > 8*maxPooledTokens {
		sc.work = nil
	}
	if cap(sc.sents) > maxPooledTokens/8 {
		sc.sents = nil
	}
	if cap(sc.matches) > maxPooledTokens/4 {
		sc.matches = nil
	}
	if cap(sc.bbuf) > maxPooledTokens/4 {
		sc.bbuf, sc.sbbuf = nil, nil
	}
	if len(sc.actors) > maxPooledActors || len(sc.stance) > maxPooledActors {
		sc.actors, sc.stance = map[string]*actorRec{}, map[stanceKey]*facts.Stance{}
		sc.order, sc.people, sc.events, sc.skeys, sc.outActors, sc.sptrs = nil, nil, nil, nil, nil, nil
		sc.evKeys = nil
	} else {
		clear(sc.actors)
		clear(sc.stance)
	}
	clear(sc.acache[:])
	if cap(sc.ments) > maxPooledTokens/4 {
		sc.ments = nil
	}
	sc.mentions.reset()
	sc.actorRecs.reset()
	sc.eventRecs.reset()
	sc.stances.reset()
	sc.groups.reset()
	sc.evs.reset()
	sc.strs.reset()
	sc.roles.reset()
	sc.made.reset()
	pool.Put(sc)
}

type eventRec struct {
	ev      facts.Event
	sent    int
	trigger int
}

type stanceKey struct{ src, tgt, rel, kind string }

// newRun returns a run of text in pack p, without scratch memory (the
// tests give it some); Article's run is process's.
func (x *Extractor) newRun(ctx context.Context, text string, p *pack) *run {
	return &run{x: x, ctx: ctx, text: text, p: p, caps: capState{stoppedAt: -1}}
}

// process reads text in pack p into doc. Its run is the one kept in the
// scratch memory it takes from the pool, not a new one for each article.
func (x *Extractor) process(ctx context.Context, text string, p *pack, doc *facts.Document) error {
	sc := x.scratch.Get().(*scratch)
	r := &sc.run
	*r = run{x: x, ctx: ctx, text: text, p: p, caps: capState{stoppedAt: -1}, scratch: sc}
	defer func() {
		*r = run{} // it holds on to nothing of the article
		sc.release(&x.scratch)
	}()
	if err := r.read(doc); err != nil {
		return err
	}
	r.writeDocument(doc)
	doc.Warnings = r.warnings()
	return nil
}

// read finds the article's actors, events and stances, all that the
// document is written from (writeDocument), in r.scratch.
func (r *run) read(doc *facts.Document) error {
	r.work = gazetteer.AppendFold(r.work[:0], r.text)
	r.c = cleanInto(&r.cl, r.text, r.work, r.sents, r.p, r.x.packList, r.x.boiler, r.x.limits.MaxSentenceBytes)
	r.sents = r.c.sents // keep the grown buffer for the next article
	if err := r.checkContent(); err != nil {
		return err
	}
	doc.Article.Dateline = r.c.dateline
	r.noteDateline()

	// One backing array for the tokens of the sentences, which are
	// tokenized as the run reaches them (tokenizeTo): an article a cap stops
	// never tokenizes the rest.
	r.toks = r.toks[:0]
	if need := min(len(r.text), 256<<10)/5 + 16; cap(r.toks) < need {
		r.toks = make([]token, 0, need)
	}
	// The article date: metadata (or Options.Published), else the dateline
	// or a publication line (dates.go); never any other date of the text.
	r.publicationDate(doc)

	mi, winEnd := 0, 0
	var matches []gazetteer.Match
	for si := range r.c.sents {
		if si%64 == 0 {
			if err := r.ctx.Err(); err != nil {
				return err
			}
		}
		r.tokenizeTo(si + 2) // this sentence and the next (applyDenials reads it)
		if r.capReached(si) {
			break
		}
		if si >= winEnd { // the gazetteer matches of the next sentences (limits.go)
			matches, winEnd = r.findWindow(si)
			mi = 0
		}
		st := &r.c.sents[si]
		for mi < len(matches) && matches[mi].Start < st.s {
			mi++
		}
		mj := mi
		for mj < len(matches) && matches[mj].End <= st.e {
			mj++
		}
		ms := r.findMentions(si, st, matches[mi:mj])
		mi = mj
		r.resolveParts(si, st, ms)
		if !st.related {
			r.readSentence(si, st, ms)
		}
		// The buffer is reused as it is: the pointers left in it are to
		// the article's mentions, which its arena holds anyway, and
		// release clears it for the next article.
		r.outbuf = ms[:0]
	}
	r.applyDenials()
	r.dropUnnamedMonologues()
	r.deriveStances()
	return nil
}

// resolveParts records mentions and sets the actor each takes part as.
func (r *run) resolveParts(si int, st *sentence, ms []*mention) {
	date := r.refStr
	for _, m := range ms {
		if m.consumed {
			// still a mention of the state in the title
			r.recordMention(si, m)
			continue
		}
		if m.part == "@state" {
			pm := *m
			pm.s = st.toks[m.tj-1].s
			for k := m.ti; k < m.tj; k++ {
				if r.text[st.toks[k].s:st.toks[k].e] == firstWord(m.surface) {
					pm.s = st.toks[k].s
					break
				}
			}
			pm.rule = "gazetteer:name"
			r.recordMention(si, &pm)
			state := r.stateOf(m.id, date)
			if state == "" {
				m.part = m.id
				m.person = true
				continue
			}
			m.id, m.part, m.surface = state, state, ""
		}
		a := r.recordMention(si, m)
		if m.part == "" {
			if a != nil {
				m.part = r.partOf(a, date) // without looking a up again
			} else {
				m.part = r.partFor(m.id, date)
			}
		}
	}
}

func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i > 0 {
		return s[:i]
	}
	return s
}

// stateOf is the state a person leads or belongs to.
func (r *run) stateOf(id, date string) string {
	a := r.actor(id)
	if a == nil {
		return ""
	}
	if s := r.partFor(id, date); s != id {
		return s
	}
	if a.a.Country != "" && r.actor(a.a.Country) != nil {
		return a.a.Country
	}
	return ""
}

// dropUnnamedMonologues drops the events with no target whose source the
// text never names: a body's or an office holder's state, coded as the
// state ("BPS mengumumkan inflasi": IDN 010). With no other party such an
// event only says the body spoke, and it would put in the document a state
// the article does not mention. A state left without mentions, events or
// stances drops out of the document with it.
func (r *run) dropUnnamedMonologues() {
	var dropped []string
	keep, keepKeys := r.events[:0], r.evKeys[:0]
	for i, e := range r.events {
		if e.ev.Target == "" {
			if a := r.known(e.ev.Source); a != nil && a.nM == 0 {
				dropped = append(dropped, e.ev.Source)
				continue
			}
		}
		keep, keepKeys = append(keep, e), append(keepKeys, r.evKeys[i])
	}
	clear(r.events[len(keep):])
	r.events, r.evKeys = keep, keepKeys
	for _, id := range dropped {
		if slices.ContainsFunc(r.events, func(e *eventRec) bool { return e.ev.Source == id || e.ev.Target == id }) {
			continue
		}
		if slices.ContainsFunc(r.sptrs, func(x *facts.Stance) bool { return x.Source == id || x.Target == id }) {
			continue
		}
		r.actors[id].used = false
	}
}

// documentActors appends to out the actors that go into the document (a
// mention, or a part in an event or a stance), in order of first mention.
// The records in the arena are the actors of r.order in its order
// (newActor and the others append to both at once): walking its chunks
// spares a map look-up per actor. Each record's order is checked, and the
// map is walked instead (documentActorsByMap) should a record ever be
// made otherwise.
func (r *run) documentActors(out []*actorRec) []*actorRec {
	start, n := len(out), 0
	for _, c := range r.actorRecs.filled() {
		for k := range c {
			a := &c[k]
			if a.order != n {
				return r.documentActorsByMap(out[:start])
			}
			n++
			if a.nM > 0 || a.used {
				out = append(out, a)
			}
		}
	}
	if n != len(r.order) {
		return r.documentActorsByMap(out[:start])
	}
	return out
}

// documentActorsByMap is documentActors by the actors' map: the plain
// version, which fastpath_test.go compares it with.
func (r *run) documentActorsByMap(out []*actorRec) []*actorRec {
	for _, id := range r.order {
		if a := r.actors[id]; a.nM > 0 || a.used {
			out = append(out, a)
		}
	}
	return out
}

// writeDocument writes the document: actors in order of first mention, events in
// order of their sentence, stances explicit first.
func (r *run) writeDocument(doc *facts.Document) {
	out := r.documentActors(r.outActors[:0])
	r.outActors = out
	doc.Actors = make([]facts.Actor, 0, len(out))
	doc.Events = make([]facts.Event, 0, len(r.events))
	for _, a := range out {
		if len(a.aliases) > 0 {
			a.a.Aliases = a.aliases
		}
		doc.Actors = append(doc.Actors, a.a)
	}
	bySentence := func(a, b *eventRec) int { return a.sent - b.sent }
	if !slices.IsSortedFunc(r.events, bySentence) { // (they are found in sentence order, nearly always)
		slices.SortStableFunc(r.events, bySentence)
	}
	for _, e := range r.events {
		doc.Events = append(doc.Events, e.ev)
	}
	if len(doc.Events) == 0 {
		doc.Events = nil
	}
	if len(r.skeys) > 0 {
		doc.Stances = make([]facts.Stance, 0, len(r.skeys))
	}
	for i, k := range r.skeys {
		if k.kind == facts.StanceExplicit {
			doc.Stances = append(doc.Stances, *r.sptrs[i])
		}
	}
	for i, k := range r.skeys {
		if k.kind == facts.StanceDerived {
			st := *r.sptrs[i]
			st.Strength = round2(st.Strength)
			if st.Strength <= 0 {
				continue
			}
			doc.Stances = append(doc.Stances, st)
		}
	}
	if len(doc.Stances) == 0 {
		doc.Stances = nil
	}
	r.ownLists(doc, out)
}

// ownLists gives the document's short lists memory of their own (a
// docMem of three allocations): the actors' mentions (linked in r.ments),
// roles and aliases, the evidence of events and stances, and the words of
// each piece of evidence, which until now are in the run's arenas. out
// are the actors of doc.Actors, in order.
func (r *run) ownLists(doc *facts.Document, out []*actorRec) {
	nEv, nStr, nRole := 0, 0, 0
	count := func(evs []facts.Evidence) {
		nEv += len(evs)
		for i := range evs {
			nStr += len(evs[i].Matched)
		}
	}
	for _, a := range out {
		nEv += a.nM
		for i := a.firstM; a.nM > 0 && i >= 0; i = r.ments[i].next {
			nStr += len(r.ments[i].ev.Matched)
		}
		nStr += len(a.a.Aliases)
		nRole += len(a.a.Roles)
	}
	for i := range doc.Events {
		count(doc.Events[i].Evidence)
	}
	for i := range doc.Stances {
		count(doc.Stances[i].Evidence)
	}
	m := docMem{
		evs:   make([]facts.Evidence, 0, nEv),
		strs:  make([]string, 0, nStr),
		roles: make([]facts.Role, 0, nRole),
	}
	for k, a := range out {
		d := &doc.Actors[k]
		d.Roles = ownSlice(&m.roles, d.Roles)
		d.Aliases = ownSlice(&m.strs, d.Aliases)
		if a.nM == 0 {
			continue
		}
		start := len(m.evs)
		for i := a.firstM; i >= 0; i = r.ments[i].next {
			m.evs = append(m.evs, r.ments[i].ev)
			ev := &m.evs[len(m.evs)-1]
			ev.Matched = ownSlice(&m.strs, ev.Matched)
		}
		d.Mentions = m.evs[start:len(m.evs):len(m.evs)]
	}
	for i := range doc.Events {
		doc.Events[i].Evidence = m.evidence(doc.Events[i].Evidence)
	}
	for i := range doc.Stances {
		doc.Stances[i].Evidence = m.evidence(doc.Stances[i].Evidence)
	}
}
