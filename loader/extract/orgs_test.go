package extract

import (
	"context"
	"slices"
	"testing"

	"github.com/geokg/kg/loader/facts"
)

// TestOrganizationRules checks the organization rules on sentences written
// for the test: a name after an organization's head word, the state inside
// it as its country, occupations inside a name, and what is no name.
func TestOrganizationRules(t *testing.T) {
	x := extractor(t)
	for _, c := range []struct {
		name, lang, text, id, country string
		absent                        []string
	}{
		{"front", "id", "Front Pemuda Nusantara menggelar unjuk rasa di depan gedung parlemen pada Senin.", "front-pemuda-nusantara", "", nil},
		{"word for a company and its field", "id", "Raksasa ritel Kalverstrom menaikkan upah karyawannya.", "kalverstrom", "", nil},
		{"word for a company and two field words", "id", "Perusahaan rintisan teknologi Nordvalk Robotics mengumpulkan dana baru.", "nordvalk-robotics", "", nil},
		{"English name going on after the", "id", "Organisasi nirlaba Save the Whales mengirim bantuan.", "save-the-whales", "", []string{"save"}},
		{"word for a company at the sentence's start", "id", "Maskapai Kalverstrom membatalkan ratusan penerbangan.", "kalverstrom", "", nil},
		{"origin after a word for a company is no name", "id", "Perusahaan investasi asal Kepulauan Cayman itu membeli saham.", "", "", []string{"kepulauan-cayman"}},
		{"alliance with an occupation and a place", "id", "Aliansi Mahasiswa Papua menggelar demonstrasi di depan kantor gubernur kemarin.", "aliansi-mahasiswa-papua", "IDN", nil},
		{"party with its state", "id", "Partai Komunis Nepal menggelar kongres di Kathmandu pekan ini.", "partai-komunis-nepal", "NPL", []string{"NPL"}},
		{"party with its state as an acronym", "id", "Partai Hijau AS menolak rancangan anggaran itu pada Selasa.", "partai-hijau-as", "USA", []string{"USA"}},
		{"company whose name starts with a known one's short name", "id", "PT Truba Alam melakukan akuisisi PT Meta Epsi sebesar 28 persen.", "pt-meta-epsi", "IDN", []string{"meta-platforms"}},
		{"a known company's local arm with the state in its name", "id", "PT Google Indonesia membuka kantor baru di Jakarta.", "pt-google-indonesia", "IDN", []string{"google"}},
		{"a known company by its short name", "id", "Meta menolak berkomentar mengenai laporan tersebut.", "meta-platforms", "USA", nil},
		{"association with an occupation and more words", "id", "Asosiasi Petani Tebu Rakyat menolak impor gula itu.", "asosiasi-petani-tebu-rakyat", "", []string{"tebu-rakyat", "asosiasi-petani"}},
		{"union with an occupation and more words", "id", "Serikat Pekerja Pelabuhan Tanjung Priok menggelar mogok kerja.", "serikat-pekerja-pelabuhan-tanjung-priok", "", []string{"pelabuhan-tanjung-priok"}},
		{"party with an occupation", "id", "Partai Buruh Norwegia memenangkan pemilihan umum tahun ini.", "partai-buruh-norwegia", "NOR", nil},
		{"known organization by name", "id", "Pengurus Nahdlatul Ulama menolak rencana itu dalam rapat pekan lalu.", "nahdlatul-ulama", "IDN", nil},
		{"school with a number", "id", "Siswa SMA Negeri 1 Bandung menjuarai lomba itu pekan lalu.", "sma-negeri-1-bandung", "IDN", nil},
		{"university before a person's name", "id", "Pengamat politik Universitas Indonesia Aditya Perdana menilai langkah itu keliru.", "universitas-indonesia", "IDN", []string{"universitas-indonesia-aditya-perdana"}},
		{"English tail in Indonesian text", "id", "Ia memperoleh gelar doktor dari Clemson University pada 2000.", "clemson-university", "", nil},
		{"listed company by its stock code", "id", "Saham KLBF naik 3 persen di Bursa Efek Indonesia pada Senin.", "kalbe-farma", "IDN", nil},
		{"airline by name", "id", "Ia memutuskan membeli 51 persen saham Mandala Airlines.", "mandala-airlines", "IDN", nil},
		{"unknown acronym's branch in a foreign capital", "id", "Pengurus PCINU Kairo menggelar pengajian bagi mahasiswa Indonesia.", "pcinu-kairo", "", []string{"EGY"}},
		{"unknown acronym's branch at the sentence's start", "id", "PPI Canberra menggelar diskusi tentang pemilu.", "ppi-canberra", "", []string{"AUS"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := x.Article(context.Background(), Input{Text: c.text, Lang: c.lang})
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			found := false
			for _, a := range d.Actors {
				ids = append(ids, a.ID)
				if a.ID == c.id {
					found = true
					if a.Kind != facts.KindOrganization || a.Country != c.country {
						t.Errorf("%s: kind %s country %q, want organization %q", c.id, a.Kind, a.Country, c.country)
					}
				}
				for _, no := range c.absent {
					if a.ID == no {
						t.Errorf("unexpected %s (part of the name) in %v", no, d.Actors)
					}
				}
			}
			if !found && c.id != "" {
				t.Errorf("no %s in %v", c.id, ids)
			}
		})
	}
}

