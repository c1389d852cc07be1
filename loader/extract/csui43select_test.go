package extract

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
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

type csui43Sentence struct {
	file, id, text string
	capital        bool // a word other than the first starts with an upper-case letter
}

func readConlluWords(t *testing.T, path string) []csui43Sentence {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []csui43Sentence
	var cur csui43Sentence
	nWords := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		l := sc.Text()
		switch {
		case strings.HasPrefix(l, "# sent_id = "):
			cur = csui43Sentence{file: filepath.Base(path), id: strings.TrimPrefix(l, "# sent_id = ")}
			nWords = 0
		case strings.HasPrefix(l, "# text = "):
			cur.text = strings.TrimPrefix(l, "# text = ")
		case l == "" && cur.id != "":
			out = append(out, cur)
			cur = csui43Sentence{}
		case l != "" && !strings.HasPrefix(l, "#"):
			c := strings.Split(l, "\t")
			if len(c) < 2 || strings.ContainsAny(c[0], "-.") {
				continue // multiword range or empty node
			}
			if strings.IndexFunc(c[1], func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
				continue // not a word
			}
			if nWords > 0 && unicode.IsUpper([]rune(c[1])[0]) {
				cur.capital = true
			}
			nWords++
		}
	}
	if cur.id != "" {
		out = append(out, cur)
	}
	return out
}

func csui43Select(t *testing.T, data string) (dev, unseen []csui43Sentence, nCapital int) {
	t.Helper()
	used := map[string]bool{}
	for _, it := range priorSetItems(t, csui43PriorSets) {
		used[it.Text] = true
	}
	var pool []csui43Sentence
	for _, f := range []string{"id_csui-ud-test.conllu", "id_csui-ud-train.conllu"} {
		for _, s := range readConlluWords(t, filepath.Join(data, "ud-indonesian-csui", f)) {
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
	var chosen []csui43Sentence
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

func csui43Source(s csui43Sentence) string {
	return "UD_Indonesian-CSUI " + s.file + " " + s.id
}

// TestCSUI43Selection checks that csui43.dev.jsonl and csui43.unseen.jsonl
// hold exactly the sentences the rule selects, in order (skipped without the
// treebank in KG_SHARED_DATA).
func TestCSUI43Selection(t *testing.T) {
	data := sharedDataDir(t, "ud-indonesian-csui")
	dev, unseen, nCapital := csui43Select(t, data)
	t.Logf("csui43: %d dev, %d unseen, %d with a capitalized word after the first", len(dev), len(unseen), nCapital)
	sel := func(set []csui43Sentence) []selected {
		var out []selected
		for _, s := range set {
			out = append(out, selected{s.text, csui43Source(s)})
		}
		return out
	}
	checkSelection(t, map[string][]selected{"csui43.dev.jsonl": sel(dev), "csui43.unseen.jsonl": sel(unseen)}, "KG_CSUI43_WRITE")
}
