package extract

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/geokg/kg/loader/facts"
)

// Modality: whether an event is reported as having happened. A threat,
// demand, appeal or offer is itself a fact ("X threatened to attack Y" is a
// threat, CAMEO 13x), but its content is not: the content's events get the
// status threatened, demanded or planned. A plan or intention ("will meet",
// "akan", "plans to") gives status planned; an obligation, condition or
// possibility ("must withdraw", "harus", "would", "if") is no fact and gives
// no event. Words are data: lang/<code>.modality.json.

type modality struct {
	unreal, planned, comp set
	purpose               set               // a word of purpose before a trigger: the modal of the verb it serves reaches the trigger
	conditionals          set               // a sentence opened by one is a condition and its consequence
	openers               map[string]string // CAMEO root → status of the content
	// openers by a root of two digits, for opener: codeTrigger asks for
	// every trigger, and an array index costs less than a map look-up
	openerOf [100]string
	isOpener [100]bool
}

// opener is openers[root]: read from the arrays for a root of two digits
// (every CAMEO root, "01" to "20"), from the map for any other.
func (m *modality) opener(root string) (string, bool) {
	if len(root) == 2 && root[0]-'0' <= 9 && root[1]-'0' <= 9 {
		k := int(root[0]-'0')*10 + int(root[1]-'0')
		return m.openerOf[k], m.isOpener[k]
	}
	st, ok := m.openers[root]
	return st, ok
}

type modalityJSON struct {
	Note            string            `json:"_"`
	Unreal          []string          `json:"unreal"`
	Planned         []string          `json:"planned"`
	Conditionals    []string          `json:"conditionals"`
	Complementizers []string          `json:"complementizers"`
	Purpose         []string          `json:"purpose"`
	Openers         map[string]string `json:"openers"`
}

func (p *pack) loadModality(code string) error {
	name := "lang/" + code + ".modality.json"
	raw, err := dataFS.ReadFile(name)
	if err != nil {
		return err
	}
	var j modalityJSON
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	mk := func(ws []string) set {
		s := set{}
		for _, w := range ws {
			s[strings.ToLower(w)] = true
		}
		return s
	}
	p.mod = modality{unreal: mk(j.Unreal), planned: mk(j.Planned), comp: mk(j.Complementizers), purpose: mk(j.Purpose), conditionals: mk(j.Conditionals), openers: map[string]string{}}
	for root, st := range j.Openers {
		ok := false
		for _, v := range facts.EventStatuses() {
			ok = ok || v == st
		}
		if !ok || len(root) != 2 {
			return fmt.Errorf("%s: openers: %q: %q is not a root and an event status", name, root, st)
		}
		p.mod.openers[root] = st
		if root[0]-'0' <= 9 && root[1]-'0' <= 9 {
			k := int(root[0]-'0')*10 + int(root[1]-'0')
			p.mod.openerOf[k], p.mod.isOpener[k] = st, true
		}
	}
	return nil
}

