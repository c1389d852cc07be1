package extract

import "testing"

// enConflict43Rows are English wire sentences (Reuters, AP, AFP, Al
// Jazeera, BBC style) of 2010-2025 composed for the English conflict,
// protest and crisis grid 43 of issue #12 (never copied from a data set)
// and annotated before the extractor ran on them. The class: conflict,
// protest and crises outside the big powers, as event coders read them —
// the Sahel's juntas and their leaders, JNIM, ISWAP, Boko Haram,
// al-Shabaab, M23, the ADF, the RSF and Sudan's army, Ethiopia and Tigray,
// Cabo Delgado; Iraq's militias and the PMF, Syria's factions and HTS,
// the Houthis and the Saudi-led coalition, Lebanon, Libya's rival
// governments and Haftar's LNA; Taliban officials, the TTP, Baloch groups,
// India and Pakistan, Bangladesh's and Sri Lanka's upheavals, Myanmar's
// junta and resistance; Venezuela's government and opposition, Colombia's
// ELN and FARC dissidents, Mexico's cartels and National Guard, Haiti's
// gangs, Ecuador and Peru; rights groups and monitors quoted (HRW,
// Amnesty, ACLED, the UN human rights office). Capitals stand for
// governments where they act ("Niamey ordered") and are places elsewhere;
// fourteen rows name no actor ("The junta has repeatedly postponed …",
// "The rebels said …").
//
// Each wanted actor is "id", "id/kind" or "id/kind/country" (wantProblems),
// with the conventions of enNews42Rows and enWorld43Rows: a state named in
// a title, by a demonym or as a place is an actor beside the person; a
// state's body or group named by its state ("Sudan's army", "Yemen's
// Houthis") is the body or group alone; "X's army chief" is the army and
// the person; a lower-case "the army" or "police" in a sentence about one
// state is its body; a body or person the gazetteer lacks by the generic
// "<iso3>-<type>" id or the slug of the name as written.
//
// First run: 110 of 150. Seven annotations were then corrected before any
// rule, to the conventions above: a state named as a place ("in Mali", "the
// Syrian border", "the Chinese border") or in a title ("Sudanese army
// chief", "Pakistan's army chief", as grid 42 corrected) is an actor; a
// lower-case "parliament" in a sentence about Kenya is ken-parliament; "a
// police station" is a building, no police. Before the rules: 117 of 150
// (33 known). One more was corrected after the first rules, a wrong person:
// "Interior Minister Diosdado Cabello" is the gazetteer's diosdado-cabello,
// not his brother jose-david-cabello-rondon (the base gave the right one).
// After the rules and data: 129 of 150 (21 known). Batch 2: 12 of 18 on
// the base, 15 of 18 with the rules as annotated; two plain annotation
// errors were then corrected to the same conventions ("Israeli-linked
// ships": ISR, as "Iran-backed" is IRN in batch 1; "Bangladesh army chief":
// BGD), 14 of 18 on the base, 17 of 18 with the rules; "one of Myanmar's
// strongest ethnic armed groups" then widened appositionStates: 18 of 18
// (that row is no independent check).
//
// Known failures by class: the events phase lists a body's or person's
// state with no mention of its own (10, the policy grids 41-43 left alone);
// police named without their state where only a city or region gives it
// (2); a state named by its region ("eastern Congo"); "ADF" as the
// Australian Defence Force; "the Congolese army, known as the FARDC" (the
// made cod-army); capitals: "the federal government in Pretoria", "police
// in Islamabad", an ambiguous "Tripoli"; a town named like a given name
// ("Palma"); the Saudi-led coalition the gazetteer lacks; "The Trump
// administration" also the person.
var enConflict43Rows = []wantRow{
	{"s mali junta goita", "Mali's junta leader Assimi Goita dissolved all political parties on Tuesday, state television reported.", "assimi-goita/person/MLI MLI", false},
	{"s burkina traore captain", "Burkina Faso's military ruler, Captain Ibrahim Traore, said the army had repelled an attack near Djibo.", "ibrahim-traore/person/BFA BFA bfa-army", false},
	{"s niger tiani general", "Niger's military leader General Abdourahamane Tiani accused France of trying to destabilise the country.", "abdourahamane-tchiani/person/NER NER FRA", false},
	{"s jnim claimed djibo", "JNIM, al Qaeda's affiliate in the Sahel, claimed responsibility for the attack in a statement.", "jnim/armed_group/MLI al-qaeda", false},
	{"s jnim full name", "Jama'at Nusrat al-Islam wal-Muslimin said its fighters had seized weapons from a military post.", "jnim/armed_group/MLI", false},
	{"s fama jnim", "The Malian Armed Forces said they had killed dozens of JNIM fighters near Timbuktu.", "mli-armed-forces/military/MLI jnim", true}, // events: the state with no mention of its own
	{"s wagner mali", "Russian mercenaries from the Wagner Group were accused by witnesses of executing civilians in central Mali.", "wagner-group/armed_group/RUS RUS MLI", false},
	{"s africa corps mali", "The Africa Corps, which replaced Wagner in Mali, said it would keep training the Malian army.", "africa-corps wagner-group mli-army MLI", false},
	{"s iswap borno", "ISWAP fighters attacked a military base in Borno state, killing at least five soldiers, security sources said.", "iswap/armed_group/NGA", false},
	{"s boko haram chibok", "Boko Haram abducted more than 270 schoolgirls from Chibok in April 2014.", "boko-haram/armed_group/NGA", false},
	{"s zulum governor", "Borno state Governor Babagana Zulum called for more troops to be deployed to the region.", "babagana-zulum/person/NGA", false},
	{"s tinubu nigerian president", "Nigerian President Bola Tinubu ordered the army to rescue the kidnapped students.", "bola-tinubu/person/NGA NGA nga-army", false},
	{"s nigerian army spokesman", "The Nigerian army said its troops had killed 20 militants in the Sambisa forest.", "nga-army/military/NGA", false},
	{"s al-shabaab mogadishu", "Al-Shabaab fighters stormed a hotel in Mogadishu, police said.", "al-shabaab/armed_group/SOM som-police", true}, // police named without a state, whose city alone gives it
	{"s al shabab spelling", "The al Shabab militants have been fighting to topple Somalia's central government since 2007.", "al-shabaab/armed_group/SOM SOM", false},
	{"s hassan sheikh", "Somali President Hassan Sheikh Mohamud vowed \"total war\" against the militants.", "hassan-sheikh-mohamud/person/SOM SOM", false},
	{"s somali national army", "The Somali National Army said it had retaken the town of Adan Yabaal.", "som-army/military/SOM", false},
	{"s m23 goma", "M23 rebels seized Goma, the largest city in eastern Congo, in January 2025.", "m23/armed_group/COD COD", true}, // "eastern Congo" is a place; its state is no actor
	{"s m23 spokesman kanyuka", "M23 spokesman Lawrence Kanyuka said the group would not withdraw from Bukavu.", "m23 lawrence-kanyuka/person", false},
	{"s nangaa afc", "Corneille Nangaa, who leads the Congo River Alliance, said the rebels would march on Kinshasa.", "corneille-nangaa/person/COD congo-river-alliance", false},
	{"s tshisekedi kagame", "Congolese President Felix Tshisekedi accused Rwandan President Paul Kagame of backing the rebels.", "felix-tshisekedi/person/COD COD paul-kagame/person/RWA RWA", false},
	{"s rwanda denies", "Rwanda denies supporting M23, saying its troops are there to protect its borders.", "RWA m23", false},
	{"s adf acronym", "ADF militants killed at least 40 people in an overnight attack near Beni, the local army spokesman said.", "allied-democratic-forces/armed_group/COD", true}, // "ADF" is the Australian Defence Force's short name; no Congo in the sentence
	{"s adf full name", "The Allied Democratic Forces, which pledged allegiance to Islamic State, have killed thousands in North Kivu.", "allied-democratic-forces/armed_group/COD isis", false},
	{"s fardc", "The Congolese army, known as the FARDC, said it had repelled an M23 offensive near Sake.", "cod-armed-forces/military/COD m23", true}, // "the Congolese army" is the made cod-army beside "FARDC"
	{"s rsf el fasher", "The Rapid Support Forces stormed El Fasher in October 2025 after an 18-month siege.", "rsf/armed_group/SDN", false},
	{"s sudanese army burhan", "Sudanese army chief Abdel Fattah al-Burhan visited troops in Omdurman on Sunday.", "abdel-fattah-al-burhan/person/SDN sdn-army SDN", false},
	{"s hemedti rsf leader", "RSF leader Mohamed Hamdan Dagalo said his forces would protect civilians in Darfur.", "rsf mohamed-hamdan-dagalo/person/SDN", false},
	{"s saf vs rsf", "Fighting between the Sudanese Armed Forces and the RSF has displaced more than 12 million people.", "sdn-armed-forces rsf", true}, // events: the state with no mention of its own
	{"s sovereignty council", "Sudan's Sovereignty Council, headed by Burhan, appointed a new prime minister.", "sdn-sovereignty-council abdel-fattah-al-burhan", false},
	{"s abiy tigray", "Ethiopian Prime Minister Abiy Ahmed ordered a military offensive in Tigray in November 2020.", "abiy-ahmed/person/ETH ETH", false},
	{"s tplf getachew", "Getachew Reda, a spokesman for the Tigray People's Liberation Front, said Tigrayan forces had withdrawn.", "getachew-reda/person/ETH tigray-peoples-liberation-front tigray-defense-forces", false},
	{"s tplf acronym", "The TPLF signed a peace deal with the federal government in Pretoria in November 2022.", "tigray-peoples-liberation-front", true}, // "the federal government in Pretoria" reads as South Africa's
	{"s fano amhara", "Fano militiamen briefly seized the town of Lalibela, residents said.", "fano/armed_group/ETH", false},
	{"s endf", "The Ethiopian National Defense Force said it had killed 300 Fano fighters.", "eth-armed-forces/military/ETH fano", true},                   // events: the state with no mention of its own
	{"s cabo delgado insurgents", "Islamic State-linked insurgents attacked Palma in Mozambique's Cabo Delgado province in March 2021.", "isis MOZ", true}, // a town's name that is a given name ("Palma") after a verb
	{"s rwandan troops mozambique", "Rwandan troops were deployed to Cabo Delgado in July 2021 to help Mozambique fight the insurgency.", "RWA MOZ", false},
	{"s chapo mondlane", "Mozambique's President Daniel Chapo met opposition leader Venancio Mondlane to end months of post-election unrest.", "daniel-chapo/person/MOZ MOZ venancio-mondlane/person", false},
	{"s frelimo won", "Frelimo, which has ruled Mozambique since independence, was declared the winner of the October vote.", "frelimo MOZ", false},
	{"s pmf iraq", "The Popular Mobilization Forces, an umbrella of mostly Iran-backed militias, were formally integrated into Iraq's armed forces.", "popular-mobilization-forces/armed_group/IRQ IRN irq-armed-forces", false},
	{"s hashd", "Hashd al-Shaabi fighters were deployed along the Syrian border, an Iraqi security official said.", "popular-mobilization-forces IRQ SYR", false},
	{"s kataib hezbollah drone", "Kataib Hezbollah said it would suspend attacks on U.S. forces in Iraq.", "kataib-hezbollah/armed_group/IRQ USA IRQ", false},
	{"s islamic resistance iraq", "The Islamic Resistance in Iraq, a coalition of Iran-aligned militias, claimed a drone attack on Eilat.", "islamic-resistance-in-iraq IRN", false},
	{"s sudani pm", "Iraqi Prime Minister Mohammed Shia al-Sudani said the government would not allow Iraq to be dragged into the war.", "mohammed-shia-al-sudani/person/IRQ IRQ", false},
	{"s counter-terrorism service", "Iraq's Counter-Terrorism Service said it had killed an Islamic State leader in Anbar.", "irq-counter-terrorism-service isis", true}, // events: the state with no mention of its own
	{"s hts aleppo", "Hayat Tahrir al-Sham led a lightning offensive that captured Aleppo in late November 2024.", "hts/armed_group/SYR", false},
	{"s sharaa interim president", "Syria's interim President Ahmed al-Sharaa said the country would hold elections within four years.", "ahmed-al-sharaa/person/SYR SYR", false},
	{"s golani nom de guerre", "HTS leader Abu Mohammed al-Golani told CNN the group's goal was to overthrow Assad.", "hts ahmed-al-sharaa/person/SYR cnn bashar-al-assad", true}, // events: the state with no mention of its own
	{"s sdf kurdish", "The Kurdish-led Syrian Democratic Forces said they had captured an Islamic State commander in Deir el-Zor.", "sdf/armed_group/SYR isis", false},
	{"s sna turkish-backed", "The Turkish-backed Syrian National Army attacked SDF positions near Manbij.", "syrian-national-army TUR sdf", false},
	{"s sohr", "The Syrian Observatory for Human Rights, a war monitor, said 30 fighters were killed.", "syrian-observatory-for-human-rights", false},
	{"s houthis red sea", "Yemen's Houthis said they had targeted a tanker in the Red Sea.", "houthis/armed_group/YEM", false},
	{"s saree", "Houthi military spokesman Yahya Saree said the group fired a ballistic missile at Israel.", "houthis yahya-saree/person/YEM ISR", false},
	{"s abdulsalam ansar allah", "Mohammed Abdulsalam, the chief negotiator of Ansar Allah, said talks with Riyadh had made progress.", "mohammed-abdulsalam/person/YEM houthis SAU", false},
	{"s abdul-malik al-houthi", "Houthi leader Abdul-Malik al-Houthi said attacks would continue until the war in Gaza ends.", "abdul-malik-al-houthi/person/YEM houthis", false},
	{"s saudi-led coalition", "The Saudi-led coalition said it had intercepted a drone launched toward Jazan.", "saudi-led-coalition SAU", true},           // the coalition is no actor of the gazetteer
	{"s yemen plc", "Yemen's Presidential Leadership Council called on the Houthis to release detained UN staff.", "yem-plc houthis united-nations", true}, // events: the state with no mention of its own
	{"s aqap", "Al-Qaeda in the Arabian Peninsula claimed an attack on southern separatist forces in Abyan.", "aqap/armed_group/YEM", false},
	{"s hezbollah qassem", "Hezbollah chief Naim Qassem said the group would not disarm while Israel occupied parts of the south.", "hezbollah/armed_group/LBN naim-qassem/person/LBN ISR", false},
	{"s lebanese army aoun", "Lebanese President Joseph Aoun said the army would deploy south of the Litani River.", "joseph-aoun/person/LBN LBN lbn-army", false},
	{"s nawaf salam", "Lebanon's Prime Minister Nawaf Salam formed a government in February 2025.", "nawaf-salam/person/LBN LBN", false},
	{"s haftar lna", "Forces loyal to eastern commander Khalifa Haftar launched an offensive on Tripoli in April 2019.", "khalifa-haftar/person/LBY", false},
	{"s lna name", "The Libyan National Army said its forces had taken control of the Sharara oil field.", "libyan-national-army/armed_group/LBY", false},
	{"s dbeibah gnu", "Prime Minister Abdul Hamid Dbeibah of the Tripoli-based Government of National Unity refused to step down.", "abdul-hamid-dbeibeh/person/LBY lby-gnu", false},
	{"s rival governments", "Libya has been split between rival administrations in the east and west since 2014.", "LBY", false},
	{"s zabihullah", "Taliban spokesman Zabihullah Mujahid said the ban on girls' education would be reviewed.", "taliban/armed_group/AFG zabihullah-mujahid/person/AFG", false},
	{"s akhundzada decree", "Taliban supreme leader Hibatullah Akhundzada issued a decree banning the cultivation of poppies.", "taliban hibatullah-akhundzada/person/AFG", false},
	{"s muttaqi foreign minister", "Afghanistan's acting foreign minister, Amir Khan Muttaqi, visited New Delhi in October 2025.", "amir-khan-muttaqi/person/AFG AFG", false},
	{"s isis-k kabul", "Islamic State Khorasan Province claimed the bombing at Kabul airport in August 2021.", "isis-k/armed_group/AFG", false},
	{"s ttp attack", "The Pakistani Taliban, or TTP, claimed an attack on a police station in Khyber Pakhtunkhwa.", "ttp/armed_group/PAK", false},
	{"s tehreek-e-taliban", "Tehreek-e-Taliban Pakistan denied involvement in the bombing in Peshawar.", "ttp/armed_group/PAK", false},
	{"s bla train", "The Baloch Liberation Army hijacked the Jaffar Express in March 2025, taking hundreds of passengers hostage.", "baloch-liberation-army/armed_group/PAK", false},
	{"s ispr", "The military's media wing, Inter-Services Public Relations, said 12 militants were killed in North Waziristan.", "pak-ispr", false},
	{"s asim munir", "Pakistan's army chief, General Asim Munir, warned India against any aggression.", "asim-munir/person/PAK pak-army PAK IND", false},
	{"s shehbaz sharif", "Prime Minister Shehbaz Sharif said Pakistan would respond to any Indian strike.", "shehbaz-sharif/person/PAK PAK IND", false},
	{"s indian army loc", "The Indian army said Pakistani troops had violated the ceasefire along the Line of Control.", "ind-army/military/IND PAK", false},
	{"s imran khan pti", "Supporters of jailed former Prime Minister Imran Khan clashed with police in Islamabad.", "imran-khan/person/PAK pak-police", true}, // a capital after a group's noun ("police in Islamabad") read as its government
	{"s pti party", "Pakistan Tehreek-e-Insaf said thousands of its workers had been arrested.", "pakistan-tehreek-e-insaf", false},
	{"s hasina fled", "Sheikh Hasina fled to India by helicopter on Aug. 5, 2024 after weeks of student-led protests.", "sheikh-hasina/person/BGD IND", false},
	{"s yunus chief adviser", "Muhammad Yunus, the head of Bangladesh's interim government, said elections would be held in February.", "muhammad-yunus/person/BGD BGD", false},
	{"s awami league ban", "Bangladesh's interim government banned the activities of the Awami League under an anti-terrorism law.", "BGD awami-league", false},
	{"s bnp", "The Bangladesh Nationalist Party called for a general strike in Dhaka.", "bangladesh-nationalist-party", false},
	{"s rab", "Bangladesh's Rapid Action Battalion has been accused by rights groups of enforced disappearances.", "bgd-rab", false},
	{"s gotabaya fled", "Sri Lankan President Gotabaya Rajapaksa fled the country in July 2022 after protesters stormed his residence.", "gotabaya-rajapaksa/person/LKA LKA", false},
	{"s ranil president", "Sri Lanka's parliament elected Ranil Wickremesinghe as president on July 20, 2022.", "lka-parliament ranil-wickremesinghe/person/LKA", false},
	{"s dissanayake", "Sri Lanka's President Anura Kumara Dissanayake promised to fight corruption.", "anura-kumara-dissanayake/person/LKA LKA", false},
	{"s min aung hlaing", "Myanmar's junta chief Min Aung Hlaing said elections would be held in December.", "min-aung-hlaing/person/MMR mmr-armed-forces", false},
	{"s tatmadaw airstrike", "The Myanmar military carried out an airstrike on a village in Sagaing region, killing 40 people.", "mmr-armed-forces/military/MMR", true}, // events: the state with no mention of its own
	{"s arakan army", "The Arakan Army said it had captured the headquarters of the military's western command.", "arakan-army/armed_group/MMR", false},
	{"s kia", "The Kachin Independence Army seized control of rare earth mines near the Chinese border.", "kachin-independence-army/armed_group/MMR CHN", false},
	{"s pdf", "Fighters from the People's Defence Force ambushed a military convoy in Magway region.", "peoples-defence-force/armed_group/MMR", false},
	{"s nug", "The National Unity Government, Myanmar's shadow administration, condemned the strike.", "nug-myanmar", false},
	{"s suu kyi", "Aung San Suu Kyi has been detained since the military seized power in February 2021.", "aung-san-suu-kyi/person/MMR", false},
	{"s maduro cne", "Venezuela's National Electoral Council declared Nicolas Maduro the winner of the July 28 election.", "ven-election-commission nicolas-maduro/person/VEN", false},
	{"s machado", "Opposition leader Maria Corina Machado said the opposition had tallies proving its victory.", "maria-corina-machado/person/VEN", false},
	{"s edmundo gonzalez spain", "Edmundo Gonzalez, the opposition's presidential candidate, went into exile in Spain in September 2024.", "edmundo-gonzalez-urrutia/person/VEN ESP", false},
	{"s cabello interior", "Interior Minister Diosdado Cabello said more than 2,000 people had been arrested.", "diosdado-cabello/person/VEN", false},
	{"s padrino", "Defence Minister Vladimir Padrino Lopez said the armed forces remained loyal to Maduro.", "vladimir-padrino-lopez/person/VEN ven-armed-forces nicolas-maduro", true}, // events: the state with no mention of its own
	{"s tren de aragua", "The Trump administration designated Tren de Aragua a foreign terrorist organization.", "tren-de-aragua/armed_group/VEN USA", true},                            // "The Trump administration" is also the person (gazetteer name)
	{"s petro eln", "Colombian President Gustavo Petro suspended peace talks with the ELN after attacks in Catatumbo.", "gustavo-petro/person/COL COL eln", false},
	{"s eln full", "The National Liberation Army, Colombia's largest remaining guerrilla group, freed six hostages.", "eln/armed_group/COL", false},
	{"s farc dissidents", "FARC dissidents attacked a police station in Cauca province, killing two officers.", "farc/armed_group/COL", false},
	{"s emc mordisco", "The Estado Mayor Central, led by Ivan Mordisco, rejected the government's ceasefire terms.", "estado-mayor-central ivan-mordisco/person", true}, // events: the state with no mention of its own
	{"s clan del golfo", "The Gulf Clan, Colombia's biggest drug-trafficking group, declared a unilateral ceasefire.", "clan-del-golfo/armed_group/COL", false},
	{"s sheinbaum", "Mexican President Claudia Sheinbaum said she would not allow U.S. troops on Mexican soil.", "claudia-sheinbaum/person/MEX MEX USA", false},
	{"s sinaloa factions", "Fighting between factions of the Sinaloa cartel has killed hundreds in Culiacan since September 2024.", "sinaloa-cartel/armed_group/MEX", false},
	{"s cjng", "The Jalisco New Generation Cartel ambushed police officers in Michoacan, killing 13.", "cjng/armed_group/MEX mex-police", true}, // police named without a state, whose region alone gives it
	{"s mexico national guard", "Mexico's National Guard said it had arrested 12 suspects in Guanajuato.", "mex-national-guard/military/MEX", false},
	{"s harfuch", "Security Minister Omar Garcia Harfuch said the suspects had been handed to prosecutors.", "omar-garcia-harfuch/person/MEX", false},
	{"s cherizier barbecue", "Gang leader Jimmy \"Barbecue\" Cherizier said the Viv Ansanm coalition would fight the police.", "jimmy-cherizier/person/HTI viv-ansanm", false},
	{"s viv ansanm", "Viv Ansanm gangs attacked the town of Mirebalais, freeing more than 500 inmates.", "viv-ansanm/armed_group/HTI", false},
	{"s haiti tpc", "Haiti's Transitional Presidential Council appointed Alix Didier Fils-Aime as prime minister in November 2024.", "hti-transitional-council alix-didier-fils-aime/person/HTI", false},
	{"s kenya mission haiti", "Kenyan police officers leading the multinational mission arrived in Port-au-Prince in June 2024.", "ken-police", false},
	{"s noboa ecuador", "Ecuadorean President Daniel Noboa declared an \"internal armed conflict\" in January 2024.", "daniel-noboa/person/ECU ECU", false},
	{"s los choneros", "Los Choneros leader Adolfo Macias, known as Fito, was extradited to the United States.", "los-choneros adolfo-macias/person USA", false},
	{"s boluarte protests", "Protesters demanding the resignation of President Dina Boluarte blocked roads in southern Peru.", "dina-boluarte/person/PER PER", false},
	{"s peru police", "Peruvian police fired tear gas at protesters marching on Lima.", "per-police", false},
	{"s hrw said", "Human Rights Watch said security forces had used excessive force against peaceful protesters.", "human-rights-watch", false},
	{"s amnesty callamard", "Amnesty International's Secretary General Agnes Callamard called for an independent investigation.", "amnesty-international agnes-callamard/person", false},
	{"s acled", "The Armed Conflict Location and Event Data Project recorded more than 1,500 political violence events in Burkina Faso.", "armed-conflict-location-and-event-data-project BFA", false},
	{"s acled short", "According to ACLED, fatalities in the Sahel rose by a third last year.", "armed-conflict-location-and-event-data-project", false},
	{"s un rights office", "The UN human rights office said at least 1,400 people were killed during the protests.", "un-high-commission-for-human-rights", false},
	{"s turk", "U.N. rights chief Volker Turk urged the authorities to release all those arbitrarily detained.", "volker-turk/person united-nations", true}, // events: the state with no mention of its own
	{"s un security council sahel", "The U.N. Security Council voted to end the peacekeeping mission in Mali in June 2023.", "un-security-council MLI", false},
	{"s ecowas niger", "ECOWAS threatened military intervention after soldiers overthrew Niger's president Mohamed Bazoum.", "ecowas mohamed-bazoum/person/NER NER", false},
	{"s aes alliance", "Mali, Burkina Faso and Niger formed the Alliance of Sahel States in September 2023.", "MLI BFA NER alliance-of-sahel-states", false},
	{"s sonko senegal", "Senegalese opposition leader Ousmane Sonko was jailed in July 2023, sparking deadly protests.", "ousmane-sonko/person/SEN SEN", false},
	{"s ruto protests", "Kenyan President William Ruto withdrew the finance bill after protesters stormed parliament.", "william-ruto/person/KEN KEN ken-parliament", false},
	{"s chad deby", "Chad's President Mahamat Idriss Deby ended a defence cooperation agreement with France.", "mahamat-deby/person/TCD TCD FRA", false},
	{"s kiir machar", "South Sudan's President Salva Kiir placed First Vice President Riek Machar under house arrest.", "salva-kiir-mayardit/person/SSD SSD riek-machar-teny-dhurgon/person/SSD", false},
	{"s bamako place", "Heavy fighting was reported on the outskirts of Bamako on Tuesday.", "", false},
	{"s niamey government", "Niamey ordered the French ambassador to leave within 48 hours.", "NER FRA", false},
	{"s khartoum place", "Residents of Khartoum said they had no water or electricity for weeks.", "", false},
	{"s kabul place", "Hundreds of women gathered outside a bakery in Kabul.", "", false},
	{"s tripoli government", "Tripoli rejected the vote by the eastern-based parliament.", "LBY", true}, // Tripoli is also Lebanon's city: no state
	{"s no actor protesters", "Protesters set fire to tyres and blocked the main highway for a second day.", "", false},
	{"s no actor gunmen", "Unidentified gunmen killed 12 villagers overnight and torched their homes.", "", false},
	{"s no actor displaced", "More than 3 million people have been displaced by the fighting, according to aid agencies.", "", false},
	{"s no actor junta trap", "The junta has repeatedly postponed a return to civilian rule.", "", false},
	{"s no actor curfew", "A curfew was imposed from dusk to dawn and schools were closed until further notice.", "", false},
	{"s no actor rebels", "The rebels said they had shot down a helicopter, a claim that could not be independently verified.", "", false},
	{"s no actor militia trap", "The militia said it had withdrawn from the town to spare civilians.", "", false},
	{"s no actor general strike", "The general strike paralysed the port city for a third day.", "", false},
	{"s no actor death toll", "The death toll rose to 54, a hospital official said.", "", false},
	{"s goma place", "Thousands of people fled Goma as shells landed near the airport.", "", false},
	{"s rsf parallel government", "The RSF and its allies signed a charter in Nairobi to form a parallel government.", "rsf/armed_group/SDN", false},
	{"s is sahel province", "Islamic State Sahel Province killed dozens of soldiers in an attack on a convoy in Niger's Tillaberi region.", "islamic-state-sahel-province NER", false},
	{"s mexican soldiers", "Mexican soldiers killed 19 suspected cartel gunmen in a shootout in Michoacan.", "MEX", false},
	{"s no actor roadblocks", "Soldiers manned roadblocks across the city as the vote count began.", "", false},
	{"s unitary platform", "The Unitary Platform, Venezuela's main opposition coalition, said it would not recognise the results.", "unitary-platform", false},
}

