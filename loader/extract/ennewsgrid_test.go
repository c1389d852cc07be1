package extract

import "testing"

// TestENNewsGrid checks the actors of a general grid of present-day
// (2024–2026) English news across all sections, as a stand-in for a
// random held-out sample: world and politics, business, Asia-Pacific,
// Indonesia as the Jakarta Post, Reuters, AP, the BBC and Al Jazeera cover
// it, sport, technology and health. States are written many ways (U.S.,
// US, America, "Washington" as an agent and "in Washington" as a place,
// Beijing, Moscow, the Kremlin); persons come with titles (President, PM,
// Foreign Minister, Dr., Mr., Ms.); named bodies (ministries, courts,
// parliaments, branches of the armed forces, agencies); cities as places;
// names inside longer names ("North Korea", "Australian-born",
// "Jakarta-based"); about one row in seven has no actor. The sentences were
// written for the test, never copied from a data set, and annotated (the
// ids each must give and must not give) before the extractor ran on them.
// A row marked known is a known failure: the test fails when it starts
// passing, so that its mark is taken off.
//
// Before any rule of this grid: 121 of 130 rows pass; after "America" as
// a capital-like form of the United States, a capital after an ordinary
// capitalized word inside a longer name ("Captain America") and a capital
// in the object of a disaster ("An earthquake shook Tokyo"): 124. A second batch of
// 30 rows, written after the first rules and annotated before its first
// run: 27 passed at once; reading a capital after a route noun and
// "between" or "from" as a route's end made one more pass. A third batch
// of 6 rows (traps for that rule), annotated before its first run: 5
// passed at once; aid and investment nouns before "from" and a capital
// (reaction_nouns: "Aid from Tokyo") made the sixth pass. A fourth batch
// of 12 rows, annotated before its first run: 11 passed at once; a
// capital after a verb of addressing and "to" (address_verbs: "Jakarta
// has protested to Beijing") made the twelfth pass. Now 170 of 178; the
// eight rows still marked known say why above them.
func TestENNewsGrid(t *testing.T) {
	runWireGrid(t, extractor(t), enNewsRows, "2025-11-15")
}

