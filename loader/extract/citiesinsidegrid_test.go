package extract

import "testing"

// citiesInsideGridRows are present-day news sentences, Indonesian and
// English, of issue #12 classes 4 and 5, annotated before the extractor ran
// on them (they use the row type and checker of the places grid 3):
// cities used as places (after a preposition of place, between two cities,
// in a comparison, in a dateline, as the venue of talks or a summit) give
// no state, a capital is its state only as the agent of a political act;
// a state's name inside a longer name (a region, a people, an
// organization, an acronym of an agency, a street, building or ship) is no
// mention of that state.
var citiesInsideGridRows = []places3Row{
	// Cities after prepositions of place and between two cities.
	{"id antara jakarta dan canberra", "id", "Maskapai itu membuka rute baru antara Jakarta dan Canberra mulai Juni.", "", "IDN AUS", true, false},
	{"id dari tehran ke baghdad", "id", "Peziarah bertolak dari Teheran ke Baghdad dengan bus.", "", "IRN IRQ", true, false},
	{"id kereta cepat ke bandung", "id", "Kereta cepat dari Jakarta ke Bandung kini hanya memakan waktu 45 menit.", "", "IDN", true, false},
	// known: arguable: a city-state after a preposition is its state (SGP has no place of its own in the gazetteer)
	{"id harga emas di singapura", "id", "Harga emas di Singapura turun tipis pada perdagangan Senin.", "", "SGP", true, true},
	{"id kuliah di melbourne", "id", "Ribuan mahasiswa Indonesia kini kuliah di Melbourne dan Perth.", "IDN melbourne/place perth/place", "AUS", false, false},
	{"id banjir di busan", "id", "Banjir bandang melanda sejumlah kawasan di Busan akibat topan.", "busan/place", "KOR", true, false},
	{"id pameran di shanghai", "id", "Produk kopi asal Aceh dipamerkan di Shanghai pekan lalu.", "shanghai/place aceh/place", "CHN", true, false},
	{"id transit di dubai", "id", "Jemaah umrah itu tertahan di Dubai karena penerbangan lanjutan dibatalkan.", "dubai/place", "ARE", true, false},
	{"id konser di tokyo dan osaka", "id", "Band asal Bandung itu akan menggelar konser di Tokyo dan Osaka.", "osaka/place", "JPN", false, false},
	{"id sekolah di kairo", "id", "Ia menempuh pendidikan di Kairo selama enam tahun sebelum kembali ke Lombok.", "", "EGY", false, false},
	// Comparisons.
	{"id lebih mahal dari singapura", "id", "Harga apartemen di Jakarta Selatan kini lebih mahal dari Kuala Lumpur.", "", "MYS IDN", true, false},
	{"id biaya hidup bangkok", "id", "Biaya hidup di Bangkok masih lebih murah dibandingkan Seoul.", "", "THA KOR", true, false},
	{"id udara delhi lebih buruk", "id", "Kualitas udara Jakarta pagi ini lebih buruk daripada New Delhi.", "", "IND IDN", true, false},
	// Datelines.
	{"id dateline bangkok", "id", "BANGKOK, KOMPAS.com - Hujan deras mengguyur ibu kota sejak Minggu malam.", "", "THA", true, false},
	{"id dateline kuala lumpur malaysia", "id", "KUALA LUMPUR, KOMPAS.com - Pemerintah Malaysia menaikkan harga bahan bakar RON95.", "MYS", "", false, false},
	{"id dateline tokyo event indonesia", "id", "TOKYO, KOMPAS.com - Indonesia dan Jepang menandatangani kerja sama energi bersih.", "IDN JPN", "", false, false},
	// Venues.
	{"id ktt jeddah", "id", "Menteri Luar Negeri Indonesia hadir dalam KTT Jeddah yang membahas situasi Gaza.", "IDN", "SAU", false, false},
	{"id perundingan doha", "id", "Perundingan Doha kembali buntu setelah kedua pihak saling menuduh.", "", "QAT", true, false},
	{"id pertemuan riyadh", "id", "Pertemuan Riyadh antara delegasi Amerika Serikat dan Rusia berlangsung selama empat jam.", "USA RUS", "SAU", false, false},
	// known: annotation: a state after a comma of place ("Davos, Swiss") is read as the state, as the project reads states after prepositions
	{"id forum davos", "id", "Presiden Prabowo berpidato di Forum Davos, Swiss, pekan lalu.", "prabowo-subianto", "CHE", false, true},
	{"id perjanjian paris", "id", "Sejumlah negara dinilai gagal memenuhi target Perjanjian Paris.", "", "FRA", true, false},
	// Capitals as agents.
	{"id pyongyang menegaskan", "id", "Pyongyang menegaskan tidak akan menyerahkan senjata nuklirnya.", "PRK", "", false, false},
	{"id teheran menolak", "id", "Teheran menolak tuduhan bahwa pihaknya memasok drone ke Rusia.", "IRN RUS", "", false, false},
	{"id canberra memprotes", "id", "Canberra memprotes manuver berbahaya jet tempur China di Laut China Selatan.", "AUS CHN south-china-sea/place", "", false, false},
	{"id kyiv menuduh moskow", "id", "Kyiv menuduh Moskow menyerang infrastruktur energi pada malam hari.", "UKR RUS", "", false, false},
	// Regions with a state's name inside.
	{"id korea utara bukan korea", "id", "Korea Utara kembali meluncurkan rudal balistik ke Laut Jepang.", "PRK", "KOR JPN", false, false},
	{"id papua nugini", "id", "Papua Nugini dan Australia menandatangani pakta keamanan baru.", "PNG AUS", "papua", false, false},
	{"id sudan selatan", "id", "Sudan Selatan menunda pemilihan umum hingga 2026.", "SSD", "SDN", false, false},
	{"id guinea-bissau", "id", "Militer mengambil alih kekuasaan di Guinea-Bissau pada Rabu.", "GNB", "GIN", false, false},
	{"id jawa barat", "id", "Gempa bermagnitudo 5,2 mengguncang Jawa Barat pada Senin malam.", "jawa-barat/place", "IDN", true, false},
	{"id nusa tenggara timur", "id", "Kekeringan melanda sebagian besar Nusa Tenggara Timur tahun ini.", "nusa-tenggara-timur/place", "TLS IDN", true, false},
	{"id timor tengah selatan", "id", "Warga Kabupaten Timor Tengah Selatan kesulitan air bersih.", "kabupaten-timor-tengah-selatan/place", "TLS", true, false},
	// known: annotation: the gazetteer spells New Caledonia as its own state NCL (country FRA); the row wanted none
	{"id kaledonia baru", "id", "Kerusuhan di Kaledonia Baru menewaskan enam orang.", "", "FRA", false, true},
	{"id republik dominika", "id", "Republik Dominika mendeportasi ribuan warga Haiti.", "DOM HTI", "DMA", false, false},
	{"id afrika selatan", "id", "Afrika Selatan menggugat Israel ke Mahkamah Internasional.", "ZAF ISR", "", false, false},
	{"id kalimantan timur ibu kota", "id", "Pembangunan ibu kota baru di Kalimantan Timur terus berjalan.", "kalimantan-timur/place", "", true, false},
	// Peoples.
	{"id suku jawa", "id", "Sebagian besar transmigran di daerah itu berasal dari suku Jawa.", "", "IDN", true, false},
	{"id orang kurdi", "id", "Ribuan orang Kurdi berunjuk rasa di Erbil menuntut gaji pegawai dibayar.", "", "TUR IRQ", false, false},
	{"id warga tionghoa imlek", "id", "Warga keturunan Tionghoa merayakan Imlek di Glodok, Jakarta Barat.", "", "CHN", false, false},
	{"id pengungsi rohingya", "id", "Ratusan pengungsi Rohingya kembali mendarat di pantai Aceh.", "aceh/place", "MMR", false, false},
	{"id orang papua", "id", "Mahasiswa asal Papua menggelar diskusi di Yogyakarta.", "papua/place", "PNG", false, false},
	// Organizations with a state's name inside.
	{"id universitas indonesia", "id", "Universitas Indonesia menerima lebih dari 9.000 mahasiswa baru tahun ini.", "universitas-indonesia", "", false, false},
	{"id icw", "id", "Indonesia Corruption Watch mencatat ada 791 kasus korupsi sepanjang 2023.", "icw", "", false, false},
	{"id garuda indonesia", "id", "Garuda Indonesia menambah frekuensi penerbangan ke Jeddah selama musim haji.", "garuda-indonesia", "SAU", false, false},
	{"id bank indonesia", "id", "Bank Indonesia mempertahankan suku bunga acuan di level 6 persen.", "idn-central-bank", "", false, false},
	{"id air china", "id", "Air China membuka kembali penerbangan langsung Beijing-Jakarta.", "air-china", "CHN IDN", false, false},
	{"id singapore airlines", "id", "Singapore Airlines memberikan kompensasi kepada penumpang yang terluka akibat turbulensi.", "singapore-airlines", "SGP", false, false},
	{"id bank central asia", "id", "Bank Central Asia membukukan laba bersih Rp 54 triliun.", "bca", "", false, false},
	{"id universitas gadjah mada", "id", "Peneliti Universitas Gadjah Mada mengembangkan alat deteksi dini tanah longsor.", "universitas-gadjah-mada", "", false, false},
	{"id bank sentral jepang", "id", "Bank Sentral Jepang menaikkan suku bunga untuk pertama kalinya dalam 17 tahun.", "jpn-central-bank", "", false, false},
	{"id telkom indonesia", "id", "Telkom Indonesia meluncurkan satelit baru dari Florida.", "telkom-indonesia", "USA", false, false},
	// Acronyms of agencies, embassies and consulates.
	// known: annotation: KBRI Tokyo is the mission embassy-idn-jpn (the project's actor, not IDN), and "WNI di Jepang" reads the state JPN
	{"id kbri tokyo", "id", "KBRI Tokyo mengimbau WNI di Jepang waspada terhadap gempa susulan.", "IDN", "", false, true},
	// known: annotation: KJRI Jeddah is the mission embassy-idn-sau, not IDN
	{"id kjri jeddah", "id", "KJRI Jeddah memulangkan 40 pekerja migran yang tidak berdokumen.", "IDN", "SAU", false, true},
	{"id polda metro jaya", "id", "Polda Metro Jaya menangkap tiga tersangka penipuan daring.", "polda-metro-jaya", "", false, false},
	{"id kedutaan as di jakarta", "id", "Kedutaan Besar AS di Jakarta mengeluarkan peringatan perjalanan.", "USA", "IDN", false, false},
	// Streets, buildings, ships.
	{"id bundaran hotel indonesia", "id", "Ribuan buruh berunjuk rasa di Bundaran Hotel Indonesia pada Hari Buruh.", "", "IDN", false, false},
	{"id jalan asia afrika", "id", "Jalan Asia Afrika di Bandung ditutup untuk perayaan tahun baru.", "", "", false, false},
	{"id kampung inggris pare", "id", "Kampung Inggris di Pare, Kediri, kembali ramai dikunjungi pelajar.", "", "GBR", false, false},
	{"id plaza indonesia", "id", "Kebakaran kecil terjadi di pusat perbelanjaan Plaza Indonesia, Jakarta Pusat.", "", "IDN", false, false},
	{"id taman mini indonesia indah", "id", "Taman Mini Indonesia Indah kembali dibuka setelah direvitalisasi.", "", "IDN", false, false},

	// English: cities after prepositions of place.
	{"en flights between jakarta and canberra", "en", "The airline will launch direct flights between Jakarta and Canberra next year.", "", "IDN AUS", true, false},
	{"en from tehran", "en", "Hundreds of pilgrims arrived from Tehran on Sunday.", "", "IRN", true, false},
	// known: annotation: "Residents in" a capital is the capital's state's civilians (UKR), as CAMEO codes a group noun before "in" and a capital (see "Police in Kuala Lumpur" in the places grid 3)
	{"en in kyiv residents", "en", "Residents in Kyiv spent the night in metro stations as air raid sirens sounded.", "", "UKR", true, true},
	// known: arguable: Hong Kong after a preposition is HKG, which the gazetteer spells as a state
	{"en rents in singapore", "en", "Office rents in Hong Kong fell for a fifth straight quarter.", "", "HKG CHN", true, true},
	{"en protest in istanbul", "en", "Thousands marched in Istanbul on Saturday in support of the jailed mayor.", "istanbul/place", "TUR", false, false},
	{"en heatwave in mumbai", "en", "A heatwave in Mumbai has pushed power demand to a record.", "mumbai/place", "IND", true, false},
	{"en flew to beijing", "en", "The delegation flew to Beijing after a stopover in Hanoi.", "", "CHN VNM", true, false},
	{"en arrived in cairo", "en", "The injured children arrived in Cairo for treatment.", "", "EGY", true, false},
	{"en born in lagos", "en", "The singer, who was born in Lagos, now lives in London.", "", "NGA GBR", false, false},
	// English: comparisons.
	{"en pricier than singapore", "en", "Hotels in Bali are now pricier than in Bangkok, the survey found.", "bali/place", "THA IDN", true, false},
	{"en air worse than delhi", "en", "Air quality in Lahore was worse than in New Delhi on Monday.", "", "PAK IND", true, false},
	{"en cheaper than tokyo", "en", "Living in Seoul is now more expensive than living in Tokyo.", "", "KOR JPN", true, false},
	// English: datelines.
	{"en dateline nairobi ethiopia", "en", "NAIROBI (Reuters) - Ethiopia's government said on Tuesday it had reached a deal with rebels.", "ETH", "KEN", false, false},
	{"en dateline beijing weather", "en", "BEIJING (Reuters) - Heavy rain flooded streets in the capital on Monday.", "", "CHN", true, false},
	{"en dateline singapore company", "en", "SINGAPORE, May 3 (Reuters) - Oil prices rose on Friday as supply worries grew.", "", "SGP", true, false},
	// known: annotation: "Indonesia's parliament" is the body idn-dpr, not the state
	{"en dateline jakarta indonesia", "en", "JAKARTA (AP) - Indonesia's parliament passed a new criminal code on Tuesday.", "IDN", "", false, true},
	// English: venues.
	{"en the riyadh talks", "en", "The Riyadh talks between American and Russian officials lasted more than four hours.", "USA RUS", "SAU", false, false},
	{"en the istanbul talks", "en", "Ukraine and Russia agreed to a prisoner swap at the Istanbul talks.", "UKR RUS", "TUR", false, false},
	// known: annotation: the project gives a head of state's state as participant (UKR), which the row did not want
	{"en jeddah summit", "en", "Zelensky attended the Jeddah summit of the Arab League.", "volodymyr-zelenskyy", "SAU", false, true},
	{"en doha negotiations", "en", "The Doha negotiations on a Gaza ceasefire resumed on Thursday.", "", "QAT", false, false},
	{"en paris agreement", "en", "The United States withdrew from the Paris Agreement again in 2025.", "USA", "FRA", false, false},
	{"en minsk agreements", "en", "Putin said the Minsk agreements had been used to buy time.", "vladimir-putin", "BLR", false, false},
	{"en davos forum", "en", "Business leaders gathered at the Davos forum in January.", "", "CHE", true, false},
	// English: capitals as agents.
	{"en beijing warned", "en", "Beijing warned that it would take firm countermeasures.", "CHN", "", false, false},
	{"en washington imposed", "en", "Washington imposed sanctions on two Chinese refineries.", "USA CHN", "", false, false},
	{"en tehran rejected", "en", "Tehran rejected the proposal as one-sided.", "IRN", "", false, false},
	{"en seoul protested", "en", "Seoul protested Tokyo's renewed claim to the islands.", "KOR JPN", "", false, false},
	{"en moscow denied", "en", "Moscow denied targeting civilians in Kharkiv.", "RUS kharkiv/place", "UKR", false, false},
	// English: regions with a state's name inside.
	{"en north korea not korea", "en", "North Korea fired two ballistic missiles on Thursday.", "PRK", "KOR", false, false},
	{"en papua new guinea", "en", "Papua New Guinea declared a state of emergency after riots in Port Moresby.", "PNG", "papua", false, false},
	{"en northern ireland", "en", "Heavy snow closed schools across Northern Ireland.", "northern-ireland/place", "IRL GBR", true, false},
	{"en south sudan", "en", "South Sudan's president sacked his finance minister.", "SSD", "SDN", false, false},
	{"en lower saxony", "en", "Volkswagen plans to cut jobs at its plants in Lower Saxony.", "lower-saxony/place", "DEU", false, false},
	{"en new mexico", "en", "Wildfires forced thousands to flee in New Mexico.", "new-mexico/place", "MEX USA", true, false},
	{"en guinea-bissau", "en", "Soldiers seized power in Guinea-Bissau, officials said.", "GNB", "GIN", false, false},
	{"en west java", "en", "A landslide in West Java killed at least 12 people.", "jawa-barat/place", "IDN", true, false},
	{"en west virginia", "en", "Floods in West Virginia damaged hundreds of homes.", "west-virginia/place", "USA", true, false},
	{"en new jersey", "en", "New Jersey banned the sale of flavored vapes.", "new-jersey/place", "", true, false},
	{"en dominican republic", "en", "The Dominican Republic deported thousands of Haitians last month.", "DOM HTI", "DMA", false, false},
	{"en western sahara", "en", "Morocco's plan for Western Sahara won new support in Europe.", "MAR ESH", "", false, false},
	// English: peoples.
	{"en afghan refugees", "en", "Pakistan began deporting Afghan refugees in November.", "PAK AFG", "", false, false},
	{"en kurdish fighters", "en", "Kurdish fighters took control of the town.", "", "TUR IRQ", false, false},
	{"en rohingya refugees", "en", "More than 300 Rohingya refugees landed in Aceh.", "aceh/place", "MMR", false, false},
	{"en javanese farmers", "en", "Javanese farmers have grown rice on these slopes for centuries.", "", "IDN", false, false},
	// English: organizations.
	{"en bank of japan", "en", "The Bank of Japan raised interest rates to their highest level in 17 years.", "jpn-central-bank", "", false, false},
	{"en air china", "en", "Air China resumed flights to Jakarta.", "air-china", "CHN IDN", false, false},
	{"en icw", "en", "Indonesia Corruption Watch said the bill would weaken the anti-graft agency.", "icw", "", false, false},
	{"en qatar airways", "en", "Qatar Airways ordered 160 jets from Boeing.", "qatar-airways", "QAT", false, false},
	{"en national university of singapore", "en", "Researchers at the National University of Singapore developed a new battery.", "national-university-of-singapore", "SGP", false, false},
	{"en australian national university", "en", "A study by the Australian National University found the reef was shrinking.", "australian-national-university", "AUS", false, false},
	{"en south china morning post", "en", "The South China Morning Post reported the deal on Monday.", "scmp", "CHN", false, false},
	{"en times of india", "en", "The Times of India said the talks had stalled.", "times-of-india", "IND", false, false},
	{"en korea herald", "en", "The Korea Herald cited officials as saying the plan would go ahead.", "korea-herald", "", false, false},
	{"en malaysia airlines", "en", "Malaysia Airlines grounded two planes after engine faults.", "malaysia-airlines", "MYS", false, false},
	{"en reserve bank of australia", "en", "The Reserve Bank of Australia held rates steady.", "aus-central-bank", "", false, false},
	// English: embassies, streets, buildings, ships.
	{"en us embassy in jakarta", "en", "The U.S. Embassy in Jakarta issued a security alert.", "USA", "IDN", false, false},
	{"en indonesian embassy in tokyo", "en", "The Indonesian Embassy in Tokyo urged citizens to stay alert.", "IDN", "JPN", false, false},
	{"en little india", "en", "Police cordoned off a street in Little India after a fire.", "", "IND", false, false},
	{"en hotel indonesia roundabout", "en", "Protesters gathered at the Hotel Indonesia roundabout in central Jakarta.", "", "IDN", false, false},
	{"en cruiser moskva", "en", "Russia's Black Sea flagship, the cruiser Moskva, sank in April 2022.", "RUS", "", false, false},
	// Second batch (annotated after the first rules, before the extractor ran on it).
	{"id konferensi bangkok", "id", "Konferensi Bangkok tentang perubahan iklim dibuka pada Senin.", "", "THA", true, false},
	{"id pembicaraan kairo", "id", "Pembicaraan Kairo soal gencatan senjata kembali ditunda.", "", "EGY", true, false},
	{"id rute langsung dari seoul", "id", "Maskapai itu membuka penerbangan langsung dari Seoul ke Denpasar.", "", "KOR", true, false},
	{"id kereta antara beijing dan shanghai", "id", "Tiket kereta cepat antara Beijing dan Shanghai habis terjual menjelang libur.", "shanghai/place", "CHN", true, false},
	{"id ktt tokyo", "id", "Para pemimpin G7 menyepakati komunike bersama dalam KTT Tokyo.", "g7", "JPN", false, false},
	{"id hubungan jakarta canberra", "id", "Canberra menegaskan hubungan dengan Jakarta tetap kuat.", "AUS IDN", "", false, false},
	{"id bank sentral korea selatan", "id", "Bank Sentral Korea menahan suku bunga acuan.", "kor-central-bank", "", false, false},
	{"id philippine airlines", "id", "Philippine Airlines membatalkan penerbangan akibat topan.", "philippine-airlines", "PHL", false, false},
	{"en the cairo talks", "en", "The Cairo talks on a ceasefire ended without a deal.", "", "EGY", true, false},
	{"en the ankara meeting", "en", "Officials described the Ankara meeting as constructive.", "", "TUR", true, false},
	{"en the tehran conference", "en", "Delegates from 30 countries attended the Tehran conference on Monday.", "", "IRN", true, false},
	{"en trains from moscow", "en", "Night trains from Moscow to St Petersburg were cancelled.", "", "RUS", true, false},
	{"en new route between manila and hanoi", "en", "A new route between Manila and Hanoi opened this week.", "", "PHL VNM", true, false},
	{"en talks between washington and beijing", "en", "Talks between Washington and Beijing resumed in Geneva.", "USA CHN", "", false, false},
	{"en vietnam airlines", "en", "Vietnam Airlines will add flights to Jakarta.", "vietnam-airlines", "VNM IDN", false, false},
	{"en bank of korea", "en", "The Bank of Korea cut its policy rate by a quarter point.", "kor-central-bank", "", false, false},
	// Third batch (annotated after the second batch, before the extractor ran on it).
	{"id lebih tinggi dari tokyo", "id", "Inflasi di Jakarta lebih tinggi dari Tokyo dan Seoul.", "", "JPN KOR IDN", true, false},
	{"id dibandingkan hanoi", "id", "Upah buruh di Batam lebih rendah dibandingkan Hanoi.", "", "VNM", false, false},
	{"id sepulang dari riyadh", "id", "Sepulang dari Riyadh, menteri itu langsung menggelar rapat.", "", "SAU", true, false},
	{"id tiba di bandara kuala lumpur", "id", "Rombongan tiba di Kuala Lumpur pukul 10.00 waktu setempat.", "", "MYS", true, false},
	// known: annotation: "Warga Indonesia" names Indonesia's citizens, the state IDN (the row wanted none); KJRI Osaka is the mission embassy-idn-jpn
	{"id kjri osaka", "id", "Warga Indonesia di Osaka diminta melapor ke KJRI Osaka.", "osaka/place", "JPN", false, true},
	{"id korea selatan bukan korea utara", "id", "Korea Selatan menggelar latihan militer bersama Amerika Serikat.", "KOR USA", "PRK", false, false},
	{"id timor leste", "id", "Timor Leste resmi menjadi anggota ke-11 ASEAN.", "TLS asean", "", false, false},
	{"id jalan jakarta-bogor", "id", "Kemacetan parah terjadi di Jalan Raya Jakarta-Bogor.", "", "IDN", true, false},
	// known: arguable: "wisatawan asal Jepang" is a Japanese tourist, which CAMEO codes as the state's civilian (JPN); the row wanted none
	{"id warga jepang di bali", "id", "Seorang wisatawan asal Jepang hilang saat berenang di Bali.", "bali/place", "", false, true},
	{"id kawasan pecinan", "id", "Kawasan Pecinan Semarang dipadati pengunjung saat Imlek.", "", "CHN", false, false},
	{"en more expensive than london", "en", "Renting a flat in Paris is now more expensive than in London.", "", "FRA GBR", true, false},
	{"en dateline moscow russia", "en", "MOSCOW (Reuters) - Russia's central bank raised its key rate to 21%.", "rus-central-bank", "", false, false},
	{"en dateline kyiv", "en", "KYIV, Ukraine (AP) - Air raid sirens sounded across the city overnight.", "", "", false, false},
	{"en the berlin conference", "en", "The Berlin conference on Sudan raised $2 billion in aid.", "SDN", "DEU", false, false},
	{"en the cairo summit", "en", "Arab leaders met at the Cairo summit to discuss Gaza's reconstruction.", "", "EGY", false, false},
	{"en equatorial guinea", "en", "Equatorial Guinea's vice president was sentenced in France.", "GNQ FRA", "GIN", false, false},
	{"en central african republic", "en", "The Central African Republic held a referendum on a new constitution.", "CAF", "", false, false},
	// known: arguable: "the Japan pavilion" at an expo is the state's own exhibit; no rule was made for pavilions
	{"en japan pavilion", "en", "Visitors to the Japan pavilion at the Osaka expo queued for hours.", "osaka/place", "JPN", false, true},
	{"en indonesia arena", "en", "The concert at Indonesia Arena drew 16,000 fans.", "", "IDN", false, false},
	{"en bank of england", "en", "The Bank of England kept interest rates on hold.", "gbr-central-bank", "", false, false},
	// Guards of the rules (written after them): capitals that stay states.
	{"id pertemuan jakarta dan beijing", "id", "Pertemuan Jakarta dan Beijing membahas kode etik di Laut China Selatan.", "IDN CHN south-china-sea/place", "", false, false},
	{"id usai pertemuan beijing menegaskan", "id", "Dalam pertemuan itu, Beijing menegaskan sikapnya soal Taiwan.", "CHN TWN", "", false, false},
	{"en washington talks tough", "en", "Washington talks tough on Beijing but keeps trading.", "USA CHN", "", false, false},
	{"en support from washington", "en", "Support from Washington has been crucial for Kyiv's defence.", "USA UKR", "", false, false},
	// known: "aid to Manila" after "pledged" is read as the city, not the recipient state (recipient capitals need a verb of handing over); not this pass's rules
	{"en at the meeting tokyo pledged", "en", "At the meeting, Tokyo pledged $1 billion in aid to Manila.", "JPN PHL", "", false, true},
}

// TestCitiesInsideGrid runs citiesInsideGridRows: 105 of the first 120
// passed before any rule (two annotation slips fixed first: a none mark on
// two organization rows, a person id spelling), 111 after the route
// prepositions ("rute baru antara Jakarta dan Canberra"), the meetings
// named after their host city ("Perundingan Doha", "the Riyadh talks") and
// Little India; of the second batch (16 rows, annotated after those rules,
// before the extractor ran on them) 11 passed on the code before the
// rules, 16 after; of a third batch (20 rows, annotated after the second,
// no rule added for it) 17 passed; of 5 guard rows written after the
// rules (capitals that stay states) 4 pass: 148 of 161. The known failures are
// annotations that differ from the project's conventions or are arguable,
// and one recipient capital.
func TestCitiesInsideGrid(t *testing.T) {
	runPlaces3Rows(t, citiesInsideGridRows, 148, "2025-11-15")
}
