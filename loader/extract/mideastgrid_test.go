package extract

import "testing"

// TestMiddleEastGrid checks the actors of present-day (2023–2026) Middle
// East news in Indonesian and English: Israel's army, services, cabinet
// and parliament, Iran's Revolutionary Guards and their Quds Force,
// Hezbollah, Hamas, Palestinian Islamic Jihad and their armed wings, the
// Palestinian Authority and Fatah, the Houthis, Iraqi militias, Syria's
// transitional authorities, HTS and the SDF, UNRWA and UNIFIL, Gaza's
// health ministry and civil defence, the Qatari and Egyptian mediators,
// and the officials, commanders and spokesmen news names. The sentences
// were written for the test in the style of wire copy and Indonesian
// news, never copied from a data set, and annotated before the extractor
// ran on them. About one row in five is a trap: a state inside a group's
// name (Kataib Hezbollah is no Hezbollah, Jihad Islam Palestina is no
// Palestine), a city or strip that is only the place (Rafah, Khan Younis,
// Jenin, Dahiyeh, Sanaa, Hodeidah, Jalur Gaza, the Red Sea), and
// look-alike words. A row marked known is a known failure: the test fails
// when it starts passing, so that its mark is taken off.
//
// Before the rules and data of this grid: 63 of 86 Indonesian rows and 71
// of 82 English rows pass (134 of 168); after them 67 of 86 and 79 of 82
// (146 of 168). A second batch of 16 rows, written after those fixes and
// annotated before its first run: 7 of 8 Indonesian and 7 of 8 English
// rows passed at once; the capital before a city's facility ("Beirut's
// Rafic Hariri International Airport") made the eighth English row pass.
// Now 74 of 94 and 87 of 90 (161 of 184). Of the 23 rows still marked
// known, 18 are the annotation's: it left out a state the sentence names
// ("tank Israel", "pasukan AS di Irak") or the state a body lists as an
// event's source (design, as in the global south grid); the others say why
// on the line above them.
func TestMiddleEastGrid(t *testing.T) {
	t.Run("id", func(t *testing.T) { runNameGrid(t, mideastGridIDRows, 94) })
	t.Run("en", func(t *testing.T) { runWireGrid(t, extractor(t), mideastGridENRows, "2025-06-01") })
}

