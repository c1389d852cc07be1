package extract

import "testing"

// idTrans43GridRows are Indonesian sentences written for the test (made up
// in the style of English news and encyclopedia text of about 2010-2017 as a
// translated parallel corpus renders it in Indonesian; never copied or
// translated from a data set): literal word order, English names kept,
// titles translated ("kata juru bicara ...", "menurut laporan ...",
// "Direktur Eksekutif ..., ..., mengatakan"), on topics beyond state
// politics: business and technology (companies, executives, founders,
// regulators), science and health (universities, researchers, hospitals,
// agencies), sport (clubs, federations, athletes, coaches), culture and
// entertainment (actors, musicians, studios, awards), crime and courts
// (suspects, victims, police of foreign cities, judges, prosecutors) and
// ordinary people quoted by name; 12 rows with no actor.
//
// Annotated before the extractor ran on them, by the conventions of
// TestDomesticGrid (domGridProblems: "id/kind/country"; a row must give
// exactly its wanted actors other than places): a person or body the
// gazetteer holds is its id, any other person, company, club, hospital or
// university the slug of the name as written without titles (country only
// where a title or demonym gives it); a state named as origin, demonym or
// place is an actor; a state inside a body's, a competition's or an
// award's name is none of its own; a competition, an award, a film, a
// storm, a building or a nightclub is no actor. Article date 2016-06-01.
//
// First run: 116 of 150 as first annotated (no annotation was corrected).
// After the pass's data (companies, a club, a band, the alias Yahoo) and
// rules (a club named by its city after an occupation's title,
// clubAfterOccupation; a title's city before a comma and its holder's
// name, titlePlaceBeforeName; a league after a club word,
// leagueAfterClubWord; "benua" before a state's name): 137 of 150 (13
// known).
var idTrans43GridRows = []domGridRow{
	// Business and technology.
	{"biz cook iphone", "CEO Apple Tim Cook mengatakan perusahaan tidak akan membuat perangkat lunak untuk membuka kunci iPhone milik pelaku penembakan.", []string{"apple-inc/organization/USA", "tim-cook/person/USA"}},
	{"biz zuckerberg amal", "Pendiri Facebook Mark Zuckerberg mengumumkan akan menyumbangkan 99 persen sahamnya untuk kegiatan amal.", []string{"facebook/organization/USA", "mark-zuckerberg/person/USA"}},
	{"biz samsung note7", "Samsung Electronics menarik kembali 2,5 juta unit Galaxy Note 7 setelah muncul laporan baterai yang terbakar.", []string{"samsung/organization/KOR"}},
	{"biz lee jae-yong ditahan", "Wakil Ketua Samsung Lee Jae-yong ditahan oleh tim jaksa khusus Korea Selatan atas tuduhan suap.", []string{"samsung/organization/KOR", "lee-jae-yong/person", "KOR"}},
	{"biz vw emisi", "Volkswagen mengakui telah memasang perangkat lunak untuk mengakali uji emisi pada 11 juta kendaraan diesel.", []string{"volkswagen/organization/DEU"}},
	{"biz winterkorn mundur", "Direktur Eksekutif Volkswagen, Martin Winterkorn, mengundurkan diri di tengah skandal emisi.", []string{"volkswagen/organization/DEU", "martin-winterkorn/person"}},
	{"biz epa jerman", "Badan Perlindungan Lingkungan AS menuduh produsen mobil Jerman itu melanggar Undang-Undang Udara Bersih.", []string{"usa-epa/agency/USA", "DEU"}},
	{"biz jack ma trump", "Pendiri Alibaba Jack Ma bertemu presiden terpilih Donald Trump di Trump Tower, New York.", []string{"alibaba/organization/CHN", "jack-ma/person/CHN", "donald-trump/person/USA"}},
	{"biz tesla solarcity", "Tesla Motors, produsen mobil listrik yang dipimpin Elon Musk, berencana membeli SolarCity senilai 2,6 miliar dolar AS.", []string{"tesla/organization/USA", "elon-musk/person/USA", "solarcity/organization"}},
	{"biz jubir uber", "\"Kami akan bekerja sama sepenuhnya dengan pihak berwenang,\" kata juru bicara Uber, Matt Kallman.", []string{"uber/organization/USA", "matt-kallman/person"}},
	{"biz microsoft linkedin", "Microsoft membeli jejaring sosial profesional LinkedIn senilai 26,2 miliar dolar AS.", []string{"microsoft/organization/USA", "linkedin/organization"}},
	{"biz nadella", "Kepala Eksekutif Microsoft Satya Nadella mengatakan akuisisi itu akan mempercepat pertumbuhan kedua perusahaan.", []string{"microsoft/organization/USA", "satya-nadella/person/USA"}},
	{"biz komisi eropa google", "Komisi Eropa mendenda Google sebesar 2,42 miliar euro karena menyalahgunakan dominasinya di pasar mesin pencari.", []string{"european-commission/igo", "google/organization/USA"}},
	{"biz vestager apple", "Komisioner Persaingan Uni Eropa Margrethe Vestager mengatakan Apple harus membayar pajak tertunggak kepada Irlandia.", []string{"margrethe-vestager/person/DNK", "european-union/igo", "apple-inc/organization/USA", "IRL"}},
	{"biz yahoo peretasan", "Yahoo mengungkapkan bahwa data dari setidaknya 500 juta akun pengguna dicuri oleh peretas yang disponsori negara.", []string{"yahoo-inc/organization/USA"}},
	{"biz mayer pesangon", "Marissa Mayer, kepala eksekutif Yahoo, akan menerima pesangon sekitar 23 juta dolar AS setelah penjualan ke Verizon.", []string{"marissa-mayer/person", "yahoo-inc/organization/USA", "verizon/organization"}},
	{"biz toshiba westinghouse", "Toshiba melaporkan kerugian miliaran dolar akibat unit tenaga nuklirnya di Amerika Serikat, Westinghouse.", []string{"toshiba/organization/JPN", "USA", "westinghouse/organization"}},
	{"biz toyoda kongres", "Presiden Direktur Toyota Akio Toyoda meminta maaf di depan Kongres AS atas penarikan jutaan mobil.", []string{"toyota/organization/JPN", "akio-toyoda/person/JPN", "usa-congress/legislature/USA"}},
	{"biz blackberry chen", "Kepala eksekutif BlackBerry John Chen mengatakan perusahaan akan berhenti merancang ponsel sendiri.", []string{"blackberry/organization", "john-chen/person"}},
	{"biz nokia microsoft", "Nokia menjual divisi telepon selulernya kepada Microsoft senilai 7,2 miliar dolar AS.", []string{"nokia/organization/FIN", "microsoft/organization/USA"}},
	{"biz huawei asal tiongkok", "Perusahaan teknologi asal Tiongkok Huawei membantah bahwa produknya digunakan untuk memata-matai.", []string{"huawei/organization/CHN", "CHN"}},
	{"biz ren zhengfei", "Pendiri Huawei, Ren Zhengfei, mantan insinyur militer, jarang berbicara kepada media.", []string{"huawei/organization/CHN", "ren-zhengfei/person/CHN"}},
	{"biz sec theranos", "Komisi Sekuritas dan Bursa AS mendakwa pendiri Theranos Elizabeth Holmes melakukan penipuan besar-besaran.", []string{"usa-sec/agency/USA", "theranos/organization/USA", "elizabeth-holmes/person"}},
	{"biz shkreli", "Martin Shkreli, mantan kepala eksekutif Turing Pharmaceuticals, dinyatakan bersalah atas penipuan sekuritas oleh juri di Brooklyn.", []string{"martin-shkreli/person", "turing-pharmaceuticals/organization"}},
	{"biz yellen", "Ketua Federal Reserve Janet Yellen mengatakan bank sentral akan menaikkan suku bunga secara bertahap.", []string{"janet-yellen/person/USA", "usa-central-bank/agency/USA"}},
	{"biz dorsey phk", "Kepala Eksekutif Twitter Jack Dorsey mengumumkan pemutusan hubungan kerja terhadap 336 karyawan.", []string{"twitter/organization/USA", "jack-dorsey/person/USA"}},
	{"biz amazon whole foods", "Amazon akan mengakuisisi jaringan toko bahan makanan Whole Foods Market senilai 13,7 miliar dolar AS.", []string{"amazon-com/organization/USA", "whole-foods-market/organization/USA"}},
	{"biz bezos post", "Bos Amazon Jeff Bezos membeli surat kabar The Washington Post pada 2013.", []string{"amazon-com/organization/USA", "jeff-bezos/person/USA", "washington-post/media"}},
	{"biz tencent supercell", "Perusahaan gim asal Finlandia, Supercell, dibeli oleh raksasa internet Tiongkok Tencent.", []string{"FIN", "supercell/organization", "tencent/organization/CHN", "CHN"}},
	{"biz analis morgan stanley", "Analis Morgan Stanley, Katy Huberty, mengatakan penjualan iPhone kemungkinan turun untuk pertama kalinya.", []string{"morgan-stanley/organization/USA", "katy-huberty/person"}},
	{"biz marchionne", "Kepala Eksekutif Fiat Chrysler Sergio Marchionne meninggal dunia di sebuah rumah sakit di Zurich.", []string{"fiat-chrysler/organization", "sergio-marchionne/person"}},
	{"biz ghosn ditangkap", "Nissan memberhentikan Carlos Ghosn sebagai ketua setelah ia ditangkap di Tokyo atas dugaan pelanggaran keuangan.", []string{"nissan/organization/JPN", "carlos-ghosn/person/FRA"}},
	{"biz fca barclays", "Regulator keuangan Inggris, Financial Conduct Authority, mendenda Barclays sebesar 72 juta poundsterling.", []string{"GBR", "gbr-financial-regulator/agency/GBR", "barclays/organization/GBR"}},
	{"biz capital economics", "Ekonom senior di Capital Economics, Mark Williams, memperkirakan pertumbuhan ekonomi Tiongkok akan melambat.", []string{"capital-economics/organization/GBR", "mark-williams/person", "CHN"}},

	// Science and health.
	{"sci who zika", "Organisasi Kesehatan Dunia (WHO) menetapkan wabah virus Zika sebagai darurat kesehatan masyarakat internasional.", []string{"who/igo"}},
	{"sci chan zika", "Direktur Jenderal WHO Margaret Chan mengatakan virus itu menyebar secara eksplosif di benua Amerika.", []string{"who/igo", "margaret-chan/person"}},
	{"sci cdc brasil", "Pusat Pengendalian dan Pencegahan Penyakit AS (CDC) menyarankan wanita hamil untuk menunda perjalanan ke Brasil.", []string{"usa-cdc/agency/USA", "BRA"}},
	{"sci frieden ebola", "Direktur CDC Tom Frieden mengatakan risiko penyebaran Ebola di Amerika Serikat sangat kecil.", []string{"usa-cdc/agency/USA", "tom-frieden/person", "USA"}},
	{"sci duncan dallas", "Thomas Eric Duncan, pasien Ebola pertama yang didiagnosis di AS, meninggal di sebuah rumah sakit di Dallas.", []string{"thomas-eric-duncan/person", "USA"}},
	{"sci nasa trappist", "Badan Antariksa Amerika Serikat (NASA) mengumumkan penemuan tujuh planet seukuran Bumi yang mengorbit bintang TRAPPIST-1.", []string{"usa-nasa/agency/USA"}},
	{"sci gillon liege", "Pemimpin tim peneliti, Michael Gillon dari Universitas Liege di Belgia, mengatakan planet-planet itu mungkin memiliki air.", []string{"michael-gillon/person", "universitas-liege/organization", "BEL"}},
	{"sci hawking wafat", "Fisikawan Stephen Hawking meninggal dunia di rumahnya di Cambridge pada usia 76 tahun.", []string{"stephen-hawking/person"}},
	{"sci harvard peneliti", "Para peneliti di Universitas Harvard menemukan bahwa kurang tidur meningkatkan risiko penyakit jantung.", []string{"harvard-university/organization/USA"}},
	{"sci esa schiaparelli", "Badan Antariksa Eropa (ESA) kehilangan kontak dengan pendarat Schiaparelli beberapa saat sebelum mendarat di Mars.", []string{"esa/igo"}},
	{"sci juno jupiter", "Wahana antariksa Juno milik NASA berhasil memasuki orbit Jupiter setelah perjalanan lima tahun.", []string{"usa-nasa/agency/USA"}},
	{"sci bolton swri", "Kepala ilmuwan misi Juno, Scott Bolton, dari Southwest Research Institute di San Antonio, mengatakan data pertama sangat mengejutkan.", []string{"scott-bolton/person", "southwest-research-institute/organization"}},
	{"sci fda terapi gen", "Badan Pengawas Obat dan Makanan AS (FDA) menyetujui terapi gen pertama untuk leukemia pada anak-anak.", []string{"usa-fda/agency/USA"}},
	{"sci novartis harga", "Perusahaan farmasi Swiss Novartis menetapkan harga 475.000 dolar AS untuk terapi tersebut.", []string{"novartis/organization/CHE", "CHE"}},
	{"sci brantly liberia", "Dokter Kent Brantly, misionaris Amerika yang terinfeksi Ebola di Liberia, diterbangkan ke Atlanta untuk dirawat.", []string{"kent-brantly/person", "USA", "LBR"}},
	{"sci msf ebola", "Medecins Sans Frontieres (MSF) mengatakan wabah Ebola di Afrika Barat sudah di luar kendali.", []string{"msf/organization"}},
	{"sci msf guinea", "Koordinator darurat MSF di Guinea, Marc Poncin, mengatakan timnya kewalahan menangani pasien baru.", []string{"msf/organization", "marc-poncin/person", "GIN"}},
	{"sci mit peneliti", "Para peneliti dari Institut Teknologi Massachusetts mengembangkan baterai yang dapat diisi ulang dalam hitungan menit.", []string{"massachusetts-institute-of-technology/organization/USA"}},
	{"sci filippenko", "Alex Filippenko, profesor astronomi di Universitas California, mengatakan ledakan bintang itu dapat dilihat dengan teleskop kecil.", []string{"alex-filippenko/person", "universitas-california/organization"}},
	{"sci cern higgs", "Laboratorium CERN di dekat Jenewa mengumumkan penemuan partikel yang konsisten dengan boson Higgs.", []string{"cern/igo"}},
	{"sci higgs nobel", "Peter Higgs, fisikawan Inggris berusia 84 tahun, menerima Hadiah Nobel Fisika bersama Francois Englert dari Belgia.", []string{"peter-higgs/person", "GBR", "francois-englert/person", "BEL"}},
	{"sci peiris hku", "Ahli virologi di Universitas Hong Kong, Malik Peiris, mengatakan virus itu belum menular antarmanusia secara berkelanjutan.", []string{"malik-peiris/person", "universitas-hong-kong/organization"}},
	{"sci met office", "Met Office, badan meteorologi Inggris, mengatakan 2014 adalah tahun terpanas sejak pencatatan dimulai.", []string{"gbr-met-office/agency/GBR", "GBR"}},

	// Sport.
	{"spt mourinho dipecat", "Pelatih Chelsea Jose Mourinho dipecat setelah serangkaian kekalahan di Liga Primer.", []string{"chelsea-fc/organization/GBR", "jose-mourinho/person"}},
	{"spt leicester juara", "Klub Liga Primer Inggris Leicester City memastikan gelar juara untuk pertama kalinya dalam sejarah klub.", []string{"leicester-city/organization/GBR"}},
	{"spt ranieri", "Manajer Leicester City Claudio Ranieri mengatakan timnya tidak takut kepada siapa pun.", []string{"leicester-city/organization/GBR", "claudio-ranieri/person"}},
	{"spt blatter platini", "Presiden FIFA Sepp Blatter dan Presiden UEFA Michel Platini dilarang terlibat dalam kegiatan sepak bola selama delapan tahun.", []string{"fifa/organization", "sepp-blatter/person/CHE", "uefa/organization", "michel-platini/person/FRA"}},
	{"spt infantino terpilih", "Gianni Infantino, sekretaris jenderal UEFA asal Swiss, terpilih sebagai presiden FIFA yang baru.", []string{"gianni-infantino/person/CHE", "uefa/organization", "CHE", "fifa/organization"}},
	{"spt sharapova diskors", "Petenis Rusia Maria Sharapova diskors selama dua tahun setelah dinyatakan positif menggunakan meldonium.", []string{"maria-sharapova/person", "RUS"}},
	{"spt wada rusia", "Badan Antidoping Dunia (WADA) merekomendasikan agar atlet Rusia dilarang dari semua kompetisi atletik internasional.", []string{"wada/organization", "RUS"}},
	{"spt mclaren kanada", "Laporan investigasi yang dipimpin profesor hukum Kanada Richard McLaren menyimpulkan bahwa lebih dari 1.000 atlet terlibat.", []string{"CAN", "richard-mclaren/person"}},
	{"spt rodchenkov nyt", "Grigory Rodchenkov, mantan kepala laboratorium antidoping Rusia, mengatakan kepada The New York Times bahwa ia menukar sampel urine.", []string{"grigory-rodchenkov/person", "RUS", "new-york-times/media/USA"}},
	{"spt ioc rio", "Komite Olimpiade Internasional (IOC) memutuskan untuk tidak melarang seluruh tim Rusia dari Olimpiade Rio.", []string{"ioc/organization", "RUS"}},
	{"spt bach", "Presiden IOC Thomas Bach mengatakan keputusan itu diambil demi keadilan bagi atlet yang bersih.", []string{"ioc/organization", "thomas-bach/person/DEU"}},
	{"spt bolt emas", "Pelari cepat Jamaika Usain Bolt memenangi medali emas 100 meter ketiganya secara berturut-turut.", []string{"usain-bolt/person", "JAM"}},
	{"spt lochte", "Perenang Amerika Ryan Lochte mengaku melebih-lebihkan cerita perampokan yang dialaminya di Rio de Janeiro.", []string{"ryan-lochte/person", "USA"}},
	{"spt veloso polisi", "Kepala polisi sipil Rio, Fernando Veloso, mengatakan para perenang merusak kamar mandi sebuah pompa bensin.", []string{"fernando-veloso/person"}},
	{"spt ronaldo hattrick", "Cristiano Ronaldo mencetak tiga gol saat Real Madrid mengalahkan Wolfsburg 3-0 di Santiago Bernabeu.", []string{"cristiano-ronaldo/person/PRT", "real-madrid/organization/ESP", "wolfsburg/organization"}},
	{"spt messi pajak", "Penyerang Barcelona asal Argentina Lionel Messi divonis 21 bulan penjara oleh pengadilan Spanyol atas penipuan pajak.", []string{"fc-barcelona/organization/ESP", "ARG", "lionel-messi/person", "ESP"}},
	{"spt neymar psg", "Paris Saint-Germain membeli Neymar dari Barcelona dengan biaya transfer rekor 222 juta euro.", []string{"paris-saint-germain/organization/FRA", "neymar/person", "fc-barcelona/organization/ESP"}},
	{"spt hamilton suzuka", "Pembalap tim Mercedes Lewis Hamilton memenangi balapan di Sirkuit Suzuka, Jepang.", []string{"mercedes-amg-petronas/organization/DEU", "lewis-hamilton/person/GBR", "JPN"}},
	{"spt federer nadal", "Petenis Swiss Roger Federer mengalahkan Rafael Nadal dari Spanyol di final Australia Terbuka.", []string{"roger-federer/person", "CHE", "rafael-nadal/person", "ESP"}},
	{"spt loew kontrak", "Pelatih tim nasional Jerman Joachim Loew memperpanjang kontraknya hingga 2020.", []string{"DEU", "joachim-loew/person"}},
	{"spt pogba united", "Gelandang Paul Pogba kembali ke Manchester United dari Juventus dengan biaya 89 juta pound.", []string{"paul-pogba/person", "manchester-united/organization/GBR", "juventus/organization/ITA"}},
	{"spt kerr warriors", "Pelatih kepala Golden State Warriors Steve Kerr mengatakan timnya kelelahan setelah musim yang panjang.", []string{"golden-state-warriors/organization", "steve-kerr/person"}},
	{"spt lebron cavaliers", "LeBron James membawa Cleveland Cavaliers menjuarai final untuk pertama kalinya dalam sejarah klub.", []string{"lebron-james/person/USA", "cleveland-cavaliers/organization"}},
	{"spt pacquiao mayweather", "Petinju Filipina Manny Pacquiao kalah angka dari Floyd Mayweather dalam pertarungan di Las Vegas.", []string{"manny-pacquiao/person", "PHL", "floyd-mayweather/person"}},
	{"spt lee chong wei", "Pebulu tangkis Malaysia Lee Chong Wei kembali meraih perak Olimpiade setelah kalah dari Chen Long asal Tiongkok.", []string{"lee-chong-wei/person", "MYS", "chen-long/person", "CHN"}},
	{"spt bwf skors", "Federasi Bulu Tangkis Dunia (BWF) menskors dua pemain Malaysia karena terlibat pengaturan pertandingan.", []string{"bwf/organization", "MYS"}},
	{"spt terry denda", "Bek Chelsea John Terry didenda 220.000 pound karena ucapan rasis terhadap seorang pemain lawan.", []string{"chelsea-fc/organization/GBR", "john-terry/person"}},
	{"spt armstrong oprah", "Lance Armstrong mengakui dalam wawancara dengan Oprah Winfrey bahwa ia menggunakan obat peningkat stamina.", []string{"lance-armstrong/person", "oprah-winfrey/person"}},
	{"spt pistorius vonis", "Atlet lari Afrika Selatan Oscar Pistorius dijatuhi hukuman enam tahun penjara atas pembunuhan kekasihnya, Reeva Steenkamp.", []string{"oscar-pistorius/person", "ZAF", "reeva-steenkamp/person"}},
	{"spt masipa", "Hakim Thokozile Masipa mengatakan jaksa gagal membuktikan bahwa Oscar Pistorius berniat membunuh.", []string{"thokozile-masipa/person", "oscar-pistorius/person"}},

	// Culture and entertainment.
	{"cul dicaprio oscar", "Aktor Leonardo DiCaprio akhirnya memenangi Oscar untuk aktor terbaik lewat film The Revenant.", []string{"leonardo-dicaprio/person"}},
	{"cul boone isaacs", "Presiden Akademi Seni dan Ilmu Pengetahuan Gambar Bergerak Cheryl Boone Isaacs mengatakan ia kecewa dengan kurangnya keberagaman.", []string{"ampas/organization/USA", "cheryl-boone-isaacs/person"}},
	{"cul weinstein dipecat", "Produser Hollywood Harvey Weinstein dipecat dari The Weinstein Company setelah muncul tuduhan pelecehan seksual.", []string{"harvey-weinstein/person", "the-weinstein-company/organization"}},
	{"cul judd nyt", "Aktris Ashley Judd mengatakan kepada The New York Times bahwa produser Harvey Weinstein mengundangnya ke kamar hotel.", []string{"ashley-judd/person", "new-york-times/media/USA", "harvey-weinstein/person"}},
	{"cul adele grammy", "Penyanyi Inggris Adele menyapu bersih lima penghargaan Grammy, termasuk album terbaik.", []string{"adele/person", "GBR"}},
	{"cul swift spotify", "Penyanyi Taylor Swift menarik seluruh katalog lagunya dari layanan streaming Spotify.", []string{"taylor-swift/person/USA", "spotify/organization/SWE"}},
	{"cul prince wafat", "Musisi Prince ditemukan meninggal di kompleks studionya, Paisley Park, di Minnesota.", []string{"prince/person"}},
	{"cul bowie wafat", "Penyanyi David Bowie meninggal dunia akibat kanker pada usia 69 tahun, dua hari setelah merilis album terakhirnya.", []string{"david-bowie/person"}},
	{"cul sony interview", "Sony Pictures membatalkan pemutaran film The Interview setelah serangan siber yang oleh FBI dituduhkan kepada Korea Utara.", []string{"sony-pictures/organization", "usa-fbi/agency/USA", "PRK"}},
	{"cul disney lucasfilm", "Walt Disney Company membeli Lucasfilm, studio di balik film Star Wars, dari George Lucas senilai 4 miliar dolar AS.", []string{"walt-disney/organization/USA", "lucasfilm/organization", "george-lucas/person"}},
	{"cul okja netflix", "Film Okja karya sutradara Korea Selatan Bong Joon-ho diproduksi dan didistribusikan oleh Netflix.", []string{"KOR", "bong-joon-ho/person", "netflix/organization/USA"}},
	{"cul sarandos", "Kepala Konten Netflix Ted Sarandos mengatakan perusahaan akan menghabiskan 6 miliar dolar AS untuk konten tahun ini.", []string{"netflix/organization/USA", "ted-sarandos/person"}},
	{"cul ishiguro nobel", "Novelis Inggris kelahiran Jepang Kazuo Ishiguro memenangi Hadiah Nobel Sastra 2017.", []string{"GBR", "JPN", "kazuo-ishiguro/person"}},
	{"cul akademi swedia dylan", "Akademi Swedia mengatakan Bob Dylan belum menanggapi kabar bahwa ia memenangi Hadiah Nobel Sastra.", []string{"swedish-academy/organization/SWE", "bob-dylan/person"}},
	{"cul danius", "Sekretaris Tetap Akademi Swedia, Sara Danius, menyebut penyanyi itu sebagai penyair besar dalam tradisi berbahasa Inggris.", []string{"swedish-academy/organization/SWE", "sara-danius/person"}},
	{"cul cosby juri", "Aktor Bill Cosby dinyatakan bersalah atas penyerangan seksual oleh juri di Pennsylvania.", []string{"bill-cosby/person"}},
	{"cul spacey netflix", "Aktor Kevin Spacey dikeluarkan dari serial House of Cards produksi Netflix.", []string{"kevin-spacey/person", "netflix/organization/USA"}},
	{"cul u2 irlandia", "Grup musik asal Irlandia U2 membatalkan konser di St. Louis karena alasan keamanan.", []string{"IRL", "u2/organization"}},
	{"cul bieber aeg", "Penyanyi Justin Bieber membatalkan sisa tur dunianya, kata juru bicara perusahaan promotor AEG Live.", []string{"justin-bieber/person", "aeg-live/organization"}},
	{"cul morricone tarantino", "Komposer Ennio Morricone meraih Oscar pertamanya untuk musik film The Hateful Eight karya Quentin Tarantino.", []string{"ennio-morricone/person", "quentin-tarantino/person"}},
	{"cul rowling", "Penulis J.K. Rowling mengungkapkan bahwa ia menulis novel detektif dengan nama samaran.", []string{"j-k-rowling/person/GBR"}},

	// Crime and courts.
	{"crm vance manhattan", "Jaksa Distrik Manhattan Cyrus Vance Jr. mengatakan kantornya tidak akan mengajukan dakwaan dalam kasus itu.", []string{"cyrus-vance-jr/person"}},
	{"crm roof charleston", "Dylann Roof, pemuda berusia 22 tahun, dijatuhi hukuman mati oleh juri federal atas penembakan di sebuah gereja di Charleston.", []string{"dylann-roof/person"}},
	{"crm mateen orlando", "Omar Mateen, pelaku penembakan di kelab malam Pulse di Orlando, berbaiat kepada ISIS dalam panggilan telepon ke polisi.", []string{"omar-mateen/person", "isis/armed_group"}},
	{"crm mina orlando", "Kepala polisi Orlando, John Mina, mengatakan petugas menyerbu klub itu sekitar pukul 05.00 pagi.", []string{"john-mina/person"}},
	{"crm nypd chelsea", "Departemen Kepolisian New York (NYPD) menangkap seorang pria yang dicurigai meledakkan bom di kawasan Chelsea, Manhattan.", []string{"usa-nypd/agency/USA"}},
	{"crm rahami", "Ahmad Khan Rahami, warga AS kelahiran Afghanistan, didakwa atas pengeboman tersebut.", []string{"ahmad-khan-rahami/person", "USA", "AFG"}},
	{"crm lee pengadilan seoul", "Pengadilan di Seoul menjatuhkan hukuman lima tahun penjara kepada Lee Jae-yong, ahli waris Samsung.", []string{"lee-jae-yong/person", "samsung/organization/KOR"}},
	{"crm fbi paddock", "Biro Investigasi Federal (FBI) mengatakan pria bersenjata di Las Vegas, Stephen Paddock, tidak memiliki hubungan dengan kelompok teroris internasional.", []string{"usa-fbi/agency/USA", "stephen-paddock/person"}},
	{"crm lombardo", "Sheriff Las Vegas Joseph Lombardo mengatakan pelaku menembak dari lantai 32 hotel Mandalay Bay.", []string{"joseph-lombardo/person"}},
	{"crm el chapo", "Joaquin Guzman, gembong narkoba Meksiko yang dikenal sebagai El Chapo, diekstradisi ke Amerika Serikat.", []string{"joaquin-guzman/person", "MEX", "USA"}},
	{"crm sinaloa", "Jaksa mengatakan Kartel Sinaloa menyelundupkan ratusan ton kokain ke Amerika Serikat.", []string{"sinaloa-cartel/armed_group/MEX", "USA"}},
	{"crm cogan juri", "Hakim Distrik AS Brian Cogan memperingatkan juri agar tidak membaca berita tentang kasus itu.", []string{"brian-cogan/person", "USA"}},
	{"crm knox italia", "Amanda Knox, mahasiswi Amerika yang dituduh membunuh teman sekamarnya, dibebaskan oleh Mahkamah Agung Italia.", []string{"amanda-knox/person", "USA", "ita-supreme-court/court/ITA"}},
	{"crm kercher", "Meredith Kercher, mahasiswi pertukaran asal Inggris, ditemukan tewas di rumahnya di Perugia pada 2007.", []string{"meredith-kercher/person", "GBR"}},
	{"crm met masood", "Kepolisian Metropolitan London mengatakan Khalid Masood, 52 tahun, bertindak sendirian dalam serangan di Jembatan Westminster.", []string{"gbr-police-met/agency/GBR", "khalid-masood/person"}},
	{"crm afp sydney", "Polisi Federal Australia menangkap tiga pria di Sydney atas dugaan rencana serangan teror.", []string{"aus-police/agency/AUS"}},
	{"crm crump", "Pengacara keluarga korban, Benjamin Crump, mengatakan kliennya hanya menuntut keadilan.", []string{"benjamin-crump/person"}},
	{"crm mosby baltimore", "Jaksa Negara Bagian Baltimore Marilyn Mosby mengumumkan dakwaan terhadap enam petugas polisi dalam kematian Freddie Gray.", []string{"marilyn-mosby/person", "freddie-gray/person"}},
	{"crm lubitz germanwings", "Penyidik Jerman mengatakan kopilot Germanwings Andreas Lubitz sengaja menabrakkan pesawat ke pegunungan Alpen.", []string{"DEU", "germanwings/organization", "andreas-lubitz/person"}},
	{"crm robin marseille", "Jaksa Marseille Brice Robin mengatakan kopilot itu mengunci kapten di luar kokpit.", []string{"brice-robin/person"}},
	{"crm interpol red notice", "Interpol mengeluarkan red notice untuk mantan pengusaha yang melarikan diri ke luar negeri itu.", []string{"interpol/igo"}},
	{"crm turner stanford", "Brock Turner, mantan mahasiswa Universitas Stanford, dihukum enam bulan penjara atas penyerangan seksual.", []string{"brock-turner/person", "stanford-university/organization/USA"}},

	// Ordinary people quoted by name.
	{"ppl gonzalez harvey", "\"Kami kehilangan segalanya,\" kata Maria Gonzalez, 54 tahun, warga Houston yang rumahnya terendam banjir akibat Badai Harvey.", []string{"maria-gonzalez/person"}},
	{"ppl thompson lotre", "\"Ini adalah hari terbaik dalam hidup saya,\" ujar Sarah Thompson, seorang perawat dari Manchester, setelah memenangi lotre.", []string{"sarah-thompson/person"}},
	{"ppl russo restoran", "Pemilik restoran di Brooklyn, Tony Russo, mengatakan usahanya merugi sejak harga sewa naik dua kali lipat.", []string{"tony-russo/person"}},
	{"ppl hassan reuters", "Warga setempat, Ahmed Hassan, mengatakan kepada kantor berita Reuters bahwa ia mendengar dua ledakan.", []string{"ahmed-hassan/person", "reuters/media/GBR"}},
	{"ppl smith nenek", "Nenek berusia 92 tahun, Dorothy Smith, mengatakan ia telah memilih di setiap pemilu sejak 1944.", []string{"dorothy-smith/person"}},
	{"ppl weber penggemar", "Penggemar sepak bola Lukas Weber, 28 tahun, mengatakan harga tiket pertandingan terlalu mahal.", []string{"lukas-weber/person"}},
	{"ppl roig newtown", "Guru sekolah dasar di Newtown, Kaitlin Roig, menyembunyikan 15 muridnya di dalam kamar mandi.", []string{"kaitlin-roig/person"}},
	{"ppl apple anonim", "Seorang karyawan Apple yang menolak disebutkan namanya mengatakan proyek itu telah dihentikan.", []string{"apple-inc/organization/USA"}},

	// No actor.
	{"no saham wall street", "Harga saham perusahaan teknologi itu turun 5 persen dalam perdagangan di Wall Street.", nil},
	{"no louvre", "Museum Louvre di Paris ditutup sementara setelah seorang pria menyerang tentara dengan parang.", nil},
	{"no antartika", "Para ilmuwan mengatakan lapisan es di Antartika mencair lebih cepat dari perkiraan sebelumnya.", nil},
	{"no badai irma", "Badai Irma menghantam Florida Keys dengan kecepatan angin 210 kilometer per jam.", nil},
	{"no box office", "Film itu meraup 1,5 miliar dolar AS di box office seluruh dunia.", nil},
	{"no jubir perusahaan", "Juru bicara perusahaan tidak segera menanggapi permintaan komentar.", nil},
	{"no tim dokter", "Tim dokter mengatakan kondisi pasien stabil setelah menjalani operasi selama delapan jam.", nil},
	{"no wembley", "Pertandingan final akan digelar di Stadion Wembley pada 28 Mei.", nil},
	{"no abbey road", "Para penggemar berkumpul di luar Abbey Road Studios untuk mengenang sang musisi.", nil},
	{"no gelombang panas", "Gelombang panas di Eropa menewaskan lebih dari 2.000 orang, menurut perkiraan pejabat kesehatan.", nil},
	{"no pelatih", "Sang pelatih mengatakan timnya bermain buruk di babak kedua.", nil},
	{"no vaksin relawan", "Vaksin itu diuji pada 40.000 relawan di tiga benua sebelum disetujui.", nil},
}

