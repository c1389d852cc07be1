package extract

import "testing"

// bodyCtx42IDRows and bodyCtx42ENRows are Indonesian and English
// present-day (2015-2026) news texts of one to three sentences composed for
// the "Bodies named without their state" grid 42 of issue #12 (never
// copied from a data set) and annotated before the extractor ran on them.
// The class: a state's body named by its generic name alone ("Senat",
// "Kongres", "Parlemen", "Mahkamah Agung", "Kementerian Luar Negeri",
// "Polisi Federal", "the Senate", "the Supreme Court", "the Defence
// Ministry", "parliament") where the sentence or an earlier sentence of the
// same text names the state, a city of it or one of its people ("Trump …
// Senat", "Di Brasil, Mahkamah Agung …", "Polisi Federal Australia …
// Polisi Federal"), and where it names none: an Indonesian text's bare
// body is Indonesia's where Indonesia has one, an English text with no
// state and no dateline gives no body. Rows where the body's word is no
// body (a common noun, a building, a body of another state named nearby,
// two states named) test precision.
//
// Conventions of enNews42Rows (wantProblems; article date 2025-06-01): a
// person or body the gazetteer holds is its id, a body of a state it lacks
// the generic "<iso3>-<type>" id; a state named in a title, as a demonym
// or after a preposition of place is an actor; a state inside a body's
// name is none of its own.
//
// Before the rules: 91 of 127 (Indonesian 56 of 70, English 35 of 57), the
// 36 failing rows marked known. One annotation was then corrected to the
// convention (a state named in a title is an actor): "President Donald
// Trump" names no state, USA taken off. After the rules (an opening place,
// the state before another state's mention and the sentences before in
// English; "Polisi Federal" a federal police): 101 of 127 (26 known).
var bodyCtx42IDRows = []wantRow{
	// The state's leader named, the body bare.
	{"id trump senat", "Presiden AS Donald Trump mendesak Senat segera mengesahkan RUU anggaran itu.", "donald-trump/person/USA USA usa-senate", false},
	{"id trump senat kalimat kedua", "Trump menandatangani perintah eksekutif itu pada Senin. Senat menolak RUU tersebut sehari kemudian.", "donald-trump/person/USA usa-senate", false},
	{"id lula kongres", "Lula mengatakan Kongres harus menyetujui reformasi pajak sebelum akhir tahun.", "luiz-inacio-lula-da-silva/person/BRA bra-congress", false},
	{"id milei kongres", "Presiden Argentina Javier Milei mengancam memveto undang-undang yang disahkan Kongres.", "javier-milei/person/ARG ARG arg-congress", false},
	{"id netanyahu parlemen", "Perdana Menteri Israel Benjamin Netanyahu menghadapi mosi tidak percaya di Parlemen.", "benjamin-netanyahu/person/ISR ISR isr-parliament", false},
	{"id erdogan mk", "Erdogan menuduh Mahkamah Konstitusi melampaui wewenangnya.", "recep-tayyip-erdogan/person/TUR tur-constitutional-court", true},
	{"id merz parlemen", "Kanselir Jerman Friedrich Merz mengatakan Parlemen akan membahas anggaran pertahanan.", "friedrich-merz/person/DEU DEU deu-parliament", false},
	{"id macron majelis nasional", "Presiden Prancis Emmanuel Macron membubarkan Majelis Nasional dan menggelar pemilu dini.", "emmanuel-macron/person/FRA FRA fra-national-assembly", false},
	{"id modi ma", "Perdana Menteri India Narendra Modi mengatakan Mahkamah Agung telah memutuskan perkara itu.", "narendra-modi/person/IND IND ind-supreme-court", false},
	{"id sheinbaum senat", "Presiden Meksiko Claudia Sheinbaum mengatakan Senat telah menyetujui reformasi peradilan.", "claudia-sheinbaum/person/MEX MEX mex-senate", false},
	{"id zelensky parlemen", "Presiden Ukraina Volodymyr Zelensky meminta Parlemen memperpanjang darurat militer.", "volodymyr-zelenskyy/person/UKR UKR ukr-parliament", false},
	{"id putin kemhan", "Putin mengatakan Kementerian Pertahanan akan menambah jumlah tentara.", "vladimir-putin/person/RUS rus-defense-ministry", false},
	{"id ramaphosa parlemen", "Presiden Afrika Selatan Cyril Ramaphosa menyampaikan pidato kenegaraan di depan Parlemen di Cape Town.", "cyril-ramaphosa/person/ZAF ZAF zaf-parliament", false},
	{"id carney parlemen", "Perdana Menteri Kanada Mark Carney mengatakan Parlemen akan bersidang kembali pada bulan September.", "mark-carney/person/CAN CAN can-parliament", false},
	{"id petro kongres", "Presiden Kolombia Gustavo Petro menuduh Kongres menghambat reformasi ketenagakerjaan.", "gustavo-petro/person/COL COL col-congress", false},
	{"id albanese senat", "Perdana Menteri Australia Anthony Albanese mengatakan Senat akan menolak RUU media sosial itu.", "anthony-albanese/person/AUS AUS aus-senate", false},
	{"id lavrov kemlu", "Menteri Luar Negeri Rusia Sergei Lavrov mengatakan Kementerian Luar Negeri telah menerima nota protes itu.", "sergei-lavrov/person/RUS RUS rus-foreign-ministry", false},
	{"id erdogan parlemen", "Presiden Turki Recep Tayyip Erdogan mengatakan Parlemen akan membahas konstitusi baru.", "recep-tayyip-erdogan/person/TUR TUR tur-parliament", false},
	{"id pezeshkian parlemen", "Presiden Iran Masoud Pezeshkian mengatakan Parlemen telah menyetujui penangguhan kerja sama dengan IAEA.", "masoud-pezeshkian/person/IRN IRN irn-parliament iaea", false},
	{"id vance senat", "Wakil Presiden AS JD Vance memberikan suara penentu di Senat.", "jd-vance/person/USA USA usa-senate", false},
	{"id thune senat", "Pemimpin Mayoritas Senat John Thune mengatakan RUU itu akan disahkan sebelum 4 Juli.", "john-thune/person/USA usa-senate", true},
	{"id sharif ma", "Perdana Menteri Pakistan Shehbaz Sharif mengatakan putusan Mahkamah Agung harus dihormati.", "shehbaz-sharif/person/PAK PAK pak-supreme-court", false},
	{"id tinubu senat", "Presiden Nigeria Bola Tinubu mengatakan Senat telah mengukuhkan para kepala staf yang baru.", "bola-tinubu/person/NGA NGA nga-senate", false},
	{"id meloni parlemen", "Perdana Menteri Italia Giorgia Meloni mengatakan Parlemen akan menyetujui kesepakatan migrasi dengan Albania.", "giorgia-meloni/person/ITA ITA ita-parliament ALB", false},
	{"id ishiba kemhan", "Perdana Menteri Jepang Shigeru Ishiba mengatakan Kementerian Pertahanan akan meninjau pengerahan itu.", "shigeru-ishiba/person/JPN JPN jpn-defense-ministry", false},
	{"id de moraes ma", "Hakim Alexandre de Moraes dari Mahkamah Agung memerintahkan Bolsonaro memakai gelang elektronik.", "alexandre-de-moraes/person/BRA bra-supreme-court jair-bolsonaro/person/BRA", false},
	{"id ruto polisi", "Presiden Kenya William Ruto mengatakan Polisi akan menindak tegas para perusuh.", "william-ruto/person/KEN KEN ken-police", false},
	{"id pezeshkian kemlu", "Pezeshkian bertemu utusan Oman di Teheran. Kementerian Luar Negeri menyebut pertemuan itu konstruktif.", "masoud-pezeshkian/person/IRN irn-foreign-ministry OMN", true},

	// The state named as a place.
	{"id di brasil ma", "Di Brasil, Mahkamah Agung memerintahkan penangkapan mantan presiden Jair Bolsonaro.", "BRA bra-supreme-court jair-bolsonaro/person/BRA", false},
	{"id di jepang kemhan", "Di Jepang, Kementerian Pertahanan mengatakan rudal itu jatuh di luar zona ekonomi eksklusif.", "JPN jpn-defense-ministry", false},
	{"id di filipina senat", "Di Filipina, Senat memulai sidang pemakzulan Wakil Presiden Sara Duterte.", "PHL phl-senate sara-duterte/person/PHL", false},
	{"id di kenya parlemen", "Di Kenya, Parlemen menyetujui RUU keuangan meskipun ada protes besar.", "KEN ken-parliament", false},
	{"id di pakistan parlemen", "Di Pakistan, Parlemen mengesahkan amandemen konstitusi ke-26.", "PAK pak-parliament", false},
	{"id di as ma", "Di Amerika Serikat, Mahkamah Agung mengizinkan pemerintah memecat ribuan pegawai federal.", "USA usa-supreme-court", false},
	{"id di korea selatan mk", "Di Korea Selatan, Mahkamah Konstitusi memberhentikan Presiden Yoon Suk Yeol dari jabatannya.", "KOR kor-constitutional-court yoon-suk-yeol/person/KOR", false},
	{"id di prancis senat", "Di Prancis, Senat menolak rancangan undang-undang imigrasi yang diajukan pemerintah.", "FRA fra-senate", false},
	{"id di inggris parlemen", "Di Inggris, Parlemen memperdebatkan RUU bunuh diri berbantuan selama lima jam.", "GBR gbr-parliament", false},
	{"id di israel ma", "Di Israel, Mahkamah Agung membatalkan undang-undang kewajaran yang disahkan koalisi.", "ISR isr-supreme-court", false},

	// A city of the state.
	{"id di london parlemen", "Di London, Parlemen memperdebatkan larangan terhadap kelompok Palestine Action.", "gbr-parliament palestine-action", true},
	{"id di washington kongres", "Di Washington, Kongres gagal menyepakati anggaran sehingga pemerintahan federal tutup.", "usa-congress", false},
	{"id di seoul majelis nasional", "Di Seoul, Majelis Nasional meloloskan mosi pemakzulan terhadap penjabat presiden.", "kor-parliament", false},
	{"id islamabad kemendagri", "Ledakan mengguncang pusat kota Islamabad. Kementerian Dalam Negeri mengatakan 12 orang tewas.", "pak-home-affairs-ministry", false},
	{"id sao paulo polisi federal", "Banjir besar melanda Sao Paulo pekan lalu. Polisi Federal menyelidiki dugaan korupsi dana bantuan.", "bra-police", false},
	{"id di tokyo kemlu", "Di Tokyo, Kementerian Luar Negeri memanggil duta besar Tiongkok.", "jpn-foreign-ministry CHN", true},
	{"id di canberra senat", "Di Canberra, Senat mengesahkan larangan media sosial bagi anak di bawah 16 tahun.", "aus-senate", false},

	// The state named with the body first, the bare body after.
	{"id polisi federal australia", "Polisi Federal Australia menangkap dua pria di Sydney. Polisi Federal mengatakan keduanya merencanakan serangan.", "aus-police", false},
	{"id polisi federal brasil", "Polisi Federal Brasil menggeledah rumah mantan presiden Jair Bolsonaro. Polisi Federal juga menyita paspornya.", "bra-police jair-bolsonaro/person/BRA", false},
	{"id ma as lalu ma", "Mahkamah Agung Amerika Serikat membatasi kewenangan hakim federal. Trump memuji putusan Mahkamah Agung itu.", "usa-supreme-court donald-trump/person/USA", true},
	{"id mk korsel lalu mk", "Mahkamah Konstitusi Korea Selatan memberhentikan Yoon Suk Yeol. Mahkamah Konstitusi memutuskan dengan suara bulat.", "kor-constitutional-court yoon-suk-yeol/person/KOR", false},
	{"id kongres as", "Kongres AS menyetujui paket bantuan untuk Ukraina.", "usa-congress UKR", true},

	// No state named: Indonesia's body where it has one.
	{"id ma kasasi", "Mahkamah Agung menolak kasasi yang diajukan jaksa dalam kasus korupsi timah.", "idn-supreme-court", false},
	{"id kemhan rafale", "Kementerian Pertahanan menandatangani kontrak pembelian 42 jet tempur.", "idn-defense-ministry", false},
	{"id polisi medan", "Polisi menangkap tiga tersangka pengedar narkoba di Medan.", "idn-police", false},
	{"id mk pemilu", "Mahkamah Konstitusi menolak gugatan uji materi undang-undang pemilu.", "idn-constitutional-court", false},
	{"id prabowo mk", "Presiden Prabowo Subianto melantik kabinet barunya. Mahkamah Konstitusi kemudian menolak gugatan terhadap hasil pemilu.", "prabowo-subianto/person/IDN idn-constitutional-court", false},
	{"id sugiono kemlu iran", "Menteri Luar Negeri Sugiono mengatakan Kementerian Luar Negeri akan memulangkan WNI dari Iran.", "sugiono/person/IDN idn-foreign-ministry IRN", false},
	{"id kemlu dubes australia", "Kementerian Luar Negeri memanggil duta besar Australia di Jakarta.", "idn-foreign-ministry AUS", true},
	{"id prabowo brasil kemlu", "Presiden Prabowo Subianto berkunjung ke Brasil. Kementerian Luar Negeri mengatakan kunjungan itu mempererat hubungan kedua negara.", "prabowo-subianto/person/IDN BRA idn-foreign-ministry", true},
	{"id senat tanpa negara", "Senat menolak RUU itu dengan selisih tipis.", "", false},

	// Precision: no body, another state's body, two states.
	{"id polisi cita-cita", "Ia mengaku bercita-cita menjadi polisi sejak kecil.", "", false},
	{"id seorang polisi gedung parlemen", "Seorang polisi terluka dalam bentrokan di depan gedung parlemen di Nairobi.", "", false},
	{"id gedung parlemen canberra", "Ribuan pengunjuk rasa berkumpul di depan Gedung Parlemen di Canberra.", "", false},
	{"id gedung ma washington", "Gedung Mahkamah Agung di Washington dijaga ketat sejak Senin.", "", false},
	{"id senat mahasiswa", "Senat mahasiswa Universitas Indonesia menolak kenaikan uang kuliah.", "universitas-indonesia", false},
	{"id trump parlemen eropa", "Trump mengkritik Parlemen Eropa karena denda terhadap perusahaan teknologi AS.", "donald-trump/person/USA european-parliament USA", false},
	{"id trump ma brasil", "Presiden AS Donald Trump memuji putusan Mahkamah Agung Brasil yang membebaskan sekutunya.", "donald-trump/person/USA USA bra-supreme-court", true},
	{"id trump senat meksiko", "Trump mengecam Senat Meksiko yang menolak pengerahan tentara AS.", "donald-trump/person/USA mex-senate USA", true},
	{"id dua negara parlemen", "Perdana Menteri Jepang Shigeru Ishiba bertemu Presiden Prancis Emmanuel Macron di Tokyo. Parlemen menyetujui anggaran tambahan.", "shigeru-ishiba/person/JPN JPN emmanuel-macron/person/FRA FRA", false},
	{"id kongres partai", "Kongres Partai Komunis Tiongkok ke-21 dijadwalkan digelar pada 2027.", "ccp", true},
	{"id trump starmer parlemen inggris", "Trump bertemu Perdana Menteri Inggris Keir Starmer. Parlemen Inggris kemudian membahas kesepakatan dagang itu.", "donald-trump/person/USA keir-starmer/person/GBR GBR gbr-parliament", true},
}

