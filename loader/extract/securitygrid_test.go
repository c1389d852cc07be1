package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/geokg/kg/loader/facts"
)

// securityGridRows are Indonesian security and disaster sentences written
// for the test (made up in the style of present-day Indonesian news, never
// copied from a data set), annotated before the extractor ran on them:
// police and military ranks before a name, with the "Pol."/"TNI"/"Inf."
// markers, dots and academic titles that press releases carry ("Kombes
// Pol. X", "AKBP Dr. X, S.I.K."), heads' contracted titles (Kapolda,
// Kapolres, Kapolsek, Kasat Reskrim, Kabid Humas, Pangdam, Danrem, Dandim,
// Danlantamal, Kasad, KSAL), units (Polda, Polres, Polresta, Densus 88,
// Brimob, Bareskrim, Kodam, Korem, Kopassus, Marinir, Bakamla, Basarnas,
// BNPB, BPBD, BMKG), armed groups (TPNPB-OPM, KKB, MIT, JAD) and their
// leaders, foreign forces in Indonesian, and rows that must give no actor
// (ranks with no name, "petugas", "tim SAR gabungan"). Columns as in
// expertGridRows (want, absent, none, known; persons and states annotated
// completely, organizations only where the row names them; a head's
// contracted title names no body of its own, the convention of
// TestDomesticGrid). Article date 2025-11-15.
var securityGridRows = []nameGridRow{
	// Ranks with Pol./TNI markers, dots and academic titles.
	{"kombes pol dot", "Kabid Humas Polda Papua Kombes Pol. Cahyo Sukarnito mengatakan situasi di Puncak Jaya kembali kondusif.", "cahyo-sukarnito polda-papua", "", false, false},
	{"akbp academic titles", "Kapolres Nduga AKBP Dr. Rian Hidayat, S.I.K., M.H., memimpin evakuasi jenazah korban.", "rian-hidayat", "", false, false},
	{"irjen pol dot drs", "Kapolda Aceh Irjen Pol. Drs. Achmad Kartiko meninjau pos pengamanan di Lhokseumawe.", "achmad-kartiko", "", false, false},
	{"brigjen pol no dot", "Wakapolda Sulawesi Tengah Brigjen Pol Helmi Kwarta mengunjungi korban banjir di Sigi.", "helmi-kwarta", "", false, false},
	{"brigjen tni", "Kepala Dinas Penerangan TNI AD Brigjen TNI Wahyu Yudhayana membantah prajurit terlibat penganiayaan.", "wahyu-yudhayana idn-army", "", false, false},
	{"kolonel inf dot", "Danrem 172/Praja Wira Yakthi Kolonel Inf. Frans Kaisiepo Sihombing mengatakan pasukan tambahan tiba di Wamena.", "frans-kaisiepo-sihombing", "", false, false},
	{"letkol inf", "Dandim 1702/Jayawijaya Letkol Inf Doni Marpaung memastikan distribusi logistik berjalan lancar.", "doni-marpaung", "", false, false},
	{"kolonel laut p", "Danlantamal VI Makassar Kolonel Laut (P) Arif Budiman menyerahkan kapal tangkapan ke Kejaksaan.", "arif-budiman", "", false, false},
	{"kolonel pnb", "Komandan Lanud Halim Perdanakusuma Kolonel Pnb. Ardi Wibisono menyebut pesawat itu mendarat darurat.", "ardi-wibisono", "", false, false},
	{"marsma tni", "Kepala Dinas Penerangan TNI AU Marsma TNI Rudi Pratama mengatakan latihan digelar di Natuna.", "rudi-pratama idn-air-force", "", false, false},
	{"laksma tni", "Kepala Dinas Penerangan TNI AL Laksma TNI Hendra Saputra menyatakan kapal perang itu dalam kondisi baik.", "hendra-saputra idn-navy", "", false, false},
	// known: a head's contracted title (Kabareskrim) names no body of its own, the convention of TestDomesticGrid
	{"komjen", "Kabareskrim Polri Komjen Wahyu Widada mengatakan penyidik telah memeriksa 20 saksi.", "wahyu-widada idn-bareskrim", "", false, true},
	{"irjen kadiv humas", "Kadiv Humas Polri Irjen Sandi Nugroho memastikan polisi bersikap netral dalam pilkada.", "sandi-nugroho", "", false, false},
	{"karo penmas brigjen", "Karo Penmas Divisi Humas Polri Brigjen Trunoyudo Wisnu Andiko menyebut tersangka dijerat pasal terorisme.", "trunoyudo-wisnu-andiko", "", false, false},
	{"mayjen tni", "Pangdam XVII/Cenderawasih Mayjen TNI Lucky Avianto menyampaikan duka atas gugurnya dua prajurit.", "lucky-avianto", "", false, false},
	{"letjen tni", "Pangkogabwilhan III Letjen TNI Bambang Trisnohadi memimpin rapat koordinasi keamanan di Timika.", "bambang-trisnohadi", "", false, false},
	{"kasad jenderal", "Kasad Jenderal TNI Maruli Simanjuntak meresmikan batalyon baru di Merauke.", "maruli-simanjuntak", "", false, false},
	{"ksal laksamana", "KSAL Laksamana TNI Muhammad Ali meninjau kesiapan kapal perang di Surabaya.", "muhammad-ali", "", false, false},
	{"purn rank", "Mantan Kapolda Papua Irjen (Purn) Paulus Waterpauw menilai dialog harus diutamakan.", "paulus-waterpauw", "", false, false},

	// Lower ranks, often victims or perpetrators.
	{"akp kasat reskrim polresta", "Kasat Reskrim Polresta Barelang AKP Debby Tri Andrestian mengatakan pelaku ditangkap di pelabuhan.", "debby-tri-andrestian", "", false, false},
	{"iptu kapolsek", "Kapolsek Ilaga Iptu Yohanes Wenda mengatakan warga mengungsi ke gereja.", "yohanes-wenda", "", false, false},
	{"ipda kanit", "Kanit Reskrim Polsek Ciputat Ipda Fajar Nugroho mengatakan korban dibacok di gang sempit.", "fajar-nugroho", "", false, false},
	{"bripda gugur", "Bripda Andreas Kogoya gugur setelah ditembak di Distrik Sinak.", "andreas-kogoya", "", false, false},
	{"pratu tewas", "Pratu Ilham Saputra tewas dalam kontak tembak dengan kelompok bersenjata di Intan Jaya.", "ilham-saputra", "", false, false},
	{"briptu dan bripka", "Briptu Samuel Tabuni dan Bripka Rahmat Hidayat terluka akibat lemparan batu.", "samuel-tabuni rahmat-hidayat", "", false, false},
	{"serda kopda", "Serda Yusuf Maulana dan Kopda Agus Salim dilarikan ke RSUD Timika.", "yusuf-maulana agus-salim", "", false, false},
	{"aiptu initials", "Aiptu berinisial RS diperiksa Propam karena diduga memeras pengendara.", "rs", "", false, false},
	{"kompol wakapolres", "Wakapolres Jayawijaya Kompol Gustav Urbinas mengimbau warga tetap tenang.", "gustav-urbinas", "", false, false},
	{"kapten inf", "Komandan Pos Kapten Inf Dedi Kurniawan mengatakan pos diserang dini hari.", "dedi-kurniawan", "", false, false},
	{"letda lettu", "Letda Inf Bayu Anggara memimpin patroli di perbatasan Skouw.", "bayu-anggara", "", false, false},

	// Rank and name, quoted speech and apposition.
	{"kata kapolres rank", "\"Kami masih mengejar para pelaku,\" kata Kapolres Puncak AKBP Kuswara.", "kuswara", "", false, false},
	// known: the speech event's source, the Polda, is coded IDN/COP and its stance holder IDN is an actor with no mention
	{"ujar kabid humas comma", "\"Korban sudah dievakuasi ke Jayapura,\" ujar Kabid Humas Polda Papua, Kombes Ignatius Benny Ady Prabowo.", "ignatius-benny-ady-prabowo polda-papua", "", false, true},
	{"rank apposition later", "Komandan Korem 174/Anim Ti Waninggap, Brigjen TNI Agus Widodo, menyebut serangan itu terencana.", "agus-widodo", "", false, false},
	{"kasatgas humas cartenz", "Kasatgas Humas Operasi Damai Cartenz Kombes Yusuf Sutejo mengatakan aparat menyita dua pucuk senjata api.", "yusuf-sutejo", "", false, false},
	{"juru bicara densus", "Juru bicara Densus 88 Kombes Aswin Siregar mengatakan terduga teroris itu terafiliasi JAD.", "aswin-siregar idn-densus-88 jamaah-ansharut-daulah", "", false, false},

	// Units as actors.
	{"polda papua subject", "Polda Papua menambah 400 personel Brimob ke Kabupaten Intan Jaya.", "polda-papua idn-brimob", "", false, false},
	// known: annotation: 'Polresta' is a type of Polres and gives polres-bandung (the rename of Polres Bandung), not polresta-bandung
	{"polresta subject", "Polresta Bandung menggerebek sebuah rumah yang dijadikan pabrik obat keras ilegal.", "polresta-bandung", "", false, true},
	{"polres subject", "Polres Mimika menetapkan empat tersangka kasus penyerangan kantor distrik.", "polres-mimika", "", false, false},
	// known: the arrest's source, Densus 88, is coded IDN/COP and its stance holder IDN is an actor with no mention
	{"densus subject", "Densus 88 menangkap tiga terduga anggota Jamaah Islamiyah di Lampung.", "idn-densus-88 jemaah-islamiyah", "", false, true},
	{"brimob long", "Satuan Brimob Polda Jawa Timur dikirim ke lokasi kerusuhan di Sampang.", "idn-brimob polda-jawa-timur", "", false, false},
	{"kodam cenderawasih", "Kodam XVII/Cenderawasih mengirim satu kompi pasukan ke Yahukimo.", "kodam-xvii-cenderawasih", "", false, false},
	{"korem subject", "Korem 173/Praja Vira Braja menggelar operasi teritorial di Biak.", "korem-173-praja-vira-braja", "", false, false},
	{"kopassus prajurit", "Sebanyak 120 prajurit Kopassus diberangkatkan ke Papua Tengah.", "idn-kopassus", "", false, false},
	{"marinir", "Korps Marinir TNI AL mengerahkan kendaraan amfibi untuk mengevakuasi warga yang terjebak banjir.", "idn-marines", "", false, false},
	// known: the expulsion's source, Bakamla, is coded IDN/COP and its stance holder IDN is an actor with no mention
	{"bakamla usir", "Bakamla mengusir kapal ikan asing berbendera Vietnam dari Laut Natuna Utara.", "idn-coast-guard VNM", "", false, true},
	{"basarnas pencarian", "Basarnas memperpanjang operasi pencarian korban kapal tenggelam di Selat Bali.", "idn-basarnas", "", false, false},
	{"kantor sar", "Kepala Kantor SAR Mataram Lalu Wahyu Efendi mengatakan dua pendaki ditemukan selamat.", "lalu-wahyu-efendi", "", false, false},
	{"bpbd kabupaten", "BPBD Kabupaten Agam mencatat 15 rumah hanyut diterjang banjir bandang.", "bpbd-kabupaten-agam", "", false, false},
	{"bpbd provinsi", "BPBD Nusa Tenggara Timur mendirikan posko pengungsian di Flores Timur.", "bpbd-nusa-tenggara-timur", "", false, false},
	{"bmkg gempa", "BMKG mencatat gempa bermagnitudo 6,1 mengguncang Kabupaten Sarmi.", "idn-bmkg", "", false, false},
	{"bnpb data", "BNPB melaporkan 17 orang meninggal dunia akibat longsor di Cilacap.", "idn-bnpb", "", false, false},
	{"pvmbg", "PVMBG menaikkan status Gunung Lewotobi Laki-laki menjadi Awas.", "idn-pvmbg", "", false, false},
	{"bareskrim ungkap", "Bareskrim Polri mengungkap peredaran 1,2 ton sabu jaringan internasional.", "idn-bareskrim", "", false, false},
	// known: the arrest's source, the navy, is coded IDN/MIL and its stance holder IDN is an actor with no mention
	{"tni al tangkap", "TNI AL menangkap kapal tanker berbendera asing di perairan Batam.", "idn-navy", "", false, true},
	{"kodim subject", "Kodim 0501/Jakarta Pusat menyiagakan 300 prajurit untuk pengamanan unjuk rasa.", "", "", false, false},

	// Armed groups.
	{"tpnpb opm klaim", "TPNPB-OPM mengklaim bertanggung jawab atas penembakan pesawat di Yahukimo.", "opm", "", false, false},
	{"jubir tpnpb", "Juru bicara TPNPB-OPM Sebby Sambom mengatakan pihaknya menyandera pilot tersebut.", "sebby-sambom opm", "", false, false},
	{"kkb pimpinan", "KKB pimpinan Egianus Kogoya membakar sekolah di Distrik Paro.", "opm egianus-kogoya", "", false, false},
	{"kkb alone", "KKB menembak seorang tukang ojek di Kabupaten Puncak.", "opm", "", false, false},
	{"kelompok pimpinan", "Kelompok bersenjata pimpinan Undius Kogoya menyerang pos polisi di Intan Jaya.", "undius-kogoya", "", false, false},
	{"mit poso", "Sisa anggota Mujahidin Indonesia Timur masih diburu di pegunungan Poso.", "mujahidin-indonesia-timur", "", false, false},
	{"jad terduga", "Terduga teroris jaringan JAD ditangkap di Bekasi menjelang Natal.", "jamaah-ansharut-daulah", "", false, false},
	{"kst", "Aparat gabungan memburu anggota KST yang menembak warga sipil di Teluk Bintuni.", "opm", "", false, false},

	// Foreign forces in Indonesian.
	// known: the state inside a body's name ('militer Israel') is no actor of its own, the convention of the Indonesian title grids
	{"militer israel juru bicara", "Juru bicara militer Israel Laksamana Muda Daniel Hagari mengatakan serangan itu menargetkan komandan Hamas.", "daniel-hagari ISR hamas", "", false, true},
	// known: the state inside a body's name ('Angkatan Darat Thailand') is no actor of its own, the convention of the Indonesian title grids
	{"panglima ad thailand", "Panglima Angkatan Darat Thailand Jenderal Pana Claewplodtook memerintahkan pasukan siaga di perbatasan Kamboja.", "pana-claewplodtook tha-army THA KHM", "", false, true},
	// known: the arrest's source, the Philippine police, is coded PHL/COP and lists PHL, an actor with no mention
	{"kepolisian filipina", "Kepolisian Nasional Filipina menangkap tersangka penculikan warga Indonesia di Sulu.", "phl-police IDN", "PHL", false, true},
	// known: the detention's source, the Malaysian police, is coded MYS/COP and lists MYS, an actor with no mention
	{"polis diraja malaysia", "Polis Diraja Malaysia menahan 12 pekerja migran Indonesia di Johor.", "mys-police IDN", "MYS", false, true},
	// known: the attack's source, the Myanmar military, is coded MMR/MIL and lists MMR, an actor with no mention
	{"junta myanmar", "Militer Myanmar melancarkan serangan udara ke sebuah desa di Sagaing.", "mmr-armed-forces", "MMR", false, true},
	// known: 'Tentara AS' gives usa-armed-forces (not usa-army), and the joint exercise lists IDN, a state with no mention
	{"tentara as", "Tentara AS menggelar latihan Super Garuda Shield bersama TNI di Baturaja.", "usa-army USA idn-armed-forces", "", false, true},

	// No actor: ranks with no name, generic forces and crews.
	{"kapolsek setempat", "Kapolsek setempat mengatakan kebakaran diduga dipicu korsleting listrik.", "", "", true, false},
	{"seorang anggota brigadir", "Seorang brigadir polisi terluka saat mengamankan unjuk rasa.", "", "", true, false},
	{"petugas gabungan", "Petugas gabungan menyisir hutan untuk mencari pendaki yang hilang.", "", "", true, false},
	{"tim sar gabungan", "Tim SAR gabungan menemukan korban ketiga dalam keadaan meninggal dunia.", "", "", true, false},
	{"prajurit gugur tanpa nama", "Dua prajurit gugur dan satu lainnya luka-luka dalam penyerangan itu.", "", "", true, false},
	{"danramil tanpa nama", "Danramil dan Kapolsek turun langsung membantu warga membersihkan lumpur.", "", "", true, false},
	{"kelompok bersenjata generik", "Kelompok bersenjata membakar dua rumah guru di kampung itu.", "", "", true, false},
	{"warga mengungsi", "Ratusan warga mengungsi ke halaman gereja setelah terdengar rentetan tembakan.", "", "", true, false},
	{"komandan tanpa nama", "Komandan batalyon memerintahkan anak buahnya bertahan di pos.", "", "", true, false},
	{"pelaku ditembak generic", "Pelaku penembakan melarikan diri ke hutan setelah merampas senjata.", "", "", true, false},

	// Absent: a rank or a place is never a person.
	{"rank alone pangdam", "Pangdam Mayjen TNI menyatakan siap menambah pasukan.", "", "mayjen-tni", false, false},
	{"jenderal bintang", "Seorang jenderal bintang dua diperiksa terkait kasus pengadaan senjata.", "", "", true, false},
	{"place not person ilaga", "Rentetan tembakan terdengar di Ilaga sejak Minggu pagi.", "", "ilaga", true, false},
	{"distrik not person", "Warga Distrik Kiwirok mengungsi ke Oksibil setelah puskesmas dibakar.", "", "kiwirok oksibil", true, false},
	// Second batch (annotated before the extractor ran on it).
	{"b2 danlanal kolonel laut", "Danlanal Bintan Kolonel Laut (P) Hendri Lubis mengatakan kapal itu membawa 30 pekerja migran.", "hendri-lubis", "", false, false},
	{"b2 danlantamal laksma", "Komandan Lantamal IV Batam Laksma TNI Berny Manurung menyerahkan tersangka ke Bea Cukai.", "berny-manurung", "", false, false},
	{"b2 lalu kalaksa", "Kepala Pelaksana BPBD Lombok Timur Lalu Ahmad Fauzan mengatakan 200 rumah rusak.", "lalu-ahmad-fauzan bpbd-lombok-timur", "", false, false},
	{"b2 baiq", "Baiq Nurul Hidayah, warga Desa Sembalun, hilang saat mendaki Rinjani.", "baiq-nurul-hidayah", "", false, false},
	{"b2 gerombolan pimpinan", "Gerombolan bersenjata pimpinan Lamek Taplo menembak seorang guru di Kiwirok.", "lamek-taplo", "", false, false},
	{"b2 sindikat pimpinan", "Sindikat narkoba pimpinan Fredy Pratama mengendalikan peredaran sabu dari Thailand.", "fredy-pratama THA", "", false, false},
	{"b2 pimpinan kpk body", "Pimpinan KPK menggelar rapat dengan Komisi III DPR.", "idn-kpk idn-dpr", "", false, false},
	{"b2 prajurit marinir", "Prajurit Korps Marinir TNI AL mengevakuasi warga di Jakarta Utara.", "idn-marines", "", false, false},
	{"b2 kapolresta kombes pol", "Kapolresta Mataram Kombes Pol. Hendro Purwoko mengatakan pelaku ditangkap di Ampenan.", "hendro-purwoko", "", false, false},
	{"b2 kasat narkoba", "Kasat Narkoba Polres Jakarta Barat AKBP Ahmad Sulaiman mengatakan barang bukti berupa 5 kilogram sabu.", "ahmad-sulaiman polres-jakarta-barat", "", false, false},
	{"b2 danyon yonif", "Danyon Yonif 753/Arga Vira Tama Letkol Inf Suharman memimpin patroli di Nabire.", "suharman", "", false, false},
	{"b2 pangkoarmada laksda", "Pangkoarmada II Laksda TNI Bambang Wicaksono memimpin latihan di Laut Jawa.", "bambang-wicaksono", "", false, false},
	{"b2 bharada none", "Seorang Bharada tewas ditembak rekannya di asrama polisi.", "", "", true, false},
	{"b2 kapolres dandim setempat", "Kapolres dan Dandim setempat langsung mendatangi lokasi kejadian.", "", "", true, false},
	// known: the attack's target, TNI soldiers, is coded IDN/MIL and lists IDN, a state with no mention
	{"b2 tpnpb tembak", "TPNPB mengaku menembak mati dua anggota TNI di Distrik Sugapa.", "opm idn-armed-forces", "", false, true},
	{"b2 jubir satgas cartenz", "Juru bicara Satgas Damai Cartenz AKBP Bayu Suseno mengatakan dua anggota KKB tewas.", "bayu-suseno opm", "", false, false},
	{"b2 bpbd kota ambon", "BPBD Kota Ambon mencatat 1.200 warga mengungsi akibat gempa.", "bpbd-kota-ambon", "", false, false},
	{"b2 tim sar list", "Tim SAR gabungan dari Basarnas, TNI, dan Polri mencari korban longsor di Bandung Barat.", "idn-basarnas idn-armed-forces idn-police", "", false, false},
	{"b2 lettu gugur", "Lettu Inf Rudi Hartanto gugur saat menyelamatkan warga dari banjir.", "rudi-hartanto", "", false, false},
	{"b2 peltu serka", "Peltu Sugeng Riyadi dan Serka Made Sudarma mendapat kenaikan pangkat luar biasa.", "sugeng-riyadi made-sudarma", "", false, false},
}

