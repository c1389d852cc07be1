package extract

import "testing"

// collisionGridRowsID are Indonesian sentences written for the test (made
// up in the style of present-day Indonesian news, never copied from a data
// set) on name collisions: persons whose names are or contain a state, a
// city, a region or a common word (Bima Arya, Surya Paloh, Raja Juli
// Antoni, Kenya Moore, Chad Smith); and traps, where no person is named:
// streets, airports, stadiums, hospitals, universities, ships, storms and
// prizes named after persons (Jalan Sudirman, Bandara Soekarno-Hatta,
// Topan Haikui, KRI Nanggala), companies named after families or common
// words (Grup Salim, Sampoerna, Ford), regions named like persons (Raja
// Ampat, Kota Bima), a state inside a company's or a pageant's name (Bank
// Rakyat Indonesia, Putri Indonesia), and sentence-initial capitalized
// common words that are also given names (Bunga, Intan, Budi). The
// columns are those of nameGridRow (see expertRowProblems): the persons
// and states a row gives must all be in want. Annotated before the
// extractor ran on the rows.
var collisionGridRowsID = []nameGridRow{
	// A prize's name between an occupation and the person's name.
	{"prize between occupation and name", "Ekonom peraih Nobel Joseph Stiglitz mengkritik kebijakan tarif itu.", "joseph-stiglitz", "nobel", false, false},
	// A city whose name is an old office holder's surname.
	{"city of goma is no person", "Pemberontak M23 yang didukung Rwanda merebut Goma pada akhir Januari.", "m23 RWA", "louis-sylvain-goma", false, false},
	// A club known by its city's name after a word for a club.
	{"club after klub sepak bola", "Klub sepak bola Barcelona merekrut gelandang asal Brasil itu dengan nilai transfer rekor.", "fc-barcelona BRA", "barcelona", false, false},
	{"club after klub", "Klub Liverpool resmi memecat pelatih kepalanya pada Minggu malam.", "liverpool-fc", "liverpool", false, false},
	{"city where born stays the city", "Pemain itu lahir di Barcelona pada 1987 dan pindah ke Argentina.", "ARG", "fc-barcelona", false, false},
	// Another state's body named like the state's own ("Dewan Negara" is Malaysia's senate).
	{"state council of china", "Dewan Negara China menerbitkan aturan baru soal ekspor logam tanah jarang.", "chn-state-council", "mys-senate", false, false},
	{"council of state of thailand", "Dewan Negara Thailand menolak usulan amandemen itu.", "tha-dewan-negara-thailand", "mys-senate", false, false},
	{"malaysia's own senate", "Dewan Negara Malaysia menyetujui RUU itu pada Selasa.", "mys-senate", "", false, false},
	// Persons whose names are or contain a place, a state or a word.
	{"id kenya moore", "Aktris Kenya Moore mengumumkan perceraiannya dalam sebuah wawancara pekan lalu.", "kenya-moore", "KEN", false, false},
	// known: "Sosialita" is no title, and "Paris Hilton" alone after it is read by no rule
	{"id paris hilton", "Sosialita Paris Hilton meluncurkan lini parfum barunya di Los Angeles.", "paris-hilton", "", false, true},
	// known: "Chili" inside "Red Hot Chili Peppers" is Chile (Indonesian), and "Drummer" is no title
	{"id chad smith", "Drummer Chad Smith tampil bersama Red Hot Chili Peppers di Jakarta, Sabtu malam.", "chad-smith", "TCD", false, true},
	{"id jordan henderson", "Gelandang Jordan Henderson resmi bergabung dengan Ajax Amsterdam.", "jordan-henderson", "JOR", false, false},
	{"id india walton", "India Walton kalah dalam pemilihan wali kota Buffalo.", "india-walton", "IND", false, false},
	{"id florence pugh", "Aktris Florence Pugh memerankan tokoh utama dalam film itu.", "florence-pugh", "", false, false},
	{"id victoria beckham", "Desainer Victoria Beckham membuka butik barunya di London.", "victoria-beckham", "", false, false},
	{"id sydney sweeney", "Aktris Sydney Sweeney menjadi bintang iklan merek jins tersebut.", "sydney-sweeney", "", false, false},
	// known: "Brooklyn" is a place and no given name of the lists
	{"id brooklyn beckham", "Brooklyn Beckham menikahi aktris Nicola Peltz dalam upacara mewah.", "brooklyn-beckham nicola-peltz", "", false, true},
	{"id israel adesanya kata", "\"Saya belum selesai,\" kata Israel Adesanya kepada wartawan setelah kekalahannya.", "israel-adesanya", "ISR", false, false},
	{"id surya paloh", "Ketua Umum Partai NasDem Surya Paloh menerima kunjungan Presiden Prabowo Subianto.", "surya-paloh prabowo-subianto partai-nasdem", "", false, false},
	{"id raja juli antoni", "Menteri Kehutanan Raja Juli Antoni mencabut izin 18 perusahaan perkebunan.", "raja-juli-antoni", "", false, false},
	// "Bima" after an office read as the region of Bima ("Bupati Bima ..." must keep it); Bima Arya Sugiarto is now in the gazetteer (Indonesian politics grid)
	{"id bima arya", "Wakil Menteri Dalam Negeri Bima Arya Sugiarto meminta kepala daerah memangkas perjalanan dinas.", "bima-arya-sugiarto", "", false, false},
	{"id andika perkasa", "Mantan Panglima TNI Andika Perkasa maju dalam pemilihan gubernur Jawa Tengah.", "andika-perkasa", "", false, false},
	{"id puan maharani", "Ketua DPR Puan Maharani mengatakan rancangan undang-undang itu akan disahkan pekan depan.", "puan-maharani", "", false, false},
	{"id bunga citra lestari", "Penyanyi Bunga Citra Lestari merilis lagu baru bertema kehilangan.", "bunga-citra-lestari", "", false, false},
	{"id cinta laura", "Aktris Cinta Laura Kiehl mengajak anak muda menolak kekerasan seksual.", "cinta-laura-kiehl", "", false, false},
	// known: one word after an occupation that is an ordinary word ("tulus") is no name
	{"id tulus singer", "Penyanyi Tulus menggelar konser tunggal di Istora Senayan, Jakarta.", "tulus", "", false, true},
	{"id rano karno", "Wakil Gubernur Jakarta Rano Karno meninjau lokasi banjir di Kampung Melayu.", "rano-karno", "sukarno", false, false},
	{"id siti nurbaya bakar", "Mantan Menteri Lingkungan Hidup Siti Nurbaya Bakar diperiksa sebagai saksi.", "siti-nurbaya-bakar", "", false, false},
	// known: an ordinary word ("Mentari") inside a name before a word that ends names is not read
	{"id mentari", "Atlet panjat tebing Rizky Mentari Putri meraih medali emas di Shanghai.", "rizky-mentari-putri", "", false, true},
	{"id sri lanka lookalike", "Warga negara Sri Lanka bernama Bintang Perera ditangkap petugas imigrasi di Batam.", "bintang-perera LKA", "", false, false},
	{"id malaysia singapore states", "Malaysia dan Singapura sepakat mempercepat pembangunan jalur kereta lintas batas.", "MYS SGP", "", false, false},
	{"id timor leste state", "Timor Leste resmi menjadi anggota ASEAN ke-11 dalam KTT di Kuala Lumpur.", "TLS asean", "", false, false},
	{"id jakarta team person", "Pelatih Persija Jakarta Carlos Pena mengeluhkan kondisi lapangan.", "carlos-pena persija", "", false, false},
	// known: "Amerika" is the short name of the United States, no given name
	{"id amerika given", "Wasit asal Brasil Amerika Santos memimpin pertandingan itu.", "amerika-santos", "USA", false, true},
	{"id kaesang", "Ketua Umum PSI Kaesang Pangarep mengunjungi kantor DPW di Medan.", "kaesang-pangarep psi", "", false, false},
	{"id erick thohir", "Ketua Umum PSSI Erick Thohir menyebut timnas akan berlatih di Bali.", "erick-thohir pssi", "", false, false},
	{"id putri person", "Putri Ayu Lestari, warga Sleman, melaporkan penipuan itu ke polisi.", "putri-ayu-lestari", "", false, false},
	{"id intan person", "Intan Permatasari mengaku kehilangan uang Rp 50 juta akibat penipuan daring.", "intan-permatasari", "", false, false},
	{"id budi person", "Budi Santoso, pedagang di Pasar Kramat Jati, mengeluhkan harga cabai.", "budi-santoso", "", false, false},
	// known: "Jaya" opening the sentence is an ordinary Indonesian word
	{"id jaya person", "Jaya Suprana membuka museum rekor baru di Semarang.", "jaya-suprana", "", false, true},
	{"id bintang emon", "Komika Bintang Emon mengkritik rencana kenaikan pajak itu.", "bintang-emon", "", false, false},
	{"id agung person", "Agung Laksono meminta kader Golkar tetap solid.", "agung-laksono partai-golkar", "", false, false},

	// Places, facilities and events named after persons: no person.
	{"id trap jalan sudirman", "Jalan Sudirman ditutup selama acara hari bebas kendaraan bermotor, Minggu pagi.", "", "sudirman", false, false},
	{"id trap bandara soekarno-hatta", "Puluhan penerbangan dari Bandara Soekarno-Hatta tertunda akibat cuaca buruk.", "", "sukarno mohammad-hatta", false, false},
	{"id trap gbk", "Laga final Piala AFF digelar di Stadion Gelora Bung Karno, Jakarta.", "", "sukarno", false, false},
	{"id trap rsud soetomo", "Korban luka dirujuk ke RSUD Dr. Soetomo Surabaya.", "", "soetomo dr-soetomo", false, false},
	{"id trap rspad gatot soebroto", "Mantan menteri itu dirawat di RSPAD Gatot Soebroto sejak Selasa.", "", "gatot-soebroto", false, false},
	{"id trap jalan thamrin", "Massa buruh berkumpul di Jalan MH Thamrin sebelum bergerak ke Istana.", "", "mh-thamrin thamrin", false, false},
	{"id trap ngurah rai", "Bandara I Gusti Ngurah Rai ditutup sementara akibat abu vulkanik Gunung Lewotobi.", "", "i-gusti-ngurah-rai", false, false},
	{"id trap sultan hasanuddin", "Penumpang menumpuk di Bandara Sultan Hasanuddin Makassar menjelang Lebaran.", "", "sultan-hasanuddin hasanuddin", false, false},
	{"id trap ugm", "Mahasiswa Universitas Gadjah Mada menggelar aksi di Bundaran UGM.", "", "gadjah-mada", false, false},
	{"id trap patung sudirman", "Patung Jenderal Sudirman di kawasan Dukuh Atas dibersihkan petugas.", "", "sudirman", false, false},
	{"id trap hari kartini", "Hari Kartini diperingati setiap 21 April dengan beragam lomba di sekolah.", "", "kartini", true, false},
	{"id trap tol jagorawi", "Kemacetan panjang terjadi di Jalan Tol Jagorawi dan Jalan Ahmad Yani Bekasi.", "", "ahmad-yani", false, false},
	{"id trap masjid sheikh zayed", "Ribuan jemaah memadati Masjid Raya Sheikh Zayed Solo untuk salat Idul Adha.", "", "sheikh-zayed", false, false},
	{"id trap piala soeratin", "Turnamen Piala Soeratin U-17 bergulir mulai pekan depan di Bandung.", "", "soeratin", false, false},
	{"id trap stadion manahan", "Stadion Manahan dan Stadion Jakabaring disiapkan untuk Piala Dunia U-17.", "", "", false, false},
	{"id trap kampus diponegoro", "Kampus Universitas Diponegoro di Tembalang terendam banjir.", "", "diponegoro", false, false},

	// Ships, aircraft and storms named like persons.
	{"id trap kri nanggala", "Kapal selam KRI Nanggala-402 tenggelam di perairan utara Bali pada 2021.", "", "nanggala", false, false},
	{"id trap kri bung tomo", "KRI Bung Tomo-357 berpatroli di Laut Natuna Utara selama sepekan.", "", "bung-tomo", false, false},
	{"id trap kri martadinata", "Kapal perang KRI Raden Eddy Martadinata-331 tiba di Pelabuhan Tanjung Priok.", "", "raden-eddy-martadinata eddy-martadinata", false, false},
	{"id trap km sinar bangun", "KM Sinar Bangun tenggelam di Danau Toba dengan ratusan penumpang.", "", "sinar-bangun", false, false},
	{"id trap topan haikui", "Topan Haikui menerjang pesisir timur dan memaksa ribuan warga mengungsi.", "", "haikui", false, false},
	{"id trap badai helene", "Badai Helene menewaskan lebih dari seratus orang di wilayah tenggara.", "", "helene", false, false},
	{"id trap siklon seroja", "Siklon Tropis Seroja menerjang Nusa Tenggara Timur dan merusak ribuan rumah.", "", "seroja", false, false},
	{"id trap topan yagi", "Topan Yagi membawa hujan lebat ke Hanoi dan Haiphong.", "", "yagi", false, false},
	{"id trap kereta whoosh", "Kereta Cepat Whoosh mengangkut 20 ribu penumpang selama libur panjang.", "", "whoosh", false, false},

	// Companies and groups named after families or words: no person.
	{"id trap grup salim", "Grup Salim menambah kepemilikan saham di perusahaan tambang itu.", "salim-group", "salim", false, false},
	{"id trap sampoerna", "Sampoerna menaikkan harga rokok mulai bulan depan.", "", "sampoerna", false, false},
	{"id trap ford", "Ford menarik kembali 90 ribu mobil karena masalah rem.", "", "ford", false, false},
	{"id trap tesla shares", "Saham Tesla anjlok setelah laporan penjualan kuartal kedua dirilis.", "", "nikola-tesla tesla/person", false, false},
	{"id trap boeing", "Boeing menunda pengiriman pesawat 737 MAX kepada maskapai pelanggan.", "boeing", "", false, false},
	{"id trap hadiah nobel", "Hadiah Nobel Fisika tahun ini diberikan kepada dua ilmuwan.", "", "nobel alfred-nobel", false, false},
	{"id trap bri", "Bank Rakyat Indonesia menyalurkan kredit usaha rakyat Rp 180 triliun.", "bri", "IDN", false, false},
	{"id trap garuda", "Garuda Indonesia menambah penerbangan ke Jeddah selama musim haji.", "garuda-indonesia", "IDN", false, false},
	{"id trap sinar mas", "Sinar Mas membantah tuduhan pembakaran lahan di Riau.", "sinar-mas", "", false, false},
	{"id trap bank mandiri", "Bank Mandiri mencatat laba bersih Rp 26 triliun pada semester pertama.", "", "mandiri", false, false},
	{"id trap djarum", "Djarum Foundation membuka beasiswa untuk mahasiswa berprestasi.", "", "djarum", false, false},

	// Regions named like persons, and a state in a title.
	{"id trap raja ampat", "Wisatawan asing memadati Raja Ampat selama musim liburan.", "", "raja-ampat", false, false},
	{"id trap kota bima", "Warga Kota Bima memprotes kenaikan tarif air bersih.", "", "bima", false, false},
	{"id trap jayawijaya", "Banjir bandang melanda Kabupaten Jayawijaya, Papua Pegunungan.", "", "jayawijaya", false, false},
	// known: a pageant's title "Putri Indonesia" names the state
	{"id trap putri indonesia", "Putri Indonesia 2024 dinobatkan dalam malam final di Jakarta.", "", "IDN putri-indonesia", false, true},
	{"id trap tanjung priok", "Petikemas menumpuk di Tanjung Priok akibat pemeriksaan jalur merah.", "", "tanjung-priok", false, false},
	{"id trap muara enim", "Tambang batu bara di Muara Enim longsor dan menewaskan tiga pekerja.", "", "muara-enim", false, false},

	// Sentence-initial common words that are also given names.
	{"id trap bunga deposito", "Bunga deposito perbankan turun setelah bank sentral memangkas suku bunga.", "", "bunga", false, false},
	{"id trap intan", "Intan seberat 50 karat ditemukan penambang tradisional di Martapura.", "", "intan", false, false},
	{"id trap budi pekerti", "Budi pekerti siswa perlu dibentuk sejak dini, kata kepala sekolah itu.", "", "budi", false, false},
	{"id trap cahaya", "Cahaya lampu jalan di kawasan itu padam sejak sepekan lalu.", "", "cahaya", false, false},
	{"id trap bintang film", "Bintang film laga itu meninggal dunia pada usia 72 tahun.", "", "bintang", false, false},
	{"id trap surya panel", "Surya Energi Indotama membangun pembangkit tenaga surya di Sumbawa.", "", "surya-energi-indotama/person", false, false},
	{"id trap mulia", "Mulia hati para relawan itu dipuji warga yang terdampak gempa.", "", "mulia", false, false},
	{"id trap merdeka", "Merdeka Copper Gold menambah cadangan emas di tambang Tujuh Bukit.", "", "merdeka", false, false},
}

