package gen

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/geokg/kg/graph"
)

// The most reported states and organizations, most reported first; the
// other states follow in an order drawn from the seed. Event counts fall
// off with rank as a Zipf law, so these few are in most events.
var topMajors = []string{
	"USA", "CHN", "RUS", "UKR", "GBR", "ISR", "IRN", "united-nations", "FRA", "DEU",
	"IND", "TUR", "european-union", "nato", "JPN", "PRK", "KOR", "SAU", "PAK", "SYR",
	"AFG", "IRQ", "IDN", "EGY", "BRA", "PSE", "AUS", "CAN", "ITA", "QAT",
	"ARE", "LBN", "YEM", "VEN", "MEX", "NGA", "ZAF", "TWN", "PHL", "POL",
}

// igos are intergovernmental organizations (kind igo), with their aliases.
var igos = []struct{ id, name string }{
	{"united-nations", "United Nations|UN|PBB|Perserikatan Bangsa-Bangsa"},
	{"european-union", "European Union|EU|Uni Eropa"},
	{"nato", "NATO|North Atlantic Treaty Organization|Pakta Pertahanan Atlantik Utara"},
	{"african-union", "African Union|AU|Uni Afrika"},
	{"asean", "ASEAN|Association of Southeast Asian Nations"},
	{"arab-league", "Arab League|League of Arab States|Liga Arab"},
	{"opec", "OPEC|Organization of the Petroleum Exporting Countries"},
	{"who", "World Health Organization|WHO|Organisasi Kesehatan Dunia"},
	{"imf", "International Monetary Fund|IMF|Dana Moneter Internasional"},
	{"world-bank", "World Bank|Bank Dunia"},
	{"icc", "International Criminal Court|ICC|Mahkamah Pidana Internasional"},
	{"osce", "OSCE|Organization for Security and Co-operation in Europe"},
	{"gcc", "Gulf Cooperation Council|GCC|Dewan Kerja Sama Teluk"},
	{"sco", "Shanghai Cooperation Organisation|SCO"},
	{"csto", "Collective Security Treaty Organization|CSTO"},
	{"ecowas", "ECOWAS|Economic Community of West African States"},
	{"mercosur", "Mercosur|Southern Common Market"},
	{"oas", "Organization of American States|OAS"},
	{"iaea", "International Atomic Energy Agency|IAEA|Badan Energi Atom Internasional"},
	{"wto", "World Trade Organization|WTO|Organisasi Perdagangan Dunia"},
	{"brics", "BRICS"},
	{"g7", "G7|Group of Seven"},
}

// blocs are groups of states whose every pair is stated to be allied
// (military blocs) or partners (the others): the explicit stances.
var blocs = []struct {
	relation string
	members  string
}{
	{"ally", "USA GBR FRA DEU ITA CAN ESP NLD BEL NOR DNK POL TUR PRT GRC CZE HUN ROU BGR SVK SVN HRV ALB MNE MKD EST LVA LTU LUX ISL FIN SWE"},
	{"ally", "RUS BLR KAZ ARM KGZ TJK"},
	{"ally", "USA JPN KOR AUS PHL NZL THA ISR"},
	{"ally", "SAU ARE BHR KWT OMN QAT EGY JOR"},
	{"ally", "IRN SYR IRQ LBN YEM"},
	{"partner", "CHN RUS PAK PRK IRN BLR KAZ UZB KGZ TJK IND"},
	{"partner", "BRA RUS IND CHN ZAF EGY ETH IRN ARE SAU IDN"},
	{"partner", "IDN MYS SGP THA PHL VNM LAO KHM MMR BRN"},
	{"partner", "NGA GHA SEN CIV MLI BFA NER GIN BEN TGO SLE LBR GMB GNB CPV"},
	{"partner", "DZA AGO BWA CMR COD COG ETH KEN MAR MOZ NAM RWA TZA UGA ZMB ZWE SDN SSD SOM TUN LBY"},
	{"partner", "ARG BRA PRY URY BOL CHL COL PER ECU VEN MEX CUB NIC"},
	{"partner", "DEU FRA ITA ESP NLD BEL AUT IRL SWE FIN DNK PRT GRC"},
}

