package gazetteer

import (
	"math/rand"
	"testing"
	"unicode/utf8"
)

// TestAppendFoldPrefix checks that AppendFold folds only what it appends,
// after a prefix of any length (its eight-byte loop indexes the appended
// part, not dst), the same as Fold.
func TestAppendFoldPrefix(t *testing.T) {
	rng := rand.New(rand.NewSource(42))
	alpha := []rune("aAzZ09 _-.ÀéÜİΩ")
	for n := 0; n < 20000; n++ {
		var pre, b []byte
		for i := rng.Intn(12); i > 0; i-- {
			pre = append(pre, "QWE rty"[rng.Intn(7)])
		}
		for i := rng.Intn(40); i > 0; i-- {
			b = utf8.AppendRune(b, alpha[rng.Intn(len(alpha))])
		}
		got := string(AppendFold(append([]byte(nil), pre...), string(b)))
		if want := string(pre) + Fold(string(b)); got != want {
			t.Fatalf("AppendFold(%q, %q) = %q, want %q", pre, b, got, want)
		}
	}
}
