package extract

import "testing"

// TestHeadlineGrid checks short and title-cased text of Indonesian news:
// headlines that capitalize every word and drop affixes ("Prabowo Bertemu
// Xi Jinping di Beijing", "KPK Tetapkan Eks Mentan Tersangka"), headlines
// that open with a bare verb or a word of a teaser ("Tolak Kenaikan UMP,
// Buruh Ancam Mogok", "Terungkap, Ini Penyebab …"), all-caps headlines,
// photo captions with the agency's credit ("… ANTARA FOTO/Nama/ed."),
// bylines and credits ("Pewarta: … | Editor: …") whose names are no actor,
// and section labels ("INTERNASIONAL"). The rows were written for the
// test in the style of Indonesian news, never copied from a data set, and
// annotated before the extractor ran on them (expertRowProblems: every
// state and person the row gives must be wanted). The article date is
// 2025-06-01, so that the office holders of the headlines are those of the
// day. A byline or a caption with a label ("Foto:", "FILE PHOTO:") stands
// after a line of story text, since a text of boilerplate alone is no
// article (Article returns an error). A row marked known is a known
// failure: the test fails when it starts passing, so that its mark is
// taken off.
//
// Before the rules and data of this grid: 91 of 115 Indonesian rows and 45
// of 48 English rows pass (136 of 163); the 27 failing rows were marked
// known. After them: 109 of 115 and 45 of 48 (154 of 163). A second batch
// of 36 rows (25 Indonesian, 11 English), written after those fixes and
// annotated before its first run, passed 31 at once (22 and 9); after
// "Polda Metro" and "takluk" 33; a section label of ordinary words alone
// on its line ("WORLD NEWS") no outlet: 34. In all 188 of 199 (133 of 140
// and 55 of 59); the 11 known rows say why on the line above them, or are
// the annotation's (the states of leaders who meet take part in the event).
func TestHeadlineGrid(t *testing.T) {
	runNameGridOn(t, headlineGridIDRows, headlineGridIDMin, "2025-06-01")
}

// TestHeadlineGridEnglish is the English half of the headline grid: wire
// headlines in title case and sentence case with dropped articles ("Trump
// Says Tariffs on China to Stay", "Zelenskiy meets Starmer in London"),
// teaser labels ("Exclusive:", "Analysis:"), photo captions with the
// photographer's credit ("REUTERS/Name"), bylines ("Reporting by …;
// Editing by …") and section labels.
func TestHeadlineGridEnglish(t *testing.T) {
	runWireGrid(t, extractor(t), headlineGridENRows, "2025-06-01")
}

// headlineGridIDMin is the least number of rows the Indonesian grid holds.
const headlineGridIDMin = 140

