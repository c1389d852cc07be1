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
	openers               map[string]string // CAMEO root → status of the content
}

type modalityJSON struct {
	Note            string            `json:"_"`
	Unreal          []string          `json:"unreal"`
	Planned         []string          `json:"planned"`
	Complementizers []string          `json:"complementizers"`
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
	p.mod = modality{unreal: mk(j.Unreal), planned: mk(j.Planned), comp: mk(j.Complementizers), openers: map[string]string{}}
	for root, st := range j.Openers {
		ok := false
		for _, v := range facts.EventStatuses {
			ok = ok || v == st
		}
		if !ok || len(root) != 2 {
			return fmt.Errorf("%s: openers: %q: %q is not a root and an event status", name, root, st)
		}
		p.mod.openers[root] = st
	}
	return nil
}

// modalBefore reads the words of the clause before the trigger at t:
// "unreal" (no fact), "planned", or "".
func (r *run) modalBefore(s *sctx, t int) string {
	cs := r.clauseStart(s, t)
	out := ""
	// Up to three words before in the clause, or further back over a chain
	// of verb phrases joined by "and" with no actor between ("must withdraw
	// its troops and stop attacking"): the modal governs them all.
	coord := false
	for k := t - 1; k >= 0 && k >= t-8; k-- {
		tk := &s.toks[k]
		if r.p.coord[tk.low] {
			coord = true
		}
		if k < t-3 || k < cs {
			if !coord || tk.punct || covered(s.ms, k) != nil {
				break
			}
		}
		switch {
		case r.p.mod.unreal[tk.low]:
			return "unreal"
		case r.p.mod.planned[tk.low] && out == "":
			out = "planned"
		}
	}
	return out
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
func (r *run) contentStatus(s *sctx, sc *scope, t int) string {
	if sc == nil || sc.status == "" || t < sc.end {
		return ""
	}
	for k := sc.end; k < t; k++ {
		if s.toks[k].raw == ";" || s.toks[k].raw == "." {
			return ""
		}
		if r.p.mod.comp[s.toks[k].low] {
			return sc.status
		}
	}
	return ""
}

// status of an event at tokens t..te: content of a demand or threat, planned,
// alleged (a hedge before it), disputed (an allegation denied), denied (a
// denial before it: "Russia denied attacking Ukraine"), else fact.
func (r *run) status(s *sctx, t, te int, content, modal string) string {
	if content != "" {
		return content
	}
	status := facts.StatusFact
	if r.hedgedBefore(s, t, te) {
		status = facts.StatusAlleged
	}
	switch {
	case s.denial >= 0 && status == facts.StatusAlleged:
		status = facts.StatusDisputed // an allegation denied
	case s.denial >= 0 && s.denial < t:
		status = facts.StatusDenied // "Russia denied attacking Ukraine"
	}
	if modal == "planned" && status == facts.StatusFact {
		status = facts.StatusPlanned
	}
	return status
}

// recipCode: CAMEO codes whose act is mutual (meet, negotiate, agree, sign,
// cooperate, fight): a coordinated subject without an object acts on each other.
func recipCode(code string) bool {
	switch code[:min(3, len(code))] {
	case "030", "031", "036", "037", "040", "041", "043", "044", "046", "050", "057", "060", "061", "062", "064":
		return true
	}
	return false
}

// nounSlot: the English word at i stands where a noun does, not a verb: after
// a determiner, a possessive "'s", a preposition, or a lower-case word that
// itself follows one ("of artillery shells"). Verb forms there are nouns.
func (r *run) nounSlot(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	prepLike := func(t *token) bool {
		return t.lx&(lxDeterminer|lxObjPrep|lxLocative|lxAgent|lxBetween) != 0 || t.low == "'s" || t.low == "of" || t.low == "with" || t.low == "for"
	}
	p := &toks[i-1]
	if p.low == "to" {
		return false // an infinitive
	}
	if prepLike(p) {
		return true
	}
	if i >= 2 && !p.punct && p.raw != "" && p.raw[0] >= 'a' && p.raw[0] <= 'z' && p.lx&(lxAux|lxNegation|lxFuture) == 0 && prepLike(&toks[i-2]) {
		return true
	}
	return false
}

// topicOrPlace: every mention is a place, or follows a topic preposition
// ("on", "about", "over", "tentang", "soal", "mengenai").
func (r *run) topicOrPlace(s *sctx, ms []*mention) bool {
	for _, m := range ms {
		if a := r.actors[m.part]; a != nil && a.a.Kind == facts.KindPlace {
			continue
		}
		if m.ti > 0 && topicPreps[s.toks[m.ti-1].low] {
			continue
		}
		return false
	}
	return true
}

var topicPreps = map[string]bool{"on": true, "about": true, "over": true, "regarding": true, "concerning": true,
	"tentang": true, "soal": true, "mengenai": true, "terkait": true, "perihal": true}

// intentCode is CAMEO's "express intent to" code for a cooperative act
// announced as a plan ("will contribute aid" → 033), "" for acts that have
// none (conflict: a planned attack is an event with status planned).
func intentCode(code string) string {
	switch {
	case code == "045" || code == "0451":
		return "039"
	case strings.HasPrefix(code, "057"):
		return "037"
	case strings.HasPrefix(code, "04"):
		return "036"
	case strings.HasPrefix(code, "05"):
		return "032"
	case strings.HasPrefix(code, "06"):
		return "031"
	case strings.HasPrefix(code, "07"):
		return "033"
	case strings.HasPrefix(code, "08"):
		return "035"
	}
	return ""
}

// verbPP: the actor at ti is the verb's prepositional object, not an actor
// further on: behind an object preposition other than "of" ("contribute a
// million francs to Gondor"), at most eight words after the verb ending at
// te, with no punctuation, clause break or other actor between.
func (r *run) verbPP(s *sctx, te, ti int) bool {
	if ti > te+8 || ti < 1 {
		return false
	}
	p := &s.toks[ti-1]
	if p.lx&lxObjPrep == 0 || p.low == "of" {
		return false
	}
	for k := te; k < ti-1; k++ {
		tk := &s.toks[k]
		if tk.punct || r.p.clauseBreaks[tk.low] || covered(s.ms, k) != nil || tk.lx&lxObjPrep != 0 {
			return false
		}
	}
	return true
}

// audience: a news outlet spoken to ("told Reuters", "complained to the
// Associated Press", "in an interview with CNN", "kepada Reuters") is the
// audience of what is said, not the party an act is directed at.
func (r *run) audience(s *sctx, m *mention) bool {
	a := r.actors[m.part]
	if a == nil || a.a.Kind != facts.KindMedia {
		return false
	}
	k := m.ti - 1
	if k >= 0 && s.toks[k].lx&lxDeterminer != 0 {
		k--
	}
	if k < 0 {
		return false
	}
	switch s.toks[k].low {
	case "to", "with", "told", "tell", "tells", "telling", "kepada", "dengan":
		return true
	}
	return false
}

// endsInPrep: the trigger is an English verb and its object preposition
// written out ("spoke with", "called on"), not a word some way on.
func (r *run) endsInPrep(tr *trigger) bool {
	if len(tr.toks) != 2 || r.p.lang != "en" {
		return false
	}
	last := tr.toks[1]
	return !last.gap && last.word != "" && r.p.objPreps[last.word]
}

// nextPhrase: the actor at ti begins the noun phrase right after te: at
// most three words between, each a determiner or possessive, a capitalized
// word (a title) or "counterpart" ("spoke with his Russian counterpart
// Vladimir Putin", not "spoke with reporters about China").
func (r *run) nextPhrase(s *sctx, te, ti int) bool {
	if ti > te+3 {
		return false
	}
	for k := te; k < ti; k++ {
		tk := &s.toks[k]
		switch {
		case tk.punct:
			return false
		case tk.lx&lxDeterminer != 0, tk.raw != "" && tk.raw[0] >= 'A' && tk.raw[0] <= 'Z':
		case tk.low == "his", tk.low == "her", tk.low == "its", tk.low == "their", tk.low == "counterpart", tk.low == "counterparts":
		default:
			return false
		}
	}
	return true
}

// possessiveDet: English possessive determiners before an event noun.
var possessiveDet = map[string]bool{"its": true, "their": true, "his": true, "her": true}

// appearBefore finds the authority of "to appear|testify before X" (or
// "hadir di hadapan X", "diperiksa oleh" being read elsewhere) right after
// a passive legal verb ending at te: an actor that is not a person or place.
func (r *run) appearBefore(s *sctx, te int) *mention {
	toks := s.toks
	k := te
	if k < len(toks) && toks[k].low == "to" {
		k++
	}
	if k+1 >= len(toks) || !appearVerbs[toks[k].low] {
		return nil
	}
	k++
	if toks[k].low != "before" && toks[k].low != "at" {
		return nil
	}
	k++
	if k < len(toks) && toks[k].lx&lxDeterminer != 0 && mentionAt(s.ms, k) == nil {
		k++
	}
	m := firstMentionIn(s.ms, k, k+1)
	if m == nil {
		return nil
	}
	if a := r.actors[m.part]; a == nil || a.a.Kind == facts.KindPerson || a.a.Kind == facts.KindPlace {
		return nil
	}
	return m
}

var appearVerbs = map[string]bool{"appear": true, "testify": true, "report": true}

// reactionRoot: CAMEO roots of reactions a noun can name with "from" its
// author ("criticism from the EU", "praise from Washington"): disapprove,
// reject, express support.
func reactionRoot(root string) bool { return root == "11" || root == "12" || root == "05" }

// threatCode is CAMEO's "threaten to" code for the content of a threat
// ("" when the content says nothing more than a threat, 130).
func threatCode(code string) string {
	switch {
	case code[:2] == "18" || code[:2] == "19" || code[:2] == "20":
		return "138"
	case strings.HasPrefix(code, "162"):
		return "1311"
	case strings.HasPrefix(code, "163"):
		return "1312"
	case strings.HasPrefix(code, "161"):
		return "1313"
	case code[:2] == "16":
		return "131"
	case code[:2] == "14":
		return "133"
	case strings.HasPrefix(code, "172"):
		return "132"
	case code[:2] == "17":
		return "137"
	}
	return ""
}
