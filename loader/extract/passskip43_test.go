package extract

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestSentGate checks findMentions's tests of the sentence's flags
// before its rules (sentGate) against calling every rule
// (Extractor.everyRule): each article of the test texts, the devset's
// sentences (UD Indonesian, Wikinews, wire) and the Wikinews articles
// must give the same document both ways. A rule skipped where it would
// have found a mention, dropped one or changed one gives another
// document.
func TestSentGate(t *testing.T) {
	// An extractor of its own: everyRule is switched back and forth, and
	// the shared one of the other tests must never see it set.
	x, err := New(Options{DefaultLang: "en"})
	if err != nil {
		t.Fatal(err)
	}
	var ins []Input
	for _, text := range testTexts(t, 1) {
		for _, p := range x.packList {
			ins = append(ins, Input{Text: text, Lang: p.lang})
		}
	}
	ins = append(ins, gateTexts(t)...)
	for _, text := range gateRuleTexts {
		for _, p := range x.packList {
			ins = append(ins, Input{Text: text, Lang: p.lang})
		}
	}
	docs := 0
	for _, in := range ins {
		x.everyRule = false
		got, gerr := x.Article(context.Background(), in)
		x.everyRule = true
		want, werr := x.Article(context.Background(), in)
		if (gerr == nil) != (werr == nil) {
			t.Fatalf("%.80q: error %v with the gate, %v without", in.Text, gerr, werr)
		}
		if gerr != nil {
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%.200q: the gated rules give another document:\n%+v\nevery rule called:\n%+v", in.Text, got, want)
		}
		docs++
	}
	t.Logf("%d documents", docs)
	if docs < 1000 {
		t.Fatalf("%d documents compared, want 1,000 or more", docs)
	}
}

// gateRuleTexts are sentences of the rules the test texts do not
// exercise (their doc comments' examples): each gated rule finds or
// changes a mention in one of them.
var gateRuleTexts = []string{
	"Polisi memeriksa jenazah Tukiyem di rumahnya. Warga mendatangi kediaman Sudarmaji kemarin.",
	"Istri Presiden Joko Widodo, Iriana, menghadiri acara itu. Putra Sutrisno, Adi Nugroho, hadir.",
	"Melinda French Gates hadir di Jakarta. Hotman Paris Hutapea berbicara kepada wartawan.",
	"Korban adalah Siti Aminah. Orang lainnya ialah Adlai Stevenson.",
	"Polisi menangkap tersangka Salah Abdeslam di Brussel. Saksi melihat pria Omar Mateen.",
	"Lahir di Ambon pada 1975, Johanis Latuconsina memulai karier sebagai wartawan.",
	"Polisi menangkap Budi alias Gendut di Medan. Joni Saputra alias Jon (28) ditahan.",
	"Melinda French Gates visited Jakarta. The victim was Maria Santos. The suspect Salah Abdeslam was arrested.",
	"Pelatihnya adalah Rudi Hartono. Korbannya bernama Tukiyem. Pengacara Hotman Paris Hutapea tiba.",
	// organizations's gated rules (stop 43), ageAppositions, regnalPersons
	"The Senate Foreign Relations Committee met on Monday. Ann Lee of NCWA said the NCWA's Tom Ray agreed.",
	"Obligasi Negara Ritel atau ORI dijual. Hizbut Tahrir Indonesia (HTI) dibubarkan. Kemudian HTI menggugat.",
	"PT Salim Ivomas Pratama (SIMP) melapor. Pusat Studi Kebijakan Nusantara mengkritik. Berjaya Air adalah maskapai penerbangan swasta.",
	"Daniel Montalvo, 19, a student, was hurt. Budi (45), warga Bekasi, ditangkap. Louis XIV dan Frederick II dibahas.",
	// readSentence's gates (stop 43): a headline's bare verbs, a hedge, a denial, a speaker, a stance
	"Rusia Serang Kyiv\n\nChina Kecam Jepang\n\nRusia menyerang Kyiv pada Senin, kata Presiden Ukraina Volodymyr Zelensky.",
	"Russia reportedly attacked Ukraine, officials said. Iran denied attacking Israel. Belarus is an ally of Russia.",
}

// gateTexts returns the sentences of the devset's JSON lines (each with
// its language, or none: detected) and the Wikinews articles of
// testdata/devset/wikinews.
func gateTexts(t *testing.T) []Input {
	t.Helper()
	var ins []Input
	var files []string
	for _, g := range []string{"testdata/devset/*.jsonl", "testdata/devset/ud/*.jsonl", "testdata/devset/wikinews/*.jsonl", "testdata/wikinews/*.jsonl"} {
		fs, err := filepath.Glob(g)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, fs...)
	}
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var it struct{ Text, Lang string }
			if err := json.Unmarshal(sc.Bytes(), &it); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			if it.Text != "" {
				ins = append(ins, Input{Text: it.Text, Lang: it.Lang})
			}
		}
		fh.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	arts, err := filepath.Glob("testdata/devset/wikinews/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range arts {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		ins = append(ins, Input{Text: string(b), Lang: "en"})
	}
	if len(ins) < 1000 || len(arts) == 0 {
		t.Fatalf("%d texts, %d articles: testdata moved?", len(ins), len(arts))
	}
	return ins
}