// mideastGridIDRows are the Indonesian rows (expertRowProblems: every
// state and person the row gives must be wanted).
var mideastGridIDRows = []nameGridRow{
	// Israel: army, services, cabinet, parliament, officials.
	// Known: the body as an event source lists its state too (design, as in the global south grid).
	{"militer israel", "Militer Israel mengatakan pihaknya telah menewaskan seorang komandan senior di Khan Younis.", "isr-armed-forces", "", false, true},
	{"pasukan pertahanan israel", "Pasukan Pertahanan Israel (IDF) memerintahkan warga di Rafah timur untuk mengungsi.", "isr-armed-forces", "", false, false},
	{"idf acronym", "IDF mengklaim telah menghancurkan terowongan sepanjang dua kilometer di bawah Kota Gaza.", "isr-armed-forces", "", false, false},
	// Known: annotation left out the states the sentence names (warga Palestina) and the body's state (design).
	{"tentara israel", "Tentara Israel menahan belasan warga Palestina dalam penggerebekan di Jenin.", "isr-armed-forces", "", false, true},
	// Known: "dalam negeri Israel" names the state (annotation left it out).
	{"shin bet", "Badan keamanan dalam negeri Israel, Shin Bet, menyebut serangan itu direncanakan dari Tepi Barat.", "isr-shin-bet", "", false, true},
	{"mossad", "Kepala Mossad David Barnea terbang ke Doha untuk membahas kesepakatan pembebasan sandera.", "isr-mossad david-barnea", "", false, false},
	// Known: "wilayah Israel" names the state (annotation left it out).
	{"knesset", "Knesset mengesahkan undang-undang yang melarang operasi UNRWA di wilayah Israel.", "isr-parliament unrwa", "", false, true},
	// Known: "serangan Iran" names Iran (annotation left it out).
	{"kabinet perang", "Kabinet perang Israel bersidang hingga larut malam membahas tanggapan atas serangan Iran.", "isr-war-cabinet", "", false, true},
	{"netanyahu pm", "Perdana Menteri Israel Benjamin Netanyahu menolak seruan gencatan senjata permanen.", "benjamin-netanyahu ISR", "", false, false},
	{"netanyahu lone", "Netanyahu mengatakan operasi militer akan berlanjut sampai Hamas dihancurkan.", "benjamin-netanyahu hamas", "", false, false},
	// Known: the state word is the minister's given name ("Israel Katz"): no state actor.
	{"katz menhan", "Menteri Pertahanan Israel Katz mengancam akan meratakan Dahiyeh jika serangan roket berlanjut.", "israel-katz ISR", "", false, true},
	// Known: the state word is the minister's given name; Yaman is named (annotation left it out).
	{"israel katz full", "Menteri Pertahanan Israel Katz memerintahkan militer menyiapkan rencana serangan ke Yaman.", "israel-katz ISR", "", false, true},
	{"smotrich", "Menteri Keuangan Bezalel Smotrich menyerukan pencaplokan Tepi Barat.", "bezalel-smotrich", "", false, false},
	{"ben-gvir", "Menteri Keamanan Nasional Itamar Ben-Gvir mengunjungi kompleks Masjid Al-Aqsa pada Kamis pagi.", "itamar-ben-gvir", "", false, false},
	// Known: "Militer Israel" in the title gives the army, not the state.
	{"halevi", "Kepala Staf Militer Israel Herzi Halevi mengakui kegagalan intelijen pada 7 Oktober.", "herzi-halevi ISR", "", false, true},
	{"zamir", "Kepala Staf IDF Eyal Zamir menyetujui rencana perluasan operasi darat.", "eyal-zamir isr-armed-forces", "", false, false},
	{"hagari", "Juru bicara militer Israel Daniel Hagari mengatakan dua tentara tewas dalam pertempuran itu.", "daniel-hagari", "", false, false},
	{"gallant", "Mantan Menteri Pertahanan Yoav Gallant dipecat oleh Netanyahu pada November.", "yoav-gallant benjamin-netanyahu", "", false, false},
	{"herzog", "Presiden Israel Isaac Herzog menyerukan persatuan nasional di tengah protes massal.", "isaac-herzog ISR", "", false, false},
	// Known: the body as an event source lists its state, and the ambassador's state (annotation left them out).
	{"kemlu israel", "Kementerian Luar Negeri Israel memanggil duta besar Spanyol untuk dimintai penjelasan.", "isr-foreign-ministry", "", false, true},

	// Palestinian groups and officials.
	{"hamas", "Hamas menyatakan siap membebaskan seluruh sandera jika perang dihentikan.", "hamas", "", false, false},
	// Known: "tank Israel" names the state (annotation left it out).
	{"brigade al-qassam", "Brigade Al-Qassam mengklaim telah menghancurkan tiga tank Israel di Jabalia.", "qassam-brigades", "", false, true},
	// Known: "Sayap militer Hamas" is a name of the Qassam Brigades: Hamas is not listed apart.
	{"sayap militer hamas", "Sayap militer Hamas, Brigade Izz ad-Din al-Qassam, merilis video seorang sandera.", "qassam-brigades hamas", "", false, true},
	{"abu obeida", "Juru bicara Brigade Al-Qassam Abu Obeida mengatakan para pejuang masih bertahan di Rafah.", "abu-obeida qassam-brigades", "", false, false},
	// Known: "pasukan Israel" is read as the state, as the held-out gold codes "Israeli troops".
	{"sinwar", "Pemimpin Hamas Yahya Sinwar tewas dalam baku tembak dengan pasukan Israel di Rafah.", "yahya-sinwar hamas isr-armed-forces", "", false, true},
	{"haniyeh", "Kepala biro politik Hamas Ismail Haniyeh terbunuh dalam serangan di Teheran.", "ismail-haniyeh hamas", "", false, false},
	{"haniyah spelling", "Ismail Haniyah bertemu Menteri Luar Negeri Turki di Istanbul.", "ismail-haniyeh TUR", "", false, false},
	{"khalil al-hayya", "Pejabat senior Hamas Khalil al-Hayya memimpin delegasi perundingan ke Kairo.", "khalil-al-hayya hamas", "", false, false},
	{"jihad islam palestina", "Jihad Islam Palestina mengaku bertanggung jawab atas serangan roket ke Ashkelon.", "palestinian-islamic-jihad", "", false, false},
	// Known: "pasukan Israel" is read as the state, as the held-out gold codes "Israeli troops".
	{"brigade al-quds", "Brigade Al-Quds, sayap bersenjata Jihad Islam, menembakkan mortir ke arah pasukan Israel.", "al-quds-brigades palestinian-islamic-jihad isr-armed-forces", "", false, true},
	{"otoritas palestina", "Otoritas Palestina mengecam penggerebekan itu sebagai kejahatan perang.", "pse-authority", "", false, false},
	{"abbas", "Presiden Palestina Mahmoud Abbas menunjuk Hussein al-Sheikh sebagai wakilnya.", "mahmoud-abbas PSE hussein-al-sheikh", "", false, false},
	{"mohammad mustafa", "Perdana Menteri Palestina Mohammad Mustafa meminta bantuan darurat bagi Gaza.", "mohammad-mustafa PSE", "", false, false},
	// Known: the target body of an event lists its state (design).
	{"fatah", "Fatah menolak usulan pembentukan pemerintahan teknokrat tanpa Otoritas Palestina.", "fatah pse-authority", "", false, true},
	{"kemenkes gaza", "Kementerian Kesehatan Gaza mencatat jumlah korban tewas melampaui 50.000 orang.", "pse-health-ministry", "", false, false},
	{"kemenkes gaza dikelola hamas", "Menurut Kementerian Kesehatan di Gaza yang dikelola Hamas, 30 orang tewas semalam.", "pse-health-ministry hamas", "", false, false},
	{"pertahanan sipil gaza", "Badan Pertahanan Sipil Gaza mengatakan tim penyelamat masih mencari korban di bawah reruntuhan.", "pse-civil-defence", "", false, false},
	{"unrwa", "UNRWA memperingatkan bahwa stok tepung di gudangnya akan habis dalam sepekan.", "unrwa", "", false, false},
	{"lazzarini", "Komisaris Jenderal UNRWA Philippe Lazzarini menyebut Gaza sebagai kuburan anak-anak.", "unrwa philippe-lazzarini", "", false, false},

	// Lebanon.
	{"hizbullah", "Hizbullah meluncurkan puluhan roket ke Israel utara pada Minggu pagi.", "hezbollah ISR", "", false, false},
	{"naim qassem", "Sekretaris Jenderal Hizbullah Naim Qassem mengatakan kelompoknya tidak akan menyerahkan senjata.", "naim-qassem hezbollah", "", false, false},
	{"nasrallah", "Hassan Nasrallah tewas dalam serangan udara besar-besaran di Dahiyeh, Beirut.", "hassan-nasrallah", "", false, false},
	{"pasukan radwan", "Pasukan Radwan, unit elite Hizbullah, disebut telah ditarik dari perbatasan.", "radwan-force hezbollah", "", false, false},
	// Known: "tank Israel" names the state (annotation left it out).
	{"unifil", "UNIFIL melaporkan markasnya di Naqoura terkena tembakan tank Israel.", "unifil", "", false, true},
	// Known: "pasukan Israel" is read as the state (annotation left it out).
	{"aoun", "Presiden Lebanon Joseph Aoun menyerukan penarikan penuh pasukan Israel dari selatan.", "joseph-aoun LBN", "", false, true},
	{"nawaf salam", "Perdana Menteri Lebanon Nawaf Salam menerima utusan Amerika Serikat di Beirut.", "nawaf-salam LBN USA", "", false, false},
	{"tentara lebanon", "Tentara Lebanon mulai dikerahkan ke wilayah selatan Sungai Litani.", "lbn-armed-forces", "", false, false},

	// Iran.
	// Known: the body as an event source lists its state (design).
	{"garda revolusi", "Garda Revolusi Iran menembakkan ratusan rudal balistik ke arah Israel.", "irn-irgc ISR", "", false, true},
	{"irgc acronym", "IRGC menyita sebuah kapal tanker berbendera asing di Selat Hormuz.", "irn-irgc", "", false, false},
	{"pasukan quds", "Pasukan Quds, cabang operasi luar negeri Garda Revolusi, memasok senjata ke kelompok-kelompok sekutu.", "irn-quds-force irn-irgc", "", false, false},
	{"qaani", "Komandan Pasukan Quds Esmail Qaani muncul di depan umum setelah berminggu-minggu menghilang.", "esmail-qaani irn-quds-force", "", false, false},
	{"basij", "Milisi Basij dikerahkan untuk membubarkan unjuk rasa di Teheran.", "irn-basij", "", false, false},
	{"pezeshkian", "Presiden Iran Masoud Pezeshkian mengatakan Teheran tidak mencari perang.", "masoud-pezeshkian IRN", "", false, false},
	{"araghchi", "Menteri Luar Negeri Iran Abbas Araghchi bertemu mitranya dari Oman di Muscat.", "abbas-araghchi IRN OMN", "", false, false},
	{"khamenei", "Pemimpin Tertinggi Iran Ayatollah Ali Khamenei memperingatkan balasan yang keras.", "ali-khamenei IRN", "", false, false},
	{"kemlu iran", "Kementerian Luar Negeri Iran mengutuk serangan terhadap fasilitas nuklir Natanz.", "irn-foreign-ministry", "", false, false},

	// Yemen, Iraq, Syria.
	{"houthi", "Kelompok Houthi mengklaim menyerang sebuah kapal kargo di Laut Merah.", "houthis", "", false, false},
	// Known: "pelabuhan Israel" names the state (annotation left it out).
	{"ansar allah", "Ansar Allah menyatakan akan terus menargetkan kapal yang menuju pelabuhan Israel.", "houthis", "", false, true},
	{"yahya saree", "Juru bicara militer Houthi Yahya Saree mengatakan rudal hipersonik ditembakkan ke Tel Aviv.", "yahya-saree houthis", "", false, false},
	{"abdul-malik", "Pemimpin Houthi Abdul-Malik al-Houthi berpidato di televisi Al-Masirah.", "abdul-malik-al-houthi houthis", "", false, false},
	// Known: "pasukan AS di Irak" names both states (annotation left them out).
	{"kataib hizbullah", "Kataib Hizbullah mengumumkan penghentian serangan terhadap pasukan AS di Irak.", "kataib-hezbollah", "hezbollah", false, true},
	{"hashd", "Pasukan Mobilisasi Populer (PMF) menggelar parade di Baghdad.", "popular-mobilization-forces", "", false, false},
	{"sudani", "Perdana Menteri Irak Mohammed Shia al-Sudani menolak penggunaan wilayah Irak untuk menyerang negara tetangga.", "mohammed-shia-al-sudani IRQ", "", false, false},
	{"sharaa", "Presiden transisi Suriah Ahmed al-Sharaa berkunjung ke Riyadh untuk pertama kalinya.", "ahmed-al-sharaa SYR", "", false, false},
	{"shaibani", "Menteri Luar Negeri Suriah Asaad al-Shaibani bertemu Menteri Luar Negeri Turki di Ankara.", "asaad-al-shaibani SYR TUR", "", false, false},
	{"hts", "Hayat Tahrir al-Sham (HTS) memimpin serangan kilat yang menggulingkan Bashar al-Assad.", "hts bashar-al-assad", "", false, false},
	{"sdf", "Pasukan Demokratik Suriah (SDF) sepakat bergabung dengan tentara nasional.", "sdf", "SYR", false, false},
	{"helm putih", "Helm Putih mengevakuasi korban dari bangunan yang runtuh di Idlib.", "white-helmets", "", false, false},

	// Gulf and mediators.
	{"qatar pm", "Perdana Menteri Qatar Sheikh Mohammed bin Abdulrahman Al Thani mengatakan perundingan memasuki tahap akhir.", "mohammed-bin-abdulrahman-al-thani QAT", "", false, false},
	{"majed al-ansari", "Juru bicara Kementerian Luar Negeri Qatar Majed al-Ansari mengatakan delegasi kedua pihak telah tiba.", "majed-al-ansari qat-foreign-ministry", "", false, false},
	{"mesir qatar mediator", "Mesir dan Qatar mengajukan usulan baru untuk gencatan senjata 60 hari.", "EGY QAT", "", false, false},
	{"abdelatty", "Menteri Luar Negeri Mesir Badr Abdelatty menegaskan penolakan atas pemindahan warga Gaza ke Sinai.", "badr-abdelatty EGY", "", false, false},

	// Traps: places, groups with a state in the name, look-alikes.
	{"trap jalur gaza", "Serangan udara menewaskan sedikitnya 25 orang di Jalur Gaza pada Selasa.", "", "", true, false},
	{"trap rafah place", "Ribuan pengungsi berdesakan di tenda-tenda darurat di Rafah.", "", "rafah", true, false},
	{"trap khan younis", "Rumah sakit Nasser di Khan Younis kehabisan bahan bakar.", "", "khan-younis", false, false},
	{"trap jenin camp", "Buldoser merobohkan puluhan rumah di kamp pengungsi Jenin.", "", "jenin", true, false},
	{"trap dahiyeh", "Ledakan keras terdengar di pinggiran selatan Beirut pada malam hari.", "", "LBN", true, false},
	{"trap sanaa", "Listrik padam di sebagian besar Sanaa setelah pembangkit terkena serangan.", "", "YEM", true, false},
	{"trap hodeidah", "Pelabuhan Hodeidah kembali beroperasi setelah diperbaiki.", "", "YEM", true, false},
	{"trap laut merah", "Tarif asuransi kapal yang melintasi Laut Merah melonjak tiga kali lipat.", "", "", true, false},
	{"trap jihad islam state", "Jihad Islam Palestina menyerahkan jenazah seorang sandera kepada Palang Merah.", "palestinian-islamic-jihad icrc", "PSE", false, false},
	{"trap otoritas bukan negara", "Otoritas Palestina membayar separuh gaji pegawai negeri bulan ini.", "pse-authority", "PSE", false, false},
	{"trap warga gaza", "Warga Gaza mengantre berjam-jam untuk mendapatkan sepotong roti.", "", "", true, false},
	{"trap al-quds masjid", "Puluhan ribu jamaah salat Jumat di Masjid Al-Aqsa, Al-Quds.", "", "al-quds-brigades", true, false},
	{"trap tepi barat", "Kekerasan pemukim meningkat tajam di Tepi Barat sepanjang musim panen zaitun.", "", "", true, false},
	{"trap gaza city", "Kota Gaza dilanda kelaparan, menurut laporan IPC.", "", "gaza-city", false, false},
	// Second batch (written and annotated before its first run, after the
	// first batch's fixes): security councils, spellings, more traps.
	{"dewan keamanan nasional israel", "Dewan Keamanan Nasional Israel mengeluarkan peringatan perjalanan untuk 80 kota.", "isr-nsc", "", false, false},
	// Known: the body as an event source lists its state (design).
	{"snsc iran", "Dewan Keamanan Nasional Tertinggi Iran memutuskan untuk membatasi kerja sama dengan badan nuklir PBB.", "irn-nsc", "", false, true},
	{"abu ubaidah lone", "Abu Ubaidah menyebut nasib para sandera bergantung pada perilaku tentara pendudukan.", "abu-obeida", "", false, false},
	{"pmf rakyat", "Pasukan Mobilisasi Rakyat membantah terlibat dalam serangan pesawat nirawak itu.", "popular-mobilization-forces", "", false, false},
	{"kemenkes dikelola hamas", "Kementerian Kesehatan yang dikelola Hamas menyebut 12 anak termasuk di antara korban.", "pse-health-ministry", "idn-health-ministry", false, false},
	{"kabinet keamanan", "Kabinet keamanan Israel menyetujui rencana pendudukan Kota Gaza.", "isr-security-cabinet", "", false, false},
	{"trap hodeidah port city", "Kapal tanker itu berlabuh di Hodeidah sebelum berlayar menuju Laut Merah.", "", "", true, false},
	{"trap damaskus", "Harga roti di Damaskus naik dua kali lipat dalam sebulan.", "", "SYR", true, false},
}

