package extract

import "testing"

// TestMediaGrid checks news sources and attribution in Indonesian news:
// news agencies and outlets named after a word for one ("kantor berita
// Xinhua", "harian Kompas", "stasiun televisi Al Jazeera", "situs berita
// Detikcom") or after an attribution cue ("dikutip dari AFP", "seperti
// dilansir Reuters", "menurut laporan Bloomberg", "kata … kepada Reuters")
// are actors of kind media; journalists ("wartawan CNN Indonesia X",
// "koresponden BBC") are persons beside their outlet; platforms are the
// companies the gazetteer lists (Instagram, YouTube, TikTok); unnamed
// sources ("sumber yang enggan disebutkan namanya", "media lokal",
// "laporan media") give no actor; state media naming its state without an
// outlet's name ("media pemerintah China") give the state, as the
// metonyms of the language pack do, while a named outlet's state in
// apposition is the outlet's country, no actor of its own. The rows were
// written for the test in the style of Indonesian news, never copied from
// a data set, and annotated before the extractor ran on them
// (expertRowProblems: every state and person the row gives must be
// wanted). A row marked known is a known failure: the test fails when it
// starts passing, so that its mark is taken off.
//
// Before the rules and data of this grid: 75 of 86 Indonesian rows and 40
// of 41 English rows pass (115 of 127); the 12 failing rows are marked known.
// After a metonym opening in lower case stopped being read as inside a
// capitalized name ("Televisi pemerintah Rusia") and words for a
// journalist became source cues ("wartawan Tempo"): 77 of 86. A second
// batch of 33 rows (22 Indonesian, 11 English), annotated before its first
// run, passed 31; after "dikutip" and "diberitakan" as source cues and
// "Pemimpin Redaksi" as a title, 32. A third batch of 21 rows (13 and 8)
// passed 19; after "dikonfirmasi", "dihubungi" and "diwawancarai" as source
// cues, 20. A fourth batch of 18 rows (9 and 9), written and annotated
// after 16 outlets were added to media.jsonl (Al-Ahram, Dawn, Geo News,
// NDTV, ISNA, Yedioth Ahronoth, Ynet, Israel's Channel 12, Daily Sabah,
// Elshinta, Kontan …), passed 18 with Telegram and Twitter as companies
// and 14 once those were taken out again (the English wire grid wants
// "wrote on Telegram" to give no actor). In all 183 of 199 (117 of 130
// Indonesian, 66 of 69 English); the floor is those counts. The 16 known
// rows: four the platforms just said; five follow the design
// of the other grids (a named outlet's state is listed with it), four more
// differ from it on a state or body the design gives (HKG, SGP, LBN; South
// Korea's military as its body), three are misreadings left (sentence-first
// "Kompas", "AP exam", "Tempo" before a holder's name); each carries its
// reason.
// The Wikinews actors pass 39 added Twitter as a company (a Wikinews
// article names it as one: "Twitter gave Mohamed the option"); its two
// rows pass and 14 known rows are left, Telegram's two among them.
func TestMediaGrid(t *testing.T) {
	runNameGrid(t, mediaGridIDRows, mediaGridIDMin)
}

// TestMediaGridEnglish is the English half of the media grid (wire copy:
// "told Reuters", "Xinhua reported", "state news agency KCNA said",
// "according to a source familiar with the matter", "local media
// reported").
func TestMediaGridEnglish(t *testing.T) {
	runWireGrid(t, extractor(t), mediaGridENRows, "2025-06-01")
}

// mediaGridIDMin is the least number of rows the Indonesian grid holds.
const mediaGridIDMin = 130