// TestGenericBodies checks bodies of a state named by a head word and the
// capitalized words after it ("Badan Gizi Nasional"), on sentences written
// for the test: the kind and sector of the head, the state named in the
// name or else the home state, and what is no body.
func TestGenericBodies(t *testing.T) {
	x := extractor(t)
	for _, c := range []struct {
		name, text, id, kind, country string
		absent                        []string
	}{
		{"agency of the home state", "Badan Pengelola Dana Lingkungan Hidup menghentikan sementara program itu pada Senin.", "idn-badan-pengelola-dana-lingkungan-hidup", facts.KindAgency, "IDN", nil},
		{"new ministry", "Kementerian Urusan Perbatasan menerima laporan itu pekan lalu.", "idn-kementerian-urusan-perbatasan", facts.KindAgency, "IDN", nil},
		{"head of two words", "Direktorat Jenderal Penerbangan Sipil meminta penjelasan maskapai itu.", "idn-direktorat-jenderal-penerbangan-sipil", facts.KindAgency, "IDN", nil},
		{"foreign body with its state", "Komisi Antikorupsi Brunei menangkap dua pejabat di Bandar Seri Begawan.", "brn-anti-graft-agency", facts.KindAgency, "BRN", []string{"BRN", "brn-komisi-antikorupsi-brunei"}},
		{"a royal body with its state", "Kepolisian Diraja Brunei menangkap dua tersangka di Bandar Seri Begawan.", "brn-police", facts.KindAgency, "BRN", []string{"BRN", "brn-kepolisian-diraja-brunei"}},
		{"foreign body known by its name", "Kepolisian Diraja Malaysia menangkap dua tersangka di Johor.", "mys-police", facts.KindAgency, "MYS", []string{"MYS", "mys-kepolisian-diraja-malaysia"}},
		{"court", "Mahkamah Syariah Aceh menolak permohonan itu.", "idn-mahkamah-syariah-aceh", facts.KindCourt, "IDN", nil},
		{"two bodies joined by dan", "Badan Pengelola Dana Lingkungan Hidup dan Badan Pengelola Perbatasan menandatangani kesepakatan.", "idn-badan-pengelola-dana-lingkungan-hidup", facts.KindAgency, "IDN", []string{"idn-badan-pengelola-dana-lingkungan-hidup-dan-badan-pengelola-perbatasan"}},
		{"known body keeps its id", "Badan Nasional Penanggulangan Bencana mengirim bantuan ke Cianjur.", "idn-bnpb", facts.KindAgency, "IDN", []string{"idn-badan-nasional-penanggulangan-bencana"}},
		{"known acronym in brackets names it", "Badan Perencanaan Pembangunan Nasional (Bappenas) mengusulkan pembatalan pinjaman.", "idn-bappenas", facts.KindAgency, "IDN", []string{"idn-badan-perencanaan-pembangunan-nasional"}},
		{"a kind of body is no body", "Pemerintah membentuk Badan Usaha Milik Negara baru dan Kementerian Kelautan dan Perikanan mendukungnya.", "idn-fisheries-ministry", facts.KindAgency, "IDN", []string{"idn-badan-usaha-milik-negara"}},
		{"commission of a known body", "Komisi XI DPR memanggil Gubernur Bank Indonesia.", "idn-dpr", facts.KindLegislature, "IDN", []string{"idn-komisi-xi", "idn-komisi-xi-dpr"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := x.Article(context.Background(), Input{Text: c.text, Lang: "id"})
			if err != nil {
				t.Fatal(err)
			}
			checkActor(t, d.Actors, c.id, c.kind, c.country, c.absent)
		})
	}
}

