package extract

import "testing"

// enIntl41Rows are English present-day (2023-2026) international wire
// sentences in the style of Reuters, AP and AFP, composed for the English
// international grid 41 of issue #12 (never copied from a data set) and
// annotated before the extractor ran on them. The class: diplomacy,
// sanctions, wars and elections outside the G7 — the Sahel juntas (Mali,
// Burkina Faso, Niger), Sudan, Ethiopia, the DR Congo and its neighbours,
// Venezuela, Argentina, Colombia, Haiti, Central and South Asia and the
// Pacific: heads of state and government, ministers, central bankers, army
// chiefs and rebel leaders named with their titles; named bodies
// (ministries, parliaments, courts, armed forces, agencies) and regional
// blocs (ECOWAS, the Alliance of Sahel States, CELAC, the SCO, ASEAN, the
// AU, SADC, IGAD, the EAC, Mercosur); capitals as places ("talks in
// Nairobi": no actor) beside capitals as governments ("Nairobi said": the
// state); states' names inside longer names ("the Kenya Defence Forces",
// "Papua New Guinea", "South Sudan"); and sentences that give no actor.
//
// Each wanted actor is "id", "id/kind" or "id/kind/country" (wantProblems);
// states by ISO3 as the gazetteer spells them; a person the gazetteer
// holds is its id, any other the slug of the name as written; as in
// enWiki40Rows and enWorld40Rows a state named in a title or by a demonym
// is an actor beside the person, a state's body named by its state or
// demonym is the body alone, and a state's name inside a body's or a
// party's name is no actor of its own; a city is a place.
//
// First run: 104 of 136. Nineteen rows' annotations were then corrected
// before any rule was written, to the gazetteer's ids (nicolas-maduro, not
// the CountryInfo duplicate nicolas-maduro-moros; cod-army for "Congo's
// army") and to the conventions above, never to output that contradicts
// them: a state named as a place (MLI, NCL) or by a demonym (FRA, KEN,
// VEN) is an actor, "Al Qaeda-linked" names al-qaeda, "the U.N." names
// united-nations, a body named in the sentence is an actor ("the National
// Assembly", "parliament", "the armed forces" after a defence minister,
// "Central bank chief", "the White House", "army chief"), "the
// government's" after a state's body is the state, and "A Dhaka
// tribunal" is BGD. Before the rules of the pass: 120 of 136, the 16
// failing rows marked known. During the pass one more annotation was
// corrected to an existing convention of the capitals rules, not a rule's
// gain: a capital that hosts a meeting ("Addis Ababa hosted the annual
// summit") is the host state (placePredicateAfter, "Riyadh hosted talks").
var enIntl41Rows = []wantRow{
	// the Sahel juntas
	{"i mali goita", "Malian junta leader Assimi Goita was granted a renewable five-year presidential term without an election.", "assimi-goita/person/MLI MLI", false},
	{"i burkina traore", "Burkina Faso's military leader Ibrahim Traore dissolved the country's electoral commission on Thursday.", "ibrahim-traore/person/BFA BFA", false},
	{"i niger tiani", "Niger's military ruler General Abdourahamane Tiani was sworn in for a five-year transition.", "abdourahamane-tchiani/person/NER NER", false},
	{"i aes leave ecowas", "Mali, Burkina Faso and Niger formally left the Economic Community of West African States in January.", "MLI BFA NER ecowas", false},
	{"i aes passport", "The Alliance of Sahel States launched a common passport and a joint force of 5,000 troops.", "alliance-of-sahel-states", false},
	{"i aes bamako summit", "Leaders of the three juntas met in Niamey to sign the confederation treaty.", "", false},
	{"i mali diop", "Mali's Foreign Minister Abdoulaye Diop accused Algeria of shooting down a drone near the border.", "abdoulaye-diop/person/MLI MLI DZA", false},
	{"i mali jnim", "Al Qaeda-linked JNIM fighters attacked a military camp in central Mali, killing dozens of soldiers.", "jnim al-qaeda MLI", false},
	{"i niger france", "Niger's junta ordered French troops to leave the country by the end of the year.", "ner-armed-forces/military FRA", true},
	{"i burkina russia", "Burkina Faso received Russian military instructors under a defence cooperation deal.", "BFA RUS", false},
	{"i niger uranium", "Niger's government revoked the French company's licence to operate the Imouraren uranium mine.", "NER FRA", false},
	{"i ecowas touray", "ECOWAS Commission President Omar Touray urged the three states to reconsider their withdrawal.", "omar-touray/person ecowas", false},
	{"i mali wagner", "Russia's Wagner Group announced it was leaving Mali, handing over to the Africa Corps.", "wagner-group MLI africa-corps", false},
	{"i bamako expels", "Bamako expelled the head of the U.N. peacekeeping mission's human rights division.", "MLI united-nations", false},
	{"i niger sangare", "Niger's Foreign Minister Bakary Yaou Sangare met his Russian counterpart in Moscow.", "bakary-yaou-sangare/person/NER NER RUS", false},
	// Sudan
	{"i sudan burhan", "Sudan's army chief Abdel Fattah al-Burhan rejected a U.S.-backed ceasefire proposal.", "abdel-fattah-al-burhan/person sdn-army/military USA", true},
	{"i sudan rsf dagalo", "RSF leader Mohamed Hamdan Dagalo announced a rival government in areas his forces control.", "mohamed-hamdan-dagalo/person rsf", false},
	{"i sudan hemedti", "Hemedti's Rapid Support Forces seized El Fasher after an 18-month siege.", "mohamed-hamdan-dagalo/person rsf", false},
	{"i sudan saf", "The Sudanese Armed Forces recaptured the presidential palace in Khartoum in March.", "sdn-armed-forces/military", true},
	{"i sudan idris", "Sudan's Prime Minister Kamil Idris named a new cabinet in Port Sudan.", "kamil-idris/person/SDN SDN", false},
	{"i sudan uae icj", "Sudan filed a case against the United Arab Emirates at the International Court of Justice, accusing it of complicity in genocide.", "SDN ARE icj", false},
	{"i sudan wfp", "The World Food Programme said famine had spread to five areas of Sudan.", "world-food-programme SDN", false},
	{"i sudan port sudan", "Drones struck fuel depots in Port Sudan for a third consecutive day.", "", false},
	{"i south sudan machar", "South Sudan's First Vice President Riek Machar was placed under house arrest in Juba.", "riek-machar-teny-dhurgon/person SSD", false},
	{"i south sudan kiir", "President Salva Kiir sacked the governor of Upper Nile state after clashes with the White Army.", "salva-kiir-mayardit/person", false},
	// Ethiopia and the Horn
	{"i ethiopia abiy sea", "Ethiopian Prime Minister Abiy Ahmed said access to the Red Sea was an existential matter for his country.", "abiy-ahmed/person/ETH ETH", false},
	{"i ethiopia tplf", "The Tigray People's Liberation Front accused the federal government of violating the Pretoria agreement.", "tigray-peoples-liberation-front", false},
	{"i ethiopia fano", "Fano militiamen clashed with federal troops near Gondar in the Amhara region.", "fano", false},
	{"i ethiopia somalia", "Ethiopia and Somalia agreed to restore full diplomatic relations after talks in Ankara.", "ETH SOM", false},
	{"i eritrea", "Eritrea denied it was mobilising troops along its border with Ethiopia.", "ERI ETH", false},
	{"i somalia shabaab", "Al Shabaab militants stormed a hotel in Mogadishu, killing at least nine people.", "al-shabaab", false},
	{"i igad", "The Intergovernmental Authority on Development called an emergency summit on South Sudan.", "intergovernmental-authority-on-development SSD", false},
	{"i ethiopia gedion", "Ethiopian Foreign Minister Gedion Timothewos met the African Union Commission chairperson in Addis Ababa.", "gedion-timothewos/person/ETH ETH african-union", false},
	// DR Congo and the Great Lakes
	{"i drc tshisekedi", "Congolese President Felix Tshisekedi accused Rwanda of seeking to plunder his country's minerals.", "felix-tshisekedi/person/COD COD RWA", false},
	{"i rwanda kagame", "Rwandan President Paul Kagame said his country would not be pressured by sanctions.", "paul-kagame/person/RWA RWA", false},
	{"i m23 goma", "M23 rebels and their allies of the Congo River Alliance took control of Bukavu on Sunday.", "m23 congo-river-alliance", false},
	{"i nangaa", "AFC leader Corneille Nangaa told a rally in Goma that the rebels would march on Kinshasa.", "corneille-nangaa/person congo-river-alliance", false},
	{"i kinshasa said", "Kinshasa said the talks in Doha would not lead to any sharing of power with the rebels.", "COD", false},
	{"i drc suminwa", "Prime Minister Judith Suminwa presented her government's programme to the National Assembly in Kinshasa.", "judith-suminwa/person cod-parliament/legislature", true},
	{"i rwanda nduhungirehe", "Rwanda's Foreign Minister Olivier Nduhungirehe signed the agreement with his Congolese counterpart in Washington.", "olivier-nduhungirehe/person/RWA RWA COD", false},
	{"i sadc troops", "The Southern African Development Community said it would withdraw its troops from eastern Congo.", "southern-african-development-community", false},
	{"i eac summit", "A joint summit of the East African Community and SADC called for an immediate ceasefire.", "east-african-community southern-african-development-community", false},
	{"i drc fardc", "Congo's army said it had repelled an attack by Allied Democratic Forces fighters in Ituri province.", "cod-army/military allied-democratic-forces", true},
	{"i burundi", "Burundi deployed thousands of soldiers to South Kivu to fight alongside Congolese forces.", "BDI COD", false},
	{"i uganda museveni", "Ugandan President Yoweri Museveni was declared the winner of a seventh term.", "yoweri-museveni/person/UGA UGA", false},
	// other Africa
	{"i kenya ruto", "Kenyan President William Ruto signed the finance bill after weeks of deadly protests.", "william-ruto/person/KEN KEN", false},
	{"i nairobi talks", "The rival factions held a second round of talks in Nairobi on Tuesday.", "", false},
	{"i nigeria tinubu", "Nigerian President Bola Tinubu declared a state of emergency in Rivers state.", "bola-tinubu/person/NGA NGA", false},
	{"i nigeria cbn", "The Central Bank of Nigeria raised its benchmark interest rate to 27.5 percent.", "nga-central-bank/agency", false},
	{"i chad deby", "Chad's President Mahamat Idriss Deby ended a defence cooperation agreement with France.", "mahamat-deby/person/TCD TCD FRA", false},
	{"i senegal faye", "Senegalese President Bassirou Diomaye Faye asked France to close its military bases.", "bassirou-diomaye-faye/person/SEN SEN FRA", false},
	{"i ghana mahama", "Ghana's parliament approved the new finance minister's budget on Wednesday.", "gha-parliament/legislature", false},
	{"i kenya defence", "The Kenya Defence Forces said two soldiers were killed by a roadside bomb in Lamu.", "ken-armed-forces/military", true},
	{"i uganda central bank", "The Bank of Uganda held its policy rate at 9.75 percent, citing stable inflation.", "uga-central-bank/agency", false},
	{"i african union suspends", "The African Union suspended Gabon after the military seized power in Libreville.", "african-union GAB", false},
	{"i mozambique chapo", "Mozambique's President Daniel Chapo met opposition leader Venancio Mondlane to end months of unrest.", "daniel-chapo/person/MOZ MOZ venancio-mondlane/person", false},
	// Venezuela
	{"i venezuela maduro", "Venezuelan President Nicolas Maduro was sworn in for a third term despite accusations of fraud.", "nicolas-maduro/person/VEN VEN", false},
	{"i venezuela machado", "Opposition leader Maria Corina Machado called on Venezuelans to take to the streets on Saturday.", "maria-corina-machado/person VEN", false},
	{"i venezuela gonzalez", "Edmundo Gonzalez, who the opposition says won the July election, went into exile in Spain.", "edmundo-gonzalez-urrutia/person ESP", false},
	{"i venezuela cne", "Venezuela's National Electoral Council declared Maduro the winner without publishing tally sheets.", "ven-election-commission/agency nicolas-maduro/person", false},
	{"i venezuela tsj", "Venezuela's Supreme Court upheld the election results on Thursday.", "ven-supreme-court/court", false},
	{"i venezuela gil", "Venezuelan Foreign Minister Yvan Gil said Caracas would break off relations with seven Latin American governments.", "yvan-gil/person/VEN VEN", false},
	{"i venezuela padrino", "Defence Minister Vladimir Padrino Lopez said the armed forces remained loyal to the government.", "vladimir-padrino-lopez/person ven-armed-forces/military", false},
	{"i venezuela sanctions", "The United States reimposed oil sanctions on Venezuela after Caracas failed to keep its electoral commitments.", "USA VEN", false},
	{"i venezuela tren", "Washington designated Tren de Aragua a foreign terrorist organization.", "USA tren-de-aragua", false},
	{"i venezuela guyana", "Guyana accused Venezuela of violating its territory in the disputed Essequibo region.", "GUY VEN", false},
	// Argentina
	{"i argentina milei", "Argentine President Javier Milei vetoed a bill to raise pensions on Friday.", "javier-milei/person/ARG ARG", false},
	{"i argentina caputo", "Economy Minister Luis Caputo announced a new $20 billion program with the International Monetary Fund.", "luis-caputo/person imf", false},
	{"i argentina bcra", "Argentina's central bank cut its benchmark rate to 29 percent as inflation slowed.", "arg-central-bank/agency", false},
	{"i argentina bausili", "Central bank chief Santiago Bausili said the currency band would remain in place.", "santiago-bausili/person arg-central-bank/agency", false},
	{"i argentina congress", "Argentina's Congress approved the omnibus reform bill after months of debate.", "arg-congress/legislature", false},
	{"i argentina kirchner", "Argentina's Supreme Court upheld former President Cristina Fernandez de Kirchner's corruption conviction.", "arg-supreme-court/court cristina-fernandez-de-kirchner/person", false},
	{"i argentina lla", "Milei's La Libertad Avanza won the midterm elections with about 41 percent of the vote.", "javier-milei/person la-libertad-avanza", false},
	{"i argentina treasury", "The U.S. Treasury agreed a $20 billion currency swap with Argentina.", "usa-treasury ARG", true},
	// Colombia
	{"i colombia petro", "Colombian President Gustavo Petro suspended peace talks with the ELN after an attack in Catatumbo.", "gustavo-petro/person/COL COL eln", false},
	{"i colombia us visa", "The United States revoked the visa of Colombia's president after he spoke at a rally in New York.", "USA COL", false},
	{"i colombia villavicencio", "Colombian Foreign Minister Rosa Villavicencio summoned the U.S. charge d'affaires.", "rosa-villavicencio/person/COL COL USA", false},
	{"i colombia farc dissidents", "FARC dissidents of the Estado Mayor Central killed four soldiers in Cauca province.", "estado-mayor-central", true},
	{"i colombia congress", "Colombia's Congress rejected the government's labour reform for a second time.", "col-congress/legislature COL", false},
	{"i bogota said", "Bogota said it would not accept deportation flights carrying migrants in handcuffs.", "COL", false},
	// Haiti
	{"i haiti council", "Haiti's Transitional Presidential Council appointed Alix Didier Fils-Aime as prime minister.", "hti-transitional-council alix-didier-fils-aime/person", false},
	{"i haiti fils-aime", "Haitian Prime Minister Alix Didier Fils-Aime asked the United Nations for more help against the gangs.", "alix-didier-fils-aime/person/HTI HTI united-nations", false},
	{"i haiti viv ansanm", "The Viv Ansanm gang coalition attacked the town of Mirebalais, freeing hundreds of prisoners.", "viv-ansanm", false},
	{"i haiti cherizier", "Gang leader Jimmy Cherizier, known as Barbecue, threatened to seize the capital.", "jimmy-cherizier/person", false},
	{"i haiti kenya police", "Kenyan police officers leading the multinational mission arrived in Port-au-Prince in June.", "ken-police/agency", false},
	{"i haiti security council", "The U.N. Security Council voted to turn the Kenyan-led mission into a larger gang suppression force.", "un-security-council KEN", false},
	// other Latin America
	{"i celac summit", "Leaders of the Community of Latin American and Caribbean States gathered in Bogota for the CELAC summit.", "celac", false},
	{"i mercosur eu", "Mercosur and the European Union concluded negotiations on a free trade agreement in Montevideo.", "mercosur european-union", false},
	{"i ecuador noboa", "Ecuadorean President Daniel Noboa declared an internal armed conflict against 22 gangs.", "daniel-noboa/person/ECU ECU", false},
	{"i el salvador bukele", "Salvadoran President Nayib Bukele agreed to house deportees from the United States in a mega-prison.", "nayib-bukele/person/SLV SLV USA", false},
	{"i bolivia paz", "Bolivia's electoral tribunal confirmed a runoff between two right-wing candidates.", "bol-election-commission/agency", false},
	{"i peru jeri", "Peru's Congress removed President Dina Boluarte and swore in Jose Jeri as interim leader.", "PER per-congress/legislature dina-boluarte/person jose-jeri/person", false},
	// Central Asia
	{"i kazakhstan tokayev", "Kazakh President Kassym-Jomart Tokayev announced a referendum on building the country's first nuclear power plant.", "kassym-jomart-tokayev/person/KAZ KAZ", false},
	{"i uzbekistan mirziyoyev", "Uzbek President Shavkat Mirziyoyev hosted the leaders of Central Asia in Tashkent.", "shavkat-mirziyayev/person/UZB UZB", false},
	{"i tajikistan rahmon", "Tajik President Emomali Rahmon and Kyrgyz President Sadyr Japarov signed a border treaty in Bishkek.", "emomali-rahmonov/person/TJK TJK sadyr-japarov/person/KGZ KGZ", false},
	{"i sco summit", "The Shanghai Cooperation Organisation summit in Tianjin drew leaders of more than 20 countries.", "sco", false},
	{"i uzbek saidov", "Uzbek Foreign Minister Bakhtiyor Saidov said Tashkent would join the Eurasian Economic Union as an observer.", "bakhtiyor-saidov/person/UZB UZB eaeu", false},
	{"i astana said", "Astana said it would not recognize the referendums held in occupied territories.", "KAZ", false},
	// South Asia
	{"i pakistan sharif", "Pakistani Prime Minister Shehbaz Sharif said his country would respond to any Indian aggression.", "shehbaz-sharif/person/PAK PAK IND", false},
	{"i pakistan munir", "Pakistan's army chief Field Marshal Asim Munir met U.S. President Donald Trump at the White House.", "asim-munir/person pak-army/military donald-trump/person USA usa-presidency", false},
	{"i pakistan dar", "Foreign Minister Ishaq Dar said Islamabad had evidence of Kabul's support for the Pakistani Taliban.", "muhammad-ishaq-dar/person PAK AFG ttp", false},
	{"i pakistan pti", "Supporters of Pakistan Tehreek-e-Insaf marched on Islamabad to demand Imran Khan's release.", "pakistan-tehreek-e-insaf imran-khan/person", false},
	{"i afghanistan taliban", "The Taliban's supreme leader Hibatullah Akhundzada ordered a ban on women studying medicine.", "hibatullah-akhundzada/person taliban", false},
	{"i afghanistan muttaqi", "Taliban Foreign Minister Amir Khan Muttaqi visited New Delhi for the first time.", "amir-khan-muttaqi/person taliban", false},
	{"i bangladesh yunus", "Bangladesh's interim leader Muhammad Yunus said elections would be held in February.", "muhammad-yunus/person BGD", false},
	{"i bangladesh hasina", "A Dhaka tribunal sentenced former Prime Minister Sheikh Hasina to death in absentia.", "sheikh-hasina/person BGD", false},
	{"i bangladesh awami", "The interim government banned all activities of the Awami League under the anti-terrorism law.", "awami-league", false},
	{"i sri lanka dissanayake", "Sri Lankan President Anura Kumara Dissanayake won a two-thirds majority in parliament.", "anura-kumara-dissanayake/person/LKA LKA lka-parliament/legislature", false},
	{"i nepal karki", "Nepal's interim Prime Minister Sushila Karki dissolved parliament and called elections for March.", "sushila-karki/person/NPL NPL npl-parliament/legislature", false},
	{"i maldives muizzu", "Maldives President Mohamed Muizzu asked India to withdraw its military personnel from the islands.", "mohamed-muizzu/person/MDV MDV IND", false},
	// the Pacific
	{"i png marape", "Papua New Guinea's Prime Minister James Marape signed a defence treaty with Australia.", "james-marape/person/PNG PNG AUS", false},
	{"i fiji rabuka", "Fijian Prime Minister Sitiveni Rabuka called for the Pacific to remain an ocean of peace.", "sitiveni-rabuka/person/FJI FJI", false},
	{"i solomon manele", "Solomon Islands Prime Minister Jeremiah Manele barred the United States and China from the Pacific Islands Forum meeting.", "jeremiah-manele/person/SLB SLB USA CHN pacific-islands-forum", false},
	{"i pif", "The Pacific Islands Forum endorsed a regional policing initiative backed by Australia.", "pacific-islands-forum AUS", false},
	{"i new caledonia", "France sent police reinforcements to New Caledonia after riots in Noumea.", "FRA NCL", false},
	{"i port moresby", "Hundreds of people were evacuated from villages north of Port Moresby after the landslide.", "", false},
	// regional blocs and international bodies
	{"i asean myanmar", "ASEAN foreign ministers urged Myanmar's military to stop air strikes on civilians.", "asean mmr-armed-forces/military", true},
	{"i brics", "BRICS leaders meeting in Rio de Janeiro condemned strikes on Iran.", "brics IRN", false},
	{"i au youssouf", "African Union Commission Chairperson Mahmoud Ali Youssouf called for an inclusive dialogue in Sudan.", "mahmoud-ali-youssouf/person african-union SDN", false},
	{"i oas", "The Organization of American States rejected the results announced by Venezuela's electoral council.", "oas ven-election-commission/agency", true},
	{"i imf ethiopia", "The International Monetary Fund approved a $3.4 billion loan for Ethiopia.", "imf ETH", false},
	{"i icc duterte", "The International Criminal Court confirmed charges against former Philippine President Rodrigo Duterte.", "icc rodrigo-duterte/person PHL", false},
	// states' names inside longer names and capitals as places
	{"i south sudan not sudan", "South Sudan's oil exports resumed after repairs to the pipeline.", "SSD", false},
	{"i equatorial guinea", "Equatorial Guinea and Gabon accepted a court ruling on their island dispute.", "GNQ GAB", false},
	{"i guinea-bissau", "Guinea-Bissau's army said it had taken full control of the country.", "gnb-army/military", false},
	{"i niger delta", "Militants blew up an oil pipeline in the Niger Delta on Wednesday.", "", false},
	{"i congo river", "A boat capsized on the Congo River, leaving at least 50 people dead.", "", false},
	{"i addis ababa hosted", "Addis Ababa hosted the annual summit of African heads of state on Saturday.", "ETH", false},
	{"i in caracas", "Thousands of people marched in Caracas to demand the release of political prisoners.", "", false},
	{"i kabul agent", "Kabul rejected the accusation and urged Islamabad to solve its own security problems.", "AFG PAK", false},
	// no actor
	{"i no actor inflation", "Inflation slowed to 2.1 percent in October, the lowest monthly rate in five years.", "", false},
	{"i no actor cholera", "A cholera outbreak has killed more than 400 people in the past month, health officials said.", "", false},
	{"i no actor displaced", "More than 12 million people have been forced from their homes since the war began.", "", false},
	{"i no actor rains", "Heavy rains triggered floods that swept away bridges and cut off dozens of villages.", "", false},
	{"i no actor turnout", "Turnout was estimated at around 40 percent, lower than in the previous vote.", "", false},
	{"i no actor convoy", "The convoy of 30 trucks carrying flour and medicine reached the besieged city on Friday.", "", false},
}

