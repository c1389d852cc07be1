package gazetteer

import (
	"unicode/utf8"
)

// entryParser decodes the plain lines of a gazetteer file (an object of
// Entry's fields as the files write them) without encoding/json, which
// was most of the cost of reading the 33,000 lines at start-up (a decoder
// per line, reflection, a value per string; issue #12). It takes only
// what it decodes exactly as encoding/json would: the fields by their
// exact names, each once, strings without escapes in valid UTF-8, arrays
// and objects of them, true and false for alias, no null and nothing after
// the object. Anything else (an escape, an unknown or repeated key, a
// number, a key written in other capitals, a syntax error) it leaves to
// encoding/json (parseEntry's false), which decodes it or says what is
// wrong; TestParseEntrySame checks the two agree.
//
// It interns the values many entries repeat (kinds, countries, sectors,
// sources, the titles, states and dates of roles, the languages of names):
// the same string, once in memory.
type entryParser struct {
	b      []byte
	i      int
	intern map[string]string
}

// newEntryParser returns a parser with an empty intern table.
func newEntryParser() *entryParser {
	return &entryParser{intern: map[string]string{}}
}

// The fields of Entry and Role, as bits of the set of those seen.
const (
	fID = 1 << iota
	fKind
	fName
	fWikidata
	fCountry
	fNames
	fShort
	fDemonyms
	fCapitals
	fRoles
	fSector
	fSource
	fAlias
)

// parseEntry decodes raw (a line without surrounding space) into *e, a
// zero Entry, and reports whether it could; when it could not, *e is
// undefined and the caller decodes raw with encoding/json.
func (p *entryParser) parseEntry(raw []byte, e *Entry) bool {
	p.b, p.i = raw, 0
	if !p.byte('{') {
		return false
	}
	seen := 0
	if p.peek() == '}' {
		p.i++
		return p.i == len(p.b)
	}
	for {
		key, ok := p.rawString()
		if !ok || !p.byte(':') {
			return false
		}
		var bit int
		switch string(key) {
		case "id":
			bit = fID
			e.ID, ok = p.str(false)
		case "kind":
			bit = fKind
			e.Kind, ok = p.str(true)
		case "name":
			bit = fName
			e.Name, ok = p.str(false)
		case "wikidata":
			bit = fWikidata
			e.Wikidata, ok = p.str(false)
		case "country":
			bit = fCountry
			e.Country, ok = p.str(true)
		case "names":
			bit = fNames
			e.Names, ok = p.strMap()
		case "short":
			bit = fShort
			e.Short, ok = p.strs()
		case "demonyms":
			bit = fDemonyms
			e.Demonyms, ok = p.strMap()
		case "capitals":
			bit = fCapitals
			e.Capitals, ok = p.strs()
		case "roles":
			bit = fRoles
			e.Roles, ok = p.roles()
		case "sector":
			bit = fSector
			e.Sector, ok = p.str(true)
		case "source":
			bit = fSource
			e.Source, ok = p.str(true)
		case "alias":
			bit = fAlias
			e.Alias, ok = p.boolean()
		default:
			return false
		}
		if !ok || seen&bit != 0 {
			return false
		}
		seen |= bit
		switch p.next() {
		case ',':
			continue
		case '}':
			p.space()
			return p.i == len(p.b)
		default:
			return false
		}
	}
}

// roles decodes an array of roles.
func (p *entryParser) roles() ([]Role, bool) {
	if !p.byte('[') {
		return nil, false
	}
	out := make([]Role, 0, p.count('{'))
	if p.peek() == ']' {
		p.i++
		return out, true
	}
	for {
		var r Role
		if !p.role(&r) {
			return nil, false
		}
		out = append(out, r)
		switch p.next() {
		case ',':
			continue
		case ']':
			return out, true
		default:
			return nil, false
		}
	}
}

// role decodes one role object into *r.
func (p *entryParser) role(r *Role) bool {
	if !p.byte('{') {
		return false
	}
	if p.peek() == '}' {
		p.i++
		return true
	}
	seen := 0
	for {
		key, ok := p.rawString()
		if !ok || !p.byte(':') {
			return false
		}
		var bit int
		switch string(key) {
		case "title":
			bit = 1
			r.Title, ok = p.str(true)
		case "of":
			bit = 2
			r.Of, ok = p.str(true)
		case "start":
			bit = 4
			r.Start, ok = p.str(true)
		case "end":
			bit = 8
			r.End, ok = p.str(true)
		default:
			return false
		}
		if !ok || seen&bit != 0 {
			return false
		}
		seen |= bit
		switch p.next() {
		case ',':
			continue
		case '}':
			return true
		default:
			return false
		}
	}
}

