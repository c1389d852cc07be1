package extract

import "testing"

// idPerson41Rows are present-day (2022-2026) Indonesian news sentences
// written for the Indonesian persons grid 41 of issue #12 (composed in the
// style of Kompas, Detik, Tempo, CNN Indonesia and Antara, never copied from
// a data set) about persons the gazetteer does not hold, introduced without
// an office title: attribution after quotes ("ujar Andi Pratama", "kata
// Siti Rahmawati kepada wartawan"), occupation and role nouns before the
// name (pengamat, ekonom, peneliti, analis, warga, saksi, korban,
// tersangka, terdakwa, pengacara, kuasa hukum, aktivis, mahasiswa, petani,
// nelayan, pedagang, atlet, pelatih, penyanyi, artis, influencer), names in
// apposition, names with an age in brackets, one-word Javanese names,
// Chinese-Indonesian, Batak, Minang, Bugis and Papuan names, women's names,
// names with initials and abbreviations (Moh., Muh., M.), and hard
// negatives: capitalized words after these nouns that are no person
// (places, organizations, products, events). want is the exact set of
// non-place actors as "id/kind/country" (country only where the text makes
// the person Indonesian), annotated before the extractor ran on them.
var idPerson41Rows = []wantRow{
	// Attribution after quotes.
	{"att ujar two words", "\"Kami sudah tiga hari tidak bisa melaut,\" ujar Andi Pratama.", "andi-pratama/person", false},
	{"att kata kepada wartawan", "\"Harga cabai naik terus sejak pekan lalu,\" kata Siti Rahmawati kepada wartawan.", "siti-rahmawati/person", false},
	{"att tutur one word", "\"Air datang tengah malam, kami tidak sempat menyelamatkan barang,\" tutur Sukirno.", "sukirno/person", false},
	{"att ucap woman", "\"Anak saya belum pulang sejak Jumat,\" ucap Wulandari Putri.", "wulandari-putri/person", false},
	{"att jelas three words", "\"Pendaftaran dibuka sampai akhir bulan,\" jelas Rizky Aditya Nugraha.", "rizky-aditya-nugraha/person", false},
	{"att imbuh", "\"Kami berharap pemerintah segera turun tangan,\" imbuh Dedi Kurniawan.", "dedi-kurniawan/person", false},
	{"att katanya split", "\"Jalan ini rusak sejak dua tahun lalu,\" kata Yusuf Hamdani, \"dan belum pernah diperbaiki.\"", "yusuf-hamdani/person", false},
	{"att ungkap saat ditemui", "\"Penjualan turun hampir separuh,\" ungkap Lilis Suryani saat ditemui di kiosnya.", "lilis-suryani/person", false},
	{"att kata dia after name", "Rahmat Hidayanto mengaku rumahnya terendam. \"Semua perabot rusak,\" kata dia.", "rahmat-hidayanto/person", false},
	{"att tutur dia named before", "Menurut Nur Aini, banjir datang sangat cepat. \"Kami hanya sempat membawa anak-anak,\" tutur dia.", "nur-aini/person", false},
	{"att ujarnya", "\"Saya tidak tahu kalau itu barang curian,\" ujar Bambang Sutejo di persidangan.", "bambang-sutejo/person", false},
	{"att terang", "\"Sudah tiga kali kami melapor ke kelurahan,\" terang Suparmi.", "suparmi/person", false},
	{"att sebut", "\"Pasokan gas elpiji tersendat sejak Senin,\" sebut Hendro Wibisono.", "hendro-wibisono/person", false},
	{"att kata name comma age", "\"Kami tidur di tenda,\" kata Karsinah, 62 tahun.", "karsinah/person", false},
	{"att kata pengamat", "\"Kebijakan itu berisiko menekan daya beli,\" kata pengamat ekonomi Fadhil Ramadhan.", "fadhil-ramadhan/person", false},

	// Occupation and role nouns before the name.
	{"occ pengamat politik", "Pengamat politik Arif Nurul Huda menilai koalisi itu tidak akan bertahan lama.", "arif-nurul-huda/person", false},
	{"occ ekonom", "Ekonom Raden Pardede memperkirakan rupiah masih tertekan hingga akhir tahun.", "raden-pardede/person", true},
	{"occ peneliti comma", "Peneliti kebijakan publik, Anisa Rahmadani, menyebut subsidi itu salah sasaran.", "anisa-rahmadani/person", false},
	{"occ analis pasar", "Analis pasar modal Hans Kwee memperkirakan IHSG bergerak melemah.", "hans-kwee/person", false},
	{"occ warga comma", "Warga, Sutarno, mengatakan air mulai naik sejak pukul dua dini hari.", "sutarno/person", false},
	{"occ saksi", "Saksi Irma Yuliana mengaku melihat terdakwa keluar dari rumah korban.", "irma-yuliana/person", false},
	{"occ korban", "Korban Dimas Saputra mengalami luka bakar di bagian tangan.", "dimas-saputra/person", false},
	{"occ tersangka", "Tersangka Agus Salimun mengaku menggunakan uang itu untuk berjudi.", "agus-salimun/person", false},
	{"occ terdakwa dituntut", "Terdakwa Hendra Kurniawan dituntut 12 tahun penjara oleh jaksa.", "hendra-kurniawan/person", false},
	{"occ pengacara", "Pengacara Rinaldi Siahaan mengajukan praperadilan atas penetapan tersangka kliennya.", "rinaldi-siahaan/person", false},
	{"occ kuasa hukum comma", "Kuasa hukum keluarga korban, Yohanes Tobing, meminta polisi transparan.", "yohanes-tobing/person", false},
	{"occ aktivis lingkungan", "Aktivis lingkungan Melati Wijayanti menggalang petisi menolak tambang pasir.", "melati-wijayanti/person", false},
	{"occ mahasiswa", "Mahasiswa Fajar Ramadhani ditangkap saat mengikuti aksi unjuk rasa.", "fajar-ramadhani/person", false},
	{"occ petani", "Petani Slamet Riyadi mengeluhkan harga gabah yang anjlok saat panen raya.", "slamet-riyadi/person", false},
	{"occ nelayan age", "Nelayan Marjuki (51) hilang saat melaut di perairan Indramayu.", "marjuki/person", false},
	{"occ pedagang", "Pedagang sayur Sri Wahyuni mengaku omzetnya turun drastis.", "sri-wahyuni/person", false},
	{"occ atlet", "Atlet angkat besi Nurul Akmal menargetkan medali di Asian Games.", "nurul-akmal/person", false},
	{"occ pelatih kepala", "Pelatih kepala Bima Sakti Tukiman memanggil 28 pemain untuk pemusatan latihan.", "bima-sakti-tukiman/person", true},
	{"occ penyanyi", "Penyanyi Rossa Amelia merilis lagu baru bertema patah hati.", "rossa-amelia/person", false},
	{"occ artis", "Artis Nadya Kirana melaporkan akun penyebar fitnah ke polisi.", "nadya-kirana/person", false},
	{"occ influencer", "Influencer kecantikan Tasya Farasya meluncurkan merek kosmetik sendiri.", "tasya-farasya/person", false},
	{"occ selebgram comma", "Selebgram asal Medan, Ratu Entok, divonis dua tahun penjara.", "ratu-entok/person", true},
	{"occ sopir", "Sopir truk Supriyadi selamat setelah kendaraannya terguling di tol.", "supriyadi/person", false},
	{"occ guru honorer", "Guru honorer Supriyani dibebaskan majelis hakim dari segala tuntutan.", "supriyani/person", false},
	{"occ buruh pabrik", "Buruh pabrik tekstil Eko Prasetyo kehilangan pekerjaan setelah PHK massal.", "eko-prasetyo/person", false},
	{"occ pengemudi ojol", "Pengemudi ojek online Bayu Setiadi menjadi korban begal di Depok.", "bayu-setiadi/person", false},
	{"occ dosen", "Dosen hukum tata negara Zainal Arifin Mochtar mengkritik putusan itu.", "zainal-arifin-mochtar/person", false},
	{"occ pemain", "Pemain muda Rafael Struick mencetak gol penentu kemenangan.", "rafael-struick/person", false},
	{"occ pegiat antikorupsi", "Pegiat antikorupsi Yudi Purnomo menyoroti lemahnya pengawasan internal.", "yudi-purnomo/person", false},
	{"occ peternak", "Peternak sapi Ahmad Mujiono kehilangan tiga ekor ternaknya akibat penyakit mulut dan kuku.", "ahmad-mujiono/person", false},
	{"occ menurut pengamat", "Menurut pengamat pendidikan Doni Koesoema, kurikulum baru perlu diuji dulu.", "doni-koesoema/person", false},
	{"occ pendiri", "Pendiri komunitas literasi itu, Kurniawati Hasan, membuka perpustakaan di kolong jembatan.", "kurniawati-hasan/person", false},
	{"occ youtuber", "YouTuber Reza Arap mengklarifikasi tudingan penipuan.", "reza-arap/person", false},
	{"occ penulis", "Penulis novel Leila Chudori meluncurkan buku terbarunya di Jakarta.", "leila-chudori/person", false},
	{"occ pebisnis", "Pengusaha kuliner Hendrik Gunawan membuka cabang ke-50.", "hendrik-gunawan/person", false},
	{"occ kurir", "Kurir paket Ari Wibowo dianiaya pelanggan karena keterlambatan.", "ari-wibowo/person", false},
	{"occ ibu rumah tangga", "Ibu rumah tangga Suryati Handayani menjadi korban investasi bodong.", "suryati-handayani/person", false},

	// Names in apposition.
	{"app warga desa", "Andi, warga Desa Sukamaju, mengatakan jembatan itu putus sejak pekan lalu.", "andi/person/IDN", true},
	{"app pedagang pasar", "Siti Maryam, pedagang di Pasar Beringharjo, mengaku dagangannya sepi.", "siti-maryam/person/IDN", true},
	{"app warga kelurahan", "Joko Susilo, warga Kelurahan Kampung Melayu, terpaksa mengungsi ke masjid.", "joko-susilo/person/IDN", true},
	{"app salah satu", "Salah satu penumpang, Retno Wulandari, mengaku panik saat pesawat berguncang.", "retno-wulandari/person", false},
	{"app seorang", "Seorang pengunjung, Hadi Susanto, merekam kejadian itu dengan ponselnya.", "hadi-susanto/person", false},
	{"app ketua kelompok tani", "Muhammad Yasin, ketua kelompok tani setempat, meminta pupuk bersubsidi ditambah.", "muhammad-yasin/person", false},
	{"app mahasiswa semester", "Nabila Azzahra, mahasiswa semester lima, menyebut biaya kuliah terlalu mahal.", "nabila-azzahra/person", false},
	// annotation corrected after the first run: "Polisi" is the police body (project convention)
	{"app object", "Polisi masih mencari Rudi Hermawan, pemilik gudang yang terbakar itu.", "idn-police rudi-hermawan/person", false},
	{"app salah seorang warga", "Salah seorang warga, Ujang, melihat api muncul dari dapur.", "ujang/person", false},
	{"app orang tua murid", "Orang tua murid, Lestari Handayani, memprotes pungutan sekolah.", "lestari-handayani/person", false},

	// Names with an age in brackets.
	{"age one word", "Budi (45) ditemukan tewas di kamar kosnya.", "budi/person", false},
	{"age two words", "Dewi Sartika (27) menjadi korban penipuan lowongan kerja.", "dewi-sartika/person", false},
	{"age korban bernama", "Seorang bocah bernama Aldi (9) tenggelam di kolam renang.", "aldi/person", false},
	// annotation corrected after the first run: "Polisi" is the police body (project convention)
	{"age after verb", "Polisi menangkap Saipul Anwar (38) di rumahnya di Bogor.", "idn-police saipul-anwar/person", true},
	{"age two persons", "Kakak beradik Rina (12) dan Rani (10) selamat dari kebakaran.", "rina/person rani/person", false},
	{"age tahun", "Wagiman (70 tahun) masih bekerja sebagai tukang becak.", "wagiman/person", false},
	{"age pria", "Pria bernama Tohir (56) tertimpa pohon tumbang saat bersepeda.", "tohir/person", false},
	{"age pelaku", "Pelaku, Arman Syah (33), ditangkap di persembunyiannya.", "arman-syah/person", false},

	// One-word Javanese names.
	{"jav paijo", "Paijo mengaku sudah 20 tahun menjadi penjual bakso keliling.", "paijo/person", false},
	{"jav kata sugeng", "\"Hasil panen tahun ini bagus,\" kata Sugeng.", "sugeng/person", false},
	{"jav mbah", "Mbah Surip masih rutin ke sawah setiap pagi.", "surip/person", false},
	{"jav tukiyem", "Tukiyem, penjual jamu gendong, sudah berkeliling sejak pukul lima pagi.", "tukiyem/person", false},
	{"jav sumarno ujar", "Sumarno, ujar tetangganya, jarang terlihat keluar rumah.", "sumarno/person", false},
	{"jav parmin object", "Pemerintah desa memberikan bantuan kepada Parmin dan keluarganya.", "parmin/person", false},

	// Chinese-Indonesian names.
	{"cn three words", "Pengusaha Tan Siok Lan membantah terlibat penyelundupan.", "tan-siok-lan/person", false},
	{"cn western given", "Hendra Lim, pemilik toko emas itu, melapor ke polisi.", "hendra-lim/person", false},
	{"cn kata", "\"Kami sudah tiga generasi berjualan di sini,\" kata Liem Hok Seng.", "liem-hok-seng/person", false},
	{"cn oey", "Sejarawan Oey Kim Hwa meneliti arsip pecinan Semarang.", "oey-kim-hwa/person", true},
	{"cn tjahjadi", "Pengacara Steven Tjahjadi mendampingi kliennya di Pengadilan Negeri.", "steven-tjahjadi/person", false},

	// Batak names.
	{"batak sihombing", "Petani kopi Robert Sihombing menanam bibit unggul di Humbang Hasundutan.", "robert-sihombing/person/IDN", true},
	{"batak boru", "Rosmauli br Simanjuntak melaporkan kehilangan sepeda motornya.", "rosmauli-br-simanjuntak/person", false},
	{"batak kata", "\"Kami menolak lahan adat diambil,\" kata Hotman Situmorang.", "hotman-situmorang/person", false},
	{"batak nainggolan age", "Parlindungan Nainggolan (47) tewas tertimbun longsor.", "parlindungan-nainggolan/person", false},

	// Minang names.
	{"minang datuak", "Tokoh adat Datuak Rajo Mangkuto meminta warga menjaga tanah ulayat.", "datuak-rajo-mangkuto/person", true},
	// annotation corrected after the first run: a state named as a destination is an actor (project convention)
	{"minang single", "Pedagang rendang Yusnimar mengirim pesanan hingga ke Belanda.", "yusnimar/person NLD", false},
	{"minang warga", "Zulfikri, warga Nagari Koto Baru, kehilangan rumah akibat galodo.", "zulfikri/person/IDN", true},

	// Bugis names.
	{"bugis andi", "Andi Baso Mappaturung terpilih sebagai ketua kerukunan keluarga Bugis.", "andi-baso-mappaturung/person", false},
	{"bugis daeng", "Nelayan Daeng Sikki selamat setelah terombang-ambing dua hari di laut.", "daeng-sikki/person", false},
	{"bugis puang", "Puang Tenri Abeng membuka festival budaya di Bone.", "tenri-abeng/person", false},

	// Papuan names.
	{"papua kogoya", "Mama Yosina Kogoya menjual sayur di Pasar Youtefa sejak subuh.", "yosina-kogoya/person", false},
	{"papua wenda age", "Yance Wenda (24) tertembak saat bentrokan di Puncak Jaya.", "yance-wenda/person", false},
	{"papua tokoh", "Tokoh pemuda Papua, Markus Tabuni, menyerukan dialog damai.", "markus-tabuni/person", false},
	{"papua rumbiak", "\"Kami ingin anak-anak bisa sekolah,\" ujar Agustina Rumbiak.", "agustina-rumbiak/person", false},

	// Women's names.
	{"women siti nurhaliza", "Ibu dua anak itu, Nurhayati Lubis, kini bekerja sebagai buruh cuci.", "nurhayati-lubis/person", false},
	{"women ny husband name", "Ny. Ratna Suharto melaporkan kehilangan perhiasan.", "ratna-suharto/person", false},
	{"women sri", "Sri Mulyani Astuti, penjual gorengan, menolak digusur.", "sri-mulyani-astuti/person", true},
	{"women dewi", "Dewi Anggraeni Putri lulus dengan predikat cum laude.", "dewi-anggraeni-putri/person", false},
	{"women ibu kata", "\"Beras makin mahal,\" kata Ibu Kartini Rahayu.", "kartini-rahayu/person", false},

	// Initials and abbreviations.
	{"init moh", "Moh. Rizal Fahmi ditetapkan sebagai tersangka korupsi dana desa.", "moh-rizal-fahmi/person", false},
	{"init muh", "Muh. Syahrul Ramadhan meraih juara pertama lomba tahfiz.", "muh-syahrul-ramadhan/person", false},
	{"init m dot", "M. Fadli Zulkarnain, warga Jalan Kenanga, menemukan bayi di depan rumahnya.", "m-fadli-zulkarnain/person", false},
	{"init kata m dot", "\"Kami akan banding,\" kata M. Iqbal Hasibuan.", "m-iqbal-hasibuan/person", false},
	{"init middle", "Agus R. Hidayat membantah menerima suap.", "agus-r-hidayat/person", false},
	{"init moh age", "Moh. Ali (40) ditangkap karena mencuri kotak amal.", "moh-ali/person", false},
	{"init muhammad abbreviation mhd", "Mhd. Arifin Nasution terpilih sebagai kepala lingkungan.", "mhd-arifin-nasution/person", false},
	{"init inisial", "Tersangka berinisial AP (27) dijerat pasal pencurian dengan kekerasan.", "ap/person", false},

	// Hard negatives: capitalized words after the role nouns that are no person.
	{"neg warga desa place", "Warga Desa Sukamaju menolak pembangunan pabrik semen.", "", false},
	{"neg warga kota", "Warga Bekasi mengeluhkan polusi udara yang memburuk.", "", false},
	{"neg pedagang pasar", "Pedagang Pasar Tanah Abang mengeluhkan sepinya pembeli.", "", false},
	{"neg mahasiswa universitas", "Mahasiswa Universitas Hasanuddin menggelar aksi di depan kampus.", "universitas-hasanuddin", false},
	{"neg petani kopi gayo", "Petani Kopi Gayo menikmati kenaikan harga di pasar ekspor.", "", false},
	{"neg nelayan muara angke", "Nelayan Muara Angke tidak melaut karena cuaca buruk.", "", false},
	{"neg korban gempa cianjur", "Korban Gempa Cianjur masih tinggal di tenda darurat.", "", false},
	{"neg penyanyi product", "Penonton Java Jazz Festival memadati arena sejak sore.", "", false},
	{"neg atlet pon", "Atlet PON Aceh-Sumut mengeluhkan kualitas venue.", "", false},
	{"neg pengguna product", "Pengguna Shopee Paylater diminta waspada terhadap penipuan.", "", false},
	{"neg kata product", "\"Stok Pertalite aman,\" kata petugas SPBU.", "", false},
	{"neg ujar organization", "Hal itu disampaikan dalam jumpa pers, ujar panitia Konser Dewa 19.", "", false},
	// annotation corrected after the first run: the club's gazetteer id is persija
	{"neg pelatih team", "Pelatih Persija Jakarta belum menentukan kiper utama.", "persija", false},
	{"neg supporter", "Suporter Persib Bandung dilarang datang ke stadion lawan.", "persib", false},
	{"neg pengunjung mall", "Pengunjung Mal Kota Kasablanka berhamburan saat alarm berbunyi.", "", false},
	{"neg saksi event", "Saksi Pilkada Jawa Tengah dilatih oleh tim pemenangan.", "", false},
	{"neg terdakwa kasus", "Terdakwa Kasus Timah dijadwalkan menjalani sidang tuntutan.", "", false},
	{"neg penumpang kereta", "Penumpang KRL Commuter Line terlantar akibat gangguan sinyal.", "", false},
	{"neg aktivis 98", "Aktivis 98 menggelar diskusi mengenang reformasi.", "", false},
	{"neg peserta event", "Peserta Jakarta Marathon memadati kawasan Sudirman sejak subuh.", "", false},
	{"neg influencer platform", "Influencer TikTok diminta ikut mengampanyekan pemilu damai.", "", true},
	{"neg kata warga no name", "\"Air sudah setinggi pinggang,\" kata seorang warga.", "", false},
	{"neg ujar food", "Pedagang Martabak Bangka itu kehabisan stok telur.", "", false},
	{"neg festival", "Pengunjung Pekan Raya Jakarta tahun ini mencapai lima juta orang.", "", false},
}

