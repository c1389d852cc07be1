package gazetteer

import "sort"

// trie is the matcher of the folded forms: a byte trie in flat arrays,
// walked from every word start of the text. Its size is linear in the
// bytes of the forms (a few MB for tens of thousands of forms) and it is
// built in tens of milliseconds, where a DFA over a gazetteer this large
// took seconds and tens of MB.
//
// The nodes are laid out depth first, children in byte order: a node's
// first child is the next node, so that a walk down a name (mostly nodes
// with one child, "ndonesia" after "i") reads consecutive memory, and
// one node's fields (its edges, its keys) sit in one 16-byte record
// instead of four arrays. Nothing in it holds a pointer, so the garbage
// collector has nothing to scan.
type trie struct {
	root  [256]int32 // the root's children by byte (0: none)
	nodes []tnode    // nodes[0] is the root
	label []byte     // edge bytes of the nodes with several children, sorted per node
	to    []int32    // edge targets, beside label
	// keys ending at node n are keyList[n.key:n.key+n.nkey].
	keyList []int32
	// dense holds a full table of children for the nodes with many
	// (denseMin or more).
	dense [][256]int32
}

// tnode is one node of the trie.
type tnode struct {
	// edge is, for a node with several children (nkid > 1), the index of
	// its first edge in label/to, or with nkid == denseKids its table in
	// dense. A node with one child has it at the next index, by label c0.
	edge int32
	key  int32  // its first key in keyList
	nkey uint16 // keys ending at it
	nkid uint8  // its number of children (denseKids: a dense table)
	c0   byte   // the label of its only child (nkid == 1)
}

// denseMin is the number of children from which a node gets a full table:
// the few nodes near the root that most walks pass through.
const denseMin = 8

// denseKids marks a node whose children are in a dense table.
const denseKids = 255

// buildTrie indexes keys (folded forms) by their bytes.
func buildTrie(keys []string) *trie {
	// A pointer trie first, then flattened depth first.
	type node struct {
		kids map[byte]*node
		ends []int32
	}
	root := &node{}
	for k, key := range keys {
		n := root
		for i := 0; i < len(key); i++ {
			if n.kids == nil {
				n.kids = map[byte]*node{}
			}
			c := n.kids[key[i]]
			if c == nil {
				c = &node{}
				n.kids[key[i]] = c
			}
			n = c
		}
		n.ends = append(n.ends, int32(k))
	}
	t := &trie{}
	sorted := func(n *node) []byte {
		bs := make([]byte, 0, len(n.kids))
		for b := range n.kids {
			bs = append(bs, b)
		}
		sort.Slice(bs, func(i, j int) bool { return bs[i] < bs[j] })
		return bs
	}
	// visit appends n and its subtree, depth first, and returns n's index.
	var visit func(n *node) int32
	visit = func(n *node) int32 {
		id := int32(len(t.nodes))
		t.nodes = append(t.nodes, tnode{key: int32(len(t.keyList)), nkey: uint16(len(n.ends))})
		t.keyList = append(t.keyList, n.ends...)
		bs := sorted(n)
		kids := make([]int32, len(bs))
		for i, b := range bs {
			kids[i] = visit(n.kids[b])
		}
		nd := &t.nodes[id]
		switch {
		case id == 0:
			for i, b := range bs {
				t.root[b] = kids[i]
			}
		case len(bs) == 1:
			nd.nkid, nd.c0 = 1, bs[0]
		case len(bs) >= denseMin:
			var tab [256]int32
			for i, b := range bs {
				tab[b] = kids[i]
			}
			nd.nkid, nd.edge = denseKids, int32(len(t.dense))
			t.dense = append(t.dense, tab)
		case len(bs) > 1:
			nd.nkid, nd.edge = uint8(len(bs)), int32(len(t.label))
			t.label = append(t.label, bs...)
			t.to = append(t.to, kids...)
		}
		return id
	}
	visit(root)
	return t
}

// next is the child of node n by byte c, or 0.
func (t *trie) next(n int32, c byte) int32 {
	if n == 0 {
		return t.root[c]
	}
	nd := &t.nodes[n]
	switch nd.nkid {
	case 0:
		return 0
	case 1:
		if nd.c0 == c {
			return n + 1
		}
		return 0
	case denseKids:
		return t.dense[nd.edge][c]
	}
	lo := int(nd.edge)
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
	n := int32(0)
	for j := s; j < len(folded); j++ {
		if n = t.next(n, folded[j]); n == 0 {
			break
		}
		if nd := &t.nodes[n]; nd.nkey != 0 {
			for _, k := range t.keyList[nd.key : nd.key+int32(nd.nkey)] {
				cands = append(cands, cand{s, j + 1, int(k)})
			}
		}
	}
	return cands
}
