package loader_test

import (
	"testing"

	"github.com/geokg/kg/loader"
	"github.com/geokg/kg/loader/facts"
)

// TestEventIDSectors: sectors are part of an event's identity only inside
// one actor, where they say who acted on whom.
func TestEventIDSectors(t *testing.T) {
	ev := func(src, srcSec, tgt, tgtSec string) facts.Event {
		return facts.Event{Cameo: "111", Source: src, SourceSector: srcSec, Target: tgt, TargetSector: tgtSec, Status: "fact", Date: "2024-03-01"}
	}
	tests := []struct {
		name string
		a, b facts.Event
		same bool
	}{
		{"inside one state, the two directions", ev("ISR", "JUD", "ISR", "GOV"), ev("ISR", "GOV", "ISR", "JUD"), false},
		{"inside one state, other parts", ev("ISR", "JUD", "ISR", "GOV"), ev("ISR", "COP", "ISR", "GOV"), false},
		{"inside one state, the same parts", ev("ISR", "JUD", "ISR", "GOV"), ev("ISR", "JUD", "ISR", "GOV"), true},
		{"between two states, with and without a sector", ev("RUS", "MIL", "UKR", ""), ev("RUS", "", "UKR", ""), true},
		{"between two states, other sectors", ev("RUS", "MIL", "UKR", "GOV"), ev("RUS", "GOV", "UKR", "MIL"), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := loader.EventID(tt.a, "art"), loader.EventID(tt.b, "art")
			if (a == b) != tt.same {
				t.Errorf("IDs %s and %s: same = %v, want %v", a, b, a == b, tt.same)
			}
		})
	}
	// Events between two actors keep the IDs they had before sectors
	// counted inside one actor.
	e := ev("RUS", "MIL", "UKR", "")
	if got, want := loader.EventID(e, "art"), facts.Hash("happening", "RUS", "111", "UKR", "fact", "2024-03-01"); got != want {
		t.Errorf("ID of RUS → UKR changed: %s, want %s", got, want)
	}
}