// enNewsRows are the rows of TestENNewsGrid, by section.
var enNewsRows = []wireGridRow{
	// World: United States.
	{"us dotted tariffs", "The U.S. will raise tariffs on Chinese steel to 50 percent next month, the Commerce Department said.", []string{"USA/state", "CHN/state", "usa-commerce-department"}, nil, false, false},
	{"us plain sanctions", "The US imposed fresh sanctions on two Iranian oil tankers on Thursday.", []string{"USA/state", "IRN/state"}, nil, false, false},
	{"america first", "America will not fund the new climate facility, the White House said in a statement.", []string{"USA/state", "usa-presidency"}, nil, false, false},
	{"washington agent", "Washington has urged Caracas to release the detained American citizens.", []string{"USA/state", "VEN/state"}, nil, false, false},
	{"in washington place", "Leaders of the Gulf states gathered in Washington for a two-day summit on regional security.", nil, []string{"USA/state"}, false, false},
	{"rubio title", "Secretary of State Marco Rubio said the ceasefire in Gaza remained fragile.", []string{"marco-rubio/person/USA"}, nil, false, false},
	{"hegseth pentagon", "Defense Secretary Pete Hegseth told the Pentagon press corps that more troops would be sent to the Caribbean.", []string{"pete-hegseth/person/USA", "usa-defense-ministry"}, nil, false, false},
	{"leavitt briefing", "White House press secretary Karoline Leavitt said the president had spoken with Mr. Netanyahu twice this week.", []string{"karoline-leavitt/person/USA", "benjamin-netanyahu/person/ISR"}, nil, false, false},
	{"supreme court us", "The U.S. Supreme Court agreed to hear a challenge to the president's emergency tariffs.", []string{"usa-supreme-court"}, nil, false, false},
	// known: "The Senate" with no state named anywhere gives no body
	{"senate vote", "The Senate voted 52-47 to confirm the nominee after a bitter floor debate.", []string{"usa-senate"}, nil, false, true},
	{"fbi arrest", "The FBI arrested a 24-year-old man in Michigan over an alleged plot to attack a military base.", []string{"usa-fbi"}, []string{"michigan/person"}, false, false},
	{"vance munich", "Vice President JD Vance criticised European governments in a speech in Munich.", []string{"jd-vance/person/USA"}, []string{"DEU/state"}, false, false},
	{"bessent treasury", "Treasury Secretary Scott Bessent said talks with Beijing had produced a framework for a trade deal.", []string{"scott-bessent/person/USA", "CHN/state"}, nil, false, false},
	{"national guard chicago", "National Guard troops were deployed in Chicago despite objections from the Illinois governor.", []string{"usa-national-guard"}, []string{"chicago/person"}, false, false},
	// known: "in Georgia" beside a US agency is read as the country Georgia
	{"ice raids", "Immigration and Customs Enforcement agents detained more than 400 workers at a battery plant in Georgia.", []string{"usa-ice"}, []string{"GEO/state"}, false, true},
	// World: China, Russia, Europe.
	{"beijing warned", "Beijing warned Tokyo against interfering in the Taiwan issue after the prime minister's remarks.", []string{"CHN/state", "JPN/state"}, nil, false, false},
	{"wang yi title", "Chinese Foreign Minister Wang Yi met his Indian counterpart in New Delhi on Monday.", []string{"wang-yi/person/CHN"}, nil, false, false},
	{"xi apec", "Xi Jinping arrived in Gyeongju for the APEC summit, his first visit to South Korea in 11 years.", []string{"xi-jinping/person/CHN", "KOR/state"}, nil, false, false},
	{"china foreign ministry spokesman", "China's foreign ministry said it firmly opposed the new U.S. export controls.", []string{"chn-foreign-ministry", "USA/state"}, nil, false, false},
	{"pla drills", "The People's Liberation Army held large-scale drills around Taiwan, the island's defence ministry said.", []string{"chn-armed-forces", "TWN/state"}, nil, false, false},
	{"moscow agent", "Moscow accused Kyiv of attacking a power station in the Belgorod region.", []string{"RUS/state", "UKR/state"}, []string{"belgorod/person"}, false, false},
	{"kremlin said", "The Kremlin said President Vladimir Putin had no plans to attend the summit in person.", []string{"rus-presidency", "vladimir-putin/person/RUS"}, nil, false, false},
	{"lavrov rubio call", "Russian Foreign Minister Sergei Lavrov and Rubio discussed the war in Ukraine by phone.", []string{"sergei-lavrov/person/RUS", "marco-rubio/person/USA"}, nil, false, false},
	{"starmer downing", "Prime Minister Keir Starmer said Britain would recognise a Palestinian state in September.", []string{"keir-starmer/person/GBR", "GBR/state"}, nil, false, false},
	{"macron elysee", "French President Emmanuel Macron named a new prime minister after the government lost a confidence vote.", []string{"emmanuel-macron/person/FRA"}, nil, false, false},
	{"merz bundestag", "German Chancellor Friedrich Merz won a vote in the Bundestag on a new military service law.", []string{"friedrich-merz/person/DEU", "deu-parliament"}, nil, false, false},
	{"kallas eu", "EU foreign policy chief Kaja Kallas said the bloc would keep pressure on Russia.", []string{"kaja-kallas/person", "european-union", "RUS/state"}, nil, false, false},
	{"nato rutte", "NATO Secretary General Mark Rutte praised allies for agreeing to spend 5 percent of GDP on defence.", []string{"nato", "mark-rutte/person"}, nil, false, false},
	{"london place", "Thousands of people marched through central London on Saturday in support of Palestinians.", nil, []string{"GBR/state"}, false, false},
	// known: \"protesters in Paris\" is a group of the state (groupCapital), as \"officials in Washington\" is
	{"paris protest none", "Police fired tear gas at protesters in Paris as a nationwide strike disrupted trains and schools.", nil, []string{"FRA/state"}, false, true},
	// World: Middle East and Africa.
	{"netanyahu idf", "Israeli Prime Minister Benjamin Netanyahu ordered the army to carry out powerful strikes in Gaza.", []string{"benjamin-netanyahu/person/ISR"}, nil, false, false},
	{"gaza health ministry", "The Gaza Health Ministry said at least 30 people were killed in Israeli strikes overnight.", []string{"pse-health-ministry", "ISR/state"}, nil, false, false},
	{"hamas hostages", "Hamas said it would hand over the remains of two more hostages through the Red Cross.", []string{"hamas", "icrc"}, nil, false, false},
	{"houthis red sea", "Yemen's Houthis claimed responsibility for an attack on a cargo ship in the Red Sea.", []string{"houthis"}, nil, false, false},
	{"hezbollah lebanon army", "The Lebanese army said it had taken control of Hezbollah positions south of the Litani River.", []string{"hezbollah"}, nil, false, false},
	{"iran iaea", "Iran suspended cooperation with the International Atomic Energy Agency after the strikes on its nuclear sites.", []string{"IRN/state", "iaea"}, nil, false, false},
	{"sudan rsf el fasher", "The paramilitary Rapid Support Forces seized El Fasher after an 18-month siege, the United Nations said.", []string{"united-nations"}, []string{"el-fasher/person"}, false, false},
	{"ramaphosa g20", "South African President Cyril Ramaphosa said the G20 summit in Johannesburg would go ahead without the United States.", []string{"cyril-ramaphosa/person/ZAF", "USA/state"}, nil, false, false},
	{"erdogan ankara", "Turkish President Recep Tayyip Erdogan hosted the talks in Istanbul.", []string{"recep-tayyip-erdogan/person/TUR"}, nil, false, false},
	{"cairo place none", "The two delegations met in Cairo on Sunday, according to people familiar with the talks.", nil, nil, true, false},
	// Asia-Pacific.
	{"takaichi japan", "Japanese Prime Minister Sanae Takaichi said Tokyo would raise defence spending to 2 percent of GDP this fiscal year.", []string{"sanae-takaichi/person/JPN", "JPN/state"}, nil, false, false},
	{"lee jae myung", "South Korean President Lee Jae-myung called for dialogue with Pyongyang.", []string{"lee-jae-myung/person/KOR", "PRK/state"}, nil, false, false},
	{"north korea missile", "North Korea fired a ballistic missile into the sea off its east coast, South Korea's Joint Chiefs of Staff said.", []string{"PRK/state", "kor-jcs"}, nil, false, false},
	{"kim jong un", "Kim Jong Un inspected a new destroyer at a shipyard in Nampo, state media KCNA reported.", []string{"kim-jong-un/person/PRK"}, []string{"nampo/person"}, false, false},
	{"albanese wong", "Australian Prime Minister Anthony Albanese and Foreign Minister Penny Wong will travel to Beijing next month.", []string{"anthony-albanese/person/AUS", "penny-wong/person/AUS"}, []string{"CHN/state"}, false, false},
	{"marcos coast guard", "The Philippine Coast Guard said a Chinese vessel fired a water cannon at its ship near Scarborough Shoal.", []string{"phl-coast-guard", "CHN/state"}, nil, false, false},
	{"lawrence wong singapore", "Singapore Prime Minister Lawrence Wong said the city-state must prepare for a more fragmented world.", []string{"lawrence-wong/person/SGP"}, nil, false, false},
	{"anwar asean", "Malaysian Prime Minister Anwar Ibrahim said ASEAN would admit Timor-Leste as its 11th member.", []string{"anwar-ibrahim/person/MYS", "asean", "TLS/state"}, nil, false, false},
	{"modi trump call", "Indian Prime Minister Narendra Modi spoke with Trump by phone about the trade deal.", []string{"narendra-modi/person/IND", "donald-trump/person/USA"}, nil, false, false},
	{"thailand cambodia", "Thailand and Cambodia agreed to an immediate ceasefire after five days of border clashes.", []string{"THA/state", "KHM/state"}, nil, false, false},
	{"lai ching te", "Taiwan President Lai Ching-te said the island would boost its defence budget to 3 percent of GDP.", []string{"lai-ching-te/person/TWN"}, nil, false, false},
	// known: "Myanmar's military government" is read as the armed forces
	{"myanmar junta election", "Myanmar's military government will hold elections in December, state media said.", []string{"MMR/state"}, nil, false, true},
	{"tokyo place none", "A magnitude 6.2 earthquake shook Tokyo and surrounding areas late on Tuesday, but no damage was reported.", nil, nil, true, false},
	// Indonesia.
	{"prabowo president", "President Prabowo Subianto said Indonesia would send up to 20,000 troops to Gaza as part of a peacekeeping force.", []string{"prabowo-subianto/person/IDN", "IDN/state"}, nil, false, false},
	{"prabowo lone", "Prabowo reshuffled his cabinet on Monday, replacing five ministers.", []string{"prabowo-subianto/person/IDN"}, nil, false, false},
	{"sugiono fm", "Foreign Minister Sugiono said Jakarta would join BRICS as a full member.", []string{"sugiono/person/IDN", "IDN/state", "brics"}, nil, false, false},
	{"purbaya finance", "Finance Minister Purbaya Yudhi Sadewa said the budget deficit would stay below 3 percent of GDP.", []string{"purbaya-yudhi-sadewa/person/IDN"}, nil, false, false},
	{"bank indonesia rate", "Bank Indonesia unexpectedly cut its benchmark rate by 25 basis points to 4.75 percent.", []string{"idn-central-bank"}, nil, false, false},
	{"kpk arrest", "The Corruption Eradication Commission (KPK) named a former minister a suspect in a laptop procurement case.", []string{"idn-kpk"}, nil, false, false},
	{"tni", "The Indonesian Military (TNI) deployed 2,000 personnel to help with flood relief in North Sumatra.", []string{"idn-armed-forces"}, nil, false, false},
	{"constitutional court idn", "Indonesia's Constitutional Court ruled that the presidential threshold was unconstitutional.", []string{"idn-constitutional-court"}, nil, false, false},
	// known: "The House of Representatives" beside the TNI is read as the US House
	{"house dpr", "The House of Representatives passed the revision of the TNI Law despite protests outside the building.", []string{"idn-dpr"}, nil, false, true},
	{"jakarta post gibran", "Vice President Gibran Rakabuming Raka visited flood victims in Bekasi, West Java.", []string{"gibran-rakabuming-raka/person/IDN"}, []string{"bekasi/person"}, false, false},
	{"pertamina", "State energy firm Pertamina said it would import more fuel from the United States under the tariff deal.", []string{"pertamina/organization/IDN", "USA/state"}, nil, false, false},
	{"danantara", "Sovereign wealth fund Danantara will invest $10 billion in downstream projects this year.", []string{"idn-danantara"}, nil, false, false},
	{"jakarta place", "Heavy rain flooded dozens of neighbourhoods in Jakarta on Sunday, disrupting commuter trains.", nil, []string{"IDN/state"}, false, false},
	{"bali tourists none", "Two Australian tourists were injured when their boat capsized off Nusa Penida, Bali.", nil, []string{"bali/person", "nusa-penida/person"}, false, false},
	{"bnpb floods", "The National Disaster Mitigation Agency (BNPB) said 45 people died in landslides in Central Java.", []string{"idn-bnpb"}, nil, false, false},
	{"police listyo", "National Police chief Gen. Listyo Sigit Prabowo ordered an investigation into the death of a delivery driver.", []string{"listyo-sigit-prabowo/person/IDN"}, []string{"prabowo-subianto"}, false, false},
	{"dedi mulyadi", "West Java Governor Dedi Mulyadi banned school trips after a bus crash killed 11 students.", []string{"dedi-mulyadi/person/IDN"}, nil, false, false},
	{"bahlil energy", "Energy and Mineral Resources Minister Bahlil Lahadalia said nickel export rules would not change.", []string{"bahlil-lahadalia/person/IDN"}, nil, false, false},
	{"freeport grasberg", "Freeport-McMoRan said production at the Grasberg mine in Papua would resume gradually after a mudslide.", []string{"freeport-mcmoran"}, nil, false, false},
	{"jakarta based", "Jakarta-based analyst Rina Hapsari said investors were worried about fiscal discipline.", []string{"rina-hapsari/person"}, nil, false, false},
	{"indonesia australia defence", "Indonesia and Australia signed a new security treaty in Sydney.", []string{"IDN/state", "AUS/state"}, nil, false, false},
	// Business.
	{"fed powell", "Federal Reserve Chair Jerome Powell signalled that a December rate cut was not a done deal.", []string{"jerome-powell/person/USA", "usa-central-bank"}, nil, false, false},
	{"ecb lagarde", "The European Central Bank kept rates on hold, President Christine Lagarde said.", []string{"ecb", "christine-lagarde/person"}, nil, false, false},
	{"boj", "The Bank of Japan raised its policy rate to 0.75 percent, the highest in three decades.", []string{"jpn-central-bank"}, nil, false, false},
	{"opec plus", "OPEC+ agreed to pause output increases in the first quarter of next year.", []string{"opec-plus"}, nil, false, false},
	{"imf forecast", "The International Monetary Fund raised its global growth forecast to 3.2 percent.", []string{"imf"}, nil, false, false},
	{"boeing faa", "Boeing shares rose after the Federal Aviation Administration lifted a cap on 737 MAX production.", []string{"boeing", "usa-faa"}, nil, false, false},
	{"toyota tariffs", "Toyota Motor cut its annual profit forecast, citing U.S. tariffs.", []string{"toyota", "USA/state"}, nil, false, false},
	// known: a country after "plant in" is read as an actor
	{"byd europe", "Chinese carmaker BYD will open a second plant in Hungary next year.", []string{"byd", "CHN/state"}, []string{"HUN/state"}, false, true},
	{"grab goto", "Grab is in talks to buy Indonesian rival GoTo, people familiar with the matter said.", []string{"grab-holdings", "goto"}, nil, false, false},
	{"wall street none", "Wall Street stocks closed higher on Friday as investors bet on lower interest rates.", nil, nil, true, false},
	{"oil prices none", "Oil prices fell more than 2 percent on concerns about weak demand.", nil, nil, true, false},
	{"rupiah none", "The rupiah weakened past 16,700 per dollar, its lowest level since April.", nil, nil, true, false},
	{"petronas", "Malaysia's Petronas said it would cut about 10 percent of its workforce.", []string{"petronas", "MYS/state"}, nil, false, false},
	// Technology.
	{"nvidia huang", "Nvidia Chief Executive Jensen Huang said demand for its Blackwell chips remained strong.", []string{"nvidia", "jensen-huang/person"}, nil, false, false},
	{"openai altman", "OpenAI said it had signed a $38 billion cloud computing deal with Amazon.", []string{"openai"}, nil, false, false},
	{"musk tesla", "Tesla shareholders approved a pay package for Elon Musk worth up to $1 trillion.", []string{"tesla", "elon-musk/person"}, nil, false, false},
	{"tiktok deal", "TikTok's U.S. operations will be run by a new joint venture, the company said.", []string{"tiktok"}, nil, false, false},
	{"tsmc arizona", "TSMC said its Arizona plant had begun mass production of advanced chips.", []string{"tsmc"}, []string{"arizona/person"}, false, false},
	{"huawei chips", "Huawei unveiled a new line of AI chips to rival Nvidia's products.", []string{"huawei", "nvidia"}, nil, false, false},
	{"samsung profit", "Samsung Electronics reported a 32 percent rise in third-quarter operating profit.", []string{"samsung"}, nil, false, false},
	{"microsoft outage", "Microsoft said a configuration change caused an outage that hit Outlook and Teams users worldwide.", []string{"microsoft"}, nil, false, false},
	{"ai none", "Researchers warned that generative AI tools were being used to produce convincing scam calls.", nil, nil, true, false},
	{"spacex starship", "SpaceX launched its Starship rocket from Texas on its 11th test flight.", []string{"spacex"}, []string{"texas/person"}, false, false},
	// Health.
	{"who tedros", "WHO Director-General Tedros Adhanom Ghebreyesus said the mpox emergency was over.", []string{"who", "tedros-adhanom-ghebreyesus/person"}, nil, false, false},
	{"who plain", "The World Health Organization reported a rise in measles cases across Europe.", []string{"who"}, nil, false, false},
	{"rfk hhs", "Health Secretary Robert F. Kennedy Jr. announced changes to the childhood vaccine schedule.", []string{"robert-f-kennedy-jr/person/USA"}, nil, false, false},
	{"cdc", "The Centers for Disease Control and Prevention confirmed the first human case of H5N5 bird flu.", []string{"usa-cdc"}, nil, false, false},
	{"dr researcher", "Dr. Maria Santos, an infectious disease specialist at the University of Sao Paulo, said the outbreak was slowing.", []string{"maria-santos/person"}, nil, false, false},
	{"dengue none", "Dengue cases in Southeast Asia hit a record this year as warmer weather extended the mosquito season.", nil, nil, true, false},
	{"unicef children", "UNICEF said more than 1 million children in Sudan were at risk of acute malnutrition.", []string{"unicef"}, nil, false, false},
	{"health ministry idn", "Indonesia's Health Ministry reported 12 new cases of chikungunya in Surabaya.", []string{"idn-health-ministry"}, []string{"surabaya/person"}, false, false},
	{"study none", "A new study found that people who walk 7,000 steps a day have a lower risk of dementia.", nil, nil, true, false},
	// Sport.
	{"fifa world cup", "FIFA confirmed that 48 teams would take part in the 2026 World Cup in the United States, Canada and Mexico.", []string{"fifa"}, nil, false, false},
	{"pssi kluivert", "The PSSI sacked coach Patrick Kluivert after Indonesia failed to qualify for the World Cup.", []string{"pssi", "IDN/state"}, nil, false, false},
	{"real madrid", "Real Madrid beat Barcelona 2-1 in the first Clasico of the season.", []string{"real-madrid"}, nil, false, false},
	{"man city", "Manchester City moved to second in the Premier League with a 3-0 win over Liverpool.", []string{"manchester-city"}, []string{"liverpool/person"}, false, false},
	{"marathon none", "Kenyan runners swept the top three places in the men's race at the Berlin Marathon.", nil, []string{"berlin/person", "DEU/state"}, false, false},
	{"ioc", "The International Olympic Committee said it would review its policy on transgender athletes.", []string{"ioc"}, nil, false, false},
	{"badminton", "Indonesia's Jonatan Christie won the men's singles title at the Indonesia Masters in Jakarta.", []string{"jonatan-christie/person/IDN"}, nil, false, false},
	{"persib", "Persib Bandung extended their unbeaten run to 10 matches with a 2-0 win over Persija Jakarta.", []string{"persib"}, nil, false, false},
	{"tennis none", "Rain delayed the start of the final by two hours.", nil, nil, true, false},
	// Names inside longer names.
	{"north korea not korea", "North Korean hackers stole $1.5 billion in crypto from an exchange based in Dubai.", []string{"PRK/state"}, []string{"KOR/state"}, false, false},
	{"australian born", "The Australian-born writer was detained at Shanghai airport on Friday.", nil, []string{"AUS/state"}, false, false},
	{"new york times", "The New York Times reported that the administration was preparing new visa rules.", nil, []string{"new-york/person"}, false, false},
	{"south china sea", "Chinese and Philippine vessels collided in the South China Sea, Manila said.", []string{"CHN/state", "PHL/state"}, nil, false, false},
	{"washington post", "The Washington Post laid off a third of its staff this year.", nil, []string{"USA/state"}, false, false},
	{"indonesia masters place", "The Indonesia Open will be held in Jakarta in June.", nil, []string{"IDN/state"}, false, false},
	{"mr ms private", "Mr. Tanaka, who runs a ramen shop in Osaka, said customers had cut back on spending.", nil, []string{"JPN/state"}, false, false},
	{"ms title", "Ms. Rahmawati, a teacher in Surabaya, said classes had been moved online.", nil, []string{"surabaya/person"}, false, false},
	{"foreign minister unnamed", "The foreign ministers of Japan and South Korea met in Seoul on Saturday.", []string{"JPN/state", "KOR/state"}, nil, false, false},
	{"sheinbaum mexico", "Mexican President Claudia Sheinbaum said her government would not accept U.S. troops on Mexican soil.", []string{"claudia-sheinbaum/person/MEX", "USA/state"}, nil, false, false},
	{"carney ottawa", "Canadian Prime Minister Mark Carney said Ottawa would resume trade talks with Washington.", []string{"mark-carney/person/CAN", "CAN/state", "USA/state"}, nil, false, false},
	{"lula brasilia", "Brazil's President Luiz Inacio Lula da Silva hosted the COP30 climate summit in Belem.", []string{"luiz-inacio-lula-da-silva/person/BRA"}, []string{"belem/person"}, false, false},
	{"fed in washington", "Officials said in Washington that the talks would continue next week.", nil, []string{"USA/state"}, false, false},
	{"icc netanyahu", "The International Criminal Court rejected Israel's request to withdraw the arrest warrant for Netanyahu.", []string{"icc", "ISR/state", "benjamin-netanyahu/person/ISR"}, nil, false, false},
	{"korean air", "Korean Air will buy 103 Boeing aircraft, the company said.", []string{"boeing"}, []string{"KOR/state"}, false, false},
	// Second batch, written after the rules of this grid and annotated
	// before its first run: traps for them ("America", a capital inside a
	// longer name, a capital a disaster hits) and more rows of every section.
	{"b2 america possessive", "America's trading partners are bracing for a new round of tariffs.", []string{"USA/state"}, nil, false, false},
	{"b2 america object", "Trump said Beijing had taken advantage of America for decades.", []string{"donald-trump/person/USA", "CHN/state", "USA/state"}, nil, false, false},
	// known: "people in America" is a group of the state, as "people in Washington" is (groupCapital)
	{"b2 in america place", "More than 40 million people in America live below the poverty line.", nil, []string{"USA/state"}, false, true},
	{"b2 latin america", "Chinese investment in Latin America fell for a third year.", []string{"CHN/state"}, []string{"USA/state"}, false, false},
	// known: the United States comes with "Bank of America"
	{"b2 bank of america", "Bank of America said it expected the Fed to cut rates twice next year.", []string{"bank-of-america", "usa-central-bank"}, []string{"USA/state"}, false, true},
	{"b2 typhoon manila", "Typhoon Fung-wong pounded Manila and nearby provinces, forcing more than a million people to flee.", nil, []string{"PHL/state"}, false, false},
	{"b2 missiles kyiv", "Russian missiles and drones struck Kyiv overnight, killing at least six people.", []string{"RUS/state", "UKR/state"}, nil, false, false},
	{"b2 smog delhi", "Toxic smog engulfed New Delhi for a fifth day, forcing schools to close.", nil, []string{"IND/state"}, false, false},
	{"b2 beijing responds", "Beijing responded by restricting exports of rare earths.", []string{"CHN/state"}, nil, false, false},
	{"b2 only washington", "Only Washington can persuade Moscow to accept a ceasefire, the diplomat said.", []string{"USA/state", "RUS/state"}, nil, false, false},
	{"b2 greater jakarta", "House prices in Greater Jakarta rose 2 percent in the third quarter.", nil, []string{"IDN/state"}, false, false},
	{"b2 kremlin peskov", "Kremlin spokesman Dmitry Peskov said Moscow had not received the new proposals.", []string{"dmitry-peskov/person/RUS", "RUS/state"}, nil, false, false},
	{"b2 wong tokyo", "Singapore's Prime Minister Lawrence Wong will visit Tokyo next week to meet Prime Minister Sanae Takaichi.", []string{"lawrence-wong/person/SGP", "sanae-takaichi/person/JPN"}, nil, false, false},
	{"b2 airlangga", "Coordinating Economic Minister Airlangga Hartarto said the tariff deal with the U.S. would be signed this month.", []string{"airlangga-hartarto/person/IDN", "USA/state"}, nil, false, false},
	{"b2 ojk", "The Financial Services Authority (OJK) revoked the licence of a rural bank in Central Java.", []string{"idn-ojk"}, nil, false, false},
	{"b2 bmkg", "The Meteorology, Climatology and Geophysics Agency (BMKG) warned of extreme weather in Bali and Lombok.", []string{"idn-bmkg"}, []string{"lombok/person"}, false, false},
	{"b2 garuda", "Garuda Indonesia will add flights between Jakarta and Tokyo from March.", []string{"garuda-indonesia"}, []string{"JPN/state"}, false, false},
	{"b2 jakarta mrt none", "Commuters in Jakarta faced long delays after a power outage halted MRT services.", nil, []string{"IDN/state"}, false, false},
	{"b2 korea born", "The Seoul-born pianist won the competition in Warsaw on Sunday.", nil, []string{"KOR/state", "POL/state"}, false, false},
	{"b2 south korea not north", "South Korea's central bank held its key rate at 2.5 percent.", []string{"kor-central-bank"}, []string{"PRK/state"}, false, false},
	{"b2 mr private", "Mr. Okafor, a trader in Lagos, said the naira's slide had doubled the price of rice.", nil, []string{"NGA/state"}, false, false},
	{"b2 dr who", "Dr. Hans Kluge, the WHO's regional director for Europe, warned of a difficult flu season.", []string{"who"}, nil, false, false},
	{"b2 apple", "Apple will invest $500 billion in the United States over the next four years.", []string{"apple-inc", "USA/state"}, nil, false, false},
	{"b2 alibaba", "Alibaba shares jumped 8 percent in Hong Kong after strong cloud revenue.", []string{"alibaba"}, nil, false, false},
	{"b2 jonatan none", "The final was delayed by rain and resumed after an hour.", nil, nil, true, false},
	{"b2 bayern", "Bayern Munich extended their lead at the top of the Bundesliga to seven points.", []string{"bayern-munich"}, []string{"DEU/state"}, false, false},
	{"b2 kpk none", "The hearing was adjourned until next Tuesday.", nil, nil, true, false},
	{"b2 mayor none", "The city council approved a plan to plant 10,000 trees by 2027.", nil, nil, true, false},
	{"b2 indonesia ministry", "Indonesia's Foreign Ministry summoned the Australian ambassador over the remarks.", []string{"idn-foreign-ministry", "AUS/state"}, nil, false, false},
	{"b2 china coast guard", "The China Coast Guard said it had expelled a Philippine vessel from waters near Scarborough Shoal.", []string{"chn-coast-guard", "PHL/state"}, nil, false, false},
	// Third batch, traps for the route rule, annotated before its first run.
	{"b3 ferry between", "Ferry services between Singapore and Batam were suspended because of high waves.", nil, []string{"batam/person"}, false, false},
	{"b3 talks between", "Talks between Moscow and Kyiv broke down after two hours.", []string{"RUS/state", "UKR/state"}, nil, false, false},
	{"b3 flights from", "Flights from Bangkok to Phnom Penh were cancelled as the border fighting spread.", nil, []string{"THA/state", "KHM/state"}, false, false},
	{"b3 aid from", "Aid from Tokyo arrived in Manila on Friday.", []string{"JPN/state"}, nil, false, false},
	{"b3 train link", "The high-speed train between Jakarta and Bandung carried its 10 millionth passenger.", nil, []string{"IDN/state"}, false, false},
	{"b3 envoy from", "An envoy from Beijing met the Taliban's foreign minister in Kabul.", []string{"CHN/state", "taliban"}, nil, false, false},
	// Fourth batch, more of every section, annotated before its first run.
	{"b4 hurricane havana", "Hurricane Melissa battered Havana and eastern Cuba, knocking out power to millions.", nil, []string{"havana/person"}, false, false},
	{"b4 seoul said", "Seoul said it would not join the U.S.-led naval coalition.", []string{"KOR/state", "USA/state"}, nil, false, false},
	{"b4 new delhi islamabad", "New Delhi accused Islamabad of backing the militants behind the attack in Kashmir.", []string{"IND/state", "PAK/state"}, nil, false, false},
	{"b4 canberra", "Canberra will spend A$10 billion on new frigates from Japan's Mitsubishi Heavy Industries.", []string{"AUS/state"}, nil, false, false},
	{"b4 jakarta agent", "Jakarta has protested to Beijing over the coast guard patrols near the Natuna Islands.", []string{"IDN/state", "CHN/state"}, []string{"natuna/person"}, false, false},
	{"b4 storm beijing", "Heavy snow blanketed Beijing, delaying hundreds of flights.", nil, []string{"CHN/state"}, false, false},
	{"b4 ms minister", "Ms. Wong told reporters in Canberra that Australia would not be intimidated.", []string{"AUS/state"}, []string{"canberra/person"}, false, false},
	{"b4 eu brussels", "The European Union fined Apple 500 million euros under its digital markets law.", []string{"european-union", "apple-inc"}, nil, false, false},
	{"b4 idf gaza", "The Israeli military said it had killed a senior Hamas commander in an airstrike in Gaza City.", []string{"ISR/state", "hamas"}, nil, false, false},
	{"b4 none stocks", "Asian shares rose on Monday, led by technology stocks in Tokyo and Seoul.", nil, []string{"JPN/state", "KOR/state"}, false, false},
	{"b4 prabowo xi", "Prabowo met Chinese President Xi Jinping on the sidelines of the APEC summit.", []string{"prabowo-subianto/person/IDN", "xi-jinping/person/CHN"}, nil, false, false},
	{"b4 kaesang psi", "Kaesang Pangarep, the president's son, was re-elected chairman of the Indonesian Solidarity Party (PSI).", []string{"kaesang-pangarep/person/IDN"}, nil, false, false},
}
