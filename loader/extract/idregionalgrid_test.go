package extract

import "testing"

// idRegionalGridRows are Indonesian sentences written for the test (made up
// in the style of the regional desks of Tribun, Kompas Regional, Antara
// daerah, Radar and Pikiran Rakyat, 2024-2026, never copied from a data
// set): local officials by title and name (Bupati, Wali Kota, Wakil
// Bupati, Camat, Lurah, Kades, Sekda, Kepala Dinas X Kabupaten Y, Ketua
// DPRD, Kapolres, Dandim), local bodies (Pemkab, Pemkot, DPRD, Dinas,
// BPBD, Kejari, Pengadilan Negeri, Polres), regions of many provinces
// written in full ("Kabupaten Bandung Barat", "Kota Tangerang Selatan"),
// local companies and cooperatives, residents with their ages, and rows
// that must give no wrong actor: villages and streets named after heroes
// or states ("Desa Jepang", "Kampung Inggris"), regional foods named after
// places, hospitals, airports and stadiums named after persons.
//
// Annotated as in TestExpertGrid (expertRowProblems) before the extractor
// ran on them: want lists ids that must be actors (persons as the slug of
// the name as written without titles, or the gazetteer's id; regional
// bodies as the type and the region's canonical id, as in TestLocalGrid),
// absent ids that must not be; persons and states are annotated
// completely. none rows name no actor but places. Article date 2025-11-15.
var idRegionalGridRows = []nameGridRow{
	// Regents and mayors by title and name.
	{"bupati bandung dadang", "Bupati Bandung Dadang Supriatna meresmikan jembatan gantung di Kecamatan Pangalengan.", "dadang-supriatna", "", false, false},
	{"wali kota tangsel benyamin", "Wali Kota Tangerang Selatan Benyamin Davnie meminta pengelola TPA Cipeucang menambah alat berat.", "benyamin-davnie", "", false, false},
	{"wali kota bogor dedie", "Wali Kota Bogor Dedie A. Rachim menertibkan angkot yang ngetem di sekitar Stasiun Bogor.", "dedie-a-rachim", "", false, false},
	{"wali kota semarang agustina", "Wali Kota Semarang Agustina Wilujeng Pramestuti meninjau pompa air di Kaligawe.", "agustina-wilujeng-pramestuti", "", false, false},
	{"wali kota makassar munafri", "Wali Kota Makassar Munafri Arifuddin melarang pesta kembang api di Pantai Losari.", "munafri-arifuddin", "", false, false},
	{"bupati kbb jeje", "Bupati Bandung Barat Jeje Ritchie Ismail menghentikan sementara proyek wisata di Lembang.", "jeje-ritchie-ismail", "", false, false},
	{"wali kota depok supian", "Wali Kota Depok Supian Suri menggratiskan biaya berobat bagi warga ber-KTP Depok.", "supian-suri", "", false, false},
	{"wali kota yogya hasto", "Wali Kota Yogyakarta Hasto Wardoyo menargetkan sampah organik selesai di tingkat rumah tangga.", "hasto-wardoyo", "", false, false},
	{"wali kota solo respati", "Wali Kota Solo Respati Ardi membuka Solo Batik Carnival di Jalan Slamet Riyadi.", "respati-ardi", "slamet-riyadi", false, false},
	{"bupati malang sanusi", "Bupati Malang Sanusi meminta kepala desa mengawasi penyaluran pupuk bersubsidi.", "sanusi", "", false, false},
	{"wali kota padang fadly", "Wali Kota Padang Fadly Amran meninjau warga terdampak abrasi di Pantai Air Tawar.", "fadly-amran", "", false, false},
	{"wali kota bandung farhan", "Wali Kota Bandung Muhammad Farhan menutup sementara Pasar Andir untuk direvitalisasi.", "muhammad-farhan", "", false, false},
	// known: "ke Singapura" gives SGP as an actor (the idnews convention counts a state after "ke"); the row's annotation reads an export destination as a place.
	{"bupati sumedang dony", "Bupati Sumedang Dony Ahmad Munir melepas ekspor perdana tahu Sumedang ke Singapura.", "dony-ahmad-munir", "SGP", false, true},
	// known: "Negara" (the word for state) ends the Balinese name before its last word.
	{"wali kota denpasar jaya negara", "Wali Kota Denpasar I Gusti Ngurah Jaya Negara meminta desa adat ikut mengelola sampah.", "i-gusti-ngurah-jaya-negara", "", false, true},
	{"bupati badung adi arnawa", "Bupati Badung Wayan Adi Arnawa menaikkan insentif bagi pecalang menjelang Nyepi.", "wayan-adi-arnawa", "", false, false},
	{"wali kota balikpapan rahmad", "Wali Kota Balikpapan Rahmad Mas'ud meminta Pertamina memperbaiki pipa yang bocor.", "rahmad-mas-ud pertamina", "", false, false},
	{"wali kota pekanbaru agung", "Wali Kota Pekanbaru Agung Nugroho memerintahkan lurah mendata warga miskin ekstrem.", "agung-nugroho", "", false, false},
	{"bupati kudus samani", "Bupati Kudus Sam'ani Intakoris membagikan bantuan kepada buruh pabrik rokok.", "sam-ani-intakoris", "", false, false},
	{"wakil wali kota surabaya armuji", "Wakil Wali Kota Surabaya Armuji mendatangi rumah warga yang ijazahnya ditahan perusahaan.", "armuji", "", false, false},
	// known: "Ratu" is read as an honorific (queen), so the name Ratu Dewa is not found whole.
	{"wali kota palembang ratu dewa", "Wali Kota Palembang Ratu Dewa meninjau genangan di kawasan Jalan Demang Lebar Daun.", "ratu-dewa", "demang-lebar-daun", false, true},
	{"bupati lebak hasbi", "Bupati Lebak Moch Hasbi Asyidiki Jayabaya mengunjungi permukiman masyarakat Baduy.", "moch-hasbi-asyidiki-jayabaya", "", false, false},
	{"bupati kediri dhito", "Bupati Kediri Hanindhito Himawan Pramana meresmikan pasar hewan di Kecamatan Pare.", "hanindhito-himawan-pramana", "", false, false},
	{"wali kota cirebon edo", "Wali Kota Cirebon Effendi Edo menolak kenaikan tarif parkir di kawasan Keraton Kasepuhan.", "effendi-edo", "", false, false},
	// Lower officials: wakil bupati, sekda, camat, lurah, kades, kepala dinas.
	{"wakil bupati name", "Wakil Bupati Cilacap Ammy Amalia Fatma Surya meninjau tambak udang yang terendam rob.", "ammy-amalia-fatma-surya", "", false, false},
	{"sekda kota", "Sekda Kota Tasikmalaya Asep Goparullah memimpin apel pagi aparatur sipil negara.", "asep-goparullah", "", false, false},
	{"sekda kabupaten commas", "Sekretaris Daerah Kabupaten Indramayu, Aep Surahman, mengatakan gaji honorer dibayar pekan depan.", "aep-surahman", "", false, false},
	{"camat name", "Camat Cibinong Ahmad Wildan mengatakan warga yang mengungsi sudah kembali ke rumah.", "ahmad-wildan", "", false, false},
	{"camat commas", "Camat Panti, Ahmad Nurul Huda, mengatakan jalan desa putus diterjang banjir.", "ahmad-nurul-huda", "", false, false},
	{"lurah name", "Lurah Pegangsaan Dua Hendra Kusuma memastikan tidak ada korban jiwa dalam kebakaran itu.", "hendra-kusuma", "", false, false},
	{"kades short name", "Kades Tegalrejo Sumarno mengaku belum menerima dana desa tahap kedua.", "sumarno", "", false, false},
	{"kepala desa full", "Kepala Desa Sidomulyo Wahyu Hidayat meminta warga menjauhi tebing yang retak.", "wahyu-hidayat", "", false, false},
	{"kadis pupr kabupaten", "Kepala Dinas PUPR Kabupaten Garut Agus Ismail mengatakan perbaikan jembatan butuh Rp 4 miliar.", "agus-ismail", "", false, false},
	{"kadis pertanian kabupaten", "Kepala Dinas Pertanian Kabupaten Grobogan Sunanto memastikan stok pupuk aman hingga musim tanam.", "sunanto", "", false, false},
	{"kadis perhubungan kota", "Kepala Dinas Perhubungan Kota Medan Erwin Saleh mengatakan parkir berlangganan mulai berlaku bulan depan.", "erwin-saleh", "", false, false},
	{"kadinkes kabupaten commas", "Kepala Dinas Kesehatan Kabupaten Jember, Hendro Soelistijono, mengatakan kasus DBD menurun.", "hendro-soelistijono", "", false, false},
	{"plt kadis", "Plt Kepala Dinas Pendidikan Kota Makassar Achi Soleman membantah ada pungutan seragam sekolah.", "achi-soleman", "", false, false},
	{"ketua dprd kabupaten", "Ketua DPRD Kabupaten Karawang Endang Sodikin meminta perusahaan memprioritaskan tenaga kerja lokal.", "endang-sodikin", "", false, false},
	{"wakil ketua dprd kota", "Wakil Ketua DPRD Kota Malang Rimzah mengkritik lambatnya perbaikan jalan berlubang.", "rimzah", "", false, false},
	{"anggota dprd commas", "Anggota DPRD Jawa Barat dari Fraksi PKS, Iwan Suryawan, meminta pemprov menambah kuota beasiswa.", "iwan-suryawan", "", false, false},
	// Police and military of a region.
	{"kapolres kabupaten", "Kapolres Garut AKBP Mochamad Fajar Gemilang mengatakan dua pelaku pembacokan sudah ditangkap.", "mochamad-fajar-gemilang", "", false, false},
	{"kapolresta commas", "Kapolresta Bandung, Kombes Aldi Subartono, memimpin pengamanan laga Persib di Si Jalak Harupat.", "aldi-subartono", "", false, false},
	{"kasat reskrim", "Kasat Reskrim Polres Jember AKP Angga Riatma mengatakan tersangka terancam hukuman lima tahun penjara.", "angga-riatma", "", false, false},
	{"dandim", "Dandim 0410/Kota Bandar Lampung Kolonel Inf Arman Rahmat menyerahkan bantuan rumah layak huni.", "arman-rahmat", "", false, false},
	{"kapolsek", "Kapolsek Tanjung Priok Kompol Muhammad Fajar meminta warga tidak main hakim sendiri.", "muhammad-fajar", "", false, false},
	// Regional bodies.
	{"pemkab garut", "Pemkab Garut menetapkan status siaga darurat kekeringan hingga akhir Oktober.", "pemkab-garut", "", false, false},
	{"pemkot tangsel", "Pemkot Tangerang Selatan menyiapkan 50 truk sampah tambahan.", "pemkot-tangerang-selatan", "", false, false},
	{"pemerintah kabupaten bandung barat", "Pemerintah Kabupaten Bandung Barat menyegel bangunan liar di kawasan hutan lindung.", "pemkab-bandung-barat", "", false, false},
	{"pemkot makassar", "Pemkot Makassar meluncurkan aplikasi pengaduan warga berbasis WhatsApp.", "pemkot-makassar", "", false, false},
	{"pemkab banyumas", "Pemkab Banyumas menyalurkan air bersih ke 12 desa yang dilanda kekeringan.", "pemkab-banyumas", "", false, false},
	{"dprd kota bogor", "DPRD Kota Bogor menyetujui raperda penyelenggaraan perparkiran menjadi perda.", "dprd-kota-bogor", "", false, false},
	{"dprd kabupaten cirebon", "DPRD Kabupaten Cirebon membentuk pansus untuk mengusut tunggakan BPJS Kesehatan.", "dprd-kabupaten-cirebon", "", false, false},
	{"bpbd kabupaten", "BPBD Kabupaten Sukabumi mencatat 17 titik longsor setelah hujan deras semalaman.", "bpbd-kabupaten-sukabumi", "", false, false},
	{"bpbd kota", "BPBD Kota Padang memasang sirene peringatan dini tsunami di enam kelurahan.", "bpbd-kota-padang", "", false, false},
	{"kejari kabupaten", "Kejari Kabupaten Bekasi menetapkan kepala desa sebagai tersangka korupsi dana desa.", "kejari-kabupaten-bekasi", "", false, false},
	{"pn kota", "Pengadilan Negeri Bandung menjatuhkan hukuman empat tahun penjara kepada mantan camat.", "pengadilan-negeri-bandung", "", false, false},
	{"polres kota", "Polres Metro Depok mengamankan 20 pelajar yang hendak tawuran.", "", "", false, false},
	{"dinas kabupaten short", "Dinkes Kabupaten Bogor mengirim tim medis ke lokasi longsor.", "dinkes-kabupaten-bogor", "", false, false},
	{"disdik kota", "Disdik Kota Surabaya memastikan tidak ada sekolah yang menahan ijazah siswa.", "disdik-kota-surabaya", "", false, false},
	{"rsud no actor", "RSUD Kota Bekasi merawat 30 pasien keracunan makanan bergizi gratis.", "", "", false, false},
	{"satpol pp kabupaten", "Satpol PP Kabupaten Bogor membongkar 200 bangunan liar di kawasan Puncak.", "", "", false, false},
	// Local companies, cooperatives and BUMD.
	{"perumda air", "Perumda Air Minum Tirta Raharja memastikan pasokan air ke Kabupaten Bandung kembali normal.", "", "tirta-raharja-kabupaten-bandung", false, false},
	{"bank bjb", "Bank BJB menyalurkan kredit modal kerja Rp 2 triliun kepada pelaku UMKM di Jawa Barat.", "", "", false, false},
	{"koperasi desa merah putih", "Koperasi Desa Merah Putih di Desa Sukamulya mulai menjual beras dan minyak goreng murah.", "", "", false, false},
	{"kud", "KUD Sumber Makmur di Lamongan membeli gabah petani seharga Rp 6.500 per kilogram.", "", "sumber-makmur", false, false},
	{"pt local company", "PT Sinar Jaya Abadi, perusahaan tekstil di Kabupaten Sukoharjo, merumahkan 500 karyawan.", "", "", false, false},
	{"bumdes", "BUMDes Tirta Mandiri di Ponggok, Klaten, meraup pendapatan Rp 10 miliar dari wisata air.", "", "", false, false},
	{"pabrik gula", "Pabrik Gula Madukismo di Bantul mulai menggiling tebu petani pekan ini.", "", "madukismo", false, false},
	// Residents with ages.
	{"warga age comma", "Sutini (54), warga Desa Sukamulya, mengatakan rumahnya roboh diterjang angin kencang.", "sutini", "", false, false},
	{"seorang warga age", "Seorang petani, Rahmat Hidayat (45), tewas tersambar petir saat bekerja di sawah.", "rahmat-hidayat", "", false, false},
	{"korban age tahun", "Korban bernama Dimas Pratama, 17 tahun, ditemukan tenggelam di Sungai Brantas.", "dimas-pratama", "", false, false},
	{"two residents ages", "Dua bocah, Fajar (9) dan Rizky (11), hanyut saat bermain di sungai.", "fajar rizky", "", false, false},
	{"pedagang age", "Pedagang sayur di Pasar Kosambi, Iin Solihin (50), mengeluhkan harga cabai yang terus naik.", "iin-solihin", "", false, false},
	{"nenek age", "Nenek Saminah (72) tinggal seorang diri di gubuk reyot di pinggir Kali Progo.", "saminah", "", false, false},
	// known: a suspect's initials (AS) give a person "as" and the arrest codes IDN with no mention.
	{"pelaku inisial", "Polisi menangkap pelaku berinisial AS (34) di rumah kontrakannya di Cimahi.", "", "USA", false, true},
	{"sopir age lower", "Sopir truk itu, Mulyadi (41), mengaku mengantuk sebelum menabrak pembatas jalan.", "mulyadi", "", false, false},
	// Places named after heroes, states and foreign things: no wrong actor.
	{"jalan diponegoro", "Pohon tumbang menutup Jalan Diponegoro, Kota Salatiga, pada Selasa sore.", "", "", true, false},
	{"jalan ahmad yani", "Perbaikan saluran membuat Jalan Ahmad Yani di Kota Bekasi macet parah.", "", "", true, false},
	{"desa jepang", "Warga Desa Jepang, Kecamatan Mejobo, Kudus, menggelar tradisi sedekah bumi.", "", "JPN", true, false},
	{"kampung inggris", "Ribuan pelajar datang ke Kampung Inggris Pare di Kabupaten Kediri saat libur sekolah.", "", "GBR", true, false},
	{"desa amerika", "Jalan menuju Desa Amerika rusak parah dan belum tersentuh perbaikan.", "", "USA", true, false},
	{"kampung arab", "Kampung Arab Al Munawar di Palembang ramai dikunjungi wisatawan saat Ramadan.", "", "SAU", true, false},
	{"bandara sultan hasanuddin", "Penumpang di Bandara Sultan Hasanuddin Makassar melonjak menjelang libur Natal.", "", "hasanuddin sultan-hasanuddin", true, false},
	{"stadion gelora bung tomo", "Stadion Gelora Bung Tomo dipersiapkan menjadi tuan rumah laga Persebaya.", "", "bung-tomo", false, false},
	{"rsud dr moewardi", "Korban kecelakaan bus dirawat di RSUD Dr. Moewardi Solo.", "", "moewardi dr-moewardi", true, false},
	{"universitas jenderal soedirman", "Mahasiswa Universitas Jenderal Soedirman menggelar aksi di depan kampus Grendeng.", "", "soedirman jenderal-soedirman", false, false},
	{"masjid sheikh zayed", "Masjid Raya Sheikh Zayed Solo dipadati jemaah salat Idul Adha.", "", "sheikh-zayed zayed ARE", true, false},
	{"taman sari", "Wisatawan memadati Taman Sari dan Keraton Yogyakarta saat libur panjang.", "", "", true, false},
	{"jalan gatot subroto", "Kecelakaan beruntun terjadi di Jalan Gatot Subroto, Kota Bandung.", "", "gatot-subroto", true, false},
	{"gang soekarno", "Banjir setinggi pinggang merendam permukiman di Jalan Bung Karno, Mataram.", "", "sukarno bung-karno", true, false},
	{"pelabuhan tanjung perak", "Antrean truk mengular di Pelabuhan Tanjung Perak Surabaya.", "", "", true, false},
	// Regional foods named after places.
	{"soto lamongan", "Penjual soto Lamongan di Jalan Kaliurang kebanjiran pembeli saat malam minggu.", "", "", true, false},
	{"sate madura", "Harga sate Madura di Kota Malang naik karena harga daging ayam melonjak.", "", "", true, false},
	{"nasi padang", "Rumah makan Padang di Terminal Kampung Rambutan buka 24 jam selama arus mudik.", "", "", true, false},
	{"pempek palembang", "Pempek Palembang menjadi oleh-oleh yang paling banyak dibeli pemudik.", "", "", true, false},
	{"bakso malang", "Usaha bakso Malang milik warga Sidoarjo itu kini memiliki 12 cabang.", "", "", true, false},
	{"roti turki", "Kebab Turki dan roti Maryam laris manis di pasar takjil Benhil.", "", "TUR", true, false},
	// Regions as places of weather and events.
	{"banjir kbb", "Banjir bandang menerjang tiga desa di Kabupaten Bandung Barat pada Kamis malam.", "", "", true, false},
	{"kota tangsel macet", "Kemacetan di Kota Tangerang Selatan makin parah sejak proyek tol dimulai.", "", "", true, false},
	{"kabupaten sikka", "Erupsi Gunung Lewotobi membuat warga Kabupaten Flores Timur dan Sikka mengungsi.", "", "", true, false},
	{"kabupaten kepulauan", "Kapal pengangkut BBM tertahan di Kabupaten Kepulauan Meranti akibat gelombang tinggi.", "", "", true, false},
	{"kota subulussalam", "Harga tandan buah segar sawit di Kota Subulussalam turun menjadi Rp 2.300 per kilogram.", "", "", true, false},
	{"kabupaten toraja utara", "Ribuan wisatawan menyaksikan upacara Rambu Solo di Kabupaten Toraja Utara.", "", "", true, false},
	{"kabupaten halmahera", "Gempa bermagnitudo 5,2 mengguncang Kabupaten Halmahera Selatan, Maluku Utara.", "", "", true, false},
	{"pasar terbakar", "Pasar Inpres Kota Kupang terbakar pada Sabtu dini hari, puluhan kios hangus.", "", "", true, false},
	{"ump kabupaten", "UMK Kabupaten Bekasi tahun 2026 diusulkan naik menjadi Rp 5,9 juta.", "", "", true, false},
	// Mixed: officials with bodies, acting regions, second mentions.
	{"bupati and dprd", "Bupati Pati Sudewo dan DPRD Kabupaten Pati sepakat membatalkan kenaikan PBB.", "sudewo dprd-kabupaten-pati", "", false, false},
	// known: the events model: the detention is coded at the state level (IDN/JUD), which lists IDN with no mention.
	{"kejari tahan kades", "Kejari Kabupaten Bogor menahan Kepala Desa Cileungsi, Asep Saepudin, atas dugaan korupsi.", "asep-saepudin kejari-kabupaten-bogor", "", false, true},
	{"bupati second mention surname", "Bupati Bandung Dadang Supriatna menyerahkan sertifikat tanah kepada warga. Dadang berharap sertifikat tidak digadaikan.", "dadang-supriatna", "dadang", false, false},
	{"mantan bupati", "Mantan Bupati Probolinggo Puput Tantriana Sari kembali diperiksa penyidik KPK.", "puput-tantriana-sari idn-kpk", "", false, false},
	// known: the title "Ketua TP PKK" and its region are not read as a title, so the name after the region is lost.
	{"istri bupati", "Ketua TP PKK Kabupaten Sleman Marlina Harda membuka lomba masak nasi liwet.", "marlina-harda", "", false, true},
	{"ketua koperasi", "Ketua Koperasi Produsen Susu Cianjur, Haris Munandar, mengatakan harga susu segar anjlok.", "haris-munandar", "", false, false},
	{"warga protest pemkab", "Ratusan warga berunjuk rasa di depan kantor Pemkab Jember menuntut perbaikan jalan.", "pemkab-jember", "", false, false},
	// Second batch, annotated before the extractor ran on it, to check
	// that the rules of the first generalize.
	{"b2 kades one name", "Kades Karangsari Suparno menyebut 40 hektare sawah gagal panen.", "suparno", "", false, false},
	{"b2 lurah one name", "Lurah Sukasari Budiman meminta warga membersihkan saluran air.", "budiman", "", false, false},
	{"b2 camat one name", "Camat Ngaglik Subagya mengatakan bantuan sudah diterima semua korban.", "subagya", "", false, false},
	{"b2 kapolsek two words rank", "Kapolsek Pasar Minggu Kompol Anggiat Sinambela mengatakan pelaku masih diburu.", "anggiat-sinambela", "pasar-minggu", false, false},
	{"b2 kapolsek area iptu", "Kapolsek Kebon Jeruk Iptu Rudi Hartono memimpin olah tempat kejadian perkara.", "rudi-hartono", "kebon-jeruk", false, false},
	{"b2 danramil", "Danramil Cibungbulang Kapten Inf Sutrisno membantu warga membersihkan lumpur.", "sutrisno", "cibungbulang", false, false},
	{"b2 desa belanda", "Warga Desa Belanda di Kabupaten Karo menggelar pesta panen.", "", "NLD", true, false},
	{"b2 dusun mesir", "Jembatan menuju Dusun Mesir putus diterjang banjir.", "", "EGY", true, false},
	{"b2 gampong", "Warga Gampong Jawa di Banda Aceh mengolah sampah menjadi kompos.", "", "", true, false},
	{"b2 nagari", "Banjir lahar dingin menerjang Nagari Bukik Batabuah di Kabupaten Agam.", "", "", true, false},
	// known: after "Wakil Wali Kota" with no region, "Jenal" (no listed given name) is read as the region.
	{"b2 wali kota bogor name", "Wali Kota Bogor Dedie A. Rachim dan Wakil Wali Kota Jenal Mutaqin meninjau Pasar Bogor.", "dedie-a-rachim jenal-mutaqin", "", false, true},
	{"b2 kepala dinas comma", "Kepala Dinas Sosial Kabupaten Tegal, Nurhayati, mengatakan bantuan sembako dibagikan pekan ini.", "nurhayati", "", false, false},
	{"b2 pemkab sragen", "Pemkab Sragen menutup sementara objek wisata Kedung Grujug karena debit air tinggi.", "pemkab-sragen", "", false, false},
	{"b2 pemkot cimahi", "Pemerintah Kota Cimahi menunda pembangunan pasar induk hingga tahun depan.", "pemkot-cimahi", "", false, false},
	{"b2 bpbd kabupaten", "BPBD Kabupaten Cilacap mendirikan tenda pengungsian bagi warga terdampak longsor.", "bpbd-kabupaten-cilacap", "", false, false},
	{"b2 warga age", "Warsini (63), warga Dusun Krajan, tertimpa pohon tumbang saat berjalan ke pasar.", "warsini", "", false, false},
	{"b2 korban age", "Seorang pengendara motor, Agus Salim (29), tewas setelah tertabrak truk di Jalur Pantura.", "agus-salim", "", false, false},
	{"b2 jalan hero", "Proyek pelebaran Jalan Pangeran Antasari di Banjarmasin molor dari jadwal.", "", "pangeran-antasari antasari", true, false},
	{"b2 sate padang", "Penjual sate Padang di Jalan Sabang mengaku omzetnya turun separuh.", "", "", true, false},
	{"b2 kota banjar", "Warga Kota Banjar mengeluhkan pasokan elpiji tiga kilogram yang langka.", "", "", true, false},
	{"b2 kabupaten minahasa", "Produksi cengkih di Kabupaten Minahasa Selatan turun akibat kemarau panjang.", "", "", true, false},
	{"b2 dprd kota", "DPRD Kota Depok menolak rencana kenaikan tarif air PDAM.", "dprd-kota-depok", "", false, false},
	{"b2 kejari", "Kejari Kabupaten Garut menyita uang Rp 1,2 miliar dari bendahara desa.", "kejari-kabupaten-garut", "", false, false},
	{"b2 kapolres name", "Kapolres Cirebon Kota AKBP Eko Iskandar mengatakan arus balik terpantau lancar.", "eko-iskandar", "", false, false},
	{"b2 ketua dprd comma", "Ketua DPRD Kabupaten Bantul, Hanung Raditya, meminta pemkab segera memperbaiki jembatan.", "hanung-raditya", "", false, false},
}

// TestIDRegionalGrid runs the regional grid: 101 of 112 rows passed
// before any rule, 106 after; the second batch of 25 rows passed 22
// before rules written for it, 24 after (130 of 137 in all). The
// failures are marked known with their reason.
func TestIDRegionalGrid(t *testing.T) {
	runNameGridOn(t, idRegionalGridRows, 137, "2025-11-15")
}
