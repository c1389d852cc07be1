package extract

import "testing"

// namingCustomsRows are Indonesian sentences written for the test (made up
// in the style of Indonesian international and domestic news, never copied
// from a data set) that name persons the way news names them in their own
// naming culture, alone or in part: Thai and Lao people by the given name
// (Thaksin, Yingluck, Prayut, Paetongtarn, Sonexay), Korean, Chinese and
// Cambodian names with the surname first (Yoon, Lee Jae-myung, Xi, Hun
// Sen), Hungarian names, Vietnamese leaders by the last word of the name
// (Chinh, Lam, Trong), Myanmar names with no surname (Min Aung Hlaing, Suu
// Kyi), Spanish and Portuguese double surnames and short forms (López
// Obrador, Sánchez, Lula, Rebelo de Sousa), Arabic names (al-, bin, Abu;
// Abbas, Sisi, Assad), Russian names (a patronymic, a feminine surname),
// Icelandic patronyms, Indonesian and Malay single names and patronyms
// (Jokowi, Prabowo, Anwar, Mahathir, bin); and a lone word that is both a
// common given name and the surname or short name of the office holder of
// the day (Abbas, Anwar, Marcos, Harris), which is that holder only where
// the sentence or the article names the holder's state, and otherwise a
// new person (a villager, a driver: "Anwar, petani di Desa Cibodas").
// About one row in seven is a trap with no person or a person who must not
// be the known one (Sisi lain, Pita merah putih, Montenegro the state).
//
// Ids (decided before the extractor ran on the rows): a person the
// gazetteer holds is its id; any other person is the lower-case slug of the
// name as written. As runNameGrid checks persons and states completely, a
// row's want lists the states too: those the sentence names (a name, a
// demonym, a capital standing for the state) and the state of a head of
// state or government of the day who meets, visits or receives another
// state or its leader (the extractor's events take such a person as the
// state, as CAMEO codes them). The article date is 2024-06-01 (runNameGrid): Srettha
// Thavisin is Thailand's prime minister, To Lam Vietnam's president, Hun
// Manet Cambodia's prime minister, Kamala Harris the US vice president.
var namingCustomsRows = []nameGridRow{
	// Thai and Lao people by the given name alone, and by full name.
	{"thai given alone returns", "Thaksin kembali ke Thailand setelah 15 tahun hidup di pengasingan.", "thaksin-shinawatra THA", "thaksin thaksin-chinnawat", false, false},
	{"thai given alone fled", "Yingluck melarikan diri ke luar negeri sebelum vonis dibacakan.", "yingluck-shinawatra", "yingluck", false, false},
	{"thai given alone retire", "Prayut menyatakan mundur dari dunia politik setelah pemilu.", "prayut-chan-o-cha", "prayut", false, false},
	{"thai given alone campaign", "Paetongtarn memimpin kampanye Partai Pheu Thai di Bangkok.", "paetongtarn-shinawatra", "paetongtarn", false, false},
	{"thai given alone investors", "Srettha bertemu para investor Jepang di Tokyo.", "srettha-thavisin JPN THA", "srettha", false, false},
	{"thai full name with title", "Perdana Menteri Thailand Srettha Thavisin menyambut kedatangan Presiden Joko Widodo di Bangkok.", "srettha-thavisin joko-widodo THA IDN", "", false, false},
	{"thai given alone duplicate spelling", "Abhisit mengkritik rencana amnesti bagi politisi yang dihukum.", "abhisit-vejjajiva", "abhisit abhisit-wechachiwa", false, false},
	{"thai full name former pm", "Mantan perdana menteri Thaksin Shinawatra didakwa menghina monarki.", "thaksin-shinawatra", "thaksin-chinnawat", false, false},
	{"thai given alone object", "Pengadilan Thailand membebaskan Thaksin dari dakwaan itu.", "thaksin-shinawatra THA", "thaksin thaksin-chinnawat", false, false},
	{"thai given alone party", "Anutin menyatakan partainya siap bergabung dengan koalisi pemerintah.", "anutin-charnvirakul", "anutin", false, false},
	// Known: pita (ribbon) is an Indonesian ordinary word, no name where it opens the sentence.
	{"thai given alone pita", "Pita menolak tuduhan bahwa partainya ingin menghapus monarki Thailand.", "pita-limjaroenrat THA", "pita", false, true},
	{"thai given after kata", "“Kami akan menang,” kata Paetongtarn kepada wartawan di Bangkok.", "paetongtarn-shinawatra", "paetongtarn", false, false},
	{"thai king", "Raja Vajiralongkorn memberikan pengampunan kepada ribuan narapidana.", "vajiralongkorn", "", false, false},
	{"lao given alone", "Sonexay menerima kunjungan Menteri Luar Negeri Vietnam di Vientiane.", "sonexay-siphandone VNM LAO", "sonexay", false, false},
	{"lao full name title", "Presiden Laos Thongloun Sisoulith membuka KTT ASEAN di Vientiane.", "thongloun-sisoulith LAO", "thongloun-sisoulit", false, false},
	{"lao given alone china", "Thongloun menyerukan kerja sama ekonomi yang lebih erat dengan China.", "thongloun-sisoulith CHN", "thongloun thongloun-sisoulit", false, false},
	{"thai common given with apposition", "Somchai, sopir taksi di Bangkok, ditangkap polisi Thailand karena membawa narkoba.", "somchai THA", "somchai-wongsawat", false, false},
	// Added after the first rules (annotated before they ran): given names of Thai leaders that
	// other cultures share stand for them only where Thailand is named.
	{"thai given common elsewhere no state", "Anand mengatakan kesepakatan dagang dengan India akan diteken pekan depan.", "anand IND", "anand-panyarachun", false, false},
	{"thai given common elsewhere with state", "Chuan menolak tuduhan itu dalam sidang parlemen Thailand.", "chuan-leekpai THA", "chuan", false, false},
	{"trap pita ribbon", "Pita merah putih dipasang di sepanjang jalan menuju stadion.", "", "pita-limjaroenrat pita", true, false},

	// Surname first: Korean, Chinese, Cambodian; Hungarian.
	// Known: an Indonesian report names a foreign office holder by one name only where it names the state.
	{"korean surname alone", "Yoon mengumumkan darurat militer dalam pidato larut malam.", "yoon-suk-yeol", "yoon", false, true},
	{"korean full name meets", "Yoon Suk Yeol menerima kunjungan Perdana Menteri Jepang Fumio Kishida di Seoul.", "yoon-suk-yeol fumio-kishida JPN KOR", "", false, false},
	{"korean hyphenated given", "Lee Jae-myung memimpin Partai Demokrat dalam pemilu legislatif.", "lee-jae-myung", "", false, false},
	{"korean unhyphenated given", "Pemimpin oposisi Lee Jae Myung ditikam saat berkunjung ke Busan.", "lee-jae-myung", "", false, false},
	{"korean surname alone common", "Lee, pemilik toko elektronik di Glodok, melaporkan kerugian akibat kebakaran.", "lee", "lee-jae-myung lee-hsien-loong", false, false},
	{"korean kim tourist", "Kim, turis asal Korea Selatan, hilang saat mendaki Gunung Rinjani.", "kim KOR", "kim-jong-un kim-yo-jong", false, false},
	{"north korean full name", "Kim Jong Un menyaksikan uji coba rudal balistik antarbenua.", "kim-jong-un", "", false, false},
	{"north korean sister", "Kim Yo Jong memperingatkan Seoul agar tidak mengirim selebaran ke utara.", "kim-yo-jong KOR", "", false, false},
	{"chinese xi alone", "Xi menyambut Putin di Beijing dengan upacara kenegaraan.", "xi-jinping vladimir-putin", "", false, false},
	{"chinese full name", "Xi Jinping menyerukan reunifikasi damai dengan Taiwan.", "xi-jinping CHN TWN", "", false, false},
	{"chinese premier", "Li Qiang mengunjungi Australia untuk pertama kalinya sebagai perdana menteri.", "li-qiang AUS CHN", "", false, false},
	{"chinese fm meets retno", "Wang Yi bertemu Menlu Retno Marsudi di Jakarta.", "wang-yi retno-marsudi", "", false, false},
	{"chinese spokeswoman", "Juru bicara Kementerian Luar Negeri China Mao Ning mengecam kunjungan itu.", "mao-ning", "", false, false},
	{"taiwan hyphenated", "Lai Ching-te dilantik sebagai presiden Taiwan.", "lai-ching-te TWN", "", false, false},
	{"cambodian father and son", "Hun Sen menyerahkan kursi perdana menteri kepada putranya, Hun Manet.", "hun-sen hun-manet", "", false, false},
	{"cambodian son meets", "Hun Manet bertemu Presiden Joko Widodo di sela KTT ASEAN.", "hun-manet joko-widodo IDN KHM", "", false, false},
	{"cambodian title", "Perdana Menteri Kamboja Hun Manet meresmikan proyek kanal Funan Techo.", "hun-manet KHM", "", false, false},
	{"hungarian surname alone", "Orbán memveto paket bantuan Uni Eropa untuk Ukraina.", "viktor-orban HUN UKR", "orban", false, false},
	{"hungarian full name", "Viktor Orbán bertemu Vladimir Putin di Moskow.", "viktor-orban vladimir-putin HUN RUS", "", false, false},
	{"hungarian fm title", "Menteri Luar Negeri Hungaria Péter Szijjártó mengunjungi Minsk.", "peter-szijjarto HUN", "", false, false},
	{"hungarian fm alone", "Szijjártó menyebut sanksi terhadap Rusia telah gagal.", "peter-szijjarto RUS", "szijjarto", false, false},
	{"korean footballer", "Son Heung-min mencetak dua gol untuk Tottenham.", "son-heung-min", "bui-thanh-son", false, false},

	// Vietnamese leaders by the last word.
	{"vietnamese last word pm", "Chinh menerima delegasi pengusaha Korea Selatan di Hanoi.", "pham-minh-chinh KOR", "chinh", false, false},
	{"vietnamese full name title", "Perdana Menteri Vietnam Pham Minh Chinh mendesak percepatan proyek kereta cepat.", "pham-minh-chinh VNM", "", false, false},
	{"vietnamese last word president", "Lam dilantik sebagai presiden Vietnam oleh Majelis Nasional.", "to-lam VNM", "lam", false, false},
	{"vietnamese two names", "To Lam menggantikan Vo Van Thuong yang mengundurkan diri.", "to-lam vo-van-thuong", "", false, false},
	{"vietnamese last word party chief", "Trong meninggal dunia di Hanoi pada usia 80 tahun.", "nguyen-phu-trong", "trong", false, false},
	{"vietnamese fm title", "Menteri Luar Negeri Vietnam Bui Thanh Son bertemu Menlu Retno di Hanoi.", "bui-thanh-son retno-marsudi VNM", "", false, false},
	{"vietnamese fm last word", "Son menegaskan Vietnam menolak klaim sepihak di Laut China Selatan.", "bui-thanh-son VNM", "son", false, false},

	// Myanmar: no surname, the full name.
	{"myanmar full name", "Min Aung Hlaing memimpin parade Hari Angkatan Bersenjata di Naypyidaw.", "min-aung-hlaing", "", false, false},
	{"myanmar suu kyi full", "Aung San Suu Kyi dipindahkan dari penjara ke tahanan rumah.", "aung-san-suu-kyi", "", false, false},
	{"myanmar suu kyi short", "Suu Kyi menolak semua dakwaan yang diajukan junta.", "aung-san-suu-kyi", "", false, false},
	// Added later (annotated before the run): a word of a Burmese name alone is no surname.
	{"myanmar name part kyaw", "Kyaw menolak tuduhan bahwa ia membantu kelompok perlawanan.", "kyaw", "htin-kyaw", false, false},
	{"myanmar name part hlaing", "Polisi Myanmar menangkap Hlaing di Mandalay karena membagikan selebaran.", "hlaing MMR", "min-aung-hlaing", false, false},
	{"myanmar name part myint", "Myint, guru di Yangon, ditahan tentara.", "myint", "win-myint", false, false},
	{"myanmar street", "Jalan Aung San di Yangon ditutup karena unjuk rasa.", "", "aung-san-suu-kyi", false, false},

	// Spanish and Portuguese double surnames and short forms.
	{"mexican double surname", "López Obrador menolak mengakui hasil pemilu di Venezuela.", "andres-manuel-lopez-obrador VEN", "", false, false},
	{"mexican full names", "Andrés Manuel López Obrador menyerahkan kekuasaan kepada Claudia Sheinbaum.", "andres-manuel-lopez-obrador claudia-sheinbaum", "", false, false},
	{"mexican surname alone", "Sheinbaum berjanji melanjutkan program sosial pendahulunya.", "claudia-sheinbaum", "sheinbaum", false, false},
	{"spanish surname alone", "Sánchez mengumumkan pengakuan Spanyol atas negara Palestina.", "pedro-sanchez ESP PSE", "sanchez", false, false},
	{"spanish king", "Pedro Sánchez bertemu Raja Felipe di Istana Zarzuela.", "pedro-sanchez felipe-vi", "", false, false},
	{"brazil short name", "Lula mendesak gencatan senjata segera di Gaza.", "luiz-inacio-lula-da-silva", "lula", false, false},
	{"brazil full name", "Luiz Inácio Lula da Silva menjadi tuan rumah KTT G20 di Rio de Janeiro.", "luiz-inacio-lula-da-silva", "", false, false},
	{"brazil former president", "Bolsonaro dilarang mencalonkan diri hingga 2030.", "jair-bolsonaro", "bolsonaro", false, false},
	{"venezuela surname", "Maduro mengklaim kemenangan dalam pemilu presiden.", "nicolas-maduro", "maduro", false, false},
	{"argentina surname", "Milei memangkas anggaran kementerian hingga separuh.", "javier-milei", "milei", false, false},
	// Known: Petro is a given name of the lists (Petro Poroshenko) and Colombia is not named: kept a new person.
	{"colombia surname", "Petro memutus hubungan diplomatik dengan Israel.", "gustavo-petro ISR", "petro", false, true},
	{"portugal compound surname", "Marcelo Rebelo de Sousa membubarkan parlemen Portugal.", "marcelo-rebelo-de-sousa", "", false, false},
	{"portugal pm title", "Perdana Menteri Portugal Luís Montenegro menang tipis dalam pemilu.", "luis-montenegro PRT", "MNE", false, false},
	{"trap montenegro state", "Montenegro resmi membuka perundingan bab baru dengan Uni Eropa.", "MNE", "luis-montenegro", false, false},
	{"chile surname", "Boric menyatakan keadaan darurat akibat kebakaran hutan.", "gabriel-boric", "boric", false, false},

	// Arabic names: al-, bin, Abu, a given name that is the surname.
	// Known: Mahmoud Abbas is found, but his condemnation makes PSE take part, which the annotation (meetings and visits only) did not list.
	{"arab abbas west bank", "Abbas mengecam serangan Israel terhadap kamp pengungsi di Tepi Barat.", "mahmoud-abbas ISR", "abbas", false, true},
	{"arab abbas palestina", "Abbas menegaskan Palestina tidak akan menerima rencana itu.", "mahmoud-abbas PSE", "abbas", false, false},
	{"arab abbas full title", "Presiden Palestina Mahmoud Abbas bertemu Raja Yordania Abdullah II di Amman.", "mahmoud-abbas abdullah-ii-of-jordan JOR PSE", "", false, false},
	{"arab abbas villager", "Abbas, warga Desa Sukamaju, melaporkan pencurian sapi ke polisi.", "abbas", "mahmoud-abbas", false, false},
	{"arab abbas lone no state", "Abbas menolak tawaran damai dari keluarga korban.", "abbas", "mahmoud-abbas", false, false},
	// Known: sisi (side) is an Indonesian ordinary word.
	{"arab sisi alone", "Sisi menerima kunjungan Menteri Luar Negeri AS Antony Blinken di Kairo.", "abdel-fattah-el-sisi antony-blinken USA", "", false, true},
	{"trap sisi side", "Sisi lain dari kebijakan itu adalah beban utang yang membengkak.", "", "abdel-fattah-el-sisi sisi", true, false},
	{"arab al-sisi title", "Presiden Mesir Abdel Fattah al-Sisi membuka perbatasan Rafah.", "abdel-fattah-el-sisi EGY", "", false, false},
	{"arab bin salman", "Mohammed bin Salman menerima Presiden Joko Widodo di Jeddah.", "mohammed-bin-salman joko-widodo", "", false, false},
	{"arab haniyeh alone", "Haniyeh tewas dalam serangan di Teheran.", "ismail-haniyeh", "haniyeh", false, false},
	{"arab haniyeh title", "Pemimpin Hamas Ismail Haniyeh bertemu Menlu Iran di Doha.", "ismail-haniyeh IRN", "", false, false},
	{"arab assad alone", "Assad melarikan diri ke Moskow setelah pemberontak merebut Damaskus.", "bashar-al-assad SYR", "assad", false, false},
	{"arab al-assad full", "Bashar al-Assad mengunjungi Uni Emirat Arab.", "bashar-al-assad ARE SYR", "", false, false},
	// A nom de guerre: an alias line (global south grid) gives this spelling to Ahmed al-Sharaa.
	{"arab abu nom de guerre", "Abu Mohammed al-Julani memimpin serangan ke Aleppo.", "ahmed-al-sharaa", "", false, false},
	{"arab nasrallah alone", "Nasrallah berpidato di televisi Al-Manar.", "hassan-nasrallah", "nasrallah", false, false},
	{"arab bin hamad", "Tamim bin Hamad Al Thani menelepon Presiden Iran.", "tamim-bin-hamad-al-thani IRN QAT", "", false, false},
	{"arab safadi alone", "Safadi memperingatkan risiko perang regional.", "ayman-safadi", "safadi", false, false},
	{"arab mahmoud trader", "Mahmoud, pedagang di Kairo, mengeluhkan kenaikan harga roti.", "mahmoud", "mahmoud-abbas", false, false},
	{"arab salman villager", "Salman mengaku tidak mengenal tersangka pencurian itu.", "salman", "mohammed-bin-salman salman-of-saudi-arabia", false, false},
	{"arab ibrahim arrested", "Ibrahim ditangkap polisi saat membawa sabu di Medan.", "ibrahim", "anwar-ibrahim", false, false},
	{"arab hasan refused", "Hasan menolak tawaran ganti rugi dari pengembang.", "hasan", "mohamad-hasan", false, false},
	{"trap mosque zayed", "Masjid Syekh Zayed di Solo ramai dikunjungi wisatawan.", "", "mohamed-bin-zayed zayed", false, false},

	// Russian names.
	{"russian surname alone", "Lavrov menuduh Barat memperpanjang perang di Ukraina.", "sergei-lavrov UKR", "lavrov", false, false},
	{"russian full name meets", "Sergei Lavrov bertemu Menlu Retno Marsudi di Moskow.", "sergei-lavrov retno-marsudi", "", false, false},
	{"russian defence replaced", "Shoigu dicopot dari jabatan menteri pertahanan.", "sergei-shoigu", "shoigu", false, false},
	{"russian defence new", "Belousov mengunjungi pasukan Rusia di wilayah Donetsk.", "andrei-belousov RUS", "belousov", false, false},
	{"russian feminine surname", "Zakharova menyebut pernyataan NATO sebagai provokasi.", "maria-zakharova", "zakharova", false, false},
	{"russian spokesman alone", "Peskov mengatakan Kremlin belum menerima usulan itu.", "dmitry-peskov", "peskov", false, false},
	{"russian patronymic", "Vladimir Vladimirovich Putin dilantik untuk masa jabatan kelima.", "vladimir-putin", "", false, false},
	{"russian navalny", "Navalny meninggal di penjara Arktik pada Februari.", "alexei-navalny", "navalny", false, false},
	{"russian navalnaya", "Yulia Navalnaya menyerukan sanksi baru terhadap Moskow.", "yulia-navalnaya RUS", "", false, false},
	{"russian prigozhin", "Prigozhin tewas dalam kecelakaan pesawat di utara Moskow.", "yevgeny-prigozhin", "prigozhin", false, false},
	{"russian ivan driver", "Ivan, sopir truk asal Rostov, mengaku tidak takut.", "ivan", "", false, false},

	// Icelandic patronyms.
	{"icelandic full name resigns", "Katrín Jakobsdóttir mengundurkan diri untuk mencalonkan diri sebagai presiden Islandia.", "katrin-jakobsdottir ISL", "", false, false},
	{"icelandic patronym alone", "Jakobsdóttir menyebut hasil pemilihan itu mengecewakan.", "katrin-jakobsdottir", "jakobsdottir", false, false},
	{"icelandic new pm", "Bjarni Benediktsson dilantik sebagai perdana menteri Islandia.", "bjarni-benediktsson ISL", "", false, false},
	{"icelandic president elect", "Halla Tómasdóttir memenangi pemilihan presiden Islandia.", "halla-tomasdottir ISL", "", false, false},
	{"icelandic outgoing president", "Guðni Th. Jóhannesson memutuskan tidak mencalonkan diri lagi.", "gu-ni-th-johannesson", "", false, false},

	// Indonesian and Malay single names and patronyms.
	{"indonesian single name president-elect", "Prabowo mengunjungi Beijing sebagai presiden terpilih.", "prabowo-subianto", "prabowo", false, false},
	{"indonesian nickname", "Jokowi meresmikan bendungan di Nusa Tenggara Timur.", "joko-widodo", "jokowi", false, false},
	{"indonesian gibran", "Gibran menghadiri debat calon wakil presiden di Jakarta.", "gibran-rakabuming-raka", "gibran", false, false},
	{"indonesian megawati", "Megawati menyampaikan pidato politik di Rakernas PDI-P.", "megawati-sukarnoputri", "megawati", false, false},
	{"indonesian retno alone", "Retno menegaskan dukungan Indonesia bagi kemerdekaan Palestina.", "retno-marsudi IDN PSE", "retno", false, false},
	{"indonesian sri mulyani", "Sri Mulyani memperkirakan defisit anggaran melebar tahun ini.", "sri-mulyani", "", false, false},
	// Known: Malaysia is not named; another state's head in the sentence does not name the holder's state (the careful rule).
	{"malay anwar meets jokowi", "Anwar bertemu Jokowi di Istana Bogor.", "anwar-ibrahim joko-widodo IDN MYS", "anwar", false, true},
	{"malay anwar malaysia", "Anwar menegaskan Malaysia tidak akan tunduk pada tekanan asing.", "anwar-ibrahim MYS", "anwar", false, false},
	{"malay anwar farmer", "Anwar, petani di Desa Cibodas, mengeluhkan harga pupuk.", "anwar", "anwar-ibrahim", false, false},
	{"malay anwar village head", "Kepala Desa Anwar mengatakan jalan desa rusak parah.", "anwar", "anwar-ibrahim", false, false},
	{"malay mahathir", "Mahathir mengkritik pemerintah Malaysia soal utang 1MDB.", "mahathir-mohamad MYS", "mahathir dato-seri-mahathir-bin-mohamad", false, false},
	// Known: a Malay given name is an Indonesian one too: only the office holder of the day with the state named.
	{"malay muhyiddin", "Muhyiddin didakwa menyalahgunakan kekuasaan.", "muhyiddin-yassin", "muhyiddin muhyiddin-bin-haji-mohamed-yassin", false, true},
	{"malay full names", "Anwar Ibrahim menerima kunjungan Presiden Joko Widodo di Putrajaya.", "anwar-ibrahim joko-widodo IDN MYS", "", false, false},
	{"malay najib full", "Mantan Perdana Menteri Malaysia Najib Razak dipindahkan ke tahanan rumah.", "najib-razak MYS", "", false, false},
	// Known: as Muhyiddin (Najib Razak left office in 2018; Najib Mikati held Lebanon's).
	{"malay najib alone", "Najib mengajukan permohonan pengampunan kepada Raja Malaysia.", "najib-razak MYS", "najib najib-mikati", false, true},
	{"brunei sultan", "Sultan Hassanal Bolkiah merayakan ulang tahunnya yang ke-78.", "hassanal-bolkiah", "", false, false},
	{"singapore new pm", "Lawrence Wong dilantik sebagai perdana menteri Singapura.", "lawrence-wong SGP", "", false, false},
	{"javanese joko villager", "Joko, warga Kampung Melayu, kehilangan rumahnya akibat banjir.", "joko", "joko-widodo", false, false},
	{"javanese budi speaks", "Budi mengatakan Indonesia harus memperbanyak ekspor kopi.", "budi IDN", "budi-gunawan budi-karya-sumadi", false, false},
	{"patronym bin villager", "Ahmad bin Abdullah ditangkap karena mencuri kabel listrik.", "ahmad-bin-abdullah", "", false, false},

	// A lone given name that is an office holder's surname or short name.
	// Known: the Philippines is not named: a lone given name stays a new person (the careful rule).
	{"philippines marcos tokyo", "Marcos mengunjungi Tokyo pekan ini untuk membahas kerja sama pertahanan.", "ferdinand-marcos-jr", "marcos", false, true},
	{"philippines marcos with state", "Marcos menegaskan Filipina tidak akan menyerahkan sejengkal pun wilayahnya.", "ferdinand-marcos-jr PHL", "marcos", false, false},
	{"philippines marcos detainee", "Marcos, warga Timor Leste yang ditangkap di Atambua, diperiksa polisi.", "marcos TLS", "ferdinand-marcos-jr", false, false},
	{"us harris nomination", "Harris menerima nominasi Partai Demokrat sebagai calon presiden Amerika Serikat.", "kamala-harris USA", "harris simon-harris", false, false},
	{"us harris title", "Wakil Presiden AS Kamala Harris menghadiri KTT ASEAN di Jakarta.", "kamala-harris USA", "", false, false},
	{"us harris driver", "Harris, sopir ojek daring di Depok, menjadi korban begal.", "harris", "kamala-harris simon-harris", false, false},
	// Added after the merge, as regressions the sweep found: Indonesian
	// names its own people and those of the patronymic and given-name
	// states by the given name alone, not a Spaniard ("Pedro" beside
	// Madrid was Pedro Sánchez).
	{"spanish given name alone", "Pedro diharuskan membantu ayahnya di sebuah toko roti di Madrid.", "pedro", "pedro-sanchez ESP", false, false},
	{"ethiopian given name alone", "Abiy mengatakan Ethiopia menginginkan akses ke laut.", "abiy-ahmed ETH", "", false, false},
}

