package extract

import (
	"slices"
	"testing"
)

// enPrec37GridRows are present-day (2015-2026) English news sentences
// written for the English precision grid 37 of issue #12 (made up in the
// style of wire and broadsheet news, never copied from a data set), each
// with its complete set of actor ids, space separated, annotated before
// the extractor ran on them, under the conventions of precGridRows and
// presentEnglishRows: sentences with no actor at all, and capitalized
// words that are no actor or not the actor they seem to be: products,
// vehicles, weapons and ships (a ship named after a person names no
// person), storms, military operations, films, books, songs and series,
// national sports teams (a state's name as a side of a score names no
// state), languages, cuisines, dishes and currencies, brand names that
// hold a state's or a capital's name (they name the company, never the
// state), streets, buildings, prizes and holidays named after persons,
// capitalized common words after titles and in set phrases ("General
// Assembly" alone, "Chief Executive", "Gen Z", "Big Tech"), sentence-
// initial common words that are also given names, and state adjectives
// of things (Scotch, Danish pastries). A row that names a real actor beside
// the trap wants exactly it. Places are left out, as the dev sets' scoring
// leaves them. After the first run four annotations were corrected to the
// rules of testdata/README.md, which the first writing had missed: a
// state's name that only locates ("across northern Vietnam", "deep inside
// Russia", "docked in Singapore") is the state; a club is an organization
// ("Borussia Dortmund"); a state's body named by its demonym is the body
// ("Chinese coast guard vessels": chn-coast-guard).
//
// First run: 98 of 116 rows as first annotated, 102 after the four
// corrections; the 14 failing rows were marked known. After the rules of
// the pass (vessel_nouns, named_after_tails for venues, match_verbs and
// sports team_cues, things in not_actor_before, a given name ending a
// list of places): 114 of 116. Batch 2, 20 rows written after the rules
// and annotated before their first run: 14 passed, 18 after its fixes;
// 132 of 136 in all; five regression rows for the rules' traps (a
// lower-case title after a ship's noun, "beat back", "beat ... to the
// punch", a verb after a given name after a place) pass: 137 of 141.
var enPrec37GridRows = []struct{ text, want string }{
	// No actor: weather, markets, health, science, lifestyle.
	{"A cold front brought freezing rain to much of the region on Thursday.", ""},
	{"Mortgage rates rose for a third straight week, according to a survey of lenders.", ""},
	{"Bitcoin climbed above $100,000 for the first time on Wednesday.", ""},
	{"Shares of chipmakers tumbled in early trading.", ""},
	{"The heat index is expected to reach 110 degrees by Saturday afternoon.", ""},
	{"Scientists found traces of microplastics in human brain tissue.", ""},
	{"Measles cases have risen to their highest level in three decades.", ""},
	{"Researchers say the new vaccine cut hospital admissions by half.", ""},
	{"Wildfire smoke blanketed the city, turning the sky orange.", ""},
	{"Passengers were stranded for hours after a power outage at the airport.", ""},
	{"The average price of a new car topped $48,000 last month.", ""},
	{"A 4.2-magnitude earthquake rattled homes but caused no damage.", ""},
	// Products, vehicles, weapons, apps.
	{"The Cybertruck was recalled over a faulty accelerator pedal.", ""},
	{"Demand for the Galaxy S25 outpaced supply in its first week.", ""},
	{"The PlayStation 5 Pro sold out within hours.", ""},
	{"Drivers of the Ford F-150 were told to bring their trucks in for repairs.", ""},
	{"Ozempic shortages left patients scrambling for refills.", ""},
	{"ChatGPT reached 400 million weekly users.", ""},
	{"A Shahed drone was shot down over the city overnight.", ""},
	{"HIMARS launchers were moved closer to the front.", ""},
	{"The Patriot battery intercepted two missiles over the capital.", ""},
	{"The Starliner capsule returned to Earth without its crew.", ""},
	{"The James Webb Space Telescope captured images of a distant galaxy.", ""},
	// Ships, aircraft and trains named after persons or states.
	{"The USS Gerald R. Ford sailed into the eastern Mediterranean.", ""},
	{"The aircraft carrier Charles de Gaulle docked in Singapore.", "SGP"},
	{"The Queen Mary 2 arrived in New York after crossing the Atlantic.", ""},
	{"The Admiral Kuznetsov remains in dry dock in Murmansk.", ""},
	{"The Orient Express resumed service between Paris and Venice.", ""},
	// Storms and operations.
	{"Hurricane Helene left more than 200 people dead across six states.", ""},
	{"Typhoon Yagi flattened crops across northern Vietnam.", "VNM"},
	{"Storm Babet caused severe flooding in Scotland.", ""},
	{"Cyclone Freddy was one of the longest-lasting storms on record.", ""},
	{"Operation Spiderweb destroyed dozens of bombers on airfields deep inside Russia.", "RUS"},
	{"Operation Midnight Hammer targeted three nuclear sites.", ""},
	{"Operation Warp Speed sped up vaccine development.", ""},
	// Films, books, songs, series, games.
	{"Oppenheimer swept the major categories at the Oscars.", ""},
	{"Barbie became the highest-grossing film of the year.", ""},
	{"Fans lined up for the premiere of Wicked.", ""},
	{"The Crown ended after six seasons.", ""},
	{"Succession won the award for best drama series.", ""},
	{"Taylor Swift's Eras Tour grossed more than $2 billion.", "taylor-swift"},
	{"Despacito was the most-streamed song of the year.", ""},
	{"Harry Potter and the Philosopher's Stone was reissued with new illustrations.", ""},
	{"Sales of Fortnite skins rose sharply over the holidays.", ""},
	{"The Last of Us returned for a second season.", ""},
	{"Emily in Paris was renewed for another season.", ""},
	// National sports teams and clubs.
	{"Argentina beat France on penalties to win the World Cup.", ""},
	{"England lost to Spain in the final in Berlin.", ""},
	{"Morocco became the first African side to reach the semi-finals.", ""},
	{"Japan stunned Germany with two late goals.", ""},
	{"India won the toss and chose to bat first.", ""},
	{"New Zealand thrashed Australia by 40 points.", ""},
	{"Brazil drew 1-1 with Colombia in the qualifier.", ""},
	{"Real Madrid beat Borussia Dortmund to win the Champions League.", "borussia-dortmund real-madrid"},
	{"Paris Saint-Germain signed a new goalkeeper.", "paris-saint-germain"},
	{"Manchester City were charged with breaching financial rules.", "manchester-city"},
	// Languages, cuisines, dishes, currencies, state adjectives of things.
	{"Korean dramas have boosted interest in learning the language.", ""},
	{"Mexican food trucks lined the street for the festival.", ""},
	{"The chef's Peking duck drew long queues.", ""},
	{"Swiss cheese and Belgian chocolate topped the list of imports.", ""},
	{"He wore a Panama hat and Italian loafers.", ""},
	{"Persian rugs sold for record prices at the auction.", ""},
	{"The Turkish lira hit another record low.", ""},
	{"The Swiss franc strengthened against the euro.", ""},
	{"The British pound slid after the inflation figures.", ""},
	{"The Argentine peso was devalued by 50 percent.", ""},
	{"Danish pastries and French toast were on the breakfast menu.", ""},
	{"Brussels sprouts and Jerusalem artichokes are in season.", ""},
	{"The bar is known for its Moscow Mules.", ""},
	{"Shoppers bought Canadian maple syrup and Greek yogurt.", ""},
	// Brand names with a state's or a capital's name: the company only.
	{"Turkish Airlines added flights to Sydney.", "turkish-airlines"},
	{"Qatar Airways ordered 160 Boeing jets.", "qatar-airways boeing"},
	{"Air India suspended flights to Tel Aviv.", "air-india"},
	{"Korean Air completed its takeover of Asiana.", "korean-air"},
	{"Bank of China raised its dividend.", "bank-of-china"},
	{"China Mobile added ten million subscribers.", "china-mobile"},
	{"The New York Times sued OpenAI over copyright.", "new-york-times openai"},
	{"The Washington Post cut 100 jobs.", "washington-post"},
	{"Air China resumed flights to Pyongyang.", "air-china"},
	// Streets, buildings, prizes and holidays named after persons.
	{"Protesters marched down Rustaveli Avenue in Tbilisi.", ""},
	{"A fire broke out near the Eiffel Tower.", ""},
	{"Crowds gathered outside Buckingham Palace.", ""},
	{"Traffic was diverted from Nelson Mandela Boulevard.", ""},
	{"Flights at Ben Gurion Airport were suspended after the alert.", ""},
	{"The concert was held at Madison Square Garden.", ""},
	{"She received the Booker Prize for her second novel.", ""},
	{"Offices closed for Columbus Day.", ""},
	{"He studied at the Kennedy School of Government.", ""},
	{"Patients were moved from the Al-Shifa hospital.", ""},
	// Titles and set phrases with capitalized common words.
	// (a bare "General Assembly" is the UN's: aliases.jsonl, merged after this grid was written)
	{"The General Assembly voted overwhelmingly for the resolution.", "un-general-assembly"},
	{"The Chief Executive said profits would rise next year.", ""},
	{"Gen Z voters turned out in record numbers.", ""},
	{"Big Tech companies spent billions on artificial intelligence.", ""},
	{"The Supreme Leader's office declined to comment.", ""},
	{"The Secretary-General called for an immediate ceasefire.", ""},
	{"The Defense Secretary flew to the region on Monday.", ""},
	{"A Senior Official said talks would resume.", ""},
	{"The Speaker adjourned the session.", ""},
	{"The Crown Prince arrived for the summit.", ""},
	{"The Board of Directors approved the merger.", ""},
	{"Black Friday sales rose 3 percent.", ""},
	{"The Dow Jones Industrial Average closed at a record.", ""},
	{"The Nikkei fell 4 percent on Monday.", ""},
	// Sentence-initial common words that are also given names.
	{"Rick Riordan fans crowded the bookstore.", "rick-riordan"},
	{"Faith leaders called for calm after the shooting.", ""},
	{"Rosy forecasts gave way to gloom.", ""},
	{"Joy turned to grief when the news broke.", ""},
	{"Sterling fell against the dollar.", ""},
	{"Jack-knifed lorries blocked the motorway.", ""},
	// Real actors beside the traps.
	{"The UN General Assembly voted overwhelmingly for the resolution.", "un-general-assembly"},
	{"The Federal Reserve held rates steady as the yen weakened.", "usa-central-bank"},
	{"The Bank of Japan raised rates as the yen slid.", "jpn-central-bank"},
	{"Tesla recalled more than 2 million vehicles over Autopilot.", "tesla"},
	{"Netflix said Squid Game was its most-watched series.", "netflix"},
	{"Amnesty International said the Shahed drones hit civilian areas.", "amnesty-international"},
	{"Japan protested after Chinese coast guard vessels entered its waters.", "JPN chn-coast-guard"},
	// Batch 2, written after the rules and annotated before its first run.
	{"The destroyer Admiral Grigorovich sailed through the Bosphorus.", ""},
	{"The frigate Karel Doorman joined the NATO exercise.", "nato"},
	{"A ferry captain, Mario Rossi, said the waves were too high.", "mario-rossi"},
	{"Ireland beat Scotland by ten points in Dublin.", ""},
	{"Pakistan lost to Afghanistan in the group stage.", ""},
	{"Turkey thrashed Georgia in the qualifier in Istanbul.", ""},
	{"India beat China to become the world's most populous country.", "CHN IND"},
	{"Carlos Alcaraz beat Jannik Sinner in the final in Paris.", "carlos-alcaraz jannik-sinner"},
	{"Fans ordered Irish coffee and Belgian waffles.", ""},
	{"He bought a Persian carpet and a Swiss Army knife.", ""},
	{"Tourists lined up outside Caesars Palace in Las Vegas.", ""},
	{"The show opened at the Kennedy Center in Washington.", ""},
	{"Flights between Madrid and Florence were cancelled.", ""},
	{"Ships sailed from Rotterdam to Savannah.", ""},
	{"Crowds filled Tiananmen Square and Wenceslas Square.", ""},
	{"The Hubble Space Telescope marked 35 years in orbit.", ""},
	{"Storm Darragh knocked out power to 400,000 homes in Wales.", ""},
	{"Operation Sindoor targeted nine sites in Pakistan.", "PAK"},
	{"Wales drew with Italy in the Six Nations.", ""},
	{"The Prime Minister's Office denied the report.", ""},
	// Regression rows for the rules of the pass: a lower-case title after
	// a ship's noun, a verb after a given name after a place, "beat" of
	// war and of a race.
	{"The destroyer captain John Phillips said the crew was safe.", "john-phillips"},
	{"The submarine commander Alexei Petrov said the crew was safe.", "alexei-petrov"},
	{"He visited London and Emily stayed home.", "emily"},
	{"Ukraine beat back a Russian assault near Pokrovsk.", "RUS UKR"},
	{"Israel beat Iran to the punch with a pre-emptive strike.", "IRN ISR"},
}

