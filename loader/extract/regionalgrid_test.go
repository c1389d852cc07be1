package extract

import "testing"

// TestRegionalGrid checks persons and titles of Indonesia's neighbours and
// the wider region as Indonesian and English news write them: Malaysian
// honorifics and royal titles (Datuk, Datuk Seri, Dato' Sri, Tan Sri, Tun,
// Toh Puan, Puan Sri, Datin, YB, the Yang di-Pertuan Agong, a Sultan of a
// state, Tunku, Tengku, the Raja Permaisuri Agong), Brunei's (Pengiran,
// Awang, Dayang), Singaporean Chinese, Malay and Indian names, Thai names
// with Khun and military and police ranks, Filipino titles and nicknames,
// Vietnamese and Cambodian names with the family name first (Samdech),
// Burmese names with U and Daw, Timor-Leste, Papua New Guinea and the
// Pacific, Indian and Pakistani titles (Shri, Sardar, Chaudhry), and
// Korean and Japanese name order. Real public figures are the gazetteer's;
// private persons are invented. About one row in six is a trap: a title
// word as an ordinary word (the Minangkabau datuk), a sultan's or a Tun's
// name in a street, a mosque, a stadium or a district. The rows were
// written for the test and annotated before the extractor ran on them; a
// row marked known is a known failure (the test fails when it passes).
//
// Before any rule 86 of the first 129 rows passed (46 of 67 Indonesian, 40
// of 62 English); after the honorifics, the trimming of honorifics off
// names, reversed_order_states, English facility_heads and five data lines
// 118 of 129 (61 of 67, 57 of 62). A second batch of 16, written after
// the first rules and annotated before it ran, passed 12 of 16 and then
// 15 of 16: 133 of 145 in all.
func TestRegionalGrid(t *testing.T) {
	t.Run("id", func(t *testing.T) { runNameGridOn(t, regionalGridIDRows, 67, "2025-11-15") })
	t.Run("en", func(t *testing.T) { runWireGrid(t, extractor(t), regionalGridENRows, "2025-11-15") })
}

