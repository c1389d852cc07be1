package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/geokg/kg/loader/facts"
)

// shortFormsPublished is the article date of the short-forms grid's rows.
const shortFormsPublished = "2025-11-15"

// shortFormRow is a row of the short-forms grid of issue #12: a sentence in
// lang, the actors it must name (want, space-separated, each "id",
// "id/kind" or "id/kind/country"), the ids it must not name (absent), none
// when it names no actor but places, known when it is a known failure.
// Only actors the text names count (an actor with a mention): the grid is
// about how a short form is read, not about the states an event lists for
// its bodies and heads. Every named actor that is no place must be wanted.
type shortFormRow struct {
	name, lang, text, want, absent string
	none, known                    bool
}

// shortFormProblems lists how the named actors of d miss the row.
func shortFormProblems(d *facts.Document, c shortFormRow) []string {
	var probs []string
	byID := map[string]facts.Actor{}
	var all []string
	for _, a := range d.Actors {
		if len(a.Mentions) == 0 {
			continue
		}
		byID[a.ID] = a
		all = append(all, a.ID+"/"+a.Kind+"/"+a.Country)
	}
	slices.Sort(all)
	var wantIDs []string
	for _, w := range strings.Fields(c.want) {
		f := strings.Split(w, "/")
		wantIDs = append(wantIDs, f[0])
		a, ok := byID[f[0]]
		switch {
		case !ok:
			probs = append(probs, "missing "+w)
		case len(f) > 1 && a.Kind != f[1]:
			probs = append(probs, f[0]+" is "+a.Kind+", want "+f[1])
		case len(f) > 2 && a.Country != f[2]:
			probs = append(probs, f[0]+" has country "+a.Country+", want "+f[2])
		}
	}
	for _, id := range strings.Fields(c.absent) {
		if _, ok := byID[id]; ok {
			probs = append(probs, "false "+id)
		}
	}
	for _, a := range d.Actors {
		if len(a.Mentions) == 0 || a.Kind == facts.KindPlace || slices.Contains(wantIDs, a.ID) {
			continue
		}
		probs = append(probs, "unwanted "+a.Kind+" "+a.ID)
	}
	if len(probs) > 0 {
		probs = append(probs, "got "+strings.Join(all, " "))
	}
	return probs
}

// runShortFormRows runs the rows under the grid's article date (runGrid).
func runShortFormRows(t *testing.T, rows []shortFormRow, min int) {
	t.Helper()
	runGrid(t, rows, min, func(c shortFormRow) (string, Input, bool) {
		return c.name, Input{Text: c.text, Lang: c.lang, Published: shortFormsPublished}, c.known
	}, shortFormProblems)
}

