package extract

import "testing"

// idTransWiki40Rows are Indonesian sentences composed for this grid by its
// author (never copied or translated from a data set) in the style of
// careful professional translations of English news and encyclopedia
// sentences, as a parallel treebank renders them: long sentences, "menurut
// ...", "yang ..." relative clauses, passive "di-" verbs, English names
// kept ("Rassemblement National", "World Athletics", "Saudi Aramco"),
// numbers and dates written out ("pada tanggal 17 Agustus 1945", "empat
// belas tahun"), titles translated ("Presiden AS", "Perdana Menteri
// Inggris", "Sekretaris Jenderal PBB", "Kanselir Jerman"), bodies
// translated ("Badan Eksplorasi Dirgantara Jepang", "Otoritas Persaingan
// dan Pasar Britania Raya", "Federasi Otomotif Internasional"). Topics:
// politics and elections, wars and treaties, business and companies,
// science and space agencies, sport federations, history (present-day and
// historical persons alike), culture; one row in eleven names no actor.
// None repeats a row of TestIDTransWiki39Grid.
//
// Annotated before the extractor ran on them, by the conventions of
// TestIDTransWiki39Grid (wantRow: every actor a careful analyst would
// list): a person or body the gazetteer holds is its id (checked against
// the gazetteer's files, not the extractor), any other person the slug of
// the name as written, any other body the id its kind follows
// (world-athletics, irl-data-protection-commission); a state named in the
// row (title, demonym, as a place or a party to an act) is an actor, a
// state's name inside a body's, treaty's or war's name is not ("Perjanjian
// Versailles" names Germany only where the row says "Jerman"); a city is a
// place. Article date 2025-06-01.
//
// First run, before any change: 135 of 170. Four annotations were then
// corrected to the conventions above, before any rule or data: "pimpinan
// militer Rusia" and "angkatan bersenjata Sudan" are the state and its
// armed forces' body (rus-armed-forces, sdn-armed-forces), "di Singapura"
// is the state as a place (SGP), and "parlemen Hungaria" is the body
// hun-parliament, as "polisi Prancis" is fra-police in TestIDTrans38Grid;
// the before-count commit has the first two (137 of 170), all four make
// the base 139 of 170. After: 158 of 170, 12 known failures.
var idTransWiki40Rows = []wantRow{
	{"pol modi lok sabha", "Partai Bharatiya Janata yang dipimpin Perdana Menteri India Narendra Modi kehilangan mayoritasnya di Lok Sabha dalam pemilihan umum bulan Juni 2024.", "bjp/organization IND narendra-modi/person ind-parliament/legislature", false},
	{"pol starmer buruh", "Partai Buruh Inggris yang dipimpin Keir Starmer memenangi 411 kursi dalam pemilihan umum pada tanggal 4 Juli 2024, yang mengakhiri empat belas tahun pemerintahan Partai Konservatif.", "uk-labour-party/organization keir-starmer/person uk-conservative-party/organization", false},
	{"pol macron bubarkan", "Presiden Prancis Emmanuel Macron membubarkan Majelis Nasional setelah partainya kalah telak dari Rassemblement National dalam pemilihan Parlemen Eropa.", "FRA emmanuel-macron/person fra-national-assembly/legislature rassemblement-national/organization european-parliament/igo", false},
	{"pol lula bolsonaro", "Luiz Inácio Lula da Silva, yang pernah menjabat presiden Brasil dari 2003 hingga 2010, mengalahkan petahana Jair Bolsonaro dalam putaran kedua pemilihan presiden tahun 2022.", "luiz-inacio-lula-da-silva/person BRA jair-bolsonaro/person", false},
	{"pol milei", "Menurut hasil resmi, ekonom libertarian Javier Milei terpilih sebagai Presiden Argentina dengan hampir 56 persen suara.", "javier-milei/person ARG", false},
	{"pol scholz lindner", "Koalisi tiga partai yang dipimpin Kanselir Jerman Olaf Scholz runtuh pada bulan November 2024 setelah ia memecat Menteri Keuangan Christian Lindner.", "olaf-scholz/person DEU christian-lindner/person", false},
	{"pol ishiba kishida", "Shigeru Ishiba, yang terpilih sebagai pemimpin Partai Demokrat Liberal pada bulan September 2024, menggantikan Fumio Kishida sebagai Perdana Menteri Jepang.", "shigeru-ishiba/person jpn-ldp/organization fumio-kishida/person JPN", false},
	{"pol guterres gaza", "Sekretaris Jenderal PBB António Guterres menyerukan gencatan senjata segera di Gaza dalam pidatonya di depan Majelis Umum.", "antonio-guterres/person united-nations/igo un-general-assembly/igo", false},
	{"pol erdogan putaran kedua", "Presiden Turki Recep Tayyip Erdoğan memenangi masa jabatan ketiga setelah mengalahkan pemimpin oposisi Kemal Kılıçdaroğlu dalam putaran kedua pada bulan Mei 2023.", "TUR recep-tayyip-erdogan/person kemal-k-l-cdaroglu/person", false},
	{"pol trudeau mundur", "Perdana Menteri Kanada Justin Trudeau mengumumkan pengunduran dirinya sebagai pemimpin Partai Liberal pada bulan Januari 2025 setelah hampir satu dekade berkuasa.", "CAN justin-trudeau/person liberal-party-of-canada/organization", false},
	{"pol carney bank inggris", "Mark Carney, mantan Gubernur Bank Inggris, dilantik sebagai Perdana Menteri Kanada pada bulan Maret 2025.", "mark-carney/person gbr-central-bank/agency CAN", false},
	{"pol ardern christchurch", "Jacinda Ardern, yang memimpin Selandia Baru melalui serangan masjid Christchurch dan pandemi COVID-19, mengundurkan diri sebagai perdana menteri pada bulan Januari 2023.", "jacinda-ardern/person NZL", false},
	{"pol sunak truss", "Rishi Sunak menjadi perdana menteri Britania Raya pertama yang beragama Hindu ketika ia menggantikan Liz Truss pada bulan Oktober 2022.", "rishi-sunak/person GBR liz-truss/person", false},
	{"pol senat bantuan", "Senat AS mengesahkan paket bantuan senilai 95 miliar dolar untuk Ukraina, Israel, dan Taiwan dengan 79 suara berbanding 18.", "usa-senate/legislature UKR ISR TWN", false},
	{"pol yoon makzul", "Presiden Korea Selatan Yoon Suk Yeol dimakzulkan oleh Majelis Nasional setelah ia mengumumkan darurat militer pada bulan Desember 2024.", "KOR yoon-suk-yeol/person kor-parliament/legislature", false},
	{"pol sheinbaum", "Claudia Sheinbaum, mantan Wali Kota Mexico City, menjadi perempuan pertama yang terpilih sebagai Presiden Meksiko.", "claudia-sheinbaum/person MEX", false},
	{"pol anc mayoritas", "Kongres Nasional Afrika, partai yang dulu dipimpin Nelson Mandela, kehilangan mayoritas parlemennya untuk pertama kalinya sejak tahun 1994.", "anc/organization nelson-mandela/person", false},
	{"pol ramaphosa aliansi", "Presiden Afrika Selatan Cyril Ramaphosa membentuk pemerintahan persatuan nasional bersama Aliansi Demokratik.", "ZAF cyril-ramaphosa/person democratic-alliance-south-africa/organization", false},
	{"pol zelenskyy drone", "Menurut Presiden Ukraina Volodymyr Zelenskyy, pasukan Rusia telah meluncurkan lebih dari 100 pesawat nirawak ke kota-kota Ukraina dalam satu malam.", "UKR volodymyr-zelenskyy/person RUS", false},
	{"pol von der leyen", "Presiden Komisi Eropa Ursula von der Leyen terpilih kembali untuk masa jabatan kedua oleh Parlemen Eropa pada bulan Juli 2024.", "european-commission/igo ursula-von-der-leyen/person european-parliament/igo", false},
	{"pol rutte stoltenberg", "Mark Rutte, yang menjabat Perdana Menteri Belanda selama hampir empat belas tahun, mengambil alih jabatan Sekretaris Jenderal NATO dari Jens Stoltenberg.", "mark-rutte/person NLD nato/igo jens-stoltenberg/person", false},
	{"pol biden harris", "Presiden AS Joe Biden mengundurkan diri dari pencalonan pada bulan Juli 2024 dan mendukung Wakil Presiden Kamala Harris sebagai calon dari Partai Demokrat.", "USA joe-biden/person kamala-harris/person us-democratic-party/organization", false},
	{"pol trump ke-47", "Donald Trump dilantik sebagai presiden ke-47 Amerika Serikat pada tanggal 20 Januari 2025, empat tahun setelah ia kalah dari Joe Biden.", "donald-trump/person USA joe-biden/person", false},
	{"pol brics kazan", "Pertemuan puncak BRICS di Kazan dihadiri oleh Presiden Tiongkok Xi Jinping dan Perdana Menteri India Narendra Modi.", "brics/igo CHN xi-jinping/person IND narendra-modi/person", false},
	{"pol albanese", "Perdana Menteri Australia Anthony Albanese memimpin Partai Buruh meraih kemenangan kedua berturut-turut dalam pemilihan federal bulan Mei 2025.", "AUS anthony-albanese/person australian-labor-party/organization", false},
	// known: unwanted person ferdinand-marcos; missing ferdinand-e-marcos
	{"pol marcos jr", "Ferdinand Marcos Jr., putra mantan diktator Ferdinand Marcos, dilantik sebagai Presiden Filipina pada tahun 2022.", "ferdinand-marcos-jr/person ferdinand-e-marcos/person PHL", true},
	{"pol paetongtarn", "Paetongtarn Shinawatra, putri mantan Perdana Menteri Thaksin Shinawatra, menjadi perdana menteri termuda dalam sejarah Thailand.", "paetongtarn-shinawatra/person thaksin-shinawatra/person THA", false},
	{"pol pezeshkian raisi", "Masoud Pezeshkian, seorang ahli bedah jantung, memenangi pemilihan presiden di Iran yang digelar setelah Ebrahim Raisi tewas dalam kecelakaan helikopter.", "masoud-pezeshkian/person IRN ebrahim-raisi/person", false},
	{"pol kim trump singapura", "Kim Jong Un, pemimpin Korea Utara, bertemu dengan Presiden AS Donald Trump di Singapura pada bulan Juni 2018 dalam pertemuan puncak pertama antara kedua negara.", "kim-jong-un/person PRK USA donald-trump/person SGP", false},
	{"pol mbs", "Putra Mahkota Arab Saudi Mohammed bin Salman menjabat sebagai perdana menteri sejak tahun 2022, menurut dekret kerajaan.", "SAU mohammed-bin-salman/person", false},
	{"pol abe nara", "Mantan Perdana Menteri Jepang Shinzo Abe ditembak mati saat berkampanye di kota Nara pada bulan Juli 2022.", "JPN shinzo-abe/person", false},
	{"pol imran khan", "Imran Khan, mantan kapten tim kriket Pakistan, digulingkan sebagai perdana menteri melalui mosi tidak percaya pada bulan April 2022.", "imran-khan/person PAK", false},
	{"pol merkel suaka", "Angela Merkel, yang menjabat Kanselir Jerman selama enam belas tahun, membuka perbatasan negaranya bagi lebih dari satu juta pencari suaka pada tahun 2015.", "angela-merkel/person DEU", false},
	{"pol mao ning taiwan", "Juru bicara Kementerian Luar Negeri Tiongkok Mao Ning mengatakan Beijing dengan tegas menentang penjualan senjata Amerika Serikat kepada Taiwan.", "chn-foreign-ministry/agency mao-ning/person CHN USA TWN", false},
	{"pol yeltsin putin", "Presiden Rusia Boris Yeltsin menunjuk Vladimir Putin sebagai perdana menteri pada bulan Agustus 1999.", "RUS boris-yeltsin/person vladimir-putin/person", false},
	{"pol blair irak", "Perdana Menteri Inggris Tony Blair mendukung invasi pimpinan Amerika Serikat ke Irak pada tahun 2003, meskipun ditentang oleh banyak anggota partainya sendiri.", "GBR tony-blair/person USA IRQ", false},
	{"war versailles", "Perjanjian Versailles, yang ditandatangani pada tahun 1919, mewajibkan Jerman membayar ganti rugi perang kepada negara-negara Sekutu.", "DEU", false},
	{"war churchill hitler", "Menurut para sejarawan, Perdana Menteri Inggris Winston Churchill menolak berunding dengan Adolf Hitler setelah jatuhnya Prancis pada tahun 1940.", "GBR winston-churchill/person adolf-hitler/person FRA", false},
	{"war yalta", "Dalam Konferensi Yalta pada bulan Februari 1945, Franklin D. Roosevelt, Winston Churchill, dan Joseph Stalin membahas nasib Eropa pascaperang.", "franklin-d-roosevelt/person winston-churchill/person joseph-stalin/person", false},
	{"war vietnam", "Amerika Serikat menarik pasukan tempur terakhirnya dari Vietnam pada tahun 1973, dua tahun sebelum jatuhnya Saigon.", "USA VNM", false},
	{"war badai gurun", "Koalisi yang dipimpin Amerika Serikat melancarkan Operasi Badai Gurun untuk mengusir pasukan Irak dari Kuwait pada bulan Januari 1991.", "USA IRQ KWT", false},
	{"war minsk", "Perjanjian Minsk, yang dirundingkan dengan bantuan Jerman dan Prancis pada tahun 2015, gagal mengakhiri pertempuran di wilayah Donbas.", "DEU FRA", false},
	{"war new start", "Rusia menangguhkan partisipasinya dalam perjanjian New START, pakta pengendalian senjata nuklir terakhir yang tersisa dengan Amerika Serikat.", "RUS USA", false},
	{"war hamas 7 oktober", "Serangan Hamas terhadap Israel selatan pada tanggal 7 Oktober 2023 menewaskan sekitar 1.200 orang, menurut pejabat Israel.", "hamas/armed_group ISR", false},
	// known: unwanted state ISR
	{"war idf sinwar", "Pasukan Pertahanan Israel mengatakan pihaknya telah menewaskan pemimpin Hamas Yahya Sinwar dalam operasi di Rafah.", "isr-armed-forces/military hamas/armed_group yahya-sinwar/person", true},
	{"war houthi laut merah", "Kelompok Houthi yang didukung Iran menyerang kapal-kapal dagang di Laut Merah, sehingga banyak perusahaan pelayaran mengalihkan rute melalui Tanjung Harapan.", "houthis/armed_group IRN", false},
	{"war prigozhin", "Yevgeny Prigozhin, pendiri kelompok tentara bayaran Wagner, tewas dalam kecelakaan pesawat dua bulan setelah memimpin pemberontakan singkat melawan pimpinan militer Rusia.", "yevgeny-prigozhin/person wagner-group/armed_group RUS rus-armed-forces/military", false},
	{"war sudan rsf", "Pertempuran antara angkatan bersenjata Sudan dan Pasukan Dukungan Cepat telah memaksa lebih dari sepuluh juta orang mengungsi, menurut Organisasi Internasional untuk Migrasi.", "SDN sdn-armed-forces/military rsf/armed_group iom/igo", false},
	{"war icc putin", "Mahkamah Pidana Internasional mengeluarkan surat perintah penangkapan terhadap Presiden Rusia Vladimir Putin atas dugaan deportasi anak-anak Ukraina.", "icc/igo RUS vladimir-putin/person UKR", false},
	{"war finlandia nato", "Finlandia resmi menjadi anggota ke-31 NATO pada bulan April 2023, mengakhiri kebijakan nonblok militer yang dianutnya selama puluhan tahun.", "FIN nato/igo", false},
	{"war swedia hungaria", "Swedia bergabung dengan aliansi itu hampir setahun kemudian setelah parlemen Hungaria akhirnya meratifikasi keanggotaannya.", "SWE hun-parliament/legislature", false},
	{"war iaea iran", "Badan Energi Atom Internasional melaporkan bahwa Iran telah memperkaya uranium hingga kemurnian 60 persen.", "iaea/igo IRN", false},
	{"war abraham accords", "Kesepakatan Abraham, yang ditengahi oleh pemerintahan Trump pada tahun 2020, menormalisasi hubungan antara Israel dengan Uni Emirat Arab dan Bahrain.", "donald-trump/person USA ISR ARE BHR", false},
	{"war tigray pretoria", "Pemerintah Ethiopia dan Front Pembebasan Rakyat Tigray menandatangani perjanjian perdamaian di Pretoria pada bulan November 2022.", "ETH tigray-peoples-liberation-front/armed_group", false},
	{"war karabakh", "Azerbaijan merebut kembali wilayah Nagorno-Karabakh dalam serangan kilat pada bulan September 2023, yang mendorong lebih dari 100.000 warga Armenia mengungsi.", "AZE ARM", false},
	// known: missing LBN
	{"war unifil", "Dewan Keamanan PBB memperpanjang mandat misi penjaga perdamaian di Lebanon selatan selama satu tahun lagi.", "un-security-council/igo LBN", true},
	{"war nasrallah", "Hassan Nasrallah, yang memimpin Hizbullah selama lebih dari tiga dekade, tewas dalam serangan udara Israel di pinggiran selatan Beirut.", "hassan-nasrallah/person hezbollah/armed_group ISR", false},
	{"war ctbt", "Traktat Pelarangan Menyeluruh Uji Coba Nuklir diadopsi oleh Majelis Umum PBB pada tahun 1996, tetapi belum berlaku karena belum diratifikasi oleh Amerika Serikat dan Tiongkok.", "un-general-assembly/igo USA CHN", false},
	// known: unwanted military irn-armed-forces
	{"war amnesty iran", "Amnesty International menuduh pasukan keamanan Iran menggunakan kekerasan berlebihan terhadap para pengunjuk rasa.", "amnesty-international/organization IRN", true},
	{"biz apple tiga triliun", "Apple menjadi perusahaan publik pertama yang nilai pasarnya melampaui tiga triliun dolar AS pada bulan Januari 2022.", "apple-inc/organization", false},
	{"biz musk twitter", "Elon Musk menyelesaikan akuisisi Twitter senilai 44 miliar dolar dan segera memecat kepala eksekutifnya, Parag Agrawal.", "elon-musk/person twitter/organization parag-agrawal/person", false},
	{"biz nvidia huang", "Nvidia, perusahaan pembuat cip yang didirikan oleh Jensen Huang, sempat menjadi perusahaan paling bernilai di dunia pada tahun 2024.", "nvidia/organization jensen-huang/person", false},
	// known: missing boeing
	{"biz faa boeing", "Administrasi Penerbangan Federal AS melarang terbang pesawat Boeing 737 MAX 9 setelah sebuah panel pintu terlepas di udara dari pesawat Alaska Airlines.", "usa-faa/agency boeing/organization alaska-airlines/organization", true},
	{"biz volkswagen emisi", "Volkswagen setuju membayar denda miliaran dolar kepada otoritas Amerika Serikat setelah mengakui memanipulasi uji emisi mesin diesel.", "volkswagen/organization USA", false},
	{"biz tsmc arizona", "Taiwan Semiconductor Manufacturing Company mengumumkan investasi tambahan senilai 100 miliar dolar AS di pabrik-pabriknya di Arizona.", "tsmc/organization", false},
	{"biz cma activision", "Otoritas Persaingan dan Pasar Britania Raya akhirnya menyetujui pembelian Activision Blizzard oleh Microsoft setelah kesepakatan itu direstrukturisasi.", "gbr-cma/agency activision-blizzard/organization microsoft/organization", false},
	{"biz altman openai", "Sam Altman sempat dipecat oleh dewan direksi OpenAI pada bulan November 2023, tetapi kembali menjabat kepala eksekutif lima hari kemudian.", "sam-altman/person openai/organization", false},
	{"biz komisi google", "Komisi Eropa menjatuhkan denda sebesar 2,4 miliar euro kepada Google karena menyalahgunakan dominasinya dalam layanan perbandingan harga.", "european-commission/igo google/organization", false},
	{"biz aramco ipo", "Saudi Aramco, perusahaan minyak milik negara Arab Saudi, mencatatkan penawaran saham perdana terbesar di dunia pada tahun 2019.", "saudi-aramco/organization SAU", false},
	{"biz opec plus", "Organisasi Negara-Negara Pengekspor Minyak dan sekutunya, termasuk Rusia, sepakat memangkas produksi sebesar dua juta barel per hari.", "opec/igo RUS", false},
	{"biz fed sebelas kali", "Bank Sentral AS menaikkan suku bunga acuannya sebelas kali antara bulan Maret 2022 dan Juli 2023 untuk meredam inflasi.", "usa-central-bank/agency", false},
	{"biz powell kongres", "Ketua Federal Reserve Jerome Powell mengatakan kepada Kongres bahwa bank sentral tidak terburu-buru menurunkan suku bunga.", "usa-central-bank/agency jerome-powell/person usa-congress/legislature", false},
	{"biz lagarde", "Presiden Bank Sentral Eropa Christine Lagarde, yang sebelumnya memimpin Dana Moneter Internasional, mengumumkan penurunan suku bunga pertama sejak tahun 2019.", "ecb/igo christine-lagarde/person imf/igo", false},
	{"biz evergrande", "Pengadilan memerintahkan likuidasi China Evergrande Group, pengembang properti yang terlilit utang lebih dari 300 miliar dolar.", "evergrande/organization", false},
	// known: unwanted state KOR
	{"biz lee jae-yong", "Lee Jae-yong, ketua Samsung Electronics, dibebaskan oleh pengadilan Seoul dari dakwaan penipuan dan manipulasi saham.", "lee-jae-yong/person samsung/organization", true},
	{"biz toyota vw", "Toyota tetap menjadi produsen mobil terlaris di dunia selama empat tahun berturut-turut, mengungguli Volkswagen Group.", "toyota/organization volkswagen/organization", false},
	{"biz wto tarif baja", "Organisasi Perdagangan Dunia memutuskan bahwa tarif yang diberlakukan Amerika Serikat atas baja dan aluminium melanggar aturan perdagangan global.", "wto/igo USA", false},
	{"biz okonjo-iweala", "Ngozi Okonjo-Iweala, mantan Menteri Keuangan Nigeria, menjadi perempuan dan warga Afrika pertama yang memimpin Organisasi Perdagangan Dunia.", "ngozi-okonjo-iweala/person NGA wto/igo", false},
	{"biz microsoft nokia", "Microsoft membeli divisi telepon genggam Nokia pada tahun 2014, tetapi menghapus sebagian besar nilainya setahun kemudian.", "microsoft/organization nokia/organization", false},
	{"biz huawei daftar hitam", "Departemen Perdagangan AS memasukkan Huawei ke dalam daftar hitam ekspor dengan alasan keamanan nasional.", "usa-commerce-department/agency huawei/organization", false},
	{"biz meta denda irlandia", "Komisi Perlindungan Data Irlandia mendenda Meta sebesar 1,2 miliar euro atas pemindahan data pengguna Eropa ke Amerika Serikat.", "irl-data-protection-commission/agency meta-platforms/organization USA", false},
	{"biz bank dunia tiongkok", "Menurut Bank Dunia, perekonomian Tiongkok diperkirakan tumbuh sebesar 4,5 persen tahun ini.", "world-bank/igo CHN", false},
	{"biz banga", "Presiden Bank Dunia Ajay Banga mengatakan lembaga itu akan melipatgandakan pendanaan untuk proyek energi terbarukan di Afrika.", "world-bank/igo ajay-banga/person", false},
	{"biz georgieva", "Kristalina Georgieva, Direktur Pelaksana Dana Moneter Internasional, memperingatkan bahwa perang dagang dapat memangkas pertumbuhan ekonomi global.", "kristalina-georgieva/person imf/igo", false},
	{"biz asean kao kim hourn", "Sekretaris Jenderal ASEAN Kao Kim Hourn mengatakan para menteri luar negeri kawasan itu sepakat memperkuat kerja sama maritim.", "asean/igo kao-kim-hourn/person", false},
	{"sci artemis", "Misi Artemis I milik NASA meluncurkan kapsul Orion tanpa awak mengelilingi Bulan pada bulan November 2022.", "usa-nasa/agency", false},
	{"sci chandrayaan", "Organisasi Riset Antariksa India menjadi badan antariksa pertama yang mendaratkan wahana di dekat kutub selatan Bulan melalui misi Chandrayaan-3.", "ind-isro/agency", false},
	// known: unwanted state GUF; unwanted person james-webb
	{"sci jwst", "Teleskop Antariksa James Webb, proyek bersama NASA, Badan Antariksa Eropa, dan Badan Antariksa Kanada, diluncurkan dari Guyana Prancis pada hari Natal 2021.", "usa-nasa/agency esa/igo canadian-space-agency/agency", true},
	{"sci jaxa slim", "Badan Eksplorasi Dirgantara Jepang mengatakan wahana pendarat SLIM berhasil mendarat di Bulan, menjadikan Jepang negara kelima yang mencapainya.", "jpn-jaxa/agency JPN", false},
	{"sci change 6", "Wahana Chang'e 6 milik Badan Antariksa Nasional Tiongkok membawa pulang sampel pertama dari sisi jauh Bulan.", "chn-cnsa/agency", false},
	{"sci starship", "Roket Starship buatan SpaceX meledak beberapa menit setelah lepas landas dari Texas dalam uji terbang pertamanya.", "spacex/organization", false},
	{"sci cern higgs", "Para ilmuwan di Organisasi Riset Nuklir Eropa (CERN) mengumumkan penemuan partikel yang konsisten dengan boson Higgs pada bulan Juli 2012.", "cern/igo", false},
	{"sci who pandemi", "Organisasi Kesehatan Dunia menyatakan COVID-19 sebagai pandemi pada tanggal 11 Maret 2020, menurut Direktur Jenderal Tedros Adhanom Ghebreyesus.", "who/igo tedros-adhanom-ghebreyesus/person", false},
	{"sci kariko weissman", "Katalin Karikó dan Drew Weissman dianugerahi Hadiah Nobel Fisiologi atau Kedokteran atas penelitian mereka tentang vaksin mRNA.", "katalin-kariko/person drew-weissman/person", false},
	{"sci ipcc", "Panel Antarpemerintah tentang Perubahan Iklim memperingatkan bahwa pemanasan global kemungkinan akan melampaui 1,5 derajat Celsius dalam dua dekade.", "intergovernmental-panel-on-climate-change/igo", false},
	{"sci roscosmos luna", "Roscosmos mengatakan wahana Luna-25 jatuh ke permukaan Bulan setelah mengalami gangguan saat manuver orbit.", "rus-roscosmos/agency", false},
	{"sci hawking", "Fisikawan Inggris Stephen Hawking, yang meninggal pada tahun 2018, dikenal karena karyanya tentang lubang hitam dan radiasi yang kemudian dinamai menurut namanya.", "stephen-hawking/person GBR", false},
	{"sci einstein", "Albert Einstein menerbitkan teori relativitas umum pada tahun 1915 ketika ia tinggal di Berlin.", "albert-einstein/person", false},
	{"sci curie", "Marie Curie, yang lahir di Warsawa, adalah orang pertama yang memenangi Hadiah Nobel dalam dua bidang ilmu yang berbeda.", "marie-curie/person", false},
	// known: unwanted person lagrange
	{"sci aditya", "Menurut Organisasi Riset Antariksa India, wahana Aditya-L1 telah memasuki orbit di sekitar titik Lagrange pertama untuk mengamati Matahari.", "ind-isro/agency", true},
	{"sci hope mars", "Wahana Hope milik Uni Emirat Arab memasuki orbit Mars pada bulan Februari 2021, menjadikannya misi antarplanet pertama dunia Arab.", "ARE", false},
	{"sci esa juice", "Badan Antariksa Eropa meluncurkan misi JUICE dengan roket Ariane 5 untuk mempelajari bulan-bulan es Jupiter.", "esa/igo", false},
	{"sci pfizer biontech", "Pfizer dan mitranya dari Jerman, BioNTech, memperoleh izin penggunaan darurat pertama untuk vaksin COVID-19 dari regulator Britania Raya.", "pfizer/organization biontech/organization DEU GBR", false},
	{"sci fda lecanemab", "Badan Pengawas Obat dan Makanan AS menyetujui obat Alzheimer lecanemab yang dikembangkan oleh Eisai dan Biogen.", "usa-fda/agency eisai/organization biogen-idec-inc/organization", false},
	{"sport infantino", "Presiden FIFA Gianni Infantino mengumumkan bahwa Piala Dunia 2034 akan diselenggarakan oleh Arab Saudi.", "fifa/organization gianni-infantino/person SAU", false},
	{"sport ioc bach", "Komite Olimpiade Internasional yang diketuai Thomas Bach melarang atlet Rusia bertanding di bawah bendera negaranya pada Olimpiade Paris.", "ioc/organization thomas-bach/person RUS", false},
	{"sport coventry", "Kirsty Coventry, mantan perenang asal Zimbabwe, terpilih sebagai perempuan pertama yang memimpin Komite Olimpiade Internasional.", "kirsty-coventry/person ZWE ioc/organization", false},
	{"sport uefa fifa rusia", "UEFA dan FIFA menangguhkan seluruh tim Rusia dari kompetisi internasional setelah invasi ke Ukraina.", "uefa/organization fifa/organization RUS UKR", false},
	{"sport wada perenang", "Badan Antidoping Dunia mengatakan sampel para perenang Tiongkok positif mengandung zat terlarang, tetapi menerima penjelasan bahwa zat itu berasal dari kontaminasi makanan.", "wada/organization CHN", false},
	{"sport messi qatar", "Lionel Messi memimpin Argentina meraih gelar Piala Dunia ketiganya setelah mengalahkan Prancis melalui adu penalti di Qatar.", "lionel-messi/person ARG FRA QAT", false},
	{"sport coe", "Sebastian Coe, Presiden World Athletics dan mantan juara Olimpiade, mencalonkan diri untuk memimpin Komite Olimpiade Internasional.", "sebastian-coe/person world-athletics/organization ioc/organization", false},
	{"sport fia", "Federasi Otomotif Internasional mengubah aturan teknis Formula Satu untuk musim 2026 guna mengurangi ketergantungan pada bahan bakar fosil.", "fia/organization", false},
	// known: missing jordan-chiles
	{"sport cas chiles", "Pengadilan Arbitrase Olahraga di Lausanne menolak banding pesenam Amerika Serikat Jordan Chiles atas medali perunggunya.", "cas/organization jordan-chiles/person USA", true},
	{"sport bwf", "Federasi Bulu Tangkis Dunia mengumumkan bahwa Kejuaraan Dunia 2026 akan digelar di New Delhi.", "bwf/organization", false},
	{"sport icc kriket", "Dewan Kriket Internasional memindahkan kantor pusatnya dari London ke Dubai pada tahun 2005.", "international-cricket-council/organization", false},
	{"sport blatter", "Sepp Blatter, yang memimpin FIFA selama tujuh belas tahun, dilarang terlibat dalam kegiatan sepak bola oleh komite etik badan itu pada tahun 2015.", "sepp-blatter/person fifa/organization", false},
	{"sport platini", "Michel Platini, mantan Presiden UEFA, dibebaskan dari dakwaan penipuan oleh sebuah pengadilan di Swiss bersama Sepp Blatter.", "michel-platini/person uefa/organization CHE sepp-blatter/person", false},
	{"hist proklamasi", "Sukarno dan Mohammad Hatta memproklamasikan kemerdekaan Indonesia pada tanggal 17 Agustus 1945 di Jakarta.", "sukarno/person mohammad-hatta/person IDN", false},
	{"hist mandela bebas", "Nelson Mandela dibebaskan dari penjara pada tahun 1990 setelah menjalani hukuman selama 27 tahun atas perlawanannya terhadap apartheid.", "nelson-mandela/person", false},
	{"hist gorbachev", "Mikhail Gorbachev, pemimpin terakhir Uni Soviet, mengundurkan diri pada tanggal 25 Desember 1991.", "mikhail-gorbachev/person SUN", false},
	{"hist tembok berlin", "Tembok Berlin, yang dibangun oleh pemerintah Jerman Timur pada tahun 1961, diruntuhkan oleh warga pada bulan November 1989.", "DDR", false},
	{"hist kennedy dallas", "Presiden John F. Kennedy dibunuh di Dallas, Texas, pada tanggal 22 November 1963 oleh Lee Harvey Oswald, menurut Komisi Warren.", "john-f-kennedy/person lee-harvey-oswald/person warren-commission/agency", false},
	{"hist nixon", "Richard Nixon menjadi satu-satunya presiden Amerika Serikat yang mengundurkan diri dari jabatannya, menyusul skandal Watergate.", "richard-m-nixon/person USA", false},
	{"hist gandhi garam", "Mahatma Gandhi memimpin Pawai Garam pada tahun 1930 sebagai bentuk perlawanan tanpa kekerasan terhadap pemerintahan kolonial Inggris.", "mahatma-gandhi/person GBR", false},
	{"hist nehru", "Jawaharlal Nehru menjabat sebagai perdana menteri pertama India sejak kemerdekaan negara itu pada tahun 1947 hingga wafatnya pada tahun 1964.", "jawaharlal-nehru/person IND", false},
	{"hist de gaulle", "Charles de Gaulle mendirikan Republik Kelima Prancis pada tahun 1958 dan menjabat sebagai presiden pertamanya.", "charles-de-gaulle/person FRA", false},
	{"hist thatcher falklands", "Margaret Thatcher, perdana menteri perempuan pertama Britania Raya, memimpin negaranya dalam Perang Falklands melawan Argentina pada tahun 1982.", "margaret-thatcher/person GBR ARG", false},
	{"hist mao tiananmen", "Mao Zedong memproklamasikan berdirinya Republik Rakyat Tiongkok di Lapangan Tiananmen pada tanggal 1 Oktober 1949.", "mao-zedong/person CHN", false},
	// known: unwanted state CHN
	{"hist deng reformasi", "Di bawah kepemimpinan Deng Xiaoping, Partai Komunis Tiongkok memulai reformasi ekonomi yang membuka negara itu bagi investasi asing.", "deng-xiaoping/person ccp/organization", true},
	{"hist lincoln gettysburg", "Abraham Lincoln menyampaikan Pidato Gettysburg pada bulan November 1863, empat bulan setelah pertempuran yang menentukan dalam Perang Saudara Amerika.", "abraham-lincoln/person", false},
	{"hist napoleon waterloo", "Napoleon Bonaparte dikalahkan oleh pasukan Inggris dan Prusia dalam Pertempuran Waterloo pada tahun 1815.", "napoleon-bonaparte/person GBR", false},
	{"hist pbb berdiri", "Perserikatan Bangsa-Bangsa didirikan pada tanggal 24 Oktober 1945 oleh 51 negara anggota, menggantikan Liga Bangsa-Bangsa.", "united-nations/igo league-of-nations/igo", false},
	{"hist hammarskjold", "Dag Hammarskjöld, Sekretaris Jenderal PBB kedua, tewas dalam kecelakaan pesawat di Rhodesia Utara pada tahun 1961.", "dag-hammarskjold/person united-nations/igo", false},
	{"hist annan nobel", "Kofi Annan dan Perserikatan Bangsa-Bangsa bersama-sama dianugerahi Hadiah Nobel Perdamaian pada tahun 2001.", "kofi-annan/person united-nations/igo", false},
	{"hist franz ferdinand", "Pembunuhan Archduke Franz Ferdinand dari Austria-Hongaria di Sarajevo pada bulan Juni 1914 memicu Perang Dunia Pertama.", "franz-ferdinand/person", false},
	{"hist maastricht", "Perjanjian Maastricht, yang ditandatangani oleh dua belas negara anggota Masyarakat Eropa pada tahun 1992, mendirikan Uni Eropa.", "european-communities/igo european-union/igo", false},
	{"hist brexit", "Britania Raya secara resmi meninggalkan Uni Eropa pada tanggal 31 Januari 2020, lebih dari tiga tahun setelah referendum Brexit.", "GBR european-union/igo", false},
	{"hist elizabeth balmoral", "Ratu Elizabeth II, yang bertakhta selama tujuh puluh tahun, wafat di Kastel Balmoral, Skotlandia, pada bulan September 2022.", "elizabeth-ii/person", false},
	{"hist charles penobatan", "Raja Charles III dan Ratu Camilla dinobatkan di Westminster Abbey pada tanggal 6 Mei 2023.", "charles-iii/person queen-camilla/person", false},
	{"hist soeharto", "Soeharto mengundurkan diri sebagai Presiden Indonesia pada bulan Mei 1998 setelah berkuasa selama 32 tahun di tengah krisis keuangan Asia.", "suharto/person IDN", false},
	{"hist lee kuan yew", "Lee Kuan Yew, perdana menteri pendiri Singapura, memimpin negara itu dari tahun 1959 hingga 1990.", "lee-kuan-yew/person SGP", false},
	{"hist paus fransiskus", "Paus Fransiskus, paus pertama dari Amerika Latin, wafat pada bulan April 2025, dan Kardinal Robert Prevost terpilih sebagai penggantinya dengan nama Leo XIV.", "pope-francis/person pope-leo-xiv/person", false},
	{"hist benediktus", "Paus Benediktus XVI menjadi paus pertama dalam hampir enam abad yang mengundurkan diri ketika ia melepaskan jabatannya pada tahun 2013.", "pope-benedict-xvi/person", false},
	{"hist obama nobel", "Barack Obama dianugerahi Hadiah Nobel Perdamaian pada tahun 2009, kurang dari setahun setelah dilantik sebagai presiden.", "barack-obama/person", false},
	{"cult unesco batik", "UNESCO menetapkan batik Indonesia sebagai Warisan Budaya Takbenda Kemanusiaan pada bulan Oktober 2009.", "unesco/igo IDN", false},
	{"cult dylan", "Akademi Swedia menganugerahkan Hadiah Nobel Sastra kepada penyanyi Amerika Serikat Bob Dylan, yang awalnya tidak menanggapi pengumuman itu.", "swedish-academy/organization bob-dylan/person USA", false},
	{"cult han kang", "Penulis Korea Selatan Han Kang menjadi perempuan Asia pertama yang memenangi Hadiah Nobel Sastra.", "han-kang/person KOR", false},
	{"cult taylor swift", "Tur konser Eras milik penyanyi Amerika Taylor Swift menjadi tur dengan pendapatan terbesar sepanjang sejarah, menurut majalah Billboard.", "taylor-swift/person USA billboard/media", false},
	// known: unwanted person oscar; unwanted person oppenheimer
	{"cult oscar nolan", "Akademi Seni dan Ilmu Gambar Bergerak menganugerahkan Oscar untuk film terbaik kepada Oppenheimer karya sutradara Christopher Nolan.", "ampas/organization christopher-nolan/person", true},
	// known: missing bts; missing KOR
	{"cult bts pbb", "Kelompok musik Korea Selatan BTS tampil di depan Majelis Umum PBB pada tahun 2021 atas undangan Presiden Moon Jae-in.", "bts/organization KOR un-general-assembly/igo moon-jae-in/person", true},
	{"cult louvre", "Museum Louvre di Paris ditutup sementara setelah pencuri membawa kabur delapan perhiasan bersejarah pada bulan Oktober 2025.", "louvre/organization", false},
	{"cult eurovision", "Swiss memenangi Kontes Lagu Eurovision 2024 di Malmö, sehingga berhak menjadi tuan rumah kontes tahun berikutnya, menurut Persatuan Penyiaran Eropa.", "CHE ebu/organization", false},
	{"cult bong joon-ho", "Sutradara Korea Selatan Bong Joon-ho memenangi Palme d'Or di Festival Film Cannes dengan film Parasite pada tahun 2019.", "bong-joon-ho/person KOR", false},
	{"cult shakespeare", "William Shakespeare, yang dianggap sebagai penulis terbesar dalam bahasa Inggris, menulis sekitar 39 drama dan 154 soneta.", "william-shakespeare/person", false},
	{"cult mozart", "Wolfgang Amadeus Mozart lahir di Salzburg pada tahun 1756 dan mulai menggubah musik sejak usia lima tahun.", "wolfgang-amadeus-mozart/person", false},
	{"none notre dame", "Katedral Notre-Dame di Paris dibuka kembali pada bulan Desember 2024, lima tahun setelah kebakaran yang menghancurkan atap dan menaranya.", "", false},
	{"none korea gencatan", "Perjanjian gencatan senjata yang mengakhiri pertempuran dalam Perang Korea ditandatangani di Panmunjom pada tanggal 27 Juli 1953.", "", false},
	{"none perjanjian paris", "Perjanjian Paris tentang perubahan iklim ditandatangani oleh 195 pihak pada bulan Desember 2015 dan mulai berlaku setahun kemudian.", "", false},
	{"none gempa dini hari", "Gempa berkekuatan 7,8 mengguncang wilayah selatan negara itu pada dini hari, ketika sebagian besar warga masih tidur.", "", false},
	{"none suhu rata-rata", "Menurut para peneliti, suhu rata-rata global pada tahun 2024 adalah yang tertinggi sejak pencatatan dimulai pada pertengahan abad kesembilan belas.", "", false},
	{"none harga minyak", "Harga minyak mentah naik lebih dari empat persen setelah muncul laporan bahwa pasokan global akan berkurang pada kuartal berikutnya.", "", false},
	{"none gerhana", "Gerhana Matahari total dapat disaksikan di sebagian besar wilayah Amerika Utara pada tanggal 8 April 2024.", "", false},
	{"none final imbang", "Pertandingan final yang dihadiri lebih dari 88.000 penonton itu berakhir imbang dua gol sama kuat setelah perpanjangan waktu.", "", false},
	{"none arkeolog", "Para arkeolog menemukan sisa-sisa kota kuno yang diperkirakan berusia lebih dari tiga ribu tahun di bawah pasir gurun.", "", false},
	{"none kebakaran hutan", "Kebakaran hutan yang dipicu oleh angin kencang telah menghanguskan lebih dari 16.000 bangunan, menurut pihak berwenang setempat.", "", false},
	{"none partisipasi pemilih", "Jumlah pemilih yang memberikan suara mencapai 66 persen, tertinggi dalam lebih dari satu abad.", "", false},
	{"none komet", "Komet itu akan kembali mendekati Matahari dalam waktu sekitar 76 tahun.", "", false},
	{"none ratifikasi", "Perjanjian itu mulai berlaku enam bulan setelah diratifikasi oleh lima puluh negara.", "", false},
	{"none hadiah utama", "Pemenang hadiah utama akan menerima uang tunai sebesar satu juta dolar dan sebuah medali emas.", "", false},
	{"none amfibi", "Sekitar 40 persen spesies amfibi di dunia kini terancam punah, menurut sebuah studi yang diterbitkan pada hari Rabu.", "", false},
}

