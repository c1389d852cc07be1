package extract

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// TestENConflict39Grid checks present-day (2015-2026) English wire
// sentences about armed conflict and security: named and generic forces
// with their state ("Sudanese army", "Israeli troops", "Ukrainian
// drones", "Russian-installed officials", "Iran-backed militias"), armed
// groups by their many names and spellings (RSF, the Houthis and Ansar
// Allah, Hezbollah, the Qassam Brigades, Islamic Jihad, Islamic State and
// its provinces, al-Shabaab, JNIM, M23, Wagner and the Africa Corps, TTP,
// BLA, the Arakan Army, PDF, KNU, ELN, FARC dissidents, CJNG and the
// Sinaloa cartel), occupied and contested places as places, not states
// ("Russian-occupied Zaporizhzhia", "the Israeli-occupied Golan Heights",
// "Gaza City", "Donetsk region"), spokespeople and commanders, and
// casualty and ministry sources ("the Hamas-run health ministry", "Gaza's
// civil defence agency"). The sentences were written for the test in the
// style of wire copy, never copied from a data set, and annotated before
// the extractor ran on them; events follow the wire convention (a
// state's people, bodies and places as the state). A row marked known is
// a known failure and fails the test when it starts passing.
//
// Before any rule or data of this grid: 93 of 98 actor rows and 14 of 15
// event rows pass (107 of 113); two of the six failures are the
// annotation's (a body's id, a release's CAMEO root). territory_suffixes
// (en.json: "Russian-occupied Zaporizhzhia", "Israeli-annexed East
// Jerusalem" name the place, no state; the place after the compound is no
// surname), a past participle between a locative preposition and a name
// is no verb ("in occupied Zaporizhzhia" occupies nothing), the state
// before a body's lower-case name that opens a title is the holder's
// ("Russian defence ministry spokesman Igor Konashenkov"), and the
// spelling "al Shabaab" (aliases.jsonl): 111 of 113 (97/98, 14/15; the
// two left are the annotation's). A second batch of 15 rows (12 actor,
// 3 event), annotated before its first run: 6 of 15 on the code before
// this grid, 12 of 15 at its first run on the rules above; a name after
// "from occupied" made no party ("jets flying from occupied Crimea
// bombed Kherson": RUS, not Crimea, is the source) and 20 front-line
// places of Ukraine, Sudan and Colombia (places.jsonl): 14 of 15.
func TestENConflict39Grid(t *testing.T) {
	x := extractor(t)
	t.Run("actors", func(t *testing.T) { runWireGrid(t, x, enConflict39Rows, "2025-11-15") })
	t.Run("events", func(t *testing.T) { runEventRows(t, x, enConflict39EventRows, 0) })
}