var headlineGridIDRows = []nameGridRow{
	// Title-cased headlines with known figures.
	// The annotation's: two leaders meeting make their states take part (participants), though the headline names neither.
	{"prabowo bertemu xi", "Prabowo Bertemu Xi Jinping di Beijing", "prabowo-subianto xi-jinping", "", false, true},
	{"menlu ri kecam israel", "Menlu RI Kecam Serangan Israel ke Gaza", "IDN ISR", "", false, false},
	{"kpk tetapkan eks mentan", "KPK Tetapkan Eks Mentan Tersangka", "idn-kpk", "", false, false},
	{"prabowo lantik sugiono", "Prabowo Lantik Sugiono Jadi Menlu", "prabowo-subianto sugiono", "", false, false},
	{"jokowi resmikan bendungan", "Jokowi Resmikan Bendungan Baru di NTT", "joko-widodo", "", false, false},
	{"sri mulyani pastikan defisit", "Sri Mulyani Pastikan Defisit APBN Terjaga", "sri-mulyani", "", false, false},
	{"kapolri listyo copot kapolda", "Kapolri Listyo Sigit Copot Kapolda Papua", "listyo-sigit-prabowo", "prabowo-subianto", false, false},
	{"gibran tinjau banjir", "Gibran Tinjau Lokasi Banjir di Bekasi", "gibran-rakabuming-raka", "gibran-bassil", false, false},
	{"trump naikkan tarif china", "Trump Naikkan Tarif Impor Baja dari China", "donald-trump CHN", "", false, false},
	// The annotation's: a headline's bare verb is now an event (idevents2 grid), and a leader's act makes his state take part, as in running text.
	{"putin tolak zelensky kecam", "Putin Tolak Gencatan Senjata, Zelensky Kecam Rusia", "vladimir-putin volodymyr-zelenskyy RUS", "", false, true},
	// The annotation's: a head of government's threat makes his state take part.
	{"netanyahu ancam rafah", "Netanyahu Ancam Lanjutkan Serangan ke Rafah", "benjamin-netanyahu", "", false, true},
	{"anwar sambut prabowo", "Anwar Ibrahim Sambut Kunjungan Prabowo ke Kuala Lumpur", "anwar-ibrahim prabowo-subianto", "", false, false},
	// The annotation's: a headline's bare verb is now an event (idevents2 grid), and a leader's act makes his state take part, as in running text.
	{"erdogan desak pbb", "Erdogan Desak PBB Hentikan Perang di Gaza", "recep-tayyip-erdogan united-nations", "", false, true},
	{"macron usul palestina", "Macron Usul Pengakuan Negara Palestina", "emmanuel-macron PSE", "", false, false},
	{"dedi mulyadi larang", "Dedi Mulyadi Larang Study Tour Sekolah di Jawa Barat", "dedi-mulyadi", "", false, false},
	{"pramono gratiskan", "Pramono Anung Gratiskan Transjakarta untuk Warga Jakarta", "pramono-anung", "", false, false},
	{"bahlil bantah", "Bahlil Bantah Isu Kelangkaan Elpiji 3 Kg", "bahlil-lahadalia", "", false, false},
	{"erick tunjuk kluivert", "Erick Thohir Tunjuk Patrick Kluivert Latih Timnas", "erick-thohir patrick-kluivert", "", false, false},
	// An unknown name after a headline's verb: in title case, capitals say
	// nothing of names, and no cue marks "Tom Lembong" as a person.
	{"kejagung tahan lembong", "Kejagung Tahan Tom Lembong Terkait Impor Gula", "idn-attorney-general tom-lembong", "", false, true},
	{"mk tolak gugatan", "Mahkamah Konstitusi Tolak Gugatan Batas Usia Capres", "idn-constitutional-court", "", false, false},
	{"bmkg peringatkan", "BMKG Peringatkan Potensi Cuaca Ekstrem Sepekan ke Depan", "idn-bmkg", "", false, false},
	{"dpr sahkan ruu", "DPR Sahkan RUU Penyesuaian Pidana Jadi Undang-Undang", "idn-dpr", "", false, false},
	{"menkes ingatkan", "Menkes Budi Gunadi Ingatkan Bahaya Polusi Udara", "budi-gunadi-sadikin", "", false, false},
	{"menhan tinjau natuna", "Menhan Sjafrie Tinjau Latihan Gabungan di Natuna", "sjafrie-sjamsoeddin", "", false, false},
	{"mendagri tito minta", "Mendagri Tito Minta Kepala Daerah Hemat Anggaran", "tito-karnavian", "", false, false},
	{"menlu sugiono temui lavrov", "Menlu Sugiono Temui Menlu Rusia Sergei Lavrov di Moskow", "sugiono sergei-lavrov RUS", "", false, false},
	{"wapres gibran buka", "Wapres Gibran Buka Festival Budaya di Solo", "gibran-rakabuming-raka", "", false, false},
	{"puan minta kaji ppn", "Ketua DPR Puan Maharani Minta Pemerintah Kaji Ulang Kenaikan PPN", "puan-maharani idn-dpr", "", false, false},
	{"luhut sebut apple", "Luhut Sebut Investasi Apple Masih Dibahas", "luhut-binsar-pandjaitan", "", false, false},
	{"prabowo tegaskan blok", "Presiden Prabowo Tegaskan Indonesia Tak Akan Gabung Blok Mana Pun", "prabowo-subianto IDN", "", false, false},
	{"kepala bnpb suharyanto", "Kepala BNPB Suharyanto Tinjau Lokasi Longsor di Cilacap", "idn-bnpb suharyanto", "", false, false},
	{"mentan amran pastikan", "Mentan Amran Pastikan Stok Beras Aman Jelang Lebaran", "andi-amran-sulaiman", "", false, false},
	{"mensesneg bantah reshuffle", "Mensesneg Prasetyo Hadi Bantah Isu Reshuffle Kabinet", "prasetyo-hadi", "", false, false},
	{"menlu sugiono kecam tepi barat", "Menlu Sugiono Kecam Serangan Israel di Tepi Barat", "sugiono ISR", "", false, false},
	{"ketua pssi puji", "Ketua PSSI Erick Thohir Puji Perjuangan Garuda Muda", "erick-thohir pssi", "", false, false},
	{"ahok kritik pertamina", "Ahok Kritik Pengelolaan Pertamina", "basuki-tjahaja-purnama pertamina", "", false, false},
	{"anies sindir ikn", "Anies Sindir Proyek IKN", "anies-baswedan", "", false, false},
	// The annotation's: a headline's bare verb is now an event (idevents2 grid), and a leader's act makes his state take part, as in running text.
	{"ganjar tanggapi mk", "Ganjar Tanggapi Putusan MK soal Ambang Batas", "ganjar-pranowo idn-constitutional-court", "", false, true},
	{"mahfud soroti", "Mahfud MD Soroti Lemahnya Penegakan Hukum", "mahfud-md", "", false, false},
	{"hasto divonis", "Hasto Kristiyanto Divonis 3,5 Tahun Penjara", "hasto-kristiyanto", "", false, false},
	{"pdip pecat jokowi gibran", "PDIP Pecat Jokowi dan Gibran dari Keanggotaan Partai", "pdi-p joko-widodo gibran-rakabuming-raka", "", false, false},
	{"gerindra dukung dedi", "Gerindra Dukung Dedi Mulyadi Maju Pilgub Jabar", "partai-gerindra dedi-mulyadi", "", false, false},
	// Title-cased headlines with people outside the gazetteer.
	{"bupati sleman resmikan", "Bupati Sleman Harda Kiswaya Resmikan Pasar Rakyat", "harda-kiswaya", "", false, false},
	{"kades tolak tambang", "Kades Suparman Tolak Tambang Pasir di Desanya", "suparman", "", false, false},
	{"rektor ugm lantik", "Rektor UGM Ova Emilia Lantik Dekan Baru", "ova-emilia", "", false, false},
	{"kapolda metro pimpin apel", "Kapolda Metro Jaya Karyoto Pimpin Apel Pengamanan Tahun Baru", "karyoto", "", false, false},
	{"dirut pertamina pastikan", "Dirut Pertamina Simon Aloysius Mantiri Pastikan Stok BBM Aman", "simon-aloysius-mantiri pertamina", "", false, false},
	{"gubernur bali koster larang", "Gubernur Bali Wayan Koster Larang Air Minum Kemasan Plastik", "wayan-koster", "", false, false},
	{"jaksa tuntut harvey", "Jaksa Tuntut Harvey Moeis 12 Tahun Penjara", "harvey-moeis", "", false, false},
	{"hakim vonis bebas tannur", "Hakim Vonis Bebas Ronald Tannur, Publik Geram", "ronald-tannur", "", false, false},
	{"kpk periksa wamenaker", "KPK Periksa Wamenaker Immanuel Ebenezer", "idn-kpk immanuel-ebenezer", "", false, false},
	// States as headline subjects.
	// The annotation's: a headline's bare verb is now an event (idevents2 grid), and a leader's act makes his state take part, as in running text.
	{"trump ancam brics", "Trump Ancam Tarif 100 Persen untuk BRICS", "donald-trump brics", "", false, true},
	// A lone "Anwar" (an Indonesian given name too) is kept from the Malaysian office holder in Indonesian.
	{"xi terima anwar", "Xi Jinping Terima Kunjungan Anwar di Beijing", "xi-jinping anwar-ibrahim", "", false, true},
	// The annotation's: a headline's bare verb is now an event (idevents2 grid), and a leader's act makes his state take part, as in running text.
	{"zelensky minta patriot", "Zelensky Minta Tambahan Rudal Patriot dari AS", "volodymyr-zelenskyy USA", "", false, true},
	{"iran tembakkan rudal", "Iran Tembakkan Rudal ke Israel, AS Siaga", "IRN ISR USA", "", false, false},
	{"china kecam taiwan", "China Kecam Latihan Militer Taiwan", "CHN TWN", "", false, false},
	{"korut luncurkan rudal", "Korut Luncurkan Rudal Balistik ke Laut Jepang", "PRK", "JPN", false, false},
	{"arab saudi buka kuota", "Arab Saudi Buka Kuota Haji Tambahan untuk Indonesia", "SAU IDN", "", false, false},
	{"malaysia usir nelayan", "Malaysia Usir Nelayan Indonesia dari Perairan Sabah", "MYS IDN", "", false, false},
	{"nelayan natuna kapal china", "Nelayan Natuna Keluhkan Kapal China di Laut Natuna Utara", "CHN", "", false, false},
	{"timnas kalahkan arab saudi", "Timnas Indonesia Kalahkan Arab Saudi", "", "IDN SAU", false, false},
	{"jadwal timnas", "Jadwal Lengkap Timnas Indonesia di Kualifikasi Piala Dunia", "", "IDN", false, false},
	// Common words that title case makes look like names.
	{"harga beras naik", "Harga Beras Naik, Warga Keluhkan Beban", "", "", true, false},
	{"warga kecam pabrik", "Warga Kecam Pembangunan Pabrik Semen di Rembang", "", "", true, false},
	{"tangkap begal", "Tangkap Pelaku Begal, Polisi Buru Dua Rekannya", "", "", false, false},
	{"usut tuntas tol", "Usut Tuntas Kasus Korupsi Tol, Jaksa Periksa Lima Saksi", "", "", false, false},
	{"bantah terima suap", "Bantah Terima Suap, Bupati Ajukan Praperadilan", "", "", true, false},
	{"desak turunkan bbm", "Desak Pemerintah Turunkan Harga BBM, Mahasiswa Turun ke Jalan", "", "", true, false},
	{"menteri kecam perundungan", "Menteri Kecam Aksi Perundungan di Sekolah", "", "", true, false},
	{"ketua rt sesalkan", "Ketua RT Sesalkan Lambannya Penanganan Sampah", "", "", true, false},
	{"sekda bantah pungli", "Sekda Bantah Ada Pungutan Liar di Kantor Kecamatan", "", "", true, false},
	{"bupati tinjau jembatan", "Bupati Tinjau Jembatan Ambruk di Desa Sukamaju", "", "", true, false},
	{"gubernur imbau", "Gubernur Imbau Warga Waspadai Banjir Susulan", "", "", true, false},
	{"kapolres ungkap motif", "Kapolres Ungkap Motif Pembunuhan Sopir Taksi Online", "", "", false, false},
	{"wali kota resmikan taman", "Wali Kota Resmikan Taman Kota Baru", "", "", true, false},
	{"sambut ramadan padusan", "Sambut Ramadan, Warga Gelar Tradisi Padusan", "", "", true, false},
	{"tolak ump mogok", "Tolak Kenaikan UMP, Buruh Ancam Mogok Nasional", "", "", true, false},
	{"ungkap narkoba sita", "Ungkap Kasus Narkoba, Polisi Sita 10 Kilogram Sabu", "", "", false, false},
	{"pastikan stok bulog", "Pastikan Stok Aman, Bulog Gelar Operasi Pasar", "idn-bulog", "", false, false},
	{"dukung umkm kredit", "Dukung UMKM, Bank Daerah Salurkan Kredit Murah", "", "", true, false},
	{"cegah dbd", "Cegah DBD, Warga Gotong Royong Bersihkan Selokan", "", "", true, false},
	{"resmi libur tambahan", "Resmi! Pemerintah Umumkan Libur Nasional Tambahan", "", "", true, false},
	{"viral pengendara", "Viral Video Pengendara Ugal-ugalan di Tol Cipularang", "", "", true, false},
	{"terungkap penyebab", "Terungkap, Ini Penyebab Kebakaran Pasar Senen", "", "", true, false},
	{"begini cara cek", "Begini Cara Cek Penerima Bansos 2025", "", "", true, false},
	{"kronologi tabrakan", "Kronologi Tabrakan Beruntun di Tol Cipali", "", "", true, false},
	{"persib vs persija", "Link Live Streaming Persib vs Persija Malam Ini", "persib persija", "", false, false},
	{"sinopsis agak laen", "Sinopsis Film Agak Laen Tayang Malam Ini", "", "", true, false},
	{"waspada gelombang", "Waspada! Gelombang Tinggi Hingga 4 Meter di Selatan Jawa", "", "", true, false},
	{"kenapa harga cabai", "Kenapa Harga Cabai Melonjak? Ini Kata Pedagang", "", "", true, false},
	{"polisi tetapkan pengemudi", "Polisi Tetapkan Pengemudi Fortuner Tersangka", "", "", false, false},
	{"kapolri desak anggota", "Kapolri Desak Anggota Usut Tuntas Kasus Penembakan", "", "", false, false},
	{"all caps prabowo", "PRABOWO TEGASKAN KOMITMEN PEMBERANTASAN KORUPSI", "prabowo-subianto", "", false, false},
	{"all caps harga", "HARGA CABAI RAWIT TEMBUS RP100 RIBU", "", "", true, false},
	// Photo captions: the people pictured are actors, the photographer is not.
	{"caption prabowo anwar", "Presiden Prabowo Subianto (kiri) berjabat tangan dengan PM Anwar Ibrahim di Istana Merdeka, Jakarta, Senin (4/11/2024). ANTARA FOTO/Hafidz Mubarak A/nym.", "prabowo-subianto anwar-ibrahim", "hafidz-mubarak-a hafidz-mubarak", false, false},
	{"caption banjir", "Warga melintasi genangan banjir di kawasan Kampung Melayu, Jakarta, Rabu (8/1/2025). ANTARA FOTO/Asprilla Dwi Adha/foc.", "", "asprilla-dwi-adha", false, false},
	{"caption sri mulyani", "Menteri Keuangan Sri Mulyani Indrawati memberikan keterangan pers di Jakarta, Jumat (3/1/2025). ANTARA/Bayu Pratama S", "sri-mulyani", "bayu-pratama-s bayu-pratama", false, false},
	{"caption kebakaran", "Petugas memadamkan api yang membakar gudang di Tangerang, Banten, Minggu (12/1/2025). ANTARA FOTO/Sulthony Hasanuddin/wsj.", "", "sulthony-hasanuddin", false, false},
	{"caption gibran mbg", "Wakil Presiden Gibran Rakabuming Raka (tengah) meninjau pelaksanaan Makan Bergizi Gratis di SDN 4 Klaten, Jawa Tengah, Senin (6/1/2025). ANTARA FOTO/Aloysius Jarot Nugroho/YU", "gibran-rakabuming-raka", "aloysius-jarot-nugroho", false, false},
	{"caption harvey", "Suasana sidang kasus korupsi timah dengan terdakwa Harvey Moeis di Pengadilan Tipikor Jakarta, Senin (23/12/2024). (ANTARA/Reno Esnir)", "harvey-moeis", "reno-esnir", false, false},
	// A caption labelled "Foto:" is boilerplate by design: its line is dropped.
	{"caption basarnas", "Harga cabai rawit di pasar tradisional naik tajam pekan ini.\nFoto: Petugas Basarnas mengevakuasi korban longsor di Pekalongan. (ANTARA/Harviyan Perdana Putra)", "idn-basarnas", "harviyan-perdana-putra", false, true},
	{"caption ilustrasi petani", "Ilustrasi - Petani memanen padi di sawah di Karawang, Jawa Barat. (ANTARA/Fakhri Hermansyah)", "", "fakhri-hermansyah", false, false},
	{"caption putin prabowo", "Presiden Rusia Vladimir Putin menyambut Presiden Prabowo Subianto di Kremlin, Moskow, Rabu (18/6/2025). ANTARA/HO-Biro Pers Sekretariat Presiden/am.", "vladimir-putin prabowo-subianto RUS", "", false, false},
	{"caption ketua kpk", "Dokumentasi - Ketua KPK Setyo Budiyanto memberikan keterangan kepada wartawan di Gedung Merah Putih KPK, Jakarta. ANTARA FOTO/Reno Esnir/rwa.", "idn-kpk setyo-budiyanto", "reno-esnir", false, false},
	// Bylines, credits and section labels: no actor.
	{"byline pewarta editor", "Harga cabai rawit di pasar tradisional naik tajam pekan ini.\nPewarta: Budi Santoso | Editor: Siti Aminah", "", "budi-santoso siti-aminah", true, false},
	{"byline reporter agus salim", "Harga cabai rawit di pasar tradisional naik tajam pekan ini.\nReporter: Dewi Lestari\nEditor: Agus Salim", "", "dewi-lestari agus-salim", true, false},
	{"byline penulis", "Harga cabai rawit di pasar tradisional naik tajam pekan ini.\nPenulis: Rahmat Hidayat | Editor: Ahmad Fauzi", "", "rahmat-hidayat ahmad-fauzi", true, false},
	{"byline laporan wartawan", "Harga cabai rawit di pasar tradisional naik tajam pekan ini.\nLaporan wartawan Tribunnews.com, Rina Ayu Panca Rini", "", "rina-ayu-panca-rini", false, false},
	{"byline editor sumber", "Harga cabai rawit di pasar tradisional naik tajam pekan ini.\nEditor: Rizki Ananda\nSumber: ANTARA", "", "rizki-ananda", false, false},
	{"byline kompas penulis", "Harga cabai rawit di pasar tradisional naik tajam pekan ini.\nPenulis: Fitria Chusna Farisa | Editor: Bagus Santosa", "", "fitria-chusna-farisa bagus-santosa", true, false},
	{"section internasional", "INTERNASIONAL", "", "", true, false},
	{"section ekonomi", "EKONOMI", "", "", true, false},
	{"section hukum kriminal", "HUKUM & KRIMINAL", "", "", true, false},
	{"section olahraga", "OLAHRAGA", "", "", true, false},
	{"section metro", "METRO", "", "", true, false},
	// Second batch, written and annotated after the first fixes and before
	// the extractor ran on it.
	{"b2 walikota surabaya tinjau", "Wali Kota Surabaya Eri Cahyadi Tinjau Banjir di Rungkut", "eri-cahyadi", "", false, false},
	{"b2 bupati tolak relokasi", "Bupati Tolak Relokasi Pasar, Pedagang Lega", "", "", true, false},
	{"b2 camat minta warga", "Camat Minta Warga Tak Buang Sampah ke Sungai", "", "", true, false},
	{"b2 kapolsek imbau pemudik", "Kapolsek Imbau Pemudik Waspadai Pencopet", "", "", false, false},
	{"b2 ketua kpu pastikan", "Ketua KPU Mochammad Afifuddin Pastikan Pilkada Ulang Sesuai Jadwal", "idn-kpu mochammad-afifuddin", "", false, false},
	{"b2 jaksa agung tegur", "Jaksa Agung Tegur Kajari yang Lamban Tangani Kasus", "", "", false, false},
	{"b2 menteri sesalkan keracunan", "Menteri Sesalkan Insiden Keracunan Makan Bergizi Gratis", "", "", true, false},
	{"b2 dirut garuda bantah", "Dirut Garuda Bantah Isu PHK Massal", "", "", false, false},
	{"b2 panglima copot dandim", "Panglima TNI Copot Dandim yang Terlibat Bentrok", "", "", false, false},
	// A lone "Albanese" (two known people bear the name: Anthony, Francesca); the states follow the leaders.
	{"b2 prabowo dan albanese", "Prabowo Dan Albanese Sepakati Kerja Sama Pertahanan", "prabowo-subianto anthony-albanese IDN AUS", "francesca-albanese", false, true},
	{"b2 sri mulyani colon", "Sri Mulyani: Defisit Masih Terkendali", "sri-mulyani", "", false, false},
	{"b2 bobby larang truk", "Bobby Nasution Larang Truk Aceh Masuk Sumut", "bobby-nasution", "", false, false},
	{"b2 kpk geledah", "KPK Geledah Rumah Dinas Gubernur Kalsel", "idn-kpk", "", false, false},
	{"b2 polda metro tangkap", "Polda Metro Tangkap Pelaku Pembunuhan Wanita di Kebon Jeruk", "polda-metro-jaya", "", false, false},
	{"b2 warga tolak hiburan", "Warga Tolak Pembangunan Tempat Hiburan Malam", "", "", true, false},
	{"b2 pedagang keluhkan", "Pedagang Keluhkan Sepinya Pembeli Jelang Lebaran", "", "", true, false},
	{"b2 tangkap buron kejati", "Tangkap Buron Korupsi, Kejati Bali Bekuk Tersangka di Bandara", "", "", false, false},
	{"b2 viral pria ngamuk", "Viral! Pria Ngamuk di SPBU Karena Antre", "", "", true, false},
	{"b2 timnas putri takluk", "Timnas Putri Indonesia Takluk dari Vietnam", "", "IDN VNM", false, false},
	{"b2 caption puan paripurna", "Ketua DPR Puan Maharani memimpin rapat paripurna di Kompleks Parlemen, Senayan, Jakarta, Selasa (20/5/2025). ANTARA FOTO/Dhemas Reviyanto/tom.", "puan-maharani idn-dpr", "dhemas-reviyanto", false, false},
	{"b2 byline pewarta two lines", "Harga bawang merah di pasar induk turun pekan ini.\nPewarta: Fianda Sjofjan Rassat\nEditor: Agus Setiawan", "", "fianda-sjofjan-rassat agus-setiawan", true, false},
	{"b2 baca juga", "Harga bawang putih di pasar induk stabil pekan ini.\nBaca juga: Harga Cabai Naik Jelang Ramadan", "", "", true, false},
	{"b2 section nusantara", "NUSANTARA", "", "", true, false},
	{"b2 section ekonomi bisnis", "EKONOMI & BISNIS", "", "", true, false},
	{"b2 all caps jokowi", "JOKOWI HADIRI PERNIKAHAN ANAK MENTERI", "joko-widodo", "", false, false},
}

