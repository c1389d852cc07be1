package extract

import (
	"context"
	"testing"

	"github.com/geokg/kg/loader/facts"
)

// TestNamedBodies checks that ministries, courts, legislatures, armed
// forces and agencies of states are actors of their own, with their kind
// and state, in both languages: the generic names with any state
// (lang/*.json bodies, common.json body_types) and the named bodies of the
// G20 states and Indonesia's neighbours (gazetteer bodies_g20.jsonl); and
// that an event of a body is its state's, with the body's sector.
func TestNamedBodies(t *testing.T) {
	x := extractor(t)
	for _, c := range []struct {
		name, lang, text, id, kind, country string
	}{
		{"ministry of health, any state", "id", "Kementerian Kesehatan Malaysia melaporkan kasus baru.", "mys-health-ministry", facts.KindAgency, "MYS"},
		{"senate, any state", "id", "Senat Filipina menolak perjanjian itu.", "phl-senate", facts.KindLegislature, "PHL"},
		{"attorney general, any state", "id", "Kejaksaan Agung Korea Selatan menyelidiki mantan presiden.", "kor-attorney-general", facts.KindAgency, "KOR"},
		{"election commission", "id", "Komisi Pemilihan Umum Thailand membatalkan hasil pemilu.", "tha-election-commission", facts.KindAgency, "THA"},
		{"home state's ministry alone", "id", "Kementerian Kesehatan mengatakan kasus menurun.", "idn-health-ministry", facts.KindAgency, "IDN"},
		{"justice ministry, English genitive", "en", "Brazil's Justice Ministry opened an inquiry.", "bra-justice-ministry", facts.KindAgency, "BRA"},
		{"named central bank", "id", "Bank Negara Malaysia menahan suku bunga.", "mys-central-bank", facts.KindAgency, "MYS"},
		{"named legislature", "en", "The Shura Council approved the budget.", "sau-shura", facts.KindLegislature, "SAU"},
		{"named court", "en", "The Supreme Federal Court ruled against the law.", "bra-supreme-court", facts.KindCourt, "BRA"},
		{"named navy", "id", "Tentera Laut Diraja Malaysia mengusir kapal asing.", "mys-navy", facts.KindMilitary, "MYS"},
		{"city police department, English", "en", "The New York Police Department said the suspect was arrested.", "usa-nypd", facts.KindAgency, "USA"},
		{"city police department, Indonesian", "id", "Kepolisian Los Angeles menangkap tersangka itu.", "usa-lapd", facts.KindAgency, "USA"},
		{"named agency by acronym", "en", "Malaysia's MACC arrested two officials.", "mys-anti-corruption", facts.KindAgency, "MYS"},
		{"home body before a place of another state", "id", "Kementerian Kesehatan Gaza mencatat korban baru.", "pse-health-ministry", facts.KindAgency, "PSE"},
		{"regional legislature", "id", "DPRD Jawa Barat menyetujui anggaran.", "dprd-jawa-barat", facts.KindLegislature, "IDN"},
		{"regional police, unknown region", "id", "Polda Metro Jaya menangkap pelaku.", "polda-metro-jaya", facts.KindAgency, "IDN"},
		{"city government spelled out", "id", "Pemerintah Kota Surabaya menutup jalan itu.", "pemkot-surabaya", facts.KindGovernment, "IDN"},
		{"district court", "id", "Pengadilan Negeri Jakarta Selatan memvonis terdakwa.", "pengadilan-negeri-jakarta-selatan", facts.KindCourt, "IDN"},
		{"home ministry's generic name between a title and a name", "id", "Dirjen Bea dan Cukai Departemen Keuangan Sudarmo Hartono menyatakan target penerimaan tidak akan tercapai.", "idn-finance-ministry", facts.KindAgency, "IDN"},
		{"home state's embassy in a capital", "id", "Para mahasiswa itu berkumpul di KBRI London untuk mengikuti lokakarya.", "embassy-idn-gbr", facts.KindMission, "IDN"},
		{"a state's consulate in another state's city", "id", "Konsulat Jenderal RI di Jeddah memulangkan 50 pekerja migran.", "embassy-idn-sau", facts.KindMission, "IDN"},
		{"a state's consulate in another state's city, English", "en", "The US consulate in Chengdu was closed.", "embassy-usa-chn", facts.KindMission, "USA"},
		{"a ministry named by its seat, English", "en", "Gaza's health ministry said the death toll had risen.", "pse-health-ministry", facts.KindAgency, "PSE"},
		{"a ministry named by its seat", "id", "Kementerian Kesehatan di Gaza mengatakan 30 orang tewas.", "pse-health-ministry", facts.KindAgency, "PSE"},
		{"ministry by its name before 2009", "id", "Departemen Perindustrian menyiapkan subsidi mesin bagi industri tekstil.", "idn-industry-ministry", facts.KindAgency, "IDN"},
		{"election ethics council by acronym", "id", "DKPP menjatuhkan sanksi kepada dua anggota KPU daerah.", "idn-dkpp", facts.KindAgency, "IDN"},
		{"foreign ministry by its own name", "en", "The Ministry of External Affairs summoned the envoy.", "ind-foreign-ministry", facts.KindAgency, "IND"},
		{"a known body after its state's genitive", "en", "Russia's State Duma approved the law.", "rus-duma", facts.KindLegislature, "RUS"},
		{"UK Foreign Office translated", "id", "Kantor Luar Negeri Inggris memperingatkan warganya.", "gbr-foreign-ministry", facts.KindAgency, "GBR"},
		{"home body's name in a foreign official's title", "id", "Juru bicara Kementerian Luar Negeri Maria Zakharova membantah laporan itu.", "rus-foreign-ministry", facts.KindAgency, "RUS"},
		{"home body's old name in a foreign official's title", "id", "Juru bicara Departemen Luar Negeri John Kirby mengatakan pembicaraan itu berjalan baik.", "usa-foreign-ministry", facts.KindAgency, "USA"},
		{"home body in a home official's title stays", "id", "Juru bicara Kementerian Luar Negeri Retno Marsudi membantah laporan itu.", "idn-foreign-ministry", facts.KindAgency, "IDN"},
		{"police by the plain word", "id", "Polisi Turki menahan wartawan itu.", "tur-police", facts.KindAgency, "TUR"},
		{"army by the plain word", "id", "Tentara Suriah merebut kembali kota itu.", "syr-armed-forces", facts.KindMilitary, "SYR"},
		{"military by the plain word, lower case", "id", "Kota itu dikepung militer Sudan sejak pekan lalu.", "sdn-armed-forces", facts.KindMilitary, "SDN"},
		{"a soldier is a state's person, not its army", "id", "Seorang tentara Amerika tewas di Irak.", "USA", facts.KindState, ""},
		{"soldiers by number are the state's", "id", "Dua polisi Malaysia terluka dalam bentrokan itu.", "MYS", facts.KindState, ""},
		{"CIA by its translated name alone", "id", "Badan Intelijen Pusat menolak berkomentar.", "usa-cia", facts.KindAgency, "USA"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := x.Article(context.Background(), Input{Text: c.text, Lang: c.lang})
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, a := range d.Actors {
				ids = append(ids, a.ID)
				if a.ID == c.id {
					if a.Kind != c.kind || a.Country != c.country {
						t.Errorf("%s: kind %s country %s, want %s %s", c.id, a.Kind, a.Country, c.kind, c.country)
					}
					return
				}
			}
			t.Errorf("no %s in %v", c.id, ids)
		})
	}
	t.Run("a body's event is its state's, with the sector", func(t *testing.T) {
		d, err := x.Article(context.Background(), Input{Text: "Senat Filipina mengecam China.", Lang: "id"})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range d.Events {
			if e.Source == "PHL" && e.SourceSector == "LEG" && e.Target == "CHN" {
				return
			}
		}
		t.Errorf("want PHL/LEG -> CHN, got %+v", d.Events)
	})
}

