package extract

import (
	"testing"
)

// idPrec37Row is a row of the Indonesian precision grid 37 of issue #12:
// want is the exact set of ids (persons, states, bodies, organizations;
// places are ignored) a careful analyst would list, empty for none.
type idPrec37Row = wantRow

// idPrec37Rows are present-day (2022-2026) Indonesian news sentences
// written for the precision grid 37 of issue #12 (composed in the style of
// the news, never copied from a data set) and annotated before the
// extractor ran on them: economy, weather, health, sport, culture,
// religion, lifestyle, technology, regional, court and crime news and
// politics, full of words that must give no actor: capitalized common
// words at sentence start and in headlines, products and brands, festivals
// and events, religious terms, titles of works, streets, airports,
// stadiums and buildings named after persons, nationality adjectives of
// food, language and style, currencies, companies whose name holds a
// state's, given names used as ordinary words, months and days, and
// ordinary acronyms (PPN, UMKM, BBM, APBN, PHK, KUR, PBB the land tax).
// Rows with a genuine actor want exactly it.
var idPrec37Rows = []idPrec37Row{
	// Economy.
	{"ekonomi ihsg asing", "IHSG ditutup melemah 0,8 persen pada Jumat sore seiring aksi jual investor asing.", "", false},
	{"ekonomi rupiah dolar as", "Rupiah melemah ke level Rp16.450 per dolar AS pada perdagangan Selasa pagi.", "", false},
	{"ekonomi yuan yen", "Yuan China dan yen Jepang ikut tertekan menjelang rilis data inflasi.", "", false},
	{"ekonomi brent", "Harga minyak mentah jenis Brent naik ke 82 dolar AS per barel.", "", false},
	{"ekonomi bi rate bank", "Bank Indonesia mempertahankan BI-Rate di level 6 persen dalam Rapat Dewan Gubernur bulan ini.", "idn-central-bank", false},
	{"ekonomi bi rate alone", "BI Rate yang tinggi membuat bunga kredit pemilikan rumah sulit turun.", "", false},
	{"ekonomi ppn", "Penerimaan PPN dalam negeri naik 12 persen dibanding periode yang sama tahun lalu.", "", false},
	{"ekonomi umkm", "Pelaku UMKM di sektor kuliner mengeluhkan sepinya pembeli sejak awal bulan.", "", false},
	{"ekonomi bbm antrean", "Antrean BBM bersubsidi terlihat di sejumlah SPBU di Kabupaten Jember.", "", false},
	{"ekonomi apbn defisit", "Defisit APBN hingga akhir Oktober tercatat 2,1 persen terhadap PDB.", "", false},
	{"ekonomi phk tekstil", "Gelombang PHK di industri tekstil terus berlanjut hingga kuartal ketiga.", "", false},
	{"ekonomi kur", "Penyaluran KUR untuk petani dan nelayan ditargetkan mencapai Rp300 triliun.", "", false},
	{"ekonomi menkeu", "Menteri Keuangan Sri Mulyani Indrawati mengatakan defisit anggaran masih terkendali.", "sri-mulyani", false},
	{"ekonomi inflasi november", "Inflasi tahunan pada November tercatat 2,3 persen, terendah dalam tiga tahun terakhir.", "", false},
	{"ekonomi ump", "Kenaikan UMP tahun depan dinilai belum sebanding dengan biaya hidup pekerja.", "", false},
	{"ekonomi euro pound", "Kurs euro dan poundsterling Inggris melemah terhadap dolar AS.", "", false},
	{"ekonomi ringgit", "Ringgit Malaysia menguat tipis terhadap dolar Singapura pada Selasa.", "", false},
	{"ekonomi won", "Mata uang won Korea Selatan jatuh ke level terendah sejak 2009.", "", false},
	{"ekonomi beras vietnam", "Sebagian warga memilih beras Vietnam yang lebih murah dibanding beras lokal.", "", false},
	{"ekonomi pertalite", "Kuota BBM jenis Pertalite di sejumlah daerah mulai menipis.", "", false},
	{"ekonomi semen indonesia", "Semen Indonesia mencatat kenaikan laba bersih 15 persen pada kuartal ketiga.", "semen-indonesia", false},
	{"ekonomi aramco pertamina", "Saudi Aramco menandatangani kerja sama pasokan minyak mentah dengan Pertamina.", "saudi-aramco pertamina", false},
	{"ekonomi harbolnas", "Promo Harbolnas 12.12 membuat transaksi belanja daring melonjak.", "", false},

	// Weather.
	{"cuaca jabodetabek", "Hujan lebat disertai angin kencang diprakirakan melanda Jabodetabek pada Kamis sore.", "", false},
	{"cuaca bmkg gelombang", "BMKG memperingatkan potensi gelombang tinggi hingga empat meter di perairan selatan Jawa.", "idn-bmkg", false},
	{"cuaca suhu medan", "Suhu panas di Kota Medan mencapai 35 derajat Celsius pada Sabtu siang.", "", false},
	{"cuaca la nina", "Fenomena La Nina diperkirakan berlangsung hingga Februari tahun depan.", "", false},
	{"cuaca puncak musim hujan", "Puncak musim hujan diprediksi terjadi pada Januari dan Februari.", "", false},
	{"cuaca banjir hayam wuruk", "Banjir menggenangi Jalan Hayam Wuruk dan Jalan Gajah Mada setinggi 30 sentimeter.", "", false},
	{"cuaca el nino kemarau", "El Nino membuat kemarau tahun ini lebih panjang dan kering dari biasanya.", "", false},

	// Health.
	{"kesehatan dbd bogor", "Kasus DBD di Kabupaten Bogor meningkat dua kali lipat dibanding tahun lalu.", "", false},
	{"kesehatan kemenkes tbc", "Kementerian Kesehatan mencatat 1.200 kasus baru tuberkulosis pekan ini.", "idn-health-ministry", false},
	{"kesehatan alzheimer parkinson", "Penyakit Alzheimer dan Parkinson lebih banyak menyerang warga lanjut usia.", "", false},
	{"kesehatan nipah", "Virus Nipah belum pernah ditemukan di Tanah Air, namun warga diminta tetap waspada.", "", false},
	{"kesehatan rsud soetomo", "Pasien itu dirujuk ke RSUD Dr. Soetomo Surabaya setelah kondisinya memburuk.", "", false},
	{"kesehatan parasetamol", "Obat sirup parasetamol kembali dijual bebas di apotek.", "", false},
	{"kesehatan diet jepang", "Diet Mediterania dan pola makan ala Jepang disebut baik untuk kesehatan jantung.", "", false},
	{"kesehatan bpjs", "BPJS Kesehatan menaikkan tarif layanan cuci darah bagi rumah sakit mitra.", "idn-bpjs-health", false},

	// Sport.
	{"olahraga piala dunia 2026", "Piala Dunia 2026 akan digelar di tiga negara Amerika Utara.", "", false},
	{"olahraga tiket gbk", "Tiket laga di Stadion Gelora Bung Karno ludes dalam dua jam.", "", false},
	{"olahraga indonesia open", "Pebulu tangkis tunggal putra itu melaju ke final Indonesia Open.", "", false},
	{"olahraga mandalika", "Para pembalap MotoGP akan menjajal Sirkuit Mandalika pada awal Maret.", "", false},
	{"olahraga jakarta marathon", "Gelaran Jakarta Marathon diikuti lebih dari 20.000 pelari dari 40 negara.", "", false},
	{"olahraga liga inggris", "Liga Inggris musim ini berlangsung sangat ketat di papan atas klasemen.", "", false},
	{"olahraga jersey batik", "Jersey baru bernuansa batik itu dijual mulai Rp1,2 juta di toko resmi.", "", false},
	{"olahraga asian games venue", "Asian Games 2018 meninggalkan sejumlah venue yang kini terbengkalai.", "", false},
	{"olahraga pssi pelatih", "PSSI menunjuk pelatih baru untuk tim nasional U-20.", "pssi", false},
	{"olahraga piala presiden", "Piala Presiden kembali digelar sebagai turnamen pramusim.", "", false},
	{"olahraga olimpiade paris", "Olimpiade Paris 2024 menjadi ajang pertama bagi atlet panjat tebing itu.", "", false},

	// Culture.
	{"budaya jazz prambanan", "Festival Jazz Prambanan kembali digelar di pelataran candi pada akhir pekan.", "", false},
	// known: org_create_heads makes "Museum X" an organization (as precgrid's "Museum Louvre"); a museum that acts is one, so it was left
	{"budaya museum affandi", "Museum Affandi di Yogyakarta ramai dikunjungi wisatawan saat libur sekolah.", "", true},
	{"budaya kecak pendet", "Tari Kecak dan tari Pendet dipentaskan untuk menyambut wisatawan di Uluwatu.", "", false},
	{"budaya masakan jepang korea", "Masakan Jepang dan Korea makin digemari pelajar di kota-kota besar.", "", false},
	{"budaya kursus bahasa", "Kursus bahasa Inggris dan bahasa Mandarin banyak diminati menjelang tahun ajaran baru.", "", false},
	{"budaya gaya rambut korea", "Gaya rambut ala Korea sedang tren di kalangan remaja.", "", false},
	{"budaya laskar pelangi", "Novel Laskar Pelangi dicetak ulang untuk ke-50 kalinya.", "", false},
	{"budaya bengawan solo", "Lagu Bengawan Solo dinyanyikan paduan suara pelajar pada upacara penutupan.", "", false},
	{"budaya gadis kretek", "Serial Gadis Kretek masuk nominasi festival film internasional.", "", false},
	{"budaya batik tenun", "Batik Pekalongan dan tenun Sumba dipamerkan di pusat perbelanjaan.", "", false},
	{"budaya pekan raya", "Pekan Raya Jakarta dibuka dengan pesta kembang api.", "", false},
	{"budaya kaa gedung merdeka", "Konferensi Asia Afrika diperingati setiap April di Gedung Merdeka Bandung.", "", false},

	// Religion.
	{"agama doa allah", "Umat Islam diimbau memperbanyak doa kepada Allah selama bulan Ramadan.", "", false},
	{"agama kehendak tuhan", "\"Semua ini sudah kehendak Tuhan,\" kata seorang korban banjir.", "", false},
	{"agama maulid nabi", "Peringatan Maulid Nabi Muhammad SAW digelar di masjid-masjid sepanjang pekan.", "", false},
	{"agama istiqlal tarawih", "Ribuan jemaah memadati Masjid Istiqlal untuk salat tarawih pertama.", "", false},
	{"agama idul adha senin", "Hari Raya Idul Adha tahun ini jatuh pada hari Senin.", "", false},
	{"agama galungan", "Perayaan Hari Raya Galungan berlangsung meriah di desa-desa Bali.", "", false},
	{"agama kemenag syawal", "Kementerian Agama menetapkan 1 Syawal jatuh pada Rabu setelah sidang isbat.", "idn-religious-affairs-ministry", false},
	{"agama kloter haji", "Kloter pertama jemaah haji mulai diberangkatkan ke Tanah Suci pada awal Mei.", "", false},
	{"agama katedral natal", "Gereja Katedral menggelar misa Natal tiga kali untuk menampung umat.", "", false},
	{"agama makam sunan ampel", "Makam Sunan Ampel dipadati peziarah menjelang Ramadan.", "", false},
	{"agama insya allah", "\"Insya Allah tahun depan kami berangkat umrah,\" tutur seorang pedagang.", "", false},

	// Lifestyle.
	{"gaya hidup kafe jepang", "Kafe bergaya Jepang itu menyajikan matcha latte dan roti melon.", "", false},
	{"gaya hidup bali labuan bajo", "Liburan ke Bali dan Labuan Bajo masih menjadi favorit wisatawan domestik.", "", false},
	{"gaya hidup skandinavia", "Rumah bergaya Skandinavia kian diminati pasangan muda di perkotaan.", "", false},
	{"gaya hidup judul skincare korea", "Tren Skincare Korea Masih Diminati Remaja", "", false},
	{"gaya hidup judul resep", "Resep Ayam Bakar Taliwang ala Rumahan yang Gurih dan Pedas", "", false},
	{"gaya hidup masakan thailand", "Restoran masakan Thailand itu selalu penuh saat jam makan siang.", "", false},
	{"gaya hidup kari jepang", "Roti Maryam dan kari Jepang menjadi menu favorit di bazar Ramadan.", "", false},

	// Technology.
	{"teknologi iphone ios", "Pengguna iPhone 16 mengeluhkan baterai yang cepat panas setelah pembaruan iOS.", "", false},
	{"teknologi judul akun", "Cara Mengaktifkan Verifikasi Dua Langkah di Akun Surel dengan Mudah", "", false},
	{"teknologi 5g", "Jaringan 5G sudah tersedia di 50 kota, namun kecepatannya belum merata.", "", false},
	{"teknologi chatgpt", "Kecerdasan buatan seperti ChatGPT kini banyak dipakai mahasiswa untuk mengerjakan tugas.", "", false},
	{"teknologi samsung peluncuran", "Samsung meluncurkan ponsel lipat terbarunya di Seoul pada Rabu.", "samsung", false},
	{"teknologi komdigi blokir", "Kementerian Komunikasi dan Digital memblokir ribuan situs judi daring sepanjang pekan ini.", "idn-communication-ministry", false},
	{"teknologi android", "Pembaruan Android 15 menghadirkan fitur pencurian data yang lebih ketat.", "", false},

	// Regional.
	{"daerah gotong royong", "Warga Desa Sukamaju bergotong royong membersihkan saluran irigasi.", "", false},
	{"daerah tanah abang", "Pasar Tanah Abang dipadati pembeli menjelang Lebaran.", "", false},
	{"daerah bandara hasanuddin", "Bandara Sultan Hasanuddin di Makassar melayani 20.000 penumpang per hari.", "", false},
	{"daerah tanjung priok", "Pelabuhan Tanjung Priok mengalami antrean truk hingga lima kilometer.", "", false},
	{"daerah jalan ahmad yani", "Jalan Jenderal Ahmad Yani di Bekasi ditutup sementara karena perbaikan.", "", false},
	{"daerah rumah makan padang", "Rumah makan Padang di Jalan Pemuda itu sudah berjualan sejak 1980.", "", false},
	{"daerah kampung rambutan", "Terminal Kampung Rambutan dipadati penumpang bus antarkota.", "", false},
	{"daerah ugm mahasiswa", "Universitas Gadjah Mada menerima 10.000 mahasiswa baru tahun ini.", "universitas-gadjah-mada", false},
	{"daerah bandara soetta", "Penumpang di Bandara Soekarno-Hatta diminta tiba tiga jam sebelum keberangkatan.", "", false},
	{"daerah jalan diponegoro", "Pohon beringin tua di Jalan Pangeran Diponegoro tumbang diterjang angin.", "", false},

	// Court and crime.
	{"hukum vonis curanmor", "Terdakwa kasus pencurian sepeda motor itu divonis dua tahun penjara.", "", false},
	{"hukum begal warga", "Dua pelaku begal ditangkap warga di Jalan Raya Bogor pada Minggu dini hari.", "", false},
	{"hukum kpk bupati", "KPK menetapkan seorang bupati sebagai tersangka suap proyek jalan.", "idn-kpk", false},
	{"hukum sidang perdana", "Sidang perdana kasus penipuan investasi bodong itu digelar Kamis pekan depan.", "", false},
	{"hukum sabu medan", "Barang bukti berupa 5 kilogram sabu disita dari sebuah rumah di Medan.", "", false},
	{"hukum pasal kuhp", "Pasal 340 KUHP tentang pembunuhan berencana dikenakan kepada tersangka.", "", false},
	{"hukum kejagung timah", "Kejaksaan Agung menyita aset senilai Rp1 triliun dalam kasus korupsi timah.", "idn-attorney-general", false},

	// Politics.
	{"politik pemilu 2029", "Pemilu 2029 diperkirakan diikuti lebih dari 200 juta pemilih.", "", false},
	// known: the project's grids (idintlgrid, igogrid) count the body in "KTT ASEAN", "KTT NATO" as an actor; left to that convention
	{"politik ktt asean event", "KTT ASEAN ke-46 akan digelar di Kuala Lumpur pada Mei.", "", true},
	{"politik debat capres", "Debat capres putaran kedua membahas isu pertahanan dan hubungan internasional.", "", false},
	{"politik hut ri istana", "Hari Kemerdekaan ke-80 dirayakan dengan upacara di Istana Merdeka.", "", false},
	{"politik prabowo lantik", "Presiden Prabowo Subianto melantik menteri baru di Istana Negara.", "prabowo-subianto", false},
	{"politik quick count", "Hasil hitung cepat sejumlah lembaga survei menunjukkan selisih suara tipis.", "", false},
	{"politik dpr apbn", "DPR mengesahkan APBN 2026 dalam rapat paripurna pada Kamis.", "idn-dpr", false},
	{"politik hari pahlawan", "Hari Pahlawan diperingati dengan tabur bunga di Taman Makam Pahlawan Kalibata.", "", false},

	// Given names and month names used as ordinary words.
	{"kata umum bintang tamu", "Bintang tamu acara itu baru tiba menjelang tengah malam.", "", false},
	{"kata umum sari kurma", "Sari kurma dan madu banyak dicari pembeli selama bulan puasa.", "", false},
	{"kata umum cahaya lampu", "Cahaya lampu hias menerangi sepanjang jalan protokol menjelang Natal.", "", false},
	{"kata umum intan berlian", "Intan dan berlian hasil tambang Martapura dipajang di pameran perhiasan.", "", false},
	{"bulan agustus bendera", "Agustus menjadi bulan tersibuk bagi perajin bendera di Kota Bandung.", "", false},
	{"bulan juni tarif tol", "Juni nanti, tarif tol di sejumlah ruas akan naik.", "", false},
	{"hari selasa kliwon", "Selasa Kliwon dianggap hari baik oleh sebagian warga untuk menggelar hajatan.", "", false},
	{"kata umum mulia niat", "\"Mulia sekali niat para relawan itu,\" kata seorang pengunjung pantai.", "", false},

	// Headlines.
	{"judul beras premium", "Harga Beras Premium Naik Lagi, Pedagang Mengeluh Sepi Pembeli", "", false},
	{"judul sim keliling", "Jadwal SIM Keliling Hari Ini di Jakarta Barat dan Jakarta Timur", "", false},
	{"judul libur nasional", "Daftar Libur Nasional dan Cuti Bersama Tahun Depan", "", false},
	{"judul tips berkendara", "Tips Aman Berkendara Saat Hujan Deras Mengguyur", "", false},

	// Ordinary acronyms.
	{"singkatan pbb pajak", "Warga diminta melunasi PBB sebelum jatuh tempo pada 31 Agustus.", "", false},
	{"singkatan thr asn", "Pencairan THR bagi ASN dan pensiunan dimulai pekan depan.", "", false},
	{"singkatan cpns pppk", "Pendaftaran CPNS dan PPPK dibuka serentak mulai bulan depan.", "", false},
	{"singkatan spt tahunan", "Pelaporan SPT Tahunan bisa dilakukan secara daring hingga akhir Maret.", "", false},
	{"singkatan sim stnk", "Pengemudi diminta memeriksa masa berlaku SIM dan STNK sebelum mudik.", "", false},
	{"singkatan utbk", "Hasil UTBK diumumkan pada pertengahan Juni.", "", false},

	// Companies whose name holds a state's.
	{"perusahaan garuda indonesia", "Garuda Indonesia menambah 20 penerbangan tambahan selama musim libur Natal.", "garuda-indonesia", false},
	{"perusahaan singapore airlines", "Singapore Airlines kembali membuka rute langsung ke Labuan Bajo.", "singapore-airlines", false},
	{"perusahaan qatar airways", "Qatar Airways menambah frekuensi penerbangan ke Denpasar mulai bulan depan.", "qatar-airways", false},
	{"perusahaan malaysia airlines", "Malaysia Airlines membuka rute baru Kuala Lumpur-Lombok.", "malaysia-airlines", false},
	{"perusahaan telkom indonesia", "Telkom Indonesia membangun pusat data baru di Batam.", "telkom-indonesia", false},
}

