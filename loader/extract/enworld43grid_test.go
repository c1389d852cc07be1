package extract

import "testing"

// enWorld43Rows are English present-day (2022-2026) wire sentences composed
// for the English state bodies and officials grid 43 of issue #12 (never
// copied from a data set) and annotated before the extractor ran on them.
// The class: Reuters/AP/AFP-style sentences whose actors are the named
// state bodies of the G20 states and Indonesia's neighbours (Malaysia,
// Singapore, the Philippines, Thailand, Vietnam, Australia, Timor-Leste,
// Papua New Guinea) — ministries, central banks, armed forces and their
// branches, courts, legislatures, regulators, intelligence agencies, police
// forces, election commissions — and the officials who lead them, named
// with a title, in an apposition and on a later mention by surname; a body
// named without its state where the sentence gives it; capitals standing
// for governments ("Beijing said", "Canberra protested") beside capitals
// as places ("in New Delhi"); thirteen rows name no actor.
//
// Each wanted actor is "id", "id/kind" or "id/kind/country" (wantProblems);
// states by ISO3, a person or body the gazetteer holds by its id, a body of
// a state it lacks by the generic "<iso3>-<type>" id of lang/en.json
// "bodies", any other by the slug of the name as written. As in
// enNews42Rows a state named in a title or by a demonym is an actor beside
// the person, a body in a title ("Bank of Japan Governor") is an actor, a
// state's body named by its state ("Japan's Defense Ministry") is the body
// alone, and a capital is its state where it acts and nothing where it is a
// place.
//
// First run: 119 of 150. One annotation was then corrected before any
// rule, to the body-context convention of bodyCtx42Rows ("Warjiyo told
// reporters the central bank would …": a body named without its state in
// a sentence about one of its people is that state's body,
// idn-central-bank). Before the rules: 120 of 150 (30 known); after: 125
// of 150 (25 known). Batch 2: 13 of 18 on the base, 16 of 18 with the
// rules as annotated; one plain annotation error was then corrected to the
// same convention ("Rajnath Singh, India's defence minister, said the
// armed forces …": ind-armed-forces), 17 of 18.
//
// Known failures by class: an event coded with a body's state lists the
// state as an actor with no mention of its own (15: the events phase's
// policy, left alone as in grids 41 and 42); an office's title whose word
// is no generic body name ("Treasury Secretary", "Home Secretary",
// "Defense Secretary": 3); a bare "the House" (2); a capital read as its
// government after a group's noun ("lawmakers in Seoul") or before a
// landmark ("Beijing's Forbidden City"); a lone "Wong" (Penny or
// Lawrence); bodies the gazetteer lacks ("Ofcom", Japan's "Joint Staff");
// a bare "Senate" whose state only another body's name gives.
var enWorld43Rows = []wantRow{
	{"m jpn defense ministry chinese ships", "Japan's Defense Ministry said two Chinese warships had sailed through the Miyako Strait on Tuesday.", "jpn-defense-ministry CHN", false},
	{"m jpn defense minister nakatani", "Japanese Defense Minister Gen Nakatani said Tokyo would raise the matter with Beijing.", "gen-nakatani/person/JPN JPN CHN", false},
	{"m us treasury sanctions", "The U.S. Treasury imposed sanctions on three firms accused of supplying drone parts to Iran.", "usa-treasury IRN", true},
	{"m bessent treasury secretary", "Treasury Secretary Scott Bessent said the talks with Chinese officials in Geneva had been productive.", "scott-bessent/person/USA usa-treasury CHN", true},
	{"m bessent second mention", "Bessent told reporters the administration was not seeking a weaker dollar.", "scott-bessent/person/USA", false},
	{"m german foreign office summoned", "Germany's Foreign Office summoned the Russian ambassador over the cyberattack.", "deu-foreign-ministry RUS", true},
	{"m wadephul foreign minister", "German Foreign Minister Johann Wadephul said Berlin would keep supporting Kyiv.", "johann-wadephul/person/DEU DEU UKR", false},
	{"m bundestag approved", "Germany's Bundestag approved a constitutional amendment exempting defence spending from the debt brake.", "deu-parliament", false},
	{"m bundestag bare with merz", "Chancellor Friedrich Merz won the Bundestag's backing on Tuesday after a failed first ballot.", "friedrich-merz/person/DEU deu-parliament", false},
	{"m lok sabha passed", "India's Lok Sabha passed the Waqf (Amendment) Bill after a 12-hour debate.", "ind-parliament", false},
	{"m rajya sabha bare", "The Rajya Sabha, India's upper house, is expected to vote on the bill on Thursday.", "ind-parliament", false},
	{"m indian mea said", "India's Ministry of External Affairs said the strikes were \"focused, measured and non-escalatory\".", "ind-foreign-ministry", false},
	{"m jaishankar external affairs", "External Affairs Minister S. Jaishankar said India would not accept nuclear blackmail from Pakistan.", "s-jaishankar/person/IND IND PAK", false},
	{"m rajnath singh defence", "Indian Defence Minister Rajnath Singh visited troops in Jammu and Kashmir on Thursday.", "rajnath-singh/person/IND IND", false},
	{"m boj held rates", "The Bank of Japan kept interest rates steady at 0.5% on Thursday.", "jpn-central-bank", false},
	{"m ueda governor", "Bank of Japan Governor Kazuo Ueda said the central bank would keep raising rates if the economy performed as expected.", "kazuo-ueda/person/JPN jpn-central-bank", false},
	{"m ueda second mention", "Ueda said U.S. tariffs had clouded the outlook for Japan's exports.", "kazuo-ueda/person/JPN USA JPN", false},
	{"m rba cut", "The Reserve Bank of Australia cut its cash rate by 25 basis points to 3.85%.", "aus-central-bank", false},
	{"m bullock governor", "RBA Governor Michele Bullock said the board had discussed a larger cut.", "michele-bullock/person/AUS aus-central-bank", false},
	{"m bullock apposition", "\"We are not declaring victory on inflation,\" said Michele Bullock, governor of the Reserve Bank of Australia.", "michele-bullock/person/AUS aus-central-bank", false},
	{"m bank indonesia cut", "Bank Indonesia unexpectedly cut its benchmark rate to 5.75% to support growth.", "idn-central-bank", false},
	{"m perry warjiyo", "Bank Indonesia Governor Perry Warjiyo said the rupiah was stable despite global volatility.", "perry-warjiyo/person/IDN idn-central-bank", false},
	{"m warjiyo second", "Warjiyo told reporters the central bank would intervene in the bond market if needed.", "perry-warjiyo/person/IDN idn-central-bank", false},
	{"m fed held", "The Fed held rates steady in a range of 4.25% to 4.50% for a third straight meeting.", "usa-central-bank", false},
	{"m powell fed chair", "Federal Reserve Chair Jerome Powell said the central bank was well positioned to wait.", "jerome-powell/person/USA usa-central-bank", false},
	{"m powell second", "Powell told a news conference that tariffs could raise inflation in the near term.", "jerome-powell/person/USA", false},
	{"m pla drills", "The People's Liberation Army launched large-scale drills around Taiwan on Tuesday.", "chn-armed-forces TWN", false},
	{"m pla eastern theater", "The PLA's Eastern Theater Command said the exercises were a stern warning to separatist forces.", "chn-eastern-theater-command chn-armed-forces", false},
	{"m royal thai army border", "The Royal Thai Army said Cambodian troops had fired into Thai territory near the border.", "tha-army KHM THA", false},
	{"m royal thai army bare second", "A spokesman for the Royal Thai Army said one soldier had been wounded.", "tha-army", false},
	{"m jcs north korea missile", "South Korea's Joint Chiefs of Staff said North Korea had fired several short-range ballistic missiles into the sea.", "kor-jcs PRK", false},
	{"m jcs bare with seoul", "Seoul's Joint Chiefs of Staff said the missiles flew about 800 km.", "kor-jcs", false},
	{"m pcg water cannon", "The Philippine Coast Guard said a Chinese vessel fired a water cannon at one of its ships near Scarborough Shoal.", "phl-coast-guard CHN", false},
	{"m tarriela spokesman", "Philippine Coast Guard spokesman Jay Tarriela said the Chinese ships had behaved dangerously.", "jay-tarriela/person/PHL phl-coast-guard CHN", false},
	{"m tarriela second", "Tarriela said the crew had not been hurt.", "jay-tarriela/person/PHL", false},
	{"m china coast guard said", "The China Coast Guard said it had expelled the Philippine vessels in accordance with the law.", "chn-coast-guard PHL", true},
	{"m brazil stf moraes", "Brazil's Supreme Federal Court ordered Bolsonaro to wear an ankle monitor.", "bra-supreme-court jair-bolsonaro/person/BRA", true},
	{"m moraes justice", "Supreme Federal Court Justice Alexandre de Moraes ordered the suspension of the platform in Brazil.", "alexandre-de-moraes/person/BRA bra-supreme-court BRA", false},
	{"m moraes second", "Moraes said the company had ignored court orders for months.", "alexandre-de-moraes/person/BRA", false},
	{"m constitutional court korea yoon", "South Korea's Constitutional Court upheld Yoon Suk Yeol's impeachment, removing him from office.", "kor-constitutional-court yoon-suk-yeol/person/KOR", false},
	{"m constitutional court bare thailand", "Thailand's Constitutional Court suspended Prime Minister Paetongtarn Shinawatra from duty.", "tha-constitutional-court paetongtarn-shinawatra/person/THA", true},
	{"m sec charged", "The SEC charged the company's former chief executive with defrauding investors.", "usa-sec", true},
	{"m atkins sec chair", "SEC Chairman Paul Atkins said the agency would write clearer rules for crypto assets.", "paul-atkins/person/USA usa-sec", false},
	{"m ofcom fined", "Britain's media regulator Ofcom fined the broadcaster 50,000 pounds for breaching impartiality rules.", "ofcom GBR", true},
	{"m nis north korea troops", "South Korea's National Intelligence Service said North Korea had sent more troops to Russia.", "kor-intelligence PRK RUS", false},
	{"m nis bare seoul", "The National Intelligence Service told lawmakers in Seoul that about 2,000 soldiers had been killed.", "kor-intelligence", true},
	{"m asio chief", "ASIO chief Mike Burgess said foreign interference had reached unprecedented levels in Australia.", "mike-burgess/person/AUS aus-intelligence AUS", false},
	{"m beijing said", "Beijing said it would take countermeasures if Washington went ahead with the tariffs.", "CHN USA", false},
	{"m canberra protested", "Canberra protested to Beijing after a Chinese fighter jet released flares near an Australian aircraft.", "AUS CHN", false},
	{"m capital place beijing", "Thousands of tourists crowded Beijing's Forbidden City during the holiday.", "", true},
	{"m capital place canberra", "Wong flew to Canberra from Adelaide on Monday morning.", "penny-wong/person/AUS", true},
	{"m tokyo lodged protest", "Tokyo lodged a protest with Seoul over the survey near the disputed islands.", "JPN KOR", false},
	{"m washington gov", "Washington has urged Manila and Beijing to resolve the dispute peacefully.", "USA PHL CHN", false},
	{"m capital place washington", "The protesters marched through Washington to the Capitol.", "", false},
	{"m moscow denied", "Moscow denied that its drones had entered Polish airspace.", "RUS POL", false},
	{"m lavrov second", "Russian Foreign Minister Sergei Lavrov said Moscow was ready for talks. Lavrov gave no date.", "sergei-lavrov/person/RUS RUS", false},
	{"m kremlin peskov", "Kremlin spokesman Dmitry Peskov said Putin had no plans to meet Zelensky.", "dmitry-peskov/person/RUS rus-presidency vladimir-putin/person/RUS volodymyr-zelenskyy/person/UKR", false},
	{"m duma vote", "Russia's State Duma voted to ratify the treaty with North Korea.", "rus-duma PRK", true},
	{"m uk home office", "Britain's Home Office said it would house asylum seekers in former military sites.", "gbr-home-office", false},
	{"m cooper home secretary", "Home Secretary Yvette Cooper said the number of small boat crossings had risen.", "yvette-cooper/person/GBR gbr-home-office", true},
	{"m healey defence secretary", "British Defence Secretary John Healey said the Royal Navy would deploy a carrier to the Pacific.", "john-healey/person/GBR GBR gbr-navy", false},
	{"m boe cut", "The Bank of England cut interest rates to 4.25%, citing easing inflation.", "gbr-central-bank", false},
	{"m bailey governor", "Bank of England Governor Andrew Bailey said rates were on a gradually declining path.", "andrew-bailey/person/GBR gbr-central-bank", false},
	{"m ecb lagarde", "ECB President Christine Lagarde said the euro zone faced heightened uncertainty.", "christine-lagarde/person ecb", false},
	{"m bundesbank nagel", "Bundesbank President Joachim Nagel said Germany's economy would stagnate this year.", "joachim-nagel/person/DEU deu-central-bank DEU", false},
	{"m wang yi foreign minister", "Chinese Foreign Minister Wang Yi met his Russian counterpart Sergei Lavrov in Beijing.", "wang-yi/person/CHN CHN RUS sergei-lavrov/person/RUS", false},
	{"m mao ning said", "Chinese foreign ministry spokeswoman Mao Ning said Beijing firmly opposed the sale.", "mao-ning/person/CHN chn-foreign-ministry CHN", false},
	{"m lin jian apposition", "\"China will take resolute measures,\" said Lin Jian, a spokesman for China's foreign ministry.", "lin-jian/person/CHN chn-foreign-ministry CHN", false},
	{"m dong jun", "Chinese Defense Minister Dong Jun did not attend the Shangri-La Dialogue in Singapore.", "dong-jun/person/CHN CHN SGP", false},
	{"m rbi malhotra", "Reserve Bank of India Governor Sanjay Malhotra said inflation was within the target range.", "sanjay-malhotra/person/IND ind-central-bank", false},
	{"m election commission india", "The Election Commission of India announced that Bihar would vote in two phases.", "ind-election-commission", false},
	{"m pnp chief", "The Philippine National Police said 12 suspects had been arrested in Manila.", "phl-police", false},
	{"m marcos ordered pcg", "President Ferdinand Marcos Jr. ordered the coast guard to boost patrols in the West Philippine Sea.", "ferdinand-marcos-jr/person/PHL phl-coast-guard", true},
	{"m teodoro defense", "Philippine Defense Secretary Gilberto Teodoro said China's actions were illegal.", "gilberto-teodoro/person/PHL PHL CHN", false},
	{"m manalo dfa", "The Department of Foreign Affairs in Manila summoned China's deputy chief of mission.", "phl-foreign-ministry CHN", true},
	{"m bsp remolona", "Bangko Sentral ng Pilipinas Governor Eli Remolona said more rate cuts were possible.", "eli-remolona/person/PHL phl-central-bank", false},
	{"m afp armed forces philippines", "The Armed Forces of the Philippines said a Chinese navy helicopter had flown close to its aircraft.", "phl-armed-forces chn-navy", false},
	{"m mys home ministry", "Malaysia's Home Ministry said it had deported 5,000 undocumented migrants this year.", "mys-home-affairs-ministry", false},
	{"m mohamad hasan", "Malaysian Foreign Minister Mohamad Hasan said ASEAN would not take sides.", "mohamad-hasan/person/MYS MYS asean", false},
	{"m bnm held", "Bank Negara Malaysia kept its overnight policy rate unchanged at 3.00%.", "mys-central-bank", false},
	{"m macc arrested", "The Malaysian Anti-Corruption Commission arrested two senior officials over the contracts.", "mys-anti-corruption", false},
	{"m royal malaysia police", "The Royal Malaysia Police said the suspects belonged to a militant cell.", "mys-police", false},
	{"m dewan rakyat", "Malaysia's Dewan Rakyat passed the bill after a heated debate.", "mys-parliament", false},
	{"m mas singapore", "The Monetary Authority of Singapore eased monetary policy for a second time this year.", "sgp-central-bank", false},
	{"m balakrishnan", "Singapore's Foreign Minister Vivian Balakrishnan said the city-state would not be forced to choose sides.", "vivian-balakrishnan/person/SGP SGP", false},
	{"m thai foreign ministry", "Thailand's Foreign Ministry summoned the Cambodian ambassador over the landmine blast.", "tha-foreign-ministry KHM", true},
	{"m maris", "Thai Foreign Minister Maris Sangiampongsa said Bangkok wanted bilateral talks with Phnom Penh.", "maris-sangiampongsa/person/THA THA KHM", false},
	{"m bot held", "The Bank of Thailand cut its policy rate to 1.75%.", "tha-central-bank", false},
	{"m thai navy", "The Royal Thai Navy said it had intercepted a boat carrying 200 Rohingya refugees.", "tha-navy", false},
	{"m thai ec", "Thailand's Election Commission said it would investigate the Senate vote.", "tha-election-commission tha-senate", true},
	{"m vietnam foreign ministry", "Vietnam's foreign ministry said China's deployment violated its sovereignty.", "vnm-foreign-ministry CHN", false},
	{"m phan van giang", "Vietnamese Defense Minister Phan Van Giang met his Chinese counterpart in Hanoi.", "phan-van-giang/person/VNM VNM CHN", false},
	{"m vnm national assembly", "Vietnam's National Assembly voted to cut the number of provinces from 63 to 34.", "vnm-parliament", false},
	{"m marles", "Australian Defence Minister Richard Marles said the Chinese task force had not breached international law.", "richard-marles/person/AUS AUS CHN", false},
	{"m penny wong", "Foreign Minister Penny Wong said Australia had raised concerns with Beijing.", "penny-wong/person/AUS AUS CHN", false},
	{"m afp australia police", "The Australian Federal Police charged a man with foreign interference.", "aus-police", false},
	{"m adf", "The Australian Defence Force said it had tracked the Chinese warships off Sydney.", "aus-armed-forces CHN", false},
	{"m chalmers treasurer", "Treasurer Jim Chalmers said the budget would return to deficit.", "jim-chalmers/person/AUS", false},
	{"m tls parliament", "Timor-Leste's National Parliament approved the budget for 2025.", "tls-parliament", false},
	{"m xanana", "Prime Minister Xanana Gusmao said Timor-Leste would join ASEAN in October.", "xanana-gusmao/person/TLS TLS asean", false},
	{"m png defence force", "The Papua New Guinea Defence Force deployed troops to the Enga province after clan fighting.", "png-armed-forces", true},
	{"m marape", "Papua New Guinea Prime Minister James Marape said the defence treaty with Australia would be signed soon.", "james-marape/person/PNG PNG AUS", false},
	{"m sjafrie", "Indonesian Defense Minister Sjafrie Sjamsoeddin said the military would buy more fighter jets.", "sjafrie-sjamsoeddin/person/IDN IDN", false},
	{"m sugiono foreign", "Foreign Minister Sugiono said Indonesia would send aid to Gaza.", "sugiono/person/IDN IDN", false},
	{"m tni", "The Indonesian Armed Forces said two soldiers had been killed in Papua.", "idn-armed-forces", false},
	{"m kpk", "Indonesia's Corruption Eradication Commission named the former minister a suspect.", "idn-kpk", false},
	{"m indonesian police listyo", "National Police chief Listyo Sigit Prabowo said 300 suspects had been arrested.", "listyo-sigit-prabowo/person/IDN idn-police", false},
	{"m pentagon", "The Pentagon said it would send more air defense systems to the Middle East.", "usa-defense-ministry", false},
	{"m hegseth", "Defense Secretary Pete Hegseth told the Shangri-La Dialogue that China posed a real threat.", "pete-hegseth/person/USA usa-defense-ministry CHN", true},
	{"m state department rubio", "Secretary of State Marco Rubio said the United States would revoke visas for Chinese students.", "marco-rubio/person/USA USA CHN", false},
	{"m fbi patel", "FBI Director Kash Patel said the suspect had been arrested in Ohio.", "kash-patel/person/USA usa-fbi", false},
	{"m cia ratcliffe", "CIA Director John Ratcliffe said the strikes had severely damaged Iran's nuclear program.", "john-ratcliffe/person/USA usa-cia IRN", false},
	{"m caine jcs", "Chairman of the Joint Chiefs of Staff Gen. Dan Caine said the bombers had flown for 18 hours.", "dan-caine/person/USA usa-jcs", false},
	{"m speaker johnson", "House Speaker Mike Johnson said the House would vote on the bill next week.", "mike-johnson/person/USA usa-house", true},
	{"m us supreme court", "The U.S. Supreme Court allowed the administration to end the program.", "usa-supreme-court", true},
	{"m senate us bare", "The U.S. Senate voted 51-49 to pass the tax bill, sending it back to the House.", "usa-senate usa-house", true},
	{"m korea national assembly", "South Korea's National Assembly voted to impeach acting President Han Duck-soo.", "kor-parliament han-duck-soo/person/KOR", true},
	{"m bok rhee", "Bank of Korea Governor Rhee Chang-yong said the bank would cut rates further.", "rhee-chang-yong/person/KOR kor-central-bank", false},
	{"m korea coast guard", "The Korea Coast Guard said it had seized a Chinese fishing boat operating illegally.", "kor-coast-guard CHN", true},
	{"m nakatani second", "Nakatani said Japan would strengthen its defenses in the southwest islands.", "gen-nakatani/person/JPN JPN", false},
	{"m iwaya", "Japanese Foreign Minister Takeshi Iwaya met Wang Yi in Tokyo.", "takeshi-iwaya/person/JPN JPN wang-yi/person/CHN", false},
	{"m japan coast guard", "The Japan Coast Guard said four Chinese coast guard ships had entered Japanese waters near the Senkaku Islands.", "jpn-coast-guard chn-coast-guard JPN", false},
	{"m jsdf scrambled", "Japan's Self-Defense Forces scrambled fighter jets after a Chinese drone flew near Yonaguni.", "jpn-armed-forces CHN", false},
	{"m japan fsa", "Japan's Financial Services Agency ordered the bank to improve its controls.", "jpn-financial-regulator", false},
	{"m japan diet", "Japan's parliament enacted a law allowing active cyber defense.", "jpn-parliament", false},
	{"m galipolo", "Brazil's central bank chief Gabriel Galipolo said rates would stay high for a long time.", "gabriel-galipolo/person/BRA bra-central-bank", false},
	{"m brazil congress", "Brazil's Congress overturned the president's decree on the financial transactions tax.", "bra-congress", true},
	{"m mexico senate", "Mexico's Senate approved the judicial reform in the early hours of Wednesday.", "mex-senate", false},
	{"m argentina caputo", "Argentine Economy Minister Luis Caputo said the peso would float within a band.", "luis-caputo/person/ARG ARG", false},
	{"m karahan", "Central bank Governor Fatih Karahan said Turkey would keep policy tight.", "fatih-karahan/person/TUR tur-central-bank TUR", false},
	{"m kganyago", "Reserve Bank Governor Lesetja Kganyago said South Africa should lower its inflation target.", "lesetja-kganyago/person/ZAF zaf-central-bank ZAF", false},
	{"m faisal bin farhan", "Saudi Foreign Minister Prince Faisal bin Farhan said Riyadh supported the ceasefire.", "faisal-bin-farhan/person/SAU SAU", false},
	{"m france constitutional council", "France's Constitutional Council struck down parts of the immigration law.", "fra-constitutional-council", false},
	{"m barrot", "French Foreign Minister Jean-Noel Barrot said Paris would recognise a Palestinian state.", "jean-noel-barrot/person/FRA FRA PSE", false},
	{"m canada anand", "Canadian Foreign Minister Anita Anand said Ottawa would raise the issue with New Delhi.", "anita-anand/person/CAN CAN IND", false},
	{"m macklem", "Governor Tiff Macklem said the Bank of Canada was ready to act if tariffs hit the economy hard.", "tiff-macklem/person/CAN can-central-bank", false},
	{"m rcmp", "The Royal Canadian Mounted Police said it had charged two men with terrorism offences.", "can-police", false},
	{"m new delhi gov", "New Delhi rejected the remarks as \"unwarranted and baseless\".", "IND", false},
	{"m new delhi place", "Air quality in New Delhi fell to \"severe\" on Sunday.", "", false},
	{"m no actor ministry generic", "The ministry did not respond to a request for comment.", "", false},
	{"m no actor central bank generic", "Analysts expect the central bank to cut rates again in August.", "", false},
	{"m no actor police generic", "Police said the fire had started in the kitchen.", "", false},
	{"m no actor court building", "Dozens of supporters gathered outside the court building before dawn.", "", false},
	{"m no actor spokesman unnamed", "A defence ministry spokesman declined to comment.", "", false},
	{"m no actor bond market", "Yields on 10-year government bonds rose to their highest since 2008.", "", false},
	{"m no actor coast guard generic", "The coast guard rescued 14 fishermen after their boat capsized.", "", false},
	{"m no actor treasury yields", "Treasury yields fell after the jobs report.", "", false},
	{"m no actor navy blue", "The navy blue uniforms were designed by a local tailor.", "", false},
	{"m no actor fed up", "Residents said they were fed up with the power cuts.", "", false},
	{"m jcs chairman apposition", "Adm. Kim Myung-soo, chairman of South Korea's Joint Chiefs of Staff, inspected frontline units on Friday.", "kim-myung-soo/person/KOR kor-jcs", false},
}

