package extract

import "testing"

// idTrans38GridRows are Indonesian sentences written for the test (made up
// in the style of international news translated into Indonesian from
// English wire copy, 2015-2026, the way Antara, Kompas, Tempo, CNN
// Indonesia or VOA Indonesia render Reuters, AP and AFP; never copied from
// a data set): formal register, reported speech ("ujarnya", "kata X
// kepada wartawan", "menurut X", "tambahnya"), passives ("diumumkan oleh
// X", "ditandatangani X"), foreign persons under their titles translated
// word for word ("Presiden AS Donald Trump", "Kanselir Jerman Olaf
// Scholz", "Sekretaris Jenderal PBB António Guterres", "calon presiden
// dari Partai Republik", "mantan Menteri Luar Negeri Hillary Clinton",
// "Senator ...", "Gubernur negara bagian ...", "Hakim Distrik AS ...",
// "juru bicara Kementerian Luar Negeri Jerman ..."), many of them
// officials the gazetteer lacks; foreign named bodies (parliaments,
// courts, ministries, agencies, armed forces' branches: "Departemen
// Kehakiman AS", "Biro Investigasi Federal (FBI)", "Mahkamah Agung AS",
// "Kongres", "Parlemen Eropa", "Komisi Eropa", "Angkatan Laut AS",
// "Bundestag"); foreign capitals as places ("di Paris") and as
// governments ("Moskow membantah"). About one row in seven names no actor
// (science, markets, weather, general statements).
//
// Annotated before the extractor ran on them, by the conventions of
// TestDomesticGrid (domGridProblems: "id/kind/country", a row must give
// exactly its wanted actors other than places): a person or body the
// gazetteer holds is its id, any other person the slug of the name as
// written with the state of the title, any other body of a state the id
// its state's bodies follow (ukr-foreign-ministry); a state named in a
// title, as a demonym or by a capital standing for its government is
// wanted; a state only inside a body's name is not ("Senat AS" is
// usa-senate alone); a city as a place is not scored; a party named is
// wanted. Article date 2025-11-15.
//
// First run, before any change: 143 of 159 (16 failing). Seven of the
// sixteen wanted what the older grids' conventions do not, and were
// corrected after the first run: a leader's administration ("pemerintahan
// Trump", "pemerintahan Perdana Menteri Francois Bayrou") is the state as
// well (TestIDNewsGrid's "b2 mahkamah agung as"), "di Kremlin" after a
// preposition of place is the seat as a place (TestIDWire37Regress's "di
// Istana"), "polisi Prancis" is the state's police body fra-police (as
// TestTranslatedNewsGrid's bodies a state lacks), and "masa depan Sudan"
// names the state (an annotation slip). 150 of 159 before any rule, 156
// of 159 after: "Sekretaris Pers" a title; a title's lower-case
// government word before a state ("Juru bicara pemerintah Jerman") and
// substate words before a place ("Gubernur negara bagian Illinois")
// skipped to the office's "of"; a place after "dari" gives the holder its
// state ("Senator Demokrat dari Connecticut"); a home legislature's or
// court's bare name after the article named another state's body by it
// and the state is that body ("DPR" after "DPR AS"); active verbs of
// quakes in disaster_verbs ("Gempa ... mengguncang Tokyo"); a capital
// after "hingga" that ends its clause is a place.
var idTrans38GridRows = []domGridRow{
	// Heads of state and government under translated titles.
	{"trump kata wartawan", "\"Kami akan membuat kesepakatan yang sangat bagus,\" kata Presiden AS Donald Trump kepada wartawan di Gedung Putih.", []string{"donald-trump/person/USA", "USA"}},
	{"scholz ujarnya", "Jerman tidak akan mengirim rudal Taurus ke Ukraina, kata Kanselir Jerman Olaf Scholz. \"Keputusan ini sudah final,\" ujarnya.", []string{"olaf-scholz/person/DEU", "DEU", "UKR"}},
	{"starmer menurut", "Menurut Perdana Menteri Inggris Keir Starmer, pemerintahnya akan memangkas jumlah migran secara signifikan.", []string{"keir-starmer/person/GBR", "GBR"}},
	{"merz bundestag", "Kanselir Friedrich Merz memenangi pemungutan suara kepercayaan di Bundestag pada Selasa.", []string{"friedrich-merz/person/DEU", "deu-parliament/legislature/DEU"}},
	{"macron lecornu", "Presiden Prancis Emmanuel Macron kembali menunjuk Sebastien Lecornu sebagai perdana menteri.", []string{"emmanuel-macron/person/FRA", "FRA", "sebastien-lecornu/person/FRA"}},
	{"meloni migran", "Perdana Menteri Italia Giorgia Meloni membela kesepakatan migrasi dengan Albania di hadapan parlemen.", []string{"giorgia-meloni/person/ITA", "ITA", "ALB"}},
	{"sanchez spanyol", "Perdana Menteri Spanyol Pedro Sanchez menyebut serangan di Gaza sebagai genosida.", []string{"pedro-sanchez/person/ESP", "ESP"}},
	{"tusk polandia", "Perdana Menteri Polandia Donald Tusk mengatakan negaranya akan menutup perbatasan dengan Belarus.", []string{"donald-tusk/person/POL", "POL", "BLR"}},
	{"orban veto", "Perdana Menteri Hungaria Viktor Orban mengancam memveto paket sanksi baru Uni Eropa terhadap Rusia.", []string{"viktor-orban/person/HUN", "HUN", "european-union", "RUS"}},
	{"carney kanada", "Perdana Menteri Kanada Mark Carney mengatakan Ottawa akan membalas tarif AS atas baja.", []string{"mark-carney/person/CAN", "CAN", "USA"}},
	{"albanese australia", "Perdana Menteri Australia Anthony Albanese mengumumkan larangan media sosial bagi anak di bawah 16 tahun.", []string{"anthony-albanese/person/AUS", "AUS"}},
	{"putin kremlin", "Presiden Rusia Vladimir Putin mengatakan kepada wartawan di Kremlin bahwa Moskow terbuka untuk berunding.", []string{"vladimir-putin/person/RUS", "RUS"}},
	{"xi li qiang", "Presiden China Xi Jinping dan Perdana Menteri Li Qiang menghadiri pembukaan sidang Kongres Rakyat Nasional.", []string{"xi-jinping/person/CHN", "CHN", "li-qiang/person/CHN", "chn-npc/legislature/CHN"}},
	{"modi jaishankar", "Perdana Menteri India Narendra Modi mengutus Menteri Luar Negeri S. Jaishankar ke Moskow.", []string{"narendra-modi/person/IND", "IND", "s-jaishankar/person/IND"}},
	{"lula brasil", "Presiden Brasil Luiz Inacio Lula da Silva menolak tekanan Washington terkait kasus Bolsonaro.", []string{"luiz-inacio-lula-da-silva/person/BRA", "BRA", "USA", "jair-bolsonaro/person/BRA"}},
	{"sheinbaum meksiko", "Presiden Meksiko Claudia Sheinbaum mengatakan negaranya tidak akan menerima pasukan AS di wilayahnya.", []string{"claudia-sheinbaum/person/MEX", "MEX", "USA"}},
	{"milei argentina", "Presiden Argentina Javier Milei merayakan kemenangan partainya dalam pemilu sela.", []string{"javier-milei/person/ARG", "ARG"}},
	{"lee jae-myung", "Presiden Korea Selatan Lee Jae-myung menawarkan dialog tanpa syarat kepada Pyongyang.", []string{"lee-jae-myung/person/KOR", "KOR", "PRK"}},
	{"takaichi jepang", "Perdana Menteri Jepang Sanae Takaichi mengatakan Tokyo akan meningkatkan anggaran pertahanan.", []string{"sanae-takaichi/person/JPN", "JPN"}},
	{"ramaphosa g20", "Presiden Afrika Selatan Cyril Ramaphosa menyesalkan keputusan Washington memboikot KTT G20 di Johannesburg.", []string{"cyril-ramaphosa/person/ZAF", "ZAF", "USA", "g20"}},
	{"erdogan fidan", "Presiden Turki Recep Tayyip Erdogan dan Menteri Luar Negeri Hakan Fidan menerima delegasi Hamas di Ankara.", []string{"recep-tayyip-erdogan/person/TUR", "TUR", "hakan-fidan/person/TUR", "hamas"}},
	{"pezeshkian iran", "Presiden Iran Masoud Pezeshkian mengatakan Teheran tidak mencari senjata nuklir.", []string{"masoud-pezeshkian/person/IRN", "IRN"}},
	{"sisi mesir", "Presiden Mesir Abdel Fattah el-Sisi menjadi tuan rumah KTT perdamaian di Sharm el-Sheikh.", []string{"abdel-fattah-el-sisi/person/EGY", "EGY"}},
	{"marcos duterte", "Presiden Filipina Ferdinand Marcos Jr. menyerahkan mantan Presiden Rodrigo Duterte kepada Mahkamah Pidana Internasional.", []string{"ferdinand-marcos-jr/person/PHL", "PHL", "rodrigo-duterte/person/PHL", "icc"}},
	{"raja charles", "Raja Charles III menyampaikan pidato di hadapan Parlemen Kanada di Ottawa.", []string{"charles-iii/person/GBR", "can-parliament/legislature/CAN"}},
	{"paus leo", "Paus Leo XIV menyerukan gencatan senjata segera di Ukraina dan Gaza.", []string{"pope-leo-xiv/person", "UKR"}},

	// Ministers, envoys and spokespersons, many the gazetteer lacks.
	{"lavrov kepada wartawan", "\"Barat tidak ingin perdamaian,\" kata Menteri Luar Negeri Rusia Sergei Lavrov kepada wartawan di Moskow.", []string{"sergei-lavrov/person/RUS", "RUS"}},
	{"zakharova jubir", "Juru bicara Kementerian Luar Negeri Rusia Maria Zakharova menyebut tuduhan itu tidak berdasar.", []string{"maria-zakharova/person/RUS", "rus-foreign-ministry/agency/RUS"}},
	{"peskov menurut", "Menurut juru bicara Kremlin Dmitry Peskov, belum ada tanggal untuk pertemuan kedua pemimpin.", []string{"dmitry-peskov/person/RUS", "rus-presidency/government/RUS"}},
	{"rubio witkoff", "Menteri Luar Negeri AS Marco Rubio dan utusan khusus Steve Witkoff tiba di Jenewa untuk perundingan.", []string{"marco-rubio/person/USA", "USA", "steve-witkoff/person/USA"}},
	{"hegseth pentagon", "Menteri Pertahanan AS Pete Hegseth memerintahkan Pentagon mengerahkan kapal perang ke Karibia.", []string{"pete-hegseth/person/USA", "USA", "usa-defense-ministry/agency/USA"}},
	{"bessent tarif", "Menteri Keuangan AS Scott Bessent mengatakan perundingan dagang dengan China berjalan konstruktif.", []string{"scott-bessent/person/USA", "USA", "CHN"}},
	{"wadephul jerman", "Menteri Luar Negeri Jerman Johann Wadephul memperingatkan Israel agar tidak mencaplok Tepi Barat.", []string{"johann-wadephul/person/DEU", "DEU", "ISR"}},
	{"pistorius wajib militer", "Menteri Pertahanan Jerman Boris Pistorius mengusulkan kembalinya wajib militer secara sukarela.", []string{"boris-pistorius/person/DEU", "DEU"}},
	{"barrot prancis", "Menteri Luar Negeri Prancis Jean-Noel Barrot memanggil duta besar Aljazair.", []string{"jean-noel-barrot/person/FRA", "FRA", "DZA"}},
	{"cooper inggris", "Menteri Luar Negeri Inggris Yvette Cooper mengumumkan sanksi terhadap dua menteri Israel.", []string{"yvette-cooper/person/GBR", "GBR", "ISR"}},
	{"reeves anggaran", "Menteri Keuangan Inggris Rachel Reeves akan menyampaikan anggaran musim gugur pada akhir bulan ini.", []string{"rachel-reeves/person/GBR", "GBR"}},
	{"sybiha ukraina", "Menteri Luar Negeri Ukraina Andrii Sybiha mendesak sekutu mempercepat pengiriman sistem pertahanan udara.", []string{"andrii-sybiha/person/UKR", "UKR"}},
	{"belousov rusia", "Menteri Pertahanan Rusia Andrei Belousov mengunjungi pasukan di wilayah Kursk.", []string{"andrei-belousov/person/RUS", "RUS"}},
	{"iwaya jepang", "Menteri Luar Negeri Jepang Takeshi Iwaya bertemu mitranya dari Korea Selatan di Seoul.", []string{"takeshi-iwaya/person/JPN", "JPN", "KOR"}},
	{"jubir jerman unknown", "Juru bicara pemerintah Jerman Stefan Kornelius mengatakan Berlin menyambut baik usulan itu.", []string{"stefan-kornelius/person/DEU", "DEU"}},
	{"menlu belanda unknown", "Menteri Luar Negeri Belanda David van Weel menyerukan sanksi yang lebih keras terhadap Moskow.", []string{"david-van-weel/person/NLD", "NLD", "RUS"}},
	{"menhan korsel unknown", "Menteri Pertahanan Korea Selatan Ahn Gyu-back mengatakan latihan gabungan akan tetap digelar.", []string{"ahn-gyu-back/person/KOR", "KOR"}},
	{"menlu norwegia unknown", "Menteri Luar Negeri Norwegia Espen Barth Eide mengatakan Oslo siap menjadi tuan rumah perundingan.", []string{"espen-barth-eide/person/NOR", "NOR"}},
	{"dubes as unknown", "Duta Besar AS untuk PBB Mike Waltz mengatakan Washington akan memveto rancangan resolusi itu.", []string{"mike-waltz/person/USA", "USA", "united-nations"}},
	{"utusan kellogg", "Utusan khusus AS untuk Ukraina Keith Kellogg bertemu Presiden Volodymyr Zelensky di Kyiv.", []string{"keith-kellogg/person/USA", "USA", "UKR", "volodymyr-zelenskyy/person/UKR"}},
	{"leavitt jubir gedung putih", "Sekretaris pers Gedung Putih Karoline Leavitt mengatakan presiden akan menandatangani perintah eksekutif itu hari ini.", []string{"karoline-leavitt/person/USA", "usa-presidency/government/USA"}},
	{"bruce deplu", "Juru bicara Departemen Luar Negeri AS Tammy Bruce menolak berkomentar soal laporan tersebut.", []string{"tammy-bruce/person/USA", "usa-foreign-ministry/agency/USA"}},

	// Party politics and elections in the US and Europe.
	{"calon republik", "Calon presiden dari Partai Republik Donald Trump berjanji menutup perbatasan selatan.", []string{"donald-trump/person/USA", "us-republican-party"}},
	{"mantan menlu hillary", "Mantan Menteri Luar Negeri Hillary Clinton mengakui kekalahannya dalam pidato di New York.", []string{"hillary-clinton/person/USA"}},
	{"obama kampanye", "Mantan Presiden Barack Obama berkampanye untuk calon dari Partai Demokrat di Pennsylvania.", []string{"barack-obama/person/USA", "us-democratic-party"}},
	{"senator sanders", "Senator Bernie Sanders menyebut rancangan undang-undang itu sebagai hadiah bagi orang kaya.", []string{"bernie-sanders/person/USA"}},
	{"senator graham republik", "Senator Partai Republik Lindsey Graham mengusulkan sanksi sekunder terhadap pembeli minyak Rusia.", []string{"lindsey-graham/person/USA", "us-republican-party", "RUS"}},
	{"senator murphy unknown", "Senator Demokrat dari Connecticut Chris Murphy mengkritik keputusan itu sebagai penyalahgunaan kekuasaan.", []string{"chris-murphy/person/USA"}},
	{"gubernur pritzker unknown", "Gubernur negara bagian Illinois JB Pritzker menolak pengerahan Garda Nasional ke Chicago.", []string{"jb-pritzker/person/USA", "usa-national-guard/military/USA"}},
	{"gubernur newsom", "Gubernur California Gavin Newsom menggugat pemerintahan Trump atas pengerahan pasukan ke Los Angeles.", []string{"gavin-newsom/person/USA", "donald-trump/person/USA", "USA"}},
	{"mamdani wali kota", "Wali Kota terpilih New York Zohran Mamdani bertemu Presiden Donald Trump di Gedung Putih.", []string{"zohran-mamdani/person/USA", "donald-trump/person/USA"}},
	{"cuomo unknown", "Mantan Gubernur New York Andrew Cuomo maju sebagai calon independen dalam pemilihan wali kota.", []string{"andrew-cuomo/person/USA"}},
	{"ketua dpr johnson", "Ketua DPR AS Mike Johnson mengatakan DPR akan memberikan suara atas rancangan anggaran pekan depan.", []string{"mike-johnson/person/USA", "usa-house/legislature/USA"}},
	{"thune senat", "Pemimpin Mayoritas Senat John Thune menunda pemungutan suara hingga pekan depan.", []string{"john-thune/person/USA"}},
	{"vance wapres", "Wakil Presiden AS JD Vance menuduh para pemimpin Eropa menyensor kebebasan berbicara.", []string{"jd-vance/person/USA", "USA"}},
	{"harris calon demokrat", "Wakil Presiden Kamala Harris resmi menjadi calon presiden dari Partai Demokrat.", []string{"kamala-harris/person/USA", "us-democratic-party"}},
	{"farage reform", "Pemimpin Partai Reform UK Nigel Farage mengatakan partainya siap memerintah.", []string{"nigel-farage/person/GBR", "reform-uk"}},
	{"le pen larangan", "Pemimpin sayap kanan Prancis Marine Le Pen dilarang mencalonkan diri oleh pengadilan Paris.", []string{"marine-le-pen/person/FRA", "FRA"}},
	{"afd weidel", "Partai AfD yang dipimpin Alice Weidel menempati posisi kedua dalam pemilu federal.", []string{"afd", "alice-weidel/person/DEU"}},
	{"tories badenoch", "Pemimpin Partai Konservatif Kemi Badenoch menuntut pengunduran diri menteri tersebut.", []string{"kemi-badenoch/person/GBR", "uk-conservative-party"}},

	// Named bodies of foreign states, translated.
	{"dephakam fbi", "Departemen Kehakiman AS dan Biro Investigasi Federal (FBI) membuka penyelidikan atas kebocoran dokumen itu.", []string{"usa-justice-ministry/agency/USA", "usa-fbi/agency/USA"}},
	{"patel fbi", "Direktur FBI Kash Patel mengatakan tersangka penembakan telah ditangkap di Utah.", []string{"kash-patel/person/USA", "usa-fbi/agency/USA"}},
	{"bondi jaksa agung", "Jaksa Agung AS Pam Bondi mengumumkan dakwaan terhadap mantan direktur FBI James Comey.", []string{"pam-bondi/person/USA", "USA", "james-comey/person/USA", "usa-fbi/agency/USA"}},
	{"ma as tarif", "Mahkamah Agung AS mendengarkan argumen mengenai keabsahan tarif yang diberlakukan pemerintahan Trump.", []string{"usa-supreme-court/court/USA", "donald-trump/person/USA", "USA"}},
	{"kongres anggaran", "Kongres gagal meloloskan rancangan anggaran sehingga pemerintah federal mengalami penutupan.", []string{"usa-congress/legislature/USA"}},
	{"senat as ruu", "RUU itu disahkan oleh Senat AS dengan 51 suara berbanding 49.", []string{"usa-senate/legislature/USA"}},
	{"parlemen eropa", "Parlemen Eropa menyetujui penundaan undang-undang antideforestasi selama satu tahun.", []string{"european-parliament"}},
	{"komisi eropa", "Komisi Eropa mendenda Google 2,95 miliar euro atas praktik periklanan yang tidak adil.", []string{"european-commission", "google"}},
	{"al as karibia", "Angkatan Laut AS menyerang sebuah kapal yang diduga membawa narkoba di Laut Karibia.", []string{"usa-navy/military/USA"}},
	{"cia ratcliffe", "Direktur CIA John Ratcliffe mengatakan badan itu memiliki bukti baru tentang asal-usul COVID-19.", []string{"john-ratcliffe/person/USA", "usa-cia/agency/USA"}},
	{"dhs noem", "Menteri Keamanan Dalam Negeri AS Kristi Noem mengumumkan perluasan operasi imigrasi di Chicago.", []string{"kristi-noem/person/USA", "USA"}},
	{"fed powell", "Bank Sentral AS memangkas suku bunga acuan sebesar 25 basis poin, kata Ketua Federal Reserve Jerome Powell.", []string{"usa-central-bank/agency/USA", "jerome-powell/person/USA"}},
	{"commons inggris", "Majelis Rendah Inggris memberikan suara mendukung rancangan undang-undang bantuan kematian.", []string{"gbr-commons/legislature/GBR"}},
	{"duma negara", "Duma Negara Rusia meratifikasi perjanjian kemitraan strategis dengan Korea Utara.", []string{"rus-duma/legislature/RUS", "PRK"}},
	{"knesset bubar", "Knesset meloloskan pembacaan pertama rancangan undang-undang untuk membubarkan diri.", []string{"isr-parliament/legislature/ISR"}},
	{"idf gaza", "Pasukan Pertahanan Israel (IDF) mengatakan telah menewaskan seorang komandan Hamas di Gaza utara.", []string{"isr-armed-forces/military/ISR", "hamas"}},
	{"garda revolusi", "Garda Revolusi Iran menyita sebuah kapal tanker berbendera asing di Selat Hormuz.", []string{"irn-irgc/military/IRN"}},
	{"pla taiwan", "Tentara Pembebasan Rakyat menggelar latihan militer berskala besar di sekitar Taiwan.", []string{"chn-armed-forces/military/CHN", "TWN"}},
	{"kemlu china jubir", "Kementerian Luar Negeri China menyatakan penentangan tegas terhadap penjualan senjata AS ke Taiwan.", []string{"chn-foreign-ministry/agency/CHN", "USA", "TWN"}},
	{"kemlu ukraina", "Kementerian Luar Negeri Ukraina memanggil kuasa usaha Hungaria atas pernyataan itu.", []string{"ukr-foreign-ministry/agency/UKR", "HUN"}},
	{"kemhan rusia klaim", "Kementerian Pertahanan Rusia mengklaim telah menembak jatuh 120 pesawat nirawak Ukraina dalam semalam.", []string{"rus-defense-ministry/agency/RUS", "UKR"}},
	{"mk jerman", "Mahkamah Konstitusi Jerman menolak gugatan terhadap paket utang pertahanan.", []string{"deu-constitutional-court/court/DEU"}},
	{"majelis nasional prancis", "Majelis Nasional Prancis menggulingkan pemerintahan Perdana Menteri Francois Bayrou melalui mosi tidak percaya.", []string{"fra-national-assembly/legislature/FRA", "francois-bayrou/person/FRA", "FRA"}},
	{"parlemen korsel", "Parlemen Korea Selatan memakzulkan Presiden Yoon Suk Yeol atas penerapan darurat militer.", []string{"kor-parliament/legislature/KOR", "yoon-suk-yeol/person/KOR"}},
	{"met police", "Kepolisian Metropolitan London menangkap puluhan pengunjuk rasa pro-Palestina di Trafalgar Square.", []string{"gbr-police-met/agency/GBR"}},
	{"nasa artemis", "Badan Antariksa AS (NASA) menunda peluncuran misi Artemis II hingga tahun depan.", []string{"usa-nasa/agency/USA"}},
	{"who tedros", "Direktur Jenderal WHO Tedros Adhanom Ghebreyesus memperingatkan kemungkinan pandemi berikutnya.", []string{"tedros-adhanom-ghebreyesus/person", "who"}},
	{"iaea grossi", "Badan Energi Atom Internasional (IAEA) yang dipimpin Rafael Grossi kehilangan akses ke situs nuklir Iran.", []string{"iaea", "rafael-grossi/person", "IRN"}},
	{"icj putusan", "Mahkamah Internasional memerintahkan Israel mencegah tindakan genosida di Gaza.", []string{"icj", "ISR"}},
	{"dk pbb resolusi", "Dewan Keamanan PBB mengadopsi resolusi yang mendukung rencana perdamaian Gaza.", []string{"un-security-council"}},
	{"guterres sekjen", "Sekretaris Jenderal PBB Antonio Guterres menyebut situasi di Sudan sebagai bencana kemanusiaan.", []string{"antonio-guterres/person", "united-nations", "SDN"}},
	{"rutte nato", "Sekretaris Jenderal NATO Mark Rutte mengatakan sekutu sepakat menaikkan belanja pertahanan menjadi 5 persen.", []string{"mark-rutte/person", "nato"}},
	{"von der leyen kata", "\"Eropa harus bersiap menghadapi segala kemungkinan,\" kata Presiden Komisi Eropa Ursula von der Leyen.", []string{"ursula-von-der-leyen/person", "european-commission"}},
	{"metsola parlemen", "Presiden Parlemen Eropa Roberta Metsola mengecam serangan terhadap anggota parlemen di Brussel.", []string{"roberta-metsola/person", "european-parliament"}},
	{"kallas ue", "Kepala kebijakan luar negeri Uni Eropa Kaja Kallas mengatakan blok itu akan mempertahankan sanksi.", []string{"kaja-kallas/person", "european-union"}},
	{"georgieva imf", "Direktur Pelaksana IMF Kristalina Georgieva memperingatkan dampak tarif terhadap pertumbuhan global.", []string{"kristalina-georgieva/person", "imf"}},

	// Passives and agents after "oleh".
	{"pasif dakwaan", "Dakwaan itu diumumkan oleh Departemen Kehakiman AS pada Kamis malam.", []string{"usa-justice-ministry/agency/USA"}},
	{"pasif perintah eksekutif", "Perintah eksekutif itu ditandatangani oleh Presiden Donald Trump di Ruang Oval.", []string{"donald-trump/person/USA"}},
	{"pasif sanksi kemenkeu", "Sanksi baru dijatuhkan oleh Departemen Keuangan AS terhadap jaringan penyelundupan minyak Iran.", []string{"usa-treasury/agency/USA", "IRN"}},
	{"pasif ditangkap polisi prancis", "Tersangka ditangkap oleh polisi Prancis di sebuah stasiun kereta di Lyon.", []string{"fra-police/agency/FRA"}},
	{"pasif dibatalkan hakim", "Kebijakan itu dibatalkan oleh Hakim Distrik AS James Boasberg pekan lalu.", []string{"james-boasberg/person/USA", "USA"}},
	{"pasif diveto rusia", "Rancangan resolusi itu diveto oleh Rusia dan China di Dewan Keamanan.", []string{"RUS", "CHN", "un-security-council"}},
	{"pasif dipimpin navalnaya", "Gerakan oposisi Rusia kini dipimpin oleh Yulia Navalnaya, janda Alexei Navalny.", []string{"yulia-navalnaya/person/RUS", "alexei-navalny/person/RUS", "RUS"}},
	{"pasif dilaporkan reuters", "Pertemuan rahasia itu pertama kali dilaporkan oleh kantor berita Reuters.", []string{"reuters"}},

	// Reported speech shapes: tambahnya, ujar, menurut, said to.
	{"tambahnya jubir", "Kami terus memantau situasi dengan saksama, kata seorang juru bicara Departemen Luar Negeri AS. \"Semua opsi ada di meja,\" tambahnya.", []string{"usa-foreign-ministry/agency/USA"}},
	{"ujar zelensky", "\"Rusia harus dipaksa berdamai,\" ujar Presiden Ukraina Volodymyr Zelensky dalam pidato malamnya.", []string{"volodymyr-zelenskyy/person/UKR", "UKR", "RUS"}},
	{"netanyahu mengatakan", "Perdana Menteri Israel Benjamin Netanyahu mengatakan operasi militer akan berlanjut sampai semua sandera dibebaskan.", []string{"benjamin-netanyahu/person/ISR", "ISR"}},
	{"menurut pejabat as", "Menurut dua pejabat AS yang tidak mau disebutkan namanya, serangan itu telah direncanakan berminggu-minggu.", []string{"USA"}},
	{"kata sumber diplomatik", "Kesepakatan itu hampir tercapai, kata sebuah sumber diplomatik Eropa kepada AFP.", []string{"afp"}},
	{"kepada wartawan pesawat", "Trump mengatakan kepada wartawan di atas pesawat kepresidenan Air Force One bahwa ia akan segera bertemu Xi.", []string{"donald-trump/person/USA", "xi-jinping/person/CHN"}},
	{"pernyataan tertulis", "Dalam sebuah pernyataan tertulis, Amnesty International menuduh pasukan keamanan menggunakan kekuatan berlebihan.", []string{"amnesty-international"}},
	{"seperti dikutip", "Menteri Luar Negeri Arab Saudi Pangeran Faisal bin Farhan, seperti dikutip kantor berita SPA, menyambut baik kesepakatan itu.", []string{"faisal-bin-farhan/person/SAU", "SAU", "saudi-press-agency"}},

	// Cities as places and as governments.
	{"kota moskow membantah", "Moskow membantah terlibat dalam serangan siber terhadap infrastruktur Eropa.", []string{"RUS"}},
	{"kota washington memperingatkan", "Washington memperingatkan Beijing agar tidak memberikan bantuan militer kepada Rusia.", []string{"USA", "CHN", "RUS"}},
	{"kota teheran menolak", "Teheran menolak tuntutan untuk menghentikan pengayaan uranium sepenuhnya.", []string{"IRN"}},
	{"kota kyiv menuduh", "Kyiv menuduh Moskow menargetkan jaringan listrik menjelang musim dingin.", []string{"UKR", "RUS"}},
	{"kota paris tempat", "Ribuan orang berunjuk rasa di Paris menentang reformasi pensiun.", nil},
	{"kota london tempat", "Konferensi tentang masa depan Sudan digelar di London pada Selasa.", []string{"SDN"}},
	{"kota berlin cuaca", "Salju tebal menyelimuti Berlin dan mengganggu penerbangan di bandara utama.", nil},
	{"kota tokyo gempa", "Gempa berkekuatan 5,8 mengguncang Tokyo tanpa menimbulkan kerusakan berarti.", nil},
	{"kota beijing berunding", "Beijing dan Washington sepakat memperpanjang gencatan tarif selama 90 hari.", []string{"CHN", "USA"}},
	{"kota brussel tempat", "Para menteri luar negeri Uni Eropa berkumpul di Brussel untuk membahas sanksi.", []string{"european-union"}},
	{"kota jenewa tempat", "Perundingan putaran ketiga akan berlangsung di Jenewa bulan depan.", nil},
	{"kota new york tempat", "Wisatawan memadati Times Square di New York menjelang malam Tahun Baru.", nil},

	// Other persons' shapes: appositions, ages, ordinary people abroad.
	{"aposisi mantan", "Yevgeny Prigozhin, pemimpin kelompok tentara bayaran Wagner, tewas dalam kecelakaan pesawat.", []string{"yevgeny-prigozhin/person/RUS", "wagner-group"}},
	{"aposisi usia", "Luigi Mangione, 26, didakwa atas pembunuhan seorang eksekutif asuransi di New York.", []string{"luigi-mangione/person"}},
	{"aposisi profesor", "Profesor ilmu politik Universitas Harvard Stephen Walt mengatakan kebijakan itu kontraproduktif.", []string{"stephen-walt/person", "harvard-university"}},
	{"ceo nvidia", "CEO Nvidia Jensen Huang mengatakan permintaan cip kecerdasan buatan masih sangat kuat.", []string{"jensen-huang/person", "nvidia"}},
	{"musk doge", "Elon Musk mengumumkan akan mundur dari pemerintahan Trump pada akhir Mei.", []string{"elon-musk/person", "donald-trump/person/USA", "USA"}},
	{"hakim agung", "Hakim Agung Amy Coney Barrett menulis pendapat mayoritas dalam putusan itu.", []string{"amy-coney-barrett/person/USA"}},
	{"jenderal as unknown", "Kepala Staf Gabungan AS Jenderal Dan Caine mengatakan operasi itu berjalan sesuai rencana.", []string{"dan-caine/person/USA", "usa-jcs/military/USA"}},
	{"budanov intelijen", "Kepala intelijen militer Ukraina Kyrylo Budanov memperkirakan Rusia akan melancarkan serangan baru.", []string{"kyrylo-budanov/person/UKR", "UKR", "RUS"}},

	// No actor: science, markets, weather, general statements.
	{"no suku bunga global", "Harga emas dunia mencapai rekor tertinggi di tengah ketidakpastian ekonomi global.", nil},
	{"no minyak", "Harga minyak mentah turun hampir 2 persen setelah data persediaan yang mengecewakan.", nil},
	{"no ilmuwan", "Para ilmuwan menemukan spesies katak baru di hutan hujan Amazon.", nil},
	{"no iklim", "Suhu rata-rata global tahun lalu adalah yang tertinggi sejak pencatatan dimulai.", nil},
	{"badai jamaika", "Badai Melissa menghantam Jamaika dengan kecepatan angin 295 kilometer per jam.", []string{"JAM"}},
	{"no wall street", "Saham-saham di Wall Street ditutup melemah pada perdagangan Jumat.", nil},
	{"no penelitian", "Sebuah penelitian yang diterbitkan dalam jurnal Nature menunjukkan es laut Antarktika menyusut lebih cepat.", nil},
	{"no inflasi zona euro", "Inflasi di zona euro melambat menjadi 2,1 persen pada Oktober.", nil},
	{"no pengangguran", "Tingkat pengangguran di negara-negara maju diperkirakan naik tahun depan.", nil},
	{"no kebakaran", "Kebakaran hutan di Los Angeles menghanguskan ribuan rumah dan memaksa evakuasi massal.", nil},
	{"no bitcoin", "Bitcoin menembus 100.000 dolar untuk pertama kalinya pada Kamis.", nil},
	{"no vaksin", "Uji klinis tahap akhir menunjukkan vaksin itu efektif mencegah penyakit berat.", nil},
	{"gempa myanmar", "Gempa bermagnitudo 7,7 melanda Myanmar tengah dan terasa hingga Bangkok.", []string{"MMR"}},
	{"no piala dunia", "Piala Dunia 2026 akan digelar di Amerika Utara dengan 48 tim peserta.", nil},
	{"no kecerdasan buatan", "Para pakar memperingatkan bahwa kecerdasan buatan dapat menghapus jutaan lapangan kerja.", nil},
	{"no migran", "Ratusan migran tiba di pulau Lampedusa dalam satu hari.", nil},
	{"no harga beras", "Harga beras di pasar internasional turun ke level terendah dalam delapan tahun.", nil},
	{"no komet", "Komet antarbintang itu akan melintas paling dekat dengan Matahari pada akhir Oktober.", nil},
	{"no pariwisata", "Jumlah wisatawan asing ke Eropa selatan mencapai rekor musim panas ini.", nil},
	{"no dolar", "Dolar menguat terhadap sebagian besar mata uang utama pada awal pekan.", nil},
	{"no gelombang panas", "Gelombang panas melanda sebagian besar Eropa selatan dengan suhu di atas 40 derajat.", nil},
}

