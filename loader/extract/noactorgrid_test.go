package extract

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/geokg/kg/loader/facts"
)

// noActorGridRows are sentences written for the no-actor grid (made up in
// the style of Indonesian and English news, not taken from any data set)
// that name no actor at all: weather, prices and market figures, sports
// results without clubs or states, health advice, traffic, lifestyle,
// food, science, quotes of anonymous people, generic officials in lower
// case (pemerintah, polisi, officials), titles followed by a common noun
// (Presiden Direktur, Menteri Pendidikan, the Managing Director), products,
// brands used as common nouns, holidays, events, diseases, languages, works
// in quotes, buildings and streets named after persons, and capitalization
// traps: sentence-initial verbs and adverbs, headline case, months and
// weekdays, ordinary words that are also given names (Fajar, Budi, Mark,
// Hope). Places are allowed (kind place is ignored). A few rows name a real
// actor among the traps and list exactly it. Written, with their
// annotation, before the extractor was run on them.
var noActorGridRows = []struct{ lang, text, want string }{
	// Weather.
	{"id", "Hujan deras disertai angin kencang diperkirakan turun di sebagian besar wilayah Jawa Barat pada sore hari.", ""},
	{"id", "Suhu udara di kawasan pegunungan bisa turun hingga 15 derajat Celsius pada malam hari.", ""},
	{"id", "Gelombang setinggi empat meter berpotensi terjadi di perairan selatan Jawa.", ""},
	{"id", "Musim kemarau tahun ini diperkirakan datang lebih lambat dari biasanya.", ""},
	{"id", "Kabut tebal menyelimuti jalur Puncak sejak subuh.", ""},
	{"id", "Cuaca cerah berawan mendominasi langit Yogyakarta pada Minggu pagi.", ""},
	{"id", "Angin puting beliung merusak puluhan rumah warga di Sidoarjo.", ""},
	{"id", "Fenomena El Nino membuat curah hujan berkurang drastis.", ""},
	{"id", "La Nina diperkirakan memicu hujan di atas normal hingga Februari.", ""},
	{"id", "Embun beku muncul di dataran tinggi Dieng pada Juli.", ""},
	{"id", "Siklon Tropis Anggrek bergerak menjauhi daratan.", ""},
	{"id", "Hujan Diprakirakan Mengguyur Jakarta Sepanjang Hari", ""},
	{"id", "Titik panas terdeteksi di sejumlah kabupaten di Riau.", ""},
	{"id", "Indeks sinar ultraviolet mencapai kategori sangat tinggi pada siang hari.", ""},
	{"id", "Gerhana Matahari cincin dapat disaksikan dari pesisir barat Sumatra.", ""},
	// Prices and markets.
	{"id", "Harga cabai rawit merah di Pasar Kramat Jati melonjak menjadi Rp80.000 per kilogram.", ""},
	{"id", "Harga beras medium naik Rp1.000 per kilogram menjelang Ramadan.", ""},
	{"id", "Rupiah ditutup melemah 45 poin ke level Rp15.800 per dolar AS.", ""},
	{"id", "Indeks Harga Saham Gabungan ditutup menguat 0,8 persen pada akhir perdagangan Jumat.", ""},
	{"id", "Harga emas batangan turun Rp5.000 per gram pada Selasa pagi.", ""},
	{"id", "Harga minyak mentah jenis Brent naik ke level 85 dolar per barel.", ""},
	{"id", "Harga bawang putih di pasar tradisional mulai turun.", ""},
	{"id", "Inflasi tahunan tercatat 2,5 persen pada Mei.", ""},
	{"id", "Harga Bitcoin menembus rekor tertinggi sepanjang masa.", ""},
	{"id", "Harga Telur Ayam Naik Jelang Natal dan Tahun Baru", ""},
	{"id", "Nilai tukar ringgit bergerak stabil sepanjang pekan.", ""},
	{"id", "Saham sektor perbankan menjadi penopang utama indeks.", ""},
	{"id", "Harga daging sapi di Jabodetabek bertahan tinggi setelah Idul Adha.", ""},
	{"id", "Indeks Nikkei 225 ditutup melemah 1,2 persen.", ""},
	{"id", "Indeks Dow Jones Industrial Average naik tipis pada perdagangan Rabu.", ""},
	{"id", "Harga tiket pesawat melonjak saat libur sekolah.", ""},
	{"id", "Tarif listrik untuk rumah tangga tidak berubah pada kuartal ketiga.", ""},
	{"id", "Harga Pertalite tetap Rp10.000 per liter.", ""},
	{"id", "Penjualan mobil listrik naik dua kali lipat dibanding tahun lalu.", ""},
	{"id", "Harga gula pasir di tingkat pengecer mencapai Rp18.000 per kilogram.", ""},
	// Sports without clubs or states.
	{"id", "Pebulu tangkis tunggal putri itu melaju ke babak semifinal setelah menang dua gim langsung.", ""},
	{"id", "Pertandingan sempat dihentikan selama 20 menit karena hujan lebat.", ""},
	{"id", "Gol tunggal pada menit ke-89 memastikan kemenangan tim tuan rumah.", ""},
	{"id", "Maraton tahunan itu diikuti lebih dari 10.000 pelari.", ""},
	{"id", "Final Piala Dunia akan digelar di stadion berkapasitas 80.000 penonton.", ""},
	{"id", "Penonton memadati stadion sejak dua jam sebelum laga dimulai.", ""},
	{"id", "Wasit mengusir dua pemain karena berkelahi di lapangan.", ""},
	{"id", "Kiper cadangan tampil gemilang dengan lima penyelamatan.", ""},
	{"id", "Tim tamu menyamakan kedudukan lewat tendangan penalti.", ""},
	{"id", "Balapan MotoGP di Sirkuit Mandalika ditonton puluhan ribu orang.", ""},
	{"id", "Atlet angkat besi itu memecahkan rekor dunia di kelas 61 kilogram.", ""},
	{"id", "Juara bertahan tersingkir di babak pertama turnamen.", ""},
	{"id", "Laga Derbi Panas Berakhir Imbang Tanpa Gol", ""},
	{"id", "Perenang muda itu meraih tiga medali emas di SEA Games.", ""},
	{"id", "Olimpiade musim panas berikutnya digelar empat tahun lagi.", ""},
	{"id", "Pelatih kepala mengaku puas dengan permainan anak asuhnya.", ""},
	{"id", "Kapten tim mengangkat trofi di hadapan ribuan pendukung.", ""},
	{"id", "Tour de France memasuki etape pegunungan pekan ini.", ""},
	{"id", "Pertarungan tinju kelas berat itu berakhir dengan KO di ronde ketiga.", ""},
	// Health.
	{"id", "Dokter menyarankan masyarakat minum air putih minimal delapan gelas sehari.", ""},
	{"id", "Kasus demam berdarah dengue meningkat selama musim hujan.", ""},
	{"id", "Vaksin Covid-19 dosis penguat masih tersedia di puskesmas.", ""},
	{"id", "Penderita diabetes dianjurkan mengurangi konsumsi gula dan nasi putih.", ""},
	{"id", "Pakar gizi mengingatkan bahaya makanan ultra-proses bagi anak-anak.", ""},
	{"id", "Penyakit Alzheimer lebih banyak menyerang orang berusia di atas 65 tahun.", ""},
	{"id", "Gejala penyakit Parkinson sering kali muncul secara perlahan.", ""},
	{"id", "Bakteri Salmonella ditemukan pada sampel makanan yang diuji.", ""},
	{"id", "Kasus cacar monyet kembali dilaporkan di beberapa kota besar.", ""},
	{"id", "Tidur cukup membantu menjaga daya tahan tubuh.", ""},
	{"id", "Vitamin D dapat diperoleh dari paparan sinar matahari pagi.", ""},
	{"id", "Sindrom Down bukan penyakit menular.", ""},
	{"id", "Rumah sakit setempat menambah tempat tidur untuk pasien TBC.", ""},
	{"id", "Olahraga Ringan Tiga Kali Seminggu Turunkan Risiko Stroke", ""},
	{"id", "Virus Epstein-Barr dikaitkan dengan sejumlah penyakit autoimun.", ""},
	{"id", "Puasa Ramadan aman bagi penderita hipertensi yang terkontrol.", ""},
	{"id", "Imunisasi campak diberikan kepada anak usia sembilan bulan.", ""},
	{"id", "Stunting masih menjadi masalah gizi di banyak daerah.", ""},
	{"id", "Para dokter jaga bekerja hingga 24 jam selama masa libur Lebaran.", ""},
	// Traffic.
	{"id", "Arus lalu lintas di Jalan Tol Jakarta-Cikampek padat merayap.", ""},
	{"id", "Kemacetan panjang terjadi di Jalan Gatot Subroto akibat kecelakaan beruntun.", ""},
	{"id", "Jalan Jenderal Ahmad Yani ditutup sementara untuk karnaval.", ""},
	{"id", "Kendaraan roda dua dilarang melintas di Jalan MH Thamrin.", ""},
	{"id", "Ganjil genap diberlakukan di 25 ruas jalan mulai Senin.", ""},
	{"id", "Sebuah truk bermuatan pasir terguling di tikungan tajam.", ""},
	{"id", "Antrean kendaraan mengular di Gerbang Tol Cikampek Utama.", ""},
	{"id", "Perjalanan kereta sempat terganggu akibat gangguan sinyal di Stasiun Manggarai.", ""},
	{"id", "Kecelakaan Bus di Tol Cipali Tewaskan Tiga Penumpang", ""},
	{"id", "Polisi menerapkan rekayasa lalu lintas di sekitar Bundaran HI.", ""},
	{"id", "Petugas mengalihkan arus kendaraan ke Jalan Asia Afrika.", ""},
	{"id", "Jembatan Ampera dipadati warga yang menunggu pesta kembang api.", ""},
	{"id", "Arus mudik Lebaran diprediksi memuncak pada H-3.", ""},
	{"id", "Penumpang KRL Commuter Line meningkat pada jam pulang kerja.", ""},
	{"id", "Sepeda motor mendominasi kendaraan yang melintas di Jalan Malioboro.", ""},
	{"id", "Jalur Pantura dipadati kendaraan pemudik.", ""},
	// Food and lifestyle.
	{"id", "Rendang kembali dinobatkan sebagai salah satu makanan terenak di dunia.", ""},
	{"id", "Nasi Padang dengan lauk ayam pop menjadi menu favorit pekerja kantoran.", ""},
	{"id", "Sate Madura dijual di hampir setiap sudut kota.", ""},
	{"id", "Soto Betawi menggunakan kuah santan dan susu.", ""},
	{"id", "Pempek Palembang disajikan dengan kuah cuka yang asam pedas.", ""},
	{"id", "Gudeg Jogja bisa bertahan beberapa hari jika dimasak kering.", ""},
	{"id", "Kopi Luwak dijual dengan harga jutaan rupiah per kilogram.", ""},
	{"id", "Martabak Manis dengan taburan keju dan cokelat laris saat malam minggu.", ""},
	{"id", "Bakso Malang menjadi santapan favorit saat hujan.", ""},
	{"id", "Es Teler dan es campur laris manis selama bulan puasa.", ""},
	{"id", "Kebaya dan batik dipakai dalam peringatan Hari Kartini.", ""},
	{"id", "Tren busana muslim berkembang pesat menjelang Lebaran.", ""},
	{"id", "Banyak keluarga memilih berlibur ke pantai saat libur panjang akhir pekan.", ""},
	{"id", "Kuliner Jepang seperti sushi dan ramen semakin digemari.", ""},
	{"id", "Ayam Geprek dengan sambal bawang menjadi tren di kalangan mahasiswa.", ""},
	{"id", "Tas Hermes edisi terbatas terjual dalam hitungan menit.", ""},
	{"id", "Kaum muda kini lebih suka menabung untuk membeli rumah daripada mobil.", ""},
	{"id", "Pameran batik digelar di Jakarta Convention Center hingga Minggu.", ""},
	{"id", "Konser musik jazz di Prambanan diserbu penonton.", ""},
	{"id", "Pasar malam di alun-alun ramai dikunjungi warga.", ""},
	{"id", "Pizza Margherita menjadi menu paling laris di kedai itu.", ""},
	{"id", "Pengendara ojek daring menunggu penumpang di depan mal.", ""},
	{"id", "Wedang Jahe dan Bajigur cocok dinikmati saat udara dingin.", ""},
	// Holidays and religion.
	{"id", "Umat Muslim merayakan Hari Raya Idul Fitri dengan salat berjamaah.", ""},
	{"id", "Tahun Baru Imlek dirayakan dengan pertunjukan barongsai.", ""},
	{"id", "Pusat perbelanjaan memberikan diskon besar-besaran saat Black Friday.", ""},
	{"id", "Malam Tahun Baru dimeriahkan dengan pesta kembang api.", ""},
	{"id", "Umat Katolik menghadiri misa Malam Natal di gereja.", ""},
	{"id", "Libur Idul Adha jatuh pada hari Senin.", ""},
	{"id", "Peringatan Maulid Nabi digelar di masjid-masjid.", ""},
	{"id", "Pada bulan Ramadan, restoran baru buka menjelang waktu berbuka puasa.", ""},
	{"id", "Hari Pahlawan diperingati setiap 10 November.", ""},
	{"id", "Perayaan Cap Go Meh di Singkawang menarik ribuan wisatawan.", ""},
	{"id", "Hari Valentine dimanfaatkan pedagang bunga untuk meraup untung.", ""},
	{"id", "Isra Mikraj tahun ini jatuh pada hari Kamis.", ""},
	{"id", "Hari Buruh diwarnai aksi damai di sejumlah kota.", ""},
	{"id", "Hari Ibu diperingati setiap 22 Desember.", ""},
	{"id", "Perayaan Halloween semakin populer di kalangan anak muda perkotaan.", ""},
	{"id", "Tradisi Nyepi membuat bandara di Bali ditutup selama 24 jam.", ""},
	{"id", "Festival Kue Bulan digelar di kawasan Pecinan.", ""},
	{"id", "Malam Satu Suro diperingati dengan kirab pusaka.", ""},
	// Languages and schools.
	{"id", "Bahasa Inggris menjadi mata pelajaran wajib di sekolah menengah.", ""},
	{"id", "Mahasiswa itu belajar Bahasa Jawa dan Bahasa Sunda di kampus.", ""},
	{"id", "Kursus Bahasa Mandarin semakin diminati para pekerja.", ""},
	{"id", "Ujian Bahasa Arab digelar serentak pada Rabu.", ""},
	{"id", "Siswa kelas enam mengikuti ujian Matematika dan IPA.", ""},
	{"id", "Kepala Sekolah meminta orang tua mendampingi anak belajar di rumah.", ""},
	{"id", "Guru Besar ilmu hukum itu pensiun setelah 40 tahun mengajar.", ""},
	{"id", "Penerimaan peserta didik baru dibuka mulai Juni.", ""},
	{"id", "Bahasa Indonesia dipelajari di puluhan negara.", ""},
	{"id", "Kamus Besar Bahasa Indonesia menambahkan ribuan kosakata baru.", ""},
	// Science and technology.
	{"id", "Teleskop Luar Angkasa James Webb menangkap gambar galaksi yang sangat jauh.", ""},
	{"id", "Gempa berkekuatan 5,6 skala Richter mengguncang lepas pantai selatan.", ""},
	{"id", "Para peneliti menemukan spesies katak baru di hutan hujan.", ""},
	{"id", "Komet Halley baru akan terlihat lagi pada 2061.", ""},
	{"id", "Planet Mars akan terlihat terang di langit timur.", ""},
	{"id", "Ponsel lipat generasi terbaru dijual mulai Jumat.", ""},
	{"id", "Pengguna ChatGPT meningkat pesat dalam setahun terakhir.", ""},
	{"id", "Sistem operasi Windows 11 membutuhkan spesifikasi perangkat yang lebih tinggi.", ""},
	{"id", "Kecerdasan buatan mulai dipakai untuk mendiagnosis penyakit.", ""},
	{"id", "Hujan meteor Perseid dapat disaksikan pada pertengahan Agustus.", ""},
	{"id", "Bulan purnama terbesar tahun ini muncul pada malam Minggu.", ""},
	{"id", "Pengisian daya baterai mobil listrik kini hanya butuh 30 menit.", ""},
	{"id", "Efek Doppler menjelaskan perubahan frekuensi bunyi ambulans.", ""},
	// Quotes of anonymous people.
	{"id", "“Kami sudah antre sejak subuh,” kata seorang warga.", ""},
	{"id", "“Harganya naik hampir dua kali lipat,” ujar seorang pedagang sayur yang enggan disebut namanya.", ""},
	{"id", "“Airnya masuk ke rumah sampai sepinggang,” tutur seorang ibu rumah tangga.", ""},
	{"id", "Seorang sopir angkot mengaku pendapatannya turun sejak harga BBM naik.", ""},
	{"id", "“Saya tidak menyangka bisa lulus,” kata seorang siswa sambil tersenyum.", ""},
	{"id", "Menurut seorang saksi mata, api berasal dari lantai dua.", ""},
	{"id", "Sejumlah warga mengatakan suara ledakan terdengar hingga radius satu kilometer.", ""},
	{"id", "“Pokoknya kami ingin jalan ini segera diperbaiki,” kata salah satu tokoh masyarakat.", ""},
	{"id", "Seorang petugas keamanan mal mengatakan pengunjung meningkat dua kali lipat.", ""},
	{"id", "“Sudah tiga hari listrik padam,” keluh seorang warga.", ""},
	// Generic officials in lower case.
	{"id", "Pemerintah akan menyalurkan bantuan beras kepada keluarga miskin.", ""},
	{"id", "Polisi masih menyelidiki penyebab kebakaran gudang itu.", ""},
	{"id", "Petugas pemadam kebakaran membutuhkan tiga jam untuk memadamkan api.", ""},
	{"id", "Tim SAR gabungan menemukan korban terakhir pada Selasa sore.", ""},
	{"id", "Pemerintah daerah menetapkan status tanggap darurat selama 14 hari.", ""},
	{"id", "Aparat keamanan berjaga di sekitar lokasi kejadian.", ""},
	{"id", "Pihak rumah sakit memastikan seluruh pasien telah dievakuasi.", ""},
	{"id", "Pejabat setempat mengatakan jumlah korban masih bisa bertambah.", ""},
	{"id", "Dinas kesehatan setempat melakukan pengasapan di permukiman warga.", ""},
	{"id", "Manajemen perusahaan berjanji membayar tunjangan hari raya tepat waktu.", ""},
	{"id", "Menurut polisi, pelaku sempat melarikan diri ke arah hutan.", ""},
	{"id", "Pengelola tol menyiapkan posko kesehatan di setiap rest area.", ""},
	{"id", "Otoritas bandara menunda seluruh penerbangan akibat abu vulkanik.", ""},
	{"id", "Juru bicara perusahaan itu menolak berkomentar.", ""},
	// Titles followed by common nouns: no person.
	{"id", "Presiden Direktur perusahaan itu memaparkan kinerja semester pertama.", ""},
	{"id", "Menteri Pendidikan meresmikan gedung sekolah baru.", ""},
	{"id", "Kepala Dinas Kesehatan meminta warga menguras bak mandi secara rutin.", ""},
	{"id", "Direktur Keuangan perusahaan tersebut mengundurkan diri.", ""},
	{"id", "Wakil Kepala Sekolah memimpin upacara bendera.", ""},
	{"id", "Ketua RT setempat mengimbau warga menjaga kebersihan.", ""},
	{"id", "Kepala Stasiun memastikan jadwal kereta kembali normal.", ""},
	{"id", "Kapten Kapal memutuskan kembali ke pelabuhan karena ombak tinggi.", ""},
	{"id", "Manajer Pemasaran hotel itu menyebut tingkat hunian mencapai 90 persen.", ""},
	{"id", "Komisaris Utama bank itu dijadwalkan diperiksa pekan depan.", ""},
	{"id", "Dekan Fakultas Kedokteran melantik ratusan dokter baru.", ""},
	{"id", "Kepala Bagian Humas rumah sakit itu membenarkan kabar tersebut.", ""},
	{"id", "Dokter Spesialis Anak menyarankan imunisasi tepat waktu.", ""},
	{"id", "Camat dan Lurah meninjau lokasi banjir.", ""},
	{"id", "Wakil Ketua panitia mengumumkan pemenang lomba.", ""},
	// Mountains, rivers, buildings and streets: places at most.
	{"id", "Gunung Semeru kembali erupsi dengan tinggi kolom abu satu kilometer.", ""},
	{"id", "Status Gunung Slamet naik menjadi Waspada.", ""},
	{"id", "Sungai Ciliwung meluap dan merendam permukiman di bantaran.", ""},
	{"id", "Gunung Agung terlihat jelas dari pantai pada pagi hari.", ""},
	{"id", "Gunung Ibu di Halmahera Barat kembali meletus.", ""},
	{"id", "Pendakian ke Gunung Rinjani ditutup selama musim hujan.", ""},
	{"id", "Sungai Bengawan Solo meluap setelah hujan deras.", ""},
	{"id", "Monas dipadati pengunjung pada hari libur.", ""},
	{"id", "Gedung Sate dihiasi lampu warna-warni menjelang HUT kota.", ""},
	{"id", "Pasar Tanah Abang dipadati pembeli menjelang Lebaran.", ""},
	{"id", "Pasien dirujuk ke Rumah Sakit Cipto Mangunkusumo.", ""},
	{"id", "Korban dibawa ke RSUD Dr. Soetomo untuk dirawat intensif.", ""},
	{"id", "Pusat perbelanjaan Grand Indonesia memperpanjang jam operasional.", ""},
	{"id", "Lampu di Menara Eiffel dipadamkan lebih awal untuk menghemat energi.", ""},
	{"id", "Burj Khalifa menyala dengan warna-warni saat malam pergantian tahun.", ""},
	{"id", "Kapal penyeberangan di Danau Toba menambah jadwal keberangkatan.", ""},
	{"id", "Air Terjun Sipiso-piso menjadi tujuan favorit wisatawan.", ""},
	{"id", "Warga memadati Alun-Alun Kidul untuk berolahraga pagi.", ""},
	{"id", "Jalan Kartini di pusat kota dipercantik dengan trotoar baru.", ""},
	{"id", "Pendaki tersesat di jalur pendakian Gunung Lawu.", ""},
	// Sentence-initial verbs and adverbs, headline case, months, given-name words.
	{"id", "Diperkirakan, jumlah pemudik tahun ini mencapai 190 juta orang.", ""},
	{"id", "Terlihat antrean panjang di depan loket penjualan tiket.", ""},
	{"id", "Tampak sejumlah anak bermain di genangan air.", ""},
	{"id", "Berdasarkan hasil pemeriksaan, kebakaran dipicu korsleting listrik.", ""},
	{"id", "Setibanya di lokasi, petugas langsung memadamkan api.", ""},
	{"id", "Menjelang Natal, permintaan pohon cemara meningkat.", ""},
	{"id", "Usai diguyur hujan, sejumlah ruas jalan tergenang.", ""},
	{"id", "Rencananya, pembangunan jembatan itu rampung akhir tahun.", ""},
	{"id", "Dilaporkan, tidak ada korban jiwa dalam kejadian itu.", ""},
	{"id", "Sebelumnya, harga cabai sempat turun pada awal bulan.", ""},
	{"id", "Terpisah, pengelola pasar mengaku telah menambah petugas kebersihan.", ""},
	{"id", "Adapun pemenang undian akan diumumkan pada Sabtu malam.", ""},
	{"id", "Meski Demikian, Harga Minyak Goreng Masih Tinggi", ""},
	{"id", "Fajar menyingsing ketika para nelayan kembali ke darat.", ""},
	{"id", "Bintang film laga itu dikabarkan akan menikah bulan depan.", ""},
	{"id", "Indah dan sejuk, desa wisata itu menjadi favorit keluarga.", ""},
	{"id", "Putri bungsu keluarga itu menjadi satu-satunya korban selamat.", ""},
	{"id", "Dewi Fortuna tidak berpihak pada tim tuan rumah malam itu.", ""},
	{"id", "Bunga Bangkai mekar di Kebun Raya Bogor.", ""},
	{"id", "Mei lalu, harga tiket pesawat sempat turun.", ""},
	{"id", "Agustus biasanya menjadi puncak musim kemarau.", ""},
	{"id", "Selasa malam, hujan deras mengguyur sebagian kota.", ""},
	{"id", "Jumat Agung jatuh pada akhir Maret tahun ini.", ""},
	{"id", "Sari buah dan jus sayur laris saat cuaca panas.", ""},
	{"id", "Budi pekerti diajarkan sejak sekolah dasar.", ""},
	{"id", "Cahaya lampu jalan padam sejak pukul 19.00.", ""},
	{"id", "Intan seberat 100 karat ditemukan di tambang rakyat di Kalimantan Selatan.", ""},
	{"id", "Mutiara air laut dari Lombok diekspor ke Eropa.", ""},
	{"id", "Harapan warga agar jalan diperbaiki belum terwujud.", ""},
	{"id", "Rahmat hujan turun setelah tiga bulan kemarau.", ""},
	// Products and brands used as common nouns.
	{"id", "Ponsel iPhone 15 dijual mulai Rp16 juta di toko resmi.", ""},
	{"id", "Mobil Avanza dan Xenia masih mendominasi penjualan mobil keluarga.", ""},
	{"id", "Konsol PlayStation 5 langka menjelang akhir tahun.", ""},
	{"id", "Sepatu lari edisi terbatas habis terjual dalam lima menit.", ""},
	{"id", "Ia selalu membawa sebotol Aqua dan sebungkus roti saat bepergian.", ""},
	{"id", "Mi instan Indomie menjadi bekal favorit para pendaki.", ""},
	{"id", "Air mineral merek lokal mulai dijual di minimarket.", ""},
	{"id", "Jam tangan Rolex palsu disita dari sebuah toko di pusat perbelanjaan.", ""},
	{"id", "Minuman Coca-Cola dan Sprite dijual dalam kemasan kaleng baru.", ""},
	{"id", "Kartu SIM prabayar wajib didaftarkan dengan NIK.", ""},
	{"id", "Galaxy S24 hadir dengan fitur kecerdasan buatan.", ""},
	// Works in quotes.
	{"id", "Film “Agak Laen” ditonton lebih dari sembilan juta orang.", ""},
	{"id", "Lagu “Indonesia Raya” dinyanyikan tiga stanza dalam upacara itu.", ""},
	{"id", "Novel “Bumi Manusia” dicetak ulang untuk ke-40 kalinya.", ""},
	{"id", "Film “Oppenheimer” meraih tujuh piala dalam ajang penghargaan itu.", ""},
	{"id", "Serial “Gadis Kretek” tayang di layanan streaming mulai November.", ""},
	{"id", "Film “Habibie & Ainun” kembali diputar di bioskop.", ""},
	{"id", "Buku “Atomic Habits” masih menjadi buku terlaris di toko buku.", ""},
	{"id", "Lagu “Bengawan Solo” diaransemen ulang oleh musisi muda.", ""},
	{"id", "Drama musikal “Laskar Pelangi” dipentaskan di Gedung Kesenian.", ""},
	// Events.
	{"id", "Piala Dunia U-17 digelar di empat kota.", ""},
	{"id", "SEA Games berikutnya digelar dua tahun lagi.", ""},
	{"id", "Formula 1 Grand Prix Singapura digelar di sirkuit jalan raya Marina Bay.", ""},
	{"id", "Pekan Raya Jakarta dibuka hingga pertengahan Juli.", ""},
	{"id", "Festival Danau Toba menampilkan tarian tradisional.", ""},
	{"id", "Java Jazz Festival menghadirkan puluhan musisi.", ""},
	{"id", "Hari Bebas Kendaraan Bermotor digelar setiap Minggu pagi.", ""},
	{"id", "Pesta Rakyat digelar untuk memperingati HUT kabupaten.", ""},
	// Everyday news: crime without names, farming, animals, public places.
	{"id", "Seorang pria ditangkap karena mencuri sepeda motor di parkiran minimarket.", ""},
	{"id", "Kebakaran melanda sebuah pasar tradisional pada dini hari.", ""},
	{"id", "Petani di lereng gunung mulai memanen kopi arabika.", ""},
	{"id", "Produksi padi diperkirakan turun akibat serangan hama wereng.", ""},
	{"id", "Ribuan ikan mati mendadak di keramba apung.", ""},
	{"id", "Seekor buaya muncul di muara sungai dan membuat warga panik.", ""},
	{"id", "Sapi Limosin seberat satu ton dijual untuk hewan kurban.", ""},
	{"id", "Ayam Cemani dijual dengan harga jutaan rupiah.", ""},
	{"id", "Kucing Persia menjadi hewan peliharaan favorit.", ""},
	{"id", "Anjing Golden Retriever dilatih membantu pencarian korban.", ""},
	{"id", "Durian Musang King laris di pasar buah.", ""},
	{"id", "Mangga Harum Manis mulai membanjiri pasar.", ""},
	{"id", "Beras Pandan Wangi dijual lebih mahal.", ""},
	{"id", "Sebuah rumah makan di pinggir jalan ludes terbakar.", ""},
	{"id", "Dua remaja terseret arus saat berenang di pantai.", ""},
	{"id", "Warga bergotong royong membersihkan saluran air.", ""},
	{"id", "Pengunjung perpustakaan meningkat setelah renovasi.", ""},
	{"id", "Ratusan peserta mengikuti lomba lari 10 kilometer.", ""},
	{"id", "Sekolah Dasar di desa itu hanya memiliki tiga ruang kelas.", ""},
	{"id", "Rumah Sakit Umum Daerah menambah ruang isolasi.", ""},
	{"id", "Kantor Pos tetap buka pada hari Sabtu.", ""},
	{"id", "Balai Kota ditutup untuk umum selama libur panjang.", ""},
	{"id", "Pengadilan menunda sidang hingga pekan depan.", ""},
	{"id", "Gerakan menanam seribu pohon digelar di bantaran sungai.", ""},
	{"id", "Koalisi pejalan kaki meminta trotoar diperlebar.", ""},
	{"id", "Ikatan emosional antara atlet dan pelatih sangat penting.", ""},
	{"id", "Bank sampah di kampung itu mengolah plastik menjadi kerajinan.", ""},
	{"id", "Universitas negeri membuka jalur mandiri mulai Juni.", ""},
	// Real actors among the traps.
	{"id", "Presiden Joko Widodo menghadiri perayaan Tahun Baru Imlek di Jakarta.", "joko-widodo"},
	{"id", "Pertamina menurunkan harga Pertamax menjelang Natal.", "pertamina"},
	{"id", "Menteri Keuangan Sri Mulyani menyebut harga beras mulai stabil.", "sri-mulyani"},
	{"id", "Indonesia menjadi tuan rumah Piala Dunia U-17.", "IDN"},

	// English: weather.
	{"en", "Heavy rain is expected across the region on Tuesday afternoon.", ""},
	{"en", "Temperatures could climb to 40 degrees Celsius by the weekend.", ""},
	{"en", "Forecasters warned of strong winds along the coast.", ""},
	{"en", "Snow Blankets Northern Towns as Cold Snap Deepens", ""},
	{"en", "A heat advisory remains in effect until Friday evening.", ""},
	{"en", "Fog delayed dozens of flights at the airport on Monday morning.", ""},
	{"en", "El Nino conditions are likely to persist through the winter.", ""},
	{"en", "Hail the size of golf balls damaged cars in the suburbs.", ""},
	{"en", "The hurricane season officially begins on June 1.", ""},
	{"en", "Mild weather in April helped the early harvest.", ""},
	{"en", "August was the hottest month on record.", ""},
	{"en", "May brought more rain than the previous three months combined.", ""},
	// Markets.
	{"en", "Oil prices rose 2 percent on Wednesday as supplies tightened.", ""},
	{"en", "Brent crude futures settled at $84 a barrel.", ""},
	{"en", "Gold prices hit a record high as investors sought safety.", ""},
	{"en", "The Dow Jones Industrial Average closed up 150 points.", ""},
	{"en", "The FTSE 100 slipped 0.4 percent in early trading.", ""},
	{"en", "Sterling fell against the dollar after the inflation figures.", ""},
	{"en", "Bitcoin climbed above $70,000 for the first time.", ""},
	{"en", "Shares of chipmakers led the rally on Wall Street.", ""},
	{"en", "Mortgage rates fell for a third straight week.", ""},
	{"en", "Egg prices have nearly doubled since January.", ""},
	{"en", "Consumer Prices Rise Faster Than Expected", ""},
	{"en", "The Nasdaq Composite ended the session lower.", ""},
	{"en", "Retail sales jumped during the Black Friday weekend.", ""},
	{"en", "Online spending hit a record on Cyber Monday.", ""},
	{"en", "Wheat futures fell on forecasts of a bumper crop.", ""},
	{"en", "The Hang Seng index dropped 1.5 percent.", ""},
	{"en", "Analysts expect rate cuts later in the year.", ""},
	{"en", "Used car prices are finally coming down.", ""},
	// Sports without clubs or states.
	{"en", "The home side won 3-1 after two late goals.", ""},
	{"en", "The defending champion was knocked out in the first round.", ""},
	{"en", "The match was suspended for 30 minutes because of lightning.", ""},
	{"en", "The marathon drew more than 40,000 runners.", ""},
	{"en", "Wimbledon organisers extended the tournament by a day.", ""},
	{"en", "The Super Bowl drew more than 100 million viewers.", ""},
	{"en", "The goalkeeper made six saves to keep a clean sheet.", ""},
	{"en", "The World Series begins on Friday.", ""},
	{"en", "The Tour de France enters the Alps this week.", ""},
	{"en", "The head coach praised his players after the win.", ""},
	{"en", "The striker scored twice in the second half.", ""},
	{"en", "The Grand National was run in heavy rain.", ""},
	{"en", "Tickets for the final sold out within minutes.", ""},
	// Health.
	{"en", "Doctors recommend at least seven hours of sleep a night.", ""},
	{"en", "Cases of measles rose sharply among unvaccinated children.", ""},
	{"en", "Alzheimer's disease affects millions of older adults.", ""},
	{"en", "Parkinson's disease progresses slowly over many years.", ""},
	{"en", "Salmonella was found in samples of the chicken.", ""},
	{"en", "Covid-19 hospitalizations edged up during the holidays.", ""},
	{"en", "Flu shots are now available at most pharmacies.", ""},
	{"en", "Health officials urged residents to boil their tap water.", ""},
	{"en", "Down syndrome is not a disease.", ""},
	{"en", "Eating more fiber lowers the risk of heart disease.", ""},
	{"en", "The Epstein-Barr virus has been linked to multiple sclerosis.", ""},
	{"en", "Lyme disease cases are rising in the Northeast.", ""},
	// Traffic.
	{"en", "Traffic on the M25 was backed up for miles after a crash.", ""},
	{"en", "Fifth Avenue was closed for the parade.", ""},
	{"en", "A lorry overturned on the motorway near the junction.", ""},
	{"en", "Police closed Oxford Street after a suspicious package was found.", ""},
	{"en", "Commuters faced delays on the Piccadilly line.", ""},
	{"en", "Roadworks on Sunset Boulevard will last until March.", ""},
	{"en", "The Brooklyn Bridge reopened to traffic on Sunday.", ""},
	{"en", "Drivers should expect delays on Queen Street this weekend.", ""},
	{"en", "King Street will be closed to cars from Monday.", ""},
	{"en", "Buses were diverted away from Victoria Station.", ""},
	// Food, lifestyle, holidays.
	{"en", "Pumpkin spice lattes return to cafes this week.", ""},
	{"en", "Caesar salad remains the most ordered starter.", ""},
	{"en", "Earl Grey tea sales rose during the cold spell.", ""},
	{"en", "She baked a Victoria sponge for the village fete.", ""},
	{"en", "Peking duck is the restaurant's signature dish.", ""},
	{"en", "Nasi Padang and rendang are on the menu at the new cafe.", ""},
	{"en", "Swiss cheese prices rose after a poor summer.", ""},
	{"en", "The bar serves Jack Daniel's and local craft beers.", ""},
	{"en", "Shoppers queued for hours for the new Air Jordan sneakers.", ""},
	{"en", "A Mercedes crashed into a shop window on Saturday night.", ""},
	{"en", "Hermes handbags fetched record prices at auction.", ""},
	{"en", "Fashion Week opened with a show of bold colors.", ""},
	{"en", "Sales of Christmas trees were brisk this year.", ""},
	{"en", "Thanksgiving travel is expected to break records.", ""},
	{"en", "Valentine's Day flower prices doubled.", ""},
	{"en", "Many families celebrate Lunar New Year with dumplings.", ""},
	{"en", "Halloween candy sales topped $3 billion.", ""},
	{"en", "St. Patrick's Day parades drew large crowds.", ""},
	{"en", "Martin Luther King Jr. Day is a federal holiday.", ""},
	{"en", "Guy Fawkes Night fireworks lit up the sky.", ""},
	{"en", "Hanukkah begins at sundown on Thursday.", ""},
	{"en", "Muslims break their fast at sunset during Ramadan.", ""},
	{"en", "Mother's Day brunch bookings are up 20 percent.", ""},
	// Science and technology.
	{"en", "The James Webb Space Telescope captured images of a distant galaxy.", ""},
	{"en", "The Hubble telescope has been in orbit for more than 30 years.", ""},
	{"en", "A magnitude 5.8 earthquake struck off the coast early Monday.", ""},
	{"en", "Halley's Comet will return in 2061.", ""},
	{"en", "Researchers found a new species of frog in the rainforest.", ""},
	{"en", "The iPhone 15 Pro costs $999.", ""},
	{"en", "Windows 11 requires newer hardware.", ""},
	{"en", "ChatGPT gained 100 million users in two months.", ""},
	{"en", "The Doppler effect explains the changing pitch of a siren.", ""},
	{"en", "Water boils at 212 degrees Fahrenheit at sea level.", ""},
	{"en", "Mars will appear bright in the eastern sky this month.", ""},
	// Anonymous people and generic officials.
	{"en", "“We have been waiting since dawn,” said one resident.", ""},
	{"en", "“Prices keep going up,” a shopkeeper said.", ""},
	{"en", "A witness said the fire started on the second floor.", ""},
	{"en", "Police said the driver was taken to hospital.", ""},
	{"en", "The government plans to raise the minimum wage next year.", ""},
	{"en", "Officials said the death toll could rise.", ""},
	{"en", "Firefighters battled the blaze for six hours.", ""},
	{"en", "Rescuers pulled two people from the rubble.", ""},
	{"en", "A spokesperson for the company declined to comment.", ""},
	{"en", "The local council voted to ban parking on the seafront.", ""},
	{"en", "Authorities ordered the evacuation of low-lying areas.", ""},
	// Titles followed by common nouns.
	{"en", "The Managing Director announced a pay freeze.", ""},
	{"en", "The Head Coach was sacked after five straight defeats.", ""},
	{"en", "The Chief Medical Officer urged people to get vaccinated.", ""},
	{"en", "The Education Secretary visited a primary school.", ""},
	{"en", "The Police Commissioner promised more patrols.", ""},
	{"en", "The Vice President of Marketing left the company.", ""},
	{"en", "The Chief Economist expects growth to slow.", ""},
	// Sentence-initial words, headline case, given-name words.
	{"en", "Asked about the delays, the airline blamed the weather.", ""},
	{"en", "Despite the rain, thousands turned out for the parade.", ""},
	{"en", "Speaking at the event, organisers thanked the volunteers.", ""},
	{"en", "Overall, sales were flat in the third quarter.", ""},
	{"en", "Residents Told to Boil Water After Main Bursts", ""},
	{"en", "Mark your calendars: the festival returns in July.", ""},
	{"en", "Will the rain stop before the weekend?", ""},
	{"en", "Hope faded for the missing hikers on Sunday.", ""},
	{"en", "Grace periods for late payments were extended.", ""},
	{"en", "Rose petals covered the aisle at the wedding.", ""},
	{"en", "Bill Would Raise Fuel Tax by Five Cents", ""},
	{"en", "Joy filled the streets after the final whistle.", ""},
	{"en", "Summer Sales Begin Early at Shopping Centres", ""},
	// Mountains, rivers, buildings: places at most.
	{"en", "Mount Kenya is popular with climbers.", ""},
	{"en", "Mount St. Helens erupted in 1980.", ""},
	{"en", "The Thames burst its banks near Oxford.", ""},
	{"en", "Tourists flocked to the Empire State Building.", ""},
	{"en", "The Eiffel Tower was lit in blue and yellow.", ""},
	{"en", "Lake Michigan water levels are falling.", ""},
	{"en", "Mount Washington recorded winds of 100 miles an hour.", ""},
	{"en", "Victoria Falls is at its fullest in April.", ""},
	// Works in quotes.
	{"en", "The film “Oppenheimer” won seven awards.", ""},
	{"en", "The song “Jolene” returned to the charts.", ""},
	{"en", "The novel “Emma” was adapted for television again.", ""},
	{"en", "“Barbie” was the highest-grossing film of the year.", ""},
	{"en", "The musical “Hamilton” returns to the stage in the autumn.", ""},
	// Real actors among the traps.
	{"en", "Reuters reported that oil prices rose on Monday.", "reuters"},
	{"en", "Pope Francis celebrated Christmas Mass in St. Peter's Basilica.", "pope-francis"},
}