// idTrans43GridKnown are the rows of idTrans43GridRows the extractor still
// fails, with the reason.
var idTrans43GridKnown = map[string]string{
	"biz amazon whole foods": "bare 'Amazon' is no name of the company (also the river and the forest: 'hutan Amazon'); only 'Amazon.com' is",
	"biz bezos post":         "bare 'Amazon' is no name of the company (as 'biz amazon whole foods')",
	"biz fca barclays":       "'Regulator keuangan Inggris, Financial Conduct Authority' is read as one body's name with its state inside; the row wanted Britain as well",
	"sci met office":         "'badan meteorologi Inggris' in apposition to 'Met Office' is read as a second body (the generic meteorology agency of Britain), with its state inside",
	"spt ronaldo hattrick":   "'Wolfsburg' alone is the city (clubs.jsonl lists clubs named by a city only under their longer names)",
	"spt neymar psg":         "'dari Barcelona' after a transfer is the city (only an occupation's title before the city's name makes it the club), and the lone 'Neymar' names no one",
	"spt hamilton suzuka":    "'tim Mercedes' is no name of the Formula One team (bare 'Mercedes' is also the car maker and a given name)",
	"spt loew kontrak":       "'Pelatih tim nasional Jerman': the state inside the national team's title gives no state actor",
	"cul ishiguro nobel":     "'Novelis Inggris kelahiran Jepang Kazuo Ishiguro': a birthplace phrase between the occupation and the name stops the name",
	"crm roof charleston":    "'Dylann Roof' (an unknown given name and an English word) before a lower-case apposition makes no person",
	"ppl gonzalez harvey":    "'warga Houston' makes a person: Houston is no city of the gazetteer (a given name, left out of places_world.jsonl)",
	"no louvre":              "the Louvre is an organization of the gazetteer; the row reads the museum as a building",
	"no abbey road":          "'Abbey Road Studios' is read as an organization (a company's word 'Studios'); the row reads it as a place",
}

