package extract

import "testing"

// scienceGridRows are Indonesian sentences written for the test (made up in
// the style of the science, technology, health, sports and culture pages of
// Kompas, Detik, Tempo, Antara and CNN Indonesia; never copied from a data
// set) on the non-political news the held-out set also holds: research
// bodies and space agencies (NASA, ESA, BRIN, LAPAN, CERN, JAXA, ISRO,
// "Badan Antariksa Eropa"), universities (actors, as the dev sets annotate
// them) and hospitals (places: a hospital that treats or receives a patient
// is no actor, as TestNoActorGrid has it), scientists and doctors with
// their titles ("Prof.", "dr.", "peneliti", "ilmuwan", "epidemiolog"),
// health bodies (WHO, CDC, Kemenkes, BPOM, IDI), technology companies and
// their executives, sports federations, clubs and athletes, artists and
// their works, and sentences with no actor at all (facts of science and
// nature). Traps name no actor: species, diseases and viruses, planets,
// comets, telescopes and spacecraft named after persons or places ("Virus
// Marburg", "Planet Mars", "Teleskop James Webb", "Penyakit Parkinson"),
// software and products ("Windows", "Galaxy", "Java", "Claude"), a
// national team ("Timnas Indonesia", as TestTranslatedNewsGrid has it), a
// tournament named like a state ("Australia Terbuka"), a language
// ("bahasa Inggris"), titles of films, albums and novels.
//
// Ids (decided before the extractor ran on the rows) follow
// TestEncyclopedicGrid: a person or body the gazetteer holds is its id;
// any other person the lower-case slug of the name as written, less titles;
// a body the gazetteer lacked the id its kind follows (idn-lapan as
// idn-brin, cern, pbsi, bwf, university-of-oxford, anthropic). A state named
// in the row (demonym, origin, as a place or a party) is an actor; a state
// inside a body's, a team's, a tournament's or a work's name is not.
// Persons and states are annotated completely (runNameGrid), organizations
// only where the row names them; a band is left unannotated (no person).
// known marks a known failure with its reason: the test fails when it
// starts passing.
var scienceGridRows = []nameGridRow{
	// Space agencies and research bodies.
	{"sci nasa teleskop", "NASA meluncurkan teleskop luar angkasa baru untuk mengamati planet di luar tata surya.", "usa-nasa", "", false, false},
	{"sci esa ariane", "Badan Antariksa Eropa (ESA) menunda peluncuran roket Ariane 6 karena cuaca buruk.", "esa", "", false, false},
	{"sci brin vaksin", "Badan Riset dan Inovasi Nasional (BRIN) mengembangkan vaksin berbasis protein rekombinan.", "idn-brin", "", false, false},
	{"sci kepala brin", "Kepala BRIN Laksana Tri Handoko mengatakan anggaran riset tahun depan akan naik.", "idn-brin laksana-tri-handoko", "", false, false},
	{"sci peneliti brin hilal", "Peneliti BRIN Thomas Djamaluddin memperkirakan hilal sudah terlihat pada Selasa petang.", "idn-brin thomas-djamaluddin", "", false, false},
	{"sci lapan sampah antariksa", "LAPAN memantau jatuhnya sampah antariksa di perairan Sulawesi.", "idn-lapan", "", false, false},
	{"sci lapan long", "Lembaga Penerbangan dan Antariksa Nasional mencatat hujan meteor Perseid mencapai puncaknya pekan ini.", "idn-lapan", "", false, false},
	{"sci jaxa slim", "Badan Antariksa Jepang JAXA berhasil mendaratkan wahana SLIM di permukaan Bulan.", "jpn-jaxa", "", false, false},
	{"sci cern partikel", "Para ilmuwan CERN mengumumkan penemuan partikel baru dari eksperimen Large Hadron Collider.", "cern", "", false, false},
	{"sci isro chandrayaan", "ISRO mendaratkan wahana Chandrayaan-3 di dekat kutub selatan Bulan.", "ind-isro", "", false, false},
	{"sci cnsa tiangong", "Badan Antariksa China (CNSA) mengirim tiga astronaut ke stasiun luar angkasa Tiangong.", "chn-cnsa", "", false, false},
	{"sci astronaut nasa", "Astronaut NASA Sunita Williams kembali ke Bumi setelah sembilan bulan di Stasiun Luar Angkasa Internasional.", "usa-nasa sunita-williams", "", false, false},
	{"sci spacex starship", "Roket Starship milik SpaceX meledak beberapa menit setelah lepas landas dari Texas.", "spacex", "", false, false},
	{"sci ilmuwan jepang", "Ilmuwan Jepang Hiroshi Tanaka memimpin riset sel punca di Universitas Kyoto.", "hiroshi-tanaka JPN", "", false, false},
	{"sci pratiwi astronaut", "Ilmuwan asal Indonesia Prof. Pratiwi Sudarmono pernah terpilih sebagai calon astronaut NASA.", "pratiwi-sudarmono IDN usa-nasa", "", false, false},
	{"sci kepala bmkg", "Kepala BMKG Dwikorita Karnawati mengingatkan potensi cuaca ekstrem sepekan ke depan.", "idn-bmkg dwikorita-karnawati", "", false, false},
	{"sci bmkg gempa", "Gempa bermagnitudo 5,6 mengguncang Cianjur, menurut BMKG.", "idn-bmkg", "", false, false},
	{"sci profesor astronomi", "Profesor astronomi ITB Premana W. Premadi menjelaskan fenomena gerhana matahari total.", "institut-teknologi-bandung premana-w-premadi", "", false, false},

	// Universities.
	{"sci ugm genose", "Universitas Gadjah Mada mengembangkan alat deteksi dini Covid-19 bernama GeNose.", "universitas-gadjah-mada", "", false, false},
	{"sci rektor itb", "Rektor ITB Reini Wirahadikusumah meresmikan laboratorium kecerdasan buatan.", "institut-teknologi-bandung reini-wirahadikusumah", "", false, false},
	{"sci tim peneliti ipb", "Tim peneliti Institut Pertanian Bogor menemukan varietas padi tahan kekeringan.", "institut-pertanian-bogor", "", false, false},
	{"sci guru besar fk ui", "Guru Besar Fakultas Kedokteran Universitas Indonesia Prof. Tjandra Yoga Aditama mengingatkan ancaman flu burung.", "universitas-indonesia tjandra-yoga-aditama", "", false, false},
	{"sci peneliti unair", "Peneliti Universitas Airlangga menemukan senyawa antivirus dari tanaman sambiloto.", "universitas-airlangga", "", false, false},
	{"sci oxford astrazeneca", "Universitas Oxford dan AstraZeneca mengembangkan vaksin malaria generasi baru.", "university-of-oxford astrazeneca", "", false, false},
	{"sci mit boston", "Massachusetts Institute of Technology (MIT) membuka pusat riset iklim di Boston.", "massachusetts-institute-of-technology", "", false, false},
	{"sci peneliti iklim ui comma", "Menurut peneliti iklim Universitas Indonesia, Budi Haryanto, suhu rata-rata Jakarta naik 1,5 derajat.", "universitas-indonesia budi-haryanto", "", false, false},
	{"sci epidemiolog griffith", "Epidemiolog Universitas Griffith Dicky Budiman menilai lonjakan kasus belum mencapai puncak.", "dicky-budiman", "", false, false},

	// Hospitals, doctors and health bodies.
	{"sci dokter spesialis anak", "Dokter spesialis anak dr. Piprim Basarah Yanuarso mengingatkan orang tua agar melengkapi imunisasi anak.", "piprim-basarah-yanuarso", "", false, false},
	{"sci dirut rscm", "Direktur Utama RSCM dr. Supriyanto Dharmoredjo mengatakan ruang isolasi masih mencukupi.", "supriyanto-dharmoredjo", "", false, false},
	{"sci rsup sardjito", "Pasien cacar monyet itu kini dirawat di RSUP Dr. Sardjito, Yogyakarta.", "", "sardjito", true, false},
	{"sci rs hasan sadikin", "Rumah Sakit Hasan Sadikin Bandung menambah ruang perawatan pasien demam berdarah.", "", "hasan-sadikin", true, false},
	{"sci jubir kemenkes", "Juru bicara Kemenkes dr. Siti Nadia Tarmizi mengatakan kasus DBD meningkat tajam.", "idn-health-ministry siti-nadia-tarmizi", "", false, false},
	{"sci menkes", "Menteri Kesehatan Budi Gunadi Sadikin meminta rumah sakit menambah tempat tidur bagi pasien ISPA.", "budi-gunadi-sadikin", "", false, false},
	{"sci kemenkes campak", "Kementerian Kesehatan mencatat 1.200 kasus campak sepanjang tahun ini.", "idn-health-ministry", "", false, false},
	{"sci bpom sirop", "BPOM menarik peredaran obat sirop yang mengandung etilen glikol.", "idn-bpom", "", false, false},
	{"sci kepala bpom", "Kepala BPOM Taruna Ikrar mengatakan izin edar vaksin itu sudah diterbitkan.", "idn-bpom taruna-ikrar", "", false, false},
	{"sci who mpox", "WHO menetapkan wabah mpox sebagai darurat kesehatan global.", "who", "", false, false},
	{"sci cdc flu burung", "Pusat Pengendalian dan Pencegahan Penyakit AS (CDC) melaporkan kasus flu burung pada sapi perah.", "usa-cdc", "", false, false},
	{"sci idi dokter asing", "Ikatan Dokter Indonesia (IDI) menolak rencana pemerintah mendatangkan dokter asing.", "ikatan-dokter-indonesia", "", false, false},
	{"sci ketum pb idi", "Ketua Umum PB IDI Adib Khumaidi mengkritik sejumlah pasal RUU Kesehatan.", "ikatan-dokter-indonesia adib-khumaidi", "", false, false},
	{"sci pfizer biontech", "Pfizer dan BioNTech mengajukan izin darurat vaksin untuk anak di bawah lima tahun.", "pfizer biontech", "", false, false},
	{"sci bio farma polio", "Bio Farma mulai memproduksi vaksin polio jenis baru untuk kebutuhan dunia.", "bio-farma", "", false, false},
	{"sci unicef sekolah", "UNICEF memperingatkan jutaan anak terancam putus sekolah akibat pandemi.", "unicef", "", false, false},
	{"sci ahli gizi", "Ahli gizi dr. Tan Shot Yen menyarankan masyarakat mengurangi konsumsi gula.", "tan-shot-yen", "", false, false},

	// Technology companies and their executives.
	{"sci ceo apple", "CEO Apple Tim Cook meresmikan Apple Developer Academy ketiga di Bali.", "tim-cook apple-inc", "", false, false},
	{"sci google gemini bahasa", "Google meluncurkan model kecerdasan buatan Gemini dalam bahasa Indonesia.", "google", "IDN", false, false},
	{"sci openai chatgpt", "OpenAI merilis ChatGPT versi terbaru yang mampu memahami gambar dan suara.", "openai", "", false, false},
	{"sci ceo openai", "CEO OpenAI Sam Altman mengatakan kecerdasan buatan umum bisa tercapai dalam lima tahun.", "sam-altman openai", "", false, false},
	{"sci nvidia dolar as", "Nvidia menjadi perusahaan pertama yang nilai pasarnya menembus 4 triliun dolar AS.", "nvidia", "USA", false, false},
	{"sci pengguna windows", "Pengguna Windows melaporkan gangguan setelah pembaruan sistem operasi pekan lalu.", "", "windows", true, false},
	{"sci samsung galaxy", "Samsung memperkenalkan ponsel lipat Galaxy Z Fold terbaru di Surabaya.", "samsung", "galaxy", false, false},
	{"sci java python", "Bahasa pemrograman Java dan Python paling banyak dipakai pengembang perangkat lunak.", "", "python", true, false},
	{"sci meta akun palsu", "Meta menghapus ribuan akun palsu yang menyebarkan hoaks menjelang pemilu.", "meta-platforms", "", false, false},
	{"sci menkomdigi tiktok", "Menteri Komunikasi dan Digital Meutya Hafid memanggil perwakilan TikTok terkait konten judi daring.", "meutya-hafid tiktok", "", false, false},
	{"sci komdigi blokir", "Kementerian Komunikasi dan Digital memblokir ribuan situs judi daring.", "idn-communication-ministry", "", false, false},
	{"sci pendiri microsoft", "Pendiri Microsoft Bill Gates mengunjungi pusat riset tuberkulosis di Bandung.", "bill-gates microsoft", "", false, false},
	{"sci huawei bantah", "Huawei membantah tuduhan bahwa perangkatnya digunakan untuk memata-matai pengguna.", "huawei", "", false, false},
	{"sci anthropic claude", "Perusahaan rintisan kecerdasan buatan Anthropic meluncurkan model Claude terbaru.", "anthropic", "claude", false, false},
	{"sci hassabis nobel", "CEO Google DeepMind Demis Hassabis meraih Nobel Kimia bersama John Jumper.", "demis-hassabis john-jumper", "", false, false},
	{"sci iphone tkdn", "Ponsel iPhone 16 belum boleh dijual karena belum memenuhi syarat kandungan lokal.", "", "apple-inc", true, false},

	// Sports: federations, clubs, athletes.
	{"sci fifa denda pssi", "FIFA menjatuhkan denda kepada PSSI atas kericuhan suporter di Stadion Gelora Bung Karno.", "fifa pssi", "", false, false},
	{"sci ketum pssi kluivert", "Ketua Umum PSSI Erick Thohir mengumumkan Patrick Kluivert sebagai pelatih baru tim nasional.", "pssi erick-thohir patrick-kluivert", "", false, false},
	{"sci pelatih persib", "Pelatih Persib Bojan Hodak puas dengan permainan anak asuhnya.", "persib bojan-hodak", "", false, false},
	{"sci persija persebaya", "Persija Jakarta menang 2-1 atas Persebaya Surabaya dalam laga lanjutan Liga 1.", "persija persebaya", "", false, false},
	{"sci pebulu tangkis jojo", "Pebulu tangkis Jonatan Christie melaju ke final All England setelah mengalahkan wakil China.", "jonatan-christie CHN", "", false, false},
	{"sci petenis sinner", "Petenis Jannik Sinner menjuarai Australia Terbuka untuk kedua kalinya.", "jannik-sinner", "AUS", false, false},
	{"sci ioc rusia", "Komite Olimpiade Internasional (IOC) mengizinkan atlet Rusia bertanding sebagai atlet netral.", "ioc RUS", "", false, false},
	{"sci lifter rizki", "Lifter Rizki Juniansyah meraih medali emas Olimpiade Paris 2024.", "rizki-juniansyah", "", false, false},
	{"sci mu pecat", "Manchester United memecat pelatih Erik ten Hag setelah rentetan hasil buruk.", "manchester-united erik-ten-hag", "", false, false},
	{"sci striker real madrid", "Striker Real Madrid Kylian Mbappe mencetak dua gol ke gawang Barcelona.", "real-madrid kylian-mbappe", "", false, false},
	{"sci pbsi asian games", "PBSI menargetkan dua medali emas pada Asian Games mendatang.", "pbsi", "", false, false},
	{"sci bwf jadwal", "Federasi Bulu Tangkis Dunia (BWF) merevisi jadwal turnamen akibat cuaca panas.", "bwf", "", false, false},
	{"sci pembalap ducati", "Pembalap Ducati Francesco Bagnaia memenangi balapan MotoGP Mandalika.", "francesco-bagnaia", "", false, false},
	{"sci timnas u23", "Timnas Indonesia U-23 lolos ke semifinal Piala Asia untuk pertama kalinya.", "", "IDN", true, false},
	{"sci menpora", "Menteri Pemuda dan Olahraga Dito Ariotedjo menyambut para atlet peraih medali di bandara.", "dito-ariotedjo", "", false, false},

	// Culture: artists and their works.
	{"sci penyanyi raisa", "Penyanyi Raisa Andriana merilis album baru berjudul Harmoni.", "raisa-andriana", "harmoni", false, false},
	{"sci film jumbo", "Film Jumbo karya sutradara Ryan Adriandhy menembus sepuluh juta penonton.", "ryan-adriandhy", "jumbo", false, false},
	{"sci coldplay gbk", "Grup musik Coldplay menggelar konser di Stadion Utama Gelora Bung Karno.", "", "", false, false},
	{"sci sutradara joko anwar", "Sutradara Joko Anwar mengumumkan film horor terbarunya akan tayang Agustus.", "joko-anwar", "joko-widodo", false, false},
	{"sci aktris dian", "Aktris Dian Sastrowardoyo meraih Piala Citra untuk kategori pemeran utama terbaik.", "dian-sastrowardoyo", "", false, false},
	{"sci novel leila", "Novel Laut Bercerita karya Leila S. Chudori diterjemahkan ke dalam bahasa Inggris.", "leila-s-chudori", "GBR", false, false},
	{"sci menbud fadli", "Menteri Kebudayaan Fadli Zon meresmikan pameran keris di Surakarta.", "fadli-zon", "", false, false},
	{"sci unesco kebaya", "UNESCO menetapkan kebaya sebagai warisan budaya takbenda.", "unesco", "", false, false},
	// known: "Museum Nasional" is read as an organization (a head word and Nasional); the museum reopening is a building
	{"sci museum nasional", "Museum Nasional kembali dibuka untuk umum setelah kebakaran tahun lalu.", "", "", true, true},

	// No actor: facts of science and nature.
	{"sci ilmuwan katak", "Para ilmuwan menemukan spesies katak baru di pegunungan Papua.", "", "", true, false},
	{"sci planet mars", "Planet Mars memiliki gunung berapi tertinggi di tata surya.", "", "mars", true, false},
	{"sci james webb", "Teleskop James Webb menangkap gambar galaksi yang terbentuk 13 miliar tahun lalu.", "", "james-webb", true, false},
	{"sci chang'e", "Wahana Chang'e 6 membawa pulang sampel batuan dari sisi jauh Bulan.", "", "", true, false},
	{"sci virus marburg", "Virus Marburg dapat menyebabkan demam berdarah dengan tingkat kematian tinggi.", "", "marburg", true, false},
	{"sci dengue aedes", "Demam berdarah dengue ditularkan oleh nyamuk Aedes aegypti.", "", "", true, false},
	{"sci wolbachia", "Bakteri Wolbachia disebar di Yogyakarta untuk menekan populasi nyamuk.", "", "", true, false},
	{"sci badai matahari", "Badai matahari diperkirakan mengganggu sinyal GPS dan jaringan listrik.", "", "", true, false},
	{"sci anopheles", "Nyamuk Anopheles betina menularkan parasit malaria saat menggigit manusia.", "", "", true, false},
	{"sci lewotobi", "Gunung Lewotobi Laki-laki kembali erupsi pada Minggu dini hari.", "", "", true, false},
	{"sci komodo", "Komodo hanya ditemukan di Pulau Komodo, Rinca, dan Flores.", "", "", true, false},
	{"sci harimau sumatra", "Harimau Sumatra termasuk satwa yang terancam punah.", "", "", true, false},
	{"sci parkinson", "Penyakit Parkinson menyerang sistem saraf pusat dan menyebabkan tremor.", "", "parkinson", true, false},
	{"sci sindrom down", "Sindrom Down dapat dideteksi sejak masa kehamilan.", "", "", true, false},
	{"sci apophis", "Asteroid Apophis akan melintas dekat Bumi pada 2029.", "", "", true, false},
	{"sci halley", "Komet Halley terakhir terlihat dari Bumi pada 1986.", "", "halley", true, false},
	{"sci alzheimer", "Jumlah penderita Alzheimer diperkirakan meningkat dua kali lipat pada 2050.", "", "alzheimer", true, false},
	{"sci hujan meteor", "Hujan meteor Geminid dapat disaksikan dengan mata telanjang malam ini.", "", "", true, false},
	// Second batch, written after the rules and data above and annotated
	// before its first run: other names, products and bodies.
	{"sci2 drg", "Dokter gigi drg. Rina Kusumawati mengingatkan bahaya gula bagi gigi anak.", "rina-kusumawati", "", false, false},
	{"sci2 drh", "Dokter hewan drh. Agus Salimin memeriksa sapi yang terjangkit penyakit mulut dan kuku.", "agus-salimin", "", false, false},
	{"sci2 kata dr", "Kasus demam berdarah meningkat di musim hujan, kata dr. Hendra Wijaya kepada wartawan.", "hendra-wijaya", "", false, false},
	{"sci2 pesilat", "Pesilat Hanifan Yudani Kusumah meraih medali emas Asian Games.", "hanifan-yudani-kusumah", "", false, false},
	{"sci2 pebulutangkis", "Pebulutangkis Putri Kusuma Wardani melaju ke perempat final Indonesia Terbuka.", "putri-kusuma-wardani", "IDN", false, false},
	{"sci2 pelatih van", "Pelatih Louis van Gaal memuji semangat para pemain muda.", "louis-van-gaal", "", false, false},
	{"sci2 satelit", "Satelit Satria-1 diluncurkan dari Florida menggunakan roket Falcon 9.", "", "", true, false},
	{"sci2 wahana", "Wahana Perseverance mengumpulkan sampel batuan dari kawah Jezero.", "", "perseverance", true, false},
	{"sci2 ponsel", "Ponsel Pixel terbaru dilengkapi cip buatan sendiri.", "", "pixel", true, false},
	{"sci2 chatbot", "Chatbot Grok kembali menuai kritik karena jawabannya yang kontroversial.", "", "grok", true, false},
	{"sci2 model", "Model Llama dirilis secara terbuka untuk para pengembang.", "", "llama", true, false},
	{"sci2 model orang", "Model Paula Verhoeven tampil dalam pekan mode di Jakarta.", "paula-verhoeven", "", false, false},
	{"sci2 ilmuwan comma", "Ilmuwan iklim dari Universitas Gadjah Mada, Emilya Nurjani, menyebut kemarau tahun ini lebih panjang.", "universitas-gadjah-mada emilya-nurjani", "", false, false},
	{"sci2 cern direktur", "Direktur Jenderal CERN Fabiola Gianotti meresmikan akselerator baru.", "cern fabiola-gianotti", "", false, false},
	{"sci2 lapan kepala", "Kepala LAPAN Thomas Djamaluddin mengatakan satelit itu akan jatuh di Samudra Hindia.", "idn-lapan thomas-djamaluddin", "", false, false},
	{"sci2 universitas cambridge", "Universitas Cambridge menemukan cara baru mendeteksi kanker pankreas.", "university-of-cambridge", "", false, false},
	{"sci2 sistem operasi", "Sistem operasi Android kini dipakai lebih dari tiga miliar perangkat.", "", "android", true, false},
	{"sci2 pbsi ketum", "Ketua Umum PBSI Fadil Imran mengevaluasi hasil tim di Piala Sudirman.", "pbsi fadil-imran", "", false, false},
	// Third batch, annotated before its first run: hospitals and prizes
	// named after persons, doctors after them, unknown bodies.
	{"sci3 rsud soetomo", "Direktur RSUD Dr. Soetomo dr. Joni Wahyuhadi memastikan stok darah mencukupi.", "joni-wahyuhadi", "soetomo", false, false},
	{"sci3 rspad", "Mantan presiden itu dirawat di RSPAD Gatot Soebroto sejak Senin.", "", "gatot-soebroto", true, false},
	{"sci3 nobel fisika", "Penghargaan Nobel Fisika tahun ini diberikan untuk penelitian jaringan saraf tiruan.", "", "", true, false},
	{"sci3 habibie prize", "Habibie Prize diberikan kepada ilmuwan yang berjasa di bidang sains dasar.", "", "habibie", true, false},
	{"sci3 spesies nama", "Spesies anggrek baru itu dinamai Dendrobium soetomoi sebagai penghormatan.", "", "", true, false},
	{"sci3 vaksin merah putih", "Vaksin Merah Putih buatan Universitas Airlangga lolos uji klinis tahap ketiga.", "universitas-airlangga", "", false, false},
	{"sci3 eijkman", "Lembaga Biologi Molekuler Eijkman kini menjadi bagian dari BRIN.", "idn-brin", "eijkman", false, false},
	{"sci3 pakar its", "Pakar robotika ITS Djoko Purwanto menilai industri belum siap mengadopsi otomasi.", "djoko-purwanto", "", false, false},
	{"sci3 rektor ui", "Rektor Universitas Indonesia Heri Hermansyah melantik 12 guru besar baru.", "universitas-indonesia heri-hermansyah", "", false, false},
	{"sci3 kapten timnas", "Kapten timnas Jay Idzes mencetak gol penyama kedudukan.", "jay-idzes", "", false, false},
	{"sci3 kiper", "Kiper Maarten Paes melakukan tiga penyelamatan penting.", "maarten-paes", "", false, false},
	{"sci3 covid", "Covid-19 varian baru terdeteksi di 12 provinsi.", "", "", true, false},
	{"sci3 gerhana", "Gerhana bulan total dapat diamati dari seluruh wilayah Indonesia pada Minggu malam.", "IDN", "", false, false},
	{"sci3 elnino", "El Nino diperkirakan memicu kemarau panjang hingga akhir tahun.", "", "el-nino", true, false},
	// Fourth batch, annotated before its first run: diseases named after
	// states, peoples and places; species; executives by their firm.
	{"sci4 flu spanyol", "Pandemi flu Spanyol pada 1918 menewaskan puluhan juta orang.", "", "ESP", true, false},
	{"sci4 ensefalitis jepang", "Vaksin ensefalitis Jepang kini masuk program imunisasi rutin di Bali.", "", "JPN", true, false},
	{"sci4 virus nipah", "Virus Nipah ditularkan oleh kelelawar buah ke babi dan manusia.", "", "nipah", true, false},
	{"sci4 demam lassa", "Demam Lassa merebak di sejumlah negara bagian di Nigeria.", "NGA", "", false, false},
	{"sci4 homo sapiens", "Fosil Homo sapiens tertua ditemukan di Maroko.", "MAR", "", false, false},
	{"sci4 badak jawa", "Populasi badak jawa di Taman Nasional Ujung Kulon tinggal 80 ekor.", "", "", true, false},
	{"sci4 bos nvidia", "Bos Nvidia Jensen Huang dijadwalkan berkunjung ke Jakarta bulan depan.", "jensen-huang nvidia", "", false, false},
	{"sci4 ilmuwan amerika", "Ilmuwan Amerika Serikat berhasil mengkloning sel induk manusia.", "USA", "", false, false},
	{"sci4 peneliti brin comma", "Peneliti Pusat Riset Astronomi BRIN, Andi Pangerang, mengatakan komet itu bisa dilihat tanpa teleskop.", "idn-brin andi-pangerang", "", false, false},
	{"sci4 prof dr", "Prof. Dr. Sangkot Marzuki mendirikan kembali Lembaga Eijkman pada 1992.", "sangkot-marzuki", "", false, false},
	{"sci4 aplikasi", "Aplikasi Threads milik Meta mencapai 100 juta pengguna dalam lima hari.", "meta-platforms", "threads", false, false},
	{"sci4 jakarta marathon", "Ribuan pelari mengikuti Jakarta Marathon pada Minggu pagi.", "", "IDN", true, false},
	// Fifth batch, annotated before its first run.
	{"sci5 ceo meta", "CEO Meta Mark Zuckerberg digugat orang tua korban perundungan daring.", "mark-zuckerberg meta-platforms", "", false, false},
	// (passes since the compound pass's team_cues: a state in a national-team sentence is the team)
	{"sci5 pelatih timnas", "Pelatih timnas Indonesia Patrick Kluivert memanggil 27 pemain untuk laga kualifikasi.", "patrick-kluivert", "", false, false},
	{"sci5 bintang film", "Bintang film Reza Rahadian didapuk menjadi sutradara untuk pertama kalinya.", "reza-rahadian", "", false, false},
	{"sci5 sheila on 7", "Grup band Sheila on 7 mengumumkan tur reuni di sepuluh kota.", "", "", false, false},
	{"sci5 hubble", "Teleskop Hubble merayakan ulang tahun ke-35 di orbit.", "", "hubble", true, false},
	{"sci5 peneliti eijkman", "Peneliti senior Eijkman Amin Soebandrio menjelaskan mutasi virus tersebut.", "amin-soebandrio", "", false, false},
	{"sci5 mendiktisaintek", "Menteri Pendidikan Tinggi, Sains, dan Teknologi Brian Yuliarto membuka konferensi riset nasional.", "brian-yuliarto", "", false, false},
	{"sci5 kepala bgn", "Kepala Badan Gizi Nasional Dadan Hindayana memastikan menu makan bergizi gratis aman dikonsumsi.", "idn-bgn dadan-hindayana", "", false, false},
	{"sci5 gojek gangguan", "Aplikasi Gojek mengalami gangguan selama dua jam pada Senin pagi.", "", "", false, false},
	{"sci5 who asia tenggara", "Direktur Regional WHO untuk Asia Tenggara Saima Wazed mendesak negara-negara memperkuat surveilans.", "who saima-wazed", "", false, false},
}

