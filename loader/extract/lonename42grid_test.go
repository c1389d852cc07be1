package extract

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// loneName42Row is a sentence of the lone surnames of known persons grid
// 42 of issue #12, run twice: with its article date (dated) and with no
// date at all, as held-out sentences may arrive. wantDated and wantUndated
// are wantProblems' lists for the two runs; knownDated and knownUndated
// mark the runs that fail today (judgeRow).
type loneName42Row struct {
	name, lang, date, text   string
	wantDated, wantUndated   string
	knownDated, knownUndated bool
}

// loneName42Rows are Indonesian and English present-day (2015-2026) news
// sentences composed for the grid (never copied from a data set) and
// annotated, both ways, before the extractor ran on them. The class: a
// well-known person named by the one word news uses ("Trump", "Duterte",
// "Cameron", "Kim", "Lula"), and precision rows where the lone word is not
// that person: a namesake named in full earlier in the text, a place, a
// given name, an ordinary word. A lone surname that two or more known
// people bear with nothing to choose between them ("Clinton", "Sanders",
// "Sharif" with no date) is no actor. Conventions as in enNews42Rows: a
// state named (also as a place) is an actor beside the person.
//
// First run: 97 of 144 runs (72 sentences, each dated and undated). Four
// sentences' annotations were then corrected before any rule to the
// documented design that a head of state in an event takes part as the
// state too ("Obama visited Hiroshima" both languages, "Macron menyerukan",
// "Sharif met Xi" both languages). Before the rules: 104 of 144, the 40
// failing runs marked known. After the rules: 119 of 144. Of the 25 runs
// still failing, 14 are the namesake rows ("Ivanka Trump …. Trump said",
// "Brigitte Macron … Macron said", "Hunter Biden … Biden said", and with
// no date "Eduardo Bolsonaro … Bolsonaro said"), whose annotation goes
// against the documented design that an office holder of the day keeps a
// lone surname a relative named in full shares (people_figures_test.go:
// "Ivanka Trump joined her father at the summit. Trump said …"); they are
// left known, not re-annotated.
var loneName42Rows = []loneName42Row{
	// English, the person.
	{"en trump order", "en", "2025-02-10", "Trump signed an executive order on Monday.", "donald-trump/person/USA", "donald-trump/person/USA", false, false},
	{"en clinton alone", "en", "2016-09-12", "Clinton said the campaign would appeal to young voters.", "", "", false, false},
	{"en clinton full first", "en", "2016-10-04", "Hillary Clinton spoke in Ohio on Tuesday. Clinton said the economy was rigged.", "hillary-clinton/person/USA", "hillary-clinton/person/USA", false, false},
	{"en sanders endorsed clinton", "en", "2016-07-12", "Sanders endorsed Clinton at a rally in New Hampshire.", "", "", false, false},
	{"en sanders full first", "en", "2016-03-09", "Bernie Sanders won the Michigan primary. Sanders told supporters the race was far from over.", "bernie-sanders/person/USA", "bernie-sanders/person/USA", false, false},
	{"en cameron referendum", "en", "2016-02-20", "Cameron announced a referendum on Britain's membership of the European Union.", "david-cameron/person/GBR GBR european-union", "david-cameron/person/GBR GBR european-union", false, false},
	{"en duterte drug war", "en", "2016-08-05", "Duterte vowed to continue the drug war.", "rodrigo-duterte/person/PHL", "rodrigo-duterte/person/PHL", false, false},
	{"en erdogan turkey", "en", "2017-04-17", "Erdogan said Turkey would not back down.", "recep-tayyip-erdogan/person/TUR TUR", "recep-tayyip-erdogan/person/TUR TUR", false, false},
	{"en macron army", "en", "2018-11-06", "Macron called for a European army.", "emmanuel-macron/person/FRA", "emmanuel-macron/person/FRA", false, false},
	{"en bolsonaro fires", "en", "2019-08-23", "Bolsonaro denied that the fires in the Amazon were out of control.", "jair-bolsonaro/person/BRA", "jair-bolsonaro/person/BRA", false, false},
	{"en modi bridge", "en", "2023-05-20", "Modi inaugurated a new bridge in Assam.", "narendra-modi/person/IND", "narendra-modi/person/IND", false, false},
	{"en netanyahu ceasefire", "en", "2024-03-12", "Netanyahu rejected calls for a ceasefire.", "benjamin-netanyahu/person/ISR", "benjamin-netanyahu/person/ISR", false, false},
	{"en zelensky air defence", "en", "2024-04-15", "Zelensky urged allies to send more air defence systems.", "volodymyr-zelenskyy/person/UKR", "volodymyr-zelenskyy/person/UKR", false, false},
	{"en navalny died", "en", "2024-02-16", "Navalny died in an Arctic prison colony, prison authorities said.", "alexei-navalny/person/RUS", "alexei-navalny/person/RUS", false, false},
	{"en assange freed", "en", "2024-06-26", "Assange was freed after pleading guilty to a single espionage charge.", "julian-assange/person/AUS", "julian-assange/person/AUS", false, false},
	{"en lula deforestation", "en", "2023-01-02", "Lula promised to end deforestation in the Amazon by 2030.", "luiz-inacio-lula-da-silva/person/BRA", "luiz-inacio-lula-da-silva/person/BRA", false, false},
	{"en kim missile", "en", "2023-07-13", "Kim oversaw the test of a new intercontinental ballistic missile, state media said.", "kim-jong-un/person/PRK", "kim-jong-un/person/PRK", true, true},
	{"en putin respond", "en", "2022-02-24", "Putin said Russia would respond.", "vladimir-putin/person/RUS RUS", "vladimir-putin/person/RUS RUS", false, false},
	{"en merkel borders", "en", "2015-09-05", "Merkel opened Germany's borders to refugees.", "angela-merkel/person/DEU DEU", "angela-merkel/person/DEU DEU", false, false},
	{"en johnson brexit", "en", "2019-09-02", "Johnson said Britain would leave the EU on October 31.", "boris-johnson/person/GBR GBR european-union", "boris-johnson/person/GBR GBR european-union", false, false},
	{"en starmer migration", "en", "2024-11-28", "Starmer promised to cut net migration.", "keir-starmer/person/GBR", "keir-starmer/person/GBR", false, false},
	{"en milei ministries", "en", "2023-12-11", "Milei cut the number of ministries in half.", "javier-milei/person/ARG", "javier-milei/person/ARG", false, false},
	{"en biden withdrew", "en", "2024-07-21", "Biden withdrew from the presidential race.", "joe-biden/person/USA", "joe-biden/person/USA", false, false},
	{"en obama hiroshima", "en", "2016-05-27", "Obama visited Hiroshima.", "barack-obama/person/USA USA", "barack-obama/person/USA USA", false, false},
	{"en may single market", "en", "2017-01-17", "May said Britain would leave the single market.", "theresa-may/person/GBR GBR", "theresa-may/person/GBR GBR", true, true},
	{"en abe economy", "en", "2015-04-29", "Abe pledged to revive Japan's economy.", "shinzo-abe/person/JPN JPN", "shinzo-abe/person/JPN JPN", false, false},
	{"en khan india", "en", "2019-02-27", "Khan said Pakistan wanted peace with India.", "imran-khan/person/PAK PAK IND", "imran-khan/person/PAK PAK IND", false, false},
	{"en sharif xi", "en", "2024-06-07", "Sharif met Xi in Beijing.", "shehbaz-sharif/person/PAK PAK xi-jinping/person/CHN CHN", "xi-jinping/person/CHN CHN", false, true},
	// English, precision.
	{"en ivanka trump first", "en", "2017-04-20", "Ivanka Trump visited a factory in Ohio. Trump said the plant would hire 500 workers.", "ivanka-trump/person/USA", "ivanka-trump/person/USA", true, true},
	{"en sarah sanders governor", "en", "2023-01-10", "Sarah Huckabee Sanders was sworn in as governor of Arkansas. Sanders said she would cut income taxes.", "sarah-huckabee-sanders/person/USA", "sarah-huckabee-sanders/person/USA", false, false},
	{"en cameron diaz", "en", "2025-01-17", "Cameron Diaz returned to acting after a decade.", "cameron-diaz/person", "cameron-diaz/person", false, false},
	{"en cameron highlands", "en", "2024-11-30", "Heavy rain triggered landslides in the Cameron Highlands.", "", "", false, false},
	{"en eduardo bolsonaro", "en", "2025-03-18", "Eduardo Bolsonaro moved to the United States. Bolsonaro said he feared arrest in Brazil.", "eduardo-bolsonaro/person/BRA USA BRA", "eduardo-bolsonaro/person/BRA USA BRA", false, true},
	{"en sara duterte", "en", "2025-02-05", "Sara Duterte said she would run for president in 2028. Duterte denied the charges.", "sara-duterte/person/PHL", "sara-duterte/person/PHL", false, false},
	{"en kim yo jong", "en", "2024-08-18", "Kim Yo Jong issued a statement on Sunday. Kim called the drills a rehearsal for invasion.", "kim-yo-jong/person/PRK", "kim-yo-jong/person/PRK", false, false},
	{"en brigitte macron", "en", "2025-07-24", "Brigitte Macron sued two women for defamation. Macron said the claims were false.", "brigitte-macron/person/FRA", "brigitte-macron/person/FRA", true, true},
	{"en clinton iowa", "en", "2024-06-30", "Floods hit Clinton, Iowa, on Sunday.", "", "", false, false},
	{"en may month", "en", "2023-06-02", "In May, the central bank raised rates.", "", "", false, false},
	{"en hunter biden", "en", "2024-06-11", "Hunter Biden was convicted on gun charges. Biden said he would respect the jury's verdict.", "hunter-biden/person/USA", "hunter-biden/person/USA", true, true},
	// Indonesian, the person.
	{"id trump perintah", "id", "2025-02-10", "Trump menandatangani perintah eksekutif pada Senin.", "donald-trump/person/USA", "donald-trump/person/USA", false, false},
	{"id duterte narkoba", "id", "2016-08-05", "Duterte berjanji melanjutkan perang melawan narkoba.", "rodrigo-duterte/person/PHL", "rodrigo-duterte/person/PHL", false, false},
	{"id cameron referendum", "id", "2016-02-20", "Cameron mengumumkan referendum keanggotaan Inggris di Uni Eropa.", "david-cameron/person/GBR GBR european-union", "david-cameron/person/GBR GBR european-union", false, false},
	{"id erdogan barat", "id", "2017-04-17", "Erdogan mengatakan Turki tidak akan mundur.", "recep-tayyip-erdogan/person/TUR TUR", "recep-tayyip-erdogan/person/TUR TUR", false, false},
	{"id macron tentara", "id", "2018-11-06", "Macron menyerukan pembentukan tentara Eropa.", "emmanuel-macron/person/FRA FRA", "emmanuel-macron/person/FRA FRA", false, false},
	{"id bolsonaro amazon", "id", "2019-08-23", "Bolsonaro membantah kebakaran di Amazon tidak terkendali.", "jair-bolsonaro/person/BRA", "jair-bolsonaro/person/BRA", false, false},
	{"id modi jembatan", "id", "2023-05-20", "Modi meresmikan jembatan baru di Assam.", "narendra-modi/person/IND", "narendra-modi/person/IND", false, false},
	{"id netanyahu gencatan", "id", "2024-03-12", "Netanyahu menolak seruan gencatan senjata.", "benjamin-netanyahu/person/ISR", "benjamin-netanyahu/person/ISR", false, false},
	{"id zelensky sekutu", "id", "2024-04-15", "Zelensky mendesak sekutu mengirim lebih banyak sistem pertahanan udara.", "volodymyr-zelenskyy/person/UKR", "volodymyr-zelenskyy/person/UKR", false, false},
	{"id navalny penjara", "id", "2024-02-16", "Navalny meninggal di sebuah koloni penjara di Arktik.", "alexei-navalny/person/RUS", "alexei-navalny/person/RUS", false, false},
	{"id assange bebas", "id", "2024-06-26", "Assange dibebaskan setelah mengaku bersalah atas satu dakwaan spionase.", "julian-assange/person/AUS", "julian-assange/person/AUS", false, false},
	{"id lula deforestasi", "id", "2023-01-02", "Lula berjanji menghentikan deforestasi di Amazon pada 2030.", "luiz-inacio-lula-da-silva/person/BRA", "luiz-inacio-lula-da-silva/person/BRA", false, false},
	{"id kim rudal", "id", "2023-07-13", "Kim mengawasi uji coba rudal balistik antarbenua baru, menurut media pemerintah.", "kim-jong-un/person/PRK", "kim-jong-un/person/PRK", true, true},
	{"id clinton alone", "id", "2016-09-12", "Clinton mengatakan kampanyenya akan menarik pemilih muda.", "", "", false, false},
	{"id sanders clinton", "id", "2016-07-12", "Sanders mendukung Clinton dalam kampanye di New Hampshire.", "", "", false, false},
	{"id putin rusia", "id", "2022-02-24", "Putin mengatakan Rusia akan membalas.", "vladimir-putin/person/RUS RUS", "vladimir-putin/person/RUS RUS", false, false},
	{"id merkel pengungsi", "id", "2015-09-05", "Merkel membuka perbatasan Jerman bagi pengungsi.", "angela-merkel/person/DEU DEU", "angela-merkel/person/DEU DEU", false, false},
	{"id biden mundur", "id", "2024-07-21", "Biden mundur dari pencalonan presiden.", "joe-biden/person/USA", "joe-biden/person/USA", false, false},
	{"id obama hiroshima", "id", "2016-05-27", "Obama mengunjungi Hiroshima.", "barack-obama/person/USA USA", "barack-obama/person/USA USA", false, false},
	{"id starmer migrasi", "id", "2024-11-28", "Starmer berjanji memangkas angka migrasi.", "keir-starmer/person/GBR", "keir-starmer/person/GBR", false, false},
	{"id milei kementerian", "id", "2023-12-11", "Milei memangkas separuh jumlah kementerian.", "javier-milei/person/ARG", "javier-milei/person/ARG", false, false},
	{"id sharif xi", "id", "2024-06-07", "Sharif bertemu Xi di Beijing.", "shehbaz-sharif/person/PAK PAK xi-jinping/person/CHN CHN", "xi-jinping/person/CHN CHN", true, true},
	{"id johnson brexit", "id", "2019-09-02", "Johnson mengatakan Inggris akan keluar dari Uni Eropa pada 31 Oktober.", "boris-johnson/person/GBR GBR european-union", "boris-johnson/person/GBR GBR european-union", false, false},
	{"id abe ekonomi", "id", "2015-04-29", "Abe berjanji menghidupkan kembali ekonomi Jepang.", "shinzo-abe/person/JPN JPN", "shinzo-abe/person/JPN JPN", false, false},
	{"id may pasar tunggal", "id", "2017-01-17", "May mengatakan Inggris akan keluar dari pasar tunggal.", "theresa-may/person/GBR GBR", "theresa-may/person/GBR GBR", false, false},
	// Indonesian, precision.
	{"id ivanka trump", "id", "2017-04-20", "Ivanka Trump mengunjungi sebuah pabrik di Ohio. Trump mengatakan pabrik itu akan mempekerjakan 500 pekerja.", "ivanka-trump/person/USA", "ivanka-trump/person/USA", true, true},
	{"id sara duterte", "id", "2025-02-05", "Sara Duterte mengatakan akan mencalonkan diri sebagai presiden pada 2028. Duterte membantah semua tuduhan.", "sara-duterte/person/PHL", "sara-duterte/person/PHL", false, false},
	{"id cameron highlands", "id", "2024-11-30", "Hujan deras memicu tanah longsor di Cameron Highlands.", "", "", true, true},
	{"id brigitte macron", "id", "2025-07-24", "Brigitte Macron menggugat dua perempuan atas pencemaran nama baik. Macron mengatakan tuduhan itu palsu.", "brigitte-macron/person/FRA", "brigitte-macron/person/FRA", true, true},
	{"id eduardo bolsonaro", "id", "2025-03-18", "Eduardo Bolsonaro pindah ke Amerika Serikat. Bolsonaro mengatakan ia khawatir ditangkap di Brasil.", "eduardo-bolsonaro/person/BRA USA BRA", "eduardo-bolsonaro/person/BRA USA BRA", false, true},
	{"id kim yo jong", "id", "2024-08-18", "Kim Yo Jong mengeluarkan pernyataan pada Minggu. Kim menyebut latihan itu gladi bersih invasi.", "kim-yo-jong/person/PRK", "kim-yo-jong/person/PRK", false, false},
	{"id hunter biden", "id", "2024-06-11", "Hunter Biden dinyatakan bersalah atas kepemilikan senjata. Biden mengatakan akan menghormati putusan juri.", "hunter-biden/person/USA", "hunter-biden/person/USA", true, true},
	{"id mei bank sentral", "id", "2023-06-02", "Pada bulan Mei, bank sentral menaikkan suku bunga.", "", "", false, false},
}

