package extract

import "testing"

// societyGridRows are Indonesian civil-society, religion, labour, health
// and education sentences written for the test (made up in the style of
// Indonesian news of 2024-2026, never copied from a data set), annotated
// before the extractor ran on them: religious bodies and their heads (MUI,
// PBNU, PP Muhammadiyah, KWI, PGI, Kemenag, Paus Leo XIV, Vatikan,
// Al-Azhar), NGOs (Amnesty International Indonesia, KontraS, YLBHI, Walhi,
// ICW, Greenpeace, HRW, Dokter Lintas Batas, PMI, ICRC, UNHCR), unions and
// student groups (KSPI, KSPSI, Partai Buruh, BEM SI, BEM UI), professional
// bodies (IDI, PGRI, Peradi), hospitals and universities (RSCM, UI, UGM,
// ITB) and their heads (Rektor, Ketua Umum, Sekjen); and rows that must give
// no actor (holidays, rituals, generic ulama, buruh, mahasiswa). Private
// persons are invented; public figures are real. Columns as in
// expertGridRows (want, absent, none, known; persons and states annotated
// completely).
var societyGridRows = []nameGridRow{
	// Religious bodies and their heads.
	{"mui fatwa", "MUI menerbitkan fatwa haram atas produk yang mendukung agresi Israel ke Gaza.", "mui ISR", "", false, false},
	{"ketua umum mui", "Ketua Umum MUI Anwar Iskandar meminta umat tidak terpancing isu SARA menjelang pilkada.", "mui anwar-iskandar", "", false, false},
	{"sekjen mui", "Sekjen MUI Amirsyah Tambunan menyebut sertifikasi halal harus dipercepat.", "mui amirsyah-tambunan", "", false, false},
	{"majelis ulama long", "Majelis Ulama Indonesia mengimbau masyarakat tidak membeli produk ilegal.", "mui", "", false, false},
	{"pbnu ketum", "Ketua Umum PBNU Yahya Cholil Staquf menegaskan NU tidak berpolitik praktis.", "nahdlatul-ulama yahya-cholil-staquf", "", false, false},
	{"pbnu alone", "PBNU menerima izin usaha pertambangan dari pemerintah pada Juni lalu.", "nahdlatul-ulama", "", false, false},
	{"sekjen pbnu", "Sekjen PBNU Saifullah Yusuf mengatakan muktamar akan digelar tahun depan.", "nahdlatul-ulama syaifullah-yusuf", "", false, false},
	{"pp muhammadiyah ketum", "Ketua Umum PP Muhammadiyah Haedar Nashir mengajak warga persyarikatan menjaga persatuan.", "muhammadiyah haedar-nashir", "", false, false},
	{"muhammadiyah tolak", "Pimpinan Pusat Muhammadiyah memutuskan menerima tawaran konsesi tambang dengan sejumlah catatan.", "muhammadiyah", "", false, false},
	{"sekum muhammadiyah", "Sekretaris Umum PP Muhammadiyah Abdul Mu'ti menyampaikan hasil sidang isbat versi hisab.", "muhammadiyah abdul-mu-ti", "", false, false},
	{"kwi ketua", "Ketua KWI Mgr Antonius Subianto Bunjamin mengajak umat Katolik mendoakan perdamaian.", "kwi antonius-subianto-bunjamin", "", false, false},
	{"kwi long", "Konferensi Waligereja Indonesia menyambut terpilihnya paus baru dengan misa syukur.", "kwi", "", false, false},
	{"pgi ketum", "Ketua Umum PGI Pendeta Gomar Gultom menyerukan penghentian kekerasan di Papua.", "pgi gomar-gultom", "", false, false},
	{"pgi long", "Persekutuan Gereja-gereja di Indonesia menolak rencana pembatasan rumah ibadah.", "pgi", "", false, false},
	{"kemenag sidang isbat", "Kemenag menggelar sidang isbat penetapan awal Ramadan pada Minggu sore.", "idn-religious-affairs-ministry", "", false, false},
	// known: the minister's title names no ministry (Menteri Agama gives no idn-religious-affairs-ministry)
	{"menag name", "Menteri Agama Nasaruddin Umar meresmikan madrasah baru di Makassar.", "nasaruddin-umar idn-religious-affairs-ministry", "", false, true},
	{"kementerian agama long", "Kementerian Agama menetapkan biaya haji tahun ini sebesar Rp89 juta per jemaah.", "idn-religious-affairs-ministry", "", false, false},
	{"paus leo", "Paus Leo XIV menyerukan gencatan senjata segera di Gaza dalam doa Angelus.", "pope-leo-xiv", "", false, false},
	{"paus leo vatikan", "Paus Leo XIV menerima kunjungan Presiden Prabowo Subianto di Vatikan.", "pope-leo-xiv prabowo-subianto VAT", "", false, false},
	{"vatikan statement", "Vatikan menyatakan keprihatinan atas meningkatnya serangan terhadap warga sipil di Sudan.", "VAT SDN", "", false, false},
	{"takhta suci", "Takhta Suci dan Indonesia sepakat memperkuat dialog antarumat beragama.", "VAT IDN", "", false, false},
	{"imam besar al-azhar", "Imam Besar Al-Azhar Ahmed el-Tayeb bertemu Menteri Agama di Kairo.", "ahmed-el-tayeb al-azhar", "", false, false},
	{"al-azhar mesir", "Universitas Al-Azhar Kairo menambah kuota beasiswa untuk mahasiswa Indonesia.", "al-azhar IDN", "", false, false},
	{"dewan gereja dunia", "Dewan Gereja Dunia mengecam pembatasan akses bantuan kemanusiaan ke Gaza.", "world-council-of-churches", "", false, false},

	// NGOs.
	{"amnesty direktur", "Direktur Eksekutif Amnesty International Indonesia Usman Hamid menyebut aparat menggunakan kekuatan berlebihan.", "amnesty-international usman-hamid", "", false, false},
	{"amnesty alone", "Amnesty International mencatat sedikitnya 400 penangkapan selama demonstrasi Agustus.", "amnesty-international", "", false, false},
	// known: KontraS urging Komnas HAM is an event between home bodies whose stance holder IDN is an actor with no mention
	{"kontras koordinator", "Koordinator KontraS Dimas Bagus Arya mendesak Komnas HAM menyelidiki kematian pengemudi ojek daring.", "kontras dimas-bagus-arya idn-komnas-ham", "", false, true},
	{"ylbhi ketum", "Ketua Umum YLBHI Muhammad Isnur menilai revisi KUHAP mengancam hak tersangka.", "ylbhi muhammad-isnur", "", false, false},
	{"walhi direktur", "Direktur Eksekutif Walhi Zenzi Suhadi menuding banjir di Sumatera akibat pembalakan hutan.", "walhi zenzi-suhadi", "", false, false},
	// known: ICW urging the KPK is an event between home bodies whose stance holder IDN is an actor with no mention
	{"icw peneliti", "Peneliti ICW Wana Alamsyah meminta KPK memeriksa pejabat yang disebut dalam dakwaan.", "icw wana-alamsyah idn-kpk", "", false, true},
	{"greenpeace indonesia", "Greenpeace Indonesia membentangkan spanduk raksasa di depan kantor kementerian.", "greenpeace", "", false, false},
	{"hrw", "Human Rights Watch mendesak pemerintah Indonesia membebaskan para tahanan politik Papua.", "human-rights-watch IDN", "", false, false},
	{"dokter lintas batas", "Dokter Lintas Batas menarik stafnya dari rumah sakit di Khan Younis setelah serangan udara.", "msf", "", false, false},
	{"msf gaza", "MSF melaporkan puluhan pasien luka bakar tiba di klinik mereka di Gaza.", "msf", "", false, false},
	// known: bare PMI (Palang Merah Indonesia) is no short name in the gazetteer
	{"pmi ketua", "Ketua Umum PMI Jusuf Kalla melepas bantuan kemanusiaan untuk korban gempa di Myanmar.", "palang-merah-indonesia jusuf-kalla MMR", "", false, true},
	{"palang merah long", "Palang Merah Indonesia mengirim 20 relawan ke lokasi banjir bandang di Sumatera Barat.", "palang-merah-indonesia", "", false, false},
	{"icrc", "Komite Internasional Palang Merah memfasilitasi pertukaran tahanan antara kedua pihak.", "icrc", "", false, false},
	{"unhcr rohingya", "UNHCR mencatat lebih dari 500 pengungsi Rohingya mendarat di Aceh sejak November.", "unhcr", "", false, false},
	{"lbh jakarta", "Direktur LBH Jakarta Fadhil Alfathan mendampingi para korban penggusuran.", "lbh-jakarta fadhil-alfathan", "", false, false},

	// Unions and student groups.
	{"kspi said iqbal", "Presiden KSPI Said Iqbal mengancam mogok nasional jika upah minimum tidak naik 10 persen.", "kspi said-iqbal", "", false, false},
	// known: Indonesia's Partai Buruh is in no gazetteer file; the event with the court gives IDN
	{"partai buruh", "Partai Buruh akan menggugat ketentuan ambang batas parlemen ke Mahkamah Konstitusi.", "partai-buruh idn-constitutional-court", "", false, true},
	{"partai buruh ketum", "Ketua Umum Partai Buruh Said Iqbal memimpin aksi di depan Istana Merdeka.", "partai-buruh said-iqbal", "", false, false},
	{"kspsi", "KSPSI menolak program Tapera karena memotong upah pekerja.", "kspsi", "", false, false},
	{"kspsi presiden", "Presiden KSPSI Andi Gani Nena Wea meminta pemerintah melibatkan serikat dalam pembahasan upah.", "kspsi andi-gani-nena-wea", "", false, false},
	{"bem si", "BEM SI menggelar aksi di kawasan Patung Kuda menolak kenaikan PPN.", "bem-si", "", false, false},
	{"bem si koordinator", "Koordinator Pusat BEM SI Rizky Ananda mengklaim ribuan mahasiswa ikut turun ke jalan.", "bem-si rizky-ananda", "", false, false},
	{"bem ui ketua", "Ketua BEM UI Fajar Nugroho menilai kebijakan itu membebani mahasiswa dari keluarga miskin.", "bem-ui fajar-nugroho", "universitas-indonesia", false, false},
	{"bem ui alone", "BEM UI menyebut pemotongan anggaran pendidikan sebagai kemunduran.", "bem-ui", "", false, false},
	{"partai buruh inggris", "Partai Buruh Inggris memenangkan pemilu dengan mayoritas besar.", "uk-labour-party", "partai-buruh", false, false},

	// Professional bodies, hospitals, universities.
	{"idi ketum", "Ketua Umum PB IDI Mohammad Adib Khumaidi menolak rencana mendatangkan dokter asing.", "ikatan-dokter-indonesia mohammad-adib-khumaidi", "", false, false},
	// known: IDI asking the health ministry is an event between home bodies whose stance holder IDN is an actor with no mention
	{"idi alone", "IDI meminta Kementerian Kesehatan mengevaluasi program pendidikan dokter spesialis.", "ikatan-dokter-indonesia idn-health-ministry", "", false, true},
	{"pgri ketum", "Ketua Umum PB PGRI Unifah Rosyidi meminta tunjangan guru honorer dinaikkan.", "persatuan-guru-republik-indonesia unifah-rosyidi", "", false, false},
	{"pgri alone", "PGRI mengusulkan agar guru honorer diangkat menjadi pegawai tetap.", "persatuan-guru-republik-indonesia", "", false, false},
	{"peradi", "Ketua Umum Peradi Otto Hasibuan menyebut advokat tidak boleh dikriminalisasi.", "peradi otto-hasibuan", "", false, false},
	{"rscm", "RSCM menangani 12 pasien gagal ginjal akut pada anak sejak awal bulan.", "", "", true, false},
	{"rscm long", "Rumah Sakit Cipto Mangunkusumo membuka layanan transplantasi hati bagi pasien anak.", "", "", true, false},
	{"rscm dokter", "Dokter spesialis anak RSCM Rina Puspitasari mengatakan kondisi pasien mulai membaik.", "rina-puspitasari", "", false, false},
	{"rektor ui", "Rektor UI Heri Hermansyah menonaktifkan dosen yang diduga melakukan pelecehan.", "universitas-indonesia heri-hermansyah", "", false, false},
	{"rektor ugm", "Rektor UGM Ova Emilia menegaskan kampus tidak akan membatasi kebebasan akademik.", "universitas-gadjah-mada ova-emilia", "", false, false},
	{"itb ukt", "ITB membatalkan skema pembayaran UKT melalui pinjaman daring setelah diprotes mahasiswa.", "institut-teknologi-bandung", "", false, false},
	{"ugm long", "Universitas Gadjah Mada menerima 9.000 mahasiswa baru tahun ini.", "universitas-gadjah-mada", "", false, false},
	// known: the minister's title names no ministry (Menteri Kesehatan gives no idn-health-ministry)
	{"kemenkes", "Menteri Kesehatan Budi Gunadi Sadikin menyebut kasus demam berdarah meningkat tajam.", "budi-gunadi-sadikin idn-health-ministry", "", false, true},

	// No actor: holidays, rituals, generic groups.
	{"none idul adha", "Umat Islam di berbagai daerah melaksanakan salat Idul Adha pada Senin pagi.", "", "", true, false},
	{"none natal", "Ribuan umat Kristiani memadati gereja untuk mengikuti misa malam Natal.", "", "", true, false},
	{"none nyepi", "Bandara Ngurah Rai ditutup selama 24 jam saat Hari Raya Nyepi.", "", "", true, false},
	{"none waisak", "Ribuan umat Buddha mengikuti prosesi Waisak dari Candi Mendut ke Candi Borobudur.", "", "", true, false},
	{"none ulama", "Para ulama mengimbau masyarakat menjaga kerukunan selama bulan Ramadan.", "", "", true, false},
	{"none buruh", "Ribuan buruh berunjuk rasa menuntut kenaikan upah minimum tahun depan.", "", "", true, false},
	{"none mahasiswa", "Mahasiswa menggelar aksi damai menolak kenaikan uang kuliah tunggal.", "", "", true, false},
	{"none mudik", "Arus mudik Lebaran diperkirakan mencapai puncaknya pada akhir pekan ini.", "", "", true, false},
	{"none paus whale", "Seekor paus sepanjang 12 meter terdampar di pantai selatan Garut.", "", "pope-leo-xiv", true, false},
	{"none amnesti", "Pemerintah memberikan amnesti kepada ribuan narapidana kasus penghinaan.", "", "amnesty-international", false, false},
	{"none guru honorer", "Guru honorer di daerah terpencil mengeluhkan gaji yang belum dibayar tiga bulan.", "", "", true, false},
	{"none dokter koas", "Para dokter muda mengeluhkan jam kerja yang panjang di rumah sakit pendidikan.", "", "", true, false},
	{"none santri", "Ribuan santri mengikuti upacara Hari Santri Nasional di alun-alun kota.", "", "", true, false},

	// Second batch (annotated before the extractor ran on it).
	{"b2 hrw peneliti", "Peneliti Human Rights Watch Andreas Harsono menyebut aturan itu diskriminatif terhadap perempuan.", "human-rights-watch andreas-harsono", "", false, false},
	{"b2 amnesty indonesia subject", "Amnesty International Indonesia mencatat 75 kasus penyiksaan sepanjang tahun lalu.", "amnesty-international", "IDN", false, false},
	{"b2 partai buruh australia", "Partai Buruh Australia menang telak dalam pemilu federal.", "australian-labor-party", "partai-buruh", false, false},
	{"b2 partai buruh irlandia", "Partai Buruh Irlandia menolak rancangan anggaran tersebut.", "partai-buruh-irlandia", "partai-buruh IRL", false, false},
	{"b2 kardinal suharyo", "Uskup Agung Jakarta Kardinal Ignatius Suharyo mengajak umat merawat lingkungan.", "ignatius-suharyo", "", false, false},
	{"b2 sekjen kwi mgr", "Sekretaris Jenderal KWI Mgr. Paskalis Bruno Syukur menyampaikan pesan Natal bersama.", "kwi paskalis-bruno-syukur", "", false, false},
	{"b2 pgi pdt", "Ketua Umum PGI Pdt. Jacklevyn Frits Manuputty meminta pemerintah menjamin kebebasan beribadah.", "pgi jacklevyn-frits-manuputty", "", false, false},
	{"b2 kspsi kspi", "KSPSI dan KSPI sepakat menggelar aksi bersama pada Hari Buruh.", "kspsi kspi", "", false, false},
	{"b2 waketum mui", "Wakil Ketua Umum MUI Marsudi Syuhud mengingatkan bahaya judi online.", "mui marsudi-syuhud", "", false, false},
	{"b2 rektor itb", "Rektor ITB Tatacipta Dirgantara melantik 1.200 wisudawan.", "institut-teknologi-bandung tatacipta-dirgantara", "", false, false},
	{"b2 dewan gereja jenewa", "Dewan Gereja Dunia menggelar sidang komite pusat di Jenewa.", "world-council-of-churches", "", false, false},
	{"b2 none melasti", "Umat Hindu di Bali menggelar upacara Melasti menjelang Nyepi.", "", "", true, false},
	{"b2 none thudong", "Ratusan biksu mengikuti ritual thudong menuju Candi Borobudur.", "", "", true, false},
	{"b2 none ustaz", "Sejumlah ustaz mengisi kajian Ramadan di masjid kampus.", "", "", true, false},
	{"b2 bem ui bem si", "BEM UI dan BEM SI menolak kenaikan biaya kuliah.", "bem-ui bem-si", "", false, false},
	{"b2 gus yahya", "Gus Yahya menegaskan PBNU tetap netral dalam pemilu.", "yahya-cholil-staquf nahdlatul-ulama", "", false, false},
}

