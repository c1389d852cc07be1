package extract

import "testing"

// idPrec43GridRows are present-day (2024-2026) Indonesian news sentences
// written for the Indonesian precision grid 43 of issue #12 (made up in the
// style of Kompas, Detik, Antara and CNN Indonesia regional, sports,
// weather, economy, health, education, crime, traffic, entertainment,
// travel and religion reports; never copied or translated from a data set),
// where a naive reader would invent actors: cities after prepositions of
// place or in comparisons ("di Paris", "dari Tokyo", "ke Penang"), state
// names inside longer names (Kampung Jepang, Rumah Makan Padang, Liga
// Inggris, Kopi Arabika, bahasa Inggris, kucing Persia, Laut China Selatan),
// peoples, languages and dishes, national teams, events named after places,
// streets, airports, stadiums and universities named after persons, dated
// phrases and capitalized sentence starts; mixed with rows that name real
// actors.
//
// Annotated before the extractor ran on them, by the conventions of
// TestDomesticGrid (domGridProblems: "id/kind/country"; a row must give
// exactly its wanted actors other than places) and testdata/README.md: a
// city is a place (not scored, and no state of its own); a state named, also
// only as where something happens or where someone goes ("ke Arab Saudi
// untuk umrah", "di Qatar") or as the origin of a person ("turis asal
// Belanda"), is an actor; national teams and their opponents, events named
// after places (Olimpiade Paris, SEA Games Thailand), peoples, languages,
// cuisines and currencies name no state (TestCompoundGrid); a person or body
// the gazetteer holds is its id, any other the slug of its name. Article
// date 2025-06-01.
//
// First run: 145 of 150 as first annotated (no annotation corrected). After
// the pass's rules (state_name_heads "Games" and "Kontingen"; a capital
// after an unknown acronym; an ampersand's pair after a work noun): 148 of
// 150 (2 known).
var idPrec43GridRows = []domGridRow{
	// Travel and religion: cities after prepositions, umrah, haji.
	{"tr umrah arab saudi", "Ribuan jemaah asal Jawa Timur berangkat ke Arab Saudi untuk umrah pada awal Ramadan.", []string{"SAU"}},
	{"tr jemaah tiba madinah", "Kloter pertama jemaah haji asal Solo tiba di Madinah pada Jumat pagi.", nil},
	{"tr liburan tokyo", "Tiket pesawat dari Jakarta ke Tokyo melonjak menjelang musim sakura.", nil},
	{"tr seperti di singapura", "Pemkot Surabaya ingin menata trotoar seperti di Singapura.", []string{"pemkot-surabaya/government/IDN", "SGP"}},
	{"tr seperti kota paris", "Kawasan Kota Lama Semarang disebut-sebut mirip suasana di Paris.", nil},
	{"tr kampung jepang", "Kampung Jepang di Bandung ramai dikunjungi wisatawan saat libur panjang.", nil},
	{"tr kampung arab", "Kampung Arab Pekojan menjadi tujuan wisata religi selama Ramadan.", nil},
	{"tr pecinan glodok", "Pecinan Glodok dihiasi ribuan lampion menjelang Imlek.", nil},
	{"tr jalan kenya", "Sebuah kafe baru dibuka di Jalan Kenya, tak jauh dari pusat kota.", nil},
	{"tr garuda rute jeddah", "Garuda Indonesia membuka kembali rute penerbangan langsung Makassar-Jeddah.", []string{"garuda-indonesia/organization/IDN"}},
	{"tr kemenpar turis china", "Kementerian Pariwisata menargetkan kunjungan turis asal China naik 20 persen tahun ini.", []string{"idn-tourism-ministry/agency/IDN", "CHN"}},
	{"tr widiyanti labuan bajo", "Menteri Pariwisata Widiyanti Putri Wardhana meninjau kesiapan Labuan Bajo sebagai destinasi super prioritas.", []string{"widiyanti-putri-wardhana/person/IDN"}},
	{"tr bali vs phuket", "Bali kalah bersaing dengan Phuket dalam hal harga paket wisata keluarga.", nil},
	{"tr bandara soetta", "Antrean panjang terjadi di Bandara Soekarno-Hatta menjelang libur Natal.", nil},
	{"tr visa on arrival", "Wisatawan asal Australia kini bisa membayar visa kedatangan secara daring sebelum tiba di Bali.", []string{"AUS"}},
	{"tr kapal pesiar singapura", "Kapal pesiar dari Singapura bersandar di Pelabuhan Benoa dengan 2.000 penumpang.", []string{"SGP"}},
	{"tr turis belanda tenggelam", "Seorang turis asal Belanda tenggelam saat berenang di pantai Gili Trawangan.", []string{"NLD"}},
	{"tr kai tambah kereta", "KAI menambah 12 perjalanan kereta api dari Jakarta menuju Yogyakarta dan Surabaya.", []string{"kereta-api-indonesia/organization/IDN"}},
	{"tr sungai nil", "Foto-foto liburan di tepi Sungai Nil menjadi viral di media sosial.", nil},
	{"tr laut china selatan", "Kapal nelayan dari Natuna kerap berlayar hingga Laut China Selatan.", nil},

	// Food, lifestyle, language, peoples.
	{"fd nasi padang", "Harga seporsi nasi Padang di kawasan perkantoran naik menjadi Rp25.000.", nil},
	{"fd rumah makan padang", "Rumah Makan Padang Sederhana membuka cabang ke-150 di Bekasi.", nil},
	{"fd kopi arabika", "Kopi Arabika Gayo kembali meraih harga tinggi di pasar ekspor.", nil},
	{"fd kucing persia", "Kontes kucing Persia di Surabaya diikuti lebih dari 300 peserta.", nil},
	{"fd bahasa inggris", "Pelajaran bahasa Inggris akan kembali diajarkan di sekolah dasar mulai tahun ajaran baru.", nil},
	{"fd suku jawa", "Tradisi suku Jawa itu digelar setiap malam satu Suro di lereng Merapi.", nil},
	{"fd orang arab", "Orang Arab dan keturunan Tionghoa hidup berdampingan di kawasan itu sejak abad ke-19.", nil},
	{"fd sate madura", "Penjual sate Madura di Jalan Sudirman kehilangan gerobaknya pada Senin malam.", nil},
	{"fd masakan korea", "Restoran masakan Korea menjamur di pusat perbelanjaan Jakarta Selatan.", nil},
	{"fd pizza italia", "Gerai pizza Italia di Kemang tutup setelah sepi pembeli.", nil},
	{"fd produk halal mui", "MUI mengeluarkan fatwa tentang produk kosmetik yang mengandung bahan dari babi.", []string{"mui/organization/IDN"}},
	{"fd bpom takjil", "BPOM menemukan takjil mengandung formalin di pasar Ramadan Jakarta Timur.", []string{"idn-bpom/agency/IDN"}},
	{"fd impor beras thailand", "Bulog mengimpor 500.000 ton beras dari Thailand dan Vietnam.", []string{"idn-bulog/agency/IDN", "THA", "VNM"}},

	// Sports: teams named after states, leagues, venues.
	{"sp liga inggris", "Pekan ini Liga Inggris menyajikan laga besar antara Arsenal dan Chelsea.", []string{"arsenal-fc/organization/GBR", "chelsea-fc/organization/GBR"}},
	{"sp piala asia", "Piala Asia U-23 akan digelar di Qatar pada April mendatang.", []string{"QAT"}},
	{"sp timnas indonesia bahrain", "Timnas Indonesia ditahan imbang Australia di Stadion Gelora Bung Karno.", nil},
	{"sp timnas jepang", "Timnas Jepang membantai Indonesia 6-0 dalam kualifikasi Piala Dunia.", nil},
	{"sp kluivert timnas", "Pelatih Patrick Kluivert memanggil 27 pemain untuk laga melawan China.", []string{"patrick-kluivert/person/NLD"}},
	{"sp pssi naturalisasi", "PSSI mengajukan naturalisasi dua pemain yang berkarier di klub-klub Eropa.", []string{"pssi/organization/IDN"}},
	{"sp persib juara", "Persib Bandung memastikan gelar juara Liga 1 setelah menang atas Persija.", []string{"persib/organization/IDN", "persija/organization/IDN"}},
	{"sp liga spanyol", "Pemain muda asal Indonesia itu menjalani debut di Liga Spanyol.", []string{"IDN"}},
	{"sp real madrid indonesia", "Real Madrid dikabarkan akan menggelar laga eksibisi di Jakarta.", []string{"real-madrid/organization/ESP"}},
	{"sp motogp mandalika", "Ajang MotoGP Mandalika diprediksi menarik 100.000 penonton.", nil},
	{"sp sea games thailand", "Kontingen Indonesia menargetkan 80 medali emas di SEA Games Thailand.", nil},
	{"sp olimpiade paris", "Veddriq Leonardo meraih medali emas panjat tebing di Olimpiade Paris.", []string{"veddriq-leonardo/person/IDN"}},
	{"sp maraton tokyo", "Pelari asal Bandung itu menyelesaikan Maraton Tokyo dalam waktu 2 jam 40 menit.", nil},
	{"sp persebaya arema", "Laga Persebaya melawan Arema di Surabaya berakhir imbang 1-1.", []string{"persebaya/organization/IDN", "arema-fc/organization/IDN"}},
	{"sp jay idzes", "Kapten timnas Jay Idzes absen karena cedera hamstring.", []string{"jay-idzes/person"}},
	{"sp piala dunia amerika", "Piala Dunia 2026 digelar di Amerika Serikat, Kanada dan Meksiko.", []string{"USA", "CAN", "MEX"}},
	{"sp erick thohir pssi", "Ketua Umum PSSI Erick Thohir menyebut timnas akan berlatih di Bali.", []string{"erick-thohir/person/IDN", "pssi/organization/IDN"}},
	{"sp pelatih korea", "Pelatih asal Korea Selatan Shin Tae-yong kini menangani klub di negaranya.", []string{"shin-tae-yong/person/KOR", "KOR"}},

	// Weather and disasters.
	{"cu bmkg hujan lebat", "BMKG memperingatkan hujan lebat disertai angin kencang di Jabodetabek hingga Sabtu.", []string{"idn-bmkg/agency/IDN"}},
	{"cu bpbd jateng longsor", "BPBD Jawa Tengah mencatat 12 titik longsor di wilayah Banjarnegara.", []string{"bpbd-jawa-tengah/agency/IDN"}},
	{"cu basarnas pendaki", "Basarnas mengevakuasi pendaki asal Brasil yang jatuh di Gunung Rinjani.", []string{"idn-basarnas/agency/IDN", "BRA"}},
	{"cu suhu panas india", "Gelombang panas seperti di India tidak akan terjadi di Indonesia, kata peneliti.", []string{"IND", "IDN"}},
	{"cu siklon australia", "Siklon tropis di utara Australia memicu gelombang tinggi di perairan NTT.", []string{"AUS"}},
	{"cu erupsi lewotobi", "Erupsi Gunung Lewotobi Laki-laki membatalkan penerbangan dari Bali ke Labuan Bajo.", nil},
	{"cu bnpb suharyanto", "Kepala BNPB Suharyanto meninjau lokasi banjir bandang di Sumatera Barat.", []string{"suharyanto/person/IDN", "idn-bnpb/agency/IDN"}},
	{"cu el nino", "Fenomena El Nino diperkirakan melemah pada pertengahan tahun.", nil},
	{"cu kabut asap malaysia", "Kabut asap kebakaran hutan di Riau terbawa angin hingga Malaysia.", []string{"MYS"}},
	{"cu tsunami jepang", "Sirene tsunami berbunyi di pesisir Jepang setelah gempa besar di lepas pantai Kamchatka.", []string{"JPN"}},

	// Economy and prices.
	{"ek harga cabai", "Harga cabai rawit di Pasar Turi Surabaya naik menjadi Rp80.000 per kilogram.", nil},
	{"ek rupiah dolar", "Rupiah melemah ke level Rp16.400 per dolar AS pada penutupan perdagangan.", nil},
	{"ek bps inflasi", "BPS mencatat inflasi Mei sebesar 1,6 persen secara tahunan.", []string{"idn-bps/agency/IDN"}},
	{"ek bi suku bunga", "Bank Indonesia menahan suku bunga acuan di level 5,5 persen.", []string{"idn-central-bank/agency/IDN"}},
	{"ek ekspor nikel china", "Ekspor nikel ke China naik tajam pada triwulan pertama.", []string{"CHN"}},
	{"ek tarif trump", "Tarif impor yang diberlakukan Amerika Serikat membuat eksportir tekstil Jawa Barat khawatir.", []string{"USA"}},
	{"ek pasar tanah abang", "Pedagang Pasar Tanah Abang mengeluhkan sepinya pembeli menjelang Lebaran.", nil},
	{"ek minyakita", "Harga MinyaKita di pasar tradisional masih di atas harga eceran tertinggi.", nil},
	{"ek pertamina bbm", "Pertamina menurunkan harga Pertamax menjadi Rp12.500 per liter mulai 1 Juni.", []string{"pertamina/organization/IDN"}},
	{"ek umkm ekspor jepang", "Produk kerajinan rotan asal Cirebon diekspor ke Jepang dan Jerman.", []string{"JPN", "DEU"}},
	{"ek amran beras", "Menteri Pertanian Andi Amran Sulaiman memastikan stok beras aman hingga akhir tahun.", []string{"andi-amran-sulaiman/person/IDN"}},
	{"ek airlangga investasi", "Menko Perekonomian Airlangga Hartarto menyebut investasi dari Uni Emirat Arab segera masuk.", []string{"airlangga-hartarto/person/IDN", "ARE"}},
	{"ek jalan tol jasa marga", "Jasa Marga memberikan diskon tarif tol Jakarta-Cikampek selama arus balik.", []string{"jasa-marga/organization/IDN"}},
	{"ek emas dubai", "Harga emas di Dubai lebih murah, banyak jemaah haji membelinya sebagai oleh-oleh.", nil},
	{"ek kurs yen", "Kurs yen Jepang jatuh ke level terendah dalam 30 tahun.", nil},

	// Health.
	{"hl rs cipto", "RSCM Jakarta menerima rujukan pasien dari berbagai daerah.", nil},
	{"hl budi gunadi", "Menteri Kesehatan Budi Gunadi Sadikin meminta rumah sakit menambah dokter spesialis.", []string{"budi-gunadi-sadikin/person/IDN"}},
	{"hl kemenkes tbc", "Kemenkes menargetkan eliminasi tuberkulosis pada 2030.", []string{"idn-health-ministry/agency/IDN"}},
	{"hl berobat ke penang", "Banyak warga Medan memilih berobat ke Penang karena biaya lebih murah.", nil},
	{"hl berobat malaysia", "Setiap tahun ribuan pasien dari Sumatera berobat ke Malaysia dan Singapura.", []string{"MYS", "SGP"}},
	{"hl who cacar monyet", "WHO menyatakan wabah mpox di Afrika sebagai darurat kesehatan global.", []string{"who"}},
	{"hl rs soeradji", "RSUP Dr. Soeradji Tirtonegoro Klaten membuka layanan jantung terpadu.", nil},
	{"hl virus nipah", "Virus Nipah yang merebak di Kerala belum ditemukan di Indonesia.", []string{"IDN"}},

	// Education.
	{"ed ugm wisuda", "Universitas Gadjah Mada mewisuda 1.800 lulusan pada Rabu.", []string{"universitas-gadjah-mada/organization/IDN"}},
	{"ed beasiswa jepang", "Beasiswa kuliah di Jepang kembali dibuka untuk lulusan SMA.", []string{"JPN"}},
	{"ed kuliah di australia", "Jumlah pelajar asal Jawa Timur yang kuliah di Australia naik setiap tahun.", []string{"AUS"}},
	{"ed mendikdasmen", "Menteri Pendidikan Dasar dan Menengah Abdul Mu'ti mengumumkan sistem penerimaan murid baru.", []string{"abdul-mu-ti/person/IDN"}},
	{"ed sekolah internasional", "Sekolah Pelita Harapan membuka kampus baru di Sentul.", []string{"sekolah-pelita-harapan/organization"}},
	{"ed its surabaya", "Tim mahasiswa ITS Surabaya memenangi lomba mobil hemat energi di Qatar.", []string{"institut-teknologi-sepuluh-nopember/organization/IDN", "QAT"}},
	{"ed utbk", "Peserta UTBK di Universitas Brawijaya diminta datang satu jam lebih awal.", []string{"universitas-brawijaya/organization/IDN"}},
	{"ed olimpiade sains", "Siswa SMA asal Bandung meraih medali emas olimpiade matematika di Inggris.", []string{"GBR"}},

	// Crime and traffic.
	{"cr polda metro narkoba", "Polda Metro Jaya menangkap warga negara Nigeria dengan 2 kilogram sabu.", []string{"polda-metro-jaya/agency/IDN", "NGA"}},
	{"cr jambret sudirman", "Seorang jambret ditangkap warga di Jalan Sudirman, Jakarta Pusat.", nil},
	{"cr macet gatot subroto", "Kemacetan parah terjadi di Jalan Gatot Subroto akibat pengerjaan saluran air.", nil},
	{"cr kecelakaan tol", "Kecelakaan beruntun melibatkan tujuh kendaraan terjadi di Tol Cipularang KM 92.", nil},
	{"cr penipuan kamboja", "Puluhan korban penipuan kerja asal Sulawesi Utara dipulangkan dari Kamboja.", []string{"KHM"}},
	{"cr tki hongkong", "Seorang pekerja migran asal Indramayu meninggal di Arab Saudi.", []string{"SAU"}},
	{"cr polres bogor", "Polres Bogor menangkap dua pelaku pencurian motor di Cibinong.", []string{"polres-bogor/agency/IDN"}},
	{"cr bandara ngurah rai sabu", "Petugas Bea Cukai di Bandara Ngurah Rai menggagalkan penyelundupan kokain oleh warga Peru.", []string{"idn-customs/agency/IDN", "PER"}},
	{"cr jalan diponegoro banjir", "Jalan Diponegoro dan Jalan Pemuda tergenang setelah hujan tiga jam.", nil},
	{"cr stasiun manggarai", "Penumpang KRL menumpuk di Stasiun Manggarai akibat gangguan sinyal.", nil},
	{"cr sepeda motor honda", "Sepeda motor Honda Beat menjadi kendaraan yang paling sering dicuri.", nil},

	// Entertainment.
	{"en lagu indonesia pusaka", "Lagu Indonesia Pusaka dinyanyikan bersama di akhir upacara.", nil},
	{"en film gadis kretek", "Serial Gadis Kretek masuk nominasi penghargaan internasional.", nil},
	{"en konser coldplay", "Coldplay kembali menggelar konser di Jakarta setelah tur Asia.", []string{"coldplay/organization"}},
	{"en raisa konser", "Penyanyi Raisa menggelar konser tunggal di Istora Senayan.", []string{"raisa/person"}},
	{"en festival film busan", "Film karya sutradara Joko Anwar tayang perdana di Festival Film Busan.", []string{"joko-anwar/person"}},
	{"en upin ipin malaysia", "Serial animasi Upin & Ipin produksi Malaysia tetap digemari anak-anak.", []string{"MYS"}},
	{"en titles common", "Ketua panitia mengatakan tiket festival sudah habis sejak pekan lalu.", nil},
	{"en bapak ibu", "Bapak dan Ibu guru diminta hadir di aula sekolah pukul tujuh pagi.", nil},

	// Regional and religion.
	{"rg masjid istiqlal", "Salat Idul Adha di Masjid Istiqlal dihadiri puluhan ribu jemaah.", nil},
	{"rg nasaruddin", "Menteri Agama Nasaruddin Umar mengumumkan biaya haji turun tahun ini.", []string{"nasaruddin-umar/person/IDN"}},
	{"rg kemenag hilal", "Kemenag memantau hilal di 120 titik di seluruh Indonesia.", []string{"idn-religious-affairs-ministry/agency/IDN", "IDN"}},
	{"rg muhammadiyah idulfitri", "Muhammadiyah menetapkan Idulfitri jatuh pada hari Minggu.", []string{"muhammadiyah/organization/IDN"}},
	{"rg gereja katedral", "Misa Natal di Gereja Katedral Jakarta berlangsung khidmat.", nil},
	{"rg waisak borobudur", "Ribuan biksu dari Thailand mengikuti perayaan Waisak di Candi Borobudur.", []string{"THA"}},
	{"rg nyepi bali", "Bandara Ngurah Rai ditutup selama 24 jam saat Hari Raya Nyepi.", nil},
	{"rg pramono car free day", "Gubernur Jakarta Pramono Anung memperpanjang jam car free day di Jalan Thamrin.", []string{"pramono-anung/person/IDN"}},
	{"rg dedi mulyadi", "Gubernur Jawa Barat Dedi Mulyadi melarang sekolah menggelar wisuda di hotel.", []string{"dedi-mulyadi/person/IDN"}},
	{"rg bobby pelabuhan", "Gubernur Sumatera Utara Bobby Nasution meresmikan pelabuhan baru di Sibolga.", []string{"bobby-nasution/person/IDN"}},
	{"rg ahmad luthfi", "Gubernur Jawa Tengah Ahmad Luthfi meninjau jalan rusak di Kabupaten Grobogan.", []string{"ahmad-luthfi/person/IDN"}},
	{"rg pemkot bandung sampah", "Pemkot Bandung menargetkan sampah di Pasar Caringin tertangani dalam dua pekan.", []string{"pemkot-bandung/government/IDN"}},
	{"rg sultan hb x", "Sri Sultan Hamengku Buwono X membuka pameran keris di Kraton Yogyakarta.", []string{"hamengku-buwono-x/person/IDN"}},
	{"rg warga kata", "Budi Santoso (45), warga Tambun, mengaku rumahnya terendam sejak Kamis.", []string{"budi-santoso/person"}},
	{"rg pedagang kata", "\"Pembeli sepi sekali,\" kata Siti Aminah, pedagang sayur di Pasar Kramat Jati.", []string{"siti-aminah/person"}},

	// Dated phrases and sentence starts.
	{"dt senin pagi", "Senin pagi, ribuan buruh berkumpul di depan Gedung Sate.", nil},
	{"dt pada awal juni", "Pada awal Juni, harga tiket pesawat ke Medan biasanya mulai naik.", nil},
	{"dt tahun baru imlek", "Tahun Baru Imlek 2576 jatuh pada akhir Januari.", nil},
	{"dt hut bhayangkara", "Upacara HUT Bhayangkara digelar di Monas pada 1 Juli.", nil},
	{"dt hari pahlawan", "Peringatan Hari Pahlawan di Tugu Pahlawan Surabaya dihadiri ribuan pelajar.", nil},
	{"dt selamat pagi", "Selamat pagi, pembaca setia, berikut rangkuman berita hari ini.", nil},
	{"dt menjelang ramadan", "Menjelang Ramadan, harga daging sapi di Pasar Senen mulai naik.", nil},

	// Streets, buildings named after persons; places named after states.
	{"st jalan soekarno hatta", "Truk bermuatan pasir terguling di Jalan Soekarno-Hatta, Malang.", nil},
	{"st gedung sate", "Gedung Sate dibuka untuk umum setiap akhir pekan.", nil},
	{"st rs fatmawati", "RSUP Fatmawati menambah ruang perawatan intensif bagi pasien anak.", nil},
	{"st bandara sultan hasanuddin", "Penerbangan dari Bandara Sultan Hasanuddin ke Jakarta tertunda akibat cuaca buruk.", nil},
	{"st jalan gajah mada", "Toko-toko emas di Jalan Gajah Mada tutup sementara selama perbaikan jalan.", nil},
	{"st kampung inggris pare", "Kampung Inggris di Pare, Kediri, dipadati pelajar selama liburan.", nil},
	{"st kampung cina", "Kampung Cina di Cibubur ramai dikunjungi menjelang Cap Go Meh.", nil},
	{"st pasar jepang", "Pasar Jepang di Jakarta Selatan menjual barang bekas impor.", nil},
	{"st ktt asean", "KTT ASEAN di Kuala Lumpur membahas krisis Myanmar.", []string{"asean/igo", "MMR"}},
	{"st jalan cut nyak dien", "Jalan Cut Nyak Dien di Banda Aceh ditutup karena perbaikan saluran.", nil},
	{"st universitas indonesia", "Universitas Indonesia memperpanjang masa pendaftaran program pascasarjana.", []string{"universitas-indonesia/organization/IDN"}},

	// Mixed: real actors among places.
	{"mx prabowo ke jepang", "Presiden Prabowo Subianto bertolak ke Tokyo untuk kunjungan kenegaraan ke Jepang.", []string{"prabowo-subianto/person/IDN", "JPN"}},
	{"mx sugiono riyadh", "Menteri Luar Negeri Sugiono bertemu mitranya di Riyadh untuk membahas kuota haji.", []string{"sugiono/person/IDN"}},
	{"mx listyo mudik", "Kapolri Jenderal Listyo Sigit Prabowo memantau arus mudik di Tol Kalikangkung, Semarang.", []string{"listyo-sigit-prabowo/person/IDN"}},
	{"mx dudy stasiun senen", "Menteri Perhubungan Dudy Purwagandhi meninjau Stasiun Pasar Senen menjelang libur panjang.", []string{"dudy-purwagandhi/person/IDN"}},
	{"mx pbnu rukyat", "PBNU menggelar rukyatul hilal di Menara Al-Husna Masjid Agung Jawa Tengah.", []string{"nahdlatul-ulama/organization/IDN"}},
	{"mx kemlu pekerja", "Kementerian Luar Negeri memulangkan 30 pekerja migran yang terjebak di Dubai.", []string{"idn-foreign-ministry/agency/IDN"}},
}

