package extract

import (
	"context"
	"slices"
	"testing"
)

// historyGridRows are Indonesian sentences written for the test (made up in
// the style in which news and Wikipedia-derived text translated into
// Indonesian mention the past; never copied from a data set): former
// states, empires, kingdoms and colonies, leaders of the past with their
// dates, wars, treaties and conferences, and colonial companies.
//
// Ids (decided before the extractor ran on the rows) follow the
// gazetteer's policy for states that no longer exist:
//   - a state dissolved after ISO 3166 began (1974) keeps its ISO 3166-3
//     code and is a state actor: Uni Soviet SUN, Yugoslavia YUG,
//     Cekoslowakia CSK, Jerman Timur DDR;
//   - a state that only changed its name is today's state: Jerman Barat
//     and Kekaisaran Jerman/Jepang DEU/JPN (legal continuity), Burma MMR,
//     Persia IRN, Zaire COD, Ceylon LKA, Dahomey BEN, Volta Hulu BFA,
//     Malaya MYS, and Vietnam Utara VNM (the Democratic Republic renamed
//     itself in 1976; first annotated VDR, ISO 3166-3's code, and changed
//     before any rule was written, since "Vietnam Utara" is also the north
//     of today's Vietnam);
//   - an empire, kingdom, dynasty, colony or union that is no state of
//     today and has no code of its own is a place of history, no actor,
//     and never today's state whose name it holds: Kekaisaran Romawi,
//     Kesultanan Utsmaniyah/Turki Utsmani (not TUR), Prusia (not DEU),
//     Hindia Belanda (not NLD, not IDN), Dinasti Qing/Ming (not CHN),
//     Kesultanan Mataram, Majapahit, Sriwijaya, Rhodesia (not ZWE),
//     Vietnam Selatan (not VNM: ISO 3166's VN of 1974 passed to the
//     unified state, so it has no code of its own), Republik Arab Bersatu.
//
// A leader of the past is the person the gazetteer holds (or the slug of
// the name as written) and never the holder of the office on the
// article's date (2024-06-01): "Presiden Soekarno" is no Prabowo, a title
// without a name in a sentence about 1945 is nobody. Wars, treaties,
// pacts named after persons and conferences are no actors; the VOC
// (Kompeni) and the East India Company are organizations, and a state in
// their names is no actor. A state named as a place is an actor (as in
// TestEncyclopedicGrid); its capital as a place is the city.
//
// known marks a known failure with its reason: the test fails when it
// starts passing.
var historyGridRows = []nameGridRow{
	// Former states with ISO 3166-3 codes.
	{"uni soviet bubar", "Uni Soviet bubar pada Desember 1991 setelah Mikhail Gorbachev mengundurkan diri.", "SUN mikhail-gorbachev", "RUS", false, false},
	{"uni soviet sputnik", "Uni Soviet meluncurkan satelit Sputnik pada 1957, memicu perlombaan antariksa dengan Amerika Serikat.", "SUN USA", "RUS", false, false},
	{"jerman timur tembok", "Tembok Berlin dibangun oleh pemerintah Jerman Timur pada 1961 untuk membendung arus pengungsi ke Barat.", "DDR", "DEU", false, false},
	{"jerman barat nato", "Jerman Barat bergabung dengan NATO pada 1955, sepuluh tahun setelah Perang Dunia II berakhir.", "DEU nato", "", false, false},
	{"reunifikasi jerman", "Jerman Timur dan Jerman Barat bersatu kembali pada 3 Oktober 1990.", "DDR DEU", "", false, false},
	{"yugoslavia pecah", "Yugoslavia pecah pada awal 1990-an dan melahirkan Slovenia, Kroasia, serta Bosnia dan Herzegovina.", "YUG SVN HRV BIH", "SRB", false, false},
	{"cekoslowakia berpisah", "Cekoslowakia berpisah secara damai menjadi Republik Ceko dan Slovakia pada 1 Januari 1993.", "CSK CZE SVK", "", false, false},
	{"vietnam selatan jatuh", "Saigon, ibu kota Vietnam Selatan, jatuh ke tangan pasukan Vietnam Utara pada April 1975.", "VNM", "", false, false},
	{"vietnam selatan dibantu as", "Amerika Serikat mengirim ratusan ribu tentara untuk membantu pemerintah Vietnam Selatan.", "USA", "VNM", false, false},
	{"ussr afganistan", "Pada 1979, pasukan USSR menyerbu Afganistan untuk menopang pemerintahan komunis di Kabul.", "SUN AFG", "RUS", false, false},
	// known: "Tentara X" is the state's armed forces by the body rule (sun-armed-forces, as rus-armed-forces for "Tentara Rusia"); annotated SUN before the run
	{"tentara soviet auschwitz", "Tentara Soviet membebaskan kamp Auschwitz pada Januari 1945.", "SUN", "RUS POL", false, true},
	{"pasukan soviet mundur", "Pasukan Soviet terakhir meninggalkan Afganistan pada Februari 1989.", "SUN AFG", "RUS", false, false},
	{"blokade berlin", "Uni Soviet memblokade Berlin Barat pada 1948, dan Amerika Serikat membalas dengan jembatan udara.", "SUN USA", "DEU", false, false},
	{"krisis rudal kuba", "Krisis rudal Kuba pada Oktober 1962 membawa Amerika Serikat dan Uni Soviet ke ambang perang nuklir.", "CUB USA SUN", "RUS", false, false},
	{"persaingan perang dingin", "Persaingan antara Amerika Serikat dan Uni Soviet mendominasi politik dunia selama Perang Dingin.", "USA SUN", "RUS", false, false},
	// known: "Pakta Warsawa" is the treaty in TestNoActorGrid, so the Indonesian name is left out of the organization's
	{"pakta warsawa", "Pakta Warsawa dibubarkan pada Juli 1991, beberapa bulan sebelum Uni Soviet runtuh.", "warsaw-treaty-organization SUN", "POL", false, true},
	{"gnb beograd yugoslavia", "Konferensi Tingkat Tinggi pertama Gerakan Non-Blok digelar di Beograd, Yugoslavia, pada 1961.", "non-aligned-movement YUG", "SRB", false, false},
	{"molotov-ribbentrop", "Pakta Molotov-Ribbentrop yang ditandatangani pada Agustus 1939 membagi Eropa Timur antara Jerman dan Uni Soviet.", "DEU SUN", "", false, false},

	// States that changed their names: today's state.
	{"zaire mobutu", "Mobutu Sese Seko mengganti nama negara itu menjadi Zaire pada 1971.", "mobutu-sese-seko COD", "", false, false},
	{"zaire kembali kongo", "Zaire kembali bernama Republik Demokratik Kongo pada 1997 setelah rezim lama digulingkan.", "COD", "", false, false},
	{"burma myanmar", "Junta militer mengganti nama Burma menjadi Myanmar pada 1989.", "MMR", "", false, false},
	{"ceylon sri lanka", "Ceylon memperoleh kemerdekaan dari Inggris pada 1948 dan berganti nama menjadi Sri Lanka pada 1972.", "LKA GBR", "", false, false},
	{"persia iran", "Persia resmi berganti nama menjadi Iran pada 1935.", "IRN", "", false, false},
	{"dahomey benin", "Dahomey berganti nama menjadi Benin pada 1975.", "BEN", "", false, false},
	{"volta hulu sankara", "Thomas Sankara mengganti nama Volta Hulu menjadi Burkina Faso pada 1984.", "thomas-sankara BFA", "", false, false},
	{"malaya tunku", "Tunku Abdul Rahman memproklamasikan kemerdekaan Malaya pada 31 Agustus 1957.", "tunku-abdul-rahman-putra-alhaj MYS", "", false, false},
	{"kekaisaran jepang hindia belanda", "Kekaisaran Jepang menduduki Hindia Belanda dari 1942 hingga 1945.", "JPN", "NLD IDN", false, false},
	{"bismarck kekaisaran jerman", "Otto von Bismarck menjabat sebagai perdana menteri Prusia sebelum menjadi kanselir pertama Kekaisaran Jerman.", "otto-von-bismarck DEU", "olaf-scholz", false, false},

	// Empires, kingdoms, colonies and unions of the past: places, not today's state.
	{"rab mesir suriah", "Mesir dan Suriah bergabung membentuk Republik Arab Bersatu pada 1958, tetapi Suriah memisahkan diri tiga tahun kemudian.", "EGY SYR", "ARE", false, false},
	{"nasser presiden rab", "Gamal Abdel Nasser menjadi presiden Republik Arab Bersatu sejak 1958.", "gamal-abdel-nasser", "ARE abdel-fattah-el-sisi", false, false},
	{"rhodesia ian smith", "Ian Smith memproklamasikan kemerdekaan Rhodesia secara sepihak pada November 1965.", "ian-smith", "ZWE", false, false},
	{"prusia kalahkan prancis", "Prusia mengalahkan Prancis dalam perang 1870-1871.", "FRA", "DEU", false, false},
	{"utsmaniyah runtuh", "Kesultanan Utsmaniyah runtuh setelah Perang Dunia I dan digantikan oleh Republik Turki pada 1923.", "TUR", "", false, false},
	{"turki utsmani konstantinopel", "Pasukan Turki Utsmani merebut Konstantinopel pada 1453.", "", "TUR", false, false},
	{"kekaisaran romawi", "Kekaisaran Romawi pernah menguasai hampir seluruh wilayah di sekitar Laut Tengah.", "", "ITA", false, false},
	{"hindia belanda voc", "VOC menguasai perdagangan rempah-rempah di Nusantara sebelum wilayah itu menjadi Hindia Belanda.", "voc", "NLD IDN", false, false},
	{"hindia belanda batavia", "Batavia menjadi pusat pemerintahan kolonial Hindia Belanda selama lebih dari tiga abad.", "", "NLD IDN", false, false},
	{"dinasti qing runtuh", "Dinasti Qing runtuh pada 1912 setelah revolusi yang dipimpin kaum nasionalis.", "", "CHN", false, false},
	{"dinasti ming cheng ho", "Laksamana Cheng Ho dari Dinasti Ming beberapa kali singgah di Semarang pada awal abad ke-15.", "cheng-ho", "CHN", false, false},
	// known: "Mahapatih" is no title the pack knows, and Gajah Mada is a street's and a university's name too (no gazetteer entry)
	{"majapahit gajah mada", "Di bawah Mahapatih Gajah Mada, Kerajaan Majapahit memperluas pengaruhnya ke seluruh Nusantara pada abad ke-14.", "gajah-mada", "", false, true},
	// known: a name after "masa pemerintahan" with no title; Hayam Wuruk is a Jakarta street's name too (no gazetteer entry)
	{"majapahit hayam wuruk", "Majapahit mencapai puncak kejayaan pada masa pemerintahan Hayam Wuruk pada abad ke-14.", "hayam-wuruk", "", false, true},
	{"mataram serang batavia", "Kesultanan Mataram menyerang benteng VOC di Batavia pada 1628.", "voc", "NLD", false, false},
	{"giyanti bagi mataram", "Perjanjian Giyanti tahun 1755 membagi Kesultanan Mataram menjadi Kasunanan Surakarta dan Kesultanan Yogyakarta.", "", "", false, false},
	{"sriwijaya palembang", "Kerajaan Sriwijaya berpusat di Palembang dan menguasai Selat Malaka pada abad ke-7.", "", "MYS", false, false},
	{"mughal taj mahal", "Kaisar Shah Jahan dari Kekaisaran Mughal membangun Taj Mahal di Agra pada abad ke-17.", "shah-jahan", "IND", false, false},
	{"austria-hungaria serbia", "Pembunuhan Archduke Franz Ferdinand di Sarajevo pada 1914 mendorong Austria-Hungaria menyatakan perang terhadap Serbia.", "franz-ferdinand SRB", "AUT HUN", false, false},

	// Leaders of the past, with their dates: persons, not today's office holders.
	{"soekarno hatta proklamasi", "Soekarno dan Mohammad Hatta memproklamasikan kemerdekaan Indonesia pada 17 Agustus 1945.", "sukarno mohammad-hatta IDN", "prabowo-subianto", false, false},
	{"presiden soekarno kaa", "Presiden Soekarno membuka Konferensi Asia Afrika di Bandung pada April 1955.", "sukarno", "prabowo-subianto", false, false},
	{"bung karno nasakom", "Bung Karno memperkenalkan konsep Nasakom pada awal 1960-an.", "sukarno", "", false, false},
	{"presiden pertama ri diasingkan", "Presiden pertama RI Soekarno diasingkan ke Bengkulu oleh pemerintah kolonial Belanda pada 1938.", "sukarno IDN NLD", "prabowo-subianto", false, false},
	{"soeharto 32 tahun", "Soeharto berkuasa selama 32 tahun sebelum mundur pada Mei 1998 di tengah krisis moneter.", "suharto", "prabowo-subianto", false, false},
	{"presiden soeharto imf", "Presiden Soeharto menandatangani surat pernyataan niat dengan IMF pada Januari 1998.", "suharto imf", "prabowo-subianto", false, false},
	{"pak harto kb", "Pada masa Pak Harto, pemerintah menggencarkan program Keluarga Berencana.", "suharto", "", false, false},
	// Timor Timur, today's Timor-Leste, was left unannotated here and annotated TLS in the second batch; made TLS here too (a state named as a place), with the alias that gives it
	{"habibie timor timur", "Presiden BJ Habibie mengizinkan referendum di Timor Timur pada 1999.", "b-j-habibie TLS", "prabowo-subianto", false, false},
	{"gus dur mpr", "Abdurrahman Wahid dilengserkan oleh MPR pada Juli 2001.", "abdurrahman-wahid idn-mpr", "prabowo-subianto", false, false},
	{"stalin memimpin", "Joseph Stalin memimpin Uni Soviet sejak pertengahan 1920-an hingga wafat pada 1953.", "joseph-stalin SUN", "vladimir-putin RUS", false, false},
	{"stalin alone deportasi", "Stalin memerintahkan deportasi massal bangsa Chechnya pada 1944.", "joseph-stalin", "RUS", false, false},
	{"hitler kanselir", "Adolf Hitler diangkat menjadi kanselir Jerman pada Januari 1933.", "adolf-hitler DEU", "olaf-scholz", false, false},
	{"hitler alone polandia", "Hitler memerintahkan pasukannya menyerbu Polandia pada 1 September 1939.", "adolf-hitler POL", "", false, false},
	{"churchill 1940", "Perdana Menteri Inggris Winston Churchill menolak berunding dengan Jerman pada 1940.", "winston-churchill GBR DEU", "keir-starmer rishi-sunak", false, false},
	{"mao rrt", "Mao Zedong memproklamasikan berdirinya Republik Rakyat Tiongkok di Beijing pada 1 Oktober 1949.", "mao-zedong CHN", "xi-jinping", false, false},
	{"ketua mao", "Ketua Mao meluncurkan Revolusi Kebudayaan pada 1966.", "mao-zedong", "xi-jinping", false, false},
	{"nehru gnb", "Jawaharlal Nehru, perdana menteri pertama India, menjadi salah satu pendiri Gerakan Non-Blok.", "jawaharlal-nehru IND non-aligned-movement", "narendra-modi", false, false},
	{"nasser suez", "Presiden Mesir Gamal Abdel Nasser menasionalisasi Terusan Suez pada Juli 1956.", "gamal-abdel-nasser EGY", "abdel-fattah-el-sisi", false, false},
	{"tito yugoslavia", "Josip Broz Tito memimpin Yugoslavia dari 1945 hingga wafat pada 1980.", "josip-broz-tito YUG", "SRB", false, false},
	{"de gaulle london", "Charles de Gaulle memimpin Prancis Merdeka dari London selama Perang Dunia II.", "charles-de-gaulle FRA", "emmanuel-macron GBR", false, false},
	// known: no entry: "Ho Chi Minh" alone is the city in Indonesian news
	{"ho chi minh hanoi", "Ho Chi Minh membacakan deklarasi kemerdekaan Vietnam di Hanoi pada 2 September 1945.", "ho-chi-minh VNM", "", false, true},
	{"napoleon kaisar", "Napoleon Bonaparte dinobatkan sebagai kaisar Prancis pada 1804.", "napoleon-bonaparte FRA", "emmanuel-macron", false, false},
	{"ratu victoria", "Ratu Victoria memerintah Britania Raya selama lebih dari 63 tahun pada abad ke-19.", "queen-victoria GBR", "charles-iii", false, false},
	{"kaisar hirohito", "Kaisar Hirohito mengumumkan penyerahan Jepang melalui siaran radio pada 15 Agustus 1945.", "hirohito JPN", "naruhito fumio-kishida", false, false},
	{"gorbachev glasnost", "Mikhail Gorbachev memperkenalkan kebijakan glasnost dan perestroika di Uni Soviet pada pertengahan 1980-an.", "mikhail-gorbachev SUN", "RUS", false, false},
	{"lenin revolusi", "Vladimir Lenin memimpin Revolusi Oktober 1917 di Rusia.", "vladimir-lenin RUS", "vladimir-putin", false, false},
	{"sadat begin camp david", "Anwar Sadat dan Menachem Begin menandatangani Persetujuan Camp David pada 1978.", "anwar-as-sadat menachem-begin", "", false, false},
	{"lee kuan yew 1965", "Lee Kuan Yew memimpin Singapura setelah berpisah dari Malaysia pada 1965.", "lee-kuan-yew SGP MYS", "lawrence-wong", false, false},
	// known: "Ferdinand Marcos" alone is also what news calls the son (ferdinand-marcos-jr), so no alias
	{"marcos senior darurat militer", "Ferdinand Marcos memberlakukan darurat militer di Filipina pada 1972.", "ferdinand-e-marcos PHL", "ferdinand-marcos-jr", false, true},
	{"pol pot khmer merah", "Rezim Khmer Merah pimpinan Pol Pot menewaskan sekitar 1,7 juta warga Kamboja antara 1975 dan 1979.", "pol-pot khmer-rouge KHM", "", false, false},
	{"shah pahlavi 1979", "Shah Mohammad Reza Pahlavi melarikan diri dari Iran pada Januari 1979 menjelang Revolusi Islam.", "mohammad-reza-pahlavi IRN", "ali-khamenei", false, false},
	{"khomeini paris", "Ayatollah Khomeini kembali ke Teheran dari pengasingan di Paris pada 1 Februari 1979.", "ruhollah-khomeini", "ali-khamenei IRN FRA", false, false},
	{"kennedy saat itu", "Presiden Amerika Serikat saat itu, John F. Kennedy, mengumumkan blokade laut terhadap Kuba pada Oktober 1962.", "john-f-kennedy USA CUB", "joe-biden donald-trump", false, false},
	// known: the Falklands are a territory of states.jsonl (FLK), an actor as a place by this grid's own policy: the annotation missed it
	{"thatcher falkland", "Perdana Menteri Inggris saat itu, Margaret Thatcher, mengirim armada ke Kepulauan Falkland pada 1982.", "margaret-thatcher GBR", "keir-starmer rishi-sunak", false, true},
	{"presiden as 1945 tanpa nama", "Pada 1945, presiden Amerika Serikat memutuskan menjatuhkan bom atom di Hiroshima.", "USA", "joe-biden donald-trump", false, false},
	{"raja saudi 1973 tanpa nama", "Raja Arab Saudi memberlakukan embargo minyak terhadap negara-negara Barat pada 1973.", "SAU", "salman-of-saudi-arabia", false, false},
	{"kaisar jepang 1941 tanpa nama", "Pada Desember 1941, Kaisar Jepang menyetujui serangan ke Pearl Harbor.", "JPN", "naruhito", false, false},

	// Colonial times: companies, governors, heroes.
	{"kompeni ambon", "Kompeni mendirikan benteng di Ambon untuk menguasai perdagangan cengkih.", "voc", "NLD", false, false},
	{"voc nama lengkap", "Vereenigde Oostindische Compagnie didirikan di Amsterdam pada 1602.", "voc", "NLD", false, false},
	{"eic bengal", "Perusahaan Hindia Timur Britania memperoleh hak dagang di Bengal pada abad ke-17.", "east-india-company", "GBR IND", false, false},
	{"raffles inggris jawa", "Thomas Stamford Raffles menjadi letnan gubernur Jawa ketika Inggris menguasai Hindia Belanda pada 1811.", "thomas-stamford-raffles GBR", "NLD IDN", false, false},
	{"daendels jalan pos", "Gubernur Jenderal Herman Willem Daendels membangun Jalan Raya Pos dari Anyer ke Panarukan.", "herman-willem-daendels", "", false, false},
	{"kartini jepara", "Raden Ajeng Kartini lahir di Jepara pada 21 April 1879.", "kartini", "", false, false},
	{"diponegoro ditangkap", "Pangeran Diponegoro ditangkap Belanda di Magelang pada 1830.", "diponegoro NLD", "", false, false},
	{"perang aceh abad ke-19", "Perang Aceh melawan pemerintah kolonial Belanda berlangsung pada akhir abad ke-19.", "NLD", "", false, false},
	{"kmb den haag", "Melalui Konferensi Meja Bundar di Den Haag pada 1949, Belanda mengakui kedaulatan Indonesia.", "NLD IDN", "", false, false},

	// Wars, treaties and eras are no actors.
	{"sekutu surabaya 1945", "Pada tahun 1945, pasukan Sekutu mendarat di Surabaya dan memicu pertempuran 10 November.", "", "", false, false},
	{"tembok berlin 1989", "Tembok Berlin runtuh pada 1989, membuka jalan bagi penyatuan kembali Jerman.", "DEU", "", false, false},
	{"perang dingin bebas aktif", "Selama Perang Dingin, Indonesia memilih politik luar negeri bebas aktif.", "IDN", "", false, false},
	{"versailles ganti rugi", "Perjanjian Versailles tahun 1919 membebankan ganti rugi perang yang sangat besar kepada Jerman.", "DEU", "FRA", false, false},
	{"perang dunia ii jepang menyerah", "Perang Dunia II berakhir di Asia setelah Jepang menyerah pada Agustus 1945.", "JPN", "", false, false},
	{"liga bangsa-bangsa", "Liga Bangsa-Bangsa dibentuk setelah Perang Dunia I untuk mencegah perang baru.", "league-of-nations", "", false, false},
	{"perang dunia i none", "Perang Dunia I berlangsung dari 1914 hingga 1918 dan menewaskan jutaan orang.", "", "", true, false},
	{"abad ke-19 none", "Pada abad ke-19, perdagangan gula menjadi tulang punggung ekonomi kolonial.", "", "", true, false},

	// Second batch, written after the first rules and data (annotated
	// before they ran on it): 13 of 20 passed on its first run, 16 after
	// the data it called for (Timor Timur, Republik Indonesia Serikat, the
	// title Tsar).
	// known: "Portugis" is no name of Portugal's: as an alias it made a language a state on the dev set ("bahasa sehari-hari Portugis")
	{"portugis malaka", "Portugis merebut Kesultanan Malaka pada 1511.", "PRT", "MYS", false, true},
	{"jerman nazi invasi", "Jerman Nazi menginvasi Uni Soviet pada Juni 1941.", "DEU SUN", "RUS", false, false},
	{"konstantinopel bizantium", "Konstantinopel adalah ibu kota Kekaisaran Bizantium selama lebih dari seribu tahun.", "", "TUR ITA", false, false},
	// known: "Napoleon" alone is also a given name (Napoleon Duarte), so no alias
	{"romawi suci napoleon", "Kekaisaran Romawi Suci dibubarkan pada 1806 setelah kekalahan dari Napoleon.", "napoleon-bonaparte", "DEU ITA", false, true},
	{"brezhnev 18 tahun", "Leonid Brezhnev memimpin Uni Soviet selama 18 tahun hingga wafat pada 1982.", "leonid-brezhnev SUN", "RUS", false, false},
	{"khrushchev kuba", "Nikita Khrushchev memimpin Uni Soviet saat krisis rudal Kuba.", "nikita-khrushchev SUN CUB", "RUS", false, false},
	{"honecker jerman timur", "Erich Honecker memimpin Jerman Timur hingga 1989.", "erich-honecker DDR", "DEU", false, false},
	{"ceausescu dieksekusi", "Nicolae Ceausescu dieksekusi bersama istrinya pada Desember 1989.", "nicolae-ceausescu", "", false, false},
	{"milosevic den haag", "Slobodan Milosevic diadili di Den Haag atas kejahatan perang di bekas Yugoslavia.", "slobodan-milosevic YUG", "SRB", false, false},
	{"tsar nicholas", "Tsar Nicholas II turun takhta pada Maret 1917.", "nicholas-ii", "vladimir-putin RUS", false, false},
	{"kaisar meiji", "Kaisar Meiji memodernisasi Jepang pada akhir abad ke-19.", "meiji JPN", "naruhito", false, false},
	// known: "militer Mesir" is the state's armed forces by the body rule (egy-armed-forces); annotated EGY
	{"raja farouk", "Raja Farouk digulingkan oleh para perwira militer Mesir pada 1952.", "farouk EGY", "abdel-fattah-el-sisi", false, true},
	{"indira gandhi darurat", "Perdana Menteri India Indira Gandhi memberlakukan keadaan darurat pada 1975.", "indira-gandhi IND", "narendra-modi", false, false},
	{"bung hatta mundur", "Bung Hatta mengundurkan diri dari jabatan wakil presiden pada 1956.", "mohammad-hatta", "gibran-rakabuming-raka", false, false},
	{"jenderal sudirman gerilya", "Jenderal Sudirman memimpin perang gerilya melawan Belanda pada 1948.", "sudirman NLD", "", false, false},
	{"ris dibubarkan", "Republik Indonesia Serikat (RIS) dibubarkan pada Agustus 1950.", "IDN", "", false, false},
	{"timor timur 1976", "Indonesia menganeksasi Timor Timur pada 1976.", "IDN TLS", "", false, false},
	{"gagarin kosmonaut", "Kosmonaut Uni Soviet Yuri Gagarin menjadi manusia pertama di luar angkasa pada 1961.", "yuri-gagarin SUN", "RUS", false, false},
	// known: "Portugis" is no name of Portugal's: as an alias it made a language a state on the dev set ("bahasa sehari-hari Portugis")
	{"portugis maluku abad ke-16", "Pada abad ke-16, pedagang Portugis tiba di Maluku untuk mencari cengkih.", "PRT", "", false, true},
	{"soviet cekoslowakia 1968", "Pasukan Pakta Warsawa pimpinan Uni Soviet menyerbu Cekoslowakia pada Agustus 1968.", "SUN CSK", "RUS CZE POL", false, false},
}

