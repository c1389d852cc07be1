package gazetteer

import (
	"cmp"
	"encoding/binary"
	"math/bits"
	"slices"
	"strings"

	"github.com/geokg/kg/loader/extract/internal/ascii"
)

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
// a 1 KB table. Below the top, most nodes are links of chains (one child,
// no key: the rest of a name), which a walk crosses up to eight bytes at
// a time (see chainMin). Nothing in it holds a pointer, so the garbage
// collector has nothing to scan.
type trie struct {
	root  [256]int32 // the root's children by byte (0: none)
	nodes []tnode    // nodes[0] is the root
	label []byte     // edge bytes of the nodes with a few children, sorted per node, then labelPad zeros
	to    []int32    // edge targets, beside label
	// keys ending at node n are keyList[n.key:n.key+n.nkey].
	keyList []int32
	maps    []kidMap // the child maps of the nodes with many children
	mapped  []int32  // their children
	// tables[256*m+c] is the child by byte c of the node whose table is
	// m: the root's children with many children (tableKids).
	tables []int32
	// c0s[n] is nodes[n].c0, then labelPad zeros: the bytes of a chain
	// from node n are c0s[n:n+len], read as one 8-byte word.
	c0s []byte
	// heads is a bit set of the heads (headOf) of the keys, by headBit:
	// mayMatch reads it to skip the walks that cannot end in a match.
	heads *[1 << headBits / 64]uint64
	// jumps holds the keys' heads that are not empty, each with the node
	// a walk down its bytes reaches (see walkWord).
	jumps headJumps
}

// headJumps is a hash table (open addressing, linear probing, by headBit's
// multiplier) from a head (headOf, not 0) to the node at the end of its
// bytes; 0 marks a free slot.
type headJumps struct {
	head  []uint64
	node  []int32
	shift uint // 64 less the log2 of the number of slots
}

// find is the node of head h (not 0), or 0 when no key has that head.
func (hj *headJumps) find(h uint64) int32 {
	return hj.findMul(h, h*headMul)
}

// findMul is find given hm, h times headMul, for callers that have it
// already (headNode).
func (hj *headJumps) findMul(h, hm uint64) int32 {
	mask := len(hj.head) - 1
	for k := int(hm >> hj.shift); ; k = (k + 1) & mask {
		switch hj.head[k] {
		case h:
			return hj.node[k]
		case 0:
			return 0
		}
	}
}

// headBits is the log2 of the number of bits in a trie's set of heads:
// 16 KB, about three bits per key of the gazetteer (a walk the set lets
// through in vain is only the walk without it). On the bench articles 32
// and 64 KB saved no instructions beyond the run-to-run spread. A fixed
// size keeps mayMatch small enough to be inlined, with no bounds check.
const headBits = 17

// tnode is one node of the trie.
type tnode struct {
	// ref is, by nkid: 1 or chainMin+L, the child; 2 to denseMin-1, the
	// index of the first edge in label/to; mapKids, the index of the child
	// map in maps; tableKids, the index of the table in tables.
	ref  int32
	key  int32  // its first key in keyList
	nkey uint16 // keys ending at it
	nkid uint8  // its number of children (mapKids, tableKids: many; chainMin+L: one, the start of a chain of L)
	c0   byte   // the label of its only child (nkid == 1 or a chain)
}

// chainMin+L (L from 2 to 8) is the nkid of a node n that starts a chain
// of L edges: nodes n to n+L-1 have one child each, the next node
// (nodes[m].ref == m+1, as the depth-first layout puts them), and nodes
// n+1 to n+L-1 end no key. Their labels are c0s[n:n+L], and a walk that
// finds them all in the text goes on from node n+L, where the step by
// step walk would have gone, having found nothing on the way (the nodes
// in between end no key); a walk that does not, stops, as the step by
// step walk would have. A step of a walk down a name that way is one
// compare of eight bytes instead of eight steps.
const chainMin = 240

// kidMap holds the children of a node with many: bit c of bits is set
// when byte c has a child, which is mapped[rank[c>>6] + the number of bits
// set below c in bits[c>>6]]: rank[w] counts the children in the words
// before w (plus the node's first index in mapped), so that a lookup counts
// the bits of one word only.
type kidMap struct {
	bits [4]uint64
	rank [4]int32
}

