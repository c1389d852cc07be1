package extract

import (
	"cmp"
	"context"
	"math"
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
	tcFor  *sentence
	tcVal  bool
	x      *Extractor
	ctx    context.Context
	text   string
	p      *pack
	c      *cleaned
	ref    time.Time
	refStr string

	// Short lists the document keeps, allocated in chunks.
	evs  arena[facts.Evidence] // one-element evidence lists
	strs arena[string]         // one-element word lists (Evidence.Matched)

	// scratch reused from sentence to sentence
	sc sctx
	*scratch

	caps    capState // where a cap of Limits stopped the run (limits.go)
	tokDone int      // sentences before it are tokenized (tokenizeTo)

	// discourse state, actor IDs of participants
	lastSg, lastPl, lastAny, lastSpeaker string
}

// scratch is the working memory of a run that does not outlive it, kept
// in the Extractor's pool between articles.
type scratch struct {
	toks              []token // one backing array for the tokens of every sentence
	work              []byte  // the folded, blanked copy of the text (cleaned.work)
	sents             []sentence
	matches           []gazetteer.Match
	bbuf, sbbuf, qbuf []bool
	msbuf, outbuf     []*mention
	hbuf              [][2]int

	// The article's actors, events and stances while they are found. The
	// document gets copies of the actor, event and stance values, never
	// pointers to them (their slices point into the run's arenas, not
	// here), so all of this is reused for the next article.
	actors    map[string]*actorRec
	order     []string
	people    []*actorRec // the people in actors, in order (see addPerson)
	ments     []mentionEv // every actor's mentions, linked per actor (see record)
	outActors []*actorRec // the actors that go into the document (finish)
	events    []*eventRec
	stance    map[stanceKey]*facts.Stance
	skeys     []stanceKey
	mentions  arena[mention]
	actorRecs arena[actorRec]
	eventRecs arena[eventRec]
	stances   arena[facts.Stance]
	groups    arena[*mention] // participant lists (groupFrom, subject, ...)
}

// mentionEv is one piece of mention evidence of an actor. The evidence of
// all actors is kept in one list (scratch.ments), each actor's linked by
// next, and copied into one array for the document at the end (finish):
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
	clear(sc.toks[:cap(sc.toks)]) // drop the references to the article text
	clear(sc.sents[:cap(sc.sents)])
	clear(sc.msbuf[:cap(sc.msbuf)])
	clear(sc.outbuf[:cap(sc.outbuf)])
	clear(sc.order[:cap(sc.order)])
	clear(sc.people[:cap(sc.people)])
	clear(sc.outActors[:cap(sc.outActors)])
	clear(sc.ments[:cap(sc.ments)])
	clear(sc.events[:cap(sc.events)])
	clear(sc.skeys[:cap(sc.skeys)])
	sc.toks, sc.sents, sc.msbuf, sc.outbuf = sc.toks[:0], sc.sents[:0], sc.msbuf[:0], sc.outbuf[:0]
	sc.order, sc.people, sc.ments, sc.events, sc.skeys = sc.order[:0], sc.people[:0], sc.ments[:0], sc.events[:0], sc.skeys[:0]
	sc.outActors = sc.outActors[:0]
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
		sc.bbuf, sc.sbbuf, sc.qbuf = nil, nil, nil
	}
	if len(sc.actors) > maxPooledActors || len(sc.stance) > maxPooledActors {
		sc.actors, sc.stance = map[string]*actorRec{}, map[stanceKey]*facts.Stance{}
		sc.order, sc.people, sc.events, sc.skeys, sc.outActors = nil, nil, nil, nil, nil
	} else {
		clear(sc.actors)
		clear(sc.stance)
	}
	if cap(sc.ments) > maxPooledTokens/4 {
		sc.ments = nil
	}
	sc.mentions.reset()
	sc.actorRecs.reset()
	sc.eventRecs.reset()
	sc.stances.reset()
	sc.groups.reset()
	pool.Put(sc)
}

type eventRec struct {
	ev      facts.Event
	sent    int
	trigger int
	hedged  bool
}

type stanceKey struct{ src, tgt, rel, kind string }

func (x *Extractor) newRun(ctx context.Context, text string, p *pack) *run {
	return &run{x: x, ctx: ctx, text: text, p: p, caps: capState{stoppedAt: -1}}
}

