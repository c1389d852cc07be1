// Package facts defines the facts document: the versioned JSON format, one
// document per article, in which extracted or hand-written knowledge reaches
// the loader. It owns the Go types, the JSON Schema (facts.schema.json) and the
// validation that names the field that is wrong.
//
// It must not talk to Neo4j or know how facts are stored; the loader maps a
// validated Document onto graph writes. See README.md beside this file for the
// format described field by field.
package facts

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

// Format is the value of the "format" field of every document this version
// of the package reads and writes. A breaking change to the format gets a new
// number; readers reject versions they do not know rather than guess.
const Format = "kg-facts/1"

// Document is everything known from one article.
type Document struct {
	Format    string    `json:"format"`
	Article   Article   `json:"article"`
	Extractor Extractor `json:"extractor"`
	Actors    []Actor   `json:"actors"`
	Events    []Event   `json:"events,omitempty"`
	Stances   []Stance  `json:"stances,omitempty"`
	// Warnings say what the producer left out of the document, for example
	// the sentences after an extractor cap was reached. A document with
	// warnings is complete as far as it goes; loaders report them.
	Warnings []string `json:"warnings,omitempty"`
}

// Article is the source of every fact in a document.
type Article struct {
	// URL identifies the article. When empty, ContentHash does.
	URL string `json:"url,omitempty"`
	// ContentHash is "sha256:<hex>" of the article text; required without URL.
	ContentHash string `json:"contentHash,omitempty"`
	Title       string `json:"title,omitempty"`
	Source      string `json:"source,omitempty"`
	Language    string `json:"language,omitempty"`
	// Published is the article date, ISO 8601 (YYYY-MM-DD or an RFC 3339 time).
	Published string `json:"published,omitempty"`
	Dateline  string `json:"dateline,omitempty"`
}

// ID is the article's stable identifier: its URL, or its content hash.
func (a Article) ID() string {
	if a.URL != "" {
		return a.URL
	}
	return a.ContentHash
}

// Extractor names what produced the document ("manual" for hand-written
// documents) and its version; every evidence row records it.
type Extractor struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// String is the "name/version" label stored with each piece of evidence.
func (e Extractor) String() string { return e.Name + "/" + e.Version }

// Actor kinds. The list is closed so that queries can filter on it.
const (
	KindState        = "state"        // sovereign state or territory, ID is ISO 3166 alpha-3
	KindPerson       = "person"       // a named individual
	KindOrganization = "organization" // company, party, NGO, ministry...
	KindIGO          = "igo"          // intergovernmental organization (UN, NATO)
	KindArmedGroup   = "armed_group"  // rebels, militias, private military companies
	KindMedia        = "media"        // news agencies and outlets
	KindMission      = "mission"      // embassies and consulates
	KindPlace        = "place"        // regions, cities, sites that are not states
	KindGovernment   = "government"   // a state's government or leadership as an actor
	KindLegislature  = "legislature"  // a parliament or one of its chambers (DPR, Senate, Duma)
	KindCourt        = "court"        // a court or tribunal (Mahkamah Agung, ICC)
	KindMilitary     = "military"     // armed forces or one of their branches (TNI AU, Russian Navy)
	KindAgency       = "agency"       // a ministry, intelligence, police or regulatory agency
)

// ActorKinds lists every valid Actor.Kind (a new slice each call: the
// list is the contract, not something a caller may change).
func ActorKinds() []string {
	return []string{KindState, KindPerson, KindOrganization, KindIGO, KindArmedGroup, KindMedia, KindMission, KindPlace, KindGovernment,
		KindLegislature, KindCourt, KindMilitary, KindAgency}
}

// Actor is a real-world entity named in the article.
type Actor struct {
	// ID is the canonical key: ISO 3166 alpha-3 for states ("RUS"), a
	// Wikidata QID ("Q7747"), or a lower-case slug ("wagner-group").
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Kind     string   `json:"kind"`
	Country  string   `json:"country,omitempty"` // alpha-3 of the state it belongs to
	Wikidata string   `json:"wikidata,omitempty"`
	Aliases  []string `json:"aliases,omitempty"`
	Roles    []Role   `json:"roles,omitempty"`
	// Mentions are the places in the article that name the actor.
	Mentions []Evidence `json:"mentions,omitempty"`
}

// Role is a position held by a person: "head_of_state" of "RUS" from a
// start date to an end date (empty End means still in office).
type Role struct {
	Title string `json:"title"`
	Of    string `json:"of,omitempty"` // actor ID of the state or organization
	Start string `json:"start,omitempty"`
	End   string `json:"end,omitempty"`
}

// Event statuses say what the sentence asserts: that it happened (fact), that
// someone claims it did (alleged), that it is contested (disputed) or denied
// (denied), or only that it is threatened, planned or demanded — the speech
// act is then its own event, and this one did not (yet) happen.
const (
	StatusFact       = "fact"
	StatusAlleged    = "alleged"
	StatusDisputed   = "disputed"
	StatusDenied     = "denied"
	StatusThreatened = "threatened"
	StatusPlanned    = "planned"
	StatusDemanded   = "demanded"
)