var mediaGridIDRows = []nameGridRow{
	// Global agencies after attribution cues.
	{"reuters dilansir", "Seperti dilansir Reuters, harga emas dunia menyentuh rekor tertinggi baru pada Selasa.", "reuters", "", false, false},
	{"reuters kantor berita", "Kantor berita Reuters melaporkan harga minyak mentah naik tiga persen pada perdagangan Senin.", "reuters", "", false, false},
	{"reuters kepada pejabat", "Seorang pejabat senior mengatakan kepada Reuters bahwa perundingan itu menemui jalan buntu.", "reuters", "", false, false},
	{"reuters menurut laporan", "Menurut laporan Reuters, perusahaan itu berencana memangkas 2.000 karyawan tahun depan.", "reuters", "", false, false},
	{"reuters kata kepada", "\"Kami tidak akan mundur,\" kata Larasati Wibowo kepada Reuters, Rabu.", "reuters larasati-wibowo", "", false, false},
	{"ap dikutip", "Dikutip dari Associated Press, badai itu merusak ratusan rumah di pesisir Florida.", "associated-press", "", false, false},
	{"ap kantor berita", "Kantor berita AP melaporkan sedikitnya lima orang tewas dalam penembakan itu.", "associated-press", "", false, false},
	{"afp dikutip", "Dikutip dari AFP, sedikitnya 12 orang tewas dalam banjir bandang di Afghanistan utara.", "afp AFG", "", false, false},
	{"afp kepada saksi", "Seorang saksi mata mengatakan kepada AFP bahwa ledakan terdengar hingga beberapa kilometer.", "afp", "", false, false},
	{"afp kantor berita prancis", "Kantor berita Prancis AFP melaporkan ribuan orang berunjuk rasa menolak reformasi pensiun.", "afp", "", false, true}, // known: design, a named outlet's state is listed with it (the translated grid's "Kantor berita negara Korea Utara KCNA" wants PRK)
	{"bloomberg menurut", "Menurut Bloomberg, bank sentral diperkirakan menahan suku bunga pada rapat pekan ini.", "bloomberg", "", false, false},
	{"bloomberg dilansir dari", "Dilansir dari Bloomberg, raksasa teknologi itu tengah menjajaki akuisisi senilai 5 miliar dolar.", "bloomberg", "", false, false},
	{"bloomberg sumber", "Bloomberg melaporkan, mengutip sumber yang mengetahui rencana tersebut, bahwa kesepakatan bisa diumumkan bulan depan.", "bloomberg", "", false, false},
	// State agencies: the outlet, its state no actor of its own.
	{"xinhua melansir", "Xinhua melansir bahwa perekonomian China tumbuh 5,2 persen pada kuartal kedua.", "xinhua CHN", "", false, false},
	{"xinhua kantor berita negara", "Kantor berita negara China, Xinhua, menyebut latihan itu sebagai peringatan keras.", "xinhua", "", false, true}, // known: design, a named outlet's state is listed with it (the translated grid's "Kantor berita negara Korea Utara KCNA" wants PRK)
	{"xinhua kantor berita resmi", "Menurut kantor berita resmi Xinhua, banjir itu memaksa 30.000 warga mengungsi.", "xinhua", "", false, false},
	{"kcna apposition", "Kantor berita resmi Korea Utara, KCNA, melaporkan uji coba rudal jelajah strategis berhasil.", "kcna", "", false, false},
	{"kcna dikutip", "Dikutip dari KCNA, Pyongyang menyebut latihan gabungan itu sebagai gladi resik invasi.", "kcna PRK", "", false, false},
	{"yonhap kantor berita", "Kantor berita Yonhap melaporkan militer Korea Selatan menembakkan tembakan peringatan.", "yonhap KOR", "", false, true}, // known: "militer Korea Selatan" gives the military body, not the state
	{"yonhap menurut", "Menurut Yonhap, dua kapal nelayan terbalik akibat gelombang tinggi di Laut Kuning.", "yonhap", "", false, false},
	{"irna dilansir", "Seperti dilansir IRNA, Teheran menolak tuduhan keterlibatan dalam serangan tersebut.", "irna IRN", "", false, false},
	{"irna kantor berita resmi", "Kantor berita resmi Iran, IRNA, menyebut sanksi baru itu tidak berdampak.", "irna", "", false, true}, // known: design, a named outlet's state is listed with it (the translated grid's "Kantor berita negara Korea Utara KCNA" wants PRK)
	{"tasnim kantor berita", "Kantor berita Tasnim melaporkan dua tersangka mata-mata ditangkap di Teheran.", "tasnim", "", false, false},
	{"tasnim dikutip", "Dikutip dari Tasnim, kapal tanker asing itu disita karena menyelundupkan bahan bakar.", "tasnim", "", false, false},
	{"tass kantor berita", "Kantor berita TASS melaporkan kunjungan delegasi itu berlangsung tertutup.", "tass", "", false, false},
	{"tass dilansir", "Seperti dilansir TASS, Moskow siap membuka kembali jalur pembicaraan dengan Kyiv.", "tass RUS UKR", "", false, false},
	{"ria novosti menurut", "Menurut RIA Novosti, tiga drone ditembak jatuh di atas wilayah Belgorod.", "ria-novosti", "", false, false},
	{"ria novosti kantor berita", "Kantor berita RIA Novosti mengutip sumber di kementerian pertahanan yang membantah laporan itu.", "ria-novosti", "", false, false},
	// Broadcasters and papers after a word for one.
	{"al jazeera stasiun televisi", "Stasiun televisi Al Jazeera menayangkan rekaman serangan udara di Gaza utara.", "al-jazeera", "", false, false},
	{"al jazeera dilansir", "Dilansir Al Jazeera, jumlah korban tewas di Khan Younis bertambah menjadi 40 orang.", "al-jazeera", "", false, false},
	{"cnn dikutip", "Dikutip dari CNN, gedung itu dievakuasi setelah ancaman bom diterima pagi hari.", "cnn", "", false, false},
	{"cnn stasiun televisi", "Stasiun televisi CNN menyiarkan langsung debat kedua calon presiden itu.", "cnn", "", false, false},
	{"bbc menurut laporan", "Menurut laporan BBC, ratusan migran diselamatkan di Selat Inggris.", "bbc", "", false, false},
	{"bbc stasiun penyiaran", "Lembaga penyiaran Inggris BBC meminta maaf atas kesalahan penyuntingan itu.", "bbc", "", false, true},            // known: design, a named outlet's state is listed with it (the translated grid's "Kantor berita negara Korea Utara KCNA" wants PRK)
	{"scmp surat kabar", "Surat kabar South China Morning Post melaporkan otoritas Hong Kong menangkap enam aktivis.", "scmp", "", false, true}, // known: "otoritas Hong Kong" gives Hong Kong as a state
	{"scmp dilansir", "Seperti dilansir South China Morning Post, Beijing memperketat ekspor logam tanah jarang.", "scmp CHN", "", false, false},
	{"global times media pemerintah", "Global Times, media milik pemerintah China, menuding Manila memprovokasi ketegangan.", "global-times PHL", "", false, true}, // known: design, a named outlet's state is listed with it (the translated grid's "Kantor berita negara Korea Utara KCNA" wants PRK)
	{"global times surat kabar", "Surat kabar Global Times menyebut kunjungan itu sebagai langkah berbahaya.", "global-times", "", false, false},
	{"haaretz harian", "Harian Haaretz melaporkan kabinet keamanan menyetujui perluasan operasi darat.", "haaretz", "", false, false},
	{"haaretz menurut", "Menurut Haaretz, negosiasi pertukaran tahanan kembali tertunda.", "haaretz", "", false, false},
	{"times of israel dilansir", "Dilansir The Times of Israel, sirene peringatan berbunyi di Tel Aviv pada Sabtu malam.", "times-of-israel", "", false, false},
	{"times of israel situs berita", "Situs berita Times of Israel menyebut dua tentara terluka dalam bentrokan itu.", "times-of-israel", "", false, false},
	{"nikkei asia menurut", "Menurut Nikkei Asia, produsen cip itu akan membangun pabrik baru di Kumamoto.", "nikkei", "", false, false},
	{"nikkei harian", "Harian Nikkei melaporkan Toyota menunda peluncuran model listrik terbarunya.", "nikkei", "", false, false},
	// Indonesian outlets.
	{"kompas harian", "Harian Kompas memberitakan proyek itu molor hampir dua tahun dari jadwal.", "kompas", "", false, false},
	{"kompas dikutip dari", "Dikutip dari Kompas.com, banjir merendam sedikitnya 300 rumah di Bekasi.", "kompas", "", false, false},
	{"tempo majalah", "Majalah Tempo mengungkap dugaan aliran dana ke sejumlah pejabat daerah.", "tempo", "", false, false},
	{"tempo dilansir", "Seperti dilansir Tempo, penyidik telah memeriksa 14 saksi dalam perkara tersebut.", "tempo", "", false, false},
	{"antara kantor berita", "Kantor berita Antara melaporkan arus mudik di Pelabuhan Merak mulai meningkat.", "antara", "", false, false},
	{"antara dikutip dari", "Dikutip dari Antara, gempa bermagnitudo 5,1 mengguncang Kabupaten Cianjur.", "antara", "", false, false},
	{"antara kepada", "\"Stok beras aman hingga akhir tahun,\" kata Hendra Kurniawan kepada Antara di Surabaya.", "antara hendra-kurniawan", "", false, false},
	{"detikcom situs berita", "Situs berita Detikcom melaporkan kemacetan panjang terjadi di ruas tol Cikampek.", "detik", "", false, false},
	{"detik dilansir", "Dilansir detikcom, polisi masih memburu dua pelaku perampokan minimarket itu.", "detik", "", false, false},
	{"cnn indonesia menurut", "Menurut CNN Indonesia, rapat paripurna itu hanya dihadiri separuh anggota dewan.", "cnn-indonesia", "cnn", false, false},
	{"cnn indonesia dikutip", "Dikutip dari CNN Indonesia, harga cabai rawit di Jakarta menembus Rp100.000 per kilogram.", "cnn-indonesia", "cnn", false, false},
	{"jakarta post surat kabar", "Surat kabar berbahasa Inggris The Jakarta Post menurunkan tajuk rencana soal revisi undang-undang itu.", "jakarta-post", "", false, false},
	{"jakarta post menurut", "Menurut The Jakarta Post, investor asing mencatat penjualan bersih pekan lalu.", "jakarta-post", "", false, false},
	// Journalists beside their outlet.
	{"wartawan cnn indonesia", "Wartawan CNN Indonesia Rahmat Fadilah melaporkan dari lokasi bahwa api sudah padam.", "cnn-indonesia rahmat-fadilah", "", false, false},
	{"koresponden bbc named", "Koresponden BBC, Hana Pratiwi, melaporkan suasana di perbatasan masih tegang.", "bbc hana-pratiwi", "", false, false},
	{"koresponden bbc unnamed", "Koresponden BBC di Bangkok melaporkan ribuan pengunjuk rasa memadati pusat kota.", "bbc", "", false, false},
	{"jurnalis al jazeera tewas", "Jurnalis Al Jazeera Yusuf Haddad tewas dalam serangan udara di Gaza, Selasa.", "al-jazeera yusuf-haddad", "", false, false},
	{"wartawan kompas", "Wartawan Kompas Dimas Aryanto menyaksikan langsung proses evakuasi korban.", "kompas dimas-aryanto", "", false, false},
	{"wartawan tempo", "Wartawan Tempo yang meliput aksi itu sempat diintimidasi aparat.", "tempo", "", false, false},
	// Social media and platforms: companies per the gazetteer.
	{"unggahan instagram", "Dalam unggahan di Instagram, Sinta Maharani menyampaikan permintaan maaf kepada publik.", "instagram sinta-maharani", "", false, false},
	{"akun instagram resmi", "Melalui akun Instagram resminya, Kementerian Luar Negeri mengimbau WNI di Lebanon segera pulang.", "instagram idn-foreign-ministry", "", false, true}, // known: the ministry's generic name is not read after the account; LBN (where citizens are) was not annotated
	{"kanal youtube", "Pidato itu disiarkan langsung melalui kanal YouTube Sekretariat Presiden.", "youtube", "", false, false},
	{"video tiktok viral", "Video yang viral di TikTok memperlihatkan antrean panjang warga di depan kantor pos.", "tiktok", "", false, false},
	{"akun x resmi", "Lewat akun X resminya, kedutaan itu membantah telah menerbitkan visa bagi tersangka.", "", "", false, false},
	{"platform x", "Pernyataan itu diunggah melalui platform X pada Minggu malam dan langsung ramai ditanggapi.", "", "", true, false},
	// Unnamed sources: no actor.
	{"sumber enggan disebut", "Sumber yang enggan disebutkan namanya mengatakan rapat itu ditunda hingga pekan depan.", "", "", true, false},
	{"media lokal", "Media lokal melaporkan sedikitnya tujuh rumah hanyut terbawa arus sungai.", "", "", true, false},
	{"laporan media", "Laporan media menyebutkan kedua pihak telah menandatangani nota kesepahaman.", "", "", true, false},
	{"menurut laporan media", "Menurut laporan media setempat, jembatan itu ambruk sekitar pukul 03.00 dini hari.", "", "", true, false},
	{"sumber internal", "Seorang sumber internal mengungkapkan rencana merger itu sudah dibahas sejak awal tahun.", "", "", true, false},
	{"dikutip dari laman resmi", "Dikutip dari laman resminya, perusahaan itu mencatat laba bersih naik 12 persen.", "", "", true, false},
	{"situs berita setempat", "Situs berita setempat menyebut korban merupakan pekerja tambang ilegal.", "", "", true, false},
	{"kantor berita unnamed", "Kantor berita setempat melaporkan pemadaman listrik meluas ke tiga provinsi.", "", "", true, false},
	// State media naming its state and no outlet: the state.
	{"media pemerintah china", "Media pemerintah China melaporkan kapal induk ketiga negara itu memulai uji coba laut.", "CHN", "", false, false},
	{"media pemerintah iran", "Media pemerintah Iran menyebut ledakan di pelabuhan itu disebabkan kebocoran gas.", "IRN", "", false, false},
	{"televisi pemerintah rusia", "Televisi pemerintah Rusia menayangkan rekaman pertemuan tertutup itu.", "RUS", "", false, false},
	{"media resmi korea utara", "Media resmi Korea Utara memuat foto peluncuran satelit mata-mata tersebut.", "PRK", "", false, false},
	{"kantor berita negara vietnam", "Kantor berita negara Vietnam melaporkan topan itu menewaskan sembilan orang.", "VNM", "", false, false},
	// Second batch, written and annotated after the first fixes.
	{"sebagaimana diberitakan kompas", "Sebagaimana diberitakan Kompas.com sebelumnya, jembatan itu sudah retak sejak tahun lalu.", "kompas", "", false, false},
	{"seperti dikutip antara", "Seperti dikutip Antara, Kapolda Sumatera Utara memerintahkan penyelidikan menyeluruh.", "antara", "", false, false},
	{"kepada wartawan no outlet", "Hal itu disampaikan Rudi Hartanto kepada wartawan di Jakarta, Senin.", "rudi-hartanto", "", false, false},
	{"kepada awak media", "Ia menyampaikan hal tersebut kepada awak media seusai rapat tertutup.", "", "", true, false},
	{"anadolu kantor berita", "Kantor berita Anadolu melaporkan serangan drone menghantam sebuah konvoi bantuan.", "anadolu", "", false, false},
	{"bernama dilansir", "Seperti dilansir Bernama, banjir di Kelantan memaksa 12.000 orang mengungsi.", "bernama", "", false, false},
	{"al arabiya stasiun televisi", "Stasiun televisi Al Arabiya melaporkan gencatan senjata mulai berlaku tengah malam.", "al-arabiya", "", false, false},
	{"wsj surat kabar", "Surat kabar The Wall Street Journal melaporkan perusahaan itu akan memecat ratusan karyawan.", "wall-street-journal", "", false, false},
	{"yedioth unknown harian", "Harian Yedioth Ahronoth melaporkan perdana menteri menolak usulan tersebut.", "yedioth-ahronoth", "", false, false},
	{"sputnik menurut", "Menurut Sputnik, delegasi kedua negara akan bertemu di Istanbul pekan depan.", "sputnik", "", false, false},
	{"liputan6 dikutip", "Dikutip dari Liputan6.com, petugas gabungan masih mencari dua korban hilang.", "liputan6", "", false, false},
	{"tribunnews menurut", "Menurut Tribunnews, pelaku sempat melarikan diri ke arah Bogor.", "tribunnews", "", false, false},
	{"antaranews dilansir", "Dilansir Antaranews, harga bawang merah turun di sejumlah pasar tradisional.", "antara", "", false, false},
	{"cnnindonesia dot com", "Dikutip dari CNNIndonesia.com, pemerintah akan menaikkan tarif cukai rokok tahun depan.", "cnn-indonesia", "cnn", false, false},
	{"kantor berita pemerintah suriah", "Kantor berita pemerintah Suriah melaporkan ledakan di pinggiran Damaskus.", "SYR", "", false, false},
	{"media milik negara rusia", "Media milik negara Rusia menyiarkan pernyataan itu berulang kali.", "RUS", "", false, false},
	{"telegram kanal", "Kelompok itu mengklaim serangan tersebut melalui kanal Telegram miliknya.", "", "", false, false},
	{"twitter cuitan", "Dalam cuitan di Twitter, ia membantah tudingan tersebut.", "", "", false, false},
	{"sumber diplomatik", "Sumber diplomatik di Brussel menyebut kesepakatan itu nyaris rampung.", "", "", false, false},
	{"koresponden afp gaza", "Koresponden AFP di Gaza melaporkan sedikitnya tiga serangan udara semalam.", "afp", "", false, false},
	{"fotografer reuters", "Fotografer Reuters merekam antrean panjang warga di depan dapur umum.", "reuters", "", false, false},
	{"pemimpin redaksi tempo", "Pemimpin Redaksi Tempo Setri Yasra mengatakan redaksi akan menempuh jalur hukum.", "tempo setri-yasra", "", false, true}, // known: an outlet named by an ordinary word (Tempo) before a holder's name is not read
	// Third batch, written and annotated after the second batch's fixes.
	{"wawancara kompas tv", "Dalam wawancara dengan Kompas TV, Yuliana Siregar menyebut kebijakan itu perlu dievaluasi.", "kompas-tv yuliana-siregar", "kompas", false, false},
	{"saat dihubungi kompas", "Saat dihubungi Kompas.com, Arief Nugraha membenarkan kabar penangkapan tersebut.", "kompas arief-nugraha", "", false, false},
	{"saat dikonfirmasi tempo", "Saat dikonfirmasi Tempo, juru bicara perusahaan menolak berkomentar.", "tempo", "", false, false},
	{"siaran pers no outlet", "Dalam siaran pers yang diterima redaksi, perusahaan itu mengumumkan penarikan produk.", "", "", true, false},
	{"program televisi", "Dalam program bincang-bincang di televisi swasta, ia mengaku tidak pernah menerima uang itu.", "", "", true, false},
	{"metro tv stasiun", "Stasiun televisi Metro TV menayangkan debat calon gubernur secara langsung.", "metro-tv", "", false, false},
	{"rri radio", "Radio Republik Indonesia menyiarkan pengumuman itu ke seluruh pelosok negeri.", "rri", "IDN", false, false},
	{"tvri lembaga penyiaran publik", "Lembaga Penyiaran Publik TVRI memperoleh hak siar Piala Dunia.", "tvri", "", false, false},
	{"harian kompas edisi", "Harian Kompas edisi Senin menurunkan laporan investigasi soal tambang ilegal.", "kompas", "", false, false},
	{"nhk penyiar publik", "Penyiar publik Jepang NHK melaporkan gempa itu tidak memicu tsunami.", "nhk JPN", "", false, false},
	{"kyodo kantor berita", "Kantor berita Kyodo melaporkan pemerintah mempertimbangkan paket stimulus baru.", "kyodo", "", false, false},
	{"cna dikutip", "Dikutip dari Channel NewsAsia, otoritas Singapura menangkap dua tersangka penipuan.", "channel-newsasia", "", false, true}, // known: "otoritas Singapura" gives SGP, which the row left out (as "otoritas Hong Kong" above)
	{"straits times menurut", "Menurut The Straits Times, tarif listrik akan naik mulai bulan depan.", "straits-times", "", false, false},
	// Fourth batch, written and annotated after the outlet and platform data.
	{"al-ahram harian", "Harian Al-Ahram menulis Kairo siap menjadi tuan rumah perundingan lanjutan.", "al-ahram EGY", "", false, false},
	{"yedioth menurut", "Menurut Yedioth Ahronoth, militer menyiapkan rencana serangan ke Rafah.", "yedioth-ahronoth", "", false, false},
	{"channel 12 dilansir", "Seperti dilansir Channel 12, kabinet perang menggelar rapat darurat Sabtu malam.", "channel-12-israel", "", false, false},
	{"isna kantor berita", "Kantor berita ISNA melaporkan sejumlah mahasiswa ditahan setelah unjuk rasa di kampus.", "isna", "", false, false},
	{"telegram saluran", "Kelompok peretas itu mengumumkan serangannya lewat saluran Telegram pada Kamis.", "telegram", "", false, true}, // known: the English wire grid wants "wrote on Telegram" to give no actor, so Telegram and Twitter were not added as companies
	{"twitter unggahan", "Dalam unggahan di Twitter, mantan menteri itu menyebut tuduhan tersebut fitnah.", "twitter", "", false, false}, // Twitter added as a company with the Wikinews actors pass 39
	{"elshinta radio", "Radio Elshinta melaporkan antrean kendaraan mengular di gerbang tol Cikatama.", "elshinta", "", false, false},
	{"kontan harian", "Menurut harian Kontan, emiten itu akan membagikan dividen jumbo tahun ini.", "kontan", "", false, false},
	{"kontan ordinary", "Kontan saja ratusan warga berhamburan keluar rumah saat gempa terjadi.", "", "kontan", true, false},
	// Traps: an outlet's name that is an ordinary word or another actor's.
	{"tempo ordinary", "Dalam tempo dua jam, petugas berhasil memadamkan api di gudang itu.", "", "tempo", true, false},
	{"antara preposition", "Perundingan antara kedua negara berlangsung alot hingga larut malam.", "", "antara", true, false},
	{"kompas ordinary", "Kompas moral para pejabat itu dipertanyakan banyak pihak.", "", "kompas", true, true}, // known: a sentence-initial Kompas is the outlet
	{"detik ordinary", "Hanya dalam hitungan detik, bangunan itu rata dengan tanah.", "", "detik", true, false},
}

