package extract

import "testing"

// TestCompoundGrid checks word forms built around states' and places' names
// in Indonesian news: hyphenated pairs ("hubungan AS-China", "perang
// Rusia-Ukraina", "perbatasan Thailand-Kamboja": both states are actors,
// a capital pair after a word for a route is two cities), prefixes
// ("pro-Rusia", "anti-Amerika", "pasca-Brexit", "se-ASEAN",
// "se-Indonesia", "Indo-Pasifik", "Trans-Pasifik", "Sino-"), clitics
// ("Amerika-nya", "China-lah"), peoples, languages and cuisines ("orang
// Jepang", "suku Kurdi", "etnis Tionghoa", "bahasa Korea", "masakan
// Padang": no state; "warga Rusia", "WNA asal China": the state, as the
// design of the other grids has it), companies named after states ("Air
// India", "Bank Rakyat Indonesia": the company, no state), national teams
// and events named after places ("timnas Indonesia", "Olimpiade Paris":
// no state) and short forms (RRT, RRC, Korut, Korsel, UEA, PNG, AS,
// Amerika). The rows were written for the test in the style of Indonesian
// news, never copied from a data set, and annotated before the extractor
// ran on them (expertRowProblems: every state and person the row gives
// must be wanted). A row marked known is a known failure: the test fails
// when it starts passing, so that its mark is taken off.
//
// Before the rules and data of this grid: 83 of 106 Indonesian rows and 34
// of 49 English rows pass (117 of 155); the 38 failing rows are marked known.
// After them: 101 of 106 and 48 of 49 (149 of 155). A second batch of 32
// rows, written after those fixes and annotated before its first run,
// passes 29 (18 of 20 Indonesian, 11 of 12 English); after a place joined
// to "Sino-" and "kebangsaan" 31. In all 180 of 187 (121 of 126 and 59 of
// 61); the 7 known rows carry their reason.
func TestCompoundGrid(t *testing.T) {
	runNameGrid(t, compoundGridIDRows, compoundGridIDMin)
}

// TestCompoundGridEnglish is the English half of the compound grid (wire
// copy: "US-China talks", "Israel-Hamas war", "Sino-US relations",
// "pro-Russian separatists", "Russian-born", "British nationals", airlines
// and banks named after states, national teams, events named after places,
// dotted short forms).
func TestCompoundGridEnglish(t *testing.T) {
	runWireGrid(t, extractor(t), compoundGridENRows, "2025-06-01")
}

// compoundGridIDMin is the least number of rows the Indonesian grid holds.
const compoundGridIDMin = 126