// idPrec37Batch2Rows are the second batch of the grid, written and
// annotated after the rules of the first batch and before the extractor
// ran on them, to check the rules generalize.
var idPrec37Batch2Rows = []idPrec37Row{
	{"b2 kenaikan pbb-p2", "Kenaikan PBB-P2 hingga 250 persen memicu protes warga di Pati.", "", false},
	{"b2 membayar pkb", "Warga kini bisa membayar PKB secara daring lewat aplikasi ponsel.", "", false},
	{"b2 pemutihan pkb", "Program pemutihan PKB diperpanjang hingga akhir tahun.", "", false},
	{"b2 penandatanganan pks", "Penandatanganan PKS antara sekolah dan rumah sakit itu digelar Senin.", "", false},
	{"b2 kenaikan bi rate", "Kenaikan BI Rate diperkirakan menekan penyaluran kredit perbankan.", "", false},
	{"b2 bi checking", "Nasabah yang namanya tercatat buruk di BI Checking sulit mendapat kredit.", "", false},
	{"b2 rute kuala lumpur labuan bajo", "Rute baru Kuala Lumpur-Labuan Bajo mulai dilayani pekan depan.", "", false},
	{"b2 penerbangan langsung tokyo", "Penerbangan langsung Tokyo-Denpasar kembali dibuka setelah empat tahun.", "", false},
	{"b2 para pemain persib", "Para pemain Persib berlatih di Stadion Gelora Bandung Lautan Api.", "persib", false},
	{"b2 sejumlah pebalap formula e", "Sejumlah pebalap Formula E menjajal lintasan di Ancol.", "", false},
	{"b2 penggemar k-pop", "Para penggemar K-Pop memadati bandara menyambut idola mereka.", "", false},
	{"b2 songket ulos", "Songket Palembang dan ulos Batak dipamerkan di pameran kriya.", "", false},
	{"b2 kain toraja batik lasem", "Kain Toraja dan batik Lasem laris di pameran UMKM.", "", false},
	{"b2 restoran bergaya italia", "Restoran bergaya Italia itu menyajikan piza dan pasta buatan sendiri.", "", false},
	{"b2 mie korea", "Mie Korea instan pedas menjadi tantangan populer di media sosial.", "", false},
	{"b2 aksen inggris", "Aksen Inggris yang kental membuat tokoh itu mudah dikenali penonton.", "", false},
	{"b2 album barisan", "Album Barisan Patah Hati dirilis pada Jumat.", "", false},
	{"b2 skincare jepang kosmetik korea", "Skincare Jepang dan kosmetik Korea mendominasi rak toko kecantikan.", "", false},
	{"b2 khas aceh khas jepang", "Kopi khas Aceh dan teh khas Jepang disajikan di festival itu.", "", false},
	{"b2 beberapa pelatih liga 1", "Beberapa pelatih Liga 1 mengkritik jadwal yang padat.", "", false},
}

