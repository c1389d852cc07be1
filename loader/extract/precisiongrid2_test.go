package extract

import "testing"

// precisionGrid2Rows are present-day Indonesian news sentences written for
// the second precision grid of issue #12 (made up in the style of 2024-2026
// news, never copied from a data set), annotated before the extractor ran
// on them. Every row holds a capitalised word that must not become an
// actor, or must not become the wrong one: titles of films, novels, songs
// and series (a film named after a person names no person); named
// government programs (Makan Bergizi Gratis, Sekolah Rakyat, Kartu
// Indonesia Pintar) against the real body Danantara; laws and bills (UU
// TNI, RUU KUHAP, UU Polri), which name neither the armed forces nor the
// police; events and festivals (HUT RI, Piala AFF, COP30, Indonesia Open,
// KTT G20 against the G20 acting); named storms and weather phenomena;
// diseases named after places or persons; ships, aircraft and air bases
// named after persons; brands and products (Labubu, Es Teh Indonesia, Air
// Jordan); currencies with their state's adjective; streets, buildings and
// universities named after persons or the state (Jalan Sudirman, Bundaran
// Hotel Indonesia, Universitas Airlangga); sentence-initial common words
// that are also names (Mega, Puan, Surya); all-caps headlines; persons
// whose given name is a state or city (Chelsea, Jordan, Paris, Georgia,
// Chad, Cuba); and state adjectives of languages, cuisines, styles and
// plants (bahasa Jerman, kebab Turki, bunga kamboja). Some rows name a
// real actor beside the trap and want exactly it. Columns as in
// expertGridRows (want, absent, none, known; persons and states complete).
var precisionGrid2Rows = []nameGridRow{
	// Works: films, novels, songs, series.
	{"film jumbo", "Film animasi Jumbo ditonton lebih dari sepuluh juta orang di bioskop.", "", "", true, false},
	{"film pengepungan", "Film Pengepungan di Bukit Duri tayang serentak mulai Kamis.", "", "", true, false},
	{"novel cantik itu luka", "Novel Cantik Itu Luka karya Eka Kurniawan diadaptasi menjadi serial.", "eka-kurniawan", "", false, false},
	{"lagu tanah airku", "Lagu Tanah Airku dinyanyikan bersama ribuan penonton di akhir konser.", "", "", true, false},
	{"serial adolescence", "Serial Adolescence menjadi tontonan paling populer bulan ini.", "", "", true, false},
	{"film india", "Film India berjudul Animal menjadi perbincangan warganet.", "", "IND", true, false},
	{"drama korea", "Drama Korea terbaru itu menduduki peringkat pertama di layanan streaming.", "", "KOR", true, false},
	{"buku sapiens", "Buku Sapiens kembali dicetak ulang oleh penerbit lokal.", "", "", true, false},
	// known: a song title in a work's frame (Lagu X) still gives the state its letters spell
	{"lagu born in the usa", "Lagu Born in the U.S.A. diputar di pembukaan acara itu.", "", "USA", true, true},
	{"film soekarno", "Film Soekarno kembali diputar dalam rangka Hari Pahlawan.", "", "sukarno", true, false},
	{"anime one piece", "Anime One Piece tayang di televisi nasional setiap Sabtu.", "", "", true, false},

	// Programs and policies, against the real body Danantara.
	{"mbg keracunan", "Puluhan siswa di Garut mengalami keracunan setelah menyantap menu Makan Bergizi Gratis.", "", "", true, false},
	{"mbg bgn", "Badan Gizi Nasional menambah 5.000 dapur Makan Bergizi Gratis tahun depan.", "idn-bgn", "", false, false},
	{"sekolah rakyat", "Program Sekolah Rakyat mulai menerima siswa pada tahun ajaran baru.", "", "", true, false},
	{"kopdes merah putih", "Koperasi Desa Merah Putih diluncurkan di 80.000 desa.", "", "", true, false},
	{"kartu indonesia pintar", "Pencairan Kartu Indonesia Pintar tahap kedua dimulai pekan depan.", "", "IDN", true, false},
	{"program keluarga harapan", "Bantuan Program Keluarga Harapan disalurkan melalui kantor pos.", "", "", true, false},
	{"tiga juta rumah", "Program Tiga Juta Rumah membutuhkan lahan seluas 20.000 hektare.", "", "", true, false},
	{"cek kesehatan gratis", "Cek Kesehatan Gratis bisa diakses warga pada hari ulang tahunnya.", "", "", true, false},
	{"danantara direksi", "Danantara menunjuk direksi baru untuk mengelola aset BUMN.", "idn-danantara", "", false, false},
	{"danantara investasi", "Investasi Danantara di proyek hilirisasi mencapai Rp40 triliun.", "idn-danantara", "", false, false},
	{"belt and road id", "Proyek Belt and Road Initiative menjadi sorotan di forum itu.", "", "CHN", true, false},

	// Laws and bills.
	{"uu tni demo", "Mahasiswa berunjuk rasa menolak revisi UU TNI di depan gedung parlemen.", "", "idn-armed-forces", true, false},
	{"dpr sahkan uu tni", "DPR mengesahkan revisi UU TNI dalam rapat paripurna.", "idn-dpr", "idn-armed-forces", false, false},
	{"ruu kuhap", "Pembahasan RUU KUHAP ditargetkan rampung sebelum akhir tahun.", "", "", true, false},
	{"ruu perampasan aset", "RUU Perampasan Aset kembali masuk Program Legislasi Nasional.", "", "", true, false},
	{"uu ite", "Jerat UU ITE masih membayangi para pengkritik di media sosial.", "", "", true, false},
	{"uu polri", "Revisi UU Polri memicu perdebatan soal kewenangan penyadapan.", "", "idn-police", true, false},
	{"uu bumn", "Perubahan UU BUMN mengatur ulang kewenangan pengelolaan dividen.", "", "", true, false},
	{"perpu digugat mk", "Perpu Cipta Kerja digugat ke Mahkamah Konstitusi.", "idn-constitutional-court", "", false, false},

	// Events, festivals, holidays.
	{"hut ri 80", "Lomba panjat pinang digelar warga untuk memeriahkan HUT ke-80 RI.", "", "IDN", true, false},
	{"piala aff adu penalti", "Piala AFF 2024 dimenangi tim tamu lewat adu penalti.", "", "", true, false},
	{"piala asia u23 drawing", "Drawing Piala Asia U-23 digelar di Doha pada Kamis.", "", "QAT", true, false},
	{"cop30 belem", "COP30 di Belem ditutup tanpa kesepakatan soal bahan bakar fosil.", "", "", true, false},
	{"ktt g20 johannesburg", "KTT G20 Johannesburg menjadi yang pertama digelar di benua Afrika.", "", "ZAF", false, false},
	{"g20 acts", "G20 sepakat memperpanjang keringanan utang bagi negara-negara miskin.", "g20", "", false, false},
	{"ktt asean kl", "KTT ASEAN ke-47 digelar di Kuala Lumpur pada Oktober.", "", "MYS", false, false},
	{"arus balik lebaran", "Arus balik Lebaran diperkirakan memuncak pada Minggu malam.", "", "", true, false},
	{"jakarta fair", "Jakarta Fair menampilkan ratusan stan UMKM.", "", "", true, false},
	{"festival baliem", "Festival Lembah Baliem menampilkan perang-perangan adat suku Dani.", "", "", true, false},
	{"hari santri", "Hari Santri Nasional diperingati dengan upacara di pesantren.", "", "", true, false},
	{"indonesia open", "Turnamen Indonesia Open digelar di Istora Senayan.", "", "IDN", true, false},

	// Weather phenomena and named storms.
	{"siklon senyar", "Siklon Tropis Senyar memicu banjir bandang di Sumatra Barat dan Aceh.", "", "", true, false},
	{"topan ragasa", "Topan Ragasa membuat ratusan penerbangan dibatalkan.", "", "", true, false},
	{"bibit siklon", "Bibit Siklon Tropis 96S terpantau di Samudra Hindia selatan Jawa.", "", "", true, false},
	{"madden julian", "Fenomena Madden-Julian Oscillation meningkatkan curah hujan di Indonesia bagian barat.", "", "IDN", true, false},
	{"monsun asia", "Angin Monsun Asia mulai aktif pada akhir November.", "", "", true, false},
	{"badai matahari", "Badai Matahari diperkirakan mengganggu sinyal GPS.", "", "", true, false},
	{"bmkg siklon", "BMKG memperingatkan potensi hujan lebat akibat Siklon Tropis Fina.", "idn-bmkg", "", false, false},

	// Diseases.
	{"virus nipah", "Virus Nipah terdeteksi di Kerala dan sekolah-sekolah ditutup.", "", "", true, false},
	{"mpox klade", "Mpox Klade Ib dilaporkan di tiga provinsi.", "", "", true, false},
	{"demam lassa nigeria", "Demam Lassa menewaskan puluhan orang di Nigeria sejak Januari.", "NGA", "", false, false},
	{"guillain barre", "Sindrom Guillain-Barre menyerang sistem saraf tepi.", "", "", true, false},
	{"marburg rwanda", "Virus Marburg mewabah di Rwanda.", "RWA", "", false, false},
	{"west nile", "Virus West Nile ditemukan pada nyamuk di sejumlah kota.", "", "", true, false},
	{"kemenkes nipah", "Kementerian Kesehatan mewaspadai masuknya virus Nipah dari India.", "idn-health-ministry IND", "", false, false},

	// Ships, aircraft and air bases.
	{"kri bung tomo", "KRI Bung Tomo berlayar menuju Laut Natuna Utara.", "", "bung-tomo", true, false},
	{"kri martadinata", "KRI Raden Eddy Martadinata bersandar di Pelabuhan Tanjung Priok.", "", "raden-eddy-martadinata", true, false},
	{"tanker eagle s", "Kapal tanker Eagle S diduga merusak kabel bawah laut di Laut Baltik.", "", "", true, false},
	{"rafale lanud", "Pesawat Rafale pertama tiba di Lanud Roesmin Nurjadin.", "", "roesmin-nurjadin", true, false},
	{"pesawat n219", "Pesawat N219 buatan dalam negeri lolos uji terbang.", "", "", true, false},
	{"jet kaan", "Jet tempur KAAN akan dibeli dalam jumlah 48 unit.", "", "", true, false},
	{"uss gerald ford", "Kapal induk USS Gerald R. Ford dikerahkan ke Laut Karibia.", "", "gerald-r-ford gerald-ford", false, false},
	// known: the agency's state IDN is given as an actor with no mention
	{"basarnas km barcelona", "Basarnas mengerahkan kapal KN Basudewa mencari korban KM Barcelona V.", "idn-basarnas", "fc-barcelona", false, true},

	// Brands and products.
	{"labubu", "Boneka Labubu diburu kolektor hingga antre sejak subuh.", "", "", true, false},
	{"es teh indonesia", "Gerai Es Teh Indonesia dibuka di hampir setiap kecamatan.", "", "IDN", true, false},
	{"mie sedaap", "Mie Sedaap dan Indomie bersaing ketat di pasar mi instan.", "", "", true, false},
	{"wuling air ev", "Mobil listrik Wuling Air ev laris di kalangan pekerja kantoran.", "", "", true, false},
	{"switch 2", "Konsol Nintendo Switch 2 dijual mulai Rp7 juta.", "", "", true, false},
	{"air jordan id", "Sepatu Air Jordan edisi terbatas dijual seharga Rp5 juta.", "", "JOR", true, false},

	// Currencies.
	{"dolar singapura", "Dolar Singapura menguat terhadap rupiah pada Jumat.", "", "SGP", true, false},
	{"lira turki", "Lira Turki kembali anjlok ke rekor terendah.", "", "TUR", true, false},
	{"peso argentina", "Nilai peso Argentina terjun bebas setelah pengumuman itu.", "", "ARG", true, false},
	{"rubel rusia", "Rubel Rusia menguat ke level tertinggi dalam dua tahun.", "", "RUS", true, false},
	{"baht thailand", "Baht Thailand melemah akibat ketidakpastian politik.", "", "THA", true, false},
	{"bi intervensi dolar as", "Bank Indonesia mengintervensi pasar saat rupiah melemah terhadap dolar AS.", "idn-central-bank", "USA", false, false},

	// Streets, buildings and universities.
	{"jalan sudirman demo", "Ribuan buruh berunjuk rasa di Jalan Sudirman, Jakarta.", "", "sudirman", true, false},
	{"bundaran hi", "Car free day di Bundaran Hotel Indonesia dipadati warga.", "", "IDN", true, false},
	{"istana merdeka halaman", "Upacara penurunan bendera digelar di halaman Istana Merdeka.", "", "", true, false},
	{"gedung sate gubernur", "Gubernur Jawa Barat Dedi Mulyadi berkantor di Gedung Sate.", "dedi-mulyadi", "", false, false},
	{"jalan teuku umar", "Sejumlah elite partai menyambangi kediaman di Jalan Teuku Umar.", "", "teuku-umar", true, false},
	{"masjid sheikh zayed", "Masjid Raya Sheikh Zayed Solo dipadati jemaah saat malam takbiran.", "", "ARE zayed-bin-sultan-al-nahyan", true, false},
	{"gedung pancasila", "Pertemuan itu berlangsung di Gedung Pancasila, Jakarta.", "", "", true, false},
	{"stasiun whoosh", "Stasiun Whoosh Halim dipadati penumpang pada libur panjang.", "", "", true, false},
	{"rs polri", "Jenazah korban dibawa ke RS Polri Kramat Jati untuk diidentifikasi.", "", "", false, false},
	{"universitas airlangga", "Universitas Airlangga membuka jalur mandiri bagi lulusan SMA.", "", "airlangga-hartarto", false, false},

	// Sentence-initial words that are also names; all-caps headlines.
	{"mega proyek", "Mega proyek tanggul laut raksasa membutuhkan dana ratusan triliun rupiah.", "", "megawati-sukarnoputri", true, false},
	{"puan puan", "Puan-puan berkebaya memadati lapangan dalam perayaan Hari Kartini.", "", "puan-maharani", true, false},
	{"surya pagi", "Surya pagi menghangatkan para pelari di garis start.", "", "surya-paloh", true, false},
	{"ratu kecantikan", "Ratu kecantikan itu menyumbangkan hadiahnya untuk korban banjir.", "", "", true, false},
	{"caps banjir lumajang", "BANJIR BANDANG TERJANG TIGA DESA DI LUMAJANG", "", "", true, false},
	{"caps harga beras", "HARGA BERAS MELONJAK, WARGA ANTRE OPERASI PASAR", "", "", true, false},
	{"caps waspada", "WASPADA: CUACA EKSTREM DI JAWA TENGAH HINGGA SEPEKAN KE DEPAN", "", "", true, false},
	{"caps prabowo", "PRABOWO RESMIKAN SEKOLAH RAKYAT DI BEKASI", "prabowo-subianto", "", false, false},

	// Persons whose given name is a state or a city.
	{"chelsea islan", "Aktris Chelsea Islan membintangi film horor terbaru.", "chelsea-islan", "chelsea-fc", false, false},
	{"jordan sitompul", "Jordan Sitompul, warga Tarutung, kehilangan rumahnya akibat longsor.", "jordan-sitompul", "JOR", false, false},
	{"paris hilton jakarta", "Paris Hilton meluncurkan parfum terbarunya di Jakarta.", "paris-hilton", "FRA", false, false},
	// known: after a title, a state that is a given name before an Indonesian given name (Lestari) still reads as the person's state
	{"georgia lestari", "Perawat Georgia Lestari merawat korban banjir di posko pengungsian.", "georgia-lestari", "GEO", false, true},
	{"chad williams", "Pemain basket Chad Williams bergabung dengan klub asal Bandung.", "chad-williams", "TCD", false, false},
	// known: Cuba is no given name of lang/*.given.txt, so the title reads it as the actor's state
	{"cuba gooding", "Aktor Cuba Gooding Jr. hadir di Festival Film Cannes.", "cuba-gooding-jr", "CUB", false, true},

	// State adjectives of languages, cuisines, styles and plants.
	{"kursus bahasa jerman", "Kursus bahasa Jerman diminati calon perawat yang ingin bekerja di Eropa.", "", "DEU", true, false},
	{"arsitektur belanda", "Bangunan bergaya arsitektur Belanda itu dijadikan museum.", "", "NLD", true, false},
	{"restoran korea", "Restoran Korea di kawasan Kemang selalu penuh pada akhir pekan.", "", "KOR", true, false},
	{"anime jepang", "Penggemar anime Jepang memadati festival cosplay.", "", "JPN", true, false},
	{"kebab turki", "Kebab Turki menjadi jajanan favorit di bazar Ramadan.", "", "TUR", true, false},
	{"bunga kamboja", "Bunga kamboja bermekaran di halaman pura.", "", "KHM", true, false},
	{"pisang ambon", "Pisang Ambon dan jeruk Bali dijual di pasar buah.", "", "", true, false},
	{"porselen cina", "Porselen Cina kuno dipamerkan di museum itu.", "", "CHN", true, false},

	// Real actors beside the traps.
	{"prabowo dapur mbg", "Presiden Prabowo Subianto meninjau dapur Makan Bergizi Gratis di Bogor.", "prabowo-subianto", "", false, false},
}

