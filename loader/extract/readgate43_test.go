package extract

import (
	"strings"
	"testing"
)

// TestReadGate checks readSentence's gates on real text, sentence by
// sentence: where the sentence's flags (readGate) close a gate, the pass
// behind it must find nothing at any token. hedgesMayStart: no hedge or
// denial phrase starts at a token (the phrase indexes' at, which hedgeAt
// calls); lxSpeech: no token has the flag speaker's loop starts from;
// stancesMayStart: no stance phrase starts at a token and no token ends in
// a clitic after a stance word; headlinesMayStart (findEvents'
// headlineTriggers): no token is a headline verb. The sentences where
// each gate is open and closed are counted: both must occur.
// (TestSentGate compares whole documents with every pass called,
// Extractor.everyRule: a wrong gate gives another document there too.)
func TestReadGate(t *testing.T) {
	var open, closed [4]int
	forSentences(t, 1, func(r *run, st *sentence) {
		toks := st.toks
		g, g2 := r.readGate(st)
		var hedge, speech, stance, headline bool
		for i := range toks {
			if _, ok := r.p.hedges.at(toks, i); ok {
				hedge = true
			}
			if _, ok := r.p.denials.at(toks, i); ok {
				hedge = true
			}
			if r.p.headlineVerb(&toks[i]) {
				headline = true
			}
			if toks[i].lx&lxSpeech != 0 {
				speech = true
			}
			if _, ok := r.p.stances.at(toks, i); ok {
				stance = true
			}
			w := toks[i].low
			for _, c := range r.p.clitics {
				if strings.HasSuffix(w, c) && len(r.p.stances.first[w[:len(w)-len(c)]]) > 0 {
					stance = true
				}
			}
		}
		gates := [4]struct {
			name     string
			may, has bool
		}{
			{"hedgesMayStart", r.hedgesMayStart(g), hedge},
			{"lxSpeech", g&lxSpeech != 0, speech},
			{"stancesMayStart", r.stancesMayStart(g), stance},
			{"headlinesMayStart", headlinesMayStart(g2), headline},
		}
		for k, gt := range gates {
			if !gt.may && gt.has {
				t.Fatalf("%s closed on %q (%s), which its pass would read", gt.name, r.text[toks[0].s:toks[len(toks)-1].e], r.p.lang)
			}
			if gt.may {
				open[k]++
			} else {
				closed[k]++
			}
		}
	})
	t.Logf("open %v, closed %v (hedges, speech, stances, headline verbs)", open, closed)
	for k := range open {
		if open[k] == 0 || closed[k] == 0 {
			t.Fatalf("gate %d: open %d, closed %d: the test texts must exercise both", k, open[k], closed[k])
		}
	}
}
