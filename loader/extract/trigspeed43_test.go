package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestTriggerFastPaths43 checks the shortcuts of stop 43 in trigger
// matching against the plain versions, on the test texts' sentences, in
// every pack:
//   - trigSet.candidates tests a word's bit in nextBits or prevBits (the
//     word itself, its singular by singularLen, its stem before a clitic)
//     before each map look-up: plainCandidates looks up every word of the
//     window, and both must give the same list at every trigger token;
//   - matchRest refuses a word that neither is the pattern's word nor
//     starts with it before it tries the clitics: plainMatchRest tries them
//     all, for every candidate at every trigger token;
//   - singularLen is len(singular(w)) for every word of the texts and the
//     plurals of every index word.
func TestTriggerFastPaths43(t *testing.T) {
	x := extractor(t)
	for _, p := range x.packList {
		for _, s := range p.trigSets {
			for w := range s.byNext {
				if !hasBit(&s.nextBits, len(w), w) {
					t.Fatalf("nextBits lacks %q", w)
				}
				for _, pl := range []string{w + "s", w + "es", strings.TrimSuffix(w, "y") + "ies"} {
					checkSingularLen(t, pl)
				}
			}
			for w := range s.byPrev {
				if !hasBit(&s.prevBits, len(w), w) {
					t.Fatalf("prevBits lacks %q", w)
				}
			}
		}
	}
	// The pattern words with each clitic, and near misses (the texts have
	// few such forms): matchRest must read them as plainMatchRest does.
	clitics := 0
	for _, p := range x.packList {
		for _, s := range p.trigSets {
			for _, tr := range s.all {
				if len(tr.toks) < 2 || tr.toks[1].gap || tr.toks[1].class != "" {
					continue
				}
				w := tr.toks[1].word
				for _, c := range append([]string{"", "s"}, p.clitics...) {
					for _, form := range []string{w + c, "x" + w + c, strings.TrimSuffix(w, "n") + c} {
						toks := []token{{low: form}}
						e1, ok1 := matchRest(p, toks, 0, tr.toks[1:2])
						e2, ok2 := plainMatchRest(p, toks, 0, tr.toks[1:2])
						if e1 != e2 || ok1 != ok2 {
							t.Fatalf("matchRest(%q) for %q = %d %v, want %d %v", form, w, e1, ok1, e2, ok2)
						}
						if ok1 && c != "" {
							clitics++
						}
					}
				}
			}
		}
	}
	if clitics == 0 {
		t.Fatal("no clitic form matched")
	}
	for _, w := range []string{"", "s", "ss", "as", "is", "ies", "ties", "lies", "parties", "boxes", "axes", "dishes", "buses", "class", "news", "xes"} {
		checkSingularLen(t, w)
	}
	tokens, cands, rests := 0, 0, 0
	forSentences(t, 1, func(r *run, st *sentence) {
		toks := st.toks
		for i := range toks {
			checkSingularLen(t, toks[i].low)
			if !mayTrigger(&toks[i]) {
				continue
			}
			tokens++
			ts := r.p.trigSets[toks[i].trig-1]
			got := ts.candidates(r.p, toks, i, nil)
			want := plainCandidates(ts, r.p, toks, i)
			if !slices.Equal(got, want) {
				t.Fatalf("candidates at %q in %q = %v, want %v", toks[i].low, r.text[st.s:st.e], got, want)
			}
			cands += len(got)
			for j := range ts.all {
				tr := ts.all[j]
				e1, ok1 := matchRest(r.p, toks, i+1, tr.toks[1:])
				e2, ok2 := plainMatchRest(r.p, toks, i+1, tr.toks[1:])
				if e1 != e2 || ok1 != ok2 {
					t.Fatalf("matchRest at %q in %q = %d %v, want %d %v", toks[i].low, r.text[st.s:st.e], e1, ok1, e2, ok2)
				}
				rests++
			}
		}
	})
	if tokens == 0 || cands == 0 || rests == 0 {
		t.Fatalf("no trigger token in the test texts (%d tokens, %d candidates, %d patterns)", tokens, cands, rests)
	}
}

func checkSingularLen(t *testing.T, w string) {
	t.Helper()
	if got, want := singularLen(w), len(singular(w)); got != want {
		t.Fatalf("singularLen(%q) = %d, want %d (%q)", w, got, want, singular(w))
	}
}

// plainCandidates is trigSet.candidates with no bit test: every word of the
// window is looked up, as itself, its singular and its stems.
func plainCandidates(s *trigSet, p *pack, toks []token, i int) []int {
	var buf []int
	if s.byNext == nil {
		for j := range s.all {
			buf = append(buf, j)
		}
		return buf
	}
	buf = append(buf, s.always...)
	if s.byPrev != nil {
		for k := i - 1; k >= 0 && k >= i-4 && !toks[k].punct; k-- {
			w := toks[k].low
			buf = s.appendIx(buf, s.byPrev[w])
			if sg := singular(w); sg != "" {
				buf = s.appendIx(buf, s.byPrev[sg])
			}
		}
	}
	for k := i + 1; k < len(toks) && k <= i+windowAfter; k++ {
		if toks[k].punct && toks[k].low != "'s" {
			break
		}
		w := toks[k].low
		buf = s.appendIx(buf, s.byNext[w])
		if sg := singular(w); sg != "" {
			buf = s.appendIx(buf, s.byNext[sg])
		}
		for _, c := range p.clitics {
			if strings.HasSuffix(w, c) && len(w) > len(c) {
				buf = s.appendIx(buf, s.byNext[w[:len(w)-len(c)]])
			}
		}
	}
	if len(buf) > len(s.always) {
		buf = dedupSorted(buf)
	}
	return buf
}

// plainMatchRest is matchRest with the clitics tried at every word that is
// not the pattern's.
func plainMatchRest(p *pack, toks []token, i int, rest []tokPat) (int, bool) {
	for j := range rest {
		tp := &rest[j]
		if tp.gap || tp.class != "" {
			// (unchanged: matchRest's own code for these words)
			e, ok := matchRest(p, toks, i, rest[j:j+1])
			if !ok {
				return 0, false
			}
			i = e
			continue
		}
		if i >= len(toks) {
			return 0, false
		}
		w := toks[i].low
		if w != tp.word {
			ok := false
			for _, c := range p.clitics {
				if strings.HasSuffix(w, c) && w[:len(w)-len(c)] == tp.word {
					ok = true
				}
			}
			if !ok {
				return 0, false
			}
		}
		i++
	}
	return i, true
}
