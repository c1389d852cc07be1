package extract

// actorCache holds the actor records of an article that the rules asked
// for last, by a few bytes of their ids: most questions are about the same
// few actors ("is RUS a state? its record?") and a slot compares one
// string, where the article's map hashes it. The records of an article are
// never replaced (actor, newActor), so a remembered one stays right until
// the article ends (scratch.release clears it).
type actorCache [64]struct {
	id string
	a  *actorRec
}

// slot is the place of id (not empty) in the cache: its length, first and
// last bytes ("RUS", "UKR" and "USA" differ).
func (c *actorCache) slot(id string) int {
	n := len(id)
	return (n*7 ^ int(id[0])*3 ^ int(id[n-1])) & (len(c) - 1)
}

// known returns the article's record of id, or nil; it creates none.
func (r *run) known(id string) *actorRec {
	if id == "" {
		return r.actors[id]
	}
	s := &r.acache[r.acache.slot(id)]
	if s.a != nil && s.id == id {
		return s.a
	}
	a := r.actors[id]
	if a != nil {
		s.id, s.a = id, a
	}
	return a
}
