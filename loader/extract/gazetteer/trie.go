package gazetteer

import "math/bits"

// trie is the matcher of the folded forms: a byte trie in flat arrays,
// walked from every word start of the text. Its size is linear in the
// bytes of the forms (a few MB for tens of thousands of forms) and it is
// built in tens of milliseconds, where a DFA over a gazetteer this large
// took seconds and tens of MB.
//
// Most walks end after three or four bytes (a word of the text shares a
// short prefix with some form), and every node a walk reaches is a read of
// memory the walk before did not need: the layout keeps what walks read
// close together. The nodes down to depth topDepth come first, breadth
// first (a few thousand, read by nearly every walk), then each deeper
// subtree depth first, so that a walk down a name reads consecutive
// memory; a node is one 12-byte record (its edges, its keys); a node with
// many children finds the child by a 256-bit map and its rank instead of
// a 1 KB table. Nothing in it holds a pointer, so the garbage collector
// has nothing to scan.
type trie struct {
	root  [256]int32 // the root's children by byte (0: none)
	nodes []tnode    // nodes[0] is the root
	label []byte     // edge bytes of the nodes with a few children, sorted per node
	to    []int32    // edge targets, beside label
	// keys ending at node n are keyList[n.key:n.key+n.nkey].
	keyList []int32
	maps    []kidMap // the child maps of the nodes with many children
	mapped  []int32  // their children
}

// tnode is one node of the trie.
type tnode struct {
	// ref is, by nkid: 1, the child; 2 to denseMin-1, the index of the
	// first edge in label/to; mapKids, the index of the child map in maps.
	ref  int32
	key  int32  // its first key in keyList
	nkey uint16 // keys ending at it
	nkid uint8  // its number of children (mapKids: many)
	c0   byte   // the label of its only child (nkid == 1)
}

// kidMap holds the children of a node with many: bit c of bits is set
// when byte c has a child, which is mapped[base + the number of bits set
// below c].
type kidMap struct {
	bits [4]uint64
	base int32
}

// denseMin is the number of children from which a node gets a kidMap.
const denseMin = 8

// mapKids marks a node whose children are in a kidMap.
const mapKids = 255

// topDepth is the depth down to which nodes are laid out breadth first.
const topDepth = 3

// buildTrie indexes keys (folded forms) by their bytes.
func buildTrie(keys []string) *trie {
	// A pointer trie first, then flattened. Children are kept in a slice
	// sorted by byte (most nodes have one), not a map: with tens of
	// thousands of forms, maps made most of the build's time.
	type node struct {
		kids  []*node // kids[i] is the child by bytes[i]
		bytes []byte  // ascending
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
	var order []*node
	add := func(n *node) {
		n.id = int32(len(order))
		order = append(order, n)
	}
	// Breadth first down to topDepth, then depth first below.
	var dfs func(n *node)
	dfs = func(n *node) {
		add(n)
		for _, c := range n.kids {
			dfs(c)
		}
	}
	add(root)
	level := []*node{root}
	for d := 1; d <= topDepth; d++ {
		var next []*node
		for _, n := range level {
			for _, c := range n.kids {
				add(c)
				next = append(next, c)
			}
		}
		level = next
	}
	for _, n := range level {
		for _, c := range n.kids {
			dfs(c)
		}
	}
	t := &trie{nodes: make([]tnode, len(order))}
	for i, n := range order {
		nd := &t.nodes[i]
		nd.key, nd.nkey = int32(len(t.keyList)), uint16(len(n.ends))
		t.keyList = append(t.keyList, n.ends...)
		switch k := len(n.bytes); {
		case i == 0:
			for j, b := range n.bytes {
				t.root[b] = n.kids[j].id
			}
		case k == 1:
			nd.nkid, nd.c0, nd.ref = 1, n.bytes[0], n.kids[0].id
		case k >= denseMin:
			m := kidMap{base: int32(len(t.mapped))}
			for j, b := range n.bytes {
				m.bits[b>>6] |= 1 << (b & 63)
				t.mapped = append(t.mapped, n.kids[j].id)
			}
			nd.nkid, nd.ref = mapKids, int32(len(t.maps))
			t.maps = append(t.maps, m)
		case k > 1:
			nd.nkid, nd.ref = uint8(k), int32(len(t.label))
			for j, b := range n.bytes {
				t.label = append(t.label, b)
				t.to = append(t.to, n.kids[j].id)
			}
		}
	}
	return t
}

// next is the child of node n by byte c, or 0.
func (t *trie) next(n int32, c byte) int32 {
	if n == 0 {
		return t.root[c]
	}
	return t.child(&t.nodes[n], c)
}

// child is the child of nd (not the root) by byte c, or 0.
func (t *trie) child(nd *tnode, c byte) int32 {
	switch nd.nkid {
	case 0:
		return 0
	case 1:
		if nd.c0 == c {
			return nd.ref
		}
		return 0
	case mapKids:
		m := &t.maps[nd.ref]
		w, bit := c>>6, uint64(1)<<(c&63)
		if m.bits[w]&bit == 0 {
			return 0
		}
		r := bits.OnesCount64(m.bits[w] & (bit - 1))
		for i := byte(0); i < w; i++ {
			r += bits.OnesCount64(m.bits[i])
		}
		return t.mapped[int(m.base)+r]
	}
	lo := int(nd.ref)
	for i, l := range t.label[lo : lo+int(nd.nkid)] {
		if l == c {
			return t.to[lo+i]
		} else if l > c {
			return 0
		}
	}
	return 0
}

// walk appends the candidates that start at s: every key that is a prefix
// of folded[s:], shortest first.
func (t *trie) walk(folded []byte, s int, cands []cand) []cand {
	if s >= len(folded) {
		return cands
	}
	n := t.root[folded[s]]
	for j := s + 1; n != 0; j++ {
		nd := &t.nodes[n]
		if nd.nkey != 0 {
			for _, k := range t.keyList[nd.key : nd.key+int32(nd.nkey)] {
				cands = append(cands, cand{s, j, int(k)})
			}
		}
		if j >= len(folded) {
			break
		}
		// The commonest case inline: a node with one child.
		if c := folded[j]; nd.nkid == 1 {
			if nd.c0 != c {
				break
			}
			n = nd.ref
		} else {
			n = t.child(nd, c)
		}
	}
	return cands
}
