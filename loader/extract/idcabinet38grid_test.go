package extract

import (
	"testing"
)

// idCabinet38Rows are present-day (2024-2026) Indonesian news sentences of
// the Indonesian officials grid 38 of issue #12 (composed in the style of
// the news, never copied from a data set) and annotated before the
// extractor ran on them: ministers and vice ministers of the Merah Putih
// cabinet, heads of agencies and institutions (KPK, BIN, BNPB, BPOM, OJK,
// BI, Polri, TNI and its services, the Attorney General, MK, MA, DPR, MPR,
// DPD), governors elected in 2024 and party chairs, named with their full
// title, with a short title (Menkeu, Kapolri, KSAD) or by name alone. Want:
// the person (the gazetteer slug of the name, person, IDN) and the body
// when its own name or acronym is in the title ("Kepala BNPB", "Ketua KPK",
// "Panglima TNI", "Ketua Umum Partai Golkar"); a minister's title
// ("Menteri Perdagangan") and short titles (Kapolri, Menkeu, KSAD) name no
// body. Provinces are places, ignored.
var idCabinet38Rows = []wantRow{
	// Full titles, Merah Putih cabinet.
	{"menko pangan zulhas", "Menteri Koordinator Bidang Pangan Zulkifli Hasan meninjau harga beras di Pasar Induk Cipinang.", "zulkifli-hasan/person/IDN", false},
	{"menko perekonomian airlangga", "Menteri Koordinator Bidang Perekonomian Airlangga Hartarto menyebut pertumbuhan ekonomi kuartal kedua sesuai target.", "airlangga-hartarto/person/IDN", false},
	{"menko kumham yusril", "Menteri Koordinator Bidang Hukum, HAM, Imigrasi, dan Pemasyarakatan Yusril Ihza Mahendra membahas rencana amnesti.", "yusril-ihza-mahendra/person/IDN", false},
	{"menperin agus gumiwang full", "Menteri Perindustrian Agus Gumiwang Kartasasmita meresmikan pabrik baterai kendaraan listrik di Karawang.", "agus-gumiwang-kartasasmita/person/IDN", false},
	{"mendag budi santoso full", "Menteri Perdagangan Budi Santoso melepas ekspor kopi ke Timur Tengah.", "budi-santoso/person/IDN", false},
	{"mendes yandri full", "Menteri Desa dan Pembangunan Daerah Tertinggal Yandri Susanto meninjau penyaluran dana desa di Serang.", "yandri-susanto/person/IDN", false},
	{"mentrans iftitah full", "Menteri Transmigrasi Muhammad Iftitah Sulaiman Suryanagara mengunjungi kawasan transmigrasi di Kalimantan Tengah.", "iftitah-sulaiman/person/IDN", false},
	{"menpanrb rini full", "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Rini Widyantini menegaskan seleksi aparatur tetap berjalan.", "rini-widyantini/person/IDN", false},
	{"menekraf riefky full", "Menteri Ekonomi Kreatif Teuku Riefky Harsya membuka festival film pendek di Bandung.", "teuku-riefky-harsya/person/IDN", false},
	{"menpar widiyanti full", "Menteri Pariwisata Widiyanti Putri Wardhana mempromosikan Labuan Bajo kepada wisatawan mancanegara.", "widiyanti-putri-wardhana/person/IDN", false},
	{"seskab teddy full", "Sekretaris Kabinet Teddy Indra Wijaya mengumumkan jadwal sidang kabinet paripurna pekan depan.", "teddy-indra-wijaya/person/IDN", false},
	{"mensesneg prasetyo full", "Menteri Sekretaris Negara Prasetyo Hadi mengatakan pemerintah menghormati putusan pengadilan.", "prasetyo-hadi/person/IDN", false},
	{"menkes budi gunadi full", "Menteri Kesehatan Budi Gunadi Sadikin meluncurkan program cek kesehatan gratis.", "budi-gunadi-sadikin/person/IDN", false},
	// Heads of agencies and institutions, body named.
	{"kepala bnpb suharyanto", "Kepala BNPB Suharyanto meninjau lokasi banjir bandang di Sukabumi.", "suharyanto/person/IDN idn-bnpb/agency/IDN", false},
	{"kepala bin herindra", "Kepala Badan Intelijen Negara Muhammad Herindra menghadiri rapat kerja di Senayan.", "muhammad-herindra/person/IDN idn-intelligence/agency/IDN", true},
	{"kepala bpom taruna", "Kepala BPOM Taruna Ikrar menarik peredaran obat sirop yang tercemar.", "taruna-ikrar/person/IDN idn-bpom/agency/IDN", false},
	{"ketua kpk setyo", "Ketua KPK Setyo Budiyanto mengatakan penyidik telah memeriksa sepuluh saksi.", "setyo-budiyanto/person/IDN idn-kpk/agency/IDN", false},
	{"ketua mk suhartoyo", "Ketua Mahkamah Konstitusi Suhartoyo membacakan putusan uji materi undang-undang pemilu.", "suhartoyo/person/IDN idn-constitutional-court/court/IDN", false},
	{"ketua ma sunarto", "Ketua Mahkamah Agung Sunarto melantik sejumlah ketua pengadilan tinggi.", "sunarto/person/IDN idn-supreme-court/court/IDN", false},
	{"gubernur bi perry", "Gubernur Bank Indonesia Perry Warjiyo mengatakan suku bunga acuan ditahan.", "perry-warjiyo/person/IDN idn-central-bank/agency/IDN", false},
	{"ketua ojk mahendra", "Ketua Dewan Komisioner OJK Mahendra Siregar menyebut sektor jasa keuangan tetap stabil.", "mahendra-siregar/person/IDN idn-ojk/agency/IDN", false},
	{"panglima tni agus", "Panglima TNI Jenderal Agus Subiyanto meresmikan enam Kodam baru.", "agus-subiyanto/person/IDN idn-armed-forces/military/IDN", false},
	{"ketua dpr puan", "Ketua DPR Puan Maharani meminta pemerintah mendengar aspirasi buruh.", "puan-maharani/person/IDN idn-dpr/legislature/IDN", false},
	{"ketua mpr muzani", "Ketua MPR Ahmad Muzani menerima kunjungan tokoh lintas agama.", "ahmad-muzani/person/IDN idn-mpr/legislature/IDN", false},
	{"ketua dpd sultan", "Ketua DPD Sultan Bachtiar Najamudin mendorong pemekaran daerah otonom baru.", "sultan-bachtiar-najamudin/person/IDN idn-dpd/legislature/IDN", true},
	// Short titles and offices without a body's name.
	{"menkeu purbaya", "Menkeu Purbaya Yudhi Sadewa menempatkan dana pemerintah di bank-bank milik negara.", "purbaya-yudhi-sadewa/person/IDN", false},
	{"mensesneg prasetyo", "Mensesneg Prasetyo Hadi menyampaikan bahwa Presiden akan berkunjung ke Papua.", "prasetyo-hadi/person/IDN", false},
	{"menlu sugiono", "Menlu Sugiono bertemu para duta besar negara sahabat di Jakarta.", "sugiono/person/IDN", false},
	{"menhan sjafrie", "Menhan Sjafrie Sjamsoeddin meninjau kesiapan alutsista di Surabaya.", "sjafrie-sjamsoeddin/person/IDN", false},
	{"mendagri tito", "Mendagri Tito Karnavian meminta kepala daerah menjaga inflasi.", "tito-karnavian/person/IDN", false},
	{"mendag budi santoso", "Mendag Budi Santoso memastikan stok minyak goreng aman menjelang Lebaran.", "budi-santoso/person/IDN", false},
	{"menperin agus gumiwang", "Menperin Agus Gumiwang mengatakan utilisasi industri tekstil terus menurun.", "agus-gumiwang-kartasasmita/person/IDN", false},
	{"menpar widiyanti", "Menpar Widiyanti Putri Wardhana menargetkan kunjungan wisatawan naik tahun ini.", "widiyanti-putri-wardhana/person/IDN", false},
	{"mendes yandri", "Mendes Yandri Susanto mengingatkan kepala desa agar tidak menyelewengkan dana desa.", "yandri-susanto/person/IDN", false},
	{"menpanrb rini", "MenPANRB Rini Widyantini mengumumkan jadwal pengangkatan pegawai.", "rini-widyantini/person/IDN", false},
	{"mentan amran", "Mentan Andi Amran Sulaiman menyatakan stok beras nasional tertinggi sepanjang sejarah.", "andi-amran-sulaiman/person/IDN", false},
	{"menkum supratman", "Menkum Supratman Andi Agtas menyerahkan naskah rancangan undang-undang ke DPR.", "supratman-andi-agtas/person/IDN idn-dpr/legislature/IDN", false},
	{"menag nasaruddin", "Menag Nasaruddin Umar membuka seminar kerukunan umat beragama.", "nasaruddin-umar/person/IDN", false},
	{"menaker yassierli", "Menaker Yassierli meminta perusahaan membayar tunjangan hari raya tepat waktu.", "yassierli/person/IDN", false},
	{"seskab teddy", "Seskab Teddy Indra Wijaya menyampaikan hasil rapat terbatas.", "teddy-indra-wijaya/person/IDN", false},
	{"kapolri listyo", "Kapolri Jenderal Listyo Sigit Prabowo memerintahkan jajarannya menindak pelaku judi daring.", "listyo-sigit-prabowo/person/IDN", false},
	{"ksad maruli", "KSAD Jenderal Maruli Simanjuntak meresmikan batalion teritorial pembangunan di Nusa Tenggara Timur.", "maruli-simanjuntak/person/IDN", false},
	{"ksau tonny", "KSAU Marsekal Mohamad Tonny Harjono memimpin upacara hari jadi TNI AU.", "tonny-harjono/person/IDN idn-air-force/military/IDN", false},
	{"jaksa agung burhanuddin", "Jaksa Agung ST Burhanuddin mencopot kepala kejaksaan negeri yang terjaring operasi tangkap tangan.", "st-burhanuddin/person/IDN", false},
	// Governors elected in 2024.
	{"gubernur banten andra", "Gubernur Banten Andra Soni meresmikan sekolah gratis di Pandeglang.", "andra-soni/person/IDN", false},
	{"gubernur jabar dedi", "Gubernur Jawa Barat Dedi Mulyadi melarang sekolah menggelar study tour.", "dedi-mulyadi/person/IDN", false},
	{"gubernur jakarta pramono", "Gubernur Jakarta Pramono Anung menggratiskan transportasi umum bagi warga lansia.", "pramono-anung/person/IDN", false},
	{"gubernur jateng luthfi", "Gubernur Jawa Tengah Ahmad Luthfi meninjau jalan rusak di Grobogan.", "ahmad-luthfi/person/IDN", false},
	{"gubernur jatim khofifah", "Gubernur Jawa Timur Khofifah Indar Parawansa melepas kontingen haji di Surabaya.", "khofifah-indar-parawansa/person/IDN", false},
	{"gubernur sumut bobby", "Gubernur Sumatera Utara Bobby Nasution menertibkan truk bernomor polisi luar daerah.", "bobby-nasution/person/IDN", false},
	// Party chairs.
	{"ketum golkar bahlil", "Ketua Umum Partai Golkar Bahlil Lahadalia mengumumkan susunan pengurus baru.", "bahlil-lahadalia/person/IDN partai-golkar/organization/IDN", false},
	{"presiden pks muzzammil", "Presiden PKS Al Muzzammil Yusuf menyatakan partainya tetap mendukung pemerintah.", "almuzzammil-yusuf/person/IDN pks/organization/IDN", false},
	{"ketum pkb cak imin", "Ketua Umum PKB Muhaimin Iskandar membuka muktamar di Bali.", "muhaimin-iskandar/person/IDN pkb/organization/IDN", false},
	// Names alone.
	{"name agus gumiwang", "Agus Gumiwang Kartasasmita mengatakan insentif otomotif akan dilanjutkan.", "agus-gumiwang-kartasasmita/person/IDN", false},
	{"name setyo budiyanto", "Setyo Budiyanto memastikan penyidikan kasus kuota haji terus berjalan.", "setyo-budiyanto/person/IDN", false},
	{"name taruna ikrar", "Taruna Ikrar meminta masyarakat waspada terhadap kosmetik ilegal.", "taruna-ikrar/person/IDN", false},
	{"name yandri susanto", "Menurut Yandri Susanto, koperasi desa akan dibentuk di seluruh Indonesia.", "yandri-susanto/person/IDN", true},
	{"name andra soni", "Andra Soni dan Dimyati Natakusumah dilantik di Istana Kepresidenan.", "andra-soni/person/IDN", true},
	{"name suharyanto", "Suharyanto mengatakan operasi modifikasi cuaca akan diperpanjang.", "suharyanto/person/IDN", false},
	{"name herindra", "Herindra menyebut ancaman siber meningkat menjelang akhir tahun.", "muhammad-herindra/person/IDN", false},
	{"name teuku riefky", "Teuku Riefky Harsya menyebut ekonomi kreatif menyerap jutaan tenaga kerja.", "teuku-riefky-harsya/person/IDN", false},
	{"name maruli", "Maruli Simanjuntak menegaskan prajurit harus netral.", "maruli-simanjuntak/person/IDN", false},
}