// idTransWiki40Batch2Rows are the second batch, written and annotated
// after the rules and data of batch 1 and before the extractor ran on them:
// other wars' names, the new federations, agencies, companies and figures
// in other phrasings, occupations before names. 7 of 18 on the base code,
// 14 of 18 with batch 1's rules and data, 15 of 18 after one fix batch 2
// showed ("menurut para sejarawan, Perang Irak …" had become a person once
// the state was no longer read there).
var idTransWiki40Batch2Rows = []wantRow{
	{"b2 perang teluk irak", "Menurut para sejarawan, Perang Irak yang dimulai pada tahun 2003 menewaskan lebih dari seratus ribu warga sipil.", "", false},
	// known: unwanted military usa-armed-forces; missing USA
	{"b2 perang vietnam kennedy", "Presiden John F. Kennedy meningkatkan jumlah penasihat militer Amerika Serikat sebelum Perang Vietnam meluas.", "john-f-kennedy/person USA", true},
	{"b2 perang rusia ukraina", "Perang Rusia di Ukraina telah memasuki tahun keempat, menurut pejabat NATO.", "RUS UKR nato/igo", false},
	{"b2 infantino trump", "Presiden FIFA Gianni Infantino bertemu dengan Presiden AS Donald Trump di Gedung Putih untuk membahas Piala Dunia 2026.", "fifa/organization gianni-infantino/person USA donald-trump/person", false},
	// known: unwanted agency gbr-komite-penyelenggara-olimpiade-london
	{"b2 coe iaaf", "Sebastian Coe, yang memimpin Komite Penyelenggara Olimpiade London 2012, terpilih sebagai Presiden IAAF pada tahun 2015.", "sebastian-coe/person world-athletics/organization", true},
	{"b2 fia verstappen", "Federasi Otomotif Internasional menjatuhkan sanksi kepada pebalap Belanda Max Verstappen karena mengumpat dalam konferensi pers.", "fia/organization max-verstappen/person NLD", false},
	{"b2 fisikawan higgs", "Fisikawan Inggris Peter Higgs, yang meramalkan keberadaan boson yang kemudian dinamai menurut namanya, meninggal pada usia 94 tahun.", "peter-higgs/person GBR", false},
	{"b2 astronaut sunita", "Astronaut NASA Sunita Williams kembali ke Bumi setelah lebih dari sembilan bulan berada di Stasiun Antariksa Internasional.", "usa-nasa/agency sunita-williams/person", false},
	{"b2 hammarskjold annan", "Kofi Annan, seperti Dag Hammarskjöld sebelumnya, dianugerahi Hadiah Nobel Perdamaian saat menjabat Sekretaris Jenderal PBB.", "kofi-annan/person dag-hammarskjold/person united-nations/igo", false},
	{"b2 napoleon rusia", "Invasi Napoleon Bonaparte ke Rusia pada tahun 1812 berakhir dengan mundurnya pasukan Prancis di tengah musim dingin.", "napoleon-bonaparte/person RUS FRA", false},
	{"b2 cnsa tianwen", "Badan Antariksa Nasional China mengumumkan bahwa wahana Tianwen-2 telah diluncurkan untuk mengambil sampel dari sebuah asteroid.", "chn-cnsa/agency", false},
	{"b2 kanada badan antariksa", "Badan Antariksa Kanada mengatakan astronaut Jeremy Hansen akan ikut dalam misi Artemis II mengelilingi Bulan.", "canadian-space-agency/agency jeremy-hansen/person", false},
	{"b2 tplf mekelle", "Front Pembebasan Rakyat Tigray menguasai kota Mekelle selama hampir dua tahun, menurut laporan PBB.", "tigray-peoples-liberation-front/armed_group united-nations/igo", false},
	{"b2 ebu israel", "Persatuan Penyiaran Eropa menolak seruan untuk mengeluarkan Israel dari Kontes Lagu Eurovision.", "ebu/organization ISR", false},
	// known: unwanted person mona-lisa
	{"b2 louvre mona lisa", "Museum Louvre, yang menyimpan lukisan Mona Lisa, dikunjungi hampir sembilan juta orang pada tahun 2024.", "louvre/organization", true},
	{"b2 platini uefa", "Michel Platini terpilih sebagai Presiden UEFA pada tahun 2007 setelah mengalahkan Lennart Johansson.", "michel-platini/person uefa/organization lennart-johansson/person", false},
	{"b2 eisai jepang", "Perusahaan farmasi Jepang Eisai mengatakan obat itu memperlambat penurunan daya ingat sebesar 27 persen.", "eisai/organization JPN", false},
	{"b2 none perang dunia", "Perang Dunia Kedua berakhir di Eropa pada bulan Mei 1945 dan di Asia pada bulan Agustus tahun yang sama.", "", false},
}

func TestIDTransWiki40Grid(t *testing.T) {
	t.Run("batch1", func(t *testing.T) { runWantGrid(t, "id", idTransWiki40Rows, 150) })
	t.Run("batch2", func(t *testing.T) { runWantGrid(t, "id", idTransWiki40Batch2Rows, 10) })
}