// TestHistoryGrid runs the Indonesian rows of the history grid.
// Floor: 75 of the first 100 rows passed before this grid's rules and
// data; 108 of 120 pass now (every other row is marked known, and a
// known row that passes fails the test).
func TestHistoryGrid(t *testing.T) {
	runNameGrid(t, historyGridRows, 100)
}

// historyGridENRows are English sentences written for the test in the
// style of wire copy and encyclopedia leads about the past, annotated by
// the policy of historyGridRows; places of history are annotated with
// their kind.
var historyGridENRows = []wireGridRow{
	{"en soviet collapse", "The Soviet Union collapsed in December 1991, leaving Russia as its legal successor.", []string{"SUN", "RUS"}, nil, false, false},
	{"en ussr afghanistan", "The USSR invaded Afghanistan in 1979 to prop up a communist government.", []string{"SUN", "AFG"}, []string{"RUS"}, false, false},
	{"en soviet troops auschwitz", "Soviet troops liberated Auschwitz in January 1945.", []string{"SUN"}, []string{"RUS", "POL"}, false, false},
	{"en east germany wall", "East Germany built the Berlin Wall in 1961.", []string{"DDR"}, []string{"DEU"}, false, false},
	{"en west germany nato", "West Germany joined NATO in 1955.", []string{"DEU", "nato"}, nil, false, false},
	{"en yugoslavia breakup", "The breakup of Yugoslavia in the 1990s led to wars in Croatia and Bosnia.", []string{"YUG", "HRV", "BIH"}, []string{"SRB"}, false, false},
	{"en czechoslovakia split", "Czechoslovakia split into the Czech Republic and Slovakia on January 1, 1993.", []string{"CSK", "CZE", "SVK"}, nil, false, false},
	{"en south vietnam fall", "Saigon, the capital of South Vietnam, fell to North Vietnamese forces in April 1975.", []string{"VNM", "south-vietnam/place"}, nil, false, false},
	{"en united arab republic", "Egypt and Syria merged to form the United Arab Republic in 1958.", []string{"EGY", "SYR", "united-arab-republic/place"}, []string{"ARE"}, false, false},
	{"en zaire mobutu", "Mobutu Sese Seko renamed the country Zaire in 1971.", []string{"mobutu-sese-seko", "COD"}, nil, false, false},
	{"en burma renamed", "Burma's military rulers renamed the country Myanmar in 1989.", []string{"MMR"}, nil, false, false},
	{"en ceylon independence", "Ceylon gained independence from Britain in 1948.", []string{"LKA", "GBR"}, nil, false, false},
	{"en rhodesia udi", "Rhodesia's white minority government declared independence unilaterally in 1965.", []string{"rhodesia/place"}, []string{"ZWE"}, false, false},
	{"en prussia france", "Prussia defeated France in the war of 1870.", []string{"FRA", "prussia/place"}, []string{"DEU"}, false, false},
	{"en ottoman collapse", "The Ottoman Empire collapsed after World War One.", []string{"ottoman-empire/place"}, []string{"TUR"}, false, false},
	{"en dutch east indies", "Japan occupied the Dutch East Indies from 1942 to 1945.", []string{"JPN", "dutch-east-indies/place"}, []string{"NLD", "IDN"}, false, false},
	{"en qing hong kong", "The Qing dynasty ceded Hong Kong Island to Britain in 1842.", []string{"GBR", "qing-dynasty/place"}, []string{"CHN"}, false, false},
	{"en persia iran", "Persia was renamed Iran in 1935.", []string{"IRN"}, nil, false, false},
	{"en stalin ruled", "Joseph Stalin ruled the Soviet Union until his death in 1953.", []string{"joseph-stalin", "SUN"}, []string{"RUS", "vladimir-putin"}, false, false},
	{"en stalin alone", "Stalin ordered the deportation of the Chechens in 1944.", []string{"joseph-stalin"}, []string{"RUS"}, false, false},
	{"en churchill 1940", "Winston Churchill became British prime minister in May 1940.", []string{"winston-churchill", "GBR"}, []string{"keir-starmer", "rishi-sunak"}, false, false},
	{"en hitler poland", "Adolf Hitler invaded Poland on September 1, 1939.", []string{"adolf-hitler", "POL"}, []string{"olaf-scholz"}, false, false},
	{"en mao prc", "Mao Zedong proclaimed the People's Republic of China in 1949.", []string{"mao-zedong", "CHN"}, []string{"xi-jinping"}, false, false},
	{"en chairman mao", "Chairman Mao launched the Cultural Revolution in 1966.", []string{"mao-zedong"}, []string{"xi-jinping"}, false, false},
	{"en nam founders", "Jawaharlal Nehru, Gamal Abdel Nasser and Josip Broz Tito were among the founders of the Non-Aligned Movement.", []string{"jawaharlal-nehru", "gamal-abdel-nasser", "josip-broz-tito", "non-aligned-movement"}, []string{"narendra-modi", "abdel-fattah-el-sisi"}, false, false},
	{"en de gaulle free french", "Charles de Gaulle led the Free French from London during World War II.", []string{"charles-de-gaulle", "FRA"}, []string{"emmanuel-macron", "GBR"}, false, false},
	{"en ho chi minh", "Ho Chi Minh declared Vietnam's independence in Hanoi on September 2, 1945.", []string{"ho-chi-minh", "VNM"}, nil, false, false},
	{"en napoleon", "Napoleon Bonaparte crowned himself emperor of France in 1804.", []string{"napoleon-bonaparte", "FRA"}, []string{"emmanuel-macron"}, false, false},
	{"en queen victoria", "Queen Victoria reigned over Britain for 63 years in the 19th century.", []string{"queen-victoria", "GBR"}, []string{"charles-iii"}, false, false},
	{"en hirohito", "Emperor Hirohito announced Japan's surrender on August 15, 1945.", []string{"hirohito", "JPN"}, []string{"naruhito"}, false, false},
	{"en sukarno", "Sukarno declared Indonesia's independence on August 17, 1945.", []string{"sukarno", "IDN"}, []string{"prabowo-subianto"}, false, false},
	{"en suharto", "Suharto resigned in May 1998 after 32 years in power.", []string{"suharto"}, []string{"prabowo-subianto"}, false, false},
	{"en gorbachev glasnost", "Mikhail Gorbachev introduced glasnost in the Soviet Union in the mid-1980s.", []string{"mikhail-gorbachev", "SUN"}, []string{"RUS"}, false, false},
	// known: "Dutch" of "its Dutch initials" is read as the state's demonym
	{"en voc", "The Dutch East India Company, known by its Dutch initials VOC, was founded in 1602.", []string{"voc/organization"}, []string{"NLD"}, false, true},
	{"en east india company", "The British East India Company ruled large parts of India by the 18th century.", []string{"east-india-company/organization", "IND"}, []string{"GBR"}, false, false},
	{"en world war ii none", "World War II ended in Europe in May 1945.", nil, nil, true, false},
	{"en cold war", "During the Cold War, the United States and the Soviet Union never fought each other directly.", []string{"USA", "SUN"}, []string{"RUS"}, false, false},
	{"en versailles", "The Treaty of Versailles imposed heavy reparations on Germany in 1919.", []string{"DEU"}, []string{"FRA"}, false, false},
	{"en warsaw pact", "The Warsaw Pact was dissolved in July 1991.", []string{"warsaw-treaty-organization"}, []string{"POL"}, false, false},
	{"en league of nations", "The League of Nations was founded in 1920 after World War One.", []string{"league-of-nations"}, nil, false, false},
	{"en then-president kennedy", "Then-President John F. Kennedy ordered a naval blockade of Cuba in October 1962.", []string{"john-f-kennedy", "CUB"}, []string{"joe-biden", "donald-trump"}, false, false},
	{"en us president 1945", "In 1945 the U.S. president decided to drop atomic bombs on Hiroshima and Nagasaki.", []string{"USA"}, []string{"joe-biden", "donald-trump"}, false, false},
	{"en saudi king 1973", "The Saudi king imposed an oil embargo on Western countries in 1973.", []string{"SAU"}, []string{"salman-of-saudi-arabia"}, false, false},
	{"en thatcher falklands", "Then-Prime Minister Margaret Thatcher sent a naval task force to the Falklands in 1982.", []string{"margaret-thatcher"}, []string{"keir-starmer", "rishi-sunak"}, false, false},

	// Second batch (annotated before the first rules and data ran on it;
	// 7 of 10 passed on its first run, 10 after Zairean, the Weimar
	// Republic and the title Tsar).
	{"en brezhnev", "Leonid Brezhnev led the Soviet Union from 1964 until his death in 1982.", []string{"leonid-brezhnev", "SUN"}, []string{"RUS"}, false, false},
	{"en honecker", "Erich Honecker ruled East Germany until 1989.", []string{"erich-honecker", "DDR"}, []string{"DEU"}, false, false},
	{"en nicholas ii", "Tsar Nicholas II abdicated in March 1917.", []string{"nicholas-ii"}, []string{"vladimir-putin", "RUS"}, false, false},
	{"en zairean troops", "Zairean troops fought rebels in the east of the country in 1996.", []string{"COD"}, nil, false, false},
	{"en siam", "Siam was renamed Thailand in 1939.", []string{"THA"}, nil, false, false},
	{"en ussr dotted", "The U.S.S.R. tested its first atomic bomb in 1949.", []string{"SUN"}, []string{"RUS", "USA"}, false, false},
	{"en gagarin", "Soviet cosmonaut Yuri Gagarin became the first human in space in 1961.", []string{"yuri-gagarin", "SUN"}, []string{"RUS"}, false, false},
	{"en ottoman forces", "Ottoman forces captured Constantinople in 1453.", nil, []string{"TUR"}, false, false},
	{"en weimar", "The Weimar Republic collapsed when Hitler took power in 1933.", []string{"adolf-hitler", "DEU"}, nil, false, false},
	{"en british rule india", "India won independence from British rule in 1947.", []string{"IND", "GBR"}, nil, false, false},
}