// idPrec37Batch3Rows are a third batch, written and annotated before the
// extractor ran on them (after the rules of the first two batches):
// songs, parks and subjects holding the state's name, events named after
// persons, religious figures, company names with a state's, months that
// are given names, headline verbs, ordinary acronyms of school and
// welfare, and Western culture.
var idPrec37Batch3Rows = []idPrec37Row{
	{"b3 lagu indonesia raya", "Lagu kebangsaan Indonesia Raya dikumandangkan saat pengibaran bendera.", "", false},
	{"b3 pelajaran bahasa indonesia", "Nilai rata-rata pelajaran Bahasa Indonesia siswa naik tahun ini.", "", false},
	{"b3 tmii", "Taman Mini Indonesia Indah dipadati pengunjung saat libur sekolah.", "", false},
	{"b3 piala sudirman", "Piala Sudirman 2025 digelar di Xiamen pada akhir April.", "", false},
	{"b3 piala thomas uber", "Undian Piala Thomas dan Piala Uber digelar pekan depan.", "", false},
	{"b3 nabi ibrahim", "Kisah Nabi Ibrahim dibacakan dalam khotbah Iduladha di masjid itu.", "", false},
	{"b3 sunan kalijaga", "Ribuan peziarah mendatangi makam Sunan Kalijaga di Kadilangu, Demak.", "", false},
	{"b3 bunda maria", "Patung Bunda Maria diarak umat Katolik dalam prosesi malam itu.", "", false},
	{"b3 paus leo", "Paus Leo XIV menyerukan gencatan senjata di Gaza dalam misa hari Minggu.", "pope-leo-xiv", false},
	{"b3 jalan asia afrika", "Jalan Asia Afrika di Bandung ditutup untuk kegiatan hari bebas kendaraan.", "", false},
	{"b3 jalan malioboro", "Pedagang kaki lima di Jalan Malioboro dipindahkan ke lokasi baru.", "", false},
	{"b3 bulan mei", "Mei menjadi bulan dengan curah hujan tertinggi tahun ini.", "", false},
	{"b3 agustus lomba", "Agustusan selalu dimeriahkan lomba panjat pinang dan balap karung.", "", false},
	{"b3 judul warga padati", "Warga Padati Pasar Tumpah Jelang Lebaran", "", false},
	{"b3 judul kapal tenggelam", "Kapal Pengangkut Sembako Tenggelam di Perairan Selayar", "", false},
	{"b3 ppdb zonasi", "Pendaftaran PPDB jalur zonasi dibuka mulai Senin pekan depan.", "", false},
	{"b3 blt pkh", "Penyaluran BLT dan PKH tahap kedua dimulai di kantor pos.", "", false},
	{"b3 tps dpt", "Jumlah DPT di TPS itu mencapai 300 orang.", "", false},
	{"b3 budaya barat", "Budaya Barat dinilai mulai memengaruhi gaya berpakaian remaja.", "", false},
	// known: the UD dev gold counts the state after "asal" ("perusahaan asal Kepulauan Seychelles"); left to that convention
	{"b3 mobil listrik china", "Mobil listrik asal China mendominasi pameran otomotif di Kemayoran.", "", true},
	{"b3 investor asing", "Investor asing mencatatkan jual bersih Rp1,2 triliun sepekan terakhir.", "", false},
	{"b3 ui mahasiswa", "Universitas Indonesia membuka pendaftaran jalur mandiri pekan depan.", "universitas-indonesia", false},
	{"b3 hut tni monas", "Perayaan HUT TNI ke-80 digelar di kawasan Monas.", "", false},
	{"b3 kebun raya bogor", "Kebun Raya Bogor menambah koleksi anggrek langka.", "", false},
	{"b3 dolar singapura peso", "Dolar Singapura dan peso Filipina bergerak menguat pada Rabu.", "", false},
}