// loneName42Batch2Rows were written after the first batch's rules and
// annotated before their first run: 10 sentences, 20 runs. Before the
// rules (base code) 10 of 20 runs passed, with them 13 of 20. One
// annotation was then corrected, as an error of the annotation, not to
// the output: "pemimpin Partai Liberal" names the party, an actor by the
// conventions above (its run still fails on an unwanted state CAN).
var loneName42Batch2Rows = []loneName42Row{
	{"b2 en trudeau resigns", "en", "2025-01-06", "Trudeau announced his resignation as Liberal leader.", "justin-trudeau/person/CAN", "justin-trudeau/person/CAN", false, false},
	{"b2 id trudeau mundur", "id", "2025-01-06", "Trudeau mengumumkan pengunduran dirinya sebagai pemimpin Partai Liberal.", "justin-trudeau/person/CAN liberal-party-of-canada", "justin-trudeau/person/CAN liberal-party-of-canada", true, true},
	{"b2 en bush campaign", "en", "2015-06-15", "Bush launched his presidential campaign in Miami.", "", "", false, false},
	{"b2 id bush kampanye", "id", "2015-06-15", "Bush meluncurkan kampanye kepresidenannya di Miami.", "", "", false, false},
	{"b2 en marcos rice", "en", "2024-07-22", "Marcos vowed to lower the price of rice.", "ferdinand-marcos-jr/person/PHL", "ferdinand-marcos-jr/person/PHL", false, false},
	{"b2 id marcos beras", "id", "2024-07-22", "Marcos berjanji menurunkan harga beras.", "ferdinand-marcos-jr/person/PHL", "ferdinand-marcos-jr/person/PHL", true, true},
	{"b2 en michelle bolsonaro", "en", "2025-09-07", "Michelle Bolsonaro addressed supporters in Sao Paulo. Bolsonaro said her husband was being persecuted.", "michelle-bolsonaro/person/BRA", "michelle-bolsonaro/person/BRA", false, true},
	{"b2 id michelle bolsonaro", "id", "2025-09-07", "Michelle Bolsonaro berpidato di hadapan pendukung di Sao Paulo. Bolsonaro mengatakan suaminya dianiaya.", "michelle-bolsonaro/person/BRA", "michelle-bolsonaro/person/BRA", false, true},
	{"b2 en jill biden", "en", "2025-03-01", "Jill Biden spoke at a school in Delaware. Biden said teachers deserved higher pay.", "jill-biden/person/USA", "jill-biden/person/USA", false, true},
	{"b2 en rice prices", "en", "2024-08-20", "Rice prices rose sharply across Asia.", "", "", false, false},
}

