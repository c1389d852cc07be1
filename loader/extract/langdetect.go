// Language detection: the packs' own vocabulary first, then trigrams.

package extract

import (
	"encoding/binary"
	"math/bits"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"

	"github.com/geokg/kg/loader/extract/internal/ascii"
)

// detectSample is how much of an article the language detector reads:
// trigram detection is reliable between Indonesian and English on a few
// hundred bytes, and its cost grows with the sample.
const detectSample = 384

// detect returns the ISO 639-1 code of the text's language among those with
// a language pack, or "" when unsure. The function words of each language
// pack decide the clear cases quickly; whatlanggo's trigram detector,
// restricted to the languages we have packs for, decides the rest.
func (x *Extractor) detect(text string) string {
	if l := x.quickLang(text); l != "" {
		return l
	}
	return detectTrigrams(text)
}

// quickLang counts the words each language pack knows (function words,
// trigger forms, reporting verbs) among the first 80 words of text; a
// language with at least 4 of them and 4 times as many as any other wins,
// and in a text of fewer than 12 words, any majority.
func (x *Extractor) quickLang(text string) string {
	var few [4]int // counts per language pack, without allocating for the usual few
	counts := few[:0]
	if len(x.packList) > len(few) {
		counts = make([]int, 0, len(x.packList))
	}
	counts = counts[:len(x.packList)]
	words := 0
	i := 0
	for i < len(text) && words < 80 {
		for i < len(text) && !isASCIILetter(text[i]) {
			i++
		}
		// The word's letters, eight bytes at once where the text goes on
		// that far: a word of under eight letters is read in one step,
		// and lw holds it (the bytes after it masked off: they may be
		// outside ASCII, which ascii.Lower does not take).
		j := i
		var lw uint64
		if i+8 <= len(text) {
			b := text[i : i+8] // one bounds check: the loads below combine into one
			lw = uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
				uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
			k := bits.TrailingZeros64(^letterBytes(lw)&ascii.Msb) / 8
			j += k
			if k < 8 {
				lw &= 1<<(8*uint(k)) - 1
			}
		}
		for j < len(text) && isASCIILetter(text[j]) {
			j++
		}
		if j == i {
			break
		}
		if n := j - i; n <= 8 {
			// The word in lower case, looked up as the tokenizer does
			// (getSpan), without a byte loop.
			var buf [8]byte
			if i+8 <= len(text) {
				binary.LittleEndian.PutUint64(buf[:], ascii.Lower(lw))
			} else {
				for k := 0; k < n; k++ {
					c := text[i+k]
					if c >= 'A' && c <= 'Z' {
						c += 'a' - 'A'
					}
					buf[k] = c
				}
			}
			if found := getSpan(x.vocabT, buf[:], 0, n); found != 0 {
				for k := range x.packList {
					if found&(1<<k) != 0 {
						counts[k]++
					}
				}
			}
		}
		words++
		i = j
	}
	best, second := -1, 0
	for k, c := range counts {
		if best < 0 || c > counts[best] {
			if best >= 0 {
				second = max(second, counts[best])
			}
			best = k
		} else {
			second = max(second, c)
		}
	}
	if best >= 0 && counts[best] >= 4 && counts[best] >= 4*second {
		return x.packList[best].lang
	}
	// Short texts, where trigram statistics say little: any clear majority.
	if words < 12 && best >= 0 && counts[best] > second {
		return x.packList[best].lang
	}
	return ""
}

// letterBytes returns, for eight bytes x (little endian), 0x80 in each
// that isASCIILetter and 0 in the others: the range test of
// ascii.WordBytes on the bytes without their top bit (so that no sum
// carries into the next byte), less the bytes that had it.
func letterBytes(x uint64) uint64 {
	lower := x&^ascii.Msb | 0x20*ascii.Lsb
	letters := (lower + (0x80-'a')*ascii.Lsb) &^ (lower + (0x80-'z'-1)*ascii.Lsb)
	return letters & ascii.Msb &^ x
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func detectTrigrams(text string) string {
	sample := text
	if len(sample) > detectSample {
		cut := detectSample
		for cut > 0 && !utf8.RuneStart(sample[cut]) {
			cut--
		}
		sample = sample[:cut]
	}
	info := whatlanggo.DetectWithOptions(sample, whatlanggo.Options{Whitelist: map[whatlanggo.Lang]bool{whatlanggo.Eng: true, whatlanggo.Ind: true}})
	if !info.IsReliable() {
		return ""
	}
	switch info.Lang {
	case whatlanggo.Ind:
		return "id"
	case whatlanggo.Eng:
		return "en"
	}
	return ""
}