var headlineGridENRows = []wireGridRow{
	// Title case and sentence case with dropped articles.
	{"trump tariffs china", "Trump Says Tariffs on China to Stay", []string{"donald-trump", "CHN"}, nil, false, false},
	{"israel strikes hezbollah", "Israel strikes Hezbollah targets in Lebanon", []string{"ISR", "hezbollah"}, nil, false, false},
	{"zelenskiy meets starmer", "Zelenskiy meets Starmer in London", []string{"volodymyr-zelenskyy", "keir-starmer"}, nil, false, false},
	{"putin rejects ceasefire", "Putin Rejects Ceasefire Proposal", []string{"vladimir-putin"}, []string{"putin-rejects"}, false, false},
	{"xi warns taiwan", "Xi Warns Against Taiwan Independence", []string{"xi-jinping"}, []string{"xi-warns"}, false, false},
	{"netanyahu vows gaza", "Netanyahu Vows to Press On in Gaza", []string{"benjamin-netanyahu"}, nil, false, false},
	{"rubio lavrov riyadh", "Rubio Heads to Riyadh for Talks With Lavrov", []string{"marco-rubio", "sergei-lavrov"}, nil, false, false},
	{"prabowo names minister", "Prabowo Names New Finance Minister", []string{"prabowo-subianto"}, []string{"prabowo-names"}, false, false},
	// Two known people are named Albanese (Anthony, Francesca): a lone
	// "Albanese" is left to neither, as a lone "Sinwar" is.
	{"modi albanese pact", "Modi, Albanese Sign Defence Pact", []string{"narendra-modi", "anthony-albanese"}, []string{"francesca-albanese"}, false, true},
	{"macron defence spending", "Macron Calls for Europe to Boost Defence Spending", []string{"emmanuel-macron"}, nil, false, false},
	{"erdogan turkey ready", "Erdogan Says Turkey Ready to Host Peace Talks", []string{"recep-tayyip-erdogan", "TUR"}, nil, false, false},
	{"kremlin denies putin", "Kremlin Denies Report of Putin Illness", []string{"vladimir-putin"}, nil, false, false},
	{"indonesia's prabowo visit", "Indonesia's Prabowo to Visit Washington Next Month", []string{"prabowo-subianto"}, nil, false, false},
	{"merz bundestag", "Merz Wins Bundestag Vote to Become Chancellor", []string{"friedrich-merz"}, []string{"hans-rudolf-merz"}, false, false},
	{"meloni migration", "Meloni Backs EU Migration Deal", []string{"giorgia-meloni"}, nil, false, false},
	{"hamas accepts plan", "Hamas Says It Accepts Ceasefire Plan", []string{"hamas"}, nil, false, false},
	{"iran will not negotiate", "Iran Says It Will Not Negotiate Under Pressure", []string{"IRN"}, nil, false, false},
	{"china slams chip curbs", "China Slams US Chip Curbs", []string{"CHN", "USA"}, nil, false, false},
	{"starmer backlash", "Starmer Faces Backlash Over Welfare Cuts", []string{"keir-starmer"}, nil, false, false},
	{"central bank sentence case", "Indonesia's central bank holds rates steady", []string{"idn-central-bank"}, nil, false, false},
	{"marcos orders probe", "Philippines' Marcos orders probe into flood control projects", []string{"ferdinand-marcos-jr"}, []string{"imelda-marcos", "ferdinand-e-marcos"}, false, false},
	{"ishiba resign", "Japan's Ishiba to resign after election loss", []string{"shigeru-ishiba"}, nil, false, false},
	{"paetongtarn suspended", "Thai PM Paetongtarn suspended by court", []string{"paetongtarn-shinawatra"}, nil, false, false},
	{"lula slams tariffs", "Lula Slams Tariffs as Blackmail", []string{"luiz-inacio-lula-da-silva"}, nil, false, false},
	{"guterres urges restraint", "Guterres Urges Restraint in Kashmir", []string{"antonio-guterres"}, []string{"francisco-guterres"}, false, false},
	{"wang yi lavrov", "Wang Yi Meets Lavrov in Beijing", []string{"wang-yi", "sergei-lavrov"}, nil, false, false},
	{"trump putin alaska", "Trump, Putin Agree to Meet in Alaska", []string{"donald-trump", "vladimir-putin"}, nil, false, false},
	{"watch anwar asean", "Watch: Anwar Ibrahim Speaks at ASEAN Summit", []string{"anwar-ibrahim"}, nil, false, false},
	{"exclusive hegseth", "Exclusive: Hegseth Orders Review of Ukraine Aid", []string{"pete-hegseth"}, nil, false, false},
	{"analysis lammy", "Analysis: Can Lammy Rescue UK-EU Reset?", []string{"david-lammy"}, nil, false, false},
	{"carney sworn in", "Mark Carney Sworn In as Canada's Prime Minister", []string{"mark-carney"}, nil, false, false},
	// Headline words that look like names.
	{"police arrest sydney", "Police Arrest Suspect in Sydney Stabbing", nil, []string{"police-arrest-suspect", "suspect"}, false, false},
	{"oil prices climb", "Oil Prices Climb on Supply Fears", nil, nil, true, false},
	{"heavy rain jakarta", "Heavy Rain Floods Jakarta Streets", nil, nil, true, false},
	{"man charged melbourne", "Man Charged Over Melbourne Shooting", nil, nil, true, false},
	{"grace under pressure", "Grace Under Pressure: How Nurses Coped", nil, nil, true, false},
	{"will prices keep rising", "Will Prices Keep Rising?", nil, nil, true, false},
	{"hope fades myanmar", "Hope Fades for Survivors of Myanmar Quake", nil, []string{"hope"}, false, false},
	// Captions, bylines and section labels.
	{"caption prabowo reuters", "Indonesian President Prabowo Subianto speaks during a news conference in Jakarta. REUTERS/Willy Kurniawan", []string{"prabowo-subianto"}, []string{"willy-kurniawan"}, false, false},
	{"caption zelenskiy file", "Ukrainian President Volodymyr Zelenskiy attends a meeting in Kyiv, Ukraine, March 3, 2025. REUTERS/Valentyn Ogirenko/File Photo", []string{"volodymyr-zelenskyy"}, []string{"valentyn-ogirenko"}, false, false},
	{"caption flooded street", "A man walks past a flooded street in Jakarta, Indonesia, January 29, 2025. REUTERS/Ajeng Dinar Ulfiana", nil, []string{"ajeng-dinar-ulfiana"}, false, false},
	// A caption labelled "FILE PHOTO:" is boilerplate by design: its line is dropped.
	{"caption file photo trump", "Oil prices rose on Monday on supply fears.\nFILE PHOTO: U.S. President Donald Trump speaks to reporters aboard Air Force One. REUTERS/Kevin Lamarque/File Photo", []string{"donald-trump"}, []string{"kevin-lamarque"}, false, true},
	{"byline reporting editing", "Oil prices rose on Monday on supply fears.\nReporting by Ananda Teresia; Editing by Kate Mayberry", nil, []string{"ananda-teresia", "kate-mayberry"}, true, false},
	{"byline bracketed", "Oil prices rose on Monday on supply fears.\n(Reporting by Stanley Widianto in Jakarta; Writing by John Mair; Editing by Michael Perry)", nil, []string{"stanley-widianto", "john-mair", "michael-perry"}, false, false},
	{"byline by ap", "Oil prices rose on Monday on supply fears.\nBy Jessica Smith, Associated Press", nil, []string{"jessica-smith"}, false, false},
	{"section world news", "WORLD NEWS", nil, nil, true, false},
	{"section business", "BUSINESS", nil, nil, true, false},
	{"section politics", "POLITICS", nil, nil, true, false},
	// Second batch, written and annotated after the first fixes and before
	// the extractor ran on it.
	{"b2 biden urges congress", "Biden Urges Congress to Pass Aid Bill", []string{"joe-biden", "usa-congress"}, nil, false, false},
	{"b2 scholz rules out", "Scholz Rules Out Sending Taurus Missiles", []string{"olaf-scholz"}, nil, false, false},
	{"b2 modi india", "Modi Says India Will Not Bow to Pressure", []string{"narendra-modi", "IND"}, nil, false, false},
	// A lone "Anwar" in an English title-cased headline: no cue that it is Malaysia's prime minister.
	{"b2 anwar vows", "Anwar Vows Action Against Graft", []string{"anwar-ibrahim"}, nil, false, true},
	{"b2 rescuers search", "Rescuers Search for Missing Hikers", nil, nil, true, false},
	{"b2 markets slide", "Markets Slide as Investors Fret Over Tariffs", nil, nil, true, false},
	{"b2 byline two reporters", "Oil prices fell on Tuesday on demand worries.\n(Reporting by Ananda Teresia and Stanley Widianto; Editing by Ed Davies)", nil, []string{"ananda-teresia", "stanley-widianto", "ed-davies"}, false, false},
	{"b2 section asia pacific", "ASIA PACIFIC", nil, nil, true, false},
	{"b2 von der leyen warns", "Von der Leyen Warns of Trade War With US", []string{"ursula-von-der-leyen"}, nil, false, false},
	{"b2 kim oversees", "Kim Jong Un Oversees Missile Test", []string{"kim-jong-un"}, nil, false, false},
	// "Russia Open" reads as a tournament's name (not_actor_before "Open", as in "Australian Open").
	{"b2 lavrov russia open", "Lavrov Says Russia Open to Talks", []string{"sergei-lavrov", "RUS"}, nil, false, true},
}