// scienceEnglishRows are the English rows of the science grid, written and
// annotated the same way (a want is "id", "id/kind" or "id/kind/country" as
// in TestEnglishWireGrid; English rows are not annotated completely, so
// absent lists what a trap must not give).
var scienceEnglishRows = []wireGridRow{
	{"en nasa artemis", "NASA said the Artemis II crew would fly around the Moon next year.", []string{"usa-nasa"}, nil, false, false},
	{"en esa jupiter", "The European Space Agency postponed the launch of its Jupiter probe.", []string{"esa"}, nil, false, false},
	{"en cern lhc", "Scientists at CERN said the Large Hadron Collider would restart in the spring.", []string{"cern"}, nil, false, false},
	{"en jaxa lander", "JAXA said its lunar lander had survived a second night on the Moon.", []string{"jpn-jaxa"}, nil, false, false},
	{"en isro", "The Indian Space Research Organisation said Chandrayaan-3 had found sulphur near the lunar south pole.", []string{"ind-isro"}, nil, false, false},
	{"en stanford", "Researchers at Stanford University found that the drug slowed the growth of tumours.", []string{"stanford-university"}, nil, false, false},
	{"en oxford study", "A study by the University of Oxford found the vaccine was 77 percent effective.", []string{"university-of-oxford"}, []string{"oxford/person"}, false, false},
	{"en harvard sue", "Harvard University said it would sue the administration over the funding freeze.", []string{"harvard-university"}, nil, false, false},
	{"en mit battery", "Researchers at the Massachusetts Institute of Technology built a battery that charges in minutes.", []string{"massachusetts-institute-of-technology"}, nil, false, false},
	{"en fauci", "Dr. Anthony Fauci warned that the virus could return in the winter.", []string{"anthony-fauci/person"}, nil, false, false},
	{"en professor imperial", "Professor Jane Whitfield, an epidemiologist at Imperial College London, said cases were falling.", []string{"jane-whitfield/person"}, []string{"GBR"}, false, false},
	{"en van kerkhove", "Maria Van Kerkhove, the WHO's technical lead on COVID-19, said the variant was spreading.", []string{"maria-van-kerkhove/person", "who"}, nil, false, false},
	{"en who mpox", "The World Health Organization declared the mpox outbreak a global health emergency.", []string{"who"}, nil, false, false},
	{"en cdc measles", "The Centers for Disease Control and Prevention reported 12 new cases of measles in Texas.", []string{"usa-cdc"}, nil, false, false},
	{"en fda approved", "The Food and Drug Administration approved the first drug for the disease on Friday.", []string{"usa-fda"}, nil, false, false},
	{"en brin meteor", "Indonesia's National Research and Innovation Agency said the meteor fell into the sea off Sulawesi.", []string{"idn-brin"}, nil, false, false},
	{"en marburg", "The Marburg virus has a fatality rate of up to 88 percent.", nil, []string{"marburg"}, true, false},
	{"en mars volcano", "Mars has the largest volcano in the solar system.", nil, []string{"mars"}, true, false},
	{"en new frog", "Scientists discovered a new species of frog in the Andes.", nil, nil, true, false},
	{"en james webb", "The James Webb Space Telescope captured images of a galaxy formed 13 billion years ago.", nil, []string{"james-webb"}, true, false},
	{"en parkinson", "Parkinson's disease affects more than 10 million people worldwide.", nil, []string{"parkinson"}, true, false},
	{"en hurricane milton", "Hurricane Milton made landfall near Sarasota on Wednesday night.", nil, []string{"milton"}, true, false},
	{"en java language", "Java remains one of the most widely used programming languages.", nil, []string{"java"}, true, false},
	{"en tim cook", "Apple chief executive Tim Cook said the company would invest $500 billion in the United States.", []string{"tim-cook/person", "apple-inc", "USA"}, nil, false, false},
	{"en sam altman", "OpenAI chief executive Sam Altman said the company would release a new model this summer.", []string{"sam-altman/person", "openai"}, nil, false, false},
	{"en nvidia blackwell", "Nvidia said demand for its Blackwell chips far exceeded supply.", []string{"nvidia"}, []string{"blackwell"}, false, false},
	{"en samsung galaxy", "Galaxy phones will get the update first, Samsung said.", []string{"samsung"}, []string{"galaxy"}, false, false},
	{"en gates polio", "Microsoft co-founder Bill Gates pledged $1 billion to fight polio.", []string{"bill-gates/person", "microsoft"}, nil, false, false},
	{"en anthropic claude", "Anthropic released a new version of its Claude chatbot on Tuesday.", []string{"anthropic"}, []string{"claude"}, false, false},
	// known: Starlink is the gazetteer's organization, also before "satellites" (a product's name)
	{"en starlink", "Elon Musk's SpaceX launched 23 Starlink satellites from Florida.", []string{"elon-musk/person", "spacex"}, []string{"starlink"}, false, true},
	{"en fifa ban", "FIFA banned the federation's president for three years.", []string{"fifa"}, nil, false, false},
	{"en man united", "Manchester United sacked manager Erik ten Hag after a string of poor results.", []string{"manchester-united", "erik-ten-hag/person"}, nil, false, false},
	{"en sinner open", "Jannik Sinner won the Australian Open for a second straight year.", []string{"jannik-sinner/person"}, []string{"AUS"}, false, false},
	{"en shuttler", "Indonesian shuttler Jonatan Christie beat China's Shi Yuqi in the final.", []string{"jonatan-christie/person", "IDN", "shi-yuqi/person", "CHN"}, nil, false, false},
	{"en ioc neutrals", "The International Olympic Committee said the athletes could compete as neutrals.", []string{"ioc"}, nil, false, false},
	{"en djokovic", "Novak Djokovic withdrew from Wimbledon with a knee injury.", []string{"novak-djokovic/person"}, []string{"wimbledon"}, false, false},
	{"en swift tour", "Taylor Swift's Eras Tour became the highest-grossing concert tour of all time.", []string{"taylor-swift/person"}, nil, false, false},
	{"en oppenheimer film", "The film Oppenheimer won seven Oscars, including best picture.", nil, []string{"oppenheimer"}, true, false},
	{"en nolan", "Director Christopher Nolan said he would shoot his next film in Greece.", []string{"christopher-nolan/person"}, nil, false, false},
	{"en coldplay", "Coldplay announced two more concerts after tickets sold out in minutes.", nil, []string{"coldplay/person"}, false, false},
	{"en halley", "Halley's Comet will next be visible from Earth in 2061.", nil, []string{"halley"}, true, false},
	{"en dr doctor hospital", "Dr. Sarah Okonkwo, a surgeon at Johns Hopkins Hospital, said the patient was stable.", []string{"sarah-okonkwo/person"}, []string{"johns-hopkins/person"}, false, false},
	// Second batch, written after the rules and data above and annotated
	// before its first run.
	{"en2 surgeon", "Surgeon Priya Raman said the transplant was the first of its kind.", []string{"priya-raman/person"}, nil, false, false},
	{"en2 epidemiologist", "Epidemiologist Marcus Feldt warned that cases would rise after the holidays.", []string{"marcus-feldt/person"}, nil, false, false},
	{"en2 gemini chatbot", "Google said its Gemini chatbot now answered in 40 languages.", []string{"google"}, []string{"gemini"}, false, false},
	{"en2 rocket", "The Ariane rocket lifted off from Kourou on Thursday.", nil, []string{"ariane"}, true, false},
	{"en2 alcaraz", "Carlos Alcaraz beat Jannik Sinner in a five-set final.", []string{"carlos-alcaraz/person", "jannik-sinner/person"}, nil, false, false},
	{"en2 cambridge", "Researchers at the University of Cambridge said the test could detect cancer early.", []string{"university-of-cambridge"}, nil, false, false},
	{"en2 deepmind", "Google DeepMind said its model had solved problems from the International Mathematical Olympiad.", []string{"google-deepmind"}, nil, false, false},
	{"en2 bwf", "The Badminton World Federation suspended two players for match fixing.", []string{"bwf"}, nil, false, false},
	// Third batch, annotated before its first run.
	{"en3 nobel physics", "The Nobel Prize in Physics was awarded for work on artificial neural networks.", nil, []string{"nobel"}, true, false},
	{"en3 hopkins", "Researchers at Johns Hopkins University said the drug reduced deaths by a third.", []string{"johns-hopkins-university"}, []string{"johns-hopkins/person"}, false, false},
	{"en3 physician", "Physician Omar Haddad said the hospital had run out of insulin.", []string{"omar-haddad/person"}, nil, false, false},
	{"en3 alzheimer", "Alzheimer's disease is the most common cause of dementia.", nil, []string{"alzheimer"}, true, false},
	{"en3 falcon", "A Falcon 9 rocket carried the satellite into orbit.", nil, []string{"falcon"}, true, false},
	{"en3 who tedros", "The WHO's director-general, Tedros Adhanom Ghebreyesus, said the pandemic agreement was historic.", []string{"who", "tedros-adhanom-ghebreyesus/person"}, nil, false, false},
	// Fourth batch, annotated before its first run.
	{"en4 spanish flu", "The Spanish flu killed tens of millions of people in 1918.", nil, []string{"ESP"}, true, false},
	{"en4 japanese encephalitis", "Cases of Japanese encephalitis rose sharply in Assam this year.", nil, []string{"JPN"}, true, false},
	{"en4 ebola", "The Ebola outbreak has killed 40 people in the province.", nil, []string{"ebola"}, true, false},
	{"en4 nvidia chief", "Nvidia chief Jensen Huang said China remained a vital market.", []string{"jensen-huang/person", "nvidia", "CHN"}, nil, false, false},
	{"en4 prof", "Prof. Helen Marsh of the University of Melbourne led the study.", []string{"helen-marsh/person", "university-of-melbourne"}, nil, false, false},
	{"en4 t rex", "A nearly complete Tyrannosaurus rex skeleton sold for $44 million.", nil, nil, true, false},
	{"en4 beatles", "The Beatles' last song was released with the help of artificial intelligence.", nil, []string{"beatles/person"}, false, false},
	{"en4 london marathon", "More than 50,000 runners took part in the London Marathon on Sunday.", nil, []string{"GBR"}, true, false},
	// Fifth batch, annotated before its first run.
	{"en5 zuckerberg senate", "Meta chief executive Mark Zuckerberg testified before the Senate on Wednesday.", []string{"mark-zuckerberg/person", "meta-platforms"}, nil, false, false},
	{"en5 tiktok court", "TikTok said it would challenge the ban in court.", []string{"tiktok"}, nil, false, false},
	{"en5 haaland", "Manchester City striker Erling Haaland scored a hat-trick against Ipswich.", []string{"manchester-city", "erling-haaland/person"}, nil, false, false},
	{"en5 axelsen", "Badminton star Viktor Axelsen withdrew from the Indonesia Open with a back injury.", []string{"viktor-axelsen/person"}, []string{"IDN"}, false, false},
	{"en5 nus", "Researchers from the National University of Singapore developed a battery that lasts twice as long.", []string{"national-university-of-singapore"}, []string{"SGP"}, false, false},
	{"en5 virologist", "Virologist Angela Rasmussen said the mutation was unlikely to matter.", []string{"angela-rasmussen/person"}, nil, false, false},
	{"en5 starship", "SpaceX's Starship exploded minutes after launch on Thursday.", []string{"spacex"}, []string{"starship"}, false, false},
	{"en5 hubble", "The Hubble telescope turned 35 this year.", nil, []string{"hubble"}, true, false},
	{"en5 copilot", "Microsoft's Copilot assistant will be built into Windows.", []string{"microsoft"}, []string{"copilot", "windows"}, false, false},
	{"en5 astronaut", "Astronaut Sunita Williams returned to Earth after nine months in space.", []string{"sunita-williams/person"}, nil, false, false},
}

