package extract

import (
	"testing"
)

// idPrec41Rows are present-day (2022-2026) Indonesian news sentences
// written for the Indonesian precision grid 41 of issue #12 (composed in
// the style of Kompas, Detik, Tempo, CNN Indonesia and Antara, never copied
// from a data set) and annotated before the extractor ran on them: taxes
// and fees whose acronyms collide with bodies (PBB the land and building
// tax, not the United Nations; PPN, PPh, BPHTB, PKB), laws and regulations,
// government programs, products, brands and apps, films and songs, teams
// and tournaments, feasts and holidays, streets, buildings, toll roads,
// stations and airports named after persons, diseases and weather, and
// mixed sentences where some names are actors and others are not. want is
// the exact set of ids (persons, states, bodies, organizations; places are
// ignored), empty for none; every id a row does not list must not be given.
var idPrec41Rows = []wantRow{
	// Taxes and fees: PBB the land and building tax.
	{"pajak bupati pati pbb", "Bupati Pati Sudewo batal menaikkan PBB setelah didemo warga.", "sudewo/person", false},
	{"pajak kenaikan pbb 250", "Kenaikan PBB hingga 250 persen memicu unjuk rasa di depan kantor bupati.", "", false},
	{"pajak tagihan pbb-p2", "Warga mengeluhkan tagihan PBB-P2 yang melonjak hingga lima kali lipat.", "", false},
	{"pajak pbb naik drastis", "PBB naik drastis, warga Cirebon ramai-ramai mendatangi kantor DPRD.", "", false},
	{"pajak pemda naikkan pbb", "Sejumlah pemerintah daerah menaikkan PBB untuk mendongkrak pendapatan asli daerah.", "", false},
	{"pajak judul tolak kenaikan pbb", "Ribuan Warga Tolak Kenaikan PBB di Alun-alun Kota", "", false},
	{"pajak njop pbb", "Pemkot menyesuaikan NJOP sehingga nilai PBB yang harus dibayar warga ikut naik.", "", false},
	// annotation corrected after the first run: the provincial government gives the discount, an actor
	{"pajak diskon pbb", "Pemprov DKI memberikan diskon PBB 50 persen bagi rumah tapak di bawah Rp2 miliar.", "pemprov-dki-jakarta", false},
	{"pajak pembebasan pbb", "Pembebasan PBB untuk rumah guru dan veteran diperpanjang hingga akhir tahun.", "", false},
	{"pajak lonjakan pbb", "Lonjakan PBB di beberapa daerah membuat Kemendagri turun tangan.", "idn-home-affairs-ministry", false},
	{"pajak sppt pbb", "Lembar SPPT PBB tahun ini mulai dibagikan kepada warga melalui kelurahan.", "", false},
	{"pajak besaran pbb", "Besaran PBB rumah warga di kawasan itu naik dari Rp300 ribu menjadi Rp1,2 juta.", "", false},
	{"pajak pbb sektor p5l", "Penerimaan PBB sektor perkebunan dan pertambangan melampaui target.", "", false},
	{"pajak kebijakan pbb dibatalkan", "Kebijakan kenaikan PBB yang memicu demo besar itu akhirnya dibatalkan.", "", false},
	{"pajak pbb un genuine", "Sekjen PBB Antonio Guterres menyerukan gencatan senjata segera di Gaza.", "united-nations antonio-guterres", false},
	{"pajak pbb un resolusi", "Majelis Umum PBB mengesahkan resolusi yang menuntut penghentian perang.", "un-general-assembly", false},
	// known: the project counts the state aid goes to ("untuk Sudan") as an actor; the row wants the UN alone
	{"pajak pbb un menaikkan target", "PBB menaikkan target bantuan kemanusiaan untuk Sudan menjadi 4 miliar dolar AS.", "united-nations", true},

	// Other taxes: PPN, PPh, BPHTB, PKB, opsen.
	{"pajak ppn 12 persen", "Kenaikan PPN menjadi 12 persen hanya berlaku untuk barang mewah.", "", false},
	{"pajak pph 21", "Pemerintah menanggung PPh Pasal 21 bagi pekerja sektor padat karya.", "", false},
	{"pajak bphtb", "Pembebasan BPHTB bagi masyarakat berpenghasilan rendah mulai berlaku bulan depan.", "", false},
	{"pajak pkb samsat", "Pemutihan PKB di Samsat Jawa Barat diperpanjang hingga Agustus.", "", false},
	{"pajak opsen pkb", "Opsen PKB yang berlaku sejak Januari membuat pajak kendaraan naik.", "", false},
	{"pajak ppnbm mobil", "Insentif PPnBM untuk mobil listrik diperpanjang tahun depan.", "", false},
	{"pajak coretax", "Sistem Coretax yang baru diluncurkan sempat mengalami gangguan akses.", "", false},
	{"pajak djp coretax", "Direktorat Jenderal Pajak meminta maaf atas gangguan sistem Coretax.", "idn-tax-directorate", false},
	{"pajak menkeu purbaya ppn", "Menteri Keuangan Purbaya Yudhi Sadewa memastikan tarif PPN tidak naik tahun depan.", "purbaya-yudhi-sadewa", false},

	// Laws and regulations.
	{"hukum uu cipta kerja", "UU Cipta Kerja kembali digugat sejumlah serikat buruh.", "", false},
	{"hukum perppu cipta kerja", "Perppu Cipta Kerja diterbitkan pada akhir Desember 2022.", "", false},
	{"hukum permendag 8", "Permendag Nomor 8 Tahun 2024 melonggarkan impor sejumlah barang.", "", false},
	{"hukum kuhp baru", "KUHP baru akan mulai berlaku pada Januari 2026.", "", false},
	{"hukum uu ite pasal", "Pasal karet dalam UU ITE kerap dipakai untuk menjerat pengkritik.", "", false},
	{"hukum ruu perampasan aset", "RUU Perampasan Aset belum juga masuk daftar Prolegnas prioritas.", "", false},
	{"hukum perpres", "Perpres Nomor 83 Tahun 2024 mengatur badan baru di bidang gizi.", "", false},
	{"hukum uu tni", "Revisi UU TNI memicu gelombang protes mahasiswa di berbagai kota.", "", false},
	{"hukum uu bumn", "Perubahan UU BUMN memberi kewenangan baru kepada Danantara.", "idn-danantara", false},
	{"hukum mk uu pemilu", "Mahkamah Konstitusi mengabulkan sebagian gugatan atas UU Pemilu.", "idn-constitutional-court", false},
	{"hukum dpr sahkan ruu kuhap", "DPR mengesahkan RUU KUHAP menjadi undang-undang dalam rapat paripurna.", "idn-dpr", false},
	{"hukum pp 28", "PP Nomor 28 Tahun 2024 melarang penjualan rokok eceran.", "", false},

	// Government programs.
	{"program mbg keracunan", "Puluhan siswa diduga keracunan menu Makan Bergizi Gratis di Cianjur.", "", false},
	{"program mbg anggaran", "Anggaran program MBG tahun depan mencapai Rp335 triliun.", "", false},
	{"program sppg dapur", "Dapur SPPG di kecamatan itu melayani 3.000 penerima manfaat.", "", false},
	{"program bgn mbg", "Badan Gizi Nasional menghentikan sementara dapur MBG yang menyebabkan keracunan.", "idn-bgn", false},
	{"program sekolah rakyat", "Sekolah Rakyat mulai menerima siswa dari keluarga miskin ekstrem pada Juli.", "", false},
	{"program kopdes merah putih", "Koperasi Desa Merah Putih ditargetkan berdiri di 80.000 desa.", "", false},
	{"program kopdes peluncuran", "Peluncuran Kopdes Merah Putih digelar serentak di seluruh provinsi.", "", false},
	{"program cek kesehatan gratis", "Program Cek Kesehatan Gratis dibuka bagi warga yang berulang tahun.", "", false},
	{"program tapera", "Iuran Tapera sebesar tiga persen ditolak kalangan pekerja.", "", false},
	{"program kartu prakerja", "Pendaftaran Kartu Prakerja gelombang baru dibuka pekan depan.", "", false},
	{"program prabowo mbg", "Presiden Prabowo Subianto meninjau dapur Makan Bergizi Gratis di Bekasi.", "prabowo-subianto", false},
	{"program danantara patriot bond", "Patriot Bond yang diterbitkan Danantara diserap sejumlah konglomerat.", "idn-danantara", false},
	{"program bansos blt", "Penyaluran BLT Kesra dimulai pekan ini di kantor pos.", "", false},

	// Products, brands and apps.
	// known: the project counts a state named as where a thing happens ("di Indonesia") as an actor; left to that convention
	{"produk iphone 17", "iPhone 17 resmi dijual di Indonesia mulai Jumat.", "", true},
	{"produk qris", "Transaksi QRIS tumbuh 170 persen dibanding tahun lalu.", "", false},
	{"produk pertamax", "Harga Pertamax turun menjadi Rp12.200 per liter mulai Senin.", "", false},
	{"produk minyakita", "Takaran MinyaKita yang tidak sesuai label ditemukan di sejumlah pasar.", "", false},
	{"produk gojek grab tarif", "Tarif ojek daring naik, pengemudi menggelar aksi di depan Istana.", "", false},
	// known: "di Indonesia" as where counts as the state by the project's convention
	{"produk aplikasi temu", "Aplikasi Temu dilarang beroperasi di Indonesia karena mengancam UMKM.", "", true},
	// known: "Layanan WhatsApp" is the service; a word for a service before a company's name was left alone (too many bodies follow "layanan")
	{"produk whatsapp down", "Layanan WhatsApp sempat down selama dua jam pada Rabu malam.", "", true},
	{"produk byd seal", "Mobil listrik BYD Seal laris manis di pameran GIIAS.", "", false},
	{"produk indomie", "Indomie goreng kembali dinobatkan sebagai mi instan terenak.", "", false},
	{"produk sirekap", "Aplikasi Sirekap sempat menampilkan data perolehan suara yang keliru.", "", false},
	{"produk labubu", "Boneka Labubu diburu pembeli hingga antrean mengular di pusat perbelanjaan.", "", false},
	{"produk pertamina pertamax", "Pertamina menurunkan harga Pertamax dan Dexlite mulai 1 Desember.", "pertamina", false},

	// Films, songs, series.
	{"film jumbo", "Film Jumbo menembus sepuluh juta penonton dalam sebulan.", "", false},
	// known: "di Indonesia" as where counts as the state by the project's convention
	{"film agak laen", "Agak Laen menjadi film komedi terlaris sepanjang masa di Indonesia.", "", true},
	{"film kkn desa penari", "KKN di Desa Penari kembali ditayangkan di layanan streaming.", "", false},
	{"film lagu indonesia raya", "Lagu Indonesia Raya berkumandang saat bendera dikibarkan.", "", false},
	{"film lagu tabola bale", "Lagu Tabola Bale ramai dinyanyikan di upacara HUT RI.", "", false},
	{"film one piece bendera", "Bendera One Piece dikibarkan sejumlah warga menjelang 17 Agustus.", "", false},
	{"film serial gadis kretek", "Serial Ipar Adalah Maut ditonton jutaan orang di bioskop.", "", false},

	// Sport: teams and tournaments.
	{"olahraga timnas indonesia", "Timnas Indonesia menang 2-1 atas Bahrain di Stadion Gelora Bung Karno.", "", false},
	{"olahraga timnas u-23", "Timnas U-23 lolos ke semifinal Piala Asia U-23.", "", false},
	{"olahraga persib juara", "Persib Bandung menjuarai Liga 1 untuk kedua kalinya secara beruntun.", "persib", false},
	{"olahraga liga 1 jadwal", "Jadwal Liga 1 pekan ini diwarnai laga besar di Jakarta.", "", false},
	{"olahraga piala aff", "Piala AFF 2024 digelar dengan format kandang dan tandang.", "", false},
	{"olahraga super league", "Super League musim ini diikuti 18 klub.", "", false},
	{"olahraga kualifikasi piala dunia", "Kualifikasi Piala Dunia zona Asia memasuki putaran keempat.", "", false},
	// known: "di Thailand" as where counts as the state by the project's convention
	{"olahraga sea games thailand", "SEA Games 2025 digelar di Thailand pada Desember.", "", true},
	{"olahraga pssi kluivert", "PSSI resmi memberhentikan Patrick Kluivert dari kursi pelatih.", "pssi patrick-kluivert", false},
	{"olahraga erick pssi", "Ketua Umum PSSI Erick Thohir mengumumkan pelatih baru timnas.", "pssi erick-thohir", false},
	{"olahraga pon aceh sumut", "PON Aceh-Sumut 2024 menyisakan masalah venue yang belum rampung.", "", false},
	{"olahraga proliga", "Final Proliga 2025 digelar di GOR Amongrogo, Yogyakarta.", "", false},

	// Feasts and holidays.
	{"hari idulfitri cuti", "Cuti bersama Idulfitri tahun ini ditetapkan empat hari.", "", false},
	{"hari natal tahun baru", "Libur Natal dan Tahun Baru diperkirakan memicu lonjakan penumpang.", "", false},
	{"hari imlek", "Perayaan Imlek di Glodok dimeriahkan pertunjukan barongsai.", "", false},
	{"hari nyepi bandara", "Bandara I Gusti Ngurah Rai tutup selama 24 jam saat Nyepi.", "", false},
	{"hari waisak borobudur", "Ribuan umat Buddha mengikuti perayaan Waisak di Candi Borobudur.", "", false},
	{"hari kemerdekaan hut ri", "Upacara HUT ke-80 RI digelar di Istana Merdeka.", "", false},
	{"hari kartini", "Siswi mengenakan kebaya untuk memperingati Hari Kartini.", "", false},
	{"hari pahlawan", "Hari Pahlawan diperingati dengan upacara di Tugu Pahlawan Surabaya.", "", false},

	// Streets, buildings, toll roads, stations, airports named after persons.
	{"jalan sudirman demo", "Massa memadati Jalan Jenderal Sudirman hingga arus lalu lintas dialihkan.", "", false},
	{"jalan tol cipularang", "Kecelakaan beruntun terjadi di Tol Cipularang KM 92.", "", false},
	{"jalan bandara soekarno-hatta", "Penumpang di Bandara Soekarno-Hatta meningkat menjelang Lebaran.", "", false},
	{"jalan bandara yia", "Bandara Internasional Yogyakarta melayani penerbangan umrah perdana.", "", false},
	{"jalan stasiun gambir", "Stasiun Gambir dipadati pemudik sejak Kamis pagi.", "", false},
	{"jalan rsud koja", "Korban dilarikan ke RSUD Koja untuk mendapat perawatan.", "", false},
	{"jalan gedung sate", "Gedung Sate menjadi titik kumpul aksi mahasiswa pada Senin.", "", false},
	{"jalan jis", "Konser itu digelar di Jakarta International Stadium pada Sabtu malam.", "", false},
	{"jalan tol jagorawi", "Jasa Marga menerapkan contraflow di Tol Jagorawi.", "jasa-marga", false},
	{"jalan jalan gatot subroto", "Jalan Gatot Subroto macet total akibat genangan air.", "", false},
	{"jalan rs cipto", "Pasien dirujuk ke RSCM untuk menjalani operasi.", "", false},
	{"jalan kri nanggala", "Kapal selam KRI Nanggala-402 tenggelam di perairan utara Bali.", "", false},

	// Diseases, weather, disasters.
	// known: "di China" as where counts as the state by the project's convention
	{"penyakit hmpv", "Kasus HMPV di China membuat warga khawatir, namun Kemenkes meminta masyarakat tenang.", "idn-health-ministry", true},
	// known: "di Indonesia" as where counts as the state by the project's convention
	{"penyakit mpox", "Mpox varian baru belum terdeteksi di Indonesia.", "", true},
	{"penyakit covid", "Kasus Covid-19 kembali naik setelah libur panjang.", "", false},
	{"penyakit dbd", "Kasus DBD melonjak di awal musim hujan.", "", false},
	{"cuaca siklon", "Siklon Tropis Seroja menyebabkan banjir bandang di NTT pada 2021.", "", false},
	{"cuaca gempa cianjur", "Gempa Cianjur menewaskan lebih dari 600 orang.", "", false},
	{"cuaca erupsi lewotobi", "Erupsi Gunung Lewotobi Laki-laki membatalkan penerbangan ke Bali.", "", false},
	{"cuaca banjir bandang sumatra", "Banjir bandang melanda Sumatra Barat, Aceh, dan Sumatra Utara.", "", false},

	// Titles followed by common nouns.
	{"gelar menteri tidak disebut", "Menteri yang tidak berkinerja baik akan dievaluasi.", "", false},
	{"gelar presiden terpilih", "Presiden terpilih biasanya dilantik pada Oktober.", "", false},
	{"gelar kapolres setempat", "Kapolres setempat belum bersedia memberikan keterangan.", "", false},
	{"gelar gubernur baru", "Gubernur baru diharapkan segera menyelesaikan masalah banjir.", "", false},
	{"gelar bupati terpilih", "Bupati dan wakil bupati terpilih mengikuti retret di Magelang.", "", false},
	{"gelar kepala desa", "Kepala Desa dan perangkatnya ikut menyalurkan bantuan.", "", false},

	// Mixed sentences: some names actors, others not.
	{"campur kpk pajak", "KPK menyita rumah mewah milik pejabat pajak yang menunggak PBB.", "idn-kpk", false},
	{"campur sri mulyani ppn", "Sri Mulyani menyebut kenaikan PPN tidak akan membebani rakyat kecil.", "sri-mulyani", false},
	{"campur gibran sekolah rakyat", "Wakil Presiden Gibran Rakabuming Raka meninjau Sekolah Rakyat di Sleman.", "gibran-rakabuming-raka", false},
	{"campur dedi pbb", "Gubernur Jawa Barat Dedi Mulyadi meminta bupati membatalkan kenaikan PBB.", "dedi-mulyadi", false},
	{"campur kemendag permendag", "Kementerian Perdagangan merevisi Permendag soal impor pakaian bekas.", "idn-trade-ministry", false},
	{"campur polri demo pbb", "Polri menerjunkan 2.000 personel untuk mengamankan demo tolak kenaikan PBB.", "idn-police", false},
	{"campur pramono jis", "Gubernur Jakarta Pramono Anung membuka konser di Jakarta International Stadium.", "pramono-anung", false},
	{"campur bpom minyakita", "BPOM menarik produk MinyaKita yang tidak memiliki izin edar.", "idn-bpom", false},
	{"campur erick bumn", "Erick Thohir menyebut BUMN Karya harus dirampingkan.", "erick-thohir", false},
	{"campur who mpox", "WHO mencabut status darurat kesehatan global untuk mpox.", "who", false},
}

