package facts

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

//go:embed facts.schema.json
var schemaJSON []byte

// SchemaJSON returns the JSON Schema of the format, for tools and editors.
func SchemaJSON() []byte { return bytes.Clone(schemaJSON) }

// FieldError says which field of a document is wrong and why. Field is a JSON
// pointer into the document ("/events/2/source"); it is empty when the
// document is not JSON at all.
type FieldError struct {
	Field string
	Msg   string
	// Line is the line of the problem when it was found in the document's
	// text (1-based: within the document from Decode, in the file from Read);
	// 0 when not known.
	Line int
}

func (e FieldError) Error() string {
	msg := e.Msg
	if e.Field != "" {
		msg = e.Field + ": " + msg
	}
	if e.Line > 0 {
		msg = "line " + strconv.Itoa(e.Line) + ": " + msg
	}
	return msg
}

// ValidationError lists every problem found in one document.
type ValidationError struct {
	Problems []FieldError
}

func (e *ValidationError) Error() string {
	msgs := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		msgs[i] = p.Error()
	}
	return strings.Join(msgs, "; ")
}

// Validator checks documents against the JSON Schema and the rules a schema
// cannot express (references between actors and facts, real calendar dates,
// CAMEO root codes that agree with the quad class). It is safe for concurrent
// use.
type Validator struct {
	schema *jsonschema.Schema
	limits Limits
}

// NewValidator compiles the embedded schema.
func NewValidator() (*Validator, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schemaJSON))
	if err != nil {
		return nil, fmt.Errorf("facts: parse embedded schema: %w", err)
	}
	c := jsonschema.NewCompiler()
	const url = "facts.schema.json"
	if err := c.AddResource(url, doc); err != nil {
		return nil, fmt.Errorf("facts: add schema: %w", err)
	}
	sch, err := c.Compile(url)
	if err != nil {
		return nil, fmt.Errorf("facts: compile schema: %w", err)
	}
	return &Validator{schema: sch, limits: DefaultLimits()}, nil
}

// WithLimits returns a copy of v that enforces l (zero fields: defaults).
func (v *Validator) WithLimits(l Limits) *Validator {
	w := *v
	w.limits = l.WithDefaults()
	return &w
}

// Limits returns the limits v enforces.
func (v *Validator) Limits() Limits { return v.limits }

// Decode validates one JSON document and returns it. Any error is a
// *ValidationError naming the fields that are wrong.
func (v *Validator) Decode(raw []byte) (*Document, error) {
	if len(raw) > v.limits.MaxDocumentBytes {
		return nil, &ValidationError{Problems: []FieldError{{Msg: (&LimitError{What: "bytes", Have: len(raw), Max: v.limits.MaxDocumentBytes, Limit: "MaxDocumentBytes"}).Error()}}}
	}
	if p := checkRaw(raw); len(p) > 0 {
		return nil, &ValidationError{Problems: p}
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		return nil, &ValidationError{Problems: []FieldError{{Msg: "not valid JSON: " + err.Error()}}}
	}
	if p := checkControls(inst, "", raw); len(p) > 0 {
		return nil, &ValidationError{Problems: p}
	}
	if err := v.schema.Validate(inst); err != nil {
		var ve *jsonschema.ValidationError
		if errors.As(err, &ve) {
			return nil, &ValidationError{Problems: schemaProblems(ve)}
		}
		return nil, fmt.Errorf("facts: validate: %w", err)
	}
	var doc Document
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		return nil, &ValidationError{Problems: []FieldError{{Msg: "decode: " + err.Error()}}}
	}
	if err := v.limits.CheckLimits(&doc); err != nil {
		var le *LimitError
		errors.As(err, &le)
		return nil, &ValidationError{Problems: []FieldError{{Field: le.Field, Msg: strings.TrimPrefix(le.Error(), le.Field+": ")}}}
	}
	if problems := Check(&doc); len(problems) > 0 {
		return nil, &ValidationError{Problems: problems}
	}
	return &doc, nil
}

var printer = message.NewPrinter(language.English)

