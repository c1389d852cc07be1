package extract

import "testing"

// idBodies40GridRows are Indonesian present-day news sentences (2015-2026)
// naming the state bodies earlier grids covered least: regulators and
// supervisory agencies (securities commissions, financial-services and
// competition authorities, drug and food agencies), central banks,
// statistics offices, election commissions, intelligence services, coast
// guards, border and immigration agencies, anti-corruption bodies, space and
// nuclear agencies of the G20 states and Indonesia's neighbours, and
// Indonesia's own (OJK, BI, BPS, KPU, Bawaslu, BIN, Bakamla, KPK, BRIN,
// BPOM, KPPU, Imigrasi). Bodies by full Indonesian name, by acronym with
// and without the expansion, by English name, after a lower-case
// "badan/otoritas/lembaga … <state>"; and rows where the same words name
// no body (a common noun, a building, a law named after the body). A body
// is wanted as the gazetteer names it, or as the made "<state>-<type>" id,
// with kind and state; the state is unwanted where the sentence names it
// only inside the body's name. Written and annotated before the extractor
// ran on them.
var idBodies40GridRows = []wireGridRow{
	// Indonesia's own regulators and agencies.
	{"ojk full pinjol", "Otoritas Jasa Keuangan mencabut izin usaha dua perusahaan pinjaman daring.", []string{"idn-ojk/agency/IDN"}, nil, false, false},
	{"ojk acronym asuransi", "OJK memerintahkan perusahaan asuransi itu menghentikan penjualan produk baru.", []string{"idn-ojk/agency/IDN"}, nil, false, false},
	{"ojk expansion after", "Otoritas Jasa Keuangan (OJK) mencatat kredit perbankan tumbuh 7,7 persen.", []string{"idn-ojk/agency/IDN"}, nil, false, false},
	{"bi rate", "Bank Indonesia mempertahankan BI-Rate di level 4,75 persen.", []string{"idn-central-bank/agency/IDN"}, nil, false, false},
	{"bi acronym rupiah", "BI melakukan intervensi di pasar valas untuk menjaga stabilitas rupiah.", []string{"idn-central-bank/agency/IDN"}, nil, false, false},
	{"bps inflasi", "Badan Pusat Statistik mencatat inflasi tahunan Oktober sebesar 2,86 persen.", []string{"idn-bps/agency/IDN"}, nil, false, false},
	{"bps acronym pengangguran", "BPS melaporkan tingkat pengangguran terbuka turun menjadi 4,76 persen.", []string{"idn-bps/agency/IDN"}, nil, false, false},
	{"kpu pilkada", "Komisi Pemilihan Umum menetapkan jadwal pemungutan suara ulang di 24 daerah.", []string{"idn-kpu/agency/IDN"}, nil, false, false},
	{"kpu ri acronym", "KPU RI menolak permohonan perpanjangan masa pendaftaran calon.", []string{"idn-kpu/agency/IDN"}, nil, false, false},
	{"bawaslu politik uang", "Bawaslu menemukan dugaan politik uang di sejumlah tempat pemungutan suara.", []string{"idn-bawaslu/agency/IDN"}, nil, false, false},
	{"bawaslu full", "Badan Pengawas Pemilihan Umum merekomendasikan pemungutan suara ulang di 12 TPS.", []string{"idn-bawaslu/agency/IDN"}, nil, false, false},
	{"bin full", "Badan Intelijen Negara mendeteksi ancaman siber terhadap infrastruktur vital.", []string{"idn-intelligence/agency/IDN"}, nil, false, false},
	{"bin acronym", "BIN membantah terlibat dalam pengawasan terhadap aktivis mahasiswa.", []string{"idn-intelligence/agency/IDN"}, nil, false, false},
	{"bakamla natuna", "Bakamla mengusir kapal penjaga pantai China dari Laut Natuna Utara.", []string{"idn-coast-guard/agency/IDN", "chn-coast-guard/agency/CHN"}, nil, false, false},
	{"bakamla full", "Badan Keamanan Laut menangkap kapal tanker asing yang melakukan transfer minyak ilegal.", []string{"idn-coast-guard/agency/IDN"}, nil, false, false},
	{"kpk tersangka", "KPK menetapkan mantan direktur utama BUMN itu sebagai tersangka.", []string{"idn-kpk/agency/IDN"}, nil, false, false},
	{"kpk full ott", "Komisi Pemberantasan Korupsi menggelar operasi tangkap tangan di Sumatera Utara.", []string{"idn-kpk/agency/IDN"}, nil, false, false},
	{"brin riset", "BRIN mengembangkan vaksin hewan untuk penyakit mulut dan kuku.", []string{"idn-brin/agency/IDN"}, nil, false, false},
	{"brin full", "Badan Riset dan Inovasi Nasional meluncurkan satelit pemantau bumi buatan dalam negeri.", []string{"idn-brin/agency/IDN"}, nil, false, false},
	{"bpom obat sirop", "BPOM menarik lima produk obat sirop yang tercemar etilen glikol.", []string{"idn-bpom/agency/IDN"}, nil, false, false},
	{"bpom full", "Badan Pengawas Obat dan Makanan menyita ribuan kosmetik ilegal di Makassar.", []string{"idn-bpom/agency/IDN"}, nil, false, false},
	{"kppu denda", "KPPU menjatuhkan denda Rp202 miliar kepada Google atas praktik monopoli.", []string{"idn-kppu/agency/IDN", "google"}, nil, false, false},
	{"kppu full", "Komisi Pengawas Persaingan Usaha menyelidiki dugaan kartel harga minyak goreng.", []string{"idn-kppu/agency/IDN"}, nil, false, false},
	{"imigrasi deportasi", "Direktorat Jenderal Imigrasi mendeportasi 30 warga negara asing yang melanggar izin tinggal.", []string{"idn-immigration/agency/IDN"}, nil, false, false},
	{"ditjen imigrasi wna", "Ditjen Imigrasi menolak masuk seorang buronan internasional di Bandara Soekarno-Hatta.", []string{"idn-immigration/agency/IDN"}, nil, false, false},
	{"bapeten radioaktif", "Bapeten menemukan paparan radioaktif Cesium-137 di kawasan industri Cikande.", []string{"idn-bapeten/agency/IDN"}, nil, false, false},
	{"bapeten full", "Badan Pengawas Tenaga Nuklir menerbitkan izin tapak untuk reaktor riset baru.", []string{"idn-bapeten/agency/IDN"}, nil, false, false},
	{"ppatk rekening", "PPATK memblokir sementara ribuan rekening yang diduga terkait judi daring.", []string{"idn-ppatk/agency/IDN"}, nil, false, false},
	{"dkpp berhentikan", "DKPP memberhentikan Ketua KPU karena melanggar kode etik.", []string{"idn-dkpp/agency/IDN", "idn-kpu/agency/IDN"}, nil, false, false},
	{"lps bank", "Lembaga Penjamin Simpanan membayar klaim simpanan nasabah bank yang dilikuidasi.", []string{"idn-lps/agency/IDN"}, nil, false, false},
	{"bea cukai", "Bea Cukai menggagalkan penyelundupan 40 kilogram sabu di Pelabuhan Dumai.", []string{"idn-customs/agency/IDN"}, nil, false, false},

	// Central banks.
	{"bank sentral malaysia", "Bank Negara Malaysia mempertahankan suku bunga acuan di 2,75 persen.", []string{"mys-central-bank/agency/MYS"}, []string{"MYS", "idn-central-bank"}, false, false},
	{"bnm acronym", "BNM memperkirakan ekonomi Malaysia tumbuh 4,5 persen tahun ini.", []string{"mys-central-bank/agency/MYS"}, nil, false, false},
	{"mas singapura", "Otoritas Moneter Singapura (MAS) melonggarkan kebijakan moneternya untuk kedua kalinya.", []string{"sgp-central-bank/agency/SGP"}, []string{"SGP"}, false, false},
	{"mas english", "Monetary Authority of Singapore memperketat aturan bagi penyedia layanan kripto.", []string{"sgp-central-bank/agency/SGP"}, []string{"SGP"}, false, false},
	{"bsp filipina", "Bangko Sentral ng Pilipinas memangkas suku bunga sebesar 25 basis poin.", []string{"phl-central-bank/agency/PHL"}, nil, false, false},
	{"bank sentral filipina", "Bank Sentral Filipina memperingatkan risiko inflasi akibat kenaikan harga beras.", []string{"phl-central-bank/agency/PHL"}, []string{"PHL", "idn-central-bank"}, false, false},
	{"bank of thailand", "Bank of Thailand menurunkan proyeksi pertumbuhan ekonomi menjadi 2,2 persen.", []string{"tha-central-bank/agency/THA"}, nil, false, false},
	{"bank negara vietnam", "Bank Negara Vietnam menaikkan kurs tengah dong ke rekor tertinggi.", []string{"vnm-central-bank/agency/VNM"}, []string{"VNM"}, false, false},
	{"rba australia", "Reserve Bank of Australia (RBA) menahan suku bunga di 3,6 persen.", []string{"aus-central-bank/agency/AUS"}, nil, false, false},
	{"bank sentral australia lower", "Menurut bank sentral Australia, inflasi inti masih terlalu tinggi.", []string{"aus-central-bank/agency/AUS"}, []string{"idn-central-bank"}, false, false},
	{"rbi india", "Reserve Bank of India memangkas rasio giro wajib minimum perbankan.", []string{"ind-central-bank/agency/IND"}, nil, false, false},
	{"boj yen", "Bank of Japan menaikkan suku bunga acuan ke level tertinggi dalam 30 tahun.", []string{"jpn-central-bank/agency/JPN"}, nil, false, false},
	{"bank sentral jepang boj", "Bank Sentral Jepang (BOJ) memperingatkan dampak tarif AS terhadap ekspor.", []string{"jpn-central-bank/agency/JPN"}, []string{"JPN", "idn-central-bank"}, false, true}, // known: the event's source is the body's state (events policy)
	{"pboc yuan", "Bank Rakyat China menurunkan suku bunga pinjaman satu tahun.", []string{"chn-central-bank/agency/CHN"}, []string{"CHN"}, false, false},
	{"bank sentral korea", "Bank of Korea mempertahankan suku bunga di 2,5 persen di tengah lonjakan harga rumah.", []string{"kor-central-bank/agency/KOR"}, nil, false, false},
	{"the fed lower", "Bank sentral AS Federal Reserve memangkas suku bunga sebesar 25 basis poin.", []string{"usa-central-bank/agency/USA"}, []string{"idn-central-bank"}, false, false},
	{"bank sentral eropa igo", "Bank Sentral Eropa mempertahankan suku bunga deposito di 2 persen.", []string{"ecb"}, []string{"idn-central-bank"}, false, false},
	{"bank sentral brasil", "Bank Sentral Brasil menaikkan suku bunga Selic menjadi 15 persen.", []string{"bra-central-bank/agency/BRA"}, []string{"BRA"}, false, false},
	{"bank sentral arab saudi", "Bank Sentral Arab Saudi mengikuti langkah Fed menurunkan suku bunga.", []string{"sau-central-bank/agency/SAU", "usa-central-bank/agency/USA"}, []string{"SAU"}, false, false},
	{"bank sentral png", "Bank Sentral Papua Nugini membatasi penarikan valuta asing.", []string{"png-central-bank/agency/PNG"}, []string{"PNG", "idn-central-bank"}, false, false},
	{"bank sentral timor leste", "Bank Sentral Timor Leste mengeluarkan koin sentavo baru.", []string{"tls-central-bank/agency/TLS"}, []string{"TLS", "idn-central-bank"}, false, false},

	// Securities, financial-services and competition authorities.
	{"asic english", "Australian Securities and Investments Commission (ASIC) menggugat operator bursa ASX.", []string{"aus-securities-regulator/agency/AUS"}, nil, false, false},
	{"sec filipina", "Komisi Sekuritas dan Bursa Filipina mencabut izin perusahaan investasi bodong itu.", []string{"phl-securities-regulator/agency/PHL"}, []string{"PHL", "usa-sec"}, false, false},
	{"sec thailand", "Komisi Sekuritas dan Bursa Thailand mendenda eksekutif perusahaan konstruksi itu.", []string{"tha-securities-regulator/agency/THA"}, []string{"THA", "usa-sec"}, false, false},
	{"sec as full", "Komisi Sekuritas dan Bursa AS menyetujui dana yang diperdagangkan di bursa berbasis bitcoin.", []string{"usa-sec/agency/USA"}, []string{"USA"}, false, false},
	{"sec as acronym", "SEC menggugat bursa kripto Binance dengan 13 dakwaan.", []string{"usa-sec/agency/USA", "binance"}, nil, false, false},
	{"komisi sekuritas malaysia", "Komisi Sekuritas Malaysia memperingatkan investor tentang skema investasi ilegal.", []string{"mys-securities-regulator/agency/MYS"}, []string{"MYS"}, false, false},
	{"csrc china", "Komisi Regulasi Sekuritas China memperketat pengawasan penawaran umum perdana.", []string{"chn-securities-regulator/agency/CHN"}, []string{"CHN"}, false, false},
	{"sebi india", "Dewan Sekuritas dan Bursa India (SEBI) melarang perusahaan itu berdagang di pasar modal.", []string{"ind-securities-regulator/agency/IND"}, []string{"IND"}, false, false},
	{"fsa jepang", "Badan Jasa Keuangan Jepang memerintahkan bank itu memperbaiki sistem antipencucian uang.", []string{"jpn-financial-regulator/agency/JPN"}, []string{"JPN"}, false, false},
	{"fsc korea", "Komisi Jasa Keuangan Korea Selatan melarang sementara praktik short selling.", []string{"kor-financial-regulator/agency/KOR"}, []string{"KOR"}, false, false},
	{"otoritas jasa keuangan inggris", "Otoritas Perilaku Keuangan Inggris mendenda bank itu 40 juta poundsterling.", []string{"gbr-financial-regulator/agency/GBR"}, []string{"GBR"}, false, false},
	{"cma inggris", "Otoritas Persaingan dan Pasar Inggris menyelidiki kesepakatan Microsoft dengan OpenAI.", []string{"gbr-cma/agency/GBR", "microsoft", "openai"}, []string{"GBR"}, false, true}, // known: the event's source is the body's state (events policy)
	{"ftc as", "Komisi Perdagangan Federal AS menggugat Amazon atas praktik monopoli.", []string{"usa-ftc/agency/USA", "amazon-com"}, []string{"USA"}, false, true},                                // known: "Amazon" alone names no actor (the gazetteer has "Amazon.com")
	{"samr china", "Administrasi Negara untuk Regulasi Pasar China membuka penyelidikan antimonopoli terhadap Nvidia.", []string{"chn-samr/agency/CHN", "nvidia"}, []string{"CHN"}, false, false},
	{"kftc korea", "Komisi Perdagangan yang Adil Korea Selatan mendenda Google 42 miliar won.", []string{"kor-competition-authority/agency/KOR", "google"}, []string{"KOR"}, false, false},
	{"accc australia", "Komisi Persaingan dan Konsumen Australia menggugat dua jaringan supermarket terbesar.", []string{"aus-competition-authority/agency/AUS"}, []string{"AUS"}, false, false},
	{"cci india", "Komisi Persaingan Usaha India mendenda Meta 2,1 miliar rupee.", []string{"ind-competition-authority/agency/IND", "meta-platforms"}, []string{"IND"}, false, false},
	{"otoritas persaingan jepang", "Komisi Perdagangan yang Adil Jepang memerintahkan Google menghentikan praktik itu.", []string{"jpn-competition-authority/agency/JPN", "google"}, []string{"JPN"}, false, false},
	{"regulator keuangan singapura lower", "Regulator keuangan Singapura menjatuhkan sanksi kepada sembilan bank terkait kasus pencucian uang.", []string{"sgp-central-bank/agency/SGP"}, nil, false, false},

	// Drug and food agencies.
	{"fda as", "FDA menyetujui obat Alzheimer baru buatan Eli Lilly.", []string{"usa-fda/agency/USA"}, nil, false, false},
	{"fda full indonesian", "Badan Pengawas Obat dan Makanan AS menarik izin darurat vaksin tersebut.", []string{"usa-fda/agency/USA"}, []string{"USA", "idn-bpom"}, false, false},
	{"tga australia", "Badan Pengawas Obat Australia menyetujui penggunaan obat penurun berat badan itu.", []string{"aus-drug-regulator/agency/AUS"}, []string{"AUS", "idn-bpom"}, false, false},
	{"nmpa china", "Badan Pengawas Obat dan Makanan China menyetujui vaksin baru untuk virus pernapasan.", []string{"chn-drug-regulator/agency/CHN"}, []string{"CHN", "idn-bpom"}, false, false},
	{"bpom malaysia", "Kementerian Kesehatan Malaysia melarang tujuh produk kosmetik yang mengandung merkuri.", []string{"mys-health-ministry/agency/MYS"}, []string{"MYS", "idn-health-ministry"}, false, false},
	{"fda thailand", "Badan Pengawas Obat dan Makanan Thailand menyita suplemen palsu senilai jutaan baht.", []string{"tha-drug-regulator/agency/THA"}, []string{"THA", "idn-bpom"}, false, false},
	{"fda filipina", "Badan Pengawas Obat dan Makanan Filipina memperingatkan warga tentang produk pemutih kulit ilegal.", []string{"phl-drug-regulator/agency/PHL"}, []string{"PHL", "idn-bpom"}, false, false},

	// Statistics offices.
	{"biro statistik china", "Biro Statistik Nasional China mencatat ekonomi tumbuh 4,8 persen pada kuartal ketiga.", []string{"chn-statistics-agency/agency/CHN"}, []string{"CHN", "idn-bps"}, false, false},
	{"badan statistik jepang", "Badan Statistik Jepang melaporkan inflasi inti naik 3 persen.", []string{"jpn-statistics-agency/agency/JPN"}, []string{"JPN", "idn-bps"}, false, false},
	{"ons inggris", "Kantor Statistik Nasional Inggris mencatat pengangguran naik menjadi 5 persen.", []string{"gbr-statistics-agency/agency/GBR"}, []string{"GBR", "idn-bps"}, false, false},
	{"biro statistik australia", "Biro Statistik Australia melaporkan inflasi tahunan naik menjadi 3,5 persen.", []string{"aus-statistics-agency/agency/AUS"}, []string{"AUS", "idn-bps"}, false, false},
	{"departemen statistik malaysia", "Departemen Statistik Malaysia mencatat pertumbuhan ekonomi 5,2 persen.", []string{"mys-statistics-agency/agency/MYS"}, []string{"MYS", "idn-bps"}, false, false},
	{"otoritas statistik filipina", "Otoritas Statistik Filipina melaporkan inflasi melambat menjadi 1,7 persen.", []string{"phl-statistics-agency/agency/PHL"}, []string{"PHL", "idn-bps"}, false, false},
	{"biro sensus as", "Biro Sensus AS menunda rilis data penjualan ritel akibat penutupan pemerintahan.", []string{"usa-statistics-agency/agency/USA"}, []string{"USA", "idn-bps"}, false, false},
	{"badan statistik lower vietnam", "Menurut badan statistik Vietnam, ekspor naik 16 persen dalam sembilan bulan pertama.", []string{"vnm-statistics-agency/agency/VNM"}, []string{"idn-bps"}, false, false},

	// Election commissions.
	{"comelec filipina", "Comelec Filipina mendiskualifikasi calon wali kota itu karena politik uang.", []string{"phl-election-commission/agency/PHL"}, []string{"idn-kpu"}, false, false},
	{"kpu thailand", "Komisi Pemilihan Umum Thailand mengumumkan hasil resmi pemilu sela.", []string{"tha-election-commission/agency/THA"}, []string{"THA", "idn-kpu"}, false, false},
	{"kpu india", "Komisi Pemilihan Umum India mengumumkan jadwal pemilu negara bagian Bihar.", []string{"ind-election-commission/agency/IND"}, []string{"IND", "idn-kpu"}, false, true}, // known: the event's source is the body's state (events policy)
	{"komisi pemilihan australia", "Komisi Pemilihan Australia mencatat rekor jumlah pemilih terdaftar.", []string{"aus-election-commission/agency/AUS"}, []string{"AUS", "idn-kpu"}, false, false},
	{"spr malaysia", "SPR menetapkan tanggal pemungutan suara pemilu negara bagian Sabah.", []string{"mys-election-commission/agency/MYS"}, []string{"idn-kpu"}, false, false},
	{"tse brasil", "Pengadilan Pemilu Tertinggi Brasil melarang Bolsonaro mencalonkan diri hingga 2030.", []string{"bra-election-commission/agency/BRA", "jair-bolsonaro"}, []string{"BRA", "idn-kpu"}, false, true}, // known: the event's source is the body's state (events policy)
	{"cne timor leste", "Komisi Pemilihan Nasional Timor Leste memulai pendaftaran pemilih untuk pemilu lokal.", []string{"tls-election-commission/agency/TLS"}, []string{"TLS", "idn-kpu"}, false, false},

	// Intelligence services.
	{"nis korea", "Badan Intelijen Nasional Korea Selatan menyebut Korea Utara mengirim lebih banyak tentara ke Rusia.", []string{"kor-intelligence/agency/KOR", "PRK", "RUS"}, nil, false, false},
	{"nis acronym", "NIS mengatakan Kim Jong Un sedang mempersiapkan putrinya sebagai penerus.", []string{"kor-intelligence/agency/KOR", "kim-jong-un"}, nil, false, false},
	{"asio australia", "ASIO memperingatkan meningkatnya ancaman spionase asing di Australia.", []string{"aus-intelligence/agency/AUS"}, nil, false, false},
	{"badan intelijen filipina", "Badan Koordinasi Intelijen Nasional Filipina menyelidiki dugaan mata-mata China.", []string{"phl-intelligence/agency/PHL", "CHN"}, []string{"PHL"}, false, true}, // known: the event's source is the body's state (events policy)
	{"badan intelijen lower jepang", "Otoritas intelijen Jepang memantau peluncuran rudal balistik Korea Utara.", []string{"jpn-intelligence/agency/JPN", "PRK"}, nil, false, false},
	{"mss china", "Kementerian Keamanan Negara China menuduh seorang pegawai negeri menjadi mata-mata untuk MI6.", []string{"chn-intelligence/agency/CHN", "gbr-mi6/agency/GBR"}, []string{"CHN"}, false, true}, // known: the event's source is the body's state (events policy)
	{"cia as", "CIA meningkatkan pengumpulan intelijen mengenai kartel narkoba di Meksiko.", []string{"usa-cia/agency/USA"}, nil, false, false},

	// Coast guards, border and immigration agencies.
	{"pcg filipina", "Penjaga Pantai Filipina menuduh kapal China menembakkan meriam air di dekat Scarborough Shoal.", []string{"phl-coast-guard/agency/PHL", "CHN"}, []string{"PHL"}, false, true}, // known: the event's source is the body's state (events policy)
	{"pcg english", "Philippine Coast Guard mengerahkan dua kapal ke Second Thomas Shoal.", []string{"phl-coast-guard/agency/PHL"}, nil, false, false},
	{"ccg penjaga pantai china", "Penjaga Pantai China mengklaim telah mengusir kapal Filipina dari perairan Huangyan.", []string{"chn-coast-guard/agency/CHN", "PHL"}, []string{"CHN"}, false, true}, // known: the event's source is the body's state (events policy)
	{"mmea malaysia", "Agensi Penguatkuasaan Maritim Malaysia menahan tiga kapal nelayan Vietnam.", []string{"mys-maritime-agency/agency/MYS", "VNM"}, []string{"MYS"}, false, true},                  // known: the event's source is the body's state (events policy)
	{"penjaga pantai jepang", "Penjaga Pantai Jepang mendeteksi kapal China di sekitar Kepulauan Senkaku.", []string{"jpn-coast-guard/agency/JPN", "CHN"}, []string{"JPN"}, false, false},
	{"penjaga pantai korea", "Penjaga Pantai Korea Selatan menyelamatkan 20 awak kapal ikan yang tenggelam.", []string{"kor-coast-guard/agency/KOR"}, []string{"KOR"}, false, false},
	{"abf australia", "Pasukan Perbatasan Australia mencegat perahu pencari suaka di dekat Pulau Christmas.", []string{"aus-border-force/agency/AUS"}, []string{"AUS"}, false, false},
	{"ice as", "ICE menangkap ratusan migran dalam penggerebekan di sebuah pabrik di Georgia.", []string{"usa-ice/agency/USA"}, nil, false, false},
	{"imigresen malaysia", "Jabatan Imigresen Malaysia mendeportasi 120 pekerja migran Indonesia.", []string{"mys-immigration-agency/agency/MYS", "IDN"}, []string{"idn-immigration"}, false, false},
	{"departemen imigrasi malaysia", "Departemen Imigrasi Malaysia menahan puluhan warga negara Indonesia tanpa dokumen.", []string{"mys-immigration-agency/agency/MYS"}, []string{"idn-immigration"}, false, false},
	{"ica singapura", "Otoritas Imigrasi dan Pos Pemeriksaan Singapura memperketat pemeriksaan di Pos Woodlands.", []string{"sgp-immigration-agency/agency/SGP"}, []string{"SGP", "idn-immigration"}, false, false},
	{"biro imigrasi filipina", "Biro Imigrasi Filipina menangkap 50 warga asing yang bekerja di kasino daring ilegal.", []string{"phl-immigration-agency/agency/PHL"}, []string{"PHL", "idn-immigration"}, false, false},
	{"otoritas imigrasi thailand lower", "Otoritas imigrasi Thailand memulangkan 200 pekerja yang diselamatkan dari pusat penipuan daring.", []string{"tha-immigration-agency/agency/THA"}, []string{"idn-immigration"}, false, false},

	// Anti-corruption bodies.
	{"macc malaysia", "Komisi Antikorupsi Malaysia menahan seorang mantan menteri terkait suap proyek.", []string{"mys-anti-corruption/agency/MYS"}, []string{"MYS", "idn-kpk"}, false, false},
	{"sprm acronym", "SPRM menyita uang tunai dan emas senilai 170 juta ringgit.", []string{"mys-anti-corruption/agency/MYS"}, []string{"idn-kpk"}, false, false},
	{"cpib singapura", "Biro Investigasi Praktik Korupsi Singapura mendakwa menteri transportasi itu.", []string{"sgp-cpib/agency/SGP"}, []string{"SGP", "idn-kpk"}, false, false},
	{"nacc thailand", "Komisi Antikorupsi Nasional Thailand menyelidiki aset mantan perdana menteri itu.", []string{"tha-anti-graft-agency/agency/THA"}, []string{"THA", "idn-kpk"}, false, false},
	{"lembaga antirasuah malaysia lower", "Lembaga antirasuah Malaysia memanggil mantan perdana menteri itu untuk diperiksa.", []string{"mys-anti-corruption/agency/MYS"}, []string{"idn-kpk"}, false, false},
	{"nabu ukraina", "Biro Antikorupsi Nasional Ukraina menggeledah rumah kepala staf kepresidenan.", []string{"ukr-nabu/agency/UKR"}, []string{"UKR", "idn-kpk"}, false, false},

	// Space and nuclear agencies.
	{"nasa artemis", "NASA menunda peluncuran misi Artemis II ke tahun depan.", []string{"usa-nasa/agency/USA"}, nil, false, false},
	{"badan antariksa as", "Badan Antariksa AS mengumumkan astronot untuk misi ke bulan.", []string{"usa-nasa/agency/USA"}, []string{"USA"}, false, false},
	{"isro chandrayaan", "ISRO berhasil meluncurkan satelit komunikasi terberat India.", []string{"ind-isro/agency/IND"}, nil, false, false},
	{"jaxa", "Badan Eksplorasi Dirgantara Jepang meluncurkan roket H3 membawa satelit navigasi.", []string{"jpn-jaxa/agency/JPN"}, []string{"JPN"}, false, false},
	{"cnsa china", "Badan Antariksa China meluncurkan wahana Tianwen-2 menuju asteroid.", []string{"chn-cnsa/agency/CHN"}, []string{"CHN"}, false, false},
	{"roscosmos", "Roscosmos menandatangani perpanjangan kerja sama penerbangan silang dengan NASA.", []string{"rus-roscosmos/agency/RUS", "usa-nasa/agency/USA"}, nil, false, false},
	{"badan antariksa korea", "Badan Antariksa Korea Selatan meluncurkan roket Nuri untuk keempat kalinya.", []string{"kor-space-agency/agency/KOR"}, []string{"KOR"}, false, false},
	{"badan antariksa australia", "Badan Antariksa Australia mendanai misi penjelajah bulan pertama negara itu.", []string{"aus-space-agency/agency/AUS"}, []string{"AUS"}, false, false},
	{"badan antariksa filipina", "Badan Antariksa Filipina meluncurkan satelit mikro Diwata-3.", []string{"phl-space-agency/agency/PHL"}, []string{"PHL"}, false, false},
	{"badan energi atom jepang", "Otoritas Regulasi Nuklir Jepang menyetujui pengoperasian kembali reaktor Kashiwazaki-Kariwa.", []string{"jpn-nuclear-agency/agency/JPN"}, []string{"JPN"}, false, false},
	{"aeoi iran", "Organisasi Energi Atom Iran menyatakan pengayaan uranium tetap berjalan.", []string{"irn-nuclear-agency/agency/IRN"}, []string{"IRN"}, false, false},
	{"iaea igo", "Badan Energi Atom Internasional mengirim inspektur ke fasilitas nuklir itu.", []string{"iaea"}, nil, false, false},

	// No body: a common noun, a building, a law named after a body.
	{"bank sentral common", "Bank sentral di banyak negara menambah cadangan emas tahun ini.", nil, nil, true, false},
	{"lembaga antikorupsi common", "Lembaga antikorupsi yang independen adalah syarat pemerintahan yang bersih.", nil, nil, true, false},
	{"badan antariksa swasta", "Sejumlah badan antariksa swasta berlomba mengirim wahana ke bulan.", nil, nil, true, false},
	{"penjaga pantai common", "Penjaga pantai setempat mengevakuasi wisatawan yang terseret ombak.", nil, nil, true, false},
	{"otoritas pelabuhan", "Otoritas pelabuhan menutup sementara penyeberangan akibat gelombang tinggi.", nil, nil, true, false},
	{"regulator common", "Para regulator keuangan kawasan sepakat memperkuat pengawasan aset kripto.", nil, nil, true, false},
	{"museum bank indonesia", "Museum Bank Indonesia di kawasan Kota Tua ramai dikunjungi wisatawan saat libur sekolah.", nil, []string{"idn-central-bank"}, false, false},
	{"gedung kpk", "Ratusan mahasiswa berunjuk rasa di depan Gedung Merah Putih KPK.", nil, []string{"idn-kpk"}, false, true}, // known: after a preposition of place a building named for a body keeps the body, where it acts ("diperiksa di Gedung Merah Putih KPK", legal grid)
	{"uu kpk gugatan", "Revisi Undang-Undang KPK kembali digugat ke Mahkamah Konstitusi.", []string{"idn-constitutional-court/court/IDN"}, []string{"idn-kpk"}, false, false},
	{"uu bank indonesia", "DPR membahas perubahan Undang-Undang Bank Indonesia dalam rapat paripurna.", []string{"idn-dpr/legislature/IDN"}, []string{"idn-central-bank"}, false, false},
	{"uu ojk", "Pemerintah menyiapkan revisi Undang-Undang OJK untuk memperkuat perlindungan konsumen.", nil, []string{"idn-ojk"}, false, false},
	{"data statistik common", "Data statistik resmi menunjukkan angka kemiskinan menurun tipis.", nil, nil, true, false},
	{"komisi pemilihan common", "Komisi pemilihan yang netral menjadi kunci pemilu yang jujur.", nil, nil, true, false},
	{"imigrasi common", "Antrean panjang terjadi di loket imigrasi bandara menjelang libur akhir tahun.", nil, []string{"idn-immigration"}, false, false},
	{"stasiun bi", "Kantor perwakilan Bank Indonesia di Solo direnovasi menjadi cagar budaya.", nil, nil, false, false},
}