// TestPrecisionGrid2 checks precisionGrid2Rows (Indonesian): no
// capitalised non-actor becomes an actor, and the real actors beside the
// traps are found. 89 of 109 passed before any rule, 104 after.
func TestPrecisionGrid2(t *testing.T) {
	runNameGrid(t, precisionGrid2Rows, 109)
}

// TestPrecisionGrid2English is the English half of the second precision
// grid, columns as in TestEnglishWireGrid (nameProblems): 49 of 56 passed
// before any rule, 52 after.
func TestPrecisionGrid2English(t *testing.T) {
	x := extractor(t)
	rows := []wireGridRow{
		// Works.
		// known: a film title opening the sentence becomes a person; an award becomes an organization
		{"anora", "Anora won best picture at the Academy Awards.", nil, nil, true, true},
		// known: a series title (The Americans) gives the state
		{"the americans", "The Americans is being rebooted as a limited series.", nil, []string{"USA"}, true, true},
		{"wicked for good", "Wicked: For Good topped the weekend box office.", nil, nil, true, false},
		{"intermezzo rooney", "Intermezzo, the latest novel by Sally Rooney, sold 100,000 copies in its first week.", []string{"sally-rooney/person"}, nil, false, false},
		// known: a song title (Born in the U.S.A.) gives the state
		{"born in the usa", "Bruce Springsteen closed the show with Born in the U.S.A.", []string{"bruce-springsteen/person"}, []string{"USA"}, false, true},
		{"emily in paris", "Emily in Paris was renewed for a fifth season.", nil, []string{"FRA"}, true, false},
		// Programs, policies and laws.
		{"obamacare", "Enrollment in Obamacare plans hit a record this year.", nil, []string{"barack-obama"}, true, false},
		{"medicaid cuts", "Medicaid cuts could leave millions without coverage.", nil, nil, true, false},
		{"marshall plan ukraine", "Economists called for a new Marshall Plan for Ukraine.", []string{"UKR/state"}, nil, false, false},
		{"belt and road loans", "Belt and Road Initiative loans to Africa fell last year.", nil, []string{"CHN"}, true, false},
		{"chips act", "The CHIPS Act funded three new plants in Arizona.", nil, nil, true, false},
		{"apple dma", "Apple said it would comply with the Digital Markets Act.", []string{"apple-inc"}, nil, false, false},
		{"tni law en", "Students protested against the revised TNI Law outside parliament.", nil, []string{"idn-armed-forces"}, true, false},
		// Events and holidays.
		{"g20 summit johannesburg", "The G20 summit in Johannesburg was the first held in Africa.", []string{"g20"}, []string{"ZAF"}, false, false},
		{"cop30 opened", "COP30 opened in Belem with calls to phase out fossil fuels.", nil, nil, true, false},
		{"world cup tickets", "Tickets for the 2026 World Cup went on sale in October.", nil, nil, true, false},
		{"independence day mall", "Independence Day fireworks drew crowds to the National Mall.", nil, nil, true, false},
		// known: U.S. as an adjective of a place (U.S. airports) gives the state
		{"thanksgiving travel", "Thanksgiving travel set a new record at U.S. airports.", nil, []string{"USA"}, true, true},
		// Weather and diseases.
		{"hurricane melissa", "Hurricane Melissa strengthened into a Category 5 storm over the Caribbean.", nil, nil, true, false},
		{"typhoon kalmaegi", "Typhoon Kalmaegi forced the evacuation of 400,000 people.", nil, nil, true, false},
		{"storm amy", "Storm Amy knocked out power to thousands of homes.", nil, nil, true, false},
		{"el nino return", "El Nino conditions are expected to return by next summer.", nil, nil, true, false},
		{"lyme disease", "Lyme disease cases climbed across New England.", nil, nil, true, false},
		{"marburg ethiopia", "Ethiopia confirmed its first outbreak of Marburg virus.", []string{"ETH/state"}, nil, false, false},
		{"west nile en", "West Nile virus was detected in mosquitoes in three counties.", nil, nil, true, false},
		// Ships and aircraft.
		{"uss gerald ford", "The USS Gerald R. Ford arrived in the Caribbean.", nil, []string{"gerald-ford", "gerald-r-ford"}, false, false},
		{"hms prince of wales", "HMS Prince of Wales docked in Darwin.", nil, nil, true, false},
		{"air force one", "Air Force One landed at Joint Base Andrews.", nil, nil, true, false},
		// Brands, products and currencies.
		{"nike air jordan", "Nike released a new Air Jordan colorway.", []string{"nike-inc"}, []string{"JOR"}, false, false},
		{"labubu london", "Labubu dolls sold out within minutes in London.", nil, nil, true, false},
		{"model y", "The Model Y remained the world's best-selling car.", nil, nil, true, false},
		{"ozempic novo", "Demand for Ozempic drove Novo Nordisk's profits higher.", []string{"novo-nordisk"}, nil, false, false},
		{"turkish lira", "The Turkish lira slid to a record low.", nil, []string{"TUR"}, true, false},
		{"swiss franc", "Investors piled into the Swiss franc.", nil, []string{"CHE"}, true, false},
		{"singapore dollar", "The Singapore dollar hit a decade high.", nil, []string{"SGP"}, true, false},
		// Buildings, streets and places named after persons.
		{"trump tower", "Protesters gathered outside Trump Tower on Fifth Avenue.", nil, []string{"donald-trump"}, true, false},
		{"kennedy center", "The Kennedy Center canceled several performances.", nil, []string{"john-f-kennedy"}, false, false},
		{"reagan airport", "Flights at Ronald Reagan Washington National Airport were delayed.", nil, []string{"ronald-reagan"}, true, false},
		{"nelson mandela bay", "Floods hit Nelson Mandela Bay after a week of rain.", nil, []string{"nelson-mandela"}, true, false},
		// Sentence-initial common words and all caps.
		{"bill headline", "Bill Would Ban Phones in Classrooms", nil, nil, true, false},
		{"grant funding", "Grant funding for the program was cut by half.", nil, nil, true, false},
		{"rich countries", "Rich countries pledged $300 billion a year in climate finance.", nil, nil, true, false},
		{"caps breaking", "BREAKING: EXPLOSION REPORTED NEAR CENTRAL STATION", nil, nil, true, false},
		{"watch crowds", "WATCH: Crowds celebrate as fireworks light up the harbour", nil, nil, true, false},
		// Persons whose given name is a state or a city.
		{"georgia harrison", "Georgia Harrison, a nurse from Leeds, said the ward was overwhelmed.", []string{"georgia-harrison/person"}, []string{"GEO"}, false, false},
		{"chad kowalski", "Chad Kowalski, 34, was charged with arson.", []string{"chad-kowalski/person"}, []string{"TCD"}, false, false},
		{"paris jackson", "Paris Jackson performed at the festival.", []string{"paris-jackson/person"}, []string{"FRA"}, false, false},
		{"india amarteifio", "India Amarteifio plays the young queen in the series.", []string{"india-amarteifio/person"}, []string{"IND"}, false, false},
		{"chelsea manning", "Chelsea Manning spoke at a privacy conference in Berlin.", []string{"chelsea-manning/person"}, []string{"chelsea-fc", "DEU"}, false, false},
		{"sydney sweeney", "Sydney Sweeney starred in the boxing drama.", []string{"sydney-sweeney/person"}, []string{"AUS"}, false, false},
		// State adjectives of languages and cuisines.
		{"korean dramas", "Korean dramas are drawing millions of new viewers.", nil, []string{"KOR"}, true, false},
		{"greek yogurt", "Greek yogurt sales rose for a third year.", nil, []string{"GRC"}, true, false},
		{"italian cuisine unesco", "Italian cuisine was added to UNESCO's heritage list.", []string{"unesco"}, []string{"ITA"}, false, false},
		{"mandarin korean", "She is learning Mandarin and Korean.", nil, nil, true, false},
		// Real actors beside the traps.
		{"bmkg senyar", "BMKG warned that Cyclone Senyar could bring heavy rain to Aceh.", []string{"idn-bmkg"}, nil, false, false},
		{"prabowo meals kitchen", "President Prabowo Subianto visited a Free Nutritious Meals kitchen in Bogor.", []string{"prabowo-subianto/person"}, nil, false, false},
	}
	runWireGrid(t, x, rows, "2024-06-01")
}

