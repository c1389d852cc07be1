package gdelt

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"strconv"
	"strings"

	"github.com/geokg/kg/graph"
	"github.com/geokg/kg/loader/extract/gazetteer"
)

//go:embed groups.tsv
var groupsTSV []byte

//go:embed cameo.tsv
var cameoTSV []byte

//go:embed regions.tsv
var regionsTSV []byte

//go:embed fips.tsv
var fipsTSV []byte

// GeoConfidence is the confidence of an event whose Actor1 state
// comes from GDELT's geocoding of the actor (Actor*Geo_CountryCode) rather
// than from its actor code: a bare "GOV" or "COP" that GDELT located in a
// country is most often that country's government or police, but the
// location is of where the actor was reported, not whose it is.
const GeoConfidence = 0.5

// cameoRow is one code of the extractor's CAMEO table (a copy of
// loader/extract/cameo.tsv, which that package does not export).
type cameoRow struct {
	plover, typ string
}

// tables are the code lists the mapping reads, parsed once per Importer.
type tables struct {
	gaz     *gazetteer.Gazetteer
	groups  map[string]string // known-group code → actor ID
	cameo   map[string]cameoRow
	regions map[string]graph.Actor // CAMEO region code → region actor
	fips    map[string]string      // FIPS 10-4 country code → ISO alpha-3
}

// readTSV calls row for every line of a tab-separated table that is not
// blank or a # comment, with its fields; n columns are required.
func readTSV(name string, data []byte, n int, row func(line int, f []string) error) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	for i := 1; sc.Scan(); i++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != n {
			return fmt.Errorf("gdelt: %s:%d: want %d columns, have %d", name, i, n, len(f))
		}
		if err := row(i, f); err != nil {
			return fmt.Errorf("gdelt: %s:%d: %w", name, i, err)
		}
	}
	return nil
}

func newTables(gaz *gazetteer.Gazetteer) (*tables, error) {
	t := &tables{gaz: gaz, groups: map[string]string{}, cameo: map[string]cameoRow{},
		regions: map[string]graph.Actor{}, fips: map[string]string{}}
	err := readTSV("regions.tsv", regionsTSV, 3, func(_ int, f []string) error {
		a := graph.Actor{ID: f[1], Name: f[2], Kind: "place"}
		if e, ok := gaz.Lookup(f[1]); ok {
			if e.Kind != "place" {
				return fmt.Errorf("%s is a %s in the gazetteer, not a place", f[1], e.Kind)
			}
			a = entryActor(e)
		}
		t.regions[f[0]] = a
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTSV("fips.tsv", fipsTSV, 2, func(_ int, f []string) error {
		t.fips[f[0]] = f[1]
		return nil
	})
	if err != nil {
		return nil, err
	}
	sc := bufio.NewScanner(bytes.NewReader(groupsTSV))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 2 {
			return nil, fmt.Errorf("gdelt: groups.tsv:%d: want 2 columns, have %d", n, len(f))
		}
		if _, ok := gaz.Lookup(f[1]); !ok {
			return nil, fmt.Errorf("gdelt: groups.tsv:%d: %s is not in the gazetteer", n, f[1])
		}
		t.groups[f[0]] = f[1]
	}
	sc = bufio.NewScanner(bytes.NewReader(cameoTSV))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 6 {
			return nil, fmt.Errorf("gdelt: cameo.tsv:%d: want 6 columns, have %d", n, len(f))
		}
		t.cameo[f[0]] = cameoRow{plover: f[4], typ: f[5]}
	}
	return t, nil
}

// label returns the type label and PLOVER category of a CAMEO code: the
// code's own, else its base code's (first three digits), else its root's
// ("cameo_14" for an unknown protest code).
func (t *tables) label(code string) (typ, plover string) {
	for _, c := range []string{code, prefix(code, 3), prefix(code, 2) + "0"} {
		if r, ok := t.cameo[c]; ok {
			return r.typ, r.plover
		}
	}
	return "cameo_" + code, ""
}

func prefix(s string, n int) string {
	if len(s) < n {
		return s
	}
	return s[:n]
}

// actorCols are one actor's columns of a row, and GDELT's geocoded country
// of the actor (Actor*Geo_CountryCode, FIPS 10-4).
type actorCols struct {
	code, name, country, group, ethnic, religion, type1 string
	geoCountry                                          string
}

// Why an actor's columns name nobody: the summary counts skipped event
// rows by these reasons (of their Actor1).
const (
	SkipNoActor      = "no Actor1"
	SkipNoState      = "Actor1 a religious or ethnic group with no country"
	SkipNoGeo        = "Actor1 a role with no country, none geocoded"
	SkipGeoNotState  = "Actor1 a role with no country, geocoded to a territory that is no state"
	SkipUnknownCode  = "Actor1 country code neither a state nor a region"
	SkipRegionsGroup = "Actor1 a known group of a region the gazetteer lacks"
)

