package extract

import (
	"context"
	"fmt"
	"testing"

	"github.com/geokg/kg/loader/facts"
)

// TestEnglishSyntaxGrid checks the actors of English news one sentence
// structure at a time rather than one topic at a time: appositions ("Wang
// Yi, China's foreign minister, said"), lists and coordination of actors
// as subjects and objects, relative clauses ("Hamas, which controls Gaza,
// said"), reduced relatives and participles ("troops backed by Russia",
// "a ship seized by Iran"), passives with and without an agent,
// possessives ("the Kremlin's spokesman"), fronted objects and clefts,
// reported speech with the speaker after the quote, "according to",
// nominalizations ("Russia's invasion of Ukraine"), negation and
// modality, pronouns (which must give no actor) and unnamed groups. The
// sentences were written for the test, never copied from a data set, and
// annotated (the ids each must give and must not give) before the
// extractor ran on them. A row marked known is a known failure: the test
// fails when it starts passing, so that its mark is taken off.
//
// Before any rule or data of this grid: 117 of 123 rows pass; names of
// the SBU and the FSB with a possessive or demonym ("Ukraine's security
// service") made one more pass. A second batch of 25 rows, annotated
// before its first run: 24 passed at once. Now 142 of 148; the six rows
// still marked known say why above them (five are a state's body given
// for the state, which is the design). A third batch of 8 rows, annotated
// before its first run, passed at once: 150 of 156. A fourth batch of 12
// rows (descriptions that stand for an actor named before), annotated
// before its first run: 11 passed at once; "the Islamic Republic" as a
// name of Iran (the other Islamic republics are named in full) made the
// last pass. Now 162 of 168; 161 since "no plans to meet" gives no
// intent to meet, whose source was the row's only RUS.
func TestEnglishSyntaxGrid(t *testing.T) {
	runWireGrid(t, extractor(t), englishSyntaxRows, "2025-11-15")
}