// enWorld43Batch2Rows were written after the first batch's rules and
// annotated before their first run.
var enWorld43Batch2Rows = []wantRow{
	{"b2 supreme court justice brazil", "Brazilian Supreme Court Justice Flavio Dino suspended the payments pending a review by the full court.", "flavio-dino/person/BRA bra-supreme-court", false},
	{"b2 reserve bank governor australia", "Reserve Bank Governor Michele Bullock said Australia's labour market remained tight.", "michele-bullock/person/AUS aus-central-bank AUS", false},
	{"b2 central bank governor indonesia", "Central bank Governor Perry Warjiyo said Indonesia's economy would grow about 5% this year.", "perry-warjiyo/person/IDN idn-central-bank IDN", false},
	{"b2 canberra's defence department", "Canberra's Department of Defence said the Chinese ships had been monitored throughout.", "aus-defense-ministry CHN", false},
	{"b2 japan joint staff", "Japan's Joint Staff said Russian bombers had flown over the Sea of Japan.", "joint-staff RUS", true},
	{"b2 bundesbank apposition", "The Bundesbank, Germany's central bank, said the economy would shrink slightly in the second quarter.", "deu-central-bank", false},
	{"b2 dewan rakyat apposition", "The Dewan Rakyat, Malaysia's lower house, passed the amendment on Thursday.", "mys-parliament", false},
	{"b2 png national parliament", "Papua New Guinea's National Parliament elected a new speaker on Tuesday.", "png-parliament", false},
	{"b2 rbi governor lone", "Malhotra said the Reserve Bank of India would remain nimble.", "sanjay-malhotra/person/IND ind-central-bank", false},
	{"b2 pla navy", "The PLA Navy said its aircraft carrier had conducted drills in the western Pacific.", "chn-navy", false},
	{"b2 seoul warned", "Seoul warned Pyongyang against further provocations.", "KOR PRK", false},
	{"b2 seoul place", "Heavy rain flooded roads in Seoul on Thursday.", "", false},
	{"b2 bok held", "The Bank of Korea held its base rate at 2.75% on Thursday.", "kor-central-bank", false},
	{"b2 philippine senate", "The Philippine Senate convened as an impeachment court on Tuesday.", "phl-senate", false},
	{"b2 vietnam coast guard", "Vietnam's coast guard said it had seized a tanker smuggling fuel.", "vnm-coast-guard", false},
	{"b2 mas apposition", "\"Growth will slow,\" said the Monetary Authority of Singapore, the city-state's central bank.", "sgp-central-bank", false},
	{"b2 no actor minister unnamed", "The minister is expected to announce the measures on Friday.", "", false},
	{"b2 defence minister rajnath apposition", "Rajnath Singh, India's defence minister, said the armed forces had been given a free hand.", "rajnath-singh/person/IND IND ind-armed-forces", false},
}

func TestENWorld43Grid(t *testing.T) {
	t.Run("batch1", func(t *testing.T) { runWantGrid(t, "en", enWorld43Rows, 150) })
	t.Run("batch2", func(t *testing.T) { runWantGrid(t, "en", enWorld43Batch2Rows, 18) })
}
