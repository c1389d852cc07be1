// Package gazetteer owns the list of known actors (states, organizations,
// armed groups, media, people, places) and finds their names in text. The
// list is data: JSON Lines files embedded from data/*.jsonl, plus files a
// user names, one entry per line. Matching is one pass of an Aho–Corasick
// automaton over a case-folded copy of the text whose word starts are
// marked, followed by word-boundary and case checks; people's roles carry
// terms of office, so a name resolves to an office holder on a given date.
//
// It must not decide what a sentence means (that is package extract's job)
// and it must not do I/O beyond reading the files it is given.
package gazetteer

//go:generate go run ./internal/gen -src /work/shared/data -data data -lang ../lang -names internal/gen/sources

import (
	"bufio"
	"bytes"
	"context"
	"embed"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/bits"
	"os"
	"path"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/geokg/kg/loader/extract/internal/ascii"
	"github.com/geokg/kg/loader/facts"
)

//go:embed data
var embedded embed.FS

// Role is a position held by a person, with its term of office.
type Role struct {
	Title string `json:"title"`
	Of    string `json:"of,omitempty"`
	Start string `json:"start,omitempty"`
	End   string `json:"end,omitempty"`
}

// Entry is one known actor as written in a gazetteer file.
type Entry struct {
	ID       string              `json:"id"`
	Kind     string              `json:"kind"`
	Name     string              `json:"name"`
	Wikidata string              `json:"wikidata,omitempty"`
	Country  string              `json:"country,omitempty"`
	Names    map[string][]string `json:"names,omitempty"`
	Short    []string            `json:"short,omitempty"`
	Demonyms map[string][]string `json:"demonyms,omitempty"`
	Capitals []string            `json:"capitals,omitempty"`
	Roles    []Role              `json:"roles,omitempty"`
	// Sector is the CAMEO agent code (GOV, MIL, JUD, LEG, COP, SPY, ...) of a
	// named body of a state (kind government, legislature, court, military or
	// agency): an event it takes part in is the state's, with this sector.
	Sector string `json:"sector,omitempty"`
	// Source says where the entry's facts come from (a URL, a document or a
	// converter's input), for entries compiled by hand.
	Source string `json:"source,omitempty"`
	// Alias marks a line that adds names to the entry with its id instead
	// of being an entry: its names, short forms, demonyms and capitals are
	// merged into that entry once every file is read (New), whatever the
	// order of the files. Such a line has no kind, name or other facts.
	Alias bool `json:"alias,omitempty"`

	file string // where an alias line was read, for New's errors (other entries: "", 0)
	line int
}

// Via says which list of an entry a surface form came from.
type Via uint8

// The lists a surface form can come from.
const (
	ViaName Via = iota
	ViaShort
	ViaDemonym
	ViaCapital
)

func (v Via) String() string {
	return [...]string{"name", "short", "demonym", "capital"}[v]
}

// Match is one occurrence of a known surface form in a text.
type Match struct {
	Start, End int // byte offsets in the text
	Entry      *Entry
	Via        Via
}

// form is one surface form of an entry, under its folded form (its key).
// It holds no pointer (nor does any table of Find's), so that the
// collector, which marks the gazetteer at every cycle, has nothing in it
// to scan (issue #12): the form as written is a span of the gazetteer's
// exactText.
type form struct {
	entry int32 // the index of its entry in entries
	// the form as written, for case-sensitive checks: exactText[exact:exactEnd]
	exact, exactEnd int32
	via             Via
	caseExact       bool // all-caps short forms ("AS", "UN") match only as written
	upper           bool // the form starts with an upper-case letter: so must the text
	// titled: a form that capitalizes two later words or more ("We Will
	// Win", an armed group's name): the text must capitalize one of them,
	// or it is the ordinary phrase ("we will win"). One later word written
	// small is a typo news makes ("Bank danamon", "Selandia baru").
	titled bool
}

// Gazetteer is a loaded, immutable list of actors with its matcher. It is
// safe for concurrent use.
type Gazetteer struct {
	entries []Entry
	byID    map[string]int
	trie    *trie
	lowTrie *trie // the keys with a form that does not start with a capital (Find)
	// The forms of key k (a folded form, k the trie's number for it) are
	// forms[formAt[k]:formAt[k+1]] (formsOf), in the order New met them.
	// Flat arrays and one string: the key's own slice of forms and a
	// string each for the key and every form were ~90,000 objects and
	// ~150,000 pointers that every collection marked and scanned.
	forms  []form
	formAt []int32
	// exactText holds the forms as written (form.exact), those of one key
	// that are written the same once.
	exactText string
	// punctStart: some form starts with an ASCII byte that is no word
	// byte, so Find walks from those bytes too.
	punctStart bool
	bufs       sync.Pool // *findBuf: Find's working memory, reused between calls
}

// findBuf is the working memory of one Find call.
type findBuf struct {
	hay    []byte // the marked text (markWords)
	cands  []cand
	starts []int // the word starts (wordStarts)
}

// cand is a candidate occurrence of key k at folded[s:e].
type cand struct{ s, e, k int }

// maxPooledBuf bounds the marked text kept for the next call, so that one
// huge article does not pin its copy for the life of the process.
const maxPooledBuf = 1 << 16

