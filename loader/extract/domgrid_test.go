package extract

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/geokg/kg/loader/facts"
)

// domGridRow is one sentence of TestDomesticGrid: the actors it names,
// each "id/kind/country" ("id/kind" where the text gives no country),
// written down before the extractor ran on it. Places are not scored.
type domGridRow struct {
	name, text string
	want       []string
}

// TestDomesticGrid checks the actors of Indonesian domestic news (politics,
// law, security, economy, disasters, the regions) on sentences written for
// the test in the style of Kompas, Antara, Detik and Tempo reports, never
// copied from a data set, annotated before the extractor ran on them:
// officials with police and military ranks and regional offices (Kapolda,
// Kapolres, AKBP, Kombes, Brigjen TNI, Danrem, Pangdam, Bupati, Wali Kota,
// Gubernur, Camat, Kades, Kajati, Kajari, hakim, jaksa, members of the DPR
// and the DPRD with their party and commission); the ministries and
// agencies of the 2024-2029 cabinet under their current and older names and
// abbreviations; parties; regional governments, police, prosecutors,
// courts and military commands; state companies; civil-society
// organizations; ordinary people with their age and role; and sentences
// whose lower-case generic words name no actor. Ids are the gazetteer's
// where it holds the entity, else the slug the extractor's conventions
// give (a person's name as written without title; a regional body's type
// and region: polres-bogor, kejati-jawa-barat). A row must give exactly
// the wanted actors other than places: a missing one costs recall, an
// unwanted one precision. Rows that still fail are in domGridKnown, with
// the reason, and must keep failing until fixed.
func TestDomesticGrid(t *testing.T) {
	runDomGrid(t, domGridRows, domGridKnown, "2025-06-01")
}

// runDomGrid runs Indonesian rows under the article date published: each
// row must give exactly its wanted actors (domGridProblems); a row of
// knownRows must fail, with the reason given, until a rule fixes it and it
// is taken off.
func runDomGrid(t *testing.T, rows []domGridRow, knownRows map[string]string, published string) {
	t.Helper()
	x := extractor(t)
	names := map[string]bool{}
	pass, failKnown := 0, 0
	for _, r := range rows {
		if names[r.name] {
			t.Fatalf("two rows are named %q", r.name)
		}
		names[r.name] = true
		t.Run(r.name, func(t *testing.T) {
			d, err := x.Article(context.Background(), Input{Text: r.text, Lang: "id", Published: published})
			if err != nil {
				t.Fatal(err)
			}
			probs := domGridProblems(d.Actors, r.want)
			why, known := knownRows[r.name]
			switch {
			case known && len(probs) == 0:
				t.Errorf("known failure (%s) passes now: drop it from the known rows", why)
			case known:
				failKnown++
				t.Logf("known failure (%s): %v", why, probs)
			case len(probs) > 0:
				for _, p := range probs {
					t.Error(p)
				}
			default:
				pass++
			}
		})
	}
	for name := range knownRows {
		if !names[name] {
			t.Errorf("known failure %q is no row of the grid", name)
		}
	}
	t.Logf("%d rows: %d pass, %d known failures", len(rows), pass, failKnown)
}

// domGridProblems says how actors differ from want: a wanted actor missing
// or of another kind or country (a state has none: its id is its code), an
// actor other than a place not wanted. An actor with no mention (a state
// listed because its body or leader takes part in an event as the state)
// is not counted: the text does not name it.
func domGridProblems(actors []facts.Actor, want []string) []string {
	var probs, all []string
	byID := map[string]facts.Actor{}
	for _, a := range actors {
		byID[a.ID] = a
		all = append(all, a.ID+"/"+string(a.Kind)+"/"+a.Country)
	}
	sort.Strings(all)
	wanted := map[string]bool{}
	for _, w := range want {
		f := strings.Split(w, "/")
		wanted[f[0]] = true
		a, ok := byID[f[0]]
		switch {
		case !ok:
			probs = append(probs, fmt.Sprintf("no actor %s; got %v", w, all))
		case len(f) > 1 && string(a.Kind) != f[1]:
			probs = append(probs, fmt.Sprintf("%s is %s, want %s; got %v", f[0], a.Kind, f[1], all))
		case len(f) > 2 && a.Kind != facts.KindState && a.Country != f[2]:
			probs = append(probs, fmt.Sprintf("%s has country %q, want %q", f[0], a.Country, f[2]))
		}
	}
	for _, a := range actors {
		if a.Kind != facts.KindPlace && !wanted[a.ID] && len(a.Mentions) > 0 {
			probs = append(probs, fmt.Sprintf("unwanted actor %s/%s/%s; got %v", a.ID, a.Kind, a.Country, all))
		}
	}
	return probs
}

// domGridKnown are the rows of TestDomesticGrid the extractor still fails,
// with the reason.
var domGridKnown = map[string]string{
	"densus 88":              "'Densus 88 Antiteror Polri': the parent body's name closing a body's name (Polri) is read as a second actor",
	"kompolnas":              "'Propam Polri' (the police's internal affairs division) is in no list, and its Polri is read as the police",
	"panglima tni known":     "the body inside an office's title is kept ('Panglima TNI', as 'Ketua DPR'); the row reads the office as a title alone",
	"kapuspen brigjen tni":   "the body inside an office's title is kept ('Kapuspen TNI'); the row reads the office as a title alone",
	"pangdam mayjen":         "a foreign place's name inside a person's name ends it ('Rafael Granada Baay': Granada)",
	"kostrad":                "'Mohamad Hasan' is the gazetteer's Malaysian minister; a home rank before the name does not make another person of it",
	"tni al lantamal":        "'Komandan Lantamal V': an unknown command's name with a Roman numeral after a title is read as a name",
	"gubernur surname later": "BPBD alone, with no region after it, makes no regional body",
	"pt short court":         "'PT Jakarta' (the High Court) is read as a company after its legal form",
	"ma alone":               "MA alone is no actor (TestBodyGridNot: 'MA menolak kasasi itu'); only 'Mahkamah Agung' is",
	"kasi intel kejari":      "Medan is a known place only as 'Kota Medan' (medan is an ordinary word), so the regional body and the name after it are not told apart",
	"anggota dpd":            "DPD alone is no short form of the senate (it is also a party's regional board: 'DPD Partai Golkar')",
	"menag":                  "'UIN Jakarta' (a university) is not read as an organization, and its Jakarta stands for the state",
	"kkp":                    "'berbendera Vietnam': the flag state of a ship is listed as an actor; the row does not count it",
	"menteri atr known":      "the body inside an office's title is kept ('Menteri ATR/Kepala BPN'); the row reads the office as a title alone",
	"dkpp":                   "'ketua KPU kabupaten itu': the national KPU is named for a regency's commission",
	"pt kai":                 "'PT KAI Daop 1 Jakarta': the company's operating region is read as part of a longer company name",
	"direktur lbh":           "the organization made after the title rules ('LBH Padang') gives its person no country, and gets none from its place",
	"tersangka initials":     "'Polisi' opening the sentence is the home state's police; the row reads it as generic",
	"ojk bi lps":             "'Komite Stabilitas Sistem Keuangan' (KSSK) is a real body the extractor finds; the row left it out",
	"presiden lantik":        "'di Istana Negara' after a preposition of place is the palace as a place, not the presidency",
}

