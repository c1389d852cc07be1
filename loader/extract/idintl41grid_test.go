package extract

import "testing"

// idIntl41GridRows are Indonesian sentences written for the test (made up in
// the style of present-day 2023-2026 foreign news of Antara, Kompas.com
// Global, Detik Internasional, CNN Indonesia and Republika, written from
// wire copy; never copied from a data set): foreign heads of state and
// government, ministers, army chiefs, central bankers and opposition
// leaders under Indonesian titles and short titles (PM, Kanselir, Presiden,
// Menlu, Menhan, Mendagri, Panglima, Ketua Parlemen, Raja, Putra Mahkota,
// Emir, Ayatollah); foreign bodies named in Indonesian (Kongres AS, Senat
// AS, Mahkamah Agung AS, Parlemen Eropa, Komisi Eropa, Majelis Nasional,
// Knesset, Duma Negara, Garda Revolusi Iran, Pasukan Pertahanan Israel,
// Kementerian Pertahanan Rusia, Dewan Keamanan PBB, Mahkamah Pidana
// Internasional); short and Indonesian forms of state names (AS, Negeri
// Paman Sam, Inggris, Korsel, Korut, RRT, Tiongkok, Negeri Tirai Bambu,
// Arab Saudi, PEA, Belanda, Selandia Baru, Afrika Selatan, Pantai Gading);
// capitals as places ("di Doha") and as governments ("Beijing mengecam");
// cities and regions of foreign states; and sentences that must give no
// actor.
//
// Annotated before the extractor ran on them, by the conventions of
// TestDomesticGrid (domGridProblems: "id/kind/country"; a row must give
// exactly its wanted actors other than places): a person or body the
// gazetteer holds is its id, any other person the slug of the name as
// written without titles; a state named in a title, as a demonym, as a
// capital that acts or as a place after "di" or "ke" is an actor; a state
// inside a body's name (Kongres AS, Kemlu Rusia) is none of its own; a
// capital or city where something happens is a place. Article date
// 2025-11-20.
//
// First run: 127 of 137; three rows broke the header's own conventions (a
// demonym, "warga Palestina", names its state; a body named in a title,
// "Kepala Staf Umum Rusia", is wanted) and were re-annotated before any
// rule: 130 of 137 before, 133 of 137 after the pass's data (PEA; Iran's
// parliament).
var idIntl41GridRows = []domGridRow{
	// Heads of state and government under Indonesian titles.
	{"l pm inggris starmer", "PM Inggris Keir Starmer berjanji menurunkan angka migrasi bersih dalam dua tahun.", []string{"keir-starmer/person/GBR", "GBR"}},
	{"l kanselir merz", "Kanselir Jerman Friedrich Merz menyerukan Eropa memperkuat industri pertahanannya sendiri.", []string{"friedrich-merz/person/DEU", "DEU"}},
	{"l kanselir scholz lalu", "Mantan Kanselir Olaf Scholz tidak mencalonkan diri lagi sebagai ketua fraksi.", []string{"olaf-scholz/person/DEU"}},
	{"l pm kanada carney", "PM Kanada Mark Carney menyatakan Ottawa akan membalas tarif baja dari Washington.", []string{"mark-carney/person/CAN", "CAN", "USA"}},
	{"l pm australia albanese", "Perdana Menteri Australia Anthony Albanese tiba di Beijing untuk kunjungan empat hari.", []string{"anthony-albanese/person/AUS", "AUS"}},
	{"l pm selandia baru luxon", "PM Selandia Baru Christopher Luxon memangkas anggaran bantuan luar negeri.", []string{"christopher-luxon/person/NZL", "NZL"}},
	{"l pm jepang ishiba mundur", "PM Jepang Shigeru Ishiba mengumumkan pengunduran dirinya setelah kekalahan partainya.", []string{"shigeru-ishiba/person/JPN", "JPN"}},
	{"l pm india modi", "PM India Narendra Modi membalas serangan di Kashmir dengan operasi militer terbatas.", []string{"narendra-modi/person/IND", "IND"}},
	{"l pm pakistan sharif", "PM Pakistan Shehbaz Sharif menuduh India melanggar perjanjian air Sungai Indus.", []string{"shehbaz-sharif/person/PAK", "PAK", "IND"}},
	{"l presiden turki erdogan", "Presiden Turki Recep Tayyip Erdogan menawarkan Istanbul sebagai tuan rumah perundingan damai.", []string{"recep-tayyip-erdogan/person/TUR", "TUR"}},
	{"l presiden iran pezeshkian", "Presiden Iran Masoud Pezeshkian menyebut Teheran tetap terbuka untuk berdialog.", []string{"masoud-pezeshkian/person/IRN", "IRN"}},
	{"l ayatollah khamenei", "Pemimpin Tertinggi Iran Ayatollah Ali Khamenei memperingatkan Washington agar tidak ikut campur.", []string{"ali-khamenei/person/IRN", "IRN", "USA"}},
	{"l ayatollah khamenei short", "Ayatollah Khamenei muncul di depan publik untuk pertama kalinya sejak perang 12 hari.", []string{"ali-khamenei/person/IRN"}},
	{"l pm israel netanyahu", "PM Israel Benjamin Netanyahu menolak tekanan untuk menghentikan operasi di Gaza.", []string{"benjamin-netanyahu/person/ISR", "ISR"}},
	{"l presiden israel herzog", "Presiden Israel Isaac Herzog mengunjungi keluarga sandera di Tel Aviv.", []string{"isaac-herzog/person/ISR", "ISR"}},
	{"l presiden as trump", "Presiden AS Donald Trump mengancam akan mengenakan tarif 100 persen atas film asing.", []string{"donald-trump/person/USA", "USA"}},
	{"l wapres as vance", "Wapres AS JD Vance mengkritik kebijakan imigrasi negara-negara Eropa di Munich.", []string{"jd-vance/person/USA", "USA"}},
	{"l presiden rusia putin", "Presiden Rusia Vladimir Putin menerima utusan khusus AS di Kremlin selama lima jam.", []string{"vladimir-putin/person/RUS", "RUS", "USA"}},
	{"l presiden ukraina zelensky", "Presiden Ukraina Volodymyr Zelensky meminta sekutu mengirim lebih banyak sistem pertahanan udara.", []string{"volodymyr-zelenskyy/person/UKR", "UKR"}},
	{"l presiden prancis macron", "Presiden Prancis Emmanuel Macron menunjuk Sebastien Lecornu sebagai perdana menteri baru.", []string{"emmanuel-macron/person/FRA", "FRA", "sebastien-lecornu/person/FRA"}},
	{"l pm italia meloni", "PM Italia Giorgia Meloni menolak mengirim pasukan ke Ukraina.", []string{"giorgia-meloni/person/ITA", "ITA", "UKR"}},
	{"l pm spanyol sanchez", "PM Spanyol Pedro Sanchez mengakui Negara Palestina bersama Irlandia dan Norwegia.", []string{"pedro-sanchez/person/ESP", "ESP", "PSE", "IRL", "NOR"}},
	{"l pm belanda schoof", "PM Belanda Dick Schoof mengajukan pengunduran diri kabinetnya kepada Raja Willem-Alexander.", []string{"dick-schoof/person/NLD", "NLD", "willem-alexander-of-the-netherlands/person/NLD"}},
	{"l presiden afsel ramaphosa", "Presiden Afrika Selatan Cyril Ramaphosa menolak tuduhan genosida terhadap petani kulit putih.", []string{"cyril-ramaphosa/person/ZAF", "ZAF"}},
	{"l presiden pantai gading", "Presiden Pantai Gading Alassane Ouattara kembali terpilih untuk masa jabatan keempat.", []string{"alassane-ouattara/person/CIV", "CIV"}},
	{"l presiden korsel lee", "Presiden Korsel Lee Jae-myung mengusulkan dialog tanpa syarat dengan Pyongyang.", []string{"lee-jae-myung/person/KOR", "KOR", "PRK"}},
	{"l pemimpin korut kim", "Pemimpin Korut Kim Jong Un mengawasi peluncuran rudal balistik antarbenua.", []string{"kim-jong-un/person/PRK", "PRK"}},
	{"l presiden rrt xi", "Presiden RRT Xi Jinping menyerukan reunifikasi damai dengan Taiwan.", []string{"xi-jinping/person/CHN", "CHN", "TWN"}},
	{"l pm tiongkok li qiang", "PM Tiongkok Li Qiang membuka Forum Ekonomi Dunia musim panas di Tianjin.", []string{"li-qiang/person/CHN", "CHN"}},
	{"l putra mahkota mbs", "Putra Mahkota Arab Saudi Mohammed bin Salman menerima Trump di Riyadh.", []string{"mohammed-bin-salman/person/SAU", "SAU", "donald-trump/person/USA"}},
	{"l raja salman", "Raja Salman dirawat di rumah sakit karena radang paru-paru, kata istana.", []string{"salman-of-saudi-arabia/person/SAU"}},
	{"l emir qatar tamim", "Emir Qatar Sheikh Tamim bin Hamad Al Thani mengecam serangan Israel ke Doha.", []string{"tamim-bin-hamad-al-thani/person/QAT", "QAT", "ISR"}},
	{"l presiden pea mbz", "Presiden PEA Mohamed bin Zayed menjanjikan investasi 1,4 triliun dolar di AS.", []string{"mohamed-bin-zayed/person/ARE", "ARE", "USA"}},
	{"l raja charles", "Raja Charles III menyambut Presiden Trump dalam kunjungan kenegaraan di Kastil Windsor.", []string{"charles-iii/person/GBR", "donald-trump/person/USA"}},
	{"l raja yordania", "Raja Yordania Abdullah II memperingatkan pengusiran warga Palestina dari Tepi Barat.", []string{"abdullah-ii-of-jordan/person/JOR", "JOR", "PSE"}},
	{"l presiden suriah sharaa", "Presiden Suriah Ahmed al-Sharaa berpidato di Sidang Umum PBB di New York.", []string{"ahmed-al-sharaa/person/SYR", "SYR", "un-general-assembly"}},
	{"l presiden argentina milei", "Presiden Argentina Javier Milei memenangi pemilu sela dengan selisih besar.", []string{"javier-milei/person/ARG", "ARG"}},
	{"l presiden meksiko sheinbaum", "Presiden Meksiko Claudia Sheinbaum menolak kehadiran pasukan AS di wilayahnya.", []string{"claudia-sheinbaum/person/MEX", "MEX", "USA"}},

	// Ministers, army chiefs, central bankers, speakers, opposition leaders.
	{"m menlu rusia lavrov", "Menlu Rusia Sergei Lavrov menuduh Barat menyabotase perundingan damai.", []string{"sergei-lavrov/person/RUS", "RUS"}},
	{"m menlu as rubio", "Menlu AS Marco Rubio bertemu mitranya dari Tiongkok di sela KTT ASEAN.", []string{"marco-rubio/person/USA", "USA", "CHN", "asean"}},
	{"m menhan as hegseth", "Menhan AS Pete Hegseth memerintahkan pengerahan kapal induk ke Karibia.", []string{"pete-hegseth/person/USA", "USA"}},
	{"m menlu iran araghchi", "Menlu Iran Abbas Araghchi menyebut negosiasi nuklir dengan Washington menemui jalan buntu.", []string{"abbas-araghchi/person/IRN", "IRN", "USA"}},
	{"m menhan israel katz", "Menhan Israel Israel Katz memerintahkan militer bersiap menyerang Beirut.", []string{"israel-katz/person/ISR", "ISR", "LBN"}},
	{"m menlu turki fidan", "Menlu Turki Hakan Fidan tiba di Damaskus untuk membahas keamanan perbatasan.", []string{"hakan-fidan/person/TUR", "TUR"}},
	{"m menhan rusia belousov", "Menhan Rusia Andrei Belousov mengklaim pasukannya merebut dua desa di Donetsk.", []string{"andrei-belousov/person/RUS", "RUS"}},
	{"m panglima ukraina syrskyi", "Panglima Angkatan Bersenjata Ukraina Oleksandr Syrskyi mengakui situasi di Pokrovsk sulit.", []string{"oleksandr-syrskyi/person/UKR", "ukr-armed-forces/military/UKR"}},
	{"m kepala staf gerasimov", "Kepala Staf Umum Rusia Valery Gerasimov memeriksa pasukan di garis depan.", []string{"valery-gerasimov/person/RUS", "rus-general-staff/military/RUS"}},
	{"m kastaf idf zamir", "Kepala Staf Militer Israel Eyal Zamir menyetujui rencana perluasan operasi.", []string{"eyal-zamir/person/ISR", "isr-armed-forces/military/ISR"}},
	{"m menlu saudi faisal", "Menlu Arab Saudi Pangeran Faisal bin Farhan menyambut pencabutan sanksi terhadap Suriah.", []string{"faisal-bin-farhan/person/SAU", "SAU", "SYR"}},
	{"m menlu yordania safadi", "Menlu Yordania Ayman Safadi mengatakan Amman menolak rencana pemindahan warga Gaza.", []string{"ayman-safadi/person/JOR", "JOR"}},
	{"m menlu inggris cooper", "Menlu Inggris Yvette Cooper memanggil duta besar Rusia di London.", []string{"yvette-cooper/person/GBR", "GBR", "RUS"}},
	{"m menkeu inggris reeves", "Menkeu Inggris Rachel Reeves menaikkan pajak dalam anggaran musim gugur.", []string{"rachel-reeves/person/GBR", "GBR"}},
	{"m menhan jerman pistorius", "Menhan Jerman Boris Pistorius ingin menghidupkan kembali wajib militer.", []string{"boris-pistorius/person/DEU", "DEU"}},
	{"m menlu prancis barrot", "Menlu Prancis Jean-Noel Barrot mendesak Israel membuka akses bantuan kemanusiaan.", []string{"jean-noel-barrot/person/FRA", "FRA", "ISR"}},
	{"m ketua fed powell", "Ketua The Fed Jerome Powell memberi isyarat penurunan suku bunga pada Desember.", []string{"jerome-powell/person/USA", "usa-central-bank/agency/USA"}},
	{"m gubernur bank sentral jepang", "Gubernur Bank Sentral Jepang Kazuo Ueda menahan suku bunga di level 0,5 persen.", []string{"kazuo-ueda/person/JPN", "jpn-central-bank/agency/JPN"}},
	{"m presiden ecb lagarde", "Presiden ECB Christine Lagarde memperingatkan dampak tarif AS terhadap inflasi zona euro.", []string{"christine-lagarde/person/FRA", "ecb/igo", "USA"}},
	{"m gubernur bank sentral rusia", "Gubernur Bank Sentral Rusia Elvira Nabiullina mempertahankan suku bunga di 17 persen.", []string{"elvira-nabiullina/person/RUS", "rus-central-bank/agency/RUS"}},
	{"m ketua dpr as johnson", "Ketua DPR AS Mike Johnson menolak menggelar pemungutan suara selama penutupan pemerintahan.", []string{"mike-johnson/person/USA", "usa-house/legislature/USA"}},
	{"m pemimpin mayoritas thune", "Pemimpin Mayoritas Senat AS John Thune menjadwalkan pemungutan suara pekan depan.", []string{"john-thune/person/USA", "usa-senate/legislature/USA"}},
	{"m ketua parlemen iran", "Ketua Parlemen Iran Mohammad Bagher Ghalibaf mengancam menutup Selat Hormuz.", []string{"mohammad-bagher-ghalibaf/person/IRN", "irn-parliament/legislature/IRN"}},
	{"m ketua duma volodin", "Ketua Duma Negara Vyacheslav Volodin menyebut sanksi baru Eropa tidak berguna.", []string{"vyacheslav-volodin/person/RUS", "rus-duma/legislature/RUS"}},
	{"m pemimpin oposisi badenoch", "Pemimpin oposisi Inggris Kemi Badenoch menuntut pengunduran diri menteri keuangan.", []string{"kemi-badenoch/person/GBR", "GBR"}},
	{"m oposisi le pen", "Tokoh sayap kanan Prancis Marine Le Pen dilarang mencalonkan diri selama lima tahun.", []string{"marine-le-pen/person/FRA", "FRA"}},
	{"m oposisi venezuela machado", "Pemimpin oposisi Venezuela Maria Corina Machado meraih Hadiah Nobel Perdamaian.", []string{"maria-corina-machado/person/VEN", "VEN"}},
	{"m sekjen nato rutte", "Sekjen NATO Mark Rutte meminta anggota menaikkan belanja pertahanan hingga 5 persen.", []string{"mark-rutte/person/NLD", "nato/igo"}},
	{"m sekjen pbb guterres", "Sekjen PBB Antonio Guterres menyerukan gencatan senjata segera di Sudan.", []string{"antonio-guterres/person/PRT", "united-nations/igo", "SDN"}},
	{"m jubir kremlin peskov", "Juru bicara Kremlin Dmitry Peskov mengatakan Moskow belum menerima proposal tertulis.", []string{"dmitry-peskov/person/RUS", "rus-presidency/government/RUS", "RUS"}},
	{"m mendagri as noem", "Menteri Keamanan Dalam Negeri AS Kristi Noem mengunjungi pusat penahanan migran di Florida.", []string{"kristi-noem/person/USA", "USA"}},
	{"m menhan korsel ahn", "Menhan Korsel Ahn Gyu-back menyatakan militer siap menghadapi provokasi Korut.", []string{"ahn-gyu-back/person/KOR", "KOR", "PRK"}},
	{"m menlu korut choe", "Menlu Korut Choe Son Hui melawat ke Moskow dan bertemu Lavrov.", []string{"choe-son-hui/person/PRK", "PRK", "sergei-lavrov/person/RUS"}},

	// Foreign bodies named in Indonesian.
	{"b kongres as", "Kongres AS meloloskan paket bantuan militer senilai 95 miliar dolar.", []string{"usa-congress/legislature/USA"}},
	{"b senat as", "Senat AS menolak rancangan anggaran yang diajukan Partai Demokrat.", []string{"usa-senate/legislature/USA", "us-democratic-party/organization/USA"}},
	{"b ma as tarif", "Mahkamah Agung AS mendengarkan argumen soal keabsahan tarif Trump.", []string{"usa-supreme-court/court/USA", "donald-trump/person/USA"}},
	{"b parlemen eropa", "Parlemen Eropa menyetujui perjanjian dagang dengan negara-negara Mercosur.", []string{"european-parliament/igo", "mercosur/igo"}},
	{"b komisi eropa", "Komisi Eropa mengusulkan paket sanksi ke-19 terhadap Rusia.", []string{"european-commission/igo", "RUS"}},
	{"b majelis nasional korsel", "Majelis Nasional Korea Selatan meloloskan mosi pemakzulan terhadap presiden.", []string{"kor-parliament/legislature/KOR"}},
	{"b majelis nasional prancis", "Majelis Nasional Prancis menjatuhkan pemerintahan Francois Bayrou lewat mosi tidak percaya.", []string{"fra-national-assembly/legislature/FRA", "francois-bayrou/person/FRA"}},
	{"b knesset bubar", "Knesset memberikan persetujuan awal untuk membubarkan diri dan menggelar pemilu dini.", []string{"isr-parliament/legislature/ISR"}},
	{"b duma negara", "Duma Negara meratifikasi perjanjian kemitraan strategis dengan Korea Utara.", []string{"rus-duma/legislature/RUS", "PRK"}},
	{"b garda revolusi iran", "Garda Revolusi Iran menyita sebuah kapal tanker berbendera asing di Teluk.", []string{"irn-irgc/military/IRN"}},
	{"b pasukan pertahanan israel", "Pasukan Pertahanan Israel mengatakan telah menewaskan seorang komandan Hizbullah.", []string{"isr-armed-forces/military/ISR", "hezbollah/armed_group"}},
	{"b kemhan rusia", "Kementerian Pertahanan Rusia mengklaim menembak jatuh 120 drone Ukraina semalam.", []string{"rus-defense-ministry/agency/RUS", "UKR"}},
	{"b dk pbb", "Dewan Keamanan PBB menggelar sidang darurat atas serangan di Doha.", []string{"un-security-council/igo"}},
	{"b icc surat perintah", "Mahkamah Pidana Internasional menerbitkan surat perintah penangkapan bagi pemimpin Taliban.", []string{"icc/igo", "taliban/armed_group"}},
	{"b kongres rakyat nasional", "Kongres Rakyat Nasional menetapkan target pertumbuhan ekonomi sekitar 5 persen.", []string{"chn-npc/legislature/CHN"}},
	{"b bundestag", "Bundestag menyetujui pelonggaran aturan utang untuk belanja pertahanan.", []string{"deu-parliament/legislature/DEU"}},
	{"b tentara pembebasan rakyat", "Tentara Pembebasan Rakyat menggelar latihan besar-besaran di sekitar Taiwan.", []string{"chn-armed-forces/military/CHN", "TWN"}},
	{"b pentagon", "Pentagon membatasi akses wartawan ke gedung markas besarnya.", []string{"usa-defense-ministry/agency/USA"}},
	{"b deplu as visa", "Departemen Luar Negeri AS mencabut visa sejumlah pejabat Palestina.", []string{"usa-foreign-ministry/agency/USA", "PSE"}},
	{"b mahkamah agung israel", "Mahkamah Agung Israel membekukan pemecatan kepala badan intelijen Shin Bet.", []string{"isr-supreme-court/court/ISR", "isr-shin-bet/agency/ISR"}},
	{"b parlemen ukraina", "Parlemen Ukraina memperpanjang darurat militer selama 90 hari lagi.", []string{"ukr-parliament/legislature/UKR"}},
	{"b yuan legislatif", "Yuan Legislatif Taiwan memangkas anggaran pertahanan yang diajukan pemerintah.", []string{"twn-legislative-yuan/legislature/TWN"}},
	{"b bank sentral tiongkok", "Bank Sentral Tiongkok memangkas rasio giro wajib minimum perbankan.", []string{"chn-central-bank/agency/CHN"}},
	{"b partai buruh inggris", "Partai Buruh Inggris tertinggal dari Reform UK dalam jajak pendapat terbaru.", []string{"uk-labour-party/organization/GBR", "reform-uk/organization/GBR"}},

	// Short and Indonesian forms of states' names.
	{"s negeri paman sam", "Negeri Paman Sam menangguhkan bantuan militer ke Kyiv selama sepekan.", []string{"USA"}},
	{"s negeri tirai bambu", "Negeri Tirai Bambu membatasi ekspor logam tanah jarang sejak April.", []string{"CHN"}},
	{"s korsel korut", "Korsel menuduh Korut mengirim balon berisi sampah melintasi perbatasan.", []string{"KOR", "PRK"}},
	{"s rrt filipina", "RRT memprotes latihan militer bersama AS dan Filipina di Laut China Selatan.", []string{"CHN", "USA", "PHL"}},
	{"s pea sudan", "PEA membantah tuduhan memasok senjata kepada milisi RSF di Sudan.", []string{"ARE", "rsf/armed_group", "SDN"}},
	{"s arab saudi iran", "Arab Saudi dan Iran sepakat memulihkan hubungan diplomatik dengan mediasi Tiongkok.", []string{"SAU", "IRN", "CHN"}},
	{"s belanda ekstradisi", "Belanda menolak permintaan ekstradisi yang diajukan Turki.", []string{"NLD", "TUR"}},
	{"s inggris prancis migran", "Inggris dan Prancis menyepakati skema pertukaran migran di Selat Inggris.", []string{"GBR", "FRA"}},
	{"s afsel icj", "Afrika Selatan menggugat Israel ke Mahkamah Internasional atas tuduhan genosida.", []string{"ZAF", "ISR", "icj/igo"}},
	{"s selandia baru tarif", "Selandia Baru mengecam tarif 15 persen yang dikenakan AS.", []string{"NZL", "USA"}},
	{"s as kirim", "AS mengirim dua kapal perusak ke Laut Merah.", []string{"USA"}},

	// Capitals as governments and as places.
	{"c beijing mengecam", "Beijing mengecam penjualan senjata AS senilai 11 miliar dolar ke Taiwan.", []string{"CHN", "USA", "TWN"}},
	{"c moskow membantah", "Moskow membantah terlibat dalam serangan siber terhadap bandara-bandara Eropa.", []string{"RUS"}},
	{"c teheran menuduh", "Teheran menuduh Washington dan Tel Aviv merencanakan serangan baru.", []string{"IRN", "USA", "ISR"}},
	{"c di doha perundingan", "Perundingan gencatan senjata kembali digelar di Doha pada Minggu.", nil},
	{"c di jenewa", "Delegasi kedua negara bertemu di Jenewa untuk membahas pertukaran tahanan.", nil},
	{"c tokyo protes", "Tokyo melayangkan protes resmi atas masuknya kapal Tiongkok ke perairan Senkaku.", []string{"JPN", "CHN"}},
	{"c salju di seoul", "Salju tebal melumpuhkan lalu lintas di Seoul sejak Rabu pagi.", nil},
	{"c ankara menyambut", "Ankara menyambut keputusan Washington mencabut sanksi terhadap Damaskus.", []string{"TUR", "USA", "SYR"}},
	{"c demo di london", "Ribuan orang berunjuk rasa di London menentang kebijakan imigrasi.", nil},
	{"c kyiv diserang", "Rusia melancarkan serangan drone besar-besaran ke Kyiv pada malam hari.", []string{"RUS"}},

	// Cities and regions of foreign states.
	{"r gempa kamchatka", "Gempa bermagnitudo 8,8 mengguncang Semenanjung Kamchatka dan memicu peringatan tsunami.", nil},
	{"r banjir texas", "Banjir bandang di Texas menewaskan lebih dari 100 orang, termasuk anak-anak di sebuah perkemahan.", nil},
	{"r kebakaran los angeles", "Kebakaran hutan di Los Angeles menghanguskan ribuan rumah.", nil},
	{"r gubernur california newsom", "Gubernur California Gavin Newsom menggugat pemerintahan Trump atas pengerahan Garda Nasional.", []string{"gavin-newsom/person/USA", "donald-trump/person/USA", "usa-national-guard/military/USA"}},
	{"r wali kota new york mamdani", "Wali Kota terpilih New York Zohran Mamdani berjanji membekukan kenaikan sewa.", []string{"zohran-mamdani/person/USA"}},
	{"r darfur el fasher", "RSF merebut kota El Fasher di Darfur setelah pengepungan selama 18 bulan.", []string{"rsf/armed_group"}},
	{"r gaza utara", "Ratusan ribu warga mengungsi dari Gaza utara menuju Khan Younis.", nil},
	{"r tepi barat pemukim", "Pemukim Israel membakar rumah-rumah warga Palestina di Tepi Barat.", []string{"ISR", "PSE"}},
	{"r kashmir", "Serangan di Pahalgam, Kashmir, menewaskan 26 wisatawan.", nil},

	// No actor.
	{"n musim dingin eropa", "Suhu udara di sebagian besar Eropa turun di bawah nol derajat pekan ini.", nil},
	{"n harga minyak", "Harga minyak mentah dunia naik 3 persen setelah laporan pasokan terbaru.", nil},
	{"n wisatawan jepang", "Jumlah wisatawan asing yang berkunjung ke Jepang mencapai rekor tahun ini.", []string{"JPN"}},
	{"n kereta cepat", "Kereta cepat itu melaju dengan kecepatan 350 kilometer per jam.", nil},
	{"n para pemimpin dunia", "Para pemimpin dunia berkumpul untuk menghadiri pemakaman Paus Fransiskus.", []string{"pope-francis/person"}},
	{"n juru bicara anonim", "Seorang juru bicara pemerintah yang enggan disebut namanya membenarkan kabar itu.", nil},
	{"n pejabat senior", "Pejabat senior itu mengatakan perundingan akan berlanjut pekan depan.", nil},
	{"n menteri luar negeri kedua negara", "Menteri luar negeri kedua negara menandatangani nota kesepahaman.", nil},
	{"n pasukan penjaga perdamaian", "Pasukan penjaga perdamaian tiba di wilayah perbatasan pada Selasa.", nil},
	{"n kapal kargo", "Sebuah kapal kargo tenggelam setelah diserang di lepas pantai.", nil},
	{"n warga sipil", "Puluhan warga sipil tewas dalam serangan udara di sebuah pasar.", nil},
	{"n pemilu sela", "Hasil pemilu sela itu diumumkan setelah penghitungan suara selesai.", nil},
}

