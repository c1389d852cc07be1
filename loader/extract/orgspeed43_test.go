package extract

import "testing"

// TestOrgGateBits checks the word bits findMentions's gates of stop 43
// test (sentGate) against the tests the gated rules make at the words
// they start from, on every token of the test texts in every pack: a
// token a rule would start from must carry its bit (else the sentence
// would skip a rule that acts). TestSentGate compares whole documents
// with and without the gates.
func TestOrgGateBits(t *testing.T) {
	n := 0
	forSentences(t, 1, func(r *run, st *sentence) {
		p := r.p
		for i := range st.toks {
			tk := &st.toks[i]
			check := func(rule string, starts bool, bit uint64) {
				if starts && tk.lx2&bit == 0 {
					t.Fatalf("%s: %q (%s) starts the rule without its gate bit", rule, tk.raw, p.lang)
				}
			}
			check("ageAppositions", isAge(tk.raw), l2Age)
			check("regnalPersons", isRegnalNumber(tk.raw), l2Regnal)
			check("redefinedShorts, bracketDefinedOrgs, definedAcronyms", tk.raw == "(" || tk.low == "atau" || tk.low == "or", l2Bracket)
			check("committees", p.committeeTails[tk.low], l2Committee)
			check("memberAcronyms", p.orgOf[tk.low] || tk.low == "'s", l2MemberLink)
			check("orgForms", tk.low == "pusat", l2OrgFormStart)
			n++
		}
	})
	if n < 10000 {
		t.Fatalf("%d tokens checked", n)
	}
}
