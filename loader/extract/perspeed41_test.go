package extract

import "testing"

// TestCapWordLoops checks the premises of the person, organization and
// body speed pass of stop 41 (README, "Person, organization and body rules
// (stop 41) speed pass"): the loops that walk capWords instead of every
// token, and the flag tests moved before costlier ones. On every sentence
// of the test texts, in every language pack, each token the plain loop
// could act at passes the new loop's first test.
func TestCapWordLoops(t *testing.T) {
	forSentences(t, 2, func(r *run, st *sentence) {
		text, p := r.text, r.p
		toks := st.toks
		inCW := make(map[int]bool)
		for _, ci := range r.capWords(st) {
			inCW[int(ci)] = true
		}
		for i := range toks {
			tk := &toks[i]
			// initialPersons: an initial is a capitalized word.
			if isInitial(tk) && !inCW[i] {
				t.Fatalf("initialPersons: initial %q of %q is not in capWords", tk.raw, text[st.s:st.e])
			}
			// bracketDefinedOrgs: so is an acronym in brackets.
			if n := len(tk.raw); n >= 2 && n <= 8 && isAllUpper(tk.raw) && isLetters(tk.raw) && !inCW[i] {
				t.Fatalf("bracketDefinedOrgs: acronym %q of %q is not in capWords", tk.raw, text[st.s:st.e])
			}
			// coordinatedBodies: every coord word has lxCoord.
			if p.coord[tk.low] && tk.lx&lxCoord == 0 {
				t.Fatalf("coordinatedBodies: %q of %q is a coord word without lxCoord", tk.raw, text[st.s:st.e])
			}
			// bareBodiesAbroad: a body's name starts where mayStart says.
			if _, _, ok := p.bodyNameAt(toks, i); ok && !p.bodies.mayStart(tk) {
				t.Fatalf("bareBodiesAbroad: body at %q of %q without mayStart", tk.raw, text[st.s:st.e])
			}
		}
		// speakers: without passive verbs, a speaker needs a word with lxSpeech.
		if len(p.speechPassive) == 0 && r.sentLx(st)&lxSpeech == 0 {
			for i := range toks {
				if toks[i].lx&lxSpeech != 0 || p.speech[toks[i].low] {
					t.Fatalf("speakers: %q has a speech verb %q the flags miss", text[st.s:st.e], toks[i].raw)
				}
			}
		}
	})
}
