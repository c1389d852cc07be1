package extract

import (
	"context"
	"testing"
)

// TestOpeningSpeaker pins the rules of the csui43 pass (README "CSUI 43
// real-news dev set"): the name that opens a sentence is the speaker of an
// active speech verb with only lower-case words of its clause between
// (openingSpeaker), and "perseroan" is an ordinary word.
func TestOpeningSpeaker(t *testing.T) {
	x := extractor(t)
	for _, c := range []struct {
		text, want string // want "" : no person
	}{
		{"Cavaille sangat marah dengan peristiwa tersebut dan mengatakan tidak tahu siapa pelakunya.", "cavaille"},
		{"Roekman juga mengatakan pesawat tersebut akan disewakan.", "roekman"},
		{"Roekman Prawirasastra kemudian menambahkan pesawat tersebut akan disewakan.", "roekman-prawirasastra"},
		{"Naga tersebut mengatakan kepadanya bahwa hujan akan turun.", ""},
		{"Roekman menolak laporan yang mengatakan hal itu.", ""},
		{"Roekman yakin bahwa analis akan mengatakan hal itu.", ""},
		{"Perseroan juga mengatakan hal itu.", ""},
		{"Perseroan mengatakan hal itu.", ""},
		{"Pemerintah sangat prihatin dan mengatakan akan membantu.", ""},
		{"Kedua pemimpin menegaskan komitmen terhadap perdamaian.", ""},
		{"Beberapa analis juga mengatakan hal itu.", ""},
	} {
		doc, err := x.Article(context.Background(), Input{Text: c.text, Lang: "id"})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, a := range doc.Actors {
			if a.Kind == "person" {
				got = append(got, a.ID)
			}
		}
		if c.want == "" && len(got) > 0 || c.want != "" && (len(got) != 1 || got[0] != c.want) {
			t.Errorf("%q: persons %v, want %q", c.text, got, c.want)
		}
	}
}
