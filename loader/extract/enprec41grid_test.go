package extract

import (
	"slices"
	"strings"
	"testing"
)

// enPrec41GridRows are present-day (2022-2026) English news sentences
// written for the English precision grid 41 of issue #12, made up in the
// style of Reuters, AP, AFP, BBC, Al Jazeera and the Jakarta Post (never
// copied), each annotated before the extractor ran on them with its
// complete set of actor ids (places aside, as in precGridRows) in want and,
// in not, the actors a naive match of its capitalized words would give and
// the row must not: laws, bills, treaties, accords and plans named after
// states, places or persons; products, brands, weapons and ships; films,
// books and songs; sports teams, tournaments and races named by a state;
// holidays and feasts; streets, squares, bridges, airports, stations and
// stadiums named after persons; diseases, storms and variants; currencies
// and indices; languages and cuisines; universities and hospitals named
// after persons (the institution, an organization, never the person);
// acronyms that collide with bodies ("PM" of the clock, "AI", "AP" exams,
// "US$"); sentence-initial capitals; and mixed sentences where some names
// are actors. A state named only as where something happens is the state
// (testdata/README.md); a state's name as a sports side is no state, as in
// enPrec37GridRows.
var enPrec41GridRows = []struct{ text, want, not string }{
	// Laws, bills, treaties, accords and plans.
	{"The Inflation Reduction Act poured billions into clean energy projects.", "", ""},
	{"Lawmakers debated changes to the Chips Act on Tuesday.", "", ""},
	{"The Paris Agreement aims to limit warming to 1.5 degrees Celsius.", "", "FRA"},
	{"The Good Friday Agreement marked its 25th anniversary last year.", "", ""},
	{"Critics say the Affordable Care Act raised premiums for some families.", "", ""},
	{"The Abraham Accords were signed at the White House in 2020.", "", "abraham"},
	{"The Marshall Plan was invoked by several speakers at the forum.", "", "marshall"},
	{"The Monroe Doctrine was back in the headlines this week.", "", "monroe"},
	{"The Dodd-Frank Act tightened rules on big banks.", "", "dodd-frank"},
	{"The Schengen Agreement allows passport-free travel across much of the continent.", "", ""},
	{"The Belt and Road Initiative marked its tenth anniversary.", "", "CHN"},
	{"The Digital Markets Act took effect in March.", "", ""},
	{"The Global Magnitsky Act allows sanctions on human rights abusers.", "", "magnitsky"},
	{"The Kigali Amendment phases down the use of HFCs.", "", "RWA"},
	{"The Artemis program aims to return astronauts to the Moon.", "", "artemis"},
	{"The Iron Dome intercepted most of the rockets.", "", "ISR"},
	{"The New START treaty expired in February.", "", ""},
	{"The Camp David Accords reshaped the region.", "", "david"},
	{"Medicare and Medicaid spending rose by 8 percent.", "", ""},
	{"The Marshall Islands joined the talks.", "MHL", "marshall"},
	// Products, brands, weapons, vehicles and ships.
	{"The USS Harry S. Truman returned to port after a nine-month deployment.", "", "harry-s-truman"},
	{"The USS Abraham Lincoln moved into the Arabian Sea.", "", "abraham-lincoln"},
	{"The HMS Prince of Wales left Portsmouth for the Pacific.", "", "prince-of-wales"},
	{"The new iPhone went on sale on Friday.", "", "apple-inc"},
	{"A Tesla Model Y caught fire in the car park.", "", "tesla"},
	{"He searched for the video on Google Chrome.", "", "google"},
	{"The Boeing 737 MAX 9 was grounded again after a door plug blew out.", "", "boeing"},
	{"An Airbus A320 skidded off the runway in heavy rain.", "", "airbus"},
	{"A Kalashnikov rifle was found in the boot of the car.", "", "mikhail-kalashnikov"},
	{"Dozens of Leopard 2 tanks arrived at the front.", "", ""},
	{"The Sputnik V vaccine was approved in 70 countries.", "", "RUS"},
	{"The Queen Elizabeth 2 was turned into a floating hotel.", "", "elizabeth-ii"},
	{"Air Jordan sneakers sold out within minutes.", "", "JOR"},
	{"The Ford Mustang Mach-E was recalled over a battery fault.", "", "ford"},
	{"Visitors took photos of the Mona Lisa.", "", "mona-lisa"},
	// Films, books, songs and series.
	{"Dune: Part Two topped the box office for a second weekend.", "", ""},
	{"Napoleon opened to mixed reviews.", "", "napoleon"},
	{"Elvis earned eight Oscar nominations.", "", "elvis-presley"},
	{"Killers of the Flower Moon premiered at Cannes.", "", ""},
	{"Shogun swept the Emmy Awards.", "", ""},
	{"Reviewers praised All Quiet on the Western Front.", "", ""},
	{"House of the Dragon returned for a second season.", "", ""},
	{"Oppenheimer won seven Oscars, including best picture.", "", "j-robert-oppenheimer"},
	{"Prince Harry's memoir Spare sold more than a million copies on its first day.", "prince-harry-duke-of-sussex", ""},
	// Sports teams, tournaments and races.
	{"Team USA won the gold medal in men's basketball.", "", "USA"},
	{"The Asian Cup final drew a record crowd in Doha.", "", "QAT"},
	{"The Africa Cup of Nations was moved to January.", "", ""},
	{"The Indonesia Masters badminton tournament opened on Tuesday.", "", "IDN"},
	{"The Australian Open begins on Sunday.", "", "AUS"},
	{"The US Open final was delayed because of rain.", "", "USA"},
	{"The French Open will start at night this year.", "", "FRA"},
	{"The Monaco Grand Prix was won from pole position.", "", "MCO"},
	{"The Tour de France finished in Nice for the first time.", "", "FRA"},
	{"The Indian Premier League auction drew record bids.", "", "IND"},
	{"Australia retained the Ashes after a draw at Old Trafford.", "", "AUS"},
	{"Atletico Madrid beat Sevilla FC 3-1.", "atletico-madrid sevilla-fc", "ESP"},
	{"Lionel Messi led Inter Miami to a 2-1 win.", "inter-miami lionel-messi", ""},
	{"Novak Djokovic won the Australian Open for a 10th time.", "novak-djokovic", "AUS"},
	// Holidays and feasts.
	{"Millions travelled home for Eid al-Fitr.", "", ""},
	{"Thanksgiving travel hit a record.", "", ""},
	{"Banks were closed for Martin Luther King Jr. Day.", "", "martin-luther-king-jr"},
	{"Presidents' Day sales drew large crowds.", "", ""},
	{"Crowds celebrated St. Patrick's Day in Dublin.", "", "IRL"},
	{"Christmas Eve services were held under tight security.", "", ""},
	{"Diwali lights filled the streets.", "", ""},
	{"Lunar New Year travel began on Monday.", "", ""},
	{"Independence Day fireworks were cancelled because of the drought.", "", ""},
	{"The King's Birthday Honours list was published on Friday.", "", ""},
	// Streets, squares, bridges, airports, stations and stadiums.
	{"Flights at John F. Kennedy International Airport were delayed.", "", "john-f-kennedy"},
	{"Protesters gathered in Tahrir Square.", "", ""},
	{"Traffic on the George Washington Bridge was halted for an hour.", "", "george-washington"},
	{"Trains at Gare du Nord were suspended.", "", ""},
	{"A fire broke out near Charles de Gaulle Airport.", "", "charles-de-gaulle"},
	{"Passengers were stranded at Soekarno-Hatta International Airport.", "", "sukarno mohammad-hatta"},
	{"Crowds filled Jalan M.H. Thamrin in central Jakarta.", "", "thamrin"},
	{"Police closed Pennsylvania Avenue.", "", ""},
	{"The Lincoln Memorial was lit in blue.", "", "abraham-lincoln"},
	{"The rally was held at Gelora Bung Karno stadium.", "", "sukarno"},
	{"Passengers waited for hours at Ngurah Rai airport in Bali.", "", "ngurah-rai"},
	{"Rafic Hariri International Airport remained open.", "", "rafic-hariri"},
	{"Roads around Washington Square Park were closed.", "", "USA"},
	{"Commuters crowded Sudirman station after the outage.", "", "sudirman"},
	{"Fans packed the Jawaharlal Nehru Stadium for the final.", "", "jawaharlal-nehru"},
	// Diseases, storms and variants.
	{"The Omicron variant spread rapidly through the city.", "", ""},
	{"Cases of Marburg virus were confirmed in the capital.", "", ""},
	{"An Ebola outbreak was declared over.", "", ""},
	{"Mpox cases rose again.", "", ""},
	{"Hurricane Milton made landfall near Sarasota.", "", "milton"},
	{"Typhoon Haikui forced the evacuation of thousands.", "", ""},
	{"Cyclone Alfred weakened before landfall.", "", "alfred"},
	{"Parkinson's disease affects millions of people.", "", "parkinson"},
	{"Alzheimer's research received new funding.", "", "alzheimer"},
	{"The Spanish flu killed tens of millions of people.", "", "ESP"},
	{"West Nile virus was found in mosquitoes.", "", ""},
	{"Storm Ciaran brought winds of more than 100 miles per hour.", "", ""},
	// Currencies and indices.
	{"The Indonesian rupiah weakened past 16,000 per dollar.", "", "IDN"},
	{"The Japanese yen slid to a 34-year low.", "", "JPN"},
	{"The Hang Seng index fell 2 percent.", "", ""},
	{"The FTSE 100 hit a record high.", "", ""},
	{"The S&P 500 closed higher on Wednesday.", "", ""},
	{"The Jakarta Composite Index slipped 1.2 percent.", "", ""},
	{"The South African rand rallied.", "", "ZAF"},
	{"The contract was worth US$5 million.", "", "USA"},
	// Languages and cuisines.
	{"Students must now pass an English test.", "", ""},
	{"Arabic is one of six official languages.", "", ""},
	{"Thai food festivals drew crowds in Sydney.", "", "THA"},
	{"She ordered Vietnamese pho and Korean fried chicken.", "", "VNM KOR"},
	{"Signs were written in Ukrainian and Russian.", "", "UKR RUS"},
	// Universities and hospitals named after persons.
	{"Johns Hopkins University researchers tracked the outbreak.", "johns-hopkins-university", "johns-hopkins"},
	{"Students at George Washington University set up tents.", "george-washington-university", "george-washington"},
	// Acronyms that collide with bodies.
	{"The meeting starts at 3 PM local time.", "", ""},
	{"AI tools are changing how newsrooms work.", "", "amnesty-international"},
	{"Students sat AP exams in May.", "", "associated-press"},
	{"An MP for the ruling party resigned.", "", ""},
	{"The company hired a PR firm after the scandal.", "", ""},
	// Sentence-initial capitals and common words that are names.
	{"Grace periods for loan repayments were extended.", "", "grace"},
	{"Will the rains come in time?", "", "will"},
	{"Hope faded for survivors under the rubble.", "", "hope"},
	{"Amber alerts were issued across the state.", "", "amber"},
	{"Turkey prices rose ahead of Thanksgiving.", "", "TUR"},
	{"Guinea pigs escaped from the pet shop.", "", "GIN"},
	{"New Mexico wildfires forced thousands to flee.", "", "MEX"},
	// Mixed: actors beside the traps.
	{"Joe Biden signed the Inflation Reduction Act in August 2022.", "joe-biden", ""},
	{"Indonesia hosted the Asian Games in 2018.", "IDN", ""},
	{"President Prabowo Subianto attended Eid al-Fitr prayers at Istiqlal Mosque.", "prabowo-subianto", ""},
	{"The WHO declared mpox a public health emergency.", "who", ""},
	{"The Houthis fired missiles at the USS Dwight D. Eisenhower.", "houthis", "dwight-d-eisenhower"},
	{"SpaceX launched another batch of satellites from Cape Canaveral.", "spacex", ""},
	{"Donald Trump spoke to supporters at Mar-a-Lago.", "donald-trump", ""},
	{"Elon Musk said the service would remain active in Ukraine.", "UKR elon-musk", ""},
	{"Anwar Ibrahim opened a new terminal at Kuala Lumpur International Airport.", "anwar-ibrahim", ""},
	{"Pope Francis celebrated Easter Mass in St. Peter's Square.", "pope-francis", ""},
	{"Greta Thunberg joined protests on the anniversary of the Paris Agreement.", "greta-thunberg", "FRA"},
	{"Kenya's President William Ruto spoke at the Africa Climate Summit.", "KEN william-ruto", ""},
	{"The Bank of England held rates as sterling slid.", "gbr-central-bank", ""},
	{"The European Union said the Digital Services Act applies to large platforms.", "european-union", ""},
	{"Japan's Prime Minister Shigeru Ishiba visited the Yasukuni Shrine.", "JPN shigeru-ishiba", ""},
	// Batch 2, written after the first rules and annotated before its
	// first run.
	{"The Montreal Protocol has helped heal the ozone layer.", "", ""},
	{"The Kyoto Protocol expired in 2020.", "", "JPN"},
	{"The Ankara Protocol was never applied to Cyprus.", "CYP", "TUR"},
	{"The Nagoya Protocol governs access to genetic resources.", "", "JPN"},
	{"The Brazilian real fell 2 percent against the dollar.", "", "BRA"},
	{"The Nigerian naira hit a record low.", "", "NGA"},
	{"The Kenyan shilling strengthened after the rate decision.", "", "KEN"},
	{"The Indian rupee slid to a record low.", "", "IND"},
	{"The S&P/ASX 200 fell 1 percent in Sydney.", "", "standard-and-poors"},
	{"The S&P 500 index rose 0.4 percent.", "", "standard-and-poors"},
	{"S&P Global Ratings cut Israel's credit rating.", "ISR standard-and-poors", ""},
	{"Students who pass AP courses can earn college credit.", "", "associated-press"},
	{"The AP reported that the talks had stalled.", "associated-press", ""},
	{"He ordered Japanese ramen and Thai green curry.", "", "JPN THA"},
	{"She bought a Vietnamese banh mi from a street stall.", "", "VNM"},
	{"The Canadian dollar weakened after the jobs report.", "", "CAN"},
	{"Hurricane Beryl tore through Jamaica.", "JAM", "beryl"},
	{"The Chinese yuan was little changed.", "", "CHN"},
	{"The Oscar-winning director Christopher Nolan spoke to reporters.", "christopher-nolan", "oscar"},
}