var bodyCtx42ENRows = []wantRow{
	// The state's leader named, the body bare.
	{"en trump senate", "Trump said the Senate would pass the bill by July 4.", "donald-trump/person/USA usa-senate", false},
	{"en trump supreme court second", "President Donald Trump signed the order on Monday. The Supreme Court is expected to rule on it next year.", "donald-trump/person/USA usa-supreme-court", false},
	{"en ishiba defense", "Japanese Prime Minister Shigeru Ishiba said the Defense Ministry would review the deployment.", "shigeru-ishiba/person/JPN JPN jpn-defense-ministry", false},
	{"en lula congress", "Lula said Congress must approve the tax reform before December.", "luiz-inacio-lula-da-silva/person/BRA bra-congress", false},
	{"en milei congress", "Argentine President Javier Milei vetoed a pension bill passed by Congress.", "javier-milei/person/ARG ARG arg-congress", false},
	{"en sheinbaum senate", "Mexican President Claudia Sheinbaum said the Senate had approved the judicial reform.", "claudia-sheinbaum/person/MEX MEX mex-senate", false},
	{"en putin defence", "Putin said the Defence Ministry would call up 160,000 conscripts.", "vladimir-putin/person/RUS rus-defense-ministry", false},
	{"en peskov foreign ministry", "Kremlin spokesman Dmitry Peskov said the Foreign Ministry would respond to the expulsions.", "dmitry-peskov/person/RUS rus-presidency rus-foreign-ministry", false},
	{"en ruto parliament", "Kenyan President William Ruto said parliament would debate the finance bill next week.", "william-ruto/person/KEN KEN ken-parliament", false},
	{"en sharif supreme court", "Pakistani Prime Minister Shehbaz Sharif said the Supreme Court's ruling must be respected.", "shehbaz-sharif/person/PAK PAK pak-supreme-court", false},
	{"en ramaphosa parliament", "South African President Cyril Ramaphosa addressed parliament in Cape Town.", "cyril-ramaphosa/person/ZAF ZAF zaf-parliament", false},
	{"en zelensky parliament", "Zelensky asked parliament to extend martial law for another 90 days.", "volodymyr-zelenskyy/person/UKR ukr-parliament", true},
	{"en pezeshkian parliament", "Iranian President Masoud Pezeshkian said parliament had voted to suspend cooperation with the IAEA.", "masoud-pezeshkian/person/IRN IRN irn-parliament iaea", false},
	{"en merz parliament", "German Chancellor Friedrich Merz said parliament would vote on the debt brake reform.", "friedrich-merz/person/DEU DEU deu-parliament", false},
	{"en erdogan foreign ministry", "Turkish President Tayyip Erdogan said the Foreign Ministry had summoned the Dutch ambassador.", "recep-tayyip-erdogan/person/TUR TUR tur-foreign-ministry NLD", false},
	{"en petro congress", "Colombian President Gustavo Petro accused Congress of blocking his labour reform.", "gustavo-petro/person/COL COL col-congress", false},
	{"en netanyahu supreme court", "Israeli Prime Minister Benjamin Netanyahu said the Supreme Court had no authority over the decision.", "benjamin-netanyahu/person/ISR ISR isr-supreme-court", false},
	{"en modi parliament", "Indian Prime Minister Narendra Modi told parliament that the operation had met its goals.", "narendra-modi/person/IND IND ind-parliament", false},
	{"en carney parliament", "Canadian Prime Minister Mark Carney said parliament would sit through the summer.", "mark-carney/person/CAN CAN can-parliament", false},
	{"en albanese senate", "Australian Prime Minister Anthony Albanese said the Senate would pass the social media ban.", "anthony-albanese/person/AUS AUS aus-senate", false},
	{"en albanese canberra senate", "Speaking in Canberra, Albanese said the Senate would pass the bill.", "anthony-albanese/person/AUS aus-senate", false},
	{"en macron national assembly", "Macron dissolved the National Assembly and called snap elections.", "emmanuel-macron/person/FRA fra-national-assembly", false},
	{"en meloni parliament", "Meloni said parliament would approve the migration deal with Albania.", "giorgia-meloni/person/ITA ita-parliament ALB", true},
	{"en sanchez parliament", "Sanchez told parliament that Spain would not raise defence spending to 5%.", "pedro-sanchez/person/ESP esp-parliament ESP", false},
	{"en tinubu senate", "Nigerian President Bola Tinubu said the Senate had confirmed the new service chiefs.", "bola-tinubu/person/NGA NGA nga-senate", false},
	{"en starmer parliament", "Starmer told parliament that Britain would recognise a Palestinian state.", "keir-starmer/person/GBR GBR gbr-parliament PSE", false},
	{"en vance senate", "Vice President JD Vance cast the tie-breaking vote in the Senate.", "jd-vance/person/USA usa-senate", false},
	{"en thune second sentence", "Senate Majority Leader John Thune scheduled the vote for Thursday. The House is expected to take up the bill next week.", "john-thune/person/USA usa-senate usa-house", true},
	{"en pezeshkian foreign ministry second", "Pezeshkian met an Omani envoy in Tehran. The Foreign Ministry called the talks constructive.", "masoud-pezeshkian/person/IRN irn-foreign-ministry OMN", true},
	{"en de moraes supreme court", "Justice Alexandre de Moraes of the Supreme Court ordered Bolsonaro to wear an ankle monitor.", "alexandre-de-moraes/person/BRA bra-supreme-court jair-bolsonaro/person/BRA", false},

	// The state named as a place or by its name earlier.
	{"en in brazil supreme court", "In Brazil, the Supreme Court ordered former president Jair Bolsonaro to stand trial.", "BRA bra-supreme-court jair-bolsonaro/person/BRA", false},
	{"en in philippines senate", "In the Philippines, the Senate convened as an impeachment court for Vice President Sara Duterte.", "PHL phl-senate sara-duterte/person/PHL", false},
	{"en in south korea constitutional court", "In South Korea, the Constitutional Court removed Yoon Suk Yeol from office.", "KOR kor-constitutional-court yoon-suk-yeol/person/KOR", false},
	{"en in japan defense", "In Japan, the Defense Ministry said the missile fell outside the exclusive economic zone.", "JPN jpn-defense-ministry", false},
	{"en argentina economy congress", "Argentina's economy shrank 1.7% last year. Congress is debating a new budget.", "ARG arg-congress", true},
	{"en in kenya parliament", "In Kenya, parliament approved the finance bill despite mass protests.", "KEN ken-parliament", false},

	// A city of the state.
	{"en paris police interior", "Police in Paris detained 40 people after clashes. The Interior Ministry said 12 officers were hurt.", "fra-police fra-home-affairs-ministry", true},
	{"en nairobi police", "In Nairobi, police fired tear gas at protesters.", "ken-police", false},
	{"en tbilisi parliament", "Thousands marched to parliament in Tbilisi to protest the foreign agent law.", "geo-parliament", true},
	{"en kharkiv police", "A rocket hit a house in Kharkiv, killing two people, police said.", "ukr-police", true},
	{"en seoul national assembly", "In Seoul, the National Assembly passed an impeachment motion against the acting president.", "kor-parliament", false},
	{"en canberra senate", "In Canberra, the Senate passed a ban on social media for children under 16.", "aus-senate", false},

	// The state named with the body first, the bare body after.
	{"en afp federal police", "Australian Federal Police arrested two men in Sydney. The Federal Police said the men had planned an attack.", "aus-police", true},
	{"en brazil federal police", "Brazil's Federal Police searched the home of former president Jair Bolsonaro. The Federal Police also seized his passport.", "bra-police jair-bolsonaro/person/BRA", true},

	// Datelines.
	{"en dateline washington senate", "WASHINGTON (Reuters) - The Senate voted 51-49 to confirm the nominee.", "usa-senate", false},
	{"en dateline ankara defence", "ANKARA (Reuters) - The Defence Ministry said two soldiers were killed in northern Iraq.", "tur-defense-ministry IRQ", false},

	// No state named: no body.
	{"en supreme court no state", "The Supreme Court said it would hear the case in October.", "", false},
	{"en foreign ministry no state", "The Foreign Ministry did not respond to a request for comment.", "", false},
	{"en parliament no state", "Parliament is due to vote on the bill next month.", "", false},

	// Precision: no body, another state's body, two states.
	{"en house common noun", "The house was empty when the fire started, a neighbour said.", "", false},
	{"en trump brazil court", "Trump praised Brazil's Supreme Court after it freed his ally.", "donald-trump/person/USA bra-supreme-court", true},
	{"en trump marcos senate", "Trump met Philippine President Ferdinand Marcos Jr. at the White House. The Senate later approved the deal.", "donald-trump/person/USA ferdinand-marcos-jr/person/PHL PHL usa-presidency", true},
	{"en zelensky merz parliament", "Zelensky met Merz in Berlin. Parliament approved the aid package.", "volodymyr-zelenskyy/person/UKR friedrich-merz/person/DEU", true},
	{"en cambridge senate", "The senate of the University of Cambridge voted to divest from fossil fuels.", "university-of-cambridge", false},
	{"en police officer", "A police officer in Lyon was suspended after the video spread online.", "", false},
	{"en european parliament trump", "Trump criticised the European Parliament over its fines on American tech firms.", "donald-trump/person/USA european-parliament USA", false},
	{"en house of cards", "Ishiba said the coalition was a house of cards.", "shigeru-ishiba/person/JPN", false},
}

