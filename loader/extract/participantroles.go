// Second-pass roles of a participant: noun slots, topics and places, the
// audience of a statement ("told Reuters"), the agent of a participle, the
// authority of "appear before X".

package extract

import (
	"github.com/geokg/kg/loader/facts"
)

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
func (r *run) topicOrPlace(s *sentenceContext, ms []*mention) bool {
	for _, m := range ms {
		if a := r.known(m.part); a != nil && a.a.Kind == facts.KindPlace {
			continue
		}
		if m.ti > 0 && r.p.topicPreps[s.toks[m.ti-1].low] {
			continue
		}
		return false
	}
	return true
}

// verbPP: the actor at ti is the verb's prepositional object, not an actor
// further on: behind an object preposition other than "of" ("contribute a
// million francs to Gondor"), at most eight words after the verb ending at
// te, with no punctuation, clause break or other actor between.
func (r *run) verbPP(s *sentenceContext, te, ti int) bool {
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
func (r *run) audience(s *sentenceContext, m *mention) bool {
	a := r.known(m.part)
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
func (r *run) nextPhrase(s *sentenceContext, te, ti int) bool {
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

// appearBefore finds the authority of "to appear|testify before X" (or
// "hadir di hadapan X", "diperiksa oleh" being read elsewhere) right after
// a passive legal verb ending at te: an actor that is not a person or place.
func (r *run) appearBefore(s *sentenceContext, te int) *mention {
	toks := s.toks
	k := te
	if k < len(toks) && toks[k].low == "to" {
		k++
	}
	if k+1 >= len(toks) || !r.p.appearVerbs[toks[k].low] {
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
	if a := r.known(m.part); a == nil || a.a.Kind == facts.KindPerson || a.a.Kind == facts.KindPlace {
		return nil
	}
	return m
}