// securityPlaceRows are Indonesian rows whose place of the incident must
// be read (the name grids judge no place): a regency, a province or a
// town named after "di", "Kabupaten", "Distrik".
var securityPlaceRows = []struct{ name, text, place string }{
	{"place kabupaten nduga", "Dua warga sipil tewas ditembak di Kabupaten Nduga, Papua Pegunungan.", "nduga"},
	{"place intan jaya", "Kontak tembak kembali terjadi di Intan Jaya pada Rabu malam.", "intan-jaya"},
	{"place cianjur gempa", "Gempa bermagnitudo 4,8 mengguncang Kabupaten Cianjur dan sekitarnya.", "kabupaten-cianjur"},
	{"place poso", "Satgas Madago Raya menyisir hutan di pegunungan Poso.", "poso"},
	{"place sukoharjo", "Densus 88 menggeledah rumah terduga teroris di Sukoharjo, Jawa Tengah.", "kabupaten-sukoharjo"},
	{"place yahukimo", "Pesawat perintis ditembaki saat mendarat di Bandara Dekai, Yahukimo.", "kabupaten-yahukimo"},
	// Second batch (annotated before the extractor ran on it).
	{"b2 place agam", "Banjir bandang melanda Kabupaten Agam, Sumatera Barat, pada Jumat dini hari.", "kabupaten-agam"},
	{"b2 place sugapa intan jaya", "Dua tukang ojek ditemukan tewas di Sugapa, Intan Jaya.", "intan-jaya"},
}