// englishSyntaxRows are the rows of TestEnglishSyntaxGrid, by structure.
var englishSyntaxRows = []wireGridRow{
	// Appositions.
	{"appos name then office", "Wang Yi, China's foreign minister, said Beijing opposed any unilateral sanctions.", []string{"wang-yi/person/CHN", "CHN/state"}, nil, false, false},
	{"appos the office", "Sergei Lavrov, the Russian foreign minister, met his Turkish counterpart Hakan Fidan in Ankara.", []string{"sergei-lavrov/person/RUS", "hakan-fidan/person/TUR"}, []string{"ankara/person"}, false, false},
	{"appos office then name", "The prime minister, Keir Starmer, said Britain would send more air defence systems to Ukraine.", []string{"keir-starmer/person/GBR", "GBR/state", "UKR/state"}, nil, false, false},
	{"appos head of body", "Rafael Grossi, head of the International Atomic Energy Agency, arrived in Tehran on Monday.", []string{"rafael-grossi/person", "iaea"}, []string{"tehran/person"}, false, false},
	{"appos possessive office then name", "Israel's defence minister, Yoav Gallant, ordered a full siege of Gaza.", []string{"yoav-gallant/person/ISR", "ISR/state"}, []string{"gaza-strip/person"}, false, false},
	{"appos possessive body office", "Mark Rutte, NATO's secretary general, warned that Russia was rebuilding its forces.", []string{"mark-rutte/person", "nato", "RUS/state"}, nil, false, false},
	{"appos spokeswoman for", "Maria Zakharova, a spokeswoman for the Russian foreign ministry, dismissed the report.", []string{"maria-zakharova/person/RUS"}, nil, false, false},
	{"appos EU chief", "Kaja Kallas, the EU's foreign policy chief, said the bloc would adopt new sanctions.", []string{"kaja-kallas/person", "european-union"}, nil, false, false},
	{"appos lone surname", "Pezeshkian, Iran's president, said Tehran was ready to resume talks.", []string{"masoud-pezeshkian/person/IRN", "IRN/state"}, nil, false, false},
	{"appos leader of group", "Naim Qassem, the leader of Hezbollah, said the group would not disarm.", []string{"naim-qassem/person/LBN", "hezbollah"}, nil, false, false},
	{"appos office then name possessive", "Iran's foreign minister, Abbas Araghchi, said Tehran would not negotiate under threat.", []string{"abbas-araghchi/person/IRN", "IRN/state"}, nil, false, false},
	{"appos head of watchdog then name", "The head of the UN nuclear watchdog, Rafael Grossi, called for restraint.", []string{"rafael-grossi/person", "iaea"}, nil, false, false},

	// Lists and coordination.
	{"list three states subject", "Britain, France and Germany urged Iran to return to talks on its nuclear programme.", []string{"GBR/state", "FRA/state", "DEU/state", "IRN/state"}, nil, false, false},
	{"list mediators", "Egypt, Qatar and the United States are mediating between Israel and Hamas.", []string{"EGY/state", "QAT/state", "USA/state", "ISR/state", "hamas"}, nil, false, false},
	{"pair subject", "Saudi Arabia and the United Arab Emirates condemned the attack.", []string{"SAU/state", "ARE/state"}, nil, false, false},
	{"leaders of list", "Leaders of Japan, South Korea and the Philippines met on the sidelines of the summit.", []string{"JPN/state", "KOR/state", "PHL/state"}, nil, false, false},
	{"two leaders", "Xi Jinping and Vladimir Putin signed a joint statement in Moscow.", []string{"xi-jinping/person/CHN", "vladimir-putin/person/RUS"}, nil, false, false},
	{"three lone surnames", "Macron, Scholz and Starmer travelled to Kyiv together.", []string{"emmanuel-macron/person/FRA", "olaf-scholz/person/DEU", "keir-starmer/person/GBR"}, nil, false, false},
	{"list of objects", "The sanctions target Iran, North Korea and Venezuela.", []string{"IRN/state", "PRK/state", "VEN/state"}, nil, false, false},
	{"capitals in coordination", "Washington and its allies have imposed sanctions on Moscow and Minsk.", []string{"USA/state", "RUS/state", "BLR/state"}, nil, false, false},
	{"pair with relative", "India and Pakistan, which both have nuclear weapons, exchanged fire along the border.", []string{"IND/state", "PAK/state"}, nil, false, false},
	{"state igo state", "The United States, the European Union and Japan will coordinate export controls.", []string{"USA/state", "european-union", "JPN/state"}, nil, false, false},
	{"two surnames met", "Blinken and Lavrov met briefly in Geneva.", []string{"antony-blinken/person/USA", "sergei-lavrov/person/RUS"}, []string{"geneva/person"}, false, false},
	{"capitals traded", "Beijing and Manila traded accusations over the collision.", []string{"CHN/state", "PHL/state"}, nil, false, false},
	{"neither nor", "Neither Hamas nor Israel commented on the report.", []string{"hamas", "ISR/state"}, nil, false, false},
	{"both and", "Both Armenia and Azerbaijan claimed victory in the talks.", []string{"ARM/state", "AZE/state"}, nil, false, false},

	// Relative clauses.
	{"which controls", "Hamas, which controls Gaza, said it had accepted the proposal.", []string{"hamas"}, []string{"gaza-strip/person"}, false, false},
	{"who are backed", "The Houthis, who are backed by Iran, have attacked ships in the Red Sea.", []string{"houthis", "IRN/state"}, []string{"red-sea/person"}, false, false},
	{"whose leader", "Hezbollah, whose leader was killed last month, fired rockets at northern Israel.", []string{"hezbollah", "ISR/state"}, nil, false, false},
	{"who met", "Mohammed bin Salman, who met Trump at the White House on Tuesday, pledged new investment.", []string{"mohammed-bin-salman/person/SAU", "donald-trump/person/USA"}, nil, false, false},
	{"which have fought", "The Rapid Support Forces, which have fought the army since April 2023, seized El Fasher.", []string{"rsf"}, []string{"el-fasher/person"}, false, false},
	{"which claims", "Taiwan, which China claims as its own territory, reported 30 Chinese aircraft near the island.", []string{"TWN/state", "CHN/state"}, nil, false, false},
	{"whose inspectors", "The IAEA, whose inspectors left Iran in June, said it had lost track of the uranium.", []string{"iaea", "IRN/state"}, nil, false, false},
	{"whom", "Lai Ching-te, whom Beijing calls a separatist, began a tour of the Pacific.", []string{"lai-ching-te/person/TWN", "CHN/state"}, nil, false, false},
	{"that relative", "The ceasefire that Qatar brokered collapsed within hours.", []string{"QAT/state"}, nil, false, false},

	// Reduced relatives and participles.
	{"troops backed by", "Troops backed by Russia seized two villages in the east.", []string{"RUS/state"}, nil, false, false},
	{"aid sent by", "Aid sent by the European Union reached Gaza on Sunday.", []string{"european-union"}, []string{"gaza-strip/person"}, false, false},
	{"ship seized by", "A ship seized by Iran in the Gulf was released on Friday.", []string{"IRN/state"}, nil, false, false},
	{"loyal to", "Fighters loyal to the government of Sudan retook the bridge.", []string{"SDN/state"}, nil, false, false},
	{"launched from", "A drone launched from Yemen hit the port of Eilat.", nil, []string{"eilat/person", "eilat/organization"}, false, false},
	{"armed by", "Militias armed by Iran have targeted US bases in Iraq and Syria.", []string{"IRN/state", "USA/state"}, nil, false, false},
	{"report published by", "A report published by Amnesty International accused Israel of genocide.", []string{"amnesty-international", "ISR/state"}, nil, false, false},
	{"supplied by", "Weapons supplied by the United States were used in the strike, Human Rights Watch said.", []string{"USA/state", "human-rights-watch"}, nil, false, false},
	{"hosted by", "Talks hosted by Oman ended without a deal.", []string{"OMN/state"}, nil, false, false},
	{"citing opener", "Citing Ukraine's security service, Reuters reported the arrest of two men.", []string{"ukr-sbu", "reuters"}, nil, false, false},
	{"speaking in opener", "Speaking in Brussels, von der Leyen said the EU would stand by Kyiv.", []string{"ursula-von-der-leyen/person", "european-union", "UKR/state"}, []string{"brussels/person"}, false, false},
	{"backed by opener", "Backed by Turkey, the Syrian National Army advanced on Manbij.", []string{"TUR/state", "syrian-national-army"}, []string{"manbij/person"}, false, false},
	{"claimed by appositive", "The attack, claimed by Islamic State, killed 40 people.", []string{"isis"}, nil, false, false},

	// Passives.
	{"passive agent forces", "Two Palestinians were killed by Israeli forces in Jenin.", []string{"ISR/state"}, []string{"jenin/person"}, false, false},
	{"passive agent unnamed", "The embassy was attacked by protesters on Saturday.", nil, nil, true, false},
	{"passive no agent person", "Navalny was poisoned in 2020, German doctors concluded.", []string{"alexei-navalny/person/RUS"}, nil, false, false},
	{"passive agent group", "The proposal was rejected by Hamas on Tuesday.", []string{"hamas"}, nil, false, false},
	{"passive no agent no actor", "The border crossing was closed after the attack.", nil, nil, true, false},
	{"passive agent junta", "Three journalists were detained by the junta in Myanmar.", []string{"MMR/state"}, nil, false, false},
	{"passive agent agency", "Sanctions were imposed on Iranian oil exports by the US Treasury.", []string{"usa-treasury", "IRN/state"}, nil, false, false},
	{"passive state by state", "Ukraine was invaded by Russia in February 2022.", []string{"RUS/state", "UKR/state"}, nil, false, false},
	{"passive commandos", "The vessel was boarded by Israeli commandos.", []string{"ISR/state"}, nil, false, false},

	// Possessives.
	{"supreme leader unnamed", "Iran's supreme leader said the country would not negotiate under pressure.", []string{"IRN/state"}, nil, false, false},
	// known: RUS came only from the intent to meet (036) that "no plans to meet" does not give
	// since a negation before a word of intent negates its act; the Kremlin is rus-presidency.
	{"kremlin's spokesman", "The Kremlin's spokesman said Putin had no plans to meet Zelenskiy.", []string{"RUS/state", "vladimir-putin/person/RUS", "volodymyr-zelenskyy/person/UKR"}, nil, false, true},
	{"china's foreign ministry", "China's foreign ministry said Beijing firmly opposed the arms sale.", []string{"chn-foreign-ministry", "CHN/state"}, nil, false, false},
	{"russia's central bank", "Russia's central bank raised its key rate to 21 percent.", []string{"rus-central-bank"}, nil, false, false},
	// known: "southern Lebanon" is the place south-lebanon (country LBN), not the state.
	{"israel's military", "Israel's military said it had struck Hezbollah targets in southern Lebanon.", []string{"isr-armed-forces", "hezbollah", "LBN/state"}, nil, false, true},
	{"netanyahu's office", "Netanyahu's office said the delegation would travel to Cairo.", []string{"benjamin-netanyahu/person/ISR"}, []string{"cairo/person"}, false, false},
	{"trump's envoy", "Trump's envoy Steve Witkoff met Putin in St Petersburg.", []string{"steve-witkoff/person/USA", "vladimir-putin/person/RUS", "donald-trump/person/USA"}, []string{"st-petersburg/person"}, false, false},
	{"ukraine's foreign minister name", "Ukraine's foreign minister Andrii Sybiha called for more pressure on Moscow.", []string{"andrii-sybiha/person/UKR", "RUS/state"}, nil, false, false},
	{"germany's scholz", "Germany's Scholz said Berlin would not send Taurus missiles.", []string{"olaf-scholz/person/DEU", "DEU/state"}, []string{"taurus/person"}, false, false},
	{"hamas's armed wing", "Hamas's armed wing said it had fired rockets at Tel Aviv.", []string{"hamas"}, []string{"tel-aviv/person"}, false, false},
	{"hamas' bare apostrophe", "Hamas' political bureau said the talks had stalled.", []string{"hamas"}, nil, false, false},

	// Fronted objects and clefts.
	{"cleft it was", "It was Iran that supplied the drones, the officials said.", []string{"IRN/state"}, nil, false, false},
	{"cleft not", "It is Hamas, not the Palestinian Authority, that runs Gaza.", []string{"hamas", "pse-authority"}, nil, false, false},
	{"pseudo cleft", "What Moscow wants is a neutral Ukraine, Lavrov said.", []string{"RUS/state", "UKR/state", "sergei-lavrov/person/RUS"}, nil, false, false},
	{"fronted of phrase", "Of the three countries, only Hungary opposed the decision.", []string{"HUN/state"}, nil, false, false},
	{"parenthetical said", "Ukraine, Russia said, had violated the truce.", []string{"UKR/state", "RUS/state"}, nil, false, false},
	{"parenthetical UN", "Most of the aid, the UN said, never reached northern Gaza.", []string{"united-nations"}, nil, false, false},

	// Reported speech with the speaker after the quote.
	{"said name appos", "\"We are ready for talks,\" said Dmitry Peskov, the Kremlin spokesman.", []string{"dmitry-peskov/person/RUS"}, nil, false, false},
	{"said lone surname", "\"The door remains open,\" said Araghchi.", []string{"abbas-araghchi/person/IRN"}, nil, false, false},
	{"surname said in", "\"This is an act of war,\" Zelenskiy said in his nightly address.", []string{"volodymyr-zelenskyy/person/UKR"}, nil, false, false},
	{"told reporters in", "\"No one will be allowed to threaten our sovereignty,\" Erdogan told reporters in Ankara.", []string{"recep-tayyip-erdogan/person/TUR"}, []string{"ankara/person"}, false, false},
	{"official told media", "\"We will respond,\" a senior Iranian official told Reuters.", []string{"IRN/state"}, nil, false, false},
	{"he said", "\"We cannot accept this,\" he said.", nil, nil, true, false},
	{"said adding", "\"The ceasefire must hold,\" Guterres said, adding that aid must flow.", []string{"antonio-guterres/person"}, nil, false, false},
	{"said name EU diplomat", "\"It is a dangerous escalation,\" said Kaja Kallas, the EU's top diplomat.", []string{"kaja-kallas/person", "european-union"}, nil, false, false},
	{"said the organization", "\"The situation is catastrophic,\" said the World Health Organization.", []string{"who"}, nil, false, false},

	// According to.
	// known: "Ukraine's air force" is the body ukr-air-force, which stands for the state; no UKR of its own.
	{"according to air force", "According to Ukraine's air force, Russia launched 80 drones overnight.", []string{"UKR/state", "RUS/state"}, nil, false, true},
	{"according to red crescent", "At least 20 people were killed, according to the Palestinian Red Crescent.", []string{"red-crescent"}, nil, false, false},
	// known: the Kremlin is the body rus-presidency, no RUS of its own.
	{"according to kremlin", "According to the Kremlin, Putin and Trump spoke for two hours.", []string{"RUS/state", "vladimir-putin/person/RUS", "donald-trump/person/USA"}, nil, false, true},
	{"according to people familiar", "The talks will resume next week, according to two people familiar with the matter.", nil, nil, true, false},
	// known: "the Saudi foreign ministry" is sau-foreign-ministry; "the kingdom" is no name.
	{"according to statement from", "According to a statement from the Saudi foreign ministry, the kingdom welcomed the truce.", []string{"SAU/state"}, nil, false, true},

	// Nominalizations.
	{"strike on capital", "The Israeli strike on Beirut killed a senior Hezbollah commander.", []string{"ISR/state", "hezbollah"}, []string{"beirut/person"}, false, false},
	{"invasion of", "Russia's invasion of Ukraine has displaced millions.", []string{"RUS/state", "UKR/state"}, nil, false, false},
	{"talks between", "Talks between Iran and the US are due to resume in Muscat.", []string{"IRN/state", "USA/state"}, []string{"muscat/person"}, false, false},
	// known: "China's military" is chn-armed-forces, no CHN of its own.
	{"drills around", "China's military drills around Taiwan drew a rebuke from Washington.", []string{"CHN/state", "TWN/state", "USA/state"}, nil, false, true},
	{"killing of leader", "The killing of Hamas leader Ismail Haniyeh in Tehran was blamed on Israel.", []string{"ismail-haniyeh/person", "ISR/state"}, []string{"tehran/person"}, false, false},
	{"withdrawal from", "The US withdrawal from Afghanistan was chaotic.", []string{"USA/state", "AFG/state"}, nil, false, false},
	{"drone attack on region", "A Ukrainian drone attack on a refinery in Russia's Ryazan region started a fire.", []string{"UKR/state", "RUS/state"}, []string{"ryazan/person"}, false, false},
	{"airstrikes in", "Pakistan's airstrikes in Afghanistan killed eight people, the Taliban said.", []string{"PAK/state", "AFG/state", "taliban"}, nil, false, false},
	{"arrest strained ties", "The arrest of a French journalist in Algeria strained ties between Paris and Algiers.", []string{"FRA/state", "DZA/state"}, nil, false, false},
	{"decision to freeze", "The EU's decision to freeze Russian assets angered Moscow.", []string{"european-union", "RUS/state"}, nil, false, false},

	// Negation and modality.
	{"did not attack", "Iran did not attack the tanker, its foreign ministry said.", []string{"IRN/state"}, nil, false, false},
	{"may impose", "The United States may impose new tariffs on Chinese steel.", []string{"USA/state", "CHN/state"}, nil, false, false},
	{"threatened to", "North Korea threatened to retaliate against South Korea.", []string{"PRK/state", "KOR/state"}, nil, false, false},
	{"denied attacking", "Russia denied attacking the hospital in Kyiv.", []string{"RUS/state"}, []string{"kyiv/person"}, false, false},
	{"has not claimed", "Hezbollah has not claimed responsibility for the attack.", []string{"hezbollah"}, nil, false, false},
	{"could strike", "Israel could strike Iran's nuclear sites within weeks, officials warned.", []string{"ISR/state", "IRN/state"}, nil, false, false},
	{"will not allow", "Turkey will not allow Sweden to join NATO, Erdogan said.", []string{"TUR/state", "SWE/state", "nato", "recep-tayyip-erdogan/person/TUR"}, nil, false, false},

	// Pronouns give no actor.
	{"pronouns he they", "He said they would meet again next month.", nil, nil, true, false},
	{"pronouns she it", "She told reporters it was too early to judge.", nil, nil, true, false},
	{"pronouns they us", "They fired at us from the hills, one villager said.", nil, nil, true, false},
	{"pronouns we they", "We will not back down, they said in a statement.", nil, nil, true, false},
	{"pronouns his he", "His office said he was recovering.", nil, nil, true, false},
	{"pronouns it its", "It said its forces had repelled the assault.", nil, nil, true, false},
	{"pronouns her", "Her spokesman declined to comment.", nil, nil, true, false},
	{"pronoun after name", "Putin said he would not attend. He cited a busy schedule.", []string{"vladimir-putin/person/RUS"}, nil, false, false},
	{"those who", "Those who fled said their homes were destroyed.", nil, nil, true, false},

	// Unnamed groups.
	{"gunmen", "Gunmen killed 12 villagers in a night raid.", nil, nil, true, false},
	{"protesters stormed", "Protesters stormed the parliament building.", nil, nil, true, false},
	{"militants attacked", "Militants attacked a police post near the border.", nil, nil, true, false},
	{"unidentified assailants", "Unidentified assailants shot dead a local journalist.", nil, nil, true, false},
	{"security forces", "Security forces fired tear gas to disperse the crowd.", nil, nil, true, false},
	{"rescue workers", "Rescue workers pulled survivors from the rubble.", nil, nil, true, false},
	{"western diplomats", "Western diplomats said the draft resolution lacked support.", nil, nil, true, false},
	{"settlers near town", "Settlers set fire to cars in a village near Ramallah.", nil, []string{"ramallah/person", "ramallah/organization"}, true, false},
	{"armed men in country", "Armed men abducted dozens of students in northwest Nigeria.", []string{"NGA/state"}, nil, false, false},
	// A second batch, written after the first batch's fixes and annotated
	// before its first run: harder mixes of the structures above.
	{"b2 appos interim president", "Syria's interim president, Ahmed al-Sharaa, met Turkish Foreign Minister Hakan Fidan in Damascus.", []string{"ahmed-al-sharaa/person/SYR", "hakan-fidan/person/TUR"}, []string{"damascus/person"}, false, false},
	{"b2 said name appos after quote", "\"We will not be intimidated,\" said Mette Frederiksen, Denmark's prime minister, after the drone sightings.", []string{"mette-frederiksen/person/DNK"}, nil, false, false},
	{"b2 possessive surname appos ally", "Hungary's Orban, a close ally of Trump, vetoed the aid package.", []string{"viktor-orban/person/HUN", "donald-trump/person/USA"}, nil, false, false},
	{"b2 fighters from relative", "Fighters from al-Shabaab, which is linked to al Qaeda, stormed a hotel in Mogadishu.", []string{"al-shabaab", "al-qaeda"}, []string{"mogadishu/person"}, false, false},
	{"b2 juntas of list", "The Sahel juntas of Mali, Burkina Faso and Niger have expelled French troops.", []string{"MLI/state", "BFA/state", "NER/state", "FRA/state"}, nil, false, false},
	{"b2 two possessive leaders", "Mali's junta leader Assimi Goita and Burkina Faso's Ibrahim Traore met in Bamako.", []string{"assimi-goita/person/MLI", "ibrahim-traore/person/BFA"}, []string{"bamako/person"}, false, false},
	{"b2 appos group behind", "Boko Haram, the jihadist group behind the 2014 Chibok kidnapping, killed 30 farmers.", []string{"boko-haram"}, []string{"chibok/person"}, false, false},
	{"b2 participle carrying aid for", "A convoy carrying aid for UNRWA was struck near Khan Younis.", []string{"unrwa"}, []string{"khan-younis/person"}, false, false},
	{"b2 accused of backing", "Tshisekedi accused Kagame of backing the M23 rebels.", []string{"felix-tshisekedi/person/COD", "paul-kagame/person/RWA", "m23"}, nil, false, false},
	{"b2 title name visited", "Israeli National Security Minister Itamar Ben-Gvir visited the Al-Aqsa compound.", []string{"itamar-ben-gvir/person/ISR"}, []string{"al-aqsa/person"}, false, false},
	{"b2 known as acronym", "Militants of the Pakistani Taliban, known as the TTP, ambushed a convoy.", []string{"ttp"}, nil, false, false},
	{"b2 relative waged against", "The PKK, which has waged an insurgency against Turkey since 1984, announced its dissolution.", []string{"pkk", "TUR/state"}, nil, false, false},
	{"b2 appos backed by capital", "Kurdish-led forces, backed by Washington, control much of northeast Syria.", []string{"USA/state"}, nil, false, false},
	{"b2 appos UN rights chief", "Volker Turk, the UN human rights chief, said the killings may amount to war crimes.", []string{"volker-turk/person"}, nil, false, false},
	{"b2 who carried out", "It was not immediately clear who carried out the attack.", nil, nil, true, false},
	{"b2 both sides", "Both sides accused each other of violating the truce.", nil, nil, true, false},
	{"b2 the men some wearing", "Residents said the men, some wearing army uniforms, opened fire.", nil, nil, true, false},
	{"b2 appos citizens spying for capital", "Two men, both Russian citizens, were charged with spying for Moscow.", []string{"RUS/state"}, nil, false, false},
	{"b2 two groups said", "Hamas and Islamic Jihad said their fighters had clashed with Israeli troops in Jenin.", []string{"hamas", "palestinian-islamic-jihad", "ISR/state"}, []string{"jenin/person"}, false, false},
	{"b2 asked whether capital", "Asked whether Beijing would retaliate, the spokesman declined to answer.", []string{"CHN/state"}, nil, false, false},
	{"b2 surname speaking after talks with", "Ramaphosa, speaking after talks with Lula, said both countries wanted reform of the Security Council.", []string{"cyril-ramaphosa/person/ZAF", "luiz-inacio-lula-da-silva/person/BRA", "un-security-council"}, nil, false, false},
	{"b2 three surnames signed", "Meloni, Merz and Sanchez signed the letter.", []string{"giorgia-meloni/person/ITA", "friedrich-merz/person/DEU", "pedro-sanchez/person/ESP"}, nil, false, false},
	{"b2 appos part of", "Wagner fighters, now part of Russia's Africa Corps, remain in Mali.", []string{"wagner-group", "africa-corps", "MLI/state"}, nil, false, false},
	{"b2 surname appos known as", "Dagalo, the RSF commander known as Hemedti, rejected the army's terms.", []string{"mohamed-hamdan-dagalo/person/SDN", "rsf"}, nil, false, false},
	{"b2 he and his wife", "He and his wife were detained at the airport.", nil, nil, true, false},
	// A third batch (fronted and inverted clauses, "not only … but also",
	// free relatives), annotated before its first run.
	{"b3 inverted among the dead", "Among the dead were two Egyptian soldiers, Cairo said.", []string{"EGY/state"}, nil, false, false},
	{"b3 inverted also arrested", "Also arrested was a Turkish journalist working for Reuters.", []string{"reuters"}, nil, false, false},
	{"b3 not only but also", "Not only Russia but also Belarus faces new sanctions.", []string{"RUS/state", "BLR/state"}, nil, false, false},
	{"b3 whoever", "Whoever attacked the convoy will pay, the minister said.", nil, nil, true, false},
	{"b3 their leader appos fled to", "Their leader, a former army officer, fled to Turkey.", []string{"TUR/state"}, nil, false, false},
	{"b3 including the emir", "Everyone in the room, including the Qatari emir, stood.", []string{"QAT/state"}, nil, false, false},
	{"b3 those responsible vowed", "Those responsible will be held accountable, Netanyahu vowed.", []string{"benjamin-netanyahu/person/ISR"}, nil, false, false},
	{"b3 two possessives coordinated", "Ukraine's and Russia's negotiators met in Istanbul.", []string{"UKR/state", "RUS/state"}, []string{"istanbul/person"}, false, false},
	// A fourth batch (descriptions that stand for an actor named before:
	// none must give an actor of its own), annotated before its first run.
	{"b4 the group said", "The group said in a statement that it had no link to the attack.", nil, nil, true, false},
	{"b4 the two leaders", "The two leaders discussed trade and security.", nil, nil, true, false},
	{"b4 ministry's spokesman who asked", "The ministry's spokesman, who asked not to be named, said the talks would go on.", nil, nil, true, false},
	{"b4 kingdom's crown prince", "The kingdom's crown prince received the delegation.", nil, nil, true, false},
	{"b4 officials in the capital", "Officials in the capital said the talks had stalled.", nil, nil, true, false},
	{"b4 island's coast guard", "The island's coast guard said it had rescued 40 migrants.", nil, nil, true, false},
	{"b4 bloc's ministers", "The bloc's foreign ministers will meet next week.", nil, nil, true, false},
	{"b4 its president appos", "Its president, a former general, rejected the demand.", nil, nil, true, false},
	{"b4 alliance's chief", "The alliance's chief said members must spend more on defence.", nil, nil, true, false},
	{"b4 islamic republic", "The Islamic Republic will respond, its army chief said.", []string{"IRN/state"}, nil, false, false},
	{"b4 designated by capital", "The militant group, which is designated a terrorist organisation by Washington, denied involvement.", []string{"USA/state"}, nil, false, false},
	{"b4 lawmakers from both parties", "Lawmakers from both parties criticised the deal.", nil, nil, true, false},
}

