package extract

import "testing"

// enNews42Rows are English present-day (2015-2026) wire sentences composed
// for the English wire persons and bodies grid 42 of issue #12 (never copied
// from a data set) and annotated before the extractor ran on them. The
// class: persons named the ways wire copy names them — a quote then "said
// X, a spokesman for Y", "X, 54, told reporters", a title before the name
// ("Interior Minister X", "Bank of Korea Governor X"), "Sen. X (R-Texas)",
// "U.S. District Judge X", a lone surname on a later mention, "Mr./Ms. X" —
// and the named bodies they belong to (ministries, courts, legislatures and
// their committees, police forces, agencies, central banks, party
// committees) of many states.
//
// Each wanted actor is "id", "id/kind" or "id/kind/country" (wantProblems);
// states by ISO3, a person or body the gazetteer holds by its id, a body of
// a state it lacks by the generic "<iso3>-<type>" id of lang/en.json
// "bodies", any other person or body by the slug of the name as written
// (a legislature's committee: "house-judiciary-committee"); as in
// enIntl41Rows a state named in a title or by a demonym is an actor beside
// the person, a body in a title ("Kremlin spokesman", "Bank of Japan
// Governor", "Nigerian army spokesman") is an actor, and a state's body
// named by its state or demonym is the body alone.
//
// First run: 104 of 144 (batch 2: 14 of 18). Five annotations were then
// corrected before any rule, to the conventions of enIntl41Rows, never to
// output that contradicts them: a state named as a place is an actor
// ("Greenland", "in Singapore" twice), a state in a title is an actor
// beside its holder ("Pakistan's army chief", "President Donald Trump"),
// and a lower-case "police" in a sentence about one state is its police
// (Turkey). Before the rules: 109 of 144, the 35 failing rows marked
// known; batch 2 14 of 18, its 4 failing rows marked known.
var enNews42Rows = []wantRow{
	{"w spokesman kenya interior", "\"We will not allow violence on our streets,\" said Peter Kiprono, a spokesman for Kenya's interior ministry.", "peter-kiprono/person/KEN ken-home-affairs-ministry", false},
	{"w spokeswoman german foreign office", "\"The talks were constructive,\" said Katharina Weber, a spokeswoman for the German Foreign Office.", "katharina-weber/person/DEU deu-foreign-ministry", false},
	{"w spokesman japan defense", "\"We are monitoring the situation closely,\" said Hiroshi Tanabe, a spokesman for Japan's Defense Ministry.", "hiroshi-tanabe/person/JPN jpn-defense-ministry", false},
	{"w spokesperson indian mea", "Randhir Jaiswal, a spokesperson for India's Ministry of External Affairs, said the visit would go ahead.", "randhir-jaiswal/person/IND ind-foreign-ministry", false},
	{"w peskov kremlin said", "\"There is no date yet,\" Kremlin spokesman Dmitry Peskov told reporters on Tuesday.", "dmitry-peskov/person/RUS rus-presidency", false},
	{"w said peskov appositive", "\"Contacts continue,\" said Dmitry Peskov, the Kremlin's spokesman.", "dmitry-peskov/person/RUS rus-presidency", false},
	{"w zakharova briefing", "Foreign Ministry spokeswoman Maria Zakharova said Moscow would respond to the expulsions.", "maria-zakharova/person/RUS rus-foreign-ministry RUS", true},
	{"w lin jian", "Chinese foreign ministry spokesperson Lin Jian urged Washington to stop arming Taiwan.", "lin-jian/person/CHN chn-foreign-ministry USA TWN", true},
	{"w mao ning said", "\"China firmly opposes this,\" Mao Ning, a spokeswoman for the Chinese foreign ministry, said at a daily briefing.", "mao-ning/person/CHN chn-foreign-ministry", true},
	{"w leavitt white house", "White House press secretary Karoline Leavitt said the president would sign the order on Friday.", "karoline-leavitt/person/USA usa-presidency", true},
	{"w bruce state dept", "State Department spokeswoman Tammy Bruce said the United States had revoked the visas.", "tammy-bruce/person/USA usa-foreign-ministry USA", false},
	{"w age told reporters", "Mariusz Nowak, 54, told reporters outside the court in Warsaw that he would appeal.", "mariusz-nowak/person", false},
	{"w age appositive farmer", "Rajesh Kumar, 38, a farmer from Punjab, said he had lost his entire crop to the floods.", "rajesh-kumar/person", false},
	{"w age appositive second mention", "Elena Petrova, 61, said she fled Kharkiv in March. Petrova said her house was destroyed.", "elena-petrova/person", false},
	{"w lone surname known", "Scholz told reporters in Berlin that the coalition would survive.", "olaf-scholz/person/DEU", true},
	{"w lone surname merz", "Merz said Germany would not send Taurus missiles for now.", "friedrich-merz/person/DEU DEU", false},
	{"w mr modi", "Mr. Modi told a rally in Varanasi that the economy would grow faster than China's.", "narendra-modi/person/IND CHN", false},
	{"w ms lagarde", "Ms. Lagarde said the European Central Bank would keep rates on hold.", "christine-lagarde/person ecb", false},
	{"w mr unknown second", "The company's chairman, Mr. Tanaka, said the recall would cost 3 billion yen.", "tanaka/person", false},
	{"w interior minister germany", "German Interior Minister Alexander Dobrindt ordered more checks at the border with Poland.", "alexander-dobrindt/person/DEU DEU POL", false},
	{"w interior minister retailleau", "French Interior Minister Bruno Retailleau said 40 people had been arrested overnight.", "bruno-retailleau/person/FRA FRA", false},
	{"w home secretary cooper", "Home Secretary Yvette Cooper said Britain would tighten its asylum rules.", "yvette-cooper/person/GBR GBR", false},
	{"w chancellor reeves", "Britain's finance minister Rachel Reeves said she would not raise income tax.", "rachel-reeves/person/GBR GBR", false},
	{"w foreign minister fidan", "Turkish Foreign Minister Hakan Fidan met his Syrian counterpart in Ankara.", "hakan-fidan/person/TUR TUR SYR", false},
	{"w yerlikaya detained", "Turkey's Interior Minister Ali Yerlikaya said police had detained 120 suspects in raids across 30 provinces.", "ali-yerlikaya/person/TUR TUR tur-police", false},
	{"w simsek finance", "Finance Minister Mehmet Simsek said Turkey's inflation would fall below 30% by year-end.", "mehmet-simsek/person/TUR TUR", false},
	{"w karahan central bank", "Central bank Governor Fatih Karahan said the Central Bank of the Republic of Turkey would keep policy tight.", "fatih-karahan/person/TUR tur-central-bank", false},
	{"w haddad finance", "Brazilian Finance Minister Fernando Haddad said the fiscal target would be met.", "fernando-haddad/person/BRA BRA", false},
	{"w moraes justice", "Supreme Court Justice Alexandre de Moraes ordered the arrest of the former president's aide.", "alexandre-de-moraes/person/BRA bra-supreme-court", false},
	{"w galipolo", "Central bank chief Gabriel Galipolo said Brazil's central bank would do what was needed to bring inflation to target.", "gabriel-galipolo/person/BRA bra-central-bank", false},
	{"w caputo economy", "Argentina's Economy Minister Luis Caputo announced the end of currency controls.", "luis-caputo/person/ARG ARG", false},
	{"w wong foreign", "Australian Foreign Minister Penny Wong said Canberra would recognise a Palestinian state.", "penny-wong/person/AUS AUS PSE", false},
	{"w marles defence", "Defence Minister Richard Marles said Australia would buy more submarines from the United States.", "richard-marles/person/AUS AUS USA", false},
	{"w bullock rba", "Reserve Bank of Australia Governor Michele Bullock said rates would stay on hold.", "michele-bullock/person/AUS aus-central-bank", false},
	{"w macklem boc", "Bank of Canada Governor Tiff Macklem said tariffs were hurting the economy.", "tiff-macklem/person/CAN can-central-bank", false},
	{"w anand foreign", "Canadian Foreign Minister Anita Anand said Ottawa would reopen talks with New Delhi.", "anita-anand/person/CAN CAN IND", false},
	{"w lamola", "South Africa's Foreign Minister Ronald Lamola said Pretoria would not be bullied.", "ronald-lamola/person/ZAF ZAF", false},
	{"w kganyago sarb", "Reserve Bank Governor Lesetja Kganyago said South Africa should adopt a lower inflation target.", "lesetja-kganyago/person/ZAF zaf-central-bank ZAF", false},
	{"w cardoso cbn", "Central Bank of Nigeria Governor Olayemi Cardoso said the naira had stabilised.", "olayemi-cardoso/person/NGA nga-central-bank", false},
	{"w teodoro", "Philippine Defense Secretary Gilberto Teodoro accused Beijing of provocations in the South China Sea.", "gilberto-teodoro/person/PHL PHL CHN", false},
	{"w araghchi", "Iran's Foreign Minister Abbas Araghchi said Tehran was ready to resume talks with Washington.", "abbas-araghchi/person/IRN IRN USA", false},
	{"w katz defense", "Israeli Defense Minister Israel Katz said the army would stay in southern Lebanon.", "israel-katz/person/ISR ISR isr-armed-forces LBN", true},
	{"w saar foreign", "Foreign Minister Gideon Saar told the Knesset that Israel would not accept the proposal.", "gideon-saar/person/ISR isr-parliament ISR", false},
	{"w dar foreign", "Pakistan's Deputy Prime Minister Ishaq Dar said Islamabad wanted peace with Kabul.", "muhammad-ishaq-dar/person/PAK PAK AFG", false},
	{"w munir army chief", "Field Marshal Asim Munir, Pakistan's army chief, met President Donald Trump at the White House.", "asim-munir/person/PAK pak-army PAK donald-trump/person/USA USA usa-presidency", false},
	{"w jaishankar", "External Affairs Minister S. Jaishankar said India would not accept mediation on Kashmir.", "s-jaishankar/person/IND IND", false},
	{"w shah home", "Home Minister Amit Shah told the Lok Sabha that the bill would be passed.", "amit-shah/person/IND ind-parliament", false},
	{"w malhotra rbi", "Reserve Bank of India Governor Sanjay Malhotra said the central bank would cut rates.", "sanjay-malhotra/person/IND ind-central-bank", false},
	{"w ueda boj", "Bank of Japan Governor Kazuo Ueda said the BOJ would raise rates if the outlook held.", "kazuo-ueda/person/JPN jpn-central-bank", false},
	{"w hayashi", "Chief Cabinet Secretary Yoshimasa Hayashi said Japan had lodged a protest with China.", "yoshimasa-hayashi/person/JPN JPN CHN", false},
	{"w rhee bok", "Bank of Korea Governor Rhee Chang-yong said household debt was a concern.", "rhee-chang-yong/person/KOR kor-central-bank", false},
	{"w lee jae-myung", "South Korean President Lee Jae-myung told his cabinet to prepare for U.S. tariffs.", "lee-jae-myung/person/KOR KOR USA", false},
	{"w pan gongsheng", "People's Bank of China Governor Pan Gongsheng said the PBOC would cut reserve requirements.", "pan-gongsheng/person/CHN chn-central-bank", false},
	{"w dong jun", "Chinese Defence Minister Dong Jun did not attend the Shangri-La Dialogue in Singapore.", "dong-jun/person/CHN CHN SGP", false},
	{"w koo taiwan", "Taiwan's Defence Minister Wellington Koo said Chinese warships had been spotted near the island.", "wellington-koo/person/TWN TWN CHN", false},
	{"w balakrishnan", "Singapore's Foreign Minister Vivian Balakrishnan said ASEAN must stay united.", "vivian-balakrishnan/person/SGP SGP asean", false},
	{"w peters nz", "New Zealand Foreign Minister Winston Peters said Wellington was reviewing its aid to the Cook Islands.", "winston-peters/person/NZL NZL COK", false},
	{"w sikorski", "Polish Foreign Minister Radoslaw Sikorski said Russia was behind the sabotage.", "radoslaw-sikorski/person/POL POL RUS", false},
	{"w tajani", "Italy's Foreign Minister Antonio Tajani said Rome would send more aid to Gaza.", "antonio-tajani/person/ITA ITA", false},
	{"w piantedosi", "Interior Minister Matteo Piantedosi said Italy would open more centres in Albania.", "matteo-piantedosi/person/ITA ITA ALB", false},
	{"w albares", "Spanish Foreign Minister Jose Manuel Albares said Madrid would recognise Palestine.", "jose-manuel-albares/person/ESP ESP PSE", false},
	{"w rasmussen", "Danish Foreign Minister Lars Lokke Rasmussen said Greenland was not for sale.", "lars-lokke-rasmussen/person/DNK DNK GRL", false},
	{"w szijjarto", "Hungarian Foreign Minister Peter Szijjarto said Budapest would veto the sanctions package.", "peter-szijjarto/person/HUN HUN", false},
	{"w abdelatty", "Egypt's Foreign Minister Badr Abdelatty said Cairo would host a reconstruction conference.", "badr-abdelatty/person/EGY EGY", false},
	{"w safadi", "Jordanian Foreign Minister Ayman Safadi said Amman rejected any displacement of Palestinians.", "ayman-safadi/person/JOR JOR", true},
	{"w sybiha", "Ukrainian Foreign Minister Andrii Sybiha said Kyiv was ready for a ceasefire.", "andrii-sybiha/person/UKR UKR", false},
	{"w umerov", "Rustem Umerov, secretary of Ukraine's National Security and Defence Council, led the delegation in Istanbul.", "rustem-umerov/person/UKR ukr-nsdc", false},
	{"w svyrydenko", "Prime Minister Yulia Svyrydenko said Ukraine would need $40 billion next year.", "yulia-svyrydenko/person/UKR UKR", false},
	{"w pistorius", "German Defence Minister Boris Pistorius said the Bundeswehr needed 60,000 more soldiers.", "boris-pistorius/person/DEU DEU deu-armed-forces", false},
	{"w sen graham tag", "Sen. Lindsey Graham (R-S.C.) introduced a bill imposing sanctions on Russia.", "lindsey-graham/person/USA RUS", false},
	{"w sen cruz tag", "Sen. Ted Cruz, R-Texas, said he would block the nominee.", "ted-cruz/person/USA", false},
	{"w sen warren tag", "Sen. Elizabeth Warren (D-Mass.) asked the Federal Reserve to explain its decision.", "elizabeth-warren/person/USA usa-central-bank", true},
	{"w rep unknown tag", "Rep. Darnell Whitfield (D-Ohio) said the House should subpoena the documents.", "darnell-whitfield/person/USA usa-house", true},
	{"w rep unknown tag2", "Rep. Karen Holloway, R-Fla., voted against the spending bill.", "karen-holloway/person/USA", false},
	{"w senate majority leader", "Senate Majority Leader John Thune said the chamber would vote on Thursday.", "john-thune/person/USA usa-senate", false},
	{"w schumer", "Senate Democratic leader Chuck Schumer called the bill a disaster.", "chuck-schumer/person/USA usa-senate", false},
	{"w speaker johnson", "House Speaker Mike Johnson said Republicans had the votes.", "mike-johnson/person/USA usa-house", true},
	{"w judge unknown district", "U.S. District Judge Amanda Reyes in Boston blocked the administration's order.", "amanda-reyes/person/USA USA", false},
	{"w judge of court", "Judge Thomas Whitaker of the U.S. District Court in Seattle issued a temporary restraining order.", "thomas-whitaker/person/USA", true},
	{"w boasberg", "Chief U.S. District Judge James Boasberg found probable cause for contempt.", "james-boasberg/person/USA USA", false},
	{"w bondi", "Attorney General Pam Bondi said the Justice Department would appeal the ruling.", "pam-bondi/person/USA usa-justice-ministry", false},
	{"w hegseth", "Defense Secretary Pete Hegseth said the Pentagon would cut 5,000 civilian jobs.", "pete-hegseth/person/USA usa-defense-ministry", false},
	{"w noem", "Homeland Security Secretary Kristi Noem said ICE would expand detention capacity.", "kristi-noem/person/USA usa-dhs usa-ice", true},
	{"w bessent", "Treasury Secretary Scott Bessent said talks with China had been productive.", "scott-bessent/person/USA CHN", false},
	{"w powell fed", "Federal Reserve Chair Jerome Powell said the Fed was in no hurry to cut rates.", "jerome-powell/person/USA usa-central-bank", false},
	{"w nagel", "Bundesbank President Joachim Nagel said German inflation would ease.", "joachim-nagel/person/DEU deu-central-bank", true},
	{"w bailey boe", "Bank of England Governor Andrew Bailey said rates would fall gradually.", "andrew-bailey/person/GBR gbr-central-bank", false},
	{"w nabiullina", "Russian central bank Governor Elvira Nabiullina said the key rate would stay at 21%.", "elvira-nabiullina/person/RUS rus-central-bank", false},
	{"w unknown police spokesman kenya", "Kenyan police commander George Seda said 12 people had been arrested in Nairobi.", "george-seda/person/KEN ken-police", false},
	{"w unknown police spokesman nigeria", "Police spokesman Muyiwa Adejobi said the suspects had been taken to Abuja.", "muyiwa-adejobi/person", false},
	{"w unknown police spokeswoman australia", "A spokeswoman for New South Wales Police, Inspector Claire Donovan, said the man was charged with murder.", "claire-donovan/person/AUS new-south-wales-police", true},
	{"w unknown army spokesman nigeria", "Nigerian army spokesman Onyema Nwachukwu said troops had killed 30 militants.", "onyema-nwachukwu/person/NGA nga-army", false},
	{"w unknown military spokesman sudan", "Sudanese army spokesman Nabil Abdallah said the RSF had shelled the city.", "nabil-abdallah/person/SDN sdn-army rsf", false},
	{"w unknown ministry official", "Ahmed Yusuf, a senior official at Somalia's finance ministry, said the debt relief would be signed in June.", "ahmed-yusuf/person/SOM som-finance-ministry", false},
	{"w unknown prosecutor", "Prosecutor General Andriy Kostin said Ukraine had opened 150,000 war crimes cases.", "andriy-kostin/person/UKR UKR", true},
	{"w unknown election official", "Ghana's Electoral Commission chair Jean Mensa declared the results on Monday.", "jean-mensa/person/GHA gha-election-commission", false},
	{"w unknown mayor", "Mayor Ana Lucia Ferreira of Porto Alegre said 80,000 people had been evacuated.", "ana-lucia-ferreira/person/BRA", true},
	{"w unknown governor", "Governor Babagana Zulum of Borno State said the attack killed 60 villagers.", "babagana-zulum/person/NGA", false},
	{"w unknown lawmaker", "Opposition lawmaker Kwame Asante said parliament had been misled.", "kwame-asante/person", false},
	{"w unknown minister appositive", "\"We have no plans to devalue,\" said Mohamed Maait, Egypt's finance minister.", "mohamed-maait/person/EGY EGY", false},
	{"w unknown minister appositive 2", "The decree was signed by Carlos Mendoza, Peru's interior minister, on Sunday.", "carlos-mendoza/person/PER PER", true},
	{"w unknown chief justice", "Chief Justice Martha Koome said the Supreme Court of Kenya would hear the petition.", "martha-koome/person/KEN ken-supreme-court", true},
	{"w unknown lawyer", "His lawyer, Faisal Siddiqi, said the verdict would be challenged.", "faisal-siddiqi/person", false},
	{"w unknown analyst", "\"The market has priced this in,\" said Priya Raman, an economist at Capital Economics in Singapore.", "priya-raman/person capital-economics SGP", false},
	{"w ministry body pakistan", "Pakistan's Interior Ministry said the blast killed 11 people in Islamabad.", "pak-home-affairs-ministry", true},
	{"w ministry body egypt health", "Egypt's Health Ministry said 300 people had been treated for heat stroke.", "egy-health-ministry", false},
	{"w ministry body mexico", "Mexico's Foreign Ministry said it had sent a diplomatic note to Washington.", "mex-foreign-ministry USA", false},
	{"w ministry body saudi", "Saudi Arabia's foreign ministry welcomed the ceasefire.", "sau-foreign-ministry", false},
	{"w ministry body vietnam", "Vietnam's Ministry of Foreign Affairs said the Chinese vessel violated its sovereignty.", "vnm-foreign-ministry CHN", false},
	{"w ministry body thai justice", "Thailand's Justice Ministry said the former prime minister would serve his sentence in hospital.", "tha-justice-ministry", false},
	{"w court body india", "India's Supreme Court ordered the government to explain the demolitions.", "ind-supreme-court", true},
	{"w court body south africa", "South Africa's Constitutional Court ruled the law invalid.", "zaf-constitutional-court", false},
	{"w court body germany", "Germany's Constitutional Court rejected the challenge to the debt brake.", "deu-constitutional-court", false},
	{"w court body high court kenya", "Kenya's High Court suspended the deployment of police to Haiti.", "ken-high-court ken-police HTI", true},
	{"w legislature bundestag", "The Bundestag voted 512 to 206 to loosen the debt brake.", "deu-parliament", false},
	{"w legislature sejm", "Poland's Sejm passed the bill on Friday.", "pol-sejm", false},
	{"w legislature duma", "The State Duma approved the treaty with North Korea.", "rus-duma PRK", true},
	{"w legislature national assembly korea", "South Korea's National Assembly voted to impeach the acting president.", "kor-parliament", false},
	{"w legislature knesset first reading", "The Knesset passed the bill in a first reading.", "isr-parliament", false},
	{"w police body nigeria", "The Nigeria Police Force said 15 suspects had been arrested in Kano.", "nga-police", false},
	{"w police body philippines", "The Philippine National Police said the suspect was killed in a shootout.", "phl-police", false},
	{"w police body federal police australia", "The Australian Federal Police charged two men with foreign interference.", "aus-police", false},
	{"w agency efcc", "The Economic and Financial Crimes Commission arrested a former governor in Abuja.", "nga-efcc", true},
	{"w agency nab", "Pakistan's National Accountability Bureau filed a new reference against the former prime minister.", "pak-nab", false},
	{"w agency nabu", "Ukraine's National Anti-Corruption Bureau said it had charged a former deputy minister.", "ukr-nabu", false},
	{"w central bank body turkey", "Turkey's central bank raised its key rate to 46%.", "tur-central-bank", false},
	{"w central bank body mexico", "Banco de Mexico cut its benchmark rate by 50 basis points.", "mex-central-bank", false},
	{"w central bank body indonesia", "Bank Indonesia held its policy rate at 5.75%.", "idn-central-bank", false},
	{"w party committee cpc", "The Central Committee of the Chinese Communist Party will meet in October.", "ccp", true},
	{"w party anc nec", "The ANC's National Executive Committee decided to recall the premier.", "anc", false},
	{"w party spokesman bjp", "BJP spokesman Sambit Patra said the opposition had insulted the army.", "sambit-patra/person/IND bjp", false},
	{"w party leader unknown", "Party chairman Julius Abure said the party would challenge the result in court.", "julius-abure/person", false},
	{"w committee us senate", "The Senate Foreign Relations Committee advanced the nomination by a vote of 12-10.", "senate-foreign-relations-committee", false},
	{"w committee us house", "The House Judiciary Committee subpoenaed the former official.", "house-judiciary-committee", false},
	{"w committee chair", "Rep. Jim Jordan, chairman of the House Judiciary Committee, said the agency had stonewalled Congress.", "jim-jordan/person/USA house-judiciary-committee usa-congress", true},
	{"w committee uk", "The Treasury Committee of the House of Commons criticised the regulator.", "treasury-committee gbr-commons", false},
	{"w un spokesman dujarric", "U.N. spokesman Stephane Dujarric said aid trucks had been blocked.", "stephane-dujarric/person united-nations", false},
	{"w iaea grossi", "IAEA chief Rafael Grossi said inspectors had not been allowed into the site.", "rafael-grossi/person iaea", false},
	{"w eu kallas", "EU foreign policy chief Kaja Kallas said the bloc would adopt new sanctions.", "kaja-kallas/person european-union", false},
	{"w nato rutte lone", "Rutte said NATO allies had agreed to spend more on defence.", "mark-rutte/person nato", false},
	{"w no actor spokesman", "A spokesman for the company declined to comment.", "", false},
	{"w no actor said officials", "Officials said the death toll was expected to rise.", "", false},
	{"w no actor minister unnamed", "The minister told reporters the plan would be unveiled next month.", "", false},
	{"w no actor judge unnamed", "The judge adjourned the case until Thursday.", "", false},
}

