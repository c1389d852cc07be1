package ascii

import (
	"math/rand"
	"testing"
	"unicode"
)

func word(c byte) bool { return unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c)) || c == '_' }

func TestIsWord(t *testing.T) {
	for c := 0; c < 128; c++ {
		if IsWord(byte(c)) != word(byte(c)) {
			t.Errorf("IsWord(%q) = %v", byte(c), !word(byte(c)))
		}
	}
}

// TestWordBytesLower checks every byte value in every position, and random
// mixes, against the byte-by-byte definitions.
func TestWordBytesLower(t *testing.T) {
	check := func(b [8]byte) {
		var x uint64
		for k := 7; k >= 0; k-- {
			x = x<<8 | uint64(b[k])
		}
		w, l, a := WordBytes(x), Lower(x), LowerAlnumBytes(x)
		for k := 0; k < 8; k++ {
			if got, c := a>>(8*k+7)&1 == 1, b[k]; got != ('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
				t.Fatalf("LowerAlnumBytes(%q): byte %d is %v", b, k, got)
			}
			if got := w>>(8*k+7)&1 == 1; got != word(b[k]) {
				t.Fatalf("WordBytes(%q): byte %d is %v", b, k, got)
			}
			want := b[k]
			if 'A' <= want && want <= 'Z' {
				want += 'a' - 'A'
			}
			if got := byte(l >> (8 * k)); got != want {
				t.Fatalf("Lower(%q): byte %d is %q", b, k, got)
			}
		}
	}
	for c := 0; c < 128; c++ {
		for k := 0; k < 8; k++ {
			b := [8]byte{'a', '_', ' ', 'Z', '0', '^', '`', '@'}
			b[k] = byte(c)
			check(b)
		}
	}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 100000; n++ {
		var b [8]byte
		for k := range b {
			b[k] = byte(rng.Intn(128))
		}
		check(b)
	}
}
