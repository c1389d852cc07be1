package extract

import (
	"path/filepath"
	"testing"
	"unicode"
)

// The selection rule of testdata/devset/ud/gsd43.*.jsonl (testdata/README.md):
// the sentences of the UD Indonesian GSD dev and test files (in that order)
// that no UD set made before it holds, chosen for named actors: a sentence
// matches when a word other than its first (words as intlWords) starts with
// an upper-case letter. Every gsd43MatchStep-th matching sentence (the 1st,
// …) and every gsd43OtherStep-th other sentence is taken; every 4th chosen
// sentence is in unseen. TestGSD43Selection recomputes it from the treebank
// and checks the committed sets; KG_GSD43_WRITE=DIR writes them unannotated.

const (
	gsd43MatchStep = 3  // every 3rd sentence with a capitalized word not at its start
	gsd43OtherStep = 20 // every 20th other sentence
)

// gsd43PriorSets are the UD sets made before gsd43 (the ones its "no other
// set holds" meant).
var gsd43PriorSets = []string{"csui-test.", "csui-train.", "gsd-devtest.", "intl.", "csui-train39.", "csui-test39.", "csui-end39."}

func gsd43Select(t *testing.T, data string) (dev, unseen []intlSentence) {
	t.Helper()
	used := map[string]bool{}
	for _, it := range priorSetItems(t, gsd43PriorSets) {
		used[sourceKey(it.Source)] = true
	}
	var all []intlSentence
	for _, f := range []string{"ud-indonesian-gsd/id_gsd-ud-dev.conllu", "ud-indonesian-gsd/id_gsd-ud-test.conllu"} {
		all = append(all, readConllu(t, filepath.Join(data, f))...)
	}
	var chosen []intlSentence
	take := strides(gsd43MatchStep, gsd43OtherStep)
	for _, s := range all {
		if used[s.file+" "+s.id] {
			continue
		}
		match := false
		for i, w := range intlWords(s.text) {
			if i > 0 && unicode.IsUpper([]rune(w)[0]) {
				match = true
				break
			}
		}
		if take(match) {
			chosen = append(chosen, s)
		}
	}
	dev, unseen = splitUnseen(chosen)
	return dev, unseen
}

// TestGSD43Selection checks that gsd43.dev.jsonl and gsd43.unseen.jsonl hold
// exactly the sentences the rule selects, in order (it needs the treebank of
// KG_SHARED_DATA, default /work/shared/data, and is skipped without it).
func TestGSD43Selection(t *testing.T) {
	data := sharedDataDir(t, "ud-indonesian-gsd")
	dev, unseen := gsd43Select(t, data)
	checkSelection(t, map[string][]selected{"gsd43.dev.jsonl": intlSelected(dev), "gsd43.unseen.jsonl": intlSelected(unseen)}, "KG_GSD43_WRITE")
}
