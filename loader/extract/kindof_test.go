package extract

import (
	"testing"

	"github.com/geokg/kg/loader/facts"
)

// TestKindOf compares the kind bits findMentions tests with the string
// tests they replace, for every kind and one no kind has.
func TestKindOf(t *testing.T) {
	kinds := []string{facts.KindState, facts.KindPerson, facts.KindOrganization, facts.KindIGO, facts.KindArmedGroup, facts.KindMedia, facts.KindMission, facts.KindPlace, facts.KindGovernment, facts.KindLegislature, facts.KindCourt, facts.KindMilitary, facts.KindAgency, "", "States"}
	for _, k := range kinds {
		b := kindOf(k)
		housed := k == facts.KindGovernment || k == facts.KindLegislature || k == facts.KindCourt
		armed := housed || k == facts.KindMilitary || k == facts.KindAgency
		for _, c := range []struct {
			name      string
			bits, str bool
		}{
			{"state", b&ekState != 0, k == facts.KindState},
			{"person", b&ekPerson != 0, k == facts.KindPerson},
			{"org", b&ekOrg != 0, k == facts.KindOrganization},
			{"media", b&ekMedia != 0, k == facts.KindMedia},
			{"place", b&ekPlace != 0, k == facts.KindPlace},
			{"government", b&ekGovernment != 0, k == facts.KindGovernment},
			{"legislature", b&ekLegislature != 0, k == facts.KindLegislature},
			{"agency", b&ekAgency != 0, k == facts.KindAgency},
			{"housed", b&ekHoused != 0, housed},
			{"housed or armed", b&ekHousedOrArmed != 0, armed},
		} {
			if c.bits != c.str {
				t.Errorf("kindOf(%q): %s is %v by the bits, %v by the strings", k, c.name, c.bits, c.str)
			}
		}
	}
}
