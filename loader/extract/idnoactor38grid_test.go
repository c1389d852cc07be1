package extract

import "testing"

// idNoActor38GridRows are Indonesian sentences written for the test (made
// up in the style of present-day news of 2015-2026, never copied from a data
// set) for the precision class of issue #12: sentences with many
// capitalized words and few or no actors. Laws and regulations (UU Cipta
// Kerja, Perppu, Peraturan Presiden Nomor 5), programs (Makan Bergizi
// Gratis, Program Keluarga Harapan), events and festivals (Hari
// Kemerdekaan, Piala Dunia 2026, Lebaran, Natal, Imlek, Asian Games),
// religious terms, products and brands used as things (iPhone 16, Toyota
// Avanza, Indomie), diseases and vaccines, weather and disasters (Siklon
// Tropis Seroja), streets, buildings, mosques, stadiums, hospitals and
// airports named after persons, ships and aircraft (KRI Nanggala, pesawat
// Hercules), languages and cuisines, headline-style Title Case sentences,
// nationality adjectives describing things (mobil listrik China, produk
// Korea), places whose name holds a state's (Kampung Inggris, Samudra
// Hindia) and states whose name holds a place's (Papua Nugini, Guinea
// Khatulistiwa, Sudan Selatan), and sentences that open with a capitalized
// common word. About half the rows name no actor; the rest name a few that
// must come out exactly (id/kind/country).
//
// Annotated before the extractor ran on them, by the conventions of
// TestDomesticGrid (domGridProblems: a row must give exactly its wanted
// actors other than places). Article date 2025-11-15.
var idNoActor38GridRows = []domGridRow{
	// Laws and regulations.
	{"law uu cipta kerja mk", "UU Cipta Kerja kembali digugat serikat buruh ke Mahkamah Konstitusi.", []string{"idn-constitutional-court/court/IDN"}},
	{"law perppu", "Perppu Cipta Kerja resmi berlaku sejak diteken pada akhir Desember.", nil},
	{"law perpres nomor 5", "Peraturan Presiden Nomor 5 Tahun 2024 mengatur percepatan pembangunan kawasan perbatasan.", nil},
	{"law pp 28", "Peraturan Pemerintah Nomor 28 Tahun 2024 melarang penjualan rokok secara eceran.", nil},
	{"law uu pdp", "Undang-Undang Perlindungan Data Pribadi mulai berlaku penuh pada Oktober 2024.", nil},
	{"law revisi uu ite dpr", "Revisi UU ITE disahkan dalam rapat paripurna DPR pada Selasa.", []string{"idn-dpr/legislature/IDN"}},
	{"law pasal uu ite", "Pasal 27 UU ITE kerap dipakai untuk melaporkan para pengkritik.", nil},
	{"law permendag", "Peraturan Menteri Perdagangan Nomor 8 Tahun 2024 mengatur impor barang bawaan penumpang.", nil},
	{"law kuhp baru", "KUHP Baru mulai berlaku pada 2 Januari 2026.", nil},
	{"law perda ktr", "Perda Kawasan Tanpa Rokok diterapkan di seluruh Kota Bogor.", nil},
	{"law keppres cuti", "Keputusan Presiden tentang Cuti Bersama Natal diterbitkan pekan lalu.", nil},
	{"law inpres", "Instruksi Presiden Nomor 1 Tahun 2025 memangkas anggaran perjalanan dinas.", nil},
	{"law ruu perampasan aset", "RUU Perampasan Aset masuk Prolegnas Prioritas tahun depan.", nil},
	{"law permenkes", "Permenkes Nomor 2 Tahun 2025 mengatur standar layanan puskesmas.", nil},

	// Programs.
	{"prog mbg", "Program Makan Bergizi Gratis menjangkau 20 juta siswa hingga akhir tahun.", nil},
	{"prog bgn dapur", "Badan Gizi Nasional menambah 5.000 dapur Makan Bergizi Gratis.", []string{"idn-bgn/agency/IDN"}},
	{"prog pkh", "Program Keluarga Harapan disalurkan kepada 10 juta keluarga penerima manfaat.", nil},
	{"prog prakerja", "Kartu Prakerja gelombang baru dibuka pekan depan.", nil},
	{"prog kemensos bpnt", "Kementerian Sosial menyalurkan Bantuan Pangan Non Tunai di Nusa Tenggara Timur.", []string{"idn-social-ministry/agency/IDN"}},
	{"prog sekolah rakyat", "Sekolah Rakyat mulai menerima siswa dari keluarga miskin ekstrem.", nil},
	{"prog tapera", "Program Tapera ditolak sebagian pekerja karena memotong gaji bulanan.", nil},
	{"prog kopdes merah putih", "Koperasi Desa Merah Putih diluncurkan serentak di 80.000 desa.", nil},
	{"prog kip kuliah", "Kartu Indonesia Pintar Kuliah diterima 985.000 mahasiswa tahun ini.", nil},
	{"prog kartu indonesia sehat", "Pemegang Kartu Indonesia Sehat bisa berobat gratis di puskesmas.", nil},
	{"prog prabowo mbg", "Presiden Prabowo Subianto meninjau dapur Makan Bergizi Gratis di Bogor.", []string{"prabowo-subianto/person/IDN"}},

	// Events and festivals.
	{"ev hut ri", "Hari Kemerdekaan Republik Indonesia ke-80 dirayakan dengan lomba di setiap kampung.", nil},
	{"ev lebaran jatuh", "Lebaran tahun ini diperkirakan jatuh pada 31 Maret.", nil},
	{"ev imlek vihara", "Perayaan Imlek di Vihara Dharma Bakti berlangsung khidmat.", nil},
	{"ev misa natal", "Misa Malam Natal di Gereja Katedral Jakarta berlangsung aman dan tertib.", nil},
	{"ev asian games 2026", "Asian Games 2026 di Aichi-Nagoya akan mempertandingkan 41 cabang olahraga.", nil},
	{"ev piala dunia 48 tim", "Piala Dunia 2026 menjadi turnamen pertama dengan 48 tim peserta.", nil},
	{"ev tahun baru imlek", "Tahun Baru Imlek 2577 jatuh pada hari Selasa.", nil},
	{"ev festival danau toba", "Festival Danau Toba kembali digelar setelah vakum dua tahun.", nil},
	{"ev hari santri", "Hari Santri Nasional diperingati setiap 22 Oktober.", nil},
	{"ev sea games", "SEA Games 2025 mempertandingkan lebih dari 50 cabang olahraga.", nil},
	{"ev nyepi ngurah rai", "Hari Raya Nyepi membuat Bandara I Gusti Ngurah Rai ditutup selama 24 jam.", nil},
	{"ev waisak borobudur", "Waisak dirayakan ribuan umat Buddha di Candi Borobudur.", nil},
	{"ev java jazz", "Java Jazz Festival 2025 menghadirkan musisi dari 15 negara.", nil},
	{"ev hari pers nasional", "Hari Pers Nasional 2026 dipusatkan di Provinsi Banten.", nil},
	{"ev hari buruh", "Peringatan Hari Buruh Internasional diwarnai aksi damai di depan Gedung DPR.", nil},
	{"ev fifa jadwal", "FIFA merilis jadwal lengkap Piala Dunia 2026 pada Sabtu.", []string{"fifa/organization"}},

	// Religious terms.
	{"rel jumat agung", "Umat Kristiani memadati gereja untuk ibadah Jumat Agung.", nil},
	{"rel al quran", "Kitab Suci Al-Qur'an dibagikan gratis kepada santri di pondok pesantren.", nil},
	{"rel lailatul qadar", "Lailatul Qadar diyakini jatuh pada malam-malam ganjil terakhir Ramadan.", nil},
	{"rel melasti", "Umat Hindu di Bali menggelar upacara Melasti menjelang Nyepi.", nil},
	{"rel salat id lapangan", "Salat Idulfitri digelar di Lapangan Banteng dengan ribuan jemaah.", nil},
	{"rel rasulullah", "Rasulullah SAW mengajarkan umatnya untuk berbagi kepada sesama.", nil},
	{"rel isra miraj", "Peringatan Isra Mikraj Nabi Muhammad SAW digelar di masjid kampus.", nil},
	{"rel muhammadiyah ramadan", "Muhammadiyah menetapkan 1 Ramadan jatuh pada Sabtu.", []string{"muhammadiyah/organization/IDN"}},
	{"rel mui fatwa", "MUI menerbitkan fatwa haram untuk produk yang mendukung Israel.", []string{"mui/organization/IDN"}},

	// Products and brands used as things.
	{"prod iphone harga", "Harga iPhone 16 Pro dibanderol mulai Rp22 juta di toko resmi.", nil},
	{"prod avanza terlaris", "Toyota Avanza masih menjadi mobil terlaris sepanjang semester pertama.", nil},
	{"prod indomie bekal", "Indomie goreng menjadi bekal favorit para pendaki gunung.", nil},
	{"prod galaxy s25", "Pengguna Samsung Galaxy S25 melaporkan layar berkedip setelah pembaruan.", nil},
	{"prod byd seal", "Mobil listrik BYD Seal laris manis di pameran GIIAS.", nil},
	{"prod beat nmax", "Honda Beat dan Yamaha NMax mendominasi penjualan sepeda motor bulan lalu.", nil},
	{"prod whatsapp down", "Aplikasi WhatsApp sempat tidak bisa diakses selama dua jam pada Rabu malam.", nil},
	{"prod whoosh", "Kereta Cepat Whoosh mengangkut 20.000 penumpang selama libur panjang.", nil},
	{"prod emas antam", "Harga emas Antam naik Rp10.000 per gram pada perdagangan Kamis.", nil},
	{"prod pertamax", "Harga Pertamax turun menjadi Rp12.500 per liter mulai bulan ini.", nil},
	{"prod xiaomi acts", "Xiaomi meluncurkan ponsel Redmi terbaru di Jakarta pada Selasa.", []string{"xiaomi/organization/CHN"}},
	{"prod toyota recall", "Toyota menarik kembali 10.000 unit Innova karena masalah pada rem.", []string{"toyota/organization/JPN"}},
	{"prod pertamina acts", "Pertamina menaikkan harga Pertamax Turbo mulai 1 Oktober.", []string{"pertamina/organization/IDN"}},

	// Diseases and vaccines.
	{"dis sinovac astrazeneca", "Vaksin Sinovac dan AstraZeneca dipakai dalam program vaksinasi massal.", nil},
	{"dis mpox", "Kasus Mpox ditemukan di Jakarta dan Tangerang pekan ini.", nil},
	{"dis omicron", "Virus Corona varian Omicron menyebar cepat pada awal 2022.", nil},
	{"dis dbd", "Demam Berdarah Dengue menewaskan 30 orang di Jawa Barat.", nil},
	{"dis vaksin pfizer", "Vaksin Pfizer diberikan sebagai dosis penguat bagi tenaga kesehatan.", nil},
	{"dis pmk", "Penyakit Mulut dan Kuku menyerang ribuan sapi di Jawa Timur.", nil},
	{"dis sindrom down", "Anak dengan Sindrom Down membutuhkan pendampingan sejak dini.", nil},
	{"dis who mpox", "WHO menyatakan wabah Mpox sebagai darurat kesehatan global.", []string{"who/igo"}},
	{"dis menkes hpv", "Menteri Kesehatan Budi Gunadi Sadikin mengatakan vaksin HPV akan diberikan gratis.", []string{"budi-gunadi-sadikin/person/IDN"}},
	{"dis guinea khatulistiwa", "Guinea Khatulistiwa menutup perbatasannya setelah wabah virus Marburg.", []string{"GNQ"}},

	// Weather and disasters.
	{"wx seroja", "Siklon Tropis Seroja menyebabkan banjir bandang di Flores Timur pada April 2021.", nil},
	{"wx badai matahari", "Badai Matahari diprediksi mengganggu sinyal GPS pekan ini.", nil},
	{"wx gempa cianjur", "Gempa Cianjur bermagnitudo 5,6 menewaskan lebih dari 300 orang.", nil},
	{"wx lewotobi", "Gunung Lewotobi Laki-laki kembali erupsi pada Senin dini hari.", nil},
	{"wx semeru", "Erupsi Gunung Semeru memaksa ratusan warga mengungsi.", nil},
	{"wx siklon mawar", "Siklon Tropis Mawar terpantau di Samudra Pasifik bagian barat.", nil},
	{"wx puting beliung", "Angin Puting Beliung merusak puluhan rumah di Sidoarjo.", nil},
	{"wx bmkg suhu", "BMKG mencatat suhu tertinggi 38 derajat Celsius di Semarang.", []string{"idn-bmkg/agency/IDN"}},
	{"wx bnpb helikopter", "BNPB mengerahkan helikopter untuk memadamkan kebakaran hutan di Riau.", []string{"idn-bnpb/agency/IDN"}},
	{"wx samudra hindia", "Gempa bermagnitudo 6,1 terjadi di Samudra Hindia barat daya Bengkulu.", nil},

	// Streets, buildings, mosques, stadiums and airports named after persons.
	{"name jalan sudirman", "Kemacetan parah terjadi di Jalan Sudirman dan Jalan Thamrin sejak pagi.", nil},
	{"name gbk konser", "Konser itu digelar di Stadion Gelora Bung Karno pada Sabtu malam.", nil},
	{"name soetta arus balik", "Bandara Soekarno-Hatta mencatat 180.000 penumpang pada puncak arus balik.", nil},
	{"name rsup sardjito", "Korban luka dirawat di RSUP Dr. Sardjito Yogyakarta.", nil},
	{"name masjid sheikh zayed", "Masjid Raya Sheikh Zayed di Solo dipadati wisatawan saat libur Lebaran.", nil},
	{"name jalan gatot subroto", "Jalan Gatot Subroto ditutup untuk pawai budaya pada Minggu.", nil},
	{"name bandara ahmad yani", "Bandara Internasional Jenderal Ahmad Yani Semarang menambah rute ke Kuala Lumpur.", nil},
	{"name stadion wayan dipta", "Laga itu dipindahkan ke Stadion Kapten I Wayan Dipta di Gianyar.", nil},
	{"name rs fatmawati", "Pasien DBD memenuhi lorong Rumah Sakit Fatmawati.", nil},
	{"name monumen sudirman", "Monumen Jenderal Sudirman di Pacitan ramai dikunjungi pelajar.", nil},
	{"name taman ismail marzuki", "Taman Ismail Marzuki kembali dibuka setelah direvitalisasi.", nil},
	{"name jalan mh thamrin", "Jalan M.H. Thamrin ditutup selama Jakarta Marathon berlangsung.", nil},
	{"name masjid kh hasyim", "Masjid KH Hasyim Asy'ari di Jakarta Barat menggelar salat gerhana.", nil},
	{"name tol soedijatmo", "Lalu lintas di Jalan Tol Prof. Dr. Ir. Soedijatmo tersendat akibat genangan.", nil},

	// Ships and aircraft.
	{"ship nanggala", "KRI Nanggala-402 tenggelam di perairan utara Bali pada April 2021.", nil},
	{"ship hercules", "Pesawat Hercules C-130 mendarat darurat di Bandara Wamena.", nil},
	{"ship bima suci", "KRI Bima Suci berlayar ke sejumlah negara dalam misi muhibah.", nil},
	{"ship km kelud", "KM Kelud bersandar di Pelabuhan Belawan dengan 2.000 penumpang.", nil},
	{"ship boeing max", "Pesawat Boeing 737 MAX 8 kembali diizinkan terbang di Tanah Air.", nil},
	{"ship rafale lanud", "Jet tempur Rafale pertama tiba di Lanud Roesmin Nurjadin Pekanbaru.", nil},
	{"ship airbus a320", "Pesawat Airbus A320 milik maskapai itu tergelincir di landasan.", nil},
	{"ship tni al bung tomo", "TNI AL mengerahkan KRI Bung Tomo untuk mengevakuasi warga.", []string{"idn-navy/military/IDN"}},

	// Languages and cuisines.
	{"lang bahasa jepang", "Minat belajar bahasa Jepang meningkat di kalangan lulusan SMK.", nil},
	{"lang masakan padang", "Masakan Padang digemari di hampir seluruh kota di Tanah Air.", nil},
	{"lang bahasa arab", "Bahasa Arab diajarkan sejak kelas satu di madrasah itu.", nil},
	{"lang berbahasa mandarin", "Film berbahasa Mandarin itu meraup pendapatan Rp50 miliar.", nil},
	{"lang soto betawi", "Nasi Goreng Jawa dan Soto Betawi dijual di kantin kantor.", nil},
	{"lang restoran jepang kopi vietnam", "Restoran Jepang dan kedai kopi Vietnam bermunculan di Jalan Senopati.", nil},

	// Sports teams in a sports context.
	{"sport persija persib", "Persija Jakarta menang 2-1 atas Persib Bandung di Jakarta International Stadium.", []string{"persija/organization/IDN", "persib/organization/IDN"}},
	{"sport real madrid", "Real Madrid menjuarai Liga Champions untuk ke-15 kalinya.", []string{"real-madrid/organization/ESP"}},
	{"sport bali united psm", "Bali United dan PSM Makassar bermain imbang 1-1 di Gianyar.", []string{"bali-united/organization/IDN", "psm-makassar/organization/IDN"}},
	{"sport liga 1 klasemen", "Klasemen Liga 1 berubah setelah pekan ke-12 Super League.", nil},

	// Headline-style Title Case.
	{"head cabai", "Harga Cabai Rawit Meroket Jelang Natal dan Tahun Baru", nil},
	{"head banjir rendam", "Banjir Rendam Ratusan Rumah di Kabupaten Bandung", nil},
	{"head jadwal piala dunia", "Jadwal Lengkap Piala Dunia 2026 dan Link Nonton Gratis", nil},
	{"head mobil listrik termurah", "Daftar Mobil Listrik Termurah di Indonesia Tahun Ini", nil},
	{"head cek pkh", "Cara Cek Penerima Bansos PKH Lewat Aplikasi", nil},
	{"head prabowo resmikan", "Prabowo Resmikan Bendungan di Nusa Tenggara Timur", []string{"prabowo-subianto/person/IDN"}},
	{"head kemenkes imbau", "Kemenkes Imbau Warga Waspadai Lonjakan Kasus Flu", []string{"idn-health-ministry/agency/IDN"}},
	{"head rupiah menguat", "Rupiah Menguat, Investor Sambut Data Inflasi", nil},
	{"head pemudik merak", "Ribuan Pemudik Padati Pelabuhan Merak Jelang Idulfitri", nil},
	{"head whoosh jadwal", "Kereta Cepat Whoosh Tambah Jadwal Perjalanan Akhir Pekan", nil},
	{"head ojk cabut izin", "OJK Cabut Izin Usaha BPR di Jawa Tengah", []string{"idn-ojk/agency/IDN"}},

	// Nationality adjectives describing things.
	{"nat mobil listrik china", "Mobil listrik China membanjiri pasar otomotif dalam negeri.", nil},
	{"nat produk korea", "Produk Korea mendominasi pasar kosmetik lokal.", nil},
	{"nat drama korea", "Drama Korea masih menjadi tontonan favorit ibu rumah tangga.", nil},
	{"nat baja tiongkok", "Baja impor Tiongkok dikenai bea masuk antidumping.", nil},
	{"nat kurma mesir", "Kurma Mesir dan kurma Tunisia dijual di Pasar Tanah Abang.", nil},
	{"nat kopi brasil", "Kopi Brasil dan kopi Kolombia bersaing dengan kopi Gayo di pasar ekspor.", nil},
	{"nat daging australia", "Daging sapi Australia lebih murah dibanding daging lokal.", nil},
	{"nat motor india", "Sepeda motor buatan India mulai dijual di diler resmi.", nil},
	{"nat anime jepang", "Anime Jepang dan film Hollywood mendominasi layar bioskop bulan ini.", nil},

	// Places whose name holds a state's, and states whose name holds a place's.
	{"pl papua nugini indonesia", "Papua Nugini dan Indonesia sepakat memperkuat patroli di perbatasan.", []string{"PNG", "IDN"}},
	{"pl papua selatan", "Provinsi Papua Selatan mulai membangun kantor gubernur baru.", nil},
	{"pl timor leste asean", "Timor Leste resmi menjadi anggota ASEAN ke-11.", []string{"TLS", "asean/igo"}},
	{"pl kongo rwanda", "Republik Demokratik Kongo menuduh Rwanda melanggar perjanjian damai.", []string{"COD", "RWA"}},
	{"pl sudan selatan", "Sudan Selatan mengalami krisis pangan terburuk dalam satu dekade.", []string{"SSD"}},
	{"pl kampung inggris", "Kampung Inggris di Pare, Kediri, dipadati pelajar selama libur semester.", nil},
	{"pl kampung arab", "Kampung Arab di Pekojan ramai dikunjungi wisatawan religi.", nil},
	{"pl laut china selatan", "Cuaca buruk melanda perairan Laut China Selatan pekan ini.", nil},
	{"pl selat malaka", "Sebuah kapal tanker bocor di Selat Malaka pada Kamis dini hari.", nil},

	// Sentences that open with a capitalized common word.
	{"open sebanyak", "Sebanyak 2.000 warga mengikuti jalan sehat di alun-alun kota.", nil},
	{"open menurut data", "Menurut data terbaru, angka pengangguran turun menjadi 4,8 persen.", nil},
	{"open selain itu", "Selain itu, warga diminta tidak membakar sampah sembarangan.", nil},
	{"open setelah hujan", "Setelah hujan reda, petugas membersihkan material longsor.", nil},
	{"open berbeda", "Berbeda dengan tahun lalu, arus mudik kali ini lebih lancar.", nil},
	{"open ketua rt", "Ketua RT setempat mengatakan warga sudah mengungsi sejak pagi.", nil},
	{"open jumat berkah", "Jumat Berkah: Warga Bagikan Nasi Bungkus untuk Pengemudi Ojek", nil},
	{"open adapun", "Adapun sisa anggaran akan dipakai untuk memperbaiki jembatan desa.", nil},
	{"open sementara itu bi", "Sementara itu, Bank Indonesia memperkirakan inflasi tetap terkendali.", []string{"idn-central-bank/agency/IDN"}},
	// Actors beside many capitalized things.
	{"act kemendag iphone", "Kementerian Perdagangan membatasi impor iPhone 16 yang belum memenuhi syarat TKDN.", []string{"idn-trade-ministry/agency/IDN"}},
	{"act prabowo gbk timnas", "Presiden Prabowo Subianto menonton laga Piala Dunia di Stadion Gelora Bung Karno.", []string{"prabowo-subianto/person/IDN"}},
	{"act menag isbat", "Menteri Agama Nasaruddin Umar memimpin sidang isbat penetapan Idulfitri.", []string{"nasaruddin-umar/person/IDN"}},
	{"act kapolri natal sudirman", "Kapolri Listyo Sigit Prabowo meninjau pos pengamanan Natal di Jalan Sudirman.", []string{"listyo-sigit-prabowo/person/IDN"}},
	{"act bpom kosmetik", "BPOM menarik sejumlah produk kosmetik impor yang mengandung merkuri.", []string{"idn-bpom/agency/IDN"}},
	{"act jepang indonesia kapal", "Jepang dan Indonesia menandatangani perjanjian pengadaan kapal perang.", []string{"JPN", "IDN"}},
	{"act kemenag idul adha", "Kementerian Agama menetapkan Hari Raya Idul Adha jatuh pada Jumat.", []string{"idn-religious-affairs-ministry/agency/IDN"}},
	{"act mk uu pemilu", "Mahkamah Konstitusi mengabulkan sebagian gugatan terhadap UU Pemilu.", []string{"idn-constitutional-court/court/IDN"}},
	{"act dedi mulyadi soekarno hatta", "Gubernur Jawa Barat Dedi Mulyadi meninjau banjir di Jalan Soekarno-Hatta Bandung.", []string{"dedi-mulyadi/person/IDN"}},
	{"act pramono ganjil genap", "Gubernur Jakarta Pramono Anung memperluas aturan ganjil-genap ke Jalan Gatot Subroto.", []string{"pramono-anung/person/IDN"}},
	{"act pln suralaya", "PLN memadamkan listrik bergilir selama perbaikan PLTU Suralaya.", []string{"pln/organization/IDN"}},
	{"act kpk alphard", "KPK menyita Toyota Alphard milik mantan pejabat itu.", []string{"idn-kpk/agency/IDN"}},
	{"act polda metro marathon", "Polda Metro Jaya menutup Jalan Jenderal Sudirman selama Jakarta Marathon.", []string{"polda-metro-jaya/agency/IDN"}},
	{"act malaysia sar", "Malaysia mengirim tim SAR ke Palu setelah gempa bermagnitudo 7,4.", []string{"MYS"}},
	{"act sugiono png", "Menlu Sugiono bertemu Menlu Papua Nugini Justin Tkatchenko di Port Moresby.", []string{"sugiono/person/IDN", "justin-tkatchenko/person/PNG", "PNG"}},
	{"act gibran festival", "Wapres Gibran Rakabuming Raka membuka Festival Budaya Nusantara di Solo.", []string{"gibran-rakabuming-raka/person/IDN"}},
	{"act basarnas cn235", "Basarnas mengerahkan KRI Bontang dan pesawat CN-235 untuk mencari korban.", []string{"idn-basarnas/agency/IDN"}},
	{"act garuda boeing 777", "Garuda Indonesia mengoperasikan Boeing 777 untuk penerbangan haji.", []string{"garuda-indonesia/organization/IDN"}},
	{"act nu muktamar", "Nahdlatul Ulama menggelar Muktamar ke-35 di Surabaya pada Agustus.", []string{"nahdlatul-ulama/organization/IDN"}},
	{"act ojk pinjol", "Otoritas Jasa Keuangan memblokir 500 pinjol ilegal sepanjang Oktober.", []string{"idn-ojk/agency/IDN"}},
}