// bodyCtx42Batch2Rows were written after the first batch's rules and
// annotated before their first run.
var bodyCtx42Batch2IDRows = []wantRow{
	{"b2 id lula senat", "Presiden Brasil Luiz Inacio Lula da Silva mengatakan Senat akan memutuskan nasib RUU itu.", "luiz-inacio-lula-da-silva/person/BRA BRA bra-senate", false},
	{"b2 id di argentina kongres", "Di Argentina, Kongres menolak veto presiden atas dana universitas.", "ARG arg-congress", false},
	{"b2 id polisi federal brasilia", "Polisi Federal menangkap seorang mantan menteri di Brasilia atas tuduhan korupsi.", "bra-police", false},
	{"b2 id sanchez parlemen", "Perdana Menteri Spanyol Pedro Sanchez mengatakan Parlemen akan memilih anggaran baru.", "pedro-sanchez/person/ESP ESP esp-parliament", false},
	{"b2 id kemlu israel objek", "Kementerian Luar Negeri mengecam serangan Israel terhadap kapal bantuan ke Gaza.", "idn-foreign-ministry ISR", true},
	{"b2 id gedung kongres", "Di depan gedung Kongres di Buenos Aires, ribuan orang berunjuk rasa.", "", false},
	{"b2 id marcos senat", "Presiden Filipina Ferdinand Marcos Jr. mengatakan Senat harus segera menggelar sidang pemakzulan.", "ferdinand-marcos-jr/person/PHL PHL phl-senate", false},
	{"b2 id marles parlemen", "Menteri Pertahanan Australia Richard Marles mengatakan Parlemen akan membahas anggaran pertahanan.", "richard-marles/person/AUS AUS aus-parliament", false},
}

