package extract

import "testing"

// idAbbr43GridRows are Indonesian sentences written for the test (made up in
// the style of present-day Indonesian news, 2015-2026; never copied or
// translated from a data set) whose actors are written in short forms and
// with honorifics and titles: dotted and undotted short forms of states and
// blocs (A.S., AS, Paman Sam, RRT, RRC, Korsel, Korut, UEA, PNG, RDTL, UE,
// PBB, OKI, G7, NATO), acronyms of foreign bodies (CIA, FBI, FSB, KGB,
// Mossad, IRGC, PLA, IDF, ECB, IMF, WHO, WTO, ICJ, ICC, UNHCR, UNICEF,
// FAO), honorifics (Ny., Tn., Nn., Bapak, Ibu, Pak, Bu, Sdr., Dr., dr.,
// Prof., H., Hj., KH, Gus, Ustaz, Habib, Raden, Syekh) and titles (Pangeran,
// Ratu, Raja, Sultan, Paus, PM, Presiden, Wapres, Menlu, Menhan, Mendag,
// Dubes, Sekjen, Ketum, Kapolda, Kapolres, Pangdam, Danrem and ranks) before
// names; and traps: a title before a common noun or a place ("Presiden
// Direktur", "Ibu Kota", "Raja Ampat", "Jalan Sultan Agung"), acronyms that
// name no actor ("PM" after a clock time, "UE" in a product's name, ISO,
// TOEFL).
//
// Annotated before the extractor ran on them, by the conventions of
// TestDomesticGrid (domGridProblems: "id/kind/country"; a row must give
// exactly its wanted actors other than places): a person or body the
// gazetteer holds is its id, any other person the slug of the name as
// written without titles and honorifics (country only where a title gives
// it: a foreign title's state, a home office or rank Indonesia's; an
// honorific gives none); a state named in a title, by a short form, or as a
// capital that acts is an actor; a state inside a body's name is none of its
// own; a body named in a title is wanted. Article date 2025-06-01.
//
// First run: 142 of 150 as first annotated. Three annotations were
// corrected before any rule, against the grid's own convention: "KTT
// ASEAN-GCC" names the GCC too (gcc), "forum keamanan di Singapura" names
// Singapore as "di Qatar" and "di Swedia" do in other rows (SGP), and
// "delegasi parlemen Korsel" is Korea's parliament, a body, whose state is
// none of its own (kor-parliament, not KOR): 145 of 150 before (5
// failing). After the two rules of the pass (a disaster noun ends an
// occupation's field before a place's name: "pengungsi erupsi Lewotobi";
// words a given name opens between a title and a rank followed by a name
// are the office's command: "Pangdam Iskandar Muda Mayjen TNI Niko
// Fahrizal"): 147 of 150 (3 known).
var idAbbr43GridRows = []domGridRow{
	// Short forms of states.
	{"as dotted", "Pemerintah A.S. menjatuhkan sanksi baru terhadap perusahaan minyak Iran.", []string{"USA", "IRN"}},
	{"as undotted tiongkok", "AS dan Tiongkok sepakat menurunkan tarif impor selama 90 hari.", []string{"USA", "CHN"}},
	{"amerika alone", "Amerika menekan sekutunya di Eropa untuk menaikkan anggaran pertahanan.", []string{"USA"}},
	{"paman sam", "Paman Sam kembali mengirim kapal induk ke Laut China Selatan.", []string{"USA"}},
	{"rrt protes latihan", "RRT memprotes latihan militer gabungan Filipina dan Jepang di dekat Scarborough.", []string{"CHN", "PHL", "JPN"}},
	{"rrc kemlu", "Kementerian Luar Negeri RRC menyebut tuduhan itu tidak berdasar.", []string{"chn-foreign-ministry/agency/CHN"}},
	{"tiongkok korsel", "Tiongkok dan Korsel membahas pembatasan ekspor logam tanah jarang.", []string{"CHN", "KOR"}},
	{"korut rudal seoul", "Korut meluncurkan rudal balistik ke Laut Timur, kata Seoul.", []string{"PRK", "KOR"}},
	{"jepang panggil dubes korsel", "Jepang memanggil duta besar Korsel terkait sengketa pulau Dokdo.", []string{"JPN", "KOR"}},
	{"inggris raya prancis", "Inggris Raya dan Prancis menyatakan siap mengirim pasukan penjaga perdamaian ke Ukraina.", []string{"GBR", "FRA", "UKR"}},
	{"uea tuan rumah", "UEA menjadi tuan rumah perundingan pertukaran tahanan antara Rusia dan Ukraina.", []string{"ARE", "RUS", "UKR"}},
	{"saudi kuota haji", "Saudi menaikkan kuota haji bagi jemaah Indonesia tahun ini.", []string{"SAU", "IDN"}},
	{"png australia pakta", "PNG dan Australia menandatangani pakta pertahanan bersama di Port Moresby.", []string{"PNG", "AUS"}},
	{"rdtl minta bantuan", "Pemerintah RDTL meminta bantuan Indonesia untuk menangani wabah demam berdarah.", []string{"TLS", "IDN"}},
	{"timor leste asean", "Timor Leste resmi diterima sebagai anggota ke-11 ASEAN.", []string{"TLS", "asean/igo"}},
	{"as ekonomi data", "Harga emas naik tajam setelah data inflasi AS dirilis.", []string{"USA"}},

	// Short forms of blocs and international bodies.
	{"ue tarif mobil", "UE mengenakan bea masuk tambahan terhadap mobil listrik buatan Tiongkok.", []string{"european-union/igo", "CHN"}},
	{"pbb gaza", "PBB memperingatkan krisis kelaparan di Gaza semakin parah.", []string{"united-nations/igo"}},
	{"asean ktt", "Para pemimpin ASEAN berkumpul di Kuala Lumpur untuk KTT ke-46.", []string{"asean/igo"}},
	{"oki sidang", "OKI menggelar sidang luar biasa untuk membahas serangan Israel ke Iran.", []string{"oic/igo", "ISR", "IRN"}},
	{"g7 sanksi", "Para menteri keuangan G7 sepakat memperpanjang sanksi terhadap Rusia.", []string{"g7/igo", "RUS"}},
	{"g20 afsel", "Afrika Selatan memegang presidensi G20 tahun ini.", []string{"ZAF", "g20/igo"}},
	{"nato target", "NATO sepakat menaikkan target belanja pertahanan anggotanya menjadi 5 persen.", []string{"nato/igo"}},
	{"pakta pertahanan atlantik", "Pakta Pertahanan Atlantik Utara memperkuat kehadirannya di Laut Baltik.", []string{"nato/igo"}},
	{"icj israel", "ICJ memerintahkan Israel mengizinkan masuknya bantuan kemanusiaan ke Gaza.", []string{"icj/igo", "ISR"}},
	{"icc netanyahu", "ICC menerbitkan surat perintah penangkapan terhadap Netanyahu.", []string{"icc/igo", "benjamin-netanyahu/person"}},
	{"unhcr aceh", "UNHCR mencatat lebih dari 200 pengungsi tiba di pesisir Aceh sepanjang bulan lalu.", []string{"unhcr/igo"}},
	{"unicef gizi", "UNICEF menyebut ribuan anak di Gaza menderita gizi buruk akut.", []string{"unicef/igo"}},
	{"fao pangan", "FAO memperingatkan harga pangan dunia naik tiga bulan berturut-turut.", []string{"fao/igo"}},
	{"imf proyeksi", "IMF memangkas proyeksi pertumbuhan ekonomi Indonesia menjadi 4,7 persen.", []string{"imf/igo", "IDN"}},
	{"who pandemi", "WHO mengesahkan perjanjian pandemi setelah tiga tahun perundingan.", []string{"who/igo"}},
	{"wto sengketa", "Indonesia menggugat UE di WTO atas bea masuk biodiesel.", []string{"IDN", "european-union/igo", "wto/igo"}},
	{"ecb suku bunga", "ECB kembali menurunkan suku bunga acuan sebesar 25 basis poin.", []string{"ecb/igo"}},

	// Acronyms of foreign security bodies.
	{"cia ratcliffe", "Direktur CIA John Ratcliffe mengatakan fasilitas nuklir Iran rusak parah.", []string{"john-ratcliffe/person", "usa-cia/agency/USA", "IRN"}},
	{"fbi patel", "Direktur FBI Kash Patel memecat sejumlah agen senior.", []string{"kash-patel/person", "usa-fbi/agency/USA"}},
	{"fsb gagalkan", "FSB mengklaim menggagalkan rencana serangan di Moskow.", []string{"rus-fsb/agency/RUS"}},
	{"kgb belarus", "KGB Belarus menahan seorang jurnalis Polandia atas tuduhan spionase.", []string{"blr-kgb/agency/BLR", "POL"}},
	{"mossad teheran", "Mossad disebut berada di balik ledakan di Teheran.", []string{"isr-mossad/agency/ISR"}},
	{"irgc qatar", "IRGC menembakkan rudal ke arah pangkalan militer AS di Qatar.", []string{"irn-irgc/military/IRN", "USA", "QAT"}},
	{"pla taiwan", "PLA menggelar latihan tempur di sekitar Taiwan.", []string{"chn-armed-forces/military/CHN", "TWN"}},
	{"idf drone yaman", "IDF mengatakan pasukannya menembak jatuh sebuah drone dari Yaman.", []string{"isr-armed-forces/military/ISR", "YEM"}},
	{"idf zamir", "Kepala Staf IDF Letjen Eyal Zamir memerintahkan penambahan pasukan di Gaza utara.", []string{"eyal-zamir/person", "isr-armed-forces/military/ISR"}},
	{"irgc salami", "Komandan IRGC Mayjen Hossein Salami mengancam akan membalas serangan itu.", []string{"hossein-salami/person", "irn-irgc/military/IRN"}},

	// Titles with short forms of states.
	{"pm jepang ishiba", "PM Jepang Shigeru Ishiba bertemu Presiden AS Donald Trump di Washington.", []string{"shigeru-ishiba/person", "JPN", "donald-trump/person", "USA"}},
	{"pm inggris starmer", "PM Inggris Keir Starmer menyambut kesepakatan dagang dengan India.", []string{"keir-starmer/person", "GBR", "IND"}},
	{"menlu rrt wang yi", "Menlu RRT Wang Yi menerima kunjungan Menlu RI Sugiono di Beijing.", []string{"wang-yi/person", "CHN", "sugiono/person", "IDN"}},
	{"menhan as hegseth", "Menhan AS Pete Hegseth menyebut ancaman Tiongkok nyata dan mendesak.", []string{"pete-hegseth/person", "USA", "CHN"}},
	{"putra mahkota saudi", "Putra Mahkota Saudi Mohammed bin Salman menjamu Trump di Riyadh.", []string{"mohammed-bin-salman/person", "SAU", "donald-trump/person"}},
	{"pm png marape", "PM PNG James Marape lolos dari mosi tidak percaya di parlemen.", []string{"james-marape/person", "PNG"}},
	{"presiden rdtl ramos horta", "Presiden RDTL Jose Ramos-Horta bertemu Presiden Prabowo di Jakarta.", []string{"jose-ramos-horta/person", "TLS", "prabowo-subianto/person"}},
	{"presiden korsel lee", "Presiden Korsel Lee Jae-myung menawarkan dialog tanpa syarat kepada Korut.", []string{"lee-jae-myung/person", "KOR", "PRK"}},
	{"pemimpin korut kim", "Pemimpin Korut Kim Jong Un meninjau uji coba rudal jelajah baru.", []string{"kim-jong-un/person", "PRK"}},
	{"presiden rrt xi", "Presiden RRT Xi Jinping menyerukan persatuan di hadapan kongres partai.", []string{"xi-jinping/person", "CHN"}},
	{"pm rrt li qiang", "PM RRT Li Qiang menghadiri KTT ASEAN-GCC di Kuala Lumpur.", []string{"li-qiang/person", "CHN", "asean/igo", "gcc/igo"}},
	{"wapres as vance", "Wapres AS JD Vance mengecam sekutu Eropa dalam pidatonya di Munich.", []string{"jd-vance/person", "USA"}},
	{"menlu as rubio dotted", "Menlu A.S. Marco Rubio menelepon Menlu Ukraina untuk membahas bantuan.", []string{"marco-rubio/person", "USA", "UKR"}},
	{"presiden uea mbz", "Presiden UEA Mohamed bin Zayed menerima Presiden Prabowo di Abu Dhabi.", []string{"mohamed-bin-zayed/person", "ARE", "prabowo-subianto/person"}},
	{"menlu saudi pangeran faisal", "Menlu Saudi Pangeran Faisal bin Farhan membahas situasi Gaza dengan Menlu Sugiono.", []string{"faisal-bin-farhan/person", "SAU", "sugiono/person"}},
	{"menlu korsel cho", "Menlu Korsel Cho Hyun bertemu Menlu Jepang Takeshi Iwaya di Tokyo.", []string{"cho-hyun/person", "KOR", "takeshi-iwaya/person", "JPN"}},
	{"menhan jepang nakatani", "Menhan Jepang Gen Nakatani mengatakan Tokyo akan memperkuat pertahanan di pulau-pulau barat daya.", []string{"gen-nakatani/person", "JPN"}},
	{"menhan rrt dong jun", "Menhan RRT Dong Jun absen dari forum keamanan di Singapura.", []string{"dong-jun/person", "CHN", "SGP"}},
	{"pm thailand paetongtarn", "PM Thailand Paetongtarn Shinawatra meminta maaf atas bocornya percakapan teleponnya dengan Hun Sen.", []string{"paetongtarn-shinawatra/person", "THA", "hun-sen/person"}},
	{"jubir kemlu rrt lin jian", "Jubir Kemlu RRT Lin Jian meminta Manila menghentikan provokasi.", []string{"lin-jian/person", "chn-foreign-ministry/agency/CHN", "PHL"}},
	{"kanselir jerman merz", "Kanselir Jerman Friedrich Merz menjanjikan rudal jarak jauh untuk Ukraina.", []string{"friedrich-merz/person", "DEU", "UKR"}},

	// Titles of international bodies with their short forms.
	{"sekjen pbb guterres apposition", "Guterres, Sekjen PBB, mendesak kedua pihak menahan diri.", []string{"antonio-guterres/person", "united-nations/igo"}},
	{"dirjen who tedros", "Dirjen WHO Tedros Adhanom Ghebreyesus memperingatkan ancaman pandemi berikutnya.", []string{"tedros-adhanom-ghebreyesus/person", "who/igo"}},
	{"direktur imf georgieva", "Direktur Pelaksana IMF Kristalina Georgieva memangkas proyeksi pertumbuhan ekonomi global.", []string{"kristalina-georgieva/person", "imf/igo"}},
	{"presiden ecb lagarde", "Presiden ECB Christine Lagarde mengisyaratkan penurunan suku bunga lanjutan.", []string{"christine-lagarde/person", "ecb/igo"}},
	{"dirjen wto okonjo", "Dirjen WTO Ngozi Okonjo-Iweala menyerukan reformasi sistem penyelesaian sengketa.", []string{"ngozi-okonjo-iweala/person", "wto/igo"}},
	{"jaksa icc karim khan", "Jaksa ICC Karim Khan mengambil cuti di tengah penyelidikan internal.", []string{"karim-khan/person", "icc/igo"}},
	{"kepala unhcr grandi", "Kepala UNHCR Filippo Grandi mengunjungi kamp pengungsi di Cox's Bazar.", []string{"filippo-grandi/person", "unhcr/igo"}},
	{"direktur unicef russell", "Direktur Eksekutif UNICEF Catherine Russell menyebut Gaza tempat paling berbahaya bagi anak-anak.", []string{"catherine-russell/person", "unicef/igo"}},
	{"dirjen fao qu", "Dirjen FAO Qu Dongyu membuka konferensi ketahanan pangan di Roma.", []string{"qu-dongyu/person", "fao/igo"}},
	{"sekjen nato rutte", "Sekjen NATO Mark Rutte memuji komitmen anggaran Jerman.", []string{"mark-rutte/person", "nato/igo", "DEU"}},
	{"sekjen asean kao", "Sekjen ASEAN Kao Kim Hourn membuka forum ekonomi digital di Jakarta.", []string{"kao-kim-hourn/person", "asean/igo"}},
	{"sekjen oki", "Sekjen OKI Hissein Brahim Taha mengecam pembakaran mushaf di Swedia.", []string{"hissein-brahim-taha/person", "oic/igo", "SWE"}},
	{"kallas ue", "Kepala Kebijakan Luar Negeri UE Kaja Kallas menyebut Rusia ancaman jangka panjang.", []string{"kaja-kallas/person", "european-union/igo", "RUS"}},
	{"von der leyen komisi eropa", "Presiden Komisi Eropa Ursula von der Leyen mengumumkan paket sanksi ke-17.", []string{"ursula-von-der-leyen/person", "european-commission"}},

	// Home titles, offices and party chairs.
	{"presiden prabowo hemat", "Presiden Prabowo meminta para menteri memangkas perjalanan dinas.", []string{"prabowo-subianto/person"}},
	{"wapres gibran", "Wapres Gibran Rakabuming Raka meninjau program makan bergizi gratis di Solo.", []string{"gibran-rakabuming-raka/person"}},
	{"menlu sugiono wong", "Menlu Sugiono bertemu Menlu Australia Penny Wong di Canberra.", []string{"sugiono/person", "penny-wong/person", "AUS"}},
	{"menhan sjafrie", "Menhan Sjafrie Sjamsoeddin meninjau pabrik amunisi di Malang.", []string{"sjafrie-sjamsoeddin/person"}},
	{"mendag budi santoso", "Mendag Budi Santoso mengatakan impor gula konsumsi dihentikan sementara.", []string{"budi-santoso/person/IDN"}},
	{"menkeu bu sri mulyani", "Bu Menkeu Sri Mulyani memastikan defisit anggaran tetap terkendali.", []string{"sri-mulyani/person"}},
	{"pak jokowi", "Pak Jokowi menerima kunjungan relawan di kediamannya di Solo.", []string{"joko-widodo/person"}},
	{"pak prabowo", "\"Pak Prabowo sudah memberi arahan,\" ujar seorang menteri kepada wartawan.", []string{"prabowo-subianto/person"}},
	{"dubes ri jepang", "Dubes RI untuk Jepang Heri Akhmadi menyambut kedatangan pekerja magang asal Indonesia.", []string{"heri-akhmadi/person/IDN", "IDN", "JPN"}},
	{"dubes as indonesia", "Dubes AS untuk Indonesia Kamala Lakhdhir bertemu Menlu Sugiono di Pejambon.", []string{"kamala-lakhdhir/person/USA", "USA", "IDN", "sugiono/person"}},
	{"dubes rrt indonesia", "Dubes RRT untuk Indonesia Wang Lutong menghadiri resepsi Hari Nasional di Jakarta.", []string{"wang-lutong/person/CHN", "CHN", "IDN"}},
	{"dubes korut", "Dubes Korut untuk Indonesia An Kwang Il menggelar konferensi pers.", []string{"an-kwang-il/person/PRK", "PRK", "IDN"}},
	{"ketum golkar bahlil", "Ketua Umum Partai Golkar Bahlil Lahadalia menyatakan partainya mendukung pemerintah.", []string{"bahlil-lahadalia/person", "partai-golkar"}},
	{"ketum pkb muhaimin", "Ketum PKB Muhaimin Iskandar membuka muktamar di Bali.", []string{"muhaimin-iskandar/person", "pkb"}},
	{"ketum pdip megawati", "Ketua Umum PDI-P Megawati Soekarnoputri meminta kader turun ke daerah.", []string{"megawati-sukarnoputri/person", "pdi-p"}},
	{"ketum pbnu gus yahya", "Ketum PBNU Gus Yahya menyerukan persatuan umat menjelang Ramadan.", []string{"yahya-cholil-staquf/person", "nahdlatul-ulama"}},
	{"ketua dpr puan", "Ketua DPR Puan Maharani menerima delegasi parlemen Korsel.", []string{"puan-maharani/person", "idn-dpr", "kor-parliament"}},
	{"kepala bnpb letjen", "Kepala BNPB Letjen TNI Suharyanto meninjau pengungsi erupsi Lewotobi.", []string{"suharyanto/person", "idn-bnpb"}},
	{"panglima tni agus", "Jenderal Agus Subiyanto melantik sejumlah perwira tinggi di Cilangkap.", []string{"agus-subiyanto/person"}},

	// Police and military ranks and regional offices.
	{"kapolda jabar", "Kapolda Jawa Barat Irjen Rudi Setiawan meninjau lokasi longsor di Sukabumi.", []string{"rudi-setiawan/person/IDN"}},
	{"kapolres sleman", "Kapolres Sleman AKBP Edy Setyanto mengatakan tersangka masih diburu.", []string{"edy-setyanto/person/IDN"}},
	{"pangdam iskandar muda", "Pangdam Iskandar Muda Mayjen TNI Niko Fahrizal menyerahkan bantuan bagi korban banjir.", []string{"niko-fahrizal/person/IDN"}},
	{"danrem pamungkas", "Danrem 072/Pamungkas Brigjen TNI Bambang Sujarwo meresmikan jembatan gantung.", []string{"bambang-sujarwo/person/IDN"}},
	{"mayjen alone", "Mayjen TNI Arief Rahman memimpin upacara serah terima jabatan.", []string{"arief-rahman/person/IDN"}},
	{"kolonel inf", "Kolonel Inf Dedi Kurniawan memimpin evakuasi warga dari bantaran sungai.", []string{"dedi-kurniawan/person/IDN"}},
	{"irjen pol", "Irjen Pol Andi Rian Djajadi memimpin penyidikan kasus narkoba jaringan internasional.", []string{"andi-rian-djajadi/person/IDN"}},
	{"kombes alone", "Kombes Ade Ary Syam Indradi mengatakan pelaku berjumlah tiga orang.", []string{"ade-ary-syam-indradi/person/IDN"}},
	{"kompol one name", "Kompol Yuliansyah memimpin penggerebekan di sebuah rumah kontrakan.", []string{"yuliansyah/person/IDN"}},
	{"akbp alone", "AKBP Budi Hermanto menjelaskan kronologi kejadian kepada wartawan.", []string{"budi-hermanto/person/IDN"}},
	{"brigjen pol", "Brigjen Pol Trunoyudo Wisnu Andiko menyebut berkas perkara sudah lengkap.", []string{"trunoyudo-wisnu-andiko/person/IDN"}},

	// Honorifics before names.
	{"ny honorific", "Ny. Suryani, warga Bekasi, mengaku kehilangan tabungan akibat penipuan arisan daring.", []string{"suryani/person"}},
	{"tn honorific", "Tn. Hendrik Saragih ditemukan meninggal di rumahnya di Medan.", []string{"hendrik-saragih/person"}},
	{"nn honorific", "Nn. Ayu Lestari terpilih sebagai duta baca tingkat provinsi.", []string{"ayu-lestari/person"}},
	{"bapak petani", "Bapak Sutrisno Wibowo, petani kopi di Temanggung, mengeluhkan harga pupuk yang mahal.", []string{"sutrisno-wibowo/person"}},
	{"ibu warung", "Ibu Martini Handayani membuka warung makan sejak 1998.", []string{"martini-handayani/person"}},
	{"pak pedagang kata", "\"Harga cabai naik terus,\" kata Pak Darmaji, pedagang di Pasar Induk Kramat Jati.", []string{"darmaji/person"}},
	{"bu guru honorer", "Bu Eni, guru honorer di Lebak, sudah mengajar selama 15 tahun.", []string{"eni/person"}},
	{"sdr saksi", "Sdr. Anton Wijaya diminta hadir sebagai saksi pekan depan.", []string{"anton-wijaya/person"}},
	{"dr peneliti", "Dr. Rina Kusumawati, peneliti kebijakan publik, menilai aturan itu terburu-buru.", []string{"rina-kusumawati/person"}},
	{"dr lowercase", "dr. Benny Hartono, Sp.PD, mengingatkan warga agar tidak mengonsumsi obat tanpa resep.", []string{"benny-hartono/person"}},
	{"prof ekonom", "Prof. Yusuf Harahap mengatakan inflasi masih terkendali.", []string{"yusuf-harahap/person"}},
	{"h wakaf", "H. Muhammad Ridwan menyerahkan wakaf tanah untuk pembangunan madrasah.", []string{"muhammad-ridwan/person"}},
	{"hj koperasi", "Hj. Nur Aisyah terpilih kembali sebagai ketua koperasi wanita.", []string{"nur-aisyah/person"}},
	{"kh doa", "KH Abdul Ghofur Maimoen memimpin doa bersama untuk keselamatan bangsa.", []string{"abdul-ghofur-maimoen/person"}},
	{"gus pengajian", "Gus Fahmi Zuhdi mengisi pengajian rutin di Kediri.", []string{"fahmi-zuhdi/person"}},
	{"ustaz jemaah", "Ustaz Hanan Ramadhan mengajak jemaah menjaga kebersihan masjid.", []string{"hanan-ramadhan/person"}},
	{"habib mahasiswa", "Habib Husein Alattas berdialog dengan mahasiswa tentang toleransi.", []string{"husein-alattas/person"}},
	{"raden mas", "Raden Mas Haryo Seno membuka pameran keris di Surakarta.", []string{"haryo-seno/person"}},
	{"syekh uea", "Syekh Ahmad Al-Mansouri dari UEA berceramah di Masjid Istiqlal.", []string{"ahmad-al-mansouri/person", "ARE"}},
	{"prof dr double", "Prof. Dr. Siti Zuhro menilai koalisi gemuk melemahkan pengawasan.", []string{"siti-zuhro/person"}},

	// Sovereigns and clerics.
	{"pangeran william", "Pangeran William tiba di Rio de Janeiro untuk penganugerahan Earthshot Prize.", []string{"william-prince-of-wales/person"}},
	{"raja charles carney", "Raja Charles III menerima PM Kanada Mark Carney di Istana Buckingham.", []string{"charles-iii/person", "mark-carney/person", "CAN"}},
	{"sultan hb x", "Sultan Hamengku Buwono X meminta warga tetap tenang.", []string{"hamengku-buwono-x/person"}},
	{"paus leo ukraina", "Paus Leo XIV menyerukan gencatan senjata di Ukraina.", []string{"pope-leo-xiv/person", "UKR"}},
	{"pm anwar putrajaya", "PM Anwar Ibrahim menyambut Prabowo di Putrajaya.", []string{"anwar-ibrahim/person", "prabowo-subianto/person"}},

	// A title before a common noun or an organization's name: the person
	// is whoever follows.
	{"presiden direktur astra", "Presiden Direktur PT Astra International Djony Bunarto Tjondro mengumumkan laba naik 5 persen.", []string{"astra-international", "djony-bunarto-tjondro/person"}},
	{"bapak pembangunan", "Soeharto dijuluki Bapak Pembangunan oleh para pendukungnya.", []string{"suharto/person"}},
	{"ibu negara", "Ibu Negara Iriana Joko Widodo meninjau posyandu di Bogor.", []string{"iriana-joko-widodo/person"}},
	{"ketua umum partai kosong", "Ketua Umum Partai Demokrat Agus Harimurti Yudhoyono menyatakan siap membantu.", []string{"agus-harimurti-yudhoyono/person", "partai-demokrat"}},

	// No actor.
	{"none ibu kota nusantara", "Ibu Kota Nusantara ditargetkan menjadi pusat pemerintahan pada 2028.", nil},
	{"none ibu pertiwi", "Para atlet mempersembahkan medali emas untuk Ibu Pertiwi.", nil},
	{"none raja jalanan", "Sopir bus itu dijuluki Raja Jalanan oleh warganet.", nil},
	{"none raja ampat", "Raja Ampat kembali ramai dikunjungi wisatawan setelah izin tambang nikel dicabut.", nil},
	{"none jalan sultan agung", "Jalan Sultan Agung ditutup sementara karena perbaikan saluran air.", nil},
	{"none museum pangeran", "Museum Pangeran Diponegoro di Magelang ramai dikunjungi pelajar.", nil},
	{"none pm clock", "Konser dimulai pukul 07.30 PM waktu setempat dan berlangsung dua jam.", nil},
	{"none ue product", "Pengeras suara nirkabel UE Boom 4 kini tersedia dengan harga lebih murah.", nil},
	{"none iso sni", "Sertifikasi ISO dan SNI wajib dipenuhi produsen mainan anak.", nil},
	{"none toefl", "Para pelamar beasiswa wajib melampirkan skor TOEFL atau IELTS.", nil},
	{"none kapolda baru", "Kapolda baru dijadwalkan tiba di Jayapura pekan depan.", nil},
	{"none presiden direktur baru", "Presiden Direktur baru akan diumumkan dalam RUPS bulan depan.", nil},
	{"none bapak ibu", "Bapak-bapak dan ibu-ibu di kampung itu bergotong royong membersihkan selokan.", nil},
}