// idPrec43Known are the rows of idPrec43GridRows the extractor still fails,
// with the reason.
var idPrec43Known = map[string]string{
	"sp liga inggris":  "the clubs' bare names (Arsenal, Chelsea) are in no list: clubs.jsonl holds 'Arsenal FC' and 'Chelsea FC', and a bare Chelsea, also a given name, becomes a person beside a known Arsenal",
	"mx kemlu pekerja": "a home body's generic name ('Kementerian Luar Negeri') with a foreign city as the place of the event after it is read as that state's (homeBodiesAbroad), none known here",
}

// TestIDPrec43Grid checks the Indonesian precision grid 43 (places, names
// holding states, national teams, named streets and buildings).
func TestIDPrec43Grid(t *testing.T) {
	runDomGrid(t, idPrec43GridRows, idPrec43Known, "2025-06-01")
}

// idPrec43Batch2Rows were written and annotated after batch 1's rules and
// before they ran on them (the same class and conventions): the check that
// the rules generalize. First run: 16 of 18; after a lone given name beside
// an ampersand was read as no person (the pass's work-title rule had
// uncovered "Jerry" in "Film Tom & Jerry"): 17 of 18 (1 known).
var idPrec43Batch2Rows = []domGridRow{
	{"b2 kontingen asian games", "Kontingen Indonesia membawa pulang 12 medali emas dari Asian Games.", nil},
	{"b2 rsud jakarta", "RSUD Jakarta Utara menambah 50 tempat tidur untuk pasien demam berdarah.", nil},
	{"b2 lbh jakarta", "LBH Jakarta mendampingi warga yang tergusur proyek tanggul laut.", []string{"lbh-jakarta/organization/IDN"}},
	{"b2 film tom jerry", "Film Tom & Jerry versi baru tayang di bioskop mulai pekan depan.", nil},
	{"b2 jemaah ke madinah", "Jemaah calon haji asal Makassar diterbangkan langsung ke Madinah.", nil},
	{"b2 belajar ke mesir", "Ratusan santri asal Jawa Timur berangkat belajar ke Mesir tahun ini.", []string{"EGY"}},
	{"b2 kampung jawa", "Kampung Jawa di Kota Tondano menggelar festival budaya tahunan.", nil},
	{"b2 nasi kebuli arab", "Nasi kebuli khas Arab menjadi menu favorit berbuka puasa di Pekojan.", nil},
	{"b2 stadion manahan", "Laga Persis Solo di Stadion Manahan digelar tanpa penonton.", []string{"persis-solo/organization/IDN"}},
	{"b2 jalan pattimura", "Pohon tumbang menutup Jalan Pattimura di Ambon pada Rabu sore.", nil},
	{"b2 bmkg gelombang", "BMKG memprediksi gelombang setinggi empat meter di perairan selatan Jawa.", []string{"idn-bmkg/agency/IDN"}},
	{"b2 turis jerman rinjani", "Seorang pendaki asal Jerman hilang di jalur pendakian Gunung Rinjani.", []string{"DEU"}},
	{"b2 harga emas singapura", "Harga emas di Singapura dan Hong Kong bergerak stabil pekan ini.", []string{"SGP"}},
	{"b2 khofifah pasar", "Gubernur Jawa Timur Khofifah Indar Parawansa meninjau harga beras di Pasar Wonokromo.", []string{"khofifah-indar-parawansa/person/IDN"}},
	{"b2 wisuda ui", "Universitas Indonesia menggelar wisuda di Balairung Kampus Depok.", []string{"universitas-indonesia/organization/IDN"}},
	{"b2 tari saman", "Tari Saman ditampilkan dalam festival budaya di Kairo.", nil},
	{"b2 polresta malang", "Polresta Malang Kota menutup Jalan Ijen selama festival Malang Tempo Doeloe.", []string{"polres-malang-kota/agency/IDN"}},
	{"b2 timnas u17 qatar", "Timnas U-17 Indonesia menjalani pemusatan latihan di Qatar sebelum Piala Dunia.", []string{"QAT"}},
}

// idPrec43Batch2Known are the rows of idPrec43Batch2Rows the extractor
// still fails, with the reason.
var idPrec43Batch2Known = map[string]string{
	"b2 harga emas singapura": "Hong Kong is a state of the gazetteer (HKG, of China); the row, annotated before the run, read it as a city",
}

// TestIDPrec43Batch2 checks batch 2 of the Indonesian precision grid 43.
func TestIDPrec43Batch2(t *testing.T) {
	runDomGrid(t, idPrec43Batch2Rows, idPrec43Batch2Known, "2025-06-01")
}