var mediaGridENRows = []wireGridRow{
	{"told reuters official", "A senior European official told Reuters the talks had stalled over the sequencing of sanctions relief.", []string{"reuters/media"}, nil, false, false},
	{"reuters reported", "Reuters reported last week that the company was weighing a sale of its Asian unit.", []string{"reuters/media"}, nil, false, false},
	{"according to reuters calculations", "Shipments rose 14% in October, according to Reuters calculations based on customs data.", []string{"reuters/media"}, nil, false, false},
	{"ap reported", "The Associated Press reported that at least nine people were killed in the blast.", []string{"associated-press/media/USA"}, nil, false, false},
	{"told the ap", "The governor told the AP that more National Guard troops would be deployed.", []string{"associated-press/media"}, nil, false, false},
	{"afp correspondent", "An AFP correspondent saw smoke rising over the northern suburbs of the city.", []string{"afp/media"}, nil, false, false},
	{"told afp", "\"We have nothing left,\" Amina Diallo told AFP outside the camp.", []string{"afp/media", "amina-diallo/person"}, nil, false, false},
	{"xinhua state news agency", "China's official Xinhua news agency said the floods had forced 20,000 people from their homes.", []string{"xinhua/media/CHN"}, nil, false, false},
	{"xinhua reported", "Xinhua reported that the two leaders agreed to deepen cooperation on infrastructure.", []string{"xinhua/media"}, nil, false, false},
	{"kcna state news agency", "North Korea's state news agency KCNA said the test was a warning to hostile forces.", []string{"kcna/media/PRK"}, nil, false, false},
	{"yonhap citing", "Yonhap, citing a military official, said the missile flew about 400 km.", []string{"yonhap/media/KOR"}, nil, false, false},
	{"irna reported", "The official IRNA news agency reported that the talks would resume in Muscat.", []string{"irna/media/IRN"}, nil, false, false},
	{"tasnim semi-official", "The semi-official Tasnim news agency said the tanker had been seized for smuggling fuel.", []string{"tasnim/media/IRN"}, nil, false, false},
	{"tass quoted", "TASS quoted a Defence Ministry spokesman as saying the drones were shot down.", []string{"tass/media/RUS"}, nil, false, false},
	{"ria novosti cited", "RIA Novosti cited a source as saying the delegation would arrive on Monday.", []string{"ria-novosti/media/RUS"}, nil, false, false},
	{"al jazeera footage", "Footage broadcast by Al Jazeera showed rescuers pulling survivors from the rubble.", []string{"al-jazeera/media"}, nil, false, false},
	{"told cnn", "The senator told CNN he would vote against the bill.", []string{"cnn/media/USA"}, nil, false, false},
	{"bbc correspondent", "The BBC's correspondent in Nairobi said the streets were largely empty.", []string{"bbc/media/GBR"}, nil, false, false},
	{"scmp reported", "The South China Morning Post reported that the legislature would vote on the bill next month.", []string{"scmp/media"}, nil, false, false},
	{"global times editorial", "An editorial in the Global Times warned Manila against further provocations.", []string{"global-times/media/CHN"}, nil, false, false},
	{"haaretz reported", "Haaretz reported that the security cabinet had approved the plan overnight.", []string{"haaretz/media/ISR"}, nil, false, false},
	{"times of israel", "The Times of Israel said sirens sounded in several towns near the border.", []string{"times-of-israel/media/ISR"}, nil, false, false},
	{"nikkei asia reported", "Nikkei Asia reported that the chipmaker would build a second plant in Kumamoto.", []string{"nikkei/media/JPN"}, nil, false, false},
	{"bloomberg news reported", "Bloomberg News reported that the fund was in talks to buy a stake in the port operator.", []string{"bloomberg/media"}, nil, false, false},
	{"according to bloomberg", "The deal could be announced as soon as next week, according to Bloomberg.", []string{"bloomberg/media"}, nil, false, false},
	{"jakarta post reported", "The Jakarta Post reported that the plan had been shelved after protests.", []string{"jakarta-post/media/IDN"}, nil, false, false},
	{"antara news agency", "Indonesia's state news agency Antara said the eruption forced the closure of the airport.", []string{"antara/media/IDN"}, nil, false, false},
	{"kompas newspaper", "The Kompas daily reported that the budget would be revised.", []string{"kompas/media/IDN"}, nil, false, false},
	{"tempo magazine", "Tempo magazine reported that investigators had questioned the minister's aide.", []string{"tempo/media/IDN"}, nil, false, false},
	// Unnamed sources and state media without an outlet.
	{"source familiar", "A source familiar with the matter said the offer had been rejected.", nil, nil, true, false},
	{"local media reported", "Local media reported that at least six people were missing after the landslide.", nil, nil, true, false},
	{"sources said", "Two sources said the talks could resume as early as next month.", nil, nil, true, false},
	{"people familiar", "The plan was discussed at a closed-door meeting, according to people familiar with the matter.", nil, nil, true, false},
	{"media reports", "Media reports said the suspect had been detained at the airport.", nil, nil, true, false},
	{"chinese state media", "Chinese state media said the aircraft carrier had begun sea trials.", []string{"CHN/state"}, nil, false, false},
	{"iranian state tv", "Iranian state television said the explosion was caused by a gas leak.", []string{"IRN/state"}, nil, false, false},
	// Platforms.
	{"posted on instagram", "In a video posted on Instagram, the singer apologized to her fans.", []string{"instagram/organization"}, nil, false, false},
	{"post on x", "In a post on X, the minister said the claims were false.", nil, []string{"x"}, false, false},
	{"on youtube", "The speech was streamed live on YouTube.", []string{"youtube/organization"}, nil, false, false},
	// Second batch, written and annotated after the first fixes.
	{"told the associated press", "The mayor told The Associated Press that the shelter was full.", []string{"associated-press/media"}, nil, false, false},
	{"wsj citing people", "The Wall Street Journal reported, citing people familiar with the matter, that the merger talks had collapsed.", []string{"wall-street-journal/media/USA"}, nil, false, false},
	{"fars semi-official", "Iran's semi-official Fars news agency said the drone had been shot down near Isfahan.", []string{"fars/media/IRN"}, nil, false, false},
	{"state broadcaster cctv", "State broadcaster CCTV showed footage of the ceremony in Beijing.", []string{"cctv/media/CHN"}, nil, false, false},
	{"state-run global times", "The state-run Global Times said the drills were a warning to separatists.", []string{"global-times/media/CHN"}, nil, false, false},
	{"ria news agency", "Russia's RIA news agency quoted the ambassador as saying Moscow was ready for talks.", []string{"ria-novosti/media/RUS"}, nil, false, false},
	{"posted on telegram", "The group claimed the attack in a statement posted on Telegram.", nil, []string{"telegram/person"}, false, false},
	{"told reporters none", "The spokesperson told reporters the meeting had been postponed.", nil, nil, true, false},
	{"anonymity", "The official spoke on condition of anonymity because he was not authorized to speak to the media.", nil, nil, true, false},
	{"channel 12", "Israel's Channel 12 reported that the cabinet would meet on Sunday.", []string{"ISR/state"}, nil, false, false},
	{"yonhap citing jcs", "Yonhap news agency said the missile was fired from an area near Pyongyang.", []string{"yonhap/media/KOR"}, nil, false, false},
	// Third batch, written and annotated after the second batch's fixes.
	{"reuters witness", "A Reuters witness saw at least three armoured vehicles near the presidential palace.", []string{"reuters/media"}, nil, false, false},
	{"reuters tally", "At least 40 people have been killed, according to a Reuters tally of official figures.", []string{"reuters/media"}, nil, false, false},
	{"interview with bloomberg", "In an interview with Bloomberg Television, the central bank governor ruled out further rate cuts.", []string{"bloomberg/media"}, nil, false, false},
	{"al jazeera correspondent", "Al Jazeera's correspondent in Khartoum said fighting had spread to the city centre.", []string{"al-jazeera/media/QAT"}, nil, false, false},
	{"bbc persian", "The BBC's Persian service said several of its journalists' relatives had been questioned.", []string{"bbc/media"}, nil, false, false},
	{"kyodo news reported", "Kyodo News reported that the prime minister would visit Jakarta next month.", []string{"kyodo/media/JPN"}, nil, false, false},
	{"antara reported english", "State news agency Antara reported that the volcano erupted twice on Monday.", []string{"antara/media/IDN"}, nil, false, false},
	{"cnn indonesia english", "CNN Indonesia reported that the bill would be passed before the recess.", []string{"cnn-indonesia/media/IDN"}, []string{"cnn"}, false, false},
	// Fourth batch, written and annotated after the outlet and platform data.
	{"al-ahram state-run", "The state-run Al-Ahram daily said Cairo had proposed a new truce plan.", []string{"al-ahram/media/EGY"}, nil, false, false},
	{"dawn newspaper", "Dawn newspaper reported that the opposition leader had been released on bail.", []string{"dawn/media/PAK"}, nil, false, false},
	{"dawn ordinary", "Dawn broke over the camp as rescuers resumed the search.", nil, []string{"dawn"}, true, false},
	{"geo news", "Geo News said the blast took place near a police checkpoint in Peshawar.", []string{"geo-news/media/PAK"}, nil, false, false},
	{"ndtv", "NDTV reported that the minister would visit the flood-hit districts on Friday.", []string{"ndtv/media/IND"}, nil, false, false},
	{"ynet", "Ynet reported that the hostages' families had been briefed by the army.", []string{"ynet/media/ISR"}, nil, false, false},
	{"daily sabah", "The pro-government Daily Sabah said the talks would be held in Istanbul.", []string{"daily-sabah/media/TUR"}, nil, false, false},
	{"telegram channel", "The militia announced the withdrawal on its Telegram channel.", []string{"telegram/organization"}, nil, false, true},                  // known: the English wire grid wants "wrote on Telegram" to give no actor, so Telegram and Twitter were not added as companies
	{"twitter formerly", "The minister wrote on X, formerly known as Twitter, that the report was false.", []string{"twitter/organization"}, nil, false, false}, // Twitter added as a company with the Wikinews actors pass 39 (Telegram still not: "wrote on Telegram")
	// Traps.
	{"tempo of talks", "The tempo of the talks picked up after the ceasefire.", nil, []string{"tempo"}, true, false},
	{"ap exam", "Students who passed the AP exam will receive credit.", nil, []string{"associated-press"}, false, false}, // passes since the English precision grid 41 (ordinary_acronyms AP)
}
