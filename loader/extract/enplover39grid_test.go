package extract

import "testing"

// TestENPlover39Grid checks English wire sentences event type by event
// type: each of the sixteen PLOVER event types (AGREE, CONSULT, SUPPORT,
// CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN,
// PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT) in eight to ten phrasings
// each: active past, passive with "by", coordinated subjects ("X and Y
// agreed"), reported speech ("X said it had …"), nominalizations ("X's
// decision to expel …"), and negations and futures that must not become
// facts. A row's wanted and unwanted events name the PLOVER type that the
// official CAMEO→PLOVER table (cameo.plover.tsv) gives the coded CAMEO
// code, not the CAMEO root. The sentences were written for the test in the
// style of present-day (2015-2026) wire news and annotated before the
// extractor ran on them; a row marked known is a known failure and fails
// the test when it starts passing.
//
// Before any rule or data of this grid: 107 of 139 rows pass. (Six rows
// of signed agreements and restored relations were first annotated
// COOPERATE; the official table makes 057 "sign formal agreement" and 050
// "diplomatic cooperation" SUPPORT, so after the first run, and before any
// rule, they were given SUPPORT: 104 of 139 had passed with the first
// annotation.) Trigger forms for yielding, easing restrictions, acceding
// to demands, ultimatums, defiance, walkouts, hunger strikes, boycotted
// elections and raised alerts, and standalone_codes (en.json: the codes
// whose acts stand without a party, PROTEST, MOBILIZE, yield; generated
// forms too): 120 of 139. A second batch of 18 rows (the same classes),
// annotated before its first run: 15 of 18 at once. crowd_counts
// ("Thousands of Pakistanis protested": the people are the subject) and
// the released named inside a return pattern as its target ("returned 22
// Ukrainian children"): 138 of 157 in all (122 of 139, 16 of 18).
func TestENPlover39Grid(t *testing.T) {
	x := extractor(t)
	type ev = syntaxEvent
	rows := []eventRow{
		// AGREE
		{"agree X and Y agreed to", "Armenia and Azerbaijan agreed to open talks on a peace treaty.", []ev{{"ARM", "", "AGREE", "AZE", "", ""}}, nil, false, false},
		{"agree pledged to", "Japan pledged to cooperate with the Philippines on maritime security.", []ev{{"JPN", "", "AGREE", "PHL", "", ""}}, nil, false, false},
		{"agree promised aid", "Germany promised to provide more air defence systems to Ukraine.", []ev{{"DEU", "", "AGREE", "UKR", "", ""}}, []ev{{"DEU", "", "AID", "UKR", "", "fact"}}, false, false},
		{"agree offered to mediate", "Qatar offered to mediate between Israel and Hamas.", []ev{{"QAT", "", "AGREE", "", "", ""}}, nil, false, false},
		{"agree said it would release", "Iran said it would release two French nationals held in Tehran.", []ev{{"IRN", "", "AGREE", "FRA", "", ""}}, []ev{{"IRN", "", "RETREAT", "FRA", "", "fact"}}, false, false},
		{"agree nom decision to", "Turkey's decision to approve Sweden's NATO membership was welcomed in Stockholm.", []ev{{"TUR", "", "AGREE", "", "", ""}}, nil, false, true},
		{"agree vowed to", "Egypt vowed to work with Qatar to secure a ceasefire in Gaza.", []ev{{"EGY", "", "AGREE", "QAT", "", ""}}, nil, false, false},
		{"agree neg did not agree", "Russia did not agree to a ceasefire proposed by Ukraine.", nil, []ev{{"RUS", "", "AGREE", "", "", "fact"}}, false, false},

		// CONSULT
		{"consult met", "Chinese President Xi Jinping met South Korean President Lee Jae-myung in Gyeongju on Saturday.", []ev{{"CHN", "", "CONSULT", "KOR", "", "fact"}}, nil, false, false},
		{"consult X and Y held talks", "India and China held talks on their disputed border in New Delhi.", []ev{{"IND", "", "CONSULT", "CHN", "", ""}}, nil, false, false},
		{"consult visited", "French President Emmanuel Macron visited Egypt on Monday.", []ev{{"FRA", "", "CONSULT", "EGY", "", "fact"}}, nil, false, false},
		{"consult spoke by phone", "Saudi Arabia's crown prince spoke by phone with Iran's president on Tuesday.", []ev{{"SAU", "", "CONSULT", "IRN", "", ""}}, nil, false, false},
		{"consult hosted", "Turkey hosted Russian and Ukrainian negotiators in Istanbul.", []ev{{"TUR", "", "CONSULT", "", "", ""}}, nil, false, false},
		{"consult pass was received by", "Hungary's prime minister was received by Putin in the Kremlin.", []ev{{"RUS", "", "CONSULT", "HUN", "", ""}}, nil, false, true},
		{"consult will meet future", "Trump will meet Putin in Budapest next month.", nil, []ev{{"USA", "", "CONSULT", "RUS", "", "fact"}}, false, false},
		{"consult nom talks between", "Talks between Iran and the United States resumed in Oman.", []ev{{"IRN", "", "CONSULT", "USA", "", ""}}, nil, false, false},
		{"consult neg cancelled visit", "Japan's foreign minister cancelled a planned visit to China.", nil, []ev{{"JPN", "", "CONSULT", "CHN", "", "fact"}}, false, false},

		// SUPPORT
		{"support praised", "The United States praised Indonesia for its role in the Gaza peace plan.", []ev{{"USA", "", "SUPPORT", "IDN", "", ""}}, nil, false, false},
		{"support welcomed", "The European Union welcomed the ceasefire between Thailand and Cambodia.", []ev{{"european-union", "", "SUPPORT", "", "", ""}}, nil, false, false},
		{"support backed", "France backed Morocco's autonomy plan for Western Sahara.", []ev{{"FRA", "", "SUPPORT", "MAR", "", ""}}, nil, false, false},
		{"support recognised", "Britain, Canada and Australia recognised a Palestinian state on Sunday.", []ev{{"GBR", "", "SUPPORT", "PSE", "", ""}}, nil, false, false},
		{"support endorsed", "The African Union endorsed Kenya's candidate for the commission chair.", []ev{{"african-union", "", "SUPPORT", "", "", ""}}, nil, false, false},
		{"support expressed support", "China expressed support for Venezuela against US pressure.", []ev{{"CHN", "", "SUPPORT", "VEN", "", ""}}, nil, false, false},
		{"support said it supports", "Brazil said it supports Argentina's claim to the Falkland Islands.", []ev{{"BRA", "", "SUPPORT", "ARG", "", ""}}, nil, false, false},
		{"support neg refused to recognise", "Israel refused to recognise a Palestinian state.", nil, []ev{{"ISR", "", "SUPPORT", "PSE", "", "fact"}}, false, false},

		// CONCEDE
		{"concede eased restrictions", "Cuba eased restrictions on private businesses after protests.", []ev{{"CUB", "", "CONCEDE", "", "", ""}}, nil, false, false},
		// Known (stop 39): the row passed only through PETRARCH's bare
		// "withdrew" (080) standing alone; generated bare verbs of the
		// standalone codes need a target again ("allowing troops" is no
		// concession), and "acceded to protesters' demands" loses to the
		// noun "demands" (a request by no actor).
		{"concede acceded to demands", "Kenya's government acceded to protesters' demands and withdrew the finance bill.", []ev{{"KEN", "", "CONCEDE", "", "", ""}}, nil, false, true},
		{"concede yielded", "Serbia yielded to pressure from the European Union over Kosovo license plates.", []ev{{"SRB", "", "CONCEDE", "", "", ""}}, nil, false, false},
		{"concede lifted ban on party", "Thailand lifted a ban on the opposition party.", []ev{{"THA", "", "CONCEDE", "", "", ""}}, nil, false, false},
		{"concede backed down", "Iran backed down from its threat to close the Strait of Hormuz.", []ev{{"IRN", "", "CONCEDE", "", "", ""}}, nil, false, false},
		{"concede granted amnesty", "Venezuela granted amnesty to dozens of jailed opposition activists.", []ev{{"VEN", "", "CONCEDE", "", "", ""}}, nil, false, true},
		{"concede conceded defeat", "Bolivia's ruling party conceded defeat in the presidential election.", []ev{{"BOL", "", "CONCEDE", "", "", ""}}, nil, false, false},
		{"concede neg refused to ease", "Beijing refused to ease curbs on Hong Kong media.", nil, []ev{{"CHN", "", "CONCEDE", "", "", "fact"}}, false, false},

		// COOPERATE
		{"coop signed agreement", "Indonesia and Australia signed a defence cooperation agreement in Canberra.", []ev{{"IDN", "", "SUPPORT", "AUS", "", ""}}, nil, false, false},
		{"coop X and Y signed deal", "Saudi Arabia and Pakistan signed a mutual defence pact on Wednesday.", []ev{{"SAU", "", "SUPPORT", "PAK", "", ""}}, nil, false, false},
		{"coop restored relations", "Saudi Arabia and Iran restored diplomatic relations after seven years.", []ev{{"SAU", "", "SUPPORT", "IRN", "", ""}}, nil, false, false},
		{"coop cooperated with", "Colombia cooperated with the United States on drug interdiction.", []ev{{"COL", "", "COOPERATE", "USA", "", ""}}, nil, false, true},
		{"coop joint exercises", "China and Russia held joint naval exercises in the Sea of Japan.", []ev{{"CHN", "", "COOPERATE", "RUS", "", ""}}, nil, false, false},
		{"coop extradited", "Brazil extradited a suspected drug lord to Paraguay.", []ev{{"BRA", "", "COOPERATE", "PRY", "", ""}}, nil, false, false},
		{"coop pass was signed by", "A free trade agreement was signed by Indonesia and the European Union in Bali.", []ev{{"IDN", "", "SUPPORT", "european-union", "", ""}}, nil, false, true},
		{"coop neg has not signed", "India has not signed the trade deal with the United States.", nil, []ev{{"IND", "", "SUPPORT", "USA", "", "fact"}}, false, false},
		{"coop future will sign", "Japan and the Philippines will sign a troop access agreement next week.", nil, []ev{{"JPN", "", "SUPPORT", "PHL", "", "fact"}}, false, false},

		// AID
		{"aid sent aid", "Turkey sent humanitarian aid to Syria after the earthquake.", []ev{{"TUR", "", "AID", "SYR", "", ""}}, nil, false, false},
		{"aid delivered weapons", "The United States delivered Patriot missiles to Ukraine.", []ev{{"USA", "", "AID", "UKR", "", ""}}, nil, false, false},
		{"aid provided loan", "The IMF provided a $3 billion loan to Egypt.", []ev{{"imf", "", "AID", "EGY", "", ""}}, nil, false, false},
		{"aid pass was supplied by", "The drones were supplied to Russia by Iran, Western officials said.", []ev{{"IRN", "", "AID", "RUS", "", ""}}, nil, false, true},
		{"aid granted asylum", "Panama granted asylum to the former Peruvian president.", []ev{{"PAN", "", "AID", "", "", ""}}, nil, false, false},
		{"aid donated", "Japan donated patrol boats to Vietnam's coast guard.", []ev{{"JPN", "", "AID", "VNM", "", ""}}, nil, false, false},
		{"aid rep said it had sent", "Indonesia said it had sent 100 tonnes of food to Gaza.", []ev{{"IDN", "", "AID", "PSE", "", ""}}, nil, false, true},
		{"aid neg denied supplying", "China denied supplying weapons to Russia.", nil, []ev{{"CHN", "", "AID", "RUS", "", "fact"}}, false, false},

		// RETREAT
		{"retreat withdrew troops", "Russia withdrew its troops from the city of Kherson.", []ev{{"RUS", "", "RETREAT", "", "", ""}}, nil, false, false},
		{"retreat released prisoners", "Hamas released 20 Israeli hostages on Monday.", []ev{{"hamas", "", "RETREAT", "ISR", "", ""}}, nil, false, false},
		{"retreat freed", "Venezuela freed ten Americans in a prisoner exchange.", []ev{{"VEN", "", "RETREAT", "USA", "", ""}}, nil, false, false},
		{"retreat declared ceasefire", "Thailand and Cambodia declared a ceasefire after five days of fighting.", []ev{{"THA", "", "RETREAT", "KHM", "", ""}}, nil, false, false},
		{"retreat pulled out", "France pulled its last troops out of Niger in December.", []ev{{"FRA", "", "RETREAT", "NER", "", ""}}, nil, false, false},
		{"retreat eased sanctions", "The United States eased sanctions on Syria in May.", []ev{{"USA", "", "RETREAT", "SYR", "", ""}}, nil, false, false},
		{"retreat allowed aid", "Israel allowed aid trucks to enter Gaza through the Kerem Shalom crossing.", []ev{{"ISR", "", "RETREAT", "", "", ""}}, nil, false, false},
		{"retreat returned", "Russia returned 22 Ukrainian children to their families.", []ev{{"RUS", "", "RETREAT", "UKR", "", ""}}, nil, false, false},
		{"retreat pass were released by", "Two Thai hostages were released by Hamas on Thursday.", []ev{{"hamas", "", "RETREAT", "THA", "", ""}}, nil, false, false},
		{"retreat neg will not withdraw", "Israel will not withdraw from southern Lebanon, the defence minister said.", nil, []ev{{"ISR", "", "RETREAT", "", "", "fact"}}, false, false},

		// REQUEST
		{"request urged", "The UN urged Israel to allow more aid into Gaza.", []ev{{"united-nations", "", "REQUEST", "ISR", "", ""}}, nil, false, false},
		{"request called on", "Egypt called on Ethiopia to stop filling the dam.", []ev{{"EGY", "", "REQUEST", "ETH", "", ""}}, nil, false, false},
		{"request asked for", "Ukraine asked Germany for Taurus cruise missiles.", []ev{{"UKR", "", "REQUEST", "DEU", "", ""}}, nil, false, false},
		{"request demanded", "China demanded that Japan retract the prime minister's remarks on Taiwan.", []ev{{"CHN", "", "REQUEST", "JPN", "", ""}}, nil, false, false},
		{"request appealed", "Sudan appealed to the African Union for help.", []ev{{"SDN", "", "REQUEST", "african-union", "", ""}}, nil, false, false},
		{"request requested extradition", "Bangladesh requested the extradition of its former prime minister from India.", []ev{{"BGD", "", "REQUEST", "IND", "", ""}}, nil, false, false},
		{"request pleaded", "Lebanon pleaded with France to press Israel over its strikes.", []ev{{"LBN", "", "REQUEST", "FRA", "", ""}}, nil, false, false},
		{"request nom call for", "Pope Leo's call for a ceasefire in Ukraine was welcomed by Kyiv.", []ev{{"VAT", "", "REQUEST", "", "", ""}}, nil, false, true},

		// ACCUSE
		{"accuse accused of", "Pakistan accused India of sponsoring militants in Balochistan.", []ev{{"PAK", "", "ACCUSE", "IND", "", ""}}, nil, false, false},
		{"accuse condemned", "Saudi Arabia condemned Israel's strike on Qatar.", []ev{{"SAU", "", "ACCUSE", "ISR", "", ""}}, nil, false, false},
		{"accuse criticized", "Germany criticized Hungary over its veto of EU aid.", []ev{{"DEU", "", "ACCUSE", "HUN", "", ""}}, nil, false, false},
		{"accuse blamed", "Moscow blamed Kyiv for the attack on the power plant.", []ev{{"RUS", "", "ACCUSE", "UKR", "", ""}}, nil, false, false},
		{"accuse investigate", "The ICC opened an investigation into alleged war crimes by Myanmar.", []ev{{"icc", "", "ACCUSE", "", "", ""}}, nil, false, false},
		{"accuse sued", "South Africa filed a genocide case against Israel at the International Court of Justice.", []ev{{"ZAF", "", "ACCUSE", "ISR", "", ""}}, nil, false, false},
		{"accuse pass was accused by", "Rwanda was accused by Congo of backing M23 rebels.", []ev{{"COD", "", "ACCUSE", "RWA", "", ""}}, nil, false, false},
		{"accuse X and Y accused each other", "Thailand and Cambodia accused each other of violating the truce.", []ev{{"THA", "", "ACCUSE", "KHM", "", ""}}, nil, false, false},
		{"accuse denounced", "Venezuela denounced the United States at the UN Security Council.", []ev{{"VEN", "", "ACCUSE", "USA", "", ""}}, nil, false, false},

		// REJECT
		{"reject rejected", "Hamas rejected Israel's demand to disarm.", []ev{{"hamas", "", "REJECT", "ISR", "", ""}}, nil, false, false},
		{"reject refused to", "Hungary refused to extradite the Polish former minister.", []ev{{"HUN", "", "REJECT", "", "", ""}}, nil, false, false},
		{"reject vetoed", "The United States vetoed a Security Council resolution on Gaza.", []ev{{"USA", "", "REJECT", "", "", ""}}, nil, false, false},
		{"reject dismissed", "Beijing dismissed the Philippines' protest as groundless.", []ev{{"CHN", "", "REJECT", "PHL", "", ""}}, nil, false, true},
		{"reject turned down", "Denmark turned down the United States' offer to buy Greenland.", []ev{{"DNK", "", "REJECT", "USA", "", ""}}, nil, false, false},
		{"reject defied", "North Korea defied UN sanctions by launching another missile.", []ev{{"PRK", "", "REJECT", "", "", ""}}, nil, false, true},
		{"reject pass was rejected by", "The peace proposal was rejected by Russia on Friday.", []ev{{"RUS", "", "REJECT", "", "", ""}}, nil, false, true},
		{"reject rep said it rejects", "Iran said it rejects any talks on its missile programme.", []ev{{"IRN", "", "REJECT", "", "", ""}}, nil, false, true},

		// THREATEN
		{"threaten threatened to", "Trump threatened to impose tariffs on Canada.", []ev{{"USA", "", "THREATEN", "CAN", "", ""}}, []ev{{"USA", "", "SANCTION", "CAN", "", "fact"}, {"USA", "", "COERCE", "CAN", "", "fact"}}, false, false},
		{"threaten warned of", "Iran warned Israel of a crushing response.", []ev{{"IRN", "", "THREATEN", "ISR", "", ""}}, nil, false, false},
		{"threaten ultimatum", "ECOWAS gave Niger's junta an ultimatum to restore the president.", []ev{{"ecowas", "", "THREATEN", "NER", "", ""}}, nil, false, true},
		{"threaten warned it would", "North Korea warned it would strike the United States.", []ev{{"PRK", "", "THREATEN", "USA", "", ""}}, []ev{{"PRK", "", "ASSAULT", "USA", "", "fact"}}, false, false},
		{"threaten threatened military action", "Venezuela threatened military action against Guyana.", []ev{{"VEN", "", "THREATEN", "GUY", "", ""}}, nil, false, false},
		{"threaten pass was threatened by", "Taiwan was threatened by China with a blockade.", []ev{{"CHN", "", "THREATEN", "TWN", "", ""}}, nil, false, false},
		{"threaten nom threat to", "Russia's threat to use nuclear weapons alarmed Europe.", []ev{{"RUS", "", "THREATEN", "", "", ""}}, []ev{{"RUS", "", "ASSAULT", "", "", "fact"}}, false, false},
		{"threaten menaced", "Israel threatened Hezbollah with a wider offensive in Lebanon.", []ev{{"ISR", "", "THREATEN", "hezbollah", "", ""}}, nil, false, false},

		// PROTEST
		{"protest protested outside embassy", "Thousands of Pakistanis protested outside the French embassy in Islamabad.", []ev{{"PAK", "", "PROTEST", "FRA", "", ""}}, nil, false, true},
		{"protest rallied against", "Serbian students rallied against the government in Belgrade.", []ev{{"SRB", "", "PROTEST", "", "", ""}}, nil, false, false},
		{"protest demonstrated", "Georgian opposition supporters demonstrated against the government in Tbilisi.", []ev{{"GEO", "", "PROTEST", "", "", ""}}, nil, false, false},
		{"protest went on strike", "South Korean doctors went on strike over the government's plan.", []ev{{"KOR", "", "PROTEST", "", "", ""}}, nil, false, true},
		{"protest hunger strike", "A jailed Bahraini activist began a hunger strike.", []ev{{"BHR", "", "PROTEST", "", "", ""}}, nil, false, false},
		{"protest boycotted", "The opposition in Tanzania boycotted the election.", []ev{{"TZA", "", "PROTEST", "", "", ""}}, nil, false, false},
		{"protest walked out", "Iran's delegation walked out of the UN General Assembly during Netanyahu's speech.", []ev{{"IRN", "", "PROTEST", "", "", ""}}, nil, false, false},
		{"protest marched", "Thousands of Israelis marched in Tel Aviv to demand a hostage deal.", []ev{{"ISR", "", "PROTEST", "", "", ""}}, nil, false, false},
		{"protest neg planned", "Kenyan activists plan to protest against the tax bill next week.", nil, []ev{{"KEN", "", "PROTEST", "", "", "fact"}}, false, false},

		// SANCTION
		{"sanction expelled diplomats", "Poland expelled two Russian diplomats on Tuesday.", []ev{{"POL", "", "SANCTION", "RUS", "", ""}}, nil, false, false},
		{"sanction cut ties", "Nicaragua cut diplomatic ties with Israel.", []ev{{"NIC", "", "SANCTION", "ISR", "", ""}}, nil, false, false},
		{"sanction recalled ambassador", "Algeria recalled its ambassador to France.", []ev{{"DZA", "", "SANCTION", "FRA", "", ""}}, nil, false, false},
		{"sanction suspended aid", "The Netherlands suspended aid to Rwanda over its support for M23.", []ev{{"NLD", "", "SANCTION", "RWA", "", ""}}, nil, false, false},
		{"sanction halted talks", "Pakistan suspended talks with the Taliban after border clashes.", []ev{{"PAK", "", "SANCTION", "taliban", "", ""}}, nil, false, false},
		{"sanction nom decision to expel", "Burkina Faso's decision to expel French troops angered Paris.", []ev{{"BFA", "", "SANCTION", "FRA", "", ""}}, nil, false, true},
		{"sanction pass was expelled by", "The Swedish ambassador was expelled by Iran on Monday.", []ev{{"IRN", "", "SANCTION", "SWE", "", ""}}, nil, false, true},
		{"sanction rep said it had severed", "Bolivia said it had severed relations with Israel.", []ev{{"BOL", "", "SANCTION", "ISR", "", ""}}, nil, false, false},
		{"sanction future would suspend", "Canada said it would suspend trade talks with India next year.", nil, []ev{{"CAN", "", "SANCTION", "IND", "", "fact"}}, false, false},

		// MOBILIZE
		{"mobilize deployed troops", "India deployed troops along the Line of Control.", []ev{{"IND", "", "MOBILIZE", "", "", ""}}, nil, false, false},
		{"mobilize mobilized reservists", "Israel mobilized 60,000 reservists for the Gaza City offensive.", []ev{{"ISR", "", "MOBILIZE", "", "", ""}}, nil, false, false},
		{"mobilize raised alert", "Taiwan raised its military alert level after Chinese drills.", []ev{{"TWN", "", "MOBILIZE", "", "", ""}}, nil, false, false},
		{"mobilize massed troops", "Russia massed troops near the Ukrainian border.", []ev{{"RUS", "", "MOBILIZE", "", "", ""}}, nil, false, false},
		{"mobilize sent warships", "The United States sent warships to the Caribbean near Venezuela.", []ev{{"USA", "", "MOBILIZE", "", "", ""}}, []ev{{"USA", "", "AID", "VEN", "", ""}}, false, false},
		{"mobilize pass were deployed by", "Fighter jets were deployed by Poland after Russian drones entered its airspace.", []ev{{"POL", "", "MOBILIZE", "", "", ""}}, nil, false, false},
		{"mobilize put on alert", "Pakistan put its air force on high alert.", []ev{{"PAK", "", "MOBILIZE", "", "", ""}}, nil, false, false},
		{"mobilize neg no plans", "Germany will not send troops to Ukraine, the chancellor said.", nil, []ev{{"DEU", "", "MOBILIZE", "", "", "fact"}}, false, false},

		// COERCE
		{"coerce arrested", "Turkish police arrested Istanbul's mayor on corruption charges.", []ev{{"TUR", "", "COERCE", "", "", ""}}, nil, false, false},
		{"coerce detained", "Iran detained a British couple on espionage charges.", []ev{{"IRN", "", "COERCE", "GBR", "", ""}}, nil, false, false},
		{"coerce seized tanker", "The US Navy seized an oil tanker off Venezuela.", []ev{{"USA", "", "COERCE", "VEN", "", ""}}, nil, false, false},
		{"coerce imposed sanctions", "The European Union imposed new sanctions on Russia.", []ev{{"european-union", "", "COERCE", "RUS", "", ""}}, nil, false, false},
		{"coerce deported", "The United States deported hundreds of Venezuelans to El Salvador.", []ev{{"USA", "", "COERCE", "VEN", "", ""}}, nil, false, false},
		{"coerce banned party", "Bangladesh banned the Awami League's activities.", []ev{{"BGD", "", "COERCE", "", "", ""}}, nil, false, false},
		{"coerce pass was detained by", "A Japanese businessman was detained by Chinese authorities in Beijing.", []ev{{"CHN", "", "COERCE", "JPN", "", ""}}, nil, false, false},
		{"coerce blockade", "Israel imposed a naval blockade on Gaza.", []ev{{"ISR", "", "COERCE", "", "", ""}}, nil, false, false},
		{"coerce curfew", "Nepal imposed a curfew in Kathmandu after deadly protests.", []ev{{"NPL", "", "COERCE", "", "", ""}}, nil, false, false},
		{"coerce neg denied detaining", "Russia denied detaining the Estonian border guard.", nil, []ev{{"RUS", "", "COERCE", "EST", "", "fact"}}, false, false},

		// ASSAULT
		{"assault struck", "Israel struck Houthi targets in Yemen on Sunday.", []ev{{"ISR", "", "ASSAULT", "houthis", "", ""}}, nil, false, false},
		{"assault attacked", "Russian drones attacked Ukraine's energy grid overnight.", []ev{{"RUS", "", "ASSAULT", "UKR", "", ""}}, nil, false, false},
		{"assault shelled", "Sudan's paramilitary RSF shelled a camp near El Fasher.", []ev{{"rsf", "", "ASSAULT", "", "", ""}}, nil, false, false},
		{"assault pass was bombed by", "A market in Idlib was bombed by Syrian government forces.", []ev{{"SYR", "", "ASSAULT", "", "", ""}}, nil, false, false},
		{"assault killed", "Pakistani forces killed 30 Taliban fighters near the Afghan border.", []ev{{"PAK", "", "ASSAULT", "taliban", "", ""}}, nil, false, false},
		{"assault rep said launched", "Ukraine said Russia launched 500 drones at Kyiv overnight.", []ev{{"RUS", "", "ASSAULT", "UKR", "", ""}}, []ev{{"UKR", "", "ASSAULT", "RUS", "", ""}}, false, false},
		{"assault X and Y clashed", "Afghan and Pakistani forces clashed along the border.", []ev{{"AFG", "", "ASSAULT", "PAK", "", ""}}, nil, false, false},
		{"assault nom strike by", "The strike by Israel on Doha killed six people.", []ev{{"ISR", "", "ASSAULT", "QAT", "", ""}}, nil, false, false},
		{"assault neg denied attacking", "India denied attacking a Pakistani airbase.", nil, []ev{{"IND", "", "ASSAULT", "PAK", "", "fact"}}, false, false},
		{"assault cond if", "If Iran attacks Israel again, the United States will respond.", nil, []ev{{"IRN", "", "ASSAULT", "ISR", "", "fact"}}, false, false},
		// A second batch, annotated before its first run.
		{"b2 concede relaxed restrictions", "Myanmar's junta relaxed restrictions on internet access in Yangon.", []ev{{"MMR", "", "CONCEDE", "", "", ""}}, nil, false, true},
		{"b2 concede caved in", "The Nepalese government caved in to student demands on Tuesday.", []ev{{"NPL", "", "CONCEDE", "", "", ""}}, nil, false, false},
		{"b2 concede neg refused to back down", "Georgia's ruling party refused to back down over the foreign agents law.", nil, []ev{{"GEO", "", "CONCEDE", "", "", "fact"}}, false, false},
		{"b2 protest staged walkout", "Palestinian diplomats staged a walkout during the Israeli envoy's speech.", []ev{{"PSE", "", "PROTEST", "", "", ""}}, nil, false, false},
		{"b2 protest boycotted vote", "Venezuela's opposition boycotted the regional elections.", []ev{{"VEN", "", "PROTEST", "", "", ""}}, nil, false, false},
		{"b2 protest demonstrated outside embassy", "Hundreds of Indonesians demonstrated outside the US embassy in Jakarta.", []ev{{"IDN", "", "PROTEST", "USA", "", ""}}, nil, false, true},
		{"b2 protest hunger strike started", "A detained Egyptian activist started a hunger strike in prison.", []ev{{"EGY", "", "PROTEST", "", "", ""}}, nil, false, false},
		{"b2 protest future will march", "Serbian students will march to Novi Sad on Saturday.", nil, []ev{{"SRB", "", "PROTEST", "", "", "fact"}}, false, false},
		{"b2 mobilize heightened alert", "South Korea heightened its military alert after the North's missile launch.", []ev{{"KOR", "", "MOBILIZE", "", "", ""}}, nil, false, false},
		{"b2 mobilize placed on alert", "India placed its border forces on high alert.", []ev{{"IND", "", "MOBILIZE", "", "", ""}}, nil, false, false},
		{"b2 threaten issued ultimatum", "Israel issued an ultimatum to Hamas to release all hostages.", []ev{{"ISR", "", "THREATEN", "hamas", "", ""}}, nil, false, false},
		{"b2 reject flouted", "Russia flouted the court's ruling on the Ukrainian ships.", []ev{{"RUS", "", "REJECT", "", "", ""}}, nil, false, false},
		{"b2 reject dismissed claim", "Iran dismissed the IAEA's report as politically motivated.", []ev{{"IRN", "", "REJECT", "iaea", "", ""}}, nil, false, false},
		{"b2 retreat announced truce", "Azerbaijan and Armenia announced a truce along their border.", []ev{{"AZE", "", "RETREAT", "ARM", "", ""}}, nil, false, false},
		{"b2 retreat returned prisoners", "Ukraine returned 84 Russian prisoners of war in an exchange.", []ev{{"UKR", "", "RETREAT", "RUS", "", ""}}, nil, false, false},
		{"b2 retreat let aid", "Sudan's army let aid convoys into Darfur through the Adre crossing.", []ev{{"SDN", "", "RETREAT", "", "", ""}}, nil, false, false},
		{"b2 retreat neg did not allow aid", "Israel did not allow aid into northern Gaza for two weeks.", nil, []ev{{"ISR", "", "RETREAT", "", "", "fact"}}, false, false},
		{"b2 concede acceded to request", "Colombia acceded to the United States' request to extradite the suspect.", []ev{{"COL", "", "CONCEDE", "", "", ""}}, nil, false, false},
	}
	runPloverRows(t, x, "en", rows, enPlover39Floor)
}

// enPlover39Floor is how many rows of TestENPlover39Grid must pass.
const enPlover39Floor = 137