// idIntl41Known are the rows of idIntl41GridRows the extractor still fails,
// with the reason.
var idIntl41Known = map[string]string{
	"l pm kanada carney":           "'tarif baja dari Washington': a capital after 'dari' behind goods is read as a place, not its state",
	"l pm tiongkok li qiang":       "'Forum Ekonomi Dunia musim panas', a meeting, is read as the World Economic Forum",
	"b majelis nasional prancis":   "'pemerintahan Francois Bayrou' (the government of a known head of government) is read as his state, which the row does not want",
	"r gubernur california newsom": "the bare 'Garda Nasional' is no body (only 'Garda Nasional AS' is); 'pemerintahan Trump' gives his state, which the row does not want",
}

// TestIDIntl41Grid checks idIntl41GridRows.
func TestIDIntl41Grid(t *testing.T) {
	runDomGrid(t, idIntl41GridRows, idIntl41Known, "2025-11-20")
}

// idIntl41Batch2Rows are a second batch in the same class, written and
// annotated after the first batch's data and before their first run.
var idIntl41Batch2Rows = []domGridRow{
	{"b2 ketua parlemen lebanon berri", "Ketua Parlemen Lebanon Nabih Berri menyerukan Israel menarik pasukannya dari lima titik di selatan.", []string{"nabih-berri/person/LBN", "lbn-parliament/legislature/LBN", "ISR"}},
	{"b2 presiden lebanon aoun", "Presiden Lebanon Joseph Aoun menegaskan hanya negara yang berhak memegang senjata.", []string{"joseph-aoun/person/LBN", "LBN"}},
	{"b2 parlemen iran iaea", "Parlemen Iran menyetujui penangguhan kerja sama dengan Badan Energi Atom Internasional.", []string{"irn-parliament/legislature/IRN", "iaea/igo"}},
	{"b2 wapres pea", "Wapres PEA Sheikh Mohammed bin Rashid Al Maktoum meresmikan bandara baru di Dubai.", []string{"mohammed-bin-rashid-al-maktoum/person/ARE", "ARE"}},
	{"b2 pea mediasi", "PEA dan Qatar menengahi pertukaran tawanan perang antara Rusia dan Ukraina.", []string{"ARE", "QAT", "RUS", "UKR"}},
	{"b2 ketua parlemen eropa", "Ketua Parlemen Eropa Roberta Metsola mengunjungi Kyiv untuk ketiga kalinya.", []string{"roberta-metsola/person/MLT", "european-parliament/igo"}},
	{"b2 presiden dewan eropa costa", "Presiden Dewan Eropa Antonio Costa mengundang para pemimpin ke pertemuan darurat di Brussel.", []string{"antonio-costa/person/PRT", "european-council/igo"}},
	{"b2 emir kuwait", "Emir Kuwait Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah membekukan parlemen selama empat tahun.", []string{"mishal-al-ahmad-al-jaber-al-sabah/person/KWT", "KWT"}},
	{"b2 sultan brunei", "Sultan Brunei Hassanal Bolkiah dirawat di rumah sakit di Kuala Lumpur.", []string{"hassanal-bolkiah/person/BRN", "BRN"}},
	{"b2 ma brasil bolsonaro", "Mahkamah Agung Brasil menjatuhkan hukuman 27 tahun penjara kepada Jair Bolsonaro.", []string{"bra-supreme-court/court/BRA", "jair-bolsonaro/person/BRA"}},
	{"b2 hakim moraes", "Hakim Alexandre de Moraes memerintahkan tahanan rumah bagi mantan presiden itu.", []string{"alexandre-de-moraes/person/BRA"}},
	{"b2 presiden kenya ruto", "Presiden Kenya William Ruto menarik rancangan undang-undang pajak setelah protes mematikan.", []string{"william-ruto/person/KEN", "KEN"}},
	{"b2 pemimpin junta burkina", "Pemimpin junta Burkina Faso Kapten Ibrahim Traore menuduh Pantai Gading mendukung pemberontak.", []string{"ibrahim-traore/person/BFA", "BFA", "CIV"}},
	{"b2 negeri kanguru", "Negeri Kanguru melarang anak di bawah 16 tahun menggunakan media sosial.", []string{"AUS"}},
	{"b2 washington menjatuhkan", "Washington menjatuhkan sanksi terhadap dua perusahaan minyak terbesar Rusia.", []string{"USA", "RUS"}},
	{"b2 di riyadh", "Pertemuan para menteri keuangan digelar di Riyadh pekan lalu.", nil},
	{"b2 no kedutaan", "Antrean panjang terlihat di depan kedutaan sejak subuh.", nil},
	{"b2 no pemimpin oposisi", "Pemimpin oposisi itu ditangkap di rumahnya dini hari.", nil},
}

