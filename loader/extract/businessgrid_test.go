package extract

import "testing"

// businessGridIDRows are Indonesian sentences written for the test (made up
// in the style of Kontan, Bisnis Indonesia, CNBC Indonesia, Antara and
// Kompas business pages; never copied from a data set) on present-day
// business and economy news: chief executives, founders, directors and
// commissioners of Indonesian state-owned and listed (Tbk) companies and of
// global firms ("CEO Nvidia Jensen Huang", "Direktur Utama PT ... Tbk");
// central bankers and finance officials ("Ketua The Fed", "Gubernur BI",
// "Menteri Keuangan AS"); regulators and agencies (OJK, KPPU, SEC, FTC, the
// British CMA, the European Commission, "Kementerian Perdagangan China");
// banks, brokers and rating agencies (Moody's, Fitch, S&P Global);
// international economic organizations (IMF, Bank Dunia, WTO, OECD,
// OPEC+, ADB); and states as actors of trade disputes (tariffs, sanctions,
// export bans). Traps name no actor: market indexes (IHSG, Nikkei 225,
// S&P 500, Dow Jones, Hang Seng), currencies ("dolar AS", "yen Jepang",
// "yuan China"), commodities ("minyak Brent", "batu bara"), products and
// brands used as things ("iPhone 16", "mobil Toyota Avanza", "emas
// Antam"), a state's name inside an index, a currency or a product, and
// economic terms in capitals (PDB, PPN, IHK, SBN).
//
// Ids (decided before the extractor ran on the rows) follow
// TestTranslatedNewsGrid: a person or body the gazetteer holds is its id;
// any other person is the lower-case slug of the name as written, less
// titles; a company or body the gazetteer lacked is the slug of its usual
// name (bursa-efek-indonesia, sritex, bayan-resources) or the id its
// state's bodies follow (gbr-cma). A state named in the row (in a title
// such as "Menteri Keuangan AS", a demonym, a capital standing for it, or
// as the party of a trade measure or a rating) is an actor; a state inside
// a body's name (Kementerian Perdagangan China, Bank Sentral China) or
// inside a currency, an index or a product is not. Each row: want lists
// the ids that must be actors; persons and states are annotated
// completely, organizations only where the row names them; absent lists
// ids that must be no actor; none says the row gives no actor at all
// (places aside). known marks a known failure: the test fails when it
// starts passing.
var businessGridIDRows = []nameGridRow{
	// Chief executives and founders of global firms.
	{"id ceo nvidia", "CEO Nvidia Jensen Huang mengatakan permintaan cip kecerdasan buatan masih sangat tinggi.", "jensen-huang nvidia", "", false, false},
	{"id pendiri alibaba", "Pendiri Alibaba Jack Ma kembali muncul di depan publik setelah lama menghilang.", "jack-ma alibaba", "", false, false},
	{"id chief executive officer apple", "Chief Executive Officer Apple Tim Cook bertemu Presiden Prabowo Subianto di Istana Merdeka, Jakarta.", "tim-cook apple-inc prabowo-subianto", "", false, false},
	{"id bos tesla", "Bos Tesla Elon Musk menyebut pabrik baterai di Indonesia belum menjadi prioritas.", "elon-musk tesla IDN", "", false, false},
	{"id ceo microsoft investasi", "CEO Microsoft Satya Nadella mengumumkan investasi pusat data senilai US$1,7 miliar.", "satya-nadella microsoft", "", false, false},
	{"id pendiri softbank", "Pendiri SoftBank Masayoshi Son berencana menanamkan modal besar di perusahaan kecerdasan buatan.", "masayoshi-son softbank", "", false, false},
	{"id pendiri huawei sanksi", "Pendiri Huawei Ren Zhengfei mengatakan sanksi AS tidak menghentikan perusahaan.", "ren-zhengfei huawei USA", "", false, false},
	{"id ketua samsung", "Ketua Samsung Electronics Lee Jae-yong dibebaskan dari dakwaan manipulasi saham.", "lee-jae-yong samsung", "", false, false},
	{"id chairman toyota", "Chairman Toyota Motor Akio Toyoda meminta maaf atas skandal sertifikasi kendaraan.", "akio-toyoda toyota", "", false, false},
	{"id investor buffett", "Investor kawakan Warren Buffett mengumumkan akan mundur dari kursi CEO Berkshire Hathaway.", "warren-buffett berkshire-hathaway-inc", "", false, false},
	{"id ceo blackrock", "CEO BlackRock Larry Fink menilai pasar negara berkembang masih menarik bagi investor global.", "larry-fink blackrock", "", false, false},
	// known: "Amazon" alone is no name of the company's entry (an ordinary word, the river and the forest)
	{"id pendiri amazon", "Pendiri Amazon Jeff Bezos menjual saham perusahaan senilai US$5 miliar.", "jeff-bezos amazon-com", "", false, true},
	{"id ceo general motors", "CEO General Motors Mary Barra mengatakan tarif impor akan memangkas laba perusahaan.", "mary-barra general-motors", "", false, false},
	{"id ceo airbus", "CEO Airbus Guillaume Faury memperkirakan pengiriman pesawat naik tahun ini.", "guillaume-faury airbus", "", false, false},
	// known: the meeting with the president is coded USA/GOV (USA listed), and "di Gedung Putih" is the building, a place
	{"id bos intel", "Bos Intel Lip-Bu Tan bertemu Presiden Donald Trump di Gedung Putih.", "lip-bu-tan intel donald-trump usa-presidency", "", false, true},
	{"id pendiri facebook ftc", "Pendiri Facebook Mark Zuckerberg bersaksi dalam sidang gugatan antimonopoli yang diajukan FTC.", "mark-zuckerberg usa-ftc", "", false, false},
	// Directors and commissioners of Indonesian state-owned and listed companies.
	{"id presdir astra", "Presiden Direktur PT Astra International Tbk Djony Bunarto Tjondro mengatakan penjualan mobil turun 10 persen.", "djony-bunarto-tjondro astra-international", "", false, false},
	{"id dirut pertamina", "Direktur Utama Pertamina Simon Aloysius Mantiri memastikan stok BBM aman menjelang Lebaran.", "simon-aloysius-mantiri pertamina", "", false, false},
	{"id dirut pln", "Dirut PLN Darmawan Prasodjo menyatakan pasokan listrik di Jawa-Bali dalam kondisi normal.", "darmawan-prasodjo pln", "", false, false},
	{"id dirut bri", "Direktur Utama BRI Hery Gunardi mengatakan penyaluran kredit UMKM tumbuh 8 persen.", "hery-gunardi bri", "", false, false},
	{"id presdir bca", "Presiden Direktur BCA Jahja Setiaatmadja menilai suku bunga acuan sudah berada di level yang tepat.", "jahja-setiaatmadja bca", "", false, false},
	{"id dirut garuda", "Direktur Utama Garuda Indonesia Wamildan Tsani Panjaitan mengatakan maskapai akan menambah 15 pesawat.", "wamildan-tsani-panjaitan garuda-indonesia", "", false, false},
	{"id direktur keuangan telkom", "Direktur Keuangan PT Telkom Indonesia Tbk Heri Supriadi menyebut laba bersih perseroan turun tipis.", "heri-supriadi telkom-indonesia", "", false, false},
	{"id komut mandiri", "Komisaris Utama PT Bank Mandiri Tbk Kartika Wirjoatmodjo dijadwalkan hadir dalam RUPS tahunan.", "kartika-wirjoatmodjo bank-mandiri", "", false, false},
	{"id corsec vale", "Corporate Secretary PT Vale Indonesia Tbk Rizky Putra mengatakan produksi nikel sesuai target.", "rizky-putra vale-indonesia", "", false, false},
	{"id sekper adaro", "Sekretaris Perusahaan PT Adaro Energy Indonesia Tbk Mahardika Putranto menjelaskan rencana pembagian dividen.", "mahardika-putranto adaro", "", false, false},
	{"id presdir adaro boy", "Presiden Direktur Adaro Garibaldi Thohir menyebut harga batu bara masih tertekan.", "garibaldi-thohir adaro", "", false, false},
	{"id orang terkaya low tuck kwong", "Orang terkaya Indonesia Low Tuck Kwong menambah kepemilikan sahamnya di PT Bayan Resources Tbk.", "low-tuck-kwong bayan-resources IDN", "", false, false},
	{"id konglomerat prajogo", "Konglomerat Prajogo Pangestu kembali menjadi orang terkaya di Tanah Air versi majalah Forbes.", "prajogo-pangestu", "", false, false},
	{"id ceo goto", "CEO GoTo Patrick Walujo mengatakan perusahaan akan mencetak laba tahun ini.", "patrick-walujo goto", "", false, false},
	{"id ceo danantara", "CEO Danantara Rosan Roeslani mengumumkan investasi di sektor hilirisasi nikel.", "rosan-roeslani idn-danantara", "", false, false},
	{"id dirut bsi", "Direktur Utama PT Bank Syariah Indonesia Tbk Anggoro Eko Cahyo mengatakan pembiayaan tumbuh dua digit.", "anggoro-eko-cahyo bank-syariah-indonesia", "", false, false},
	{"id dirut kai", "Direktur Utama PT Kereta Api Indonesia (Persero) Bobby Rasyidin meninjau kesiapan angkutan Natal.", "bobby-rasyidin kereta-api-indonesia", "", false, false},
	{"id dirut bukit asam", "Direktur Utama PT Bukit Asam Tbk Arsal Ismail menargetkan produksi batu bara 50 juta ton.", "arsal-ismail bukit-asam", "", false, false},
	{"id apposition direktur", "Jahja Setiaatmadja, Presiden Direktur BCA, mengatakan kredit korporasi tumbuh paling cepat.", "jahja-setiaatmadja bca", "", false, false},
	{"id kata dirut", "\"Kami tidak akan menaikkan tarif listrik tahun ini,\" kata Direktur Utama PLN Darmawan Prasodjo.", "darmawan-prasodjo pln", "", false, false},
	{"id menurut analis sekuritas", "Menurut analis Mirae Asset Sekuritas Nafan Aji Gusta, saham perbankan masih menarik dikoleksi.", "nafan-aji-gusta", "", false, false},
	{"id ekonom bank", "Kepala Ekonom Bank Permata Josua Pardede memperkirakan rupiah bergerak di kisaran Rp16.300.", "josua-pardede", "", false, false},
	{"id ekonom bca", "Kepala Ekonom BCA David Sumual menilai inflasi masih terkendali.", "david-sumual bca", "", false, false},
	// Central bankers and finance officials.
	{"id ketua the fed", "Ketua The Fed Jerome Powell memberi sinyal suku bunga akan dipangkas pada September.", "jerome-powell usa-central-bank", "USA", false, false},
	{"id gubernur bi", "Gubernur BI Perry Warjiyo mengatakan rupiah akan stabil hingga akhir tahun.", "perry-warjiyo idn-central-bank", "", false, false},
	{"id presiden bank sentral eropa", "Presiden Bank Sentral Eropa Christine Lagarde memperingatkan risiko inflasi di kawasan euro.", "christine-lagarde ecb", "", false, false},
	{"id menkeu as bessent", "Menteri Keuangan AS Scott Bessent akan bertemu Wakil Perdana Menteri China He Lifeng di Jenewa.", "scott-bessent he-lifeng USA CHN", "", false, false},
	{"id gubernur boj", "Gubernur Bank of Japan Kazuo Ueda mengisyaratkan kenaikan suku bunga lanjutan.", "kazuo-ueda jpn-central-bank", "JPN", false, false},
	{"id gubernur pboc", "Gubernur Bank Sentral China Pan Gongsheng mengumumkan pemangkasan giro wajib minimum.", "pan-gongsheng chn-central-bank", "CHN", false, false},
	{"id gubernur boe", "Gubernur Bank of England Andrew Bailey mengatakan inflasi Inggris akan turun tahun depan.", "andrew-bailey gbr-central-bank GBR", "", false, false},
	{"id menkeu purbaya", "Menteri Keuangan Purbaya Yudhi Sadewa memindahkan dana pemerintah Rp200 triliun ke bank-bank BUMN.", "purbaya-yudhi-sadewa", "", false, false},
	{"id menkeu sri mulyani", "Menkeu Sri Mulyani Indrawati mengatakan defisit APBN tetap di bawah 3 persen PDB.", "sri-mulyani", "", false, false},
	{"id ketua ojk", "Ketua Dewan Komisioner OJK Mahendra Siregar menyebut industri perbankan tetap solid.", "mahendra-siregar idn-ojk", "", false, false},
	{"id kepala eksekutif ojk", "Kepala Eksekutif Pengawas Pasar Modal OJK Inarno Djajadi mengatakan jumlah investor terus bertambah.", "inarno-djajadi idn-ojk", "", false, false},
	{"id dirut bei", "Direktur Utama Bursa Efek Indonesia Iman Rachman menyebut jumlah investor pasar modal tembus 15 juta.", "iman-rachman bursa-efek-indonesia", "", false, false},
	{"id mendag as lutnick", "Menteri Perdagangan AS Howard Lutnick mengatakan tarif cip akan diumumkan pekan depan.", "howard-lutnick USA", "", false, false},
	{"id perwakilan dagang greer", "Perwakilan Dagang AS Jamieson Greer menggelar perundingan tarif dengan delegasi Indonesia.", "jamieson-greer USA IDN", "", false, false},
	{"id menko airlangga", "Menko Perekonomian Airlangga Hartarto mengatakan negosiasi tarif dengan Washington hampir rampung.", "airlangga-hartarto USA", "", false, false},
	{"id mendag budi santoso", "Menteri Perdagangan Budi Santoso mengatakan pemerintah akan memperketat impor pakaian bekas.", "budi-santoso", "", false, false},
	{"id menteri bumn erick", "Menteri BUMN Erick Thohir merombak jajaran direksi tiga bank pelat merah.", "erick-thohir", "", false, false},
	{"id md imf", "Direktur Pelaksana IMF Kristalina Georgieva memperingatkan perang dagang akan menekan pertumbuhan global.", "kristalina-georgieva imf", "", false, false},
	{"id presiden bank dunia", "Presiden Bank Dunia Ajay Banga meninjau proyek air bersih di Nusa Tenggara Timur.", "ajay-banga world-bank", "", false, false},
	{"id dirjen wto", "Direktur Jenderal WTO Ngozi Okonjo-Iweala menyerukan penyelesaian sengketa dagang lewat dialog.", "ngozi-okonjo-iweala wto", "", false, false},
	{"id sekjen oecd", "Sekretaris Jenderal OECD Mathias Cormann menyambut keinginan Indonesia menjadi anggota.", "mathias-cormann oecd IDN", "", false, false},
	{"id presiden adb", "Presiden ADB Masato Kanda menjanjikan pendanaan iklim bagi negara-negara Asia Tenggara.", "masato-kanda adb", "", false, false},
	{"id menteri energi saudi", "Menteri Energi Arab Saudi Pangeran Abdulaziz bin Salman mengatakan OPEC+ akan tetap berhati-hati.", "abdulaziz-bin-salman SAU opec-plus", "", false, false},
	{"id mendag china wang", "Menteri Perdagangan China Wang Wentao memprotes pembatasan ekspor cip oleh Washington.", "wang-wentao CHN USA", "", false, false},
	{"id jubir kemendag china", "Juru bicara Kementerian Perdagangan China He Yadong mengatakan Beijing akan mengambil tindakan balasan.", "he-yadong chn-commerce-ministry CHN", "", false, false},
	{"id ketua sec", "Ketua SEC Paul Atkins mengatakan lembaganya akan menyusun aturan baru untuk aset kripto.", "paul-atkins usa-sec", "", false, false},
	{"id ketua ftc", "Ketua FTC Andrew Ferguson menolak rencana merger dua jaringan supermarket itu.", "andrew-ferguson usa-ftc", "", false, false},
	{"id komisioner persaingan ue", "Komisioner Persaingan Usaha Uni Eropa Teresa Ribera menyatakan Google melanggar aturan pasar digital.", "teresa-ribera google", "", false, false},
	{"id ketua kppu", "Ketua KPPU M. Fanshurullah Asa mengatakan lembaganya memeriksa dugaan kartel harga tiket pesawat.", "m-fanshurullah-asa idn-kppu", "", false, false},
	{"id kepala bps", "Kepala BPS Amalia Adininggar Widyasanti mengumumkan inflasi Mei sebesar 2,1 persen.", "amalia-adininggar-widyasanti idn-bps", "", false, false},
	// Regulators and agencies as actors.
	{"id ojk cabut izin", "OJK mencabut izin usaha sebuah bank perekonomian rakyat di Jawa Timur karena permodalannya memburuk.", "idn-ojk", "", false, false},
	// known: the US agency's event is coded USA/GOV, which lists USA as an actor (as TestTranslatedNewsGrid's White House rows)
	{"id sec gugat binance", "Komisi Sekuritas dan Bursa AS (SEC) menggugat Binance atas tuduhan pelanggaran aturan sekuritas.", "usa-sec binance", "", false, true},
	// known: the British agency's event is coded GBR/GOV, which lists GBR as an actor
	{"id cma selidiki", "Otoritas Persaingan dan Pasar Inggris (CMA) menyelidiki akuisisi Activision Blizzard oleh Microsoft.", "gbr-cma microsoft activision-blizzard", "GBR", false, true},
	{"id komisi eropa denda", "Komisi Eropa menjatuhkan denda 2,4 miliar euro kepada Google karena menyalahgunakan posisi dominan.", "european-commission google", "", false, false},
	// known: the ministry's statement is coded CHN/GOV, which lists CHN as an actor
	{"id kemendag china ekspor", "Kementerian Perdagangan China mengumumkan pembatasan ekspor galium dan germanium.", "chn-commerce-ministry", "CHN", false, false},
	{"id kemendag larang", "Kementerian Perdagangan melarang ekspor minyak goreng untuk sementara waktu.", "idn-trade-ministry", "", false, false},
	{"id kppu denda google", "KPPU mendenda Google Rp202,5 miliar atas praktik monopoli di Play Store.", "idn-kppu google", "", false, false},
	{"id bi tahan bunga", "Bank Indonesia menahan suku bunga acuan di level 5,75 persen.", "idn-central-bank", "", false, false},
	{"id the fed naikkan", "The Fed kembali memangkas suku bunga acuan sebesar 25 basis poin.", "usa-central-bank", "USA", false, false},
	{"id ecb pangkas", "Bank Sentral Eropa (ECB) memangkas suku bunga deposito menjadi 2 persen.", "ecb", "", false, false},
	{"id kemenkeu sbn", "Kementerian Keuangan menerbitkan surat utang negara senilai Rp30 triliun dalam lelang pekan ini.", "idn-finance-ministry", "", false, false},
	{"id djp periksa", "Direktorat Jenderal Pajak memeriksa 200 wajib pajak orang kaya yang diduga menghindari pajak.", "idn-tax-directorate", "", false, false},
	{"id bea cukai sita", "Bea Cukai menyita ribuan ponsel ilegal di Pelabuhan Tanjung Priok.", "idn-customs", "", false, false},
	{"id lps jamin", "LPS memastikan simpanan nasabah bank yang ditutup akan dibayar penuh.", "idn-lps", "", false, false},
	{"id commerce dept blacklist", "Departemen Perdagangan AS memasukkan 80 perusahaan ke daftar hitam ekspor.", "usa-commerce-department", "", false, false},
	{"id bulog serap", "Perum Bulog menyerap tiga juta ton beras petani hingga Mei.", "idn-bulog", "", false, false},
	// Companies, banks, brokers and rating agencies as actors.
	{"id bsi laba", "PT Bank Syariah Indonesia Tbk (BSI) mencatat laba bersih Rp7 triliun sepanjang 2024.", "bank-syariah-indonesia", "", false, false},
	{"id antam harga", "PT Aneka Tambang Tbk (Antam) menaikkan target penjualan emas tahun ini.", "antam", "", false, false},
	{"id pertamina naikkan", "Pertamina menaikkan harga Pertamax mulai 1 Juli.", "pertamina", "", false, false},
	{"id freeport izin", "PT Freeport Indonesia memperoleh perpanjangan izin ekspor konsentrat tembaga.", "freeport-indonesia", "", false, false},
	{"id moodys peringkat", "Moody's mempertahankan peringkat utang Indonesia di Baa2 dengan prospek stabil.", "moodys IDN", "", false, false},
	{"id fitch as", "Fitch Ratings menurunkan peringkat kredit Amerika Serikat dari AAA menjadi AA+.", "fitch-ratings USA", "", false, false},
	{"id s&p global", "S&P Global menaikkan prospek peringkat kredit Indonesia menjadi positif.", "standard-and-poors IDN", "", false, false},
	{"id goldman proyeksi", "Goldman Sachs memangkas proyeksi pertumbuhan ekonomi China menjadi 4,5 persen.", "goldman-sachs CHN", "", false, false},
	{"id morgan stanley", "Morgan Stanley menurunkan rekomendasi saham Indonesia menjadi underweight.", "morgan-stanley IDN", "", false, false},
	{"id samsung laba", "Samsung Electronics melaporkan laba kuartalan turun 30 persen.", "samsung", "", false, false},
	{"id toyota tarik", "Toyota Motor Corp menarik satu juta mobil karena cacat kantong udara.", "toyota", "", false, false},
	{"id nvidia nilai pasar", "Nvidia menjadi perusahaan pertama dengan nilai pasar US$5 triliun.", "nvidia", "", false, false},
	{"id unilever phk", "PT Unilever Indonesia Tbk memangkas ratusan karyawan di pabrik Cikarang.", "unilever-indonesia", "", false, false},
	{"id goto grab merger", "GoTo dan Grab kembali membahas rencana merger kedua perusahaan.", "goto grab-holdings", "", false, false},
	{"id mind id", "Holding BUMN pertambangan MIND ID mengambil alih 14 persen saham Vale Indonesia.", "mind-id vale-indonesia", "", false, false},
	{"id sritex pailit", "PT Sri Rejeki Isman Tbk (Sritex) dinyatakan pailit dan memberhentikan 10.000 pekerja.", "sritex", "", false, false},
	{"id bytedance tokopedia", "ByteDance menyuntikkan modal US$1,5 miliar ke Tokopedia setelah mengambil alih mayoritas sahamnya.", "bytedance tokopedia", "", false, false},
	{"id aramco", "Saudi Aramco memangkas harga jual minyak mentah untuk pembeli Asia.", "saudi-aramco", "", false, false},
	{"id blackrock beli", "BlackRock membeli saham BBRI senilai Rp1 triliun pekan lalu.", "blackrock", "", false, false},
	{"id byd pabrik", "Produsen mobil listrik China BYD membangun pabrik di Subang, Jawa Barat.", "byd CHN", "", false, false},
	// International economic organizations.
	{"id imf proyeksi", "IMF memangkas proyeksi pertumbuhan ekonomi global menjadi 2,8 persen.", "imf", "", false, false},
	{"id bank dunia pinjaman", "Bank Dunia menyetujui pinjaman US$500 juta untuk Indonesia.", "world-bank IDN", "", false, false},
	{"id wto nikel", "WTO memenangkan gugatan Uni Eropa atas larangan ekspor nikel Indonesia.", "wto european-union IDN", "", false, false},
	{"id opec+ produksi", "OPEC+ sepakat menambah produksi minyak sebesar 411.000 barel per hari.", "opec-plus", "", false, false},
	{"id adb proyeksi", "Bank Pembangunan Asia (ADB) memperkirakan ekonomi Indonesia tumbuh 5 persen.", "adb IDN", "", false, false},
	{"id oecd aksesi", "OECD memulai proses aksesi Indonesia sebagai anggota organisasi tersebut.", "oecd IDN", "", false, false},
	// Trade disputes: states as actors.
	{"id as tarif indonesia", "Amerika Serikat mengenakan tarif 32 persen terhadap produk impor dari Indonesia.", "USA IDN", "", false, false},
	{"id china balas tarif", "China membalas dengan tarif 34 persen atas seluruh barang dari AS.", "CHN USA", "", false, false},
	{"id ue antidumping", "Uni Eropa menjatuhkan bea masuk antidumping terhadap baja nirkarat asal Indonesia.", "european-union IDN", "", false, false},
	{"id indonesia larang bauksit", "Indonesia melarang ekspor bijih bauksit mulai Juni 2023.", "IDN", "", false, false},
	{"id jepang batasi korea", "Jepang membatasi ekspor bahan kimia semikonduktor ke Korea Selatan.", "JPN KOR", "", false, false},
	{"id washington sanksi rosneft", "Washington menjatuhkan sanksi terhadap perusahaan minyak Rusia Rosneft dan Lukoil.", "USA RUS rosneft lukoil", "", false, false},
	{"id kanada meksiko balas trump", "Kanada dan Meksiko membalas tarif yang dikenakan Presiden Donald Trump.", "CAN MEX donald-trump", "", false, false},
	{"id india beras", "India menghentikan ekspor beras non-basmati untuk menekan harga di dalam negeri.", "IND", "", false, false},
	{"id malaysia wto biodiesel", "Malaysia mengajukan gugatan ke WTO atas kebijakan biodiesel Uni Eropa.", "MYS wto european-union", "", false, false},
	{"id trump baja", "Presiden Donald Trump menaikkan tarif impor baja dan aluminium menjadi 50 persen.", "donald-trump", "", false, false},
	{"id beijing tanah jarang", "Beijing memperketat ekspor logam tanah jarang ke Amerika Serikat dan Jepang.", "CHN USA JPN", "", false, false},
	{"id australia china jelai", "Australia dan China sepakat mengakhiri sengketa tarif jelai di WTO.", "AUS CHN wto", "", false, false},
	// Traps: indexes, currencies, commodities, products, terms: no actor.
	{"id trap ihsg", "IHSG ditutup melemah 1,2 persen ke level 7.100 pada perdagangan Senin.", "", "", true, false},
	{"id trap nikkei", "Indeks Nikkei 225 naik 2 persen pada penutupan perdagangan Jumat.", "", "nikkei", true, false},
	{"id trap s&p 500 dow", "Indeks S&P 500 dan Dow Jones Industrial Average kompak menguat semalam.", "", "standard-and-poors", true, false},
	{"id trap dolar as", "Rupiah melemah ke Rp16.400 per dolar AS pada Selasa sore.", "", "USA", true, false},
	{"id trap yen jepang", "Yen Jepang jatuh ke level terendah dalam 34 tahun terhadap dolar.", "", "JPN", true, false},
	{"id trap yuan china", "Yuan China menguat tipis setelah data ekspor dirilis.", "", "CHN", true, false},
	{"id trap brent", "Harga minyak Brent naik ke US$85 per barel.", "", "", true, false},
	{"id trap batu bara", "Harga batu bara acuan turun 5 persen pada bulan ini.", "", "", true, false},
	{"id trap iphone 16", "Penjualan iPhone 16 masih tertunda karena belum memenuhi aturan kandungan lokal.", "", "apple-inc", true, false},
	{"id trap avanza", "Mobil Toyota Avanza masih menjadi mobil terlaris sepanjang tahun lalu.", "", "toyota", true, false},
	{"id trap galaxy", "Konsumen mengeluhkan baterai Samsung Galaxy S24 cepat panas.", "", "samsung", true, false},
	{"id trap pdb", "PDB tumbuh 5,12 persen secara tahunan pada kuartal kedua.", "", "", true, false},
	{"id trap ppn", "Tarif PPN naik menjadi 12 persen mulai 1 Januari.", "", "", true, false},
	{"id trap cpo", "Nilai ekspor CPO turun 8 persen secara bulanan.", "", "", true, false},
	{"id trap bitcoin", "Harga Bitcoin menembus US$100.000 untuk pertama kalinya.", "", "", true, false},
	{"id trap saham bbca", "Saham BBCA dan BBRI memimpin penguatan indeks LQ45.", "", "bca bri", true, false},
	{"id trap hang seng", "Indeks Hang Seng anjlok 3 persen di tengah kekhawatiran perang dagang.", "", "", true, false},
	{"id trap euro", "Kurs euro menguat terhadap dolar AS setelah rilis data inflasi.", "", "USA european-union", true, false},
	{"id trap won korea", "Won Korea Selatan melemah ke level 1.400 per dolar.", "", "KOR", true, false},
	{"id trap wti", "Harga minyak West Texas Intermediate (WTI) turun 2 persen.", "", "", true, false},
	{"id trap samurai bond", "Penerbitan Samurai Bond senilai 100 miliar yen diminati investor.", "", "JPN", true, false},
	{"id trap ihk", "Indeks Harga Konsumen (IHK) naik 0,3 persen secara bulanan.", "", "", true, false},
	// known: "Fed" inside the name of a rate is read as the Federal Reserve
	{"id trap fed funds", "Pasar memperkirakan Fed Funds Rate turun 25 basis poin bulan depan.", "", "usa-central-bank", true, true},
	{"id trap indomie", "Kopi Kapal Api dan Indomie menjadi produk yang paling banyak dibeli.", "", "indofood", true, false},
	{"id trap pertalite", "Harga Pertalite tidak naik hingga akhir tahun.", "", "pertamina", true, false},
	{"id trap whoosh", "Jumlah penumpang kereta cepat Whoosh mencapai enam juta orang.", "", "", true, false},
	{"id trap ori", "Surat Berharga Negara (SBN) ritel ORI026 laku Rp26 triliun.", "", "", true, false},
	{"id trap ringgit", "Ringgit Malaysia menguat terhadap dolar Amerika.", "", "MYS USA", true, false},
	{"id trap dolar singapura", "Kurs dolar Singapura naik tipis ke Rp12.100.", "", "SGP", true, false},
	{"id trap minyakita", "Harga Minyakita di pasar tradisional melampaui harga eceran tertinggi.", "", "", true, false},
	{"id trap indeks dolar", "Indeks dolar AS naik ke level 105 pada Kamis.", "", "USA", true, false},
	{"id trap emas antam", "Harga emas Antam hari ini naik Rp10.000 per gram.", "", "antam", true, false},
	{"id trap byd seal", "Mobil listrik BYD Seal laris di pameran otomotif tahun ini.", "", "byd", true, false},
	{"id trap msci indonesia", "Indeks MSCI Indonesia naik 2 persen sepanjang pekan lalu.", "", "IDN msci-inc", true, false},
	// known: a state after "obligasi pemerintah" (government bonds) is read as the state
	{"id trap obligasi jepang", "Imbal hasil obligasi pemerintah Jepang bertenor 10 tahun naik ke 1,5 persen.", "", "JPN", true, true},
	{"id trap nilai tukar petani", "Nilai Tukar Petani (NTP) naik 0,5 persen pada Juli.", "", "", true, false},
}

