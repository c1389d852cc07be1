package extract

import "testing"

// encyclopedicGridRows are Indonesian sentences written for the test (made
// up in the encyclopedic and biographical style that news translation
// corpora mix with news, the way Wikipedia's lead sentences read; never
// copied from a data set) about persons, organizations and states of today
// (2010–2026): who a person is ("X (lahir 1965) adalah politikus Partai Y
// yang menjabat sebagai Z sejak 2019"), what a body is and who founded it
// ("Organisasi itu didirikan pada 1998 oleh X dan bermarkas di Jenewa"),
// parent companies, states' borders and memberships, offices held and
// former titles ("mantan Perdana Menteri Italia"), nationality adjectives
// and origins ("ekonom asal Bulgaria", "kelahiran Afrika Selatan"), kin
// ("putri sulung X"), places of birth and study (cities are places),
// pronoun subjects with no actor, and traps: a state inside an
// organization's, an institute's or an award's name (Alternatif untuk
// Jerman, Akademi Militer Amerika Serikat, Anugerah Musik Indonesia), a
// person's name inside a company's, a stadium's or an airport's, works'
// titles, years and ages, a capital as a company's seat.
//
// Ids (decided before the extractor ran on the rows) follow
// TestTranslatedNewsGrid: a person or body the gazetteer holds is its id;
// any other person the lower-case slug of the name as written; a state
// named in the row (title, demonym, origin, or as a place) is an actor,
// but a state inside a body's or a work's name is not; a capital as the
// seat of a company is the city. Persons and states are annotated
// completely, organizations only where the row names them (universities
// as places of study are left unannotated; two rows first annotated as
// having no actor were changed when the rule that made a place of study
// no actor was taken out: the dev sets annotate such schools).
// known marks a known failure with its reason: the test fails when it
// starts passing.
var encyclopedicGridRows = []nameGridRow{
	// Persons: who they are, offices held, parties.
	{"id airlangga lahir golkar", "Airlangga Hartarto (lahir 1962) adalah politikus Partai Golkar yang menjabat sebagai Menteri Koordinator Bidang Perekonomian sejak 2019.", "airlangga-hartarto partai-golkar", "", false, false},
	{"id retno diplomat", "Retno Marsudi adalah diplomat Indonesia yang menjabat sebagai Menteri Luar Negeri dari 2014 hingga 2024.", "retno-marsudi IDN", "", false, false},
	{"id sri mulyani bank dunia", "Sri Mulyani Indrawati adalah ekonom Indonesia yang pernah menjabat sebagai direktur pelaksana Bank Dunia.", "sri-mulyani IDN world-bank", "", false, false},
	{"id nadiem lahir tanggal", "Nadiem Makarim (lahir 4 Juli 1984) adalah pengusaha Indonesia dan pendiri Gojek.", "nadiem-makarim IDN gojek", "", false, false},
	{"id pronoun kabinet", "Ia menjabat sebagai menteri luar negeri dalam kabinet Joko Widodo.", "joko-widodo", "", false, false},
	{"id lahir di lagos", "Lahir di Lagos, Adaeze Okonkwo belajar di Universitas Oxford sebelum bergabung dengan Bank Dunia.", "adaeze-okonkwo world-bank", "NGA", false, false},
	{"id didirikan oleh jenewa", "Organisasi itu didirikan pada 1998 oleh Marta Lindqvist dan bermarkas di Jenewa.", "marta-lindqvist", "CHE", false, false},
	{"id afd di jerman", "Alternatif untuk Jerman (AfD) adalah partai politik sayap kanan di Jerman.", "afd DEU", "", false, false},
	{"id anak usaha", "Perusahaan ini merupakan anak usaha dari Alphabet.", "alphabet", "", false, false},
	{"id berbatasan", "Negara ini berbatasan dengan Malaysia di utara dan Timor Leste di timur.", "MYS TLS", "", false, false},
	{"id meloni fratelli", "Giorgia Meloni adalah politikus Italia yang memimpin partai Fratelli d'Italia sejak 2014.", "giorgia-meloni ITA brothers-of-italy", "", false, false},
	{"id mantan pm draghi", "Mantan Perdana Menteri Italia Mario Draghi sebelumnya memimpin Bank Sentral Eropa.", "mario-draghi ITA ecb", "", false, false},
	{"id anwar ke-10", "Anwar Ibrahim adalah politikus Malaysia yang menjabat sebagai Perdana Menteri Malaysia ke-10 sejak November 2022.", "anwar-ibrahim MYS", "", false, false},
	{"id pronoun pkr", "Ia merupakan anggota Partai Keadilan Rakyat (PKR) dan pemimpin koalisi Pakatan Harapan.", "pkr pakatan-harapan", "", false, false},
	{"id greenpeace vancouver", "Greenpeace adalah organisasi lingkungan nonpemerintah yang didirikan di Vancouver, Kanada, pada 1971.", "greenpeace CAN", "", false, false},
	{"id hrw new york", "Human Rights Watch adalah organisasi hak asasi manusia internasional yang bermarkas di New York.", "human-rights-watch", "USA", false, false},
	{"id who badan khusus", "Organisasi Kesehatan Dunia (WHO) adalah badan khusus PBB yang menangani kesehatan masyarakat internasional.", "who united-nations", "", false, false},
	{"id tedros mantan menlu", "Tedros Adhanom Ghebreyesus adalah mantan menteri luar negeri Etiopia yang menjadi Direktur Jenderal WHO pada 2017.", "tedros-adhanom-ghebreyesus ETH who", "", false, false},
	{"id musk kelahiran", "Elon Musk adalah pengusaha kelahiran Afrika Selatan yang mendirikan SpaceX dan memimpin Tesla.", "elon-musk ZAF spacex tesla", "", false, false},
	{"id jack ma alibaba", "Jack Ma adalah salah satu pendiri Alibaba Group, perusahaan e-dagang terbesar di China.", "jack-ma alibaba CHN", "", false, false},
	{"id prabowo ke-8", "Prabowo Subianto adalah pensiunan jenderal Angkatan Darat yang menjabat sebagai Presiden Indonesia ke-8 sejak Oktober 2024.", "prabowo-subianto IDN", "", false, false},
	{"id gibran putra sulung", "Gibran Rakabuming Raka, putra sulung Joko Widodo, pernah menjabat sebagai Wali Kota Surakarta.", "gibran-rakabuming-raka joko-widodo", "", false, false},
	{"id gerindra didirikan", "Partai Gerindra didirikan pada 2008 oleh Prabowo Subianto dan sejumlah tokoh lain.", "partai-gerindra prabowo-subianto", "", false, false},
	{"id nu terbesar", "Nahdlatul Ulama adalah organisasi Islam terbesar di Indonesia yang didirikan pada 1926.", "nahdlatul-ulama IDN", "", false, false},
	{"id muhammadiyah mengelola", "Muhammadiyah mengelola ribuan sekolah, universitas, dan rumah sakit di seluruh Indonesia.", "muhammadiyah IDN", "", false, false},
	{"id pertamina bumn", "Pertamina adalah perusahaan minyak dan gas milik negara Indonesia yang berkantor pusat di Jakarta.", "pertamina IDN", "", false, false},
	{"id tokopedia goto", "Tokopedia kini merupakan bagian dari GoTo, hasil penggabungan dengan Gojek pada 2021.", "tokopedia goto gojek", "", false, false},
	{"id okonjo-iweala wto", "Ngozi Okonjo-Iweala adalah ekonom Nigeria yang menjadi Direktur Jenderal Organisasi Perdagangan Dunia pada 2021.", "ngozi-okonjo-iweala NGA wto", "", false, false},
	{"id georgieva asal", "Kristalina Georgieva, ekonom asal Bulgaria, menjabat sebagai Direktur Pelaksana IMF sejak 2019.", "kristalina-georgieva BGR imf", "", false, false},
	{"id macron bankir", "Sebelum terjun ke politik, Emmanuel Macron bekerja sebagai bankir investasi di Rothschild.", "emmanuel-macron", "", false, false},
	{"id le pen rn", "Marine Le Pen adalah mantan pemimpin Rassemblement National, partai sayap kanan Prancis.", "marine-le-pen rassemblement-national FRA", "", false, false},
	{"id zelensky aktor", "Volodymyr Zelensky adalah mantan aktor komedi yang terpilih sebagai Presiden Ukraina pada 2019.", "volodymyr-zelenskyy UKR", "", false, false},
	{"id pronoun institut kyiv", "Ia lahir di Kryvyi Rih dan belajar hukum di Institut Ekonomi Nasional Kyiv.", "", "UKR", false, false},
	{"id modi bjp", "Narendra Modi adalah politikus Partai Bharatiya Janata (BJP) yang menjabat sebagai Perdana Menteri India sejak 2014.", "narendra-modi bjp IND", "", false, false},
	{"id hasina putri pendiri", "Sheikh Hasina, putri pendiri Bangladesh Sheikh Mujibur Rahman, memimpin Liga Awami selama lebih dari empat dekade.", "sheikh-hasina sheikh-mujibur-rahman BGD awami-league", "", false, false},
	{"id yunus nobel", "Muhammad Yunus adalah ekonom Bangladesh peraih Nobel Perdamaian 2006 dan pendiri Grameen Bank.", "muhammad-yunus BGD", "", false, false},
	{"id suu kyi nld", "Aung San Suu Kyi adalah peraih Hadiah Nobel Perdamaian yang memimpin Liga Nasional untuk Demokrasi (NLD).", "aung-san-suu-kyi nld-myanmar", "", false, false},
	{"id min aung hlaing panglima", "Min Aung Hlaing adalah panglima militer Myanmar yang memimpin kudeta pada Februari 2021.", "min-aung-hlaing mmr-armed-forces", "MMR", false, false},
	{"id hun manet west point", "Hun Manet, lulusan Akademi Militer Amerika Serikat di West Point, menggantikan ayahnya Hun Sen sebagai perdana menteri Kamboja pada 2023.", "hun-manet hun-sen KHM", "USA", false, false},
	{"id paetongtarn putri", "Paetongtarn Shinawatra adalah putri bungsu mantan Perdana Menteri Thailand Thaksin Shinawatra.", "paetongtarn-shinawatra thaksin-shinawatra THA", "", false, false},
	{"id wong pap", "Lawrence Wong adalah politikus Partai Aksi Rakyat (PAP) yang menggantikan Lee Hsien Loong sebagai Perdana Menteri Singapura pada Mei 2024.", "lawrence-wong lee-hsien-loong SGP people-s-action-party", "", false, false},
	// States: borders, memberships.
	{"id berbatasan laut", "Negara kepulauan ini berbatasan laut dengan Australia, Filipina, dan Vietnam.", "AUS PHL VNM", "", false, false},
	{"id timor leste asean", "Timor Leste resmi menjadi anggota ke-11 ASEAN pada 2025.", "TLS asean", "", false, false},
	{"id swiss schengen", "Swiss bukan anggota Uni Eropa, tetapi merupakan bagian dari kawasan Schengen.", "CHE european-union", "", false, false},
	{"id anggota pendiri oki", "Negara ini merupakan anggota pendiri Organisasi Kerja Sama Islam (OKI).", "oic", "", false, false},
	{"id starmer buruh", "Keir Starmer adalah pengacara dan politikus Partai Buruh yang menjabat sebagai Perdana Menteri Inggris sejak Juli 2024.", "keir-starmer GBR uk-labour-party", "", false, false},
	{"id merz cdu", "Friedrich Merz adalah politikus Uni Demokratik Kristen (CDU) yang menjadi Kanselir Jerman pada Mei 2025.", "friedrich-merz christian-democratic-union DEU", "", false, false},
	{"id weidel afd", "Alice Weidel adalah salah satu pemimpin partai Alternatif untuk Jerman (AfD) sejak 2022.", "alice-weidel afd", "DEU", false, false},
	{"id likud netanyahu", "Partai Likud dipimpin oleh Benjamin Netanyahu sejak 2005.", "likud benjamin-netanyahu", "", false, false},
	{"id abbas otoritas", "Mahmoud Abbas adalah presiden Otoritas Palestina dan pemimpin partai Fatah.", "mahmoud-abbas pse-authority fatah", "", false, false},
	{"id hamas jalur gaza", "Hamas adalah kelompok militan Palestina yang menguasai Jalur Gaza sejak 2007.", "hamas PSE", "", false, false},
	{"id hizbullah lebanon", "Kelompok Hizbullah didirikan di Lebanon pada awal 1980-an dengan dukungan Iran.", "hezbollah LBN IRN", "", false, false},
	{"id pezeshkian ahli bedah", "Masoud Pezeshkian adalah ahli bedah jantung yang terpilih sebagai Presiden Iran pada Juli 2024.", "masoud-pezeshkian IRN", "", false, false},
	{"id mbs putra mahkota", "Mohammed bin Salman adalah putra mahkota Arab Saudi dan ketua dana kekayaan negara kerajaan itu.", "mohammed-bin-salman SAU", "", false, false},
	// Companies: owners, founders, parents, seats.
	{"id aramco milik negara", "Saudi Aramco adalah perusahaan minyak milik negara Arab Saudi dan salah satu perusahaan terbesar di dunia.", "saudi-aramco SAU", "", false, false},
	{"id huawei ren", "Huawei adalah perusahaan teknologi China yang didirikan oleh Ren Zhengfei pada 1987.", "huawei CHN ren-zhengfei", "", false, false},
	{"id bytedance beijing", "ByteDance, perusahaan induk TikTok, berkantor pusat di Beijing.", "bytedance tiktok", "CHN", false, false},
	{"id tsmc nama", "Taiwan Semiconductor Manufacturing Company (TSMC) adalah produsen cip kontrak terbesar di dunia.", "tsmc", "TWN", false, false},
	{"id samsung anak usaha", "Samsung Electronics merupakan anak usaha terbesar dari grup Samsung asal Korea Selatan.", "samsung KOR", "", false, false},
	{"id toyota aichi", "Toyota adalah produsen mobil Jepang yang berkantor pusat di Toyota, Aichi.", "toyota JPN", "", false, false},
	{"id lisa su amd", "Lisa Su, insinyur kelahiran Taiwan, menjadi CEO Advanced Micro Devices (AMD) pada 2014.", "lisa-su TWN advanced-micro-devices", "", false, false},
	{"id huang nvidia", "Jensen Huang adalah salah satu pendiri Nvidia dan menjabat sebagai CEO sejak 1993.", "jensen-huang nvidia", "", false, false},
	{"id son softbank", "Masayoshi Son adalah pendiri SoftBank Group, konglomerat investasi Jepang.", "masayoshi-son softbank JPN", "", false, false},
	{"id ambani reliance", "Mukesh Ambani adalah ketua Reliance Industries dan orang terkaya di Asia.", "mukesh-ambani reliance-industries", "", false, false},
	{"id adani grup", "Gautam Adani mendirikan Grup Adani pada 1988 di Ahmedabad.", "gautam-adani adani-group", "", false, false},
	{"id arnault lvmh", "Bernard Arnault adalah ketua dan CEO LVMH, konglomerat barang mewah Prancis.", "bernard-arnault lvmh FRA", "", false, false},
	{"id buffett berkshire", "Warren Buffett adalah investor Amerika yang memimpin Berkshire Hathaway.", "warren-buffett USA berkshire-hathaway-inc", "", false, false},
	{"id bezos bellevue washington", "Jeff Bezos mendirikan Amazon pada 1994 di garasi rumahnya di Bellevue, Washington.", "jeff-bezos", "USA", false, false},
	{"id altman openai", "Sam Altman adalah CEO OpenAI, perusahaan pengembang ChatGPT.", "sam-altman openai", "", false, false},
	{"id zuckerberg facebook", "Mark Zuckerberg mendirikan Facebook bersama teman-temannya di Universitas Harvard pada 2004.", "mark-zuckerberg facebook", "", false, false},
	{"id pichai iit", "Sundar Pichai, lulusan Institut Teknologi India Kharagpur, menjabat sebagai CEO Alphabet dan Google.", "sundar-pichai alphabet google", "IND", false, false},
	{"id nadella hyderabad india", "Satya Nadella lahir di Hyderabad, India, dan bergabung dengan Microsoft pada 1992.", "satya-nadella IND microsoft", "", false, false},
	// Activists, dissidents, family.
	{"id malala aktivis", "Malala Yousafzai adalah aktivis pendidikan Pakistan dan peraih Nobel Perdamaian termuda.", "malala-yousafzai PAK", "", false, false},
	{"id thunberg asal swedia", "Greta Thunberg adalah aktivis iklim asal Swedia yang memulai aksi mogok sekolah pada 2018.", "greta-thunberg SWE", "", false, false},
	{"id navalny oposisi", "Alexei Navalny adalah tokoh oposisi Rusia yang meninggal di penjara Arktik pada Februari 2024.", "alexei-navalny RUS", "", false, false},
	{"id navalnaya janda", "Yulia Navalnaya, janda Alexei Navalny, melanjutkan perjuangan suaminya dari pengasingan.", "yulia-navalnaya alexei-navalny", "", false, false},
	{"id jimmy lai apple daily", "Jimmy Lai adalah pengusaha media Hong Kong dan pendiri harian Apple Daily.", "jimmy-lai HKG", "apple-inc", false, false},
	{"id lee jae-myung dpk", "Lee Jae-myung adalah politikus Partai Demokrat Korea yang terpilih sebagai Presiden Korea Selatan pada Juni 2025.", "lee-jae-myung KOR democratic-party-of-korea", "us-democratic-party", false, false},
	// known: the runner's article date (2024-06-01) has Yoon in office, so the event's source is his state KOR, which the row does not name
	{"id yoon jaksa agung", "Yoon Suk Yeol adalah mantan jaksa agung yang dimakzulkan setelah mengumumkan darurat militer pada Desember 2024.", "yoon-suk-yeol", "idn-attorney-general", false, false},
	{"id ishiba ldp", "Shigeru Ishiba adalah anggota Partai Demokrat Liberal yang menjabat sebagai Perdana Menteri Jepang dari 2024 hingga 2025.", "shigeru-ishiba jpn-ldp JPN", "", false, false},
	{"id lula serikat", "Luiz Inácio Lula da Silva adalah mantan pemimpin serikat buruh yang menjabat tiga periode sebagai Presiden Brasil.", "luiz-inacio-lula-da-silva BRA", "", false, false},
	{"id milei libertarian", "Javier Milei adalah ekonom libertarian yang terpilih sebagai Presiden Argentina pada 2023.", "javier-milei ARG", "", false, false},
	{"id sheinbaum kota meksiko", "Claudia Sheinbaum, mantan Kepala Pemerintahan Kota Meksiko, menjadi presiden perempuan pertama Meksiko.", "claudia-sheinbaum MEX", "", false, false},
	{"id ramaphosa anc", "Cyril Ramaphosa adalah politikus Kongres Nasional Afrika (ANC) dan Presiden Afrika Selatan sejak 2018.", "cyril-ramaphosa anc ZAF", "", false, false},
	{"id tinubu gubernur lagos", "Bola Tinubu, mantan Gubernur Lagos, dilantik sebagai Presiden Nigeria pada Mei 2023.", "bola-tinubu NGA", "", false, false},
	{"id ruto wakil presiden", "William Ruto adalah politikus Kenya yang sebelumnya menjabat sebagai wakil presiden di bawah Uhuru Kenyatta.", "william-ruto KEN uhuru-kenyatta", "", false, false},
	{"id abiy nobel", "Abiy Ahmed adalah Perdana Menteri Etiopia dan peraih Hadiah Nobel Perdamaian 2019.", "abiy-ahmed ETH", "", false, false},
	{"id erdogan akp", "Recep Tayyip Erdogan adalah salah satu pendiri Partai Keadilan dan Pembangunan (AKP) dan mantan Wali Kota Istanbul.", "recep-tayyip-erdogan akp", "", false, false},
	{"id rutte nato", "Mark Rutte, mantan Perdana Menteri Belanda, menjadi Sekretaris Jenderal NATO pada Oktober 2024.", "mark-rutte NLD nato", "", false, false},
	{"id kallas perwakilan tinggi", "Kaja Kallas adalah politikus Estonia yang menjabat sebagai Perwakilan Tinggi Uni Eropa untuk Urusan Luar Negeri.", "kaja-kallas EST european-union", "", false, false},
	{"id von der leyen dokter", "Ursula von der Leyen adalah dokter dan politikus Jerman yang pernah menjabat sebagai menteri pertahanan.", "ursula-von-der-leyen DEU", "", false, false},
	{"id lagarde imf ecb", "Christine Lagarde adalah pengacara Prancis yang memimpin IMF sebelum pindah ke Bank Sentral Eropa.", "christine-lagarde FRA imf ecb", "", false, false},
	{"id blair institute", "Tony Blair, mantan Perdana Menteri Inggris, mendirikan Tony Blair Institute for Global Change pada 2016.", "tony-blair GBR", "", false, false},
	{"id farage reform uk", "Nigel Farage adalah pemimpin partai Reform UK dan anggota parlemen untuk Clacton.", "nigel-farage reform-uk", "GBR", false, false},
	{"id sadiq khan asal pakistan", "Sadiq Khan, putra sopir bus asal Pakistan, menjadi Wali Kota London pertama yang beragama Islam.", "sadiq-khan PAK", "GBR", false, false},
	// Indonesian politicians: former titles, parties, kin.
	{"id anies mantan gubernur", "Anies Baswedan adalah mantan Gubernur DKI Jakarta dan mantan rektor Universitas Paramadina.", "anies-baswedan", "", false, false},
	{"id ganjar pdip", "Ganjar Pranowo adalah politikus PDI Perjuangan yang menjabat sebagai Gubernur Jawa Tengah selama dua periode.", "ganjar-pranowo pdi-p", "", false, false},
	{"id megawati putri soekarno", "Megawati Soekarnoputri, putri Presiden pertama Indonesia Soekarno, adalah Ketua Umum PDI Perjuangan.", "megawati-sukarnoputri sukarno IDN pdi-p", "", false, false},
	{"id sby pendiri", "Susilo Bambang Yudhoyono adalah pendiri Partai Demokrat dan Presiden Indonesia periode 2004–2014.", "susilo-bambang-yudhoyono IDN", "", false, false},
	{"id ahy putra sulung", "Agus Harimurti Yudhoyono, putra sulung Susilo Bambang Yudhoyono, adalah Ketua Umum Partai Demokrat.", "agus-harimurti-yudhoyono susilo-bambang-yudhoyono", "", false, false},
	{"id ahok komut", "Basuki Tjahaja Purnama, yang dikenal sebagai Ahok, pernah menjabat sebagai Komisaris Utama Pertamina.", "basuki-tjahaja-purnama pertamina", "", false, false},
	{"id ridwan kamil arsitek", "Ridwan Kamil adalah arsitek lulusan Institut Teknologi Bandung yang pernah menjabat sebagai Gubernur Jawa Barat.", "ridwan-kamil", "", false, false},
	{"id luhut pensiunan", "Luhut Binsar Pandjaitan adalah pensiunan jenderal yang menjabat sebagai Ketua Dewan Ekonomi Nasional.", "luhut-binsar-pandjaitan", "", false, false},
	{"id erick inter", "Erick Thohir adalah pengusaha media yang pernah memiliki klub sepak bola Inter Milan.", "erick-thohir inter-milan", "", false, false},
	{"id susi air", "Susi Pudjiastuti adalah pendiri maskapai Susi Air dan mantan Menteri Kelautan dan Perikanan.", "susi-pudjiastuti", "", false, false},
	{"id surya paloh nasdem", "Surya Paloh adalah pemilik Media Group dan pendiri Partai NasDem.", "surya-paloh partai-nasdem", "", false, false},
	{"id cak imin pkb", "Muhaimin Iskandar adalah Ketua Umum Partai Kebangkitan Bangsa (PKB) sejak 2005.", "muhaimin-iskandar pkb", "", false, false},
	{"id khofifah muslimat", "Khofifah Indar Parawansa adalah Ketua Umum Muslimat NU dan Gubernur Jawa Timur.", "khofifah-indar-parawansa", "", false, false},
	{"id budi gunadi mandiri", "Budi Gunadi Sadikin adalah bankir yang pernah memimpin Bank Mandiri sebelum menjadi Menteri Kesehatan.", "budi-gunadi-sadikin bank-mandiri", "", false, false},
	{"id pronoun duta besar", "Ia kemudian diangkat menjadi duta besar untuk Jepang.", "JPN", "", false, false},
	{"id pramoedya novel", "Novel “Bumi Manusia” karya Pramoedya Ananta Toer diadaptasi menjadi film pada 2019.", "pramoedya-ananta-toer", "", false, false},
	// No actor: pronoun subjects, places, works, awards, ages, years.
	// A school where a person studied is an organization, as the dev sets annotate it ("mahasiswa di Universitas Harvard").
	{"id none lahir belajar", "Ia lahir di Surabaya pada 1971 dan menempuh pendidikan di Universitas Gadjah Mada.", "universitas-gadjah-mada", "", false, false},
	{"id none menikah", "Ia menikah dengan seorang dokter dan memiliki tiga anak.", "", "", true, false},
	{"id none kota sungai", "Kota ini terletak di tepi Sungai Musi dan dikenal dengan Jembatan Ampera.", "", "", true, false},
	{"id none buku judul", "Buku “Indonesia Menggugat” diterbitkan ulang pada 2015.", "", "IDN", true, false},
	{"id none film judul", "Film “Jakarta vs Everybody” dirilis pada 2022.", "", "IDN", true, false},
	{"id none anugerah musik", "Album itu meraih penghargaan Anugerah Musik Indonesia pada 2018.", "", "IDN", true, false},
	{"id none usia rektor", "Pada usia 45 tahun, ia menjadi rektor termuda dalam sejarah kampus itu.", "", "", true, false},
	{"id none jumlah anggota", "Sejak 2019, jumlah anggota organisasi itu meningkat menjadi 1,2 juta orang.", "", "", true, false},
	{"id none gelar doktor", "Ia meraih gelar doktor bidang ilmu politik pada 2008.", "", "", true, false},
	{"id none magsaysay", "Penghargaan Ramon Magsaysay sering disebut sebagai Hadiah Nobel Asia.", "", "ramon-magsaysay", true, false},
	{"id none bintang mahaputra", "Ia dianugerahi Bintang Mahaputra Adipradana pada 2020.", "", "", true, false},
	{"id none gbk", "Stadion Gelora Bung Karno dibangun untuk Asian Games 1962.", "", "sukarno", true, false},
	{"id none bandara soetta", "Bandara Internasional Soekarno-Hatta terletak di Tangerang, Banten.", "", "sukarno", true, false},
	{"id none jalan sudirman", "Jalan Jenderal Sudirman merupakan salah satu jalan utama di Jakarta.", "", "", true, false},
	{"id none lahir medan leiden", "Lahir di Medan pada 1980, ia menyelesaikan studi di Leiden sebelum kembali ke tanah air.", "", "", true, false},
	// known: "Museum Nasional Indonesia" is an organization by its head word Museum; a museum keeping things is no actor
	{"id none museum nasional", "Museum Nasional Indonesia menyimpan lebih dari 140.000 benda bersejarah.", "", "IDN", true, true},
	{"id none hari kemerdekaan", "Hari Kemerdekaan dirayakan setiap 17 Agustus.", "", "", true, false},
	{"id none anggota termuda", "Ia adalah anggota termuda dalam tim itu, berusia 23 tahun saat debut.", "", "", true, false},
	{"id none kabinet merah putih", "Kabinet Merah Putih terdiri atas 48 menteri dan 56 wakil menteri.", "", "", true, false},
	{"id piala dunia qatar", "Piala Dunia FIFA 2022 diselenggarakan di Qatar.", "QAT", "fifa", false, false},
	// "dokter Jawa": Jawa is a place of the gazetteer since the history grid (the island alone; Sumatera is still none: adding it split company names on the dev set, Bakrie Sumatera Plantations)
	{"id none universitas indonesia", "Universitas Indonesia didirikan pada 1849 sebagai sekolah dokter Jawa.", "", "IDN", false, false},
	// Second batch, written after the first improvements (annotated before
	// they ran): schools that act, bodies outside a competition's name, given
	// names of the new list.
	{"id2 peneliti ugm", "Peneliti Universitas Gadjah Mada Ahmad Fauzi menilai kebijakan itu keliru.", "universitas-gadjah-mada ahmad-fauzi", "", false, false},
	{"id2 universitas menggugat", "Universitas Harvard menggugat pemerintah federal atas pembekuan dana riset.", "harvard-university", "", false, false},
	{"id2 fifa sanksi", "FIFA menjatuhkan sanksi kepada federasi sepak bola Israel.", "fifa ISR", "", false, false},
	{"id2 presiden fifa undian", "Presiden FIFA Gianni Infantino menghadiri undian Piala Dunia di Washington.", "gianni-infantino fifa", "", false, false},
	{"id2 uefa liga champions", "UEFA memindahkan final Liga Champions dari St. Petersburg.", "uefa", "", false, false},
	{"id2 henrik diplomat", "Henrik Larsen, diplomat Denmark, diangkat menjadi utusan khusus PBB untuk Suriah.", "henrik-larsen DNK united-nations SYR", "", false, false},
	{"id2 ngozi asal nigeria", "Ngozi Adeyemi, ekonom asal Nigeria, memimpin tim negosiasi itu.", "ngozi-adeyemi NGA", "", false, false},
	{"id2 emre analis", "Menurut Emre Yilmaz, analis di Istanbul, lira akan terus melemah.", "emre-yilmaz", "", false, false},
}