var enConflict39Rows = []wireGridRow{
	// Forces with their state.
	{"sudanese army", "The Sudanese army said it had retaken a key bridge in Khartoum North.", []string{"sdn-army/military/SDN"}, nil, false, false},
	{"sudan's army possessive", "Sudan's army accused the paramilitaries of shelling a displacement camp near El Fasher.", []string{"sdn-army/military/SDN", "el-fasher/place"}, nil, false, false},
	{"rsf spelled out", "The Rapid Support Forces said they had seized the last army base in Darfur.", []string{"rsf/armed_group/SDN", "darfur/place"}, nil, false, false},
	{"rsf paramilitary", "The paramilitary RSF has besieged El Fasher for more than a year.", []string{"rsf/armed_group/SDN"}, nil, false, false},
	{"rsf commander hemedti", "RSF commander Mohamed Hamdan Dagalo, known as Hemedti, announced a rival government.", []string{"rsf", "mohamed-hamdan-dagalo/person"}, nil, false, false},
	{"ukrainian drones", "Ukrainian drones struck an oil refinery in Russia's Krasnodar region overnight.", []string{"UKR/state"}, nil, false, false},
	{"russian forces", "Russian forces captured two more villages in the Donetsk region, the defence ministry in Moscow said.", []string{"RUS/state", "donetsk/place"}, nil, false, false},
	{"russian-installed officials", "Russian-installed officials in occupied Zaporizhzhia said a drone hit a power substation.", []string{"zaporizhzhia/place/UKR"}, []string{"zaporizhzhia/person", "zaporizhzhia/armed_group"}, false, false},
	{"russian-occupied zaporizhzhia", "Shelling damaged a school in Russian-occupied Zaporizhzhia, Ukrainian officials said.", []string{"zaporizhzhia/place/UKR", "UKR/state"}, nil, false, false},
	{"israeli troops gaza city", "Israeli troops pushed deeper into Gaza City despite international calls for a ceasefire.", []string{"ISR/state", "gaza-city/place"}, nil, false, false},
	{"israeli-occupied golan", "Israel said it would expand settlements in the Israeli-occupied Golan Heights.", []string{"ISR/state", "golan-heights/place"}, []string{"golan-heights/person"}, false, false},
	{"iran-backed militias", "Iran-backed militias fired drones at a base hosting US troops in eastern Syria.", nil, []string{"hezbollah"}, false, false},
	{"pro-government militias", "Pro-government militias were accused of killing civilians in the Amhara region.", nil, []string{"pro-government/person"}, false, false},
	{"idf spokesman shoshani", "IDF spokesman Lt. Col. Nadav Shoshani said troops had found a tunnel under the hospital.", []string{"nadav-shoshani/person", "isr-armed-forces"}, nil, false, false},
	{"idf spokesman effie defrin", "Military spokesman Brig. Gen. Effie Defrin said the strikes targeted Hamas command centres.", []string{"effie-defrin/person", "hamas"}, nil, false, false},
	{"ukraine general staff", "Ukraine's General Staff said Russian forces had launched 140 attacks along the front line.", []string{"RUS/state"}, nil, false, false},
	{"zelenskiy drone", "President Volodymyr Zelenskiy said Ukrainian forces had struck a Russian airbase in Crimea.", []string{"volodymyr-zelenskyy/person/UKR"}, nil, false, false},
	{"pakistani security forces", "Pakistani security forces killed 12 militants in Khyber Pakhtunkhwa, the military said.", []string{"PAK/state", "khyber-pakhtunkhwa/place"}, nil, false, false},
	{"myanmar junta", "Myanmar's junta carried out air strikes on a village held by the Arakan Army.", []string{"mmr-armed-forces/military/MMR", "arakan-army/armed_group/MMR"}, nil, false, false},
	{"congolese army fardc", "The Congolese army, known as FARDC, said it repelled an M23 attack near Goma.", []string{"m23/armed_group/COD"}, nil, false, false},

	// Armed groups by their names and spellings.
	{"houthis ansar allah", "Yemen's Houthis, formally known as Ansar Allah, claimed a missile attack on Eilat.", []string{"houthis/armed_group/YEM"}, []string{"ansar-allah/person"}, false, false},
	{"saree spokesman comma", "A Houthi military spokesman, Yahya Saree, said the group had targeted a US aircraft carrier.", []string{"yahya-saree/person/YEM", "houthis"}, nil, false, false},
	{"houthi-run saba", "The Houthi-run Saba news agency said three people were killed in US strikes on Hodeidah.", []string{"houthis"}, []string{"hodeidah/armed_group"}, false, false},
	{"hezbollah lebanon", "Hezbollah said it had fired rockets at an Israeli army post in the Shebaa Farms.", []string{"hezbollah/armed_group/LBN"}, nil, false, false},
	{"qassam armed wing", "Hamas's armed wing, the Qassam Brigades, said it had lost contact with a group of fighters.", []string{"qassam-brigades/armed_group/PSE", "hamas"}, nil, false, false},
	{"islamic jihad saraya", "Islamic Jihad's armed wing said its fighters ambushed an Israeli unit in Jenin.", []string{"palestinian-islamic-jihad"}, []string{"PSE/state"}, false, false},
	{"islamic state claim", "Islamic State claimed responsibility for the suicide bombing in a Damascus church.", []string{"isis/armed_group"}, nil, false, false},
	{"isis acronym", "ISIS militants attacked a checkpoint in Iraq's Kirkuk province, killing four soldiers.", []string{"isis/armed_group"}, nil, false, false},
	{"iswap", "ISWAP fighters overran a military base in Borno state, security sources said.", []string{"iswap/armed_group/NGA"}, nil, false, false},
	{"is-k", "IS-K, the Islamic State affiliate in Afghanistan, claimed the attack on a Taliban ministry.", []string{"isis-k/armed_group/AFG", "taliban"}, nil, false, false},
	{"islamic state khorasan", "The Islamic State Khorasan Province has stepped up recruitment in Central Asia.", []string{"isis-k"}, nil, false, false},
	{"al-shabaab", "Al-Shabaab militants stormed a hotel in Mogadishu, police said.", []string{"al-shabaab/armed_group/SOM"}, nil, false, false},
	{"al shabab spelling", "The al-Qaeda-linked al Shabab group said it killed dozens of Somali soldiers.", []string{"al-shabaab/armed_group/SOM"}, nil, false, false},
	{"jnim", "JNIM, al-Qaeda's affiliate in the Sahel, imposed a fuel blockade on Bamako.", []string{"jnim/armed_group/MLI", "al-qaeda"}, nil, false, false},
	{"jnim spelled", "Jama'at Nusrat al-Islam wal-Muslimin claimed the attack on a military camp in Burkina Faso.", []string{"jnim", "BFA/state"}, nil, false, false},
	{"m23 rebels", "M23 rebels said they had taken control of Bukavu, the capital of South Kivu.", []string{"m23/armed_group/COD"}, nil, false, false},
	{"m23 afc alliance", "The Rwanda-backed M23 and its political ally, the Congo River Alliance, rejected the talks.", []string{"m23"}, nil, false, false},
	{"wagner mali", "Wagner mercenaries and Malian soldiers were accused of killing civilians in central Mali.", []string{"wagner-group/armed_group/RUS", "MLI/state"}, nil, false, false},
	{"africa corps", "Russia's Africa Corps replaced Wagner as the junta's main security partner.", []string{"africa-corps/armed_group/RUS", "wagner-group"}, nil, false, false},
	{"ttp", "The Pakistani Taliban, or TTP, claimed the attack on a police station in Bannu.", []string{"ttp/armed_group/PAK"}, nil, false, false},
	{"bla", "The Baloch Liberation Army hijacked a passenger train in Balochistan.", []string{"baloch-liberation-army/armed_group/PAK", "balochistan/place"}, nil, false, false},
	{"bla acronym", "BLA separatists said they had killed 20 soldiers, a claim the military denied.", []string{"baloch-liberation-army"}, nil, false, false},
	{"arakan army", "The Arakan Army said it had captured the western command headquarters in Rakhine State.", []string{"arakan-army/armed_group/MMR", "rakhine/place"}, nil, false, false},
	{"pdf", "Fighters from the People's Defence Force ambushed a junta convoy in Sagaing.", []string{"peoples-defence-force/armed_group/MMR"}, nil, false, false},
	{"knu", "The Karen National Union said its fighters had seized an army outpost near the Thai border.", []string{"knu/armed_group/MMR"}, nil, false, false},
	{"eln", "ELN guerrillas killed at least 80 people in the Catatumbo region, the government said.", []string{"eln/armed_group/COL"}, nil, false, false},
	{"farc dissidents", "FARC dissidents attacked a police station in Cauca with explosives-laden drones.", []string{"farc/armed_group/COL"}, nil, false, false},
	{"cjng", "The Jalisco New Generation Cartel, known as CJNG, is among the groups the US designated as terrorists.", []string{"cjng/armed_group/MEX"}, []string{"jalisco/person"}, false, false},
	{"cjng acronym", "Gunmen linked to the CJNG set fire to vehicles in Guadalajara.", []string{"cjng"}, nil, false, false},
	{"sinaloa cartel", "Fighting between factions of the Sinaloa cartel has killed hundreds in Culiacan.", []string{"sinaloa-cartel/armed_group/MEX"}, []string{"sinaloa/person"}, false, false},
	{"boko haram", "Boko Haram insurgents abducted dozens of villagers in Borno.", []string{"boko-haram/armed_group/NGA"}, nil, false, false},
	{"hts former", "HTS, the group that led the offensive against Assad, announced its dissolution.", []string{"hts/armed_group/SYR"}, nil, false, false},
	{"pkk disarm", "The PKK said it would lay down its arms and dissolve after four decades of insurgency.", []string{"pkk/armed_group/TUR"}, nil, false, false},

	// More spellings, forces and spokespeople (written with the rows above, before the first run).
	{"hizbollah spelling", "Hizbollah denied any role in the rocket fire on the town of Metula.", []string{"hezbollah/armed_group/LBN"}, nil, false, false},
	{"daesh", "Iraqi forces killed a senior Daesh commander in an air strike in Anbar.", []string{"isis/armed_group", "IRQ/state"}, nil, false, false},
	{"islamic state group", "The Islamic State group claimed the killing of 11 soldiers in northeast Nigeria.", []string{"isis/armed_group"}, nil, false, false},
	{"iskp", "ISKP claimed a suicide bombing at a Taliban rally in Kabul.", []string{"isis-k/armed_group/AFG", "taliban"}, nil, false, false},
	{"houthi rebels", "Houthi rebels seized a cargo ship in the Red Sea and took its crew hostage.", []string{"houthis/armed_group/YEM"}, nil, false, false},
	{"ansarallah one word", "Ansarallah warned that US warships would be legitimate targets.", []string{"houthis"}, nil, false, false},
	{"houthi spokesman abdulsalam", "Houthi spokesman Mohammed Abdulsalam said the group would keep up its attacks.", []string{"mohammed-abdulsalam/person/YEM", "houthis"}, nil, false, false},
	{"saraya al-quds", "Saraya al-Quds, Islamic Jihad's armed wing, said it fired rockets at Sderot.", []string{"al-quds-brigades/armed_group/PSE", "palestinian-islamic-jihad"}, nil, false, false},
	{"ukrainian armed forces", "The Ukrainian Armed Forces said they had pulled back from two villages near Pokrovsk.", []string{"ukr-armed-forces/military/UKR", "pokrovsk/place"}, nil, false, false},
	{"konashenkov", "Russian defence ministry spokesman Igor Konashenkov said the strikes hit military targets.", []string{"igor-konashenkov/person/RUS"}, nil, false, false},
	{"sudanese armed forces saf", "The Sudanese Armed Forces (SAF) said they had broken the siege of El Obeid.", []string{"sdn-armed-forces/military/SDN"}, nil, false, false},
	{"hamas spokesman hazem qassem", "Hamas spokesman Hazem Qassem said the group was studying the proposal.", []string{"hazem-qassem/person", "hamas"}, nil, false, false},
	{"kachin independence army", "The Kachin Independence Army took control of a rare earth mining hub.", []string{"kachin-independence-army/armed_group"}, nil, false, false},
	{"mndaa", "The MNDAA, an ethnic Chinese armed group, handed Lashio back to the junta.", []string{"mndaa/armed_group"}, nil, false, false},
	{"tnla", "The Ta'ang National Liberation Army agreed to a China-brokered ceasefire.", []string{"tnla/armed_group"}, nil, false, false},
	{"adf", "Fighters of the Allied Democratic Forces, which pledged allegiance to Islamic State, killed 40 people in Ituri.", []string{"allied-democratic-forces/armed_group", "isis"}, nil, false, false},
	{"fano militia", "Fano militiamen clashed with federal troops in the Amhara region.", []string{"fano/armed_group"}, nil, false, false},
	{"lna haftar", "Khalifa Haftar's Libyan National Army said it had deployed forces to the southern border.", []string{"libyan-national-army/armed_group", "khalifa-haftar/person"}, nil, false, false},
	{"aqap", "Al-Qaeda in the Arabian Peninsula claimed a drone attack on a military camp in Abyan.", []string{"aqap/armed_group"}, nil, false, false},
	{"clan del golfo", "The Gulf Clan, Colombia's largest drug trafficking group, said it would join peace talks.", []string{"clan-del-golfo/armed_group"}, nil, false, false},
	{"tren de aragua", "Washington designated Tren de Aragua a foreign terrorist organisation.", []string{"tren-de-aragua/armed_group"}, nil, false, false},
	{"lashkar-e-taiba", "India blamed Lashkar-e-Taiba for the attack that killed 26 tourists in Pahalgam.", []string{"lashkar-e-taiba/armed_group", "IND/state"}, nil, false, false},
	{"jaish-e-mohammed", "Indian missiles struck what New Delhi called Jaish-e-Mohammed camps in Bahawalpur.", []string{"jaish-e-mohammed/armed_group"}, nil, false, false},
	{"tplf", "The TPLF accused the federal government of violating the Pretoria peace agreement.", []string{"tigray-peoples-liberation-front/armed_group"}, nil, false, false},
	{"polisario", "The Polisario Front said it shelled Moroccan positions along the berm.", []string{"polisario-front/armed_group", "MAR/state"}, nil, false, false},
	{"wagner spelled pmc", "Fighters of the Wagner private military company withdrew from Mali in June.", []string{"wagner-group/armed_group/RUS"}, nil, false, false},
	{"tehreek-e-taliban", "Tehreek-e-Taliban Pakistan fighters attacked a checkpost in North Waziristan.", []string{"ttp/armed_group/PAK"}, nil, false, false},

	// More places only.
	{"trap crimea annexed", "Explosions were heard across Russian-annexed Crimea on Saturday night.", nil, []string{"crimea/person"}, true, false},
	{"trap east jerusalem", "Demolitions of Palestinian homes rose in Israeli-annexed East Jerusalem.", nil, []string{"east-jerusalem/person", "ISR/state"}, false, false},
	{"trap occupied west bank", "Settlers torched cars in a village in the occupied West Bank.", nil, []string{"west-bank/person", "ISR/state"}, false, false},
	{"trap donbas", "Heavy fighting raged across the Donbas as winter set in.", nil, nil, true, false},
	{"trap nagorno-karabakh", "Most ethnic Armenians left Nagorno-Karabakh within a week.", nil, []string{"nagorno-karabakh/person"}, false, false},
	{"trap avdiivka", "The ruins of Avdiivka have been under Russian control since February 2024.", nil, []string{"avdiivka/person"}, false, false},

	// Second batch (written and annotated before its first run).
	{"b2 russian-controlled kherson region", "Shelling cut power to Russian-controlled parts of the Kherson region.", nil, []string{"RUS/state"}, false, false},
	{"b2 russian-held melitopol", "Partisans said they blew up a railway bridge near Russian-held Melitopol.", []string{"melitopol/place/UKR"}, []string{"RUS/state", "melitopol/person"}, false, false},
	{"b2 israeli-occupied west bank", "Israeli troops raided a refugee camp in the Israeli-occupied West Bank.", []string{"ISR/state", "west-bank/place"}, nil, false, false},
	{"b2 pakistan-administered kashmir", "An earthquake shook Pakistan-administered Kashmir on Sunday.", nil, []string{"PAK/state"}, false, false},
	{"b2 nigerian army spokesman", "Nigerian army spokesman Onyema Nwachukwu said troops had rescued 20 hostages.", []string{"onyema-nwachukwu/person/NGA"}, nil, false, false},
	// known: 'Aden' inside the name is read as the Yemeni city, which splits the name
	{"b2 somali police spokesman", "Somali police spokesman Abdifatah Aden Hassan said the attackers wore military uniforms.", []string{"abdifatah-aden-hassan/person/SOM"}, nil, false, true},
	{"b2 israeli police spokesman", "Israeli police spokesman Dean Elsdunne said the suspect was shot dead.", []string{"dean-elsdunne/person/ISR"}, nil, false, false},
	{"b2 congolese army spokesman", "Congolese army spokesman Sylvain Ekenge accused Rwanda of backing the rebels.", []string{"sylvain-ekenge/person/COD", "RWA/state"}, nil, false, false},
	{"b2 al shabaab reuters", "Somalia's al Shabaab insurgents claimed the bombing at a military base.", []string{"al-shabaab/armed_group/SOM"}, nil, false, false},
	{"b2 al shabaab fighters", "Al Shabab fighters briefly seized a town in central Somalia.", []string{"al-shabaab"}, nil, false, false},
	{"b2 rsf-held nyala", "Drones struck the airport in RSF-held Nyala, the capital of South Darfur.", []string{"rsf/armed_group/SDN"}, nil, false, false},
	{"b2 houthi-controlled sanaa", "US strikes hit Houthi-controlled Sanaa overnight.", []string{"houthis/armed_group/YEM", "USA/state"}, nil, false, false},

	// Casualty and ministry sources.
	{"hamas-run health ministry", "The Hamas-run health ministry said 45 people had been killed in the past 24 hours.", []string{"pse-health-ministry/agency/PSE"}, nil, false, false},
	{"gaza health ministry lower", "Gaza's health ministry said the toll had risen to 68,000.", []string{"pse-health-ministry"}, nil, false, false},
	{"civil defence agency", "Gaza's civil defence agency said eight members of one family were killed in the strike.", []string{"pse-civil-defence/agency/PSE"}, nil, false, false},
	// known: annotation: the body's id is rus-defense-ministry and its kind agency
	{"russian defence ministry", "Russia's defence ministry said air defences downed 120 Ukrainian drones overnight.", []string{"rus-defence-ministry/ministry/RUS", "UKR/state"}, nil, false, true},
	{"lebanon health ministry", "Lebanon's health ministry said an Israeli strike on a car killed two people.", []string{"lbn-health-ministry", "ISR/state"}, nil, false, false},

	// Places only: no actor beyond the place.
	{"trap donetsk region", "Fighting intensified around Pokrovsk in the Donetsk region.", nil, []string{"donetsk/person", "donetsk/armed_group"}, true, false},
	{"trap gaza city", "Thousands fled Gaza City on foot along the coastal road.", nil, nil, true, false},
	{"trap golan heights", "Snow closed roads on the Golan Heights on Tuesday.", nil, nil, true, false},
	{"trap el fasher", "Famine has been confirmed in El Fasher and Kadugli.", nil, nil, true, false},
	{"trap kursk region", "Fighting continued in the Kursk region for a third week.", nil, nil, true, false},
	{"trap gunmen", "Unidentified gunmen killed seven worshippers at a mosque.", nil, nil, true, false},
	{"trap militants", "Militants ambushed a convoy on a remote mountain road.", nil, nil, true, false},
}

