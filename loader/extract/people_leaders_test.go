package extract

import (
	"context"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/geokg/kg/loader/facts"
)

// TestPeopleLeaders checks that leaders of gazetteer/data/people_leaders.jsonl
// are found in sentences written for the test, in Indonesian and English:
// after a title with their state ("Presiden", "PM", "Menlu", "Kanselir"),
// by full name alone, by surname after a full-name mention (one actor, two
// mentions), and by title and surname alone (the office holder of the
// article's date). Each case asserts the id, kind person and country.
func TestPeopleLeaders(t *testing.T) {
	data, err := os.ReadFile("gazetteer/data/people_leaders.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var cases []peopleCase
	for _, c := range []peopleCase{
		{"two presidents with their states", "id", "2025-03-10", "Presiden Ghana John Mahama bertemu Presiden Senegal Bassirou Diomaye Faye di Dakar pada Senin.",
			[]personWant{{id: "bassirou-diomaye-faye", country: "SEN"}}, nil},
		{"prime minister, then surname alone", "id", "2024-06-01", "Perdana Menteri Yunani Kyriakos Mitsotakis mengatakan Athena siap membantu. Mitsotakis juga menyerukan gencatan senjata.",
			[]personWant{{id: "kyriakos-mitsotakis", country: "GRC", mentions: 2}}, nil},
		{"Menlu and a Spanish name with accents", "id", "2024-06-01", "Menlu Spanyol José Manuel Albares menyambut keputusan itu.",
			[]personWant{{id: "jose-manuel-albares", country: "ESP"}}, nil},
		{"two PMs joined", "id", "2025-03-20", "PM Belgia Bart De Wever dan PM Kroasia Andrej Plenković menghadiri KTT Uni Eropa di Brussel.",
			[]personWant{{id: "bart-de-wever", country: "BEL"}, {id: "andrej-plenkovic", country: "HRV"}}, nil},
		{"demonym and office, then surname, English", "en", "2024-06-01", "Danish Prime Minister Mette Frederiksen said Copenhagen would not yield. Frederiksen spoke after talks with Finnish Prime Minister Petteri Orpo.",
			[]personWant{{id: "mette-frederiksen", country: "DNK", mentions: 2}, {id: "petteri-orpo", country: "FIN"}}, nil},
		{"head of a UN agency and a nationality unlike the office", "en", "2024-06-01", "World Bank President Ajay Banga called for debt relief.",
			[]personWant{{id: "ajay-banga", country: "USA"}}, nil},
		{"army chief", "id", "2024-06-01", "Kepala Staf Angkatan Darat Pakistan Asim Munir bertemu Presiden AS di Washington.",
			[]personWant{{id: "asim-munir", country: "PAK"}}, nil},
		{"party leader", "id", "2024-06-01", "Presiden Prancis Emmanuel Macron dan pemimpin partai Reli Nasional Jordan Bardella berdebat di televisi.",
			[]personWant{{id: "jordan-bardella", country: "FRA"}}, nil},
		{"secretary-general of ASEAN", "id", "2024-06-01", "Sekretaris Jenderal ASEAN Kao Kim Hourn membuka pertemuan di Jakarta.",
			[]personWant{{id: "kao-kim-hourn", country: "KHM"}}, nil},
		{"chancellor, successor by full name", "id", "2025-03-05", "Kanselir Austria Karl Nehammer mengundurkan diri. Nehammer digantikan Christian Stocker.",
			[]personWant{{id: "karl-nehammer", country: "AUT", mentions: 2}, {id: "christian-stocker", country: "AUT"}}, nil},
		{"deputy of the UN", "id", "2024-06-01", "Wakil Sekjen PBB Amina J. Mohammed tiba di Jakarta.",
			[]personWant{{id: "amina-j-mohammed", country: "NGA"}}, nil},
		{"minister of a named office", "id", "2024-06-01", "Menteri Keamanan Nasional Israel Itamar Ben-Gvir menolak kesepakatan itu.",
			[]personWant{{id: "itamar-ben-gvir", country: "ISR"}}, nil},
		{"president after the name's state, English", "en", "2024-06-01", "President Nayib Bukele of El Salvador met Argentine Defence Minister Luis Petri.",
			[]personWant{{id: "nayib-bukele", country: "SLV"}, {id: "luis-petri", country: "ARG"}}, nil},
		{"full name alone as object", "id", "2025-10-12", "Presiden Peru Dina Boluarte diberhentikan dan digantikan José Jerí.",
			[]personWant{{id: "dina-boluarte", country: "PER"}, {id: "jose-jeri", country: "PER"}}, nil},
		{"title and surname alone", "id", "2024-06-01", "PM Yunani Mitsotakis menolak usulan itu.",
			[]personWant{{id: "kyriakos-mitsotakis", country: "GRC"}}, nil},
		{"title and surname alone, English", "en", "2024-06-01", "Spanish Foreign Minister Albares welcomed the decision.",
			[]personWant{{id: "jose-manuel-albares", country: "ESP"}}, nil},
		{"king without a surname", "id", "2024-06-01", "Raja Thailand Maha Vajiralongkorn dan Raja Spanyol Felipe VI bertemu di Bangkok.",
			[]personWant{{id: "vajiralongkorn", country: "THA"}, {id: "felipe-vi", country: "ESP"}}, nil},
		{"president Phoenix held only as a minister, title and surname", "en", "2025-10-01", "President Dissanayake said Sri Lanka would renegotiate the IMF deal.",
			[]personWant{{id: "anura-kumara-dissanayake", country: "LKA"}}, nil},
		{"president Phoenix held only as a minister, surname alone", "en", "2025-10-01", "Mulino said the canal belongs to Panama.",
			[]personWant{{id: "jose-raul-mulino", country: "PAN"}}, nil},
		{"a president whom the generated files held with a stale term", "en", "2025-10-01", "President Zardari and Uzbek President Mirziyoyev signed the agreement.",
			[]personWant{{id: "asif-ali-zardari", country: "PAK"}, {id: "shavkat-mirziyayev", country: "UZB"}}, nil},
		{"a sultan by title and name, Indonesian", "id", "2025-10-01", "Sultan Oman Haitham bin Tariq menerima Presiden Prabowo di Muskat.",
			[]personWant{{id: "haitham-bin-tariq", country: "OMN"}}, nil},
		{"opposition leader, then surname, English", "en", "2019-05-01", "Labour leader Jeremy Corbyn met Theresa May. Corbyn later spoke to reporters.",
			[]personWant{{id: "jeremy-corbyn", country: "GBR", mentions: 2}}, nil},
	} {
		for _, w := range c.want {
			if !strings.Contains(string(data), `{"id":"`+w.id+`",`) {
				t.Fatalf("%s is not in people_leaders.jsonl", w.id)
			}
		}
		cases = append(cases, c)
	}
	checkPeople(t, cases)
}

// peopleCase is a text and the people it must give: their id, country and
// at least so many mentions (0: not checked), and ids it must not give.
type peopleCase struct {
	name, lang, published, text string
	want                        []personWant
	absent                      []string
}

type personWant struct {
	id, country string
	mentions    int
}

// checkPeople runs the extractor on each case and checks its people.
func checkPeople(t *testing.T, cases []peopleCase) {
	t.Helper()
	x := extractor(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := x.Article(context.Background(), Input{Text: c.text, Lang: c.lang, Published: c.published})
			if err != nil {
				t.Fatal(err)
			}
			byID := map[string]facts.Actor{}
			var all []string
			for _, a := range d.Actors {
				byID[a.ID] = a
				all = append(all, a.ID)
			}
			for _, w := range c.want {
				a, ok := byID[w.id]
				if !ok {
					t.Errorf("no actor %s; got %v", w.id, all)
					continue
				}
				if a.Kind != facts.KindPerson || a.Country != w.country {
					t.Errorf("%s: kind %s country %q, want person %q", w.id, a.Kind, a.Country, w.country)
				}
				if len(a.Mentions) < w.mentions {
					t.Errorf("%s: %d mentions, want at least %d", w.id, len(a.Mentions), w.mentions)
				}
			}
			for _, id := range c.absent {
				if slices.Contains(all, id) {
					t.Errorf("actor %s found; got %v", id, all)
				}
			}
		})
	}
}