// TestEncyclopedicGrid checks encyclopedicGridRows (Indonesian) and the
// English rows of encyclopedicEnglishRows: the persons, bodies and states
// each row must give and the ids it must not. Before the rules and data of
// this pass: 119 of 132 Indonesian rows pass and 83 of 97 English rows
// (202 of 229), 27 known failures. The two Myanmar rows first wanted MMR
// beside "militer Myanmar"/"Myanmar's armed forces", against the rule
// above (a state inside a body's name is no actor of its own); they were
// mended to want the body. After this pass: 127 of 132 and 97 of 97 (224
// of 229), 5 known failures, each with its reason. A second batch of 19
// rows (8 Indonesian, 11 English), written after the rules of this pass to
// guard what they must leave alone (a school that acts, a body outside a
// competition's name, a capital's possessive before another office, the
// Russian LDP): 18 passed as first annotated; the London School of
// Economics was added to the gazetteer for the last. 243 of 248; with
// "musik", "film", "lagu" among the words that make a state after them
// no actor (not_actor_after), 244 of 248, 4 known failures; with a
// capital after a venue and a comma read as the city (venueThenCity),
// 245 of 248.
func TestEncyclopedicGrid(t *testing.T) {
	runNameGrid(t, encyclopedicGridRows, 140)
	runWireGrid(t, extractor(t), encyclopedicEnglishRows, "2025-06-01")
}

