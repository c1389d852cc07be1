package extract

import "testing"

// idNewsTrans40Rows are short Indonesian sentences composed for this grid by
// its author (never copied or translated from a data set) that read like
// careful translations of present-day (2015-2026) English wire news, one
// fact per sentence: economy and markets (central banks, ministers of
// finance, companies, stock exchanges), science and health (WHO, NASA,
// universities, drug makers), climate and disasters, courts and trials,
// elections and parties abroad, migration, technology companies and
// regulators, sport governing bodies. Persons by full name on first
// mention and by surname after ("Menurut Bailey, ..."), titles in
// Indonesian ("Menteri Keuangan Jepang", "Kepala Eksekutif Tesla"), bodies
// by their Indonesian names ("Bank Sentral Jepang", "Badan Pengawas Obat
// dan Makanan AS", "Otoritas Perilaku Keuangan Inggris"); 26 rows name no
// actor (statistics, weather, general statements). None repeats a row or a
// topic of TestIDTransWiki39Grid or TestIDTransWiki40Grid.
//
// Annotated before the extractor ran on them, by the conventions of
// TestIDTransWiki40Grid: a person or body the gazetteer holds is its id
// (checked against the gazetteer's files), any other person the slug of
// the name, any other body the id its kind follows; a state named in the
// row (title, demonym, as a place or a party to an act) is an actor, a
// state's name inside a body's name is not ("Bank Sentral Jepang" gives
// jpn-central-bank, no JPN); a city is a place. Article date 2025-06-01.
//
// First run, before any change: 123 of 153. Two annotations were then
// corrected to those conventions before any rule or data: "Badan
// Meteorologi Jepang" is the body id its kind follows
// (jpn-meteorology-agency), and "pemerintahan Trump" names the state's
// government (USA): the base, 125 of 153, 28 known failures. After
// batch 1's data (stock exchanges, companies, a union, a climate service,
// the Met Office, three persons, two parties' Indonesian names, Eli Lilly
// as a company, "semenanjung" as a thing noun): 139 of 153, 14 known.
// The stock exchanges' ids were then renamed to bursa-efek-tokyo,
// bursa-efek-london and bursa-efek-hong-kong, as TestIDEcon39Batch2
// spells the last.
var idNewsTrans40Rows = []wantRow{
	{"econ bailey dua kalimat", "Gubernur Bank Inggris Andrew Bailey berbicara di depan anggota parlemen pada hari Selasa. Menurut Bailey, pasar tenaga kerja mulai melemah.", "gbr-central-bank/agency andrew-bailey/person", false},
	{"econ kato yen", "Menteri Keuangan Jepang Katsunobu Kato memperingatkan bahwa pemerintah siap bertindak terhadap pergerakan yen yang berlebihan.", "JPN katsunobu-kato/person", false},
	{"econ boj tertinggi", "Bank Sentral Jepang menaikkan suku bunga jangka pendeknya ke level tertinggi dalam tujuh belas tahun.", "jpn-central-bank/agency", false},
	{"econ klingbeil anggaran", "Menteri Keuangan Jerman Lars Klingbeil mengajukan anggaran yang mencakup pinjaman baru untuk pertahanan dan infrastruktur.", "DEU lars-klingbeil/person", false},
	{"econ bessent he lifeng", "Menteri Keuangan AS Scott Bessent bertemu dengan Wakil Perdana Menteri Tiongkok He Lifeng di Jenewa untuk membahas tarif.", "USA scott-bessent/person CHN he-lifeng/person", false},
	{"econ yellen tangguh", "Janet Yellen, mantan Ketua Federal Reserve, mengatakan perekonomian AS tetap tangguh meskipun suku bunga tinggi.", "janet-yellen/person usa-central-bank/agency USA", false},
	{"econ macklem pangkas", "Bank Kanada memangkas suku bunga acuannya sebesar 25 basis poin, kata Gubernur Tiff Macklem dalam konferensi pers.", "can-central-bank/agency tiff-macklem/person", false},
	{"econ bullock inflasi inti", "Gubernur Bank Sentral Australia Michele Bullock mengatakan inflasi inti masih berada di atas kisaran target.", "aus-central-bank/agency michele-bullock/person", false},
	{"econ pan gongsheng giro", "Gubernur Bank Rakyat Tiongkok Pan Gongsheng mengumumkan penurunan rasio giro wajib minimum bagi bank-bank komersial.", "chn-central-bank/agency pan-gongsheng/person", false},
	{"econ malhotra repo", "Bank Sentral India di bawah Gubernur Sanjay Malhotra menurunkan suku bunga repo menjadi 6 persen.", "ind-central-bank/agency sanjay-malhotra/person", false},
	{"econ nabiullina pasar kerja", "Elvira Nabiullina, Gubernur Bank Sentral Rusia, mengatakan inflasi tetap tinggi karena pasar tenaga kerja yang ketat.", "elvira-nabiullina/person rus-central-bank/agency", false},
	{"econ nagel dua kalimat", "Presiden Bundesbank Joachim Nagel berbicara di Frankfurt pada hari Kamis. Menurut Nagel, ekonomi Jerman mungkin menyusut lagi tahun ini.", "deu-central-bank/agency joachim-nagel/person DEU", false},
	{"econ reeves asuransi", "Menteri Keuangan Inggris Rachel Reeves menaikkan kontribusi asuransi nasional yang dibayar oleh pemberi kerja.", "GBR rachel-reeves/person", false},
	{"econ sitharaman pajak", "Menteri Keuangan India Nirmala Sitharaman memangkas pajak penghasilan bagi kelas menengah dalam anggaran tahunan.", "IND nirmala-sitharaman/person", false},
	{"econ dimon geopolitik", "Kepala Eksekutif JPMorgan Chase Jamie Dimon mengatakan risiko geopolitik adalah ancaman terbesar bagi ekonomi global.", "jpmorgan-chase/organization jamie-dimon/person", false},
	{"econ buffett mundur", "Warren Buffett mengumumkan bahwa ia akan mundur sebagai kepala eksekutif Berkshire Hathaway pada akhir tahun 2025.", "warren-buffett/person berkshire-hathaway-inc/organization", false},
	{"econ nyse gedung putih", "Saham-saham di Bursa Efek New York jatuh tajam setelah Gedung Putih mengumumkan tarif baru.", "new-york-stock-exchange/organization usa-presidency/government", false},
	{"econ nikkei tokyo", "Indeks Nikkei di Bursa Efek Tokyo ditutup melemah 2 persen karena yen menguat.", "bursa-efek-tokyo/organization", false},
	// known: missing nasdaq-omx
	{"econ arm nasdaq london", "Arm Holdings memilih Nasdaq daripada Bursa Efek London untuk penawaran saham perdananya.", "arm-holdings/organization nasdaq-omx bursa-efek-london/organization", true},
	{"econ catl hong kong", "Produsen baterai Tiongkok CATL mengumpulkan lebih dari 4,6 miliar dolar AS melalui pencatatan saham di Bursa Efek Hong Kong.", "catl/organization CHN bursa-efek-hong-kong/organization", false},
	{"econ toyoda daihatsu", "Ketua Toyota Akio Toyoda meminta maaf atas skandal sertifikasi di anak perusahaannya, Daihatsu.", "akio-toyoda/person toyota/organization daihatsu/organization", false},
	// known: missing honda
	{"econ nissan honda batal", "Nissan dan Honda membatalkan pembicaraan merger pada bulan Februari 2025.", "nissan/organization honda/organization", true},
	{"econ tavares stellantis", "Carlos Tavares mengundurkan diri sebagai kepala eksekutif Stellantis setelah penjualan di Amerika Utara merosot.", "carlos-tavares/person stellantis/organization", false},
	{"econ barra gm tarif", "Kepala Eksekutif General Motors Mary Barra mengatakan perusahaan akan menanggung sebagian biaya tarif.", "general-motors/organization mary-barra/person", false},
	{"econ vw ig metall", "Volkswagen sepakat dengan serikat pekerja IG Metall untuk memangkas lebih dari 35.000 pekerjaan di Jerman pada tahun 2030.", "volkswagen/organization ig-metall/organization DEU", false},
	// known: unwanted state USA
	{"econ sec binance", "Komisi Sekuritas dan Bursa AS menggugat Binance dan pendirinya, Changpeng Zhao, atas dugaan pelanggaran hukum sekuritas.", "usa-sec/agency binance/organization changpeng-zhao/person", true},
	{"econ fca barclays", "Otoritas Perilaku Keuangan Inggris menjatuhkan denda kepada Barclays sebesar 42 juta pound.", "gbr-financial-regulator/agency barclays", false},
	{"econ sewing deutsche bank", "Deutsche Bank melaporkan laba tahunan tertinggi sejak 2007, kata kepala eksekutifnya Christian Sewing.", "deutsche-bank/organization christian-sewing/person", false},
	{"econ shell emisi", "Shell memangkas target pengurangan emisi karbonnya untuk tahun 2030.", "shell-plc/organization", false},
	{"econ gopinath imf", "Wakil Direktur Pelaksana Pertama IMF Gita Gopinath mengatakan pertumbuhan global tahun ini akan melambat menjadi 2,8 persen.", "imf/igo gita-gopinath/person", false},
	{"econ gill bank dunia", "Kepala ekonom Bank Dunia Indermit Gill memperingatkan bahwa negara-negara berkembang menghadapi dekade yang hilang.", "world-bank/igo indermit-gill/person", false},
	{"econ schnabel ecb", "Anggota Dewan Eksekutif Bank Sentral Eropa Isabel Schnabel mengatakan suku bunga sudah mendekati level netral.", "ecb/igo isabel-schnabel/person", false},
	{"econ samsung laba", "Samsung Electronics melaporkan penurunan laba operasional kuartalan sebesar 56 persen karena lemahnya permintaan cip.", "samsung/organization", false},
	{"econ son softbank", "Masayoshi Son, pendiri SoftBank, berjanji menginvestasikan 100 miliar dolar di Amerika Serikat.", "masayoshi-son/person softbank/organization USA", false},
	{"econ wei tsmc", "Kepala Eksekutif TSMC C.C. Wei mengatakan permintaan cip kecerdasan buatan jauh melampaui pasokan.", "tsmc/organization c-c-wei/person", false},
	{"econ tan intel", "Lip-Bu Tan diangkat sebagai kepala eksekutif Intel pada bulan Maret 2025.", "lip-bu-tan/person intel/organization", false},
	{"econ musk dua kalimat", "Kepala Eksekutif Tesla Elon Musk mengatakan penjualan kendaraan akan pulih tahun depan. Musk juga berjanji meluncurkan layanan taksi otonom di Austin.", "tesla/organization elon-musk/person", false},
	{"tech vestager irlandia", "Komisaris Eropa Margrethe Vestager mengatakan Apple harus membayar kembali pajak sebesar 13 miliar euro kepada Irlandia.", "margrethe-vestager/person apple-inc/organization IRL", false},
	{"tech breton meta", "Thierry Breton, Komisaris Pasar Internal Uni Eropa, memperingatkan Meta tentang penyebaran disinformasi di platformnya.", "thierry-breton/person european-union/igo meta-platforms/organization", false},
	// known: missing amazon-com
	{"tech khan amazon", "Ketua Komisi Perdagangan Federal AS Lina Khan menggugat Amazon atas dugaan praktik monopoli.", "usa-ftc/agency lina-khan/person amazon-com/organization", true},
	{"tech google monopoli", "Seorang hakim federal AS memutuskan bahwa Google secara ilegal mempertahankan monopoli dalam pencarian daring.", "google/organization USA", false},
	{"tech pichai pusat data", "Kepala Eksekutif Alphabet Sundar Pichai mengatakan perusahaan akan menghabiskan 75 miliar dolar untuk pusat data tahun ini.", "alphabet/organization sundar-pichai/person", false},
	{"tech nadella openai", "Satya Nadella, kepala eksekutif Microsoft, mengatakan kemitraan dengan OpenAI tetap kuat.", "satya-nadella/person microsoft/organization openai/organization", false},
	{"tech zuckerberg fakta", "Mark Zuckerberg mengumumkan bahwa Meta akan menghentikan program pemeriksaan fakta pihak ketiga di Amerika Serikat.", "mark-zuckerberg/person meta-platforms/organization USA", false},
	{"tech cook india", "Tim Cook mengatakan sebagian besar iPhone yang dijual di Amerika Serikat akan dirakit di India.", "tim-cook/person USA IND", false},
	{"tech ma tiktok", "Mahkamah Agung AS menguatkan undang-undang yang mewajibkan ByteDance menjual TikTok atau menghadapi larangan.", "usa-supreme-court/court bytedance/organization tiktok/organization", false},
	{"tech amodei anthropic", "Dario Amodei, salah satu pendiri Anthropic, memperkirakan kecerdasan buatan akan menghapus separuh pekerjaan kantor tingkat pemula.", "dario-amodei/person anthropic/organization", false},
	{"tech hassabis nobel", "Demis Hassabis dari Google DeepMind berbagi Hadiah Nobel Kimia 2024 dengan John Jumper dan David Baker.", "demis-hassabis/person google-deepmind/organization john-jumper/person david-baker/person", false},
	// known: unwanted state USA
	{"tech nvidia h20", "Departemen Perdagangan AS membatasi ekspor cip H20 buatan Nvidia ke Tiongkok.", "usa-commerce-department/agency nvidia/organization CHN", true},
	{"tech asml belanda", "Pemerintah Belanda memperluas pembatasan ekspor mesin litografi buatan ASML.", "NLD asml/organization", false},
	{"tech dpc tiktok", "Komisi Perlindungan Data Irlandia mendenda TikTok sebesar 530 juta euro karena mentransfer data pengguna Eropa ke Tiongkok.", "irl-data-protection-commission/agency tiktok/organization CHN", false},
	// known: unwanted organization starlink
	{"tech spacex starlink", "SpaceX mengatakan jaringan satelit Starlink kini memiliki lebih dari lima juta pelanggan.", "spacex/organization", true},
	{"sci tedros mpox", "Direktur Jenderal WHO Tedros Adhanom Ghebreyesus menyatakan wabah mpox sebagai darurat kesehatan masyarakat yang menjadi perhatian internasional.", "who/igo tedros-adhanom-ghebreyesus/person", false},
	{"sci isaacman nasa", "Jared Isaacman, pengusaha yang pernah terbang ke luar angkasa bersama SpaceX, dicalonkan untuk memimpin NASA.", "jared-isaacman/person spacex/organization usa-nasa/agency", false},
	{"sci nelson stasiun", "Administrator NASA Bill Nelson mengatakan dua astronaut yang tertahan di Stasiun Antariksa Internasional akan pulang dengan kapsul SpaceX.", "usa-nasa/agency bill-nelson/person spacex/organization", false},
	{"sci aschbacher esa", "Direktur Jenderal Badan Antariksa Eropa Josef Aschbacher meminta negara-negara anggota menambah anggaran peluncuran.", "esa/igo josef-aschbacher/person", false},
	{"sci oxford r21", "Para peneliti Universitas Oxford mengembangkan vaksin malaria R21 yang telah direkomendasikan oleh WHO.", "university-of-oxford/organization who/igo", false},
	{"sci lilly tirzepatide", "Eli Lilly melaporkan bahwa tirzepatide membantu pasien menurunkan berat badan rata-rata 20 persen.", "eli-lilly/organization", false},
	{"sci novo wegovy", "Produsen obat Denmark Novo Nordisk memangkas harga Wegovy di Amerika Serikat.", "novo-nordisk/organization DNK USA", false},
	{"sci fda rsv", "Badan Pengawas Obat dan Makanan AS menyetujui vaksin RSV pertama untuk orang lanjut usia.", "usa-fda/agency", false},
	{"sci cdc h5n1", "Pusat Pengendalian dan Pencegahan Penyakit AS melaporkan kasus flu burung H5N1 pada manusia di Missouri.", "usa-cdc/agency", false},
	{"sci ema donanemab", "Badan Obat Eropa merekomendasikan persetujuan donanemab, obat Alzheimer buatan Eli Lilly.", "ema/igo eli-lilly/organization", false},
	{"sci soriot astrazeneca", "Pascal Soriot, kepala eksekutif AstraZeneca, mengumumkan investasi 50 miliar dolar di Amerika Serikat.", "pascal-soriot/person astrazeneca/organization USA", false},
	{"sci bourla pfizer", "Kepala Eksekutif Pfizer Albert Bourla mengatakan perusahaan akan menurunkan harga obat berdasarkan kesepakatan dengan pemerintah AS.", "pfizer/organization albert-bourla/person USA", false},
	{"sci moderna tarik", "Moderna menarik permohonan persetujuan vaksin gabungan flu dan COVID-19 miliknya.", "moderna/organization", false},
	{"sci harvard gugat", "Universitas Harvard menggugat pemerintahan Trump setelah dana penelitian senilai lebih dari 2 miliar dolar dibekukan.", "harvard-university/organization donald-trump/person USA", false},
	{"sci johns hopkins juta", "Menurut penghitungan Universitas Johns Hopkins, jumlah kematian akibat COVID-19 di dunia melampaui satu juta pada bulan September 2020.", "johns-hopkins-university/organization", false},
	{"sci mit fusi", "Para ilmuwan Institut Teknologi Massachusetts melaporkan terobosan dalam magnet superkonduktor untuk reaktor fusi.", "massachusetts-institute-of-technology/organization", false},
	{"sci msf sudan", "Dokter Lintas Batas mengatakan sebuah rumah sakit yang didukungnya di Sudan diserang pada hari Minggu.", "msf/organization SDN", false},
	{"sci tedros dua kalimat", "Direktur Jenderal Organisasi Kesehatan Dunia Tedros Adhanom Ghebreyesus berbicara di Jenewa. Menurut Tedros, cakupan vaksinasi anak harus segera dipulihkan.", "who/igo tedros-adhanom-ghebreyesus/person", false},
	{"clim saulo dua kalimat", "Sekretaris Jenderal Organisasi Meteorologi Dunia Celeste Saulo merilis laporan iklim tahunan. Menurut Saulo, tahun 2024 adalah tahun terpanas yang pernah tercatat.", "wmo/igo celeste-saulo/person", false},
	{"clim stiell pendanaan", "Simon Stiell, Sekretaris Eksekutif Perubahan Iklim PBB, meminta negara-negara kaya melipatgandakan pendanaan iklim.", "simon-stiell/person united-nations/igo", false},
	{"clim cop29 baku", "Konferensi iklim COP29 di Baku, Azerbaijan, menyepakati target pendanaan 300 miliar dolar per tahun.", "AZE", false},
	{"clim noaa badai", "Badan Kelautan dan Atmosfer Nasional AS memperkirakan musim badai Atlantik tahun ini akan di atas normal.", "usa-noaa/agency", false},
	{"clim copernicus juli", "Layanan Perubahan Iklim Copernicus melaporkan bahwa bulan Juli 2023 adalah bulan terpanas sejak pencatatan dimulai.", "copernicus-climate-change-service", false},
	{"clim birol iea", "Direktur Eksekutif Badan Energi Internasional Fatih Birol mengatakan permintaan minyak dunia akan mencapai puncaknya sebelum 2030.", "international-energy-agency/igo fatih-birol/person", false},
	{"clim greenpeace juri", "Juri di North Dakota memerintahkan Greenpeace membayar ganti rugi lebih dari 660 juta dolar kepada operator pipa Energy Transfer.", "greenpeace/organization energy-transfer-partners", false}, // energy-transfer renamed to the gazetteer's id (enwiki42 grid: an alias of the generated Phoenix entry)
	{"clim noto jepang", "Gempa berkekuatan 7,5 melanda Semenanjung Noto di Jepang pada Hari Tahun Baru 2024.", "JPN", false},
	{"clim valencia spanyol", "Banjir bandang di wilayah Valencia, Spanyol, menewaskan lebih dari 220 orang pada bulan Oktober 2024.", "ESP", false},
	{"clim kebakaran la", "Kebakaran hutan di Los Angeles menghanguskan lebih dari 16.000 bangunan pada bulan Januari 2025.", "", false},
	{"clim topan yagi", "Topan Yagi menghantam Vietnam utara dan menewaskan ratusan orang.", "VNM", false},
	{"clim jma tsunami", "Badan Meteorologi Jepang mengeluarkan peringatan tsunami setelah gempa berkekuatan 7,1 di lepas pantai Kyushu.", "jpn-meteorology-agency/agency", false},
	{"clim met office panas", "Kantor Meteorologi Inggris mengatakan musim panas 2025 adalah yang terpanas di Inggris sejak pencatatan dimulai.", "gbr-met-office/agency GBR", false},
	{"court sbf hukuman", "Sam Bankman-Fried, pendiri bursa kripto FTX, dijatuhi hukuman 25 tahun penjara oleh pengadilan federal di New York.", "sam-bankman-fried/person ftx/organization", false},
	{"court holmes theranos", "Elizabeth Holmes, pendiri Theranos, mulai menjalani hukuman lebih dari 11 tahun penjara di Texas.", "elizabeth-holmes/person theranos/organization", false},
	{"court weinstein juri", "Juri di New York menyatakan Harvey Weinstein bersalah atas satu dakwaan kejahatan seksual dalam persidangan ulang.", "harvey-weinstein/person", false},
	{"court do kwon montenegro", "Do Kwon, salah satu pendiri Terraform Labs, diekstradisi dari Montenegro ke Amerika Serikat.", "do-kwon/person terraform-labs/organization MNE USA", false},
	{"court roberts kekebalan", "Ketua Mahkamah Agung AS John Roberts menulis pendapat mayoritas dalam putusan tentang kekebalan presiden.", "usa-supreme-court/court john-roberts/person", false},
	{"court echr swiss", "Pengadilan Hak Asasi Manusia Eropa memutuskan bahwa Swiss melanggar hak warganya karena gagal bertindak cukup terhadap perubahan iklim.", "echr/igo CHE", false},
	{"court icj genosida", "Mahkamah Internasional memerintahkan Israel untuk mencegah tindakan genosida di Gaza.", "icj/igo ISR", false},
	// known: unwanted state LUX
	{"court cjeu google", "Pengadilan Uni Eropa di Luxembourg menguatkan denda 2,4 miliar euro terhadap Google.", "cjeu/igo google/organization", true},
	{"court bolsonaro stf", "Mahkamah Agung Federal Brasil menjatuhkan hukuman 27 tahun penjara kepada mantan presiden Jair Bolsonaro.", "bra-supreme-court/court jair-bolsonaro/person", false},
	// known: unwanted state FRA
	{"court le pen parlemen eropa", "Pengadilan Paris melarang Marine Le Pen mencalonkan diri selama lima tahun setelah menyatakannya bersalah menggelapkan dana Parlemen Eropa.", "marine-le-pen/person european-parliament/igo", true},
	// known: unwanted state USA
	{"court merchan trump", "Hakim Juan Merchan menjatuhkan hukuman pembebasan tanpa syarat kepada Donald Trump dalam kasus uang tutup mulut.", "juan-merchan/person donald-trump/person", true},
	{"court assange saipan", "Julian Assange dibebaskan dari penjara Inggris setelah mengaku bersalah atas satu dakwaan di pengadilan AS di Saipan.", "julian-assange/person GBR USA", false},
	// known: unwanted state USA
	{"court doj chrome", "Departemen Kehakiman AS meminta hakim memerintahkan Google menjual peramban Chrome.", "usa-justice-ministry/agency google/organization", true},
	{"court musk gugat openai", "Elon Musk menggugat OpenAI dan Sam Altman dengan tuduhan melanggar misi nirlaba perusahaan itu.", "elon-musk/person openai/organization sam-altman/person", false},
	{"elec merz bundestag", "Friedrich Merz, pemimpin Uni Demokratik Kristen, terpilih sebagai Kanselir Jerman oleh Bundestag pada putaran kedua pemungutan suara.", "friedrich-merz/person christian-democratic-union/organization DEU deu-parliament/legislature", false},
	// known: unwanted organization partai-kebebasan; missing party-for-freedom
	{"elec wilders koalisi", "Partai Kebebasan pimpinan Geert Wilders menarik diri dari koalisi pemerintahan Belanda karena perselisihan soal suaka.", "party-for-freedom/organization geert-wilders/person NLD", true},
	{"elec schoof raja", "Perdana Menteri Belanda Dick Schoof mengajukan pengunduran diri kabinetnya kepada Raja Willem-Alexander.", "NLD dick-schoof/person willem-alexander-of-the-netherlands/person", false},
	{"elec meloni fratelli", "Fratelli d'Italia, partai pimpinan Giorgia Meloni, memperoleh suara terbanyak dalam pemilihan umum tahun 2022.", "brothers-of-italy/organization giorgia-meloni/person", false},
	{"elec sanchez psoe", "Partai Sosialis Buruh Spanyol yang dipimpin Pedro Sánchez membentuk pemerintahan baru dengan dukungan partai-partai regional.", "psoe/organization pedro-sanchez/person", false},
	{"elec frederiksen dini", "Perdana Menteri Denmark Mette Frederiksen menyerukan pemilihan umum dini pada bulan Oktober 2022.", "DNK mette-frederiksen/person", false},
	{"elec stubb finlandia", "Alexander Stubb memenangi pemilihan presiden Finlandia pada bulan Februari 2024.", "alexander-stubb/person FIN", false},
	// known: unwanted organization hukum-dan-keadilan; missing law-and-justice
	{"elec tusk pis", "Koalisi pimpinan Donald Tusk mengakhiri delapan tahun pemerintahan partai Hukum dan Keadilan di Polandia.", "donald-tusk/person law-and-justice/organization POL", true},
	{"elec montenegro mosi", "Perdana Menteri Portugal Luís Montenegro kalah dalam mosi percaya pada bulan Maret 2025.", "PRT luis-montenegro/person", false},
	{"elec wong pap", "Partai Aksi Rakyat yang dipimpin Perdana Menteri Lawrence Wong memenangi 87 dari 97 kursi dalam pemilihan umum Singapura.", "people-s-action-party/organization lawrence-wong/person SGP", false},
	{"elec anwar dilantik", "Anwar Ibrahim dilantik sebagai Perdana Menteri Malaysia setelah pemilihan umum yang menghasilkan parlemen tanpa mayoritas.", "anwar-ibrahim/person MYS", false},
	{"elec sharif majelis", "Shehbaz Sharif terpilih kembali sebagai Perdana Menteri Pakistan oleh Majelis Nasional.", "shehbaz-sharif/person PAK pak-parliament/legislature", false},
	{"elec fico tembak", "Perdana Menteri Slowakia Robert Fico terluka parah dalam penembakan di kota Handlová.", "SVK robert-fico/person", false},
	{"elec kristersson moderat", "Ulf Kristersson, pemimpin Partai Moderat, menjadi Perdana Menteri Swedia pada bulan Oktober 2022.", "ulf-kristersson/person moderate-party/organization SWE", false},
	{"mig grandi pengungsi", "Komisaris Tinggi PBB untuk Pengungsi Filippo Grandi mengatakan jumlah orang yang terpaksa mengungsi di seluruh dunia melampaui 120 juta.", "filippo-grandi/person unhcr", false},
	{"mig pope iom", "Direktur Jenderal Organisasi Internasional untuk Migrasi Amy Pope memperingatkan bahwa pemotongan dana akan memaksa lembaga itu mengurangi staf.", "iom/igo amy-pope/person", false},
	{"mig frontex", "Badan Penjaga Perbatasan dan Pantai Eropa, Frontex, mencatat penurunan penyeberangan perbatasan tidak resmi ke Uni Eropa.", "frontex/igo european-union/igo", false},
	{"mig mahmood suaka", "Menteri Dalam Negeri Inggris Shabana Mahmood mengumumkan perubahan besar pada sistem suaka.", "GBR shabana-mahmood/person", false},
	{"mig dobrindt perbatasan", "Menteri Dalam Negeri Jerman Alexander Dobrindt memerintahkan polisi menolak pencari suaka di perbatasan.", "DEU alexander-dobrindt/person", false},
	{"mig homan deportasi", "Tom Homan, yang ditunjuk oleh Presiden Donald Trump untuk mengurus perbatasan, mengawasi deportasi massal.", "tom-homan/person donald-trump/person", false},
	{"mig noem el salvador", "Menteri Keamanan Dalam Negeri AS Kristi Noem mengunjungi penjara di El Salvador yang menampung para migran yang dideportasi.", "USA kristi-noem/person SLV", false},
	{"mig italia albania", "Italia membuka pusat penahanan migran di Albania berdasarkan kesepakatan dengan Tirana.", "ITA ALB", false},
	{"sport ceferin liga", "Presiden UEFA Aleksander Čeferin mengatakan UEFA akan menolak setiap format liga tertutup.", "uefa/organization aleksander-ceferin/person", false},
	// known: missing fia
	{"sport ben sulayem fia", "Presiden FIA Mohammed Ben Sulayem terpilih kembali tanpa lawan untuk masa jabatan kedua.", "fia mohammed-ben-sulayem/person", true},
	{"sport sinner wada", "Badan Antidoping Dunia mencapai kesepakatan dengan Jannik Sinner untuk larangan bertanding selama tiga bulan.", "wada/organization jannik-sinner/person", false},
	{"sport cas city", "Pengadilan Arbitrase Olahraga mencabut larangan dua tahun Manchester City dari kompetisi Eropa.", "cas/organization manchester-city/organization", false},
	// known: missing premier-league
	{"sport premier league 115", "Liga Utama Inggris mendakwa Manchester City atas 115 dugaan pelanggaran aturan keuangan.", "premier-league/organization manchester-city/organization", true},
	{"sport ioc netral", "Komite Olimpiade Internasional mengizinkan atlet Rusia dan Belarus bertanding di Paris sebagai atlet netral.", "ioc/organization RUS BLR", false},
	{"sport fifa 2034", "FIFA menetapkan Arab Saudi sebagai tuan rumah Piala Dunia 2034.", "fifa/organization SAU", false},
	{"sport world athletics gen", "World Athletics akan mewajibkan tes gen bagi atlet yang bertanding di kategori putri.", "world-athletics/organization", false},
	{"none emas rekor", "Harga emas mencapai rekor di atas 3.000 dolar per ons untuk pertama kalinya.", "", false},
	{"none inflasi euro", "Inflasi tahunan di kawasan euro turun menjadi 2,2 persen pada bulan Agustus.", "", false},
	{"none permukaan laut", "Permukaan laut global naik sekitar empat milimeter per tahun selama dekade terakhir.", "", false},
	{"none separuh populasi", "Lebih dari separuh populasi dunia tinggal di negara yang mengadakan pemilihan umum pada tahun 2024.", "", false},
	{"none bitcoin 100000", "Harga bitcoin melampaui 100.000 dolar untuk pertama kalinya pada bulan Desember 2024.", "", false},
	{"none angin pesisir", "Angin kencang dan hujan lebat diperkirakan terjadi sepanjang akhir pekan di wilayah pesisir.", "", false},
	{"none pengangguran maju", "Tingkat pengangguran di negara-negara maju tetap rendah meskipun pertumbuhan melambat.", "", false},
	{"none mobil listrik", "Penjualan mobil listrik global naik 25 persen dibanding tahun sebelumnya.", "", false},
	{"none air minum", "Sekitar 2,2 miliar orang di dunia masih belum memiliki akses ke air minum yang aman.", "", false},
	{"none gelombang panas listrik", "Gelombang panas yang berkepanjangan menyebabkan lonjakan permintaan listrik.", "", false},
	{"none katak baru", "Para ilmuwan menemukan spesies katak baru di hutan hujan dataran tinggi.", "", false},
	{"none minyak senin", "Harga minyak mentah turun lebih dari 3 persen dalam perdagangan hari Senin.", "", false},
	{"none demam berdarah", "Jumlah kasus demam berdarah di dunia mencapai rekor pada tahun 2024.", "", false},
	{"none salju lebat", "Salju lebat memutus aliran listrik bagi puluhan ribu rumah tangga.", "", false},
	{"none imbal hasil", "Imbal hasil obligasi pemerintah bertenor sepuluh tahun naik ke level tertinggi dalam sebulan.", "", false},
	{"none beras dunia", "Produksi beras dunia diperkirakan mencapai rekor tahun ini.", "", false},
	{"none penumpang pesawat", "Jumlah penumpang pesawat di seluruh dunia melampaui lima miliar orang untuk pertama kalinya.", "", false},
	{"none kebakaran hektare", "Kebakaran hutan menghanguskan lebih dari 10.000 hektare lahan dalam tiga hari.", "", false},
	{"none penyelidikan setahun", "Penyelidikan atas penyebab kecelakaan itu diperkirakan memakan waktu hingga satu tahun.", "", false},
	{"none final hujan", "Pertandingan final ditunda karena hujan deras.", "", false},
	{"none pasar saham global", "Pasar saham global merosot setelah data ketenagakerjaan yang lebih lemah dari perkiraan.", "", false},
	{"none vaksin 90 persen", "Vaksin baru itu terbukti 90 persen efektif dalam uji klinis tahap akhir.", "", false},
	{"none penduduk puncak", "Jumlah penduduk dunia diperkirakan mencapai puncaknya sekitar 10,3 miliar pada pertengahan 2080-an.", "", false},
	{"none es antarktika", "Es laut Antarktika menyusut ke tingkat terendah yang pernah tercatat.", "", false},
	{"none terdakwa banding", "Terdakwa membantah semua dakwaan dan akan mengajukan banding.", "", false},
	{"none hasil resmi", "Hasil pemungutan suara resmi diperkirakan diumumkan dalam dua minggu.", "", false},
}