// TestHistoryGridEnglish runs the English rows of the history grid under
// an article date of 2025-06-01.
// Floor: 31 of the first 44 rows passed before this grid's rules and
// data; 53 of 54 pass now.
func TestHistoryGridEnglish(t *testing.T) {
	runWireGrid(t, extractor(t), historyGridENRows, "2025-06-01")
}

// historyDateRow is a sentence about the past and the event dates it may
// give: a year, a month or a day the text states; never the article's
// date, a day the text does not give, or a year for a century or decade.
type historyDateRow struct {
	name, lang, text string
	dates            []string
	// knownWithDate marks a known failure under a publication date.
	knownWithDate bool
}

var historyDateRows = []historyDateRow{
	{"id abad ke-19", "id", "Belanda menyerang Kesultanan Aceh pada akhir abad ke-19.", []string{""}, false},
	{"id desember 1948", "id", "Pasukan Belanda menyerang Yogyakarta pada Desember 1948.", []string{"1948-12"}, false},
	{"id pada 1989", "id", "Vietnam menarik pasukannya dari Kamboja pada 1989.", []string{"1989"}, false},
	{"id tahun 1945", "id", "Pada tahun 1945, pasukan Inggris menyerang Surabaya.", []string{"1945"}, false},
	{"id awal 1990-an", "id", "Pasukan Serbia menyerang Bosnia pada awal 1990-an.", []string{""}, false},
	{"en 1979", "en", "The Soviet Union invaded Afghanistan in 1979.", []string{"1979"}, false},
	{"en 19th century", "en", "Britain attacked China twice in the 19th century.", []string{""}, false},
	{"en 1990s", "en", "Serbian forces attacked Bosnia in the 1990s.", []string{""}, false},
	// Added with the rule for years before 1900 (annotated before it ran).
	{"id pada 1805", "id", "Inggris menyerang Prancis pada 1805.", []string{"1805"}, false},
	{"id pada tahun 1814", "id", "Pada tahun 1814, Inggris menyerang Amerika Serikat.", []string{"1814"}, false},
	{"en war of 1839-1842", "en", "Britain attacked China in the war of 1839-1842.", []string{"1839"}, false},
	{"en in 1812", "en", "Britain attacked the United States in 1812.", []string{"1812"}, false},
	{"en force of 1500", "en", "Britain attacked Egypt with a force of 1500 soldiers.", []string{"", "2024-06-01"}, false},
	{"id sejak 1990-an", "id", "Rusia menyerang Ukraina dalam serangan terbesar sejak awal 1990-an.", []string{"", "2024-06-01"}, false},
	{"en since the 1990s", "en", "Russia attacked Ukraine in the largest attack since the early 1990s.", []string{"", "2024-06-01"}, false},
	{"id 1500 orang", "id", "Inggris menyerang Mesir pada 1500 titik sekaligus.", []string{"", "2024-06-01"}, false},
}