// strMap decodes an object of arrays of strings (names, demonyms by
// language).
func (p *entryParser) strMap() (map[string][]string, bool) {
	if !p.byte('{') {
		return nil, false
	}
	m := map[string][]string{}
	if p.peek() == '}' {
		p.i++
		return m, true
	}
	for {
		key, ok := p.rawString()
		if !ok || !p.byte(':') {
			return nil, false
		}
		if _, dup := m[string(key)]; dup {
			return nil, false
		}
		k := p.interned(key)
		if m[k], ok = p.strs(); !ok {
			return nil, false
		}
		switch p.next() {
		case ',':
			continue
		case '}':
			return m, true
		default:
			return nil, false
		}
	}
}

// strs decodes an array of strings; an empty one is an empty slice, not
// nil, as encoding/json makes it.
func (p *entryParser) strs() ([]string, bool) {
	if !p.byte('[') {
		return nil, false
	}
	out := make([]string, 0, p.count(','))
	if p.peek() == ']' {
		p.i++
		return out, true
	}
	for {
		s, ok := p.str(false)
		if !ok {
			return nil, false
		}
		out = append(out, s)
		switch p.next() {
		case ',':
			continue
		case ']':
			return out, true
		default:
			return nil, false
		}
	}
}

// count is a guess of the number of values of the array that starts at
// p.i, for the capacity of its slice: the bytes sep (',' between strings,
// '{' before roles) before the first ']', plus one for ','. A string with
// either byte makes it too high, which costs only memory.
func (p *entryParser) count(sep byte) int {
	n := 0
	if sep == ',' {
		n = 1
	}
	for _, c := range p.b[p.i:] {
		switch c {
		case sep:
			n++
		case ']':
			return n
		}
	}
	return n
}

// str decodes a string value, interned when intern is set.
func (p *entryParser) str(intern bool) (string, bool) {
	b, ok := p.rawString()
	if !ok {
		return "", false
	}
	if intern {
		return p.interned(b), true
	}
	return string(b), true
}

// interned is b as a string, the same string for the same bytes.
func (p *entryParser) interned(b []byte) string {
	if s, ok := p.intern[string(b)]; ok {
		return s
	}
	s := string(b)
	p.intern[s] = s
	return s
}

// rawString reads a string after optional space and returns its bytes,
// which are its value: false for a string with an escape, a control byte
// or invalid UTF-8 (encoding/json would change or refuse those bytes).
// The strings are most of a file's bytes: one loop over them, on a local
// slice, with one test for the bytes that need no more look.
func (p *entryParser) rawString() ([]byte, bool) {
	if !p.byte('"') {
		return nil, false
	}
	rest := p.b[p.i:]
	ascii := true
	for j, c := range rest {
		if c >= 0x20 && c != '"' && c != '\\' && c < utf8.RuneSelf {
			continue
		}
		switch {
		case c == '"':
			s := rest[:j]
			p.i += j + 1
			return s, ascii || utf8.Valid(s)
		case c >= utf8.RuneSelf:
			ascii = false
		default: // an escape or a control byte
			return nil, false
		}
	}
	return nil, false
}

// boolean reads true or false.
func (p *entryParser) boolean() (bool, bool) {
	p.space()
	rest := p.b[p.i:]
	switch {
	case len(rest) >= 4 && string(rest[:4]) == "true":
		p.i += 4
		return true, p.endOfLiteral()
	case len(rest) >= 5 && string(rest[:5]) == "false":
		p.i += 5
		return false, p.endOfLiteral()
	}
	return false, false
}

// endOfLiteral reports whether the literal just read ends there (space,
// a comma or a closing bracket), as JSON's grammar wants.
func (p *entryParser) endOfLiteral() bool {
	switch p.peek() {
	case ',', '}', ']':
		return true
	}
	return false
}

// byte skips space and reads c.
func (p *entryParser) byte(c byte) bool {
	p.space()
	if p.i < len(p.b) && p.b[p.i] == c {
		p.i++
		return true
	}
	return false
}

// next skips space and reads the next byte (0 at the end).
func (p *entryParser) next() byte {
	p.space()
	if p.i < len(p.b) {
		p.i++
		return p.b[p.i-1]
	}
	return 0
}

// peek skips space and returns the next byte without reading it (0 at the
// end).
func (p *entryParser) peek() byte {
	p.space()
	if p.i < len(p.b) {
		return p.b[p.i]
	}
	return 0
}

// space skips JSON's white space.
func (p *entryParser) space() {
	for p.i < len(p.b) {
		switch p.b[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}