// TestBusinessGrid checks the actors of present-day business and economy
// news in Indonesian (businessGridIDRows) and English (businessGridENRows).
// Rows that fail are marked known and must keep failing until fixed, so the
// rows not marked are the floor. Before the rules and data of the business
// pass: Indonesian 133 of 159 rows pass, English 85 of 107. After them
// (a currency's sign "US$" names no state, a head word inside a known
// body's name makes no organization, a state inside a market index's name
// and a company before a product line and model are no actors, "emas",
// "Bund" and "palm" as not-actor words, and companies, bodies and people
// of business news in the gazetteer; an amount is no product model, a
// thing's name in brackets no organization): Indonesian 150 of 159,
// English 100 of 107.
func TestBusinessGrid(t *testing.T) {
	t.Run("id", func(t *testing.T) { runNameGrid(t, businessGridIDRows, 159) })
	t.Run("en", func(t *testing.T) { runWireGrid(t, extractor(t), businessGridENRows, "2025-06-01") })
}

// businessGridENRows are English sentences written for the test in the
// style of Reuters, Bloomberg, AP and the Jakarta Post business pages,
// never copied from a data set, on the same subjects and traps as
// businessGridIDRows. A want is "id", "id/kind" or "id/kind/country" as in
// TestEnglishWireGrid (nameProblems); absent lists ids that must be no
// actor; none says the row gives no actor at all (places aside).
var businessGridENRows = []wireGridRow{
	// Chief executives and founders.
	{"en nvidia ceo", "Nvidia Chief Executive Jensen Huang said demand for the company's Blackwell chips was insane.", []string{"jensen-huang/person", "nvidia"}, nil, false, false},
	{"en alibaba founder", "Alibaba founder Jack Ma made a rare public appearance at the company's Hangzhou campus.", []string{"jack-ma/person", "alibaba"}, nil, false, false},
	{"en apple ceo vietnam", "Apple CEO Tim Cook met Vietnam's prime minister in Hanoi on Tuesday.", []string{"tim-cook/person", "apple-inc", "VNM"}, nil, false, false},
	{"en microsoft ceo", "Microsoft Chief Executive Satya Nadella said the company would spend $80 billion on data centers.", []string{"satya-nadella/person", "microsoft"}, nil, false, false},
	{"en meta ceo testified", "Meta Platforms CEO Mark Zuckerberg testified in the antitrust trial brought by the Federal Trade Commission.", []string{"mark-zuckerberg/person", "meta-platforms", "usa-ftc"}, nil, false, false},
	{"en jpmorgan dimon", "JPMorgan Chase CEO Jamie Dimon warned that the economy faced the risk of stagflation.", []string{"jamie-dimon/person", "jpmorgan-chase"}, nil, false, false},
	{"en buffett berkshire", "Berkshire Hathaway Chairman Warren Buffett said he would step down as chief executive at year end.", []string{"warren-buffett/person", "berkshire-hathaway-inc"}, nil, false, false},
	{"en blackrock fink", "BlackRock CEO Larry Fink said private markets would keep drawing money from pension funds.", []string{"larry-fink/person", "blackrock"}, nil, false, false},
	{"en goldman solomon", "Goldman Sachs CEO David Solomon said dealmaking had picked up in the second quarter.", []string{"david-solomon/person", "goldman-sachs"}, nil, false, false},
	{"en tesla musk", "Tesla Chief Executive Elon Musk said the company would launch a robotaxi service in Austin.", []string{"elon-musk/person", "tesla"}, nil, false, false},
	// known: "Amazon" alone is no name of the company's entry (an ordinary word, the river and the forest)
	{"en amazon bezos", "Amazon founder Jeff Bezos sold shares worth $5 billion over the past month.", []string{"jeff-bezos/person", "amazon-com"}, nil, false, true},
	{"en tsmc wei", "TSMC Chairman C.C. Wei said the company would invest another $100 billion in Arizona.", []string{"c-c-wei/person", "tsmc"}, nil, false, false},
	{"en samsung lee", "Samsung Electronics Chairman Lee Jae-yong was cleared of fraud charges by the Supreme Court.", []string{"lee-jae-yong/person", "samsung"}, nil, false, false},
	{"en toyota toyoda", "Toyota Chairman Akio Toyoda apologized for the certification scandal at the group's units.", []string{"akio-toyoda/person", "toyota"}, nil, false, false},
	{"en openai altman", "OpenAI CEO Sam Altman said the company had 700 million weekly users.", []string{"sam-altman/person", "openai"}, nil, false, false},
	{"en gm barra apposition", "Mary Barra, General Motors' chief executive, said tariffs would cost the company up to $5 billion.", []string{"mary-barra/person", "general-motors"}, nil, false, false},
	{"en airbus faury", "Airbus Chief Executive Guillaume Faury said supply chain problems would persist into next year.", []string{"guillaume-faury/person", "airbus"}, nil, false, false},
	{"en intel tan", "Intel CEO Lip-Bu Tan met President Donald Trump at the White House on Monday.", []string{"lip-bu-tan/person", "intel", "donald-trump"}, nil, false, false},
	{"en gamestop cohen", "GameStop CEO Ryan Cohen said the retailer had bought bitcoin for its reserves.", []string{"ryan-cohen/person", "gamestop-corp"}, nil, false, false},
	{"en softbank son", "SoftBank Group founder Masayoshi Son pledged to invest $100 billion in the United States.", []string{"masayoshi-son/person", "softbank", "USA"}, nil, false, false},
	{"en huawei ren", "Huawei founder Ren Zhengfei said U.S. sanctions had not stopped the company's chip development.", []string{"ren-zhengfei/person", "huawei"}, nil, false, false},
	{"en said ceo end", "\"We are not raising prices this year,\" said Walmart Chief Executive Doug McMillon.", []string{"doug-mcmillon/person"}, nil, false, false},
	// Central bankers and finance officials.
	{"en fed powell", "Federal Reserve Chair Jerome Powell said the central bank was in no hurry to cut interest rates.", []string{"jerome-powell/person", "usa-central-bank"}, nil, false, false},
	{"en bi warjiyo", "BI Governor Perry Warjiyo told lawmakers the rupiah was undervalued.", []string{"perry-warjiyo/person", "idn-central-bank"}, nil, false, false},
	{"en ecb lagarde", "European Central Bank President Christine Lagarde warned that tariffs would weigh on euro zone growth.", []string{"christine-lagarde/person", "ecb"}, nil, false, false},
	{"en bessent china", "U.S. Treasury Secretary Scott Bessent said talks with China in Geneva had made substantial progress.", []string{"scott-bessent/person", "CHN"}, nil, false, false},
	{"en lutnick", "Commerce Secretary Howard Lutnick said semiconductors would face separate tariffs.", []string{"howard-lutnick/person"}, nil, false, false},
	{"en greer ustr", "U.S. Trade Representative Jamieson Greer said a deal with Indonesia was close.", []string{"jamieson-greer/person", "IDN"}, nil, false, false},
	{"en japan finance minister", "Japanese Finance Minister Katsunobu Kato said Tokyo was watching currency moves with a strong sense of urgency.", []string{"katsunobu-kato/person", "JPN"}, nil, false, false},
	{"en boj ueda", "Bank of Japan Governor Kazuo Ueda signaled that rates would keep rising if the outlook held.", []string{"kazuo-ueda/person", "jpn-central-bank"}, nil, false, false},
	{"en imf georgieva", "IMF Managing Director Kristalina Georgieva said the fund would cut its growth forecasts.", []string{"kristalina-georgieva/person", "imf"}, nil, false, false},
	{"en world bank banga", "World Bank President Ajay Banga said the lender would resume financing nuclear power.", []string{"ajay-banga/person", "world-bank"}, nil, false, false},
	{"en wto okonjo-iweala", "WTO Director-General Ngozi Okonjo-Iweala warned that a tariff war could shrink global trade.", []string{"ngozi-okonjo-iweala/person", "wto"}, nil, false, false},
	{"en oecd cormann", "OECD Secretary-General Mathias Cormann said Indonesia's accession was on track.", []string{"mathias-cormann/person", "oecd", "IDN"}, nil, false, false},
	{"en sec atkins", "SEC Chairman Paul Atkins said the agency would write new rules for crypto assets.", []string{"paul-atkins/person", "usa-sec"}, nil, false, false},
	{"en ftc ferguson", "FTC Chairman Andrew Ferguson said the agency would block the grocery merger.", []string{"andrew-ferguson/person", "usa-ftc"}, nil, false, false},
	// known: "Amazon" alone is no name of the company's entry
	{"en former ftc khan", "Former FTC Chair Lina Khan said the case against Amazon should go ahead.", []string{"lina-khan/person", "usa-ftc", "amazon-com"}, nil, false, true},
	{"en eu ribera", "EU competition chief Teresa Ribera said Google had abused its dominance in advertising technology.", []string{"teresa-ribera/person", "google"}, nil, false, false},
	{"en saudi abdulaziz", "Saudi Energy Minister Prince Abdulaziz bin Salman said OPEC+ would remain cautious.", []string{"abdulaziz-bin-salman/person", "opec-plus"}, nil, false, false},
	{"en china commerce wang", "Chinese Commerce Minister Wang Wentao told his U.S. counterpart that the tariffs were unacceptable.", []string{"wang-wentao/person", "CHN"}, nil, false, false},
	{"en ojk mahendra", "OJK chairman Mahendra Siregar said Indonesian banks had ample liquidity.", []string{"mahendra-siregar/person", "idn-ojk"}, nil, false, false},
	{"en trade minister budi", "JAKARTA (Reuters) - Trade Minister Budi Santoso said Indonesia would cut import quotas for sugar.", []string{"budi-santoso/person/IDN"}, nil, false, false},
	{"en soe minister erick", "SOE Minister Erick Thohir replaced the board of directors of Garuda Indonesia.", []string{"erick-thohir/person", "garuda-indonesia"}, nil, false, false},
	{"en idx iman", "Indonesia Stock Exchange President Director Iman Rachman said 30 companies planned to list this year.", []string{"iman-rachman/person", "bursa-efek-indonesia"}, nil, false, false},
	{"en adb kanda", "Asian Development Bank President Masato Kanda pledged more climate finance for Southeast Asia.", []string{"masato-kanda/person", "adb"}, nil, false, false},
	// Regulators, agencies and international organizations as actors.
	{"en pboc rrr", "The People's Bank of China cut the reserve requirement ratio by 50 basis points.", []string{"chn-central-bank"}, nil, false, false},
	{"en boe holds", "The Bank of England held interest rates at 4.25% on Thursday.", []string{"gbr-central-bank"}, nil, false, false},
	{"en cma clears", "Britain's Competition and Markets Authority cleared Microsoft's acquisition of Activision Blizzard.", []string{"gbr-cma", "microsoft"}, nil, false, false},
	{"en cma short", "The CMA said it would investigate Google's dominance in online search.", []string{"gbr-cma", "google"}, nil, false, false},
	{"en ec fines apple", "The European Commission fined Apple 500 million euros under the Digital Markets Act.", []string{"european-commission", "apple-inc"}, nil, false, false},
	{"en mofcom rare earths", "China's Commerce Ministry said it would impose export controls on seven rare earth elements.", []string{"chn-commerce-ministry"}, nil, false, false},
	{"en sec sues coinbase", "The Securities and Exchange Commission sued Coinbase for operating an unregistered exchange.", []string{"usa-sec", "coinbase"}, nil, false, false},
	// known: "Amazon" alone is no name of the company's entry
	{"en ftc sues amazon", "The Federal Trade Commission sued Amazon over its Prime subscription practices.", []string{"usa-ftc", "amazon-com"}, nil, false, true},
	{"en ojk revokes", "Indonesia's Financial Services Authority (OJK) revoked the license of a rural bank in East Java.", []string{"idn-ojk"}, nil, false, false},
	{"en idx suspends", "The Indonesia Stock Exchange suspended trading in the shares of the textile maker.", []string{"bursa-efek-indonesia"}, nil, false, false},
	{"en opec+ output", "OPEC+ agreed to raise oil output by 411,000 barrels per day in July.", []string{"opec-plus"}, nil, false, false},
	{"en imf raises", "The IMF raised its global growth forecast to 3% for this year.", []string{"imf"}, nil, false, false},
	{"en world bank loan", "The World Bank approved a $500 million loan to Indonesia for renewable energy.", []string{"world-bank", "IDN"}, nil, false, false},
	{"en adb forecast", "The Asian Development Bank cut its growth forecast for developing Asia.", []string{"adb"}, nil, false, false},
	{"en wto panel nickel", "A WTO panel ruled against Indonesia's ban on nickel ore exports.", []string{"wto", "IDN"}, nil, false, false},
	{"en moodys us", "Moody's cut the United States' sovereign credit rating to Aa1 from Aaa.", []string{"moodys", "USA"}, nil, false, false},
	{"en fitch indonesia", "Fitch affirmed Indonesia's rating at BBB with a stable outlook.", []string{"fitch-ratings", "IDN"}, nil, false, false},
	{"en s&p global ratings", "S&P Global Ratings revised its outlook on France to negative.", []string{"standard-and-poors", "FRA"}, nil, false, false},
	{"en pertamina state-owned", "State-owned energy company Pertamina said it would import more crude from the United States.", []string{"pertamina", "USA"}, nil, false, false},
	{"en bca profit", "PT Bank Central Asia Tbk reported a 12% rise in first-half net profit.", []string{"bca"}, nil, false, false},
	{"en goto gojek", "GoTo Gojek Tokopedia said it had held talks with Grab about a merger.", []string{"goto", "grab-holdings"}, nil, false, false},
	{"en danantara", "Indonesia's sovereign wealth fund Danantara said it would invest $10 billion in downstream industries.", []string{"idn-danantara"}, nil, false, false},
	{"en sritex bankrupt", "Indonesian textile maker Sritex was declared bankrupt by a court in Semarang.", []string{"sritex"}, nil, false, false},
	{"en rosneft sanctions", "Washington imposed sanctions on Russian oil producers Rosneft and Lukoil.", []string{"USA", "rosneft", "lukoil"}, nil, false, false},
	// Trade disputes: states as actors.
	{"en us tariffs china", "The United States raised tariffs on Chinese goods to 145%.", []string{"USA"}, nil, false, false},
	{"en china retaliates", "China retaliated with export curbs on gallium and germanium.", []string{"CHN"}, nil, false, false},
	{"en beijing bans", "Beijing banned exports of rare earth processing technology to the United States.", []string{"CHN", "USA"}, nil, false, false},
	{"en eu ev tariffs", "The European Union imposed tariffs of up to 35% on electric vehicles made in China.", []string{"european-union", "CHN"}, nil, false, false},
	{"en canada counter", "Canada slapped counter-tariffs on $30 billion of goods from the United States.", []string{"CAN", "USA"}, nil, false, false},
	{"en india rice", "India banned exports of non-basmati white rice to curb domestic prices.", []string{"IND"}, nil, false, false},
	{"en japan controls", "Japan tightened export controls on chipmaking equipment to China.", []string{"JPN", "CHN"}, nil, false, false},
	{"en indonesia nickel ban", "Indonesia banned exports of nickel ore in 2020 to build a smelting industry.", []string{"IDN"}, nil, false, false},
	{"en australia barley", "Australia dropped its WTO complaint after China removed tariffs on barley.", []string{"AUS", "CHN", "wto"}, nil, false, false},
	// Traps: indexes, currencies, commodities, products, terms: no actor.
	// (passes since the English precision grid 41: "S&P" before a number is the index)
	{"en trap s&p 500 nasdaq", "The S&P 500 rose 1.2% and the Nasdaq Composite gained 1.8%.", nil, []string{"standard-and-poors", "nasdaq-omx"}, true, false},
	{"en trap dow", "The Dow Jones Industrial Average fell 500 points on Tuesday.", nil, nil, true, false},
	{"en trap nikkei", "The Nikkei share average closed down 3% on Friday.", nil, []string{"nikkei"}, true, false},
	{"en trap yen", "The yen weakened past 160 per dollar for the first time since 1986.", nil, []string{"JPN", "USA"}, true, false},
	{"en trap yuan", "The Chinese yuan hit a two-month low against the dollar.", nil, []string{"CHN"}, true, false},
	{"en trap brent", "Brent crude futures rose 2% to $78 a barrel.", nil, nil, true, false},
	{"en trap newcastle coal", "Newcastle coal futures fell 4% as demand from China weakened.", nil, []string{"newcastle-united"}, false, false},
	{"en trap rupiah", "The rupiah weakened to 16,500 per dollar on Monday.", nil, nil, true, false},
	{"en trap jci", "The Jakarta Composite Index fell 1% in early trade.", nil, []string{"IDN"}, true, false},
	{"en trap iphone", "Sales of the iPhone 16 fell 10% in the quarter.", nil, []string{"apple-inc"}, true, false},
	// known: a company before a model's name without digits ("Camry") is read as the company
	{"en trap camry", "The Toyota Camry remained the best-selling sedan last year.", nil, []string{"toyota"}, true, false},
	{"en trap gdp", "GDP grew 5.1% year on year in the second quarter.", nil, nil, true, false},
	{"en trap fed funds", "Futures traders priced in a 25 basis point cut to the fed funds rate.", nil, []string{"usa-central-bank"}, true, false},
	{"en trap hang seng", "The Hang Seng index slid 2% as property stocks fell.", nil, nil, true, false},
	{"en trap dollar index", "The U.S. dollar index rose 0.3% against a basket of currencies.", nil, []string{"USA"}, true, false},
	{"en trap euro", "The euro rose to $1.17, its highest level in four years.", nil, []string{"european-union"}, true, false},
	{"en trap bitcoin", "Bitcoin topped $100,000 for the first time.", nil, nil, true, false},
	{"en trap gold", "Gold futures climbed to a record $3,500 an ounce.", nil, nil, true, false},
	{"en trap msci", "The MSCI Emerging Markets index rose 0.8%.", nil, []string{"msci-inc"}, true, false},
	{"en trap kospi", "The Korea Composite Stock Price Index fell 1.5%.", nil, []string{"KOR"}, true, false},
	{"en trap galaxy", "Samsung Galaxy S25 sales beat expectations in Europe.", nil, []string{"samsung"}, true, false},
	{"en trap f-150", "The Ford F-150 remained the best-selling pickup truck.", nil, []string{"ford-motor"}, true, false},
	// known: "Model Y" is read as a person's name after the company's
	{"en trap model y", "The Tesla Model Y was the best-selling car in Europe last year.", nil, []string{"tesla"}, true, true},
	// known: a demonym before "government bond yields" is read as the state
	{"en trap jgb", "Japanese government bond yields rose to their highest level since 2008.", nil, []string{"JPN"}, true, true},
	{"en trap treasury yields", "Ten-year Treasury yields rose to 4.5%.", nil, []string{"usa-treasury"}, true, false},
	{"en trap pmi cpi", "The manufacturing PMI rose to 51.2 while CPI inflation eased to 2.4%.", nil, nil, true, false},
	{"en trap bund", "German Bund yields rose after the fiscal package was announced.", nil, []string{"DEU"}, true, false},
	{"en trap wti", "West Texas Intermediate crude fell 1.5% to $64 a barrel.", nil, nil, true, false},
	{"en trap palm oil", "Malaysian palm oil futures rose for a third session.", nil, []string{"MYS"}, true, false},
}