// idNoActor38Known are the rows of TestIDNoActor38Grid the extractor still
// fails, with the reason.
var idNoActor38Known = map[string]string{
	"nat motor india":             "the project counts the state after 'buatan' as an actor (\"Drone buatan Iran\" in the translated-news grid); 'buatan' is also 'artificial' (\"kecerdasan buatan Anthropic\"), so it was left out of not_actor_after",
	"rel mui fatwa":               "a state as the object of support in a noun phrase ('produk yang mendukung Israel') is read as an actor",
	"head mobil listrik termurah": "the project counts a state named as where a thing is (\"di Indonesia\") as an actor, in headlines as in text; the row reads it as no actor and was left to that convention",
	"nat baja tiongkok":           "a state's name after 'impor' ('Baja impor Tiongkok') is read as the state",
}

// TestIDNoActor38Grid checks idNoActor38GridRows.
func TestIDNoActor38Grid(t *testing.T) {
	runDomGrid(t, idNoActor38GridRows, idNoActor38Known, "2025-11-15")
}

// idNoActor38Batch2Rows are a second batch in the same class, written and
// annotated after the first batch's rules and before their first run.
var idNoActor38Batch2Rows = []domGridRow{
	{"b2 honda brio", "Honda Brio menjadi mobil murah paling laris di kalangan keluarga muda.", nil},
	{"b2 wuling air ev", "Pembeli mobil listrik Wuling mendapat potongan pajak dari pemerintah daerah.", nil},
	{"b2 ponsel pintar china", "Ponsel pintar China menguasai separuh pasar di Tanah Air.", nil},
	{"b2 vaksin moderna", "Vaksin Moderna dan Novavax tiba di Bandara Soekarno-Hatta pada Senin malam.", nil},
	{"b2 produk jepang", "Produk Jepang masih dianggap lebih awet oleh konsumen lokal.", nil},
	{"b2 hari nasional korea", "Resepsi Hari Nasional Korea Selatan digelar di sebuah hotel di Jakarta.", nil},
	{"b2 airbus 320 haji", "Maskapai itu menyewa dua pesawat Airbus 330 untuk mengangkut jemaah umrah.", nil},
	{"b2 kopi vietnam", "Kopi susu Vietnam menjadi menu andalan kedai itu.", nil},
	{"b2 perpres ikn", "Perpres Nomor 75 Tahun 2024 mengatur percepatan pembangunan Ibu Kota Nusantara.", nil},
	{"b2 hari raya kuningan", "Hari Raya Kuningan dirayakan umat Hindu sepuluh hari setelah Galungan.", nil},
	{"b2 stadion jakabaring", "Timnas U-17 berlatih di Stadion Gelora Sriwijaya Jakabaring pada Kamis sore.", nil},
	{"b2 toyota acts", "Toyota Astra Motor menaikkan harga Innova Zenix mulai bulan depan.", []string{"toyota/organization/JPN"}},
	{"b2 kemenkes vaksin", "Kementerian Kesehatan mendatangkan vaksin Sinovac untuk anak usia sekolah.", []string{"idn-health-ministry/agency/IDN"}},
	{"b2 kemendag produk china", "Kementerian Perdagangan memperketat pengawasan produk tekstil impor.", []string{"idn-trade-ministry/agency/IDN"}},
	{"b2 samsung acts", "Samsung membuka pabrik baru di Cikarang untuk merakit ponsel Galaxy.", []string{"samsung/organization/KOR"}},
	{"b2 malaysia indonesia", "Malaysia dan Indonesia sepakat memperkuat kerja sama perdagangan minyak sawit.", []string{"MYS", "IDN"}},
	{"b2 gibran hut ri", "Wapres Gibran Rakabuming Raka memimpin upacara Hari Kemerdekaan di Ibu Kota Nusantara.", []string{"gibran-rakabuming-raka/person/IDN"}},
	{"b2 bmkg siklon", "BMKG memantau Siklon Tropis Errol yang bergerak menjauhi wilayah Indonesia.", []string{"idn-bmkg/agency/IDN"}},
}

// idNoActor38Batch2Known are the rows of idNoActor38Batch2Rows the
// extractor still fails, with the reason.
var idNoActor38Batch2Known = map[string]string{
	"b2 bmkg siklon": "the project counts a state named as a place (\"wilayah Indonesia\") as an actor; the row reads it as no actor and was left to that convention",
}

// TestIDNoActor38Batch2 checks idNoActor38Batch2Rows.
func TestIDNoActor38Batch2(t *testing.T) {
	runDomGrid(t, idNoActor38Batch2Rows, idNoActor38Batch2Known, "2025-11-15")
}