// TestForeignBodyInTitle checks that the home body's name in a title, then
// another state, is that state's body ("Juru bicara Kemlu Venezuela Carlos
// Perez" is a spokesperson of Venezuela's foreign ministry, not of
// Indonesia's), and that the home body stays the home body without one.
func TestForeignBodyInTitle(t *testing.T) {
	x := extractor(t)
	for _, c := range []struct {
		name, text, body, person, country, absent string
	}{
		{"short name of the home body", "Juru bicara Kemlu Venezuela Carlos Perez mengecam keputusan itu.", "ven-foreign-ministry", "carlos-perez", "VEN", "idn-foreign-ministry"},
		{"another home body's short name", "Juru bicara Kemenhan Venezuela Carlos Perez mengecam keputusan itu.", "ven-defense-ministry", "carlos-perez", "VEN", "idn-defense-ministry"},
		{"the body's name inside the title", "Juru bicara Kementerian Luar Negeri Venezuela Carlos Perez mengecam keputusan itu.", "ven-foreign-ministry", "carlos-perez", "VEN", "idn-foreign-ministry"},
		{"a state's body the gazetteer names", "Juru bicara Kemlu Rusia Maria Zakharova mengecam keputusan itu.", "rus-foreign-ministry", "maria-zakharova", "RUS", "idn-foreign-ministry"},
		{"the home body without a state", "Juru bicara Kemlu Teuku Faizasyah mengecam keputusan itu.", "idn-foreign-ministry", "teuku-faizasyah", "IDN", "ven-foreign-ministry"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := x.Article(context.Background(), Input{Text: c.text, Lang: "id", Published: "2024-06-01"})
			if err != nil {
				t.Fatal(err)
			}
			byID := map[string]facts.Actor{}
			for _, a := range d.Actors {
				byID[a.ID] = a
			}
			if a, ok := byID[c.body]; !ok || a.Country != c.country {
				t.Errorf("body %s with country %s: got %+v (actors %v)", c.body, c.country, a, byID)
			}
			if a, ok := byID[c.person]; !ok || a.Kind != facts.KindPerson || a.Country != c.country {
				t.Errorf("person %s of %s: got %+v", c.person, c.country, a)
			}
			if _, ok := byID[c.absent]; ok {
				t.Errorf("%s should not be an actor", c.absent)
			}
		})
	}
}

