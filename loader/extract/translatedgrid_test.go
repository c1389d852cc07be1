package extract

import (
	"testing"
)

// translatedGridRows are Indonesian sentences written for the test (made up
// in the style of Indonesian translations of English-language international
// news, the way Antara, Kompas, Tempo or VOA Indonesia render Reuters and
// AP copy; never copied from a data set) on US, European, Middle-Eastern and
// Asian politics, business, technology, science and sport. They name persons
// by an English-style description translated word for word ("Senator Partai
// Republik dari Arizona John McCain", "Ketua DPR AS Paul Ryan", "CEO Apple
// Tim Cook", "Kepala kebijakan luar negeri Uni Eropa"), in appositions and
// speech ("X, seorang juru bicara kementerian, mengatakan", "kata X kepada
// wartawan", "tambah X", "menurut X", "X, 45, …"), made-up ordinary persons
// of many nationalities; named bodies as translated ("Departemen Kehakiman
// AS", "Badan Perlindungan Lingkungan (EPA)", "Dinas Rahasia", "Majelis
// Rendah Inggris", central banks, armed forces, police forces, intelligence
// agencies); states by demonyms, short forms and capitals ("pejabat AS",
// "pasukan Rusia", "warga negara Inggris", "Moskow membantah"). Traps: a
// state inside a longer name (Japan Airlines, Laut China Selatan, New
// Mexico), a person's name inside a company's or a newspaper's (Bloomberg
// News, Trump Organization, Walt Disney Co.), given names that are states
// (Israel Adesanya, Jordan Henderson), cities as places, ordinary words
// after titles (Gubernur Jenderal, Presiden Sementara, Menteri Luar Negeri
// Bayangan).
//
// Ids (decided before the extractor ran on the rows): a person or body the
// gazetteer holds is its id; any other person is the lower-case slug of the
// name as written; a body the gazetteer lacked is the id its state's bodies
// follow (isr-air-force). A state named in the row (in a title, a
// demonym, a capital standing for it, or as a place) is an actor; a state
// the row does not name is not, even where a person or body belongs to it;
// a state inside a body's name (Kementerian Pertahanan Inggris, Senat AS,
// Komisi Pemilihan Umum India) is no actor of its own, as TestBodyGrid has
// it, and such rows list it as absent. (The first annotation wanted that
// state too; 34 rows were changed to TestBodyGrid's rule after the first
// run showed the two grids disagree, and two rows that broke this
// comment's own rule got the state they name: Rolls-Royce "di Inggris",
// "klub Arab Saudi"; after the first improvements two more such slips were
// mended: "migran asal Guinea" names GIN, and "Walt Disney Co." is the
// company walt-disney, which the row had listed as absent meaning the
// person; no person is wanted there all the same; and Greenland and Hong
// Kong, states of the gazetteer that two rows named, were added to them.)
//
// Each row: want lists the ids that must be actors (space-separated);
// persons and states are annotated completely (every person or state actor
// must be in want), organizations only where the row names them; absent
// lists ids that must be no actor; none says the row gives no actor at all
// (places aside). known marks a known failure: the test fails when it
// starts passing. Annotated before the extractor ran on the rows.
var translatedGridRows = []nameGridRow{
	// Persons with an English-style description translated: office, state or body, name.
	// known: the White House's event is coded USA/GOV, which lists USA as an actor with no mention
	{"title mccain", "Senator Partai Republik dari Arizona John McCain mengkritik keputusan Gedung Putih menarik pasukan dari Suriah.", "john-mccain usa-presidency us-republican-party SYR", "", false, true},
	{"title ryan dpr as", "Ketua DPR AS Paul Ryan mengatakan RUU pajak itu akan disahkan sebelum Natal.", "paul-ryan usa-house", "USA", false, false},
	{"title sessions", "Jaksa Agung Jeff Sessions mengumumkan pengunduran dirinya atas permintaan presiden.", "jeff-sessions", "idn-attorney-general", false, false},
	{"title comey", "Direktur FBI James Comey dipecat pada Selasa malam, kata seorang pejabat Gedung Putih.", "james-comey usa-fbi usa-presidency", "", false, false},
	{"title newsom", "Gubernur California Gavin Newsom menandatangani undang-undang iklim yang baru.", "gavin-newsom", "", false, false},
	{"title sadiq khan", "Wali Kota London Sadiq Khan menyerukan penyelidikan independen atas kebakaran itu.", "sadiq-khan", "", false, false},
	// known: "di Gedung Putih" is read as the building, a place
	{"title tim cook", "CEO Apple Tim Cook bertemu dengan Presiden Donald Trump di Gedung Putih pada Jumat.", "tim-cook apple-inc donald-trump usa-presidency", "", false, true},
	{"title bill gates", "Pendiri Microsoft Bill Gates menjanjikan dana tambahan untuk pemberantasan polio.", "bill-gates microsoft", "", false, false},
	{"title borrell", "Kepala kebijakan luar negeri Uni Eropa Josep Borrell mengatakan blok itu siap menjatuhkan sanksi baru.", "josep-borrell european-union", "", false, false},
	{"title scholz kyiv", "Kanselir Jerman Olaf Scholz menolak tuntutan Kyiv untuk mengirim rudal jarak jauh.", "olaf-scholz DEU UKR", "", false, false},
	{"title blinken", "Menteri Luar Negeri AS Antony Blinken tiba di Riyadh pada Senin untuk pembicaraan dengan para pemimpin Teluk.", "antony-blinken USA", "", false, false},
	{"title garland", "Jaksa Agung AS Merrick Garland menunjuk seorang penasihat khusus untuk menangani kasus itu.", "merrick-garland USA", "idn-attorney-general", false, false},
	{"title powell fed", "Ketua Federal Reserve Jerome Powell mengatakan bank sentral akan tetap berhati-hati.", "jerome-powell usa-central-bank", "", false, false},
	{"title lagarde", "Presiden Bank Sentral Eropa Christine Lagarde mengatakan inflasi zona euro mulai mereda.", "christine-lagarde ecb", "", false, false},
	{"title georgieva", "Direktur Pelaksana IMF Kristalina Georgieva memperingatkan perlambatan ekonomi global.", "kristalina-georgieva imf", "", false, false},
	{"title guterres", "Sekretaris Jenderal PBB Antonio Guterres mendesak gencatan senjata kemanusiaan segera.", "antonio-guterres united-nations", "", false, false},
	{"title stoltenberg", "Sekretaris Jenderal NATO Jens Stoltenberg mengatakan aliansi itu tidak akan terintimidasi.", "jens-stoltenberg nato", "", false, false},
	{"title von der leyen", "Presiden Komisi Eropa Ursula von der Leyen mengumumkan paket bantuan baru untuk Ukraina.", "ursula-von-der-leyen european-commission UKR", "", false, false},
	{"title schumer", "Pemimpin Mayoritas Senat Chuck Schumer mengatakan pemungutan suara akan digelar pekan depan.", "chuck-schumer", "", false, false},
	{"title mcconnell", "Pemimpin Partai Republik di Senat Mitch McConnell menolak usulan itu.", "mitch-mcconnell us-republican-party", "", false, false},
	{"title pelosi beijing", "Ketua DPR Nancy Pelosi tiba di Taipei pada Selasa malam meski ada peringatan keras dari Beijing.", "nancy-pelosi CHN", "idn-dpr", false, false},
	{"title starmer palestina", "Perdana Menteri Inggris Keir Starmer mengatakan pemerintahnya akan mengakui negara Palestina.", "keir-starmer GBR PSE", "", false, false},
	{"title macron", "Presiden Prancis Emmanuel Macron menyerukan otonomi strategis Eropa.", "emmanuel-macron FRA", "", false, false},
	{"title meloni", "Perdana Menteri Italia Giorgia Meloni membela kebijakan migrasinya di hadapan Parlemen Eropa.", "giorgia-meloni ITA european-parliament", "", false, false},
	{"title netanyahu", "Perdana Menteri Israel Benjamin Netanyahu berjanji melanjutkan operasi militer di Rafah.", "benjamin-netanyahu ISR", "", false, false},
	{"title erdogan", "Presiden Turki Recep Tayyip Erdogan mengatakan Ankara belum akan menyetujui keanggotaan Swedia di NATO.", "recep-tayyip-erdogan TUR SWE nato", "", false, false},
	{"title mbs", "Putra Mahkota Saudi Mohammed bin Salman menerima kunjungan Presiden AS di Jeddah.", "mohammed-bin-salman SAU USA", "", false, false},
	{"title lavrov", "Menteri Luar Negeri Rusia Sergei Lavrov menuduh Barat sengaja memperpanjang konflik.", "sergei-lavrov RUS", "", false, false},
	{"title wang yi", "Menteri Luar Negeri China Wang Yi bertemu mitranya dari Australia di Beijing.", "wang-yi CHN AUS", "", false, false},
	{"title zelensky", "Presiden Ukraina Volodymyr Zelensky meminta sekutu Barat mempercepat pengiriman senjata.", "volodymyr-zelenskyy UKR", "", false, false},
	{"title araghchi", "Menteri Luar Negeri Iran Abbas Araghchi mengatakan pembicaraan dengan Washington akan dilanjutkan pekan depan.", "abbas-araghchi IRN USA", "", false, false},
	{"title sullivan", "Penasihat Keamanan Nasional Gedung Putih Jake Sullivan akan bertemu pejabat China di Wina.", "jake-sullivan usa-presidency CHN", "", false, false},
	{"title miller deplu", "Juru bicara Departemen Luar Negeri Matthew Miller mengatakan Washington prihatin atas penangkapan itu.", "matthew-miller usa-foreign-ministry USA", "idn-foreign-ministry", false, false},
	{"title austin pentagon", "Menteri Pertahanan AS Lloyd Austin mengatakan Pentagon akan mengirim dua kapal induk ke kawasan itu.", "lloyd-austin USA usa-defense-ministry", "", false, false},
	{"title wray", "Direktur FBI Christopher Wray bersaksi di depan Komite Kehakiman Senat.", "christopher-wray usa-fbi", "", false, false},
	{"title boris partai buruh", "Mantan Perdana Menteri Inggris Boris Johnson kembali mengkritik pemerintahan Partai Buruh.", "boris-johnson GBR", "", false, false},
	{"title desantis", "Gubernur Florida Ron DeSantis menandatangani undang-undang imigrasi yang ketat.", "ron-desantis", "", false, false},
	{"title abbott", "Gubernur Texas Greg Abbott mengerahkan Garda Nasional ke perbatasan dengan Meksiko.", "greg-abbott MEX", "", false, false},
	{"title hochul unknown", "Gubernur New York Kathy Hochul mengumumkan keadaan darurat akibat badai salju.", "kathy-hochul", "", false, false},
	{"title eric adams unknown", "Wali Kota New York Eric Adams didakwa atas tuduhan korupsi dan penipuan.", "eric-adams", "", false, false},
	{"title hidalgo unknown", "Wali Kota Paris Anne Hidalgo berenang di Sungai Seine untuk membuktikan airnya bersih.", "anne-hidalgo", "", false, false},
	{"title musk tesla", "CEO Tesla Elon Musk mengatakan perusahaan akan membangun pabrik baru di Texas.", "elon-musk tesla", "", false, false},
	{"title zuckerberg meta", "CEO Meta Mark Zuckerberg bersaksi di hadapan Kongres AS soal keamanan anak.", "mark-zuckerberg meta-platforms usa-congress", "USA", false, false},
	{"title pichai", "CEO Google Sundar Pichai mengumumkan model kecerdasan buatan terbaru perusahaan itu.", "sundar-pichai google", "", false, false},
	{"title nadella", "Kepala eksekutif Microsoft Satya Nadella mengatakan investasi di pusat data akan berlanjut.", "satya-nadella microsoft", "", false, false},
	// known: "Amazon" alone is no form of amazon-com (the river and the forest share it)
	{"title bezos", "Pendiri Amazon Jeff Bezos menjual saham perusahaan senilai miliaran dolar.", "jeff-bezos amazon-com", "", false, true},
	{"title infantino unknown", "Presiden FIFA Gianni Infantino membela format baru Piala Dunia Antarklub.", "gianni-infantino fifa", "", false, false},
	{"title thomas bach unknown", "Presiden IOC Thomas Bach mengatakan atlet Rusia boleh bertanding sebagai atlet netral.", "thomas-bach ioc RUS", "", false, false},
	{"title warren senator demokrat", "“Ini hari yang menyedihkan bagi demokrasi,” kata Senator Demokrat Elizabeth Warren kepada wartawan.", "elizabeth-warren", "", false, false},
	{"title le pen", "Pemimpin sayap kanan Prancis Marine Le Pen menuntut pembubaran parlemen.", "marine-le-pen FRA", "", false, false},
	{"title weidel afd", "Pemimpin bersama partai AfD Alice Weidel menolak tuduhan ekstremisme.", "alice-weidel afd", "", false, false},
	{"title merz cdu", "Ketua CDU Friedrich Merz mengatakan partainya tidak akan berkoalisi dengan AfD.", "friedrich-merz christian-democratic-union afd", "", false, false},
	{"title jeffries", "Pemimpin Partai Demokrat di DPR AS Hakeem Jeffries menyebut rancangan anggaran itu kejam.", "hakeem-jeffries us-democratic-party usa-house", "USA", false, false},
	{"title gallant", "Menteri Pertahanan Israel Yoav Gallant mengatakan operasi darat akan diperluas.", "yoav-gallant ISR", "", false, false},
	{"title dombrovskis", "Komisioner Perdagangan Uni Eropa Valdis Dombrovskis mengatakan pembicaraan dengan Washington buntu.", "valdis-dombrovskis european-union USA", "", false, false},
	{"title tedros", "Direktur Jenderal WHO Tedros Adhanom Ghebreyesus menyatakan wabah itu sebagai darurat global.", "tedros-adhanom-ghebreyesus who", "", false, false},
	{"title kallas", "Kepala diplomat Uni Eropa Kaja Kallas menyebut serangan itu kejahatan perang.", "kaja-kallas european-union", "", false, false},
	{"title reeves bayangan", "Kanselir Bayangan Inggris Rachel Reeves berjanji tidak menaikkan pajak penghasilan.", "rachel-reeves GBR", "", false, false},
	{"title ortberg ceo baru", "CEO baru Boeing Kelly Ortberg mengatakan perusahaan akan memangkas 10 persen tenaga kerja.", "kelly-ortberg boeing", "", false, false},
	{"title metsola", "Presiden Parlemen Eropa Roberta Metsola menyerukan penyelidikan atas skandal suap itu.", "roberta-metsola european-parliament", "", false, false},
	{"title mayorkas", "Menteri Keamanan Dalam Negeri AS Alejandro Mayorkas digugat oleh Partai Republik di DPR.", "alejandro-mayorkas USA us-republican-party", "", false, false},
	{"title graham", "Senator Partai Republik Lindsey Graham menyerukan sanksi yang lebih keras terhadap Moskow.", "lindsey-graham us-republican-party RUS", "", false, false},
	{"title altman", "CEO OpenAI Sam Altman mengatakan perusahaannya akan merilis model baru tahun ini.", "sam-altman openai", "", false, false},
	{"title dimon", "CEO JPMorgan Jamie Dimon memperingatkan risiko resesi di Amerika Serikat.", "jamie-dimon jpmorgan-chase USA", "", false, false},
	{"title lai ching-te", "Presiden Taiwan Lai Ching-te mengatakan pulau itu tidak akan tunduk pada tekanan Beijing.", "lai-ching-te TWN CHN", "", false, false},
	{"title trudeau", "Perdana Menteri Kanada Justin Trudeau menuduh agen India terlibat dalam pembunuhan itu.", "justin-trudeau CAN IND", "", false, false},
	{"title lula", "Presiden Brasil Luiz Inacio Lula da Silva menyerukan reformasi Dewan Keamanan PBB.", "luiz-inacio-lula-da-silva BRA un-security-council", "", false, false},
	{"title ramaphosa", "Presiden Afrika Selatan Cyril Ramaphosa menyerukan dialog antara Moskow dan Kyiv.", "cyril-ramaphosa ZAF RUS UKR", "", false, false},
	{"title sheinbaum", "Presiden Meksiko Claudia Sheinbaum menolak tuduhan Washington soal kartel narkoba.", "claudia-sheinbaum MEX USA", "", false, false},
	{"title haniyeh", "Pemimpin politik Hamas Ismail Haniyeh tewas dalam serangan di Teheran.", "ismail-haniyeh hamas", "", false, false},
	{"title nasrallah", "Pemimpin Hizbullah Hassan Nasrallah mengatakan kelompoknya siap berperang.", "hassan-nasrallah hezbollah", "", false, false},
	{"title emir qatar", "Emir Qatar Sheikh Tamim bin Hamad Al Thani menjadi tuan rumah perundingan itu.", "tamim-bin-hamad-al-thani QAT", "", false, false},
	{"title ruto", "Presiden Kenya William Ruto mengirim polisi ke Haiti dalam misi yang didukung PBB.", "william-ruto KEN HTI united-nations", "", false, false},

	// Appositions and speech: "X, seorang …, mengatakan", "kata X kepada wartawan", "tambah X", "menurut X", "X, 45, …"; made-up ordinary persons of many nationalities.
	{"app juru bicara kementerian", "Mark Jensen, seorang juru bicara kementerian, mengatakan pihaknya belum menerima permintaan resmi.", "mark-jensen", "", false, false},
	{"app kirby kepada wartawan", "Kami belum melihat bukti apa pun, kata juru bicara Pentagon John Kirby kepada wartawan.", "john-kirby usa-defense-ministry", "", false, false},
	{"app tambah blinken", "Sanksi itu akan tetap berlaku sampai Moskow menarik pasukannya, tambah Blinken.", "antony-blinken RUS", "", false, false},
	// known: Netanyahu, head of government, takes part in the event as ISR (state_roles)
	{"app menurut jean-pierre", "Menurut Karine Jean-Pierre, presiden akan berbicara dengan Netanyahu melalui telepon pada Kamis.", "karine-jean-pierre benjamin-netanyahu", "", false, true},
	{"app maria gonzalez", "Harga sewa apartemen naik dua kali lipat dalam lima tahun, kata Maria Gonzalez, seorang guru di Madrid.", "maria-gonzalez", "", false, false},
	{"app ahmed hassan age", "“Kami hanya ingin hidup normal,” kata Ahmed Hassan, 45, seorang pedagang di Kairo.", "ahmed-hassan", "", false, false},
	{"app tomasz nowak", "Tomasz Nowak, 38, seorang sopir truk dari Gdansk, mengatakan ia menunggu tiga hari di perbatasan.", "tomasz-nowak", "", false, false},
	{"app olena kovalenko", "“Semuanya hilang,” kata Olena Kovalenko, 62, yang rumahnya hancur akibat serangan drone Rusia.", "olena-kovalenko RUS", "", false, false},
	{"app pieter de vries", "Pieter de Vries, seorang peternak sapi perah di Friesland, mengatakan aturan nitrogen itu akan mematikan usahanya.", "pieter-de-vries", "", false, false},
	{"app priya sharma", "Priya Sharma, seorang insinyur perangkat lunak di Bengaluru, mengatakan PHK massal itu mengejutkan semua orang.", "priya-sharma", "", false, false},
	{"app carlos mendoza", "Carlos Mendoza, 51, seorang petani kopi di Huila, mengatakan harga pupuk naik tiga kali lipat.", "carlos-mendoza", "", false, false},
	{"app fatima al-sayed", "Fatima al-Sayed, seorang ibu tiga anak di Gaza, mengatakan keluarganya tidur di tenda selama berbulan-bulan.", "fatima-al-sayed", "", false, false},
	{"app nguyen van minh", "Nguyen Van Minh, seorang nelayan di Da Nang, mengatakan kapal patroli China mengusir perahunya.", "nguyen-van-minh CHN", "", false, false},
	{"app amara okafor", "Amara Okafor, seorang perawat di Lagos, mengatakan rumah sakit kekurangan obat-obatan dasar.", "amara-okafor", "", false, false},
	{"app giulia romano", "Giulia Romano, pemilik restoran di Roma, mengatakan turis Amerika mulai kembali musim panas ini.", "giulia-romano USA", "", false, false},
	{"app jean-luc moreau", "Jean-Luc Moreau, seorang petani gandum di Normandia, ikut dalam protes traktor di Paris.", "jean-luc-moreau", "", false, false},
	{"app sofia lindqvist", "Sofia Lindqvist, 34, seorang aktivis iklim dari Stockholm, ditangkap polisi di luar gedung parlemen.", "sofia-lindqvist", "", false, false},
	{"app dmitry volkov", "Dmitry Volkov, seorang analis politik di Moskow, mengatakan Kremlin tidak punya alasan untuk berkompromi.", "dmitry-volkov rus-presidency", "", false, false},
	{"app emily carter", "Emily Carter, seorang pejabat serikat pekerja, mengatakan kepada wartawan bahwa pemogokan akan berlanjut.", "emily-carter", "", false, false},
	{"app rafael herrera real", "Menurut Rafael Herrera, kepala ekonom sebuah bank investasi di Sao Paulo, real Brasil akan terus melemah.", "rafael-herrera", "BRA", false, false},
	{"app omar khalil", "Omar Khalil, 27, yang kehilangan pekerjaannya di sebuah hotel di Beirut, mengatakan ia ingin beremigrasi.", "omar-khalil", "", false, false},
	{"app kenji watanabe", "Kenji Watanabe, 70, yang selamat dari gempa, mengatakan bantuan baru tiba setelah tiga hari.", "kenji-watanabe", "", false, false},
	{"app ibrahim diallo", "Ibrahim Diallo, seorang migran asal Guinea, mengatakan ia membayar 3.000 euro kepada penyelundup.", "ibrahim-diallo GIN", "", false, false},
	{"app lucas martin", "Lucas Martin, juru bicara serikat petani, mengatakan protes akan berlanjut hingga tuntutan mereka dipenuhi.", "lucas-martin", "", false, false},
	{"app anna kowalska", "Para pemilih muda menginginkan perubahan, kata Anna Kowalska, seorang sosiolog di Universitas Warsawa.", "anna-kowalska", "", false, false},
	{"app jonathan reed menambahkan", "Jonathan Reed, analis energi di sebuah lembaga riset di London, menambahkan bahwa harga minyak bisa naik lagi.", "jonathan-reed", "", false, false},
	{"app kepada reuters", "“Kami kehilangan segalanya,” kata Yusuf Demir kepada Reuters melalui telepon dari Antakya.", "yusuf-demir reuters", "", false, false},
	{"app menurut pejabat senior", "Menurut seorang pejabat senior AS, Washington telah memperingatkan Israel soal serangan itu.", "USA ISR", "", false, false},
	{"app analis eurasia group", "Analis Eurasia Group Ian Bremmer mengatakan risiko geopolitik tahun ini sangat tinggi.", "ian-bremmer", "", false, false},
	{"app profesor harvard", "Profesor ekonomi di Universitas Harvard Kenneth Rogoff mengatakan utang global mengkhawatirkan.", "kenneth-rogoff", "", false, false},
	{"app seorang ayah", "Daniel Cohen, ayah dari salah satu sandera, mendesak pemerintah segera mencapai kesepakatan.", "daniel-cohen", "", false, false},
	{"app kepala ntsb", "Para penyelidik belum menemukan kotak hitam pesawat itu, kata Kepala Badan Keselamatan Transportasi Nasional AS Jennifer Homendy.", "jennifer-homendy", "USA", false, false},

	// Named bodies as translated: departments, ministries, legislatures, courts, central banks, armed forces, police forces, intelligence agencies.
	// known: the event is coded with the body's state and sector (CAMEO), which lists the state as an actor with no mention of its own
	{"body doj google", "Departemen Kehakiman AS menggugat Google atas praktik monopoli di pasar iklan digital.", "usa-justice-ministry google", "USA", false, true},
	{"body deplu warga as", "Departemen Luar Negeri mengeluarkan peringatan perjalanan baru bagi warga AS.", "usa-foreign-ministry USA", "idn-foreign-ministry", false, false},
	{"body kemhan inggris", "Kementerian Pertahanan Inggris mengatakan Rusia kemungkinan kehilangan ratusan tank dalam sebulan terakhir.", "gbr-defense-ministry RUS", "GBR", false, false},
	{"body epa bracket", "Badan Perlindungan Lingkungan (EPA) mengusulkan batas baru emisi kendaraan bermotor.", "usa-epa", "", false, false},
	{"body dinas rahasia as", "Dinas Rahasia AS mengakui adanya kegagalan pengamanan dalam acara kampanye itu.", "usa-secret-service", "USA", false, false},
	{"body dinas rahasia alone", "Dinas Rahasia menyelidiki insiden penembakan di dekat lapangan golf milik mantan presiden.", "usa-secret-service", "", false, false},
	{"body parlemen eropa", "Parlemen Eropa menyetujui aturan kecerdasan buatan pertama di dunia.", "european-parliament", "", false, false},
	// known: the event is coded with the body's state and sector (CAMEO), which lists the state as an actor with no mention of its own
	{"body dpr as bantuan", "Dewan Perwakilan Rakyat AS meloloskan paket bantuan untuk Ukraina, Israel, dan Taiwan.", "usa-house UKR ISR TWN", "idn-dpr USA", false, true},
	{"body majelis rendah inggris", "Majelis Rendah Inggris menolak kesepakatan Brexit untuk ketiga kalinya.", "gbr-commons", "GBR", false, false},
	{"body majelis rendah alone", "Perdana menteri kalah dalam pemungutan suara di Majelis Rendah pada Selasa malam.", "", "", false, false},
	{"body ma as roe", "Mahkamah Agung AS membatalkan putusan Roe v. Wade yang melegalkan aborsi.", "usa-supreme-court", "USA", false, false},
	{"body ma inggris rwanda", "Mahkamah Agung Inggris memutuskan rencana deportasi ke Rwanda melanggar hukum.", "gbr-supreme-court RWA", "idn-supreme-court GBR", false, false},
	// known: the event is coded with the body's state and sector (CAMEO), which lists the state as an actor with no mention of its own
	{"body kpu india", "Komisi Pemilihan Umum India mengumumkan jadwal pemilu tujuh tahap.", "", "idn-kpu IND", false, false},
	{"body kpu filipina", "Komisi Pemilihan Umum Filipina mendiskualifikasi kandidat itu.", "", "idn-kpu PHL", false, false},
	{"body federal reserve", "Federal Reserve menaikkan suku bunga acuan sebesar 25 basis poin.", "usa-central-bank", "", false, false},
	{"body the fed", "The Fed diperkirakan menahan suku bunga pada pertemuan bulan depan.", "usa-central-bank", "", false, false},
	{"body ecb", "Bank Sentral Eropa mempertahankan suku bunga tidak berubah pada Kamis.", "ecb", "", false, false},
	{"body bank of england", "Bank of England menaikkan suku bunga ke level tertinggi dalam 15 tahun.", "gbr-central-bank", "", false, false},
	// known: the event is coded with the body's state and sector (CAMEO), which lists the state as an actor with no mention of its own
	{"body us navy houthi", "Angkatan Laut AS mengatakan kapal perusaknya mencegat tiga rudal yang ditembakkan kelompok Houthi.", "usa-navy houthis", "USA", false, true},
	// known: the event is coded with the body's state and sector (CAMEO), which lists the state as an actor with no mention of its own
	{"body israeli air force", "Angkatan Udara Israel menyerang gudang senjata Hizbullah semalam.", "isr-air-force hezbollah", "ISR", false, true},
	{"body marinir as", "Korps Marinir AS mengirim 2.000 personel ke kawasan itu.", "usa-marines", "USA", false, false},
	{"body met police", "Kepolisian Metropolitan London menangkap seorang pria berusia 34 tahun terkait serangan pisau itu.", "gbr-police-met", "", false, false},
	{"body scotland yard", "Scotland Yard mengatakan penyelidikan atas kebocoran itu masih berlangsung.", "gbr-police-met", "", false, false},
	{"body afp police", "Polisi Federal Australia menahan dua remaja terkait dugaan rencana teror.", "aus-police", "AUS", false, false},
	{"body cia bracket", "Badan Intelijen Pusat (CIA) menilai Moskow berada di balik serangan siber itu.", "usa-cia RUS", "", false, false},
	// known: the event is coded with the body's state and sector (CAMEO), which lists the state as an actor with no mention of its own
	{"body mi6", "MI6 memperingatkan meningkatnya ancaman spionase dari China.", "gbr-mi6 CHN", "", false, true},
	{"body komisi eropa apple", "Komisi Eropa mendenda Apple sebesar 1,8 miliar euro.", "european-commission apple-inc", "", false, false},
	{"body dk pbb", "Dewan Keamanan PBB gagal menyepakati resolusi gencatan senjata.", "un-security-council", "", false, false},
	{"body iaea iran", "Badan Energi Atom Internasional mengatakan Iran telah memperkaya uranium hingga 60 persen.", "iaea IRN", "", false, false},
	{"body who mpox", "Organisasi Kesehatan Dunia menyatakan wabah mpox sebagai darurat kesehatan global.", "who", "", false, false},
	{"body pentagon patriot", "Pentagon mengatakan sistem pertahanan udara Patriot akan dikirim dalam beberapa pekan.", "usa-defense-ministry", "", false, false},
	{"body downing street", "Downing Street mengatakan perdana menteri mendukung penuh menteri dalam negerinya.", "gbr-government", "", false, false},
	// known (business grid of issue #12): the suit was read as by "Bursa AS", an organization made of the body's name's last words; now that
	// the body's name keeps its head words, the US agency's event is coded USA/GOV, which lists USA as an actor (as the White House rows)
	{"body sec binance", "Komisi Sekuritas dan Bursa AS menggugat bursa kripto Binance.", "usa-sec binance", "USA", false, true},
	{"body senat as", "Senat AS mengonfirmasi pencalonan hakim itu dengan suara 52 banding 48.", "usa-senate", "USA", false, false},
	{"body majelis nasional prancis", "Majelis Nasional Prancis meloloskan mosi tidak percaya terhadap pemerintah.", "fra-national-assembly", "FRA", false, false},
	{"body irgc", "Garda Revolusi Iran menyita sebuah kapal tanker di Selat Hormuz.", "irn-irgc", "IRN", false, false},
	// known: the event is coded with the body's state and sector (CAMEO), which lists the state as an actor with no mention of its own
	{"body pla", "Tentara Pembebasan Rakyat menggelar latihan militer besar-besaran di sekitar Taiwan.", "chn-armed-forces TWN", "", false, true},
	{"body idf bracket", "Pasukan Pertahanan Israel (IDF) mengatakan dua tentaranya tewas.", "isr-armed-forces", "", false, false},
	// known: the event is coded with the body's state and sector (CAMEO), which lists the state as an actor with no mention of its own
	{"body kemlu china", "Kementerian Luar Negeri China menyatakan protes keras terhadap penjualan senjata AS ke Taiwan.", "chn-foreign-ministry USA TWN", "CHN", false, true},
	{"body home office", "Kementerian Dalam Negeri Inggris memperketat aturan visa bagi pekerja asing.", "gbr-home-office", "idn-home-affairs-ministry GBR", false, false},
	// known: the event is coded with the body's state and sector (CAMEO), which lists the state as an actor with no mention of its own
	{"body kemlu inggris", "Kantor Luar Negeri Inggris memanggil duta besar Rusia.", "gbr-foreign-ministry RUS", "GBR", false, true},
	// known: the event is coded with the body's state and sector (CAMEO), which lists the state as an actor with no mention of its own
	{"body kemhan rusia", "Kementerian Pertahanan Rusia mengklaim pasukannya merebut sebuah desa di Donetsk.", "rus-defense-ministry", "RUS", false, true},
	// known: Putin, head of state, takes part in the event as RUS (state_roles)
	{"body icc putin", "Mahkamah Pidana Internasional mengeluarkan surat perintah penangkapan untuk Putin.", "icc vladimir-putin", "", false, true},
	{"body fda", "Badan Pengawas Obat dan Makanan AS (FDA) menyetujui obat Alzheimer baru.", "usa-fda", "idn-bpom USA", false, false},
	// known: the event is coded with the body's state and sector (CAMEO), which lists the state as an actor with no mention of its own
	{"body nypd columbia", "Kepolisian New York menangkap puluhan demonstran di kampus Universitas Columbia.", "usa-nypd", "", false, true},
	{"body kepolisian prancis", "Kepolisian Prancis menahan seorang tersangka terkait serangan di sekolah itu.", "", "FRA", false, false},
	{"body bfv jerman", "Dinas intelijen dalam negeri Jerman menempatkan partai AfD di bawah pengawasan.", "afd", "DEU", false, false},
	{"body bank dunia", "Bank Dunia memangkas proyeksi pertumbuhan ekonomi global.", "world-bank", "", false, false},
	{"body nsa", "Badan Keamanan Nasional AS dituduh menyadap telepon para pemimpin Eropa.", "usa-nsa", "USA", false, false},
	{"body kepolisian kanada", "Kepolisian Berkuda Kerajaan Kanada menyelidiki pembunuhan seorang pemimpin Sikh.", "can-police", "CAN", false, false},
	{"body nhs", "Dinas Kesehatan Nasional Inggris (NHS) menghadapi pemogokan dokter terbesar dalam sejarahnya.", "", "GBR", false, false},
	{"body european council", "Dewan Eropa menyetujui pembukaan perundingan aksesi dengan Ukraina.", "european-council UKR", "", false, false},
	{"body bundesbank", "Bundesbank memperkirakan ekonomi Jerman menyusut tahun ini.", "deu-central-bank DEU", "", false, false},
	{"body kejaksaan federal", "Jaksa federal AS mendakwa tiga warga negara Rusia atas tuduhan spionase.", "USA RUS", "", false, false},
	{"body ntsb", "Badan Keselamatan Transportasi Nasional AS menyelidiki kecelakaan pesawat itu.", "", "USA", false, false},
	// known: "pesawat Boeing 737 MAX 9": the maker's name in a product's is not read as the company
	{"body faa", "Badan Penerbangan Federal AS (FAA) melarang terbang pesawat Boeing 737 MAX 9.", "usa-faa boeing", "USA", false, true},

	// States by demonyms, short forms and capitals in translated style.
	{"demonym pejabat as", "Pejabat AS mengatakan serangan balasan akan dilakukan dalam beberapa hari.", "USA", "", false, false},
	{"demonym pasukan rusia", "Pasukan Rusia menembaki kota Kharkiv semalaman.", "RUS", "", false, false},
	{"demonym warga negara inggris", "Seorang warga negara Inggris ditangkap di Dubai atas tuduhan penyelundupan narkoba.", "GBR", "", false, false},
	{"demonym diplomat china", "Diplomat China meninggalkan ruang sidang saat delegasi Taiwan berbicara.", "CHN TWN", "", false, false},
	// known: the event is coded with the body's state and sector (CAMEO), which lists the state as an actor with no mention of its own
	{"demonym militer israel", "Militer Israel mengatakan telah menewaskan seorang komandan Hamas.", "isr-armed-forces hamas", "", false, true},
	{"demonym tentara ukraina", "Tentara Ukraina mundur dari kota Avdiivka.", "ukr-armed-forces", "", false, false},
	{"demonym laut china selatan", "Kapal perang Jepang dan Filipina menggelar latihan bersama di Laut China Selatan.", "JPN PHL", "", false, false},
	{"demonym investor amerika", "Investor Amerika menarik dana dari pasar saham China.", "USA CHN", "", false, false},
	// The annotation's: the bare agent of a passive is now read (idevents2 grid), and the coast guard's attack makes China take part.
	{"demonym nelayan vietnam", "Nelayan Vietnam mengaku diserang kapal penjaga pantai China.", "VNM chn-coast-guard", "CHN", false, true},
	{"demonym pasukan korut", "Pasukan Korea Utara dilaporkan dikerahkan ke wilayah Kursk.", "PRK", "", false, false},
	{"demonym juru runding palestina", "Juru runding Palestina menolak proposal tersebut.", "PSE", "", false, false},
	{"demonym pemerintah inggris", "Pemerintah Inggris akan mengumumkan anggaran pada musim gugur.", "GBR", "", false, false},
	{"demonym washington beijing", "Washington dan Beijing sepakat melanjutkan pembicaraan perdagangan.", "USA CHN", "", false, false},
	{"demonym moskow membantah", "Moskow membantah tuduhan bahwa pasukannya menyerang warga sipil.", "RUS", "", false, false},
	{"demonym teheran", "Teheran memperingatkan Washington agar tidak ikut campur.", "IRN USA", "", false, false},
	{"demonym pejabat ue london", "Pejabat Uni Eropa mengatakan negosiasi dengan London sudah memasuki tahap akhir.", "european-union GBR", "", false, false},
	{"demonym pejabat as anonim", "“Kami sedang mengevaluasi semua opsi,” kata seorang pejabat AS yang tidak mau disebutkan namanya.", "USA", "", false, false},
	{"demonym dua pejabat israel", "Dua pejabat Israel mengatakan kepada Reuters bahwa serangan itu direncanakan berminggu-minggu.", "ISR reuters", "", false, false},
	{"demonym pasukan as suriah", "Pasukan AS di Suriah diserang dengan drone pada Minggu.", "USA SYR", "", false, false},

	// Traps: a state inside a longer name (airlines, banks, leagues, US states), a person's name inside a company's or a newspaper's, a name that is also a state.
	{"trap state in airline", "Japan Airlines membatalkan puluhan penerbangan akibat topan.", "japan-airlines", "JPN", false, false},
	{"trap qatar airways", "Qatar Airways mengumumkan rute baru ke Bali mulai Desember.", "qatar-airways", "QAT", false, false},
	{"trap deutsche bank", "Deutsche Bank akan memangkas ribuan pekerjaan tahun depan.", "deutsche-bank", "DEU", false, false},
	{"trap bank of america", "Bank of America melaporkan laba kuartalan di atas perkiraan analis.", "", "USA", false, false},
	{"trap china evergrande", "China Evergrande dinyatakan pailit oleh pengadilan Hong Kong.", "evergrande HKG", "CHN", false, false},
	{"trap saudi aramco", "Saudi Aramco mencatat laba bersih yang lebih rendah akibat turunnya harga minyak.", "saudi-aramco", "SAU", false, false},
	{"trap turkish airlines", "Turkish Airlines memesan 200 pesawat baru dari Airbus.", "airbus", "TUR", false, false},
	{"trap new mexico governor", "Gubernur New Mexico Michelle Lujan Grisham menangguhkan hak membawa senjata di Albuquerque.", "michelle-lujan-grisham", "MEX", false, false},
	{"trap new jersey governor", "Gubernur New Jersey Phil Murphy mengumumkan keadaan darurat akibat banjir.", "phil-murphy", "JEY", false, false},
	{"trap liga premier inggris", "Manchester United finis di posisi kedelapan Liga Premier Inggris.", "manchester-united", "GBR", false, false},
	{"trap israel adesanya", "Israel Adesanya kehilangan gelar juara kelas menengah UFC.", "israel-adesanya", "ISR", false, false},
	{"trap jordan henderson", "Jordan Henderson meninggalkan Liverpool untuk bergabung dengan klub Arab Saudi.", "jordan-henderson SAU", "JOR", false, false},
	{"trap washington post", "Washington Post melaporkan bahwa kontrak itu bernilai 10 miliar dolar.", "washington-post", "USA", false, false},
	{"trap new york times", "New York Times menggugat OpenAI dan Microsoft atas pelanggaran hak cipta.", "new-york-times openai microsoft", "USA", false, false},
	{"trap bloomberg news", "Bloomberg News melaporkan bahwa pembicaraan merger itu gagal.", "bloomberg", "michael-bloomberg", false, false},
	// known: "Ford" alone is no form of ford-motor (persons share it)
	{"trap ford", "Ford memangkas produksi kendaraan listrik akibat lemahnya permintaan.", "ford-motor", "", false, true},
	{"trap tesla nikola", "Tesla menarik lebih dari dua juta mobil karena masalah sistem kemudi otomatis.", "tesla", "", false, false},
	{"trap trump organization", "Jaksa Agung New York mengajukan gugatan terhadap Trump Organization.", "", "donald-trump", false, false},
	{"trap johnson johnson", "Johnson & Johnson setuju membayar 700 juta dolar untuk menyelesaikan gugatan bedak bayi.", "", "boris-johnson", false, false},
	{"trap financial times", "Financial Times, mengutip sumber yang mengetahui masalah itu, melaporkan rencana tersebut.", "financial-times", "", false, false},
	{"trap wall street journal", "The Wall Street Journal melaporkan bahwa perusahaan itu sedang diselidiki.", "wall-street-journal", "", false, false},
	{"trap walt disney", "Walt Disney Co. mengumumkan pemutusan hubungan kerja terhadap 7.000 karyawan.", "walt-disney", "", false, false},
	{"trap lockheed martin", "Lockheed Martin memenangkan kontrak senilai miliaran dolar untuk jet tempur F-35.", "", "", false, false},
	{"trap rolls-royce", "Rolls-Royce berencana membangun reaktor nuklir kecil di Inggris.", "GBR", "", false, false},

	// No actor (places aside) or no person: cities as places, ordinary words after titles.
	{"none brussels", "Pertemuan itu akan digelar di Brussels pada bulan depan.", "", "", false, false},
	{"none london protest", "Ribuan orang berunjuk rasa di London menentang perang.", "", "", false, false},
	{"none washington snow", "Badai salju melumpuhkan transportasi di Washington dan sekitarnya.", "", "", false, false},
	{"none gubernur jenderal", "Gubernur Jenderal menerima surat pengunduran diri itu pada Senin pagi.", "", "", false, false},
	{"none presiden sementara", "Presiden Sementara mengumumkan masa berkabung nasional selama tiga hari.", "", "", false, false},
	{"none sekretaris pers gedung putih", "Sekretaris Pers Gedung Putih mengatakan presiden sedang dalam keadaan sehat.", "usa-presidency", "", false, false},
	{"none wapres eksekutif boeing", "Wakil Presiden Eksekutif Boeing mengatakan produksi akan dinaikkan tahun depan.", "boeing", "", false, false},
	{"none dirjen wto", "Direktur Jenderal Organisasi Perdagangan Dunia mendesak negara-negara menahan diri.", "wto", "", false, false},
	{"none menteri luar negeri bayangan", "Menteri Luar Negeri Bayangan mengkritik kebijakan pemerintah terhadap China.", "CHN", "", false, false},
	{"none diplomat eropa", "Seorang diplomat Eropa yang mengetahui pembicaraan itu mengatakan kesepakatan sudah dekat.", "", "", false, false},
	{"none perdana menteri baru", "Perdana Menteri Baru dijadwalkan dilantik oleh raja pada Jumat.", "", "", false, false},
	// known: a capital opening the sentence stands for its state
	{"none paris olympics", "Paris bersiap menyambut jutaan penonton Olimpiade musim panas ini.", "", "", false, true},
	{"none ketua mayoritas", "Ketua Mayoritas mengatakan sidang akan dilanjutkan besok.", "", "", false, false},
	{"none juru bicara resmi", "Seorang juru bicara resmi menolak menanggapi pertanyaan wartawan.", "", "", false, false},
	{"none cuaca silicon valley", "Perusahaan-perusahaan rintisan di Silicon Valley kesulitan mendapatkan pendanaan.", "", "", false, false},
	{"none wall street", "Saham-saham di Wall Street ditutup melemah pada perdagangan Jumat.", "", "", false, false},

	// Sport.
	{"sport djokovic alcaraz", "Novak Djokovic melaju ke final setelah mengalahkan Carlos Alcaraz dalam empat set.", "novak-djokovic carlos-alcaraz", "", false, false},
	{"sport messi inter miami", "Lionel Messi mencetak dua gol saat Inter Miami menang 3-1.", "lionel-messi inter-miami", "", false, false},
	{"sport guardiola", "Pelatih Manchester City Pep Guardiola mengatakan timnya kelelahan setelah jadwal padat.", "pep-guardiola manchester-city", "", false, false},
	{"sport sinner", "Petenis Italia Jannik Sinner menjuarai Australia Terbuka untuk pertama kalinya.", "jannik-sinner ITA", "", false, false},
	{"sport mbappe real madrid", "Kylian Mbappe resmi bergabung dengan Real Madrid dengan kontrak lima tahun.", "kylian-mbappe real-madrid", "", false, false},
	{"sport verstappen", "Pembalap Red Bull Max Verstappen memenangi Grand Prix Jepang dari posisi terdepan.", "max-verstappen", "", false, false},
	{"sport biles", "Pesenam AS Simone Biles meraih medali emas keempatnya di Paris.", "simone-biles USA", "", false, false},
	{"sport bellingham", "Gelandang Inggris Jude Bellingham mencetak gol penentu di menit terakhir.", "jude-bellingham GBR", "", false, false},

	// Science.
	{"science nasa administrator", "Administrator NASA Bill Nelson mengatakan misi ke Bulan ditunda hingga 2026.", "bill-nelson usa-nasa", "", false, false},
	{"science peneliti oxford", "Peneliti Universitas Oxford Sarah Gilbert mengatakan vaksin itu efektif melawan varian baru.", "sarah-gilbert", "", false, false},
	{"science astronom", "Astronom di Observatorium Eropa Selatan menemukan planet mirip Bumi.", "", "", false, false},
	{"science menurut studi", "Menurut studi yang diterbitkan di jurnal Nature, suhu laut memecahkan rekor.", "", "", false, false},

	// Technology and business.
	{"tech openai chief", "Kepala ilmuwan OpenAI Ilya Sutskever meninggalkan perusahaan itu.", "ilya-sutskever openai", "", false, false},
	// known: "Dan" is the Indonesian "and", so the unknown firm and the name are read as one person
	{"tech analis wedbush", "Analis Wedbush Dan Ives mengatakan saham Apple masih murah.", "dan-ives apple-inc", "", false, true},
	{"tech samsung lee", "Ketua Samsung Electronics Lee Jae-yong dibebaskan dari dakwaan penipuan.", "lee-jae-yong samsung", "", false, false},
	{"tech tsmc wei", "CEO TSMC C.C. Wei mengatakan permintaan cip AI sangat kuat.", "c-c-wei tsmc", "", false, false},

	// Second batch, annotated before its own run (after the first improvements): more translated offices, royals and clerics, spokespersons of bodies, appositions with "mantan", "dalam sebuah pernyataan", "seperti dilansir", ages in brackets; bodies without a gazetteer entry; demonyms of armed groups' backers; airlines, banks and events named after a state or a city.
	{"title2 obama mantan", "Mantan Presiden AS Barack Obama menyerukan para pemilih muda untuk datang ke tempat pemungutan suara.", "barack-obama USA", "", false, false},
	{"title2 jill biden ibu negara", "Ibu Negara AS Jill Biden mengunjungi pangkalan militer di Jerman.", "jill-biden USA DEU", "", false, false},
	{"title2 raja charles", "Raja Charles III menyampaikan pidato pertamanya di depan parlemen Kanada.", "charles-iii can-parliament", "CAN", false, false},
	// known: the Pope, head of state, takes part in the event as VAT (state_roles)
	{"title2 paus fransiskus", "Paus Fransiskus menyerukan gencatan senjata segera di Gaza dan Ukraina.", "pope-francis UKR", "", false, true},
	{"title2 pangeran william", "Pangeran William mengunjungi korban banjir di Wales.", "william-prince-of-wales", "", false, false},
	{"title2 peskov kremlin", "Juru bicara Kremlin Dmitry Peskov mengatakan Moskow belum menerima usulan itu.", "dmitry-peskov rus-presidency RUS", "", false, false},
	{"title2 mao ning", "Juru bicara Kementerian Luar Negeri China Mao Ning mendesak Washington berhenti mempersenjatai Taiwan.", "mao-ning chn-foreign-ministry USA TWN", "CHN", false, false},
	{"title2 hagari", "Juru bicara militer Israel Laksamana Muda Daniel Hagari mengatakan operasi itu akan berlanjut.", "daniel-hagari isr-armed-forces", "ISR", false, false},
	{"title2 milley jenderal", "Ketua Kepala Staf Gabungan AS Jenderal Mark Milley memperingatkan risiko eskalasi.", "mark-milley usa-jcs", "", false, false}, // (USA before the Joint Chiefs were a known body: the body names its state)
	// The US state Georgia after a governor's title (substate_offices, from the global south grid).
	{"title2 kemp georgia us", "Gubernur Georgia Brian Kemp menandatangani anggaran negara bagian itu.", "brian-kemp", "GEO", false, false},
	{"title2 zourabichvili georgia", "Presiden Georgia Salome Zourabichvili menolak menandatangani undang-undang agen asing.", "salome-zourabichvili GEO", "", false, false},
	{"title2 zakharova", "Juru bicara Kementerian Luar Negeri Rusia Maria Zakharova menyebut tuduhan itu absurd.", "maria-zakharova rus-foreign-ministry", "RUS", false, false},
	{"title2 penny wong", "Menteri Luar Negeri Australia Penny Wong bertemu timpalannya dari China di Canberra.", "penny-wong AUS CHN", "", false, false},
	{"title2 herzog", "Presiden Israel Isaac Herzog menyerukan persatuan nasional.", "isaac-herzog ISR", "", false, false},
	{"title2 ben-gvir", "Menteri Keamanan Nasional Israel Itamar Ben-Gvir mengunjungi kompleks Masjid Al-Aqsa.", "itamar-ben-gvir ISR", "", false, false},
	{"title2 pezeshkian", "Presiden Iran Masoud Pezeshkian mengatakan Teheran siap kembali berunding.", "masoud-pezeshkian IRN", "", false, false},
	{"title2 kim yo jong", "Kim Yo Jong, adik pemimpin Korea Utara Kim Jong Un, mengecam latihan militer gabungan itu.", "kim-yo-jong kim-jong-un PRK", "", false, false},
	{"title2 yermak", "Kepala Staf Kepresidenan Ukraina Andriy Yermak tiba di Washington untuk pembicaraan.", "andriy-yermak UKR", "", false, false},
	{"title2 syrskyi", "Panglima Angkatan Bersenjata Ukraina Jenderal Oleksandr Syrskyi mengakui situasi di garis depan sulit.", "oleksandr-syrskyi ukr-armed-forces", "UKR", false, false},
	{"title2 navalnaya", "Yulia Navalnaya, janda pemimpin oposisi Rusia Alexei Navalny, berbicara di Konferensi Keamanan Munich.", "yulia-navalnaya alexei-navalny RUS", "", false, false},
	{"title2 vance terpilih", "Wakil Presiden terpilih AS JD Vance mengatakan pemerintahan baru akan meninjau bantuan itu.", "jd-vance USA", "", false, false},
	{"title2 jack smith", "Penasihat khusus Jack Smith mengajukan dakwaan baru terhadap mantan presiden itu.", "jack-smith", "", false, false},
	{"title2 letitia james", "Jaksa Agung New York Letitia James menggugat perusahaan energi itu.", "letitia-james", "", false, false},
	{"title2 ketua dpr partai", "Ketua DPR AS dari Partai Republik Mike Johnson menunda pemungutan suara itu.", "mike-johnson usa-house us-republican-party", "USA", false, false},
	{"app2 mantan dubes", "Kurt Volker, mantan duta besar AS untuk NATO, mengatakan aliansi itu menghadapi ujian berat.", "kurt-volker USA nato", "", false, false},
	{"app2 dalam pernyataan", "Kami tidak akan mundur, kata Menteri Luar Negeri Prancis Stephane Sejourne dalam sebuah pernyataan.", "stephane-sejourne FRA", "", false, false},
	{"app2 kepada afp", "Seorang pejabat keamanan Irak mengatakan kepada AFP bahwa dua roket menghantam pangkalan itu.", "IRQ afp", "", false, false},
	{"app2 dilansir reuters", "Seperti dilansir Reuters, perusahaan itu akan memangkas 5.000 pekerjaan.", "reuters", "", false, false},
	{"app2 aisha bello", "Aisha Bello, 34, seorang ibu dua anak di Kano, mengatakan harga beras naik dua kali lipat.", "aisha-bello", "", false, false},
	{"app2 juan carlos rodriguez", "Juan Carlos Rodriguez, seorang sopir bus di Buenos Aires, mengatakan gajinya tidak lagi cukup.", "juan-carlos-rodriguez", "", false, false},
	{"app2 lee min-jun", "Lee Min-jun, 31, seorang pegawai bank di Seoul, mengatakan ia tidak berencana menikah.", "lee-min-jun", "", false, false},
	{"app2 nguyen thi lan", "Nguyen Thi Lan, pemilik kios di Hanoi, mengatakan pembeli semakin sedikit.", "nguyen-thi-lan", "", false, false},
	{"app2 anjali gupta kurung", "Anjali Gupta (27), seorang pemilih pemula di Delhi, mengatakan ia memilih karena alasan ekonomi.", "anjali-gupta", "", false, false},
	{"app2 mohammed al-masri", "“Tidak ada tempat yang aman,” kata Mohammed al-Masri, yang mengungsi bersama keluarganya dari Khan Younis.", "mohammed-al-masri", "", false, false},
	{"app2 tulisnya platform x", "Musk menulis di platform media sosial X bahwa ia tidak akan mundur.", "elon-musk", "", false, false},
	{"body2 ftc", "Komisi Perdagangan Federal AS (FTC) menggugat Amazon atas praktik antipersaingan.", "", "USA", false, false},
	{"body2 kemenkes gaza", "Kementerian Kesehatan Gaza mengatakan jumlah korban tewas melampaui 30.000 orang.", "pse-health-ministry", "PSE", false, false},
	// known: the event is coded with the body's state and sector (CAMEO), which lists the state as an actor with no mention of its own
	{"body2 otoritas palestina", "Otoritas Palestina mengecam serangan pemukim Israel di Tepi Barat.", "pse-authority ISR", "", false, true},
	{"body2 pengadilan tinggi london", "Pengadilan Tinggi London menolak banding yang diajukan pendiri WikiLeaks itu.", "", "", false, false},
	{"body2 juri federal", "Juri federal di Manhattan menyatakan mantan eksekutif itu bersalah atas penipuan.", "", "", false, false},
	{"body2 departemen tenaga kerja", "Departemen Tenaga Kerja AS melaporkan penambahan 250.000 lapangan kerja pada bulan lalu.", "", "USA", false, false},
	{"demonym2 pemukim israel", "Pemukim Israel membakar rumah-rumah warga Palestina di sebuah desa dekat Nablus.", "ISR PSE", "", false, false},
	{"demonym2 militan hamas", "Militan Hamas menembakkan roket ke arah Tel Aviv.", "hamas", "", false, false},
	{"demonym2 houthi didukung iran", "Pemberontak Houthi yang didukung Iran menyerang kapal dagang di Laut Merah.", "houthis IRN", "", false, false},
	{"demonym2 jet tempur rusia", "Jet tempur Rusia mencegat pesawat pengintai AS di atas Laut Hitam.", "RUS USA", "", false, false},
	{"demonym2 drone iran", "Drone buatan Iran digunakan dalam serangan terhadap infrastruktur energi Ukraina.", "IRN UKR", "", false, false},
	{"demonym2 wagner", "Tentara bayaran Wagner ditarik dari Mali setelah kekalahan di utara.", "wagner-group MLI", "", false, false},
	{"trap2 air china", "Air China menambah penerbangan ke Eropa mulai bulan depan.", "", "CHN", false, false},
	{"trap2 bank of china", "Bank of China memangkas suku bunga deposito.", "bank-of-china", "CHN", false, false},
	{"trap2 british airways", "British Airways membatalkan ratusan penerbangan akibat gangguan sistem.", "", "GBR", false, false},
	{"trap2 american airlines", "American Airlines mencapai kesepakatan dengan serikat pilot.", "", "USA", false, false},
	{"trap2 grand prix jepang", "Max Verstappen memenangi Grand Prix Jepang di Suzuka.", "max-verstappen", "JPN", false, false},
	{"trap2 olimpiade paris", "Olimpiade Paris 2024 resmi dibuka di tepi Sungai Seine.", "", "FRA", false, false},
	{"trap2 universitas tokyo", "Peneliti Universitas Tokyo mengembangkan baterai yang bisa diisi dalam lima menit.", "", "JPN", false, false},
	{"trap2 piala dunia qatar", "Piala Dunia Qatar menjadi turnamen termahal dalam sejarah.", "", "QAT", false, false},
	{"none2 presiden terpilih", "Presiden terpilih dijadwalkan dilantik pada 20 Januari.", "", "", false, false},
	{"none2 dari washington", "Delegasi itu tiba dari Washington pada Selasa malam.", "", "", false, false},
	{"none2 juru bicara kepresidenan", "Juru Bicara Kepresidenan menolak mengomentari laporan tersebut.", "", "", false, false},
	{"none2 sumber diplomatik", "Sebuah sumber diplomatik mengatakan pertemuan itu berlangsung tegang.", "", "", false, false},

	// Third batch, annotated before its own run: second mentions and pronouns over two sentences, lower-case descriptions (aktivis iklim Swedia, bintang pop AS, raksasa teknologi AS), appositive offices, lists of leaders, surnames of office holders, regime and administration metonyms, ships, airports, journals and reports named after persons.
	{"multi eide second mention", "Menteri Luar Negeri Norwegia Espen Barth Eide tiba di Kairo pada Minggu. Eide mengatakan Oslo siap menjadi tuan rumah perundingan.", "espen-barth-eide NOR", "", false, false},
	{"multi unknown second mention", "Mark Ellison, seorang penyelidik independen, menulis laporan itu. Ellison mengatakan temuannya akan diserahkan ke parlemen.", "mark-ellison", "", false, false},
	{"multi pronoun ia", "Senator Demokrat Elizabeth Warren mengkritik rencana itu. Ia menyebut rencana tersebut sebagai hadiah bagi perusahaan besar.", "elizabeth-warren", "", false, false},
	{"title3 ocasio-cortez", "Anggota Kongres dari Partai Demokrat Alexandria Ocasio-Cortez menyerukan penyelidikan atas kontrak itu.", "alexandria-ocasio-cortez us-democratic-party", "", false, false},
	{"title3 senator as rubio", "Senator AS Marco Rubio mendesak pemerintah menjatuhkan sanksi kepada pejabat China.", "marco-rubio USA CHN", "", false, false},
	{"title3 machado", "Pemimpin oposisi Venezuela Maria Corina Machado bersembunyi setelah pemilu yang disengketakan.", "maria-corina-machado VEN", "", false, false},
	{"title3 thunberg", "Aktivis iklim Swedia Greta Thunberg ditahan polisi dalam unjuk rasa di Den Haag.", "greta-thunberg SWE", "", false, false},
	{"title3 swift", "Bintang pop AS Taylor Swift mendukung calon presiden dari Partai Demokrat.", "taylor-swift USA us-democratic-party", "", false, false},
	{"title3 sheeran", "Penyanyi Inggris Ed Sheeran membatalkan konsernya di Kuala Lumpur.", "ed-sheeran GBR", "", false, false},
	{"title3 rushdie", "Penulis Salman Rushdie kehilangan penglihatan di satu matanya setelah ditikam.", "salman-rushdie", "", false, false},
	{"title3 malala", "Penerima Nobel Perdamaian Malala Yousafzai menyerukan pendidikan bagi anak perempuan Afghanistan.", "malala-yousafzai AFG", "", false, false},
	{"title3 pistorius", "Menteri Pertahanan Jerman Boris Pistorius memperingatkan bahwa Rusia bisa menyerang negara NATO dalam beberapa tahun.", "boris-pistorius DEU RUS nato", "", false, false},
	{"title3 min aung hlaing", "Panglima junta Myanmar Jenderal Senior Min Aung Hlaing menjanjikan pemilu tahun depan.", "min-aung-hlaing mmr-armed-forces", "MMR", false, false},
	{"title3 ancelotti", "Pelatih Real Madrid Carlo Ancelotti mengatakan timnya pantas menang.", "carlo-ancelotti real-madrid", "", false, false},
	{"title3 turk ham pbb", "Kepala Hak Asasi Manusia PBB Volker Turk menyebut serangan itu bisa menjadi kejahatan perang.", "volker-turk", "", false, false},
	{"title3 banga", "Presiden Bank Dunia Ajay Banga mengatakan negara miskin membutuhkan keringanan utang.", "ajay-banga world-bank", "", false, false},
	{"title3 cindy mccain", "Direktur Eksekutif Program Pangan Dunia Cindy McCain memperingatkan kelaparan di Gaza utara.", "cindy-mccain world-food-programme", "", false, false},
	{"title3 maduro", "Presiden Venezuela Nicolas Maduro mengusir diplomat dari tujuh negara Amerika Latin.", "nicolas-maduro VEN", "", false, false},
	{"title3 yunus", "Pemimpin pemerintahan sementara Bangladesh Muhammad Yunus berjanji menggelar pemilu.", "muhammad-yunus BGD", "", false, false},
	{"title3 imran khan", "Mantan Perdana Menteri Pakistan Imran Khan dijatuhi hukuman 14 tahun penjara.", "imran-khan PAK", "", false, false},
	{"title3 anwar", "Perdana Menteri Malaysia Anwar Ibrahim menyerukan ASEAN bersatu menghadapi tarif AS.", "anwar-ibrahim MYS asean USA", "", false, false},
	{"title3 marcos", "Presiden Filipina Ferdinand Marcos Jr. mengatakan Manila tidak akan menyerahkan wilayahnya.", "ferdinand-marcos-jr PHL", "", false, false},
	{"title3 suu kyi", "Pemimpin terguling Myanmar Aung San Suu Kyi dipindahkan ke tahanan rumah.", "aung-san-suu-kyi MMR", "", false, false},
	{"title3 al-sharaa", "Pemimpin Suriah Ahmed al-Sharaa bertemu dengan Putra Mahkota Saudi di Riyadh.", "ahmed-al-sharaa SYR SAU", "", false, false},
	// The war cabinet is a named body since the Middle East grid: a title naming a body gives the body, whose state is ISR (as "Anggota Knesset" gives the Knesset).
	{"title3 gantz", "Anggota kabinet perang Israel Benny Gantz mengancam mundur dari pemerintahan.", "benny-gantz isr-war-cabinet", "", false, false},
	{"title3 orban", "Perdana Menteri Hungaria Viktor Orban memblokir paket bantuan Uni Eropa untuk Ukraina.", "viktor-orban HUN european-union UKR", "", false, false},
	{"title3 tusk", "Perdana Menteri Polandia Donald Tusk mengatakan Eropa harus bersiap menghadapi perang.", "donald-tusk POL", "", false, false},
	{"title3 wilders unknown", "Politikus sayap kanan Belanda Geert Wilders memenangi kursi terbanyak dalam pemilu.", "geert-wilders NLD", "", false, false},
	{"title3 frederiksen", "Perdana Menteri Denmark Mette Frederiksen menolak gagasan pembelian Greenland.", "mette-frederiksen DNK GRL", "", false, false},
	{"app3 blinken apposition", "Antony Blinken, Menteri Luar Negeri AS, mengatakan Washington akan terus mendukung Kyiv.", "antony-blinken USA UKR", "", false, false},
	{"app3 list two leaders", "Presiden AS Joe Biden dan Perdana Menteri Inggris Rishi Sunak menandatangani deklarasi bersama.", "joe-biden USA rishi-sunak GBR", "", false, false},
	{"app3 biden xi surnames", "Biden dan Xi sepakat membuka kembali jalur komunikasi militer.", "joe-biden xi-jinping", "", false, false},
	{"app3 kcna", "Kantor berita negara Korea Utara KCNA melaporkan peluncuran rudal itu.", "kcna PRK", "", false, false},
	{"app3 raksasa teknologi", "Raksasa teknologi AS Google setuju membayar denda 2,4 miliar euro.", "google USA", "", false, false},
	{"app3 produsen mobil jepang", "Produsen mobil Jepang Toyota menarik satu juta kendaraan.", "toyota JPN", "", false, false},
	{"app3 miliarder musk", "Miliarder teknologi Elon Musk mengatakan ia akan mendanai kampanye itu.", "elon-musk", "", false, false},
	{"app3 mantan tentara", "Viktor Sorokin, 52, mantan tentara yang kini menjadi relawan, mengatakan ia tidak takut.", "viktor-sorokin", "", false, false},
	{"app3 mahasiswa columbia", "Sarah Levinson, mahasiswi tingkat akhir di Universitas Columbia, mengatakan kampus terasa tegang.", "sarah-levinson", "", false, false},
	{"app3 pengungsi sudan", "Amna Abdelrahman, pengungsi Sudan yang tiba di Chad pekan lalu, mengatakan desanya dibakar.", "amna-abdelrahman SDN TCD", "", false, false},
	{"app3 tulis di x", "Zelensky menulis di X bahwa Ukraina membutuhkan lebih banyak sistem pertahanan udara.", "volodymyr-zelenskyy UKR", "", false, false},
	{"body3 esa", "Badan Antariksa Eropa (ESA) meluncurkan satelit pemantau iklim.", "esa", "", false, false},
	{"body3 kantor hak asasi pbb", "Kantor Hak Asasi Manusia PBB mendesak penyelidikan independen.", "", "", false, false},
	{"trap3 timnas argentina", "Timnas Argentina menjuarai Copa America untuk kedua kalinya berturut-turut.", "", "ARG", false, false},
	{"trap3 charles de gaulle", "Kapal induk Charles de Gaulle berlayar ke Laut Mediterania timur.", "", "", false, false},
	{"trap3 bandara jfk", "Penerbangan itu mendarat di Bandara John F. Kennedy di New York.", "", "", false, false},
	{"trap3 universitas cambridge", "Para ilmuwan di Universitas Cambridge menemukan cara baru mendeteksi kanker.", "", "", false, false},
	{"trap3 jurnal nature", "Studi itu diterbitkan di jurnal Nature pada Rabu.", "", "", false, false},
	{"trap3 laporan mueller", "Laporan Mueller tidak menemukan bukti konspirasi.", "", "", false, false},
	// known: the regime metonym gives SYR and keeps the person too
	{"trap3 rezim assad", "Rezim Assad runtuh setelah serangan kilat kelompok pemberontak.", "SYR", "", false, true},
	// known: the administration metonym gives USA and keeps the person too
	{"trap3 pemerintahan biden", "Pemerintahan Biden mengumumkan paket bantuan militer baru.", "USA", "", false, true},
	{"none3 presiden bank dunia", "Presiden Bank Dunia akan mengunjungi Jakarta pekan depan.", "world-bank", "", false, false},
	{"none3 para pemimpin g7", "Para pemimpin G7 berkumpul di Italia selatan untuk KTT tahunan.", "g7 ITA", "", false, false},

	// Fourth batch, annotated before its own run: the US, British and European agencies that the gazetteer lacked before this pass, written anew (not the sentences the data was tried on), and bodies of federal states.
	{"body4 ftc microsoft", "Komisi Perdagangan Federal AS membuka penyelidikan antimonopoli terhadap Microsoft.", "usa-ftc microsoft", "USA", false, false},
	{"body4 fcc bare", "Komisi Komunikasi Federal mencabut izin operator telekomunikasi China itu.", "usa-fcc CHN", "idn-komisi-komunikasi-federal", false, false},
	{"body4 ntsb boeing", "Badan Keselamatan Transportasi Nasional AS mengatakan pintu darurat pesawat itu terlepas di udara.", "usa-ntsb", "USA", false, false},
	{"body4 centcom houthi", "Komando Pusat AS mengatakan pasukannya menghancurkan radar milik kelompok Houthi.", "usa-centcom houthis", "USA", false, false},
	{"body4 nca inggris", "Badan Kejahatan Nasional Inggris menangkap empat tersangka penyelundupan manusia.", "gbr-nca", "GBR", false, false},
	{"body4 sfo airbus", "Kantor Penipuan Serius Inggris menghentikan penyelidikan atas perusahaan itu.", "gbr-sfo", "GBR", false, false},
	{"body4 mahkamah eropa", "Mahkamah Eropa memutuskan Polandia melanggar aturan independensi peradilan.", "cjeu POL", "", false, false},
	{"body4 ema vaksin", "Badan Obat Eropa merekomendasikan persetujuan vaksin flu burung pertama.", "ema", "", false, false},
	{"body4 departemen energi", "Departemen Energi AS akan melepas 30 juta barel minyak dari cadangan strategis.", "usa-energy-ministry", "USA", false, false},
	{"body4 hhs", "Departemen Kesehatan dan Layanan Kemanusiaan AS memangkas 10.000 pegawai.", "usa-hhs", "USA idn-health-ministry", false, false},
	{"body4 departemen pendidikan", "Departemen Pendidikan AS menyelidiki puluhan universitas atas tuduhan diskriminasi.", "usa-education-ministry", "USA", false, false},
	{"body4 cisa", "Badan Keamanan Siber dan Infrastruktur AS mendesak perusahaan memperbarui perangkat lunak mereka.", "usa-cisa", "USA", false, false},
	{"body4 badan federal jerman", "Badan Federal Jerman untuk Keamanan Informasi memperingatkan celah pada aplikasi itu.", "", "DEU", false, false},
	{"body4 kantor kejaksaan federal", "Kantor Kejaksaan Federal Swiss membuka kasus pidana terhadap bank itu.", "", "CHE", false, false},

	// Fifth batch, annotated before its own run: speech verbs of translated copy (ujar, tutur, imbuh, lanjut, jelas, "mengatakan kepada CNN", "dalam wawancara dengan BBC", "seperti dikutip", "sebagaimana diberitakan") and made-up ordinary persons of more nationalities.
	{"speech ujar ukrainian", "“Kami tidak punya pilihan selain bertahan,” ujar Oksana Melnyk, 41, warga Zaporizhzhia.", "oksana-melnyk", "", false, false},
	{"speech tutur turkish", "Gempa itu menghancurkan seluruh blok, tutur Mehmet Yildiz, seorang relawan penyelamat.", "mehmet-yildiz", "", false, false},
	{"speech imbuh indian", "Pemerintah harus turun tangan, imbuh Rajesh Kumar, ketua serikat petani di Punjab.", "rajesh-kumar", "", false, false},
	{"speech lanjut brazilian", "Hutan terus dibakar setiap musim kemarau, lanjut Marcos Oliveira, seorang aktivis lingkungan.", "marcos-oliveira", "", false, false},
	{"speech jelas korean", "Harga rumah di Seoul sudah tidak terjangkau, jelas Park Ji-hoon, seorang pegawai kantoran.", "park-ji-hoon", "", false, false},
	{"speech kepada cnn", "Seorang komandan Ukraina bernama Andriy Bondarenko mengatakan kepada CNN bahwa pasukannya kekurangan amunisi.", "andriy-bondarenko cnn UKR", "", false, false},
	{"speech wawancara bbc", "Dalam wawancara dengan BBC, Amina Yusuf mengatakan ia melarikan diri dari Khartoum dengan berjalan kaki.", "amina-yusuf bbc", "", false, false},
	{"speech syarat anonim", "Seorang pejabat senior Eropa yang berbicara dengan syarat anonim mengatakan sanksi baru sedang disiapkan.", "", "", false, false},
	{"speech konferensi pers", "Kami akan menyelidiki kasus ini sepenuhnya, kata Kepala Kepolisian Paris Laurent Nunez dalam konferensi pers.", "laurent-nunez", "", false, false},
	{"speech dikutip kantor berita", "Seperti dikutip kantor berita Yonhap, militer Korea Selatan melepaskan tembakan peringatan.", "yonhap kor-armed-forces", "KOR", false, false},
	{"speech diberitakan nyt", "Sebagaimana diberitakan New York Times, pemerintahan itu mempertimbangkan sanksi baru.", "new-york-times", "", false, false},
	{"speech mexican age", "Maria Fernanda Lopez, 23, mahasiswi di Guadalajara, mengatakan ia takut keluar malam.", "maria-fernanda-lopez", "", false, false},
	{"speech nigerian", "Chinedu Okeke, seorang pedagang di pasar Onitsha, mengatakan harga bahan bakar naik tiga kali lipat.", "chinedu-okeke", "", false, false},
	{"speech iranian", "Reza Tehrani, seorang guru di Isfahan, mengatakan ia khawatir perang akan meluas.", "reza-tehrani", "", false, false},
	{"speech egyptian", "Mahmoud Farouk, sopir taksi di Kairo, mengatakan pendapatannya turun separuh sejak devaluasi.", "mahmoud-farouk", "", false, false},
	{"speech filipino", "Jose Santos, nelayan dari Zambales, mengatakan kapal China menghalangi perahunya.", "jose-santos CHN", "", false, false},
	{"speech thai", "Somchai Wongsawat, seorang petani padi di Isan, mengatakan hujan datang terlambat tahun ini.", "somchai-wongsawat", "", false, false},
	{"speech georgian", "Giorgi Beridze, 29, seorang pengunjuk rasa di Tbilisi, mengatakan ia tidak akan pulang.", "giorgi-beridze", "", false, false},
	{"speech polish", "Katarzyna Nowicka, seorang dokter di Rzeszow, mengatakan rumah sakit kewalahan menampung pengungsi.", "katarzyna-nowicka", "", false, false},
	{"speech serbian", "Dragan Petrovic, 58, seorang pensiunan di Beograd, mengatakan ia mendukung protes mahasiswa.", "dragan-petrovic", "", false, false},
	{"speech israeli", "Noa Levi, warga Tel Aviv, mengatakan sirene berbunyi tiga kali semalam.", "noa-levi", "", false, false},
	{"speech palestinian", "Khaled Abu Amer, yang rumahnya hancur di Rafah, mengatakan ia kini tinggal di tenda.", "khaled-abu-amer", "", false, false},
	{"speech kenyan", "Wanjiru Kamau, seorang pengusaha muda di Nairobi, mengatakan pajak baru itu mencekik usaha kecil.", "wanjiru-kamau", "", false, false},
	{"speech japanese", "Hiroshi Sato, 67, pemilik toko di Noto, mengatakan ia akan membangun kembali tokonya.", "hiroshi-sato", "", false, false},
	{"speech menurut warga", "Menurut Ali Karimi, warga Kabul, harga roti naik dua kali lipat dalam sebulan.", "ali-karimi", "", false, false},

	// Sixth batch, annotated before its own run: business, markets, science and technology copy (analysts and economists of foreign banks, currencies, indices, prizes), Middle-Eastern and Asian officials and bodies.
	{"biz6 ceo nvidia unknown cfo", "Kepala keuangan Nvidia Colette Kress mengatakan permintaan dari pusat data masih kuat.", "colette-kress nvidia", "", false, false},
	{"biz6 analis bank", "Analis Goldman Sachs Jan Hatzius memperkirakan resesi bisa dihindari.", "jan-hatzius goldman-sachs", "", false, false},
	{"biz6 ekonom kepala ing", "Kepala ekonom ING Carsten Brzeski mengatakan zona euro berada di ambang resesi.", "carsten-brzeski", "", false, false},
	{"biz6 opec saudi", "Menteri Energi Arab Saudi Pangeran Abdulaziz bin Salman mengatakan OPEC+ akan tetap berhati-hati.", "abdulaziz-bin-salman SAU opec-plus", "", false, false},
	{"biz6 saham wall street", "Indeks Dow Jones ditutup menguat 0,5 persen di Wall Street.", "", "", false, false},
	{"biz6 brent", "Harga minyak mentah Brent naik ke level tertinggi dalam lima bulan.", "", "", false, false},
	{"biz6 yuan dolar", "Yuan China melemah terhadap dolar AS ke level terendah dalam 16 tahun.", "", "CHN USA", false, false},
	{"sci6 peneliti who", "Ilmuwan kepala WHO Jeremy Farrar mengatakan virus itu menyebar lebih cepat dari perkiraan.", "jeremy-farrar who", "", false, false},
	{"sci6 nasa astronaut", "Astronaut NASA Sunita Williams kembali ke Bumi setelah sembilan bulan di orbit.", "sunita-williams usa-nasa", "", false, false},
	{"sci6 spacex starship", "SpaceX meluncurkan roket Starship dari Texas untuk uji terbang kelima.", "spacex", "", false, false},
	{"sci6 nobel", "Hadiah Nobel Kimia tahun ini diberikan kepada tiga ilmuwan asal Amerika Serikat.", "USA", "", false, false},
	{"tech6 menteri digital", "Menteri Digital Taiwan Audrey Tang mengatakan serangan siber meningkat tajam.", "audrey-tang TWN", "", false, false},
	{"tech6 apple iphone", "Apple memperkenalkan iPhone terbaru dalam acara di Cupertino.", "apple-inc", "", false, false},
	{"tech6 tiktok as", "TikTok menggugat pemerintah AS atas undang-undang yang bisa melarang aplikasi itu.", "tiktok USA", "", false, false},
	{"me6 hamas official", "Pejabat senior Hamas Osama Hamdan mengatakan kelompoknya menolak proposal itu.", "osama-hamdan hamas", "", false, false},
	{"me6 houthi spokesman", "Juru bicara militer Houthi Yahya Saree mengatakan kelompoknya menargetkan kapal Israel.", "yahya-saree houthis ISR", "", false, false},
	{"me6 irgc commander", "Komandan Garda Revolusi Hossein Salami memperingatkan Israel akan menerima balasan.", "hossein-salami irn-irgc ISR", "", false, false},
	{"me6 lebanon pm", "Perdana Menteri Lebanon Najib Mikati menyerukan gencatan senjata segera.", "najib-mikati LBN", "", false, false},
	{"asia6 korut kcna", "Kim Jong Un mengawasi uji coba rudal hipersonik baru, lapor KCNA.", "kim-jong-un kcna", "", false, false},
	{"asia6 china coast guard", "Penjaga Pantai China menembakkan meriam air ke kapal pemasok Filipina di dekat Second Thomas Shoal.", "chn-coast-guard PHL", "CHN", false, true},
	{"asia6 taiwan defense", "Kementerian Pertahanan Taiwan mendeteksi 30 pesawat militer China di sekitar pulau itu.", "chn-armed-forces", "TWN CHN", false, false},
	{"asia6 bersama singapura", "Menteri Luar Negeri Singapura Vivian Balakrishnan bertemu Menteri Luar Negeri Indonesia di Jakarta.", "vivian-balakrishnan SGP IDN", "", false, false},

	// Seventh batch, written after probes of made-up titles found portfolios read as names or organizations ("Menteri Energi Jerman X" made energi-jerman) and the common_words that fixed it; new sentences, annotated before their own run: foreign ministers by portfolio with names of many states.
	{"port7 urusan eropa", "Menteri Urusan Eropa Irlandia Thomas Byrne menyambut baik kesepakatan itu.", "thomas-byrne IRL", "", false, false},
	{"port7 transisi energi", "Menteri Transisi Energi Spanyol Sara Aagesen mengumumkan penutupan pembangkit batu bara terakhir.", "sara-aagesen ESP", "", false, false},
	{"port7 perubahan iklim", "Menteri Perubahan Iklim Australia Chris Bowen menolak proyek tambang baru itu.", "chris-bowen AUS", "", false, false},
	{"port7 kesetaraan gender", "Menteri Kesetaraan Gender Korea Selatan Kim Hyun-sook mengundurkan diri.", "kim-hyun-sook KOR", "", false, false},
	{"port7 layanan publik", "Menteri Layanan Publik Irlandia Paschal Donohoe mengumumkan kenaikan gaji pegawai negeri.", "paschal-donohoe IRL", "", false, false},
	{"port7 anggaran", "Menteri Anggaran Prancis Laurent Saint-Martin membela rancangan anggaran itu.", "laurent-saint-martin FRA", "", false, false},
	{"port7 pangan", "Menteri Pangan Inggris Daniel Zeichner mengatakan harga pangan akan stabil.", "daniel-zeichner GBR", "", false, false},
	{"port7 maritim", "Menteri Maritim Norwegia Marianne Sivertsen Naess mengunjungi pelabuhan Bergen.", "marianne-sivertsen-naess NOR", "", false, false},
	{"port7 energi", "Menteri Energi Ukraina German Galushchenko mengatakan jaringan listrik diserang lagi.", "german-galushchenko UKR", "", false, false},
	{"port7 lingkungan", "Menteri Lingkungan Jerman Steffi Lemke mengkritik rencana itu.", "steffi-lemke DEU", "", false, false},
	{"port7 pasukan darat", "Kepala Pasukan Darat Ukraina Mykhailo Drapatyi memerintahkan penarikan dari desa itu.", "mykhailo-drapatyi ukr-army", "UKR", false, false},
	{"port7 pertahanan nasional", "Menteri Pertahanan Nasional Polandia Wladyslaw Kosiniak-Kamysz meninjau latihan itu.", "wladyslaw-kosiniak-kamysz POL", "", false, false},

	// Eighth batch, written after probes of made-up descriptions found a party's name running into its candidate's ("Calon presiden dari Partai Demokrat X") and "produsen mobil Jepang" losing its state; new sentences, annotated before their own run.
	{"b8 calon dari partai", "Calon gubernur dari Partai Republik Mark Robinson kalah telak dalam pemilihan itu.", "mark-robinson us-republican-party", "", false, false},
	{"b8 kandidat dari partai buruh", "Kandidat dari Partai Buruh Australia Sally Sitou mempertahankan kursinya.", "sally-sitou australian-labor-party", "", false, false},
	// known: the title reads the state at the end of "Gereja Ortodoks Rusia" as its office's state
	{"b8 patriark", "Pemimpin Gereja Ortodoks Rusia Patriark Kirill mendukung perang di Ukraina.", "patriarch-kirill UKR", "", false, true},
	{"b8 pembuat cip taiwan", "Pembuat cip Taiwan TSMC melaporkan laba kuartalan tertinggi.", "tsmc TWN", "", false, false},
	{"b8 produsen ponsel china", "Produsen ponsel China Xiaomi mulai menjual mobil listrik.", "xiaomi CHN", "", false, false},
	{"b8 maskapai jerman", "Maskapai Jerman Lufthansa membatalkan ratusan penerbangan akibat mogok.", "lufthansa DEU", "", false, false},
	{"b8 mobil jepang trap", "Penjualan mobil Jepang di Indonesia turun sepuluh persen.", "IDN", "JPN", false, false},
	{"b8 bahasa inggris trap", "Ia berbicara dalam bahasa Inggris di depan para wartawan.", "", "GBR", false, false},
	{"b8 menteri iklim", "Menteri Perubahan Iklim Inggris Ed Miliband menyetujui tiga ladang surya baru.", "ed-miliband GBR", "", false, false},
	{"b8 menteri digital", "Menteri Urusan Digital Belanda Zsolt Szabo mengkritik raksasa teknologi AS.", "zsolt-szabo NLD USA", "", false, false},

	// Ninth batch, written after probes found companies named after persons read as persons and the companies were added; new sentences, annotated before their own run (no person wanted in any).
	{"b9 disney", "Disney akan menaikkan harga langganan layanan streamingnya bulan depan.", "walt-disney", "", false, false},
	{"b9 warner bros", "Warner Bros menunda perilisan film itu hingga tahun depan.", "warner-bros-discovery", "", false, false},
	{"b9 louis vuitton", "Louis Vuitton membuka toko terbesarnya di Asia Tenggara.", "louis-vuitton", "", false, false},
	{"b9 hugo boss", "Hugo Boss memangkas target penjualan tahunannya.", "hugo-boss", "", false, false},
	{"b9 marriott", "Marriott mengatakan data jutaan tamunya bocor.", "marriott-international", "", false, false},
	{"b9 estee lauder", "Estee Lauder mencatat penurunan penjualan di China.", "estee-lauder CHN", "", false, false},
	{"b9 eli lilly", "Eli Lilly menurunkan harga obat penurun berat badannya.", "", "", false, false},
	// known: the generated Phoenix international file holds the company as a person (generated entries are not edited)
	{"b9 philip morris", "Philip Morris berencana menghentikan penjualan rokok di Inggris.", "GBR", "", false, true},

	// Tenth batch, after Lord and Dame became honorifics: two new sentences (rows like the probes themselves were left out), annotated before their run.
	{"b10 dame", "Dame Jacinda Ardern menerima gelar kehormatan dari kerajaan.", "jacinda-ardern", "", false, false},
	{"b10 lord unknown", "Lord Hartley, anggota Majelis Tinggi Inggris, mengkritik rancangan undang-undang itu.", "hartley gbr-lords", "GBR", false, false},

	// Eleventh batch, after generic bodies took lower-case descriptors before their state: new sentences annotated before their run, with the home police and mercenaries as controls.
	{"b11 polisi perbatasan", "Polisi perbatasan Yunani menahan sebuah perahu berisi 40 migran.", "grc-police", "GRC idn-police", false, false},
	{"b11 polisi antiteror", "Polisi antiteror Inggris menangkap seorang remaja di Birmingham.", "gbr-police", "GBR idn-police", false, false},
	{"b11 tentara cadangan", "Tentara cadangan Israel dipanggil kembali untuk bertugas di utara.", "isr-armed-forces", "ISR", false, false},
	// known: the arrest is coded IDN/COP, which lists IDN as an actor with no mention (as in TestIndonesianNameGrid)
	{"b11 polisi anonim", "Polisi menahan dua warga negara Jerman di Bandara Bali.", "idn-police DEU", "", false, true},
	{"b11 tentara bayaran", "Tentara bayaran Kolombia terlibat dalam pembunuhan presiden Haiti.", "COL HTI", "", false, false},

	// Twelfth batch, after the field's "di" and the tail Institution: new sentences annotated before their run.
	{"b12 peneliti di lembaga", "Peneliti senior di Carnegie Endowment Andrew Weiss mengatakan Kremlin akan bertahan.", "andrew-weiss rus-presidency", "", false, false},
	// known: one unknown word after "di" (no head or tail word) is not read as the institution before the name
	{"b12 analis di bank", "Analis di Commerzbank Jorg Kramer memperkirakan ekonomi Jerman stagnan.", "jorg-kramer DEU", "", false, true},
	{"b12 hoover institution", "Peneliti Hoover Institution Niall Ferguson mengkritik kebijakan tarif itu.", "niall-ferguson hoover-institution", "", false, false},
	{"b12 ekonom di universitas", "Ekonom di Universitas Columbia Joseph Stiglitz menyebut tarif itu merugikan konsumen.", "joseph-stiglitz", "", false, false},
}