// shortFormGridRows are present-day news sentences, half Indonesian and
// half English, written for the grid and annotated before the extractor ran
// on them: states by their dotted and undotted short forms ("A.S.", "U.S.",
// "U.K.", "AS", "RI", "RRT", "RRC", "Korsel", "Korut", "UEA", "UAE",
// "Saudi", "PNG", "DRC", "CAR"), bare "Amerika" and "Inggris Raya"; short
// all-caps acronyms that are actors only with support (a known acronym, or
// the expansion beside it) against all-caps words that are none (headline
// capitals, "COVID", "PHK", "BBM", "OTT", "UMKM"); acronyms inside longer
// names of bodies and missions ("Kedubes AS", "DPR RI", "US Navy"); short
// forms in headlines.
var shortFormGridRows = []shortFormRow{
	// Indonesian: states by short forms in running text.
	{"id as tarif baja", "id", "Pemerintah AS menaikkan tarif impor baja dan aluminium menjadi 50 persen.", "USA/state", "", false, false},
	{"id a.s. kapal perang", "id", "Dua kapal perang A.S. berlayar melintasi Selat Taiwan pada Rabu.", "USA/state", "TWN", false, false},
	{"id ri malaysia batas laut", "id", "RI dan Malaysia sepakat mempercepat perundingan batas laut di Laut Sulawesi.", "IDN MYS", "", false, false},
	{"id ri-rrt dagang", "id", "Nilai perdagangan RI-RRT menembus 135 miliar dolar AS tahun lalu.", "IDN CHN", "USA", false, false},
	{"id rrc latihan", "id", "RRC menggelar latihan militer besar-besaran di sekitar Taiwan sehari setelah pelantikan itu.", "CHN TWN", "", false, false},
	{"id korsel korut balon", "id", "Korsel menuding Korut kembali menerbangkan balon berisi sampah ke wilayahnya.", "KOR PRK", "", false, false},
	{"id uea investasi ikn", "id", "UEA berkomitmen menanamkan investasi senilai 10 miliar dolar AS di Ibu Kota Nusantara.", "ARE", "USA", false, false},
	{"id saudi kuota haji", "id", "Saudi menambah kuota haji Indonesia menjadi 221.000 jemaah untuk musim haji mendatang.", "SAU IDN", "", false, false},
	{"id png perbatasan", "id", "Pemerintah PNG meminta Jakarta memperketat pengawasan di perbatasan darat kedua negara.", "PNG IDN", "", false, false},
	{"id inggris raya palestina", "id", "Inggris Raya resmi mengakui negara Palestina menjelang Sidang Umum PBB.", "GBR PSE un-general-assembly", "", false, false},
	{"id amerika perjanjian paris", "id", "Amerika kembali menarik diri dari Perjanjian Paris tentang perubahan iklim.", "USA", "FRA", false, false},
	{"id rd kongo m23", "id", "Pemerintah RD Kongo dan pemberontak M23 menandatangani kesepakatan damai di Doha.", "COD m23", "QAT", false, false},
	{"id afrika tengah pasukan", "id", "Pasukan perdamaian asal Indonesia bertugas di Republik Afrika Tengah sejak 2014.", "IDN CAF", "", false, false},
	{"id as dan china tunda tarif", "id", "AS dan China sepakat menunda kenaikan tarif selama 90 hari.", "USA CHN", "", false, false},
	{"id korut rudal laut timur", "id", "Korut kembali meluncurkan rudal balistik ke arah Laut Timur pada Kamis pagi.", "PRK", "", false, false},
	{"id amerika serikat (as) tarif", "id", "Amerika Serikat (AS) akan memberlakukan tarif 19 persen untuk produk Indonesia.", "USA IDN", "", false, false},
	{"id warga negara amerika", "id", "Dua warga negara Amerika ditahan di Venezuela atas tuduhan spionase.", "USA VEN", "", false, false},
	{"id marape png", "id", "Perdana Menteri PNG James Marape menghadiri pertemuan Forum Kepulauan Pasifik di Honiara.", "james-marape PNG pacific-islands-forum", "", false, false},
	{"id ue sanksi rusia", "id", "UE menjatuhkan paket sanksi ke-19 terhadap Rusia.", "european-union RUS", "", false, false},
	{"id dk pbb doha", "id", "DK PBB menggelar sidang darurat membahas serangan di Doha.", "un-security-council", "QAT", false, false},
	{"id rsf el fasher", "id", "RSF menguasai kota El Fasher setelah pengepungan selama 18 bulan.", "rsf/armed_group", "", false, false},
	{"id apec gyeongju", "id", "KTT APEC tahun ini digelar di Gyeongju pada akhir Oktober.", "apec", "KOR", false, false},

	// Indonesian: acronyms inside longer names of bodies and missions.
	// known: the state named inside a mission's name stays an actor, as the wire dev set's gold has it ("the Israeli embassy in Amman": ISR)
	{"id kedubes as jakarta", "id", "Kedubes AS di Jakarta mengeluarkan peringatan keamanan bagi warganya.", "embassy-usa-idn", "USA", false, true},
	// known: the state named inside a mission's name stays an actor, as the wire dev set's gold has it ("the Israeli embassy in Amman": ISR)
	{"id kbri tokyo", "id", "KBRI Tokyo memfasilitasi pemulangan 12 pekerja migran asal Jawa Tengah.", "embassy-idn-jpn", "JPN", false, true},
	{"id komisi i dpr ri", "id", "Komisi I DPR RI menyetujui tambahan anggaran untuk Kementerian Pertahanan.", "idn-dpr idn-defense-ministry", "IDN", false, false},
	{"id kejaksaan agung ri", "id", "Kejaksaan Agung RI menetapkan tiga tersangka baru dalam kasus korupsi tata niaga timah.", "idn-attorney-general", "IDN", false, false},
	{"id bakamla ri vietnam", "id", "Bakamla RI menangkap kapal ikan berbendera Vietnam di perairan Natuna Utara.", "idn-coast-guard VNM", "IDN", false, false},
	{"id tni au gaza", "id", "TNI AU mengerahkan dua pesawat Hercules untuk mengirim bantuan ke Gaza.", "idn-air-force", "", false, false},
	{"id mabes polri densus", "id", "Mabes Polri menerjunkan tim Densus 88 ke Poso.", "idn-police idn-densus-88", "", false, false},
	{"id kemlu ri wni mandalay", "id", "Kemlu RI memastikan tidak ada WNI yang menjadi korban gempa di Mandalay.", "idn-foreign-ministry", "IDN", false, false},
	{"id bi-rate", "id", "Bank Indonesia (BI) menahan suku bunga acuan BI-Rate di level 4,75 persen.", "idn-central-bank", "", false, false},
	{"id ojk bpr", "id", "OJK mencabut izin usaha sebuah BPR di Jawa Timur.", "idn-ojk", "", false, false},
	{"id kpk ott bupati", "id", "KPK menggelar OTT terhadap seorang bupati di Sumatera Utara.", "idn-kpk", "", false, false},

	// Indonesian: acronyms with their expansion beside them.
	{"id knkt expansion", "id", "Komite Nasional Keselamatan Transportasi (KNKT) menyelidiki penyebab kecelakaan pesawat itu.", "idn-knkt/agency/IDN", "IDN", false, false},
	{"id knkt alone", "id", "KNKT belum dapat memastikan penyebab jatuhnya helikopter itu.", "idn-knkt/agency/IDN", "", false, false},
	{"id bpjph expansion", "id", "Badan Penyelenggara Jaminan Produk Halal (BPJPH) mewajibkan sertifikasi halal bagi pelaku usaha makanan.", "idn-bpjph/agency/IDN", "", false, false},
	{"id apindo expansion", "id", "Asosiasi Pengusaha Indonesia (Apindo) menolak kenaikan upah minimum 6,5 persen.", "apindo", "IDN", false, false},
	{"id serikat petani spi", "id", "Serikat Petani Indonesia (SPI) menuntut pemerintah menghentikan impor beras.", "serikat-petani-indonesia/organization", "IDN spi", false, false},
	{"id ylki", "id", "YLKI menerima ratusan aduan konsumen soal pinjaman daring ilegal.", "ylki", "", false, false},

	// Indonesian: short forms in headlines.
	{"id hl as kecam korut", "id", "AS Kecam Serangan Rudal Korut ke Laut Jepang", "USA PRK", "JPN", false, false},
	{"id hl ri-australia", "id", "RI-Australia Teken Perjanjian Pertahanan Baru", "IDN AUS", "", false, false},
	{"id hl uea kucurkan", "id", "UEA Kucurkan Dana Rp 20 Triliun untuk Proyek Energi Hijau RI", "ARE IDN", "", false, false},
	{"id hl korsel tangkap tanker", "id", "Korsel Tangkap Kapal Tanker Berbendera Panama", "KOR PAN", "", false, false},
	{"id hl saudi iran", "id", "Saudi dan Iran Sepakat Buka Kembali Kedutaan", "SAU IRN", "", false, false},
	{"id hl menlu ri rrt", "id", "Menlu RI Temui Menlu RRT di Beijing", "IDN CHN", "", false, false},
	{"id hl caps as sanksi iran", "id", "AS JATUHKAN SANKSI BARU KE IRAN", "USA IRN", "", false, false},

	// Indonesian: all-caps words and short forms that are no actor.
	{"id no phk tekstil", "id", "Gelombang PHK melanda industri tekstil di Jawa Barat sepanjang tahun ini.", "", "", true, false},
	{"id no bbm nonsubsidi", "id", "Harga BBM nonsubsidi turun mulai 1 Desember.", "", "", true, false},
	{"id no umkm pelatihan", "id", "Pelaku UMKM di Yogyakarta mendapat pelatihan pemasaran digital.", "", "", true, false},
	{"id no covid varian", "id", "Kasus COVID-19 varian baru kembali terdeteksi di sejumlah daerah.", "", "", true, false},
	{"id no ott rumah makan", "id", "OTT itu berlangsung di sebuah rumah makan di Medan pada Selasa malam.", "", "", true, false},
	{"id no thr", "id", "Pekerja berhak menerima THR paling lambat tujuh hari sebelum Lebaran.", "", "", true, false},
	{"id no ktp kk", "id", "Warga cukup membawa KTP dan KK untuk mendaftar vaksinasi.", "", "", true, false},
	{"id no ppn", "id", "Tarif PPN naik menjadi 12 persen untuk barang mewah.", "", "", true, false},
	{"id no apbn pdb", "id", "Defisit APBN diperkirakan mencapai 2,8 persen dari PDB.", "", "", true, false},
	{"id no sim stnk", "id", "Masa berlaku SIM dan STNK kini dapat diperpanjang secara daring.", "", "", true, false},
	{"id no caps harga beras", "id", "HARGA BERAS NAIK, WARGA ANTRE DI PASAR MURAH", "", "", true, false},
	{"id no caps dolar as", "id", "RUPIAH MENGUAT TERHADAP DOLAR AS", "", "USA", true, false},
	{"id no pns apel", "id", "Ribuan PNS mengikuti apel pagi di halaman balai kota.", "", "", true, false},
	{"id no aki expansion", "id", "Angka kematian ibu (AKI) di provinsi itu turun dalam tiga tahun terakhir.", "", "", true, false},
	{"id no dbd bogor", "id", "Kasus DBD di Kabupaten Bogor melonjak dua kali lipat.", "", "", true, false},
	{"id no smk mobil listrik", "id", "Siswa SMK di Surabaya merakit mobil listrik untuk lomba nasional.", "", "", true, false},
	{"id no ai sekolah", "id", "Penggunaan AI dalam pembelajaran di sekolah masih menuai pro dan kontra.", "", "", true, false},
	{"id no rt rw", "id", "Ketua RT dan RW diminta mendata warga yang belum menerima bantuan.", "", "", true, false},
	{"id no nik elpiji", "id", "Pembelian elpiji 3 kg kini harus menunjukkan NIK.", "", "", true, false},
	{"id no kur", "id", "Penyaluran KUR hingga Oktober mencapai Rp200 triliun.", "", "", true, false},
	{"id no ukt", "id", "Mahasiswa memprotes kenaikan UKT di kampus negeri.", "", "", true, false},
	{"id no mbg", "id", "Program MBG menjangkau 20 juta penerima manfaat hingga November.", "", "", true, false},
	{"id no sppg", "id", "Dapur SPPG di Kecamatan Cibinong melayani 3.000 siswa setiap hari.", "", "", true, false},
	{"id no amerika latin", "id", "Negara-negara Amerika Latin menyerukan penghentian operasi militer di Karibia.", "", "USA", true, false},
	{"id no bahasa inggris sma", "id", "Lomba pidato bahasa Inggris diikuti 300 pelajar SMA se-Jawa Timur.", "", "GBR", true, false},
	{"id as roma", "id", "AS Roma merekrut bek muda asal Belanda berdarah Indonesia.", "as-roma NLD IDN", "USA", false, false},
	{"id saudi aramco", "id", "Saudi Aramco menaikkan harga minyak mentah untuk pembeli Asia.", "saudi-aramco", "SAU", false, false},

	// English: states by short forms in running text.
	{"en u.s. tariffs china", "en", "The U.S. imposed fresh tariffs on steel imports from China on Tuesday.", "USA/state CHN", "", false, false},
	{"en us philippine drills", "en", "US and Philippine troops began joint drills near Scarborough Shoal.", "USA PHL", "", false, false},
	{"en u.k. sanctions", "en", "The U.K. sanctioned six Russian oil traders on Thursday.", "GBR RUS", "", false, false},
	{"en uk officials brussels", "en", "UK officials said the talks with Brussels would resume next month.", "GBR european-union", "BEL", false, false},
	{"en uae pledge", "en", "The UAE pledged $1.4 trillion in investments in the United States over ten years.", "ARE USA", "", false, false},
	{"en drc rwanda", "en", "The DRC and Rwanda signed a peace agreement in Washington in June.", "COD RWA", "USA", false, false},
	// known: "CAR" alone is no form of the Central African Republic: without support (the name, Bangui) it is as often the Philippines' Cordillera Administrative Region or CAR-T therapy
	{"en car russian instructors", "en", "Russian instructors have trained soldiers in the CAR since 2018.", "RUS CAF", "", false, true},
	{"en car expansion", "en", "The Central African Republic (CAR) held presidential elections in December.", "CAF", "", false, false},
	{"en png australia", "en", "PNG signed a defence treaty with Australia in October.", "PNG AUS", "", false, false},
	{"en saudi emirati", "en", "Saudi and Emirati officials met in Riyadh on Sunday.", "SAU ARE", "", false, false},
	{"en ksa world cup", "en", "The KSA will host the 2034 World Cup.", "SAU", "", false, false},
	{"en dprk rok military", "en", "The DPRK test-fired a new intercontinental ballistic missile, the ROK military said.", "PRK KOR", "", false, false},
	{"en prc island", "en", "The PRC views the island as a breakaway province.", "CHN", "", false, false},
	{"en s. korea exports", "en", "S. Korea's exports rose 3.5% in October.", "KOR", "", false, false},
	{"en america not bullied", "en", "America will not be bullied, the president told reporters.", "USA", "", false, false},
	{"en britain france", "en", "Britain and France agreed to coordinate patrols against migrant crossings.", "GBR FRA", "", false, false},
	{"en u.s.-made missiles", "en", "Ukraine fired U.S.-made missiles into Russian territory for the first time.", "UKR USA RUS", "", false, false},
	{"en us-china talks", "en", "US-China trade talks resumed in Geneva on Saturday.", "USA CHN", "", false, false},
	{"en uk-eu summit", "en", "The UK-EU summit produced a new defence and security pact.", "GBR european-union", "", false, false},
	{"en uae-based company", "en", "A UAE-based shipping company was sanctioned by Washington.", "USA", "ARE", false, false},

	// English: acronyms inside longer names.
	// known: the state named inside a mission's name stays an actor, as the wire dev set's gold has it ("the Israeli embassy in Amman": ISR)
	{"en u.s. embassy jakarta", "en", "The U.S. Embassy in Jakarta issued a security alert for its citizens.", "embassy-usa-idn", "USA", false, true},
	{"en us navy red sea", "en", "The US Navy intercepted a drone over the Red Sea.", "usa-navy", "USA", false, false},
	{"en uk ministry of defence", "en", "The UK Ministry of Defence confirmed the deployment of two more jets.", "gbr-defense-ministry", "GBR", false, false},
	{"en u.s. state department", "en", "A U.S. State Department spokesperson declined to comment.", "usa-foreign-ministry", "USA", false, false},
	{"en usaid south sudan", "en", "USAID's closure left clinics in South Sudan without funding.", "usa-usaid SSD", "", false, false},
	{"en un security council", "en", "The UN Security Council will vote on the resolution on Monday.", "un-security-council", "united-nations", false, false},

	// English: acronyms with their expansion or a known acronym.
	{"en afp philippines expansion", "en", "The Armed Forces of the Philippines (AFP) said two soldiers were wounded.", "phl-armed-forces", "afp PHL", false, false},
	{"en afp agency", "en", "Residents told AFP that the shelling continued overnight.", "afp/media", "", false, false},
	{"en rsf expansion", "en", "The paramilitary Rapid Support Forces (RSF) seized the town after heavy fighting.", "rsf", "", false, false},
	{"en saf sudan expansion", "en", "The Sudanese Armed Forces (SAF) said they had retaken the bridge.", "sdn-armed-forces", "sgp-armed-forces", false, false},
	{"en sdf expansion", "en", "The Syrian Democratic Forces (SDF) agreed to merge into the national army.", "sdf", "SYR", false, false},
	{"en ecowas guinea", "en", "ECOWAS suspended Guinea after the coup.", "ecowas GIN", "", false, false},
	{"en asean timor-leste", "en", "ASEAN admitted Timor-Leste as its 11th member in October.", "asean TLS", "", false, false},
	{"en who mpox", "en", "The WHO declared the mpox outbreak a public health emergency.", "who", "", false, false},
	{"en imf indonesia", "en", "The IMF cut its growth forecast for Indonesia to 4.7%.", "imf IDN", "", false, false},
	{"en cpj expansion", "en", "The Committee to Protect Journalists (CPJ) said 2024 was the deadliest year for reporters.", "committee-to-protect-journalists", "cpj", false, false},
	{"en opec+", "en", "OPEC+ agreed to raise output by 137,000 barrels per day.", "opec-plus", "opec", false, false},

	// English: short forms in headlines.
	{"en hl u.s. slaps sanctions", "en", "U.S. Slaps New Sanctions on Iran's Oil Exports", "USA IRN", "", false, false},
	{"en hl n. korea fires", "en", "N. Korea Fires Ballistic Missile Toward East Sea", "PRK", "", false, false},
	{"en hl caps china us truce", "en", "CHINA, US AGREE TO EXTEND TARIFF TRUCE", "CHN USA", "", false, false},
	{"en hl caps eu leaders", "en", "EU LEADERS BACK NEW SANCTIONS ON RUSSIA", "european-union RUS", "", false, false},
	{"en hl caps un chief sudan", "en", "UN CHIEF URGES CEASEFIRE IN SUDAN", "united-nations SDN", "", false, false},
	{"en hl pm to visit india", "en", "PM to Visit India Next Week", "IND", "", false, false},

	// English: all-caps words and short forms that are no actor.
	{"en no caps war is not over", "en", "THE WAR IS NOT OVER, SAYS VETERAN", "", "", true, false},
	{"en no caps let us not forget", "en", "LET US NOT FORGET THE VICTIMS", "", "USA", true, false},
	{"en no covid care homes", "en", "COVID cases rose in care homes across the region.", "", "", true, false},
	{"en no ceo resigned", "en", "The CEO resigned after the board meeting on Monday.", "", "", true, false},
	{"en no gdp grew", "en", "GDP grew 5.1% in the third quarter, beating forecasts.", "", "", true, false},
	{"en no ai chatbots", "en", "AI chatbots are increasingly used by students to draft essays.", "", "", true, false},
	{"en no lng ev", "en", "LNG prices in Asia fell as EV sales surged.", "", "", true, false},
	{"en no ipo", "en", "The IPO raised $2 billion, the largest in the region this year.", "", "", true, false},
	{"en no it workers", "en", "IT workers at the bank went on strike over pay.", "", "", true, false},
	{"en no hiv", "en", "HIV infections among young people fell by a third.", "", "", true, false},
	{"en no suv london", "en", "An SUV crashed into a shop in central London.", "", "GBR", true, false},
	{"en no mp resigned", "en", "An MP from the ruling party resigned over the scandal.", "", "", true, false},
	{"en no icu", "en", "Three patients remain in the ICU after the crash.", "", "", true, false},
	{"en no car t-cell", "en", "A CAR T-cell therapy developed in Shanghai showed promising results.", "", "CAF", true, false},
	{"en no us dollar", "en", "The US dollar weakened against the yen on Friday.", "", "USA", true, false},
	{"en no latin america", "en", "Latin America's largest economies slowed in the third quarter.", "", "USA", true, false},
	{"en no south america", "en", "Leaders from across South America gathered in Brasilia for the summit.", "", "USA BRA", true, false},
	{"en us open sinner", "en", "Jannik Sinner lost in the US Open final.", "jannik-sinner", "USA", false, false},
	{"en no unknown acronym", "en", "Officials at the KLRB said the flooding had displaced 5,000 families.", "", "klrb", true, false},
}