// TestEnglishSyntaxEvents checks who did what to whom in English news one
// sentence structure at a time, as TestEventGrammar does for its
// constructions: appositions, coordination, relative clauses, reduced
// relatives, passives, possessives, clefts, quotes, "according to",
// nominal events, negation and modality, pronouns and unnamed groups. A
// wanted event with an empty sector matches any sector, and a named person
// or place matches its state too, as the wire scorer codes actors
// (CAMEO's way). The sentences
// were written for the test and annotated before the extractor ran on
// them; a row marked known is a known failure and fails the test when it
// starts passing.
//
// Before any rule or data of this grid: 42 of 50 rows pass. An auxiliary
// before an actor and a relative word is a cleft's, not a passive's ("It
// was Iran that supplied"); a participle phrase opening the sentence
// describes the actor after its comma ("Backed by Turkey, Syrian
// rebels"); drones launched at a target are an attack: 45 of 50. A
// second batch of 15 rows, annotated before its first run: 11 passed at
// once; "claimed responsibility" is an admission, no hedge; the agent of
// a weapon's participle is the object ("shot down drones launched by
// Russia"); warships sent toward a state are a show of force: 59 of 65.
// A named person matching its state, as the wire scorer codes it (the
// first batch's annotations gave ministers as their states): 62 of 65
// A third batch of 8 actor rows and 14 event rows, annotated before its
// first run: all 8 and 9 of 14 passed at once; "each other" after a
// coordinated subject makes any act go both ways ("Thailand and Cambodia
// accused each other"); a denial inside a relative clause set off by
// commas is not the main verb's, and the clause's comma ends its verb's
// object ("Russia, which denies targeting civilians, struck"); a threat
// inside a warning's scope is a threat made, a fact; a place matches its
// state as a person does; a bare place noun after a preposition ("remain
// in place") does not make a capital before a copula the city. Now 75 of
// 79. A fourth batch of 8 rows, annotated before its first run: 7 passed
// at once. A fifth batch of 9 rows (negation, modality, hedges),
// annotated before its first run: all passed at once: 91 of 96. A
// negation right before a subject's actor ("No Russian troops attacked")
// leaves the act undone; three rows written with that rule, of which the
// one with "neither … nor" stayed known: 93 of 99; with "neither" and
// "nor" among the negations, 94 of 99 (the floor).
func TestEnglishSyntaxEvents(t *testing.T) {
	x := extractor(t)
	type ev = syntaxEvent
	tests := []eventRow{
		{"apposition subject", "Wang Yi, China's foreign minister, met Sergei Lavrov in Beijing on Tuesday.",
			[]ev{{"CHN", "", "04", "RUS", "", "fact"}}, nil, false, false},
		{"relative clause subject", "Hamas, which controls Gaza, rejected Israel's proposal.",
			[]ev{{"hamas", "", "12", "ISR", "", "fact"}}, []ev{{"gaza-strip", "", "12", "ISR", "", ""}}, false, false},
		{"passive relative subject", "Hezbollah, which is backed by Iran, fired rockets at Israel.",
			[]ev{{"hezbollah", "", "19", "ISR", "", "fact"}}, []ev{{"IRN", "", "19", "ISR", "", ""}}, false, false},
		{"list of subjects urged", "Britain, France and Germany urged Iran to return to talks.",
			[]ev{{"GBR", "", "02", "IRN", "", "fact"}, {"FRA", "", "02", "IRN", "", "fact"}, {"DEU", "", "02", "IRN", "", "fact"}}, nil, false, false},
		{"pair of subjects condemned", "Egypt and Qatar condemned the Israeli strike.",
			[]ev{{"EGY", "", "11", "ISR", "", "fact"}, {"QAT", "", "11", "ISR", "", "fact"}}, []ev{{"EGY", "", "11", "QAT", "", ""}}, false, false},
		{"list of objects sanctions", "The United States imposed sanctions on Iran, Russia and North Korea.",
			[]ev{{"USA", "", "16", "IRN", "", "fact"}, {"USA", "", "16", "RUS", "", "fact"}, {"USA", "", "16", "PRK", "", "fact"}}, nil, false, false},
		{"pair of subjects with object: not each other", "Britain and France condemned Russia.",
			[]ev{{"GBR", "", "11", "RUS", "", "fact"}, {"FRA", "", "11", "RUS", "", "fact"}}, []ev{{"GBR", "", "11", "FRA", "", ""}}, false, false},
		{"pair of objects", "China criticized Japan and the Philippines.",
			[]ev{{"CHN", "", "11", "JPN", "", "fact"}, {"CHN", "", "11", "PHL", "", "fact"}}, nil, false, false},
		{"met two people", "Lavrov met Blinken and Wang Yi in Geneva.",
			[]ev{{"RUS", "", "04", "USA", "", "fact"}, {"RUS", "", "04", "CHN", "", "fact"}}, nil, false, false},
		{"two leaders signed", "Xi Jinping and Vladimir Putin signed an agreement on energy.",
			[]ev{{"CHN", "", "05", "RUS", "", "fact"}, {"RUS", "", "05", "CHN", "", "fact"}}, nil, false, false},
		{"reduced relative backer", "M23 rebels backed by Rwanda attacked Congolese troops.",
			[]ev{{"RWA", "", "05", "m23", "", "fact"}, {"m23", "", "19", "COD", "MIL", "fact"}}, []ev{{"RWA", "", "19", "COD", "", ""}}, false, false},
		{"passive agent police", "Two Palestinian journalists were arrested by Israeli police.",
			[]ev{{"ISR", "COP", "17", "PSE", "", "fact"}}, []ev{{"PSE", "", "17", "ISR", "", ""}}, false, false},
		{"passive agent state", "Ukraine was invaded by Russia in 2022.",
			[]ev{{"RUS", "", "19", "UKR", "", "fact"}}, []ev{{"UKR", "", "19", "RUS", "", ""}}, false, false},
		{"passive agent missiles", "Several Ukrainian cities were hit by Russian missiles overnight.",
			[]ev{{"RUS", "", "19", "UKR", "", "fact"}}, []ev{{"UKR", "", "19", "RUS", "", ""}}, false, false},
		{"possessive office subject", "Iran's supreme leader threatened Israel with a harsh response.",
			[]ev{{"IRN", "", "13", "ISR", "", "fact"}}, nil, false, false},
		{"kremlin's spokesman criticized", "The Kremlin's spokesman criticized the European Union.",
			[]ev{{"RUS", "", "11", "european-union", "", "fact"}}, nil, false, false},
		{"possessive object", "Russia attacked Ukraine's energy grid overnight.",
			[]ev{{"RUS", "", "19", "UKR", "", "fact"}}, nil, false, false},
		{"cleft", "It was Iran that supplied the drones to Russia.",
			[]ev{{"IRN", "", "07", "RUS", "", "fact"}}, []ev{{"RUS", "", "07", "IRN", "", ""}}, false, false},
		{"quote speaker after", "\"We condemn Israel's strike,\" said Abbas Araghchi, Iran's foreign minister.",
			[]ev{{"IRN", "", "11", "ISR", "", "fact"}}, nil, false, false},
		{"according to: source is not the actor", "According to Ukraine's military, Russia launched 80 drones at Kyiv.",
			[]ev{{"RUS", "", "19", "UKR", "", "fact"}}, []ev{{"UKR", "", "19", "RUS", "", ""}}, false, false},
		{"according to after", "Israel struck Beirut overnight, according to Lebanese state media.",
			[]ev{{"ISR", "", "19", "LBN", "", "fact"}}, []ev{{"LBN", "", "19", "ISR", "", ""}}, false, false},
		{"nominal strike on", "The Israeli strike on Beirut killed five people.",
			[]ev{{"ISR", "", "19", "LBN", "", "fact"}}, nil, false, false},
		{"nominal invasion of", "Russia's invasion of Ukraine entered its fourth year.",
			[]ev{{"RUS", "", "19", "UKR", "", "fact"}}, []ev{{"UKR", "", "19", "RUS", "", ""}}, false, false},
		{"nominal talks between", "Talks between Iran and the US resumed in Muscat.",
			[]ev{{"IRN", "", "04", "USA", "", "fact"}}, nil, false, false},
		// known: drills (150) take no target.
		{"nominal drills around", "China's military drills around Taiwan alarmed Japan.",
			[]ev{{"CHN", "", "15", "TWN", "", "fact"}}, nil, false, true},
		{"nominal airstrikes in", "Pakistan's airstrikes in Afghanistan killed eight people.",
			[]ev{{"PAK", "", "19", "AFG", "", "fact"}}, []ev{{"AFG", "", "19", "PAK", "", ""}}, false, false},
		{"nominal sanctions on", "The EU's sanctions on Russia were extended for six months.",
			[]ev{{"european-union", "", "16", "RUS", "", "fact"}}, nil, false, false},
		{"did not attack", "Israel did not attack Iran's nuclear sites.",
			nil, []ev{{"ISR", "", "19", "IRN", "", "fact"}}, false, false},
		{"may impose", "The United States may impose tariffs on China.",
			nil, []ev{{"USA", "", "16", "CHN", "", "fact"}}, false, false},
		{"threatened to attack", "North Korea threatened to attack South Korea.",
			[]ev{{"PRK", "", "13", "KOR", "", "fact"}}, []ev{{"PRK", "", "19", "KOR", "", "fact"}}, false, false},
		{"denied attacking", "Russia denied attacking the hospital in Kyiv.",
			nil, []ev{{"RUS", "", "19", "UKR", "", "fact"}}, false, false},
		{"could strike", "Israel could strike Iran within weeks.",
			nil, []ev{{"ISR", "", "19", "IRN", "", "fact"}}, false, false},
		{"refused to allow", "Turkey refused to allow Sweden to join NATO.",
			[]ev{{"TUR", "", "12", "SWE", "", "fact"}}, nil, false, false},
		{"would not negotiate", "The Kremlin's spokesman said Russia would not negotiate with Ukraine.",
			nil, []ev{{"RUS", "", "04", "UKR", "", "fact"}}, false, false},
		{"accused of", "Zelenskiy accused Russia of targeting civilians.",
			[]ev{{"UKR", "", "11", "RUS", "", "fact"}}, []ev{{"RUS", "", "11", "UKR", "", ""}}, false, false},
		{"capital accused capital", "Beijing accused Washington of provoking a confrontation.",
			[]ev{{"CHN", "", "11", "USA", "", "fact"}}, nil, false, false},
		{"relative clause with since", "Israel, which has occupied the West Bank since 1967, arrested 20 Palestinians.",
			[]ev{{"ISR", "", "17", "PSE", "", "fact"}}, []ev{{"west-bank", "", "17", "PSE", "", ""}}, false, false},
		{"participle opener backed", "Backed by Turkey, Syrian rebels attacked Kurdish forces.",
			[]ev{{"TUR", "", "05", "SYR", "", "fact"}}, []ev{{"SYR", "", "05", "TUR", "", ""}}, false, false},
		{"participle opener citing", "Citing security concerns, Germany suspended arms exports to Israel.",
			[]ev{{"DEU", "", "16", "ISR", "", "fact"}}, nil, false, false},
		// known: "agreed to resume talks" is 03 (intent to meet, 036), which is defensible; the annotation wanted 05.
		{"agreed to resume talks", "Japan and South Korea agreed to resume talks.",
			[]ev{{"JPN", "", "05", "KOR", "", "fact"}}, nil, false, true},
		{"shot down over", "Ukrainian forces shot down a Russian fighter jet over Kursk.",
			[]ev{{"UKR", "MIL", "19", "RUS", "", "fact"}}, []ev{{"RUS", "", "19", "UKR", "", ""}}, false, false},
		{"expelled diplomats", "Moscow expelled two British diplomats.",
			[]ev{{"RUS", "", "16", "GBR", "", "fact"}}, nil, false, false},
		{"president met president", "Kenya's president William Ruto met Somalia's president in Nairobi.",
			[]ev{{"KEN", "", "04", "SOM", "", "fact"}}, nil, false, false},
		{"speaker after said: not the source", "Iran attacked Israel with missiles, said Netanyahu.",
			[]ev{{"IRN", "", "19", "ISR", "", "fact"}}, []ev{{"ISR", "", "19", "IRN", "", ""}}, false, false},
		{"fronted parenthetical", "Ukraine, Russia said, had attacked a border town in Belgorod.",
			nil, []ev{{"RUS", "", "19", "UKR", "", ""}}, false, false},
		{"pronoun subject: no event", "They attacked the convoy near the border.",
			nil, nil, true, false},
		{"pronoun subject and object: no event", "He said they would attack us.",
			nil, nil, true, false},
		{"unnamed gunmen in a country: not the country", "Gunmen attacked a police station in Pakistan.",
			nil, []ev{{"PAK", "", "18", "PAK", "", ""}, {"PAK", "", "19", "PAK", "", ""}}, false, false},
		{"militias attacked bases: not the place", "Iranian-backed militias attacked US bases in Syria.",
			nil, []ev{{"SYR", "", "19", "USA", "", ""}, {"SYR", "", "18", "USA", "", ""}}, false, false},
		{"will not send", "The United States will not send troops to Ukraine, Trump said.",
			nil, []ev{{"USA", "", "07", "UKR", "", "fact"}, {"USA", "", "15", "UKR", "", "fact"}, {"USA", "", "06", "UKR", "", "fact"}}, false, false},
		// A second batch, written after the first batch's fixes and
		// annotated before its first run (a named person takes part as
		// its own id).
		// (annotated with person ids; corrected after the first run: heads of
		// state take part as their states, as in the wire set)
		{"b2 accused of backing", "Tshisekedi accused Kagame of backing the M23 rebels.",
			[]ev{{"COD", "", "11", "RWA", "", "fact"}, {"RWA", "", "05", "m23", "", "alleged"}}, []ev{{"RWA", "", "11", "COD", "", ""}}, false, false},
		{"b2 juntas of list accused", "The juntas of Mali, Burkina Faso and Niger accused France of backing jihadists.",
			[]ev{{"MLI", "", "11", "FRA", "", "fact"}, {"BFA", "", "11", "FRA", "", "fact"}, {"NER", "", "11", "FRA", "", "fact"}}, nil, false, false},
		{"b2 group noun then relative", "PKK militants, who have fought Turkey for decades, attacked a Turkish army post.",
			[]ev{{"pkk", "", "19", "TUR", "", "fact"}}, []ev{{"TUR", "", "19", "pkk", "", ""}}, false, false},
		{"b2 relative then object", "Al-Shabaab, which is linked to al Qaeda, attacked an African Union base in Somalia.",
			[]ev{{"al-shabaab", "", "19", "african-union", "", "fact"}}, []ev{{"al-qaeda", "", "19", "african-union", "", ""}}, false, false},
		{"b2 passive accused by capital", "Russian forces were accused by Kyiv of executing prisoners.",
			[]ev{{"UKR", "", "11", "RUS", "", "fact"}}, []ev{{"RUS", "", "11", "UKR", "", ""}}, false, false},
		{"b2 relative accuses, main recalled", "Armenia, which accuses Azerbaijan of ethnic cleansing, recalled its ambassador from Baku.",
			[]ev{{"ARM", "", "11", "AZE", "", "fact"}}, []ev{{"AZE", "", "11", "ARM", "", ""}}, false, false},
		{"b2 condemned what he called", "Egypt's foreign minister condemned what he called Israel's aggression against Lebanon.",
			[]ev{{"EGY", "", "11", "ISR", "", "fact"}}, []ev{{"LBN", "", "11", "ISR", "", ""}}, false, false},
		{"b2 nominal strike condemned by pair", "Israel's strike on Iran's nuclear facilities was condemned by China and Russia.",
			[]ev{{"CHN", "", "11", "ISR", "", "fact"}, {"RUS", "", "11", "ISR", "", "fact"}}, []ev{{"ISR", "", "11", "CHN", "", ""}}, false, false},
		{"b2 claimed responsibility for attack on", "The Houthis claimed responsibility for a missile attack on Israel.",
			[]ev{{"houthis", "", "19", "ISR", "", "fact"}}, nil, false, false},
		{"b2 not ruled out", "Washington has not ruled out military action against Caracas.",
			nil, []ev{{"USA", "", "19", "VEN", "", "fact"}}, false, false},
		{"b2 expected to sign", "Russia is expected to sign a defence pact with North Korea.",
			nil, []ev{{"RUS", "", "05", "PRK", "", "fact"}, {"RUS", "", "06", "PRK", "", "fact"}}, false, false},
		{"b2 appos subject met possessive office", "Syria's new leader, Ahmed al-Sharaa, met Saudi Arabia's crown prince in Riyadh.",
			[]ev{{"SYR", "", "04", "SAU", "", "fact"}}, nil, false, false},
		{"b2 passive arrested by authorities", "Two Chinese nationals were arrested by Philippine authorities on suspicion of spying.",
			[]ev{{"PHL", "", "17", "CHN", "", "fact"}}, []ev{{"CHN", "", "17", "PHL", "", ""}}, false, false},
		{"b2 shot down drones launched by", "Ukraine said it had shot down 50 of the 80 drones launched by Russia overnight.",
			[]ev{{"UKR", "", "19", "RUS", "", "fact"}}, nil, false, false},
		// known: "the island" is no actor; nothing resolves it to Taiwan.
		{"b2 relative regards, sent warships", "Beijing, which regards Taiwan as its territory, sent warships toward the island.",
			[]ev{{"CHN", "", "15", "TWN", "", "fact"}}, []ev{{"TWN", "", "15", "CHN", "", ""}}, false, true},
		// A third batch, annotated before its first run.
		{"b3 passive without agent", "Two Israeli soldiers were killed in Gaza.",
			nil, nil, true, false},
		{"b3 pronoun subject accused", "It accused Israel of violating the ceasefire.",
			nil, nil, true, false},
		// known: "not only A but also B" is no coordination: only Belarus is sanctioned.
		{"b3 not only but also passive by", "Not only Russia but also Belarus has been sanctioned by the EU.",
			[]ev{{"european-union", "", "16", "RUS", "", "fact"}, {"european-union", "", "16", "BLR", "", "fact"}}, nil, false, true},
		{"b3 blamed by", "Hamas was blamed by Israel for the attack.",
			[]ev{{"ISR", "", "11", "hamas", "", "fact"}}, []ev{{"hamas", "", "11", "ISR", "", ""}}, false, false},
		{"b3 possessive nominal attack", "Hezbollah's drone attack on Israel's north drew a response from the IDF.",
			[]ev{{"hezbollah", "", "19", "ISR", "", "fact"}}, nil, false, false},
		{"b3 capital's sanctions on capital", "Washington's sanctions on Havana remain in place.",
			[]ev{{"USA", "", "16", "CUB", "", "fact"}}, nil, false, false},
		{"b3 talks between hosted by", "The talks between Armenia and Azerbaijan, hosted by the United States, ended in a deal.",
			[]ev{{"ARM", "", "04", "AZE", "", "fact"}}, nil, false, false},
		{"b3 denial in relative clause", "Russia, which denies targeting civilians, struck an apartment block in Dnipro.",
			[]ev{{"RUS", "", "19", "UKR", "", "fact"}}, nil, false, false},
		{"b3 said it did not strike", "Israel said it did not strike the hospital in Gaza.",
			nil, []ev{{"ISR", "", "19", "gaza-strip", "", "fact"}, {"ISR", "", "19", "PSE", "", "fact"}}, false, false},
		{"b3 warned would strike if", "Iran warned that it would strike Israel if attacked.",
			[]ev{{"IRN", "", "13", "ISR", "", "fact"}}, []ev{{"IRN", "", "19", "ISR", "", "fact"}}, false, false},
		{"b3 council urged pair", "The UN Security Council urged Israel and Hamas to agree a ceasefire.",
			[]ev{{"un-security-council", "", "02", "ISR", "", "fact"}, {"un-security-council", "", "02", "hamas", "", "fact"}}, nil, false, false},
		{"b3 accused each other", "Thailand and Cambodia accused each other of violating the truce.",
			[]ev{{"THA", "", "11", "KHM", "", "fact"}, {"KHM", "", "11", "THA", "", "fact"}}, nil, false, false},
		{"b3 crossed from: not the source", "The militants, who had crossed from Afghanistan, attacked a Pakistani army post.",
			nil, []ev{{"AFG", "", "19", "PAK", "", ""}, {"AFG", "", "18", "PAK", "", ""}}, false, false},
		{"b3 strikes on came after", "India's strikes on Pakistan came after the Pahalgam attack.",
			[]ev{{"IND", "", "19", "PAK", "", "fact"}}, []ev{{"PAK", "", "19", "IND", "", ""}}, false, false},
		// A fourth batch, annotated before its first run.
		{"b4 list with relative urged both sides", "Qatar, Egypt and the US, which mediated the truce, urged both sides to show restraint.",
			nil, []ev{{"QAT", "", "02", "USA", "", ""}, {"QAT", "", "02", "EGY", "", ""}, {"EGY", "", "02", "USA", "", ""}}, false, false},
		{"b4 office of state met office of state", "The president of Iran met the prime minister of Iraq in Baghdad.",
			[]ev{{"IRN", "", "04", "IRQ", "", "fact"}}, nil, false, false},
		{"b4 nominal attack condemned by", "Russia's attack on Ukraine was condemned by the G7.",
			[]ev{{"g7", "", "11", "RUS", "", "fact"}, {"RUS", "", "19", "UKR", "", "fact"}}, []ev{{"RUS", "", "11", "g7", "", ""}}, false, false},
		{"b4 possessive drones hit, its military said", "Ukraine's drones hit a Russian oil depot, its military said.",
			[]ev{{"UKR", "", "19", "RUS", "", "fact"}}, []ev{{"RUS", "", "19", "UKR", "", ""}}, false, false},
		{"b4 possessive tariffs on pair", "Trump's tariffs on Canada and Mexico took effect on Tuesday.",
			[]ev{{"USA", "", "16", "CAN", "", "fact"}, {"USA", "", "16", "MEX", "", "fact"}}, nil, false, false},
		{"b4 accused of, which denied", "The Philippines accused China of ramming its vessel, which Beijing denied.",
			[]ev{{"PHL", "", "11", "CHN", "", ""}}, []ev{{"CHN", "", "11", "PHL", "", ""}}, false, false},
		{"b4 arrested group commander in place", "Israeli forces arrested a Hamas commander in the West Bank.",
			[]ev{{"ISR", "", "17", "hamas", "", "fact"}}, nil, false, false},
		// known: "captured" is coded 19 (as of territory); of a person it would be 173, an arrest.
		{"b4 reduced relative captured by", "A Ukrainian soldier captured by Russian troops was executed.",
			[]ev{{"RUS", "", "17", "UKR", "", "fact"}}, []ev{{"UKR", "", "17", "RUS", "", ""}}, false, true},
		// A fifth batch (negation, modality and hedges), annotated before
		// its first run.
		{"b5 never attacked", "Russia has never attacked NATO territory, Peskov said.",
			nil, []ev{{"RUS", "", "19", "nato", "", "fact"}}, false, false},
		{"b5 considering a strike", "Israel is considering a strike on Iran's oil facilities.",
			nil, []ev{{"ISR", "", "19", "IRN", "", "fact"}}, false, false},
		{"b5 warned it could halt", "China warned it could halt rare earth exports to the United States.",
			[]ev{{"CHN", "", "13", "USA", "", "fact"}}, []ev{{"CHN", "", "16", "USA", "", "fact"}}, false, false},
		{"b5 not expected to send", "The United States is not expected to send troops to Ukraine.",
			nil, []ev{{"USA", "", "07", "UKR", "", "fact"}, {"USA", "", "15", "UKR", "", "fact"}, {"USA", "", "06", "UKR", "", "fact"}}, false, false},
		{"b5 did not invite", "India did not invite Pakistan to the summit.",
			nil, []ev{{"IND", "", "04", "PAK", "", "fact"}, {"IND", "", "03", "PAK", "", "fact"}}, false, false},
		{"b5 may have supplied", "North Korea may have supplied missiles to Russia, Seoul said.",
			nil, []ev{{"PRK", "", "07", "RUS", "", "fact"}}, false, false},
		{"b5 refused to send", "Germany refused to send Taurus missiles to Ukraine.",
			[]ev{{"DEU", "", "12", "UKR", "", "fact"}}, []ev{{"DEU", "", "07", "UKR", "", "fact"}}, false, false},
		{"b5 failed to agree", "Japan and China failed to agree on a joint statement.",
			nil, []ev{{"JPN", "", "05", "CHN", "", "fact"}, {"CHN", "", "05", "JPN", "", "fact"}}, false, false},
		{"b5 will veto any", "Hungary will veto any new sanctions on Russia, Orban said.",
			nil, []ev{{"HUN", "", "16", "RUS", "", "fact"}, {"european-union", "", "16", "RUS", "", "fact"}}, false, false},
		// Rows written with the rule for a negated subject (after its fix).
		// ("neither … nor" is a negation since the merge: it costs a PETRARCH
		// validation record, which codes "Neither A nor B boycotted" as an
		// easing (081) between the same actors; news that says neither did
		// it reports no act.)
		{"neither nor subject", "Neither Hamas nor Israel attacked Egypt.",
			nil, []ev{{"hamas", "", "19", "EGY", "", "fact"}, {"ISR", "", "19", "EGY", "", "fact"}}, false, false},
		{"no before subject", "No Russian troops attacked Kyiv on Monday.",
			nil, []ev{{"RUS", "", "19", "UKR", "", "fact"}}, false, false},
		{"not only: no negation", "Not only Russia but also China condemned Iran.",
			[]ev{{"CHN", "", "11", "IRN", "", "fact"}}, nil, false, false},
	}
	runEventRows(t, x, tests, syntaxEventsFloor)
}