// idIntl41Batch2Known are the rows of idIntl41Batch2Rows the extractor still
// fails, with the reason.
var idIntl41Batch2Known = map[string]string{}

// TestIDIntl41Batch2 checks idIntl41Batch2Rows.
func TestIDIntl41Batch2(t *testing.T) {
	runDomGrid(t, idIntl41Batch2Rows, idIntl41Batch2Known, "2025-11-20")
}

// idIntl41Batch3Rows are a third batch, written and annotated after the
// rule that a body's generic name inside a title takes the title's state
// ("Ketua Parlemen Hongaria …": hun-parliament) and before their first
// run: offices of bodies no gazetteer line names, and offices that name no
// body (a minister's title), whose state stays an actor.
var idIntl41Batch3Rows = []domGridRow{
	{"b3 ketua parlemen armenia", "Ketua Parlemen Armenia Alen Simonyan menuding Azerbaijan melanggar perjanjian damai.", []string{"alen-simonyan/person/ARM", "arm-parliament/legislature/ARM", "AZE"}},
	{"b3 ketua parlemen serbia", "Ketua Parlemen Serbia Ana Brnabic membela Presiden Aleksandar Vucic dari tuduhan korupsi.", []string{"ana-brnabic/person/SRB", "srb-parliament/legislature/SRB", "aleksandar-vucic/person/SRB"}},
	{"b3 panglima ad iran", "Panglima Angkatan Darat Iran Amir Hatami memeriksa kesiapan pasukan di perbatasan barat.", []string{"amir-hatami/person/IRN", "irn-army/military/IRN"}},
	{"b3 panglima militer myanmar", "Panglima Militer Myanmar Min Aung Hlaing tiba di Tianjin untuk menghadiri KTT SCO.", []string{"min-aung-hlaing/person/MMR", "mmr-armed-forces/military/MMR", "sco/igo"}},
	{"b3 kepala kepolisian nepal", "Kepala Kepolisian Nepal Chandra Kuber Khapung memerintahkan penyelidikan atas penembakan demonstran.", []string{"chandra-kuber-khapung/person/NPL", "npl-police/agency/NPL"}},
	{"b3 ketua ma pakistan", "Ketua Mahkamah Agung Pakistan Yahya Afridi membuka tahun peradilan baru.", []string{"yahya-afridi/person/PAK", "pak-supreme-court/court/PAK"}},
	{"b3 gubernur bank sentral turki", "Gubernur Bank Sentral Turki Fatih Karahan mengisyaratkan penurunan suku bunga lebih lanjut.", []string{"fatih-karahan/person/TUR", "tur-central-bank/agency/TUR"}},
	{"b3 ketua mk korsel", "Ketua Mahkamah Konstitusi Korsel Moon Hyung-bae membacakan putusan pemakzulan.", []string{"moon-hyung-bae/person/KOR", "kor-constitutional-court/court/KOR"}},
	{"b3 wakil ketua parlemen lebanon", "Wakil Ketua Parlemen Lebanon Elias Bou Saab bertemu utusan AS di Beirut.", []string{"elias-bou-saab/person/LBN", "lbn-parliament/legislature/LBN", "USA"}},
	{"b3 kepala al filipina", "Kepala Angkatan Laut Filipina Laksamana Muda Roy Vincent Trinidad menuding kapal China bermanuver berbahaya.", []string{"roy-vincent-trinidad/person/PHL", "phl-navy/military/PHL", "CHN"}},
	{"b3 ketua senat meksiko", "Ketua Senat Meksiko Gerardo Fernandez Norona menolak kritik pihak oposisi.", []string{"gerardo-fernandez-norona/person/MEX", "mex-senate/legislature/MEX"}},
	{"b3 menlu armenia no body", "Menteri Luar Negeri Armenia Ararat Mirzoyan tiba di Baku untuk perundingan.", []string{"ararat-mirzoyan/person/ARM", "ARM"}},
	{"b3 menhan iran no body", "Menteri Pertahanan Iran Aziz Nasirzadeh memamerkan rudal balistik baru.", []string{"aziz-nasirzadeh/person/IRN", "IRN"}},
	{"b3 presiden serbia no body", "Presiden Serbia Aleksandar Vucic menolak menjatuhkan sanksi kepada Rusia.", []string{"aleksandar-vucic/person/SRB", "SRB", "RUS"}},
}

// idIntl41Batch3Known are the rows of idIntl41Batch3Rows the extractor still
// fails, with the reason.
var idIntl41Batch3Known = map[string]string{}

// TestIDIntl41Batch3 checks idIntl41Batch3Rows.
func TestIDIntl41Batch3(t *testing.T) {
	runDomGrid(t, idIntl41Batch3Rows, idIntl41Batch3Known, "2025-11-20")
}
