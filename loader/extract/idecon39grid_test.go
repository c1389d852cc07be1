package extract

import "testing"

// idEcon39GridRows are Indonesian present-day (2023-2026) economic and
// business news sentences (issue #12): Indonesia's economic bodies and
// their heads (Bank Indonesia, OJK, Kemenkeu, Kementerian BUMN, BPS, LPS,
// Danantara, BKPM, the stock exchange), state-owned and private companies,
// foreign central banks and ministries in Indonesian wording, international
// financial and trade bodies, foreign companies, tariff news, and markets,
// indices, currencies and prices, which name no actor. Each actor is wanted
// as the gazetteer spells it, with kind and country where it has them.
// Written and annotated before the extractor ran on them.
var idEcon39GridRows = []wireGridRow{
	// Indonesia's economic bodies and their heads.
	{"bi suku bunga acuan", "Bank Indonesia mempertahankan suku bunga acuan BI-Rate di level 4,75 persen.", []string{"idn-central-bank/agency/IDN"}, nil, false, false},
	{"bi pangkas 25 bps", "BI memangkas suku bunga acuan sebesar 25 basis poin menjadi 5,5 persen.", []string{"idn-central-bank/agency/IDN"}, nil, false, false},
	{"gubernur bi perry", "Gubernur BI Perry Warjiyo mengatakan rupiah masih berada di bawah nilai fundamentalnya.", []string{"perry-warjiyo/person/IDN", "idn-central-bank/agency/IDN"}, nil, false, false},
	{"ojk cabut izin bpr", "OJK mencabut izin usaha sebuah bank perekonomian rakyat di Jawa Timur.", []string{"idn-ojk/agency/IDN"}, nil, false, false},
	{"ketua ojk mahendra", "Ketua Dewan Komisioner OJK Mahendra Siregar menyatakan stabilitas sektor jasa keuangan tetap terjaga.", []string{"mahendra-siregar/person/IDN", "idn-ojk/agency/IDN"}, nil, false, false},
	{"ojk blokir rekening", "Otoritas Jasa Keuangan memblokir ribuan rekening yang terkait judi daring.", []string{"idn-ojk/agency/IDN"}, nil, false, false},
	{"menkeu purbaya dana", "Menteri Keuangan Purbaya Yudhi Sadewa menempatkan dana Rp200 triliun di bank-bank milik negara.", []string{"purbaya-yudhi-sadewa/person/IDN"}, nil, false, false},
	{"kemenkeu pajak", "Kemenkeu mencatat penerimaan pajak hingga Oktober mencapai Rp1.459 triliun.", []string{"idn-finance-ministry/agency/IDN"}, nil, false, false},
	{"mantan menkeu sri mulyani", "Mantan Menteri Keuangan Sri Mulyani Indrawati bergabung dengan dewan penasihat sebuah yayasan internasional.", []string{"sri-mulyani/person/IDN"}, nil, false, false},
	{"bps pertumbuhan", "BPS mencatat pertumbuhan ekonomi Indonesia pada kuartal III 2025 sebesar 5,04 persen.", []string{"idn-bps/agency/IDN"}, nil, false, false},
	{"kepala bps amalia", "Kepala BPS Amalia Adininggar Widyasanti mengumumkan inflasi tahunan Oktober sebesar 2,86 persen.", []string{"amalia-adininggar-widyasanti/person/IDN", "idn-bps/agency/IDN"}, nil, false, false},
	{"bps neraca", "Badan Pusat Statistik melaporkan neraca perdagangan surplus selama 66 bulan berturut-turut.", []string{"idn-bps/agency/IDN"}, nil, false, false},
	{"lps tingkat bunga", "LPS menurunkan tingkat bunga penjaminan simpanan rupiah di bank umum.", []string{"idn-lps/agency/IDN"}, nil, false, false},
	{"lps klaim", "Lembaga Penjamin Simpanan membayar klaim simpanan nasabah bank yang dilikuidasi.", []string{"idn-lps/agency/IDN"}, nil, false, false},
	{"ketua lps anggito", "Ketua Dewan Komisioner LPS Anggito Abimanyu memastikan simpanan nasabah dijamin hingga Rp2 miliar.", []string{"anggito-abimanyu/person/IDN", "idn-lps/agency/IDN"}, nil, false, false},
	{"danantara garuda", "Danantara menyuntikkan modal ke Garuda Indonesia sebesar 405 juta dolar AS.", []string{"idn-danantara/agency/IDN", "garuda-indonesia/organization/IDN"}, nil, false, false},
	{"ceo danantara rosan", "CEO Danantara Rosan Roeslani mengatakan pihaknya akan menerbitkan Patriot Bond.", []string{"rosan-roeslani/person/IDN", "idn-danantara/agency/IDN"}, nil, false, false},
	{"bpi danantara direksi", "BPI Danantara menunjuk direksi baru di sejumlah BUMN.", []string{"idn-danantara/agency/IDN"}, nil, false, false},
	{"kementerian bumn pln", "Kementerian BUMN merombak jajaran komisaris PT PLN.", []string{"idn-soe-ministry/agency/IDN", "pln/organization/IDN"}, nil, false, false},
	{"menteri bumn erick garuda", "Menteri BUMN Erick Thohir mencopot direktur utama Garuda Indonesia.", []string{"erick-thohir/person/IDN", "garuda-indonesia/organization/IDN"}, nil, false, false},
	{"kementerian investasi bkpm", "Kementerian Investasi/BKPM mencatat realisasi investasi kuartal III mencapai Rp491 triliun.", []string{"idn-investment-ministry/agency/IDN"}, nil, false, false},
	{"bkpm target", "BKPM menargetkan investasi Rp1.900 triliun pada 2025.", []string{"idn-investment-ministry/agency/IDN"}, nil, false, false},
	{"bei trading halt", "Bursa Efek Indonesia menghentikan sementara perdagangan saham setelah IHSG anjlok 5 persen.", []string{"bursa-efek-indonesia/organization/IDN"}, nil, false, false},
	{"bei ipo", "BEI mencatat 30 perusahaan melantai di bursa sepanjang tahun ini.", []string{"bursa-efek-indonesia/organization/IDN"}, nil, false, false},
	{"dirut bei iman", "Direktur Utama BEI Iman Rachman menyatakan likuiditas pasar tetap terjaga.", []string{"iman-rachman/person/IDN", "bursa-efek-indonesia/organization/IDN"}, nil, false, false},

	// Indonesian companies and their heads.
	{"pertamina bbm", "Pertamina menurunkan harga bahan bakar nonsubsidi mulai 1 Desember.", []string{"pertamina/organization/IDN"}, nil, false, false},
	{"dirut pertamina simon", "Direktur Utama Pertamina Simon Aloysius Mantiri meninjau kilang Balikpapan.", []string{"simon-aloysius-mantiri/person/IDN", "pertamina/organization/IDN"}, nil, false, false},
	{"pln plts", "PLN menambah kapasitas pembangkit listrik tenaga surya di Nusa Tenggara Timur.", []string{"pln/organization/IDN"}, nil, false, false},
	{"dirut pln darmawan", "Direktur Utama PLN Darmawan Prasodjo menyebut konsumsi listrik naik 6 persen.", []string{"darmawan-prasodjo/person/IDN", "pln/organization/IDN"}, nil, false, false},
	{"garuda rute", "Garuda Indonesia memangkas sejumlah rute internasional akibat keterbatasan armada.", []string{"garuda-indonesia/organization/IDN"}, nil, false, false},
	{"telkom laba", "Telkom membukukan laba bersih Rp11 triliun pada semester pertama.", []string{"telkom-indonesia/organization/IDN"}, nil, false, false},
	{"bca kredit", "BCA menyalurkan kredit senilai Rp900 triliun hingga September.", []string{"bca/organization/IDN"}, nil, false, false},
	{"presdir bca jahja", "Presiden Direktur BCA Jahja Setiaatmadja mengatakan permintaan kredit korporasi masih kuat.", []string{"jahja-setiaatmadja/person/IDN", "bca/organization/IDN"}, nil, false, false},
	{"bank mandiri obligasi", "Bank Mandiri menerbitkan obligasi berwawasan lingkungan senilai Rp5 triliun.", []string{"bank-mandiri/organization/IDN"}, nil, false, false},
	{"goto grab", "GoTo membantah kabar merger dengan Grab.", []string{"goto/organization/IDN", "grab-holdings/organization/SGP"}, nil, false, false},
	{"freeport grasberg", "Freeport Indonesia menghentikan sementara operasi tambang bawah tanah Grasberg setelah longsor.", []string{"freeport-indonesia/organization/IDN"}, nil, false, false},
	{"pt freeport ekspor", "PT Freeport Indonesia mengajukan perpanjangan izin ekspor konsentrat tembaga.", []string{"freeport-indonesia/organization/IDN"}, nil, false, false},
	{"presdir ptfi tony wenas", "Presiden Direktur Freeport Indonesia Tony Wenas mengatakan smelter Gresik mulai beroperasi penuh.", []string{"tony-wenas/person/IDN", "freeport-indonesia/organization/IDN"}, nil, false, false},

	// Foreign central banks and ministries.
	{"the fed pangkas", "Bank sentral AS (The Fed) memangkas suku bunga acuan sebesar 25 basis poin.", []string{"usa-central-bank/agency/USA"}, []string{"idn-central-bank"}, false, false},
	{"the fed tahan", "The Fed mempertahankan suku bunga di kisaran 4,25-4,5 persen.", []string{"usa-central-bank/agency/USA"}, nil, false, false},
	{"ketua the fed powell", "Ketua The Fed Jerome Powell mengisyaratkan pemangkasan suku bunga pada Desember.", []string{"jerome-powell/person/USA", "usa-central-bank/agency/USA"}, nil, false, false},
	{"ecb suku bunga", "Bank Sentral Eropa (ECB) mempertahankan suku bunga deposito di level 2 persen.", []string{"ecb/igo"}, []string{"idn-central-bank"}, false, false},
	{"presiden ecb lagarde", "Presiden ECB Christine Lagarde mengatakan inflasi zona euro mendekati target.", []string{"christine-lagarde/person"}, nil, false, false},
	{"boj naik", "Bank of Japan menaikkan suku bunga untuk pertama kalinya dalam 17 tahun.", []string{"jpn-central-bank/agency/JPN"}, nil, false, false},
	{"gubernur boj ueda", "Gubernur BOJ Kazuo Ueda membuka peluang kenaikan suku bunga lanjutan.", []string{"kazuo-ueda/person/JPN", "jpn-central-bank/agency/JPN"}, nil, false, false},
	{"kemendag china tanah jarang", "Kementerian Perdagangan China mengumumkan pembatasan ekspor logam tanah jarang.", []string{"chn-commerce-ministry/agency/CHN"}, []string{"idn-trade-ministry"}, false, false},
	{"bank sentral china giro", "Bank Sentral China memangkas rasio giro wajib minimum perbankan.", []string{"chn-central-bank/agency/CHN"}, []string{"idn-central-bank"}, false, false},
	{"depkeu as sanksi", "Departemen Keuangan AS menjatuhkan sanksi kepada sejumlah perusahaan pelayaran.", []string{"usa-treasury/agency/USA"}, []string{"idn-finance-ministry"}, false, false},

	// International bodies.
	{"imf proyeksi", "IMF memangkas proyeksi pertumbuhan ekonomi Indonesia menjadi 4,7 persen.", []string{"imf/igo"}, nil, false, false},
	{"dana moneter internasional", "Dana Moneter Internasional (IMF) menaikkan proyeksi pertumbuhan ekonomi global.", []string{"imf/igo"}, nil, false, false},
	{"bank dunia pinjaman", "Bank Dunia menyetujui pinjaman 1,5 miliar dolar AS untuk program gizi.", []string{"world-bank/igo"}, nil, false, false},
	{"opec plus produksi", "OPEC+ sepakat menaikkan produksi minyak sebesar 137.000 barel per hari.", []string{"opec-plus/igo"}, nil, false, false},
	{"wto proyeksi", "WTO memangkas proyeksi pertumbuhan perdagangan barang dunia.", []string{"wto/igo"}, nil, false, false},
	{"adb proyeksi", "Bank Pembangunan Asia (ADB) memproyeksikan ekonomi Indonesia tumbuh 5 persen.", []string{"adb/igo"}, nil, false, false},
	{"md imf georgieva", "Direktur Pelaksana IMF Kristalina Georgieva memperingatkan dampak perang dagang.", []string{"kristalina-georgieva/person", "imf/igo"}, nil, false, false},

	// Foreign companies.
	{"apple batam", "Apple berencana membangun pabrik aksesori di Batam.", []string{"apple-inc/organization/USA"}, nil, false, false},
	{"tesla eropa", "Tesla mencatat penurunan penjualan mobil listrik di Eropa.", []string{"tesla/organization/USA"}, nil, false, false},
	{"nvidia nilai pasar", "Nvidia menjadi perusahaan pertama dengan nilai pasar 5 triliun dolar AS.", []string{"nvidia/organization/USA"}, nil, false, false},
	{"tiktok tokopedia", "TikTok mengakuisisi 75 persen saham Tokopedia.", []string{"tiktok/organization/CHN", "tokopedia/organization/IDN"}, nil, false, false},
	{"byd subang", "BYD membangun pabrik mobil listrik di Subang, Jawa Barat.", []string{"byd/organization/CHN"}, nil, false, false},
	{"foxconn investasi", "Foxconn berencana berinvestasi di sektor kendaraan listrik.", []string{"foxconn/organization/TWN"}, nil, false, false},
	{"ceo nvidia huang", "CEO Nvidia Jensen Huang mengatakan permintaan cip kecerdasan buatan sangat tinggi.", []string{"jensen-huang/person", "nvidia/organization/USA"}, nil, false, false},

	// Tariffs and trade.
	{"trump tarif resiprokal", "Presiden AS Donald Trump menetapkan tarif resiprokal 19 persen untuk produk Indonesia.", []string{"donald-trump/person/USA"}, nil, false, false},
	{"as tarif 32 persen", "Pemerintah Amerika Serikat memberlakukan tarif resiprokal 32 persen terhadap Indonesia.", []string{"USA"}, nil, false, false},
	{"airlangga negosiasi", "Menko Perekonomian Airlangga Hartarto memimpin negosiasi tarif dengan Washington.", []string{"airlangga-hartarto/person/IDN"}, nil, false, false},
	{"menteri perdagangan as lutnick", "Menteri Perdagangan AS Howard Lutnick menyebut perundingan dagang hampir rampung.", []string{"howard-lutnick/person/USA"}, []string{"idn-trade-ministry"}, false, false},
	{"china balas tarif", "China membalas tarif Trump dengan bea masuk 34 persen atas produk AS.", []string{"CHN"}, nil, false, false},

	// Heads named without their titles, bodies and companies news names
	// less often (written after a first run of the rows above).
	{"amalia tanpa gelar", "Amalia Adininggar Widyasanti menyebut deflasi terjadi karena turunnya harga pangan.", []string{"amalia-adininggar-widyasanti/person/IDN"}, nil, false, false},
	{"anggito dilantik lps", "Anggito Abimanyu resmi dilantik sebagai Ketua Dewan Komisioner LPS.", []string{"anggito-abimanyu/person/IDN", "idn-lps/agency/IDN"}, nil, false, false},
	{"dony oskaria bumn", "Dony Oskaria mengatakan jumlah BUMN akan dipangkas menjadi sekitar 200 perusahaan.", []string{"dony-oskaria/person/IDN"}, nil, false, false},
	{"bp bumn gantikan", "Badan Pengaturan BUMN resmi menggantikan peran Kementerian BUMN.", []string{"idn-bp-bumn/agency/IDN", "idn-soe-ministry/agency/IDN"}, nil, false, false},
	{"bp bumn aturan", "BP BUMN menyiapkan aturan turunan undang-undang BUMN yang baru.", []string{"idn-bp-bumn/agency/IDN"}, []string{"bp"}, false, false},
	{"kepala bp bumn dony", "Kepala BP BUMN Dony Oskaria melantik direksi baru sejumlah perusahaan pelat merah.", []string{"dony-oskaria/person/IDN", "idn-bp-bumn/agency/IDN"}, []string{"bp"}, false, false},
	{"tony wenas grasberg", "Tony Wenas menyebut produksi Grasberg baru pulih sepenuhnya pada 2027.", []string{"tony-wenas/person/IDN"}, nil, false, false},
	{"simon mantiri bbm", "Simon Aloysius Mantiri memastikan pasokan BBM aman menjelang Natal.", []string{"simon-aloysius-mantiri/person/IDN"}, nil, false, false},
	{"destry rupiah", "Destry Damayanti mengatakan BI akan terus menjaga stabilitas rupiah.", []string{"destry-damayanti/person/IDN", "idn-central-bank/agency/IDN"}, nil, false, false},
	{"friderica pinjol", "Friderica Widyasari Dewi meminta masyarakat mewaspadai pinjaman daring ilegal.", []string{"friderica-widyasari-dewi/person/IDN"}, nil, false, false},
	{"inarno short selling", "Inarno Djajadi menyebut OJK menyiapkan aturan transaksi short selling.", []string{"inarno-djajadi/person/IDN", "idn-ojk/agency/IDN"}, nil, false, false},
	{"wamildan jeddah", "Wamildan Tsani Panjaitan mengatakan Garuda menambah frekuensi penerbangan ke Jeddah.", []string{"wamildan-tsani-panjaitan/person/IDN"}, nil, false, false},
	{"hery gunardi umkm", "Hery Gunardi menargetkan BRI menyalurkan kredit UMKM lebih besar tahun depan.", []string{"hery-gunardi/person/IDN", "bri/organization/IDN"}, nil, false, false},
	{"wang chuanfu byd", "Wang Chuanfu mengatakan BYD akan memperluas ekspor ke Asia Tenggara.", []string{"wang-chuanfu/person/CHN", "byd/organization/CHN"}, nil, false, false},
	{"huayou maluku utara", "Huayou menandatangani kerja sama pembangunan pabrik prekursor baterai di Maluku Utara.", []string{"huayou-cobalt/organization/CHN"}, nil, false, false},
	{"zhejiang huayou vale", "Zhejiang Huayou Cobalt menggandeng Vale Indonesia membangun smelter di Pomalaa.", []string{"huayou-cobalt/organization/CHN", "vale-indonesia/organization/IDN"}, nil, false, false},
	{"tsingshan morowali", "Tsingshan menghentikan sementara sebagian lini produksi di Morowali.", []string{"tsingshan/organization/CHN"}, nil, false, false},
	{"imip kecelakaan", "PT Indonesia Morowali Industrial Park (IMIP) menghentikan operasi smelter setelah ledakan tungku.", []string{"imip/organization/IDN"}, nil, false, false},
	{"efishery phk", "eFishery memangkas ratusan karyawan setelah skandal laporan keuangan.", []string{"efishery/organization/IDN"}, nil, false, false},
	{"ojk cabut investree", "OJK mencabut izin usaha Investree.", []string{"idn-ojk/agency/IDN", "investree/organization/IDN"}, nil, false, false},
	{"lg energy solution batal", "LG Energy Solution membatalkan rencana investasi baterai senilai 11 triliun won.", []string{"lg-energy-solution/organization/KOR"}, []string{"lg"}, false, false},
	{"msci saham", "MSCI memasukkan dua saham Indonesia ke dalam indeks globalnya.", []string{"msci-inc/organization/USA"}, nil, false, true},                   // known: "MSCI" alone is no form of the entry: English names the index after it ("The MSCI Emerging Markets index"), where it names no actor
	{"menurut msci bobot", "Menurut MSCI, bobot saham Indonesia dalam indeks pasar berkembang turun.", []string{"msci-inc/organization/USA"}, nil, false, true}, // known: "MSCI" alone is no form of the entry: English names the index after it ("The MSCI Emerging Markets index"), where it names no actor
	{"bursa wall street", "Bursa Wall Street ditutup melemah setelah rilis data ketenagakerjaan.", nil, nil, true, false},
	{"yield us treasury", "Yield US Treasury bertenor 10 tahun naik ke 4,6 persen.", nil, nil, true, false},
	{"presiden adb kanda", "Presiden ADB Masato Kanda mengatakan Asia harus bersiap menghadapi tarif tinggi.", []string{"masato-kanda/person/JPN", "adb/igo"}, nil, false, false},
	{"sekjen opec al ghais", "Sekretaris Jenderal OPEC Haitham al-Ghais memperkirakan permintaan minyak terus tumbuh.", []string{"haitham-al-ghais/person/KWT", "opec/igo"}, nil, false, false},

	// Markets, indices, currencies and prices: no actor.
	{"ihsg menguat", "IHSG ditutup menguat 1,2 persen ke level 8.100 pada perdagangan Senin.", nil, nil, true, false},
	{"rupiah melemah dolar as", "Rupiah melemah ke level Rp16.700 per dolar AS pada Selasa pagi.", nil, nil, true, false},
	{"harga minyak brent", "Harga minyak Brent naik 2 persen menjadi 65 dolar AS per barel.", nil, nil, true, false},
	{"indeks nikkei rekor", "Indeks Nikkei melonjak ke rekor tertinggi sepanjang masa.", nil, nil, true, false},
	{"hang seng kospi", "Indeks Hang Seng dan Kospi turut menguat pada awal perdagangan.", nil, nil, true, false},
	{"sp 500 nasdaq", "Indeks S&P 500 dan Nasdaq ditutup di level tertinggi.", nil, nil, true, false},
	{"rupiah tarif", "Nilai tukar rupiah menguat seiring meredanya kekhawatiran tarif.", nil, nil, true, false},
	{"batu bara newcastle", "Harga batu bara acuan Newcastle turun ke level terendah dalam empat tahun.", nil, nil, true, false},
	{"indeks dolar as", "Indeks dolar AS melemah terhadap sekeranjang mata uang utama.", nil, nil, true, false},
	{"harga emas", "Harga emas dunia menembus rekor di atas 4.000 dolar AS per troy ons.", nil, nil, true, false},
}

