package extract

import (
	"testing"
)

// idNameGridRows are Indonesian sentences written for the test (made up in
// the style of Indonesian domestic news, never copied from a data set) that
// name Indonesians: Javanese single names (Sutrisno, Suparmi), two- and
// three-word names, Sundanese (Asep, Ujang, Euis), Balinese (I Wayan, Ni
// Made, I Gusti Ngurah, Ida Bagus, Anak Agung), Batak with a marga (and
// "br"/"boru"), Minang, Bugis (Andi), Chinese-Indonesian names of
// one-syllable parts (Tjhang, Liem, Oei, Kwee), Arabic-Indonesian names
// (bin, binti, Habib, Syekh, Al-), Papuan (Wenda, Kogoya, Tabuni), initials
// (M. Nur, H. Abdul, suspects' initials), and academic, religious, noble
// and informal prefixes and suffixes (Prof. Dr., dr., Ir., Drs., H., Hj.,
// KH, Ustaz, Gus, Pendeta, Raden, Teuku, Mbah, Pak, Bu, S.H., M.Si.); in
// the slots domestic news puts them in: subject, "kata/ujar/tutur/menurut
// X", apposition in commas with an occupation, an age or a village, the
// object of a verb (menangkap, memanggil, menunjuk ... sebagai), after a
// preposition (bersama, oleh, kepada, terhadap, dengan), possessives
// (rumah, kediaman, jenazah), lists, kinship (putra, istri, anak), after
// "bernama", suspects' initials ("tersangka berinisial AS (34)") and a
// second mention by one name. Rows with no person look alike: places,
// streets, airports, universities and buildings named after persons
// (Jalan Sudirman, Bandara Soekarno-Hatta), brands, and ordinary words
// that are also given names (Budi pekerti, Fajar menyingsing, Intan, Mega
// mendung, Gunung Agung, Hari Kartini).
//
// Ids (decided before the extractor ran on the rows): a person the
// gazetteer holds is its id (Gus Dur: abdurrahman-wahid); any other person
// is the lower-case slug of the name as written, less academic titles and
// degrees (Prof., Dr., dr., Ir., Drs., S.H., M.H., M.Si., M.Pd., Sp.A.),
// religious titles (H., Hj., KH, Ustaz, Habib, Syekh, Gus, Pendeta, Pdt.),
// Javanese and Sundanese noble titles (Raden) and informal honorifics
// (Mbah, Pak, Bu); the parts of the name itself stay: the Acehnese Teuku
// (as TestExpertGrid has it: teuku-rezasyah), Balinese birth-order and caste words
// (I, Ni, Gusti, Ngurah, Ida Bagus, Anak Agung), Bugis Andi, Batak br and
// boru, bin and binti, Al-, and initials (M. Nur Hidayat: m-nur-hidayat).
// A suspect given by initials is the lower-case initials (AS: as). A second
// mention by one name is the same person as the full name, and no other.
//
// Each row: want lists the ids that must be actors (space-separated);
// persons and states are annotated completely (every person or state
// actor must be in want), organizations only where the row names them;
// absent lists ids that must be no actor; none says the row gives no actor
// at all (places aside). known marks a known failure: the test fails when
// it starts passing. Annotated before the extractor ran on the rows.
//
// Of the known failures, seven fail only on the state IDN: an arrest by
// the police, the KPK or the prosecutors ("Polisi menangkap X") is coded
// with IDN as the event's source (sector COP), and the state becomes an
// actor of the sentence, which the rows do not name; that coding is left
// as it is. The others: a lone unknown name where only a verb could tell
// it (Suparmi menangis, menemukan Sumini, bersama Parmin, terhadap
// Sugiyanto, Rumah Sarmini), two unknown name words with no given name
// (Darsono Wibisono), a name ending in an ordinary word (Xaverius Mau), a
// title inside an adat body's name (Bundo Kanduang), a sentence read as a
// title-cased headline (Rumah Duka Adi Jasa), a museum read as an
// organization.
var idNameGridRows = []nameGridRow{
	// Javanese single names.
	{"jv single subject age", "Sutrisno (52) tewas tersengat listrik saat memperbaiki pompa air di rumahnya.", "sutrisno", "", false, false},
	{"jv single subject verb", "Suparmi menangis saat mendengar vonis terhadap anaknya.", "suparmi", "", false, false},
	{"jv single village apposition", "Warga Desa Karangrejo, Suparmi (45), mengaku rumahnya retak akibat getaran alat berat.", "suparmi", "", false, false},
	{"jv single apposition after", "Suparmi (45), warga Desa Karangrejo, Kecamatan Borobudur, mengaku rumahnya retak.", "suparmi", "", false, false},
	{"jv single found dead", "Sukirman ditemukan tewas di sawah miliknya pada Selasa pagi.", "sukirman", "", false, false},
	{"jv single menurut", "Menurut Paijo, air sungai mulai naik sejak pukul 02.00 WIB.", "paijo", "", false, false},
	{"jv single kata apposition", "\"Kami sudah tiga hari tidak bisa melaut,\" kata Warsito, nelayan di Pantai Depok, Bantul.", "warsito", "", false, false},
	{"jv single object menangkap", "Polisi menangkap Mulyono di sebuah warung kopi di Kecamatan Ngawi.", "mulyono", "", false, true},
	{"jv single jenazah", "Jenazah Tukiyem dimakamkan di tempat pemakaman umum desa setempat.", "tukiyem", "", false, false},
	{"jv single rumah", "Rumah Sarmini ludes terbakar setelah terjadi korsleting listrik.", "sarmini", "", false, true},
	{"jv single kepada apposition", "Bupati menyerahkan bantuan kepada Ngatini, janda lansia yang tinggal sendirian.", "ngatini", "", false, false},
	{"jv single ujar", "\"Sawah kami kering sejak Juli,\" ujar Karsono.", "karsono", "", false, false},
	{"jv single tutur age", "Air sumur kami berubah warna, tutur Waginah (61) kepada wartawan.", "waginah", "", false, false},
	{"jv single kediaman", "Petugas menggeledah kediaman Sudarmaji di Kelurahan Bumiayu.", "sudarmaji", "", false, false},
	{"jv single terhadap", "Warga melakukan penganiayaan terhadap Sugiyanto yang dituduh mencuri ayam.", "sugiyanto", "", false, true},
	{"jv single bersama", "Kepala desa bersama Parmin meninjau tanggul yang jebol.", "parmin", "", false, false},
	{"jv single oleh", "Korban pertama kali ditemukan oleh Jumadi, penjaga kebun.", "jumadi", "", false, false},
	{"jv single village age before", "Karsinah (60), warga Desa Tegalsari, Kecamatan Ungaran, hanyut terbawa banjir.", "karsinah", "", false, false},

	// Two- and three-word names.
	{"two words subject", "Bambang Sutejo mengatakan kelompok tani akan menunda masa tanam.", "bambang-sutejo", "", false, false},
	{"three words apposition occupation", "Sri Rahayu Lestari, guru SD Negeri 3 Wonosari, meraih penghargaan guru teladan.", "sri-rahayu-lestari", "", false, false},
	{"three words subject", "Dwi Agus Prasetyo terpilih sebagai kepala desa dengan selisih 12 suara.", "dwi-agus-prasetyo", "", false, false},
	{"three words object mencari", "Tim SAR gabungan masih mencari Eko Budi Santoso yang terseret arus.", "eko-budi-santoso", "", false, false},
	{"menunjuk sebagai", "Bupati menunjuk Heru Purnomo sebagai pelaksana tugas sekretaris daerah.", "heru-purnomo", "", false, false},
	{"two words bersama suami", "Endang Sulistyowati bersama suaminya membuka usaha batik tulis sejak 1998.", "endang-sulistyowati", "", false, false},
	{"three words object memuji", "Pelatih itu memuji penampilan Yoga Adi Nugroho di babak kedua.", "yoga-adi-nugroho", "", false, false},
	{"oleh selaku", "Surat itu ditandatangani oleh Agus Setiawan selaku ketua panitia.", "agus-setiawan", "", false, false},
	{"hakim memvonis", "Hakim memvonis Darsono Wibisono empat tahun penjara.", "darsono-wibisono", "", false, true},
	{"jaksa menuntut", "Jaksa menuntut Wahyu Tri Hartanto hukuman tujuh tahun penjara.", "wahyu-tri-hartanto", "", false, false},
	{"menemukan object lemas", "Warga menemukan Sumini dalam keadaan lemas di kebun.", "sumini", "", false, true},
	{"dengan apposition kades", "Warga berdialog dengan Wahyudi Saputra, kepala desa setempat.", "wahyudi-saputra", "", false, false},
	{"terhadap laporan", "Polisi masih mendalami laporan terhadap Rahmawati Kusuma.", "rahmawati-kusuma", "", false, false},
	{"mobil milik", "Mobil milik Gunawan Tjandra ditemukan terbakar di tepi jalan tol.", "gunawan-tjandra", "", false, false},
	{"kpk memanggil", "KPK memanggil Heri Susanto sebagai saksi dalam kasus suap perizinan.", "idn-kpk heri-susanto", "", false, false},
	{"kpk menahan two", "KPK menahan Yusuf Hakim Saragih dan Budi Raharjo usai pemeriksaan.", "idn-kpk yusuf-hakim-saragih budi-raharjo", "", false, true},

	// Sundanese names.
	{"su longsor village", "Asep Saepudin (38), warga Kampung Cibeureum, tertimbun longsor saat tidur.", "asep-saepudin", "", false, false},
	{"su subject mengaku", "Ujang Sopandi mengaku sudah dua tahun menunggu sertifikat tanahnya.", "ujang-sopandi", "", false, false},
	{"su tutur village", "\"Airnya datang tiba-tiba,\" tutur Euis Komariah, warga Desa Sukamaju.", "euis-komariah", "", false, false},
	{"su memeriksa", "Polisi memeriksa Dadang Hermawan terkait dugaan penipuan arisan.", "dadang-hermawan", "", false, false},
	{"su two persons bersama", "Cecep Supriatna bersama Yayan Sopyan membersihkan saluran air yang tersumbat.", "cecep-supriatna yayan-sopyan", "", false, false},
	{"su istri kin", "Neneng Hasanah, istri Asep, mengatakan suaminya belum pulang sejak Jumat.", "neneng-hasanah asep", "", false, false},
	{"su single age occupation", "Ujang (41), pengemudi ojek di Garut, menjadi korban begal.", "ujang", "", false, false},
	{"su menurut", "Menurut Entin Kartini, harga beras di pasar naik Rp 2.000 per kilogram.", "entin-kartini", "", false, false},
	{"su kata single", "\"Ikan di kolam mati semua,\" kata Euis.", "euis", "", false, false},
	{"su list", "Tiga pemuda, yakni Asep, Ujang, dan Dede, ditangkap saat hendak tawuran.", "asep ujang dede", "", false, false},

	// Balinese names.
	{"bali wayan subject", "I Wayan Sudarsana mengatakan upacara ngaben akan digelar pekan depan.", "i-wayan-sudarsana", "", false, false},
	{"bali ni made age", "Ni Made Sriasih (29), warga Banjar Tegal, ditemukan tewas di kamar kosnya.", "ni-made-sriasih", "", false, false},
	{"bali gusti ngurah dilantik", "I Gusti Ngurah Putra Wijaya dilantik sebagai kepala dinas pariwisata.", "i-gusti-ngurah-putra-wijaya", "", false, false},
	{"bali ketut menangkap", "Polisi menangkap I Ketut Arsana di Pelabuhan Gilimanuk.", "i-ketut-arsana", "", false, true},
	{"bali ni luh ujar", "\"Turis mulai kembali datang,\" ujar Ni Luh Putu Ariani, pemilik penginapan di Ubud.", "ni-luh-putu-ariani", "", false, false},
	{"bali nyoman apposition", "Kelian adat, I Nyoman Sukerta, meminta warga tidak terprovokasi.", "i-nyoman-sukerta", "", false, false},
	{"bali jenazah airport", "Jenazah I Komang Adi Saputra tiba di Bandara Ngurah Rai pada Minggu malam.", "i-komang-adi-saputra", "ngurah-rai", false, false},
	{"bali ida bagus anak agung", "Ida Bagus Made Oka memimpin upacara itu bersama Anak Agung Gede Rai.", "ida-bagus-made-oka anak-agung-gede-rai", "", false, false},
	{"bali governor title", "Gubernur Bali I Wayan Koster meninjau lokasi banjir di Denpasar.", "i-wayan-koster", "", false, false},
	{"bali kadek putu bersama", "Kadek Dwi Antari bersama Putu Eka Saputra mewakili Bali dalam lomba itu.", "kadek-dwi-antari putu-eka-saputra", "", false, false},
	{"bali second mention wayan", "I Wayan Gede Arimbawa terpilih menjadi bendesa adat. Wayan berjanji menjaga kelestarian pura.", "i-wayan-gede-arimbawa", "", false, false},
	{"bali bernama", "Korban bernama Ni Kadek Sinta Dewi (19) mengalami luka di kepala.", "ni-kadek-sinta-dewi", "", false, false},
	{"bali gusti ayu menurut", "Menurut I Gusti Ayu Ratna Dewi, sanggar tari itu berdiri sejak 1975.", "i-gusti-ayu-ratna-dewi", "", false, false},

	// Batak names with a marga.
	{"batak subject", "Hotman Simanjuntak mengatakan jalan menuju desanya rusak parah.", "hotman-simanjuntak", "", false, false},
	{"batak kpk memanggil", "KPK memanggil Rudolf Nainggolan sebagai saksi dalam kasus suap perizinan.", "idn-kpk rudolf-nainggolan", "", false, false},
	{"batak br age", "Rosmawati br Sitepu (60) tewas tertimpa pohon tumbang di Kabanjahe.", "rosmawati-br-sitepu", "", false, false},
	{"batak menurut", "Menurut Tigor Panjaitan, harga kopi Sidikalang turun tajam.", "tigor-panjaitan", "", false, false},
	{"batak two objects", "Kejaksaan menahan Juliper Sihombing dan Marulam Hutagalung terkait korupsi dana desa.", "juliper-sihombing marulam-hutagalung", "", false, false},
	{"batak three words apposition", "Saut Pardamean Silalahi, tokoh adat Toba, meminta perusahaan menghormati tanah ulayat.", "saut-pardamean-silalahi", "", false, false},
	{"batak boru bersama", "Lamria boru Manurung bersama anaknya mengungsi ke gereja.", "lamria-boru-manurung", "", false, false},
	{"batak pendeta", "Pdt. Jhon Robert Sinaga memimpin ibadah syukur itu.", "jhon-robert-sinaga", "", false, false},
	{"batak second mention marga", "Ronald Tambunan ditangkap di Medan. Tambunan diduga menjadi pemasok sabu di kampus.", "ronald-tambunan", "", false, false},
	{"batak kata", "\"Kami menolak tambang itu,\" kata Dormauli Situmorang.", "dormauli-situmorang", "", false, false},
	{"batak br kata", "\"Anak saya belum pulang,\" kata Tiurma br Ginting, ibu korban.", "tiurma-br-ginting", "", false, false},
	{"batak keluarga no person", "Pesta adat itu digelar di rumah keluarga Sinaga di Balige.", "", "sinaga", true, false},

	// Minang names.
	{"minang single occupation", "Syafrizal (54), pedagang nasi kapau di Bukittinggi, mengaku omzetnya turun.", "syafrizal", "", false, false},
	{"minang apposition", "Ketua Bundo Kanduang nagari itu, Yulnetti Rahmi, menolak rencana tambang.", "yulnetti-rahmi", "", false, true},
	{"minang subject", "Afrizal Chaniago meminta pemerintah nagari membuka data penerima bantuan.", "afrizal-chaniago", "", false, false},
	{"minang menurut", "Menurut Zulhendri, wali nagari Sungai Pua, jalan itu sudah diperbaiki.", "zulhendri", "", false, false},

	// Bugis and Makassar names.
	{"bugis andi subject", "Andi Tenri Sompa mengatakan panen rumput laut tahun ini melimpah.", "andi-tenri-sompa", "", false, false},
	{"bugis andi memeriksa", "Polisi memeriksa Andi Baso Mappatoba terkait pembakaran lahan.", "andi-baso-mappatoba", "", false, false},
	{"bugis andi muh kepada", "Warga menyampaikan keluhan soal air bersih kepada Andi Muh. Arfah, anggota DPRD Bone.", "andi-muh-arfah", "", false, false},
	{"bugis second mention andi", "Andi Syamsul Rijal resmi mendaftar sebagai bakal calon bupati. Andi mengaku didukung tiga partai.", "andi-syamsul-rijal", "", false, false},
	{"bugis single", "Nurhaeda (33), warga Kecamatan Tanete, melahirkan di atas kapal.", "nurhaeda", "", false, false},

	// Chinese-Indonesian names.
	{"chinese tjhang apposition", "Tjhang Kim Liong, pemilik toko emas di Glodok, melaporkan perampokan itu ke polisi.", "tjhang-kim-liong", "", false, false},
	{"chinese liem subject", "Liem Hok Tjoan mengatakan perayaan Cap Go Meh tahun ini lebih meriah.", "liem-hok-tjoan", "cap-go-meh", false, false},
	{"chinese tan age", "Tan Siok Lan (72) meninggal dunia di rumah duka Atma Jaya.", "tan-siok-lan", "", false, false},
	{"chinese oei menangkap", "Polisi menangkap Oei Beng Hok atas dugaan penyelundupan sabu.", "oei-beng-hok", "", false, true},
	{"chinese lie menurut", "Menurut Lie Ay Ling, penjualan kue keranjang meningkat menjelang Imlek.", "lie-ay-ling", "", false, false},
	{"chinese two founders", "Kwee Tjing Hwa dan Ong Bun Seng mendirikan yayasan itu pada 1985.", "kwee-tjing-hwa ong-bun-seng", "", false, false},
	{"chinese tjoa village", "Tjoa Sek Lim (68), warga Kelurahan Pasiran, Singkawang, menjadi korban penipuan.", "tjoa-sek-lim", "", false, false},
	{"chinese second mention liem", "Liem Hok Soen membuka kembali pabrik kecapnya. Liem menambahkan, pesanan datang dari Malaysia.", "liem-hok-soen MYS", "", false, false},
	{"chinese ahok", "Basuki Tjahaja Purnama menghadiri pelantikan itu di Balai Kota.", "basuki-tjahaja-purnama", "", false, false},
	{"chinese indonesianized", "Hendrawan Gunadi, pengusaha properti di Surabaya, membantah tuduhan itu.", "hendrawan-gunadi", "", false, false},
	{"chinese rumah duka", "Jenazah Lim Swie Hoa disemayamkan di Rumah Duka Adi Jasa.", "lim-swie-hoa", "adi-jasa", false, false},

	// Arabic-Indonesian names.
	{"arab habib", "Habib Umar Alatas menyampaikan tausiah di hadapan ribuan jemaah.", "umar-alatas", "", false, false},
	{"arab syekh", "Syekh Abdullah Bahasyim memimpin doa bersama di Masjid Agung.", "abdullah-bahasyim", "", false, false},
	{"arab bin subject", "Salim bin Ahmad Assegaf membagikan ribuan paket sembako kepada warga.", "salim-bin-ahmad-assegaf", "", false, false},
	{"arab binti age", "Fatimah binti Abdullah (63), jemaah haji asal Lombok, meninggal dunia di Mekah.", "fatimah-binti-abdullah", "", false, false},
	{"arab rizieq", "Habib Rizieq Shihab menyapa para pendukungnya di Petamburan.", "rizieq-shihab", "", false, false},
	{"arab two bersama", "Husein Alhabsyi bersama Muhammad Alaydrus membagikan takjil di pinggir jalan.", "husein-alhabsyi muhammad-alaydrus", "", false, false},
	{"arab bin al object", "Polisi memanggil Hasan bin Idrus Al-Jufri untuk dimintai keterangan.", "hasan-bin-idrus-al-jufri", "", false, false},
	{"arab bin kata", "\"Saya hanya menjalankan tugas,\" kata Ali bin Umar Baraja.", "ali-bin-umar-baraja", "", false, false},
	{"arab binti object", "Pengadilan agama mengabulkan gugatan Aisyah binti Salim terhadap suaminya.", "aisyah-binti-salim", "", false, false},

	// Papuan names.
	{"papua wenda known", "Benny Wenda kembali mengklaim pembentukan pemerintahan sementara.", "benny-wenda", "", false, false},
	{"papua kogoya known", "Kelompok Egianus Kogoya diduga menyandera pilot itu.", "egianus-kogoya", "", false, true},
	{"papua wenda unknown", "Yakobus Wenda (34), warga Distrik Kuyawage, tewas tertembak.", "yakobus-wenda", "benny-wenda", false, false},
	{"papua kogoya apposition", "Kepala suku, Lukas Kogoya, meminta aparat menarik pasukan dari kampungnya.", "lukas-kogoya", "egianus-kogoya", false, false},
	{"papua pendeta menurut", "Menurut Pendeta Yones Wanimbo, ribuan warga mengungsi ke hutan.", "yones-wanimbo", "", false, false},
	{"papua two bersama", "Marthen Tabuni bersama Yulianus Murib menyerahkan senjata kepada aparat.", "marthen-tabuni yulianus-murib", "", false, false},
	{"papua mama pedagang", "Frida Kobogau, pedagang pinang di Pasar Youtefa, mengeluhkan sepinya pembeli.", "frida-kobogau", "", false, false},
	{"ntt three words", "Fransiskus Xaverius Mau divonis lima tahun penjara oleh Pengadilan Negeri Atambua.", "fransiskus-xaverius-mau", "", false, true},
	{"ntt bawaslu melaporkan", "Bawaslu melaporkan Yohanes Lede ke polisi atas dugaan politik uang.", "idn-bawaslu yohanes-lede", "", false, false},

	// Initials.
	{"initials AS suspect", "Polisi menangkap tersangka berinisial AS (34) di sebuah rumah kontrakan.", "as", "USA", false, true},
	{"initials two suspects", "Polisi menetapkan dua tersangka berinisial RH (27) dan MF (31).", "rh mf", "", false, false},
	{"initials M. Nur apposition", "M. Nur Hidayat, petugas pemadam kebakaran, terluka saat memadamkan api.", "m-nur-hidayat", "", false, false},
	{"initials H. Abdul", "H. Abdul Gani memimpin rombongan jemaah umrah itu.", "abdul-gani", "", false, false},
	{"initials Hj. age", "Hj. Siti Aminah (58) mengaku ditipu agen perjalanan umrah.", "siti-aminah", "", false, false},
	{"initials Moh.", "Moh. Saiful Anam terpilih sebagai ketua karang taruna.", "moh-saiful-anam", "", false, false},
	{"initials A. sidang", "Dalam sidang itu, A. Rahim Salewangi membantah semua dakwaan.", "a-rahim-salewangi", "", false, false},
	{"initials pelaku inisial", "Pelaku berinisial DN (25) sudah lama diincar polisi.", "dn", "", false, false},
	{"initials terdakwa", "Terdakwa berinisial HS dituntut 12 tahun penjara.", "hs", "", false, false},
	{"initials middle", "Ahmad S. Wibowo mengundurkan diri dari jabatannya.", "ahmad-s-wibowo", "", false, false},

	// Academic, religious, noble and informal titles.
	{"title prof dr msi", "Prof. Dr. Bambang Purwanto, M.Si., dikukuhkan sebagai guru besar ilmu sejarah.", "bambang-purwanto", "", false, false},
	{"title KH", "KH Abdul Muchith memimpin istigasah di Pondok Pesantren Al-Falah.", "abdul-muchith", "", false, false},
	{"title gus apposition", "Pengasuh pondok, Gus Hanif Ismail, meminta santri tidak terpancing isu.", "hanif-ismail", "", false, false},
	{"title raden", "Raden Suryadi Kusumah, sesepuh adat Sumedang, menolak pembongkaran situs itu.", "suryadi-kusumah", "", false, false},
	{"title dr ir mt", "Dr. Ir. Hasanuddin Lubis, M.T., menilai jembatan itu layak dibongkar.", "hasanuddin-lubis", "", false, false},
	{"title sh mh apposition", "Rina Kartika, S.H., M.H., kuasa hukum korban, melaporkan kasus itu ke Propam.", "rina-kartika", "", false, false},
	{"title dr spa", "dr. Ayu Lestari, Sp.A., mengingatkan orang tua soal bahaya campak.", "ayu-lestari", "", false, false},
	{"title ustaz", "Ustaz Fauzan Mubarok mengisi pengajian di masjid kompleks itu.", "fauzan-mubarok", "", false, false},
	{"title drs h mpd", "Drs. H. Sumarno, M.Pd., kepala dinas pendidikan, meresmikan gedung sekolah baru.", "sumarno", "", false, false},
	// Corrected after the first run: TestExpertGrid keeps the Acehnese Teuku in the id (teuku-rezasyah), and so does this grid.
	{"title teuku", "Teuku Rizal Fahmi, warga Lhokseumawe, kehilangan perahunya akibat badai.", "teuku-rizal-fahmi", "", false, false},
	{"title mbah age", "Mbah Sarno (80) masih bekerja sebagai penjual jamu gendong.", "sarno", "", false, false},
	{"title pak apposition", "Pak Darmo, penjaga sekolah, menemukan tas berisi uang itu.", "darmo", "", false, false},
	{"title bu kata", "\"Dagangan saya habis terendam,\" kata Bu Endang, pedagang sayur.", "endang", "", false, false},
	{"title gus dur known", "Gus Dur dikenal sebagai pembela kelompok minoritas.", "abdurrahman-wahid", "", false, false},
	{"title ir h known", "Ir. H. Joko Widodo meresmikan bendungan itu pada 2019.", "joko-widodo", "", false, false},
	{"title hj after kata", "\"Kami berangkat tahun depan,\" kata Hj. Nurlela, pemilik biro haji.", "nurlela", "", false, false},
	{"title KH kepada", "Para santri mencium tangan KH Maimun Harits sebagai tanda hormat kepada guru.", "maimun-harits", "", false, false},
	{"title prof menurut", "Menurut Prof. Sulistyowati Irianto, putusan itu mencederai rasa keadilan.", "sulistyowati-irianto", "", false, false},

	// Kinship.
	{"kin putra apposition", "Putra Sutrisno, Adi Nugroho, menjadi korban tabrak lari.", "sutrisno adi-nugroho", "", false, false},
	{"kin istri subject", "Istri Hendra Wijaya melaporkan suaminya hilang sejak Senin.", "hendra-wijaya", "", false, false},
	{"kin anak age", "Anak Suwarni, Dimas (12), tenggelam di sungai dekat rumahnya.", "suwarni dimas", "", false, false},
	{"kin ayah korban", "Ayah korban, Kasmadi, meminta pelaku dihukum seberat-beratnya.", "kasmadi", "", false, false},
	{"kin keponakan", "Keponakan Warsini menemukan korban tergeletak di dapur.", "warsini", "", false, false},
	{"kin suami apposition", "Suami korban, I Made Wirata, mengaku tidak tahu istrinya pergi.", "i-made-wirata", "", false, false},
	{"kin putri", "Putri Bambang Hariyanto, Nadia, lulus dengan predikat terbaik.", "bambang-hariyanto nadia", "", false, false},

	// After "bernama".
	{"bernama single", "Seorang pria bernama Joko ditemukan pingsan di pinggir jalan.", "joko", "", false, false},
	{"bernama two", "Pelaku bernama Yusuf Maulana nekat membobol minimarket itu.", "yusuf-maulana", "", false, false},
	{"bernama intan name", "Seorang bocah bernama Intan (7) hilang saat bermain di taman.", "intan", "", false, false},
	{"bernama batak", "Seorang sopir bernama Parulian Sitorus tewas dalam kecelakaan itu.", "parulian-sitorus", "", false, false},
	{"bernama chinese", "Pemilik toko bernama Ang Tek Hwa mengaku rugi ratusan juta rupiah.", "ang-tek-hwa", "", false, false},

	// Lists.
	{"list three single", "Tiga korban, yakni Suratmi, Paiman, dan Wagiyo, dirawat di puskesmas.", "suratmi paiman wagiyo", "", false, false},
	{"list mixed origin", "Polisi menahan Andi Rusdi, Hendrik Sitompul, dan Liem Kok Wan.", "andi-rusdi hendrik-sitompul liem-kok-wan", "", false, true},
	{"list kpk saksi", "KPK memanggil tiga saksi, yaitu Rahmat Syarif, Dewi Anggraini, dan I Made Suarjana.", "idn-kpk rahmat-syarif dewi-anggraini i-made-suarjana", "", false, false},
	{"list ages", "Korban tewas adalah Sarno (45), Tumini (40), dan Rizky Ananda (9).", "sarno tumini rizky-ananda", "", false, false},
	{"list titles", "Acara itu dihadiri KH Mustofa Bisri, Habib Luthfi, dan Pendeta Martin Lukito.", "mustofa-bisri luthfi martin-lukito", "", false, false},
	{"list two subject", "Siti Khodijah dan Nur Aini menjadi wisudawan terbaik tahun ini.", "siti-khodijah nur-aini", "", false, false},

	// Second mention by one name.
	{"second surname jv", "Suyatno Hadi ditangkap di Solo. Menurut polisi, Suyatno sudah dua kali mencuri sepeda motor.", "suyatno-hadi", "", false, false},
	{"second second word", "Dedi Kurniawan melaporkan kehilangan itu ke polsek. Kurniawan mengaku dompetnya dicopet di bus.", "dedi-kurniawan", "", false, false},
	{"second sundanese", "Asep Sunandar membuka bengkel di rumahnya. Menurut Asep, pelanggan datang dari desa sebelah.", "asep-sunandar", "", false, false},
	{"second bali ketut", "I Ketut Suardana memimpin pembersihan pantai. Suardana berharap sampah plastik berkurang.", "i-ketut-suardana", "", false, false},
	{"second arab", "Ahmad bin Hasan Alatas membantah tuduhan itu. Ahmad menyebut laporan itu fitnah.", "ahmad-bin-hasan-alatas", "", false, false},

	// No person: places, streets, airports and buildings named after persons.
	{"no person jalan sudirman", "Kemacetan panjang terjadi di Jalan Sudirman hingga Bundaran HI.", "", "sudirman", true, false},
	{"no person bandara soekarno hatta", "Penerbangan dari Bandara Soekarno-Hatta tertunda akibat cuaca buruk.", "", "sukarno mohammad-hatta", true, false},
	{"no person universitas diponegoro", "Mahasiswa Universitas Diponegoro menggelar aksi di Semarang.", "universitas-diponegoro", "diponegoro", false, false},
	{"no person rsud soetomo", "RSUD Dr. Soetomo kewalahan menampung pasien demam berdarah.", "", "soetomo", false, false},
	{"no person kri usman harun", "KRI Usman Harun bersandar di Dermaga Tanjung Perak, Surabaya.", "", "usman-harun", false, false},
	{"no person gelora bung karno", "Stadion Gelora Bung Karno menjadi tempat laga final.", "", "sukarno bung-karno", true, false},
	{"no person museum kartini", "Museum Kartini di Rembang ramai dikunjungi wisatawan.", "", "kartini", true, true},
	{"no person jalan gatot subroto", "Jalan Gatot Subroto ditutup sementara untuk pengerjaan saluran air.", "", "gatot-subroto", true, false},
	{"no person taman ismail marzuki", "Taman Ismail Marzuki menggelar festival teater pekan ini.", "", "ismail-marzuki", false, false},
	{"no person rsup fatmawati", "Pasien itu dirujuk ke RSUP Fatmawati di Jakarta Selatan.", "", "fatmawati", false, false},
	{"no person bandara hasanuddin", "Pesawat itu mendarat darurat di Bandara Sultan Hasanuddin.", "", "hasanuddin sultan-hasanuddin", true, false},
	{"no person hari kartini", "Hari Kartini diperingati setiap 21 April.", "", "kartini hari-kartini", true, false},
	{"no person jalan with resident", "Warga Jalan Diponegoro, Hartono (50), mengaku mendengar ledakan.", "hartono", "diponegoro", false, false},
	{"no person desa names", "Banjir merendam Desa Suka Makmur dan Desa Tanjung Sari.", "", "tanjung-sari suka-makmur", true, false},
	{"no person gunung agung", "Gunung Agung kembali erupsi pada Senin dini hari.", "", "agung gunung-agung", true, false},
	{"no person jalan ahmad yani object", "Polisi menutup Jalan Ahmad Yani selama tiga jam.", "", "ahmad-yani", false, false},
	{"no person masjid istiqlal", "Ribuan jemaah memadati Masjid Istiqlal pada malam takbiran.", "", "istiqlal", true, false},
	{"no person pelabuhan", "Kapal cepat berangkat dari Pelabuhan Sri Bintan Pura menuju Batam.", "", "sri-bintan-pura", true, false},

	// No person: brands and common words that are also given names.
	{"no person budi pekerti", "Budi pekerti harus diajarkan sejak dini di sekolah dasar.", "", "budi", true, false},
	{"no person fajar menyingsing", "Fajar menyingsing ketika kapal nelayan itu merapat di dermaga.", "", "fajar", true, false},
	{"no person mega mendung", "Mega mendung menyelimuti langit Bogor sejak pagi.", "", "mega", true, false},
	{"no person intan berlian", "Intan berlian senilai Rp 2 miliar raib dari toko perhiasan itu.", "", "intan", true, false},
	{"no person melati putih", "Melati putih ditetapkan sebagai puspa bangsa.", "", "melati", true, false},
	{"no person guntur", "Guntur menggelegar sepanjang malam di wilayah Bogor.", "", "guntur", true, false},
	{"no person bunga", "Bunga anggrek itu dijual Rp 500.000 per pot.", "", "bunga", true, false},
	{"no person sari roti", "Sari Roti menaikkan harga roti tawar mulai bulan depan.", "", "sari", false, false},
	{"no person kapal api", "Kopi Kapal Api menjadi sponsor utama turnamen itu.", "", "", false, false},
	{"no person bayu", "Bayu laut bertiup kencang di pesisir selatan Jawa.", "", "bayu", true, false},
	{"no person cahaya", "Cahaya matahari terhalang asap kebakaran hutan.", "", "cahaya", true, false},
	{"no person surya", "Surya tenggelam ketika rombongan itu tiba di puncak.", "", "surya", true, false},
	{"no person embun", "Embun beku menyelimuti dataran tinggi Dieng.", "", "embun", true, false},
	{"no person putri malu", "Putri malu tumbuh liar di halaman sekolah itu.", "", "putri", true, false},
	{"no person indah", "Indah sekali pemandangan dari puncak bukit itu.", "", "indah", true, false},
	{"no person wahyu", "Wahyu pertama diturunkan di Gua Hira.", "", "wahyu", true, false},

	// No person: occupations, kin and initials that name nobody.
	{"no person warga lower", "Seorang warga desa itu tewas tertimbun longsor.", "", "", true, false},
	{"no person kepala desa", "Kepala desa setempat belum memberikan keterangan.", "", "", true, false},
	{"no person istri korban", "Istri korban pingsan saat mendengar kabar itu.", "", "", true, false},
	{"no person tersangka plural", "Kedua tersangka dijerat pasal pencurian dengan kekerasan.", "", "", true, false},
	{"no person AS state", "Presiden AS mengumumkan tarif baru terhadap produk baja.", "USA", "as", false, false},
	{"no person TNI AD", "Prajurit TNI AD membantu warga membersihkan lumpur.", "", "ad", false, false},
	{"no person inisial lower", "Polisi belum mengungkap inisial para pelaku.", "", "", false, false},
}

// TestIndonesianNameGrid checks idNameGridRows: the persons (and states and
// organizations) each row must give and the ids it must not.
func TestIndonesianNameGrid(t *testing.T) {
	runNameGrid(t, idNameGridRows, 160)
}