// TestSecurityGrid runs the Indonesian security rows and the place rows:
// 66 of 83 name rows and 6 of 6 place rows passed before any rule, 70 of
// 83 after the first rules; of the second batch (20 name rows, 2 place
// rows, annotated after the first rules, before the extractor ran on them)
// 18 and 2 passed, 19 and 2 after the group-leader rule reached two words
// back ("sindikat narkoba pimpinan"): 89 of 103 and 8 of 8. Two rows were
// found mis-annotated against the project's id conventions after the first
// run and kept, marked known with the reason (polresta, Jr.). Merged with
// the general Indonesian grid, whose facility rule wants a capitalized word
// after "RS": 90 of 103.
func TestSecurityGrid(t *testing.T) {
	runNameGridOn(t, securityGridRows, 103, "2025-11-15")
	x := extractor(t)
	pass, failKnown := 0, 0
	for _, c := range securityPlaceRows {
		t.Run(c.name, func(t *testing.T) {
			d, err := x.Article(context.Background(), Input{Text: c.text, Lang: "id", Published: "2025-11-15"})
			if err != nil {
				t.Fatal(err)
			}
			var probs []string
			found := false
			var got []string
			for _, a := range d.Actors {
				if a.Kind == facts.KindPlace {
					got = append(got, a.ID)
					found = found || a.ID == c.place
				}
			}
			if !found {
				probs = append(probs, "no place "+c.place+" in "+strings.Join(got, " "))
			}
			judgeRow(t, false, probs, &pass, &failKnown)
		})
	}
	t.Logf("%d place rows: %d pass", len(securityPlaceRows), pass)
}

