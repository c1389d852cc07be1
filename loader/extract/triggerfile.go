// Reading trigger files (lang/<code>.triggers.tsv and the generated
// lang/en.petrarch.triggers.tsv) into expanded trigger forms.

package extract

import (
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strings"
)

// trigger is one expanded trigger form: a sequence of token patterns.
type trigger struct {
	ev   *cameoEntry
	typ  string
	toks []tokPat // toks[0] is the key word
	// pre is a phrase that must end at most three words before the key
	// word, in its clause ("<troops v:cross ~into": "Russian troops
	// crossed into"; PETRARCH's words before "*"); its words also match
	// their plurals.
	pre      []tokPat
	nominal  bool
	passive  bool // a passive form (di-, ter-) in Indonesian
	pp       bool // an English past participle: passive after an auxiliary
	part     bool // an English -ed, -ing or irregular past form: an adjective after a determiner
	recip    bool
	home     bool
	notarget bool
	place    bool // a place after a locative preposition may be the target
	intent   *cameoEntry
	// passiveEv is the code in the passive voice (PETRARCH "[042:043]");
	// passiveOnly codes nothing in the active voice.
	passiveEv   *cameoEntry
	passiveOnly bool
	gen         bool // from a generated pack
}

type tokPat struct {
	word     string
	class    string
	classBit uint64 // the class's lexical flag (0: none, look it up)
	gap      bool   // "~word": the word may come up to three words later
}

func (p *pack) loadTriggers(code string, cameo map[string]*cameoEntry) error {
	return p.loadTriggerFile("lang/"+code+".triggers.tsv", code, cameo, false)
}