// TestMediaCues checks that a capitalized name after a word for a news
// outlet ("harian", "kantor berita", "the newspaper") is an outlet, and
// that a known state after such a word stays the state.
func TestMediaCues(t *testing.T) {
	x := extractor(t)
	for _, c := range []struct {
		name, lang, text, id, kind string
		absent                     []string
	}{
		{"daily", "id", "Hal itu dikatakan Cavaille kepada harian Le Parisien pada Senin.", "le-parisien", facts.KindMedia, nil},
		{"magazine", "id", "Menurut majalah Der Spiegel, rencana itu sudah disetujui.", "der-spiegel", facts.KindMedia, nil},
		{"English newspaper", "en", "He told the newspaper El Mundo that the plan had failed.", "el-mundo", facts.KindMedia, nil},
		{"a state after media stays the state", "id", "Ia berbicara kepada media Amerika setelah rapat itu.", "USA", facts.KindState, nil},
		{"company by its English tail", "id", "Perusahaan itu menjual sahamnya kepada Encore Energy pekan lalu.", "encore-energy", facts.KindOrganization, nil},
		{"outlet after its state", "id", "Surat kabar Norwegia Bergens Tidende melaporkan penangkapan itu.", "bergens-tidende", facts.KindMedia, []string{"norwegia-bergens-tidende"}},
		{"outlet whose name starts with a title's word", "id", "Menurut harian Utusan Borneo, banjir merendam tiga desa.", "utusan-borneo", facts.KindMedia, nil},
		{"outlet named after its state", "id", "Hal itu dilaporkan harian Berita Singapura pada Senin.", "berita-singapura", facts.KindMedia, []string{"SGP"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := x.Article(context.Background(), Input{Text: c.text, Lang: c.lang})
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			found := false
			for _, a := range d.Actors {
				ids = append(ids, a.ID)
				if slices.Contains(c.absent, a.ID) {
					t.Errorf("unexpected %s in %v", a.ID, d.Actors)
				}
				if a.ID == c.id {
					found = true
					if a.Kind != c.kind {
						t.Errorf("%s: kind %s, want %s", c.id, a.Kind, c.kind)
					}
				}
			}
			if !found {
				t.Errorf("no %s in %v", c.id, ids)
			}
		})
	}
}