// modalBefore reads the words of the clause before the trigger at t:
// "unreal" (no fact), "planned", or "".
func (r *run) modalBefore(s *sentenceContext, t int) string {
	cs := r.clauseStart(s, t)
	// A clause opened by a condition ("Jika Rusia menyerang Ukraina, ...",
	// "If Russia attacks Ukraine, ..."): the whole clause is no fact, however
	// many words the subject has.
	if cs > 0 && s.toks[cs-1].lx&lxUnreal != 0 && !r.backshifted(s, cs-1) {
		return "unreal"
	}
	// A sentence opened by a condition: its consequence after the
	// condition's comma is no fact either, with no modal of its own
	// ("Kecuali Iran membuka akses, Amerika Serikat menjatuhkan sanksi").
	if s.toks[0].lx2&l2Conditional != 0 && r.p.mod.conditionals[s.toks[0].low] && r.commaBefore(s, t) {
		return "unreal"
	}
	out := ""
	// Up to three words before in the clause, or further back over a chain
	// of verb phrases joined by "and" with no actor between ("must withdraw
	// its troops and stop attacking"): the modal governs them all. After a
	// word of purpose the window is the clause's ten words before it: the
	// modal of the verb the purpose serves governs it too ("akan terbang ke
	// Washington untuk bertemu", "is scheduled to fly to Washington to
	// meet").
	near, far := 3, 8
	if t > 0 && s.toks[t-1].lx2&l2Purpose != 0 && r.p.mod.purpose[s.toks[t-1].low] { // (the word's bit before the look-up)
		near, far = 11, 11
	}
	coord := false
	for k := t - 1; k >= 0 && k >= t-far; k-- {
		tk := &s.toks[k]
		if tk.lx&lxCoord != 0 {
			coord = true
		}
		if k < t-near || k < cs {
			if !coord || tk.punct || covered(s.ms, k) != nil {
				break
			}
		}
		switch {
		case tk.lx&lxUnreal != 0 && r.backshifted(s, k):
			if out == "" {
				out = "planned"
			}
		case tk.lx&lxUnreal != 0:
			return "unreal"
		case tk.lx&lxPlanned != 0 && out == "":
			out = "planned"
		}
	}
	return out
}

// commaBefore: a comma before the token at t in its sentence.
func (r *run) commaBefore(s *sentenceContext, t int) bool {
	for k := 1; k < t; k++ {
		if s.toks[k].raw == "," {
			return true
		}
	}
	return false
}

// scope is an open demand, appeal, threat or offer in a sentence: triggers
// after it, behind a complementizer, are its content.
type scope struct {
	from, end int    // token span of the opening trigger
	status    string // status of the content's events
	first     int    // index in run.events of the opener's first event
}

// contentStatus returns the status for a trigger at t inside an open scope,
// or "" when it is not content.
func (r *run) contentStatus(s *sentenceContext, sc *scope, t int) string {
	if sc == nil || sc.status == "" || t < sc.end {
		return ""
	}
	if r.serialContent(s, sc.end, t) {
		return sc.status
	}
	for k := sc.end; k < t; k++ {
		if s.toks[k].raw == ";" || s.toks[k].raw == "." {
			return ""
		}
		if s.toks[k].lx&lxComp != 0 {
			return sc.status
		}
	}
	return ""
}

// serialContent tells whether an Indonesian act at t is the content of the
// opener ending at end with no complementizer: a meN- verb right after the
// opener opens its content ("mengancam mengenakan tarif terhadap India",
// "menolak menandatangani perjanjian"), and the act is that verb or its
// object within two words, with no punctuation between.
func (r *run) serialContent(s *sentenceContext, end, t int) bool {
	if r.p.lang != "id" || end >= len(s.toks) || t-end > 2 {
		return false
	}
	if w := s.toks[end].low; len(w) < 5 || !strings.HasPrefix(w, "me") {
		return false
	}
	for k := end; k < t; k++ {
		if s.toks[k].punct {
			return false
		}
	}
	return true
}

// status of an event at tokens t..te: content of a demand or threat, planned,
// alleged (a hedge before it), disputed (an allegation denied), denied (a
// denial before it: "Russia denied attacking Ukraine"), else fact.
func (r *run) status(s *sentenceContext, t, te int, content, modal string) string {
	if content != "" {
		return content
	}
	status := facts.StatusFact
	if r.hedgedBefore(s, t, te) {
		status = facts.StatusAlleged
	}
	if s.denial >= 0 && r.insideRelative(s, s.denial, t) {
		return r.modalStatus(status, modal) // "Russia, which denies targeting civilians, struck"
	}
	switch {
	case s.denial >= 0 && status == facts.StatusAlleged:
		status = facts.StatusDisputed // an allegation denied
	case s.denial >= 0 && s.denial < t:
		status = facts.StatusDenied // "Russia denied attacking Ukraine"
	}
	return r.modalStatus(status, modal)
}

// modalStatus: a fact under a modal of plan is planned.
func (r *run) modalStatus(status, modal string) string {
	if modal == "planned" && status == facts.StatusFact {
		return facts.StatusPlanned
	}
	return status
}