// idNewsTrans40Batch2Rows are a second batch of the same class, composed
// and annotated after batch 1's data and before the extractor ran on
// them, to check that the data generalizes: on the base code (the
// before-count commit) 8 of 18 pass; with batch 1's data 17 of 18.
var idNewsTrans40Batch2Rows = []wantRow{
	{"b2 lilly orforglipron", "Eli Lilly mengatakan pil penurun berat badan orforglipron akan diajukan untuk persetujuan regulator tahun ini.", "eli-lilly/organization", false},
	{"b2 bursa london wise", "Perusahaan pembayaran Wise memindahkan pencatatan utamanya dari Bursa Efek London ke New York.", "wise/organization bursa-efek-london/organization", false},
	{"b2 bursa tokyo toyota", "Saham Toyota di Bursa Efek Tokyo naik 4 persen setelah laporan laba kuartalan.", "toyota/organization bursa-efek-tokyo/organization", false},
	// known: missing midea
	{"b2 hkex midea", "Produsen peralatan rumah tangga Tiongkok Midea mencatatkan sahamnya di Bursa Efek Hong Kong pada bulan September 2024.", "midea/organization CHN bursa-efek-hong-kong/organization", true},
	{"b2 met office hujan", "Kantor Meteorologi Inggris mengeluarkan peringatan kuning untuk hujan lebat di Skotlandia.", "gbr-met-office/agency", false},
	{"b2 wilders menurut", "Geert Wilders memimpin partainya meraih kemenangan mengejutkan pada bulan November 2023. Menurut Wilders, jumlah pencari suaka harus dikurangi secara drastis.", "geert-wilders/person", false},
	{"b2 hassabis alphafold", "Kepala Eksekutif Google DeepMind Demis Hassabis mengatakan kecerdasan buatan umum bisa tercapai dalam sepuluh tahun.", "google-deepmind/organization demis-hassabis/person", false},
	{"b2 do kwon vonis", "Do Kwon dijatuhi hukuman 15 tahun penjara oleh pengadilan federal di New York atas runtuhnya mata uang kripto TerraUSD.", "do-kwon/person", false},
	{"b2 semenanjung krimea", "Rusia mencaplok Semenanjung Krimea dari Ukraina pada tahun 2014.", "RUS UKR", false},
	{"b2 partai moderat koalisi", "Partai Moderat membentuk pemerintahan minoritas dengan dukungan partai Demokrat Swedia.", "moderate-party/organization sweden-democrats/organization", false},
	{"b2 psoe sanchez menurut", "Pedro Sánchez memimpin Partai Sosialis Buruh Spanyol sejak tahun 2017. Menurut Sánchez, pemerintahannya akan bertahan hingga 2027.", "pedro-sanchez/person psoe/organization", false},
	{"b2 copernicus maret", "Layanan Perubahan Iklim Copernicus mengatakan suhu permukaan laut global mencapai rekor pada bulan Maret.", "copernicus-climate-change-service", false},
	{"b2 rba bullock tahan", "Bank Sentral Australia mempertahankan suku bunga pada 4,35 persen, kata Gubernur Michele Bullock.", "aus-central-bank/agency michele-bullock/person", false},
	{"b2 nabiullina menurut", "Gubernur Bank Sentral Rusia Elvira Nabiullina memimpin rapat dewan pada hari Jumat. Menurut Nabiullina, pendinginan ekonomi berjalan sesuai rencana.", "rus-central-bank/agency elvira-nabiullina/person", false},
	{"b2 schoof nato", "Perdana Menteri Belanda Dick Schoof menjadi tuan rumah pertemuan puncak NATO di Den Haag.", "NLD dick-schoof/person nato/igo", false},
	{"b2 ig metall mogok", "Serikat pekerja IG Metall menggelar mogok peringatan di pabrik-pabrik Volkswagen.", "ig-metall/organization volkswagen/organization", false},
	{"b2 none ombak", "Gelombang setinggi empat meter diperkirakan melanda pantai selatan pada akhir pekan.", "", false},
	{"b2 none saham teknologi", "Saham-saham teknologi memimpin pelemahan pasar pada perdagangan hari Selasa.", "", false},
}

func TestIDNewsTrans40Grid(t *testing.T) {
	t.Run("batch1", func(t *testing.T) { runWantGrid(t, "id", idNewsTrans40Rows, 140) })
	t.Run("batch2", func(t *testing.T) { runWantGrid(t, "id", idNewsTrans40Batch2Rows, 15) })
}