// Load reads the embedded data files and then the given files (later
// entries with the same id replace earlier ones).
//
// The files are read concurrently, the embedded ones in pieces of about
// chunkSize bytes (whole lines), by up to GOMAXPROCS goroutines, and their
// entries put together in the order of the files and lines, so that the
// gazetteer is the one a reading in order makes; of several bad files or
// lines, the error is that of the first. Reading was most of the
// gazetteer's start-up (issue #12).
func Load(ctx context.Context, files ...string) (*Gazetteer, error) {
	names, err := fs.Glob(embedded, "data/*.jsonl")
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	sort.Strings(names)
	var parts []loadPart
	for _, n := range names {
		data, err := fs.ReadFile(embedded, n)
		if err != nil {
			return nil, fmt.Errorf("gazetteer: %w", err)
		}
		parts = appendChunks(parts, n, data)
	}
	for _, n := range files {
		parts = append(parts, loadPart{file: n})
	}
	// The biggest pieces first, so that no goroutine is left with a big
	// one at the end (the user's files, of unknown size, last).
	order := make([]int, len(parts))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return len(parts[b].data) - len(parts[a].data) })
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(parts)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p := newEntryParser()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(order) {
					return
				}
				parts[order[i]].read(ctx, p)
			}
		}()
	}
	wg.Wait()
	entries := make([][]Entry, len(parts))
	for i, pt := range parts {
		if pt.err != nil {
			return nil, pt.err
		}
		entries[i] = pt.entries
	}
	return newFromParts(entries)
}

// chunkSize is the size in bytes from which Load reads an embedded file in
// pieces, one goroutine each: the biggest file is nearly half the data.
const chunkSize = 256 << 10

// loadPart is a piece of Load's work: the lines of an embedded file from
// line+1 on (data), or a user's file (data nil), and what reading it gave.
type loadPart struct {
	file    string
	data    []byte
	line    int
	entries []Entry
	err     error
}

// appendChunks appends the pieces of file, of about chunkSize bytes each,
// cut after a newline.
func appendChunks(parts []loadPart, file string, data []byte) []loadPart {
	line := 0
	for len(data) > chunkSize {
		cut := bytes.IndexByte(data[chunkSize:], '\n')
		if cut < 0 {
			break
		}
		cut += chunkSize + 1
		parts = append(parts, loadPart{file: file, data: data[:cut], line: line})
		line += bytes.Count(data[:cut], []byte{'\n'})
		data = data[cut:]
	}
	return append(parts, loadPart{file: file, data: data, line: line})
}

// read reads the part with parser p.
func (pt *loadPart) read(ctx context.Context, p *entryParser) {
	if pt.data == nil {
		f, err := os.Open(pt.file)
		if err != nil {
			pt.err = fmt.Errorf("gazetteer: %w", err)
			return
		}
		defer f.Close()
		pt.entries, pt.err = read(ctx, f, pt.file, 0, 0, p)
		return
	}
	hint := bytes.Count(pt.data, []byte{'\n'}) + 1
	pt.entries, pt.err = read(ctx, bytes.NewReader(pt.data), pt.file, pt.line, hint, p)
}

// LineError is a bad line of a gazetteer file.
type LineError struct {
	File string
	Line int
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }
func (e *LineError) Unwrap() error { return e.Err }

// Read parses one gazetteer file: one JSON object per line; blank lines and
// lines starting with '#' are skipped.
func Read(ctx context.Context, r io.Reader, file string) ([]Entry, error) {
	return read(ctx, r, file, 0, 0, newEntryParser())
}

// read is Read of the lines of a file after its first line0 lines (for
// the line numbers of errors), into a slice of capacity hint, with parser
// p: the plain lines p decodes, the others encoding/json.
func read(ctx context.Context, r io.Reader, file string, line0, hint int, p *entryParser) ([]Entry, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	var out []Entry
	if hint > 0 {
		out = make([]Entry, 0, hint)
	}
	line := line0
	for sc.Scan() {
		line++
		if line%1024 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		raw := bytes.TrimSpace(sc.Bytes())
		if len(raw) == 0 || raw[0] == '#' {
			continue
		}
		var e Entry
		if !p.parseEntry(raw, &e) {
			e = Entry{}
			dec := json.NewDecoder(bytes.NewReader(raw))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&e); err != nil {
				return nil, &LineError{file, line, err}
			}
		}
		if err := e.check(); err != nil {
			return nil, &LineError{file, line, err}
		}
		if e.Alias {
			// An entry's own lines need no place: a pointer less each to
			// mark at every collection (issue #12).
			e.file, e.line = file, line
		}
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		return nil, &LineError{file, line + 1, err}
	}
	return out, nil
}

func (e *Entry) check() error {
	if e.ID == "" {
		return errors.New("missing id")
	}
	if e.Alias {
		return e.checkAlias()
	}
	if e.Name == "" {
		return errors.New("missing name")
	}
	if !slices.Contains(facts.ActorKinds(), e.Kind) {
		return fmt.Errorf("kind %q is not one of %v", e.Kind, facts.ActorKinds())
	}
	for i, r := range e.Roles {
		if r.Title == "" {
			return fmt.Errorf("roles[%d]: missing title", i)
		}
		for _, d := range []string{r.Start, r.End} {
			if d != "" {
				if err := facts.CheckDate(d); err != nil {
					return fmt.Errorf("roles[%d]: %w", i, err)
				}
			}
		}
	}
	return nil
}