// noActorGridKnown lists the rows the extractor still gets wrong. The test
// fails when one of them starts passing, so the list shrinks with each fix.
var noActorGridKnown = []string{
	// A capital in a headline in title case, and at the end of an event's
	// name whose other words are ordinary: read as the state.
	"Hujan Diprakirakan Mengguyur Jakarta Sepanjang Hari",
	"Pekan Raya Jakarta dibuka hingga pertengahan Juli.",
	// "Polisi" opening the sentence is the home state's police
	// (TestHomeBodiesAbroad wants it so); this grid reads it as the
	// generic word it is in lower case.
	"Polisi menerapkan rekayasa lalu lintas di sekitar Bundaran HI.",
	"Polisi masih menyelidiki penyebab kebakaran gudang itu.",
	// A gazetteer armed group (PETRARCH's) of the same name as the sales day.
	"Pusat perbelanjaan memberikan diskon besar-besaran saat Black Friday.",
	"Retail sales jumped during the Black Friday weekend.",
	// A body or an organization made of a head and ordinary words only.
	"Kepala Dinas Kesehatan meminta warga menguras bak mandi secara rutin.",
	"Sekolah Dasar di desa itu hanya memiliki tiga ruang kelas.",
	// A given name that is an ordinary word too, opening the sentence.
	"Fajar menyingsing ketika para nelayan kembali ke darat.",
	"Budi pekerti diajarkan sejak sekolah dasar.",
	"Intan seberat 100 karat ditemukan di tambang rakyat di Kalimantan Selatan.",
	"Rahmat hujan turun setelah tiga bulan kemarau.",
	"Dewi Fortuna tidak berpihak pada tim tuan rumah malam itu.",
	// Brands and places named after persons or states.
	"The bar serves Jack Daniel's and local craft beers.",
	"Shoppers queued for hours for the new Air Jordan sneakers.",
	"Victoria Falls is at its fullest in April.",
	// A work's title in quotes with no word for the work before it.
	"“Barbie” was the highest-grossing film of the year.",
}

