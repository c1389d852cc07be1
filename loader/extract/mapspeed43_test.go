package extract

import (
	"fmt"
	"math/rand"
	"strings"
	"sync"
	"testing"

	"github.com/geokg/kg/loader/extract/gazetteer"

	"github.com/geokg/kg/loader/facts"
)

// The map speed pass of stop 43: lx2 bits answer look-ups of
// named_after_tails, named_after_nouns and of sectors' longer keys. These
// tests compare each bit with the map it stands for, over every key and
// over the test texts' tokens, and sectorWords with its plain version.

// sectorSeconds is the set of the second words of p.sectors' keys of two
// or three words, as the map says it.
func sectorSeconds(p *pack) map[string]bool {
	s := map[string]bool{}
	for k := range p.sectors {
		if ws := strings.Fields(k); len(ws) > 1 {
			s[ws[1]] = true
		}
	}
	return s
}

// TestLex2Exact43 is TestLex2Exact for the bits of this pass: every word
// of each list sets its bit and no other word does, and a token of each
// word gets its bit.
func TestLex2Exact43(t *testing.T) {
	x := extractor(t)
	for _, p := range x.packList {
		lists := []struct {
			name string
			s    map[string]bool
			bit  uint64
		}{
			{"named_after_tails", p.en.namedAfter, l2NamedAfter},
			{"named_after_nouns", p.en.namedAfterNouns, l2NamedAfterNoun},
			{"sectors' second words", sectorSeconds(p), l2SectorSecond},
		}
		for _, l := range lists {
			for w := range l.s {
				if p.lex2[w]&l.bit == 0 {
					t.Errorf("%s: %s word %q has no bit", p.lang, l.name, w)
				}
			}
			for w, lx2 := range p.lex2 {
				if lx2&l.bit != 0 && !l.s[w] {
					t.Errorf("%s: %q has the bit of %s but is not in it", p.lang, w, l.name)
				}
			}
			for w := range l.s {
				c := cleanFor(x, p, "Kata "+w+" ini di sini.")
				seen := false
				for i := range c.sents {
					for _, tk := range c.tokenize(&c.sents[i], nil) {
						if tk.low == w {
							seen = true
							if tk.lx2&l.bit == 0 {
								t.Errorf("%s: token %q of %s has no lx2 bit", p.lang, w, l.name)
							}
						}
					}
				}
				if !seen {
					t.Logf("%s: %s word %q made no token of its own", p.lang, l.name, w)
				}
			}
		}
	}
}

// plainSectorWords is sectorWords as it was before the l2SectorSecond
// gate: every longer key after a first word of one is built and looked up.
func plainSectorWords(p *pack, toks []token, i int) (string, int) {
	if i < 0 || i >= len(toks) || toks[i].punct || !p.sectorFirst[toks[i].low] {
		return "", 0
	}
	for n := min(3, len(toks)-i); n >= 2 && p.sectorMulti[toks[i].low]; n-- {
		ws := make([]string, n)
		for j := range ws {
			ws[j] = toks[i+j].low
		}
		if s, ok := p.sectors[strings.Join(ws, " ")]; ok {
			return s, n
		}
	}
	if s, ok := p.sectors[toks[i].low]; ok {
		return s, 1
	}
	return "", 0
}

// TestSectorWords43 compares sectorWords with plainSectorWords at every
// token of the test texts and of a sentence made of each sectors key
// (with each key's words also followed by another key's last word), and
// the three bits with their maps at every token of the test texts.
func TestSectorWords43(t *testing.T) {
	check := func(p *pack, toks []token, where string) int {
		hits := 0
		for i := -1; i <= len(toks); i++ {
			s, n := p.sectorWords(toks, i)
			ps, pn := plainSectorWords(p, toks, i)
			if s != ps || n != pn {
				t.Errorf("%s: %s token %d: sectorWords %q %d, plain %q %d", p.lang, where, i, s, n, ps, pn)
			}
			if n > 1 {
				hits++
			}
		}
		return hits
	}
	x := extractor(t)
	for _, p := range x.packList {
		multi := 0
		for k := range p.sectors {
			for _, text := range []string{"Kata " + k + " ini.", "Para " + k + " " + k + " di sini."} {
				c := cleanFor(x, p, text)
				for i := range c.sents {
					multi += check(p, c.tokenize(&c.sents[i], nil), "key "+k)
				}
			}
		}
		if len(sectorSeconds(p)) > 0 && multi == 0 {
			t.Errorf("%s: no sectors key of several words was found: the test checks nothing", p.lang)
		}
	}
	seconds := map[*pack]map[string]bool{}
	forSentences(t, 2, func(r *run, st *sentence) {
		p := r.p
		if seconds[p] == nil {
			seconds[p] = sectorSeconds(p)
		}
		check(p, st.toks, "text")
		for _, tk := range st.toks {
			if got, want := tk.lx2&l2NamedAfter != 0, p.en.namedAfter[tk.low]; got != want {
				t.Errorf("%s: token %q: l2NamedAfter %v, named_after_tails %v", p.lang, tk.low, got, want)
			}
			if got, want := tk.lx2&l2NamedAfterNoun != 0, p.en.namedAfterNouns[tk.low]; got != want {
				t.Errorf("%s: token %q: l2NamedAfterNoun %v, named_after_nouns %v", p.lang, tk.low, got, want)
			}
			if got, want := tk.lx2&l2SectorSecond != 0, seconds[p][tk.low]; got != want {
				t.Errorf("%s: token %q: l2SectorSecond %v, second word %v", p.lang, tk.low, got, want)
			}
		}
	})
}

