package extract

import "testing"

// TestSharedNameStates: a coordination that shares a state's words names
// both states ("North and South Korea", "Korea Utara dan Selatan"), when
// the shared-out word joined to the rest is a state's whole name; a law
// named after a body ("UU TNI", "RUU Polri", "the KPK law",
// document_before, document_after) names no actor, while the same body
// elsewhere in the sentence still does.
func TestSharedNameStates(t *testing.T) {
	runActorCases(t, []actorCase{
		{"north and south", "en", "North and South Korea held talks at the border village of Panmunjom.", []string{"PRK", "KOR"}, nil},
		{"between north and south", "en", "Tension between North and South Korea rose after the drills.", []string{"PRK", "KOR"}, nil},
		{"no such state", "en", "North and South Dakota voted for the bill.", nil, []string{"PRK", "KOR"}},
		{"utara dan selatan", "id", "Korea Utara dan Selatan sepakat memulihkan saluran komunikasi militer.", []string{"PRK", "KOR"}, nil},
		{"sudan both named", "id", "Sudan dan Sudan Selatan membuka kembali perbatasan.", []string{"SDN", "SSD"}, nil},
		{"uu tni", "id", "Ribuan mahasiswa menolak revisi UU TNI di depan gedung parlemen.", nil, []string{"idn-armed-forces"}},
		{"undang-undang kpk", "id", "Mahkamah Konstitusi menolak uji materi Undang-Undang KPK.", []string{"idn-constitutional-court"}, []string{"idn-kpk"}},
		{"ruu polri", "id", "Pembahasan RUU Polri ditunda hingga masa sidang berikutnya.", nil, []string{"idn-police"}},
		{"capital owning an act", "en", "Tokyo would respond calmly to Beijing's protest over the visit.", []string{"JPN", "CHN"}, nil},
		{"capital owning an attack", "en", "Kyiv responded to Moscow's attack on its power grid.", []string{"UKR", "RUS"}, nil},
		{"capital owning a place", "en", "The minister flew to Beijing's main airport on Monday.", nil, []string{"CHN"}},
		{"body outside the law", "id", "Panglima TNI mengatakan revisi UU TNI tidak menghidupkan dwifungsi.", []string{"idn-armed-forces"}, nil},
	})
}

// TestTradedFire: "traded gunfire", "traded shots", "saling tembak" are
// fighting between the two sides (193), not trade; a meN- verb after an
// appeal's addressees is its content, demanded, not a fact ("mendesak
// Israel dan Hamas menyepakati gencatan senjata"); a majority or a market
// held is no occupation ("menguasai mayoritas kursi"); a generated bare
// verb of a standalone code needs a target ("allowing troops" is no
// concession, 08).
func TestTradedFire(t *testing.T) {
	x := extractor(t)
	runEventRowsIn(t, x, "en", []eventRow{
		{name: "traded gunfire", text: "Indian and Pakistani troops traded gunfire along the Line of Control on Sunday.", want: []syntaxEvent{{src: "IND", root: "19", tgt: "PAK"}}, not: []syntaxEvent{{src: "IND", root: "06"}}},
		{name: "traded shots", text: "Armenia and Azerbaijan traded shots near the border overnight.", want: []syntaxEvent{{src: "ARM", root: "19", tgt: "AZE"}}},
	}, 2)
	runEventRowsIn(t, x, "id", []eventRow{
		{name: "saling tembak", text: "Pasukan Thailand dan Kamboja saling tembak di perbatasan pada Kamis.", want: []syntaxEvent{{src: "THA", root: "19", tgt: "KHM"}}},
		{name: "saling serang", text: "Israel dan Hizbullah saling serang di perbatasan Lebanon.", want: []syntaxEvent{{src: "ISR", root: "19", tgt: "hezbollah"}}},
		{name: "urged addressees then verb", text: "Qatar mendesak Israel dan Hamas menyepakati gencatan senjata baru.", want: []syntaxEvent{{src: "ISR", root: "08", tgt: "hamas", status: "demanded"}}, not: []syntaxEvent{{src: "ISR", root: "08", status: "fact"}}},
		{name: "held a majority", text: "Koalisi Perdana Menteri Anwar Ibrahim menguasai mayoritas kursi di parlemen Malaysia.", noEvents: true},
		{name: "held both chambers", text: "Partai Republik menguasai kedua kamar Kongres Amerika Serikat.", noEvents: true},
	}, 5)
	runEventRowsIn(t, x, "en", []eventRow{
		{name: "allowing troops", text: "Japan and the Philippines signed a pact allowing troops to train on each other's soil.", want: []syntaxEvent{{src: "JPN", root: "05", tgt: "PHL"}}, not: []syntaxEvent{{src: "JPN", root: "08"}}},
	}, 1)
}
