package extract

import "testing"

// lead37Rows check two things of stop 37's own pass: a head word of an
// organization's form inside a known party's name that a title's run took
// in opens no second organization ("Ketua Umum Partai Persatuan Pembangunan
// Mardiono" gave "Persatuan Pembangunan" as well as the party), and
// Indonesia's parties outside the House that organizations_idn.jsonl lacked
// (Partai Demokrat gave an organization of no state).
var lead37Rows = []domGridRow{
	{"title run psi", "Ketua Umum Partai Solidaritas Indonesia Kaesang Pangarep mengatakan partainya siap.", []string{"kaesang-pangarep/person/IDN", "psi/organization/IDN"}},
	{"title run ppp", "Ketua Umum Partai Persatuan Pembangunan Mardiono mengatakan partainya siap.", []string{"muhammad-mardiono/person/IDN", "ppp/organization/IDN"}},
	{"title run demokrat", "Ketua Umum Partai Demokrat Agus Harimurti Yudhoyono mengumpulkan para kader.", []string{"agus-harimurti-yudhoyono/person/IDN", "partai-demokrat/organization/IDN"}},
	{"demokrat as longer", "Calon presiden dari Partai Demokrat AS Kamala Harris kalah dalam pemilu.", []string{"kamala-harris/person/USA", "us-democratic-party/organization/USA"}},
	{"ummat gelora", "Partai Ummat dan Partai Gelora gagal lolos ke Senayan.", []string{"partai-ummat/organization/IDN", "partai-gelora/organization/IDN", "idn-dpr/legislature/IDN"}},
	{"unknown party still", "Ketua Umum Partai Rakyat Adil Makmur Budi Santoso mengatakan partainya siap.", []string{"partai-rakyat-adil-makmur/organization", "budi-santoso/person"}},
	{"persatuan opens unknown", "Sekjen Persatuan Guru Republik Indonesia Dudung Nurullah mengatakan guru honorer harus diangkat.", []string{"dudung-nurullah/person/IDN", "persatuan-guru-republik-indonesia/organization/IDN"}},
}

func TestLead37Regress(t *testing.T) {
	runIDWire37(t, lead37Rows, nil)
}