// EventStatuses lists every valid Event.Status (a new slice each call).
func EventStatuses() []string {
	return []string{StatusFact, StatusAlleged, StatusDisputed, StatusDenied, StatusThreatened, StatusPlanned, StatusDemanded}
}

// Event is who did what to whom, when, coded in CAMEO with PLOVER beside it.
type Event struct {
	// Type is a short readable label ("express_support", "invade").
	Type string `json:"type"`
	// Cameo is the CAMEO event code, 2 to 4 digits ("051"); its first two
	// digits are the root code 01–20.
	Cameo     string  `json:"cameo"`
	QuadClass int     `json:"quadClass"` // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
	Goldstein float64 `json:"goldstein"` // -10..10
	Plover    string  `json:"plover,omitempty"`
	Source    string  `json:"source"`           // actor ID
	Target    string  `json:"target,omitempty"` // actor ID, empty when there is none
	// SourceSector and TargetSector are CAMEO agent codes (GOV, MIL, REB, JUD,
	// LEG, COP, SPY, ...) saying which part of the source or target acted:
	// "Russian troops" is source RUS with sector MIL. Empty: the actor as a whole.
	// An event inside one actor has Source == Target; it is valid only when
	// both sectors are given and differ ("Israeli prosecutors indicted the
	// prime minister": ISR/JUD → ISR/GOV, as GDELT's ISRJUD → ISRGOV).
	SourceSector string `json:"sourceSector,omitempty"`
	TargetSector string `json:"targetSector,omitempty"`
	// Date is when it happened, as precise as known: YYYY-MM-DD, YYYY-MM or YYYY.
	Date       string     `json:"date,omitempty"`
	Status     string     `json:"status"`
	Confidence float64    `json:"confidence"`
	Evidence   []Evidence `json:"evidence"`
}

// Root is the two-digit CAMEO root code of the event.
func (e Event) Root() string {
	if len(e.Cameo) < 2 {
		return e.Cameo
	}
	return e.Cameo[:2]
}

// ID is the event's stable identifier: a hash of source, type, target, date
// and article, so that loading the same article twice yields the same event.
func (e Event) ID(articleID string) string {
	return Hash("event", e.Source, e.Type, e.Cameo, e.Target, e.Date, articleID)
}

// Stance relations. Ally and partner are explicit statements of alignment;
// cooperative and hostile usually aggregate events ("derived").
const (
	RelationAlly        = "ally"
	RelationPartner     = "partner"
	RelationCooperative = "cooperative"
	RelationHostile     = "hostile"
)

// Stance kinds: said in so many words, or derived from events.
const (
	StanceExplicit = "explicit"
	StanceDerived  = "derived"
)

// Stance is an alliance or a lasting attitude of one actor towards another.
type Stance struct {
	Source   string     `json:"source"`
	Target   string     `json:"target"`
	Relation string     `json:"relation"`
	Kind     string     `json:"kind"`
	Strength float64    `json:"strength"` // 0..1
	Evidence []Evidence `json:"evidence"`
}

// ID is the stance's stable identifier. A stance is shared by every article
// that supports it; its evidence rows record which.
func (s Stance) ID() string { return Hash("stance", s.Source, s.Relation, s.Kind, s.Target) }

// Evidence is the sentence of the article that states a fact.
type Evidence struct {
	Sentence string `json:"sentence"`
	// Start and End are byte offsets of the sentence in the article text.
	Start int `json:"start"`
	End   int `json:"end"`
	// Confidence of this piece of evidence, 0..1.
	Confidence float64 `json:"confidence"`
	// Matched are the words that triggered the fact, for explanations.
	Matched []string `json:"matched,omitempty"`
	// Rule names the extraction rule, for explanations.
	Rule string `json:"rule,omitempty"`
	// Related marks evidence from a related-article line ("Baca Juga:"),
	// which is not a fact of this article.
	Related bool `json:"related,omitempty"`
}

// Hash returns a short stable identifier for the given parts.
func Hash(parts ...string) string {
	h := sha256.Sum256([]byte(strings.Join(parts, "\x1f")))
	return hex.EncodeToString(h[:12])
}

// ContentHash returns the "sha256:<hex>" identifier of an article text.
func ContentHash(text string) string {
	// The text goes to the hash through a small buffer, not as one copy of
	// it ([]byte(text)): extractors hash every article.
	h := sha256.New()
	buf := make([]byte, 0, 1024)
	for len(text) > 0 {
		n := min(len(text), cap(buf))
		buf = append(buf[:0], text[:n]...)
		h.Write(buf)
		text = text[n:]
	}
	var out [len("sha256:") + 2*sha256.Size]byte
	copy(out[:], "sha256:")
	hex.Encode(out[len("sha256:"):], h.Sum(buf[:0]))
	return string(out[:])
}
