package extract

import "testing"

// TestIGOGrid checks the actors of present-day (2023–2026) news about
// international organizations in Indonesian and English: the UN and its
// organs and agencies, its rapporteurs and envoys, the world's courts,
// ASEAN, the African Union, ECOWAS, the Arab League, the GCC and the OIC,
// the EU's institutions, NATO, the G7, G20, BRICS and other groups, the
// development banks and funds, Interpol, the Red Cross, MSF, Amnesty and
// HRW, and the officials who lead them. The sentences were written for
// the test in the style of wire copy and Indonesian news, never copied
// from a data set, and annotated before the extractor ran on them. About
// one row in five is a trap: a summit's host city is only the place, a
// charter or a day is no actor, and a state or region inside an
// organization's name ("Uni Afrika", "Organisasi Kerja Sama Islam",
// "Bank Pembangunan Asia") gives no state. A row marked known is a known
// failure: the test fails when it starts passing, so that its mark is
// taken off.
//
// Before the rules and data of this grid: 61 of 68 Indonesian rows and 68
// of 71 English rows pass (129 of 139); after them (document_after and
// document_before: "the UN Charter", "Piagam PBB" name a document, no
// actor; the UN Development Programme in the gazetteer) 62 of 68 and 70
// of 71 (132 of 139). Of the 7 rows still marked known, 6 are the
// annotation's: it left out a state the sentence names ("di Sudan",
// "buatan China"); the bare "Security Council" stays the generic body.
//
// A second batch of 42 rows, written after those fixes and annotated
// before its first run: 16 of 22 Indonesian and 15 of 20 English rows
// passed at once (31 of 42). The International Organization for
// Migration and the UN Office on Drugs and Crime in the gazetteer, the IFRC's
// Indonesian name, the Arab League chief's spelling "Ahmed Aboul Gheit",
// and a statute's name after a capital ("Rome Statute", "Statuta Roma":
// place_predicates, place_preps) made 9 more pass, and "day" after an organization's name
// (document_after: "UN Day" is an observance) a tenth: now 83 of 90 and 89
// of 91 (172 of 181). Of the 9 rows still marked known, 6 are the
// annotation's (a state the sentence names; the id of the UN Population
// Fund); the others say why on the line above them.
func TestIGOGrid(t *testing.T) {
	t.Run("id", func(t *testing.T) { runNameGrid(t, igoGridIDRows, 60) })
	t.Run("en", func(t *testing.T) { runWireGrid(t, extractor(t), igoGridENRows, "2025-06-01") })
}

