package facts

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Limits bound the work one facts document may cause: its size in bytes and
// the number of items the loader writes for it in one transaction. A
// document over a limit is rejected whole, naming the limit; nothing of it is
// written. Zero fields take the defaults of DefaultLimits.
type Limits struct {
	// MaxDocumentBytes bounds one document: one JSON Lines line, one element
	// of a JSON array, or a whole .json file holding one document.
	MaxDocumentBytes int
	// MaxActors, MaxEvents and MaxStances bound the lists of a document.
	MaxActors, MaxEvents, MaxStances int
	// MaxEvidence bounds the evidence items of all kinds together: actor
	// mentions, event evidence and stance evidence.
	MaxEvidence int
}

// DefaultLimits are generous for real news: a long article (50 KB, a few
// hundred sentences) gives well under a tenth of each, and the extractor's
// own caps (extract.Limits) keep what it writes inside them.
func DefaultLimits() Limits {
	return Limits{
		MaxDocumentBytes: 8 << 20,
		MaxActors:        2000,
		MaxEvents:        2000,
		MaxStances:       2000,
		MaxEvidence:      5000,
	}
}

// WithDefaults fills the zero fields of l from DefaultLimits.
func (l Limits) WithDefaults() Limits {
	d := DefaultLimits()
	def := func(v *int, dv int) {
		if *v <= 0 {
			*v = dv
		}
	}
	def(&l.MaxDocumentBytes, d.MaxDocumentBytes)
	def(&l.MaxActors, d.MaxActors)
	def(&l.MaxEvents, d.MaxEvents)
	def(&l.MaxStances, d.MaxStances)
	def(&l.MaxEvidence, d.MaxEvidence)
	return l
}

// LimitError is a document over one of the Limits.
type LimitError struct {
	Field string // JSON pointer of the list, or of the first item over the cap
	What  string // "evidence items (mentions, event and stance evidence)"
	Have  int    // how many the document has (for bytes: at least)
	Max   int
	Limit string // the Limits field: "MaxEvidence"
}

func (e *LimitError) Error() string {
	f := e.Field
	if f != "" {
		f += ": "
	}
	return fmt.Sprintf("%sdocument has %d %s, more than the cap of %d (limit %s)", f, e.Have, e.What, e.Max, e.Limit)
}

// CheckLimits reports the first limit doc is over, or nil.
func (l Limits) CheckLimits(doc *Document) error {
	l = l.WithDefaults()
	if n := len(doc.Actors); n > l.MaxActors {
		return &LimitError{Field: "/actors/" + strconv.Itoa(l.MaxActors), What: "actors", Have: n, Max: l.MaxActors, Limit: "MaxActors"}
	}
	if n := len(doc.Events); n > l.MaxEvents {
		return &LimitError{Field: "/events/" + strconv.Itoa(l.MaxEvents), What: "events", Have: n, Max: l.MaxEvents, Limit: "MaxEvents"}
	}
	if n := len(doc.Stances); n > l.MaxStances {
		return &LimitError{Field: "/stances/" + strconv.Itoa(l.MaxStances), What: "stances", Have: n, Max: l.MaxStances, Limit: "MaxStances"}
	}
	n, first := 0, ""
	count := func(list string, i int, field string, ev []Evidence) {
		if first == "" && n+len(ev) > l.MaxEvidence {
			first = at(list, i, field+"/"+strconv.Itoa(l.MaxEvidence-n))
		}
		n += len(ev)
	}
	for i, a := range doc.Actors {
		count("actors", i, "/mentions", a.Mentions)
	}
	for i, e := range doc.Events {
		count("events", i, "/evidence", e.Evidence)
	}
	for i, s := range doc.Stances {
		count("stances", i, "/evidence", s.Evidence)
	}
	if n > l.MaxEvidence {
		return &LimitError{Field: first, What: "evidence items (mentions, event and stance evidence)", Have: n, Max: l.MaxEvidence, Limit: "MaxEvidence"}
	}
	return nil
}

// checkRaw refuses text a document must not carry: bytes that are not
// UTF-8, JSON escapes of lone surrogates (which decoders silently turn into
// U+FFFD), and control characters other than tab, newline and carriage
// return in the free-text fields (sentence, title). Every problem names the
// field as a JSON pointer and the line within the document (1-based).
func checkRaw(raw []byte) []FieldError {
	var p []FieldError
	if !utf8.Valid(raw) {
		off := invalidUTF8At(raw)
		field, _ := pointerAt(raw, off)
		p = append(p, FieldError{Field: field, Line: lineAt(raw, off),
			Msg: fmt.Sprintf("is not valid UTF-8 (byte 0x%02x at offset %d of the document)", raw[off], off)})
	}
	if off := loneSurrogateAt(raw); off >= 0 {
		field, _ := pointerAt(raw, off)
		p = append(p, FieldError{Field: field, Line: lineAt(raw, off),
			Msg: fmt.Sprintf("holds %s, a lone UTF-16 surrogate that is not a character", raw[off:off+6])})
	}
	return p
}

