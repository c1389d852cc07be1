package server

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// graphql-go's variable coercion errors print the value it found with Go's
// %v ("found \"map[a:[1 map[b:2]]]\"."): Go's notation of maps and slices,
// which means nothing to a client. goValues finds them; plainValues names
// the kind of value instead.
var goValues = []struct {
	re   *regexp.Regexp
	repl string
}{
	{regexp.MustCompile(`found "map\[[^\n]*"\.`), "found an object."},
	{regexp.MustCompile(`found "\[[^\n]*"\.`), "found a list."},
}

func plainValues(msg string) string {
	if !strings.Contains(msg, `found "`) {
		return msg
	}
	for _, v := range goValues {
		msg = v.re.ReplaceAllString(msg, v.repl)
	}
	return msg
}

// Error messages may quote what the client sent (a cursor, a name, a
// value graphql-go prints back). Before a response is written, every
// message is cut to an excerpt: quoted passages longer than
// maxQuotedBytes keep their beginning, and a message longer than
// maxMessageBytes keeps its beginning, each followed by "…". A 100 KB
// cursor therefore gives an error of a hundred bytes, not of 100 KB.
const (
	maxQuotedBytes  = 40
	maxMessageBytes = 400
)

// excerpt shortens msg as described above; short messages come back as
// they are.
func excerpt(msg string) string {
	msg = plainValues(msg)
	if len(msg) <= maxQuotedBytes {
		return msg
	}
	var b strings.Builder
	for i := 0; i < len(msg); {
		if msg[i] != '"' {
			b.WriteByte(msg[i])
			i++
			continue
		}
		// A quoted passage runs to the next unescaped quote.
		end := -1
		for j := i + 1; j < len(msg); j++ {
			if msg[j] == '\\' {
				j++
				continue
			}
			if msg[j] == '"' {
				end = j
				break
			}
		}
		if end < 0 {
			b.WriteString(msg[i:])
			break
		}
		inner := msg[i+1 : end]
		b.WriteByte('"')
		if len(inner) > maxQuotedBytes {
			b.WriteString(cut(inner, maxQuotedBytes-8))
			b.WriteString("…")
		} else {
			b.WriteString(inner)
		}
		b.WriteByte('"')
		i = end + 1
	}
	out := b.String()
	if len(out) > maxMessageBytes {
		out = cut(out, maxMessageBytes-4) + "…"
	}
	return out
}

// cut is the longest prefix of s of at most n bytes that ends on a rune
// boundary and not inside an escape sequence.
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	s = s[:n]
	// Do not end on a lone backslash (half of \" or \n).
	if k := len(s) - len(strings.TrimRight(s, `\`)); k%2 == 1 {
		s = s[:len(s)-1]
	}
	return s
}
