package extract

import "testing"

// TestSaintNames checks names after "St." and "Saint": a saint's place or
// church is no person, and states written with "St." or "&" are the
// states. Written with the rules (stop 29), after a probe of every
// country-list name (umpirsky/country-list, MIT) in a sentence: "St.
// Lucia", "Trinidad & Tobago", "Libia". 1 of 8 passed on 6324629.
func TestSaintNames(t *testing.T) {
	checkIntlCases(t, "en", []intlCase{
		{"a territory after St. is no person", "The hospital in St. Martin was damaged by the hurricane.", "", "", "", []string{"martin"}},
		{"a church after St. is no person", "Pope Leo visited St. Peter's Basilica.", "pope-leo-xiv", "person", "USA", []string{"peter"}},
		{"a state written with St.", "St. Lucia signed the agreement on Monday.", "LCA", "state", "", []string{"lucia"}},
		{"a state written with an ampersand", "Trinidad & Tobago declared a state of emergency.", "TTO", "state", "", []string{"trinidad-tobago"}},
		{"a city after St. stays the city", "Putin hosted the forum in St. Petersburg.", "saint-petersburg", "place", "RUS", nil},
	})
	checkIntlCases(t, "id", []intlCase{
		{"a church after St. is no person, id", "Misa digelar di Gereja St. Yosef, Jakarta.", "", "", "", []string{"yosef"}},
		{"the country list's Indonesian Libia", "Delegasi Libia tiba di Jakarta.", "LBY", "state", "", nil},
		{"Paus Leo is Leo XIV", "Paus Leo menyerukan gencatan senjata di Gaza.", "pope-leo-xiv", "person", "USA", nil},
	})
}