// TestHomeBodiesAbroad checks that a home body named only by its generic
// name is no actor in a text about another state (homeBodiesAbroad), or
// that state's body when the sentence names it in a leader's title or
// after a preposition of place before the body, and stays the home
// state's in a text about it, or about nothing else; a state named after
// the body other than as where the event happens (the object's: "duta
// besar Australia", "serangan Israel") makes the text no less the home
// state's.
func TestHomeBodiesAbroad(t *testing.T) {
	checkIntlCases(t, "id", []intlCase{
		{"police in a foreign capital", "Polisi mengatakan tersangka ditangkap di London.", "", "", "", []string{"idn-police"}},
		{"soldiers in a foreign city", "Tentara menembaki para demonstran di Yangon.", "", "", "", []string{"idn-armed-forces", "IDN"}},
		{"police in a foreign city of the article before", "Ledakan terjadi di Paris pada Senin. Polisi mengatakan dua orang tewas.", "", "", "", []string{"idn-police"}},
		{"a ministry's generic name abroad makes no body by its head word", "Kementerian Pertahanan mengatakan pasukan telah ditempatkan di perbatasan Suriah.", "", "", "", []string{"idn-defense-ministry", "idn-kementerian-pertahanan"}},
		{"police in a home city", "Polisi menangkap tiga orang di Jakarta.", "idn-police", "agency", "IDN", nil},
		{"police with no place", "Polisi menangkap tiga orang kemarin.", "idn-police", "agency", "IDN", nil},
		{"foreign ministry with the home state named", "Kementerian Luar Negeri mengatakan tidak ada warga Indonesia yang menjadi korban di Turki.", "idn-foreign-ministry", "agency", "IDN", nil},
		{"the home body's own name abroad", "Polri mengirim dua penyidik ke London.", "idn-police", "agency", "IDN", nil},
		{"a foreign state as the object's", "Kementerian Luar Negeri mengecam serangan Israel ke Gaza.", "idn-foreign-ministry", "agency", "IDN", nil},
		{"a foreign delegation received", "Sekretaris Jenderal Kementerian Pertahanan menerima delegasi Jepang.", "idn-defense-ministry", "agency", "IDN", nil},
		{"court after a foreign leader's title", "Presiden Korea Selatan Yoon Suk Yeol dimakzulkan dan Mahkamah Konstitusi mengukuhkan pemakzulan itu.", "kor-constitutional-court", "court", "KOR", []string{"idn-constitutional-court"}},
		{"police after a foreign state's place", "Di Jerman, Polisi menangkap dua orang.", "deu-police", "agency", "DEU", []string{"idn-police"}},
		{"a foreign citizen arrested", "Warga Malaysia itu ditangkap Polisi di rumahnya.", "", "", "", []string{"mys-police"}},
		{"a foreign envoy summoned", "Kementerian Luar Negeri memanggil duta besar Australia.", "idn-foreign-ministry", "agency", "IDN", []string{"aus-foreign-ministry"}},
		{"supreme court in a foreign state's story", "Mahkamah Agung Amerika Serikat menolak banding itu. Mahkamah Agung juga menunda sidang lain.", "usa-supreme-court", "court", "USA", []string{"idn-supreme-court"}},
		{"a home official's title abroad", "Juru bicara Kementerian Luar Negeri Rolliansyah Soemirat mengatakan tidak ada WNI yang menjadi korban di Turki.", "idn-foreign-ministry", "agency", "IDN", nil},
		// A body the home state has none of (bareBodiesAbroad).
		{"national assembly after a foreign leader's title", "Perdana Menteri Prancis Michel Barnier digulingkan oleh Majelis Nasional dalam mosi tidak percaya.", "fra-national-assembly", "legislature", "FRA", []string{"fra-parliament"}},
		{"senate after a foreign leader's title", "Presiden Argentina Javier Milei mengatakan Senat akan memungut suara pekan depan.", "arg-senate", "legislature", "ARG", []string{"senat"}},
		{"senate with no state is no actor", "Senat akan memungut suara pekan depan.", "", "", "", []string{"senat", "idn-senate"}},
		{"senate with the home state is no foreign body", "Presiden Indonesia mengatakan Senat Amerika tidak berwenang.", "", "", "", []string{"idn-senate", "senat"}},
	})
}

