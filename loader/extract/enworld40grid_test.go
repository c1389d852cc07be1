package extract

import "testing"

// enWorld40Rows are English present-day (2015-2026) wire sentences
// composed for the English world grid 40 of issue #12 (never copied from a
// data set) and annotated before the extractor ran on them. The class:
// the states the earlier grids covered least and the other names news
// gives them (Türkiye/Turkey, Czechia, Ivory Coast/Côte d'Ivoire,
// Burma/Myanmar, Eswatini/Swaziland, Cabo Verde, East Timor/Timor-Leste,
// "the DRC"/"DR Congo"/"Congo-Kinshasa" and "Congo-Brazzaville"/"the
// Republic of the Congo", "the Gambia", "the UAE"/"the Emirates",
// "Holland", North Macedonia, Bosnia, Kosovo, Moldova, Central Asia,
// Georgia the state beside Georgia the US state, the Pacific, the
// Caribbean, Central and West Africa), their demonyms ("Congolese",
// "Ivorian", "Kyrgyz", "Emirati", "Salvadoran", "Burkinabe", "Malian",
// "Nigerien" beside "Nigerian"), capitals as agents of political acts
// ("Kigali denied", "Bamako expelled": the state) beside capitals as
// places (no actor, or a place), and leaders and ministers of those states
// by title and name.
//
// Each wanted actor is "id", "id/kind" or "id/kind/country" (wantProblems);
// states by ISO3 as the gazetteer spells them (Kosovo XKX); a person the
// gazetteer holds is its id, any other the slug of the name as written; a
// US state is a place, never GEO; as in enWiki40Rows a state named in a
// title or by a demonym is an actor beside the person, and a state's body
// named by its state ("Myanmar's junta", "Kosovar police") is the body.
//
// First run: over 40 rows failed, most of them leader rows (the count was
// cut from the log). Annotations were then corrected before any rule
// was written, to the conventions above, never to output that
// contradicts them: the title's state added to the 40 leader rows that
// lacked it (a wrong reading of the id/kind/country form), the gazetteer's
// un-security-council, mmr-armed-forces for "junta" and "military chief",
// xkx-police, demonyms of third states (Russian, French) and a capital as
// an agent ("alarming Canberra", an ambassador recalled "from Kigali"),
// Queen Elizabeth, cod-parliament, and "visited Kyiv" as a place. Before
// the rules of the pass: 141 of 150, the 9 failing rows marked known.
var enWorld40Rows = []wantRow{
	// other names of states
	{"w turkiye gas", "Türkiye signed a long-term gas supply agreement with Turkmenistan on Tuesday.", "TUR TKM", false},
	{"w turkiye plain", "Turkiye said it would reopen its border crossing with Armenia for aid shipments.", "TUR ARM", false},
	{"w czechia ammo", "Czechia has delivered more than a million artillery shells to Ukraine under its ammunition initiative.", "CZE UKR", false},
	{"w czech republic", "The Czech Republic expelled two Russian diplomats accused of spying on Monday.", "CZE RUS", false},
	{"w ivory coast", "Ivory Coast will hold a presidential election in October, the electoral commission said.", "CIV", false},
	{"w cote divoire", "Côte d'Ivoire and Ghana, the world's two largest cocoa producers, agreed to coordinate their prices.", "CIV GHA", false},
	{"w cote ascii", "Cote d'Ivoire's economy grew by 6 percent last year, the finance ministry said.", "CIV", false},
	{"w burma", "The United States imposed new sanctions on Burma's military rulers on Friday.", "USA MMR", false},
	{"w myanmar junta", "Myanmar's junta extended the state of emergency for another six months.", "mmr-armed-forces/military", false},
	{"w eswatini", "Eswatini received five deportees from the United States under a third-country agreement.", "SWZ USA", false},
	{"w swaziland", "Police in Swaziland fired tear gas at pro-democracy protesters in Mbabane.", "SWZ", false},
	{"w cabo verde", "Cabo Verde was certified malaria-free by the World Health Organization in January 2024.", "CPV who", false},
	{"w cape verde", "Cape Verde qualified for the World Cup for the first time after beating Eswatini.", "CPV SWZ", false},
	{"w east timor", "East Timor became the eleventh member of the Association of Southeast Asian Nations.", "TLS asean", false},
	{"w timor-leste", "Timor-Leste and Australia signed a treaty settling their maritime boundary in 2018.", "TLS AUS", false},
	{"w drc", "The DRC accused Rwanda of backing the M23 rebels who seized Goma in January.", "COD RWA m23", false},
	{"w dr congo", "DR Congo and Rwanda signed a peace agreement in Washington on Friday.", "COD RWA", false},
	{"w congo kinshasa", "Congo-Kinshasa recalled its ambassador from Kigali in protest.", "COD RWA", false},
	{"w congo brazzaville", "Congo-Brazzaville will hold a presidential election in March next year.", "COG", false},
	{"w republic of the congo", "The Republic of the Congo signed an oil exploration deal with a Chinese firm.", "COG CHN", false},
	{"w the gambia", "The Gambia brought a genocide case against Myanmar at the International Court of Justice.", "GMB MMR icj", false},
	{"w gambia plain", "Gambia's parliament rejected a bill to lift the ban on female genital cutting.", "gmb-parliament", false},
	{"w the uae", "The UAE mediated a prisoner exchange between Russia and Ukraine on Thursday.", "ARE RUS UKR", false},
	{"w the emirates", "Sudan's army accused the Emirates of arming the Rapid Support Forces.", "sdn-army/military ARE rsf", true},
	{"w holland", "Holland and Belgium agreed to step up police cooperation against drug gangs in the port of Antwerp.", "NLD BEL", false},
	{"w north macedonia", "North Macedonia opened accession talks with the European Union in July 2022.", "MKD european-union", false},
	{"w bosnia", "Bosnia's Serb leader Milorad Dodik was sentenced to a year in prison.", "BIH milorad-dodik/person", false},
	{"w kosovo serbia", "Kosovo and Serbia agreed on a plan to normalise relations under EU mediation.", "XKX SRB european-union", false},
	{"w moldova", "Moldova accused Russia of trying to buy votes ahead of the referendum.", "MDA RUS", false},
	{"w kyrgyzstan", "Kyrgyzstan and Tajikistan signed a treaty settling their long-disputed border.", "KGZ TJK", false},
	{"w turkmenistan", "Turkmenistan has pledged to close the gas crater known as the Gateway to Hell.", "TKM", false},
	{"w georgia state", "Georgia suspended talks on joining the European Union until 2028, sparking mass protests in Tbilisi.", "GEO european-union", false},
	{"w georgia us", "Voters in Georgia lined up for hours outside polling stations in Atlanta on Tuesday.", "", false},
	{"w georgia governor", "Georgia Governor Brian Kemp signed the election bill into law.", "brian-kemp/person", false},
	{"w atlanta georgia", "The company will build a battery plant near Savannah, Georgia, creating 8,000 jobs.", "", false},
	// the Pacific and the Caribbean
	{"w fiji", "Fiji and Papua New Guinea backed Australia's bid to host the climate summit.", "FJI PNG AUS", false},
	{"w solomon", "The Solomon Islands signed a security pact with China in 2022, alarming Canberra.", "SLB CHN AUS", false},
	{"w vanuatu icj", "Vanuatu led the push for an advisory opinion of the International Court of Justice on climate change.", "VUT icj", false},
	{"w tuvalu", "Tuvalu and Australia signed a treaty that offers Tuvaluans a path to residency.", "TUV AUS", false},
	{"w kiribati", "Kiribati switched diplomatic recognition from Taiwan to Beijing in 2019.", "KIR TWN CHN", false},
	{"w samoa tonga", "Samoa and Tonga were hit hardest by the tsunami that followed the eruption.", "WSM TON", false},
	{"w nauru", "Nauru cut ties with Taiwan days after the Taiwanese election.", "NRU TWN", false},
	{"w palau", "Palau's president said his country would not abandon Taiwan under pressure from China.", "PLW TWN CHN", false},
	{"w haiti kenya", "Kenya deployed the first contingent of police officers to Haiti in June 2024.", "KEN HTI", false},
	{"w jamaica", "Jamaica declared a state of emergency as Hurricane Melissa approached.", "JAM", false},
	{"w barbados", "Barbados removed Queen Elizabeth as its head of state and became a republic.", "BRB elizabeth-ii/person", false},
	{"w trinidad", "Trinidad and Tobago declared a state of emergency after a surge in gang killings.", "TTO", false},
	{"w guyana venezuela", "Guyana accused Venezuela of massing troops near the disputed Essequibo region.", "GUY VEN", false},
	{"w dominican republic", "The Dominican Republic deported thousands of Haitians last month.", "DOM HTI", false},
	{"w cuba", "Cuba suffered a nationwide blackout after its largest power plant failed.", "CUB", false},
	{"w st lucia", "Saint Lucia and Grenada joined calls for reparations for slavery at the summit.", "LCA GRD", false},
	// Central and West Africa
	{"w mali", "Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS.", "MLI BFA NER ecowas", false},
	{"w sahel", "The juntas of Mali, Burkina Faso and Niger formed a confederation of Sahel states.", "MLI BFA NER", false},
	{"w guinea", "Guinea held a referendum on a new constitution that lets the junta leader run for president.", "GIN", false},
	{"w guinea-bissau", "Guinea-Bissau's president dissolved parliament after what he called an attempted coup.", "GNB", false},
	{"w equatorial guinea", "Equatorial Guinea's vice president ordered the suspension of officials caught in a sex tape scandal.", "GNQ", false},
	{"w chad france", "Chad ended its defence cooperation agreement with France in November.", "TCD FRA", false},
	{"w cameroon", "Cameroon's constitutional council rejected the opposition's challenge to the election result.", "cmr-constitutional-council", true},
	{"w gabon", "Gabon held its first presidential election since the 2023 coup.", "GAB", false},
	{"w car", "The Central African Republic renewed its contract with Russian paramilitaries.", "CAF RUS", false},
	{"w togo", "Togo adopted a new constitution that scraps direct presidential elections.", "TGO", false},
	{"w benin", "Benin said two soldiers were killed in an attack near the border with Burkina Faso.", "BEN BFA", false},
	{"w sierra leone", "Sierra Leone declared a national emergency over drug abuse.", "SLE", false},
	{"w liberia", "Liberia won a non-permanent seat on the United Nations Security Council.", "LBR un-security-council", false},
	{"w senegal", "Senegal asked France to close its military bases by the end of the year.", "SEN FRA", false},
	{"w burundi", "Burundi closed its border with Rwanda, accusing it of backing rebels.", "BDI RWA", false},
	{"w sao tome", "Sao Tome and Principe signed a military cooperation deal with Russia.", "STP RUS", false},
	{"w mauritania", "Mauritania received 210 million euros from the European Union to curb migration.", "MRT european-union", false},
	// demonyms
	{"d congolese", "Congolese troops clashed with M23 fighters north of Goma on Sunday.", "COD m23", false},
	{"d congolese government", "The Congolese government rejected the rebels' demand for direct talks.", "COD", false},
	{"d ivorian", "Ivorian authorities arrested an opposition leader ahead of the vote.", "CIV", false},
	{"d kyrgyz", "Kyrgyz authorities detained a journalist who criticised the president.", "KGZ", false},
	{"d emirati", "An Emirati official denied that the country had supplied weapons to the RSF.", "ARE rsf", false},
	{"d salvadoran", "Salvadoran prisons will hold deportees sent from the United States.", "SLV USA", false},
	{"d burkinabe", "Burkinabe soldiers were killed in an ambush in the north of the country.", "BFA", false},
	{"d malian", "The Malian army said it had killed dozens of militants near Timbuktu.", "mli-army/military", false},
	{"d nigerien", "Nigerien officials suspended the licence of the French mining group Orano.", "NER FRA orano", false},
	{"d nigerian", "Nigerian police arrested 40 people after the protests in Abuja.", "nga-police", false},
	{"d nigerien vs nigerian", "Nigerien and Nigerian troops held a joint patrol along the border.", "NER NGA", false},
	{"d tajik", "Tajik and Kyrgyz border guards exchanged fire for a second day.", "TJK KGZ", false},
	{"d turkmen", "The Turkmen foreign ministry said the talks would resume next month.", "tkm-foreign-ministry", false},
	{"d moldovan", "Moldovan voters backed joining the European Union by a narrow margin.", "MDA european-union", false},
	{"d kosovar", "Kosovar police took control of the northern municipal buildings.", "xkx-police", false},
	{"d bosnian serb", "The Bosnian state court issued an arrest warrant for the Serb leader.", "BIH", false},
	{"d macedonian", "The Macedonian government said the bridge would reopen next week.", "MKD", false},
	{"d georgian", "The Georgian government said it would not sign the agreement.", "GEO", false},
	{"d gambian", "Gambian migrants made up most of the passengers on the boat that capsized.", "GMB", false},
	{"d cape verdean", "Cape Verdean officials said the boat had drifted for weeks before it was found.", "CPV", false},
	{"d burmese", "Burmese refugees crossed into Thailand after air strikes on their villages.", "MMR THA", false},
	{"d swazi", "The Swazi king appointed a new prime minister after the election.", "SWZ", false},
	{"d timorese", "Timorese officials welcomed the decision of ASEAN leaders.", "TLS asean", false},
	{"d haitian", "Haitian police said gangs had attacked two towns north of Port-au-Prince.", "hti-police", false},
	{"d jamaican", "Jamaican authorities evacuated coastal communities on Monday.", "JAM", false},
	{"d fijian", "The Fijian government said the aid would be distributed within a week.", "FJI", false},
	// capitals as agents and as places
	{"c kigali denied", "Kigali denied sending troops across the border into eastern Congo.", "RWA COD", true},
	{"c bamako expelled", "Bamako expelled the French ambassador and gave him 72 hours to leave.", "MLI FRA", false},
	{"c kinshasa accused", "Kinshasa accused Kigali of plundering its minerals.", "COD RWA", false},
	{"c ouagadougou", "Ouagadougou suspended the broadcasts of two French radio stations.", "BFA FRA", false},
	{"c niamey", "Niamey revoked the military cooperation agreements with Washington.", "NER USA", false},
	{"c ankara warned", "Ankara warned that it would not allow a terror corridor on its southern border.", "TUR", false},
	{"c abu dhabi", "Abu Dhabi rejected the accusation as baseless.", "ARE", false},
	{"c chisinau", "Chisinau expelled a Russian diplomat over the drone incident.", "MDA RUS", false},
	{"c tbilisi", "Tbilisi recalled its ambassador to Kyiv for consultations.", "GEO", false},
	{"c pristina belgrade", "Pristina and Belgrade traded accusations after the explosion at the canal.", "XKX SRB", false},
	{"c bishkek", "Bishkek and Dushanbe agreed to open two border checkpoints.", "KGZ TJK", false},
	{"c ndjamena", "N'Djamena ordered French troops to leave within six weeks.", "TCD FRA", false},
	{"c place kigali", "Thousands of people attended the ceremony in Kigali on Sunday.", "", false},
	{"c place bamako", "Gunmen attacked a military police school in Bamako early on Tuesday.", "", true},
	{"c place abidjan", "The summit will be held in Abidjan next month.", "", false},
	{"c place tbilisi", "Protesters gathered outside parliament in Tbilisi for the fifth night.", "", false},
	// leaders and ministers by title and name
	{"l erdogan", "Turkish President Tayyip Erdogan said Ankara would keep buying Russian gas.", "recep-tayyip-erdogan/person/TUR RUS TUR", false},
	{"l fidan", "Turkish Foreign Minister Hakan Fidan met his Syrian counterpart in Damascus.", "hakan-fidan/person/TUR SYR TUR", false},
	{"l fiala", "Czech Prime Minister Petr Fiala said his government would keep backing Kyiv.", "petr-fiala/person/CZE UKR CZE", false},
	{"l pavel", "Czech President Petr Pavel visited Kyiv on Friday.", "petr-pavel/person/CZE CZE", false},
	{"l ouattara", "Ivorian President Alassane Ouattara will seek a fourth term.", "alassane-ouattara/person/CIV CIV", false},
	{"l min aung hlaing", "Myanmar's military chief Min Aung Hlaing met Chinese President Xi Jinping in Kunming.", "min-aung-hlaing/person/MMR xi-jinping/person CHN MMR mmr-armed-forces/military", false},
	{"l mswati", "King Mswati III of Eswatini appointed Russell Mmiso Dlamini as prime minister.", "mswati-iii/person/SWZ russell-mmiso-dlamini/person SWZ", false},
	{"l tshisekedi", "Congolese President Felix Tshisekedi met Rwandan President Paul Kagame in Doha.", "felix-tshisekedi/person/COD paul-kagame/person/RWA COD RWA", false},
	{"l sassou", "Congo Republic President Denis Sassou Nguesso has ruled for nearly four decades.", "denis-sassou-nguesso/person/COG COG", false},
	{"l barrow", "Gambian President Adama Barrow said he would run for a third term.", "adama-barrow/person/GMB GMB", false},
	{"l mbz", "UAE President Sheikh Mohamed bin Zayed Al Nahyan hosted the Syrian leader in Abu Dhabi.", "mohamed-bin-zayed/person/ARE SYR ARE", false},
	{"l mickoski", "North Macedonian Prime Minister Hristijan Mickoski said the country would not change its constitution.", "hristijan-mickoski/person/MKD MKD", false},
	{"l kurti", "Kosovo Prime Minister Albin Kurti rejected the EU's demand to withdraw police.", "albin-kurti/person/XKX european-union XKX", true},
	{"l sandu", "Moldovan President Maia Sandu accused Moscow of plotting a coup.", "maia-sandu/person/MDA RUS MDA", false},
	{"l japarov", "Kyrgyz President Sadyr Japarov signed the border treaty in Bishkek.", "sadyr-japarov/person/KGZ KGZ", false},
	{"l rahmon", "Tajik President Emomali Rahmon met Chinese leader Xi Jinping in Astana.", "emomali-rahmonov/person/TJK xi-jinping/person CHN TJK", false},
	{"l berdimuhamedow", "Turkmen President Serdar Berdimuhamedow received the Iranian delegation.", "serdar-berdimuhamedow/person/TKM IRN TKM", false},
	{"l kobakhidze", "Georgian Prime Minister Irakli Kobakhidze accused the EU of blackmail.", "irakli-kobakhidze/person/GEO european-union GEO", false},
	{"l rabuka", "Fijian Prime Minister Sitiveni Rabuka called for an ocean of peace.", "sitiveni-rabuka/person/FJI FJI", false},
	{"l marape", "Papua New Guinea Prime Minister James Marape survived a no-confidence vote.", "james-marape/person/PNG PNG", false},
	{"l holness", "Jamaican Prime Minister Andrew Holness won a third term.", "andrew-holness/person/JAM JAM", false},
	{"l mottley", "Barbados Prime Minister Mia Mottley called for reform of global finance.", "mia-mottley/person/BRB BRB", false},
	{"l persad", "Trinidad and Tobago Prime Minister Kamla Persad-Bissessar backed the US strikes.", "kamla-persad-bissessar/person/TTO USA TTO", false},
	{"l goita", "Malian junta leader Assimi Goita was granted a five-year presidential term.", "assimi-goita/person/MLI MLI", false},
	{"l traore", "Burkina Faso's military leader Captain Ibrahim Traore addressed the crowd in Ouagadougou.", "ibrahim-traore/person/BFA BFA", false},
	{"l tchiani", "Niger's junta leader General Abdourahamane Tchiani was sworn in for five years.", "abdourahamane-tchiani/person/NER NER", false},
	{"l faye sonko", "Senegalese President Bassirou Diomaye Faye and Prime Minister Ousmane Sonko attended the ceremony.", "bassirou-diomaye-faye/person/SEN ousmane-sonko/person/SEN SEN", false},
	{"l mahama", "Ghanaian President John Mahama visited Bamako and Ouagadougou last week.", "john-mahama/person/GHA GHA", false},
	{"l doumbouya", "Guinean junta leader Mamady Doumbouya announced his candidacy.", "mamady-doumbouya/person/GIN GIN", false},
	{"l deby", "Chadian President Mahamat Idriss Deby said French troops would leave.", "mahamat-deby/person/TCD FRA TCD", false},
	{"l biya", "Cameroon's President Paul Biya, 92, is seeking an eighth term.", "paul-biya/person/CMR CMR", false},
	{"l oligui", "Gabon's President Brice Oligui Nguema was sworn in on Saturday.", "brice-oligui-nguema/person/GAB GAB", false},
	{"l nduhungirehe", "Rwandan Foreign Minister Olivier Nduhungirehe signed the agreement for Kigali.", "olivier-nduhungirehe/person/RWA RWA", false},
	{"l lipavsky", "Czech Foreign Minister Jan Lipavsky summoned the Chinese ambassador.", "jan-lipavsky/person/CZE CHN CZE", false},
	{"l meredov", "Turkmen Foreign Minister Rashid Meredov held talks with his Afghan counterpart.", "rashid-meredov/person/TKM AFG TKM", false},
	{"l abdullah bin zayed", "Emirati Foreign Minister Sheikh Abdullah bin Zayed met Secretary of State Marco Rubio.", "abdullah-bin-zayed-al-nahyan/person/ARE marco-rubio/person ARE", false},
	{"l suminwa", "Congolese Prime Minister Judith Suminwa presented her government's programme to parliament.", "judith-suminwa/person/COD COD cod-parliament", false},
	{"l ramos-horta", "East Timor's President Jose Ramos-Horta welcomed the decision.", "jose-ramos-horta/person/TLS TLS", false},
	{"l bukele", "Salvadoran President Nayib Bukele offered to hold deportees in his country's prisons.", "nayib-bukele/person/SLV SLV", false},
	{"l fils-aime", "Haitian Prime Minister Alix Didier Fils-Aime asked for more international help.", "alix-didier-fils-aime/person/HTI HTI", false},
}

