package extract

import (
	"strings"

	"github.com/geokg/kg/loader/facts"
)

// arena hands out values of type T carved from chunks, so that the many
// small objects of one article (mentions, actors, events, stances, short
// lists) cost one allocation per chunk instead of one each.
//
// The arenas are kept with the scratch memory of a run and reset between
// articles, so that their chunks are reused: the document never points
// into them (writeDocument copies what it keeps into a docMem).
//
// The room of a chunk past its length holds zero values: a chunk is made
// zero (next), values are written only within its length (each value,
// window and slice the arena hands out ends there, capacity included),
// and reset clears each chunk as far as it was filled. So slot hands out
// the next value of a chunk as it is, without clearing it.
type arena[T any] struct {
	// c is the chunk being filled, chunks[cur] as filled so far: the
	// values are appended to it, a field of the arena, so that room's
	// test and the append need no look-up in chunks. The length of
	// chunks[cur] itself is brought up to date when the arena moves on
	// to the next chunk (next) and when the chunks are read (filled,
	// reset).
	c      []T
	chunks [][]T
	cur    int // the chunk being filled
}

// arenaChunk bounds a chunk: the first is small, for short texts, later
// ones grow up to this many values.
const arenaChunk = 128

// maxArenaChunks bounds the chunks a reset arena keeps for the next article.
const maxArenaChunks = 16

// room returns the chunk to append n values to (n <= arenaChunk). It is
// small enough to be inlined: the chunk being filled has room nearly
// always, and next is called when it has not.
func (a *arena[T]) room(n int) *[]T {
	if cap(a.c)-len(a.c) >= n {
		return &a.c
	}
	return a.next(n)
}

// next moves on to the first of the following chunks with room for n
// values, making one when there is none, and returns it. It is kept out
// of line (go:noinline), so that room stays small where it is inlined.
//
//go:noinline
func (a *arena[T]) next(n int) *[]T {
	if len(a.chunks) > 0 {
		a.chunks[a.cur] = a.c // (chunks that follow it are empty)
		a.cur++
	}
	for a.cur < len(a.chunks) && cap(a.chunks[a.cur]) < n {
		a.cur++
	}
	if a.cur == len(a.chunks) {
		size := max(16, n)
		if k := len(a.chunks); k > 0 {
			size = max(min(2*cap(a.chunks[k-1]), arenaChunk), n)
		}
		a.chunks = append(a.chunks, make([]T, 0, size))
	}
	a.c = a.chunks[a.cur]
	return &a.c
}

// filled returns the arena's chunks, each as far as it is filled, in the
// order they were filled.
func (a *arena[T]) filled() [][]T {
	if len(a.chunks) > 0 {
		a.chunks[a.cur] = a.c
	}
	return a.chunks
}

// ptr returns a pointer to a copy of v.
func (a *arena[T]) ptr(v T) *T {
	c := a.room(1)
	*c = append(*c, v)
	return &(*c)[len(*c)-1]
}

// slot returns a pointer to a new zero value, for a caller that fills a
// large value in place (addEvent) instead of building it and then
// copying it in, as ptr does.
//
// The value is taken by extending the chunk over it, not by appending a
// zero value: a chunk's room past its length is zero already (see
// arena), and appending cleared a value on the stack and copied it in,
// some eighty instructions for the larger records (mention, eventRec,
// actorRec) at each of the article's few hundred slots.
func (a *arena[T]) slot() *T {
	c := a.room(1)
	n := len(*c)
	*c = (*c)[:n+1]
	return &(*c)[n]
}

// one returns a slice holding v alone. Its capacity is 1, so appending to
// it copies it elsewhere and never overwrites a neighbour.
func (a *arena[T]) one(v T) []T {
	c := a.room(1)
	*c = append(*c, v)
	n := len(*c)
	return (*c)[n-1 : n : n]
}

// two returns a slice holding v and w, with capacity 2.
func (a *arena[T]) two(v, w T) []T {
	c := a.room(2)
	*c = append(*c, v, w)
	n := len(*c)
	return (*c)[n-2 : n : n]
}

// prepend returns a new slice holding v and then the values of s, as
// append([]T{v}, s...) does, with capacity len(s)+1.
func (a *arena[T]) prepend(v T, s []T) []T {
	n := len(s) + 1
	if n > arenaChunk {
		return append([]T{v}, s...)
	}
	c := a.room(n)
	k := len(*c)
	*c = append(append(*c, v), s...) // within the room: no reallocation
	return (*c)[k : k+n : k+n]
}

