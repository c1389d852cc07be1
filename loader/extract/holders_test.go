package extract

import (
	"context"
	"testing"
)

// TestTitledHolderOfTheDay checks a title with one name in English: the
// holder of the day with that given name wins over a past holder with it
// as a surname ("King Abdullah" in 2025 is Jordan's Abdullah II, not
// Malaysia's former king, "Sultan Abdullah" until 2024). 1 of 3 rows
// passed on 6324629 (the row with the state named).
func TestTitledHolderOfTheDay(t *testing.T) {
	x := extractor(t)
	rows := []struct {
		name, text, published, want, absent string
	}{
		{"holder of the day by given name", "King Abdullah met the envoy in Amman.", "2025-11-15", "abdullah-ii-of-jordan", "abdullah-of-pahang"},
		{"state named", "Jordan's King Abdullah met the envoy in Amman.", "2025-11-15", "abdullah-ii-of-jordan", "abdullah-of-pahang"},
		{"holder of the day, another sentence", "King Abdullah warned against the annexation of the West Bank.", "2025-09-01", "abdullah-ii-of-jordan", "abdullah-of-pahang"},
	}
	for _, c := range rows {
		t.Run(c.name, func(t *testing.T) {
			d, err := x.Article(context.Background(), Input{Text: c.text, Lang: "en", Published: c.published})
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, a := range d.Actors {
				if a.ID == c.want {
					found = true
				}
				if a.ID == c.absent {
					t.Errorf("unexpected %s", a.ID)
				}
			}
			if !found {
				t.Errorf("no %s in %v", c.want, d.Actors)
			}
		})
	}
}
