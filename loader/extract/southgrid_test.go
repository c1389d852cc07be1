package extract

import "testing"

// TestGlobalSouthGrid checks named bodies, officials and armed groups of
// states beyond the G20 that present-day news names (Africa, Latin
// America, South and Central Asia, the Middle East, the Caucasus), on
// sentences written for the test in the style of wire copy and Indonesian
// news, never copied from a data set, and annotated before the extractor
// ran on them. Rows want the body by the id the generic rule gives
// ("nga-election-commission", "sdn-armed-forces", "col-constitutional-court")
// or the gazetteer's, the office holder with the state his title names,
// and the armed group; about one row in seven is a trap: a state's name
// inside a longer name (an airline, a university, an outlet, the US state
// of Georgia), a city that is only the place, and a body's generic name
// with no state. A row marked known is a known failure: the test fails
// when it starts passing, so that its mark is taken off.
//
// Before the rules and data of this grid (c47d570): 95 of 121 Indonesian
// rows and 82 of 119 English rows pass (177 of 240); after them 109 of
// 121 and 110 of 119 (219 of 240). Of the 21 rows still marked known, 19
// name a body as the source of an event: the event's source is the
// body's state with its sector, and the state is listed as an actor too
// (by design; the dev sets' gold lists it), which the rows, annotated
// before the run, did not want.
func TestGlobalSouthGrid(t *testing.T) {
	t.Run("id", func(t *testing.T) { runNameGrid(t, southGridIDRows, 100) })
	t.Run("en", func(t *testing.T) { runWireGrid(t, extractor(t), southGridENRows, "2025-06-01") })
}