// enConflict43Batch2Rows were written after the first batch's rules and
// annotated before their first run.
var enConflict43Batch2Rows = []wantRow{
	{"b2 ansar allah spokesman", "Ansar Allah spokesman Mohammed Abdulsalam said the group would keep targeting Israeli-linked ships.", "houthis mohammed-abdulsalam/person/YEM ISR", false},
	{"b2 m23 apposition", "The M23, Congo's most powerful rebel group, announced a ceasefire on Tuesday.", "m23/armed_group/COD", false},
	{"b2 village of", "Gunmen killed dozens of people in the village of Darul Jamal, local officials said.", "", false},
	{"b2 el mayo nickname", "Ismael \"El Mayo\" Zambada pleaded guilty in a New York court in August 2025.", "ismael-zambada/person/MEX", false},
	{"b2 tiani niger army", "Niger's junta leader Abdourahamane Tiani said the army would stay in power for five years.", "abdourahamane-tchiani/person/NER NER ner-army", false},
	{"b2 hts leader sharaa", "Syrian President Ahmed al-Sharaa met Lebanese Prime Minister Nawaf Salam in Damascus.", "ahmed-al-sharaa/person/SYR SYR nawaf-salam/person/LBN LBN", false},
	{"b2 pmf chairman", "Falih al-Fayyadh, the head of the Popular Mobilization Forces, met Iraq's prime minister in Baghdad.", "falih-al-fayyadh/person/IRQ popular-mobilization-forces IRQ", false},
	{"b2 rsf spokesman", "RSF spokesman Al-Fateh Qurashi denied that his forces had killed civilians.", "rsf al-fateh-qurashi/person", false},
	{"b2 akhundzada kandahar", "The Taliban's supreme leader, Hibatullah Akhundzada, rarely leaves Kandahar.", "taliban hibatullah-akhundzada/person/AFG", false},
	{"b2 venezuela cne apposition", "Elvis Amoroso, the head of the National Electoral Council, declared Maduro the winner.", "elvis-amoroso/person ven-election-commission nicolas-maduro/person/VEN", false},
	{"b2 arakan army apposition", "The Arakan Army, one of Myanmar's strongest ethnic armed groups, said it controlled most of Rakhine state.", "arakan-army/armed_group/MMR", false},
	{"b2 boko haram apposition", "Boko Haram, Nigeria's oldest jihadist group, split in 2016 when ISWAP broke away.", "boko-haram/armed_group/NGA iswap", false},
	{"b2 petro eln apposition", "Colombia's President Gustavo Petro called the ELN a drug-trafficking organisation.", "gustavo-petro/person/COL COL eln", false},
	{"b2 bangladesh army chief", "Bangladesh army chief General Waker-Uz-Zaman said the military would support the interim government.", "waker-uz-zaman/person/BGD bgd-army BGD", false},
	{"b2 no actor convoy", "A convoy of aid trucks was looted on the road to the city, the aid group said.", "", false},
	{"b2 no actor militants", "Suspected militants set off a roadside bomb, wounding three soldiers.", "", false},
	{"b2 haiti pm fils-aime", "Haitian Prime Minister Alix Didier Fils-Aime said the gangs controlled 90% of the capital.", "alix-didier-fils-aime/person/HTI HTI", false},
	{"b2 hrw amnesty", "Human Rights Watch and Amnesty International accused Ethiopian forces of ethnic cleansing in western Tigray.", "human-rights-watch amnesty-international ETH", false},
}

func TestENConflict43Grid(t *testing.T) {
	t.Run("batch1", func(t *testing.T) { runWantGrid(t, "en", enConflict43Rows, 150) })
	t.Run("batch2", func(t *testing.T) { runWantGrid(t, "en", enConflict43Batch2Rows, 18) })
}