// TestNoActorGrid wants exactly each row's actor set, places aside as the
// dev sets' scoring leaves them; rows in noActorGridKnown must still fail.
func TestNoActorGrid(t *testing.T) {
	x := extractor(t)
	texts := map[string]bool{}
	langs := map[string]int{}
	for _, c := range noActorGridRows {
		if texts[c.text] {
			t.Errorf("row %q twice", c.text)
		}
		texts[c.text] = true
		langs[c.lang]++
	}
	if langs["id"] < 200 || langs["en"] < 100 {
		t.Errorf("grid has %d Indonesian and %d English rows, want at least 200 and 100", langs["id"], langs["en"])
	}
	for _, k := range noActorGridKnown {
		if !texts[k] {
			t.Errorf("known failure %q is no row", k)
		}
	}
	pass := 0
	for _, c := range noActorGridRows {
		t.Run(c.text, func(t *testing.T) {
			d, err := x.Article(context.Background(), Input{Text: c.text, Lang: c.lang, Published: "2024-06-01"})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, a := range d.Actors {
				if a.Kind == facts.KindPlace {
					continue // places are not annotated (actordev_test.go)
				}
				got = append(got, a.ID)
			}
			slices.Sort(got)
			got = slices.Compact(got)
			want := strings.Fields(c.want)
			slices.Sort(want)
			ok := slices.Equal(got, want)
			if ok {
				pass++
			}
			switch known := slices.Contains(noActorGridKnown, c.text); {
			case ok && known:
				t.Errorf("known failure passes now (got %v): take it off noActorGridKnown", got)
			case !ok && !known:
				t.Errorf("got %v, want %v", got, want)
			}
		})
	}
	t.Logf("%d of %d rows pass (%d Indonesian, %d English), %d known failures", pass, len(noActorGridRows), langs["id"], langs["en"], len(noActorGridKnown))
}
