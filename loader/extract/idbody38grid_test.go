package extract

import "testing"

// idBody38GridRows are Indonesian present-day news sentences (2015-2026)
// naming named bodies of states other than Indonesia and the G7: Africa,
// Latin America, the Middle East, Central and South Asia, Eastern Europe,
// and Indonesia's neighbours (issue #12): ministries, courts,
// legislatures, armed-forces branches, intelligence and regulatory
// agencies, police forces and central banks, and their spokespeople and
// heads with titles; rows with no actor, and rows where a body's word with
// no state must not make a body. A body is wanted as the gazetteer names
// it, or as the made "<state>-<type>" id, with kind and state; the state
// is absent where it is named only inside the body's name. Written and
// annotated before the extractor ran on them.
var idBody38GridRows = []wireGridRow{
	// Ministries.
	{"kemhan nigeria borno", "Kementerian Pertahanan Nigeria mengerahkan pasukan tambahan ke negara bagian Borno setelah serangan Boko Haram.", []string{"nga-defense-ministry/agency/NGA"}, []string{"NGA", "idn-defense-ministry"}, false, true}, // known: the event's source is the body's state (events policy)
	{"kemlu mesir gaza", "Kemlu Mesir menyerukan gencatan senjata segera di Jalur Gaza.", []string{"egy-foreign-ministry/agency/EGY"}, []string{"EGY", "idn-foreign-ministry"}, false, false},
	{"kemlu iran panggil dubes", "Kementerian Luar Negeri Iran memanggil duta besar Jerman di Teheran.", []string{"irn-foreign-ministry/agency/IRN"}, []string{"IRN", "idn-foreign-ministry"}, false, true}, // known: the event's source is the body's state (events policy)
	{"jubir kemlu iran baghaei", "Juru bicara Kementerian Luar Negeri Iran Esmaeil Baghaei menolak tuduhan tersebut.", []string{"irn-foreign-ministry/agency/IRN", "esmaeil-baghaei"}, []string{"idn-foreign-ministry"}, false, false},
	{"kemenkes gaza korban", "Kementerian Kesehatan Gaza mencatat jumlah korban tewas melampaui 60.000 orang.", []string{"pse-health-ministry/agency/PSE"}, []string{"idn-health-ministry"}, false, false},
	{"kemendagri pakistan x", "Kementerian Dalam Negeri Pakistan memblokir akses ke platform media sosial X.", []string{"pak-home-affairs-ministry/agency/PAK"}, []string{"PAK", "idn-home-affairs-ministry"}, false, false},
	{"kemenkeu argentina devisa", "Kementerian Keuangan Argentina mengumumkan penghapusan sebagian besar kontrol devisa.", []string{"arg-finance-ministry/agency/ARG"}, []string{"ARG", "idn-finance-ministry"}, false, false},
	{"kemlu thailand ranjau", "Kementerian Luar Negeri Thailand memprotes penanaman ranjau darat baru di wilayah perbatasan.", []string{"tha-foreign-ministry/agency/THA"}, []string{"THA", "idn-foreign-ministry"}, false, false},
	{"kemhan kamboja tembakan", "Kementerian Pertahanan Kamboja menuduh pasukan Thailand melepaskan tembakan lebih dulu.", []string{"khm-defense-ministry/agency/KHM"}, []string{"KHM", "idn-defense-ministry"}, false, true}, // known: the event's source is the body's state (events policy)
	{"kemlu malaysia flotilla", "Kementerian Luar Negeri Malaysia mengecam penahanan kapal-kapal bantuan Global Sumud Flotilla.", []string{"mys-foreign-ministry/agency/MYS"}, []string{"MYS", "idn-foreign-ministry"}, false, false},
	{"kemendagri malaysia buku", "Kementerian Dalam Negeri Malaysia melarang peredaran buku tersebut di seluruh negeri.", []string{"mys-home-affairs-ministry/agency/MYS"}, []string{"MYS", "idn-home-affairs-ministry"}, false, false},
	{"kemenkes malaysia influenza", "Kementerian Kesehatan Malaysia melaporkan lonjakan kasus influenza di sekolah-sekolah.", []string{"mys-health-ministry/agency/MYS"}, []string{"MYS", "idn-health-ministry"}, false, false},
	{"kemhan filipina scarborough", "Kementerian Pertahanan Filipina menolak klaim China atas Scarborough Shoal.", []string{"phl-defense-ministry/agency/PHL"}, []string{"PHL", "idn-defense-ministry"}, false, true}, // known: the event's source is the body's state (events policy)
	{"kemlu vietnam paracel", "Kementerian Luar Negeri Vietnam menegaskan kembali kedaulatannya atas Kepulauan Paracel.", []string{"vnm-foreign-ministry/agency/VNM"}, []string{"VNM", "idn-foreign-ministry"}, false, false},
	{"kementerian energi mesir listrik", "Kementerian Energi Mesir memberlakukan pemadaman listrik bergilir selama musim panas.", []string{"egy-energy-ministry/agency/EGY"}, []string{"EGY", "idn-energy-ministry"}, false, false},
	{"kemendagri turki isis", "Kementerian Dalam Negeri Turki menangkap ratusan tersangka anggota ISIS di 30 provinsi.", []string{"tur-home-affairs-ministry/agency/TUR"}, []string{"TUR", "idn-home-affairs-ministry"}, false, true}, // known: the event's source is the body's state (events policy)
	{"kemlu qatar perundingan", "Kementerian Luar Negeri Qatar menyatakan perundingan gencatan senjata masih berlanjut.", []string{"qat-foreign-ministry/agency/QAT"}, []string{"QAT", "idn-foreign-ministry"}, false, false},
	{"kemlu ukraina hongaria", "Kementerian Luar Negeri Ukraina memanggil kuasa usaha Hongaria di Kyiv.", []string{"ukr-foreign-ministry/agency/UKR"}, []string{"UKR", "idn-foreign-ministry"}, false, false},
	{"kemhan ukraina drone", "Kementerian Pertahanan Ukraina menandatangani kontrak produksi satu juta drone.", []string{"ukr-defense-ministry/agency/UKR"}, []string{"UKR", "idn-defense-ministry"}, false, false},
	{"kemhan israel f35", "Kementerian Pertahanan Israel menyetujui pembelian 25 jet tempur F-35 tambahan.", []string{"isr-defense-ministry/agency/ISR"}, []string{"ISR", "idn-defense-ministry"}, false, false},
	{"kemlu pakistan indus", "Kementerian Luar Negeri Pakistan menuduh India melanggar Perjanjian Perairan Indus.", []string{"pak-foreign-ministry/agency/PAK", "IND"}, []string{"idn-foreign-ministry"}, false, false},
	{"kemenkes rd kongo ebola", "Kementerian Kesehatan Republik Demokratik Kongo mengonfirmasi wabah Ebola baru di Provinsi Kasai.", []string{"cod-health-ministry/agency/COD"}, []string{"idn-health-ministry"}, false, false},
	{"kemenkeu sri lanka utang", "Kementerian Keuangan Sri Lanka menyepakati restrukturisasi utang dengan para kreditor bilateral.", []string{"lka-finance-ministry/agency/LKA"}, []string{"LKA", "idn-finance-ministry"}, false, false},
	{"kemendag vietnam baja", "Kementerian Perdagangan Vietnam menyelidiki dugaan dumping baja lapis dari China.", []string{"vnm-trade-ministry/agency/VNM"}, []string{"VNM", "idn-trade-ministry"}, false, false},
	{"kemlu saudi palestina", "Kementerian Luar Negeri Arab Saudi menyambut baik keputusan sejumlah negara mengakui Palestina.", []string{"sau-foreign-ministry/agency/SAU"}, []string{"SAU", "idn-foreign-ministry"}, false, true}, // known: the event's source is the body's state (events policy)
	{"kemhan rusia drone", "Kementerian Pertahanan Rusia mengklaim menembak jatuh 120 drone Ukraina dalam semalam.", []string{"rus-defense-ministry/agency/RUS"}, []string{"idn-defense-ministry"}, false, false},
	{"kemlu rusia armenia", "Kementerian Luar Negeri Rusia memanggil duta besar Armenia di Moskow.", []string{"rus-foreign-ministry/agency/RUS"}, []string{"RUS", "idn-foreign-ministry"}, false, true}, // known: the event's source is the body's state (events policy)
	{"kemlu singapura bangkok", "Kemlu Singapura mengimbau warganya menghindari lokasi unjuk rasa di Bangkok.", []string{"sgp-foreign-ministry/agency/SGP"}, []string{"SGP", "idn-foreign-ministry"}, false, false},
	{"kemendik malaysia ponsel", "Kementerian Pendidikan Malaysia memperketat aturan penggunaan telepon seluler di sekolah.", []string{"mys-education-ministry/agency/MYS"}, []string{"MYS", "idn-education-ministry"}, false, false},
	{"kemlu yordania aqsa", "Kementerian Luar Negeri Yordania mengutuk serbuan pemukim ke kompleks Masjid Al-Aqsa.", []string{"jor-foreign-ministry/agency/JOR"}, []string{"JOR", "idn-foreign-ministry"}, false, true}, // known: the event's source is the body's state (events policy)
	{"kemlu timor leste asean", "Kementerian Luar Negeri Timor Leste menyambut keanggotaan penuh negara itu di ASEAN.", []string{"tls-foreign-ministry/agency/TLS", "asean"}, []string{"idn-foreign-ministry"}, false, false},
	{"kemhan korut latihan", "Kementerian Pertahanan Korea Utara mengecam latihan militer gabungan di Semenanjung Korea.", []string{"prk-defense-ministry/agency/PRK"}, []string{"PRK", "idn-defense-ministry"}, false, false},
	{"jubir kemlu china lin jian", "Juru bicara Kementerian Luar Negeri China Lin Jian mengatakan Beijing menentang sanksi sepihak.", []string{"chn-foreign-ministry/agency/CHN", "lin-jian"}, []string{"idn-foreign-ministry"}, false, false},
	{"kemlu bangladesh hasina", "Kementerian Luar Negeri Bangladesh meminta India mengekstradisi Sheikh Hasina.", []string{"bgd-foreign-ministry/agency/BGD", "sheikh-hasina"}, []string{"idn-foreign-ministry"}, false, false},
	{"kemendagri bangladesh awami", "Kementerian Dalam Negeri Bangladesh melarang seluruh kegiatan Liga Awami.", []string{"bgd-home-affairs-ministry/agency/BGD"}, []string{"idn-home-affairs-ministry"}, false, false},
	{"kementerian kehakiman iran", "Kementerian Kehakiman Iran membantah laporan penahanan jurnalis asing.", []string{"irn-justice-ministry/agency/IRN"}, []string{"IRN"}, false, false},
	{"menurut kemenkes sudan", "Menurut Kementerian Kesehatan Sudan, wabah kolera telah menewaskan lebih dari 2.000 orang.", []string{"sdn-health-ministry/agency/SDN"}, []string{"SDN", "idn-health-ministry"}, false, false},
	{"kementerian pertanian ukraina gandum", "Kementerian Pertanian Ukraina memperkirakan panen gandum turun 10 persen.", []string{"ukr-agriculture-ministry/agency/UKR"}, []string{"UKR", "idn-agriculture-ministry"}, false, false},

	// Courts.
	{"ma brasil bolsonaro", "Mahkamah Agung Brasil memvonis mantan presiden Jair Bolsonaro 27 tahun penjara.", []string{"bra-supreme-court/court/BRA", "jair-bolsonaro"}, []string{"idn-supreme-court"}, false, false},
	{"mk thailand paetongtarn", "Mahkamah Konstitusi Thailand memberhentikan Perdana Menteri Paetongtarn Shinawatra dari jabatannya.", []string{"tha-constitutional-court/court/THA", "paetongtarn-shinawatra"}, []string{"idn-constitutional-court"}, false, false},
	{"ma india anjing", "Mahkamah Agung India memerintahkan anjing liar di Delhi dipindahkan ke tempat penampungan.", []string{"ind-supreme-court/court/IND"}, []string{"idn-supreme-court"}, false, false},
	{"mk korsel yoon", "Mahkamah Konstitusi Korea Selatan memberhentikan Presiden Yoon Suk Yeol secara permanen.", []string{"kor-constitutional-court/court/KOR", "yoon-suk-yeol"}, []string{"idn-constitutional-court"}, false, false},
	{"ma venezuela maduro", "Mahkamah Agung Venezuela mengesahkan Nicolas Maduro sebagai pemenang pemilihan presiden.", []string{"ven-supreme-court/court/VEN", "nicolas-maduro"}, []string{"idn-supreme-court"}, false, false},
	{"ma bangladesh kuota", "Mahkamah Agung Bangladesh memangkas kuota pegawai negeri yang memicu unjuk rasa mahasiswa.", []string{"bgd-supreme-court/court/BGD"}, []string{"BGD", "idn-supreme-court"}, false, false},
	{"mahkamah federal najib", "Mahkamah Federal Malaysia menolak permohonan banding Najib Razak.", []string{"mys-federal-court/court/MYS", "najib-razak"}, nil, false, false},
	{"pengadilan tinggi malaysia 1mdb", "Pengadilan Tinggi Malaysia menyatakan Najib Razak bersalah dalam kasus 1MDB.", []string{"mys-high-court/court/MYS", "najib-razak"}, []string{"pengadilan-tinggi-malaysia"}, false, false},
	{"ma israel shin bet", "Mahkamah Agung Israel membekukan keputusan pemerintah memecat kepala Shin Bet.", []string{"isr-supreme-court/court/ISR"}, []string{"idn-supreme-court"}, false, false},
	{"mk turki bebaskan", "Mahkamah Konstitusi Turki memerintahkan pembebasan anggota parlemen oposisi itu.", []string{"tur-constitutional-court/court/TUR"}, []string{"TUR", "idn-constitutional-court"}, false, false},
	{"ma kenya ruto", "Mahkamah Agung Kenya menguatkan kemenangan William Ruto dalam pemilihan presiden.", []string{"ken-supreme-court/court/KEN", "william-ruto"}, []string{"idn-supreme-court"}, false, false},
	{"mk rumania batalkan", "Mahkamah Konstitusi Rumania membatalkan hasil putaran pertama pemilihan presiden.", []string{"rou-constitutional-court/court/ROU"}, []string{"ROU", "idn-constitutional-court"}, false, false},
	{"mk peru fujimori", "Mahkamah Konstitusi Peru memerintahkan pembebasan mantan presiden Alberto Fujimori.", []string{"per-constitutional-court/court/PER", "alberto-fujimori"}, []string{"idn-constitutional-court"}, false, false},
	{"ma nepal media sosial", "Mahkamah Agung Nepal memerintahkan pemerintah mencabut larangan media sosial.", []string{"npl-supreme-court/court/NPL"}, []string{"NPL", "idn-supreme-court"}, false, false},
	{"ma meksiko reformasi", "Mahkamah Agung Meksiko menolak gugatan terhadap reformasi peradilan.", []string{"mex-supreme-court/court/MEX"}, []string{"MEX", "idn-supreme-court"}, false, false},
	{"ma iran toomaj", "Mahkamah Agung Iran membatalkan vonis mati terhadap rapper Toomaj Salehi.", []string{"irn-supreme-court/court/IRN"}, []string{"IRN", "idn-supreme-court"}, false, false},
	{"ma filipina comelec", "Mahkamah Agung Filipina memerintahkan Komisi Pemilihan Umum Filipina mencetak ulang surat suara.", []string{"phl-supreme-court/court/PHL", "phl-election-commission/agency/PHL"}, []string{"idn-supreme-court", "idn-kpu"}, false, false},
	{"mk afsel pajak", "Mahkamah Konstitusi Afrika Selatan membatalkan undang-undang pertanahan itu.", []string{"zaf-constitutional-court/court/ZAF"}, []string{"ZAF", "idn-constitutional-court"}, false, false},

	// Legislatures.
	{"majelis nasional venezuela esequibo", "Majelis Nasional Venezuela menyetujui undang-undang pembentukan negara bagian Guayana Esequiba.", []string{"ven-parliament/legislature/VEN"}, []string{"VEN"}, false, false},
	{"knesset unrwa", "Knesset mengesahkan undang-undang yang melarang UNRWA beroperasi di wilayah Israel.", []string{"isr-parliament/legislature/ISR", "unrwa"}, nil, false, false},
	{"duma negara rusia korut", "Duma Negara Rusia meratifikasi perjanjian kemitraan strategis dengan Korea Utara.", []string{"rus-duma/legislature/RUS"}, []string{"RUS"}, false, false},
	{"parlemen iran iaea", "Parlemen Iran menyetujui penangguhan kerja sama dengan IAEA.", []string{"irn-parliament/legislature/IRN", "iaea"}, []string{"IRN"}, false, false},
	{"parlemen iran majelis", "Parlemen Iran (Majelis) memakzulkan menteri ekonomi Abdolnaser Hemmati.", []string{"irn-parliament/legislature/IRN", "abdolnaser-hemmati"}, []string{"IRN"}, false, true}, // known: a name after a lower-case title ("menteri ekonomi Abdolnaser Hemmati") is no person
	{"senat filipina sara", "Senat Filipina menggelar sidang pemakzulan Wakil Presiden Sara Duterte.", []string{"phl-senate/legislature/PHL", "sara-duterte"}, []string{"PHL"}, false, false},
	{"dpr filipina makzulkan", "Dewan Perwakilan Rakyat Filipina memakzulkan Wakil Presiden Sara Duterte.", []string{"phl-house/legislature/PHL", "sara-duterte"}, []string{"idn-dpr"}, false, false},
	{"parlemen thailand anutin", "Parlemen Thailand memilih Anutin Charnvirakul sebagai perdana menteri.", []string{"tha-parliament/legislature/THA", "anutin-charnvirakul"}, []string{"THA"}, false, false},
	{"dewan rakyat malaysia", "Dewan Rakyat Malaysia meloloskan rancangan undang-undang keamanan siber.", []string{"mys-parliament/legislature/MYS"}, []string{"MYS"}, false, false},
	{"verkhovna rada darurat", "Parlemen Ukraina (Verkhovna Rada) kembali memperpanjang masa darurat militer.", []string{"ukr-parliament/legislature/UKR"}, []string{"UKR"}, false, false},
	{"parlemen turki swedia", "Parlemen Turki meratifikasi keanggotaan Swedia di NATO.", []string{"tur-parliament/legislature/TUR", "nato"}, []string{"TUR"}, false, false},
	{"parlemen hongaria icc", "Parlemen Hongaria menyetujui penarikan diri dari Mahkamah Pidana Internasional.", []string{"hun-parliament/legislature/HUN", "icc"}, []string{"HUN"}, false, false},
	{"sejm polandia", "Sejm Polandia menyetujui anggaran pertahanan terbesar dalam sejarah negara itu.", []string{"pol-sejm/legislature/POL"}, []string{"POL"}, false, false},
	{"kongres peru boluarte", "Kongres Peru memakzulkan Presiden Dina Boluarte.", []string{"per-congress/legislature/PER", "dina-boluarte"}, nil, false, false},
	{"senat meksiko peradilan", "Senat Meksiko menyetujui reformasi peradilan yang kontroversial itu.", []string{"mex-senate/legislature/MEX"}, []string{"MEX"}, false, false},
	{"kongres brasil pajak", "Kongres Brasil membatalkan kenaikan pajak transaksi keuangan.", []string{"bra-congress/legislature/BRA"}, []string{"BRA"}, false, false},
	{"majelis nasional korsel", "Majelis Nasional Korea Selatan meloloskan mosi pemakzulan Presiden Yoon Suk Yeol.", []string{"kor-parliament/legislature/KOR", "yoon-suk-yeol"}, nil, false, false},
	{"majelis nasional pakistan shehbaz", "Majelis Nasional Pakistan memilih Shehbaz Sharif sebagai perdana menteri.", []string{"pak-parliament/legislature/PAK", "shehbaz-sharif"}, nil, false, false},
	{"lok sabha wakaf", "Lok Sabha India mengesahkan rancangan undang-undang wakaf.", []string{"ind-parliament/legislature/IND"}, []string{"IND"}, false, false},
	{"parlemen mesir", "Parlemen Mesir menyetujui perpanjangan status darurat selama tiga bulan.", []string{"egy-parliament/legislature/EGY"}, []string{"EGY"}, false, false},
	{"parlemen irak ketua", "Parlemen Irak kembali gagal memilih ketua baru.", []string{"irq-parliament/legislature/IRQ"}, []string{"IRQ"}, false, false},
	{"parlemen lebanon aoun", "Parlemen Lebanon memilih panglima militer Joseph Aoun sebagai presiden.", []string{"lbn-parliament/legislature/LBN", "joseph-aoun"}, nil, false, false},
	{"dewan syura saudi", "Dewan Syura Arab Saudi membahas rancangan undang-undang investasi.", []string{"sau-shura/legislature/SAU"}, []string{"SAU"}, false, false},
	{"parlemen serbia", "Parlemen Serbia menyetujui pengunduran diri perdana menteri.", []string{"srb-parliament/legislature/SRB"}, []string{"SRB"}, false, false},
	{"knesset bubarkan", "Knesset memutuskan membubarkan diri dan menggelar pemilu dini.", []string{"isr-parliament/legislature/ISR"}, nil, false, false},

	// Armed forces.
	{"au pakistan jet india", "Angkatan Udara Pakistan mengklaim menembak jatuh lima jet tempur India.", []string{"pak-air-force/military/PAK", "IND"}, []string{"idn-air-force"}, false, false},
	{"irgc tanker hormuz", "Garda Revolusi Iran (IRGC) menyita sebuah kapal tanker di Selat Hormuz.", []string{"irn-irgc/military/IRN"}, []string{"IRN"}, false, false},
	{"ad myanmar lashio", "Angkatan Darat Myanmar merebut kembali kota Lashio dari kelompok bersenjata etnis.", []string{"mmr-army/military/MMR"}, []string{"MMR", "idn-army"}, false, true}, // known: the event's source is the body's state (events policy)
	{"militer myanmar sagaing", "Militer Myanmar melancarkan serangan udara ke sebuah desa di wilayah Sagaing.", []string{"mmr-armed-forces/military/MMR"}, []string{"MMR"}, false, true},    // known: the event's source is the body's state (events policy)
	{"al iran latihan", "Angkatan Laut Iran menggelar latihan bersama dengan Rusia dan China di Teluk Oman.", []string{"irn-navy/military/IRN"}, []string{"idn-navy"}, false, false},
	{"saf khartoum", "Angkatan Bersenjata Sudan merebut kembali istana presiden di Khartoum.", []string{"sdn-armed-forces/military/SDN"}, []string{"SDN"}, false, true},                 // known: the event's source is the body's state (events policy)
	{"al filipina", "Angkatan Laut Filipina mengerahkan kapal perang ke Second Thomas Shoal.", []string{"phl-navy/military/PHL"}, []string{"PHL", "idn-navy"}, false, true},             // known: the event's source is the body's state (events policy)
	{"penjaga pantai filipina meriam air", "Penjaga Pantai Filipina menuduh kapal China menembakkan meriam air.", []string{"phl-coast-guard/agency/PHL"}, []string{"PHL"}, false, true}, // known: the event's source is the body's state (events policy)
	{"atm malaysia", "Angkatan Tentera Malaysia mengirim tim penyelamat ke lokasi longsor.", []string{"mys-armed-forces/military/MYS"}, []string{"MYS"}, false, false},
	{"tldm tanker", "Angkatan Laut Diraja Malaysia menahan sebuah kapal tanker berbendera asing di perairan Johor.", []string{"mys-navy/military/MYS"}, []string{"idn-navy"}, false, false},
	{"au thailand f16", "Angkatan Udara Thailand mengerahkan jet tempur F-16 ke perbatasan Kamboja.", []string{"tha-air-force/military/THA"}, []string{"THA", "idn-air-force"}, false, true}, // known: the event's source is the body's state (events policy)
	{"ad thailand", "Angkatan Darat Thailand menutup seluruh pos perbatasan dengan Kamboja.", []string{"tha-army/military/THA"}, []string{"THA", "idn-army"}, false, false},
	{"ad kamboja", "Angkatan Darat Kerajaan Kamboja membantah telah menembakkan roket ke wilayah sipil.", []string{"khm-army/military/KHM"}, []string{"idn-army"}, false, false},
	{"idf gaza", "Pasukan Pertahanan Israel (IDF) memerintahkan warga Gaza utara mengungsi ke selatan.", []string{"isr-armed-forces/military/ISR"}, []string{"ISR"}, false, false},
	{"angkatan bersenjata ukraina", "Angkatan Bersenjata Ukraina menyerang kilang minyak di wilayah Rusia.", []string{"ukr-armed-forces/military/UKR"}, nil, false, false},
	{"al ukraina laut hitam", "Angkatan Laut Ukraina menenggelamkan sebuah kapal pendarat di Laut Hitam.", []string{"ukr-navy/military/UKR"}, []string{"idn-navy"}, false, false},
	{"au india", "Angkatan Udara India menerima gelombang pertama jet tempur Tejas.", []string{"ind-air-force/military/IND"}, []string{"IND", "idn-air-force"}, false, false},
	{"ad pakistan waziristan", "Angkatan Darat Pakistan menewaskan 30 militan dalam operasi di Waziristan Utara.", []string{"pak-army/military/PAK"}, []string{"PAK", "idn-army"}, false, false},
	{"angkatan bersenjata nigeria", "Angkatan Bersenjata Nigeria membebaskan puluhan pelajar yang diculik di Kebbi.", []string{"nga-armed-forces/military/NGA"}, []string{"NGA"}, false, false},
	{"al venezuela", "Angkatan Laut Venezuela mengerahkan kapal patroli ke pesisir Karibia.", []string{"ven-navy/military/VEN"}, []string{"VEN", "idn-navy"}, false, true}, // known: the event's source is the body's state (events policy)
	{"ad bangladesh", "Angkatan Darat Bangladesh dikerahkan untuk meredam kerusuhan di Dhaka.", []string{"bgd-army/military/BGD"}, []string{"BGD", "idn-army"}, false, false},
	{"f-fdtl", "Angkatan Bersenjata Timor Leste (F-FDTL) menggelar latihan bersama dengan Australia.", []string{"tls-armed-forces/military/TLS"}, []string{"TLS"}, false, true}, // known: the event's source is the body's state (events policy)
	{"militer lebanon litani", "Angkatan Bersenjata Lebanon mulai dikerahkan ke selatan Sungai Litani.", []string{"lbn-armed-forces/military/LBN"}, []string{"LBN"}, false, false},
	{"tatmadaw", "Tatmadaw mengumumkan gencatan senjata sementara setelah gempa bumi.", []string{"mmr-armed-forces/military/MMR"}, nil, false, false},

	// Intelligence, regulatory and election agencies.
	{"mossad jaringan", "Badan intelijen Mossad disebut membangun jaringan agen di dalam wilayah Iran.", []string{"isr-mossad/agency/ISR"}, nil, false, false},
	{"isi pakistan", "ISI Pakistan dituduh mendukung kelompok militan di Kashmir.", []string{"pak-intelligence/agency/PAK"}, []string{"PAK"}, false, false},
	{"spr malaysia", "Komisi Pemilihan Umum Malaysia (SPR) menetapkan tanggal pemungutan suara ulang.", []string{"mys-election-commission/agency/MYS"}, []string{"MYS", "idn-kpu"}, false, false},
	{"shin bet tangkap", "Shin Bet menangkap dua warga Israel yang dituduh memata-matai untuk Iran.", []string{"isr-shin-bet/agency/ISR"}, nil, false, false},
	{"sbu ukraina", "Badan Keamanan Ukraina (SBU) menangkap seorang pejabat yang dituduh bekerja untuk Rusia.", []string{"ukr-sbu/agency/UKR"}, nil, false, false},
	{"fsb rusia", "FSB Rusia mengklaim menggagalkan rencana serangan di Moskow.", []string{"rus-fsb/agency/RUS"}, []string{"RUS"}, false, false},
	{"sprm najib", "Komisi Antikorupsi Malaysia memanggil mantan perdana menteri itu untuk diperiksa.", []string{"mys-anti-corruption/agency/MYS"}, []string{"MYS", "idn-kpk"}, false, false},
	{"mit turki", "Badan Intelijen Turki (MIT) menangkap tersangka anggota ISIS di Istanbul.", []string{"tur-intelligence/agency/TUR"}, []string{"TUR"}, false, false},
	{"kpu thailand", "Komisi Pemilihan Umum Thailand menyelidiki dugaan kecurangan dalam pemilihan senator.", []string{"tha-election-commission/agency/THA"}, []string{"THA", "idn-kpu"}, false, false},
	{"nbi filipina", "Biro Investigasi Nasional Filipina memanggil Wakil Presiden Sara Duterte.", []string{"phl-nbi/agency/PHL", "sara-duterte"}, nil, false, false},
	{"cne venezuela", "Dewan Pemilihan Nasional Venezuela menyatakan Maduro menang dengan 51 persen suara.", []string{"ven-election-commission/agency/VEN"}, []string{"VEN"}, false, false},
	{"otoritas palestina", "Otoritas Palestina menangguhkan siaran Al Jazeera di Tepi Barat.", []string{"pse-authority"}, nil, false, false},
	{"apmm malaysia", "Agensi Penguatkuasaan Maritim Malaysia menahan kapal nelayan Vietnam.", []string{"mys-maritime-agency/agency/MYS"}, []string{"MYS"}, false, true}, // known: the event's source is the body's state (events policy)
	{"kpu nigeria inec", "Komisi Pemilihan Umum Nigeria menunda pemilihan gubernur di dua negara bagian.", []string{"nga-election-commission/agency/NGA"}, []string{"NGA", "idn-kpu"}, false, false},

	// Police and central banks.
	{"bank sentral turki suku bunga", "Bank Sentral Turki menaikkan suku bunga acuan menjadi 46 persen.", []string{"tur-central-bank/agency/TUR"}, []string{"TUR", "idn-central-bank"}, false, false},
	{"pdrm malaysia", "Kepolisian Diraja Malaysia menangkap 15 orang terkait jaringan penipuan daring.", []string{"mys-police/agency/MYS"}, []string{"MYS", "idn-police"}, false, false},
	{"bank negara malaysia", "Bank Negara Malaysia mempertahankan suku bunga kebijakan di level 3 persen.", []string{"mys-central-bank/agency/MYS"}, []string{"MYS"}, false, false},
	{"bank sentral rusia", "Bank Sentral Rusia memangkas suku bunga acuan untuk pertama kalinya sejak 2022.", []string{"rus-central-bank/agency/RUS"}, []string{"RUS", "idn-central-bank"}, false, false},
	{"bank sentral mesir", "Bank Sentral Mesir membiarkan nilai tukar pound mengambang bebas.", []string{"egy-central-bank/agency/EGY"}, []string{"EGY", "idn-central-bank"}, false, false},
	{"bank sentral argentina", "Bank Sentral Argentina mendevaluasi peso sebesar 50 persen.", []string{"arg-central-bank/agency/ARG"}, []string{"ARG", "idn-central-bank"}, false, false},
	{"bsp filipina", "Bank Sentral Filipina memangkas suku bunga sebesar 25 basis poin.", []string{"phl-central-bank/agency/PHL"}, []string{"PHL", "idn-central-bank"}, false, false},
	{"bank negara vietnam", "Bank Negara Vietnam memperlebar rentang perdagangan dong.", []string{"vnm-central-bank/agency/VNM"}, []string{"VNM"}, false, false},
	{"bank sentral brasil", "Bank Sentral Brasil menaikkan suku bunga Selic menjadi 15 persen.", []string{"bra-central-bank/agency/BRA"}, []string{"BRA", "idn-central-bank"}, false, false},
	{"pnp filipina", "Kepolisian Nasional Filipina menangkap tersangka penembakan wali kota itu.", []string{"phl-police/agency/PHL"}, []string{"PHL", "idn-police"}, false, false},
	{"kepolisian thailand", "Kepolisian Thailand menggerebek pusat penipuan daring di perbatasan Myanmar.", []string{"tha-police/agency/THA"}, []string{"idn-police"}, false, false},
	{"kepolisian kamboja", "Kepolisian Kamboja memulangkan puluhan warga Indonesia dari kompleks penipuan di Sihanoukville.", []string{"khm-police/agency/KHM"}, []string{"idn-police"}, false, false},
	{"kepolisian kenya", "Kepolisian Kenya menembakkan gas air mata ke arah pengunjuk rasa di Nairobi.", []string{"ken-police/agency/KEN"}, []string{"idn-police"}, false, false},
	{"bank sentral nigeria", "Bank Sentral Nigeria menaikkan suku bunga untuk menekan inflasi.", []string{"nga-central-bank/agency/NGA"}, []string{"NGA", "idn-central-bank"}, false, false},
	{"bank sentral pakistan", "Bank Sentral Pakistan menurunkan suku bunga acuan menjadi 11 persen.", []string{"pak-central-bank/agency/PAK"}, []string{"PAK", "idn-central-bank"}, false, false},
	{"kepolisian singapura", "Kepolisian Singapura menangkap seorang remaja yang merencanakan serangan terhadap masjid.", []string{"sgp-police/agency/SGP"}, []string{"SGP", "idn-police"}, false, false},

	// Spokespeople and heads with titles.
	{"gubernur bank sentral turki karahan", "Gubernur Bank Sentral Turki Fatih Karahan mengatakan inflasi akan terus melambat.", []string{"fatih-karahan", "tur-central-bank/agency/TUR"}, []string{"idn-central-bank"}, false, false},
	{"kasad pakistan asim munir", "Kepala Staf Angkatan Darat Pakistan Jenderal Asim Munir bertemu Presiden Donald Trump.", []string{"asim-munir", "donald-trump"}, []string{"idn-army"}, false, false},
	{"panglima myanmar min aung hlaing", "Panglima Angkatan Bersenjata Myanmar Min Aung Hlaing menghadiri KTT di Kuala Lumpur.", []string{"min-aung-hlaing"}, []string{"idn-armed-forces"}, false, false},
	{"ketua knesset ohana", "Ketua Knesset Amir Ohana menerima kunjungan delegasi Kongres AS.", []string{"amir-ohana"}, nil, false, false},
	{"komandan irgc salami", "Komandan Garda Revolusi Iran Hossein Salami tewas dalam serangan udara Israel.", []string{"hossein-salami"}, nil, false, false},
	{"jubir pnp", "Juru bicara Kepolisian Nasional Filipina mengatakan tersangka telah menyerahkan diri.", []string{"phl-police/agency/PHL"}, []string{"idn-police"}, false, false},
	{"jubir idf", "Juru bicara militer Israel mengatakan pasukannya menyerang sasaran Hizbullah di Lebanon selatan.", []string{"isr-armed-forces/military/ISR"}, nil, false, false},
	{"kepala sbu maliuk", "Kepala Badan Keamanan Ukraina Vasyl Maliuk mengundurkan diri.", []string{"ukr-sbu/agency/UKR", "vasyl-maliuk"}, nil, false, false},
	{"menlu iran araghchi", "Menteri Luar Negeri Iran Abbas Araghchi mengatakan Teheran siap berunding.", []string{"abbas-araghchi"}, []string{"idn-foreign-ministry"}, false, false},

	// Generic body words with no state, and rows with no actor.
	{"kementerian terkait", "Kementerian terkait diminta segera menyusun aturan pelaksana undang-undang tersebut.", nil, nil, true, false},
	{"pengadilan setempat", "Pengadilan setempat menjatuhkan hukuman tiga tahun penjara kepada pelaku.", nil, nil, true, false},
	{"parlemen setempat", "Parlemen setempat belum membahas rancangan aturan tersebut.", nil, nil, true, false},
	{"bank sentral berbagai negara", "Bank sentral di berbagai negara mulai menurunkan suku bunga acuan.", nil, nil, true, false},
	{"angkatan udara negara itu", "Angkatan udara negara itu belum memberikan tanggapan atas insiden tersebut.", nil, nil, true, false},
	{"mahkamah tertinggi negara itu", "Mahkamah tertinggi negara itu akan memutus perkara tersebut bulan depan.", nil, nil, true, false},
	{"badan intelijen asing", "Badan intelijen asing diduga berada di balik serangan siber tersebut.", nil, nil, true, false},
	{"komisi pemilihan setempat", "Komisi pemilihan umum setempat menunda penghitungan suara karena hujan deras.", nil, nil, true, false},
	{"kementerian kesehatan setempat", "Kementerian kesehatan setempat melaporkan 12 kasus baru dalam sepekan.", nil, nil, true, false},
	{"parlemen negara tersebut", "Parlemen negara tersebut dijadwalkan memberikan suara pekan depan.", nil, nil, true, false},
	{"kepolisian setempat", "Kepolisian setempat masih menyelidiki penyebab kebakaran gedung itu.", nil, nil, true, false},
	{"militer negara itu", "Militer negara itu mengumumkan keadaan darurat di wilayah perbatasan.", nil, nil, true, false},
	{"para menteri luar negeri", "Para menteri luar negeri kawasan dijadwalkan bertemu bulan depan.", nil, nil, true, false},
	{"senat mahasiswa", "Senat mahasiswa universitas itu menolak kenaikan biaya kuliah.", nil, nil, true, false},
	{"harga minyak", "Harga minyak mentah naik 3 persen di pasar Asia pada Senin.", nil, nil, true, false},
	{"gempa peru", "Gempa bermagnitudo 6,2 mengguncang wilayah pesisir Peru pada Minggu dini hari.", nil, nil, true, true}, // known: a state named as the place of the event is the state actor
	{"kementerian di sejumlah negara", "Sejumlah kementerian pertahanan di Eropa menambah anggaran pembelian amunisi.", nil, nil, true, false},
	{"bank sentral kawasan", "Para gubernur bank sentral kawasan sepakat memperkuat penggunaan mata uang lokal.", nil, nil, true, false},
	{"pengadilan banding", "Pengadilan banding menguatkan putusan tersebut pekan lalu.", nil, nil, true, false},
	{"angkatan laut kedua negara", "Angkatan laut kedua negara menggelar patroli bersama di perairan perbatasan.", nil, nil, true, false},
	{"dewan kota", "Dewan kota menyetujui anggaran untuk perbaikan jalan.", nil, nil, true, false},
	{"komisi hak asasi", "Komisi hak asasi manusia nasional negara itu menyerukan penyelidikan independen.", nil, nil, true, false},
}

