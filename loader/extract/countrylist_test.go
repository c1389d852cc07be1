package extract

import "testing"

// TestCountryListNames checks the names of states that a probe of every
// country-list name (umpirsky/country-list, MIT) and every CountryInfo
// capital and adjective in a sentence found missing (stop 29): states
// written with "St." or "&" ("St. Lucia", "Trinidad & Tobago"), the
// Indonesian "Libia", capitals the states file lacked (Nassau, La Paz,
// Praia, Malé: "Nassau said" was a place acting) and a demonym's other
// spelling ("Ecuadorean"); a saint's place or church after "St." is no
// person. Written with the rules: 1 of 13 passed on 6324629.
func TestCountryListNames(t *testing.T) {
	checkIntlCases(t, "en", []intlCase{
		{"a territory after St. is no person", "The hospital in St. Martin was damaged by the hurricane.", "", "", "", []string{"martin"}},
		{"a church after St. is no person", "Pope Leo visited St. Peter's Basilica.", "pope-leo-xiv", "person", "USA", []string{"peter"}},
		{"a state written with St.", "St. Lucia signed the agreement on Monday.", "LCA", "state", "", []string{"lucia"}},
		{"a state written with an ampersand", "Trinidad & Tobago declared a state of emergency.", "TTO", "state", "", []string{"trinidad-tobago"}},
		{"a city after St. stays the city", "Putin hosted the forum in St. Petersburg.", "saint-petersburg", "place", "RUS", nil},
		{"a capital as agent, Nassau", "Nassau said on Monday it would expel two diplomats.", "BHS", "state", "", []string{"nassau"}},
		{"a capital as agent, La Paz", "La Paz recalled its ambassador on Tuesday.", "BOL", "state", "", []string{"la-paz"}},
		{"a capital as agent, Praia", "Praia protested the decision.", "CPV", "state", "", nil},
		{"a capital as agent, Malé", "Malé asked India to withdraw its troops.", "MDV", "state", "", nil},
		{"a demonym's other spelling", "The Ecuadorean government declared a state of emergency.", "ECU", "state", "", nil},
	})
	checkIntlCases(t, "id", []intlCase{
		{"a church after St. is no person, id", "Misa digelar di Gereja St. Yosef, Jakarta.", "", "", "", []string{"yosef"}},
		{"the country list's Indonesian Libia", "Delegasi Libia tiba di Jakarta.", "LBY", "state", "", nil},
		{"Paus Leo is Leo XIV", "Paus Leo menyerukan gencatan senjata di Gaza.", "pope-leo-xiv", "person", "USA", nil},
	})
}