var domGridRows = []domGridRow{
	// Police officials with ranks and regional police.
	{"kapolda metro irjen", "Kapolda Metro Jaya Irjen Karyoto memimpin apel pengamanan malam tahun baru di Monas.", []string{"karyoto/person/IDN"}},
	{"kapolres akbp", "Kapolres Bogor AKBP Rio Wahyu Anggoro mengatakan pelaku ditangkap di rumahnya.", []string{"rio-wahyu-anggoro/person/IDN"}},
	{"kabid humas polda kombes", "Kabid Humas Polda Jawa Timur Kombes Jules Abraham Abast membenarkan penangkapan tersebut.", []string{"jules-abraham-abast/person/IDN", "polda-jawa-timur/agency/IDN"}},
	{"kombes pol comma name", "Direktur Reserse Kriminal Umum Polda Metro Jaya, Kombes Pol Wira Satya Triputra, mengatakan pihaknya masih memburu dua pelaku lain.", []string{"wira-satya-triputra/person/IDN", "polda-metro-jaya/agency/IDN"}},
	{"polres metro subject", "Polres Metro Jakarta Selatan menangkap tiga orang yang diduga terlibat tawuran.", []string{"polres-metro-jakarta-selatan/agency/IDN"}},
	{"polresta object", "Warga melaporkan kasus penipuan itu ke Polresta Malang Kota pada Senin (12/5/2025).", []string{"polres-malang-kota/agency/IDN"}},
	{"kapolsek akp", "Kapolsek Cibinong AKP Wahyu Hidayat mengatakan korban mengalami luka di kepala.", []string{"wahyu-hidayat/person/IDN"}},
	{"kasat reskrim akp", "Kasat Reskrim Polres Bekasi AKP Bambang Sugiarto menyebut motif pelaku adalah dendam.", []string{"bambang-sugiarto/person/IDN", "polres-bekasi/agency/IDN"}},
	{"kapolri known", "Kapolri Jenderal Listyo Sigit Prabowo memerintahkan jajarannya menindak tegas pelaku judi daring.", []string{"listyo-sigit-prabowo/person/IDN"}},
	{"kadiv humas polri", "Kadiv Humas Polri Irjen Sandi Nugroho mengatakan Polri akan transparan dalam penanganan kasus tersebut.", []string{"sandi-nugroho/person/IDN", "idn-police/agency/IDN"}},
	{"densus 88", "Densus 88 Antiteror Polri menangkap seorang terduga teroris di Sukoharjo, Jawa Tengah.", []string{"idn-densus-88/agency/IDN"}},
	{"bareskrim polri", "Bareskrim Polri menetapkan pemilik pabrik obat ilegal itu sebagai tersangka.", []string{"idn-bareskrim/agency/IDN"}},
	{"kabareskrim komjen", "Kabareskrim Polri Komjen Wahyu Widada menyebut nilai kerugian mencapai Rp 2 triliun.", []string{"wahyu-widada/person/IDN", "idn-police/agency/IDN"}},
	{"dirtipidsiber brigjen", "Direktur Tindak Pidana Siber Bareskrim Polri Brigjen Himawan Bayu Aji mengatakan situs itu diblokir.", []string{"himawan-bayu-aji/person/IDN", "idn-bareskrim/agency/IDN"}},
	{"polda sumut subject", "Polda Sumatera Utara mengerahkan 500 personel untuk mengamankan pilkada.", []string{"polda-sumatera-utara/agency/IDN"}},
	{"kepolisian daerah spelled", "Kepolisian Daerah Papua menyatakan situasi di Intan Jaya kembali kondusif.", []string{"polda-papua/agency/IDN"}},
	{"ipda in list", "Ipda Agus Salim dan Bripka Dedi Kurniawan terluka saat mengamankan unjuk rasa.", []string{"agus-salim/person/IDN", "dedi-kurniawan/person/IDN"}},
	{"brimob", "Personel Brimob Polda Maluku diterjunkan ke lokasi bentrokan antarwarga di Tual.", []string{"idn-brimob/agency/IDN", "polda-maluku/agency/IDN"}},
	{"kapolres surname later", "Kapolres Garut AKBP Mochamad Fajar Gemilang mengatakan pihaknya telah memeriksa enam saksi. Fajar menambahkan, pelaku terancam hukuman 15 tahun penjara.", []string{"mochamad-fajar-gemilang/person/IDN"}},
	{"polrestabes", "Polrestabes Semarang membubarkan balap liar di Jalan Pemuda pada Minggu dini hari.", []string{"polres-semarang/agency/IDN"}},
	{"kapolresta name", "Kapolresta Pekanbaru Kombes Jeki Rahmat Mustika mengimbau warga tidak terpancing isu.", []string{"jeki-rahmat-mustika/person/IDN"}},
	{"polisi lower generic", "Sejumlah warga melapor ke polisi setelah rumah mereka dibobol maling.", nil},
	{"kompolnas", "Kompolnas meminta Propam Polri memeriksa anggota yang menembak pelajar di Semarang.", []string{"idn-kompolnas/agency/IDN", "propam-polri/agency/IDN"}},
	{"wakapolda brigjen", "Wakapolda Jawa Barat Brigjen Pol Adi Vivid Agustiadi Bachtiar meninjau pos pengamanan mudik.", []string{"adi-vivid-agustiadi-bachtiar/person/IDN"}},
	{"satpol pp", "Satpol PP Kota Bandung menertibkan pedagang kaki lima di kawasan Alun-alun.", []string{"idn-satpol-pp/agency/IDN"}},

	// Military officials and commands.
	{"panglima tni known", "Panglima TNI Jenderal Agus Subiyanto meresmikan tujuh Kodam baru di Jakarta.", []string{"agus-subiyanto/person/IDN"}},
	{"kapuspen brigjen tni", "Kapuspen TNI Brigjen TNI Kristomei Sianturi mengatakan prajurit yang terlibat akan diproses hukum.", []string{"kristomei-sianturi/person/IDN"}},
	{"pangdam mayjen", "Pangdam Jaya Mayjen TNI Rafael Granada Baay meninjau lokasi banjir di Jakarta Timur.", []string{"rafael-granada-baay/person/IDN"}},
	{"danrem kolonel", "Danrem 061/Suryakancana Kolonel Inf Ahmad Fauzi memimpin upacara di Bogor.", []string{"ahmad-fauzi/person/IDN"}},
	{"kodam iskandar muda", "Kodam Iskandar Muda mengirim 300 prajurit untuk membantu korban banjir di Aceh Tamiang.", []string{"kodam-iskandar-muda/military/IDN"}},
	{"tni ad subject", "TNI AD membantah prajuritnya terlibat penganiayaan warga di Papua.", []string{"idn-army/military/IDN"}},
	{"tni al object", "Kapal nelayan asing itu ditangkap TNI AL di perairan Natuna.", []string{"idn-navy/military/IDN"}},
	{"tni au pesawat", "TNI AU mengerahkan pesawat Hercules untuk mengangkut logistik ke Palu.", []string{"idn-air-force/military/IDN"}},
	{"ksad known", "KSAD Jenderal TNI Maruli Simanjuntak menyebut penambahan batalion untuk ketahanan pangan.", []string{"maruli-simanjuntak/person/IDN"}},
	{"kasal laksamana", "Kasal Laksamana TNI Muhammad Ali menghadiri peluncuran kapal perang baru di Surabaya.", []string{"muhammad-ali/person/IDN"}},
	{"kopassus", "Prajurit Kopassus dikerahkan untuk mengevakuasi korban longsor di Pekalongan.", []string{"idn-kopassus/military/IDN"}},
	{"kostrad", "Pangkostrad Letjen TNI Mohamad Hasan menerima kunjungan Komisi I DPR di Markas Kostrad.", []string{"mohamad-hasan/person/IDN", "idn-dpr/legislature/IDN", "idn-kostrad/military/IDN"}},
	{"dandim letkol", "Dandim 0618/Kota Bandung Letkol Inf Hendra Gunawan mengatakan TNI siap membantu pemda.", []string{"hendra-gunawan/person/IDN", "idn-armed-forces/military/IDN"}},
	{"tni full name", "Tentara Nasional Indonesia mengirim satgas kesehatan ke Gaza.", []string{"idn-armed-forces/military/IDN"}},
	{"prajurit lower", "Seorang prajurit tewas dalam kontak tembak dengan kelompok bersenjata di Puncak.", nil},
	{"tni al lantamal", "Komandan Lantamal V Laksamana Pertama TNI Ali Imron mengatakan sabu itu diselundupkan dari Malaysia.", []string{"ali-imron/person/IDN", "MYS/state/MYS"}},
	{"kodam siliwangi numbered", "Kodam III/Siliwangi menggelar latihan penanggulangan bencana di Garut.", []string{"kodam-iii-siliwangi/military/IDN"}},
	{"korem", "Korem 172/Praja Wira Yakthi mengirim pasukan ke Kabupaten Nduga.", []string{"korem-172-praja-wira-yakthi/military/IDN"}},
	{"pomdam", "Polisi Militer Kodam Jaya menahan dua prajurit yang terlibat pengeroyokan.", []string{"kodam-jaya/military/IDN"}},
	{"tni generic lower", "Aparat gabungan TNI dan Polri berjaga di sekitar gedung dewan.", []string{"idn-armed-forces/military/IDN", "idn-police/agency/IDN"}},
	{"marsekal ksau", "KSAU Marsekal TNI Tonny Harjono meninjau Lanud Halim Perdanakusuma.", []string{"tonny-harjono/person/IDN"}},

	// Regional heads and officials.
	{"bupati name", "Bupati Bogor Rudy Susmanto meminta warga di bantaran sungai waspada.", []string{"rudy-susmanto/person/IDN"}},
	{"wali kota name", "Wali Kota Surabaya Eri Cahyadi menutup sementara tempat hiburan malam itu.", []string{"eri-cahyadi/person/IDN"}},
	{"walikota one word", "Walikota Medan Rico Waas meninjau proyek drainase di Jalan Sisingamangaraja.", []string{"rico-waas/person/IDN"}},
	{"gubernur known", "Gubernur Jawa Barat Dedi Mulyadi melarang sekolah menggelar study tour.", []string{"dedi-mulyadi/person/IDN"}},
	{"gubernur dki known", "Gubernur DKI Jakarta Pramono Anung meresmikan rusun di Jakarta Utara.", []string{"pramono-anung/person/IDN"}},
	{"gubernur unknown comma", "Gubernur Nusa Tenggara Timur, Emanuel Melkiades Laka Lena, menetapkan status tanggap darurat.", []string{"emanuel-melkiades-laka-lena/person/IDN"}},
	{"wakil gubernur", "Wakil Gubernur Jawa Tengah Taj Yasin Maimoen menghadiri haul di Rembang.", []string{"taj-yasin-maimoen/person/IDN"}},
	{"wakil bupati", "Wakil Bupati Sleman Danang Maharsa mengecek kesiapan tempat pemungutan suara.", []string{"danang-maharsa/person/IDN"}},
	{"camat", "Camat Cisarua Ahmad Rifai mengatakan 12 rumah rusak akibat angin kencang.", []string{"ahmad-rifai/person/IDN"}},
	{"kades", "Kades Sukamaju Dadang Suryana ditahan karena menyelewengkan dana desa.", []string{"dadang-suryana/person/IDN"}},
	{"kepala desa comma", "Kepala Desa Karangrejo, Suwarno, mengatakan air mulai surut pada sore hari.", []string{"suwarno/person/IDN"}},
	{"sekda", "Sekda Kabupaten Bandung Cakra Amiyana memastikan gaji honorer dibayar bulan ini.", []string{"cakra-amiyana/person/IDN"}},
	{"pj bupati", "Pj Bupati Pati Henggar Budi Anggoro meminta warga tidak panik.", []string{"henggar-budi-anggoro/person/IDN"}},
	{"lurah", "Lurah Kampung Melayu, Setiawan, mengatakan 300 warga mengungsi ke masjid.", []string{"setiawan/person/IDN"}},
	{"gubernur surname later", "Gubernur Jawa Timur Khofifah Indar Parawansa meninjau tanggul yang jebol. Khofifah meminta BPBD menyiapkan dapur umum.", []string{"khofifah-indar-parawansa/person/IDN", "bpbd/agency/IDN"}},
	{"gubernur sumut known", "Gubernur Sumatera Utara Bobby Nasution menyalurkan bantuan kepada korban banjir di Tapanuli Tengah.", []string{"bobby-nasution/person/IDN"}},
	{"bupati comma age", "Bupati Pati Sudewo, 56, menyatakan tidak akan mundur dari jabatannya.", []string{"sudewo/person/IDN"}},
	{"mantan bupati tersangka", "Mantan Bupati Kutai Kartanegara Rita Widyasari kembali diperiksa penyidik KPK.", []string{"rita-widyasari/person/IDN", "idn-kpk/agency/IDN"}},
	{"wali kota kata", "\"Kami akan memperbaiki jalan yang rusak tahun ini,\" kata Wali Kota Bogor Dedie A Rachim.", []string{"dedie-a-rachim/person/IDN"}},
	{"bupati lower generic", "Para bupati diminta segera mencairkan anggaran bantuan sosial.", nil},
	{"camat lower generic", "Warga mendatangi kantor camat untuk menuntut perbaikan jalan.", nil},

	// Prosecutors, judges and courts.
	{"jaksa agung", "Jaksa Agung ST Burhanuddin mencopot kepala kejaksaan negeri yang terjaring operasi tangkap tangan.", []string{"st-burhanuddin/person/IDN"}},
	{"kejagung subject", "Kejagung menetapkan lima tersangka baru dalam kasus korupsi tata niaga timah.", []string{"idn-attorney-general/agency/IDN"}},
	{"kejaksaan agung kapuspenkum", "Kapuspenkum Kejaksaan Agung Harli Siregar mengatakan penyidik menyita uang tunai Rp 5 miliar.", []string{"harli-siregar/person/IDN", "idn-attorney-general/agency/IDN"}},
	{"kejati subject", "Kejati Jawa Barat menahan mantan kepala dinas pendidikan terkait korupsi pengadaan laptop.", []string{"kejati-jawa-barat/agency/IDN"}},
	{"kajati", "Kajati Sumatera Selatan Yulianto mengatakan kerugian negara mencapai Rp 40 miliar.", []string{"yulianto/person/IDN"}},
	{"kejari", "Kejari Jakarta Selatan melimpahkan berkas perkara itu ke pengadilan.", []string{"kejari-jakarta-selatan/agency/IDN"}},
	{"kajari", "Kajari Bandung Irfan Wibowo mengatakan tersangka dititipkan di rutan Kebonwaru.", []string{"irfan-wibowo/person/IDN"}},
	{"kejaksaan tinggi spelled", "Kejaksaan Tinggi Jawa Timur menggeledah kantor dinas perhubungan.", []string{"kejati-jawa-timur/agency/IDN"}},
	{"kejaksaan negeri spelled", "Kejaksaan Negeri Surabaya mengeksekusi terpidana ke Lapas Porong.", []string{"kejari-surabaya/agency/IDN"}},
	{"jpu lower", "Jaksa penuntut umum menuntut terdakwa hukuman 12 tahun penjara.", nil},
	{"hakim ketua name", "Hakim ketua Eko Aryanto menjatuhkan vonis enam tahun enam bulan penjara kepada terdakwa.", []string{"eko-aryanto/person/IDN"}},
	{"pn jakarta pusat", "PN Jakarta Pusat menolak gugatan perdata yang diajukan warga.", []string{"pengadilan-negeri-jakarta-pusat/court/IDN"}},
	{"pengadilan negeri spelled", "Pengadilan Negeri Denpasar menjatuhkan hukuman mati kepada warga negara Australia itu.", []string{"pengadilan-negeri-denpasar/court/IDN", "AUS/state/AUS"}},
	{"pengadilan tinggi", "Pengadilan Tinggi DKI Jakarta memperberat hukuman terdakwa menjadi 20 tahun.", []string{"pengadilan-tinggi-dki-jakarta/court/IDN"}},
	{"pt short court", "Majelis hakim PT Jakarta menguatkan putusan pengadilan tingkat pertama.", []string{"pengadilan-tinggi-jakarta/court/IDN"}},
	{"ptun", "PTUN Jakarta mengabulkan gugatan warga terhadap keputusan gubernur.", []string{"ptun-jakarta/court/IDN"}},
	{"ptun spelled", "Pengadilan Tata Usaha Negara Jakarta membatalkan surat keputusan tersebut.", []string{"ptun-jakarta/court/IDN"}},
	{"ma alone", "MA menolak kasasi yang diajukan terdakwa kasus pembunuhan berencana itu.", []string{"idn-supreme-court/court/IDN"}},
	{"mahkamah agung spelled", "Mahkamah Agung memotong hukuman mantan pejabat pajak itu.", []string{"idn-supreme-court/court/IDN"}},
	{"mk short", "MK memutuskan ambang batas pencalonan presiden bertentangan dengan konstitusi.", []string{"idn-constitutional-court/court/IDN"}},
	{"ketua mk", "Ketua MK Suhartoyo membacakan putusan uji materi UU Pemilu.", []string{"suhartoyo/person/IDN", "idn-constitutional-court/court/IDN"}},
	{"ky", "Komisi Yudisial (KY) akan memeriksa tiga hakim yang membebaskan terdakwa.", []string{"idn-judicial-commission/court/IDN"}},
	{"ky short", "KY menerima 1.200 laporan masyarakat sepanjang tahun lalu.", []string{"idn-judicial-commission/court/IDN"}},
	{"pengadilan tipikor", "Pengadilan Tipikor Jakarta memvonis mantan menteri itu 10 tahun penjara.", []string{"pengadilan-tipikor-jakarta/court/IDN"}},
	{"hakim pn", "Hakim PN Surabaya Erintuah Damanik ditangkap Kejagung terkait suap vonis bebas.", []string{"erintuah-damanik/person/IDN", "pengadilan-negeri-surabaya/court/IDN", "idn-attorney-general/agency/IDN"}},
	{"jaksa name", "Jaksa KPK Wawan Yunarwanto membacakan surat tuntutan di ruang sidang.", []string{"wawan-yunarwanto/person/IDN", "idn-kpk/agency/IDN"}},
	{"pengadilan lower", "Kasus itu kini ditangani pengadilan dan kejaksaan setempat.", nil},
	{"kasi intel kejari", "Kasi Intel Kejari Medan Dapot Dariarma mengatakan tersangka ditahan 20 hari.", []string{"dapot-dariarma/person/IDN", "kejari-medan/agency/IDN"}},
	{"ketua ma", "Ketua MA Sunarto melantik 20 ketua pengadilan tinggi.", []string{"sunarto/person/IDN", "idn-supreme-court/court/IDN"}},

	// DPR and DPRD members with party and commission.
	{"anggota komisi iii fraksi", "Anggota Komisi III DPR dari Fraksi PDI-P, Safaruddin, meminta polisi mengusut tuntas kasus itu.", []string{"safaruddin/person/IDN", "idn-dpr/legislature/IDN", "pdi-p/organization/IDN"}},
	{"ketua komisi ii", "Ketua Komisi II DPR Rifqinizamy Karsayuda mengatakan revisi UU Pilkada masuk Prolegnas.", []string{"rifqinizamy-karsayuda/person/IDN", "idn-dpr/legislature/IDN"}},
	{"wakil ketua dpr known", "Wakil Ketua DPR Sufmi Dasco Ahmad memastikan rapat paripurna digelar Selasa.", []string{"sufmi-dasco-ahmad/person/IDN", "idn-dpr/legislature/IDN"}},
	{"ketua dpr known", "Ketua DPR Puan Maharani meminta pemerintah mendengar aspirasi buruh.", []string{"puan-maharani/person/IDN", "idn-dpr/legislature/IDN"}},
	{"anggota dpr party bracket", "Anggota DPR Fraksi Partai Golkar Ahmad Doli Kurnia menilai usulan itu realistis.", []string{"ahmad-doli-kurnia/person/IDN", "idn-dpr/legislature/IDN", "partai-golkar/organization/IDN"}},
	{"anggota dprd dki gerindra", "Anggota DPRD DKI Jakarta dari Fraksi Gerindra, Rani Mauliani, mengkritik proyek tanggul laut.", []string{"rani-mauliani/person/IDN", "dprd-dki-jakarta/legislature/IDN", "partai-gerindra/organization/IDN"}},
	{"ketua dprd", "Ketua DPRD Jawa Barat Buky Wibawa mendukung larangan study tour.", []string{"buky-wibawa/person/IDN", "dprd-jawa-barat/legislature/IDN"}},
	{"dprd kabupaten", "DPRD Kabupaten Pati menggelar rapat paripurna hak angket terhadap bupati.", []string{"dprd-kabupaten-pati/legislature/IDN"}},
	{"dprd kota", "DPRD Kota Surabaya menyetujui rancangan APBD 2026.", []string{"dprd-kota-surabaya/legislature/IDN"}},
	{"komisi xi dpr", "Komisi XI DPR menyetujui calon deputi gubernur Bank Indonesia.", []string{"idn-dpr/legislature/IDN", "idn-central-bank/agency/IDN"}},
	{"fraksi pks", "Fraksi PKS menolak RUU tersebut dalam rapat paripurna DPR.", []string{"pks/organization/IDN", "idn-dpr/legislature/IDN"}},
	{"anggota dpr pkb", "Anggota Komisi IV DPR dari PKB Daniel Johan meminta Bulog menyerap gabah petani.", []string{"daniel-johan/person/IDN", "idn-dpr/legislature/IDN", "pkb/organization/IDN", "idn-bulog/agency/IDN"}},
	{"anggota dpd", "Anggota DPD asal Aceh, Fachrul Razi, mendesak pemerintah menambah kuota BBM.", []string{"fachrul-razi/person/IDN", "idn-dpd/legislature/IDN"}},
	{"ketua mpr known", "Ketua MPR Ahmad Muzani menerima kunjungan tokoh lintas agama.", []string{"ahmad-muzani/person/IDN", "idn-mpr/legislature/IDN"}},
	{"baleg", "Badan Legislasi DPR menyepakati draf RUU Penyiaran dibawa ke paripurna.", []string{"idn-dpr/legislature/IDN"}},
	{"politikus nasdem", "Politikus Partai NasDem Willy Aditya menyebut pembahasan RUU itu tertutup.", []string{"willy-aditya/person/IDN", "partai-nasdem/organization/IDN"}},
	{"wakil ketua komisi", "Wakil Ketua Komisi I DPR Dave Laksono meminta TNI tidak masuk ranah sipil.", []string{"dave-laksono/person/IDN", "idn-dpr/legislature/IDN", "idn-armed-forces/military/IDN"}},
	{"anggota dprd provinsi", "Anggota DPRD Jawa Tengah dari Fraksi PAN, Umar Hasyim, mempertanyakan anggaran tersebut.", []string{"umar-hasyim/person/IDN", "dprd-jawa-tengah/legislature/IDN", "pan/organization/IDN"}},
	{"dewan lower", "Rancangan peraturan daerah itu masih dibahas di dewan.", nil},
	{"senayan", "Sejumlah fraksi di Senayan menolak usulan kenaikan tunjangan.", []string{"idn-dpr/legislature/IDN"}},
	{"komisi iii rdp kapolri", "Komisi III DPR menggelar rapat dengar pendapat dengan Kapolri Listyo Sigit Prabowo.", []string{"idn-dpr/legislature/IDN", "listyo-sigit-prabowo/person/IDN"}},

	// Ministries, current and older names.
	{"kemenkeu", "Kemenkeu mencatat defisit APBN mencapai Rp 21 triliun hingga Maret.", []string{"idn-finance-ministry/agency/IDN"}},
	{"kementerian keuangan bracket", "Kementerian Keuangan (Kemenkeu) memastikan gaji ke-13 cair bulan depan.", []string{"idn-finance-ministry/agency/IDN"}},
	{"menkeu known", "Menteri Keuangan Sri Mulyani Indrawati mengatakan penerimaan pajak melambat.", []string{"sri-mulyani/person/IDN"}},
	{"menkeu title", "Menkeu Sri Mulyani menyebut efisiensi anggaran tidak menyasar belanja pegawai.", []string{"sri-mulyani/person/IDN"}},
	{"kemendikdasmen", "Kemendikdasmen menghapus sistem zonasi dalam penerimaan murid baru.", []string{"idn-education-ministry/agency/IDN"}},
	{"kementerian pendidikan dasar", "Kementerian Pendidikan Dasar dan Menengah menyiapkan kurikulum koding untuk sekolah dasar.", []string{"idn-education-ministry/agency/IDN"}},
	{"mendikdasmen", "Mendikdasmen Abdul Mu'ti mengatakan ujian nasional tidak akan kembali dalam bentuk lama.", []string{"abdul-mu-ti/person/IDN"}},
	{"kemendikbud old", "Kemendikbud pada 2021 meluncurkan program Merdeka Belajar.", []string{"idn-education-ministry/agency/IDN"}},
	{"kementerian ham", "Kementerian HAM menerima aduan warga terkait penggusuran di Rempang.", []string{"idn-human-rights-ministry/agency/IDN"}},
	{"menteri ham known", "Menteri HAM Natalius Pigai meminta anggaran kementeriannya dinaikkan.", []string{"natalius-pigai/person/IDN"}},
	{"kemenkum", "Kemenkum menyerahkan draf revisi KUHAP kepada DPR.", []string{"idn-law-ministry/agency/IDN", "idn-dpr/legislature/IDN"}},
	{"menteri hukum", "Menteri Hukum Supratman Andi Agtas mengatakan pemerintah akan memberi amnesti kepada 44.000 narapidana.", []string{"supratman-andi-agtas/person/IDN"}},
	{"kemenkumham old", "Kemenkumham mencabut status badan hukum perkumpulan tersebut.", []string{"idn-law-ministry/agency/IDN"}},
	{"kementerian imipas", "Kementerian Imigrasi dan Pemasyarakatan memindahkan 100 narapidana bandar narkoba ke Nusakambangan.", []string{"idn-immigration-corrections-ministry/agency/IDN"}},
	{"kemenimipas", "Kemenimipas mendeportasi 12 warga negara asing yang melanggar izin tinggal.", []string{"idn-immigration-corrections-ministry/agency/IDN"}},
	{"menteri imipas", "Menteri Imigrasi dan Pemasyarakatan Agus Andrianto meninjau lapas di Nusakambangan.", []string{"agus-andrianto/person/IDN"}},
	{"ditjen imigrasi", "Ditjen Imigrasi menolak masuk dua warga negara asing di Bandara Ngurah Rai.", []string{"idn-immigration/agency/IDN"}},
	{"kemendagri", "Kemendagri menegur 10 kepala daerah yang belum mencairkan dana hibah pilkada.", []string{"idn-home-affairs-ministry/agency/IDN"}},
	{"mendagri known", "Mendagri Tito Karnavian meminta kepala daerah memangkas perjalanan dinas.", []string{"tito-karnavian/person/IDN"}},
	{"kemenkes", "Kemenkes mencatat 1.200 kasus demam berdarah di Jawa Barat.", []string{"idn-health-ministry/agency/IDN"}},
	{"menkes known", "Menkes Budi Gunadi Sadikin meresmikan rumah sakit kanker di Surabaya.", []string{"budi-gunadi-sadikin/person/IDN"}},
	{"kemenag", "Kemenag menetapkan biaya haji 2025 sebesar Rp 89 juta per jemaah.", []string{"idn-religious-affairs-ministry/agency/IDN"}},
	{"menag", "Menag Nasaruddin Umar menghadiri pelantikan rektor UIN Jakarta.", []string{"nasaruddin-umar/person/IDN"}},
	{"kemensos", "Kemensos menyalurkan bantuan sosial kepada 18 juta keluarga penerima manfaat.", []string{"idn-social-ministry/agency/IDN"}},
	{"mensos", "Mensos Saifullah Yusuf meninjau Sekolah Rakyat di Bekasi.", []string{"syaifullah-yusuf/person/IDN"}}, // the gazetteer's spelling of his name (variants.go)
	{"kementerian pu", "Kementerian PU memperbaiki jembatan yang putus di Sukabumi.", []string{"idn-public-works-ministry/agency/IDN"}},
	{"kementerian pupr old", "Kementerian PUPR membangun 12 bendungan baru pada 2022.", []string{"idn-public-works-ministry/agency/IDN"}},
	{"komdigi", "Komdigi memblokir 1,3 juta konten judi online sejak Oktober.", []string{"idn-communication-ministry/agency/IDN"}},
	{"menkomdigi known", "Menkomdigi Meutya Hafid meminta platform digital menurunkan konten hoaks.", []string{"meutya-hafid/person/IDN"}},
	{"kominfo old", "Kominfo pada 2023 memutus akses ke situs yang menjual data pribadi.", []string{"idn-communication-ministry/agency/IDN"}},
	{"kemenhan", "Kemenhan membeli 42 pesawat tempur Rafale dari Prancis.", []string{"idn-defense-ministry/agency/IDN", "FRA/state/FRA"}},
	{"menhan known", "Menhan Sjafrie Sjamsoeddin meninjau industri pertahanan di Bandung.", []string{"sjafrie-sjamsoeddin/person/IDN"}},
	{"kemenlu", "Kemenlu memastikan tidak ada WNI yang menjadi korban gempa di Myanmar.", []string{"idn-foreign-ministry/agency/IDN", "MMR/state/MMR"}},
	{"kemenko polkam", "Kemenko Polkam membentuk desk pemberantasan judi daring.", []string{"idn-polhukam-ministry/agency/IDN"}},
	{"menko polkam known", "Menko Polkam Budi Gunawan memimpin rapat koordinasi pengamanan Natal.", []string{"budi-gunawan/person/IDN"}},
	{"menko pangan", "Menko Pangan Zulkifli Hasan memastikan stok beras aman hingga Lebaran.", []string{"zulkifli-hasan/person/IDN"}},
	{"menko perekonomian known", "Menko Perekonomian Airlangga Hartarto mengumumkan paket stimulus ekonomi.", []string{"airlangga-hartarto/person/IDN"}},
	{"kemenaker", "Kemnaker meminta perusahaan membayar THR paling lambat H-7 Lebaran.", []string{"idn-manpower-ministry/agency/IDN"}},
	{"kementerian esdm", "Kementerian ESDM membatasi pembelian elpiji 3 kilogram di pengecer.", []string{"idn-energy-ministry/agency/IDN"}},
	{"menteri esdm known", "Menteri ESDM Bahlil Lahadalia mengatakan impor BBM akan dikurangi.", []string{"bahlil-lahadalia/person/IDN"}},
	{"kementerian bumn", "Kementerian BUMN merombak jajaran direksi Garuda Indonesia.", []string{"idn-soe-ministry/agency/IDN", "garuda-indonesia/organization/IDN"}},
	{"kementan", "Kementan menargetkan swasembada beras tercapai pada 2027.", []string{"idn-agriculture-ministry/agency/IDN"}},
	{"mentan", "Mentan Andi Amran Sulaiman memecat pejabat yang bermain pupuk.", []string{"andi-amran-sulaiman/person/IDN"}},
	{"kemenhub", "Kemenhub memprediksi 146 juta orang melakukan perjalanan mudik Lebaran.", []string{"idn-transport-ministry/agency/IDN"}},
	{"kkp", "KKP menangkap dua kapal ikan berbendera Vietnam di Laut Natuna Utara.", []string{"idn-fisheries-ministry/agency/IDN"}},
	{"kemendag", "Kemendag menaikkan harga eceran tertinggi minyak goreng rakyat.", []string{"idn-trade-ministry/agency/IDN"}},
	{"kementerian atr", "Kementerian ATR/BPN membatalkan sertifikat hak guna bangunan di area pagar laut.", []string{"idn-agrarian-ministry/agency/IDN"}},
	{"menteri atr known", "Menteri ATR/Kepala BPN Nusron Wahid mencabut 50 sertifikat di pesisir Tangerang.", []string{"nusron-wahid/person/IDN"}},
	{"kemendiktisaintek", "Kemendiktisaintek memangkas anggaran beasiswa untuk mahasiswa.", []string{"idn-higher-education-ministry/agency/IDN"}},
	{"kementerian kehutanan", "Kementerian Kehutanan menyegel lahan konsesi yang terbakar di Riau.", []string{"idn-forestry-ministry/agency/IDN"}}, // annotation corrected by the Indonesian bodies grid: the Ministry of Forestry is its own ministry again since October 2024,
	{"menhut known", "Menteri Kehutanan Raja Juli Antoni mencabut izin 18 perusahaan.", []string{"raja-juli-antoni/person/IDN"}},
	{"setneg", "Kementerian Sekretariat Negara menyiapkan upacara HUT RI di Ibu Kota Nusantara.", []string{"idn-state-secretariat/agency/IDN"}},
	{"mensesneg known", "Mensesneg Prasetyo Hadi mengatakan Presiden akan melantik pejabat baru pekan depan.", []string{"prasetyo-hadi/person/IDN"}},
	{"kementerian p2mi", "Kementerian Perlindungan Pekerja Migran Indonesia memulangkan 30 pekerja migran dari Kamboja.", []string{"idn-migrant-workers-ministry/agency/IDN", "KHM/state/KHM"}},
	{"bp2mi old", "BP2MI menggagalkan pengiriman 20 calon pekerja migran ilegal ke Malaysia.", []string{"idn-migrant-workers-ministry/agency/IDN", "MYS/state/MYS"}},
	{"kementerian lower generic", "Kementerian terkait diminta segera berkoordinasi dengan pemerintah daerah.", nil},
	{"menteri lower generic", "Sejumlah menteri dipanggil ke istana untuk membahas harga beras.", nil},
	{"istana", "Istana Kepresidenan membantah kabar perombakan kabinet.", []string{"idn-presidency/government/IDN"}},
	{"presiden prabowo", "Presiden Prabowo Subianto meresmikan 80 ribu Koperasi Desa Merah Putih.", []string{"prabowo-subianto/person/IDN"}},
	{"wapres gibran", "Wapres Gibran Rakabuming Raka meninjau pelaksanaan makan bergizi gratis di Solo.", []string{"gibran-rakabuming-raka/person/IDN"}},
	{"kementerian kebudayaan", "Kementerian Kebudayaan menetapkan 12 cagar budaya nasional baru.", []string{"idn-culture-ministry/agency/IDN"}},
	{"menbud", "Menteri Kebudayaan Fadli Zon mengatakan penulisan ulang sejarah melibatkan 100 sejarawan.", []string{"fadli-zon/person/IDN"}},
	{"kemenpppa", "KemenPPPA mendampingi korban kekerasan seksual di pondok pesantren itu.", []string{"idn-women-ministry/agency/IDN"}},
	{"kemenparekraf", "Kemenpar mencatat kunjungan wisman naik 20 persen.", []string{"idn-tourism-ministry/agency/IDN"}},

	// Agencies.
	{"bgn", "Badan Gizi Nasional (BGN) menghentikan sementara dapur yang menyebabkan keracunan siswa.", []string{"idn-bgn/agency/IDN"}},
	{"bgn short", "BGN menargetkan 82,9 juta penerima makan bergizi gratis tahun ini.", []string{"idn-bgn/agency/IDN"}},
	{"kepala bgn", "Kepala BGN Dadan Hindayana meminta maaf atas kasus keracunan di Cianjur.", []string{"dadan-hindayana/person/IDN", "idn-bgn/agency/IDN"}},
	{"bnpb", "BNPB mencatat 12 orang meninggal akibat banjir bandang di Sumatera Barat.", []string{"idn-bnpb/agency/IDN"}},
	{"kepala bnpb", "Kepala BNPB Letjen TNI Suharyanto meninjau lokasi longsor di Banjarnegara.", []string{"suharyanto/person/IDN", "idn-bnpb/agency/IDN"}},
	{"bpbd", "BPBD Kabupaten Cianjur mendirikan tenda pengungsian bagi korban gempa.", []string{"bpbd-kabupaten-cianjur/agency/IDN"}},
	{"bpbd province", "BPBD DKI Jakarta mencatat 54 RT terendam banjir pada Selasa pagi.", []string{"bpbd-dki-jakarta/agency/IDN"}},
	{"kalaksa bpbd", "Kepala Pelaksana BPBD Garut Aah Anwar Saefuloh mengatakan dua warga masih hilang.", []string{"aah-anwar-saefuloh/person/IDN", "bpbd-garut/agency/IDN"}},
	{"basarnas", "Basarnas mengerahkan 150 personel untuk mencari korban kapal tenggelam di Selat Bali.", []string{"idn-basarnas/agency/IDN"}},
	{"kepala basarnas", "Kepala Basarnas Marsdya TNI Mohammad Syafii memimpin operasi pencarian.", []string{"mohammad-syafii/person/IDN", "idn-basarnas/agency/IDN"}},
	{"bmkg", "BMKG memperingatkan potensi hujan lebat di sebagian besar wilayah Jawa.", []string{"idn-bmkg/agency/IDN"}},
	{"kepala bmkg", "Kepala BMKG Dwikorita Karnawati mengatakan gempa itu tidak berpotensi tsunami.", []string{"dwikorita-karnawati/person/IDN", "idn-bmkg/agency/IDN"}},
	{"bpom", "BPOM menarik peredaran produk kosmetik yang mengandung merkuri.", []string{"idn-bpom/agency/IDN"}},
	{"kepala bpom", "Kepala BPOM Taruna Ikrar menyegel gudang obat ilegal di Bekasi.", []string{"taruna-ikrar/person/IDN", "idn-bpom/agency/IDN"}},
	{"ojk", "OJK mencabut izin usaha BPR yang gagal memenuhi modal minimum.", []string{"idn-ojk/agency/IDN"}},
	{"ketua ojk", "Ketua Dewan Komisioner OJK Mahendra Siregar mengatakan sektor jasa keuangan stabil.", []string{"mahendra-siregar/person/IDN", "idn-ojk/agency/IDN"}},
	{"bi", "BI menahan suku bunga acuan di level 5,75 persen.", []string{"idn-central-bank/agency/IDN"}},
	{"gubernur bi known", "Gubernur BI Perry Warjiyo mengatakan rupiah akan kembali menguat.", []string{"perry-warjiyo/person/IDN", "idn-central-bank/agency/IDN"}},
	{"bank indonesia", "Bank Indonesia mengintervensi pasar valas untuk menstabilkan rupiah.", []string{"idn-central-bank/agency/IDN"}},
	{"lps", "LPS membayar klaim simpanan nasabah bank yang dilikuidasi.", []string{"idn-lps/agency/IDN"}},
	{"kpk", "KPK menahan Wali Kota Semarang dalam kasus suap pengadaan barang.", []string{"idn-kpk/agency/IDN"}},
	{"ketua kpk", "Ketua KPK Setyo Budiyanto mengatakan penyidik sudah memeriksa 30 saksi.", []string{"setyo-budiyanto/person/IDN", "idn-kpk/agency/IDN"}},
	{"jubir kpk", "Juru bicara KPK Budi Prasetyo mengatakan tersangka ditahan selama 20 hari pertama.", []string{"budi-prasetyo/person/IDN", "idn-kpk/agency/IDN"}},
	{"kpk spelled", "Komisi Pemberantasan Korupsi menggeledah rumah dinas gubernur.", []string{"idn-kpk/agency/IDN"}},
	{"bawaslu", "Bawaslu menemukan 120 dugaan pelanggaran netralitas aparatur sipil negara.", []string{"idn-bawaslu/agency/IDN"}},
	{"bawaslu regional", "Bawaslu Jawa Barat merekomendasikan pemungutan suara ulang di 12 TPS.", []string{"bawaslu-jawa-barat/agency/IDN"}},
	{"kpu", "KPU menetapkan pasangan calon terpilih dalam rapat pleno terbuka.", []string{"idn-kpu/agency/IDN"}},
	{"ketua kpu", "Ketua KPU Mochammad Afifuddin mengatakan logistik pemilu sudah tiba di semua daerah.", []string{"mochammad-afifuddin/person/IDN", "idn-kpu/agency/IDN"}},
	{"kpu regional", "KPU Kota Bekasi membuka pendaftaran panitia pemilihan kecamatan.", []string{"kpu-kota-bekasi/agency/IDN"}},
	{"dkpp", "DKPP memberhentikan ketua KPU kabupaten itu karena melanggar kode etik.", []string{"idn-dkpp/agency/IDN"}},
	{"ombudsman", "Ombudsman RI menemukan maladministrasi dalam penerimaan murid baru.", []string{"idn-ombudsman/agency/IDN"}},
	{"ombudsman alone", "Ombudsman meminta pemerintah daerah memperbaiki layanan perizinan.", []string{"idn-ombudsman/agency/IDN"}},
	{"komnas ham", "Komnas HAM menyimpulkan ada pelanggaran HAM dalam penanganan unjuk rasa.", []string{"idn-komnas-ham/agency/IDN"}},
	{"ketua komnas ham", "Ketua Komnas HAM Anis Hidayah meminta polisi membuka hasil autopsi.", []string{"anis-hidayah/person/IDN", "idn-komnas-ham/agency/IDN"}},
	{"kpai", "KPAI mencatat 2.000 anak menjadi korban kekerasan sepanjang 2024.", []string{"idn-kpai/agency/IDN"}},
	{"komisioner kpai", "Komisioner KPAI Diyah Puspitarini meminta sekolah memperketat pengawasan.", []string{"diyah-puspitarini/person/IDN", "idn-kpai/agency/IDN"}},
	{"bpk", "BPK memberikan opini wajar tanpa pengecualian atas laporan keuangan pemerintah pusat.", []string{"idn-bpk/agency/IDN"}},
	{"bpkp", "BPKP menghitung kerugian negara dalam kasus pengadaan satelit.", []string{"idn-supreme-audit/agency/IDN"}},
	{"ppatk", "PPATK memblokir 28.000 rekening yang terkait judi daring.", []string{"idn-ppatk/agency/IDN"}},
	{"kepala ppatk", "Kepala PPATK Ivan Yustiavandana mengatakan transaksi mencurigakan meningkat.", []string{"ivan-yustiavandana/person/IDN", "idn-ppatk/agency/IDN"}},
	{"bnn", "BNN menyita 1 ton sabu dari kapal di perairan Kepulauan Riau.", []string{"idn-bnn/agency/IDN"}},
	{"kepala bnn", "Kepala BNN Komjen Marthinus Hukom memusnahkan barang bukti narkotika.", []string{"marthinus-hukom/person/IDN", "idn-bnn/agency/IDN"}},
	{"bnpt", "BNPT menyebut paparan radikalisme di media sosial meningkat.", []string{"idn-bnpt/agency/IDN"}},
	{"bssn", "BSSN menyebut serangan siber ke Pusat Data Nasional berasal dari ransomware.", []string{"idn-bssn/agency/IDN"}},
	{"bin", "BIN membantah terlibat dalam penyadapan terhadap aktivis.", []string{"idn-intelligence/agency/IDN"}},
	{"kepala bin", "Kepala BIN Muhammad Herindra menghadiri rapat tertutup dengan Komisi I DPR.", []string{"muhammad-herindra/person/IDN", "idn-intelligence/agency/IDN", "idn-dpr/legislature/IDN"}},
	{"bakamla", "Bakamla mengusir kapal penjaga pantai China dari Laut Natuna Utara.", []string{"idn-coast-guard/agency/IDN", "chn-coast-guard/agency/CHN"}},
	{"bps", "BPS mencatat inflasi tahunan sebesar 1,6 persen pada Mei.", []string{"idn-bps/agency/IDN"}},
	{"brin", "BRIN mengembangkan vaksin demam berdarah bersama universitas.", []string{"idn-brin/agency/IDN"}},
	{"bulog", "Perum Bulog menyerap 2 juta ton gabah petani.", []string{"idn-bulog/agency/IDN"}},
	{"bpjs kesehatan", "BPJS Kesehatan menonaktifkan 7 juta peserta penerima bantuan iuran.", []string{"idn-bpjs-health/agency/IDN"}},
	{"lpsk", "LPSK memberikan perlindungan kepada saksi kunci kasus pembunuhan itu.", []string{"idn-lpsk/agency/IDN"}},
	{"bea cukai", "Bea Cukai Tanjung Priok menggagalkan penyelundupan 5.000 ponsel.", []string{"idn-customs/agency/IDN"}},
	{"djp", "Ditjen Pajak mencatat 14 juta wajib pajak telah melaporkan SPT.", []string{"idn-tax-directorate/agency/IDN"}},
	{"bkn", "BKN mengumumkan hasil seleksi calon aparatur sipil negara.", []string{"idn-bkn/agency/IDN"}},
	{"bappenas", "Bappenas memproyeksikan pertumbuhan ekonomi 5,2 persen.", []string{"idn-bappenas/agency/IDN"}},
	{"lembaga lower", "Lembaga antirasuah itu juga memeriksa istri tersangka.", nil},
	{"badan lower", "Badan yang menangani bencana itu mengirim tenda dan makanan.", nil},

	// Parties.
	{"pdi-p dpp", "DPP PDI-P memecat kader yang maju sebagai calon bupati dari partai lain.", []string{"pdi-p/organization/IDN"}},
	{"pdip no hyphen", "PDIP resmi mengusung pasangan itu dalam pilkada Jawa Tengah.", []string{"pdi-p/organization/IDN"}},
	{"sekjen pdi perjuangan", "Sekjen PDI Perjuangan Hasto Kristiyanto divonis 3,5 tahun penjara.", []string{"hasto-kristiyanto/person/IDN", "pdi-p/organization/IDN"}},
	{"gerindra", "Gerindra membuka peluang koalisi dengan partai nonparlemen.", []string{"partai-gerindra/organization/IDN"}},
	{"ketua harian gerindra", "Ketua Harian Partai Gerindra Sufmi Dasco Ahmad menemui mahasiswa.", []string{"sufmi-dasco-ahmad/person/IDN", "partai-gerindra/organization/IDN"}},
	{"golkar", "Partai Golkar menggelar musyawarah nasional di Jakarta pada akhir pekan.", []string{"partai-golkar/organization/IDN"}},
	{"ketum golkar", "Ketua Umum Partai Golkar Bahlil Lahadalia mengumumkan susunan pengurus baru.", []string{"bahlil-lahadalia/person/IDN", "partai-golkar/organization/IDN"}},
	{"pkb", "PKB menyatakan tetap berada di dalam koalisi pemerintah.", []string{"pkb/organization/IDN"}},
	{"nasdem", "NasDem menonaktifkan dua anggota DPR dari fraksinya.", []string{"partai-nasdem/organization/IDN", "idn-dpr/legislature/IDN"}},
	{"pks", "PKS mengusulkan kadernya sebagai calon wakil gubernur.", []string{"pks/organization/IDN"}},
	{"pan", "PAN mendukung usulan pemerintah untuk menunda kenaikan PPN.", []string{"pan/organization/IDN"}},
	{"demokrat", "Partai Demokrat menggelar kongres di Jakarta untuk memilih ketua umum.", []string{"partai-demokrat/organization/IDN"}},
	{"ketum demokrat known", "Ketua Umum Partai Demokrat Agus Harimurti Yudhoyono menginstruksikan kader turun ke daerah bencana.", []string{"agus-harimurti-yudhoyono/person/IDN", "partai-demokrat/organization/IDN"}},
	{"psi", "PSI memilih Kaesang Pangarep sebagai ketua umum dalam kongres di Solo.", []string{"psi/organization/IDN", "kaesang-pangarep/person/IDN"}},
	{"perindo", "Partai Perindo tidak lolos ambang batas parlemen pada Pemilu 2024.", []string{"partai-perindo/organization/IDN"}},
	{"ppp", "PPP menggelar muktamar untuk memilih ketua umum baru.", []string{"ppp/organization/IDN"}},
	{"partai lower", "Partai politik diminta menyerahkan laporan dana kampanye.", nil},
	{"kader lower", "Sejumlah kader partai mendatangi kantor dewan pimpinan pusat.", nil},

	// Regional governments.
	{"pemprov dki", "Pemprov DKI Jakarta menggratiskan transportasi umum bagi 15 golongan warga.", []string{"pemprov-dki-jakarta/government/IDN"}},
	{"pemprov jabar", "Pemprov Jawa Barat menghapus tunggakan pajak kendaraan bermotor.", []string{"pemprov-jawa-barat/government/IDN"}},
	{"pemerintah provinsi spelled", "Pemerintah Provinsi Bali memungut retribusi dari wisatawan asing.", []string{"pemprov-bali/government/IDN"}},
	{"pemkab", "Pemkab Bogor merelokasi warga yang tinggal di zona merah pergerakan tanah.", []string{"pemkab-bogor/government/IDN"}},
	{"pemkot", "Pemkot Bandung menutup tempat pembuangan sampah liar di Gedebage.", []string{"pemkot-bandung/government/IDN"}},
	{"pemerintah kabupaten spelled", "Pemerintah Kabupaten Sleman menetapkan status siaga darurat erupsi Merapi.", []string{"pemkab-sleman/government/IDN"}},
	{"pemerintah kota spelled", "Pemerintah Kota Semarang memberi keringanan pajak bumi dan bangunan.", []string{"pemkot-semarang/government/IDN"}},
	{"pemda lower", "Pemerintah daerah diminta menyiapkan lahan untuk dapur makan bergizi.", nil},
	{"pemprov kata", "\"Kami sudah menyiapkan anggaran darurat,\" kata juru bicara Pemprov Sumatera Barat, Jasman Rizal.", []string{"jasman-rizal/person/IDN", "pemprov-sumatera-barat/government/IDN"}},
	{"pemkab dan dprd", "Pemkab Pati dan DPRD Kabupaten Pati sepakat membatalkan kenaikan PBB.", []string{"pemkab-pati/government/IDN", "dprd-kabupaten-pati/legislature/IDN"}},
	{"pemkot and bpbd", "Pemkot Bekasi bersama BPBD Kota Bekasi membuka posko pengungsian.", []string{"pemkot-bekasi/government/IDN", "bpbd-kota-bekasi/agency/IDN"}},
	{"dinas lower", "Dinas kesehatan setempat mengambil sampel makanan untuk diuji.", nil},

	// State companies and Danantara.
	{"pertamina", "Pertamina menjamin stok BBM aman selama arus mudik.", []string{"pertamina/organization/IDN"}},
	{"pt pertamina persero", "PT Pertamina (Persero) menurunkan harga Pertamax mulai 1 Juni.", []string{"pertamina/organization/IDN"}},
	{"dirut pertamina", "Direktur Utama Pertamina Simon Aloysius Mantiri mengatakan kilang Balikpapan rampung tahun ini.", []string{"simon-aloysius-mantiri/person/IDN", "pertamina/organization/IDN"}},
	{"pertamina patra niaga", "Kejagung menetapkan Dirut Pertamina Patra Niaga Riva Siahaan sebagai tersangka.", []string{"idn-attorney-general/agency/IDN", "riva-siahaan/person/IDN", "pertamina-patra-niaga/organization/IDN"}},
	{"pln", "PLN memberikan diskon tarif listrik 50 persen untuk pelanggan rumah tangga.", []string{"pln/organization/IDN"}},
	{"pt pln", "PT PLN (Persero) memulihkan 90 persen jaringan listrik di Aceh.", []string{"pln/organization/IDN"}},
	{"telkom", "Telkom memperbaiki kabel laut yang putus di perairan Maluku.", []string{"telkom-indonesia/organization/IDN"}},
	{"bri", "BRI menyalurkan kredit usaha rakyat senilai Rp 180 triliun.", []string{"bri/organization/IDN"}},
	{"bank mandiri", "Bank Mandiri mencatat laba bersih Rp 55 triliun sepanjang 2024.", []string{"bank-mandiri/organization/IDN"}},
	{"garuda indonesia", "Garuda Indonesia menambah frekuensi penerbangan ke Jeddah selama musim haji.", []string{"garuda-indonesia/organization/IDN"}},
	{"kai", "KAI menambah 20 perjalanan kereta jarak jauh untuk libur Natal.", []string{"kereta-api-indonesia/organization/IDN"}},
	{"pt kai", "PT KAI Daop 1 Jakarta mengimbau penumpang datang lebih awal.", []string{"kereta-api-indonesia/organization/IDN"}},
	{"danantara", "Danantara menyuntikkan modal ke Garuda Indonesia senilai Rp 6,6 triliun.", []string{"idn-danantara/agency/IDN", "garuda-indonesia/organization/IDN"}},
	{"ceo danantara", "CEO Danantara Rosan Roeslani mengatakan dividen BUMN akan diinvestasikan kembali.", []string{"rosan-roeslani/person/IDN", "idn-danantara/agency/IDN"}},
	{"bni", "BNI membuka kantor cabang baru di Ibu Kota Nusantara.", []string{"bni/organization/IDN"}},
	{"pelindo", "Pelindo memperpanjang jam layanan di Pelabuhan Tanjung Priok.", []string{"pelindo/organization/IDN"}},
	{"bumn lower", "Perusahaan pelat merah itu merugi selama tiga tahun berturut-turut.", nil},

	// Civil society.
	{"icw", "ICW mencatat 791 kasus korupsi ditindak aparat penegak hukum sepanjang 2023.", []string{"icw/organization/IDN"}},
	{"peneliti icw", "Peneliti ICW Kurnia Ramadhana menilai vonis itu terlalu ringan.", []string{"kurnia-ramadhana/person/IDN", "icw/organization/IDN"}},
	{"kontras", "KontraS mencatat 35 kasus penyiksaan oleh aparat selama setahun terakhir.", []string{"kontras/organization/IDN"}},
	{"koordinator kontras", "Koordinator KontraS Dimas Bagus Arya meminta Presiden membentuk tim independen.", []string{"dimas-bagus-arya/person/IDN", "kontras/organization/IDN"}},
	{"ylbhi", "YLBHI mendampingi ratusan demonstran yang ditangkap polisi.", []string{"ylbhi/organization/IDN"}},
	{"ketua ylbhi", "Ketua YLBHI Muhammad Isnur mengecam penangkapan aktivis di Bandung.", []string{"muhammad-isnur/person/IDN", "ylbhi/organization/IDN"}},
	{"walhi", "Walhi menggugat izin tambang nikel di Pulau Wawonii.", []string{"walhi/organization/IDN"}},
	{"walhi regional", "Direktur Walhi Kalimantan Tengah Bayu Herinata mengatakan kebakaran terjadi di lahan konsesi.", []string{"bayu-herinata/person/IDN", "walhi/organization/IDN"}},
	{"lbh jakarta", "LBH Jakarta menerima 200 aduan korban pinjaman online ilegal.", []string{"lbh-jakarta/organization/IDN"}},
	{"direktur lbh", "Direktur LBH Padang Indira Suryani mengatakan warga diintimidasi aparat.", []string{"indira-suryani/person/IDN", "lbh-padang/organization/IDN"}},
	{"nu muhammadiyah", "PBNU dan PP Muhammadiyah menyerukan warga menjaga persatuan.", []string{"nahdlatul-ulama/organization/IDN", "muhammadiyah/organization/IDN"}},
	{"mui", "MUI mengeluarkan fatwa haram terhadap produk yang mengandung babi.", []string{"mui/organization/IDN"}},
	{"kspi", "Presiden KSPI Said Iqbal mengancam mogok nasional jika upah tidak naik.", []string{"said-iqbal/person/IDN", "kspi/organization/IDN"}},
	{"aji", "AJI mengecam kekerasan terhadap jurnalis saat meliput demonstrasi.", []string{"aji/organization/IDN"}},
	{"aktivis lower", "Para aktivis lingkungan menggelar aksi di depan kantor gubernur.", nil},

	// Ordinary people with ages and roles.
	{"warga bernama age", "Seorang warga bernama Suparman (52) tewas tertimbun longsor di Desa Cibadak.", []string{"suparman/person"}},
	{"korban comma age", "Korban, Siti Rohmah (34), ditemukan tidak bernyawa di dalam rumahnya.", []string{"siti-rohmah/person"}},
	{"tersangka initials", "Polisi menangkap tersangka berinisial AR (29) di sebuah rumah kos di Depok.", []string{"ar/person"}},
	{"saksi name", "Saksi bernama Joko Susilo mengaku melihat pelaku membawa senjata tajam.", []string{"joko-susilo/person"}},
	{"pelaku age comma", "Pelaku, Ahmad Fauzan, 23, mengaku nekat mencuri karena terlilit utang.", []string{"ahmad-fauzan/person"}},
	{"nelayan age", "Nelayan asal Cilacap, Darto (45), dilaporkan hilang saat melaut.", []string{"darto/person"}},
	{"korban list", "Dua korban, Rina Marlina (28) dan Dewi Lestari (31), dirawat di RSUD Cibinong.", []string{"rina-marlina/person", "dewi-lestari/person"}},
	{"ibu rumah tangga", "Sri Wahyuni (40), ibu rumah tangga di Klaten, mengaku kesulitan membeli elpiji.", []string{"sri-wahyuni/person"}},
	{"pedagang said", "\"Harga cabai naik dua kali lipat,\" kata Nurhayati, pedagang di Pasar Kramat Jati.", []string{"nurhayati/person"}},
	{"petani ujar", "Petani di Indramayu, Karsim, mengatakan sawahnya gagal panen akibat banjir.", []string{"karsim/person"}},
	{"mahasiswa age", "Mahasiswa Universitas Padjadjaran, Muhammad Rizky (21), terluka dalam aksi unjuk rasa.", []string{"muhammad-rizky/person", "universitas-padjadjaran/organization/IDN"}},
	{"sopir age", "Sopir truk, Slamet Riyadi (50), selamat setelah kendaraannya terjun ke jurang.", []string{"slamet-riyadi/person"}},
	{"tersangka name", "Tersangka Rudi Hartono ditahan di Rutan Salemba selama 20 hari.", []string{"rudi-hartono/person"}},
	{"ketua rt", "Ketua RT setempat, Sutrisno, mengatakan warga sudah lama mengeluhkan bau sampah.", []string{"sutrisno/person"}},
	{"guru honorer", "Guru honorer di Lebak, Ani Suryani, mengaku gajinya belum dibayar tiga bulan.", []string{"ani-suryani/person"}},
	{"bocah age", "Seorang bocah, Fajar (8), tenggelam di Sungai Ciliwung saat bermain.", []string{"fajar/person"}},
	{"pengacara", "Pengacara terdakwa, Hotman Paris Hutapea, mengajukan nota keberatan.", []string{"hotman-paris-hutapea/person"}},
	{"ayah korban", "Ayah korban, Bambang Wijaya, meminta polisi menghukum pelaku seberat-beratnya.", []string{"bambang-wijaya/person"}},
	{"korban lower", "Para korban mengungsi ke balai desa setelah rumah mereka terendam.", nil},
	{"warga lower", "Ratusan warga memblokade jalan untuk memprotes pembangunan pabrik.", nil},
	{"tersangka lower", "Kedua tersangka kini mendekam di sel tahanan polres.", nil},
	{"saksi lower", "Penyidik telah memeriksa 15 saksi, termasuk pegawai dinas.", nil},

	// Mixed sentences of several actors.
	{"kpk and kejagung", "KPK dan Kejagung sepakat berkoordinasi dalam kasus korupsi komoditas timah.", []string{"idn-kpk/agency/IDN", "idn-attorney-general/agency/IDN"}},
	{"polri and tni", "Polri dan TNI menurunkan 155.000 personel untuk mengamankan arus mudik.", []string{"idn-police/agency/IDN", "idn-armed-forces/military/IDN"}},
	{"bmkg and bnpb", "BMKG dan BNPB meminta warga pesisir menjauhi pantai.", []string{"idn-bmkg/agency/IDN", "idn-bnpb/agency/IDN"}},
	{"ojk bi lps", "OJK, BI, dan LPS menggelar rapat Komite Stabilitas Sistem Keuangan.", []string{"idn-ojk/agency/IDN", "idn-central-bank/agency/IDN", "idn-lps/agency/IDN"}},
	{"kpu bawaslu dkpp", "KPU, Bawaslu, dan DKPP dipanggil Komisi II DPR.", []string{"idn-kpu/agency/IDN", "idn-bawaslu/agency/IDN", "idn-dkpp/agency/IDN", "idn-dpr/legislature/IDN"}},
	{"menteri and gubernur", "Mendagri Tito Karnavian dan Gubernur Jawa Barat Dedi Mulyadi meninjau lokasi banjir di Bekasi.", []string{"tito-karnavian/person/IDN", "dedi-mulyadi/person/IDN"}},
	{"kapolda and bupati", "Kapolda Jawa Tengah Irjen Ribut Hari Wibowo bersama Bupati Pati Sudewo menemui pengunjuk rasa.", []string{"ribut-hari-wibowo/person/IDN", "sudewo/person/IDN"}},
	{"kejati and bpkp", "Kejati Sumatera Utara bersama BPKP menghitung kerugian negara proyek jalan itu.", []string{"kejati-sumatera-utara/agency/IDN", "idn-supreme-audit/agency/IDN"}},
	{"basarnas and tni al", "Basarnas dan TNI AL menemukan serpihan pesawat di perairan Kepulauan Seribu.", []string{"idn-basarnas/agency/IDN", "idn-navy/military/IDN"}},
	{"bnn and bea cukai", "BNN bersama Bea Cukai menggagalkan penyelundupan sabu di Pelabuhan Dumai.", []string{"idn-bnn/agency/IDN", "idn-customs/agency/IDN"}},
	{"ombudsman komnas ham kontras", "Ombudsman RI, Komnas HAM, dan KontraS menyoroti kekerasan aparat terhadap demonstran.", []string{"idn-ombudsman/agency/IDN", "idn-komnas-ham/agency/IDN", "kontras/organization/IDN"}},
	{"mk and dpr", "Putusan MK itu harus segera ditindaklanjuti DPR dan pemerintah.", []string{"idn-constitutional-court/court/IDN", "idn-dpr/legislature/IDN"}},
	{"icw reports kpk", "ICW melaporkan dugaan konflik kepentingan pimpinan KPK ke Dewan Pengawas KPK.", []string{"icw/organization/IDN", "idn-kpk/agency/IDN"}},
	{"pln and kemen esdm", "PLN dan Kementerian ESDM menjamin pasokan listrik selama Ramadhan.", []string{"pln/organization/IDN", "idn-energy-ministry/agency/IDN"}},
	{"bupati ditahan kpk", "KPK menahan Bupati Lampung Tengah Ardito Wijaya setelah operasi tangkap tangan.", []string{"idn-kpk/agency/IDN", "ardito-wijaya/person/IDN"}},
	{"gubernur dilaporkan", "Gubernur Bengkulu Rohidin Mersyah ditetapkan tersangka pemerasan oleh KPK.", []string{"rohidin-mersyah/person/IDN", "idn-kpk/agency/IDN"}},
	{"polda ungkap", "Polda Metro Jaya mengungkap jaringan judi daring yang melibatkan pegawai Komdigi.", []string{"polda-metro-jaya/agency/IDN", "idn-communication-ministry/agency/IDN"}},
	{"kapolda kata", "\"Pelaku sudah kami amankan,\" kata Kapolda Sulawesi Selatan Irjen Rusdi Hartono.", []string{"rusdi-hartono/person/IDN"}},
	{"menteri said bmkg", "Menurut BMKG, gempa bermagnitudo 5,6 itu berpusat di darat.", []string{"idn-bmkg/agency/IDN"}},
	{"danantara and bumn", "Danantara dan Kementerian BUMN membahas restrukturisasi utang Waskita Karya.", []string{"idn-danantara/agency/IDN", "idn-soe-ministry/agency/IDN", "waskita-karya/organization/IDN"}},
	{"kejagung tetapkan dirut", "Kejagung menetapkan mantan Dirut PT Timah Mochtar Riza Pahlevi sebagai tersangka.", []string{"idn-attorney-general/agency/IDN", "mochtar-riza-pahlevi/person/IDN", "timah/organization/IDN"}},
	{"kades ditangkap polres", "Polres Lebak menangkap Kepala Desa Cikulur, Jaenudin, atas dugaan korupsi dana desa.", []string{"polres-lebak/agency/IDN", "jaenudin/person/IDN"}},
	{"hakim ditangkap kejagung", "Kejagung menangkap Ketua PN Jakarta Selatan Muhammad Arif Nuryanta terkait suap vonis lepas.", []string{"idn-attorney-general/agency/IDN", "muhammad-arif-nuryanta/person/IDN", "pengadilan-negeri-jakarta-selatan/court/IDN"}},
	{"presiden lantik", "Presiden Prabowo Subianto melantik Kepala BNN dan Kepala BNPT di Istana Negara.", []string{"prabowo-subianto/person/IDN", "idn-bnn/agency/IDN", "idn-bnpt/agency/IDN", "idn-presidency/government/IDN"}},
	{"bpom bgn keracunan", "BPOM dan BGN menyelidiki penyebab keracunan makanan yang menimpa 300 siswa di Bogor.", []string{"idn-bpom/agency/IDN", "idn-bgn/agency/IDN"}},
	{"walhi gugat pemprov", "Walhi Jawa Timur menggugat Pemprov Jawa Timur ke PTUN Surabaya.", []string{"walhi/organization/IDN", "pemprov-jawa-timur/government/IDN", "ptun-surabaya/court/IDN"}},
	{"bawaslu and polri gakkumdu", "Bawaslu dan Polri membentuk Sentra Gakkumdu untuk menangani pidana pemilu.", []string{"idn-bawaslu/agency/IDN", "idn-police/agency/IDN"}},
	{"komisi viii menag", "Komisi VIII DPR mencecar Menag soal kuota haji tambahan.", []string{"idn-dpr/legislature/IDN"}},

	// Lower-case generic mentions and sentences without actors.
	{"generic aparat", "Aparat keamanan membubarkan kerumunan dengan gas air mata.", nil},
	{"generic pemerintah pusat", "Pemerintah pusat akan mengucurkan dana talangan bagi daerah terdampak.", nil},
	{"generic kepolisian lower", "Pihak kepolisian masih mendalami motif pembunuhan tersebut.", nil},
	{"generic penyidik", "Penyidik menyita sejumlah dokumen dan telepon genggam milik tersangka.", nil},
	{"generic hakim", "Majelis hakim menilai terdakwa terbukti bersalah melakukan korupsi.", nil},
	{"generic bank", "Sejumlah bank menaikkan bunga deposito menjelang akhir tahun.", nil},
	{"generic perusahaan", "Perusahaan tambang itu diminta memulihkan lahan bekas galian.", nil},
	{"generic rumah sakit", "Rumah sakit daerah kewalahan menangani pasien demam berdarah.", nil},
	{"generic sekolah", "Sekolah-sekolah di wilayah itu diliburkan selama tiga hari.", nil},
	{"generic desa", "Desa itu terisolasi setelah jembatan penghubung putus.", nil},
	{"generic weather", "Hujan deras mengguyur wilayah Jabodetabek sejak Senin sore.", nil},
	{"generic banjir place", "Banjir merendam ratusan rumah di Kecamatan Baleendah, Kabupaten Bandung.", nil},
	{"generic gempa", "Gempa bermagnitudo 6,2 mengguncang Kabupaten Garut pada Jumat malam.", nil},
	{"generic harga", "Harga beras premium di Pasar Induk Cipinang naik menjadi Rp 16.000 per kilogram.", nil},
	{"generic inflasi", "Inflasi pada Mei tercatat lebih rendah dibanding bulan sebelumnya.", nil},
	{"generic holiday", "Libur Idul Fitri tahun ini berlangsung selama sepekan.", nil},
	{"generic ruu", "RUU Perampasan Aset kembali masuk daftar prioritas tahun depan.", nil},
	{"generic uu", "Undang-Undang Cipta Kerja digugat ke pengadilan oleh serikat buruh.", nil},
	{"generic pilkada", "Pilkada serentak digelar di 545 daerah pada November.", nil},
	{"generic program", "Program Makan Bergizi Gratis menjangkau 20 juta siswa.", nil},
	{"generic jalan", "Jalan Tol Cipularang ditutup sementara akibat longsor.", nil},
	{"generic festival", "Festival Danau Toba kembali digelar setelah vakum dua tahun.", nil},
	{"generic kapal", "KM Tunu Pratama Jaya tenggelam di Selat Bali dengan 65 penumpang.", nil},
	{"generic gunung", "Gunung Lewotobi Laki-laki kembali erupsi dengan tinggi kolom abu 8 kilometer.", nil},
	{"generic pejabat", "Pejabat yang terbukti korupsi akan dicopot dari jabatannya.", nil},
	{"generic tni polri lower", "Aparat gabungan menyisir hutan untuk mencari korban yang hilang.", nil},
	{"generic masjid", "Masjid Istiqlal menggelar salat Idul Adha yang diikuti ribuan jemaah.", nil},
	{"generic rsud", "RSUD Dr. Soetomo menerima 40 korban kecelakaan bus.", nil},
	{"generic pemilu date", "Pemilu 2029 diperkirakan menelan biaya Rp 100 triliun.", nil},
	{"generic terminal", "Terminal Kampung Rambutan dipadati pemudik sejak Kamis pagi.", nil},
}
