package extract

import (
	"testing"
)

// TestMaterialEvents is a grid of English sentences in the style of
// present-day wire news that report MATERIAL acts, one or a few rows per
// PLOVER/CAMEO category: assault and fight (18-20), coerce (17),
// mobilize and show of force (15), sanction (16), aid (07), material
// cooperation (06, 08 for releases), yield (08) and investigate (09).
// Each row names the events it must give (source, CAMEO root, target,
// status; an empty sector or status matches any) and the events it must
// not give (there an empty target also matches any); a row marked noEvents must give no event at all (reports of
// plans, negations, places without actors). The rows were written and
// annotated before the extractor ran on them. A row marked known is a
// known failure: the test logs it, and fails when it starts passing.
// First run of the 116 rows: 85 pass. Hand triggers for curfews and
// martial law (1723/1724, no target), tariffs slapped, extradition (063),
// prisoner swaps between a coordinated subject (084, recip), hostages or
// remains handed over, crossings reopened and restrictions eased (081),
// arrest warrants issued (173) and a score after "beat" (no assault); the
// group noun of a city in a state as an object ("arrested protesters in
// Istanbul"): 93 of 116. A claim verb that owns (owning_claims) before
// an act's noun that ends its phrase is an admission, no hedge ("claimed
// a suicide bombing that killed"); food and supplies distributed are aid:
// 95 of 116. Strikes carried out or conducted (195, also after a
// denial's gerund); the origin after "imports from" (origin_nouns) is the
// object: 97 of 116. A verb form after a determiner and a demonym is a
// noun ("killed in an Israeli strike": no Palestinian strike): 98 of 116.
// The place inside a passive subject is hit ("A hospital in Gaza was
// struck by"): 99 of 116. An -s form opening the sentence is a plural
// noun, and words of onset may stand before "between" ("Deadly clashes
// broke out between Thai and Cambodian troops"): 100 of 116. A light verb
// that is itself a plan word makes its noun's event the intent ("pledged
// $5 billion in economic aid": 033): 101 of 116. A second batch of 10
// rows, annotated before its first run: 9 passed at once: 110 of 126.
// An owned act's noun may follow a modifier that is a trigger too
// ("claimed a drone attack on"): 111 of 126 (the floor).
func TestMaterialEvents(t *testing.T) {
	x := extractor(t)
	type ev = syntaxEvent
	tests := []eventRow{
		// Assault and fight.
		{"air strikes on", "Israeli warplanes carried out air strikes on southern Lebanon overnight.",
			[]ev{{"ISR", "", "19", "LBN", "", "fact"}}, []ev{{"LBN", "", "19", "ISR", "", ""}}, false, false},
		{"launched airstrikes against", "The United States launched airstrikes against Houthi targets in Yemen on Saturday.",
			[]ev{{"USA", "", "19", "houthis", "", "fact"}}, nil, false, false},
		{"shelled a town", "Russian forces shelled the Ukrainian town of Kupiansk on Wednesday.",
			[]ev{{"RUS", "", "19", "UKR", "", "fact"}}, nil, false, false},
		{"drone attack on", "Ukraine launched a drone attack on a Russian oil refinery early on Sunday.",
			[]ev{{"UKR", "", "19", "RUS", "", "fact"}}, []ev{{"RUS", "", "19", "UKR", "", ""}}, false, false},
		{"drones at a city", "Russia fired more than 100 drones at Kyiv overnight, Ukrainian officials said.",
			[]ev{{"RUS", "", "19", "UKR", "", "fact"}}, nil, false, false},
		{"raided a camp", "Israeli troops raided the Jenin refugee camp in the occupied West Bank on Tuesday.",
			[]ev{{"ISR", "", "19", "PSE", "", "fact"}}, nil, false, false},
		{"clashed with", "Pakistani troops clashed with Afghan Taliban forces along the border on Saturday.",
			[]ev{{"PAK", "", "19", "taliban", "", "fact"}}, nil, false, false},
		{"clashes between", "Deadly clashes broke out between Thai and Cambodian troops along the disputed border.",
			[]ev{{"THA", "", "19", "KHM", "", "fact"}}, nil, false, false},
		{"killed soldiers", "Al-Shabaab militants killed at least ten Somali soldiers in an attack on a military base.",
			[]ev{{"al-shabaab", "", "18", "SOM", "", "fact"}}, nil, false, false},
		{"abducted villagers", "Boko Haram fighters abducted dozens of villagers in northeastern Nigeria.",
			[]ev{{"boko-haram", "", "18", "NGA", "", "fact"}}, nil, false, false},
		{"suicide bombing", "The Pakistani Taliban claimed a suicide bombing that killed 12 Pakistani police officers.",
			[]ev{{"ttp", "", "18", "PAK", "", "fact"}}, nil, false, false},
		{"passive: struck by", "A hospital in Gaza was struck by an Israeli airstrike on Monday.",
			[]ev{{"ISR", "", "19", "PSE", "", "fact"}}, []ev{{"PSE", "", "19", "ISR", "", ""}}, false, false},
		// known: "Greek-owned" gives no GRC.
		{"missile attack on a ship", "The Houthis claimed a missile attack on a Greek-owned tanker in the Red Sea.",
			[]ev{{"houthis", "", "19", "GRC", "", "fact"}}, nil, false, true},
		{"shot down", "Turkey shot down a Syrian drone near the border on Thursday.",
			[]ev{{"TUR", "", "19", "SYR", "", "fact"}}, nil, false, false},
		{"rebels seized a town", "M23 rebels seized the eastern Congolese town of Uvira on Wednesday.",
			[]ev{{"m23", "", "19", "COD", "", "fact"}}, nil, false, false},
		{"paramilitary attacked a city", "Sudan's paramilitary Rapid Support Forces attacked the city of El Fasher.",
			[]ev{{"rsf", "", "19", "SDN", "", "fact"}}, nil, false, false},
		// known: "rebel-held areas of Idlib" is the place idlib, not SYR/REB.
		{"bombarded", "Syrian government forces bombarded rebel-held areas of Idlib province.",
			[]ev{{"SYR", "", "19", "SYR", "REB", "fact"}}, nil, false, true},
		{"fired rockets into", "Hezbollah fired dozens of rockets into northern Israel on Friday.",
			[]ev{{"hezbollah", "", "19", "ISR", "", "fact"}}, []ev{{"ISR", "", "19", "hezbollah", "", ""}}, false, false},
		{"killed in an Israeli strike", "Five Palestinians were killed in an Israeli strike in central Gaza.",
			[]ev{{"ISR", "", "19", "PSE", "", "fact"}}, []ev{{"PSE", "", "18", "ISR", "", ""}}, false, false},
		{"ambushed a convoy", "Islamist militants ambushed a Malian army convoy near the border with Burkina Faso.",
			nil, []ev{{"BFA", "", "19", "", "", ""}, {"MLI", "", "19", "BFA", "", ""}}, false, false},
		{"Ukraine struck a port", "Ukraine struck the Russian Black Sea port of Novorossiysk with sea drones.",
			[]ev{{"UKR", "", "19", "RUS", "", "fact"}}, nil, false, false},
		// known: a reciprocal clash keeps one direction (A→B), by design.
		{"exchanged artillery fire", "Armenia and Azerbaijan exchanged artillery fire along their border on Tuesday.",
			[]ev{{"ARM", "", "19", "AZE", "", "fact"}, {"AZE", "", "19", "ARM", "", "fact"}}, nil, false, true},
		{"assassinated", "Israel assassinated a senior Hamas commander in Beirut, Lebanese officials said.",
			[]ev{{"ISR", "", "18", "hamas", "", "fact"}}, nil, false, false},
		{"accused of shelling: alleged", "Thailand accused Cambodia of shelling Thai villages near the border.",
			[]ev{{"THA", "", "11", "KHM", "", "fact"}, {"KHM", "", "19", "THA", "", "alleged"}}, []ev{{"KHM", "", "19", "THA", "", "fact"}}, false, false},
		{"denied carrying out", "Rwanda denied carrying out drone strikes in eastern Congo.",
			[]ev{{"RWA", "", "19", "COD", "", "denied"}}, []ev{{"RWA", "", "19", "COD", "", "fact"}}, false, false},
		// Coerce.
		{"arrested", "Turkish police arrested dozens of protesters in Istanbul on Sunday.",
			[]ev{{"TUR", "COP", "17", "TUR", "", "fact"}}, nil, false, false},
		{"detained a citizen", "Iran detained a French citizen on spying charges, the French foreign ministry said.",
			[]ev{{"IRN", "", "17", "FRA", "", "fact"}}, []ev{{"FRA", "", "17", "IRN", "", ""}}, false, false},
		// known: coded 16 (PLOVER SANCTION, 166 expel or withdraw), defensible; the row wanted 17.
		{"expelled diplomats", "Poland expelled two Russian diplomats on Monday.",
			[]ev{{"POL", "", "17", "RUS", "", "fact"}}, []ev{{"RUS", "", "17", "POL", "", ""}}, false, true},
		// known: an unnamed tanker is no target, and a seizure with no target gives no event.
		{"seized a tanker", "Iran's Revolutionary Guards seized a foreign oil tanker in the Strait of Hormuz.",
			[]ev{{"IRN", "", "17", "", "", "fact"}}, nil, false, true},
		{"seized a ship of a state", "Venezuela seized a Guyanese fishing vessel in disputed waters.",
			[]ev{{"VEN", "", "17", "GUY", "", "fact"}}, nil, false, false},
		// known: an act inside one state is no event (facts contract): BGD/GOV 1723 with no target.
		{"imposed a curfew", "Authorities in Bangladesh imposed a nationwide curfew after deadly protests.",
			[]ev{{"BGD", "", "17", "BGD", "", "fact"}}, nil, false, true},
		{"banned a party", "Pakistan banned the opposition party of Imran Khan on Tuesday.",
			[]ev{{"PAK", "", "17", "imran-khan", "", "fact"}}, nil, false, false},
		{"blockaded", "Israel blockaded the Gaza Strip, cutting off food and fuel.",
			[]ev{{"ISR", "", "19", "gaza-strip", "", "fact"}}, nil, false, false},
		{"deported migrants", "The United States deported hundreds of Venezuelan migrants to El Salvador.",
			[]ev{{"USA", "", "17", "VEN", "", "fact"}}, nil, false, false},
		{"jailed a journalist", "A Russian court jailed an American journalist for 16 years.",
			[]ev{{"RUS", "JUD", "17", "USA", "", "fact"}}, nil, false, false},
		{"passive arrested by", "Three Indian fishermen were arrested by the Sri Lankan navy.",
			[]ev{{"LKA", "", "17", "IND", "", "fact"}}, []ev{{"IND", "", "17", "LKA", "", ""}}, false, false},
		// known: coded 16, defensible (a border closed as a sanction).
		{"closed the border", "Afghanistan's Taliban closed the main border crossing with Pakistan.",
			[]ev{{"taliban", "", "17", "PAK", "", "fact"}}, nil, false, true},
		{"confiscated property", "Russia confiscated the assets of a German energy company.",
			[]ev{{"RUS", "", "17", "DEU", "", "fact"}}, nil, false, false},
		{"kidnapped aid workers", "Gunmen in Haiti kidnapped two American aid workers.",
			[]ev{{"HTI", "", "18", "USA", "", "fact"}}, nil, false, false},
		// known: a raid is 19 in the hand pack; a tax raid is 17.
		{"raided the home", "Indian tax officials raided the offices of the BBC in New Delhi.",
			[]ev{{"IND", "", "17", "bbc", "", "fact"}}, nil, false, true},
		// Mobilize and show of force.
		{"deployed troops to the border", "India deployed additional troops to its border with China.",
			[]ev{{"IND", "", "15", "CHN", "", "fact"}}, []ev{{"IND", "", "19", "CHN", "", ""}}, false, false},
		{"drills near", "China held large-scale military drills around Taiwan on Monday.",
			[]ev{{"CHN", "", "15", "TWN", "", "fact"}}, []ev{{"CHN", "", "19", "TWN", "", ""}}, false, false},
		{"sent warships", "The United States sent two warships to the eastern Mediterranean near Israel.",
			[]ev{{"USA", "", "15", "ISR", "", "fact"}}, []ev{{"USA", "", "19", "ISR", "", ""}}, false, false},
		{"massed troops", "Russia massed troops near its border with Ukraine.",
			[]ev{{"RUS", "", "15", "UKR", "", "fact"}}, []ev{{"RUS", "", "19", "UKR", "", ""}}, false, false},
		{"test-fired a missile", "North Korea test-fired a ballistic missile into the sea off its east coast.",
			[]ev{{"PRK", "", "15", "", "", "fact"}}, []ev{{"PRK", "", "19", "", "", ""}}, false, false},
		{"mobilized reservists", "Israel mobilized tens of thousands of reservists ahead of a ground operation in Gaza.",
			nil, []ev{{"ISR", "", "19", "PSE", "", "fact"}}, false, false},
		{"flew bombers near", "Russia flew strategic bombers near the coast of Japan on Thursday.",
			[]ev{{"RUS", "", "15", "JPN", "", "fact"}}, []ev{{"RUS", "", "19", "JPN", "", ""}}, false, false},
		{"put on alert", "Venezuela put its armed forces on high alert after U.S. warships arrived in the Caribbean.",
			nil, []ev{{"VEN", "", "19", "USA", "", ""}}, false, false},
		// Sanction.
		{"imposed sanctions on", "The European Union imposed new sanctions on Russia over the war in Ukraine.",
			[]ev{{"european-union", "", "16", "RUS", "", "fact"}}, []ev{{"european-union", "", "16", "UKR", "", ""}}, false, false},
		{"sanctioned officials", "The U.S. Treasury sanctioned three Iranian officials on Tuesday.",
			[]ev{{"USA", "", "16", "IRN", "", "fact"}}, nil, false, false},
		{"tariffs on imports", "The United States imposed tariffs of 50 percent on imports from India.",
			[]ev{{"USA", "", "16", "IND", "", "fact"}}, nil, false, false},
		{"export controls", "China announced export controls on rare earths to the United States.",
			[]ev{{"CHN", "", "16", "USA", "", "fact"}}, nil, false, false},
		{"suspended aid", "Germany suspended development aid to Niger after the coup.",
			[]ev{{"DEU", "", "16", "NER", "", "fact"}}, []ev{{"DEU", "", "07", "NER", "", "fact"}}, false, false},
		{"cut diplomatic ties", "Nicaragua cut diplomatic ties with Israel on Friday.",
			[]ev{{"NIC", "", "16", "ISR", "", "fact"}}, nil, false, false},
		{"arms embargo", "Britain imposed an arms embargo on Israel over the war in Gaza.",
			[]ev{{"GBR", "", "16", "ISR", "", "fact"}}, nil, false, false},
		{"froze assets", "Switzerland froze the assets of several Russian banks.",
			[]ev{{"CHE", "", "16", "RUS", "", "fact"}}, nil, false, false},
		{"retaliatory tariffs", "Canada slapped retaliatory tariffs on American steel and aluminum.",
			[]ev{{"CAN", "", "16", "USA", "", "fact"}}, nil, false, false},
		{"suspended flights", "Pakistan suspended all flights to India after the attack.",
			[]ev{{"PAK", "", "16", "IND", "", "fact"}}, nil, false, false},
		{"recalled its ambassador", "Algeria recalled its ambassador from France on Tuesday.",
			[]ev{{"DZA", "", "16", "FRA", "", "fact"}}, nil, false, false},
		{"blacklisted companies", "The Commerce Department blacklisted dozens of Chinese companies.",
			[]ev{{"USA", "", "16", "CHN", "", "fact"}}, nil, false, false},
		// Aid.
		{"sent humanitarian aid", "Egypt sent 200 trucks of humanitarian aid to Gaza on Sunday.",
			[]ev{{"EGY", "", "07", "gaza-strip", "", "fact"}}, nil, false, false},
		{"military aid package", "Germany announced a new military aid package for Ukraine worth 500 million euros.",
			[]ev{{"DEU", "", "07", "UKR", "", "fact"}}, nil, false, false},
		{"delivered air defence", "The Netherlands delivered Patriot air defence systems to Ukraine.",
			[]ev{{"NLD", "", "07", "UKR", "", "fact"}}, nil, false, false},
		{"loan", "The International Monetary Fund approved a $7 billion loan for Pakistan.",
			[]ev{{"imf", "", "07", "PAK", "", "fact"}}, nil, false, false},
		// known: no trigger for an evacuation; one's own citizens are no actor.
		{"evacuated citizens", "India evacuated more than 1,000 of its citizens from Iran.",
			[]ev{{"IND", "", "07", "IND", "", "fact"}}, []ev{{"IND", "", "19", "IRN", "", ""}}, false, true},
		{"airdropped aid", "Jordan airdropped food aid into northern Gaza on Tuesday.",
			[]ev{{"JOR", "", "07", "gaza-strip", "", "fact"}}, nil, false, false},
		{"arms sale", "The State Department approved the possible sale of F-16 fighter jets to Turkey.",
			[]ev{{"USA", "", "07", "TUR", "", "fact"}}, nil, false, false},
		{"supplied drones", "Iran supplied hundreds of attack drones to Russia, Western officials said.",
			[]ev{{"IRN", "", "07", "RUS", "", "fact"}}, []ev{{"IRN", "", "19", "RUS", "", ""}}, false, false},
		{"pledged aid", "Japan pledged $5 billion in economic aid to the Philippines.",
			[]ev{{"JPN", "", "03", "PHL", "", ""}}, []ev{{"JPN", "", "07", "PHL", "", "fact"}}, false, false},
		{"UN agency distributed food", "The World Food Programme distributed food to families in Sudan.",
			[]ev{{"world-food-programme", "", "07", "SDN", "", "fact"}}, nil, false, false},
		{"granted asylum", "Brazil granted asylum to a former Peruvian prime minister.",
			[]ev{{"BRA", "", "07", "PER", "", "fact"}}, nil, false, false},
		// Material cooperation.
		{"joint exercises", "The Philippines and Japan held joint naval exercises in the South China Sea.",
			[]ev{{"PHL", "", "06", "JPN", "", "fact"}, {"JPN", "", "06", "PHL", "", "fact"}}, nil, false, false},
		{"prisoner swap", "Russia and Ukraine carried out a prisoner swap on Saturday, exchanging 150 prisoners each.",
			[]ev{{"RUS", "", "08", "UKR", "", "fact"}}, nil, false, false},
		{"released hostages", "Hamas released three Israeli hostages on Saturday.",
			[]ev{{"hamas", "", "08", "ISR", "", "fact"}}, []ev{{"ISR", "", "08", "hamas", "", ""}}, false, false},
		{"freed prisoners", "Israel freed 90 Palestinian prisoners under the ceasefire deal.",
			[]ev{{"ISR", "", "08", "PSE", "", "fact"}}, nil, false, false},
		// known: two coordinated nationalities act together on the place, not on each other.
		{"joint patrols", "Turkish and Russian troops conducted joint patrols in northern Syria.",
			[]ev{{"TUR", "", "06", "RUS", "", "fact"}}, []ev{{"TUR", "", "19", "SYR", "", ""}}, false, true},
		{"extradited", "Colombia extradited a drug cartel leader to the United States.",
			[]ev{{"COL", "", "06", "USA", "", "fact"}}, nil, false, false},
		{"handed over remains", "Hamas handed over the bodies of four hostages to Israel through the Red Cross.",
			[]ev{{"hamas", "", "08", "ISR", "", "fact"}}, nil, false, false},
		{"ceasefire took effect", "A ceasefire between Israel and Hezbollah took effect on Wednesday.",
			[]ev{{"ISR", "", "08", "hezbollah", "", ""}}, []ev{{"ISR", "", "19", "hezbollah", "", ""}}, false, false},
		// Yield.
		{"withdrew troops", "Israel withdrew its troops from the town of Khan Younis.",
			[]ev{{"ISR", "", "08", "PSE", "", "fact"}}, []ev{{"ISR", "", "19", "PSE", "", ""}}, false, false},
		{"pulled out forces", "France pulled its forces out of Niger after the coup.",
			[]ev{{"FRA", "", "08", "NER", "", "fact"}}, nil, false, false},
		{"lifted sanctions", "The United States lifted sanctions on Syria on Monday.",
			[]ev{{"USA", "", "08", "SYR", "", "fact"}}, []ev{{"USA", "", "16", "SYR", "", ""}}, false, false},
		{"reopened the crossing", "Egypt reopened the Rafah crossing with Gaza on Saturday.",
			[]ev{{"EGY", "", "08", "gaza-strip", "", "fact"}}, nil, false, false},
		{"released a detained citizen", "Venezuela released six detained Americans after talks with a U.S. envoy.",
			[]ev{{"VEN", "", "08", "USA", "", "fact"}}, nil, false, false},
		{"eased restrictions", "China eased restrictions on imports of Japanese seafood.",
			[]ev{{"CHN", "", "08", "JPN", "", "fact"}}, nil, false, false},
		// known: "the Lachin corridor" is no actor, and a lifted blockade needs a target.
		{"lifted a blockade", "Azerbaijan lifted its blockade of the Lachin corridor.",
			[]ev{{"AZE", "", "08", "", "", "fact"}}, []ev{{"AZE", "", "19", "", "", "fact"}}, false, true},
		{"restored ties", "Saudi Arabia and Iran restored diplomatic ties in March.",
			[]ev{{"SAU", "", "05", "IRN", "", "fact"}}, nil, false, false},
		// known: the pardoned citizen's state is behind "including".
		{"pardoned", "Belarus pardoned 14 political prisoners, including a Japanese citizen.",
			[]ev{{"BLR", "", "08", "JPN", "", "fact"}}, nil, false, true},
		// Investigate.
		{"opened an investigation into", "The International Criminal Court opened an investigation into alleged war crimes by Israel.",
			[]ev{{"icc", "", "09", "ISR", "", "fact"}}, nil, false, false},
		// known: "launched a probe into" finds no target (the incursion's author is behind "from").
		{"probe", "Poland launched a probe into the drone incursion from Belarus.",
			[]ev{{"POL", "", "09", "BLR", "", ""}}, []ev{{"POL", "", "19", "BLR", "", ""}}, false, true},
		{"indicted", "U.S. prosecutors indicted two Chinese nationals on espionage charges.",
			[]ev{{"USA", "", "17", "CHN", "", "fact"}}, nil, false, false},
		{"UN inquiry", "A United Nations inquiry accused Israel of committing genocide in Gaza.",
			[]ev{{"united-nations", "", "11", "ISR", "", "fact"}}, nil, false, false},
		// known: "questioned ... over" is no investigation trigger.
		{"investigated", "South Korean investigators questioned former president Yoon Suk Yeol over martial law.",
			[]ev{{"KOR", "", "09", "KOR", "", "fact"}}, nil, false, true},
		{"arrest warrant", "The International Criminal Court issued an arrest warrant for Vladimir Putin.",
			[]ev{{"icc", "", "17", "RUS", "", "fact"}}, nil, false, false},
		// Statuses: planned, threatened, demanded.
		{"will impose tariffs: planned", "Trump said the United States will impose tariffs on Mexico next month.",
			[]ev{{"USA", "", "16", "MEX", "", "planned"}}, []ev{{"USA", "", "16", "MEX", "", "fact"}}, false, false},
		{"threatened to invade", "Russia threatened to invade Moldova if it joined NATO.",
			[]ev{{"RUS", "", "13", "MDA", "", "fact"}}, []ev{{"RUS", "", "19", "MDA", "", "fact"}}, false, false},
		{"urged to release", "The United Nations urged the Taliban to release detained aid workers.",
			[]ev{{"united-nations", "", "02", "taliban", "", "fact"}}, []ev{{"taliban", "", "08", "", "", "fact"}}, false, false},
		// known: a withdrawal in a demand gives 02 to the place, not 10 to the state.
		{"demanded withdrawal", "Ukraine demanded that Russia withdraw its troops from Zaporizhzhia.",
			[]ev{{"UKR", "", "10", "RUS", "", "fact"}}, []ev{{"RUS", "", "08", "UKR", "", "fact"}}, false, true},
		{"planned sanctions", "The European Union plans to impose sanctions on Israeli ministers.",
			nil, []ev{{"european-union", "", "16", "ISR", "", "fact"}}, false, false},
		{"considering sanctions", "Britain is considering new sanctions against Iran, officials said.",
			nil, []ev{{"GBR", "", "16", "IRN", "", "fact"}}, false, false},
		// A second batch, annotated before its first run, that tries the
		// rules of the first.
		{"b2 no labour strike", "Dock workers carried out a strike in Antwerp on Monday.", nil, nil, true, false},
		{"b2 alleged stays an accusation", "Ukraine alleged a Russian attack on a hospital in Kharkiv.",
			nil, []ev{{"RUS", "", "19", "UKR", "", "fact"}}, false, false},
		{"b2 no match result", "Spain thrashed Turkey 6-0 in Madrid on Friday.", nil, nil, true, false},
		{"b2 clashes erupted between", "Clashes erupted between Israeli police and Palestinian protesters in Jerusalem.",
			[]ev{{"ISR", "", "19", "PSE", "", "fact"}}, nil, false, false},
		{"b2 banned imports from", "India banned imports from Pakistan after the attack.",
			[]ev{{"IND", "", "16", "PAK", "", "fact"}}, nil, false, false},
		{"b2 place in a passive subject", "A school in Kharkiv was hit by a Russian missile.",
			[]ev{{"RUS", "", "19", "UKR", "", "fact"}}, []ev{{"UKR", "", "19", "RUS", "", ""}}, false, false},
		{"b2 offered loans", "China offered $1 billion in loans to Sri Lanka.",
			[]ev{{"CHN", "", "03", "LKA", "", "fact"}}, []ev{{"CHN", "", "07", "LKA", "", "fact"}}, false, false},
		{"b2 investigation into a killing", "Israel launched an investigation into the killing of an aid worker.", nil, nil, true, false},
		{"b2 residents of a city detained", "Russian forces detained dozens of residents in Kherson.",
			[]ev{{"RUS", "", "17", "UKR", "", "fact"}}, nil, false, false},
		{"b2 claimed a drone attack", "Ukraine claimed a drone attack on a Russian air base.",
			[]ev{{"UKR", "", "19", "RUS", "", "fact"}}, nil, false, false},
		// No event at all.
		{"no event: a plan under discussion", "Officials discussed plans for a possible evacuation of the town.", nil, nil, true, false},
		{"no event: negated attack", "There was no attack on the base, the ministry said.", nil, nil, true, false},
		{"no event: a place is bombed by no one named", "Explosions were heard in the city of Kharkiv on Monday night.", nil, nil, true, false},
		{"no event: weather", "Floods killed at least 20 people in northern Vietnam.", nil, nil, true, false},
		{"no event: an accident", "A fire at a factory near Dhaka killed 16 workers.", nil, nil, true, false},
		{"no event: a market report", "Oil prices rose after attacks in the Red Sea.", nil, nil, true, false},
		{"no event: a sport", "Argentina beat Brazil 1-0 in a World Cup qualifier.", nil, nil, true, false},
		{"no event: a quake", "An earthquake struck eastern Turkey on Sunday.", nil, nil, true, false},
		{"no event: a crime with no actor", "Two people were shot dead in a robbery in Johannesburg.", nil, nil, true, false},
		{"no event: an anniversary", "Ukraine marked the anniversary of the invasion with a minute of silence.", nil, nil, true, false},
		{"no event: a traffic crash", "A bus crash in Peru killed 18 passengers.", nil, nil, true, false},
		{"no event: a record", "Russia's wheat exports reached a record in October.", nil, nil, true, false},
		{"no event: a disease", "A cholera outbreak in Sudan has killed hundreds of people.", nil, nil, true, false},
		{"no event: a strike by workers", "Dock workers in Belgium went on strike on Monday.", nil, nil, true, false},
		{"no event: a film", "The film about the war in Gaza won a prize in Venice.", nil, nil, true, false},
		{"no event: a weather warning", "Japan issued heavy rain warnings for the island of Kyushu.", nil, nil, true, false},
	}
	runEventRows(t, x, tests, materialEventsFloor)
}

// materialEventsFloor is how many rows of TestMaterialEvents must pass.
const materialEventsFloor = 111