// TestHistoryGridDates checks that years, decades and centuries in
// sentences about the past neither become the article's date nor an
// event's invented day, with and without a publication date.
func TestHistoryGridDates(t *testing.T) {
	x := extractor(t)
	for _, c := range historyDateRows {
		for _, meta := range []string{"", "2024-06-01"} {
			t.Run(c.name+" "+meta, func(t *testing.T) {
				d, err := x.Article(context.Background(), Input{Text: c.text, Lang: c.lang, Published: meta})
				if err != nil {
					t.Fatal(err)
				}
				var problems []string
				if d.Article.Published != meta {
					problems = append(problems, sprintf("published %q, want %q", d.Article.Published, meta))
				}
				for _, e := range d.Events {
					if !slices.Contains(c.dates, e.Date) {
						problems = append(problems, sprintf("event %s %s->%s dated %q, want one of %q", e.Cameo, e.Source, e.Target, e.Date, c.dates))
					}
				}
				known := c.knownWithDate && meta != ""
				switch {
				case len(problems) == 0 && known:
					t.Errorf("known failure passes now: take the mark off %q", c.name)
				case len(problems) > 0 && !known:
					t.Errorf("%q: %v", c.text, problems)
				case len(problems) > 0:
					t.Logf("known failure %q: %v", c.text, problems)
				}
			})
		}
	}
}
