// Language detection: the packs' own vocabulary first, then trigrams.

package extract

import (
	"encoding/binary"
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
		j := i
		for j < len(text) && isASCIILetter(text[j]) {
			j++
		}
		if j == i {
			break
		}
		w := text[i:j]
		if len(w) <= 8 {
			// The word in lower case, eight bytes at once where the text
			// goes on that far (the bytes after it masked off: they may
			// be outside ASCII, which ascii.Lower does not take), looked
			// up as the tokenizer does (getSpan), without a byte loop.
			var buf [8]byte
			if i+8 <= len(text) {
				b := text[i : i+8] // one bounds check: the loads below combine into one
				v := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
					uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
				binary.LittleEndian.PutUint64(buf[:], ascii.Lower(v&(1<<(8*uint(len(w)))-1)))
			} else {
				for k := 0; k < len(w); k++ {
					c := w[k]
					if c >= 'A' && c <= 'Z' {
						c += 'a' - 'A'
					}
					buf[k] = c
				}
			}
			if bits := getSpan(x.vocabT, buf[:], 0, len(w)); bits != 0 {
				for k := range x.packList {
					if bits&(1<<k) != 0 {
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
