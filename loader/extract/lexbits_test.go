package extract

import (
	"testing"

	"github.com/geokg/kg/loader/extract/gazetteer"
)

// TestNameStopAt checks nameStopAt against the look-up it replaces
// (t.lx&lxNameStop != 0 && nameStop[t.raw]) on tokens of every name_stop
// key, of its fold, of its fold in upper case and with its first letter
// upper, so that the lx2 bits and the written-form test answer as the
// map did for every word of the list.
func TestNameStopAt(t *testing.T) {
	x := extractor(t)
	for _, p := range x.packList {
		n := 0
		for w := range p.nameStop {
			f := gazetteer.Fold(w)
			forms := []string{w, f, upperASCII(f)}
			if f != "" {
				forms = append(forms, upperASCII(f[:1])+f[1:])
			}
			for _, form := range forms {
				text := "Kata " + form + " ini di sini."
				c := cleanFor(x, p, text)
				for i := range c.sents {
					toks := c.tokenize(&c.sents[i], nil)
					for k := range toks {
						tk := &toks[k]
						want := tk.lx&lxNameStop != 0 && p.nameStop[tk.raw]
						if got := p.nameStopAt(tk); got != want {
							t.Errorf("%s: nameStopAt(%q) = %v, the map says %v", p.lang, tk.raw, got, want)
						}
						if want {
							n++
						}
					}
				}
			}
		}
		if n == 0 {
			t.Errorf("%s: no token was a name_stop word", p.lang)
		}
	}
}

// upperASCII upper-cases the ASCII letters of s.
func upperASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - ('a' - 'A')
		}
	}
	return string(b)
}

// TestAbbrevFirst checks abbrevBefore's gate: the first byte of every
// abbreviation is in abbrevFirst, so the gate rules out only words that
// are no key.
func TestAbbrevFirst(t *testing.T) {
	x := extractor(t)
	for _, p := range x.packList {
		if len(p.abbrev) == 0 {
			t.Errorf("%s: no abbreviations", p.lang)
		}
		for a := range p.abbrev {
			if a != "" && !p.abbrevFirst.has(a[0]) {
				t.Errorf("%s: abbreviation %q is ruled out by its first byte", p.lang, a)
			}
		}
	}
}

// TestLex2Exact checks the lx2 bits that rules test instead of a map:
// every word of each list sets its bit and no other word does, so that
// the bit of a token (its own word's, see tokenize) answers as the map
// did; and tokenize gives a token of each word its bit.
func TestLex2Exact(t *testing.T) {
	x := extractor(t)
	for _, p := range x.packList {
		lists := []struct {
			name string
			s    map[string]bool
			bit  uint64
		}{
			{"former", p.former, l2Former}, {"thing_nouns", p.thingNouns, l2ThingNoun},
			{"disaster_verbs", p.disasterVerbs, l2DisasterVerb}, {"place_object_verbs", p.placeObjectVerbs, l2PlaceObjectVerb},
			{"complement_preps", p.complementPreps, l2ComplementPrep}, {"cause_preps", p.causePreps, l2CausePrep},
			{"receive_verbs", p.receive, l2Receive}, {"coord", p.coord, l2Coord},
			{"language_preps", p.languagePreps, l2LanguagePrep}, {"market_nouns", p.marketNouns, l2MarketNoun},
			{"place_links", p.placeLinks, l2PlaceLink}, {"relSecond", p.relSecond, l2RelSecond},
			{"purpose", p.mod.purpose, l2Purpose}, {"possessives", p.possessives, l2Possessive},
			{"territory", p.territory, l2Territory},
		}
		for _, l := range lists {
			for w, in := range l.s {
				if in != (p.lex2[w]&l.bit != 0) {
					t.Errorf("%s: %s word %q: in the list %v, bit %v", p.lang, l.name, w, in, !in)
				}
			}
			for w, lx2 := range p.lex2 {
				if lx2&l.bit != 0 && !l.s[w] {
					t.Errorf("%s: %q has the bit of %s but is not in it", p.lang, w, l.name)
				}
			}
			seen := 0
			for w := range l.s {
				text := "Kata " + w + " ini di sini."
				c := cleanFor(x, p, text)
				for i := range c.sents {
					for _, tk := range c.tokenize(&c.sents[i], nil) {
						if tk.low == w {
							seen++
							if tk.lx2&l.bit == 0 {
								t.Errorf("%s: token %q of %s has no lx2 bit", p.lang, w, l.name)
							}
						}
					}
				}
			}
			if len(l.s) > 0 && seen == 0 {
				t.Errorf("%s: no word of %s made a token", p.lang, l.name)
			}
		}
	}
}
