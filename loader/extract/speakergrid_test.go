package extract

import "testing"

// TestSpeakerGrid checks persons as speakers in present-day news: every
// way Indonesian and English news attributes a quotation or a claim to a
// named person the gazetteer does not hold (made-up names of many
// nationalities, with or without a title or a description). Indonesian rows
// put the name after a speech verb ("ujar X", "tutur X", "jelas X",
// "imbuh X", "tegas X", "kata X saat dihubungi"), before one ("X
// mengungkapkan bahwa", "X menambahkan"), after "menurut", "dikatakan",
// "disampaikan", with an age in brackets or an apposition ("X (52), warga
// Desa ..."), after a long quotation, and two speakers in one sentence.
// English rows have "X told Reuters", "X said in a statement", "said X, a
// spokesman for Y", "according to X", "X wrote on X", "X, 45, said", "X,
// who asked not to be named". About one row in four is a trap: a pronoun
// alone ("ujarnya", "he said"), a title alone ("kata Kapolres"), an
// institution, an outlet or a group of people as the speaker ("kata BMKG",
// "the ministry said", "Reuters reported", "Witnesses said"), a common
// word before a speech verb. The rows were written for the test (never
// copied from a data set) and annotated before the extractor ran on them.
// A row marked known is a known failure: the test fails when it starts
// passing, so that its mark is taken off.
//
// Before the rules and data of this grid: 73 of 83 Indonesian rows and 67
// of 70 English rows pass (140 of 153). Fifteen rows added after the
// first fixes (annotated before their first run) are not in that count.
// After them: 147 of those 153 pass, and 84 of 89 Indonesian and 78 of 79
// English rows in all (162 of 168). Of the six still marked known, four
// name a national or city body as the speaker and list its state too (by
// design, as the dev sets' gold does), one reads "Said" as the verb in an
// Arab given name, and one takes a farmers' group's name ("Kelompok Tani
// Subak Abian") for a person.
func TestSpeakerGrid(t *testing.T) {
	t.Run("id", func(t *testing.T) { runNameGrid(t, speakerGridIDRows, 89) })
	t.Run("en", func(t *testing.T) { runWireGrid(t, extractor(t), speakerGridENRows, "2025-06-01") })
}

