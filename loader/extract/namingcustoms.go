package extract

import (
	"strings"

	"github.com/geokg/kg/loader/extract/gazetteer"
	"github.com/geokg/kg/loader/facts"
)

// nameCustoms are the naming customs of lang/common.json that decide which
// word of a known person's name a lone word stands for.
type nameCustoms struct {
	// givenFirst: states whose people news names by the given name
	// alone (given_name_states: Thaksin, Sonexay).
	givenFirst map[string]bool
	// surnameFirst: states whose names start with the family name
	// (surname_first_states: Yoon Suk Yeol, Xi Jinping, Hun Sen).
	surnameFirst map[string]bool
	// reversed: states whose press writes the family name first where
	// the gazetteer does not (reversed_order_states: Takaichi Sanae).
	reversed map[string]bool
	// dated maps a generated source to the date it was compiled
	// (dated_sources; see leftOpen).
	dated map[string]string
	// families counts the first words of the names of the surname-first
	// states' people: the family names, which recur ("Kim", "Lee").
	families map[string]int
}

// newNameCustoms reads the naming customs of com and counts the family
// names of g's people of the surname-first states.
func newNameCustoms(com *common, g *gazetteer.Gazetteer) nameCustoms {
	c := nameCustoms{givenFirst: map[string]bool{}, surnameFirst: map[string]bool{}, dated: com.DatedSources, families: map[string]int{}}
	for _, s := range com.GivenNameStates {
		c.givenFirst[s] = true
	}
	for _, s := range com.SurnameFirstStates {
		c.surnameFirst[s] = true
	}
	c.reversed = map[string]bool{}
	for _, s := range com.ReversedOrderStates {
		c.reversed[s] = true
	}
	g.Entries(func(e *gazetteer.Entry) bool {
		if e.Kind == facts.KindPerson && c.surnameFirst[e.Country] {
			c.families[nameParts(e.Name).first]++
		}
		return true
	})
	return c
}

// surnameKey is the word of a name of e (n its parts) that a lone surname
// stands for: the last word, or the first where the state writes the
// family name first and the first word recurs as one at least as often as
// the last ("Yoon Suk Yeol", "Hun Sen"; not "Michael Tsai", whom the
// dictionary writes in the Western order). A name of a surname-first state
// that does not start as e's own name does ("William Lai" for Lai
// Ching-te) gives none: its first word is a given name.
func (c nameCustoms) surnameKey(e *gazetteer.Entry, name string, n personName) string {
	if !c.surnameFirst[e.Country] {
		return n.last
	}
	own := nameParts(e.Name)
	if k := c.families[own.first]; k < 2 || k < c.families[own.last] {
		return n.last // the dictionary's name is in the Western order
	}
	if name != e.Name && n.first != own.first {
		return ""
	}
	return n.first
}

// articleStem is a surname without the Arabic article written before it
// ("el-sisi": "sisi", "al-assad": "assad"), or "": news names the man by
// the bare word too ("Sisi received Blinken").
func articleStem(w string) string {
	if len(w) < 6 || w[2] != '-' {
		return ""
	}
	switch w[:2] {
	case "al", "el", "ad", "ar", "as", "at", "an", "az":
		return w[3:]
	}
	return ""
}

// leftOpen reports whether role ro of e, held on ref, is held only because
// a generated source compiled before ref left it open (dated_sources): the
// source cannot know whether the term went on.
func (c nameCustoms) leftOpen(e *gazetteer.Entry, ro gazetteer.Role, ref string) bool {
	if ro.End != "" || e.Source == "" {
		return false
	}
	for src, date := range c.dated {
		if strings.HasPrefix(e.Source, src) {
			return date < ref
		}
	}
	return false
}

// samePerson reports whether a and b are one person written two ways: two
// entries of one state that held one office (title and of) over
// overlapping terms (CountryInfo's "Thaksin Chinnawat" and "Thaksin
// Shinawatra", "Abhisit Wechachiwa" and "Abhisit Vejjajiva"). Only asked
// of entries that share a given name (dedupeGiven).
func samePerson(a, b *gazetteer.Entry) bool {
	if a.Country == "" || a.Country != b.Country {
		return false
	}
	for _, ra := range a.Roles {
		for _, rb := range b.Roles {
			if ra.Title == rb.Title && ra.Of == rb.Of && termsOverlap(ra, rb) {
				return true
			}
		}
	}
	return false
}

// termsOverlap reports whether two terms share more than a day at their
// ends; an open side is open.
func termsOverlap(a, b gazetteer.Role) bool {
	end := func(s string) string {
		if s == "" {
			return "9999"
		}
		return s
	}
	return a.Start < end(b.End) && b.Start < end(a.End)
}