// plainNamedAfterTailAt is namedAfterTailAt with the map look-up.
func plainNamedAfterTailAt(r *run, toks []token, k int) bool {
	for n := 0; k < len(toks) && n < 3 && toks[k].cap && !toks[k].punct; k, n = k+1, n+1 {
		if r.p.en.namedAfter[toks[k].low] {
			return true
		}
	}
	return false
}

// TestNamedAfterTail43 compares namedAfterTailAt with its map version at
// every token of the test texts, and namedAfterTail with the lists'
// look-ups over every span of one to three capitalized tokens (as a
// mention) of the test texts.
func TestNamedAfterTail43(t *testing.T) {
	yes := 0
	forSentences(t, 2, func(r *run, st *sentence) {
		toks := st.toks
		for k := 0; k <= len(toks); k++ {
			got, want := r.namedAfterTailAt(toks, k), plainNamedAfterTailAt(r, toks, k)
			if got != want {
				t.Errorf("%s: namedAfterTailAt %d of %q: %v, plain %v", r.p.lang, k, r.text[st.s:st.e], got, want)
			}
			if got {
				yes++
			}
		}
	})
	if yes == 0 {
		t.Error("namedAfterTailAt never answered yes: the test checks nothing")
	}
}

// plainNamedAfterTail is namedAfterTail with the look-ups of
// named_after_tails and named_after_nouns in their maps.
func plainNamedAfterTail(r *run, toks []token, m *mention) bool {
	en := &r.p.en
	versus := func(k int) bool {
		if k <= 0 || k >= len(toks) {
			return false
		}
		if toks[k].raw == "." {
			k--
		}
		w := strings.TrimSuffix(toks[k].low, ".")
		return (w == "v" || w == "vs") && k > 0 && toks[k-1].cap
	}
	if versus(m.ti-1) || versus(m.tj) {
		return true
	}
	if r.orgTailAfter(toks, m) {
		return true
	}
	for k := m.tj; k < len(toks) && k < m.tj+4 && (toks[k].cap && !toks[k].punct || toks[k].low == "'s" || toks[k].low == "’s"); k++ {
		if en.namedAfter[toks[k].low] {
			return true
		}
	}
	if m.tj < len(toks) && !toks[m.tj].cap && en.namedAfterNouns[toks[m.tj].low] {
		return true
	}
	if m.entry == nil && m.tj < len(toks) && !toks[m.tj].cap && r.p.notActorBefore[toks[m.tj].low] && toks[m.tj].lx&lxNotActor == 0 {
		return true
	}
	last := toks[m.tj-1].low
	if m.tj-m.ti < 2 || !en.namedAfter[last] {
		return false
	}
	if m.ti > 0 && toks[m.ti-1].low == "the" || m.tj-m.ti >= 3 || !r.x.ordinarySurnames.has(last) && !r.x.surnames.has(last) {
		return true
	}
	e, ok := r.x.gaz.Lookup(slug(r.text[toks[m.ti].s:toks[m.tj-2].e]))
	return ok && e.Kind == facts.KindPerson
}

// TestNamedAfterTailSpans43 compares namedAfterTail with
// plainNamedAfterTail over every span of one to three capitalized tokens
// of the test texts, as a mention without an entry.
func TestNamedAfterTailSpans43(t *testing.T) {
	yes := 0
	forSentences(t, 2, func(r *run, st *sentence) {
		toks := st.toks
		for i := range toks {
			for j := i + 1; j <= len(toks) && j <= i+3 && toks[j-1].cap && !toks[j-1].punct; j++ {
				m := &mention{ti: i, tj: j}
				got, want := r.namedAfterTail(toks, m), plainNamedAfterTail(r, toks, m)
				if got != want {
					t.Errorf("%s: namedAfterTail %d-%d of %q: %v, plain %v", r.p.lang, i, j, r.text[st.s:st.e], got, want)
				}
				if got {
					yes++
				}
			}
		}
	})
	if yes == 0 {
		t.Error("namedAfterTail never answered yes: the test checks nothing")
	}
}

// TestKnownEmptySlot43 checks knownMiss's answer from an empty slot
// against the article's map: over gazetteer ids (and ids the gazetteer
// lacks) asked about and recorded in a random order, as an article does,
// known and actor's cache answer what r.actors says, and so does the cache
// after the scratch is released and used again.
func TestKnownEmptySlot43(t *testing.T) {
	x := extractor(t)
	var ids []string
	x.gaz.Entries(func(e *gazetteer.Entry) bool {
		ids = append(ids, e.ID)
		return len(ids) < 4000
	})
	for i := 0; i < 200; i++ {
		ids = append(ids, fmt.Sprintf("made-up-%d", i))
	}
	rng := rand.New(rand.NewSource(43))
	pool := &sync.Pool{New: newScratch}
	emptySlot := 0
	for round := 0; round < 20; round++ {
		sc := pool.Get().(*scratch)
		r := &run{x: x, scratch: sc}
		// An article's few dozen actors, asked about again and again.
		some := make([]string, 60)
		for i := range some {
			some[i] = ids[rng.Intn(len(ids))]
		}
		for step := 0; step < 3000; step++ {
			id := some[rng.Intn(len(some))]
			if rng.Intn(4) == 0 && r.actors[id] == nil {
				r.setActor(id, r.actorRecs.slot())
				continue
			}
			if r.acache[r.acache.slot(id)].id == "" {
				emptySlot++
			}
			if got, want := r.known(id), r.actors[id]; got != want {
				t.Fatalf("round %d step %d: known(%q) = %p, the map %p", round, step, id, got, want)
			}
		}
		for id := range r.actors {
			if a, ok := r.cached(id); ok && a != r.actors[id] {
				t.Fatalf("round %d: the cache's record of %q is not the map's", round, id)
			}
		}
		sc.release(pool)
	}
	if emptySlot == 0 {
		t.Error("no id was asked about from an empty slot: the test checks nothing")
	}
}
