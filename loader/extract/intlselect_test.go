package extract

import (
	"bufio"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// The selection rule of testdata/devset/ud/intl.*.jsonl (testdata/README.md):
// sentences of the UD Indonesian CSUI and GSD files that no other UD set
// holds, chosen for the words of international news. TestIntlSelection
// recomputes it from the treebanks and checks the committed sets against
// it; KG_INTL_WRITE=DIR writes the unannotated sets there instead.

// intlExtraWords are the state names and short forms news writes besides
// the names of country.id.csv (matched case-sensitively, as whole words).
var intlExtraWords = []string{
	"Amerika", "AS", "A.S.", "Rusia", "China", "Cina", "Inggris", "Britania",
	"Korea", "Korut", "Korsel", "Arab", "Saudi", "Eropa", "Afrika", "Palestina",
	"Myanmar", "Burma", "Soviet", "Perancis", "Kongo", "Emirat", "Taiwan",
	"Hong Kong", "Gaza", "Israel", "Yahudi",
}

// intlCueWords are words of international politics (matched without case,
// as whole words or word sequences).
var intlCueWords = []string{
	"presiden", "perdana menteri", "pm", "menteri luar negeri", "menlu",
	"menteri pertahanan", "luar negeri", "pbb", "nato", "asean", "uni eropa",
	"kedutaan", "kedubes", "duta besar", "dubes", "diplomat", "diplomatik",
	"diplomasi", "militer", "tentara", "perang", "pasukan", "sanksi",
	"bilateral", "senat", "parlemen", "kongres", "kementerian", "mahkamah",
	"angkatan",
}

// intlSkipCountry are the country.id.csv rows left out: the home state.
var intlSkipCountry = map[string]bool{"ID": true}

// intlSentence is a treebank sentence: its file, sent_id and text, and
// whether a word other than its first (the FORM column of word lines,
// multiword ranges and empty nodes skipped, tokens without a letter or
// digit not words) starts with an upper-case letter (csui43's rule).
type intlSentence struct {
	file, id, text string
	capital        bool
}

func readConllu(t *testing.T, path string) []intlSentence {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []intlSentence
	var cur intlSentence
	nWords := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		l := sc.Text()
		switch {
		case strings.HasPrefix(l, "# sent_id = "):
			cur = intlSentence{file: filepath.Base(path), id: strings.TrimPrefix(l, "# sent_id = ")}
			nWords = 0
		case strings.HasPrefix(l, "# text = "):
			cur.text = strings.TrimPrefix(l, "# text = ")
		case l == "" && cur.id != "":
			out = append(out, cur)
			cur = intlSentence{}
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

// intlWords splits a sentence into words: runs of letters, digits and
// dots inside a word (A.S.), trailing dots of a single-letter-dot form kept.
func intlWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(r == '.' || r == '-' || r == '\'' || r == '’' || r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r > 127)
	})
}

// hasSeq reports whether the words hold the sequence seq (words compared
// after trimming trailing dots, except for a dotted abbreviation).
func hasSeq(words []string, seq []string, fold bool) bool {
	for i := 0; i+len(seq) <= len(words); i++ {
		ok := true
		for j, s := range seq {
			w := words[i+j]
			if !strings.Contains(s, ".") {
				w = strings.TrimRight(w, ".")
			}
			if fold {
				w = strings.ToLower(w)
			}
			if w != s {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// intlPriorSets are the UD sets that the intl rule's "no other UD set
// holds" meant: those made before it.
var intlPriorSets = []string{"csui-test.", "csui-train.", "gsd-devtest."}

func intlSelect(t *testing.T, data string) (dev, unseen []intlSentence) {
	t.Helper()
	used := map[string]bool{}
	for _, it := range priorSetItems(t, intlPriorSets) {
		used[sourceKey(it.Source)] = true // the intl set itself, and sets made after it, which its rule did not see, are not read
	}
	cf, err := os.Open(filepath.Join(data, "country-names/country.id.csv"))
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(cf).ReadAll()
	cf.Close()
	if err != nil {
		t.Fatal(err)
	}
	var names [][]string
	for _, r := range rows[1:] {
		if !intlSkipCountry[r[0]] {
			names = append(names, strings.Fields(r[1]))
		}
	}
	for _, w := range intlExtraWords {
		names = append(names, strings.Fields(w))
	}
	var cues [][]string
	for _, w := range intlCueWords {
		cues = append(cues, strings.Fields(w))
	}
	var all []intlSentence
	for _, f := range []string{"ud-indonesian-csui/id_csui-ud-test.conllu", "ud-indonesian-csui/id_csui-ud-train.conllu", "ud-indonesian-gsd/id_gsd-ud-dev.conllu", "ud-indonesian-gsd/id_gsd-ud-test.conllu"} {
		all = append(all, readConllu(t, filepath.Join(data, f))...)
	}
	var chosen []intlSentence
	take := strides(intlMatchStep, intlOtherStep)
	for _, s := range all {
		if used[s.file+" "+s.id] {
			continue
		}
		words := intlWords(s.text)
		match := false
		for _, n := range names {
			if hasSeq(words, n, false) {
				match = true
				break
			}
		}
		for _, c := range cues {
			if match {
				break
			}
			match = hasSeq(words, c, true)
		}
		if take(match) {
			chosen = append(chosen, s)
		}
	}
	dev, unseen = splitUnseen(chosen)
	return dev, unseen
}

const (
	intlMatchStep = 2  // every 2nd sentence with a state name or a cue word
	intlOtherStep = 20 // every 20th other sentence
)

func intlSource(s intlSentence) string {
	tb := "UD_Indonesian-CSUI"
	if strings.HasPrefix(s.file, "id_gsd") {
		tb = "UD_Indonesian-GSD"
	}
	return tb + " " + s.file + " " + s.id
}

// TestIntlSelection checks that intl.dev.jsonl and intl.unseen.jsonl hold
// exactly the sentences the rule selects, in order (it needs the treebanks
// of KG_SHARED_DATA, default /work/shared/data, and is skipped without them).
func TestIntlSelection(t *testing.T) {
	data := sharedDataDir(t, "ud-indonesian-gsd")
	dev, unseen := intlSelect(t, data)
	checkSelection(t, map[string][]selected{"intl.dev.jsonl": intlSelected(dev), "intl.unseen.jsonl": intlSelected(unseen)}, "KG_INTL_WRITE")
}

// intlSelected gives the texts and sources of sentences chosen from the
// treebanks.
func intlSelected(set []intlSentence) []selected {
	var out []selected
	for _, s := range set {
		out = append(out, selected{s.text, intlSource(s)})
	}
	return out
}