// TestSocietyGrid checks societyGridRows: the persons, states and bodies
// each row must give and the ids it must not.
func TestSocietyGrid(t *testing.T) {
	runNameGrid(t, societyGridRows, 91)
}

// TestSocietyGridEnglish is the English half of the society grid
// (annotated before the extractor ran on it): religious leaders and
// bodies, NGOs, unions, universities, and rows with no actor.
func TestSocietyGridEnglish(t *testing.T) {
	x := extractor(t)
	rows := []wireGridRow{
		{"pope leo", "Pope Leo XIV called for an immediate ceasefire in Ukraine during his Sunday address.", []string{"pope-leo-xiv/person", "UKR/state"}, nil, false, false},
		{"pope leo vatican", "Pope Leo XIV met President Prabowo Subianto at the Vatican on Thursday.", []string{"pope-leo-xiv/person", "prabowo-subianto/person", "VAT"}, nil, false, false},
		{"holy see", "The Holy See and Indonesia signed an agreement on the protection of religious sites.", []string{"VAT", "IDN/state"}, nil, false, false},
		{"vatican said", "The Vatican said the pontiff would visit Lebanon and Turkey later this year.", []string{"VAT", "LBN/state", "TUR/state"}, nil, false, false},
		{"grand imam", "Al-Azhar's Grand Imam Ahmed al-Tayeb condemned the attack on the mosque.", []string{"ahmed-el-tayeb/person", "al-azhar"}, nil, false, false},
		{"wcc", "The World Council of Churches urged governments to halt arms sales to Israel.", []string{"world-council-of-churches", "ISR/state"}, nil, false, false},
		{"mui english", "The Indonesian Ulema Council issued a fatwa against online gambling.", []string{"mui"}, nil, false, false},
		{"nu english", "Nahdlatul Ulama, the world's largest Muslim organisation, accepted a mining concession.", []string{"nahdlatul-ulama"}, nil, false, false},
		{"muhammadiyah english", "Muhammadiyah chairman Haedar Nashir said the group would return the concession if it caused harm.", []string{"muhammadiyah", "haedar-nashir/person"}, nil, false, false},
		{"religious affairs minister", "Religious Affairs Minister Nasaruddin Umar said the hajj quota had been raised.", []string{"nasaruddin-umar/person"}, nil, false, false},
		{"amnesty indonesia", "Amnesty International Indonesia executive director Usman Hamid said police used excessive force.", []string{"amnesty-international", "usman-hamid/person"}, nil, false, false},
		{"amnesty secgen", "Amnesty International Secretary General Agnes Callamard described the killings as war crimes.", []string{"amnesty-international", "agnes-callamard/person"}, nil, false, false},
		{"hrw", "Human Rights Watch said the new criminal code threatened free speech in Indonesia.", []string{"human-rights-watch", "IDN/state"}, nil, false, false},
		{"msf", "Doctors Without Borders said its hospital in Sudan had been shelled twice in a week.", []string{"msf", "SDN/state"}, nil, false, false},
		{"msf acronym", "MSF suspended its activities in the camp after a staff member was killed.", []string{"msf"}, nil, false, false},
		{"icrc", "The International Committee of the Red Cross facilitated the release of 30 detainees.", []string{"icrc"}, nil, false, false},
		{"icrc president", "ICRC President Mirjana Spoljaric said humanitarian law was being ignored.", []string{"icrc", "mirjana-spoljaric/person"}, nil, false, false},
		{"unhcr grandi", "UN High Commissioner for Refugees Filippo Grandi visited Rohingya camps in Cox's Bazar.", []string{"unhcr", "filippo-grandi/person"}, nil, false, false},
		{"unhcr english", "UNHCR said more than 120 million people were forcibly displaced worldwide.", []string{"unhcr"}, nil, false, false},
		{"greenpeace", "Greenpeace activists boarded a coal ship off the coast of Kalimantan.", []string{"greenpeace"}, nil, false, false},
		{"walhi english", "Environmental group Walhi said the nickel smelters had polluted coastal waters.", []string{"walhi"}, nil, false, false},
		{"icw english", "Indonesia Corruption Watch said the sentence was too lenient.", []string{"icw"}, nil, false, false},
		{"kontras english", "Rights group KontraS said at least 10 protesters were still missing.", []string{"kontras"}, nil, false, false},
		{"kspi english", "Said Iqbal, president of the Confederation of Indonesian Workers' Unions, threatened a national strike.", []string{"said-iqbal/person", "kspi"}, nil, false, false},
		// known: "Indonesia's Labour Party" is the party's whole name, so the possessive state is no actor of its own
		{"labour party indonesia", "Indonesia's Labour Party said it would challenge the job creation law in court.", []string{"partai-buruh", "IDN/state"}, []string{"uk-labour-party"}, false, true},
		{"idi english", "The Indonesian Medical Association warned against importing foreign doctors.", []string{"ikatan-dokter-indonesia"}, nil, false, false},
		// known: TestOrganizationForms wants the rule's university-of-indonesia for this English name, so the gazetteer does not give it
		{"ui english", "The University of Indonesia suspended a lecturer accused of sexual harassment.", []string{"universitas-indonesia"}, nil, false, true},
		{"ugm english", "Gadjah Mada University said it had no record of the former president's thesis being forged.", []string{"universitas-gadjah-mada"}, nil, false, false},
		{"pmi english", "The Indonesian Red Cross deployed 300 volunteers to the flood-hit areas.", []string{"palang-merah-indonesia"}, nil, false, false},
		// known: a state named as the place ("across Indonesia") is an actor by the grids' convention (the encyclopedic grid's "in Indonesia" gives IDN); annotated as no actor before the run
		{"none ramadan", "Muslims across Indonesia began fasting for Ramadan on Saturday.", nil, nil, true, true},
		{"none students", "Students staged a sit-in outside the campus to protest higher tuition fees.", nil, nil, true, false},
		{"none workers", "Thousands of workers marched through the capital on May Day.", nil, nil, true, false},
		{"none clerics", "Senior clerics urged calm after the clashes.", nil, nil, true, false},
		{"none easter", "Christians celebrated Easter Mass in churches across the archipelago.", nil, nil, true, false},
		{"none doctors strike", "Junior doctors walked out of hospitals in a dispute over pay.", nil, nil, true, false},
		// Second batch (annotated before the extractor ran on it).
		{"b2 greenpeace indonesia en", "Greenpeace Indonesia said the nickel mine threatened Raja Ampat's reefs.", []string{"greenpeace"}, []string{"IDN/state"}, false, false},
		{"b2 hrw indonesia researcher", "Human Rights Watch Indonesia researcher Andreas Harsono said the law discriminated against women.", []string{"human-rights-watch", "andreas-harsono/person"}, []string{"IDN/state"}, false, false},
		{"b2 pgi en", "The Communion of Churches in Indonesia called for calm in Papua.", []string{"pgi"}, nil, false, false},
		{"b2 cardinal suharyo", "Cardinal Ignatius Suharyo, the Archbishop of Jakarta, welcomed the pope's message.", []string{"ignatius-suharyo/person"}, nil, false, false},
		{"b2 kspi president", "KSPI president Said Iqbal said workers would strike if the wage rise was below 10 percent.", []string{"said-iqbal/person", "kspi"}, nil, false, false},
		{"b2 itb en", "Bandung Institute of Technology said it would scrap the student loan scheme.", []string{"institut-teknologi-bandung"}, nil, false, false},
		{"b2 none nyepi", "Hindus in Bali observed Nyepi, the Day of Silence, on Saturday.", nil, nil, true, false},
		{"b2 kwi en", "The Indonesian Bishops' Conference urged Catholics to vote.", []string{"kwi"}, nil, false, false},
		// known: Mina, a place in no gazetteer file, is read as a given name after "at"
		{"b2 none hajj", "Pilgrims performed the stoning ritual at Mina on the last day of the hajj.", nil, nil, true, true},
	}
	runWireGrid(t, x, rows, "2025-11-15")
}