// TestOrganizationForms checks the fifth actors pass's organization rules
// on sentences written for the test: a name after a word for an
// organization (org_cues), chains of legal forms after a company's name,
// outlets by their name's last word (media_tails), English heads with
// "of"; each with cases that must give no organization.
func TestOrganizationForms(t *testing.T) {
	x := extractor(t)
	for _, c := range []struct {
		name, lang, text string
		want             map[string]string // id -> kind
		absent           []string
	}{
		// org_cues
		{"club after klub", "id", "Ia bermain untuk klub Troyes selama dua musim.", map[string]string{"troyes": facts.KindOrganization}, nil},
		{"acronym after anak perusahaan", "id", "Kapal itu ditempatkan di bawah anak perusahaan APOL pekan lalu.", map[string]string{"arpeni-pratama-ocean-line": facts.KindOrganization}, nil},
		{"cue with a modifier", "id", "Ia bekerja di perusahaan penerbangan Garuda Nusantara sejak 2010.", map[string]string{"garuda-nusantara": facts.KindOrganization}, nil},
		{"state at the end is the country", "id", "Blok itu milik anak perusahaan Conocophilips AS.", map[string]string{"conocophilips": facts.KindOrganization, "USA": facts.KindState}, []string{"conocophilips-as"}},
		{"cue and a known name", "id", "Menurut dia, bank Mandiri siap melakukan merger.", map[string]string{"bank-mandiri": facts.KindOrganization}, []string{"mandiri"}},
		{"English company", "en", "The company Globalstar said the launch had failed.", map[string]string{"globalstar": facts.KindOrganization}, nil},
		{"English group", "en", "The group Anonymous said it would continue the protests.", map[string]string{"anonymous": facts.KindOrganization}, nil},
		{"no: a state after the cue", "id", "Perusahaan Jepang itu menanam modal di Batam.", nil, []string{"jepang", "perusahaan-jepang"}},
		{"no: a kind of company", "id", "Pemerintah meminta perusahaan BUMN menurunkan harga.", nil, []string{"bumn"}},
		{"no: a religion", "id", "Beberapa partai Islam menolak rancangan undang-undang itu.", nil, []string{"islam"}},
		{"no: an ordinary word", "id", "Saham perusahaan Tersebut naik tajam.", nil, []string{"tersebut"}},
		{"no: a person after the cue", "id", "Ia menemui perusahaan Budi Santoso di Bandung.", nil, nil},
		{"an acronym starting a longer name", "id", "Bank itu anak perusahaan KLMB Grup dari Malaysia.", map[string]string{"klmb-grup": facts.KindOrganization}, []string{"klmb"}},
		{"no: a weekday", "en", "The company Monday said profits fell.", nil, []string{"monday"}},
		// acronyms defined in brackets; companies named after a known one
		{"acronym defined, then used alone", "id", "Yayasan Kasih Bangsa (YKB) menggelar acara itu. Pekan depan YKB menggelar acara lain.", map[string]string{"yayasan-kasih-bangsa": facts.KindOrganization}, []string{"ykb"}},
		{"English acronym defined, then used alone", "en", "Hackers attacked the Church of Scientology (COS) on Monday. COS said it would sue.", map[string]string{"church-of-scientology": facts.KindOrganization}, []string{"cos"}},
		{"no: an acronym after a statistic", "id", "Neraca Pembayaran Indonesia (NPI) diperkirakan surplus. NPI naik tajam.", nil, []string{"npi"}},
		{"no: an acronym whose letter is not the name's", "id", "Yayasan Kasih Bangsa (ABC) menggelar acara itu. Pekan depan ABC menggelar acara lain.", map[string]string{"yayasan-kasih-bangsa": facts.KindOrganization}, []string{"abc"}},
		{"a company named after a known one", "id", "Bank itu memiliki saham di PT BNI Securities dan PT BNI Life Insurance.", map[string]string{"pt-bni-securities": facts.KindOrganization, "pt-bni-life-insurance": facts.KindOrganization}, []string{"pt-bni"}},
		{"the acronym alone after PT", "id", "Saham PT PKG naik 3 persen pada Senin.", map[string]string{"pt-pkg": facts.KindOrganization}, nil},
		// legal forms
		{"Co. Ltd.", "id", "Perseroan bekerja sama dengan Hyundai Merchant Marine Co. Ltd. dari Korea Selatan.", map[string]string{"hyundai-merchant-marine": facts.KindOrganization, "KOR": facts.KindState}, nil},
		{"Pte Ltd with a state inside", "id", "Ia membeli saham dari First Durango Singapore Pte Ltd pekan lalu.", map[string]string{"first-durango-singapore": facts.KindOrganization}, []string{"SGP"}},
		{"a known company starts a longer one", "id", "Perusahaan itu menjual sahamnya di Jiangsu Liantong Sampoerna Printing Co. Ltd. tahun lalu.", map[string]string{"jiangsu-liantong-sampoerna-printing": facts.KindOrganization}, []string{"hm-sampoerna"}},
		{"a known company before its tail stays itself", "id", "Saham Toshiba Corp turun 2 persen.", map[string]string{"toshiba": facts.KindOrganization}, []string{"toshiba-corp"}},
		{"no: a state alone before the tail", "id", "Ia pindah ke Singapura Ltd bulan lalu.", nil, []string{"singapura"}},
		// media_tails
		{"outlet by its tail", "id", "Keputusan itu dilaporkan Gulf News pada Selasa.", map[string]string{"gulf-news": facts.KindMedia}, nil},
		{"English outlets by their tail", "en", "ABC News and LA Weekly reported the story.", map[string]string{"abc-news": facts.KindMedia, "la-weekly": facts.KindMedia}, nil},
		{"no: a tail word alone", "en", "News of the attack spread quickly.", nil, []string{"news"}},
		// a sentence's opening word before a tail; known outlets after a source cue
		{"tail after an opening cue", "id", "Menurut Gulf News, pasukan itu sudah ditarik.", map[string]string{"gulf-news": facts.KindMedia}, []string{"menurut-gulf-news"}},
		{"outlet that is an ordinary word after menurut", "id", "Menurut Antara, pasukan itu sudah ditarik.", map[string]string{"antara": facts.KindMedia}, nil},
		{"outlet after dilansir", "id", "Seperti dilansir Tempo, pasukan itu sudah ditarik.", map[string]string{"tempo": facts.KindMedia}, nil},
		{"outlet after kepada", "id", "Hal itu dikatakannya kepada Detik pada Senin.", map[string]string{"detik": facts.KindMedia}, nil},
		{"no: the ordinary word without a cue", "id", "Antara dua negara itu terjadi ketegangan.", nil, []string{"antara"}},
		{"no: a person after menurut", "id", "Menurut Budi, pasukan itu sudah ditarik.", nil, []string{"budi-media"}},
		{"a body after kepada stays a body", "id", "Ia melapor kepada Bursa Efek Surabaya (BES) di Jakarta.", map[string]string{"bursa-efek-surabaya": facts.KindOrganization}, nil},
		{"no: a capitalized word before the run", "en", "Officials at Springfield Mining Corp said the mine closed.", map[string]string{"springfield-mining": facts.KindOrganization}, []string{"at-springfield-mining"}},
		// more heads and tails
		{"community head", "id", "Jaringan Islam Liberal menggelar diskusi di Jakarta.", map[string]string{"jaringan-islam-liberal": facts.KindOrganization}, nil},
		{"fund tail", "id", "Ia membeli saham dari Ashmore Funds pekan lalu.", map[string]string{"ashmore-funds": facts.KindOrganization}, nil},
		{"no: a numbered edition", "id", "Ia membuka Indonesia Investor Forum II di Jakarta.", nil, []string{"forum-ii"}},
		{"English head with for", "en", "The Movement for Democratic Change won the vote.", map[string]string{"movement-for-democratic-change": facts.KindOrganization}, nil},
		{"no: English head before a lower-case word", "en", "Union leaders met on Monday.", nil, nil},
		// English names ending with an organization's word (org_create_tails)
		{"English institute by its tail", "en", "A spokesman for the Harbour Workers Institute said the strike would go on.", map[string]string{"harbour-workers-institute": facts.KindOrganization}, nil},
		{"English association by its tail", "en", "The Coastal Farmers Association said prices fell.", map[string]string{"coastal-farmers-association": facts.KindOrganization}, nil},
		{"English party's members by their tail", "en", "Voters backed the Green Valley Democrats in the north.", map[string]string{"green-valley-democrats": facts.KindOrganization}, nil},
		{"a head word that ends the name", "en", "Members of the Student Federation marched to the port.", map[string]string{"student-federation": facts.KindOrganization}, nil},
		{"no: a council of a state", "en", "The Legislative Council passed the bill on Monday.", nil, []string{"legislative-council"}},
		{"no: a competition", "en", "The Rotterdam club won the Super League last year.", nil, []string{"super-league"}},
		{"no: a tail word alone", "en", "He spoke at the Institute on Monday.", nil, []string{"institute"}},
		{"no: a group after a possessive", "en", "The mayor's Young Reform Democrats lost two seats.", nil, []string{"young-reform-democrats"}},
		// English names with "of" and English heads inside Indonesian text
		{"English bank of a state in Indonesian text", "id", "Bank of Ireland adalah sebuah bank komersial di Irlandia.", map[string]string{"bank-of-ireland": facts.KindOrganization}, nil},
		{"English university of a city in Indonesian text", "id", "Ia mengajar di University of Melbourne sejak 2001.", map[string]string{"university-of-melbourne": facts.KindOrganization}, []string{"university"}},
		{"French alliance in Indonesian text", "id", "Alliance Française membuka kursus baru di Bandung.", map[string]string{"alliance-francaise": facts.KindOrganization}, nil},
		{"a head word inside a longer name", "id", "Arief meraih gelar dari Hanover University Biology Institute pada 2003.", map[string]string{"hanover-university-biology-institute": facts.KindOrganization}, []string{"university-biology-institute"}},
		{"a known college whose name ends with a city", "id", "Ia lulus dari Imperial College London pada 2005.", map[string]string{"imperial-college-london": facts.KindOrganization}, []string{"college-london"}}, // the gazetteer's since the science grid
		{"no: English of in an Indonesian sentence", "id", "Bank itu of course tidak rugi.", nil, []string{"bank-of-course"}},
		{"English association with of after it", "en", "He works for the National Rifle Association of America.", map[string]string{"national-rifle-association": facts.KindOrganization}, []string{"association-of-america"}},
		// an unknown acronym a person belongs to
		{"acronym after a person and of", "en", "Ann Lee of NCWA lost her seat on Sunday.", map[string]string{"ncwa": facts.KindOrganization, "ann-lee": facts.KindPerson}, nil},
		{"acronym before a possessive and a person", "en", "Voters in the north backed RWPA's Tom Baker on Sunday.", map[string]string{"rwpa": facts.KindOrganization}, nil},
		{"acronym of a name the article gave", "en", "The Rural Workers Alliance won two seats. Ann Lee of RWA lost her seat on Sunday.", map[string]string{"rural-workers-alliance": facts.KindOrganization}, []string{"rwa"}},
		{"no: a regnal number", "en", "Henry VIII of England died in 1547.", nil, []string{"viii"}},
		{"no: an acronym after a place", "en", "Officials in Boston of MA said the count was over.", nil, []string{"ma"}},
		// a shortening of a company the article named in full
		{"shortened company is the full one", "id", "PT Sinar Kencana Abadi Makmur membeli pabrik itu. Kini PT Sinar memiliki tiga pabrik.", map[string]string{"pt-sinar-kencana-abadi-makmur": facts.KindOrganization}, []string{"pt-sinar"}},
		{"a longer name named later is another company", "id", "PT Sinar Kencana membeli pabrik itu. PT Sinar Kencana Abadi menjual pabrik lain.", map[string]string{"pt-sinar-kencana": facts.KindOrganization, "pt-sinar-kencana-abadi": facts.KindOrganization}, nil},
		// firms named after their partners
		{"accounting firm and its partners", "id", "Kantor Akuntan Publik Budi Santoso dan Rekan ditunjuk sebagai auditor.", map[string]string{"budi-santoso-dan-rekan": facts.KindOrganization}, []string{"akuntan-publik-budi-santoso-dan-rekan"}},
		{"law firm and its partners", "id", "Ia bekerja di kantor hukum Wiratama Lubis & Partners sejak 2001.", map[string]string{"wiratama-lubis-partners": facts.KindOrganization}, nil},
		{"no: two parties' members", "en", "Republicans and Democrats met on Monday.", nil, []string{"republicans-and-democrats"}},
		{"no: colleagues", "id", "Budi dan rekan-rekannya datang ke kantor polisi.", nil, []string{"budi-dan-rekan"}},
		// numbered schools named with their city or regency
		{"numbered school with its regency", "id", "Murid SMPN 1 Kabupaten Bogor menjuarai lomba itu.", map[string]string{"smpn-1-kabupaten-bogor": facts.KindOrganization}, []string{"smpn-1"}},
		{"numbered school with its city", "id", "Ia bersekolah di SDN 3 Kota Bekasi sejak 2010.", map[string]string{"sdn-3-kota-bekasi": facts.KindOrganization}, []string{"sdn-3"}},
		{"a shared party name with a US person is the US party", "id", "Kandidat presiden dari Partai Demokrat Hillary Clinton berkampanye di Ohio.", map[string]string{"us-democratic-party": facts.KindOrganization}, []string{"partai-demokrat"}},
		{"a shared party name with the state named is that state's party", "id", "Partai Buruh memenangkan pemilu Inggris.", map[string]string{"uk-labour-party": facts.KindOrganization}, []string{"partai-buruh"}},
		{"a shared party name alone stays the name", "id", "Partai Demokrat mengusung Agus Harimurti Yudhoyono.", map[string]string{"partai-demokrat": facts.KindOrganization}, []string{"us-democratic-party"}},
		{"a party without its city branch", "id", "Partai Demokrat Kota Bandung menggelar rapat.", map[string]string{"partai-demokrat": facts.KindOrganization}, []string{"partai-demokrat-kota-bandung"}},
		// museums
		{"museum with its state", "id", "Museum Nasional Filipina menggelar pameran keramik pekan ini.", map[string]string{"museum-nasional-filipina": facts.KindOrganization}, nil},
		{"no: museum as a common noun", "id", "Museum itu dibuka pada 1990.", nil, []string{"museum", "museum-itu"}},
		// a sentence that defines its opening name
		{"defined airline", "id", "Berjaya Air adalah maskapai penerbangan yang berpusat di Shah Alam.", map[string]string{"berjaya-air": facts.KindOrganization}, nil},
		{"defined club with an article", "id", "Sinar Harapan Club merupakan sebuah klub sepak bola yang didirikan pada 1985.", map[string]string{"sinar-harapan-club": facts.KindOrganization}, nil},
		{"defined English company", "en", "Hitwise is a company that measures web traffic.", map[string]string{"hitwise": facts.KindOrganization}, nil},
		{"no: a pronoun", "id", "Ia adalah sebuah perusahaan besar.", nil, []string{"ia"}},
		{"no: a person", "id", "Budi Santoso adalah pemilik perusahaan itu.", nil, nil},
		{"no: a city", "id", "Surabaya adalah kota terbesar kedua di Indonesia.", nil, []string{"surabaya"}},
		// English heads with "of"
		{"Church of", "en", "The Church of Scientology denied the claims.", map[string]string{"church-of-scientology": facts.KindOrganization}, nil},
		{"University of with a state", "en", "She teaches at the University of Indonesia in Depok.", map[string]string{"university-of-indonesia": facts.KindOrganization}, []string{"IDN"}},
		{"no: a head without a name", "en", "The church of the village was destroyed.", nil, []string{"church-of-the-village"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := x.Article(context.Background(), Input{Text: c.text, Lang: c.lang})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]string{}
			for _, a := range d.Actors {
				got[a.ID] = a.Kind
			}
			for id, kind := range c.want {
				if k, ok := got[id]; !ok {
					t.Errorf("no %s in %v", id, got)
				} else if k != kind {
					t.Errorf("%s: kind %s, want %s", id, k, kind)
				}
			}
			for _, id := range c.absent {
				if _, ok := got[id]; ok {
					t.Errorf("unexpected %s in %v", id, got)
				}
			}
			if c.want == nil {
				for id, k := range got {
					if k == facts.KindOrganization || k == facts.KindMedia {
						t.Errorf("unexpected organization %s in %v", id, got)
					}
				}
			}
		})
	}
}