// regionalGridIDRows are the Indonesian rows (expertRowProblems: every
// state and person the row gives must be wanted).
var regionalGridIDRows = []nameGridRow{
	// Malaysia: honorifics before office holders.
	{"my datuk seri anwar", "Perdana Menteri Malaysia Datuk Seri Anwar Ibrahim menegaskan negaranya tidak akan memihak dalam persaingan kekuatan besar.", "anwar-ibrahim MYS", "", false, false},
	{"my datuk seri zahid", "Wakil Perdana Menteri Malaysia Datuk Seri Ahmad Zahid Hamidi memimpin delegasi dagang ke Surabaya pekan ini.", "ahmad-zahid-hamidi MYS", "", false, false},
	{"my datuk seri tok mat", "Menteri Luar Negeri Malaysia Datuk Seri Mohamad Hasan bertemu Menlu Sugiono di Jakarta untuk membahas perbatasan laut.", "mohamad-hasan MYS sugiono", "", false, false},
	{"my tun dr mahathir", "Tun Dr Mahathir Mohamad kembali mengkritik kebijakan subsidi bahan bakar pemerintah.", "mahathir-mohamad", "", false, false},
	{"my najib datuk seri", "Mantan Perdana Menteri Malaysia Datuk Seri Najib Razak mengajukan banding atas putusan kasus 1MDB.", "najib-razak MYS", "", false, false},
	{"my tan sri muhyiddin", "Presiden Bersatu Tan Sri Muhyiddin Yassin membantah tuduhan penyalahgunaan kekuasaan.", "muhyiddin-yassin", "", false, false},
	{"my datin seri rosmah", "Datin Seri Rosmah Mansor dibebaskan dari 12 dakwaan pencucian uang oleh pengadilan tinggi.", "rosmah-mansor", "", false, false},
	{"my agong sultan ibrahim", "Raja Malaysia, Sultan Ibrahim, bertitah agar pemerintah menindak tegas korupsi di lembaga negara.", "ibrahim-iskandar-of-johor MYS", "", false, false},
	{"my yang di-pertuan agong", "Yang di-Pertuan Agong Malaysia Sultan Ibrahim menerima kunjungan Presiden Vietnam Luong Cuong di Istana Negara.", "ibrahim-iskandar-of-johor MYS luong-cuong VNM", "", false, false},
	{"my tunku mahkota johor", "Tunku Mahkota Johor Tunku Ismail Idris menyaksikan laga Johor Darul Ta'zim dari tribun utama.", "tunku-ismail-idris", "ibrahim-iskandar-of-johor", false, false},
	{"my tengku zafrul", "Tengku Zafrul Aziz mengatakan Malaysia akan mempercepat perundingan dagang dengan Uni Eropa.", "tengku-zafrul-aziz MYS", "", false, false},
	{"my raja permaisuri", "Raja Permaisuri Agong Raja Zarith Sofiah membuka pameran batik dan songket di Kuala Lumpur.", "raja-zarith-sofiah", "", false, false},
	{"my sultan selangor", "Sultan Selangor Sultan Sharafuddin Idris Shah meminta masjid-masjid di negeri itu tidak dijadikan panggung politik.", "sharafuddin-idris-shah", "", false, false},
	// Malaysia: private persons with honorifics.
	{"my tan sri pengusaha", "Tan Sri Mohd Rashid Omar, pengusaha asal Johor, membeli saham mayoritas sebuah perusahaan sawit di Riau.", "mohd-rashid-omar", "", false, false},
	{"my datuk pengusaha", "Datuk Lim Chee Keong, pemilik pabrik sarung tangan karet di Klang, memperingatkan dampak tarif baru.", "lim-chee-keong", "", false, false},
	{"my dato sri hotel", "Dato' Sri Mohd Faizal Ramli, pemilik jaringan hotel di Melaka, ditahan karena dugaan suap.", "mohd-faizal-ramli", "", false, false},
	{"my puan sri", "Puan Sri Noraini Abdullah menyerahkan bantuan kepada korban banjir di Kelantan.", "noraini-abdullah", "", false, false},
	{"my toh puan", "Toh Puan Aminah Yusof meninggal dunia di Kuching pada usia 92 tahun.", "aminah-yusof", "", false, false},
	{"my datin pemilik butik", "Datin Rohana Said, pemilik butik di Kuala Lumpur, mengaku rugi ratusan ribu ringgit akibat penipuan daring.", "rohana-said", "", false, false},
	{"my yb adun", "YB Azlan Harun, anggota dewan negeri dari Selangor, meninjau pasar malam di Petaling Jaya.", "azlan-harun", "", false, false},
	{"my dato pengacara", "Pengacara Dato' Rajesh Nair mengatakan kliennya akan mengajukan banding.", "rajesh-nair", "", false, false},
	// Malaysia and Indonesia: traps.
	{"my jalan sultan ismail", "Kemacetan parah terjadi di Jalan Sultan Ismail, Kuala Lumpur, setelah hujan deras sore tadi.", "", "", true, false},
	{"my jalan tun razak", "Jalan Tun Razak di pusat kota Kuala Lumpur ditutup untuk parade Hari Kebangsaan.", "", "", true, false},
	{"my masjid sultan salahuddin", "Ribuan jemaah memadati Masjid Sultan Salahuddin Abdul Aziz Shah di Shah Alam untuk salat Idul Adha.", "", "", true, false},
	{"my stadion sultan ibrahim", "Laga final digelar di Stadion Sultan Ibrahim, Iskandar Puteri, Sabtu malam.", "", "ibrahim-iskandar-of-johor", true, false},
	{"id datuk leluhur", "Warga desa menggelar doa bersama di makam datuk leluhur mereka di Kampar.", "", "", true, false},
	{"id gelar datuk minang", "Gelar Datuk diberikan kepada tokoh adat Minangkabau dalam upacara batagak gala di Payakumbuh.", "", "", true, false},
	{"id bandara sultan hasanuddin", "Penerbangan dari Bandara Sultan Hasanuddin Makassar tertunda akibat cuaca buruk.", "", "", true, false},
	{"id raja ampat", "Wisatawan asing memadati Raja Ampat saat musim liburan akhir tahun.", "", "", true, false},
	{"id kampung datuk keramat", "Banjir setinggi lutut merendam permukiman di Datuk Keramat pada Jumat pagi.", "", "", true, false},
	// Brunei.
	{"bn sultan hassanal", "Sultan Brunei Hassanal Bolkiah tiba di Jakarta untuk kunjungan kenegaraan tiga hari.", "hassanal-bolkiah BRN", "", false, false},
	{"bn pengiran muda mahkota", "Pengiran Muda Mahkota Al-Muhtadee Billah mewakili Brunei dalam pertemuan puncak ASEAN.", "crown-al-muhtadee-billah BRN", "", false, false},
	{"bn awang nelayan", "Awang Roslan Jaafar, seorang nelayan di Kampong Ayer, mengaku hasil tangkapannya terus menurun.", "roslan-jaafar", "", false, false},
	{"bn dayang guru", "Dayang Nur Hafizah Ismail, guru di Bandar Seri Begawan, memenangi lomba baca puisi tingkat ASEAN.", "nur-hafizah-ismail", "", false, false},
	// Singapore.
	{"sg lawrence wong", "Perdana Menteri Singapura Lawrence Wong mengatakan negaranya siap menghadapi perlambatan ekonomi global.", "lawrence-wong SGP", "", false, false},
	{"sg vivian balakrishnan", "Menteri Luar Negeri Singapura Vivian Balakrishnan menyerukan gencatan senjata segera di Gaza.", "vivian-balakrishnan SGP", "", false, false},
	{"sg k shanmugam", "Menteri Dalam Negeri Singapura K Shanmugam memperingatkan ancaman radikalisasi melalui media sosial.", "k-shanmugam SGP", "", false, false},
	{"sg melayu pengemudi", "Muhammad Hafiz Rahmat, pengemudi ojek daring berusia 34 tahun, didakwa menyelundupkan rokok melalui Woodlands.", "muhammad-hafiz-rahmat", "", false, false},
	{"sg india sopir taksi", "Rajesh Kumar Pillai, sopir taksi di Singapura, ditangkap karena menabrak pejalan kaki.", "rajesh-kumar-pillai", "", false, true}, // known: "sopir taksi di Singapura" gives the state
	{"sg tionghoa analis", "Tan Wei Ming, analis sebuah bank di Singapura, menilai rupiah masih akan tertekan.", "tan-wei-ming", "", false, true},              // known: "analis sebuah bank di Singapura" gives the state
	// Thailand.
	{"th anutin", "Perdana Menteri Thailand Anutin Charnvirakul berjanji menggelar pemilu dalam empat bulan.", "anutin-charnvirakul THA", "", false, false},
	{"th paetongtarn thaksin", "Paetongtarn Shinawatra, putri mantan perdana menteri Thaksin Shinawatra, menolak berkomentar kepada wartawan.", "paetongtarn-shinawatra thaksin-shinawatra", "", false, false},
	{"th khun pemilik restoran", "Khun Somchai Wongsakul, pemilik restoran di Bangkok, mengatakan jumlah wisatawan terus menurun.", "somchai-wongsakul", "", false, false},
	{"th mayjen jubir", "Juru bicara Angkatan Darat Thailand Mayjen Winthai Suvaree mengatakan pasukan Kamboja melepaskan tembakan lebih dulu.", "winthai-suvaree THA KHM", "", false, true}, // known: a body of a state as a speaker's title does not list the state
	{"th sihasak", "Menteri Luar Negeri Thailand Sihasak Phuangketkeow bertemu timpalannya dari Kamboja di Kuala Lumpur.", "sihasak-phuangketkeow THA KHM", "", false, false},
	// The Philippines.
	{"ph marcos jr", "Presiden Filipina Ferdinand Marcos Jr. menuduh China melakukan tindakan agresif di Laut China Selatan.", "ferdinand-marcos-jr PHL CHN", "ferdinand-e-marcos", false, false},
	{"ph bongbong", "Bongbong Marcos menandatangani undang-undang zona maritim Filipina di Malacañang.", "ferdinand-marcos-jr PHL", "ferdinand-e-marcos", false, false},
	{"ph sara duterte", "Wakil Presiden Filipina Sara Duterte kembali menghadapi upaya pemakzulan di DPR.", "sara-duterte PHL", "rodrigo-duterte", false, false},
	{"ph teodoro", "Menteri Pertahanan Filipina Gilberto Teodoro menyebut latihan bersama dengan Jepang sebagai pesan bagi Beijing.", "gilberto-teodoro PHL JPN CHN", "", false, false},
	{"ph warga manila", "Maria Luisa Santos, pedagang sayur di Quezon City, mengeluhkan harga beras yang terus naik.", "maria-luisa-santos", "", false, false},
	// Vietnam, Cambodia, Myanmar.
	{"vn to lam", "Sekretaris Jenderal Partai Komunis Vietnam To Lam tiba di Jakarta untuk kunjungan kenegaraan.", "to-lam VNM", "", false, true}, // known: the party chief's state not listed with him
	{"vn pham minh chinh", "Perdana Menteri Vietnam Pham Minh Chinh meminta percepatan proyek kereta cepat Utara-Selatan.", "pham-minh-chinh VNM", "", false, false},
	{"vn petani kopi", "Nguyen Van Hung, petani kopi di Dak Lak, mengeluhkan harga pupuk yang melonjak.", "nguyen-van-hung", "", false, false},
	{"kh hun manet", "Perdana Menteri Kamboja Hun Manet menuding Thailand melanggar kesepakatan gencatan senjata.", "hun-manet KHM THA", "", false, false},
	{"kh samdech hun sen", "Samdech Hun Sen, Presiden Senat Kamboja, menyerukan rakyat mendukung pasukan di perbatasan.", "hun-sen KHM", "", false, true}, // known: "Samdech Hun Sen" matches the duplicate samdech-hun-sen entry
	{"mm min aung hlaing", "Pemimpin junta Myanmar Min Aung Hlaing memberikan suara dalam pemilu di Naypyidaw.", "min-aung-hlaing MMR", "", false, true},  // known: "Pemimpin junta Myanmar" does not list the state
	{"mm daw suu kyi", "Daw Aung San Suu Kyi masih ditahan di lokasi yang dirahasiakan, kata putranya.", "aung-san-suu-kyi", "", false, false},
	{"mm u pedagang giok", "U Kyaw Zin Oo, pedagang batu giok di Mandalay, mengatakan usahanya lumpuh akibat perang.", "kyaw-zin-oo", "", false, false},
	{"mm daw guru", "Daw Khin Myat Thu, seorang guru yang mengungsi ke Mae Sot, menceritakan serangan udara di desanya.", "khin-myat-thu", "", false, false},
	// Timor-Leste, Papua New Guinea, the Pacific.
	{"tl xanana", "Perdana Menteri Timor Leste Xanana Gusmão menyambut keanggotaan penuh negaranya di ASEAN.", "xanana-gusmao TLS", "", false, false},
	{"tl ramos-horta", "Presiden Timor Leste José Ramos-Horta menerima duta besar baru Indonesia di Dili.", "jose-ramos-horta TLS IDN", "", false, false},
	{"png marape", "Perdana Menteri Papua Nugini James Marape bertemu Menlu Sugiono di Jakarta.", "james-marape PNG sugiono", "", false, false},
	{"fj rabuka", "Perdana Menteri Fiji Sitiveni Rabuka mendukung pembentukan zona damai di Pasifik.", "sitiveni-rabuka FJI", "", false, false},
	// South Asia, Korea, Japan.
	{"in shri modi", "Perdana Menteri India Shri Narendra Modi meresmikan terminal baru Bandara Internasional Noida.", "narendra-modi IND", "", false, false},
	{"pk ishaq dar", "Menteri Luar Negeri Pakistan Ishaq Dar mengatakan Islamabad terbuka untuk dialog dengan New Delhi.", "muhammad-ishaq-dar PAK IND", "", false, false},
	{"kr mahasiswa", "Kim Min-jun, mahasiswa pascasarjana di Yogyakarta, meneliti sejarah gamelan.", "kim-min-jun", "", false, false},
	{"jp urutan jepang", "Perdana Menteri Jepang Takaichi Sanae berjanji memperkuat kerja sama pertahanan dengan Filipina.", "sanae-takaichi JPN PHL", "", false, false},
	// Second batch, written after the first rules and annotated before it ran.
	{"b2 my datuk seri pengusaha", "Datuk Seri Ahmad Kamil Yusof, ketua asosiasi pengusaha di Pulau Pinang, menyambut baik kesepakatan itu.", "ahmad-kamil-yusof", "", false, false},
	{"b2 my tan sri menurut", "Menurut Tan Sri Lee Mei Ling, investasi di Batam akan terus bertambah.", "lee-mei-ling", "", false, false}, // "Mei", a month and a given name, no longer ends the name inside it (givenInsideName, idtitle38)
	{"b2 my dato seri apostrof", "Dato' Seri Wan Azmi Hassan, pemilik perkebunan di Pahang, membantah tuduhan pembakaran lahan.", "wan-azmi-hassan", "", false, false},
	{"b2 my di tun razak", "Kemacetan terjadi di Tun Razak dan Jalan Ampang sejak pagi.", "", "", true, false},
	{"b2 jp motegi toshimitsu", "Menteri Luar Negeri Jepang Motegi Toshimitsu akan mengunjungi Jakarta pekan depan.", "toshimitsu-motegi JPN", "", false, false},
	{"b2 th khun menurut", "Menurut Khun Malee Srisawat, harga durian di Chanthaburi turun tajam.", "malee-srisawat", "", false, false},
	{"b2 mm daw pengungsi", "Daw Nwe Nwe Aung, pengungsi di kamp Mae La, meminta bantuan pangan.", "nwe-nwe-aung", "", false, false},
	{"b2 bn dayang pesilat", "Dayang Siti Rahmah Salleh memenangi medali emas pencak silat untuk Brunei.", "siti-rahmah-salleh BRN", "", false, false},
}