// idTrans38GridKnown are the rows of TestIDTrans38Grid the extractor still
// fails, with the reason.
var idTrans38GridKnown = map[string]string{
	"gubernur pritzker unknown": "'Garda Nasional' alone, in a sentence on a US state, is no body (a body's name only before a state's name)",
	"budanov intelijen":         "'intelijen militer Ukraina' is read as the armed forces, and the title's state is lost",
	"seperti dikutip":           "'kantor berita SPA' is an outlet the rules make (spa), not the Saudi Press Agency: 'SPA' as the agency's short name was tried and dropped, as it took a company's acronym defined in brackets ('Sampoerna Packaging Asia Pte. Ltd. (SPA)', csui-train.dev)",
}

// TestIDTrans38Grid checks idTrans38GridRows.
func TestIDTrans38Grid(t *testing.T) {
	runDomGrid(t, idTrans38GridRows, idTrans38GridKnown, "2025-11-15")
}

// idTrans38Batch2Rows are a second batch in the same style, written and
// annotated after the first batch's rules and before their first run:
// press secretaries and governments' spokespersons, governors and
// senators of a federation's states, a body named in full and then bare,
// quakes and how far they were felt, passives and "menurut", and rows
// with no actor. On the commit before the first batch's rules: 13 of 20;
// with them: 18 of 20; after "bursa" was added to city_nouns ("di bursa
// logam London" is the city): 19 of 20.
var idTrans38Batch2Rows = []domGridRow{
	{"b2 sekretaris pers kremlin", "Sekretaris pers Kremlin Dmitry Peskov mengatakan Putin tidak punya rencana bertemu Zelensky.", []string{"dmitry-peskov/person/RUS", "rus-presidency/government/RUS", "vladimir-putin/person/RUS", "volodymyr-zelenskyy/person/UKR"}},
	{"b2 jubir pemerintah jepang", "Juru bicara pemerintah Jepang Yoshimasa Hayashi mengatakan Tokyo memprotes keras peluncuran rudal itu.", []string{"yoshimasa-hayashi/person/JPN", "JPN"}},
	{"b2 jubir pemerintah thailand unknown", "Juru bicara pemerintah Thailand Jirayu Houngsub mengatakan Bangkok akan menutup perbatasan dengan Kamboja.", []string{"jirayu-houngsub/person/THA", "THA", "KHM"}},
	{"b2 jubir pemerintah prancis unknown", "\"Pemerintah tidak akan mundur,\" kata juru bicara pemerintah Prancis Aurore Berge kepada wartawan.", []string{"aurore-berge/person/FRA", "FRA"}},
	{"b2 gubernur negara bagian texas", "Gubernur negara bagian Texas Greg Abbott mengerahkan pasukan ke perbatasan.", []string{"greg-abbott/person/USA"}},
	{"b2 gubernur negara bagian minnesota", "Gubernur negara bagian Minnesota Tim Walz mengutuk penembakan itu.", []string{"tim-walz/person/USA"}},
	{"b2 senator dari kentucky", "Senator Republik dari Kentucky Rand Paul menentang paket bantuan tersebut.", []string{"rand-paul/person/USA"}},
	{"b2 senator dari virginia unknown", "Senator Demokrat dari Virginia Tim Kaine menyerukan pemungutan suara soal kewenangan perang.", []string{"tim-kaine/person/USA"}},
	{"b2 ma as then bare", "Mahkamah Agung AS menerima kasus itu pada Jumat. Mahkamah Agung akan mendengarkan argumen pada Januari.", []string{"usa-supreme-court/court/USA"}},
	{"b2 dpr as then bare", "Senat AS meloloskan RUU itu, dan DPR AS akan memberikan suara pekan depan. DPR dikuasai Partai Republik.", []string{"usa-senate/legislature/USA", "usa-house/legislature/USA", "us-republican-party"}},
	{"b2 gempa manila", "Gempa bermagnitudo 6,2 mengguncang Manila dan sekitarnya pada Selasa dini hari.", nil},
	{"b2 terasa sampai hanoi", "Getaran gempa terasa sampai Hanoi.", nil},
	{"b2 sampai teheran menjawab", "Perundingan akan diperpanjang sampai Teheran memberikan jawaban.", []string{"IRN"}},
	{"b2 carney kata", "\"Kami tidak akan mundur,\" kata Perdana Menteri Kanada Mark Carney kepada wartawan di Ottawa.", []string{"mark-carney/person/CAN", "CAN"}},
	{"b2 pasif home office", "Kebijakan tersebut diumumkan oleh Kementerian Dalam Negeri Inggris pada Senin.", []string{"gbr-home-office/agency/GBR"}},
	{"b2 menurut au as", "Menurut Angkatan Udara AS, pesawat pengebom B-52 itu terbang di atas Laut Baltik.", []string{"usa-air-force/military/USA"}},
	{"b2 wali kota kyiv", "Wali Kota Kyiv Vitali Klitschko mengatakan dua orang tewas akibat serangan pesawat nirawak Rusia.", []string{"vitali-klitschko/person/UKR", "RUS"}},
	{"b2 no tembaga", "Harga tembaga melonjak ke rekor tertinggi di bursa logam London.", nil},
	{"b2 no lebah", "Populasi lebah madu di seluruh dunia terus menurun, menurut sebuah studi baru.", nil},
	{"b2 no suhu eropa", "Suhu di kota-kota besar Eropa diperkirakan melampaui 40 derajat Celsius pekan ini.", nil},
}