// speakerGridIDRows are the Indonesian rows (expertRowProblems: every
// state and person the row gives must be wanted).
var speakerGridIDRows = []nameGridRow{
	// A speech verb after the quotation, the name after it.
	{"ujar X kepada wartawan", "“Kami sudah menyiapkan semua dokumen yang diminta,” ujar Hendrik Sulistyo kepada wartawan di Semarang, Selasa.", "hendrik-sulistyo", "", false, false},
	{"tutur X pedagang", "“Harga cabai naik hampir dua kali lipat sejak pekan lalu,” tutur Marlina Situmorang, pedagang di Pasar Induk Kramat Jati.", "marlina-situmorang", "", false, false},
	{"jelas Kompol X", "“Jalur itu sudah ditutup sejak pagi,” jelas Kompol Ardiansyah Putra.", "ardiansyah-putra", "", false, false},
	{"imbuh X", "“Kami tidak akan mundur sedikit pun,” imbuh Yosafat Manurung.", "yosafat-manurung", "", false, false},
	{"tegas Bupati X", "“Tidak ada toleransi bagi pelaku pungutan liar,” tegas Bupati Lumajang Wiratmoko Hadi.", "wiratmoko-hadi", "", false, false},
	{"ungkap X relawan", "“Sebagian besar korban adalah anak-anak,” ungkap Fransiska Lamuri, relawan kemanusiaan.", "fransiska-lamuri", "", false, false},
	{"sebut Kepala X", "“Stok beras aman hingga akhir tahun,” sebut Kepala Bulog Cabang Kediri Anwar Fauzi.", "anwar-fauzi", "", false, false},
	{"papar X", "“Proyek ini ditargetkan rampung pada Desember,” papar Budiono Hartawan.", "budiono-hartawan", "", false, false},
	{"terang X", "“Kami menemukan sedikitnya 40 titik api,” terang Agustinus Ngala.", "agustinus-ngala", "", false, false},
	{"kata X saat dihubungi", "“Belum ada laporan korban jiwa,” kata Ratna Juwita saat dihubungi, Minggu.", "ratna-juwita", "", false, false},
	{"kilah X", "“Saya tidak tahu apa-apa soal itu,” kilah Darto Suwignyo saat ditemui di rumahnya.", "darto-suwignyo", "", false, false},
	{"harap X petani", "“Mudah-mudahan tahun depan lebih baik,” harap Lina Marlina, petani bawang di Brebes.", "lina-marlina", "", false, false},
	{"pinta X", "“Kami minta polisi mengusut kasus ini sampai tuntas,” pinta Yuliana Sembiring.", "yuliana-sembiring", "", false, false},
	{"tegas kuasa hukum X", "“Kami akan mengawal kasus ini sampai tuntas,” tegas kuasa hukum korban, Benediktus Sinaga.", "benediktus-sinaga", "", false, false},
	{"ucap X", "“Rumah kami habis terbakar,” ucap Sarinah Lubis sambil menahan tangis.", "sarinah-lubis", "", false, false},
	{"katanya X after long quote", "“Kami sudah berkali-kali meminta pemerintah daerah memperbaiki tanggul itu, tetapi sampai sekarang belum ada tindak lanjut sama sekali, padahal musim hujan sudah dekat,” kata Slamet Prayitno, Ketua RT setempat.", "slamet-prayitno", "", false, false},
	{"ujar X kepada Al Jazeera", "“Situasinya sangat sulit,” ujar Fatima al-Zahrani kepada Al Jazeera.", "fatima-al-zahrani", "", false, false},
	{"tutur X spanish", "“Kami tidak pernah menerima pemberitahuan resmi,” tutur Miguel Angel Torres.", "miguel-angel-torres", "", false, false},
	{"ungkap X nigerian", "“Ini keputusan yang berat,” ungkap Chinedu Okafor, pemilik toko elektronik di Lagos.", "chinedu-okafor", "", false, false},
	{"kata X one word", "“Airnya datang tiba-tiba,” kata Wartini, warga Dusun Krajan.", "wartini", "", false, false},
	{"jelas dr X", "“Pasien sudah dalam kondisi stabil,” jelas dr. Melinda Kusuma.", "melinda-kusuma", "", false, false},
	{"ujar X age", "“Kami kehilangan segalanya,” ujar Nurhayati (52), warga Desa Sukamaju, Kecamatan Cibeber.", "nurhayati", "", false, false},
	{"tandas X tokoh adat", "“Kami menolak relokasi itu,” tandas Gregorius Lado, tokoh adat setempat.", "gregorius-lado", "", false, false},
	{"keluh X age pedagang", "“Sudah tiga hari listrik padam,” keluh Nengsih (47), pedagang sayur di Pasar Cikurubuk.", "nengsih", "", false, false},
	{"bantah X ketua", "“Tidak benar itu,” bantah Ketut Sudarsana, Ketua Kelompok Tani Subak Abian.", "ketut-sudarsana", "", false, true}, // known: Subak Abian after Kelompok Tani taken for a person
	{"kata X mid quote", "“Kalau hujan turun lagi,” kata Paulus Rumbiak, “jalan ini pasti putus.”", "paulus-rumbiak", "", false, false},

	// The name before a speech verb.
	{"X mengungkapkan bahwa", "Samsul Bahri mengungkapkan bahwa warga sudah tiga kali melapor ke kelurahan.", "samsul-bahri", "", false, false},
	{"X menambahkan", "Gilang Permana menambahkan, pihaknya akan memeriksa ulang seluruh data penerima bantuan.", "gilang-permana", "", false, false},
	{"X (61) warga mengaku", "Sutrisno (61), warga Desa Karangrejo, mengaku rumahnya terendam sejak Jumat malam.", "sutrisno", "", false, false},
	{"X (34) apposition mengatakan", "Ahmad Fauzan (34), salah seorang pengemudi ojek daring, mengatakan pendapatannya turun drastis.", "ahmad-fauzan", "", false, false},
	{"X warga Kelurahan mengatakan", "Rudi Hermawan, warga Kelurahan Tegalsari, mengatakan air mulai surut pada Sabtu pagi.", "rudi-hermawan", "", false, false},
	{"X juru bicara mengatakan", "Kenji Watanabe, juru bicara perusahaan itu, mengatakan produksi akan dilanjutkan pekan depan.", "kenji-watanabe", "", false, false},
	{"X mengatakan kepada TASS", "Dmitry Sokolenko mengatakan kepada kantor berita TASS bahwa negosiasi masih berlangsung.", "dmitry-sokolenko", "", false, false},
	{"Lebih lanjut X menjelaskan", "Lebih lanjut, Siti Aminah menjelaskan bahwa bantuan akan disalurkan secara bertahap.", "siti-aminah", "", false, false},
	{"Sementara itu X menuturkan", "Sementara itu, Bambang Irawan menuturkan bahwa sebagian warga memilih bertahan di rumah.", "bambang-irawan", "", false, false},
	{"X 29 tahun mengatakan", "Arif Setiawan, 29 tahun, mengatakan dirinya sudah mengantre sejak subuh.", "arif-setiawan", "", false, false},
	{"Kepala Dinas dr X mengatakan", "Kepala Dinas Kesehatan Kota Bogor dr. Retno Wulandari mengatakan kasus demam berdarah meningkat.", "retno-wulandari", "", false, false},
	{"X menegaskan", "Herlina Tambunan menegaskan pihaknya tidak pernah menerima uang dari tersangka.", "herlina-tambunan", "", false, false},
	{"X membantah", "Marcus Wibowo membantah tuduhan bahwa dirinya terlibat dalam pengaturan tender.", "marcus-wibowo", "", false, false},
	{"X menilai", "Ketua Forum Nelayan Tuban Supriyadi Nugroho menilai larangan itu merugikan nelayan kecil.", "supriyadi-nugroho", "", false, false},
	{"X mengaku", "Evi Susanti mengaku sudah dua bulan tidak menerima gaji.", "evi-susanti", "", false, false},
	{"X ketika ditemui", "Ketika ditemui di kantornya, Yulianto Saragih menyatakan siap diperiksa penyidik.", "yulianto-saragih", "", false, false},
	{"Kepada wartawan X mengaku", "Kepada wartawan, Oktavianus Hutapea mengaku tidak mengenal pelaku.", "oktavianus-hutapea", "", false, false},
	{"X mahasiswa asing", "Abdullahi Musa, mahasiswa asal Kano yang kuliah di Yogyakarta, mengatakan ia merasa aman tinggal di kota itu.", "abdullahi-musa", "", false, false},

	// Menurut, dikatakan, disampaikan, dikutip.
	{"Menurut X", "Menurut Dedi Kurniadi, banjir kali ini merupakan yang terparah dalam sepuluh tahun terakhir.", "dedi-kurniadi", "", false, false},
	{"menurut X mid sentence", "Banjir kali ini, menurut Haryo Sasongko, dipicu oleh pendangkalan sungai.", "haryo-sasongko", "", false, false},
	{"Menurut X analis", "Menurut Priya Raghunathan, analis di sebuah bank investasi, rupiah masih berpeluang menguat.", "priya-raghunathan", "", false, false},
	{"menurut pengamat X", "Kenaikan tarif itu, menurut pengamat transportasi Haryanto Wijoyo, memberatkan penumpang.", "haryanto-wijoyo", "", false, false},
	{"dikatakan X usai", "Hal itu dikatakan Teresia Wonda usai rapat di kantor distrik.", "teresia-wonda", "", false, false},
	{"disampaikan Ketua DPRD X", "Hal tersebut disampaikan Ketua DPRD Kabupaten Garut Edi Suherman di Garut, Senin.", "edi-suherman", "", false, false},
	{"disampaikan oleh Kepala X", "Pernyataan itu disampaikan oleh Kepala Kantor Imigrasi Batam Rizal Effendi kepada awak media.", "rizal-effendi", "", false, false},
	{"demikian disampaikan X", "Demikian disampaikan Wakil Rektor Universitas Pattimura Johan Latuheru di Ambon.", "johan-latuheru", "", false, false},
	{"seperti dikutip X mengatakan", "Seperti dikutip dari BBC, Oleksandr Hrytsenko mengatakan pasukannya menahan serangan di dekat Pokrovsk.", "oleksandr-hrytsenko", "", false, false},
	{"dilansir X", "Dilansir dari Reuters, Ahmed Farouk menyebut kapal itu ditahan di perairan internasional.", "ahmed-farouk", "", false, false},
	{"ujar X seperti dikutip", "“Kami belum menerima tawaran apa pun,” ujar Lukas Brenner seperti dikutip dari kantor berita DPA.", "lukas-brenner", "", false, false},
	{"kata X dalam keterangan tertulis", "Kepala Bidang Humas Polda Riau Kombes Agung Setiadi dalam keterangan tertulis mengatakan tersangka sudah ditahan.", "agung-setiadi", "", false, false},

	// Two speakers in one sentence.
	{"two speakers dan", "Camat Cibeber Asep Saepudin dan Kapolsek Cibeber AKP Dodi Rusmana mengatakan evakuasi berjalan lancar.", "asep-saepudin dodi-rusmana", "", false, false},
	{"two speakers sementara", "“Kami siap,” kata Yohanes Pattinama, sementara Maria Letsoin menyebut persiapan belum rampung.", "yohanes-pattinama maria-letsoin", "", false, false},
	{"two speakers serupa", "Hal serupa diungkapkan Rina Oktaviani dan Wahyu Hidayat, dua warga yang rumahnya ikut terendam.", "rina-oktaviani wahyu-hidayat", "", false, false},

	// Added after the first fixes, annotated before their first run.
	{"diungkapkan X saat ditemui", "Hal tersebut diungkapkan Yosef Lakanaha saat ditemui di Kupang.", "yosef-lakanaha", "", false, false},
	{"disampaikan oleh X dalam rapat", "Penjelasan itu disampaikan oleh Fransiskus Betan dalam rapat koordinasi.", "fransiskus-betan", "", false, false},
	{"kata X warga Perumahan", "“Kami kehilangan semuanya,” kata Margaretha Lende, warga Perumahan Bukit Indah.", "margaretha-lende", "", false, false},
	{"Kasatnarkoba X mengatakan", "Kasatnarkoba Polres Sleman AKP Bambang Nugroho mengatakan barang bukti sudah disita.", "bambang-nugroho", "", false, false},
	{"trap Menurut Kajian org", "Menurut Kajian Bank Dunia, pertumbuhan ekonomi kawasan itu melambat.", "", "kajian", false, false},
	{"trap kata Relawan", "“Kami siap membantu,” kata Relawan.", "", "relawan", true, false},

	// Traps: a pronoun alone, no person.
	{"trap ujarnya", "“Semua sudah sesuai prosedur,” ujarnya kepada wartawan.", "", "", true, false},
	{"trap Ia menambahkan", "Ia menambahkan, pihaknya masih menunggu hasil laboratorium.", "", "", true, false},
	{"trap katanya saat dihubungi", "“Kami masih mendata kerugian,” katanya saat dihubungi, Senin.", "", "", true, false},
	{"trap Menurutnya", "Menurutnya, kenaikan harga itu dipicu oleh gagal panen.", "", "", true, false},
	{"trap Dia mengungkapkan", "Dia mengungkapkan bahwa anggaran perbaikan jalan belum cair.", "", "", true, false},
	{"trap Beliau menegaskan", "Beliau menegaskan bahwa tidak ada penggusuran paksa.", "", "", true, false},
	{"trap imbuhnya", "“Kami akan terus memantau perkembangan,” imbuhnya.", "", "", true, false},

	// Traps: a title or a group of people alone.
	{"trap kata Kapolres", "“Pelaku sudah kami amankan,” kata Kapolres.", "", "kapolres", false, false},
	{"trap ujar Kades", "“Bantuan sudah kami bagikan,” ujar Kades.", "", "kades", false, false},
	{"trap kata Ketua Panitia", "“Kami sudah berusaha maksimal,” kata Ketua Panitia.", "", "ketua-panitia", true, false},
	{"trap Warga mengatakan", "Warga mengatakan banjir datang tiba-tiba pada tengah malam.", "", "", true, false},
	{"trap Petugas menambahkan", "Petugas menambahkan, arus lalu lintas kembali normal pada sore hari.", "", "", true, false},
	{"trap Saksi mengungkapkan", "Saksi mengungkapkan bahwa pelaku melarikan diri ke arah utara.", "", "", true, false},
	{"trap tutur Sang Ayah", "“Anak saya tidak pernah pulang terlambat,” tutur Sang Ayah.", "", "sang-ayah", true, false},
	{"trap kata Pihak Sekolah", "“Kami menyesalkan kejadian ini,” kata Pihak Sekolah.", "", "pihak-sekolah", false, false},

	// Traps: an institution or an outlet as the speaker.
	{"trap kata BMKG", "“Hujan lebat masih berpotensi terjadi hingga sepekan ke depan,” kata BMKG.", "", "", false, false},                    // (passes since 1.14.0: an event with no target drops its unnamed state) was known: a national body gives its state (design)
	{"trap jelas Basarnas", "“Pencarian dihentikan sementara karena cuaca buruk,” jelas Basarnas dalam keterangannya.", "", "", false, false}, // (passes since 1.14.0: an event with no target drops its unnamed state) was known: a national body gives its state (design)
	{"trap ungkap Pemkot", "“Kami sudah menyiapkan lokasi pengungsian,” ungkap Pemkot Surabaya.", "", "", false, false},                       // (passes since 1.14.0: an event with no target drops its unnamed state) was known: a city government gives its state (design)
	{"trap Menurut Data", "Menurut Data Badan Pusat Statistik, angka kemiskinan turun tipis.", "", "data-badan-pusat-statistik", false, false},
	{"trap Menurut Laporan", "Menurut Laporan itu, sedikitnya 12 desa terdampak longsor.", "", "laporan", true, false},
	{"trap dikutip dari Kompas", "Dikutip dari Kompas.com, pembangunan jembatan itu molor dua bulan.", "", "", false, false},
	{"trap tegas Kejari", "“Berkas perkara sudah lengkap,” tegas Kejari Medan.", "", "", false, false}, // (passes since 1.14.0: an event with no target drops its unnamed state) was known: a national body gives its state (design)
	{"trap Tim SAR menyebut", "Tim SAR Gabungan menyebut korban terakhir ditemukan di hilir sungai.", "", "", false, false},
	{"trap sebut Sumber", "“Keputusannya sudah diambil,” sebut Sumber di lingkungan istana.", "", "sumber", false, false},
}