// TestDefinedAcronyms checks that an acronym defined in brackets right
// after an organization's name names it again later in the article (one
// more mention of the same actor, in a sentence of its own), and that an
// acronym after a name of another kind, or whose first letter is not the
// name's, names no one.
func TestDefinedAcronyms(t *testing.T) {
	x := extractor(t)
	for _, c := range []struct {
		name, lang, text, id string
		mentions             int
	}{
		{"foundation", "id", "Yayasan Kasih Bangsa (YKB) menggelar acara itu. Pekan depan YKB menggelar acara lain.", "yayasan-kasih-bangsa", 2},
		{"company with legal forms before the brackets", "id", "PT Mitra Karya Abadi Tbk. (MKA) membeli saham itu. Kemudian MKA menjual kebunnya.", "pt-mitra-karya-abadi", 2},
		{"English", "en", "Hackers attacked the Church of Scientology (COS) on Monday. COS said it would sue.", "church-of-scientology", 2},
		{"first letter differs: no definition", "id", "Yayasan Kasih Bangsa (ABC) menggelar acara itu. Pekan depan ABC menggelar acara lain.", "yayasan-kasih-bangsa", 1},
		{"short name in title case", "id", "PT Pamapersada Nusantara (Pama) menandatangani kontrak itu. Pama akan membantu pemerintah daerah.", "pt-pamapersada-nusantara", 2},
		{"short name that is an ordinary word: no definition", "id", "Yayasan Kasih Bangsa (Kasih) menggelar acara itu. Kasih menggelar acara lain.", "yayasan-kasih-bangsa", 1},
		{"short name not of the name's letters: no definition", "id", "Yayasan Kasih Bangsa (Kamoro) menggelar acara itu. Kamoro menggelar acara lain.", "yayasan-kasih-bangsa", 1},
		{"undefined acronym: no mention", "id", "Yayasan Kasih Bangsa menggelar acara itu. Pekan depan YKB menggelar acara lain.", "yayasan-kasih-bangsa", 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := x.Article(context.Background(), Input{Text: c.text, Lang: c.lang})
			if err != nil {
				t.Fatal(err)
			}
			for _, a := range d.Actors {
				if a.ID == c.id {
					if len(a.Mentions) != c.mentions {
						t.Errorf("%s: %d mentions, want %d: %+v", c.id, len(a.Mentions), c.mentions, a.Mentions)
					}
					return
				}
			}
			t.Errorf("no %s in %+v", c.id, d.Actors)
		})
	}
	t.Run("not after a statistic", func(t *testing.T) {
		d, err := x.Article(context.Background(), Input{Text: "Neraca Pembayaran Indonesia (NPI) diperkirakan surplus. NPI naik tajam.", Lang: "id"})
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range d.Actors {
			if a.Kind == facts.KindOrganization {
				t.Errorf("unexpected organization %s", a.ID)
			}
		}
	})
}

