package gazetteer

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
	// A pointer trie first, then flattened breadth first. Children are
	// kept in a slice sorted by byte (most nodes have one), not a map: with
	// tens of thousands of forms, maps made most of the build's time.
	type node struct {
		kids  []*node
		bytes []byte // kids[i] is the child by bytes[i], ascending
		ends  []int32
		id    int32
	}
	root := &node{}
	for k, key := range keys {
		n := root
		for i := 0; i < len(key); i++ {
			c := key[i]
			j := 0
			for j < len(n.bytes) && n.bytes[j] < c {
				j++
			}
			if j == len(n.bytes) || n.bytes[j] != c {
				n.bytes = append(n.bytes, 0)
				copy(n.bytes[j+1:], n.bytes[j:])
				n.bytes[j] = c
				n.kids = append(n.kids, nil)
				copy(n.kids[j+1:], n.kids[j:])
				n.kids[j] = &node{}
			}
			n = n.kids[j]
		}
		n.ends = append(n.ends, int32(k))
	}
	t := &trie{}
	queue := []*node{root}
	for i := 0; i < len(queue); i++ {
		queue[i].id = int32(i)
		queue = append(queue, queue[i].kids...)
	}
	t.first = make([]int32, len(queue)+1)
	t.keyStart = make([]int32, len(queue)+1)
	t.label, t.to, t.keyList = make([]byte, 0, len(queue)), make([]int32, 0, len(queue)), make([]int32, 0, len(keys))
	for i, n := range queue {
		t.first[i] = int32(len(t.label))
		t.keyStart[i] = int32(len(t.keyList))
		t.keyList = append(t.keyList, n.ends...)
		for j, b := range n.bytes {
			t.label = append(t.label, b)
			t.to = append(t.to, n.kids[j].id)
			if i == 0 {
				t.root[b] = n.kids[j].id
			}
		}
	}
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