// checkAlias checks an alias line: an id and at least one form, nothing
// that only an entry has.
func (e *Entry) checkAlias() error {
	if e.Kind != "" || e.Name != "" || e.Wikidata != "" || e.Country != "" || e.Sector != "" || len(e.Roles) > 0 {
		return errors.New("an alias line has only id, names, short, demonyms, capitals and source")
	}
	for _, l := range [][]string{e.Short, e.Capitals} {
		if slices.ContainsFunc(l, func(s string) bool { return strings.TrimSpace(s) != "" }) {
			return nil
		}
	}
	for _, m := range []map[string][]string{e.Names, e.Demonyms} {
		for _, l := range m {
			if slices.ContainsFunc(l, func(s string) bool { return strings.TrimSpace(s) != "" }) {
				return nil
			}
		}
	}
	return fmt.Errorf("alias of %q has no names", e.ID)
}

// mergeAlias adds the forms of alias line a to e, each once.
func (e *Entry) mergeAlias(a *Entry) {
	add := func(dst []string, src []string) []string {
		for _, s := range src {
			if s = strings.TrimSpace(s); s != "" && !slices.Contains(dst, s) {
				dst = append(dst, s)
			}
		}
		return dst
	}
	addMap := func(dst map[string][]string, src map[string][]string) map[string][]string {
		for _, lang := range sortedKeys(src) {
			if dst == nil {
				dst = map[string][]string{}
			}
			dst[lang] = add(dst[lang], src[lang])
		}
		return dst
	}
	e.Names = addMap(e.Names, a.Names)
	e.Demonyms = addMap(e.Demonyms, a.Demonyms)
	e.Short = add(e.Short, a.Short)
	e.Capitals = add(e.Capitals, a.Capitals)
}

// New builds a gazetteer from entries. An entry whose id repeats an earlier
// one replaces it. Alias lines (Entry.Alias) are merged into the entry with
// their id after all entries are placed, in their order; an alias of an id
// no entry has is an error.
func New(entries []Entry) (*Gazetteer, error) {
	return newFromParts([][]Entry{entries})
}

// newFromParts is New of the entries of parts, one after the other (Load's
// files), without first copying them into one slice.
func newFromParts(parts [][]Entry) (*Gazetteer, error) {
	// Sized for the entries (alias lines are none), as start-up time is
	// issue #12's.
	n := 0
	for _, entries := range parts {
		for k := range entries {
			if !entries[k].Alias {
				n++
			}
		}
	}
	g := &Gazetteer{byID: make(map[string]int, n), entries: make([]Entry, 0, n)}
	var aliases []*Entry
	for _, entries := range parts {
		for k, e := range entries {
			if e.Alias {
				aliases = append(aliases, &entries[k])
				continue
			}
			// An entry without names keeps its nil Names (reading a nil map
			// is reading an empty one): an empty map each was ~20,000
			// objects for the collector to mark and scan (issue #12).
			if i, ok := g.byID[e.ID]; ok {
				g.entries[i] = e
				continue
			}
			g.byID[e.ID] = len(g.entries)
			g.entries = append(g.entries, e)
		}
	}
	for _, a := range aliases {
		i, ok := g.byID[a.ID]
		if !ok {
			err := fmt.Errorf("alias of unknown id %q", a.ID)
			if a.file != "" {
				return nil, &LineError{a.file, a.line, err}
			}
			return nil, fmt.Errorf("gazetteer: %w", err)
		}
		// The entry's slices may be shared with the caller's: copy first.
		e := &g.entries[i]
		e.Names, e.Demonyms = cloneMap(e.Names), cloneMap(e.Demonyms)
		e.Short, e.Capitals = slices.Clone(e.Short), slices.Clone(e.Capitals)
		e.mergeAlias(a)
	}
	// About three forms for two entries in the embedded gazetteer.
	index := make(map[string]int, len(g.entries)*3/2)
	var patterns []string
	var folded []byte // the form folded, a string only for a new key
	var met []metForm
	var last []int32 // per key, its form met last in met (-1: none yet)
	add := func(s string, entry int, via Via) {
		s = strings.TrimSpace(s)
		if s == "" || !utf8.ValidString(s) {
			return
		}
		folded = AppendFold(folded[:0], s)
		i, ok := index[string(folded)]
		if !ok {
			key := string(folded)
			i = len(patterns)
			index[key] = i
			patterns = append(patterns, key)
			last = append(last, -1)
		}
		for j := last[i]; j >= 0; j = met[j].prev {
			if met[j].f.entry == int32(entry) && met[j].exact == s {
				return
			}
		}
		f := form{entry: int32(entry), via: via, caseExact: isAllCaps(s), upper: startsUpper(s), titled: laterWordUpper(s)}
		met = append(met, metForm{f: f, key: int32(i), prev: last[i], exact: s})
		last[i] = int32(len(met) - 1)
	}
	// addAcronym adds a form with an acronym of three or four capitals
	// also with dots ("PBB", "P.B.B."; "Majelis Umum PBB", "Majelis Umum
	// P.B.B."), as news writes either. Two
	// letters are left to the entries, which give the dotted forms they
	// mean ("A.S.", "U.K."): "S.A." and "N.V." are companies' legal forms.
	addAcronym := func(s string, entry int, via Via) {
		add(s, entry, via)
		if d := dotted(s); d != "" {
			add(d, entry, via)
		}
		for _, v := range apostropheForms(s) {
			add(v, entry, via)
		}
	}
	for i := range g.entries {
		e := &g.entries[i]
		addAcronym(e.Name, i, ViaName)
		for _, v := range writtenForms(e.Name, e.Kind) {
			addAcronym(v, i, ViaName)
		}
		for _, lang := range sortedKeys(e.Names) {
			for _, n := range e.Names[lang] {
				addAcronym(n, i, ViaName)
				for _, v := range writtenForms(n, e.Kind) {
					addAcronym(v, i, ViaName)
				}
			}
		}
		for _, n := range e.Short {
			addAcronym(n, i, ViaShort)
		}
		for _, lang := range sortedKeys(e.Demonyms) {
			for _, n := range e.Demonyms[lang] {
				add(n, i, ViaDemonym)
				// English demonyms name the people too: "Palestinians", "Israelis".
				if lang == "en" && n != "" && !strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "h") && !strings.HasSuffix(n, "ese") {
					add(n+"s", i, ViaDemonym)
				}
			}
		}
		for _, n := range e.Capitals {
			add(n, i, ViaCapital)
		}
	}
	g.setForms(len(patterns), met)
	// The trie is walked from every word start of the folded text (see
	// Find); it holds each folded form once.
	g.trie = buildTrie(patterns)
	// The forms a word written in lower case can match: most forms are
	// names and start with a capital (form.upper), which such a word never
	// matches, so Find walks a trie of the few others from it.
	var low []string
	var lowIDs []int32
	for k, key := range patterns {
		for _, f := range g.formsOf(k) {
			if !f.upper {
				low, lowIDs = append(low, key), append(lowIDs, int32(k))
				break
			}
		}
	}
	g.lowTrie = buildTrie(low)
	for i, k := range g.lowTrie.keyList {
		g.lowTrie.keyList[i] = lowIDs[k]
	}
	for c := 0; c < utf8.RuneSelf; c++ {
		g.punctStart = g.punctStart || g.trie.root[c] != 0 && !ascii.IsWord(byte(c))
	}
	return g, nil
}