// enPrec41GridKnown lists the rows the extractor still gets wrong. The test
// fails when one of them starts passing, so the list shrinks with each fix.
var enPrec41GridKnown = []string{
	// First run: 120 of 137 rows pass, 17 failed. After the rules of the
	// pass (currencies, dishes, Amendment and Protocol in not_actor_before,
	// AP and S&P in ordinary_acronyms, Oscar in given_not, an "&" name
	// before a number or a slash is an index): 125 of 137; batch 2 (19
	// rows) 14 of 19 before its fixes (more currencies, "banh", "S&P/"),
	// 18 of 19 after: 143 of 156. These 13 still fail:
	// the White House as the venue of a signing (usa-presidency);
	// a product after its maker's name (Tesla Model Y, Google Chrome);
	// a vaccine named as a news agency (Sputnik V);
	// a ship named after a queen, with a number;
	// works of art and films named after persons (Mona Lisa, Napoleon,
	// Elvis, Oppenheimer);
	// a series without a team cue (the Ashes);
	// a university named after a person that the gazetteer lacks;
	// the bird before "prices";
	// batch 2: the Brazilian real ("real" left out of the currencies:
	// "Chinese real estate" names the state).
	"The Brazilian real fell 2 percent against the dollar.",
	"The Abraham Accords were signed at the White House in 2020.",
	"A Tesla Model Y caught fire in the car park.",
	"He searched for the video on Google Chrome.",
	"The Sputnik V vaccine was approved in 70 countries.",
	"The Queen Elizabeth 2 was turned into a floating hotel.",
	"Visitors took photos of the Mona Lisa.",
	"Napoleon opened to mixed reviews.",
	"Elvis earned eight Oscar nominations.",
	"Oppenheimer won seven Oscars, including best picture.",
	"Australia retained the Ashes after a draw at Old Trafford.",
	"Students at George Washington University set up tents.",
	"Turkey prices rose ahead of Thanksgiving.",
}

