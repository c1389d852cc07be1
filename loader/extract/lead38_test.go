package extract

import "testing"

// TestVehicleNames: a capitalized word after a vehicle's or weapon's noun
// (thing_nouns: "pesawat Hercules", "the plane Hercules") is the model's
// name, not a person known by one name; the noun before a person's name
// in a field ("pilot pesawat Budi Santoso") still lets the name through.
func TestVehicleNames(t *testing.T) {
	runActorCases(t, []actorCase{
		{"pesawat", "id", "Tentara Nasional Indonesia mengirim pesawat Hercules berisi bantuan kemanusiaan ke Myanmar.", []string{"idn-armed-forces", "MMR"}, []string{"hercules"}},
		{"helikopter", "id", "Basarnas mengerahkan helikopter Dauphin untuk mencari korban.", nil, []string{"dauphin"}},
		{"drone", "id", "Rusia meluncurkan puluhan drone Shahed ke Kyiv pada malam hari.", []string{"RUS"}, []string{"shahed"}},
		{"pilot pesawat", "id", "Pilot pesawat Budi Santoso mendaratkan pesawatnya dengan selamat di Makassar.", []string{"budi-santoso"}, nil},
		{"plane", "en", "The air force flew a plane Hercules to the island with aid.", nil, []string{"hercules"}},
	})
}

// lead38Rows check stop 38's own rules: a word of origin between an
// occupation and a state ("Penyanyi asal Amerika Serikat Taylor Swift",
// origin_words) gives the person that state; a head word of an
// organization inside a state's name ("Amerika Serikat") opens no
// organization ("Serikat Taylor Swift", "Serikat AS" before); "Imam Besar"
// is an occupation's title; "Hollywood" is a place (places.jsonl), no
// organization of an actor's office.
var lead38Rows = []domGridRow{
	{"origin singer", "Penyanyi asal Amerika Serikat Taylor Swift menggelar konser di Singapura sebanyak enam kali.", []string{"taylor-swift/person/USA", "USA/state", "SGP/state"}},
	{"origin footballer", "Pesepak bola asal Brasil Neymar Junior bergabung dengan klub Santos.", []string{"neymar-junior/person/BRA", "BRA/state"}},
	{"origin businessman", "Pengusaha asal Malaysia Tony Fernandes mendirikan AirAsia.", []string{"tony-fernandes/person/MYS", "MYS/state", "airasia/organization/MYS"}},
	{"origin workers no name", "Pekerja asal Indonesia di Malaysia mendapat perlindungan hukum.", []string{"IDN/state", "MYS/state"}},
	{"serikat inside the state", "Krisis kredit di Amerika Serikat AS menekan pasar keuangan global.", []string{"USA/state"}},
	{"hollywood is a place", "Aktor Hollywood Tom Cruise tiba di Jakarta.", []string{"tom-cruise/person/USA"}},
	{"imam besar", "Imam Besar Masjid Istiqlal Nasaruddin Umar kini menjabat Menteri Agama.", []string{"nasaruddin-umar/person/IDN"}},
}

// TestLead38Regress checks lead38Rows.
func TestLead38Regress(t *testing.T) {
	runDomGrid(t, lead38Rows, nil, "2025-11-15")
}