// metForm is a form as New meets it: under key number key, written
// exact, after the form prev met before it under the same key (-1: none).
type metForm struct {
	f         form
	key, prev int32
	exact     string
}

// setForms lays out the forms met (in the order met) of nkeys keys:
// forms by key, each key's in the order met, and their texts in
// exactText.
func (g *Gazetteer) setForms(nkeys int, met []metForm) {
	g.formAt = make([]int32, nkeys+1)
	size := 0
	for _, m := range met {
		g.formAt[m.key+1]++
		size += len(m.exact)
	}
	for k := 1; k <= nkeys; k++ {
		g.formAt[k] += g.formAt[k-1]
	}
	fill := slices.Clone(g.formAt[:nkeys])
	g.forms = make([]form, len(met))
	var text strings.Builder
	text.Grow(size)
	at := make([]int32, len(met)) // where met[j]'s text is in text
	for j, m := range met {
		at[j] = -1
		for p := m.prev; p >= 0; p = met[p].prev {
			if met[p].exact == m.exact {
				at[j] = at[p]
				break
			}
		}
		if at[j] < 0 {
			at[j] = int32(text.Len())
			text.WriteString(m.exact)
		}
		f := m.f
		f.exact, f.exactEnd = at[j], at[j]+int32(len(m.exact))
		g.forms[fill[m.key]] = f
		fill[m.key]++
	}
	g.exactText = text.String()
}

// formsOf is the forms of key k.
func (g *Gazetteer) formsOf(k int) []form {
	return g.forms[g.formAt[k]:g.formAt[k+1]]
}

// exactOf is f as written.
func (g *Gazetteer) exactOf(f *form) string {
	return g.exactText[f.exact:f.exactEnd]
}

func cloneMap(m map[string][]string) map[string][]string {
	if m == nil {
		return nil
	}
	c := make(map[string][]string, len(m))
	for k, v := range m {
		c[k] = slices.Clone(v)
	}
	return c
}

