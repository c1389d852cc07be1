package extract

import "testing"

// TestAsiaPacificGrid checks present-day (2023–2026) Asia-Pacific news in
// Indonesian and English: the bodies of China (the PLA and its Eastern
// Theater Command, the China Coast Guard, the foreign, defence and commerce
// ministries and their spokespeople, the NPC, Xinhua), Taiwan, Japan, the
// Koreas, the Philippines, mainland Southeast Asia, Myanmar's junta and
// armed groups, South Asia, Australia, New Zealand and the Pacific states,
// their officials with Indonesian and English names (surname first for
// Chinese, Korean, Vietnamese and Japanese-press names), and places (South
// China Sea features, the Taiwan Strait, Kashmir) that are no state acting.
// About one row in five is a trap: a state's name inside a longer name (an
// airline, a bank, a university, a tournament), a capital that is only the
// city, a sea or a strait named after a state. The rows were written for
// the test in the style of wire copy and Indonesian news, never copied
// from a data set, and annotated before the extractor ran on them. A body
// acting as the source of an event gives its state as an actor too (by
// design), so the Indonesian rows, where every state given must be wanted,
// list it. A row marked known is a known failure: the test fails when it
// starts passing, so that its mark is taken off.
//
// Before the rules and data of this grid: 57 of 89 Indonesian rows and 65
// of 79 English rows pass (122 of 168); after them 62 of 89 and 76 of 79
// (138 of 168). A second batch of ten rows, written after the first fixes
// and annotated before its first run, passes 6 of 10 (in all 64 of 93 and
// 80 of 85, 144 of 178). Of the 34 rows still marked known, 18 want the
// state of a body whose act the extractor gives no event of that state
// (it lists the state only then, by design); the others are metonyms and
// heads of state whose state is listed with them (by design) and a few
// names left out on purpose (CCG, the bare Diet, LDP and DPP).
func TestAsiaPacificGrid(t *testing.T) {
	t.Run("id", func(t *testing.T) { runNameGrid(t, asiaGridIDRows, 75) })
	t.Run("en", func(t *testing.T) { runWireGrid(t, extractor(t), asiaGridENRows, "2025-06-01") })
}