// regionalGridENRows are the English rows.
var regionalGridENRows = []wireGridRow{
	// Malaysia.
	{"en my datuk seri anwar", "Malaysian Prime Minister Datuk Seri Anwar Ibrahim said on Tuesday that ASEAN would not take sides between the great powers.", []string{"anwar-ibrahim", "MYS"}, nil, false, false},
	{"en my dato sri developer", "Dato' Sri Mohd Shahril Ismail, a Kuala Lumpur property developer, was charged with bribery on Monday.", []string{"mohd-shahril-ismail/person"}, nil, false, false},
	{"en my tan sri chairman", "Tan Sri Ong Beng Huat, who chairs a Penang-based logistics firm, denied the allegations.", []string{"ong-beng-huat/person"}, nil, false, false},
	{"en my tun mahathir", "Former prime minister Tun Dr Mahathir Mohamad, 100, was discharged from hospital on Friday.", []string{"mahathir-mohamad"}, nil, false, false},
	{"en my toh puan widow", "Toh Puan Rahmah Aziz, the widow of a former state governor, died at her home in Kuching.", []string{"rahmah-aziz/person"}, nil, false, false},
	{"en my puan sri donor", "Puan Sri Lily Tan, a philanthropist, pledged RM5 million to flood relief in Kelantan.", []string{"lily-tan/person"}, nil, false, false},
	{"en my yb assemblyman", "YB Azlan Harun, a Selangor assemblyman, said the flood mitigation project had been delayed.", []string{"azlan-harun/person"}, nil, false, false},
	{"en my datuk businessman", "Datuk Tan Kok Wai, a rubber glove maker, said US tariffs would cost the industry billions.", []string{"tan-kok-wai/person"}, nil, false, false},
	{"en my agong", "The Yang di-Pertuan Agong, Sultan Ibrahim, consented to the appointment of a new chief justice.", []string{"ibrahim-iskandar-of-johor"}, nil, false, false},
	{"en my sultan of perak", "Sultan Nazrin Shah of Perak opened the new mosque in Ipoh on Friday.", []string{"nazrin-shah/person"}, []string{"PER"}, false, false},
	{"en my tunku ismail", "Johor Crown Prince Tunku Ismail Sultan Ibrahim said the state would host the tournament next year.", []string{"tunku-ismail-idris"}, []string{"ibrahim-iskandar-of-johor"}, false, false},
	{"en my tengku zafrul", "Tengku Zafrul Aziz, Malaysia's investment, trade and industry minister, led the talks in Washington.", []string{"tengku-zafrul-aziz", "MYS"}, nil, false, false},
	{"en my raja permaisuri", "Raja Permaisuri Agong Raja Zarith Sofiah launched a literacy campaign in Putrajaya.", []string{"raja-zarith-sofiah"}, nil, false, false},
	{"en my jalan sultan", "Traffic was diverted from Jalan Sultan Ismail after a water main burst on Thursday.", nil, nil, true, false},
	{"en my datuk customary chief", "Villagers in Negeri Sembilan consulted the datuk, their customary chief, before agreeing to the land sale.", nil, nil, true, false},
	{"en sg sultan mosque", "Worshippers filled the Sultan Mosque in Kampong Glam for Friday prayers.", nil, nil, true, false},
	{"en my sultan abu bakar complex", "The Sultan Abu Bakar Complex in Johor Bahru handles travellers crossing the Second Link.", nil, nil, true, true},     // known: a building named after a sultan gives persons
	{"en my tun razak exchange", "Tun Razak Exchange, Kuala Lumpur's new financial district, drew three more bank tenants this year.", nil, nil, true, true}, // known: "Tun Razak Exchange" (a district) gives Malaysia
	// Brunei.
	{"en bn bolkiah", "Sultan Hassanal Bolkiah of Brunei arrived in Kuala Lumpur for a two-day visit.", []string{"hassanal-bolkiah", "BRN"}, nil, false, false},
	{"en bn awang fisherman", "Awang Mohd Yusri Abdullah, a fisherman in Kampong Ayer, said his catch had halved.", []string{"mohd-yusri-abdullah/person"}, nil, false, false},
	{"en bn dayang contest", "Dayang Siti Aminah Osman, 29, won the national Quran recitation contest in Bandar Seri Begawan.", []string{"siti-aminah-osman/person"}, nil, false, false},
	{"en bn pengiran private", "Pengiran Haji Ahmad Zaini, a retired teacher, said the new bridge had changed village life.", []string{"ahmad-zaini/person"}, nil, false, false},
	// Singapore.
	{"en sg lawrence wong", "Singapore's Prime Minister Lawrence Wong warned that tariffs would slow growth next year.", []string{"lawrence-wong", "SGP"}, nil, false, false},
	{"en sg vivian", "Foreign Minister Vivian Balakrishnan told parliament that Singapore would not recognise the annexation.", []string{"vivian-balakrishnan"}, nil, false, false},
	{"en sg k shanmugam", "Home Affairs Minister K Shanmugam said the law on foreign interference would be tightened.", []string{"k-shanmugam"}, nil, false, false},
	{"en sg mr shanmugam", "In Singapore, Mr Shanmugam said the police had detained two men under the Internal Security Act.", []string{"k-shanmugam"}, []string{"tharman-shanmugaratnam"}, false, true}, // known: a lone surname of a Singapore minister after Mr is a new person
	{"en sg malay rider", "Muhammad Firdaus Rahim, 27, a delivery rider, was fined S$3,000 for careless driving.", []string{"muhammad-firdaus-rahim/person"}, nil, false, false},
	{"en sg hawker", "Ms Goh Li Ting, 41, a hawker at Maxwell Food Centre, said her rent had risen by a fifth.", []string{"goh-li-ting/person"}, nil, false, false},
	{"en sg indian lawyer", "Lawyer Suresh Ramasamy, representing the family, said they would sue the hospital.", []string{"suresh-ramasamy/person"}, nil, false, false},
	// Thailand.
	{"en th anutin", "Thai Prime Minister Anutin Charnvirakul dissolved the House of Representatives on Friday.", []string{"anutin-charnvirakul", "THA"}, nil, false, false},
	{"en th ung ing", "Paetongtarn Shinawatra, known as Ung Ing, was removed from office by the Constitutional Court in August.", []string{"paetongtarn-shinawatra"}, []string{"ung-ing"}, false, true}, // known: a nickname after "known as" is a person of its own
	{"en th khun farmer", "Khun Somsak Phromsiri, a durian farmer in Chanthaburi, said exports had stalled.", []string{"somsak-phromsiri/person"}, nil, false, false},
	{"en th gen army chief", "Gen. Pana Klaewblaudtuk, the Thai army chief, said troops would stay on the border.", []string{"pana-klaewblaudtuk/person"}, nil, false, false},
	{"en th pol gen", "National police chief Pol Gen Kitrat Phanphet ordered a crackdown on scam centres.", []string{"kitrat-phanphet/person"}, nil, false, false},
	{"en th pol col", "Pol Col Thanawat Srisuk said the suspects had crossed from Cambodia at night.", []string{"thanawat-srisuk/person"}, nil, false, false},
	// The Philippines.
	{"en ph marcos jr", "President Ferdinand Marcos Jr. said Manila would not yield an inch of its territory.", []string{"ferdinand-marcos-jr"}, []string{"ferdinand-e-marcos"}, false, false},
	{"en ph bongbong", "Bongbong Marcos vowed to veto the budget if the flood-control funds were not cut.", []string{"ferdinand-marcos-jr"}, []string{"ferdinand-e-marcos"}, false, false},
	{"en ph sara", "Vice President Sara Duterte said she would run for president in 2028.", []string{"sara-duterte"}, []string{"rodrigo-duterte"}, false, false},
	{"en ph sen", "Sen. Risa Hontiveros filed a resolution calling for an inquiry into the scam hubs.", []string{"risa-hontiveros/person"}, nil, false, false},
	{"en ph rep", "Rep. Leila de Lima said the House would send the articles of impeachment to the Senate.", []string{"leila-de-lima/person"}, nil, false, false},
	{"en ph sec teodoro", "Defense Secretary Gilberto Teodoro Jr. said joint patrols with Japan would continue.", []string{"gilberto-teodoro"}, nil, false, false},
	{"en ph vendor", "Maricel Dela Cruz, a vendor in Quezon City, said rice prices had doubled.", []string{"maricel-dela-cruz/person"}, nil, false, false},
	// Vietnam, Cambodia, Myanmar.
	{"en vn to lam", "Vietnamese Communist Party chief To Lam met Chinese President Xi Jinping in Hanoi.", []string{"to-lam", "xi-jinping"}, nil, false, false},
	{"en vn pmc", "Prime Minister Pham Minh Chinh ordered ministries to speed up disbursement of public investment.", []string{"pham-minh-chinh"}, nil, false, false},
	{"en vn vendor", "Nguyen Thi Lan, 52, a street vendor in Hanoi, said the motorbike ban would hurt her trade.", []string{"nguyen-thi-lan/person"}, nil, false, false},
	{"en kh hun manet", "Cambodian Prime Minister Hun Manet accused Thailand of violating the ceasefire.", []string{"hun-manet", "KHM", "THA"}, nil, false, false},
	{"en kh samdech", "Samdech Techo Hun Sen, the Senate president, posted a video urging calm.", []string{"hun-sen"}, nil, false, false},
	{"en mm senior general", "Senior General Min Aung Hlaing cast his vote in Naypyitaw on Sunday.", []string{"min-aung-hlaing"}, nil, false, false},
	{"en mm daw suu kyi", "Daw Aung San Suu Kyi turned 80 in detention, her son said.", []string{"aung-san-suu-kyi"}, nil, false, false},
	{"en mm u teacher", "U Tin Maung Win, a teacher in Sagaing, said the airstrikes had closed every school in his township.", []string{"tin-maung-win/person"}, nil, false, false},
	// Timor-Leste, Papua New Guinea, the Pacific.
	{"en tl xanana", "Timor-Leste Prime Minister Xanana Gusmão hailed the country's admission to ASEAN.", []string{"xanana-gusmao"}, nil, false, false},
	{"en tl ramos-horta", "President José Ramos-Horta said Dili would seek closer ties with Canberra.", []string{"jose-ramos-horta"}, nil, false, false},
	{"en png hon marape", "Prime Minister Hon. James Marape said the security treaty with Australia was signed.", []string{"james-marape"}, nil, false, false},
	{"en slb manele", "Solomon Islands Prime Minister Jeremiah Manele said China's police presence would be reviewed.", []string{"jeremiah-manele"}, nil, false, false},
	// South Asia, Korea, Japan.
	{"en in shri modi", "Shri Narendra Modi inaugurated the new terminal at Noida International Airport.", []string{"narendra-modi"}, nil, false, false},
	{"en pk sardar", "Sardar Ayaz Sadiq, the speaker of Pakistan's National Assembly, adjourned the session.", []string{"ayaz-sadiq/person"}, nil, false, false},
	{"en pk chaudhry trader", "Chaudhry Imran Ashraf, a cotton trader in Faisalabad, said the floods had wiped out his crop.", []string{"imran-ashraf/person"}, nil, false, true}, // known: "Chaudhry" read into the name (annotation: a title)
	{"en pk dar", "Foreign Minister Ishaq Dar said Pakistan was ready for talks with India.", []string{"muhammad-ishaq-dar"}, nil, false, false},
	{"en jp takaichi sanae", "Japanese Prime Minister Takaichi Sanae said Tokyo would raise defence spending.", []string{"sanae-takaichi"}, nil, false, false},
	{"en kr office worker", "Park Ji-hoon, a 34-year-old office worker in Seoul, said housing prices were out of reach.", []string{"park-ji-hoon/person"}, nil, false, false},
	{"en jp nurse", "Sato Haruka, a nurse in Osaka, said the hospital was short of staff.", []string{"sato-haruka/person"}, nil, false, false},
	{"en raja ampat", "Divers flocked to Raja Ampat as the dry season began.", nil, nil, true, false},
	// Second batch, written after the first rules and annotated before it ran.
	{"b2 en jp motegi", "Japan's foreign minister, Motegi Toshimitsu, said Tokyo would protest to Beijing.", []string{"toshimitsu-motegi"}, nil, false, false},
	{"b2 en my tan sri tycoon", "Tan Sri Koh Boon Seng, a Penang tycoon, bought a stake in the airline.", []string{"koh-boon-seng/person"}, nil, false, false},
	{"b2 en my puan sri bazaar", "Puan Sri Zaleha Ismail opened the charity bazaar on Sunday.", []string{"zaleha-ismail/person"}, nil, false, false},
	{"b2 en my dato seri apostrophe", "Dato' Seri Lim Kok Hin said the company would appeal the ruling.", []string{"lim-kok-hin/person"}, nil, false, false},
	{"b2 en th khun rice farmer", "Khun Wichai Boonmee, a rice farmer in Suphan Buri, said the drought had cut his harvest.", []string{"wichai-boonmee/person"}, nil, false, false},
	{"b2 en pk sardar shopkeeper", "Sardar Khalid Mehmood, a shopkeeper in Rawalpindi, said prices had doubled.", []string{"khalid-mehmood/person"}, nil, false, false},
	{"b2 en mm daw nurse", "Daw Thandar Win, a nurse in Yangon, said the clinic had run out of insulin.", []string{"thandar-win/person"}, nil, false, false},
	{"b2 en my jalan tun perak", "Hundreds gathered at Dataran Merdeka near Jalan Tun Perak on Saturday.", nil, nil, true, false},
}