// TestScienceGrid checks scienceGridRows (Indonesian, runNameGrid). Before
// the rules and data of this pass: 84 of 102 rows pass, 18 known failures;
// after them (gazetteer: LAPAN, CERN, PBSI, BWF, KOI, Anthropic, Google
// DeepMind, nine universities, 24 athletes and coaches; the pack: "dr",
// "drg", "drh" as abbreviations, sports and science occupations, product
// nouns among thing_nouns, "ten"/"ter" among name particles): 100 of 102,
// 2 known failures. A second batch of 18 rows, written after them and
// annotated before its first run: 16 passed at once; "Model Paula
// Verhoeven" had lost its person to "model" among thing_nouns (now
// thing_titles: one word after it is a thing's, two a person's), and
// "Pebulutangkis Putri Kusuma Wardani" gave kusuma-wardani ("Kusuma" is
// now an Indonesian given name, so "Putri" opens the name): 118 of 120.
// A third batch of 14 rows (hospitals and prizes named after persons,
// doctors, players), annotated before its first run: 12 passed at once;
// "Habibie Prize" gave B. J. Habibie (the Indonesian pack now has English
// named_after_tails) and "Kapten timnas Jay Idzes" no one (a field word
// that is an organization's head or a thing noun before a given name's
// run no longer ends the field, and "kapten timnas" is an occupation):
// 132 of 134. A fourth batch of 12 rows (diseases named after states,
// peoples and places; species; executives), annotated before its first
// run: 11 passed at once; "ensefalitis Jepang" made Japan an actor (now
// "ensefalitis", "campak" and "varian" are among not_actor_after): 144 of
// 146; with a city noun one lower-case word before a capital making it
// the city (cityNounBefore: "suhu rata-rata Jakarta"), 145 of 146. A
// fifth batch of 10 rows, annotated before its first run: 9 pass; "Pelatih
// timnas Indonesia" still makes Indonesia an actor (known): 154 of 156;
// merged with the compound pass's team_cues, 155 of 156.
func TestScienceGrid(t *testing.T) {
	runNameGrid(t, scienceGridRows, 155)
}

// TestScienceGridEnglish checks scienceEnglishRows (English, runWireGrid).
// Before the rules and data of this pass: 34 of 42 rows pass, 8 known
// failures; after them 41 of 42, 1 known failure. A second batch of 8
// rows, annotated before its first run: all 8 pass (49 of 50); a third
// batch of 6: all pass (55 of 56); a fourth of 8: 7 passed at once,
// "Japanese encephalitis" made Japan an actor ("encephalitis" and "fever"
// are now among not_actor_before): 63 of 64; a fifth of 10: all pass (73
// of 74).
func TestScienceGridEnglish(t *testing.T) {
	runWireGrid(t, extractor(t), scienceEnglishRows, "2025-06-01")
}