// idPrec41Batch2Rows are a second batch, written and annotated before the
// extractor ran on them, after the before-only words of ordinary_acronyms
// ("<menaikkan"), the land-tax words and program_names were added: the
// land tax and the vehicle tax in new contexts, the UN acting with the
// same verbs, programs named alone, and days off.
var idPrec41Batch2Rows = []wantRow{
	{"b2 dinaikkan pbb", "Warga protes karena PBB dinaikkan tanpa sosialisasi.", "", false},
	{"b2 menurunkan pbb", "Wali kota berjanji menurunkan PBB bagi pensiunan dan guru honorer.", "", false},
	{"b2 realisasi pbb", "Realisasi PBB hingga September baru mencapai 60 persen dari target.", "", false},
	{"b2 keringanan pbb lansia", "Keringanan PBB diberikan kepada warga lanjut usia berpenghasilan rendah.", "", false},
	{"b2 menunggak pbb", "Ribuan wajib pajak masih menunggak PBB sejak tiga tahun lalu.", "", false},
	{"b2 tunggakan pkb", "Tunggakan PKB di Jawa Tengah mencapai Rp1 triliun.", "", false},
	{"b2 pbb un naikkan seruan", "PBB menaikkan status darurat kelaparan di Gaza ke level tertinggi.", "united-nations", false},
	{"b2 pbb un kenaikan suhu", "PBB memperingatkan kenaikan suhu global bisa melampaui 1,5 derajat Celsius.", "united-nations", false},
	// known: the project reads "pemerintahan Prabowo Subianto" as Indonesia's government (regime_before); the row wants no state
	{"b2 pkb party", "PKB menyatakan tetap mendukung pemerintahan Prabowo Subianto.", "pkb prabowo-subianto", true},
	{"b2 sekolah rakyat dibuka", "Sekolah Rakyat dibuka di 100 titik pada tahun ajaran baru.", "", false},
	{"b2 koperasi merah putih", "Koperasi Merah Putih diharapkan memotong rantai distribusi pupuk.", "", false},
	{"b2 mensos sekolah rakyat", "Menteri Sosial Saifullah Yusuf meninjau asrama Sekolah Rakyat di Bekasi.", "syaifullah-yusuf", false},
	{"b2 cuti bersama natal", "Cuti bersama Natal diberikan pada 26 Desember.", "", false},
	{"b2 kenaikan pbb judul", "Bupati Batalkan Kenaikan PBB 250 Persen", "", false},
	{"b2 opsen pkb jateng", "Pemprov Jawa Tengah memberi diskon opsen PKB hingga akhir tahun.", "pemprov-jawa-tengah", false},
}