// TestBodyForms checks the fifth pass's body rules on sentences written
// for the test: new head words (Komando, Sekretariat, Inspektorat), an
// international name after a body's head word (no body of the home
// state), a filler word between a body's generic name and its state.
func TestBodyForms(t *testing.T) {
	x := extractor(t)
	for _, c := range []struct {
		name, lang, text, id, kind, country string
		absent                              []string
	}{
		{"command of a named state", "id", "Komando Operasi Khusus AS menggelar latihan di Laut China Selatan.", "usa-komando-operasi-khusus-as", facts.KindMilitary, "USA", []string{"idn-komando-operasi-khusus", "USA"}},
		{"inspectorate of the home state", "id", "Inspektorat Provinsi Papua memeriksa laporan keuangan itu.", "idn-inspektorat-provinsi-papua", facts.KindAgency, "IDN", nil},
		{"international court is no home body", "id", "Pengadilan Pidana Internasional mengeluarkan surat perintah penangkapan.", "pengadilan-pidana-internasional", facts.KindIGO, "", []string{"idn-pengadilan-pidana-internasional"}},
		{"home court stays home", "id", "Pengadilan Niaga Jakarta Pusat menolak gugatan pailit itu.", "idn-pengadilan-niaga-jakarta-pusat", facts.KindCourt, "IDN", nil},
		{"filler before the state", "id", "Kementerian Pertahanan Nasional Korea Selatan menyatakan rudal itu jatuh di laut.", "kor-defense-ministry", facts.KindAgency, "KOR", []string{"idn-defense-ministry"}},
		{"Palestinian Authority (data)", "id", "Otoritas Palestina mengecam serangan itu.", "pse-authority", facts.KindGovernment, "PSE", nil},
		{"legislature by a word in its name", "id", "Dewan Legislatif Hong Kong mengesahkan undang-undang itu.", "hkg-dewan-legislatif-hong-kong", facts.KindLegislature, "HKG", nil},
		{"filler without a state stays home", "id", "Kementerian Pertahanan Nasional menyatakan hal itu.", "idn-defense-ministry", facts.KindAgency, "IDN", []string{"kor-defense-ministry"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := x.Article(context.Background(), Input{Text: c.text, Lang: c.lang})
			if err != nil {
				t.Fatal(err)
			}
			checkActor(t, d.Actors, c.id, c.kind, c.country, c.absent)
		})
	}
}