// TestIDTrans43Grid checks idTrans43GridRows.
func TestIDTrans43Grid(t *testing.T) {
	runDomGrid(t, idTrans43GridRows, idTrans43GridKnown, "2016-06-01")
}

// idTrans43Batch2Rows are 18 more rows of the class, written and annotated
// after the first batch's rules and data, before their first run (six aim
// at the rules: clubs after an occupation, a title's city before a comma,
// a league after a club word). 13 of 18 on their first run; one line of
// data after it (Snap Inc., as "Snapchat") fixed "b2 spiegel snapchat",
// which is therefore no independent check: 14 of 18.
var idTrans43Batch2Rows = []domGridRow{
	{"b2 ozil rasisme", "Gelandang Arsenal Mesut Ozil mengatakan ia mundur dari tim nasional Jerman karena rasisme.", []string{"arsenal-fc/organization/GBR", "mesut-ozil/person", "DEU"}},
	{"b2 rooney rekor", "Kapten Manchester United Wayne Rooney memecahkan rekor gol sepanjang masa klub itu.", []string{"manchester-united/organization/GBR", "wayne-rooney/person"}},
	{"b2 polisi dallas", "Kepala polisi Dallas, David Brown, mengatakan penembak itu ingin membunuh petugas kulit putih.", []string{"david-brown/person"}},
	{"b2 tottenham pochettino", "Klub Liga Primer Inggris Tottenham Hotspur menunjuk Mauricio Pochettino sebagai pelatih baru.", []string{"tottenham-hotspur/organization/GBR", "mauricio-pochettino/person"}},
	{"b2 krzanich intel", "Kepala Eksekutif Intel Brian Krzanich mengundurkan diri setelah hubungannya dengan seorang karyawan terungkap.", []string{"intel/organization/USA", "brian-krzanich/person"}},
	{"b2 ntsb tesla", "Badan Keselamatan Transportasi Nasional AS (NTSB) menyelidiki kecelakaan mobil Tesla yang menggunakan fitur Autopilot.", []string{"usa-ntsb/agency/USA", "tesla/organization/USA"}},
	{"b2 lipkin columbia", "Profesor epidemiologi di Universitas Columbia, Ian Lipkin, mengatakan virus itu belum dipahami sepenuhnya.", []string{"columbia-university/organization/USA", "ian-lipkin/person"}},
	{"b2 rosetta esa", "Menurut laporan Badan Antariksa Eropa, wahana Rosetta menabrakkan diri ke permukaan komet itu pada September.", []string{"esa/igo"}},
	{"b2 streep golden globe", "Aktris Meryl Streep mengkritik presiden terpilih dalam pidatonya di ajang Golden Globe.", []string{"meryl-streep/person"}},
	{"b2 bieber tiongkok", "Penyanyi asal Kanada Justin Bieber dilarang tampil di Tiongkok karena perilakunya yang buruk.", []string{"CAN", "justin-bieber/person", "CHN"}},
	{"b2 castile", "Jaksa Wilayah Ramsey County John Choi mengatakan polisi yang menembak Philando Castile akan didakwa.", []string{"john-choi/person", "philando-castile/person"}},
	{"b2 persky", "Hakim Aaron Persky dicopot dari jabatannya oleh para pemilih di Santa Clara County.", []string{"aaron-persky/person"}},
	{"b2 johnson baton rouge", "\"Saya tidak pernah melihat banjir seperti ini,\" kata Robert Johnson, 67 tahun, pensiunan montir di Baton Rouge.", []string{"robert-johnson/person"}},
	{"b2 spiegel snapchat", "Kepala eksekutif Snapchat Evan Spiegel menolak tawaran akuisisi senilai 3 miliar dolar AS dari Facebook.", []string{"snapchat/organization", "evan-spiegel/person", "facebook/organization/USA"}},
	{"b2 met jubir", "Juru bicara Kepolisian Metropolitan London mengatakan tidak ada indikasi terorisme dalam insiden itu.", []string{"gbr-police-met/agency/GBR"}},
	{"b2 curry warriors", "Pebasket Golden State Warriors Stephen Curry terpilih sebagai pemain terbaik musim ini untuk kedua kalinya.", []string{"golden-state-warriors/organization/USA", "stephen-curry/person"}},
	{"b2 no tiket konser", "Harga tiket konser itu melonjak hingga tiga kali lipat di pasar sekunder.", nil},
	{"b2 no badai matthew", "Badai Matthew menewaskan lebih dari 500 orang sebelum mencapai pantai tenggara.", nil},
}

// idTrans43Batch2Known are the rows of idTrans43Batch2Rows the extractor
// still fails, with the reason.
var idTrans43Batch2Known = map[string]string{
	"b2 ozil rasisme": "'tim nasional Jerman' after the occupation's club gives no state actor (as 'spt loew kontrak')",
	"b2 ntsb tesla":   "'mobil Tesla': a thing's word before the maker's name makes no actor of it",
	"b2 castile":      "'Jaksa Wilayah Ramsey County' makes an organization of the county",
	"b2 persky":       "'di Santa Clara County' makes a person of the county, and the judge the home state's",
}

// TestIDTrans43Batch2 checks idTrans43Batch2Rows.
func TestIDTrans43Batch2(t *testing.T) {
	runDomGrid(t, idTrans43Batch2Rows, idTrans43Batch2Known, "2016-06-01")
}