var (
	firstNames = strings.Fields(`Ahmed Aisha Alejandro Alexei Ali Amina Anna Arjun Boris Carlos Chen Chioma
		Daniel Dmitri Elena Emeka Emma Fatima Fernando Giorgi Hana Hassan Hiroshi Ibrahim Igor Ines
		Ivan Jae-won James Javier John Jose Juan Kamal Karim Katarzyna Kenji Khalid Kim Kofi Lars
		Layla Li Lucia Luis Mahmoud Maria Mariam Mehmet Mei Miguel Min-jun Mohammed Mustafa Nadia
		Naveen Nikolai Nour Olena Olga Omar Oscar Pablo Pedro Priya Rahul Rania Ricardo Roberto
		Sabina Sanjay Sarah Sergei Siti Sofia Sven Tarek Thabo Tomas Usman Valentina Viktor Wei
		Xin Yasmin Yevgeny Yusuf Zainab Zhang Andrzej Bogdan Chinedu Darius Erik Farid Gabriel
		Hamid Irina Jamal Kateryna Leila Marek Nasser Oksana Pavel Rashid Samir Tatiana Vusi Walid`)
	lastNames = strings.Fields(`Abdullah Adeyemi Ahmadi Al-Hashimi Alvarez Andersson Bakr Banda Barzani
		Becker Bianchi Bondarenko Castillo Chen Chowdhury Costa Cruz Dang Diallo Dubois Erdem Fernandez
		Fischer Garcia Gonzalez Gupta Haddad Hakimi Hashemi Hoang Hussein Ivanov Jaber Kang Kaya Khan
		Kim Kowalski Kozlov Kumar Kuznetsov Lee Lopez Mahmoud Martin Martinez Mensah Mishra Moreno
		Mueller Nakamura Nasser Nguyen Novak Nowak Obi Okafor Okonkwo Olsen Ortiz Park Pereira Petrov
		Popescu Qureshi Rahman Ramirez Rao Reyes Rossi Sadiq Saleh Santos Sato Schmidt Shevchenko Silva
		Singh Smirnov Sokolov Suzuki Tanaka Torres Tran Usmani Vasquez Volkov Wang Wilson Yamamoto Yilmaz
		Yusuf Zhou Zubair Abara Bello Chaudhry Dimitrov Eze Farouk Ghani Horvat Ibrahimovic Jovanovic
		Karimi Lungu Mwangi Ndlovu Ochieng Pham Quispe Rostami Sharma Tadesse Umarov Varga Wojcik Yadav`)
	groupWords = strings.Fields(`Liberation Popular Revolutionary National Democratic Islamic United Free
		Patriotic Northern Southern Eastern Western Independence Resistance Unity Progressive Federal
		Socialist Republican Justice Freedom Solidarity Sovereign Green Workers People's`)
	groupNouns = strings.Fields(`Front Army Brigade Movement Militia Forces Battalion Council Alliance
		Coalition Guard Defenders Legion Committee Union Party League Congress Assembly`)
	orgPatterns = []string{
		"Ministry of Defence of %s", "Ministry of Foreign Affairs of %s", "Ministry of Finance of %s",
		"Ministry of Energy of %s", "Central Bank of %s", "%s National Oil Company", "%s Armed Forces",
		"%s Chamber of Commerce", "%s Red Crescent", "%s Human Rights Commission", "%s Electoral Commission",
		"%s Supreme Court", "%s Navy", "%s Air Force", "%s Intelligence Service", "%s Railways",
	}
	orgWords = strings.Fields(`Atlas Meridian Horizon Summit Pioneer Crescent Global Continental Pacific
		Atlantic Northern Sterling Apex Vanguard Harbor Granite Cedar Falcon Orion Delta Sigma Nova Zenith`)
	orgNouns = strings.Fields(`Holdings Energy Group Bank Logistics Mining Telecom Industries Capital
		Foundation Institute Shipping Aerospace Petroleum Pharmaceuticals Partners Trust`)
	mediaPatterns = []string{
		"%s Times", "%s Herald", "%s Daily", "%s Post", "%s Tribune", "%s News Agency", "%s Broadcasting",
		"%s Today", "%s Observer", "Radio %s", "%s 24", "%s Gazette",
	}
	roleTitles = []string{"head_of_state", "head_of_government", "foreign_minister", "defence_minister", "spokesperson"}
)

