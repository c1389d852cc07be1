package extract

import "testing"

// enBody38GridRows are English present-day news sentences (2018-2026)
// naming named bodies of many states as wire copy writes them (issue #12):
// "Nigeria's Defence Ministry", "the Egyptian Foreign Ministry", "Brazil's
// Supreme Federal Court", "the Knesset", "Mexico's National Guard", "the
// Reserve Bank of India", their heads and spokespeople with titles; and
// rows where a body's word with no state named ("the ministry said", "a
// local court", "the central bank") must make no body. A body is wanted as
// the gazetteer names it, or as the made "<state>-<type>" id of stateBody,
// with kind and state; a state beside its own body is neither wanted nor
// unwanted (the English grids' convention). Written and annotated before
// the extractor ran on them.
var enBody38GridRows = []wireGridRow{
	// Ministries.
	{"nga defence ministry", "Nigeria's Defence Ministry said troops killed dozens of insurgents in Borno state.", []string{"nga-defense-ministry/agency/NGA"}, nil, false, false},
	{"iran foreign ministry spokesman", "Iranian Foreign Ministry spokesman Esmaeil Baghaei rejected the accusations as baseless.", []string{"irn-foreign-ministry/agency/IRN", "esmaeil-baghaei"}, nil, false, false},
	{"argentina economy ministry", "Argentina's Economy Ministry announced the removal of most currency controls.", []string{"arg-economy-ministry/agency/ARG"}, nil, false, false},
	{"cambodian defence ministry", "Cambodia's Defence Ministry accused Thai troops of opening fire first.", []string{"khm-defense-ministry/agency/KHM", "THA"}, nil, false, false},
	{"philippine defense department", "The Philippine Defense Ministry rejected China's claims over Scarborough Shoal.", []string{"phl-defense-ministry/agency/PHL", "CHN"}, nil, false, false},
	{"egypt electricity ministry", "Egypt's Energy Ministry imposed rolling blackouts during the summer.", []string{"egy-energy-ministry/agency/EGY"}, nil, false, false},
	{"qatari foreign ministry talks", "Qatar's Foreign Ministry said ceasefire negotiations were continuing.", []string{"qat-foreign-ministry/agency/QAT"}, nil, false, false},
	{"israeli defense ministry f35", "The Israeli Defense Ministry approved the purchase of 25 more F-35 fighter jets.", []string{"isr-defense-ministry/agency/ISR"}, nil, false, false},
	{"congo health ministry ebola", "Congo's Health Ministry confirmed a new Ebola outbreak in Kasai province.", []string{"cod-health-ministry/agency/COD"}, nil, false, false},
	{"vietnamese trade ministry steel", "The Vietnamese Trade Ministry opened an anti-dumping investigation into coated steel from China.", []string{"vnm-trade-ministry/agency/VNM", "CHN"}, nil, false, false},
	{"russian defence ministry drones", "Russia's Defence Ministry said air defences shot down 120 Ukrainian drones overnight.", []string{"rus-defense-ministry/agency/RUS", "UKR"}, nil, false, false},
	{"jordan foreign ministry aqsa", "Jordan's Foreign Ministry condemned the storming of the Al-Aqsa Mosque compound by settlers.", []string{"jor-foreign-ministry/agency/JOR"}, nil, false, false},
	{"chinese foreign ministry lin jian", "Chinese Foreign Ministry spokesman Lin Jian said Beijing opposed unilateral sanctions.", []string{"chn-foreign-ministry/agency/CHN", "lin-jian"}, nil, false, false},
	{"bangladesh home ministry awami", "Bangladesh's Home Ministry banned all activities of the Awami League.", []string{"bgd-home-affairs-ministry/agency/BGD"}, nil, false, false},
	{"sudan health ministry cholera", "Sudan's Health Ministry said the cholera outbreak had killed more than 2,000 people.", []string{"sdn-health-ministry/agency/SDN"}, nil, false, false},
	{"kenyan interior ministry", "Kenya's Interior Ministry imposed a curfew in three counties after the clashes.", []string{"ken-home-affairs-ministry/agency/KEN"}, nil, false, false},
	{"ministry of foreign affairs of ethiopia", "The Ministry of Foreign Affairs of Ethiopia rejected the statement from Cairo.", []string{"eth-foreign-ministry/agency/ETH"}, nil, false, false},
	{"nigerian information minister", "Nigeria's Information Minister Mohammed Idris said the government would not negotiate with bandits.", []string{"mohammed-idris", "NGA"}, nil, false, false},

	// Courts.
	{"thai constitutional court", "Thailand's Constitutional Court removed Prime Minister Paetongtarn Shinawatra from office.", []string{"tha-constitutional-court/court/THA", "paetongtarn-shinawatra"}, nil, false, false},
	{"south korea constitutional court", "South Korea's Constitutional Court upheld the impeachment of President Yoon Suk Yeol.", []string{"kor-constitutional-court/court/KOR", "yoon-suk-yeol"}, nil, false, false},
	{"bangladesh supreme court quotas", "Bangladesh's Supreme Court scaled back the job quotas that had sparked student protests.", []string{"bgd-supreme-court/court/BGD"}, nil, false, false},
	{"israeli supreme court shin bet", "The Israeli Supreme Court froze the government's decision to fire the head of the Shin Bet.", []string{"isr-supreme-court/court/ISR"}, nil, false, false},
	{"kenya supreme court ruto", "Kenya's Supreme Court upheld William Ruto's victory in the presidential election.", []string{"ken-supreme-court/court/KEN", "william-ruto"}, nil, false, false},
	{"peru constitutional court fujimori", "Peru's Constitutional Court ordered the release of former president Alberto Fujimori.", []string{"per-constitutional-court/court/PER", "alberto-fujimori"}, nil, false, false},
	{"iran supreme court toomaj", "Iran's Supreme Court overturned the death sentence against rapper Toomaj Salehi.", []string{"irn-supreme-court/court/IRN"}, nil, false, false},
	{"pakistani supreme court khan", "The Pakistani Supreme Court ordered the release of Imran Khan.", []string{"pak-supreme-court/court/PAK", "imran-khan"}, nil, false, false},
	{"malaysian high court 1mdb", "Malaysia's High Court found Najib Razak guilty in the 1MDB case.", []string{"mys-high-court/court/MYS", "najib-razak"}, nil, false, false},
	{"uganda high court besigye", "A Ugandan High Court judge denied bail to opposition figure Kizza Besigye.", []string{"uga-high-court/court/UGA", "kizza-besigye"}, nil, false, false},
	{"nepal supreme court social media", "Nepal's Supreme Court ordered the government to lift the social media ban.", []string{"npl-supreme-court/court/NPL"}, nil, false, false},

	// Legislatures.
	{"knesset unrwa", "The Knesset passed a law barring UNRWA from operating in Israel.", []string{"isr-parliament/legislature/ISR", "unrwa"}, nil, false, false},
	{"iran parliament iaea", "Iran's parliament approved a bill suspending cooperation with the IAEA.", []string{"irn-parliament/legislature/IRN", "iaea"}, nil, false, false},
	{"philippine house impeach", "The Philippine House of Representatives impeached Vice President Sara Duterte.", []string{"phl-house/legislature/PHL", "sara-duterte"}, nil, false, false},
	{"ukraine parliament martial law", "Ukraine's parliament again extended martial law for 90 days.", []string{"ukr-parliament/legislature/UKR"}, nil, false, false},
	{"turkish parliament sweden", "The Turkish parliament ratified Sweden's membership of NATO.", []string{"tur-parliament/legislature/TUR", "SWE", "nato"}, nil, false, false},
	{"peru congress boluarte", "Peru's Congress removed President Dina Boluarte from office.", []string{"per-congress/legislature/PER", "dina-boluarte"}, nil, false, false},
	{"brazil congress tax", "Brazil's Congress overturned the increase in the financial transactions tax.", []string{"bra-congress/legislature/BRA"}, nil, false, false},
	{"pakistan national assembly shehbaz", "Pakistan's National Assembly elected Shehbaz Sharif as prime minister.", []string{"pak-parliament/legislature/PAK", "shehbaz-sharif"}, nil, false, false},
	{"iraqi parliament speaker", "Iraq's parliament again failed to elect a new speaker.", []string{"irq-parliament/legislature/IRQ"}, nil, false, false},
	{"colombian senate petro", "Colombia's Senate rejected the labour reform proposed by President Gustavo Petro.", []string{"col-senate/legislature/COL", "gustavo-petro"}, nil, false, false},
	{"georgian parliament foreign agents", "Georgia's parliament adopted the foreign agents law over the president's veto.", []string{"geo-parliament/legislature/GEO"}, nil, false, false},
	{"nigerian senate budget", "The Nigerian Senate passed the 2025 budget.", []string{"nga-senate/legislature/NGA"}, nil, false, false},

	// Armed forces and security.
	{"pakistani air force jets", "The Pakistani Air Force said it shot down five Indian fighter jets.", []string{"pak-air-force/military/PAK", "IND"}, nil, false, false},
	{"mexican national guard sinaloa", "Members of the Mexican National Guard clashed with gunmen in Sinaloa.", []string{"mex-national-guard/military/MEX"}, []string{"usa-national-guard"}, false, false},
	{"philippine coast guard water cannon", "The Philippine Coast Guard accused Chinese ships of firing water cannon.", []string{"phl-coast-guard/agency/PHL", "CHN"}, nil, false, false},
	{"sudan armed forces khartoum", "The Sudanese Armed Forces recaptured the presidential palace in Khartoum.", []string{"sdn-armed-forces/military/SDN"}, nil, false, false},
	{"thai air force f16", "Thailand's air force sent F-16 fighter jets to the Cambodian border.", []string{"tha-air-force/military/THA"}, nil, false, false},
	{"ukrainian navy black sea", "Ukraine's navy said it sank a Russian landing ship in the Black Sea.", []string{"ukr-navy/military/UKR", "RUS"}, nil, false, false},
	{"indian army kashmir", "The Indian Army said two militants were killed in Kashmir.", []string{"ind-army/military/IND"}, nil, false, false},
	{"malaysian navy tanker", "The Royal Malaysian Navy detained a foreign-flagged tanker off Johor.", []string{"mys-navy/military/MYS"}, nil, false, false},
	{"turkish armed forces iraq", "The Turkish Armed Forces carried out air strikes in northern Iraq.", []string{"tur-armed-forces/military/TUR"}, nil, false, false},
	{"egyptian army sinai", "Egypt's army deployed additional troops in the Sinai Peninsula.", []string{"egy-army/military/EGY"}, nil, false, false},
	{"kenyan police protesters", "Kenya's police fired tear gas at protesters in Nairobi.", []string{"ken-police/agency/KEN"}, nil, false, false},
	{"nigeria police force", "The Nigeria Police Force arrested 20 suspects after the attack.", []string{"nga-police/agency/NGA"}, nil, false, false},
	{"mossad", "The Mossad said it had foiled a plot against Israeli targets abroad.", []string{"isr-mossad/agency/ISR"}, nil, false, false},
	{"pakistan isi", "Pakistan's Inter-Services Intelligence agency denied any role in the attack.", []string{"pak-intelligence/agency/PAK"}, nil, false, false},
	{"rosgvardia", "Russia's National Guard said it detained several armed men in Dagestan.", []string{"rus-national-guard/military/RUS"}, []string{"usa-national-guard"}, false, false},

	// Agencies and central banks.
	{"reserve bank of india", "The Reserve Bank of India cut its key interest rate by 25 basis points.", []string{"ind-central-bank/agency/IND"}, nil, false, false},
	{"turkish central bank", "The Turkish central bank raised its policy rate to 50 percent.", []string{"tur-central-bank/agency/TUR"}, nil, false, false},
	{"central bank of nigeria", "The Central Bank of Nigeria held its benchmark rate at 27.5 percent.", []string{"nga-central-bank/agency/NGA"}, nil, false, false},
	{"egypt central bank pound", "Egypt's central bank let the pound float freely.", []string{"egy-central-bank/agency/EGY"}, nil, false, false},
	{"brazil central bank selic", "Brazil's central bank raised the Selic rate to 15 percent.", []string{"bra-central-bank/agency/BRA"}, nil, false, false},
	{"india election commission", "India's Election Commission announced the dates for the Bihar assembly election.", []string{"ind-election-commission/agency/IND"}, nil, false, false},
	{"kenya electoral commission", "Kenya's Electoral Commission said voter registration would resume in January.", []string{"ken-election-commission/agency/KEN"}, nil, false, false},
	{"malaysian anti graft", "Malaysia's anti-graft agency froze bank accounts linked to the former minister.", []string{"mys-anti-corruption/agency/MYS"}, nil, false, false},
	{"ukraine nabu", "Ukraine's anti-corruption bureau charged a former deputy prime minister.", []string{"ukr-nabu/agency/UKR"}, nil, false, false},
	{"bank of thailand", "The Bank of Thailand kept its policy rate unchanged.", []string{"tha-central-bank/agency/THA"}, nil, false, false},
	{"central bank of iran", "The Central Bank of Iran set a new exchange rate after the rial plunged.", []string{"irn-central-bank/agency/IRN"}, nil, false, false},

	// Governments and heads.
	{"bangladesh interim government", "Bangladesh's interim government announced that elections would be held in February.", []string{"BGD"}, nil, false, false},
	{"iranian foreign minister araghchi", "Iranian Foreign Minister Abbas Araghchi arrived in Oman for talks.", []string{"abbas-araghchi", "IRN"}, nil, false, false},
	{"egyptian foreign minister", "Egyptian Foreign Minister Badr Abdelatty met his Qatari counterpart in Cairo.", []string{"badr-abdelatty", "EGY"}, nil, false, false},
	{"central bank governor turkey", "Turkish central bank governor Fatih Karahan said inflation would keep falling.", []string{"fatih-karahan", "tur-central-bank/agency/TUR"}, nil, false, false},
	{"rbi governor malhotra", "Reserve Bank of India Governor Sanjay Malhotra said growth remained robust.", []string{"sanjay-malhotra", "ind-central-bank/agency/IND"}, nil, false, false},
	{"knesset speaker ohana", "Knesset Speaker Amir Ohana adjourned the session.", []string{"amir-ohana", "isr-parliament/legislature/ISR"}, nil, false, false},
	{"irgc commander", "IRGC commander Hossein Salami warned Israel of a crushing response.", []string{"hossein-salami", "irn-irgc/military/IRN", "ISR"}, nil, false, false},
	{"thai army chief", "Thai army chief General Pana Claewplodtook said troops would hold their positions.", []string{"pana-claewplodtook", "tha-army/military/THA"}, nil, false, false},
	{"saudi pif", "The Saudi Public Investment Fund agreed to buy a stake in the video game company.", []string{"saudi-public-investment-fund/organization/SAU"}, nil, false, false},

	// No actor and generic uses.
	{"the ministry said", "The ministry said the new rules would take effect next month.", nil, nil, true, false},
	{"a local court", "A local court sentenced the man to five years in prison.", nil, nil, true, false},
	{"the military junta", "The military junta extended the state of emergency for another six months.", nil, nil, true, false},
	{"security forces alone", "Security forces fired tear gas to disperse the crowd.", nil, nil, true, false},
	{"the central bank", "The central bank kept interest rates unchanged for a third straight meeting.", nil, nil, true, false},
	{"the supreme court generic", "The supreme court is expected to rule on the case next month.", nil, nil, true, false},
	{"parliament generic", "Parliament is due to vote on the budget next week.", nil, nil, true, false},
	{"the navy generic", "The navy said the vessel was intercepted in international waters.", nil, nil, true, false},
	{"the election commission", "The election commission said turnout was about 60 percent.", nil, nil, true, false},
	{"the defence ministry generic", "The defence ministry did not respond to a request for comment.", nil, nil, true, false},
	{"the national guard", "The national guard was deployed after the floods.", nil, nil, true, false},
	{"the coast guard", "The coast guard rescued 14 fishermen after their boat capsized.", nil, nil, true, false},
	{"oil prices", "Oil prices rose 3 percent in Asian trading on Monday.", nil, nil, true, false},
	{"the high court", "The High Court adjourned the hearing until next week.", nil, nil, true, false},
	{"the army spokesman", "An army spokesman said the situation was under control.", nil, nil, true, false},
	{"police said", "Police said three people were arrested at the scene.", nil, nil, true, false},
	{"finance ministers", "Finance ministers of the region are due to meet next month.", nil, nil, true, false},
	{"a foreign ministry official", "A foreign ministry official declined to comment on the report.", nil, nil, true, false},

	// Harder shapes: lower case, "of", spokespeople, top courts, more agencies.
	{"defence ministry of nigeria", "The Defence Ministry of Nigeria denied that civilians were killed in the air strike.", []string{"nga-defense-ministry/agency/NGA"}, nil, false, false},
	{"nigeria defence ministry lower", "Nigeria's defence ministry said the air strike targeted a bandit camp.", []string{"nga-defense-ministry/agency/NGA"}, nil, false, false},
	{"spokesman for egypt foreign ministry", "A spokesman for Egypt's Foreign Ministry, Tamim Khallaf, said Cairo rejected any displacement of Palestinians.", []string{"egy-foreign-ministry/agency/EGY", "tamim-khallaf"}, nil, false, false},
	{"india mea jaiswal", "India's External Affairs Ministry spokesperson Randhir Jaiswal said the talks were constructive.", []string{"ind-foreign-ministry/agency/IND", "randhir-jaiswal"}, nil, false, false},
	{"pakistani foreign office", "The Pakistani Foreign Office summoned the Afghan charge d'affaires.", []string{"pak-foreign-ministry/agency/PAK", "AFG"}, nil, false, false},
	{"brazil top court", "Brazil's top court ordered the suspension of the social media platform.", []string{"bra-supreme-court/court/BRA"}, nil, false, false},
	{"pakistan top court", "Pakistan's top court restored the former chief justice.", []string{"pak-supreme-court/court/PAK"}, nil, false, false},
	{"israel top court", "Israel's top court ruled that ultra-Orthodox students must be drafted.", []string{"isr-supreme-court/court/ISR"}, nil, false, false},
	{"iran guardian council", "Iran's Guardian Council approved six candidates for the presidential election.", []string{"irn-guardian-council"}, nil, false, false},
	{"turkey supreme election council", "Turkey's Supreme Election Council ordered a rerun of the Istanbul vote.", []string{"tur-election-commission/agency/TUR"}, nil, false, false},
	{"egypt house of representatives", "Egypt's House of Representatives approved the new criminal procedure law.", []string{"egy-house/legislature/EGY"}, nil, false, false},
	{"nigeria house of representatives", "Nigeria's House of Representatives passed the tax reform bills.", []string{"nga-house/legislature/NGA"}, nil, false, false},
	{"kenya senate impeach", "Kenya's Senate voted to remove the deputy president from office.", []string{"ken-senate/legislature/KEN"}, nil, false, false},
	{"russian lower house", "Russia's lower house of parliament approved the bill in a third reading.", []string{"rus-duma/legislature/RUS"}, nil, false, false},
	{"iran parliament speaker ghalibaf", "Iranian parliament speaker Mohammad Bagher Ghalibaf warned the United States against an attack.", []string{"mohammad-bagher-ghalibaf", "irn-parliament/legislature/IRN", "USA"}, nil, false, false},
	{"shin bet", "Israel's Shin Bet security service said it arrested two suspects in the West Bank.", []string{"isr-shin-bet/agency/ISR"}, nil, false, false},
	{"israel defense forces", "The Israel Defense Forces said it struck Hezbollah targets in southern Lebanon.", []string{"isr-armed-forces/military/ISR", "hezbollah"}, nil, false, false},
	{"indian navy", "The Indian Navy rescued the crew of a hijacked merchant vessel.", []string{"ind-navy/military/IND"}, nil, false, false},
	{"fsb", "Russia's Federal Security Service said it detained a man accused of spying for Ukraine.", []string{"rus-fsb/agency/RUS", "UKR"}, nil, false, false},
	{"sbu", "Ukraine's SBU security service said it hit a Russian airfield with drones.", []string{"ukr-sbu/agency/UKR", "RUS"}, nil, false, false},
	{"ukraine general staff", "Ukraine's General Staff said Russian forces launched 150 attacks along the front.", []string{"ukr-general-staff/military/UKR", "RUS"}, nil, false, false},
	{"turkey mit", "Turkey's MIT intelligence agency captured an Islamic State commander in Syria.", []string{"tur-intelligence/agency/TUR"}, nil, false, false},
	{"philippine national police", "The Philippine National Police arrested the former mayor in Manila.", []string{"phl-police/agency/PHL"}, nil, false, false},
	{"brazil federal police", "Brazil's Federal Police raided the homes of several lawmakers.", []string{"bra-police/agency/BRA"}, nil, false, false},
	{"argentina central bank", "Argentina's central bank bought $500 million in reserves.", []string{"arg-central-bank/agency/ARG"}, nil, false, false},
	{"state bank of pakistan", "The State Bank of Pakistan cut its policy rate to 11 percent.", []string{"pak-central-bank/agency/PAK"}, nil, false, false},
	{"bank of korea", "The Bank of Korea held its benchmark rate steady.", []string{"kor-central-bank/agency/KOR"}, nil, false, false},
	{"central bank of egypt", "The Central Bank of Egypt raised interest rates by 600 basis points.", []string{"egy-central-bank/agency/EGY"}, nil, false, false},
	{"thailand election commission", "Thailand's Election Commission disqualified the candidate.", []string{"tha-election-commission/agency/THA"}, nil, false, false},
	{"south africa iec", "South Africa's Independent Electoral Commission announced the final results.", []string{"zaf-election-commission/agency/ZAF"}, nil, false, false},
	{"efcc nigeria", "Nigeria's Economic and Financial Crimes Commission arrested a former state governor.", []string{"nga-efcc/agency/NGA"}, nil, false, false},
	{"myanmar junta", "Myanmar's junta extended the state of emergency by six months.", []string{"mmr-armed-forces/military/MMR"}, nil, false, false},
	{"niger junta", "Niger's junta expelled the French ambassador.", []string{"NER", "FRA"}, nil, false, false},
	{"rsf sudan", "Sudan's paramilitary Rapid Support Forces seized the city of El Fasher.", []string{"rsf"}, nil, false, false},
	{"colombia prosecutor", "Colombia's Attorney General's Office charged the president's son with money laundering.", []string{"col-attorney-general/agency/COL"}, nil, false, false},
	{"pakistan military spokesman", "Pakistani military spokesman Lieutenant General Ahmed Sharif Chaudhry said India attacked six sites.", []string{"ahmed-sharif-chaudhry", "PAK", "IND"}, nil, false, false},
	{"head of kenya election commission", "The chairman of Kenya's electoral commission, Erastus Ethekon, said preparations were on track.", []string{"ken-election-commission/agency/KEN", "erastus-ethekon"}, nil, false, false},
	{"mexican navy", "Mexico's navy seized two tonnes of cocaine off the Pacific coast.", []string{"mex-navy/military/MEX"}, nil, false, false},
	{"south korea cio", "South Korea's anti-corruption agency detained former president Yoon Suk Yeol.", []string{"kor-anti-graft-agency/agency/KOR", "yoon-suk-yeol"}, nil, false, false},

	// More generic uses.
	{"the country's top court", "The country's top court is expected to rule on the case next month.", nil, nil, true, false},
	{"the interior ministry said", "The interior ministry said the curfew would be lifted on Friday.", nil, nil, true, false},
	{"the junta spokesman", "A junta spokesman said the elections would go ahead as planned.", nil, nil, true, false},
	{"the upper house", "The upper house of parliament is set to debate the bill on Tuesday.", nil, nil, true, false},
	{"the electoral commission", "The electoral commission said results would be announced within a week.", nil, nil, true, false},
	{"army generic", "The army said the soldiers had been acting in self-defence.", nil, nil, true, false},
	{"the presidential guard", "The presidential guard sealed off the area around the palace.", nil, nil, true, false},
}

