package extract

import (
	"context"
	"testing"
)

// TestIntlRules checks the rules of the intl pass of issue #12 one
// construction at a time: a state named after its capital, a state's name
// inside the name of a thing or a people, and a title's name in commas.
func TestIntlRules(t *testing.T) {
	checkIntlCases(t, "id", []intlCase{
		{"capital then its state: the state stays", "Seorang teknisi meraih hadiah di kejuaraan karaoke di Moskow, Rusia.", "RUS", "state", "", nil},
		{"capital then its state, with a comma after", "Konferensi itu dibuka di Moskow, Rusia, pada Senin.", "RUS", "state", "", nil},
		{"capital alone after a preposition is a place", "Para diplomat tiba di Moskow kemarin.", "", "", "", []string{"RUS"}},
		{"capital as agent still acts", "Moskow menegaskan akan membalas sanksi itu.", "RUS", "state", "", nil},
		{"league named after a state", "Klub itu diusir dari Football League Yunani musim lalu.", "", "", "", []string{"GRC"}},
		{"law named after a state", "Ordo itu memakai hukum yang terpisah dari Hukum Perancis.", "", "", "", []string{"FRA"}},
		{"festival named after a state", "Stasiun itu menyiarkan Festival Filem Malaysia setiap tahun.", "", "", "", []string{"MYS"}},
		{"a people in lower case", "Nama itu diberikan oleh bangsa Jerman kuno kepada tetangganya.", "", "", "", []string{"DEU"}},
		{"an ethnic group", "Ribuan orang dari suku Kurdi mengungsi ke perbatasan.", "", "", "", []string{"IRQ", "TUR"}},
		{"a state after a title is still the state", "Presiden Rusia dan Menteri Luar Negeri Yunani bertemu di Athena.", "GRC", "state", "", nil},
		{"a state after a sector noun is still the state", "Pemerintah Iran menolak tuduhan itu.", "IRN", "state", "", nil},
		{"a head opening the sentence two words before is not a head", "Hari Minggu Rusia menyerang kota itu.", "RUS", "state", "", nil},
		{"a capital after a preposition is a place, its state named apart is not the target", "Iran dan Amerika Serikat berunding di Muscat, Oman, pada Sabtu.", "OMN", "state", "", nil},
		{"a capital accusing is its state", "Teheran menuduh Washington mendukung para perusuh.", "IRN", "state", "", nil},
		{"a short form of a state", "Afsel menolak tuduhan itu dalam sidang di Den Haag.", "ZAF", "state", "", nil},
		{"an epithet of a state", "Negeri Tembok Besar membalas tarif itu pekan lalu.", "CHN", "state", "", nil},
		{"a body's generic name inside a title", "Kepala Dinas Intelijen Korea Selatan bersaksi di parlemen.", "kor-intelligence", "agency", "KOR", []string{"intelijen"}},
		{"a body's generic name inside a title, then the holder", "Kepala Dinas Intelijen Korea Selatan Cho Tae-yong bersaksi di parlemen.", "cho-tae-yong", "person", "KOR", nil},
		{"a region named after its state", "Wilayah Austria Hilir dilanda banjir besar.", "", "", "", []string{"AUT"}},
		{"a northern region of a state", "Pasukan Turki menyerang Suriah Utara pada Rabu.", "TUR", "state", "", []string{"SYR"}},
		{"a state whose name has a direction", "Korea Utara meluncurkan rudal balistik lagi.", "PRK", "state", "", nil},
		{"a direction in lower case is no region's name", "Pasukan Turki menyerang wilayah Suriah utara pada Rabu.", "SYR", "state", "", nil},
		{"a people after a word for a person", "Warga Kurdi Suriah mengungsi ke perbatasan.", "SYR", "state", "", []string{"kurdi"}},
		{"a people after a word for a person, then a state", "Warga Arab Israel memprotes undang-undang itu.", "ISR", "state", "", []string{"arab"}},
		{"a name after a word for a person is still a name", "Presiden Karen Bass tiba di Jakarta.", "karen-bass", "person", "", nil},
		{"an office's derived noun after a title is no name", "Juru Bicara Kepresidenan mengatakan hal itu kepada wartawan.", "", "", "", []string{"kepresidenan"}},
		{"a group noun after a title is no name", "Pemimpin Oposisi Venezuela tiba di Madrid.", "VEN", "state", "", []string{"oposisi"}},
		{"a title of several words", "Jaksa Penuntut Khusus Jack Smith mengatakan hal itu.", "jack-smith", "person", "USA", []string{"penuntut-khusus"}},
		{"a retired general's title", "Jenderal Purnawirawan Ahmad Yani tiba di Jakarta.", "ahmad-yani", "person", "", []string{"purnawirawan"}},
		{"a capital in a comparison with a link word", "Harga rumah di Jakarta lebih mahal dibandingkan dengan Tokyo.", "", "", "", []string{"JPN"}},
		{"a capital met with is its state", "Kerja sama dengan Beijing diperluas tahun ini.", "CHN", "state", "", nil},
		{"a state's short form as a name's initials after an honorific", "Ia bertemu Dr. AS Hikam di kampus itu.", "as-hikam", "person", "", []string{"USA"}},
		{"a state's short form after an office is the state", "Presiden AS Biden tiba di Jakarta.", "USA", "state", "", nil},
		{"an organization's tail word after an occupation is no person", "Richard Horsey, analis Crisis Group, mengatakan junta melemah.", "richard-horsey", "person", "", nil},
		{"an organization after an occupation is an organization", "Richard Horsey, analis Frontier Group, mengatakan junta melemah.", "frontier-group", "organization", "", nil},
		{"an archbishop's title", "Uskup Agung Canterbury Justin Welby mengundurkan diri.", "justin-welby", "person", "GBR", []string{"agung-canterbury-justin-welby"}},
		{"an ordinary word opening a name after a state's office", "Presiden Kenya Baru Mwangi merayakan ulang tahunnya.", "baru-mwangi", "person", "KEN", nil},
		{"a headline's capitalized verb after a state's office is no name", "Presiden Rusia Baru Tiba di Jakarta.", "RUS", "state", "", []string{"baru-tiba"}},
		{"a capital after a building's name after a preposition is a place", "Ia bertemu Presiden di Kantor Presiden Jakarta, Selasa.", "idn-presidency", "government", "IDN", []string{"IDN"}},
		{"a capital after a direction word is a place", "Pasukan itu bergerak ke arah Pyongyang pada tahun 371.", "", "", "", []string{"PRK"}},
		{"a state after a company's legal form and of", "Perusahaan itu patungan antara Jurong Engineering Limited of Singapore (JEL) dan PT Tri Usaha Bhakti.", "jurong-engineering", "organization", "", []string{"SGP"}},
		{"a state coordinated with a company is the state", "Kerja sama Pertamina dan Malaysia diperluas.", "MYS", "state", "", nil},
		{"Korea alone is South Korea", "Korea mengirim bantuan kemanusiaan ke Indonesia.", "KOR", "state", "", []string{"PRK"}},
		{"Kongo alone is DR Congo", "Kongo menuduh Rwanda mendukung pemberontak M23.", "COD", "state", "", []string{"COG"}},
		{"a river named after a state", "Sungai Kongo meluap setelah hujan deras.", "", "", "", []string{"COD"}},
		{"a title before a state is no given name", "Ratu Inggris mengunjungi Kanada pekan lalu.", "GBR", "state", "", nil},
		{"a state as a surname after a given name", "Michael Jordan mengunjungi Tiongkok pekan lalu.", "michael-jordan", "person", "", []string{"JOR"}},
		{"a known body's own state after it is part of its name", "Duma Negara Rusia menyetujui undang-undang itu.", "rus-duma", "legislature", "RUS", []string{"RUS"}},
		{"a known body's own state after its other name", "Kongres Nasional Rakyat Tiongkok mengesahkan amandemen itu.", "chn-npc", "legislature", "CHN", []string{"CHN"}},
		{"another state after a known body stays", "Duma Negara menuduh Ukraina melanggar perjanjian.", "UKR", "state", "", nil},
		{"a capital naming an agreement is no state", "Pemerintahan itu menarik diri dari perjanjian Paris tentang iklim.", "", "", "", []string{"FRA"}},
		{"a capital naming a summit is no state", "KTT Jakarta membahas krisis di Myanmar.", "MMR", "state", "", []string{"IDN"}},
		{"the Muslim Brotherhood by its Indonesian name", "Ikhwanul Muslimin dilarang di Mesir sejak 2013.", "muslim-brotherhood", "organization", "", nil},
		{"a prize won is no person", "Film itu memenangkan Oscar untuk film terbaik.", "", "", "", []string{"oscar"}},
		{"a people's food names no state", "Makanan Jepang semakin populer di kalangan anak muda.", "", "", "", []string{"JPN"}},
		{"games named after a capital name no state", "Olimpiade Tokyo ditunda selama setahun.", "", "", "", []string{"JPN"}},
		{"an Indonesian word is no name given only in English", "Emirat Arab Bersatu membuka kedutaan di Israel.", "ARE", "state", "", []string{"bersatu"}},
		{"a cabinet's Indonesian name is no armed group", "Kabinet Indonesia Bersatu dilantik pada 2004.", "", "", "", []string{"bersatu"}},
		{"a soldier of a state is no army", "Seorang tentara Amerika tewas di Irak.", "USA", "state", "", []string{"usa-armed-forces"}},
		{"policemen by number are no police", "Dua polisi Malaysia terluka dalam bentrokan itu.", "MYS", "state", "", []string{"mys-police"}},
		{"a joint chiefs' title", "Kepala Staf Gabungan AS Jenderal Mark Milley memperingatkan risiko perang.", "mark-milley", "person", "USA", []string{"gabungan"}},
		{"a general staff's title", "Kepala Staf Umum Rusia Valery Gerasimov memimpin operasi itu.", "valery-gerasimov", "person", "RUS", []string{"umum"}},
		{"a given name after a noun for an award is the award's name", "Film tersebut meraih tiga penghargaan Oscar.", "", "", "", []string{"oscar"}},
		{"a given name after crude oil is a benchmark's name", "Harga minyak mentah Brent naik 2 persen.", "", "", "", []string{"brent"}},
		{"languages listed after bahasa", "Buku itu diterjemahkan ke dalam bahasa Inggris, Prancis dan Jerman.", "", "", "", []string{"GBR", "FRA", "DEU"}},
		{"a state after a currency's list is a state", "Nilainya 3,16 miliar dolar AS dan Indonesia berada di urutan keempat.", "IDN", "state", "", []string{"USA"}},
		{"a currency's state and its short name in brackets", "Kurs mencapai Rp9.300 per dolar Amerika Serikat (AS) pada 2008.", "", "", "", []string{"USA"}},
		{"one building of two bodies by a slash", "Rapat digelar di Gedung DPR/MPR, Kamis.", "", "", "", []string{"idn-dpr", "idn-mpr"}},
		{"a space agency by its acronym", "Para ilmuwan di NASA menemukan planet baru.", "usa-nasa", "agency", "USA", nil},
		{"a European agency of the gazetteer", "Europol menangkap 20 tersangka penyelundupan manusia.", "europol", "igo", "", nil},
		{"a state's intelligence agency by its generic name", "Badan Intelijen Pakistan membantah terlibat.", "pak-intelligence", "agency", "PAK", nil},
		{"EPA in Indonesian news is a trade agreement", "EPA tersebut merupakan yang pertama bagi Indonesia.", "IDN", "state", "", []string{"usa-epa"}},
		{"a state of the United States after negara bagian is the place", "Pemilih di negara bagian Georgia mengantre sejak pagi.", "georgia-us", "place", "USA", []string{"GEO", "georgia"}},
		{"the state Georgia stays the state", "Rusia menyerang Georgia pada 2008.", "GEO", "state", "", nil},
		{"capitals listed after a preposition of place", "Band itu tampil di Berlin, Paris dan Madrid musim panas lalu.", "", "", "", []string{"DEU", "FRA", "ESP"}},
		{"capitals listed as partners stay states", "Kerja sama dengan Beijing dan Moskow diperluas tahun ini.", "RUS", "state", "", nil},
		{"a capital before a copula and a place noun is the city", "Tokyo adalah kota terpadat di dunia.", "", "", "", []string{"JPN"}},
		{"a capital before a place predicate is the city", "London dilanda hujan lebat sepanjang pekan.", "", "", "", []string{"GBR"}},
		{"a capital as the agent of a political act is its state", "Pyongyang menegaskan tidak akan menyerah.", "PRK", "state", "", nil},
		{"a capital before a copula and a partner noun is its state", "Beijing adalah mitra dagang terbesar Jakarta.", "CHN", "state", "", nil},
		{"a people after orang", "Banyak orang Amerika mengonsumsi gula.", "", "", "", []string{"USA"}},
		{"a people's name is no office holder's given name", "Musa memimpin bangsa Israel keluar dari Mesir.", "", "", "", []string{"israel-katz", "ISR"}},
		{"a capital inside a monument's name", "Tembok Berlin runtuh pada 1989.", "", "", "", []string{"DEU"}},
		{"citizens of a state still name it", "Warga Israel memprotes kebijakan itu.", "ISR", "state", "", nil},
		{"ASEAN written as a word", "Para pemimpin negara Asean bertemu di Vientiane.", "asean", "igo", "", nil},
		{"the European Council in Indonesian", "Presiden Dewan Eropa mengatakan blok itu bersatu.", "european-council", "igo", "", []string{"idn-dewan-eropa"}},
		{"the navy's long name is the navy", "Kapal itu milik Tentara Nasional Indonesia Angkatan Laut.", "idn-navy", "military", "IDN", []string{"idn-armed-forces"}},
		{"a foreign party by its acronym", "Ketua UMNO menolak usul itu.", "umno", "organization", "MYS", nil},
		{"a foreign party by its Indonesian name", "Partai Komunis Vietnam menggelar kongres di Hanoi pekan ini.", "communist-party-of-vietnam", "organization", "VNM", nil},
		{"a title of a ruler", "Pada tahun 1895, Maharani Myeongseong dibunuh.", "myeongseong", "person", "", nil},
		{"a one-word body heading a longer name", "Johanna hadir dalam Kongres Pemuda Kedua pada Oktober 1928.", "", "", "", []string{"usa-congress"}},
		{"a one-word body before a weekday is the body", "Kongres Rabu menolak rancangan undang-undang itu.", "usa-congress", "legislature", "USA", nil},
		{"single name in commas after an office and its acronym", "Rapat itu dihadiri oleh Menteri Negara BUMN, Sugiharto, di Jakarta.", "sugiharto", "person", "", []string{"bumn"}},
		{"the word before the comma is the office's organization", "Hal itu dikatakan Direktur Utama KTNA, Roekman Prawirasastra di Jakarta.", "roekman-prawirasastra", "person", "", []string{"ktna"}},
		{"an unknown one-word organization before the comma", "Hal itu dikatakan Direktur Utama Garuda, Roekman Prawirasastra di Jakarta.", "roekman-prawirasastra", "person", "", []string{"garuda"}},
		{"a weekday after a known person's comma is no name", "Kata Presiden SBY, Senin, di Jakarta.", "susilo-bambang-yudhoyono", "person", "IDN", []string{"senin"}},
	})
}