// precisionGrid2Batch2Rows are the second batch of the grid, written and
// annotated after the first rules and before the extractor ran on them, to
// check that the rules hold beyond the rows that led to them: laws named
// by a body's acronym, anniversaries with an ordinal, state adjectives of
// kinds of things, events named after a capital, programs and projects.
var precisionGrid2Batch2Rows = []nameGridRow{
	{"b2 uu kpk", "Revisi UU KPK pada 2019 memicu gelombang demonstrasi mahasiswa.", "", "idn-kpk", true, false},
	{"b2 ruu polri dpr", "Komisi III DPR menunda pembahasan RUU Polri.", "idn-dpr", "idn-police", false, false},
	{"b2 perppu ormas", "Perppu Ormas digugat sejumlah organisasi masyarakat.", "", "", true, false},
	{"b2 hut bhayangkara", "Ribuan personel mengikuti upacara HUT ke-79 Bhayangkara di Monas.", "", "idn-police", true, false},
	{"b2 hut tni", "Parade kapal perang memeriahkan HUT ke-80 TNI di Teluk Jakarta.", "", "idn-armed-forces", true, false},
	{"b2 restoran jepang", "Restoran Jepang di pusat perbelanjaan itu tutup lebih awal.", "", "JPN", true, false},
	{"b2 komik jepang", "Komik Jepang terjemahan laris di pameran buku.", "", "JPN", true, false},
	{"b2 gaya busana korea", "Gaya busana Korea digemari remaja perkotaan.", "", "KOR", true, false},
	{"b2 keramik china", "Keramik China dari Dinasti Ming dilelang seharga miliaran rupiah.", "", "CHN", true, false},
	{"b2 indonesia masters", "Indonesia Masters 2026 diikuti pebulu tangkis dari 20 negara.", "", "IDN", true, false},
	{"b2 jakarta marathon", "Jakarta Marathon diikuti 30.000 pelari.", "", "IDN", true, false},
	{"b2 program koperasi", "Program Koperasi Merah Putih ditargetkan rampung tahun ini.", "", "", true, false},
	{"b2 proyek kereta cepat", "Proyek Kereta Cepat Jakarta-Surabaya masih dikaji.", "", "", true, false},
	{"b2 kemensos pkh", "Kementerian Sosial memperluas Program Keluarga Harapan ke daerah terpencil.", "idn-social-ministry", "", false, false},
	{"b2 film korea selatan", "Film Korea Selatan berjudul Parasite diputar ulang di bioskop.", "", "KOR", true, false},
	{"b2 dolar hong kong", "Dolar Hong Kong dipatok terhadap dolar AS.", "", "USA", true, false},
	{"b2 uu minerba mk", "Gugatan terhadap UU Minerba ditolak Mahkamah Konstitusi.", "idn-constitutional-court", "", false, false},
	{"b2 uu cipta kerja buruh", "Buruh kembali menolak UU Cipta Kerja dalam aksi di Patung Kuda.", "", "", true, false},
}