// syntaxEventsFloor is how many rows of TestEnglishSyntaxEvents must pass.
const syntaxEventsFloor = 94

// syntaxEvent is an event of TestEnglishSyntaxEvents: source and target
// with their sectors, the CAMEO root and the status.
type syntaxEvent struct{ src, srcSec, root, tgt, tgtSec, status string }

// foundIn tells whether an event of got matches w: an empty sector or
// status of w matches any.
func (w syntaxEvent) foundIn(got []syntaxEvent) bool {
	for _, g := range got {
		if g.src == w.src && g.root == w.root && g.tgt == w.tgt &&
			(w.srcSec == "" || g.srcSec == w.srcSec) && (w.tgtSec == "" || g.tgtSec == w.tgtSec) &&
			(w.status == "" || g.status == w.status) {
			return true
		}
	}
	return false
}

// foundInAnyTarget is foundIn where an empty target of w matches any.
func (w syntaxEvent) foundInAnyTarget(got []syntaxEvent) bool {
	if w.tgt != "" {
		return w.foundIn(got)
	}
	for _, g := range got {
		if g.src == w.src && g.root == w.root && (w.status == "" || g.status == w.status) {
			return true
		}
	}
	return false
}

// foundAnySource is foundInAnyTarget where w's source matches any source.
func (w syntaxEvent) foundAnySource(got []syntaxEvent) bool {
	for _, g := range got {
		if g.root == w.root && (w.tgt == "" || g.tgt == w.tgt) && (w.status == "" || g.status == w.status) {
			return true
		}
	}
	return false
}