var enConflict39EventRows = []eventRow{
	{"ev rsf attacked el fasher", "The RSF attacked a hospital in El Fasher, killing dozens of patients.", []syntaxEvent{{"rsf", "", "19", "SDN", "", ""}}, nil, false, false},
	{"ev houthis fired missile israel", "The Houthis fired a ballistic missile at Israel on Sunday.", []syntaxEvent{{"houthis", "", "19", "ISR", "", "fact"}}, nil, false, false},
	{"ev israeli troops killed palestinians", "Israeli troops killed 12 Palestinians in Gaza City on Tuesday.", []syntaxEvent{{"ISR", "", "18", "PSE", "", "fact"}}, nil, false, false},
	{"ev ukrainian drones struck russia", "Ukrainian drones struck a refinery in Russia's Samara region.", []syntaxEvent{{"UKR", "", "19", "RUS", "", "fact"}}, nil, false, false},
	{"ev hezbollah fired rockets", "Hezbollah fired rockets at northern Israel.", []syntaxEvent{{"hezbollah", "", "19", "ISR", "", "fact"}}, nil, false, false},
	{"ev al-shabaab attacked soldiers", "Al-Shabaab fighters attacked Somali soldiers near Mogadishu.", []syntaxEvent{{"al-shabaab", "", "19", "SOM", "", "fact"}}, nil, false, false},
	{"ev m23 seized goma", "M23 rebels seized the Congolese city of Goma in January.", []syntaxEvent{{"m23", "", "19", "COD", "", "fact"}}, nil, false, false},
	{"ev iswap abducted", "ISWAP militants abducted 30 Nigerian farmers in Borno state.", []syntaxEvent{{"iswap", "", "18", "NGA", "", "fact"}}, nil, false, false},
	{"ev bla hijacked train", "BLA militants attacked Pakistani soldiers in Balochistan.", []syntaxEvent{{"baloch-liberation-army", "", "19", "PAK", "", "fact"}}, nil, false, false},
	{"ev myanmar junta bombed arakan army", "Myanmar's military bombed Arakan Army positions in Rakhine State.", []syntaxEvent{{"MMR", "", "19", "arakan-army", "", "fact"}}, nil, false, false},
	{"ev russia accused ukraine", "Russian-installed officials accused Ukraine of shelling the Zaporizhzhia nuclear plant.", []syntaxEvent{{"RUS", "", "11", "UKR", "", ""}}, nil, false, false},
	{"ev eln kidnapped", "ELN guerrillas kidnapped two Colombian soldiers in Arauca.", []syntaxEvent{{"eln", "", "18", "COL", "", "fact"}}, nil, false, false},
	{"ev israel struck hezbollah", "Israel struck Hezbollah targets in southern Lebanon.", []syntaxEvent{{"ISR", "", "19", "hezbollah", "", "fact"}}, nil, false, false},
	// known: annotation: releasing persons is CAMEO 0841, root 08 (yield), not 07
	{"ev hamas released hostages", "Hamas released three Israeli hostages to the Red Cross.", []syntaxEvent{{"hamas", "", "07", "ISR", "", ""}}, nil, false, true},
	// Second batch (written and annotated before its first run).
	{"ev b2 in occupied melitopol no occupy", "Residents in occupied Melitopol reported loud explosions overnight.", nil, nil, true, false},
	{"ev b2 from occupied crimea", "Ukraine said Russian jets flying from occupied Crimea bombed Kherson.", []syntaxEvent{{"RUS", "", "19", "UKR", "", ""}}, nil, false, false},
	{"ev b2 russian-occupied target", "Ukrainian drones struck an ammunition depot in Russian-occupied Luhansk.", []syntaxEvent{{"UKR", "", "19", "UKR", "", "fact"}}, []syntaxEvent{{"UKR", "", "19", "RUS", "", ""}}, false, false},
	{"ev no event occupied place", "Power was restored in Russian-occupied Zaporizhzhia on Friday.", nil, nil, true, false},
}

// TestTerritorySuffixesEndInD guards the byte test of territoryLocative
// and territoryCompound: every word of territory_suffixes ends in "d".
func TestTerritorySuffixesEndInD(t *testing.T) {
	b, err := os.ReadFile("lang/en.json")
	if err != nil {
		t.Fatal(err)
	}
	var j struct {
		TerritorySuffixes []string `json:"territory_suffixes"`
	}
	if err := json.Unmarshal(b, &j); err != nil {
		t.Fatal(err)
	}
	if len(j.TerritorySuffixes) == 0 {
		t.Fatal("no territory_suffixes in en.json")
	}
	for _, w := range j.TerritorySuffixes {
		if len(w) < 4 || !strings.HasSuffix(w, "d") {
			t.Errorf("territory_suffixes word %q must end in \"d\" and be 4 letters or more (territoryLocative, territoryCompound)", w)
		}
	}
}