var compoundGridIDRows = []nameGridRow{
	// Hyphenated pairs of states: both are actors.
	{"as-china hubungan", "Hubungan AS-China kembali memanas setelah Washington menaikkan tarif impor.", "USA CHN", "", false, false},
	{"rusia-ukraina perang", "Perang Rusia-Ukraina telah memasuki tahun ketiga tanpa tanda-tanda gencatan senjata.", "RUS UKR", "", false, false},
	{"thailand-kamboja perbatasan", "Ketegangan di perbatasan Thailand-Kamboja meningkat setelah baku tembak pada Kamis.", "THA KHM", "", false, false},
	{"as-jepang dagang", "Perundingan dagang AS-Jepang dilanjutkan pekan depan di Tokyo.", "USA JPN", "", false, false},
	{"israel-hamas konflik", "Konflik Israel-Hamas menewaskan puluhan ribu warga sipil di Gaza.", "ISR hamas", "", false, false},
	{"indonesia-australia hubungan", "Pemerintah menyebut hubungan Indonesia-Australia berada pada titik terbaik.", "IDN AUS", "", false, false},
	{"ri-malaysia kerja sama", "Kerja sama RI-Malaysia di bidang pengelolaan perbatasan akan diperluas.", "IDN MYS", "", false, false},
	{"korsel-jepang pertemuan", "Pertemuan bilateral Korsel-Jepang digelar di Seoul pada Selasa.", "KOR JPN", "", false, false},
	{"india-pakistan dialog", "Dialog India-Pakistan mandek sejak serangan di Pahalgam.", "IND PAK", "", false, false},
	{"moskow-beijing poros", "Poros Moskow-Beijing dinilai semakin solid dalam setahun terakhir.", "RUS CHN", "", false, false},
	{"israel-hizbullah gencatan", "Gencatan senjata Israel-Hizbullah dinilai rapuh oleh para pengamat.", "ISR hezbollah", "", false, false},
	{"china-pakistan koridor", "Koridor ekonomi China-Pakistan senilai 60 miliar dolar terus dikembangkan.", "CHN PAK", "", false, false},
	{"as-filipina latihan", "Latihan gabungan AS-Filipina digelar di utara Luzon.", "USA PHL", "", false, false},
	{"indonesia-timor leste perbatasan", "Perbatasan Indonesia-Timor Leste di Motaain dijaga ketat menjelang Natal.", "IDN TLS", "", false, false},
	{"ri-as babak baru", "Hubungan RI-AS memasuki babak baru setelah kunjungan kenegaraan itu.", "IDN USA", "", false, false},
	{"iran-irak perang", "Perang Iran-Irak berlangsung selama delapan tahun.", "IRN IRQ", "", false, false},
	{"uni eropa-china", "Perundingan Uni Eropa-China soal mobil listrik belum membuahkan hasil.", "european-union CHN", "", false, false},
	// Routes: a pair of places after a word for a route names cities.
	{"rute kereta jakarta-bandung", "Kereta cepat Jakarta-Bandung mengangkut 20 ribu penumpang per hari.", "", "", false, false},
	{"rute penerbangan jakarta-singapura", "Penerbangan Jakarta-Singapura kembali normal setelah gangguan cuaca.", "", "", false, false},
	{"rute jakarta-surabaya", "Proyek kereta cepat Jakarta-Surabaya masih dikaji pemerintah.", "", "", false, false},
	{"rute garuda jakarta-tokyo", "Garuda Indonesia membuka rute baru Jakarta-Tokyo mulai Juli.", "garuda-indonesia", "", false, false},
	{"rute turkish istanbul-denpasar", "Turkish Airlines menambah penerbangan langsung Istanbul-Denpasar.", "", "", false, false},
	{"tol trans-jawa", "Tol Trans-Jawa padat saat arus mudik Lebaran.", "", "", false, false},
	// Prefixes: the state inside a pro-, anti- or post- word is no actor.
	{"pro-rusia pemberontak", "Pemberontak pro-Rusia menguasai sebagian wilayah Donetsk.", "", "", false, false},
	{"anti-amerika demonstran", "Demonstran anti-Amerika membakar bendera di depan gedung kedutaan.", "", "", false, false},
	{"pro-palestina kelompok", "Kelompok pro-Palestina menggelar unjuk rasa di Jakarta.", "", "", false, false},
	{"anti-china sentimen", "Sentimen anti-China meningkat di sejumlah negara Asia Tenggara.", "", "", false, false},
	{"pasca-brexit ekonomi inggris", "Ekonomi Inggris pasca-Brexit tumbuh lebih lambat dari perkiraan.", "GBR", "", false, false},
	{"pro-barat moldova", "Sikap pro-Barat pemerintah Moldova memicu kemarahan Moskow.", "MDA RUS", "", false, false},
	// Known: "parlemen Georgia" is the body geo-parliament; its state is listed only as an event's source (design), so GEO is missing.
	{"pro-rusia partai", "Partai-partai pro-Rusia kalah dalam pemilu parlemen Georgia.", "GEO", "", false, true},
	// se- (across all of): a body or no actor.
	{"se-asean menlu", "Para menteri luar negeri se-ASEAN berkumpul di Kuala Lumpur.", "asean", "", false, false},
	{"se-indonesia mahasiswa", "Lomba debat mahasiswa se-Indonesia digelar di Yogyakarta.", "", "", false, false},
	{"se-jawa barat guru", "Ribuan guru se-Jawa Barat mengikuti pelatihan daring.", "", "", false, false},
	// Indo- and Trans-: a region or an agreement, no state.
	{"indo-pasifik kawasan", "Kawasan Indo-Pasifik harus tetap bebas dan terbuka, menurut pernyataan bersama itu.", "", "", false, false},
	{"indo-pasifik strategi jepang", "Strategi Indo-Pasifik Jepang menekankan kebebasan navigasi.", "JPN", "", false, false},
	{"trans-pasifik kemitraan", "Perjanjian Kemitraan Trans-Pasifik ditinggalkan Amerika Serikat pada 2017.", "USA", "", false, false},
	// Sino-: China and the other state.
	{"sino-jepang perang", "Perang Sino-Jepang kedua pecah pada 1937.", "CHN JPN", "", false, false},
	{"sino-amerika hubungan", "Hubungan Sino-Amerika memburuk sejak perang dagang dimulai.", "CHN USA", "", false, false},
	// Clitics written with a hyphen: the state.
	{"amerika-nya clitic", "Masalahnya, Amerika-nya sendiri tidak mau berunding dengan Iran.", "USA IRN", "", false, false},
	{"china-lah clitic", "Justru China-lah yang paling diuntungkan dari perang dagang itu.", "CHN", "", false, false},
	{"malaysia-lah clitic", "Malaysia-lah negara pertama yang mengakui hasil pemilu itu.", "MYS", "", false, false},
	{"jepang-pun clitic", "Jepang-pun akhirnya ikut menjatuhkan sanksi kepada Rusia.", "JPN RUS", "", false, false},
	{"ke-indonesia-an", "Nilai-nilai ke-Indonesia-an harus diajarkan sejak dini.", "", "", false, false},
	{"keindonesiaan", "Semangat Keindonesiaan perlu dirawat di tengah perbedaan.", "", "", false, false},
	// Peoples: citizens are their state (design), peoples and ethnic groups none.
	{"warga rusia bali", "Warga Rusia yang tinggal di Bali diminta memperpanjang izin tinggal.", "RUS", "", false, false},
	{"orang jepang", "Orang Jepang dikenal disiplin dalam antrean.", "", "", false, false},
	{"bangsa palestina", "Bangsa Palestina berhak menentukan nasib sendiri.", "", "", false, false},
	{"suku kurdi tersebar", "Suku Kurdi tersebar di Turki, Irak, Suriah, dan Iran.", "TUR IRQ SYR IRN", "", false, false},
	{"etnis rohingya", "Etnis Rohingya terus melarikan diri dari Myanmar ke Bangladesh.", "MMR BGD", "", false, false},
	{"etnis tionghoa imlek", "Warga etnis Tionghoa merayakan Imlek di Glodok.", "", "", false, false},
	{"keturunan arab", "Warga keturunan Arab banyak bermukim di Pekalongan dan Gresik.", "", "", false, false},
	{"wni dievakuasi", "Sebanyak 12 WNI dievakuasi dari Sudan melalui Jeddah.", "SDN", "", false, false},
	// Known: "Polisi" is the home police, and a body that is an event's source lists its state (design): IDN.
	{"wna asal china", "Polisi menangkap dua WNA asal China yang diduga terlibat penipuan daring.", "CHN", "", false, true},
	{"wna asal australia", "Seorang WNA asal Australia ditahan di Bandara Ngurah Rai.", "AUS", "", false, false},
	{"wisatawan asal korsel", "Wisatawan asal Korea Selatan mendominasi kunjungan ke Labuan Bajo.", "KOR", "", false, false},
	{"masyarakat tionghoa medan", "Masyarakat Tionghoa di Medan menggelar perayaan Cap Go Meh.", "", "", false, false},
	{"nelayan vietnam", "Dua nelayan Vietnam ditangkap di perairan Natuna.", "VNM", "", false, false},
	// Known: "lahir di Brasil" names the state Brazil (a state after "di" stays the state, by design).
	{"keturunan jepang", "Ia merupakan keturunan Jepang generasi ketiga yang lahir di Brasil.", "", "", false, true},
	// Languages, cuisines, culture: no state.
	{"bahasa jepang", "Minat belajar bahasa Jepang di kalangan pelajar meningkat.", "", "", false, false},
	{"bahasa korea", "Bahasa Korea kini menjadi mata kuliah pilihan di sejumlah kampus.", "", "", false, false},
	{"masakan padang", "Rumah makan masakan Padang mudah ditemukan di Jakarta.", "", "", false, false},
	{"kopi arab", "Kopi Arab dan kurma menjadi suguhan khas selama Ramadan.", "", "", false, false},
	{"masakan thailand", "Restoran masakan Thailand itu ramai dikunjungi pada akhir pekan.", "", "", false, false},
	{"film korea drama jepang", "Film Korea dan drama Jepang mendominasi layanan streaming.", "", "", false, false},
	{"ala thailand", "Nasi goreng ala Thailand itu dijual Rp 25 ribu.", "", "", false, false},
	{"berbahasa inggris", "Ia fasih berbahasa Inggris dan Prancis.", "", "", false, false},
	{"bahasa arab pesantren", "Pelajaran bahasa Arab wajib di pesantren itu.", "", "", false, false},
	{"musik india", "Musik India dan tarian Bollywood memeriahkan festival itu.", "", "", false, false},
	// Companies named after states: the company, no state.
	{"telkom indonesia saham", "Saham Telkom Indonesia naik 2 persen pada perdagangan Senin.", "telkom-indonesia", "", false, false},
	{"bri laba", "Laba bersih Bank Rakyat Indonesia mencapai Rp 60 triliun.", "bri", "", false, false},
	{"air india jatuh", "Pesawat Air India jatuh sesaat setelah lepas landas dari Ahmedabad.", "air-india", "", false, false},
	{"korean air merger", "Korean Air resmi menuntaskan merger dengan Asiana Airlines.", "", "", false, false},
	{"deutsche bank ekonomi jerman", "Deutsche Bank memangkas proyeksi pertumbuhan ekonomi Jerman.", "deutsche-bank DEU", "", false, false},
	{"bank of america emas", "Bank of America memperkirakan harga emas menembus 4.000 dolar AS.", "bank-of-america", "", false, false},
	{"singapore airlines bangkok", "Singapore Airlines menunda penerbangan ke Bangkok.", "singapore-airlines", "", false, false},
	// Known: the capitalized "Produk" before it makes "Produk Semen Indonesia" one longer unknown name.
	{"semen indonesia ekspor", "Produk Semen Indonesia diekspor ke Australia.", "semen-indonesia AUS", "", false, true},
	{"kereta api indonesia", "Kereta Api Indonesia menambah perjalanan selama libur Natal.", "kereta-api-indonesia", "", false, false},
	{"lion air malaysia airlines", "Maskapai Lion Air dan Malaysia Airlines sama-sama menaikkan harga tiket.", "lion-air malaysia-airlines", "", false, false},
	{"bank of china jakarta", "Bank of China cabang Jakarta menyalurkan kredit sindikasi.", "bank-of-china", "", false, false},
	{"qatar airways iran", "Qatar Airways mengalihkan rute setelah wilayah udara Iran ditutup.", "qatar-airways IRN", "", false, false},
	{"turkish airlines bali", "Turkish Airlines membuka kantor penjualan di Bali.", "", "", false, false},
	// National teams: no state.
	{"timnas indonesia bahrain", "Timnas Indonesia menang 2-0 atas Bahrain di Stadion Gelora Bung Karno.", "", "", false, false},
	{"tim nasional jepang", "Tim nasional Jepang lolos ke putaran final Piala Dunia.", "", "", false, false},
	{"skuad garuda arab saudi", "Skuad Garuda akan menjamu Arab Saudi pada laga kualifikasi.", "", "", false, false},
	{"pelatih timnas korsel", "Pelatih timnas Korea Selatan memanggil 26 pemain.", "", "", false, false},
	{"timnas u-23 vietnam", "Timnas U-23 Vietnam dikalahkan Thailand di final SEA Games.", "", "", false, false},
	// Events named after places: no state.
	{"ktt g20 bali", "KTT G20 Bali menghasilkan deklarasi bersama para pemimpin.", "", "", false, false},
	{"piala dunia qatar", "Piala Dunia Qatar 2022 disaksikan miliaran penonton.", "", "", false, false},
	{"olimpiade paris", "Olimpiade Paris menghadirkan 32 cabang olahraga.", "", "", false, false},
	{"asian games hangzhou", "Asian Games Hangzhou resmi ditutup pada Minggu malam.", "", "", false, false},
	{"deklarasi bangkok", "Deklarasi Bangkok menjadi dasar pendirian ASEAN pada 1967.", "asean", "", false, false},
	{"perjanjian paris iklim", "Perjanjian Paris tentang iklim ditandatangani hampir 200 negara.", "", "", false, false},
	{"expo osaka", "Expo 2025 Osaka menarik jutaan pengunjung.", "", "", false, false},
	// Short forms and epithets: the state.
	{"rrt filipina", "RRT menolak tuduhan spionase yang dilontarkan Filipina.", "CHN PHL", "", false, false},
	// Known: "mengecam latihan militer itu" gives no event, and the body lists its state only as an event's source (design).
	{"kemlu rrc", "Juru bicara Kemlu RRC mengecam latihan militer itu.", "chn-foreign-ministry CHN", "", false, true},
	{"tiongkok korut", "Tiongkok dan Korut sepakat memperkuat kerja sama ekonomi.", "CHN PRK", "", false, false},
	{"korsel korut rudal", "Korsel memprotes peluncuran rudal terbaru Korut.", "KOR PRK", "", false, false},
	{"uea penengah", "UEA menjadi penengah pertukaran tahanan Rusia dan Ukraina.", "ARE RUS UKR", "", false, false},
	{"png australia pakta", "PNG dan Australia menandatangani pakta keamanan baru.", "PNG AUS", "", false, false},
	{"amerika menuduh iran", "Amerika menuduh Iran memasok drone ke Rusia.", "USA IRN RUS", "", false, false},
	{"pemerintah as sanksi", "Pemerintah AS menjatuhkan sanksi terhadap perusahaan Iran.", "USA IRN", "", false, false},
	{"dolar as", "Rupiah melemah terhadap dolar AS pada perdagangan Jumat.", "", "", false, false},
	{"paman sam tarif", "Negeri Paman Sam kembali menaikkan tarif impor baja.", "USA", "", false, false},
	{"tirai bambu tumbuh", "Negeri Tirai Bambu mencatat pertumbuhan ekonomi 5 persen.", "CHN", "", false, false},
	{"afsel gugat israel", "Afsel menggugat Israel ke Mahkamah Internasional.", "ZAF ISR", "", false, false},
	{"inggris prancis akui palestina", "Inggris dan Prancis mengakui negara Palestina.", "GBR FRA PSE", "", false, false},
	// Second batch, written after the first fixes and annotated before its
	// first run: traps for the new rules (a route of two states, pasca- before
	// an ordinary word, a state after a culture word further on, a national
	// team with no state acting).
	{"b2 rute jakarta-amsterdam", "Penerbangan Garuda rute Jakarta-Amsterdam dihentikan sementara.", "", "", false, false},
	{"b2 feri merak-bakauheni", "Kapal feri rute Merak-Bakauheni kembali berlayar setelah cuaca membaik.", "", "", false, false},
	{"b2 penerbangan dua negara", "Penerbangan langsung Indonesia-Australia ditambah menjadi 20 kali sepekan.", "IDN AUS", "", false, false},
	{"b2 anti-israel boikot", "Kelompok anti-Israel menyerukan boikot produk minuman itu.", "", "", false, false},
	{"b2 pro-eropa moldova", "Partai pro-Eropa memenangi pemilu di Moldova.", "MDA", "", false, false},
	{"b2 milisi pro-iran", "Milisi pro-Iran menyerang pangkalan AS di Suriah.", "USA SYR", "", false, false},
	{"b2 sino-afrika ktt", "Konferensi Tingkat Tinggi Sino-Afrika digelar di Beijing.", "CHN", "", false, false},
	{"b2 pasca-perang irak", "Pasca-perang, Irak membangun kembali jaringan listriknya.", "IRQ", "", false, false},
	{"b2 mahasiswa asal malaysia se-jatim", "Mahasiswa asal Malaysia se-Jawa Timur berkumpul di Surabaya.", "MYS", "", false, false},
	{"b2 musisi korsel", "Musisi Korea Selatan itu menggelar konser di Jakarta.", "KOR", "", false, false},
	{"b2 film dokumenter perang ukraina", "Film dokumenter tentang perang Ukraina diputar di Berlin.", "UKR", "", false, false},
	{"b2 drama politik thailand", "Drama politik di Thailand berlanjut setelah perdana menteri dicopot.", "THA", "", false, false},
	{"b2 lagu kebangsaan palestina", "Lagu kebangsaan Palestina dinyanyikan di stadion itu.", "", "", false, false},
	{"b2 timnas jepang korsel lolos", "Timnas Jepang dan Korea Selatan sama-sama lolos ke Piala Dunia.", "", "", false, false},
	{"b2 kemlu china tuduh as", "Kementerian Luar Negeri China menuduh AS ikut campur.", "chn-foreign-ministry CHN USA", "", false, false},
	{"b2 cabang mandiri singapura", "Kantor cabang Bank Mandiri di Singapura resmi dibuka.", "bank-mandiri SGP", "", false, false},
	{"b2 amerika-lah", "Amerika-lah yang paling keras menentang resolusi itu.", "USA", "", false, false},
	{"b2 kereta moskow-beijing", "Kereta api Moskow-Beijing kembali beroperasi setelah pandemi.", "", "", false, false},
	{"b2 anti-korupsi", "Gerakan anti-korupsi di Kenya dipimpin anak-anak muda.", "KEN", "", false, false},
	{"b2 warga keturunan india", "Warga keturunan India di Medan merayakan Deepavali.", "", "", false, false},
}

