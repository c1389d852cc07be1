package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The helpers the UD dev sets' selection tests share (TestIntlSelection,
// TestGSD43Selection, TestCSUI43Selection): each set is chosen from the
// treebanks by a rule its test recomputes, and the committed files must
// hold exactly what the rule selects, in order.

// sharedDataDir returns KG_SHARED_DATA (default /work/shared/data), and
// skips the test when its sub folder (a treebank) is not there: a clone
// has no ../shared, and the committed sets are then checked only by their
// scores.
func sharedDataDir(t *testing.T, sub string) string {
	t.Helper()
	data := os.Getenv("KG_SHARED_DATA")
	if data == "" {
		data = "/work/shared/data"
	}
	if _, err := os.Stat(filepath.Join(data, sub)); err != nil {
		t.Skipf("no treebank in %s (set KG_SHARED_DATA)", data)
	}
	return data
}

// priorSetItems returns the records of the UD sets whose file names begin
// with one of prefixes: the sets made before a new one, whose sentences
// its rule skips.
func priorSetItems(t *testing.T, prefixes []string) []actorItem {
	t.Helper()
	var items []actorItem
	sets, _ := filepath.Glob("testdata/devset/ud/*.jsonl")
	for _, p := range sets {
		prior := false
		for _, pre := range prefixes {
			prior = prior || strings.HasPrefix(filepath.Base(p), pre)
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
				t.Fatalf("%s: %v", p, err)
			}
			items = append(items, it)
		}
	}
	return items
}

// sourceKey is the treebank file and sent_id a record's source ends with
// ("UD_Indonesian-GSD id_gsd-ud-dev.conllu dev-s12": "id_gsd-ud-dev.conllu
// dev-s12").
func sourceKey(source string) string {
	f := strings.Fields(source)
	return f[len(f)-2] + " " + f[len(f)-1]
}

// strides returns the sampling of a selection rule that takes every
// matchStep-th sentence that matches (the 1st, the matchStep+1-th, …) and
// every otherStep-th of the others, each counted on its own: called once
// a sentence in order, it reports whether that sentence is taken.
func strides(matchStep, otherStep int) func(match bool) bool {
	var nMatch, nOther int
	return func(match bool) bool {
		if match {
			nMatch++
			return (nMatch-1)%matchStep == 0
		}
		nOther++
		return (nOther-1)%otherStep == 0
	}
}

// splitUnseen puts every 4th chosen sentence (the 4th, 8th, …) in unseen
// and the others in dev, in order.
func splitUnseen[S any](chosen []S) (dev, unseen []S) {
	for i, s := range chosen {
		if i%4 == 3 {
			unseen = append(unseen, s)
		} else {
			dev = append(dev, s)
		}
	}
	return dev, unseen
}

// selected is a sentence a selection rule chose: its text and the source
// its record must give.
type selected struct{ text, source string }

// checkSelection compares the committed sets (file name → what the rule
// selects) with the rule, or, when the environment variable writeEnv names
// a folder, writes the sets there unannotated instead (how a new set's
// files were first made, to be annotated before the extractor runs).
func checkSelection(t *testing.T, sets map[string][]selected, writeEnv string) {
	t.Helper()
	if dir := os.Getenv(writeEnv); dir != "" {
		for name, set := range sets {
			var b strings.Builder
			for _, s := range set {
				j, _ := json.Marshal(map[string]any{"text": s.text, "lang": "id", "source": s.source, "actors": []any{}})
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
			if it.Source != set[i].source || it.Text != set[i].text {
				t.Errorf("%s:%d: %q (%s), the rule selects %q (%s)", name, i+1, it.Text, it.Source, set[i].text, set[i].source)
			}
		}
	}
}
