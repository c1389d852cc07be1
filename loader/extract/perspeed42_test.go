package extract

import (
	"slices"
	"testing"
)

// TestTitleStarts checks the premises of the person, organization and body
// speed pass of stop 42 (README, "Person, organization and body rules
// (stop 42) speed pass"). On every sentence of the test texts, in every
// language pack:
//   - titleStarts (cached, and without scratch memory) lists exactly the
//     indexes the plain loop over nextTitleStart stops at, and is empty
//     where the sentence's flags (sentLx) say no title may start, the test
//     occupationAppositions now makes first as titledPersons did;
//   - repeatedNames' loop over capWords: without a hyphen in the sentence
//     (sentHyphen), the tokens the plain loop acts at ((cap or an Arabic
//     article's name) and not punct) are exactly capWords;
//   - singleNamePersons' and knownSurnames' first test: a word of
//     loneCapWords has no capitalized word after it, nor before it past
//     the sentence's second word;
//   - orgForms' first test skips only capitalized words its plain tests
//     would skip;
//   - the lxLoneNot test before given_not (givenNamePersons,
//     singleNamePersons): every token of a given_not word has the flag.
func TestTitleStarts(t *testing.T) {
	forSentences(t, 2, func(r *run, st *sentence) {
		text, p := r.text, r.p
		bare := &run{x: r.x, text: text, p: p}
		toks := st.toks
		var plain []int32
		for i := 0; ; i++ {
			if i = nextTitleStart(&p.titles, toks, i); i >= len(toks) {
				break
			}
			plain = append(plain, int32(i))
		}
		for pass := 0; pass < 2; pass++ { // filling the cache, then reading it
			if got := r.titleStarts(st); !slices.Equal(got, plain) {
				t.Fatalf("titleStarts of %q (pass %d): %v, want %v", text[st.s:st.e], pass, got, plain)
			}
		}
		if got := bare.titleStarts(st); !slices.Equal(got, plain) {
			t.Fatalf("titleStarts without scratch of %q: %v, want %v", text[st.s:st.e], got, plain)
		}
		if fb := p.titles.fbit; fb != 0 && r.sentLx(st)&fb == 0 && len(plain) > 0 {
			t.Fatalf("occupationAppositions: %q has a title start the flags miss", text[st.s:st.e])
		}
		if !r.sentHyphen(st) {
			var acts []int32
			for i := range toks {
				if (toks[i].cap || arabicArticleName(toks[i].raw)) && !toks[i].punct {
					acts = append(acts, int32(i))
				}
			}
			if cw := r.capWords(st); !slices.Equal(acts, cw) {
				t.Fatalf("repeatedNames: in %q the plain loop acts at %v, capWords is %v", text[st.s:st.e], acts, cw)
			}
		}
		// singleNamePersons, knownSurnames: no capitalized word after a
		// lone one, nor before one past the second word.
		isCW := func(i int) bool { return toks[i].cap && !toks[i].punct }
		for _, ci := range r.loneCapWords(st) {
			if i := int(ci); i+1 < len(toks) && isCW(i+1) || i >= 2 && isCW(i-1) {
				t.Fatalf("loneCapWords: %q of %q has a capitalized word beside it", toks[i].raw, text[st.s:st.e])
			}
		}
		// orgForms' first test: a capitalized word it skips would come to
		// the plain loop's continue (no media cue, no field cue, no head
		// word, no study centre).
		fieldCue := r.sentLx2(st)&l2OrgCueHead != 0
		for _, ci := range r.capWords(st) {
			i := int(ci)
			tk := &toks[i]
			if !fieldCue && tk.lx&(lxOrgWord|lxBodyHead) == 0 && (i == 0 || toks[i-1].lx&lxMediaLast == 0) && tk.low != "pusat" {
				if i > 0 && toks[i-1].lx&lxMediaLast != 0 || tk.lx&(lxOrgWord|lxBodyHead) != 0 || studyCentre(toks, i) {
					t.Fatalf("orgForms: %q of %q skipped where the plain loop acts", tk.raw, text[st.s:st.e])
				}
			}
		}
		for i := range toks {
			if p.givenNot[toks[i].low] && toks[i].lx&lxLoneNot == 0 {
				t.Fatalf("givenNamePersons: %q of %q is a given_not word without lxLoneNot", toks[i].raw, text[st.s:st.e])
			}
		}
	})
}

// TestGivenNotFlag tokenizes every word of given_not in every pack, as
// written, capitalized and in capitals, and checks that its token has
// lxLoneNot, the flag givenNamePersons and singleNamePersons test before
// the map.
func TestGivenNotFlag(t *testing.T) {
	x := extractor(t)
	n := 0
	for _, p := range x.packList {
		n += len(p.givenNot)
		for w := range p.givenNot {
			for _, form := range []string{w, capitalize(w), upperASCII(w)} {
				text := "Kata " + form + " di sini."
				c := cleanFor(x, p, text)
				for k := range c.sents {
					st := &c.sents[k]
					if st.toks == nil {
						st.toks = c.tokenize(st, nil)
					}
					for _, tk := range st.toks {
						if p.givenNot[tk.low] && tk.lx&lxLoneNot == 0 {
							t.Fatalf("pack %s: token %q of given_not word %q has no lxLoneNot", p.lang, tk.raw, w)
						}
					}
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no pack has given_not words: the test checks nothing")
	}
}

// capitalize returns w with its first ASCII letter upper.
func capitalize(w string) string {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return w
	}
	return string(w[0]-'a'+'A') + w[1:]
}