// TestPeopleRolesMended checks people of the hand-written people.jsonl whose
// generated entries (CountryInfo, 2012) stopped at an old office or whose
// later offices were missing: the office holder of the day is found by title
// and surname alone, and the full name gives the right person and state.
func TestPeopleRolesMended(t *testing.T) {
	x := extractor(t)
	for _, c := range []struct {
		name, lang, published, text, id, country string
	}{
		{"Norway's prime minister by title and surname", "id", "2024-06-01", "PM Norwegia Støre mengecam serangan itu.", "jonas-gahr-store", "NOR"},
		{"Zimbabwe's president by full name", "id", "2024-06-01", "Presiden Zimbabwe Emmerson Mnangagwa tiba di Beijing.", "emmerson-mnangagwa", "ZWE"},
		{"Slovakia's prime minister by title and surname", "en", "2024-06-01", "Slovak Prime Minister Fico was shot in Handlova.", "robert-fico", "SVK"},
		{"a former NATO head as Norway's finance minister", "id", "2025-06-01", "Menteri Keuangan Norwegia Jens Stoltenberg mengumumkan anggaran baru.", "jens-stoltenberg", "NOR"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := x.Article(context.Background(), Input{Text: c.text, Lang: c.lang, Published: c.published})
			if err != nil {
				t.Fatal(err)
			}
			checkActor(t, d.Actors, c.id, facts.KindPerson, c.country, nil)
		})
	}
}