// resolved is who an actor's columns name.
type resolved struct {
	actor  graph.Actor
	sector string // a CAMEO agent code, may be empty
	geo    bool   // the state is GDELT's geocoding of the actor (GeoConfidence)
	skip   string // nobody: why (a Skip… reason); actor is empty
}

// resolve maps GDELT's actor columns onto the project's actors, with the
// extractor's state/sector model, in this order:
//
//  1. a known group the gazetteer knows, the most specific the code names
//     (IGOUNO → united-nations; IGOUNODEVWBK → world-bank);
//  2. a state by its CAMEO country code (ISO alpha-3, as CAMEO's mostly
//     are), the column's or the code's first three letters, with the agent
//     code of the part that acted (USAGOV → USA + GOV, RUSMIL → RUS + MIL);
//  3. a CAMEO region (AFR, EUR, MEA, …: regions.tsv) as a region actor of
//     kind place, with its agent code (AFRGOV → africa + GOV) — unless the
//     row names a known group of that region the gazetteer lacks (SADC);
//  4. a bare role with no country (GDELT's "GOV", "COP", "BUS", "EDU": the
//     actor's Type1Code, or the code's first three letters when they are
//     not its religion or ethnicity): the state GDELT geocoded the actor to
//     (Actor*Geo_CountryCode, FIPS 10-4 → ISO by fips.tsv), with the role as
//     its sector and geo set: GDELT's own geocoding, a lower confidence;
//  5. nobody otherwise, with the reason.
func (t *tables) resolve(a actorCols) resolved {
	if a.group != "" {
		// The most specific group the code names: IGOUNODEVWBK is the World
		// Bank (its KnownGroupCode says UNO), IGOUNO the United Nations.
		id, found := t.groups[a.group]
		if len(a.code)%3 == 0 {
			for i := len(a.code) - 3; i >= 0; i -= 3 {
				if g, ok := t.groups[a.code[i:i+3]]; ok {
					id, found = g, true
					break
				}
			}
		}
		if found {
			e, _ := t.gaz.Lookup(id)
			return resolved{actor: entryActor(e)}
		}
	}
	if a.code == "" && a.country == "" {
		return resolved{skip: SkipNoActor}
	}
	country := a.country
	if country == "" && len(a.code) >= 3 {
		country = a.code[:3]
	}
	sectorOf := func() string {
		sector := a.type1
		if sector == "" && len(a.code) >= 6 && a.code[:3] == country {
			sector = a.code[3:6]
		}
		if !isAgentCode(sector) {
			return ""
		}
		return sector
	}
	if e, found := t.gaz.Lookup(country); found && e.Kind == "state" {
		return resolved{actor: entryActor(e), sector: sectorOf()}
	}
	if r, ok := t.regions[country]; ok {
		if a.group != "" {
			return resolved{skip: SkipRegionsGroup}
		}
		return resolved{actor: r, sector: sectorOf()}
	}
	if a.country != "" {
		return resolved{skip: SkipUnknownCode}
	}
	// No country: a bare role, or a religion or ethnic group.
	role := a.type1
	if !isAgentCode(role) {
		role = ""
		if c := prefix(a.code, 3); isAgentCode(c) && c != strings.ToUpper(a.religion) && c != strings.ToUpper(a.ethnic) {
			role = c
		}
	}
	if role == "" {
		return resolved{skip: SkipNoState}
	}
	if a.geoCountry == "" {
		return resolved{skip: SkipNoGeo}
	}
	if e, found := t.gaz.Lookup(t.fips[a.geoCountry]); found && e.Kind == "state" {
		return resolved{actor: entryActor(e), sector: role, geo: true}
	}
	return resolved{skip: SkipGeoNotState}
}

func isAgentCode(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

func entryActor(e *gazetteer.Entry) graph.Actor {
	return graph.Actor{ID: e.ID, Name: e.Name, Kind: e.Kind, Country: e.Country, Wikidata: e.Wikidata}
}

// parseFloatPtr parses an optional float: nil when empty.
func parseFloatPtr(s string) (*float64, error) {
	if s == "" {
		return nil, nil
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return nil, err
	}
	return &f, nil
}

// CameoCodes lists the CAMEO codes of the table the importer labels events
// with (the benchmark generates rows from it).
func CameoCodes() []string {
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(cameoTSV))
	for sc.Scan() {
		if line := sc.Text(); line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, strings.SplitN(line, "\t", 2)[0])
		}
	}
	return out
}
