package extract

import (
	"strings"
	"testing"
)

// wordsAroundPlain is wordsAround without its bit test: the look-ups of
// every word sequence, as before the language-pack speed pass of stop 42.
func wordsAroundPlain(toks []token, ti, tj int, after, before set) bool {
	if len(after) == 0 && len(before) == 0 {
		return false
	}
	for k := tj; len(after) > 0 && k < len(toks) && k < tj+3 && !toks[k].punct; k++ {
		var ws []string
		for m := tj; m <= k; m++ {
			ws = append(ws, toks[m].low)
		}
		if after[strings.Join(ws, " ")] {
			return true
		}
	}
	for n := 1; len(before) > 0 && n <= 3 && ti-n >= 0 && !toks[ti-n].punct; n++ {
		var ws []string
		for k := ti - n; k < ti; k++ {
			ws = append(ws, toks[k].low)
		}
		if before[strings.Join(ws, " ")] {
			return true
		}
	}
	return false
}

// TestWordsAroundBits compares wordsAround with wordsAroundPlain at every
// span of up to four tokens of every sentence of the test texts, and of
// sentences made of each key of the lists, in every pack, for the list
// pairs its callers pass; and checks that every key's first and last word
// has its bit.
func TestWordsAroundBits(t *testing.T) {
	x := extractor(t)
	for _, p := range x.packList {
		pairs := [][2]set{
			{p.competitionAfter, p.competitionBefore}, {p.documentAfter, p.documentBefore},
			{nil, p.dayBefore}, {nil, p.documentBefore},
		}
		for _, s := range []set{p.competitionAfter, p.documentAfter} {
			for k := range s {
				if w, _, _ := strings.Cut(k, " "); p.lex2[w]&l2AroundFirst == 0 {
					t.Errorf("%s: %q of %q has no l2AroundFirst", p.lang, w, k)
				}
			}
		}
		for _, s := range []set{p.competitionBefore, p.documentBefore, p.dayBefore} {
			for k := range s {
				if w := k[strings.LastIndexByte(k, ' ')+1:]; p.lex2[w]&l2AroundLast == 0 {
					t.Errorf("%s: %q of %q has no l2AroundLast", p.lang, w, k)
				}
			}
		}
		texts := testTexts(t, 2)
		for _, pr := range pairs {
			for _, s := range pr {
				for k := range s {
					texts = append(texts, "Di "+k+" Jakarta "+k+" Indonesia ("+k+") dan "+strings.ToUpper(k)+" kata.")
				}
			}
		}
		hits, spans := 0, 0
		for _, text := range texts {
			c := cleanFor(x, p, text)
			for k := range c.sents {
				st := &c.sents[k]
				toks := c.tokenize(st, nil)
				for i := range toks {
					if strings.Contains(toks[i].low, " ") {
						t.Fatalf("%s: token %q has a space", p.lang, toks[i].low)
					}
				}
				for ti := 0; ti <= len(toks); ti++ {
					for tj := ti; tj <= len(toks) && tj <= ti+4; tj++ {
						for _, pr := range pairs {
							got, want := wordsAround(toks, ti, tj, pr[0], pr[1]), wordsAroundPlain(toks, ti, tj, pr[0], pr[1])
							if got != want {
								t.Fatalf("%s: %q at %d..%d: wordsAround %v, plain %v", p.lang, text[st.s:st.e], ti, tj, got, want)
							}
							spans++
							if want {
								hits++
							}
						}
					}
				}
			}
		}
		if hits == 0 {
			t.Errorf("%s: no span of %d matched: the test tests nothing", p.lang, spans)
		}
		t.Logf("%s: %d spans, %d matched", p.lang, spans, hits)
	}
}