// TestPrecisionGrid2Batch2 checks the second batch (Indonesian and
// English), measured after the first rules and before any rule was written
// for it: 16 of 18 and 9 of 11 then, all 29 after.
func TestPrecisionGrid2Batch2(t *testing.T) {
	runNameGrid(t, precisionGrid2Batch2Rows, 18)
	x := extractor(t)
	rows := []wireGridRow{
		{"b2 polri law", "Activists challenged the Polri Law in court.", nil, []string{"idn-police"}, true, false},
		{"b2 fbi law enforcement", "FBI law enforcement officers arrested the suspect in Ohio.", []string{"usa-fbi"}, nil, false, false},
		{"b2 meals program", "The Free Nutritious Meals program reached 20 million children.", nil, nil, true, false},
		{"b2 housing scheme", "The Tiga Juta Rumah scheme needs more land.", nil, nil, true, false},
		{"b2 indonesia open en", "The Indonesia Open drew the world's top shuttlers to Jakarta.", nil, []string{"IDN"}, true, false},
		{"b2 jakarta fair en", "Jakarta Fair opened with hundreds of stalls.", nil, []string{"IDN"}, true, false},
		{"b2 tokyo marathon", "The Tokyo Marathon was held on Sunday.", nil, []string{"JPN"}, true, false},
		{"b2 japanese restaurant", "A Japanese restaurant opened near the station.", nil, []string{"JPN"}, true, false},
		{"b2 korean barbecue", "Korean barbecue chains expanded across Jakarta.", nil, []string{"KOR"}, true, false},
		{"b2 nelson mandela bay mayor", "Nelson Mandela Bay's mayor declared a water emergency.", nil, []string{"nelson-mandela"}, false, false},
		{"b2 storm eowyn", "Storm Eowyn brought record winds to Ireland.", []string{"IRL/state"}, nil, false, false},
	}
	runWireGrid(t, x, rows, "2024-06-01")
}