// denseMin is the number of children from which a node gets a kidMap.
// A node with fewer has its labels in one 8-byte word of label, which
// fewChild compares with the byte all at once.
const denseMin = 8

// labelPad is the number of zero bytes after the last node's labels in
// label, so that an 8-byte load from any node's first label stays inside
// it.
const labelPad = 7

// mapKids marks a node whose children are in a kidMap.
const mapKids = 255

// tableKids marks a node whose children are in a 256-entry table of
// tables: a child of the root with many children, the second step of
// nearly every walk (walks start at letters, and each letter begins
// hundreds of forms), where a look-up in a table is a few instructions
// and one in a kidMap a few dozen. 27 such nodes in the embedded
// gazetteer's full trie: 1 KB each.
const tableKids = 254

// topDepth is the depth down to which nodes are laid out breadth first.
const topDepth = 3

// buildTrie indexes keys (folded forms) by their bytes.
//
// It builds the flat trie straight from the keys in sorted order, with no
// node objects: sorted, the keys list the trie's nodes in depth-first
// order (a node is made by the first key that has its bytes as a prefix,
// and its children come in ascending byte order), which is the order of
// the layout below topDepth, and the order of the nodes of one depth down
// to topDepth (breadth first, children by byte). A pointer trie of the
// embedded forms was half a million small objects and their slices, most
// of New's allocations and of the collector's work at start-up (issue #12);
// the trie and its layout are the same (TestBuildTrieSame).
func buildTrie(keys []string) *trie {
	// sorted: the keys' indices by key, equal keys by index (the order in
	// which a node lists the keys that end at it).
	sorted := make([]int32, len(keys))
	for k := range sorted {
		sorted[k] = int32(k)
	}
	slices.SortFunc(sorted, func(a, b int32) int {
		if c := strings.Compare(keys[a], keys[b]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	// lcp[r]: the bytes the r-th key in sorted shares with the one before;
	// the key makes a node for each byte after them.
	lcp := make([]int32, len(sorted))
	nnodes := 1
	for r, k := range sorted {
		key := keys[k]
		if r > 0 {
			prev, l := keys[sorted[r-1]], 0
			for l < len(prev) && l < len(key) && prev[l] == key[l] {
				l++
			}
			lcp[r] = int32(l)
		}
		nnodes += len(key) - int(lcp[r])
	}
	// The nodes in the order they are made (depth first; 0 is the root),
	// each with its parent, depth and byte, and the range of sorted whose
	// keys end at it (equal keys are next to each other).
	type bnode struct {
		parent, depth, endFrom, endTo int32
		c                             byte
	}
	made := make([]bnode, 1, nnodes)
	path := []int32{0} // path[d]: the node of the current key's first d bytes
	for r, k := range sorted {
		key := keys[k]
		path = path[:lcp[r]+1]
		for d := int(lcp[r]) + 1; d <= len(key); d++ {
			path = append(path, int32(len(made)))
			made = append(made, bnode{parent: path[d-1], depth: int32(d), c: key[d-1]})
		}
		n := &made[path[len(key)]]
		if n.endTo == 0 {
			n.endFrom = int32(r)
		}
		n.endTo = int32(r + 1)
	}
	// The layout: the root, then the nodes of depth 1 to topDepth, depth
	// by depth, then the deeper ones; each group in the order made.
	var start [topDepth + 2]int32
	for _, n := range made {
		start[min(n.depth, topDepth+1)]++
	}
	for d, next := int32(0), int32(0); d <= topDepth+1; d++ {
		start[d], next = next, next+start[d]
	}
	id := make([]int32, len(made))
	for n := range made {
		g := min(made[n].depth, topDepth+1)
		id[n] = start[g]
		start[g]++
	}
	// The children of each node (by its id), in the order made: by byte;
	// and the keys that end at it.
	kidFrom := make([]int32, len(made)+1)
	for n := 1; n < len(made); n++ {
		kidFrom[id[made[n].parent]+1]++
	}
	for i := 1; i < len(kidFrom); i++ {
		kidFrom[i] += kidFrom[i-1]
	}
	kidBytes := make([]byte, len(made))
	kidIDs := make([]int32, len(made))
	fill := slices.Clone(kidFrom[:len(made)])
	ends := make([][2]int32, len(made))
	for n := range made {
		ends[id[n]] = [2]int32{made[n].endFrom, made[n].endTo}
		if n == 0 {
			continue
		}
		p := id[made[n].parent]
		kidBytes[fill[p]], kidIDs[fill[p]] = made[n].c, id[n]
		fill[p]++
	}
	nroot := int(kidFrom[1])
	t := &trie{nodes: make([]tnode, len(made)), keyList: slices.Grow([]int32(nil), len(keys))}
	for i := range t.nodes {
		nd := &t.nodes[i]
		bytes, kids := kidBytes[kidFrom[i]:kidFrom[i+1]], kidIDs[kidFrom[i]:kidFrom[i+1]]
		nd.key, nd.nkey = int32(len(t.keyList)), uint16(ends[i][1]-ends[i][0])
		for r := ends[i][0]; r < ends[i][1]; r++ {
			t.keyList = append(t.keyList, sorted[r])
		}
		switch k := len(bytes); {
		case i == 0:
			for j, b := range bytes {
				t.root[b] = kids[j]
			}
		case k == 1:
			nd.nkid, nd.c0, nd.ref = 1, bytes[0], kids[0]
		case k >= denseMin && i <= nroot: // the root's children come first
			nd.nkid, nd.ref = tableKids, int32(len(t.tables)/256)
			t.tables = append(t.tables, make([]int32, 256)...)
			for j, b := range bytes {
				t.tables[int(nd.ref)*256+int(b)] = kids[j]
			}
		case k >= denseMin:
			var m kidMap
			for j, b := range bytes {
				m.bits[b>>6] |= 1 << (b & 63)
				t.mapped = append(t.mapped, kids[j])
			}
			r := int32(len(t.mapped) - len(bytes))
			for w := range m.rank {
				m.rank[w] = r
				r += int32(bits.OnesCount64(m.bits[w]))
			}
			nd.nkid, nd.ref = mapKids, int32(len(t.maps))
			t.maps = append(t.maps, m)
		case k > 1:
			nd.nkid, nd.ref = uint8(k), int32(len(t.label))
			t.label = append(t.label, bytes...)
			t.to = append(t.to, kids...)
		}
	}
	t.label = append(t.label, make([]byte, labelPad)...)
	t.c0s = make([]byte, len(t.nodes)+labelPad)
	for i := range t.nodes {
		t.c0s[i] = t.nodes[i].c0
	}
	// The chains, each node's from the nodes as they are before it is
	// marked. From the last node back: links is the number of nodes from
	// i+1 on that are links of a chain (no key, one child, the next node),
	// as they were before i+1 was marked, so that each node is read once
	// (a scan of up to eight nodes after each was a tenth of the build).
	links := 0
	for i := len(t.nodes) - 1; i >= 1; i-- {
		nd := &t.nodes[i]
		next := nd.nkid == 1 && nd.ref == int32(i+1)
		l := 1 + min(links, 7)
		if next && nd.nkey == 0 {
			links++
		} else {
			links = 0
		}
		if next && l >= 2 {
			nd.nkid = chainMin + uint8(l)
		}
	}
	t.heads = new([1 << headBits / 64]uint64)
	for _, key := range keys {
		var b [8]byte
		copy(b[:], key)
		h := headBit(headOf(binary.LittleEndian.Uint64(b[:])))
		t.heads[h/64] |= 1 << (h % 64)
	}
	t.jumps = t.buildJumps(keys)
	return t
}

// buildJumps makes the table of the keys' heads that are not empty, each
// with the node at the end of its bytes (walked down with child).
func (t *trie) buildJumps(keys []string) headJumps {
	seen := make(map[uint64]bool, len(keys))
	var heads []uint64 // in the order of keys: the same table from the same keys
	for _, key := range keys {
		var b [8]byte
		copy(b[:], key)
		if h := headOf(binary.LittleEndian.Uint64(b[:])); h != 0 && !seen[h] {
			seen[h] = true
			heads = append(heads, h)
		}
	}
	lg := 1
	for 1<<lg < 2*len(heads) {
		lg++
	}
	hj := headJumps{head: make([]uint64, 1<<lg), node: make([]int32, 1<<lg), shift: uint(64 - lg)}
	for _, h := range heads {
		var b [8]byte
		binary.LittleEndian.PutUint64(b[:], h)
		n := t.root[b[0]]
		for _, c := range b[1:headLen(h)] {
			n = t.child(n, c)
		}
		k := int(h * headMul >> hj.shift)
		for hj.head[k] != 0 {
			k = (k + 1) & (1<<lg - 1)
		}
		hj.head[k], hj.node[k] = h, n
	}
	return hj
}

// headLen is the number of bytes of head h (its bytes that are not 0).
func headLen(h uint64) int {
	return (bits.Len64(h) + 7) / 8
}

// child is the child by byte c of node n (not the root), or 0: one step
// of walk, for the build.
func (t *trie) child(n int32, c byte) int32 {
	if n == 0 {
		return 0
	}
	nd := &t.nodes[n]
	switch {
	case nd.nkid == 0:
		return 0
	case nd.nkid == 1 || nd.nkid >= chainMin && nd.nkid != mapKids && nd.nkid != tableKids:
		if nd.c0 != c {
			return 0
		}
		return nd.ref
	case nd.nkid == mapKids:
		return t.mapChild(nd.ref, c)
	case nd.nkid == tableKids:
		return t.tables[int(nd.ref)<<8|int(c)]
	}
	return t.fewChild(nd, c)
}

// headOf is the head of eight bytes x (little endian: the first in the
// low byte): the leading bytes 'a' to 'z' of x, up to eight, the bytes
// after them zeroed. The head of a key is that of its first eight bytes
// (the key zero-padded); a key that matches folded at s and passes Find's
// boundary check has the head of folded[s:s+8] (see mayMatch). Folded
// text has no capitals; other word bytes (digits, '_') end a head early,
// which only makes more keys share one.
func headOf(x uint64) uint64 {
	// A byte from 0x80 up carries into the next one, but it is no letter
	// (&^ x): the bytes after it are not part of the head anyway.
	letters := (x + (0x80-'a')*ascii.Lsb) &^ (x + (0x80-'z'-1)*ascii.Lsb) &^ x
	// The top bit of the first byte that is no letter (0 when all are),
	// moved to the byte's lowest bit, less one: the letters before it.
	end := ^letters & ascii.Msb
	return x & ((end&-end)>>7 - 1)
}

// headMul is the multiplier of the hashes of heads, in the set of heads
// (headBit) and in the jump table (headJumps) alike.
const headMul = 0x9e37_79b9_7f4a_7c15

// headBit is the bit of head h in heads (a multiplicative hash).
func headBit(h uint64) uint64 {
	return h * headMul >> (64 - headBits)
}

// mayMatch tells whether a walk from folded[s] can find a key that Find
// keeps, false only when it cannot: then every key the walk would find
// fails Find's boundary check. It is meant for hot loops that walk from
// every word start; most words begin no form at all.
//
// Let K be a key that is a prefix of folded[s:], ending at e, and r the
// run of bytes 'a' to 'z' at folded[s] (r ends at a byte that is not one,
// or at the end). If e > s+len(r), K holds the byte after r, which ends
// its run too: K's run is r. If e == s+len(r), K is r. If e < s+len(r),
// folded[e] is a letter, and so is text[e] (folded is Fold(text) with
// blanked spaces: an ASCII byte of folded is the text's byte or its lower
// case), so K fails the boundary check. So a key that passes has the run
// r, its first eight bytes the head of folded[s:s+8], and the set of the
// keys' heads has that head's bit.
// Near the end of the text (fewer than eight bytes from s) it does not
// look and says true.
func (t *trie) mayMatch(folded []byte, s int) bool {
	if s+8 > len(folded) {
		return true
	}
	return t.hasHead(headOf(binary.LittleEndian.Uint64(folded[s:])))
}

// hasHead tells whether the set of the keys' heads may hold h.
func (t *trie) hasHead(h uint64) bool {
	return t.hasHeadMul(h * headMul)
}

// hasHeadMul is hasHead given hm, h times headMul (see headNode).
func (t *trie) hasHeadMul(hm uint64) bool {
	b := hm >> (64 - headBits)
	return t.heads[b/64]&(1<<(b%64)) != 0
}

// mapChild is the child by byte c of the node whose kidMap is maps[m], or
// 0.
func (t *trie) mapChild(m int32, c byte) int32 {
	km := &t.maps[m]
	w, bit := c>>6, uint64(1)<<(c&63)
	x := km.bits[w&3]
	if x&bit == 0 {
		return 0
	}
	return t.mapped[int(km.rank[w&3])+bits.OnesCount64(x&(bit-1))]
}

// fewChild is the child by byte c of nd, a node with 2 to denseMin-1
// children, or 0. Its labels are distinct and no more than seven: the
// first nkid bytes of the 8-byte word at label[nd.ref] hold them, and
// the byte equal to c (if any) is found with one comparison of the words
// instead of a loop over the labels.
func (t *trie) fewChild(nd *tnode, c byte) int32 {
	lo := int(nd.ref)
	x := binary.LittleEndian.Uint64(t.label[lo:]) ^ uint64(c)*ascii.Lsb
	// A high bit set exactly in the bytes of x that are zero (no carry
	// from one byte into the next), kept for the node's own labels.
	z := ^((x&(0x7f*ascii.Lsb) + 0x7f*ascii.Lsb) | x) & ascii.Msb
	z &= 1<<(8*uint(nd.nkid&7)) - 1 // &7: no more than seven, and a shift the compiler knows is below 64
	if z == 0 {
		return 0
	}
	return t.to[lo+bits.TrailingZeros64(z)/8]
}

// walk appends the candidates that start at s: every key that is a prefix
// of folded[s:], shortest first.
func (t *trie) walk(folded []byte, s int, cands []cand) []cand {
	if s >= len(folded) {
		return cands
	}
	return t.walkOn(folded, s, s+1, t.root[folded[s]], cands)
}

// walkWord is walk from s, a start where mayMatch says yes, less the
// candidates that fail Find's boundary check for ending inside the head
// of folded[s:s+8] (see mayMatch), for the loops that walk from every word
// start: where the head is not empty, the walk starts at the node at its
// end (found in t.jumps, which says no for a head that no key has, where
// mayMatch's set of bits can only say maybe), not at the root; a word the
// gazetteer's forms begin with is most of a dozen steps of walk, byte by
// byte, otherwise. TestMayMatch compares it with walk.
func (t *trie) walkWord(folded []byte, s int, cands []cand) []cand {
	if s+8 > len(folded) {
		return t.walk(folded, s, cands)
	}
	return t.walkHead(folded, s, headOf(binary.LittleEndian.Uint64(folded[s:])), cands)
}

// walkHead is walkWord from s (less than len(folded)) given h, the head of
// folded[s:s+8], or 0 where fewer than eight bytes are left (then it is
// walk from s, as walkWord is there). walkStarts does its work inline where
// the head is not empty and calls it for the other starts.
func (t *trie) walkHead(folded []byte, s int, h uint64, cands []cand) []cand {
	if h == 0 {
		return t.walkOn(folded, s, s+1, t.root[folded[s]], cands)
	}
	if n := t.jumps.find(h); n != 0 {
		cands = t.walkOn(folded, s, s+headLen(h), n, cands)
	}
	return cands
}

// walkOn is walk from node n, reached by the bytes folded[s:j].
func (t *trie) walkOn(folded []byte, s, j int, n int32, cands []cand) []cand {
	for ; n != 0; j++ {
		nd := &t.nodes[n]
		if nd.nkey != 0 {
			for _, k := range t.keyList[nd.key : nd.key+int32(nd.nkey)] {
				cands = append(cands, cand{s, j, int(k)})
			}
		}
		if j >= len(folded) {
			break
		}
		// The child, inline: a walk takes a step per byte (or per chain).
		// The nodes with a few children come first, then those with one or
		// none (about half of the steps of the bench's walks), each after
		// one or two compares of nkid where a switch over all the kinds
		// made four.
		c := folded[j]
		if k := nd.nkid; k < chainMin {
			if k >= 2 {
				n = t.fewChild(nd, c)
				continue
			}
			if k == 0 || nd.c0 != c {
				return cands
			}
			n = nd.ref
			continue
		}
		switch nd.nkid {
		case mapKids:
			n = t.mapChild(nd.ref, c)
		case tableKids:
			n = t.tables[int(nd.ref)<<8|int(c)]
		default:
			// A chain of l edges: the text's next l bytes against its labels
			// at once (where eight bytes are left; else a step as for one
			// child).
			l := int(nd.nkid - chainMin)
			if j+8 > len(folded) {
				if nd.c0 != c {
					return cands
				}
				n = nd.ref
				break
			}
			x := binary.LittleEndian.Uint64(folded[j:]) ^ binary.LittleEndian.Uint64(t.c0s[n:])
			if x<<(64-8*uint(l)) != 0 {
				return cands
			}
			n += int32(l)
			j += l - 1
		}
	}
	return cands
}