// enWorld40Batch2Rows were written after the rules and data of the pass
// and annotated before their first run, to check that they generalize:
// other US towns beside Georgia, Georgia the state kept, "the Emirates"
// in a list and beside the Emirates Stadium, other francophone
// Constitutional Councils, "switched ... to Beijing", juntas and armies
// by their state's possessive. Two annotations were corrected to the
// gazetteer's ids and conventions after the first run (voice-of-america;
// a match report names no club, as the sports rows of other grids). On
// the tree before the pass (7e347e4): 6 of 16; after: 11 of 16. Known: a
// capital's election commission ("the election commission in Tbilisi"),
// a capital after "from" in "from Taipei to Beijing" (a place), "Burkina
// Faso's junta" and "Niger's junta" (only Myanmar's junta is a gazetteer
// name; the body word "junta" is also a title qualifier, "junta leader"),
// and "The DRC's army" keeps COD beside cod-army.
var enWorld40Batch2Rows = []wantRow{
	{"b2 georgia macon", "The storm knocked out power to 200,000 homes around Macon, Georgia, on Thursday.", "", false},
	{"b2 georgia augusta", "Early voting in Georgia broke records as lines stretched around buildings in Savannah and Atlanta.", "", false},
	{"b2 georgia state kept", "Georgia and Armenia agreed to reopen the railway that links them to Russia.", "GEO ARM RUS", false},
	{"b2 georgia batumi", "Georgia's ruling party won the vote, the election commission in Tbilisi said.", "GEO geo-election-commission", true},
	{"b2 emirates mediation", "Qatar and the Emirates offered to mediate between Pakistan and Afghanistan.", "QAT ARE PAK AFG", false},
	{"b2 emirates stadium", "Arsenal beat Chelsea 2-0 at the Emirates Stadium on Sunday.", "", false},
	{"b2 senegal council", "Senegal's Constitutional Council ordered the election to go ahead on March 24.", "sen-constitutional-council/court/SEN", false},
	{"b2 ivory council", "Ivory Coast's Constitutional Council barred four opposition figures from the race.", "civ-constitutional-council/court/CIV", false},
	{"b2 honduras switched", "Honduras switched diplomatic ties from Taipei to Beijing in March 2023.", "HND TWN CHN", true},
	{"b2 burkina", "Burkina Faso's junta suspended the BBC and Voice of America for two weeks.", "bfa-armed-forces/military bbc voice-of-america", true},
	{"b2 drc goma", "The DRC's army recaptured two villages north of Goma, a spokesman said.", "cod-army/military", true},
	{"b2 turkiye demonym", "Turkish drones struck Kurdish militant positions in northern Iraq.", "TUR IRQ", false},
	{"b2 moldova chisinau agent", "Chisinau summoned the Russian ambassador after drones crashed on Moldovan territory.", "MDA RUS", false},
	{"b2 kyrgyz leader", "Kyrgyz President Sadyr Japarov pardoned the journalist on Monday.", "sadyr-japarov/person/KGZ KGZ", false},
	{"b2 gambia barrow", "The Gambia's President Adama Barrow sacked his vice president.", "GMB adama-barrow/person/GMB", false},
	{"b2 nigerien junta", "Niger's junta ordered the expulsion of the French ambassador.", "ner-armed-forces/military FRA", true},
}

func TestENWorld40Grid(t *testing.T) {
	t.Run("batch1", func(t *testing.T) { runWantGrid(t, "en", enWorld40Rows, 0) })
	t.Run("batch2", func(t *testing.T) { runWantGrid(t, "en", enWorld40Batch2Rows, 0) })
}