// insideRelative: the word at d is inside a relative clause set off by
// commas that closes before t ("Russia, which denies targeting civilians,
// struck"): what it says is not said of the act at t.
func (r *run) insideRelative(s *sentenceContext, d, t int) bool {
	toks := s.toks
	if d >= t {
		return false
	}
	open := false
	for k := d - 1; k >= 1 && k >= d-4; k-- {
		if toks[k].lx&lxRelative != 0 && toks[k-1].raw == "," {
			open = true
			break
		}
		if toks[k].punct {
			return false
		}
	}
	if !open {
		return false
	}
	for k := d + 1; k < t; k++ {
		if toks[k].raw == "," {
			return true
		}
	}
	return false
}

func (r *run) hedgedBefore(s *sentenceContext, t, te int) bool {
	for _, h := range s.hedges {
		if h[0] < t && (h[1] <= t || h[0] >= te) {
			return true
		}
	}
	return false
}

// admission: the word at k, after a hedge's word, makes it an admission
// ("claimed responsibility", "claimed credit"): the one who claims owns
// the act, which stays a fact.
func (r *run) admission(toks []token, k int) bool {
	return k < len(toks) && (r.p.admissionNouns[toks[k].low] || r.claimedAct(toks, k))
}

// claimedAct: a claim verb that owns (owning_claims) before k takes an act's noun as its object
// ("The Pakistani Taliban claimed a suicide bombing that killed 12"): the
// claimant owns the act, as with "claimed responsibility". The noun must
// end its phrase (a relative word, a preposition, a punctuation mark), so
// that "claimed the strike killed a commander", a claim of a clause, stays
// a hedge.
func (r *run) claimedAct(toks []token, k int) bool {
	if k == 0 || !r.p.owningClaims[toks[k-1].low] || toks[k].lx&lxDeterminer == 0 {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if toks[j].punct {
			return false
		}
		// The noun may have a modifier that is a trigger too ("a drone
		// attack on"): its last word ends the phrase.
		if n := j + 1; toks[j].lx&lxTrigger != 0 && (n == len(toks) || toks[n].punct || toks[n].lx&(lxRelative|lxObjPrep|lxLocative) != 0) {
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

// negated: a negation right before the act ("did not attack", "cancelled
// his visit"), or right before a word of intent that opens it ("has no
// plans to meet", "is not ready to talk").
func (r *run) negated(s *sentenceContext, t int) bool {
	for k := max(0, t-2); k < t; k++ {
		if s.toks[k].lx&lxNegation != 0 {
			return true
		}
	}
	// "has yet to impose", "is yet to sign": a word that negates only
	// before a complementizer (negations_before_comp).
	if k := t - 2; k >= 0 && s.toks[k+1].lx&lxComp != 0 && r.p.negBeforeComp[s.toks[k].low] {
		return true
	}
	for k := max(1, t-3); k < t; k++ {
		if s.toks[k].lx&lxFuture != 0 && s.toks[k-1].lx&lxNegation != 0 {
			return true
		}
	}
	return false
}

func (r *run) futureBefore(s *sentenceContext, t int) bool {
	cs := r.clauseStart(s, t)
	for k := max(cs, t-3); k < t; k++ {
		if s.toks[k].lx&lxFuture != 0 {
			return true
		}
	}
	return false
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

// backshifted: "would" at k is the future of reported speech, not a
// condition: a reporting verb a few words before it ("said it would
// send", "announced that China would impose") and no "if"/"unless" after
// it in the sentence.
func (r *run) backshifted(s *sentenceContext, k int) bool {
	toks := s.toks
	if toks[k].low != "would" {
		return false
	}
	for j := k + 1; j < len(toks); j++ {
		if w := toks[j].low; w == "if" || w == "unless" {
			return false
		}
	}
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if toks[j].punct {
			return false
		}
		if toks[j].lx&lxSpeech != 0 {
			return true
		}
	}
	return false
}