// mideastGridENRows are the English rows.
var mideastGridENRows = []wireGridRow{
	// Israel.
	{"idf", "The IDF said it struck more than 40 Hamas targets across the Gaza Strip overnight.", []string{"isr-armed-forces/military/ISR", "hamas"}, nil, false, false},
	{"israeli military", "The Israeli military ordered residents of eastern Khan Younis to evacuate.", []string{"isr-armed-forces/military/ISR"}, []string{"khan-younis/armed_group"}, false, false},
	{"israel defense forces", "The Israel Defense Forces confirmed the death of a reservist in southern Lebanon.", []string{"isr-armed-forces/military/ISR"}, nil, false, false},
	{"shin bet", "Israel's Shin Bet security agency said it foiled a plot to assassinate a minister.", []string{"isr-shin-bet/agency/ISR"}, nil, false, false},
	{"mossad barnea", "Mossad chief David Barnea travelled to Doha for talks on a hostage deal.", []string{"isr-mossad", "david-barnea/person"}, nil, false, false},
	{"war cabinet", "Israel's war cabinet met late into the night to weigh a response to the Iranian barrage.", []string{"isr-war-cabinet"}, nil, false, false},
	{"security cabinet", "Israel's security cabinet approved a plan to take over Gaza City.", []string{"isr-security-cabinet"}, nil, false, false},
	{"knesset", "The Knesset passed a bill banning UNRWA from operating on Israeli territory.", []string{"isr-parliament/legislature/ISR", "unrwa"}, nil, false, false},
	{"netanyahu", "Prime Minister Benjamin Netanyahu vowed to press on until Hamas is destroyed.", []string{"benjamin-netanyahu/person/ISR", "hamas"}, nil, false, false},
	{"katz", "Defense Minister Israel Katz threatened to flatten Dahiyeh if the rocket fire continued.", []string{"israel-katz/person/ISR"}, []string{"ISR/state", "dahiyeh/armed_group"}, false, false},
	{"smotrich", "Finance Minister Bezalel Smotrich called for the annexation of the West Bank.", []string{"bezalel-smotrich/person/ISR"}, nil, false, false},
	{"ben-gvir", "National Security Minister Itamar Ben-Gvir visited the Al-Aqsa compound on Thursday.", []string{"itamar-ben-gvir/person/ISR"}, nil, false, false},
	{"ben gvir lone", "Ben-Gvir threatened to quit the coalition over the ceasefire deal.", []string{"itamar-ben-gvir/person/ISR"}, nil, false, false},
	{"halevi", "Chief of Staff Lt. Gen. Herzi Halevi resigned over the failures of October 7.", []string{"herzi-halevi/person/ISR"}, nil, false, false},
	{"zamir", "Military chief Eyal Zamir warned that the plan could endanger the hostages.", []string{"eyal-zamir/person/ISR"}, nil, false, false},
	{"hagari", "Military spokesman Rear Adm. Daniel Hagari said troops had located the tunnel shaft.", []string{"daniel-hagari/person/ISR"}, nil, false, false},
	{"adraee", "Avichay Adraee, the army's Arabic-language spokesman, posted evacuation maps for Tyre.", []string{"avichay-adraee/person"}, []string{"tyre/person"}, false, false},
	{"herzog", "President Isaac Herzog urged lawmakers to halt the judicial overhaul.", []string{"isaac-herzog/person/ISR"}, nil, false, false},
	{"israeli foreign ministry", "Israel's Foreign Ministry summoned the Spanish ambassador for a reprimand.", []string{"isr-foreign-ministry"}, nil, false, false},
	{"gallant", "Netanyahu fired Defense Minister Yoav Gallant in November.", []string{"benjamin-netanyahu/person/ISR", "yoav-gallant/person/ISR"}, nil, false, false},

	// Palestinians.
	{"qassam", "The Qassam Brigades, Hamas's armed wing, released a video of two hostages.", []string{"qassam-brigades/armed_group/PSE", "hamas"}, nil, false, false},
	{"abu obeida", "Abu Obeida, spokesman for the Qassam Brigades, said fighters were still holding out in Rafah.", []string{"abu-obeida/person", "qassam-brigades"}, []string{"rafah/armed_group"}, false, false},
	// Known: "Israeli troops" is the state, as the held-out gold codes it.
	{"sinwar", "Hamas leader Yahya Sinwar was killed in a firefight with Israeli troops in Rafah.", []string{"yahya-sinwar/person/PSE", "hamas", "isr-armed-forces"}, nil, false, true},
	{"mohammed sinwar", "Israel said it had killed Mohammed Sinwar, the younger brother of Yahya Sinwar.", []string{"mohammed-sinwar/person", "yahya-sinwar/person"}, nil, false, false},
	{"haniyeh", "Hamas political leader Ismail Haniyeh was assassinated in Tehran in July.", []string{"ismail-haniyeh/person/PSE", "hamas"}, nil, false, false},
	{"al-hayya", "Senior Hamas official Khalil al-Hayya led the group's delegation to Cairo.", []string{"khalil-al-hayya/person", "hamas"}, nil, false, false},
	{"pij", "Palestinian Islamic Jihad said it fired a barrage of rockets at Sderot.", []string{"palestinian-islamic-jihad/armed_group"}, []string{"PSE/state"}, false, false},
	{"al-quds brigades", "The al-Quds Brigades, the armed wing of Islamic Jihad, claimed the attack in Tulkarem.", []string{"al-quds-brigades", "palestinian-islamic-jihad"}, []string{"jerusalem"}, false, false},
	{"palestinian authority", "The Palestinian Authority condemned the raid as a war crime.", []string{"pse-authority"}, []string{"PSE/state"}, false, false},
	{"abbas", "Palestinian President Mahmoud Abbas named Hussein al-Sheikh as his deputy.", []string{"mahmoud-abbas/person/PSE", "hussein-al-sheikh/person"}, nil, false, false},
	{"mustafa pm", "Palestinian Prime Minister Mohammad Mustafa appealed for emergency funding.", []string{"mohammad-mustafa/person/PSE"}, nil, false, false},
	{"fatah", "Fatah rejected any post-war plan that sidelines the Palestinian Authority.", []string{"fatah", "pse-authority"}, nil, false, false},
	{"gaza health ministry", "The Gaza health ministry said the death toll had passed 50,000.", []string{"pse-health-ministry"}, nil, false, false},
	// Known: "the health ministry in the Hamas-run territory" names no seat the forms know.
	{"health ministry hamas-run", "At least 30 people were killed overnight, according to the health ministry in the Hamas-run territory.", []string{"pse-health-ministry"}, nil, false, true},
	{"gaza civil defence", "Gaza's civil defence agency said rescuers were still searching the rubble for survivors.", []string{"pse-civil-defence"}, nil, false, false},
	{"civil defence spokesman", "Mahmud Bassal, a spokesman for Gaza's civil defence agency, said 12 bodies were recovered.", []string{"mahmud-bassal/person", "pse-civil-defence"}, nil, false, false},
	{"unrwa", "UNRWA warned that its flour stocks would run out within a week.", []string{"unrwa"}, nil, false, false},
	{"lazzarini", "UNRWA Commissioner-General Philippe Lazzarini called Gaza a graveyard for children.", []string{"unrwa", "philippe-lazzarini/person"}, nil, false, false},

	// Lebanon.
	{"hezbollah", "Hezbollah fired dozens of rockets into northern Israel on Sunday.", []string{"hezbollah/armed_group/LBN"}, nil, false, false},
	{"qassem", "Hezbollah chief Naim Qassem said the group would not disarm.", []string{"naim-qassem/person/LBN", "hezbollah"}, nil, false, false},
	{"radwan force", "Israel said the strike killed a commander of Hezbollah's elite Radwan Force.", []string{"radwan-force/armed_group/LBN", "hezbollah"}, nil, false, false},
	{"unifil", "UNIFIL said Israeli tank fire hit its headquarters in Naqoura.", []string{"unifil"}, nil, false, false},
	{"aoun", "Lebanese President Joseph Aoun demanded a full Israeli withdrawal from the south.", []string{"joseph-aoun/person/LBN"}, nil, false, false},
	// Known: "the Lebanese army" gives lbn-army (the English body rule's type), not lbn-armed-forces.
	{"lebanese army", "The Lebanese army deployed troops south of the Litani River.", []string{"lbn-armed-forces"}, nil, false, true},
	{"berri", "Parliament Speaker Nabih Berri, a Hezbollah ally, negotiated the truce on the group's behalf.", []string{"nabih-berri/person/LBN", "hezbollah"}, nil, false, false},

	// Iran.
	{"irgc", "Iran's Revolutionary Guards said they launched hundreds of ballistic missiles at Israel.", []string{"irn-irgc/military/IRN"}, nil, false, false},
	{"irgc acronym", "The IRGC seized a foreign-flagged tanker in the Strait of Hormuz.", []string{"irn-irgc/military/IRN"}, nil, false, false},
	{"quds force", "The Quds Force, the IRGC's overseas arm, supplies weapons to Tehran's allies.", []string{"irn-quds-force/military/IRN", "irn-irgc"}, nil, false, false},
	{"qaani", "Quds Force commander Esmail Qaani reappeared in public after weeks of speculation.", []string{"esmail-qaani/person/IRN", "irn-quds-force"}, nil, false, false},
	{"basij", "Basij militiamen were deployed to break up the protests in Tehran.", []string{"irn-basij"}, nil, false, false},
	{"pezeshkian", "Iranian President Masoud Pezeshkian said Tehran did not seek war.", []string{"masoud-pezeshkian/person/IRN"}, nil, false, false},
	{"araghchi", "Foreign Minister Abbas Araghchi met his Omani counterpart in Muscat.", []string{"abbas-araghchi/person/IRN"}, nil, false, false},
	{"khamenei", "Supreme Leader Ayatollah Ali Khamenei warned of a crushing response.", []string{"ali-khamenei/person/IRN"}, nil, false, false},

	// Yemen, Iraq, Syria.
	{"houthis", "Yemen's Houthis claimed an attack on a cargo ship in the Red Sea.", []string{"houthis/armed_group/YEM"}, []string{"YEM/state"}, false, false},
	{"ansar allah", "Ansar Allah said it would keep targeting ships bound for Israeli ports.", []string{"houthis"}, nil, false, false},
	{"saree", "Houthi military spokesman Yahya Saree said a hypersonic missile was fired at Tel Aviv.", []string{"yahya-saree/person", "houthis"}, nil, false, false},
	{"abdul-malik", "Houthi leader Abdul-Malik al-Houthi vowed to escalate in a televised speech.", []string{"abdul-malik-al-houthi/person/YEM", "houthis"}, nil, false, false},
	{"kataib hezbollah", "Kataib Hezbollah announced a suspension of attacks on US forces in Iraq.", []string{"kataib-hezbollah/armed_group/IRQ"}, []string{"hezbollah"}, false, false},
	{"pmf", "The Popular Mobilization Forces, known as the Hashd al-Shaabi, held a parade in Baghdad.", []string{"popular-mobilization-forces"}, nil, false, false},
	{"sudani", "Iraqi Prime Minister Mohammed Shia al-Sudani rejected the use of Iraqi territory for attacks.", []string{"mohammed-shia-al-sudani/person/IRQ"}, nil, false, false},
	{"sharaa", "Syria's interim President Ahmed al-Sharaa travelled to Riyadh on his first foreign trip.", []string{"ahmed-al-sharaa/person/SYR"}, nil, false, false},
	{"shaibani", "Syrian Foreign Minister Asaad al-Shaibani met his Turkish counterpart in Ankara.", []string{"asaad-al-shaibani/person/SYR"}, nil, false, false},
	{"hts", "HTS led the lightning offensive that toppled Bashar al-Assad.", []string{"hts/armed_group/SYR", "bashar-al-assad/person"}, nil, false, false},
	{"sdf", "The Kurdish-led Syrian Democratic Forces agreed to merge into the national army.", []string{"sdf/armed_group"}, []string{"SYR/state"}, false, false},

	// Gulf and mediators.
	{"qatar pm", "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani said talks were in their final stage.", []string{"mohammed-bin-abdulrahman-al-thani/person/QAT"}, nil, false, false},
	{"ansari", "Qatar's foreign ministry spokesman Majed al-Ansari said both delegations had arrived.", []string{"majed-al-ansari/person", "qat-foreign-ministry"}, nil, false, false},
	{"mediators", "Egypt and Qatar, the two main mediators, put forward a new 60-day truce proposal.", []string{"EGY/state", "QAT/state"}, nil, false, false},
	{"abdelatty", "Egyptian Foreign Minister Badr Abdelatty rejected any displacement of Gazans into Sinai.", []string{"badr-abdelatty/person/EGY"}, nil, false, false},

	// Traps.
	{"trap gaza strip", "Airstrikes killed at least 25 people across the Gaza Strip on Tuesday.", nil, nil, true, false},
	{"trap rafah", "Thousands of displaced families sheltered in tents in Rafah.", nil, nil, true, false},
	{"trap jenin", "Bulldozers tore up roads in the Jenin refugee camp.", nil, nil, true, false},
	{"trap dahiyeh", "A loud blast was heard in Beirut's southern suburbs late on Friday.", nil, []string{"LBN/state"}, true, false},
	{"trap sanaa", "Power was cut across much of Sanaa after the plant was hit.", nil, []string{"YEM/state"}, true, false},
	{"trap hodeidah", "The port of Hodeidah resumed operations after repairs.", nil, []string{"YEM/state"}, true, false},
	{"trap red sea", "Insurance rates for ships crossing the Red Sea tripled.", nil, nil, true, false},
	{"trap khan younis hospital", "Nasser Hospital in Khan Younis ran out of fuel.", nil, []string{"khan-younis/armed_group"}, false, false},
	{"trap west bank", "Settler violence surged in the West Bank during the olive harvest.", nil, nil, true, false},
	{"trap al-aqsa", "Tens of thousands prayed at Al-Aqsa Mosque in Jerusalem on Friday.", nil, []string{"al-quds-brigades"}, true, false},
	{"trap pij no state", "Islamic Jihad handed over the body of a hostage to the Red Cross.", []string{"palestinian-islamic-jihad", "icrc"}, []string{"PSE/state"}, false, false},
	{"trap gazans", "Gazans queued for hours for a piece of bread.", nil, nil, true, false},
	{"trap strait of hormuz", "Tanker traffic through the Strait of Hormuz slowed sharply.", nil, []string{"IRN/state"}, true, false},
	{"trap golan", "Snow fell on the Golan Heights overnight.", nil, nil, true, false},
	// Second batch (written and annotated before its first run).
	{"turkey nsc", "Turkey's National Security Council said operations against the PKK would continue.", []string{"tur-nsc/agency/TUR", "pkk"}, []string{"usa-nsc", "USA/state"}, false, false},
	{"snsc bare", "The Supreme National Security Council said Iran would respond at a time of its choosing.", []string{"irn-nsc/agency/IRN"}, []string{"usa-nsc", "USA/state"}, false, false},
	{"israel nsc", "Israel's National Security Council raised its travel warning for Egypt's Sinai.", []string{"isr-nsc/agency/ISR"}, []string{"usa-nsc", "USA/state"}, false, false},
	{"quds force commander", "A senior Quds Force commander was killed in the strike on the consulate annex.", []string{"irn-quds-force/military/IRN"}, nil, false, false},
	{"civil defence gaza possessive", "Gaza's civil defence said the bodies of 14 paramedics were recovered from a mass grave.", []string{"pse-civil-defence/agency/PSE"}, nil, false, false},
	{"hamas-run gaza ministry", "The health ministry in Hamas-run Gaza said hospitals were running out of fuel.", []string{"pse-health-ministry/agency/PSE"}, nil, false, false},
	{"trap tehran place", "Traffic was gridlocked across Tehran as residents fled the capital.", nil, []string{"IRN/state"}, true, false},
	{"trap beirut airport", "Flights resumed at Beirut's Rafic Hariri International Airport on Monday.", nil, []string{"rafic-hariri/person"}, true, false},
}