// eventRow is a row of the English event grids: the events it must give
// (each of want), the events it must not give (not; an empty target or
// status matches any), or no event at all (noEvents); known rows are
// expected to fail and fail the test when they pass.
type eventRow struct {
	name, text string
	want       []syntaxEvent
	not        []syntaxEvent
	noEvents   bool
	known      bool
}

// runEventRows runs the English rows under an article date of 2025-11-15
// and fails when fewer than floor pass.
func runEventRows(t *testing.T, x *Extractor, rows []eventRow, floor int) {
	t.Helper()
	runEventRowsIn(t, x, "en", rows, floor)
}

// runEventRowsIn is runEventRows on rows written in lang.
func runEventRowsIn(t *testing.T, x *Extractor, lang string, rows []eventRow, floor int) {
	t.Helper()
	runEventRowsBy(t, x, lang, rows, floor, facts.Event.Root)
}

// runPloverRows is runEventRowsIn where a row's root names the PLOVER
// event type of the coded event (cameo.plover.tsv), not its CAMEO root.
func runPloverRows(t *testing.T, x *Extractor, lang string, rows []eventRow, floor int) {
	t.Helper()
	runEventRowsBy(t, x, lang, rows, floor, func(e facts.Event) string { return e.Plover })
}

// runEventRowsBy runs the rows with code giving the field of an event a
// row's root is compared with.
func runEventRowsBy(t *testing.T, x *Extractor, lang string, rows []eventRow, floor int, code func(facts.Event) string) {
	t.Helper()
	pass, failKnown := 0, 0
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			judgeRow(t, tc.known, eventRowProblemsBy(t, x, lang, tc, code), &pass, &failKnown)
		})
	}
	t.Logf("%d rows: %d pass, %d known failures", len(rows), pass, failKnown)
	if pass < floor {
		t.Errorf("%d rows pass, want at least %d", pass, floor)
	}
}

