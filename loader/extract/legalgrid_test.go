package extract

import "testing"

// legalGridRows are Indonesian crime, police and court sentences written
// for the test (made up in the style of Indonesian news, never copied from
// a data set), annotated before the extractor ran on them: suspects,
// victims and witnesses named by initials and an age ("tersangka
// berinisial AS (35)", "korban, RI (17)", "pelaku MF dan RH", "AS alias
// Ucok"), where initials that spell a state's short form (AS, RI, RRC,
// UEA, PNG, IS) are persons, never states; lawyers ("kuasa hukum",
// "pengacara"), judges ("majelis hakim yang diketuai", "Hakim Ketua"),
// prosecutors ("Jaksa Penuntut Umum", "JPU KPK"), police ranks and units,
// courts, prosecutors' offices, KPK, BNN, PPATK, LPSK, Komnas HAM and
// Ombudsman; defendants who are former officials ("mantan Menteri X");
// and rows with no actor. Columns as in expertGridRows (want,
// absent, none, known; persons and states annotated completely).
var legalGridRows = []nameGridRow{
	// Initials that spell a state's short form are persons.
	{"tersangka AS age", "Polisi menetapkan tersangka berinisial AS (35) dalam kasus pembunuhan di Bekasi.", "as", "USA", false, false},
	{"korban RI age comma", "Korban, RI (17), mengalami luka tusuk di bagian perut.", "ri", "IDN", false, false},
	{"pelaku MF dan RH", "Pelaku MF dan RH ditangkap di sebuah kontrakan di Cikarang.", "mf rh", "", false, false},
	{"AS alias Ucok", "Tersangka AS alias Ucok mengaku nekat mencuri karena terlilit utang.", "as", "USA", false, false},
	{"inisial RRC", "Seorang pria berinisial RRC (41) diamankan warga setelah kepergok mencuri kotak amal.", "rrc", "CHN", false, false},
	{"inisial UEA", "Sopir taksi daring berinisial UEA (29) menjadi korban perampokan di Jalan Raya Bogor.", "uea", "ARE", false, false},
	{"inisial PNG", "Polisi masih memburu pelaku berinisial PNG yang melarikan diri ke Kalimantan.", "png", "PNG", false, false},
	{"inisial IS", "Tersangka IS (27) ditangkap saat hendak kabur ke Batam.", "is", "isis", false, false},
	{"inisial AS and RI", "Kedua tersangka, AS (30) dan RI (25), dijerat pasal pencurian dengan kekerasan.", "as ri", "USA IDN", false, false},
	{"korban AS alone", "Korban AS (62) tewas di tempat akibat benturan keras di kepala.", "as", "USA", false, false},
	{"saksi inisial", "Saksi berinisial DN (40) mengaku melihat pelaku membawa senjata tajam.", "dn", "", false, false},
	{"pelajar inisial", "Seorang pelajar SMA berinisial RA (16) tewas dalam tawuran di Jakarta Timur.", "ra", "", false, false},
	{"ibu korban initials", "Ibu korban, SR (45), melaporkan kejadian itu ke Polsek Tanah Abang.", "sr", "", false, false},
	{"pelaku dua inisial comma", "Dua pelaku, yakni MZ (22) dan AF (19), masih berstatus pelajar.", "mz af", "", false, false},
	// known: the arrest's source, the police, is coded IDN/COP and its stance holder IDN is an actor with no mention
	{"ditangkap inisial end", "Polisi telah menangkap seorang tersangka berinisial AS.", "as", "USA", false, true},
	// known: the arrest's source, the BNN, is coded IDN/COP and its stance holder IDN is an actor with no mention
	{"inisial kurir narkoba", "BNN menangkap kurir narkoba berinisial HS (33) di Bandara Kualanamu.", "hs idn-bnn", "", false, true},
	// known: initials that open a sentence before a conjunction are the United States as well ('AS dan sekutunya'): nothing tells them apart
	{"anak buah AS", "AS dan dua rekannya kini ditahan di Mapolres Bogor.", "as", "USA", false, true},
	{"RI sebagai otak", "Polisi menyebut RI (38) sebagai otak pencurian kendaraan bermotor itu.", "ri", "IDN", false, false},
	{"real RI state", "Pemerintah RI meminta Malaysia memulangkan pekerja migran yang ditahan.", "IDN MYS", "", false, false},
	{"real AS state", "Departemen Kehakiman AS mendakwa dua warga negara Rusia atas peretasan.", "USA RUS", "", false, false},
	{"tersangka alias only", "Budi alias Gendut ditangkap polisi di rumah kerabatnya di Tangerang.", "budi", "", false, false},
	{"nama lengkap inisial korban", "Jasad korban berinisial NH (23) ditemukan di semak-semak dekat rel kereta.", "nh", "", false, false},

	// Lawyers.
	{"kuasa hukum comma", "Kuasa hukum tersangka, Hotman Sitorus, mengatakan kliennya akan mengajukan praperadilan.", "hotman-sitorus", "", false, false},
	{"pengacara name", "Pengacara Dedi Mulyana menilai penahanan kliennya tidak sah.", "dedi-mulyana", "", false, false},
	{"kuasa hukum keluarga korban", "Kuasa hukum keluarga korban, Rian Ernest Tanudjaja, meminta polisi transparan.", "rian-ernest-tanudjaja", "", false, false},
	{"kata pengacaranya", "\"Klien kami tidak pernah menerima uang itu,\" kata pengacaranya, Maqdir Ismail.", "maqdir-ismail", "", false, false},
	{"tim kuasa hukum ketua", "Ketua tim kuasa hukum terdakwa, Febri Diansyah, menyebut dakwaan jaksa kabur.", "febri-diansyah", "", false, false},
	{"advokat", "Advokat Ronny Talapessy mendampingi saksi saat diperiksa penyidik Bareskrim.", "ronny-talapessy idn-bareskrim", "", false, false},

	// Judges.
	{"majelis hakim diketuai", "Majelis hakim yang diketuai Eko Aryanto menjatuhkan vonis enam tahun penjara.", "eko-aryanto", "", false, false},
	{"hakim ketua name", "Hakim Ketua Rianto Adam Pontoh menunda sidang hingga pekan depan.", "rianto-adam-pontoh", "", false, false},
	{"hakim anggota", "Hakim anggota Sri Hartati menyatakan berbeda pendapat dalam putusan tersebut.", "sri-hartati", "", false, false},
	{"ketua majelis hakim comma", "Ketua majelis hakim, Fahzal Hendri, membacakan amar putusan selama tiga jam.", "fahzal-hendri", "", false, false},
	{"hakim tunggal praperadilan", "Hakim tunggal praperadilan PN Jakarta Selatan Djuyamto menolak gugatan tersangka.", "djuyamto pengadilan-negeri-jakarta-selatan", "", false, false},
	{"majelis hakim no name", "Majelis hakim menilai terdakwa terbukti bersalah melakukan korupsi.", "", "", true, false},
	{"hakim ketua MK", "Ketua Mahkamah Konstitusi Suhartoyo membacakan putusan uji materi undang-undang itu.", "suhartoyo idn-constitutional-court", "", false, false},

	// Prosecutors.
	{"jaksa penuntut umum name", "Jaksa Penuntut Umum Wawan Yunarwanto menuntut terdakwa 12 tahun penjara.", "wawan-yunarwanto", "", false, false},
	{"JPU KPK", "JPU KPK Takdir Suhan menghadirkan lima saksi dalam persidangan.", "takdir-suhan idn-kpk", "", false, false},
	{"jaksa KPK comma", "Jaksa KPK, Budhi Sarumpaet, mengatakan terdakwa menerima suap Rp 3 miliar.", "budhi-sarumpaet idn-kpk", "", false, false},
	{"JPU no name", "JPU menuntut terdakwa hukuman seumur hidup.", "", "", true, false},
	{"jaksa agung", "Jaksa Agung ST Burhanuddin meminta jajarannya tidak bermain perkara.", "st-burhanuddin", "", false, false},
	{"kapuspenkum kejagung", "Kapuspenkum Kejagung Harli Siregar mengatakan tersangka langsung ditahan.", "harli-siregar idn-attorney-general", "", false, false},
	{"kajari", "Kepala Kejari Bandung Irfan Wibowo menyebut kerugian negara mencapai Rp 5 miliar.", "irfan-wibowo kejari-bandung", "", false, false},
	// known: a head's contracted title (Kajati, Kapolres) names no body of its own, the convention of TestDomesticGrid
	{"kajati", "Kajati Sumatera Utara Idianto memerintahkan penyelidikan dugaan korupsi dana desa.", "idianto kejati-sumatera-utara", "", false, true},

	// Police ranks and units.
	// known: a head's contracted title (Kajati, Kapolres) names no body of its own, the convention of TestDomesticGrid
	{"akbp kapolres", "Kapolres Metro Depok AKBP Arya Perdana mengatakan pelaku sudah mengintai korban sejak pagi.", "arya-perdana polres-metro-depok", "", false, true},
	{"kombes comma", "Kabid Humas Polda Metro Jaya, Kombes Ade Ary Syam Indradi, membenarkan penangkapan itu.", "ade-ary-syam-indradi polda-metro-jaya", "", false, false},
	{"kasat reskrim inisial", "Kasat Reskrim Polres Sleman AKP Riski Adrian mengatakan tersangka berinisial AS sudah ditahan.", "riski-adrian as polres-sleman", "USA", false, false},
	{"kapolsek", "Kapolsek Cengkareng Kompol Hasoloan Situmorang mengimbau warga tidak main hakim sendiri.", "hasoloan-situmorang", "", false, false},
	// known: the arrest's source, Densus 88, is coded IDN/COP and its stance holder IDN is an actor with no mention
	{"densus 88", "Densus 88 Antiteror menangkap terduga teroris berinisial AW (34) di Sukoharjo.", "idn-densus-88 aw", "", false, true},
	{"propam", "Divisi Propam Polri memeriksa tiga anggota yang diduga memeras pengunjung konser.", "", "", false, false},
	{"bareskrim dirtipidum", "Dirtipidum Bareskrim Polri Brigjen Djuhandhani Rahardjo Puro mengatakan berkas perkara sudah lengkap.", "djuhandhani-rahardjo-puro idn-bareskrim", "", false, false},
	{"polsek subject", "Polsek Kebayoran Lama menangkap dua pencuri motor di sebuah indekos.", "", "", false, false},
	{"polda jatim", "Polda Jawa Timur menetapkan enam tersangka dalam tragedi di stadion itu.", "polda-jawa-timur", "", false, false},
	{"penyidik polres", "Penyidik Polres Jakarta Barat masih memeriksa lima saksi.", "polres-jakarta-barat", "", false, false},
	{"kapolri", "Kapolri Jenderal Listyo Sigit Prabowo mencopot kapolres yang terlibat kasus narkoba.", "listyo-sigit-prabowo", "prabowo-subianto", false, false},

	// Courts.
	{"pn vonis", "Pengadilan Negeri Surabaya memvonis terdakwa tujuh tahun penjara.", "pengadilan-negeri-surabaya", "", false, false},
	{"tipikor sidang", "Sidang kasus korupsi itu digelar di Pengadilan Tipikor Jakarta Pusat.", "pengadilan-tipikor-jakarta-pusat", "", false, false},
	{"ma kasasi", "Mahkamah Agung menolak kasasi yang diajukan terdakwa.", "idn-supreme-court", "", false, false},
	{"mk uji materi", "Mahkamah Konstitusi mengabulkan sebagian permohonan uji materi undang-undang pemilu.", "idn-constitutional-court", "", false, false},
	{"pengadilan tinggi banding", "Pengadilan Tinggi Jawa Barat menguatkan putusan pengadilan tingkat pertama.", "pengadilan-tinggi-jawa-barat", "", false, false},
	{"ptun gugatan", "Warga menggugat keputusan wali kota ke PTUN Bandung.", "ptun-bandung", "", false, false},

	// Anti-graft, narcotics, finance intelligence, witness protection, rights bodies.
	{"kpk tetapkan", "KPK menetapkan Bupati Kolaka Timur sebagai tersangka suap proyek rumah sakit.", "idn-kpk", "", false, false},
	{"juru bicara kpk", "Juru bicara KPK Tessa Mahardhika mengatakan penyidik menyita uang tunai Rp 2 miliar.", "tessa-mahardhika idn-kpk", "", false, false},
	{"ppatk", "PPATK menemukan aliran dana mencurigakan ke rekening istri tersangka.", "idn-ppatk", "", false, false},
	{"lpsk", "LPSK memberikan perlindungan kepada saksi kunci kasus pembunuhan itu.", "idn-lpsk", "", false, false},
	{"komnas ham", "Komnas HAM menyimpulkan ada pelanggaran HAM dalam penembakan itu.", "idn-komnas-ham", "", false, false},
	{"ombudsman", "Ombudsman menemukan maladministrasi dalam penanganan laporan warga oleh polisi.", "idn-ombudsman", "", false, false},
	{"bnn kepala", "Kepala BNN Marthinus Hukom mengatakan jaringan itu dikendalikan dari dalam lapas.", "marthinus-hukom idn-bnn", "", false, false},
	{"kpk periksa saksi", "KPK memeriksa Wali Kota Semarang sebagai saksi.", "idn-kpk", "", false, false},

	// Defendants who are former officials.
	{"mantan menteri", "Mantan Menteri Perdagangan Thomas Lembong divonis empat tahun enam bulan penjara.", "thomas-lembong", "", false, false},
	{"mantan mentan", "Mantan Menteri Pertanian Syahrul Yasin Limpo mengajukan banding atas vonis itu.", "syahrul-yasin-limpo", "", false, false},
	{"terdakwa mantan kepala dinas", "Terdakwa mantan Kepala Dinas Pendidikan Riau, Rudi Hartono, membantah menerima suap.", "rudi-hartono", "", false, false},
	// known: 'Terbit' (an ordinary word) opening a name after a regency ends the name
	{"mantan bupati", "Mantan Bupati Langkat Terbit Rencana Perangin Angin dituntut sembilan tahun penjara.", "terbit-rencana-perangin-angin", "", false, true},
	{"terpidana name", "Terpidana Setya Novanto mendapat remisi pada Hari Kemerdekaan.", "setya-novanto", "", false, false},

	// Victims and suspects named in full.
	{"korban full name age", "Korban, Dimas Prasetyo (24), tewas setelah dikeroyok di depan kafe.", "dimas-prasetyo", "", false, false},
	{"tersangka bernama", "Tersangka bernama Ahmad Fauzi (31) mengaku menjual sabu sejak setahun lalu.", "ahmad-fauzi", "", false, false},
	{"pelaku alias name", "Pelaku Joni Saputra alias Jon (28) diringkus di tempat persembunyiannya.", "joni-saputra", "", false, false},

	// Second batch (annotated before the extractor ran on it).
	// known: 'kuasa hukum AS' is also a lawyer of the United States in arbitration news; nothing here tells the initials from the state
	{"kuasa hukum initials", "Kuasa hukum AS, Budi Santoso, menyebut kliennya hanya menjadi korban.", "as budi-santoso", "USA", false, true},
	{"jpu kejari", "JPU Kejari Jakarta Selatan menuntut terdakwa delapan tahun penjara.", "kejari-jakarta-selatan", "", false, false},
	{"hakim mk", "Hakim Konstitusi Arief Hidayat menyampaikan pendapat berbeda.", "arief-hidayat", "", false, false},
	{"mantan ketua dpr", "Mantan Ketua DPR Setya Novanto bebas bersyarat dari Lapas Sukamiskin.", "setya-novanto", "", false, false},
	{"eks menpora", "Eks Menpora Dito Ariotedjo diperiksa sebagai saksi di Gedung Merah Putih KPK.", "dito-ariotedjo idn-kpk", "", false, false},
	{"ketua kpk", "Ketua KPK Setyo Budiyanto memastikan penyidikan kasus itu terus berjalan.", "setyo-budiyanto idn-kpk", "", false, false},
	{"penyidik kpk periksa", "Penyidik KPK memeriksa Sekretaris Daerah Kabupaten Bogor sebagai saksi.", "idn-kpk", "", false, false},
	{"brigadir one letter", "Keluarga Brigadir J meminta hakim menjatuhkan hukuman maksimal.", "", "", false, false},
	{"irjen ferdy sambo", "Mantan Kadiv Propam Polri Irjen Ferdy Sambo divonis hukuman mati.", "ferdy-sambo", "", false, false},
	{"terdakwa comma age", "Terdakwa, Ronald Tannur (31), divonis bebas oleh majelis hakim.", "ronald-tannur", "", false, false},
	{"korban initials and full", "Korban berinisial SA (14) diduga dianiaya oleh ayah tirinya, Hendra Wijaya (40).", "sa hendra-wijaya", "", false, false},
	{"dua tersangka inisial comma list", "Polisi menetapkan tiga tersangka berinisial AS, RI, dan UEA.", "as ri uea idn-police", "USA IDN ARE", false, false},
	{"pelaku ditembak", "Pelaku berinisial RRC ditembak di kaki karena melawan petugas.", "rrc", "CHN", false, false},
	{"warga negara AS", "Seorang warga negara AS ditangkap di Bali karena membawa ganja.", "USA", "", false, false},
	{"buronan interpol", "Buronan kasus korupsi itu masuk daftar red notice Interpol.", "interpol", "", false, false},
	{"wna asal china", "Dua WNA asal China ditangkap karena menjalankan judi daring di Batam.", "CHN", "", false, false},
	{"kompolnas komisioner", "Komisioner Kompolnas Choirul Anam meminta kasus itu diusut tuntas.", "choirul-anam idn-kompolnas", "", false, false},
	{"lpsk ketua", "Ketua LPSK Achmadi mengatakan korban mendapat pendampingan psikologis.", "achmadi idn-lpsk", "", false, false},
	{"bareskrim subject", "Bareskrim Polri membongkar jaringan penipuan investasi bodong.", "idn-bareskrim", "", false, false},
	{"pn vonis bebas", "Majelis hakim PN Surabaya memvonis bebas terdakwa pembunuhan itu.", "pengadilan-negeri-surabaya", "", false, false},
	// No actor.
	{"pria curi motor", "Seorang pria ditangkap karena mencuri motor di parkiran pasar.", "", "", true, false},
	{"polisi tangkap", "Polisi menangkap tiga orang yang diduga terlibat jaringan narkoba.", "idn-police", "", false, false},
	{"terdakwa divonis", "Terdakwa divonis 10 tahun penjara dan denda Rp 500 juta.", "", "", true, false},
	{"sidang ditunda", "Sidang lanjutan kasus pembunuhan itu ditunda pekan depan.", "", "", true, false},
	{"pencurian marak", "Kasus pencurian kendaraan bermotor meningkat menjelang Lebaran.", "", "", true, false},
	{"korban dilarikan", "Korban dilarikan ke rumah sakit terdekat dengan luka bakar serius.", "", "", true, false},
	{"pasal kuhp", "Pelaku dijerat Pasal 338 KUHP tentang pembunuhan dengan ancaman 15 tahun penjara.", "", "", true, false},
	{"barang bukti", "Polisi menyita barang bukti berupa sebilah celurit dan dua unit ponsel.", "idn-police", "", false, false},
}

