package gazetteer

// numKeys is the number of keys (folded forms) of g.
func (g *Gazetteer) numKeys() int { return len(g.formAt) - 1 }

// testKeys is the keys of g by number, for the tests: New keeps no list
// of them (Find needs none), but every form of a key folds to it.
func (g *Gazetteer) testKeys() []string {
	keys := make([]string, g.numKeys())
	for k := range keys {
		keys[k] = Fold(g.exactOf(&g.forms[g.formAt[k]]))
	}
	return keys
}