// schemaProblems flattens the tree of schema errors into its leaves, which
// are the specific complaints ("missing property 'source'").
func schemaProblems(ve *jsonschema.ValidationError) []FieldError {
	var out []FieldError
	var walk func(e *jsonschema.ValidationError)
	walk = func(e *jsonschema.ValidationError) {
		if len(e.Causes) == 0 {
			out = append(out, FieldError{
				Field: "/" + strings.Join(e.InstanceLocation, "/"),
				Msg:   e.ErrorKind.LocalizedString(printer),
			})
			return
		}
		for _, c := range e.Causes {
			walk(c)
		}
	}
	walk(ve)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Field < out[j].Field })
	return out
}

// Check applies the rules the JSON Schema cannot express to a decoded
// document. Extractors call it on what they produce; Decode calls it on what
// it reads.
func Check(doc *Document) []FieldError {
	// Extractors call Check on every document they produce, so it builds no
	// strings unless something is wrong: paths are made by at() on error.
	var p []FieldError
	add := func(field, format string, args ...any) {
		p = append(p, FieldError{Field: field, Msg: fmt.Sprintf(format, args...)})
	}
	if doc.Format != Format {
		add("/format", "is %q, want %q", doc.Format, Format)
	}
	if doc.Article.URL == "" && doc.Article.ContentHash == "" {
		add("/article", "needs url or contentHash")
	}
	if doc.Article.Published != "" {
		if err := CheckDate(doc.Article.Published); err != nil {
			add("/article/published", "%v", err)
		}
	}
	var buf [256]int32
	actors := newIDSet(doc.Actors, buf[:])
	// The lists are walked by index, not by value: a range over values
	// copies each actor, event, stance and evidence item (100 to 200 bytes)
	// of every document an extractor checks.
	for i := range doc.Actors {
		a := &doc.Actors[i]
		if !actors.insert(i) {
			add(at("actors", i, "/id"), "actor %q is declared twice", a.ID)
		}
		for j := range a.Roles {
			r := &a.Roles[j]
			if r.Start != "" && CheckDate(r.Start) != nil {
				add(at("actors", i, "/roles/"+strconv.Itoa(j)+"/start"), "%v", CheckDate(r.Start))
			}
			if r.End != "" && CheckDate(r.End) != nil {
				add(at("actors", i, "/roles/"+strconv.Itoa(j)+"/end"), "%v", CheckDate(r.End))
			}
		}
		if !evidenceOK(a.Mentions) {
			checkEvidence(add, "actors", i, "/mentions", a.Mentions)
		}
	}
	for i := range doc.Events {
		e := &doc.Events[i]
		if !actors.declared(e.Source) {
			add(at("events", i, "/source"), undeclared, e.Source)
		}
		if !actors.declared(e.Target) {
			add(at("events", i, "/target"), undeclared, e.Target)
		}
		if e.Source != "" && e.Source == e.Target {
			checkSameActor(add, i, e)
		}
		if want := QuadClassOf(e.Root()); want != 0 && e.QuadClass != want {
			add(at("events", i, "/quadClass"), "is %d but CAMEO root %s is quad class %d", e.QuadClass, e.Root(), want)
		}
		if math.IsNaN(e.Goldstein) {
			add(at("events", i, "/goldstein"), "is not a number")
		}
		if e.Date != "" {
			if err := CheckDate(e.Date); err != nil {
				add(at("events", i, "/date"), "%v", err)
			}
		}
		if !evidenceOK(e.Evidence) {
			checkEvidence(add, "events", i, "/evidence", e.Evidence)
		}
	}
	for i := range doc.Stances {
		s := &doc.Stances[i]
		if !actors.declared(s.Source) {
			add(at("stances", i, "/source"), undeclared, s.Source)
		}
		if !actors.declared(s.Target) {
			add(at("stances", i, "/target"), undeclared, s.Target)
		}
		if s.Source == s.Target {
			add(at("stances", i, "/target"), "is the same actor as source (%q)", s.Source)
		}
		if !evidenceOK(s.Evidence) {
			checkEvidence(add, "stances", i, "/evidence", s.Evidence)
		}
	}
	return p
}

// undeclared is the message for a reference to an actor not in /actors.
const undeclared = "actor %q is not declared in /actors"

// idSet is the set of actor ids Check builds, an open-addressing table of
// indexes in the document's actors (plus one; 0 is an empty slot), hashed
// by idHash: extractors check every document, and a Go map hashes each id
// with a seed and compares out of line.
type idSet struct {
	actors []Actor
	slots  []int32 // a power of two, at most half full
	mask   uint32  // len(slots) - 1
}

