package gdelt

import (
	"context"
	"testing"

	"github.com/geokg/kg/graph"
	"github.com/geokg/kg/loader/extract/gazetteer"
)

func TestActorCodes(t *testing.T) {
	g, err := gazetteer.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	tb, err := newTables(g)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name             string
		cols             actorCols
		id, kind, sector string
		geo              bool
		skip             string
	}{
		{"state government", actorCols{code: "USAGOV", country: "USA", type1: "GOV"}, "USA", "state", "GOV", false, ""},
		{"state military", actorCols{code: "RUSMIL", country: "RUS", type1: "MIL"}, "RUS", "state", "MIL", false, ""},
		{"sector from the code alone", actorCols{code: "RUSMIL"}, "RUS", "state", "MIL", false, ""},
		{"rebels of a state", actorCols{code: "SYRREB", country: "SYR", type1: "REB"}, "SYR", "state", "REB", false, ""},
		{"the UN", actorCols{code: "IGOUNO", group: "UNO", type1: "IGO"}, "united-nations", "igo", "", false, ""},
		{"a UN agency named by its last code", actorCols{code: "IGOUNODEVWBK", group: "UNO", type1: "IGO"}, "world-bank", "igo", "", false, ""},
		{"the EU, not Europe", actorCols{code: "IGOEUREEC", country: "EUR", group: "EEC", type1: "IGO"}, "european-union", "igo", "", false, ""},
		{"a state as a whole", actorCols{code: "CHN", country: "CHN"}, "CHN", "state", "", false, ""},
		{"a state's code wins over its geocoding", actorCols{code: "FRAGOV", country: "FRA", type1: "GOV", geoCountry: "US"}, "FRA", "state", "GOV", false, ""},
		// Regions (regions.tsv): region actors of kind place.
		{"a region", actorCols{code: "AFR", country: "AFR"}, "africa", "place", "", false, ""},
		{"a region's governments", actorCols{code: "AFRGOV", country: "AFR", type1: "GOV"}, "africa", "place", "GOV", false, ""},
		{"a region the gazetteer knows", actorCols{code: "PGS", country: "PGS", geoCountry: "IR"}, "persian-gulf", "place", "", false, ""},
		{"Europe", actorCols{code: "EUREDU", country: "EUR", type1: "EDU"}, "europe", "place", "EDU", false, ""},
		{"a region's group the gazetteer lacks", actorCols{code: "IGOSAFSAD", country: "SAF", group: "SAD", type1: "IGO"}, "", "", "", false, SkipRegionsGroup},
		// Bare roles: the state GDELT geocoded them to (FIPS → ISO).
		{"government geocoded to the US", actorCols{code: "GOV", type1: "GOV", geoCountry: "US"}, "USA", "state", "GOV", true, ""},
		{"police geocoded to Germany (FIPS GM)", actorCols{code: "COP", type1: "COP", geoCountry: "GM"}, "DEU", "state", "COP", true, ""},
		{"business geocoded to South Africa (FIPS SF, not SA)", actorCols{code: "BUS", type1: "BUS", geoCountry: "SF"}, "ZAF", "state", "BUS", true, ""},
		{"judges geocoded to Saudi Arabia (FIPS SA)", actorCols{code: "JUD", type1: "JUD", geoCountry: "SA"}, "SAU", "state", "JUD", true, ""},
		{"a role from a two-part code", actorCols{code: "GOVMED", type1: "GOV", geoCountry: "UK"}, "GBR", "state", "GOV", true, ""},
		{"a role with no type column", actorCols{code: "REL", geoCountry: "IN"}, "IND", "state", "REL", true, ""},
		{"Jewish civilians: the role, not the religion", actorCols{code: "JEWCVL", religion: "JEW", type1: "CVL", geoCountry: "IS"}, "ISR", "state", "CVL", true, ""},
		{"a religion is no state", actorCols{code: "JEW", religion: "JEW", geoCountry: "IS"}, "", "", "", false, SkipNoState},
		{"an ethnic group is no state", actorCols{code: "kur", ethnic: "kur", geoCountry: "IZ"}, "", "", "", false, SkipNoState},
		{"rebels of nowhere in particular", actorCols{code: "REB", type1: "REB"}, "", "", "", false, SkipNoGeo},
		{"a role geocoded to no state", actorCols{code: "GOV", type1: "GOV", geoCountry: "ZZ"}, "", "", "", false, SkipGeoNotState},
		{"an unknown country code", actorCols{code: "XYZGOV", country: "XYZ", type1: "GOV", geoCountry: "US"}, "", "", "", false, SkipUnknownCode},
		{"no actor", actorCols{}, "", "", "", false, SkipNoActor},
		{"no actor, only a place", actorCols{geoCountry: "US"}, "", "", "", false, SkipNoActor},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := tb.resolve(tt.cols)
			if r.actor.ID != tt.id || r.actor.Kind != tt.kind || r.sector != tt.sector || r.geo != tt.geo || r.skip != tt.skip {
				t.Errorf("resolve(%+v) = %q %q %q geo=%v skip=%q, want %q %q %q geo=%v skip=%q", tt.cols,
					r.actor.ID, r.actor.Kind, r.sector, r.geo, r.skip, tt.id, tt.kind, tt.sector, tt.geo, tt.skip)
			}
			if r.skip != "" && r.actor.ID != "" {
				t.Errorf("skipped with an actor %q", r.actor.ID)
			}
		})
	}
}