// idPerson41Batch2Rows are a second batch written and annotated after the
// first batch's rules, before the extractor ran on them: the same cues with
// other names and words.
var idPerson41Batch2Rows = []wantRow{
	{"b2 kata two words", "\"Kami hanya ingin air bersih,\" kata Ponirah Lestari.", "ponirah-lestari/person", false},
	{"b2 ujar one word", "\"Ikan makin sulit dicari,\" ujar Darto.", "darto/person", false},
	{"b2 pengemudi angkot", "Pengemudi angkot Sutisna mengaku dipalak preman di terminal.", "sutisna/person", true},
	{"b2 kapten kapal age", "Kapten kapal Rusdianto (48) hilang setelah kapalnya tenggelam.", "rusdianto/person", true},
	{"b2 muh age", "Muh. Amin (35) ditangkap saat mengedarkan sabu.", "muh-amin/person", false},
	{"b2 moch two words", "Moch. Sholeh Hidayat, warga Sidoarjo, melapor ke polisi.", "moch-sholeh-hidayat/person", false},
	{"b2 apposition woman", "Sulastri, penjual nasi pecel, menjadi saksi kejadian itu.", "sulastri/person", false},
	{"b2 batak aktivis", "Aktivis agraria Jhontoni Tarihoran ditangkap saat aksi di Toba.", "jhontoni-tarihoran/person", false},
	{"b2 papua mahasiswa", "Mahasiswa asal Papua, Frans Wanimbo, menjadi ketua BEM kampusnya.", "frans-wanimbo/person", false},
	{"b2 chinese pedagang", "Pedagang kelontong Ong Tjoe Liang tetap buka saat Imlek.", "ong-tjoe-liang/person", false},
	{"b2 bugis andi", "Andi Tenri Sompa, guru honorer di Bone, mengajar tanpa digaji selama setahun.", "andi-tenri-sompa/person", false},
	{"b2 peneliti comma", "Peneliti lingkungan, Rahmawati Siregar, menyebut sungai itu tercemar merkuri.", "rahmawati-siregar/person", false},
	{"b2 kuasa hukum", "Kuasa hukum tersangka Ferdi Simanungkalit mengajukan penangguhan penahanan.", "ferdi-simanungkalit/person", false},
	{"b2 tukang ojek", "Tukang ojek Sarmidi menemukan dompet berisi uang Rp10 juta.", "sarmidi/person", false},
	{"b2 neg pedagang place", "Pedagang Pasar Klewer menolak relokasi sementara.", "", false},
	{"b2 neg warga kampung", "Warga Kampung Pulo kembali terendam banjir.", "", false},
	{"b2 neg sopir brand", "Sopir truk Fuso itu kabur setelah menabrak pagar.", "", false},
	{"b2 neg korban event", "Korban Tragedi Kanjuruhan menuntut keadilan.", "", false},
}

// TestIDPerson41Grid runs the Indonesian persons grid 41.
func TestIDPerson41Grid(t *testing.T) {
	t.Run("batch1", func(t *testing.T) { runWantGrid(t, "id", idPerson41Rows, 120) })
	t.Run("batch2", func(t *testing.T) { runWantGrid(t, "id", idPerson41Batch2Rows, 15) })
}
