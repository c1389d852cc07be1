package extract

import "testing"

// TestENNews2Grid is a second general grid of present-day (2024–2026)
// English news, from desks the first (TestENNewsGrid) leaves out:
// Australia and the Pacific as the ABC and the Sydney Morning Herald write
// it, South Asia as Dawn and The Hindu do, Africa and Latin America as the
// wires do, Central Asia and the Caucasus, and business and markets
// (central banks, stock exchanges, companies with a state's name in
// theirs). Rows are in wire style: datelines ("SYDNEY, Nov 14 (Reuters)
// -"), titles before names and appositions after them ("Ruto, who ...",
// "said Jaishankar, India's foreign minister"); about one row in six has
// no actor, and many carry traps (a state inside a company's, a sea's or a
// province's name; a dateline or a city that is only where). The
// sentences were written for the test, never copied from a data set, and
// annotated (the ids each must give and must not give) before the
// extractor ran on them. A row marked known is a known failure: the test
// fails when it starts passing, so that its mark is taken off.
//
// Before any rule of this grid: 125 of 139 rows pass; after demonyms
// before market and subsidiary nouns, capitals before an accord's noun,
// building words before a group noun, routes "linking" two cities, Route
// and Corridor as named-after tails and the MTN and "PM Shehbaz" aliases:
// 134. A second batch of 32 rows, written after those rules (traps for
// them) and annotated before its first run: 29 passed at once; a state's
// name before an industry word as a company's (company_words: "Korea
// Zinc") and "rail line" as a route made 31. A third batch of 22 rows,
// annotated before its first run: 21 passed at once; Sitiveni Rabuka's
// present term (a people_leaders line) made the 22nd pass. A fourth
// batch of 5 rows, traps for a rule on diaspora compounds before a
// people noun ("the Indo-Fijian community", which the third batch showed
// giving India and Fiji), written after the rule and annotated before
// their first run: 4 passed at once, the fifth ("Korean-American voters")
// when a first half the gazetteer does not match alone was let in. A
// fifth batch of 6 rows, for the body forms "Reserve Bank" and "Security
// Council" (a state's), written after them and annotated before their
// first run: all 6 passed at once. Now 198 of 204; the six rows still
// marked known say why above them.
func TestENNews2Grid(t *testing.T) {
	runWireGrid(t, extractor(t), enNews2Rows, "2025-11-15")
}

