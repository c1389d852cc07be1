package extract

import "testing"

// TestENEvents2Grid checks who does what to whom in English wire news one
// sentence structure at a time, beside TestEnglishSyntaxEvents and
// TestReportedActs: reported speech whose speaker is not the actor ("Kyiv
// said Russian drones struck Odesa", "according to Ukraine's air force"),
// attribution after the quote, passives with and without "by",
// agentless passives (no source), relative clauses, coordinated sources
// and targets, nominalizations with "by", "of" and "on", appositions
// between subject and verb, fronted time and place phrases, modality and
// futures, negation and denial, conditionals, questions, headline style
// and sentences where only one clause is an event. The sentences were
// written for the test in the style of present-day wire news and
// annotated before the extractor ran on them; a row marked known is a
// known failure and fails the test when it starts passing.
//
// Before any rule or data of this grid: 83 of 102 rows pass. (Nineteen
// wanted or unwanted events were first written with an empty root to mean
// any root, which the harness does not read so; after the first run, and
// before any rule, each was given the root its verb codes.) An actor
// after "by" that ends the object phrase of an event noun acts on that
// object ("the arrest of a Chinese engineer by German police", "sanctions
// on Russia by the European Union"): 86 of 102. An actor behind a second
// "by" inside a passive's agent phrase is the agent ("was hit by a
// missile fired by Russian forces"): 87 of 102. A direct question (a
// question word or an inverted auxiliary first, a question mark last)
// asserts no act: 88 of 102. A second batch of 12 rows (the same
// classes and their limits), annotated before its first run: 11 passed at
// once: 99 of 114.
func TestENEvents2Grid(t *testing.T) {
	x := extractor(t)
	type ev = syntaxEvent
	rows := []eventRow{
		// Reported speech: the speaker is not the actor.
		{"rep capital said drones struck city", "Kyiv said Russian drones struck Odesa overnight, damaging port facilities.",
			[]ev{{"RUS", "", "19", "UKR", "", ""}}, []ev{{"UKR", "", "19", "", "", ""}}, false, false},
		{"rep military said group fired rockets", "Israel's military said Hezbollah fired about 30 rockets into northern Israel on Tuesday.",
			[]ev{{"hezbollah", "", "19", "ISR", "", ""}}, []ev{{"ISR", "", "19", "hezbollah", "", ""}}, false, false},
		{"rep according to air force launched", "According to Ukraine's air force, Russia launched 40 drones at Kharkiv overnight.",
			[]ev{{"RUS", "", "19", "UKR", "", ""}}, []ev{{"UKR", "", "19", "RUS", "", ""}}, false, false},
		// known: "shelled" with a demonym subject ("Azerbaijani forces") and a village target gives no event.
		{"rep ministry said forces shelled", "Armenia's defence ministry said Azerbaijani forces shelled a village near the border.",
			[]ev{{"AZE", "", "19", "ARM", "", ""}}, []ev{{"ARM", "", "19", "AZE", "", ""}}, false, true},
		{"rep told reporters navy seized", "Tehran told reporters that the US Navy had seized an Iranian tanker in the Gulf of Oman.",
			[]ev{{"USA", "", "17", "IRN", "", ""}}, []ev{{"IRN", "", "17", "USA", "", ""}}, false, false},
		{"rep officials said rebels attacked", "Congolese officials said M23 rebels attacked army positions near Goma.",
			[]ev{{"m23", "", "19", "COD", "", ""}}, []ev{{"COD", "", "19", "m23", "", ""}}, false, false},
		// known: the troops' killing inside "claimed that" is not coded; the claim is read as an accusation of India.
		{"rep claimed that killed", "Pakistan claimed that Indian troops killed three civilians in Kashmir.",
			[]ev{{"IND", "", "18", "", "", ""}}, []ev{{"PAK", "", "18", "", "", ""}, {"PAK", "", "19", "", "", ""}}, false, true},
		{"rep said it believed behind", "Seoul said North Korea fired a ballistic missile into the sea.",
			nil, []ev{{"KOR", "", "19", "PRK", "", ""}}, false, false},
		{"rep state media reported sanctions", "Chinese state media reported that Beijing had imposed sanctions on three US defence firms.",
			[]ev{{"CHN", "", "16", "USA", "", ""}}, nil, false, false},
		{"rep according to officials arrested", "Turkish police arrested 20 suspected Islamic State members, according to officials.",
			[]ev{{"TUR", "", "17", "isis", "", ""}}, nil, false, false},
		{"rep statement said expelled", "In a statement, Mali's junta said it had expelled the French ambassador.",
			[]ev{{"MLI", "", "17", "FRA", "", ""}}, []ev{{"FRA", "", "17", "MLI", "", ""}}, false, false},
		{"rep accused of striking", "Moscow accused Kyiv of striking a power station in Belgorod region.",
			[]ev{{"RUS", "", "11", "UKR", "", ""}}, []ev{{"UKR", "", "11", "RUS", "", ""}}, false, false},

		// Attribution after the quote or the clause.
		{"attr quote said minister", "\"We will respond to any aggression,\" Iran's foreign minister said.",
			nil, []ev{{"IRN", "", "19", "", "", "fact"}}, false, false},
		{"attr clause then said spokesman", "Israeli jets struck Houthi targets in Yemen's Hodeidah port, an Israeli military spokesman said.",
			[]ev{{"ISR", "", "19", "houthis", "", ""}}, nil, false, false},
		{"attr clause then ministry said", "Russian forces captured two villages in the Donetsk region, Russia's defence ministry said.",
			[]ev{{"RUS", "", "19", "UKR", "", ""}}, []ev{{"UKR", "", "19", "RUS", "", ""}}, false, false},
		// known: "the US strikes on Venezuela" after "said of" goes to the speaker, not to the prenominal "US".
		{"attr quote condemned said", "\"This is a flagrant violation of international law,\" China said of the US strikes on Venezuela.",
			[]ev{{"USA", "", "19", "VEN", "", ""}}, nil, false, true},
		{"attr clause then according to", "Sudan's RSF shelled El Fasher on Sunday, according to local activists.",
			[]ev{{"rsf", "", "19", "SDN", "", ""}}, nil, false, false},
		{"attr said in a statement", "Hamas released four Israeli hostages on Saturday, the group said in a statement.",
			[]ev{{"hamas", "", "08", "ISR", "", ""}}, nil, false, false},

		// Passives with "by".
		{"pass struck by", "A hospital in Khan Younis was struck by Israeli forces on Monday.",
			[]ev{{"ISR", "", "19", "", "", ""}}, nil, false, false},
		{"pass sanctioned by", "Three Chinese banks were sanctioned by the United States on Thursday.",
			[]ev{{"USA", "", "16", "CHN", "", ""}}, []ev{{"CHN", "", "16", "USA", "", ""}}, false, false},
		// known: "the coup in Guinea-Bissau" is no actor, and an act without a target is not given.
		{"pass condemned by", "The coup in Guinea-Bissau was condemned by the African Union.",
			[]ev{{"african-union", "", "11", "", "", ""}}, nil, false, true},
		{"pass attacked by state", "A Ukrainian grain ship was attacked by Russia in the Black Sea.",
			[]ev{{"RUS", "", "19", "UKR", "", ""}}, []ev{{"UKR", "", "19", "RUS", "", ""}}, false, false},
		{"pass detained by", "A French tourist was detained by Iranian authorities in Tehran.",
			[]ev{{"IRN", "", "17", "FRA", "", ""}}, []ev{{"FRA", "", "17", "IRN", "", ""}}, false, false},
		{"pass expelled by", "Two Russian diplomats were expelled by Poland on Wednesday.",
			[]ev{{"POL", "", "17", "RUS", "", ""}}, []ev{{"RUS", "", "17", "POL", "", ""}}, false, false},
		// known: the plan's target is the city (gaza-city), and the criticism is given against the city, not the plan's owner.
		{"pass criticised by", "Israel's plan to occupy Gaza City was criticised by Germany and Britain.",
			[]ev{{"DEU", "", "11", "ISR", "", ""}, {"GBR", "", "11", "ISR", "", ""}}, nil, false, true},
		{"pass invited by", "Modi has been invited by Japan to attend the G7 summit.",
			[]ev{{"JPN", "", "04", "IND", "", ""}}, []ev{{"IND", "", "04", "JPN", "", ""}}, false, false},

		// Agentless passives: no source.
		{"agentless convoy attacked", "A convoy was attacked near Goma on Friday.",
			nil, nil, true, false},
		{"agentless journalist arrested", "A journalist was arrested in Istanbul on Tuesday.",
			nil, nil, true, false},
		{"agentless embassy targeted", "The Israeli embassy in Stockholm was targeted in a shooting.",
			nil, []ev{{"SWE", "", "19", "", "", ""}, {"ISR", "", "19", "", "", ""}}, false, false},
		{"agentless sanctions imposed on", "New sanctions were imposed on Iran's oil sector this week.",
			nil, []ev{{"IRN", "", "16", "", "", ""}}, false, false},
		{"agentless were killed in city", "Twelve people were killed in Kharkiv on Saturday.",
			nil, nil, true, false},

		// Relative clauses.
		// known: "said they would target" is coded as a planned attack (19), not a threat (13).
		{"rel which attacked object", "The Houthis, which have attacked shipping in the Red Sea, said they would target US warships.",
			[]ev{{"houthis", "", "13", "USA", "", ""}}, []ev{{"houthis", "", "19", "USA", "", "fact"}}, false, true},
		{"rel who met subject", "Erdogan, who met Putin last month, called on Russia to extend the grain deal.",
			[]ev{{"TUR", "", "02", "RUS", "", ""}}, nil, false, false},
		// known: "a building that Hamas used": the relative clause's actor is not the target of the strike.
		{"rel object relative", "Israel struck a building that Hamas used as a command centre.",
			[]ev{{"ISR", "", "19", "hamas", "", ""}}, []ev{{"hamas", "", "19", "ISR", "", ""}}, false, true},
		{"rel whose leader", "Hezbollah, whose leader was killed last year, fired rockets at Israel.",
			[]ev{{"hezbollah", "", "19", "ISR", "", ""}}, nil, false, false},
		{"rel reduced backed by", "Rebels backed by Rwanda seized the town of Uvira.",
			nil, []ev{{"COD", "", "19", "RWA", "", ""}}, false, false},

		// Coordination of sources and targets.
		{"coord two sources condemned", "France and Germany condemned Russia's drone incursion into Poland.",
			[]ev{{"FRA", "", "11", "RUS", "", ""}, {"DEU", "", "11", "RUS", "", ""}}, nil, false, false},
		{"coord two targets sanctioned", "The EU sanctioned Iran and Belarus over drone supplies to Russia.",
			[]ev{{"european-union", "", "16", "IRN", "", ""}, {"european-union", "", "16", "BLR", "", ""}}, nil, false, false},
		{"coord two verbs same subject", "India summoned Bangladesh's envoy and lodged a protest over the border killings.",
			[]ev{{"IND", "", "11", "BGD", "", ""}}, []ev{{"BGD", "", "11", "IND", "", ""}}, false, false},
		{"coord three targets met", "Rubio met his counterparts from Japan, South Korea and Australia in Manila.",
			[]ev{{"USA", "", "04", "JPN", "", ""}, {"USA", "", "04", "KOR", "", ""}, {"USA", "", "04", "AUS", "", ""}}, nil, false, false},
		// known: "Both A and B accused the other" gives no event.
		{"coord both sides accused", "Both Israel and Iran accused the other of violating the ceasefire.",
			[]ev{{"ISR", "", "11", "IRN", "", ""}, {"IRN", "", "11", "ISR", "", ""}}, nil, false, true},

		// Nominalizations with "by", "of", "on".
		{"nom attack by on", "The attack by Russia on Ukraine's energy grid left millions without power.",
			[]ev{{"RUS", "", "19", "UKR", "", ""}}, nil, false, false},
		{"nom invasion of", "Russia's invasion of Ukraine is now in its fourth year.",
			[]ev{{"RUS", "", "19", "UKR", "", ""}}, []ev{{"UKR", "", "19", "RUS", "", ""}}, false, false},
		{"nom sanctions on by", "Sanctions on Russia by the European Union have cut its oil revenue.",
			[]ev{{"european-union", "", "16", "RUS", "", ""}}, nil, false, false},
		{"nom arrest of by", "The arrest of a Chinese engineer by German police raised tensions with Beijing.",
			[]ev{{"DEU", "", "17", "CHN", "", ""}}, []ev{{"CHN", "", "17", "DEU", "", ""}}, false, false},
		{"nom visit to", "Putin's visit to India ended with a new oil deal.",
			[]ev{{"RUS", "", "04", "IND", "", ""}}, nil, false, false},
		{"nom strikes on condemned", "Qatar condemned Israel's strikes on Syria.",
			[]ev{{"QAT", "", "11", "ISR", "", ""}, {"ISR", "", "19", "SYR", "", ""}}, []ev{{"QAT", "", "19", "", "", ""}}, false, false},
		{"nom seizure of by", "The seizure of a Greek tanker by Iran drew protests from Athens.",
			[]ev{{"IRN", "", "17", "GRC", "", ""}}, []ev{{"GRC", "", "17", "IRN", "", ""}}, false, false},

		// Appositions between subject and verb.
		{"appos rel visiting met", "Rubio, who is visiting Tokyo, met Japan's prime minister on Tuesday.",
			[]ev{{"USA", "", "04", "JPN", "", ""}}, nil, false, false},
		{"appos office phrase criticised", "Kaja Kallas, the EU's top diplomat, criticised China's support for Russia.",
			[]ev{{"european-union", "", "11", "CHN", "", ""}}, nil, false, false},
		{"appos title then name sanctions", "The US Treasury, led by Scott Bessent, sanctioned two Venezuelan officials.",
			[]ev{{"USA", "", "16", "VEN", "", ""}}, nil, false, false},
		{"appos participle speaking", "Zelensky, speaking in Kyiv, accused Russia of stalling peace talks.",
			[]ev{{"UKR", "", "11", "RUS", "", ""}}, nil, false, false},
		// known: a private speaker with age and town: "Israeli tanks shelled his street" gives no event.
		{"appos age and town", "Mohammed al-Amin, 34, from Rafah, said Israeli tanks shelled his street.",
			[]ev{{"ISR", "", "19", "", "", ""}}, nil, false, true},

		// Fronted time and place phrases.
		{"front on day", "On Sunday, Israel struck targets in southern Lebanon.",
			[]ev{{"ISR", "", "19", "LBN", "", ""}}, nil, false, false},
		{"front in city", "In Brussels, NATO defence ministers agreed to boost support for Ukraine.",
			[]ev{{"nato", "", "03", "UKR", "", ""}}, nil, false, false},
		{"front earlier this week", "Earlier this week, China held military drills around Taiwan.",
			[]ev{{"CHN", "", "15", "TWN", "", ""}}, nil, false, false},
		{"front after clause", "After the talks in Geneva collapsed, Russia launched a massive strike on Kyiv.",
			[]ev{{"RUS", "", "19", "UKR", "", ""}}, nil, false, false},
		{"front late on", "Late on Thursday, Pakistani jets bombed militant hideouts in Afghanistan.",
			[]ev{{"PAK", "", "19", "AFG", "", ""}}, nil, false, false},

		// Modality and futures.
		{"mod expected to meet", "Trump is expected to meet Xi in South Korea next week.",
			nil, []ev{{"USA", "", "04", "CHN", "", "fact"}}, false, false},
		{"mod plans to visit", "Modi plans to visit Moscow in July.",
			nil, []ev{{"IND", "", "04", "RUS", "", "fact"}}, false, false},
		{"mod would impose", "The EU would impose new sanctions on Russia if the talks fail.",
			nil, []ev{{"european-union", "", "16", "RUS", "", "fact"}}, false, false},
		{"mod will send", "Germany will send two Patriot systems to Ukraine.",
			nil, []ev{{"DEU", "", "07", "UKR", "", "fact"}}, false, false},
		{"mod could strike", "Israel could strike Iran's nuclear sites within weeks, officials said.",
			nil, []ev{{"ISR", "", "19", "IRN", "", "fact"}}, false, false},
		{"mod set to sign", "Armenia and Azerbaijan are set to sign a peace deal in Washington.",
			nil, []ev{{"ARM", "", "05", "AZE", "", "fact"}}, false, false},
		{"mod intends to", "Japan intends to expand its defence cooperation with the Philippines.",
			nil, []ev{{"JPN", "", "06", "PHL", "", "fact"}}, false, false},

		// Negation and denial.
		{"neg did not attack", "Russia did not attack Ukrainian ports on Friday.",
			nil, []ev{{"RUS", "", "19", "UKR", "", "fact"}}, false, false},
		{"neg denied striking", "Iran denied striking the US base in Qatar.",
			nil, []ev{{"IRN", "", "19", "USA", "", "fact"}}, false, false},
		{"neg denied reports", "Beijing denied reports that it had supplied weapons to Russia.",
			nil, []ev{{"CHN", "", "07", "RUS", "", "fact"}}, false, false},
		{"neg has not sanctioned", "Washington has not sanctioned Israel's ministers.",
			nil, []ev{{"USA", "", "16", "ISR", "", "fact"}}, false, false},
		{"neg refused to meet", "Netanyahu refused to meet the Turkish delegation.",
			nil, []ev{{"ISR", "", "04", "TUR", "", "fact"}}, false, false},
		{"neg rejected claims attacked", "Rwanda rejected claims that its troops had attacked Congolese villages.",
			nil, []ev{{"RWA", "", "19", "COD", "", "fact"}}, false, false},

		// Conditionals.
		{"cond if attacks will respond", "If Israel attacks Iran again, Tehran will respond with force, its army said.",
			nil, []ev{{"ISR", "", "19", "IRN", "", "fact"}, {"IRN", "", "19", "ISR", "", "fact"}}, false, false},
		{"cond unless", "Unless Hamas frees the hostages, Israel will expand its offensive, Katz said.",
			nil, []ev{{"hamas", "", "08", "ISR", "", "fact"}}, false, false},
		{"cond threatened tariffs if", "Trump threatened to impose tariffs on India if it keeps buying Russian oil.",
			[]ev{{"USA", "", "13", "IND", "", ""}}, []ev{{"USA", "", "16", "IND", "", "fact"}}, false, false},

		// Questions.
		{"q will attack", "Will China attack Taiwan before 2027?",
			nil, []ev{{"CHN", "", "19", "TWN", "", "fact"}}, false, false},
		{"q why did", "Why did India strike Pakistan?",
			nil, []ev{{"IND", "", "19", "PAK", "", "fact"}}, false, false},
		{"q could", "Could Europe send troops to Ukraine?",
			nil, []ev{{"european-union", "", "07", "UKR", "", "fact"}, {"european-union", "", "15", "UKR", "", "fact"}}, false, false},

		// Headline style.
		{"head strikes semicolon dead", "Russia strikes Kyiv; 12 dead",
			[]ev{{"RUS", "", "19", "UKR", "", ""}}, nil, false, false},
		{"head present tense sanctions", "US sanctions Colombian president Petro",
			[]ev{{"USA", "", "16", "COL", "", ""}}, nil, false, false},
		// known: a headline "X: Y attacked our embassy" gives no event.
		{"head colon quote", "Iran: Israel attacked our embassy",
			[]ev{{"ISR", "", "19", "IRN", "", ""}}, []ev{{"IRN", "", "19", "ISR", "", ""}}, false, true},
		{"head to infinitive", "Japan to send destroyers to the South China Sea",
			nil, []ev{{"JPN", "", "15", "", "", "fact"}}, false, false},
		// known: "violated its waters" is no trigger.
		{"head says", "China says US warship violated its waters",
			[]ev{{"USA", "", "15", "CHN", "", ""}}, []ev{{"CHN", "", "19", "USA", "", ""}}, false, true},
		// known: a headline passive "Thai soldiers killed in Cambodian shelling" codes Thailand as the source.
		{"head passive", "Two Thai soldiers killed in Cambodian shelling",
			[]ev{{"KHM", "", "19", "THA", "", ""}}, []ev{{"THA", "", "19", "KHM", "", ""}, {"THA", "", "18", "KHM", "", ""}}, false, true},

		// Multi-clause sentences with only one event clause.
		// known: "as Russia struck the city's power plants" after a weather clause gives no event.
		{"multi weather then strike", "Temperatures fell below zero in Kyiv as Russia struck the city's power plants.",
			[]ev{{"RUS", "", "19", "UKR", "", ""}}, nil, false, true},
		// known: Rosneft is not coded as its state (RUS) as a target.
		{"multi economy then sanctions", "The rouble weakened and inflation rose after the United States sanctioned Rosneft.",
			[]ev{{"USA", "", "16", "RUS", "", ""}}, nil, false, true},
		{"multi background then met", "Trade has grown sharply since 2020, and on Monday Vietnam's leader met Xi in Hanoi.",
			[]ev{{"VNM", "", "04", "CHN", "", ""}}, nil, false, false},
		{"multi no event at all", "The population of Jakarta grew to 11 million, and the city's traffic worsened.",
			nil, nil, true, false},
		{"multi sport no event", "Argentina beat Brazil 2-1 in a World Cup qualifier in Buenos Aires.",
			nil, []ev{{"ARG", "", "19", "BRA", "", ""}}, false, false},
		{"multi market no event", "Oil prices rose after OPEC kept output unchanged.",
			nil, nil, true, false},
		{"multi while clause", "While Washington praised the deal, Moscow condemned NATO's expansion.",
			[]ev{{"RUS", "", "11", "nato", "", ""}}, []ev{{"USA", "", "11", "nato", "", ""}}, false, false},
		// More reported speech, passives and nominals.
		{"rep news agency said fighters ambushed", "Al-Shabaab fighters ambushed a Somali army convoy, the state news agency said.",
			[]ev{{"al-shabaab", "", "19", "SOM", "", ""}}, nil, false, false},
		{"rep police said detained", "Hong Kong police said they had detained two activists, one of them a British national.",
			nil, []ev{{"GBR", "", "17", "", "", ""}}, false, false},
		{"rep said that suspected", "Lithuania said Belarus was behind the balloons that forced Vilnius airport to close.",
			nil, []ev{{"LTU", "", "19", "BLR", "", ""}}, false, false},
		{"pass was hit by missile fired by", "An apartment block in Dnipro was hit by a missile fired by Russian forces.",
			[]ev{{"RUS", "", "19", "UKR", "", ""}}, nil, false, false},
		{"pass have been deployed by", "Thousands of troops have been deployed by Russia along the Finnish border.",
			[]ev{{"RUS", "", "15", "", "", ""}}, nil, false, false},
		{"nom bombardment of", "Israel's bombardment of Gaza City continued for a third day.",
			[]ev{{"ISR", "", "19", "", "", ""}}, nil, false, false},
		{"nom talks with", "Witkoff's talks with Putin in Moscow lasted five hours.",
			[]ev{{"USA", "", "04", "RUS", "", ""}}, nil, false, false},
		{"coord object pair condemned", "The Arab League condemned Israel and the United States over the strike on Doha.",
			[]ev{{"arab-league", "", "11", "ISR", "", ""}, {"arab-league", "", "11", "USA", "", ""}}, nil, false, false},
		{"front amid clause", "Amid rising tensions, Venezuela mobilised troops on its border with Guyana.",
			[]ev{{"VEN", "", "15", "", "", ""}}, nil, false, false},
		{"neg no evidence that", "There is no evidence that Iran supplied the missiles to the Houthis, a UN panel said.",
			nil, []ev{{"IRN", "", "07", "houthis", "", "fact"}}, false, false},
		{"mod considering sanctions", "Britain is considering sanctions on Israeli settlers.",
			nil, []ev{{"GBR", "", "16", "ISR", "", "fact"}}, false, false},
		{"head colon accuses", "Venezuela accuses US of piracy after tanker seizure",
			[]ev{{"VEN", "", "11", "USA", "", ""}}, nil, false, false},
		// A second batch, annotated before its first run.
		{"b2 nom detention of by", "The detention of two Australian journalists by Chinese authorities drew criticism.",
			[]ev{{"CHN", "", "17", "AUS", "", ""}}, []ev{{"AUS", "", "17", "CHN", "", ""}}, false, false},
		{"b2 nom expulsion of by", "The expulsion of French diplomats by Algeria deepened the crisis.",
			[]ev{{"DZA", "", "17", "FRA", "", ""}}, []ev{{"FRA", "", "17", "DZA", "", ""}}, false, false},
		{"b2 nom sanctions against by", "New sanctions against Iran by Britain target its shipping.",
			[]ev{{"GBR", "", "16", "IRN", "", ""}}, []ev{{"IRN", "", "16", "GBR", "", ""}}, false, false},
		{"b2 nom killing of by: no actor", "The killing of three farmers by gunmen shocked the region.",
			nil, nil, true, false},
		{"b2 pass struck by drone launched by", "A fuel depot in Bryansk was struck by a drone launched by Ukraine.",
			[]ev{{"UKR", "", "19", "RUS", "", ""}}, []ev{{"RUS", "", "19", "UKR", "", ""}}, false, false},
		{"b2 pass hit by shells fired by", "A school in Kherson was hit by shells fired by Russian troops.",
			[]ev{{"RUS", "", "19", "UKR", "", ""}}, nil, false, false},
		{"b2 q did attack", "Did Iran attack the tanker?",
			nil, []ev{{"IRN", "", "19", "", "", ""}}, false, false},
		{"b2 q who", "Who ordered the strike on Doha?",
			nil, nil, true, false},
		{"b2 q how will respond", "How will NATO respond to Russia's drone incursions?",
			nil, []ev{{"nato", "", "19", "RUS", "", "fact"}}, false, false},
		{"b2 quoted question then asked", "\"Why did Russia attack our cities?\" Zelensky asked.",
			nil, []ev{{"UKR", "", "19", "RUS", "", ""}}, false, false},
		{"b2 statement with question mark ends not", "Russia struck Kyiv overnight.",
			[]ev{{"RUS", "", "19", "UKR", "", ""}}, nil, false, false},
		// known: "a shepherd" is no actor, and an arrest without a target is not given.
		{"b2 rep said troops detained", "Lebanon said Israeli troops detained a shepherd near the border.",
			[]ev{{"ISR", "", "17", "LBN", "", ""}}, []ev{{"LBN", "", "17", "ISR", "", ""}}, false, true},
	}
	runEventRows(t, x, rows, enEvents2Floor)
}

// enEvents2Floor is how many rows of TestENEvents2Grid must pass.
const enEvents2Floor = 99