// TestDatelineBodies checks a body's generic name alone in an article
// whose dateline names a state's place: in Indonesian the home body stays
// the home state's under a home dateline, even with another state as the
// object, and is the other state's under its dateline; in English, which
// has no home state, the name is the dateline state's body unless a state
// comes before it.
func TestDatelineBodies(t *testing.T) {
	t.Run("id", func(t *testing.T) {
		checkIntlCases(t, "id", []intlCase{
			{"home dateline, a foreign envoy summoned", "JAKARTA, KOMPAS.com - Kementerian Luar Negeri memanggil duta besar Australia.", "idn-foreign-ministry", "agency", "IDN", nil},
			{"foreign dateline", "TOKYO, KOMPAS.com - Kementerian Pertahanan mengatakan rudal itu jatuh di laut.", "jpn-defense-ministry", "agency", "JPN", []string{"idn-defense-ministry"}},
		})
	})
	t.Run("en", func(t *testing.T) {
		checkIntlCases(t, "en", []intlCase{
			{"the gazetteer's body under the dateline state's name", "JAKARTA (Reuters) - The House of Representatives passed the revised military law on Thursday.", "idn-dpr", "legislature", "IDN", []string{"idn-house", "usa-house"}},
			{"a ministry under a capital's dateline", "MOSCOW (Reuters) - The Foreign Ministry said it had summoned the British ambassador.", "rus-foreign-ministry", "agency", "RUS", nil},
			{"police under a capital's dateline", "BAGHDAD (Reuters) - Police said a car bomb killed five people.", "irq-police", "agency", "IRQ", nil},
			{"no dateline: no body", "The Foreign Ministry said it had summoned the British ambassador.", "", "", "", []string{"rus-foreign-ministry", "usa-foreign-ministry"}},
			{"a state before the name", "MOSCOW (Reuters) - Britain said the Foreign Ministry had summoned its envoy.", "", "", "", []string{"rus-foreign-ministry"}},
		})
	})
}

// TestBareBodiesOfLeader checks English generic body names alone in a
// sentence about one state's office holder: the body is that state's; with
// another state named, or no office holder, it is no actor.
func TestBareBodiesOfLeader(t *testing.T) {
	checkIntlCases(t, "en", []intlCase{
		{"court after a leader's title", "Pakistani Prime Minister Shehbaz Sharif said the Supreme Court would hear the case.", "pak-supreme-court", "court", "PAK", nil},
		{"a known leader without a title", "Netanyahu said the army would press on in Rafah.", "isr-armed-forces", "military", "ISR", []string{"isr-army"}},
		{"the gazetteer's body by the state's name", "Indonesian President Prabowo Subianto urged the House of Representatives to pass the bill.", "idn-dpr", "legislature", "IDN", []string{"idn-house", "usa-house"}},
		{"another state named", "Kenyan President William Ruto said Ugandan troops had crossed the border and the army was on alert.", "", "", "", []string{"ken-army", "uga-army"}},
		{"no office holder", "Ukrainian drones hit a refinery, police said.", "", "", "", []string{"ukr-police"}},
		{"a longer name", "Governor Kathy Hochul said the New York Supreme Court had ruled.", "", "", "", []string{"usa-supreme-court"}},
	})
}

// TestGenericForeignBodies checks a gazetteer body known by a generic
// name alone ("Congress", "House of Representatives", "Kongres": the
// American ones) in a sentence about another state's office holder: it is
// that state's body; with no other state it stays the gazetteer's.
func TestGenericForeignBodies(t *testing.T) {
	t.Run("en", func(t *testing.T) {
		checkIntlCases(t, "en", []intlCase{
			{"congress after another state's leader", "Colombian President Gustavo Petro said Congress had blocked his labor reform.", "col-congress", "legislature", "COL", []string{"usa-congress"}},
			{"house after another state's leader", "Philippine President Ferdinand Marcos Jr. urged the House of Representatives to pass the budget.", "phl-house", "legislature", "PHL", []string{"usa-house"}},
			{"congress alone", "Congress approved the spending bill late on Friday.", "usa-congress", "legislature", "USA", nil},
			{"congress with the American leader", "U.S. President Donald Trump urged Congress to act.", "usa-congress", "legislature", "USA", nil},
		})
	})
	t.Run("id", func(t *testing.T) {
		checkIntlCases(t, "id", []intlCase{
			{"kongres after another state's leader", "Presiden Peru Dina Boluarte mengatakan Kongres menolak usulan itu.", "per-congress", "legislature", "PER", []string{"usa-congress"}},
			{"kongres alone", "Kongres menyetujui paket bantuan itu.", "usa-congress", "legislature", "USA", nil},
		})
	})
}
