package extract

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/geokg/kg/loader/facts"
)

// enWire38GridRows are present-day (2018-2026) English political-event news
// sentences written for the English wire grid 38 of issue #12, one sentence
// each in the style of wire reports coded for event datasets (made up,
// never copied from a data set): protests, clashes, arrests, sanctions,
// talks, accusations, aid, military exercises, ceasefires and elections,
// with their actors named as wire copy names them: a demonym and a title
// before a person ("Iranian President Masoud Pezeshkian"), a demonym or a
// capital as the state's agent ("Israeli forces", "Ukrainian drones",
// "Beijing said") against a capital that is only where something happens
// ("in Beijing", "police in Lagos"), armed groups ("Houthi rebels",
// "Sudan's Rapid Support Forces"), metonyms ("the Kremlin"), ministries,
// courts, parliaments, agencies and armed-forces branches of many states,
// and leaders and ministers newly in office since 2022 in Africa, Latin
// America, Asia and Europe; about one row in seven names no state and no
// organization at all. Each row was annotated before the extractor ran on
// it with its complete set of actors, places aside (as precGridRows and
// the dev sets score them): "id[/kind[/country]]", space separated; the id
// set must be exactly the extractor's, and kind and country, where given,
// must match. Conventions of testdata/README.md: a state's demonym on a
// person, a group ("Colombian authorities", "opposition supporters" have
// none), a weapon or a good names the state ("Russian-made drone"); a
// state's demonym or possessive directly before one of its own bodies
// ("Kenya's High Court", "Haitian police", "the Sudanese army") gives the
// body (and the state is then neither wanted nor unwanted: the wire dev
// set annotates it, the intl rule leaves it out), and before an armed
// group of the state the group alone; a head of state's or government's
// title before a name names the state as the dev sets annotate it
// ("President Andry Rajoelina": MDG); a group noun before "in" and a
// capital is the capital's state's group, as CAMEO codes it ("Police in
// Kampala": UGA; "police in Lagos", not a capital, names none); a
// currency, a language and a capital that only locates name no actor, a
// state's name that only locates names the state ("the war in Ukraine").
//
// First run: 136 of 180 rows passed as first annotated. The annotations
// were then corrected to the project's conventions where the first writing
// had missed them (the id european-union, not eu; a head of state's title
// names the state; a group noun before "in" and a capital; a state beside
// its own body neither wanted nor unwanted; "Fano militiamen" is the Fano
// militia; "Israeli forces" and "Kenyan officers" in Haiti are the
// armed forces and the police): 164 of 180. Twenty passing rows were then
// dropped to keep the grid at 160: 144 of 160 before the rules of the
// pass, the 16 failing rows marked known. After the rules and data of the
// pass (a portfolio or a qualifier between a state and a title, a known
// person's namesake under another state's office, three gazetteer ids
// slugged without their stroked letters, verbs of yielding to a capital,
// "off" a place, languages' names joined to a demonym) and two more
// corrections to the gazetteer's ids (jean-emmanuel-ouedraogo,
// duro-macut) and three to the convention of a state's body named by a
// lower-case noun in a sentence about that state ("ordered police to
// shoot": ken-police): 158 of 160; two rows stay known. Batch 2, 20 rows
// written after the rules and annotated before their first run: 17 passed,
// 18 after one correction to the "group noun in a capital" convention
// ("the court in Nairobi": KEN), 20 after its fixes (a name the gazetteer
// lacks, "and" and a given name after a preposition of place; more
// language_names). Four regression rows for the rules' traps pass: 182 of
// 184.
var enWire38GridRows = []struct{ text, want string }{
	// Protests.
	{"Thousands of protesters marched in Tbilisi against the Georgian Dream government's decision to suspend EU accession talks.", "georgian-dream/organization/GEO european-union"},
	{"Kenyan police said 16 people were killed during the protests.", "ken-police/agency/KEN"},
	{"Protesters in Antananarivo demanded the resignation of President Andry Rajoelina over water and power cuts.", "andry-rajoelina/person/MDG MDG/state"},
	{"Supporters of jailed former Prime Minister Imran Khan clashed with security forces in Islamabad.", "imran-khan/person/PAK PAK/state"},
	{"Mozambican opposition leader Venancio Mondlane called for a national strike after the disputed election.", "venancio-mondlane/person/MOZ MOZ/state"},
	{"Georgian police detained opposition leader Nika Melia during a rally in Tbilisi.", "geo-police/agency/GEO nika-melia/person"},
	{"Ugandan opposition leader Bobi Wine said security forces had abducted his bodyguards.", "bobi-wine/person/UGA UGA/state"},
	{"Hungarian opposition leader Peter Magyar said Fidesz had lost its majority in Budapest.", "peter-magyar/person/HUN HUN/state fidesz/organization/HUN"},
	// Clashes and strikes.
	{"Israeli forces killed at least 20 people in strikes across Gaza on Saturday, the territory's civil defence agency said.", "ISR/state isr-armed-forces/military/ISR"},
	{"Sudan's Rapid Support Forces shelled a displacement camp near El Fasher, killing 40 people, local activists said.", "rsf/armed_group/SDN"},
	{"Ukrainian drones struck an oil depot in Russia's Bryansk region overnight, the regional governor said.", "UKR/state RUS/state"},
	{"The Sudanese army said it had retaken the presidential palace in Khartoum.", "sdn-army/military/SDN"},
	{"The Arakan Army said it had captured the last army base in Rakhine state.", "arakan-army/armed_group/MMR"},
	{"M23 rebels seized the eastern Congolese city of Goma.", "m23/armed_group COD/state"},
	{"Al-Shabaab fighters attacked a military base in southern Somalia.", "al-shabaab/armed_group SOM/state"},
	{"Thai and Cambodian troops exchanged fire along the disputed border for a second day.", "THA/state KHM/state"},
	{"Colombian authorities said dissidents of the former FARC rebel group killed four soldiers in Cauca.", "COL/state farc/armed_group"},
	{"Haitian police and Kenyan officers fought gangs in the Port-au-Prince district of Delmas.", "hti-police/agency/HTI KEN/state ken-police/agency/KEN"},
	{"Malian troops and Russian mercenaries killed dozens of civilians in a village in central Mali, witnesses said.", "MLI/state RUS/state"},
	{"The Ethiopian National Defense Force clashed with Fano militiamen in the Amhara region.", "eth-armed-forces/military/ETH fano/armed_group"},
	{"The Israeli military said it struck Hezbollah targets in southern Lebanon.", "isr-armed-forces/military/ISR hezbollah/armed_group LBN/state"},
	// Arrests, trials and crackdowns.
	{"Turkish police detained Istanbul Mayor Ekrem Imamoglu in a corruption investigation.", "tur-police/agency/TUR ekrem-imamoglu/person/TUR"},
	{"Venezuelan authorities arrested opposition activist Perkins Rocha.", "VEN/state perkins-rocha/person"},
	{"Tunisian authorities arrested lawyer Sonia Dahmani after she criticised President Kais Saied.", "TUN/state sonia-dahmani/person kais-saied/person/TUN"},
	{"Bangladesh's interim government banned the Awami League's activities under an anti-terrorism law.", "BGD/state awami-league/organization/BGD"},
	{"Media tycoon Jimmy Lai was sentenced to 20 years in prison on national security charges.", "jimmy-lai/person"},
	{"Uganda's military said it had detained opposition politician Kizza Besigye.", "uga-armed-forces/military/UGA kizza-besigye/person"},
	{"Mexican Security Secretary Omar Garcia Harfuch said federal agents had arrested a cartel leader in Sinaloa.", "omar-garcia-harfuch/person/MEX MEX/state"},
	{"Ecuadorian soldiers captured Los Choneros leader Jose Adolfo Macias, known as Fito.", "ECU/state los-choneros/armed_group jose-adolfo-macias/person"},
	{"Rwandan authorities jailed opposition figure Victoire Ingabire pending trial.", "RWA/state victoire-ingabire/person"},
	{"Brazil's Supreme Court sentenced former President Jair Bolsonaro to 27 years in prison for plotting a coup.", "bra-supreme-court/court/BRA jair-bolsonaro/person/BRA"},
	{"Pakistan's Supreme Court ordered the release of Imran Khan.", "pak-supreme-court/court/PAK imran-khan/person/PAK"},
	// Sanctions.
	{"The European Union imposed sanctions on 17 Iranian officials over the crackdown.", "european-union IRN/state"},
	{"Washington sanctioned two Colombian banks accused of laundering money for the Gulf Clan.", "USA/state COL/state clan-del-golfo/armed_group"},
	{"The U.S. Treasury Department sanctioned Colombian President Gustavo Petro and his son.", "usa-treasury/agency/USA gustavo-petro/person/COL COL/state"},
	{"The Kremlin said new U.S. sanctions on Rosneft and Lukoil would not change Moscow's position.", "rus-presidency USA/state rosneft/organization/RUS lukoil/organization/RUS RUS/state"},
	{"Beijing imposed export controls on rare earths in retaliation for U.S. tariffs.", "CHN/state USA/state"},
	{"The European Commission proposed a 19th package of sanctions against Russia.", "european-commission RUS/state"},
	// Talks and visits.
	{"Iranian President Masoud Pezeshkian met Saudi Foreign Minister Prince Faisal bin Farhan in Tehran.", "masoud-pezeshkian/person/IRN IRN/state faisal-bin-farhan/person/SAU SAU/state"},
	{"NATO Secretary General Mark Rutte urged allies to raise defence spending to 5 percent of GDP.", "mark-rutte/person nato"},
	{"Senegalese President Bassirou Diomaye Faye held talks with French President Emmanuel Macron in Paris.", "bassirou-diomaye-faye/person/SEN SEN/state emmanuel-macron/person/FRA FRA/state"},
	{"Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev initialled a peace deal at the White House.", "nikol-pashinyan/person/ARM ARM/state ilham-aliyev/person/AZE AZE/state usa-presidency"},
	{"Chinese Foreign Minister Wang Yi met his Indian counterpart in New Delhi.", "wang-yi/person/CHN CHN/state IND/state"},
	{"Somali President Hassan Sheikh Mohamud met Ethiopian Prime Minister Abiy Ahmed in Ankara to ease tensions over a port deal.", "hassan-sheikh-mohamud/person/SOM SOM/state abiy-ahmed/person/ETH ETH/state"},
	{"Qatari mediators said Hamas and Israel had agreed to the first phase of a ceasefire.", "QAT/state hamas/armed_group ISR/state"},
	{"A Hamas official said the group had received a new ceasefire proposal from Egyptian mediators.", "hamas/armed_group EGY/state"},
	{"Venezuelan President Nicolas Maduro said he was ready for talks with Washington.", "nicolas-maduro/person/VEN VEN/state USA/state"},
	{"Taliban Foreign Minister Amir Khan Muttaqi visited New Delhi for talks with Indian officials.", "taliban/armed_group amir-khan-muttaqi/person/AFG IND/state"},
	{"Brazilian President Luiz Inacio Lula da Silva hosted Chinese President Xi Jinping in Brasilia.", "luiz-inacio-lula-da-silva/person/BRA BRA/state xi-jinping/person/CHN CHN/state"},
	{"Japanese Prime Minister Sanae Takaichi and South Korean President Lee Jae-myung agreed to expand security cooperation.", "sanae-takaichi/person/JPN JPN/state lee-jae-myung/person/KOR KOR/state"},
	{"Philippine President Ferdinand Marcos Jr. said Manila would not yield to Beijing in the South China Sea.", "ferdinand-marcos-jr/person/PHL PHL/state CHN/state"},
	{"Kenyan President William Ruto hosted talks between Sudanese rival factions in Nairobi.", "william-ruto/person/KEN KEN/state SDN/state"},
	{"Argentine President Javier Milei met IMF Managing Director Kristalina Georgieva in Washington.", "javier-milei/person/ARG ARG/state imf kristalina-georgieva/person"},
	{"Syrian President Ahmed al-Sharaa met Lebanese President Joseph Aoun on the sidelines of the summit.", "ahmed-al-sharaa/person/SYR SYR/state joseph-aoun/person/LBN LBN/state"},
	{"Ghanaian President John Mahama visited Burkina Faso's junta leader Ibrahim Traore in Ouagadougou.", "john-mahama/person/GHA GHA/state ibrahim-traore/person/BFA BFA/state"},
	{"Kyrgyz President Sadyr Japarov signed a border treaty with Tajik President Emomali Rahmon.", "sadyr-japarov/person/KGZ KGZ/state emomali-rahmonov/person/TJK TJK/state"},
	// Accusations and protests between states.
	{"Moscow accused Kyiv of attacking a Russian nuclear power plant with drones.", "RUS/state UKR/state"},
	{"Beijing accused Manila of deliberately ramming a Chinese coast guard ship near Scarborough Shoal.", "CHN/state PHL/state chn-coast-guard"},
	{"Pyongyang condemned joint military drills by the United States and South Korea as a rehearsal for invasion.", "PRK/state USA/state KOR/state"},
	{"The Congolese government accused Rwanda of backing the M23 rebels.", "COD/state RWA/state m23/armed_group"},
	{"Pakistan's Foreign Office accused Kabul of harbouring militants who attack Pakistani soldiers.", "pak-foreign-ministry/agency/PAK AFG/state PAK/state"},
	{"Venezuela's government accused the Guyanese president of provoking a conflict over the Essequibo region.", "VEN/state GUY/state"},
	{"Ethiopia's foreign ministry accused Eritrea of preparing for war.", "eth-foreign-ministry/agency/ETH ERI/state"},
	{"Ukrainian President Volodymyr Zelenskiy accused Hungarian Prime Minister Viktor Orban of blocking Kyiv's EU bid.", "volodymyr-zelenskyy/person/UKR UKR/state viktor-orban/person/HUN HUN/state european-union"},
	{"Beijing warned Tokyo against interfering in the Taiwan issue.", "CHN/state JPN/state TWN/state"},
	{"Islamabad summoned the Afghan envoy over cross-border attacks.", "PAK/state AFG/state"},
	{"Nigerien junta leader Abdourahamane Tiani accused France of training jihadists.", "abdourahamane-tchiani/person/NER NER/state FRA/state"},
	// Aid.
	{"The World Food Programme said it had delivered food aid to 1.2 million people in Sudan.", "world-food-programme SDN/state"},
	{"Saudi Arabia deposited $3 billion in Yemen's central bank to shore up its currency.", "SAU/state yem-central-bank/agency/YEM"},
	{"UNRWA said Israeli restrictions had prevented aid trucks from entering Gaza for a month.", "unrwa ISR/state"},
	{"Turkey's disaster agency AFAD sent rescue teams to quake-hit Afghanistan.", "tur-disaster-agency/agency/TUR AFG/state"},
	// Military exercises and deployments.
	{"Chinese warships held live-fire drills in the Tasman Sea, prompting Australia and New Zealand to monitor the flotilla.", "CHN/state AUS/state NZL/state"},
	{"Russia and Belarus began the Zapad joint military exercises near the Polish border.", "RUS/state BLR/state POL/state"},
	{"The Indonesian Navy and the Royal Australian Navy held joint exercises off Darwin.", "idn-navy/military/IDN aus-navy/military/AUS"},
	{"North Korea test-fired a new intercontinental ballistic missile, Japan's defence ministry said.", "PRK/state jpn-defense-ministry/agency/JPN"},
	{"Venezuela's armed forces launched exercises on the Caribbean coast in response to the U.S. naval deployment.", "ven-armed-forces/military/VEN USA/state"},
	{"The Philippine Coast Guard said Chinese vessels used water cannon against a government ship near Sabina Shoal.", "phl-coast-guard/agency/PHL CHN/state"},
	{"Taiwan's defence ministry said it detected 30 Chinese military aircraft around the island.", "twn-defense-ministry/agency/TWN chn-armed-forces/military/CHN"},
	// Ceasefires.
	{"India and Pakistan agreed to stop all firing and military action, the Indian foreign secretary said.", "IND/state PAK/state"},
	{"The Democratic Republic of Congo and M23 signed a declaration of principles in Doha.", "COD/state m23/armed_group"},
	{"Hezbollah said it would abide by the truce as long as Israel did.", "hezbollah/armed_group ISR/state"},
	{"Cambodia and Thailand signed a ceasefire declaration witnessed by Malaysian Prime Minister Anwar Ibrahim.", "KHM/state THA/state anwar-ibrahim/person/MYS MYS/state"},
	// Elections.
	{"Ecuador's National Electoral Council declared Daniel Noboa the winner of the runoff.", "ecu-election-commission/agency/ECU daniel-noboa/person/ECU"},
	{"Bolivian voters elected centrist senator Rodrigo Paz as president in a runoff.", "BOL/state rodrigo-paz/person/BOL"},
	{"Paul Biya, 92, was declared winner of Cameroon's presidential election, extending his 43-year rule.", "paul-biya/person/CMR CMR/state"},
	{"Malawi's electoral commission declared former President Peter Mutharika the winner.", "mwi-election-commission/agency/MWI peter-mutharika/person/MWI"},
	{"Chama Cha Mapinduzi candidate Samia Suluhu Hassan won 98 percent of the vote.", "chama-cha-mapinduzi/organization/TZA samia-suluhu/person/TZA"},
	{"Japan's ruling Liberal Democratic Party lost its majority in the upper house.", "JPN/state jpn-ldp/organization/JPN"},
	{"Moldova's pro-European Party of Action and Solidarity retained its parliamentary majority.", "MDA/state party-of-action-and-solidarity/organization/MDA"},
	{"Guinea's junta leader Mamady Doumbouya won the presidential election with 86 percent of the vote.", "mamady-doumbouya/person/GIN GIN/state"},
	{"Peru's Congress voted to remove President Dina Boluarte from office.", "per-congress/legislature/PER dina-boluarte/person/PER"},
	{"Senegal's National Assembly voted to repeal an amnesty law covering the protests.", "sen-parliament/legislature/SEN"},
	{"The Nigerian Senate confirmed the new service chiefs on Wednesday.", "nga-senate/legislature/NGA"},
	{"Mexico's Senate approved a judicial reform that will have judges elected by popular vote.", "mex-senate/legislature/MEX"},
	// Courts and bodies of states beyond the G20.
	{"Kenya's High Court suspended the deployment of police officers to Haiti.", "ken-high-court/court/KEN HTI/state"},
	{"South Korea's Constitutional Court upheld the impeachment of President Yoon Suk Yeol.", "kor-constitutional-court/court/KOR yoon-suk-yeol/person/KOR"},
	{"Guatemala's Constitutional Court ordered the release of an opposition journalist.", "gtm-constitutional-court/court/GTM"},
	{"Thailand's Constitutional Court removed Prime Minister Paetongtarn Shinawatra from office.", "tha-constitutional-court/court/THA paetongtarn-shinawatra/person/THA"},
	{"French Prime Minister Sebastien Lecornu survived a no-confidence vote in the National Assembly.", "sebastien-lecornu/person/FRA FRA/state fra-national-assembly/legislature/FRA"},
	{"Peruvian Interior Minister Juan Jose Santivanez resigned after a censure vote in Congress.", "juan-jose-santivanez/person/PER PER/state per-congress/legislature/PER"},
	// Ministers and leaders of less-covered states.
	{"Kenyan Interior Minister Kipchumba Murkomen ordered police to shoot anyone attacking a police station.", "kipchumba-murkomen/person/KEN KEN/state ken-police/agency/KEN"},
	{"Ghana's Finance Minister Cassiel Ato Forson presented the 2026 budget on Wednesday.", "cassiel-ato-forson/person/GHA GHA/state"},
	{"Argentine Security Minister Patricia Bullrich defended the police response to the pensioners' protest.", "patricia-bullrich/person/ARG ARG/state arg-police/agency/ARG"},
	{"Nigerian Information Minister Mohammed Idris said the government would not negotiate with bandits.", "mohammed-idris/person/NGA NGA/state"},
	{"South African Foreign Minister Ronald Lamola said Pretoria would not be intimidated by Washington.", "ronald-lamola/person/ZAF ZAF/state USA/state"},
	{"Colombian Defence Minister Pedro Sanchez said troops had killed a rebel commander in Guaviare.", "pedro-sanchez/person/COL COL/state"},
	{"Bolivia's Government Minister Eduardo del Castillo said troops had cleared the roadblocks.", "eduardo-del-castillo/person/BOL BOL/state"},
	{"Zambian President Hakainde Hichilema fired his police chief after the riots.", "hakainde-hichilema/person/ZMB ZMB/state zmb-police/agency/ZMB"},
	{"Namibian President Netumbo Nandi-Ndaitwah swore in her first cabinet.", "netumbo-nandi-ndaitwah/person/NAM NAM/state"},
	{"Botswana President Duma Boko declared a public health emergency over drug shortages.", "duma-boko/person/BWA BWA/state"},
	{"Burkina Faso's Prime Minister Rimtalba Jean Emmanuel Ouedraogo announced a new cabinet.", "jean-emmanuel-ouedraogo/person/BFA BFA/state"},
	{"Sri Lankan President Anura Kumara Dissanayake called a snap parliamentary election.", "anura-kumara-dissanayake/person/LKA LKA/state"},
	{"Nepal's interim Prime Minister Sushila Karki set elections for March.", "sushila-karki/person/NPL NPL/state"},
	{"Maldivian President Mohamed Muizzu asked India to withdraw its troops from the archipelago.", "mohamed-muizzu/person/MDV MDV/state IND/state"},
	{"Lithuanian Prime Minister Inga Ruginiene said Vilnius would close its border with Belarus over smuggling balloons.", "inga-ruginiene/person/LTU LTU/state BLR/state"},
	{"Polish President Karol Nawrocki vetoed a bill on aid for Ukrainian refugees.", "karol-nawrocki/person/POL POL/state UKR/state"},
	{"Romanian President Nicusor Dan said Bucharest would expel a Russian diplomat.", "nicusor-dan/person/ROU ROU/state RUS/state"},
	{"Serbian Prime Minister Djuro Macut said the government would not resign.", "duro-macut/person/SRB SRB/state"},
	{"Icelandic Prime Minister Kristrun Frostadottir said Reykjavik would hold a referendum on EU talks.", "kristrun-frostadottir/person/ISL ISL/state european-union"},
	{"Irish President Catherine Connolly criticised Israel's conduct in Gaza.", "catherine-connolly/person/IRL IRL/state ISR/state"},
	{"Belgian Prime Minister Bart De Wever opposed using frozen Russian assets to fund Ukraine.", "bart-de-wever/person/BEL BEL/state RUS/state UKR/state"},
	{"Portuguese Prime Minister Luis Montenegro called a snap election after losing a confidence vote.", "luis-montenegro/person/PRT PRT/state"},
	{"Georgian Prime Minister Irakli Kobakhidze accused the European Union of backing a coup.", "irakli-kobakhidze/person/GEO GEO/state european-union"},
	{"Moldovan President Maia Sandu said Russia had spent 100 million euros to buy votes.", "maia-sandu/person/MDA MDA/state RUS/state"},
	// Capitals as governments and as places.
	{"Delegates arrived in Riyadh for talks on the war in Ukraine.", "UKR/state"},
	{"Washington and Caracas exchanged prisoners in a deal brokered by Qatar.", "USA/state VEN/state QAT/state"},
	{"Tehran said it would not negotiate under pressure.", "IRN/state"},
	{"The talks in Istanbul ended without agreement on a ceasefire.", ""},
	{"Kyiv said Russia launched 400 drones overnight.", "UKR/state RUS/state"},
	{"In Beijing, thousands of people queued outside a museum for a rare exhibition.", ""},
	// Nationality adjectives on things, currencies and languages.
	{"A Russian-made drone crashed in a field in eastern Romania.", "RUS/state ROU/state"},
	{"Customs officers seized Turkish-made rifles bound for Libya.", "TUR/state LBY/state"},
	{"Ukrainian grain exports through the Black Sea rose 20 percent.", "UKR/state"},
	{"Chinese electric vehicles face new EU tariffs of up to 35 percent.", "CHN/state european-union"},
	{"Iranian oil shipments to China hit a record in March.", "IRN/state CHN/state"},
	{"The Indian rupee fell to a record low against the dollar.", ""},
	{"Speakers switched between Arabic and French during the hearing.", ""},
	// No state and no organization.
	{"Opposition supporters set up barricades in several neighbourhoods of the capital.", ""},
	{"Police in Lagos fired tear gas at hundreds of protesters demanding an end to the cost-of-living crisis.", ""},
	{"Gunmen killed 12 villagers in an overnight attack, local officials said.", ""},
	{"Protesters torched a police station in the town of Kisii.", ""},
	{"Riot police used water cannon to disperse demonstrators in Belgrade.", "SRB/state"},
	{"A car bomb exploded outside a military checkpoint in Mogadishu, killing five people.", ""},
	{"Voters queued for hours in the heat to cast their ballots in Dakar.", ""},
	{"Hundreds of migrants were rescued off the coast of Lampedusa.", ""},
	{"Residents fled as fighting edged closer to El Fasher.", ""},
	{"Election officials began counting ballots after polls closed at 6 p.m.", ""},
	{"Truck drivers blocked highways across the country to protest fuel prices.", ""},
	{"A curfew was imposed in Leh after clashes left four people dead.", ""},
	{"Hundreds of people gathered in Tahrir Square to mourn the victims.", ""},
	{"Police in Kampala arrested 40 students protesting against corruption.", "UGA/state"},
	{"Armed men abducted more than 200 pupils from a school in Kebbi state.", ""},
	{"The ceasefire largely held overnight, residents said.", ""},
	{"Demonstrators in Buenos Aires banged pots and pans outside the Congress building.", "ARG/state"},
	{"Tear gas filled the streets of Maputo as protesters clashed with riot police.", ""},
	{"A drone struck a market in Darfur, killing at least 30 people, medics said.", ""},
	{"Strikers shut down the port of Mombasa for a second day.", ""},
	{"Heavy rain flooded streets in Nairobi and Kampala on Monday.", ""},
	{"A bomb exploded near a bus station in Quetta.", ""},
	{"Opposition lawmakers walked out of the chamber in protest.", ""},
	// Batch 2, written after the rules and annotated before its first run.
	{"Ivorian opposition leader Tidjane Thiam was barred from the presidential race.", "tidjane-thiam/person/CIV CIV/state"},
	{"Peruvian Economy Minister Raul Perez said the deficit would narrow.", "raul-perez/person/PER PER/state"},
	{"Ghanaian Interior Minister Muntaka Mubarak ordered a curfew in Bawku.", "muntaka-mubarak/person/GHA GHA/state"},
	{"Kenyan opposition figure Raila Odinga urged supporters to stay calm.", "raila-odinga/person/KEN KEN/state"},
	{"Chilean Interior Minister Carolina Toha said police had arrested 30 people.", "carolina-toha/person/CHL CHL/state chl-police/agency/CHL"},
	{"Ecuadorian Defence Minister Gian Carlo Loffredo said troops had seized two tonnes of cocaine.", "gian-carlo-loffredo/person/ECU ECU/state"},
	{"Mexican Foreign Minister Juan Ramon de la Fuente met his Guatemalan counterpart.", "juan-ramon-de-la-fuente/person/MEX MEX/state GTM/state"},
	{"Nigerian Defence Minister Mohammed Badaru said troops had killed 50 bandits in Zamfara.", "mohammed-badaru/person/NGA NGA/state"},
	{"Venezuelan Interior Minister Diosdado Cabello said security forces had detained a U.S. citizen.", "diosdado-cabello/person/VEN VEN/state USA/state"},
	{"Honduran President Xiomara Castro threatened to end an extradition treaty with Washington.", "xiomara-castro/person/HND HND/state USA/state"},
	{"Moscow would not bow to Washington's pressure, Russian Foreign Minister Sergei Lavrov said.", "RUS/state USA/state sergei-lavrov/person/RUS"},
	{"Taipei said it would not yield to Beijing's demands.", "TWN/state CHN/state"},
	{"The fishing boats were spotted off Broome and Darwin.", ""},
	{"Election observers said voting was conducted in Portuguese and Tetum without incident.", ""},
	{"The ruling was read out in English and Swahili at the court in Nairobi.", "KEN/state"},
	{"Lebanese Prime Minister Nawaf Salam said the state alone would hold weapons, a challenge to Hezbollah.", "nawaf-salam/person/LBN LBN/state hezbollah/armed_group"},
	{"Guinean junta spokesman Amara Camara said the referendum would go ahead.", "amara-camara/person/GIN GIN/state"},
	{"Congolese rebel leader Corneille Nangaa said M23 fighters would not withdraw from Goma.", "corneille-nangaa/person/COD COD/state m23/armed_group"},
	{"Police in Accra detained 12 protesters on Tuesday.", "GHA/state"},
	{"Protesters in Kisumu clashed with police for a second day.", ""},
	// Regression rows for the traps of the pass's rules: the known person
	// under the title of the state, demonyms that are no languages, a
	// capital after "to" that is a destination, a qualifier before a title.
	{"Spanish Prime Minister Pedro Sanchez said Madrid would recognise Palestine.", "pedro-sanchez/person/ESP ESP/state PSE/state"},
	{"Fighting between Russian and Ukrainian forces intensified near Pokrovsk.", "RUS/state UKR/state"},
	{"The delegation flew to Beijing on Monday.", ""},
	{"Russian opposition leader Alexei Navalny died in an Arctic prison.", "alexei-navalny/person/RUS RUS/state"},
}

