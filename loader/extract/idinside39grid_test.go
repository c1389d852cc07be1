package extract

import "testing"

// idInside39GridRows are present-day Indonesian news sentences written for
// the test (made up in the style of present-day news, never copied from a
// data set), annotated before the extractor ran on them (the row type and
// checker of the places grid 3): a longer proper name that contains the
// name of a regency, a city, a province or a state but names something
// else — Jakarta's and other cities' neighbourhoods, streets, stations and
// markets (Lebak Bulus, Pasar Minggu, Kampung Melayu, Tanjung Priok,
// Stasiun Gambir, Jalan Surabaya), sports leagues and clubs (Liga Arab
// Saudi, Liga Inggris, Persib Bandung, Arema Malang), companies (Semen
// Padang, Bank Jateng, Garuda Indonesia), peoples and languages (suku
// Jawa, bahasa Arab, orang Tionghoa) — against rows where the place or the
// state is meant (warga Lebak, Banten; pemerintah Arab Saudi).
var idInside39GridRows = []places3Row{
	// Neighbourhoods, stations and markets holding a regency's name.
	{"lebak bulus mrt", "id", "Gubernur DKI Jakarta Anies Baswedan meresmikan stasiun MRT baru di Lebak Bulus.", "anies-baswedan", "kabupaten-lebak", false, false},
	{"lebak bulus terminal", "id", "Terminal Lebak Bulus kembali dibuka untuk bus antarkota mulai Senin.", "", "kabupaten-lebak", true, false},
	{"lebak bulus banjir", "id", "Banjir setinggi 50 sentimeter merendam permukiman di Lebak Bulus, Jakarta Selatan.", "", "kabupaten-lebak", true, false},
	{"warga lebak banten", "id", "Ratusan warga Lebak, Banten, mengungsi akibat banjir bandang.", "kabupaten-lebak/place", "", true, false},
	{"bupati lebak", "id", "Bupati Lebak meminta warga di bantaran sungai waspada longsor.", "kabupaten-lebak/place", "", false, false},
	{"pasar minggu", "id", "Polisi menangkap dua pencopet di Stasiun Pasar Minggu, Jakarta Selatan.", "IDN idn-police", "", false, false},
	{"kampung melayu banjir", "id", "Air Sungai Ciliwung meluap dan merendam ratusan rumah di Kampung Melayu.", "", "MYS", true, false},
	{"tanjung priok pelabuhan", "id", "Bea Cukai menggagalkan penyelundupan 200 kilogram sabu di Pelabuhan Tanjung Priok.", "", "", false, false},
	{"kebayoran lama pasar", "id", "Kebakaran melanda Pasar Kebayoran Lama pada Rabu dini hari.", "", "", true, false},
	{"stasiun gambir", "id", "Penumpang kereta jarak jauh di Stasiun Gambir melonjak menjelang Lebaran.", "", "", true, false},
	{"jalan surabaya menteng", "id", "Pedagang barang antik di Jalan Surabaya, Menteng, mengeluhkan sepinya pembeli.", "", "kota-surabaya", true, false},
	{"surabaya the city", "id", "Banjir rob merendam kawasan pesisir utara Surabaya sejak Selasa.", "kota-surabaya/place", "", true, false},
	{"jalan bandung malang", "id", "Dua pengendara sepeda motor tewas dalam kecelakaan di Jalan Bandung, Kota Malang.", "kota-malang/place", "kabupaten-bandung", true, false},
	{"pasar bogor", "id", "Harga cabai rawit di Pasar Bogor naik menjadi Rp 80.000 per kilogram.", "", "", true, false},
	{"kampung pati", "id", "Polisi menyisir permukiman padat di Kampung Pati, Jakarta Utara.", "idn-police", "kabupaten-pati", false, false},
	// Leagues, clubs and tournaments.
	{"liga arab saudi klub", "id", "Mantan pemain Barcelona itu kini melatih sebuah klub di Liga Arab Saudi.", "", "SAU arab-league", false, false},
	{"liga arab saudi gaji", "id", "Gaji pemain di Liga Arab Saudi termasuk yang tertinggi di dunia.", "", "SAU arab-league", true, false},
	{"pemerintah arab saudi", "id", "Pemerintah Arab Saudi menambah kuota haji Indonesia sebanyak 10.000 jemaah.", "SAU IDN", "arab-league", false, false},
	{"liga arab mengecam", "id", "Liga Arab mengecam serangan Israel terhadap kamp pengungsi di Gaza.", "arab-league ISR", "SAU", false, false},
	{"liga inggris", "id", "Pemain asal Korea Selatan itu mencetak gol pertamanya di Liga Inggris musim ini.", "KOR", "GBR", false, false},
	{"liga spanyol", "id", "Real Madrid memuncaki klasemen Liga Spanyol setelah menang 3-0.", "", "ESP", false, false},
	{"liga italia", "id", "Klub promosi itu mencatat kemenangan pertama di Liga Italia pekan ini.", "", "ITA", true, false},
	{"persib bandung", "id", "Persib Bandung menjuarai Liga 1 setelah mengalahkan Madura United.", "persib madura-united", "kabupaten-bandung kota-bandung", false, false},
	{"arema malang", "id", "Suporter Arema Malang menggelar doa bersama untuk korban tragedi Kanjuruhan.", "", "kabupaten-malang kota-malang", false, false},
	{"semen padang", "id", "Semen Padang promosi ke Liga 1 setelah menang di babak playoff.", "", "kota-padang", false, false},
	{"psm makassar", "id", "PSM Makassar menahan imbang tamunya di Stadion Mattoanging.", "psm-makassar", "kota-makassar", false, false},
	{"piala presiden", "id", "Persis Solo lolos ke semifinal Piala Presiden setelah adu penalti.", "persis-solo", "kota-surakarta", false, false},
	// Companies and products.
	{"bank jateng", "id", "Bank Jateng menyalurkan kredit usaha rakyat senilai Rp 2 triliun.", "", "jawa-tengah", false, false},
	{"bank jatim laba", "id", "Bank Jatim membukukan laba bersih Rp 1,2 triliun pada semester pertama.", "bank-jatim", "jawa-timur", false, false},
	{"garuda indonesia", "id", "Garuda Indonesia menambah frekuensi penerbangan ke Jeddah selama musim haji.", "garuda-indonesia", "IDN", false, false},
	{"semen padang pabrik", "id", "PT Semen Padang menaikkan harga semen sebesar lima persen.", "", "kota-padang", false, false},
	{"kopi gayo aceh", "id", "Ekspor kopi Aceh Gayo ke Eropa naik 20 persen tahun ini.", "", "", false, false},
	// Peoples and languages.
	{"suku jawa", "id", "Mayoritas penduduk di kecamatan itu berasal dari suku Jawa dan Sunda.", "", "", true, false},
	{"bahasa arab", "id", "Madrasah itu mewajibkan siswanya belajar bahasa Arab sejak kelas satu.", "", "SAU arab-league", true, false},
	{"bahasa jepang", "id", "Minat pelajar Indonesia belajar bahasa Jepang terus meningkat.", "IDN", "JPN", false, false},
	{"orang tionghoa", "id", "Perayaan Imlek di Glodok dihadiri ribuan orang Tionghoa dan warga sekitar.", "", "CHN", true, false},
	{"bahasa inggris", "id", "Sekolah itu menambah jam pelajaran bahasa Inggris mulai tahun ajaran baru.", "", "GBR", true, false},
	// known: "Rumah makan Padang": a cuisine after a lower-case noun
	{"masakan padang", "id", "Rumah makan Padang di kawasan itu ramai dikunjungi pekerja kantoran.", "", "kota-padang", true, true},
	// States and places meant.
	{"warga arab saudi", "id", "Dua warga Arab Saudi ditangkap karena melanggar izin tinggal di Bogor.", "SAU", "arab-league", false, false},
	{"inggris pemerintah", "id", "Pemerintah Inggris melarang ekspor senjata ke negara itu.", "GBR", "", false, false},
	{"kota padang gempa", "id", "Gempa magnitudo 5,2 mengguncang Kota Padang pada Jumat pagi.", "kota-padang/place", "", true, false},
	{"bupati malang", "id", "Bupati Malang meresmikan pasar tradisional baru di Kecamatan Kepanjen.", "kabupaten-malang/place", "", false, false},
	// Second batch, annotated after the rules, before the extractor ran on them.
	{"b2 jalan bogor raya", "id", "Kecelakaan beruntun terjadi di Jalan Bogor Raya, Cibinong, Kamis pagi.", "", "kabupaten-bogor kota-bogor", true, false},
	{"b2 stasiun tangerang", "id", "Penumpang KRL menumpuk di Stasiun Tangerang akibat gangguan sinyal.", "", "kabupaten-tangerang kota-tangerang", false, false},
	{"b2 banjir bekasi jawa barat", "id", "Banjir merendam ratusan rumah di Bekasi, Jawa Barat.", "jawa-barat/place kabupaten-bekasi/place", "", true, false},
	{"b2 psis semarang", "id", "Pemain asal Brasil itu resmi bergabung dengan PSIS Semarang.", "BRA", "kota-semarang kabupaten-semarang", false, false},
	{"b2 persik kediri", "id", "Persik Kediri menunjuk pelatih baru jelang putaran kedua Liga 1.", "", "kota-kediri kabupaten-kediri", false, false},
	{"b2 liga arab saudi portugal", "id", "Striker asal Portugal itu kembali mencetak dua gol di Liga Arab Saudi.", "PRT", "SAU arab-league", false, false},
	{"b2 arab saudi dan liga arab", "id", "Arab Saudi dan Liga Arab menyerukan gencatan senjata di Gaza.", "SAU arab-league", "", false, false},
	{"b2 pasar gresik", "id", "Pedagang di Pasar Gresik mengeluhkan sepinya pembeli.", "", "kabupaten-gresik", true, false},
	// known: an ordinary word ("Indah") after the regency's name, and "Perumahan" is no facility_heads word
	{"b2 perumahan garut indah", "id", "Banjir kembali merendam Perumahan Garut Indah, Kamis malam.", "", "kabupaten-garut", true, true},
	{"b2 stasiun semarang tawang", "id", "Kereta api Argo Bromo Anggrek tertahan di Stasiun Semarang Tawang.", "", "kota-semarang kabupaten-semarang", false, false},
	{"b2 bahasa sunda jawa barat", "id", "Bahasa Sunda dan bahasa Jawa wajib diajarkan di sekolah dasar Jawa Barat.", "jawa-barat/place", "", true, false},
	// known: arguable: the regency's government is its own actor, pemkab-lebak (the convention), not the place
	{"b2 pemkab lebak", "id", "Pemerintah Kabupaten Lebak membangun jembatan gantung di Kecamatan Cibeber.", "kabupaten-lebak/place", "", false, true},
	{"b2 warga malang jawa timur", "id", "Sejumlah warga Malang, Jawa Timur, melaporkan gempa terasa kuat.", "kabupaten-malang/place jawa-timur/place", "", true, false},
	{"b2 tiket liga inggris", "id", "Harga tiket Liga Inggris di stadion itu naik 10 persen.", "", "GBR", true, false},
	{"b2 bank sumut medan", "id", "Kantor Bank Sumut di Medan dibobol maling pada Minggu dini hari.", "", "sumatera-utara", false, false},
	{"b2 malut united persebaya", "id", "Klub promosi Malut United mengalahkan Persebaya Surabaya 2-1.", "persebaya", "kota-surabaya maluku-utara", false, false},
}

// TestIDInside39Grid runs idInside39GridRows: 31 of the first 42 passed
// before any rule (three annotation slips fixed first: KOR after "asal",
// IDN after "pelajar", the police's IDN; a fourth, the police in "kampung
// pati", found after), 41 after regionInsideNames, Semen Padang and
// "tragedi" a thing noun; of the second batch (16 rows, annotated after
// the rules, before the extractor ran on them) 8 passed on the code
// before the rules, 14 after: 55 of 58.
func TestIDInside39Grid(t *testing.T) {
	runPlaces3Rows(t, idInside39GridRows, 55, "2025-11-15")
}
