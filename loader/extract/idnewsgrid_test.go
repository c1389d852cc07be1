package extract

import "testing"

// idNewsGridRows are Indonesian sentences written for the test (made up in
// the style of present-day Indonesian news sites, 2024-2026, never copied
// from a data set) across all the sections of a general news site:
// politik, hukum, ekonomi, internasional, olahraga, daerah, teknologi,
// kesehatan and hiburan, as a stand-in for a random sample of unseen news.
// States are written many ways (AS, A.S., Amerika, Amerika Serikat, Negeri
// Paman Sam, Tiongkok, China, Negeri Tirai Bambu, Negeri Jiran, Korsel);
// persons carry titles and honorifics (Presiden, Menlu, Ny., Bapak, Dr.,
// Prof., Kapten); bodies are named in full (Kementerian ..., Mahkamah ...,
// Angkatan ...) and by acronym (DPR, KPK, BMKG); a city is a place where
// weather or an event happens there and a capital stands for its
// government where it acts ("Beijing memprotes"); and names sit inside
// longer names (Bandara Soekarno-Hatta, Universitas Airlangga, Jalan
// Sudirman, RSUD Dr. Soetomo) where they name no person. About one row in
// seven names no actor at all. Article date 2025-11-15.
//
// Annotated as in TestExpertGrid (expertRowProblems) before the extractor
// ran on them: want lists ids that must be actors (a person the
// gazetteer's id, else the slug of the name as written without titles;
// persons and states annotated completely, bodies where the row names
// them), absent ids that must not be. A first run, which reported only the
// count (116 of 127; the grid was short of its 130 rows), was followed
// before any failure was read by three more rows and four corrections
// to the convention of TestCompoundGrid (national teams name no state;
// a state after "asal", "berbendera" or "ke" is one).
//
// Before any rule: 119 of 130 pass. After the rules (post_nominals,
// hospital acronyms, sports cues, a facility head alone): 125 of 130. A
// second batch of 30 rows, annotated before its first run after those
// rules: 25 of 30.
var idNewsGridRows = []nameGridRow{
	// Politik.
	{"pol prabowo sidang kabinet", "Presiden Prabowo Subianto memimpin sidang kabinet paripurna di Istana Negara, Jakarta, Senin (10/11/2025).", "prabowo-subianto", "", false, false},
	{"pol gibran kunjungan", "Wakil Presiden Gibran Rakabuming Raka meninjau dapur program makan bergizi gratis di Solo.", "gibran-rakabuming-raka", "", false, false},
	{"pol dpr rapat paripurna", "DPR mengesahkan revisi Undang-Undang BUMN dalam rapat paripurna, Kamis.", "idn-dpr", "", false, false},
	{"pol ketua dpr puan", "Ketua DPR Puan Maharani meminta pemerintah mendengar aspirasi mahasiswa yang berunjuk rasa.", "puan-maharani idn-dpr", "", false, false},
	{"pol dasco wakil ketua", "Wakil Ketua DPR Sufmi Dasco Ahmad mengatakan rapat dengan pimpinan partai digelar tertutup.", "sufmi-dasco-ahmad idn-dpr", "", false, false},
	{"pol mk putusan", "Mahkamah Konstitusi memutuskan pemilu nasional dan pemilu daerah dipisahkan mulai 2029.", "idn-constitutional-court", "", false, false},
	{"pol kpu persiapan", "KPU mulai menyusun tahapan pemilihan kepala daerah ulang di sejumlah kabupaten.", "idn-kpu", "", false, false},
	{"pol partai golkar bahlil", "Ketua Umum Partai Golkar Bahlil Lahadalia menyatakan partainya tetap solid mendukung pemerintah.", "bahlil-lahadalia partai-golkar", "", false, false},
	{"pol megawati pdip", "Ketua Umum PDI-P Megawati Soekarnoputri meminta kader tidak tergoda politik uang.", "megawati-sukarnoputri pdi-p", "", false, false},
	{"pol mensesneg lone title", "Mensesneg mengatakan draf peraturan presiden itu sudah diterima Istana.", "", "pratikno", false, false},
	{"pol pengamat unpad", "Pengamat politik Universitas Padjadjaran Firman Manan menilai koalisi pemerintah terlalu gemuk.", "firman-manan universitas-padjadjaran", "", false, false},
	{"pol jokowi solo", "Mantan Presiden Joko Widodo menerima kunjungan sejumlah relawan di kediamannya di Solo.", "joko-widodo", "", false, false},
	{"pol demo no actor", "Ribuan mahasiswa berunjuk rasa di depan gedung parlemen hingga malam hari.", "", "", true, false},
	{"pol bapak honorific", "Bapak Sugianto, warga Kelurahan Cempaka Putih, mengaku belum menerima bantuan sosial.", "sugianto", "", false, false},
	{"pol menteri dalam negeri", "Menteri Dalam Negeri Tito Karnavian meminta kepala daerah memangkas perjalanan dinas.", "tito-karnavian", "", false, false},

	// Hukum.
	{"huk kpk tahan", "KPK menahan seorang bupati di Sumatera Utara terkait dugaan suap proyek jalan.", "idn-kpk", "", false, false},
	{"huk kejagung tersangka", "Kejaksaan Agung menetapkan mantan direktur utama PT Pertamina Patra Niaga sebagai tersangka korupsi tata kelola minyak.", "idn-attorney-general", "", false, false},
	{"huk mahkamah agung kasasi", "Mahkamah Agung menolak kasasi yang diajukan terdakwa kasus pembunuhan berencana itu.", "idn-supreme-court", "", false, false},
	{"huk kapolri", "Kapolri Jenderal Listyo Sigit Prabowo memerintahkan jajarannya mengusut tuntas kematian pengemudi ojek daring itu.", "listyo-sigit-prabowo", "prabowo-subianto", false, false},
	{"huk pn jakpus vonis", "Pengadilan Negeri Jakarta Pusat menjatuhkan vonis 4,5 tahun penjara kepada mantan menteri perdagangan itu.", "pengadilan-negeri-jakarta-pusat", "", false, false},
	{"huk tersangka inisial", "Polisi menetapkan seorang pria berinisial RS (34) sebagai tersangka penipuan investasi bodong.", "rs", "", false, false},
	{"huk hakim no name", "Sidang pembacaan tuntutan ditunda hingga pekan depan karena terdakwa sakit.", "", "", true, false},
	{"huk komnas ham", "Komnas HAM menemukan indikasi pelanggaran prosedur dalam penanganan unjuk rasa Agustus lalu.", "idn-komnas-ham", "", false, false},
	{"huk pengacara ny", "Kuasa hukum Ny. Ratna Sari, Yohanes Simanjuntak, mengatakan kliennya akan menggugat balik.", "ratna-sari yohanes-simanjuntak", "", false, false},
	{"huk ppatk blokir", "PPATK memblokir ratusan rekening yang diduga terkait judi daring.", "idn-ppatk", "", false, false},
	{"huk bnn sabu", "BNN menggagalkan penyelundupan 50 kilogram sabu asal Malaysia di perairan Aceh.", "idn-bnn MYS", "", false, false},
	{"huk ketua kpk", "Ketua KPK Setyo Budiyanto mengatakan penyidik masih menelusuri aliran dana tersebut.", "setyo-budiyanto idn-kpk", "", false, false},

	// Ekonomi.
	{"eko menkeu purbaya", "Menteri Keuangan Purbaya Yudhi Sadewa memastikan defisit APBN tetap di bawah tiga persen.", "purbaya-yudhi-sadewa", "sri-mulyani", false, false},
	{"eko bi suku bunga", "Bank Indonesia mempertahankan suku bunga acuan di level 4,75 persen.", "idn-central-bank", "", false, false},
	{"eko bps inflasi", "Badan Pusat Statistik mencatat inflasi tahunan Oktober 2025 sebesar 2,86 persen.", "idn-bps", "", false, false},
	{"eko ihsg no actor", "Indeks Harga Saham Gabungan ditutup menguat 1,2 persen pada perdagangan sore ini.", "", "", true, false},
	{"eko rupiah dolar AS", "Nilai tukar rupiah melemah ke level Rp16.700 per dolar AS pada Jumat pagi.", "", "USA", true, false},
	{"eko tarif AS", "Pemerintah AS menurunkan tarif impor produk Indonesia menjadi 19 persen setelah negosiasi berbulan-bulan.", "USA IDN", "", false, false},
	{"eko airlangga negosiasi", "Menko Perekonomian Airlangga Hartarto bertolak ke Washington untuk melanjutkan perundingan dagang.", "airlangga-hartarto", "USA", false, false},
	{"eko pertamina harga", "PT Pertamina (Persero) menurunkan harga bahan bakar nonsubsidi mulai 1 November.", "pertamina", "", false, false},
	{"eko ojk", "Otoritas Jasa Keuangan mencabut izin usaha sebuah bank perekonomian rakyat di Jawa Timur.", "idn-ojk", "", false, false},
	{"eko danantara rosan", "CEO Danantara Rosan Roeslani menyebut lembaganya akan berinvestasi di sektor hilirisasi.", "rosan-roeslani idn-danantara", "", false, false},
	{"eko ekonom indef", "Ekonom INDEF Eko Listiyanto memperkirakan pertumbuhan ekonomi kuartal IV di kisaran 5 persen.", "eko-listiyanto indef", "", false, false},
	{"eko harga beras no actor", "Harga beras medium di pasar tradisional naik menjadi Rp14.000 per kilogram.", "", "", true, false},
	{"eko negeri tirai bambu ekspor", "Ekspor batu bara ke Negeri Tirai Bambu turun tajam sepanjang kuartal ketiga.", "CHN", "", false, false},
	{"eko china investasi", "China menjadi investor asing terbesar kedua di Indonesia sepanjang semester pertama 2025.", "CHN IDN", "", false, false},
	{"eko bapanas", "Badan Pangan Nasional memastikan stok beras cukup hingga akhir tahun.", "idn-bapanas", "", false, false},
	{"eko bri laba", "Bank Rakyat Indonesia membukukan laba bersih Rp41 triliun hingga September 2025.", "bri", "", false, false},
	{"eko menteri bumn erick", "Menteri BUMN Erick Thohir merombak jajaran direksi Garuda Indonesia.", "erick-thohir garuda-indonesia", "", false, false},

	// Internasional.
	{"int trump tarif", "Presiden AS Donald Trump mengumumkan tarif baru untuk produk farmasi impor.", "donald-trump USA", "", false, false},
	{"int a.s. dotted", "Pemerintah A.S. menjatuhkan sanksi terhadap tiga perusahaan pelayaran Iran.", "USA IRN", "", false, false},
	{"int paman sam", "Negeri Paman Sam kembali menarik diri dari Perjanjian Paris tentang perubahan iklim.", "USA", "", false, false},
	{"int amerika bare", "Amerika menolak rancangan resolusi gencatan senjata di Dewan Keamanan PBB.", "USA un-security-council", "", false, false},
	{"int tiongkok protes", "Tiongkok memprotes keras penjualan senjata Amerika Serikat ke Taiwan.", "CHN USA TWN", "", false, false},
	{"int beijing agent", "Beijing menuduh Manila memprovokasi ketegangan di Laut China Selatan.", "CHN PHL", "", false, false},
	{"int kemlu tiongkok jubir", "Juru bicara Kementerian Luar Negeri Tiongkok Mao Ning mengatakan Beijing siap berdialog.", "mao-ning chn-foreign-ministry CHN", "", false, false},
	{"int putin zelenskyy", "Presiden Rusia Vladimir Putin menolak bertemu Presiden Ukraina Volodymyr Zelenskyy tanpa prasyarat.", "vladimir-putin volodymyr-zelenskyy RUS UKR", "", false, false},
	{"int moskow membantah", "Moskow membantah tuduhan bahwa drone Rusia memasuki wilayah udara Polandia.", "RUS POL", "", false, false},
	{"int netanyahu gaza", "Perdana Menteri Israel Benjamin Netanyahu memerintahkan militer melanjutkan operasi di Gaza.", "benjamin-netanyahu ISR", "", false, false},
	{"int hamas sandera", "Hamas membebaskan sisa sandera yang masih hidup sebagai bagian dari kesepakatan gencatan senjata.", "hamas", "", false, false},
	{"int sekjen pbb", "Sekretaris Jenderal PBB Antonio Guterres menyerukan akses bantuan kemanusiaan tanpa hambatan ke Gaza.", "antonio-guterres united-nations", "francisco-guterres", false, false},
	{"int anwar negeri jiran", "Perdana Menteri Malaysia Anwar Ibrahim menyambut Presiden Prabowo di Putrajaya.", "anwar-ibrahim MYS prabowo-subianto", "", false, false},
	{"int negeri jiran tkI", "Negeri Jiran mendeportasi ratusan pekerja migran Indonesia tanpa dokumen pekan ini.", "MYS IDN", "", false, false},
	{"int menlu sugiono wang yi", "Menlu Sugiono bertemu Menlu Tiongkok Wang Yi di sela KTT ASEAN di Kuala Lumpur.", "sugiono wang-yi CHN asean", "", false, false},
	{"int takaichi", "Perdana Menteri Jepang Sanae Takaichi berjanji meningkatkan anggaran pertahanan.", "sanae-takaichi JPN", "", false, false},
	{"int korsel lee", "Presiden Korsel Lee Jae-myung menyerukan dialog dengan Korea Utara.", "lee-jae-myung KOR PRK", "", false, false},
	{"int washington sanksi", "Washington menjatuhkan sanksi baru terhadap perusahaan minyak terbesar Rusia.", "USA RUS", "", false, false},
	{"int iran iaea", "Iran menangguhkan kerja sama dengan Badan Energi Atom Internasional setelah serangan udara Juni lalu.", "IRN iaea", "", false, false},
	{"int gempa myanmar no actor", "Gempa bermagnitudo 7,7 mengguncang Mandalay dan menewaskan ribuan orang.", "", "", true, false},
	// known: a foreign body named with its state's short form (Departemen Pertahanan AS) gives the body but not the state where its act gives no event (the design noted in TestIndonesianPoliticsGrid)
	{"int pentagon", "Departemen Pertahanan AS mengirim kapal induk tambahan ke Laut Karibia.", "usa-defense-ministry USA", "", false, true},
	{"int macron palestina", "Presiden Prancis Emmanuel Macron mengumumkan pengakuan negara Palestina di Sidang Umum PBB.", "emmanuel-macron FRA PSE un-general-assembly", "", false, false},
	{"int who", "Organisasi Kesehatan Dunia (WHO) menyatakan wabah mpox bukan lagi darurat kesehatan global.", "who", "", false, false},
	{"int amerika serikat full", "Amerika Serikat dan Tiongkok sepakat menunda kenaikan tarif selama 90 hari.", "USA CHN", "", false, false},

	// Olahraga.
	{"ola timnas kluivert", "Pelatih timnas Indonesia Patrick Kluivert memanggil 27 pemain untuk laga kualifikasi Piala Dunia.", "patrick-kluivert", "", false, false},
	{"ola pssi erick", "Ketua Umum PSSI Erick Thohir mengevaluasi kinerja tim pelatih setelah kekalahan dari Arab Saudi.", "erick-thohir pssi", "SAU", false, false},
	{"ola persib juara", "Persib Bandung memastikan gelar juara setelah menang 2-0 atas Persija Jakarta.", "persib persija", "", false, false},
	{"ola gbk place", "Laga Indonesia melawan Jepang di Stadion Utama Gelora Bung Karno disaksikan 70 ribu penonton.", "", "sukarno soekarno IDN JPN", true, false},
	{"ola bulu tangkis", "Ganda putra Fajar Alfian/Muhammad Rian Ardianto melaju ke final Denmark Open.", "fajar-alfian muhammad-rian-ardianto", "", false, false},
	{"ola jonatan christie", "Jonatan Christie kandas di babak perempat final setelah kalah dari wakil Tiongkok.", "jonatan-christie", "CHN", false, false},
	{"ola kapten jay idzes", "Kapten timnas Jay Idzes mengatakan para pemain siap tampil habis-habisan.", "jay-idzes", "", false, false},
	{"ola motogp no actor", "Balapan MotoGP Mandalika akan digelar pada awal Oktober dengan kapasitas penonton lebih besar.", "", "", true, false},
	{"ola menpora", "Menpora Dito Ariotedjo meminta federasi cabang olahraga menyiapkan atlet untuk SEA Games.", "dito-ariotedjo", "", false, false},
	{"ola hujan laga ditunda", "Laga pekan ke-12 Liga 1 ditunda karena hujan deras mengguyur Stadion Maguwoharjo.", "", "", true, false},

	// Daerah.
	{"dae gubernur dedi", "Gubernur Jawa Barat Dedi Mulyadi melarang sekolah menggelar study tour ke luar provinsi.", "dedi-mulyadi", "", false, false},
	{"dae pramono", "Gubernur DKI Jakarta Pramono Anung meresmikan perpanjangan rute Transjakarta ke Bekasi.", "pramono-anung", "", false, false},
	{"dae jakarta banjir place", "Hujan deras sejak dini hari membuat sejumlah ruas jalan di Jakarta tergenang.", "", "IDN", true, false},
	{"dae bpbd longsor", "BPBD Kabupaten Cianjur mencatat tiga rumah rusak berat akibat tanah longsor.", "", "", false, false},
	{"dae wali kota surabaya", "Wali Kota Surabaya Eri Cahyadi meminta warga tidak membuang sampah ke sungai.", "eri-cahyadi", "", false, false},
	{"dae khofifah", "Gubernur Jawa Timur Khofifah Indar Parawansa meninjau lokasi ambruknya bangunan pondok pesantren di Sidoarjo.", "khofifah-indar-parawansa", "", false, false},
	{"dae jalan sudirman", "Kemacetan panjang terjadi di Jalan Jenderal Sudirman akibat perbaikan saluran air.", "", "sudirman", true, false},
	{"dae bandara soetta", "Penumpang di Bandara Soekarno-Hatta melonjak menjelang libur akhir tahun.", "", "sukarno soekarno mohammad-hatta", true, false},
	{"dae erupsi lewotobi", "Gunung Lewotobi Laki-laki kembali erupsi dengan tinggi kolom abu mencapai 5.000 meter.", "", "", true, false},
	{"dae pvmbg status", "PVMBG menaikkan status Gunung Lewotobi Laki-laki menjadi Awas.", "idn-pvmbg", "", false, false},
	{"dae bupati pati", "Bupati Pati Sudewo membatalkan kenaikan pajak bumi dan bangunan sebesar 250 persen.", "sudewo", "", false, false},
	{"dae pemprov dki", "Pemprov DKI Jakarta menggratiskan tarif Transjakarta bagi pelajar dan lansia.", "pemprov-dki-jakarta", "", false, false},
	{"dae kebakaran pasar", "Kebakaran melanda Pasar Kramat Jati pada Minggu dini hari dan menghanguskan ratusan kios.", "", "", true, false},

	// Teknologi.
	{"tek komdigi meutya", "Menteri Komunikasi dan Digital Meutya Hafid meminta platform media sosial menghapus konten judi daring.", "meutya-hafid", "", false, false},
	{"tek openai", "OpenAI meluncurkan model kecerdasan buatan terbaru yang diklaim lebih hemat energi.", "openai", "", false, false},
	{"tek google indonesia", "Google menggelontorkan investasi pusat data senilai Rp15 triliun di Indonesia.", "google IDN", "", false, false},
	{"tek bssn serangan", "BSSN mencatat lebih dari 100 juta anomali trafik serangan siber sepanjang 2025.", "idn-bssn", "", false, false},
	{"tek ponsel no actor", "Ponsel lipat terbaru itu dibanderol mulai Rp25 juta di pasar Tanah Air.", "", "IDN", true, false},
	{"tek nvidia huang", "CEO Nvidia Jensen Huang mengatakan permintaan cip kecerdasan buatan masih sangat tinggi.", "jensen-huang nvidia", "", false, false},
	{"tek tiktok tokopedia", "TikTok menyelesaikan integrasi layanan belanja dengan Tokopedia.", "tiktok tokopedia", "", false, false},
	{"tek pakar its", "Pakar keamanan siber Institut Teknologi Sepuluh Nopember Dr. Rudi Hartanto menilai kebocoran data itu serius.", "rudi-hartanto", "", false, false},
	{"tek brin satelit", "BRIN menyiapkan peluncuran satelit pengamat bumi buatan dalam negeri.", "idn-brin", "", false, false},

	// Kesehatan.
	// known: a home body as the event's target (BPJS Kesehatan) is coded IDN/GOV and lists IDN, the events phase's policy
	{"kes menkes budi", "Menkes Budi Gunadi Sadikin meminta rumah sakit tidak menolak pasien peserta BPJS Kesehatan.", "budi-gunadi-sadikin idn-bpjs-health", "", false, true},
	{"kes dokter dr", "Dokter spesialis anak dr. Meilinda Kusuma, Sp.A, mengingatkan orang tua soal pentingnya imunisasi.", "meilinda-kusuma", "", false, false},
	{"kes rsud soetomo", "Pasien keracunan makanan dirujuk ke RSUD Dr. Soetomo Surabaya untuk perawatan intensif.", "", "soetomo", true, false},
	{"kes bpom obat", "BPOM menarik peredaran sirup obat batuk yang tercemar etilen glikol.", "idn-bpom", "", false, false},
	{"kes dbd no actor", "Kasus demam berdarah meningkat tajam seiring datangnya musim hujan.", "", "", true, false},
	{"kes kemenkes campak", "Kementerian Kesehatan menetapkan kejadian luar biasa campak di Kabupaten Sumenep.", "idn-health-ministry", "", false, false},
	{"kes bgn keracunan", "Kepala BGN Dadan Hindayana meminta maaf atas kasus keracunan siswa penerima makan bergizi gratis.", "dadan-hindayana idn-bgn", "", false, false},
	{"kes prof guru besar ugm", "Guru Besar Fakultas Kedokteran UGM Prof. Hasanudin Syahputra menilai vaksinasi dewasa masih rendah.", "hasanudin-syahputra universitas-gadjah-mada", "", false, false},
	{"kes ny pasien", "Ny. Sumiati (67) meninggal dunia setelah tiga hari dirawat di ruang isolasi.", "sumiati", "", false, false},

	// Hiburan.
	{"hib raisa konser", "Penyanyi Raisa Andriana menggelar konser tunggal di Istora Senayan, Jakarta.", "raisa-andriana", "", false, false},
	{"hib film box office", "Film horor itu menembus lima juta penonton dalam tiga pekan penayangan.", "", "", true, false},
	{"hib sutradara joko anwar", "Sutradara Joko Anwar mengumumkan film terbarunya akan tayang pada Lebaran 2026.", "joko-anwar", "", false, false},
	{"hib aktris ny", "Aktris senior Widyawati hadir dalam peluncuran buku biografi mendiang suaminya.", "widyawati", "", false, false},
	{"hib blackpink gbk", "Grup K-pop Blackpink menggelar dua malam konser di Jakarta International Stadium.", "", "", false, false},
	{"hib festival no actor", "Festival musik tahunan itu kembali digelar di kawasan Kemayoran dengan lebih dari seratus penampil.", "", "", true, false},
	{"hib taman ismail marzuki", "Pameran seni rupa kontemporer dibuka di Taman Ismail Marzuki hingga akhir bulan.", "", "ismail-marzuki", true, false},
	{"hib penyanyi menikah", "Penyanyi Rizky Febian dan aktris Mahalini Raharja resmi menikah di Bali.", "rizky-febian mahalini-raharja", "", false, false},

	// Names inside longer names.
	{"nest universitas airlangga", "Rektor Universitas Airlangga Muhammad Madyan melantik 300 guru besar baru.", "muhammad-madyan universitas-airlangga", "airlangga-hartarto", false, false},
	{"nest kri bung tomo", "KRI Bung Tomo-357 dikerahkan untuk mengevakuasi warga dari pulau terdampak.", "", "bung-tomo", false, false},
	{"nest masjid istiqlal", "Ribuan jemaah memadati Masjid Istiqlal untuk salat Iduladha.", "", "", true, false},
	{"nest rs cipto", "Korban kecelakaan bus itu dirawat di RSUPN Dr. Cipto Mangunkusumo.", "", "cipto-mangunkusumo", true, false},
	{"nest universitas gadjah mada", "Universitas Gadjah Mada membuka program beasiswa penuh bagi mahasiswa dari daerah tertinggal.", "universitas-gadjah-mada", "gadjah-mada", false, false},
	{"nest jalan thamrin", "Pengalihan arus diberlakukan di Jalan MH Thamrin selama pawai budaya.", "", "mh-thamrin", true, false},

	// Angkatan, TNI, Polri.
	{"tni panglima", "Panglima TNI Jenderal Agus Subiyanto memerintahkan pengerahan prajurit untuk membantu korban banjir.", "agus-subiyanto idn-armed-forces", "", false, false},
	// known: a home body as the event's source (TNI AL menangkap) is coded IDN and lists IDN, the events phase's policy
	{"tni angkatan laut", "TNI Angkatan Laut menangkap kapal ikan berbendera Vietnam di Laut Natuna Utara.", "idn-navy VNM", "", false, true},
	{"tni angkatan udara", "TNI Angkatan Udara menerima dua pesawat tempur Rafale pertama dari Prancis.", "idn-air-force FRA", "", false, false},
	// known: a home body as the event's source (Bakamla mengusir) is coded IDN and lists IDN, the events phase's policy
	{"tni bakamla tiongkok", "Bakamla mengusir kapal penjaga pantai Tiongkok yang memasuki perairan Natuna.", "idn-coast-guard chn-coast-guard CHN", "", false, true},
	{"int menlu rubio", "Menlu AS Marco Rubio tiba di Kuala Lumpur untuk menghadiri pertemuan menteri luar negeri ASEAN.", "marco-rubio USA asean", "", false, false},
	// known: a home body as the event's source (BMKG memperingatkan) is coded IDN and lists IDN, the events phase's policy
	{"dae cuaca bmkg", "BMKG memperingatkan potensi cuaca ekstrem di wilayah Jawa bagian barat hingga sepekan ke depan.", "idn-bmkg", "", false, true},
	{"hib konser band inggris", "Tiket konser band rock asal Inggris itu ludes dalam hitungan menit.", "GBR", "", false, false},
	// Second batch, written after the rules above and annotated before its
	// first run.
	{"b2 advokat sh mh", "Advokat Bambang Widjojanto, S.H., M.H., menilai putusan itu cacat hukum.", "bambang-widjojanto", "", false, false},
	{"b2 dokter sp pd", "Menurut dr. Aulia Rahman, Sp.PD, penderita diabetes perlu membatasi konsumsi gula.", "aulia-rahman", "", false, false},
	{"b2 psikolog m psi", "Psikolog klinis Nadia Putri, M.Psi., menyarankan orang tua membatasi waktu layar anak.", "nadia-putri", "", false, false},
	{"b2 rsia", "Bayi kembar itu lahir dengan selamat di RSIA Bunda Menteng, Jakarta Pusat.", "", "", true, false},
	{"b2 rsj", "Pasien itu kini menjalani perawatan di RSJ Dr. Radjiman Wediodiningrat Lawang.", "", "radjiman-wediodiningrat", true, false},
	{"b2 rspad gatot", "Presiden Prabowo menjenguk prajurit yang terluka di RSPAD Gatot Soebroto.", "prabowo-subianto", "gatot-soebroto", false, false},
	{"b2 semifinal bulu tangkis", "Gregoria Mariska Tunjung terhenti di semifinal setelah kalah dari wakil Jepang.", "gregoria-mariska-tunjung", "JPN", false, false},
	{"b2 laga kontra", "Laga Indonesia kontra Irak akan digelar di Jeddah pada Sabtu malam.", "", "IDN IRQ", true, false},
	{"b2 perempat final piala asia", "Timnas U-23 Indonesia lolos ke perempat final Piala Asia setelah menundukkan Yordania.", "", "IDN JOR", true, false},
	{"b2 initials rs age", "Sopir truk berinisial RS (45) diamankan setelah menabrak tiga sepeda motor.", "rs", "", false, false},
	// known: a body's building (Gedung DPR) names no body
	{"b2 initials gedung no", "Massa berkumpul di depan Gedung DPR sejak pagi.", "idn-dpr", "", false, true},
	{"b2 negeri sakura", "Negeri Sakura mencatat rekor kunjungan wisatawan asing sepanjang 2025.", "JPN", "", false, false},
	{"b2 korea selatan investasi", "Korea Selatan dan Indonesia menandatangani kerja sama pengembangan pesawat tempur KF-21.", "KOR IDN", "", false, false},
	{"b2 kremlin peskov", "Juru bicara Kremlin Dmitry Peskov mengatakan Moskow terbuka untuk perundingan.", "dmitry-peskov RUS", "", false, false},
	{"b2 tokyo place", "Suhu udara di Tokyo mencapai 38 derajat Celsius pada Selasa.", "", "JPN", true, false},
	{"b2 albanese", "Perdana Menteri Australia Anthony Albanese akan berkunjung ke Jakarta pekan depan.", "anthony-albanese AUS", "francesca-albanese", false, false},
	{"b2 modi", "Perdana Menteri India Narendra Modi menjadi tamu kehormatan upacara Hari Republik.", "narendra-modi IND", "", false, false},
	// known: a home body named with its state's short form (Kementerian Luar Negeri RI) gives the body but not the state where its act gives no event
	{"b2 kemenlu ri", "Kementerian Luar Negeri RI memastikan tidak ada WNI yang menjadi korban gempa.", "idn-foreign-ministry IDN", "", false, true},
	{"b2 kemenkeu", "Kementerian Keuangan mencatat penerimaan pajak hingga Oktober mencapai Rp1.459 triliun.", "idn-finance-ministry", "", false, false},
	{"b2 mahkamah agung as", "Mahkamah Agung AS membatalkan sebagian besar tarif yang diberlakukan pemerintahan Trump.", "usa-supreme-court USA donald-trump", "", false, false},
	{"b2 bupati ny", "Istri bupati, Ny. Rina Handayani, membuka bazar UMKM di alun-alun kota.", "rina-handayani", "", false, false},
	// known: an honorific after an office and its place (Camat Cibeber Bapak Heri Santoso) ends the name's run
	{"b2 bapak camat", "Camat Cibeber Bapak Heri Santoso meminta warga waspada terhadap longsor susulan.", "heri-santoso", "", false, true},
	{"b2 prof ui", "Guru Besar Hukum Tata Negara UI Prof. Satya Arinanto menilai putusan MK bersifat final dan mengikat.", "satya-arinanto universitas-indonesia idn-constitutional-court", "", false, false},
	{"b2 no actor gempa", "Gempa magnitudo 5,6 mengguncang wilayah selatan Jawa Barat tanpa potensi tsunami.", "", "", true, false},
	{"b2 no actor kereta", "Perjalanan kereta cepat Whoosh sempat terganggu akibat gangguan listrik pada Minggu sore.", "", "", true, false},
	{"b2 no actor harga emas", "Harga emas batangan naik Rp12.000 per gram pada perdagangan Senin.", "", "", true, false},
	{"b2 apple", "Apple menunda peluncuran iPhone 16 di Indonesia karena belum memenuhi syarat kandungan lokal.", "apple-inc IDN", "", false, false},
	{"b2 pengamat ugm", "Pengamat ekonomi energi UGM Fahmy Radhi menilai kenaikan harga BBM tidak tepat waktunya.", "fahmy-radhi universitas-gadjah-mada", "", false, false},
	{"b2 angkatan darat", "TNI Angkatan Darat membangun jembatan darurat di Kabupaten Aceh Tamiang.", "idn-army", "", false, false},
	{"b2 film laga", "Aktor Iko Uwais kembali membintangi film laga produksi Hollywood.", "iko-uwais", "", false, false},
}

// TestIDNewsGrid checks idNewsGridRows: the persons, states and
// organizations each row must give and the ids it must not.
func TestIDNewsGrid(t *testing.T) {
	runNameGridOn(t, idNewsGridRows, 130, "2025-11-15")
}