// idPrec37Batch4Rows are a fourth batch, written and annotated before the
// extractor ran on them, after the seat rule (seatInFacilityName) was
// written from probes that are not rows: a parliament's seat inside a
// venue's name, malls, songs and taxes again, and the parliament by its
// seat acting (which must stay).
var idPrec37Batch4Rows = []idPrec37Row{
	{"b4 istora senayan bulu tangkis", "Final bulu tangkis itu berlangsung di Istora Senayan dengan tribune penuh.", "", false},
	{"b4 plaza senayan diskon", "Diskon akhir tahun membuat Plaza Senayan ramai pengunjung.", "", false},
	{"b4 kawasan senayan lari", "Ribuan pelari memadati kawasan Senayan pada Minggu pagi.", "", false},
	{"b4 senayan acts", "Senayan akhirnya mengesahkan RUU Perampasan Aset dalam rapat paripurna.", "idn-dpr", false},
	{"b4 pemutihan pbb", "Pemkab memberi keringanan denda PBB bagi warga yang terlambat membayar.", "", false},
	{"b4 lagu rayuan pulau kelapa", "Lagu Rayuan Pulau Kelapa mengiringi penampilan para penari.", "", false},
	{"b4 bi fast", "Biaya transfer lewat BI-Fast tetap Rp2.500 per transaksi.", "", false},
	{"b4 sejumlah atlet pelatnas", "Sejumlah atlet Pelatnas mengeluhkan menu makanan di asrama.", "", false},
	{"b4 masakan padang khas", "Rendang khas Minang dan sushi khas Jepang dijual berdampingan di festival kuliner itu.", "", false},
	{"b4 tenun ikat", "Kain tenun ikat Flores dipakai para model dalam peragaan busana itu.", "", false},
	{"b4 rute langsung medan penang", "Maskapai itu membuka rute langsung Medan-Penang mulai Juli.", "", false},
	{"b4 nilai un", "Hasil UN tidak lagi menjadi syarat kelulusan siswa.", "", false},
}