func sortedKeys(m map[string][]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Len is the number of entries.
func (g *Gazetteer) Len() int { return len(g.entries) }

// Lookup returns the entry with the given id.
func (g *Gazetteer) Lookup(id string) (*Entry, bool) {
	i, ok := g.byID[id]
	if !ok {
		return nil, false
	}
	return &g.entries[i], true
}

// Entries calls fn for every entry, in load order.
func (g *Gazetteer) Entries(fn func(*Entry) bool) {
	for i := range g.entries {
		if !fn(&g.entries[i]) {
			return
		}
	}
}

// Find appends to dst the occurrences of known forms in text, leftmost
// first and, among those starting at the same place, longest first, never
// overlapping. folded must be Fold(text) (the same length); passing it lets a
// caller fold once and blank out regions (with spaces) that must not match.
// A form matches only on word boundaries; all-caps forms match only as
// written, and forms that start with a capital only where the text does. A
// candidate that fails these checks does not hide a shorter one that passes.
// Where one form names several entries, all are returned at the same
// position.
func (g *Gazetteer) Find(text string, folded []byte, dst []Match) []Match {
	if len(folded) != len(text) || len(g.forms) == 0 {
		return dst
	}
	b, _ := g.bufs.Get().(*findBuf)
	if b == nil {
		b = &findBuf{}
	}
	defer func() {
		if cap(b.hay) > maxPooledBuf {
			b.hay, b.cands, b.starts = nil, nil, nil
		}
		g.bufs.Put(b)
	}()
	cands := b.cands[:0]
	walked := false
	if !g.punctStart {
		cands, b.starts, walked = g.walkStarts(text, folded, cands, b.starts)
	}
	if !walked {
		cands, b.hay = cands[:0], markWords(b.hay[:0], folded)
		if g.punctStart {
			for i := range folded {
				// hay[i] is the byte before folded[i], replaced by a mark at a word
				// start; a few forms start with punctuation ("-x corp").
				if h := b.hay[i]; i == 0 || h <= wordMark+3 && h == mark(folded[i]) || g.trie.root[folded[i]] != 0 && folded[i] < utf8.RuneSelf && !ascii.IsWord(folded[i]) {
					cands = g.trieAt(text, i).walk(folded, i, cands)
				}
			}
		} else {
			cands = g.walkWords(text, b.hay, folded, cands)
		}
	}
	b.cands = cands
	// Leftmost first, longest first at one start. The automaton reports
	// candidates by their end, which is almost that order: an insertion
	// sort moves each only past the candidates inside its own span (a few:
	// a form is at most a few dozen bytes).
	for i := 1; i < len(cands); i++ {
		c := cands[i]
		j := i
		for ; j > 0 && (cands[j-1].s > c.s || cands[j-1].s == c.s && cands[j-1].e < c.e); j-- {
			cands[j] = cands[j-1]
		}
		cands[j] = c
	}
	last := 0
	for _, c := range cands {
		s, e := c.s, c.e
		if s < last || !boundary(text, s, e) {
			continue
		}
		found := false
		fs := g.formsOf(c.k)
		for i := range fs {
			f := &fs[i]
			if f.caseExact && text[s:e] != g.exactOf(f) {
				continue
			}
			if f.upper && !startsUpper(text[s:e]) {
				continue
			}
			if f.titled && !sameCapitals(g.exactOf(f), text[s:e]) {
				continue
			}
			dst = append(dst, Match{Start: s, End: e, Entry: &g.entries[f.entry], Via: f.via})
			found = true
		}
		if found {
			last = e
		}
	}
	return dst
}

// FindWhole appends to dst the matches of Find(text, Fold(text), nil)
// that span all of text (Start 0, End len(text)), in the same order: those
// of the one form that is the whole text, where its capitals are as Find
// requires. It folds text and walks the trie from its start only, for
// callers that ask whether a phrase they build is a form (Find would walk
// from each of its words and check every shorter form too).
func (g *Gazetteer) FindWhole(text string, dst []Match) []Match {
	if text == "" || len(g.forms) == 0 {
		return dst
	}
	var buf [64]byte
	folded := AppendFold(buf[:0], text)
	var cb [8]cand
	// Every key that is a prefix of the text, shortest first: the whole
	// text is the last, if it is one. The full trie, not trieAt's: a form
	// that starts with a capital fails the check below where text does not.
	cands := g.trie.walk(folded, 0, cb[:0])
	if len(cands) == 0 || cands[len(cands)-1].e != len(text) {
		return dst
	}
	// As Find checks a candidate (the boundary check holds at both ends of
	// the text; the longest candidate at 0 comes first, so no match hides
	// it).
	k := cands[len(cands)-1].k
	fs := g.formsOf(k)
	for i := range fs {
		f := &fs[i]
		if f.caseExact && text != g.exactOf(f) || f.upper && !startsUpper(text) || f.titled && !sameCapitals(g.exactOf(f), text) {
			continue
		}
		dst = append(dst, Match{Start: 0, End: len(text), Entry: &g.entries[f.entry], Via: f.via})
	}
	return dst
}

// walkWords walks the trie from the places the loop of Find does when no
// form starts with punctuation: 0 and every i where hay[i] is
// mark(folded[i]), found eight bytes at a time, but past 0 only where
// mayMatch says a walk can find a form Find keeps.
func (g *Gazetteer) walkWords(text string, hay, folded []byte, cands []cand) []cand {
	n := len(folded)
	if n == 0 {
		return cands
	}
	cands = g.trieAt(text, 0).walk(folded, 0, cands)
	i := 0
	for ; i+8 <= n; i += 8 {
		// x has a zero byte where hay[i+k] == mark(folded[i+k]) (wordMark
		// is 0: a mark is the byte's low two bits); z marks them exactly.
		x := binary.LittleEndian.Uint64(hay[i:]) ^ binary.LittleEndian.Uint64(folded[i:])&(3*ascii.Lsb)
		z := ^((x&(0x7f*ascii.Lsb) + 0x7f*ascii.Lsb) | x) & ascii.Msb
		if i == 0 {
			z &^= 0x80 // walked above
		}
		for ; z != 0; z &= z - 1 {
			k := i + bits.TrailingZeros64(z)/8
			if t := g.trieAt(text, k); t.mayMatch(folded, k) {
				cands = t.walkWord(folded, k, cands)
			}
		}
	}
	for ; i < n; i++ {
		if i > 0 && hay[i] == mark(folded[i]) {
			if t := g.trieAt(text, i); t.mayMatch(folded, i) {
				cands = t.walkWord(folded, i, cands)
			}
		}
	}
	return cands
}

// walkStarts is walkWords for a text without the bytes that are marks
// (wordMark to wordMark+3): there hay[i] is mark(folded[i]) exactly where
// markWords marks a word start, so it walks from 0 and from every word
// start that markWords finds, in the same order, found the way markWords
// finds them and without the marked copy. Like walkWords it skips the
// starts where mayMatch says no form Find keeps can begin (most words
// begin none): TestMayMatch compares Find with and without that filter.
// It returns false as soon as wordStarts meets a mark (after one, the
// byte of hay may equal a mark without a word start, and walkWords walks
// from there too). starts is its buffer for the word starts (returned for
// the next call).
//
// It finds the starts first, in a loop of their own with no call in it,
// and then walks from them: the one loop that did both kept less in
// registers, and spilled and reloaded them on every eight bytes of text.
func (g *Gazetteer) walkStarts(text string, folded []byte, cands []cand, starts []int) ([]cand, []int, bool) {
	if len(folded) == 0 {
		return cands, starts, true
	}
	cands = g.trieAt(text, 0).walk(folded, 0, cands)
	starts, ok := wordStarts(folded, starts[:0])
	if !ok {
		return cands, starts, false
	}
	for _, k := range starts {
		// mayMatch and walkWord (walkHead) inline, the head and its hash
		// computed once: where the head is not empty (most starts), the set
		// of heads says no for most words, and the jump table gives the node
		// to walk on from.
		t, h := g.trieAt(text, k), uint64(0)
		if k+8 <= len(folded) {
			if h = headOf(binary.LittleEndian.Uint64(folded[k:])); h != 0 {
				if hm := h * headMul; t.hasHeadMul(hm) {
					if n := t.jumps.findMul(h, hm); n != 0 {
						cands = t.walkOn(folded, k, k+headLen(h), n, cands)
					}
				}
				continue
			}
			if !t.hasHead(h) {
				continue
			}
		}
		cands = t.walkHead(folded, k, h, cands)
	}
	return cands, starts, true
}

// wordStarts appends to starts, in order, the word starts after 0 that
// markWords marks in folded, found eight bytes at a time as markWords
// finds them, and says true; or false as soon as it meets a byte that is
// a mark (wordMark to wordMark+3).
func wordStarts(folded []byte, starts []int) ([]int, bool) {
	// prevWord starts true: 0 is no start here (walkStarts walks from it
	// anyway).
	prevWord := true
	for i := 0; i < len(folded); {
		if i <= len(folded)-8 {
			x := binary.LittleEndian.Uint64(folded[i:])
			if x&ascii.Msb == 0 {
				// A byte below wordMark+4 sets its top bit (the lowest one does:
				// the bytes below it borrow nothing); with none, no byte of
				// ASCII x minus 4 reaches 0x80.
				if (x-(wordMark+4)*ascii.Lsb)&ascii.Msb != 0 {
					return starts, false
				}
				words := ascii.WordBytes(x)
				prev := words << 8
				if prevWord {
					prev |= 0x80
				}
				for s := words &^ prev; s != 0; s &= s - 1 {
					starts = append(starts, i+bits.TrailingZeros64(s)/8)
				}
				prevWord = words>>63 != 0
				i += 8
				continue
			}
		}
		c := folded[i]
		var word bool
		n := 1
		if c < utf8.RuneSelf {
			if c < wordMark+4 {
				return starts, false
			}
			word = ascii.IsWord(c)
		} else {
			// A rune of bytes from 0x80 up (or one invalid byte): no mark.
			var r rune
			r, n = utf8.DecodeRune(folded[i:])
			word = isWordRune(r)
		}
		if word && !prevWord {
			starts = append(starts, i)
		}
		prevWord = word
		i += n
	}
	return starts, true
}

// trieAt is the trie to walk from text[s]: after a lower-case ASCII
// letter, only the forms that do not start with a capital can match (the
// others fail Find's check), and they have a trie of their own.
func (g *Gazetteer) trieAt(text string, s int) *trie {
	if c := text[s]; 'a' <= c && c <= 'z' {
		return g.lowTrie
	}
	return g.trie
}

// wordMark is the first of the four bytes (wordMark+0 to wordMark+3) that
// mark a word start in the automaton's input.
//
// One mark byte would do, but then every pattern would start with it, and
// the library would build a start-byte prefilter: its overlapping search
// never uses one, yet checks it on every byte. With more than three start
// bytes it builds none.
const wordMark = 0

// mark is the mark of a word start before byte c, the word's first byte.
func mark(c byte) byte { return wordMark + c&3 }

// markWords appends to dst a copy of s that marks where words start: the
// copy begins with one byte more (the start of the text is a word
// boundary), so that dst[i+1] is s[i], and the last byte of every non-word
// rune followed by a word rune is replaced by that word's mark (mark).
// Patterns marked the same way then match only at word
// starts: the automaton no longer reports short forms inside words ("as"
// in "has"), which the boundary check would reject anyway, about half of
// its candidates. A form that ends in a non-word rune ("U.S.") followed by
// a word rune is missed, but it fails the boundary check too; a text byte
// that looks like a mark only adds candidates, which Find compares with
// the folded text.
func markWords(dst, s []byte) []byte {
	dst = append(dst, wordMark)
	dst = append(dst, s...)
	prevWord := false
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			// Eight ASCII bytes at once: the word bytes, the word starts
			// among them (a word byte after a non-word byte), marked.
			x := binary.LittleEndian.Uint64(s[i:])
			if x&ascii.Msb == 0 {
				words := ascii.WordBytes(x)
				prev := words << 8 // each byte's flag moved to the next byte
				if prevWord {
					prev |= 0x80
				}
				for starts := words &^ prev; starts != 0; starts &= starts - 1 {
					k := i + bits.TrailingZeros64(starts)/8
					dst[k] = mark(s[k])
				}
				prevWord = words>>63 != 0
				i += 8
				continue
			}
		}
		c := s[i]
		var word bool
		n := 1
		if c < utf8.RuneSelf {
			word = ascii.IsWord(c)
		} else {
			var r rune
			r, n = utf8.DecodeRune(s[i:])
			word = isWordRune(r)
		}
		if word && !prevWord {
			dst[i] = mark(c) // the last byte of the rune before s[i]
		}
		prevWord = word
		i += n
	}
	return dst
}

