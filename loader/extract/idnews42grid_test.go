package extract

import "testing"

// idNews42GridRows are Indonesian sentences written for the test (made up in
// the style of Indonesian news translated from English wire copy about world
// events of 2015-2018; never copied or translated from a data set): US
// elections and campaigns (campaign managers, party committees, White House
// spokespeople, the FBI and the special counsel), Brexit and British
// politics, the Syrian war and refugees, terrorism in Europe, the Turkish
// coup attempt, the Philippines' drug war, Brazil's and South Korea's
// impeachments and tech companies in court. Persons are named with and
// without titles, ordinary people quoted by name; parties and bodies
// (ministries, courts, legislatures, police forces, agencies, party
// committees) by their Indonesian names.
//
// Annotated before the extractor ran on them, by the conventions of
// TestDomesticGrid (domGridProblems: "id/kind/country"; a row must give
// exactly its wanted actors other than places): a person or body the
// gazetteer holds is its id, any other person the slug of the name as
// written without titles (country only where a title or demonym gives it);
// a state named in a title, as a demonym, or as a capital that acts is an
// actor; a state inside a body's name is none of its own. Article date
// 2017-06-01.
//
// First run: 103 of 150 as first annotated; four annotations were corrected
// before any rule, to the gazetteer's spelling (vitaliy-churkin,
// haidar-al-abadi) or the grid's own convention that a body named in a
// title is wanted ("Anggota DPR", "komite parlemen Inggris"): 106 of 150
// before (44 known). After the pass's data and name particles: 120 of 150
// (30 known); after the rule that a known body's name a facility head opens
// is no name given after the person behind it (bodyNamedBefore): 122 of 150
// (28 known).
var idNews42GridRows = []domGridRow{
	// US elections and campaigns, 2015-2018.
	{"us manajer kampanye manafort", "Manajer kampanye Trump, Paul Manafort, mengundurkan diri setelah laporan pembayaran dari partai pro-Rusia di Ukraina.", []string{"paul-manafort/person/USA", "donald-trump/person/USA", "UKR"}},
	{"us penasihat conway", "Penasihat senior Gedung Putih Kellyanne Conway membela pernyataan juru bicara soal jumlah hadirin pelantikan.", []string{"kellyanne-conway/person/USA", "usa-presidency/government/USA"}},
	{"us jubir spicer", "Juru bicara Gedung Putih Sean Spicer menuduh media sengaja meremehkan jumlah penonton.", []string{"sean-spicer/person/USA", "usa-presidency/government/USA"}},
	{"us sanders briefing", "Sekretaris Pers Gedung Putih Sarah Huckabee Sanders menolak menjawab pertanyaan tentang penyelidikan itu.", []string{"sarah-huckabee-sanders/person/USA", "usa-presidency/government/USA"}},
	{"us comey dipecat", "Trump memecat Direktur FBI James Comey di tengah penyelidikan dugaan campur tangan Rusia dalam pemilu.", []string{"donald-trump/person/USA", "james-comey/person/USA", "usa-fbi/agency/USA", "RUS"}},
	{"us mueller penasihat khusus", "Wakil Jaksa Agung Rod Rosenstein menunjuk mantan Direktur FBI Robert Mueller sebagai penasihat khusus.", []string{"rod-rosenstein/person/USA", "robert-mueller/person/USA", "usa-fbi/agency/USA"}},
	{"us sessions mundur dari penyelidikan", "Jaksa Agung Jeff Sessions menyatakan tidak akan ikut dalam penyelidikan terkait kampanye presiden.", []string{"jeff-sessions/person/USA"}},
	{"us flynn mengaku bersalah", "Mantan penasihat keamanan nasional Michael Flynn mengaku bersalah berbohong kepada FBI.", []string{"michael-flynn/person/USA", "usa-fbi/agency/USA"}},
	{"us kushner bersaksi", "Menantu presiden, Jared Kushner, bersaksi secara tertutup di depan Komite Intelijen Senat.", []string{"jared-kushner/person/USA", "usa-senate/legislature/USA"}},
	{"us clinton email", "Calon presiden dari Partai Demokrat Hillary Clinton menyebut penggunaan server email pribadi sebagai sebuah kesalahan.", []string{"hillary-clinton/person/USA", "us-democratic-party/organization/USA"}},
	{"us sanders new hampshire", "Senator Vermont Bernie Sanders memenangi pemilihan pendahuluan di New Hampshire dengan selisih lebar.", []string{"bernie-sanders/person/USA"}},
	{"us cruz iowa", "Senator Texas Ted Cruz mengalahkan Trump dalam kaukus Partai Republik di Iowa.", []string{"ted-cruz/person/USA", "donald-trump/person/USA", "us-republican-party/organization/USA"}},
	{"us pence cawapres", "Gubernur Indiana Mike Pence dipilih sebagai calon wakil presiden dalam konvensi nasional Partai Republik di Cleveland.", []string{"mike-pence/person/USA", "us-republican-party/organization/USA"}},
	{"us kaine cawapres", "Clinton memilih Senator Virginia Tim Kaine sebagai pendampingnya dalam pemilihan presiden.", []string{"hillary-clinton/person/USA", "tim-kaine/person"}},
	{"us podesta email", "WikiLeaks merilis ribuan email milik ketua tim kampanye Clinton, John Podesta.", []string{"wikileaks/organization", "john-podesta/person/USA", "hillary-clinton/person/USA"}},
	{"us mook manajer", "Manajer kampanye Clinton, Robby Mook, menuduh Moskow membantu Trump dengan membocorkan email partai.", []string{"robby-mook/person", "hillary-clinton/person/USA", "RUS", "donald-trump/person/USA"}},
	{"us wasserman schultz", "Ketua Komite Nasional Demokrat Debbie Wasserman Schultz mengundurkan diri menjelang konvensi partai.", []string{"debbie-wasserman-schultz/person/USA", "democratic-national-committee/organization/USA"}},
	{"us brazile", "Ketua sementara Komite Nasional Demokrat Donna Brazile mengakui memberikan pertanyaan debat kepada tim Clinton.", []string{"donna-brazile/person/USA", "democratic-national-committee/organization/USA", "hillary-clinton/person/USA"}},
	{"us priebus kepala staf", "Ketua Komite Nasional Republik Reince Priebus ditunjuk sebagai kepala staf Gedung Putih.", []string{"reince-priebus/person/USA", "republican-national-committee/organization/USA", "usa-presidency/government/USA"}},
	{"us bannon breitbart", "Kepala strategi Gedung Putih Steve Bannon kembali memimpin situs berita Breitbart setelah dipecat.", []string{"steve-bannon/person/USA", "usa-presidency/government/USA", "breitbart-news/media/USA"}},
	{"us lewandowski", "Mantan manajer kampanye Trump, Corey Lewandowski, bergabung dengan CNN sebagai komentator politik.", []string{"corey-lewandowski/person", "donald-trump/person/USA", "cnn/media/USA"}},
	{"us garland", "Senat menolak menggelar sidang konfirmasi bagi calon hakim agung Merrick Garland.", []string{"usa-senate/legislature/USA", "merrick-garland/person/USA"}},
	{"us gorsuch dilantik", "Hakim Neil Gorsuch dilantik sebagai hakim Mahkamah Agung AS setelah Senat mengubah aturan pemungutan suara.", []string{"neil-gorsuch/person", "usa-supreme-court/court/USA", "usa-senate/legislature/USA"}},
	{"us kavanaugh ford", "Christine Blasey Ford bersaksi di depan Komite Kehakiman Senat bahwa Brett Kavanaugh menyerangnya secara seksual.", []string{"christine-blasey-ford/person", "usa-senate/legislature/USA", "brett-kavanaugh/person/USA"}},
	{"us cohen divonis", "Mantan pengacara pribadi Trump, Michael Cohen, dijatuhi hukuman tiga tahun penjara oleh pengadilan federal di New York.", []string{"michael-cohen/person/USA", "donald-trump/person/USA"}},
	{"us yates dipecat", "Pelaksana tugas Jaksa Agung Sally Yates dipecat setelah menolak membela larangan perjalanan.", []string{"sally-yates/person/USA"}},
	{"us tillerson dipecat", "Menteri Luar Negeri AS Rex Tillerson diberhentikan lewat sebuah cuitan presiden.", []string{"rex-tillerson/person/USA", "USA"}},
	{"us mattis", "Menteri Pertahanan Jim Mattis menyatakan Pentagon akan menempatkan pasukan tambahan di perbatasan Meksiko.", []string{"jim-mattis/person/USA", "usa-defense-ministry/agency/USA", "MEX"}},
	{"us haley dk pbb", "Duta Besar AS untuk PBB Nikki Haley memveto rancangan resolusi tentang status Yerusalem di Dewan Keamanan.", []string{"nikki-haley/person/USA", "USA", "united-nations/igo", "un-security-council/igo"}},
	{"us ryan ketua dpr", "Ketua DPR AS Paul Ryan menyatakan tidak akan mencalonkan diri lagi dalam pemilu sela.", []string{"paul-ryan/person/USA", "usa-house/legislature/USA"}},
	{"us mcconnell", "Pemimpin Mayoritas Senat Mitch McConnell menunda pemungutan suara RUU layanan kesehatan.", []string{"mitch-mcconnell/person/USA", "usa-senate/legislature/USA"}},
	{"us pelosi schumer", "Pemimpin Demokrat Nancy Pelosi dan Chuck Schumer bertemu Trump di Ruang Oval untuk membahas anggaran tembok perbatasan.", []string{"nancy-pelosi/person/USA", "chuck-schumer/person/USA", "donald-trump/person/USA"}},
	{"us mccain menolak", "Senator Arizona John McCain memberikan suara penentu yang menggagalkan pencabutan Obamacare.", []string{"john-mccain/person/USA"}},
	{"us giuliani pengacara", "Rudy Giuliani, pengacara presiden, mengatakan kliennya tidak akan diwawancarai penyidik.", []string{"rudy-giuliani/person/USA"}},
	{"us schiff memo", "Anggota DPR dari Partai Demokrat Adam Schiff menyebut memo itu menyesatkan publik.", []string{"adam-schiff/person/USA", "usa-house/legislature/USA", "us-democratic-party/organization/USA"}},
	{"us papadopoulos", "Mantan penasihat kampanye George Papadopoulos dijatuhi hukuman 14 hari penjara.", []string{"george-papadopoulos/person"}},
	{"us pemilih ohio", "\"Saya memilih Trump karena pabrik-pabrik sudah tutup,\" kata Linda Walker, pensiunan guru di Youngstown, Ohio.", []string{"donald-trump/person/USA", "linda-walker/person"}},
	{"us departemen kehakiman", "Departemen Kehakiman AS mendakwa 13 warga Rusia atas upaya memengaruhi pemilu 2016.", []string{"usa-justice-ministry/agency/USA", "RUS"}},

	// Brexit and British politics.
	{"uk cameron referendum", "PM Inggris David Cameron mengumumkan referendum keanggotaan Uni Eropa akan digelar pada 23 Juni.", []string{"david-cameron/person/GBR", "GBR", "european-union/igo"}},
	{"uk cameron mundur", "Cameron mengundurkan diri sehari setelah pemilih memutuskan keluar dari Uni Eropa.", []string{"david-cameron/person/GBR", "european-union/igo"}},
	{"uk may pasal 50", "Perdana Menteri Theresa May secara resmi memicu Pasal 50 Perjanjian Lisbon.", []string{"theresa-may/person/GBR"}},
	{"uk johnson menlu", "Menteri Luar Negeri Inggris Boris Johnson mengundurkan diri sebagai protes atas rencana Chequers.", []string{"boris-johnson/person/GBR", "GBR"}},
	{"uk farage ukip", "Pemimpin Partai Kemerdekaan Inggris (UKIP) Nigel Farage menyebut hasil referendum sebagai hari kemerdekaan.", []string{"nigel-farage/person/GBR", "ukip/organization/GBR"}},
	{"uk corbyn buruh", "Pemimpin Partai Buruh Jeremy Corbyn menghadapi mosi tidak percaya dari anggota parlemen partainya sendiri.", []string{"jeremy-corbyn/person/GBR", "uk-labour-party/organization/GBR"}},
	{"uk gove", "Menteri Kehakiman Michael Gove mengejutkan partainya dengan mencalonkan diri sebagai pemimpin Partai Konservatif.", []string{"michael-gove/person/GBR", "uk-conservative-party/organization/GBR"}},
	{"uk davis brexit", "Menteri Brexit David Davis mengundurkan diri karena menilai rencana pemerintah terlalu lunak.", []string{"david-davis/person"}},
	{"uk rudd windrush", "Menteri Dalam Negeri Inggris Amber Rudd mundur akibat skandal Windrush.", []string{"amber-rudd/person/GBR", "GBR"}},
	{"uk khan walikota", "Wali Kota London Sadiq Khan meminta warga tetap tenang setelah serangan di Jembatan London.", []string{"sadiq-khan/person/GBR"}},
	{"uk jo cox", "Anggota parlemen dari Partai Buruh Jo Cox tewas ditembak dan ditikam di daerah pemilihannya di Yorkshire.", []string{"jo-cox/person", "uk-labour-party/organization/GBR"}},
	{"uk mair divonis", "Pengadilan Old Bailey menjatuhkan hukuman seumur hidup kepada Thomas Mair atas pembunuhan Cox.", []string{"thomas-mair/person", "jo-cox/person"}},
	{"uk gina miller", "Mahkamah Agung Inggris memutuskan pemerintah harus meminta persetujuan parlemen, memenangkan gugatan Gina Miller.", []string{"gbr-supreme-court/court/GBR", "gina-miller/person"}},
	{"uk majelis rendah", "Majelis Rendah Inggris menolak kesepakatan Brexit dengan selisih 230 suara.", []string{"gbr-commons/legislature/GBR"}},
	{"uk bercow", "Ketua Majelis Rendah John Bercow melarang pemerintah mengajukan kembali kesepakatan yang sama.", []string{"john-bercow/person", "gbr-commons/legislature/GBR"}},
	{"uk barnier", "Kepala perunding Brexit Uni Eropa Michel Barnier mengatakan waktu hampir habis.", []string{"michel-barnier/person/FRA", "european-union/igo"}},
	{"uk juncker", "Presiden Komisi Eropa Jean-Claude Juncker menyatakan tidak akan ada negosiasi ulang.", []string{"jean-claude-juncker/person/LUX", "european-commission/igo"}},
	{"uk tusk", "Presiden Dewan Eropa Donald Tusk menawarkan perpanjangan hingga akhir Oktober.", []string{"donald-tusk/person/POL", "european-council/igo"}},
	{"uk sturgeon", "Menteri Utama Skotlandia Nicola Sturgeon menuntut referendum kemerdekaan kedua.", []string{"nicola-sturgeon/person/GBR"}},
	{"uk snp", "Partai Nasional Skotlandia meraih 56 dari 59 kursi Skotlandia di Westminster.", []string{"scottish-national-party/organization/GBR"}},
	{"uk banks leave", "Pendonor kampanye Leave.EU, Arron Banks, diperiksa atas asal-usul sumbangan sebesar delapan juta pound.", []string{"arron-banks/person"}},
	{"uk kemendagri", "Kementerian Dalam Negeri Inggris menolak permohonan suaka ribuan anak pengungsi dari Calais.", []string{"gbr-home-office/agency/GBR"}},
	{"uk scotland yard", "Kepolisian Metropolitan London menangkap seorang pria berusia 18 tahun terkait ledakan bom di stasiun Parsons Green.", []string{"gbr-police-met/agency/GBR"}},
	{"uk pemilih sunderland", "\"Kami ingin mengambil kembali kendali atas perbatasan kami,\" kata Brian Hall, seorang pensiunan pekerja galangan kapal di Sunderland.", []string{"brian-hall/person"}},

	// Syria, refugees and the Islamic State.
	{"sy assad", "Presiden Suriah Bashar al-Assad menyebut serangan kimia di Khan Sheikhoun sebagai rekayasa.", []string{"bashar-al-assad/person/SYR", "SYR"}},
	{"sy de mistura", "Utusan khusus PBB untuk Suriah Staffan de Mistura membuka perundingan damai di Jenewa.", []string{"staffan-de-mistura/person/ITA", "united-nations/igo", "SYR"}},
	{"sy baghdadi", "Pemimpin ISIS Abu Bakr al-Baghdadi muncul dalam sebuah rekaman suara yang menyerukan serangan terhadap Barat.", []string{"abu-bakr-al-baghdadi/person/IRQ", "isis/armed_group"}},
	{"sy alan kurdi", "Foto jasad Alan Kurdi, bocah pengungsi Suriah berusia tiga tahun, di pantai Bodrum mengguncang dunia.", []string{"alan-kurdi/person", "SYR"}},
	{"sy merkel pengungsi", "Kanselir Jerman Angela Merkel membuka perbatasan bagi ratusan ribu pengungsi yang tertahan di Hungaria.", []string{"angela-merkel/person/DEU", "DEU", "HUN"}},
	{"sy orban pagar", "PM Hungaria Viktor Orban memerintahkan pembangunan pagar kawat berduri di perbatasan dengan Serbia.", []string{"viktor-orban/person/HUN", "HUN", "SRB"}},
	{"sy kerry lavrov", "Menlu AS John Kerry dan Menlu Rusia Sergei Lavrov menyepakati gencatan senjata di Suriah.", []string{"john-kerry/person/USA", "USA", "sergei-lavrov/person/RUS", "RUS", "SYR"}},
	{"sy churkin veto", "Duta Besar Rusia untuk PBB Vitaly Churkin memveto rancangan resolusi tentang Aleppo.", []string{"vitaliy-churkin/person/RUS", "RUS", "united-nations/igo"}},
	{"sy power dk", "Duta Besar AS Samantha Power menuduh Moskow melakukan kebiadaban di Dewan Keamanan PBB.", []string{"samantha-power/person/USA", "USA", "RUS", "un-security-council/igo"}},
	{"sy ban ki-moon", "Sekjen PBB Ban Ki-moon menyebut Aleppo telah menjadi sinonim neraka.", []string{"ban-ki-moon/person/KOR", "united-nations/igo"}},
	{"sy grandi unhcr", "Komisaris Tinggi PBB untuk Pengungsi Filippo Grandi menyerukan negara-negara kaya menampung lebih banyak pengungsi.", []string{"filippo-grandi/person/ITA", "unhcr/igo"}},
	{"sy helm putih", "Relawan Helm Putih menarik puluhan korban dari reruntuhan bangunan di Idlib.", []string{"white-helmets/organization/SYR"}},
	{"sy tentara pembebasan suriah", "Tentara Pembebasan Suriah yang didukung Turki merebut kota Afrin dari milisi Kurdi.", []string{"free-syrian-army/armed_group/SYR", "TUR"}},
	{"sy pengungsi lesbos", "\"Kami tidak punya pilihan selain menyeberangi laut,\" kata Ahmad Hamdan, pengungsi asal Aleppo yang tiba di Lesbos.", []string{"ahmad-hamdan/person"}},
	{"sy abadi mosul", "PM Irak Haider al-Abadi mengumumkan kemenangan atas ISIS di Mosul.", []string{"haidar-al-abadi/person/IRQ", "IRQ", "isis/armed_group"}},

	// Terrorism in Europe.
	{"eu hollande keadaan darurat", "Presiden Prancis Francois Hollande menetapkan keadaan darurat nasional setelah serangan di Paris.", []string{"francois-hollande/person/FRA", "FRA"}},
	{"eu molins jaksa", "Jaksa Paris Francois Molins mengatakan para penyerang dibagi dalam tiga tim.", []string{"francois-molins/person/FRA"}},
	{"eu abdeslam ditangkap", "Polisi Belgia menangkap Salah Abdeslam dalam penggerebekan di distrik Molenbeek, Brussel.", []string{"bel-police/agency/BEL", "salah-abdeslam/person"}},
	{"eu abaaoud tewas", "Abdelhamid Abaaoud, yang diduga merancang serangan, tewas dalam penggerebekan di Saint-Denis.", []string{"abdelhamid-abaaoud/person"}},
	{"eu cazeneuve", "Menteri Dalam Negeri Prancis Bernard Cazeneuve mengumumkan pengerahan 10.000 tentara di jalan-jalan.", []string{"bernard-cazeneuve/person/FRA", "FRA"}},
	{"eu valls", "PM Prancis Manuel Valls dicemooh saat menghadiri upacara peringatan korban di Nice.", []string{"manuel-valls/person/FRA", "FRA"}},
	{"eu amri berlin", "Anis Amri, tersangka serangan truk di pasar Natal Berlin, tewas ditembak polisi di Milan.", []string{"anis-amri/person"}},
	{"eu de maiziere", "Menteri Dalam Negeri Jerman Thomas de Maiziere mengakui adanya kegagalan aparat keamanan.", []string{"thomas-de-maiziere/person/DEU", "DEU"}},
	{"eu kejaksaan federal jerman", "Kejaksaan federal Jerman mengambil alih penyelidikan karena dugaan motif terorisme.", []string{"deu-attorney-general/agency/DEU"}},
	{"eu michel brussel", "PM Belgia Charles Michel menyebut serangan di bandara dan stasiun metro Brussel sebagai hari yang gelap.", []string{"charles-michel/person/BEL", "BEL"}},
	{"eu masood westminster", "Khalid Masood menabrakkan mobilnya ke pejalan kaki di Jembatan Westminster sebelum menikam seorang polisi.", []string{"khalid-masood/person"}},
	{"eu abedi manchester", "Kepolisian Greater Manchester mengidentifikasi pelaku bom bunuh diri di konser Ariana Grande sebagai Salman Abedi.", []string{"gbr-police-gmp/agency/GBR", "ariana-grande/person", "salman-abedi/person"}},
	{"eu saksi nice", "\"Truk itu melaju zig-zag untuk menabrak sebanyak mungkin orang,\" kata Franck Sidoli, yang kehilangan ibunya dalam serangan itu.", []string{"franck-sidoli/person"}},

	// The Turkish coup attempt.
	{"tr erdogan facetime", "Presiden Turki Recep Tayyip Erdogan menyerukan rakyat turun ke jalan melalui siaran FaceTime.", []string{"recep-tayyip-erdogan/person/TUR", "TUR"}},
	{"tr gulen", "Ulama Fethullah Gulen yang tinggal di Pennsylvania membantah terlibat dalam upaya kudeta.", []string{"fethullah-gulen/person/TUR"}},
	{"tr yildirim", "PM Turki Binali Yildirim menyatakan 161 orang tewas dalam upaya kudeta semalam.", []string{"binali-yildirim/person/TUR", "TUR"}},
	{"tr akar disandera", "Kepala Staf Umum Hulusi Akar sempat disandera oleh tentara pemberontak di markas besar militer.", []string{"hulusi-akar/person/TUR"}},
	{"tr cavusoglu", "Menlu Turki Mevlut Cavusoglu menuntut Washington mengekstradisi Gulen.", []string{"mevlut-cavusoglu/person/TUR", "TUR", "USA", "fethullah-gulen/person/TUR"}},
	{"tr kalin jubir", "Juru bicara kepresidenan Turki Ibrahim Kalin mengatakan Ankara tidak akan tunduk pada sanksi.", []string{"ibrahim-kalin/person/TUR", "TUR"}},
	{"tr brunson", "Pengadilan di Izmir membebaskan pendeta Amerika Andrew Brunson setelah dua tahun ditahan.", []string{"andrew-brunson/person/USA", "USA"}},
	{"tr demirtas", "Ketua bersama Partai Demokratik Rakyat (HDP) Selahattin Demirtas ditahan atas tuduhan terorisme.", []string{"selahattin-demirtas/person/TUR", "dem-party/organization/TUR"}},
	{"tr akp", "Partai Keadilan dan Pembangunan yang berkuasa memenangi referendum konstitusi dengan 51 persen suara.", []string{"akp/organization/TUR"}},
	{"tr kilicdaroglu", "Pemimpin oposisi Kemal Kilicdaroglu memimpin pawai keadilan dari Ankara ke Istanbul.", []string{"kemal-k-l-cdaroglu/person/TUR"}},
	{"tr mit", "Badan Intelijen Nasional Turki disebut telah menerima informasi tentang rencana kudeta beberapa jam sebelumnya.", []string{"tur-intelligence/agency/TUR"}},
	{"tr parlemen dibom", "Gedung Majelis Agung Nasional Turki dibom oleh jet tempur yang dikuasai komplotan kudeta.", []string{"tur-parliament/legislature/TUR"}},

	// The Philippines' drug war.
	{"ph duterte", "Presiden Filipina Rodrigo Duterte bersumpah akan melanjutkan perang melawan narkoba hingga akhir masa jabatannya.", []string{"rodrigo-duterte/person/PHL", "PHL"}},
	{"ph dela rosa", "Kepala Kepolisian Nasional Filipina Ronald dela Rosa menangis saat memberi keterangan di depan Senat.", []string{"ronald-dela-rosa/person/PHL", "phl-police/agency/PHL", "phl-senate/legislature/PHL"}},
	{"ph de lima ditangkap", "Senator Leila de Lima, pengkritik keras Duterte, ditangkap atas tuduhan narkoba.", []string{"leila-de-lima/person/PHL", "rodrigo-duterte/person/PHL"}},
	{"ph abella jubir", "Juru bicara kepresidenan Ernesto Abella mengatakan pemerintah menghormati proses hukum.", []string{"ernesto-abella/person"}},
	{"ph roque icc", "Juru bicara Duterte, Harry Roque, menyebut pemeriksaan pendahuluan Mahkamah Pidana Internasional sebagai buang-buang waktu.", []string{"rodrigo-duterte/person/PHL", "harry-roque/person", "icc/igo"}},
	{"ph bensouda", "Jaksa ICC Fatou Bensouda membuka pemeriksaan pendahuluan atas ribuan pembunuhan dalam perang narkoba.", []string{"fatou-bensouda/person/GMB", "icc/igo"}},
	{"ph kian", "Tiga polisi dinyatakan bersalah atas pembunuhan Kian delos Santos, siswa berusia 17 tahun di Caloocan.", []string{"kian-delos-santos/person"}},
	{"ph trillanes", "Senator Antonio Trillanes menuduh Duterte menyembunyikan kekayaan di rekening bank.", []string{"antonio-trillanes/person", "rodrigo-duterte/person/PHL"}},
	{"ph ressa rappler", "Pendiri Rappler Maria Ressa menyerahkan diri kepada polisi atas tuduhan penggelapan pajak.", []string{"rappler/media/PHL", "maria-ressa/person/PHL"}},
	{"ph pdea", "Badan Penegakan Narkoba Filipina mengambil alih operasi antinarkoba dari kepolisian.", []string{"phl-pdea/agency/PHL"}},
	{"ph ibu korban", "\"Anak saya bukan pengedar,\" kata Lorna Dizon, ibu seorang pemuda yang ditembak mati di Manila.", []string{"lorna-dizon/person"}},

	// Brazil's and South Korea's impeachments.
	{"br rousseff dimakzulkan", "Senat Brasil memakzulkan Presiden Dilma Rousseff atas tuduhan memanipulasi anggaran.", []string{"bra-senate/legislature/BRA", "dilma-rousseff/person/BRA"}},
	{"br temer", "Wakil Presiden Michel Temer dilantik sebagai presiden Brasil hingga akhir 2018.", []string{"michel-temer/person/BRA", "BRA"}},
	{"br cunha", "Ketua Dewan Deputi Eduardo Cunha, yang memimpin proses pemakzulan, ditangkap atas tuduhan korupsi.", []string{"eduardo-cunha/person", "bra-house/legislature/BRA"}},
	{"br moro lula", "Hakim Sergio Moro menjatuhkan hukuman hampir sepuluh tahun penjara kepada mantan presiden Luiz Inacio Lula da Silva.", []string{"sergio-moro/person/BRA", "luiz-inacio-lula-da-silva/person/BRA"}},
	{"br lula menyerahkan diri", "Lula menyerahkan diri kepada Polisi Federal di Sao Bernardo do Campo.", []string{"luiz-inacio-lula-da-silva/person/BRA", "bra-police/agency/BRA"}},
	{"br janot", "Jaksa Agung Brasil Rodrigo Janot mendakwa Temer menerima suap dari perusahaan pengolahan daging.", []string{"rodrigo-janot/person/BRA", "bra-attorney-general/agency/BRA", "michel-temer/person/BRA"}},
	{"br ma lula", "Mahkamah Agung Federal Brasil menolak permohonan Lula untuk tetap bebas selama proses banding.", []string{"bra-supreme-court/court/BRA", "luiz-inacio-lula-da-silva/person/BRA"}},
	{"br odebrecht", "Mantan bos Odebrecht Marcelo Odebrecht dijatuhi hukuman 19 tahun penjara.", []string{"odebrecht/organization/BRA", "marcelo-odebrecht/person"}},
	{"br bolsonaro ditikam", "Calon presiden sayap kanan Jair Bolsonaro ditikam saat berkampanye di Juiz de Fora.", []string{"jair-bolsonaro/person/BRA"}},
	{"kr park dimakzulkan", "Mahkamah Konstitusi Korea Selatan menguatkan pemakzulan Presiden Park Geun-hye.", []string{"kor-constitutional-court/court/KOR", "park-geun-hye/person/KOR"}},
	{"kr choi soon-sil", "Choi Soon-sil, teman dekat presiden, dihukum 20 tahun penjara atas tuduhan penyalahgunaan kekuasaan.", []string{"choi-soon-sil/person"}},
	{"kr lee jae-yong", "Wakil Ketua Samsung Electronics Lee Jae-yong ditangkap atas tuduhan menyuap Park.", []string{"samsung/organization/KOR", "lee-jae-yong/person", "park-geun-hye/person/KOR"}},
	{"kr jaksa khusus", "Jaksa khusus Park Young-soo meminta hukuman 12 tahun penjara bagi pewaris Samsung itu.", []string{"park-young-soo/person", "samsung/organization/KOR"}},
	{"kr lee jung-mi", "Ketua pelaksana tugas Mahkamah Konstitusi Lee Jung-mi membacakan putusan yang disiarkan langsung.", []string{"lee-jung-mi/person", "kor-constitutional-court/court/KOR"}},
	{"kr moon menang", "Calon Partai Demokrat Korea Moon Jae-in memenangi pemilihan presiden dengan 41 persen suara.", []string{"democratic-party-of-korea/organization/KOR", "moon-jae-in/person/KOR"}},
	{"kr majelis nasional", "Majelis Nasional Korea Selatan meloloskan mosi pemakzulan dengan 234 suara setuju.", []string{"kor-parliament/legislature/KOR"}},

	// Tech companies in court.
	{"tc apple fbi", "CEO Apple Tim Cook menolak perintah pengadilan untuk membantu FBI membuka iPhone milik pelaku penembakan San Bernardino.", []string{"apple-inc/organization/USA", "tim-cook/person/USA", "usa-fbi/agency/USA"}},
	{"tc vestager google", "Komisaris Persaingan Usaha Uni Eropa Margrethe Vestager menjatuhkan denda 2,4 miliar euro kepada Google.", []string{"margrethe-vestager/person/DNK", "european-union/igo", "google/organization/USA"}},
	{"tc zuckerberg kongres", "Pendiri Facebook Mark Zuckerberg meminta maaf di hadapan Kongres AS atas skandal Cambridge Analytica.", []string{"facebook/organization/USA", "mark-zuckerberg/person/USA", "usa-congress/legislature/USA", "cambridge-analytica/organization"}},
	{"tc wylie", "Mantan karyawan Cambridge Analytica Christopher Wylie bersaksi di depan komite parlemen Inggris.", []string{"cambridge-analytica/organization", "christopher-wylie/person", "gbr-parliament/legislature/GBR"}},
	{"tc nix diskors", "Dewan direksi Cambridge Analytica menskors CEO Alexander Nix setelah rekaman tersembunyi disiarkan.", []string{"cambridge-analytica/organization", "alexander-nix/person"}},
	{"tc waymo uber", "Waymo dan Uber mencapai kesepakatan damai dalam sengketa pencurian rahasia dagang mobil swakemudi.", []string{"waymo/organization/USA", "uber/organization/USA"}},
	{"tc kalanick", "Pendiri Uber Travis Kalanick mundur dari jabatan CEO di bawah tekanan para investor.", []string{"uber/organization/USA", "travis-kalanick/person"}},
	{"tc samsung apple paten", "Juri di San Jose memerintahkan Samsung membayar 539 juta dolar kepada Apple atas pelanggaran paten.", []string{"samsung/organization/KOR", "apple-inc/organization/USA"}},
	{"tc musk sec", "Komisi Sekuritas dan Bursa AS menggugat Elon Musk atas cuitan tentang rencana menjadikan Tesla perusahaan tertutup.", []string{"usa-sec/agency/USA", "elon-musk/person/USA", "tesla/organization/USA"}},
	{"tc microsoft irlandia", "Presiden Microsoft Brad Smith menyebut putusan itu sebagai kemenangan bagi privasi pelanggan.", []string{"microsoft/organization/USA", "brad-smith/person"}},
	{"tc qualcomm ftc", "Komisi Perdagangan Federal AS menggugat Qualcomm atas praktik monopoli cip modem.", []string{"usa-ftc/agency/USA", "qualcomm/organization/USA"}},
	{"tc holmes theranos", "Pendiri Theranos Elizabeth Holmes didakwa melakukan penipuan terhadap investor dan pasien.", []string{"theranos/organization/USA", "elizabeth-holmes/person"}},
	{"tc ico facebook", "Kantor Komisaris Informasi Inggris mendenda Facebook 500.000 pound atas kebocoran data.", []string{"gbr-ico/agency/GBR", "facebook/organization/USA"}},

	// Sentences with no actor.
	{"n jumlah pengungsi", "Lebih dari satu juta migran dan pengungsi tiba di Eropa melalui laut sepanjang tahun itu.", nil},
	{"n hasil referendum", "Sebanyak 51,9 persen pemilih mendukung keluar dari blok tersebut.", nil},
	{"n penghitungan suara", "Penghitungan suara berlangsung hingga dini hari di sejumlah negara bagian yang menjadi medan pertempuran.", nil},
	{"n korban tewas", "Jumlah korban tewas akibat serangan itu bertambah menjadi 86 orang.", nil},
	{"n juru bicara itu", "Juru bicara itu menolak berkomentar lebih lanjut tentang penyelidikan yang sedang berjalan.", nil},
	{"n tersangka ketiga", "Tersangka ketiga masih diburu polisi hingga Sabtu malam.", nil},
	{"n pasar saham", "Nilai tukar pound anjlok ke level terendah dalam 31 tahun.", nil},
	{"n para hakim", "Para hakim akan membacakan putusan mereka pada pekan depan.", nil},
}

