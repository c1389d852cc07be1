// Morphology: Indonesian meN-/di-/-kan verb forms and a light stemmer,
// English verb forms and plurals, used to expand triggers and to tell
// ordinary words from names.

package extract

import (
	"strings"
)

type variant struct {
	word    string
	nominal bool
	passive bool
	pp      bool
	part    bool
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// meN applies the Indonesian active prefix meN- with its nasal assimilation:
// p→m, t→n, k→ng, s→ny drop the initial consonant unless it starts a cluster.
func meN(root string) string {
	if root == "" {
		return root
	}
	if strings.HasPrefix(root, "per") {
		return "mem" + root
	}
	cluster := len(root) > 1 && !isVowel(root[1])
	vowels := 0
	for i := 0; i < len(root); i++ {
		if isVowel(root[i]) {
			vowels++
		}
	}
	if vowels == 1 {
		return "menge" + root
	}
	switch c := root[0]; {
	case isVowel(c) || c == 'g' || c == 'h':
		return "meng" + root
	case c == 'k':
		if cluster {
			return "meng" + root
		}
		return "meng" + root[1:]
	case c == 'p':
		if cluster {
			return "mem" + root
		}
		return "mem" + root[1:]
	case c == 'b' || c == 'f' || c == 'v':
		return "mem" + root
	case c == 't':
		if cluster {
			return "men" + root
		}
		return "men" + root[1:]
	case c == 's':
		if cluster {
			return "men" + root
		}
		return "meny" + root[1:]
	case c == 'c' || c == 'd' || c == 'j' || c == 'z':
		return "men" + root
	default: // l, m, n, r, w, y
		return "me" + root
	}
}

// idVerb expands an Indonesian verb root into its affixed forms.
func idVerb(root string) []variant {
	root = strings.ToLower(root)
	act := meN(root)
	ber := "ber" + root
	if strings.HasPrefix(root, "r") || strings.HasPrefix(root, "ber") {
		ber = "be" + root
	}
	if strings.HasPrefix(root, "ber") {
		ber = root
	}
	out := []variant{
		{word: act}, {word: act + "kan"}, {word: act + "i"}, {word: ber},
		{word: "di" + root, passive: true}, {word: "di" + root + "kan", passive: true}, {word: "di" + root + "i", passive: true},
		{word: "ter" + root, passive: true},
	}
	if strings.HasPrefix(root, "per") {
		out = append(out, variant{word: "di" + root, passive: true})
	}
	return out
}

// enVerb expands an English verb ("sell/sold/sold" gives its irregular past
// and participle) into its inflections.
//
// A part "!s" drops the -s form, for verbs whose -s form is usually a
// plural noun ("v:target/targeted/targeted/!s": "Houthi targets").
func enVerb(spec string) []variant {
	parts := strings.Split(strings.ToLower(spec), "/")
	noS := false
	for i := 0; i < len(parts); i++ {
		if parts[i] == "!s" {
			noS = true
			parts = append(parts[:i], parts[i+1:]...)
			i--
		}
	}
	l := parts[0]
	var s, ed, ing string
	switch {
	case strings.HasSuffix(l, "e"):
		s, ed, ing = l+"s", l+"d", l[:len(l)-1]+"ing"
	case strings.HasSuffix(l, "y") && len(l) > 1 && !isVowel(l[len(l)-2]):
		s, ed, ing = l[:len(l)-1]+"ies", l[:len(l)-1]+"ied", l+"ing"
	case strings.HasSuffix(l, "s") || strings.HasSuffix(l, "sh") || strings.HasSuffix(l, "ch") || strings.HasSuffix(l, "x") || strings.HasSuffix(l, "z"):
		s, ed, ing = l+"es", l+"ed", l+"ing"
	default:
		s, ed, ing = l+"s", l+"ed", l+"ing"
	}
	past, pp := ed, ed
	if len(parts) > 1 {
		past = parts[1]
		pp = past
	}
	if len(parts) > 2 {
		pp = parts[2]
	}
	out := []variant{{word: l, pp: l == pp}, {word: s}, {word: ing, part: true}, {word: past, pp: past == pp, part: true}}
	if noS {
		out = append(out[:1], out[2:]...)
	}
	if pp != past {
		out = append(out, variant{word: pp, pp: true, part: true})
	}
	// Doubled final consonant (ban → banned), harmless where it does not apply.
	if n := len(l); len(parts) == 1 && n >= 3 && !isVowel(l[n-1]) && isVowel(l[n-2]) && !isVowel(l[n-3]) && !strings.ContainsRune("wxy", rune(l[n-1])) {
		out = append(out, variant{word: l + l[n-1:] + "ed", pp: true, part: true}, variant{word: l + l[n-1:] + "ing", part: true})
	}
	return out
}

func enPlural(w string) []string {
	switch {
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "x"):
		return []string{w + "es"}
	case strings.HasSuffix(w, "y") && len(w) > 1 && !isVowel(w[len(w)-2]):
		return []string{w[:len(w)-1] + "ies"}
	}
	return []string{w + "s"}
}