// encyclopedicEnglishRows are the English rows of the encyclopedic grid,
// written and annotated the same way (a want is "id", "id/kind" or
// "id/kind/country" as in TestEnglishWireGrid; English rows are not
// annotated completely, so absent lists what a trap must not give).
var encyclopedicEnglishRows = []wireGridRow{
	// Persons: who they are, offices held, parties.
	{"en starmer lawyer", "Keir Starmer is a British lawyer and politician who has served as Prime Minister of the United Kingdom since July 2024.", []string{"keir-starmer/person", "GBR"}, nil, false, false},
	{"en journalist founded", "Sarah Whitfield is a British journalist who founded the investigative website Ledger Point.", []string{"sarah-whitfield/person", "GBR"}, nil, false, false},
	{"en born in lagos", "Born in Lagos, Chidi Okafor studied at the University of Oxford before joining the World Bank.", []string{"chidi-okafor/person", "world-bank"}, []string{"NGA"}, false, false},
	{"en founded by geneva", "The organization was founded in 1998 by Henrik Solberg and is headquartered in Geneva.", []string{"henrik-solberg/person"}, []string{"CHE"}, false, false},
	{"en afd far right", "Alternative for Germany (AfD) is a far-right political party in Germany.", []string{"afd/organization", "DEU"}, nil, false, false},
	{"en subsidiary", "The company is a subsidiary of Alphabet Inc.", []string{"alphabet"}, nil, false, false},
	{"en borders", "The country borders Thailand to the west and Vietnam to the east.", []string{"THA", "VNM"}, nil, false, false},
	{"en pronoun cabinet", "She served as foreign minister in the cabinet of Joko Widodo.", []string{"joko-widodo/person"}, nil, false, false},
	{"en former italian pm", "Former Italian Prime Minister Mario Draghi previously headed the European Central Bank.", []string{"mario-draghi/person", "ITA", "ecb"}, nil, false, false},
	{"en modi since", "Narendra Modi is an Indian politician who has served as Prime Minister of India since 2014.", []string{"narendra-modi/person", "IND"}, nil, false, false},
	{"en pronoun bjp", "He is a member of the Bharatiya Janata Party (BJP) and a former chief minister of Gujarat.", []string{"bjp/organization"}, nil, false, false},
	{"en okonjo-iweala wto", "Ngozi Okonjo-Iweala is a Nigerian economist who became Director-General of the World Trade Organization in 2021.", []string{"ngozi-okonjo-iweala/person", "NGA", "wto"}, nil, false, false},
	{"en anwar born", "Anwar Ibrahim (born 1947) is a Malaysian politician who has served as the 10th Prime Minister of Malaysia since 2022.", []string{"anwar-ibrahim/person", "MYS"}, nil, false, false},
	{"en greenpeace vancouver", "Greenpeace is a non-governmental environmental organization founded in Vancouver, Canada, in 1971.", []string{"greenpeace/organization", "CAN"}, nil, false, false},
	{"en amnesty london-based", "Amnesty International is a London-based human rights organization founded in 1961.", []string{"amnesty-international/organization"}, []string{"GBR"}, false, false},
	{"en msf also known as", "Médecins Sans Frontières, also known as Doctors Without Borders, is a humanitarian medical charity founded in France in 1971.", []string{"msf/organization", "FRA"}, nil, false, false},
	{"en tedros former fm", "Tedros Adhanom Ghebreyesus is an Ethiopian public health researcher and a former foreign minister of Ethiopia.", []string{"tedros-adhanom-ghebreyesus/person", "ETH"}, nil, false, false},
	{"en musk founded", "Elon Musk is a businessman who founded SpaceX and leads Tesla.", []string{"elon-musk/person", "spacex", "tesla"}, nil, false, false},
	{"en huang co-founded", "Jensen Huang is an engineer who co-founded Nvidia in 1993.", []string{"jensen-huang/person", "nvidia"}, nil, false, false},
	{"en lisa su amd", "Lisa Su is the chief executive of Advanced Micro Devices.", []string{"lisa-su/person", "advanced-micro-devices/organization"}, nil, false, false},
	{"en altman openai", "Sam Altman is an American entrepreneur and the chief executive of OpenAI.", []string{"sam-altman/person", "USA", "openai"}, nil, false, false},
	{"en nadella hyderabad", "Satya Nadella was born in Hyderabad and joined Microsoft in 1992.", []string{"satya-nadella/person", "microsoft"}, []string{"IND", "PAK"}, false, false},
	{"en pichai iit", "Sundar Pichai, a graduate of the Indian Institute of Technology Kharagpur, is chief executive of Alphabet and Google.", []string{"sundar-pichai/person", "alphabet", "google"}, []string{"IND"}, false, false},
	{"en jack ma", "Jack Ma is a Chinese businessman who co-founded the e-commerce giant Alibaba Group.", []string{"jack-ma/person", "CHN", "alibaba"}, nil, false, false},
	{"en son softbank", "Masayoshi Son is the founder of SoftBank Group, a Japanese investment conglomerate.", []string{"masayoshi-son/person", "softbank", "JPN"}, nil, false, false},
	{"en buffett berkshire", "Warren Buffett is an American investor and the chairman of Berkshire Hathaway.", []string{"warren-buffett/person", "USA", "berkshire-hathaway-inc/organization"}, nil, false, false},
	{"en arnault lvmh", "Bernard Arnault is the chairman and chief executive of LVMH, the French luxury group.", []string{"bernard-arnault/person", "lvmh", "FRA"}, nil, false, false},
	{"en ambani reliance", "Mukesh Ambani is the chairman of Reliance Industries, India's most valuable company.", []string{"mukesh-ambani/person", "reliance-industries", "IND"}, nil, false, false},
	{"en malala", "Malala Yousafzai is a Pakistani education activist and the youngest Nobel Peace Prize laureate.", []string{"malala-yousafzai/person", "PAK"}, nil, false, false},
	{"en thunberg", "Greta Thunberg is a Swedish climate activist who began a school strike in 2018.", []string{"greta-thunberg/person", "SWE"}, nil, false, false},
	{"en navalny died", "Alexei Navalny was a Russian opposition leader who died in an Arctic prison in February 2024.", []string{"alexei-navalny/person", "RUS"}, nil, false, false},
	{"en jimmy lai apple daily", "Jimmy Lai is a Hong Kong media tycoon and the founder of the Apple Daily newspaper.", []string{"jimmy-lai/person", "HKG"}, []string{"apple-inc"}, false, false},
	{"en yoon prosecutor general", "Yoon Suk Yeol is a former prosecutor general who was impeached after declaring martial law in December 2024.", []string{"yoon-suk-yeol/person"}, nil, false, false},
	{"en lee jae-myung dpk", "Lee Jae-myung is a South Korean politician of the Democratic Party of Korea who became president in June 2025.", []string{"lee-jae-myung/person", "KOR", "democratic-party-of-korea"}, []string{"us-democratic-party"}, false, false},
	{"en ishiba ldp", "Shigeru Ishiba is a member of the Liberal Democratic Party who served as Prime Minister of Japan from 2024 to 2025.", []string{"shigeru-ishiba/person", "jpn-ldp", "JPN"}, nil, false, false},
	{"en wong succeeded lee", "Lawrence Wong succeeded Lee Hsien Loong as Prime Minister of Singapore in May 2024.", []string{"lawrence-wong/person", "lee-hsien-loong/person", "SGP"}, nil, false, false},
	{"en paetongtarn daughter", "Paetongtarn Shinawatra is the youngest daughter of former Thai Prime Minister Thaksin Shinawatra.", []string{"paetongtarn-shinawatra/person", "thaksin-shinawatra/person", "THA"}, nil, false, false},
	{"en hun manet west point", "Hun Manet, a graduate of the United States Military Academy at West Point, succeeded his father Hun Sen as prime minister of Cambodia in 2023.", []string{"hun-manet/person", "hun-sen/person", "KHM"}, []string{"USA"}, false, false},
	{"en min aung hlaing", "Min Aung Hlaing is the commander-in-chief of Myanmar's armed forces who led the February 2021 coup.", []string{"min-aung-hlaing/person", "mmr-armed-forces"}, []string{"MMR"}, false, false},
	{"en suu kyi nld", "Aung San Suu Kyi is a Nobel Peace Prize laureate who led the National League for Democracy.", []string{"aung-san-suu-kyi/person", "nld-myanmar"}, nil, false, false},
	{"en hasina daughter", "Sheikh Hasina, the daughter of Bangladesh's founding leader Sheikh Mujibur Rahman, led the Awami League for more than four decades.", []string{"sheikh-hasina/person", "sheikh-mujibur-rahman/person", "BGD", "awami-league"}, nil, false, false},
	{"en yunus grameen", "Muhammad Yunus is a Bangladeshi economist who won the Nobel Peace Prize in 2006 and founded Grameen Bank.", []string{"muhammad-yunus/person", "BGD"}, nil, false, false},
	{"en imran pti", "Imran Khan is a former cricketer who founded Pakistan Tehreek-e-Insaf in 1996.", []string{"imran-khan/person", "pakistan-tehreek-e-insaf"}, []string{"PAK"}, false, false},
	{"en lula three terms", "Luiz Inácio Lula da Silva is a former union leader who has served three terms as President of Brazil.", []string{"luiz-inacio-lula-da-silva/person", "BRA"}, nil, false, false},
	{"en milei elected", "Javier Milei is a libertarian economist who was elected President of Argentina in 2023.", []string{"javier-milei/person", "ARG"}, nil, false, false},
	{"en sheinbaum mexico city", "Claudia Sheinbaum, a former head of government of Mexico City, became Mexico's first female president.", []string{"claudia-sheinbaum/person", "MEX"}, nil, false, false},
	{"en ramaphosa anc", "Cyril Ramaphosa is a member of the African National Congress and has been President of South Africa since 2018.", []string{"cyril-ramaphosa/person", "anc", "ZAF"}, nil, false, false},
	{"en tinubu lagos state", "Bola Tinubu, a former governor of Lagos State, was sworn in as President of Nigeria in May 2023.", []string{"bola-tinubu/person", "NGA"}, nil, false, false},
	{"en ruto deputy", "William Ruto served as deputy president under Uhuru Kenyatta before winning the 2022 election.", []string{"william-ruto/person", "uhuru-kenyatta/person"}, nil, false, false},
	{"en abiy nobel", "Abiy Ahmed is the Prime Minister of Ethiopia and the winner of the 2019 Nobel Peace Prize.", []string{"abiy-ahmed/person", "ETH"}, nil, false, false},
	{"en erdogan akp", "Recep Tayyip Erdogan is a co-founder of the Justice and Development Party (AKP) and a former mayor of Istanbul.", []string{"recep-tayyip-erdogan/person", "akp"}, nil, false, false},
	{"en rutte nato", "Mark Rutte, the former Prime Minister of the Netherlands, became Secretary General of NATO in October 2024.", []string{"mark-rutte/person", "NLD", "nato"}, nil, false, false},
	{"en kallas high rep", "Kaja Kallas is an Estonian politician who serves as the European Union's High Representative for Foreign Affairs.", []string{"kaja-kallas/person", "EST", "european-union"}, nil, false, false},
	{"en lagarde imf ecb", "Christine Lagarde is a French lawyer who led the IMF before moving to the European Central Bank.", []string{"christine-lagarde/person", "FRA", "imf", "ecb"}, nil, false, false},
	{"en farage reform", "Nigel Farage is the leader of Reform UK and the member of Parliament for Clacton.", []string{"nigel-farage/person", "reform-uk"}, []string{"GBR"}, false, false},
	{"en merz cdu", "Friedrich Merz is a Christian Democratic Union politician who became Chancellor of Germany in May 2025.", []string{"friedrich-merz/person", "christian-democratic-union", "DEU"}, nil, false, false},
	{"en weidel afd", "Alice Weidel has been co-leader of the Alternative for Germany since 2022.", []string{"alice-weidel/person", "afd"}, []string{"DEU"}, false, false},
	{"en le pen rn", "Marine Le Pen is the former leader of the National Rally, a far-right party in France.", []string{"marine-le-pen/person", "rassemblement-national", "FRA"}, nil, false, false},
	{"en meloni brothers", "Giorgia Meloni is an Italian politician who has led Brothers of Italy since 2014.", []string{"giorgia-meloni/person", "ITA", "brothers-of-italy"}, nil, false, false},
	{"en orban fidesz", "Viktor Orbán has been Prime Minister of Hungary since 2010 and leads the Fidesz party.", []string{"viktor-orban/person", "HUN", "fidesz"}, nil, false, false},
	{"en hamas gaza strip", "Hamas is a Palestinian Islamist group that has controlled the Gaza Strip since 2007.", []string{"hamas", "PSE"}, nil, false, false},
	{"en hezbollah lebanon", "Hezbollah was founded in Lebanon in the early 1980s with Iranian backing.", []string{"hezbollah", "LBN", "IRN"}, nil, false, false},
	{"en pezeshkian surgeon", "Masoud Pezeshkian is a heart surgeon who was elected President of Iran in July 2024.", []string{"masoud-pezeshkian/person", "IRN"}, nil, false, false},
	{"en aramco state-owned", "Saudi Aramco is Saudi Arabia's state-owned oil company and one of the largest companies in the world.", []string{"saudi-aramco", "SAU"}, nil, false, false},
	{"en huawei ren", "Huawei is a Chinese technology company founded by Ren Zhengfei in 1987.", []string{"huawei", "CHN", "ren-zhengfei/person"}, nil, false, false},
	{"en bytedance beijing", "ByteDance, the parent company of TikTok, is headquartered in Beijing.", []string{"bytedance", "tiktok"}, []string{"CHN"}, false, false},
	{"en tsmc name", "Taiwan Semiconductor Manufacturing Company is the world's largest contract chipmaker.", []string{"tsmc"}, []string{"TWN"}, false, false},
	{"en prabowo eighth", "Prabowo Subianto is a retired army general who has served as the eighth President of Indonesia since October 2024.", []string{"prabowo-subianto/person", "IDN"}, nil, false, false},
	{"en sri mulyani world bank", "Sri Mulyani Indrawati is an Indonesian economist who previously served as managing director of the World Bank.", []string{"sri-mulyani/person", "IDN", "world-bank"}, nil, false, false},
	{"en nu largest", "Nahdlatul Ulama is the largest Islamic organization in Indonesia, founded in 1926.", []string{"nahdlatul-ulama", "IDN"}, nil, false, false},
	{"en pertamina jakarta", "Pertamina is an Indonesian state-owned oil and gas company headquartered in Jakarta.", []string{"pertamina", "IDN"}, nil, false, false},
	{"en who agency", "The World Health Organization is a specialized agency of the United Nations responsible for international public health.", []string{"who", "united-nations"}, nil, false, false},
	{"en timor-leste asean", "Timor-Leste became the 11th member of ASEAN in 2025.", []string{"TLS", "asean"}, nil, false, false},
	{"en switzerland schengen", "Switzerland is not a member of the European Union but belongs to the Schengen Area.", []string{"CHE", "european-union"}, nil, false, false},
	{"en netanyahu likud", "Benjamin Netanyahu has led the Likud party since 2005.", []string{"benjamin-netanyahu/person", "likud"}, nil, false, false},
	{"en abbas pa fatah", "Mahmoud Abbas is the president of the Palestinian Authority and the leader of Fatah.", []string{"mahmoud-abbas/person", "pse-authority", "fatah"}, nil, false, false},
	{"en von der leyen physician", "Ursula von der Leyen is a German physician and politician who previously served as defense minister.", []string{"ursula-von-der-leyen/person", "DEU"}, nil, false, false},
	{"en sadiq khan mayor", "Sadiq Khan, the son of a Pakistani bus driver, became London's first Muslim mayor in 2016.", []string{"sadiq-khan/person", "PAK"}, []string{"GBR"}, false, false},
	{"en blair institute", "Tony Blair, the former British prime minister, founded the Tony Blair Institute for Global Change in 2016.", []string{"tony-blair/person", "GBR"}, nil, false, false},
	{"en zelensky comedian", "Volodymyr Zelensky is a former comedian who was elected President of Ukraine in 2019.", []string{"volodymyr-zelenskyy/person", "UKR"}, nil, false, false},
	{"en utzon danish architect", "The Sydney Opera House was designed by the Danish architect Jørn Utzon.", []string{"jorn-utzon/person", "DNK"}, nil, false, false},
	{"en bezos washington post", "The Washington Post was bought by Jeff Bezos in 2013 for $250 million.", []string{"jeff-bezos/person", "washington-post"}, []string{"USA"}, false, false},
	{"en adesanya given name", "Israel Adesanya is a New Zealand mixed martial artist who was born in Lagos.", []string{"israel-adesanya/person", "NZL"}, []string{"ISR", "NGA"}, false, false},
	{"en wfp nobel", "The Nobel Peace Prize was awarded to the World Food Programme in 2020.", []string{"world-food-programme"}, nil, false, false},
	{"en qatar world cup", "The 2022 FIFA World Cup was held in Qatar.", []string{"QAT"}, []string{"fifa"}, false, false},
	// No actor: pronoun subjects, places, works, awards, ages, years.
	// A school where a person studied is an organization, as the dev sets annotate it.
	{"en none born studied", "She was born in Manchester in 1972 and studied law at the University of Edinburgh.", []string{"university-of-edinburgh/organization"}, nil, false, false},
	{"en none married", "He is married and has three children.", nil, nil, true, false},
	{"en none novel title", "The novel “Burmese Days” was first published in 1934.", nil, []string{"MMR"}, true, false},
	{"en none film title", "The film “Lost in Beijing” was released in 2007.", nil, []string{"CHN"}, true, false},
	{"en none age rector", "At the age of 45, he became the youngest rector in the university's history.", nil, nil, true, false},
	{"en none membership", "Membership of the organization has grown to 1.2 million since 2019.", nil, nil, true, false},
	{"en none doctorate", "He received a doctorate in political science in 2008.", nil, nil, true, false},
	{"en none magsaysay", "The Ramon Magsaysay Award is often described as Asia's Nobel Prize.", nil, []string{"ramon-magsaysay"}, true, false},
	{"en none danube", "The city lies on the banks of the Danube and is known for its thermal baths.", nil, nil, true, false},
	{"en none independence day", "Independence Day is celebrated on August 17.", nil, nil, true, false},
	{"en none board", "She served as a member of the board of trustees from 2015 to 2021.", nil, nil, true, false},
	{"en none herald", "The New Zealand Herald is a daily newspaper published in Auckland.", nil, []string{"NZL"}, false, false},
	// Second batch, written after the first improvements (annotated before
	// they ran).
	{"en2 study from university", "A study from the University of Michigan found that the drug reduced deaths.", []string{"university-of-michigan/organization"}, nil, false, false},
	{"en2 harvard sued", "Harvard University sued the administration over research funding.", []string{"harvard-university/organization"}, nil, false, false},
	{"en2 teaches at lse", "He teaches economics at the London School of Economics.", []string{"london-school-of-economics/organization"}, []string{"GBR"}, false, false},
	{"en2 fifa suspended", "FIFA suspended Russia from all competitions in 2022.", []string{"fifa/organization", "RUS"}, nil, false, false},
	{"en2 uefa champions league", "UEFA moved the Champions League final from St Petersburg to Paris.", []string{"uefa/organization"}, nil, false, false},
	{"en2 tokyo's governor", "Tokyo's governor Yuriko Koike won a third term.", []string{"yuriko-koike/person"}, []string{"JPN"}, false, false},
	{"en2 beijing's ambassador", "Beijing's ambassador to Canberra was summoned.", []string{"CHN"}, nil, false, false},
	{"en2 kishida ldp", "Fumio Kishida led the Liberal Democratic Party until 2024.", []string{"fumio-kishida/person", "jpn-ldp"}, nil, false, false},
	{"en2 ldpr", "Vladimir Zhirinovsky founded the Liberal Democratic Party of Russia.", []string{"ldpr"}, []string{"jpn-ldp"}, false, false},
	{"en2 henrik norwegian", "Henrik Solberg, a Norwegian diplomat, was appointed UN envoy to Yemen.", []string{"henrik-solberg/person", "NOR", "united-nations", "YEM"}, nil, false, false},
	{"en2 chidi lagos-based", "Chidi Nwosu, a Lagos-based lawyer, filed the suit.", []string{"chidi-nwosu/person"}, []string{"NGA"}, false, false},
}