// enWire38GridKnown lists the rows the extractor still gets wrong. The test
// fails when one of them starts passing, so the list shrinks with each fix.
var enWire38GridKnown = []string{
	// "southern Lebanon" is the gazetteer's region South Lebanon, a place:
	// the row wanted LBN, as "across northern Vietnam" is VNM.
	"The Israeli military said it struck Hezbollah targets in southern Lebanon.",
	// "Uganda's military" is the state with the military sector (UGA/MIL),
	// as "South Korea's military" is KOR in the wire dev set; the row
	// wanted the body uga-armed-forces. Left alone: the dev sets count the
	// state.
	"Uganda's military said it had detained opposition politician Kizza Besigye.",
	// KEN came only as the party of an event the row does not report
	// (KEN 193 HTI: "fought gangs in the Port-au-Prince district" is
	// fighting gangs, not Haiti; stop 39 drops a place after "in" as the
	// other side of two coordinated subjects' fight); "Kenyan officers"
	// is the body, ken-police.
	"Haitian police and Kenyan officers fought gangs in the Port-au-Prince district of Delmas.",
}

// TestEnglishWire38Grid wants exactly each row's actor ids, places aside,
// and the kind and country its annotation gives. Rows in enWire38GridKnown
// must still fail.
func TestEnglishWire38Grid(t *testing.T) {
	x := extractor(t)
	texts := map[string]bool{}
	for _, c := range enWire38GridRows {
		if texts[c.text] {
			t.Errorf("row %q twice", c.text)
		}
		texts[c.text] = true
	}
	for _, k := range enWire38GridKnown {
		if !texts[k] {
			t.Errorf("known failure %q is no row", k)
		}
	}
	pass := 0
	for _, c := range enWire38GridRows {
		t.Run(c.text, func(t *testing.T) {
			d, err := x.Article(context.Background(), Input{Text: c.text, Lang: "en", Published: "2025-11-15"})
			if err != nil {
				t.Fatal(err)
			}
			probs := wire38Problems(d, c.want)
			known := slices.Contains(enWire38GridKnown, c.text)
			switch {
			case len(probs) == 0 && known:
				t.Errorf("known failure passes now: take it off enWire38GridKnown")
			case len(probs) > 0 && !known:
				t.Error(strings.Join(probs, "; "))
			case len(probs) == 0:
				pass++
			}
		})
	}
	t.Logf("%d of %d rows pass, %d known failures", pass, len(enWire38GridRows), len(enWire38GridKnown))
}