// actorTable is every actor of the generated graph with the indexes the
// article generator needs.
type actorTable struct {
	actors []graph.Actor
	// majors are the indexes of states and IGOs, most reported first.
	majors []int
	// minors are the indexes of persons, armed groups, organizations and
	// media, most reported first.
	minors []int
	// ofCountry lists the minor actors of each state, prominent first.
	ofCountry map[string][]int
	// allyPairs are the explicit alliances: pairs of indexes into actors.
	allyPairs []allyPair
	byID      map[string]int
}

type allyPair struct {
	a, b     int
	relation string
}

// states lists every ISO 3166 country that x/text knows, with its English
// name and its Indonesian name as an alias (the sources are in both).
func states() []graph.Actor {
	en := display.English.Regions()
	id := display.Regions(language.Indonesian)
	var out []graph.Actor
	seen := map[string]bool{}
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			r, err := language.ParseRegion(string([]rune{a, b}))
			if err != nil || !r.IsCountry() || r.Canonicalize() != r {
				continue
			}
			iso3, name := r.ISO3(), en.Name(r)
			if iso3 == "ZZZ" || len(iso3) != 3 || name == "" || seen[iso3] || seen[name] {
				continue
			}
			seen[iso3], seen[name] = true, true
			ac := graph.Actor{ID: iso3, Name: name, Kind: "state"}
			if alias := id.Name(r); alias != "" && alias != name {
				ac.Aliases = append(ac.Aliases, alias)
			}
			out = append(out, ac)
		}
	}
	return out
}

