package extract

// actorCache holds the actor records of an article that the rules asked
// for last, by a few bytes of their ids: most questions are about the same
// few actors ("is RUS a state? its record?") and a slot compares one
// string, where the article's map hashes it. The records of an article are
// never replaced (actor, newActor), so a remembered one stays right until
// the article ends (scratch.release clears it).
//
// A slot also remembers an id the article has no record of (a nil a), with
// the number of records there were then (len(run.order)): many questions
// are about ids that are not actors of the article, asked again and again
// ("is there a record of this state?"), and the answer holds as long as no
// record has been added. enter, the one place that adds a record, also
// appends to run.order, so a changed length is a possibly changed answer.
type actorCache [64]struct {
	id     string
	a      *actorRec
	absent int // for a nil a: len(run.order) when id had no record
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
	if s.id == id {
		if s.a != nil {
			return s.a
		}
		if s.absent == len(r.order) {
			return nil // no record added since id was found missing
		}
	}
	a := r.actors[id]
	if a != nil || s.a == nil { // (an id missing does not take the slot of a record)
		s.id, s.a, s.absent = id, a, len(r.order)
	}
	return a
}

// enter adds a to the article's records under id: the only writer of
// run.actors, so that the order of the records (run.order, which the
// document and documentActors follow) and known's remembered absences
// stay right.
func (r *run) enter(id string, a *actorRec) {
	r.actors[id] = a
	r.order = append(r.order, id)
}