// igoGridIDRows are the Indonesian rows (expertRowProblems: every state
// and person the row gives must be wanted).
var igoGridIDRows = []nameGridRow{
	// The UN and its organs.
	// Known: "di Sudan" names the state (annotation left it out).
	{"dk pbb", "Dewan Keamanan PBB menggelar sidang darurat membahas situasi kemanusiaan di Sudan.", "un-security-council", "", false, true},
	{"majelis umum pbb", "Majelis Umum PBB mengadopsi resolusi yang menuntut gencatan senjata segera.", "un-general-assembly", "", false, false},
	{"sekjen pbb guterres", "Sekretaris Jenderal PBB Antonio Guterres menyerukan penghentian serangan terhadap warga sipil.", "antonio-guterres", "", false, false},
	// Known: "rakyat Haiti" names the state (annotation left it out).
	{"guterres lone", "Guterres mengatakan dunia tidak boleh berpaling dari penderitaan rakyat Haiti.", "antonio-guterres", "", false, true},
	{"pbb lone", "PBB memperingatkan bahwa jutaan orang terancam kelaparan akibat kekeringan panjang.", "united-nations", "", false, false},
	// Known: "di Myanmar" names the state (annotation left it out).
	{"dewan ham pbb", "Dewan HAM PBB membentuk misi pencari fakta untuk menyelidiki dugaan pelanggaran di Myanmar.", "un-human-rights-council", "", false, true},
	{"volker turk", "Kepala HAM PBB Volker Türk mengecam eksekusi massal yang terjadi pekan lalu.", "volker-turk", "", false, false},
	{"kantor ham pbb", "Kantor Komisaris Tinggi PBB untuk Hak Asasi Manusia mencatat lebih dari 300 korban sipil bulan ini.", "un-high-commission-for-human-rights", "", false, false},
	{"unhcr", "UNHCR mencatat jumlah pengungsi Rohingya yang tiba di Aceh meningkat tajam.", "unhcr", "", false, false},
	{"badan pengungsi pbb", "Badan Pengungsi PBB meminta negara-negara di kawasan membuka pintu bagi para pencari suaka.", "unhcr", "", false, false},
	{"unicef", "UNICEF menyebut ribuan anak di Gaza mengalami gizi buruk akut.", "unicef", "", false, false},
	{"wfp indonesian", "Program Pangan Dunia (WFP) menghentikan sementara distribusi bantuan di Darfur Utara.", "world-food-programme", "", false, false},
	{"who indonesian", "Organisasi Kesehatan Dunia (WHO) menetapkan wabah mpox sebagai darurat kesehatan global.", "who", "", false, false},
	{"tedros", "Direktur Jenderal WHO Tedros Adhanom Ghebreyesus meminta akses kemanusiaan ke rumah sakit.", "who tedros-adhanom-ghebreyesus", "", false, false},
	{"iaea indonesian", "Badan Energi Atom Internasional (IAEA) melaporkan cadangan uranium yang diperkaya terus bertambah.", "iaea", "", false, false},
	{"grossi", "Kepala IAEA Rafael Grossi dijadwalkan mengunjungi pembangkit nuklir Zaporizhzhia pekan depan.", "iaea rafael-grossi", "", false, false},
	{"unrwa lazzarini", "Komisaris Jenderal UNRWA Philippe Lazzarini mengatakan badannya kehabisan dana.", "unrwa philippe-lazzarini", "", false, false},
	{"ocha fletcher", "Kepala urusan kemanusiaan PBB Tom Fletcher menyebut situasi di Gaza sebagai bencana.", "tom-fletcher", "", false, false},
	{"ocha", "OCHA memperkirakan 2,1 juta orang membutuhkan bantuan pangan segera.", "ocha", "", false, false},
	{"unesco", "UNESCO menetapkan kebaya sebagai warisan budaya takbenda.", "unesco", "", false, false},
	{"ilo", "Organisasi Buruh Internasional (ILO) memperkirakan tingkat pengangguran global sedikit menurun.", "international-labour-organization", "", false, false},
	{"fao", "FAO memperingatkan harga pangan dunia naik untuk bulan ketiga berturut-turut.", "fao", "", false, false},
	{"albanese pelapor", "Pelapor Khusus PBB Francesca Albanese menyerukan embargo senjata terhadap Israel.", "francesca-albanese ISR", "", false, false},
	// Courts.
	{"mahkamah internasional", "Mahkamah Internasional memerintahkan Israel mencegah tindakan genosida di Gaza.", "icj ISR", "", false, false},
	{"icj acronym", "ICJ akan membacakan pendapat hukumnya mengenai kewajiban negara atas perubahan iklim.", "icj", "", false, false},
	{"mahkamah pidana internasional", "Mahkamah Pidana Internasional mengeluarkan surat perintah penangkapan terhadap Presiden Rusia Vladimir Putin.", "icc vladimir-putin RUS", "", false, false},
	{"karim khan", "Jaksa ICC Karim Khan mengajukan permohonan surat perintah penangkapan terhadap pemimpin junta Myanmar.", "icc karim-khan MMR", "", false, false},
	{"cas", "Pengadilan Arbitrase Olahraga (CAS) menolak banding yang diajukan atlet tersebut.", "cas", "", false, false},
	// ASEAN.
	// Known: "di Myanmar" names the state (annotation left it out).
	{"asean lone", "ASEAN menyatakan keprihatinan mendalam atas eskalasi kekerasan di Myanmar.", "asean", "", false, true},
	{"sekjen asean", "Sekretaris Jenderal ASEAN Kao Kim Hourn menghadiri pertemuan para menteri luar negeri di Vientiane.", "asean kao-kim-hourn", "", false, false},
	{"kao kim hourn lone", "Kao Kim Hourn mengatakan konsensus lima poin tetap menjadi acuan utama.", "kao-kim-hourn", "", false, false},
	// Other regional bodies.
	{"uni afrika", "Uni Afrika menangguhkan keanggotaan Niger setelah kudeta militer.", "african-union NER", "AFR", false, false},
	{"liga arab", "Liga Arab menggelar pertemuan darurat di Kairo untuk membahas rencana rekonstruksi Gaza.", "arab-league", "", false, false},
	{"oki", "Organisasi Kerja Sama Islam (OKI) mengutuk pembakaran Al-Quran di Stockholm.", "oic", "", false, false},
	{"ecowas", "ECOWAS mengancam akan menjatuhkan sanksi tambahan kepada junta di Niamey.", "ecowas", "", false, false},
	{"gcc", "Dewan Kerja Sama Teluk (GCC) menyambut baik kesepakatan gencatan senjata itu.", "gcc", "", false, false},
	// Europe and NATO.
	{"uni eropa", "Uni Eropa menyetujui paket sanksi ke-16 terhadap Rusia.", "european-union RUS", "", false, false},
	// Known: "buatan China" names the state (annotation left it out).
	{"komisi eropa", "Komisi Eropa mengusulkan tarif tambahan untuk kendaraan listrik buatan China.", "european-commission", "", false, true},
	{"parlemen eropa", "Parlemen Eropa mengesahkan undang-undang kecerdasan buatan pertama di dunia.", "european-parliament", "", false, false},
	{"von der leyen", "Presiden Komisi Eropa Ursula von der Leyen bertemu Presiden Prabowo Subianto di Brussel.", "ursula-von-der-leyen prabowo-subianto", "", false, false},
	{"nato rutte", "Sekretaris Jenderal NATO Mark Rutte meminta anggota aliansi meningkatkan belanja pertahanan.", "nato mark-rutte", "", false, false},
	{"nato lone", "NATO mengerahkan dua kapal perang tambahan ke Laut Baltik.", "nato", "", false, false},
	// Groups as actors.
	{"g20 actor", "G20 sepakat memperkuat kerja sama dalam menghadapi krisis utang negara berkembang.", "g20", "", false, false},
	{"brics actor", "BRICS resmi menerima Indonesia sebagai anggota penuh.", "brics IDN", "", false, false},
	{"opec plus", "OPEC+ memutuskan menunda kenaikan produksi minyak hingga kuartal berikutnya.", "opec-plus", "", false, false},
	// Finance and trade.
	{"imf georgieva", "Direktur Pelaksana IMF Kristalina Georgieva memangkas proyeksi pertumbuhan ekonomi global.", "imf kristalina-georgieva", "", false, false},
	{"dana moneter internasional", "Dana Moneter Internasional menyetujui pinjaman baru senilai 7 miliar dolar untuk Pakistan.", "imf PAK", "", false, false},
	{"bank dunia", "Bank Dunia memperkirakan ekonomi Indonesia tumbuh 5,1 persen tahun ini.", "world-bank IDN", "", false, false},
	{"banga", "Presiden Bank Dunia Ajay Banga mengumumkan program pendanaan iklim yang baru.", "world-bank ajay-banga", "", false, false},
	{"wto okonjo", "Direktur Jenderal WTO Ngozi Okonjo-Iweala memperingatkan dampak perang tarif.", "wto ngozi-okonjo-iweala", "", false, false},
	{"oecd", "OECD menurunkan perkiraan pertumbuhan ekonomi negara-negara anggotanya.", "oecd", "", false, false},
	{"ndb", "Bank Pembangunan Baru (NDB) menyalurkan pinjaman untuk proyek energi terbarukan.", "new-development-bank", "", false, false},
	// NGOs and humanitarian bodies.
	{"interpol", "Interpol menerbitkan red notice terhadap buronan kasus korupsi tersebut.", "interpol", "", false, false},
	{"icrc", "Komite Internasional Palang Merah (ICRC) memfasilitasi pertukaran tahanan kedua pihak.", "icrc", "", false, false},
	{"msf", "Dokter Lintas Batas (MSF) menarik stafnya dari rumah sakit yang diserang.", "msf", "", false, false},
	{"amnesty", "Amnesty International mendesak pemerintah membebaskan para aktivis yang ditahan.", "amnesty-international", "", false, false},
	{"hrw", "Human Rights Watch menuduh aparat keamanan menggunakan kekuatan berlebihan.", "human-rights-watch", "", false, false},
	// Traps.
	{"trap ktt asean host", "KTT ASEAN ke-46 akan digelar di Kuala Lumpur pada Mei mendatang.", "", "MYS kuala-lumpur", false, false},
	{"trap ktt g20 host", "KTT G20 di Rio de Janeiro berakhir dengan deklarasi bersama tentang pajak orang super kaya.", "", "BRA rio-de-janeiro", false, false},
	{"trap piagam pbb", "Serangan itu jelas melanggar Piagam PBB dan hukum internasional.", "", "united-nations", false, false},
	{"trap hari ham", "Peringatan Hari HAM Sedunia diisi dengan diskusi publik di sejumlah kampus.", "", "un-human-rights-council", false, false},
	{"trap uni afrika no state", "Komisi Uni Afrika menyerukan dialog antara pihak-pihak yang bertikai.", "", "AFR", false, false},
	{"trap adb", "Bank Pembangunan Asia (ADB) menaikkan proyeksi pertumbuhan kawasan.", "adb", "ASI", false, false},
	{"trap pbb markas", "Ratusan demonstran berkumpul di depan markas besar PBB di New York.", "", "USA new-york", false, false},
	{"trap sidang umum venue", "Presiden menyampaikan pidato dalam Sidang Majelis Umum PBB di New York.", "", "USA", false, false},
	{"trap konvensi jenewa", "Para pakar menilai tindakan itu melanggar Konvensi Jenewa.", "", "CHE geneva", false, false},
	{"trap den haag", "Sidang dengar pendapat itu berlangsung di Den Haag selama tiga hari.", "", "NLD the-hague", false, false},
	// Known: "di Swedia" names the state (annotation left it out).
	{"trap oki stockholm", "Pertemuan luar biasa OKI membahas pembakaran kitab suci di Swedia.", "oic", "", false, true},
	// A second batch, annotated before its first run.
	{"sekjen pbb short", "Sekjen PBB menyatakan keprihatinan atas meningkatnya serangan terhadap pekerja kemanusiaan.", "united-nations", "", false, false},
	{"grandi", "Komisaris Tinggi PBB untuk Pengungsi Filippo Grandi mengunjungi kamp pengungsi di Cox's Bazar.", "unhcr filippo-grandi", "", false, false},
	{"mccain wfp", "Direktur Eksekutif WFP Cindy McCain mengatakan bantuan pangan hampir habis.", "world-food-programme cindy-mccain", "", false, false},
	{"russell unicef", "Direktur Eksekutif UNICEF Catherine Russell menyerukan perlindungan bagi anak-anak.", "unicef catherine-russell", "", false, false},
	{"dana anak pbb", "Dana Anak-anak PBB mencatat lebih dari seribu sekolah rusak akibat banjir.", "unicef", "", false, false},
	{"undp indonesian", "Program Pembangunan PBB (UNDP) meluncurkan laporan indeks pembangunan manusia terbaru.", "undp", "", false, false},
	{"iom indonesian", "Organisasi Internasional untuk Migrasi (IOM) mencatat ratusan migran tewas di Laut Tengah.", "iom", "", false, false},
	{"unodc indonesian", "Kantor PBB untuk Narkoba dan Kejahatan (UNODC) melaporkan produksi opium melonjak.", "unodc", "", false, false},
	{"azoulay", "Direktur Jenderal UNESCO Audrey Azoulay meresmikan pusat kajian warisan budaya.", "unesco audrey-azoulay", "", false, false},
	{"pedersen", "Utusan Khusus PBB untuk Suriah Geir Pedersen menyerukan proses politik yang inklusif.", "geir-pedersen SYR", "", false, false},
	{"echr indonesian", "Mahkamah Hak Asasi Manusia Eropa memutuskan pemerintah melanggar kebebasan berekspresi.", "echr", "", false, false},
	{"metsola", "Presiden Parlemen Eropa Roberta Metsola menyambut hasil pemungutan suara itu.", "european-parliament roberta-metsola", "", false, false},
	{"kallas id", "Kepala kebijakan luar negeri Uni Eropa Kaja Kallas mengatakan blok itu siap menambah sanksi.", "european-union kaja-kallas", "", false, false},
	{"wto indonesian", "Organisasi Perdagangan Dunia (WTO) memangkas proyeksi pertumbuhan perdagangan barang.", "wto", "", false, false},
	{"bulan sabit merah", "Bulan Sabit Merah Palestina mengatakan dua petugasnya tewas dalam serangan itu.", "red-crescent", "", false, false},
	{"ifrc", "Federasi Internasional Perhimpunan Palang Merah dan Bulan Sabit Merah (IFRC) meluncurkan seruan darurat.", "international-federation-of-red-cross-and-red-crescent", "", false, false},
	{"aboul gheit id", "Sekretaris Jenderal Liga Arab Ahmed Aboul Gheit mengecam rencana pemindahan paksa warga Gaza.", "arab-league ahmed-ali-aboul-gheit", "", false, false},
	{"callamard", "Sekretaris Jenderal Amnesty International Agnès Callamard menyebut putusan itu bersejarah.", "amnesty-international agnes-callamard", "", false, false},
	{"trap ktt apec", "KTT APEC tahun ini berlangsung di Gyeongju dengan pengamanan ketat.", "", "KOR", false, false},
	{"trap statuta roma", "Indonesia belum meratifikasi Statuta Roma yang menjadi dasar pendirian ICC.", "IDN", "", false, false},
	{"trap piagam asean", "Para menteri sepakat meninjau kembali Piagam ASEAN yang berlaku sejak 2008.", "", "asean", false, false},
	// Known: a day's name gives its organization.
	{"trap hari pbb", "Sekolah itu merayakan Hari PBB dengan pawai busana daerah.", "", "united-nations", false, true},
}

