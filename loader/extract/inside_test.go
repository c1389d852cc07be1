package extract

import (
	"context"
	"testing"
)

// TestEventsInsideOneState checks acts between two parts of one state,
// coded as CAMEO and GDELT code them (ISRJUD → ISRGOV): the state on both
// sides with two different sectors, from group nouns, named bodies and
// office holders acting for their state. Without two distinct sectors the
// act is no event, and no such event makes a stance (an actor is never its
// own ally or adversary).
func TestEventsInsideOneState(t *testing.T) {
	x := extractor(t)
	type ev struct{ src, srcSec, root, tgt, tgtSec string }
	tests := []struct {
		name, lang, text string
		want             []ev // each must be there
	}{
		{"prosecutors and a head of government", "en", "Israeli prosecutors indicted Benjamin Netanyahu on Thursday.",
			[]ev{{"ISR", "JUD", "17", "ISR", "GOV"}}},
		{"judges and a titled head of government", "en", "Israeli judges criticized Prime Minister Benjamin Netanyahu.",
			[]ev{{"ISR", "JUD", "11", "ISR", "GOV"}}},
		{"the head of government acts on a sector", "en", "Netanyahu criticized Israeli judges.",
			[]ev{{"ISR", "GOV", "11", "ISR", "JUD"}}},
		{"a named agency and a named legislature", "en", "Indonesian police arrested two members of Indonesia's parliament on Monday.",
			[]ev{{"IDN", "COP", "17", "IDN", "LEG"}}},
		{"two nationality + group nouns", "en", "Thai soldiers detained Thai protesters near the parliament.",
			[]ev{{"THA", "MIL", "17", "THA", "OPP"}}},
		{"military accuses rebels", "en", "The Indonesian military accused Indonesian rebels of killing a teacher.",
			[]ev{{"IDN", "MIL", "11", "IDN", "REB"}}},
		{"polisi and DPR", "id", "Polisi Indonesia menangkap anggota DPR di Jakarta pada Senin.",
			[]ev{{"IDN", "COP", "17", "IDN", "LEG"}}},
		{"KPK and DPR", "id", "KPK menangkap seorang anggota DPR pada Rabu.",
			[]ev{{"IDN", "GOV", "17", "IDN", "LEG"}}},
		{"polisi and demonstran", "id", "Polisi Thailand menahan demonstran Thailand di Bangkok.",
			[]ev{{"THA", "COP", "17", "THA", "OPP"}}},
		{"militer accuses pemberontak", "id", "Militer Indonesia menuduh pemberontak Indonesia membunuh seorang guru.",
			[]ev{{"IDN", "MIL", "11", "IDN", "REB"}}},
		{"the president praises the police", "id", "Presiden Joko Widodo memuji polisi Indonesia.",
			[]ev{{"IDN", "GOV", "05", "IDN", "COP"}}},
		{"the legislature criticizes the president", "id", "DPR mengkritik Presiden Joko Widodo.",
			[]ev{{"IDN", "LEG", "11", "IDN", "GOV"}}},
		{"a bare passive agent", "id", "Seorang anggota DPR ditangkap polisi Indonesia di Bandung.",
			[]ev{{"IDN", "COP", "17", "IDN", "LEG"}}},
		// No two distinct parts, or no source of the verb's own: no event.
		{"another verb's object is no source", "en", "Vietnam summoned a Chinese envoy to protest what it described as attacks by Chinese police on fishermen.", nil},
		{"a sector and the whole state", "en", "Russian troops attacked Russia.", nil},
		{"the head of government and the whole state", "en", "Netanyahu criticized Israel.", nil},
		{"the same state twice", "id", "Indonesia mengkritik Indonesia.", nil},
		{"pasukan and the whole state", "id", "Tentara Rusia menyerang Rusia.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := x.Article(context.Background(), Input{Text: tc.text, Lang: tc.lang, Published: "2024-03-01"})
			if err != nil {
				t.Fatal(err)
			}
			var got []ev
			for _, e := range doc.Events {
				g := ev{e.Source, e.SourceSector, e.Root(), e.Target, e.TargetSector}
				got = append(got, g)
				if e.Source == e.Target && (e.SourceSector == "" || e.TargetSector == "" || e.SourceSector == e.TargetSector) {
					t.Errorf("event inside %s without two distinct sectors: %+v", e.Source, g)
				}
			}
			for _, w := range tc.want {
				found := false
				for _, g := range got {
					found = found || g == w
				}
				if !found {
					t.Errorf("missing %+v; got %+v", w, got)
				}
			}
			if tc.want == nil {
				for _, g := range got {
					if g.src == g.tgt {
						t.Errorf("unexpected event inside one state %+v", g)
					}
				}
			}
			for _, s := range doc.Stances {
				if s.Source == s.Target {
					t.Errorf("stance of %s with itself (%s)", s.Source, s.Relation)
				}
			}
		})
	}
}
