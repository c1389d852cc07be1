package extract

// actorCache holds the answers to the article's last questions about its
// actor records, by a few bytes of the ids asked about: most questions are
// about the same few actors ("is RUS a state? its record?") and a slot
// compares one string, where the article's map hashes it. A slot says
// either "id's record is a" or, with a nil record, "id has none yet": half
// the questions are about ids the article has no record of (a state only
// named inside a title, a word the gazetteer lacks).
//
// The records of an article are never replaced, so a remembered one stays
// right until the article ends (scratch.release clears the cache); every
// new record goes through setActor, which overwrites its id's slot, so no
// slot keeps saying "none" of an id that has one.
type actorCache [128]struct {
	id string
	a  *actorRec
}

// slot is the place of id (not empty) in the cache: its length, first,
// middle and last bytes, mixed by one multiplication ("RUS", "UKR" and
// "USA" differ; "joko-widodo" and "jusuf-kalla" too).
func (c *actorCache) slot(id string) int {
	// The middle and last bytes are read at last/2 and last, unsigned:
	// the compiler then knows both within id once id[0] is (no bounds
	// checks on the look-up of every mention).
	last := uint(len(id) - 1)
	h := (uint32(len(id)) | uint32(id[0])<<8 | uint32(id[last/2])<<16 | uint32(id[last])<<24) * 2654435761
	return int(h >> 25)
}

// cached is the cache's answer about id: its record (nil: it has none),
// and whether the cache holds an answer; without one, the record returned
// is another id's, for the caller to ignore. It is small enough to be
// inlined into known and actor, the look-ups of every mention, which then
// call out only when the cache has no answer.
func (r *run) cached(id string) (*actorRec, bool) {
	if id == "" {
		return nil, false
	}
	s := &r.acache[r.acache.slot(id)]
	return s.a, s.id == id
}

// known returns the article's record of id, or nil; it creates none.
func (r *run) known(id string) *actorRec {
	if a, ok := r.cached(id); ok {
		return a
	}
	return r.knownMiss(id)
}

// knownMiss is known for an id the cache has no answer about: the
// article's map, and the cache remembers what it says. An empty slot
// answers without the map: every record goes in through setActor, which
// fills its id's slot, and a filled slot is never emptied within an
// article, so no id of an empty slot has a record (most ids are asked
// about first before their record is made, and their slot is empty).
func (r *run) knownMiss(id string) *actorRec {
	if id == "" {
		return r.actors[id]
	}
	s := &r.acache[r.acache.slot(id)]
	var a *actorRec
	if s.id != "" {
		a = r.actors[id]
	}
	s.id, s.a = id, a
	return a
}

// setActor makes a the article's record of id, in the map and in the
// cache (see actorCache).
func (r *run) setActor(id string, a *actorRec) {
	r.actors[id] = a
	if id != "" {
		s := &r.acache[r.acache.slot(id)]
		s.id, s.a = id, a
	}
}
