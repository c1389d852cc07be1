package gazetteer

import (
	"slices"
	"sort"
)

// trie is the matcher of the folded forms: a byte trie in flat arrays,
// walked from every word start of the text. Its size is linear in the
// bytes of the forms (a few MB for tens of thousands of forms) and it is
// built in tens of milliseconds, where a DFA over a gazetteer this large
// took seconds and tens of MB.
type trie struct {
	root  [256]int32 // the root's children by byte (0: none)
	first []int32    // per node, its first edge in label/to; first[n+1] ends it
	label []byte     // edge bytes, sorted per node
	to    []int32    // edge targets
	// keys ending at node n are keyList[keyStart[n]:keyStart[n+1]]: flat,
	// without pointers, so that the garbage collector has nothing to scan.
	keyStart []int32
	keyList  []int32
	// dense holds a full table of children for the nodes with many
	// (denseMin or more): denseOf[n] is its index + 1 (0: none).
	dense   [][256]int32
	denseOf []int32
}

// denseMin is the number of children from which a node gets a full table:
// the few nodes near the root that most walks pass through.
const denseMin = 8

// buildTrie indexes keys (folded forms) by their bytes.
func buildTrie(keys []string) *trie {
	// Built breadth first straight from the sorted keys: a node is a range
	// of the sorted keys sharing its prefix of length d; its children are
	// the runs of the range with the same byte at d. Node ids are the
	// order of the queue, children by ascending byte. No node is
	// allocated: with tens of thousands of forms, a pointer trie with a
	// map (or slice) per node made most of the build's time.
	idx := make([]int32, len(keys))
	for i := range idx {
		idx[i] = int32(i)
	}
	sort.Slice(idx, func(a, b int) bool { return keys[idx[a]] < keys[idx[b]] })
	type rng struct{ lo, hi, d int32 }
	queue := []rng{{0, int32(len(keys)), 0}}
	t := &trie{}
	nodes := 1 // at most one node per key byte
	for _, k := range keys {
		nodes += len(k)
	}
	t.label, t.to, t.keyList = make([]byte, 0, nodes), make([]int32, 0, nodes), make([]int32, 0, len(keys))
	t.first, t.keyStart = make([]int32, 0, nodes+1), make([]int32, 0, nodes+1)
	for qi := 0; qi < len(queue); qi++ {
		r := queue[qi]
		t.first = append(t.first, int32(len(t.label)))
		t.keyStart = append(t.keyStart, int32(len(t.keyList)))
		i := r.lo
		for i < r.hi && int32(len(keys[idx[i]])) == r.d {
			t.keyList = append(t.keyList, idx[i]) // the keys ending here
			i++
		}
		for i < r.hi {
			c := keys[idx[i]][r.d]
			j := i + 1
			for j < r.hi && keys[idx[j]][r.d] == c {
				j++
			}
			t.label = append(t.label, c)
			t.to = append(t.to, int32(len(queue)))
			if qi == 0 {
				t.root[c] = int32(len(queue))
			}
			queue = append(queue, rng{i, j, r.d + 1})
			i = j
		}
	}
	t.first = append(t.first, 0)
	t.keyStart = append(t.keyStart, 0)
	// Shared prefixes leave the arrays short of their capacity (one node
	// per key byte): keep only what is used.
	t.first, t.keyStart = slices.Clone(t.first), slices.Clone(t.keyStart)
	t.label, t.to = slices.Clone(t.label), slices.Clone(t.to)
	t.first[len(queue)] = int32(len(t.label))
	t.keyStart[len(queue)] = int32(len(t.keyList))
	t.denseOf = make([]int32, len(queue))
	for n := 1; n < len(queue); n++ {
		lo, hi := t.first[n], t.first[n+1]
		if hi-lo < denseMin {
			continue
		}
		var tab [256]int32
		for i := lo; i < hi; i++ {
			tab[t.label[i]] = t.to[i]
		}
		t.dense = append(t.dense, tab)
		t.denseOf[n] = int32(len(t.dense))
	}
	return t
}

// next is the child of node n by byte c, or 0.
func (t *trie) next(n int32, c byte) int32 {
	if n == 0 {
		return t.root[c]
	}
	if d := t.denseOf[n]; d != 0 {
		return t.dense[d-1][c]
	}
	lo, hi := t.first[n], t.first[n+1]
	for i := lo; i < hi; i++ {
		if l := t.label[i]; l == c {
			return t.to[i]
		} else if l > c {
			return 0
		}
	}
	return 0
}

// walk appends the candidates that start at s: every key that is a prefix
// of folded[s:], shortest first.
func (t *trie) walk(folded []byte, s int, cands []cand) []cand {
	n := int32(0)
	for j := s; j < len(folded); j++ {
		if n = t.next(n, folded[j]); n == 0 {
			break
		}
		for _, k := range t.keyList[t.keyStart[n]:t.keyStart[n+1]] {
			cands = append(cands, cand{s, j + 1, int(k)})
		}
	}
	return cands
}