// igoGridENRows are the English rows.
var igoGridENRows = []wireGridRow{
	// The UN.
	{"unsc", "The UN Security Council failed to adopt a resolution demanding a ceasefire after a US veto.", []string{"un-security-council", "USA"}, nil, false, false},
	{"security council", "The Security Council will meet on Friday to discuss the escalation in eastern Congo.", []string{"un-security-council"}, nil, false, false},
	{"unga", "The UN General Assembly voted overwhelmingly to grant Palestine new rights as an observer state.", []string{"un-general-assembly"}, nil, false, false},
	{"guterres", "UN Secretary-General Antonio Guterres said he was appalled by the killing of aid workers.", []string{"antonio-guterres"}, nil, false, false},
	{"un spokesman", "The United Nations said on Tuesday that 1.9 million people had been displaced.", []string{"united-nations"}, nil, false, false},
	{"turk", "UN human rights chief Volker Turk said the executions may amount to war crimes.", []string{"volker-turk"}, nil, false, false},
	{"un rights office", "The UN human rights office said it had verified the deaths of 120 civilians.", []string{"un-high-commission-for-human-rights"}, nil, false, false},
	{"unhrc", "The UN Human Rights Council extended the mandate of its investigators on Iran.", []string{"un-human-rights-council", "IRN"}, nil, false, false},
	{"unhcr", "The UN refugee agency UNHCR said more than 12 million Sudanese had fled their homes.", []string{"unhcr"}, nil, false, false},
	{"unicef", "UNICEF warned that children in the camps faced a deadly cholera outbreak.", []string{"unicef"}, nil, false, false},
	{"wfp", "The World Food Programme said it was forced to cut rations for refugees in Bangladesh.", []string{"world-food-programme"}, nil, false, false},
	{"who", "The World Health Organization declared the outbreak a public health emergency of international concern.", []string{"who"}, nil, false, false},
	{"tedros", "WHO chief Tedros Adhanom Ghebreyesus said the hospital was no longer functional.", []string{"who", "tedros-adhanom-ghebreyesus"}, nil, false, false},
	{"iaea grossi", "IAEA Director General Rafael Grossi said inspectors had been denied access to the site.", []string{"iaea", "rafael-grossi"}, nil, false, false},
	{"nuclear watchdog", "The UN nuclear watchdog said Iran had sharply increased its stockpile of enriched uranium.", []string{"iaea", "IRN"}, nil, false, false},
	{"unrwa", "UNRWA Commissioner-General Philippe Lazzarini said the agency was on the brink of collapse.", []string{"unrwa", "philippe-lazzarini"}, nil, false, false},
	{"fletcher", "UN aid chief Tom Fletcher said the humanitarian system was being pushed to breaking point.", []string{"tom-fletcher"}, nil, false, false},
	{"ocha", "OCHA said aid convoys had been blocked at the crossing for a third day.", []string{"ocha"}, nil, false, false},
	{"undp", "The UN Development Programme said the war had set back development by two decades.", []string{"undp"}, nil, false, false},
	{"unesco", "UNESCO added the ancient city to its list of World Heritage in Danger.", []string{"unesco"}, nil, false, false},
	{"ilo", "The International Labour Organization said global unemployment would edge up next year.", []string{"international-labour-organization"}, nil, false, false},
	{"fao", "The Food and Agriculture Organization said world food prices rose for a third month.", []string{"fao"}, nil, false, false},
	{"albanese", "UN special rapporteur Francesca Albanese urged states to halt arms transfers to Israel.", []string{"francesca-albanese", "ISR"}, nil, false, false},
	// Courts.
	{"icj", "The International Court of Justice ordered Israel to halt its military offensive in Rafah.", []string{"icj", "ISR"}, nil, false, false},
	{"world court", "The World Court will deliver its advisory opinion on climate obligations on Wednesday.", []string{"icj"}, nil, false, false},
	{"icc", "The International Criminal Court issued arrest warrants for two Taliban leaders.", []string{"icc"}, nil, false, false},
	{"karim khan", "ICC prosecutor Karim Khan said he was seeking a warrant for Myanmar's military ruler.", []string{"icc", "karim-khan", "MMR"}, nil, false, false},
	{"echr", "The European Court of Human Rights ruled that Switzerland had violated the rights of elderly women.", []string{"echr", "CHE"}, nil, false, false},
	{"cas", "The Court of Arbitration for Sport dismissed the skater's appeal.", []string{"cas"}, nil, false, false},
	// ASEAN and regional bodies.
	{"asean", "ASEAN foreign ministers called for an immediate end to the violence in Myanmar.", []string{"asean", "MMR"}, nil, false, false},
	{"kao kim hourn", "ASEAN Secretary-General Kao Kim Hourn said the bloc remained united on the five-point consensus.", []string{"asean", "kao-kim-hourn"}, nil, false, false},
	{"african union", "The African Union suspended Niger after the military seized power.", []string{"african-union", "NER"}, nil, false, false},
	{"ecowas", "ECOWAS gave the junta a week to restore constitutional order.", []string{"ecowas"}, nil, false, false},
	{"sadc", "The Southern African Development Community said it would send a mission to Mozambique.", []string{"southern-african-development-community", "MOZ"}, nil, false, false},
	{"arab league", "The Arab League endorsed Egypt's plan for the reconstruction of Gaza.", []string{"arab-league", "EGY"}, nil, false, false},
	{"gcc", "The Gulf Cooperation Council condemned the attack on the tanker.", []string{"gcc"}, nil, false, false},
	{"oic", "The Organisation of Islamic Cooperation called an emergency meeting in Jeddah.", []string{"oic"}, nil, false, false},
	// Europe and NATO.
	{"eu", "The European Union adopted its 16th package of sanctions against Russia.", []string{"european-union", "RUS"}, nil, false, false},
	{"commission", "The European Commission fined the tech giant 1.8 billion euros.", []string{"european-commission"}, nil, false, false},
	{"von der leyen", "European Commission President Ursula von der Leyen said Europe must rearm.", []string{"ursula-von-der-leyen"}, nil, false, false},
	{"kallas", "EU foreign policy chief Kaja Kallas said the bloc would not recognise the annexation.", []string{"kaja-kallas"}, nil, false, false},
	{"european parliament", "The European Parliament voted to approve the migration pact.", []string{"european-parliament"}, nil, false, false},
	{"nato rutte", "NATO Secretary-General Mark Rutte urged allies to spend more on defence.", []string{"nato", "mark-rutte"}, nil, false, false},
	{"nato alone", "NATO said it had scrambled jets after drones entered Polish airspace.", []string{"nato"}, nil, false, false},
	// Groups.
	{"g7", "The Group of Seven agreed to use the profits of frozen Russian assets to fund a loan to Kyiv.", []string{"g7"}, nil, false, false},
	{"g20", "G20 finance ministers failed to agree on a joint statement.", []string{"g20"}, nil, false, false},
	{"brics", "BRICS leaders pledged to expand trade in local currencies.", []string{"brics"}, nil, false, false},
	{"opec plus", "OPEC+ agreed to raise output by 411,000 barrels per day in July.", []string{"opec-plus"}, nil, false, false},
	{"sco", "The Shanghai Cooperation Organisation admitted Belarus as its tenth member.", []string{"sco", "BLR"}, nil, false, false},
	// Finance.
	{"imf", "The IMF approved a $1.1 billion disbursement to Pakistan.", []string{"imf", "PAK"}, nil, false, false},
	{"georgieva", "IMF Managing Director Kristalina Georgieva warned of a sharp slowdown.", []string{"imf", "kristalina-georgieva"}, nil, false, false},
	{"world bank banga", "World Bank President Ajay Banga said the lender would triple its climate funding.", []string{"world-bank", "ajay-banga"}, nil, false, false},
	{"wto okonjo", "WTO Director-General Ngozi Okonjo-Iweala said the tariffs could shrink global trade.", []string{"wto", "ngozi-okonjo-iweala"}, nil, false, false},
	{"oecd", "The OECD raised its forecast for global growth this year.", []string{"oecd"}, nil, false, false},
	{"aiib", "The Asian Infrastructure Investment Bank approved a loan for a railway project.", []string{"aiib"}, nil, false, false},
	// NGOs and humanitarian bodies.
	{"interpol", "Interpol issued a red notice for the fugitive businessman.", []string{"interpol"}, nil, false, false},
	{"icrc", "The International Committee of the Red Cross said it had facilitated the release of 20 detainees.", []string{"icrc"}, nil, false, false},
	{"msf", "Medecins Sans Frontieres said its clinic had been hit by shelling.", []string{"msf"}, nil, false, false},
	{"amnesty", "Amnesty International accused the security forces of using live ammunition.", []string{"amnesty-international"}, nil, false, false},
	{"hrw", "Human Rights Watch said the airstrike may amount to a war crime.", []string{"human-rights-watch"}, nil, false, false},
	// Traps.
	{"trap asean summit host", "The ASEAN summit opened in Kuala Lumpur on Monday amid tight security.", nil, []string{"MYS/state", "kuala-lumpur/armed_group"}, false, false},
	{"trap g20 summit host", "The G20 summit in Johannesburg ended with a declaration on debt relief.", nil, []string{"ZAF/state"}, false, false},
	{"trap un charter", "The annexation is a flagrant violation of the UN Charter.", nil, []string{"united-nations"}, false, false},
	{"trap human rights day", "Activists marked Human Rights Day with rallies in several cities.", nil, []string{"un-human-rights-council"}, false, false},
	{"trap geneva conventions", "Legal experts said the strike breached the Geneva Conventions.", nil, []string{"CHE/state"}, false, false},
	{"trap the hague venue", "Hearings at the court in The Hague lasted three days.", nil, []string{"NLD/state"}, false, false},
	{"trap african union no region", "The African Union Commission called for an immediate ceasefire.", []string{"african-union"}, []string{"AFR"}, false, false},
	{"trap asian development bank", "The Asian Development Bank cut its growth forecast for developing Asia.", []string{"adb"}, []string{"ASI"}, false, false},
	{"trap un headquarters", "Protesters gathered outside UN headquarters in New York.", nil, []string{"USA/state"}, false, false},
	{"trap nato summit host", "The NATO summit in The Hague agreed a new spending target.", nil, []string{"NLD/state"}, false, false},
	{"trap arab league cairo", "Arab League foreign ministers met in Cairo on Sunday.", []string{"arab-league"}, []string{"EGY/state"}, false, false},
	// A second batch, annotated before its first run.
	{"grandi", "UN High Commissioner for Refugees Filippo Grandi said the funding cuts would cost lives.", []string{"unhcr", "filippo-grandi"}, nil, false, false},
	{"mccain", "WFP chief Cindy McCain said famine had taken hold in parts of the country.", []string{"world-food-programme", "cindy-mccain"}, nil, false, false},
	{"russell", "UNICEF Executive Director Catherine Russell said 50 children had been killed in a week.", []string{"unicef", "catherine-russell"}, nil, false, false},
	{"iom", "The International Organization for Migration said at least 60 migrants drowned off the coast.", []string{"iom"}, nil, false, false},
	{"unodc", "The UN Office on Drugs and Crime said methamphetamine seizures hit a record.", []string{"unodc"}, nil, false, false},
	// Known: the annotation's id; the gazetteer has the fund as un-population-fund.
	{"unfpa", "The UN Population Fund said maternal deaths had risen sharply in the camps.", []string{"unfpa"}, nil, false, true},
	{"pedersen", "UN envoy Geir Pedersen urged all parties to avoid a return to war.", []string{"geir-pedersen"}, nil, false, false},
	{"metsola", "European Parliament President Roberta Metsola said the vote sent a clear message.", []string{"european-parliament", "roberta-metsola"}, nil, false, false},
	{"costa", "European Council President Antonio Costa called the summit a turning point.", []string{"european-council", "antonio-costa"}, nil, false, false},
	{"iaea board", "The IAEA Board of Governors passed a resolution censuring Iran.", []string{"iaea", "IRN"}, nil, false, false},
	{"icc judges", "ICC judges rejected the challenge to the court's jurisdiction.", []string{"icc"}, nil, false, false},
	{"asean secretariat", "The ASEAN Secretariat said the meeting would be held virtually.", []string{"asean"}, nil, false, false},
	{"aboul gheit", "Arab League Secretary-General Ahmed Aboul Gheit condemned the strike.", []string{"arab-league", "ahmed-ali-aboul-gheit"}, nil, false, false},
	{"callamard", "Amnesty International Secretary General Agnes Callamard called the ruling historic.", []string{"amnesty-international", "agnes-callamard"}, nil, false, false},
	{"ifrc", "The International Federation of Red Cross and Red Crescent Societies launched an emergency appeal.", []string{"international-federation-of-red-cross-and-red-crescent"}, nil, false, false},
	{"cormann", "OECD Secretary-General Mathias Cormann said inflation was easing.", []string{"oecd", "mathias-cormann"}, nil, false, false},
	{"trap apec summit host", "The APEC summit in Gyeongju wrapped up with a joint declaration.", nil, []string{"KOR/state"}, false, false},
	{"trap asean charter", "Ministers agreed to review the ASEAN Charter.", nil, []string{"asean"}, false, false},
	{"trap un day", "Schools marked UN Day with parades and exhibitions.", nil, []string{"united-nations"}, false, false},
	{"trap rome statute", "Indonesia has not ratified the Rome Statute, the ICC's founding treaty.", []string{"IDN"}, []string{"ITA/state"}, false, false},
}
