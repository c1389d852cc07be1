package extract

import (
	"context"
	"testing"
)

// TestPostureAndVows checks two constructions of the third events pass on
// sentences written for the test: troops or ships sent to a border or near
// a state (military posture, 15x, toward it), and a promise or vow of a
// hostile act, which is a threat (13x; its content threatened, not planned).
func TestPostureAndVows(t *testing.T) {
	x := extractor(t)
	type ev struct{ src, code, tgt, status string }
	tests := []struct {
		name, lang, text string
		want             []ev // each must be there (code compared on its length)
		not              []ev // none of these may be (code by prefix)
	}{
		{"dispatched troops to the border with", "en", "Iran dispatched troops to the border with Azerbaijan.",
			[]ev{{"IRN", "150", "AZE", "fact"}}, nil},
		{"amassed forces near", "en", "Russia amassed forces near Ukraine.",
			[]ev{{"RUS", "150", "UKR", "fact"}}, nil},
		{"stationed troops along the border with", "en", "China stationed troops along the border with India.",
			[]ev{{"CHN", "150", "IND", "fact"}}, nil},
		{"mengirim pasukan ke perbatasan dengan", "id", "Iran mengirim pasukan ke perbatasan dengan Azerbaijan.",
			[]ev{{"IRN", "154", "AZE", "fact"}}, nil},
		{"menempatkan tentara di perbatasan", "id", "India menempatkan tentara di perbatasan dengan China.",
			[]ev{{"IND", "154", "CHN", "fact"}}, nil},
		{"mengerahkan ribuan tentara ke perbatasan", "id", "Rusia mengerahkan ribuan tentara ke perbatasan Ukraina.",
			[]ev{{"RUS", "154", "UKR", "fact"}}, nil},
		{"mengirim kapal perang ke dekat", "id", "China mengirim kapal perang ke dekat Taiwan.",
			[]ev{{"CHN", "150", "TWN", "fact"}}, nil},
		{"warships into a sea: a show of force without a target", "en", "China sent warships to the Taiwan Strait.",
			[]ev{{"CHN", "150", "", "fact"}}, []ev{{"CHN", "07", "taiwan-strait", ""}, {"CHN", "15", "taiwan-strait", ""}}},
		{"troops to a state stay PETRARCH's military aid", "en", "The United States deployed troops to Poland.",
			[]ev{{"USA", "072", "POL", "fact"}}, nil},
		{"berjanji akan membalas", "id", "Iran berjanji akan membalas Israel.",
			[]ev{{"IRN", "130", "ISR", "fact"}}, []ev{{"IRN", "03", "ISR", ""}}},
		{"bertekad membalas", "id", "Hizbullah bertekad membalas serangan Israel.",
			[]ev{{"hezbollah", "130", "ISR", "fact"}}, []ev{{"hezbollah", "03", "ISR", ""}}},
		{"berjanji akan menyerang: a threat", "id", "Iran berjanji akan menyerang Israel.",
			[]ev{{"IRN", "138", "ISR", "fact"}, {"IRN", "190", "ISR", "threatened"}},
			[]ev{{"IRN", "03", "ISR", ""}, {"IRN", "19", "ISR", "planned"}, {"IRN", "19", "ISR", "fact"}}},
		{"mengancam akan membalas", "id", "Korea Utara mengancam akan membalas Korea Selatan.",
			[]ev{{"PRK", "130", "KOR", "fact"}}, nil},
		{"pledged to destroy: a threat", "en", "Israel pledged to destroy Hamas.",
			[]ev{{"ISR", "138", "hamas", "fact"}, {"ISR", "190", "hamas", "threatened"}},
			[]ev{{"ISR", "03", "hamas", ""}, {"ISR", "19", "hamas", "fact"}}},
		{"a promise of help stays a promise", "id", "Indonesia berjanji akan membantu Palestina.",
			[]ev{{"IDN", "030", "PSE", "fact"}}, []ev{{"IDN", "13", "PSE", ""}}},
		{"pledged to help stays a promise", "en", "Japan pledged to help Ukraine.",
			[]ev{{"JPN", "030", "UKR", "fact"}}, []ev{{"JPN", "13", "UKR", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := x.Article(context.Background(), Input{Text: tc.text, Lang: tc.lang, Published: "2024-03-01"})
			if err != nil {
				t.Fatal(err)
			}
			var got []ev
			for _, e := range doc.Events {
				got = append(got, ev{e.Source, e.Cameo, e.Target, e.Status})
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
			for _, n := range tc.not {
				for _, g := range got {
					if g.src == n.src && g.tgt == n.tgt && len(g.code) >= len(n.code) && g.code[:len(n.code)] == n.code &&
						(n.status == "" || g.status == n.status) {
						t.Errorf("unexpected %+v", g)
					}
				}
			}
		})
	}
}