// runLoneName42 runs each row of rows twice, with its date and with none,
// each run a named subtest judged by judgeRow.
func runLoneName42(t *testing.T, rows []loneName42Row, min int) {
	t.Helper()
	x := extractor(t)
	var once rowsOnce
	for _, c := range rows {
		once.check(t, c.name, c.text)
	}
	if 2*len(rows) < min {
		t.Errorf("grid has %d runs, want at least %d", 2*len(rows), min)
	}
	pass, failKnown := 0, 0
	for _, c := range rows {
		for _, way := range []struct {
			tag, date, want string
			known           bool
		}{{"dated", c.date, c.wantDated, c.knownDated}, {"undated", "", c.wantUndated, c.knownUndated}} {
			t.Run(c.name+" "+way.tag, func(t *testing.T) {
				d, err := x.Article(context.Background(), Input{Text: c.text, Lang: c.lang, Published: way.date})
				if err != nil {
					t.Fatal(err)
				}
				var problems []string
				if p := wantProblems(d.Actors, way.want); len(p) > 0 {
					problems = []string{fmt.Sprintf("%q: %s", c.text, strings.Join(p, "; "))}
				}
				judgeRow(t, way.known, problems, &pass, &failKnown)
			})
		}
	}
	t.Logf("%d of %d runs pass, %d known failures", pass, 2*len(rows), failKnown)
}

func TestLoneName42Grid(t *testing.T) {
	t.Run("batch1", func(t *testing.T) { runLoneName42(t, loneName42Rows, 120) })
	t.Run("batch2", func(t *testing.T) { runLoneName42(t, loneName42Batch2Rows, 15) })
}