// newActorTable draws the actors: every state, the IGOs, and minors people
// and groups, each belonging to a state drawn by the states' popularity.
func newActorTable(r *rand.Rand, minors int) (*actorTable, error) {
	t := &actorTable{byID: map[string]int{}, ofCountry: map[string][]int{}}
	add := func(a graph.Actor) int {
		t.byID[a.ID] = len(t.actors)
		t.actors = append(t.actors, a)
		return len(t.actors) - 1
	}
	var stateIdx []int
	for _, s := range states() {
		stateIdx = append(stateIdx, add(s))
	}
	for _, g := range igos {
		names := strings.Split(g.name, "|")
		add(graph.Actor{ID: g.id, Name: names[0], Kind: "igo", Aliases: names[1:]})
	}
	// Majors: the known top of the news first, then every other state and
	// IGO in seeded order.
	placed := map[int]bool{}
	for _, id := range topMajors {
		i, ok := t.byID[id]
		if !ok {
			return nil, fmt.Errorf("gen: top actor %s is not among the states and IGOs", id)
		}
		t.majors = append(t.majors, i)
		placed[i] = true
	}
	rest := make([]int, 0, len(t.actors))
	for i := range t.actors {
		if !placed[i] {
			rest = append(rest, i)
		}
	}
	r.Shuffle(len(rest), func(i, j int) { rest[i], rest[j] = rest[j], rest[i] })
	t.majors = append(t.majors, rest...)
	var majorStates []int
	for _, i := range t.majors {
		if t.actors[i].Kind == "state" {
			majorStates = append(majorStates, i)
		}
	}

	// Minors, in order of popularity; each belongs to a state drawn with
	// the states' Zipf popularity, so that big countries have many.
	countryZipf := rand.NewZipf(r, 1.05, 2, uint64(len(majorStates)-1))
	names := map[string]bool{}
	ids := map[string]bool{}
	for id := range t.byID {
		ids[id] = true
	}
	unique := func(name, country string) string {
		if !names[name] {
			names[name] = true
			return name
		}
		for n := 2; ; n++ {
			cand := fmt.Sprintf("%s (%s %d)", name, country, n)
			if n == 2 {
				cand = fmt.Sprintf("%s (%s)", name, country)
			}
			if !names[cand] {
				names[cand] = true
				return cand
			}
		}
	}
	for k := 0; k < minors; k++ {
		country := t.actors[majorStates[countryZipf.Uint64()]]
		var a graph.Actor
		switch x := r.Float64(); {
		case x < 0.62:
			first, last := pick(r, firstNames), pick(r, lastNames)
			name := first + " " + last
			if names[name] {
				name = first + " " + string(rune('A'+r.IntN(26))) + ". " + last
			}
			a = graph.Actor{Name: unique(name, country.ID), Kind: "person"}
			if r.Float64() < 0.4 {
				a.Aliases = []string{last}
			}
		case x < 0.82:
			var name string
			if r.Float64() < 0.5 {
				name = fmt.Sprintf(pick(r, orgPatterns), country.Name)
			} else {
				name = pick(r, orgWords) + " " + pick(r, orgNouns)
			}
			a = graph.Actor{Name: unique(name, country.ID), Kind: "organization"}
		case x < 0.92:
			w1, w2 := pick(r, groupWords), pick(r, groupWords)
			for w2 == w1 {
				w2 = pick(r, groupWords)
			}
			name := w1 + " " + w2 + " " + pick(r, groupNouns)
			a = graph.Actor{Name: unique(name, country.ID), Kind: "armed_group"}
			if r.Float64() < 0.5 {
				a.Aliases = []string{acronym(name)}
			}
		default:
			name := fmt.Sprintf(pick(r, mediaPatterns), pick(r, append([]string{country.Name}, orgWords...)))
			a = graph.Actor{Name: unique(name, country.ID), Kind: "media"}
		}
		a.Country = country.ID
		a.ID = slug(a.Name)
		for n := 2; ids[a.ID]; n++ {
			a.ID = fmt.Sprintf("%s-%d", slug(a.Name), n)
		}
		ids[a.ID] = true
		i := add(a)
		t.minors = append(t.minors, i)
		t.ofCountry[a.Country] = append(t.ofCountry[a.Country], i)
	}
	// Roles: the first persons of a state hold its offices; the first
	// person after an armed group leads it.
	for _, si := range majorStates {
		list := t.ofCountry[t.actors[si].ID]
		titles, lastGroup := 0, -1
		for _, i := range list {
			a := &t.actors[i]
			switch a.Kind {
			case "armed_group", "organization":
				lastGroup = i
			case "person":
				if titles < len(roleTitles) {
					start := fmt.Sprintf("%d-%02d-%02d", 2008+r.IntN(14), 1+r.IntN(12), 1+r.IntN(28))
					a.Roles = append(a.Roles, graph.Role{Title: roleTitles[titles], Of: a.Country, Start: start})
					titles++
				} else if lastGroup >= 0 {
					title := "leader"
					if t.actors[lastGroup].Kind == "organization" {
						title = "director"
					}
					a.Roles = append(a.Roles, graph.Role{Title: title, Of: t.actors[lastGroup].ID, Start: fmt.Sprint(2005 + r.IntN(18))})
					lastGroup = -1
				}
			}
		}
	}
	// Explicit alliances: every pair of a bloc, then armed groups backed by
	// a foreign state (partners).
	seen := map[[2]int]bool{}
	for _, b := range blocs {
		var members []int
		for _, id := range strings.Fields(b.members) {
			if i, ok := t.byID[id]; ok {
				members = append(members, i)
			}
		}
		for x := range members {
			for y := x + 1; y < len(members); y++ {
				k := [2]int{min(members[x], members[y]), max(members[x], members[y])}
				if !seen[k] {
					seen[k] = true
					t.allyPairs = append(t.allyPairs, allyPair{members[x], members[y], b.relation})
				}
			}
		}
	}
	for _, i := range t.minors {
		if t.actors[i].Kind == "armed_group" && r.Float64() < 0.3 {
			sponsor := majorStates[countryZipf.Uint64()]
			if t.actors[sponsor].ID != t.actors[i].Country {
				t.allyPairs = append(t.allyPairs, allyPair{sponsor, i, "partner"})
			}
		}
	}
	return t, nil
}

// declared returns the actors an article must declare for WriteArticle to
// write what it refers to: the actors named, and the states and
// organizations in which the named persons hold roles.
func (t *actorTable) declared(ids []string) []graph.Actor {
	seen := map[string]bool{}
	var out []graph.Actor
	var visit func(id string)
	visit = func(id string) {
		if seen[id] {
			return
		}
		seen[id] = true
		a := t.actors[t.byID[id]]
		out = append(out, a)
		for _, ro := range a.Roles {
			visit(ro.Of)
		}
	}
	for _, id := range ids {
		visit(id)
	}
	return out
}

func pick[T any](r *rand.Rand, l []T) T { return l[r.IntN(len(l))] }

func slug(name string) string { return strings.ReplaceAll(graph.NameKey(name), " ", "-") }

func acronym(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		b.WriteByte(w[0])
	}
	return b.String()
}

// sortedIDs returns the IDs of a set, sorted (for deterministic output).
func sortedIDs(set map[string]bool) []string {
	out := make([]string, 0, len(set))
	for id := range set {
		out = append(out, id)
	}
	slices.Sort(out)
	return out
}
