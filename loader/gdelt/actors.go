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

// cameoRow is one code of the extractor's CAMEO table (a copy of
// loader/extract/cameo.tsv, which that package does not export).
type cameoRow struct {
	plover, typ string
}

// tables are the code lists the mapping reads, parsed once per Importer.
type tables struct {
	gaz    *gazetteer.Gazetteer
	groups map[string]string // known-group code → actor ID
	cameo  map[string]cameoRow
}

func newTables(gaz *gazetteer.Gazetteer) (*tables, error) {
	t := &tables{gaz: gaz, groups: map[string]string{}, cameo: map[string]cameoRow{}}
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

// actorCols are one actor's columns of a row.
type actorCols struct {
	code, name, country, group, type1 string
}

// sectorKinds are the CAMEO agent codes that are a part of a state's
// apparatus, with the actor kind the extractor gives such a named body.
var sectorKinds = map[string]string{
	"GOV": "government", "MIL": "military", "LEG": "legislature", "JUD": "court",
	"COP": "agency", "SPY": "agency",
}

// actor maps GDELT's actor columns onto the project's actors with the
// extractor's state/sector model: a state (ISO alpha-3, as CAMEO country
// codes mostly are) with the CAMEO agent code of the part that acted
// (USAGOV → USA + GOV, RUSMIL → RUS + MIL); a known group the gazetteer
// knows (IGOUNO → united-nations, an IGO); ok false when neither is there
// (GDELT's "GOV" or "POLICE" without a country names nobody in particular).
func (t *tables) actor(a actorCols) (actor graph.Actor, sector string, ok bool) {
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
			return entryActor(e), "", true
		}
	}
	country := a.country
	if country == "" && len(a.code) >= 3 {
		country = a.code[:3]
	}
	e, found := t.gaz.Lookup(country)
	if !found || e.Kind != "state" {
		return graph.Actor{}, "", false
	}
	sector = a.type1
	if sector == "" && len(a.code) >= 6 && a.code[:3] == country {
		sector = a.code[3:6]
	}
	if !isAgentCode(sector) {
		sector = ""
	}
	return entryActor(e), sector, true
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
