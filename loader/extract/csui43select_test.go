package extract

import (
	"path/filepath"
	"testing"
)

// The selection rule of testdata/devset/ud/csui43.*.jsonl (testdata/README.md):
// the sentences of the UD Indonesian CSUI files that no earlier UD set holds.
// Of those, sentences in which a word other than the first starts with an
// upper-case letter (words: the FORM column of word lines, multiword ranges
// skipped, tokens without a letter or digit not words) come first, then the
// others, up to csui43Max; the chosen sentences are kept in file order (test
// file, then train file) and every 4th is unseen. TestCSUI43Selection
// recomputes it from KG_SHARED_DATA (default /work/shared/data) and checks
// the committed sets; KG_CSUI43_WRITE=DIR writes the unannotated sets there.

const csui43Max = 200

// csui43PriorSets are the UD sets made before csui43, whose sentences it skips.
var csui43PriorSets = []string{"csui-test.", "csui-train.", "gsd-devtest.", "intl.", "csui-train39.", "csui-test39.", "csui-end39."}

func csui43Select(t *testing.T, data string) (dev, unseen []intlSentence, nCapital int) {
	t.Helper()
	used := map[string]bool{}
	for _, it := range priorSetItems(t, csui43PriorSets) {
		used[it.Text] = true
	}
	var pool []intlSentence
	for _, f := range []string{"id_csui-ud-test.conllu", "id_csui-ud-train.conllu"} {
		for _, s := range readConllu(t, filepath.Join(data, "ud-indonesian-csui", f)) {
			if !used[s.text] {
				pool = append(pool, s)
			}
		}
	}
	take := map[int]bool{}
	for _, capital := range []bool{true, false} {
		for i, s := range pool {
			if s.capital == capital && len(take) < csui43Max {
				take[i] = true
			}
		}
	}
	var chosen []intlSentence
	for i, s := range pool {
		if !take[i] {
			continue
		}
		if s.capital {
			nCapital++
		}
		chosen = append(chosen, s)
	}
	dev, unseen = splitUnseen(chosen)
	return dev, unseen, nCapital
}

// TestCSUI43Selection checks that csui43.dev.jsonl and csui43.unseen.jsonl
// hold exactly the sentences the rule selects, in order (skipped without the
// treebank in KG_SHARED_DATA).
func TestCSUI43Selection(t *testing.T) {
	data := sharedDataDir(t, "ud-indonesian-csui")
	dev, unseen, nCapital := csui43Select(t, data)
	t.Logf("csui43: %d dev, %d unseen, %d with a capitalized word after the first", len(dev), len(unseen), nCapital)
	checkSelection(t, map[string][]selected{"csui43.dev.jsonl": intlSelected(dev), "csui43.unseen.jsonl": intlSelected(unseen)}, "KG_CSUI43_WRITE")
}
