package extract

import (
	"slices"
	"testing"
)

// TestVehicleNames: a capitalized word after a vehicle's or weapon's noun
// (thing_nouns: "pesawat Hercules", "the plane Hercules") is the model's
// name, not a person known by one name; the noun before a person's name
// in a field ("pilot pesawat Budi Santoso") still lets the name through.
func TestVehicleNames(t *testing.T) {
	x := extractor(t)
	for _, c := range []struct {
		name, lang, text string
		want, never      []string
	}{
		{"pesawat", "id", "Tentara Nasional Indonesia mengirim pesawat Hercules berisi bantuan kemanusiaan ke Myanmar.", []string{"idn-armed-forces", "MMR"}, []string{"hercules"}},
		{"helikopter", "id", "Basarnas mengerahkan helikopter Dauphin untuk mencari korban.", nil, []string{"dauphin"}},
		{"drone", "id", "Rusia meluncurkan puluhan drone Shahed ke Kyiv pada malam hari.", []string{"RUS"}, []string{"shahed"}},
		{"pilot pesawat", "id", "Pilot pesawat Budi Santoso mendaratkan pesawatnya dengan selamat di Makassar.", []string{"budi-santoso"}, nil},
		{"plane", "en", "The air force flew a plane Hercules to the island with aid.", nil, []string{"hercules"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := articleActorIDs(t, x, c.lang, c.text)
			for _, w := range c.want {
				if !slices.Contains(got, w) {
					t.Errorf("%q: no %s in %v", c.text, w, got)
				}
			}
			for _, n := range c.never {
				if slices.Contains(got, n) {
					t.Errorf("%q: %s in %v", c.text, n, got)
				}
			}
		})
	}
}