func (p *pack) loadTriggerFile(name, code string, cameo map[string]*cameoEntry, optional bool) error {
	hand := map[string]bool{}
	if optional {
		for w := range p.triggers {
			hand[w] = true
		}
	}
	raw, err := dataFS.ReadFile(name)
	if err != nil {
		if optional && errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		return err
	}
	// The lines are cut from one string of the file, not made one string
	// each: the patterns' words are substrings of them and live as long as
	// the Extractor, and the garbage collector marks one object instead of
	// one per line (sixteen thousand in the generated English pack).
	src := string(raw)
	line := 0
	for src != "" {
		line++
		var t string
		t, src, _ = strings.Cut(src, "\n")
		t = strings.TrimSuffix(t, "\r") // as bufio.ScanLines
		if strings.TrimSpace(t) == "" || strings.HasPrefix(t, "#") {
			continue
		}
		f := strings.Split(t, "\t")
		if len(f) < 2 {
			return fmt.Errorf("%s:%d: want code, forms and flags", name, line)
		}
		ev := cameo[f[0]]
		if ev == nil && f[0] != "---" {
			return fmt.Errorf("%s:%d: code %s is not in cameo.tsv", name, line, f[0])
		}
		base := trigger{ev: ev}
		standalone := false // a code of standalone_codes: its act needs no target
		if ev != nil {
			base.typ = ev.Type
			for _, c := range p.standalone {
				if strings.HasPrefix(ev.Code, c) {
					standalone = true
				}
			}
		}
		if len(f) > 2 {
			for _, fl := range strings.Split(f[2], ",") {
				fl = strings.TrimSpace(fl)
				switch {
				case fl == "":
				case fl == "recip":
					base.recip = true
				case fl == "home":
					base.home = true
				case fl == "notarget":
					base.notarget = true
				case fl == "place":
					base.place = true
				case fl == "passiveonly":
					base.passiveOnly = true
				case strings.HasPrefix(fl, "passive="):
					base.passiveEv = cameo[strings.TrimPrefix(fl, "passive=")]
					if base.passiveEv == nil {
						return fmt.Errorf("%s:%d: passive code %s is not in cameo.tsv", name, line, fl)
					}
				case strings.HasPrefix(fl, "intent="):
					base.intent = cameo[strings.TrimPrefix(fl, "intent=")]
					if base.intent == nil {
						return fmt.Errorf("%s:%d: intent code %s is not in cameo.tsv", name, line, fl)
					}
				case strings.HasPrefix(fl, "type="):
					base.typ = strings.TrimPrefix(fl, "type=")
				default:
					return fmt.Errorf("%s:%d: unknown flag %q", name, line, fl)
				}
			}
		}
		for _, form := range strings.Split(f[1], "|") {
			words := strings.Fields(form)
			var pre []tokPat
			for len(words) > 0 && strings.HasPrefix(words[0], "<") && len(words[0]) > 1 {
				pre = append(pre, tokPat{word: strings.ToLower(words[0][1:])})
				words = words[1:]
			}
			if len(words) == 0 {
				continue
			}
			if len(words) > p.maxPhrase {
				p.maxPhrase = len(words)
			}
			var rest []tokPat
			for _, w := range words[1:] {
				if strings.HasPrefix(w, "{") && strings.HasSuffix(w, "}") {
					c := strings.Trim(w, "{}")
					if p.classes[c] == nil {
						return fmt.Errorf("%s:%d: unknown class %s", name, line, w)
					}
					rest = append(rest, tokPat{class: c})
					continue
				}
				if strings.HasPrefix(w, "~") && len(w) > 1 {
					rest = append(rest, tokPat{word: strings.ToLower(w[1:]), gap: true})
					continue
				}
				rest = append(rest, tokPat{word: strings.ToLower(w)})
			}
			first := words[0]
			var variants []variant
			switch {
			case strings.HasPrefix(first, "v:"):
				if code == "id" {
					root := strings.ToLower(strings.TrimPrefix(first, "v:"))
					variants = idVerb(root)
					if p.verbRoots == nil {
						p.verbRoots = map[string]bool{}
					}
					p.verbRoots[root] = true // a headline's bare verb ("Kecam", "Kirim")
				} else {
					variants = enVerb(strings.TrimPrefix(first, "v:"))
				}
			case strings.HasPrefix(first, "n:"):
				w := strings.ToLower(strings.TrimPrefix(first, "n:"))
				variants = []variant{{word: w}}
				if code == "en" {
					if len(rest) == 0 {
						for _, pl := range enPlural(w) {
							variants = append(variants, variant{word: pl})
						}
					} else if last := rest[len(rest)-1]; last.word != "" {
						// "n:air strike": pluralize the last word.
						for _, pl := range enPlural(last.word) {
							tr := p.slab.trigger(base)
							tr.notarget = tr.notarget || standalone // (a phrase of two words or more)
							tr.nominal = true
							tr.pre = pre
							tr.toks = p.slab.toks(tokPat{word: w}, rest[:len(rest)-1], tokPat{word: pl})
							p.triggers[w] = append(p.triggers[w], tr)
						}
					}
				}
				for i := range variants {
					variants[i].nominal = true
				}
			default:
				// A hand-listed English past form ("backed", "seized") is
				// also the participle of a passive ("forces backed by
				// Russia"): the agent after "by" is its source.
				w := strings.ToLower(first)
				variants = []variant{{word: w, pp: code == "en" && strings.HasSuffix(w, "ed")}}
			}
			// A generated verb + preposition ("meet at", "agree with") does not
			// override a hand trigger of the same verb.
			onlyFunction := len(rest) > 0
			for _, tp := range rest {
				onlyFunction = onlyFunction && tp.word != "" && p.function[tp.word]
			}
			for _, v := range variants {
				if optional && (p.reserved[v.word] || onlyFunction && hand[v.word]) {
					continue
				}
				tr := p.slab.trigger(base)
				tr.gen = optional
				// A standalone act needs no target, but a generated bare
				// verb ("allow", "approve", "pass": PETRARCH's 080) is too
				// common to stand for one alone: it keeps needing a target.
				tr.notarget = tr.notarget || standalone && (!optional || len(words)+len(pre) > 1)
				tr.nominal = v.nominal
				tr.passive = v.passive
				tr.pp = v.pp
				tr.part = v.part
				tr.pre = pre
				tr.toks = p.slab.toks(tokPat{word: v.word}, rest)
				p.triggers[v.word] = append(p.triggers[v.word], tr)
			}
		}
	}
	// Longest patterns first; words before the key count.
	for _, ts := range p.triggers {
		sort.SliceStable(ts, func(a, b int) bool { return len(ts[a].toks)+len(ts[a].pre) > len(ts[b].toks)+len(ts[b].pre) })
	}
	return nil
}

// triggerSlab allocates a pack's triggers and their patterns in chunks:
// tens of thousands of them live as long as the Extractor, and the garbage
// collector marks a few hundred chunks on every cycle instead of one
// object per trigger and per pattern.
type triggerSlab struct {
	trigs []trigger
	pats  []tokPat
}

// trigger returns a new trigger, a copy of base.
func (s *triggerSlab) trigger(base trigger) *trigger {
	if len(s.trigs) == cap(s.trigs) {
		s.trigs = make([]trigger, 0, 512)
	}
	s.trigs = append(s.trigs, base)
	return &s.trigs[len(s.trigs)-1]
}

// toks returns first, rest and the optional last as one pattern (its
// capacity ends with it: appending to it copies).
func (s *triggerSlab) toks(first tokPat, rest []tokPat, last ...tokPat) []tokPat {
	n := 1 + len(rest) + len(last)
	if cap(s.pats)-len(s.pats) < n {
		s.pats = make([]tokPat, 0, max(2048, n))
	}
	i := len(s.pats)
	s.pats = append(s.pats, first)
	s.pats = append(s.pats, rest...)
	s.pats = append(s.pats, last...)
	return s.pats[i : i+n : i+n]
}