// TestSecurityGridEnglish checks English security and disaster news on
// sentences written for the test, annotated before the extractor ran on
// them: abbreviated ranks before a name ("Lt. Gen.", "Maj. Gen.", "Col.",
// "Insp. Gen.", "Adm."), Indonesian police and military units in English,
// Papuan armed groups, foreign forces, places of incidents, and rows with
// no actor. Columns as in TestEnglishWireGrid (nameProblems). 35 of 35
// passed before any rule; of the second batch of 10, 7 passed, 8 after
// "led by" (43 of 45).
func TestSecurityGridEnglish(t *testing.T) {
	x := extractor(t)
	rows := []wireGridRow{
		{"lt gen spokesman", "Lt. Gen. Ahmed Sharif Chaudhry told reporters that the army had shot down five drones.", []string{"ahmed-sharif-chaudhry/person"}, nil, false, false},
		{"maj gen name", "Maj. Gen. Pat Ryder, the Pentagon press secretary, said no U.S. troops were injured.", []string{"pat-ryder/person", "usa-defense-ministry"}, nil, false, false},
		{"col name army spokesman", "Army spokesman Col. Louie Dema-ala said the soldiers were ambushed in Maguindanao.", []string{"louie-dema-ala/person"}, nil, false, false},
		{"insp gen papua police", "Papua police chief Insp. Gen. Patrige Renwarin said the officers were shot while guarding an airstrip.", []string{"patrige-renwarin/person/IDN"}, nil, false, false},
		{"brig gen", "Brig. Gen. Wahyu Yudhayana, the army's spokesman, denied that soldiers had tortured the detainee.", []string{"wahyu-yudhayana/person"}, nil, false, false},
		{"gen joint chiefs", "Gen. Dan Caine, chairman of the Joint Chiefs of Staff, briefed lawmakers on the strikes.", []string{"dan-caine/person"}, nil, false, false},
		{"rear adm", "Rear Adm. Daniel Hagari said the military had struck more than 40 targets overnight.", []string{"daniel-hagari/person"}, nil, false, false},
		{"adm name navy chief", "Navy chief Adm. Muhammad Ali said the warships would patrol the Natuna Sea.", []string{"muhammad-ali/person"}, nil, false, false},
		{"police chief gen pnp", "Philippine National Police chief Gen. Rommel Marbil ordered the arrest of the suspects.", []string{"rommel-marbil/person", "phl-police/agency/PHL"}, nil, false, false},
		{"thai army chief", "Thai army chief Gen. Pana Claewplodtook said troops would stay at the border.", []string{"pana-claewplodtook/person", "tha-army/military/THA"}, nil, false, false},
		{"col spokesman indonesian military", "Indonesian military spokesman Col. Candra Kurniawan said the rebels had attacked a road crew.", []string{"candra-kurniawan/person"}, nil, false, false},
		{"police spokesman apposition", "Papua police spokesman Ignatius Benny Ady Prabowo said two officers were wounded.", []string{"ignatius-benny-ady-prabowo/person"}, nil, false, false},

		// Units and bodies.
		{"densus english", "Indonesia's counterterrorism squad Densus 88 arrested five suspected militants in Central Sulawesi.", []string{"idn-densus-88", "IDN"}, nil, false, false},
		{"basarnas english", "The National Search and Rescue Agency said divers had recovered four bodies from the ferry.", []string{"idn-basarnas/agency/IDN"}, nil, false, false},
		{"bakamla english", "Indonesia's maritime security agency Bakamla shadowed a Chinese coast guard vessel near Natuna.", []string{"idn-coast-guard", "chn-coast-guard", "IDN"}, nil, false, false},
		{"bmkg english quake", "The Meteorology, Climatology and Geophysics Agency said the magnitude 6.1 quake struck off Sarmi.", []string{"idn-bmkg/agency/IDN"}, nil, false, false},
		{"tni english", "The Indonesian military (TNI) deployed 1,000 troops to help flood victims in Aceh.", []string{"idn-armed-forces/military/IDN"}, nil, false, false},
		{"brimob english", "Members of the police mobile brigade, Brimob, fired tear gas at protesters in Jakarta.", []string{"idn-brimob"}, nil, false, false},
		{"kopassus english", "The army's special forces unit Kopassus was sent to Papua after the attack.", []string{"idn-kopassus"}, nil, false, false},

		// Armed groups.
		{"tpnpb english", "The West Papua National Liberation Army claimed responsibility for the killing of four soldiers.", []string{"opm/armed_group"}, nil, false, false},
		{"opm english", "The Free Papua Movement has waged a low-level insurgency since the 1960s.", []string{"opm"}, nil, false, false},
		{"rebel leader", "Rebel commander Egianus Kogoya released the New Zealand pilot after 19 months.", []string{"egianus-kogoya/person", "NZL"}, nil, false, false},
		{"tpnpb spokesman", "TPNPB spokesman Sebby Sambom said the group would keep fighting.", []string{"sebby-sambom/person", "opm"}, nil, false, false},
		{"abu sayyaf", "The Philippine military said Abu Sayyaf militants had abducted three fishermen off Sulu.", []string{"phl-armed-forces", "abu-sayyaf"}, nil, false, false},

		// Places of incidents.
		{"place intan jaya english", "Two soldiers were killed in a firefight in Intan Jaya regency on Tuesday.", []string{"intan-jaya/place"}, nil, false, false},
		{"place nduga english", "Rebels set fire to a school in Nduga, a remote highland regency.", []string{"nduga/place"}, nil, false, false},
		{"place cianjur english", "The earthquake flattened hundreds of homes in Cianjur, West Java.", []string{"kabupaten-cianjur/place"}, nil, false, false},
		{"place poso english", "Security forces hunted the last members of the militant cell in the jungles of Poso.", []string{"poso/place"}, nil, false, false},

		// No actor or no wrong actor.
		{"unnamed officer", "A police officer was stabbed while on patrol in the provincial capital.", nil, nil, true, false},
		{"rescuers generic", "Rescuers used excavators and bare hands to search for survivors under the mud.", nil, nil, true, false},
		{"soldiers killed generic", "Three soldiers were killed and two wounded when their convoy was ambushed.", nil, nil, true, false},
		{"rank alone general", "A general said on condition of anonymity that the offensive would continue.", nil, nil, true, false},
		{"gunmen generic", "Unidentified gunmen opened fire on a construction crew building a bridge.", nil, nil, true, false},
		{"colonel not person", "The colonel in charge of the unit was relieved of his command.", nil, []string{"colonel"}, true, false},
		{"sgt initials no state", "Sgt. Ryan Hale was among the wounded, the Army said.", []string{"ryan-hale/person"}, []string{"USA/state"}, false, false},
		// Second batch (annotated before the extractor ran on it).
		{"b2 lt col", "Lt. Col. Ayub Akbar, the army's spokesman in Papua, said the rebels had burned a school.", []string{"ayub-akbar/person"}, nil, false, false},
		{"b2 maj gen regional commander", "Maj. Gen. Izak Pangemanan, the regional military commander in Papua, said troops had been reinforced.", []string{"izak-pangemanan/person"}, nil, false, false},
		{"b2 indonesian marines", "Indonesian Marines evacuated hundreds of residents in North Jakarta.", []string{"idn-marines/military/IDN"}, nil, false, false},
		{"b2 rebels led by", "Rebels led by Egianus Kogoya have held the pilot since February 2023.", []string{"egianus-kogoya/person"}, nil, false, false},
		{"b2 gang led by", "A gang led by Lamek Taplo attacked a health clinic in Kiwirok.", []string{"lamek-taplo/person"}, nil, false, false},
		{"b2 basarnas agency", "The Basarnas search and rescue agency said the boat capsized off Lombok.", []string{"idn-basarnas"}, nil, false, false},
		{"b2 officers wounded", "Two officers were wounded, the police said.", nil, nil, true, false},
		// known: annotation: the project keeps 'Jr.' in a person's id (ferdinand-marcos-jr), so romeo-brawner-jr is right
		{"b2 afp chief", "Gen. Romeo Brawner Jr., chief of the Armed Forces of the Philippines, visited the troops.", []string{"romeo-brawner/person", "phl-armed-forces"}, nil, false, true},
		{"b2 police in poso", "Police in Poso said the militants were hiding in the mountains.", []string{"poso/place"}, nil, false, false},
		// known: 'Miles' is an ordinary word, so 'Jordan Miles' after the rank reads as the state and a surname
		{"b2 lance corporal", "Lance Cpl. Jordan Miles was killed when the vehicle struck a mine.", []string{"jordan-miles/person"}, nil, false, true},
	}
	runWireGrid(t, x, rows, "2025-11-15")
}
