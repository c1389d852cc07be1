package gazetteer

import (
	"context"
	"encoding/binary"
	"math/bits"
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// TestBuildTrieSame checks that buildTrie makes the very trie (nodes,
// layout, edges, keys) the pointer trie of buildTriePointers made: on the
// embedded gazetteer's forms and its lower-case ones, as New builds them,
// and on random keys with shared prefixes, repeated keys, an empty key and
// bytes above 0x7f.
func TestBuildTrieSame(t *testing.T) {
	g, err := Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var low []string
	keys := g.testKeys()
	for k, key := range keys {
		for _, f := range g.formsOf(k) {
			if !f.upper {
				low = append(low, key)
				break
			}
		}
	}
	rng := rand.New(rand.NewSource(3))
	random := func(alpha string, n, maxLen int) []string {
		var keys []string
		for i := 0; i < n; i++ {
			var b strings.Builder
			for j := rng.Intn(maxLen + 1); j > 0; j-- {
				b.WriteByte(alpha[rng.Intn(len(alpha))])
			}
			keys = append(keys, b.String())
			if i%7 == 0 {
				keys = append(keys, keys[rng.Intn(len(keys))])
			}
		}
		return keys
	}
	cases := map[string][]string{
		"embedded":    keys,
		"lower-case":  low,
		"none":        nil,
		"one":         {"a"},
		"empty key":   {"", "ab", "", "a"},
		"few letters": random("ab", 500, 12),
		"many":        random("abcdefghijklmnopqrstuvwxyz -.", 3000, 10),
		"bytes":       random("a\x00\xff\xc3\xa9 ", 1000, 9),
		"long":        random("abcdefgh .", 1000, 40),
	}
	for name, keys := range cases {
		got, want := buildTrie(keys), buildTriePointers(keys)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: buildTrie differs from the pointer trie (%d keys)", name, len(keys))
		}
	}
}

// buildTriePointers is buildTrie as it was before the start-up speed pass
// of issue #12: a pointer trie, then flattened. TestBuildTrieSame checks
// that buildTrie makes the same trie.
func buildTriePointers(keys []string) *trie {
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
		case k >= denseMin && i <= len(root.bytes): // the root's children come first
			nd.nkid, nd.ref = tableKids, int32(len(t.tables)/256)
			t.tables = append(t.tables, make([]int32, 256)...)
			for j, b := range n.bytes {
				t.tables[int(nd.ref)*256+int(b)] = n.kids[j].id
			}
		case k >= denseMin:
			var m kidMap
			for j, b := range n.bytes {
				m.bits[b>>6] |= 1 << (b & 63)
				t.mapped = append(t.mapped, n.kids[j].id)
			}
			r := int32(len(t.mapped) - len(n.bytes))
			for w := range m.rank {
				m.rank[w] = r
				r += int32(bits.OnesCount64(m.bits[w]))
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
	t.label = append(t.label, make([]byte, labelPad)...)
	t.c0s = make([]byte, len(t.nodes)+labelPad)
	for i := range t.nodes {
		t.c0s[i] = t.nodes[i].c0
	}
	// The chains, each node's from the nodes as they are before it is
	// marked: nodes[i] is marked only after the chains of the nodes before
	// it, which read the nodes after them.
	for i := 1; i < len(t.nodes); i++ {
		if nd := &t.nodes[i]; nd.nkid != 1 || nd.ref != int32(i+1) {
			continue
		}
		l := 1
		for l < 8 {
			m := &t.nodes[i+l]
			if m.nkey != 0 || m.nkid != 1 || m.ref != int32(i+l+1) {
				break
			}
			l++
		}
		if l >= 2 {
			t.nodes[i].nkid = chainMin + uint8(l)
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