// idBody38Batch2Rows are the grid's second batch, written and annotated
// after the first batch's rules, before running.
var idBody38Batch2Rows = []wireGridRow{
	{"b2 kemlu aljazair", "Kementerian Luar Negeri Aljazair memanggil duta besar Prancis di Aljir.", []string{"dza-foreign-ministry/agency/DZA"}, []string{"idn-foreign-ministry"}, false, false},
	{"b2 kemhan azerbaijan", "Menurut Kementerian Pertahanan Azerbaijan, dua tentaranya tewas dalam baku tembak di perbatasan.", []string{"aze-defense-ministry/agency/AZE"}, []string{"AZE", "idn-defense-ministry"}, false, false},
	{"b2 ma pakistan khan", "Mahkamah Agung Pakistan memerintahkan pembebasan Imran Khan.", []string{"pak-supreme-court/court/PAK", "imran-khan"}, []string{"idn-supreme-court"}, false, false},
	{"b2 pengadilan tinggi kenya", "Pengadilan Tinggi Kenya menangguhkan pengiriman polisi ke Haiti.", []string{"ken-high-court/court/KEN"}, []string{"idn-supreme-court"}, false, false},
	{"b2 pengadilan tinggi singapura", "Pengadilan Tinggi Singapura menjatuhkan hukuman penjara kepada mantan menteri transportasi itu.", []string{"sgp-high-court/court/SGP"}, nil, false, false},
	{"b2 parlemen armenia", "Parlemen Armenia meratifikasi Statuta Roma tentang Mahkamah Pidana Internasional.", []string{"arm-parliament/legislature/ARM"}, []string{"ARM"}, false, false},
	{"b2 senat kolombia", "Senat Kolombia menolak reformasi ketenagakerjaan yang diajukan Presiden Gustavo Petro.", []string{"col-senate/legislature/COL", "gustavo-petro"}, nil, false, false},
	{"b2 au israel", "Angkatan Udara Israel melancarkan gelombang serangan ke Teheran.", []string{"isr-air-force/military/ISR"}, []string{"idn-air-force"}, false, false},
	{"b2 al myanmar", "Angkatan Laut Myanmar menyita kapal pengangkut narkoba di Laut Andaman.", []string{"mmr-navy/military/MMR"}, []string{"idn-navy"}, false, false},
	{"b2 dinas intelijen shin bet", "Dinas keamanan Shin Bet menyelidiki kebocoran dokumen rahasia itu.", []string{"isr-shin-bet/agency/ISR"}, []string{"isr-intelligence"}, false, false},
	{"b2 bank sentral iran rial", "Bank Sentral Iran menetapkan kurs baru setelah rial anjlok.", []string{"irn-central-bank/agency/IRN"}, []string{"IRN", "idn-central-bank"}, false, false},
	{"b2 bank sentral sri lanka", "Bank Sentral Sri Lanka mempertahankan suku bunga kebijakan.", []string{"lka-central-bank/agency/LKA"}, []string{"LKA", "idn-central-bank"}, false, false},
	{"b2 kepolisian bangladesh", "Kepolisian Bangladesh menahan puluhan aktivis oposisi menjelang pemilu.", []string{"bgd-police/agency/BGD"}, []string{"idn-police"}, false, false},
	{"b2 kpu kenya", "Komisi Pemilihan Umum Kenya mengumumkan jadwal pemilihan presiden 2027.", []string{"ken-election-commission/agency/KEN"}, []string{"KEN", "idn-kpu"}, false, false},
	{"b2 kepolisian setempat korban", "Kepolisian setempat mengatakan korban merupakan warga negara asing.", nil, nil, true, false},
	{"b2 tentara negara itu", "Tentara negara itu menutup akses jalan menuju ibu kota.", nil, nil, true, false},
	{"b2 angkatan laut asing", "Angkatan Laut asing dilarang memasuki perairan itu tanpa izin.", nil, nil, true, false},
	{"b2 badan intelijen mossad kepala", "Kepala badan intelijen Mossad David Barnea bertemu pejabat Qatar.", []string{"david-barnea"}, []string{"isr-intelligence"}, false, false},
}

// TestIDBody38Batch2 runs the grid's second batch.
func TestIDBody38Batch2(t *testing.T) {
	runIDBodiesGrid(t, idBody38Batch2Rows, "id")
}

// TestIDBody38Grid runs idBody38GridRows under the Indonesian bodies
// grid's article date.
func TestIDBody38Grid(t *testing.T) {
	runIDBodiesGrid(t, idBody38GridRows, "id")
}
