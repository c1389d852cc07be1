package extract

import (
	"slices"
	"sort"
	"testing"
)

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

// TestContextOfLen checks contextActor's index of context_names by length
// against the plain walk it replaced: for each length, the names of that
// length in the order of their names (the first that matches wins, as
// when the loop walked every name sorted by name and skipped the others).
func TestContextOfLen(t *testing.T) {
	x := extractor(t)
	names := 0
	for _, p := range x.packList {
		var plain []contextName
		plain = append(plain, p.contextNames...)
		sort.Slice(plain, func(a, b int) bool { return plain[a].name < plain[b].name })
		for n := 0; n < 64; n++ {
			var want []string
			for _, cn := range plain {
				if len(cn.name) == n {
					want = append(want, cn.name)
				}
			}
			var got []string
			for _, cn := range p.contextOfLen(n) {
				got = append(got, cn.name)
			}
			if !slices.Equal(got, want) {
				t.Fatalf("%s: names of %d bytes %q, want %q", p.lang, n, got, want)
			}
			names += len(got)
		}
	}
	if names == 0 {
		t.Fatal("no context_names in any pack")
	}
}