// TestNamingCustomsGrid checks namingCustomsRows. Before the naming-customs
// pass 109 of the first 130 rows passed (21 known failures); now 128 of the
// 137 pass, and the 9 rows marked known say why they fail.
func TestNamingCustomsGrid(t *testing.T) {
	runNameGrid(t, namingCustomsRows, 137)
}

// TestNamingCustomsEnglishGrid is the English half of the naming-customs
// grid: the same naming cultures in English wire copy, under the article
// date 2024-06-01, and a few rows under 2025-09-20 (Anutin Charnvirakul
// Thailand's prime minister, Lee Jae-myung South Korea's president, To Lam
// Vietnam's party chief). Before the naming-customs pass 52 of the 68 rows of
// the first date and 5 of the 7 of the second passed; now 71 of 74 and 7
// of 7 pass, and the 3 rows marked known say why they fail.
func TestNamingCustomsEnglishGrid(t *testing.T) {
	x := extractor(t)
	rows := []wireGridRow{
		// Thai and Lao people by the given name.
		{"thai given alone returns", "Thaksin returned to Thailand on Tuesday after 15 years in self-imposed exile.", []string{"thaksin-shinawatra/person/THA"}, []string{"thaksin", "thaksin-chinnawat"}, false, false},
		{"thai given alone fled", "Yingluck fled the country before a court verdict in 2017.", []string{"yingluck-shinawatra/person"}, []string{"yingluck"}, false, false},
		{"thai daughter apposition", "Paetongtarn, Thaksin's daughter, leads the Pheu Thai party's campaign.", []string{"paetongtarn-shinawatra/person", "thaksin-shinawatra/person"}, []string{"paetongtarn", "thaksin"}, false, false},
		{"thai coup leader", "Prayut, who led the 2014 coup, said he would retire from politics.", []string{"prayut-chan-o-cha/person"}, []string{"prayut"}, false, false},
		{"thai pm meets xi", "Thai Prime Minister Srettha Thavisin met Chinese President Xi Jinping in Beijing.", []string{"srettha-thavisin/person", "xi-jinping/person"}, nil, false, false},
		{"thai given alone said", "Srettha said the digital wallet scheme would go ahead as planned.", []string{"srettha-thavisin/person"}, []string{"srettha"}, false, false},
		{"thai duplicate spelling", "Abhisit, a former prime minister, criticised the amnesty bill.", []string{"abhisit-vejjajiva/person"}, []string{"abhisit", "abhisit-wechachiwa"}, false, false},
		{"thai common given trap", "Thai police arrested Somchai, a 45-year-old taxi driver, in Bangkok.", nil, []string{"somchai-wongsawat"}, false, false},
		// Added after the first rules (annotated before they ran): titles and given names other
		// cultures share are no Thai or Lao leader without the state.
		{"thai given common elsewhere", "Anand told reporters in New Delhi that the deal would be signed next week.", nil, []string{"anand-panyarachun"}, false, false},
		{"title word king", "King said the new stadium would open in March.", nil, []string{"vajiralongkorn"}, false, false},
		{"title word prince", "Prince said the band would tour Europe next year.", nil, []string{"prince-souphanouvong"}, false, false},
		{"given name of a thai fm", "Maris said the company would cut 200 jobs in Riga.", nil, []string{"maris-sangiampongsa"}, false, false},
		{"lao pm title", "Lao Prime Minister Sonexay Siphandone hosted the ASEAN summit in Vientiane.", []string{"sonexay-siphandone/person/LAO"}, nil, false, false},
		{"lao given alone", "Sonexay called for closer economic ties with China.", []string{"sonexay-siphandone/person"}, []string{"sonexay"}, false, false},

		// Surname first.
		{"korean surname alone", "Yoon declared martial law in a late-night televised address.", []string{"yoon-suk-yeol/person"}, []string{"yoon"}, false, false},
		{"korean opposition leader", "Lee Jae-myung, the opposition leader, was stabbed in the neck in Busan.", []string{"lee-jae-myung/person"}, nil, false, false},
		{"korean lee shop owner", "Lee, a shop owner in Koreatown, said sales were down.", nil, []string{"lee-jae-myung", "lee-hsien-loong"}, false, false},
		{"korean kim student", "Kim, 29, a student from Seoul, was among those injured.", nil, []string{"kim-jong-un", "kim-yo-jong"}, false, false},
		{"chinese xi alone", "Xi told Biden that Taiwan was the most dangerous issue in their relations.", []string{"xi-jinping/person", "joe-biden/person"}, nil, false, false},
		{"chinese premier", "Chinese Premier Li Qiang arrived in Canberra on Saturday.", []string{"li-qiang/person"}, nil, false, false},
		{"chinese fm", "Wang Yi warned Manila against provocations in the South China Sea.", []string{"wang-yi/person"}, nil, false, false},
		{"cambodian father and son", "Hun Sen handed power to his eldest son, Hun Manet, last year.", []string{"hun-sen/person", "hun-manet/person"}, nil, false, false},
		{"cambodian son", "Hun Manet inaugurated the Funan Techo canal project on Monday.", []string{"hun-manet/person"}, nil, false, false},
		{"hungarian surname", "Orban vetoed the EU's aid package for Ukraine.", []string{"viktor-orban/person"}, []string{"orban"}, false, false},
		{"hungarian fm surname", "Szijjarto said Hungary would not send weapons to Kyiv.", []string{"peter-szijjarto/person"}, []string{"szijjarto"}, false, false},

		// Vietnamese by the last word.
		{"vietnamese pm last word", "Chinh urged investors to speed up projects in Vietnam's north.", []string{"pham-minh-chinh/person"}, []string{"chinh"}, false, false},
		{"vietnamese president meets putin", "Vietnamese President To Lam met Russian President Vladimir Putin in Hanoi.", []string{"to-lam/person", "vladimir-putin/person"}, nil, false, false},
		// Known: lam is an English word and has three letters.
		{"vietnamese last word lam", "Lam promised to continue Vietnam's anti-corruption campaign.", []string{"to-lam/person"}, []string{"lam"}, false, true},

		// Myanmar.
		{"myanmar full name", "Min Aung Hlaing chaired a meeting of the junta's security council.", []string{"min-aung-hlaing/person"}, nil, false, false},
		{"myanmar suu kyi", "Suu Kyi was moved from prison to house arrest because of the heat.", []string{"aung-san-suu-kyi/person"}, nil, false, false},

		// Added later (annotated before the run): a word of a Burmese name alone is no surname.
		{"myanmar name part hlaing", "Soldiers detained Hlaing at a checkpoint outside Mandalay.", nil, []string{"min-aung-hlaing"}, false, false},
		{"myanmar name part swe", "Swe said the soldiers had burned his village.", nil, []string{"myint-swe"}, false, false},

		// Spanish and Portuguese.
		{"mexican double surname", "Lopez Obrador refused to recognise the result of the election.", []string{"andres-manuel-lopez-obrador/person"}, nil, false, false},
		{"mexican surname", "Sheinbaum won the presidential election by a landslide.", []string{"claudia-sheinbaum/person"}, []string{"sheinbaum"}, false, false},
		{"spanish surname", "Sanchez announced that Spain would recognise a Palestinian state.", []string{"pedro-sanchez/person"}, []string{"sanchez"}, false, false},
		{"brazil short name", "Lula called for an immediate ceasefire in Gaza.", []string{"luiz-inacio-lula-da-silva/person"}, nil, false, false},
		{"brazil former", "Bolsonaro was barred from running for office until 2030.", []string{"jair-bolsonaro/person"}, nil, false, false},
		{"venezuela", "Maduro claimed victory in the disputed presidential election.", []string{"nicolas-maduro/person"}, nil, false, false},
		{"argentina", "Milei slashed public spending in his first months in office.", []string{"javier-milei/person"}, nil, false, false},
		{"colombia", "Petro severed diplomatic ties with Israel.", []string{"gustavo-petro/person"}, []string{"petro"}, false, false},
		{"portugal compound", "Rebelo de Sousa dissolved parliament and called early elections.", []string{"marcelo-rebelo-de-sousa/person"}, nil, false, false},
		{"trap montenegro", "Montenegro opened new chapters in its EU accession talks.", []string{"MNE/state"}, []string{"luis-montenegro"}, false, false},

		// Arabic names.
		{"arab abbas jenin", "Abbas condemned the Israeli raid on the Jenin refugee camp.", []string{"mahmoud-abbas/person"}, []string{"abbas"}, false, false},
		{"arab sisi blinken", "Sisi received U.S. Secretary of State Antony Blinken in Cairo.", []string{"abdel-fattah-el-sisi/person", "antony-blinken/person"}, nil, false, false},
		{"arab al-sisi title", "Egyptian President Abdel Fattah al-Sisi met Qatar's emir in Doha.", []string{"abdel-fattah-el-sisi/person"}, nil, false, false},
		{"arab haniyeh", "Haniyeh was killed in an Israeli strike in Tehran.", []string{"ismail-haniyeh/person"}, nil, false, false},
		{"arab assad", "Assad fled to Moscow after rebels seized Damascus.", []string{"bashar-al-assad/person"}, nil, false, false},
		{"arab abu jolani", "Abu Mohammed al-Jolani led the offensive on Aleppo.", []string{"ahmed-al-sharaa/person"}, nil, false, false},
		{"arab bin salman", "Mohammed bin Salman hosted Ukrainian President Volodymyr Zelensky in Jeddah.", []string{"mohammed-bin-salman/person", "volodymyr-zelenskyy/person"}, nil, false, false},
		{"arab safadi", "Safadi warned of the risk of a regional war.", []string{"ayman-safadi/person"}, nil, false, false},
		{"arab abbas shopkeeper", "Abbas, a shopkeeper in Gaza City, said his store was destroyed.", nil, []string{"mahmoud-abbas"}, false, false},
		// Known: two known Sinwars (Yahya, Mohammed); Yahya led Hamas as a whole only from August 2024.
		{"arab sinwar", "Sinwar was killed in Rafah by Israeli troops.", []string{"yahya-sinwar/person"}, nil, false, true},
		{"arab nasrallah", "Nasrallah warned Israel against an offensive in Lebanon.", []string{"hassan-nasrallah/person"}, nil, false, false},

		// Russian names.
		{"russian lavrov", "Lavrov accused the West of prolonging the war in Ukraine.", []string{"sergei-lavrov/person"}, nil, false, false},
		{"russian shoigu belousov", "Shoigu was replaced as defence minister by Andrei Belousov.", []string{"sergei-shoigu/person", "andrei-belousov/person"}, nil, false, false},
		{"russian zakharova", "Zakharova called the NATO statement a provocation.", []string{"maria-zakharova/person"}, nil, false, false},
		{"russian peskov", "Peskov said the Kremlin had not received the proposal.", []string{"dmitry-peskov/person"}, nil, false, false},
		{"russian navalny", "Navalny died in an Arctic penal colony in February.", []string{"alexei-navalny/person"}, nil, false, false},

		// Icelandic.
		{"icelandic resigns", "Katrin Jakobsdottir resigned as prime minister to run for president.", []string{"katrin-jakobsdottir/person"}, nil, false, false},
		{"icelandic new pm", "Bjarni Benediktsson became prime minister of Iceland in April.", []string{"bjarni-benediktsson/person"}, nil, false, false},
		{"icelandic president", "Halla Tomasdottir won Iceland's presidential election.", []string{"halla-tomasdottir/person"}, nil, false, false},

		// Indonesian and Malay.
		{"indonesian nickname", "Jokowi inaugurated a new dam in East Nusa Tenggara.", []string{"joko-widodo/person"}, nil, false, false},
		{"indonesian president-elect", "Prabowo visited Beijing as president-elect.", []string{"prabowo-subianto/person"}, nil, false, false},
		{"malay anwar malaysia", "Anwar said Malaysia would not bow to foreign pressure.", []string{"anwar-ibrahim/person"}, []string{"anwar"}, false, false},
		{"malay mahathir", "Mahathir criticised the government over the 1MDB scandal.", []string{"mahathir-mohamad/person"}, []string{"mahathir", "dato-seri-mahathir-bin-mohamad"}, false, false},
		{"malay anwar farmer", "Anwar, a rice farmer in Central Java, said prices had fallen.", nil, []string{"anwar-ibrahim"}, false, false},

		// A lone given name that is an office holder's name.
		{"philippines marcos tokyo", "Marcos visited Tokyo to discuss maritime security with Japan's prime minister.", []string{"ferdinand-marcos-jr/person"}, []string{"marcos"}, false, false},
		{"philippines marcos state", "Marcos said the Philippines would not give up an inch of its territory.", []string{"ferdinand-marcos-jr/person"}, []string{"marcos"}, false, false},
		{"marcos waiter", "Marcos, a waiter in Lisbon, said tourists were returning.", nil, []string{"ferdinand-marcos-jr"}, false, false},
		{"us harris nomination", "Harris accepted the Democratic Party's nomination for president.", []string{"kamala-harris/person"}, []string{"simon-harris"}, false, false},
		{"us harris title", "Vice President Kamala Harris met Indonesian President Joko Widodo in Jakarta.", []string{"kamala-harris/person", "joko-widodo/person"}, nil, false, false},
		{"harris nurse", "Harris, a 34-year-old nurse from Ohio, was among the victims.", nil, []string{"kamala-harris", "simon-harris"}, false, false},
		{"putin meets xi", "Putin met Xi in Beijing on Thursday.", []string{"vladimir-putin/person", "xi-jinping/person"}, nil, false, false},
		{"turkey erdogan", "Erdogan hosted the talks in Istanbul.", []string{"recep-tayyip-erdogan/person"}, nil, false, false},

		// Added after the merge, as regressions the sweep of the UD and
		// Wikinews texts found: an Ethiopian is named by the given name
		// (patronymic_states), so his father's name alone is nobody.
		{"ethiopian abiy", "Abiy said Ethiopia wanted access to the sea.", []string{"abiy-ahmed/person"}, nil, false, false},
		{"ethiopian father's name alone", "Ahmed said the clock was his own invention.", []string{"ahmed/person"}, []string{"abiy-ahmed"}, false, false},
	}
	runWireGrid(t, x, rows, "2024-06-01")
	later := []wireGridRow{
		{"thai given alone elected", "Anutin was elected prime minister by parliament on Friday.", []string{"anutin-charnvirakul/person"}, []string{"anutin"}, false, false},
		{"thai given alone removed", "Paetongtarn was removed from office by the Constitutional Court.", []string{"paetongtarn-shinawatra/person"}, nil, false, false},
		{"thai given alone prison", "Thaksin began serving his one-year prison sentence in Bangkok.", []string{"thaksin-shinawatra/person"}, []string{"thaksin-chinnawat"}, false, false},
		{"korean lee president", "Lee said South Korea would expand its alliance with the United States.", []string{"lee-jae-myung/person"}, nil, false, false},
		{"vietnamese party chief", "To Lam, the Communist Party chief, met Xi in Beijing.", []string{"to-lam/person", "xi-jinping/person"}, nil, false, false},
		{"mexican president", "Sheinbaum rejected U.S. military action on Mexican soil.", []string{"claudia-sheinbaum/person"}, nil, false, false},
		{"lao fm", "Lao Foreign Minister Thongsavanh Phomvihane met his Thai counterpart in Vientiane.", []string{"thongsavanh-phomvihane/person/LAO"}, nil, false, false},
	}
	runWireGrid(t, x, later, "2025-09-20")
}