// TestOutletSpokenTo checks that an outlet a rule found after "told" is
// the audience of what is said, never the subject of a later verb in the
// sentence.
func TestOutletSpokenTo(t *testing.T) {
	x := extractor(t)
	for _, c := range []struct {
		name, text, outlet string
	}{
		{"told", "Whitmore told LA Weekly that on Monday after traveling back from Florida, Montalvo turned himself in.", "la-weekly"},
		{"told the", "Whitmore told the Gulf News that Iran attacked Iraq.", "gulf-news"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := x.Article(context.Background(), Input{Text: c.text, Lang: "en"})
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, a := range d.Actors {
				if a.ID == c.outlet {
					found = true
				}
			}
			if !found {
				t.Fatalf("no %s in %+v", c.outlet, d.Actors)
			}
			for _, e := range d.Events {
				if e.Source == c.outlet {
					t.Errorf("event %+v with the outlet spoken to as its source", e)
				}
			}
		})
	}
}

// checkActor fails unless actors has id with the kind and country given,
// and none of the ids in absent.
func checkActor(t *testing.T, actors []facts.Actor, id, kind, country string, absent []string) {
	t.Helper()
	var ids []string
	found := false
	for _, a := range actors {
		ids = append(ids, a.ID)
		if a.ID == id {
			found = true
			if a.Kind != kind || a.Country != country {
				t.Errorf("%s: kind %s country %q, want %s %q", id, a.Kind, a.Country, kind, country)
			}
		}
		for _, no := range absent {
			if a.ID == no {
				t.Errorf("unexpected %s in %v", no, ids)
			}
		}
	}
	if !found {
		t.Errorf("no %s in %v", id, ids)
	}
}