// idBodies40Batch2Rows are the grid's second batch, written and annotated
// after the first batch's rules, before running.
var idBodies40Batch2Rows = []wireGridRow{
	{"b2 sec vietnam", "Komisi Sekuritas dan Bursa Vietnam menangguhkan perdagangan saham perusahaan properti itu.", []string{"vnm-securities-regulator/agency/VNM"}, []string{"VNM", "usa-sec"}, false, false},
	{"b2 fsc taiwan", "Komisi Jasa Keuangan Taiwan mendenda perusahaan asuransi itu.", []string{"twn-financial-regulator/agency/TWN"}, []string{"TWN", "idn-ojk"}, false, false},
	{"b2 bpom india", "Badan Pengawas Obat dan Makanan India menarik sirop obat batuk yang tercemar.", []string{"ind-drug-regulator/agency/IND"}, []string{"IND", "idn-bpom"}, false, false},
	{"b2 kppu afsel", "Komisi Persaingan Usaha Afrika Selatan menyetujui merger dua perusahaan telekomunikasi.", []string{"zaf-competition-authority/agency/ZAF"}, []string{"ZAF", "idn-kppu"}, false, false},
	{"b2 antariksa brasil", "Badan Antariksa Brasil meluncurkan satelit pemantau hutan.", []string{"bra-space-agency/agency/BRA"}, []string{"BRA"}, false, false},
	{"b2 aeoi reaktor", "Organisasi Energi Atom Iran (AEOI) mengumumkan pembangunan reaktor baru.", []string{"irn-nuclear-agency/agency/IRN"}, []string{"IRN"}, false, false},
	{"b2 nuklir korsel", "Badan Pengawas Nuklir Korea Selatan memerintahkan pemeriksaan reaktor Kori.", []string{"kor-nuclear-agency/agency/KOR"}, []string{"KOR"}, false, false},
	{"b2 imigrasi thailand", "Departemen Imigrasi Thailand mencabut visa puluhan warga asing.", []string{"tha-immigration-agency/agency/THA"}, []string{"THA", "idn-immigration"}, false, false},
	{"b2 statistik thailand", "Kantor Statistik Nasional Thailand mencatat ekspor naik 7 persen.", []string{"tha-statistics-agency/agency/THA"}, []string{"THA", "idn-bps"}, false, false},
	{"b2 bps timor leste", "Badan Pusat Statistik Timor Leste merilis hasil sensus penduduk.", []string{"tls-statistics-agency/agency/TLS"}, []string{"TLS", "idn-bps"}, false, false},
	{"b2 antikorupsi png", "Komisi Antikorupsi Papua Nugini menahan seorang gubernur provinsi.", []string{"png-anti-graft-agency/agency/PNG"}, []string{"PNG", "idn-kpk"}, false, false},
	{"b2 penjaga pantai india", "Penjaga Pantai India mengerahkan kapal ke perairan Lakshadweep.", []string{"ind-coast-guard/agency/IND"}, []string{"IND", "idn-coast-guard"}, false, true}, // known: the sentence names a place of the body's state ("perairan Lakshadweep"), which makes the state an actor
	{"b2 sebi english", "Securities and Exchange Board of India memperketat aturan perdagangan derivatif.", []string{"ind-securities-regulator/agency/IND"}, nil, false, false},
	{"b2 csrc acronym", "CSRC menunda persetujuan penawaran saham perdana.", []string{"chn-securities-regulator/agency/CHN"}, nil, false, false},
	{"b2 regulator sekuritas china", "Regulator sekuritas China memperketat aturan short selling.", []string{"chn-securities-regulator/agency/CHN"}, nil, false, false},
	{"b2 persaingan prancis apple", "Otoritas Persaingan Prancis mendenda Apple 150 juta euro.", []string{"fra-competition-authority/agency/FRA", "apple-inc"}, []string{"FRA"}, false, false},
	{"b2 ojk bi kemenkeu", "OJK dan BI menggelar rapat bersama dengan Kemenkeu.", []string{"idn-ojk/agency/IDN", "idn-central-bank/agency/IDN", "idn-finance-ministry/agency/IDN"}, nil, false, false},
	{"b2 gedung bi", "Gedung Bank Indonesia di Jalan Thamrin dijaga ketat.", nil, []string{"idn-central-bank"}, false, false},
	{"b2 rs polri", "RS Polri Kramat Jati menerima jenazah korban kecelakaan.", nil, []string{"idn-police"}, false, false},
	{"b2 badan antariksa common", "Badan antariksa di banyak negara bekerja sama dalam proyek itu.", nil, nil, true, false},
}

// TestIDBodies40Grid runs idBodies40GridRows under the Indonesian bodies
// grid's article date.
func TestIDBodies40Grid(t *testing.T) {
	runIDBodiesGrid(t, idBodies40GridRows, "id")
}

// TestIDBodies40Batch2 runs the grid's second batch.
func TestIDBodies40Batch2(t *testing.T) {
	runIDBodiesGrid(t, idBodies40Batch2Rows, "id")
}