// enNews42Batch2Rows were written after the first batch's rules and
// annotated before their first run.
var enNews42Batch2Rows = []wantRow{
	{"b2 spokesman indonesia foreign", "\"Indonesia will not take sides,\" said Rolliansyah Soemirat, a spokesman for Indonesia's foreign ministry.", "rolliansyah-soemirat/person/IDN idn-foreign-ministry", true},
	{"b2 spokeswoman french defense", "\"No French soldier was hurt,\" said Marie Lefebvre, a spokeswoman for France's Defence Ministry.", "marie-lefebvre/person/FRA fra-defense-ministry", true},
	{"b2 age told afp", "Oksana Kovalenko, 47, told AFP that her son had been missing since 2023.", "oksana-kovalenko/person afp", false},
	{"b2 lone surname known 2", "Carney said Canada would retaliate against the new tariffs.", "mark-carney/person/CAN CAN", false},
	{"b2 ms sheinbaum", "Ms. Sheinbaum told her morning news conference that Mexico would not accept U.S. troops.", "claudia-sheinbaum/person/MEX MEX USA", false},
	{"b2 interior minister unknown", "Chilean Interior Minister Alvaro Elizalde said the fires had destroyed 1,500 homes.", "alvaro-elizalde/person/CHL CHL", false},
	{"b2 appositive minister 2", "\"The budget is credible,\" said Enoch Godongwana, South Africa's finance minister.", "enoch-godongwana/person/ZAF ZAF", false},
	{"b2 sen tag unknown", "Sen. Marsha Blackburn (R-Tenn.) said the company had misled parents.", "marsha-blackburn/person/USA", false},
	{"b2 rep tag unknown", "Rep. Ro Khanna, D-Calif., called for the files to be released.", "ro-khanna/person/USA", false},
	{"b2 judge unknown 2", "U.S. District Judge William Young in Boston ruled the grant cuts unlawful.", "william-young/person/USA USA", false},
	{"b2 bank of thailand", "Bank of Thailand Governor Sethaput Suthiwartnarueput said the baht was too strong.", "sethaput-suthiwartnarueput/person/THA tha-central-bank", false},
	{"b2 ministry body malaysia home", "Malaysia's Home Ministry said 200 migrants had been detained in raids.", "mys-home-affairs-ministry", false},
	{"b2 court body colombia", "Colombia's Constitutional Court struck down the reform.", "col-constitutional-court", false},
	{"b2 police spokesman unknown", "Police spokesman Ali Ehsan said the bomber had targeted a police van in Quetta.", "ali-ehsan/person", false},
	{"b2 committee bundestag", "The Bundestag's defence committee summoned the defence minister.", "defence-committee deu-parliament", true},
	{"b2 army spokesman unknown", "Israeli military spokesman Effie Defrin said troops had killed 15 militants.", "effie-defrin/person/ISR isr-armed-forces", false},
	{"b2 party spokesman unknown", "Congress spokesman Jairam Ramesh said the government had failed.", "jairam-ramesh/person/IND indian-national-congress", false},
	{"b2 no actor", "A police spokesman said an investigation was under way.", "", false},
}

func TestENNews42Grid(t *testing.T) {
	t.Run("batch1", func(t *testing.T) { runWantGrid(t, "en", enNews42Rows, 120) })
	t.Run("batch2", func(t *testing.T) { runWantGrid(t, "en", enNews42Batch2Rows, 15) })
}