// enNews2Rows are the rows of TestENNews2Grid, by desk.
var enNews2Rows = []wireGridRow{
	// Australia and the Pacific.
	{"albanese dateline", "SYDNEY, Nov 14 (Reuters) - Prime Minister Anthony Albanese said Australia would not rush to sign a new security pact with Papua New Guinea.", []string{"anthony-albanese/person/AUS", "AUS/state", "PNG/state"}, nil, false, false},
	{"marles apposition", "Defence Minister Richard Marles, who is also deputy prime minister, said the first AUKUS submarine would arrive in the early 2030s.", []string{"richard-marles/person/AUS", "aukus"}, nil, false, false},
	{"wong said apposition", "\"We will not be coerced,\" said Wong, Australia's foreign minister, after talks with her Chinese counterpart.", []string{"penny-wong/person/AUS"}, []string{"lawrence-wong"}, false, false},
	{"rba hold", "The Reserve Bank of Australia kept its cash rate at 3.6% on Tuesday, citing sticky inflation.", []string{"aus-central-bank"}, nil, false, false},
	{"bullock rba", "RBA Governor Michele Bullock said the board was prepared to act if unemployment rose.", []string{"michele-bullock/person/AUS", "aus-central-bank"}, nil, false, false},
	{"marape no confidence", "Papua New Guinea Prime Minister James Marape survived a no-confidence vote in parliament on Wednesday.", []string{"james-marape/person/PNG"}, nil, false, false},
	{"rabuka pacific", "Fijian Prime Minister Sitiveni Rabuka said the Pacific must remain an ocean of peace.", []string{"sitiveni-rabuka/person/FJI"}, nil, false, false},
	{"manele policing", "Solomon Islands Prime Minister Jeremiah Manele said his government would review its policing deal with China.", []string{"jeremiah-manele/person/SLB", "CHN/state"}, []string{"david-solomon"}, false, false},
	{"gusmao asean", "Timor-Leste's Prime Minister Xanana Gusmao welcomed the country's formal entry into ASEAN at the summit in Kuala Lumpur.", []string{"xanana-gusmao/person/TLS", "asean"}, []string{"MYS/state"}, false, false},
	{"pif honiara", "Leaders at the Pacific Islands Forum in Honiara agreed to a regional policing initiative.", []string{"pacific-islands-forum"}, []string{"SLB/state", "honiara/person"}, false, false},
	{"sydney storms none", "SYDNEY, Nov 14 (Reuters) - Heavy storms cut power to more than 100,000 homes across Sydney's western suburbs on Friday.", nil, nil, true, false},
	{"canberra agent", "Canberra has expressed concern to Beijing about a Chinese naval task group sailing off the east coast.", []string{"AUS/state", "CHN/state"}, nil, false, false},
	{"asx miners", "Australian shares fell 1.2% as miners BHP and Rio Tinto dragged on the benchmark index.", []string{"bhp", "rio-tinto"}, []string{"AUS/state"}, false, false},
	{"qantas fine", "Qantas was ordered to pay A$90 million for illegally sacking more than 1,800 ground workers.", []string{"qantas"}, nil, false, false},
	{"commonwealth bank trap", "Commonwealth Bank of Australia reported a record cash profit of A$10.2 billion.", nil, []string{"AUS/state"}, false, false},
	{"luxon wellington", "New Zealand Prime Minister Christopher Luxon said Wellington would take part in talks on the second pillar of AUKUS.", []string{"christopher-luxon/person/NZL", "NZL/state", "aukus"}, nil, false, false},
	{"bougainville port moresby", "Bougainville's leaders pressed Port Moresby to ratify the result of the 2019 independence referendum.", []string{"PNG/state"}, nil, false, false},
	{"afp melbourne", "The Australian Federal Police charged a 19-year-old Melbourne man with preparing a terrorist act.", []string{"aus-police"}, []string{"melbourne/person"}, false, false},
	{"asio spies", "ASIO chief Mike Burgess said foreign spies had targeted Australian defence workers.", []string{"aus-intelligence"}, nil, false, false},
	{"vanuatu deal", "Vanuatu's government signed a A$500 million security and economic deal with Australia.", []string{"VUT/state", "AUS/state"}, nil, false, false},
	{"port vila none", "A magnitude 7.3 earthquake struck off the coast near Port Vila, damaging buildings and a bridge.", nil, nil, true, false},
	{"ramos-horta sunrise", "President Jose Ramos-Horta said Timor-Leste would keep pursuing its claim to the Greater Sunrise gas fields.", []string{"jose-ramos-horta/person/TLS", "TLS/state"}, nil, false, false},
	{"perth prices none", "Home prices in Perth rose 1.1% in October, the fastest pace among the capitals, data showed.", nil, nil, true, false},
	{"queensland cyclone none", "Tropical Cyclone Alfred forced the closure of hundreds of schools in southeast Queensland.", nil, nil, true, false},
	// South Asia.
	{"jaishankar said apposition", "The two sides must respect each other's core interests, said Jaishankar, India's foreign minister, after meeting Wang Yi in Beijing.", []string{"s-jaishankar/person/IND", "wang-yi/person/CHN"}, nil, false, false},
	{"modi bjp dateline", "NEW DELHI, Nov 14 (Reuters) - Prime Minister Narendra Modi's Bharatiya Janata Party won a clear majority in the Bihar state election.", []string{"narendra-modi/person/IND", "bjp"}, []string{"bihar/person"}, false, false},
	{"shehbaz riyadh", "Pakistan's Prime Minister Shehbaz Sharif, who returned from Riyadh on Thursday, said the defence pact with Saudi Arabia was not aimed at any country.", []string{"shehbaz-sharif/person/PAK", "SAU/state"}, nil, false, false},
	{"asim munir apposition", "Field Marshal Asim Munir, Pakistan's army chief, was named the country's first Chief of Defence Forces.", []string{"asim-munir/person/PAK"}, nil, false, false},
	{"raw bracket", "Islamabad accused India's Research and Analysis Wing (RAW) of funding militants in Balochistan.", []string{"PAK/state", "ind-intelligence"}, []string{"balochistan/person"}, false, false},
	{"isi bracket", "Pakistan's Inter-Services Intelligence (ISI) denied any role in the attack.", []string{"pak-intelligence"}, nil, false, false},
	{"yunus apposition", "Muhammad Yunus, head of Bangladesh's interim government, said elections would be held in February.", []string{"muhammad-yunus/person/BGD"}, nil, false, false},
	{"awami league ban", "Bangladesh's interim government banned all activities of the Awami League under the anti-terrorism law.", []string{"BGD/state", "awami-league"}, nil, false, false},
	{"bnp trap", "The Bangladesh Nationalist Party (BNP) said it would contest all 300 seats.", nil, []string{"bnp-paribas"}, false, false},
	{"hasina dhaka court", "A Dhaka court sentenced former prime minister Sheikh Hasina to death in absentia.", []string{"sheikh-hasina/person/BGD"}, []string{"dhaka/person"}, false, false},
	{"rbi malhotra", "The Reserve Bank of India cut its repo rate by 25 basis points to 5.5%, Governor Sanjay Malhotra said.", []string{"ind-central-bank", "sanjay-malhotra/person/IND"}, nil, false, false},
	{"state bank pakistan", "The State Bank of Pakistan held its policy rate at 11% for a third straight meeting.", []string{"pak-central-bank"}, nil, false, false},
	{"sbi trap", "State Bank of India's quarterly profit rose 10%, beating analysts' estimates.", nil, []string{"IND/state"}, false, false},
	{"air india ahmedabad", "Air India said it would cooperate fully with investigators after the crash in Ahmedabad.", []string{"air-india"}, []string{"IND/state", "ahmedabad/person"}, false, false},
	{"ishaq dar kabul", "Pakistani Foreign Minister Ishaq Dar met his Afghan counterpart in Kabul to ease border tensions.", []string{"muhammad-ishaq-dar/person/PAK"}, nil, false, false},
	{"ttp waziristan", "Militants of the Pakistani Taliban (TTP) killed 11 soldiers in an ambush in North Waziristan, the military's media wing said.", []string{"ttp"}, []string{"north-waziristan/person"}, false, false},
	{"bla quetta", "The Baloch Liberation Army claimed the attack on a passenger train near Quetta.", []string{"baloch-liberation-army"}, []string{"quetta/person"}, false, false},
	{"dissanayake imf", "Sri Lankan President Anura Kumara Dissanayake asked the IMF for more time after the cyclone.", []string{"anura-kumara-dissanayake/person/LKA", "imf"}, nil, false, false},
	{"karki elections", "Nepal's interim prime minister Sushila Karki set parliamentary elections for March 5.", []string{"sushila-karki/person/NPL"}, nil, false, false},
	{"srinagar highway none", "Heavy snowfall cut off the Srinagar-Jammu highway, stranding hundreds of trucks.", nil, nil, true, false},
	{"islamabad bomb place", "A suicide bomber blew himself up outside a court in Islamabad, killing 12 people.", nil, []string{"PAK/state"}, false, false},
	{"india supreme court", "India's Supreme Court ordered authorities to remove stray dogs from public places in Delhi.", []string{"ind-supreme-court"}, nil, false, false},
	{"adani charged", "Adani Group shares fell after prosecutors charged Gautam Adani with bribery.", []string{"adani-group", "gautam-adani/person/IND"}, nil, false, false},
	{"shehbaz given name", "Prime Minister Shehbaz said the 27th amendment would strengthen the federation.", []string{"shehbaz-sharif/person/PAK"}, nil, false, false},
	{"modi who patna", "Modi, who spoke at a rally in Patna, said the opposition had insulted Bihar's voters.", []string{"narendra-modi/person/IND"}, []string{"patna/person"}, false, false},
	{"ditwah none", "Cyclone Ditwah made landfall near Trincomalee, killing at least 150 people.", nil, nil, true, false},
	{"rupee none", "The rupee weakened past 89 to the dollar for the first time.", nil, nil, true, false},
	{"test cricket none", "The hosts reached 310 for four at stumps on the opening day of the second Test.", nil, nil, true, false},
	// Africa.
	{"ruto who dateline", "NAIROBI, Nov 14 (Reuters) - Kenyan President William Ruto, who faces mounting criticism over police killings, said protesters who attack police stations should be shot in the leg.", []string{"william-ruto/person/KEN"}, nil, false, false},
	{"ruto lone haiti", "Ruto said Kenya would send more police officers to Haiti.", []string{"william-ruto/person/KEN", "KEN/state"}, nil, false, false},
	{"tinubu kebbi", "Nigerian President Bola Tinubu declared a security emergency after gunmen abducted 25 schoolgirls in Kebbi state.", []string{"bola-tinubu/person/NGA"}, []string{"kebbi/person"}, false, false},
	{"tinubu trump", "Tinubu rejected Trump's claim that Christians were being persecuted in Nigeria.", []string{"bola-tinubu/person/NGA", "donald-trump/person/USA"}, nil, false, false},
	{"ramaphosa who washington", "South Africa will host the G20 leaders, said Ramaphosa, who has clashed with Washington over land reform.", []string{"cyril-ramaphosa/person/ZAF", "ZAF/state", "USA/state"}, nil, false, false},
	{"au madagascar", "The African Union suspended Madagascar after the military seized power.", []string{"african-union", "MDG/state"}, nil, false, false},
	{"ecowas abuja", "ECOWAS leaders met in Abuja to discuss the withdrawal of Mali, Burkina Faso and Niger.", []string{"ecowas", "MLI/state", "BFA/state", "NER/state"}, []string{"NGA/state"}, false, false},
	{"m23 rwanda doha", "The M23 rebels, backed by Rwanda, said they would withdraw from Uvira as part of the Doha framework.", []string{"m23", "RWA/state"}, []string{"QAT/state"}, false, false},
	{"tshisekedi kagame", "Congolese President Felix Tshisekedi and Rwandan President Paul Kagame signed the accord in Washington.", []string{"felix-tshisekedi/person/COD", "paul-kagame/person/RWA"}, []string{"USA/state"}, false, false},
	{"rsf committee", "The RSF said it had set up a committee to investigate abuses in El Fasher.", []string{"rsf"}, nil, false, false},
	{"burhan quad", "Sudan's army chief Abdel Fattah al-Burhan rejected the truce proposal.", []string{"abdel-fattah-al-burhan/person/SDN"}, nil, false, false},
	{"al-shabaab base", "Al-Shabaab fighters attacked a military base in Somalia's Lower Shabelle region, killing at least nine soldiers.", []string{"al-shabaab"}, []string{"lower-shabelle/person"}, false, false},
	{"abiy gerd", "Ethiopian Prime Minister Abiy Ahmed inaugurated the Grand Ethiopian Renaissance Dam, which Egypt says threatens its water supply.", []string{"abiy-ahmed/person/ETH", "EGY/state"}, nil, false, false},
	{"sarb cut", "The South African Reserve Bank cut its main lending rate to 6.75%.", []string{"zaf-central-bank"}, nil, false, false},
	{"johannesburg stocks none", "Johannesburg stocks rose 1.5%, led by gold miners.", nil, nil, true, false},
	{"mtn nigerian unit", "MTN Group said its Nigerian unit returned to profit as the naira stabilised.", []string{"mtn-group-limited"}, []string{"NGA/state"}, false, false},
	{"lagos queues none", "LAGOS, Nov 14 (Reuters) - Fuel queues returned to petrol stations across Lagos on Friday as a strike by tanker drivers entered its third day.", nil, nil, true, false},
	{"efcc governor", "Nigeria's Economic and Financial Crimes Commission arrested a former governor over the alleged diversion of 80 billion naira.", []string{"nga-efcc"}, nil, false, false},
	// known: "fuel supplies to Bamako" is read as supplying Bamako (recipientCapital), so Mali
	{"jnim bamako", "JNIM fighters have blockaded fuel supplies to Bamako for two months, the United Nations said.", []string{"jnim", "united-nations"}, []string{"MLI/state"}, false, true},
	{"mnangagwa 2030", "Zimbabwe's President Emmerson Mnangagwa, 83, wants his term extended to 2030.", []string{"emmerson-mnangagwa/person/ZWE"}, nil, false, false},
	{"samia winner", "Tanzanian President Samia Suluhu Hassan was declared the winner with 98% of the vote.", []string{"samia-suluhu/person/TZA"}, nil, false, false},
	// known: "replaced the Wagner Group in Mali" gives Mali: a state's name is an actor where a capital would be a place
	{"africa corps mali", "Russia's Africa Corps has replaced the Wagner Group in Mali, diplomats said.", []string{"africa-corps"}, []string{"MLI/state"}, false, true},
	{"boko haram borno", "Boko Haram militants killed 63 people in an attack on Darul Jamal in Borno state.", []string{"boko-haram"}, []string{"borno/person", "darul-jamal/person"}, false, false},
	{"kenya police protests", "Kenya's police said 16 people were killed during the anniversary protests.", []string{"ken-police"}, nil, false, false},
	{"iswap bracket", "Islamic State West Africa Province (ISWAP) claimed the attack on the army post.", []string{"iswap"}, nil, false, false},
	{"nairobi floods none", "NAIROBI, Nov 14 (Reuters) - Floods swept away a bridge on the highway linking Nairobi and Mombasa, cutting traffic for hours.", nil, nil, true, false},
	// known: "Mr. Njoroge" is a person (the first grid counts "Mr. Okafor" so: the row asks more than the convention)
	{"naivasha farmer none", "Mr. Njoroge, a tomato farmer in Naivasha, said transport costs had doubled since January.", nil, nil, true, true},
	{"south sudan kiir", "South Sudan's President Salva Kiir sacked his vice president for the second time this year.", []string{"salva-kiir-mayardit/person/SSD"}, []string{"SDN/state"}, false, false},
	{"guinea-bissau coup", "Soldiers in Guinea-Bissau seized power a day before election results were due.", nil, []string{"GIN/state", "PNG/state"}, false, false},
	// Latin America.
	{"lula cop30 dateline", "BELEM, Brazil, Nov 14 (Reuters) - President Luiz Inacio Lula da Silva urged rich nations to deliver on climate finance at the COP30 summit.", []string{"luiz-inacio-lula-da-silva/person/BRA"}, nil, false, false},
	{"lula who", "Lula, who turned 80 last month, said he would run for a fourth term in 2026.", []string{"luiz-inacio-lula-da-silva/person/BRA"}, nil, false, false},
	{"milei midterms", "Argentine President Javier Milei's party won the midterm elections with nearly 41% of the vote.", []string{"javier-milei/person/ARG"}, nil, false, false},
	{"caputo imf", "Economy Minister Luis Caputo said Argentina would buy dollars to rebuild reserves, a key demand of the IMF.", []string{"luis-caputo/person/ARG", "ARG/state", "imf"}, nil, false, false},
	{"sheinbaum soil", "Mexican President Claudia Sheinbaum said she would not accept U.S. military action on Mexican soil.", []string{"claudia-sheinbaum/person/MEX"}, nil, false, false},
	{"banxico cut", "Mexico's central bank cut its key interest rate to 7.25%, its 11th straight reduction.", []string{"mex-central-bank"}, nil, false, false},
	{"maduro caribbean", "Venezuela's Nicolas Maduro said U.S. strikes on boats in the Caribbean were a pretext for regime change.", []string{"nicolas-maduro/person/VEN"}, nil, false, false},
	{"caracas carrier", "Caracas denounced the deployment of the USS Gerald R. Ford aircraft carrier as a threat to the region.", []string{"VEN/state"}, []string{"gerald-ford/person"}, false, false},
	{"petro whom washington", "Colombian President Gustavo Petro, whom Washington sanctioned last month, called Trump a barbarian.", []string{"gustavo-petro/person/COL", "USA/state", "donald-trump/person/USA"}, nil, false, false},
	{"bukele deportees", "Salvadoran President Nayib Bukele offered to take more deportees from the United States.", []string{"nayib-bukele/person/SLV"}, nil, false, false},
	{"bolsonaro sentence", "Former president Jair Bolsonaro began serving a 27-year sentence for plotting a coup, Brazil's Supreme Court said.", []string{"jair-bolsonaro/person/BRA", "bra-supreme-court"}, nil, false, false},
	{"petrobras diesel", "Petrobras said it would raise diesel prices by 6% from Saturday.", []string{"petrobras"}, nil, false, false},
	{"pemex debt", "Pemex's debt fell to $99 billion after a government capital injection.", []string{"pemex"}, nil, false, false},
	{"brazil central bank", "Brazil's central bank held the Selic rate at 15% for a third straight meeting.", []string{"bra-central-bank"}, nil, false, false},
	{"noboa bases", "Ecuadorean voters rejected President Daniel Noboa's proposal to allow foreign military bases.", []string{"daniel-noboa/person/ECU"}, nil, false, false},
	{"boric kast", "Chilean President Gabriel Boric congratulated Jose Antonio Kast on his victory in the runoff.", []string{"gabriel-boric/person/CHL", "jose-antonio-kast/person/CHL"}, nil, false, false},
	{"sinaloa culiacan", "Mexican authorities arrested a leader of the Sinaloa Cartel in Culiacan.", []string{"sinaloa-cartel"}, []string{"culiacan/person"}, false, false},
	{"eln catatumbo", "ELN guerrillas attacked a military base in the Catatumbo region, Colombia's army said.", []string{"eln"}, nil, false, false},
	{"buenos aires march", "BUENOS AIRES, Nov 14 (Reuters) - Thousands of retirees marched in Buenos Aires on Wednesday demanding higher pensions.", nil, []string{"ARG/state"}, false, false},
	{"sao paulo rain none", "Heavy rains flooded parts of Sao Paulo, killing four people.", nil, nil, true, false},
	{"mercosur eu", "Mercosur and the European Union signed their long-delayed trade agreement.", []string{"mercosur", "european-union"}, nil, false, false},
	{"boluarte removed", "Peru's Congress removed President Dina Boluarte from office in a late-night vote.", []string{"dina-boluarte/person/PER"}, nil, false, false},
	{"bank of america peso", "Bank of America raised its forecast for the Mexican peso.", []string{"bank-of-america"}, []string{"USA/state", "MEX/state"}, false, false},
	{"iztapalapa none", "A gas tanker exploded on a highway in Mexico City's Iztapalapa district, killing 31 people.", nil, nil, true, false},
	{"peso none", "The Argentine peso slid 2% in the official market on Monday.", nil, nil, true, false},
	{"gulf of mexico trap", "Oil companies restarted production at their platforms in the Gulf of Mexico after the hurricane.", nil, []string{"MEX/state"}, false, false},
	// Central Asia and the Caucasus.
	{"tokayev dateline", "ASTANA, Nov 14 (Reuters) - Kazakh President Kassym-Jomart Tokayev said Kazakhstan would join the Abraham Accords.", []string{"kassym-jomart-tokayev/person/KAZ", "KAZ/state"}, nil, false, false},
	{"mirziyoyev tashkent", "Uzbek President Shavkat Mirziyoyev hosted the leaders of the five Central Asian states in Tashkent.", []string{"shavkat-mirziyayev/person/UZB"}, []string{"tashkent/person"}, false, false},
	{"aliyev pashinyan", "Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan initialled a peace deal at the White House.", []string{"ilham-aliyev/person/AZE", "nikol-pashinyan/person/ARM"}, nil, false, false},
	{"trump route trap", "The Trump Route for International Peace and Prosperity will cross Armenia's Syunik province.", nil, []string{"donald-trump"}, false, false},
	{"kobakhidze eu", "Georgian Prime Minister Irakli Kobakhidze accused the EU of backing the protesters in Tbilisi.", []string{"irakli-kobakhidze/person/GEO", "european-union"}, nil, false, false},
	{"georgian dream", "Georgian Dream, the ruling party, moved to ban the main opposition parties.", []string{"georgian-dream"}, nil, false, false},
	{"japarov law", "Kyrgyz President Sadyr Japarov signed a law on foreign representatives.", []string{"sadyr-japarov/person/KGZ"}, nil, false, false},
	{"rahmon putin", "Tajik President Emomali Rahmon met Putin in Dushanbe.", []string{"emomali-rahmonov/person/TJK", "vladimir-putin/person/RUS"}, nil, false, false},
	{"baku dateline", "BAKU, Nov 14 (Reuters) - Azerbaijan said it had lifted restrictions on cargo transit to Armenia.", []string{"AZE/state"}, nil, false, false},
	{"csto frozen", "Armenia has frozen its participation in the Russia-led CSTO, Pashinyan said.", []string{"ARM/state", "csto", "nikol-pashinyan/person/ARM"}, nil, false, false},
	{"tbilisi rally", "Thousands of people rallied on Rustaveli Avenue in Tbilisi for the 300th consecutive night.", nil, []string{"GEO/state"}, false, false},
	{"astana talks place", "The talks in Astana ended without a joint statement.", nil, []string{"KAZ/state"}, false, false},
	// known: the gazetteer's kaz-central-bank is given, not the state the row asked for
	{"kazakhstan central bank", "Kazakhstan's central bank raised its base rate to 18%.", []string{"KAZ/state"}, nil, false, true},
	{"almaty cold none", "Temperatures in Almaty dropped to minus 20 degrees Celsius overnight.", nil, nil, true, false},
	// Business and markets.
	{"powell december", "Federal Reserve Chair Jerome Powell said a December rate cut was not a foregone conclusion.", []string{"jerome-powell/person/USA", "usa-central-bank"}, nil, false, false},
	{"ueda boj", "Bank of Japan Governor Kazuo Ueda signalled a rate hike could come as soon as December.", []string{"kazuo-ueda/person/JPN", "jpn-central-bank"}, nil, false, false},
	{"lagarde ecb", "ECB President Christine Lagarde said inflation was close to the 2% target.", []string{"ecb", "christine-lagarde"}, nil, false, false},
	{"bank of china trap", "Bank of China reported a 3% drop in quarterly net profit.", []string{"bank-of-china"}, []string{"CHN/state"}, false, false},
	{"aramco trap", "Saudi Aramco cut its official selling price for Asian buyers.", []string{"saudi-aramco"}, []string{"SAU/state"}, false, false},
	{"nab trap", "National Australia Bank said mortgage arrears were rising.", nil, []string{"AUS/state"}, false, false},
	{"air new zealand trap", "Air New Zealand cut its profit guidance because of engine problems.", nil, []string{"NZL/state"}, false, false},
	{"opec plus pause", "OPEC+ agreed to pause output increases in the first quarter of 2026.", []string{"opec-plus"}, nil, false, false},
	{"imf nigeria", "The IMF said Nigeria's economy would grow 3.9% this year.", []string{"imf"}, nil, false, false},
	{"nifty none", "Indian shares ended higher on Friday, with the Nifty 50 index gaining 0.4%.", nil, nil, true, false},
	// known: "Russian crude" gives Russia, as "Chinese steel" and "Iranian oil tankers" do in the first grid
	{"reliance russian crude", "Reliance Industries, controlled by billionaire Mukesh Ambani, will stop importing Russian crude.", []string{"reliance-industries", "mukesh-ambani/person/IND"}, []string{"RUS/state"}, false, true},
	{"tata motors jlr", "Tata Motors shares fell after its British unit halted production following a cyberattack.", []string{"tata-motors"}, []string{"GBR/state"}, false, false},
	{"world bank kenya", "The World Bank approved a $1.5 billion loan to Kenya to support its budget.", []string{"world-bank", "KEN/state"}, nil, false, false},
	{"gold record none", "Gold prices climbed to a record above $4,300 an ounce on Friday.", nil, nil, true, false},
	{"brent none", "Brent crude futures fell 1% to $62.50 a barrel in early Asian trade.", nil, nil, true, false},
	{"index close none", "The benchmark index closed 0.7% lower, with financial stocks leading the decline.", nil, nil, true, false},
	{"indian ocean tanker", "A tanker caught fire in the Indian Ocean off Sri Lanka's southern coast.", nil, []string{"IND/state"}, false, false},
	{"papua province trap", "Separatist rebels in Indonesia's Papua province shot dead two construction workers.", nil, []string{"PNG/state"}, false, false},
	// Second batch, written after the first rules (traps for them and more
	// of every desk), annotated before its first run.
	{"b2 japanese stocks none", "Japanese stocks rallied to a record as exporters gained on a weaker yen.", nil, nil, true, false},
	{"b2 korean shares none", "South Korean shares snapped a three-day losing streak on Thursday.", nil, []string{"KOR/state"}, false, false},
	{"b2 china shares verb", "China shares Pakistan's concerns about militants operating from Afghanistan, the ministry said.", []string{"CHN/state"}, nil, false, false},
	{"b2 its indonesian unit", "Grab said its Indonesian unit would cut 300 jobs.", nil, []string{"IDN/state"}, false, false},
	{"b2 ukrainian unit", "A Ukrainian unit recaptured the village after two days of fighting.", []string{"UKR/state"}, nil, false, false},
	{"b2 minsk agreements", "Critics say the peace plan repeats the mistakes of the Minsk agreements.", nil, []string{"BLR/state"}, false, false},
	{"b2 moscow agreed", "Moscow agreed to a prisoner swap mediated by the United Arab Emirates.", []string{"RUS/state", "ARE/state"}, nil, false, false},
	{"b2 outside court moscow", "Supporters gathered outside a court in Moscow where the journalist was on trial.", nil, []string{"RUS/state"}, false, false},
	{"b2 court in moscow", "A court in Moscow sentenced the journalist to six years in prison.", []string{"RUS/state"}, nil, false, false},
	{"b2 rail linking", "The new rail line linking Jakarta and Bandung carried 6 million passengers last year.", nil, []string{"IDN/state"}, false, false},
	{"b2 talks canberra beijing", "Talks between Canberra and Beijing on the trade dispute resumed on Monday.", []string{"AUS/state", "CHN/state"}, nil, false, false},
	{"b2 marles lone", "Marles told parliament the defence strategy would be released next year.", []string{"richard-marles/person/AUS"}, nil, false, false},
	{"b2 png defence force", "The PNG Defence Force deployed troops to Enga province after deadly tribal clashes.", []string{"png-armed-forces"}, []string{"enga/person"}, false, false},
	{"b2 jaishankar lone", "Jaishankar said India would not accept third-party mediation on Kashmir.", []string{"s-jaishankar/person/IND", "IND/state"}, nil, false, false},
	{"b2 dar said apposition", "\"We want peace with all our neighbours,\" said Ishaq Dar, Pakistan's deputy prime minister and foreign minister.", []string{"muhammad-ishaq-dar/person/PAK"}, nil, false, false},
	{"b2 ispr", "The Inter-Services Public Relations (ISPR) said 23 militants were killed in the operation.", []string{"pak-ispr"}, nil, false, false},
	{"b2 rab", "Bangladesh's Rapid Action Battalion arrested three suspects over the killing.", []string{"bgd-rab"}, nil, false, false},
	// known: "died in India" gives India: a state's name is an actor where a capital would be a place (the convention "in Mali" follows too)
	{"b2 odinga", "Raila Odinga, the veteran Kenyan opposition leader, died in India at the age of 80.", []string{"raila-odinga/person/KEN"}, []string{"IND/state"}, false, true},
	{"b2 sheinbaum extradited", "Sheinbaum said Mexico had sent 26 cartel figures to the United States.", []string{"claudia-sheinbaum/person/MEX", "MEX/state", "USA/state"}, nil, false, false},
	{"b2 milei who", "Milei, who took office in December 2023, has cut monthly inflation to about 2%.", []string{"javier-milei/person/ARG"}, nil, false, false},
	{"b2 maduro militia", "Maduro ordered the mobilisation of millions of militia members.", []string{"nicolas-maduro/person/VEN"}, nil, false, false},
	{"b2 lula trump kl", "Lula and Trump met in Kuala Lumpur on the sidelines of the ASEAN summit.", []string{"luiz-inacio-lula-da-silva/person/BRA", "donald-trump/person/USA", "asean"}, []string{"MYS/state"}, false, false},
	{"b2 aliyev baku", "Aliyev said Baku would not sign the treaty until Armenia changed its constitution.", []string{"ilham-aliyev/person/AZE", "AZE/state", "ARM/state"}, nil, false, false},
	{"b2 pashinyan who", "Pashinyan, who faces a parliamentary election in June, said the peace deal was irreversible.", []string{"nikol-pashinyan/person/ARM"}, nil, false, false},
	{"b2 rba lone", "The RBA left its cash rate unchanged for a second meeting.", []string{"aus-central-bank"}, nil, false, false},
	{"b2 bondi none", "SYDNEY, Nov 14 (Reuters) - Lifeguards closed Bondi Beach after a shark was sighted near the shore.", nil, nil, true, false},
	{"b2 mexico city quake none", "MEXICO CITY, Nov 14 (Reuters) - A magnitude 5.8 earthquake shook Mexico City on Friday, but no damage was reported.", nil, nil, true, false},
	{"b2 monsoon none", "Monsoon rains triggered landslides that blocked the main road to the hill town for three days.", nil, nil, true, false},
	{"b2 japan airlines trap", "Japan Airlines will add a daily flight to Bengaluru from March.", nil, []string{"JPN/state", "IND/state"}, false, false},
	{"b2 korea zinc trap", "Korea Zinc shares surged after the company announced a U.S. smelter project.", nil, []string{"KOR/state"}, false, false},
	{"b2 bank of korea", "The Bank of Korea held its benchmark rate at 2.5% for a third straight meeting.", []string{"kor-central-bank"}, []string{"KOR/state"}, false, false},
	{"b2 dateline astana none", "ASTANA, Nov 14 (Reuters) - Temperatures fell to minus 30 degrees, closing schools across the city.", nil, nil, true, false},
	// Third batch, more traps for the rules and more of every desk,
	// annotated before its first run.
	{"b3 its mexican subsidiary", "Walmart said its Mexican subsidiary would invest $6 billion over three years.", nil, []string{"MEX/state"}, false, false},
	{"b3 brazilian shares", "Brazilian shares hit a record high on Thursday.", nil, []string{"BRA/state"}, false, false},
	{"b3 egyptian stocks imf", "Egyptian stocks rose 2% after the IMF approved the next loan tranche.", []string{"imf"}, []string{"EGY/state"}, false, false},
	{"b3 astana format", "Diplomats said the Astana format on Syria had run its course.", nil, []string{"KAZ/state"}, false, false},
	{"b3 outside embassy dhaka", "Protesters gathered outside the Indian embassy in Dhaka on Friday.", nil, []string{"BGD/state"}, false, false},
	{"b3 pakistan steel", "Pakistan Steel has been shut since 2015 and loses billions of rupees a year.", nil, []string{"PAK/state"}, false, false},
	{"b3 ferry connecting", "A new ferry connecting Manila and Cebu began service on Monday.", nil, []string{"PHL/state"}, false, false},
	{"b3 ruto who forum", "\"Kenya is open for business,\" said Ruto, who was speaking at an investment forum.", []string{"william-ruto/person/KEN"}, nil, false, false},
	{"b3 tinubu who", "Tinubu, who took office in 2023, removed the fuel subsidy on his first day.", []string{"bola-tinubu/person/NGA"}, nil, false, false},
	{"b3 yunus lone", "Yunus said the reform charter would be put to a referendum on election day.", []string{"muhammad-yunus/person/BGD"}, nil, false, false},
	{"b3 petro washington", "Petro said Colombia would suspend intelligence sharing with Washington.", []string{"gustavo-petro/person/COL", "COL/state", "USA/state"}, nil, false, false},
	{"b3 bukele who", "Bukele, who won re-election in 2024, has jailed more than 80,000 people under a state of emergency.", []string{"nayib-bukele/person/SLV"}, nil, false, false},
	{"b3 marape canberra", "Marape said the defence treaty would be signed in Canberra next month.", []string{"james-marape/person/PNG"}, []string{"AUS/state"}, false, false},
	{"b3 rabuka who", "Rabuka, who led two coups in 1987, apologised to the Indo-Fijian community.", []string{"sitiveni-rabuka/person/FJI"}, nil, false, false},
	{"b3 wong singapore apposition", "Wong, Singapore's prime minister, said the city-state would not take sides.", []string{"lawrence-wong/person/SGP"}, []string{"penny-wong"}, false, false},
	{"b3 aliyev who", "Aliyev, who has ruled Azerbaijan since 2003, hosted the COP29 climate talks.", []string{"ilham-aliyev/person/AZE"}, nil, false, false},
	{"b3 kiribati", "Kiribati's government signed a policing agreement with China, angering Canberra.", []string{"KIR/state", "CHN/state", "AUS/state"}, nil, false, false},
	{"b3 brisbane rain none", "Rain washed out the final day of the Test in Brisbane.", nil, nil, true, false},
	{"b3 oil prices none", "Oil prices rose 2% on Monday on worries about supply disruptions.", nil, nil, true, false},
	{"b3 dhaka fire none", "DHAKA, Nov 14 (Reuters) - A fire at a garment factory on the outskirts of Dhaka killed 16 workers.", nil, nil, true, false},
	{"b3 mumbai trains none", "Mumbai's suburban trains were suspended after record rainfall.", nil, nil, true, false},
	{"b3 kenya airways", "Kenya Airways said it would resume flights to Mogadishu next week.", []string{"kenya-airways"}, []string{"KEN/state", "SOM/state"}, false, false},
	// Fourth batch, traps for the diaspora rule written after it and
	// annotated before their first run.
	{"b4 chinese-malaysian businessman", "A Chinese-Malaysian businessman was charged with money laundering in Kuala Lumpur.", nil, nil, true, false},
	{"b4 indo-guyanese descent", "The new finance minister is of Indo-Guyanese descent.", nil, nil, true, false},
	{"b4 sino-japanese talks", "Sino-Japanese talks on seafood imports resumed in Beijing.", []string{"CHN/state", "JPN/state"}, nil, false, false},
	{"b4 korean-american voters", "Korean-American voters helped flip the district.", nil, []string{"KOR/state", "USA/state"}, false, false},
	{"b4 indian-origin community", "Leaders of the Pakistani-British community condemned the attack.", nil, []string{"PAK/state", "GBR/state"}, false, false},
	// Fifth batch, for the "Reserve Bank" and "Security Council" body
	// forms, written after them and annotated before their first run.
	{"b5 reserve bank of zimbabwe", "The Reserve Bank of Zimbabwe said the ZiG currency had stabilised.", []string{"zwe-central-bank"}, nil, false, false},
	{"b5 fiji's reserve bank", "Fiji's Reserve Bank raised its growth forecast for 2026.", []string{"fji-central-bank"}, nil, false, false},
	{"b5 kazakhstan security council", "Kazakhstan's Security Council approved a new military doctrine.", []string{"kaz-nsc"}, []string{"security-council", "un-security-council"}, false, false},
	{"b5 un security council plain", "The Security Council extended the mandate of the peacekeeping mission in South Sudan.", []string{"un-security-council"}, nil, false, false},
	{"b5 reserve bank lower none", "The reserve bank's decision surprised most economists.", nil, nil, true, false},
	{"b5 rbi acronym", "The RBI also cut the cash reserve ratio by 100 basis points.", []string{"ind-central-bank"}, nil, false, false},
}
