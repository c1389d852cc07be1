package extract

import (
	"testing"
)

// TestVerbalEvents checks the verbal acts of English wire news, one CAMEO
// root at a time, as TestEnglishSyntaxEvents does for sentence structures:
// statements (01), appeals (02), intents to cooperate (03), consultations
// (04), diplomatic cooperation (05), demands (10), disapproval (11),
// rejection (12) and threats (13), with their negations, hedges and
// modality. A head of state or government and a government codes as its
// state; a named person matches its state, as the wire scorer codes
// actors. The sentences were written for the test in the style of present
// day wire news and annotated before the extractor ran on them; a row
// marked known is a known failure and fails the test when it starts
// passing.
//
// Before any rule or data of this grid: 78 of 102 rows pass. Hand
// triggers for a comment on something (010), a concern voiced (111), a
// decision or plan protested (114), a plan or proposal dismissed, an
// offer turned down and an accusation denied (120); "readiness" and
// "willingness" as words of intent ("expressed readiness to hold talks":
// 036); "cancelled", "canceled", "postponed" and "scrapped" as negations
// of the act right after ("cancelled his visit"): 83 of 102. A possessive
// "'s" does not end a hand form's gap, and the owner it marks inside the
// matched words is the target ("dismissed Zelensky's peace plan"): 86.
// "encouraged" and "pressed" X "to" as appeals, with the addressee right
// after the verb inside the gap as the target: 88 of 102. A second batch
// of 16 rows, annotated before its first run: 15 passed at once: 103 of
// 118. A form with a class takes the addressee before "with" as a gap
// form does ("threatened Burundi with military action"): 104 of 118. A
// third batch of 12 rows, annotated before its first run: 8 passed at
// once: 112 of 130. A negation right before a word of intent negates
// the act it opens ("has no plans to meet"): 113 of 130. Six rows with
// the new triggers' words said by no actor (fans, analysts, doctors),
// annotated before their first run, must give no event: all passed at
// once: 119 of 136. "Pope Leo" and "Paus Leo" name Pope Leo XIV in the
// gazetteer (stop 29): 120 of 136 (the floor).
func TestVerbalEvents(t *testing.T) {
	x := extractor(t)
	type ev = syntaxEvent
	tests := []eventRow{
		// 01: statements and comments.
		{"01 said of", "China's foreign ministry commented on the Japanese prime minister's remarks about Taiwan.",
			[]ev{{"CHN", "", "01", "JPN", "", "fact"}}, nil, false, false},
		{"01 declined to comment", "The White House declined to comment on the report.",
			nil, []ev{{"USA", "", "12", "", "", "fact"}}, false, false},
		// known: an act with no target is not given: a statement (notarget) about a situation finds none.
		{"01 issued statement", "Egypt issued a statement on the situation in Gaza on Sunday.",
			[]ev{{"EGY", "", "01", "", "", "fact"}}, nil, false, true},

		// 02: appeals.
		{"02 urged to", "Germany urged Serbia to reduce tensions with Kosovo.",
			[]ev{{"DEU", "", "02", "SRB", "", "fact"}}, nil, false, false},
		{"02 called on", "The United Nations called on Myanmar to release political prisoners.",
			[]ev{{"united-nations", "", "02", "MMR", "", "fact"}}, nil, false, false},
		{"02 appealed to", "Pope Leo appealed to Russia and Ukraine to agree to a Christmas truce.",
			[]ev{{"VAT", "", "02", "RUS", "", "fact"}, {"VAT", "", "02", "UKR", "", "fact"}}, nil, false, false},
		{"02 asked for help", "Lebanon asked France for help in rebuilding its army.",
			[]ev{{"LBN", "", "02", "FRA", "", "fact"}}, nil, false, false},
		{"02 pressed", "Washington pressed Israel to allow more aid into Gaza.",
			[]ev{{"USA", "", "02", "ISR", "", "fact"}}, nil, false, false},
		{"02 requested", "Ukraine requested more air defence systems from Germany.",
			[]ev{{"UKR", "", "02", "DEU", "", "fact"}}, nil, false, false},
		{"02 encouraged", "Japan encouraged South Korea to resume dialogue with North Korea.",
			[]ev{{"JPN", "", "02", "KOR", "", "fact"}}, nil, false, false},
		{"02 calls for restraint", "India and Pakistan should exercise restraint, the United Nations said.",
			nil, []ev{{"IND", "", "02", "PAK", "", "fact"}}, false, false},
		// known: "the international community" is no actor, and an appeal without a target is not given.
		{"02 appealed for aid", "Sudan appealed to the international community for food aid.",
			[]ev{{"SDN", "", "02", "", "", "fact"}}, nil, false, true},
		{"02 passive urged", "Iran was urged by France to cooperate with the IAEA.",
			[]ev{{"FRA", "", "02", "IRN", "", "fact"}}, []ev{{"IRN", "", "02", "FRA", "", ""}}, false, false},
		{"02 implored", "Zelensky implored NATO to send more fighter jets.",
			[]ev{{"UKR", "", "02", "nato", "", "fact"}}, nil, false, false},

		// 03: intent to cooperate.
		{"03 pledged aid", "Japan pledged $500 million in aid to the Philippines.",
			[]ev{{"JPN", "", "03", "PHL", "", ""}}, nil, false, false},
		{"03 vowed to help", "Turkey vowed to help Syria rebuild its economy.",
			[]ev{{"TUR", "", "03", "SYR", "", "fact"}}, nil, false, false},
		{"03 offered to mediate", "Qatar offered to mediate between Israel and Hamas.",
			[]ev{{"QAT", "", "03", "ISR", "", "fact"}}, nil, false, false},
		{"03 promised", "France promised Ukraine more artillery shells.",
			[]ev{{"FRA", "", "03", "UKR", "", "fact"}}, nil, false, false},
		{"03 agreed to cooperate", "Indonesia and Malaysia agreed to cooperate on border security.",
			[]ev{{"IDN", "", "03", "MYS", "", ""}}, nil, false, false},
		// known: "committed to supporting" codes the support (051); "committed" is no word of intent.
		{"03 committed to", "Britain committed to supporting Kenya's security mission in Haiti.",
			[]ev{{"GBR", "", "03", "KEN", "", ""}}, nil, false, true},
		{"03 expressed readiness", "Russia expressed readiness to hold talks with the United States.",
			[]ev{{"RUS", "", "03", "USA", "", ""}}, nil, false, false},
		{"03 offered aid", "China offered emergency aid to Myanmar after the earthquake.",
			[]ev{{"CHN", "", "03", "MMR", "", ""}}, nil, false, false},

		// 04: consultations.
		{"04 met", "Prabowo met Anwar Ibrahim in Kuala Lumpur on Monday.",
			[]ev{{"IDN", "", "04", "MYS", "", "fact"}}, nil, false, false},
		{"04 held talks with", "Erdogan held talks with Putin in Sochi.",
			[]ev{{"TUR", "", "04", "RUS", "", "fact"}}, nil, false, false},
		{"04 phone call", "Macron spoke by phone with Mohammed bin Salman on Thursday.",
			[]ev{{"FRA", "", "04", "SAU", "", "fact"}}, nil, false, false},
		{"04 visited", "Indian Prime Minister Narendra Modi visited Japan last week.",
			[]ev{{"IND", "", "04", "JPN", "", "fact"}}, nil, false, false},
		// known: "hosted talks between A and B" codes the talks' intent (03) toward the parties, not the hosting (043).
		{"04 hosted", "Saudi Arabia hosted talks between Ukraine and the United States in Jeddah.",
			[]ev{{"SAU", "", "04", "", "", "fact"}}, nil, false, true},
		{"04 summit", "The leaders of China and Japan held a summit in Lima.",
			[]ev{{"CHN", "", "04", "JPN", "", "fact"}}, nil, false, false},
		// known: CAMEO codes a visit to come as an intent to meet (036, root 03), which is defensible; the annotation wanted 04 planned.
		{"04 will visit planned", "Putin will visit India next month, the Kremlin said.",
			[]ev{{"RUS", "", "04", "IND", "", "planned"}}, []ev{{"RUS", "", "04", "IND", "", "fact"}}, false, true},
		{"04 telephoned", "Starmer telephoned Zelensky on Saturday.",
			[]ev{{"GBR", "", "04", "UKR", "", "fact"}}, nil, false, false},
		{"04 talked with", "Biden talked with Xi Jinping about fentanyl.",
			[]ev{{"USA", "", "04", "CHN", "", "fact"}}, nil, false, false},
		{"04 arrived in", "Secretary of State Marco Rubio arrived in Israel on Sunday.",
			[]ev{{"USA", "", "04", "ISR", "", "fact"}}, nil, false, false},
		{"04 consulted", "Seoul consulted Washington before responding to the missile launch.",
			[]ev{{"KOR", "", "04", "USA", "", "fact"}}, nil, false, false},
		{"04 negotiations with", "Iran resumed negotiations with the European Union in Geneva.",
			[]ev{{"IRN", "", "04", "european-union", "", "fact"}}, nil, false, false},
		{"04 cancelled visit", "Germany's chancellor cancelled his visit to China.",
			nil, []ev{{"DEU", "", "04", "CHN", "", "fact"}}, false, false},
		{"04 did not meet", "Trump did not meet Putin in Budapest.",
			nil, []ev{{"USA", "", "04", "RUS", "", "fact"}}, false, false},
		// known: as above: a meeting planned is an intent to meet (036).
		{"04 plans to meet", "Lula plans to meet Milei at the Mercosur summit.",
			[]ev{{"BRA", "", "04", "ARG", "", "planned"}}, []ev{{"BRA", "", "04", "ARG", "", "fact"}}, false, true},
		{"04 reportedly met", "Israeli officials reportedly met Syrian officials in Baku.",
			[]ev{{"ISR", "", "04", "SYR", "", "alleged"}}, []ev{{"ISR", "", "04", "SYR", "", "fact"}}, false, false},

		// 05: diplomatic cooperation.
		{"05 praised", "Trump praised Egypt for its role in the Gaza ceasefire.",
			[]ev{{"USA", "", "05", "EGY", "", "fact"}}, nil, false, false},
		{"05 welcomed", "The European Union welcomed Armenia's decision to hold elections.",
			[]ev{{"european-union", "", "05", "ARM", "", "fact"}}, nil, false, false},
		{"05 endorsed", "The African Union endorsed Kenya's candidate for the post.",
			[]ev{{"african-union", "", "05", "KEN", "", "fact"}}, nil, false, false},
		{"05 recognized", "Spain formally recognized the State of Palestine on Tuesday.",
			[]ev{{"ESP", "", "05", "PSE", "", "fact"}}, nil, false, false},
		{"05 signed agreement", "Vietnam and the Philippines signed a coast guard cooperation agreement.",
			[]ev{{"VNM", "", "05", "PHL", "", "fact"}, {"PHL", "", "05", "VNM", "", "fact"}}, nil, false, false},
		{"05 apologized", "Japan apologized to South Korea for the remarks of a local official.",
			[]ev{{"JPN", "", "05", "KOR", "", "fact"}}, nil, false, false},
		{"05 thanked", "Zelensky thanked Denmark for its new military aid package.",
			[]ev{{"UKR", "", "05", "DNK", "", "fact"}}, nil, false, false},
		{"05 congratulated", "Xi Jinping congratulated Lee Jae-myung on his election victory.",
			[]ev{{"CHN", "", "05", "KOR", "", "fact"}}, nil, false, false},
		{"05 commended", "The IAEA commended Iran for granting inspectors access.",
			[]ev{{"iaea", "", "05", "IRN", "", "fact"}}, nil, false, false},
		{"05 restored ties", "Egypt and Iran restored diplomatic relations after a decade.",
			[]ev{{"EGY", "", "05", "IRN", "", "fact"}}, nil, false, false},
		{"05 expressed support", "Indonesia expressed support for Palestine's bid for full UN membership.",
			[]ev{{"IDN", "", "05", "PSE", "", "fact"}}, nil, false, false},
		{"05 refused to recognize", "Israel refused to recognize the Palestinian state.",
			[]ev{{"ISR", "", "12", "PSE", "", "fact"}}, []ev{{"ISR", "", "05", "PSE", "", "fact"}}, false, false},

		// 10: demands.
		// known: PETRARCH's dictionary codes "demand ... withdraw" as an appeal (020), and the shoal, a place, is taken as the target.
		{"10 demanded that", "China demanded that the Philippines withdraw its vessels from Scarborough Shoal.",
			[]ev{{"CHN", "", "10", "PHL", "", "fact"}}, nil, false, true},
		{"10 demanded release", "Israel demanded the release of all hostages held by Hamas.",
			[]ev{{"ISR", "", "10", "hamas", "", "fact"}}, nil, false, false},
		// known: no trigger: "insisted that" is mostly a statement in news ("insisted it was not involved").
		{"10 insisted", "Russia insisted that Ukraine give up its claim to Crimea.",
			[]ev{{"RUS", "", "10", "UKR", "", "fact"}}, nil, false, true},
		// known: CAMEO codes an ultimatum as a threat (139, root 13), which is defensible; the annotation wanted 10.
		{"10 ultimatum", "ECOWAS issued an ultimatum to Niger's junta to restore civilian rule.",
			[]ev{{"ecowas", "", "10", "NER", "", "fact"}}, nil, false, true},
		{"10 demand to", "Hungary demanded guarantees from Ukraine on minority rights.",
			[]ev{{"HUN", "", "10", "UKR", "", "fact"}}, nil, false, false},
		// known: "was told by X to" has no trigger.
		{"10 passive demanded", "Kosovo was told by the European Union to withdraw its police from the north.",
			[]ev{{"european-union", "", "10", "XKX", "", "fact"}}, nil, false, true},

		// 11: disapproval.
		{"11 criticized", "Germany criticized Hungary's veto of the aid package.",
			[]ev{{"DEU", "", "11", "HUN", "", "fact"}}, nil, false, false},
		{"11 condemned", "Saudi Arabia condemned Israel's strike on Doha.",
			[]ev{{"SAU", "", "11", "ISR", "", "fact"}}, nil, false, false},
		{"11 accused", "Venezuela accused the United States of piracy.",
			[]ev{{"VEN", "", "11", "USA", "", "fact"}}, nil, false, false},
		{"11 blamed", "Pakistan blamed India for the explosion in Islamabad.",
			[]ev{{"PAK", "", "11", "IND", "", "fact"}}, nil, false, false},
		// known: PETRARCH's pattern "denounce ... sanctions" codes 053 and is longer than the hand 111.
		{"11 denounced", "Cuba denounced the new US sanctions as illegal.",
			[]ev{{"CUB", "", "11", "USA", "", "fact"}}, nil, false, true},
		{"11 protested decision", "China protested Japan's decision to deploy missiles on Yonaguni.",
			[]ev{{"CHN", "", "11", "JPN", "", "fact"}}, nil, false, false},
		{"11 summoned ambassador", "Poland summoned the Russian ambassador over the drone incursion.",
			[]ev{{"POL", "", "11", "RUS", "", "fact"}}, nil, false, false},
		{"11 lashed out", "North Korea lashed out at South Korea over the military drills.",
			[]ev{{"PRK", "", "11", "KOR", "", "fact"}}, nil, false, false},
		{"11 slammed", "Iran slammed the IAEA resolution as politically motivated.",
			[]ev{{"IRN", "", "11", "iaea", "", "fact"}}, nil, false, false},
		{"11 allegedly accused", "Russia has accused Britain of plotting attacks on its ships.",
			[]ev{{"RUS", "", "11", "GBR", "", "fact"}}, nil, false, false},
		{"11 complained", "Thailand complained to Cambodia about landmines on the border.",
			[]ev{{"THA", "", "11", "KHM", "", "fact"}}, nil, false, false},
		{"11 lodged protest", "Vietnam lodged a protest with China over the sinking of a fishing boat.",
			[]ev{{"VNM", "", "11", "CHN", "", "fact"}}, nil, false, false},
		{"11 expressed concern", "The United States expressed concern over China's military drills around Taiwan.",
			[]ev{{"USA", "", "11", "CHN", "", "fact"}}, nil, false, false},
		{"11 did not condemn", "India did not condemn Russia's invasion of Ukraine.",
			nil, []ev{{"IND", "", "11", "RUS", "", "fact"}}, false, false},
		{"11 passive criticized", "Israel was criticized by France for its settlement plans.",
			[]ev{{"FRA", "", "11", "ISR", "", "fact"}}, []ev{{"ISR", "", "11", "FRA", "", ""}}, false, false},

		// 12: rejection.
		{"12 rejected proposal", "Hamas rejected Israel's ceasefire proposal.",
			[]ev{{"hamas", "", "12", "ISR", "", "fact"}}, nil, false, false},
		{"12 refused to", "Venezuela refused to accept deportation flights from the United States.",
			[]ev{{"VEN", "", "12", "USA", "", "fact"}}, nil, false, false},
		{"12 vetoed", "The United States vetoed a Security Council resolution on Gaza.",
			[]ev{{"USA", "", "12", "un-security-council", "", "fact"}}, nil, false, false},
		{"12 dismissed", "The Kremlin dismissed Zelensky's peace plan as unrealistic.",
			[]ev{{"RUS", "", "12", "UKR", "", "fact"}}, nil, false, false},
		{"12 turned down", "Greenland turned down Trump's offer to buy the island.",
			[]ev{{"GRL", "", "12", "USA", "", "fact"}}, nil, false, false},
		{"12 denied accusations", "China denied Australia's accusations of unsafe conduct.",
			[]ev{{"CHN", "", "12", "AUS", "", "fact"}}, nil, false, false},
		{"12 rebuffed", "Serbia rebuffed the European Union's calls to impose sanctions on Russia.",
			[]ev{{"SRB", "", "12", "european-union", "", "fact"}}, nil, false, false},
		{"12 will veto", "France would veto any deal that harms its farmers, Macron said.",
			nil, []ev{{"FRA", "", "12", "", "", "fact"}}, false, false},

		// 13: threats.
		{"13 threatened sanctions", "The European Union threatened Georgia with sanctions.",
			[]ev{{"european-union", "", "13", "GEO", "", "fact"}}, []ev{{"european-union", "", "16", "GEO", "", "fact"}}, false, false},
		{"13 warned of consequences", "Russia warned Finland of consequences if it hosts NATO bases.",
			[]ev{{"RUS", "", "13", "FIN", "", "fact"}}, nil, false, false},
		{"13 threatened force", "China threatened to use force against Taiwan.",
			[]ev{{"CHN", "", "13", "TWN", "", "fact"}}, []ev{{"CHN", "", "19", "TWN", "", "fact"}}, false, false},
		{"13 threatened tariffs", "Trump threatened Canada with new tariffs.",
			[]ev{{"USA", "", "13", "CAN", "", "fact"}}, []ev{{"USA", "", "16", "CAN", "", "fact"}}, false, false},
		{"13 vowed to retaliate", "Iran vowed to retaliate against Israel.",
			[]ev{{"IRN", "", "13", "ISR", "", "fact"}}, []ev{{"IRN", "", "19", "ISR", "", "fact"}}, false, false},
		// known: the threat's target sits in its content ("offensive in Lebanon") and Hezbollah in its condition: none found.
		{"13 ultimatum threat", "Israel threatened to expand its offensive in Lebanon if Hezbollah does not disarm.",
			[]ev{{"ISR", "", "13", "LBN", "", "fact"}}, []ev{{"ISR", "", "19", "LBN", "", "fact"}}, false, true},
		{"13 warned that", "North Korea warned the United States that it would respond to any provocation.",
			[]ev{{"PRK", "", "13", "USA", "", "fact"}}, nil, false, false},
		{"13 threat passive", "Panama was threatened by Trump over the canal.",
			[]ev{{"USA", "", "13", "PAN", "", "fact"}}, []ev{{"PAN", "", "13", "USA", "", ""}}, false, false},

		// A second batch, annotated before its first run.
		{"b2 urged passive not", "Russia has not been asked by China to mediate.",
			nil, []ev{{"CHN", "", "02", "RUS", "", "fact"}}, false, false},
		{"b2 allegedly threatened", "Rwanda allegedly threatened Burundi with military action, diplomats said.",
			[]ev{{"RWA", "", "13", "BDI", "", "alleged"}}, []ev{{"RWA", "", "13", "BDI", "", "fact"}}, false, false},
		{"b2 refused to meet", "Zelensky refused to meet Lukashenko.",
			[]ev{{"UKR", "", "12", "BLR", "", "fact"}}, []ev{{"UKR", "", "04", "BLR", "", "fact"}}, false, false},
		{"b2 could threaten", "Israel could call on Washington to impose new sanctions on Iran.",
			nil, []ev{{"ISR", "", "02", "USA", "", "fact"}}, false, false},
		{"b2 urged to refrain", "ASEAN urged Thailand and Cambodia to refrain from violence.",
			[]ev{{"asean", "", "02", "THA", "", "fact"}, {"asean", "", "02", "KHM", "", "fact"}}, nil, false, false},
		{"b2 welcomed announcement", "Qatar welcomed the announcement by Iran and Saudi Arabia.",
			[]ev{{"QAT", "", "05", "IRN", "", "fact"}}, nil, false, false},
		{"b2 accused of violating", "Cambodia accused Thailand of violating the ceasefire.",
			[]ev{{"KHM", "", "11", "THA", "", "fact"}}, []ev{{"THA", "", "19", "KHM", "", "fact"}}, false, false},
		{"b2 voiced concern", "Australia voiced concern about China's naval drills in the Tasman Sea.",
			[]ev{{"AUS", "", "11", "CHN", "", "fact"}}, nil, false, false},
		{"b2 rejected accusations", "Iran rejected accusations by the United States that it armed the Houthis.",
			[]ev{{"IRN", "", "12", "USA", "", "fact"}}, nil, false, false},
		{"b2 warned against", "China warned the Philippines against provocations in the South China Sea.",
			[]ev{{"CHN", "", "13", "PHL", "", "fact"}}, nil, false, false},
		{"b2 would meet conditional", "Putin said he would meet Zelensky only in Moscow.",
			nil, []ev{{"RUS", "", "04", "UKR", "", "fact"}}, false, false},
		{"b2 postponed talks", "India postponed talks with Pakistan on water sharing.",
			nil, []ev{{"IND", "", "04", "PAK", "", "fact"}}, false, false},
		{"b2 hailed", "Egypt hailed the agreement between Ethiopia and Sudan.",
			[]ev{{"EGY", "", "05", "", "", "fact"}}, nil, false, false},
		{"b2 vowed to support", "Germany vowed to support Moldova's bid to join the European Union.",
			[]ev{{"DEU", "", "03", "MDA", "", ""}}, nil, false, false},
		{"b2 criticised spelling", "The Netherlands criticised Israel's decision to expand settlements.",
			[]ev{{"NLD", "", "11", "ISR", "", "fact"}}, nil, false, false},
		{"b2 met with officials", "US envoy Steve Witkoff met with Hamas officials in Doha.",
			[]ev{{"USA", "", "04", "hamas", "", "fact"}}, nil, false, false},

		// A third batch, annotated before its first run.
		{"b3 called for dialogue", "The European Union called for dialogue between Serbia and Kosovo.",
			[]ev{{"european-union", "", "02", "SRB", "", "fact"}}, nil, false, false},
		// known: PETRARCH's dictionary codes "seek" as an intent (03), which wins.
		{"b3 sought", "Ukraine sought security guarantees from the United States.",
			[]ev{{"UKR", "", "02", "USA", "", "fact"}}, nil, false, true},
		{"b3 reaffirmed support", "Japan reaffirmed its support for the Philippines in the South China Sea.",
			[]ev{{"JPN", "", "05", "PHL", "", "fact"}}, nil, false, false},
		{"b3 signed memorandum", "Indonesia signed a memorandum of understanding with Australia on defence cooperation.",
			[]ev{{"IDN", "", "05", "AUS", "", "fact"}}, nil, false, false},
		// known: "from Kyiv" is read as a place of origin, not as the accusations' author.
		{"b3 dismissed as propaganda", "Moscow dismissed the accusations from Kyiv as propaganda.",
			[]ev{{"RUS", "", "12", "UKR", "", "fact"}}, nil, false, true},
		{"b3 warned of response", "Iran warned Israel of a crushing response to any attack.",
			[]ev{{"IRN", "", "13", "ISR", "", "fact"}}, []ev{{"IRN", "", "19", "ISR", "", "fact"}}, false, false},
		{"b3 threatened to cut aid", "Trump threatened to cut aid to Colombia.",
			[]ev{{"USA", "", "13", "COL", "", "fact"}}, []ev{{"USA", "", "16", "COL", "", "fact"}}, false, false},
		{"b3 no plans to meet", "Macron has no plans to meet Putin, the Elysee said.",
			nil, []ev{{"FRA", "", "04", "RUS", "", "fact"}, {"FRA", "", "03", "RUS", "", ""}}, false, false},
		{"b3 condemned strongly", "Jordan strongly condemned the Israeli raid on Jenin.",
			[]ev{{"JOR", "", "11", "ISR", "", "fact"}}, nil, false, false},
		{"b3 reiterated call", "China reiterated its call on Japan to retract the remarks.",
			[]ev{{"CHN", "", "02", "JPN", "", "fact"}}, nil, false, false},
		{"b3 held phone talks", "Wang Yi held phone talks with his Iranian counterpart on Friday.",
			[]ev{{"CHN", "", "04", "IRN", "", "fact"}}, nil, false, false},
		// known: the annotation's source is empty: "the junta" is no actor, so no event can have it.
		{"b3 rejected ultimatum", "The junta rejected ECOWAS's ultimatum.",
			[]ev{{"", "", "12", "ecowas", "", "fact"}}, nil, false, true},

		// Sentences that give no event.
		{"none statement no actor", "The statement was issued late on Sunday.", nil, nil, true, false},
		{"none talks of rain", "Forecasters warned of heavy rain in Jakarta this weekend.", nil, nil, true, false},
		{"none meeting ended", "The meeting ended without a joint statement.", nil, nil, true, false},
		{"none sports praise", "Fans praised the team after the final whistle.", nil, nil, true, false},
		{"none weather threat", "The storm threatens the coast of Florida.", nil, nil, true, false},
		{"none prices", "Analysts expect oil prices to rise next year.", nil, nil, true, false},
		{"none calls for papers", "The conference called for papers on climate science.", nil, nil, true, false},
		{"none company rejected", "Shareholders rejected the board's pay proposal at the annual meeting.", nil, nil, true, false},
		{"none visit museum", "Tourists visited the museum in large numbers on Saturday.", nil, nil, true, false},
		{"none accused man", "The accused man appeared in court on Monday.", nil, nil, true, false},
		{"none agreement rental", "The rental agreement expires in March.", nil, nil, true, false},
		{"none demand for oil", "Demand for oil fell sharply in the third quarter.", nil, nil, true, false},
		{"none warning label", "The warning label on the packet was too small, the report said.", nil, nil, true, false},
		{"none support price", "The central bank said the support level for the rupiah was holding.", nil, nil, true, false},
		{"none meet deadline", "The company failed to meet the deadline for the report.", nil, nil, true, false},
		{"none fans protested decision", "Fans protested the referee's decision after the match.", nil, nil, true, false},
		{"none analysts dismissed plan", "Analysts dismissed the plan as unrealistic.", nil, nil, true, false},
		{"none doctors encouraged", "Doctors encouraged patients to get vaccinated before winter.", nil, nil, true, false},
		{"none voiced concern", "Residents voiced concern about the new highway.", nil, nil, true, false},
		{"none turned down volume", "The neighbours turned down the music after midnight.", nil, nil, true, false},
		{"none commented on photo", "Thousands of users commented on the photo within an hour.", nil, nil, true, false},
	}
	runEventRows(t, x, tests, verbalEventsFloor)
}

// verbalEventsFloor is how many rows of TestVerbalEvents must pass.
const verbalEventsFloor = 120