var compoundGridENRows = []wireGridRow{
	// Hyphenated pairs: both actors.
	{"US-China talks", "US-China talks resumed in Geneva on Monday.", []string{"USA", "CHN"}, nil, false, false},
	{"Israel-Hamas war", "The Israel-Hamas war has displaced most of Gaza's population.", []string{"ISR", "hamas"}, nil, false, false},
	{"Russia-Ukraine war", "The Russia-Ukraine war entered its fourth year.", []string{"RUS", "UKR"}, nil, false, false},
	{"India-Pakistan tensions", "India-Pakistan tensions rose after the attack in Kashmir.", []string{"IND", "PAK"}, nil, false, false},
	{"Israeli-Palestinian talks", "Israeli-Palestinian peace talks collapsed in 2014.", []string{"ISR", "PSE"}, nil, false, false},
	{"Iran-Iraq war", "The Iran-Iraq war lasted eight years.", []string{"IRN", "IRQ"}, nil, false, false},
	{"Thailand-Cambodia border", "Thailand-Cambodia border clashes killed at least 12 people.", []string{"THA", "KHM"}, nil, false, false},
	{"US-brokered", "A US-brokered ceasefire took effect on Sunday.", []string{"USA"}, nil, false, false},
	{"U.S.-led coalition", "The U.S.-led coalition struck targets in Yemen overnight.", []string{"USA"}, nil, false, false},
	{"Sino-US relations", "Sino-US relations have worsened since the trade war began.", []string{"CHN", "USA"}, nil, false, false},
	{"Sino-Japanese War", "The Second Sino-Japanese War began in 1937.", []string{"CHN", "JPN"}, nil, false, false},
	{"Sino-Indian border", "Sino-Indian border talks made little progress.", []string{"CHN", "IND"}, nil, false, false},
	{"Jakarta-Bandung railway", "The Jakarta-Bandung high-speed railway carried a million passengers.", nil, []string{"IDN"}, true, false},
	// Prefixes: no state.
	{"pro-Russian separatists", "Pro-Russian separatists shelled the town overnight.", nil, []string{"RUS"}, false, false},
	{"anti-American protesters", "Anti-American protesters burned flags outside the embassy.", nil, []string{"USA"}, false, false},
	{"post-Brexit trade", "Post-Brexit trade with the European Union has fallen.", []string{"european-union"}, []string{"GBR"}, false, false},
	{"Indo-Pacific strategy", "The Indo-Pacific strategy aims to counter China's influence.", []string{"CHN"}, []string{"IDN"}, false, false},
	{"Trans-Pacific Partnership", "The Trans-Pacific Partnership was signed by 12 countries.", nil, nil, true, false},
	{"anti-China sentiment", "Anti-China sentiment has grown in the Philippines.", []string{"PHL"}, []string{"CHN"}, false, false},
	{"pro-Palestinian march", "Pro-Palestinian demonstrators marched through central London.", nil, []string{"PSE", "GBR"}, false, false},
	// Peoples and origins.
	{"Russian-born", "Russian-born businessman Alexei Petrov was arrested in London.", []string{"alexei-petrov/person"}, []string{"RUS", "GBR"}, false, false},
	{"Chinese-American", "Chinese-American scientists faced scrutiny under the program.", nil, []string{"CHN", "USA"}, false, false},
	{"British nationals", "British nationals were urged to leave Lebanon immediately.", []string{"GBR", "LBN"}, nil, false, false},
	{"Russian citizens", "Russian citizens living in Bali were told to renew their visas.", []string{"RUS"}, nil, false, false},
	{"Kurdish fighters", "Kurdish fighters clashed with Turkish troops near the border.", []string{"TUR"}, []string{"IRQ"}, false, false},
	{"Rohingya refugees", "Rohingya refugees arrived in Aceh by boat.", nil, []string{"MMR", "IDN"}, false, false},
	{"ethnic Chinese", "Ethnic Chinese communities celebrated the Lunar New Year in Jakarta.", nil, []string{"CHN", "IDN"}, false, false},
	{"Japanese-Brazilian", "Japanese-Brazilian workers returned to Sao Paulo.", nil, []string{"JPN", "BRA"}, false, false},
	// Languages and cuisines.
	{"Korean language", "The Korean language is taught at 40 universities.", nil, []string{"KOR", "PRK"}, false, false},
	{"fluent Japanese", "She speaks fluent Japanese and Mandarin.", nil, []string{"JPN"}, false, false},
	{"Thai cuisine", "Thai cuisine has become popular in Europe.", nil, []string{"THA"}, false, false},
	{"Arabic coffee", "Arabic coffee was served to the guests.", nil, []string{"SAU"}, false, false},
	// Companies named after states.
	{"Air India", "Air India said the crash investigation was continuing.", []string{"air-india"}, []string{"IND"}, false, false},
	{"Bank of America", "Bank of America raised its forecast for gold.", []string{"bank-of-america"}, []string{"USA"}, false, false},
	{"Korean Air", "Korean Air completed its merger with Asiana Airlines.", nil, []string{"KOR"}, false, false},
	{"Turkish Airlines", "Turkish Airlines added flights to Bali.", nil, []string{"TUR"}, false, false},
	{"Deutsche Bank", "Deutsche Bank cut its forecast for the euro zone.", []string{"deutsche-bank"}, []string{"DEU"}, false, false},
	{"Garuda Indonesia", "Garuda Indonesia returned two Boeing jets to lessors.", []string{"garuda-indonesia"}, []string{"IDN"}, false, false},
	{"Bank Rakyat Indonesia", "Bank Rakyat Indonesia posted a record profit.", []string{"bri"}, []string{"IDN"}, false, false},
	// National teams and events named after places.
	{"Indonesia national team", "Indonesia's national team beat Saudi Arabia 2-0 in a World Cup qualifier.", nil, []string{"IDN", "SAU"}, false, false},
	{"Japan national team", "Japan's national football team qualified for the World Cup.", nil, []string{"JPN"}, false, false},
	{"G20 summit Bali", "The G20 summit in Bali ended with a joint declaration.", []string{"g20"}, []string{"IDN"}, false, false},
	{"Paris Olympics", "The Paris Olympics drew record crowds.", nil, []string{"FRA"}, false, false},
	{"Qatar World Cup", "The Qatar World Cup was the most expensive ever staged.", nil, []string{"QAT"}, false, false},
	// Short forms.
	{"U.S. tariffs", "The U.S. imposed new tariffs on steel imports.", []string{"USA"}, nil, false, false},
	{"U.K. and France", "The U.K. and France agreed to coordinate on migration.", []string{"GBR", "FRA"}, nil, false, false},
	{"UAE broker", "The UAE brokered a prisoner swap between Russia and Ukraine.", []string{"ARE", "RUS", "UKR"}, nil, false, false},
	{"PNG pact", "PNG signed a defence pact with Australia.", []string{"PNG", "AUS"}, nil, false, false},
	{"America alone", "America will not back down, the senator said.", []string{"USA"}, nil, false, false},
	// Second batch, annotated before its first run.
	{"b2 Anglo-French summit", "The Anglo-French summit was held in Paris.", []string{"GBR", "FRA"}, nil, false, false},
	{"b2 Indo-Pakistani tensions", "Indo-Pakistani tensions flared after the strike.", []string{"IND", "PAK"}, nil, false, false},
	// Known: "African" is no demonym of the gazetteer (Africa is a place), so
	// "Sino-" has no second party to join.
	{"b2 Sino-African forum", "The Sino-African forum opened in Beijing.", []string{"CHN"}, nil, false, true},
	{"b2 pro-Kremlin bloggers", "Pro-Kremlin bloggers cheered the advance.", nil, []string{"RUS"}, false, false},
	{"b2 Russian-Chinese border", "The Russian-Chinese border is 4,200 km long.", []string{"RUS", "CHN"}, nil, false, false},
	{"b2 Mexican-American voters", "Mexican-American voters backed the measure.", nil, []string{"MEX", "USA"}, false, false},
	{"b2 national team coach", "The national team's coach said South Korea deserved to win.", nil, []string{"KOR"}, false, false},
	{"b2 London-Paris train", "The London-Paris train service was suspended.", nil, []string{"GBR", "FRA"}, false, false},
	{"b2 post-war Germany", "Post-war Germany rebuilt its industry within a decade.", []string{"DEU"}, nil, false, false},
	{"b2 anti-Japanese protests", "Anti-Japanese protests spread across China.", []string{"CHN"}, []string{"JPN"}, false, false},
	{"b2 Canadian-born", "Canadian-born actor Ryan Reynolds bought the club.", nil, []string{"CAN"}, false, false},
	{"b2 US-trained", "US-trained Afghan commandos fled to Iran.", []string{"USA", "IRN"}, nil, false, false},
}