// boundary tells whether text[s:e] has no word rune right before or after
// it. An ASCII byte is a rune of its own, and ascii.IsWord is isWordRune
// for it: only other bytes are decoded.
func boundary(text string, s, e int) bool {
	if s > 0 {
		if c := text[s-1]; c < utf8.RuneSelf {
			if ascii.IsWord(c) {
				return false
			}
		} else if r, _ := utf8.DecodeLastRuneInString(text[:s]); isWordRune(r) {
			return false
		}
	}
	if e < len(text) {
		if c := text[e]; c < utf8.RuneSelf {
			if ascii.IsWord(c) {
				return false
			}
		} else if r, _ := utf8.DecodeRuneInString(text[e:]); isWordRune(r) {
			return false
		}
	}
	return true
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' }

// dotted returns s with each word of three or four ASCII capitals
// written with a dot after each letter ("PBB": "P.B.B."; "Majelis Umum
// PBB": "Majelis Umum P.B.B."), or "" when s has no such word.
func dotted(s string) string {
	words := strings.Split(s, " ")
	changed := false
	for k, w := range words {
		if len(w) < 3 || len(w) > 4 {
			continue
		}
		b := make([]byte, 0, 2*len(w))
		for i := 0; i < len(w); i++ {
			if w[i] < 'A' || w[i] > 'Z' {
				b = nil
				break
			}
			b = append(b, w[i], '.')
		}
		if b != nil {
			words[k], changed = string(b), true
		}
	}
	if !changed {
		return ""
	}
	return strings.Join(words, " ")
}

func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters > 0
}