var bodyCtx42Batch2ENRows = []wantRow{
	{"b2 en in argentina congress", "In Argentina, Congress rejected the president's veto of university funding.", "ARG arg-congress", false},
	{"b2 en mexico city senate", "In Mexico City, the Senate approved the judicial overhaul.", "mex-senate", false},
	{"b2 en sanchez parliament commission", "Sanchez said parliament would approve the amnesty law despite criticism from the European Commission.", "pedro-sanchez/person/ESP esp-parliament european-commission", true},
	{"b2 en marcos senate", "Philippine President Ferdinand Marcos Jr. said the Senate must hold the impeachment trial.", "ferdinand-marcos-jr/person/PHL PHL phl-senate", false},
	{"b2 en albanese senate second", "Prime Minister Anthony Albanese announced the election date on Friday. The Senate will be partly renewed.", "anthony-albanese/person/AUS aus-senate", false},
	{"b2 en lula xi foreign ministry", "Lula met Chinese President Xi Jinping in Beijing. The Foreign Ministry said trade was discussed.", "luiz-inacio-lula-da-silva/person/BRA xi-jinping/person/CHN CHN", true},
	{"b2 en defence ministry no state", "The Defence Ministry said the drills would last three days.", "", false},
	{"b2 en netanyahu court washington", "Netanyahu said the Supreme Court had overstepped its powers, drawing criticism from Washington.", "benjamin-netanyahu/person/ISR isr-supreme-court USA", true},
	{"b2 en in lagos police", "In Lagos, police arrested 20 protesters.", "nga-police", false},
	{"b2 en starmer macron parliament", "Starmer met Macron in Paris. Parliament will debate the treaty next week.", "keir-starmer/person/GBR emmanuel-macron/person/FRA", true},
}

func TestBodyCtx42Grid(t *testing.T) {
	t.Run("id", func(t *testing.T) { runWantGrid(t, "id", bodyCtx42IDRows, 60) })
	t.Run("en", func(t *testing.T) { runWantGrid(t, "en", bodyCtx42ENRows, 50) })
	t.Run("batch2-id", func(t *testing.T) { runWantGrid(t, "id", bodyCtx42Batch2IDRows, 8) })
	t.Run("batch2-en", func(t *testing.T) { runWantGrid(t, "en", bodyCtx42Batch2ENRows, 10) })
}