// TestAmpersandOrgs checks capitalized words joined by "&" as one
// organization (ampersandOrgs), with no person made of their words, and a
// known name that spans the ampersand kept.
func TestAmpersandOrgs(t *testing.T) {
	t.Run("id", func(t *testing.T) {
		checkIntlCases(t, "id", []intlCase{
			{"two names", "Procter & Gamble menaikkan harga produknya.", "procter-gamble", "organization", "", nil},
			{"a foundation's head word and given names", "Yayasan Bill & Melinda Gates menjanjikan dana baru.", "yayasan-bill-melinda-gates", "organization", "", []string{"melinda-gates", "yayasan-bill"}},
			{"a person's name after the name", "Direktur Utama Nusantara E&P Indonesia Ronald Hutapea meninjau sumur baru.", "nusantara-e-p-indonesia", "organization", "", []string{"e", "nusantara-e-p-indonesia-ronald-hutapea"}},
		})
	})
	t.Run("en", func(t *testing.T) {
		checkIntlCases(t, "en", []intlCase{
			{"a given name first", "Ernst & Young audited the company.", "ernst-young", "organization", "", []string{"ernst"}},
			{"a known name spans it", "The Bill & Melinda Gates Foundation pledged new funds.", "bill-melinda-gates-foundation", "organization", "USA", []string{"bill-melinda-gates"}},
			{"a city after it", "Shares of Marks & Spencer fell 3 percent in London.", "marks-spencer", "organization", "", nil},
		})
	})
}

// TestStateOwnedNames checks an unknown name that ends with an
// organization's tail word after a state's possessive: the state's own
// organization, with its country ("South Africa's National Prosecuting
// Authority"); after a person's possessive it is no organization.
func TestStateOwnedNames(t *testing.T) {
	checkIntlCases(t, "en", []intlCase{
		{"state's authority", "Kenya's National Cohesion Commission warned against hate speech.", "national-cohesion-commission", "organization", "KEN", nil},
		{"state's fund", "Saudi Arabia's Public Investment Fund bought a stake in the club.", "public-investment-fund", "organization", "SAU", nil},
		{"person's group", "Merkel's Christian Democrats lost ground in the vote.", "angela-merkel", "person", "DEU", []string{"christian-democrats"}},
	})
}

// TestBracketDefinedOrgs checks an unknown name with a state's or a
// place's name inside, defined by the acronym of its initials in brackets:
// an organization that names no state, and its acronym later names it too;
// ordinary words name a statistic, no organization.
func TestBracketDefinedOrgs(t *testing.T) {
	checkIntlCases(t, "id", []intlCase{
		{"a state inside", "Majelis Mujahidin Indonesia (MMI) menolak putusan itu. MMI akan menggugat.", "majelis-mujahidin-indonesia", "organization", "IDN", []string{"IDN"}},
		{"an English name with states", "Perusahaan itu menjual sahamnya kepada Anglo American Platinum (AAP).", "", "", "", []string{"GBR", "USA"}},
	})
}

// TestMissionAcronymThenPlace checks a mission's name with its acronym
// in brackets before where it is: the host state is still read.
func TestMissionAcronymThenPlace(t *testing.T) {
	checkIntlCases(t, "id", []intlCase{
		{"embassy, acronym, host capital", "Kedutaan Besar Republik Indonesia (KBRI) di Seoul mengimbau WNI menjauhi lokasi demonstrasi.", "embassy-idn-kor", "mission", "IDN", []string{"embassy-idn"}},
	})
}

// TestStateTailBodies checks English names made of a state's name or
// demonym, name words and a generic tail: a tail of a state's offices
// makes that state's body (stateTailBody), a civil tail an organization of
// the state (civil_org_tails), and a state right before the tail nothing
// of its own.
func TestStateTailBodies(t *testing.T) {
	checkIntlCases(t, "en", []intlCase{
		{"demonym and authority", "The Nigerian Civil Aviation Authority suspended the airline's licence.", "nga-civil-aviation-authority", "agency", "NGA", []string{"nigerian-civil-aviation-authority"}},
		{"state that is a given name too", "The Kenya Human Rights Commission said police had killed 30 protesters.", "ken-human-rights-commission", "agency", "KEN", []string{"kenya-human-rights-commission"}},
		{"state name and of", "The U.S. Department of Agriculture said crops failed.", "usa-department-of-agriculture", "agency", "USA", nil},
		{"tribunal is a court", "The Bangladesh International Crimes Tribunal sentenced him to death.", "bgd-international-crimes-tribunal", "court", "BGD", nil},
		{"civil tail is an organization", "The Sudan Doctors Network said the shelling killed 12 civilians.", "sudan-doctors-network", "organization", "SDN", []string{"sdn-doctors-network"}},
		{"state right before the tail", "The Ghana Commission met on Monday.", "GHA", "state", "", []string{"gha-commission", "ghana-commission"}},
	})
}
