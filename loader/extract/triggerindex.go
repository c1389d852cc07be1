package extract

import "strings"

// trigSet is the triggers of one key word, longest first, with an index by
// the word each must see next, so that a verb with hundreds of generated
// patterns ("call", "launch") tries only those whose next word is in the
// window after it.
type trigSet struct {
	all    []*trigger
	always []int            // triggers with nothing after the key, or a class next
	byNext map[string][]int // first following word → indices into all
}

// windowAfter is how many tokens after the key a pattern's first word may
// be (see matchRest: a "~word" may come up to five words later).
const windowAfter = 6

// indexTriggers builds p.trigIdx from p.triggers (after sorting).
func (p *pack) indexTriggers() {
	p.trigIdx = make(map[string]*trigSet, len(p.triggers))
	for k, ts := range p.triggers {
		s := &trigSet{all: ts}
		if len(ts) > 4 {
			s.byNext = map[string][]int{}
		}
		for i, tr := range ts {
			if s.byNext == nil || len(tr.toks) < 2 || tr.toks[1].word == "" {
				s.always = append(s.always, i)
				continue
			}
			w := tr.toks[1].word
			s.byNext[w] = append(s.byNext[w], i)
		}
		p.trigIdx[k] = s
	}
}

// candidates appends to buf, in the set's order, the indices of the
// triggers that may match at token i.
func (s *trigSet) candidates(p *pack, toks []token, i int, buf []int) []int {
	if s.byNext == nil {
		for j := range s.all {
			buf = append(buf, j)
		}
		return buf
	}
	buf = append(buf, s.always...)
	for k := i + 1; k < len(toks) && k <= i+windowAfter; k++ {
		if toks[k].punct {
			break
		}
		w := toks[k].low
		buf = append(buf, s.byNext[w]...)
		for _, c := range p.clitics {
			if strings.HasSuffix(w, c) && len(w) > len(c) {
				buf = append(buf, s.byNext[w[:len(w)-len(c)]]...)
			}
		}
	}
	// Insertion sort: the lists are short and mostly sorted.
	for a := 1; a < len(buf); a++ {
		for b := a; b > 0 && buf[b-1] > buf[b]; b-- {
			buf[b-1], buf[b] = buf[b], buf[b-1]
		}
	}
	return buf
}