// TestFIPSTable checks the generated FIPS → ISO table where CountryInfo is
// wrong or ambiguous, and that every ISO code it gives is a real alpha-3.
func TestFIPSTable(t *testing.T) {
	g, err := gazetteer.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	tb, err := newTables(g)
	if err != nil {
		t.Fatal(err)
	}
	for fips, iso := range map[string]string{"US": "USA", "UK": "GBR", "GM": "DEU", "CH": "CHN", "RS": "RUS",
		"IS": "ISR", "CG": "COD", "CF": "COG", "SA": "SAU", "SF": "ZAF", "ZI": "ZWE", "BM": "MMR", "GZ": "PSE", "WE": "PSE"} {
		t.Run(fips, func(t *testing.T) {
			if got := tb.fips[fips]; got != iso {
				t.Errorf("fips[%s] = %q, want %q", fips, got, iso)
			}
		})
	}
	states := 0
	for _, iso := range tb.fips {
		if e, ok := g.Lookup(iso); ok && e.Kind == "state" {
			states++
		}
	}
	if states < 190 {
		t.Errorf("only %d of %d FIPS codes name a state of the gazetteer", states, len(tb.fips))
	}
}

func TestCameoLabels(t *testing.T) {
	g, err := gazetteer.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	tb, err := newTables(g)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ code, typ string }{
		{"040", "meet"}, {"051", "express_support"}, {"9999", "cameo_9999"},
	} {
		t.Run(tt.code, func(t *testing.T) {
			if typ, _ := tb.label(tt.code); typ != tt.typ {
				t.Errorf("label(%s) = %q, want %q", tt.code, typ, tt.typ)
			}
		})
	}
}

// TestDropSelfTarget: a row whose Actor2 is Actor1's own actor keeps its
// target only with two different sectors (USAGOV → USAJUD), as the facts
// contract has it; otherwise the event has no target, never a self-loop.
func TestDropSelfTarget(t *testing.T) {
	tests := []struct {
		name                       string
		src, srcSec, tgt, tgtSec   string
		dropped                    bool
		wantTarget, wantTargetSect string
	}{
		{"two parts of one state", "USA", "GOV", "USA", "JUD", false, "USA", "JUD"},
		{"the government and the whole state", "USA", "GOV", "USA", "", true, "", ""},
		{"the whole state and its police", "USA", "", "USA", "COP", true, "", "COP"},
		{"one state twice", "USA", "", "USA", "", true, "", ""},
		{"the same sector twice", "DEU", "GOV", "DEU", "GOV", true, "", ""},
		{"two states", "RUS", "MIL", "UKR", "", false, "UKR", ""},
		{"no target", "RUS", "COP", "", "OPP", false, "", "OPP"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := graph.ImportedEvent{Source: tt.src, SourceSector: tt.srcSec, Target: tt.tgt, TargetSector: tt.tgtSec}
			if got := dropSelfTarget(&ev); got != tt.dropped {
				t.Errorf("dropped = %v, want %v", got, tt.dropped)
			}
			if ev.Target != tt.wantTarget || ev.TargetSector != tt.wantTargetSect || ev.Source != tt.src || ev.SourceSector != tt.srcSec {
				t.Errorf("event %s/%s → %s/%s, want %s/%s → %s/%s", ev.Source, ev.SourceSector, ev.Target, ev.TargetSector,
					tt.src, tt.srcSec, tt.wantTarget, tt.wantTargetSect)
			}
		})
	}
}