// TestTranslatedNewsGrid checks translatedGridRows: the persons, bodies and
// states each row must give and the ids it must not. Before the rules and
// data of this pass: 194 of 236 rows pass, 42 known failures; the second
// batch of 59 rows, written after the first improvements: 54 pass; the
// third batch of 52 rows: 46 pass; the fourth, 14 rows on agencies this
// pass added to the gazetteer (so no before-count), 12 passed as first
// annotated: the two others wanted the state inside a body's name, against
// the rule above, and were mended; the fifth, 25 rows of speech verbs and
// ordinary persons: 23 passed as first annotated, one of the two others
// left out the state its "komandan Ukraina" names and was mended; the
// sixth, 22 rows of business, science, Middle-Eastern and Asian copy: 18
// pass; the seventh, 12 rows on portfolios written after the fix of
// their words: 11 passed as first annotated ("Menteri Urusan Eropa
// Irlandia" lost the state, which regionOfPortfolio now keeps); the
// eighth, 10 rows written after probes found a party's name running into
// its candidate's and "produsen mobil Jepang" losing its state: 9 pass.
// The ninth, 8 rows on companies named after persons, written after probes
// found them read as persons and hand entries were added: 6 pass; the
// tenth, 2 rows on the honorifics Lord and Dame: both pass; the eleventh,
// 5 rows on bodies described before their state: 4 pass; the twelfth, 4
// rows on institutions after "di": 2 passed as first annotated, one more
// after Endowment became a tail word. After this pass: 415 of 449 rows
// pass, 34 known failures; after the merge with the global south pass
// (substate_offices) 416, 33 known failures; after the business grid
// (a head word inside a known body's name makes no organization of its
// own) 415, 34 known failures: "body sec binance" now lists USA; after
// the science grid (athletes in people_figures.jsonl: Kylian Mbappe) 417,
// 33 known failures.
func TestTranslatedNewsGrid(t *testing.T) {
	runNameGrid(t, translatedGridRows, 449)
}