// TestIntlRulesEnglish checks the same constructions in English.
func TestIntlRulesEnglish(t *testing.T) {
	checkIntlCases(t, "en", []intlCase{
		{"a capital after a place noun and of is a place", "Residents of Paris took to the streets against the reform.", "", "", "", []string{"FRA"}},
		{"a capital after a direction and of is a place", "Shelling hit villages north of Damascus overnight.", "", "", "", []string{"SYR"}},
		{"a capital after outskirts of is a place", "Fighting raged on the outskirts of Kyiv on Sunday.", "", "", "", []string{"UKR"}},
		{"a capital acting is its state", "Moscow said it would respond to the sanctions.", "RUS", "state", "", nil},
		{"a capital after a stance noun and of is its state", "The position of Beijing has not changed.", "CHN", "state", "", nil},
		{"a capital before -based is an organization's seat", "London-based Amnesty International condemned the executions.", "amnesty-international", "organization", "", []string{"GBR"}},
		{"a capital before -backed is its state", "A Moscow-backed separatist leader was killed.", "RUS", "state", "", nil},
		{"a state of the United States after state of is the place", "Voters in the state of Georgia lined up before dawn.", "georgia-us", "place", "USA", []string{"GEO"}},
		{"a state after state of with no place of its name stays the state", "The state of Israel was founded in 1948.", "ISR", "state", "", nil},
		{"a lone surname a past head of government shares is not today's other holder", "Pakistan's Election Commission barred Khan from running.", "pak-election-commission", "agency", "PAK", []string{"karim-khan"}},
		{"a lone surname of a head of state is that holder", "Trump said the talks went well.", "donald-trump", "person", "USA", nil},
		{"a state after a person noun and of is the state", "Citizens of Russia need a visa to enter.", "RUS", "state", "", nil},
	})
}

// intlCase is one sentence of TestIntlRules: an actor that must be found
// (id "" for none) and ids that must not be.
type intlCase struct {
	name, text        string
	id, kind, country string
	absent            []string
}

func checkIntlCases(t *testing.T, lang string, cases []intlCase) {
	t.Helper()
	x := extractor(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := x.Article(context.Background(), Input{Text: c.text, Lang: lang})
			if err != nil {
				t.Fatal(err)
			}
			if c.id == "" {
				for _, a := range doc.Actors {
					for _, no := range c.absent {
						if a.ID == no {
							t.Errorf("unexpected %s (%s)", no, a.Kind)
						}
					}
				}
				return
			}
			checkActor(t, doc.Actors, c.id, c.kind, c.country, c.absent)
		})
	}
}