// TestEnBody38Grid runs enBody38GridRows under the bodies grids' article
// date.
func TestEnBody38Grid(t *testing.T) {
	runIDBodiesGrid(t, enBody38GridRows, "en")
}

// enBody38Batch2Rows are the grid's second batch, written and annotated
// after the first batch's rules, before running.
var enBody38Batch2Rows = []wireGridRow{
	{"b2 spokesman for pakistan foreign office", "A spokesman for Pakistan's Foreign Ministry, Shafqat Ali Khan, said Islamabad wanted dialogue.", []string{"pak-foreign-ministry/agency/PAK", "shafqat-ali-khan"}, nil, false, false},
	{"b2 head of nigeria police", "The head of Nigeria's police, Kayode Egbetokun, ordered an investigation.", []string{"nga-police/agency/NGA", "kayode-egbetokun"}, nil, false, false},
	{"b2 spokeswoman for thai army", "A spokeswoman for Thailand's army, Richa Suksuwanon, said two soldiers were wounded.", []string{"tha-army/military/THA", "richa-suksuwanon"}, nil, false, false},
	{"b2 iran assembly of experts", "Iran's Assembly of Experts met in Tehran to discuss the succession.", []string{"irn-assembly-of-experts"}, nil, false, false},
	{"b2 expediency council", "The Expediency Council approved Iran's accession to the financing convention.", []string{"irn-expediency-council"}, nil, false, false},
	{"b2 ysk", "Turkey's Supreme Election Council rejected the opposition's appeal.", []string{"tur-election-commission/agency/TUR"}, nil, false, false},
	{"b2 mit syria", "Turkey's MIT intelligence agency said it killed a PKK commander in northern Syria.", []string{"tur-intelligence/agency/TUR"}, nil, false, false},
	{"b2 opposition figure navalny", "A Russian court jailed opposition figure Ilya Yashin for eight and a half years.", []string{"ilya-yashin"}, nil, false, false},
	{"b2 egypt parliament", "Egypt's parliament approved the extension of the state of emergency.", []string{"egy-parliament/legislature/EGY"}, nil, false, false},
	{"b2 ghana central bank", "The Bank of Ghana raised its policy rate by 100 basis points.", []string{"gha-central-bank/agency/GHA"}, nil, false, false},
	{"b2 peru national police", "Peru's National Police detained the former president at his home.", []string{"per-police/agency/PER"}, nil, false, false},
	{"b2 colombian army", "Colombia's army said six soldiers were killed in a drone attack in Cauca.", []string{"col-army/military/COL"}, nil, false, false},
	{"b2 zimbabwe high court", "Zimbabwe's High Court granted bail to the journalist.", []string{"zwe-high-court/court/ZWE"}, nil, false, false},
	{"b2 chairman of indian ec", "The chief of India's Election Commission, Gyanesh Kumar, rejected the allegations.", []string{"ind-election-commission/agency/IND", "gyanesh-kumar"}, nil, false, false},
	{"b2 none ministry spokesman", "A ministry spokesman said the talks would resume on Monday.", nil, nil, true, false},
	{"b2 none spokesman for the court", "A spokesman for the court, who declined to be named, confirmed the ruling.", nil, nil, true, false},
	{"b2 none guard council", "The council said it would review the decision next week.", nil, nil, true, false},
	{"b2 none opposition figure", "The opposition figure said he would appeal the verdict.", nil, nil, true, false},
}

// TestEnBody38Batch2 runs the grid's second batch.
func TestEnBody38Batch2(t *testing.T) {
	runIDBodiesGrid(t, enBody38Batch2Rows, "en")
}