// TestEnglishPrecision41Grid wants exactly each row's actor set, places
// aside, and checks that no row's not list holds an id its want holds.
// Rows in enPrec41GridKnown must still fail.
func TestEnglishPrecision41Grid(t *testing.T) {
	x := extractor(t)
	texts := map[string]bool{}
	none := 0
	for _, c := range enPrec41GridRows {
		if texts[c.text] {
			t.Errorf("row %q twice", c.text)
		}
		texts[c.text] = true
		if c.want == "" {
			none++
		}
		for _, n := range strings.Fields(c.not) {
			if slices.Contains(strings.Fields(c.want), n) {
				t.Errorf("row %q wants and forbids %s", c.text, n)
			}
		}
	}
	for _, k := range enPrec41GridKnown {
		if !texts[k] {
			t.Errorf("known failure %q is no row", k)
		}
	}
	pass := 0
	for _, c := range enPrec41GridRows {
		t.Run(c.text, func(t *testing.T) {
			if checkGridActors(t, x, c.text, "en", c.want, slices.Contains(enPrec41GridKnown, c.text), "enPrec41GridKnown") {
				pass++
			}
		})
	}
	t.Logf("%d of %d rows pass, %d with no actor, %d known failures", pass, len(enPrec41GridRows), none, len(enPrec41GridKnown))
}
