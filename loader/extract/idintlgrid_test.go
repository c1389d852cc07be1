package extract

import "testing"

// idIntlGridRows are Indonesian sentences written for the test (made up in
// the style of the "Internasional" desk of Kompas, CNN Indonesia, Detik,
// Antara and Tempo, 2024-2026; never copied from a data set): foreign
// leaders and officials under Indonesian titles (Presiden, PM, Kanselir,
// Menlu, Menhan, Jubir, Dubes, Sekjen, Putra Mahkota, Emir, Raja),
// transliterated names in Indonesian spelling (Mahmud Abbas, Abdel Fattah
// al-Sisi, Mohammed bin Salman/MBS, Dmitri Peskov, Sergei Lavrov, Wang Yi,
// Lin Jian, Kim Jong Un, Lee Jae-myung, Sanae Takaichi, Anutin
// Charnvirakul, To Lam), states in their Indonesian forms (Tiongkok, Rusia,
// Ukraina, Korsel, Korut, Arab Saudi, UEA, Inggris, Prancis/Perancis,
// Jerman, Belanda, Selandia Baru, Afrika Selatan, Pantai Gading, RD Kongo),
// capitals as agents (Moskow menuduh, Beijing membalas, Teheran memanggil,
// Tel Aviv menolak) and as places (salju di Moskow, sirene di Tel Aviv),
// armed groups (Hamas, Hizbullah, Houthi, HTS, RSF, Taliban, M23, junta
// militer Myanmar), international bodies (PBB, DK PBB, WHO, IAEA, NATO, UE,
// ASEAN, OKI, BRICS, G20, ICC, ICJ, IMF, UNHCR) and rows where a state's
// name is a language, a food, a film's origin, a sea or a village (bahasa
// Arab, kurma Mesir, drama Korea, Selat Inggris, Kampung Inggris). Article
// date 2025-11-15.
//
// Before any rule: 116 of 135 pass. After the rules (Kampung before a
// state's name, animasi and bioskop, rolet, pasar before a capital): 120 of
// 135. A second batch of 32 rows, annotated before its first run after
// those rules: 32 of 32. (animasi was later taken out of people_words: it
// cost a gold actor in intl.dev; two rows, one of each batch, fail again.) A third batch of 26 harder rows (spellings,
// word orders, a title before a lone surname), annotated before its first
// run: 21 of 26. A fourth batch of 25 rows (names inside longer names,
// missions, seats of government, teams, goods, currencies), annotated
// before its first run: 21 of 25. A fifth batch of 10 rows, annotated
// before its first run after support nouns joined reaction_nouns (a
// capital after "dukungan dari", "sanksi dari", "restu dari" is its
// state): 7 of 10; "bantuan" was then taken out of the list (a shipment
// "dari Jakarta" is a place), 8 of 10.
//
// Annotated before the extractor ran on them, by the conventions of
// TestIDNewsGrid and TestTranslatedGrid: want lists the ids that must be
// actors (a person or body the gazetteer holds is its id, any other person
// the slug of the name as written; persons and states completely, bodies
// where the row names them), absent ids that must not be. A state named in
// a title, as a demonym, as a capital that acts or as a place after "di"
// or "ke" is an actor; a state inside a body's name (Kemlu China,
// Partai Komunis Vietnam, Kemlu RI) is none of its own; a capital, sea or
// city where something happens is a place, not its state.
var idIntlGridRows = []nameGridRow{
	// known: design: a head of state in an event takes part as his state (IDN for Prabowo), as the older grids note
	{"as xi prabowo beijing", "Presiden Tiongkok Xi Jinping menerima kunjungan Presiden Prabowo Subianto di Aula Besar Rakyat, Beijing, Rabu.", "xi-jinping CHN prabowo-subianto", "", false, true},
	{"as wang yi taiwan", "Menlu Tiongkok Wang Yi mendesak Washington menghentikan penjualan senjata ke Taiwan.", "wang-yi CHN USA TWN", "", false, false},
	{"as lin jian beijing menentang", "Juru bicara Kementerian Luar Negeri Tiongkok Lin Jian mengatakan Beijing menentang segala bentuk campur tangan asing.", "lin-jian chn-foreign-ministry CHN", "", false, false},
	{"as mao ning kemlu china", "Jubir Kemlu China Mao Ning menyebut tuduhan itu tidak berdasar dan bermotif politik.", "mao-ning chn-foreign-ministry", "", false, false},
	{"as guo jiakun jepang", "Guo Jiakun, juru bicara Kementerian Luar Negeri China, meminta Jepang menarik kembali pernyataan soal Taiwan.", "guo-jiakun chn-foreign-ministry JPN TWN", "", false, false},
	// known: a state named as a place after di (forum di Singapura) is given, as this grid's own header has it; the row's absent contradicts the header
	{"as menhan dong jun", "Menhan Tiongkok Dong Jun absen dari forum keamanan di Singapura tahun ini.", "dong-jun CHN", "SGP", false, true},
	{"as kim jong un kcna", "Pemimpin Korut Kim Jong Un meninjau uji coba rudal jelajah strategis, lapor KCNA.", "kim-jong-un PRK kcna", "", false, false},
	// known: design: Kim Jong Un in the event takes part as his state (PRK)
	{"as kim yo jong latihan", "Kim Yo Jong, adik Kim Jong Un, mengecam latihan militer gabungan Korsel dan AS.", "kim-yo-jong kim-jong-un KOR USA", "", false, true},
	{"as lee jae-myung tokyo", "Presiden Korsel Lee Jae-myung berjanji memperbaiki hubungan dengan Tokyo.", "lee-jae-myung KOR JPN", "", false, false},
	{"as cho hyun menlu korsel", "Menlu Korsel Cho Hyun membahas program nuklir Korut dengan mitranya dari Indonesia.", "cho-hyun KOR PRK IDN", "", false, false},
	{"as takaichi anggaran", "Perdana Menteri Jepang Sanae Takaichi menyatakan Tokyo akan menaikkan anggaran pertahanan.", "sanae-takaichi JPN", "", false, false},
	{"as motegi menlu jepang", "Menlu Jepang Toshimitsu Motegi tiba di Jakarta untuk dialog strategis dua tahunan.", "toshimitsu-motegi JPN", "", false, false},
	{"as anutin kamboja", "PM Thailand Anutin Charnvirakul memerintahkan penutupan perbatasan dengan Kamboja.", "anutin-charnvirakul THA KHM", "", false, false},
	{"as hun manet thailand", "PM Kamboja Hun Manet menuding militer Thailand melanggar gencatan senjata.", "hun-manet KHM THA", "", false, false},
	{"as sihasak menlu thailand", "Menlu Thailand Sihasak Phuangketkeow memanggil Dubes Kamboja di Bangkok.", "sihasak-phuangketkeow THA KHM", "", false, false},
	{"as to lam partai komunis", "Sekjen Partai Komunis Vietnam To Lam tiba di Jakarta untuk kunjungan kenegaraan.", "to-lam", "", false, false},
	{"as pham minh chinh", "PM Vietnam Pham Minh Chinh membahas kerja sama kendaraan listrik dengan pengusaha Indonesia.", "pham-minh-chinh VNM IDN", "", false, false},
	// known: the home armed forces (Panglima TNI) give IDN through the events phase
	{"as phan van giang", "Menhan Vietnam Phan Van Giang menerima kunjungan Panglima TNI di Hanoi.", "phan-van-giang VNM", "", false, true},
	{"as marcos penjaga pantai", "Presiden Filipina Ferdinand Marcos Jr. menuduh kapal penjaga pantai Tiongkok menembakkan meriam air.", "ferdinand-marcos-jr PHL CHN", "ferdinand-e-marcos", false, false},
	{"as anwar asean", "PM Malaysia Anwar Ibrahim menegaskan ASEAN tidak boleh menjadi ajang persaingan kekuatan besar.", "anwar-ibrahim MYS asean", "", false, false},
	// known: design: a head of state in an event takes part as his state (IDN for Prabowo)
	{"as lawrence wong bogor", "PM Singapura Lawrence Wong bertemu Prabowo di Istana Bogor, Senin.", "lawrence-wong SGP prabowo-subianto", "", false, true},
	{"as jaishankar new delhi", "Menlu India S. Jaishankar mengatakan New Delhi tidak akan tunduk pada tekanan tarif.", "s-jaishankar IND", "", false, false},
	{"as lai ching-te", "Presiden Taiwan Lai Ching-te menyebut pulau itu tidak akan tunduk pada tekanan Beijing.", "lai-ching-te TWN CHN", "", false, false},
	// known: junta militer Myanmar gives no state
	{"as min aung hlaing pemilu", "Pemimpin junta militer Myanmar Min Aung Hlaing menggelar pemilu yang dikecam kelompok oposisi.", "min-aung-hlaing MMR", "", false, true},
	// known: Junta Myanmar gives no state
	{"as junta myanmar amnesti", "Junta Myanmar membebaskan ribuan tahanan dalam amnesti tahunan.", "MMR", "", false, true},
	{"as taliban perempuan", "Pemerintah Taliban melarang perempuan Afghanistan bekerja di lembaga PBB.", "taliban AFG united-nations", "", false, false},
	{"as shehbaz sharif india", "PM Pakistan Shehbaz Sharif menuduh India mendukung kelompok separatis di Balochistan.", "shehbaz-sharif PAK IND", "", false, false},
	{"as kao kim hourn", "Sekjen ASEAN Kao Kim Hourn menyebut Timor Leste siap menjadi anggota penuh.", "kao-kim-hourn asean TLS", "", false, false},
	{"as sugiono wang yi", "Menlu Sugiono bertemu Menlu Tiongkok Wang Yi di sela KTT ASEAN di Kuala Lumpur.", "sugiono wang-yi CHN asean", "", false, false},
	{"me abbas dk pbb", "Presiden Palestina Mahmud Abbas menyerukan DK PBB mengakui keanggotaan penuh Palestina.", "mahmoud-abbas PSE un-security-council", "", false, false},
	{"me sisi hamas kairo", "Presiden Mesir Abdel Fattah al-Sisi menerima delegasi Hamas di Kairo untuk membahas gencatan senjata.", "abdel-fattah-el-sisi EGY hamas", "", false, false},
	{"me mbs trump", "Putra Mahkota Arab Saudi Mohammed bin Salman (MBS) bertemu Presiden AS Donald Trump di Gedung Putih.", "mohammed-bin-salman SAU donald-trump USA", "", false, false},
	{"me mbs riyadh", "MBS menegaskan Riyadh tidak akan menormalisasi hubungan dengan Israel tanpa negara Palestina.", "mohammed-bin-salman SAU ISR PSE", "", false, false},
	{"me faisal bin farhan oki", "Menlu Arab Saudi Pangeran Faisal bin Farhan menghadiri pertemuan OKI di Doha.", "faisal-bin-farhan SAU oic", "QAT", false, false},
	// known: design: a head of state in an event takes part as his state (IDN for Prabowo)
	{"me mbz prabowo", "Presiden UEA Mohamed bin Zayed Al Nahyan menelepon Presiden Prabowo Subianto untuk membahas situasi Gaza.", "mohamed-bin-zayed ARE prabowo-subianto", "", false, true},
	{"me erdogan penengah", "Presiden Turki Recep Tayyip Erdogan menyebut Ankara siap menjadi penengah antara Moskow dan Kyiv.", "recep-tayyip-erdogan TUR RUS UKR", "", false, false},
	{"me araghchi teheran", "Menlu Iran Abbas Araghchi mengatakan Teheran tidak akan berunding di bawah ancaman.", "abbas-araghchi IRN", "", false, false},
	{"me baghaei kemlu iran", "Juru bicara Kemlu Iran Esmaeil Baghaei mengecam sanksi baru Uni Eropa.", "esmaeil-baghaei european-union", "", false, false},
	{"me khamenei washington", "Pemimpin Tertinggi Iran Ayatollah Ali Khamenei memperingatkan Washington agar tidak ikut campur.", "ali-khamenei IRN USA", "", false, false},
	{"me pezeshkian nuklir", "Presiden Iran Masoud Pezeshkian menyatakan negaranya tidak berniat membuat senjata nuklir.", "masoud-pezeshkian IRN", "", false, false},
	{"me netanyahu gaza", "PM Israel Benjamin Netanyahu memerintahkan militer melanjutkan serangan ke Gaza.", "benjamin-netanyahu ISR", "", false, false},
	{"me israel katz houthi", "Menhan Israel Israel Katz mengancam akan membunuh pemimpin Houthi.", "israel-katz ISR houthis", "", false, false},
	{"me tel aviv menolak kairo", "Tel Aviv menolak usulan gencatan senjata yang diajukan Kairo.", "ISR EGY", "", false, false},
	{"me tel aviv sirene place", "Sirene serangan udara meraung di Tel Aviv pada Sabtu dini hari.", "", "ISR", true, false},
	{"me sharaa hts", "Presiden Suriah Ahmed al-Sharaa berjanji membubarkan semua faksi bersenjata, termasuk HTS.", "ahmed-al-sharaa SYR hts", "", false, false},
	{"me naim qassem", "Sekjen Hizbullah Naim Qassem menyatakan kelompoknya tidak akan menyerahkan senjata.", "naim-qassem hezbollah", "", false, false},
	{"me houthi yaman", "Kelompok Houthi di Yaman mengklaim menyerang kapal tanker di Laut Merah.", "houthis YEM", "", false, false},
	{"me yahya saree", "Juru bicara militer Houthi Yahya Saree mengklaim serangan rudal ke Bandara Ben Gurion.", "yahya-saree houthis", "", false, false},
	{"me hamas palang merah", "Hamas menyerahkan jenazah empat sandera kepada Palang Merah Internasional.", "hamas icrc", "", false, false},
	{"me khalil al-hayya", "Kepala perunding Hamas Khalil al-Hayya selamat dari serangan Israel di Doha.", "khalil-al-hayya hamas ISR", "", false, false},
	{"me abdullah ii", "Raja Yordania Abdullah II memperingatkan risiko perang regional yang lebih luas.", "abdullah-ii-of-jordan JOR", "", false, false},
	{"me tamim qatar", "Emir Qatar Sheikh Tamim bin Hamad Al Thani menyambut baik kesepakatan pertukaran tahanan.", "tamim-bin-hamad-al-thani QAT", "", false, false},
	{"me burhan rsf", "Panglima militer Sudan Jenderal Abdel Fattah al-Burhan menolak berunding dengan RSF.", "abdel-fattah-al-burhan SDN rsf", "abdel-fattah-el-sisi", false, false},
	{"me hemedti el fasher", "Pasukan Dukungan Cepat (RSF) pimpinan Mohamed Hamdan Dagalo alias Hemedti merebut kota El Fasher.", "rsf mohamed-hamdan-dagalo", "", false, false},
	{"me otoritas palestina", "Otoritas Palestina menyatakan siap mengambil alih pengelolaan Jalur Gaza.", "pse-authority", "", false, false},
	{"me unrwa", "Badan PBB untuk pengungsi Palestina (UNRWA) kehabisan stok tepung di Gaza utara.", "unrwa", "", false, false},
	{"me jihad islam", "Jihad Islam Palestina mengaku bertanggung jawab atas serangan roket itu.", "palestinian-islamic-jihad", "", false, false},
	{"me hts assad", "Kelompok HTS memimpin serangan kilat yang menggulingkan Bashar al-Assad.", "hts bashar-al-assad", "", false, false},
	{"me erdogan lone", "Erdogan menyebut Israel sebagai negara teroris dalam pidatonya di Ankara.", "recep-tayyip-erdogan ISR", "", false, false},
	// known: design: a head of government in an event takes part as his state (ISR)
	{"me netanyahu lone", "Netanyahu menolak tuntutan penarikan penuh pasukan dari Gaza.", "benjamin-netanyahu", "", false, true},
	{"eu lavrov barat", "Menlu Rusia Sergei Lavrov menuding negara-negara Barat memperpanjang perang di Ukraina.", "sergei-lavrov RUS UKR", "", false, false},
	{"eu peskov putin zelensky", "Juru bicara Kremlin Dmitri Peskov mengatakan Putin belum berencana bertemu Zelensky.", "dmitry-peskov vladimir-putin volodymyr-zelenskyy", "", false, false},
	{"eu zakharova merz", "Jubir Kemlu Rusia Maria Zakharova menyebut pernyataan Kanselir Jerman Friedrich Merz provokatif.", "maria-zakharova friedrich-merz DEU", "", false, false},
	{"eu belousov kursk", "Menhan Rusia Andrei Belousov meninjau pasukan di wilayah Kursk.", "andrei-belousov RUS", "", false, false},
	// known: a capital after dari as the source of a request (dari Berlin) gives no state
	{"eu zelensky patriot berlin", "Presiden Ukraina Volodymyr Zelensky meminta tambahan sistem pertahanan udara Patriot dari Berlin.", "volodymyr-zelenskyy UKR DEU", "", false, true},
	{"eu sybiha drone", "Menlu Ukraina Andrii Sybiha menyebut serangan drone Rusia semalam menewaskan tujuh warga sipil.", "andrii-sybiha UKR RUS", "", false, false},
	{"eu moskow menuduh kyiv", "Moskow menuduh Kyiv menyerang kediaman Putin dengan drone.", "RUS UKR vladimir-putin", "", false, false},
	{"eu moskow salju place", "Salju tebal menyelimuti Moskow dan mengganggu penerbangan di Bandara Sheremetyevo.", "", "RUS", true, false},
	// known: Sidang Umum PBB gives no United Nations
	{"eu macron paris palestina", "Presiden Prancis Emmanuel Macron mengumumkan Paris akan mengakui negara Palestina di Sidang Umum PBB.", "emmanuel-macron FRA PSE united-nations", "", false, true},
	{"eu perancis aljazair", "Perancis memanggil Duta Besar Aljazair setelah pengusiran dua belas diplomatnya.", "FRA DZA", "", false, false},
	{"eu starmer ukraina", "PM Inggris Keir Starmer menjanjikan tambahan bantuan militer senilai 1,5 miliar poundsterling untuk Ukraina.", "keir-starmer GBR UKR", "", false, false},
	{"eu merz aset rusia", "Kanselir Jerman Friedrich Merz mendesak UE mempercepat pemanfaatan aset Rusia yang dibekukan.", "friedrich-merz DEU european-union RUS", "", false, false},
	{"eu schoof nato den haag", "PM Belanda Dick Schoof menjadi tuan rumah KTT NATO di Den Haag.", "dick-schoof NLD nato", "", false, false},
	{"eu rutte belanja", "Sekjen NATO Mark Rutte meminta anggota aliansi menaikkan belanja pertahanan hingga 5 persen.", "mark-rutte nato", "", false, false},
	{"eu von der leyen", "Ketua Komisi Eropa Ursula von der Leyen mengumumkan tarif balasan terhadap baja Amerika.", "ursula-von-der-leyen european-commission USA", "", false, false},
	{"eu kallas rusia", "Kepala kebijakan luar negeri UE Kaja Kallas menyebut Rusia ancaman jangka panjang bagi Eropa.", "kaja-kallas european-union RUS", "", false, false},
	{"eu nawrocki polandia", "Presiden Polandia Karol Nawrocki memveto undang-undang bantuan bagi pengungsi Ukraina.", "karol-nawrocki POL UKR", "", false, false},
	{"eu orban hongaria", "PM Hongaria Viktor Orban menolak sanksi baru Uni Eropa terhadap sektor energi Rusia.", "viktor-orban HUN european-union RUS", "", false, false},
	{"eu putin trump telepon", "Presiden Rusia Vladimir Putin melakukan panggilan telepon dua jam dengan Presiden AS Donald Trump.", "vladimir-putin RUS donald-trump USA", "", false, false},
	{"eu uni eropa sanksi 19", "Uni Eropa menyetujui paket sanksi ke-19 terhadap Rusia.", "european-union RUS", "", false, false},
	{"ot luxon indonesia", "PM Selandia Baru Christopher Luxon menyambut baik kesepakatan perdagangan dengan Indonesia.", "christopher-luxon NZL IDN", "", false, false},
	{"ot ramaphosa g20", "Presiden Afrika Selatan Cyril Ramaphosa menyerahkan keketuaan G20 kepada AS.", "cyril-ramaphosa ZAF g20 USA", "", false, false},
	{"ot ouattara", "Presiden Pantai Gading Alassane Ouattara kembali terpilih untuk masa jabatan keempat.", "alassane-ouattara CIV", "", false, false},
	{"ot tshisekedi kagame", "Presiden RD Kongo Felix Tshisekedi dan Presiden Rwanda Paul Kagame menandatangani perjanjian damai di Washington.", "felix-tshisekedi COD paul-kagame RWA", "", false, false},
	{"ot m23 goma", "Pemberontak M23 merebut kota Goma di timur RD Kongo.", "m23 COD", "", false, false},
	{"ot lula brics", "Presiden Brasil Lula da Silva menjadi tuan rumah KTT BRICS di Rio de Janeiro.", "luiz-inacio-lula-da-silva BRA brics", "", false, false},
	{"ot milei", "Presiden Argentina Javier Milei memangkas subsidi listrik dan transportasi.", "javier-milei ARG", "", false, false},
	{"ot sheinbaum", "Presiden Meksiko Claudia Sheinbaum menolak rencana pengerahan tentara AS ke wilayahnya.", "claudia-sheinbaum MEX USA", "", false, false},
	{"ot carney", "PM Kanada Mark Carney menghentikan perundingan dagang dengan Washington.", "mark-carney CAN USA", "", false, false},
	{"ot rubio", "Menlu AS Marco Rubio menyebut Washington tidak akan mengakui hasil pemilu Venezuela.", "marco-rubio USA VEN", "", false, false},
	// known: design: a head of state in an event takes part as his state (RUS for Putin)
	{"ot witkoff kremlin", "Utusan khusus AS Steve Witkoff bertemu Putin di Kremlin selama lima jam.", "steve-witkoff USA vladimir-putin", "", false, true},
	{"ot washington sanksi", "Washington menjatuhkan sanksi kepada dua perusahaan minyak terbesar Rusia.", "USA RUS", "", false, false},
	{"ot washington place", "Ribuan demonstran berbaris di pusat kota Washington pada Sabtu sore.", "", "USA", true, false},
	{"ot hegseth", "Menhan AS Pete Hegseth memerintahkan pengerahan kapal induk ke Karibia.", "pete-hegseth USA", "", false, false},
	{"io guterres konvoi", "Sekjen PBB Antonio Guterres mengecam serangan terhadap konvoi bantuan di Gaza.", "antonio-guterres united-nations", "", false, false},
	{"io dk pbb veto", "DK PBB gagal mengesahkan resolusi gencatan senjata setelah AS menggunakan hak veto.", "un-security-council USA", "", false, false},
	{"io tedros", "Dirjen WHO Tedros Adhanom Ghebreyesus menyebut sistem kesehatan Gaza di ambang kehancuran.", "tedros-adhanom-ghebreyesus who", "", false, false},
	{"io grossi fordow", "Kepala IAEA Rafael Grossi mengatakan inspektur belum diizinkan masuk ke fasilitas Fordow.", "rafael-grossi iaea", "", false, false},
	{"io oki jeddah", "OKI menggelar pertemuan luar biasa para menteri luar negeri di Jeddah.", "oic", "SAU", false, false},
	{"io asean timor leste", "Para pemimpin ASEAN menyepakati Timor Leste menjadi anggota ke-11 dalam KTT di Kuala Lumpur.", "asean TLS", "MYS", false, false},
	{"io g20 johannesburg", "KTT G20 di Johannesburg diwarnai absennya Presiden AS Donald Trump.", "g20 donald-trump USA", "ZAF", false, false},
	{"io brics indonesia", "BRICS menerima Indonesia sebagai anggota penuh pada Januari 2025.", "brics IDN", "", false, false},
	// known: design: a head of government in an event takes part as his state (ISR)
	{"io icc netanyahu", "Mahkamah Pidana Internasional (ICC) menerbitkan surat perintah penangkapan untuk Netanyahu.", "icc benjamin-netanyahu", "", false, true},
	{"io icj israel", "Mahkamah Internasional (ICJ) memerintahkan Israel membuka akses bantuan kemanusiaan.", "icj ISR", "", false, false},
	{"io imf tiongkok", "IMF memangkas proyeksi pertumbuhan ekonomi Tiongkok menjadi 4 persen.", "imf CHN", "", false, false},
	{"io unhcr sudan", "UNHCR mencatat lebih dari 12 juta warga Sudan mengungsi sejak perang pecah.", "unhcr SDN", "", false, false},
	{"io hissein taha", "Sekjen OKI Hissein Brahim Taha mengecam pembakaran Al Quran di Swedia.", "hissein-brahim-taha oic SWE", "", false, false},
	{"io nato rusia", "NATO mengerahkan jet tempur setelah drone Rusia melanggar wilayah udara Polandia.", "nato RUS POL", "", false, false},
	{"dp dubes ri rusia", "Dubes RI untuk Rusia Jose Tavares menyerahkan surat kepercayaan kepada Putin.", "jose-tavares IDN RUS vladimir-putin", "", false, false},
	{"dp dubes tiongkok wang lutong", "Duta Besar Tiongkok untuk Indonesia Wang Lutong mengatakan hubungan kedua negara berada di titik terbaik.", "wang-lutong CHN IDN", "", false, false},
	{"dp waltz pbb", "Dubes AS untuk PBB Mike Waltz menyebut Hamas harus dilucuti sepenuhnya.", "mike-waltz USA united-nations hamas", "", false, false},
	{"dp dubes palestina", "Dubes Palestina untuk Indonesia Zuhair Al-Shun berterima kasih atas bantuan kemanusiaan dari Jakarta.", "zuhair-al-shun PSE IDN", "", false, false},
	// known: WNI (warga negara Indonesia) gives no IDN
	{"dp kemlu ri wni iran", "Kemlu RI memastikan 97 WNI di Iran dalam kondisi aman.", "idn-foreign-ministry IDN IRN", "", false, true},
	{"cap beijing tarif", "Beijing membalas dengan mengenakan tarif 34 persen atas seluruh barang impor dari AS.", "CHN USA", "", false, false},
	{"cap teheran inggris", "Teheran memanggil duta besar Inggris untuk memprotes penangkapan dua warganya.", "IRN GBR", "", false, false},
	{"cap seoul tokyo", "Seoul dan Tokyo sepakat memperkuat kerja sama intelijen militer.", "KOR JPN", "", false, false},
	{"cap pyongyang laut jepang", "Pyongyang menembakkan rudal balistik ke Laut Jepang pada Kamis pagi.", "PRK", "JPN", false, false},
	{"cap canberra", "Canberra menyatakan prihatin atas penahanan seorang warga Australia di Tiongkok.", "AUS CHN", "", false, false},
	{"cap beijing lampion place", "Festival lampion di Beijing menarik ribuan wisatawan selama akhir pekan.", "", "CHN", true, false},
	{"cap teheran polusi place", "Udara di Teheran tercemar berat sehingga sekolah-sekolah ditutup dua hari.", "", "IRN", true, false},
	{"cap kairo place", "Harga roti di pasar-pasar Kairo naik dua kali lipat dalam sebulan.", "", "EGY", true, false},
	{"tr warga negara rusia bali", "Seorang warga negara Rusia ditangkap di Bali karena melebihi izin tinggal.", "RUS", "", false, false},
	// known: orang Rusia (a demonym with orang) gives no state
	{"tr orang rusia pantai", "Ratusan orang Rusia memadati pantai-pantai di Bali selama libur musim dingin.", "RUS", "", false, true},
	{"tr bahasa arab santri", "Santri di pondok pesantren itu belajar bahasa Arab setiap pagi.", "", "SAU", true, false},
	{"tr kurma mesir", "Harga kurma Mesir di Pasar Tanah Abang naik menjelang Ramadan.", "", "EGY", true, false},
	{"tr drama korea", "Drama Korea masih mendominasi daftar tontonan terpopuler di platform streaming.", "", "KOR", true, false},
	{"tr kampung inggris", "Ribuan pelajar datang ke Kampung Inggris di Pare, Kediri, untuk kursus singkat.", "", "GBR", true, false},
	{"tr selat inggris", "Kapal kargo itu terbalik di Selat Inggris saat badai melanda.", "", "GBR", true, false},
	{"tr roti prancis keju belanda", "Toko kue itu menjual roti Prancis dan keju Belanda.", "", "FRA NLD", true, false},
	{"tr keturunan tionghoa", "Warga keturunan Tionghoa merayakan Imlek di kawasan Glodok.", "", "CHN", true, false},
	{"tr kopi turki", "Kopi Turki dan baklava disajikan kepada para tamu undangan.", "", "TUR", true, false},
	// known: a film's origin after animasi (film animasi Jepang) gives the state; animasi in people_words fixed it but cost a gold actor in intl.dev (serial animasi Jepang)
	{"tr animasi jepang", "Film animasi Jepang itu meraup pendapatan tertinggi di bioskop Indonesia pekan ini.", "", "JPN", true, true},
	{"tr rolet rusia", "Ekonom itu menyebut kebijakan tarif tersebut seperti bermain rolet Rusia.", "", "RUS", true, false},
	{"tr perang dunia", "Museum itu memamerkan senjata peninggalan Perang Dunia II.", "", "", true, false},
	{"tr laut china selatan", "Nelayan Natuna melaporkan cuaca buruk di Laut China Selatan.", "", "CHN", true, false},
	// Second batch, annotated before its first run (after the first rules):
	// spelling variants of the same persons, lone surnames, capitals acting
	// and as places, more villages, films, markets and foods, and the older
	// grids' conventions for WNI (no IDN) and "orang Jepang" (a people, no
	// state).
	{"b2 muhammad bin salman", "Putra Mahkota Muhammad bin Salman menjamu para pemimpin Teluk di Riyadh.", "mohammed-bin-salman", "", false, false},
	{"b2 abdel fattah el-sisi", "Presiden Abdel Fattah el-Sisi meresmikan ibu kota administratif baru Mesir.", "abdel-fattah-el-sisi EGY", "", false, false},
	{"b2 mahmoud abbas ramallah", "Mahmoud Abbas menunjuk Hussein al-Sheikh sebagai wakilnya di Ramallah.", "mahmoud-abbas hussein-al-sheikh", "", false, false},
	{"b2 sergey lavrov spelling", "Sergey Lavrov menyebut usulan damai Eropa tidak realistis.", "sergei-lavrov", "", false, false},
	{"b2 dmitry peskov kremlin", "Jubir Kremlin Dmitry Peskov menolak mengomentari laporan intelijen Inggris.", "dmitry-peskov GBR", "", false, false},
	{"b2 wang yi lone", "Wang Yi juga bertemu Menlu Korsel Cho Hyun di sela pertemuan APEC.", "wang-yi cho-hyun KOR apec", "", false, false},
	{"b2 jubir kemlu china lin jian", "Jubir Kemlu China Lin Jian mendesak Manila berhenti melakukan provokasi di Laut China Selatan.", "lin-jian chn-foreign-ministry PHL", "", false, false},
	{"b2 kampung arab", "Wisatawan memadati Kampung Arab di Pekojan selama Ramadan.", "", "SAU", true, false},
	{"b2 kampung jepang", "Kampung Jepang di Bandung ramai dikunjungi penggemar anime.", "", "JPN", true, false},
	// known: as tr animasi jepang: animasi is left out of people_words for intl.dev's gold
	{"b2 film animasi korea", "Serial animasi Korea itu tayang serentak di bioskop Indonesia.", "", "KOR IDN", true, true},
	{"b2 pasar seoul place", "Pedagang di pasar-pasar Seoul mengeluhkan turunnya daya beli.", "", "KOR", true, false},
	{"b2 pasar istanbul", "Harga daging di pasar Istanbul melonjak setelah lira anjlok.", "", "TUR", true, false},
	{"b2 rolet rusia politik", "Pengamat menyamakan langkah oposisi itu dengan rolet Rusia.", "", "RUS", true, false},
	{"b2 kurma tunisia", "Kurma Tunisia dan kurma Mesir laris di pasar Tanah Abang.", "", "TUN EGY", true, false},
	{"b2 bahasa prancis kursus", "Ia mengambil kursus bahasa Prancis sebelum berangkat kuliah.", "", "FRA", true, false},
	{"b2 seoul memprotes", "Seoul memprotes klaim Tokyo atas pulau Dokdo dalam buku putih pertahanan Jepang.", "KOR JPN", "", false, false},
	{"b2 ankara membalas", "Ankara membalas dengan menangguhkan seluruh perdagangan dengan Israel.", "TUR ISR", "", false, false},
	{"b2 riyadh mendesak", "Riyadh mendesak komunitas internasional menghentikan agresi di Gaza.", "SAU", "", false, false},
	{"b2 new delhi place", "Kabut asap tebal menyelimuti New Delhi selama sepekan terakhir.", "", "IND", true, false},
	{"b2 korut rudal", "Korut kembali menembakkan rudal balistik antarbenua pada Jumat.", "PRK", "", false, false},
	{"b2 uea sudan", "UEA membantah tuduhan memasok senjata kepada RSF di Sudan.", "ARE rsf SDN", "", false, false},
	{"b2 hizbullah israel", "Hizbullah menembakkan puluhan roket ke Israel utara.", "hezbollah ISR", "", false, false},
	{"b2 taliban pakistan", "Pemerintah Taliban menuduh Pakistan melancarkan serangan udara di Kabul.", "taliban PAK", "", false, false},
	{"b2 sekjen pbb lone", "Guterres menyerukan gencatan senjata segera di Sudan.", "antonio-guterres SDN", "", false, false},
	{"b2 iaea iran", "IAEA melaporkan Iran telah memperkaya uranium hingga 60 persen.", "iaea IRN", "", false, false},
	{"b2 who mpox", "WHO menetapkan wabah mpox di Afrika sebagai darurat kesehatan global.", "who", "", false, false},
	{"b2 menlu selandia baru", "Menlu Selandia Baru Winston Peters mengunjungi Jakarta pekan ini.", "winston-peters NZL", "", false, false},
	{"b2 belanda kembalikan", "Belanda mengembalikan ratusan artefak bersejarah kepada Indonesia.", "NLD IDN", "", false, false},
	{"b2 rd kongo rwanda", "RD Kongo menuduh Rwanda mendukung pemberontak M23.", "COD RWA m23", "", false, false},
	{"b2 dubes inggris", "Dubes Inggris untuk Indonesia Dominic Jermey menghadiri peluncuran program beasiswa.", "dominic-jermey GBR IDN", "", false, false},
	{"b2 wni evakuasi", "Sebanyak 47 WNI dievakuasi dari Iran melalui Azerbaijan.", "IRN AZE", "IDN", false, false},
	{"b2 orang jepang", "Banyak orang Jepang kini memilih Bali sebagai tujuan pensiun.", "", "JPN", true, false},
	// Third batch, annotated before its first run: Indonesian spellings
	// and word orders of names (Benyamin Netanyahu, Volodimir Zelensky, Kim
	// Jong-un, Lee Jae Myung, Hemeti), a title before a lone surname (PM
	// Takaichi, Kanselir Merz, Menlu Lavrov, Sekjen Rutte), monarchs, the
	// Pope and an ambassador the gazetteer lacks.
	{"b3 benyamin netanyahu", "PM Israel Benyamin Netanyahu menolak kehadiran pasukan Turki di Gaza.", "benjamin-netanyahu ISR TUR", "", false, false},
	{"b3 vladimir zelensky", "Presiden Ukraina Volodimir Zelensky menyebut Kyiv siap berunding tanpa syarat.", "volodymyr-zelenskyy UKR", "", false, false},
	{"b3 kim jong-un hyphen", "Kim Jong-un menghadiri parade militer peringatan 80 tahun Partai Buruh Korea.", "kim-jong-un", "", false, false},
	{"b3 lee jae myung no hyphen", "Presiden Lee Jae Myung menjadi tuan rumah KTT APEC di Gyeongju.", "lee-jae-myung apec", "", false, false},
	{"b3 takaichi sanae order", "PM Takaichi menyatakan Jepang tidak akan mengubah sikapnya soal Taiwan.", "sanae-takaichi JPN TWN", "", false, false},
	{"b3 kanselir merz lone", "Kanselir Merz menyebut Jerman harus memiliki tentara terkuat di Eropa.", "friedrich-merz DEU", "", false, false},
	{"b3 menlu lavrov surname", "Menlu Lavrov dan Menlu Wang Yi menegaskan kemitraan strategis kedua negara.", "sergei-lavrov wang-yi", "", false, false},
	{"b3 hemeti spelling", "Komandan RSF Hemeti mengumumkan pembentukan pemerintahan tandingan.", "mohamed-hamdan-dagalo rsf", "", false, false},
	// known: design: a head of state in an event takes part as his state (ARE)
	{"b3 mohammed bin zayed", "Mohammed bin Zayed bertemu Presiden Prancis di Abu Dhabi.", "mohamed-bin-zayed FRA", "", false, true},
	{"b3 haniyeh lone", "Haniyeh tewas dalam serangan di sebuah wisma tamu di Teheran.", "ismail-haniyeh", "", false, false},
	{"b3 khamenei lone", "Khamenei menyebut perundingan dengan Amerika tidak bijaksana.", "ali-khamenei USA", "", false, false},
	// known: the row breaks this grid's header: a state inside a body's name (Mahkamah Konstitusi Thailand) is none of its own
	{"b3 paetongtarn", "Mahkamah Konstitusi Thailand memberhentikan PM Paetongtarn Shinawatra.", "paetongtarn-shinawatra THA", "", false, true},
	// known: a state inside a title's body (Presiden Senat Kamboja) is given, against this grid's header
	{"b3 hun sen senat", "Presiden Senat Kamboja Hun Sen menuding Bangkok menyebarkan propaganda.", "hun-sen THA", "", false, true},
	{"b3 pm anwar lone", "PM Anwar menegaskan Malaysia tidak akan tunduk pada tekanan asing.", "anwar-ibrahim MYS", "", false, false},
	// known: design: heads of state in an event take part as their states (TUR, RUS)
	{"b3 presiden erdogan lone title", "Presiden Erdogan menelepon Presiden Putin untuk membahas pertukaran tahanan.", "recep-tayyip-erdogan vladimir-putin", "", false, true},
	{"b3 menlu araghchi title", "Menlu Araghchi tiba di Oman untuk putaran baru perundingan nuklir.", "abbas-araghchi OMN", "", false, false},
	{"b3 sekjen rutte title", "Sekjen Rutte menegaskan pintu NATO tetap terbuka bagi Ukraina.", "mark-rutte nato UKR", "", false, false},
	{"b3 menhan hegseth perang", "Menteri Perang AS Pete Hegseth mengumumkan operasi terhadap kapal penyelundup narkoba.", "pete-hegseth USA", "", false, false},
	{"b3 dubes rusia", "Dubes Rusia untuk Indonesia Sergei Tolchenov mengatakan Moskow menghormati politik bebas aktif Jakarta.", "sergei-tolchenov RUS IDN", "", false, false},
	{"b3 jubir hamas", "Juru bicara Hamas Hazem Qassem menuduh Israel melanggar kesepakatan.", "hazem-qassem hamas ISR", "naim-qassem", false, false},
	{"b3 perdana menteri inggris starmer lone", "Starmer menegaskan Inggris akan mengakui Palestina bila Israel tidak menyetujui gencatan senjata.", "keir-starmer GBR PSE ISR", "", false, false},
	{"b3 menlu prancis barrot", "Menlu Prancis Jean-Noel Barrot menyebut serangan itu pelanggaran hukum internasional.", "jean-noel-barrot FRA", "", false, false},
	{"b3 menlu jerman wadephul", "Menlu Jerman Johann Wadephul mengunjungi Tel Aviv dan Ramallah.", "johann-wadephul DEU", "", false, false},
	{"b3 presiden korsel yoon mantan", "Mantan Presiden Korsel Yoon Suk Yeol divonis penjara seumur hidup.", "yoon-suk-yeol KOR", "", false, false},
	{"b3 raja charles", "Raja Charles III menerima Presiden Prabowo di Istana Buckingham.", "charles-iii prabowo-subianto", "", false, false},
	// known: design: the Pope in an event takes part as his state (VAT)
	{"b3 paus leo", "Paus Leo XIV menyerukan gencatan senjata di Ukraina dan Gaza.", "pope-leo-xiv UKR", "", false, true},
	// Fourth batch, annotated before its first run: a state's or a
	// capital's name inside longer names (Universitas Tel Aviv, Bandara Ben
	// Gurion, Piagam PBB, Konvensi Jenewa, Perjanjian Paris, The Washington
	// Post, Forum Ekonomi Dunia), missions named by their capital (KBRI
	// Moskow), seats of government that act (Kremlin, Gedung Putih,
	// Pentagon), national teams, goods and currencies.
	{"b4 universitas tel aviv", "Peneliti Universitas Tel Aviv menemukan varian baru bakteri tahan antibiotik.", "", "ISR", false, false},
	{"b4 bandara ben gurion", "Penerbangan dari Bandara Ben Gurion dibatalkan akibat serangan rudal.", "", "ISR", true, false},
	{"b4 piagam pbb", "Pakar hukum menilai serangan itu melanggar Piagam PBB.", "", "united-nations", true, false},
	{"b4 konvensi jenewa", "Organisasi HAM menuding kedua pihak melanggar Konvensi Jenewa.", "", "CHE", false, false},
	{"b4 perjanjian paris", "Argentina mempertimbangkan keluar dari Perjanjian Paris tentang perubahan iklim.", "ARG", "FRA", false, false},
	// known: mahasiswa Indonesia is a demonym (IDN, missed in the annotation) and the mission's host capital gives RUS
	{"b4 kbri moskow", "KBRI Moskow mengimbau mahasiswa Indonesia tidak bepergian ke wilayah perbatasan.", "embassy-idn-rus", "", false, true},
	// known: a mission named with its sender (Kedubes AS) gives the sender state
	{"b4 kedubes as jakarta", "Kedubes AS di Jakarta menangguhkan layanan visa selama dua hari.", "embassy-usa-idn", "", false, true},
	// known: a state as a place (dekat pantai Azerbaijan) is given, as this grid's header has it after di and ke
	{"b4 laut kaspia", "Kapal tanker itu karam di Laut Kaspia dekat pantai Azerbaijan.", "", "AZE", true, true},
	{"b4 forum ekonomi dunia", "Forum Ekonomi Dunia di Davos kembali dihadiri ribuan pemimpin bisnis.", "world-economic-forum", "CHE", false, false},
	{"b4 washington post", "Surat kabar The Washington Post melaporkan rencana pemecatan ribuan pegawai federal.", "washington-post", "USA", false, false},
	{"b4 new york times", "Menurut The New York Times, Gedung Putih menunda pengumuman tarif baru.", "new-york-times usa-presidency", "", false, false},
	{"b4 kota gaza place", "Warga Kota Gaza kembali ke rumah-rumah mereka yang hancur.", "", "PSE", true, false},
	{"b4 tepi barat pemukim", "Pemukim Yahudi membakar kebun zaitun milik warga Palestina di Tepi Barat.", "PSE", "", false, false},
	{"b4 arab saudi timnas no state", "Timnas Arab Saudi menahan imbang Indonesia di kualifikasi Piala Dunia.", "", "SAU IDN", true, false},
	{"b4 piala asia qatar", "Piala Asia 2027 akan digelar di Arab Saudi.", "SAU", "", false, false},
	// known: a club of a state (klub sepak bola Inggris) gives the state, as TestSportTechGrid and TestCompoundGrid have it
	{"b4 tiongkok taipan", "Taipan asal Tiongkok itu membeli klub sepak bola Inggris.", "CHN", "", false, true},
	{"b4 beijing olympic place", "Suhu di Beijing turun hingga minus 10 derajat Celsius pekan ini.", "", "CHN", true, false},
	{"b4 moskow kremlin agent", "Kremlin menyebut usulan itu sebagai dasar yang baik untuk perundingan.", "rus-presidency", "", false, false},
	{"b4 gedung putih agent", "Gedung Putih membantah laporan bahwa Trump akan memecat Menlu Rubio.", "usa-presidency donald-trump marco-rubio", "", false, false},
	{"b4 pentagon agent", "Pentagon mengirim 200 tentara tambahan ke Israel untuk memantau gencatan senjata.", "usa-defense-ministry ISR", "", false, false},
	{"b4 tiga warga inggris", "Tiga warga Inggris ditahan di Iran atas tuduhan spionase.", "GBR IRN", "", false, false},
	{"b4 perang ukraina no actor", "Harga gandum dunia naik sejak pecahnya perang di Ukraina.", "UKR", "", false, false},
	{"b4 bahasa jerman", "Kedutaan menyediakan kelas bahasa Jerman gratis bagi mahasiswa.", "", "DEU", true, false},
	{"b4 mobil jepang", "Penjualan mobil Jepang di Indonesia turun 10 persen tahun ini.", "IDN", "JPN", false, false},
	{"b4 dolar singapura", "Nilai tukar dolar Singapura menguat terhadap rupiah.", "", "SGP", true, false},
	// Fifth batch, annotated before its first run after the support nouns
	// were added to reaction_nouns: a capital after such a noun and "dari"
	// is its state; a capital after "dari" as a journey's start is a place.
	{"b5 restu dari washington", "Tel Aviv disebut belum mendapat restu dari Washington untuk menyerang fasilitas nuklir itu.", "ISR USA", "", false, false},
	// known: Brussel (Indonesian spelling) is not read as a capital, and in such news it stands for the EU more than for BEL
	{"b5 sanksi dari brussel", "Perusahaan minyak itu terancam sanksi dari Brussel bila tetap membeli minyak mentah Rusia.", "BEL RUS", "", false, true},
	{"b5 undangan dari moskow", "Presiden Afrika Selatan menerima undangan dari Moskow untuk menghadiri KTT BRICS.", "ZAF RUS brics", "", false, false},
	{"b5 hibah dari tokyo", "Kamboja menerima hibah dari Tokyo untuk pembersihan ranjau darat.", "KHM JPN", "", false, false},
	// known: design: a head of state in an event takes part as his state (UKR)
	{"b5 jaminan keamanan dari washington", "Zelensky menuntut jaminan keamanan dari Washington sebelum menandatangani kesepakatan.", "volodymyr-zelenskyy USA", "", false, true},
	{"b5 dukungan kuat dari beijing", "Pyongyang mendapat dukungan kuat dari Beijing di Dewan Keamanan.", "PRK CHN", "", false, false},
	{"b5 penerbangan dari moskow place", "Penerbangan langsung dari Moskow ke Denpasar kembali dibuka bulan depan.", "", "RUS", true, false},
	{"b5 mahasiswa pulang dari kairo", "Ratusan mahasiswa pulang dari Kairo setelah menyelesaikan studi di Al-Azhar.", "", "EGY", false, false},
	{"b5 kereta dari beijing", "Kereta cepat dari Beijing ke Shanghai dilaporkan terlambat akibat salju.", "", "CHN", true, false},
	{"b5 bantuan dari jakarta bencana", "Bantuan logistik dari Jakarta tiba di Aceh Tamiang menggunakan pesawat Hercules.", "", "", false, false},
}

// TestIDIntlGrid checks idIntlGridRows: the persons, states and bodies
// each row must give and the ids it must not.
func TestIDIntlGrid(t *testing.T) {
	runNameGridOn(t, idIntlGridRows, 228, "2025-11-15")
}
