package extract

// arena hands out values of type T carved from chunks, so that the many
// small objects of one article (mentions, actors, events, stances, short
// lists) cost one allocation per chunk instead of one each.
//
// An arena whose values the document keeps (run.evs, run.strs) belongs to
// one run and is dropped with it. One whose values only the run uses
// (scratch.mentions, ...) is kept with the scratch memory and reset
// between articles, so that its chunks are reused.
type arena[T any] struct {
	chunks [][]T
	cur    int // the chunk being filled
}

// arenaChunk bounds a chunk: the first is small, for short texts, later
// ones grow up to this many values.
const arenaChunk = 128

// maxArenaChunks bounds the chunks a reset arena keeps for the next article.
const maxArenaChunks = 16

// room returns the chunk to append n values to (n <= arenaChunk).
func (a *arena[T]) room(n int) *[]T {
	for a.cur < len(a.chunks) && cap(a.chunks[a.cur])-len(a.chunks[a.cur]) < n {
		a.cur++
	}
	if a.cur == len(a.chunks) {
		size := max(16, n)
		if k := len(a.chunks); k > 0 {
			size = max(min(2*cap(a.chunks[k-1]), arenaChunk), n)
		}
		a.chunks = append(a.chunks, make([]T, 0, size))
	}
	return &a.chunks[a.cur]
}

// ptr returns a pointer to a copy of v.
func (a *arena[T]) ptr(v T) *T {
	c := a.room(1)
	*c = append(*c, v)
	return &(*c)[len(*c)-1]
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
	if len(a.chunks) > maxArenaChunks {
		clear(a.chunks[maxArenaChunks:])
		a.chunks = a.chunks[:maxArenaChunks]
	}
	for i, c := range a.chunks {
		clear(c)
		a.chunks[i] = c[:0]
	}
	a.cur = 0
}
