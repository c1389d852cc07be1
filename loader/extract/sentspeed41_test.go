package extract

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"
)

// TestLetterBytes compares letterBytes with isASCIILetter for every byte
// value at every position among other bytes.
func TestLetterBytes(t *testing.T) {
	rng := rand.New(rand.NewSource(41))
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 8; pos++ {
			for k := 0; k < 20; k++ {
				var b [8]byte
				for i := range b {
					b[i] = byte(rng.Intn(256))
				}
				b[pos] = byte(c)
				var x uint64
				for i := range b {
					x |= uint64(b[i]) << (8 * i)
				}
				got := letterBytes(x)
				for i := range b {
					if want := isASCIILetter(b[i]); (got>>(8*i+7)&1 != 0) != want || got>>(8*i)&0x7f != 0 {
						t.Fatalf("letterBytes(%#x) = %#x: byte %d (%#x) wrong", x, got, i, b[i])
					}
				}
			}
		}
	}
}

// TestQuickLangWords compares quickLang, whose words are read eight bytes
// at a time, with quickLangReference (fastpath_test.go) on the
// benchmark's articles, their beginnings and ends (words that meet the end
// of the text), and random texts of vocabulary words in three cases,
// letters, digits and bytes outside ASCII.
func TestQuickLangWords(t *testing.T) {
	x := extractor(t)
	var texts []string
	for _, a := range benchCorpus(t, 60) {
		texts = append(texts, a.Text)
		for _, n := range []int{1, 5, 9, 17, 40, 120} {
			texts = append(texts, a.Text[:min(n, len(a.Text))], a.Text[len(a.Text)-min(n, len(a.Text)):])
		}
	}
	var vocab []string
	for w := range x.vocab {
		vocab = append(vocab, w)
	}
	rng := rand.New(rand.NewSource(7))
	seps := []string{" ", "  ", ", ", ". ", "\n", "-", "’", "é", "1", "_", "\t"}
	for k := 0; k < 4000; k++ {
		var b strings.Builder
		for n := rng.Intn(100); n > 0; n-- {
			switch r := rng.Intn(10); {
			case r < 6:
				w := vocab[rng.Intn(len(vocab))]
				if r == 1 {
					w = strings.ToUpper(w)
				} else if r == 2 && w != "" {
					w = strings.ToUpper(w[:1]) + w[1:]
				}
				b.WriteString(w)
			default:
				for m := rng.Intn(12); m >= 0; m-- {
					b.WriteByte(byte('a' + rng.Intn(26)))
				}
			}
			b.WriteString(seps[rng.Intn(len(seps))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		if got, want := x.quickLang(s), x.quickLangReference(s); got != want {
			t.Fatalf("quickLang(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestIsRegexpSpace compares isRegexpSpace (datelineCut) with \s of
// package regexp for every byte.
func TestIsRegexpSpace(t *testing.T) {
	re := regexp.MustCompile(`^\s$`)
	for c := 0; c < 256; c++ {
		if got, want := isRegexpSpace(byte(c)), re.MatchString(string([]byte{byte(c)})); got != want {
			t.Fatalf("isRegexpSpace(%#x) = %v, want %v", c, got, want)
		}
	}
}
