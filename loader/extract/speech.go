// Reported speech: who is quoted in a sentence, and the "make statement"
// (010) event of a quotation.

package extract

import (
	"strings"

	"github.com/geokg/kg/loader/facts"
)

func hasQuote(s *sentenceContext) bool {
	for _, q := range s.quote {
		if q {
			return true
		}
	}
	return false
}

// speaker finds who is quoted: "..., kata X", "X said", "according to X",
// "tambahnya" (the last speaker).
func (r *run) speaker(s *sentenceContext) string {
	toks := s.toks
	for i := range toks {
		t := &toks[i]
		if t.lx&lxSpeech == 0 || t.punct || s.quote[i] { // (the cheap test first)
			continue
		}
		if t.low == "according" && i+1 < len(toks) && toks[i+1].low == "to" {
			if m := firstMentionIn(s.ms, i+2, i+6); m != nil {
				return m.part
			}
		}
		if m := firstMentionIn(s.ms, i+1, i+6); m != nil && !m.oblique && !r.clauseBetween(s, i+1, m.ti) {
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
func (r *run) statement(s *sentenceContext) {
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

// speechComma tells whether the gap toks[i:j] between two names is only
// a comma that ends a clause, as before a speech tag ("... against Ukraine,
// South Korea's spy agency said"): not a list.
func (r *run) speechComma(s *sentenceContext, i, j int) bool {
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

// reportedAttack applies PETRARCH2's transformation "a (b . ATTACK) SAY =
// a b 112" where the reporting verb makes it a claim: a speaker who alleges
// or claims that another party attacked, with no target named, accuses it
// ("Moscow alleged that Kyiv had shot down a transport plane", "Russia
// claimed Ukraine attacked overnight": RUS 112 UKR). A neutral report
// ("Seoul said Pyongyang fired a missile into the sea") accuses no one;
// with a target the reported act is coded itself, its source the reported
// subject and its status the reporting verb's ("claimed": alleged).
func (r *run) reportedAttack(s *sentenceContext, ev *cameoEntry, src *mention, srcSec, status string, matched []string, t int) {
	if status != facts.StatusFact && status != facts.StatusAlleged {
		return
	}
	if root := ev.Root; root != "18" && root != "19" && root != "20" {
		return
	}
	spk := r.claimant(s, src, t)
	if spk == "" || spk == src.part {
		return
	}
	if c := r.x.cameo["112"]; c != nil {
		r.addEvent(s, c, c.Type, spk, src.part, "", srcSec, facts.StatusFact, 0.7, matched, "transform:claimed-attack", t)
	}
}

// claimant is who claims the act at t: the subject right before the
// nearest claim verb before the act's source, in the active voice
// ("Russia claimed (that) Ukraine ..."; not "Ukraine was claimed ...").
func (r *run) claimant(s *sentenceContext, src *mention, t int) string {
	toks := s.toks
	for k := src.ti - 1; k >= 0 && k >= src.ti-3; k-- {
		if s.quote[k] || toks[k].punct {
			return ""
		}
		if !r.p.claimVerbs[toks[k].low] {
			continue
		}
		if k > 0 && toks[k-1].lx&lxAux != 0 {
			return ""
		}
		for j := len(s.ms) - 1; j >= 0; j-- {
			if m := s.ms[j]; m.tj <= k && m.tj >= k-3 && !m.oblique && !s.quote[m.ti] {
				return m.part
			}
		}
		return ""
	}
	return ""
}

// clauseBetween: a clause break or a preposition among toks[a:b] ("said
// after meeting Biden": Biden is not the speaker).
func (r *run) clauseBetween(s *sentenceContext, a, b int) bool {
	for k := a; k < b; k++ {
		if t := &s.toks[k]; r.p.clauseBreaks[t.low] || t.lx&(lxObjPrep|lxLocative|lxAgent) != 0 {
			return true
		}
	}
	return false
}