// idTrans38Batch2Known are the rows of idTrans38Batch2Rows the extractor
// still fails, with the reason.
var idTrans38Batch2Known = map[string]string{
	"b2 senator dari virginia unknown": "'Virginia' is no place of the gazetteer (a given name too), so 'Virginia Tim Kaine' is read as one person's name",
}

// TestIDTrans38Batch2 checks idTrans38Batch2Rows.
func TestIDTrans38Batch2(t *testing.T) {
	runDomGrid(t, idTrans38Batch2Rows, idTrans38Batch2Known, "2025-11-15")
}

// idTrans38RegressRows guard the rules' limits (in neither count): the
// home DPR stays the home state's where the sentence names a home person
// or the home state, even after "DPR AS"; a ministry's bare name is not
// carried abroad; a capital after "hingga" that a verb follows stays the
// state; "pemerintah" before no state's name is no part of a title's
// "of"; a place after "dari" after an occupation gives no state.
var idTrans38RegressRows = []domGridRow{
	{"r dpr ri after dpr as", "Ketua DPR AS Mike Johnson menolak usulan itu. Presiden Prabowo Subianto mengatakan DPR akan membahas RUU tersebut.", []string{"mike-johnson/person/USA", "usa-house/legislature/USA", "prabowo-subianto/person/IDN", "idn-dpr/legislature/IDN"}},
	{"r dpr indonesia after dpr as", "DPR AS menyetujui paket itu. Indonesia menyambut baik, dan DPR akan menggelar rapat.", []string{"usa-house/legislature/USA", "IDN", "idn-dpr/legislature/IDN"}},
	{"r kemlu not carried", "Kementerian Luar Negeri Rusia memanggil Dubes RI. Kementerian Luar Negeri RI menyatakan akan menanggapi.", []string{"rus-foreign-ministry/agency/RUS", "IDN", "idn-foreign-ministry/agency/IDN"}},
	{"r hingga verb stays state", "Sanksi akan tetap berlaku hingga Moskow menarik pasukannya.", []string{"RUS"}},
	{"r hingga list places", "Protes menyebar dari Paris hingga Berlin.", nil},
	{"r pemerintah no state", "Juru bicara pemerintah daerah Budi Santoso mengatakan jalan itu akan diperbaiki.", []string{"budi-santoso/person"}},
	{"r gubernur negara bagian place", "Gubernur negara bagian California Gavin Newsom menandatangani undang-undang itu.", []string{"gavin-newsom/person/USA"}},
}

// TestIDTrans38Regress checks idTrans38RegressRows.
func TestIDTrans38Regress(t *testing.T) {
	runDomGrid(t, idTrans38RegressRows, nil, "2025-11-15")
}
