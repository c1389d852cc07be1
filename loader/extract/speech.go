// Reported speech: who is quoted in a sentence, and the "make statement"
// (010) event of a quotation.

package extract

import (
	"strings"
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