// idPrec41Batch3Rows are a third batch, written and annotated before the
// extractor ran on them, after the coordinator and parenthesis reading of
// ordinary_acronyms was written from probes that are not rows: taxes
// coordinated with the land tax, the land tax written out with its
// acronym in parentheses, and the UN written out the same way.
var idPrec41Batch3Rows = []wantRow{
	{"b3 pph dan pbb", "Pemerintah memberi insentif PPh dan PBB bagi industri padat karya.", "", false},
	{"b3 pbb dan bphtb", "Pendapatan dari PBB dan BPHTB menjadi andalan kas daerah.", "", false},
	{"b3 pajak bumi kurung", "Pajak Bumi dan Bangunan (PBB) perkotaan naik rata-rata 20 persen.", "", false},
	{"b3 pbb p2 kurung", "Pajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBB-P2) dibayar paling lambat 31 Agustus.", "", false},
	{"b3 un kurung", "Perserikatan Bangsa-Bangsa (PBB) menyerukan penghentian blokade bantuan ke Gaza.", "united-nations", false},
	{"b3 ujian nasional kurung", "Ujian Nasional (UN) tidak akan dihidupkan kembali, kata Mendikdasmen Abdul Mu'ti.", "abdul-mu-ti", false},
	{"b3 pbb dan unicef", "PBB dan UNICEF mengirim bantuan pangan ke Sudan.", "united-nations unicef SDN", false},
}

// TestIDPrec41Grid runs the Indonesian precision grid 41.
func TestIDPrec41Grid(t *testing.T) {
	t.Run("batch1", func(t *testing.T) { runWantGrid(t, "id", idPrec41Rows, 120) })
	t.Run("batch2", func(t *testing.T) { runWantGrid(t, "id", idPrec41Batch2Rows, 15) })
	t.Run("batch3", func(t *testing.T) { runWantGrid(t, "id", idPrec41Batch3Rows, 7) })
}
