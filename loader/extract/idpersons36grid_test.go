package extract

import "testing"

// idPersons36GridRows are Indonesian sentences written for the test (made
// up in the style of present-day news, never copied from a data set) about
// ordinary and little-known persons the gazetteer does not hold: victims,
// witnesses, suspects, officials of regencies and villages, police and
// military officers of rank (AKBP, Kombes, Kapolres, Dandim, Brigjen),
// academics and experts (pengamat, dosen, Guru Besar), religious figures
// (Ustaz, KH, Habib, Romo, Pendeta), athletes and artists; with honorifics
// and academic titles (Bapak, Ibu, Pak, Bu, Ny., Tn., Sdr., dr., Dr., Prof.,
// H., Hj.), one-word names, initials (AS (34), berinisial RK), ages in
// brackets and names in apposition. The last third are rows with no person:
// a title or honorific before a common noun, an office or a body (Ibu Kota,
// Bapak Pembangunan, Pak RT, Bu Guru, Kapolres Jakarta Selatan alone).
//
// Annotated before the extractor ran on them (see nameGridRow: persons and
// states are annotated completely; a person is the slug of the name as
// written without titles and degrees).
var idPersons36GridRows = []nameGridRow{
	// Police and military officers of rank.
	{"ip36 kapolres akbp", "Kapolres Sleman AKBP Yuswanto Ardi mengatakan pelaku pembacokan sudah ditangkap.", "yuswanto-ardi", "", false, false},
	{"ip36 kombes kabid humas", "Kabid Humas Polda Jawa Timur Kombes Dirmanto Sugiarto membenarkan penangkapan itu.", "dirmanto-sugiarto", "", false, false},
	{"ip36 dandim letkol", "Dandim 0618/Kota Bandung Letkol Inf Romas Herlandes meninjau lokasi banjir.", "romas-herlandes", "", false, false},
	{"ip36 brigjen karo penmas", "Karo Penmas Divisi Humas Polri Brigjen Trunoyudo Andiko mengatakan kasus itu masih didalami.", "trunoyudo-andiko", "", false, false},
	{"ip36 kasat lantas akp age", "Kasat Lantas Polres Bogor AKP Rizky Guntama menyebut sopir truk mengantuk.", "rizky-guntama", "", false, false},
	{"ip36 kapolsek iptu single", "Kapolsek Pamulang Iptu Suhardi mengimbau warga mengunci kendaraan.", "suhardi", "", false, false},
	{"ip36 danramil kapten", "Danramil Cibadak Kapten Inf Asep Sudrajat ikut mengevakuasi warga.", "asep-sudrajat", "", false, false},
	{"ip36 kata kombes", "\"Tersangka dijerat pasal berlapis,\" kata Kombes Ade Ary Syam Indradi.", "ade-ary-syam-indradi", "", false, false},
	{"ip36 bripka victim", "Bripka Andi Saputra tewas ditembak orang tak dikenal saat berpatroli.", "andi-saputra", "", false, false},
	{"ip36 danrem kolonel", "Danrem 132/Tadulako Brigjen TNI Farid Makruf memimpin apel siaga bencana.", "farid-makruf", "", false, false},
	{"ip36 pangdam mayjen", "Pangdam Jaya Mayjen TNI Mohamad Hasan meninjau kesiapan pasukan.", "mohamad-hasan", "", false, false},
	{"ip36 kasatreskrim ujar", "Pelaku sudah mengintai rumah korban sejak sepekan, ujar Kasat Reskrim Polres Bekasi AKP Dwi Prasetyo.", "dwi-prasetyo", "", false, false},
	{"ip36 kapolres comma name", "Kapolres Lombok Tengah, AKBP Hery Indra Cahyono, memastikan arus mudik lancar.", "hery-indra-cahyono", "", false, false},
	{"ip36 serda age victim", "Serda Yohanes Kogoya (26) gugur dalam kontak tembak di Intan Jaya.", "yohanes-kogoya", "", false, false},

	// Regency and village officials.
	{"ip36 bupati name", "Bupati Banyumas Sadewo Tri Lastiono meresmikan pasar tradisional yang baru direnovasi.", "sadewo-tri-lastiono", "", false, false},
	{"ip36 wakil bupati comma", "Wakil Bupati Sumedang, Erwan Setiawan, meninjau lokasi longsor.", "erwan-setiawan", "", false, false},
	{"ip36 kades single age", "Kepala Desa Sukamaju, Darsono (54), ditahan karena menyelewengkan dana desa.", "darsono", "", false, false},
	{"ip36 sekdes", "Sekretaris Desa Karangrejo Wahyu Hidayat mengatakan data penerima bantuan sudah diperbarui.", "wahyu-hidayat", "", false, false},
	{"ip36 kadis pendidikan", "Kepala Dinas Pendidikan Kabupaten Garut Ade Manadin meminta sekolah tidak memungut biaya.", "ade-manadin", "", false, false},
	{"ip36 camat comma single", "Camat Ciputat, Kartono, mengaku sudah menyurati pengembang.", "kartono", "", false, false},
	{"ip36 sekda", "Sekda Kabupaten Bandung Cakra Amiyana memimpin rapat koordinasi penanganan sampah.", "cakra-amiyana", "", false, false},
	{"ip36 anggota dprd", "Anggota DPRD Kota Depok Hamzah Rahman mempertanyakan anggaran proyek itu.", "hamzah-rahman", "", false, false},
	{"ip36 kepala bpbd", "Kepala BPBD Kabupaten Cianjur Asep Sukma menyebut 300 rumah rusak.", "asep-sukma", "", false, false},
	{"ip36 lurah bu", "Lurah Pejaten Timur, Bu Ratnawati, meminta warga waspada banjir kiriman.", "ratnawati", "", false, false},

	// Academics and experts.
	{"ip36 pengamat comma", "Pengamat transportasi, Djoko Setijowarno, menilai tarif ojek online perlu dievaluasi.", "djoko-setijowarno", "", false, false},
	{"ip36 dosen uin comma", "Dosen UIN Sunan Kalijaga, Siti Fatimah Azzahra, meneliti pernikahan dini di desa-desa.", "siti-fatimah-azzahra", "", false, false},
	{"ip36 guru besar prof", "Guru Besar Fakultas Hukum Universitas Padjadjaran Prof. Susi Dwi Harijanti menilai putusan itu keliru.", "susi-dwi-harijanti", "", false, false},
	{"ip36 prof dr degree", "Prof. Dr. Hendra Gunawan, M.Si., mengingatkan ancaman kekeringan di Jawa.", "hendra-gunawan", "", false, false},
	{"ip36 dr lowercase physician", "dr. Lukas Tambunan, Sp.PD, mengatakan pasien demam berdarah terus bertambah.", "lukas-tambunan", "", false, false},
	{"ip36 dokter spesialis comma", "Dokter spesialis anak, dr. Anindya Prameswari, mengimbau orang tua melengkapi imunisasi.", "anindya-prameswari", "", false, false},
	{"ip36 peneliti brin", "Peneliti BRIN Eddy Hermawan memperkirakan musim hujan datang lebih awal.", "eddy-hermawan", "", false, false},
	{"ip36 menurut pakar", "Menurut pakar hukum pidana Abdul Fickar Hadjar, tersangka bisa dijerat pasal suap.", "abdul-fickar-hadjar", "", false, false},
	{"ip36 ekonom kata", "\"Daya beli masyarakat masih lemah,\" kata ekonom Bhima Yudhistira.", "bhima-yudhistira", "", false, false},
	{"ip36 psikolog comma", "Psikolog anak, Seto Mulyadi, meminta pelaku perundungan dibina.", "seto-mulyadi", "", false, false},
	{"ip36 rektor", "Rektor Universitas Negeri Malang Hariyono melantik 50 guru besar baru.", "hariyono", "", false, false},
	{"ip36 dr capital title", "Dr. Wahyu Setiawan dari Universitas Airlangga menemukan varian bakteri baru.", "wahyu-setiawan", "", false, false},
	{"ip36 ahli gempa", "Ahli gempa dari ITB, Irwan Meilano, mengingatkan potensi gempa di sesar Lembang.", "irwan-meilano", "", false, false},
	{"ip36 sosiolog ujar", "Fenomena itu muncul karena tekanan ekonomi, ujar sosiolog Universitas Gadjah Mada Arie Sujito.", "arie-sujito", "", false, false},

	// Religious figures.
	{"ip36 ustaz two words", "Ustaz Adi Hidayat mengisi tabligh akbar di Masjid Raya Bandung.", "adi-hidayat", "", false, false},
	{"ip36 kh dot degree", "KH. Marzuki Mustamar mengajak santri menjaga persatuan.", "marzuki-mustamar", "", false, false},
	{"ip36 habib comma", "Habib Husein Jafar, pendakwah muda, mengisi kajian di kampus.", "husein-jafar", "", false, false},
	{"ip36 romo", "Romo Antonius Benny Susetyo memimpin misa di Gereja Katedral.", "antonius-benny-susetyo", "", false, false},
	{"ip36 pendeta subject", "Pendeta Gomar Gultom mengajak umat menolak politik uang.", "gomar-gultom", "", false, false},
	{"ip36 kyai haji full", "Kiai Haji Abdul Ghofur Maimoen memimpin doa bersama di alun-alun.", "abdul-ghofur-maimoen", "", false, false},
	{"ip36 pastor", "Pastor Yohanes Djonga dikenal membela hak warga adat di Papua.", "yohanes-djonga", "", false, false},
	{"ip36 biksu", "Biksu Sri Pannyavaro Mahathera memimpin perayaan Waisak di Borobudur.", "sri-pannyavaro-mahathera", "", false, false},
	{"ip36 imam masjid comma", "Imam Masjid Istiqlal, Nasaruddin Umar, menyerukan perdamaian.", "nasaruddin-umar", "", false, false},
	{"ip36 tuan guru", "Tuan Guru Haji Zainul Majdi berceramah di Mataram.", "zainul-majdi", "", false, false},

	// Athletes and artists.
	{"ip36 pebulu tangkis", "Pebulu tangkis tunggal putra Jonatan Christie lolos ke semifinal.", "jonatan-christie", "", false, false},
	{"ip36 lifter", "Lifter Rahmat Erwin Abdullah meraih medali emas di Kejuaraan Asia.", "rahmat-erwin-abdullah", "", false, false},
	{"ip36 pesepak bola", "Pesepak bola Persib Bandung, Marc Klok, absen karena cedera.", "marc-klok", "", false, false},
	{"ip36 penyanyi", "Penyanyi dangdut Lesti Kejora membatalkan konsernya di Medan.", "lesti-kejora", "", false, false},
	{"ip36 aktor comma", "Aktor senior, Slamet Rahardjo, menerima penghargaan seumur hidup.", "slamet-rahardjo", "", false, false},
	{"ip36 pelukis", "Pelukis asal Bali, I Nyoman Masriadi, menggelar pameran tunggal di Jakarta.", "i-nyoman-masriadi", "", false, false},
	{"ip36 atlet panjat tebing", "Atlet panjat tebing Veddriq Leonardo memecahkan rekor dunia.", "veddriq-leonardo", "", false, false},
	{"ip36 pelatih", "Pelatih timnas U-17, Nova Arianto, memanggil 30 pemain.", "nova-arianto", "", false, false},
	{"ip36 sutradara", "Sutradara Joko Anwar merilis film horor terbarunya.", "joko-anwar", "", false, false},
	{"ip36 komika", "Komika Bintang Emon mengkritik kebijakan itu lewat video.", "bintang-emon", "", false, false},

	// Honorifics and victims, witnesses, suspects.
	{"ip36 ibu age kata", "\"Saya hanya ingin anak saya pulang,\" kata Ibu Suwarni (58).", "suwarni", "", false, false},
	{"ip36 pak single mengaku", "Pak Darman mengaku melihat dua orang berlari dari rumah itu.", "darman", "", false, false},
	{"ip36 saksi comma", "Saksi mata, Ujang Suhendar, melihat mobil itu melaju kencang.", "ujang-suhendar", "", false, false},
	{"ip36 tersangka comma age", "Tersangka, Irfan Maulana (29), mengaku menjual narkoba sejak setahun lalu.", "irfan-maulana", "", false, false},
	{"ip36 korban bernama", "Korban bernama Siti Khodijah (17) ditemukan selamat di hutan.", "siti-khodijah", "", false, false},
	{"ip36 ny object", "Polisi memeriksa Ny. Rosmawati sebagai saksi.", "rosmawati", "", false, false},
	{"ip36 tn age", "Tn. Suparman (72) meninggal di ruang tunggu rumah sakit.", "suparman", "", false, false},
	{"ip36 sdr list", "Sdr. Agus Salim dan Sdr. Bayu Aji dipanggil penyidik pekan depan.", "agus-salim bayu-aji", "", false, false},
	{"ip36 hj comma", "Hj. Siti Aisyah, pemilik yayasan yatim piatu, menyerahkan bantuan.", "siti-aisyah", "", false, false},
	{"ip36 h dot degree", "H. Abdul Rozak, S.Ag., terpilih sebagai ketua takmir masjid.", "abdul-rozak", "", false, false},
	{"ip36 bapak full", "Bapak Ahmad Sobari menyerahkan sertifikat tanah kepada ahli waris.", "ahmad-sobari", "", false, false},
	{"ip36 bu single", "Bu Sumini sudah 30 tahun berjualan pecel di depan stasiun.", "sumini", "", false, false},
	// known: an arrest by a home body makes the event's source IDN an actor (the legal grid's convention)
	{"ip36 initials berinisial", "Polisi menangkap seorang pria berinisial RK (31) di Bekasi.", "rk", "", false, true},
	{"ip36 initials AS apposition", "AS (34), sopir taksi daring, menjadi korban perampokan.", "as", "USA", false, false},
	{"ip36 initials dua", "Dua tersangka, HS (40) dan WN (35), ditahan di Polres Metro Depok.", "hs wn", "", false, false},
	{"ip36 initials alias", "Tersangka berinisial MR alias Boncel ditangkap di rumahnya.", "mr", "", false, false},
	{"ip36 single age jatuh", "Sarwono (63) jatuh dari pohon kelapa saat memanen.", "sarwono", "", false, false},
	{"ip36 bocah age", "Bocah bernama Rafael (8) hanyut terbawa arus sungai.", "rafael", "", false, false},
	{"ip36 ibu korban comma", "Ibu korban, Tumini, tak kuasa menahan tangis.", "tumini", "", false, false},
	{"ip36 ayah korban kata", "\"Dia anak yang rajin,\" kata ayah korban, Sudirman.", "sudirman", "", false, false},
	{"ip36 pengacara", "Pengacara korban, Hotman Siregar, meminta polisi menahan pelaku.", "hotman-siregar", "", false, false},
	{"ip36 terdakwa", "Terdakwa Rudi Hartono dituntut tujuh tahun penjara.", "rudi-hartono", "", false, false},
	{"ip36 warga comma name", "Warga setempat, Nanang Kosim, menemukan jasad itu di saluran irigasi.", "nanang-kosim", "", false, false},
	{"ip36 kepada pak", "Bantuan itu diserahkan kepada Pak Tarno dan keluarganya.", "tarno", "", false, false},
	{"ip36 sapaan akrab", "Muhammad Ridwan, yang akrab disapa Iwan, kini menjadi pengusaha kopi.", "muhammad-ridwan", "", false, false},

	{"ip36 kepala puskesmas", "Kepala Puskesmas Cilandak, drg. Ratna Juwita, menyebut kasus diare meningkat.", "ratna-juwita", "", false, false},
	{"ip36 ketua rw bapak", "Ketua RW 09, Bapak Sutrisno Hadi, mengumpulkan warga di balai.", "sutrisno-hadi", "", false, false},
	{"ip36 wartawan korban", "Wartawan media daring, Dedi Iskandar, dianiaya saat meliput unjuk rasa.", "dedi-iskandar", "", false, false},
	{"ip36 mahasiswi age", "Mahasiswi Universitas Brawijaya, Anggi Pratiwi (21), ditemukan meninggal di kamar kosnya.", "anggi-pratiwi", "", false, false},
	{"ip36 nenek penjual", "Nenek Rukiah (85), penjual kerupuk keliling, mendapat bantuan dari kapolsek.", "rukiah", "", false, false},
	{"ip36 petinju", "Petinju asal NTT, Daud Yordan, mempertahankan sabuknya di Labuan Bajo.", "daud-yordan", "", false, false},

	// No person: a title or honorific before a common noun, an office or a body.
	{"ip36 not ibu kota", "Ibu Kota Jakarta kembali dilanda banjir rob.", "", "kota-jakarta jakarta", true, false},
	{"ip36 not bapak pembangunan", "Gelar Bapak Pembangunan diberikan MPR pada 1983.", "", "pembangunan", false, false},
	{"ip36 not pak rt kata", "Pak RT sudah mengumumkan jadwal ronda malam.", "", "rt", true, false},
	{"ip36 not bu guru honorer", "Bu Guru Honorer di daerah terpencil menerima tunjangan baru.", "", "guru honorer", true, false},
	{"ip36 not dokter spesialis", "Dokter Spesialis Anak kini tersedia di puskesmas kecamatan.", "", "anak", true, false},
	{"ip36 not kapolres alone", "Kapolres Jakarta Selatan meminta warga melapor jika melihat balap liar.", "", "jakarta", false, false},
	{"ip36 not kapolda alone", "Kapolda Sumatera Utara memerintahkan penutupan lokasi judi.", "", "sumatera-utara", false, false},
	{"ip36 not dandim alone", "Dandim Sukoharjo memimpin karya bakti membersihkan sungai.", "", "sukoharjo", false, false},
	{"ip36 not bupati alone", "Bupati Bogor menetapkan status tanggap darurat bencana.", "", "bogor", false, false},
	{"ip36 not pak lurah", "Pak Lurah meminta warga mendata anak yang belum sekolah.", "", "lurah", true, false},
	{"ip36 not ibu negara", "Ibu Negara menghadiri peringatan Hari Anak Nasional.", "", "negara", false, false},
	{"ip36 not bapak ibu", "Bapak Ibu sekalian dimohon berdiri untuk menyanyikan lagu kebangsaan.", "", "ibu", true, false},
	{"ip36 not ibu hamil", "Ibu Hamil diimbau memeriksakan kandungan secara rutin.", "", "hamil", true, false},
	{"ip36 not guru besar", "Guru Besar baru itu dikukuhkan dalam sidang senat terbuka.", "", "", true, false},
	{"ip36 not prof title alone", "Gelar Prof. hanya diberikan kepada dosen dengan jabatan guru besar.", "", "", true, false},
	{"ip36 not ustaz muda kampung", "Ustaz Kampung mendapat insentif bulanan dari pemerintah kabupaten.", "", "kampung", true, false},
	{"ip36 not habib plural", "Para Habib dan ulama berkumpul di Jakarta Timur.", "", "", true, false},
	{"ip36 not romo title", "Romo Paroki meminta umat menjaga protokol kesehatan.", "", "paroki", true, false},
	{"ip36 not pendeta gereja", "Pendeta Gereja Toraja mendoakan korban longsor.", "", "gereja-toraja toraja", false, false},
	{"ip36 not kepala desa", "Kepala Desa se-Kabupaten Tegal mengikuti pelatihan pengelolaan dana desa.", "", "tegal", false, false},
	{"ip36 not kades plural", "Para Kades menolak rencana perpanjangan masa jabatan.", "", "", true, false},
	{"ip36 not hakim agung", "Hakim Agung yang baru dilantik diminta menjaga integritas.", "", "agung", true, false},
	{"ip36 not jaksa agung muda", "Jaksa Agung Muda Pidana Khusus menetapkan tiga tersangka baru.", "", "muda pidana-khusus", false, false},
	{"ip36 not bapak angkat", "Bapak Angkat UMKM dari BUMN menyalurkan pinjaman lunak.", "", "angkat umkm", false, false},
	{"ip36 not kakak beradik", "Kakak Beradik asal Garut itu ditemukan selamat.", "", "beradik garut", true, false},
	{"ip36 not mbak ojol", "Mbak Ojol yang viral itu ternyata seorang sarjana.", "", "ojol", true, false},
	{"ip36 not dokter muda", "Dokter Muda dari Universitas Hasanuddin diterjunkan ke daerah bencana.", "", "muda", false, false},
	{"ip36 not pak kades kata", "\"Kami minta jalan diperbaiki,\" kata Pak Kades.", "", "kades", true, false},
	{"ip36 not sdr tersangka", "Sdr. Tersangka dihadirkan dalam rekonstruksi ulang.", "", "tersangka", true, false},
	{"ip36 not kapolsek alone", "Kapolsek Kebayoran Lama beserta jajaran menggerebek kampung narkoba.", "", "kebayoran-lama lama", false, false},
	{"ip36 not bunda paud", "Bunda PAUD Kabupaten Sleman membuka lomba mewarnai.", "", "paud sleman", false, false},
	{"ip36 not pahlawan", "Bapak Bangsa itu dikenang lewat upacara sederhana.", "", "bangsa", true, false},
	// Second batch, annotated before the extractor ran on it, after the
	// rules of the first: the same classes with other words and names.
	{"ip36b pelawak", "Pelawak senior Kirun Suharjo meninggal dunia di Solo.", "kirun-suharjo", "", false, false},
	{"ip36b dalang comma", "Dalang wayang kulit, Ki Seno Nugroho, tampil semalam suntuk di alun-alun.", "seno-nugroho", "", false, false},
	{"ip36b wasit", "Wasit Thoriq Alkatiri memimpin laga final di Stadion Manahan.", "thoriq-alkatiri", "", false, false},
	{"ip36b masinis age", "Masinis Agus Riyanto (45) selamat dari tabrakan kereta di Bandung.", "agus-riyanto", "", false, false},
	{"ip36b iain comma", "Dosen IAIN Syekh Nurjati, Ahmad Fadhil, meneliti tradisi sedekah bumi.", "ahmad-fadhil", "", false, false},
	{"ip36b nickname biasa dipanggil", "Sutrisno Budiharjo, yang biasa dipanggil Tris, sudah 20 tahun menjadi nelayan.", "sutrisno-budiharjo", "", false, false},
	{"ip36b nickname alone", "Seorang pria yang akrab disapa Ucok ditangkap karena mencuri motor.", "ucok", "", false, false},
	{"ip36b penyanyi putri", "Penyanyi Putri Ariani tampil di panggung internasional.", "putri-ariani", "", false, false},
	{"ip36b kompol kapolsek", "Kapolsek Tanah Abang Kompol Haris Akhmat Basuki memimpin penggerebekan.", "haris-akhmat-basuki", "", false, false},
	{"ip36b letda victim", "Letda Inf Oktovianus Sogalrey gugur saat mengamankan pemilu.", "oktovianus-sogalrey", "", false, false},
	{"ip36b pengamat politik comma", "Pengamat politik Universitas Andalas, Asrinaldi, menilai koalisi itu rapuh.", "asrinaldi", "", false, false},
	{"ip36b ustazah age", "Ustazah Maimunah (60) mengajar mengaji anak-anak kampung secara gratis.", "maimunah", "", false, false},
	{"ip36b initials inisial", "Seorang guru berinisial DW (45) dilaporkan ke polisi oleh orang tua murid.", "dw", "", false, false},
	{"ip36b not ibu menyusui", "Ibu Menyusui mendapat ruang laktasi di setiap kantor pemerintah.", "", "menyusui", true, false},
	{"ip36b not pak kapolsek", "Pak Kapolsek berpesan agar warga tidak main hakim sendiri.", "", "kapolsek", true, false},
	{"ip36b not wasit alone", "Wasit Liga 1 akan dievaluasi setelah laga yang ricuh itu.", "", "liga", false, false},
	{"ip36b not dandim kodim", "Dandim 0733 Semarang membagikan paket sembako.", "", "semarang", false, false},
	{"ip36b not bu bidan", "Bu Bidan datang ke rumah warga untuk memeriksa balita.", "", "bidan", true, false},
}

// TestIDPersons36Grid checks idPersons36GridRows.
func TestIDPersons36Grid(t *testing.T) {
	runNameGrid(t, idPersons36GridRows, 120)
}