// idNews42Known are the rows of idNews42GridRows the extractor still fails,
// with the reason.
var idNews42Known = map[string]string{
	"us mueller penasihat khusus": "'Wakil Jaksa Agung' makes the US attorney general's office of its own, which the row does not want",
	"us kushner bersaksi":         "'Komite Intelijen Senat' (a US Senate committee, no state named) is read as a new Indonesian agency",
	"us kaine cawapres":           "lone 'Clinton' (no office of the day) names no known person; 'Senator Virginia Tim Kaine' is missed",
	"us podesta email":            "lone 'Clinton' names no known person",
	"us mook manajer":             "lone 'Clinton' names no known person",
	"us brazile":                  "lone 'Clinton' (no office at the article date) names no known person",
	"us garland":                  "bare 'Senat' with no state names no body",
	"us gorsuch dilantik":         "bare 'Senat' with no state names no body; 'Hakim' gives the unknown judge the home state",
	"us kavanaugh ford":           "'Komite Kehakiman Senat' is read as a new Indonesian agency",
	"us mcconnell":                "'Pemimpin Mayoritas Senat' with no state names no body",
	"uk cameron mundur":           "lone 'Cameron' (out of office at the article date) names no known person",
	"uk davis brexit":             "'Menteri Brexit David Davis': 'Brexit' is read as part of the name",
	"uk jo cox":                   "bare 'Partai Buruh' is the Indonesian Labour Party even beside a British context",
	"uk mair divonis":             "'Pengadilan Old Bailey' is read as an Indonesian court; lone 'Cox' names no one",
	"uk bercow":                   "'Ketua Majelis Rendah' with no state names no body",
	"uk banks leave":              "'Leave.EU' (a campaign) gives the European Union",
	"eu molins jaksa":             "'Jaksa Paris' gives France as an actor, which the row does not want",
	"eu kejaksaan federal jerman": "lower-case 'Kejaksaan federal Jerman' gives the state, not a prosecutor's body",
	"tr parlemen dibom":           "'Gedung Majelis Agung Nasional Turki' (the building) gives no actor",
	"ph roque icc":                "lone 'Duterte' names no known person",
	"ph kian":                     "'Kian delos Santos': an unknown given name before the particle 'delos' makes no person",
	"br cunha":                    "'Dewan Deputi' (Brazil's Chamber of Deputies) is in no list",
	"br janot":                    "'Jaksa Agung Brasil' gives the state; the row wants the attorney general's office",
	"kr lee jae-yong":             "lone 'Park' names no known person",
	"kr lee jung-mi":              "bare 'Mahkamah Konstitusi' is the Indonesian court",
}