// checkControls walks a decoded JSON value and reports strings holding
// control characters: NUL and the other C0 controls, DEL and the C1
// controls. Tab, newline and carriage return are allowed in free text
// (sentence, title) only.
func checkControls(v any, path string, raw []byte) []FieldError {
	var p []FieldError
	var walk func(v any, path, key string)
	walk = func(v any, path, key string) {
		switch t := v.(type) {
		case map[string]any:
			for k, c := range t {
				walk(c, path+"/"+escapePointer(k), k)
			}
		case []any:
			for i, c := range t {
				walk(c, path+"/"+strconv.Itoa(i), key)
			}
		case string:
			text := key == "sentence" || key == "title"
			for i, r := range t {
				if r >= 0x20 && r != 0x7f && (r < 0x80 || r > 0x9f) {
					continue
				}
				if text && (r == '\t' || r == '\n' || r == '\r') {
					continue
				}
				p = append(p, FieldError{Field: path, Line: lineOfPointer(raw, path),
					Msg: fmt.Sprintf("holds control character %U at character offset %d; only tab, newline and carriage return are allowed, and only in sentence and title", r, utf8.RuneCountInString(t[:i]))})
				return
			}
		}
	}
	walk(v, path, "")
	return p
}

func escapePointer(k string) string {
	return strings.ReplaceAll(strings.ReplaceAll(k, "~", "~0"), "/", "~1")
}

// invalidUTF8At returns the offset of the first byte of raw that is not
// part of a valid UTF-8 sequence.
func invalidUTF8At(raw []byte) int {
	for i := 0; i < len(raw); {
		if raw[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(raw)
}

// loneSurrogateAt returns the offset of the first \uD800–\uDFFF escape that
// is not a high surrogate followed by a low one, or -1.
func loneSurrogateAt(raw []byte) int {
	hex := func(i int) (int, bool) {
		if i+6 > len(raw) || raw[i] != '\\' || raw[i+1] != 'u' {
			return 0, false
		}
		v, err := strconv.ParseUint(string(raw[i+2:i+6]), 16, 32)
		return int(v), err == nil
	}
	for i := 0; i+6 <= len(raw); i++ {
		if raw[i] != '\\' {
			continue
		}
		if raw[i+1] != 'u' {
			i++ // skip the escaped character (it may be a backslash)
			continue
		}
		v, ok := hex(i)
		if !ok {
			continue
		}
		switch {
		case v >= 0xd800 && v <= 0xdbff:
			if w, ok := hex(i + 6); ok && w >= 0xdc00 && w <= 0xdfff {
				i += 11
				continue
			}
			return i
		case v >= 0xdc00 && v <= 0xdfff:
			return i
		}
		i += 5
	}
	return -1
}

// pointerAt returns the JSON pointer of the value (or key) of raw that
// holds byte off.
func pointerAt(raw []byte, off int) (string, bool) {
	found, ok := "", false
	walkTokens(raw, func(path string, end int) bool {
		found = path
		if end > off {
			ok = true
			return false
		}
		return true
	})
	return found, ok
}

// lineOfPointer returns the line (1-based, within raw) where the value at
// the JSON pointer ptr ends, or 0 when there is none.
func lineOfPointer(raw []byte, ptr string) int {
	line := 0
	walkTokens(raw, func(path string, end int) bool {
		if path == ptr {
			line = lineAt(raw, end)
			return false
		}
		return true
	})
	return line
}

// walkTokens calls f with the JSON pointer and end offset of every key and
// scalar value of raw, in order, until f returns false.
func walkTokens(raw []byte, f func(path string, end int) bool) {
	type frame struct {
		arr     bool
		idx     int
		key     string
		wantKey bool
	}
	var stack []frame
	path := func() string {
		var b strings.Builder
		for _, f := range stack {
			b.WriteByte('/')
			if f.arr {
				b.WriteString(strconv.Itoa(f.idx))
			} else {
				b.WriteString(escapePointer(f.key))
			}
		}
		return b.String()
	}
	done := func() { // a value of the top frame is complete
		if len(stack) == 0 {
			return
		}
		if f := &stack[len(stack)-1]; f.arr {
			f.idx++
		} else {
			f.wantKey = true
		}
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	for {
		tok, err := dec.Token()
		if err != nil {
			return
		}
		end := int(dec.InputOffset())
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{':
				stack = append(stack, frame{wantKey: true})
			case '[':
				stack = append(stack, frame{arr: true})
			default:
				stack = stack[:len(stack)-1]
				done()
			}
			continue
		case string:
			if n := len(stack); n > 0 && !stack[n-1].arr && stack[n-1].wantKey {
				stack[n-1].key, stack[n-1].wantKey = t, false
				if !f(path(), end) {
					return
				}
				continue
			}
		}
		if !f(path(), end) {
			return
		}
		done()
	}
}
