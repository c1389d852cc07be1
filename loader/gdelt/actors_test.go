package gdelt

import (
	"context"
	"testing"

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
		ok               bool
	}{
		{"state government", actorCols{code: "USAGOV", country: "USA", type1: "GOV"}, "USA", "state", "GOV", true},
		{"state military", actorCols{code: "RUSMIL", country: "RUS", type1: "MIL"}, "RUS", "state", "MIL", true},
		{"sector from the code alone", actorCols{code: "RUSMIL"}, "RUS", "state", "MIL", true},
		{"rebels of a state", actorCols{code: "SYRREB", country: "SYR", type1: "REB"}, "SYR", "state", "REB", true},
		{"the UN", actorCols{code: "IGOUNO", group: "UNO", type1: "IGO"}, "united-nations", "igo", "", true},
		{"a UN agency named by its last code", actorCols{code: "IGOUNODEVWBK", group: "UNO", type1: "IGO"}, "world-bank", "igo", "", true},
		{"a state as a whole", actorCols{code: "CHN", country: "CHN"}, "CHN", "state", "", true},
		{"rebels of nowhere in particular", actorCols{code: "REB", type1: "REB"}, "", "", "", false},
		{"a region is not a state", actorCols{code: "AFR", country: "AFR"}, "", "", "", false},
		{"no actor", actorCols{}, "", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, sector, ok := tb.actor(tt.cols)
			if ok != tt.ok || a.ID != tt.id || a.Kind != tt.kind || sector != tt.sector {
				t.Errorf("actor(%+v) = %q %q %q %v, want %q %q %q %v", tt.cols, a.ID, a.Kind, sector, ok, tt.id, tt.kind, tt.sector, tt.ok)
			}
		})
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