// newIDSet returns an empty set for actors, in buf when it is large enough.
func newIDSet(actors []Actor, buf []int32) idSet {
	size := 16
	for size < 2*len(actors) {
		size *= 2
	}
	if size > len(buf) {
		buf = make([]int32, size)
	}
	return idSet{actors: actors, slots: buf[:size], mask: uint32(size - 1)}
}

// idHash hashes an id by its length and its first, middle and last bytes,
// mixed by one multiplication: the ids of a document differ there ("RUS",
// "UKR", "joko-widodo", "dprd-jawa-barat"), a set is at most half full, and
// ids that share all four only probe a slot further. Hashing every byte
// (FNV-1a) cost more than the probes it saves.
func idHash(id string) uint32 {
	n := len(id)
	if n == 0 {
		return 0
	}
	first, last := id[0], uint(n-1) // (unsigned: no bounds checks below)
	h := (uint32(n) | uint32(first)<<8 | uint32(id[last/2])<<16 | uint32(id[last])<<24) * 2654435761
	return h ^ h>>16
}

// has tells whether an actor of the set has id.
func (s *idSet) has(id string) bool {
	for k := idHash(id) & s.mask; ; k = (k + 1) & s.mask {
		v := s.slots[k]
		if v == 0 {
			return false
		}
		if s.actors[v-1].ID == id {
			return true
		}
	}
}

// declared tells whether id, a reference from an event or a stance, is
// empty (no actor) or the id of an actor of the set.
func (s *idSet) declared(id string) bool {
	return id == "" || s.has(id)
}

// insert puts actors[i] in the set and reports true, or reports false when
// an actor of the set has its id already: one probe sequence does both
// (a look-up, then an add, hashed and probed every actor's id twice).
func (s *idSet) insert(i int) bool {
	id := s.actors[i].ID
	k := idHash(id) & s.mask
	for v := s.slots[k]; v != 0; v = s.slots[k] {
		if s.actors[v-1].ID == id {
			return false
		}
		k = (k + 1) & s.mask
	}
	s.slots[k] = int32(i + 1)
	return true
}

// checkSameActor applies the rule for an event whose source is its target:
// an act inside one actor is an event only between two distinct parts of it,
// as CAMEO and GDELT code them (USAGOV → USAJUD: "Israeli prosecutors
// indicted the prime minister" is ISR/JUD → ISR/GOV). Both sectors must be
// given and differ; otherwise the field at fault is named.
func checkSameActor(add func(string, string, ...any), i int, e *Event) {
	switch {
	case e.SourceSector == "" && e.TargetSector == "":
		add(at("events", i, "/target"), "is the same actor as source (%q) and the event gives no sourceSector and targetSector: an act inside one actor needs both, and they must differ", e.Source)
	case e.SourceSector == "":
		add(at("events", i, "/sourceSector"), "is missing: target is the same actor as source (%q), so both sectors must be given and differ", e.Source)
	case e.TargetSector == "":
		add(at("events", i, "/targetSector"), "is missing: target is the same actor as source (%q), so both sectors must be given and differ", e.Source)
	case e.SourceSector == e.TargetSector:
		add(at("events", i, "/targetSector"), "is %q like sourceSector, and target is the same actor as source (%q): an act inside one actor needs two different sectors", e.TargetSector, e.Source)
	}
}

// at is the JSON pointer of field in item i of a top-level list.
func at(list string, i int, field string) string {
	return "/" + list + "/" + strconv.Itoa(i) + field
}

// evidenceOK tells whether every item of ev ends after it starts, which
// checkEvidence would then not report: the loop is small enough to be
// inlined into Check, and the call to checkEvidence is made only for a list
// with a problem.
func evidenceOK(ev []Evidence) bool {
	for j := range ev {
		if ev[j].End <= ev[j].Start {
			return false
		}
	}
	return true
}

func checkEvidence(add func(string, string, ...any), list string, i int, field string, ev []Evidence) {
	for j := range ev {
		if e := &ev[j]; e.End <= e.Start {
			add(at(list, i, field+"/"+strconv.Itoa(j)+"/end"), "end offset %d is not after start offset %d", e.End, e.Start)
		}
	}
}