// TestIDEcon39Grid runs idEcon39GridRows under the Indonesian bodies grid's
// article date.
func TestIDEcon39Grid(t *testing.T) {
	runIDBodiesGrid(t, idEcon39GridRows, "id")
}

// idEcon39Batch2Rows are the grid's second batch, written and annotated
// after the first batch's rules and data, before running.
var idEcon39Batch2Rows = []wireGridRow{
	{"b2 bursa singapura", "Bursa Singapura dibuka melemah mengikuti pelemahan Wall Street.", nil, []string{"SGP"}, true, false},
	{"b2 bursa eropa", "Bursa Eropa ditutup menguat berkat saham-saham teknologi.", nil, nil, true, false},
	{"b2 bursa efek hong kong", "Bursa Efek Hong Kong menangguhkan perdagangan saham Evergrande.", []string{"bursa-efek-hong-kong/organization/HKG"}, nil, false, false},
	{"b2 yield treasury as", "Yield Treasury AS bertenor dua tahun turun 5 basis poin.", nil, nil, true, true}, // known: "Treasury" between "Yield" and the state is no name the rule skips: "AS" is read as the state
	{"b2 kepala bps ekspor", "Kepala BPS Amalia Adininggar Widyasanti menyebut ekspor batu bara turun.", []string{"amalia-adininggar-widyasanti/person/IDN", "idn-bps/agency/IDN"}, nil, false, false},
	{"b2 menurut destry", "Menurut Destry Damayanti, pertumbuhan kredit akan membaik pada kuartal IV.", []string{"destry-damayanti/person/IDN"}, nil, false, false},
	{"b2 friderica ojk", "Friderica Widyasari Dewi menegaskan OJK akan menindak tegas pelaku usaha jasa keuangan nakal.", []string{"friderica-widyasari-dewi/person/IDN", "idn-ojk/agency/IDN"}, nil, false, false},
	{"b2 hery gunardi rumah", "Hery Gunardi mengatakan BRI siap menyalurkan kredit program tiga juta rumah.", []string{"hery-gunardi/person/IDN", "bri/organization/IDN"}, nil, false, false},
	{"b2 tsingshan huayou", "Tsingshan dan Huayou sepakat membangun kawasan industri baterai di Halmahera.", []string{"tsingshan/organization/CHN", "huayou-cobalt/organization/CHN"}, nil, false, false},
	{"b2 imip bantah", "IMIP membantah tudingan pencemaran lingkungan di sekitar kawasan industri.", []string{"imip/organization/IDN"}, nil, false, false},
	{"b2 bp bumn danantara", "BP BUMN menetapkan Danantara sebagai pemegang saham seri B di seluruh BUMN.", []string{"idn-bp-bumn/agency/IDN", "idn-danantara/agency/IDN"}, []string{"bp"}, false, false},
	{"b2 investree efishery", "Investree dan eFishery menjadi sorotan OJK sepanjang 2025.", []string{"investree/organization/IDN", "efishery/organization/IDN", "idn-ojk/agency/IDN"}, nil, false, false},
	{"b2 lges hyundai", "LG Energy Solution dan Hyundai Motor mengoperasikan pabrik sel baterai di Karawang.", []string{"lg-energy-solution/organization/KOR", "hyundai/organization/KOR"}, []string{"lg"}, false, false},
	{"b2 bursa malaysia ipo", "Bursa Malaysia mencatat rekor jumlah penawaran umum perdana.", []string{"bursa-malaysia/organization/MYS"}, []string{"MYS"}, false, false},
	{"b2 wenas mantiri", "Tony Wenas dan Simon Aloysius Mantiri menghadiri peresmian smelter di Gresik.", []string{"tony-wenas/person/IDN", "simon-aloysius-mantiri/person/IDN"}, nil, false, false},
	{"b2 bursa korsel taiwan", "Bursa Korea Selatan dan Bursa Taiwan memimpin penguatan di Asia.", nil, []string{"KOR", "TWN"}, true, false},
	{"b2 wang chuanfu jakarta", "Wang Chuanfu bertemu Menteri Perindustrian di Jakarta.", []string{"wang-chuanfu/person/CHN"}, nil, false, false},
}

// TestIDEcon39Batch2 runs the grid's second batch.
func TestIDEcon39Batch2(t *testing.T) {
	runIDBodiesGrid(t, idEcon39Batch2Rows, "id")
}