func (r *run) process(doc *facts.Document) error {
	r.scratch = r.x.scratch.Get().(*scratch)
	defer func() {
		r.scratch.release(&r.x.scratch)
		r.scratch = nil
	}()
	r.work = gazetteer.AppendFold(r.work[:0], r.text)
	r.c = cleanMax(r.text, r.work, r.sents, r.p, r.x.packList, r.x.boiler, r.x.limits.MaxSentenceBytes)
	r.sents = r.c.sents // keep the grown buffer for the next article
	if err := r.checkContent(); err != nil {
		return err
	}
	doc.Article.Dateline = r.c.dateline

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
			r.sentence(si, st, ms)
		}
		clear(ms) // drop the pointers before the buffer is reused
		r.outbuf = ms[:0]
	}
	r.applyDenials()
	r.derive()
	r.finish(doc)
	doc.Warnings = r.warnings()
	return nil
}

// resolveParts records mentions and sets the actor each takes part as.
func (r *run) resolveParts(si int, st *sentence, ms []*mention) {
	date := r.refStr
	for _, m := range ms {
		if m.consumed {
			// still a mention of the state in the title
			r.record(si, m)
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
			r.record(si, &pm)
			state := r.stateOf(m.id, date)
			if state == "" {
				m.part = m.id
				m.person = true
				continue
			}
			m.id, m.part, m.surface = state, state, ""
		}
		a := r.record(si, m)
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

// boolsN returns (*buf)[:n] cleared, growing the buffer as needed.
func boolsN(buf *[]bool, n int) []bool {
	if cap(*buf) < n {
		*buf = make([]bool, n, n+n/2)
	}
	b := (*buf)[:n]
	clear(b)
	return b
}

// clause boundaries of a sentence: for each token, whether it ends a clause.
func (r *run) boundaries(toks []token) []bool {
	b := boolsN(&r.bbuf, len(toks))
	for i := range toks {
		t := &toks[i]
		switch {
		case t.punct && (t.raw == ";" || t.raw == ":" || t.raw == "“" || t.raw == "”" || t.raw == "\""):
			b[i] = true
		case !t.punct && t.lx&lxClauseBreak != 0:
			b[i] = true
		case t.punct && t.raw == "," && i+1 < len(toks) && toks[i+1].lx&(lxCoord|lxRelative) != 0:
			b[i] = true
		case !t.punct && t.lx&lxRelative != 0:
			b[i] = true
		case t.punct && t.raw == ",":
			// ", South Korea's military said" / ", kata militer Korea Selatan":
			// the attribution is not part of the clause before it.
			for k := i + 1; k < len(toks) && k <= i+6; k++ {
				if toks[k].lx&lxSpeech != 0 {
					b[i] = true
					break
				}
				if toks[k].punct && toks[k].low != "'s" {
					break
				}
			}
		}
	}
	return b
}

type sctx struct {
	si       int
	st       *sentence
	toks     []token
	ms       []*mention // participants (not consumed), in order
	bound    []bool     // clause boundaries for objects
	sbound   []bool     // and for subjects: also "dan"/"and" before a verb phrase
	main     *mention
	speaker  string
	quote    []bool // token inside a quotation
	date     string
	dated    bool
	lastTrig int      // token index of the last trigger seen, -1 before the first
	hedges   [][2]int // start and end of each hedge phrase
	denial   int      // token index of the first denial phrase, -1 when none
	scope    *scope   // the last demand, appeal, threat or offer (modality.go)
	scopeBuf scope
}

// sentenceDate is the date of the events of a sentence, computed once.
func (r *run) sentenceDate(s *sctx) string {
	if !s.dated {
		s.dated = true
		if h, ok := r.p.sentenceDate(s.toks, r.ref); ok {
			s.date = h.value
		} else if s.st.lead && r.refStr != "" {
			s.date = r.refStr
		}
	}
	return s.date
}

func (r *run) sentence(si int, st *sentence, all []*mention) {
	toks := st.toks
	s := &r.sc
	*s = sctx{si: si, st: st, toks: toks, bound: r.boundaries(toks), ms: r.msbuf[:0], hedges: r.hbuf[:0]}
	defer func() { r.msbuf, r.hbuf = s.ms[:0], s.hedges[:0] }()
	for _, m := range all {
		if !m.consumed {
			s.ms = append(s.ms, m)
		}
	}
	// quotes
	s.quote = boolsN(&r.qbuf, len(toks))
	in := false
	for i := range toks {
		t := &toks[i]
		if t.punct && (t.raw == "“" || t.raw == "”" || t.raw == "\"") {
			switch t.raw {
			case "“":
				in = true
			case "”":
				in = false
			default:
				in = !in
			}
			continue
		}
		s.quote[i] = in
	}
	// pronouns
	for i := range toks {
		t := &toks[i]
		if t.punct || covered(s.ms, i) != nil {
			continue
		}
		if t.lx&lxPronoun == 0 {
			continue
		}
		kind, ok := r.p.pronouns[t.low]
		if !ok {
			continue
		}
		var id string
		switch kind {
		case "sg":
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
			continue // resolved to the speaker below
		}
		if id == "" {
			continue
		}
		m := r.newMention(mention{s: t.s, e: t.e, ti: i, tj: i + 1, id: id, part: id, rule: anaphoraRule(kind), conf: 0.7, pronoun: true})
		if i > 0 && toks[i-1].lx&(lxObjPrep|lxLocative) != 0 {
			m.oblique = true
		}
		s.ms = append(s.ms, m)
	}
	sortMentions(s.ms)
	s.sbound = boolsN(&r.sbbuf, len(toks))
	copy(s.sbound, s.bound)
	for i := range toks {
		t := &toks[i]
		if !t.punct && t.lx&lxCoord != 0 && i+1 < len(toks) && mentionAt(s.ms, i+1) == nil && !toks[i+1].punct {
			s.sbound[i] = true
		}
	}
	// speaker
	s.speaker = r.speaker(s)
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
	s.denial = -1
	for i := range toks {
		if !r.p.hedges.mayStart(&toks[i]) && !r.p.denials.mayStart(&toks[i]) {
			continue
		}
		if h, ok := r.p.hedges.at(toks, i); ok {
			s.hedges = append(s.hedges, [2]int{i, i + len(h.p)})
		}
		if s.denial < 0 {
			if _, ok := r.p.denials.at(toks, i); ok {
				s.denial = i
			}
		}
	}
	r.events1(s)
	r.stances1(s)
	if s.speaker != "" {
		r.lastSpeaker = s.speaker
		if hasQuote(s) {
			r.statement(s)
		}
	}
	if s.main != nil {
		id := s.main.part
		r.lastAny = id
		if a := r.actors[s.main.id]; a != nil && a.a.Kind == facts.KindPerson && s.main.part == s.main.id {
			r.lastSg = id
		} else if !s.main.pronoun || r.actors[id] != nil && r.actors[id].a.Kind != facts.KindPerson {
			r.lastPl = id
		}
	}
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

func hasQuote(s *sctx) bool {
	for _, q := range s.quote {
		if q {
			return true
		}
	}
	return false
}

// speaker finds who is quoted: "..., kata X", "X said", "according to X",
// "tambahnya" (the last speaker).
func (r *run) speaker(s *sctx) string {
	toks := s.toks
	for i := range toks {
		t := &toks[i]
		if t.punct || s.quote[i] || t.lx&lxSpeech == 0 {
			continue
		}
		if t.low == "according" && i+1 < len(toks) && toks[i+1].low == "to" {
			if m := firstMentionIn(s.ms, i+2, i+6); m != nil {
				return m.part
			}
		}
		if m := firstMentionIn(s.ms, i+1, i+6); m != nil && !m.oblique {
			return m.part
		}
		for j := len(s.ms) - 1; j >= 0; j-- {
			m := s.ms[j]
			if m.tj <= i && m.tj >= i-3 && !s.quote[m.ti] && !m.oblique {
				return m.part
			}
		}
		if strings.HasSuffix(t.low, "nya") && r.lastSpeaker != "" {
			return r.lastSpeaker
		}
	}
	return ""
}

func firstMentionIn(ms []*mention, from, to int) *mention {
	for _, m := range ms {
		if m.ti >= from && m.ti < to {
			return m
		}
	}
	return nil
}

// statement adds the "make statement" event of a quoted speaker.
func (r *run) statement(s *sctx) {
	var target string
	for _, m := range s.ms {
		if s.quote[m.ti] && m.part != s.speaker && !m.pronoun {
			target = m.part
			break
		}
	}
	ev := r.x.cameo["010"]
	r.addEvent(s, ev, ev.Type, s.speaker, target, "", "", "fact", 0.7, r.strs.one("“…”"), "speech:quote", -1)
}

// matchTrigger finds the longest trigger at toks[i].
func (r *run) matchTrigger(toks []token, i int, handOnly bool) (*trigger, int, bool) {
	t := &toks[i]
	if t.punct || t.lx&lxTrigger == 0 {
		return nil, 0, false
	}
	key := t.low
	ts := r.p.trigIdx[key]
	clitic := false
	if ts == nil {
		for _, c := range r.p.clitics {
			if strings.HasSuffix(key, c) && len(key) > len(c)+2 {
				if ts = r.p.trigIdx[key[:len(key)-len(c)]]; ts != nil {
					clitic = true
					break
				}
			}
		}
	}
	if ts == nil {
		return nil, 0, false
	}
	// A participle after a determiner is an adjective or a noun ("the
	// occupied West Bank", "the killing of"): not a verb.
	adj := i > 0 && toks[i-1].lx&lxDeterminer != 0
	noun := r.p.lang == "en" && r.nounSlot(toks, i)
	var buf [64]int
	cands := ts.candidates(r.p, toks, i, buf[:0])
	for _, ci := range cands {
		tr := ts.all[ci]
		if tr.part && adj {
			continue
		}
		if tr.gen && (handOnly || noun && !tr.nominal) {
			continue // "Sweden's bid", "a charge", "artillery shells": nouns
		}
		end, ok := matchRest(r.p, toks, i+1, tr.toks[1:])
		if ok {
			return tr, end, clitic
		}
	}
	return nil, 0, false
}

func matchRest(p *pack, toks []token, i int, rest []tokPat) (int, bool) {
	for _, tp := range rest {
		if tp.gap {
			found := false
			for k := i; k < len(toks) && k < i+windowAfter && !toks[k].punct; k++ {
				if toks[k].low == tp.word || pluralOf(toks[k].low, tp.word) {
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
				if p.classes[tp.class][toks[k].low] {
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

func (r *run) clauseStart(s *sctx, t int) int {
	for k := t - 1; k >= 0; k-- {
		if s.sbound[k] {
			return k + 1
		}
	}
	return 0
}

func (r *run) clauseEnd(s *sctx, t int) int {
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
func (r *run) pairBefore(s *sctx, from, to int) []*mention {
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
func (r *run) appositionHead(s *sctx, m *mention, cs int) *mention {
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
func (r *run) appositionBefore(s *sctx, b int) bool {
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

// speechComma tells whether the gap toks[i:j] between two names is only
// a comma that ends a clause, as before a speech tag ("... against Ukraine,
// South Korea's spy agency said"): not a list.
func (r *run) speechComma(s *sctx, i, j int) bool {
	comma := false
	for k := i; k < j; k++ {
		t := &s.toks[k]
		if t.lx&lxCoord != 0 {
			return false
		}
		if t.raw == "," && s.bound[k] {
			comma = true
		}
	}
	return comma
}

// group returns the coordination ("A dan B", "A, B and C") that m heads or ends.
func (r *run) groupFrom(s *sctx, m *mention) []*mention {
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

func (r *run) groupTo(s *sctx, m *mention) []*mention {
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
		g = append([]*mention{pv}, g...)
		cur = pv
	}
	return g
}

// kindClass groups actor kinds for coordination: "Rusia, Donetsk dan
// Luhansk" is a state and an apposition of places, not three parties.
func (r *run) kindClass(id string) string {
	a := r.actors[id]
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
func (r *run) subject(s *sctx, t int) ([]*mention, bool) {
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
		if m != nil {
			hasOwn := false
			for _, x := range s.ms {
				if x.ti >= cs && x.tj <= t && !x.oblique {
					hasOwn = true
				}
			}
			if !hasOwn {
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
		if g := r.groupTo(s, m); r.groupOf(s, g[0].ti) || r.groupIn(s, g[0].ti) {
			return g, false // "Soldiers from Gondor", "Prosecutors in Israel"
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
func (r *run) object(s *sctx, te int, place bool, not []*mention) ([]*mention, bool) {
	ce := r.clauseEnd(s, te)
	var loc *mention
	skip := -1 // mentions before it are a skipped agent and its coordination
outer:
	for _, m := range s.ms {
		if m.ti < te || m.ti >= ce || m.modifier || m.ti < skip {
			continue
		}
		for _, n := range not {
			if n.part == m.part {
				continue outer
			}
		}
		if m.locative {
			if loc == nil {
				loc = m
			}
			continue
		}
		if r.audience(s, m) {
			continue // "complained to the Associated Press about ..."
		}
		if m.agent && m.ti >= te+2 && strings.HasSuffix(s.toks[m.ti-2].low, "ed") {
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

func (r *run) hedgedBefore(s *sctx, t, te int) bool {
	for _, h := range s.hedges {
		if h[0] < t && (h[1] <= t || h[0] >= te) {
			return true
		}
	}
	return false
}

func (r *run) denied(toks []token) bool {
	for i := range toks {
		if _, ok := r.p.denials.at(toks, i); ok {
			return true
		}
	}
	return false
}

func (r *run) negated(s *sctx, t int) bool {
	for k := max(0, t-2); k < t; k++ {
		if s.toks[k].lx&lxNegation != 0 {
			return true
		}
	}
	return false
}

func (r *run) futureBefore(s *sctx, t int) bool {
	cs := r.clauseStart(s, t)
	for k := max(cs, t-3); k < t; k++ {
		if s.toks[k].lx&lxFuture != 0 {
			return true
		}
	}
	return false
}

func (r *run) events1(s *sctx) {
	toks := s.toks
	s.lastTrig = -1
	s.scope = nil
	for i := 0; i < len(toks); i++ {
		tr, te, clitic := r.matchTrigger(toks, i, false)
		if tr == nil {
			continue
		}
		if m := covered(s.ms, i); m != nil && !m.pronoun {
			continue // part of a name ("Kantor Berita")
		}
		n := len(r.events)
		r.trigger(s, tr, i, te, clitic)
		if len(r.events) == n && tr.gen {
			// A generated pattern that finds no parties does not hide a
			// hand trigger of the same word ("Talks between A and B").
			if tr2, te2, cl2 := r.matchTrigger(toks, i, true); tr2 != nil {
				tr, te = tr2, te2
				r.trigger(s, tr2, i, te2, cl2)
			}
		}
		s.lastTrig = i
		i = te - 1
	}
}

func (r *run) trigger(s *sctx, tr *trigger, t, te int, clitic bool) {
	toks := s.toks
	p := r.p
	if r.negated(s, t) || tr.ev == nil {
		return // negated, or a PETRARCH "---" pattern that codes nothing
	}
	var src, tgt []*mention
	conf := 0.9
	rule := ""
	passive := tr.passive
	reduced := false
	if tr.pp {
		for k := max(0, t-3); k < t; k++ {
			if toks[k].lx&lxAux != 0 {
				passive = true
			}
		}
		// A reduced relative: "talks hosted by Malaysia", "a ship seized
		// by Iran": passive without an auxiliary; the noun before is its
		// subject.
		if !passive && te < len(toks) && toks[te].lx&lxAgent != 0 {
			passive, reduced = true, true
		}
	}
	if tr.passiveOnly && !passive {
		return
	}
	switch {
	case passive:
		rule = "passive"
		k := te
		for k < len(toks) && k < te+3 && toks[k].lx&lxAgent == 0 && !s.bound[k] {
			k++
		}
		if k < len(toks) && toks[k].lx&lxAgent != 0 {
			a := k + 1
			if a < len(toks) && toks[a].lx&lxDeterminer != 0 && mentionAt(s.ms, a) == nil {
				a++ // "accused by the United Nations"
			}
			if m := firstMentionIn(s.ms, a, a+1); m != nil {
				src = r.groupFrom(s, m)
				rule = "passive:agent"
			}
		} else if p.lang == "id" {
			if m := firstMentionIn(s.ms, te, te+1); m != nil {
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
			return
		}
		if reduced {
			if m := mentionEndingAt(s.ms, t); m != nil && !m.oblique {
				tgt = r.groupTo(s, m)
			}
			break
		}
		var inh bool
		tgt, inh = r.subject(s, t)
		if inh {
			conf = 0.8
		}
	case tr.nominal:
		rule, src, tgt, conf = r.nominal(s, tr, t, te, clitic)
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
		if src == nil {
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
		}
		tgt, loc = r.object(s, objFrom, tr.place, src)
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
		if tgt == nil && tr.ev.Root == "13" && te+1 < len(toks) && (toks[te].low == "if" || toks[te].low == "unless") {
			// "would retaliate if the Philippines continued": a
			// conditional threat is directed at the condition's subject.
			if m := firstMentionIn(s.ms, te+1, min(te+4, len(toks))); m != nil && !m.oblique {
				tgt = r.groupFrom(s, m)
			}
		}
		if tgt == nil && te < len(toks) && r.p.mod.comp[toks[te].low] {
			if _, opener := r.p.mod.openers[tr.ev.Root]; opener {
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
		if loc && tr.recip && len(src) >= 2 {
			tgt = nil // "A and B clashed in C": A and B are the parties
		} else if loc {
			conf *= 0.9
		}
	}
	// Territory: "wilayah Ukraina yang dikuasai Rusia, Donetsk dan Luhansk"
	if len(tgt) == 1 && tgt[0].ti > 0 && p.territory[toks[tgt[0].ti-1].low] {
		ce := len(toks)
		var places []*mention
		for _, m := range s.ms {
			if m.ti > tgt[0].tj && m.ti < ce && m.ti > 0 && toks[m.ti-1].raw == "," {
				if a := r.actors[m.id]; a != nil && a.a.Kind == facts.KindPlace {
					places = r.groupFrom(s, m)
					break
				}
			}
		}
		if places != nil {
			tgt = places
			rule += "+territory"
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
	}
	intent := tr.intent
	if intent == nil && modal == "planned" {
		intent = r.x.cameo[intentCode(ev.Code)]
	}
	if intent != nil && (r.futureBefore(s, t) || modal == "planned") {
		// "will meet", "offered to mediate": the intent (03x) is the fact.
		ev, typ = intent, intent.Type
		rule += "+intent"
		modal = ""
	} else if modal == "unreal" {
		return
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
	if content == "" {
		if st, ok := r.p.mod.openers[ev.Root]; ok {
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
					r.addEvent(s, ev, typ, as, bs, asec, bsec, "fact", conf, matched, rule+"+mutual", t)
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
	// bertemu", "A and B signed an agreement": each pair, both directions.
	if len(tgt) == 0 && recipCode(ev.Code) && len(src) >= 2 {
		matched := r.strs.one(r.text[toks[t].s:toks[te-1].e])
		st := r.status(s, t, te, content, modal)
		for _, a := range src {
			for _, b := range src {
				if a.part != b.part {
					as, asec := r.participant(s, a)
					bs, bsec := r.participant(s, b)
					r.addEvent(s, ev, typ, as, bs, asec, bsec, st, conf, matched, rule+"+reciprocal", t)
				}
			}
		}
		return
	}
	// Other mutual acts (clash, ceasefire) with a coordinated subject: A→B.
	if len(tgt) == 0 && tr.recip && len(src) >= 2 {
		src, tgt = src[:1], src[1:2]
		rule += "+reciprocal"
	}
	// A water body is a place things are fired into, not a party attacked
	// or threatened: "menembakkan rudal ke Laut Kuning".
	if len(tgt) > 0 && (ev.Code[:2] == "15" || ev.Code[:2] == "19") {
		tgt = r.dropWater(tgt)
	}
	status := r.status(s, t, te, content, modal)
	matched := r.strs.one(r.text[toks[t].s:toks[te-1].e])
	for _, sm := range src {
		sp, ssec := r.participant(s, sm)
		if len(tgt) == 0 {
			target := ""
			c := conf
			if tr.home {
				if a := r.actors[sm.id]; a != nil && a.a.Country != "" && a.a.Country != sm.part {
					if r.actor(a.a.Country) != nil {
						target = a.a.Country
						c *= 0.85
					}
				}
			}
			if target == "" && !tr.notarget {
				continue
			}
			r.addEvent(s, ev, typ, sp, target, ssec, "", status, c, matched, rule, t)
			continue
		}
		for _, tm := range tgt {
			tp, tsec := r.participant(s, tm)
			r.addEvent(s, ev, typ, sp, tp, ssec, tsec, status, conf, matched, rule, t)
		}
	}
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

// nominal finds the parties of an event named by a noun: "pertemuan antara
// A dan B", "mengungkapkan dukungannya kepada B", "kudeta Wagner",
// "Russia's invasion of Ukraine", "serangan oleh A".
func (r *run) nominal(s *sctx, tr *trigger, t, te int, clitic bool) (string, []*mention, []*mention, float64) {
	toks := s.toks
	p := r.p
	k := te
	if k < len(toks) && (toks[k].low == "tersebut" || toks[k].low == "itu") {
		k++
	}
	// between
	if k < len(toks) && toks[k].lx&lxBetween != 0 {
		a0 := k + 1
		if a0 < len(toks) && toks[a0].lx&lxDeterminer != 0 && mentionAt(s.ms, a0) == nil {
			a0++
		}
		if a0+2 < len(toks) && r.groupOf(s, a0+2) {
			a0 += 2 // "between the presidents of Kenya and Somalia"
		}
		if a := firstMentionIn(s.ms, a0, a0+1); a != nil {
			j := a.tj
			if j < len(toks) && p.betweenAnd[toks[j].low] {
				if j+1 < len(toks) && toks[j+1].lx&lxDeterminer != 0 && mentionAt(s.ms, j+1) == nil {
					j++ // "between Iran and the United States"
				}
				if j+3 < len(toks) && r.groupOf(s, j+3) {
					j += 2 // "between the presidents of Kenya and the presidents of Somalia"
				}
				if b := firstMentionIn(s.ms, j+1, j+2); b != nil {
					return "nominal:between", r.groups.one(a), r.groups.one(b), 0.85
				}
			}
		}
	}
	// light verb before: "mengungkapkan dukungannya", "imposed sanctions", "launched an attack"
	for k := t - 1; k >= 0 && k >= t-6; k-- {
		if toks[k].lx&lxLight != 0 {
			if r.negated(s, k) {
				return "", nil, nil, 0
			}
			src, inh := r.subject(s, k)
			if src == nil {
				break
			}
			tgt, _ := r.object(s, te, tr.place, src)
			c := 0.85
			if inh {
				c = 0.75
			}
			return "nominal:light-verb", src, tgt, c
		}
		if toks[k].punct || covered(s.ms, k) != nil {
			break
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
	if p.lang == "en" && t > 0 && possessiveDet[toks[t-1].low] && !s.quote[t] {
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
	// agent phrase: "serangan oleh Rusia", "an attack by Russia"
	if k < len(toks) && toks[k].lx&lxAgent != 0 {
		if m := firstMentionIn(s.ms, k+1, k+2); m != nil {
			tgt, _ := r.subject(s, t)
			if tgt == nil {
				tgt, _ = r.object(s, m.tj, tr.place, r.groups.one(m))
			}
			return "nominal:agent", r.groups.one(m), tgt, 0.75
		}
	}
	// Indonesian genitive agent: "kudeta Wagner", "serangan Israel ke Gaza"
	if p.lang == "id" {
		if m := firstMentionIn(s.ms, k, k+1); m != nil && !m.oblique {
			src := r.groupFrom(s, m)
			tgt, _ := r.object(s, src[len(src)-1].tj, tr.place, src)
			return "nominal:genitive", src, tgt, 0.7
		}
		// "pertemuan (tahunan) kedua pemimpin": the pair named before.
		if g := r.pairBefore(s, k, min(k+2, len(toks))); g != nil {
			return "nominal:genitive-pair", g, nil, 0.7
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
			if src, inh := r.subject(s, t); src != nil && !(inh && sub) {
				return "nominal:subject", src, tgt, 0.6
			}
		}
	}
	return "", nil, nil, 0
}

func (r *run) addEvent(s *sctx, ev *cameoEntry, typ, src, tgt, srcSec, tgtSec, status string, conf float64, matched []string, rule string, t int) {
	// Every path to an event codes a named body as its state with its
	// sector (participant does it for the parties of a trigger; speech and
	// other rules come here with the body's own id).
	if st, sec := r.bodyState(src); st != "" {
		src, srcSec = st, cmp.Or(srcSec, sec)
	}
	if st, sec := r.bodyState(tgt); st != "" {
		tgt, tgtSec = st, cmp.Or(tgtSec, sec)
	}
	if src == "" || src == tgt {
		return
	}
	sa := r.actor(src)
	if sa == nil {
		return
	}
	var ta *actorRec
	if tgt != "" {
		if ta = r.actor(tgt); ta == nil {
			return
		}
	}
	st := s.st
	date := r.sentenceDate(s)
	conf = math.Round(conf*100) / 100
	evd := facts.Evidence{Sentence: r.text[st.s:st.e], Start: st.s, End: st.e, Confidence: conf, Matched: matched, Rule: rule}
	for _, o := range r.events {
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
			x.Confidence = math.Max(x.Confidence, conf)
			return
		}
	}
	e := facts.Event{
		Type: typ, Cameo: ev.Code, QuadClass: ev.Quad, Goldstein: ev.Goldstein, Plover: ev.Plover,
		Source: src, Target: tgt, SourceSector: srcSec, TargetSector: tgtSec, Date: date, Status: status, Confidence: conf,
		Evidence: r.evs.one(evd),
	}
	r.events = append(r.events, r.eventRecs.ptr(eventRec{ev: e, sent: s.si, trigger: t}))
	sa.used = true
	if ta != nil {
		ta.used = true
	}
}

// applyDenials turns alleged events into disputed ones when the next
// sentence denies or finds no evidence ("Namun, tak ada bukti ...").
func (r *run) applyDenials() {
	for _, e := range r.events {
		if e.ev.Status != facts.StatusAlleged {
			continue
		}
		for n := e.sent + 1; n < len(r.c.sents); n++ {
			st := &r.c.sents[n]
			if st.related {
				continue
			}
			if r.denied(st.toks) || r.denied(r.c.sents[e.sent].toks) {
				e.ev.Status = facts.StatusDisputed
				e.ev.Evidence = append(e.ev.Evidence, facts.Evidence{
					Sentence: r.text[st.s:st.e], Start: st.s, End: st.e, Confidence: e.ev.Confidence,
					Matched: r.denialWords(st.toks), Rule: "status:denial-next-sentence",
				})
			}
			break
		}
	}
}

func (r *run) denialWords(toks []token) []string {
	for i := range toks {
		if d, ok := r.p.denials.at(toks, i); ok {
			return r.strs.one(r.text[toks[i].s:toks[i+len(d.p)-1].e])
		}
	}
	return nil
}

// stances1 finds explicit statements of alliance or partnership.
func (r *run) stances1(s *sctx) {
	toks := s.toks
	p := r.p
	for i := 0; i < len(toks); i++ {
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

func (r *run) addStance(s *sctx, src, tgt, rel string, conf float64, matched []string) {
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
		x.Strength = round2(1 - (1-x.Strength)*(1-conf))
		return
	}
	r.stance[key] = r.stances.ptr(facts.Stance{Source: src, Target: tgt, Relation: rel, Kind: facts.StanceExplicit, Strength: conf, Evidence: r.evs.one(ev)})
	r.skeys = append(r.skeys, key)
	sa.used, ta.used = true, true
}

func round2(f float64) float64 { return math.Round(f*100) / 100 }

// derive aggregates events per (source, target) into derived stances:
// strength = 1 - Π(1 - w), w = confidence × |Goldstein|/10 × status weight.
func (r *run) derive() {
	for _, e := range r.events {
		ev := &e.ev
		if ev.Target == "" {
			continue
		}
		rel := facts.RelationCooperative
		if ev.QuadClass >= 3 {
			rel = facts.RelationHostile
		}
		w := ev.Confidence * math.Abs(ev.Goldstein) / 10 * r.x.common.StatusWeight[ev.Status]
		if w <= 0 {
			continue
		}
		key := stanceKey{ev.Source, ev.Target, rel, facts.StanceDerived}
		evd := ev.Evidence[0]
		evd.Confidence = round2(w)
		evd.Rule = r.x.derivedRule(ev.Type)
		if x := r.stance[key]; x != nil {
			x.Strength = 1 - (1-x.Strength)*(1-w)
			x.Evidence = r.evs.appendTo(x.Evidence, evd)
			continue
		}
		r.stance[key] = r.stances.ptr(facts.Stance{Source: ev.Source, Target: ev.Target, Relation: rel, Kind: facts.StanceDerived, Strength: w, Evidence: r.evs.one(evd)})
		r.skeys = append(r.skeys, key)
	}
}

// finish writes the document: actors in order of first mention, events in
// order of their sentence, stances explicit first.
func (r *run) finish(doc *facts.Document) {
	out := r.outActors[:0]
	for _, id := range r.order {
		if a := r.actors[id]; a.nM > 0 || a.used {
			out = append(out, a)
		}
	}
	r.outActors = out
	r.fillMentions(out)
	doc.Actors = make([]facts.Actor, 0, len(out))
	doc.Events = make([]facts.Event, 0, len(r.events))
	for _, a := range out {
		if len(a.aliases) > 0 {
			a.a.Aliases = a.aliases
		}
		doc.Actors = append(doc.Actors, a.a)
	}
	slices.SortStableFunc(r.events, func(a, b *eventRec) int { return a.sent - b.sent })
	for _, e := range r.events {
		doc.Events = append(doc.Events, e.ev)
	}
	if len(doc.Events) == 0 {
		doc.Events = nil
	}
	if len(r.skeys) > 0 {
		doc.Stances = make([]facts.Stance, 0, len(r.skeys))
	}
	for _, k := range r.skeys {
		if k.kind == facts.StanceExplicit {
			doc.Stances = append(doc.Stances, *r.stance[k])
		}
	}
	for _, k := range r.skeys {
		if k.kind == facts.StanceDerived {
			st := *r.stance[k]
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
}