// laterWordUpper reports whether two words or more after the first of s
// start with an upper-case letter.
func laterWordUpper(s string) bool {
	n := 0
	for i := 1; i < len(s); i++ {
		if s[i-1] == ' ' && startsUpper(s[i:]) {
			n++
		}
	}
	return n >= 2
}

// sameCapitals reports whether text (matched against form, so of the same
// length once folded: its words start at the same bytes) starts with an
// upper-case letter one of the later words that start with one in form.
func sameCapitals(form, text string) bool {
	if len(form) != len(text) {
		return true // cannot align the words; keep the match
	}
	for i := 1; i < len(form); i++ {
		if form[i-1] == ' ' && startsUpper(form[i:]) && startsUpper(text[i:]) {
			return true
		}
	}
	return false
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// apostrophes are the marks news writes for an apostrophe or an Arabic
// ʿayn and hamza: the typewriter and typographic apostrophes and the
// modifier letters of transliteration.
const apostrophes = "'’ʼʿʾ"

// apostropheForms returns the other spellings of a name with an
// apostrophe that news writes: with the typewriter and the typographic
// apostrophe, and without it ("Jama'at Nusrat al-Islam", "Jamaat Nusrat
// al-Islam"; "Workers' Party", "Workers Party"). None for a name without
// one.
func apostropheForms(s string) []string {
	if !hasApostrophe(s) {
		return nil
	}
	r := func(with string) string {
		return strings.Map(func(c rune) rune {
			if strings.ContainsRune(apostrophes, c) {
				if with == "" {
					return -1
				}
				return []rune(with)[0]
			}
			return c
		}, s)
	}
	var out []string
	for _, v := range []string{r("'"), r("’"), r("")} {
		if v != s && strings.TrimSpace(v) != "" && !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}

// hasApostrophe is strings.ContainsAny(s, apostrophes), which decodes every
// rune of s against the marks: that was a twentieth of the gazetteer's
// start-up (issue #12), as New asks it of every name. Each mark is the
// ASCII apostrophe or starts with a byte from 0x80 up, so a name of ASCII
// bytes without that apostrophe has none; else ContainsAny is asked from
// the first such byte (the bytes before it are ASCII, so it starts a rune
// as in s).
func hasApostrophe(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '\'' || s[i] >= utf8.RuneSelf {
			return strings.ContainsAny(s[i:], apostrophes)
		}
	}
	return false
}

// writtenForms returns the other ways news and lists write a name with
// "and" or "Saint" in it: "St." or "St" for "Saint" ("St. Lucia", "St Kitts
// and Nevis"), "St." for "St", and, in the name of a state or a place of
// kind, "&" for "and" ("Trinidad & Tobago", "Bosnia & Herzegovina"; an
// organization's "&" is its own name, which the organization rules read:
// "Procter & Gamble"), and "Kep." for the Indonesian "Kepulauan" opening
// the name of a state or a place ("Kep. Solomon", "Kep. Riau"; titles grid
// 38 of issue #12). None for a name with none of them.
func writtenForms(s, kind string) []string {
	var out []string
	add := func(v string) {
		if v != s && !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	saints := []string{s}
	switch {
	case strings.HasPrefix(s, "Saint "):
		rest := strings.TrimPrefix(s, "Saint ")
		saints = append(saints, "St. "+rest, "St "+rest)
	case strings.HasPrefix(s, "St "):
		saints = append(saints, "St. "+strings.TrimPrefix(s, "St "))
	}
	for _, v := range saints {
		add(v)
		if (kind == "state" || kind == "place") && strings.Contains(v, " and ") {
			add(strings.ReplaceAll(v, " and ", " & "))
		}
		if (kind == "state" || kind == "place") && strings.HasPrefix(v, "Kepulauan ") {
			add("Kep. " + strings.TrimPrefix(v, "Kepulauan ")) // Indonesian news writes "Kepulauan" short: "Kep. Solomon", "Kep. Riau"
		}
	}
	return out
}

// Fold lower-cases s without changing its length in bytes: every rune whose
// lower-case form has the same UTF-8 length is lowered, others are kept, so
// that offsets in the folded text are offsets in the original. Invalid bytes
// are kept as they are.
func Fold(s string) string {
	return string(AppendFold(make([]byte, 0, len(s)), s))
}

// AppendFold appends Fold(s) to dst, for callers that keep a buffer.
func AppendFold(dst []byte, s string) []byte {
	n := len(dst)
	dst = append(dst, s...)
	b := dst[n:]
	for i := 0; i < len(s); {
		// Eight ASCII bytes at once, as long as they come: w is the next
		// eight bytes of b, cut with a capacity of eight, so that its load
		// and its store need no bounds check of their own (re-slicing the
		// rest of b by eight each time cost as much as the folding).
		for ; i <= len(b)-8; i += 8 {
			w := b[i:]
			x := binary.LittleEndian.Uint64(w)
			if x&ascii.Msb != 0 {
				break
			}
			binary.LittleEndian.PutUint64(w, ascii.Lower(x))
		}
		if i >= len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r != utf8.RuneError || n > 1 {
			if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == n {
				utf8.EncodeRune(b[i:], l)
			}
		}
		i += n
	}
	return dst
}

// RolesOn returns the roles of e held on date (ISO 8601 of any precision;
// an empty date matches every role). A role without start or end is open on
// that side.
func (e *Entry) RolesOn(date string) []Role {
	var out []Role
	for _, r := range e.Roles {
		if date == "" || InTerm(date, r.Start, r.End) {
			out = append(out, r)
		}
	}
	return out
}

// InTerm compares ISO dates of mixed precision as strings: a date is in a
// term when it is not before its start and not after its end, at the
// precision both share ("2023" is in a term that ends "2023-06-30").
func InTerm(date, start, end string) bool {
	cmp := func(a, b string) int {
		n := min(len(a), len(b))
		return strings.Compare(a[:n], b[:n])
	}
	if start != "" && cmp(date, start) < 0 {
		return false
	}
	if end != "" && cmp(date, end) > 0 {
		return false
	}
	return true
}

// Actor converts an entry into a facts actor (without mentions).
func (e *Entry) Actor() facts.Actor {
	a := facts.Actor{ID: e.ID, Name: e.Name, Kind: e.Kind, Country: e.Country, Wikidata: e.Wikidata}
	if len(e.Roles) > 0 {
		a.Roles = make([]facts.Role, 0, len(e.Roles)) // one allocation, not one per doubling
	}
	for _, r := range e.Roles {
		a.Roles = append(a.Roles, facts.Role{Title: r.Title, Of: r.Of, Start: r.Start, End: r.End})
	}
	return a
}

// Files lists the embedded data files, for documentation and tests.
func Files() []string {
	names, _ := fs.Glob(embedded, "data/*.jsonl")
	for i, n := range names {
		names[i] = path.Base(n)
	}
	return names
}
