package extract

import (
	"testing"
	"time"
)

// sentenceDateReference is pack.sentenceDate without its fast paths of
// stop 42: the filter inline (not nextDateWord, which tests the
// punctuation flag last), and every word that passes it has its record
// looked up, is asked pastEra, and goes to dateAtWord without its record
// (lw nil), so dateAtWord reads no lexical flag of its own (the weekday's
// l2RelSecond gate).
func (p *pack) sentenceDateReference(toks []token, ref time.Time, quote []bool, in bool) (dateHit, bool) {
	var weak, since dateHit
	unresolved := false
	for i := 0; i < len(toks); i++ {
		if w := toks[i].low; toks[i].punct || w == "" || (w[0] < '0' || w[0] > '9') && toks[i].lx&lxDateFirst == 0 && !hasYearTail(w) {
			continue
		}
		if quote != nil && i < len(quote) && quote[i] != in {
			continue
		}
		if p.pastEra(toks, i, ref, p.dateWordOf(toks[i].low)) {
			return dateHit{words: toks[i].raw}, true
		}
		h, n, ok := p.dateAtWord(toks, i, ref, nil)
		if ok && h.weak {
			if !weak.weak {
				weak = h
			}
			i += n - 1
			continue
		}
		if ok && i > 0 && p.since[toks[i-1].low] {
			if !since.since {
				h.since = true
				since = h
			}
			i += n - 1
			continue
		}
		if ok && since.since && p.dw.rangeWords[toks[i-1].low] {
			i += n - 1
			continue
		}
		if ok {
			return h, true
		}
		if n > 0 {
			unresolved = unresolved || ref.IsZero()
			i += n - 1
		}
	}
	if since.since && !unresolved {
		return since, true
	}
	if !weak.weak && unresolved {
		return dateHit{weak: true}, true
	}
	return weak, weak.weak
}

// TestSentenceDateFastPaths42 compares sentenceDate with
// sentenceDateReference, and dateAtWord with and without the record, on
// the sentences of the test texts and on sentences of anchored phrases and
// weekdays, in every pack, with no article date and with one of each
// weekday; and checks wordOnly against wordOnlyWord, and that anchored
// phrases start with their record's word (anchoredAt skips it).
func TestSentenceDateFastPaths42(t *testing.T) {
	x := extractor(t)
	for _, p := range x.packList {
		n := 0
		for w, d := range p.dateWords {
			if d.wordOnly != wordOnlyWord(w, d) {
				t.Fatalf("%s: %q: wordOnly %v", p.lang, w, d.wordOnly)
			}
			if d.wordOnly {
				n++
			}
			for _, seq := range d.anchored {
				if seq[0] != w {
					t.Fatalf("%s: %q: anchored phrase %q", p.lang, w, seq)
				}
			}
		}
		if p.lang == "en" && (!p.dateWords["the"].wordOnly || !p.dateWords["a"].wordOnly) {
			t.Errorf("en: the, a: not wordOnly")
		}
		t.Logf("%s: %d wordOnly words of %d", p.lang, n, len(p.dateWords))
	}
	texts := append(testTexts(t, 1),
		"The talks ended the previous day. A day earlier, the army attacked the town. The next day they met again, the same day as the vote.",
		"On Thursday last week the army attacked. Thursday the talks ended. On Monday last month they met. Friday the 13th was calm.",
		"Pada Kamis pekan lalu tentara menyerang. Sehari sebelumnya, Senin (1/12) polisi menangkap dua orang. Keesokan harinya mereka bertemu.",
		"Sejak 2019 hingga Februari 2022 ia menjabat. Pada abad ke-19 kota itu dibangun. In the 1990s the war began. A the the previous the day.",
	)
	refs := []time.Time{{}}
	for d := 1; d <= 7; d++ {
		refs = append(refs, time.Date(2025, 12, d, 0, 0, 0, 0, time.UTC))
	}
	sentences, hits := 0, 0
	for _, text := range texts {
		for _, p := range x.packList {
			c := cleanFor(x, p, text)
			for si := range c.sents {
				toks := c.tokenize(&c.sents[si], nil)
				sentences++
				for _, ref := range refs {
					got, gotOK := p.sentenceDate(toks, ref, nil, false)
					want, wantOK := p.sentenceDateReference(toks, ref, nil, false)
					if got != want || gotOK != wantOK {
						t.Fatalf("%s %v: sentenceDate(%q) = %+v, %v; want %+v, %v", p.lang, ref, c.text[c.sents[si].s:c.sents[si].e], got, gotOK, want, wantOK)
					}
					if gotOK {
						hits++
					}
					for i := range toks {
						if toks[i].punct || toks[i].low == "" {
							continue
						}
						lw := p.dateWordOf(toks[i].low)
						plain := 0
						for _, seq := range lw.anchored {
							if matchAfterFirst(toks, i, seq) != matchPhrase(toks, i, seq) {
								t.Fatalf("%s: matchAfterFirst(%q, %q) differs from matchPhrase", p.lang, toks[i].low, seq)
							}
							if plain == 0 && matchPhrase(toks, i, seq) {
								plain = len(seq)
							}
						}
						if !(lw.isUnitCount || lw.isCount || len(toks[i].low) <= 2 && allDigits(toks[i].low)) {
							if h, n, ok := p.countAgo(toks, i, ref, lw); ok || n != 0 || h != (dateHit{}) {
								t.Fatalf("%s: countAgo(%q) = %+v, %d, %v past relativeAt's gate", p.lang, toks[i].low, h, n, ok)
							}
						}
						if _, n, ok := p.anchoredAt(toks, i, lw); n != plain || ok != (plain > 0) {
							t.Fatalf("%s: anchoredAt(%q) = %d, %v; the phrases' first match spans %d", p.lang, toks[i].low, n, ok, plain)
						}
						h1, n1, ok1 := p.dateAtWord(toks, i, ref, lw)
						h2, n2, ok2 := p.dateAtWord(toks, i, ref, nil)
						if h1 != h2 || n1 != n2 || ok1 != ok2 {
							t.Fatalf("%s %v: dateAtWord(%q) = %+v, %d, %v with the record; %+v, %d, %v without", p.lang, ref, toks[i].low, h1, n1, ok1, h2, n2, ok2)
						}
						if lw.wordOnly {
							h3, n3, ok3 := p.relativeAt(toks, i, ref, toks[i].low, lw, lw, true)
							if h3 != h2 || n3 != n2 || ok3 != ok2 || p.pastEra(toks, i, ref, lw) {
								t.Fatalf("%s %v: relativeAt(%q) = %+v, %d, %v; dateAtWord %+v, %d, %v", p.lang, ref, toks[i].low, h3, n3, ok3, h2, n2, ok2)
							}
						}
					}
				}
			}
		}
	}
	if sentences == 0 || hits == 0 {
		t.Fatalf("%d sentences, %d dated", sentences, hits)
	}
	t.Logf("%d sentences, %d dated (of %d article dates each)", sentences, hits, len(refs))
}
