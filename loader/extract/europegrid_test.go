package extract

import "testing"

// TestEuropeGrid checks present-day (2023–2026) news of Europe, Russia and
// Ukraine: EU institutions and agencies, NATO, national bodies (Bundestag,
// Élysée, Downing Street, Verkhovna Rada, SBU, HUR, Ukraine's General
// Staff, Kremlin, Duma, FSB, Rosgvardia, Belarus's KGB, Sejm), parties,
// leaders and officials, in Indonesian and English, on sentences written
// for the test in the style of wire copy and Indonesian news, never copied
// from a data set, and annotated before the extractor ran on them. About
// one row in five is a trap: a state's name inside a longer name (a club,
// a university, an airline, a song contest), "Eropa" or "Europe" as a
// region, and a city or region that is only the place. A row marked known
// is a known failure: the test fails when it starts passing.
//
// Before the rules and data of this grid (4d38795): 50 of 84 Indonesian
// rows and 67 of 76 English rows pass (117 of 160). Of the known rows,
// most are the design the dev sets' gold follows, which the rows,
// annotated before the run, did not want: the state of a title ("Presiden
// Rusia Vladimir Putin") or of a body that is an event's source is listed
// as an actor too, and a state's government is the state. After the data
// (Ukraine's HUR, General Staff, NSDC and NABU, Russia's General Staff,
// Security Council and Roskomnadzor, Belarus's KGB, the EEAS, Ukrenergo,
// Ukraine's border guard, more names of Russia's SVR, and the generic
// "Badan Intelijen Luar Negeri", which gave Indonesia's agency before a
// foreign state) and two rules (a body's generic name that opens with a
// title's words, "Poland's General Staff", is the body, no person; a
// demonym after "in"/"into" that ends its phrase is a language): 55 of 84
// and 75 of 76 (130 of 160), and the 17 regression rows after them. The
// 29 Indonesian rows still marked known are that design, or a state the
// sentence names that the annotation left out, but four: a
// lower-case "kepala intelijen militer Ukraina" before a name (the
// generic "militer Ukraina" wins), "asal Swedia" and "Jerman bagian
// barat", which give the state, and a university the rows wanted no
// actor for.
func TestEuropeGrid(t *testing.T) {
	t.Run("id", func(t *testing.T) { runNameGrid(t, europeGridIDRows, 80) })
	t.Run("en", func(t *testing.T) { runWireGrid(t, extractor(t), europeGridENRows, "2025-09-01") })
}

