package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
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

// gsd43PriorSet reports whether the set file base was one of the UD sets
// made before gsd43 (the ones its "no other set holds" meant).
func gsd43PriorSet(base string) bool {
	for _, p := range []string{"csui-test.", "csui-train.", "gsd-devtest.", "intl.", "csui-train39.", "csui-test39.", "csui-end39."} {
		if strings.HasPrefix(base, p) {
			return true
		}
	}
	return false
}

func gsd43Select(t *testing.T, data string) (dev, unseen []intlSentence) {
	t.Helper()
	used := map[string]bool{}
	sets, _ := filepath.Glob("testdata/devset/ud/*.jsonl")
	for _, p := range sets {
		if !gsd43PriorSet(filepath.Base(p)) {
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
			f := strings.Fields(it.Source)
			used[f[len(f)-2]+" "+f[len(f)-1]] = true
		}
	}
	var all []intlSentence
	for _, f := range []string{"ud-indonesian-gsd/id_gsd-ud-dev.conllu", "ud-indonesian-gsd/id_gsd-ud-test.conllu"} {
		all = append(all, readConllu(t, filepath.Join(data, f))...)
	}
	var chosen []intlSentence
	var nMatch, nOther int
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
		if match {
			if nMatch%gsd43MatchStep == 0 {
				chosen = append(chosen, s)
			}
			nMatch++
			continue
		}
		if nOther%gsd43OtherStep == 0 {
			chosen = append(chosen, s)
		}
		nOther++
	}
	for i, s := range chosen {
		if i%4 == 3 {
			unseen = append(unseen, s)
		} else {
			dev = append(dev, s)
		}
	}
	return dev, unseen
}

// TestGSD43Selection checks that gsd43.dev.jsonl and gsd43.unseen.jsonl hold
// exactly the sentences the rule selects, in order (it needs the treebank of
// KG_SHARED_DATA, default /work/shared/data, and is skipped without it).
func TestGSD43Selection(t *testing.T) {
	data := os.Getenv("KG_SHARED_DATA")
	if data == "" {
		data = "/work/shared/data"
	}
	if _, err := os.Stat(filepath.Join(data, "ud-indonesian-gsd")); err != nil {
		t.Skipf("no treebank in %s (set KG_SHARED_DATA)", data)
	}
	dev, unseen := gsd43Select(t, data)
	sets := map[string][]intlSentence{"gsd43.dev.jsonl": dev, "gsd43.unseen.jsonl": unseen}
	if dir := os.Getenv("KG_GSD43_WRITE"); dir != "" {
		for name, set := range sets {
			var b strings.Builder
			for _, s := range set {
				j, _ := json.Marshal(map[string]any{"text": s.text, "lang": "id", "source": intlSource(s), "actors": []any{}})
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
			if it.Source != intlSource(set[i]) || it.Text != set[i].text {
				t.Errorf("%s:%d: %q (%s), the rule selects %q (%s)", name, i+1, it.Text, it.Source, set[i].text, intlSource(set[i]))
			}
		}
	}
}