// TestIDNews42Grid checks idNews42GridRows.
func TestIDNews42Grid(t *testing.T) {
	runDomGrid(t, idNews42GridRows, idNews42Known, "2017-06-01")
}

// idNews42Batch2Rows are a second batch in the same class, written and
// annotated after the first batch's data and before their first run: 12 of
// 18 on that data; one alias line after it (Partai Republik Prancis) fixed
// no row whole (see b2 le pen fillon): 12 of 18 after.
var idNews42Batch2Rows = []domGridRow{
	{"b2 dnc diretas", "Komite Nasional Demokrat menggugat kampanye Trump dan pemerintah Rusia atas peretasan server partai.", []string{"democratic-national-committee/organization/USA", "donald-trump/person/USA", "RUS"}},
	{"b2 rnc ketua mcdaniel", "Ketua Komite Nasional Republik Ronna McDaniel memuji hasil pemilu sela di Senat.", []string{"republican-national-committee/organization/USA", "ronna-mcdaniel/person"}},
	{"b2 ukip nuttall", "Pemimpin Partai Kemerdekaan Inggris Paul Nuttall mundur setelah partainya kehilangan semua kursi.", []string{"ukip/organization/GBR", "paul-nuttall/person"}},
	{"b2 pdea aquino", "Direktur Jenderal Badan Penegakan Narkoba Filipina Aaron Aquino menyatakan 4.000 tersangka tewas dalam operasi.", []string{"phl-pdea/agency/PHL", "aaron-aquino/person"}},
	{"b2 wikileaks assange", "Pendiri WikiLeaks Julian Assange ditangkap di Kedutaan Besar Ekuador di London.", []string{"wikileaks/organization", "julian-assange/person/AUS", "ECU"}},
	{"b2 cambridge analytica bangkrut", "Cambridge Analytica mengajukan kebangkrutan dua bulan setelah skandal data Facebook terungkap.", []string{"cambridge-analytica/organization/GBR", "facebook/organization/USA"}},
	{"b2 odebrecht suap", "Odebrecht mengaku membayar suap ratusan juta dolar kepada pejabat di 12 negara.", []string{"odebrecht/organization/BRA"}},
	{"b2 dela rosa senat", "Mantan kepala polisi Ronald dela Rosa terpilih sebagai senator dalam pemilu sela.", []string{"ronald-dela-rosa/person/PHL"}},
	{"b2 puigdemont", "Mantan Presiden Catalonia Carles Puigdemont ditahan polisi Jerman di dekat perbatasan Denmark.", []string{"carles-puigdemont/person", "DEU"}},
	{"b2 rajoy", "PM Spanyol Mariano Rajoy mengambil alih pemerintahan Catalonia setelah deklarasi kemerdekaan.", []string{"mariano-rajoy-brey/person/ESP", "ESP"}},
	{"b2 le pen fillon", "Kandidat Partai Republik Prancis Francois Fillon diselidiki atas dugaan pekerjaan fiktif istrinya.", []string{"francois-fillon/person/FRA", "FRA"}},
	{"b2 yates kesaksian", "Mantan Wakil Jaksa Agung Sally Yates bersaksi bahwa ia memperingatkan Gedung Putih tentang Flynn.", []string{"sally-yates/person/USA", "usa-presidency/government/USA", "michael-flynn/person/USA"}},
	{"b2 moon kim panmunjom", "Presiden Korsel Moon Jae-in dan pemimpin Korut Kim Jong Un bertemu di Panmunjom.", []string{"moon-jae-in/person/KOR", "KOR", "kim-jong-un/person/PRK", "PRK"}},
	{"b2 gulen ekstradisi", "Kementerian Kehakiman Turki mengirim permintaan ekstradisi Gulen kepada Departemen Kehakiman AS.", []string{"tur-justice-ministry/agency/TUR", "fethullah-gulen/person/TUR", "usa-justice-ministry/agency/USA"}},
	{"b2 kalanick waymo", "Mantan CEO Uber Travis Kalanick bersaksi dalam sidang gugatan Waymo di San Francisco.", []string{"uber/organization/USA", "travis-kalanick/person", "waymo/organization/USA"}},
	{"b2 pengungsi idomeni", "\"Kami sudah menunggu tiga bulan di sini,\" kata Mahmoud Ali, pengungsi Suriah di kamp Idomeni.", []string{"mahmoud-ali/person", "SYR"}},
	{"b2 no pemungutan suara", "Pemungutan suara ulang digelar di tiga daerah pemilihan pada Kamis.", nil},
	{"b2 no tersangka", "Seorang tersangka kedua ditangkap di sebuah apartemen di pinggiran kota.", nil},
}

// idNews42Batch2Known are the rows of idNews42Batch2Rows the extractor
// still fails, with the reason.
var idNews42Batch2Known = map[string]string{
	"b2 rnc ketua mcdaniel": "bare 'di Senat' is read as the US Senate beside a US party committee; the row wanted no body there",
	"b2 wikileaks assange":  "'Kedutaan Besar Ekuador di London' makes Ecuador's embassy a mission actor, which the row did not list",
	"b2 dela rosa senat":    "the Philippines is given as a state actor, which no word of the row names",
	"b2 puigdemont":         "'polisi Jerman' is Germany's police (a body the row did not list) and 'perbatasan Denmark' gives Denmark",
	"b2 le pen fillon":      "an annotation error: the row omits the party ('Partai Republik Prancis', the-republicans-france since this pass's alias; before it, the US party) and wants the state inside its name",
	"b2 yates kesaksian":    "'Wakil Jaksa Agung' makes the US attorney general's office; lone 'Flynn' names no one",
}

// TestIDNews42Batch2 checks idNews42Batch2Rows.
func TestIDNews42Batch2(t *testing.T) {
	runDomGrid(t, idNews42Batch2Rows, idNews42Batch2Known, "2017-06-01")
}