// idAbbr43Known are the rows of TestIDAbbr43Grid the extractor still fails,
// with the reason.
var idAbbr43Known = map[string]string{
	"rrt protes latihan": "'latihan militer gabungan Filipina dan Jepang': the adjective 'militer' of the exercise is read as the two states' armed forces (defensible: their militaries drill); the row names the states only",
	"irgc qatar":         "'pangkalan militer AS': the base's adjective 'militer' before the state is read as the US armed forces (defensible); the row names the state only",
	"none ue product":    "'UE Boom 4': the EU's Indonesian short form inside a product's name; no general sign tells a brand's all-caps word from the short form",
}

func TestIDAbbr43Grid(t *testing.T) {
	runDomGrid(t, idAbbr43GridRows, idAbbr43Known, "2025-06-01")
}

// idAbbr43Batch2Rows are a second batch in the same class, written and
// annotated after the first batch's rules and before their first run: 15
// of 18. After it, a rule and a word that two of its failing rows showed
// (so these two are no independent check): a known facility's name a rank
// follows inside an office holder's mention keeps the person ("Kapolresta
// Bandara Soekarno-Hatta Kombes Ronald Sipayung", facilityThenTitle), and
// "kodok" (frog) an ordinary word in common_words ("Pangeran Kodok", a
// fairy tale): 17 of 18 (1 known).
var idAbbr43Batch2Rows = []domGridRow{
	{"b2 korban gempa cianjur", "Bupati Cianjur Herman Suherman menemui korban gempa Cianjur di posko pengungsian.", []string{"herman-suherman/person/IDN"}},
	{"b2 korban banjir nama", "Korban banjir Siti Maemunah (52) mengaku belum menerima bantuan.", []string{"siti-maemunah/person"}},
	{"b2 pangdam brawijaya", "Pangdam V/Brawijaya Mayjen TNI Rudy Saladin meninjau latihan prajurit.", []string{"rudy-saladin/person/IDN"}},
	{"b2 pangdam hasanuddin", "Pangdam Hasanuddin Mayjen TNI Windiyatno melepas keberangkatan satgas ke Papua.", []string{"windiyatno/person/IDN"}},
	{"b2 jubir unhcr", "Juru bicara UNHCR Babar Baloch mengatakan jumlah pengungsi global mencapai rekor baru.", []string{"babar-baloch/person", "unhcr/igo"}},
	{"b2 menlu uea rrt", "Menlu UEA Sheikh Abdullah bin Zayed bertemu Menlu RRT Wang Yi di Beijing.", []string{"abdullah-bin-zayed-al-nahyan/person", "ARE", "wang-yi/person", "CHN"}},
	{"b2 presiden a.s. trump", "Presiden A.S. Donald Trump mengancam menaikkan tarif impor dari UE.", []string{"donald-trump/person", "USA", "european-union/igo"}},
	{"b2 none ketum baru", "Ketua Umum baru akan dipilih dalam musyawarah nasional bulan depan.", nil},
	{"b2 none pangeran kodok", "Dongeng Pangeran Kodok dibacakan dalam lomba bercerita anak.", nil},
	{"b2 kapolresta bandara", "Kapolresta Bandara Soekarno-Hatta Kombes Ronald Sipayung menyebut penumpang itu membawa sabu.", []string{"ronald-sipayung/person/IDN"}},
	{"b2 dubes korsel", "Dubes Korsel untuk Indonesia Park Soo-deok menghadiri festival budaya di Surabaya.", []string{"park-soo-deok/person/KOR", "KOR", "IDN"}},
	{"b2 h dan hj", "H. Abdul Rahman dan Hj. Siti Khadijah berangkat umrah bersama 40 jemaah.", []string{"abdul-rahman/person", "siti-khadijah/person"}},
	{"b2 prof dr ui", "Guru besar UI Prof. Dr. Hikmahanto Juwana menilai langkah itu tepat.", []string{"hikmahanto-juwana/person", "universitas-indonesia"}},
	{"b2 unhcr iom rohingya", "UNHCR dan IOM menampung pengungsi Rohingya di Pekanbaru.", []string{"unhcr/igo", "iom/igo"}},
	{"b2 menkes dirjen who", "Menkes Budi Gunadi Sadikin bertemu Dirjen WHO di Jenewa.", []string{"budi-gunadi-sadikin/person", "who/igo"}},
	{"b2 kepala bin", "Kepala BIN Muhammad Herindra melapor kepada Presiden Prabowo.", []string{"muhammad-herindra/person", "idn-intelligence", "prabowo-subianto/person"}},
	{"b2 none pm clock", "Pertandingan final dimulai pukul 8 PM waktu setempat.", nil},
	{"b2 jubir idf brigjen", "Juru bicara IDF Brigjen Effie Defrin mengatakan operasi darat berlanjut.", []string{"effie-defrin/person/ISR", "isr-armed-forces/military/ISR"}},
}

// idAbbr43Batch2Known are the rows of TestIDAbbr43Batch2 the extractor
// still fails, with the reason.
var idAbbr43Batch2Known = map[string]string{
	"b2 pangdam brawijaya": "a foreign place's name inside a person's name ends it ('Rudy Saladin': Saladin, Iraq's governorate), the class of TestDomesticGrid's 'pangdam mayjen'",
}

func TestIDAbbr43Batch2(t *testing.T) {
	runDomGrid(t, idAbbr43Batch2Rows, idAbbr43Batch2Known, "2025-06-01")
}