// asiaGridIDRows are the Indonesian rows (expertRowProblems: every state
// and person the row gives must be wanted).
var asiaGridIDRows = []nameGridRow{
	// China: the PLA, its theater command, the coast guard, ministries.
	{"komando teater timur", "Komando Teater Timur Tentara Pembebasan Rakyat menggelar latihan gabungan di sekitar Taiwan pada Senin.", "chn-eastern-theater-command CHN", "TWN", false, true}, // known: "di sekitar Taiwan" gives Taiwan as the drills' target state
	{"komando teater timur china", "Komando Teater Timur China mengerahkan kapal perang dan jet tempur ke Selat Taiwan.", "chn-eastern-theater-command", "TWN", false, false},                  // (CHN was the event's state; since 1.14.0 an event with no target drops a state the text does not name)
	{"penjaga pantai china meriam air", "Penjaga Pantai China menembakkan meriam air ke kapal pemasok Filipina di dekat Second Thomas Shoal.", "chn-coast-guard CHN PHL", "", false, false},
	{"penjaga pantai tiongkok", "Penjaga Pantai Tiongkok mengusir kapal nelayan Vietnam dari perairan Kepulauan Paracel.", "chn-coast-guard CHN VNM", "", false, false},
	{"jubir kemlu china lin jian", "Juru bicara Kementerian Luar Negeri China Lin Jian mengatakan Beijing menentang campur tangan asing.", "lin-jian chn-foreign-ministry CHN", "", false, false},
	{"jubir kemlu china mao ning", "Juru bicara Kemlu China Mao Ning meminta Jepang menghentikan provokasi.", "mao-ning chn-foreign-ministry CHN JPN", "", false, true}, // known: the body's state is not listed where the body's act gives no event the state's own (annotation wanted it)
	{"menlu wang yi", "Menteri Luar Negeri China Wang Yi bertemu Menlu Sugiono di Beijing.", "wang-yi CHN sugiono", "", false, false},
	{"kemendag china", "Kementerian Perdagangan China mengumumkan pembatasan ekspor logam tanah jarang.", "chn-commerce-ministry", "", false, false},                                             // (CHN: as above)
	{"kemhan china jubir", "Juru bicara Kementerian Pertahanan China Zhang Xiaogang menuduh Amerika Serikat memicu ketegangan.", "zhang-xiaogang chn-defense-ministry CHN USA", "", false, true}, // known: the body's state is not listed where the body's act gives no event the state's own (annotation wanted it)
	{"npc", "Kongres Rakyat Nasional China mengesahkan undang-undang baru tentang keamanan maritim.", "chn-npc CHN", "", false, true},                                                            // known: the body's state is not listed where the body's act gives no event the state's own (annotation wanted it)
	{"xinhua melaporkan", "Kantor berita Xinhua melaporkan Presiden Xi Jinping akan berkunjung ke Malaysia.", "xinhua xi-jinping MYS", "", false, true},                                          // known: a head of state's state is listed with him (design)
	{"pla", "Tentara Pembebasan Rakyat China meluncurkan rudal balistik ke Samudra Pasifik.", "chn-armed-forces CHN", "", false, true},                                                           // known: the body's state is not listed where the body's act gives no event the state's own (annotation wanted it)
	{"partai komunis", "Partai Komunis China memecat dua mantan menteri pertahanan karena korupsi.", "ccp", "", false, false},
	{"xi jinping hu", "Xi Jinping menerima kunjungan Perdana Menteri Malaysia Anwar Ibrahim di Beijing.", "xi-jinping anwar-ibrahim MYS", "", false, true}, // known: a head of state's state is listed with him (design)
	{"li qiang", "Perdana Menteri China Li Qiang menyerukan perdagangan bebas di forum ASEAN.", "li-qiang CHN asean", "", false, false},
	// Taiwan.
	{"lai ching-te", "Presiden Taiwan Lai Ching-te menegaskan masa depan Taiwan ditentukan rakyatnya.", "lai-ching-te TWN", "", false, false},
	{"kemhan taiwan", "Kementerian Pertahanan Taiwan mendeteksi 45 pesawat militer China di sekitar pulau itu.", "twn-defense-ministry TWN CHN", "", false, true},           // known: the body's state is not listed where the body's act gives no event the state's own (annotation wanted it)
	{"dewan urusan daratan", "Dewan Urusan Daratan Taiwan memperingatkan warganya agar tidak bepergian ke China.", "twn-mainland-affairs-council TWN CHN", "", false, true}, // known: the body's state is not listed where the body's act gives no event the state's own (annotation wanted it)
	{"yuan legislatif", "Yuan Legislatif Taiwan memangkas anggaran pertahanan yang diajukan pemerintah.", "twn-legislative-yuan TWN", "", false, true},                      // known: the body's state is not listed where the body's act gives no event the state's own (annotation wanted it)
	{"kmt", "Partai Kuomintang menolak rancangan anggaran itu dan menyerukan dialog dengan Beijing.", "kuomintang", "", false, true},                                        // known: "dialog dengan Beijing" gives the capital as China's government (metonym rule)
	{"dpp", "Partai Progresif Demokratik yang berkuasa kehilangan mayoritas di parlemen Taiwan.", "democratic-progressive-party", "", false, false},
	{"wellington koo", "Menteri Pertahanan Taiwan Wellington Koo mengatakan militer siaga penuh.", "wellington-koo TWN", "", false, false},
	{"kantor kepresidenan taiwan", "Kantor Kepresidenan Taiwan mengecam latihan militer China sebagai provokasi.", "twn-presidency TWN CHN", "", false, false},
	// Japan.
	{"pasukan bela diri jepang", "Pasukan Bela Diri Jepang mengerahkan kapal perusak untuk memantau kapal China.", "jpn-armed-forces JPN CHN", "", false, false},
	{"kemhan jepang", "Kementerian Pertahanan Jepang melaporkan rudal Korea Utara jatuh di zona ekonomi eksklusifnya.", "jpn-defense-ministry JPN PRK", "", false, true}, // known: the body's state is not listed where the body's act gives no event the state's own (annotation wanted it)
	{"takaichi", "Perdana Menteri Jepang Sanae Takaichi berjanji meningkatkan belanja pertahanan.", "sanae-takaichi JPN", "", false, false},
	{"ishiba", "Shigeru Ishiba mengundurkan diri sebagai ketua Partai Demokrat Liberal.", "shigeru-ishiba jpn-ldp", "", false, false},
	{"ldp", "Partai Demokrat Liberal Jepang kehilangan mayoritas di majelis rendah.", "jpn-ldp", "", false, false},
	{"nhk melaporkan", "Stasiun penyiaran NHK melaporkan gempa bermagnitudo 6,9 mengguncang Prefektur Ishikawa.", "nhk", "JPN", false, false},
	{"koizumi", "Menteri Pertahanan Jepang Shinjiro Koizumi mengunjungi pangkalan di Okinawa.", "shinjiro-koizumi JPN", "", false, false},
	// The Koreas.
	{"kepala staf gabungan korsel", "Kepala Staf Gabungan Korea Selatan mengatakan Korea Utara menembakkan dua rudal balistik jarak pendek.", "kor-jcs KOR PRK", "", false, true}, // known: the body's state is not listed where the body's act gives no event the state's own (annotation wanted it)
	{"jcs short", "JCS menyebut rudal itu terbang sekitar 800 kilometer sebelum jatuh ke Laut Timur.", "kor-jcs", "", false, false},
	{"kim yo jong", "Kim Yo Jong, adik perempuan pemimpin Korea Utara, mengecam latihan militer gabungan itu.", "kim-yo-jong PRK", "", false, false},
	{"kim jong un kcna", "Kantor berita KCNA melaporkan Kim Jong Un meninjau uji coba rudal hipersonik.", "kcna kim-jong-un", "", false, false},
	{"lee jae-myung", "Presiden Korea Selatan Lee Jae-myung menyerukan dialog dengan Pyongyang.", "lee-jae-myung KOR", "", false, true},                     // known: "dengan Pyongyang" gives the capital as North Korea's government (metonym rule)
	{"majelis nasional korsel", "Majelis Nasional Korea Selatan memakzulkan Presiden Yoon Suk Yeol.", "kor-parliament KOR yoon-suk-yeol", "", false, true},  // known: the body's state is not listed where the body's act gives no event the state's own (annotation wanted it)
	{"nis", "Badan Intelijen Nasional Korea Selatan menyebut Pyongyang mengirim ribuan tentara ke Rusia.", "kor-intelligence KOR PRK RUS", "", false, true}, // known: the body's state is not listed where the body's act gives no event the state's own (annotation wanted it)
	{"partai pekerja", "Partai Pekerja Korea menggelar kongres untuk menetapkan rencana lima tahun baru.", "workers-party-of-korea", "", false, false},
	// The Philippines.
	{"marcos", "Presiden Ferdinand Marcos Jr. menegaskan Filipina tidak akan menyerahkan wilayahnya.", "ferdinand-marcos-jr PHL", "", false, false},
	{"sara duterte", "Wakil Presiden Sara Duterte menghadapi sidang pemakzulan di Senat Filipina.", "sara-duterte phl-senate PHL", "", false, true},                                                // known: the body's state is not listed where the body's act gives no event the state's own (annotation wanted it)
	{"penjaga pantai filipina tarriela", "Juru bicara Penjaga Pantai Filipina Jay Tarriela mengatakan kapal China bermanuver berbahaya.", "jay-tarriela phl-coast-guard PHL CHN", "", false, true}, // known: the body's state is not listed where the body's act gives no event the state's own (annotation wanted it)
	{"afp filipina", "Angkatan Bersenjata Filipina mengerahkan pasukan tambahan ke Mindanao.", "phl-armed-forces PHL", "", false, false},
	{"teodoro", "Menteri Pertahanan Filipina Gilberto Teodoro menuduh Beijing melakukan agresi.", "gilberto-teodoro PHL CHN", "", false, false},
	{"dewan keamanan nasional filipina", "Dewan Keamanan Nasional Filipina membantah kesepakatan rahasia dengan Beijing.", "phl-nsc PHL CHN", "", false, false},
	// Mainland Southeast Asia.
	{"to lam", "Sekretaris Jenderal Partai Komunis Vietnam To Lam tiba di Jakarta untuk kunjungan kenegaraan.", "to-lam VNM", "", false, true},  // known: the body's state is not listed where the body's act gives no event the state's own (annotation wanted it)
	{"anutin", "Perdana Menteri Thailand Anutin Charnvirakul membubarkan parlemen.", "anutin-charnvirakul THA tha-parliament", "", false, true}, // known: lower-case "parlemen" after a leader's title is no body
	{"militer thailand kamboja", "Militer Thailand menuduh pasukan Kamboja menembaki pos perbatasan.", "THA KHM", "", false, false},
	{"hun manet", "Perdana Menteri Kamboja Hun Manet meminta gencatan senjata segera.", "hun-manet KHM", "", false, false},
	{"hun sen", "Ketua Senat Kamboja Hun Sen menuding Thailand melanggar kesepakatan.", "hun-sen KHM THA", "", false, false},
	{"anwar", "Anwar Ibrahim mengatakan Malaysia akan tetap netral dalam persaingan AS-China.", "anwar-ibrahim MYS", "", false, true}, // known: "persaingan AS-China" gives both states
	{"lawrence wong", "Perdana Menteri Singapura Lawrence Wong mengumumkan pemilu dini.", "lawrence-wong SGP", "", false, false},
	// Myanmar.
	{"dewan administrasi negara", "Dewan Administrasi Negara Myanmar memperpanjang status darurat selama enam bulan.", "mmr-state-administration-council MMR", "", false, true}, // known: the body's state is not listed where the body's act gives no event the state's own (annotation wanted it)
	{"junta min aung hlaing", "Pemimpin junta Myanmar Min Aung Hlaing menjanjikan pemilu pada Desember.", "min-aung-hlaing MMR", "", false, true},                               // known: the body's state is not listed where the body's act gives no event the state's own (annotation wanted it)
	{"arakan army", "Tentara Arakan merebut markas komando militer di Negara Bagian Rakhine.", "arakan-army", "MMR", false, false},
	{"arakan army english name", "Arakan Army mengklaim telah menguasai hampir seluruh Rakhine.", "arakan-army", "", false, false},
	{"mndaa", "MNDAA sepakat menarik diri dari Lashio setelah perundingan yang dimediasi China.", "mndaa CHN", "", false, false},
	{"kia", "Tentara Kemerdekaan Kachin menguasai tambang tanah jarang di dekat perbatasan China.", "kachin-independence-army", "", false, true}, // known: "perbatasan China" gives China
	{"nug", "Pemerintah Persatuan Nasional Myanmar menolak rencana pemilu junta.", "nug-myanmar", "", false, false},
	// South Asia.
	{"kemlu india", "Kementerian Luar Negeri India memanggil duta besar Pakistan.", "ind-foreign-ministry IND PAK", "", false, false},
	{"jaishankar", "Menteri Luar Negeri India S. Jaishankar bertemu Wang Yi di New Delhi.", "s-jaishankar IND wang-yi", "", false, false},
	{"modi bjp", "Narendra Modi memimpin BJP meraih kemenangan dalam pemilu negara bagian Bihar.", "narendra-modi bjp", "", false, false},
	{"ispr", "ISPR menyatakan 12 militan tewas dalam operasi di Khyber Pakhtunkhwa.", "pak-ispr", "", false, false},
	{"pti imran", "Partai Tehreek-e-Insaf pimpinan Imran Khan menggelar unjuk rasa di Islamabad.", "pakistan-tehreek-e-insaf imran-khan", "", false, false},
	{"asim munir", "Panglima militer Pakistan Jenderal Asim Munir bertemu Presiden Donald Trump.", "asim-munir PAK donald-trump", "", false, false},
	{"yunus", "Pemimpin pemerintahan sementara Bangladesh Muhammad Yunus mengumumkan jadwal pemilu.", "muhammad-yunus BGD", "", false, false},
	{"shehbaz", "Perdana Menteri Pakistan Shehbaz Sharif menuduh India mendukung terorisme.", "shehbaz-sharif PAK IND", "", false, false},
	// Australia, New Zealand, the Pacific.
	{"albanese", "Perdana Menteri Australia Anthony Albanese menandatangani pakta keamanan dengan Papua Nugini.", "anthony-albanese AUS PNG", "", false, false},
	{"penny wong", "Menteri Luar Negeri Australia Penny Wong mengunjungi Jakarta pekan ini.", "penny-wong AUS", "", false, false},
	{"adf", "Angkatan Pertahanan Australia mengirim pesawat pengintai ke Laut China Selatan.", "aus-armed-forces", "CHN", false, false}, // (AUS: as above)
	{"luxon", "Perdana Menteri Selandia Baru Christopher Luxon bertemu Presiden Prabowo Subianto.", "christopher-luxon NZL prabowo-subianto", "", false, false},
	{"marape", "Perdana Menteri Papua Nugini James Marape menolak tawaran kerja sama kepolisian China.", "james-marape PNG CHN", "", false, false},
	// Places that are no state acting.
	{"lcs place", "Ketegangan di Laut China Selatan meningkat sepanjang tahun ini.", "", "CHN", true, false},
	{"selat taiwan place", "Sebuah kapal perang Kanada melintasi Selat Taiwan pada Sabtu.", "CAN", "TWN CHN", false, false},
	{"scarborough place", "Nelayan Filipina dilarang mendekati Scarborough Shoal.", "", "CHN", false, true}, // known: "Nelayan Filipina" gives the Philippines (civilians of the state)
	{"kashmir place", "Serangan militan di Kashmir menewaskan 26 wisatawan.", "", "IND PAK", true, false},
	{"semenanjung korea", "Ketegangan di Semenanjung Korea dibahas dalam KTT ASEAN.", "asean", "KOR PRK", false, false},
	{"kepulauan spratly", "Citra satelit menunjukkan reklamasi baru di Kepulauan Spratly.", "", "", true, false},
	// Traps: a state in a longer name, a capital as the city.
	{"trap bank of china", "Bank of China membuka cabang baru di Surabaya.", "", "CHN", false, false},
	{"trap china airlines", "Maskapai China Airlines menambah penerbangan dari Taipei ke Bali.", "", "CHN TWN", false, false},
	{"trap japan airlines", "Japan Airlines membatalkan 40 penerbangan akibat topan.", "", "JPN", false, false},
	{"trap nus", "Peneliti Universitas Nasional Singapura Tan Wei Ming menilai ekonomi kawasan melambat.", "tan-wei-ming", "SGP", false, false},
	{"trap piala asia", "Tim nasional Jepang menjuarai Piala Asia setelah mengalahkan Korea Selatan.", "", "", false, false},
	{"trap beijing banjir", "Hujan lebat mengguyur Beijing dan merendam ribuan rumah.", "", "CHN", true, false},
	{"trap tokyo marathon", "Ribuan pelari mengikuti Tokyo Marathon pada Minggu pagi.", "", "JPN", true, false},
	{"trap yen jepang", "Nilai tukar yen Jepang melemah terhadap dolar Amerika Serikat.", "", "JPN USA", true, false},
	{"trap samudra hindia", "Gempa berpusat di Samudra Hindia tidak berpotensi tsunami.", "", "IND", true, false},
	{"trap manila bay", "Sampah plastik kembali menumpuk di Teluk Manila.", "", "PHL", true, false},
	{"trap korea herald", "Harian Korea Herald melaporkan lonjakan harga sewa di Seoul.", "korea-herald", "KOR", false, false},
	{"trap bahasa mandarin", "Minat belajar bahasa Mandarin di sekolah-sekolah Jakarta meningkat.", "", "CHN", true, false},
	// Second batch (written and annotated before their first run, after the first fixes).
	{"kantor urusan taiwan", "Juru bicara Kantor Urusan Taiwan China Zhu Fenglian mengecam pidato Lai Ching-te.", "chn-taiwan-affairs-office zhu-fenglian lai-ching-te CHN", "", false, true}, // known: the body's state is not listed where the body's act gives no event the state's own (annotation wanted it); Lai's TWN listed too
	{"han kuo-yu", "Ketua Yuan Legislatif Han Kuo-yu memimpin sidang yang diwarnai kericuhan.", "han-kuo-yu twn-legislative-yuan", "", false, false},
	{"jubir jcs lee sung-jun", "Juru bicara Kepala Staf Gabungan Korea Selatan Kolonel Lee Sung-jun mengatakan militer siaga.", "lee-sung-jun kor-jcs KOR", "", false, true}, // known: the body's state is not listed where the body's act gives no event the state's own (annotation wanted it)
	{"trap universitas nasional taiwan", "Mahasiswa Universitas Nasional Taiwan menggelar diskusi tentang perubahan iklim.", "", "TWN", false, false},
}