// window returns an empty slice with room for n values, which appending
// up to n values fills in place.
func (a *arena[T]) window(n int) []T {
	if n > arenaChunk {
		return make([]T, 0, n)
	}
	c := a.room(n)
	k := len(*c)
	*c = (*c)[:k+n] // the window is taken
	return (*c)[k : k : k+n]
}

// appendTo is append(s, v) for a slice that one, two or appendTo made:
// when s is full, it moves to a window of the arena twice as large.
func (a *arena[T]) appendTo(s []T, v T) []T {
	size := max(2*len(s), 2)
	if len(s) < cap(s) || size > arenaChunk {
		return append(s, v) // room of its own (or too large for a chunk)
	}
	c := a.room(size)
	n := len(*c)
	*c = (*c)[:n+size] // the window is taken
	w := append((*c)[n:n:n+size], s...)
	return append(w, v)
}

// reset makes the arena's memory free for reuse, clearing the values so
// that they hold on to nothing (an article's text, its actors).
func (a *arena[T]) reset() {
	a.filled() // (chunks[cur] as filled)
	if len(a.chunks) > maxArenaChunks {
		clear(a.chunks[maxArenaChunks:])
		a.chunks = a.chunks[:maxArenaChunks]
	}
	for i, c := range a.chunks {
		clear(c)
		a.chunks[i] = c[:0]
	}
	a.cur = 0
	a.c = nil
	if len(a.chunks) > 0 {
		a.c = a.chunks[0]
	}
}

// docMem is the memory of a document's short lists (evidence, words, roles):
// three arrays of the exact sizes, which the lists are copied into from the
// run's arenas (scratch.evs, strs, roles) when the document is written.
type docMem struct {
	evs   []facts.Evidence
	strs  []string
	roles []facts.Role
}

// ownSlice returns a copy of s in the room of *buf, with a capacity of its
// length (appending to it copies it elsewhere). A nil s stays nil and an
// empty one empty, so that the JSON of the document is the same.
func ownSlice[T any](buf *[]T, s []T) []T {
	if s == nil {
		return nil
	}
	if len(s) == 0 {
		return []T{}
	}
	// Value by value: the lists are short (most of one value), and
	// append(b, s...)'s typed copy costs more than the values.
	b := *buf
	k := len(b)
	for _, v := range s {
		b = append(b, v) // within its capacity when it was counted
	}
	*buf = b
	return b[k:len(b):len(b)]
}

// evidence copies s and the words of each piece into m.
func (m *docMem) evidence(s []facts.Evidence) []facts.Evidence {
	if len(s) == 1 && len(s[0].Matched) == 1 {
		return m.evidenceOne(&s[0])
	}
	out := ownSlice(&m.evs, s)
	for i := range out {
		out[i].Matched = ownSlice(&m.strs, out[i].Matched)
	}
	return out
}

// evidenceOne is evidence for a list of one piece that matched one word,
// as most events' and stances' are: the same copies without ownSlice's
// loops and tests.
func (m *docMem) evidenceOne(e *facts.Evidence) []facts.Evidence {
	m.strs = append(m.strs, e.Matched[0]) // within the capacity counted
	j := len(m.strs)
	m.evs = append(m.evs, *e)
	k := len(m.evs)
	out := m.evs[k-1 : k : k]
	out[0].Matched = m.strs[j-1 : j : j]
	return out
}

// joins keeps strings a run made by joining two others (rule names such
// as "title:"+role or rule+"+intent", body ids such as
// "jpn-defense_ministry"), so that one made again, in this article or a
// later one (it is kept with the scratch memory), is not written again:
// an article makes the same few dozen again and again. A join has one
// slot, chosen by the lengths and a few bytes of its parts (as
// actorCache's): a look-up compares one slot, and a join that another
// took the slot of is written again.
type joins struct {
	slots [64]struct {
		op   joinOp
		a, b string
		v    string
	}
}

// joinOp says how a joined string was made of its two parts.
type joinOp uint8

const (
	joinConcat joinOp = iota + 1 // a + b
	joinBodyID                   // bodyTypeID: strings.ToLower(a) + "-" + b
)

// join returns the string op makes of a and b.
func (j *joins) join(op joinOp, a, b string) string {
	h := int(op) + len(a)*7 + len(b)*13
	if n := len(a); n > 0 {
		h ^= int(a[n-1]) * 3
	}
	if n := len(b); n > 0 {
		h ^= int(b[0])*5 ^ int(b[n-1])<<2
	}
	s := &j.slots[h&(len(j.slots)-1)]
	if s.op == op && s.a == a && s.b == b {
		return s.v
	}
	var v string
	switch op {
	case joinConcat:
		v = a + b
	case joinBodyID:
		v = strings.ToLower(a) + "-" + b
	}
	s.op, s.a, s.b, s.v = op, a, b, v
	return v
}