// europeGridIDRows are the Indonesian rows (expertRowProblems: every state
// and person the row gives must be wanted).
var europeGridIDRows = []nameGridRow{
	// EU institutions and agencies.
	{"komisi eropa", "Komisi Eropa mengusulkan paket sanksi baru terhadap sektor energi Rusia.", "european-commission RUS", "", false, false},
	{"parlemen eropa", "Parlemen Eropa mengesahkan undang-undang kecerdasan buatan pada Rabu.", "european-parliament", "", false, false},
	{"dewan eropa costa", "Presiden Dewan Eropa Antonio Costa memimpin pertemuan puncak di Brussels.", "european-council antonio-costa", "", false, false},
	{"von der leyen", "Presiden Komisi Eropa Ursula von der Leyen mengunjungi Kyiv untuk kesembilan kalinya.", "european-commission ursula-von-der-leyen", "", false, false},
	{"kallas", "Kepala kebijakan luar negeri Uni Eropa Kaja Kallas menyebut Rusia sebagai ancaman langsung.", "kaja-kallas european-union RUS", "", false, false},
	{"bank sentral eropa", "Bank Sentral Eropa mempertahankan suku bunga acuannya di level 2 persen.", "ecb", "", false, false},
	{"lagarde", "Presiden ECB Christine Lagarde memperingatkan risiko tarif terhadap pertumbuhan.", "ecb christine-lagarde", "", false, false},
	{"europol", "Europol membongkar jaringan penyelundupan manusia yang beroperasi di enam negara.", "europol", "", false, false},
	{"frontex", "Frontex mencatat penurunan jumlah penyeberangan ilegal di Laut Tengah.", "frontex", "", false, false},
	{"uni eropa sanksi", "Uni Eropa menjatuhkan sanksi terhadap 19 kapal armada bayangan Rusia.", "european-union RUS", "", false, false},
	{"ue short", "UE dan Ukraina menandatangani perjanjian keamanan jangka panjang.", "european-union UKR", "", false, false},
	{"eeas", "Dinas Aksi Eksternal Eropa (EEAS) mengecam penahanan wartawan itu.", "eeas", "", false, false},

	// NATO.
	{"nato rutte", "Sekretaris Jenderal NATO Mark Rutte meminta sekutu menaikkan belanja pertahanan.", "nato mark-rutte", "", false, false},
	{"nato long", "Pakta Pertahanan Atlantik Utara (NATO) menggelar latihan militer terbesar sejak Perang Dingin.", "nato", "", false, false},
	{"nato rusia", "NATO menuduh Rusia menyabotase kabel bawah laut di Laut Baltik.", "nato RUS", "", false, false},

	// Ukraine.
	{"zelensky", "Presiden Ukraina Volodymyr Zelensky bertemu Kanselir Jerman Friedrich Merz di Berlin.", "volodymyr-zelenskyy friedrich-merz", "", false, true}, // known: design: a title's or a named state is listed (annotation wanted no state)
	{"zelensky short", "Zelensky mengatakan Ukraina membutuhkan lebih banyak sistem pertahanan udara Patriot.", "volodymyr-zelenskyy", "", false, true},          // known: design: a title's or a named state is listed (annotation wanted no state)
	{"sbu", "Dinas Keamanan Ukraina (SBU) menangkap seorang agen yang bekerja untuk Rusia.", "ukr-sbu RUS", "", false, false},
	{"sbu short", "SBU mengklaim serangan pesawat nirawak terhadap kilang minyak di wilayah Rusia.", "ukr-sbu", "", false, true}, // known: design: a title's or a named state is listed (annotation wanted no state)
	{"hur", "Badan Intelijen Militer Ukraina (HUR) mengatakan kapal itu dihantam di Laut Hitam.", "ukr-military-intelligence", "", false, false},
	{"hur gur short", "Intelijen militer Ukraina mengatakan Rusia memproduksi rudal baru setiap bulan.", "ukr-military-intelligence RUS", "", false, false},
	{"budanov", "Kepala intelijen militer Ukraina Kyrylo Budanov memperingatkan serangan musim panas.", "ukr-military-intelligence kyrylo-budanov", "", false, false},
	{"staf umum", "Staf Umum Angkatan Bersenjata Ukraina melaporkan 1.000 tentara Rusia tewas dalam sehari.", "ukr-general-staff", "", false, true}, // known: no gazetteer entry; RUS named
	{"syrskyi", "Panglima Angkatan Bersenjata Ukraina Oleksandr Syrskyi mengunjungi pasukan di garis depan.", "ukr-armed-forces oleksandr-syrskyi", "", false, false},
	{"sybiha", "Menteri Luar Negeri Ukraina Andrii Sybiha meminta sekutu memperketat sanksi.", "andrii-sybiha", "", false, true}, // known: design: a title's or a named state is listed (annotation wanted no state)
	{"umerov", "Rustem Umerov memimpin delegasi Ukraina dalam perundingan di Istanbul.", "rustem-umerov", "", false, true},       // known: design: a title's or a named state is listed (annotation wanted no state)
	{"shmyhal", "Perdana Menteri Ukraina Denys Shmyhal mengumumkan anggaran pertahanan baru.", "denys-shmyhal", "", false, true}, // known: design: a title's or a named state is listed (annotation wanted no state)
	{"svyrydenko", "Yulia Svyrydenko dilantik sebagai perdana menteri oleh parlemen Ukraina.", "yulia-svyrydenko ukr-parliament", "", false, false},
	{"verkhovna rada", "Verkhovna Rada menyetujui perpanjangan darurat militer selama 90 hari.", "ukr-parliament", "", false, false},
	{"parlemen ukraina", "Parlemen Ukraina mengesahkan undang-undang mobilisasi yang baru.", "ukr-parliament", "", false, false},
	{"kemhan ukraina", "Kementerian Pertahanan Ukraina menandatangani kontrak pembelian drone.", "ukr-defense-ministry", "", false, false},
	{"kemlu ukraina", "Kementerian Luar Negeri Ukraina memanggil duta besar Hongaria.", "ukr-foreign-ministry HUN", "", false, true}, // known: design: a title's or a named state is listed (annotation wanted no state)
	{"tentara ukraina", "Angkatan Bersenjata Ukraina menembak jatuh 40 drone dalam semalam.", "ukr-armed-forces", "", false, false},

	// Russia.
	{"putin", "Presiden Rusia Vladimir Putin menandatangani dekret wajib militer musim gugur.", "vladimir-putin", "", false, true},                        // known: design: a title's or a named state is listed (annotation wanted no state)
	{"kremlin peskov", "Juru bicara Kremlin Dmitry Peskov mengatakan Moskow terbuka untuk perundingan.", "rus-presidency dmitry-peskov", "", false, true}, // known: design: a title's or a named state is listed (annotation wanted no state)
	{"kremlin", "Kremlin membantah laporan tentang pertemuan rahasia di Abu Dhabi.", "rus-presidency", "", false, false},
	{"lavrov", "Menteri Luar Negeri Rusia Sergei Lavrov bertemu mitranya dari India di Moskow.", "sergei-lavrov", "", false, true}, // known: design: a title's or a named state is listed (annotation wanted no state)
	{"zakharova", "Juru bicara Kementerian Luar Negeri Rusia Maria Zakharova mengecam keputusan itu.", "rus-foreign-ministry maria-zakharova", "", false, false},
	{"kemhan rusia", "Kementerian Pertahanan Rusia mengklaim merebut sebuah desa di wilayah Donetsk.", "rus-defense-ministry", "", false, true}, // known: design: a title's or a named state is listed (annotation wanted no state)
	{"belousov", "Menteri Pertahanan Rusia Andrei Belousov memeriksa pabrik amunisi di Tula.", "andrei-belousov", "", false, true},              // known: design: a title's or a named state is listed (annotation wanted no state)
	{"gerasimov", "Kepala Staf Umum Rusia Valery Gerasimov mengunjungi markas kelompok pasukan Pusat.", "valery-gerasimov", "", false, false},
	{"medvedev", "Wakil Ketua Dewan Keamanan Rusia Dmitry Medvedev kembali mengancam Barat.", "dmitry-medvedev", "", false, false},
	{"fsb", "Dinas Keamanan Federal Rusia (FSB) menahan seorang warga negara Amerika atas tuduhan spionase.", "rus-fsb USA", "", false, true}, // known: design: a title's or a named state is listed (annotation wanted no state)
	{"fsb short", "FSB mengatakan telah menggagalkan rencana sabotase di Krimea.", "rus-fsb", "", false, false},
	{"rosgvardia", "Garda Nasional Rusia dikerahkan ke wilayah Kursk.", "rus-national-guard", "", false, false},
	{"duma", "Duma Negara mengesahkan undang-undang yang melarang propaganda LGBT.", "rus-duma", "", false, false},
	{"duma rusia", "Duma Rusia meratifikasi perjanjian kemitraan strategis dengan Korea Utara.", "rus-duma PRK", "", false, false},
	{"militer rusia", "Militer Rusia melancarkan serangan rudal besar-besaran ke Kyiv.", "rus-armed-forces", "", false, false},

	// Belarus, Poland, Hungary, Slovakia.
	{"lukashenko", "Presiden Belarus Alexander Lukashenko membebaskan 14 tahanan politik.", "alexander-lukashenko", "", false, true}, // known: design: a title's or a named state is listed (annotation wanted no state)
	{"kgb belarus", "KGB Belarus menangkap seorang jurnalis Polandia di Minsk.", "blr-kgb", "", false, true},                         // known: no gazetteer entry; BLR, POL by design
	{"tusk", "Perdana Menteri Polandia Donald Tusk menutup perbatasan dengan Belarus.", "donald-tusk BLR", "", false, true},          // known: design: a title's or a named state is listed (annotation wanted no state)
	{"sejm", "Sejm Polandia menolak rancangan undang-undang aborsi itu.", "pol-sejm", "", false, false},
	{"orban", "Perdana Menteri Hongaria Viktor Orban menolak memberikan bantuan militer kepada Ukraina.", "viktor-orban UKR", "", false, true},          // known: design: a title's or a named state is listed (annotation wanted no state)
	{"pemerintah hongaria", "Pemerintah Hongaria memveto paket bantuan Uni Eropa untuk Ukraina.", "hun-government european-union UKR", "", false, true}, // known: design: a state's government is the state
	{"fico", "Perdana Menteri Slowakia Robert Fico menghadiri parade di Moskow.", "robert-fico", "", false, true},                                       // known: design: a title's or a named state is listed (annotation wanted no state)
	{"pis", "Partai Hukum dan Keadilan (PiS) kalah dalam pemilihan parlemen Polandia.", "law-and-justice", "", false, false},
	{"fidesz", "Partai Fidesz pimpinan Orban tertinggal dalam jajak pendapat terbaru.", "fidesz viktor-orban", "", false, false},

	// Western Europe.
	{"merz", "Kanselir Friedrich Merz berjanji menjadikan Bundeswehr tentara terkuat di Eropa.", "friedrich-merz deu-armed-forces", "", false, true}, // known: design: a title's or a named state is listed (annotation wanted no state)
	{"bundestag", "Bundestag menyetujui paket utang untuk belanja pertahanan.", "deu-parliament", "", false, false},
	{"afd", "Partai Alternatif untuk Jerman (AfD) menempati posisi kedua dalam pemilu federal.", "afd", "", false, false},
	{"afd weidel", "Pemimpin AfD Alice Weidel menyerukan deportasi massal.", "afd alice-weidel", "", false, false},
	{"spd", "Partai Sosial Demokrat (SPD) sepakat membentuk koalisi dengan CDU.", "social-democratic-party-of-germany christian-democratic-union", "", false, false},
	{"macron", "Presiden Prancis Emmanuel Macron menunjuk perdana menteri baru.", "emmanuel-macron", "", false, true}, // known: design: a title's or a named state is listed (annotation wanted no state)
	{"elysee", "Istana Elysee mengumumkan kunjungan kenegaraan ke Indonesia.", "fra-presidency IDN", "", false, true}, // known: design: a title's or a named state is listed (annotation wanted no state)
	{"rn bardella", "Jordan Bardella dari Rassemblement National memimpin jajak pendapat.", "jordan-bardella rassemblement-national", "", false, false},
	{"starmer", "Perdana Menteri Inggris Keir Starmer mengumumkan kenaikan anggaran pertahanan.", "keir-starmer", "", false, true}, // known: design: a title's or a named state is listed (annotation wanted no state)
	{"downing street", "Downing Street menolak berkomentar mengenai laporan itu.", "gbr-government", "", false, false},
	{"reform uk farage", "Nigel Farage dari Reform UK memenangi kursi di Clacton.", "nigel-farage reform-uk", "", false, false},
	{"meloni", "Perdana Menteri Italia Giorgia Meloni bertemu Presiden Amerika Serikat Donald Trump.", "giorgia-meloni donald-trump", "", false, true}, // known: design: a title's or a named state is listed (annotation wanted no state)

	// Regression rows for the data of this grid, written after it.
	{"rnbo id", "Dewan Keamanan dan Pertahanan Nasional Ukraina menjatuhkan sanksi kepada 50 perusahaan.", "ukr-nsdc", "", false, false},
	{"nabu id", "Biro Antikorupsi Nasional Ukraina (NABU) menggeledah rumah seorang pengusaha.", "ukr-nabu", "", false, false},
	{"svr id", "Badan Intelijen Luar Negeri Rusia (SVR) menuduh Inggris merencanakan provokasi.", "rus-intelligence RUS GBR", "idn-intelligence idn-badan-intelijen", false, false},
	{"foreign intelligence generic id", "Badan Intelijen Luar Negeri Korea Selatan mengatakan Pyongyang mengirim pasukan tambahan.", "kor-intelligence PRK", "idn-intelligence idn-badan-intelijen", false, false},
	{"border guard id", "Dinas Perbatasan Negara Ukraina mencatat peningkatan penyeberangan ilegal.", "ukr-border-guard", "", false, false},
	{"dewan keamanan rusia", "Dewan Keamanan Rusia bersidang membahas serangan itu.", "rus-security-council", "un-security-council security-council", false, false},

	// Traps: a state inside a longer name, Europe as a region, places.
	{"trap liga champions", "Real Madrid menjuarai Liga Champions Eropa untuk ke-15 kalinya.", "", "european-union ESP", false, false},
	{"trap eropa region", "Gelombang panas melanda sebagian besar wilayah Eropa selatan.", "", "european-union", true, false},
	{"trap eropa timur", "Harga gas di Eropa Timur naik tajam sepanjang musim dingin.", "", "european-union", true, false},
	{"trap kharkiv", "Sedikitnya lima orang tewas di Kharkiv akibat serangan bom luncur.", "", "UKR", false, false},
	{"trap odesa", "Pelabuhan Odesa kembali beroperasi setelah dua hari ditutup.", "", "UKR", true, false},
	{"trap krimea", "Jembatan Krimea ditutup sementara untuk lalu lintas kendaraan.", "", "UKR RUS", true, false},
	{"trap pltn zaporizhzhia", "Pembangkit Listrik Tenaga Nuklir Zaporizhzhia kehilangan pasokan listrik eksternal.", "", "UKR", true, false},
	{"trap kursk", "Ribuan warga mengungsi dari wilayah Kursk.", "", "RUS", true, false},
	{"trap universitas", "Mahasiswa Universitas Nasional Kyiv menggelar pameran seni.", "", "UKR", true, true},                    // known: the university is an organization (annotation)
	{"trap eurovision", "Penyanyi asal Swedia memenangi Kontes Lagu Eurovision di Basel.", "", "SWE european-union", false, true}, // known: "asal Swedia" gives SWE
	{"trap maskapai", "Maskapai Ukraine International Airlines belum melanjutkan penerbangan.", "", "UKR", false, false},
	{"trap klub", "Shakhtar Donetsk mengalahkan Dynamo Kyiv dengan skor 2-1.", "", "UKR", false, false},
	{"trap bahasa", "Buku itu diterjemahkan ke dalam bahasa Ukraina dan bahasa Jerman.", "", "UKR DEU", true, false},
	{"trap jerman barat", "Ia lahir di sebuah desa kecil di Jerman bagian barat.", "", "", true, false},
	{"trap masakan", "Restoran itu menyajikan masakan Prancis dan Italia.", "", "FRA ITA", true, false},
}