// eventRowProblemsBy runs the extractor on the row's text in lang and
// says what differs from its annotation, comparing the row's root with
// code(event): a wanted event missing, an event that must not be there, or
// any event where none may be. A person's or place's state stands for it,
// as the wire scorer codes actors; an empty target of a wanted event
// matches any target, and in Indonesian rows an empty source any source
// (protests by unnamed crowds: "ribuan mahasiswa berunjuk rasa"), where an
// English row's empty source is no actor.
func eventRowProblemsBy(t *testing.T, x *Extractor, lang string, tc eventRow, code func(facts.Event) string) []string {
	t.Helper()
	doc, err := x.Article(context.Background(), Input{Text: tc.text, Lang: lang, Published: "2025-11-15"})
	if err != nil {
		t.Fatal(err)
	}
	state := map[string]string{}
	for _, a := range doc.Actors {
		if (a.Kind == facts.KindPerson || a.Kind == facts.KindPlace) && a.Country != "" {
			state[a.ID] = a.Country
		}
	}
	var got, coded []syntaxEvent
	for _, e := range doc.Events {
		g := syntaxEvent{e.Source, e.SourceSector, code(e), e.Target, e.TargetSector, e.Status}
		got = append(got, g)
		c := g
		if st, ok := state[c.src]; ok {
			c.src = st
		}
		if st, ok := state[c.tgt]; ok {
			c.tgt = st
		}
		coded = append(coded, g, c)
	}
	var probs []string
	if tc.noEvents && len(got) > 0 {
		probs = append(probs, fmt.Sprintf("want no event, got %+v", got))
	}
	for _, w := range tc.want {
		if !w.foundInAnyTarget(coded) && !(lang == "id" && w.src == "" && w.foundAnySource(coded)) {
			probs = append(probs, fmt.Sprintf("missing %+v; got %+v", w, got))
		}
	}
	for _, n := range tc.not {
		for _, g := range coded {
			if g.src == n.src && g.root == n.root && (n.tgt == "" || g.tgt == n.tgt) && (n.status == "" || g.status == n.status) {
				probs = append(probs, fmt.Sprintf("unexpected %+v", g))
				break
			}
		}
	}
	return probs
}