// shortFormGrid2Rows are the second batch, written after the rules of the
// pass and annotated before the extractor ran on them, to check that the
// rules generalize: headline capitals, states and capitals before
// "-based", the bodies added.
var shortFormGrid2Rows = []shortFormRow{
	{"b2 en caps it is time", "en", "IT IS TIME TO ACT ON CLIMATE, SAYS UN CHIEF", "united-nations", "isis", false, false},
	{"b2 en caps give us jobs", "en", "GIVE US OUR JOBS BACK, STRIKING MINERS TELL GOVERNMENT", "", "USA", true, false},
	{"b2 en caps us troops niger", "en", "US TROOPS LEAVE NIGER BASE", "USA NER", "", false, false},
	{"b2 en caps who warns", "en", "WHO WARNS OF NEW MPOX STRAIN", "who", "", false, false},
	{"b2 en caps as prices soar", "en", "AS PRICES SOAR, FAMILIES CUT BACK", "", "USA", true, false},
	{"b2 en caps drone ran out", "en", "OFFICIALS SAY THE DRONE RAN OUT OF FUEL", "", "aus-navy", true, false},
	{"b2 en caps core inflation japan", "en", "CORE INFLATION EASES IN JAPAN", "JPN", "center-of-reform-on-economics", false, false},
	{"b2 en u.s.-based rights group", "en", "A U.S.-based rights group said the trial was unfair.", "", "USA", true, false},
	{"b2 en uk-based observatory", "en", "The UK-based Syrian Observatory for Human Rights reported 20 deaths.", "syrian-observatory-for-human-rights", "GBR SYR", false, false},
	{"b2 en indonesia-based firm singapore", "en", "An Indonesia-based palm oil firm was fined by regulators in Singapore.", "SGP", "IDN", false, false},
	{"b2 en lower us pronoun", "en", "The strike will hurt all of us, a union leader said.", "", "USA", true, false},
	{"b2 id knkt rekomendasi", "id", "KNKT merekomendasikan maskapai itu memperbaiki prosedur perawatan pesawat.", "idn-knkt/agency/IDN", "", false, false},
	{"b2 id bpkh dana haji", "id", "BPKH mencatat dana kelolaan haji mencapai Rp171 triliun.", "idn-bpkh/agency/IDN", "", false, false},
	{"b2 id bpjph sertifikat", "id", "BPJPH menerbitkan 1,2 juta sertifikat halal sepanjang tahun ini.", "idn-bpjph", "", false, false},
	{"b2 id caps antara dua calon", "id", "PILIHAN ANTARA DUA CALON KUAT", "", "antara", true, false},
	{"b2 id caps korut rudal", "id", "KORUT TEMBAKKAN RUDAL BALISTIK KE LAUT JEPANG", "PRK", "JPN", false, false},
	{"b2 id caps ri uea energi", "id", "RI DAN UEA TEKEN KERJA SAMA ENERGI", "IDN ARE", "", false, false},
}

// TestShortFormsGrid2 runs shortFormGrid2Rows: 17 of 17 passed on their
// first run (the code before the pass, 4857f42's parent, passes 6).
func TestShortFormsGrid2(t *testing.T) {
	runShortFormRows(t, shortFormGrid2Rows, 17)
}

// TestShortFormsGrid runs shortFormGridRows: 123 of 135 passed before any
// rule of its pass; one known row was an annotation error ("OPEC+" is the
// gazetteer's opec-plus, not OPEC); 131 pass after the rules and data of the
// pass (headline capitals, a state as a company's seat, KNKT and BPJPH).
func TestShortFormsGrid(t *testing.T) {
	runShortFormRows(t, shortFormGridRows, 131)
}