// europeGridENRows are the English rows.
var europeGridENRows = []wireGridRow{
	// EU institutions and agencies.
	{"commission sanctions", "The European Commission proposed a 19th package of sanctions against Russia on Friday.", []string{"european-commission", "RUS/state"}, nil, false, false},
	{"von der leyen", "European Commission President Ursula von der Leyen said the bloc would phase out Russian gas by 2027.", []string{"ursula-von-der-leyen/person", "european-commission"}, nil, false, false},
	{"parliament vote", "The European Parliament voted to lift the immunity of two lawmakers.", []string{"european-parliament"}, nil, false, false},
	{"council ministers", "The Council of the EU adopted the migration pact on Tuesday.", []string{"council-of-the-eu"}, nil, false, false},
	{"costa", "European Council President Antonio Costa called the summit a turning point.", []string{"antonio-costa/person", "european-council"}, nil, false, false},
	{"kallas", "EU foreign policy chief Kaja Kallas said Moscow was not interested in peace.", []string{"kaja-kallas/person", "european-union"}, nil, false, false},
	{"eeas", "The European External Action Service condemned the detention of the opposition leader.", []string{"eeas"}, nil, false, false},
	{"ecb", "The ECB held interest rates steady for a second consecutive meeting.", []string{"ecb"}, nil, false, false},
	{"lagarde", "ECB President Christine Lagarde warned that tariffs could weigh on growth.", []string{"christine-lagarde/person", "ecb"}, nil, false, false},
	{"europol", "Europol said police in 12 countries arrested 30 suspects in a crackdown on a drug ring.", []string{"europol"}, nil, false, false},
	{"frontex", "Frontex said irregular crossings into the EU fell by a third last year.", []string{"frontex"}, nil, false, false},
	{"eu sanctions", "The EU imposed sanctions on 189 vessels of Russia's shadow fleet.", []string{"european-union", "RUS/state"}, nil, false, false},

	// NATO.
	{"rutte", "NATO Secretary General Mark Rutte urged allies to spend 5% of GDP on defence.", []string{"mark-rutte/person", "nato"}, nil, false, false},
	{"nato accuse", "NATO accused Russia of a campaign of sabotage across Europe.", []string{"nato", "RUS/state"}, nil, false, false},
	{"nato summit", "Leaders of the North Atlantic Treaty Organization gathered in The Hague for a two-day summit.", []string{"nato"}, nil, false, false},

	// Ukraine.
	{"zelensky", "Ukrainian President Volodymyr Zelensky met Donald Trump at the White House.", []string{"volodymyr-zelenskyy/person/UKR", "donald-trump/person"}, nil, false, false},
	{"zelenskiy", "Zelenskiy said Kyiv needed more air defence systems before winter.", []string{"volodymyr-zelenskyy/person"}, nil, false, false},
	{"sbu", "The Security Service of Ukraine said it detained a Russian agent in Kharkiv.", []string{"ukr-sbu"}, nil, false, false},
	{"sbu short", "The SBU claimed responsibility for the drone strike on the refinery.", []string{"ukr-sbu"}, nil, false, false},
	{"hur", "Ukraine's military intelligence agency, known as HUR, said it struck a Russian radar in Crimea.", []string{"ukr-military-intelligence"}, nil, false, false},
	{"gur", "The GUR said the warship was hit by sea drones overnight.", []string{"ukr-military-intelligence"}, nil, false, false},
	{"main intelligence directorate", "Ukraine's Main Intelligence Directorate published the names of the pilots.", []string{"ukr-military-intelligence"}, nil, false, false},
	{"budanov", "Military intelligence chief Kyrylo Budanov said Russia was preparing a new offensive.", []string{"kyrylo-budanov/person"}, nil, false, false},
	{"general staff", "Ukraine's General Staff said Russian forces launched 150 attacks along the front.", []string{"ukr-general-staff"}, nil, false, false},
	{"general staff armed forces", "The General Staff of the Armed Forces of Ukraine reported heavy fighting near Pokrovsk.", []string{"ukr-general-staff"}, nil, false, false},
	{"syrskyi", "Commander-in-Chief Oleksandr Syrskyi said Ukrainian troops held their positions.", []string{"oleksandr-syrskyi/person"}, nil, false, false},
	{"sybiha", "Foreign Minister Andrii Sybiha called on partners to seize frozen Russian assets.", []string{"andrii-sybiha/person"}, nil, false, false},
	{"umerov", "Rustem Umerov, the secretary of Ukraine's National Security and Defence Council, led the delegation.", []string{"rustem-umerov/person"}, nil, false, false},
	{"svyrydenko", "Prime Minister Yulia Svyrydenko said the government would raise defence spending.", []string{"yulia-svyrydenko/person"}, nil, false, false},
	{"rada", "Ukraine's parliament, the Verkhovna Rada, approved the new prime minister.", []string{"ukr-parliament"}, nil, false, false},
	{"ukraine defence ministry", "Ukraine's Defence Ministry said it had signed contracts for 1 million drones.", []string{"ukr-defense-ministry"}, nil, false, false},
	{"ukrainian air force", "Ukraine's air force said it shot down 80 of the 100 drones launched overnight.", []string{"ukr-air-force"}, nil, false, false},

	// Russia.
	{"putin", "Russian President Vladimir Putin said he was ready to meet Zelensky in Moscow.", []string{"vladimir-putin/person/RUS", "volodymyr-zelenskyy/person"}, nil, false, false},
	{"kremlin peskov", "Kremlin spokesman Dmitry Peskov said no date had been set for the talks.", []string{"dmitry-peskov/person", "rus-presidency"}, nil, false, false},
	{"kremlin alone", "The Kremlin dismissed the report as fake news.", []string{"rus-presidency"}, nil, false, false},
	{"lavrov", "Russian Foreign Minister Sergei Lavrov accused the West of prolonging the war.", []string{"sergei-lavrov/person"}, nil, false, false},
	{"zakharova", "Foreign Ministry spokeswoman Maria Zakharova said Moscow would respond.", []string{"maria-zakharova/person"}, nil, false, false},
	{"russia defence ministry", "Russia's Defence Ministry said its forces had captured two villages in the Donetsk region.", []string{"rus-defense-ministry"}, nil, false, false},
	{"russian defense ministry", "The Russian Defense Ministry said air defences destroyed 40 Ukrainian drones over Kursk.", []string{"rus-defense-ministry"}, nil, false, false},
	{"belousov", "Defence Minister Andrei Belousov inspected troops in the Zaporizhzhia region.", []string{"andrei-belousov/person"}, nil, false, false},
	{"gerasimov", "Chief of the General Staff Valery Gerasimov said Russian forces were advancing.", []string{"valery-gerasimov/person"}, nil, false, false},
	{"medvedev", "Former president Dmitry Medvedev warned of a nuclear response.", []string{"dmitry-medvedev/person"}, nil, false, false},
	{"fsb", "Russia's Federal Security Service said it had thwarted an assassination plot.", []string{"rus-fsb"}, nil, false, false},
	{"fsb short", "The FSB detained a dual national on treason charges.", []string{"rus-fsb"}, nil, false, false},
	{"rosgvardia", "Rosgvardia troops were deployed to guard the nuclear plant.", []string{"rus-national-guard"}, nil, false, false},
	{"duma", "The State Duma passed a law allowing the seizure of property of those who criticise the army.", []string{"rus-duma"}, nil, false, false},
	{"volodin", "Duma speaker Vyacheslav Volodin said foreign agents would face tougher rules.", []string{"vyacheslav-volodin/person", "rus-duma"}, nil, false, false},

	// Belarus, Poland, Hungary, Slovakia.
	{"lukashenko", "Belarusian leader Alexander Lukashenko pardoned 16 prisoners.", []string{"alexander-lukashenko/person"}, nil, false, false},
	{"kgb", "Belarus's KGB added the journalist to its list of terrorists.", []string{"blr-kgb"}, nil, false, false},
	{"tusk", "Polish Prime Minister Donald Tusk said Poland would train every adult man.", []string{"donald-tusk/person"}, nil, false, false},
	{"sejm", "Poland's Sejm voted to withdraw from the Ottawa convention on landmines.", []string{"pol-sejm"}, nil, false, false},
	{"pis", "The nationalist Law and Justice party backed Karol Nawrocki in the presidential runoff.", []string{"law-and-justice", "karol-nawrocki/person"}, nil, false, false},
	{"orban", "Hungarian Prime Minister Viktor Orban blocked the EU decision.", []string{"viktor-orban/person", "european-union"}, nil, false, false},
	{"hungary government", "Hungary's government said it would not allow weapons to transit its territory.", []string{"hun-government"}, nil, false, true}, // known: design: a state's government is the state
	{"fico", "Slovak Prime Minister Robert Fico travelled to Beijing for the parade.", []string{"robert-fico/person"}, nil, false, false},

	// Western Europe.
	{"merz", "German Chancellor Friedrich Merz said Europe must be able to defend itself.", []string{"friedrich-merz/person"}, nil, false, false},
	{"bundeswehr", "The Bundeswehr will station a brigade in Lithuania.", []string{"deu-armed-forces"}, nil, false, false},
	{"afd", "The far-right Alternative for Germany came second in the federal election.", []string{"afd"}, nil, false, false},
	{"cdu spd", "The CDU and the SPD signed a coalition agreement in Berlin.", []string{"christian-democratic-union", "social-democratic-party-of-germany"}, nil, false, false},
	{"elysee", "The Elysee said Macron would travel to Kyiv next week.", []string{"fra-presidency", "emmanuel-macron/person"}, nil, false, false},
	{"rn", "Marine Le Pen's National Rally topped the first round of the vote.", []string{"rassemblement-national", "marine-le-pen/person"}, nil, false, false},
	{"starmer downing", "Downing Street said Starmer spoke to Zelensky by phone on Sunday.", []string{"gbr-government", "keir-starmer/person", "volodymyr-zelenskyy/person"}, nil, false, false},
	{"reform uk", "Reform UK led in the polls for the first time.", []string{"reform-uk"}, nil, false, false},
	{"meloni", "Italian Prime Minister Giorgia Meloni hosted the Ukraine Recovery Conference in Rome.", []string{"giorgia-meloni/person"}, nil, false, false},

	// Regression rows for the rules of this grid, written after them.
	{"general staff poland", "Poland's General Staff ordered snap exercises near the border.", []string{"pol-general-staff/military/POL"}, []string{"staff"}, false, false},
	{"general staff israel", "Israel's General Staff said the troops would withdraw from the buffer zone.", []string{"isr-general-staff/military/ISR"}, []string{"staff"}, false, false},
	{"border guard en", "Ukraine's State Border Guard Service said illegal crossings rose.", []string{"ukr-border-guard/agency/UKR"}, nil, false, false},
	{"svr en", "Russia's Foreign Intelligence Service accused Britain of planning provocations.", []string{"rus-intelligence/agency/RUS"}, nil, false, false},
	{"rnbo en", "Ukraine's National Security and Defence Council imposed sanctions on 50 companies.", []string{"ukr-nsdc/agency/UKR"}, nil, false, false},
	{"nabu en", "NABU detectives charged a former deputy prime minister.", []string{"ukr-nabu/agency/UKR"}, nil, false, false},
	{"russia security council", "Russia's Security Council met to discuss the offensive.", []string{"rus-security-council/government/RUS"}, []string{"security-council", "un-security-council"}, false, false},
	{"roskomnadzor", "Roskomnadzor restricted access to the messaging app.", []string{"rus-roskomnadzor/agency/RUS"}, nil, false, false},
	{"ukrenergo", "Ukrenergo announced rolling blackouts across the country.", []string{"ukrenergo/organization/UKR"}, nil, false, false},
	{"language french", "Macron replied in French, saying the war had to end.", []string{"emmanuel-macron/person"}, []string{"FRA/state"}, false, false},
	{"language not custody", "Two Ukrainian soldiers died in Russian custody, Kyiv said.", []string{"RUS/state"}, nil, false, false},

	// Traps.
	{"trap europe region", "Heavy rain caused flooding across central Europe.", nil, []string{"european-union"}, true, false},
	{"trap eastern europe", "Gas prices in Eastern Europe rose sharply over the winter.", nil, []string{"european-union"}, true, false},
	{"trap kharkiv", "Five people were killed in Kharkiv when a guided bomb hit an apartment block.", nil, []string{"UKR/state"}, false, false},
	{"trap odesa port", "The port of Odesa resumed operations after a two-day closure.", nil, []string{"UKR/state"}, true, false},
	{"trap zaporizhzhia plant", "The Zaporizhzhia nuclear power plant lost external power for the ninth time.", nil, []string{"UKR/state", "RUS/state"}, true, false},
	{"trap crimea bridge", "Traffic on the Crimean Bridge was suspended for several hours.", nil, []string{"UKR/state", "RUS/state"}, true, false},
	{"trap champions league", "Real Madrid won the UEFA Champions League for the 15th time.", nil, []string{"european-union"}, false, false},
	{"trap ukraine airlines", "Ukraine International Airlines has not flown since February 2022.", nil, []string{"UKR/state"}, false, false},
	{"trap eurovision", "The Eurovision Song Contest will be held in Vienna next year.", nil, []string{"european-union", "AUT/state"}, false, false},
	{"trap shakhtar", "Shakhtar Donetsk beat Dynamo Kyiv 2-1 on Saturday.", nil, []string{"UKR/state"}, false, false},
	{"trap european court of human rights", "The European Court of Human Rights ruled that Russia violated the convention.", []string{"RUS/state"}, []string{"european-union"}, false, false},
	{"trap russian language", "The book was translated into Russian and Ukrainian.", nil, []string{"RUS/state", "UKR/state"}, true, false},
}