// southGridIDRows are the Indonesian rows (expertRowProblems: every state
// and person the row gives must be wanted).
var southGridIDRows = []nameGridRow{
	// Election commissions, legislatures and courts.
	{"kpu nigeria", "Komisi Pemilihan Umum Nigeria mengumumkan hasil pemilihan presiden pada Rabu.", "nga-election-commission", "", false, false}, // (passes since 1.14.0: an event with no target drops its unnamed state) was known: event source is the state (design)
	{"inec long", "Komisi Pemilihan Umum Independen Nasional Nigeria (INEC) menunda pemungutan suara di dua negara bagian.", "nga-election-commission", "", false, false},
	{"inec short with tinubu", "INEC menyatakan Bola Tinubu sebagai pemenang pemilu.", "nga-election-commission bola-tinubu", "", false, false},
	{"senat nigeria", "Senat Nigeria menyetujui pinjaman luar negeri senilai 2 miliar dolar.", "nga-senate", "", false, false},
	{"bank sentral nigeria", "Bank Sentral Nigeria menaikkan suku bunga acuan untuk menahan inflasi.", "nga-central-bank", "", false, false},
	{"parlemen kenya", "Parlemen Kenya mengesahkan rancangan undang-undang keuangan itu.", "ken-parliament", "", false, false},
	{"ma kenya", "Mahkamah Agung Kenya membatalkan hasil pemilu presiden.", "ken-supreme-court", "", false, false},
	{"senat meksiko", "Senat Meksiko menyetujui reformasi peradilan pada Rabu dini hari.", "mex-senate", "", false, false},
	{"ma meksiko", "Mahkamah Agung Meksiko menolak gugatan partai oposisi.", "mex-supreme-court", "", false, false},
	{"mk kolombia", "Mahkamah Konstitusi Kolombia membatalkan dekrit darurat itu.", "col-constitutional-court", "", false, false},
	{"majelis nasional venezuela", "Majelis Nasional Venezuela mengesahkan undang-undang yang membatasi LSM.", "ven-parliament", "", false, false},
	{"dewan pemilihan nasional venezuela", "Dewan Pemilihan Nasional Venezuela menyatakan Nicolas Maduro sebagai pemenang.", "ven-election-commission nicolas-maduro", "", false, false},
	{"kongres peru", "Kongres Peru memakzulkan Presiden Dina Boluarte.", "per-congress dina-boluarte", "", false, false},
	{"kongres argentina", "Kongres Argentina gagal membatalkan veto presiden.", "arg-congress", "", false, false},
	{"ma pakistan", "Mahkamah Agung Pakistan memerintahkan pembebasan Imran Khan.", "pak-supreme-court imran-khan", "", false, false},
	{"kpu pakistan", "Komisi Pemilihan Umum Pakistan menolak banding partai itu.", "pak-election-commission", "", false, false},
	{"kpu bangladesh", "Komisi Pemilihan Umum Bangladesh menetapkan jadwal pemungutan suara.", "bgd-election-commission", "", false, false},
	{"parlemen irak", "Parlemen Irak gagal memilih ketua baru setelah berbulan-bulan.", "irq-parliament", "", false, false},
	{"parlemen georgia", "Parlemen Georgia mengesahkan undang-undang agen asing.", "geo-parliament", "", false, false},
	{"dewan kedaulatan sudan", "Dewan Kedaulatan Sudan menunjuk seorang perdana menteri sipil.", "sdn-sovereignty-council", "", false, false},

	// Ministries.
	{"kemlu mesir", "Kementerian Luar Negeri Mesir mengecam serangan itu.", "egy-foreign-ministry", "", false, false},
	{"kemlu qatar", "Kementerian Luar Negeri Qatar mengatakan perundingan gencatan senjata berlanjut.", "qat-foreign-ministry", "", false, false},
	{"kemlu uea", "Kementerian Luar Negeri Uni Emirat Arab menyambut baik kesepakatan itu.", "are-foreign-ministry", "", false, false},
	{"kemhan azerbaijan", "Kementerian Pertahanan Azerbaijan menuduh Armenia melanggar gencatan senjata.", "aze-defense-ministry ARM", "", false, true}, // known: event source is the state (design)
	{"kemlu kolombia", "Kemlu Kolombia memanggil duta besar Amerika Serikat.", "col-foreign-ministry USA", "", false, true},                             // known: event source is the state (design)
	{"kemendagri pakistan", "Kementerian Dalam Negeri Pakistan memblokir akses ke platform X.", "pak-home-affairs-ministry", "", false, false},

	// Armed forces, police and intelligence.
	{"militer sudan", "Militer Sudan merebut kembali istana presiden di Khartoum.", "sdn-armed-forces", "", false, true}, // known: event source is the state (design)
	{"angkatan bersenjata sudan", "Angkatan Bersenjata Sudan menuduh paramiliter menembaki rumah sakit.", "sdn-armed-forces", "", false, false},
	{"polisi kenya", "Polisi Kenya menembakkan gas air mata ke arah demonstran di Nairobi.", "ken-police", "", false, false},
	{"enDF", "Pasukan Pertahanan Nasional Ethiopia (ENDF) bertempur melawan milisi Fano di Amhara.", "eth-armed-forces fano", "", false, true}, // known: event source is the state (design)
	{"militer ethiopia", "Militer Ethiopia mengatakan pihaknya merebut kembali kota itu.", "eth-armed-forces", "", false, false},
	{"fardc", "Angkatan Bersenjata Republik Demokratik Kongo (FARDC) melancarkan serangan balik terhadap M23.", "cod-armed-forces m23", "", false, true}, // known: event source is the state (design)
	{"tentara mali wagner", "Tentara Mali dan tentara bayaran Wagner dituduh membunuh warga sipil.", "mli-armed-forces wagner-group", "", false, false},
	{"tentara nigeria iswap", "Tentara Nigeria menewaskan 30 militan ISWAP di timur laut.", "nga-armed-forces iswap", "", false, true}, // known: event source is the state (design)
	{"ad nigeria", "Angkatan Darat Nigeria membantah laporan serangan udara yang salah sasaran itu.", "nga-army", "", false, false},
	{"polisi nigeria", "Kepolisian Nigeria menangkap 12 tersangka penculikan.", "nga-police", "", false, false},
	{"tentara somalia", "Angkatan Darat Nasional Somalia merebut kembali kota itu dari Al-Shabaab.", "som-army al-shabaab", "", false, true}, // known: event source is the state (design)
	{"garda nasional meksiko", "Garda Nasional Meksiko dikerahkan ke perbatasan utara.", "mex-national-guard", "", false, false},
	{"ad kolombia", "Angkatan Darat Kolombia mengatakan delapan tentara tewas dalam serangan itu.", "col-army", "", false, false},
	{"carabineros", "Polisi Chile (Carabineros) menangkap puluhan pengunjuk rasa.", "chl-police", "", false, false},
	{"polisi haiti", "Kepolisian Nasional Haiti meminta tambahan pasukan Kenya.", "hti-police KEN", "", false, true},                      // known: event source is the state (design)
	{"isi", "Badan Intelijen Antar-Layanan (ISI) Pakistan membantah terlibat dalam penculikan itu.", "pak-intelligence", "", false, true}, // known: event source is the state (design)
	{"militer pakistan", "Militer Pakistan mengatakan 12 militan tewas di Waziristan Utara.", "pak-armed-forces", "", false, false},
	{"militer bangladesh", "Militer Bangladesh dikerahkan untuk memulihkan ketertiban.", "bgd-armed-forces", "", false, false},
	{"al sri lanka", "Angkatan Laut Sri Lanka menangkap 20 nelayan India.", "lka-navy IND", "", false, true}, // known: event source is the state (design)
	{"ad nepal", "Angkatan Darat Nepal dikerahkan setelah gedung parlemen dibakar.", "npl-army", "", false, false},
	{"tentara lebanon", "Angkatan Bersenjata Lebanon dikerahkan ke selatan Sungai Litani.", "lbn-armed-forces", "", false, false},
	{"sdf syr army", "Pasukan Demokratik Suriah (SDF) sepakat bergabung dengan tentara Suriah.", "sdf syr-armed-forces", "", false, false},
	{"militer yordania", "Militer Yordania menembak jatuh drone yang melintas di wilayahnya.", "jor-armed-forces", "", false, false},
	{"ad pakistan title", "Panglima Angkatan Darat Pakistan Jenderal Asim Munir bertemu Presiden AS Donald Trump.", "asim-munir pak-army donald-trump USA", "", false, false},

	// Armed groups.
	{"rsf indonesian", "Pasukan Dukungan Cepat (RSF) menguasai kota El Fasher setelah pengepungan berbulan-bulan.", "rsf", "", false, false},
	{"rsf commander", "Komandan RSF Mohamed Hamdan Dagalo menolak gencatan senjata.", "rsf mohamed-hamdan-dagalo", "", false, false},
	{"tplf", "Front Pembebasan Rakyat Tigray (TPLF) menuduh pemerintah federal melanggar perjanjian damai.", "tigray-peoples-liberation-front", "", false, false},
	{"al-shabaab mogadishu", "Al-Shabaab mengklaim bertanggung jawab atas bom mobil di Mogadishu.", "al-shabaab", "", false, false},
	{"jnim djibo", "Jihadis JNIM menyerang pangkalan militer di Djibo.", "jnim", "", false, false},
	{"lna", "Tentara Nasional Libya (LNA) pimpinan Khalifa Haftar menguasai wilayah timur.", "libyan-national-army khalifa-haftar", "", false, false},
	{"kartel sinaloa", "Kartel Sinaloa berada di balik gelombang kekerasan di Culiacan.", "sinaloa-cartel", "", false, false},
	{"cjng indonesian", "Kartel Jalisco Generasi Baru (CJNG) ditetapkan sebagai organisasi teroris.", "cjng", "", false, false},
	{"viv ansanm", "Koalisi geng Viv Ansanm menguasai sebagian besar ibu kota.", "viv-ansanm", "", false, false},
	{"ttp", "Tehreek-e-Taliban Pakistan (TTP) mengklaim serangan terhadap pos polisi.", "ttp", "", false, false},
	{"bla", "Tentara Pembebasan Balochistan membajak kereta penumpang.", "baloch-liberation-army", "", false, false},
	{"taliban government", "Pemerintah Taliban melarang perempuan bekerja di lembaga swadaya masyarakat.", "taliban", "", false, false},
	{"pmf", "Pasukan Mobilisasi Populer Irak menolak dibubarkan.", "popular-mobilization-forces", "", false, false},
	{"hizbullah", "Hizbullah menembakkan puluhan roket ke pangkalan militer.", "hezbollah", "", false, false},
	{"houthi", "Kelompok Houthi menyerang kapal kargo di Laut Merah.", "houthis", "", false, false},
	{"boko haram", "Boko Haram menculik puluhan siswi di Borno.", "boko-haram", "", false, false},
	{"eln petro", "Presiden Kolombia Gustavo Petro menangguhkan perundingan dengan ELN.", "gustavo-petro COL eln", "", false, false},

	// Heads of state and government.
	{"ruto", "Presiden Kenya William Ruto melantik kabinet barunya di Nairobi.", "william-ruto KEN", "", false, false},
	{"abiy", "Perdana Menteri Ethiopia Abiy Ahmed menolak tuduhan itu.", "abiy-ahmed ETH", "", false, false},
	{"salva kiir", "Presiden Sudan Selatan Salva Kiir memecat kepala intelijennya.", "salva-kiir-mayardit SSD", "", false, false},
	{"hassan sheikh", "Presiden Somalia Hassan Sheikh Mohamud mengunjungi pasukan di garis depan.", "hassan-sheikh-mohamud SOM", "", false, false},
	{"tshisekedi kagame", "Presiden Republik Demokratik Kongo Felix Tshisekedi bertemu Presiden Rwanda Paul Kagame.", "felix-tshisekedi COD paul-kagame RWA", "", false, false},
	{"tchiani", "Pemimpin junta Niger Jenderal Abdourahamane Tchiani menangguhkan kerja sama militer dengan Amerika Serikat.", "abdourahamane-tchiani NER USA", "", false, false},
	{"traore", "Kapten Ibrahim Traore, pemimpin junta Burkina Faso, membubarkan pemerintahan.", "ibrahim-traore BFA", "", false, false},
	{"goita", "Pemimpin junta Mali Assimi Goita membubarkan semua partai politik.", "assimi-goita MLI", "", false, false},
	{"sisi tamim", "Presiden Mesir Abdel Fattah el-Sisi menerima kunjungan Emir Qatar Sheikh Tamim bin Hamad Al Thani.", "abdel-fattah-el-sisi EGY tamim-bin-hamad-al-thani QAT", "", false, false},
	{"dbeibah", "Perdana Menteri Libya Abdul Hamid Dbeibah menyerukan pemilu segera.", "abdul-hamid-dbeibeh LBY", "", false, false},
	{"saied", "Presiden Tunisia Kais Saied memecat perdana menterinya.", "kais-saied TUN", "", false, false},
	{"tebboune", "Presiden Aljazair Abdelmadjid Tebboune memenangkan masa jabatan kedua.", "abdelmadjid-tebboune DZA", "", false, false},
	{"mohammed vi", "Raja Maroko Mohammed VI mengampuni ratusan tahanan.", "mohamed-vi MAR", "", false, false},
	{"sheinbaum", "Presiden Meksiko Claudia Sheinbaum menolak ancaman tarif Amerika Serikat.", "claudia-sheinbaum MEX USA", "", false, false},
	{"maduro", "Presiden Venezuela Nicolas Maduro dilantik untuk masa jabatan ketiga.", "nicolas-maduro VEN", "", false, false},
	{"milei", "Presiden Argentina Javier Milei memangkas anggaran universitas.", "javier-milei ARG", "", false, false},
	{"boric", "Presiden Chile Gabriel Boric mengakui kekalahan dalam referendum.", "gabriel-boric CHL", "", false, false},
	{"arce", "Presiden Bolivia Luis Arce menyebut upaya kudeta itu gagal.", "luis-alberto-arce-catacora BOL", "", false, false},
	{"noboa", "Presiden Ekuador Daniel Noboa mengerahkan militer untuk melawan geng.", "daniel-noboa ECU", "", false, false},
	{"diaz-canel", "Presiden Kuba Miguel Diaz-Canel menyalahkan embargo Amerika Serikat.", "miguel-diaz-canel CUB USA", "", false, false},
	{"shehbaz", "Perdana Menteri Pakistan Shehbaz Sharif menuduh India mendalangi serangan itu.", "shehbaz-sharif PAK IND", "", false, false},
	{"yunus", "Pemimpin sementara Bangladesh Muhammad Yunus berjanji menggelar pemilu tahun depan.", "muhammad-yunus BGD", "", false, false},
	{"dissanayake", "Presiden Sri Lanka Anura Kumara Dissanayake membubarkan parlemen.", "anura-kumara-dissanayake LKA", "", false, false},
	{"oli", "Perdana Menteri Nepal KP Sharma Oli mengundurkan diri setelah protes besar.", "k-p-oli NPL", "", false, false},
	{"akhundzada", "Pemimpin tertinggi Taliban Hibatullah Akhundzada mengeluarkan dekret baru.", "hibatullah-akhundzada taliban", "", false, false},
	{"sudani", "Perdana Menteri Irak Mohammed Shia al-Sudani bertemu Presiden Iran Masoud Pezeshkian.", "mohammed-shia-al-sudani IRQ masoud-pezeshkian IRN", "", false, false},
	{"sharaa", "Presiden Suriah Ahmed al-Sharaa menandatangani deklarasi konstitusi.", "ahmed-al-sharaa SYR", "", false, false},
	{"aoun salam", "Presiden Lebanon Joseph Aoun menunjuk Nawaf Salam sebagai perdana menteri.", "joseph-aoun LBN nawaf-salam", "", false, false},
	{"abdullah ii", "Raja Yordania Abdullah II memperingatkan bahaya eskalasi.", "abdullah-ii-of-jordan JOR", "", false, false},
	{"qatar pm", "Perdana Menteri Qatar Sheikh Mohammed bin Abdulrahman Al Thani tiba di Kairo.", "mohammed-bin-abdulrahman-al-thani QAT", "", false, false},
	{"mbz prabowo", "Presiden Uni Emirat Arab Mohamed bin Zayed menerima Presiden Prabowo Subianto.", "mohamed-bin-zayed ARE prabowo-subianto", "", false, false},
	{"tokayev", "Presiden Kazakhstan Kassym-Jomart Tokayev menyerukan reformasi parlemen.", "kassym-jomart-tokayev KAZ", "", false, false},
	{"mirziyoyev putin", "Presiden Uzbekistan Shavkat Mirziyoyev bertemu Presiden Rusia Vladimir Putin.", "shavkat-mirziyayev UZB vladimir-putin RUS", "", false, false},
	{"pashinyan aliyev", "Perdana Menteri Armenia Nikol Pashinyan dan Presiden Azerbaijan Ilham Aliyev menandatangani kesepakatan damai.", "nikol-pashinyan ARM ilham-aliyev AZE", "", false, false},
	{"kobakhidze", "Perdana Menteri Georgia Irakli Kobakhidze menangguhkan perundingan aksesi Uni Eropa.", "irakli-kobakhidze GEO european-union", "", false, false},
	{"kamil idris", "Perdana Menteri Sudan Kamil Idris membentuk kabinet teknokrat.", "kamil-idris SDN", "", false, false},
	{"suminwa", "Perdana Menteri Republik Demokratik Kongo Judith Suminwa mengunjungi Goma.", "judith-suminwa COD", "", false, false},
	{"fils-aime", "Perdana Menteri Haiti Alix Didier Fils-Aime berjanji memulihkan keamanan.", "alix-didier-fils-aime HTI", "", false, false},

	// Traps: a state inside a longer name, cities as places, generic names with no state.
	{"kenya airways", "Maskapai Kenya Airways membatalkan penerbangan ke Dubai.", "", "KEN", false, false},
	{"ethiopian airlines", "Ethiopian Airlines menambah rute penerbangan ke Jakarta.", "", "ETH", false, false},
	{"qatar airways", "Qatar Airways kembali membuka rute ke Damaskus.", "qatar-airways", "QAT SYR", false, false},
	{"banjir karachi", "Banjir merendam sebagian besar Karachi.", "", "", true, false},
	{"kota meksiko", "Kota Meksiko diguncang gempa berkekuatan 6,1.", "", "MEX", true, false},
	{"hujan dhaka", "Hujan deras mengguyur Dhaka sejak Senin.", "", "BGD", true, false},
	{"warga khartoum", "Ribuan warga Khartoum mengungsi akibat pertempuran.", "", "SDN", true, false},
	{"mk generic home", "Mahkamah Konstitusi menolak gugatan itu pada Kamis.", "idn-constitutional-court", "col-constitutional-court", false, false},
	{"komisi pemilihan lower", "Komisi pemilihan di negara itu menunda pengumuman hasil.", "", "", true, false},
	{"kopi ethiopia", "Kopi Ethiopia dan kopi Kolombia laris di pasar ekspor.", "", "ETH COL", true, false},
	{"sungai yordan", "Air Sungai Yordan menyusut drastis musim panas ini.", "", "JOR", true, false},
	{"universitas kairo", "Universitas Kairo menggelar wisuda bagi 5.000 mahasiswa.", "", "EGY", false, false},
	{"rabat tournament", "Turnamen itu dibuka di Rabat pada Minggu malam.", "", "MAR", true, false},
	{"observatorium suriah", "Observatorium Suriah untuk Hak Asasi Manusia melaporkan 40 orang tewas.", "", "SYR", false, false},
	{"negara bagian georgia", "Gubernur negara bagian Georgia di Amerika Serikat menandatangani undang-undang itu.", "", "GEO", false, true}, // known: the place "di Amerika Serikat" is the state
	{"lagos gedung runtuh", "Sebuah gedung runtuh di Lagos dan menewaskan tujuh orang.", "", "NGA", true, false},
}