// asiaGridENRows are the English rows.
var asiaGridENRows = []wireGridRow{
	// China.
	{"eastern theater command", "The Eastern Theater Command of the People's Liberation Army said it had launched joint drills around Taiwan.", []string{"chn-eastern-theater-command/military/CHN"}, nil, false, false},
	{"pla eastern theater command", "The PLA Eastern Theater Command said the exercises were a stern warning to separatist forces.", []string{"chn-eastern-theater-command/military/CHN"}, nil, false, false},
	{"china coast guard", "The China Coast Guard said it had expelled a Philippine vessel from waters near Scarborough Shoal.", []string{"chn-coast-guard/agency/CHN", "scarborough-shoal/place"}, nil, false, false},
	{"ccg", "The CCG said it took control measures against the Philippine ships.", []string{"chn-coast-guard"}, nil, false, true}, // known: CCG is also the Canadian Coast Guard's acronym; left out
	{"lin jian", "Chinese Foreign Ministry spokesperson Lin Jian told a regular briefing that Beijing firmly opposes the visit.", []string{"lin-jian/person/CHN", "chn-foreign-ministry"}, nil, false, false},
	{"mao ning", "Foreign ministry spokeswoman Mao Ning said China would take resolute countermeasures.", []string{"mao-ning/person/CHN"}, nil, false, false},
	{"commerce ministry", "China's Commerce Ministry said it would impose export controls on gallium and germanium.", []string{"chn-commerce-ministry/agency/CHN"}, nil, false, false},
	{"mofcom spokesperson", "Commerce ministry spokesperson He Yadong said the tariffs violated WTO rules.", []string{"he-yadong/person"}, nil, false, false},
	{"defense ministry spokesman", "Chinese Defense Ministry spokesman Zhang Xiaogang said the PLA would safeguard national sovereignty.", []string{"zhang-xiaogang/person/CHN", "chn-defense-ministry"}, nil, false, false},
	{"npc standing", "The National People's Congress approved a revised law on national defense education.", []string{"chn-npc"}, nil, false, false},
	{"xinhua reported", "Xi Jinping told senior officials the economy faced new challenges, Xinhua reported.", []string{"xi-jinping/person/CHN", "xinhua"}, nil, false, false},
	{"wang yi surname first", "Wang Yi, China's top diplomat, met his Australian counterpart in Beijing.", []string{"wang-yi/person/CHN"}, nil, false, false},
	{"ccp", "The Chinese Communist Party expelled former defense minister Li Shangfu.", []string{"ccp", "li-shangfu/person"}, nil, false, false},
	// Taiwan.
	{"mnd taiwan", "Taiwan's Ministry of National Defense said it tracked 32 Chinese aircraft and nine navy ships.", []string{"twn-defense-ministry/agency/TWN"}, nil, false, false},
	{"mac", "Taiwan's Mainland Affairs Council said Beijing's new guidelines were an attempt at intimidation.", []string{"twn-mainland-affairs-council/agency/TWN"}, nil, false, false},
	{"presidential office taiwan", "Taiwan's Presidential Office condemned the drills as irresponsible.", []string{"twn-presidency/government/TWN"}, nil, false, false},
	{"legislative yuan", "The opposition-controlled Legislative Yuan passed a bill expanding its powers.", []string{"twn-legislative-yuan"}, nil, false, false},
	{"lai", "President Lai Ching-te said Taiwan would not provoke but would defend itself.", []string{"lai-ching-te/person/TWN"}, nil, false, false},
	{"kmt dpp", "The Kuomintang and the Democratic Progressive Party traded blame over the failed recall votes.", []string{"kuomintang", "democratic-progressive-party"}, nil, false, false},
	{"wellington koo en", "Defense Minister Wellington Koo said the island's forces were on high alert.", []string{"wellington-koo/person/TWN"}, nil, false, false},
	// Japan.
	{"sdf", "Japan's Self-Defense Forces scrambled jets after Chinese drones flew near Yonaguni.", []string{"jpn-armed-forces/military/JPN"}, nil, false, false},
	{"jpn defense ministry", "Japan's Defense Ministry said the missile landed outside its exclusive economic zone.", []string{"jpn-defense-ministry/agency/JPN"}, nil, false, false},
	{"takaichi en", "Prime Minister Sanae Takaichi told the Diet that a Taiwan contingency could threaten Japan's survival.", []string{"sanae-takaichi/person/JPN", "jpn-parliament"}, nil, false, true}, // known: "the Diet" alone is no body ("diet" is an ordinary word)
	{"ldp en", "The Liberal Democratic Party chose a new leader after its upper house defeat.", []string{"jpn-ldp"}, nil, false, true},                                                                   // known: a bare "Liberal Democratic Party" names several parties
	{"nhk en", "Public broadcaster NHK said the quake was felt across Tokyo.", []string{"nhk"}, []string{"JPN"}, false, false},
	{"chief cabinet secretary", "Chief Cabinet Secretary Minoru Kihara said Tokyo had lodged a protest with Beijing.", []string{"minoru-kihara/person/JPN"}, nil, false, false},
	// The Koreas.
	{"jcs en", "South Korea's Joint Chiefs of Staff said the North fired several cruise missiles into the Yellow Sea.", []string{"kor-jcs/military/KOR"}, []string{"yellow-sea/state"}, false, false},
	{"kim yo jong en", "Kim Yo Jong, the powerful sister of leader Kim Jong Un, dismissed Seoul's offer as a pipe dream.", []string{"kim-yo-jong/person/PRK", "kim-jong-un/person/PRK"}, nil, false, false},
	{"kcna en", "North Korea tested a new solid-fuel engine, state media KCNA said.", []string{"kcna", "PRK"}, nil, false, false},
	{"nis en", "South Korea's National Intelligence Service said about 11,000 North Korean troops were in Russia.", []string{"kor-intelligence/agency/KOR"}, nil, false, false},
	{"national assembly en", "South Korea's National Assembly voted to impeach acting President Han Duck-soo.", []string{"kor-parliament", "han-duck-soo/person/KOR"}, nil, false, false},
	{"workers party en", "The ruling Workers' Party of Korea will hold its Ninth Congress early next year.", []string{"workers-party-of-korea"}, nil, false, false},
	{"lee jae-myung en", "President Lee Jae-myung said he would seek talks with Pyongyang.", []string{"lee-jae-myung/person/KOR"}, nil, false, false},
	// The Philippines.
	{"pcg tarriela", "Philippine Coast Guard spokesperson Jay Tarriela said Chinese vessels fired water cannon at two boats.", []string{"phl-coast-guard/agency/PHL", "jay-tarriela/person/PHL"}, nil, false, false},
	{"afp brawner", "Armed Forces of the Philippines chief Gen. Romeo Brawner Jr. ordered troops to stay on alert.", []string{"phl-armed-forces", "romeo-brawner-jr/person/PHL"}, nil, false, false},
	{"nsc ph", "The Philippines' National Security Council said Beijing's claims were baseless.", []string{"phl-nsc/agency/PHL"}, nil, false, false},
	{"marcos en", "Marcos said the Philippines would not yield an inch of its territory.", []string{"ferdinand-marcos-jr/person/PHL"}, nil, false, false},
	{"sara duterte en", "Vice President Sara Duterte skipped the impeachment hearing in the Senate.", []string{"sara-duterte/person/PHL"}, nil, false, false},
	{"teodoro en", "Defense Secretary Gilberto Teodoro said the country would deepen ties with Japan.", []string{"gilberto-teodoro/person/PHL"}, nil, false, false},
	// Southeast Asia.
	{"to lam en", "Vietnamese Communist Party chief To Lam met Xi Jinping in Hanoi.", []string{"to-lam/person/VNM", "xi-jinping"}, nil, false, false},
	{"anutin en", "Thai Prime Minister Anutin Charnvirakul ordered the army to retaliate.", []string{"anutin-charnvirakul/person/THA"}, nil, false, false},
	{"hun manet en", "Cambodian Prime Minister Hun Manet said his country wanted an immediate ceasefire.", []string{"hun-manet/person/KHM"}, nil, false, false},
	{"anwar en", "Malaysian Prime Minister Anwar Ibrahim chaired the ASEAN summit in Kuala Lumpur.", []string{"anwar-ibrahim/person/MYS", "asean"}, nil, false, false},
	{"vivian", "Singapore's Foreign Minister Vivian Balakrishnan called for restraint.", []string{"vivian-balakrishnan/person/SGP"}, nil, false, false},
	// Myanmar.
	{"sac en", "Myanmar's State Administration Council extended military rule for another six months.", []string{"mmr-state-administration-council/government/MMR"}, nil, false, false},
	{"junta spokesman", "Junta spokesman Zaw Min Tun said the elections would go ahead as planned.", []string{"zaw-min-tun/person/MMR"}, nil, false, false},
	{"arakan army en", "The Arakan Army said it had captured the headquarters of the Western Regional Command.", []string{"arakan-army/armed_group"}, nil, false, false},
	{"mndaa en", "The Myanmar National Democratic Alliance Army handed Lashio back to the military.", []string{"mndaa"}, nil, false, false},
	{"kia en", "The Kachin Independence Army seized a key jade mining town.", []string{"kachin-independence-army"}, nil, false, false},
	{"nug en", "The shadow National Unity Government called the vote a sham.", []string{"nug-myanmar"}, nil, false, false},
	// South Asia.
	{"mea jaiswal", "External Affairs Ministry spokesperson Randhir Jaiswal said India rejected the remarks.", []string{"randhir-jaiswal/person/IND", "ind-foreign-ministry"}, nil, false, false},
	{"indian army", "The Indian Army said two soldiers were killed in an exchange of fire along the Line of Control.", []string{"ind-army/military/IND"}, nil, false, false},
	{"bjp congress", "The BJP accused the Congress party of spreading misinformation about the ceasefire.", []string{"bjp", "indian-national-congress"}, []string{"usa-congress"}, false, false},
	{"ispr en", "Pakistan's military media wing ISPR said 30 militants were killed in North Waziristan.", []string{"pak-ispr"}, nil, false, false},
	{"pti en", "Supporters of Imran Khan's Pakistan Tehreek-e-Insaf marched on Islamabad.", []string{"pakistan-tehreek-e-insaf", "imran-khan/person/PAK"}, nil, false, false},
	{"yunus en", "Bangladesh's interim leader Muhammad Yunus said elections would be held in February.", []string{"muhammad-yunus/person/BGD"}, nil, false, false},
	// Australia, New Zealand, the Pacific.
	{"marles", "Australian Defence Minister Richard Marles said the submarine deal remained on track.", []string{"richard-marles/person/AUS"}, nil, false, false},
	{"dfat", "The Department of Foreign Affairs and Trade raised its travel advice for Vanuatu.", []string{"aus-foreign-ministry"}, nil, false, false},
	{"adf en", "The Australian Defence Force sent two P-8 aircraft to monitor the Chinese flotilla.", []string{"aus-armed-forces/military/AUS"}, nil, false, false},
	{"winston peters", "New Zealand Foreign Minister Winston Peters said the Cook Islands deal lacked transparency.", []string{"winston-peters/person/NZL"}, nil, false, false},
	{"rabuka", "Fijian Prime Minister Sitiveni Rabuka urged Pacific leaders to stay united.", []string{"sitiveni-rabuka/person/FJI"}, nil, false, false},
	{"manele", "Solomon Islands Prime Minister Jeremiah Manele signed a policing deal with Australia.", []string{"jeremiah-manele/person/SLB", "AUS"}, nil, false, false},
	// Places that are no state acting.
	{"scs place en", "Tensions in the South China Sea have risen sharply this year.", []string{"south-china-sea/place"}, []string{"CHN"}, true, false},
	{"strait en", "A British warship sailed through the Taiwan Strait on Friday.", []string{"taiwan-strait/place"}, []string{"TWN", "CHN"}, false, false},
	{"second thomas en", "Chinese ships blocked a resupply mission to Second Thomas Shoal.", []string{"second-thomas-shoal/place", "CHN"}, nil, false, false},
	{"kashmir en", "Gunmen killed 26 tourists in Kashmir, police said.", []string{"kashmir/place"}, []string{"IND", "PAK"}, false, false},
	{"spratly en", "Satellite images show new reclamation in the Spratly Islands.", []string{"spratly-islands/place"}, nil, true, false},
	// Traps.
	{"trap air china", "Air China will resume flights to Jakarta in March.", nil, []string{"CHN"}, false, false},
	{"trap bank of china en", "Bank of China raised its lending rate for property developers.", nil, []string{"CHN"}, false, false},
	{"trap japan times", "The Japan Times reported a record number of foreign visitors.", nil, []string{"JPN"}, false, false},
	{"trap korea open", "She reached the final of the Korea Open in Seoul.", nil, []string{"KOR"}, true, false},
	{"trap sea of japan", "The missile fell into the Sea of Japan, officials said.", nil, []string{"JPN"}, false, false},
	{"trap philippine sea", "The carrier group sailed into the Philippine Sea.", nil, []string{"PHL"}, true, false},
	{"trap indian ocean", "The cyclone formed over the Indian Ocean on Tuesday.", nil, []string{"IND"}, true, false},
	{"trap beijing smog", "Heavy smog blanketed Beijing for a third day.", nil, []string{"CHN"}, true, false},
	{"trap taipei marathon", "Thousands of runners took part in the Taipei Marathon.", nil, []string{"TWN"}, true, false},
	{"trap singapore airlines", "Singapore Airlines posted a record annual profit.", nil, []string{"SGP"}, false, false},
	{"trap national university of singapore", "Researchers at the National University of Singapore developed a new battery.", nil, []string{"SGP"}, false, false},
	{"trap chinese yuan", "The Chinese yuan weakened past 7.3 per dollar.", nil, []string{"CHN"}, true, false},
	// Second batch (written and annotated before their first run, after the first fixes).
	{"tao", "China's Taiwan Affairs Office said the recall votes showed the DPP had lost public support.", []string{"chn-taiwan-affairs-office/agency/CHN", "democratic-progressive-party"}, nil, false, true}, // known: "the DPP" alone is no party (also a prosecutor's title)
	{"tao spokesperson", "Chen Binhua, a spokesperson for the Taiwan Affairs Office, said Beijing would never tolerate independence.", []string{"chen-binhua/person/CHN", "chn-taiwan-affairs-office"}, nil, false, false},
	{"malaya", "National Security Council spokesperson Jonathan Malaya said Manila would not be intimidated.", []string{"jonathan-malaya/person/PHL"}, []string{"usa-nsc"}, false, true}, // known: a spokesperson's state does not take a bare "National Security Council" from the US one
	{"chaudhry", "Lt. Gen. Ahmed Sharif Chaudhry, the military spokesman, said India had targeted civilians.", []string{"ahmed-sharif-chaudhry/person/PAK", "IND"}, nil, false, false},
	{"cheng li-wun", "KMT chair Cheng Li-wun said she was willing to meet Xi Jinping.", []string{"cheng-li-wun/person/TWN", "kuomintang", "xi-jinping"}, nil, false, false},
	{"trap taiwan semiconductor", "Taiwan Semiconductor Manufacturing Co. reported a 40 percent rise in profit.", nil, []string{"TWN"}, false, false},
}