// enPrec37GridKnown lists the rows the extractor still gets wrong. The test
// fails when one of them starts passing, so the list shrinks with each fix.
var enPrec37GridKnown = []string{
	// A book's title that is a given name and a surname, and a known
	// person's surname after a capitalized possessive inside the title.
	"Harry Potter and the Philosopher's Stone was reissued with new illustrations.",
	// A market index that is also an outlet's name, with no index word.
	"The Nikkei fell 4 percent on Monday.",
	// Batch 2: 14 of 20 passed on its first run; these two still fail.
	// A demonym and a body's word before a thing's noun: the body rule
	// reads "Swiss Army".
	"He bought a Persian carpet and a Swiss Army knife.",
	// A venue named after a person with an organization's tail word.
	"The show opened at the Kennedy Center in Washington.",
}

// TestEnglishPrecision37Grid wants exactly each row's actor set, places
// aside: no false actor and no missing one. Rows in enPrec37GridKnown must
// still fail.
func TestEnglishPrecision37Grid(t *testing.T) {
	x := extractor(t)
	texts := map[string]bool{}
	for _, c := range enPrec37GridRows {
		if texts[c.text] {
			t.Errorf("row %q twice", c.text)
		}
		texts[c.text] = true
	}
	for _, k := range enPrec37GridKnown {
		if !texts[k] {
			t.Errorf("known failure %q is no row", k)
		}
	}
	pass := 0
	for _, c := range enPrec37GridRows {
		t.Run(c.text, func(t *testing.T) {
			if checkGridActors(t, x, c.text, "en", c.want, slices.Contains(enPrec37GridKnown, c.text), "enPrec37GridKnown") {
				pass++
			}
		})
	}
	t.Logf("%d of %d rows pass, %d known failures", pass, len(enPrec37GridRows), len(enPrec37GridKnown))
}