// preferred is the entry that stands for a person written twice: the
// hand-compiled one (a source that is no dated generated one), else the
// one whose latest term started last.
func (c nameCustoms) preferred(a, b *gazetteer.Entry) *gazetteer.Entry {
	ga, gb := c.generated(a), c.generated(b)
	if ga != gb {
		if ga {
			return b
		}
		return a
	}
	if latestStart(b) > latestStart(a) {
		return b
	}
	return a
}

// generated reports whether e comes from a dated generated source.
func (c nameCustoms) generated(e *gazetteer.Entry) bool {
	for src := range c.dated {
		if strings.HasPrefix(e.Source, src) {
			return true
		}
	}
	return false
}

// latestStart is the latest start of e's roles.
func latestStart(e *gazetteer.Entry) string {
	s := ""
	for _, ro := range e.Roles {
		s = max(s, ro.Start)
	}
	return s
}

// givenIndex is the index of the people of the given-name states (those
// keep keeps) by their given name (the first word of each name), each
// person once: of two entries that are one person written two ways
// (samePerson), the preferred one stands for both. sameAs maps each entry
// left out to the one that stands for it, so that the other spelling in
// full ("Abhisit Wechachiwa") is the same actor.
func givenIndex(g *gazetteer.Gazetteer, c nameCustoms, keep func(*gazetteer.Entry) bool) (idx map[string][]*gazetteer.Entry, sameAs map[*gazetteer.Entry]*gazetteer.Entry) {
	idx = surnameIndex(g, c, func(e *gazetteer.Entry) bool { return c.givenFirst[e.Country] && keep(e) }, true)
	for w, es := range idx {
		// Another name that does not start as the entry's own ("King
		// Vajiralongkorn", "Prince Souphanouvong") starts with a title.
		keep := es[:0]
		for _, e := range es {
			if nameParts(e.Name).first == w {
				keep = append(keep, e)
			}
		}
		if len(keep) == 0 {
			delete(idx, w)
			continue
		}
		idx[w] = keep
	}
	sameAs = map[*gazetteer.Entry]*gazetteer.Entry{}
	for w, es := range idx {
		idx[w] = c.dedupe(es, sameAs)
	}
	return idx, sameAs
}

// dedupe drops from es every entry that is the same person as another
// (samePerson) and not the preferred of the two, noting it in sameAs.
func (c nameCustoms) dedupe(es []*gazetteer.Entry, sameAs map[*gazetteer.Entry]*gazetteer.Entry) []*gazetteer.Entry {
	if len(es) < 2 {
		return es
	}
	out := es[:0:0]
	for _, e := range es {
		dup := false
		for k, o := range out {
			if samePerson(o, e) {
				out[k], dup = c.preferred(o, e), true
				if out[k] == o {
					sameAs[e] = o
				} else {
					sameAs[o] = e
				}
				break
			}
		}
		if !dup {
			out = append(out, e)
		}
	}
	return out
}

// customGiven finds the one known person of a given-name state with the
// given name w, at any date: Thai and Lao news names people by the given
// name ("Thaksin kembali ke Thailand", "Yingluck fled"), and a given name
// rarely names two known people of those states.
// A given name of the lists (lang/*.given.txt: "Anand", "Thaksin", names
// of many cultures) or of an office holder of another state ("Maris") is
// that person only where the article names the state or something of it.
func (r *run) customGiven(w string) *gazetteer.Entry {
	es := r.x.byCustomGiven[w]
	if len(es) != 1 {
		return nil
	}
	if r.x.given[w] || len(r.x.byGiven[w]) > 0 && r.x.byGiven[w][0].Country != es[0].Country || len(r.x.byGiven[w]) > 1 && !r.sameStateGiven(w, es[0].Country) {
		if !r.stateMentioned(es[0].Country) {
			return nil
		}
	}
	return es[0]
}

// sameStateGiven reports whether every office holder with the given name w
// is of state c.
func (r *run) sameStateGiven(w, c string) bool {
	for _, e := range r.x.byGiven[w] {
		if e.Country != c {
			return false
		}
	}
	return true
}

// stateMentioned reports whether the article so far or the sentence names
// state c, or the sentence names something of it: a place, a body, a
// party, a person of c ("Abbas mengecam … di Tepi Barat", "Harris accepted
// the Democratic Party's nomination"). It tells apart office holders of the
// day with one name (holderByName).
func (r *run) stateMentioned(c string) bool {
	if c == "" {
		return false
	}
	if r.known(c) != nil {
		return true
	}
	for _, m := range r.sentMs {
		if m.id == c || m.entry != nil && m.entry.Country == c && m.entry.Kind != facts.KindState {
			return true
		}
	}
	return false
}

// dropTitleKeys drops from idx the words that open a title of a pack: a
// name that starts with one ("Prince Souphanouvong") gives no given name.
func dropTitleKeys(idx map[string][]*gazetteer.Entry, packs []*pack) {
	for w := range idx {
		for _, p := range packs {
			if len(p.titles.first[w]) > 0 {
				delete(idx, w)
				break
			}
		}
	}
}
