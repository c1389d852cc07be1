package extract

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/geokg/kg/loader/facts"
)

// TestWorldCities checks the cities of gazetteer/data/places_world.jsonl
// (GeoNames, 200,000 inhabitants or more) in made-up sentences: a city is a
// place of its state, and after a preposition of place it adds no state;
// names left out of the file (ordinary words, surnames: the converter's
// lists) are no place; a city opens a longer name of a club or an outlet,
// a given name before it makes it a surname, and a relative clause after
// "in" + a city is not the city's. A club of gazetteer/data/clubs.jsonl is an
// organization, its city or capital inside its name no place or state.
func TestWorldCities(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, lang, text string
		want             []string // id/kind/country of actors that must be there
		absent           []string // ids that must not be there
	}{
		{"city after di", "id", "Ledakan terjadi di Osaka pada Senin malam.", []string{"osaka/place/JPN"}, []string{"JPN"}},
		{"city in English", "en", "Thousands marched in Manchester on Saturday.", []string{"manchester/place/GBR"}, []string{"GBR"}},
		{"city after a match verb", "id", "Tim itu akan menghadapi Barcelona pekan depan.", []string{"barcelona/place/ESP"}, []string{"ESP"}},
		{"city as a modifier", "id", "Kapitalisme Manchester mengubah perdagangan dunia.", []string{"manchester/place/GBR"}, []string{"GBR"}},
		{"folded diacritics", "id", "Hakim di Sao Paulo menolak permohonan itu.", []string{"sao-paulo/place/BRA"}, nil},
		{"Nigerian city", "en", "Police in Lagos arrested 20 people.", []string{"lagos/place/NGA"}, nil},
		{"Indian city", "en", "The explosion in Mumbai killed ten people.", []string{"mumbai/place/IND"}, []string{"IND"}},
		{"denied word Bursa", "id", "Saham itu dicatatkan di Bursa Efek Indonesia sejak Senin.", nil, []string{"bursa"}},
		{"denied Kennedy", "en", "The rocket lifted off from the Kennedy Space Center on Monday.", nil, []string{"kennedy"}},
		{"denied Batman", "en", "The new Batman film opened on Friday.", nil, []string{"batman"}},
		{"ordinary word Mobile", "en", "Mobile phones were banned at the summit.", nil, []string{"mobile"}},
		{"ordinary word Reading", "en", "Reading the statement, the minister paused.", nil, []string{"reading"}},
		{"given name Victoria", "en", "Victoria said the talks would resume.", []string{"victoria/person/"}, nil},
		{"club after klub", "id", "Pemain itu pindah ke klub Sheffield Rovers musim lalu.", []string{"sheffield-rovers/organization/GBR"}, []string{"sheffield"}},
		{"known club named with its capital", "id", "Real Madrid mengalahkan Barcelona 2-1 dalam laga El Clasico.", []string{"real-madrid/organization/ESP", "fc-barcelona/organization/ESP"}, []string{"ESP", "barcelona"}},
		{"known club named with its city", "en", "Manchester United and Liverpool drew 1-1 on Sunday.", []string{"manchester-united/organization/GBR", "liverpool-fc/organization/GBR"}, []string{"manchester", "liverpool"}},
		{"known club with a capital in another language", "id", "Dynamo Kyiv menjamu Shakhtar Donetsk di Lviv.", []string{"dynamo-kyiv/organization/UKR", "shakhtar-donetsk/organization/UKR"}, []string{"UKR", "donetsk"}},
		{"club prefix", "id", "Pelatih MC Oran mengundurkan diri pada Senin.", []string{"mc-oran/organization/DZA"}, []string{"oran"}},
		{"outlet after harian", "id", "Menurut harian Manchester Evening News, kebakaran itu menewaskan dua orang.", []string{"manchester-evening-news/media/GBR"}, []string{"manchester"}},
		{"surname after a given name", "id", "Sejauh ini belum ada korban, kata Ken Okinawa, pejabat kedutaan.", []string{"ken-okinawa/person/"}, []string{"okinawa"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := x.Article(context.Background(), Input{Text: tc.text, Lang: tc.lang, Published: "2024-05-01"})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, a := range doc.Actors {
				got = append(got, a.ID+"/"+a.Kind+"/"+a.Country)
			}
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("want %s; got %v", w, got)
				}
			}
			for _, id := range tc.absent {
				if slices.ContainsFunc(doc.Actors, func(a facts.Actor) bool { return a.ID == id }) {
					t.Errorf("%s should be no actor; got %v", id, got)
				}
			}
		})
	}
}

// TestPlaceRelativeClause: "the bombings in Kerman that killed …" — the
// relative clause after a city that follows "in" is the bombings', so the
// city is no source of the killing.
func TestPlaceRelativeClause(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct{ name, text string }{
		{"world city", "Islamic State claimed responsibility for the bombings in Kerman that killed nearly 100 people at a memorial for Qassem Soleimani."},
		{"hand-written place", "Islamic State claimed responsibility for the bombings in Aleppo that killed nearly 100 people at a memorial for Qassem Soleimani."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := x.Article(context.Background(), Input{Text: tc.text, Lang: "en", Published: "2024-01-04"})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range doc.Events {
				got = append(got, e.Source+">"+e.Target)
				if e.Source == "kerman" || e.Source == "aleppo" {
					t.Errorf("the city is the source of %s", e.Root())
				}
			}
			if !slices.Contains(got, "isis>qasem-soleimani") {
				t.Errorf("events %v, want isis>qasem-soleimani", strings.Join(got, " "))
			}
		})
	}
}