// southGridENRows are the English rows (nameProblems: "id", "id/kind" or
// "id/kind/country").
var southGridENRows = []wireGridRow{
	// Election commissions, legislatures, courts, councils.
	{"inec possessive", "Nigeria's Independent National Electoral Commission declared Bola Tinubu the winner of the presidential election.", []string{"nga-election-commission/agency/NGA", "bola-tinubu/person/NGA"}, []string{"NGA/state"}, false, false},
	{"inec chairman", "INEC chairman Mahmood Yakubu said the results would be uploaded online.", []string{"nga-election-commission/agency/NGA", "mahmood-yakubu/person"}, nil, false, false},
	{"iebc", "Kenya's Independent Electoral and Boundaries Commission announced the results on Monday.", []string{"ken-election-commission/agency/KEN"}, []string{"KEN/state"}, false, false},
	{"kenya supreme court", "Kenya's Supreme Court upheld Ruto's election victory.", []string{"ken-supreme-court/court/KEN"}, []string{"KEN/state"}, false, false},
	{"nigeria senate", "Nigeria's Senate confirmed the new service chiefs on Thursday.", []string{"nga-senate/legislature/NGA"}, []string{"NGA/state"}, false, false},
	{"sovereignty council", "Sudan's Sovereignty Council appointed Kamil Idris as prime minister.", []string{"sdn-sovereignty-council/government/SDN", "kamil-idris/person/SDN"}, nil, false, false},
	{"mexico senate", "Mexico's Senate approved the judicial overhaul early on Wednesday.", []string{"mex-senate/legislature/MEX"}, []string{"MEX/state"}, false, false},
	{"mexico supreme court", "Mexico's Supreme Court struck down the electoral reform.", []string{"mex-supreme-court/court/MEX"}, []string{"MEX/state", "usa-supreme-court"}, false, false},
	{"colombia constitutional court", "Colombia's Constitutional Court struck down the tax reform.", []string{"col-constitutional-court/court/COL"}, []string{"COL/state"}, false, false},
	{"venezuela national assembly", "Venezuela's National Assembly approved a law targeting non-governmental organizations.", []string{"ven-parliament/legislature/VEN"}, []string{"VEN/state", "fra-parliament"}, false, false},
	{"venezuela cne", "Venezuela's National Electoral Council declared Nicolas Maduro the winner.", []string{"ven-election-commission/agency/VEN", "nicolas-maduro/person"}, nil, false, false},
	{"venezuela supreme tribunal", "Venezuela's Supreme Court certified the results of the vote.", []string{"ven-supreme-court/court/VEN"}, []string{"VEN/state", "usa-supreme-court"}, false, false},
	{"peru congress", "Peru's Congress voted to remove President Dina Boluarte.", []string{"per-congress/legislature/PER", "dina-boluarte/person/PER"}, []string{"usa-congress"}, false, false},
	{"argentina congress milei", "Argentina's Congress failed to override Milei's veto.", []string{"arg-congress/legislature/ARG", "javier-milei/person"}, []string{"usa-congress"}, false, false},
	{"pakistan supreme court", "Pakistan's Supreme Court ordered the release of Imran Khan.", []string{"pak-supreme-court/court/PAK", "imran-khan/person"}, []string{"PAK/state"}, false, true}, // known: event source is the state (design)
	{"ecp", "The Election Commission of Pakistan rejected the party's appeal.", []string{"pak-election-commission/agency/PAK"}, []string{"PAK/state"}, false, false},
	{"bangladesh ec", "Bangladesh's Election Commission announced the polling schedule.", []string{"bgd-election-commission/agency/BGD"}, []string{"BGD/state"}, false, false},
	{"iraq parliament", "Iraq's parliament elected a new speaker after months of deadlock.", []string{"irq-parliament/legislature/IRQ"}, []string{"IRQ/state"}, false, false},
	{"georgia parliament", "Georgia's parliament passed the foreign agents law.", []string{"geo-parliament/legislature/GEO"}, []string{"GEO/state", "georgia-us"}, false, false},
	{"haiti transitional council", "Haiti's Transitional Presidential Council named a new prime minister.", []string{"hti-transitional-council/government/HTI"}, []string{"HTI/state"}, false, false},
	{"yemen plc", "Yemen's Presidential Leadership Council said the Houthis had rejected the truce.", []string{"yem-plc/government/YEM", "houthis"}, []string{"YEM/state"}, false, false},
	{"libya gnu", "Libya's Government of National Unity said the clashes in Tripoli had ended.", []string{"lby-gnu/government/LBY"}, []string{"LBY/state"}, false, false},
	{"egypt house", "Egypt's House of Representatives approved the amendments.", []string{"egy-house/legislature/EGY"}, []string{"usa-house", "EGY/state"}, false, false},

	// Ministries.
	{"egypt foreign ministry", "Egypt's Foreign Ministry condemned the strike on the refugee camp.", []string{"egy-foreign-ministry/agency/EGY"}, []string{"EGY/state"}, false, false},
	{"qatar foreign ministry spokesman", "Qatar's Foreign Ministry spokesman Majed al-Ansari said the talks were continuing.", []string{"qat-foreign-ministry/agency/QAT", "majed-al-ansari/person"}, nil, false, false},
	{"uae foreign ministry", "The UAE's Foreign Ministry said it welcomed the agreement.", []string{"are-foreign-ministry/agency/ARE"}, []string{"ARE/state"}, false, false},
	{"azerbaijan defense ministry", "Azerbaijan's Defense Ministry accused Armenian forces of firing across the border.", []string{"aze-defense-ministry/agency/AZE", "ARM"}, []string{"AZE/state"}, false, true}, // known: event source is the state (design)
	{"saudi vs jordan foreign ministry", "The Jordanian Foreign Ministry summoned the Israeli ambassador.", []string{"jor-foreign-ministry/agency/JOR"}, []string{"JOR/state"}, false, true},                      // known: event source is the state (design)
	{"pakistan interior ministry", "Pakistan's Interior Ministry suspended mobile internet in Islamabad.", []string{"pak-home-affairs-ministry/agency/PAK"}, []string{"PAK/state"}, false, false},

	// Armed forces, police, intelligence.
	{"kenyan police", "Kenyan police fired tear gas at protesters in Nairobi.", []string{"ken-police/agency/KEN"}, []string{"KEN/state"}, false, true},                        // known: event source; "in Nairobi" the state
	{"kdf", "The Kenya Defence Forces said they killed 20 al-Shabaab fighters.", []string{"ken-armed-forces/military/KEN", "al-shabaab"}, []string{"KEN/state"}, false, true}, // known: event source is the state (design)
	{"endf", "The Ethiopian National Defense Force said it had retaken the town.", []string{"eth-armed-forces/military/ETH"}, []string{"ETH/state"}, false, false},
	{"saf", "The Sudanese Armed Forces accused the paramilitaries of shelling a hospital.", []string{"sdn-armed-forces/military/SDN"}, []string{"SDN/state"}, false, false},
	{"somali national army", "The Somali National Army recaptured the town with help from African Union troops.", []string{"som-army/military/SOM", "african-union"}, []string{"SOM/state"}, false, true}, // known: event source is the state (design)
	{"fardc", "The Congolese army, known as FARDC, said it repelled an attack near Goma.", []string{"cod-armed-forces/military/COD"}, []string{"COD/state"}, false, false},
	{"nigerian army", "The Nigerian Army said troops rescued 50 kidnapped students.", []string{"nga-army/military/NGA"}, []string{"NGA/state"}, false, false},
	{"efcc", "Nigeria's Economic and Financial Crimes Commission arrested the former governor.", []string{"nga-efcc/agency/NGA"}, []string{"NGA/state"}, false, false},
	{"cbn", "The Central Bank of Nigeria raised its benchmark rate to 27.5 percent.", []string{"nga-central-bank/agency/NGA"}, []string{"NGA/state"}, false, false},
	{"national guard mexico", "Mexican President Claudia Sheinbaum said the National Guard would send 10,000 troops to the border.", []string{"claudia-sheinbaum/person/MEX", "mex-national-guard/military/MEX"}, []string{"usa-national-guard"}, false, false},
	{"colombia army farc", "Colombia's army said eight soldiers were killed by FARC dissidents.", []string{"col-army/military/COL", "farc"}, []string{"COL/state"}, false, true}, // known: event source is the state (design)
	{"carabineros", "Chile's Carabineros police said 30 people were arrested.", []string{"chl-police/agency/CHL"}, []string{"CHL/state"}, false, false},
	{"haitian national police", "The Haitian National Police said gangs attacked two police stations.", []string{"hti-police/agency/HTI"}, []string{"HTI/state"}, false, false},
	{"isi", "Pakistan's Inter-Services Intelligence denied any involvement.", []string{"pak-intelligence/agency/PAK"}, []string{"PAK/state"}, false, false},
	{"pakistan army", "Pakistan's army said its troops killed 15 militants in North Waziristan.", []string{"pak-army/military/PAK"}, []string{"PAK/state"}, false, false},
	{"ispr", "The military's media wing, ISPR, said five soldiers died in the ambush.", []string{"pak-ispr/agency/PAK"}, nil, false, false},
	{"asim munir", "Field Marshal Asim Munir, Pakistan's army chief, met Trump at the White House.", []string{"asim-munir/person/PAK", "donald-trump/person"}, nil, false, false},
	{"sri lanka navy", "The Sri Lankan navy arrested 12 Indian fishermen.", []string{"lka-navy/military/LKA"}, []string{"LKA/state"}, false, true}, // known: event source is the state (design)
	{"nepal army", "Nepal's army was deployed after protesters set fire to parliament.", []string{"npl-army/military/NPL"}, []string{"NPL/state"}, false, false},
	{"lebanese armed forces", "The Lebanese Armed Forces deployed south of the Litani River.", []string{"lbn-armed-forces/military/LBN"}, []string{"LBN/state"}, false, false}, // (passes since 1.14.0: an event with no target drops its unnamed state) was known: event source is the state (design)
	{"syrian army sdf", "The Kurdish-led Syrian Democratic Forces agreed to merge into the Syrian army.", []string{"sdf", "syr-army/military/SYR"}, nil, false, false},
	{"bangladesh army chief", "Bangladesh's army chief General Waker-Uz-Zaman urged restraint.", []string{"waker-uz-zaman/person/BGD"}, nil, false, false},

	// Armed groups.
	{"rsf possessive", "Sudan's Rapid Support Forces said they had captured El Fasher.", []string{"rsf/armed_group"}, []string{"SDN/state", "reporters-without-borders"}, false, false},
	{"rsf dagalo", "The RSF, led by Mohamed Hamdan Dagalo, has been fighting the army since April 2023.", []string{"rsf/armed_group", "mohamed-hamdan-dagalo/person"}, []string{"reporters-without-borders"}, false, false},
	{"m23 goma", "M23 rebels seized Goma in January.", []string{"m23/armed_group"}, nil, false, false},
	{"jnim", "JNIM fighters killed dozens of soldiers near Djibo.", []string{"jnim/armed_group"}, nil, false, false},
	{"lna haftar", "Forces loyal to eastern commander Khalifa Haftar, known as the Libyan National Army, advanced on the city.", []string{"khalifa-haftar/person", "libyan-national-army/armed_group/LBY"}, nil, false, false},
	{"sinaloa cartel", "The Sinaloa Cartel has been split by a war between two factions.", []string{"sinaloa-cartel/armed_group/MEX"}, []string{"sinaloa/place"}, false, false},
	{"cjng", "The Jalisco New Generation Cartel, or CJNG, was designated a terrorist organization.", []string{"cjng/armed_group/MEX"}, nil, false, false},
	{"viv ansanm", "The Viv Ansanm gang coalition controls most of the capital.", []string{"viv-ansanm/armed_group/HTI"}, nil, false, false},
	{"gulf clan", "The Gulf Clan, Colombia's largest drug trafficking group, announced a ceasefire.", []string{"clan-del-golfo/armed_group/COL"}, nil, false, false},
	{"pakistani taliban", "Pakistani Taliban fighters attacked a checkpoint in Khyber Pakhtunkhwa.", []string{"ttp/armed_group"}, nil, false, false},
	{"taliban government", "Afghanistan's Taliban government banned chess.", []string{"taliban"}, nil, false, false},
	{"pmf", "Iraq's Popular Mobilization Forces said a drone hit one of their bases.", []string{"popular-mobilization-forces"}, nil, false, false},
	{"houthis", "Yemen's Houthis fired a ballistic missile at a ship in the Red Sea.", []string{"houthis"}, []string{"YEM/state"}, false, false},
	{"boko haram", "Boko Haram fighters stormed a village in Borno state.", []string{"boko-haram"}, nil, false, false},
	{"tplf", "The Tigray People's Liberation Front accused the federal government of violating the peace deal.", []string{"tigray-peoples-liberation-front"}, nil, false, false},
	{"eln petro", "Colombian President Gustavo Petro suspended peace talks with the ELN.", []string{"gustavo-petro/person/COL", "eln"}, nil, false, false},

	// Heads of state and government, officials.
	{"ruto", "Kenyan President William Ruto said the deployment to Haiti would go ahead.", []string{"william-ruto/person/KEN"}, nil, false, false},
	{"abiy", "Ethiopian Prime Minister Abiy Ahmed said Ethiopia needed access to the sea.", []string{"abiy-ahmed/person/ETH"}, nil, false, false},
	{"burhan", "Sudan's army chief Abdel Fattah al-Burhan vowed to fight on.", []string{"abdel-fattah-al-burhan/person/SDN"}, nil, false, false},
	{"kiir", "South Sudan's President Salva Kiir sacked his finance minister.", []string{"salva-kiir-mayardit/person/SSD"}, []string{"salva-kiir", "SDN/state"}, false, false},
	{"somali president", "Somali President Hassan Sheikh Mohamud said al-Shabaab would be defeated.", []string{"hassan-sheikh-mohamud/person/SOM", "al-shabaab"}, nil, false, false},
	{"tshisekedi", "Congolese President Felix Tshisekedi accused Rwanda of backing M23.", []string{"felix-tshisekedi/person/COD", "RWA", "m23"}, []string{"COG/state"}, false, false},
	{"goita", "Mali's junta leader Assimi Goita dissolved all political parties.", []string{"assimi-goita/person/MLI"}, nil, false, false},
	{"tchiani", "Niger's military ruler Gen. Abdourahamane Tchiani ordered US troops to leave.", []string{"abdourahamane-tchiani/person/NER"}, []string{"NGA/state"}, false, false},
	{"traore", "Burkina Faso's junta leader Captain Ibrahim Traore said the plot was foiled.", []string{"ibrahim-traore/person/BFA"}, nil, false, false},
	{"sisi", "Egyptian President Abdel Fattah el-Sisi met Qatar's emir in Cairo.", []string{"abdel-fattah-el-sisi/person/EGY", "QAT"}, nil, false, false},
	{"saied", "Tunisian President Kais Saied sacked the prime minister.", []string{"kais-saied/person/TUN"}, nil, false, false},
	{"tebboune", "Algerian President Abdelmadjid Tebboune won a second term with 84 percent of the vote.", []string{"abdelmadjid-tebboune/person/DZA"}, nil, false, false},
	{"mohammed vi", "Morocco's King Mohammed VI pardoned more than 2,000 prisoners.", []string{"mohamed-vi/person/MAR"}, nil, false, false},
	{"milei", "Argentine President Javier Milei said the peso would float freely.", []string{"javier-milei/person/ARG"}, nil, false, false},
	{"arce", "Bolivian President Luis Arce said the coup attempt had failed.", []string{"luis-alberto-arce-catacora/person/BOL"}, nil, false, false},
	{"noboa", "Ecuador's President Daniel Noboa declared an internal armed conflict.", []string{"daniel-noboa/person/ECU"}, nil, false, false},
	{"diaz-canel", "Cuban President Miguel Diaz-Canel blamed the blackout on the US embargo.", []string{"miguel-diaz-canel/person/CUB"}, nil, false, false},
	{"shehbaz", "Pakistani Prime Minister Shehbaz Sharif said India had attacked without provocation.", []string{"shehbaz-sharif/person/PAK", "IND"}, nil, false, false},
	{"yunus", "Bangladesh's interim leader Muhammad Yunus said elections would be held in February.", []string{"muhammad-yunus/person/BGD"}, nil, false, false},
	{"dissanayake", "Sri Lankan President Anura Kumara Dissanayake dissolved parliament.", []string{"anura-kumara-dissanayake/person/LKA"}, nil, false, false},
	{"karki", "Nepal's interim Prime Minister Sushila Karki set elections for March.", []string{"sushila-karki/person/NPL"}, nil, false, false},
	{"sudani", "Iraqi Prime Minister Mohammed Shia al-Sudani said US troops would leave.", []string{"mohammed-shia-al-sudani/person/IRQ"}, nil, false, false},
	{"sharaa mbs", "Syrian President Ahmed al-Sharaa met Saudi Crown Prince Mohammed bin Salman.", []string{"ahmed-al-sharaa/person/SYR", "mohammed-bin-salman/person/SAU"}, nil, false, false},
	{"aoun hezbollah", "Lebanese President Joseph Aoun said Hezbollah must hand over its weapons.", []string{"joseph-aoun/person/LBN", "hezbollah"}, nil, false, false},
	{"alimi", "Rashad al-Alimi, head of Yemen's Presidential Leadership Council, met the Saudi ambassador.", []string{"rashad-muhammad-al-alimi/person/YEM", "yem-plc/government/YEM"}, nil, false, false},
	{"abdullah ii", "Jordan's King Abdullah II warned against annexation.", []string{"abdullah-ii-of-jordan/person/JOR"}, nil, false, false},
	{"qatar pm hamas", "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani met Hamas negotiators in Doha.", []string{"mohammed-bin-abdulrahman-al-thani/person/QAT", "hamas"}, nil, false, false},
	{"mbz", "UAE President Sheikh Mohamed bin Zayed arrived in Washington for talks.", []string{"mohamed-bin-zayed/person/ARE"}, nil, false, false},
	{"tokayev", "Kazakh President Kassym-Jomart Tokayev hosted the summit in Astana.", []string{"kassym-jomart-tokayev/person/KAZ"}, nil, false, false},
	{"mirziyoyev", "Uzbek President Shavkat Mirziyoyev pardoned 200 prisoners.", []string{"shavkat-mirziyayev/person/UZB"}, nil, false, false},
	{"pashinyan", "Armenian Prime Minister Nikol Pashinyan said a peace treaty was ready to be signed.", []string{"nikol-pashinyan/person/ARM"}, nil, false, false},
	{"kobakhidze", "Georgian Prime Minister Irakli Kobakhidze suspended talks on joining the European Union.", []string{"irakli-kobakhidze/person/GEO", "european-union"}, nil, false, false},
	{"suminwa", "Congolese Prime Minister Judith Suminwa visited displaced families in Goma.", []string{"judith-suminwa/person/COD"}, nil, false, false},
	{"fils-aime", "Haitian Prime Minister Alix Didier Fils-Aime promised to restore security.", []string{"alix-didier-fils-aime/person/HTI"}, nil, false, false},
	{"hamza barre", "Somali Prime Minister Hamza Abdi Barre reshuffled his cabinet.", []string{"hamza-abdi-barre/person/SOM"}, nil, false, false},

	// Traps.
	{"mexico city quake", "Mexico City was hit by a magnitude 6 earthquake on Friday.", nil, []string{"MEX/state"}, true, false},
	{"kenya airways", "Kenya Airways canceled flights to Dubai.", nil, []string{"KEN/state", "ARE/state"}, false, false},
	{"ethiopian airlines", "Ethiopian Airlines ordered 20 more Boeing jets.", nil, []string{"ETH/state"}, false, false},
	{"qatar airways damascus", "Qatar Airways resumed flights to Damascus.", []string{"qatar-airways"}, []string{"QAT/state", "SYR/state"}, false, false},
	{"karachi floods", "Floods swept through Karachi, killing 20 people.", nil, []string{"PAK/state"}, true, false},
	{"khartoum residents", "Residents of Khartoum fled as the fighting spread.", nil, []string{"SDN/state"}, true, false},
	{"bare constitutional court", "The constitutional court ruled the decree unconstitutional.", nil, []string{"usa-supreme-court", "col-constitutional-court", "zaf-constitutional-court", "deu-constitutional-court"}, true, false},
	{"bare police", "Police said three suspects were arrested after the raid.", nil, nil, true, false},
	{"bare supreme court", "The Supreme Court will hear the case next month.", nil, []string{"pak-supreme-court", "ken-supreme-court", "mex-supreme-court"}, false, false},
	{"syrian observatory", "The Syrian Observatory for Human Rights said 40 people were killed.", nil, []string{"SYR/state", "syrian-observatory-for-human-rights/person"}, false, false},
	{"colombian coffee", "Colombian coffee prices rose 10 percent.", nil, []string{"COL/state"}, true, false},
	{"jordan river", "The Jordan River has shrunk to a trickle.", nil, []string{"JOR/state"}, true, false},
	{"baghdad heat", "Temperatures in Baghdad topped 50 degrees Celsius.", nil, []string{"IRQ/state"}, true, false},
	{"congo river", "Boats on the Congo River carried hundreds of refugees.", nil, []string{"COD/state", "COG/state"}, true, false},
	{"georgia secretary of state", "Georgia's Secretary of State Brad Raffensperger certified the results.", []string{"brad-raffensperger/person"}, []string{"GEO/state"}, false, false},
	{"cairo university", "Cairo University students protested against the fee increase.", nil, []string{"EGY/state"}, false, false},
	{"pakistan cricket board", "The Pakistan Cricket Board named a new captain.", nil, []string{"PAK/state"}, false, false},
}