// wire38Problems compares the document's actors, places aside, with want
// ("id[/kind[/country]]" fields): the id sets must be equal, and a kind or
// a country a field gives must be the actor's.
func wire38Problems(d *facts.Document, want string) []string {
	byID := map[string]facts.Actor{}
	var got []string
	for _, a := range d.Actors {
		if a.Kind == facts.KindPlace {
			continue
		}
		if _, ok := byID[a.ID]; !ok {
			got = append(got, a.ID)
		}
		byID[a.ID] = a
	}
	var ids, probs []string
	for _, w := range strings.Fields(want) {
		f := strings.Split(w, "/")
		ids = append(ids, f[0])
		a, ok := byID[f[0]]
		if !ok {
			continue
		}
		if len(f) > 1 && string(a.Kind) != f[1] {
			probs = append(probs, fmt.Sprintf("%s is %s, want %s", f[0], a.Kind, f[1]))
		}
		if len(f) > 2 && a.Country != f[2] {
			probs = append(probs, fmt.Sprintf("%s has country %q, want %q", f[0], a.Country, f[2]))
		}
	}
	// A state whose own body the row wants is neither wanted nor unwanted
	// ("Kenyan police", "Taiwan's defence ministry"): the wire dev set
	// annotates it, the intl rule of testdata/README.md leaves it out.
	bodyStates := map[string]bool{}
	for _, id := range ids {
		if a, ok := byID[id]; ok && isBodyKind(a.Kind) {
			bodyStates[a.Country] = true
		}
	}
	got = slices.DeleteFunc(got, func(id string) bool {
		return byID[id].Kind == facts.KindState && bodyStates[id] && !slices.Contains(ids, id)
	})
	slices.Sort(got)
	slices.Sort(ids)
	if !slices.Equal(got, ids) {
		var all []string
		for _, id := range got {
			all = append(all, id+"/"+string(byID[id].Kind)+"/"+byID[id].Country)
		}
		probs = append([]string{fmt.Sprintf("got %v, want %v", all, ids)}, probs...)
	}
	return probs
}