// TestCollisionGridID checks collisionGridRowsID: 64 of 84 rows passed
// before the rules for them, 73 of 84 after (the floor; known rows say why
// they fail).
func TestCollisionGridID(t *testing.T) {
	runNameGrid(t, collisionGridRowsID, 80)
}

// TestCollisionGrid checks English sentences written for the test (made up
// in the style of present-day wire news, never copied from a data set) on
// name collisions: persons named like states, cities and words (Kenya
// Moore, Paris Hilton, Chad Smith, India Walton, Florence Pugh); traps,
// where no person is named: companies named after persons (Ford, Tesla,
// Dell, Boeing, Goldman Sachs), prizes, streets, airports, stadiums, ships
// and storms named after persons, and sentence-initial capitalized words
// that are also given names. Rows as in TestEnglishWireGrid (nameProblems);
// annotated before the extractor ran on them. 66 of 85 rows passed before
// the rules for them, 77 of 85 after (the floor; known rows say why they
// fail).
func TestCollisionGrid(t *testing.T) {
	x := extractor(t)
	rows := []wireGridRow{
		// Persons whose names are or contain a state, a city or a word.
		{"en kenya moore", "Kenya Moore said on Tuesday she would leave the reality show.", []string{"kenya-moore/person"}, []string{"KEN"}, false, false},
		{"en paris hilton", "Paris Hilton testified before a congressional committee about abuse at youth facilities.", []string{"paris-hilton/person"}, nil, false, false},
		{"en chad smith", "Red Hot Chili Peppers drummer Chad Smith said the band would tour Asia next year.", []string{"chad-smith/person"}, []string{"TCD"}, false, false},
		{"en jordan henderson", "Jordan Henderson captained England in the friendly against Bosnia.", []string{"jordan-henderson/person"}, []string{"JOR"}, false, false},
		{"en india walton", "India Walton, a democratic socialist, lost the mayoral race in Buffalo.", []string{"india-walton/person"}, []string{"IND"}, false, false},
		{"en florence pugh", "Florence Pugh will star in the new thriller, the studio said.", []string{"florence-pugh/person"}, nil, false, false},
		{"en victoria beckham", "Victoria Beckham unveiled her spring collection at Paris Fashion Week.", []string{"victoria-beckham/person"}, nil, false, false},
		{"en sydney sweeney", "Sydney Sweeney defended the advertising campaign in an interview.", []string{"sydney-sweeney/person"}, nil, false, false},
		// known: "Brooklyn" is a place and no given name of the lists
		{"en brooklyn beckham", "Brooklyn Beckham and Nicola Peltz renewed their vows in Miami.", []string{"brooklyn-beckham/person", "nicola-peltz/person"}, nil, false, true},
		{"en israel adesanya said", "\"I'm not done yet,\" Israel Adesanya told reporters after the fight.", []string{"israel-adesanya/person"}, []string{"ISR"}, false, false},
		{"en georgia person", "Georgia Clark, 34, was charged with fraud in federal court.", []string{"georgia-clark/person"}, []string{"GEO"}, false, false},
		{"en jordan as given", "Jordan Peterson cancelled his Australian tour.", []string{"jordan-peterson/person"}, []string{"JOR"}, false, false},
		{"en chelsea person", "Chelsea Clinton spoke at the foundation's annual meeting in New York.", []string{"chelsea-clinton/person"}, []string{"chelsea-fc"}, false, false},
		{"en dallas person", "Dallas Goedert caught two touchdown passes in the win.", []string{"dallas-goedert/person"}, nil, false, false},
		{"en austin person", "Lloyd Austin met his Japanese counterpart in Tokyo on Monday.", []string{"lloyd-austin/person"}, nil, false, false},
		{"en houston person", "Whitney Houston's former home was sold for $2 million.", []string{"whitney-houston/person"}, nil, false, false},
		{"en christian as given", "Christian Pulisic scored twice as AC Milan beat Lecce.", []string{"christian-pulisic/person"}, nil, false, false},
		{"en rich as surname", "Barbara Rich, a lawyer for the family, said they would appeal.", []string{"barbara-rich/person"}, nil, false, false},
		// known: "Will" is a given name only before a census surname that is no English word; "smith" is one
		{"en will as given", "Will Smith apologized again for the incident at the Oscars.", []string{"will-smith/person"}, nil, false, true},
		{"en may as given", "May Mobility chief executive Edwin Olson said the robotaxis would launch in Atlanta.", []string{"edwin-olson/person"}, []string{"may/person"}, false, false},
		{"en ford person", "Harrison Ford received a lifetime achievement award on Sunday.", []string{"harrison-ford/person"}, []string{"ford-motor"}, false, false},
		{"en dell person", "Michael Dell said the company would cut 10 percent of its workforce.", []string{"michael-dell/person"}, nil, false, false},
		{"en tesla ceo", "Tesla chief executive Elon Musk said deliveries would rise this quarter.", []string{"elon-musk/person", "tesla/organization"}, nil, false, false},
		// known: "Denzel" is no given name of the lists, so "Washington" stays the capital
		{"en washington person", "Denzel Washington will play Hannibal in the new film.", []string{"denzel-washington/person"}, []string{"USA"}, false, true},
		{"en lincoln person", "Blanche Lincoln, a former senator from Arkansas, endorsed the candidate.", []string{"blanche-lincoln/person"}, nil, false, false},
		{"en kingston person", "Jack Kingston, a former congressman, joined the campaign as an adviser.", []string{"jack-kingston/person"}, []string{"JAM"}, false, false},
		// known: a state's name before a surname and "Jr." is not read as a given name
		{"en cuba as surname", "Cuba Gooding Jr. was sentenced to probation.", []string{"cuba-gooding-jr/person"}, []string{"CUB"}, false, true},
		// known: "China" is no given name of the lists
		{"en china as given", "China Anne McClain joined the cast of the sequel.", []string{"china-anne-mcclain/person"}, []string{"CHN"}, false, true},
		{"en states proper", "Chad and Niger agreed to reopen their border crossing.", []string{"TCD", "NER"}, nil, false, false},
		{"en jordan state", "Jordan closed its airspace as missiles flew overhead.", []string{"JOR"}, nil, false, false},
		{"en georgia state us", "Georgia election officials certified the results on Friday.", nil, []string{"GEO"}, false, false},
		// "Bima" read as the regency of Bima before "Arya Sugiarto" until Bima Arya Sugiarto was added to the gazetteer (Indonesian politics grid)
		{"en indonesian person place name", "Bima Arya Sugiarto, the deputy home affairs minister, told regional heads to cut travel.", []string{"bima-arya-sugiarto/person"}, nil, false, false},

		// Companies named after persons: no person.
		{"en trap ford recall", "Ford recalled 90,000 vehicles over faulty brakes.", nil, []string{"ford/person", "henry-ford"}, false, false},
		{"en trap tesla shares", "Tesla shares fell 6 percent after the company missed delivery forecasts.", []string{"tesla/organization"}, []string{"tesla/person", "nikola-tesla"}, false, false},
		{"en trap dell earnings", "Dell beat quarterly earnings estimates on strong demand for AI servers.", nil, []string{"dell/person", "michael-dell"}, false, false},
		{"en trap boeing", "Boeing delayed deliveries of its 737 MAX jets to Chinese airlines.", []string{"boeing/organization"}, []string{"boeing/person"}, false, false},
		{"en trap goldman", "Goldman Sachs raised its forecast for US growth.", []string{"goldman-sachs/organization"}, []string{"goldman-sachs/person"}, false, false},
		{"en trap nobel prize", "The Nobel Peace Prize will be announced in Oslo on Friday.", nil, []string{"nobel/person", "alfred-nobel"}, true, false},
		{"en trap mcdonalds", "McDonald's said sales fell in the Middle East because of boycotts.", nil, []string{"mcdonald/person", "mcdonald-s/person"}, false, false},
		{"en trap walt disney", "Walt Disney Co. reported higher profit at its parks division.", nil, []string{"walt-disney/person"}, false, false},
		{"en trap johnson", "Johnson & Johnson agreed to pay $700 million to settle the claims.", nil, []string{"johnson/person", "johnson-johnson/person"}, false, false},
		{"en trap morgan stanley", "Morgan Stanley cut its rating on the bank's shares.", nil, []string{"morgan-stanley/person"}, false, false},
		{"en trap ferrari", "Ferrari raised its profit guidance for the year.", nil, []string{"ferrari/person"}, false, false},
		{"en trap porsche", "Porsche lowered its sales target after weak demand in China.", nil, []string{"porsche/person"}, false, false},
		{"en trap hilton hotels", "Hilton said it would open 100 hotels in the region by 2030.", nil, []string{"hilton/person"}, false, false},
		// known: a census surname opening the sentence stays a person before "its" ("Smith criticized the agency for its ...")
		{"en trap merck", "Merck won approval for its new cancer drug.", nil, []string{"merck/person"}, false, true},
		{"en trap wells fargo", "Wells Fargo agreed to pay a fine to regulators.", nil, []string{"wells-fargo/person"}, false, false},
		{"en trap lockheed martin", "Lockheed Martin won a contract to build more F-35 jets.", nil, []string{"lockheed-martin/person", "martin/person"}, false, false},

		// Places, facilities, prizes and events named after persons.
		{"en trap jfk airport", "Flights at John F. Kennedy International Airport were delayed by storms.", nil, []string{"john-f-kennedy/person", "john-f-kennedy", "kennedy/person"}, false, false},
		{"en trap soekarno-hatta airport", "Passengers were stranded at Soekarno-Hatta International Airport on Sunday.", nil, []string{"sukarno", "mohammad-hatta"}, false, false},
		{"en trap gbk", "The final will be played at Gelora Bung Karno Stadium in Jakarta.", nil, []string{"sukarno"}, false, false},
		{"en trap sudirman street", "Traffic was diverted from Jalan Sudirman during the protest.", nil, []string{"sudirman/person"}, false, false},
		{"en trap lincoln memorial", "Protesters gathered at the Lincoln Memorial on Saturday.", nil, []string{"abraham-lincoln", "lincoln/person"}, false, false},
		{"en trap washington dc", "Washington Dulles International Airport reopened after the outage.", nil, []string{"george-washington", "washington/person"}, false, false},
		{"en trap reagan airport", "A jet collided with a helicopter near Ronald Reagan Washington National Airport.", nil, []string{"ronald-reagan"}, false, false},
		{"en trap charles de gaulle", "Strikes disrupted flights at Charles de Gaulle airport.", nil, []string{"charles-de-gaulle"}, false, false},
		{"en trap ben gurion", "Airlines suspended flights to Ben Gurion airport after the attack.", nil, []string{"david-ben-gurion", "ben-gurion/person"}, false, false},
		{"en trap mandela day", "Volunteers marked Nelson Mandela International Day with clean-ups.", nil, []string{"nelson-mandela"}, false, false},
		{"en trap martin luther king day", "Markets were closed for Martin Luther King Jr. Day.", nil, []string{"martin-luther-king-jr", "martin-luther-king"}, true, false},
		{"en trap pulitzer", "The newspaper won a Pulitzer Prize for its coverage of the fires.", nil, []string{"joseph-pulitzer", "pulitzer/person"}, false, false},
		// "Vinicius Junior" after "ahead of": a gazetteer name since the enwiki42 grid
		{"en trap ballon dor", "Rodri won the Ballon d'Or ahead of Vinicius Junior.", []string{"rodri/person", "vinicius-junior/person"}, nil, false, false},
		{"en trap uss gerald ford", "The USS Gerald R. Ford aircraft carrier arrived in the eastern Mediterranean.", nil, []string{"gerald-ford", "gerald-r-ford"}, false, false},
		{"en trap uss carl vinson", "The USS Carl Vinson sailed into the South China Sea.", nil, []string{"carl-vinson"}, false, false},
		{"en trap kri nanggala", "The submarine KRI Nanggala sank off Bali with 53 crew aboard.", nil, []string{"nanggala"}, false, false},
		{"en trap hurricane helene", "Hurricane Helene killed more than 200 people across six states.", nil, []string{"helene"}, true, false},
		{"en trap hurricane milton", "Hurricane Milton made landfall near Siesta Key on Wednesday night.", nil, []string{"milton"}, true, false},
		{"en trap typhoon haikui", "Typhoon Haikui forced thousands of residents to evacuate.", nil, []string{"haikui"}, true, false},
		{"en trap storm ciaran", "Storm Ciaran brought winds of 100 mph to the Channel coast.", nil, []string{"ciaran"}, false, false},
		{"en trap cyclone freddy", "Cyclone Freddy killed hundreds of people in Malawi.", nil, []string{"freddy"}, false, false},
		{"en trap queen mary", "The Queen Mary 2 docked in Southampton after a transatlantic crossing.", nil, []string{"queen-mary", "mary/person"}, false, false},
		{"en trap princess cruises", "Princess Cruises cancelled sailings to the island.", nil, []string{"princess-cruises/person"}, false, false},

		// Sentence-initial capitalized words that are also given names.
		{"en trap will", "Will the central bank cut rates again? Economists are divided.", nil, []string{"will/person"}, false, false},
		{"en trap grace", "Grace periods for student loan payments ended in October.", nil, []string{"grace/person"}, true, false},
		{"en trap hope", "Hope faded for survivors as rescuers dug through the rubble.", nil, []string{"hope/person"}, true, false},
		{"en trap frank", "Frank discussions between the two sides continued late into the night.", nil, []string{"frank/person"}, false, false},
		{"en trap rich", "Rich countries pledged $300 billion a year in climate finance.", nil, []string{"rich/person"}, false, false},
		{"en trap august", "August retail sales rose more than expected.", nil, []string{"august/person"}, false, false},
		{"en trap bill", "Bill passage is expected next week, the majority leader said.", nil, []string{"bill/person"}, false, false},
		{"en trap victoria state", "Victoria recorded its hottest day in a decade.", nil, []string{"victoria/person"}, false, false},
		{"en trap sydney city", "Sydney residents were told to stay indoors because of smoke.", nil, []string{"sydney/person"}, false, false},
		{"en trap florence city", "Florence banned new short-term rentals in its historic center.", nil, []string{"florence/person"}, false, false},
		{"en trap paris city", "Paris will host the summit on artificial intelligence.", nil, []string{"paris/person"}, false, false},
		{"en trap brooklyn", "Brooklyn prosecutors charged five men in the scheme.", nil, []string{"brooklyn/person"}, false, false},
		{"en trap georgia state person", "Georgia's governor declared a state of emergency ahead of the storm.", nil, []string{"georgia/person", "GEO"}, false, false},
		{"en trap india", "India Gate was lit up for the celebrations.", nil, []string{"india-gate/person"}, false, false},
		// Added at the merge, as regressions the sweep of the Wikinews texts
		// found: a lone given name before a passive or a verb of people is
		// a person.
		{"en gloria passive", "Gloria was finally taken to the emergency department shortly before her death.", []string{"gloria/person"}, nil, false, false},
		{"en maria joined", "Maria joined the protest outside the court on Monday.", []string{"maria/person"}, nil, false, false},
	}
	if len(rows) < 80 {
		t.Errorf("grid has %d rows, want at least 80", len(rows))
	}
	runWireGrid(t, x, rows, "2024-06-01")
}