// enIntl41Batch2Rows are a second batch written after the rules of the
// pass and annotated before running, to check that they generalize:
// crowds and armies moving on capitals, the AFC beside the football
// confederation, electoral councils and tribunals of other states,
// regional adjectives beside "American", and more rows of the class.
// Two annotations were corrected after the first run, both to the
// conventions above: the UNASUR bloc the row names (unasur) and "U.S.
// military action", a state's body named by its state (usa-armed-forces).
// On the tree before the rules (8118144): 7 of 16; after: 14 of 16.
// Known: a capital after "from" stays a place ("recalling its high
// commissioner from Kampala", as in enWorld40Batch2Rows), and "U.S.
// military" keeps USA beside usa-armed-forces.
var enIntl41Batch2Rows = []wantRow{
	{"b2 advance on kyiv", "Russian troops advanced on Kyiv from Belarus in the first days of the invasion.", "RUS BLR", false},
	{"b2 converge on nairobi", "Thousands of young protesters converged on Nairobi to denounce police killings.", "", false},
	{"b2 march on dhaka", "Student protesters marched on Dhaka in defiance of a nationwide curfew.", "", false},
	{"b2 nairobi responded", "Nairobi responded by recalling its high commissioner from Kampala.", "KEN UGA", true},
	{"b2 afc m23 doha", "The AFC/M23 delegation walked out of the talks in Doha, accusing Kinshasa of bad faith.", "congo-river-alliance COD", false},
	{"b2 afc football", "The AFC suspended the Asian Cup qualifier after a pitch invasion in Jakarta.", "afc", false},
	{"b2 honduras electoral council", "Honduras's electoral council delayed the final count of the presidential vote.", "hnd-election-commission/agency", false},
	{"b2 guatemala electoral tribunal", "Guatemala's electoral tribunal certified Bernardo Arevalo as president-elect.", "gtm-election-commission/agency bernardo-arevalo/person", false},
	{"b2 south american", "South American leaders met in Brasilia to revive the UNASUR regional bloc.", "unasur", false},
	{"b2 central american migrants", "Mexico stopped a caravan of Central American migrants near the Guatemalan border.", "MEX GTM", false},
	{"b2 north american markets", "Mexican avocado exports to North American markets rose 8 percent.", "MEX", false},
	{"b2 latin american leaders", "Brazil's Lula urged Latin American leaders to reject U.S. military action in the Caribbean.", "luiz-inacio-lula-da-silva/person BRA usa-armed-forces/military", true},
	{"b2 ecuador noboa referendum", "Ecuadorean voters rejected Noboa's proposal to allow foreign military bases.", "ECU daniel-noboa/person", false},
	{"b2 mali goita sworn", "Mali's military leader Assimi Goita signed a decree dissolving all political parties.", "assimi-goita/person/MLI MLI", false},
	{"b2 tokayev putin", "Kazakhstan's Tokayev and Russia's Putin signed a strategic partnership declaration in Moscow.", "kassym-jomart-tokayev/person KAZ vladimir-putin/person RUS", false},
	{"b2 ethiopia eritrea troops", "Eritrean troops remained in parts of Tigray, the Tigray interim administration said.", "ERI", false},
}

func TestENIntl41Grid(t *testing.T) {
	t.Run("batch1", func(t *testing.T) { runWantGrid(t, "en", enIntl41Rows, 120) })
	t.Run("batch2", func(t *testing.T) { runWantGrid(t, "en", enIntl41Batch2Rows, 10) })
}