// idCabinet38Batch2Rows are a second batch written after the data pass and
// annotated before running, to check that the entries generalize to other
// phrasings: headlines, quotes, titles with ranks, names after a verb.
var idCabinet38Batch2Rows = []wantRow{
	{"b2 headline setyo", "Ketua KPK Setyo Budiyanto Pastikan Kasus Kuota Haji Segera Naik Penyidikan", "setyo-budiyanto/person/IDN idn-kpk/agency/IDN", false},
	{"b2 quote taruna", "\"Kami sudah menyita ribuan produk,\" kata Kepala BPOM Taruna Ikrar di Jakarta, Senin.", "taruna-ikrar/person/IDN idn-bpom/agency/IDN", false},
	{"b2 letjen suharyanto", "Kepala Badan Nasional Penanggulangan Bencana Letjen TNI Suharyanto tiba di Padang.", "suharyanto/person/IDN idn-bnpb/agency/IDN", false},
	{"b2 met herindra", "Presiden Prabowo Subianto menerima Kepala BIN Muhammad Herindra di Istana Merdeka.", "prabowo-subianto/person/IDN muhammad-herindra/person/IDN idn-intelligence/agency/IDN", false},
	{"b2 jaksa agung sanitiar", "Jaksa Agung Sanitiar Burhanuddin menunjuk tim khusus untuk mengusut korupsi tata niaga timah.", "st-burhanuddin/person/IDN", false},
	{"b2 suhartoyo after verb", "Sidang dipimpin oleh Suhartoyo bersama delapan hakim konstitusi lainnya.", "suhartoyo/person/IDN", false},
	{"b2 mendag bersama menperin", "Mendag Budi Santoso dan Menperin Agus Gumiwang Kartasasmita membahas banjir impor tekstil.", "budi-santoso/person/IDN agus-gumiwang-kartasasmita/person/IDN", false},
	{"b2 mentrans iftitah short", "Mentrans Iftitah Sulaiman meminta lahan transmigran segera bersertifikat.", "iftitah-sulaiman/person/IDN", false},
	{"b2 widiyanti name", "Widiyanti Putri Wardhana menyebut Bali tetap menjadi tujuan utama wisatawan asing.", "widiyanti-putri-wardhana/person/IDN", false},
	{"b2 teddy seskab", "Teddy Indra Wijaya membantah isu perombakan kabinet.", "teddy-indra-wijaya/person/IDN", false},
	{"b2 andra gubernur", "Andra Soni menyatakan Pemprov Banten menanggung biaya sekolah swasta.", "andra-soni/person/IDN", true},
	{"b2 kasau tonny", "Kepala Staf TNI AU Marsekal Tonny Harjono menerima kunjungan Panglima Angkatan Udara Australia.", "tonny-harjono/person/IDN idn-air-force/military/IDN", true},
	{"b2 maruli ksad", "Jenderal TNI Maruli Simanjuntak melantik komandan batalion baru.", "maruli-simanjuntak/person/IDN", false},
	{"b2 muzzammil pks", "Al Muzzammil Yusuf terpilih sebagai Presiden Partai Keadilan Sejahtera.", "almuzzammil-yusuf/person/IDN pks/organization/IDN", false},
	{"b2 rini panrb", "Rini Widyantini menyebut pemindahan aparatur ke Ibu Kota Nusantara dilakukan bertahap.", "rini-widyantini/person/IDN", false},
	{"b2 yandri riefky", "Yandri Susanto dan Teuku Riefky Harsya meluncurkan desa kreatif di Garut.", "yandri-susanto/person/IDN teuku-riefky-harsya/person/IDN", false},
}

// TestIDCabinet38Grid runs the Indonesian officials grid 38.
func TestIDCabinet38Grid(t *testing.T) {
	t.Run("batch1", func(t *testing.T) { runWantGrid(t, "id", idCabinet38Rows, 0) })
	t.Run("batch2", func(t *testing.T) { runWantGrid(t, "id", idCabinet38Batch2Rows, 0) })
}
