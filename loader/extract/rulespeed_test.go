package extract

import (
	"strings"
	"testing"
)

// The tests of this file check the sentence-level skips of the mention
// rules' speed pass (README, "Mention rules speed pass of issue #12"): on
// every sentence of the benchmark's articles and mutations of them, in
// every language pack, a skip is taken only where the plain token loop it
// replaces finds nothing to act on.

// TestSentLx checks sentLx and sentLx2 against the plain or of the tokens'
// flags, in and out of order (the cache is per sentence), and the skips
// that read them or the sentence's bytes.
func TestSentLx(t *testing.T) {
	x := extractor(t)
	for _, text := range testTexts(t, 2) {
		for _, p := range x.packList {
			c := cleanFor(x, p, text)
			r := &run{x: x, text: text, p: p, scratch: &scratch{}}
			for k := 0; k < 2*len(c.sents); k++ {
				st := &c.sents[(k*7)%len(c.sents)]
				if st.toks == nil {
					st.toks = c.tokenize(st, nil)
				}
				toks := st.toks
				var lx, lx2 uint64
				for i := range toks {
					lx |= toks[i].lx
					lx2 |= toks[i].lx2
				}
				if got := r.sentLx(st); got != lx {
					t.Fatalf("sentLx of %q = %x, want %x", text[st.s:st.e], got, lx)
				}
				if got := r.sentLx2(st); got != lx2 {
					t.Fatalf("sentLx2 of %q = %x, want %x", text[st.s:st.e], got, lx2)
				}
				hyphen := false
				for i := range toks {
					hyphen = hyphen || strings.Contains(toks[i].raw, "-")
				}
				if got := r.sentHyphen(st); got != hyphen && (len(toks) == 0 || !strings.Contains(text[toks[0].s:toks[len(toks)-1].e], "-")) {
					t.Fatalf("sentHyphen of %q = %v, want %v", text[st.s:st.e], got, hyphen)
				}
				if hyphen && !r.sentHyphen(st) {
					t.Fatalf("sentHyphen of %q = false, a token has a hyphen", text[st.s:st.e])
				}
				checkSkips(t, r, st)
			}
		}
	}
}

// checkSkips checks, for one sentence, that each skip of the speed pass
// leaves out only tokens where the plain loop did nothing.
func checkSkips(t *testing.T, r *run, st *sentence) {
	t.Helper()
	toks, p := st.toks, r.p
	if len(toks) == 0 {
		return
	}
	span := r.text[toks[0].s:toks[len(toks)-1].e]
	noAmp := !strings.Contains(span, "&")
	lx := r.sentLx(st)
	cw := r.capWords(st)
	for i := range toks {
		tk := &toks[i]
		if tk.raw != r.text[tk.s:tk.e] {
			t.Fatalf("token %q is not the text's %q", tk.raw, r.text[tk.s:tk.e])
		}
		if noAmp && tk.raw == "&" {
			t.Fatalf("ampersandOrgs: %q has an ampersand token", span)
		}
		if p.titles.fbit != 0 && lx&p.titles.fbit == 0 && p.titles.mayStart(tk) {
			t.Fatalf("titledPersons: %q may start a title at %q", span, tk.raw)
		}
		if p.bodies.fbit != 0 && lx&(p.bodies.fbit|lxBodyState) == 0 && (p.bodies.mayStart(tk) || p.bodyStateForms(tk) != nil) {
			t.Fatalf("namedBodies: %q may start a body at %q", span, tk.raw)
		}
		if lx&lxInitialsCue == 0 && (p.initialsIntros[tk.low] || p.personNouns[tk.low]) {
			t.Fatalf("initialsPersons: %q has the cue %q without lxInitialsCue", span, tk.raw)
		}
		if ix := &p.metonyms; ix.fbit != 0 && ix.lbit != 0 && (lx&ix.fbit == 0 || lx&ix.lbit == 0) {
			if _, ok := ix.at(toks, i); ok {
				t.Fatalf("metonyms: %q has a metonym at %q without both flags", span, tk.raw)
			}
			if _, ok := ix.endingAt(toks, i+1); ok {
				t.Fatalf("metonyms: %q has a metonym ending at %q without both flags", span, tk.raw)
			}
		}
		if lx&lxTeamFirst == 0 && p.teamCues.at(toks, i) {
			t.Fatalf("teamStates: %q has a team cue at %q without lxTeamFirst", span, tk.raw)
		}
		if !r.sentHyphen(st) && (eastAsianGiven(tk.raw) || isMatchScore(tk.raw) || r.hyphenGiven(tk.raw) || arabicArticleName(tk.raw)) {
			t.Fatalf("sentHyphen: %q is false, and %q is a hyphenated word", span, tk.raw)
		}
		if p.orgCueHeads[tk.low] && tk.lx2&l2OrgCueHead == 0 {
			t.Fatalf("orgForms: %q is a word of org_cue_heads without l2OrgCueHead", tk.raw)
		}
		capWord := tk.cap && !tk.punct
		if !capWord && initialsTok(tk, 2) {
			t.Fatalf("initialsPersons: initials %q are no capitalized word", tk.raw)
		}
		if !capWord && len(tk.raw) >= 2 && isAllUpper(tk.raw) && isLetters(tk.raw) {
			t.Fatalf("memberAcronyms: acronym %q is no capitalized word", tk.raw)
		}
		if capWord && len(tk.raw) >= 2 && (tk.raw[1] < 'A' || tk.raw[1] > 'Z') && isAllUpper(tk.raw) && isLetters(tk.raw) {
			t.Fatalf("memberAcronyms: acronym %q without a capital second letter", tk.raw)
		}
	}
	for j := 0; j <= len(toks)+1; j++ {
		want := 0
		for want < len(cw) && int(cw[want]) < j {
			want++
		}
		if got := capFrom(cw, j); got != want {
			t.Fatalf("capFrom(%v, %d) = %d, want %d", cw, j, got, want)
		}
	}
}
