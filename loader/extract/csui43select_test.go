package extract

import (
	"bufio"
	"encoding/json"
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
	sets, _ := filepath.Glob("testdata/devset/ud/*.jsonl")
	for _, p := range sets {
		prior := false
		for _, s := range csui43PriorSets {
			prior = prior || strings.HasPrefix(filepath.Base(p), s)
		}
		if !prior {
			continue
		}
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
			var it actorItem
			if err := json.Unmarshal([]byte(l), &it); err != nil {
				t.Fatal(err)
			}
			used[it.Text] = true
		}
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
	n := 0
	for i, s := range pool {
		if !take[i] {
			continue
		}
		if s.capital {
			nCapital++
		}
		if n%4 == 3 {
			unseen = append(unseen, s)
		} else {
			dev = append(dev, s)
		}
		n++
	}
	return dev, unseen, nCapital
}

func csui43Source(s csui43Sentence) string {
	return "UD_Indonesian-CSUI " + s.file + " " + s.id
}

// TestCSUI43Selection checks that csui43.dev.jsonl and csui43.unseen.jsonl
// hold exactly the sentences the rule selects, in order (skipped without the
// treebank in KG_SHARED_DATA).
func TestCSUI43Selection(t *testing.T) {
	data := os.Getenv("KG_SHARED_DATA")
	if data == "" {
		data = "/work/shared/data"
	}
	if _, err := os.Stat(filepath.Join(data, "ud-indonesian-csui")); err != nil {
		t.Skipf("no treebank in %s (set KG_SHARED_DATA)", data)
	}
	dev, unseen, nCapital := csui43Select(t, data)
	t.Logf("csui43: %d dev, %d unseen, %d with a capitalized word after the first", len(dev), len(unseen), nCapital)
	sets := map[string][]csui43Sentence{"csui43.dev.jsonl": dev, "csui43.unseen.jsonl": unseen}
	if dir := os.Getenv("KG_CSUI43_WRITE"); dir != "" {
		for name, set := range sets {
			var b strings.Builder
			for _, s := range set {
				j, _ := json.Marshal(map[string]any{"text": s.text, "lang": "id", "source": csui43Source(s), "actors": []any{}})
				b.Write(j)
				b.WriteByte('\n')
			}
			if err := os.WriteFile(filepath.Join(dir, name), []byte(b.String()), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return
	}
	for name, set := range sets {
		b, err := os.ReadFile(filepath.Join("testdata/devset/ud", name))
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(string(b)), "\n")
		if len(lines) != len(set) {
			t.Fatalf("%s: %d sentences, the rule selects %d", name, len(lines), len(set))
		}
		for i, l := range lines {
			var it actorItem
			if err := json.Unmarshal([]byte(l), &it); err != nil {
				t.Fatal(err)
			}
			if it.Source != csui43Source(set[i]) || it.Text != set[i].text {
				t.Errorf("%s:%d: %q (%s), the rule selects %q (%s)", name, i+1, it.Text, it.Source, set[i].text, csui43Source(set[i]))
			}
		}
	}
}