// speakerGridENRows are the English rows.
var speakerGridENRows = []wireGridRow{
	// The name before the speech verb.
	{"told Reuters", "\"We have no plans to sell the unit,\" Harriet Vance told Reuters on Tuesday.", []string{"harriet-vance/person"}, []string{"reuters/person"}, false, false},
	{"said in a statement", "Tomasz Wielgosz said in a statement that the company would appeal the ruling.", []string{"tomasz-wielgosz/person"}, nil, false, false},
	{"wrote on X", "Ethan Marlowe wrote on X, formerly Twitter, that the vote had been rigged.", []string{"ethan-marlowe/person"}, []string{"x/person", "twitter/person"}, false, false},
	{"X, 45, said", "Sung-min Park, 45, said he had lost his savings in the collapse.", []string{"sung-min-park/person"}, nil, false, false},
	{"added that", "Adebayo Ogunleye added that fuel queues had eased in Abuja.", []string{"adebayo-ogunleye/person"}, nil, false, false},
	{"quote then X said", "\"We are running out of everything,\" Ingrid Solheim said.", []string{"ingrid-solheim/person"}, nil, false, false},
	{"X chief economist said", "Lars Eriksen, chief economist at Nordbanken, said inflation had peaked.", []string{"lars-eriksen/person"}, []string{"nordbanken/person"}, false, false},
	{"professor told AFP", "Hiroshi Tanabe, a professor at Kyoto University, told AFP the quake risk had been underestimated.", []string{"hiroshi-tanabe/person"}, []string{"afp/person"}, false, false},
	{"colonel said on Telegram", "Colonel Viktor Moroz said on Telegram that two drones had been shot down.", []string{"viktor-moroz/person"}, []string{"telegram/person"}, false, false},
	{"X, 28, said she", "Ayesha Siddiqui, 28, said she had been waiting at the crossing for three days.", []string{"ayesha-siddiqui/person"}, nil, false, false},
	{"chief executive told reporters", "\"We are optimistic,\" Chen Weiming, the company's chief executive, told reporters.", []string{"chen-weiming/person"}, nil, false, false},
	{"vietnamese name said", "Nguyen Thi Lan said her family had fled the floods twice this year.", []string{"nguyen-thi-lan/person"}, nil, false, false},
	{"told The Associated Press", "Fernando Alcantara told The Associated Press that he would not resign.", []string{"fernando-alcantara/person"}, []string{"associated-press/person"}, false, false},
	{"spokeswoman declined", "Anna Kowalczyk, a spokeswoman for the regional governor, declined to comment.", []string{"anna-kowalczyk/person"}, nil, false, false},
	{"mayor said", "Tariq Mahmood, the mayor of the town, said water supplies had been restored.", []string{"tariq-mahmood/person"}, nil, false, false},
	{"claimed", "Mikhail Petrenko claimed the footage had been doctored.", []string{"mikhail-petrenko/person"}, nil, false, false},
	{"noted that", "Grace Mwangi noted that prices had risen for a fifth month.", []string{"grace-mwangi/person"}, nil, false, false},
	{"told the Irish Times", "\"We're not going anywhere,\" Cormac Brennan, 51, told the Irish Times.", []string{"cormac-brennan/person"}, []string{"irish-times/person"}, false, false},
	{"lawmaker said", "Ali Rezaei, an Iranian lawmaker, said parliament would debate the bill next week.", []string{"ali-rezaei/person"}, nil, false, false},
	{"spokesman title said", "Spokesman Kofi Mensah said the airport would reopen on Monday.", []string{"kofi-mensah/person"}, nil, false, false},
	{"said Tuesday", "Isabella Rossi said Tuesday that she would run for mayor.", []string{"isabella-rossi/person"}, nil, false, false},
	{"wrote in an op-ed", "Klaus Dieter Brandt, a former diplomat, wrote in an op-ed that the sanctions had failed.", []string{"klaus-dieter-brandt/person"}, nil, false, false},
	{"union president said", "Juan Pablo Restrepo, president of the farmers' union, said the blockade would continue.", []string{"juan-pablo-restrepo/person"}, nil, false, false},
	{"given name Said", "Said Khalil, a shopkeeper in Gaza City, said he had not slept for two nights.", []string{"said-khalil/person"}, nil, false, true}, // known: Said as a given name taken for the verb
	{"who asked that", "Farida Nasser, who asked that her village not be named, said soldiers had burned the fields.", []string{"farida-nasser/person"}, nil, false, false},
	{"Dr who leads said", "Dr. Amara Okonkwo, who leads the clinic, said cholera cases had doubled.", []string{"amara-okonkwo/person"}, nil, false, false},
	{"warned", "Bogdan Ilie warned that the harvest could be the worst in a decade.", []string{"bogdan-ilie/person"}, nil, false, false},
	{"told CNN", "Rosa Delgado told CNN she had not heard from her son since Friday.", []string{"rosa-delgado/person"}, []string{"cnn/person"}, false, false},
	{"outside the courthouse", "\"We were sold a lie,\" Niamh Doyle said outside the courthouse.", []string{"niamh-doyle/person"}, nil, false, false},
	{"banker told Bloomberg", "Khalid al-Mansoori, a banker in Dubai, told Bloomberg the deal was off.", []string{"khalid-al-mansoori/person"}, []string{"bloomberg/person"}, false, false},
	{"asked about X said", "Asked about the delay, Tendai Moyo said the contractor had not been paid.", []string{"tendai-moyo/person"}, nil, false, false},
	{"minister told parliament", "\"There is no plan B,\" Environment Minister Ilse Vermeulen told parliament.", []string{"ilse-vermeulen/person"}, nil, false, false},
	{"insisted", "Pieter van der Berg insisted the port would stay open.", []string{"pieter-van-der-berg/person"}, nil, false, false},

	// The name after the speech verb.
	{"said X a spokesman for", "\"The ceasefire is holding,\" said Omar Haddad, a spokesman for the Jordanian army.", []string{"omar-haddad/person"}, nil, false, false},
	{"said X, 62, a farmer", "\"Nobody warned us,\" said Kwame Asante, 62, a cocoa farmer near Kumasi.", []string{"kwame-asante/person"}, nil, false, false},
	{"said X a nurse", "\"We never got paid,\" said Maria Gonzalez-Ruiz, a nurse in Tijuana.", []string{"maria-gonzalez-ruiz/person"}, nil, false, false},
	{"said Senator X", "\"This is unacceptable,\" said Senator Margaret Ashby.", []string{"margaret-ashby/person"}, nil, false, false},
	{"recalled X", "\"It was chaos,\" recalled Yusuf Demir.", []string{"yusuf-demir/person"}, nil, false, false},
	{"said X in Soweto", "\"I voted for change,\" said Thabo Nkosi in Soweto.", []string{"thabo-nkosi/person"}, nil, false, false},
	{"long quote said X", "\"We had been warning about the condition of that bridge for years, and every time we were told there was no money in the budget for repairs, so nobody here is surprised,\" said Gareth Pryce, a local councillor.", []string{"gareth-pryce/person"}, nil, false, false},
	{"quote said X mid", "\"If the rain comes back,\" said Ruth Abernathy, \"the whole valley will flood.\"", []string{"ruth-abernathy/person"}, nil, false, false},
	{"according to X", "According to Lucia Ferreira, the talks broke down over fishing rights.", []string{"lucia-ferreira/person"}, nil, false, false},
	{"according to X mid", "The shipment, according to Dariusz Nowicki, never left the warehouse.", []string{"dariusz-nowicki/person"}, nil, false, false},
	{"according to analyst X", "Prices will keep rising, according to analyst Mei Ling Tan.", []string{"mei-ling-tan/person"}, nil, false, false},
	{"quoted X as saying", "The agency quoted Jamal Barakat as saying the border crossing would reopen.", []string{"jamal-barakat/person"}, nil, false, false},
	{"in a post X said", "In a post on Facebook, Petra Novakova said the festival would be cancelled.", []string{"petra-novakova/person"}, []string{"facebook/person"}, false, false},
	{"speaking to the BBC", "Speaking to the BBC, Julien Marchetti said the strike would continue.", []string{"julien-marchetti/person"}, []string{"bbc/person"}, false, false},

	// Two speakers.
	{"two speakers and", "Sofia Lindqvist and Mehmet Yildirim both said the proposal was unworkable.", []string{"sofia-lindqvist/person", "mehmet-yildirim/person"}, nil, false, false},
	{"two speakers while", "\"The numbers don't add up,\" said Rebecca Stowe, while her colleague Aaron Pike said the audit was incomplete.", []string{"rebecca-stowe/person", "aaron-pike/person"}, nil, false, false},
	{"named not the speaker", "Police said the suspect, Daniel Okoth, 34, was arrested at the border.", []string{"daniel-okoth/person"}, nil, false, false},

	// Added after the first fixes, annotated before their first run.
	{"X Bell a retired engineer said", "Paul Bell, a retired engineer, said the dam had been neglected for years.", []string{"paul-bell/person"}, nil, false, false},
	{"told the BBC common surname", "\"There was no warning,\" Karen Bell told the BBC.", []string{"karen-bell/person"}, nil, false, false},
	{"Detective Sergeant X said", "Detective Sergeant Ruth Callow said the suspect had been charged.", []string{"ruth-callow/person"}, []string{"detective/organization", "detective-sergeant-ruth-callow"}, false, false},
	{"Chief Superintendent X told", "Chief Superintendent Adrian Holt told reporters the area remained closed.", []string{"adrian-holt/person"}, []string{"superintendent/organization"}, false, false},
	{"X, state's deputy minister, said", "Nkechi Obiora, Nigeria's deputy health minister, said the vaccines had arrived.", []string{"nkechi-obiora/person"}, nil, false, false},
	{"X, a lecturer at, said", "Wei Zhang, a lecturer at the university, said the results were preliminary.", []string{"wei-zhang/person"}, nil, false, false},
	{"X, whose shop, said", "Tomasz Zielinski, whose shop was looted, said police never came.", []string{"tomasz-zielinski/person"}, nil, false, false},
	{"trap Emergency Services said", "Emergency Services said the fire was under control.", nil, []string{"emergency-services/person"}, false, false},
	{"trap Border Guards said", "Border Guards said they had detained 14 migrants.", nil, []string{"border-guards/person"}, false, false},

	// Traps: a pronoun alone.
	{"trap he said", "\"It's a disaster,\" he said.", nil, nil, true, false},
	{"trap she added", "She added that the review would take months.", nil, nil, true, false},
	{"trap they said", "\"We will respond,\" they said in a joint statement.", nil, nil, true, false},
	{"trap who asked not to be named", "A senior official, who asked not to be named, said the deal was close.", nil, nil, true, false},

	// Traps: an institution, an outlet or a group as the speaker.
	{"trap the ministry said", "The ministry said in a statement that 12 people had been detained.", nil, nil, true, false},
	{"trap foreign ministry said", "\"The vote will go ahead,\" the foreign ministry said.", nil, nil, true, false},
	{"trap Reuters reported", "Reuters reported that the shipment left port on Friday.", nil, []string{"reuters/person"}, false, false},
	{"trap Bloomberg reported", "Bloomberg reported, citing people familiar with the matter, that the bid had been withdrawn.", nil, []string{"bloomberg/person"}, false, false},
	{"trap sources told", "Sources told Reuters the talks had stalled.", nil, []string{"sources/person", "reuters/person"}, false, false},
	{"trap Witnesses said", "Witnesses said the explosion shattered windows several blocks away.", nil, nil, true, false},
	{"trap Analysts said", "Analysts said the central bank was likely to hold rates.", nil, nil, true, false},
	{"trap Officials said", "Officials said at least 30 people were killed.", nil, nil, true, false},
	{"trap company said in a filing", "The company said in a filing it expected lower profits.", nil, nil, true, false},
	{"trap Residents said", "Residents said the water was knee-deep by morning.", nil, nil, true, false},
	{"trap Organizers said", "Organizers said the march would go ahead despite the ban.", nil, nil, true, false},
	{"trap Rescuers said", "Rescuers said they had pulled four people from the rubble.", nil, nil, true, false},
	{"trap Amnesty said", "Amnesty International said the detentions were arbitrary.", nil, []string{"amnesty-international/person"}, false, false},
	{"trap Hospital Director said", "\"We have no beds left,\" the Hospital Director said.", nil, []string{"hospital-director/person"}, true, false},
	{"trap Meteorological Department said", "\"Stay indoors,\" the Meteorological Department said.", nil, []string{"meteorological-department/person"}, false, false},
	{"trap Later said", "Later, Prosecutors said the charges would be dropped.", nil, []string{"prosecutors/person", "later/person"}, true, false},
}