// TestLegalGrid runs the Indonesian crime and court rows: 67 of 84 passed
// before the legal pass, 77 after it; of the second batch of 20 (annotated
// after the first rules, before the extractor ran on it) 18 passed, 19
// after the list fix ("AS, RI, dan UEA"): 96 of 104. Two no-actor rows were re-annotated after the first
// run to the home-police convention of TestDomesticGrid ("Polisi menangkap"
// is idn-police).
func TestLegalGrid(t *testing.T) {
	runNameGrid(t, legalGridRows, 104)
}

// TestLegalGridEnglish checks English crime, police and court news on
// sentences written for the test, annotated before the extractor ran on
// them: unnamed suspects by age, suspects named in apposition, judges and
// prosecutors under their titles, justice ministries and prosecution
// services, city police forces, and rows with no actor. Columns as in
// TestEnglishWireGrid (nameProblems). 35 of 38 passed before the legal
// pass, 37 after it; of the second batch of 10, 8 passed, 9 with post-nominals
// ("James Wood KC"): 46 of 48.
func TestLegalGridEnglish(t *testing.T) {
	x := extractor(t)
	rows := []wireGridRow{
		{"unnamed man age", "A 35-year-old man was arrested on suspicion of murder after a stabbing in east London.", nil, nil, true, false},
		{"suspect identified as", "The suspect, identified as Marcus Whitfield, 42, was charged with attempted murder.", []string{"marcus-whitfield/person"}, nil, false, false},
		{"judge surname", "Judge Lewis Kaplan sentenced the former executive to 25 years in prison.", []string{"lewis-kaplan/person"}, nil, false, false},
		{"prosecutors said", "Prosecutors said the defendant had laundered more than $40 million.", nil, nil, true, false},
		{"cps", "The Crown Prosecution Service said there was insufficient evidence to bring charges.", []string{"gbr-cps/agency/GBR"}, nil, false, false},
		{"justice department", "The Justice Department charged four Chinese nationals with hacking.", []string{"usa-justice-ministry/agency/USA", "CHN/state"}, nil, false, false},
		{"federal judge manhattan", "A federal judge in Manhattan blocked the administration's plan on Tuesday.", nil, nil, true, false},
		{"met police", "The Metropolitan Police said a 19-year-old woman had been arrested.", []string{"gbr-police-met/agency/GBR"}, nil, false, false},
		{"nypd", "The NYPD said the shooter fled on foot and remained at large.", []string{"usa-nypd/agency/USA"}, nil, false, false},
		{"fbi", "The FBI is investigating the attack as an act of terrorism.", []string{"usa-fbi/agency/USA"}, nil, false, false},
		{"district judge", "U.S. District Judge Aileen Cannon dismissed the case last year.", []string{"aileen-cannon/person"}, nil, false, false},
		{"defense lawyer", "Defense lawyer Sarah Whitman said her client would plead not guilty.", []string{"sarah-whitman/person"}, nil, false, false},
		{"lawyer for", "Mark Geragos, a lawyer for the singer, called the charges baseless.", []string{"mark-geragos/person"}, nil, false, false},
		{"prosecutor name", "Prosecutor Daniel Ortiz told jurors the evidence was overwhelming.", []string{"daniel-ortiz/person"}, nil, false, false},
		{"attorney general state", "Attorney General Pam Bondi announced the indictment at a news conference.", []string{"pam-bondi/person"}, nil, false, false},
		{"police said victim", "Police said the victim, Tyler Brooks, 17, died at the scene.", []string{"tyler-brooks/person"}, nil, false, false},
		{"woman aged", "A woman aged 52 has been charged with fraud, police said.", nil, nil, true, false},
		{"teenager charged", "Two teenagers have been charged over the death of a man in Birmingham.", nil, nil, true, false},
		{"jury convicted", "A jury convicted him on all counts after two days of deliberation.", nil, nil, true, false},
		// known: a bare 'Supreme Court' in English with no state named is no one state's
		{"supreme court us", "The Supreme Court agreed to hear the case next term.", []string{"usa-supreme-court/court"}, nil, false, true},
		{"indonesia court english", "An Indonesian court sentenced two Australians to death for drug trafficking.", []string{"IDN/state", "AUS/state"}, nil, false, false},
		{"jakarta police spokesman", "Jakarta Police spokesman Ade Ary Syam Indradi said the suspect, identified only by his initials AS, was detained on Monday.", []string{"ade-ary-syam-indradi/person"}, []string{"USA"}, false, false},
		{"kpk english", "The Corruption Eradication Commission (KPK) named the regent a suspect in a bribery case.", []string{"idn-kpk/agency/IDN"}, nil, false, false},
		{"former minister convicted", "Former trade minister Thomas Lembong was sentenced to four and a half years in prison.", []string{"thomas-lembong/person"}, nil, false, false},
		{"sfo", "The Serious Fraud Office opened an investigation into the company's accounts.", []string{"gbr-sfo/agency/GBR"}, nil, false, false},
		{"judge said", "Judge Maria Delgado said the defendant showed no remorse.", []string{"maria-delgado/person"}, nil, false, false},
		{"police chief city", "Chicago Police Superintendent Larry Snelling said officers recovered a handgun.", []string{"larry-snelling/person"}, nil, false, false},
		{"lapd", "The LAPD arrested a 28-year-old man in connection with the fire.", []string{"usa-lapd/agency/USA"}, nil, false, false},
		{"interpol notice", "Interpol issued a red notice for the fugitive businessman.", []string{"interpol/igo"}, nil, false, false},
		{"man named by police", "Police named the man as Daniel Hughes, 31, from Leeds.", []string{"daniel-hughes/person"}, nil, false, false},
		{"prosecutors allege", "Federal prosecutors allege that the scheme defrauded investors of $12 million.", nil, nil, true, false},
		{"defendant pleaded", "The defendant pleaded guilty to one count of wire fraud.", nil, nil, true, false},
		{"icc prosecutor", "ICC prosecutor Karim Khan sought arrest warrants for the two commanders.", []string{"karim-khan/person", "icc/igo"}, nil, false, false},
		{"police scotland", "Police Scotland said a man had been arrested following the disturbance.", nil, nil, false, false},
		{"manhattan da", "Manhattan District Attorney Alvin Bragg said the investigation was continuing.", []string{"alvin-bragg/person"}, nil, false, false},
		{"suspect named in court", "Jason Reed, 29, appeared at Westminster Magistrates' Court charged with assault.", []string{"jason-reed/person"}, nil, false, false},
		{"judge surname only", "Judge Kaplan rejected the request for a new trial.", []string{"kaplan/person"}, nil, false, false},
		// Second batch (annotated before the extractor ran on it).
		{"suspect named later", "Police identified the suspect as Ryan Cole, a 24-year-old former soldier.", []string{"ryan-cole/person"}, nil, false, false},
		{"us attorney", "U.S. Attorney Damian Williams said the defendants had exploited vulnerable investors.", []string{"damian-williams/person"}, nil, false, false},
		{"judge of court", "Judge Tanya Chutkan of the U.S. District Court in Washington set a trial date.", []string{"tanya-chutkan/person"}, nil, false, false},
		{"police in city said", "Police in Sydney said a man had been charged over the stabbing.", nil, nil, true, false},
		{"defence barrister", "Defence barrister James Wood KC told the court his client was of good character.", []string{"james-wood/person"}, nil, false, false},
		{"doj lawsuit", "The Department of Justice sued the company for violating antitrust law.", []string{"usa-justice-ministry/agency/USA"}, nil, false, false},
		{"nca arrests", "The National Crime Agency arrested six people in raids across England.", []string{"gbr-nca/agency/GBR"}, nil, false, false},
		{"dea seized", "The DEA seized 400 kilograms of cocaine in the operation.", []string{"usa-dea/agency/USA"}, nil, false, false},
		// known: the arrest's source, the police, is coded IDN/COP and its stance holder IDN is an actor with no mention
		{"indonesian police english initials", "Indonesian police arrested a man identified by the initials RI, 38, in connection with the attack.", []string{"ri/person", "idn-police/agency/IDN"}, []string{"IDN/state"}, false, true},
		{"cps charged", "The Crown Prosecution Service has authorised charges against two men.", []string{"gbr-cps/agency/GBR"}, nil, false, false},
		{"home office", "The Home Office said the suspect would be deported after serving his sentence.", []string{"gbr-home-office/agency/GBR"}, nil, false, false},
	}
	runWireGrid(t, x, rows, "2024-06-01")
}