// idPrec37Batch5Rows are a fifth batch, written and annotated before the
// extractor ran on them, after the honorific_not entries for the spirit
// queen of the southern sea (Nyi Roro Kidul) were added from a probe.
var idPrec37Batch5Rows = []idPrec37Row{
	{"b5 larung nyai roro kidul", "Sesaji dilarung ke laut sebagai persembahan untuk Nyai Roro Kidul.", "", false},
	{"b5 kamar nyi roro kidul", "Kamar 308 hotel itu konon disediakan khusus untuk Nyi Roro Kidul.", "", false},
	// known: a recall row (a wife named by her husband's name after Nyai), left to the recall helpers
	{"b5 nyai walidah", "Nyai Ahmad Dahlan mendirikan Aisyiyah pada 1917.", "siti-walidah", true},
}

// idPrec37Batch6Rows are a sixth batch, written and annotated before the
// extractor ran on them, after the branch rule (companyBranchBefore) was
// written from probes that are not rows: a known company's name with a
// state's after it is the company's branch, no state; the state acting
// beside a company stays.
var idPrec37Batch6Rows = []idPrec37Row{
	{"b6 huawei indonesia", "Huawei Indonesia menggelar kompetisi teknologi bagi mahasiswa.", "huawei", false},
	{"b6 nestle indonesia pabrik", "Pabrik baru Nestle Indonesia di Karawang mulai beroperasi bulan ini.", "nestle", false},
	{"b6 netflix indonesia", "Netflix Indonesia menaikkan harga paket langganan bulanan.", "netflix", false},
	{"b6 tesla malaysia", "Tesla Malaysia membuka pusat layanan baru di Selangor.", "tesla", false},
	{"b6 indonesia and huawei", "Indonesia dan Huawei menandatangani kerja sama pelatihan talenta digital.", "IDN huawei", false},
	{"b6 meta indonesia akun", "Meta Indonesia menghapus ribuan akun palsu menjelang pilkada.", "meta-platforms", false},
}

// TestIDPrec37Grid runs the Indonesian precision grid 37.
func TestIDPrec37Grid(t *testing.T) {
	t.Run("batch1", func(t *testing.T) { runWantGrid(t, "id", idPrec37Rows, 100) })
	t.Run("batch2", func(t *testing.T) { runWantGrid(t, "id", idPrec37Batch2Rows, 15) })
	t.Run("batch3", func(t *testing.T) { runWantGrid(t, "id", idPrec37Batch3Rows, 20) })
	t.Run("batch4", func(t *testing.T) { runWantGrid(t, "id", idPrec37Batch4Rows, 10) })
	t.Run("batch5", func(t *testing.T) { runWantGrid(t, "id", idPrec37Batch5Rows, 3) })
	t.Run("batch6", func(t *testing.T) { runWantGrid(t, "id", idPrec37Batch6Rows, 6) })
}