// QuadClassOf returns the CAMEO quad class of a root code ("01".."20"), or 0
// for an unknown root: 01–05 verbal cooperation, 06–08 material cooperation,
// 09–13 verbal conflict, 14–20 material conflict. (A look-up in
// quadClasses, small enough to be inlined into Check, which asks it of
// every event.)
func QuadClassOf(root string) int {
	if len(root) != 2 {
		return 0
	}
	a, b := root[0]-'0', root[1]-'0' // wrap below '0', so one test rejects both sides
	if n := int(a)*10 + int(b); a <= 2 && b <= 9 && n < len(quadClasses) {
		return int(quadClasses[n])
	}
	return 0
}

// quadClasses is the quad class of each root 00–20 (0: none), by its number.
const quadClasses = "\x00\x01\x01\x01\x01\x01\x02\x02\x02\x03\x03\x03\x03\x03\x04\x04\x04\x04\x04\x04\x04"

// dateLayouts are the ISO 8601 forms a facts document may use, most precise first.
var dateLayouts = []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02T15:04Z07:00", "2006-01-02", "2006-01", "2006"}

// ParseDate parses an ISO 8601 date of any precision the format allows. It
// rejects dates that do not exist (2023-02-30).
func ParseDate(s string) (time.Time, error) {
	if t, ok := parseDay(s); ok {
		return t, nil
	}
	// The layout follows from the length; trying every layout in turn would
	// allocate an error per miss, and extractors check every date.
	layouts := dateLayouts[:4]
	switch len(s) {
	case 4:
		layouts = dateLayouts[6:7]
	case 7:
		layouts = dateLayouts[5:6]
	case 10:
		layouts = dateLayouts[4:5]
	default:
		if len(s) > 10 && s[10] == ' ' { // the schema allows a space for T
			s = s[:10] + "T" + s[11:]
		}
	}
	for _, l := range layouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a valid ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or RFC 3339)", s)
}

// parseDay is time.Parse of the layouts "2006-01-02", "2006-01" and "2006"
// (by the length of s) for a valid date: the same time, without the
// layout interpreter (extractors check every date of every document). It
// reports false for anything else, which ParseDate then parses the long
// way (and words the error as before).
func parseDay(s string) (time.Time, bool) {
	y, m, d, ok := dayParts(s)
	if !ok {
		return time.Time{}, false
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), true
}

// dayParts reads s in the layouts "2006-01-02", "2006-01" and "2006" (by its
// length) as parseDay does, and reports false where parseDay does. Missing
// month and day are 1. CheckDate needs no more than this: a time.Date per
// date was half the cost of checking a document's dates.
func dayParts(s string) (y, m, d int, ok bool) {
	n := len(s)
	if n != 4 && n != 7 && n != 10 {
		return 0, 0, 0, false
	}
	hi, ok1 := twoDigits(s, 0)
	lo, ok2 := twoDigits(s, 2)
	if !ok1 || !ok2 {
		return 0, 0, 0, false
	}
	y, m, d = hi*100+lo, 1, 1
	if n >= 7 {
		if m, ok = twoDigits(s, 5); !ok || s[4] != '-' || m < 1 || m > 12 {
			return 0, 0, 0, false
		}
	}
	if n == 10 {
		if d, ok = twoDigits(s, 8); !ok || s[7] != '-' || d < 1 || d > DaysIn(y, m) {
			return 0, 0, 0, false
		}
	}
	return y, m, d, true
}

// twoDigits is the value of the two ASCII digits of s at i and i+1 (a
// fixed-width read: a loop over the digits cost dayParts most of its time).
func twoDigits(s string, i int) (int, bool) {
	a, b := s[i]-'0', s[i+1]-'0' // wrap below '0', so one test rejects both sides
	return int(a)*10 + int(b), a <= 9 && b <= 9
}

// DaysIn is the number of days of month m (1–12) of year y in the
// Gregorian calendar; the extractor checks the dates it reads with it too.
func DaysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// CheckDate reports whether s is a date ParseDate accepts.
func CheckDate(s string) error {
	// The dates of extracted documents are days, months and years, which
	// dayParts accepts without building the time ParseDate would return.
	if _, _, _, ok := dayParts(s); ok {
		return nil
	}
	_, err := ParseDate(s)
	return err
}

// Day returns the YYYY-MM-DD form of an ISO date of any precision, taking the
// first day of a month or year: the day a fact is filed under in the graph.
func Day(s string) (string, error) {
	t, err := ParseDate(s)
	if err != nil {
		return "", err
	}
	return t.Format("2006-01-02"), nil
}
