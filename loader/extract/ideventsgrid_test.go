package extract

import "testing"

// TestIDEventsGrid checks the event coding (who did what to whom, by CAMEO
// root) of present-day Indonesian-language political news, international
// and domestic, as TestVerbalEvents and TestMaterialEvents do for English
// wire news: statements (01), appeals (02), intents (03), consultations
// (04), cooperation (05, 06), aid (07), demands (10), disapproval (11),
// rejection (12), threats (13), protests (14), sanctions (16) and force
// (18-19), with negation (tidak, belum, batal), modality and the future
// (akan, berencana: no fact), reported speech, the passive (diserang oleh)
// and rows that must give no event. A head of state or government and a
// government code as the state; a named person or a place matches its
// state. The sentences were written for the test in the style of present
// day Indonesian news and annotated before the extractor ran on them; a
// row marked known is a known failure and fails the test when it passes.
//
// Before any rule or data of this grid: 86 of 115 rows pass. After the
// rules and data of this grid: 101 of 115. A second batch of 20 rows,
// annotated before its first run: 16 passed at once: 117 of 135. After
// three more rules (rencana, a closing class word that opens a name, a
// mutual noun's place): 120 of 135; a passive light verb after an event
// noun, spot words, a passive relative on the object: 122 of 135. A third
// batch of 10 rows, annotated before its first run: 9 passed at once: 131
// of 145 (the floor).
func TestIDEventsGrid(t *testing.T) {
	x := extractor(t)
	type ev = syntaxEvent
	tests := []eventRow{
		// 01: statements and comments.
		{"01 menanggapi", "Kementerian Luar Negeri China menanggapi pernyataan Perdana Menteri Jepang soal Taiwan pada Senin.",
			[]ev{{"CHN", "", "01", "JPN", "", "fact"}}, nil, false, false},
		{"01 mengomentari", "Pemerintah Malaysia mengomentari keputusan Thailand menutup perbatasan kedua negara.",
			[]ev{{"MYS", "", "01", "THA", "", "fact"}}, nil, false, false},
		// known: a joint statement by two states is no consultation (no recip 04 for pernyataan bersama).
		{"01 pernyataan bersama", "Indonesia dan Australia mengeluarkan pernyataan bersama usai pertemuan menteri pertahanan di Canberra.",
			[]ev{{"IDN", "", "04", "AUS", "", "fact"}}, nil, false, true},
		// known: menyatakan dukungan is coded 032 (a pledge) rather than 051 support.
		{"01 menyatakan dukungan", "Presiden Prabowo Subianto menyatakan dukungan Indonesia terhadap kemerdekaan Palestina.",
			[]ev{{"IDN", "", "05", "PSE", "", ""}}, nil, false, true},
		{"01 menegaskan dukungan", "Menteri Luar Negeri Sugiono menegaskan dukungan penuh Indonesia kepada Palestina dalam sidang PBB.",
			[]ev{{"IDN", "", "05", "PSE", "", ""}}, nil, false, false},
		{"01 mengungkapkan keprihatinan", "Jepang mengungkapkan keprihatinan atas uji coba rudal balistik Korea Utara.",
			[]ev{{"JPN", "", "11", "PRK", "", "fact"}}, nil, false, false},

		// 02: appeals.
		// known: mendesak is a demand (100) in id.triggers.tsv and TestEventGrammar ("mendesak untuk"); the grid reads it as an appeal (urge).
		{"02 mendesak agar", "Indonesia mendesak Israel agar segera menghentikan serangan di Jalur Gaza.",
			[]ev{{"IDN", "", "02", "ISR", "", ""}}, nil, false, true},
		{"02 meminta untuk", "Pemerintah Filipina meminta China untuk menghormati putusan arbitrase Laut China Selatan.",
			[]ev{{"PHL", "", "02", "CHN", "", ""}}, nil, false, false},
		{"02 mengimbau", "Jepang mengimbau Korea Utara untuk kembali ke meja perundingan.",
			[]ev{{"JPN", "", "02", "PRK", "", ""}}, nil, false, false},
		// known: the UN Secretary-General as a person is not coded as the UN.
		{"02 menyerukan kepada", "Sekretaris Jenderal PBB Antonio Guterres menyerukan kepada Rusia dan Ukraina untuk menyepakati gencatan senjata.",
			[]ev{{"united-nations", "", "02", "RUS", "", ""}}, nil, false, true},
		{"02 meminta bantuan", "Ukraina meminta bantuan sistem pertahanan udara kepada Jerman.",
			[]ev{{"UKR", "", "02", "DEU", "", ""}}, nil, false, false},
		{"02 pasif diminta", "Iran diminta oleh Prancis untuk bekerja sama dengan IAEA.",
			[]ev{{"FRA", "", "02", "IRN", "", ""}}, []ev{{"IRN", "", "02", "FRA", "", ""}}, false, false},
		{"02 mengajak", "Presiden Prabowo mengajak negara-negara ASEAN memperkuat ketahanan pangan kawasan.",
			[]ev{{"IDN", "", "02", "", "", ""}}, nil, false, false},
		{"02 imbauan", "Imbauan Indonesia kepada Myanmar agar membebaskan tahanan politik belum ditanggapi.",
			[]ev{{"IDN", "", "02", "MMR", "", ""}}, nil, false, false},

		// 03: intent.
		// known: berkunjung ke Jakarta with a plan word gives nothing: the capital after ke is not the target.
		{"03 berencana berkunjung", "Perdana Menteri India Narendra Modi berencana berkunjung ke Jakarta bulan depan.",
			[]ev{{"IND", "", "03", "IDN", "", ""}}, []ev{{"IND", "", "04", "IDN", "", "fact"}}, false, true},
		{"03 akan bertemu", "Presiden Prabowo akan bertemu Presiden Amerika Serikat Donald Trump di Washington pekan depan.",
			[]ev{{"IDN", "", "03", "USA", "", ""}}, []ev{{"IDN", "", "04", "USA", "", "fact"}}, false, false},
		{"03 siap membantu", "Turki siap membantu rekonstruksi Gaza setelah perang berakhir.",
			[]ev{{"TUR", "", "03", "", "", ""}}, []ev{{"TUR", "", "07", "", "", "fact"}}, false, false},
		{"03 berjanji bantuan", "Jepang berjanji memberikan bantuan senilai 500 juta dolar AS kepada Filipina.",
			[]ev{{"JPN", "", "03", "PHL", "", ""}}, []ev{{"JPN", "", "07", "PHL", "", "fact"}}, false, false},
		{"03 menawarkan mediasi", "Qatar menawarkan diri menjadi mediator antara Thailand dan Kamboja.",
			[]ev{{"QAT", "", "03", "", "", ""}}, nil, false, false},
		{"03 bersedia berunding", "Iran menyatakan bersedia berunding dengan Amerika Serikat soal program nuklirnya.",
			[]ev{{"IRN", "", "03", "USA", "", ""}}, []ev{{"IRN", "", "04", "USA", "", "fact"}}, false, false},
		{"03 dijadwalkan", "Menteri Luar Negeri Sugiono dijadwalkan bertemu Menteri Luar Negeri China Wang Yi di Beijing.",
			[]ev{{"IDN", "", "03", "CHN", "", ""}}, []ev{{"IDN", "", "04", "CHN", "", "fact"}}, false, false},
		{"03 bakal mengirim", "Indonesia bakal mengirim bantuan kemanusiaan ke Sudan melalui jalur udara.",
			[]ev{{"IDN", "", "03", "SDN", "", ""}}, []ev{{"IDN", "", "07", "SDN", "", "fact"}}, false, false},

		// 04: consultations.
		{"04 bertemu", "Presiden Prabowo Subianto bertemu Perdana Menteri Malaysia Anwar Ibrahim di Kuala Lumpur pada Senin.",
			[]ev{{"IDN", "", "04", "MYS", "", "fact"}}, nil, false, false},
		{"04 berkunjung ke", "Presiden Prancis Emmanuel Macron berkunjung ke Indonesia pada akhir Mei.",
			[]ev{{"FRA", "", "04", "IDN", "", "fact"}}, nil, false, false},
		{"04 menerima kunjungan", "Presiden Prabowo menerima kunjungan Menteri Luar Negeri Australia Penny Wong di Istana Merdeka.",
			[]ev{{"IDN", "", "04", "AUS", "", "fact"}}, nil, false, false},
		{"04 melakukan kunjungan kenegaraan", "Raja Yordania Abdullah II melakukan kunjungan kenegaraan ke Indonesia.",
			[]ev{{"JOR", "", "04", "IDN", "", "fact"}}, nil, false, false},
		{"04 bertelepon", "Presiden Rusia Vladimir Putin berbicara melalui telepon dengan Presiden China Xi Jinping pada Selasa.",
			[]ev{{"RUS", "", "04", "CHN", "", "fact"}}, nil, false, false},
		{"04 pertemuan bilateral", "Pertemuan bilateral antara Indonesia dan Vietnam digelar di sela KTT ASEAN.",
			[]ev{{"IDN", "", "04", "VNM", "", "fact"}}, nil, false, false},
		{"04 perundingan", "Rusia dan Ukraina menggelar perundingan damai di Istanbul.",
			[]ev{{"RUS", "", "04", "UKR", "", "fact"}}, nil, false, false},
		// known: tiba di (arrive in) for a visit has no trigger.
		{"04 tiba di", "Perdana Menteri Australia Anthony Albanese tiba di Jakarta untuk kunjungan dua hari.",
			[]ev{{"AUS", "", "04", "IDN", "", "fact"}}, nil, false, true},
		{"04 mengadakan pembicaraan", "Menteri Pertahanan Sjafrie Sjamsoeddin mengadakan pembicaraan dengan Menteri Pertahanan Jepang di Tokyo.",
			[]ev{{"IDN", "", "04", "JPN", "", "fact"}}, nil, false, false},
		{"04 menjamu", "Presiden Brasil Luiz Inacio Lula da Silva menjamu Presiden Prabowo di Brasilia.",
			[]ev{{"BRA", "", "04", "IDN", "", "fact"}}, nil, false, false},

		// 05, 06: cooperation.
		{"05 menandatangani kerja sama", "Indonesia dan Jepang menandatangani perjanjian kerja sama pertahanan di Tokyo.",
			[]ev{{"IDN", "", "05", "JPN", "", "fact"}}, nil, false, false},
		{"05 nota kesepahaman", "Indonesia menandatangani nota kesepahaman dengan Uni Emirat Arab di bidang energi.",
			[]ev{{"IDN", "", "05", "ARE", "", "fact"}}, nil, false, false},
		{"05 menyepakati", "Malaysia dan Singapura menyepakati perjanjian zona ekonomi khusus Johor.",
			[]ev{{"MYS", "", "05", "SGP", "", "fact"}}, nil, false, false},
		{"05 memuji", "Amerika Serikat memuji langkah Indonesia dalam memberantas perdagangan manusia.",
			[]ev{{"USA", "", "05", "IDN", "", "fact"}}, nil, false, false},
		{"05 mengakui", "Spanyol secara resmi mengakui negara Palestina pada Selasa.",
			[]ev{{"ESP", "", "05", "PSE", "", "fact"}}, nil, false, false},
		{"06 latihan bersama", "TNI dan militer Amerika Serikat menggelar latihan militer bersama Super Garuda Shield di Baturaja.",
			[]ev{{"IDN", "", "06", "USA", "", "fact"}}, nil, false, false},
		{"05 sepakat memperkuat", "India dan Indonesia sepakat memperkuat kerja sama maritim di Samudra Hindia.",
			[]ev{{"IND", "", "03", "IDN", "", ""}}, nil, false, false},

		// 07: aid.
		{"07 memberikan bantuan", "Indonesia memberikan bantuan kemanusiaan kepada Myanmar pascagempa.",
			[]ev{{"IDN", "", "07", "MMR", "", "fact"}}, nil, false, false},
		{"07 mengirimkan bantuan", "Pemerintah Indonesia mengirimkan bantuan kemanusiaan ke Gaza melalui Yordania.",
			[]ev{{"IDN", "", "07", "PSE", "", "fact"}}, nil, false, false},
		{"07 menyalurkan", "Uni Emirat Arab menyalurkan bantuan pangan kepada Sudan.",
			[]ev{{"ARE", "", "07", "SDN", "", "fact"}}, nil, false, false},
		{"07 hibah", "Jepang memberikan hibah kapal patroli kepada Filipina.",
			[]ev{{"JPN", "", "07", "PHL", "", "fact"}}, nil, false, false},
		{"07 bantuan militer", "Amerika Serikat mengirim bantuan militer senilai 1 miliar dolar kepada Ukraina.",
			[]ev{{"USA", "", "07", "UKR", "", "fact"}}, nil, false, false},
		{"07 pasif dikirim oleh", "Bantuan kemanusiaan untuk Sudan dikirim oleh Arab Saudi melalui Port Sudan.",
			[]ev{{"SAU", "", "07", "SDN", "", "fact"}}, nil, false, false},

		// 10: demands.
		{"10 menuntut", "Palestina menuntut Israel menarik pasukannya dari Tepi Barat.",
			[]ev{{"PSE", "", "10", "ISR", "", ""}}, nil, false, false},
		{"10 tuntutan", "Tuntutan Korea Selatan kepada Jepang soal ganti rugi kerja paksa kembali mencuat.",
			[]ev{{"KOR", "", "10", "JPN", "", ""}}, nil, false, false},
		{"10 menuntut penarikan", "Venezuela menuntut Amerika Serikat menarik kapal perangnya dari Karibia.",
			[]ev{{"VEN", "", "10", "USA", "", ""}}, nil, false, false},

		// 11: disapproval.
		{"11 mengecam", "Indonesia mengecam keras serangan Israel terhadap kamp pengungsi di Rafah.",
			[]ev{{"IDN", "", "11", "ISR", "", "fact"}}, nil, false, false},
		{"11 mengkritik", "China mengkritik penjualan senjata Amerika Serikat kepada Taiwan.",
			[]ev{{"CHN", "", "11", "USA", "", "fact"}}, nil, false, false},
		{"11 menuduh", "Rusia menuduh Ukraina menyerang fasilitas energi di Kursk.",
			[]ev{{"RUS", "", "11", "UKR", "", "fact"}}, nil, false, false},
		{"11 menyesalkan", "Malaysia menyesalkan keputusan Amerika Serikat menaikkan tarif impor.",
			[]ev{{"MYS", "", "11", "USA", "", "fact"}}, nil, false, false},
		{"11 mengutuk", "Organisasi Kerja Sama Islam mengutuk serangan Israel ke Qatar.",
			[]ev{{"oic", "", "11", "ISR", "", "fact"}}, nil, false, false},
		{"11 kecaman", "Kecaman Prancis terhadap Israel muncul setelah serangan di Beirut.",
			[]ev{{"FRA", "", "11", "ISR", "", "fact"}}, nil, false, false},
		{"11 menuding", "Thailand menuding Kamboja melanggar kesepakatan gencatan senjata di perbatasan.",
			[]ev{{"THA", "", "11", "KHM", "", "fact"}}, nil, false, false},
		{"11 pasif dikecam", "Israel dikecam oleh Turki setelah mencegat kapal bantuan menuju Gaza.",
			[]ev{{"TUR", "", "11", "ISR", "", "fact"}}, []ev{{"ISR", "", "11", "TUR", "", ""}}, false, false},
		{"11 memanggil dubes", "Kementerian Luar Negeri China memanggil Duta Besar Jepang untuk menyampaikan protes.",
			[]ev{{"CHN", "", "11", "JPN", "", "fact"}}, nil, false, false},

		// 12: rejection and denial.
		{"12 menolak usulan", "Israel menolak usulan gencatan senjata yang diajukan Mesir.",
			[]ev{{"ISR", "", "12", "EGY", "", "fact"}}, nil, false, false},
		{"12 membantah", "Iran membantah tuduhan Amerika Serikat soal pengayaan uranium.",
			[]ev{{"IRN", "", "12", "USA", "", "fact"}}, nil, false, false},
		{"12 menolak tuntutan", "Kamboja menolak tuntutan Thailand untuk menarik pasukan dari perbatasan.",
			[]ev{{"KHM", "", "12", "THA", "", "fact"}}, nil, false, false},
		{"12 memveto", "Amerika Serikat memveto rancangan resolusi Dewan Keamanan PBB soal Gaza.",
			[]ev{{"USA", "", "12", "", "", "fact"}}, nil, false, false},
		{"12 menampik", "Pemerintah China menampik tudingan Filipina soal penabrakan kapal di Laut China Selatan.",
			[]ev{{"CHN", "", "12", "PHL", "", "fact"}}, nil, false, false},

		// 13: threats.
		{"13 mengancam", "Presiden Amerika Serikat Donald Trump mengancam mengenakan tarif tambahan terhadap India.",
			[]ev{{"USA", "", "13", "IND", "", ""}}, []ev{{"USA", "", "16", "IND", "", "fact"}}, false, false},
		{"13 mengancam serangan", "Korea Utara mengancam akan menyerang Korea Selatan jika latihan militer terus digelar.",
			[]ev{{"PRK", "", "13", "KOR", "", ""}}, []ev{{"PRK", "", "19", "KOR", "", "fact"}}, false, false},
		{"13 memperingatkan", "Rusia memperingatkan NATO agar tidak mengirim pasukan ke Ukraina.",
			[]ev{{"RUS", "", "13", "nato", "", ""}}, nil, false, false},
		{"13 ancaman", "Ancaman Iran terhadap Israel meningkat setelah serangan di Damaskus.",
			[]ev{{"IRN", "", "13", "ISR", "", ""}}, nil, false, false},
		{"13 ultimatum", "Pakistan memberikan ultimatum kepada Afghanistan untuk menindak kelompok militan di perbatasan.",
			[]ev{{"PAK", "", "13", "AFG", "", ""}}, nil, false, false},

		// 14: protests.
		// known: berunjuk rasa (verb) has no trigger; only the nouns unjuk rasa/demonstrasi.
		{"14 berunjuk rasa", "Ribuan mahasiswa berunjuk rasa di depan gedung DPR menolak revisi UU TNI.",
			[]ev{{"", "", "14", "", "", ""}}, nil, false, true},
		// known: a protest by an unnamed group (warga) has no source actor.
		{"14 berdemonstrasi kedubes", "Ratusan warga berdemonstrasi di depan Kedutaan Besar Amerika Serikat di Jakarta memprotes dukungan Washington kepada Israel.",
			[]ev{{"", "", "14", "USA", "", ""}}, nil, false, true},
		// known: a protest by an unnamed group (buruh) has no source actor.
		{"14 unjuk rasa", "Unjuk rasa buruh di Jakarta menuntut kenaikan upah minimum berlangsung damai.",
			[]ev{{"", "", "14", "", "", ""}}, nil, false, true},
		{"14 memprotes", "Filipina memprotes tindakan penjaga pantai China di Laut China Selatan.",
			[]ev{{"PHL", "", "11", "CHN", "", "fact"}}, nil, false, false},

		// 16: sanctions and reduced relations.
		{"16 menjatuhkan sanksi", "Uni Eropa menjatuhkan sanksi baru terhadap Rusia terkait perang di Ukraina.",
			[]ev{{"european-union", "", "16", "RUS", "", "fact"}}, nil, false, false},
		{"16 sanksi AS", "Amerika Serikat menjatuhkan sanksi kepada Iran atas program rudal balistiknya.",
			[]ev{{"USA", "", "16", "IRN", "", "fact"}}, nil, false, false},
		{"16 memberlakukan tarif", "Amerika Serikat memberlakukan tarif 32 persen terhadap produk impor dari Indonesia.",
			[]ev{{"USA", "", "16", "IDN", "", "fact"}}, nil, false, false},
		{"16 memutus hubungan", "Kolombia memutus hubungan diplomatik dengan Israel.",
			[]ev{{"COL", "", "16", "ISR", "", "fact"}}, nil, false, false},
		{"16 menangguhkan", "Kanada menangguhkan perundingan dagang dengan India.",
			[]ev{{"CAN", "", "16", "IND", "", "fact"}}, nil, false, false},
		{"16 pasif dijatuhi sanksi", "Korea Utara dijatuhi sanksi oleh Dewan Keamanan PBB atas uji coba rudalnya.",
			[]ev{{"un-security-council", "", "16", "PRK", "", "fact"}}, []ev{{"PRK", "", "16", "", "", ""}}, false, false},

		// 17, 19, 20: force.
		{"19 menyerang", "Israel menyerang Iran pada Jumat dini hari.",
			[]ev{{"ISR", "", "19", "IRN", "", "fact"}}, nil, false, false},
		{"19 membombardir", "Rusia membombardir Kyiv dengan ratusan drone dan rudal pada malam hari.",
			[]ev{{"RUS", "", "19", "UKR", "", "fact"}}, nil, false, false},
		{"19 menembakkan rudal ke", "Iran menembakkan rudal balistik ke Israel sebagai balasan.",
			[]ev{{"IRN", "", "19", "ISR", "", "fact"}}, nil, false, false},
		{"19 meluncurkan serangan udara", "Pakistan melancarkan serangan udara ke wilayah Afghanistan pada Rabu.",
			[]ev{{"PAK", "", "19", "AFG", "", "fact"}}, nil, false, false},
		{"19 pasif diserang oleh", "Kota Kharkiv diserang oleh pasukan Rusia pada Minggu malam.",
			[]ev{{"RUS", "", "19", "UKR", "", "fact"}}, []ev{{"UKR", "", "19", "RUS", "", ""}}, false, false},
		{"19 pasif dibom", "Sebuah rumah sakit di Gaza dibom oleh militer Israel.",
			[]ev{{"ISR", "", "19", "PSE", "", "fact"}}, nil, false, false},
		{"19 bentrok", "Pasukan Thailand dan Kamboja terlibat bentrokan di perbatasan kedua negara.",
			[]ev{{"THA", "", "19", "KHM", "", "fact"}}, nil, false, false},
		{"19 serangan drone", "Serangan drone Ukraina menghantam kilang minyak di Rusia selatan.",
			[]ev{{"UKR", "", "19", "RUS", "", "fact"}}, nil, false, false},
		{"17 menangkap", "Otoritas China menangkap dua warga negara Jepang atas tuduhan spionase.",
			[]ev{{"CHN", "", "17", "JPN", "", "fact"}}, nil, false, false},
		// known: expelling diplomats is coded 17 (coerce), not 166 (root 16).
		{"17 mengusir diplomat", "Rusia mengusir dua diplomat Jerman dari Moskow.",
			[]ev{{"RUS", "", "16", "DEU", "", "fact"}}, nil, false, true},
		{"15 mengerahkan pasukan", "India mengerahkan pasukan tambahan ke perbatasan dengan Pakistan.",
			[]ev{{"IND", "", "15", "", "", "fact"}}, nil, false, false},
		// known: a water cannon is coded as an assault (19), not coercion (17).
		{"19 menembak kapal", "Penjaga pantai China menembakkan meriam air ke kapal Filipina di Second Thomas Shoal.",
			[]ev{{"CHN", "", "17", "PHL", "", "fact"}}, nil, false, true},

		// Negation: no fact.
		{"neg tidak menyerang", "Israel tidak menyerang fasilitas nuklir Iran, kata juru bicara militer.",
			nil, []ev{{"ISR", "", "19", "IRN", "", "fact"}}, false, false},
		{"neg belum bertemu", "Presiden Prabowo belum bertemu Presiden Donald Trump sejak pelantikan.",
			nil, []ev{{"IDN", "", "04", "USA", "", "fact"}}, false, false},
		{"neg batal berkunjung", "Perdana Menteri Jepang batal berkunjung ke Indonesia karena krisis politik di dalam negeri.",
			nil, []ev{{"JPN", "", "04", "IDN", "", "fact"}}, false, false},
		{"neg tidak menjatuhkan sanksi", "Uni Eropa tidak menjatuhkan sanksi terhadap Israel meski ada desakan dari Spanyol.",
			nil, []ev{{"european-union", "", "16", "ISR", "", "fact"}}, false, false},
		{"neg tak mengirim", "Jerman tak akan mengirim rudal Taurus ke Ukraina, kata kanselir.",
			nil, []ev{{"DEU", "", "07", "UKR", "", "fact"}}, false, false},
		{"neg bukan mengecam", "Malaysia menegaskan tidak pernah mengecam Indonesia soal kabut asap.",
			nil, []ev{{"MYS", "", "11", "IDN", "", "fact"}}, false, false},
		{"neg menunda kunjungan", "Presiden Korea Selatan menunda kunjungan ke Jepang.",
			nil, []ev{{"KOR", "", "04", "JPN", "", "fact"}}, false, false},
		{"neg gagal bertemu", "Menteri luar negeri Thailand dan Kamboja gagal bertemu di Kuala Lumpur.",
			nil, []ev{{"THA", "", "04", "KHM", "", "fact"}}, false, false},

		// Modality and the future: no fact.
		{"mod akan menyerang", "Israel akan menyerang Lebanon jika Hizbullah tidak dilucuti.",
			nil, []ev{{"ISR", "", "19", "LBN", "", "fact"}}, false, false},
		{"mod berencana sanksi", "Uni Eropa berencana menjatuhkan sanksi tambahan terhadap Rusia.",
			nil, []ev{{"european-union", "", "16", "RUS", "", "fact"}}, false, false},
		{"mod mungkin", "China mungkin memberlakukan tarif balasan terhadap produk Amerika Serikat.",
			nil, []ev{{"CHN", "", "16", "USA", "", "fact"}}, false, false},
		{"mod harus", "Israel harus menghentikan serangan ke Gaza, kata Menteri Luar Negeri Sugiono.",
			nil, []ev{{"ISR", "", "19", "PSE", "", "fact"}}, false, false},
		{"mod diperkirakan bertemu", "Xi Jinping diperkirakan bertemu Donald Trump di sela KTT APEC di Korea Selatan.",
			nil, []ev{{"CHN", "", "04", "USA", "", "fact"}}, false, false},
		{"mod rencana kunjungan", "Rencana kunjungan Presiden Prabowo ke Rusia masih dibahas.",
			nil, []ev{{"IDN", "", "04", "RUS", "", "fact"}}, false, false},

		// Reported speech.
		{"speech kata", "Rusia meluncurkan puluhan drone ke Odesa semalam, kata Angkatan Udara Ukraina.",
			[]ev{{"RUS", "", "19", "UKR", "", ""}}, nil, false, false},
		// known: a missile launch into a sea (Laut Jepang) gives no 15 display of force.
		{"speech menurut", "Menurut kantor berita KCNA, Korea Utara menembakkan rudal balistik ke Laut Jepang.",
			[]ev{{"PRK", "", "15", "", "", ""}}, []ev{{"PRK", "", "19", "JPN", "", "fact"}}, false, true},
		{"speech tuduhan", "Ukraina menuduh Rusia menyerang jaringan listrik di Kharkiv.",
			[]ev{{"UKR", "", "11", "RUS", "", "fact"}}, []ev{{"RUS", "", "19", "UKR", "", "fact"}}, false, false},
		{"speech bahwa", "Menteri Luar Negeri Sugiono mengatakan bahwa Indonesia mengecam serangan Israel ke Iran.",
			[]ev{{"IDN", "", "11", "ISR", "", ""}}, nil, false, false},

		// No event.
		{"none cuaca", "Hujan deras mengguyur Jakarta sejak pagi dan menyebabkan banjir di sejumlah ruas jalan.",
			nil, nil, true, false},
		{"none sepak bola", "Timnas Indonesia menyerang sejak menit awal saat menghadapi Arab Saudi di Jeddah.",
			nil, nil, true, false},
		{"none bulu tangkis", "Pebulu tangkis Jonatan Christie mengalahkan wakil China di final Indonesia Open.",
			nil, nil, true, false},
		{"none penyakit", "Virus demam berdarah menyerang ratusan warga di Kabupaten Bogor.",
			nil, nil, true, false},
		{"none ekonomi", "Nilai tukar rupiah melemah terhadap dolar AS pada perdagangan Kamis.",
			nil, nil, true, false},
		{"none film", "Film tentang perang Vietnam itu tayang di bioskop Jakarta mulai pekan depan.",
			nil, nil, true, false},
		{"none kecelakaan", "Sebuah bus terguling di Tol Cipularang dan menewaskan tiga penumpang.",
			nil, nil, true, false},
		{"none bencana", "Gempa bermagnitudo 6,2 mengguncang Sulawesi Tengah pada Selasa malam.",
			nil, nil, true, false},

		// Second batch, annotated before its first run.
		{"b2 menanggapi kritik", "Pemerintah Vietnam menanggapi kritik Amerika Serikat soal kebebasan pers.",
			[]ev{{"VNM", "", "01", "USA", "", "fact"}}, nil, false, false},
		{"b2 menyangkal", "Korea Utara menyangkal tuduhan Korea Selatan soal peretasan bank.",
			[]ev{{"PRK", "", "12", "KOR", "", "fact"}}, nil, false, false},
		{"b2 membantah pasif", "Tuduhan Filipina itu dibantah oleh Kementerian Luar Negeri China.",
			[]ev{{"CHN", "", "12", "PHL", "", ""}}, nil, false, false},
		{"b2 menyampaikan keprihatinan", "Australia menyampaikan keprihatinan atas penahanan jurnalisnya oleh China.",
			[]ev{{"AUS", "", "11", "CHN", "", "fact"}}, nil, false, false},
		{"b2 mengancam menyerang", "Iran mengancam menyerang pangkalan militer Amerika Serikat di Teluk.",
			[]ev{{"IRN", "", "13", "USA", "", ""}}, []ev{{"IRN", "", "19", "USA", "", "fact"}}, false, false},
		{"b2 menolak menandatangani", "Hungaria menolak menandatangani pernyataan bersama Uni Eropa soal Ukraina.",
			[]ev{{"HUN", "", "12", "", "", "fact"}}, []ev{{"HUN", "", "05", "european-union", "", "fact"}}, false, false},
		{"b2 tarif ekspor dari", "China mengenakan bea masuk antidumping terhadap baja impor dari Jepang.",
			[]ev{{"CHN", "", "16", "JPN", "", "fact"}}, nil, false, false},
		{"b2 membatalkan pertemuan", "Presiden Trump membatalkan pertemuan dengan Presiden Putin di Budapest.",
			nil, []ev{{"USA", "", "04", "RUS", "", "fact"}}, false, false},
		{"b2 rencana sanksi", "Rencana sanksi Uni Eropa terhadap Israel ditentang Jerman.",
			nil, []ev{{"european-union", "", "16", "ISR", "", "fact"}}, false, false},
		{"b2 bantuan pemilik", "Presiden Prabowo menyerahkan bantuan Indonesia kepada warga Palestina di Yordania.",
			[]ev{{"IDN", "", "07", "PSE", "", ""}}, []ev{{"IDN", "", "07", "IDN", "", ""}}, false, false},
		{"b2 pasif diserang tempat", "Sebuah pelabuhan di Odesa diserang oleh drone Rusia pada Kamis dini hari.",
			[]ev{{"RUS", "", "19", "UKR", "", "fact"}}, nil, false, false},
		{"b2 terlibat baku tembak", "Tentara India dan Pakistan terlibat pertempuran di Garis Kontrol Kashmir.",
			[]ev{{"IND", "", "19", "PAK", "", "fact"}}, nil, false, false},
		// known: a place of a state (Rostov) after kilang minyak di is not the target of the launch.
		{"b2 drone ke", "Ukraina meluncurkan drone ke kilang minyak di Rostov.",
			[]ev{{"UKR", "", "19", "RUS", "", "fact"}}, nil, false, true},
		{"b2 bertemu", "Perdana Menteri Jepang bertemu Presiden Korea Selatan di Gyeongju.",
			[]ev{{"JPN", "", "04", "KOR", "", "fact"}}, nil, false, false},
		{"b2 menuduh", "Venezuela menuduh Amerika Serikat merencanakan invasi.",
			[]ev{{"VEN", "", "11", "USA", "", "fact"}}, []ev{{"USA", "", "19", "VEN", "", "fact"}}, false, false},
		{"b2 sanksi baru", "Inggris menjatuhkan sanksi terhadap dua perusahaan minyak Rusia.",
			[]ev{{"GBR", "", "16", "RUS", "", "fact"}}, nil, false, false},
		{"b2 tidak akan bertemu", "Zelensky menegaskan tidak akan bertemu Putin sebelum gencatan senjata.",
			nil, []ev{{"UKR", "", "04", "RUS", "", "fact"}}, false, false},
		{"b2 menandatangani", "Arab Saudi dan Pakistan menandatangani pakta pertahanan bersama di Riyadh.",
			[]ev{{"SAU", "", "05", "PAK", "", "fact"}}, nil, false, false},
		{"b2 none timnas", "Timnas Jepang membantai Bahrain 5-0 di kualifikasi Piala Dunia.",
			nil, nil, true, false},
		{"b2 none hama", "Hama wereng menyerang ribuan hektare sawah di Karawang.",
			nil, nil, true, false},

		// Third batch, annotated before its first run.
		{"b3 sanksi dijatuhkan oleh", "Sanksi terhadap Iran dijatuhkan oleh Amerika Serikat pada Selasa.",
			[]ev{{"USA", "", "16", "IRN", "", "fact"}}, nil, false, false},
		// known: a capital after di (di Beirut selatan) is dropped as a place, so the strike has no target.
		{"b3 serangan dilancarkan oleh", "Serangan udara itu dilancarkan oleh militer Israel di Beirut selatan.",
			[]ev{{"ISR", "", "19", "LBN", "", "fact"}}, nil, false, true},
		{"b3 kritik dikecam", "Kritik itu dikecam oleh China.",
			nil, nil, true, false},
		{"b3 menolak tawaran yang", "Hamas menolak tawaran yang diajukan Israel melalui Qatar.",
			[]ev{{"hamas", "", "12", "ISR", "", "fact"}}, nil, false, false},
		{"b3 unjuk rasa di depan", "Aktivis Greenpeace berunjuk rasa di depan Kedutaan Besar Jepang di Jakarta.",
			nil, []ev{{"embassy-jpn-idn", "", "14", "", "", ""}, {"JPN", "", "14", "", "", ""}}, false, false},
		{"b3 mengancam menjatuhkan sanksi", "Uni Eropa mengancam menjatuhkan sanksi kepada Georgia.",
			[]ev{{"european-union", "", "13", "GEO", "", ""}}, []ev{{"european-union", "", "16", "GEO", "", "fact"}}, false, false},
		{"b3 menolak berunding", "Israel menolak berunding dengan Hamas.",
			[]ev{{"ISR", "", "12", "hamas", "", "fact"}}, []ev{{"ISR", "", "04", "hamas", "", "fact"}}, false, false},
		{"b3 dukungan pemilik", "Perdana Menteri Anwar Ibrahim menyampaikan dukungan Malaysia kepada Thailand.",
			[]ev{{"MYS", "", "05", "THA", "", ""}}, []ev{{"MYS", "", "05", "MYS", "", ""}}, false, false},
		{"b3 mengomentari", "Rusia mengomentari latihan militer NATO di Laut Baltik.",
			[]ev{{"RUS", "", "01", "nato", "", "fact"}}, nil, false, false},
		{"b3 membatalkan kunjungan", "Menteri Luar Negeri Jerman membatalkan kunjungan ke China.",
			nil, []ev{{"DEU", "", "04", "CHN", "", "fact"}}, false, false},
	}
	runEventRowsIn(t, x, "id", tests, 131)
}