// idPrefixes and idSuffixes are the Indonesian affixes a light stemmer
// strips to find the root of a derived word ("perekonomian" → "ekonomi").
var (
	idPrefixes = []string{"memper", "mempel", "pember", "penge", "peng", "peny", "pem", "pen", "per", "pe", "meng", "meny", "mem", "men", "me", "ber", "ter", "ke", "di", "se"}
	idSuffixes = []string{"kan", "an", "i", "nya"}
)

// isCommonWord reports whether a word is an ordinary word of the language:
// in the common list, or (Indonesian) derived from a root in it by one
// prefix and/or one suffix, the root being four letters or more.
func (p *pack) isCommonWord(low string) bool {
	return p.common[low] || p.derivedCommon(low)
}

// possessiveWord reports whether low is an ordinary Indonesian word
// with the possessive clitic -nya ("negerinya", "pertahanannya"): a word
// of no name, which refers to something named before ("Rusia, melalui
// Kementerian Pertahanannya"). "Kenya" is none: "ke" is no root.
func (p *pack) possessiveWord(low string) bool {
	r, ok := strings.CutSuffix(low, "nya")
	return ok && p.lang == "id" && len(r) >= 4 && p.isCommonWord(r)
}

// derivedCommon is the second half of isCommonWord: low derived from a
// root in the common list.
func (p *pack) derivedCommon(low string) bool {
	if len(p.common) == 0 || p.lang != "id" || len(low) < 6 {
		return false
	}
	// The suffix -i alone, without a prefix, is rare on a capitalized
	// word and frequent at the end of names ("Vitali", "Hamadi").
	try := func(w string, prefixed bool) bool {
		if len(w) >= 4 && p.common[w] {
			return true
		}
		for _, s := range idSuffixes {
			if s == "i" && !prefixed {
				continue
			}
			if r, ok := strings.CutSuffix(w, s); ok && len(r) >= 4 && p.common[r] {
				return true
			}
		}
		return false
	}
	if try(low, false) {
		return true
	}
	for _, pre := range idPrefixes {
		if r, ok := strings.CutPrefix(low, pre); ok && (try(r, true) || len(r) > 0 && try(nasalRoot(pre, r), true)) {
			return true
		}
	}
	return false
}

// nasalRoot restores the first consonant that the nasal prefixes meN- and
// peN- replace ("mengecam" → "kecam", "menyerang" → "serang", "memukul" →
// "pukul", "menembak" → "tembak"; "mengatakan" → "katakan"); r is what
// follows the prefix. Other prefixes give r unchanged.
func nasalRoot(pre, r string) string {
	switch pre {
	case "meng", "peng":
		if isVowel(r[0]) {
			return "k" + r
		}
	case "meny", "peny":
		if isVowel(r[0]) {
			return "s" + r
		}
	case "mem", "pem":
		if isVowel(r[0]) {
			return "p" + r
		}
	case "men", "pen":
		if isVowel(r[0]) {
			return "t" + r
		}
	}
	return r
}
